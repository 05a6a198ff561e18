//! The Energy section: total and shares by terrain, the descent load, the fuelling stops.

use egui::{CollapsingHeader, RichText};

use crate::app::AppView;
use crate::t;

/// Draws the Energy section.
pub fn ui(ui: &mut egui::Ui, app: &AppView<'_>) {
    CollapsingHeader::new(t!("panel-energy"))
        .id_salt("energy-section")
        .default_open(false)
        .show(ui, |ui| {
            let Some(p) = app.session.plan_ok() else {
                return;
            };
            let e = &p.plan.energy;
            ui.label(t!(
                "panel-energy-total",
                kcal = format!("{:.0}", e.total_kcal),
                carbs = format!("{:.0}", e.carbohydrate_g),
            ))
            .on_hover_text(e.method.as_str());
            for (label, pct) in [
                (t!("panel-energy-climbs"), e.climbs_pct),
                (t!("panel-energy-descents"), e.descents_pct),
                (t!("panel-energy-flats"), e.flats_pct),
            ] {
                ui.add(
                    egui::ProgressBar::new((pct / 100.0) as f32)
                        .text(format!("{label}: {pct:.0} %")),
                );
            }
            ui.label(t!(
                "panel-energy-load",
                load = format!("{:.0}", p.plan.total_descent_load),
            ))
            .on_hover_text(p.plan.load_method.as_str());
            ui.label(RichText::new(t!("panel-energy-fuelling")).strong());
            for f in &p.plan.fuel {
                let note = if f.note.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", f.note)
                };
                let item = t!(
                    "panel-energy-fuel",
                    distance = app.settings.units.distance(f.distance_m),
                    clock = &f.clock,
                    item = &f.item,
                );
                ui.label(format!("{item}{note}"));
            }
        });
}
