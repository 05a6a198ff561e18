//! The design colours as plain RGB, shared by the app theme and the PDF race card, so a
//! bridge is the same blue on screen and on paper. No GUI types here: the app converts
//! with `theme::c32`, the PDF uses the triples as they are.

use crate::course::DescentKind;
use crate::plan::report::Risk;
use crate::training::WorkoutKind;

/// A colour as red, green, blue (0-255).
pub type Rgb = (u8, u8, u8);

/// Body text on paper.
pub const INK: Rgb = (33, 33, 33);
/// Secondary text, rules and footers.
pub const GREY: Rgb = (117, 117, 117);
/// Table lines and light frames.
pub const LIGHT: Rgb = (224, 224, 224);
/// Very light fills: table stripes, boxes, plot backgrounds.
pub const STRIPE: Rgb = (246, 246, 246);
/// Box fills on the overview page.
pub const BOX: Rgb = (245, 245, 245);
/// Plot background on paper.
pub const PAPER_PLOT: Rgb = (250, 250, 250);
/// Bridges.
pub const BRIDGE: Rgb = (30, 136, 229);
/// Mountain passes.
pub const PASS: Rgb = (216, 67, 21);
/// Other hills.
pub const HILL: Rgb = (142, 36, 170);
/// The elevation line, flat grades and low risk.
pub const GREEN: Rgb = (67, 160, 71);
/// The planned pace line and strides.
pub const ORANGE: Rgb = (251, 140, 0);
/// The flat-pace reference line.
pub const FLAT_PACE: Rgb = (120, 144, 156);
/// Energy bars.
pub const ENERGY: Rgb = (255, 179, 0);
/// Errors, high risk, the cumulative energy curve.
pub const RED: Rgb = (229, 57, 53);
/// Warnings and moderate risk.
pub const AMBER: Rgb = (245, 124, 0);
/// Steep climbs in grade colouring.
pub const STEEP_UP: Rgb = (198, 40, 40);
/// Moderate climbs in grade colouring.
pub const UP: Rgb = (239, 108, 0);
/// Steep descents in grade colouring.
pub const STEEP_DOWN: Rgb = (74, 20, 140);
/// Strength sessions.
pub const STRENGTH: Rgb = GREY;
/// Calendar row of a taper week on paper (light green).
pub const TAPER_WEEK: Rgb = (232, 245, 233);
/// Calendar row of a recovery week on paper (light blue).
pub const RECOVERY_WEEK: Rgb = (227, 242, 253);
/// Pace band cells that hold a descent (the bridge blue, printed as a light tint).
pub const DESCENT_TINT: Rgb = BRIDGE;
/// Fast sessions on the printed calendar: strides, repeats and race-specific descents.
pub const FAST_SESSION: Rgb = BRIDGE;

/// The colour of a descent kind.
pub fn descent(kind: DescentKind) -> Rgb {
    match kind {
        DescentKind::Bridge => BRIDGE,
        DescentKind::Pass => PASS,
        DescentKind::Hill => HILL,
    }
}

/// The colour of a risk level.
pub fn risk(risk: Risk) -> Rgb {
    match risk {
        Risk::High => RED,
        Risk::Moderate => AMBER,
        Risk::Low => GREEN,
    }
}

/// Grade colouring: green flat, orange and red uphill, blues downhill.
pub fn grade(grade_pct: f64) -> Rgb {
    match grade_pct {
        g if g >= 6.0 => STEEP_UP,
        g if g >= 3.0 => UP,
        g if g > -3.0 => GREEN,
        g if g > -6.0 => BRIDGE,
        _ => STEEP_DOWN,
    }
}

/// A workout's colour.
pub fn workout(kind: WorkoutKind) -> Rgb {
    match kind {
        WorkoutKind::FormJog => GREEN,
        WorkoutKind::Strides => ORANGE,
        WorkoutKind::Repeats | WorkoutKind::RaceSpecific => BRIDGE,
        WorkoutKind::Strength => STRENGTH,
    }
}

/// A workout's colour on the printed calendar, where strides join the other fast sessions
/// in blue (its legend says so); on screen strides are orange ([`workout`]).
pub fn printed_workout(kind: WorkoutKind) -> Rgb {
    match kind {
        WorkoutKind::FormJog => GREEN,
        WorkoutKind::Strides | WorkoutKind::Repeats | WorkoutKind::RaceSpecific => FAST_SESSION,
        WorkoutKind::Strength => STRENGTH,
    }
}
