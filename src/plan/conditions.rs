//! Race-morning conditions: an hourly table of air temperature and dew point, the heat
//! model that turns them into a slowdown at each clock time, and the race-day settings that
//! go with them (keep the goal or the effort, acclimatisation, a crowded start, a B goal).
//!
//! **Heat model (default): Mark Hadley's temperature + dew point table.** S = air
//! temperature in °F + dew point in °F; the pace slowdown is 0 % up to S = 100, then 0-0.5 %
//! (101-110), 0.5-1 % (111-120), 1-2 % (121-130), 2-3 % (131-140), 3-4.5 % (141-150),
//! 4.5-6 % (151-160), 6-8 % (161-170), 8-10 % (171-180); above 180 hard running is not
//! recommended (the table stops; this model carries the last band's slope on and says so).
//! Within a band the slowdown is interpolated linearly between the band's ends, so the
//! curve is continuous. Source: Hadley's table as published by runners' coaching sites; see
//! `../shared/docs/race-day.md` section 3 and the README.
//!
//! Two adjustments the runner sets, both documented assumptions rather than published
//! figures: *acclimatised* (trained in the heat for 10-14 days) takes 25 % off the
//! slowdown, and *heat response* scales it (50-150 %) for runners who know they suffer more
//! or less than most.

use crate::t;
use serde::{Deserialize, Serialize};

use super::{PlanError, Setting};
use crate::date::Date;

/// One row of the hourly table (local clock).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WeatherRow {
    /// Local clock time, seconds after midnight.
    pub clock_s: f64,
    /// Air temperature, °C.
    pub temp_c: f64,
    /// Dew point, °C.
    pub dewpoint_c: f64,
}

/// What the heat changes in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum HeatMode {
    /// The finish stays the goal: the early, cooler kilometres take more of the work.
    #[default]
    KeepGoal,
    /// The effort stays the goal's: the plan shows the heat-adjusted finish.
    KeepEffort,
}

impl HeatMode {
    /// The mode in words, in this thread's language.
    pub fn label(self) -> String {
        match self {
            HeatMode::KeepGoal => t!("heat-keep-goal"),
            HeatMode::KeepEffort => t!("heat-keep-effort"),
        }
    }
}

/// The race-day settings beyond pacing: conditions, heat, fluids, the start and a B goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Conditions {
    /// Hourly (or finer) air temperature and dew point; empty: no heat model.
    pub weather: Vec<WeatherRow>,
    /// Where the table came from ("typical" preset with its sources, typed, a CSV file).
    pub weather_source: String,
    /// Keep the goal or the effort.
    pub mode: HeatMode,
    /// Trained in the heat for 10-14 days: a quarter less slowdown (an assumption).
    pub acclimatised: bool,
    /// How strongly the runner responds to heat, percent of the model (50-150).
    pub heat_response_pct: f64,
    /// Race day (sunrise and sunset); None: the preset's date or no sun times.
    pub race_date: Option<Date>,
    /// Local time's offset from UTC, hours; None: from the course's longitude.
    pub utc_offset_h: Option<f64>,
    /// The runner's measured sweat rate, litres per hour; None: estimated.
    pub sweat_rate_l_h: Option<f64>,
    /// Seconds lost in a crowded start.
    pub start_delay_s: f64,
    /// Over how many kilometres from the start they are lost.
    pub start_delay_km: f64,
    /// A second, fallback goal finish time (the B goal), seconds.
    pub goal_b_s: Option<f64>,
}

impl Default for Conditions {
    fn default() -> Self {
        Conditions {
            weather: Vec::new(),
            weather_source: String::new(),
            mode: HeatMode::KeepGoal,
            acclimatised: false,
            heat_response_pct: 100.0,
            race_date: None,
            utc_offset_h: None,
            sweat_rate_l_h: None,
            start_delay_s: 0.0,
            start_delay_km: 2.0,
            goal_b_s: None,
        }
    }
}

/// Hadley's bands: (upper end of S in °F, slowdown % at the band's start, at its end).
pub const HADLEY_BANDS: [(f64, f64, f64); 8] = [
    (110.0, 0.0, 0.5),
    (120.0, 0.5, 1.0),
    (130.0, 1.0, 2.0),
    (140.0, 2.0, 3.0),
    (150.0, 3.0, 4.5),
    (160.0, 4.5, 6.0),
    (170.0, 6.0, 8.0),
    (180.0, 8.0, 10.0),
];

/// The model in one line, for the app, the PDF and the JSON.
pub const HEAT_MODEL: &str = "Hadley: S = air temperature °F + dew point °F; slowdown 0 % to \
    S 100, then 0-0.5 % (101-110), 0.5-1 % (111-120), 1-2 % (121-130), 2-3 % (131-140), \
    3-4.5 % (141-150), 4.5-6 % (151-160), 6-8 % (161-170), 8-10 % (171-180), interpolated \
    within each band; acclimatised x 0.75 and heat response x 0.5-1.5 (assumptions)";

/// Pace slowdown in percent for an air temperature and dew point (°C), by Hadley's table.
pub fn hadley_slowdown_pct(temp_c: f64, dewpoint_c: f64) -> f64 {
    let f = |c: f64| c * 9.0 / 5.0 + 32.0;
    let s = f(temp_c) + f(dewpoint_c.min(temp_c));
    if s <= 100.0 {
        return 0.0;
    }
    let mut lo_s = 100.0;
    for (hi_s, lo_pct, hi_pct) in HADLEY_BANDS {
        if s <= hi_s {
            return lo_pct + (hi_pct - lo_pct) * (s - lo_s) / (hi_s - lo_s);
        }
        lo_s = hi_s;
    }
    // Beyond the table: the last band's slope carries on (and the plan warns).
    10.0 + (s - 180.0) * 0.2
}

/// Above this sum (°F) Hadley's table says hard running is not recommended.
pub const HADLEY_LIMIT: f64 = 180.0;

/// Hadley's sum S (°F) for a temperature and dew point in °C.
pub fn hadley_sum(temp_c: f64, dewpoint_c: f64) -> f64 {
    (temp_c + dewpoint_c.min(temp_c)) * 9.0 / 5.0 + 64.0
}

/// Relative humidity (%) from temperature and dew point, by the Magnus formula.
pub fn relative_humidity_pct(temp_c: f64, dewpoint_c: f64) -> f64 {
    let g = |t: f64| 17.625 * t / (243.04 + t);
    (100.0 * (g(dewpoint_c) - g(temp_c)).exp()).min(100.0)
}

/// The weather as seen from the start: rows by seconds after the start, sorted, for quick
/// lookups while the plan is solved.
#[derive(Debug, Clone)]
pub struct HeatTable {
    rows: Vec<(f64, f64, f64)>,
    factor: f64,
}

impl HeatTable {
    /// The table for a race starting at `start_clock_s`; None without weather rows.
    pub fn new(c: &Conditions, start_clock_s: f64) -> Option<HeatTable> {
        if c.weather.is_empty() {
            return None;
        }
        let half_day = 43_200.0;
        let mut rows: Vec<(f64, f64, f64)> = c
            .weather
            .iter()
            .map(|r| {
                let mut rel = r.clock_s - start_clock_s;
                if rel < -half_day {
                    rel += 2.0 * half_day;
                } else if rel > half_day {
                    rel -= 2.0 * half_day;
                }
                (rel, r.temp_c, r.dewpoint_c)
            })
            .collect();
        rows.sort_by(|a, b| a.0.total_cmp(&b.0));
        let acclimatised = if c.acclimatised { 0.75 } else { 1.0 };
        Some(HeatTable {
            rows,
            factor: acclimatised * c.heat_response_pct / 100.0,
        })
    }

    /// Temperature and dew point `elapsed_s` after the start (linear between rows, the end
    /// rows held beyond them).
    pub fn weather_at(&self, elapsed_s: f64) -> (f64, f64) {
        let r = &self.rows;
        let i = r.partition_point(|row| row.0 <= elapsed_s);
        if i == 0 {
            return (r[0].1, r[0].2);
        }
        if i == r.len() {
            let last = r[r.len() - 1];
            return (last.1, last.2);
        }
        let (a, b) = (r[i - 1], r[i]);
        let t = if b.0 > a.0 {
            (elapsed_s - a.0) / (b.0 - a.0)
        } else {
            0.0
        };
        (a.1 + (b.1 - a.1) * t, a.2 + (b.2 - a.2) * t)
    }

    /// The time multiplier `elapsed_s` after the start (1 = no slowdown).
    pub fn multiplier_at(&self, elapsed_s: f64) -> f64 {
        let (t, d) = self.weather_at(elapsed_s);
        1.0 + hadley_slowdown_pct(t, d) / 100.0 * self.factor
    }
}

impl Conditions {
    /// Checks every value; the error names the setting (or the table row).
    pub fn validate(&self) -> Result<(), PlanError> {
        let range = |name: Setting, v: f64, lo: f64, hi: f64| {
            if v.is_finite() && (lo..=hi).contains(&v) {
                Ok(())
            } else {
                Err(PlanError::OutOfRange {
                    name,
                    value: v,
                    min: lo,
                    max: hi,
                })
            }
        };
        if self.weather.len() > 96 {
            range(Setting::WeatherRows, self.weather.len() as f64, 0.0, 96.0)?;
        }
        for r in &self.weather {
            range(Setting::WeatherTime, r.clock_s, 0.0, 86_400.0)?;
            range(Setting::AirTemperature, r.temp_c, -30.0, 50.0)?;
            range(Setting::DewPoint, r.dewpoint_c, -40.0, r.temp_c + 0.5)?;
        }
        range(Setting::HeatResponse, self.heat_response_pct, 50.0, 150.0)?;
        if let Some(v) = self.sweat_rate_l_h {
            range(Setting::SweatRate, v, 0.2, 4.0)?;
        }
        if let Some(v) = self.utc_offset_h {
            range(Setting::UtcOffset, v, -12.0, 14.0)?;
        }
        range(Setting::StartDelay, self.start_delay_s, 0.0, 1_800.0)?;
        range(Setting::StartDelayDistance, self.start_delay_km, 0.5, 10.0)?;
        if let Some(v) = self.goal_b_s {
            range(Setting::GoalB, v, 600.0, 24.0 * 3600.0)?;
        }
        Ok(())
    }

    /// The table from CSV text with the header `time,temp_c,dewpoint_c` (time as HH:MM
    /// local); a bad row gives one sentence naming it.
    pub fn parse_weather_csv(text: &str) -> Result<Vec<WeatherRow>, String> {
        let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        let header = lines.next().ok_or_else(|| t!("weather-err-empty"))?;
        let cols: Vec<String> = header.split(',').map(|c| c.trim().to_lowercase()).collect();
        if cols != ["time", "temp_c", "dewpoint_c"] {
            return Err(t!("weather-err-header", header = header));
        }
        let mut rows = Vec::new();
        for (k, line) in lines.enumerate() {
            let row = k + 2;
            let f: Vec<&str> = line.split(',').map(str::trim).collect();
            let bad = |why: String| {
                t!(
                    "weather-err-row",
                    row = row.to_string(),
                    line = line,
                    why = why
                )
            };
            if f.len() != 3 {
                return Err(bad(t!("weather-err-three-values")));
            }
            let clock_s =
                crate::format::parse_clock(f[0]).ok_or_else(|| bad(t!("weather-err-time")))?;
            let num = |s: &str| s.parse::<f64>().ok().filter(|v| v.is_finite());
            let temp_c = num(f[1]).ok_or_else(|| bad(t!("weather-err-temp-number")))?;
            let dewpoint_c = num(f[2]).ok_or_else(|| bad(t!("weather-err-dew-number")))?;
            if !(-30.0..=50.0).contains(&temp_c) {
                return Err(bad(t!("weather-err-temp-range")));
            }
            if dewpoint_c > temp_c + 0.5 {
                return Err(bad(t!("weather-err-dew-above")));
            }
            rows.push(WeatherRow {
                clock_s,
                temp_c,
                dewpoint_c,
            });
        }
        if rows.is_empty() {
            return Err(t!("weather-err-no-rows"));
        }
        Ok(rows)
    }
}

#[cfg(test)]
#[path = "conditions_tests.rs"]
mod tests;
