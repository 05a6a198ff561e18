//! Every colour of the app, in one place, for light and dark themes.

use egui::Color32;

use crate::course::DescentKind;

/// Fill of a descent's shaded area.
pub fn descent_fill(kind: DescentKind, selected: bool) -> Color32 {
    let a = if selected { 150 } else { 90 };
    match kind {
        DescentKind::Bridge => Color32::from_rgba_unmultiplied(30, 136, 229, a),
        DescentKind::Pass => Color32::from_rgba_unmultiplied(216, 67, 21, a),
        DescentKind::Hill => Color32::from_rgba_unmultiplied(142, 36, 170, a),
    }
}

/// Solid colour of a descent kind (labels, list markers).
pub fn descent_solid(kind: DescentKind) -> Color32 {
    match kind {
        DescentKind::Bridge => Color32::from_rgb(30, 136, 229),
        DescentKind::Pass => Color32::from_rgb(216, 67, 21),
        DescentKind::Hill => Color32::from_rgb(142, 36, 170),
    }
}

/// Climbs are shown quietly.
pub const CLIMB_FILL: Color32 = Color32::from_rgba_premultiplied(36, 36, 36, 60);
/// The elevation line.
pub const ELEVATION: Color32 = Color32::from_rgb(67, 160, 71);
/// Planned pace line and flat-pace reference.
pub const PACE: Color32 = Color32::from_rgb(251, 140, 0);
pub const FLAT_PACE: Color32 = Color32::from_rgb(120, 144, 156);
/// Energy bars and cumulative curve.
pub const ENERGY: Color32 = Color32::from_rgb(255, 179, 0);
pub const ENERGY_CUMULATIVE: Color32 = Color32::from_rgb(229, 57, 53);
/// Messages.
pub const ERROR: Color32 = Color32::from_rgb(229, 57, 53);
pub const WARNING: Color32 = Color32::from_rgb(245, 124, 0);
/// Risk levels.
pub fn risk(risk: &str) -> Color32 {
    match risk {
        "high" => Color32::from_rgb(229, 57, 53),
        "moderate" => Color32::from_rgb(245, 124, 0),
        _ => Color32::from_rgb(67, 160, 71),
    }
}

/// Grade colouring of the profile line: green flat, orange and red uphill, blues downhill.
pub fn grade(grade_pct: f64) -> Color32 {
    match grade_pct {
        g if g >= 6.0 => Color32::from_rgb(198, 40, 40),
        g if g >= 3.0 => Color32::from_rgb(239, 108, 0),
        g if g > -3.0 => ELEVATION,
        g if g > -6.0 => Color32::from_rgb(30, 136, 229),
        _ => Color32::from_rgb(74, 20, 140),
    }
}

/// A workout's colour (training ground stretches).
pub fn workout(kind: crate::training::WorkoutKind) -> Color32 {
    use crate::training::WorkoutKind as W;
    match kind {
        W::FormJog => Color32::from_rgb(67, 160, 71),
        W::Strides => Color32::from_rgb(251, 140, 0),
        W::Repeats | W::RaceSpecific => Color32::from_rgb(30, 136, 229),
        W::Strength => Color32::from_rgb(117, 117, 117),
    }
}

/// The drop-overlay backdrop.
pub const OVERLAY: Color32 = Color32::from_rgba_premultiplied(0, 0, 0, 170); // black, 2/3 opaque
