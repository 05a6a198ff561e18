//! Energy by terrain and the fuelling schedule (gels moved off the descents).

use crate::{i18n, t};
use serde::{Deserialize, Serialize};

use super::splits::{distance_at, time_at};
use super::{PlanSettings, Solution};
use crate::course::Analysis;
use crate::format;

/// Where the energy goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnergySummary {
    /// Energy of the whole race.
    pub total_kcal: f64,
    /// Energy spent on the climbs.
    pub climbs_kcal: f64,
    /// Energy spent on the descents.
    pub descents_kcal: f64,
    /// Energy spent on the rest.
    pub flats_kcal: f64,
    /// Share of the climbs, %.
    pub climbs_pct: f64,
    /// Share of the descents, %.
    pub descents_pct: f64,
    /// Share of the rest, %.
    pub flats_pct: f64,
    /// Carbohydrate planned over the race, grams.
    pub carbohydrate_g: f64,
    /// How the energy is estimated (cited).
    pub method: String,
}

/// One fuelling stop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FuelStop {
    /// Where along the course.
    pub distance_m: f64,
    /// Elapsed time there.
    pub elapsed_s: f64,
    /// Clock time there, HH:MM:SS.
    pub clock: String,
    /// What to take.
    pub item: String,
    /// Why it sits here (e.g. moved to after a descent).
    pub note: String,
}

/// Energy of the race by terrain, and the carbohydrate planned.
pub fn energy_summary(sol: &Solution, settings: &PlanSettings, finish_s: f64) -> EnergySummary {
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
        method: "Minetti et al. 2002 energy cost of running Cr(grade) x body mass x distance; \
            4,184 J per kcal"
            .into(),
    }
}

/// How far (metres) a gel may move to reach a water station.
const TO_WATER_M: f64 = 2_000.0;
/// A gel this close before a descent's start counts as on it (no gel at a crest).
const BEFORE_DESCENT_M: f64 = 150.0;

/// Gels at even time intervals (gel size / carbohydrate per hour), none in the last 15
/// minutes, each moved to the nearest water station within 2 km that is not on a descent
/// or at its start; with no such station, a gel that falls on a descent (or just before
/// its start) moves to its end, so it is taken on easier ground.
pub fn fuel_plan(
    sol: &Solution,
    cum: &[f64],
    analysis: &Analysis,
    settings: &PlanSettings,
    finish: f64,
    water_m: &[f64],
) -> Vec<FuelStop> {
    if settings.carb_g_per_h <= 0.0 {
        return Vec::new();
    }
    let every_s = settings.gel_carb_g / settings.carb_g_per_h * 3600.0;
    let mut out: Vec<FuelStop> = Vec::new();
    let mut t = every_s;
    let mut k = 1;
    while t <= finish - 15.0 * 60.0 + 1e-6 && k < 200 {
        let after = out.last().map_or(0.0, |f| f.distance_m);
        let (dist, note) = place_gel(analysis, water_m, distance_at(sol, cum, t), after);
        out.push(FuelStop {
            distance_m: dist,
            elapsed_s: time_at(sol, cum, dist),
            clock: format::clock(settings.start_clock_s + time_at(sol, cum, dist)),
            item: t!(
                "fuel-gel",
                n = k.to_string(),
                grams = format!("{:.0}", settings.gel_carb_g)
            ),
            note,
        });
        t += every_s;
        k += 1;
    }
    out
}

/// Where a gel due at `due_m` goes (after the previous gel at `after_m`), and why.
fn place_gel(analysis: &Analysis, water_m: &[f64], due_m: f64, after_m: f64) -> (f64, String) {
    let on_descent = |x: f64| {
        analysis
            .descents
            .iter()
            .find(|d| x >= d.start_m - BEFORE_DESCENT_M && x < d.end_m)
    };
    let water = water_m
        .iter()
        .copied()
        .filter(|w| (w - due_m).abs() <= TO_WATER_M && *w > after_m + 1.0)
        .filter(|w| on_descent(*w).is_none())
        .min_by(|a, b| (a - due_m).abs().total_cmp(&(b - due_m).abs()));
    if let Some(w) = water {
        return (w, t!("fuel-at-water", km = i18n::number(w / 1000.0, 1)));
    }
    match on_descent(due_m) {
        Some(d) => (d.end_m, t!("fuel-after-descent", name = d.name.as_str())),
        None => (due_m, String::new()),
    }
}
