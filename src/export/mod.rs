//! Exports: the plan as JSON (re-importable, with a schema), as a printable PDF race
//! card and as watch files (`watch/`). Pure: plan in, bytes out; [`write_atomic`] and
//! [`write_all_atomic`] put bytes on disk safely, one file or a set, all or nothing.

pub mod debrief;
mod files;
pub mod json;
pub mod pdf;
pub mod watch;

use std::path::{Path, PathBuf};

pub use files::{MAX_PLAN_FILE_BYTES, read_limited, write_all_atomic, write_atomic};

/// Why an export or import failed (the sentence in the thread's language).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A file could not be written; nothing was changed.
    Write {
        /// What the system said, in words a runner understands.
        reason: String,
        /// The file.
        path: PathBuf,
    },
    /// A plan file could not be read.
    Read {
        /// What the system said.
        reason: String,
        /// The file.
        path: PathBuf,
    },
    /// The file is not one of our plan files.
    NotAPlan {
        /// What is wrong with it.
        reason: String,
    },
    /// The plan file comes from a newer version.
    NewerVersion {
        /// The file's format version.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The plan file's settings are out of range.
    BadSettings(String),
    /// The PDF could not be made.
    Pdf(String),
    /// The watch files could not be made (no race date, a setting out of range).
    Watch(String),
    /// An output was asked for without a file name (`--json ''`).
    NoFileName,
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::course::error::reason_text;
        use crate::format::printable_path;
        let text = match self {
            ExportError::Write { reason, path } => crate::t!(
                "export-err-write",
                reason = reason_text(reason),
                path = printable_path(path)
            ),
            ExportError::Read { reason, path } => crate::t!(
                "export-err-read",
                reason = reason_text(reason),
                path = printable_path(path)
            ),
            ExportError::NotAPlan { reason } => {
                crate::t!("export-err-not-a-plan", reason = reason.as_str())
            }
            ExportError::NewerVersion { found, supported } => crate::t!(
                "export-err-newer",
                found = found.to_string(),
                supported = supported.to_string()
            ),
            ExportError::BadSettings(why) => {
                crate::t!("export-err-bad-settings", reason = why.as_str())
            }
            ExportError::Pdf(why) => crate::t!("export-err-pdf", reason = why.as_str()),
            ExportError::Watch(why) => crate::t!("export-err-watch", reason = why.as_str()),
            ExportError::NoFileName => crate::t!("export-err-no-file-name"),
        };
        f.write_str(&text)
    }
}

/// Writes one FIT workout file per session of the block into `dir`, all or none (see
/// [`write_all_atomic`]); returns how many were written. `now_unix_s` stamps the files.
pub fn write_fit_workouts(
    block: &crate::training::TrainingBlock,
    dir: &Path,
    now_unix_s: i64,
) -> Result<usize, ExportError> {
    let files = fit_workout_files(block, dir, now_unix_s);
    write_all_atomic(&files)?;
    Ok(files.len())
}

/// The FIT workout files of the block, one per session, named inside `dir`: to write
/// with other files as one set.
pub fn fit_workout_files(
    block: &crate::training::TrainingBlock,
    dir: &Path,
    now_unix_s: i64,
) -> Vec<(PathBuf, Vec<u8>)> {
    block
        .sessions()
        .map(|s| {
            (
                dir.join(crate::training::fit::file_name(s)),
                crate::training::fit::encode(s, now_unix_s),
            )
        })
        .collect()
}

/// Seconds since 1970 now (0 if the clock is before it): the stamp of exported files.
pub fn now_unix_s() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}
