//! The race debrief page: the key numbers and the verdict, the pace run against the pace
//! planned per km (one chart, the same axes), the descents with their rushed flags and the
//! flat after each, then the per-km table (continuing on another page when long).

use super::layout::{MARGIN, Pages};
use super::pen::{Pen, Style};
use super::short;
use super::table::{Cell, Column, Table};
use crate::format;
use crate::history::debrief::Debrief;
use crate::history::debrief::verdict::signed;
use crate::palette::{GREEN, GREY, INK, LIGHT, RED};
use crate::t;

/// Height of the pace chart.
const CHART_H: f32 = 120.0;
/// Room left of the chart for its labels.
const AXIS_W: f32 = 34.0;
/// The page's heading in English (what tests look for; the page shows
/// `pdf-debrief-title` in the thread's language).
pub const HEADING: &str = "Race debrief";

/// Draws the debrief page (and its continuation pages).
pub fn draw(pages: &mut Pages, d: &Debrief) {
    let y = pages.start_page(&t!("pdf-debrief-title"));
    let facts = t!(
        "pdf-debrief-facts",
        finish = format::hms(d.actual_finish_s),
        planned = format::hms(d.planned_finish_s),
        delta = signed(d.actual_finish_s - d.planned_finish_s),
        stopped = format::pace(d.stopped_s),
        over_read = format::num_signed(d.over_read_pct, 1),
        next = format::num(d.next_plan_over_read_pct, 1)
    );
    let w = pages.content_width();
    let y = pages
        .pen
        .wrapped(MARGIN, y, &facts, Style::new(9.0, INK), w)
        - Pen::wrapped_height(1, 9.0);
    let y = pages
        .pen
        .wrapped(MARGIN, y + 16.0, &d.verdict, Style::new(9.5, INK), w);
    let y = pace_chart(pages, d, y + 10.0);
    let y = descents(pages, d, y + 6.0);
    km_table(pages, d, y + 10.0);
}

/// Planned (grey) and run (red) pace per km, slower higher (as the app's plot); returns
/// the y below.
fn pace_chart(pages: &mut Pages, d: &Debrief, y: f32) -> f32 {
    let y = pages.room(y, CHART_H + 30.0);
    let (cx, cw) = (MARGIN + AXIS_W, pages.content_width() - AXIS_W);
    let pen = &mut pages.pen;
    let head = t!("pdf-debrief-pace");
    pen.text(MARGIN, y, &head, Style::new(11.0, INK));
    let legend = t!("pdf-debrief-pace-legend");
    let legend_x = MARGIN + (pen.width(&head, 11.0) + 12.0).max(90.0);
    pen.text(legend_x, y, &legend, Style::new(8.0, GREY));
    let top = y + 10.0;
    let paces =
        d.km.iter()
            .flat_map(|k| [k.planned_pace_s_per_km, k.actual_pace_s_per_km])
            .filter(|p| p.is_finite());
    let (lo, hi) = paces.fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p), b.max(p)));
    if lo > hi {
        return top + CHART_H;
    }
    let (lo, hi) = (lo - 5.0, hi + 5.0);
    let total = d.course_distance_m.max(1.0);
    let x = |m: f64| cx + (m / total) as f32 * cw;
    let yv = |p: f64| top + ((hi - p) / (hi - lo)) as f32 * CHART_H;
    pen.rect((cx, top), (cw, CHART_H), LIGHT, 0.35);
    let steps = |pace: &dyn Fn(&crate::history::debrief::KmDebrief) -> f64| {
        d.km.iter()
            .flat_map(|k| [(x(k.start_m), yv(pace(k))), (x(k.end_m), yv(pace(k)))])
            .collect::<Vec<_>>()
    };
    pen.line(&steps(&|k| k.planned_pace_s_per_km), GREY, 1.4, true);
    pen.line(&steps(&|k| k.actual_pace_s_per_km), RED, 1.2, false);
    let axis = Style::new(7.0, GREY).right();
    pen.text(cx - 4.0, top + 6.0, &format::pace(hi), axis);
    pen.text(cx - 4.0, top + CHART_H, &format::pace(lo), axis);
    pen.text(cx - 4.0, top + 16.0, "/km", Style::new(6.5, GREY).right());
    let end = format!("km {}", format::km(total, 1));
    pen.text(
        cx + cw,
        top + CHART_H + 9.0,
        &end,
        Style::new(7.0, GREY).right(),
    );
    top + CHART_H + 24.0
}

/// The descents: cap against run, the rushed flag, the flat after; returns the y below.
fn descents(pages: &mut Pages, d: &Debrief, y: f32) -> f32 {
    if d.descents.is_empty() {
        return y;
    }
    let mut t = Table::new(vec![
        Column::text(t!("pdf-debrief-col-descent")),
        Column::number("km"),
        Column::number(t!("pdf-debrief-col-cap")),
        Column::number(t!("pdf-debrief-col-run")),
        Column::number("+/-"),
        Column::text(t!("pdf-debrief-col-flag")),
        Column::number(t!("pdf-debrief-col-flat-plan")),
        Column::number(t!("pdf-debrief-col-run")),
        Column::number("+/-"),
        Column::text(""),
    ])
    .caption(t!("pdf-debrief-descents-caption"));
    for x in &d.descents {
        let flag = if x.rushed {
            let pct = format::num(x.faster_than_cap_pct, 0);
            Cell::coloured(t!("pdf-debrief-rushed", pct = pct), RED)
        } else {
            Cell::coloured(t!("pdf-debrief-held"), GREEN)
        };
        let mut cells = vec![
            Cell::new(short(&x.name).to_string()),
            Cell::new(format!(
                "{}-{}",
                format::km(x.start_m, 1),
                format::km(x.end_m, 1)
            )),
            Cell::new(format::pace(x.cap_pace_s_per_km)),
            Cell::new(format::pace(x.actual_pace_s_per_km)),
            Cell::new(signed(x.delta_s)),
            flag,
        ];
        if let Some(f) = &x.flat_after {
            cells.push(Cell::new(format::pace(f.planned_pace_s_per_km)));
            cells.push(Cell::new(format::pace(f.actual_pace_s_per_km)));
            cells.push(Cell::new(signed(f.delta_s)));
            cells.push(if f.faded {
                Cell::coloured(t!("pdf-debrief-faded"), RED)
            } else {
                Cell::new("")
            });
        }
        t.push_marked(if x.rushed { RED } else { GREEN }, cells);
    }
    let note = t!(
        "pdf-debrief-note",
        pct = format::num(d.rushed_tolerance_pct, 0)
    );
    let y = t.draw(pages, y);
    let w = pages.content_width();
    pages
        .pen
        .wrapped(MARGIN, y + 2.0, &note, Style::new(7.0, GREY), w)
}

/// Every km: planned, run, lost or gained, and the running total.
fn km_table(pages: &mut Pages, d: &Debrief, y: f32) {
    let has_hr = d.km.iter().any(|k| k.heart_rate_bpm.is_some());
    let mut t = Table::new(vec![
        Column::text(t!("pdf-col-split")),
        Column::number(t!("pdf-col-planned")),
        Column::number(t!("pdf-debrief-col-run")),
        Column::number("+/-"),
        Column::number(t!("pdf-debrief-col-total")),
        Column::number(t!("pdf-col-grade")),
        Column::number(if has_hr { "bpm" } else { "" }),
    ])
    .caption(t!("pdf-debrief-km-caption"))
    .body(7.5, 11.0)
    .striped();
    for k in &d.km {
        let colour = if k.delta_s > 1.0 { RED } else { INK };
        t.push(vec![
            Cell::new(k.label.clone()),
            Cell::new(format::pace(k.planned_pace_s_per_km)),
            Cell::new(format::pace(k.actual_pace_s_per_km)),
            Cell::coloured(signed(k.delta_s), colour),
            Cell::new(signed(k.cumulative_delta_s)),
            Cell::new(format!("{} %", format::num_signed(k.avg_grade_pct, 1))),
            Cell::new(
                k.heart_rate_bpm
                    .map(|b| format::num(b, 0))
                    .unwrap_or_default(),
            ),
        ]);
    }
    t.draw(pages, y);
}
