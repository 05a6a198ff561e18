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
//! Heat by the clock (`conditions`): with a weather table, each interval's multiplier is
//! also multiplied by `1 + slowdown(T, Td at the clock time the no-heat plan reaches it)`;
//! keep-goal then solves `p` again (the finish stays the goal), keep-effort keeps the
//! no-heat `p` (the finish moves). A crowded start adds its seconds over the first km and,
//! with keep-goal, takes them back from the later flats (`solve::GENTLE_GRADE_PCT`).
//!
//! Descent load (heuristic, no validated metric exists; science notes section 6):
//! `load = sum over downhill intervals of drop_m x (|grade| / 5 %) x (speed / flat speed)^2`,
//! in "load points": one point per metre of descent at 5 % run at flat speed.

pub mod conditions;
pub mod error;
pub mod fuel;
pub mod models;
pub mod personal;
pub mod presets;
pub mod raceday;
pub mod report;
pub mod settings;
pub mod solve;
pub mod splits;
pub mod strategy;
pub mod sun;
pub mod timing;
pub mod water;

pub use conditions::{Conditions, HeatMode, WeatherRow};
pub use error::{PlanError, Setting};
pub use models::{PaceModel, minetti_cost};
pub use personal::{CurveBin, FallbackRange, PersonalCurve};
pub use report::{RacePlan, build_plan, plan_from_solution};
pub use settings::{DescentOverride, PlanSettings};
pub use solve::{Solution, solve};
pub use strategy::{Risk, technique_cues};
pub use timing::Timeline;
