//! Page 1, the race overview: key numbers in boxes, the vector elevation profile with the
//! named descents shaded and labelled, the descent table, the course parts and the
//! race-day rule.

use super::layout::{MARGIN, Pages};
use super::pen::{Pen, Style};
use super::short;
use super::table::{Cell, Column, Table};
use crate::course::Profile;
use crate::document::PlanDocument;
use crate::format;
use crate::palette::{self, BOX, GREEN, GREY, INK, LIGHT, PAPER_PLOT};
use crate::plan::RacePlan;
use crate::t;

/// Height of the elevation chart.
const CHART_H: f32 = 230.0;
/// Room left of the chart for the elevation labels.
const AXIS_W: f32 = 30.0;
/// At most this many profile points are drawn (min-max decimated).
const MAX_LINE_POINTS: usize = 2_000;

/// Draws the overview page and any continuation pages its tables need.
pub fn draw(pages: &mut Pages, document: &PlanDocument, profile: &Profile) {
    let plan = &document.plan;
    let y = pages.start_page(&t!("pdf-overview-title"));
    let y = key_boxes(pages, plan, y);
    let y = totals_line(pages, plan, profile, y);
    let y = elevation_chart(pages, plan, profile, y);
    let y = descent_table(pages, plan, y);
    let y = parts_table(pages, plan, y + 14.0);
    race_day_rule(pages, plan, y + 10.0);
}

/// The key numbers in a row of boxes; returns the y below them.
fn key_boxes(pages: &mut Pages, plan: &RacePlan, y: f32) -> f32 {
    let c = &plan.course;
    let m = |v: Option<f64>| v.map_or(t!("fmt-na"), |v| format!("{} m", format::num(v, 0)));
    let finish_hm = format::clock_hm(plan.settings.start_clock_s + plan.finish_time_s);
    let boxes = [
        (
            if c.official.is_some_and(|o| o.distance_m.is_some()) {
                t!("pdf-box-distance-official")
            } else {
                t!("pdf-box-distance")
            },
            format!("{} km", format::km(c.distance_m, 2)),
        ),
        (
            t!("pdf-box-gain-loss"),
            format!("{} / {}", m(c.gain_m), m(c.loss_m)),
        ),
        (
            t!("pdf-box-finish"),
            format!("{} · {finish_hm}", format::hms(plan.finish_time_s)),
        ),
        (
            t!("pdf-box-flat-pace"),
            format!("{}/km", format::pace(plan.flat_pace_s_per_km)),
        ),
        (
            t!("pdf-box-energy"),
            format!("{} kcal", format::num(plan.energy.total_kcal, 0)),
        ),
        (
            t!("pdf-box-descent-load"),
            t!(
                "pdf-box-points",
                points = format::num(plan.total_descent_load, 0)
            ),
        ),
    ];
    let bw = pages.content_width() / boxes.len() as f32;
    let pen = &mut pages.pen;
    for (i, (k, v)) in boxes.iter().enumerate() {
        let x = MARGIN + i as f32 * bw;
        pen.rect((x + 2.0, y - 10.0), (bw - 4.0, 34.0), BOX, 1.0);
        pen.text(x + 7.0, y + 1.0, k, Style::new(7.0, GREY));
        pen.text(x + 7.0, y + 16.0, v, Style::new(9.5, INK));
    }
    y + 44.0
}

/// The totals with their uncertainty and the elevation noise estimated from the file, in one
/// line under the key boxes (as the app and the command line say them); returns the y below.
fn totals_line(pages: &mut Pages, plan: &RacePlan, profile: &Profile, y: f32) -> f32 {
    let c = &plan.course;
    let mut line = t!(
        "pdf-totals",
        gain = format::height_pm(c.gain_m, c.gain_uncertainty_m),
        loss = format::height_pm(c.loss_m, c.loss_uncertainty_m)
    );
    if let Some(n) = &c.noise {
        line.push_str(" · ");
        line.push_str(&t!(
            "pdf-totals-noise",
            noise = format::noise(n.white_m, n.drift_m),
            threshold = format::num(profile.settings.gain_threshold_m, 1)
        ));
    }
    // One line in English; a longer language wraps onto a second one.
    let width = pages.content_width() - 2.0;
    let lines = pages.pen.wrap(&line, 7.5, width).len().max(1);
    let style = Style::new(7.5, GREY);
    pages
        .pen
        .wrapped(MARGIN + 2.0, y - 4.0, &line, style, width);
    y + 10.0 + Pen::wrapped_height(lines - 1, 7.5)
}

/// The chart's frame on the page and the ranges it shows.
struct Chart {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    total_m: f64,
    low_m: f64,
    high_m: f64,
}

impl Chart {
    fn x_at(&self, distance_m: f64) -> f32 {
        self.x + (distance_m / self.total_m) as f32 * self.w
    }

    fn y_at(&self, elevation_m: f64) -> f32 {
        self.y + self.h - ((elevation_m - self.low_m) / (self.high_m - self.low_m)) as f32 * self.h
    }

    fn point(&self, profile: &Profile, i: usize) -> (f32, f32) {
        (
            self.x_at(profile.distance_m[i]),
            self.y_at(profile.elevation_m[i]),
        )
    }
}

/// The elevation profile with grid, km ticks and the descents; returns the y below it.
fn elevation_chart(pages: &mut Pages, plan: &RacePlan, profile: &Profile, y: f32) -> f32 {
    let (lo, hi) = (
        profile.min_elevation_m.unwrap_or(0.0),
        profile.max_elevation_m.unwrap_or(1.0),
    );
    let span = (hi - lo).max(20.0);
    let chart = Chart {
        x: MARGIN + AXIS_W,
        y,
        w: pages.content_width() - AXIS_W,
        h: CHART_H,
        total_m: profile.total_m().max(1.0),
        low_m: lo - 0.05 * span,
        high_m: lo + 1.25 * span,
    };
    let pen = &mut pages.pen;
    pen.rect((chart.x, chart.y), (chart.w, chart.h), PAPER_PLOT, 1.0);
    grid(pen, &chart);
    if profile.has_elevation {
        for d in &plan.descents {
            shade_descent(pen, &chart, profile, (d.start_m, d.end_m), d.kind);
        }
        let line: Vec<(f32, f32)> =
            crate::course::profile::decimate_min_max(&profile.elevation_m, MAX_LINE_POINTS)
                .iter()
                .map(|&i| chart.point(profile, i))
                .collect();
        pen.line(&line, GREEN, 1.2, false);
        descent_labels(pen, &chart, plan);
    } else {
        let (x, y) = (chart.x + chart.w / 2.0, chart.y + chart.h / 2.0);
        let note = t!("pdf-no-elevation");
        pen.text(x, y, &note, Style::new(10.0, GREY).centre());
    }
    chart.y + chart.h + 40.0
}

/// Elevation lines every round step with labels, and km ticks below the chart.
fn grid(pen: &mut Pen, chart: &Chart) {
    let label = Style::new(7.0, GREY);
    let step = nice_step(chart.high_m - chart.low_m, 5);
    let mut e = (chart.low_m / step).ceil() * step;
    while e <= chart.high_m {
        let y = chart.y_at(e);
        pen.line(&[(chart.x, y), (chart.x + chart.w, y)], LIGHT, 0.4, false);
        let text = format!("{} m", format::num(if e.abs() < 1e-9 { 0.0 } else { e }, 0));
        pen.text(chart.x - 4.0, y + 3.0, &text, label.right());
        e += step;
    }
    let km_step = if chart.total_m > 60_000.0 {
        10_000.0
    } else if chart.total_m > 15_000.0 {
        5_000.0
    } else {
        1_000.0
    };
    let base = chart.y + chart.h;
    let mut k = 0.0;
    while k <= chart.total_m + 1.0 {
        let x = chart.x_at(k);
        pen.line(&[(x, base), (x, base + 4.0)], GREY, 0.6, false);
        let text = format!("{:.0}", k / 1000.0);
        pen.text(x, base + 13.0, &text, label.centre());
        k += km_step;
    }
    pen.text(chart.x + chart.w, base + 24.0, "km", label.right());
}

/// The area under a descent, in its kind's colour.
fn shade_descent(
    pen: &mut Pen,
    chart: &Chart,
    profile: &Profile,
    (start_m, end_m): (f64, f64),
    kind: crate::course::DescentKind,
) {
    let (a, b) = (profile.index_at(start_m), profile.index_at(end_m));
    let base = chart.y + chart.h;
    let mut poly = vec![(chart.x_at(profile.distance_m[a]), base)];
    poly.extend(
        (a..=b)
            .step_by(((b - a) / 200).max(1))
            .map(|i| chart.point(profile, i)),
    );
    poly.push(chart.point(profile, b));
    poly.push((chart.x_at(profile.distance_m[b]), base));
    pen.polygon(poly, palette::descent(kind), 0.35);
}

/// Descent names over the chart, staggered on three rows so neighbours do not overlap.
fn descent_labels(pen: &mut Pen, chart: &Chart, plan: &RacePlan) {
    let mut last_end = f32::NEG_INFINITY;
    let mut row = 0;
    for d in &plan.descents {
        let mark = if d.edited_by_runner { " ✎" } else { "" };
        let label = format!("{}{mark} ↓{} m", short(&d.name), format::num(d.drop_m, 0));
        let x = chart.x_at((d.start_m + d.end_m) / 2.0);
        let lw = pen.width(&label, 7.0);
        row = if x - lw / 2.0 < last_end {
            (row + 1) % 3
        } else {
            0
        };
        let y = chart.y + 12.0 + row as f32 * 10.0;
        let style = Style::new(7.0, palette::descent(d.kind)).centre();
        pen.text(x, y, &label, style);
        last_end = last_end.max(x + lw / 2.0);
    }
}

/// Every descent with its numbers, marked in its kind's colour; returns the y below.
fn descent_table(pages: &mut Pages, plan: &RacePlan, y: f32) -> f32 {
    let mut table = Table::new(vec![
        Column::text(t!("pdf-col-descent")),
        Column::number("km"),
        Column::number(t!("pdf-col-drop")),
        Column::number(t!("pdf-col-grade")),
        Column::number(t!("pdf-col-planned")),
        Column::number(t!("pdf-col-flat")),
        Column::number(t!("pdf-col-load")),
        Column::text(t!("pdf-col-risk")),
    ])
    .caption(t!("pdf-descents-caption"));
    let edited = |k: usize| plan.descents.get(k).is_some_and(|d| d.edited_by_runner);
    for (k, d) in plan.descent_strategy.iter().enumerate() {
        let mark = if edited(k) { " ✎" } else { "" };
        table.push_marked(
            palette::descent(d.kind),
            vec![
                Cell::new(format!("{}{mark} ({})", short(&d.name), d.kind.label())),
                Cell::new(km_range(d.start_m, d.end_m)),
                Cell::new(format!("{} m", format::num(d.drop_m, 0))),
                Cell::new(format!("{} %", format::num(d.avg_grade_pct, 1))),
                Cell::new(format!("{}/km", format::pace(d.planned_pace_s_per_km))),
                Cell::new(format!("{}/km", format::pace(d.flat_pace_s_per_km))),
                Cell::new(format::num(d.load, 0)),
                Cell::coloured(d.risk.label(), palette::risk(d.risk)),
            ],
        );
    }
    let y = table.draw(pages, y);
    if table.is_empty() {
        let note = t!("pdf-no-descents");
        pages.pen.text(MARGIN, y, &note, Style::new(8.0, GREY));
        return y + 13.0;
    }
    let official = plan.course.official.is_some();
    if (0..plan.descents.len()).any(edited) || official {
        let mut note = String::new();
        if (0..plan.descents.len()).any(edited) {
            note.push_str(&t!("pdf-edited-note"));
            note.push_str("  ");
        }
        if official {
            note.push_str(&t!("pdf-official-note"));
        }
        pages
            .pen
            .text(MARGIN, y, note.trim_end(), Style::new(7.5, GREY));
        return y + 12.0;
    }
    y
}

/// The plan as the runner meets the course: each climb, descent and flat stretch.
fn parts_table(pages: &mut Pages, plan: &RacePlan, y: f32) -> f32 {
    let mut table = Table::new(vec![
        Column::text(t!("pdf-col-part")),
        Column::number("km"),
        Column::number(t!("pdf-col-pace")),
        Column::number(t!("pdf-col-time")),
        Column::number(t!("pdf-col-total")),
        Column::number(t!("pdf-col-clock")),
    ])
    .caption(t!("pdf-parts-caption"))
    .body(8.0, 12.0);
    for s in &plan.parts {
        table.push(vec![
            Cell::new(part_label(&s.label)),
            Cell::new(km_range(s.start_m, s.end_m)),
            Cell::new(format!("{}/km", format::pace(s.pace_s_per_km))),
            Cell::new(format::hms(s.time_s)),
            Cell::new(format::hms(s.cumulative_s)),
            Cell::new(s.clock.clone()),
        ]);
    }
    table.draw(pages, y)
}

/// A course part's label for the table: the short name, with "(down)" for descents and
/// "(up)" for named climbs. The plan marks a part's kind only in its label (the suffixes
/// " (down)" and " (climb)" it adds to the names, in the thread's language), so the kind is
/// read from there.
fn part_label(label: &str) -> String {
    // The suffixes as the plan wrote them in this thread's language (" (down)", " (đổ dốc)").
    let down = t!("part-down", name = "");
    let climb = t!("climb-named", name = "");
    if let Some(name) = label.strip_suffix(down.as_str()) {
        t!("pdf-part-down", name = short(name))
    } else if let Some(name) = label.strip_suffix(climb.as_str()) {
        t!("pdf-part-up", name = short(name))
    } else {
        short(label).to_string()
    }
}

/// The one rule for race day, under the tables.
fn race_day_rule(pages: &mut Pages, plan: &RacePlan, y: f32) {
    let rule = t!(
        "pdf-race-day-rule",
        uphill = format::num(plan.settings.uphill_effort_pct, 0),
        restraint = format::num(plan.settings.downhill_restraint_pct, 0)
    );
    let style = Style::new(8.5, INK);
    let width = pages.content_width();
    let lines = pages.pen.wrap(&rule, style.size_pt, width).len();
    let y = pages.room(y, Pen::wrapped_height(lines, style.size_pt));
    pages.pen.wrapped(MARGIN, y, &rule, style, width);
}

/// "start-end" in km with one decimal.
fn km_range(start_m: f64, end_m: f64) -> String {
    format!("{}-{}", format::km(start_m, 1), format::km(end_m, 1))
}

/// A round step (1, 2, 5 x 10^n) giving about `n` divisions of `range`.
fn nice_step(range: f64, n: usize) -> f64 {
    let raw = (range / n as f64).max(1e-9);
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps_are_round() {
        assert_eq!(nice_step(100.0, 5), 20.0);
        assert_eq!(nice_step(37.0, 5), 10.0);
        assert_eq!(nice_step(3.0, 5), 1.0);
    }

    #[test]
    fn part_labels_keep_the_kind_and_drop_notes() {
        assert_eq!(
            part_label("Cầu Rồng (Dragon Bridge) (down)"),
            "Cầu Rồng (down)"
        );
        assert_eq!(part_label("Đèo Cả (climb)"), "Đèo Cả (up)");
        assert_eq!(part_label("Climb 3"), "Climb 3");
        assert_eq!(part_label("Flat and rolling"), "Flat and rolling");
        let vi = crate::i18n::with_lang(crate::i18n::Lang::Vi, || {
            part_label("Cầu Bãi Cháy (Bãi Cháy Bridge) (đổ dốc)")
        });
        assert_eq!(vi, "Cầu Bãi Cháy (đổ dốc)");
    }
}
