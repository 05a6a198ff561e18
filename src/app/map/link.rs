//! The profile's side of the map link: a marker on the elevation profile where the map is
//! hovered, and the profile's own hover sent to the map as a [`Command::Hover`].

use egui_plot::{PlotPoint, PlotUi, Points, VLine};

use super::{Hover, HoverSource};
use crate::app::AppView;
use crate::app::command::Command;
use crate::app::derived::CourseView;
use crate::t;

/// Draws where the map is hovered on the profile (a line and a dot on the elevation);
/// returns the distance marked, metres.
pub fn profile_marker(
    pui: &mut PlotUi<'_>,
    app: &AppView<'_>,
    view: &CourseView,
    unit_m: f64,
) -> Option<f64> {
    let h = app.ui.hover.filter(|h| h.from == HoverSource::Map)?;
    let colour = pui.ctx().global_style().visuals.strong_text_color();
    let x = h.distance_m / unit_m;
    let y = view.analysis.profile.elevation_at(h.distance_m);
    pui.vline(VLine::new(t!("map-on-the-map"), x).color(colour).width(1.0));
    if y.is_finite() {
        pui.points(
            Points::new(t!("map-on-the-map"), vec![[x, y]])
                .radius(5.0)
                .color(colour),
        );
    }
    Some(h.distance_m)
}

/// The profile's hover as a command when it changes: where the pointer is along the
/// course while it is over the profile, nothing once it leaves.
pub fn profile_hover(
    app: &AppView<'_>,
    hovered: bool,
    pointer: Option<PlotPoint>,
    unit_m: f64,
    total_m: f64,
) -> Option<Command> {
    let ours = app.ui.hover.filter(|h| h.from == HoverSource::Profile);
    let now = pointer.filter(|_| hovered).map(|p| Hover {
        distance_m: (p.x * unit_m).clamp(0.0, total_m),
        from: HoverSource::Profile,
    });
    (now != ours).then_some(Command::Hover(now))
}
