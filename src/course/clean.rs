//! Clean-up of the raw GPS points into course points: glitches and jumps removed,
//! distance measured along the path, missing elevations filled (or none at all).

use super::{CoursePoint, RawPoint, Warning, geo};

/// A GPS jump no runner can make: faster than this between two timed points...
const TELEPORT_SPEED_M_PER_S: f64 = 100.0;
/// ...or, without times, a step this many times longer than the typical step,
const SPIKE_FACTOR: f64 = 25.0;
/// never counting steps shorter than this as a jump.
const SPIKE_MIN_M: f64 = 1_000.0;

/// Which raw points to use, and where the path breaks.
pub(super) struct Teleports {
    /// False for a glitch point, dropped.
    pub keep: Vec<bool>,
    /// True when the step into this point is a jump, not counted in the distance.
    pub break_before: Vec<bool>,
}

/// Marks GPS teleports: which points to keep and where the path breaks.
///
/// Two rules, both documented in the README:
/// - a spike: a point far from both neighbours (more than `SPIKE_FACTOR` times the median
///   step and at least `SPIKE_MIN_M`) while the neighbours are close to each other is a
///   glitch: the point is dropped (e.g. one fix 1,000 km off the course);
/// - a jump: two timed points of one segment whose implied speed exceeds
///   `TELEPORT_SPEED_M_PER_S` (360 km/h): the step is not counted (the later point starts
///   a new piece, like a segment gap).
pub(super) fn remove_teleports(raw: &[RawPoint], warnings: &mut Vec<Warning>) -> Teleports {
    let n = raw.len();
    let mut t = Teleports {
        keep: vec![true; n],
        break_before: vec![false; n],
    };
    if n < 3 {
        return t;
    }
    let spikes = drop_spikes(raw, &mut t.keep);
    if spikes > 0 {
        warnings.push(Warning::Glitches { count: spikes });
    }
    let jumps = mark_jumps(raw, &t.keep, &mut t.break_before);
    if jumps > 0 {
        warnings.push(Warning::Jumps { count: jumps });
    }
    t
}

/// Clears `keep` for each spike (see [`remove_teleports`]); returns how many.
fn drop_spikes(raw: &[RawPoint], keep: &mut [bool]) -> usize {
    let n = raw.len();
    // Median step over a sample of the course (cheap on huge files).
    let stride = (n / 5_000).max(1);
    let mut steps: Vec<f64> = (1..n)
        .step_by(stride)
        .filter(|&i| raw[i].segment == raw[i - 1].segment)
        .map(|i| {
            geo::haversine_m(
                raw[i - 1].lat_deg,
                raw[i - 1].lon_deg,
                raw[i].lat_deg,
                raw[i].lon_deg,
            )
        })
        .filter(|d| *d > 0.0)
        .collect();
    steps.sort_by(f64::total_cmp);
    let median = steps.get(steps.len() / 2).copied().unwrap_or(0.0);
    let limit = (median * SPIKE_FACTOR).max(SPIKE_MIN_M);
    let mut spikes = 0;
    for i in 1..n - 1 {
        let (a, b, c) = (&raw[i - 1], &raw[i], &raw[i + 1]);
        if a.segment != b.segment || b.segment != c.segment || !keep[i - 1] {
            continue;
        }
        let ab = geo::haversine_m(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
        if ab <= limit {
            continue;
        }
        let bc = geo::haversine_m(b.lat_deg, b.lon_deg, c.lat_deg, c.lon_deg);
        let ac = geo::haversine_m(a.lat_deg, a.lon_deg, c.lat_deg, c.lon_deg);
        if bc > limit && ac < 0.25 * ab.min(bc) {
            keep[i] = false;
            spikes += 1;
        }
    }
    spikes
}

/// Sets `break_before` after each jump between kept points (see [`remove_teleports`]);
/// returns how many.
fn mark_jumps(raw: &[RawPoint], keep: &[bool], break_before: &mut [bool]) -> usize {
    let mut jumps = 0;
    let mut last: Option<usize> = None;
    for i in 0..raw.len() {
        if !keep[i] {
            continue;
        }
        if let Some(j) = last {
            let (a, b) = (&raw[j], &raw[i]);
            let dt = b.time_s - a.time_s;
            if a.segment == b.segment && dt.is_finite() && dt > 0.0 {
                let d = geo::haversine_m(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
                if d > SPIKE_MIN_M && d / dt > TELEPORT_SPEED_M_PER_S {
                    break_before[i] = true;
                    jumps += 1;
                }
            }
        }
        last = Some(i);
    }
    jumps
}

/// Course points with their distance along the path, from the raw points kept. A gap
/// between segments (or a jump) is not run: the next piece continues from the previous
/// one's distance (as gpxpy's length_2d does).
pub(super) fn measure_distance(raw: &[RawPoint], teleports: &Teleports) -> Vec<CoursePoint> {
    let mut points: Vec<CoursePoint> = Vec::with_capacity(raw.len());
    let mut prev: Option<&RawPoint> = None;
    let mut distance_m = 0.0;
    for (i, p) in raw.iter().enumerate().filter(|(i, _)| teleports.keep[*i]) {
        if let Some(q) = prev {
            if q.segment == p.segment && !teleports.break_before[i] {
                let step = geo::haversine_m(q.lat_deg, q.lon_deg, p.lat_deg, p.lon_deg);
                if step <= 0.0 {
                    // Same position again: keep the first, but take an elevation if it lacked one.
                    if let Some(last) = points.last_mut()
                        && last.elevation_m.is_nan()
                    {
                        last.elevation_m = p.elevation_m;
                    }
                    prev = Some(p);
                    continue;
                }
                distance_m += step;
            } else if let Some(last) = points.last()
                && last.distance_m == distance_m
                && geo::haversine_m(q.lat_deg, q.lon_deg, p.lat_deg, p.lon_deg) < 1e-6
            {
                prev = Some(p);
                continue;
            }
        }
        if let Some(last) = points.last()
            && last.distance_m == distance_m
        {
            // A segment joint: same distance, new position. Keep the later point so
            // distance stays strictly increasing within the course.
            points.pop();
        }
        points.push(CoursePoint {
            lat_deg: p.lat_deg,
            lon_deg: p.lon_deg,
            distance_m,
            elevation_m: p.elevation_m,
        });
        prev = Some(p);
    }
    points
}

/// Fills missing elevations, or blanks them all when fewer than two points have one;
/// notes either in `warnings`. Returns whether the course has elevation.
pub(super) fn settle_elevation(points: &mut [CoursePoint], warnings: &mut Vec<Warning>) -> bool {
    let with_ele = points.iter().filter(|p| p.elevation_m.is_finite()).count();
    let has_elevation = with_ele >= 2;
    if has_elevation {
        let missing = points.len() - with_ele;
        if missing > 0 {
            fill_elevation_gaps(points);
            warnings.push(Warning::ElevationInterpolated {
                missing,
                total: points.len(),
            });
        }
        if points.iter().all(|p| p.elevation_m == 0.0) {
            warnings.push(Warning::ZeroElevation);
        }
    } else {
        for p in points.iter_mut() {
            p.elevation_m = f64::NAN;
        }
        warnings.push(Warning::NoElevation);
    }
    has_elevation
}

/// Linear interpolation of missing elevations along distance; ends copy the nearest value.
fn fill_elevation_gaps(points: &mut [CoursePoint]) {
    let known: Vec<usize> = (0..points.len())
        .filter(|&i| points[i].elevation_m.is_finite())
        .collect();
    let (Some(&first), Some(&last)) = (known.first(), known.last()) else {
        return;
    };
    let (e_first, e_last) = (points[first].elevation_m, points[last].elevation_m);
    for p in &mut points[..first] {
        p.elevation_m = e_first;
    }
    for p in &mut points[last + 1..] {
        p.elevation_m = e_last;
    }
    for w in known.windows(2) {
        let (a, b) = (w[0], w[1]);
        if b - a < 2 {
            continue;
        }
        let (da, db) = (points[a].distance_m, points[b].distance_m);
        let (ea, eb) = (points[a].elevation_m, points[b].elevation_m);
        for p in &mut points[a + 1..b] {
            let t = if db > da {
                (p.distance_m - da) / (db - da)
            } else {
                0.0
            };
            p.elevation_m = ea + (eb - ea) * t;
        }
    }
}
