//! What a week of the block is for ([`WeekPhase`]): shown in the thread's language, saved
//! and read back as its English label.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::model::WorkoutKind;
use crate::i18n::{self, Lang};
use crate::t;

/// What a week of the block is for. Shown and saved as its label: the workout's label,
/// that label followed by " (recovery week)", or "Taper".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WeekPhase {
    /// A training week of this workout.
    Build(WorkoutKind),
    /// A recovery week: the previous week's workout, at its easiest.
    Recovery(WorkoutKind),
    /// The week overlaps the last 10 days before the race.
    Taper,
}

const RECOVERY_SUFFIX: &str = " (recovery week)";

/// In this thread's language; saved in English (see [`WeekPhase::english`]).
impl fmt::Display for WeekPhase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            WeekPhase::Build(kind) => kind.label(),
            WeekPhase::Recovery(kind) => t!("phase-recovery", workout = kind.label()),
            WeekPhase::Taper => t!("phase-taper"),
        };
        f.write_str(&text)
    }
}

impl WeekPhase {
    /// The English label, as saved and as [`FromStr`] reads it.
    pub fn english(&self) -> String {
        i18n::with_lang(Lang::En, || self.to_string())
    }
}

/// A week phase text that is none of [`WeekPhase`]'s labels.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct UnknownWeekPhase(pub String);

/// In this thread's language; the labels it quotes are the saved (English) ones.
impl fmt::Display for UnknownWeekPhase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!("phase-err-unknown", text = self.0.as_str()))
    }
}

impl FromStr for WeekPhase {
    type Err = UnknownWeekPhase;
    fn from_str(text: &str) -> Result<WeekPhase, UnknownWeekPhase> {
        if text == "Taper" {
            return Ok(WeekPhase::Taper);
        }
        let phase = match text.strip_suffix(RECOVERY_SUFFIX) {
            Some(label) => WorkoutKind::from_label(label).map(WeekPhase::Recovery),
            None => WorkoutKind::from_label(text).map(WeekPhase::Build),
        };
        phase.ok_or_else(|| UnknownWeekPhase(text.to_string()))
    }
}

/// Saved as its label, exactly as when the phase was a string.
impl Serialize for WeekPhase {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.english())
    }
}

impl<'de> Deserialize<'de> for WeekPhase {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<WeekPhase, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}
