//! Errors of loading a course: one sentence a runner understands, the file path last.

use std::path::PathBuf;

/// Why a file could not become a course.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read.
    #[error("Could not read the file ({reason}): {path}")]
    Io { reason: String, path: PathBuf },
    /// The file is empty.
    #[error("The file is empty; choose a GPX file exported from your watch or route planner.")]
    Empty,
    /// The bytes are not XML at all.
    #[error(
        "This is not a GPX file (it does not contain XML); export the course as GPX and try again."
    )]
    NotXml,
    /// XML, but another format.
    #[error(
        "This is a {found} file, not GPX; export the course as GPX from your app and try again."
    )]
    WrongFormat { found: String },
    /// The XML is broken before any usable point.
    #[error(
        "The GPX file is damaged near byte {position} ({reason}); no course could be read from it."
    )]
    Malformed { position: u64, reason: String },
    /// A GPX file with no track or route points (perhaps only waypoints).
    #[error(
        "The GPX file has no track or route points{detail}; it needs a recorded or planned course."
    )]
    NoPoints { detail: String },
    /// Fewer than two distinct positions.
    #[error(
        "The course has only one distinct position; a course needs at least two points that are apart."
    )]
    SinglePosition,
}
