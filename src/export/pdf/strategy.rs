//! Page 3, descent strategy, energy and fuel: each descent with its planned pace and
//! technique cues (up to a little over half the page), the energy per km chart with the
//! cumulative curve, and the fuelling schedule.

use super::layout::{MARGIN, Pages};
use super::pen::{Pen, Style};
use crate::course::Profile;
use crate::document::PlanDocument;
use crate::format;
use crate::palette::{self, GREY, INK, ORANGE, RED};
use crate::plan::RacePlan;
use crate::plan::report::DescentStrategy;
use crate::t;

/// Descents are listed down to this share of the page height; the rest are in the
/// overview table.
const DESCENTS_SHARE: f32 = 0.55;
/// Height of the energy chart.
const CHART_H: f32 = 110.0;
/// Room left of the chart for its labels.
const AXIS_W: f32 = 30.0;
/// Energy per km is computed over at least this many km (a short last split).
const MIN_SPLIT_KM: f64 = 0.05;
/// From the fuelling caption's baseline to the first line's.
const FUEL_HEAD_ADVANCE: f32 = 14.0;
/// Line advance in the fuelling list.
const FUEL_LINE: f32 = 11.5;

/// Draws the strategy page (and a continuation page for a long fuelling list).
pub fn draw(pages: &mut Pages, document: &PlanDocument, _profile: &Profile) {
    let plan = &document.plan;
    let y = pages.start_page(&t!("pdf-strategy-title"));
    let y = descents(pages, plan, y);
    let y = energy_chart(pages, plan, y + 4.0);
    fuelling(pages, plan, y);
}

/// The descents with their pace sentence and cues; returns the y below the list.
fn descents(pages: &mut Pages, plan: &RacePlan, mut y: f32) -> f32 {
    let last_y = pages.height() * DESCENTS_SHARE;
    for (k, d) in plan.descent_strategy.iter().enumerate() {
        if y > last_y {
            let note = t!("pdf-more-descents");
            pages.pen.text(MARGIN, y, &note, Style::new(8.0, GREY));
            return y + 14.0;
        }
        let edited = plan.descents.get(k).is_some_and(|d| d.edited_by_runner);
        y = descent(pages, d, edited, y) + 6.0;
    }
    y
}

/// One descent: a marker, its name and place (and "edited by you" when the runner corrected
/// it), the pace sentence and the cues.
fn descent(pages: &mut Pages, d: &DescentStrategy, edited: bool, y: f32) -> f32 {
    let text_w = pages.content_width();
    let pen = &mut pages.pen;
    pen.rect(
        (MARGIN, y - 9.0),
        (4.0, 12.0),
        palette::descent(d.kind),
        1.0,
    );
    let name = if edited {
        t!("pdf-descent-edited", name = d.name.as_str())
    } else {
        d.name.clone()
    };
    let title = t!(
        "pdf-descent-title",
        name = name,
        start = format::km(d.start_m, 1),
        end = format::km(d.end_m, 1),
        clock = d.clock_at_start.as_str()
    );
    pen.text(MARGIN + 9.0, y, &title, Style::new(10.0, INK));
    let line = d.pace_summary();
    let mut y = pen.wrapped(
        MARGIN + 9.0,
        y + 13.0,
        &line,
        Style::new(8.0, INK),
        text_w - 9.0,
    );
    for c in &d.cues {
        let cue = format!("• {c}");
        y = pen.wrapped(MARGIN + 15.0, y, &cue, Style::new(7.5, GREY), text_w - 15.0);
    }
    y
}

/// kcal per km as bars and the cumulative share as a line; returns the y below.
fn energy_chart(pages: &mut Pages, plan: &RacePlan, y: f32) -> f32 {
    let e = &plan.energy;
    let (cx, cw) = (MARGIN + AXIS_W, pages.content_width() - AXIS_W);
    let pen = &mut pages.pen;
    let head = t!("pdf-energy");
    pen.text(MARGIN, y, &head, Style::new(11.0, INK));
    let facts = t!(
        "pdf-energy-facts",
        kcal = format::num(e.total_kcal, 0),
        climbs = format::num(e.climbs_pct, 0),
        descents = format::num(e.descents_pct, 0),
        flats = format::num(e.flats_pct, 0)
    );
    let facts_x = MARGIN + (pen.width(&head, 11.0) + 12.0).max(60.0);
    pen.text(facts_x, y, &facts, Style::new(8.0, GREY));
    let y = y + 10.0;
    let total = plan.course.distance_m.max(1.0);
    let per_km = |s: &crate::plan::report::Split| {
        s.energy_kcal / ((s.end_m - s.start_m) / 1000.0).max(MIN_SPLIT_KM)
    };
    let max_k = plan.splits_km.iter().map(per_km).fold(1.0, f64::max);
    for s in &plan.splits_km {
        let x0 = cx + (s.start_m / total) as f32 * cw;
        let x1 = cx + (s.end_m / total) as f32 * cw;
        let bh = (per_km(s) / max_k) as f32 * CHART_H;
        let size = ((x1 - x0 - 1.0).max(0.5), bh);
        pen.rect((x0 + 0.5, y + CHART_H - bh), size, ORANGE, 0.8);
    }
    let axis = Style::new(7.0, GREY).right();
    pen.text(cx - 4.0, y + 6.0, &format::num(max_k, 0), axis);
    pen.text(cx - 4.0, y + CHART_H, "0", axis);
    pen.text(cx - 4.0, y + 16.0, "kcal/km", Style::new(6.5, GREY).right());
    cumulative_line(pen, plan, (cx, cw), y);
    y + CHART_H + 22.0
}

/// The cumulative energy as a share of the total, over the chart at `y`.
fn cumulative_line(pen: &mut Pen, plan: &RacePlan, (cx, cw): (f32, f32), y: f32) {
    let total_m = plan.course.distance_m.max(1.0);
    let total_kcal = plan.energy.total_kcal;
    let mut cum = 0.0;
    let mut pts = vec![(cx, y + CHART_H)];
    for s in &plan.splits_km {
        cum += s.energy_kcal;
        pts.push((
            cx + (s.end_m / total_m) as f32 * cw,
            y + CHART_H - (cum / total_kcal.max(1.0)) as f32 * CHART_H,
        ));
    }
    pen.line(&pts, RED, 1.0, false);
    let legend = t!("pdf-energy-legend", kcal = format::num(total_kcal, 0));
    pen.text(cx + 6.0, y + 8.0, &legend, Style::new(7.0, RED));
}

/// The fuelling schedule, continuing on another page if it reaches the bottom.
fn fuelling(pages: &mut Pages, plan: &RacePlan, y: f32) {
    let pen = &mut pages.pen;
    let head = t!("pdf-fuelling");
    pen.text(MARGIN, y, &head, Style::new(11.0, INK));
    let carbs = t!(
        "pdf-carbs",
        grams = format::num(plan.energy.carbohydrate_g, 0)
    );
    let carbs_x = MARGIN + (pen.width(&head, 11.0) + 12.0).max(60.0);
    pen.text(carbs_x, y, &carbs, Style::new(8.0, GREY));
    let mut y = y + FUEL_HEAD_ADVANCE;
    for f in &plan.fuel {
        if y > pages.bottom() {
            y = pages.continue_page();
            let caption = t!("pdf-continued", title = t!("pdf-fuelling"));
            pages.pen.text(MARGIN, y, &caption, Style::new(11.0, INK));
            y += FUEL_HEAD_ADVANCE;
        }
        let note = if f.note.is_empty() {
            String::new()
        } else {
            format!(" ({})", f.note)
        };
        let line = format!(
            "km {:>5}  {}  {}{note}",
            format::km(f.distance_m, 1),
            f.clock,
            f.item
        );
        let width = pages.content_width();
        if pages.pen.width(&line, 8.0) <= width {
            pages.pen.text(MARGIN, y, &line, Style::new(8.0, INK));
            y += FUEL_LINE;
        } else {
            // A long note (or a longer language) wraps instead of running off the page.
            let style = Style::new(8.0, INK);
            y = pages.pen.wrapped(MARGIN, y, &line, style, width) + FUEL_LINE
                - Pen::wrapped_height(1, 8.0);
        }
    }
    if !plan.water_stations_m.is_empty() {
        let km: Vec<String> = plan
            .water_stations_m
            .iter()
            .map(|w| format::km(*w, 1))
            .collect();
        let text = t!("pdf-water-stations", km = km.join(format::list_separator()));
        let w = pages.content_width();
        let h = Pen::wrapped_height(pages.pen.wrap(&text, 8.0, w).len(), 8.0);
        let top = pages.room(y + 4.0, h);
        pages
            .pen
            .wrapped(MARGIN, top, &text, Style::new(8.0, INK), w);
    }
}
