//! The race plan as runners read it: splits (per km, per mile, per course part, by
//! terrain), energy shares, fuelling schedule and per-descent strategy, put together from
//! one solved [`Solution`].

use crate::t;
use serde::{Deserialize, Serialize};

pub use super::fuel::{EnergySummary, FuelStop};
use super::fuel::{energy_summary, fuel_plan};
use super::raceday::{self, CatchUpRow, ConditionsReport, FluidPlan, HeatReport};
pub use super::splits::{Split, distance_at, time_at};
use super::splits::{aggregate, course_parts, cumulative, every, terrain_bounds};
use super::strategy::descent_strategy;
pub use super::strategy::{DescentStrategy, Risk};
use super::{PlanError, PlanSettings, Solution, solve};
use crate::course::report::CourseSummary;
use crate::course::{Analysis, AnalysisSettings, Course, Descent};
use crate::format;

/// The whole race-day plan (saved inside the plan document, `document.rs`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RacePlan {
    /// The course: name, distance, totals, fingerprint.
    pub course: CourseSummary,
    /// The descents found (or corrected).
    pub descents: Vec<Descent>,
    /// The race settings the plan was made with.
    pub settings: PlanSettings,
    /// How the course was read.
    pub analysis_settings: AnalysisSettings,
    /// Planned finish time (the goal; later with "keep my effort" in the heat or an
    /// unrepaid crowded start).
    pub finish_time_s: f64,
    /// Clock time at the finish, HH:MM:SS.
    pub finish_clock: String,
    /// Base flat pace (before split and fatigue), s/km.
    pub flat_pace_s_per_km: f64,
    /// Descent load of the whole race.
    pub total_descent_load: f64,
    /// Splits per km.
    pub splits_km: Vec<Split>,
    /// Splits per mile.
    pub splits_mile: Vec<Split>,
    /// Splits per course part (each climb, descent and the flat between).
    pub parts: Vec<Split>,
    /// Splits by terrain (uphill, downhill, flat runs).
    pub splits_terrain: Vec<Split>,
    /// Energy and its shares.
    pub energy: EnergySummary,
    /// The fuelling schedule.
    pub fuel: Vec<FuelStop>,
    /// Where the water stations are, metres along the course (see `plan::water`).
    #[serde(default)]
    pub water_stations_m: Vec<f64>,
    /// The plan for each descent.
    pub descent_strategy: Vec<DescentStrategy>,
    /// How the descent load is computed.
    pub load_method: String,
    /// The race morning: sun times, the conditions table and the heat model (when set).
    #[serde(default)]
    pub conditions: Option<ConditionsReport>,
    /// What the heat costs (with a conditions table).
    #[serde(default)]
    pub heat: Option<HeatReport>,
    /// Fluids and sodium (with a conditions table or a measured sweat rate).
    #[serde(default)]
    pub fluids: Option<FluidPlan>,
    /// The catch-up card: at each 5 km, how to win back a deficit without spending the quads.
    #[serde(default)]
    pub catch_up: Vec<CatchUpRow>,
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

    let splits_km = aggregate(sol, p, &every(1000.0, total), settings, |i, _, _| {
        format!("km {}", i + 1)
    });
    let splits_mile = aggregate(sol, p, &every(MILE_M, total), settings, |i, _, _| {
        t!("split-mile", n = (i + 1).to_string())
    });
    let (bounds, labels) = course_parts(analysis, total);
    let parts = aggregate(sol, p, &bounds, settings, |i, _, _| {
        labels.get(i).cloned().unwrap_or_default()
    });
    let (tb, tl) = terrain_bounds(sol, total);
    let splits_terrain = aggregate(sol, p, &tb, settings, |i, _, _| {
        tl.get(i).cloned().unwrap_or_default()
    });

    let energy = energy_summary(sol, settings, finish);
    let b_plan = settings.conditions.goal_b_s.and_then(|goal_time_s| {
        let b = PlanSettings {
            goal_time_s,
            ..settings.clone()
        };
        super::solve(analysis, &b)
            .ok()
            .map(|sol_b| cumulative(&sol_b))
    });
    let catch_up = raceday::catch_up(sol, &cum, settings, b_plan.as_deref());
    let heat = raceday::heat(sol, settings, &every(1000.0, total));
    let fluids = raceday::fluids(sol, settings, energy.total_kcal);
    let water_stations_m = super::water::stations_m(&settings.water_km, &course.name, total);
    let fuel = fuel_plan(sol, &cum, analysis, settings, finish, &water_stations_m);
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
        water_stations_m,
        descent_strategy,
        load_method: "heuristic: sum over downhill stretches of drop_m x (|grade| / 5 %) x \
            (planned speed / flat speed)^2; fatigue slows the rest by strength x 2 % per 100 \
            points absorbed"
            .into(),
        conditions: raceday::conditions(analysis, settings),
        heat,
        fluids,
        catch_up,
    }
}
