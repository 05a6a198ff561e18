//! The block's settings (race date, weeks, experience, sessions a week, per-session
//! changes) and why a block cannot be built, validated once.

use serde::{Deserialize, Serialize};

use super::Date;
use super::model::{Experience, SessionOverride};
use crate::t;

/// Block settings (validated by [`BlockSettings::validate`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BlockSettings {
    /// Race day; None = 8 weeks from today.
    pub race_date: Option<Date>,
    /// Length of the block, weeks (4 to 16).
    pub weeks: u32,
    /// How used to downhill running the runner is.
    pub experience: Experience,
    /// Downhill sessions a week (1 or 2).
    pub downhill_per_week: u32,
    /// Strength sessions a week (0 to 3).
    pub strength_per_week: u32,
    /// The runner's changes to single sessions.
    pub overrides: Vec<SessionOverride>,
    /// Height the runner descended in the last 6 weeks, metres, from their own runs
    /// (`crate::history`); it chooses the starting level. None without runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recent_descent_m: Option<f64>,
}

impl Default for BlockSettings {
    fn default() -> Self {
        Self {
            race_date: None,
            weeks: 8,
            experience: Experience::Some,
            downhill_per_week: 1,
            strength_per_week: 1,
            overrides: Vec::new(),
            recent_descent_m: None,
        }
    }
}

/// Why a block cannot be built (the sentence in the thread's language).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TrainingError {
    /// The block length, weeks, is not 4 to 16.
    Weeks(u32),
    /// Downhill sessions a week is not 1 or 2.
    DownhillSessions(u32),
    /// Strength sessions a week is over 3.
    StrengthSessions(u32),
    /// The race is too close for that many weeks: the block would start over 3 days ago.
    TooSoon {
        /// Race day.
        race: Date,
        /// The day the block is built.
        today: Date,
        /// Length of the block asked for, weeks.
        weeks: u32,
    },
    /// A race date further ahead than 5 years or further back than 50 (a typing slip,
    /// not a plan).
    RaceDateOutOfRange {
        /// The date asked for.
        race: Date,
        /// Today.
        today: Date,
    },
}

impl std::fmt::Display for TrainingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            TrainingError::Weeks(n) => t!("train-err-weeks", n = n.to_string()),
            TrainingError::DownhillSessions(n) => {
                t!("train-err-downhill-sessions", n = n.to_string())
            }
            TrainingError::StrengthSessions(n) => {
                t!("train-err-strength-sessions", n = n.to_string())
            }
            TrainingError::TooSoon { race, today, weeks } => t!(
                "train-err-too-soon",
                race = date_text(*race),
                weeks = weeks.to_string(),
                today = date_text(*today)
            ),
            TrainingError::RaceDateOutOfRange { race, today } => t!(
                "train-err-race-date",
                race = date_text(*race),
                today = date_text(*today)
            ),
        };
        f.write_str(&text)
    }
}

/// A date in an error sentence: ISO (2025-11-16) in English as before, dd/mm/yyyy in
/// Vietnamese.
fn date_text(date: Date) -> String {
    match crate::i18n::current() {
        crate::i18n::Lang::En => date.to_string(),
        crate::i18n::Lang::Vi => {
            let (y, m, d) = date.ymd();
            format!("{d:02}/{m:02}/{y}")
        }
    }
}

impl BlockSettings {
    /// The first setting outside its range, if any.
    pub fn validate(&self) -> Result<(), TrainingError> {
        if !(4..=16).contains(&self.weeks) {
            return Err(TrainingError::Weeks(self.weeks));
        }
        if !(1..=2).contains(&self.downhill_per_week) {
            return Err(TrainingError::DownhillSessions(self.downhill_per_week));
        }
        if self.strength_per_week > 3 {
            return Err(TrainingError::StrengthSessions(self.strength_per_week));
        }
        Ok(())
    }
}
