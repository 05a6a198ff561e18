//! Laying a recording on the course by distance: the recorded distance and the elapsed
//! clock at each point, the distance rescaled to the course's length, and the time at any
//! course distance (interpolated); the planned time at any course distance from the
//! plan's own split and part times.
//!
//! A step between two points adds its distance unless it is slower than
//! [`STANDING_M_PER_S`] (GPS wander while standing) or faster than
//! [`crate::history::blocks::JUMP_SPEED_M_PER_S`] (a GPS jump); the clock always runs, so a
//! stop costs the time it took where it happened and does not move the course distance.

use crate::course::RawPoint;
use crate::course::geo::haversine_m;
use crate::history::blocks::JUMP_SPEED_M_PER_S;
use crate::plan::RacePlan;

/// Slower than this, a step is standing still and adds no distance, m/s.
pub const STANDING_M_PER_S: f64 = 0.5;

/// A recording laid on the course: course distance (m) and elapsed clock (s) per point,
/// both non-decreasing.
#[derive(Debug, Clone, PartialEq)]
pub struct Aligned {
    /// Distance along the course, rescaled so the last point is at the course's end.
    pub distance_m: Vec<f64>,
    /// Seconds since the first point.
    pub elapsed_s: Vec<f64>,
    /// Unix seconds of the first point.
    pub start_time_s: f64,
    /// The distance the recording itself covers, metres.
    pub recorded_m: f64,
    /// Seconds spent standing (steps slower than [`STANDING_M_PER_S`]).
    pub stopped_s: f64,
}

/// The timed points of a recording, in time order (untimed points and points that step
/// back in time are dropped).
pub fn timed_points(points: &[RawPoint]) -> Vec<RawPoint> {
    let mut out: Vec<RawPoint> = Vec::with_capacity(points.len());
    for p in points.iter().filter(|p| p.time_s.is_finite()) {
        if out.last().is_none_or(|q| p.time_s >= q.time_s) {
            out.push(*p);
        }
    }
    out
}

/// Recorded distance and elapsed time per point (not yet rescaled), and the time standing.
pub fn recorded_series(points: &[RawPoint]) -> (Vec<f64>, Vec<f64>, f64) {
    let t0 = points.first().map_or(0.0, |p| p.time_s);
    let mut distance_m = Vec::with_capacity(points.len());
    let mut elapsed_s = Vec::with_capacity(points.len());
    let (mut d, mut stopped_s) = (0.0, 0.0);
    for (i, q) in points.iter().enumerate() {
        if let Some(p) = i.checked_sub(1).map(|j| &points[j]) {
            let dt = q.time_s - p.time_s;
            let m = haversine_m(p.lat_deg, p.lon_deg, q.lat_deg, q.lon_deg);
            let v = if dt > 0.0 { m / dt } else { f64::INFINITY };
            if v < STANDING_M_PER_S {
                stopped_s += dt;
            } else if v <= JUMP_SPEED_M_PER_S {
                d += m;
            }
        }
        distance_m.push(d);
        elapsed_s.push(q.time_s - t0);
    }
    (distance_m, elapsed_s, stopped_s)
}

/// The recording laid on a course of `course_m` metres (None without two timed points
/// or any distance).
pub fn align(points: &[RawPoint], course_m: f64) -> Option<Aligned> {
    let timed = timed_points(points);
    if timed.len() < 2 {
        return None;
    }
    let (mut distance_m, elapsed_s, stopped_s) = recorded_series(&timed);
    let recorded_m = distance_m.last().copied().unwrap_or(0.0);
    if recorded_m <= 0.0 {
        return None;
    }
    let scale = course_m / recorded_m;
    distance_m.iter_mut().for_each(|d| *d *= scale);
    Some(Aligned {
        distance_m,
        elapsed_s,
        start_time_s: timed[0].time_s,
        recorded_m,
        stopped_s,
    })
}

impl Aligned {
    /// Elapsed seconds when the runner first reached course distance `at_m`.
    pub fn time_at(&self, at_m: f64) -> f64 {
        interp(&self.distance_m, &self.elapsed_s, at_m)
    }

    /// Seconds of the run between two course distances.
    pub fn time_between(&self, from_m: f64, to_m: f64) -> f64 {
        self.time_at(to_m) - self.time_at(from_m)
    }
}

/// The plan's elapsed time at any course distance, from the cumulative times it states
/// (every km, every course part, each descent's crest and foot), linear in between.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedClock {
    distance_m: Vec<f64>,
    elapsed_s: Vec<f64>,
}

impl PlannedClock {
    /// The knots of `plan`.
    pub fn new(plan: &RacePlan) -> PlannedClock {
        let mut knots: Vec<(f64, f64)> = vec![(0.0, 0.0)];
        for s in plan.splits_km.iter().chain(&plan.parts) {
            knots.push((s.end_m, s.cumulative_s));
        }
        for d in &plan.descent_strategy {
            knots.push((d.start_m, d.elapsed_at_start_s));
            knots.push((d.end_m, d.elapsed_at_start_s + d.time_s));
        }
        knots.retain(|(d, t)| d.is_finite() && t.is_finite());
        knots.sort_by(|a, b| a.0.total_cmp(&b.0));
        knots.dedup_by(|b, a| (b.0 - a.0).abs() < 0.01);
        PlannedClock {
            distance_m: knots.iter().map(|k| k.0).collect(),
            elapsed_s: knots.iter().map(|k| k.1).collect(),
        }
    }

    /// Planned elapsed seconds at course distance `at_m`.
    pub fn time_at(&self, at_m: f64) -> f64 {
        interp(&self.distance_m, &self.elapsed_s, at_m)
    }

    /// Planned seconds between two course distances.
    pub fn time_between(&self, from_m: f64, to_m: f64) -> f64 {
        self.time_at(to_m) - self.time_at(from_m)
    }
}

/// `ys` at `x` on the non-decreasing `xs` (the first point reaching `x`, linear before it);
/// clamped at both ends, 0 for empty input.
pub fn interp(xs: &[f64], ys: &[f64], x: f64) -> f64 {
    let n = xs.len().min(ys.len());
    if n == 0 {
        return 0.0;
    }
    let i = xs[..n].partition_point(|v| *v < x);
    if i == 0 {
        return ys[0];
    }
    if i >= n {
        return ys[n - 1];
    }
    let (x0, x1) = (xs[i - 1], xs[i]);
    let f = if x1 > x0 { (x - x0) / (x1 - x0) } else { 1.0 };
    ys[i - 1] + (ys[i] - ys[i - 1]) * f
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(north_m: f64, time_s: f64) -> RawPoint {
        RawPoint {
            lat_deg: 10.0 + north_m / 111_195.0,
            lon_deg: 106.0,
            elevation_m: 0.0,
            time_s,
            segment: 0,
        }
    }

    #[test]
    fn a_stop_costs_its_time_where_it_happened_and_no_distance() {
        // 100 m in 30 s, 60 s standing (wandering 0.2 m), 100 m in 30 s.
        let mut pts: Vec<RawPoint> = (0..=30)
            .map(|i| point(f64::from(i) * 10.0 / 3.0, f64::from(i)))
            .collect();
        for i in 1..=60 {
            pts.push(point(100.0 + 0.2 * f64::from(i % 2), 30.0 + f64::from(i)));
        }
        for i in 1..=30 {
            pts.push(point(
                100.0 + f64::from(i) * 10.0 / 3.0,
                90.0 + f64::from(i),
            ));
        }
        let a = align(&pts, 200.0).expect("aligned");
        assert!((a.recorded_m - 200.0).abs() < 0.5, "{}", a.recorded_m);
        assert!((a.stopped_s - 60.0).abs() < 1.0, "{}", a.stopped_s);
        assert!((a.time_at(50.0) - 15.0).abs() < 0.5);
        assert!(
            (a.time_at(150.0) - 105.0).abs() < 0.5,
            "{}",
            a.time_at(150.0)
        );
        assert!((a.time_between(0.0, 200.0) - 120.0).abs() < 1e-9);
    }

    #[test]
    fn a_gps_jump_adds_no_distance() {
        let mut pts: Vec<RawPoint> = (0..=20)
            .map(|i| point(f64::from(i) * 3.0, f64::from(i)))
            .collect();
        pts.insert(10, point(500.0, 9.5));
        let a = align(&pts, 60.0).expect("aligned");
        assert!((a.recorded_m - 60.0).abs() < 3.5, "{}", a.recorded_m);
    }

    #[test]
    fn untimed_or_still_recordings_do_not_align() {
        let still = [point(0.0, 0.0), point(0.0, 10.0)];
        assert!(align(&still, 1000.0).is_none());
        let untimed = [point(0.0, f64::NAN), point(100.0, f64::NAN)];
        assert!(align(&untimed, 1000.0).is_none());
    }
}
