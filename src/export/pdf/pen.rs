//! The drawing layer of the race card: a [`Pen`] measures text with the bundled font's
//! real glyph advances and records text, lines, rectangles and filled shapes onto a
//! [`Canvas`]; a finished canvas is played onto a krilla page.
//!
//! Pages are recorded first and printed at the end so that every footer can say
//! "page N of M" after tables have added the continuation pages they needed.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, LineCap, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use crate::export::ExportError;
use crate::palette::Rgb;

/// Line height of wrapped text, as a multiple of the font size.
const LINE_SPACING: f32 = 1.3;
/// Advance in font units for a character the font lacks (about an average glyph).
const MISSING_GLYPH_UNITS: u32 = 600;

/// Where a text's anchor point is: its left end, right end or middle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// The text starts at x.
    Left,
    /// The text ends at x (numbers in columns).
    Right,
    /// The text is centred on x.
    Centre,
}

/// How a text is drawn: size in points, colour and alignment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Font size in points.
    pub size_pt: f32,
    /// Colour of the glyphs.
    pub colour: Rgb,
    /// Anchor of the text.
    pub align: Align,
}

impl Style {
    /// Left-aligned text of this size and colour.
    pub const fn new(size_pt: f32, colour: Rgb) -> Style {
        Style {
            size_pt,
            colour,
            align: Align::Left,
        }
    }

    /// The same style, right-aligned.
    pub const fn right(self) -> Style {
        Style {
            align: Align::Right,
            ..self
        }
    }

    /// The same style, centred.
    pub const fn centre(self) -> Style {
        Style {
            align: Align::Centre,
            ..self
        }
    }
}

/// A filled area.
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Rect { x: f32, y: f32, w: f32, h: f32 },
    Polygon(Vec<(f32, f32)>),
}

/// One recorded drawing operation; coordinates are points, y down.
#[derive(Debug, Clone, PartialEq)]
enum Op {
    Text {
        x: f32,
        y: f32,
        size_pt: f32,
        text: String,
        colour: Rgb,
    },
    Fill {
        shape: Shape,
        colour: Rgb,
        opacity: f32,
    },
    Stroke {
        points: Vec<(f32, f32)>,
        colour: Rgb,
        width_pt: f32,
        dashed: bool,
    },
}

/// The recorded content of one page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Canvas(Vec<Op>);

impl Canvas {
    /// Plays the recorded operations onto a krilla page surface, in order.
    pub fn print(&self, surface: &mut Surface<'_>, font: &Font) {
        for op in &self.0 {
            match op {
                Op::Text {
                    x,
                    y,
                    size_pt,
                    text,
                    colour,
                } => {
                    set_fill(surface, *colour, 1.0);
                    surface.draw_text(
                        Point::from_xy(*x, *y),
                        font.clone(),
                        *size_pt,
                        text,
                        false,
                        TextDirection::Auto,
                    );
                }
                Op::Fill {
                    shape,
                    colour,
                    opacity,
                } => {
                    if let Some(path) = shape_path(shape) {
                        set_fill(surface, *colour, *opacity);
                        surface.draw_path(&path);
                    }
                }
                Op::Stroke {
                    points,
                    colour,
                    width_pt,
                    dashed,
                } => {
                    if let Some(path) = polyline(points, false) {
                        set_stroke(surface, *colour, *width_pt, *dashed);
                        surface.draw_path(&path);
                    }
                }
            }
        }
    }
}

fn set_fill(surface: &mut Surface<'_>, c: Rgb, opacity: f32) {
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        opacity: NormalizedF32::new(opacity.clamp(0.0, 1.0)).unwrap_or(NormalizedF32::ONE),
        rule: krilla::paint::FillRule::default(),
    }));
}

fn set_stroke(surface: &mut Surface<'_>, c: Rgb, width_pt: f32, dashed: bool) {
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        width: width_pt,
        line_cap: LineCap::Round,
        dash: dashed.then(|| StrokeDash {
            array: vec![3.0, 3.0],
            offset: 0.0,
        }),
        ..Default::default()
    }));
}

fn shape_path(shape: &Shape) -> Option<krilla::geom::Path> {
    match shape {
        Shape::Rect { x, y, w, h } => {
            let r = Rect::from_xywh(*x, *y, w.max(0.01), h.max(0.01))?;
            let mut pb = PathBuilder::new();
            pb.push_rect(r);
            pb.finish()
        }
        Shape::Polygon(points) => polyline(points, true),
    }
}

fn polyline(points: &[(f32, f32)], closed: bool) -> Option<krilla::geom::Path> {
    let ((x0, y0), rest) = points.split_first()?;
    let mut pb = PathBuilder::new();
    pb.move_to(*x0, *y0);
    for (x, y) in rest {
        pb.line_to(*x, *y);
    }
    if closed {
        pb.close();
    }
    pb.finish()
}

/// Draws on the current page: measures with the bundled font and records what it draws.
pub struct Pen {
    face: ttf_parser::Face<'static>,
    canvas: Canvas,
}

impl Pen {
    /// A pen with the bundled DejaVu Sans metrics and an empty canvas.
    pub fn new() -> Result<Pen, ExportError> {
        let face = ttf_parser::Face::parse(crate::assets::DEJAVU_SANS, 0)
            .map_err(|e| ExportError::Pdf(e.to_string()))?;
        Ok(Pen {
            face,
            canvas: Canvas::default(),
        })
    }

    /// Hands over the page drawn so far and starts an empty one.
    pub fn take_canvas(&mut self) -> Canvas {
        std::mem::take(&mut self.canvas)
    }

    /// Continues drawing on a page recorded earlier (to add its footer).
    pub fn resume(&mut self, canvas: Canvas) {
        self.canvas = canvas;
    }

    /// Width of `text` in points at `size_pt`, from the font's glyph advances.
    pub fn width(&self, text: &str, size_pt: f32) -> f32 {
        let upem = f32::from(self.face.units_per_em());
        let units: u32 = text
            .chars()
            .map(|c| {
                self.face
                    .glyph_index(c)
                    .and_then(|g| self.face.glyph_hor_advance(g))
                    .map_or(MISSING_GLYPH_UNITS, u32::from)
            })
            .sum();
        units as f32 * size_pt / upem
    }

    /// Draws `text` with its baseline at `y`, anchored at `x` as the style says.
    pub fn text(&mut self, x: f32, y: f32, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        let w = self.width(text, style.size_pt);
        let x = match style.align {
            Align::Left => x,
            Align::Right => x - w,
            Align::Centre => x - w / 2.0,
        };
        self.canvas.0.push(Op::Text {
            x,
            y,
            size_pt: style.size_pt,
            text: text.to_string(),
            colour: style.colour,
        });
    }

    /// The lines `text` breaks into at word boundaries to fit `max_w` points.
    pub fn wrap(&self, text: &str, size_pt: f32, max_w: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, size_pt) > max_w && !line.is_empty() {
                lines.push(std::mem::replace(&mut line, word.to_string()));
            } else {
                line = candidate;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// Height in points of `lines` lines of wrapped text at `size_pt`.
    pub fn wrapped_height(lines: usize, size_pt: f32) -> f32 {
        lines as f32 * size_pt * LINE_SPACING
    }

    /// Text wrapped to `max_w` (left-aligned from `x`); returns the y below the last line.
    pub fn wrapped(&mut self, x: f32, mut y: f32, text: &str, style: Style, max_w: f32) -> f32 {
        for line in self.wrap(text, style.size_pt, max_w) {
            self.text(x, y, &line, Style::new(style.size_pt, style.colour));
            y += style.size_pt * LINE_SPACING;
        }
        y
    }

    /// A filled rectangle, top-left corner at (x, y).
    pub fn rect(&mut self, (x, y): (f32, f32), (w, h): (f32, f32), colour: Rgb, opacity: f32) {
        self.canvas.0.push(Op::Fill {
            shape: Shape::Rect { x, y, w, h },
            colour,
            opacity,
        });
    }

    /// A polyline through `points` (nothing for fewer than two).
    pub fn line(&mut self, points: &[(f32, f32)], colour: Rgb, width_pt: f32, dashed: bool) {
        if points.len() < 2 {
            return;
        }
        self.canvas.0.push(Op::Stroke {
            points: points.to_vec(),
            colour,
            width_pt,
            dashed,
        });
    }

    /// A filled polygon through `points` (nothing for fewer than three).
    pub fn polygon(&mut self, points: Vec<(f32, f32)>, colour: Rgb, opacity: f32) {
        if points.len() < 3 {
            return;
        }
        self.canvas.0.push(Op::Fill {
            shape: Shape::Polygon(points),
            colour,
            opacity,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::palette::INK;

    #[test]
    fn widths_add_up_and_scale_with_size() {
        let pen = Pen::new().unwrap();
        let ab = pen.width("ab", 10.0);
        assert!((ab - pen.width("a", 10.0) - pen.width("b", 10.0)).abs() < 1e-4);
        assert!((pen.width("ab", 20.0) - 2.0 * ab).abs() < 1e-4);
        assert!(pen.width("Cầu Thuận Phước", 8.0) > pen.width("Cau", 8.0));
    }

    #[test]
    fn wrapping_keeps_every_word_and_fits() {
        let pen = Pen::new().unwrap();
        let text = "Shorter strides, quicker cadence; land midfoot, not on the heel.";
        let lines = pen.wrap(text, 8.0, 90.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().all(|l| pen.width(l, 8.0) <= 90.0));
    }

    #[test]
    fn alignment_moves_the_anchor() {
        let mut pen = Pen::new().unwrap();
        let w = pen.width("12:34", 8.0);
        pen.text(100.0, 10.0, "12:34", Style::new(8.0, INK).right());
        pen.text(100.0, 10.0, "", Style::new(8.0, INK));
        let canvas = pen.take_canvas();
        assert_eq!(canvas.0.len(), 1, "empty text draws nothing");
        let Some(Op::Text { x, .. }) = canvas.0.first() else {
            panic!("a text op")
        };
        assert!((x + w - 100.0).abs() < 1e-4);
        assert!(pen.take_canvas().0.is_empty());
    }
}
