//! Elevation repair, before smoothing: stretches no road can have (elevation-model spikes and
//! pits at tunnels, bridges, cliffs and buildings; steps between tiles) are found and replaced
//! by a straight line between the good ground either side; gaps where the recording lost the
//! signal are reported as interpolated. Every repair is recorded: where, what, how big.
//!
//! The rule: a grade steeper than [`MAX_ROAD_GRADE_PCT`] held over [`GRADE_RUN_M`] is not a
//! road, on a course that is otherwise a road (under [`MAX_ARTIFACT_SHARE`] of it breaks the
//! rule; a trail or a mountain path has such grades for real and is left alone). The
//! steepest streets anyone runs up are about 35 % for a few metres, the steepest
//! pitches of road races about 20-25 % (Mur de Huy 26 %), and a road marathon stays well
//! under 15 %; an elevation model crossing a bridge or a tunnel portal jumps tens of metres
//! in one or two samples. A repaired stretch is widened until the straight line across it
//! is no steeper than [`REPAIRED_GRADE_PCT`], and never beyond [`MAX_REPAIR_M`].
//!
//! Before that rule, bridge decks the elevation model put at the water below are rebuilt
//! between their ramp tops ([`deck`]): otherwise the two falls to the water would be cut as
//! steps and the deck left at water level.

use crate::{i18n, t};
use serde::{Deserialize, Serialize};

pub mod deck;

/// Steeper than this over [`GRADE_RUN_M`] is no road: percent.
pub const MAX_ROAD_GRADE_PCT: f64 = 25.0;
/// Distance over which the grade is measured for the rule, metres.
pub const GRADE_RUN_M: f64 = 30.0;
/// A repaired stretch is widened until the line across it is no steeper than this, percent.
pub const REPAIRED_GRADE_PCT: f64 = 15.0;
/// Longest repair, metres: beyond that the file is left as it is (and a note says so).
pub const MAX_REPAIR_M: f64 = 2_000.0;
/// A road course is a road: when more than this share of it breaks the rule, the course is
/// a trail or a mountain path where such grades are real, and nothing is repaired.
pub const MAX_ARTIFACT_SHARE: f64 = 0.02;
/// Two artifacts closer than this are repaired as one, metres.
const JOIN_M: f64 = 100.0;
/// A gap this long between two recorded points is reported as interpolated, metres.
pub const GAP_M: f64 = 200.0;
/// A file whose usual step between points is at most this is a recording, metres (a watch
/// or phone records every 1-5 s: 3-15 m at running pace).
pub const RECORDING_STEP_M: f64 = 15.0;

/// What was wrong with a stretch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepairKind {
    /// A short rise and fall that no road has (an elevation model hitting a building, a
    /// tunnel portal, a bridge pylon).
    Spike,
    /// A short fall and rise (a bridge or a cutting at the level of the ground below).
    Pit,
    /// A jump to another level (two elevation tiles meeting).
    Step,
    /// No recorded points here (a tunnel, a lower deck): heights drawn straight across.
    Gap,
    /// A bridge deck the elevation model put at the water below (a pit between two ramp
    /// tops on a straight stretch, see [`deck`]): drawn straight between the tops.
    BridgeDeck,
    /// The runner marked a bridge deck: heights drawn straight between the ramp tops.
    MarkedDeck,
    /// The runner marked bad elevation: heights drawn straight across.
    MarkedBad,
}

impl RepairKind {
    /// The word for notes and the JSON reason, in this thread's language.
    pub fn label(self) -> String {
        match self {
            RepairKind::Spike => t!("repair-spike"),
            RepairKind::Pit => t!("repair-pit"),
            RepairKind::Step => t!("repair-step"),
            RepairKind::Gap => t!("repair-gap"),
            RepairKind::BridgeDeck => t!("repair-bridge-deck"),
            RepairKind::MarkedDeck => t!("repair-marked-deck"),
            RepairKind::MarkedBad => t!("repair-marked-bad"),
        }
    }
}

/// One repaired (or interpolated) stretch.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Repair {
    /// Where it starts along the course, metres.
    pub start_m: f64,
    /// Where it ends, metres.
    pub end_m: f64,
    /// What was wrong.
    pub kind: RepairKind,
    /// How far the file was off the repaired line at worst, metres (the gap's length for a
    /// gap).
    pub size_m: f64,
}

impl std::fmt::Display for Repair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (from, to) = (
            i18n::number(self.start_m / 1000.0, 2),
            i18n::number(self.end_m / 1000.0, 2),
        );
        let (what, size) = (self.kind.label(), format!("{:.0}", self.size_m));
        let text = match self.kind {
            RepairKind::Gap => t!(
                "repair-note-gap",
                from = from,
                to = to,
                what = what,
                size = size
            ),
            _ => t!(
                "repair-note",
                from = from,
                to = to,
                what = what,
                size = size
            ),
        };
        f.write_str(&text)
    }
}

/// Repairs the stretches of a regularly sampled elevation series (`spacing_m` apart) that no
/// road can have; returns what was repaired.
pub fn repair(distance_m: &[f64], elevation_m: &mut [f64], spacing_m: f64) -> Vec<Repair> {
    let n = elevation_m.len();
    let k = ((GRADE_RUN_M / spacing_m).round() as usize).max(1);
    if n < k + 3 {
        return Vec::new();
    }
    let runs = steep_runs(elevation_m, spacing_m, k);
    let steep_m: f64 = runs.iter().map(|(a, b)| (b - a) as f64 * spacing_m).sum();
    if steep_m > MAX_ARTIFACT_SHARE * n as f64 * spacing_m {
        // Steep this often: a trail or a mountain path, where such grades are real.
        return Vec::new();
    }
    let mut repairs = Vec::new();
    for (a, b) in runs {
        if let Some((a, b)) = widen(elevation_m, spacing_m, a, b) {
            repairs.push(fix(distance_m, elevation_m, a, b));
        }
    }
    repairs
}

/// Runs of samples [a, b] (inclusive) where the grade over `k` samples breaks the rule,
/// joined across short good stretches.
fn steep_runs(e: &[f64], spacing_m: f64, k: usize) -> Vec<(usize, usize)> {
    let limit = MAX_ROAD_GRADE_PCT / 100.0 * k as f64 * spacing_m;
    let join = ((JOIN_M / spacing_m).round() as usize).max(1);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for i in 0..e.len() - k {
        if (e[i + k] - e[i]).abs() <= limit {
            continue;
        }
        match runs.last_mut() {
            Some(r) if i <= r.1 + join => r.1 = i + k,
            _ => runs.push((i, i + k)),
        }
    }
    runs
}

/// Widens [a, b] until the straight line between the samples just outside it is no steeper
/// than [`REPAIRED_GRADE_PCT`]; None when that needs more than [`MAX_REPAIR_M`] or the
/// stretch touches an end of the course (nothing to anchor the line on).
fn widen(e: &[f64], spacing_m: f64, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    let max = (MAX_REPAIR_M / spacing_m) as usize;
    loop {
        if a == 0 || b + 1 >= e.len() || b - a > max {
            return None;
        }
        let (lo, hi) = (a - 1, b + 1);
        let grade = (e[hi] - e[lo]).abs() / ((hi - lo) as f64 * spacing_m) * 100.0;
        if grade <= REPAIRED_GRADE_PCT {
            return Some((a, b));
        }
        a -= 1;
        b += 1;
    }
}

/// Replaces [a, b] by the line between its neighbours and says what it was.
fn fix(d: &[f64], e: &mut [f64], a: usize, b: usize) -> Repair {
    let (lo, hi) = (a - 1, b + 1);
    let (e_lo, e_hi) = (e[lo], e[hi]);
    let line = |i: usize| e_lo + (e_hi - e_lo) * (d[i] - d[lo]) / (d[hi] - d[lo]);
    let above = (a..=b).map(|i| e[i] - line(i)).fold(0.0, f64::max);
    let below = (a..=b).map(|i| line(i) - e[i]).fold(0.0, f64::max);
    let step = (e[hi] - e[lo]).abs();
    let (kind, size_m) = if step > above.max(below) {
        (RepairKind::Step, step)
    } else if above >= below {
        (RepairKind::Spike, above)
    } else {
        (RepairKind::Pit, below)
    };
    for (i, v) in e.iter_mut().enumerate().take(b + 1).skip(a) {
        *v = line(i);
    }
    Repair {
        start_m: d[lo],
        end_m: d[hi],
        kind,
        size_m,
    }
}

/// Gaps between consecutive recorded points (`points_m`: their distances along the course)
/// of [`GAP_M`] or more and 20 times the usual step, as interpolated stretches. Only in a
/// dense recording (a usual step under [`RECORDING_STEP_M`]): a planned route's points are
/// sparse on straight roads by design, which is no lost signal.
pub fn gaps(points_m: &[f64]) -> Vec<Repair> {
    let mut steps: Vec<f64> = points_m.windows(2).map(|w| w[1] - w[0]).collect();
    if steps.is_empty() {
        return Vec::new();
    }
    let mid = steps.len() / 2;
    let usual = *steps.select_nth_unstable_by(mid, f64::total_cmp).1;
    if usual > RECORDING_STEP_M {
        return Vec::new();
    }
    let gap_m = GAP_M.max(20.0 * usual);
    points_m
        .windows(2)
        .filter(|w| w[1] - w[0] >= gap_m)
        .map(|w| Repair {
            start_m: w[0],
            end_m: w[1],
            kind: RepairKind::Gap,
            size_m: w[1] - w[0],
        })
        .collect()
}

/// Where the profile's heights come from, stretch by stretch, for the JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QualityStretch {
    /// Start along the course, metres.
    pub start_m: f64,
    /// End along the course, metres.
    pub end_m: f64,
    /// `file`, `interpolated` or `repaired`.
    pub source: String,
    /// Why, for an interpolated or repaired stretch ("spike of 42 m").
    pub reason: String,
}

/// The whole course as stretches of file, repaired and interpolated heights.
pub fn quality(repairs: &[Repair], total_m: f64) -> Vec<QualityStretch> {
    let mut sorted: Vec<&Repair> = repairs.iter().collect();
    sorted.sort_by(|x, y| x.start_m.total_cmp(&y.start_m));
    let mut out = Vec::new();
    let mut at = 0.0;
    for r in sorted {
        if r.start_m > at {
            out.push(file_stretch(at, r.start_m));
        }
        let (source, reason) = match r.kind {
            RepairKind::Gap => ("interpolated", repair_reason(r)),
            _ => ("repaired", repair_reason(r)),
        };
        out.push(QualityStretch {
            start_m: r.start_m.max(at),
            end_m: r.end_m,
            source: source.into(),
            reason,
        });
        at = at.max(r.end_m);
    }
    if total_m > at {
        out.push(file_stretch(at, total_m));
    }
    out
}

/// "spike of 12 m": what was repaired and its size.
fn repair_reason(r: &Repair) -> String {
    t!(
        "repair-reason",
        what = r.kind.label(),
        size = format!("{:.0}", r.size_m)
    )
}

fn file_stretch(start_m: f64, end_m: f64) -> QualityStretch {
    QualityStretch {
        start_m,
        end_m,
        source: "file".into(),
        reason: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(f: impl Fn(f64) -> f64) -> (Vec<f64>, Vec<f64>) {
        let d: Vec<f64> = (0..600).map(|i| f64::from(i) * 10.0).collect();
        let e = d.iter().map(|&x| f(x)).collect();
        (d, e)
    }

    #[test]
    fn a_spike_is_cut_and_reported() {
        let (d, mut e) = series(|x| {
            if (2_000.0..2_030.0).contains(&x) {
                60.0
            } else {
                10.0
            }
        });
        let r = repair(&d, &mut e, 10.0);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].kind, RepairKind::Spike);
        assert!((r[0].size_m - 50.0).abs() < 1e-9);
        assert!(e.iter().all(|&v| (v - 10.0).abs() < 1e-9));
    }

    #[test]
    fn a_pit_and_a_step_are_told_apart() {
        let (d, mut e) = series(|x| {
            if (3_000.0..3_040.0).contains(&x) {
                -20.0
            } else {
                10.0
            }
        });
        let r = repair(&d, &mut e, 10.0);
        assert_eq!(r[0].kind, RepairKind::Pit);
        let (d, mut e) = series(|x| if x < 3_000.0 { 10.0 } else { 40.0 });
        let r = repair(&d, &mut e, 10.0);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].kind, RepairKind::Step);
        // Widened until the line across is no steeper than 15 %: 30 m over at least 200 m.
        assert!(r[0].end_m - r[0].start_m >= 200.0, "{r:?}");
    }

    #[test]
    fn real_steep_roads_are_left_alone() {
        // A 20 % pitch for 300 m: steep, but a road.
        let (d, mut e) = series(|x| (x - 2_000.0).clamp(0.0, 300.0) * 0.2);
        let before = e.clone();
        assert!(repair(&d, &mut e, 10.0).is_empty());
        assert_eq!(e, before);
    }

    #[test]
    fn quality_covers_the_course() {
        let r = [Repair {
            start_m: 100.0,
            end_m: 200.0,
            kind: RepairKind::Spike,
            size_m: 40.0,
        }];
        let q = quality(&r, 1_000.0);
        let sources: Vec<&str> = q.iter().map(|s| s.source.as_str()).collect();
        assert_eq!(sources, ["file", "repaired", "file"]);
        assert_eq!(q[1].reason, "spike of 40 m");
        assert!((q[2].end_m - 1_000.0).abs() < 1e-9);
    }
}
