//! Errors of loading a course: one sentence a runner understands, the file path last.

use std::path::{Path, PathBuf};

/// Why a file could not become a course.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read. `path` is None only when no file name is
    /// known (bytes from a stream, a loader that stopped): the sentence then ends at the
    /// reason instead of with an empty path.
    #[error("Could not read the file ({reason}){}", path_part(.path))]
    Io {
        /// What went wrong, in plain words ("no such file", "permission denied", or the
        /// system's message).
        reason: String,
        /// The file that could not be read; None when no file name is known.
        path: Option<PathBuf>,
    },
    /// The file is empty.
    #[error(
        "The file is empty; choose a GPX file exported from your watch or route \
         planner."
    )]
    Empty,
    /// The bytes are not XML at all.
    #[error(
        "This is not a GPX file (it does not contain XML); export the course as GPX and \
         try again."
    )]
    NotXml,
    /// XML, but another format.
    #[error(
        "This is a {found} file, not GPX; export the course as GPX from your app and \
         try again."
    )]
    WrongFormat {
        /// The format the root element gives away, as a runner would call it ("KML",
        /// "TCX", "web page (HTML)", "SVG image", or just "XML").
        found: String,
    },
    /// The XML is broken before any usable point.
    #[error(
        "The GPX file is damaged near byte {position} ({reason}); no course could be \
         read from it."
    )]
    Malformed {
        /// Byte offset in the XML where the parser stopped.
        position: u64,
        /// The XML parser's message, cut to 120 bytes.
        reason: String,
    },
    /// A GPX file with no track or route points (perhaps only waypoints).
    #[error(
        "The GPX file has no track or route points{detail}; it needs a recorded or \
         planned course."
    )]
    NoPoints {
        /// Words slipped into the sentence after "points" (" (only 3 waypoints)", " that
        /// could be used (5 had unreadable coordinates)"), or empty.
        detail: String,
    },
    /// Fewer than two distinct positions.
    #[error(
        "The course has only one distinct position; a course needs at least two points \
         that are apart."
    )]
    SinglePosition,
}

impl LoadError {
    /// A file that could not be opened, in words a runner understands.
    pub fn open(e: &std::io::Error, path: &Path) -> LoadError {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".into(),
            std::io::ErrorKind::PermissionDenied => "permission denied".into(),
            _ => e.to_string(),
        };
        LoadError::Io {
            reason,
            path: Some(path.to_path_buf()),
        }
    }

    /// Bytes that could not be read from a stream (the caller may add the path).
    pub fn read(e: &std::io::Error) -> LoadError {
        LoadError::Io {
            reason: e.to_string(),
            path: None,
        }
    }

    /// The same error, naming `path` if it did not name a file yet.
    pub fn with_path(self, path: &Path) -> LoadError {
        match self {
            LoadError::Io { reason, path: None } => LoadError::Io {
                reason,
                path: Some(path.to_path_buf()),
            },
            other => other,
        }
    }
}

/// ": the/path" after the reason, or "." to end the sentence when no file is named.
fn path_part(path: &Option<PathBuf>) -> String {
    match path {
        Some(p) => format!(": {}", p.display()),
        None => ".".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_sentence_names_the_path_or_ends_cleanly() {
        let e = LoadError::open(
            &std::io::Error::from(std::io::ErrorKind::NotFound),
            Path::new("/x/race.gpx"),
        );
        assert_eq!(
            e.to_string(),
            "Could not read the file (no such file): /x/race.gpx"
        );
        let e = LoadError::Io {
            reason: "the loader stopped unexpectedly".into(),
            path: None,
        };
        assert_eq!(
            e.to_string(),
            "Could not read the file (the loader stopped unexpectedly)."
        );
        let named = e.with_path(Path::new("a.gpx"));
        assert_eq!(
            named.to_string(),
            "Could not read the file (the loader stopped unexpectedly): a.gpx"
        );
        assert!(
            !LoadError::read(&std::io::Error::other("boom"))
                .to_string()
                .ends_with(": ")
        );
    }
}
