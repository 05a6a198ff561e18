//! The page flow of the race card: [`Pages`] knows the paper, draws each page's header,
//! starts continuation pages when content reaches the usable bottom (the paper's real
//! height minus the footer space), and prints the recorded pages with their
//! "page N of M" footers into one krilla document.

use krilla::Document;
use krilla::page::PageSettings;
use krilla::text::Font;

use super::Paper;
use super::pen::{Canvas, Pen, Style};
use crate::export::ExportError;
use crate::format;
use crate::palette::{GREY, INK, LIGHT};
use crate::plan::RacePlan;
use crate::t;

/// Page margin on every side, in points.
pub const MARGIN: f32 = 42.0;
/// Space kept free at the bottom of each page for the footer, in points: nothing flowing
/// (table rows, lists, paragraphs) goes below the paper height minus this.
pub const FOOTER_SPACE: f32 = 50.0;
/// The header's lines shrink to fit the width, down to this size in points.
const MIN_HEADER_PT: f32 = 6.0;
/// Distance of the footer's baseline from the bottom edge, in points.
const FOOTER_FROM_BOTTOM: f32 = 22.0;

/// The pages of one race card being drawn, and the pen drawing the current one.
pub struct Pages {
    /// Draws on the current page.
    pub pen: Pen,
    paper: Paper,
    course_name: String,
    /// "goal … · start … · finish … · model", the same on every page header.
    plan_facts: String,
    /// Title of the page being drawn, repeated on its continuation pages.
    title: String,
    /// Whether a page has been started and not yet stored in `done`.
    open: bool,
    done: Vec<Canvas>,
}

impl Pages {
    /// No pages yet, for this plan on this paper.
    pub fn new(paper: Paper, plan: &RacePlan) -> Result<Pages, ExportError> {
        let plan_facts = t!(
            "pdf-plan-facts",
            goal = format::hms(plan.settings.goal_time_s),
            start = format::clock(plan.settings.start_clock_s),
            finish = plan.finish_clock.as_str(),
            model = plan.settings.model.label()
        );
        Ok(Pages {
            pen: Pen::new()?,
            paper,
            course_name: plan.course.name.clone(),
            plan_facts,
            title: String::new(),
            open: false,
            done: Vec::new(),
        })
    }

    /// Paper width in points.
    pub fn width(&self) -> f32 {
        self.paper.size().0
    }

    /// Paper height in points.
    pub fn height(&self) -> f32 {
        self.paper.size().1
    }

    /// Width between the side margins.
    pub fn content_width(&self) -> f32 {
        self.width() - 2.0 * MARGIN
    }

    /// The lowest y flowing content may reach: the paper's height minus the footer space.
    pub fn bottom(&self) -> f32 {
        self.height() - FOOTER_SPACE
    }

    /// Starts a page with the header for `title`; returns the y where content begins.
    pub fn start_page(&mut self, title: &str) -> f32 {
        self.end_page();
        self.open = true;
        self.title = title.to_string();
        self.header(title)
    }

    /// Starts a continuation of the current page ("… (continued)"); returns the y where
    /// content begins.
    pub fn continue_page(&mut self) -> f32 {
        self.end_page();
        self.open = true;
        let title = t!("pdf-continued", title = self.title.as_str());
        self.header(&title)
    }

    /// `y`, or the top of a continuation page when `height_pt` more points below `y` would
    /// cross the usable bottom.
    pub fn room(&mut self, y: f32, height_pt: f32) -> f32 {
        if y + height_pt > self.bottom() {
            self.continue_page()
        } else {
            y
        }
    }

    fn end_page(&mut self) {
        if self.open {
            self.done.push(self.pen.take_canvas());
            self.open = false;
        }
    }

    /// Course name, the page title with the plan's key facts, and a rule.
    fn header(&mut self, title: &str) -> f32 {
        let w = self.width();
        let room = self.content_width();
        let facts = format!("{title} · {}", self.plan_facts);
        let pen = &mut self.pen;
        // A long name or a longer language shrinks to the width rather than run off the page.
        let fit = |pen: &Pen, text: &str, size_pt: f32| {
            let needed = pen.width(text, size_pt);
            if needed > room {
                (size_pt * room / needed).max(MIN_HEADER_PT)
            } else {
                size_pt
            }
        };
        let name_pt = fit(pen, &self.course_name, 17.0);
        let facts_pt = fit(pen, &facts, 9.0);
        pen.text(
            MARGIN,
            MARGIN + 6.0,
            &self.course_name,
            Style::new(name_pt, INK),
        );
        pen.text(MARGIN, MARGIN + 24.0, &facts, Style::new(facts_pt, GREY));
        pen.line(
            &[(MARGIN, MARGIN + 32.0), (w - MARGIN, MARGIN + 32.0)],
            LIGHT,
            0.8,
            false,
        );
        MARGIN + 48.0
    }

    /// Adds the footers and prints every page into PDF bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, ExportError> {
        self.end_page();
        let font = Font::new(crate::assets::DEJAVU_SANS.into(), 0)
            .ok_or_else(|| ExportError::Pdf("the bundled font could not be read".into()))?;
        let (w, h) = self.paper.size();
        let settings =
            PageSettings::from_wh(w, h).ok_or_else(|| ExportError::Pdf("bad page size".into()))?;
        let mut doc = Document::new();
        doc.set_metadata(
            krilla::metadata::Metadata::new()
                .title(t!("pdf-doc-title", course = self.course_name.as_str()))
                .creator("Downhill Planner".into()),
        );
        let total = self.done.len();
        for (i, canvas) in std::mem::take(&mut self.done).into_iter().enumerate() {
            self.pen.resume(canvas);
            let footer = t!(
                "pdf-footer",
                course = self.course_name.as_str(),
                page = (i + 1).to_string(),
                pages = total.to_string()
            );
            let y = h - FOOTER_FROM_BOTTOM;
            self.pen.text(MARGIN, y, &footer, Style::new(7.0, GREY));
            let canvas = self.pen.take_canvas();
            let mut page = doc.start_page_with(settings.clone());
            let mut surface = page.surface();
            canvas.print(&mut surface, &font);
            surface.finish();
            page.finish();
        }
        doc.finish().map_err(|e| ExportError::Pdf(format!("{e:?}")))
    }
}
