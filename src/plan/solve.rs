//! The pace solver: per-interval time multipliers from the pace model and the strategy
//! sliders, then the base flat pace that finishes exactly on the goal (see the module
//! documentation of [`crate::plan`] for the formulas).

use super::conditions::HeatTable;
use super::{HeatMode, PlanError, PlanSettings, minetti_cost};
use crate::course::{Analysis, Profile};

/// Fastest and slowest average pace accepted, seconds per km.
const FASTEST_AVG_PACE_S_PER_KM: f64 = 150.0; // 2:30/km, faster than the marathon record
const SLOWEST_AVG_PACE_S_PER_KM: f64 = 1_200.0; // 20:00/km, slower than walking

/// The per-interval working arrays, kept so re-planning does not reallocate.
#[derive(Debug, Clone, Default)]
pub struct Solution {
    /// Interval start distance (m).
    pub start_m: Vec<f64>,
    /// Interval length (m).
    pub len_m: Vec<f64>,
    /// Interval grade (%), smoothed like the profile's grade.
    pub grade_pct: Vec<f64>,
    /// Time of each interval (s).
    pub time_s: Vec<f64>,
    /// Pace of each interval (s/km).
    pub pace_s_per_km: Vec<f64>,
    /// The local flat pace (split and fatigue included), s/km.
    pub flat_pace_s_per_km: Vec<f64>,
    /// Descent load of each interval.
    pub load: Vec<f64>,
    /// Energy of each interval, kcal.
    pub energy_kcal: Vec<f64>,
    /// Descent index of each interval, if inside one.
    pub descent: Vec<Option<u32>>,
    /// Climb index of each interval, if inside one.
    pub climb: Vec<Option<u32>>,
    /// The solved base flat pace (before split and fatigue), s/km.
    pub base_flat_pace_s_per_km: f64,
    /// The heat's time multiplier of each interval (1 = none), at the clock time the goal
    /// plan without heat reaches it.
    pub heat_mult: Vec<f64>,
    /// The finish at the goal's effort in these conditions (the goal itself without heat),
    /// crowded start included, s.
    pub finish_same_effort_s: f64,
    /// Seconds the crowded start costs that are won back later (0 with keep-effort).
    pub start_delay_repaid_s: f64,
}

/// Each interval's time relative to the base flat pace, and its slowest allowed pace.
struct Pacing {
    /// Multiplier of the base flat pace.
    mult: Vec<f64>,
    /// Floor from a per-descent "no faster than" limit, seconds per metre (0 = none).
    floor_s_per_m: Vec<f64>,
}

/// Solves the paces for a course analysis and validated settings.
pub fn solve(analysis: &Analysis, settings: &PlanSettings) -> Result<Solution, PlanError> {
    settings.validate()?;
    let p = &analysis.profile;
    if !p.has_elevation {
        return Err(PlanError::NoElevation);
    }
    check_goal(p.total_m(), settings.goal_time_s)?;
    let mut s = intervals(p);
    mark(
        &mut s.descent,
        &s.start_m,
        analysis.descents.iter().map(|d| (d.start_m, d.end_m)),
    );
    mark(
        &mut s.climb,
        &s.start_m,
        analysis.climbs.iter().map(|c| (c.start_m, c.end_m)),
    );
    let mut pacing = pacing(&mut s, settings, p.total_m());
    let no_heat = base_pace(&s, &pacing, settings.goal_time_s)?;
    let c = &settings.conditions;
    let mut pace = no_heat;
    let heat = HeatTable::new(c, settings.start_clock_s);
    if let Some(table) = &heat {
        // Conditions at the clock time the goal plan without heat reaches each stretch: one
        // pass, and a hotter table can never make a stretch faster.
        let mut t = 0.0;
        for i in 0..s.len_m.len() {
            let dt = s.len_m[i] * (pacing.mult[i] * no_heat).max(pacing.floor_s_per_m[i]);
            s.heat_mult[i] = table.multiplier_at(t + dt / 2.0);
            t += dt;
            pacing.mult[i] *= s.heat_mult[i];
        }
        if c.mode == HeatMode::KeepGoal {
            pace = base_pace(&s, &pacing, settings.goal_time_s)?;
        }
    }
    for i in 0..s.len_m.len() {
        let sec_per_m = (pacing.mult[i] * pace).max(pacing.floor_s_per_m[i]);
        s.time_s[i] = sec_per_m * s.len_m[i];
        s.pace_s_per_km[i] = sec_per_m * 1000.0;
        s.flat_pace_s_per_km[i] *= pace * 1000.0 * s.heat_mult[i];
    }
    s.base_flat_pace_s_per_km = pace * 1000.0;
    let same_effort: f64 = (0..s.len_m.len())
        .map(|i| s.len_m[i] * (pacing.mult[i] * no_heat).max(pacing.floor_s_per_m[i]))
        .sum();
    s.start_delay_repaid_s = crowded_start(&mut s, c, c.mode == HeatMode::KeepGoal);
    s.finish_same_effort_s = same_effort + c.start_delay_s;
    Ok(s)
}

/// A crowded start: `start_delay_s` lost evenly over the first `start_delay_km`, won back
/// (when `repay`) on the later flats and gentle grades (|grade| under 2 %, no descent), never
/// on a descent; returns the seconds won back (all of them, or none when the course has too
/// few flats to take them without running more than 5 % faster there).
fn crowded_start(s: &mut Solution, c: &super::Conditions, repay: bool) -> f64 {
    let delay = c.start_delay_s;
    let total: f64 = s.len_m.iter().sum();
    let span = (c.start_delay_km * 1000.0).min(total);
    if delay <= 0.0 || span <= 0.0 {
        return 0.0;
    }
    let n = s.len_m.len();
    let flat = |s: &Solution, i: usize| {
        s.start_m[i] >= span && s.grade_pct[i].abs() < GENTLE_GRADE_PCT && s.descent[i].is_none()
    };
    let flat_time: f64 = (0..n).filter(|&i| flat(s, i)).map(|i| s.time_s[i]).sum();
    let repaid = if repay && flat_time * 0.05 >= delay {
        delay
    } else {
        0.0
    };
    let scale = if repaid > 0.0 {
        (flat_time - repaid) / flat_time
    } else {
        1.0
    };
    for i in 0..n {
        if s.start_m[i] < span {
            let share = s.len_m[i].min(span - s.start_m[i]) / span;
            s.time_s[i] += delay * share;
        } else if flat(s, i) {
            s.time_s[i] *= scale;
        }
        s.pace_s_per_km[i] = s.time_s[i] / s.len_m[i] * 1000.0;
    }
    repaid
}

/// Flats and gentle grades: where lost time is won back (|grade| under this, percent).
pub const GENTLE_GRADE_PCT: f64 = 2.0;

/// Refuses goals faster than any human or slower than walking.
fn check_goal(total_m: f64, goal_time_s: f64) -> Result<(), PlanError> {
    let avg_pace = goal_time_s / (total_m / 1000.0);
    let goal = crate::format::hms(goal_time_s);
    let (distance_km, pace) = (total_m / 1000.0, crate::format::pace(avg_pace));
    if avg_pace < FASTEST_AVG_PACE_S_PER_KM {
        return Err(PlanError::ImpossiblyFast {
            distance_km,
            goal,
            pace,
        });
    }
    if avg_pace > SLOWEST_AVG_PACE_S_PER_KM {
        return Err(PlanError::TooSlow {
            distance_km,
            goal,
            pace,
        });
    }
    Ok(())
}

/// The profile's resampled intervals with their smoothed grade; times still zero.
fn intervals(p: &Profile) -> Solution {
    let n = p.len() - 1;
    let mut s = Solution {
        start_m: Vec::with_capacity(n),
        len_m: Vec::with_capacity(n),
        grade_pct: Vec::with_capacity(n),
        time_s: vec![0.0; n],
        pace_s_per_km: vec![0.0; n],
        flat_pace_s_per_km: vec![0.0; n],
        load: vec![0.0; n],
        energy_kcal: vec![0.0; n],
        descent: vec![None; n],
        climb: vec![None; n],
        base_flat_pace_s_per_km: 0.0,
        heat_mult: vec![1.0; n],
        finish_same_effort_s: 0.0,
        start_delay_repaid_s: 0.0,
    };
    for i in 0..n {
        let (a, b) = (p.distance_m[i], p.distance_m[i + 1]);
        s.start_m.push(a);
        s.len_m.push(b - a);
        s.grade_pct
            .push((p.elevation_m[i + 1] - p.elevation_m[i]) / (b - a) * 100.0);
    }
    // Smooth the interval grade like the profile's grade window, for a stable pace.
    let k = ((p.settings.grade_window_m / 2.0 / p.settings.spacing_m).round() as usize).max(1);
    s.grade_pct = crate::course::profile::moving_average(&s.grade_pct, k);
    s
}

/// Multipliers and floors of every interval; fills in load, energy and the local flat
/// pace factor (scaled by the base pace once it is known).
fn pacing(s: &mut Solution, settings: &PlanSettings, total_m: f64) -> Pacing {
    let n = s.len_m.len();
    let effort = settings.uphill_effort_pct / 100.0;
    let fatigue_k = if settings.descent_fatigue {
        settings.fatigue_strength_pct / 100.0 * 0.02 / 100.0
    } else {
        0.0
    };
    let split = settings.split_pct / 100.0;
    let mut out = Pacing {
        mult: vec![0.0; n],
        floor_s_per_m: vec![0.0; n],
    };
    let mut load_so_far = 0.0;
    for i in 0..n {
        let g = s.grade_pct[i];
        let f = settings.grade_factor(g);
        let ov = s.descent[i].and_then(|d| {
            settings
                .overrides
                .iter()
                .find(|o| o.descent_index == d as usize)
        });
        let restraint = ov
            .and_then(|o| o.restraint_pct)
            .unwrap_or(settings.downhill_restraint_pct)
            / 100.0;
        let hill = if g > 0.0 {
            1.0 + (f - 1.0).max(0.0) * (1.0 - effort)
        } else if f < 1.0 {
            1.0 - (1.0 - f) * (1.0 - restraint)
        } else {
            f
        };
        let x = s.start_m[i] + s.len_m[i] / 2.0;
        let local_flat =
            (1.0 + split * (2.0 * x / total_m - 1.0) / 2.0) * (1.0 + fatigue_k * load_so_far);
        out.mult[i] = hill * local_flat;
        s.flat_pace_s_per_km[i] = local_flat; // scaled by the base pace in `solve`
        if g < 0.0 {
            let drop = -g / 100.0 * s.len_m[i];
            let speed_ratio = 1.0 / hill;
            s.load[i] = drop * (-g / 5.0) * speed_ratio * speed_ratio;
            load_so_far += s.load[i];
        }
        out.floor_s_per_m[i] = ov
            .and_then(|o| o.min_pace_s_per_km)
            .map_or(0.0, |v| v / 1000.0);
        let cost = minetti_cost(g); // J/kg/m
        s.energy_kcal[i] = cost * settings.mass_kg * s.len_m[i] / 4184.0;
    }
    out
}

/// The base flat pace (s per m) that finishes on the goal: direct without floors,
/// bisection with them (floors only add time).
fn base_pace(s: &Solution, pacing: &Pacing, goal_time_s: f64) -> Result<f64, PlanError> {
    let (mult, floor) = (&pacing.mult, &pacing.floor_s_per_m);
    let total_time = |pace: f64| -> f64 {
        (0..s.len_m.len())
            .map(|i| s.len_m[i] * (mult[i] * pace).max(floor[i]))
            .sum()
    };
    let weighted: f64 = s.len_m.iter().zip(mult).map(|(l, m)| l * m).sum();
    let mut pace = goal_time_s / weighted;
    if !floor.iter().any(|f| *f > 0.0) {
        return Ok(pace);
    }
    // Floors only add time, so the answer lies at or below the floor-free pace.
    let (mut lo, mut hi) = (0.0, pace);
    if total_time(hi) > goal_time_s {
        for _ in 0..100 {
            let mid = 0.5 * (lo + hi);
            if total_time(mid) > goal_time_s {
                hi = mid;
            } else {
                lo = mid;
            }
            if hi - lo < 1e-12 {
                break;
            }
        }
        pace = 0.5 * (lo + hi);
    }
    if (total_time(pace) - goal_time_s).abs() > 0.5 {
        // The floors alone exceed the goal: impossible with these overrides.
        return Err(PlanError::PaceLimitsTooSlow);
    }
    Ok(pace)
}

/// Marks which intervals fall inside each [start, end) range.
fn mark(target: &mut [Option<u32>], starts: &[f64], ranges: impl Iterator<Item = (f64, f64)>) {
    for (idx, (a, b)) in ranges.enumerate() {
        let lo = starts.partition_point(|&x| x < a);
        let hi = starts.partition_point(|&x| x < b);
        for t in &mut target[lo..hi] {
            *t = Some(idx as u32);
        }
    }
}
