//! The runner's own runs in the app: imported on a background thread (which reads on two
//! more, `history::folder`) with progress and cancel, remembered as sources in the settings
//! and re-read from the cache at the next start; the personal curve fitted from them feeds
//! the "Mine" pace model and the training block's starting level.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use super::DownhillApp;
use crate::history::{self, History, HistoryError};
use crate::plan::{PaceModel, PersonalCurve, PlanSettings};
use crate::t;

/// What an import ended with.
pub struct ImportResult {
    /// The sources that were read, in order.
    pub sources: Vec<PathBuf>,
    /// The merged history (None when cancelled).
    pub history: Option<History>,
    /// One sentence per source that could not be read.
    pub errors: Vec<String>,
    /// The sources that could not be read (not remembered).
    pub failed: Vec<PathBuf>,
    /// How long it took.
    pub took: Duration,
}

/// An import in progress.
pub struct RunsJob {
    /// The sources being read (the remembered ones and the new one).
    pub sources: Vec<PathBuf>,
    /// Files done in the current source.
    pub done: Arc<AtomicUsize>,
    /// Files in the current source (0 while they are being listed).
    pub total: Arc<AtomicUsize>,
    /// Index of the source being read.
    pub source_index: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    rx: Receiver<ImportResult>,
}

impl RunsJob {
    /// Starts reading `sources` on a background thread; `wake` is called on progress and
    /// when done.
    pub fn start(
        sources: Vec<PathBuf>,
        cache: Option<PathBuf>,
        wake: impl Fn() + Send + Sync + 'static,
    ) -> RunsJob {
        let (tx, rx) = channel();
        let job = RunsJob {
            sources: sources.clone(),
            done: Arc::default(),
            total: Arc::default(),
            source_index: Arc::default(),
            cancel: Arc::default(),
            rx,
        };
        let (done, total, index, cancel) = (
            job.done.clone(),
            job.total.clone(),
            job.source_index.clone(),
            job.cancel.clone(),
        );
        let spawned = std::thread::Builder::new()
            .name("runs-import".into())
            .spawn(move || {
                let t = Instant::now();
                let progress = |d: usize, n: usize| {
                    done.store(d, Ordering::Relaxed);
                    total.store(n, Ordering::Relaxed);
                    wake();
                };
                let (history, failed) =
                    import_all(&sources, cache.as_deref(), &progress, &cancel, &index);
                let _ = tx.send(ImportResult {
                    sources,
                    history,
                    errors: failed.iter().map(|(_, e)| e.clone()).collect(),
                    failed: failed.into_iter().map(|(p, _)| p).collect(),
                    took: t.elapsed(),
                });
                wake();
            });
        if let Err(e) = spawned {
            let (tx, rx) = channel();
            let _ = tx.send(ImportResult {
                sources: job.sources.clone(),
                history: None,
                errors: vec![format!("The import could not start ({e}).")],
                failed: Vec::new(),
                took: Duration::ZERO,
            });
            return RunsJob { rx, ..job };
        }
        job
    }

    /// Asks the import to stop between files.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Fraction of the current source done, 0..1 (None while files are being listed).
    pub fn progress(&self) -> Option<f32> {
        let n = self.total.load(Ordering::Relaxed);
        (n > 0).then(|| (self.done.load(Ordering::Relaxed) as f32 / n as f32).min(1.0))
    }

    /// The result, once ready.
    pub fn poll(&self) -> Option<ImportResult> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(ImportResult {
                sources: self.sources.clone(),
                history: None,
                errors: vec![t!("runs-stopped")],
                failed: Vec::new(),
                took: Duration::ZERO,
            }),
        }
    }

    /// Waits for the result, at most `limit` (tests).
    pub fn wait(&self, limit: Duration) -> Option<ImportResult> {
        self.rx.recv_timeout(limit).ok()
    }
}

/// Reads every source in turn and merges them (None when cancelled), with the sources
/// that could not be read and why.
fn import_all(
    sources: &[PathBuf],
    cache: Option<&Path>,
    progress: history::folder::Progress<'_>,
    cancel: &AtomicBool,
    index: &AtomicUsize,
) -> (Option<History>, Vec<(PathBuf, String)>) {
    let mut all = History::default();
    let mut failed = Vec::new();
    for (i, source) in sources.iter().enumerate() {
        index.store(i, Ordering::Relaxed);
        match history::import(source, cache, progress, cancel) {
            Ok(h) => all.merge(h),
            Err(HistoryError::Cancelled) => return (None, failed),
            Err(e) => failed.push((source.clone(), e.to_string())),
        }
    }
    (Some(all), failed)
}

/// The runs part of the app: the import in progress, the history and its curve.
#[derive(Default)]
pub struct Runs {
    /// The import in progress.
    pub job: Option<RunsJob>,
    /// The runs read last (None before the first import ends).
    pub history: Option<Arc<History>>,
    /// The personal curve of `history` with the remembered fallback (None without a
    /// usable run).
    pub curve: Option<PersonalCurve>,
    /// Downhill metres of the last 6 weeks (up to today), from `history`.
    pub recent_descent_m: Option<f64>,
    /// Sources that could not be read in the last import.
    pub errors: Vec<String>,
    /// How long the last import took.
    pub took: Option<Duration>,
    /// The cache file (the user's cache folder in the app; a temporary one in tests).
    pub cache: Option<PathBuf>,
}

/// Unix seconds at the end of today (the "last 6 weeks" run up to now).
fn end_of_today_s() -> f64 {
    crate::date::Date::today().days_since_epoch() as f64 * 86_400.0 + 86_399.0
}

impl DownhillApp {
    /// Re-reads the remembered sources in the background (at start: from the cache).
    pub fn resume_runs(&mut self, ctx: &egui::Context) {
        if !self.settings.runs.is_empty() {
            self.start_runs(self.settings.runs.clone(), ctx);
        }
    }

    /// Adds a file or folder of runs and reads everything again (the others from the cache).
    pub fn import_runs(&mut self, path: PathBuf, ctx: &egui::Context) {
        let mut sources = self.settings.runs.clone();
        if !sources.contains(&path) {
            sources.push(path);
        }
        self.start_runs(sources, ctx);
    }

    fn start_runs(&mut self, sources: Vec<PathBuf>, ctx: &egui::Context) {
        if let Some(job) = self.runs.job.take() {
            job.cancel();
        }
        let ctx = ctx.clone();
        let cache = self.runs.cache.clone();
        self.runs.job = Some(RunsJob::start(sources, cache, move || {
            ctx.request_repaint_after(Duration::from_millis(50));
        }));
    }

    /// Stops the import in progress; what was shown before stays.
    pub fn cancel_runs(&mut self) {
        if let Some(job) = self.runs.job.take() {
            job.cancel();
            self.info(t!("runs-cancelled"));
        }
    }

    /// Forgets every source: the plan falls back to the built-in model, the training block
    /// to its usual start.
    pub fn remove_runs(&mut self) {
        self.cancel_runs();
        self.settings.runs.clear();
        self.runs.history = None;
        self.runs.curve = None;
        self.runs.recent_descent_m = None;
        self.runs.errors.clear();
        self.settings.training.recent_descent_m = None;
        let fallback = self.settings.runs_fallback;
        if self.settings.plan.model == PaceModel::Personal {
            self.settings.plan.model = fallback;
            self.settings.plan.personal = None;
            self.info(t!("runs-removed-fallback", model = fallback.label()));
        } else {
            self.info(t!("runs-removed"));
        }
    }

    /// Takes a finished import, if any.
    pub fn poll_runs(&mut self) {
        if let Some(result) = self.runs.job.as_ref().and_then(RunsJob::poll) {
            self.runs.job = None;
            self.take_runs(result);
        }
    }

    /// Waits (at most `limit`) for the import in progress and takes it (tests).
    pub fn finish_runs(&mut self, limit: Duration) -> bool {
        let result = self.runs.job.as_ref().and_then(|j| j.wait(limit));
        match result {
            Some(r) => {
                self.runs.job = None;
                self.take_runs(r);
                true
            }
            None => false,
        }
    }

    fn take_runs(&mut self, result: ImportResult) {
        self.runs.errors = result.errors;
        let Some(history) = result.history else {
            return self.info(t!("runs-cancelled"));
        };
        if history.activities.is_empty() && !self.runs.errors.is_empty() {
            let e = self.runs.errors.join(" ");
            return self.error(e);
        }
        // A new source that cannot be read is said once, not remembered (one remembered
        // before stays: a drive may be unplugged for now).
        let before = std::mem::take(&mut self.settings.runs);
        self.settings.runs = result
            .sources
            .into_iter()
            .filter(|s| !result.failed.contains(s) || before.contains(s))
            .collect();
        self.runs.took = Some(result.took);
        self.runs.recent_descent_m = Some(history.downhill_m_recent(end_of_today_s()));
        self.runs.history = Some(Arc::new(history));
        self.settings.training.recent_descent_m = self.runs.recent_descent_m;
        self.refit_curve();
    }

    /// Fits the curve again (new runs, another fallback) and gives it to a plan on "Mine".
    pub fn refit_curve(&mut self) {
        let fallback = self.settings.runs_fallback;
        self.runs.curve = self
            .runs
            .history
            .as_ref()
            .map(|h| h.curve(fallback, history::MIN_BLOCKS))
            .filter(|c| c.activities > 0);
        if self.settings.plan.model == PaceModel::Personal
            && let Some(c) = &self.runs.curve
        {
            self.settings.plan.personal = Some(Box::new(c.clone()));
        }
    }

    /// New race settings: a built-in model becomes the fallback of "Mine" and drops the
    /// curve; choosing "Mine" takes the runner's curve (a restored plan keeps its own).
    pub fn set_plan(&mut self, mut plan: PlanSettings) {
        if plan.model == PaceModel::Personal {
            let switched = self.settings.plan.model != PaceModel::Personal;
            if (switched || plan.personal.is_none())
                && let Some(c) = &self.runs.curve
            {
                plan.personal = Some(Box::new(c.clone()));
            }
        } else {
            self.settings.runs_fallback = plan.model;
            plan.personal = None;
        }
        self.settings.plan = plan;
    }

    /// The built-in model "Mine" uses where the runner has too few blocks.
    pub fn set_runs_fallback(&mut self, model: PaceModel) {
        if model != PaceModel::Personal {
            self.settings.runs_fallback = model;
            self.refit_curve();
        }
    }
}
