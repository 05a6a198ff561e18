//! Opening things: courses (dropped, chosen, from the command line, samples), saved plans
//! and the training ground. Loads run in the background; on failure the previous course
//! and plan stay on screen and one sentence says why.

use std::path::PathBuf;
use std::sync::Arc;

use super::DownhillApp;
use super::dialogs::{DialogAnswer, DialogJob, DialogKind};
use super::loader::{LoadJob, Source};
use crate::course::Course;
use crate::export::json::{CourseSource, read_plan};
use crate::t;

impl DownhillApp {
    /// Loads a bundled sample at once (they are small and already in memory).
    pub fn load_sample_now(&mut self, index: usize) {
        match crate::course::sample::SAMPLE_RACES
            .get(index)
            .map(crate::course::sample::SampleRace::load)
        {
            Some(Ok(course)) => self.set_course(course, Source::Sample(index)),
            Some(Err(e)) => self.error(e.to_string()),
            None => {}
        }
    }

    /// Starts loading in the background; the current course stays until it succeeds.
    pub fn start_load(&mut self, source: Source, ctx: &egui::Context) {
        if let Source::Sample(i) = source {
            self.load_sample_now(i);
            return;
        }
        let ctx = ctx.clone();
        self.message = None;
        self.jobs.load = Some(LoadJob::start(source, move || ctx.request_repaint()));
    }

    /// Takes a loaded course: replaces the old one; a plan being restored takes effect.
    pub fn set_course(&mut self, course: Course, source: Source) {
        if let Source::Path(p) = &source {
            self.settings.remember(p.clone());
        }
        let restoring = self.pending_plan.take();
        if let Some(saved) = &restoring {
            self.analysis_settings = saved.analysis_settings.clone();
        }
        let name = source.display_name();
        let old_distance_m = self.session.course().map(|c| c.distance_m());
        let new_distance_m = course.distance_m();
        let fingerprint = course.fingerprint();
        let same_course = restoring
            .as_ref()
            .map(|saved| fingerprint == saved.fingerprint);
        let restored = restoring
            .as_ref()
            .map(|saved| saved.analysis_settings.corrections.clone());
        self.corrections_for(&fingerprint, restored);
        self.session.set_course(course, source);
        self.settings.plan.overrides.clear();
        self.ui.selected_descent = None;
        self.ui.reset_plot = true;
        let mut goal_note = None;
        if let Some(saved) = restoring {
            self.settings.plan = saved.settings;
            if let Some(t) = saved.training_settings {
                self.settings.training = t;
            }
        } else if let Some(old_m) = old_distance_m {
            goal_note = self.fit_goal(old_m, new_distance_m);
        }
        self.refresh();
        self.message = None;
        if let Some(note) = goal_note {
            return self.info(note);
        }
        match same_course {
            Some(true) => self.info(t!("open-plan-restored")),
            Some(false) => self.error(t!("open-plan-restored-changed")),
            None => {
                let notes = self.session.view().map_or(0, |v| v.analysis.warnings.len());
                if notes > 0 {
                    self.info(t!("open-loaded-notes", name = name, count = notes));
                }
            }
        }
    }

    /// When the goal cannot be run on a course of this length (the Race slider's range), it
    /// keeps the runner's average pace from the previous course instead; says so.
    fn fit_goal(&mut self, old_distance_m: f64, new_distance_m: f64) -> Option<String> {
        let goal = self.settings.plan.goal_time_s;
        let (lo, hi) = super::panels::goal_range_s(new_distance_m);
        if (lo..=hi).contains(&goal) || old_distance_m <= 0.0 {
            return None;
        }
        let pace_s_per_km = goal / (old_distance_m / 1000.0);
        let fitted =
            ((pace_s_per_km * new_distance_m / 1000.0 / 60.0).round() * 60.0).clamp(lo, hi);
        self.settings.plan.goal_time_s = fitted;
        Some(t!(
            "open-goal-fitted",
            goal = crate::format::hms(goal),
            km = crate::i18n::number(new_distance_m / 1000.0, 1),
            fitted = crate::format::hms(fitted),
            pace = crate::format::pace(pace_s_per_km),
        ))
    }

    /// Sets the training ground and finds its stretches.
    pub fn set_ground(&mut self, course: Course) {
        self.session.set_ground(course);
        self.refresh();
    }

    /// Polls the background loads (course and training ground).
    pub fn poll_loads(&mut self) {
        if let Some(result) = self.jobs.load.as_ref().and_then(LoadJob::poll) {
            let job = self.jobs.load.take();
            self.take_course(result, job.map(|j| j.source));
        }
        if let Some(result) = self.jobs.ground.as_ref().and_then(LoadJob::poll) {
            self.jobs.ground = None;
            match result {
                Ok(course) => self.take_ground(course),
                Err(e) => self.error(t!("open-ground-failed", error = e.to_string())),
            }
        }
    }

    /// Waits for a background course load to finish (tests).
    pub fn finish_load(&mut self) {
        if let Some(job) = self.jobs.load.take() {
            let source = job.source.clone();
            let result = job.wait();
            self.take_course(result, Some(source));
        }
    }

    fn take_course(
        &mut self,
        result: Result<Course, crate::course::LoadError>,
        source: Option<Source>,
    ) {
        match (result, source) {
            (Ok(course), Some(source)) => self.set_course(course, source),
            (Ok(_), None) => {}
            (Err(e), _) => {
                let text = if self.session.course().is_some() {
                    t!("open-load-failed-kept", error = e.to_string())
                } else {
                    e.to_string()
                };
                self.error(text);
            }
        }
    }

    fn take_ground(&mut self, course: Course) {
        let name = course.name.clone();
        self.set_ground(course);
        let n = self.session.ground().map_or(0, |g| g.spots.len());
        self.info(if n > 0 {
            t!("open-ground-loaded", name = name, count = n)
        } else {
            crate::training::hills::no_stretch_note(&name)
        });
    }

    /// Handles files dropped onto the window: the first one is opened (a `.json` as a plan).
    pub fn handle_drops(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        let Some(file) = dropped.first() else { return };
        let path = file.path().to_path_buf();
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            // A file on disk is read with the same checks as "Open plan..." (a regular
            // file, a size limit); bytes without a file as they come.
            let bytes = if !path.as_os_str().is_empty() && path.exists() {
                crate::export::read_limited(&path, crate::export::MAX_PLAN_FILE_BYTES)
                    .map_err(|e| e.to_string())
            } else {
                file.bytes()
                    .map_err(|e| t!("open-dropped-plan-unreadable", error = e))
            };
            match bytes {
                Ok(bytes) => self.open_plan_bytes(&bytes, ctx),
                Err(e) => self.error(e),
            }
            return;
        }
        let source = if !path.as_os_str().is_empty() && path.exists() {
            Source::Path(path)
        } else {
            match file.bytes() {
                Ok(bytes) => Source::Bytes {
                    name: path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_else(|| t!("open-dropped-file")),
                    bytes: Arc::new(bytes),
                },
                Err(e) => {
                    return self.error(t!("open-dropped-unreadable", error = e));
                }
            }
        };
        self.start_load(source, ctx);
        if dropped.len() > 1 {
            self.info(t!("open-several-dropped"));
        }
    }

    /// Shows a file dialog on a helper thread (the window keeps drawing meanwhile).
    pub fn ask(&mut self, kind: DialogKind, ctx: &egui::Context) {
        if self.jobs.dialog.is_some() {
            return; // one dialog at a time
        }
        let stem = self
            .session
            .course()
            .map_or("course".into(), |c| file_stem(&c.name));
        let ctx = ctx.clone();
        self.jobs.dialog = DialogJob::start(
            self.dialogs.clone(),
            kind,
            kind.default_name(&stem),
            move || ctx.request_repaint(),
        );
    }

    /// Acts on a dialog's answer.
    pub fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some(answer) = self.jobs.dialog.as_ref().and_then(DialogJob::poll) else {
            return;
        };
        self.jobs.dialog = None;
        self.answered(answer, ctx);
    }

    fn answered(&mut self, answer: DialogAnswer, ctx: &egui::Context) {
        let unavailable = answer.was_unavailable();
        let Some(path) = answer.path else {
            if unavailable {
                self.error(t!("open-no-dialog"));
            }
            return;
        };
        match answer.kind {
            DialogKind::OpenCourse => self.start_load(Source::Path(path), ctx),
            DialogKind::OpenPlan => {
                match crate::export::read_limited(&path, crate::export::MAX_PLAN_FILE_BYTES) {
                    Ok(bytes) => self.open_plan_bytes(&bytes, ctx),
                    Err(e) => self.error(e.to_string()),
                }
            }
            DialogKind::OpenGround => {
                let ctx = ctx.clone();
                self.jobs.ground = Some(LoadJob::start(Source::Path(path), move || {
                    ctx.request_repaint();
                }));
            }
            DialogKind::OpenRecording => self.open_recording(path, ctx),
            DialogKind::SaveJson => self.export_json(&path),
            DialogKind::SavePdf => self.export_pdf(&path),
            DialogKind::SaveIcs => self.export_ics(&path),
            DialogKind::FitFolder => self.export_fit(&path),
            DialogKind::WatchFolder => self.export_watch(&path),
            DialogKind::ImportRunsFile | DialogKind::ImportRunsFolder => {
                self.import_runs(path, ctx);
            }
        }
    }

    /// Restores a saved plan: its settings, once its course is loaded. A bad or newer file
    /// changes nothing.
    pub fn open_plan_bytes(&mut self, bytes: &[u8], ctx: &egui::Context) {
        let saved = match read_plan(bytes) {
            Ok(s) => s,
            Err(e) => return self.error(e.to_string()),
        };
        let source = saved.source.clone();
        self.pending_plan = Some(saved);
        match source {
            Some(CourseSource::Sample { id }) => {
                match crate::course::sample::SAMPLE_RACES
                    .iter()
                    .position(|r| r.id == id)
                {
                    Some(i) => self.load_sample_now(i),
                    None => {
                        self.pending_plan = None;
                        self.error(t!("open-plan-unknown-sample", id = id));
                    }
                }
            }
            Some(CourseSource::File { path }) if std::path::Path::new(&path).is_file() => {
                self.start_load(Source::Path(PathBuf::from(path)), ctx);
            }
            Some(CourseSource::File { path }) => {
                self.error(t!("open-plan-course-missing", path = path));
                self.ask(DialogKind::OpenCourse, ctx);
            }
            None => {
                self.error(t!("open-plan-no-course"));

                self.ask(DialogKind::OpenCourse, ctx);
            }
        }
    }
}

/// A file-name stem from a course name: lower case, words joined by dashes.
fn file_stem(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    s.split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}
