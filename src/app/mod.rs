//! The egui/eframe desktop app: drop a GPX, see the descents, tune the plan with sliders.
//!
//! A thin shell around five things: the persisted [`AppSettings`], the [`Session`] (the
//! loaded course and what is derived from it, memoized by input), the [`UiState`]
//! (selection, tabs, paper), background [`Jobs`] (loads, a file dialog) and the
//! [`dialogs::Dialogs`]. Each frame: poll the jobs, bring the session up to date, let the
//! panels draw from read-only state and return [`Command`]s, apply the commands in one
//! place ([`DownhillApp::apply`]), and bring the session up to date again.
//!
//! Where things go: a new side-panel section in `panels/`, a new menu entry in `menu.rs`
//! (it returns a command), a new export in `exports.rs` (bytes come from `crate::export`),
//! a new kind of file to open in `open.rs`, colours in `theme.rs` (from `crate::palette`).

pub mod command;
mod corrections;
pub mod debrief;
pub mod derived;
pub mod dialogs;
mod exports;
pub mod fonts;
pub mod loader;
pub mod map;
pub mod menu;
mod open;
pub mod panels;
pub mod plots;
pub mod profile_edit;
pub mod runs;
pub mod session;
pub mod settings;
pub mod status;
pub mod theme;
pub mod watch_export;

use std::path::PathBuf;
use std::sync::Arc;

use crate::course::AnalysisSettings;
use crate::export::json::SavedPlan;
use crate::export::pdf::Paper;
pub use command::Command;
pub use dialogs::{DialogKind, Dialogs, RfdDialogs};
use loader::LoadJob;
use panels::Panels;
pub use session::Session;
pub use settings::{AppSettings, Units};
pub use status::Message;

/// Which split table the side panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SplitTab {
    /// Per km or per mile.
    #[default]
    PerUnit,
    /// Per course part (each climb, descent and the flats between).
    Parts,
    /// By terrain (climbs, descents, flats).
    Terrain,
}

/// What the user is looking at: selection, tabs, paper, zoom reset. Not persisted.
#[derive(Debug, Default)]
pub struct UiState {
    /// The selected descent, by index in the analysis.
    pub selected_descent: Option<usize>,
    /// The selected training session, by id.
    pub selected_session: Option<String>,
    /// Which split table is shown.
    pub split_tab: SplitTab,
    /// Reset the plots' zoom on the next frame.
    pub reset_plot: bool,
    /// Paper size of the PDF race card.
    pub paper: Paper,
    /// Earlier corrections of the course on screen, the newest last (Ctrl+Z).
    pub undo: Vec<crate::course::Corrections>,
    /// Undone corrections, the newest last (Ctrl+Shift+Z).
    pub redo: Vec<crate::course::Corrections>,
    /// The "remove every correction?" question is open.
    pub confirm_reset: bool,
    /// A stretch picked on the profile (metres), waiting for what it is.
    pub stretch: Option<(f64, f64)>,
    /// "Add descent" mode: a plain drag on the profile picks a stretch.
    pub add_mode: bool,
    /// The "Export for watch" window is open.
    pub watch_window: bool,
    /// The watch files chosen in that window (None = all four).
    pub watch_files: Option<Vec<crate::export::watch::WatchFile>>,
    /// The place on the course under the pointer, on the map or the profile.
    pub hover: Option<map::Hover>,
}

/// Work running in the background.
#[derive(Default)]
pub struct Jobs {
    /// The course being loaded.
    pub load: Option<LoadJob>,
    /// The training ground being loaded.
    pub ground: Option<LoadJob>,
    /// The file dialog being shown.
    pub dialog: Option<dialogs::DialogJob>,
}

/// What panels read: everything on screen, borrowed read-only for one frame.
pub struct AppView<'a> {
    /// The persisted settings.
    pub settings: &'a AppSettings,
    /// The course and its derived data.
    pub session: &'a Session,
    /// Selection and tabs.
    pub ui: &'a UiState,
    /// The status message.
    pub message: Option<&'a Message>,
    /// The course load in progress.
    pub loading: Option<&'a LoadJob>,
    /// The runner's corrections to the course on screen.
    pub corrections: &'a crate::course::Corrections,
    /// The language of the window.
    pub lang: crate::i18n::Lang,
    /// The runner's own runs and their curve.
    pub runs: &'a runs::Runs,
}

/// The app state.
pub struct DownhillApp {
    /// Everything remembered between runs.
    pub settings: AppSettings,
    /// How the course is read (restored from a plan file; defaults otherwise).
    pub analysis_settings: AnalysisSettings,
    /// The loaded course and its derived data.
    pub session: Session,
    /// Selection, tabs, paper.
    pub ui: UiState,
    /// The panels' own small state.
    pub panels: Panels,
    /// Loads and the file dialog in the background.
    pub jobs: Jobs,
    /// The status message.
    pub message: Option<Message>,
    /// Paths written by exports in this session (the newest last).
    pub exported: Vec<PathBuf>,
    /// The file dialogs (replaced in tests).
    pub dialogs: Arc<dyn Dialogs>,
    /// A plan being restored: applied when its course has loaded.
    pub pending_plan: Option<SavedPlan>,
    /// A drag on the profile in progress (an end of a descent, a stretch).
    pub profile_edit: profile_edit::ProfileEdit,
    /// The race debrief being made and the one on screen.
    pub debrief: debrief::DebriefState,
    /// The runner's own runs: the import in progress, the history, the curve.
    pub runs: runs::Runs,
    /// The map's view (centre, scale) and what it drew.
    pub map: map::MapState,
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
        // The first start follows the system's language; View > Language remembers a choice.
        let mut settings = settings;
        settings.lang = Some(settings.lang.unwrap_or_else(crate::i18n::Lang::from_env));
        let mut app = DownhillApp::with_settings(settings);
        app.apply_theme(&cc.egui_ctx);
        app.runs.cache = crate::history::folder::default_cache();
        app.resume_runs(&cc.egui_ctx);
        // Something on screen at once: the first bundled sample. Then the file on the
        // command line, else the last file opened (if it still exists), loads over it.
        app.load_sample_now(0);
        let last = app.settings.last_file.clone().filter(|p| p.is_file());
        if let Some(path) = file.or(last) {
            app.message = None;
            app.start_load(loader::Source::Path(path), &cc.egui_ctx);
        }
        app
    }

    /// A fresh app with these settings and no course (tests start here too).
    pub fn with_settings(mut settings: AppSettings) -> DownhillApp {
        if settings.plan.validate().is_err() {
            settings.plan = crate::plan::PlanSettings::default();
        }
        DownhillApp {
            settings,
            analysis_settings: AnalysisSettings::default(),
            session: Session::default(),
            ui: UiState::default(),
            panels: Panels::default(),
            jobs: Jobs::default(),
            message: None,
            exported: Vec::new(),
            dialogs: Arc::new(RfdDialogs),
            pending_plan: None,
            profile_edit: profile_edit::ProfileEdit::default(),
            debrief: debrief::DebriefState::default(),
            runs: runs::Runs::default(),
            map: map::MapState::default(),
            title: String::new(),
        }
    }

    /// The language of the window and the exports (English until one is chosen).
    pub fn lang(&self) -> crate::i18n::Lang {
        self.settings.lang.unwrap_or_default()
    }

    /// Brings the derived data up to date with the settings (only what changed).
    pub fn refresh(&mut self) {
        crate::i18n::set_current(self.lang());
        self.session.update(&session::Inputs {
            lang: self.lang(),
            analysis: &self.analysis_settings,
            plan: &self.settings.plan,
            training: &self.settings.training,
            today: crate::date::Date::today(),
        });
    }

    /// Shows an error sentence in the status bar (control and bidirectional characters
    /// of names and paths in it escaped).
    pub fn error(&mut self, text: String) {
        self.message = Some(Message {
            text: crate::format::printable_owned(text),
            is_error: true,
        });
    }

    /// Shows a sentence in the status bar (names and paths in it escaped, as errors).
    pub fn info(&mut self, text: String) {
        self.message = Some(Message {
            text: crate::format::printable_owned(text),
            is_error: false,
        });
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
        // Everything drawn and built on this thread in this frame is in the chosen language.
        crate::i18n::set_current(self.lang());
        self.poll_loads();
        self.poll_runs();
        self.poll_dialog(&ctx);
        self.poll_debrief();
        self.handle_drops(&ctx);
        let mut commands = Vec::new();
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::O)) {
            commands.push(Command::Ask(DialogKind::OpenCourse));
        }
        commands.extend(corrections::shortcuts(&ctx));
        self.refresh();
        self.set_title(&ctx);
        let reset = std::mem::take(&mut self.ui.reset_plot);
        let view = AppView {
            settings: &self.settings,
            session: &self.session,
            ui: &self.ui,
            message: self.message.as_ref(),
            loading: self.jobs.load.as_ref(),
            corrections: &self.analysis_settings.corrections,
            lang: self.lang(),
            runs: &self.runs,
        };
        let panels = &mut self.panels;
        egui::Panel::top("menu").show(ui, |ui| menu::menu_ui(ui, &view, &mut commands));
        egui::Panel::bottom("status").show(ui, |ui| status::status_ui(ui, &view));
        egui::Panel::left("side")
            .default_size(430.0)
            .resizable(true)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    panels::side_panel_ui(ui, &view, panels, &mut commands);
                });
            });
        let edit = &mut self.profile_edit;
        let map_state = &mut self.map;
        let show_map =
            self.settings.show_map && self.session.view().is_some_and(|v| v.map.is_some());
        egui::CentralPanel::default().show(ui, |ui| {
            if show_map {
                // Above the profile, full width: the two read together along the course.
                egui::Panel::top("map")
                    .default_size(ui.available_height() * 0.42)
                    .min_size(160.0)
                    .resizable(true)
                    .show(ui, |ui| map::ui(ui, &view, map_state, reset, &mut commands));
            }
            plots::ui(ui, &view, edit, reset, &mut commands);
        });
        corrections::dialogs_ui(&ctx, &view, &mut commands);
        watch_export::window_ui(&ctx, &view, &mut self.panels.watch, &mut commands);
        debrief::window_ui(&ctx, &self.debrief, &mut commands);
        status::drop_overlay(&ctx);
        for command in commands {
            self.apply(command, &ctx);
        }
        if self.jobs.load.is_some() || self.debrief.busy() || self.runs.job.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn set_title(&mut self, ctx: &egui::Context) {
        let title = match self.session.course() {
            Some(c) => format!("{} — Downhill Planner", crate::format::printable(&c.name)),
            None => "Downhill Planner".into(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl eframe::App for DownhillApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, settings::STORAGE_KEY, &self.settings);
    }
}

/// The application id: the name of the desktop entry (assets/downhill-planner.desktop), the
/// window's Wayland app id and X11 class, so the desktop shows the window with its icon.
pub const APP_ID: &str = "downhill-planner";

/// Opens the window.
pub fn run(file: Option<PathBuf>) -> std::process::ExitCode {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Downhill Planner")
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([900.0, 560.0])
        .with_drag_and_drop(true);
    // The bundled PNG always decodes (a test checks); eframe's own icon is the fallback.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(crate::assets::APP_ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        // Settings stay in the folder earlier versions used: eframe names it after the app
        // id, which was "Downhill Planner" before the app had a desktop entry.
        persistence_path: eframe::storage_dir("Downhill Planner").map(|dir| dir.join("app.ron")),
        ..Default::default()
    };
    match eframe::run_native(
        "Downhill Planner",
        options,
        Box::new(move |cc| Ok(Box::new(DownhillApp::new(cc, file)))),
    ) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            let lang = crate::i18n::Lang::from_env();
            let text = crate::i18n::with_lang(lang, || {
                crate::t!("app-window-failed", error = e.to_string())
            });
            eprintln!("{text}");

            std::process::ExitCode::from(2)
        }
    }
}
