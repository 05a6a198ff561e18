//! The race workout (FIT workout, file type 5): one step per official km marker, and
//! separate steps for each descent and its run-out (the first 400 m after the foot, where
//! legs still carry the descent's speed). A step ending at a km marker advances when the
//! runner presses lap there (`open`); one ending at a descent's start or foot advances by
//! distance, lengthened by the watch's over-read. Every step has a speed target: wide on the
//! slow side (targets that nag all the time get switched off) and, on descents, capped at
//! the planned pace on the fast side. Speeds are scaled by the over-read too, since the
//! watch measures speed with the same long distance.

use serde::{Deserialize, Serialize};

use super::RaceDay;
use crate::document::PlanDocument;
use crate::fit::Writer;
use crate::fit::base::{ENUM, STRING, UINT16};
use crate::format::{self, ascii_fold};
use crate::plan::Timeline;
use crate::plan::report::DescentStrategy;
use crate::t;

/// The run-out after a descent's foot.
pub const RUN_OUT_M: f64 = 400.0;
/// A boundary this close to a previous one is dropped (no step shorter than this).
const MIN_STEP_M: f64 = 50.0;
/// Target range around the planned pace (fast side, slow side) as pace factors.
const FLAT_RANGE: (f64, f64) = (0.97, 1.10);
/// On a descent the fast side is the planned pace itself: the cap.
const DESCENT_RANGE: (f64, f64) = (1.0, 1.20);
const RUN_OUT_RANGE: (f64, f64) = (0.97, 1.15);
const NAME_LEN: usize = 32;
const NOTES_LEN: usize = 160;

/// How the steps advance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Advance {
    /// Press lap at each official km marker; descent steps go by distance.
    #[default]
    Lap,
    /// Every step by distance (scaled by the over-read).
    Distance,
}

/// What a step covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// Flat and rolling km (or several merged).
    Flat,
    /// A descent, from its crest to its foot.
    Descent,
    /// The run-out after a descent.
    RunOut,
}

/// One step of the race workout.
#[derive(Debug, Clone, PartialEq)]
pub struct RaceStep {
    /// Step name ("km 24 Luong Son"), ASCII.
    pub name: String,
    /// What it covers.
    pub kind: StepKind,
    /// Where it starts (course distance).
    pub from_m: f64,
    /// Where it ends.
    pub to_m: f64,
    /// Planned pace over the step, s/km.
    pub planned_pace_s_per_km: f64,
    /// Fastest pace the target allows (the cap on descents), s/km of course distance.
    pub fast_pace_s_per_km: f64,
    /// Slowest pace the target allows, s/km of course distance.
    pub slow_pace_s_per_km: f64,
    /// Watch distance to run when the step advances by distance; None = press lap.
    pub watch_distance_m: Option<f64>,
    /// The cue for the step (technique cue on descents).
    pub notes: String,
}

impl RaceStep {
    /// The target as the watch measures speed: (low, high) in m/s, over-read included.
    pub fn watch_speed_range(&self, over_read: f64) -> (f64, f64) {
        let speed = |pace: f64| 1000.0 / pace * (1.0 + over_read);
        (
            speed(self.slow_pace_s_per_km),
            speed(self.fast_pace_s_per_km),
        )
    }
}

/// The steps of the race workout.
pub fn steps(
    doc: &PlanDocument,
    timeline: &Timeline,
    over_read: f64,
    settings: &super::WatchSettings,
) -> Vec<RaceStep> {
    let total = timeline.total_m();
    let strategy = &doc.plan.descent_strategy;
    let kept = boundaries(strategy, total);
    let mut out = Vec::with_capacity(kept.len());
    let mut from = 0.0;
    for (to, at_marker) in kept {
        let mid = 0.5 * (from + to);
        let descent = strategy.iter().find(|s| mid >= s.start_m && mid < s.end_m);
        let run_out = strategy
            .iter()
            .find(|s| mid >= s.end_m && mid < s.end_m + RUN_OUT_M);
        let pace = timeline.pace_between(from, to);
        let km = (from / 1000.0).floor() as u32 + 1;
        let (kind, name, range, notes) = match (descent, run_out) {
            (Some(d), _) => (
                StepKind::Descent,
                format!("km {km} {}", place(&d.name)),
                DESCENT_RANGE,
                t!(
                    "watch-step-descent",
                    pace = format::pace(pace),
                    cue = d.cues.first().map_or("", String::as_str)
                ),
            ),
            (None, Some(d)) => (
                StepKind::RunOut,
                ascii_fold(&t!("watch-step-run-out-name", km = km.to_string())),
                RUN_OUT_RANGE,
                t!(
                    "watch-step-run-out",
                    place = place(&d.name),
                    pace = format::pace(pace)
                ),
            ),
            (None, None) => (
                StepKind::Flat,
                format!("km {km}"),
                FLAT_RANGE,
                t!("watch-step-planned", pace = format::pace(pace)),
            ),
        };
        let by_lap = at_marker && settings.advance == Advance::Lap;
        out.push(RaceStep {
            name,
            kind,
            from_m: from,
            to_m: to,
            planned_pace_s_per_km: pace,
            fast_pace_s_per_km: pace * range.0,
            slow_pace_s_per_km: pace * range.1,
            watch_distance_m: (!by_lap).then_some((to - from) * (1.0 + over_read)),
            notes: ascii_fold(&notes),
        });
        from = to;
    }
    if let Some(max) = settings.max_steps {
        merge_flat(&mut out, max, timeline, over_read);
    }
    out
}

/// Where the steps end, and whether each end is an official km marker: the markers
/// (none inside a descent), each descent's crest and foot and the end of its run-out,
/// the finish; a boundary within 50 m of the previous one is merged into it (a crest or
/// foot wins over a marker).
fn boundaries(strategy: &[DescentStrategy], total: f64) -> Vec<(f64, bool)> {
    // Km markers, except inside a descent: a descent is one step, crest to foot.
    let inside = |d: f64| strategy.iter().any(|s| d > s.start_m && d < s.end_m);
    let mut bounds: Vec<(f64, bool)> = (1..)
        .map(|k| f64::from(k) * 1000.0)
        .take_while(|d| *d < total - MIN_STEP_M)
        .filter(|d| !inside(*d))
        .map(|d| (d, true))
        .collect();
    for s in strategy {
        bounds.extend([(s.start_m, false), (s.end_m, false)]);
        bounds.push(((s.end_m + RUN_OUT_M).min(total), false));
    }
    bounds.push((total, true));
    bounds.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Keep descent boundaries over a nearby km marker: the descent step must start at its
    // crest.
    let mut kept: Vec<(f64, bool)> = Vec::new();
    for b in bounds.into_iter().filter(|b| b.0 > MIN_STEP_M) {
        match kept.last_mut() {
            Some(last) if b.0 - last.0 < MIN_STEP_M => {
                if !b.1 || b.0 >= total - 1e-6 {
                    *last = b;
                }
            }
            _ => kept.push(b),
        }
    }
    kept
}

/// Merges neighbouring flat steps (the shortest pair first) until there are at most `max`
/// steps or no two flat steps are neighbours.
fn merge_flat(steps: &mut Vec<RaceStep>, max: usize, timeline: &Timeline, over_read: f64) {
    while steps.len() > max {
        let pair = (1..steps.len())
            .filter(|&i| steps[i - 1].kind == StepKind::Flat && steps[i].kind == StepKind::Flat)
            .min_by(|&i, &j| {
                let len = |k: usize| steps[k].to_m - steps[k - 1].from_m;
                len(i).total_cmp(&len(j))
            });
        let Some(i) = pair else {
            return;
        };
        let next = steps.remove(i);
        let s = &mut steps[i - 1];
        s.to_m = next.to_m;
        let pace = timeline.pace_between(s.from_m, s.to_m);
        let (first_km, last_km) = ((s.from_m / 1000.0).floor() as u32 + 1, next.to_m / 1000.0);
        s.name = format!("km {first_km}-{:.0}", last_km.ceil());
        s.planned_pace_s_per_km = pace;
        s.fast_pace_s_per_km = pace * FLAT_RANGE.0;
        s.slow_pace_s_per_km = pace * FLAT_RANGE.1;
        s.watch_distance_m = next
            .watch_distance_m
            .map(|_| (s.to_m - s.from_m) * (1.0 + over_read));
        s.notes = ascii_fold(&t!("watch-step-planned", pace = format::pace(pace)));
    }
}

/// A descent's name as a place, in ASCII, without its bracketed note.
fn place(name: &str) -> String {
    ascii_fold(name.split(" (").next().unwrap_or(name))
}

/// Encodes the race workout.
pub fn encode(day: &RaceDay) -> Vec<u8> {
    let mut w = Writer::new();
    w.file_id(5, (day.serial ^ 0x5A5A_5A5A) | 1, day.created_unix_s); // 5: workout
    w.definition(
        1,
        26,
        &[(4, 1, ENUM), (6, 2, UINT16), (8, NAME_LEN as u8, STRING)],
    );
    let name = ascii_fold(&t!("watch-workout-name", name = day.short_name.as_str()));
    w.message(1)
        .u8(1)
        .u16(day.steps.len() as u16)
        .string(&name, NAME_LEN);
    w.workout_step_definition(2, NAME_LEN as u8, NOTES_LEN as u8);
    for (i, s) in day.steps.iter().enumerate() {
        let (duration_type, duration_value) = match s.watch_distance_m {
            Some(d) => (1, (d * 100.0).round() as u32), // distance, cm
            None => (5, 0),                             // open: press lap
        };
        let (low, high) = s.watch_speed_range(day.over_read);
        w.message(2)
            .u16(i as u16)
            .string(&s.name, NAME_LEN)
            .u8(duration_type)
            .u32(duration_value)
            .u8(0) // target: speed
            .u32(0) // custom range
            .u32((low * 1000.0).round() as u32)
            .u32((high * 1000.0).round() as u32)
            .u8(0) // intensity: active
            .string(&s.notes, NOTES_LEN);
    }
    w.finish()
}
