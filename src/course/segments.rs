//! Climbs and descents: found like Garmin ClimbPro (length x grade score, minimum length
//! and grade, tolerance for short counter-slopes) by one pipeline run in two directions,
//! with thresholds for road marathons; descents are then classified as bridge, pass or
//! hill and named (see [`super::classify`]).
//!
//! Steps, on the smoothed profile, for each `Direction` (up finds climbs, down descents):
//! 1. turning points with a `hysteresis_m` swing give candidate spans (valley to peak
//!    going up, peak to valley going down);
//! 2. a span that runs flat for `flat_split_m` or more is cut there;
//! 3. neighbours are merged across a counter-slope that is short (at most
//!    `counter_max_m` long) and small (at most `counter_tolerance` x the change so far;
//!    ClimbPro ends a climb when an intermediate drop exceeds half its gain: we use a quarter);
//!    a shelf (level, or rising against them by less than half the minimum grade or less
//!    than a climb that counts: a hamlet, a lake shore, drift on a flat) is merged across up
//!    to [`SHELF_SHARE`] of the shorter part and under [`MAX_SHELF_M`], so a long pass is not
//!    cut in pieces by a flattening, while a real counter-climb, or a flat road as long as the
//!    ramps it joins, still cuts;
//! 4. flat shoulders are trimmed (ends move inward while the next 100 m are shallower
//!    than half the minimum grade);
//! 5. what remains must be `min_length_m` long, change `min_change_m` in height, average
//!    `min_grade_pct`, and score (length_m x |grade_pct|) at least `min_score`.
//!    Defaults: 200 m, 6 m, 2 %, 600 so that a 10 m drop at 3 % over a bridge counts,
//!    while GPS noise on a flat course does not.

use crate::t;
use serde::{Deserialize, Serialize};

use super::classify;
use build::{climb, descent};
use ends::{to_extremes, trim};

pub(crate) use build::measured_descent;

mod build;
mod ends;
use super::{Category, Course, Profile};

/// Detection settings (defaults tuned for road marathons).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SegmentSettings {
    /// Smallest swing in height, metres, that makes a turning point (step 1). Default 3 m.
    pub hysteresis_m: f64,
    /// Shortest climb or descent kept, metres along the course. Default 200 m.
    pub min_length_m: f64,
    /// Smallest height gained or lost for a climb or descent to count, metres. Default 6 m.
    pub min_change_m: f64,
    /// Gentlest average grade kept, percent (positive for both directions). Default 2 %.
    pub min_grade_pct: f64,
    /// Smallest score (length_m x |average grade_pct|) kept. Default 600.
    pub min_score: f64,
    /// Largest counter-slope merged across, as a fraction of the height changed so far
    /// (and of the next part). Default 0.25.
    pub counter_tolerance: f64,
    /// Longest counter-slope merged across, metres along the course. Default 500 m.
    pub counter_max_m: f64,
    /// A flat stretch (grade under half the minimum) this long splits a segment in two,
    /// unless it is a shelf short against the parts either side (see [`SHELF_SHARE`]).
    pub flat_split_m: f64,
    /// A waypoint this close to the course (metres) and within the segment (+- this
    /// distance along the course) names it.
    pub waypoint_radius_m: f64,
    /// How close to its top and bottom a span's ends sit, metres (0 on a clean file; the
    /// profile's noise raises it, see [`SegmentSettings::for_noise`]).
    #[serde(skip)]
    pub end_tolerance_m: f64,
}

impl SegmentSettings {
    /// The settings for a profile whose gain threshold was raised by its noise (see
    /// `course::noise`): swings under the threshold are noise, so the hysteresis follows it,
    /// a climb or descent must change at least 1.5 x the threshold, and its ends sit within
    /// (threshold - 3 m) of its top and bottom. A clean file (3 m) keeps the settings.
    pub fn for_noise(&self, gain_threshold_m: f64) -> SegmentSettings {
        let excess = (gain_threshold_m - 3.0).max(0.0);
        SegmentSettings {
            hysteresis_m: self.hysteresis_m.max(gain_threshold_m),
            min_change_m: self.min_change_m.max(1.5 * gain_threshold_m),
            end_tolerance_m: if excess > 0.0 {
                self.end_tolerance_m.max(gain_threshold_m)
            } else {
                self.end_tolerance_m
            },
            ..self.clone()
        }
    }
}

impl Default for SegmentSettings {
    fn default() -> Self {
        Self {
            hysteresis_m: 3.0,
            min_length_m: 200.0,
            min_change_m: 6.0,
            min_grade_pct: 2.0,
            min_score: 600.0,
            counter_tolerance: 0.25,
            counter_max_m: 500.0,
            flat_split_m: 250.0,
            waypoint_radius_m: 300.0,
            end_tolerance_m: 0.0,
        }
    }
}

/// What kind of descent this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum DescentKind {
    /// Down from a bridge: a short straight structure that leaves and returns to its level,
    /// with or without a deck, approaches of any two lengths (see `classify`) (or a
    /// waypoint named bridge, cầu, viaduct, overpass, flyover).
    Bridge,
    /// Down from a mountain pass: a long or winding descent (or a waypoint named pass,
    /// đèo, col, saddle).
    Pass,
    /// Any other descent.
    Hill,
}

impl DescentKind {
    /// The kind in one lowercase word, in this thread's language (the English word is the
    /// JSON's).
    pub fn label(self) -> String {
        match self {
            DescentKind::Bridge => t!("kind-bridge"),
            DescentKind::Pass => t!("kind-pass"),
            DescentKind::Hill => t!("kind-hill"),
        }
    }
}

/// A descent. Grades are negative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Descent {
    /// The nearby waypoint's name, else "Descent 1", "Descent 2" ...
    pub name: String,
    /// Bridge, pass or hill (`kind_reason` says why).
    pub kind: DescentKind,
    /// Where the descent starts, metres from the start of the course.
    pub start_m: f64,
    /// Where the descent ends, metres from the start of the course.
    pub end_m: f64,
    /// Height lost from start to end on the smoothed profile, metres (positive).
    pub drop_m: f64,
    /// Average grade over the descent, percent (negative).
    pub avg_grade_pct: f64,
    /// Steepest local grade within the descent, percent (negative, at least as steep as
    /// the average).
    pub max_grade_pct: f64,
    /// Size of the descent: length_m x |avg_grade_pct|.
    pub score: f64,
    /// Category by `score` (minor, major, Cat 4 ... HC).
    pub category: Category,
    /// Path length / straight-line distance over the descent (1 = straight).
    pub sinuosity: f64,
    /// Why the kind was chosen, in words.
    pub kind_reason: String,
    /// The runner renamed, re-kinded, moved or added it (shown as "edited by you").
    #[serde(default)]
    pub edited_by_runner: bool,
}

/// A climb. Grades are positive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Climb {
    /// `"<waypoint name> (climb)"` when a waypoint is near, else "Climb 1", "Climb 2" ...
    pub name: String,
    /// Where the climb starts, metres from the start of the course.
    pub start_m: f64,
    /// Where the climb ends, metres from the start of the course.
    pub end_m: f64,
    /// Height gained from start to end on the smoothed profile, metres.
    pub gain_m: f64,
    /// Average grade over the climb, percent.
    pub avg_grade_pct: f64,
    /// Steepest local grade within the climb, percent (at least the average).
    pub max_grade_pct: f64,
    /// Size of the climb: length_m x avg_grade_pct.
    pub score: f64,
    /// Category by `score` (minor, major, Cat 4 ... HC).
    pub category: Category,
}

impl Descent {
    /// Length along the course, metres.
    pub fn length_m(&self) -> f64 {
        self.end_m - self.start_m
    }
}

impl Climb {
    /// Length along the course, metres.
    pub fn length_m(&self) -> f64 {
        self.end_m - self.start_m
    }
}

/// The climbs and descents of a course, each sorted by start.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Segments {
    /// Climbs, numbered "Climb 1", "Climb 2" ... unless a waypoint names them.
    pub climbs: Vec<Climb>,
    /// Descents, classified and named.
    pub descents: Vec<Descent>,
}

/// Which way the pipeline runs: up finds climbs, down finds descents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Direction {
    Up,
    Down,
}

impl Direction {
    /// +1 up, -1 down: a height change times the sign is positive in this direction.
    fn sign(self) -> f64 {
        match self {
            Direction::Up => 1.0,
            Direction::Down => -1.0,
        }
    }

    /// True when going from elevation `from` to `to` moves this way.
    fn moves(self, from: f64, to: f64) -> bool {
        match self {
            Direction::Up => to > from,
            Direction::Down => to < from,
        }
    }
}

/// A stretch of the profile between two sample indices, `start < end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    pub start: usize,
    pub end: usize,
}

/// The smoothed profile the pipeline reads.
#[derive(Clone, Copy)]
struct Slope<'a> {
    elevation_m: &'a [f64],
    distance_m: &'a [f64],
    spacing_m: f64,
}

impl Slope<'_> {
    /// Height change from sample `from` to sample `to`, metres (negative going down).
    fn rise_m(&self, from: usize, to: usize) -> f64 {
        self.elevation_m[to] - self.elevation_m[from]
    }

    /// Distance along the course from sample `from` to sample `to`, metres.
    fn run_m(&self, from: usize, to: usize) -> f64 {
        self.distance_m[to] - self.distance_m[from]
    }

    /// Grade from `from` to `to` (`from < to`) over the grid spacing, percent, positive
    /// when it goes the way of `dir`.
    fn grade_pct(&self, from: usize, to: usize, dir: Direction) -> f64 {
        self.rise_m(from, to) * dir.sign() / ((to - from) as f64 * self.spacing_m) * 100.0
    }
}

/// Finds climbs and descents, sorted by start. Empty without elevation.
pub fn find(course: &Course, profile: &Profile, settings: &SegmentSettings) -> Segments {
    if !profile.has_elevation || profile.len() < 3 {
        return Segments::default();
    }
    let slope = Slope {
        elevation_m: &profile.elevation_m,
        distance_m: &profile.distance_m,
        spacing_m: profile.settings.spacing_m,
    };
    let settings = &settings.for_noise(profile.settings.gain_threshold_m);
    let turning = super::profile::turning_points(slope.elevation_m, settings.hysteresis_m);
    let ups = spans(&turning, slope, settings, Direction::Up);
    let downs = spans(&turning, slope, settings, Direction::Down);

    let anchors =
        classify::project_waypoints(&course.waypoints, profile, settings.waypoint_radius_m);
    let named = |sp: Span| {
        classify::nearest_anchor(
            &anchors,
            slope.distance_m[sp.start],
            slope.distance_m[sp.end],
            settings.waypoint_radius_m,
        )
    };
    let climbs = ups
        .iter()
        .enumerate()
        .map(|(i, &sp)| climb(sp, profile, named(sp), i))
        .collect();
    let descents = downs
        .iter()
        .enumerate()
        .map(|(i, &sp)| descent(sp, &ups, profile, named(sp), i))
        .collect();
    Segments { climbs, descents }
}

/// The pipeline for one direction: candidate spans between turning points, cut at flats,
/// merged across small counter-slopes, trimmed, and kept when big enough.
fn spans(turning: &[usize], slope: Slope<'_>, st: &SegmentSettings, dir: Direction) -> Vec<Span> {
    let candidates: Vec<Span> = turning
        .windows(2)
        .map(|w| Span {
            start: w[0],
            end: w[1],
        })
        .filter(|sp| dir.moves(slope.elevation_m[sp.start], slope.elevation_m[sp.end]))
        .flat_map(|sp| split_at_flats(sp, slope, st, dir))
        .collect();
    merge(candidates, slope, st, dir)
        .into_iter()
        .map(|sp| trim(sp, slope, st, dir))
        .map(|sp| to_extremes(sp, slope, st.end_tolerance_m, st.min_grade_pct, dir))
        .filter(|sp| keep(*sp, slope, st))
        .collect()
}

/// Merges neighbouring same-direction spans across small, short counter-slopes.
fn merge(spans: Vec<Span>, slope: Slope<'_>, st: &SegmentSettings, dir: Direction) -> Vec<Span> {
    let sign = dir.sign();
    let mut out: Vec<Span> = Vec::new();
    for sp in spans {
        if let Some(last) = out.last_mut() {
            let counter = slope.rise_m(last.end, sp.start) * -sign; // size of the counter-slope
            let gap = slope.run_m(last.end, sp.start);
            let so_far = slope.rise_m(last.start, last.end) * sign;
            let next = slope.rise_m(sp.start, sp.end) * sign;
            let beyond = slope.rise_m(last.end, sp.end) * sign > 0.0; // the next part goes further
            if gap <= longest_counter(gap, counter, *last, sp, slope, st)
                && counter <= st.counter_tolerance * so_far
                && counter <= st.counter_tolerance * next.max(so_far)
                && beyond
            {
                last.end = sp.end;
                continue;
            }
        }
        out.push(sp);
    }
    out
}

/// A shelf (a stretch between two parts that is level, or rises against them by less than
/// half the minimum grade or less than `min_change_m`: no climb that would count) joins them
/// when it is no longer than this share of the shorter part: a hamlet or a lake shore halfway
/// down a 10 km pass is no end of the descent, a 1 km flat road between two 700 m bridge
/// ramps is. The shelf is measured out to where the height leaves the hysteresis band of its
/// ends, so drift on it does not shorten it.
pub const SHELF_SHARE: f64 = 0.5;
/// A shelf at least this long always cuts, metres: beyond it the road is a valley floor.
pub const MAX_SHELF_M: f64 = 1_200.0;

/// The longest counter-slope merged across between the parts `last` and `next`:
/// `counter_max_m`, or any length for a shelf (`counter_m` under half the minimum grade over
/// `gap_m`, or under `min_change_m`) no longer than [`SHELF_SHARE`] of the shorter part and
/// under [`MAX_SHELF_M`].
fn longest_counter(
    gap_m: f64,
    counter_m: f64,
    last: Span,
    next: Span,
    slope: Slope<'_>,
    st: &SegmentSettings,
) -> f64 {
    // Level, or rising less than a climb that counts (on a drifting file that is the noise).
    let shelf = counter_m <= (gap_m * st.min_grade_pct / 2.0 / 100.0).max(st.min_change_m);
    if !shelf {
        return st.counter_max_m;
    }
    // The shelf runs from the foot of one part to the head of the next: on out from the gap
    // while the height stays within the hysteresis of its ends (drift on a shelf leaves
    // pieces of slope on it that are no part of the ramps).
    let e = slope.elevation_m;
    let band = st.hysteresis_m;
    let mut from = last.end;
    while from > last.start && (e[from - 1] - e[last.end]).abs() < band {
        from -= 1;
    }
    let mut to = next.start;
    while to < next.end && (e[to + 1] - e[next.start]).abs() < band {
        to += 1;
    }
    let shelf_m = slope.run_m(from, to);
    let shorter = slope
        .run_m(last.start, last.end)
        .min(slope.run_m(next.start, next.end));
    let longest = st.counter_max_m.max(SHELF_SHARE * shorter);
    if shelf_m < MAX_SHELF_M && shelf_m <= longest {
        f64::INFINITY
    } else {
        st.counter_max_m
    }
}

/// Cuts a span where it runs flat (local grade under half the minimum) for longer than
/// `flat_split_m`: two bridges joined by a flat road are two descents.
fn split_at_flats(sp: Span, slope: Slope<'_>, st: &SegmentSettings, dir: Direction) -> Vec<Span> {
    let spacing_m = slope.spacing_m;
    // Grade over +-100 m: long enough that GPS noise left after smoothing reads as flat.
    let h = ((100.0 / spacing_m).round() as usize).max(1);
    let min_run = ((st.flat_split_m / spacing_m).round() as usize).max(1);
    let half = st.min_grade_pct / 2.0;
    let flat = |i: usize| {
        let (a, b) = (i.saturating_sub(h).max(sp.start), (i + h).min(sp.end));
        b <= a || slope.grade_pct(a, b, dir) < half
    };
    let mut out = Vec::new();
    let mut piece_start = sp.start;
    let mut i = sp.start;
    while i <= sp.end {
        if flat(i) {
            let run_start = i;
            while i <= sp.end && flat(i) {
                i += 1;
            }
            if i - run_start >= min_run {
                if run_start > piece_start {
                    out.push(Span {
                        start: piece_start,
                        end: run_start,
                    });
                }
                piece_start = i.min(sp.end);
            }
        } else {
            i += 1;
        }
    }
    if sp.end > piece_start {
        out.push(Span {
            start: piece_start,
            end: sp.end,
        });
    }
    out
}

/// True when a span is long, high, steep and big enough to count (step 5 above).
fn keep(sp: Span, slope: Slope<'_>, st: &SegmentSettings) -> bool {
    let len = slope.run_m(sp.start, sp.end);
    let change = slope.rise_m(sp.start, sp.end).abs();
    if len < st.min_length_m || change < st.min_change_m {
        return false;
    }
    let grade = change / len * 100.0;
    grade >= st.min_grade_pct && len * grade >= st.min_score
}

#[cfg(test)]
mod tests;
