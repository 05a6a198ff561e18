//! The plan for each descent: planned pace against flat and model paces, time gained,
//! load, risk, and the article's technique cues.

use crate::t;
use serde::{Deserialize, Serialize};

use super::splits::time_at;
use super::{PlanSettings, Solution};
use crate::course::{Descent, DescentKind};
use crate::format;

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
    /// The word runners read: "low", "moderate", "high" (in this thread's language).
    pub fn label(self) -> String {
        match self {
            Risk::Low => t!("risk-low"),
            Risk::Moderate => t!("risk-moderate"),
            Risk::High => t!("risk-high"),
        }
    }
}

impl std::fmt::Display for Risk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

/// The plan for one descent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DescentStrategy {
    /// The descent, by index along the course.
    pub index: usize,
    /// Its name.
    pub name: String,
    /// Bridge, pass or hill.
    pub kind: DescentKind,
    /// Where it starts (its crest).
    pub start_m: f64,
    /// Where it ends (its foot).
    pub end_m: f64,
    /// Height lost.
    pub drop_m: f64,
    /// Average grade (negative).
    pub avg_grade_pct: f64,
    /// Planned pace on it.
    pub planned_pace_s_per_km: f64,
    /// What the same effort is worth on the flat here.
    pub flat_pace_s_per_km: f64,
    /// What the pace model alone would allow (no restraint), s/km.
    pub model_pace_s_per_km: f64,
    /// Planned time on it.
    pub time_s: f64,
    /// Seconds gained against running it at flat pace (positive = faster than flat).
    pub time_gained_vs_flat_s: f64,
    /// Descent load (heuristic points; formula in the plan).
    pub load: f64,
    /// How likely it is to cost the quads later.
    pub risk: Risk,
    /// Clock time at its crest.
    pub clock_at_start: String,
    /// Planned elapsed time at its crest (the pace band's row; its foot is this plus
    /// `time_s`).
    #[serde(default)]
    pub elapsed_at_start_s: f64,
    /// The technique cues for it.
    pub cues: Vec<String>,
}

impl DescentStrategy {
    /// One sentence: planned pace against flat and model paces, time gained, load and risk.
    pub fn pace_summary(&self) -> String {
        t!(
            "strategy-summary",
            planned = format::pace(self.planned_pace_s_per_km),
            flat = format::pace(self.flat_pace_s_per_km),
            model = format::pace(self.model_pace_s_per_km),
            gained = format!("{:+.0}", self.time_gained_vs_flat_s),
            load = format!("{:.0}", self.load),
            risk = self.risk.label()
        )
    }
}

/// The plan for descent `k`: its paces, time gained against flat, load, risk and cues.
pub fn descent_strategy(
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
            model += settings.grade_factor(sol.grade_pct[i]) * sol.flat_pace_s_per_km[i] / 1000.0
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
        elapsed_at_start_s: time_at(sol, cum, d.start_m),
        cues: technique_cues(d, late),
    }
}

/// One of the article's downhill technique cues (USATF material via VnExpress); `Display`
/// gives its sentence in this thread's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TechniqueCue {
    /// Posture: lean from the hips, eyes ahead.
    Lean,
    /// Stride: shorter, quicker, midfoot.
    Cadence,
    /// Relaxation: shoulders and arms loose, core engaged.
    Relaxed,
}

impl std::fmt::Display for TechniqueCue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            TechniqueCue::Lean => t!("cue-lean"),
            TechniqueCue::Cadence => t!("cue-cadence"),
            TechniqueCue::Relaxed => t!("cue-relaxed"),
        })
    }
}

/// The article's downhill technique: posture, stride and relaxation. The one copy, shown on
/// race day and in the training sessions.
pub const DOWNHILL_TECHNIQUE: [TechniqueCue; 3] = [
    TechniqueCue::Lean,
    TechniqueCue::Cadence,
    TechniqueCue::Relaxed,
];

/// The article's technique cues for a descent (USATF material via VnExpress), in this
/// thread's language.
pub fn technique_cues(d: &Descent, late_in_race: bool) -> Vec<String> {
    let mut cues: Vec<String> = DOWNHILL_TECHNIQUE.iter().map(ToString::to_string).collect();
    cues.push(t!("cue-no-rush"));
    match d.kind {
        DescentKind::Bridge => cues.push(t!("cue-bridge")),
        DescentKind::Pass => cues.push(t!("cue-pass")),
        DescentKind::Hill => {}
    }
    if late_in_race {
        cues.push(t!("cue-late"));
    }
    cues
}
