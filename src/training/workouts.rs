//! The workout library: one table of the article's ranges, load intensity, technique cues
//! and warm-up/cool-down per workout ([`WORKOUTS`]). The session maker (`sessions`) and the
//! hill finder read it; nothing else writes a range or a cue.

use super::model::WorkoutKind;
use crate::plan::strategy::TechniqueCue;
use crate::t;

/// Allowed ranges of a workout.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranges {
    /// Repetitions of the main set (sets for strength), (min, max).
    pub reps: (u32, u32),
    /// Length of each stride or repeat, metres, (min, max) ((0, 0): not run by distance).
    pub length_m: (f64, f64),
    /// Downhill slope, percent (3, 5 means "on a -3 to -5 % slope").
    pub slope_pct: (f64, f64),
    /// Length of the form jog, minutes, (min, max) ((0, 0): not run by time).
    pub minutes: (f64, f64),
}

/// One row of the workout table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Workout {
    /// The workout this row describes.
    pub kind: WorkoutKind,
    /// The article's ranges (science notes section 1); the block never leaves them.
    pub ranges: Ranges,
    /// Load per downhill metre on a 4 % slope (see [`LOAD_METHOD`]).
    pub intensity: f64,
    /// Technique cues, in the order they are shown.
    pub cues: &'static [WorkoutCue],
    /// Easy running before the main set, seconds.
    pub warmup_s: f64,
    /// Easy running after the main set, seconds (0: none).
    pub cooldown_s: f64,
    /// Length of the stretch the hill finder looks for on a training ground (None: not
    /// searched; race-specific sessions use the repeats' spots).
    pub hill_length_m: Option<f64>,
}

/// A technique cue of a workout: the article's (USATF material via VnExpress), or one of a
/// workout's own. `Display` gives its sentence in this thread's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkoutCue {
    /// One of the article's downhill technique cues.
    Technique(TechniqueCue),
    /// Strides: light and fast.
    QuickFeet,
    /// Repeats: in control the whole way.
    InControl,
    /// Race-specific: rehearse the race descent.
    Rehearse,
    /// Strength: why it matters.
    StrongLegs,
}

impl std::fmt::Display for WorkoutCue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            WorkoutCue::Technique(cue) => return cue.fmt(f),
            WorkoutCue::QuickFeet => t!("cue-quick-feet"),
            WorkoutCue::InControl => t!("cue-in-control"),
            WorkoutCue::Rehearse => t!("cue-rehearse"),
            WorkoutCue::StrongLegs => t!("cue-strong-legs"),
        };
        f.write_str(&text)
    }
}

const LEAN: WorkoutCue = WorkoutCue::Technique(TechniqueCue::Lean);
const CADENCE: WorkoutCue = WorkoutCue::Technique(TechniqueCue::Cadence);
const RELAXED: WorkoutCue = WorkoutCue::Technique(TechniqueCue::Relaxed);
const QUICK_FEET: WorkoutCue = WorkoutCue::QuickFeet;
const IN_CONTROL: WorkoutCue = WorkoutCue::InControl;
const REHEARSE: WorkoutCue = WorkoutCue::Rehearse;
const STRONG_LEGS: WorkoutCue = WorkoutCue::StrongLegs;

const NONE: (f64, f64) = (0.0, 0.0);

/// Controlled repeats and race-specific descents share the article's ranges.
const REPEAT_RANGES: Ranges = Ranges {
    reps: (4, 6),
    length_m: (200.0, 400.0),
    slope_pct: (3.0, 6.0),
    minutes: NONE,
};

/// The workout table, in [`WorkoutKind::ALL`] order: the only place the article's ranges
/// and the technique cues are written.
pub static WORKOUTS: [Workout; 5] = [
    Workout {
        kind: WorkoutKind::FormJog,
        ranges: Ranges {
            reps: (1, 1),
            length_m: NONE,
            slope_pct: (2.0, 4.0),
            minutes: (10.0, 15.0),
        },
        intensity: 0.5,
        cues: &[LEAN, CADENCE, RELAXED],
        warmup_s: 900.0,
        cooldown_s: 600.0,
        hill_length_m: Some(300.0),
    },
    Workout {
        kind: WorkoutKind::Strides,
        ranges: Ranges {
            reps: (4, 6),
            length_m: (80.0, 100.0),
            slope_pct: (3.0, 5.0),
            minutes: NONE,
        },
        intensity: 1.0,
        cues: &[LEAN, CADENCE, RELAXED, QUICK_FEET],
        warmup_s: 900.0,
        cooldown_s: 600.0,
        hill_length_m: Some(100.0),
    },
    Workout {
        kind: WorkoutKind::Repeats,
        ranges: REPEAT_RANGES,
        intensity: 1.2,
        cues: &[LEAN, CADENCE, RELAXED, IN_CONTROL],
        warmup_s: 900.0,
        cooldown_s: 600.0,
        hill_length_m: Some(300.0),
    },
    Workout {
        kind: WorkoutKind::RaceSpecific,
        ranges: REPEAT_RANGES,
        intensity: 1.3,
        cues: &[LEAN, CADENCE, RELAXED, IN_CONTROL, REHEARSE],
        warmup_s: 900.0,
        cooldown_s: 600.0,
        hill_length_m: None,
    },
    Workout {
        kind: WorkoutKind::Strength,
        ranges: Ranges {
            reps: (2, 4),
            length_m: NONE,
            slope_pct: NONE,
            minutes: NONE,
        },
        intensity: 0.0,
        cues: &[STRONG_LEGS],
        warmup_s: 300.0,
        cooldown_s: 0.0,
        hill_length_m: None,
    },
];

/// Load of one strength set (strength has no downhill metres).
pub(crate) const STRENGTH_LOAD_PER_SET: f64 = 20.0;

/// How session load is computed (stated in the JSON; the numbers are [`WORKOUTS`]' intensities).
pub const LOAD_METHOD: &str = "heuristic: downhill metres at effort x intensity \
     (form 0.5, strides 1.0, repeats 1.2, race-specific 1.3) x slope / 4 %; strength 20 per set";

/// New runners stop at 5 reps and at 300 m repeats.
pub(crate) const NEW_RUNNER_MAX_REPS: u32 = 5;
/// Length of a new runner's controlled repeats, metres, (min, max).
pub(crate) const NEW_RUNNER_REPEAT_LENGTH_M: (f64, f64) = (200.0, 300.0);

impl WorkoutKind {
    /// This workout's row of [`WORKOUTS`].
    pub fn workout(self) -> &'static Workout {
        &WORKOUTS[self as usize]
    }
    /// Article ranges: (reps, rep length m, slope % downhill).
    pub fn ranges(self) -> Ranges {
        self.workout().ranges
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_kind_order() {
        for (row, kind) in WORKOUTS.iter().zip(WorkoutKind::ALL) {
            assert_eq!(row.kind, kind);
            assert_eq!(kind.workout().kind, kind);
        }
    }

    #[test]
    fn load_method_states_the_table_intensities() {
        for (name, kind) in [
            ("form", WorkoutKind::FormJog),
            ("strides", WorkoutKind::Strides),
            ("repeats", WorkoutKind::Repeats),
            ("race-specific", WorkoutKind::RaceSpecific),
        ] {
            let said = format!("{name} {:.1}", kind.workout().intensity);
            assert!(LOAD_METHOD.contains(&said), "{said}");
        }
        assert!(LOAD_METHOD.contains(&format!("strength {STRENGTH_LOAD_PER_SET:.0} per set")));
    }
}
