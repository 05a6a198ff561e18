//! The one small settings struct persisted through eframe storage.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::plan::PlanSettings;

/// Distance units for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Units {
    /// Kilometres.
    #[default]
    Km,
    /// Miles.
    Miles,
}

impl Units {
    /// Metres in one display unit.
    pub fn metres(self) -> f64 {
        match self {
            Units::Km => 1000.0,
            Units::Miles => crate::plan::report::MILE_M,
        }
    }
    /// The unit's short label: "km" or "mi".
    pub fn label(self) -> &'static str {
        match self {
            Units::Km => "km",
            Units::Miles => "mi",
        }
    }
    /// A distance in this unit, with two decimals.
    pub fn distance(self, distance_m: f64) -> String {
        let value = crate::i18n::number(distance_m / self.metres(), 2);
        format!("{value} {}", self.label())
    }
    /// A pace given in s/km, shown per this unit.
    pub fn pace(self, pace_s_per_km: f64) -> String {
        format!(
            "{}/{}",
            crate::format::pace(pace_s_per_km * self.metres() / 1000.0),
            self.label()
        )
    }
}

/// Everything remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppSettings {
    /// Display units.
    pub units: Units,
    /// Dark theme.
    pub dark_mode: bool,
    /// Colour the profile line by grade.
    pub grade_colouring: bool,
    /// Show the course as a map above the profile.
    pub show_map: bool,
    /// The race settings.
    pub plan: PlanSettings,
    /// The course opened last (opened again at start).
    pub last_file: Option<PathBuf>,
    /// Recently opened courses, newest first.
    pub recent_files: Vec<PathBuf>,
    /// The training block settings.
    pub training: crate::training::BlockSettings,
    /// The runner's corrections, per course (by the course's fingerprint).
    pub corrections: std::collections::BTreeMap<String, crate::course::Corrections>,
    /// Race date, time zone and limits of the watch files.
    pub watch: crate::export::watch::WatchSettings,
    /// The language chosen in View > Language; `None` until then (the system's is used).
    pub lang: Option<crate::i18n::Lang>,
    /// The runner's own runs: files and folders, read again (from the cache) at start.
    pub runs: Vec<PathBuf>,
    /// The built-in model "Mine" falls back to where the runner has too few blocks.
    pub runs_fallback: crate::plan::PaceModel,
}

impl Default for AppSettings {
    fn default() -> Self {
        Self {
            units: Units::Km,
            dark_mode: false,
            grade_colouring: false,
            show_map: true,
            plan: PlanSettings::default(),
            last_file: None,
            recent_files: Vec::new(),
            training: crate::training::BlockSettings::default(),
            corrections: std::collections::BTreeMap::new(),
            watch: crate::export::watch::WatchSettings::default(),
            lang: None,
            runs: Vec::new(),
            runs_fallback: crate::plan::PaceModel::Strava,
        }
    }
}

/// Storage key.
pub const STORAGE_KEY: &str = "downhill-planner-settings";

impl AppSettings {
    /// Remembers a file at the top of the recent list (at most 8, no duplicates).
    pub fn remember(&mut self, path: PathBuf) {
        self.recent_files.retain(|p| p != &path);
        self.recent_files.insert(0, path.clone());
        self.recent_files.truncate(8);
        self.last_file = Some(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_tolerate_old_files() {
        let mut s = AppSettings {
            units: Units::Miles,
            dark_mode: true,
            ..AppSettings::default()
        };
        s.plan.uphill_effort_pct = 40.0;
        s.training.weeks = 12;
        for i in 0..10 {
            s.remember(PathBuf::from(format!("/races/{i}.gpx")));
        }
        s.remember(PathBuf::from("/races/3.gpx"));
        assert_eq!(s.recent_files.len(), 8);
        assert_eq!(s.recent_files[0], PathBuf::from("/races/3.gpx"));
        assert_eq!(
            s.recent_files
                .iter()
                .filter(|p| p.ends_with("3.gpx"))
                .count(),
            1
        );
        let text = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<AppSettings>(&text).unwrap(), s);
        // A settings file from an older version (fields missing) still loads.
        let old: AppSettings = serde_json::from_str(r#"{"units":"miles"}"#).unwrap();
        assert_eq!(old.units, Units::Miles);
        assert_eq!(old.plan, crate::plan::PlanSettings::default());
    }

    #[test]
    fn units_format_distances_and_paces() {
        assert_eq!(Units::Km.distance(42_195.0), "42.20 km");
        assert_eq!(Units::Miles.distance(42_195.0), "26.22 mi");
        assert_eq!(Units::Km.pace(300.0), "5:00/km");
        assert_eq!(Units::Miles.pace(300.0), "8:03/mi");
    }
}
