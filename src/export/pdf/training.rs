//! The training page: the downhill training block as a calendar, one row a week and one
//! column a day, rows shaded for recovery and taper weeks.

use super::layout::{MARGIN, Pages};
use super::pen::Style;
use crate::course::Profile;
use crate::document::PlanDocument;
use crate::palette::{self, GREY, INK, PAPER_PLOT, RECOVERY_WEEK, TAPER_WEEK};
use crate::t;
use crate::training::{TrainingBlock, Week};

/// Room left of the days for the week's number, date and phase.
const LABEL_W: f32 = 70.0;
/// Tallest week row.
const MAX_ROW_H: f32 = 46.0;
/// Kept free under the calendar: the legend line and the footer.
const CALENDAR_FOOT: f32 = 60.0;

/// Draws the calendar page; nothing without a training block.
pub fn draw(pages: &mut Pages, document: &PlanDocument, _profile: &Profile) {
    let Some(block) = &document.training else {
        return;
    };
    let y = pages.start_page(&t!("pdf-training-title"));
    let mut y = intro(pages, block, y) + 6.0;
    let cw = (pages.content_width() - LABEL_W) / 7.0;
    for d in 0..7 {
        let name = block.start.add_days(d).weekday_short();
        let x = MARGIN + LABEL_W + cw * d as f32 + 3.0;
        pages.pen.text(x, y, &name, Style::new(7.5, GREY));
    }
    y += 6.0;
    let rows = block.weeks.len().max(1) as f32;
    let rh = ((pages.height() - y - CALENDAR_FOOT) / rows).min(MAX_ROW_H);
    for wk in &block.weeks {
        week_row(pages, wk, y, rh, cw);
        y += rh;
    }
    let legend = t!("pdf-training-legend");
    let width = pages.content_width();
    pages
        .pen
        .wrapped(MARGIN, y + 12.0, &legend, Style::new(7.0, GREY), width);
}

/// The block's dates and pace mapping; returns the y below.
fn intro(pages: &mut Pages, block: &TrainingBlock, y: f32) -> f32 {
    let width = pages.content_width();
    let style = Style::new(8.0, GREY);
    let intro = t!(
        "pdf-training-intro",
        weeks = block.weeks.len(),
        start = block.start.local(),
        race = block.race_date.local(),
        paces = block.paces.mapping.as_str()
    );
    let mut y = pages.pen.wrapped(MARGIN, y, &intro, style, width);
    if let Some(t) = &block.race_specific_from {
        let copy = t!("pdf-training-copy", what = t.as_str());
        y = pages.pen.wrapped(MARGIN, y, &copy, style, width);
    }
    if let Some(level) = &block.start_level {
        y = pages
            .pen
            .wrapped(MARGIN, y, &level.describe(), style, width);
    }
    y
}

/// One week: the shaded row (top at `y`, `rh` high), its label and each session in its
/// day's column (`cw` wide).
fn week_row(pages: &mut Pages, wk: &Week, y: f32, rh: f32, cw: f32) {
    let width = pages.content_width();
    let pen = &mut pages.pen;
    let shade = if wk.taper {
        TAPER_WEEK
    } else if wk.recovery {
        RECOVERY_WEEK
    } else {
        PAPER_PLOT
    };
    pen.rect((MARGIN, y), (width, rh - 2.0), shade, 1.0);
    let week = t!("pdf-week", n = wk.index.to_string());
    pen.text(MARGIN + 3.0, y + 10.0, &week, Style::new(8.0, INK));
    let phase = if wk.taper {
        t!("pdf-week-taper")
    } else if wk.recovery {
        t!("pdf-week-recovery")
    } else {
        String::new()
    };
    let small = Style::new(6.5, GREY);
    pen.text(MARGIN + 3.0, y + 20.0, &wk.start.local(), small);
    pen.text(MARGIN + 3.0, y + 29.0, &phase, small);
    for s in &wk.sessions {
        let day = s.date.days_since(wk.start).clamp(0, 6) as f32;
        let x = MARGIN + LABEL_W + cw * day + 3.0;
        let style = Style::new(6.0, palette::printed_workout(s.kind));
        pen.wrapped(x, y + 10.0, &s.title, style, cw - 6.0);
    }
}
