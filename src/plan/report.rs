//! The race plan as runners read it: splits (per km, per mile, per course part, by
//! terrain), energy shares, fuelling schedule and per-descent strategy.

use serde::{Deserialize, Serialize};

use super::{PlanError, PlanSettings, Solution, solve, technique_cues};
use crate::course::report::CourseSummary;
use crate::course::{Analysis, AnalysisSettings, Course, Descent, DescentKind, Profile};
use crate::format;

/// One split of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Split {
    pub index: usize,
    pub label: String,
    pub start_m: f64,
    pub end_m: f64,
    pub time_s: f64,
    pub pace_s_per_km: f64,
    /// Average local flat pace over the split (what this effort is worth on the flat).
    pub flat_pace_s_per_km: f64,
    pub cumulative_s: f64,
    /// Clock time at the end of the split, HH:MM:SS.
    pub clock: String,
    pub gain_m: f64,
    pub loss_m: f64,
    pub avg_grade_pct: f64,
    pub energy_kcal: f64,
    pub descent_load: f64,
}

/// Where the energy goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnergySummary {
    pub total_kcal: f64,
    pub climbs_kcal: f64,
    pub descents_kcal: f64,
    pub flats_kcal: f64,
    pub climbs_pct: f64,
    pub descents_pct: f64,
    pub flats_pct: f64,
    /// Carbohydrate planned over the race, grams.
    pub carbohydrate_g: f64,
    pub method: String,
}

/// One fuelling stop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FuelStop {
    pub distance_m: f64,
    pub elapsed_s: f64,
    pub clock: String,
    pub item: String,
    /// Why it sits here (e.g. moved to after a descent).
    pub note: String,
}

/// How much a descent is likely to hurt the quads for the rest of the race.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    /// Little load, early in the race.
    Low,
    /// Some load, or late in the race.
    Moderate,
    /// Heavy load, a steep stretch, or real load late in the race.
    High,
}

impl Risk {
    /// The word runners read: "low", "moderate", "high".
    pub fn label(self) -> &'static str {
        match self {
            Risk::Low => "low",
            Risk::Moderate => "moderate",
            Risk::High => "high",
        }
    }
}

impl std::fmt::Display for Risk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// The plan for one descent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DescentStrategy {
    pub index: usize,
    pub name: String,
    pub kind: DescentKind,
    pub start_m: f64,
    pub end_m: f64,
    pub drop_m: f64,
    pub avg_grade_pct: f64,
    pub planned_pace_s_per_km: f64,
    pub flat_pace_s_per_km: f64,
    /// What the pace model alone would allow (no restraint), s/km.
    pub model_pace_s_per_km: f64,
    pub time_s: f64,
    /// Seconds gained against running it at flat pace (positive = faster than flat).
    pub time_gained_vs_flat_s: f64,
    pub load: f64,
    pub risk: Risk,
    pub clock_at_start: String,
    pub cues: Vec<String>,
}

impl DescentStrategy {
    /// One sentence: planned pace against flat and model paces, time gained, load and risk.
    pub fn pace_summary(&self) -> String {
        format!(
            "Planned {}/km against {}/km flat (the model alone would allow {}/km): {:+.0} s. Load {:.0}, risk {}.",
            format::pace(self.planned_pace_s_per_km),
            format::pace(self.flat_pace_s_per_km),
            format::pace(self.model_pace_s_per_km),
            self.time_gained_vs_flat_s,
            self.load,
            self.risk
        )
    }
}

/// The whole race-day plan (saved inside a [`crate::document::PlanDocument`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RacePlan {
    pub course: CourseSummary,
    pub descents: Vec<Descent>,
    pub settings: PlanSettings,
    pub analysis_settings: AnalysisSettings,
    pub finish_time_s: f64,
    pub finish_clock: String,
    /// Base flat pace (before split and fatigue), s/km.
    pub flat_pace_s_per_km: f64,
    pub total_descent_load: f64,
    pub splits_km: Vec<Split>,
    pub splits_mile: Vec<Split>,
    pub parts: Vec<Split>,
    pub splits_terrain: Vec<Split>,
    pub energy: EnergySummary,
    pub fuel: Vec<FuelStop>,
    pub descent_strategy: Vec<DescentStrategy>,
    pub load_method: String,
}

/// Metres in a mile.
pub const MILE_M: f64 = 1_609.344;

/// Builds the complete plan.
pub fn build_plan(
    course: &Course,
    analysis: &Analysis,
    analysis_settings: &AnalysisSettings,
    settings: &PlanSettings,
) -> Result<RacePlan, PlanError> {
    let sol = solve(analysis, settings)?;
    Ok(plan_from_solution(
        course,
        analysis,
        analysis_settings,
        settings,
        &sol,
    ))
}

/// Builds the plan from an already solved [`Solution`] (the app keeps the solution for
/// hover read-outs and avoids solving twice).
pub fn plan_from_solution(
    course: &Course,
    analysis: &Analysis,
    analysis_settings: &AnalysisSettings,
    settings: &PlanSettings,
    sol: &Solution,
) -> RacePlan {
    let p = &analysis.profile;
    let total = p.total_m();
    let cum = cumulative(sol);
    let finish = cum.last().copied().unwrap_or(0.0);

    let every = |step: f64| -> Vec<f64> {
        let mut b: Vec<f64> = (1..)
            .map(|k| k as f64 * step)
            .take_while(|x| *x < total - 1e-6)
            .collect();
        b.push(total);
        b
    };
    let splits_km = aggregate(sol, p, &cum, &every(1000.0), settings, |i, _, _| {
        format!("km {}", i + 1)
    });
    let splits_mile = aggregate(sol, p, &cum, &every(MILE_M), settings, |i, _, _| {
        format!("mile {}", i + 1)
    });

    // Course parts: each climb and descent, and the flat between them.
    let mut marks: Vec<(f64, f64, String)> = analysis
        .climbs
        .iter()
        .map(|c| (c.start_m, c.end_m, c.name.clone()))
        .chain(
            analysis
                .descents
                .iter()
                .map(|d| (d.start_m, d.end_m, format!("{} (down)", d.name))),
        )
        .collect();
    marks.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut bounds = Vec::new();
    let mut labels = Vec::new();
    let mut at = 0.0;
    for (s, e, name) in &marks {
        if *s > at + 1.0 {
            bounds.push(*s);
            labels.push("Flat and rolling".to_string());
        }
        if *e > at {
            bounds.push(*e);
            labels.push(name.clone());
            at = *e;
        }
    }
    if total > at + 1.0 {
        bounds.push(total);
        labels.push("Flat and rolling".to_string());
    }
    let parts = aggregate(sol, p, &cum, &bounds, settings, |i, _, _| {
        labels.get(i).cloned().unwrap_or_default()
    });

    let (tb, tl) = terrain_bounds(sol, total);
    let splits_terrain = aggregate(sol, p, &cum, &tb, settings, |i, _, _| {
        tl.get(i).cloned().unwrap_or_default()
    });

    let energy = energy_summary(sol, settings, finish);
    let fuel = fuel_plan(sol, &cum, analysis, settings, finish);
    let total_load: f64 = sol.load.iter().sum();
    let descent_strategy = analysis
        .descents
        .iter()
        .enumerate()
        .map(|(k, d)| descent_strategy(k, d, sol, &cum, settings, total))
        .collect();
    RacePlan {
        course: CourseSummary::new(course, analysis),
        descents: analysis.descents.clone(),
        settings: settings.clone(),
        analysis_settings: analysis_settings.clone(),
        finish_time_s: finish,
        finish_clock: format::clock(settings.start_clock_s + finish),
        flat_pace_s_per_km: sol.base_flat_pace_s_per_km,
        total_descent_load: total_load,
        splits_km,
        splits_mile,
        parts,
        splits_terrain,
        energy,
        fuel,
        descent_strategy,
        load_method: "heuristic: sum over downhill stretches of drop_m x (|grade| / 5 %) x (planned speed / flat speed)^2; fatigue slows the rest by strength x 2 % per 100 points absorbed".into(),
    }
}

/// Cumulative time at the end of each interval.
fn cumulative(sol: &Solution) -> Vec<f64> {
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
fn aggregate(
    sol: &Solution,
    p: &Profile,
    cum: &[f64],
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
        let _ = cum;
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
fn terrain_bounds(sol: &Solution, total: f64) -> (Vec<f64>, Vec<String>) {
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
            1 => "Uphill".to_string(),
            -1 => "Downhill".to_string(),
            _ => "Flat".to_string(),
        })
        .collect();
    (joined.iter().map(|r| r.2).collect(), labels)
}

fn energy_summary(sol: &Solution, settings: &PlanSettings, finish_s: f64) -> EnergySummary {
    let (mut c, mut d, mut f) = (0.0, 0.0, 0.0);
    for i in 0..sol.energy_kcal.len() {
        let e = sol.energy_kcal[i];
        if sol.descent[i].is_some() {
            d += e;
        } else if sol.climb[i].is_some() {
            c += e;
        } else {
            f += e;
        }
    }
    let total = c + d + f;
    let pct = |v: f64| if total > 0.0 { v / total * 100.0 } else { 0.0 };
    EnergySummary {
        total_kcal: total,
        climbs_kcal: c,
        descents_kcal: d,
        flats_kcal: f,
        climbs_pct: pct(c),
        descents_pct: pct(d),
        flats_pct: pct(f),
        carbohydrate_g: settings.carb_g_per_h * finish_s / 3600.0,
        method: "Minetti et al. 2002 energy cost of running Cr(grade) x body mass x distance; 4,184 J per kcal".into(),
    }
}

/// Gels at even time intervals (gel size / carbohydrate per hour), none in the last 15
/// minutes; one that falls on a descent moves to its end, so it is taken on easier ground.
fn fuel_plan(
    sol: &Solution,
    cum: &[f64],
    analysis: &Analysis,
    settings: &PlanSettings,
    finish: f64,
) -> Vec<FuelStop> {
    if settings.carb_g_per_h <= 0.0 {
        return Vec::new();
    }
    let every_s = settings.gel_carb_g / settings.carb_g_per_h * 3600.0;
    let mut out = Vec::new();
    let mut t = every_s;
    let mut k = 1;
    while t <= finish - 15.0 * 60.0 + 1e-6 && k < 200 {
        let (mut dist, mut elapsed) = (distance_at(sol, cum, t), t);
        let mut note = String::new();
        if let Some(d) = analysis
            .descents
            .iter()
            .find(|d| dist >= d.start_m && dist < d.end_m)
        {
            dist = d.end_m;
            elapsed = time_at(sol, cum, dist);
            note = format!("moved to the end of {} (no gel on a descent)", d.name);
        }
        out.push(FuelStop {
            distance_m: dist,
            elapsed_s: elapsed,
            clock: format::clock(settings.start_clock_s + elapsed),
            item: format!(
                "Gel {k} ({:.0} g carbohydrate) with water",
                settings.gel_carb_g
            ),
            note,
        });
        t += every_s;
        k += 1;
    }
    out
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

fn descent_strategy(
    k: usize,
    d: &Descent,
    sol: &Solution,
    cum: &[f64],
    settings: &PlanSettings,
    total: f64,
) -> DescentStrategy {
    let (mut time, mut len, mut flat, mut model, mut load) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for i in 0..sol.len_m.len() {
        if sol.descent[i] == Some(k as u32) {
            time += sol.time_s[i];
            len += sol.len_m[i];
            flat += sol.flat_pace_s_per_km[i] / 1000.0 * sol.len_m[i];
            model += settings.model.factor(sol.grade_pct[i]) * sol.flat_pace_s_per_km[i] / 1000.0
                * sol.len_m[i];
            load += sol.load[i];
        }
    }
    let per_km = |secs: f64| if len > 0.0 { secs / len * 1000.0 } else { 0.0 };
    let late = d.start_m > 0.6 * total;
    let risk = if load >= 60.0 || d.max_grade_pct <= -6.0 || (late && load >= 30.0) {
        Risk::High
    } else if load >= 15.0 || late {
        Risk::Moderate
    } else {
        Risk::Low
    };
    DescentStrategy {
        index: k,
        name: d.name.clone(),
        kind: d.kind,
        start_m: d.start_m,
        end_m: d.end_m,
        drop_m: d.drop_m,
        avg_grade_pct: d.avg_grade_pct,
        planned_pace_s_per_km: per_km(time),
        flat_pace_s_per_km: per_km(flat),
        model_pace_s_per_km: per_km(model),
        time_s: time,
        time_gained_vs_flat_s: flat - time,
        load,
        risk,
        clock_at_start: format::clock(settings.start_clock_s + time_at(sol, cum, d.start_m)),
        cues: technique_cues(d, late),
    }
}
