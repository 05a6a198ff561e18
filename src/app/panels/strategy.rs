//! The Strategy section: uphill effort, downhill restraint, split, descent fatigue and
//! carbohydrate.

use egui::{CollapsingHeader, Slider};

use super::slider;
use crate::plan::PlanSettings;

/// Draws the Strategy section, editing the draft settings.
pub fn ui(ui: &mut egui::Ui, s: &mut PlanSettings) {
    CollapsingHeader::new("Strategy").default_open(true).show(ui, |ui| {
        slider(ui, &mut s.uphill_effort_pct, 0.0..=100.0, "Uphill effort", " %",
            "0 %: keep an even effort and let the climbs slow you as the model says. 100 %: hold your flat pace up the climbs (costly).");
        slider(ui, &mut s.downhill_restraint_pct, 0.0..=100.0, "Downhill restraint", " %",
            "0 %: take all the speed the slope gives. 100 %: no faster than flat pace. The article's advice: win time back gradually, never by rushing downhill (default 50 %).");
        ui.add(Slider::new(&mut s.split_pct, -10.0..=10.0).text("Split").suffix(" %").fixed_decimals(1))
            .on_hover_text("Negative: run the second half faster than the first (negative split). Positive: the second half slower.");
        ui.checkbox(&mut s.descent_fatigue, "Descent fatigue")
            .on_hover_text("Late-race slowdown from the quad load already absorbed on descents (a heuristic; its formula is in the exported plan).");
        ui.add_enabled_ui(s.descent_fatigue, |ui| {
            slider(ui, &mut s.fatigue_strength_pct, 0.0..=100.0, "Fatigue strength", " %",
                "How strongly descent load slows the rest of your race: at 100 %, each 100 load points slow you by 2 %.");
        });
        ui.horizontal(|ui| {
            ui.add(egui::DragValue::new(&mut s.carb_g_per_h).range(0.0..=120.0).suffix(" g/h"))
                .on_hover_text("Carbohydrate per hour; 60-90 g/h is common guidance for races over 2.5 h.");
            ui.label("carbs");
            ui.add(egui::DragValue::new(&mut s.gel_carb_g).range(5.0..=60.0).suffix(" g"))
                .on_hover_text("Carbohydrate in one gel.");
            ui.label("per gel");
        });
    });
}
