//! Why a plan cannot be made: one sentence in the thread's language (English as before the
//! translation layer), naming the setting out of range as the runner knows it.

use crate::i18n::Lang;
use crate::t;

/// Why a plan cannot be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PlanError {
    /// The goal is faster than any human has run.
    ImpossiblyFast {
        /// The course's length.
        distance_km: f64,
        /// The goal, H:MM:SS.
        goal: String,
        /// The average pace it needs, M:SS.
        pace: String,
    },
    /// The goal is slower than walking.
    TooSlow {
        /// The course's length.
        distance_km: f64,
        /// The goal, H:MM:SS.
        goal: String,
        /// The average pace it needs, M:SS.
        pace: String,
    },
    /// A setting outside its range.
    OutOfRange {
        /// The setting.
        name: Setting,
        /// The value given.
        value: f64,
        /// The smallest accepted value.
        min: f64,
        /// The largest accepted value.
        max: f64,
    },
    /// The descents' pace limits alone take longer than the goal.
    PaceLimitsTooSlow,
    /// The course has no elevation, so nothing can be graded.
    NoElevation,
}

/// A setting a plan checks, named in the error as the runner knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Setting {
    GoalTime,
    StartTime,
    UphillEffort,
    DownhillRestraint,
    Split,
    FatigueStrength,
    BodyMass,
    CarbPerHour,
    GelSize,
    WatchOverRead,
    WaterStations,
    WaterStation,
    DescentPaceLimit,
    DescentRestraint,
    WeatherRows,
    WeatherTime,
    AirTemperature,
    DewPoint,
    HeatResponse,
    SweatRate,
    UtcOffset,
    StartDelay,
    StartDelayDistance,
    GoalB,
}

impl std::fmt::Display for Setting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Setting::GoalTime => t!("setting-goal-time"),
            Setting::StartTime => t!("setting-start-time"),
            Setting::UphillEffort => t!("setting-uphill-effort"),
            Setting::DownhillRestraint => t!("setting-downhill-restraint"),
            Setting::Split => t!("setting-split"),
            Setting::FatigueStrength => t!("setting-fatigue-strength"),
            Setting::BodyMass => t!("setting-body-mass"),
            Setting::CarbPerHour => t!("setting-carb-per-hour"),
            Setting::GelSize => t!("setting-gel-size"),
            Setting::WatchOverRead => t!("setting-watch-over-read"),
            Setting::WaterStations => t!("setting-water-stations"),
            Setting::WaterStation => t!("setting-water-station"),
            Setting::DescentPaceLimit => t!("setting-descent-pace-limit"),
            Setting::DescentRestraint => t!("setting-descent-restraint"),
            Setting::WeatherRows => t!("setting-weather-rows"),
            Setting::WeatherTime => t!("setting-weather-time"),
            Setting::AirTemperature => t!("setting-air-temperature"),
            Setting::DewPoint => t!("setting-dew-point"),
            Setting::HeatResponse => t!("setting-heat-response"),
            Setting::SweatRate => t!("setting-sweat-rate"),
            Setting::UtcOffset => t!("setting-utc-offset"),
            Setting::StartDelay => t!("setting-start-delay"),
            Setting::StartDelayDistance => t!("setting-start-delay-distance"),
            Setting::GoalB => t!("setting-goal-b"),
        })
    }
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            PlanError::ImpossiblyFast {
                distance_km,
                goal,
                pace,
            } => t!(
                "plan-err-too-fast",
                km = plain(format!("{distance_km:.1}")),
                goal = goal.as_str(),
                pace = pace.as_str()
            ),
            PlanError::TooSlow {
                distance_km,
                goal,
                pace,
            } => t!(
                "plan-err-too-slow",
                km = plain(format!("{distance_km:.1}")),
                goal = goal.as_str(),
                pace = pace.as_str()
            ),
            PlanError::OutOfRange {
                name,
                value,
                min,
                max,
            } => t!(
                "plan-err-out-of-range",
                name = name.to_string(),
                value = plain(format!("{value}")),
                min = plain(format!("{min}")),
                max = plain(format!("{max}"))
            ),
            PlanError::PaceLimitsTooSlow => t!("plan-err-pace-limits"),
            PlanError::NoElevation => t!("plan-err-no-elevation"),
        };
        f.write_str(&text)
    }
}

/// A number as Rust writes it (`3600`, `-0.5`, `NaN`), with the language's decimal
/// separator: English is exactly as before, Vietnamese gets its decimal comma.
fn plain(text: String) -> String {
    match crate::i18n::current() {
        Lang::En => text,
        lang @ Lang::Vi => text.replace('.', &lang.decimal_separator().to_string()),
    }
}
