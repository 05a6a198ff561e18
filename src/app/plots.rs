//! The central panel: elevation profile with the descents shaded and named, then the
//! planned pace and the energy per km, all sharing the distance axis.

use egui_plot::{
    Bar, BarChart, Legend, Line, LineStyle, Plot, PlotPoint, PlotPoints, Polygon, Text,
};

use super::{DownhillApp, theme};

/// Width of every y axis, so the three plots line up on the shared distance axis.
const AXIS_WIDTH: f32 = 52.0;

/// Draws the three linked plots.
pub fn ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    let Some(view) = &app.view else {
        ui.centered_and_justified(|ui| {
            ui.heading("Drop a GPX course here, or use File > Open course…")
        });
        return;
    };
    if !view.analysis.profile.has_elevation {
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            ui.heading("This file has no elevation data.");
            ui.label("Its distance is known, but climbs, descents and grade-adjusted paces need elevation.");
            ui.label("Export the course again with elevation (most route planners can add it) and drop it here.");
        });
        return;
    }
    let link = egui::Id::unique("distance-axis");
    let units = app.settings.units;
    let unit_m = units.metres();
    let total_h = ui.available_height();
    let reset = std::mem::take(&mut app.reset_plot);
    let selected = app.selected_descent;
    let plan = app.plan.as_ref().and_then(|p| p.as_ref().ok());
    let profile = &view.analysis.profile;
    let start_clock = app.settings.plan.start_clock_s;

    let scale = |pts: &[PlotPoint]| -> Vec<PlotPoint> {
        pts.iter()
            .map(|p| PlotPoint::new(p.x * 1000.0 / unit_m, p.y))
            .collect()
    };
    let km_scaled = units != super::Units::Km;
    let elevation_pts = if km_scaled {
        scale(&view.elevation)
    } else {
        Vec::new()
    };
    let elevation: &[PlotPoint] = if km_scaled {
        &elevation_pts
    } else {
        &view.elevation
    };

    let mut plot = Plot::new("elevation")
        .height(total_h * 0.56)
        .link_axis(link, [true, false])
        .link_cursor(link, [true, false])
        .x_axis_label(format!("distance ({})", units.label()))
        .y_axis_label("elevation (m)")
        .y_axis_min_width(AXIS_WIDTH)
        .allow_double_click_reset(true)
        .include_y(view.min_elevation - 5.0)
        .include_y(view.max_elevation + 0.15 * (view.max_elevation - view.min_elevation).max(20.0))
        .label_formatter(|pos| {
            let x = match pos {
                egui_plot::HoverPosition::NearDataPoint { position, .. } => position.x,
                egui_plot::HoverPosition::Elsewhere { position } => position.x,
            };
            let d_m = (x * unit_m).clamp(0.0, profile.total_m());
            let mut s = format!(
                "{}\nelevation {:.0} m · grade {:+.1} %",
                units.distance(d_m),
                profile.elevation_at(d_m),
                profile.grade_at(d_m)
            );
            if let Some(p) = plan {
                let (pace, t) = p.at(d_m);
                s.push_str(&format!(
                    "\nplanned {} · at {}",
                    units.pace(pace),
                    crate::format::clock(start_clock + t)
                ));
            }
            Some(s)
        });
    if reset {
        plot = plot.reset();
    }
    let grade_colouring = app.settings.grade_colouring;
    let response = plot.show(ui, |pui| {
        for area in &view.climb_areas {
            pui.polygon(
                Polygon::new("climbs", PlotPoints::Owned(scale(area)))
                    .fill_color(theme::CLIMB_FILL)
                    .width(0.0),
            );
        }
        for (k, (d, area)) in view
            .analysis
            .descents
            .iter()
            .zip(&view.descent_areas)
            .enumerate()
        {
            let sel = selected == Some(k);
            pui.polygon(
                Polygon::new(
                    format!("{} descents", d.kind.label()),
                    PlotPoints::Owned(scale(area)),
                )
                .fill_color(theme::descent_fill(d.kind, sel))
                .width(if sel { 2.0 } else { 0.0 }),
            );
        }
        if grade_colouring {
            // One line per run of the same grade class; neighbouring runs share a point.
            let mut start = 0;
            for i in 1..elevation.len() {
                let last = i + 1 == elevation.len();
                if last || theme::grade(view.grade[i]) != theme::grade(view.grade[start]) {
                    pui.line(
                        Line::new(
                            "elevation",
                            PlotPoints::Owned(elevation[start..=i].to_vec()),
                        )
                        .color(theme::grade(view.grade[start]))
                        .width(2.5),
                    );
                    start = i;
                }
            }
        } else {
            pui.line(
                Line::new("elevation", PlotPoints::Borrowed(elevation))
                    .color(theme::ELEVATION)
                    .width(2.0),
            );
        }
        for d in &view.analysis.descents {
            let mid = (d.start_m + d.end_m) / 2.0 / unit_m;
            let top = profile.elevation_at(d.start_m)
                + 0.06 * (view.max_elevation - view.min_elevation).max(20.0);
            pui.text(
                Text::new(
                    "labels",
                    PlotPoint::new(mid, top),
                    egui::RichText::new(format!("{} ↓{:.0} m", short_name(&d.name), d.drop_m))
                        .color(theme::descent_solid(d.kind))
                        .strong(),
                )
                .anchor(egui::Align2::CENTER_BOTTOM),
            );
        }
        (pui.response().clicked(), pui.pointer_coordinate())
    });
    if let (true, Some(pos)) = response.inner {
        let d_m = pos.x * unit_m;
        app.selected_descent = view
            .analysis
            .descents
            .iter()
            .position(|d| d_m >= d.start_m && d_m <= d.end_m)
            .or(app.selected_descent);
    }

    let Some(p) = plan else {
        if let Some(Err(e)) = &app.plan {
            ui.colored_label(theme::ERROR, e);
        }
        return;
    };
    let per_unit = unit_m / 1000.0;
    let steps = |pts: &[PlotPoint]| -> Vec<PlotPoint> {
        pts.iter()
            .map(|q| PlotPoint::new(q.x * 1000.0 / unit_m, q.y * per_unit))
            .collect()
    };
    let mut pace_plot = Plot::new("pace")
        .height(total_h * 0.2)
        .link_axis(link, [true, false])
        .link_cursor(link, [true, false])
        .y_axis_label(format!("pace per {}", units.label()))
        .y_axis_formatter(|mark, _| crate::format::pace(mark.value))
        .y_axis_min_width(AXIS_WIDTH)
        .legend(Legend::default())
        .allow_double_click_reset(true);
    if reset {
        pace_plot = pace_plot.reset();
    }
    pace_plot.show(ui, |pui| {
        // Steps have vertical jumps: no band aggregation, or they draw as filled blocks.
        pui.line(
            Line::new("flat pace", PlotPoints::Owned(steps(&p.flat_steps)))
                .color(theme::FLAT_PACE)
                .style(LineStyle::dashed_dense())
                .allow_band(false),
        );
        pui.line(
            Line::new("planned pace", PlotPoints::Owned(steps(&p.pace_steps)))
                .color(theme::PACE)
                .width(2.0)
                .allow_band(false),
        );
    });

    let max_bar = p.energy_bars.iter().map(|b| b.2).fold(0.0, f64::max);
    let total_kcal = p.plan.energy.total_kcal.max(1.0);
    let bars: Vec<Bar> = p
        .energy_bars
        .iter()
        .map(|(x, w, kcal)| {
            Bar::new(x * 1000.0 / unit_m, *kcal)
                .width(w * 1000.0 / unit_m * 0.85)
                .fill(theme::ENERGY)
        })
        .collect();
    let cumulative: Vec<PlotPoint> = p
        .energy_cumulative
        .iter()
        .map(|q| PlotPoint::new(q.x * 1000.0 / unit_m, q.y / total_kcal * max_bar))
        .collect();
    let mut energy_plot = Plot::new("energy")
        .height(ui.available_height().max(60.0))
        .link_axis(link, [true, false])
        .link_cursor(link, [true, false])
        .y_axis_label("kcal per km")
        .y_axis_min_width(AXIS_WIDTH)
        .legend(Legend::default())
        .allow_double_click_reset(true);
    if reset {
        energy_plot = energy_plot.reset();
    }
    energy_plot.show(ui, |pui| {
        pui.bar_chart(BarChart::new("kcal per km", bars));
        pui.line(
            Line::new(
                format!("cumulative (top = {total_kcal:.0} kcal)"),
                PlotPoints::Owned(cumulative),
            )
            .color(theme::ENERGY_CUMULATIVE)
            .width(1.5),
        );
    });
}

/// A landmark name without its bracketed translation, for labels on the plot.
fn short_name(name: &str) -> &str {
    name.split(" (").next().unwrap_or(name)
}
