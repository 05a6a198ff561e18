//! Page 2, the per-km splits with clock times: rows sized so a marathon fits one page,
//! continuing on another page when a long course would need rows too small to read.

use super::layout::Pages;
use super::table::{Cell, Column, Table};
use crate::course::Profile;
use crate::document::PlanDocument;
use crate::format;
use crate::t;

/// Tallest row, in points.
const MAX_ROW_H: f32 = 14.0;
/// Shortest row (text at its smallest size still clear of the next row): a course too
/// long to fit one page at this height continues on another page.
const MIN_ROW_H: f32 = 7.0;
/// Body text size as a share of the row height, and its limits in points.
const TEXT_SHARE: f32 = 0.62;
const MIN_TEXT_PT: f32 = 5.5;
const MAX_TEXT_PT: f32 = 8.5;
/// Splits with more descent load than this show it.
const SHOWN_LOAD: f64 = 0.5;

/// Draws the splits page (and a continuation page for a very long course).
pub fn draw(pages: &mut Pages, document: &PlanDocument, _profile: &Profile) {
    let plan = &document.plan;
    let y = pages.start_page(&t!("pdf-splits-title"));
    let table = Table::new(vec![
        Column::text(t!("pdf-col-split")),
        Column::number(t!("pdf-col-pace")),
        Column::number(t!("pdf-col-time")),
        Column::number(t!("pdf-col-total")),
        Column::number(t!("pdf-col-clock")),
        Column::number("+/- m"),
        Column::number(t!("pdf-col-grade")),
        Column::number("kcal"),
        Column::number(t!("pdf-col-load")),
    ]);
    let rows = plan.splits_km.len().max(1);
    let row_h = ((pages.bottom() - y - table.lead()) / rows as f32).clamp(MIN_ROW_H, MAX_ROW_H);
    let size = (row_h * TEXT_SHARE).clamp(MIN_TEXT_PT, MAX_TEXT_PT);
    let mut table = table.body(size, row_h).striped();
    for s in &plan.splits_km {
        let load = if s.descent_load > SHOWN_LOAD {
            format::num(s.descent_load, 1)
        } else {
            String::new()
        };
        table.push(vec![
            Cell::new(s.label.clone()),
            Cell::new(format!("{}/km", format::pace(s.pace_s_per_km))),
            Cell::new(format::pace(s.time_s)),
            Cell::new(format::hms(s.cumulative_s)),
            Cell::new(s.clock.clone()),
            Cell::new(format!(
                "+{}/-{}",
                format::num(s.gain_m, 0),
                format::num(s.loss_m, 0)
            )),
            Cell::new(format!("{} %", format::num_signed(s.avg_grade_pct, 1))),
            Cell::new(format::num(s.energy_kcal, 0)),
            Cell::new(load),
        ]);
    }
    table.draw(pages, y);
}
