//! The race-morning page: the conditions by the clock (sun times, the table with humidity
//! and the heat model's slowdown), the heat's cost, fluids and sodium, and the catch-up card
//! (at each 5 km, how to win back 15 to 120 s on the flats only, with the B goal's times).

use super::layout::{MARGIN, Pages};
use super::pen::Style;
use super::table::{Cell, Column, Table};
use crate::course::Profile;
use crate::document::PlanDocument;
use crate::format;
use crate::palette::{GREY, INK, RED};
use crate::plan::RacePlan;
use crate::t;

/// Line advance of the notes, points.
const LINE: f32 = 12.0;

/// Draws the page.
pub fn draw(pages: &mut Pages, document: &PlanDocument, _profile: &Profile) {
    let plan = &document.plan;
    let mut y = pages.start_page(&t!("pdf-morning-title"));
    y = conditions(pages, plan, y);
    y = fluids(pages, plan, y);
    catch_up(pages, plan, y + 6.0);
}

/// The conditions table and the heat's cost; returns the y below.
fn conditions(pages: &mut Pages, plan: &RacePlan, mut y: f32) -> f32 {
    let width = pages.content_width();
    let Some(c) = &plan.conditions else {
        let note = t!("pdf-no-weather");
        return pages
            .pen
            .wrapped(MARGIN, y, &note, Style::new(8.0, GREY), width)
            + 6.0;
    };
    let mut head = vec![t!("pdf-heat-mode", mode = c.mode.label())];
    if c.acclimatised {
        head.push(t!("pdf-acclimatised"));
    }
    if let Some(d) = &c.race_date {
        head.push(t!("pdf-race-day", date = crate::date::local_day(d)));
    }
    if let (Some(dawn), Some(rise)) = (&c.dawn, &c.sunrise) {
        head.push(t!(
            "pdf-dawn-sunrise",
            dawn = dawn.as_str(),
            sunrise = rise.as_str()
        ));
    }
    pages
        .pen
        .text(MARGIN, y, &head.join(" · "), Style::new(10.0, INK));
    y += LINE + 4.0;
    let mut table = Table::new(vec![
        Column::text(t!("pdf-col-time")),
        Column::number(t!("pdf-col-air")),
        Column::number(t!("pdf-col-dew-point")),
        Column::number(t!("pdf-col-humidity")),
        Column::number(t!("pdf-col-temp-dew")),
        Column::number(t!("pdf-col-slowdown")),
    ])
    .caption(t!("pdf-conditions-caption"))
    .striped();
    for r in &c.table {
        table.push(vec![
            Cell::new(r.clock.clone()),
            Cell::new(format!("{} °C", format::num(r.temp_c, 1))),
            Cell::new(format!("{} °C", format::num(r.dewpoint_c, 1))),
            Cell::new(format!("{} %", format::num(r.humidity_pct, 0))),
            Cell::new(format::num(r.hadley_sum_f, 0)),
            Cell::new(format!("{} %", format::num(r.slowdown_pct, 1))),
        ]);
    }
    y = table.draw(pages, y) + 4.0;
    if let Some(h) = &plan.heat {
        let line = t!(
            "pdf-heat-finish",
            same = format::hms(h.finish_same_effort_s),
            planned = format::hms(h.finish_planned_s)
        );
        y = pages
            .pen
            .wrapped(MARGIN, y, &line, Style::new(9.0, INK), width);
        if let Some(w) = &h.warning {
            y = pages.pen.wrapped(MARGIN, y, w, Style::new(8.5, RED), width);
        }
    }
    let model = t!("pdf-heat-model", model = c.model.as_str());
    y = pages
        .pen
        .wrapped(MARGIN, y, &model, Style::new(7.0, GREY), width);
    if !c.source.is_empty() {
        let source = t!("pdf-heat-source", source = c.source.as_str());
        y = pages
            .pen
            .wrapped(MARGIN, y, &source, Style::new(7.0, GREY), width);
    }
    y + 6.0
}

/// Fluids and sodium; returns the y below.
fn fluids(pages: &mut Pages, plan: &RacePlan, y: f32) -> f32 {
    let Some(f) = &plan.fluids else {
        return y;
    };
    let width = pages.content_width();
    pages
        .pen
        .text(MARGIN, y, &t!("pdf-fluids"), Style::new(11.0, INK));
    let line = t!(
        "pdf-fluids-text",
        sweat = format::num(f.sweat_rate_l_h, 2),
        source = f.sweat_rate_source.as_str(),
        total = format::num(f.sweat_total_l, 1),
        drink = format::num(f.drink_l_per_h, 2),
        station = format::num(f.per_station_ml, 0),
        every = format::shortest(f.station_every_km),
        sodium = format::num(f.sodium_mg_per_h, 0),
        loss = format::num(f.mass_loss_pct, 1)
    );
    let y = pages
        .pen
        .wrapped(MARGIN, y + LINE + 2.0, &line, Style::new(8.5, INK), width);
    pages
        .pen
        .wrapped(MARGIN, y, &f.caution, Style::new(8.0, GREY), width)
        + 6.0
}

/// The catch-up card.
fn catch_up(pages: &mut Pages, plan: &RacePlan, y: f32) {
    if plan.catch_up.is_empty() {
        return;
    }
    let has_b = plan.catch_up.iter().any(|r| r.elapsed_b.is_some());
    let mut columns = vec![Column::number("km"), Column::number(t!("pdf-col-planned"))];
    if has_b {
        columns.push(Column::number(t!("pdf-col-b-goal")));
    }
    columns.extend([
        Column::number(t!("pdf-col-behind-15")),
        Column::number("30 s"),
        Column::number("60 s"),
        Column::number("120 s"),
    ]);
    let mut table = Table::new(columns)
        .caption(t!("pdf-catch-up-caption"))
        .striped();
    for row in &plan.catch_up {
        let mut cells = vec![
            Cell::new(format::num(row.km, 0)),
            Cell::new(format!("{} ({})", row.elapsed, short_clock(&row.clock))),
        ];
        if has_b {
            cells.push(Cell::new(row.elapsed_b.clone().unwrap_or_default()));
        }
        cells.extend(row.deficits.iter().map(|d| match d.flat_pace_s_per_km {
            Some(p) => Cell::new(format!("{}/km", format::pace(p))),
            None => Cell::coloured(t!("pdf-let-it-go"), GREY),
        }));
        table.push(cells);
    }
    let y = table.draw(pages, y) + 2.0;
    let note = t!("pdf-catch-up-note");
    let width = pages.content_width();
    pages
        .pen
        .wrapped(MARGIN, y, &note, Style::new(7.5, GREY), width);
}

/// "03:12:18" to "03:12".
fn short_clock(clock: &str) -> &str {
    clock.get(..5).unwrap_or(clock)
}
