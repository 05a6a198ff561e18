//! The Course section: name, distance, totals, counts, the file's description and notes.

use egui::{CollapsingHeader, RichText};

use crate::app::{AppView, theme};
use crate::format;
use crate::t;

/// Draws the Course section.
pub fn ui(ui: &mut egui::Ui, app: &AppView<'_>) {
    CollapsingHeader::new(t!("panel-course"))
        .id_salt("course-section")
        .default_open(true)
        .show(ui, |ui| {
            let (Some(course), Some(view)) = (app.session.course(), app.session.view()) else {
                ui.label(t!("panel-course-none"));
                return;
            };
            let units = app.settings.units;
            let p = &view.analysis.profile;
            ui.label(RichText::new(crate::format::printable(&course.name)).strong());
            let m = |v: Option<f64>| v.map_or(t!("panel-course-na"), |v| format!("{v:.0} m"));
            let official = |set: bool| {
                if set {
                    format!(" ({})", t!("panel-course-official"))
                } else {
                    String::new()
                }
            };
            let o = p.official.unwrap_or_default();
            ui.label(t!(
                "panel-course-totals",
                distance = units.distance(p.total_m()),
                distance_official = official(o.distance_m.is_some()),
                gain = format::height_pm(p.gain_m, p.gain_uncertainty_m),
                gain_official = official(o.gain_m.is_some()),
                loss = format::height_pm(p.loss_m, p.loss_uncertainty_m),
                low = m(p.min_elevation_m),
                high = m(p.max_elevation_m),
            ));
            if let Some(n) = &p.noise {
                ui.weak(t!(
                    "panel-course-noise",
                    noise = format::noise(n.white_m, n.drift_m),
                    threshold = crate::i18n::number(p.settings.gain_threshold_m, 1),
                ))
                .on_hover_text(t!("panel-course-noise-help"));
            }
            ui.label(t!(
                "panel-course-counts",
                descents = view.analysis.descents.len(),
                climbs = view.analysis.climbs.len(),
            ));
            if let Some(desc) = &course.description {
                ui.weak(desc.as_str());
            }
            for w in &view.analysis.warnings {
                ui.colored_label(theme::WARNING, format!("⚠ {w}"));
            }
            for r in &p.repairs {
                ui.weak(format!("• {r}"))
                    .on_hover_text(t!("panel-course-repair-help"));
            }
        });
}
