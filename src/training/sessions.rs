//! The session maker: one session from the workout table, the block's paces and the race
//! descent the race-specific sessions copy, with the runner's change applied; one small
//! function per workout kind makes the main set.

use super::Date;
use super::model::{
    Experience, Paces, RaceContext, Session, SessionOverride, Step, StepKind, WorkoutKind,
};
use super::workouts::{
    NEW_RUNNER_MAX_REPS, NEW_RUNNER_REPEAT_LENGTH_M, Ranges, STRENGTH_LOAD_PER_SET,
};
use crate::t;

/// The race descent the race-specific sessions copy.
#[derive(Debug, Clone, Default)]
pub(crate) struct RaceTarget {
    /// Length of each race-pace descent, metres, (min, max).
    pub length_m: (f64, f64),
    /// Downhill slope, percent, (gentlest, steepest).
    pub slope_pct: (f64, f64),
    /// The descent's planned pace +- 5 s/km, (fast, slow) (None: no plan pace for it).
    pub pace: Option<(f64, f64)>,
    /// "name: 2.4 km at -2.4 %" (None: the course has no descent).
    pub describe: Option<String>,
}

impl RaceTarget {
    /// The descent with the largest score (length x grade) is the one to prepare for.
    pub fn of(ctx: &RaceContext<'_>) -> RaceTarget {
        let best = ctx
            .descents
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.score.total_cmp(&b.1.score));
        let Some((i, d)) = best else {
            return RaceTarget {
                length_m: (300.0, 400.0),
                slope_pct: (4.0, 6.0),
                pace: None,
                describe: None,
            };
        };
        let g = -d.avg_grade_pct;
        let rep = (d.length_m() * 0.45).clamp(250.0, 400.0);
        let lo = (rep - 100.0).max(200.0);
        RaceTarget {
            length_m: (round50(lo), round50(rep)),
            slope_pct: ((g - 1.0).clamp(3.0, 5.0), (g + 1.0).clamp(4.0, 6.0)),
            pace: ctx.descent_paces.get(i).map(|p| (p - 5.0, p + 5.0)),
            describe: Some(crate::t!(
                "race-target-describe",
                name = d.name.as_str(),
                km = crate::format::num(d.length_m() / 1000.0, 1),
                grade = crate::format::num(d.avg_grade_pct, 1)
            )),
        }
    }
}

/// What every session of a block shares.
pub(crate) struct SessionMaker<'a> {
    /// How used to downhill running the runner is.
    pub experience: Experience,
    /// The block's target paces.
    pub paces: &'a Paces,
    /// The race descent the race-specific sessions copy.
    pub target: &'a RaceTarget,
    /// The race plan's paces and descents, and the training ground (its spots and name).
    pub race: &'a RaceContext<'a>,
    /// The runner's changes to single sessions.
    pub overrides: &'a [SessionOverride],
}

/// One session to make: which workout, when, and how far along its phase (0 to 1).
pub(crate) struct SessionSlot {
    /// Week of the block, from 1.
    pub week: u32,
    /// Day of the session.
    pub date: Date,
    /// Which workout.
    pub kind: WorkoutKind,
    /// How far along its phase, 0 (easiest) to 1 (hardest).
    pub progress: f64,
}

/// What a workout function gets: the slot's workout at its dose, and the runner's changes.
struct Dose<'a> {
    kind: WorkoutKind,
    ranges: Ranges,
    progress: f64,
    /// Reps after the runner's change, inside the ranges.
    reps: u32,
    over: Option<&'a SessionOverride>,
    experience: Experience,
    paces: &'a Paces,
    target: &'a RaceTarget,
}

impl Dose<'_> {
    /// The slope window: the runner's slope +- 0.5 % (inside the ranges), else `auto`.
    fn slope(&self, auto: (f64, f64)) -> (f64, f64) {
        let r = self.ranges.slope_pct;
        match self.over.and_then(|o| o.slope_pct) {
            Some(s) => {
                let s = s.clamp(r.0, r.1);
                ((s - 0.5).max(r.0), (s + 0.5).min(r.1))
            }
            None => auto,
        }
    }
    /// The rep length: the runner's, else `auto`, inside the ranges.
    fn length_m(&self, auto: f64) -> f64 {
        let r = self.ranges.length_m;
        self.over
            .and_then(|o| o.length_m)
            .unwrap_or(auto)
            .clamp(r.0, r.1)
    }
}

/// The main set of a session, as a workout function makes it.
struct MainSet {
    title: String,
    steps: Vec<Step>,
    /// Metres run downhill at effort.
    downhill_m: f64,
    /// Middle of the slope window, percent (0 for strength).
    slope_mid_pct: f64,
}

impl SessionMaker<'_> {
    /// The session of a slot, with the runner's change to it (by id) applied.
    pub fn session(&self, slot: &SessionSlot) -> Session {
        let id = format!("w{}-{}", slot.week, slot.date);
        let over = self.overrides.iter().find(|o| o.id == id);
        let workout = slot.kind.workout();
        let r = workout.ranges;
        let rep_cap = if self.experience == Experience::New {
            NEW_RUNNER_MAX_REPS
        } else {
            6
        };
        let reps_auto = (lerp(
            f64::from(r.reps.0),
            f64::from(rep_cap.min(r.reps.1)),
            slot.progress,
        ))
        .round() as u32;
        let dose = Dose {
            kind: slot.kind,
            ranges: r,
            progress: slot.progress,
            reps: over
                .and_then(|o| o.reps)
                .unwrap_or(reps_auto)
                .clamp(r.reps.0, r.reps.1),
            over,
            experience: self.experience,
            paces: self.paces,
            target: self.target,
        };
        let set = match slot.kind {
            WorkoutKind::FormJog => form_jog(&dose),
            WorkoutKind::Strides => strides(&dose),
            WorkoutKind::Repeats | WorkoutKind::RaceSpecific => repeats(&dose),
            WorkoutKind::Strength => strength(&dose),
        };
        self.assemble(id, slot, &dose, set)
    }

    /// Wraps a main set in its warm-up and cool-down, and adds load, time and place.
    fn assemble(&self, id: String, slot: &SessionSlot, dose: &Dose<'_>, set: MainSet) -> Session {
        let workout = slot.kind.workout();
        let load = if slot.kind == WorkoutKind::Strength {
            STRENGTH_LOAD_PER_SET * f64::from(dose.reps)
        } else {
            set.downhill_m * workout.intensity * set.slope_mid_pct / 4.0
        };
        let reps = if slot.kind == WorkoutKind::FormJog {
            1
        } else {
            dose.reps
        };
        let main_s: f64 = set
            .steps
            .iter()
            .map(|s| s.duration_s.unwrap_or_else(|| estimate_s(s)))
            .sum::<f64>()
            * f64::from(reps);
        let cooldown_s = workout.cooldown_s;
        // Race-specific sessions go where the repeats go, else wherever fits.
        let place_kind = match slot.kind {
            WorkoutKind::RaceSpecific => WorkoutKind::Repeats,
            k => k,
        };
        Session {
            id,
            date: slot.date,
            week: slot.week,
            kind: slot.kind,
            title: set.title,
            warmup: Some(easy_step(
                StepKind::Warmup,
                &t!("step-warmup"),
                workout.warmup_s,
                self.paces,
                &t!("step-warmup-note"),
            )),
            reps,
            main: set.steps,
            cooldown: (cooldown_s > 0.0).then(|| {
                easy_step(
                    StepKind::Cooldown,
                    &t!("step-cooldown"),
                    cooldown_s,
                    self.paces,
                    &t!("step-cooldown-note"),
                )
            }),
            cues: workout.cues.iter().map(ToString::to_string).collect(),
            location: self
                .location(place_kind)
                .or_else(|| self.location(slot.kind)),
            downhill_m: set.downhill_m,
            load,
            duration_s: workout.warmup_s + main_s + cooldown_s,
        }
    }

    /// Where on the training ground to run a workout, when a spot suits it.
    fn location(&self, kind: WorkoutKind) -> Option<String> {
        let fallback = t!("ground-yours");
        let name = self.race.ground_name.as_deref().unwrap_or(&fallback);
        self.race
            .spots
            .iter()
            .find(|s| s.kind == kind)
            .map(|s| s.describe(name))
    }
}

/// Easy running on the flat before or after the main set.
fn easy_step(kind: StepKind, label: &str, duration_s: f64, paces: &Paces, note: &str) -> Step {
    Step {
        kind,
        label: label.into(),
        duration_s: Some(duration_s),
        distance_m: None,
        pace_s_per_km: Some(paces.easy),
        slope_pct: None,
        note: note.into(),
        sets: None,
        repetitions: None,
        open: false,
    }
}

/// A step without pace or slope: walking back up, resting, or an exercise.
fn plain_step(kind: StepKind, label: &str, duration_s: Option<f64>, note: &str) -> Step {
    Step {
        kind,
        label: label.into(),
        duration_s,
        distance_m: None,
        pace_s_per_km: None,
        slope_pct: None,
        note: note.into(),
        sets: None,
        repetitions: None,
        open: false,
    }
}

/// 10-15 min very light on a gentle slope: posture only.
fn form_jog(d: &Dose<'_>) -> MainSet {
    let r = d.ranges;
    let minutes = d
        .over
        .and_then(|o| o.minutes)
        .unwrap_or(lerp(r.minutes.0, r.minutes.1, d.progress).round())
        .clamp(r.minutes.0, r.minutes.1);
    let slope = d.slope(r.slope_pct);
    let step = Step {
        kind: StepKind::Active,
        label: t!("step-form-jog"),
        duration_s: Some(minutes * 60.0),
        distance_m: None,
        pace_s_per_km: Some(d.paces.recovery),
        slope_pct: Some(slope),
        note: t!(
            "step-form-jog-note",
            from = format!("{:.0}", slope.0),
            to = format!("{:.0}", slope.1)
        ),
        ..Step::running()
    };
    MainSet {
        title: t!(
            "title-minutes",
            workout = d.kind.label(),
            minutes = format!("{minutes:.0}")
        ),
        steps: vec![step],
        // About half of it is downhill.
        downhill_m: minutes * 60.0 / (d.paces.recovery.1 / 1000.0) / 2.0,
        slope_mid_pct: (slope.0 + slope.1) / 2.0,
    }
}

/// Short quick strides near 5 km effort, walking back up between them.
fn strides(d: &Dose<'_>) -> MainSet {
    let r = d.ranges;
    let len = d.length_m(round10(lerp(r.length_m.0, r.length_m.1, d.progress)));
    let slope = d.slope(r.slope_pct);
    let stride = Step {
        kind: StepKind::Active,
        label: t!("step-stride"),
        duration_s: None,
        distance_m: Some(len),
        pace_s_per_km: Some(d.paces.five_k),
        slope_pct: Some(slope),
        note: t!(
            "step-stride-note",
            from = format!("{:.0}", slope.0),
            to = format!("{:.0}", slope.1)
        ),
        ..Step::running()
    };
    let back = plain_step(
        StepKind::Recovery,
        &t!("step-walk-back"),
        Some(90.0),
        &t!("step-walk-back-note"),
    );
    hill_set(d, len, slope, stride, back)
}

/// Controlled repeats at 10 km to half-marathon effort, or (race-specific) the race descent
/// at its planned pace.
fn repeats(d: &Dose<'_>) -> MainSet {
    let r = d.ranges;
    let race = d.kind == WorkoutKind::RaceSpecific;
    let (l0, l1) = if race {
        d.target.length_m
    } else if d.experience == Experience::New {
        NEW_RUNNER_REPEAT_LENGTH_M
    } else {
        r.length_m
    };
    let len = d.length_m(round50(lerp(l0, l1, d.progress)));
    let slope = d.slope(if race {
        d.target.slope_pct
    } else {
        r.slope_pct
    });
    let (label, pace, note) = if race {
        (
            t!("step-race-descent"),
            d.target.pace.unwrap_or(d.paces.ten_k_to_half),
            t!(
                "step-race-descent-note",
                from = format!("{:.0}", slope.0),
                to = format!("{:.0}", slope.1)
            ),
        )
    } else {
        (
            t!("step-repeat"),
            d.paces.ten_k_to_half,
            t!(
                "step-repeat-note",
                from = format!("{:.0}", slope.0),
                to = format!("{:.0}", slope.1)
            ),
        )
    };
    let rep = Step {
        kind: StepKind::Active,
        label,
        duration_s: None,
        distance_m: Some(len),
        pace_s_per_km: Some(pace),
        slope_pct: Some(slope),
        note,
        ..Step::running()
    };
    let back = plain_step(
        StepKind::Recovery,
        &t!("step-jog-back"),
        Some(len / 1000.0 * d.paces.recovery.1 * 1.3),
        &t!("step-jog-back-note"),
    );
    hill_set(d, len, slope, rep, back)
}

/// A downhill set of `d.reps` x (`effort` over `len` metres on `slope`, then `back`).
fn hill_set(d: &Dose<'_>, len: f64, slope: (f64, f64), effort: Step, back: Step) -> MainSet {
    let reps = d.reps;
    MainSet {
        title: t!(
            "title-reps",
            workout = d.kind.label(),
            reps = reps.to_string(),
            metres = format!("{len:.0}")
        ),
        steps: vec![effort, back],
        downhill_m: f64::from(reps) * len,
        slope_mid_pct: (slope.0 + slope.1) / 2.0,
    }
}

/// Sets of planks, squats and box jumps.
fn strength(d: &Dose<'_>) -> MainSet {
    let sets = d.reps;
    let ex = |label: &str, reps: Option<u32>, hold_s: Option<f64>, note: &str| Step {
        sets: Some(sets),
        repetitions: reps,
        ..plain_step(StepKind::Exercise, label, hold_s, note)
    };
    let steps = vec![
        ex(&t!("step-plank"), None, Some(60.0), &t!("step-plank-note")),
        ex(&t!("step-squats"), Some(12), None, &t!("step-squats-note")),
        ex(
            &t!("step-box-jumps"),
            Some(8),
            None,
            &t!("step-box-jumps-note"),
        ),
        plain_step(
            StepKind::Recovery,
            &t!("step-rest"),
            Some(60.0),
            &t!("step-rest-note"),
        ),
    ];
    MainSet {
        title: t!(
            "title-sets",
            workout = d.kind.label(),
            sets = d.reps.to_string()
        ),
        steps,
        downhill_m: 0.0,
        slope_mid_pct: 0.0,
    }
}

fn lerp(a: f64, b: f64, t: f64) -> f64 {
    a + (b - a) * t.clamp(0.0, 1.0)
}

fn round10(v: f64) -> f64 {
    (v / 10.0).round() * 10.0
}

fn round50(v: f64) -> f64 {
    (v / 50.0).round() * 50.0
}

/// Time of a step without a duration (distance at the middle of its pace range; exercises 60 s).
fn estimate_s(s: &Step) -> f64 {
    match (s.distance_m, s.pace_s_per_km) {
        (Some(d), Some((a, b))) => d / 1000.0 * (a + b) / 2.0,
        _ => 60.0,
    }
}
