//! The menu bar: File (open, samples, recent, exports, paper) and View (units, theme,
//! grade colouring, zoom). It reads the app state and returns commands.

use super::AppView;
use super::command::Command;
use super::dialogs::DialogKind;
use super::loader::Source;
use super::settings::Units;
use crate::export::pdf::Paper;

/// Draws the menu bar.
pub fn menu_ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, app, out));
        ui.menu_button("View", |ui| view_menu_ui(ui, app, out));
    });
}

fn file_menu_ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    if ui
        .add(egui::Button::new("Open course…").shortcut_text("Ctrl+O"))
        .clicked()
    {
        out.push(Command::Ask(DialogKind::OpenCourse));
    }
    if ui
        .button("Open plan…")
        .on_hover_text("Restore a plan saved as JSON, with its course and settings.")
        .clicked()
    {
        out.push(Command::Ask(DialogKind::OpenPlan));
    }
    ui.menu_button("Sample courses", |ui| {
        for (i, race) in crate::course::sample::SAMPLE_RACES.iter().enumerate() {
            if ui.button(race.title).clicked() {
                out.push(Command::LoadSample(i));
            }
        }
    });
    ui.menu_button("Recent files", |ui| {
        if app.settings.recent_files.is_empty() {
            ui.label("No recent files yet");
        }
        for path in &app.settings.recent_files {
            if ui.button(path.display().to_string()).clicked() {
                out.push(Command::Load(Source::Path(path.clone())));
            }
        }
    });
    ui.separator();
    let has_plan = app.session.plan_ok().is_some();
    let has_block = app.session.training_ok().is_some();
    let exports = [
        (has_plan, "Export plan as JSON…", DialogKind::SaveJson),
        (has_plan, "Export plan as PDF…", DialogKind::SavePdf),
    ];
    for (enabled, label, kind) in exports {
        if ui.add_enabled(enabled, egui::Button::new(label)).clicked() {
            out.push(Command::Ask(kind));
        }
    }
    if ui
        .add_enabled(has_plan, egui::Button::new("Export for watch…"))
        .on_hover_text(
            "The plan on your wrist: a course whose virtual partner runs the plan, \
            a timed GPX, a TCX course and a race workout.",
        )
        .clicked()
    {
        out.push(Command::ShowWatchExport(true));
    }
    ui.menu_button("PDF paper size", |ui| {
        let mut paper = app.ui.paper;
        ui.radio_value(&mut paper, Paper::A4, "A4");
        ui.radio_value(&mut paper, Paper::Letter, "US Letter");
        if paper != app.ui.paper {
            out.push(Command::SetPaper(paper));
        }
    });
    let training_exports = [
        ("Export training calendar (.ics)…", DialogKind::SaveIcs),
        ("Export watch workouts (FIT)…", DialogKind::FitFolder),
    ];
    for (label, kind) in training_exports {
        if ui
            .add_enabled(has_block, egui::Button::new(label))
            .clicked()
        {
            out.push(Command::Ask(kind));
        }
    }
    ui.separator();
    if ui.button("Quit").clicked() {
        out.push(Command::Quit);
    }
}

fn view_menu_ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    let s = app.settings;
    ui.label("Units");
    let mut units = s.units;
    ui.radio_value(&mut units, Units::Km, "Kilometres");
    ui.radio_value(&mut units, Units::Miles, "Miles");
    if units != s.units {
        out.push(Command::SetUnits(units));
    }
    ui.separator();
    let mut dark = s.dark_mode;
    if ui.checkbox(&mut dark, "Dark theme").changed() {
        out.push(Command::SetDarkMode(dark));
    }
    let mut grade = s.grade_colouring;
    if ui
        .checkbox(&mut grade, "Colour the profile by grade")
        .changed()
    {
        out.push(Command::SetGradeColouring(grade));
    }
    if ui.button("Reset zoom").clicked() {
        out.push(Command::ResetZoom);
    }
}
