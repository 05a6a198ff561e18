//! The Course section: name, distance, totals, counts, the file's description and notes.

use egui::{CollapsingHeader, RichText};

use crate::app::{AppView, theme};

/// Draws the Course section.
pub fn ui(ui: &mut egui::Ui, app: &AppView<'_>) {
    CollapsingHeader::new("Course")
        .default_open(true)
        .show(ui, |ui| {
            let (Some(course), Some(view)) = (app.session.course(), app.session.view()) else {
                ui.label("No course loaded.");
                return;
            };
            let units = app.settings.units;
            let p = &view.analysis.profile;
            ui.label(RichText::new(crate::format::printable(&course.name)).strong());
            let m = |v: Option<f64>| v.map_or("n/a".to_string(), |v| format!("{v:.0} m"));
            ui.label(format!(
                "Distance {} · gain {} · loss {} · elevation {} to {}",
                units.distance(course.distance_m()),
                m(p.gain_m),
                m(p.loss_m),
                m(p.min_elevation_m),
                m(p.max_elevation_m)
            ));
            ui.label(format!(
                "{} descents · {} climbs",
                view.analysis.descents.len(),
                view.analysis.climbs.len()
            ));
            if let Some(desc) = &course.description {
                ui.weak(desc.as_str());
            }
            for w in &view.analysis.warnings {
                ui.colored_label(theme::WARNING, format!("⚠ {w}"));
            }
        });
}
