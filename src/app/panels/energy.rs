//! The Energy section: total and shares by terrain, the descent load, the fuelling stops.

use egui::{CollapsingHeader, RichText};

use crate::app::AppView;

/// Draws the Energy section.
pub fn ui(ui: &mut egui::Ui, app: &AppView<'_>) {
    CollapsingHeader::new("Energy")
        .default_open(false)
        .show(ui, |ui| {
            let Some(p) = app.session.plan_ok() else {
                return;
            };
            let e = &p.plan.energy;
            ui.label(format!(
                "About {:.0} kcal in total ({:.0} g carbohydrate planned)",
                e.total_kcal, e.carbohydrate_g
            ))
            .on_hover_text(e.method.as_str());
            for (label, pct) in [
                ("Climbs", e.climbs_pct),
                ("Descents", e.descents_pct),
                ("Flats", e.flats_pct),
            ] {
                ui.add(
                    egui::ProgressBar::new((pct / 100.0) as f32)
                        .text(format!("{label}: {pct:.0} %")),
                );
            }
            ui.label(format!(
                "Descent load {:.0} points (heuristic)",
                p.plan.total_descent_load
            ))
            .on_hover_text(p.plan.load_method.as_str());
            ui.label(RichText::new("Fuelling").strong());
            for f in &p.plan.fuel {
                let note = if f.note.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", f.note)
                };
                ui.label(format!(
                    "{} at {}: {}{note}",
                    app.settings.units.distance(f.distance_m),
                    f.clock,
                    f.item
                ));
            }
        });
}
