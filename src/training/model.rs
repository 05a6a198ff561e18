//! The training data: experience, workout kinds, steps, sessions, weeks (their phase in
//! `phase.rs`), the block and its settings, target paces, and what the block needs from the
//! race plan.

use crate::i18n::{self, Lang};
use crate::t;

use serde::{Deserialize, Serialize};

use super::Date;
use super::hills::HillSpot;
pub use super::phase::{UnknownWeekPhase, WeekPhase};
pub use super::settings::{BlockSettings, TrainingError};
use crate::course::Descent;

/// How used to downhill running the runner is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Experience {
    /// New to downhill work: a longer form phase, at most 5 reps, controlled repeats of
    /// 200-300 m.
    New,
    /// Some downhill running (the default).
    #[default]
    Some,
    /// Used to downhill running: one form week, a longer repeats phase.
    Experienced,
}

impl Experience {
    /// Every level, least experienced first.
    pub const ALL: [Experience; 3] = [Experience::New, Experience::Some, Experience::Experienced];
    /// The command-line and settings name ("new", "some", "experienced").
    pub fn id(self) -> &'static str {
        match self {
            Experience::New => "new",
            Experience::Some => "some",
            Experience::Experienced => "experienced",
        }
    }
    /// The name shown to the runner, in this thread's language.
    pub fn label(self) -> String {
        match self {
            Experience::New => t!("experience-new"),
            Experience::Some => t!("experience-some"),
            Experience::Experienced => t!("experience-experienced"),
        }
    }
    /// The level named `s` (any case, spaces trimmed).
    pub fn from_id(s: &str) -> Option<Experience> {
        Experience::ALL
            .into_iter()
            .find(|e| e.id().eq_ignore_ascii_case(s.trim()))
    }
}

/// The workouts of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum WorkoutKind {
    /// Form-focus jog: 10-15 min very light on a gentle 2-4 % slope, posture only.
    FormJog,
    /// Strides: 4-6 x 80-100 m near 5 km effort on 3-5 %, walking back up between them.
    Strides,
    /// Controlled repeats: 4-6 x 200-400 m at 10 km to half-marathon effort on 3-6 %.
    Repeats,
    /// Repeats that copy the race's key descent (length, slope, planned pace).
    RaceSpecific,
    /// Strength for core and quads: 2-4 sets of planks, squats and box jumps.
    Strength,
}

impl WorkoutKind {
    /// Every workout, in the order the block introduces them (strength last).
    pub const ALL: [WorkoutKind; 5] = [
        WorkoutKind::FormJog,
        WorkoutKind::Strides,
        WorkoutKind::Repeats,
        WorkoutKind::RaceSpecific,
        WorkoutKind::Strength,
    ];
    /// The name shown to the runner (also the text of a week's phase), in this thread's
    /// language.
    pub fn label(self) -> String {
        match self {
            WorkoutKind::FormJog => t!("workout-form-jog"),
            WorkoutKind::Strides => t!("workout-strides"),
            WorkoutKind::Repeats => t!("workout-repeats"),
            WorkoutKind::RaceSpecific => t!("workout-race-specific"),
            WorkoutKind::Strength => t!("workout-strength"),
        }
    }
    /// A hard downhill session (not allowed in the taper).
    pub fn is_hard_downhill(self) -> bool {
        matches!(
            self,
            WorkoutKind::Strides | WorkoutKind::Repeats | WorkoutKind::RaceSpecific
        )
    }
    /// The workout whose English [`label`](Self::label) is `text` (as saved).
    pub fn from_label(text: &str) -> Option<WorkoutKind> {
        WorkoutKind::ALL
            .into_iter()
            .find(|k| i18n::with_lang(Lang::En, || k.label()) == text)
    }
}

/// Target paces derived from the flat goal pace, s/km as (fast, slow).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paces {
    /// The race plan's flat goal pace `P`, s/km.
    pub flat_goal: f64,
    /// Recovery pace (form jog), 1.25-1.35 `P`, s/km.
    pub recovery: (f64, f64),
    /// Easy pace (warm-up, cool-down), 1.12-1.22 `P`, s/km.
    pub easy: (f64, f64),
    /// 10 km to half-marathon effort (controlled repeats), 0.92-0.96 `P`, s/km.
    pub ten_k_to_half: (f64, f64),
    /// 5 km effort (strides), 0.88-0.91 `P`, s/km.
    pub five_k: (f64, f64),
    /// How the paces follow from `P`, as stated in the JSON.
    pub mapping: String,
}

impl Paces {
    /// The paces for a flat goal pace `p`, s/km.
    pub fn from_flat(p: f64) -> Paces {
        Paces {
            flat_goal: p,
            recovery: (p * 1.25, p * 1.35),
            easy: (p * 1.12, p * 1.22),
            ten_k_to_half: (p * 0.92, p * 0.96),
            five_k: (p * 0.88, p * 0.91),
            mapping: crate::t!("paces-mapping"),
        }
    }
}

/// One step of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// What the step is for (it sets the FIT intensity).
    pub kind: StepKind,
    /// Name of the step, e.g. "Downhill stride".
    pub label: String,
    /// How long the step lasts, seconds (None: run by distance, or an exercise).
    pub duration_s: Option<f64>,
    /// How far the step goes, metres (None: run by time, or an exercise).
    pub distance_m: Option<f64>,
    /// (fast, slow) s/km.
    pub pace_s_per_km: Option<(f64, f64)>,
    /// Downhill slope range in percent (3, 5 means "on a -3 to -5 % slope").
    pub slope_pct: Option<(f64, f64)>,
    /// What to do and how it should feel.
    pub note: String,
    /// Sets of a strength exercise (each set is `repetitions` times, or `duration_s`
    /// held). Absent for running steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sets: Option<u32>,
    /// Repetitions of a strength exercise in each set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repetitions: Option<u32>,
    /// An open step that ends when the runner presses lap (no duration, distance or
    /// repetitions). Written only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
}

impl Step {
    /// The fields a running step leaves empty (no sets, repetitions, not open), to fill
    /// the rest of a step with `..Step::running()`.
    pub fn running() -> Step {
        Step {
            kind: StepKind::Active,
            label: String::new(),
            duration_s: None,
            distance_m: None,
            pace_s_per_km: None,
            slope_pct: None,
            note: String::new(),
            sets: None,
            repetitions: None,
            open: false,
        }
    }

    /// How much: "300 m", "12 min" or "90 s" (empty for exercises, whose note says the
    /// dose in words, and for an open step).
    pub fn amount(&self) -> String {
        if self.kind == StepKind::Exercise {
            return String::new();
        }
        match (self.distance_m, self.duration_s) {
            (Some(d), _) => format!("{d:.0} m"),
            (None, Some(t)) if t >= 120.0 => format!("{:.0} min", t / 60.0),
            (None, Some(t)) => format!("{t:.0} s"),
            _ => String::new(),
        }
    }

    /// " at 5:20-5:35/km", or empty without a pace target.
    pub fn pace_text(&self) -> String {
        self.pace_s_per_km
            .map(|(a, b)| {
                let range = t!(
                    "session-pace",
                    fast = crate::format::pace(a),
                    slow = crate::format::pace(b)
                );
                format!(" {range}")
            })
            .unwrap_or_default()
    }
}

/// What a step is for (the FIT intensity follows it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Easy running before the main set.
    Warmup,
    /// The effort of the main set: the form jog, a stride, a repeat.
    Active,
    /// Walking or jogging back up, or resting between exercises.
    Recovery,
    /// Easy running after the main set.
    Cooldown,
    /// A strength exercise (plank, squats, box jumps), untimed.
    Exercise,
}

/// A structured session: warm-up, `reps` x main set, cool-down.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// "w{week}-{date}", e.g. "w3-2026-01-20": what a [`SessionOverride`] names.
    pub id: String,
    /// Day of the session.
    pub date: Date,
    /// Week of the block, from 1.
    pub week: u32,
    /// Which workout it is.
    pub kind: WorkoutKind,
    /// Heading shown to the runner, e.g. "Downhill strides (5 x 90 m)".
    pub title: String,
    /// Easy running before the main set.
    pub warmup: Option<Step>,
    /// Repetitions of the main set (sets for strength; 1 for the form jog).
    pub reps: u32,
    /// The repeated unit (active step, then its recovery).
    pub main: Vec<Step>,
    /// Easy running after the main set (None for strength).
    pub cooldown: Option<Step>,
    /// Technique cues, in the order they are shown.
    pub cues: Vec<String>,
    /// Where to run it, when a training ground was given.
    pub location: Option<String>,
    /// Metres run downhill at effort (for load).
    pub downhill_m: f64,
    /// Session load (heuristic): downhill metres x intensity x slope / 4 %.
    pub load: f64,
    /// Total time from warm-up to cool-down, seconds (distance steps estimated at the
    /// middle of their pace range).
    pub duration_s: f64,
}

impl Session {
    /// The full text of the session, one line per part, for the app, calendars and watches.
    pub fn describe(&self) -> String {
        let mut t = String::new();
        let minutes = |s: &Step| (s.duration_s.unwrap_or(0.0) / 60.0).round();
        if let Some(w) = &self.warmup {
            let line = t!(
                "session-warmup",
                minutes = minutes(w).to_string(),
                pace = w.pace_text()
            );
            t.push_str(&format!("{line}\n"));
        }
        if self.reps > 1 {
            t.push_str(&format!("{} x:\n", self.reps));
        }
        for st in &self.main {
            let amount = st.amount();
            let amount = if amount.is_empty() {
                String::new()
            } else {
                format!(" {amount}")
            };
            let slope = st
                .slope_pct
                .map(|(a, b)| format!(" {}", slope_text(a, b)))
                .unwrap_or_default();
            t.push_str(&format!(
                "- {}{amount}{}{slope}: {}\n",
                st.label,
                st.pace_text(),
                st.note
            ));
        }
        if let Some(c) = &self.cooldown {
            let line = t!("session-cooldown", minutes = minutes(c).to_string());
            t.push_str(&format!("{line}\n"));
        }
        if let Some(l) = &self.location {
            t.push_str(&format!("{}\n", t!("session-where", place = l.as_str())));
        }
        t.push_str(&t!("session-technique"));
        t.push(' ');
        t.push_str(&self.cues.join(" "));
        t
    }
}

/// "on a -3 to -5 % slope", in this thread's language.
pub(crate) fn slope_text(from_pct: f64, to_pct: f64) -> String {
    t!(
        "session-slope",
        from = format!("{from_pct:.0}"),
        to = format!("{to_pct:.0}")
    )
}

/// One week of the block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Week {
    /// Week number, from 1.
    pub index: u32,
    /// First day of the week.
    pub start: Date,
    /// What the week is for (saved as its label, e.g. "Downhill strides (recovery week)").
    pub phase: WeekPhase,
    /// A recovery week (every 4th): the previous week's workout at its easiest.
    pub recovery: bool,
    /// The week overlaps the last 10 days before the race.
    pub taper: bool,
    /// The week's sessions, in date order.
    pub sessions: Vec<Session>,
    /// Sum of the sessions' load (heuristic, see [`Session::load`]).
    pub load: f64,
}

/// A runner's change to one session (from the sliders).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SessionOverride {
    /// The [`Session::id`] it changes.
    pub id: String,
    /// Repetitions of the main set (sets for strength), kept inside the workout's range.
    pub reps: Option<u32>,
    /// Length of each stride or repeat, metres, kept inside the workout's range.
    pub length_m: Option<f64>,
    /// Downhill slope, percent: the session asks for it +- 0.5 %, inside the workout's range.
    pub slope_pct: Option<f64>,
    /// Length of the form jog, minutes, kept inside the workout's range.
    pub minutes: Option<f64>,
}

/// The whole block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingBlock {
    /// Race day (the last week ends the day before).
    pub race_date: Date,
    /// First day of the block: race day minus the block's weeks.
    pub start: Date,
    /// The settings it was built from.
    pub settings: BlockSettings,
    /// Target paces, from the race plan's flat goal pace.
    pub paces: Paces,
    /// The weeks, in order.
    pub weeks: Vec<Week>,
    /// What the race-specific sessions copy (e.g. "Luong Son Pass: 2.4 km at -2.4 %").
    pub race_specific_from: Option<String>,
    /// How session load is computed ([`LOAD_METHOD`](super::workouts::LOAD_METHOD)).
    pub load_method: String,
    /// The starting level chosen from the runner's own recent runs (None without them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_level: Option<super::start::StartLevel>,
}

impl TrainingBlock {
    /// All sessions in date order.
    pub fn sessions(&self) -> impl Iterator<Item = &Session> {
        self.weeks.iter().flat_map(|w| w.sessions.iter())
    }
    /// A session by id.
    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions().find(|s| s.id == id)
    }
}

/// What the block needs from the race plan and the course.
#[derive(Debug, Clone, Default)]
pub struct RaceContext<'a> {
    /// The race plan's flat goal pace, s/km: the target paces follow from it.
    pub flat_pace_s_per_km: f64,
    /// The course's descents: race-specific sessions copy the one with the largest score.
    pub descents: &'a [Descent],
    /// Planned pace on each descent (same order), s/km.
    pub descent_paces: Vec<f64>,
    /// Spots on the runner's training ground, from [`find_hills`](super::find_hills).
    pub spots: Vec<HillSpot>,
    /// Name of the training ground, for the sessions' "Where" (None: "your training ground").
    pub ground_name: Option<String>,
}

impl<'a> RaceContext<'a> {
    /// The context of a race plan: its flat pace and each descent's planned pace.
    pub fn from_plan(plan: &crate::plan::RacePlan, descents: &'a [Descent]) -> RaceContext<'a> {
        RaceContext {
            flat_pace_s_per_km: plan.flat_pace_s_per_km,
            descents,
            descent_paces: plan
                .descent_strategy
                .iter()
                .map(|d| d.planned_pace_s_per_km)
                .collect(),
            spots: Vec::new(),
            ground_name: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn week_phases_read_back_from_their_labels() {
        let mut phases = vec![WeekPhase::Taper];
        for kind in WorkoutKind::ALL {
            phases.push(WeekPhase::Build(kind));
            phases.push(WeekPhase::Recovery(kind));
        }
        for phase in phases {
            assert_eq!(phase.to_string().parse::<WeekPhase>(), Ok(phase));
        }
        assert_eq!(
            WeekPhase::Recovery(WorkoutKind::Strides).to_string(),
            "Downhill strides (recovery week)"
        );
        assert!("Downhill strides (rest week)".parse::<WeekPhase>().is_err());
        assert!(serde_json::from_str::<WeekPhase>("\"taper\"").is_err());
    }
}
