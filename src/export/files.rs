//! Putting bytes on disk safely: one file or a set of files, all or nothing. Each file is
//! first written to a temporary file beside its target and flushed; only when every one
//! is written are they moved into place. A failure leaves no temporary file and every
//! target as it was. A symlink is written through (its target is replaced, the link
//! stays); a read-only file or something that is not a regular file (a folder, a device)
//! is refused rather than replaced.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::ExportError;

/// The longest file name most file systems take, in bytes.
const NAME_MAX_BYTES: usize = 255;

/// Links followed before giving up (as the kernel's limit).
const MAX_LINKS: usize = 40;

/// Makes the temporary names of one process distinct.
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes a file safely: see [`write_all_atomic`].
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    write_set(&[(path, bytes)])
}

/// Writes every file of the set, or none: each to a temporary file first, all moved into
/// place only once all were written. On failure no temporary file is left and the targets
/// are as they were (a target replaced before a later move failed is put back).
pub fn write_all_atomic(files: &[(PathBuf, Vec<u8>)]) -> Result<(), ExportError> {
    let set: Vec<(&Path, &[u8])> = files
        .iter()
        .map(|(p, b)| (p.as_path(), b.as_slice()))
        .collect();
    write_set(&set)
}

/// One file of a set on its way to disk.
struct Pending<'a> {
    /// The path the caller gave (named in errors).
    path: &'a Path,
    /// Where the bytes go: `path` with symlinks followed.
    target: PathBuf,
    /// The temporary file beside `target`.
    tmp: PathBuf,
    /// True when the target existed before the move.
    existed: bool,
    /// A hard link to the old file, to put it back if a later move fails.
    backup: Option<PathBuf>,
    /// True once moved into place.
    moved: bool,
}

fn write_set(files: &[(&Path, &[u8])]) -> Result<(), ExportError> {
    let mut pending: Vec<Pending<'_>> = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        let (target, tmp) = match prepare(path) {
            Ok(t) => t,
            Err(e) => {
                discard(&pending);
                return Err(e);
            }
        };
        let written = write_tmp(&tmp, bytes);
        pending.push(Pending {
            path,
            target,
            tmp,
            existed: false,
            backup: None,
            moved: false,
        });
        if let Err(e) = written {
            discard(&pending);
            return Err(write_error(&e, path));
        }
    }
    for i in 0..pending.len() {
        if let Err(e) = move_into_place(&mut pending[i]) {
            let err = write_error(&e, pending[i].path);
            roll_back(&mut pending);
            return Err(err);
        }
    }
    for p in &pending {
        if let Some(b) = &p.backup {
            let _ = fs::remove_file(b);
        }
    }
    Ok(())
}

/// Checks a target and names its temporary file: (target with links followed, temporary).
fn prepare(path: &Path) -> Result<(PathBuf, PathBuf), ExportError> {
    if path.as_os_str().is_empty() {
        return Err(ExportError::NoFileName);
    }
    let target = follow_links(path).map_err(|e| write_error(&e, path))?;
    match fs::metadata(&target) {
        Ok(meta) if !meta.is_file() => {
            return Err(ExportError::Write {
                reason: format!("it is {}, not a file", kind_of(&meta)),
                path: path.to_path_buf(),
            });
        }
        Ok(meta) if meta.permissions().readonly() => {
            return Err(ExportError::Write {
                reason: "the file is read-only".into(),
                path: path.to_path_buf(),
            });
        }
        _ => {}
    }
    let tmp = temp_name(&target);
    Ok((target, tmp))
}

/// `path` with symbolic links followed to what they point at (which may not exist yet).
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// "a folder", "a device"... for a target that is not a regular file.
fn kind_of(meta: &fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_fifo() {
            return "a pipe";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "something other than a file"
}

/// A temporary name beside `target` that stays within the 255-byte name limit whatever
/// the length of the target's name: `.<start of name>~<pid>-<n>.tmp`.
fn temp_name(target: &Path) -> PathBuf {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".into());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let suffix = format!("~{}-{n}.tmp", std::process::id());
    let room = NAME_MAX_BYTES - 1 - suffix.len();
    let mut cut = name.len().min(room);
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    dir.join(format!(".{}{suffix}", &name[..cut]))
}

/// The largest plan file read (a plan with a 16-week block is under 1 MB).
pub const MAX_PLAN_FILE_BYTES: u64 = 64 << 20;

/// Reads a whole file of at most `limit` bytes: refuses a folder, a device or a pipe and a
/// larger file before reading, and stops at the limit should the file grow meanwhile.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ExportError> {
    use std::io::Read;
    let refuse = |reason: String| ExportError::Read {
        reason,
        path: path.to_path_buf(),
    };
    let io = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => refuse("no such file".into()),
        io::ErrorKind::PermissionDenied => refuse("permission denied".into()),
        _ => refuse(e.to_string()),
    };
    let meta = fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(refuse(format!("it is {}, not a file", kind_of(&meta))));
    }
    let too_large = || refuse(format!("it is larger than {} MB", limit / 1_000_000));
    if meta.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    File::open(path)
        .map_err(io)?
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Writes and flushes a new temporary file.
fn write_tmp(tmp: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = File::options().write(true).create_new(true).open(tmp)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// Moves one temporary file over its target, keeping a link to the old file first.
fn move_into_place(p: &mut Pending<'_>) -> io::Result<()> {
    if let Ok(meta) = fs::metadata(&p.target) {
        p.existed = true;
        // The new file keeps the old one's permissions.
        let _ = fs::set_permissions(&p.tmp, meta.permissions());
        let backup = p.tmp.with_extension("old");
        if fs::hard_link(&p.target, &backup).is_ok() {
            p.backup = Some(backup);
        }
    }
    fs::rename(&p.tmp, &p.target)?;
    p.moved = true;
    Ok(())
}

/// Removes every temporary file (nothing was moved yet).
fn discard(pending: &[Pending<'_>]) {
    for p in pending {
        let _ = fs::remove_file(&p.tmp);
    }
}

/// Undoes the moves made so far: old files back, new files away, temporaries removed.
fn roll_back(pending: &mut [Pending<'_>]) {
    for p in pending {
        match (&p.backup, p.moved) {
            (Some(b), true) => {
                let _ = fs::rename(b, &p.target);
            }
            (Some(b), false) => {
                let _ = fs::remove_file(b);
            }
            // A new file goes away; an old one without a link to it stays as written.
            (None, true) if !p.existed => {
                let _ = fs::remove_file(&p.target);
            }
            (None, _) => {}
        }
        let _ = fs::remove_file(&p.tmp);
    }
}

/// The error for a file that could not be written, in words a runner understands.
fn write_error(e: &io::Error, path: &Path) -> ExportError {
    let reason = match e.kind() {
        io::ErrorKind::NotFound => "the folder does not exist".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    };
    ExportError::Write {
        reason,
        path: path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names_fit_the_name_limit() {
        let long = "é".repeat(125); // 250 bytes
        let tmp = temp_name(&Path::new("/x").join(&long));
        let name = tmp.file_name().map_or(0, std::ffi::OsStr::len);
        assert!(name <= NAME_MAX_BYTES, "{name}");
        let short = temp_name(Path::new("plan.json"));
        assert!(short.to_string_lossy().starts_with("./.plan.json~"));
    }
}
