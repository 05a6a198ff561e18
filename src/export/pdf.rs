//! The printable race card (krilla; the bundled DejaVu Sans is embedded, so Vietnamese
//! names print exactly). Page coordinates are points, y down.
//!
//! Pages: 1 overview (key numbers, vector elevation profile with the named descents and
//! km ticks, descent table); 2 per-km splits with clock times; 3 descent strategy with
//! technique cues, energy chart and fuelling; 4 cut-out pace bands sized for a wrist.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, LineCap, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use serde::{Deserialize, Serialize};

use super::ExportError;
use crate::course::{DescentKind, Profile};
use crate::document::PlanDocument;
use crate::format;
use crate::plan::RacePlan;

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
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
    pub fn from_id(s: &str) -> Option<Paper> {
        match s.trim().to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" | "us-letter" => Some(Paper::Letter),
            _ => None,
        }
    }
}

const MARGIN: f32 = 42.0;
type Rgb = (u8, u8, u8);
const INK: Rgb = (33, 33, 33);
const GREY: Rgb = (117, 117, 117);
const LIGHT: Rgb = (224, 224, 224);
const GREEN: Rgb = (67, 160, 71);
const ORANGE: Rgb = (251, 140, 0);

fn kind_colour(kind: DescentKind) -> Rgb {
    match kind {
        DescentKind::Bridge => (30, 136, 229),
        DescentKind::Pass => (216, 67, 21),
        DescentKind::Hill => (142, 36, 170),
    }
}

fn risk_colour(risk: crate::plan::report::Risk) -> Rgb {
    crate::palette::risk(risk)
}

/// Text alignment.
#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Right,
    Centre,
}

/// A page being drawn: the surface plus the font and its metrics.
struct Pen<'a, 'b> {
    s: &'a mut Surface<'b>,
    font: Font,
    face: &'a ttf_parser::Face<'a>,
}

impl Pen<'_, '_> {
    fn width(&self, text: &str, size: f32) -> f32 {
        let upem = f32::from(self.face.units_per_em());
        let units: u32 = text
            .chars()
            .map(|c| {
                self.face
                    .glyph_index(c)
                    .and_then(|g| self.face.glyph_hor_advance(g))
                    .map_or(600, u32::from)
            })
            .sum();
        units as f32 * size / upem
    }

    fn fill(&mut self, c: Rgb, opacity: f32) {
        self.s.set_stroke(None);
        self.s.set_fill(Some(Fill {
            paint: rgb::Color::new(c.0, c.1, c.2).into(),
            opacity: NormalizedF32::new(opacity.clamp(0.0, 1.0)).unwrap_or(NormalizedF32::ONE),
            rule: Default::default(),
        }));
    }

    fn stroke(&mut self, c: Rgb, width: f32, dash: bool) {
        self.s.set_fill(None);
        self.s.set_stroke(Some(Stroke {
            paint: rgb::Color::new(c.0, c.1, c.2).into(),
            width,
            line_cap: LineCap::Round,
            dash: dash.then(|| StrokeDash {
                array: vec![3.0, 3.0],
                offset: 0.0,
            }),
            ..Default::default()
        }));
    }

    fn text(&mut self, x: f32, y: f32, size: f32, text: &str, c: Rgb, align: Align) {
        if text.is_empty() {
            return;
        }
        let w = self.width(text, size);
        let x = match align {
            Align::Left => x,
            Align::Right => x - w,
            Align::Centre => x - w / 2.0,
        };
        self.fill(c, 1.0);
        self.s.draw_text(
            Point::from_xy(x, y),
            self.font.clone(),
            size,
            text,
            false,
            TextDirection::Auto,
        );
    }

    /// Text wrapped to `max_w`; returns the y below the last line.
    fn wrapped(&mut self, x: f32, mut y: f32, size: f32, text: &str, c: Rgb, max_w: f32) -> f32 {
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, size) > max_w && !line.is_empty() {
                self.text(x, y, size, &line, c, Align::Left);
                y += size * 1.3;
                line = word.to_string();
            } else {
                line = candidate;
            }
        }
        if !line.is_empty() {
            self.text(x, y, size, &line, c, Align::Left);
            y += size * 1.3;
        }
        y
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, c: Rgb, opacity: f32) {
        let Some(r) = krilla::geom::Rect::from_xywh(x, y, w.max(0.01), h.max(0.01)) else {
            return;
        };
        let mut pb = PathBuilder::new();
        pb.push_rect(r);
        if let Some(p) = pb.finish() {
            self.fill(c, opacity);
            self.s.draw_path(&p);
        }
    }

    fn line(&mut self, pts: &[(f32, f32)], c: Rgb, width: f32, dash: bool) {
        if pts.len() < 2 {
            return;
        }
        let mut pb = PathBuilder::new();
        pb.move_to(pts[0].0, pts[0].1);
        for p in &pts[1..] {
            pb.line_to(p.0, p.1);
        }
        if let Some(p) = pb.finish() {
            self.stroke(c, width, dash);
            self.s.draw_path(&p);
        }
    }

    fn polygon(&mut self, pts: &[(f32, f32)], c: Rgb, opacity: f32) {
        if pts.len() < 3 {
            return;
        }
        let mut pb = PathBuilder::new();
        pb.move_to(pts[0].0, pts[0].1);
        for p in &pts[1..] {
            pb.line_to(p.0, p.1);
        }
        pb.close();
        if let Some(p) = pb.finish() {
            self.fill(c, opacity);
            self.s.draw_path(&p);
        }
    }
}

/// Draws one page: pen, plan, profile, page width and height.
type PageFn = fn(&mut Pen, &PlanDocument, &Profile, f32, f32);

/// Renders the plan as PDF bytes. `profile` supplies the elevation line.
pub fn render(
    document: &PlanDocument,
    profile: &Profile,
    paper: Paper,
) -> Result<Vec<u8>, ExportError> {
    let plan = &document.plan;
    let face = ttf_parser::Face::parse(crate::assets::DEJAVU_SANS, 0)
        .map_err(|e| ExportError::Pdf(e.to_string()))?;
    let font = Font::new(crate::assets::DEJAVU_SANS.into(), 0)
        .ok_or_else(|| ExportError::Pdf("the bundled font could not be read".into()))?;
    let (w, h) = paper.size();
    let mut doc = Document::new();
    doc.set_metadata(
        krilla::metadata::Metadata::new()
            .title(format!("Race plan: {}", plan.course.name))
            .creator("Downhill Planner".into()),
    );
    let settings =
        PageSettings::from_wh(w, h).ok_or_else(|| ExportError::Pdf("bad page size".into()))?;
    let mut pages: Vec<PageFn> = vec![overview_page, splits_page, strategy_page];
    if document.training.is_some() {
        pages.push(training_page);
    }
    pages.push(pace_band_page);
    let total = pages.len();
    for (i, draw) in pages.iter().enumerate() {
        let mut page = doc.start_page_with(settings.clone());
        let mut surface = page.surface();
        {
            let mut pen = Pen {
                s: &mut surface,
                font: font.clone(),
                face: &face,
            };
            draw(&mut pen, document, profile, w, h);
            let footer = format!(
                "Downhill Planner · {} · page {} of {}",
                plan.course.name,
                i + 1,
                total
            );
            pen.text(MARGIN, h - 22.0, 7.0, &footer, GREY, Align::Left);
        }
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|e| ExportError::Pdf(format!("{e:?}")))
}

fn header(pen: &mut Pen, plan: &RacePlan, w: f32, title: &str) -> f32 {
    pen.text(
        MARGIN,
        MARGIN + 6.0,
        17.0,
        &plan.course.name,
        INK,
        Align::Left,
    );
    let sub = format!(
        "{title} · goal {} · start {} · finish {} · {}",
        format::hms(plan.settings.goal_time_s),
        format::clock(plan.settings.start_clock_s),
        plan.finish_clock,
        plan.settings.model.label()
    );
    pen.text(MARGIN, MARGIN + 24.0, 9.0, &sub, GREY, Align::Left);
    pen.line(
        &[(MARGIN, MARGIN + 32.0), (w - MARGIN, MARGIN + 32.0)],
        LIGHT,
        0.8,
        false,
    );
    MARGIN + 48.0
}

fn overview_page(pen: &mut Pen, document: &PlanDocument, profile: &Profile, w: f32, _h: f32) {
    let plan = &document.plan;
    let mut y = header(pen, plan, w, "Race overview");
    let c = &plan.course;
    let m = |v: Option<f64>| v.map_or("n/a".to_string(), |v| format!("{v:.0} m"));
    let boxes = [
        ("Distance", format!("{} km", format::km(c.distance_m, 2))),
        ("Gain / loss", format!("{} / {}", m(c.gain_m), m(c.loss_m))),
        (
            "Finish",
            format!(
                "{} · {}",
                format::hms(plan.finish_time_s),
                plan.finish_clock.get(..5).unwrap_or(&plan.finish_clock)
            ),
        ),
        (
            "Flat pace",
            format!("{}/km", format::pace(plan.flat_pace_s_per_km)),
        ),
        ("Energy", format!("{:.0} kcal", plan.energy.total_kcal)),
        (
            "Descent load",
            format!("{:.0} points", plan.total_descent_load),
        ),
    ];
    let bw = (w - 2.0 * MARGIN) / boxes.len() as f32;
    for (i, (k, v)) in boxes.iter().enumerate() {
        let x = MARGIN + i as f32 * bw;
        pen.rect(x + 2.0, y - 10.0, bw - 4.0, 34.0, (245, 245, 245), 1.0);
        pen.text(x + 7.0, y + 1.0, 7.0, k, GREY, Align::Left);
        pen.text(x + 7.0, y + 16.0, 9.5, v, INK, Align::Left);
    }
    y += 44.0;

    // Elevation profile, vector.
    let (px, pw, ph) = (MARGIN + 30.0, w - 2.0 * MARGIN - 30.0, 230.0);
    let py = y;
    let total = profile.total_m().max(1.0);
    let (lo, hi) = (
        profile.min_elevation_m.unwrap_or(0.0),
        profile.max_elevation_m.unwrap_or(1.0),
    );
    let span = (hi - lo).max(20.0);
    let (e0, e1) = (lo - 0.05 * span, lo + 1.25 * span);
    let sx = |d: f64| px + (d / total) as f32 * pw;
    let sy = |e: f64| py + ph - ((e - e0) / (e1 - e0)) as f32 * ph;
    pen.rect(px, py, pw, ph, (250, 250, 250), 1.0);
    // Grid: elevation every nice step, km ticks.
    let step = nice_step(e1 - e0, 5);
    let mut e = (e0 / step).ceil() * step;
    while e <= e1 {
        pen.line(&[(px, sy(e)), (px + pw, sy(e))], LIGHT, 0.4, false);
        let label = format!("{:.0} m", if e.abs() < 1e-9 { 0.0 } else { e });
        pen.text(px - 4.0, sy(e) + 3.0, 7.0, &label, GREY, Align::Right);
        e += step;
    }
    let km_step = if total > 60_000.0 {
        10_000.0
    } else if total > 15_000.0 {
        5_000.0
    } else {
        1_000.0
    };
    let mut k = 0.0;
    while k <= total + 1.0 {
        pen.line(
            &[(sx(k), py + ph), (sx(k), py + ph + 4.0)],
            GREY,
            0.6,
            false,
        );
        pen.text(
            sx(k),
            py + ph + 13.0,
            7.0,
            &format!("{:.0}", k / 1000.0),
            GREY,
            Align::Centre,
        );
        k += km_step;
    }
    pen.text(px + pw, py + ph + 24.0, 7.0, "km", GREY, Align::Right);
    if profile.has_elevation {
        let idx = crate::course::profile::decimate_min_max(&profile.elevation_m, 2_000);
        for d in &plan.descents {
            let (a, b) = (profile.index_at(d.start_m), profile.index_at(d.end_m));
            let mut poly = vec![(sx(profile.distance_m[a]), py + ph)];
            poly.extend(
                (a..=b)
                    .step_by(((b - a) / 200).max(1))
                    .map(|i| (sx(profile.distance_m[i]), sy(profile.elevation_m[i]))),
            );
            poly.push((sx(profile.distance_m[b]), sy(profile.elevation_m[b])));
            poly.push((sx(profile.distance_m[b]), py + ph));
            pen.polygon(&poly, kind_colour(d.kind), 0.35);
        }
        let line: Vec<(f32, f32)> = idx
            .iter()
            .map(|&i| (sx(profile.distance_m[i]), sy(profile.elevation_m[i])))
            .collect();
        pen.line(&line, GREEN, 1.2, false);
        // Labels, staggered so neighbours do not overlap.
        let mut last_end = f32::NEG_INFINITY;
        let mut row = 0;
        for d in &plan.descents {
            let label = format!("{} ↓{:.0} m", short(&d.name), d.drop_m);
            let x = sx((d.start_m + d.end_m) / 2.0);
            let lw = pen.width(&label, 7.0);
            row = if x - lw / 2.0 < last_end {
                (row + 1) % 3
            } else {
                0
            };
            let ly = py + 12.0 + row as f32 * 10.0;
            pen.text(x, ly, 7.0, &label, kind_colour(d.kind), Align::Centre);
            last_end = last_end.max(x + lw / 2.0);
        }
    } else {
        pen.text(
            px + pw / 2.0,
            py + ph / 2.0,
            10.0,
            "This course has no elevation data.",
            GREY,
            Align::Centre,
        );
    }
    y = py + ph + 40.0;

    // Descent table.
    pen.text(MARGIN, y, 11.0, "Descents", INK, Align::Left);
    y += 16.0;
    let cols = [
        MARGIN,
        MARGIN + 190.0,
        MARGIN + 250.0,
        MARGIN + 290.0,
        MARGIN + 330.0,
        MARGIN + 380.0,
        MARGIN + 430.0,
        MARGIN + 470.0,
    ];
    let heads = [
        "Descent", "km", "drop", "grade", "planned", "flat", "load", "risk",
    ];
    for (x, t) in cols.iter().zip(heads) {
        pen.text(*x, y, 7.5, t, GREY, Align::Left);
    }
    y += 12.0;
    for d in &plan.descent_strategy {
        if y > 780.0 {
            break;
        }
        pen.rect(MARGIN, y - 8.0, 4.0, 10.0, kind_colour(d.kind), 1.0);
        let cells = [
            format!("  {} ({})", short(&d.name), d.kind.label()),
            format!("{}-{}", format::km(d.start_m, 1), format::km(d.end_m, 1)),
            format!("{:.0} m", d.drop_m),
            format!("{:.1} %", d.avg_grade_pct),
            format!("{}/km", format::pace(d.planned_pace_s_per_km)),
            format!("{}/km", format::pace(d.flat_pace_s_per_km)),
            format!("{:.0}", d.load),
        ];
        for (x, t) in cols.iter().zip(&cells) {
            pen.text(*x, y, 8.0, t, INK, Align::Left);
        }
        pen.text(
            cols[7],
            y,
            8.0,
            d.risk.label(),
            risk_colour(d.risk),
            Align::Left,
        );
        y += 13.0;
    }
    if plan.descent_strategy.is_empty() {
        pen.text(
            MARGIN,
            y,
            8.0,
            "No significant descents on this course.",
            GREY,
            Align::Left,
        );
        y += 13.0;
    }

    // Course parts: the plan as the runner meets the course.
    y += 14.0;
    pen.text(MARGIN, y, 11.0, "Course parts", INK, Align::Left);
    y += 16.0;
    let cols = [
        MARGIN,
        MARGIN + 220.0,
        MARGIN + 285.0,
        MARGIN + 340.0,
        MARGIN + 395.0,
        MARGIN + 455.0,
    ];
    for (x, t) in cols
        .iter()
        .zip(["part", "km", "pace", "time", "total", "clock"])
    {
        pen.text(*x, y, 7.5, t, GREY, Align::Left);
    }
    y += 12.0;
    for s in &plan.parts {
        if y > 760.0 {
            pen.text(
                MARGIN,
                y,
                7.5,
                "(more parts in the exported JSON)",
                GREY,
                Align::Left,
            );
            y += 12.0;
            break;
        }
        let cells = [
            short(&s.label).to_string()
                + if s.label.contains("(down)") {
                    " (down)"
                } else if s.label.contains("(climb)") {
                    " (up)"
                } else {
                    ""
                },
            format!("{}-{}", format::km(s.start_m, 1), format::km(s.end_m, 1)),
            format!("{}/km", format::pace(s.pace_s_per_km)),
            format::hms(s.time_s),
            format::hms(s.cumulative_s),
            s.clock.clone(),
        ];
        for (x, t) in cols.iter().zip(&cells) {
            pen.text(*x, y, 8.0, t, INK, Align::Left);
        }
        y += 12.0;
    }
    y += 10.0;
    let rule = format!(
        "Race-day rule: spend energy by your goal. Accept the slower pace the plan gives on climbs (uphill effort {:.0} %), and win time back gradually, never by rushing the descents (downhill restraint {:.0} %).",
        plan.settings.uphill_effort_pct, plan.settings.downhill_restraint_pct
    );
    pen.wrapped(MARGIN, y, 8.5, &rule, INK, w - 2.0 * MARGIN);
}

fn splits_page(pen: &mut Pen, document: &PlanDocument, _profile: &Profile, w: f32, h: f32) {
    let plan = &document.plan;
    let mut y = header(pen, plan, w, "Splits per km");
    let cols = [
        MARGIN,
        MARGIN + 60.0,
        MARGIN + 120.0,
        MARGIN + 175.0,
        MARGIN + 240.0,
        MARGIN + 305.0,
        MARGIN + 365.0,
        MARGIN + 420.0,
        MARGIN + 470.0,
    ];
    let heads = [
        "split", "pace", "time", "total", "clock", "+/- m", "grade", "kcal", "load",
    ];
    for (x, t) in cols.iter().zip(heads) {
        pen.text(*x, y, 7.5, t, GREY, Align::Left);
    }
    y += 12.0;
    let rows = plan.splits_km.len().max(1);
    let row_h = ((h - y - 50.0) / rows as f32).min(14.0);
    let size = (row_h * 0.62).clamp(5.5, 8.5);
    for (i, s) in plan.splits_km.iter().enumerate() {
        if i % 2 == 0 {
            pen.rect(
                MARGIN - 2.0,
                y - row_h * 0.72,
                w - 2.0 * MARGIN + 4.0,
                row_h,
                (246, 246, 246),
                1.0,
            );
        }
        let descent = s.descent_load > 0.5;
        let cells = [
            s.label.clone(),
            format!("{}/km", format::pace(s.pace_s_per_km)),
            format::pace(s.time_s),
            format::hms(s.cumulative_s),
            s.clock.clone(),
            format!("+{:.0}/-{:.0}", s.gain_m, s.loss_m),
            format!("{:+.1} %", s.avg_grade_pct),
            format!("{:.0}", s.energy_kcal),
            if descent {
                format!("{:.1}", s.descent_load)
            } else {
                String::new()
            },
        ];
        for (x, t) in cols.iter().zip(&cells) {
            pen.text(*x, y, size, t, INK, Align::Left);
        }
        y += row_h;
    }
}

fn strategy_page(pen: &mut Pen, document: &PlanDocument, _profile: &Profile, w: f32, h: f32) {
    let plan = &document.plan;
    let mut y = header(pen, plan, w, "Descent strategy, energy and fuel");
    let text_w = w - 2.0 * MARGIN;
    for d in &plan.descent_strategy {
        if y > h * 0.55 {
            pen.text(
                MARGIN,
                y,
                8.0,
                "(more descents: see the overview table)",
                GREY,
                Align::Left,
            );
            y += 14.0;
            break;
        }
        pen.rect(MARGIN, y - 9.0, 4.0, 12.0, kind_colour(d.kind), 1.0);
        pen.text(
            MARGIN + 9.0,
            y,
            10.0,
            &format!(
                "{} · km {}-{} · at {}",
                d.name,
                format::km(d.start_m, 1),
                format::km(d.end_m, 1),
                d.clock_at_start
            ),
            INK,
            Align::Left,
        );
        y += 13.0;
        let line = d.pace_summary();
        y = pen.wrapped(MARGIN + 9.0, y, 8.0, &line, INK, text_w - 9.0);
        for c in &d.cues {
            y = pen.wrapped(
                MARGIN + 15.0,
                y,
                7.5,
                &format!("• {c}"),
                GREY,
                text_w - 15.0,
            );
        }
        y += 6.0;
    }
    // Energy chart: kcal per km bars and the cumulative line.
    y += 4.0;
    let e = &plan.energy;
    pen.text(MARGIN, y, 11.0, "Energy", INK, Align::Left);
    pen.text(
        MARGIN + 60.0,
        y,
        8.0,
        &format!("{:.0} kcal: climbs {:.0} %, descents {:.0} %, flats {:.0} % (Minetti 2002 cost of running)", e.total_kcal, e.climbs_pct, e.descents_pct, e.flats_pct),
        GREY,
        Align::Left,
    );
    y += 10.0;
    let (cx, cw, ch) = (MARGIN + 30.0, w - 2.0 * MARGIN - 30.0, 110.0);
    let total = plan.course.distance_m.max(1.0);
    let max_k = plan
        .splits_km
        .iter()
        .map(|s| s.energy_kcal / ((s.end_m - s.start_m) / 1000.0).max(0.05))
        .fold(1.0, f64::max);
    for s in &plan.splits_km {
        let x0 = cx + (s.start_m / total) as f32 * cw;
        let x1 = cx + (s.end_m / total) as f32 * cw;
        let per_km = s.energy_kcal / ((s.end_m - s.start_m) / 1000.0).max(0.05);
        let bh = (per_km / max_k) as f32 * ch;
        pen.rect(
            x0 + 0.5,
            y + ch - bh,
            (x1 - x0 - 1.0).max(0.5),
            bh,
            ORANGE,
            0.8,
        );
    }
    pen.text(
        cx - 4.0,
        y + 6.0,
        7.0,
        &format!("{max_k:.0}"),
        GREY,
        Align::Right,
    );
    pen.text(cx - 4.0, y + ch, 7.0, "0", GREY, Align::Right);
    pen.text(cx - 4.0, y + 16.0, 6.5, "kcal/km", GREY, Align::Right);
    let mut cum = 0.0;
    let mut pts = vec![(cx, y + ch)];
    for s in &plan.splits_km {
        cum += s.energy_kcal;
        pts.push((
            cx + (s.end_m / total) as f32 * cw,
            y + ch - (cum / e.total_kcal.max(1.0)) as f32 * ch,
        ));
    }
    pen.line(&pts, (229, 57, 53), 1.0, false);
    pen.text(
        cx + 6.0,
        y + 8.0,
        7.0,
        &format!("red line: cumulative, top = {:.0} kcal", e.total_kcal),
        (229, 57, 53),
        Align::Left,
    );
    y += ch + 22.0;
    // Fuel.
    pen.text(MARGIN, y, 11.0, "Fuelling", INK, Align::Left);
    pen.text(
        MARGIN + 60.0,
        y,
        8.0,
        &format!("{:.0} g carbohydrate planned", e.carbohydrate_g),
        GREY,
        Align::Left,
    );
    y += 14.0;
    for f in &plan.fuel {
        if y > h - 50.0 {
            break;
        }
        let note = if f.note.is_empty() {
            String::new()
        } else {
            format!(" ({})", f.note)
        };
        pen.text(
            MARGIN,
            y,
            8.0,
            &format!(
                "km {:>5}  {}  {}{note}",
                format::km(f.distance_m, 1),
                f.clock,
                f.item
            ),
            INK,
            Align::Left,
        );
        y += 11.5;
    }
}

/// The training block as a calendar: one row a week, one column a day.
fn training_page(pen: &mut Pen, document: &PlanDocument, _profile: &Profile, w: f32, h: f32) {
    let plan = &document.plan;
    let Some(block) = &document.training else {
        return;
    };
    let mut y = header(pen, plan, w, "Downhill training block");
    let intro = format!(
        "{} weeks from {} to race day {}. Paces {}.",
        block.weeks.len(),
        block.start,
        block.race_date,
        block.paces.mapping
    );
    y = pen.wrapped(MARGIN, y, 8.0, &intro, GREY, w - 2.0 * MARGIN);
    if let Some(t) = &block.race_specific_from {
        y = pen.wrapped(
            MARGIN,
            y,
            8.0,
            &format!("Race-specific sessions copy {t}."),
            GREY,
            w - 2.0 * MARGIN,
        );
    }
    y += 6.0;
    let label_w = 70.0;
    let cw = (w - 2.0 * MARGIN - label_w) / 7.0;
    for d in 0..7 {
        let name = block.start.add_days(d).weekday_name();
        pen.text(
            MARGIN + label_w + cw * d as f32 + 3.0,
            y,
            7.5,
            name,
            GREY,
            Align::Left,
        );
    }
    y += 6.0;
    let rows = block.weeks.len().max(1) as f32;
    let rh = ((h - y - 60.0) / rows).min(46.0);
    for wk in &block.weeks {
        let shade = if wk.taper {
            (232, 245, 233)
        } else if wk.recovery {
            (227, 242, 253)
        } else {
            (250, 250, 250)
        };
        pen.rect(MARGIN, y, w - 2.0 * MARGIN, rh - 2.0, shade, 1.0);
        pen.text(
            MARGIN + 3.0,
            y + 10.0,
            8.0,
            &format!("Week {}", wk.index),
            INK,
            Align::Left,
        );
        let phase = if wk.taper {
            "taper"
        } else if wk.recovery {
            "recovery"
        } else {
            ""
        };
        pen.text(
            MARGIN + 3.0,
            y + 20.0,
            6.5,
            &wk.start.to_string(),
            GREY,
            Align::Left,
        );
        pen.text(MARGIN + 3.0, y + 29.0, 6.5, phase, GREY, Align::Left);
        for s in &wk.sessions {
            let day = s.date.days_since(wk.start).clamp(0, 6) as f32;
            let x = MARGIN + label_w + cw * day + 3.0;
            let colour = match s.kind {
                crate::training::WorkoutKind::Strength => GREY,
                crate::training::WorkoutKind::FormJog => GREEN,
                _ => (30, 136, 229),
            };
            pen.wrapped(x, y + 10.0, 6.0, &s.title, colour, cw - 6.0);
        }
        y += rh;
    }
    pen.text(MARGIN, y + 12.0, 7.0, "Green: form-focus jog; blue: strides, repeats and race-specific descents; grey: strength. Shaded rows: recovery (blue) and taper (green) weeks.", GREY, Align::Left);
}

/// Pace bands: strips 200 mm x 25 mm with the cumulative time at each km, to cut out and
/// tape round a wrist.
fn pace_band_page(pen: &mut Pen, document: &PlanDocument, _profile: &Profile, w: f32, _h: f32) {
    let plan = &document.plan;
    let mut y = header(pen, plan, w, "Pace band");
    pen.text(MARGIN, y, 8.5, "Cut along the dashed lines and tape the strips round your wrist (each strip is 200 mm x 25 mm).", GREY, Align::Left);
    y += 18.0;
    let mm = 72.0 / 25.4;
    let (band_w, band_h) = (200.0 * mm, 25.0 * mm);
    let per_band = 14;
    for chunk in plan.splits_km.chunks(per_band) {
        let x0 = (w - band_w) / 2.0;
        pen.line(
            &[
                (x0, y),
                (x0 + band_w, y),
                (x0 + band_w, y + band_h),
                (x0, y + band_h),
                (x0, y),
            ],
            GREY,
            0.6,
            true,
        );
        let cell = band_w / per_band as f32;
        for (i, s) in chunk.iter().enumerate() {
            let cx = x0 + cell * (i as f32 + 0.5);
            let descent = s.descent_load > 0.5;
            if descent {
                pen.rect(
                    x0 + cell * i as f32 + 0.5,
                    y + 0.5,
                    cell - 1.0,
                    band_h - 1.0,
                    (30, 136, 229),
                    0.12,
                );
            }
            pen.text(
                cx,
                y + 17.0,
                8.0,
                &s.label.replace("km ", ""),
                GREY,
                Align::Centre,
            );
            pen.text(
                cx,
                y + 34.0,
                9.0,
                &format::hms(s.cumulative_s),
                INK,
                Align::Centre,
            );
            pen.text(
                cx,
                y + 49.0,
                7.0,
                &format::pace(s.pace_s_per_km),
                GREY,
                Align::Centre,
            );
            if i > 0 {
                pen.line(
                    &[
                        (x0 + cell * i as f32, y + 6.0),
                        (x0 + cell * i as f32, y + band_h - 6.0),
                    ],
                    LIGHT,
                    0.4,
                    false,
                );
            }
        }
        y += band_h + 18.0;
    }
    pen.text(MARGIN, y, 7.5, "Blue cells hold a descent: run them at the planned pace, not faster. Top: km; middle: elapsed time at the km mark; bottom: pace of that km.", GREY, Align::Left);
}

fn short(name: &str) -> &str {
    name.split(" (").next().unwrap_or(name)
}

/// A round step (1, 2, 5 x 10^n) giving about `n` divisions of `range`.
fn nice_step(range: f64, n: usize) -> f64 {
    let raw = (range / n as f64).max(1e-9);
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
}
