//! "Typical race morning" tables for the bundled sample races, built from public climate
//! facts (sources in each preset; the method and the numbers' provenance in the README):
//! the daily minimum at sunrise and the maximum at 13:00 on a quarter-sine, a linear fall to
//! the minimum before sunrise, and the dew point held at the month's mean (Magnus formula
//! from mean temperature and humidity). Expect ±1-2 °C: the runner edits the table or
//! loads the race-week forecast.

use super::conditions::{Conditions, WeatherRow};
use crate::date::Date;

/// A typical race morning for one sample race.
pub struct Preset {
    /// The sample race's id.
    pub sample_id: &'static str,
    /// The race's usual date.
    pub date: (i64, u32, u32),
    /// Rows: local time, air °C, dew point °C.
    pub rows: &'static [(&'static str, f64, f64)],
    /// Where the numbers come from.
    pub source: &'static str,
}

/// The presets, one per sample race.
pub const PRESETS: [Preset; 3] = [
    Preset {
        sample_id: "ha-long-bai-chay",
        date: (2025, 6, 1),
        rows: &[
            ("03:00", 26.6, 25.0),
            ("04:00", 26.3, 25.0),
            ("05:00", 26.0, 25.0),
            ("06:00", 27.0, 25.0),
            ("07:00", 28.2, 25.0),
            ("08:00", 29.2, 25.0),
            ("09:00", 30.2, 25.0),
            ("10:00", 31.0, 25.0),
        ],
        source: "Typical 1 June in Hạ Long: 26-32 °C (race-week forecast, vn24h.net), June \
            mean 28.6 °C and humidity 82.7 % (waytovietnam.com); diurnal curve and dew point \
            by the method in the README",
    },
    Preset {
        sample_id: "da-nang-thuan-phuoc",
        date: (2025, 7, 20),
        rows: &[
            ("00:00", 28.8, 24.5),
            ("01:00", 28.4, 24.5),
            ("02:00", 28.1, 24.5),
            ("03:00", 27.8, 24.5),
            ("04:00", 27.5, 24.5),
            ("05:00", 27.1, 24.5),
            ("06:00", 27.9, 24.5),
            ("07:00", 29.3, 24.5),
            ("08:00", 30.6, 24.5),
            ("09:00", 31.7, 24.5),
            ("10:00", 32.7, 24.5),
        ],
        source: "Typical 20 July in Đà Nẵng: nights 26-27 °C, highs 32-34 °C (chaseday.com), \
            June-July humidity 74-75 % (Đà Nẵng statistical yearbook 2016); about 30 °C at \
            06:00 on race day 2025 (e.vnexpress.net): hot years run 2 °C above this table",
    },
    Preset {
        sample_id: "nha-trang-luong-son",
        date: (2025, 8, 24),
        rows: &[
            ("02:30", 26.0, 24.5),
            ("03:00", 25.8, 24.5),
            ("04:00", 25.5, 24.5),
            ("05:00", 25.2, 24.5),
            ("06:00", 25.7, 24.5),
            ("07:00", 27.1, 24.5),
            ("08:00", 28.5, 24.5),
            ("09:00", 29.7, 24.5),
            ("10:00", 30.7, 24.5),
        ],
        source: "Typical 24 August in Nha Trang: August mean high 32.8 °C, low 24.4 °C \
            (1937-1994 normals via liquisearch.com), race-day forecast 24 °C at the start, 28 °C \
            at 07:00, 30 °C at 09:00 (vnexpress.net), 2025 race 26-32 °C",
    },
];

impl Conditions {
    /// The typical race morning of a bundled sample race (None for other courses), keeping
    /// every other setting of `self`.
    pub fn with_typical(&self, sample_id: &str) -> Option<Conditions> {
        let p = PRESETS.iter().find(|p| p.sample_id == sample_id)?;
        let weather = p
            .rows
            .iter()
            .filter_map(|(t, temp_c, dewpoint_c)| {
                Some(WeatherRow {
                    clock_s: crate::format::parse_clock(t)?,
                    temp_c: *temp_c,
                    dewpoint_c: *dewpoint_c,
                })
            })
            .collect();
        Some(Conditions {
            weather,
            weather_source: p.source.to_string(),
            race_date: self
                .race_date
                .or_else(|| Date::from_ymd(p.date.0, p.date.1, p.date.2)),
            ..self.clone()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::sample::SAMPLE_RACES;

    #[test]
    fn every_sample_race_has_a_valid_typical_morning() {
        for race in SAMPLE_RACES {
            let c = Conditions::default()
                .with_typical(race.id)
                .unwrap_or_else(|| panic!("{} has no preset", race.id));
            assert!(c.validate().is_ok(), "{}", race.id);
            let p = PRESETS
                .iter()
                .find(|p| p.sample_id == race.id)
                .expect("preset");
            assert_eq!(
                c.weather.len(),
                p.rows.len(),
                "{}: every row reads",
                race.id
            );
            assert!(c.race_date.is_some() && !c.weather_source.is_empty());
        }
        assert!(Conditions::default().with_typical("elsewhere").is_none());
    }
}
