//! Errors of loading a course: one sentence a runner understands, the file path last.

use std::path::{Path, PathBuf};

use crate::format::printable_path;

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
    /// The path is not a regular file (a folder, a device, a pipe or a socket).
    #[error("This is {kind}, not a GPX file; choose a GPX file: {}", printable_path(.path))]
    NotAFile {
        /// What the path is.
        kind: FileKind,
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than a course file can be.
    #[error(
        "The file is too large for a course ({}the limit is {} MB): {}",
        size_part(*.size_bytes), .limit_bytes / 1_000_000, printable_path(.path)
    )]
    TooLarge {
        /// Its size when known before reading (None when it grew while being read).
        size_bytes: Option<u64>,
        /// The limit, [`super::MAX_COURSE_BYTES`].
        limit_bytes: u64,
        /// The file.
        path: PathBuf,
    },
}

/// What a path that is not a regular file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A directory.
    Folder,
    /// A character or block device (`/dev/zero`).
    Device,
    /// A named pipe.
    Pipe,
    /// A Unix socket.
    Socket,
    /// Anything else that is not a regular file.
    Other,
}

impl FileKind {
    /// The kind of what `meta` describes (not called for regular files).
    pub fn of(meta: &std::fs::Metadata) -> FileKind {
        let t = meta.file_type();
        if t.is_dir() {
            return FileKind::Folder;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_char_device() || t.is_block_device() {
                return FileKind::Device;
            }
            if t.is_fifo() {
                return FileKind::Pipe;
            }
            if t.is_socket() {
                return FileKind::Socket;
            }
        }
        FileKind::Other
    }
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            FileKind::Folder => "a folder",
            FileKind::Device => "a device",
            FileKind::Pipe => "a pipe",
            FileKind::Socket => "a socket",
            FileKind::Other => "something other than a file",
        })
    }
}

/// "1,234 MB; " when the size is known.
fn size_part(size_bytes: Option<u64>) -> String {
    size_bytes.map_or_else(String::new, |b| format!("{} MB; ", b / 1_000_000))
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
        Some(p) => format!(": {}", printable_path(p)),
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

    #[test]
    fn not_a_file_and_too_large_are_one_sentence_with_a_safe_path() {
        let e = LoadError::NotAFile {
            kind: FileKind::Device,
            path: PathBuf::from("/dev/zero"),
        };
        assert_eq!(
            e.to_string(),
            "This is a device, not a GPX file; choose a GPX file: /dev/zero"
        );
        let e = LoadError::TooLarge {
            size_bytes: Some(2_000_000_000),
            limit_bytes: 1 << 30,
            path: PathBuf::from("big\r.gpx"),
        };
        assert_eq!(
            e.to_string(),
            "The file is too large for a course (2000 MB; the limit is 1073 MB): big\\r.gpx"
        );
        let e = LoadError::open(
            &std::io::Error::from(std::io::ErrorKind::NotFound),
            Path::new("a\u{1b}[2J.gpx"),
        );
        assert!(!e.to_string().contains('\u{1b}'), "{e}");
    }
}
