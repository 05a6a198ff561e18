//! The block's starting level from the runner's own runs: the height they descended in the
//! last 6 weeks against the descent a week of the usual block's first weeks.

use serde::{Deserialize, Serialize};

use super::model::{TrainingBlock, Week, WeekPhase, WorkoutKind};

/// Weeks the runner's recent descent is counted over (`history::RECENT_DAYS` / 7).
pub const RECENT_WEEKS: f64 = 6.0;

/// Where the block starts, chosen from the descent the runner ran in the last 6 weeks.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StartLevel {
    /// Height descended in the last 6 weeks, metres.
    pub recent_descent_m: f64,
    /// Weeks of the usual progression skipped (its first weeks asked no more descent a
    /// week than the runner already ran).
    pub weeks_ahead: u32,
}

impl StartLevel {
    /// One sentence for the runner.
    pub fn describe(&self) -> String {
        crate::t!(
            "start-level",
            m = format!("{:.0}", self.recent_descent_m),
            weeks = self.weeks_ahead
        )
    }
}

/// Weeks in which the runner's recent running already covers the usual progression: the
/// leading form-jog and strides weeks (recovery weeks among them) that ask no more height
/// of descent a week than the runner averaged over the last [`RECENT_WEEKS`].
pub(crate) fn weeks_ahead(usual: &TrainingBlock, recent_descent_m: f64) -> u32 {
    let weekly_m = recent_descent_m / RECENT_WEEKS;
    let mut ahead = 0;
    for w in &usual.weeks {
        let early = |k: WorkoutKind| matches!(k, WorkoutKind::FormJog | WorkoutKind::Strides);
        let covered = match w.phase {
            WeekPhase::Recovery(k) => early(k),
            WeekPhase::Build(k) => early(k) && week_descent_m(w) <= weekly_m,
            WeekPhase::Taper => false,
        };
        if !covered {
            break;
        }
        ahead += 1;
    }
    ahead
}

/// Height descended in a week's downhill sessions: metres run downhill times the middle
/// of their slope range.
fn week_descent_m(w: &Week) -> f64 {
    w.sessions
        .iter()
        .map(|s| {
            let mid_pct = s
                .main
                .iter()
                .find_map(|st| st.slope_pct)
                .map_or(0.0, |(a, b)| (a + b) / 2.0);
            s.downhill_m * mid_pct / 100.0
        })
        .sum()
}
