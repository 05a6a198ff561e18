//! Page 2, the per-km splits with clock times: rows sized so a marathon fits one page,
//! continuing on another page when a long course would need rows too small to read.

use super::layout::Pages;
use super::table::{Cell, Column, Table};
use crate::course::Profile;
use crate::document::PlanDocument;
use crate::format;

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
    let y = pages.start_page("Splits per km");
    let table = Table::new(vec![
        Column::text("split"),
        Column::number("pace"),
        Column::number("time"),
        Column::number("total"),
        Column::number("clock"),
        Column::number("+/- m"),
        Column::number("grade"),
        Column::number("kcal"),
        Column::number("load"),
    ]);
    let rows = plan.splits_km.len().max(1);
    let row_h = ((pages.bottom() - y - table.lead()) / rows as f32).clamp(MIN_ROW_H, MAX_ROW_H);
    let size = (row_h * TEXT_SHARE).clamp(MIN_TEXT_PT, MAX_TEXT_PT);
    let mut table = table.body(size, row_h).striped();
    for s in &plan.splits_km {
        let load = if s.descent_load > SHOWN_LOAD {
            format!("{:.1}", s.descent_load)
        } else {
            String::new()
        };
        table.push(vec![
            Cell::new(s.label.clone()),
            Cell::new(format!("{}/km", format::pace(s.pace_s_per_km))),
            Cell::new(format::pace(s.time_s)),
            Cell::new(format::hms(s.cumulative_s)),
            Cell::new(s.clock.clone()),
            Cell::new(format!("+{:.0}/-{:.0}", s.gain_m, s.loss_m)),
            Cell::new(format!("{:+.1} %", s.avg_grade_pct)),
            Cell::new(format!("{:.0}", s.energy_kcal)),
            Cell::new(load),
        ]);
    }
    table.draw(pages, y);
}
