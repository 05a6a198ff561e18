//! The central panel: elevation profile with the descents shaded and named, then the
//! planned pace and the energy per km, all sharing the distance axis.

use egui_plot::{
    Bar, BarChart, FilledArea, Legend, Line, LineStyle, Plot, PlotPoint, PlotPoints, Text,
};

use super::command::Command;
use super::derived::{CourseView, PlanView};
use super::profile_edit::{self, ProfileEdit};
use super::settings::Units;
use super::{AppView, theme};
use crate::course::DescentKind;
use crate::t;

/// Width of every y axis, so the three plots line up on the shared distance axis.
const AXIS_WIDTH: f32 = 52.0;

/// Draws the three linked plots; `reset` resets their zoom. A click on a descent selects it;
/// drags on the profile correct the course (see [`profile_edit`]).
pub fn ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    edit: &mut ProfileEdit,
    reset: bool,
    out: &mut Vec<Command>,
) {
    let Some(view) = app.session.view() else {
        ui.centered_and_justified(|ui| ui.heading(t!("plot-empty")));
        return;
    };
    if !view.analysis.profile.has_elevation {
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            ui.heading(t!("plot-no-elevation"));
            ui.label(t!("plot-no-elevation-why"));
            ui.label(t!("plot-no-elevation-fix"));
        });
        return;
    }
    let axes = Axes {
        link: egui::Id::unique("distance-axis"),
        units: app.settings.units,
        total_h: ui.available_height(),
        reset,
    };
    elevation_ui(ui, app, view, edit, &axes, out);
    match app.session.plan() {
        Some(Ok(p)) => {
            pace_ui(ui, p, &axes);
            energy_ui(ui, p, &axes);
        }
        Some(Err(e)) => {
            ui.colored_label(theme::ERROR, e.to_string());
        }
        None => {}
    }
}

/// What the three plots share: the linked distance axis, units, height, zoom reset.
struct Axes {
    link: egui::Id,
    units: Units,
    total_h: f32,
    reset: bool,
}

/// The elevation profile with shaded climbs and descents; a click selects a descent, a drag
/// on a handle or with Shift corrects the course.
fn elevation_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    view: &CourseView,
    edit: &mut ProfileEdit,
    axes: &Axes,
    out: &mut Vec<Command>,
) {
    let units = axes.units;
    let unit_m = units.metres();
    let plan = app.session.plan_ok();
    let profile = &view.analysis.profile;
    let start_clock = app.settings.plan.start_clock_s;
    let scaled_elevation = (units != Units::Km).then(|| scale(&view.elevation, unit_m));
    let elevation: &[PlotPoint] = scaled_elevation.as_deref().unwrap_or(&view.elevation);
    let span = (view.max_elevation - view.min_elevation).max(20.0);
    let picking = app.ui.add_mode || ui.input(|i| i.modifiers.shift);
    let mut plot = Plot::new("elevation")
        .height(axes.total_h * 0.56)
        .link_axis(axes.link, [true, false])
        .link_cursor(axes.link, [true, false])
        .x_axis_label(t!("plot-axis-distance", unit = units.label()))
        .y_axis_label(t!("plot-axis-elevation"))
        .y_axis_min_width(AXIS_WIDTH)
        .allow_double_click_reset(true)
        .allow_drag(!edit.holds_pointer(picking))
        .include_y(view.min_elevation - 5.0)
        .include_y(view.max_elevation + 0.15 * span)
        .label_formatter(|pos| {
            let x = match pos {
                egui_plot::HoverPosition::NearDataPoint { position, .. } => position.x,
                egui_plot::HoverPosition::Elsewhere { position } => position.x,
            };
            let d_m = (x * unit_m).clamp(0.0, profile.total_m());
            Some(hover_text(view, plan, units, start_clock, d_m))
        });
    if axes.reset {
        plot = plot.reset();
    }
    let response = plot.show(ui, |pui| {
        shade_ui(pui, view, app.ui.selected_descent, unit_m);
        profile_line_ui(pui, elevation, &view.grade, app.settings.grade_colouring);
        for stretch in &view.repaired {
            pui.line(
                Line::new(
                    t!("plot-repaired"),
                    PlotPoints::Owned(scale(stretch, unit_m)),
                )
                .color(theme::WARNING)
                .style(LineStyle::dashed_loose())
                .width(2.5),
            );
        }
        labels_ui(pui, view, unit_m);
        let command = profile_edit::ui(pui, edit, app, view, unit_m, picking);
        edit.map_marker_m = super::map::link::profile_marker(pui, app, view, unit_m);
        let hovered = pui.response().hovered();
        (
            pui.response().clicked(),
            pui.pointer_coordinate(),
            command,
            hovered,
        )
    });
    let (clicked, pos, command, hovered) = response.inner;
    out.extend(command);
    out.extend(super::map::link::profile_hover(
        app,
        hovered,
        pos,
        unit_m,
        profile.total_m(),
    ));
    if let (true, Some(pos)) = (clicked, pos) {
        let d_m = pos.x * unit_m;
        let hit = view
            .analysis
            .descents
            .iter()
            .position(|d| d_m >= d.start_m && d_m <= d.end_m);
        if let Some(k) = hit {
            out.push(Command::SelectDescent(Some(k)));
        }
    }
}

/// Points in km rescaled to the display unit.
fn scale(pts: &[PlotPoint], unit_m: f64) -> Vec<PlotPoint> {
    pts.iter()
        .map(|p| PlotPoint::new(p.x * 1000.0 / unit_m, p.y))
        .collect()
}

/// Hover read-out: distance, elevation and grade; planned pace and clock time.
fn hover_text(
    view: &CourseView,
    plan: Option<&PlanView>,
    units: Units,
    start_clock_s: f64,
    d_m: f64,
) -> String {
    let profile = &view.analysis.profile;
    let mut s = format!(
        "{}\n{}",
        units.distance(d_m),
        t!(
            "plot-hover-elevation",
            elevation = format!("{:.0}", profile.elevation_at(d_m)),
            grade = signed(profile.grade_at(d_m), 1),
        )
    );
    if let Some(p) = plan {
        let (pace, t) = p.at(d_m);
        s.push('\n');
        s.push_str(&t!(
            "plot-hover-planned-at",
            pace = units.pace(pace),
            clock = crate::format::clock(start_clock_s + t),
        ));
    }
    s
}

/// A number with its sign (`+1.5`, `-0.3`), in the language's separators.
fn signed(value: f64, decimals: usize) -> String {
    let text = crate::i18n::number(value, decimals);
    if text.starts_with('-') {
        text
    } else {
        format!("+{text}")
    }
}

/// Climbs shaded quietly, descents in their kind's colour (the selected one outlined).
/// Areas of one colour are drawn as one item (joined along the base line): a long course
/// with hundreds of climbs and descents costs about what a marathon does.
fn shade_ui(
    pui: &mut egui_plot::PlotUi<'_>,
    view: &CourseView,
    selected: Option<usize>,
    unit_m: f64,
) {
    if let Some(band) = band(
        &t!("plot-climbs"),
        view.climb_areas.iter(),
        view.base,
        unit_m,
    ) {
        pui.add(band.fill_color(theme::CLIMB_FILL));
    }
    let descents = &view.analysis.descents;
    for kind in [DescentKind::Bridge, DescentKind::Pass, DescentKind::Hill] {
        let areas = view
            .descent_areas
            .iter()
            .enumerate()
            .filter(|(k, _)| descents[*k].kind == kind && selected != Some(*k))
            .map(|(_, a)| a);
        let name = t!("plot-kind-descents", kind = kind.label());
        if let Some(band) = band(&name, areas, view.base, unit_m) {
            pui.add(band.fill_color(theme::descent_fill(kind, false)));
        }
    }
    if let Some(k) = selected
        && let (Some(d), Some(area)) = (descents.get(k), view.descent_areas.get(k))
        && let Some(band) = band(&d.name, std::iter::once(area), view.base, unit_m)
    {
        pui.add(
            band.fill_color(theme::descent_fill(d.kind, true))
                .stroke(egui::Stroke::new(2.0, theme::descent_solid(d.kind))),
        );
    }
}

/// The areas between the profile over some stretches and `base`, as one filled band of
/// quads (true area under the curve, however noisy the profile), the stretches joined
/// along the base line; None when there is none.
fn band<'a>(
    name: &str,
    areas: impl Iterator<Item = &'a Vec<PlotPoint>>,
    base: f64,
    unit_m: f64,
) -> Option<FilledArea> {
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    for area in areas {
        let (Some(first), Some(last)) = (area.first(), area.last()) else {
            continue;
        };
        // Down to the base line and back up: nothing is drawn between two stretches.
        xs.push(first.x * 1000.0 / unit_m);
        ys.push(base);
        xs.extend(area.iter().map(|p| p.x * 1000.0 / unit_m));
        ys.extend(area.iter().map(|p| p.y));
        xs.push(last.x * 1000.0 / unit_m);
        ys.push(base);
    }
    (xs.len() >= 2).then(|| FilledArea::new(name, &xs, &vec![base; xs.len()], &ys))
}

/// The elevation line, in one colour or coloured by grade.
fn profile_line_ui<'a>(
    pui: &mut egui_plot::PlotUi<'a>,
    elevation: &'a [PlotPoint],
    grade: &[f64],
    grade_colouring: bool,
) {
    if !grade_colouring {
        pui.line(
            Line::new(t!("plot-elevation"), PlotPoints::Borrowed(elevation))
                .color(theme::ELEVATION)
                .width(2.0),
        );
        return;
    }
    // One line per run of the same grade class; neighbouring runs share a point.
    let mut start = 0;
    let name = t!("plot-elevation");
    for i in 1..elevation.len().min(grade.len()) {
        let last = i + 1 == elevation.len();
        if last || theme::grade(grade[i]) != theme::grade(grade[start]) {
            pui.line(
                Line::new(
                    name.as_str(),
                    PlotPoints::Owned(elevation[start..=i].to_vec()),
                )
                .color(theme::grade(grade[start]))
                .width(2.5),
            );
            start = i;
        }
    }
}

/// Each descent's name and drop above its middle.
fn labels_ui(pui: &mut egui_plot::PlotUi<'_>, view: &CourseView, unit_m: f64) {
    let profile = &view.analysis.profile;
    for d in &view.analysis.descents {
        let mid = (d.start_m + d.end_m) / 2.0 / unit_m;
        let top = profile.elevation_at(d.start_m)
            + 0.06 * (view.max_elevation - view.min_elevation).max(20.0);
        pui.text(
            Text::new(
                "labels",
                PlotPoint::new(mid, top),
                egui::RichText::new(format!(
                    "{}{} ↓{:.0} m",
                    short_name(&d.name),
                    if d.edited_by_runner { " ✎" } else { "" },
                    d.drop_m
                ))
                .color(theme::descent_solid(d.kind))
                .strong(),
            )
            .anchor(egui::Align2::CENTER_BOTTOM),
        );
    }
}

/// Planned pace per km against the flat-pace line.
fn pace_ui(ui: &mut egui::Ui, p: &PlanView, axes: &Axes) {
    let (link, units, reset) = (axes.link, axes.units, axes.reset);
    let unit_m = units.metres();
    let per_unit = unit_m / 1000.0;
    let steps = |pts: &[PlotPoint]| -> Vec<PlotPoint> {
        pts.iter()
            .map(|q| PlotPoint::new(q.x * 1000.0 / unit_m, q.y * per_unit))
            .collect()
    };
    let start_clock = p.plan.settings.start_clock_s;
    let mut pace_plot = Plot::new("pace")
        .height(axes.total_h * 0.2)
        .label_formatter(move |pos| {
            let x = match pos {
                egui_plot::HoverPosition::NearDataPoint { position, .. } => position.x,
                egui_plot::HoverPosition::Elsewhere { position } => position.x,
            };
            Some(pace_hover(p, units, start_clock, x * unit_m))
        })
        .link_axis(link, [true, false])
        .link_cursor(link, [true, false])
        .y_axis_label(t!("plot-axis-pace", unit = units.label()))
        .y_axis_formatter(|mark, _| crate::format::pace(mark.value))
        .y_grid_spacer(egui_plot::uniform_grid_spacer(|input| pace_steps_s(&input)))
        .y_axis_min_width(AXIS_WIDTH)
        .legend(Legend::default())
        .allow_double_click_reset(true);
    // At least 40 s/km of range around the flat pace, so the axis always has labels.
    let flat = p.plan.flat_pace_s_per_km * per_unit;
    pace_plot = pace_plot.include_y(flat - 20.0).include_y(flat + 20.0);
    if reset {
        pace_plot = pace_plot.reset();
    }
    pace_plot.show(ui, |pui| {
        for (name, range, colour) in [
            (t!("plot-night"), p.night_km, theme::NIGHT),
            (t!("plot-dawn"), p.dawn_km, theme::DAWN),
        ] {
            if let Some((a, b)) = range {
                let (a, b) = (a * 1000.0 / unit_m, b * 1000.0 / unit_m);
                pui.add(
                    egui_plot::Span::new(name, a..=b)
                        .fill(colour)
                        .border_width(0.0),
                );
            }
        }
        // Steps have vertical jumps: no band aggregation, or they draw as filled blocks.
        pui.line(
            Line::new(
                t!("plot-flat-pace"),
                PlotPoints::Owned(steps(&p.flat_steps)),
            )
            .color(theme::FLAT_PACE)
            .style(LineStyle::dashed_dense())
            .allow_band(false),
        );
        pui.line(
            Line::new(
                t!("plot-planned-pace"),
                PlotPoints::Owned(steps(&p.pace_steps)),
            )
            .color(theme::PACE)
            .width(2.0)
            .allow_band(false),
        );
    });
}

/// Grid steps of a pace axis in whole seconds (each step a multiple of the smaller: 5 s
/// within 15 s within 30 s ...), with about four labelled lines whatever the range.
pub(crate) fn pace_steps_s(input: &egui_plot::GridInput) -> [f64; 3] {
    const STEPS: [[f64; 3]; 6] = [
        [1.0, 5.0, 15.0],
        [5.0, 15.0, 30.0],
        [10.0, 30.0, 60.0],
        [15.0, 60.0, 120.0],
        [60.0, 120.0, 600.0],
        [60.0, 300.0, 600.0],
    ];
    let range = (input.bounds.1 - input.bounds.0).abs();
    STEPS
        .iter()
        .copied()
        .find(|s| range / s[1] <= 6.0)
        .unwrap_or(STEPS[STEPS.len() - 1])
}

/// Hover on the pace plot: where, the clock time, dark or light, and the planned pace.
fn pace_hover(p: &PlanView, units: Units, start_clock_s: f64, d_m: f64) -> String {
    let total = p.solution.start_m.last().copied().unwrap_or(0.0);
    let d_m = d_m.clamp(0.0, total);
    let (pace, t) = p.at(d_m);
    let km = d_m / 1000.0;
    let inside = |r: Option<(f64, f64)>| r.is_some_and(|(a, b)| km >= a && km < b);
    let light = if inside(p.night_km) {
        format!(" · {}", t!("plot-night"))
    } else if inside(p.dawn_km) {
        format!(" · {}", t!("plot-dawn"))
    } else {
        String::new()
    };
    format!(
        "{} · {}{light}\n{}",
        units.distance(d_m),
        crate::format::clock(start_clock_s + t),
        t!("plot-hover-planned", pace = units.pace(pace))
    )
}

/// Energy per km as bars, with the cumulative curve scaled to the tallest bar.
fn energy_ui(ui: &mut egui::Ui, p: &PlanView, axes: &Axes) {
    let (link, units, reset) = (axes.link, axes.units, axes.reset);
    let unit_m = units.metres();
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
        .y_axis_label(t!("plot-kcal-per-km"))
        .y_axis_min_width(AXIS_WIDTH)
        .legend(Legend::default())
        .allow_double_click_reset(true)
        // From zero to above the tallest bar: the axis keeps its labels on any course.
        .include_y(0.0)
        .include_y((max_bar * 1.15).max(10.0));
    if reset {
        energy_plot = energy_plot.reset();
    }
    energy_plot.show(ui, |pui| {
        pui.bar_chart(BarChart::new(t!("plot-kcal-per-km"), bars));
        pui.line(
            Line::new(
                t!("plot-cumulative", kcal = format!("{total_kcal:.0}")),
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
