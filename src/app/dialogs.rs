//! The system file dialogs: what each is for, the native implementation (rfd), and a job
//! that shows one on a helper thread so the window keeps drawing.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use crate::t;

/// What a file dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    /// Open a course GPX.
    OpenCourse,
    /// Open a saved plan (JSON).
    OpenPlan,
    /// Open the runner's training ground (GPX).
    OpenGround,
    /// Open a race recording (GPX, TCX, FIT) for the debrief.
    OpenRecording,
    /// Where to save the plan as JSON.
    SaveJson,
    /// Where to save the PDF race card.
    SavePdf,
    /// Where to save the training calendar.
    SaveIcs,
    /// Folder for the watch workouts.
    FitFolder,
    /// Folder for the race-day watch files (course, timed GPX, TCX, race workout).
    WatchFolder,
    /// One of the runner's own activities (GPX, TCX, FIT with times).
    ImportRunsFile,
    /// A folder of the runner's own activities.
    ImportRunsFolder,
}

impl DialogKind {
    /// The file name a save dialog suggests, from the course's file stem.
    pub fn default_name(self, stem: &str) -> String {
        match self {
            DialogKind::SavePdf => format!("{stem}-race-card.pdf"),
            DialogKind::SaveIcs => format!("{stem}-downhill-training.ics"),
            _ => format!("{stem}-plan.json"),
        }
    }
}

/// The system file dialogs, behind a trait so tests can answer them.
pub trait Dialogs: Send + Sync {
    /// Shows the dialog (called on a helper thread); None when cancelled or unavailable.
    fn ask(&self, kind: DialogKind, default_name: &str) -> Option<PathBuf>;
}

/// Native dialogs through rfd (xdg portal, else zenity).
pub struct RfdDialogs;

impl Dialogs for RfdDialogs {
    fn ask(&self, kind: DialogKind, default_name: &str) -> Option<PathBuf> {
        let d = rfd::FileDialog::new();
        let gpx = ["gpx", "GPX"];
        match kind {
            DialogKind::OpenCourse => d
                .set_title(t!("dialog-open-course"))
                .add_filter(t!("dialog-gpx-course"), &gpx)
                .pick_file(),
            DialogKind::OpenPlan => d
                .set_title(t!("dialog-open-plan"))
                .add_filter(t!("dialog-plan-file"), &["json"])
                .pick_file(),
            DialogKind::OpenGround => d
                .set_title(t!("dialog-open-ground"))
                .add_filter("GPX", &gpx)
                .pick_file(),
            DialogKind::OpenRecording => d
                .set_title(t!("dialog-open-recording"))
                .add_filter(
                    t!("dialog-filter-activity"),
                    &["gpx", "tcx", "fit", "GPX", "TCX", "FIT"],
                )
                .pick_file(),
            DialogKind::FitFolder => d.set_title(t!("dialog-fit-folder")).pick_folder(),
            DialogKind::WatchFolder => d.set_title(t!("dialog-watch-folder")).pick_folder(),
            DialogKind::SaveIcs => {
                save(d, &t!("dialog-save-ics"), default_name, "iCalendar", "ics")
            }
            DialogKind::SaveJson => save(d, &t!("dialog-save-json"), default_name, "JSON", "json"),
            DialogKind::SavePdf => save(d, &t!("dialog-save-pdf"), default_name, "PDF", "pdf"),
            DialogKind::ImportRunsFile => d
                .set_title(t!("dialog-import-run"))
                .add_filter(
                    t!("dialog-timed-activity"),
                    &["gpx", "GPX", "tcx", "TCX", "fit", "FIT"],
                )
                .pick_file(),
            DialogKind::ImportRunsFolder => {
                d.set_title(t!("dialog-import-runs-folder")).pick_folder()
            }
        }
    }
}

fn save(d: rfd::FileDialog, title: &str, name: &str, filter: &str, ext: &str) -> Option<PathBuf> {
    d.set_title(title)
        .set_file_name(name)
        .add_filter(filter, &[ext])
        .save_file()
}

/// What a finished file dialog answered.
pub struct DialogAnswer {
    /// What the dialog was for.
    pub kind: DialogKind,
    /// The chosen path; None when cancelled or when no dialog could be shown.
    pub path: Option<PathBuf>,
    /// How long it was open: a None after a few milliseconds means no dialog was shown.
    pub took: Duration,
}

impl DialogAnswer {
    /// True when the dialog could not be shown at all (no portal, no zenity).
    pub fn was_unavailable(&self) -> bool {
        self.path.is_none() && self.took < Duration::from_millis(150)
    }
}

/// A dialog open on a helper thread.
pub struct DialogJob {
    rx: Receiver<DialogAnswer>,
}

impl DialogJob {
    /// Shows the dialog on a named thread; `wake` is called when it is answered.
    pub fn start(
        dialogs: Arc<dyn Dialogs>,
        kind: DialogKind,
        default_name: String,
        wake: impl Fn() + Send + 'static,
    ) -> Option<DialogJob> {
        let (tx, rx) = channel();
        // The dialog's title is in the window's language (a new thread starts in English).
        let lang = crate::i18n::current();
        std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let t = Instant::now();
                let path = crate::i18n::with_lang(lang, || dialogs.ask(kind, &default_name));

                let _ = tx.send(DialogAnswer {
                    kind,
                    path,
                    took: t.elapsed(),
                });
                wake();
            })
            .ok()?;
        Some(DialogJob { rx })
    }

    /// The answer, once the dialog is closed.
    pub fn poll(&self) -> Option<DialogAnswer> {
        self.rx.try_recv().ok()
    }
}
