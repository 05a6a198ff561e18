//! Energy by terrain and the fuelling schedule (gels moved off the descents).

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

/// Gels at even time intervals (gel size / carbohydrate per hour), none in the last 15
/// minutes; one that falls on a descent moves to its end, so it is taken on easier ground.
pub fn fuel_plan(
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
