//! Background loading: a named thread parses the file while the window keeps drawing; the
//! result comes back over a channel and wakes the UI.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::course::{Course, LoadError};

/// What to load.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A file on disk.
    Path(PathBuf),
    /// A bundled sample race, by index in `SAMPLE_RACES`.
    Sample(usize),
    /// Bytes already in memory (a dropped file without a path).
    Bytes {
        /// The file's name, for messages.
        name: String,
        /// Its contents.
        bytes: Arc<Vec<u8>>,
    },
}

impl Source {
    /// A short name for messages.
    pub fn display_name(&self) -> String {
        match self {
            Source::Path(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
            Source::Sample(i) => crate::course::sample::SAMPLE_RACES.get(*i).map_or_else(
                || crate::t!("loader-sample"),
                crate::course::sample::SampleRace::display_title,
            ),
            Source::Bytes { name, .. } => name.clone(),
        }
    }
}

/// A load in progress.
pub struct LoadJob {
    /// What is being loaded.
    pub source: Source,
    /// Bytes read so far (updated by the loader thread).
    pub bytes_read: Arc<AtomicU64>,
    /// Size of the file (0 when unknown).
    pub total_bytes: u64,
    rx: Receiver<Result<Course, LoadError>>,
}

impl LoadJob {
    /// Starts loading on a background thread; `wake` is called when it is done.
    pub fn start(source: Source, wake: impl Fn() + Send + 'static) -> LoadJob {
        let (tx, rx) = channel();
        let bytes_read = Arc::new(AtomicU64::new(0));
        let total_bytes = match &source {
            Source::Path(p) => std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
            Source::Sample(i) => crate::course::sample::SAMPLE_RACES
                .get(*i)
                .map_or(0, |r| r.gpx.len() as u64),
            Source::Bytes { bytes, .. } => bytes.len() as u64,
        };
        let counter = bytes_read.clone();
        let src = source.clone();
        let spawned = std::thread::Builder::new()
            .name("gpx-loader".into())
            .spawn(move || {
                let progress = |n: u64| counter.store(n, Ordering::Relaxed);
                let result = match &src {
                    Source::Path(p) => Course::load_path_with_progress(p, Some(&progress)),
                    Source::Sample(i) => match crate::course::sample::SAMPLE_RACES.get(*i) {
                        Some(r) => r.load(),
                        None => Err(LoadError::NoPoints {
                            detail: crate::course::NoPointsDetail::Nothing,
                        }),
                    },
                    Source::Bytes { name, bytes } => Course::load_bytes(bytes, Some(name.clone())),
                };
                let _ = tx.send(result);
                wake();
            });
        if let Err(e) = spawned {
            // No thread: report it as a failed load rather than hang.
            let (tx, rx2) = channel();
            let _ = tx.send(Err(LoadError::Io {
                reason: e.to_string(),
                path: None,
            }));
            return LoadJob {
                source,
                bytes_read,
                total_bytes,
                rx: rx2,
            };
        }
        LoadJob {
            source,
            bytes_read,
            total_bytes,
            rx,
        }
    }

    /// Fraction done, 0..1 (None when the size is unknown).
    pub fn progress(&self) -> Option<f32> {
        (self.total_bytes > 0).then(|| {
            (self.bytes_read.load(Ordering::Relaxed) as f32 / self.total_bytes as f32).min(1.0)
        })
    }

    /// The result, once ready.
    pub fn poll(&self) -> Option<Result<Course, LoadError>> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(LoadError::Io {
                reason: crate::t!("loader-stopped"),
                path: None,
            })),
        }
    }

    /// Waits for the result (tests and the headless harness).
    pub fn wait(self) -> Result<Course, LoadError> {
        self.rx.recv().unwrap_or_else(|_| {
            Err(LoadError::Io {
                reason: crate::t!("loader-stopped"),

                path: None,
            })
        })
    }
}
