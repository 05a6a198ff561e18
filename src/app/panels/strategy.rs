//! The Strategy section: uphill effort, downhill restraint, split, descent fatigue and
//! carbohydrate.

use egui::{CollapsingHeader, Slider};

use super::slider;
use crate::plan::PlanSettings;

const UPHILL_HELP: &str = "0 %: keep an even effort and let the climbs slow you as the model \
    says. 100 %: hold your flat pace up the climbs (costly).";
const RESTRAINT_HELP: &str = "0 %: take all the speed the slope gives. 100 %: no faster than \
    flat pace. The article's advice: win time back gradually, never by rushing downhill \
    (default 50 %).";
const SPLIT_HELP: &str = "Negative: run the second half faster than the first (negative \
    split). Positive: the second half slower.";
const FATIGUE_HELP: &str = "Late-race slowdown from the quad load already absorbed on descents \
    (a heuristic; its formula is in the exported plan).";
const STRENGTH_HELP: &str = "How strongly descent load slows the rest of your race: at 100 %, \
    each 100 load points slow you by 2 %.";
const CARB_HELP: &str = "Carbohydrate per hour; 60-90 g/h is common guidance for races over 2.5 h.";

/// Draws the Strategy section, editing the draft settings.
pub fn ui(ui: &mut egui::Ui, s: &mut PlanSettings) {
    CollapsingHeader::new("Strategy")
        .default_open(true)
        .show(ui, |ui| {
            let effort = &mut s.uphill_effort_pct;
            slider(ui, effort, 0.0..=100.0, "Uphill effort", " %", UPHILL_HELP);
            let restraint = &mut s.downhill_restraint_pct;
            slider(
                ui,
                restraint,
                0.0..=100.0,
                "Downhill restraint",
                " %",
                RESTRAINT_HELP,
            );
            let split = Slider::new(&mut s.split_pct, -10.0..=10.0)
                .text("Split")
                .suffix(" %")
                .fixed_decimals(1);
            ui.add(split).on_hover_text(SPLIT_HELP);
            ui.checkbox(&mut s.descent_fatigue, "Descent fatigue")
                .on_hover_text(FATIGUE_HELP);
            ui.add_enabled_ui(s.descent_fatigue, |ui| {
                let strength = &mut s.fatigue_strength_pct;
                slider(
                    ui,
                    strength,
                    0.0..=100.0,
                    "Fatigue strength",
                    " %",
                    STRENGTH_HELP,
                );
            });
            ui.horizontal(|ui| {
                let carbs = egui::DragValue::new(&mut s.carb_g_per_h)
                    .range(0.0..=120.0)
                    .suffix(" g/h");
                ui.add(carbs).on_hover_text(CARB_HELP);
                ui.label("carbs");
                let gel = egui::DragValue::new(&mut s.gel_carb_g)
                    .range(5.0..=60.0)
                    .suffix(" g");
                ui.add(gel).on_hover_text("Carbohydrate in one gel.");
                ui.label("per gel");
            });
        });
}
