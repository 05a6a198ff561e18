//! A kept span measured (length, height change, grades, score) and turned into a named
//! climb or a classified descent; also a descent between any two samples, for the runner's
//! corrections.

use super::super::classify::{self, Anchor};
use super::super::{Category, Profile};
use super::{Climb, Descent, DescentKind, Direction, Span};
use crate::t;

/// Length, height change and grades of a kept span, signed for its direction.
struct Measure {
    /// Gain going up, drop going down: positive either way.
    change_m: f64,
    /// Positive up, negative down.
    avg_grade_pct: f64,
    /// The steepest local grade, at least as steep as the average.
    max_grade_pct: f64,
    /// length_m x |avg_grade_pct|.
    score: f64,
}

fn measure(sp: Span, profile: &Profile, dir: Direction) -> Measure {
    let (elevation_m, distance_m) = (&profile.elevation_m, &profile.distance_m);
    let length_m = distance_m[sp.end] - distance_m[sp.start];
    let grades = profile.grade_pct[sp.start..=sp.end].iter().copied();
    // Written out per direction (not with the sign) so every number is bit for bit what
    // the climb and descent code computed before they were one pipeline.
    match dir {
        Direction::Up => {
            let change_m = elevation_m[sp.end] - elevation_m[sp.start];
            let avg = change_m / length_m * 100.0;
            let max = grades.fold(f64::NEG_INFINITY, f64::max);
            Measure {
                change_m,
                avg_grade_pct: avg,
                max_grade_pct: max.max(avg),
                score: length_m * avg,
            }
        }
        Direction::Down => {
            let change_m = elevation_m[sp.start] - elevation_m[sp.end];
            let avg = -change_m / length_m * 100.0;
            let max = grades.fold(f64::INFINITY, f64::min);
            Measure {
                change_m,
                avg_grade_pct: avg,
                max_grade_pct: max.min(avg),
                score: length_m * -avg,
            }
        }
    }
}

/// A climb from a kept upward span; `index` numbers unnamed climbs.
pub(super) fn climb(sp: Span, profile: &Profile, anchor: Option<&Anchor>, index: usize) -> Climb {
    let m = measure(sp, profile, Direction::Up);
    let name = anchor.map_or_else(
        || t!("climb-numbered", n = (index + 1).to_string()),
        |a| t!("climb-named", name = a.name.as_str()),
    );
    Climb {
        name,
        start_m: profile.distance_m[sp.start],
        end_m: profile.distance_m[sp.end],
        gain_m: m.change_m,
        avg_grade_pct: m.avg_grade_pct,
        max_grade_pct: m.max_grade_pct,
        score: m.score,
        category: Category::from_score(m.score),
    }
}

/// A descent from a kept downward span, classified against the climbs (`ups`) before it.
pub(super) fn descent(
    sp: Span,
    ups: &[Span],
    profile: &Profile,
    anchor: Option<&Anchor>,
    index: usize,
) -> Descent {
    // A waypoint in the file names it; else a listed bridge or pass; else its number.
    let landmark = anchor
        .is_none()
        .then(|| super::super::landmarks::for_descent(profile, sp.start, sp.end))
        .flatten();
    let name = match (anchor, &landmark) {
        (Some(a), _) => super::super::landmarks::local_name_for(&a.name, profile, sp.start, sp.end)
            .unwrap_or_else(|| a.name.clone()),
        (None, Some((lm, _, _))) => lm.display_name(),
        (None, None) => t!("descent-numbered", n = (index + 1).to_string()),
    };
    let measured = measured_descent(profile, sp.start, sp.end, name, DescentKind::Hill);
    let mut kind = classify::classify(sp, ups, profile, measured.sinuosity, anchor);
    if let Some((_, k, why)) = landmark {
        kind.kind = k;
        kind.reason = why;
    }
    Descent {
        kind: kind.kind,
        kind_reason: kind.reason,
        edited_by_runner: false,
        ..measured
    }
}

/// A descent between two profile samples (`start` < `end`), measured as found ones are; for
/// the runner's corrections.
pub(crate) fn measured_descent(
    profile: &Profile,
    start: usize,
    end: usize,
    name: String,
    kind: DescentKind,
) -> Descent {
    let sp = Span { start, end };
    let m = measure(sp, profile, Direction::Down);
    Descent {
        name,
        kind,
        start_m: profile.distance_m[start],
        end_m: profile.distance_m[end],
        drop_m: m.change_m,
        avg_grade_pct: m.avg_grade_pct,
        max_grade_pct: m.max_grade_pct,
        score: m.score,
        category: Category::from_score(m.score),
        sinuosity: classify::sinuosity(profile, start, end),
        kind_reason: String::new(),
        edited_by_runner: true,
    }
}
