//! The block's settings (race date, weeks, experience, sessions a week, per-session
//! changes) and why a block cannot be built, validated once.

use serde::{Deserialize, Serialize};

use super::Date;
use super::model::{Experience, SessionOverride};

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
        }
    }
}

/// Why a block cannot be built.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TrainingError {
    /// The block length, weeks, is not 4 to 16.
    #[error("The block must be 4 to 16 weeks long (it was {0}).")]
    Weeks(u32),
    /// Downhill sessions a week is not 1 or 2.
    #[error("Choose 1 or 2 downhill sessions a week (it was {0}).")]
    DownhillSessions(u32),
    /// Strength sessions a week is over 3.
    #[error("Choose 0 to 3 strength sessions a week (it was {0}).")]
    StrengthSessions(u32),
    /// The race is too close for that many weeks: the block would start over 3 days ago.
    #[error(
        "The race date {race} is less than {weeks} weeks away from {today}; \
         choose fewer weeks or a later race."
    )]
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
    #[error(
        "The race date {race} is out of range; choose a day within the next 5 years (or, for \
         an old race, the last 50) from {today}."
    )]
    RaceDateOutOfRange {
        /// The date asked for.
        race: Date,
        /// Today.
        today: Date,
    },
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
