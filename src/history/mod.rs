//! The runner's own history: timed activities (GPX, TCX, FIT; a file or a folder) to
//! ~100 m blocks, a personal grade curve, and the downhill metres run lately.
//!
//! Files: `read` (the three formats to points), `blocks` (points to blocks, with what was
//! left out and why), `folder` (a folder on two threads, progress, cancel, cache), `curve`
//! (the robust fit), `synth` (a synthetic runner with a known curve, for tests and
//! benchmarks), `calibration` (how well plans predict recorded runs), `debrief` (a race
//! recording against its saved plan).
//!
//! Layer: above `plan` (the curve is a [`crate::plan::PersonalCurve`]), below `training`
//! (which can use the downhill metres).

pub mod blocks;
pub mod calibration;
pub mod curve;
pub mod debrief;
pub mod effort;
pub mod folder;
pub mod read;
pub mod synth;

use std::path::PathBuf;

pub use blocks::{ActivitySummary, Block, LeftOut, summarize};
pub use curve::{MIN_BLOCKS, fit_curve};
pub use folder::{Activity, History, import};
pub use read::{Recording, Sport, read_activity};

use crate::plan::{PaceModel, PersonalCurve};
use crate::t;

/// Days counted as "lately" for the downhill metres.
pub const RECENT_DAYS: f64 = 42.0;

/// Why a history cannot be read (the sentence in the thread's language).
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// A file or folder cannot be read.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// A file is not a usable activity.
    Unusable {
        /// The file.
        path: PathBuf,
        /// Why, in a few words.
        reason: String,
    },
    /// A folder holds no .gpx, .tcx or .fit file.
    NoActivities {
        /// The folder.
        path: PathBuf,
    },
    /// The import was cancelled.
    Cancelled,
}

impl std::fmt::Display for HistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            HistoryError::Io { path, source } => t!(
                "history-err-io",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            HistoryError::Unusable { path, reason } => format!("{reason} ({})", path.display()),
            HistoryError::NoActivities { path } => {
                t!(
                    "history-err-no-activities",
                    path = path.display().to_string()
                )
            }
            HistoryError::Cancelled => t!("history-err-cancelled"),
        };
        f.write_str(&text)
    }
}

impl History {
    /// The personal curve of these activities (see [`curve`]).
    pub fn curve(&self, fallback: PaceModel, min_blocks: usize) -> PersonalCurve {
        fit_curve(
            self.activities.iter().map(|a| &a.summary),
            fallback,
            min_blocks,
        )
    }

    /// Downhill metres run in the [`RECENT_DAYS`] before `as_of_s` (Unix seconds), from the
    /// running activities' kept blocks.
    pub fn downhill_m_recent(&self, as_of_s: f64) -> f64 {
        let from = as_of_s - RECENT_DAYS * 86_400.0;
        self.activities
            .iter()
            .map(|a| &a.summary)
            .filter(|s| s.start_time_s > from && s.start_time_s <= as_of_s)
            .map(|s| s.descent_m)
            .sum::<f64>()
            + 0.0 // an empty sum is -0.0: shown as "0 m", not "-0 m"
    }

    /// Start of the latest activity, Unix seconds (0 without any).
    pub fn latest_start_s(&self) -> f64 {
        self.activities
            .iter()
            .map(|a| a.summary.start_time_s)
            .fold(0.0, f64::max)
    }
}
