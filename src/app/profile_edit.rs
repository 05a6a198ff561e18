//! Corrections drawn on the elevation profile: the selected descent shows a handle at each
//! end (drag it to move the end); Shift+drag, or a plain drag in "Add descent" mode, picks a
//! stretch, and a small window asks what it is (a descent, a bridge deck, bad elevation).
//! The drag is this module's own state; what it means goes out as a [`Command`].

use egui::{CursorIcon, PointerButton, Pos2};
use egui_plot::{LineStyle, PlotPoint, PlotPoints, PlotTransform, Polygon, Text, VLine};

use super::command::Command;
use super::derived::CourseView;
use super::{AppView, theme};
use crate::course::DescentOrigin;
use crate::course::corrections::MIN_DESCENT_M;

/// How close to a handle the pointer must be to grab it, points.
const GRAB_PX: f32 = 7.0;

/// Which end of a descent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Where it starts (its crest).
    Start,
    /// Where it ends (its foot).
    End,
}

/// A drag on the profile in progress.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Drag {
    /// An end of the selected descent, now at `at_m`.
    End {
        which: End,
        origin: DescentOrigin,
        at_m: f64,
    },
    /// A stretch being picked, metres.
    Stretch { from_m: f64, to_m: f64 },
}

/// The profile's editing state between frames.
#[derive(Debug, Default)]
pub struct ProfileEdit {
    drag: Option<Drag>,
    /// The handle under the pointer last frame: the plot must not pan when it is grabbed.
    over: Option<End>,
    /// The plot's transform last frame (tests aim their pointer with it).
    pub transform: Option<PlotTransform>,
    /// Where the profile marked the map's hover last frame, metres (tests read it).
    pub map_marker_m: Option<f64>,
}

impl ProfileEdit {
    /// True when a drag on the plot is ours, not the plot's pan: a stretch is being picked
    /// (`picking`), a handle is grabbed or under the pointer.
    pub fn holds_pointer(&self, picking: bool) -> bool {
        picking || self.over.is_some() || self.drag.is_some()
    }

    /// Where a distance along the course is on screen (for tests), at height `y`.
    pub fn screen_at(&self, distance_m: f64, unit_m: f64, y: f64) -> Option<Pos2> {
        let t = self.transform.as_ref()?;
        Some(t.position_from_point(&PlotPoint::new(distance_m / unit_m, y)))
    }
}

/// Draws the handles and the drag in progress, and turns a finished drag into a command.
pub fn ui(
    pui: &mut egui_plot::PlotUi<'_>,
    edit: &mut ProfileEdit,
    app: &AppView<'_>,
    view: &CourseView,
    unit_m: f64,
    picking: bool,
) -> Option<Command> {
    let resp = pui.response().clone();
    edit.transform = Some(*pui.transform());
    let total = view.analysis.profile.total_m();
    let pointer = resp.interact_pointer_pos().or(resp.hover_pos());
    let transform = *pui.transform();
    let at = |p: Pos2| (transform.value_from_position(p).x * unit_m).clamp(0.0, total);
    let selected = app.ui.selected_descent.and_then(|k| {
        let d = view.analysis.descents.get(k)?;
        Some((d, *view.analysis.origins.get(k)?))
    });
    edit.over = None;
    if let (Some((d, _)), Some(p), None) = (selected, pointer, edit.drag) {
        for (which, x_m) in [(End::Start, d.start_m), (End::End, d.end_m)] {
            let sx = pui.screen_from_plot(PlotPoint::new(x_m / unit_m, 0.0)).x;
            if resp.hovered() && (sx - p.x).abs() <= GRAB_PX {
                edit.over = Some(which);
            }
        }
    }
    if let Some((d, origin)) = selected {
        handles_ui(pui, d, edit, unit_m);
        if edit.over.is_some() || matches!(edit.drag, Some(Drag::End { .. })) {
            pui.ctx().set_cursor_icon(CursorIcon::ResizeHorizontal);
        }
        if resp.drag_started_by(PointerButton::Primary)
            && let Some(which) = edit.over
        {
            let at_m = match which {
                End::Start => d.start_m,
                End::End => d.end_m,
            };
            edit.drag = Some(Drag::End {
                which,
                origin,
                at_m,
            });
        }
    }
    if edit.drag.is_none() && picking && resp.drag_started_by(PointerButton::Primary) {
        // Where the button went down, not where the drag was noticed.
        let origin = pui.ctx().input(|i| i.pointer.press_origin());
        let from_m = origin.or(pointer).map_or(0.0, at);
        edit.drag = Some(Drag::Stretch {
            from_m,
            to_m: from_m,
        });
    }
    if resp.dragged()
        && let Some(p) = pointer
    {
        match &mut edit.drag {
            Some(Drag::End { at_m, .. }) => *at_m = at(p),
            Some(Drag::Stretch { to_m, .. }) => *to_m = at(p),
            None => {}
        }
    }
    drag_preview_ui(pui, edit, view, app, unit_m);
    if resp.drag_stopped() || (edit.drag.is_some() && !resp.dragged() && !resp.drag_started()) {
        return edit.drag.take().and_then(|drag| finish(drag, app, view));
    }
    None
}

/// The two ends of the selected descent, as solid lines with a grip label.
fn handles_ui(
    pui: &mut egui_plot::PlotUi<'_>,
    d: &crate::course::Descent,
    edit: &ProfileEdit,
    unit_m: f64,
) {
    let colour = theme::descent_solid(d.kind);
    for (which, x_m) in [(End::Start, d.start_m), (End::End, d.end_m)] {
        let grabbed = matches!(edit.drag, Some(Drag::End { which: w, .. }) if w == which);
        let hot = edit.over == Some(which) || grabbed;
        pui.add(
            VLine::new("descent ends (drag to move)", x_m / unit_m)
                .color(colour)
                .width(if hot { 4.0 } else { 2.0 })
                .style(if grabbed {
                    LineStyle::dashed_dense()
                } else {
                    LineStyle::Solid
                }),
        );
    }
}

/// The end being moved, or the stretch being picked, while the drag lasts.
fn drag_preview_ui(
    pui: &mut egui_plot::PlotUi<'_>,
    edit: &ProfileEdit,
    view: &CourseView,
    app: &AppView<'_>,
    unit_m: f64,
) {
    let units = app.settings.units;
    match edit.drag {
        Some(Drag::End { at_m, .. }) => {
            pui.add(
                VLine::new("new end", at_m / unit_m)
                    .color(theme::WARNING)
                    .width(2.5),
            );
            let y = view.analysis.profile.elevation_at(at_m);
            pui.text(
                Text::new(
                    "new end label",
                    PlotPoint::new(at_m / unit_m, y),
                    units.distance(at_m),
                )
                .color(theme::WARNING)
                .anchor(egui::Align2::LEFT_BOTTOM),
            );
        }
        Some(Drag::Stretch { from_m, to_m }) => {
            let (a, b) = (from_m.min(to_m) / unit_m, from_m.max(to_m) / unit_m);
            let (lo, hi) = (view.min_elevation - 5.0, view.max_elevation + 5.0);
            pui.polygon(
                Polygon::new(
                    "picked stretch",
                    PlotPoints::Owned(vec![
                        PlotPoint::new(a, lo),
                        PlotPoint::new(b, lo),
                        PlotPoint::new(b, hi),
                        PlotPoint::new(a, hi),
                    ]),
                )
                .fill_color(theme::WARNING.gamma_multiply(0.25))
                .stroke(egui::Stroke::new(1.5, theme::WARNING)),
            );
        }
        None => {}
    }
}

/// What a finished drag asks for: moved ends become a correction (never shorter than
/// [`MIN_DESCENT_M`], never crossing the other end), a picked stretch opens its window.
fn finish(drag: Drag, app: &AppView<'_>, view: &CourseView) -> Option<Command> {
    match drag {
        Drag::End {
            which,
            origin,
            at_m,
        } => {
            let k = view.analysis.origins.iter().position(|o| *o == origin)?;
            let d = &view.analysis.descents[k];
            let mut c = app.corrections.clone();
            match which {
                End::Start => {
                    let start = at_m.min(d.end_m - MIN_DESCENT_M).max(0.0);
                    c.edit_descent(origin, |e| e.start_m = Some(start));
                }
                End::End => {
                    let total = view.analysis.profile.total_m();
                    let end = at_m.max(d.start_m + MIN_DESCENT_M).min(total);
                    c.edit_descent(origin, |e| e.end_m = Some(end));
                }
            }
            Some(Command::Correct(c))
        }
        Drag::Stretch { from_m, to_m } => {
            let (a, b) = (from_m.min(to_m), from_m.max(to_m));
            (b - a >= MIN_DESCENT_M).then_some(Command::ChooseStretch(Some((a, b))))
        }
    }
}
