//! Race-day plan: goal time to grade-adjusted target paces, energy per part of the course,
//! descent load, fuelling and per-descent strategy. Pure data in, pure data out.
//!
//! The solver works on the profile's resampled intervals (10 m by default). Each interval
//! gets a time multiplier relative to the flat pace:
//!
//! `m_i = hill_i x split(x_i) x fatigue(x_i)`
//!
//! - `hill_i`: the pace model's factor at the interval's grade, softened on climbs by
//!   *uphill effort* (`1 + (f - 1)(1 - effort)`) and on descents by *downhill restraint*
//!   (`1 - (1 - f)(1 - restraint)`);
//! - `split(x) = 1 + s (2x/L - 1) / 2`: a positive split `s` makes the second half about
//!   `s` slower than the first;
//! - `fatigue(x) = 1 + strength x 0.02 x load_before(x) / 100` (heuristic: each 100 points
//!   of descent load already absorbed slows the rest by up to 2 %).
//!
//! The flat pace `p` is then solved so that `sum(len_i x max(m_i p, floor_i))` equals the
//! goal (floors come from per-descent "no faster than" overrides; bisection when present).
//! Because every interval's time grows with `p`, a slower goal never makes any stretch
//! faster.
//!
//! Descent load (heuristic, no validated metric exists; science notes section 6):
//! `load = sum over downhill intervals of drop_m x (|grade| / 5 %) x (planned speed / flat speed)^2`,
//! in "load points": one point per metre of descent at 5 % run at flat speed.

pub mod models;
pub mod report;

use serde::{Deserialize, Serialize};

use crate::course::{Analysis, Descent, DescentKind};
pub use models::{PaceModel, minetti_cost};

/// Why a plan cannot be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PlanError {
    #[error(
        "A {distance_km:.1} km course in {goal} means {pace}/km on average, faster than any human has run; choose a slower goal."
    )]
    ImpossiblyFast {
        distance_km: f64,
        goal: String,
        pace: String,
    },
    #[error(
        "A {distance_km:.1} km course in {goal} means {pace}/km on average, slower than walking; choose a faster goal."
    )]
    TooSlow {
        distance_km: f64,
        goal: String,
        pace: String,
    },
    #[error("The setting \"{name}\" must be between {min} and {max} (it was {value}).")]
    OutOfRange {
        name: &'static str,
        value: String,
        min: String,
        max: String,
    },
    #[error(
        "This course has no elevation data, so grade-adjusted paces cannot be planned; load a GPX file with elevation."
    )]
    NoElevation,
}

/// A per-descent override, found by the descent's index (order along the course).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct DescentOverride {
    pub descent_index: usize,
    /// The descent's name when the override was set (for people reading the JSON).
    pub name: String,
    /// Run this descent no faster than this pace (seconds per km).
    pub min_pace_s_per_km: Option<f64>,
    /// Downhill restraint for this descent only, 0-100 %.
    pub restraint_pct: Option<f64>,
}

/// Everything the runner sets. Validated once by [`PlanSettings::validate`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanSettings {
    /// Goal finish time, seconds.
    pub goal_time_s: f64,
    /// Start time of day, seconds after midnight (VnExpress marathons start 2:30-3:00).
    pub start_clock_s: f64,
    pub model: PaceModel,
    /// 0 = slow down on climbs as the model says (even effort); 100 = hold flat pace.
    pub uphill_effort_pct: f64,
    /// 0 = take the model's full downhill gain; 100 = no faster than flat pace.
    pub downhill_restraint_pct: f64,
    /// Percent by which the second half is slower (+) or faster (-) than the first.
    pub split_pct: f64,
    pub descent_fatigue: bool,
    /// Strength of the descent-fatigue slowdown, 0-100 %.
    pub fatigue_strength_pct: f64,
    pub overrides: Vec<DescentOverride>,
    pub mass_kg: f64,
    pub carb_g_per_h: f64,
    pub gel_carb_g: f64,
}

impl Default for PlanSettings {
    fn default() -> Self {
        Self {
            goal_time_s: 4.5 * 3600.0,
            start_clock_s: 3.0 * 3600.0,
            model: PaceModel::Strava,
            uphill_effort_pct: 0.0,
            // The article: win time back gradually, never by rushing the downhills.
            downhill_restraint_pct: 50.0,
            split_pct: 0.0,
            descent_fatigue: true,
            fatigue_strength_pct: 50.0,
            overrides: Vec::new(),
            mass_kg: 60.0,
            carb_g_per_h: 60.0,
            gel_carb_g: 25.0,
        }
    }
}

fn check(name: &'static str, value: f64, min: f64, max: f64) -> Result<(), PlanError> {
    if value.is_finite() && value >= min && value <= max {
        Ok(())
    } else {
        Err(PlanError::OutOfRange {
            name,
            value: format!("{value}"),
            min: format!("{min}"),
            max: format!("{max}"),
        })
    }
}

impl PlanSettings {
    /// Checks every value once; the solver trusts what passes.
    pub fn validate(&self) -> Result<(), PlanError> {
        check("goal time (s)", self.goal_time_s, 60.0, 48.0 * 3600.0)?;
        check(
            "start time (s after midnight)",
            self.start_clock_s,
            0.0,
            86_399.0,
        )?;
        check("uphill effort (%)", self.uphill_effort_pct, 0.0, 100.0)?;
        check(
            "downhill restraint (%)",
            self.downhill_restraint_pct,
            0.0,
            100.0,
        )?;
        check("split (%)", self.split_pct, -20.0, 20.0)?;
        check(
            "descent fatigue strength (%)",
            self.fatigue_strength_pct,
            0.0,
            100.0,
        )?;
        check("body mass (kg)", self.mass_kg, 30.0, 200.0)?;
        check("carbohydrate per hour (g)", self.carb_g_per_h, 0.0, 150.0)?;
        check("gel size (g)", self.gel_carb_g, 5.0, 100.0)?;
        for o in &self.overrides {
            if let Some(p) = o.min_pace_s_per_km {
                check("descent pace limit (s/km)", p, 120.0, 1_200.0)?;
            }
            if let Some(r) = o.restraint_pct {
                check("descent restraint (%)", r, 0.0, 100.0)?;
            }
        }
        Ok(())
    }
}

/// Fastest and slowest average pace accepted, seconds per km.
const FASTEST_AVG_PACE_S_PER_KM: f64 = 150.0; // 2:30/km, faster than the marathon record
const SLOWEST_AVG_PACE_S_PER_KM: f64 = 1_200.0; // 20:00/km, slower than walking

/// The per-interval working arrays, kept so re-planning does not reallocate.
#[derive(Debug, Clone, Default)]
pub struct Solution {
    /// Interval start distance (m), length (m), grade (%).
    pub start_m: Vec<f64>,
    pub len_m: Vec<f64>,
    pub grade_pct: Vec<f64>,
    /// Time of each interval (s) and its pace (s/km).
    pub time_s: Vec<f64>,
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
}

/// Solves the paces for a course analysis and validated settings.
pub fn solve(analysis: &Analysis, settings: &PlanSettings) -> Result<Solution, PlanError> {
    settings.validate()?;
    let p = &analysis.profile;
    if !p.has_elevation {
        return Err(PlanError::NoElevation);
    }
    let total = p.total_m();
    let avg_pace = settings.goal_time_s / (total / 1000.0);
    let goal = crate::format::hms(settings.goal_time_s);
    if avg_pace < FASTEST_AVG_PACE_S_PER_KM {
        return Err(PlanError::ImpossiblyFast {
            distance_km: total / 1000.0,
            goal,
            pace: crate::format::pace(avg_pace),
        });
    }
    if avg_pace > SLOWEST_AVG_PACE_S_PER_KM {
        return Err(PlanError::TooSlow {
            distance_km: total / 1000.0,
            goal,
            pace: crate::format::pace(avg_pace),
        });
    }
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
    let raw_grade = s.grade_pct.clone();
    let smooth = crate::course::profile::moving_average(&raw_grade, k);
    s.grade_pct = smooth;

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

    let effort = settings.uphill_effort_pct / 100.0;
    let fatigue_k = if settings.descent_fatigue {
        settings.fatigue_strength_pct / 100.0 * 0.02 / 100.0
    } else {
        0.0
    };
    let split = settings.split_pct / 100.0;
    // Multipliers (relative to the base flat pace) and floors (s per m).
    let mut mult = vec![0.0; n];
    let mut floor = vec![0.0; n];
    let mut load_so_far = 0.0;
    for i in 0..n {
        let g = s.grade_pct[i];
        let f = settings.model.factor(g);
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
            (1.0 + split * (2.0 * x / total - 1.0) / 2.0) * (1.0 + fatigue_k * load_so_far);
        mult[i] = hill * local_flat;
        s.flat_pace_s_per_km[i] = local_flat; // scaled by the base pace below
        if g < 0.0 {
            let drop = -g / 100.0 * s.len_m[i];
            let speed_ratio = 1.0 / hill;
            s.load[i] = drop * (-g / 5.0) * speed_ratio * speed_ratio;
            load_so_far += s.load[i];
        }
        floor[i] = ov
            .and_then(|o| o.min_pace_s_per_km)
            .map_or(0.0, |v| v / 1000.0);
        let cost = minetti_cost(g); // J/kg/m
        s.energy_kcal[i] = cost * settings.mass_kg * s.len_m[i] / 4184.0;
    }
    // Solve the base flat pace (s per m).
    let total_time = |pace: f64| -> f64 {
        (0..n)
            .map(|i| s.len_m[i] * (mult[i] * pace).max(floor[i]))
            .sum()
    };
    let weighted: f64 = (0..n).map(|i| s.len_m[i] * mult[i]).sum();
    let mut pace = settings.goal_time_s / weighted;
    if floor.iter().any(|f| *f > 0.0) {
        // Floors only add time, so the answer lies at or below the floor-free pace.
        let (mut lo, mut hi) = (0.0, pace);
        if total_time(hi) > settings.goal_time_s {
            for _ in 0..100 {
                let mid = 0.5 * (lo + hi);
                if total_time(mid) > settings.goal_time_s {
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
        if (total_time(pace) - settings.goal_time_s).abs() > 0.5 {
            // The floors alone exceed the goal: impossible with these overrides.
            return Err(PlanError::OutOfRange {
                name: "descent pace limits",
                value: "too slow for the goal".into(),
                min: "a limit".into(),
                max: "one that leaves time for the rest of the course".into(),
            });
        }
    }
    for i in 0..n {
        let sec_per_m = (mult[i] * pace).max(floor[i]);
        s.time_s[i] = sec_per_m * s.len_m[i];
        s.pace_s_per_km[i] = sec_per_m * 1000.0;
        s.flat_pace_s_per_km[i] *= pace * 1000.0;
    }
    s.base_flat_pace_s_per_km = pace * 1000.0;
    Ok(s)
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

/// The article's technique cues for a descent (USATF material via VnExpress).
pub fn technique_cues(d: &Descent, late_in_race: bool) -> Vec<String> {
    let mut cues = vec![
        "Lean slightly forward from the hips; eyes ahead, not down.".to_string(),
        "Shorter strides, quicker cadence; land midfoot, not on the heel.".to_string(),
        "Shoulders and arms relaxed, core engaged.".to_string(),
        "Do not rush to make up time: let the planned pace come to you.".to_string(),
    ];
    match d.kind {
        DescentKind::Bridge => cues.push("Bridge: the crest comes fast; crest relaxed and settle into the descent, no surge.".into()),
        DescentKind::Pass => cues.push("Pass: long and winding; run the tangents only where safe and keep the same effort on every bend.".into()),
        DescentKind::Hill => {}
    }
    if late_in_race {
        cues.push(
            "Late in the race: tired quads brake and heel-strike; shorten the stride further."
                .into(),
        );
    }
    cues
}

pub use report::{RacePlan, build_plan, plan_from_solution};
