//! The printable race card (krilla; the bundled DejaVu Sans is embedded, so Vietnamese
//! names print exactly). Page coordinates are points, y down.
//!
//! Pages: 1 overview (key numbers, vector elevation profile with the named descents and
//! km ticks, descent table, course parts); 2 per-km splits with clock times; 3 descent
//! strategy with technique cues, energy chart and fuelling; 4 the race morning (conditions,
//! heat, fluids, the catch-up card); 5 the training calendar (with a training block); last,
//! cut-out pace bands sized for a wrist. The race debrief (`debrief`) is a document of its
//! own: [`render_debrief`]. A table that reaches
//! the bottom of the paper continues on a page of its own ("… (continued)").
//!
//! Files: `pen` draws and measures, `layout` flows pages and prints them, `table`
//! measures and draws tables, and one file per page.

mod debrief;
mod layout;
mod overview;
mod pace_band;
mod pen;
mod race_morning;
mod splits;
mod strategy;
mod table;
mod training;

use serde::{Deserialize, Serialize};

use super::ExportError;
use crate::course::Profile;
use crate::document::PlanDocument;
use layout::Pages;

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    /// ISO A4, 210 mm x 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 in x 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// The paper named `a4`, `letter` or `us-letter` (any case), if it is one of them.
    pub fn from_id(s: &str) -> Option<Paper> {
        match s.trim().to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" | "us-letter" => Some(Paper::Letter),
            _ => None,
        }
    }
}

/// Draws one page (and any continuation pages it needs).
type PageFn = fn(&mut Pages, &PlanDocument, &Profile);

/// Renders the plan as PDF bytes. `profile` supplies the elevation line.
pub fn render(
    document: &PlanDocument,
    profile: &Profile,
    paper: Paper,
) -> Result<Vec<u8>, ExportError> {
    let mut pages = Pages::new(paper, &document.plan)?;
    for draw in page_list(document) {
        draw(&mut pages, document, profile);
    }
    pages.finish()
}

/// Renders a race debrief (against `plan`, which heads the page) as PDF bytes.
pub fn render_debrief(
    plan: &crate::plan::RacePlan,
    debrief: &crate::history::debrief::Debrief,
    paper: Paper,
) -> Result<Vec<u8>, ExportError> {
    let mut pages = Pages::new(paper, plan)?;
    debrief::draw(&mut pages, debrief);
    pages.finish()
}

/// The heading of the debrief page.
pub const DEBRIEF_HEADING: &str = debrief::HEADING;

/// The pages of this document, in print order.
fn page_list(document: &PlanDocument) -> Vec<PageFn> {
    let mut list: Vec<PageFn> = vec![
        overview::draw,
        splits::draw,
        strategy::draw,
        race_morning::draw,
    ];
    if document.training.is_some() {
        list.push(training::draw);
    }
    list.push(pace_band::draw);
    list
}

/// A descent or landmark name without its bracketed note ("Cầu Rồng (Dragon Bridge)" to
/// "Cầu Rồng"), to fit table cells and chart labels.
fn short(name: &str) -> &str {
    name.split(" (").next().unwrap_or(name)
}
