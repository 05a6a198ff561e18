//! The menu bar: File (open, samples, recent, exports, paper) and View (units, theme,
//! grade colouring, zoom, language). It reads the app state and returns commands.

use super::AppView;
use super::command::Command;
use super::dialogs::DialogKind;
use super::loader::Source;
use super::settings::Units;
use crate::export::pdf::Paper;
use crate::i18n::Lang;
use crate::t;

/// Draws the menu bar.
pub fn menu_ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(t!("menu-file"), |ui| file_menu_ui(ui, app, out));
        ui.menu_button(t!("menu-view"), |ui| view_menu_ui(ui, app, out));
    });
}

fn file_menu_ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    if ui
        .add(egui::Button::new(t!("menu-open-course")).shortcut_text("Ctrl+O"))
        .clicked()
    {
        out.push(Command::Ask(DialogKind::OpenCourse));
    }
    if ui
        .button(t!("menu-open-plan"))
        .on_hover_text(t!("menu-open-plan-hover"))
        .clicked()
    {
        out.push(Command::Ask(DialogKind::OpenPlan));
    }
    super::debrief::menu_entry_ui(ui, app, out);
    ui.menu_button(t!("menu-samples"), |ui| {
        for (i, race) in crate::course::sample::SAMPLE_RACES.iter().enumerate() {
            if ui.button(race.display_title()).clicked() {
                out.push(Command::LoadSample(i));
            }
        }
    });
    ui.menu_button(t!("menu-recent"), |ui| {
        if app.settings.recent_files.is_empty() {
            ui.label(t!("menu-recent-none"));
        }
        for path in &app.settings.recent_files {
            if ui.button(path.display().to_string()).clicked() {
                out.push(Command::Load(Source::Path(path.clone())));
            }
        }
    });
    import_runs_ui(ui, out);
    ui.separator();
    let has_plan = app.session.plan_ok().is_some();
    let has_block = app.session.training_ok().is_some();
    let exports = [
        (has_plan, t!("menu-export-json"), DialogKind::SaveJson),
        (has_plan, t!("menu-export-pdf"), DialogKind::SavePdf),
    ];
    for (enabled, label, kind) in exports {
        if ui.add_enabled(enabled, egui::Button::new(label)).clicked() {
            out.push(Command::Ask(kind));
        }
    }
    if ui
        .add_enabled(has_plan, egui::Button::new(t!("menu-export-watch")))
        .on_hover_text(t!("menu-export-watch-hover"))
        .clicked()
    {
        out.push(Command::ShowWatchExport(true));
    }
    ui.menu_button(t!("menu-paper"), |ui| {
        let mut paper = app.ui.paper;
        ui.radio_value(&mut paper, Paper::A4, "A4");
        ui.radio_value(&mut paper, Paper::Letter, t!("menu-paper-letter"));
        if paper != app.ui.paper {
            out.push(Command::SetPaper(paper));
        }
    });
    let training_exports = [
        (t!("menu-export-ics"), DialogKind::SaveIcs),
        (t!("menu-export-fit"), DialogKind::FitFolder),
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
    if ui.button(t!("menu-quit")).clicked() {
        out.push(Command::Quit);
    }
}

fn view_menu_ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    let s = app.settings;
    ui.label(t!("menu-units"));
    let mut units = s.units;
    ui.radio_value(&mut units, Units::Km, t!("menu-units-km"));
    ui.radio_value(&mut units, Units::Miles, t!("menu-units-miles"));
    if units != s.units {
        out.push(Command::SetUnits(units));
    }
    ui.separator();
    let mut dark = s.dark_mode;
    if ui.checkbox(&mut dark, t!("menu-dark")).changed() {
        out.push(Command::SetDarkMode(dark));
    }
    let mut grade = s.grade_colouring;
    if ui.checkbox(&mut grade, t!("menu-grade-colour")).changed() {
        out.push(Command::SetGradeColouring(grade));
    }
    let mut show_map = s.show_map;
    if ui.checkbox(&mut show_map, t!("menu-show-map")).changed() {
        out.push(Command::ShowMap(show_map));
    }
    if ui.button(t!("menu-reset-zoom")).clicked() {
        out.push(Command::ResetZoom);
    }
    ui.separator();
    ui.menu_button(t!("lang-menu"), |ui| {
        for lang in Lang::ALL {
            if ui.radio(app.lang == lang, lang.native_name()).clicked() && app.lang != lang {
                out.push(Command::SetLang(lang));
            }
        }
    });
}

/// File > Import my runs…: a folder or one file of the runner's timed runs.
fn import_runs_ui(ui: &mut egui::Ui, out: &mut Vec<Command>) {
    ui.menu_button(t!("runs-menu"), |ui| {
        let kinds = [
            (t!("runs-menu-folder"), DialogKind::ImportRunsFolder),
            (t!("runs-menu-file"), DialogKind::ImportRunsFile),
        ];
        for (label, kind) in kinds {
            if ui.button(label).clicked() {
                out.push(Command::Ask(kind));
            }
        }
    })
    .response
    .on_hover_text(t!("runs-menu-hover"));
}
