//! The checks before a course file is read: a regular file (not a folder, device, pipe or
//! socket), no larger than [`MAX_COURSE_BYTES`], and a reader that stops at that limit.

use std::cell::Cell;
use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::error::{FileKind, LoadError};

/// The largest course file read: 1 GiB (a day-long recording at one point a second is
/// under 100 MB).
pub const MAX_COURSE_BYTES: u64 = 1 << 30;

/// Opens a course file after checking that it is a regular file within the size limit.
/// A path that is not a regular file is refused before it is opened, so that a pipe
/// (a FIFO) does not block the open.
pub fn open_course_file(path: &Path) -> Result<File, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| LoadError::open(&e, path))?;
    check_kind(&meta, path)?;
    let file = File::open(path).map_err(|e| LoadError::open(&e, path))?;
    // The file may have been swapped between the two looks: check what was opened.
    let meta = file.metadata().map_err(|e| LoadError::open(&e, path))?;
    check_kind(&meta, path)?;
    if meta.len() > MAX_COURSE_BYTES {
        return Err(LoadError::TooLarge {
            size_bytes: Some(meta.len()),
            limit_bytes: MAX_COURSE_BYTES,
            path: path.to_path_buf(),
        });
    }
    Ok(file)
}

fn check_kind(meta: &std::fs::Metadata, path: &Path) -> Result<(), LoadError> {
    if meta.is_file() {
        return Ok(());
    }
    Err(LoadError::NotAFile {
        kind: FileKind::of(meta),
        path: path.to_path_buf(),
    })
}

/// A reader that ends with an error once more than `limit` bytes were asked of it, and
/// records that it did in `exceeded` (so the caller can say why).
pub(super) struct Limited<'a, R> {
    inner: R,
    remaining: u64,
    exceeded: &'a Cell<bool>,
}

impl<'a, R: Read> Limited<'a, R> {
    /// Wraps `inner`, allowing `limit` bytes.
    pub(super) fn new(inner: R, limit: u64, exceeded: &'a Cell<bool>) -> Self {
        Limited {
            inner,
            remaining: limit,
            exceeded,
        }
    }
}

impl<R: Read> Read for Limited<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.remaining == 0 {
            // One byte more than the limit means the file is too large.
            let mut probe = [0u8; 1];
            if self.inner.read(&mut probe)? == 0 {
                return Ok(0);
            }
            self.exceeded.set(true);
            return Err(std::io::Error::other("the file is larger than the limit"));
        }
        let max = usize::try_from(self.remaining)
            .unwrap_or(usize::MAX)
            .min(buf.len());
        let n = self.inner.read(&mut buf[..max])?;
        self.remaining -= n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_stops_at_the_limit() {
        let exceeded = Cell::new(false);
        let mut r = Limited::new(std::io::repeat(0), 10_000, &exceeded);
        let mut sink = Vec::new();
        assert!(r.read_to_end(&mut sink).is_err());
        assert!(exceeded.get());
        assert_eq!(sink.len(), 10_000);

        let exceeded = Cell::new(false);
        let mut r = Limited::new(&[1u8; 10][..], 10, &exceeded);
        let mut sink = Vec::new();
        assert_eq!(r.read_to_end(&mut sink).ok(), Some(10));
        assert!(!exceeded.get());
    }
}
