//! File > Export for watch…: a small window to choose the watch files (FIT course, timed
//! GPX, TCX course, race workout), the race date, the watch's over-read and the water
//! stations, with a note on loading each file; "Export to a folder…" asks for the folder
//! and the app writes the chosen files, all or none.

use crate::app::AppView;
use crate::app::command::Command;
use crate::app::dialogs::DialogKind;
use crate::date::Date;
use crate::export::watch::{WatchFile, timing_note};
use crate::t;

/// The window's text fields (typed text is kept until it reads).
#[derive(Debug, Default)]
pub struct WatchPanel {
    /// The race date being typed.
    pub date: Option<String>,
    /// The water stations being typed (km, comma separated).
    pub water: Option<String>,
}

/// Draws the window when it is open.
pub fn window_ui(
    ctx: &egui::Context,
    app: &AppView<'_>,
    state: &mut WatchPanel,
    out: &mut Vec<Command>,
) {
    if !app.ui.watch_window {
        return;
    }
    let mut open = true;
    egui::Window::new(t!("watch-win-title"))
        .id(egui::Id::unique("watch-export-window"))
        .open(&mut open)
        .collapsible(false)
        .default_width(460.0)
        .show(ctx, |ui| body_ui(ui, app, state, out));
    if !open {
        out.push(Command::ShowWatchExport(false));
    }
}

fn body_ui(ui: &mut egui::Ui, app: &AppView<'_>, state: &mut WatchPanel, out: &mut Vec<Command>) {
    let chosen = app
        .ui
        .watch_files
        .clone()
        .unwrap_or_else(|| WatchFile::ALL.to_vec());
    let mut next = Vec::new();
    for file in WatchFile::ALL {
        let mut on = chosen.contains(&file);
        ui.checkbox(&mut on, file.label());
        ui.label(egui::RichText::new(file.how_to_load()).small().weak());
        if on {
            next.push(file);
        }
    }
    if next != chosen {
        out.push(Command::SetWatchFiles(next.clone()));
    }
    ui.label(egui::RichText::new(timing_note()).small());
    ui.separator();
    race_date_ui(ui, app, state, out);
    plan_options_ui(ui, app, state, out);
    ui.separator();
    let ready = !next.is_empty() && race_date(app).is_some();
    if ui
        .add_enabled(ready, egui::Button::new(t!("watch-win-export")))
        .on_disabled_hover_text(t!("watch-win-export-disabled"))
        .clicked()
    {
        out.push(Command::Ask(DialogKind::WatchFolder));
    }
}

/// The race date of the watch files: their own, else the race morning's, else the
/// training block's.
fn race_date(app: &AppView<'_>) -> Option<Date> {
    let s = app.settings;
    s.watch
        .race_date
        .or(s.plan.conditions.race_date)
        .or(s.training.race_date)
}

fn race_date_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    state: &mut WatchPanel,
    out: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        let label = ui.label(t!("watch-win-race-date"));
        let shown = race_date(app).map(|d| d.to_string()).unwrap_or_default();
        let text = state.date.get_or_insert(shown);
        let edit = ui
            .add(
                egui::TextEdit::singleline(text)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(100.0),
            )
            .labelled_by(label.id)
            .on_hover_text(t!("watch-win-race-date-help"));
        if edit.changed()
            && let Some(d) = Date::parse(text)
        {
            let mut watch = app.settings.watch.clone();
            watch.race_date = Some(d);
            out.push(Command::SetWatch(watch));
        }
        if Date::parse(text).is_none() {
            ui.label(egui::RichText::new(t!("watch-win-not-a-date")).weak());
        }
    });
}

/// The watch's over-read and the water stations (race settings: they change the plan).
fn plan_options_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    state: &mut WatchPanel,
    out: &mut Vec<Command>,
) {
    let mut plan = app.settings.plan.clone();
    ui.add(
        egui::Slider::new(&mut plan.watch_over_read_pct, 0.0..=3.0)
            .text(t!("watch-win-over-read"))
            .suffix(" %")
            .fixed_decimals(1)
            .custom_formatter(crate::app::panels::local_decimals(1))
            .custom_parser(crate::app::panels::parse_local),
    )
    .on_hover_text(t!("watch-win-over-read-help"));
    ui.horizontal(|ui| {
        let label = ui.label(t!("watch-win-water"));
        let shown = join_km(&plan.water_km);
        let text = state.water.get_or_insert(shown);
        let edit = ui
            .add(egui::TextEdit::singleline(text).hint_text(t!("watch-win-water-hint")))
            .labelled_by(label.id)
            .on_hover_text(t!("watch-win-water-help"));

        if edit.changed()
            && let Some(list) = parse_km(text)
        {
            plan.water_km = list;
        }
    });
    if plan != app.settings.plan {
        out.push(Command::SetPlan(Box::new(plan)));
    }
}

fn join_km(km: &[f64]) -> String {
    km.iter()
        .map(|k| format!("{k}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A comma-separated list of km; an empty text is the empty list.
fn parse_km(text: &str) -> Option<Vec<f64>> {
    if text.trim().is_empty() {
        return Some(Vec::new());
    }
    text.split(',')
        .map(|t| {
            t.trim()
                .parse::<f64>()
                .ok()
                .filter(|k| k.is_finite() && *k >= 0.0)
        })
        .collect()
}
