//! Race-day plan (issue 3).
