//! What the user asked for: panels and menus return commands, and the app applies them in
//! one place after the frame (the shape of egui's demo app). Applying a command changes
//! settings or UI state; the session then recomputes what depends on them.

use std::path::PathBuf;

use super::dialogs::DialogKind;
use super::loader::Source;
use super::settings::Units;
use super::{DownhillApp, SplitTab};
use crate::course::Corrections;
use crate::export::pdf::Paper;
use crate::export::watch::{WatchFile, WatchSettings};
use crate::plan::PlanSettings;
use crate::training::BlockSettings;

/// One thing the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show a file dialog (open a course, a plan, a training ground; choose where to save).
    Ask(DialogKind),
    /// Load a course from a file or bytes, in the background.
    Load(Source),
    /// Load a bundled sample course.
    LoadSample(usize),
    /// New race settings (goal, start, strategy, per-descent limits), boxed (they are large).
    SetPlan(Box<PlanSettings>),
    /// New training block settings (including per-session changes).
    SetTraining(BlockSettings),
    /// Display units.
    SetUnits(Units),
    /// Light or dark theme.
    SetDarkMode(bool),
    /// Colour the profile line by grade.
    SetGradeColouring(bool),
    /// Paper size of the PDF race card.
    SetPaper(Paper),
    /// Reset the plots' zoom.
    ResetZoom,
    /// Show the map above the profile (or hide it).
    ShowMap(bool),
    /// The place under the pointer on the map or the profile (None when it leaves).
    Hover(Option<super::map::Hover>),
    /// Select a descent (or none).
    SelectDescent(Option<usize>),
    /// Select a training session (or none), by id.
    SelectSession(Option<String>),
    /// Which split table the side panel shows.
    SetSplitTab(SplitTab),
    /// Export the plan as JSON to this path.
    ExportJson(PathBuf),
    /// Export the race card as PDF to this path.
    ExportPdf(PathBuf),
    /// Open (true) or close the "Export for watch" window.
    ShowWatchExport(bool),
    /// Which watch files to write.
    SetWatchFiles(Vec<WatchFile>),
    /// Race date, time zone and limits of the watch files.
    SetWatch(WatchSettings),
    /// Write the chosen watch files into this folder.
    ExportWatch(PathBuf),
    /// The runner's corrections to the course on screen (undoable, remembered per course).
    Correct(Corrections),
    /// Undo the last correction.
    Undo,
    /// Redo the last undone correction.
    Redo,
    /// Ask before removing every correction of this course (true), or close the question.
    ConfirmReset(bool),
    /// A stretch chosen on the profile (metres), waiting for what it is; None closes it.
    ChooseStretch(Option<(f64, f64)>),
    /// "Add descent" mode: a plain drag on the profile picks a stretch.
    SetAddMode(bool),
    /// Switch the language of the window, the exports and the plan's texts.
    SetLang(crate::i18n::Lang),
    /// Debrief this race recording against the plan on screen (in the background).
    OpenRecording(PathBuf),
    /// Open (true) or close the "Race debrief" window.
    ShowDebrief(bool),
    /// Set the watch over-read to the one measured in the debrief.
    PlanNextFromDebrief,
    /// Import the runner's own runs from a file or folder (added to the remembered ones).
    ImportRuns(PathBuf),
    /// Stop the import of runs in progress.
    CancelRuns,
    /// Forget the runner's runs (the plan falls back to the built-in model).
    RemoveRuns,
    /// The built-in model "Mine" falls back to where the runner has too few blocks.
    SetRunsFallback(crate::plan::PaceModel),
    /// Close the window.
    Quit,
}

impl DownhillApp {
    /// Applies one command.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Ask(kind) => self.ask(kind, ctx),
            Command::Load(source) => self.start_load(source, ctx),
            Command::LoadSample(index) => self.load_sample_now(index),
            Command::SetPlan(plan) => self.set_plan(*plan),
            Command::SetTraining(training) => self.settings.training = training,
            Command::SetUnits(units) => self.settings.units = units,
            Command::SetDarkMode(dark) => {
                self.settings.dark_mode = dark;
                self.apply_theme(ctx);
            }
            Command::SetGradeColouring(on) => self.settings.grade_colouring = on,
            Command::SetPaper(paper) => self.ui.paper = paper,
            Command::ResetZoom => self.ui.reset_plot = true,
            Command::ShowMap(on) => self.settings.show_map = on,
            Command::Hover(hover) => {
                if self.ui.hover != hover {
                    ctx.request_repaint();
                }
                self.ui.hover = hover;
            }
            Command::SelectDescent(k) => self.ui.selected_descent = k,
            Command::SelectSession(id) => self.ui.selected_session = id,
            Command::SetSplitTab(tab) => self.ui.split_tab = tab,
            Command::ExportJson(path) => self.export_json(&path),
            Command::ExportPdf(path) => self.export_pdf(&path),
            Command::ShowWatchExport(open) => self.ui.watch_window = open,
            Command::SetWatchFiles(files) => self.ui.watch_files = Some(files),
            Command::SetWatch(watch) => self.settings.watch = watch,
            Command::ExportWatch(dir) => self.export_watch(&dir),
            Command::Correct(c) => self.correct(c),
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::ConfirmReset(ask) => self.ui.confirm_reset = ask,
            Command::ChooseStretch(stretch) => self.ui.stretch = stretch,
            Command::SetAddMode(on) => self.ui.add_mode = on,
            Command::SetLang(lang) => {
                self.settings.lang = Some(lang);
                crate::i18n::set_current(lang);
                self.info(crate::t!("lang-switched", lang = lang.native_name()));
            }
            Command::OpenRecording(path) => self.open_recording(path, ctx),
            Command::ShowDebrief(open) => self.debrief.open = open,
            Command::PlanNextFromDebrief => self.plan_next_from_debrief(ctx),
            Command::ImportRuns(path) => self.import_runs(path, ctx),
            Command::CancelRuns => self.cancel_runs(),
            Command::RemoveRuns => self.remove_runs(),
            Command::SetRunsFallback(model) => self.set_runs_fallback(model),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
        self.refresh();
    }
}
