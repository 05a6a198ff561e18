//! Exports: the plan as JSON (re-importable, with a schema) and as a printable PDF race
//! card. Pure: plan in, bytes out; [`write_atomic`] puts bytes on disk safely.

pub mod json;
pub mod pdf;

use std::io::Write;
use std::path::{Path, PathBuf};

/// Why an export or import failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A file could not be written; nothing was changed.
    #[error("Could not write the file ({reason}); nothing was changed: {path}")]
    Write {
        /// What the system said, in words a runner understands.
        reason: String,
        /// The file.
        path: PathBuf,
    },
    /// A plan file could not be read.
    #[error("Could not read the plan file ({reason}): {path}")]
    Read {
        /// What the system said.
        reason: String,
        /// The file.
        path: PathBuf,
    },
    /// The file is not one of our plan files.
    #[error("This is not a Downhill Planner plan file ({reason}).")]
    NotAPlan {
        /// What is wrong with it.
        reason: String,
    },
    /// The plan file comes from a newer version.
    #[error(
        "This plan was saved by a newer Downhill Planner (format {found}, this version reads up \
            to {supported}); update the app to open it."
    )]
    NewerVersion {
        /// The file's format version.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The plan file's settings are out of range.
    #[error("The plan's settings cannot be used: {0}")]
    BadSettings(String),
    /// The PDF could not be made.
    #[error("The PDF could not be made ({0}).")]
    Pdf(String),
    /// One file of a set (the watch workouts) failed; the ones before it were written.
    #[error("{cause} ({written} workouts were written before it)")]
    WorkoutSet {
        /// How many were written before the failure.
        written: usize,
        /// What went wrong with the next one.
        cause: Box<ExportError>,
    },
}

/// Writes one FIT workout file per session of the block into `dir` (each atomically);
/// returns how many were written. `now_unix_s` stamps the files.
pub fn write_fit_workouts(
    block: &crate::training::TrainingBlock,
    dir: &Path,
    now_unix_s: i64,
) -> Result<usize, ExportError> {
    let mut written = 0;
    for s in block.sessions() {
        let path = dir.join(crate::training::fit::file_name(s));
        write_atomic(&path, &crate::training::fit::encode(s, now_unix_s)).map_err(|e| {
            ExportError::WorkoutSet {
                written,
                cause: Box::new(e),
            }
        })?;
        written += 1;
    }
    Ok(written)
}

/// Seconds since 1970 now (0 if the clock is before it): the stamp of exported files.
pub fn now_unix_s() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Writes a file safely: a temporary file in the same folder, flushed, then renamed over
/// the target. A failure leaves no partial file and the old file untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "the folder does not exist".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        };
        return Err(ExportError::Write {
            reason,
            path: path.to_path_buf(),
        });
    }
    Ok(())
}
