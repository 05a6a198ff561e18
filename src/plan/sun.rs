//! Sunrise and sunset for a place and a date: the NOAA solar calculator's equations (Jean
//! Meeus, *Astronomical Algorithms*, as in NOAA's public spreadsheet): the sun's declination
//! and the equation of time at the date, then the hour angle at which the sun's centre is
//! 0.833° below the horizon (refraction and the sun's radius). Good to about a minute at
//! these latitudes, which is what a race morning needs.

use serde::{Deserialize, Serialize};

use crate::date::Date;

/// Sunrise and sunset, local clock seconds after midnight.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SunTimes {
    /// Sunrise, local seconds after midnight.
    pub sunrise_s: f64,
    /// Sunset, local seconds after midnight.
    pub sunset_s: f64,
    /// Morning civil twilight begins (sun 6° below the horizon): dawn, local seconds.
    pub dawn_s: f64,
}

/// Sunrise, sunset and dawn at a place (degrees north, east) on a date, in local time
/// `utc_offset_h` hours ahead of UTC. None where the sun does not rise or set that day.
pub fn sun_times(lat_deg: f64, lon_deg: f64, date: Date, utc_offset_h: f64) -> Option<SunTimes> {
    // Julian day at local noon.
    let jd = date.days_since_epoch() as f64 + 2_440_587.5 + 0.5 - utc_offset_h / 24.0;
    let t = (jd - 2_451_545.0) / 36_525.0;
    let (decl, eq_time_min) = declination_and_equation_of_time(t);
    let noon_min = 720.0 - 4.0 * lon_deg - eq_time_min + utc_offset_h * 60.0;
    let ha = |zenith_deg: f64| -> Option<f64> {
        let (lat, d) = (lat_deg.to_radians(), decl);
        let cos_h = zenith_deg.to_radians().cos() / (lat.cos() * d.cos()) - lat.tan() * d.tan();
        (-1.0..=1.0)
            .contains(&cos_h)
            .then(|| cos_h.acos().to_degrees())
    };
    let rise = ha(90.833)?;
    let civil = ha(96.0)?;
    Some(SunTimes {
        sunrise_s: (noon_min - 4.0 * rise) * 60.0,
        sunset_s: (noon_min + 4.0 * rise) * 60.0,
        dawn_s: (noon_min - 4.0 * civil) * 60.0,
    })
}

/// The sun's declination (radians) and the equation of time (minutes) at Julian century `t`.
fn declination_and_equation_of_time(t: f64) -> (f64, f64) {
    let l0 = (280.466_46 + t * (36_000.769_83 + t * 0.000_303_2)).rem_euclid(360.0);
    let m = 357.529_11 + t * (35_999.050_29 - 0.000_153_7 * t);
    let e = 0.016_708_634 - t * (0.000_042_037 + 0.000_000_126_7 * t);
    let mr = m.to_radians();
    let c = mr.sin() * (1.914_602 - t * (0.004_817 + 0.000_014 * t))
        + (2.0 * mr).sin() * (0.019_993 - 0.000_101 * t)
        + (3.0 * mr).sin() * 0.000_289;
    let omega = (125.04 - 1_934.136 * t).to_radians();
    let apparent = (l0 + c - 0.005_69 - 0.004_78 * omega.sin()).to_radians();
    let mean_obliquity =
        23.0 + (26.0 + (21.448 - t * (46.815 + t * (0.000_59 - t * 0.001_813))) / 60.0) / 60.0;
    let obliquity = (mean_obliquity + 0.002_56 * omega.cos()).to_radians();
    let decl = (obliquity.sin() * apparent.sin()).asin();
    let y = (obliquity / 2.0).tan().powi(2);
    let l0r = l0.to_radians();
    let eq = y * (2.0 * l0r).sin() - 2.0 * e * mr.sin()
        + 4.0 * e * y * mr.sin() * (2.0 * l0r).cos()
        - 0.5 * y * y * (4.0 * l0r).sin()
        - 1.25 * e * e * (2.0 * mr).sin();
    (decl, 4.0 * eq.to_degrees())
}

/// The UTC offset of local time at a longitude when none is given: the nearest whole hour
/// of the sun's (Vietnam at 105-109° E gives UTC+7, its legal time).
pub fn offset_from_longitude(lon_deg: f64) -> f64 {
    (lon_deg / 15.0).round()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(s: f64) -> String {
        crate::format::clock_hm(s)
    }

    #[test]
    fn race_mornings_match_the_noaa_calculator() {
        // Reference values from NOAA's solar calculator, as in the project's race-day notes:
        // 05:09 in Ha Long on 1 June, 05:24 in Da Nang on 20 July, 05:32 in Nha Trang on
        // 24 August (UTC+7). Within 2 minutes.
        for (lat, lon, date, expected) in [
            (20.95, 107.07, "2025-06-01", 5.0 * 3600.0 + 9.0 * 60.0),
            (16.05, 108.22, "2025-07-20", 5.0 * 3600.0 + 24.0 * 60.0),
            (12.24, 109.19, "2025-08-24", 5.0 * 3600.0 + 32.0 * 60.0),
        ] {
            let d = Date::parse(date).expect("date");
            let s = sun_times(lat, lon, d, 7.0).expect("sun rises");
            assert!(
                (s.sunrise_s - expected).abs() <= 120.0,
                "{date}: {} vs {}",
                hm(s.sunrise_s),
                hm(expected)
            );
            assert!(
                s.dawn_s < s.sunrise_s && s.sunset_s > 17.5 * 3600.0,
                "{date}: dawn {} sunset {}",
                hm(s.dawn_s),
                hm(s.sunset_s)
            );
        }
        // Greenwich on the March equinox: about 06:04 and 18:14 UTC.
        let s = sun_times(51.48, 0.0, Date::parse("2025-03-20").expect("date"), 0.0)
            .expect("sun rises");
        assert!(
            (s.sunrise_s - (6.0 * 3600.0 + 4.0 * 60.0)).abs() <= 180.0,
            "{}",
            hm(s.sunrise_s)
        );
        assert!(
            (s.sunset_s - (18.0 * 3600.0 + 14.0 * 60.0)).abs() <= 180.0,
            "{}",
            hm(s.sunset_s)
        );
        // The polar night has no sunrise.
        assert!(sun_times(80.0, 0.0, Date::parse("2025-12-21").expect("date"), 0.0).is_none());
        assert_eq!(offset_from_longitude(108.22), 7.0);
    }
}
