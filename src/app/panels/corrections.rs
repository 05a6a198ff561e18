//! "Your corrections": how to add a descent or mark a stretch, the official distance and
//! climb, the marked stretches, undo and redo, and "Reset this course".

use egui::{CollapsingHeader, DragValue, RichText};

use crate::app::AppView;
use crate::app::command::Command;
use crate::course::corrections::{MAX_DISTANCE_FACTOR, OfficialFigures};
use crate::t;

/// The official figures being typed (applied with the button).
#[derive(Debug, Default)]
pub struct OfficialPanel {
    /// The figures the draft was made from: new ones (another course, an undo) reset it.
    seen: Option<OfficialFigures>,
    distance: f64,
    gain: f64,
}

impl OfficialPanel {
    /// Draws the section.
    pub fn ui(&mut self, ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
        let Some(view) = app.session.view() else {
            return;
        };
        let count = app.corrections.count();
        let title = if count > 0 {
            t!("panel-corr-count", count = count)
        } else {
            t!("panel-corr")
        };
        CollapsingHeader::new(title)
            .id_salt("your-corrections")
            .default_open(count > 0)
            .show(ui, |ui| {
                ui.weak(t!("panel-corr-hint"));
                let mut add = app.ui.add_mode;
                if ui
                    .toggle_value(&mut add, t!("panel-corr-add"))
                    .on_hover_text(t!("panel-corr-add-help"))
                    .changed()
                {
                    out.push(Command::SetAddMode(add));
                }
                self.official_ui(ui, app, view.analysis.profile.total_m(), out);
                stretches_ui(ui, app, out);
                ui.horizontal(|ui| {
                    let undo_button = egui::Button::new(t!("panel-corr-undo"));
                    let undo = ui.add_enabled(!app.ui.undo.is_empty(), undo_button);
                    if undo.on_hover_text("Ctrl+Z").clicked() {
                        out.push(Command::Undo);
                    }
                    let redo_button = egui::Button::new(t!("panel-corr-redo"));
                    let redo = ui.add_enabled(!app.ui.redo.is_empty(), redo_button);
                    if redo.on_hover_text("Ctrl+Shift+Z").clicked() {
                        out.push(Command::Redo);
                    }
                    let reset_button = egui::Button::new(t!("panel-corr-reset"));
                    let reset = ui.add_enabled(count > 0, reset_button);
                    if reset.on_hover_text(t!("panel-corr-reset-help")).clicked() {
                        out.push(Command::ConfirmReset(true));
                    }
                });
            });
    }

    /// Official distance and total climb: typed, then applied; cleared with ×.
    fn official_ui(
        &mut self,
        ui: &mut egui::Ui,
        app: &AppView<'_>,
        total_m: f64,
        out: &mut Vec<Command>,
    ) {
        let official = app.corrections.official;
        let units = app.settings.units;
        if self.seen != Some(official) {
            let file_m = app.session.course().map_or(total_m, |c| c.distance_m());
            let gain = app.session.view().and_then(|v| v.analysis.profile.gain_m);
            self.seen = Some(official);
            self.distance = official.distance_m.unwrap_or(file_m) / units.metres();
            self.gain = official.gain_m.or(gain).unwrap_or(0.0).round();
        }
        ui.label(RichText::new(t!("panel-corr-official")).strong())
            .on_hover_text(t!("panel-corr-official-help"));
        let file_m = app.session.course().map_or(total_m, |c| c.distance_m());
        let lo = file_m / MAX_DISTANCE_FACTOR / units.metres();
        let hi = file_m * MAX_DISTANCE_FACTOR / units.metres();
        ui.horizontal(|ui| {
            ui.add(
                DragValue::new(&mut self.distance)
                    .range(lo..=hi)
                    .speed(0.01)
                    .fixed_decimals(3)
                    .custom_formatter(super::local_decimals(3))
                    .custom_parser(super::parse_local)
                    .suffix(format!(" {}", units.label())),
            );
            ui.add(
                DragValue::new(&mut self.gain)
                    .range(0.0..=5_000.0)
                    .speed(1.0)
                    .fixed_decimals(0)
                    .suffix(format!(" {}", t!("panel-corr-climb-suffix"))),
            );
            if ui.button(t!("panel-corr-apply")).clicked() {
                let mut c = app.corrections.clone();
                c.official = OfficialFigures {
                    distance_m: Some(self.distance * units.metres()),
                    gain_m: (self.gain > 0.0).then_some(self.gain),
                };
                out.push(Command::Correct(c));
            }
            if !official.is_empty()
                && ui
                    .button("×")
                    .on_hover_text(t!("panel-corr-use-file"))
                    .clicked()
            {
                let mut c = app.corrections.clone();
                c.official = OfficialFigures::default();
                out.push(Command::Correct(c));
            }
        });
        if !official.is_empty() {
            ui.weak(t!("panel-corr-scaled"));
        }
    }
}

/// The marked stretches, each with a button to remove it.
fn stretches_ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    let units = app.settings.units;
    for (i, s) in app.corrections.stretches.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(t!(
                "panel-corr-stretch",
                from = units.distance(s.start_m),
                to = units.distance(s.end_m),
                kind = s.kind.label(),
            ));
            if ui
                .small_button("×")
                .on_hover_text(t!("panel-corr-remove-mark"))
                .clicked()
            {
                let mut c = app.corrections.clone();
                c.stretches.remove(i);
                out.push(Command::Correct(c));
            }
        });
    }
}
