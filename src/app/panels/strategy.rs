//! The Strategy section: uphill effort, downhill restraint, split, descent fatigue and
//! carbohydrate.

use egui::{CollapsingHeader, Slider};

use super::slider;
use crate::plan::PlanSettings;
use crate::t;

/// Draws the Strategy section, editing the draft settings.
pub fn ui(ui: &mut egui::Ui, s: &mut PlanSettings) {
    CollapsingHeader::new(t!("panel-strategy"))
        .id_salt("strategy-section")
        .default_open(true)
        .show(ui, |ui| {
            let effort = &mut s.uphill_effort_pct;
            let (label, help) = (
                t!("panel-strategy-uphill"),
                t!("panel-strategy-uphill-help"),
            );
            slider(ui, effort, 0.0..=100.0, &label, " %", &help);
            let restraint = &mut s.downhill_restraint_pct;
            slider(
                ui,
                restraint,
                0.0..=100.0,
                &t!("panel-strategy-restraint"),
                " %",
                &t!("panel-strategy-restraint-help"),
            );
            let split = Slider::new(&mut s.split_pct, -10.0..=10.0)
                .text(t!("panel-strategy-split"))
                .suffix(" %")
                .fixed_decimals(1)
                .custom_formatter(super::local_decimals(1))
                .custom_parser(super::parse_local);

            ui.add(split).on_hover_text(t!("panel-strategy-split-help"));
            ui.checkbox(&mut s.descent_fatigue, t!("panel-strategy-fatigue"))
                .on_hover_text(t!("panel-strategy-fatigue-help"));
            ui.add_enabled_ui(s.descent_fatigue, |ui| {
                let strength = &mut s.fatigue_strength_pct;
                slider(
                    ui,
                    strength,
                    0.0..=100.0,
                    &t!("panel-strategy-strength"),
                    " %",
                    &t!("panel-strategy-strength-help"),
                );
            });
            ui.horizontal(|ui| {
                let carbs = egui::DragValue::new(&mut s.carb_g_per_h)
                    .range(0.0..=120.0)
                    .suffix(" g/h");
                ui.add(carbs).on_hover_text(t!("panel-strategy-carb-help"));
                ui.label(t!("panel-strategy-carbs"));
                let gel = egui::DragValue::new(&mut s.gel_carb_g)
                    .range(5.0..=60.0)
                    .suffix(" g");
                ui.add(gel).on_hover_text(t!("panel-strategy-gel-help"));
                ui.label(t!("panel-strategy-per-gel"));
            });
        });
}
