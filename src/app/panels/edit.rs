//! "Correct this descent", under the selected descent: its name, kind and ends (exact fields;
//! the profile's handles do the same by drag), delete, and undo of its own edits. Every
//! change goes out as one [`Command::Correct`], so it re-plans at once and can be undone.

use egui::{ComboBox, DragValue, RichText, TextEdit};

use crate::app::AppView;
use crate::app::command::Command;
use crate::course::corrections::DescentEdit;
use crate::course::corrections::MIN_DESCENT_M;
use crate::course::{Descent, DescentKind, DescentOrigin};
use crate::t;

/// Turns a change of the descent's edit into the correction command.
type Correct<'a> = dyn Fn(&dyn Fn(&mut DescentEdit)) -> Command + 'a;

/// What the editor keeps between frames: the text and numbers being typed, for one descent.
#[derive(Debug, Default)]
pub struct EditPanel {
    origin: Option<DescentOrigin>,
    /// The descent as it was when the draft was made: a new reading (a correction, an
    /// undo) starts a new draft.
    seen: Option<(String, f64, f64)>,
    name: String,
    start: f64,
    end: f64,
}

impl EditPanel {
    /// Draws the editor of descent `k`; changes go out as commands.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        app: &AppView<'_>,
        k: usize,
        d: &Descent,
        out: &mut Vec<Command>,
    ) {
        let Some(view) = app.session.view() else {
            return;
        };
        let Some(&origin) = view.analysis.origins.get(k) else {
            return;
        };
        let unit_m = app.settings.units.metres();
        let seen = Some((d.name.clone(), d.start_m, d.end_m));
        if self.origin != Some(origin) || self.seen != seen {
            *self = EditPanel {
                origin: Some(origin),
                seen,
                name: d.name.clone(),
                start: d.start_m / unit_m,
                end: d.end_m / unit_m,
            };
        }
        let correct = |change: &dyn Fn(&mut DescentEdit)| {
            let mut c = app.corrections.clone();
            c.edit_descent(origin, |e| change(e));
            Command::Correct(c)
        };
        ui.add_space(4.0);
        ui.label(RichText::new(t!("panel-edit")).strong())
            .on_hover_text(t!("panel-edit-help"));
        self.fields_ui(ui, app, d, &correct, out);
        ui.horizontal(|ui| {
            if ui
                .button(t!("panel-edit-delete"))
                .on_hover_text(t!("panel-edit-delete-help"))
                .clicked()
            {
                out.push(correct(&|e| e.deleted = true));
                out.push(Command::SelectDescent(None));
            }
            if d.edited_by_runner && ui.button(t!("panel-edit-undo")).clicked() {
                out.push(Command::Undo);
            }
        });
        if d.edited_by_runner {
            ui.weak(t!("panel-edit-edited", reason = &d.kind_reason));
        }
    }

    /// Name, kind, start and end: each change is one correction.
    fn fields_ui(
        &mut self,
        ui: &mut egui::Ui,
        app: &AppView<'_>,
        d: &Descent,
        correct: &Correct<'_>,
        out: &mut Vec<Command>,
    ) {
        let unit_m = app.settings.units.metres();
        let total_m = app
            .session
            .view()
            .map_or(d.end_m, |v| v.analysis.profile.total_m());
        egui::Grid::new("edit-descent")
            .num_columns(2)
            .show(ui, |ui| {
                ui.label(t!("panel-edit-name"));
                let name = ui.add(TextEdit::singleline(&mut self.name).desired_width(220.0));
                if name.lost_focus() && self.name.trim() != d.name && !self.name.trim().is_empty() {
                    let text = self.name.trim().to_string();
                    out.push(correct(&|e| e.name = Some(text.clone())));
                }
                ui.end_row();
                ui.label(t!("panel-edit-kind"));
                let mut kind = d.kind;
                ComboBox::from_id_salt("edit-kind")
                    .selected_text(kind.label())
                    .show_ui(ui, |ui| {
                        for k in [DescentKind::Bridge, DescentKind::Pass, DescentKind::Hill] {
                            ui.selectable_value(&mut kind, k, k.label());
                        }
                    });
                if kind != d.kind {
                    out.push(correct(&|e| e.kind = Some(kind)));
                }
                ui.end_row();
                let units = app.settings.units;
                let total = total_m / unit_m;
                let min = MIN_DESCENT_M / unit_m;
                ui.label(t!("panel-edit-starts", unit = units.label()));
                let start = ui.add(
                    DragValue::new(&mut self.start)
                        .range(0.0..=(self.end - min).max(0.0))
                        .speed(0.01)
                        .fixed_decimals(2)
                        .custom_formatter(super::local_decimals(2))
                        .custom_parser(super::parse_local),
                );
                ui.end_row();
                ui.label(t!("panel-edit-ends", unit = units.label()));

                let end = ui.add(
                    DragValue::new(&mut self.end)
                        .range((self.start + min).min(total)..=total)
                        .speed(0.01)
                        .fixed_decimals(2)
                        .custom_formatter(super::local_decimals(2))
                        .custom_parser(super::parse_local),
                );
                ui.end_row();
                let done = |r: &egui::Response| r.drag_stopped() || r.lost_focus();
                let (s_m, e_m) = (self.start * unit_m, self.end * unit_m);
                if done(&start) && (s_m - d.start_m).abs() >= 1.0 {
                    out.push(correct(&|e| e.start_m = Some(s_m)));
                }
                if done(&end) && (e_m - d.end_m).abs() >= 1.0 {
                    out.push(correct(&|e| e.end_m = Some(e_m)));
                }
            });
    }
}
