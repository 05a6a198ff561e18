//! Calendar dates without a time zone (the proleptic Gregorian calendar): parse and print
//! `YYYY-MM-DD`, add days, weekday, and the date as the thread's language writes it. Used by
//! the GPX time parser and the training calendar.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::Lang;
use crate::t;

/// The largest year (either sign) a [`Date`] is made from.
pub const MAX_YEAR_ABS: i64 = 1_000_000;

/// A calendar date, stored as days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i64);

impl Date {
    /// From year, month (1-12), day (1-31); None when the date does not exist or the year
    /// is beyond [`MAX_YEAR_ABS`] either side of year 0 (where the day count would overflow
    /// long before).
    pub fn from_ymd(y: i64, m: u32, d: u32) -> Option<Date> {
        if !(-MAX_YEAR_ABS..=MAX_YEAR_ABS).contains(&y)
            || !(1..=12).contains(&m)
            || d == 0
            || d > days_in_month(y, m)
        {
            return None;
        }
        let (m, d) = (i64::from(m), i64::from(d));
        let yy = if m <= 2 { y - 1 } else { y };
        let era = yy.div_euclid(400);
        let yoe = yy - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Date(era * 146_097 + doe - 719_468))
    }

    /// Year, month, day.
    pub fn ymd(self) -> (i64, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        (if m <= 2 { y + 1 } else { y }, m, d)
    }

    /// Parses `YYYY-MM-DD`: a four-digit year, digits only (no sign).
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let digits = |t: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
        };
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if !digits(y, 4..=4) || !digits(m, 1..=2) || !digits(d, 1..=2) {
            return None;
        }
        Date::from_ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01.
    pub fn days_since_epoch(self) -> i64 {
        self.0
    }

    /// Today in UTC, from the system clock.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        Date(secs.div_euclid(86_400))
    }

    /// The date `days` later (earlier when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date(self.0 + days)
    }

    /// Days from `other` to `self`.
    pub fn days_since(self, other: Date) -> i64 {
        self.0 - other.0
    }

    /// 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> u32 {
        (self.0 + 3).rem_euclid(7) as u32
    }

    /// Short English weekday name.
    pub fn weekday_name(self) -> &'static str {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][self.weekday() as usize]
    }

    /// The short weekday in this thread's language ("Sat", "T7"; Sunday is "CN").
    pub fn weekday_short(self) -> String {
        match self.weekday() {
            0 => t!("date-mon"),
            1 => t!("date-tue"),
            2 => t!("date-wed"),
            3 => t!("date-thu"),
            4 => t!("date-fri"),
            5 => t!("date-sat"),
            _ => t!("date-sun"),
        }
    }

    /// The weekday in full in this thread's language ("Saturday", "Thứ Bảy").
    pub fn weekday_long(self) -> String {
        match self.weekday() {
            0 => t!("date-monday"),
            1 => t!("date-tuesday"),
            2 => t!("date-wednesday"),
            3 => t!("date-thursday"),
            4 => t!("date-friday"),
            5 => t!("date-saturday"),
            _ => t!("date-sunday"),
        }
    }

    /// The date as this thread's language writes it: `2026-06-01` in English (as
    /// [`Date`]'s `Display`), `01/06/2026` in Vietnamese.
    pub fn local(self) -> String {
        let (y, m, d) = self.ymd();
        match crate::i18n::current() {
            Lang::En => self.to_string(),
            Lang::Vi => format!("{d:02}/{m:02}/{y:04}"),
        }
    }

    /// Day and month only where the year is clear from the context: `2026-06-01` in
    /// English (unchanged), `01/06` in Vietnamese.
    pub fn local_short(self) -> String {
        let (_, m, d) = self.ymd();
        match crate::i18n::current() {
            Lang::En => self.to_string(),
            Lang::Vi => format!("{d:02}/{m:02}"),
        }
    }

    /// The date with its weekday: "Sat 2026-06-01" in English, "Thứ Bảy, 01/06/2026" in
    /// Vietnamese.
    pub fn local_with_weekday(self) -> String {
        match crate::i18n::current() {
            Lang::En => format!("{} {self}", self.weekday_short()),
            Lang::Vi => format!("{}, {}", self.weekday_long(), self.local()),
        }
    }

    /// `YYYYMMDD` for iCalendar.
    pub fn compact(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}{m:02}{d:02}")
    }
}

/// A `YYYY-MM-DD` text from a report, as the thread's language shows a day: unchanged in
/// English, "Thứ Bảy, 01/06/2026" in Vietnamese (and unchanged when it is not a date).
pub fn local_day(iso: &str) -> String {
    match (crate::i18n::current(), Date::parse(iso)) {
        (Lang::Vi, Some(d)) => d.local_with_weekday(),
        _ => iso.to_owned(),
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY-MM-DD): {s}")))
    }
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_know_their_weekday() {
        let d = Date::parse("2025-07-20").unwrap(); // VnExpress Marathon Da Nang, a Sunday
        assert_eq!(d.weekday_name(), "Sun");
        assert_eq!(d.local_with_weekday(), "Sun 2025-07-20");
        let vi = crate::i18n::with_lang(Lang::Vi, || {
            [d.local_with_weekday(), d.local_short(), d.weekday_short()]
        });
        assert_eq!(vi, ["Chủ Nhật, 20/07/2025", "20/07", "CN"]);
        assert_eq!(local_day("2025-07-20"), "2025-07-20");
        let vi = crate::i18n::with_lang(Lang::Vi, || local_day("2026-06-06"));
        assert_eq!(vi, "Thứ Bảy, 06/06/2026");
        assert_eq!(d.to_string(), "2025-07-20");
        assert_eq!(d.add_days(12).to_string(), "2025-08-01");
        assert_eq!(
            Date::parse("2024-02-29").unwrap().add_days(1).to_string(),
            "2024-03-01"
        );
        assert!(Date::parse("2025-02-29").is_none());
        assert!(Date::parse("yesterday").is_none());
        assert!(Date::parse("9223372036854775807-12-31").is_none());
        assert!(Date::parse("10000-01-01").is_none());
        assert!(Date::parse("-2025-01-01").is_none());
        assert!(Date::parse("+2025-01-01").is_none());
        assert!(Date::from_ymd(i64::MAX, 12, 31).is_none());
        assert!(Date::from_ymd(i64::MIN, 1, 1).is_none());
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().days_since(Date(0)), 0);
        for n in -1000..1000 {
            let (y, m, dd) = Date(n * 37).ymd();
            assert_eq!(Date::from_ymd(y, m, dd), Some(Date(n * 37)));
        }
    }
}
