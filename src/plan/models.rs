//! Grade-adjusted pace models: each maps a grade to a time multiplier at equal effort
//! (1.0 on the flat; 1.2 means 20 % more time per km), plus Minetti's energy cost.
//!
//! Sources (science notes, section 5):
//! - Strava GAP, reverse-engineered points (-30..+45 %), linear between them, clamped at the
//!   table's ends. Empirical: what runners achieve. The default.
//! - Kay 2012 (elite hill races): factor = (1707 + 5656g + 32209g^2 - 3211g^3 - 43635g^4) / 1707,
//!   g decimal; clamped to +-30 %, beyond the races it was fitted on.
//! - Minetti et al. 2002 (J Appl Physiol 93:1039), energy cost of running, J/kg/m:
//!   Cr(i) = 155.4i^5 - 30.4i^4 - 43.3i^3 + 46.3i^2 + 19.5i + 3.6, clamped to +-45 % (the
//!   measured range). As a pace model: equal metabolic power, factor = Cr(i) / Cr(0).

use crate::t;
use serde::{Deserialize, Serialize};

/// A grade-to-time-multiplier curve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum PaceModel {
    /// Strava-like empirical curve (default).
    #[default]
    Strava,
    /// Kay 2012 polynomial.
    Kay,
    /// Minetti 2002 energy cost, equal metabolic power.
    Minetti,
    /// The runner's own curve ([`super::PersonalCurve`], carried in
    /// [`super::PlanSettings::personal`]); on its own, without a curve, the Strava-like one.
    Personal,
}

/// Strava GAP points: (grade %, time multiplier).
const STRAVA: [(f64, f64); 17] = [
    (-30.0, 1.495),
    (-20.0, 1.081),
    (-15.0, 0.941),
    (-10.0, 0.876),
    (-8.0, 0.876),
    (-6.0, 0.891),
    (-4.0, 0.918),
    (-2.0, 0.960),
    (0.0, 1.000),
    (2.0, 1.055),
    (4.0, 1.135),
    (6.0, 1.228),
    (8.0, 1.337),
    (10.0, 1.459),
    (15.0, 1.846),
    (20.0, 2.297),
    (30.0, 3.158),
];

impl PaceModel {
    /// Every built-in model (published curves), in menu order. [`PaceModel::Personal`] is
    /// not among them: it needs the runner's curve.
    pub const ALL: [PaceModel; 3] = [PaceModel::Strava, PaceModel::Kay, PaceModel::Minetti];

    /// Name used on the command line and in JSON.
    pub fn id(self) -> &'static str {
        match self {
            PaceModel::Strava => "strava",
            PaceModel::Kay => "kay",
            PaceModel::Minetti => "minetti",
            PaceModel::Personal => "personal",
        }
    }

    /// Name for people, in this thread's language.
    pub fn label(self) -> String {
        match self {
            PaceModel::Strava => t!("model-strava"),
            PaceModel::Kay => t!("model-kay"),
            PaceModel::Minetti => t!("model-minetti"),
            PaceModel::Personal => t!("model-personal"),
        }
    }

    /// Parses `strava`, `kay`, `minetti` or `personal`.
    pub fn from_id(s: &str) -> Option<PaceModel> {
        PaceModel::ALL
            .into_iter()
            .chain([PaceModel::Personal])
            .find(|m| m.id().eq_ignore_ascii_case(s.trim()))
    }

    /// Time multiplier at `grade_pct` for equal effort. `Personal` without its curve is the
    /// Strava-like curve; plans use [`super::PlanSettings::grade_factor`], which has the curve.
    pub fn factor(self, grade_pct: f64) -> f64 {
        let g = if grade_pct.is_finite() {
            grade_pct
        } else {
            0.0
        };
        match self {
            PaceModel::Strava | PaceModel::Personal => strava(g.clamp(-30.0, 30.0)),
            PaceModel::Kay => {
                let x = g.clamp(-30.0, 30.0) / 100.0;
                (1707.0 + 5656.0 * x + 32209.0 * x * x - 3211.0 * x.powi(3) - 43635.0 * x.powi(4))
                    / 1707.0
            }
            PaceModel::Minetti => minetti_cost(g) / minetti_cost(0.0),
        }
    }
}

fn strava(g: f64) -> f64 {
    let i = STRAVA.partition_point(|(x, _)| *x <= g);
    if i == 0 {
        return STRAVA[0].1;
    }
    if i >= STRAVA.len() {
        return STRAVA[STRAVA.len() - 1].1;
    }
    let ((x0, y0), (x1, y1)) = (STRAVA[i - 1], STRAVA[i]);
    y0 + (y1 - y0) * (g - x0) / (x1 - x0)
}

/// Minetti 2002 energy cost of running, J per kg per metre, at `grade_pct` (clamped +-45 %).
pub fn minetti_cost(grade_pct: f64) -> f64 {
    let i = if grade_pct.is_finite() {
        grade_pct.clamp(-45.0, 45.0) / 100.0
    } else {
        0.0
    };
    155.4 * i.powi(5) - 30.4 * i.powi(4) - 43.3 * i.powi(3) + 46.3 * i * i + 19.5 * i + 3.6
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Science notes, section 5: (grade, Strava, Kay, Minetti cost / flat).
    const TABLE: [(f64, f64, f64, f64); 8] = [
        (-20.0, 1.081, 1.07, 0.50),
        (-10.0, 0.876, 0.86, 0.60),
        (-6.0, 0.891, 0.87, 0.72),
        (-2.0, 0.960, 0.94, 0.90),
        (0.0, 1.000, 1.00, 1.00),
        (2.0, 1.055, 1.07, 1.11),
        (6.0, 1.228, 1.27, 1.37),
        (10.0, 1.459, 1.52, 1.66),
    ];

    #[test]
    fn models_match_published_tables() {
        for (g, s, k, m) in TABLE {
            assert!((PaceModel::Strava.factor(g) - s).abs() < 1e-9, "strava {g}");
            assert!(
                (PaceModel::Kay.factor(g) - k).abs() < 0.011,
                "kay {g}: {}",
                PaceModel::Kay.factor(g)
            );
            assert!(
                (PaceModel::Minetti.factor(g) - m).abs() < 0.02,
                "minetti {g}: {}",
                PaceModel::Minetti.factor(g)
            );
        }
    }

    #[test]
    fn minetti_cost_pins_measured_values() {
        // Measured: 1.73 J/kg/m minimum near -20 %, 18.93 at +45 %, 3.92 at -45 % (polynomial
        // fit is within ~5 % of those).
        assert!((minetti_cost(-20.0) - 1.80).abs() < 0.1);
        assert!(
            (minetti_cost(45.0) - 18.93).abs() < 1.0,
            "{}",
            minetti_cost(45.0)
        );
        assert!(
            (minetti_cost(-45.0) - 3.92).abs() < 0.4,
            "{}",
            minetti_cost(-45.0)
        );
    }

    #[test]
    fn grades_beyond_data_are_clamped() {
        for m in PaceModel::ALL {
            assert_eq!(
                m.factor(80.0),
                m.factor(if m == PaceModel::Minetti { 45.0 } else { 30.0 })
            );
            assert!(m.factor(-80.0).is_finite() && m.factor(-80.0) > 0.0);
            assert_eq!(m.factor(f64::NAN), 1.0);
        }
    }
}
