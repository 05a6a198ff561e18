//! A file or a whole folder of activities, read on two threads with progress and cancel,
//! remembered in a cache file keyed by path, size and modification time.
//!
//! The cache is one small JSON file (each activity reduced to its blocks, a few kB) that
//! the caller names: the app and the command line put it in the user's cache folder. A
//! missing, unreadable or older cache is simply rebuilt.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use serde::{Deserialize, Serialize};

use super::HistoryError;
use super::blocks::{ActivitySummary, LeftOut, summarize};
use super::read::read_activity;

/// Cache format version; a cache of another version is rebuilt.
const CACHE_VERSION: u32 = 2;
/// Most entries a cache keeps (activities of other folders included).
const MAX_CACHE_ENTRIES: usize = 50_000;
/// Deepest folder nesting searched.
const MAX_DEPTH: usize = 8;
/// Worker threads (the machines this runs on have two cores).
pub const WORKERS: usize = 2;

/// What identifies a file's version in the cache.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
struct Key {
    path: String,
    size: u64,
    mtime_ns: u128,
}

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    key: Key,
    /// None: the file could not be read as an activity.
    summary: Option<ActivitySummary>,
}

#[derive(Debug, Serialize, Deserialize)]
struct CacheFile {
    version: u32,
    entries: Vec<Entry>,
}

/// One imported activity.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    /// The file it came from.
    pub path: PathBuf,
    /// Its blocks and counts.
    pub summary: ActivitySummary,
}

/// The runner's history: every activity found, the counts of what was left out, and how
/// many files came from the cache.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// Readable activities, sorted by path.
    pub activities: Vec<Activity>,
    /// Everything left out, summed over the files.
    pub left_out: LeftOut,
    /// Files taken from the cache.
    pub from_cache: usize,
    /// Files read and parsed in this import.
    pub parsed: usize,
}

/// The user's cache file: `$XDG_CACHE_HOME` or `~/.cache` (Linux, macOS), `%LOCALAPPDATA%`
/// (Windows), then `downhill-planner/history-cache.json`.
pub fn default_cache() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("LOCALAPPDATA").map(PathBuf::from))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("downhill-planner").join("history-cache.json"))
}

impl History {
    /// Adds the activities of another import (a second folder or file); a file already
    /// here is not counted twice.
    pub fn merge(&mut self, other: History) {
        self.from_cache += other.from_cache;
        self.parsed += other.parsed;
        self.left_out.unreadable_files += other.left_out.unreadable_files;
        for a in other.activities {
            if self.activities.iter().any(|b| b.path == a.path) {
                continue;
            }
            let mut counts = a.summary.left_out;
            counts.unreadable_files = 0;
            self.left_out.add(&counts);
            self.activities.push(a);
        }
        self.activities.sort_by(|a, b| a.path.cmp(&b.path));
    }
}

/// Activity files under `root` (itself when it is a file): `.gpx`, `.tcx`, `.fit`, sorted.
pub fn activity_files(root: &Path) -> Result<Vec<PathBuf>, HistoryError> {
    let meta = std::fs::metadata(root).map_err(|source| HistoryError::Io {
        path: root.to_path_buf(),
        source,
    })?;
    if meta.is_file() {
        return Ok(vec![root.to_path_buf()]);
    }
    let mut out = Vec::new();
    walk(root, 0, &mut out)?;
    out.sort();
    if out.is_empty() {
        return Err(HistoryError::NoActivities {
            path: root.to_path_buf(),
        });
    }
    Ok(out)
}

fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) -> Result<(), HistoryError> {
    let io = |source| HistoryError::Io {
        path: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let p = entry.map_err(io)?.path();
        if p.is_dir() {
            if depth < MAX_DEPTH {
                walk(&p, depth + 1, out)?;
            }
        } else if p.extension().is_some_and(|e| {
            let e = e.to_string_lossy().to_ascii_lowercase();
            e == "gpx" || e == "tcx" || e == "fit"
        }) {
            out.push(p);
        }
    }
    Ok(())
}

fn key_of(path: &Path) -> Option<Key> {
    let m = std::fs::metadata(path).ok()?;
    let mtime_ns = m
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos();
    Some(Key {
        path: path.to_string_lossy().into_owned(),
        size: m.len(),
        mtime_ns,
    })
}

fn load_cache(path: Option<&Path>) -> HashMap<Key, Option<ActivitySummary>> {
    let Some(bytes) = path.and_then(|p| std::fs::read(p).ok()) else {
        return HashMap::new();
    };
    match serde_json::from_slice::<CacheFile>(&bytes) {
        Ok(c) if c.version == CACHE_VERSION => {
            c.entries.into_iter().map(|e| (e.key, e.summary)).collect()
        }
        _ => HashMap::new(),
    }
}

/// Writes the cache through a temporary file and a rename (a crash leaves the old one).
fn save_cache(path: &Path, entries: Vec<Entry>) -> Result<(), HistoryError> {
    let io = |source| HistoryError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let file = CacheFile {
        version: CACHE_VERSION,
        entries,
    };
    let bytes = serde_json::to_vec(&file).map_err(|e| io(std::io::Error::other(e)))?;
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)
}

/// Reads the files `todo` (indices into `files`) on [`WORKERS`] threads until done or
/// cancelled; progress counts on from `done`.
fn read_parallel(
    files: &[PathBuf],
    todo: &[usize],
    (progress, done, total): (Progress<'_>, &AtomicUsize, usize),
    cancel: &AtomicBool,
) -> Vec<(usize, Option<ActivitySummary>)> {
    let next = AtomicUsize::new(0);
    let parsed = Mutex::new(Vec::with_capacity(todo.len()));
    std::thread::scope(|s| {
        for w in 0..WORKERS {
            let (next, parsed) = (&next, &parsed);
            // A thread that cannot start leaves its files to the other; files left unread
            // end the import as cancelled.
            let _spawned = std::thread::Builder::new()
                .name(format!("history-{w}"))
                .spawn_scoped(s, move || {
                    loop {
                        if cancel.load(Ordering::Relaxed) {
                            break;
                        }
                        let Some(&i) = todo.get(next.fetch_add(1, Ordering::Relaxed)) else {
                            break;
                        };
                        let summary = read_activity(&files[i]).ok().map(|r| summarize(&r));
                        if let Ok(mut p) = parsed.lock() {
                            p.push((i, summary));
                        }
                        progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
                    }
                });
        }
    });
    parsed.into_inner().unwrap_or_default()
}

/// Progress: `(files done, files in all)`, called from the worker threads.
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// Imports the activities of `root` (a file or a folder): cached files come from
/// `cache` (when given) and new or changed ones are read on [`WORKERS`] threads. Setting
/// `cancel` stops the import between files ([`HistoryError::Cancelled`]; the cache is not
/// written).
pub fn import(
    root: &Path,
    cache: Option<&Path>,
    progress: Progress<'_>,
    cancel: &AtomicBool,
) -> Result<History, HistoryError> {
    let files = activity_files(root)?;
    let mut cached = load_cache(cache);
    let keys: Vec<Option<Key>> = files.iter().map(|f| key_of(f)).collect();
    let total = files.len();
    let mut results: Vec<Option<Option<ActivitySummary>>> = keys
        .iter()
        .map(|k| k.as_ref().and_then(|k| cached.get(k).cloned()))
        .collect();
    let from_cache = results.iter().filter(|r| r.is_some()).count();
    let todo: Vec<usize> = (0..total).filter(|&i| results[i].is_none()).collect();
    let done = AtomicUsize::new(from_cache);
    progress(from_cache, total);
    let parsed = read_parallel(&files, &todo, (progress, &done, total), cancel);
    if cancel.load(Ordering::Relaxed) {
        return Err(HistoryError::Cancelled);
    }
    let n_parsed = parsed.len();
    for (i, s) in parsed {
        results[i] = Some(s);
    }
    if results.iter().any(Option::is_none) {
        return Err(HistoryError::Cancelled); // no thread could be started
    }
    let mut history = History {
        from_cache,
        parsed: n_parsed,
        ..History::default()
    };
    let mut entries = Vec::new();
    for ((path, key), r) in files.into_iter().zip(keys).zip(results) {
        let summary = r.flatten();
        match &summary {
            Some(s) => {
                history.left_out.add(&s.left_out);
                history.activities.push(Activity {
                    path,
                    summary: s.clone(),
                });
            }
            None => history.left_out.unreadable_files += 1,
        }
        if let Some(key) = key {
            cached.remove(&key);
            entries.push(Entry { key, summary });
        }
    }
    if let Some(cache) = cache
        && n_parsed > 0
    {
        let room = MAX_CACHE_ENTRIES.saturating_sub(entries.len());
        entries.extend(
            cached
                .into_iter()
                .take(room)
                .map(|(key, summary)| Entry { key, summary }),
        );
        save_cache(cache, entries)?;
    }
    Ok(history)
}
