//! The last page, pace bands: strips 200 mm x 25 mm with the elapsed time at each km mark,
//! to cut out and tape round a wrist. Cells holding a descent are tinted.

use super::layout::{MARGIN, Pages};
use super::pen::{Pen, Style};
use crate::course::Profile;
use crate::document::PlanDocument;
use crate::format;
use crate::palette::{DESCENT_TINT, GREY, INK, LIGHT};
use crate::plan::report::Split;

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
    let y = pages.start_page("Pace band");
    let how = "Cut along the dashed lines and tape the strips round your wrist (each strip is \
               200 mm x 25 mm).";
    pages.pen.text(MARGIN, y, how, Style::new(8.5, GREY));
    let mut y = y + 18.0;
    let band_h = BAND_H_MM * PT_PER_MM;
    for chunk in plan.splits_km.chunks(PER_BAND) {
        y = pages.room(y, band_h);
        let x0 = (pages.width() - BAND_W_MM * PT_PER_MM) / 2.0;
        band(&mut pages.pen, chunk, (x0, y));
        y += band_h + BAND_GAP;
    }
    let legend = "Blue cells hold a descent: run them at the planned pace, not faster. Top: km; \
                  middle: elapsed time at the km mark; bottom: pace of that km.";
    let y = pages.room(y, 0.0);
    pages.pen.text(MARGIN, y, legend, Style::new(7.5, GREY));
}

/// One strip with its top-left corner at `(x0, y)`.
fn band(pen: &mut Pen, splits: &[Split], (x0, y): (f32, f32)) {
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
    for (i, s) in splits.iter().enumerate() {
        let left = x0 + cell * i as f32;
        let cx = x0 + cell * (i as f32 + 0.5);
        if s.descent_load > TINTED_LOAD {
            let size = (cell - 1.0, band_h - 1.0);
            pen.rect((left + 0.5, y + 0.5), size, DESCENT_TINT, TINT_OPACITY);
        }
        // The km mark this split ends at (splits count from 0).
        let km = (s.index + 1).to_string();
        pen.text(cx, y + 17.0, &km, Style::new(8.0, GREY).centre());
        let elapsed = format::hms(s.cumulative_s);
        pen.text(cx, y + 34.0, &elapsed, Style::new(9.0, INK).centre());
        let pace = format::pace(s.pace_s_per_km);
        pen.text(cx, y + 49.0, &pace, Style::new(7.0, GREY).centre());
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
