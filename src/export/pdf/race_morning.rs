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

/// Line advance of the notes, points.
const LINE: f32 = 12.0;

/// Draws the page.
pub fn draw(pages: &mut Pages, document: &PlanDocument, _profile: &Profile) {
    let plan = &document.plan;
    let mut y = pages.start_page("Race morning and catch-up card");
    y = conditions(pages, plan, y);
    y = fluids(pages, plan, y);
    catch_up(pages, plan, y + 6.0);
}

/// The conditions table and the heat's cost; returns the y below.
fn conditions(pages: &mut Pages, plan: &RacePlan, mut y: f32) -> f32 {
    let width = pages.content_width();
    let Some(c) = &plan.conditions else {
        let note = "No race-morning weather in this plan: add the hourly temperature and dew \
            point (Race morning in the app, --weather on the command line) and the plan \
            follows the heat by the clock.";
        return pages
            .pen
            .wrapped(MARGIN, y, note, Style::new(8.0, GREY), width)
            + 6.0;
    };
    let mut head = vec![format!("Heat: {}", c.mode.label())];
    if c.acclimatised {
        head.push("acclimatised".into());
    }
    if let Some(d) = &c.race_date {
        head.push(format!("race day {d}"));
    }
    if let (Some(dawn), Some(rise)) = (&c.dawn, &c.sunrise) {
        head.push(format!("dawn {dawn}, sunrise {rise}"));
    }
    pages
        .pen
        .text(MARGIN, y, &head.join(" · "), Style::new(10.0, INK));
    y += LINE + 4.0;
    let mut table = Table::new(vec![
        Column::text("time"),
        Column::number("air"),
        Column::number("dew point"),
        Column::number("humidity"),
        Column::number("temp + dew (°F)"),
        Column::number("slowdown"),
    ])
    .caption("Conditions")
    .striped();
    for r in &c.table {
        table.push(vec![
            Cell::new(r.clock.clone()),
            Cell::new(format!("{:.1} °C", r.temp_c)),
            Cell::new(format!("{:.1} °C", r.dewpoint_c)),
            Cell::new(format!("{:.0} %", r.humidity_pct)),
            Cell::new(format!("{:.0}", r.hadley_sum_f)),
            Cell::new(format!("{:.1} %", r.slowdown_pct)),
        ]);
    }
    y = table.draw(pages, y) + 4.0;
    if let Some(h) = &plan.heat {
        let line = format!(
            "At the goal's effort in this heat you would finish in {}; planned finish {}.",
            format::hms(h.finish_same_effort_s),
            format::hms(h.finish_planned_s)
        );
        pages.pen.text(MARGIN, y, &line, Style::new(9.0, INK));
        y += LINE;
        if let Some(w) = &h.warning {
            y = pages.pen.wrapped(MARGIN, y, w, Style::new(8.5, RED), width);
        }
    }
    let model = format!("Model: {}.", c.model);
    y = pages
        .pen
        .wrapped(MARGIN, y, &model, Style::new(7.0, GREY), width);
    if !c.source.is_empty() {
        let source = format!("Table: {}.", c.source);
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
        .text(MARGIN, y, "Fluids and sodium", Style::new(11.0, INK));
    let line = format!(
        "Sweat about {:.2} l/h ({}), {:.1} l over the race. Drink about {:.2} l/h: {:.0} ml at \
         each water station (every {} km). Sodium about {:.0} mg/h. Expected loss at the \
         finish {:.1} % of body mass.",
        f.sweat_rate_l_h,
        f.sweat_rate_source,
        f.sweat_total_l,
        f.drink_l_per_h,
        f.per_station_ml,
        f.station_every_km,
        f.sodium_mg_per_h,
        f.mass_loss_pct
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
    let mut columns = vec![Column::number("km"), Column::number("planned")];
    if has_b {
        columns.push(Column::number("B goal"));
    }
    columns.extend([
        Column::number("15 s behind"),
        Column::number("30 s"),
        Column::number("60 s"),
        Column::number("120 s"),
    ]);
    let mut table = Table::new(columns)
        .caption("Catch-up card: pace on the flats ahead (descents keep their caps)")
        .striped();
    for row in &plan.catch_up {
        let mut cells = vec![
            Cell::new(format!("{:.0}", row.km)),
            Cell::new(format!("{} ({})", row.elapsed, short_clock(&row.clock))),
        ];
        if has_b {
            cells.push(Cell::new(row.elapsed_b.clone().unwrap_or_default()));
        }
        cells.extend(row.deficits.iter().map(|d| match d.flat_pace_s_per_km {
            Some(p) => Cell::new(format!("{}/km", format::pace(p))),
            None => Cell::coloured("let it go", GREY),
        }));
        table.push(cells);
    }
    let y = table.draw(pages, y) + 2.0;
    let note = "Behind at a checkpoint? Win the seconds back on the flats and gentle grades \
        ahead at the pace shown; never by running a descent faster. \"Let it go\" means it would \
        take more than 3 % extra speed: keep the plan and the quads.";
    let width = pages.content_width();
    pages
        .pen
        .wrapped(MARGIN, y, note, Style::new(7.5, GREY), width);
}

/// "03:12:18" to "03:12".
fn short_clock(clock: &str) -> &str {
    clock.get(..5).unwrap_or(clock)
}
