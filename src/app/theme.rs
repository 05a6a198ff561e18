//! Every colour of the app, in one place: the design colours of [`crate::palette`] (shared
//! with the PDF) as egui colours, plus the few that only the screen needs.

use egui::Color32;

use crate::course::DescentKind;
use crate::palette::{self, Rgb};
use crate::plan::report::Risk;

/// A palette colour as an egui colour.
pub const fn c32(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// Fill of a descent's shaded area.
pub fn descent_fill(kind: DescentKind, selected: bool) -> Color32 {
    let (r, g, b) = palette::descent(kind);
    Color32::from_rgba_unmultiplied(r, g, b, if selected { 150 } else { 90 })
}

/// Solid colour of a descent kind (labels, list markers).
pub fn descent_solid(kind: DescentKind) -> Color32 {
    c32(palette::descent(kind))
}

/// Climbs are shown quietly.
pub const CLIMB_FILL: Color32 = Color32::from_rgba_premultiplied(36, 36, 36, 60);
/// The elevation line.
pub const ELEVATION: Color32 = c32(palette::GREEN);
/// Planned pace line.
pub const PACE: Color32 = c32(palette::ORANGE);
/// Flat-pace reference line.
pub const FLAT_PACE: Color32 = c32(palette::FLAT_PACE);
/// Energy bars.
pub const ENERGY: Color32 = c32(palette::ENERGY);
/// Cumulative energy curve.
pub const ENERGY_CUMULATIVE: Color32 = c32(palette::RED);
/// Error messages.
pub const ERROR: Color32 = c32(palette::RED);
/// Notes and warnings.
pub const WARNING: Color32 = c32(palette::AMBER);

/// Risk levels.
pub fn risk(risk: Risk) -> Color32 {
    c32(palette::risk(risk))
}

/// Grade colouring of the profile line: green flat, orange and red uphill, blues downhill.
pub fn grade(grade_pct: f64) -> Color32 {
    c32(palette::grade(grade_pct))
}

/// A workout's colour (training ground stretches).
pub fn workout(kind: crate::training::WorkoutKind) -> Color32 {
    c32(palette::workout(kind))
}

/// The drop-overlay backdrop.
pub const OVERLAY: Color32 = Color32::from_rgba_premultiplied(0, 0, 0, 170); // black, 2/3 opaque

/// The pace plot's shading where the runner is in the dark.
pub const NIGHT: Color32 = Color32::from_rgba_unmultiplied_const(30, 40, 90, 55);
/// The pace plot's shading between dawn and sunrise.
pub const DAWN: Color32 = Color32::from_rgba_unmultiplied_const(250, 190, 60, 60);

/// The runner's own curve ("My runs").
pub const MINE: Color32 = c32(palette::ORANGE);
/// The 95 % band of the runner's curve: orange, faint.
pub const MINE_BAND: Color32 = Color32::from_rgba_unmultiplied_const(230, 120, 30, 50);
/// The blocks behind each grade: grey, faint.
pub const BLOCKS: Color32 = Color32::from_rgba_unmultiplied_const(120, 120, 120, 70);
