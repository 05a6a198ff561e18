//! Bridge decks at water level: an elevation model gives the ground under a bridge, so the
//! file climbs a ramp, falls to the water mid-span and climbs back to the other ramp's top.
//! Run on the resampled grid before the steep-grade rule (which would otherwise cut the two
//! falls as steps and leave the deck at the water).
//!
//! ## The rule
//!
//! A pit is rebuilt as a straight deck between its two tops when it is:
//! - **a pit between two tops**: a peak, a trough and a peak of the lightly smoothed
//!   profile (over [`DETECT_WINDOW_M`]), the trough at least [`MIN_DEPTH_M`] below the lower
//!   top, the tops [`PIT_LENGTH_M`] apart;
//! - **tops at one level**: they differ by at most [`TOP_LEVEL_SHARE`] of the depth or
//!   [`TOP_LEVEL_M`], whichever is more (a deck joins two ramp tops of one bridge);
//! - **a level floor behind walls**: the lower half of the pit takes at least
//!   [`MIN_FLOOR_SHARE`] of its length (the water is level; a valley is a V or a bowl whose
//!   lower half is about half its length), and the falls from each top to that half are
//!   steeper than [`MIN_WALL_GRADE_PCT`] (steeper than any bridge ramp is built: the model
//!   falls off the bank, while a road's own dip, an underpass or a valley road, is built at
//!   ramp grades);
//! - **ramp tops, not spikes**: beyond each top, over [`OUTER_M`], the file falls no
//!   steeper than [`MIN_WALL_GRADE_PCT`] (a ramp or the bank's level; two spikes of the
//!   model over a level road would otherwise pass for the tops of a deck);
//! - **straight**: every sample within [`super::super::classify::MAX_OFFSET_M`] (or
//!   [`super::super::classify::MAX_OFFSET_SHARE`] of the extent) of the line through the
//!   first top and the farthest point, as for a bridge descent.
//!
//! Limits: a low bridge (under 8 m over the water) or one whose model falls gently (a wide
//! muddy bank, a coarse model, a route file with points hundreds of metres apart) keeps its
//! pit and goes to the steep-grade rule; a deck that bends (a curved viaduct) or whose tops
//! differ a lot (a bridge onto a hillside) is left as it is; a straight road through a
//! steep-sided flat-floored dip of that size (a road along a canal lock, a quarry crossing)
//! would be drawn level. The runner can mark or unmark a deck by hand (corrections).

use super::super::classify::{MAX_OFFSET_M, MAX_OFFSET_SHARE, offset_from_line_deg};
use super::super::series::{moving_average, turning_points};
use super::{Repair, RepairKind};

/// Shallowest pit taken for a deck at water level, metres.
pub const MIN_DEPTH_M: f64 = 8.0;
/// Shortest and longest pit, top to top, metres (the longest bridge decks of road races
/// are 1-2 km; a longer pit is a valley).
pub const PIT_LENGTH_M: (f64, f64) = (100.0, 2_500.0);
/// The two tops differ by at most this share of the pit's depth ...
pub const TOP_LEVEL_SHARE: f64 = 0.25;
/// ... or by this many metres, if more.
pub const TOP_LEVEL_M: f64 = 5.0;
/// The lower half of the pit covers at least this share of its length.
pub const MIN_FLOOR_SHARE: f64 = 0.6;
/// The falls from the tops to the lower half are steeper than this, percent.
pub const MIN_WALL_GRADE_PCT: f64 = super::super::classify::MAX_RAMP_GRADE_PCT;
/// How far beyond each top its outer side is read, metres.
pub const OUTER_M: f64 = 100.0;
/// Width of the moving average the pits are looked for on, metres (point-to-point jitter
/// makes no pit).
pub const DETECT_WINDOW_M: f64 = 50.0;

/// The samples along the course the deck rule reads: distance, position, heights.
pub struct Track<'a> {
    /// Distance along the course, metres, every `spacing_m`.
    pub distance_m: &'a [f64],
    /// Latitude, degrees.
    pub lat_deg: &'a [f64],
    /// Longitude, degrees.
    pub lon_deg: &'a [f64],
    /// Distance between samples, metres.
    pub spacing_m: f64,
}

/// Finds the decks at water level (see the module docs), draws each straight between its
/// tops and says so.
pub fn rebuild_decks(track: &Track, elevation_m: &mut [f64]) -> Vec<Repair> {
    let n = elevation_m.len();
    if n < 5 || elevation_m.iter().any(|e| !e.is_finite()) {
        return Vec::new();
    }
    let half = ((DETECT_WINDOW_M / 2.0 / track.spacing_m).round() as usize).max(1);
    let smooth = moving_average(elevation_m, half);
    let tps = turning_points(&smooth, MIN_DEPTH_M);
    let mut out = Vec::new();
    for w in tps.windows(3) {
        let (p1, t, p2) = (w[0], w[1], w[2]);
        if smooth[t] >= smooth[p1] || smooth[t] >= smooth[p2] {
            continue; // a hump, not a pit
        }
        // The tops on the file itself, near the smoothed ones.
        let (a, b) = (
            top_near(elevation_m, p1, half),
            top_near(elevation_m, p2, half),
        );
        if b <= a + 2 || !is_deck(track, &smooth, a, t, b) {
            continue;
        }
        out.push(draw(track.distance_m, elevation_m, a, b));
    }
    out
}

/// The highest sample of the file within `half` samples of `i`.
fn top_near(e: &[f64], i: usize, half: usize) -> usize {
    let (lo, hi) = (i.saturating_sub(half), (i + half).min(e.len() - 1));
    (lo..=hi).fold(i, |best, k| if e[k] > e[best] { k } else { best })
}

/// Whether the pit between the tops `a` and `b` around the trough `t` is a deck.
fn is_deck(track: &Track, s: &[f64], a: usize, t: usize, b: usize) -> bool {
    let d = track.distance_m;
    let length = d[b] - d[a];
    let depth = s[a].min(s[b]) - s[t];
    if !(PIT_LENGTH_M.0..=PIT_LENGTH_M.1).contains(&length) || depth < MIN_DEPTH_M {
        return false;
    }
    if (s[a] - s[b]).abs() > (TOP_LEVEL_SHARE * depth).max(TOP_LEVEL_M) {
        return false;
    }
    let half_level = s[t] + depth / 2.0;
    let floor = (a..=b).filter(|&i| s[i] < half_level).count();
    if (floor as f64) < MIN_FLOOR_SHARE * (b - a + 1) as f64 {
        return false;
    }
    // The walls: from each top to the first sample of the lower half.
    let (Some(first), Some(last)) = (
        (a..=b).find(|&i| s[i] < half_level),
        (a..=b).rev().find(|&i| s[i] < half_level),
    ) else {
        return false;
    };
    let grade =
        |top: usize, foot: usize| (s[top] - s[foot]) / (d[foot] - d[top]).abs().max(1e-9) * 100.0;
    if grade(a, first) < MIN_WALL_GRADE_PCT || grade(b, last) < MIN_WALL_GRADE_PCT {
        return false;
    }
    if !ramp_top(d, s, a, -1) || !ramp_top(d, s, b, 1) {
        return false;
    }
    let (offset_m, extent_m) = offset_from_line_deg(track.lat_deg, track.lon_deg, a, b);
    offset_m <= MAX_OFFSET_M.max(MAX_OFFSET_SHARE * extent_m)
}

/// Whether the file beyond `top` (in direction `dir`, -1 before and 1 after) falls no steeper
/// than [`MIN_WALL_GRADE_PCT`] over [`OUTER_M`] (or to the end of the course, if nearer).
fn ramp_top(d: &[f64], s: &[f64], top: usize, dir: isize) -> bool {
    let far = if dir < 0 {
        d.partition_point(|&x| x < d[top] - OUTER_M)
    } else {
        d.partition_point(|&x| x <= d[top] + OUTER_M)
            .saturating_sub(1)
    };
    let (lo, hi) = (far.min(top), far.max(top));
    (lo..=hi).all(|i| {
        let run = (d[i] - d[top]).abs();
        s[top] - s[i] <= MIN_WALL_GRADE_PCT / 100.0 * run.max(OUTER_M / 2.0)
    })
}

/// Draws the file straight between the tops `a` and `b`; the repair's size is how far the
/// file fell below the deck.
fn draw(d: &[f64], e: &mut [f64], a: usize, b: usize) -> Repair {
    let (e_a, e_b) = (e[a], e[b]);
    let line = |i: usize| e_a + (e_b - e_a) * (d[i] - d[a]) / (d[b] - d[a]);
    let mut size_m: f64 = 0.0;
    for (i, v) in e.iter_mut().enumerate().take(b).skip(a + 1) {
        size_m = size_m.max(line(i) - *v);
        *v = line(i);
    }
    Repair {
        start_m: d[a],
        end_m: d[b],
        kind: RepairKind::BridgeDeck,
        size_m,
    }
}
