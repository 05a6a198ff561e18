//! Exports from the app: the plan document as JSON or PDF, the training block as a
//! calendar or watch workouts. The core turns the document into bytes; files are written
//! atomically, and the status bar says where they went or why not.

use std::path::Path;

use super::DownhillApp;
use crate::export::{self, ExportError};
use crate::t;

/// A path as the status bar shows it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

impl DownhillApp {
    /// Writes the plan as a PDF race card, atomically.
    pub fn export_pdf(&mut self, path: &Path) {
        self.refresh();
        let (Some(doc), Some(view)) = (self.session.document(), self.session.view()) else {
            return self.error(t!("app-export-no-plan"));
        };
        let result = export::pdf::render(&doc, &view.analysis.profile, self.ui.paper)
            .and_then(|bytes| export::write_atomic(path, &bytes));
        self.finish_export(path, result, t!("app-export-pdf-saved", path = shown(path)));
    }

    /// Writes the plan document as JSON, atomically.
    pub fn export_json(&mut self, path: &Path) {
        self.refresh();
        let Some(doc) = self.session.document() else {
            return self.error(t!("app-export-no-plan"));
        };
        let result = export::json::to_json(&doc)
            .and_then(|text| export::write_atomic(path, text.as_bytes()));
        self.finish_export(
            path,
            result,
            t!("app-export-json-saved", path = shown(path)),
        );
    }

    /// Writes the training calendar (.ics), atomically.
    pub fn export_ics(&mut self, path: &Path) {
        self.refresh();
        let Some(block) = self.session.training_ok() else {
            return self.error(t!("app-export-no-block"));
        };
        let name = self
            .session
            .course()
            .map_or_else(|| t!("app-export-your-race"), |c| c.name.clone());
        let text = crate::training::ics::to_ics(block, &name);
        let result = export::write_atomic(path, text.as_bytes());
        self.finish_export(path, result, t!("app-export-ics-saved", path = shown(path)));
    }

    /// Writes one FIT workout per session into a folder.
    pub fn export_fit(&mut self, dir: &Path) {
        self.refresh();
        let Some(block) = self.session.training_ok() else {
            return self.error(t!("app-export-no-block"));
        };
        match export::write_fit_workouts(block, dir, export::now_unix_s()) {
            Ok(written) => {
                let text = t!("app-export-fit-saved", count = written, path = shown(dir));
                self.finish_export(dir, Ok(()), text);
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    /// Writes the chosen race-day watch files into a folder, all or none.
    pub fn export_watch(&mut self, dir: &Path) {
        self.refresh();
        let (Some(doc), Some(view)) = (self.session.document(), self.session.view()) else {
            return self.error(t!("app-export-no-plan"));
        };
        let mut watch = self.settings.watch.clone();
        watch.race_date = (watch.race_date)
            .or(self.settings.plan.conditions.race_date)
            .or(self.settings.training.race_date);
        let files = self
            .ui
            .watch_files
            .clone()
            .unwrap_or_else(|| export::watch::WatchFile::ALL.to_vec());
        if files.is_empty() {
            return self.error(t!("app-export-no-watch-file"));
        }
        let result =
            export::watch::RaceDay::build(&doc, &view.analysis, &watch, export::now_unix_s())
                .and_then(|day| {
                    export::write_all_atomic(&export::watch::files_in(&day, &files, dir))
                });
        let text = t!(
            "app-export-watch-saved",
            count = files.len(),
            path = shown(dir)
        );
        self.finish_export(dir, result, text);
        if self.message.as_ref().is_some_and(|m| !m.is_error) {
            self.ui.watch_window = false;
        }
    }

    /// Remembers a written file and says where it went, or shows why it failed.
    fn finish_export(&mut self, path: &Path, result: Result<(), ExportError>, done: String) {
        match result {
            Ok(()) => {
                self.exported.push(path.to_path_buf());
                self.info(done);
            }
            Err(e) => self.error(e.to_string()),
        }
    }
}
