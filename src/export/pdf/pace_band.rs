//! The last page, pace bands: strips 200 mm x 25 mm with the elapsed time at each km mark
//! and at each descent's crest and foot (so paper and the watch's race workout agree), to
//! cut out and tape round a wrist. Cells holding a descent are tinted; the legend says how
//! long the runner's watch reads against the official markers.

use super::layout::{MARGIN, Pages};
use super::pen::{Pen, Style};
use crate::course::Profile;
use crate::document::PlanDocument;
use crate::format;
use crate::palette::{DESCENT_TINT, GREY, INK, LIGHT};
use crate::t;

/// Points per millimetre.
const PT_PER_MM: f32 = 72.0 / 25.4;
/// A strip's size in millimetres.
const BAND_W_MM: f32 = 200.0;
const BAND_H_MM: f32 = 25.0;
/// Km cells on one strip.
const PER_BAND: usize = 14;
/// Space between strips.
const BAND_GAP: f32 = 18.0;
/// Splits with more descent load than this are tinted.
const TINTED_LOAD: f64 = 0.5;
/// Opacity of the descent tint.
const TINT_OPACITY: f32 = 0.12;

/// Draws the pace band page (and a continuation page for a long course).
pub fn draw(pages: &mut Pages, document: &PlanDocument, _profile: &Profile) {
    let plan = &document.plan;
    let y = pages.start_page(&t!("pdf-band-title"));
    let how = t!("pdf-band-how");
    let w = pages.content_width();
    let mut y = pages.pen.wrapped(MARGIN, y, &how, Style::new(8.5, GREY), w) + 6.0;
    let band_h = BAND_H_MM * PT_PER_MM;
    let cells = cells(document);
    for chunk in cells.chunks(PER_BAND) {
        y = pages.room(y, band_h);
        let x0 = (pages.width() - BAND_W_MM * PT_PER_MM) / 2.0;
        band(&mut pages.pen, chunk, (x0, y));
        y += band_h + BAND_GAP;
    }
    let legend = t!("pdf-band-legend");
    for text in [legend, over_read_note(plan)] {
        let h = Pen::wrapped_height(pages.pen.wrap(&text, 7.5, w).len(), 7.5);
        let top = pages.room(y, h);
        y = pages
            .pen
            .wrapped(MARGIN, top, &text, Style::new(7.5, GREY), w)
            + 4.0;
    }
}

/// What the over-read means at the 10 km and last markers.
fn over_read_note(plan: &crate::plan::RacePlan) -> String {
    let pct = plan.settings.watch_over_read_pct;
    let last_km = (plan.course.distance_m / 1000.0).floor().max(1.0);
    let shows = |km: f64| km * (1.0 + pct / 100.0);
    t!(
        "pdf-band-over-read",
        pct = format::num(pct, 1),
        last = format::num(last_km, 0),
        shows = format::num(shows(last_km), 2),
        shows10 = format::num(shows(10.0), 2)
    )
}

/// One cell of the band.
struct Cell {
    /// Top line: the km marker, or a descent's crest or foot.
    top: String,
    /// Where along the course (for ordering).
    distance_m: f64,
    /// Elapsed time there.
    elapsed_s: f64,
    /// Bottom line: pace of the km or the descent's cap.
    bottom: String,
    /// Tinted: a descent.
    tinted: bool,
}

/// The km cells and a cell at each descent's crest and foot, in course order.
fn cells(document: &PlanDocument) -> Vec<Cell> {
    let plan = &document.plan;
    let mut out: Vec<Cell> = plan
        .splits_km
        .iter()
        .map(|s| Cell {
            // The km mark this split ends at (splits count from 0).
            top: (s.index + 1).to_string(),
            distance_m: s.end_m,
            elapsed_s: s.cumulative_s,
            bottom: format::pace(s.pace_s_per_km),
            tinted: s.descent_load > TINTED_LOAD,
        })
        .collect();
    for d in &plan.descent_strategy {
        out.push(Cell {
            top: format!("▼ {}", format::km(d.start_m, 1)),
            distance_m: d.start_m,
            elapsed_s: d.elapsed_at_start_s,
            bottom: format!("≤ {}", format::pace(d.planned_pace_s_per_km)),
            tinted: true,
        });
        out.push(Cell {
            top: format!("▲ {}", format::km(d.end_m, 1)),
            distance_m: d.end_m,
            elapsed_s: d.elapsed_at_start_s + d.time_s,
            bottom: t!("pdf-band-foot"),
            tinted: true,
        });
    }
    out.sort_by(|a, b| a.distance_m.total_cmp(&b.distance_m));
    out
}

/// One strip with its top-left corner at `(x0, y)`.
fn band(pen: &mut Pen, cells: &[Cell], (x0, y): (f32, f32)) {
    let (band_w, band_h) = (BAND_W_MM * PT_PER_MM, BAND_H_MM * PT_PER_MM);
    let outline = [
        (x0, y),
        (x0 + band_w, y),
        (x0 + band_w, y + band_h),
        (x0, y + band_h),
        (x0, y),
    ];
    pen.line(&outline, GREY, 0.6, true);
    let cell = band_w / PER_BAND as f32;
    for (i, s) in cells.iter().enumerate() {
        let left = x0 + cell * i as f32;
        let cx = x0 + cell * (i as f32 + 0.5);
        if s.tinted {
            let size = (cell - 1.0, band_h - 1.0);
            pen.rect((left + 0.5, y + 0.5), size, DESCENT_TINT, TINT_OPACITY);
        }
        pen.text(cx, y + 17.0, &s.top, Style::new(8.0, GREY).centre());
        let elapsed = format::hms(s.elapsed_s);
        pen.text(cx, y + 34.0, &elapsed, Style::new(9.0, INK).centre());
        pen.text(cx, y + 49.0, &s.bottom, Style::new(7.0, GREY).centre());
        if i > 0 {
            pen.line(
                &[(left, y + 6.0), (left, y + band_h - 6.0)],
                LIGHT,
                0.4,
                false,
            );
        }
    }
}
