//! Painting the map: climb and descent bands, the track by grade, start, finish, km
//! markers, descent names (never over one another), a scale bar and the hover marker.

use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Stroke, Vec2, Visuals};

use super::{AppView, MapTransform};
use crate::app::derived::CourseView;
use crate::app::theme;
use crate::course::map::CourseMap;
use crate::palette;
use crate::t;

/// Most descent names tried per frame.
const MAX_NAME_TRIES: usize = 60;

/// What a stretch of the track is, for its band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Band {
    Climb,
    Descent(usize),
}

/// Everything but the hover marker.
pub fn map(
    painter: &Painter,
    visuals: &Visuals,
    app: &AppView<'_>,
    view: &CourseView,
    map: &CourseMap,
    lines: &[Vec<u32>],
    t: &MapTransform,
) {
    painter.rect_filled(t.rect, 4.0, visuals.extreme_bg_color);
    let selected = app.ui.selected_descent;
    bands(painter, view, map, lines, t, selected);
    track(painter, visuals, view, map, lines, t, selected);
    let mut placer = Placer {
        taken: Vec::new(),
        dots: Vec::new(),
        // Clear of the scale bar, the legend and the north arrow.
        area: Rect::from_min_max(
            t.rect.min + Vec2::new(2.0, 2.0),
            t.rect.max - Vec2::new(30.0, 26.0),
        ),
    };
    start_and_finish(painter, visuals, map, t, &mut placer);
    descent_names(painter, visuals, view, map, t, selected, &mut placer);
    km_markers(painter, visuals, app, map, t, &mut placer);
    scale_bar(painter, visuals, t);
    legend(painter, visuals, t);
}

/// The band (climb or descent) over a distance; a descent wins where both are.
fn band_at(view: &CourseView, distance_m: f64) -> Option<Band> {
    if let Some(k) = super::descent_at(view, distance_m) {
        return Some(Band::Descent(k));
    }
    super::on_climb(view, distance_m).then_some(Band::Climb)
}

/// Wide translucent bands under climbs and descents, as the profile shades them; the
/// selected descent wider and solid-edged, on top.
fn bands(
    painter: &Painter,
    view: &CourseView,
    map: &CourseMap,
    lines: &[Vec<u32>],
    t: &MapTransform,
    selected: Option<usize>,
) {
    let descents = &view.analysis.descents;
    let mut top: Vec<Vec<Pos2>> = Vec::new();
    runs_by(
        map,
        lines,
        t,
        |a, b| band_at(view, (map.distance_m[a] + map.distance_m[b]) / 2.0),
        |band, pts| match band {
            Some(Band::Climb) => {
                painter.line(pts, Stroke::new(9.0, theme::CLIMB_FILL));
            }
            Some(Band::Descent(k)) if selected == Some(k) => top.push(pts),
            Some(Band::Descent(k)) => {
                // k is a position in `descents` (band_at).
                let fill = theme::descent_fill(descents[k].kind, false);
                painter.line(pts, Stroke::new(10.0, fill));
            }
            None => {}
        },
    );
    let Some(kind) = selected
        .and_then(|k| view.analysis.descents.get(k))
        .map(|d| d.kind)
    else {
        return;
    };
    for pts in top {
        painter.line(pts.clone(), Stroke::new(16.0, theme::descent_solid(kind)));
        painter.line(pts, Stroke::new(12.0, theme::descent_fill(kind, true)));
    }
}

/// Walks the lines' segments, grouping consecutive ones with the same key into one
/// screen polyline handed to `paint` with its key.
fn runs_by<K: PartialEq + Copy>(
    map: &CourseMap,
    lines: &[Vec<u32>],
    t: &MapTransform,
    mut key: impl FnMut(usize, usize) -> K,
    mut paint: impl FnMut(K, Vec<Pos2>),
) {
    for run in lines {
        let mut current: Option<(K, Vec<Pos2>)> = None;
        for w in run.windows(2) {
            let (a, b) = (w[0] as usize, w[1] as usize);
            let k = key(a, b);
            match &mut current {
                Some((ck, pts)) if *ck == k => pts.push(t.to_screen(map.xy_m[b])),
                _ => {
                    if let Some((ck, pts)) = current.take() {
                        paint(ck, pts);
                    }
                    let pts = vec![t.to_screen(map.xy_m[a]), t.to_screen(map.xy_m[b])];
                    current = Some((k, pts));
                }
            }
        }
        if let Some((ck, pts)) = current {
            paint(ck, pts);
        }
    }
}

/// The track: a halo in the background colour, then the line coloured by grade, the
/// selected descent's stretch last.
fn track(
    painter: &Painter,
    visuals: &Visuals,
    view: &CourseView,
    map: &CourseMap,
    lines: &[Vec<u32>],
    t: &MapTransform,
    selected: Option<usize>,
) {
    let p = &view.analysis.profile;
    let halo = visuals.extreme_bg_color.gamma_multiply(0.8);
    runs_by(
        map,
        lines,
        t,
        |_, _| (),
        |(), pts| {
            painter.line(pts, Stroke::new(5.0, halo));
        },
    );
    let grade = |a: usize, b: usize| -> f64 {
        if !p.has_elevation {
            return 0.0;
        }
        // A thinned segment may span many samples: over more than the grade window, its
        // mean grade (a noisy file's grade flickers less), else the grade at its middle.
        let run = p.distance_m[b] - p.distance_m[a];
        if run > p.settings.grade_window_m {
            (p.elevation_m[b] - p.elevation_m[a]) / run * 100.0
        } else {
            p.grade_pct[(a + b) / 2]
        }
    };
    runs_by(
        map,
        lines,
        t,
        |a, b| palette::grade(grade(a, b)),
        |rgb, pts| {
            painter.line(pts, Stroke::new(3.0, theme::c32(rgb)));
        },
    );
    // The selected descent's own line on top: where the course passes twice (out and
    // back) the other pass, drawn later, would hide its colours.
    let Some(d) = selected.and_then(|k| view.analysis.descents.get(k)) else {
        return;
    };
    let (from_m, to_m) = (d.start_m, d.end_m);
    runs_by(
        map,
        lines,
        t,
        |a, b| {
            let mid = (map.distance_m[a] + map.distance_m[b]) / 2.0;
            (mid >= from_m && mid <= to_m).then(|| palette::grade(grade(a, b)))
        },
        |rgb, pts| {
            if let Some(rgb) = rgb {
                // On its halo: the band under it is the same blue as a -3 % grade.
                painter.line(pts.clone(), Stroke::new(5.0, halo));
                painter.line(pts, Stroke::new(3.0, theme::c32(rgb)));
            }
        },
    );
}

/// Rectangles already used by labels and markers.
struct Placer {
    /// Labels and the start and finish.
    taken: Vec<Rect>,
    /// Km marker dots (they may sit on one another: a road run out and back).
    dots: Vec<Rect>,
    area: Rect,
}

impl Placer {
    /// Takes `r` for a label when it is inside the map and clear of labels and dots.
    fn take(&mut self, r: Rect) -> bool {
        let clear = |v: &[Rect]| !v.iter().any(|o| o.intersects(r));
        let free = self.area.contains_rect(r) && clear(&self.taken) && clear(&self.dots);
        if free {
            self.taken.push(r);
        }
        free
    }

    /// Takes `r` for a dot when it is clear of labels (other dots may overlap it).
    fn take_dot(&mut self, r: Rect) -> bool {
        let free = self.area.contains_rect(r) && !self.taken.iter().any(|o| o.intersects(r));
        if free {
            self.dots.push(r);
        }
        free
    }
}

/// A label beside `at` (right, left, above or below, whichever is free) on a light halo;
/// false when there is no room.
fn label(
    painter: &Painter,
    visuals: &Visuals,
    placer: &mut Placer,
    at: Pos2,
    text: String,
    font: FontId,
    colour: Color32,
) -> bool {
    let galley = painter.layout_no_wrap(text, font, colour);
    let size = galley.size() + Vec2::new(6.0, 2.0);
    let gap = 9.0;
    let spots = [
        at + Vec2::new(gap, -size.y / 2.0),
        at + Vec2::new(-gap - size.x, -size.y / 2.0),
        at + Vec2::new(-size.x / 2.0, -gap - size.y),
        at + Vec2::new(-size.x / 2.0, gap),
    ];
    for corner in spots {
        let r = Rect::from_min_size(corner, size);
        if placer.take(r) {
            painter.rect_filled(r, 3.0, visuals.extreme_bg_color.gamma_multiply(0.85));
            painter.galley(r.min + Vec2::new(3.0, 1.0), galley, colour);
            return true;
        }
    }
    false
}

/// A dot of `radius` at `at` when no label covers its spot; true when drawn.
fn dot(
    painter: &Painter,
    placer: &mut Placer,
    at: Pos2,
    radius: f32,
    fill: Color32,
    ring: Stroke,
) -> bool {
    let drawn = placer.take_dot(Rect::from_center_size(at, Vec2::splat(2.0 * radius)));
    if drawn {
        painter.circle(at, radius, fill, ring);
    }
    drawn
}

/// Start (green) and finish (red); one label where a loop starts and finishes together.
fn start_and_finish(
    painter: &Painter,
    visuals: &Visuals,
    map: &CourseMap,
    t: &MapTransform,
    placer: &mut Placer,
) {
    let (Some(&first), Some(&last)) = (map.xy_m.first(), map.xy_m.last()) else {
        return;
    };
    let (s, f) = (t.to_screen(first), t.to_screen(last));
    let ring = Stroke::new(2.0, visuals.extreme_bg_color);
    let font = FontId::proportional(13.0);
    let text = visuals.strong_text_color();
    painter.circle(f, 7.0, theme::c32(palette::RED), ring);
    painter.circle(s, 6.0, theme::c32(palette::GREEN), ring);
    placer
        .taken
        .push(Rect::from_center_size(s, Vec2::splat(14.0)));
    if s.distance(f) < 24.0 {
        label(
            painter,
            visuals,
            placer,
            s,
            t!("map-start-finish"),
            font,
            text,
        );
        return;
    }
    placer
        .taken
        .push(Rect::from_center_size(f, Vec2::splat(14.0)));
    label(
        painter,
        visuals,
        placer,
        s,
        t!("map-start"),
        font.clone(),
        text,
    );
    label(painter, visuals, placer, f, t!("map-finish"), font, text);
}

/// Each descent's name and drop at its middle: the selected one first, then the biggest.
fn descent_names(
    painter: &Painter,
    visuals: &Visuals,
    view: &CourseView,
    map: &CourseMap,
    t: &MapTransform,
    selected: Option<usize>,
    placer: &mut Placer,
) {
    let descents = &view.analysis.descents;
    let mut order: Vec<usize> = (0..descents.len()).collect();
    order.sort_by(|&a, &b| {
        (selected != Some(a))
            .cmp(&(selected != Some(b)))
            .then(descents[b].drop_m.total_cmp(&descents[a].drop_m))
    });
    // The biggest first; past a few dozen tries the map is full (a long course has
    // thousands of descents: laying each name out every frame would cost milliseconds).
    let on_screen = order.into_iter().filter_map(|k| {
        let d = &descents[k];
        let at = t.to_screen(map.position_at((d.start_m + d.end_m) / 2.0));
        t.rect.contains(at).then_some((k, at))
    });
    for (k, at) in on_screen.take(MAX_NAME_TRIES) {
        let d = &descents[k];
        let name = d.name.split(" (").next().unwrap_or(&d.name);
        let size = if selected == Some(k) { 14.0 } else { 12.5 };
        let text = format!("{name} ↓{:.0} m", d.drop_m);
        let colour = theme::descent_solid(d.kind);
        label(
            painter,
            visuals,
            placer,
            at,
            text,
            FontId::proportional(size),
            colour,
        );
    }
}

/// A marker every 1, 2, 5, 10 ... km (or miles), as far apart as legible at this zoom.
fn km_markers(
    painter: &Painter,
    visuals: &Visuals,
    app: &AppView<'_>,
    map: &CourseMap,
    t: &MapTransform,
    placer: &mut Placer,
) {
    let unit_m = app.settings.units.metres();
    let total = map.distance_m.last().copied().unwrap_or(0.0);
    let step = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0]
        .into_iter()
        .find(|s| s * unit_m / t.m_per_px >= 45.0)
        .unwrap_or(1000.0);
    let ring = Stroke::new(1.5, visuals.strong_text_color());
    let font = FontId::proportional(11.0);
    let mut k = step;
    while k * unit_m < total - 0.3 * step * unit_m {
        let at = t.to_screen(map.position_at(k * unit_m));
        if t.rect.contains(at) && dot(painter, placer, at, 3.5, visuals.extreme_bg_color, ring) {
            let (text, colour) = (format!("{k:.0}"), visuals.text_color());
            label(painter, visuals, placer, at, text, font.clone(), colour);
        }
        k += step;
    }
}

/// A scale bar in the bottom-left corner and "N" pointing up in the top-right one.
fn scale_bar(painter: &Painter, visuals: &Visuals, t: &MapTransform) {
    let want_m = 80.0 * t.m_per_px;
    let pow = 10f64.powf(want_m.log10().floor());
    let len_m = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|f| f * pow)
        .rfind(|l| *l <= want_m)
        .unwrap_or(pow);
    let px = (len_m / t.m_per_px) as f32;
    let base = t.rect.left_bottom() + Vec2::new(12.0, -12.0);
    let stroke = Stroke::new(2.0, visuals.strong_text_color());
    painter.line_segment([base, base + Vec2::new(px, 0.0)], stroke);
    for x in [0.0, px] {
        painter.line_segment(
            [base + Vec2::new(x, 0.0), base + Vec2::new(x, -6.0)],
            stroke,
        );
    }
    let text = if len_m >= 1000.0 {
        format!("{:.0} km", len_m / 1000.0)
    } else {
        format!("{len_m:.0} m")
    };
    let font = FontId::proportional(12.0);
    let colour = visuals.strong_text_color();
    painter.text(
        base + Vec2::new(px / 2.0, -8.0),
        Align2::CENTER_BOTTOM,
        text,
        font,
        colour,
    );
    let n = t.rect.right_top() + Vec2::new(-16.0, 10.0);
    painter.text(
        n,
        Align2::CENTER_TOP,
        "↑\nN",
        FontId::proportional(13.0),
        colour,
    );
}

/// The grade colours, bottom right.
fn legend(painter: &Painter, visuals: &Visuals, t: &MapTransform) {
    let classes = [
        (8.0, "≥6 %".to_owned()),
        (4.0, "3–6".to_owned()),
        (0.0, t!("map-flat")),
        (-4.0, "−3–6".to_owned()),
        (-8.0, "≤−6 %".to_owned()),
    ];
    let font = FontId::proportional(11.0);
    let mut x = t.rect.right() - 10.0;
    let y = t.rect.bottom() - 14.0;
    for (grade, text) in classes.iter().rev() {
        let g = painter.layout_no_wrap(text.clone(), font.clone(), visuals.text_color());
        x -= g.size().x;
        painter.galley(Pos2::new(x, y - g.size().y / 2.0), g, visuals.text_color());
        x -= 14.0;
        let chip = Rect::from_center_size(Pos2::new(x + 5.0, y), Vec2::new(10.0, 4.0));
        painter.rect_filled(chip, 1.0, theme::grade(*grade));
        x -= 6.0;
    }
}

/// The hover marker (from the map or the profile); the distance it marks, when on screen.
pub fn hover_marker(
    painter: &Painter,
    visuals: &Visuals,
    app: &AppView<'_>,
    map: &CourseMap,
    t: &MapTransform,
) -> Option<f64> {
    let h = app.ui.hover?;
    let at = t.to_screen(map.position_at(h.distance_m));
    if !t.rect.contains(at) {
        return None;
    }
    let ring = Stroke::new(2.5, visuals.strong_text_color());
    painter.circle(at, 7.0, visuals.extreme_bg_color.gamma_multiply(0.6), ring);
    Some(h.distance_m)
}
