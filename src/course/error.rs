//! Errors of loading a course: one sentence a runner understands, the file path last.

use std::path::{Path, PathBuf};

use crate::format::printable_path;
use crate::t;

/// Why a file could not become a course. The sentence is in the thread's language
/// ([`crate::i18n`]); in English it is the same as before the translation layer.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read. `path` is None only when no file name is
    /// known (bytes from a stream, a loader that stopped): the sentence then ends at the
    /// reason instead of with an empty path.
    Io {
        /// What went wrong, in plain words ("no such file", "permission denied", or the
        /// system's message); the plain words are translated when shown.
        reason: String,
        /// The file that could not be read; None when no file name is known.
        path: Option<PathBuf>,
    },
    /// The file is empty.
    Empty,
    /// The bytes are not XML at all.
    NotXml,
    /// XML, but another format.
    WrongFormat {
        /// The format the root element gives away, as a runner would call it ("KML",
        /// "TCX", "web page (HTML)", "SVG image", or just "XML"); translated when shown.
        found: String,
    },
    /// The XML is broken before any usable point.
    Malformed {
        /// Byte offset in the XML where the parser stopped.
        position: u64,
        /// The XML parser's message, cut to 120 bytes.
        reason: String,
    },
    /// A GPX file with no track or route points (perhaps only waypoints).
    NoPoints {
        /// What the file had instead, if anything worth saying.
        detail: NoPointsDetail,
    },
    /// Fewer than two distinct positions.
    SinglePosition,
    /// The path is not a regular file (a folder, a device, a pipe or a socket).
    NotAFile {
        /// What the path is.
        kind: FileKind,
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than a course file can be.
    TooLarge {
        /// Its size when known before reading (None when it grew while being read).
        size_bytes: Option<u64>,
        /// The limit, [`super::MAX_COURSE_BYTES`].
        limit_bytes: u64,
        /// The file.
        path: PathBuf,
    },
}

/// What a GPX file without usable track or route points had instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NoPointsDetail {
    /// Nothing worth naming.
    #[default]
    Nothing,
    /// Points whose coordinates could not be read (how many).
    UnreadableCoordinates(usize),
    /// Only waypoints (how many).
    OnlyWaypoints(usize),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            LoadError::Io { reason, path } => {
                let reason = reason_text(reason);
                match path {
                    Some(p) => t!("err-load-io", reason = reason, path = printable_path(p)),
                    None => t!("err-load-io-nameless", reason = reason),
                }
            }
            LoadError::Empty => t!("err-load-empty"),
            LoadError::NotXml => t!("err-load-not-xml"),
            LoadError::WrongFormat { found } => {
                t!("err-load-wrong-format", found = format_text(found))
            }
            LoadError::Malformed { position, reason } => t!(
                "err-load-malformed",
                position = position.to_string(),
                reason = reason.as_str()
            ),
            LoadError::NoPoints { detail } => no_points_sentence(*detail),
            LoadError::SinglePosition => t!("err-load-single-position"),
            LoadError::NotAFile { kind, path } => t!(
                "err-load-not-a-file",
                kind = kind.to_string(),
                path = printable_path(path)
            ),
            LoadError::TooLarge {
                size_bytes,
                limit_bytes,
                path,
            } => {
                let limit = (limit_bytes / 1_000_000).to_string();
                let path = printable_path(path);
                match size_bytes {
                    Some(b) => t!(
                        "err-load-too-large-size",
                        size = (b / 1_000_000).to_string(),
                        limit = limit,
                        path = path
                    ),
                    None => t!("err-load-too-large", limit = limit, path = path),
                }
            }
        };
        f.write_str(&text)
    }
}

/// The sentence of a GPX file without usable points. Counts go in twice: as a number for
/// the plural, as plain digits to show (so English stays "1234", not "1,234").
fn no_points_sentence(detail: NoPointsDetail) -> String {
    match detail {
        NoPointsDetail::Nothing => t!("err-load-no-points"),
        NoPointsDetail::UnreadableCoordinates(n) => {
            t!(
                "err-load-no-points-unreadable",
                count = n,
                n = n.to_string()
            )
        }
        NoPointsDetail::OnlyWaypoints(n) => {
            t!("err-load-no-points-waypoints", count = n, n = n.to_string())
        }
    }
}

/// A reason in plain words ("no such file", "permission denied"...) in the thread's
/// language; any other text (the system's own message) as it is.
pub fn reason_text(reason: &str) -> String {
    match reason {
        "no such file" => t!("err-reason-no-such-file"),
        "permission denied" => t!("err-reason-permission-denied"),
        "the folder does not exist" => t!("err-reason-no-folder"),
        "the loader stopped unexpectedly" => t!("err-reason-loader-stopped"),
        other => other.to_owned(),
    }
}

/// A format name from [`LoadError::WrongFormat`] in the thread's language.
fn format_text(found: &str) -> String {
    match found {
        "web page (HTML)" => t!("err-format-html"),
        "SVG image" => t!("err-format-svg"),
        other => other.to_owned(),
    }
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
        f.write_str(&match self {
            FileKind::Folder => t!("file-kind-folder"),
            FileKind::Device => t!("file-kind-device"),
            FileKind::Pipe => t!("file-kind-pipe"),
            FileKind::Socket => t!("file-kind-socket"),
            FileKind::Other => t!("file-kind-other"),
        })
    }
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
