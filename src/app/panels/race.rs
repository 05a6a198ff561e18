//! The Race section: goal time (slider and exact entry), start time, body mass, pace model.

use egui::{CollapsingHeader, Slider};

use crate::app::AppView;
use crate::format;
use crate::plan::{PaceModel, PlanSettings};
use crate::t;

/// The Race section and the text being typed in it.
#[derive(Default)]
pub struct RacePanel {
    goal_text: String,
    start_text: String,
    /// The settings the texts were last filled from: when the settings change elsewhere
    /// (slider, restored plan), the texts follow.
    shown: Option<(f64, f64)>,
}

impl RacePanel {
    /// Draws the section, editing the draft settings.
    pub fn ui(&mut self, ui: &mut egui::Ui, app: &AppView<'_>, s: &mut PlanSettings) {
        self.sync(s);
        CollapsingHeader::new(t!("panel-race"))
            .id_salt("race-section")
            .default_open(true)
            .show(ui, |ui| {
                let distance_km = app
                    .session
                    .course()
                    .map_or(42.195, |c| c.distance_m() / 1000.0);
                self.goal_ui(ui, s, distance_km);
                self.start_ui(ui, s);
                super::slider(
                    ui,
                    &mut s.mass_kg,
                    35.0..=130.0,
                    &t!("panel-race-mass"),
                    " kg",
                    &t!("panel-race-mass-help"),
                );
                model_ui(ui, app, s);
            });
        self.sync(s);
    }

    fn sync(&mut self, s: &PlanSettings) {
        let now = (s.goal_time_s, s.start_clock_s);
        if self.shown != Some(now) {
            self.goal_text = format::hms(s.goal_time_s);
            self.start_text = format::clock_hm(s.start_clock_s);
            self.shown = Some(now);
        }
    }

    fn goal_ui(&mut self, ui: &mut egui::Ui, s: &mut PlanSettings, distance_km: f64) {
        let (lo, hi) = goal_range_s(distance_km * 1000.0);
        let mut goal = s.goal_time_s.clamp(lo, hi);
        let r = ui
            .add(
                Slider::new(&mut goal, lo..=hi)
                    .text(t!("panel-race-goal"))
                    .step_by(60.0)
                    .custom_formatter(|v, _| format::hms(v))
                    .custom_parser(|t| format::parse_duration(t, true)),
            )
            .on_hover_text(t!("panel-race-goal-help"));
        if r.changed() {
            s.goal_time_s = goal;
        }
        ui.horizontal(|ui| {
            let label = ui.label(t!("panel-race-exact-goal"));
            let t = ui
                .add(egui::TextEdit::singleline(&mut self.goal_text).desired_width(90.0))
                .labelled_by(label.id)
                .on_hover_text(t!("panel-race-exact-goal-help"));
            if t.lost_focus() {
                match format::parse_duration(&self.goal_text, true) {
                    Some(v) if v >= 60.0 => s.goal_time_s = v,
                    _ => self.goal_text = format::hms(s.goal_time_s),
                }
            }
        });
    }

    fn start_ui(&mut self, ui: &mut egui::Ui, s: &mut PlanSettings) {
        ui.horizontal(|ui| {
            let label = ui
                .label(t!("panel-race-start"))
                .on_hover_text(t!("panel-race-start-help"));
            let t = ui
                .add(egui::TextEdit::singleline(&mut self.start_text).desired_width(60.0))
                .labelled_by(label.id);
            if t.lost_focus() {
                match format::parse_duration(&self.start_text, true).filter(|v| *v < 86_400.0) {
                    Some(v) => s.start_clock_s = v,
                    None => self.start_text = format::clock_hm(s.start_clock_s),
                }
            }
        });
    }
}

/// The goals the slider offers on a course: from 2:50/km to 12:00/km on average, in whole
/// minutes, seconds.
pub fn goal_range_s(distance_m: f64) -> (f64, f64) {
    let km = distance_m / 1000.0;
    (
        (km * 170.0 / 60.0).ceil() * 60.0,
        (km * 720.0 / 60.0).ceil() * 60.0,
    )
}

fn model_ui(ui: &mut egui::Ui, app: &AppView<'_>, s: &mut PlanSettings) {
    let mine = app.runs.curve.is_some() || s.personal.is_some();
    egui::ComboBox::from_label(t!("panel-race-model"))
        .selected_text(s.model.label())
        .show_ui(ui, |ui| {
            for m in PaceModel::ALL {
                ui.selectable_value(&mut s.model, m, m.label());
            }
            if mine {
                ui.selectable_value(
                    &mut s.model,
                    PaceModel::Personal,
                    PaceModel::Personal.label(),
                );
            }
        })
        .response
        .on_hover_text(t!("panel-race-model-help"));
    if s.model == PaceModel::Personal {
        super::runs::fallback_note_ui(ui, app, s);
    }
}
