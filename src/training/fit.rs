//! Garmin FIT workout files (FIT protocol 2.0): file_id + workout + workout_step messages,
//! written with the shared encoder in [`crate::fit`]. Steps carry duration (time, distance,
//! open, repeat), a speed target from the pace range, intensity, and notes; the slope
//! ("on a -3 to -5 % slope"), which no workout format can express, goes in the notes.

use super::{Session, Step, StepKind, WorkoutKind};
use crate::fit::base::{ENUM, STRING, UINT16};
use crate::fit::{Writer, fingerprint};
use crate::t;

const NAME_LEN: usize = 40;
const NOTES_LEN: usize = 160;

/// One workout step as FIT values.
struct FitStep {
    name: String,
    duration_type: u8,
    duration_value: u32,
    target_type: u8,
    target_value: u32,
    low: u32,
    high: u32,
    intensity: u8,
    notes: String,
}

fn step_of(s: &Step) -> FitStep {
    let (duration_type, duration_value) = match (s.distance_m, s.duration_s, s.repetitions) {
        (Some(d), _, _) => (1, (d * 100.0).round() as u32), // distance, cm
        (None, Some(t), _) => (0, (t * 1000.0).round() as u32), // time, ms
        (None, None, Some(r)) => (29, r),                   // repetitions
        (None, None, None) => (5, 0),                       // open (press lap)
    };
    let (target_type, low, high) = match s.pace_s_per_km {
        // Speed target, mm/s: the slow end of the pace range is the low speed.
        Some((fast, slow)) => (
            0,
            (1_000_000.0 / slow).round() as u32,
            (1_000_000.0 / fast).round() as u32,
        ),
        None => (2, 0, 0), // open
    };
    let intensity = match s.kind {
        StepKind::Warmup => 2,
        StepKind::Cooldown => 3,
        StepKind::Recovery => 4,
        StepKind::Active | StepKind::Exercise => 0,
    };
    let slope = s
        .slope_pct
        .map(|(a, b)| {
            let slope = t!(
                "fit-slope",
                from = format!("{a:.0}"),
                to = format!("{b:.0}")
            );
            format!("{slope} ")
        })
        .unwrap_or_default();
    FitStep {
        name: s.label.clone(),
        duration_type,
        duration_value,
        target_type,
        target_value: 0,
        low,
        high,
        intensity,
        notes: format!("{slope}{}", s.note),
    }
}

/// Encodes a session as a FIT workout file. `created_unix_s` stamps file_id.time_created.
pub fn encode(session: &Session, created_unix_s: i64) -> Vec<u8> {
    let steps = fit_steps(session);
    let mut w = Writer::new();
    file_id(&mut w, session, created_unix_s);
    workout(&mut w, session, steps.len());
    workout_steps(&mut w, &steps);
    w.finish()
}

/// Warm-up, the main set, a repeat step when there are several reps, cool-down.
fn fit_steps(session: &Session) -> Vec<FitStep> {
    let mut steps: Vec<FitStep> = Vec::new();
    if let Some(w) = &session.warmup {
        steps.push(step_of(w));
    }
    let first_main = steps.len() as u32;
    for s in &session.main {
        steps.push(step_of(s));
    }
    if session.reps > 1 {
        steps.push(FitStep {
            name: t!("fit-repeat", reps = session.reps.to_string()),
            duration_type: 6, // repeat until steps complete
            duration_value: first_main,
            target_type: 2,
            target_value: session.reps,
            low: 0,
            high: 0,
            intensity: 0,
            notes: String::new(),
        });
    }
    if let Some(c) = &session.cooldown {
        steps.push(step_of(c));
    }
    steps
}

/// The file_id message: a workout file, stamped with the session's fingerprint and time.
fn file_id(w: &mut Writer, session: &Session, created_unix_s: i64) {
    w.file_id(5, fingerprint(&session.id), created_unix_s); // 5: workout
}

/// The workout message: sport, number of steps, name.
fn workout(w: &mut Writer, session: &Session, step_count: usize) {
    w.definition(
        1,
        26,
        &[(4, 1, ENUM), (6, 2, UINT16), (8, NAME_LEN as u8, STRING)],
    );
    w.message(1).u8(1).u16(step_count as u16); // sport: running
    let name = if session.kind == WorkoutKind::Strength {
        session.title.clone()
    } else {
        format!("DH {}", session.title)
    };
    w.string(&name, NAME_LEN);
}

/// One workout_step message per step.
fn workout_steps(w: &mut Writer, steps: &[FitStep]) {
    w.workout_step_definition(2, NAME_LEN as u8, NOTES_LEN as u8);
    for (i, s) in steps.iter().enumerate() {
        w.message(2)
            .u16(i as u16)
            .string(&s.name, NAME_LEN)
            .u8(s.duration_type)
            .u32(s.duration_value)
            .u8(s.target_type)
            .u32(s.target_value)
            .u32(s.low)
            .u32(s.high)
            .u8(s.intensity)
            .string(&s.notes, NOTES_LEN);
    }
}

/// File name for a session's FIT file.
pub fn file_name(session: &Session) -> String {
    let kind = match session.kind {
        WorkoutKind::FormJog => "form-jog",
        WorkoutKind::Strides => "strides",
        WorkoutKind::Repeats => "repeats",
        WorkoutKind::RaceSpecific => "race-specific",
        WorkoutKind::Strength => "strength",
    };
    format!("{}-{kind}.fit", session.date)
}
