//! The course as a map, above the profile: the track in a true-aspect projection
//! ([`crate::course::map`]), coloured by grade, descents and climbs banded in the profile's
//! colours, km markers, start, finish and landmark names. Drag pans, the wheel zooms, a
//! double-click or "Fit" fits the course again (it is fitted when a course opens).
//!
//! Linked with the profile both ways through [`Hover`] in the UI state: hovering the map
//! pushes [`Command::Hover`] and the profile draws a marker there ([`link`]); hovering the
//! profile does the same the other way. A click on a descent pushes the same
//! [`Command::SelectDescent`] as the list and the profile. The view (centre and scale) is
//! this widget's own state, like a plot's zoom.

mod draw;
pub mod link;

use egui::{Pos2, Rect, Sense, Vec2};

use super::AppView;
use super::command::Command;
use super::derived::CourseView;
use crate::course::map::{Bounds, CourseMap, Selection};
use crate::t;

/// Most segments a frame draws of the track (the levels of detail keep it under this).
pub const MAX_SEGMENTS: usize = 6_000;
/// Least distance between two drawn points of the track, points.
const SCREEN_STEP_PX: f64 = 1.5;
/// How close to the track the pointer must be to hover or click it, points.
const PICK_PX: f64 = 12.0;
/// Margin around the course when it is fitted, points.
const FIT_MARGIN_PX: f32 = 28.0;
/// Closest zoom, metres per point.
const MIN_M_PER_PX: f64 = 0.2;

/// Which view the pointer is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoverSource {
    /// The elevation profile.
    Profile,
    /// The map.
    Map,
}

/// A place on the course under the pointer, shown on both the profile and the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hover {
    /// Distance from the start, metres (as on the profile).
    pub distance_m: f64,
    /// Where the pointer is.
    pub from: HoverSource,
}

/// The map's view between frames: where it looks and how close.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapTransform {
    /// The map's rectangle on screen.
    pub rect: Rect,
    /// The map point at the rectangle's centre (east, north), metres.
    pub centre_m: [f64; 2],
    /// Metres per point.
    pub m_per_px: f64,
}

impl MapTransform {
    /// The transform that shows all of `bounds` in `rect`, with a margin.
    fn fit(rect: Rect, bounds: &Bounds) -> MapTransform {
        let [w, h] = bounds.size_m();
        let room = |px: f32| f64::from((px - 2.0 * FIT_MARGIN_PX).max(20.0));
        let m_per_px = (w / room(rect.width()))
            .max(h / room(rect.height()))
            .max(MIN_M_PER_PX);
        MapTransform {
            rect,
            centre_m: bounds.centre(),
            m_per_px,
        }
    }

    /// Where a map point is on screen.
    pub fn to_screen(&self, p: [f64; 2]) -> Pos2 {
        let c = self.rect.center();
        Pos2::new(
            c.x + ((p[0] - self.centre_m[0]) / self.m_per_px) as f32,
            c.y - ((p[1] - self.centre_m[1]) / self.m_per_px) as f32,
        )
    }

    /// The map point under a screen position.
    pub fn to_map(&self, pos: Pos2) -> [f64; 2] {
        let c = self.rect.center();
        [
            self.centre_m[0] + f64::from(pos.x - c.x) * self.m_per_px,
            self.centre_m[1] - f64::from(pos.y - c.y) * self.m_per_px,
        ]
    }

    /// What the rectangle shows, metres, with a little room for line widths.
    fn visible(&self) -> Bounds {
        let r = self.rect.expand(8.0);
        let (a, b) = (self.to_map(r.left_bottom()), self.to_map(r.right_top()));
        Bounds { min: a, max: b }
    }
}

/// The map's state between frames.
#[derive(Debug, Default)]
pub struct MapState {
    /// The view last frame (tests aim their pointer with it).
    pub transform: Option<MapTransform>,
    /// The course the view was fitted to (a new course is fitted again).
    fitted_to: Option<Bounds>,
    /// The distance where the map drew the hover marker last frame (tests read it).
    pub marker_m: Option<f64>,
}

impl MapState {
    /// Where a distance along the course is on screen (tests, after a frame).
    pub fn screen_at(&self, view: &CourseView, distance_m: f64) -> Option<Pos2> {
        let t = self.transform?;
        Some(t.to_screen(view.map.as_ref()?.position_at(distance_m)))
    }
}

/// Draws the map panel: a header with the read-out and "Fit", then the map.
pub fn ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    state: &mut MapState,
    reset: bool,
    out: &mut Vec<Command>,
) {
    let Some(view) = app.session.view() else {
        state.transform = None;
        return;
    };
    let Some(map) = view.map.as_ref() else {
        ui.label(t!("map-no-positions"));
        return;
    };
    let mut fit = reset;
    ui.horizontal(|ui| {
        ui.strong(t!("map-title"));
        fit |= ui
            .button(t!("map-fit"))
            .on_hover_text(t!("map-fit-hover"))
            .clicked();
        // One line whatever it says: the map below must not move under the pointer.
        ui.add(egui::Label::new(readout(app, view)).truncate());
    });
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::Canvas, true, t!("map-canvas"))
    });
    let mut t = match state.transform {
        Some(t) if !fit && state.fitted_to == Some(map.bounds) => MapTransform { rect, ..t },
        _ => {
            state.fitted_to = Some(map.bounds);
            MapTransform::fit(rect, &map.bounds)
        }
    };
    if response.double_clicked() {
        t = MapTransform::fit(rect, &map.bounds);
    }
    pan_and_zoom(ui, &response, &mut t, map);
    let selection = map.select(&t.visible(), t.m_per_px, MAX_SEGMENTS);
    let painter = ui.painter_at(rect);
    let min_step_m = SCREEN_STEP_PX * t.m_per_px;
    let lines: Vec<Vec<u32>> = map
        .runs(&selection)
        .map(|run| map.thin_for_screen(run, min_step_m))
        .collect();
    draw::map(&painter, ui.visuals(), app, view, map, &lines, &t);
    state.marker_m = draw::hover_marker(&painter, ui.visuals(), app, map, &t);
    state.transform = Some(t);
    pointer(app, view, map, &selection, &t, &response, out);
}

/// Drag pans; the wheel (and pinch, Ctrl+wheel) zooms about the pointer.
fn pan_and_zoom(ui: &egui::Ui, response: &egui::Response, t: &mut MapTransform, map: &CourseMap) {
    if response.dragged() {
        let d: Vec2 = response.drag_delta();
        t.centre_m[0] -= f64::from(d.x) * t.m_per_px;
        t.centre_m[1] += f64::from(d.y) * t.m_per_px;
    }
    let Some(at) = response.hover_pos() else {
        return;
    };
    let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta().y, i.zoom_delta()));
    let factor = f64::from(zoom) * f64::from(scroll * 0.004).exp();
    if (factor - 1.0).abs() < 1e-6 {
        return;
    }
    let widest = MapTransform::fit(t.rect, &map.bounds).m_per_px * 4.0;
    let before = t.to_map(at);
    t.m_per_px = (t.m_per_px / factor).clamp(MIN_M_PER_PX, widest.max(MIN_M_PER_PX));
    let after = t.to_map(at);
    t.centre_m[0] += before[0] - after[0];
    t.centre_m[1] += before[1] - after[1];
}

/// The hover (as a command when it changes) and a click on a descent.
fn pointer(
    app: &AppView<'_>,
    view: &CourseView,
    map: &CourseMap,
    selection: &Selection,
    t: &MapTransform,
    response: &egui::Response,
    out: &mut Vec<Command>,
) {
    let ours = app.ui.hover.filter(|h| h.from == HoverSource::Map);
    let hit = response.hover_pos().and_then(|pos| {
        let prefer = ours.map(|h| h.distance_m);
        let (radius, slack) = (PICK_PX * t.m_per_px, PICK_PX * 0.5 * t.m_per_px);
        map.nearest(selection, t.to_map(pos), radius, slack, prefer)
    });
    let hover = hit.map(|h| Hover {
        distance_m: h.distance_m,
        from: HoverSource::Map,
    });
    if hover != ours {
        out.push(Command::Hover(hover));
    }
    if response.clicked()
        && let Some(h) = hit
        && let Some(k) = descent_at(view, h.distance_m)
    {
        out.push(Command::SelectDescent(Some(k)));
    }
}

/// The descent that holds a distance, if any (descents are sorted by start and do not
/// overlap: a binary search, as every segment of a frame asks).
fn descent_at(view: &CourseView, distance_m: f64) -> Option<usize> {
    let d = &view.analysis.descents;
    let i = d
        .partition_point(|x| x.start_m <= distance_m)
        .checked_sub(1)?;
    (distance_m <= d[i].end_m).then_some(i)
}

/// True when a distance is on a climb (sorted by start, like the descents).
fn on_climb(view: &CourseView, distance_m: f64) -> bool {
    let c = &view.analysis.climbs;
    c.partition_point(|x| x.start_m <= distance_m)
        .checked_sub(1)
        .is_some_and(|i| distance_m <= c[i].end_m)
}

/// The read-out over the map: where the hover is, else how to use the map.
fn readout(app: &AppView<'_>, view: &CourseView) -> String {
    let Some(h) = app.ui.hover else {
        return t!("map-help");
    };
    let p = &view.analysis.profile;
    let mut s = t!(
        "map-at",
        distance = app.settings.units.distance(h.distance_m)
    );
    if p.has_elevation {
        let grade = p.grade_at(h.distance_m);
        let sign = if grade >= 0.0 { "+" } else { "" };
        s.push_str(&format!(
            " · {:.0} m · {sign}{} %",
            p.elevation_at(h.distance_m),
            crate::i18n::number(grade, 1)
        ));
    }
    if let Some(k) = descent_at(view, h.distance_m) {
        s.push_str(&format!(" · {}", view.analysis.descents[k].name));
    }
    s
}
