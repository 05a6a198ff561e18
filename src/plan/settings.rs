//! What the runner sets for the race (goal, start, pace model, strategy sliders, per-descent
//! limits, fuel), validated once.

use serde::{Deserialize, Serialize};

use super::{PaceModel, PersonalCurve, PlanError, Setting};

/// A per-descent override, found by the descent's index (order along the course).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct DescentOverride {
    /// Which descent (its index along the course).
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
    /// How grade changes pace at equal effort.
    pub model: PaceModel,
    /// 0 = slow down on climbs as the model says (even effort); 100 = hold flat pace.
    pub uphill_effort_pct: f64,
    /// 0 = take the model's full downhill gain; 100 = no faster than flat pace.
    pub downhill_restraint_pct: f64,
    /// Percent by which the second half is slower (+) or faster (-) than the first.
    pub split_pct: f64,
    /// Slow the rest of the race for the descent load already absorbed.
    pub descent_fatigue: bool,
    /// Strength of the descent-fatigue slowdown, 0-100 %.
    pub fatigue_strength_pct: f64,
    /// Per-descent pace limits or restraint.
    pub overrides: Vec<DescentOverride>,
    /// Body mass, for the energy estimate.
    pub mass_kg: f64,
    /// Carbohydrate planned per hour, grams.
    pub carb_g_per_h: f64,
    /// Carbohydrate in one gel, grams.
    pub gel_carb_g: f64,
    /// Race-morning conditions, heat model, a crowded start and a B goal.
    pub conditions: super::Conditions,
    /// Water stations, km along the course; empty = the course's preset or every 2.5 km
    /// (`plan::water`). Gels are placed at them.
    pub water_km: Vec<f64>,
    /// How much longer than the official course the runner's watch reads, % (0-3; tangents,
    /// bridges and buildings make watches read 0.5-2 % long): the race workout's distance
    /// steps and the pace band use it.
    pub watch_over_read_pct: f64,
    /// The runner's own grade curve, used when `model` is [`PaceModel::Personal`] (absent
    /// in older plan files and when never fitted). Boxed: settings travel in commands.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personal: Option<Box<PersonalCurve>>,
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
            conditions: super::Conditions::default(),
            water_km: Vec::new(),
            watch_over_read_pct: 0.5,
            personal: None,
        }
    }
}

fn check(name: Setting, value: f64, min: f64, max: f64) -> Result<(), PlanError> {
    if value.is_finite() && value >= min && value <= max {
        Ok(())
    } else {
        Err(PlanError::OutOfRange {
            name,
            value,
            min,
            max,
        })
    }
}

impl PlanSettings {
    /// The pace model's time multiplier at `grade_pct`: the personal curve (with its
    /// fallback) when the model is `Personal` and a curve is present, else the model's own.
    pub fn grade_factor(&self, grade_pct: f64) -> f64 {
        match (&self.personal, self.model) {
            (Some(curve), PaceModel::Personal) => curve.factor(grade_pct),
            (_, model) => model.factor(grade_pct),
        }
    }

    /// Checks every value once; the solver trusts what passes.
    pub fn validate(&self) -> Result<(), PlanError> {
        check(Setting::GoalTime, self.goal_time_s, 60.0, 48.0 * 3600.0)?;
        check(Setting::StartTime, self.start_clock_s, 0.0, 86_399.0)?;
        check(Setting::UphillEffort, self.uphill_effort_pct, 0.0, 100.0)?;
        check(
            Setting::DownhillRestraint,
            self.downhill_restraint_pct,
            0.0,
            100.0,
        )?;
        check(Setting::Split, self.split_pct, -20.0, 20.0)?;
        check(
            Setting::FatigueStrength,
            self.fatigue_strength_pct,
            0.0,
            100.0,
        )?;
        check(Setting::BodyMass, self.mass_kg, 30.0, 200.0)?;
        check(Setting::CarbPerHour, self.carb_g_per_h, 0.0, 150.0)?;
        check(Setting::GelSize, self.gel_carb_g, 5.0, 100.0)?;
        self.conditions.validate()?;
        check(Setting::WatchOverRead, self.watch_over_read_pct, 0.0, 3.0)?;
        if self.water_km.len() > super::water::MAX_STATIONS {
            return Err(PlanError::OutOfRange {
                name: Setting::WaterStations,
                value: self.water_km.len() as f64,
                min: 0.0,
                max: super::water::MAX_STATIONS as f64,
            });
        }
        for &km in &self.water_km {
            check(Setting::WaterStation, km, 0.0, 1_000.0)?;
        }
        for o in &self.overrides {
            if let Some(p) = o.min_pace_s_per_km {
                check(Setting::DescentPaceLimit, p, 120.0, 1_200.0)?;
            }
            if let Some(r) = o.restraint_pct {
                check(Setting::DescentRestraint, r, 0.0, 100.0)?;
            }
        }
        Ok(())
    }
}
