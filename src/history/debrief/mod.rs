//! The post-race debrief: a race recording (GPX, TCX or FIT with timestamps) laid on the
//! saved plan by distance, then per km and per descent what was planned against what was
//! run, each descent flagged "rushed" when run faster than its cap, the flat after each
//! descent (did the runner fade?), heart-rate drift when the file has heart rate, the
//! watch's over-read for the next plan, and a verdict in a runner's words.
//!
//! Alignment (`align`): the recorded distance is rescaled to the course's length; the
//! residual (recorded / course - 1) is the watch's over-read. Times are the elapsed clock
//! at each course distance, so a stop costs its time where it happened and does not shift
//! what follows. Files: `align` (the recording and the plan on one distance axis),
//! `heart` (heart rate by time), `verdict` (the paragraph), `synth` (a recording made
//! from a timetable, for tests).

pub mod align;
pub mod heart;
pub mod synth;
pub mod verdict;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{HistoryError, read_activity};
use crate::course::RawPoint;
use crate::plan::RacePlan;
use align::{Aligned, PlannedClock};
use heart::HeartSample;

/// A descent is "rushed" when its pace was more than this much faster than its planned cap,
/// %: about 9 s/km at 5:00/km, above the timing noise of a 300 m bridge read at 1 s.
pub const RUSHED_TOLERANCE_PCT: f64 = 3.0;
/// The flat after a descent "faded" when run more than this much slower than planned, %.
pub const FADE_TOLERANCE_PCT: f64 = 3.0;
/// The flat after a descent is looked at up to this far past its foot, metres.
pub const FLAT_AFTER_M: f64 = 1000.0;
/// A flat after a descent shorter than this is not judged, metres.
pub const MIN_FLAT_AFTER_M: f64 = 200.0;
/// A course part steeper than this (either way) is not "the flat after", %.
pub const FLAT_GRADE_PCT: f64 = 3.0;
/// The recording must cover the course within this share, % (a watch reads a few % long;
/// beyond this it is another run, or the watch was stopped early).
pub const MAX_LENGTH_MISMATCH_PCT: f64 = 15.0;
/// The watch over-read setting's range, % (as `PlanSettings::watch_over_read_pct`).
pub const OVER_READ_RANGE_PCT: (f64, f64) = (0.0, 3.0);

/// Why a recording cannot be debriefed.
#[derive(Debug, thiserror::Error)]
pub enum DebriefError {
    /// The file cannot be read as an activity.
    #[error(transparent)]
    Read(#[from] HistoryError),
    /// The file has no timestamps (a course, not a recording).
    #[error(
        "{}",
        crate::t!("debrief-err-no-times", path = crate::format::printable_path(.path))
    )]
    NoTimes {
        /// The file.
        path: PathBuf,
    },
    /// The recording is far shorter or longer than the plan's course.
    #[error(
        "{}",
        crate::t!(
            "debrief-err-length",
            recorded = crate::format::num(*.recorded_km, 1),
            course = crate::format::num(*.course_km, 1)
        )
    )]
    Length {
        /// Distance the recording covers, km.
        recorded_km: f64,
        /// The course's length, km.
        course_km: f64,
    },
}

/// One km: planned against run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KmDebrief {
    /// "km 12".
    pub label: String,
    /// Where it starts and ends along the course, metres.
    pub start_m: f64,
    /// Where it ends.
    pub end_m: f64,
    /// Planned time, s.
    pub planned_s: f64,
    /// Time run, s.
    pub actual_s: f64,
    /// Actual - planned, s: positive = lost (slower than planned), negative = gained.
    pub delta_s: f64,
    /// Actual - planned elapsed at its end, s.
    pub cumulative_delta_s: f64,
    /// Planned pace, s/km.
    pub planned_pace_s_per_km: f64,
    /// Pace run, s/km of course distance.
    pub actual_pace_s_per_km: f64,
    /// Average grade, %.
    pub avg_grade_pct: f64,
    /// Mean heart rate in it, when the file has heart rate.
    pub heart_rate_bpm: Option<f64>,
}

/// The flat stretch after a descent: did the runner fade?
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlatAfter {
    /// From (the descent's foot), metres.
    pub start_m: f64,
    /// To, metres.
    pub end_m: f64,
    /// Planned pace, s/km.
    pub planned_pace_s_per_km: f64,
    /// Pace run, s/km.
    pub actual_pace_s_per_km: f64,
    /// Actual - planned, s (positive = lost).
    pub delta_s: f64,
    /// Run more than [`FADE_TOLERANCE_PCT`] slower than planned.
    pub faded: bool,
}

/// One descent: planned cap against what was run, and the flat after it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DescentDebrief {
    /// The descent's index in the plan.
    pub index: usize,
    /// Its name.
    pub name: String,
    /// Crest, metres along the course.
    pub start_m: f64,
    /// Foot.
    pub end_m: f64,
    /// Average grade, %.
    pub avg_grade_pct: f64,
    /// The planned pace: the fastest the plan allowed here, s/km.
    pub cap_pace_s_per_km: f64,
    /// Pace run, s/km.
    pub actual_pace_s_per_km: f64,
    /// Planned time, s.
    pub planned_s: f64,
    /// Time run, s.
    pub actual_s: f64,
    /// Actual - planned, s (negative = faster than planned).
    pub delta_s: f64,
    /// Actual - planned elapsed at the foot, s.
    pub cumulative_delta_s: f64,
    /// How much faster than the cap it was run, % (negative = slower than the cap).
    pub faster_than_cap_pct: f64,
    /// Run more than [`RUSHED_TOLERANCE_PCT`] faster than its cap.
    pub rushed: bool,
    /// Mean heart rate on it, when the file has heart rate.
    pub heart_rate_bpm: Option<f64>,
    /// The flat after it (None when a climb or another descent follows at once).
    pub flat_after: Option<FlatAfter>,
}

/// Heart rate against pace, first half against second half (by course distance).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeartRateDrift {
    /// Mean heart rate in the first half.
    pub first_half_bpm: f64,
    /// Mean heart rate in the second half.
    pub second_half_bpm: f64,
    /// Planned time / time run in the first half (1 = on plan, above 1 = faster).
    pub first_half_pace_ratio: f64,
    /// The same in the second half.
    pub second_half_pace_ratio: f64,
    /// Pace:HR decoupling, %: how much less pace (against the plan, which already
    /// allows for the hills) each heartbeat bought in the second half. Above 5 % is
    /// usually read as fading.
    pub decoupling_pct: f64,
}

/// The whole debrief: what the JSON debrief holds and the PDF page and app window show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Debrief {
    /// The course's name.
    pub course_name: String,
    /// The course's length, metres.
    pub course_distance_m: f64,
    /// The distance the recording itself covers, metres.
    pub recorded_distance_m: f64,
    /// The watch's over-read: recorded / course - 1, %.
    pub over_read_pct: f64,
    /// The over-read for the next plan (within the setting's 0-3 % range).
    pub next_plan_over_read_pct: f64,
    /// Unix seconds of the recording's first point.
    pub start_time_s: f64,
    /// Planned finish time, s.
    pub planned_finish_s: f64,
    /// Elapsed finish time run, s.
    pub actual_finish_s: f64,
    /// Seconds standing still (the clock running).
    pub stopped_s: f64,
    /// The tolerance of the rushed flag, %.
    pub rushed_tolerance_pct: f64,
    /// Per km.
    pub km: Vec<KmDebrief>,
    /// Per descent.
    pub descents: Vec<DescentDebrief>,
    /// Heart-rate drift, when the file has heart rate.
    pub heart_rate: Option<HeartRateDrift>,
    /// One paragraph in a runner's words.
    pub verdict: String,
}

/// Reads a race recording and debriefs it against `plan`.
pub fn debrief_file(path: &Path, plan: &RacePlan) -> Result<Debrief, DebriefError> {
    let recording = read_activity(path)?;
    // Heart rate is extra: a file whose bytes cannot be read again simply has none.
    let bytes = std::fs::read(path).unwrap_or_default();
    let heart = heart::read_heart_rate(&bytes);
    debrief(&recording.points, &heart, plan).map_err(|e| match e {
        DebriefError::NoTimes { .. } => DebriefError::NoTimes {
            path: path.to_path_buf(),
        },
        other => other,
    })
}

/// Debriefs recorded points (and heart-rate samples, possibly none) against `plan`.
pub fn debrief(
    points: &[RawPoint],
    heart: &[HeartSample],
    plan: &RacePlan,
) -> Result<Debrief, DebriefError> {
    let course_m = plan.course.distance_m;
    let aligned = align::align(points, course_m).ok_or_else(|| DebriefError::NoTimes {
        path: PathBuf::new(),
    })?;
    let ratio = aligned.recorded_m / course_m.max(1.0);
    if (ratio - 1.0).abs() * 100.0 > MAX_LENGTH_MISMATCH_PCT {
        return Err(DebriefError::Length {
            recorded_km: aligned.recorded_m / 1000.0,
            course_km: course_m / 1000.0,
        });
    }
    let planned = PlannedClock::new(plan);
    let hr = |from_m: f64, to_m: f64| {
        let t0 = aligned.start_time_s;
        heart::mean_between(
            heart,
            t0 + aligned.time_at(from_m),
            t0 + aligned.time_at(to_m),
        )
    };
    let km = km_rows(plan, &aligned, &planned, &hr);
    let descents = descent_rows(plan, &aligned, &planned, &hr);
    let over_read_pct = (ratio - 1.0) * 100.0;
    let mut d = Debrief {
        course_name: plan.course.name.clone(),
        course_distance_m: course_m,
        recorded_distance_m: aligned.recorded_m,
        over_read_pct,
        next_plan_over_read_pct: over_read_pct.clamp(OVER_READ_RANGE_PCT.0, OVER_READ_RANGE_PCT.1),
        start_time_s: aligned.start_time_s,
        planned_finish_s: planned.time_at(course_m),
        actual_finish_s: aligned.time_at(course_m),
        stopped_s: aligned.stopped_s,
        rushed_tolerance_pct: RUSHED_TOLERANCE_PCT,
        km,
        descents,
        heart_rate: drift(&aligned, &planned, course_m, &hr),
        verdict: String::new(),
    };
    d.verdict = verdict::verdict(&d);
    // DebriefDone: the lead wires the recording into the personal curve here (the same
    // points through `history::summarize`, added to the runner's history).
    Ok(d)
}

fn km_rows(
    plan: &RacePlan,
    aligned: &Aligned,
    planned: &PlannedClock,
    hr: &dyn Fn(f64, f64) -> Option<f64>,
) -> Vec<KmDebrief> {
    plan.splits_km
        .iter()
        .map(|s| {
            let len_km = ((s.end_m - s.start_m) / 1000.0).max(1e-3);
            let planned_s = planned.time_between(s.start_m, s.end_m);
            let actual_s = aligned.time_between(s.start_m, s.end_m);
            KmDebrief {
                label: s.label.clone(),
                start_m: s.start_m,
                end_m: s.end_m,
                planned_s,
                actual_s,
                delta_s: actual_s - planned_s,
                cumulative_delta_s: aligned.time_at(s.end_m) - planned.time_at(s.end_m),
                planned_pace_s_per_km: planned_s / len_km,
                actual_pace_s_per_km: actual_s / len_km,
                avg_grade_pct: s.avg_grade_pct,
                heart_rate_bpm: hr(s.start_m, s.end_m),
            }
        })
        .collect()
}

fn descent_rows(
    plan: &RacePlan,
    aligned: &Aligned,
    planned: &PlannedClock,
    hr: &dyn Fn(f64, f64) -> Option<f64>,
) -> Vec<DescentDebrief> {
    plan.descent_strategy
        .iter()
        .map(|d| {
            let len_km = ((d.end_m - d.start_m) / 1000.0).max(1e-3);
            let planned_s = planned.time_between(d.start_m, d.end_m);
            let actual_s = aligned.time_between(d.start_m, d.end_m);
            let actual_pace = actual_s / len_km;
            let faster_than_cap_pct = (1.0 - actual_pace / d.planned_pace_s_per_km) * 100.0;
            DescentDebrief {
                index: d.index,
                name: d.name.clone(),
                start_m: d.start_m,
                end_m: d.end_m,
                avg_grade_pct: d.avg_grade_pct,
                cap_pace_s_per_km: d.planned_pace_s_per_km,
                actual_pace_s_per_km: actual_pace,
                planned_s,
                actual_s,
                delta_s: actual_s - planned_s,
                cumulative_delta_s: aligned.time_at(d.end_m) - planned.time_at(d.end_m),
                faster_than_cap_pct,
                rushed: faster_than_cap_pct > RUSHED_TOLERANCE_PCT,
                heart_rate_bpm: hr(d.start_m, d.end_m),
                flat_after: flat_after(plan, d.end_m, aligned, planned),
            }
        })
        .collect()
}

/// The flat after a descent's foot: the course part that starts there, when it is neither
/// a descent nor steeper than [`FLAT_GRADE_PCT`], up to [`FLAT_AFTER_M`].
fn flat_after(
    plan: &RacePlan,
    foot_m: f64,
    aligned: &Aligned,
    planned: &PlannedClock,
) -> Option<FlatAfter> {
    let part = plan
        .parts
        .iter()
        .find(|p| (p.start_m - foot_m).abs() < 5.0)?;
    let is_descent = plan
        .descent_strategy
        .iter()
        .any(|d| (d.start_m - part.start_m).abs() < 5.0);
    if is_descent || part.avg_grade_pct.abs() > FLAT_GRADE_PCT {
        return None;
    }
    let end_m = part.end_m.min(foot_m + FLAT_AFTER_M);
    if end_m - foot_m < MIN_FLAT_AFTER_M {
        return None;
    }
    let len_km = (end_m - foot_m) / 1000.0;
    let planned_s = planned.time_between(foot_m, end_m);
    let actual_s = aligned.time_between(foot_m, end_m);
    Some(FlatAfter {
        start_m: foot_m,
        end_m,
        planned_pace_s_per_km: planned_s / len_km,
        actual_pace_s_per_km: actual_s / len_km,
        delta_s: actual_s - planned_s,
        faded: actual_s > planned_s * (1.0 + FADE_TOLERANCE_PCT / 100.0),
    })
}

/// Pace:HR decoupling, first half against second half (None without heart rate in both).
fn drift(
    aligned: &Aligned,
    planned: &PlannedClock,
    course_m: f64,
    hr: &dyn Fn(f64, f64) -> Option<f64>,
) -> Option<HeartRateDrift> {
    let half = course_m / 2.0;
    let (h1, h2) = (hr(0.0, half)?, hr(half, course_m)?);
    let r1 = planned.time_between(0.0, half) / aligned.time_between(0.0, half).max(1.0);
    let r2 = planned.time_between(half, course_m) / aligned.time_between(half, course_m).max(1.0);
    let (ef1, ef2) = (r1 / h1, r2 / h2);
    Some(HeartRateDrift {
        first_half_bpm: h1,
        second_half_bpm: h2,
        first_half_pace_ratio: r1,
        second_half_pace_ratio: r2,
        decoupling_pct: (1.0 - ef2 / ef1) * 100.0,
    })
}
