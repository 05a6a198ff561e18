//! Planned elapsed time along the course: the solved intervals as a distance-time line, so
//! exports (watch course files, the race workout, the pace band) read "where am I at what
//! time" from the plan itself, without the app.

use super::{PlanError, PlanSettings, Solution, solve};
use crate::course::Analysis;

/// Elapsed time at each interval boundary of a solved plan (linear in between, as the
/// solver runs each interval at one pace).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    /// Distance of each boundary along the course, increasing, from 0.
    pub distance_m: Vec<f64>,
    /// Planned elapsed time at each boundary, increasing, from 0.
    pub elapsed_s: Vec<f64>,
}

impl Timeline {
    /// The timeline of a solved plan.
    pub fn from_solution(sol: &Solution) -> Timeline {
        let n = sol.len_m.len();
        let mut distance_m = Vec::with_capacity(n + 1);
        let mut elapsed_s = Vec::with_capacity(n + 1);
        let (mut d, mut t) = (sol.start_m.first().copied().unwrap_or(0.0), 0.0);
        distance_m.push(d);
        elapsed_s.push(t);
        for i in 0..n {
            d = sol.start_m[i] + sol.len_m[i];
            t += sol.time_s[i];
            distance_m.push(d);
            elapsed_s.push(t);
        }
        Timeline {
            distance_m,
            elapsed_s,
        }
    }

    /// Solves the plan of `analysis` with `settings` (as [`super::build_plan`] does) and
    /// returns its timeline.
    pub fn of_plan(analysis: &Analysis, settings: &PlanSettings) -> Result<Timeline, PlanError> {
        Ok(Timeline::from_solution(&solve(analysis, settings)?))
    }

    /// Planned elapsed seconds at distance `d_m` (clamped to the course).
    pub fn elapsed_at(&self, d_m: f64) -> f64 {
        let x = &self.distance_m;
        let Some(&last) = x.last() else {
            return 0.0;
        };
        if d_m <= x[0] {
            return 0.0;
        }
        if d_m >= last {
            return self.finish_s();
        }
        let i = x.partition_point(|&v| v <= d_m).clamp(1, x.len() - 1);
        let (a, b) = (x[i - 1], x[i]);
        let f = if b > a { (d_m - a) / (b - a) } else { 0.0 };
        self.elapsed_s[i - 1] + (self.elapsed_s[i] - self.elapsed_s[i - 1]) * f
    }

    /// Planned finish time.
    pub fn finish_s(&self) -> f64 {
        self.elapsed_s.last().copied().unwrap_or(0.0)
    }

    /// Length of the course.
    pub fn total_m(&self) -> f64 {
        self.distance_m.last().copied().unwrap_or(0.0)
    }

    /// Average planned pace between two distances, seconds per km (0 for an empty stretch).
    pub fn pace_between(&self, from_m: f64, to_m: f64) -> f64 {
        if to_m - from_m < 1e-6 {
            return 0.0;
        }
        (self.elapsed_at(to_m) - self.elapsed_at(from_m)) / (to_m - from_m) * 1000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elapsed_time_is_read_between_boundaries() {
        let sol = Solution {
            start_m: vec![0.0, 10.0],
            len_m: vec![10.0, 10.0],
            time_s: vec![3.0, 5.0],
            ..Solution::default()
        };
        let t = Timeline::from_solution(&sol);
        assert_eq!(t.elapsed_at(-1.0), 0.0);
        assert!((t.elapsed_at(5.0) - 1.5).abs() < 1e-9);
        assert!((t.elapsed_at(15.0) - 5.5).abs() < 1e-9);
        assert_eq!(t.elapsed_at(99.0), 8.0);
        assert!((t.pace_between(10.0, 20.0) - 500.0).abs() < 1e-9);
    }
}
