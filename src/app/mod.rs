//! The egui/eframe desktop app: drop a GPX, see the descents, tune the plan with sliders.
//!
//! Data flow is one way: a dropped file, File > Open or the command line becomes one
//! "load this" command; a background thread parses it; on success the new course replaces
//! the old one, on failure the old one stays and one sentence is shown. Derived data (the
//! analysis, the plan, plot points) is recomputed only when the course or settings change.

pub mod derived;
pub mod fonts;
pub mod loader;
pub mod plots;
pub mod settings;
pub mod side_panel;
pub mod theme;
pub mod training_panel;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use crate::course::{AnalysisSettings, Course};
use derived::{CourseView, PlanView};
use loader::{LoadJob, Source};
pub use settings::{AppSettings, Units};

/// A message in the status bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub text: String,
    pub is_error: bool,
}

/// Which split table the side panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SplitTab {
    #[default]
    PerUnit,
    Parts,
    Terrain,
}

/// What a file dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    OpenCourse,
    OpenPlan,
    OpenGround,
    SaveJson,
    SavePdf,
    SaveIcs,
    FitFolder,
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
        match kind {
            DialogKind::OpenCourse => d
                .set_title("Open a course")
                .add_filter("GPX course", &["gpx", "GPX"])
                .pick_file(),
            DialogKind::OpenPlan => d
                .set_title("Open a saved plan")
                .add_filter("Downhill Planner plan", &["json"])
                .pick_file(),
            DialogKind::OpenGround => d
                .set_title("Open your training ground")
                .add_filter("GPX", &["gpx", "GPX"])
                .pick_file(),
            DialogKind::SaveIcs => d
                .set_title("Export training calendar")
                .set_file_name(default_name)
                .add_filter("iCalendar", &["ics"])
                .save_file(),
            DialogKind::FitFolder => d
                .set_title("Folder for the watch workouts (FIT)")
                .pick_folder(),
            DialogKind::SaveJson => d
                .set_title("Export plan as JSON")
                .set_file_name(default_name)
                .add_filter("JSON", &["json"])
                .save_file(),
            DialogKind::SavePdf => d
                .set_title("Export plan as PDF")
                .set_file_name(default_name)
                .add_filter("PDF", &["pdf"])
                .save_file(),
        }
    }
}

/// What a finished file dialog answered, and how long it took.
struct DialogResult {
    kind: DialogKind,
    path: Option<PathBuf>,
    took: std::time::Duration,
}

/// The app state.
pub struct DownhillApp {
    pub settings: AppSettings,
    pub analysis_settings: AnalysisSettings,
    pub course: Option<Arc<Course>>,
    pub source: Option<Source>,
    pub view: Option<CourseView>,
    pub plan: Option<Result<PlanView, String>>,
    pub load: Option<LoadJob>,
    pub message: Option<Message>,
    pub selected_descent: Option<usize>,
    pub split_tab: SplitTab,
    pub goal_text: String,
    pub start_text: String,
    pub reset_plot: bool,
    /// Paths written by exports in this session (the newest last).
    pub exported: Vec<PathBuf>,
    /// PDF paper size for exports.
    pub paper: crate::export::pdf::Paper,
    /// The runner's training ground (for the hill finder) and its spots.
    pub ground: Option<(
        Arc<Course>,
        derived::CourseView,
        Vec<crate::training::HillSpot>,
    )>,
    pub ground_load: Option<LoadJob>,
    /// The training block built from the plan, or why not.
    pub training: Option<Result<crate::training::TrainingBlock, String>>,
    pub selected_session: Option<String>,
    /// The file dialogs (replaced in tests).
    pub dialogs: Arc<dyn Dialogs>,
    /// A plan being restored: applied when its course has loaded.
    pub pending_plan: Option<crate::export::json::SavedPlan>,
    plan_dirty: bool,
    dialog: Option<Receiver<DialogResult>>,
    title: String,
}

impl DownhillApp {
    /// Creates the app from eframe's creation context: fonts, stored settings, first course.
    pub fn new(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> DownhillApp {
        fonts::install(&cc.egui_ctx);
        let settings: AppSettings = cc
            .storage
            .and_then(|s| eframe::get_value(s, settings::STORAGE_KEY))
            .unwrap_or_default();
        let mut app = DownhillApp::with_settings(settings);
        app.apply_theme(&cc.egui_ctx);
        // The file on the command line, else the last file opened (if it still exists),
        // else the first bundled sample.
        let last = app.settings.last_file.clone().filter(|p| p.is_file());
        match file.or(last) {
            Some(path) => {
                // Something on screen at once while the file loads.
                app.load_sample_now(0);
                app.message = None;
                app.start_load(Source::Path(path), &cc.egui_ctx);
            }
            None => app.load_sample_now(0),
        }
        app
    }

    /// A fresh app with these settings and no course (tests start here too).
    pub fn with_settings(mut settings: AppSettings) -> DownhillApp {
        if settings.plan.validate().is_err() {
            settings.plan = crate::plan::PlanSettings::default();
        }
        let goal_text = crate::format::hms(settings.plan.goal_time_s);
        let start_text = crate::format::clock_hm(settings.plan.start_clock_s);
        DownhillApp {
            settings,
            analysis_settings: AnalysisSettings::default(),
            course: None,
            source: None,
            view: None,
            plan: None,
            load: None,
            message: None,
            selected_descent: None,
            split_tab: SplitTab::default(),
            goal_text,
            start_text,
            reset_plot: false,
            exported: Vec::new(),
            paper: crate::export::pdf::Paper::A4,
            ground: None,
            ground_load: None,
            training: None,
            selected_session: None,
            dialogs: Arc::new(RfdDialogs),
            pending_plan: None,
            plan_dirty: true,
            dialog: None,
            title: String::new(),
        }
    }

    /// Loads a bundled sample at once (they are small and already in memory).
    pub fn load_sample_now(&mut self, index: usize) {
        match crate::course::sample::SAMPLE_RACES
            .get(index)
            .map(|r| r.load())
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
        self.load = Some(LoadJob::start(source, move || ctx.request_repaint()));
    }

    /// Takes a loaded course: replaces the old one, re-analyses and re-plans.
    pub fn set_course(&mut self, course: Course, source: Source) {
        if let Source::Path(p) = &source {
            self.settings.remember(p.clone());
        }
        let restoring = self.pending_plan.take();
        if let Some(saved) = &restoring {
            self.analysis_settings = saved.analysis_settings.clone();
        }
        let view = CourseView::new(&course, &self.analysis_settings);
        let warnings = view.analysis.warnings.len();
        self.message = (warnings > 0).then(|| Message {
            text: format!(
                "Loaded {} with {warnings} note(s): see Course in the side panel.",
                source.display_name()
            ),
            is_error: false,
        });
        self.course = Some(Arc::new(course));
        self.source = Some(source);
        self.view = Some(view);
        self.selected_descent = None;
        self.settings.plan.overrides.clear();
        if let Some(saved) = restoring {
            let same = self
                .course
                .as_ref()
                .is_some_and(|c| c.fingerprint() == saved.fingerprint);
            self.settings.plan = saved.settings;
            if let Some(t) = saved.training_settings {
                self.settings.training = t;
            }
            self.goal_text = crate::format::hms(self.settings.plan.goal_time_s);
            self.start_text = crate::format::clock_hm(self.settings.plan.start_clock_s);
            self.message = Some(Message {
                text: if same {
                    "Plan restored.".into()
                } else {
                    "Plan restored, but the course file has changed since the plan was saved: check the descents and splits.".into()
                },
                is_error: !same,
            });
        }
        self.plan_dirty = true;
        self.reset_plot = true;
        self.replan();
    }

    fn error(&mut self, text: String) {
        self.message = Some(Message {
            text,
            is_error: true,
        });
    }

    /// Re-plans if the settings changed (cheap: well under a millisecond for a marathon).
    pub fn replan(&mut self) {
        if !self.plan_dirty {
            return;
        }
        self.plan_dirty = false;
        let (Some(course), Some(view)) = (&self.course, &self.view) else {
            return;
        };
        let source = match &self.source {
            Some(Source::Path(p)) => Some(crate::export::json::CourseSource::File {
                path: std::fs::canonicalize(p)
                    .unwrap_or_else(|_| p.clone())
                    .to_string_lossy()
                    .into_owned(),
            }),
            Some(Source::Sample(i)) => crate::course::sample::SAMPLE_RACES.get(*i).map(|r| {
                crate::export::json::CourseSource::Sample {
                    id: r.id.to_string(),
                }
            }),
            _ => None,
        };
        self.plan = Some(
            PlanView::new(course, view, &self.analysis_settings, &self.settings.plan)
                .map(|mut v| {
                    v.plan.source = source;
                    v
                })
                .map_err(|e| e.to_string()),
        );
        self.rebuild_training();
    }

    /// Rebuilds the training block from the plan and the block settings, and puts it in
    /// the plan (so it is exported with it).
    pub fn rebuild_training(&mut self) {
        let (Some(Ok(pv)), Some(view)) = (&mut self.plan, &self.view) else {
            self.training = None;
            return;
        };
        let ctx = crate::training::RaceContext {
            spots: self
                .ground
                .as_ref()
                .map(|g| g.2.clone())
                .unwrap_or_default(),
            ground_name: self.ground.as_ref().map(|g| g.0.name.clone()),
            ..crate::training::RaceContext::from_plan(&pv.plan, &view.analysis.descents)
        };
        let result = crate::training::build_block(
            &self.settings.training,
            &ctx,
            crate::training::Date::today(),
        )
        .map_err(|e| e.to_string());
        pv.plan.training = result.as_ref().ok().cloned();
        self.training = Some(result);
    }

    /// Polls the training-ground load.
    fn poll_ground(&mut self) {
        let Some(job) = &self.ground_load else { return };
        let Some(result) = job.poll() else { return };
        self.ground_load = None;
        match result {
            Ok(course) => {
                let name = course.name.clone();
                self.set_ground(course);
                let n = self.ground.as_ref().map_or(0, |g| g.2.len());
                self.message = Some(Message {
                    text: if n > 0 {
                        format!(
                            "Training ground {name}: {n} stretch(es) suit the downhill workouts."
                        )
                    } else {
                        format!(
                            "No stretch of {name} suits the downhill workouts (2-6 % for 100-300 m)."
                        )
                    },
                    is_error: false,
                });
            }
            Err(e) => self.error(format!("{e} — the training ground was not changed.")),
        }
    }

    /// Takes a training ground: finds its hills and rebuilds the block.
    pub fn set_ground(&mut self, course: Course) {
        let view = CourseView::new(&course, &self.analysis_settings);
        let spots = crate::training::find_hills(&view.analysis.profile);
        self.ground = Some((Arc::new(course), view, spots));
        self.settings_changed();
        self.replan();
    }

    /// Writes the training calendar (.ics), atomically.
    pub fn export_ics(&mut self, path: &std::path::Path) {
        let Some(Ok(block)) = &self.training else {
            return self.error("There is no training block to export yet.".into());
        };
        let name = self
            .course
            .as_ref()
            .map_or("your race".into(), |c| c.name.clone());
        match crate::export::write_atomic(
            path,
            crate::training::ics::to_ics(block, &name).as_bytes(),
        ) {
            Ok(()) => {
                self.exported.push(path.to_path_buf());
                self.message = Some(Message {
                    text: format!("Training calendar saved to {}", path.display()),
                    is_error: false,
                });
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    /// Writes one FIT workout per session into a folder.
    pub fn export_fit(&mut self, dir: &std::path::Path) {
        let Some(Ok(block)) = &self.training else {
            return self.error("There is no training block to export yet.".into());
        };
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let mut written = 0;
        let mut failure = None;
        for s in block.sessions() {
            let path = dir.join(crate::training::fit::file_name(s));
            if let Err(e) =
                crate::export::write_atomic(&path, &crate::training::fit::encode(s, now))
            {
                failure = Some(format!("{e} ({written} workouts were written before it)"));
                break;
            }
            written += 1;
        }
        if let Some(f) = failure {
            return self.error(f);
        }
        self.exported.push(dir.to_path_buf());
        self.message = Some(Message {
            text: format!("{written} watch workouts (FIT) saved in {}", dir.display()),
            is_error: false,
        });
    }

    /// Marks the plan for recomputation (after a setting changed).
    pub fn settings_changed(&mut self) {
        self.plan_dirty = true;
    }

    /// Polls the background load; on failure the old course stays.
    pub fn poll_load(&mut self) {
        let Some(job) = &self.load else { return };
        if let Some(result) = job.poll() {
            let source = job.source.clone();
            self.load = None;
            match result {
                Ok(course) => self.set_course(course, source),
                Err(e) => self.error(format!("{}{}", e, keep_note(&self.course))),
            }
        }
    }

    /// Waits for a background load to finish (tests).
    pub fn finish_load(&mut self) {
        if let Some(job) = self.load.take() {
            let source = job.source.clone();
            match job.wait() {
                Ok(course) => self.set_course(course, source),
                Err(e) => self.error(format!("{}{}", e, keep_note(&self.course))),
            }
        }
    }

    /// Handles files dropped onto the window: the first one is loaded.
    pub fn handle_drops(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        let Some(file) = dropped.first() else { return };
        let path = file.path().to_path_buf();
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            match file.bytes() {
                Ok(bytes) => self.open_plan_bytes(&bytes, ctx),
                Err(e) => self.error(format!("The dropped plan could not be read ({e}).")),
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
                        .unwrap_or_else(|| "dropped file".into()),
                    bytes: Arc::new(bytes),
                },
                Err(e) => {
                    self.error(format!("The dropped file could not be read ({e})."));
                    return;
                }
            }
        };
        if dropped.len() > 1 {
            self.message = Some(Message {
                text: "Several files were dropped; the first one is opened.".into(),
                is_error: false,
            });
        }
        self.start_load(source, ctx);
    }

    /// Shows a file dialog on a helper thread (the window keeps drawing meanwhile).
    pub fn ask(&mut self, kind: DialogKind, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return; // one dialog at a time
        }
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let dialogs = self.dialogs.clone();
        let stem = self
            .course
            .as_ref()
            .map_or("course".into(), |c| file_stem(&c.name));
        let name = match kind {
            DialogKind::SavePdf => format!("{stem}-race-card.pdf"),
            DialogKind::SaveIcs => format!("{stem}-downhill-training.ics"),
            _ => format!("{stem}-plan.json"),
        };
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let t = std::time::Instant::now();
                let path = dialogs.ask(kind, &name);
                let _ = tx.send(DialogResult {
                    kind,
                    path,
                    took: t.elapsed(),
                });
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.dialog = Some(rx);
        }
    }

    /// Opens the course dialog (File > Open course…, Ctrl+O).
    pub fn open_dialog(&mut self, ctx: &egui::Context) {
        self.ask(DialogKind::OpenCourse, ctx);
    }

    fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some(rx) = &self.dialog else { return };
        let Ok(result) = rx.try_recv() else { return };
        self.dialog = None;
        let Some(path) = result.path else {
            if result.took < std::time::Duration::from_millis(150) {
                self.error("No file dialog could be shown on this desktop (no portal or zenity); drop the file onto the window instead.".into());
            }
            return;
        };
        match result.kind {
            DialogKind::OpenCourse => self.start_load(Source::Path(path), ctx),
            DialogKind::OpenPlan => match std::fs::read(&path) {
                Ok(bytes) => self.open_plan_bytes(&bytes, ctx),
                Err(e) => self.error(format!(
                    "Could not read the plan file ({e}): {}",
                    path.display()
                )),
            },
            DialogKind::SaveJson => self.export_json(&path),
            DialogKind::SavePdf => self.export_pdf(&path),
            DialogKind::OpenGround => {
                let ctx = ctx.clone();
                self.ground_load = Some(LoadJob::start(Source::Path(path), move || {
                    ctx.request_repaint()
                }));
            }
            DialogKind::SaveIcs => self.export_ics(&path),
            DialogKind::FitFolder => self.export_fit(&path),
        }
    }

    /// Restores a saved plan: its settings, once its course is loaded. A bad or newer file
    /// changes nothing.
    pub fn open_plan_bytes(&mut self, bytes: &[u8], ctx: &egui::Context) {
        use crate::export::json::{CourseSource, read_plan};
        let saved = match read_plan(bytes) {
            Ok(s) => s,
            Err(e) => return self.error(e.to_string()),
        };
        match saved.source.clone() {
            Some(CourseSource::Sample { id }) => {
                match crate::course::sample::SAMPLE_RACES
                    .iter()
                    .position(|r| r.id == id)
                {
                    Some(i) => {
                        self.pending_plan = Some(saved);
                        self.load_sample_now(i);
                    }
                    None => self.error(format!(
                        "The plan uses a sample course this version does not have ({id})."
                    )),
                }
            }
            Some(CourseSource::File { path }) if std::path::Path::new(&path).is_file() => {
                self.pending_plan = Some(saved);
                self.start_load(Source::Path(PathBuf::from(path)), ctx);
            }
            Some(CourseSource::File { path }) => {
                self.message = Some(Message {
                    text: format!(
                        "The plan's course file was not found at {path}; choose the course GPX to restore the plan."
                    ),
                    is_error: true,
                });
                self.pending_plan = Some(saved);
                self.ask(DialogKind::OpenCourse, ctx);
            }
            None => {
                self.message = Some(Message {
                    text:
                        "The plan does not say which course it was made for; choose the course GPX."
                            .into(),
                    is_error: true,
                });
                self.pending_plan = Some(saved);
                self.ask(DialogKind::OpenCourse, ctx);
            }
        }
    }

    /// Writes the plan as a PDF race card, atomically.
    pub fn export_pdf(&mut self, path: &std::path::Path) {
        let (Some(Ok(plan)), Some(view)) = (&self.plan, &self.view) else {
            self.error("There is no plan to export yet.".into());
            return;
        };
        let result = crate::export::pdf::render(&plan.plan, &view.analysis.profile, self.paper)
            .and_then(|bytes| crate::export::write_atomic(path, &bytes));
        match result {
            Ok(()) => {
                self.exported.push(path.to_path_buf());
                self.message = Some(Message {
                    text: format!("Race card saved to {}", path.display()),
                    is_error: false,
                });
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    /// Writes the current plan as JSON, atomically.
    pub fn export_json(&mut self, path: &std::path::Path) {
        let Some(Ok(view)) = &self.plan else {
            self.error("There is no plan to export yet.".into());
            return;
        };
        let result = crate::export::json::to_json(&view.plan)
            .and_then(|text| crate::export::write_atomic(path, text.as_bytes()));
        match result {
            Ok(()) => {
                self.exported.push(path.to_path_buf());
                self.message = Some(Message {
                    text: format!("Plan saved to {}", path.display()),
                    is_error: false,
                });
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    fn apply_theme(&self, ctx: &egui::Context) {
        ctx.set_theme(if self.settings.dark_mode {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
    }

    /// The whole frame (also called by tests).
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll_load();
        self.poll_ground();
        self.poll_dialog(&ctx);
        self.handle_drops(&ctx);
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::O)) {
            self.open_dialog(&ctx);
        }
        self.replan();
        let title = match &self.course {
            Some(c) => format!("{} — Downhill Planner", c.name),
            None => "Downhill Planner".into(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        egui::Panel::left("side")
            .default_size(430.0)
            .resizable(true)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| side_panel::ui(self, ui));
            });
        egui::CentralPanel::default().show(ui, |ui| plots::ui(self, ui));
        self.replan();
        self.drop_overlay(&ctx);
        if self.load.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui
                    .add(egui::Button::new("Open course…").shortcut_text("Ctrl+O"))
                    .clicked()
                {
                    self.open_dialog(&ctx);
                }
                if ui
                    .button("Open plan…")
                    .on_hover_text("Restore a plan saved as JSON, with its course and settings.")
                    .clicked()
                {
                    self.ask(DialogKind::OpenPlan, &ctx);
                }
                ui.menu_button("Sample courses", |ui| {
                    for (i, race) in crate::course::sample::SAMPLE_RACES.iter().enumerate() {
                        if ui.button(race.title).clicked() {
                            self.load_sample_now(i);
                        }
                    }
                });
                ui.menu_button("Recent files", |ui| {
                    if self.settings.recent_files.is_empty() {
                        ui.label("No recent files yet");
                    }
                    for path in self.settings.recent_files.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.start_load(Source::Path(path), &ctx);
                        }
                    }
                });
                ui.separator();
                let has_plan = matches!(self.plan, Some(Ok(_)));
                if ui
                    .add_enabled(has_plan, egui::Button::new("Export plan as JSON…"))
                    .clicked()
                {
                    self.ask(DialogKind::SaveJson, &ctx);
                }
                if ui
                    .add_enabled(has_plan, egui::Button::new("Export plan as PDF…"))
                    .clicked()
                {
                    self.ask(DialogKind::SavePdf, &ctx);
                }
                ui.menu_button("PDF paper size", |ui| {
                    ui.radio_value(&mut self.paper, crate::export::pdf::Paper::A4, "A4");
                    ui.radio_value(
                        &mut self.paper,
                        crate::export::pdf::Paper::Letter,
                        "US Letter",
                    );
                });
                let has_block = matches!(self.training, Some(Ok(_)));
                if ui
                    .add_enabled(
                        has_block,
                        egui::Button::new("Export training calendar (.ics)…"),
                    )
                    .clicked()
                {
                    self.ask(DialogKind::SaveIcs, &ctx);
                }
                if ui
                    .add_enabled(has_block, egui::Button::new("Export watch workouts (FIT)…"))
                    .clicked()
                {
                    self.ask(DialogKind::FitFolder, &ctx);
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("View", |ui| {
                ui.label("Units");
                ui.radio_value(&mut self.settings.units, Units::Km, "Kilometres");
                ui.radio_value(&mut self.settings.units, Units::Miles, "Miles");
                ui.separator();
                if ui
                    .checkbox(&mut self.settings.dark_mode, "Dark theme")
                    .changed()
                {
                    self.apply_theme(&ctx);
                }
                ui.checkbox(
                    &mut self.settings.grade_colouring,
                    "Colour the profile by grade",
                );
                if ui.button("Reset zoom").clicked() {
                    self.reset_plot = true;
                }
            });
        });
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if let Some(job) = &self.load {
                ui.spinner();
                ui.label(format!("Loading {}…", job.source.display_name()));
                if let Some(p) = job.progress() {
                    ui.add(
                        egui::ProgressBar::new(p)
                            .desired_width(160.0)
                            .show_percentage(),
                    );
                }
            }
            if let Some(m) = &self.message {
                let color = if m.is_error {
                    theme::ERROR
                } else {
                    ui.visuals().text_color()
                };
                ui.colored_label(color, &m.text);
            } else if self.load.is_none() {
                ui.weak("Drop a GPX file anywhere on the window to open it.");
            }
        });
    }

    fn drop_overlay(&self, ctx: &egui::Context) {
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if !hovering {
            return;
        }
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop-overlay"),
        ));
        let rect = ctx.content_rect();
        painter.rect_filled(rect, 0.0, theme::OVERLAY);
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            "Drop the GPX to open it as the course.\nThe current plan stays if the file cannot be read.",
            egui::FontId::proportional(22.0),
            egui::Color32::WHITE,
        );
    }
}

fn keep_note(course: &Option<Arc<Course>>) -> &'static str {
    if course.is_some() {
        " — the previous course is still shown."
    } else {
        ""
    }
}

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

impl eframe::App for DownhillApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, settings::STORAGE_KEY, &self.settings);
    }
}

/// Opens the window.
pub fn run(file: Option<PathBuf>) -> std::process::ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Downhill Planner")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 560.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    match eframe::run_native(
        "Downhill Planner",
        options,
        Box::new(move |cc| Ok(Box::new(DownhillApp::new(cc, file)))),
    ) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "error: The window could not be opened ({e}); the command line still works, see --help."
            );
            std::process::ExitCode::from(2)
        }
    }
}
