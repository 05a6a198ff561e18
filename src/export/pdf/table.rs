//! Tables on the race card: each column is as wide as its widest header or cell (measured
//! with the font's glyph advances), numbers align right, rows may be striped or carry a
//! colour marker, and a row that would cross the page's usable bottom goes to a
//! continuation page under a repeated caption and header.

use super::layout::{MARGIN, Pages};
use super::pen::{Align, Pen, Style};
use crate::palette::{GREY, INK, Rgb, STRIPE};
use crate::t;

/// Size of a table's caption.
const CAPTION_PT: f32 = 11.0;
/// From the caption's baseline to the header's.
const CAPTION_ADVANCE: f32 = 16.0;
/// From the header's baseline to the first row's.
const HEAD_ADVANCE: f32 = 12.0;
/// Size of the column headers.
const HEAD_PT: f32 = 7.5;
/// Smallest space between two columns.
const MIN_GAP: f32 = 10.0;
/// Width of a row's colour marker.
const MARKER_W: f32 = 4.0;
/// Room the marker takes before the first column (marker and a little air).
const MARKER_SPACE: f32 = 7.0;
/// Share of the row height above the baseline (the rest is below it).
const ABOVE_BASELINE: f32 = 0.72;

/// A column: its header and how its cells align.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    head: String,
    align: Align,
}

impl Column {
    /// A column of words, left-aligned.
    pub fn text(head: impl Into<String>) -> Column {
        Column {
            head: head.into(),
            align: Align::Left,
        }
    }

    /// A column of numbers, right-aligned so digits line up.
    pub fn number(head: impl Into<String>) -> Column {
        Column {
            head: head.into(),
            align: Align::Right,
        }
    }
}

/// One cell's text and colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    text: String,
    colour: Rgb,
}

impl Cell {
    /// Text in the body colour.
    pub fn new(text: impl Into<String>) -> Cell {
        Cell::coloured(text, INK)
    }

    /// Text in its own colour (a risk level, say).
    pub fn coloured(text: impl Into<String>, colour: Rgb) -> Cell {
        Cell {
            text: text.into(),
            colour,
        }
    }
}

/// A row: one cell per column, and an optional colour marker at its left.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    cells: Vec<Cell>,
    marker: Option<Rgb>,
}

/// Where a column is drawn: its left edge and width, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    /// Left edge.
    pub x: f32,
    /// Width of the widest header or cell.
    pub w: f32,
}

/// A table to draw across as many pages as it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    caption: Option<String>,
    columns: Vec<Column>,
    rows: Vec<Row>,
    body_pt: f32,
    row_h: f32,
    striped: bool,
}

impl Table {
    /// An empty table with these columns: 8 pt body text on 13 pt rows.
    pub fn new(columns: Vec<Column>) -> Table {
        Table {
            caption: None,
            columns,
            rows: Vec::new(),
            body_pt: 8.0,
            row_h: 13.0,
            striped: false,
        }
    }

    /// A caption above the header (repeated with "(continued)" on later pages).
    pub fn caption(self, caption: impl Into<String>) -> Table {
        Table {
            caption: Some(caption.into()),
            ..self
        }
    }

    /// Body text size and row height, in points.
    pub fn body(self, size_pt: f32, row_h: f32) -> Table {
        Table {
            body_pt: size_pt,
            row_h,
            ..self
        }
    }

    /// Shades every other row, starting with the first.
    pub fn striped(self) -> Table {
        Table {
            striped: true,
            ..self
        }
    }

    /// Adds a row of cells (one per column; missing cells stay empty).
    pub fn push(&mut self, cells: Vec<Cell>) {
        self.rows.push(Row {
            cells,
            marker: None,
        });
    }

    /// Adds a row with a colour marker at its left.
    pub fn push_marked(&mut self, marker: Rgb, cells: Vec<Cell>) {
        self.rows.push(Row {
            cells,
            marker: Some(marker),
        });
    }

    /// True when the table has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Each column's width: its widest header or cell, measured with the pen's font.
    pub fn measure(&self, pen: &Pen) -> Vec<f32> {
        self.columns
            .iter()
            .enumerate()
            .map(|(j, c)| {
                self.rows
                    .iter()
                    .filter_map(|r| r.cells.get(j))
                    .map(|cell| pen.width(&cell.text, self.body_pt))
                    .fold(pen.width(&c.head, HEAD_PT), f32::max)
            })
            .collect()
    }

    /// Columns placed across `width` points from `x0`: measured widths, the space left
    /// over shared equally between the gaps (at least [`MIN_GAP`] each), after the room
    /// for row markers when any row has one.
    pub fn place(&self, pen: &Pen, x0: f32, width: f32) -> Vec<Place> {
        let widths = self.measure(pen);
        let start = if self.rows.iter().any(|r| r.marker.is_some()) {
            x0 + MARKER_SPACE
        } else {
            x0
        };
        let gaps = widths.len().saturating_sub(1);
        let used: f32 = widths.iter().sum();
        let gap = if gaps == 0 {
            0.0
        } else {
            ((x0 + width - start - used) / gaps as f32).max(MIN_GAP)
        };
        let mut x = start;
        widths
            .iter()
            .map(|&w| {
                let place = Place { x, w };
                x += w + gap;
                place
            })
            .collect()
    }

    /// Draws the table with its caption's baseline at `y`, continuing on new pages as
    /// needed; returns the baseline below the last row.
    pub fn draw(&self, pages: &mut Pages, y: f32) -> f32 {
        let places = self.place(&pages.pen, MARGIN, pages.content_width());
        let below = self.row_h * (1.0 - ABOVE_BASELINE);
        // Caption, header and the first row stay together.
        let mut y = pages.room(y, self.lead() + below);
        y = self.draw_head(pages, &places, y, false);
        for (i, row) in self.rows.iter().enumerate() {
            if y + below > pages.bottom() {
                y = pages.continue_page();
                y = self.draw_head(pages, &places, y, true);
            }
            self.draw_row(pages, &places, i, row, y);
            y += self.row_h;
        }
        y
    }

    /// From the caption's baseline (or the header's, without a caption) to the first row's.
    pub fn lead(&self) -> f32 {
        if self.caption.is_some() {
            CAPTION_ADVANCE + HEAD_ADVANCE
        } else {
            HEAD_ADVANCE
        }
    }

    fn draw_head(&self, pages: &mut Pages, places: &[Place], mut y: f32, again: bool) -> f32 {
        let pen = &mut pages.pen;
        if let Some(caption) = &self.caption {
            let style = Style::new(CAPTION_PT, INK);
            if again {
                let title = t!("pdf-continued", title = caption.as_str());
                pen.text(MARGIN, y, &title, style);
            } else {
                pen.text(MARGIN, y, caption, style);
            }
            y += CAPTION_ADVANCE;
        }
        for (c, p) in self.columns.iter().zip(places) {
            cell_text(pen, *p, c.align, y, &c.head, Style::new(HEAD_PT, GREY));
        }
        y + HEAD_ADVANCE
    }

    /// Draws row number `i` (counted over the whole table, for the stripes) at `y`.
    fn draw_row(&self, pages: &mut Pages, places: &[Place], i: usize, row: &Row, y: f32) {
        let width = pages.content_width();
        let pen = &mut pages.pen;
        if self.striped && i.is_multiple_of(2) {
            let top = y - self.row_h * ABOVE_BASELINE;
            pen.rect((MARGIN - 2.0, top), (width + 4.0, self.row_h), STRIPE, 1.0);
        }
        if let Some(colour) = row.marker {
            let size = (MARKER_W, self.body_pt * 1.25);
            pen.rect((MARGIN, y - self.body_pt), size, colour, 1.0);
        }
        for ((c, p), cell) in self.columns.iter().zip(places).zip(&row.cells) {
            let style = Style::new(self.body_pt, cell.colour);
            cell_text(pen, *p, c.align, y, &cell.text, style);
        }
    }
}

/// Draws `text` in a column, at its left edge or flush with its right edge.
fn cell_text(pen: &mut Pen, place: Place, align: Align, y: f32, text: &str, style: Style) {
    match align {
        Align::Right => pen.text(place.x + place.w, y, text, style.right()),
        Align::Centre => pen.text(place.x + place.w / 2.0, y, text, style.centre()),
        Align::Left => pen.text(place.x, y, text, style),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        let mut t = Table::new(vec![Column::text("Descent"), Column::number("km")]);
        t.push(vec![
            Cell::new("Cầu Thuận Phước (bridge)"),
            Cell::new("6.2-7.2"),
        ]);
        t.push(vec![Cell::new("Hill"), Cell::new("36.2-37.2")]);
        t
    }

    #[test]
    fn columns_are_as_wide_as_their_widest_header_or_cell() {
        let pen = Pen::new().unwrap();
        let widths = table().measure(&pen);
        assert_eq!(widths.len(), 2);
        // The long Vietnamese name, not the header, sets the first column.
        let name = pen.width("Cầu Thuận Phước (bridge)", 8.0);
        assert!((widths[0] - name).abs() < 1e-4, "{widths:?}");
        assert!(name > pen.width("Descent", HEAD_PT));
        // The widest number sets the second.
        assert!((widths[1] - pen.width("36.2-37.2", 8.0)).abs() < 1e-4);
        // A header wider than every cell sets its column.
        let mut t = Table::new(vec![Column::number("a long header")]);
        t.push(vec![Cell::new("1")]);
        assert!((t.measure(&pen)[0] - pen.width("a long header", HEAD_PT)).abs() < 1e-4);
        // Larger body text, wider columns.
        assert!(table().body(10.0, 14.0).measure(&pen)[1] > widths[1]);
    }

    #[test]
    fn columns_fill_the_width_without_overlapping() {
        let pen = Pen::new().unwrap();
        let places = table().place(&pen, 42.0, 500.0);
        assert!((places[0].x - 42.0).abs() < 1e-4);
        assert!(places[0].x + places[0].w + MIN_GAP <= places[1].x);
        // The number column ends flush with the table's right edge.
        assert!((places[1].x + places[1].w - 542.0).abs() < 1e-3);
        // Markers push the first column right.
        let mut marked = table();
        marked.push_marked(GREY, vec![Cell::new("x"), Cell::new("1")]);
        assert!((marked.place(&pen, 42.0, 500.0)[0].x - 42.0 - MARKER_SPACE).abs() < 1e-4);
        // Too narrow: the gaps keep their minimum and the table runs wider.
        let narrow = table().place(&pen, 0.0, 10.0);
        assert!((narrow[1].x - narrow[0].w - MIN_GAP).abs() < 1e-4);
    }
}
