//! The Course section: name, distance, totals, counts, the file's description and notes.

use egui::{CollapsingHeader, RichText};

use crate::app::{AppView, theme};
use crate::format;

const REPAIR_HELP: &str = "A grade steeper than 25 % over 30 m is no road: the elevation \
    model or the altimeter went wrong there (a tunnel, a bridge, a building). The stretch is \
    drawn straight between the good ground either side, dashed on the profile.";

const NOISE_HELP: &str = "Estimated from the file itself: jitter point to point, and drift \
    (slow wander over hundreds of metres, as barometric altimeters show). The bigger the \
    drift, the bigger a swing must be to count as climbing; the ± is how much the totals \
    move when that threshold is 1.5 x smaller or larger.";

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
            let official = |set: bool| if set { " (official)" } else { "" };
            let o = p.official.unwrap_or_default();
            ui.label(format!(
                "Distance {}{} · gain {}{} · loss {} · elevation {} to {}",
                units.distance(p.total_m()),
                official(o.distance_m.is_some()),
                format::height_pm(p.gain_m, p.gain_uncertainty_m),
                official(o.gain_m.is_some()),
                format::height_pm(p.loss_m, p.loss_uncertainty_m),
                m(p.min_elevation_m),
                m(p.max_elevation_m)
            ));
            if let Some(n) = &p.noise {
                ui.weak(format!(
                    "Elevation noise {}: gain counted from {:.1} m swings",
                    format::noise(n.white_m, n.drift_m),
                    p.settings.gain_threshold_m
                ))
                .on_hover_text(NOISE_HELP);
            }
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
            for r in &p.repairs {
                ui.weak(format!("• {r}")).on_hover_text(REPAIR_HELP);
            }
        });
}
