//! Splits: intervals summed into per-km, per-mile, per-part and terrain splits, and the
//! elapsed time and distance read-outs along the course.

use crate::t;
use serde::{Deserialize, Serialize};

use super::{PlanSettings, Solution};
use crate::course::{Analysis, Profile};
use crate::format;

/// One split of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Split {
    /// Position of the split (0 = first).
    pub index: usize,
    /// What runners call it: "km 12", "mile 3", a part name, "Uphill".
    pub label: String,
    /// Where it starts along the course.
    pub start_m: f64,
    /// Where it ends along the course.
    pub end_m: f64,
    /// Planned time for the split.
    pub time_s: f64,
    /// Planned average pace.
    pub pace_s_per_km: f64,
    /// Average local flat pace over the split (what this effort is worth on the flat).
    pub flat_pace_s_per_km: f64,
    /// Elapsed time at its end.
    pub cumulative_s: f64,
    /// Clock time at the end of the split, HH:MM:SS.
    pub clock: String,
    /// Height climbed in it.
    pub gain_m: f64,
    /// Height descended in it.
    pub loss_m: f64,
    /// Average grade (net rise over length).
    pub avg_grade_pct: f64,
    /// Energy spent in it.
    pub energy_kcal: f64,
    /// Descent load absorbed in it (heuristic points).
    pub descent_load: f64,
}

/// Split ends every `step_m` metres, the last at the finish.
pub fn every(step_m: f64, total_m: f64) -> Vec<f64> {
    let mut b: Vec<f64> = (1..)
        .map(|k| f64::from(k) * step_m)
        .take_while(|x| *x < total_m - 1e-6)
        .collect();
    b.push(total_m);
    b
}

/// Course parts: each climb and descent, and the flat between them (ends and labels).
pub fn course_parts(analysis: &Analysis, total_m: f64) -> (Vec<f64>, Vec<String>) {
    let mut marks: Vec<(f64, f64, String)> = analysis
        .climbs
        .iter()
        .map(|c| (c.start_m, c.end_m, c.name.clone()))
        .chain(
            analysis
                .descents
                .iter()
                .map(|d| (d.start_m, d.end_m, t!("part-down", name = d.name.as_str()))),
        )
        .collect();
    marks.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut bounds = Vec::new();
    let mut labels = Vec::new();
    let mut at = 0.0;
    for (s, e, name) in &marks {
        if *s > at + 1.0 {
            bounds.push(*s);
            labels.push(t!("part-flat"));
        }
        if *e > at {
            bounds.push(*e);
            labels.push(name.clone());
            at = *e;
        }
    }
    if total_m > at + 1.0 {
        bounds.push(total_m);
        labels.push(t!("part-flat"));
    }
    (bounds, labels)
}

/// Cumulative time at the end of each interval.
pub fn cumulative(sol: &Solution) -> Vec<f64> {
    let mut acc = 0.0;
    sol.time_s
        .iter()
        .map(|t| {
            acc += t;
            acc
        })
        .collect()
}

/// Sums intervals into splits ending at `bounds` (increasing, last = total), apportioning
/// an interval that straddles a boundary by length.
pub fn aggregate(
    sol: &Solution,
    p: &Profile,
    bounds: &[f64],
    settings: &PlanSettings,
    label: impl Fn(usize, f64, f64) -> String,
) -> Vec<Split> {
    let n = sol.len_m.len();
    let mut out = Vec::with_capacity(bounds.len());
    let mut i = 0;
    let mut frac_done = 0.0; // fraction of interval i already used
    let mut start = 0.0;
    let mut cumulative = 0.0;
    for (k, &end) in bounds.iter().enumerate() {
        let mut acc = Acc::default();
        while i < n {
            let a = sol.start_m[i] + sol.len_m[i] * frac_done;
            let b = sol.start_m[i] + sol.len_m[i];
            let take_to = b.min(end);
            if take_to <= a + 1e-9 && b > end {
                break;
            }
            let f = ((take_to - a) / sol.len_m[i]).max(0.0);
            acc.add(sol, p, i, f);
            if b <= end + 1e-9 {
                i += 1;
                frac_done = 0.0;
            } else {
                frac_done += f;
                break;
            }
        }
        cumulative += acc.time;
        let len = end - start;
        out.push(Split {
            index: k,
            label: label(k, start, end),
            start_m: start,
            end_m: end,
            time_s: acc.time,
            pace_s_per_km: if len > 0.0 {
                acc.time / len * 1000.0
            } else {
                0.0
            },
            flat_pace_s_per_km: if acc.len > 0.0 {
                acc.flat / acc.len
            } else {
                0.0
            },
            cumulative_s: cumulative,
            clock: format::clock(settings.start_clock_s + cumulative),
            gain_m: acc.gain,
            loss_m: acc.loss,
            avg_grade_pct: if len > 0.0 {
                (acc.gain - acc.loss) / len * 100.0
            } else {
                0.0
            },
            energy_kcal: acc.kcal,
            descent_load: acc.load,
        });
        start = end;
    }
    out
}

#[derive(Default)]
struct Acc {
    time: f64,
    len: f64,
    flat: f64,
    gain: f64,
    loss: f64,
    kcal: f64,
    load: f64,
}

impl Acc {
    fn add(&mut self, sol: &Solution, p: &Profile, i: usize, f: f64) {
        self.time += sol.time_s[i] * f;
        let l = sol.len_m[i] * f;
        self.len += l;
        self.flat += sol.flat_pace_s_per_km[i] * l;
        let dz = (p.elevation_m[i + 1] - p.elevation_m[i]) * f;
        if dz > 0.0 {
            self.gain += dz;
        } else {
            self.loss -= dz;
        }
        self.kcal += sol.energy_kcal[i] * f;
        self.load += sol.load[i] * f;
    }
}

/// Terrain splits like PacePro's elevation-based splits: runs of up (> 2 %), down (< -2 %)
/// and flat, each at least 300 m (shorter runs join their neighbour).
pub fn terrain_bounds(sol: &Solution, total: f64) -> (Vec<f64>, Vec<String>) {
    let class = |g: f64| {
        if g > 2.0 {
            1
        } else if g < -2.0 {
            -1
        } else {
            0
        }
    };
    let mut runs: Vec<(i32, f64, f64)> = Vec::new(); // class, start, end
    for i in 0..sol.len_m.len() {
        let c = class(sol.grade_pct[i]);
        let (a, b) = (sol.start_m[i], sol.start_m[i] + sol.len_m[i]);
        match runs.last_mut() {
            Some(r) if r.0 == c => r.2 = b,
            _ => runs.push((c, a, b)),
        }
    }
    // Absorb short runs into the previous one (or the next, at the start).
    let mut merged: Vec<(i32, f64, f64)> = Vec::new();
    for r in runs {
        match merged.last_mut() {
            Some(m) if r.2 - r.1 < 300.0 => m.2 = r.2,
            Some(m) if m.2 - m.1 < 300.0 => *m = (r.0, m.1, r.2),
            _ => merged.push(r),
        }
    }
    // Re-join neighbours that ended up in the same class.
    let mut joined: Vec<(i32, f64, f64)> = Vec::new();
    for r in merged {
        match joined.last_mut() {
            Some(m) if m.0 == r.0 => m.2 = r.2,
            _ => joined.push(r),
        }
    }
    if let Some(last) = joined.last_mut() {
        last.2 = total;
    }
    let labels = joined
        .iter()
        .map(|r| match r.0 {
            1 => t!("terrain-uphill"),
            -1 => t!("terrain-downhill"),
            _ => t!("terrain-flat"),
        })
        .collect();
    (joined.iter().map(|r| r.2).collect(), labels)
}

/// Distance reached at elapsed time `t`.
pub fn distance_at(sol: &Solution, cum: &[f64], t: f64) -> f64 {
    let i = cum.partition_point(|&c| c < t);
    if i >= sol.len_m.len() {
        return sol
            .start_m
            .last()
            .map_or(0.0, |s| s + sol.len_m[sol.len_m.len() - 1]);
    }
    let before = if i == 0 { 0.0 } else { cum[i - 1] };
    let f = if sol.time_s[i] > 0.0 {
        (t - before) / sol.time_s[i]
    } else {
        0.0
    };
    sol.start_m[i] + sol.len_m[i] * f.clamp(0.0, 1.0)
}

/// Elapsed time at distance `x`.
pub fn time_at(sol: &Solution, cum: &[f64], x: f64) -> f64 {
    let i = sol.start_m.partition_point(|&s| s <= x).saturating_sub(1);
    if i >= sol.len_m.len() {
        return cum.last().copied().unwrap_or(0.0);
    }
    let before = if i == 0 { 0.0 } else { cum[i - 1] };
    let f = ((x - sol.start_m[i]) / sol.len_m[i]).clamp(0.0, 1.0);
    before + sol.time_s[i] * f
}
