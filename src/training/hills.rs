//! Hill finder: stretches of the runner's own training ground that suit each workout
//! (length and grade windows), in either running direction.

use crate::{i18n, t};
use serde::{Deserialize, Serialize};

use super::WorkoutKind;
use crate::course::Profile;

/// A stretch that suits a workout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HillSpot {
    /// The workout it suits.
    pub kind: WorkoutKind,
    /// Where it starts along the training-ground file, metres (in the file's direction).
    pub start_m: f64,
    /// Where it ends along the training-ground file, metres (in the file's direction).
    pub end_m: f64,
    /// Grade when run in the suggested direction (negative: downhill).
    pub grade_pct: f64,
    /// True when the stretch is a climb in the file's direction: run it the other way.
    pub reversed: bool,
}

impl HillSpot {
    /// "km 3.2 to 3.3 of Son Tra loop" (with the direction when reversed).
    pub fn describe(&self, ground: &str) -> String {
        let (a, b) = (self.start_m / 1000.0, self.end_m / 1000.0);
        if self.reversed {
            t!(
                "spot-reversed",
                from = i18n::number(b, 1),
                to = i18n::number(a, 1),
                ground = ground,
                grade = i18n::number(self.grade_pct, 1)
            )
        } else {
            t!(
                "spot",
                from = i18n::number(a, 1),
                to = i18n::number(b, 1),
                ground = ground,
                grade = i18n::number(self.grade_pct, 1)
            )
        }
    }
}

/// What each workout needs: stretch length (m) and downhill grade range (%), from the
/// workout table (None: the finder does not look for it).
fn needs(kind: WorkoutKind) -> Option<(f64, (f64, f64))> {
    let workout = kind.workout();
    workout
        .hill_length_m
        .map(|len| (len, workout.ranges.slope_pct))
}

/// The note when no stretch of a training ground suits the downhill workouts.
pub fn no_stretch_note(ground_name: &str) -> String {
    t!("spot-none", ground = ground_name)
}

/// Up to three non-overlapping spots per workout, best first (grade closest to the middle
/// of the window, steady: the local grade stays within 1.5 % of the window everywhere).
pub fn find_hills(profile: &Profile) -> Vec<HillSpot> {
    let mut out = Vec::new();
    if !profile.has_elevation || profile.len() < 3 {
        return out;
    }
    let spacing = profile.settings.spacing_m;
    let (d, e, g) = (
        &profile.distance_m,
        &profile.elevation_m,
        &profile.grade_pct,
    );
    for kind in WorkoutKind::ALL {
        let Some((len, (lo, hi))) = needs(kind) else {
            continue;
        };
        let w = ((len / spacing).round() as usize).max(1);
        let mid = (lo + hi) / 2.0;
        let mut candidates: Vec<(f64, HillSpot)> = Vec::new();
        for i in 0..profile.len().saturating_sub(w) {
            let j = i + w;
            let run = d[j] - d[i];
            if run <= 0.0 {
                continue;
            }
            let grade = (e[j] - e[i]) / run * 100.0;
            let down = grade.abs();
            if down < lo || down > hi {
                continue;
            }
            let reversed = grade > 0.0;
            let steady = g[i..=j].iter().all(|x| {
                let x = if reversed { *x } else { -*x };
                x >= lo - 1.5 && x <= hi + 1.5
            });
            if !steady {
                continue;
            }
            candidates.push((
                (down - mid).abs(),
                HillSpot {
                    kind,
                    start_m: d[i],
                    end_m: d[j],
                    grade_pct: -down,
                    reversed,
                },
            ));
        }
        // Closest to the middle of the window first; at equal grade, the file's own direction.
        candidates.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.reversed.cmp(&b.1.reversed)));
        let mut chosen: Vec<HillSpot> = Vec::new();
        for (_, c) in candidates {
            if chosen.len() >= 3 {
                break;
            }
            if chosen
                .iter()
                .all(|s| c.end_m <= s.start_m || c.start_m >= s.end_m)
            {
                chosen.push(c);
            }
        }
        chosen.sort_by(|a, b| a.start_m.total_cmp(&b.start_m));
        out.extend(chosen);
    }
    out
}
