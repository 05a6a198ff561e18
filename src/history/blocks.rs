//! One activity's points to ~100 m moving blocks (grade, speed), with what was left out
//! and why.
//!
//! Points are first merged into legs of at least [`LEG_MIN_M`] or [`LEG_MIN_S`] (so GPS
//! jitter at 1 s does not look like a stop). A leg slower than [`STOP_SPEED_M_PER_S`], or
//! a gap of more than [`PAUSE_S`] (auto-pause), is a stop; a leg faster than
//! [`JUMP_SPEED_M_PER_S`] is a GPS jump; either ends the block being built, which is
//! dropped, and a new block starts after it. A finished block of at least [`BLOCK_M`]
//! whose grade is beyond +-[`MAX_GRADE_PCT`] (or has no elevation) is broken elevation.
//! Elevation is smoothed over 5 points first.

use serde::{Deserialize, Serialize};

use super::read::{Recording, Sport};
use crate::course::RawPoint;
use crate::course::geo::haversine_m;

/// Length of a block, metres.
pub const BLOCK_M: f64 = 100.0;
/// A leg is at least this long...
pub const LEG_MIN_M: f64 = 10.0;
/// ...or lasts at least this long, seconds.
pub const LEG_MIN_S: f64 = 10.0;
/// Slower than this, a leg is a stop, m/s.
pub const STOP_SPEED_M_PER_S: f64 = 1.0;
/// A gap between points longer than this is a pause, seconds.
pub const PAUSE_S: f64 = 20.0;
/// Faster than this, a leg is a GPS jump, m/s.
pub const JUMP_SPEED_M_PER_S: f64 = 12.0;
/// Blocks steeper than this are broken elevation, %.
pub const MAX_GRADE_PCT: f64 = 25.0;
/// A run's moving average speed must lie in this range, m/s.
pub const RUNNING_SPEED_M_PER_S: (f64, f64) = (1.5, 7.0);
/// A run needs this many flat blocks for its flat speed.
pub const MIN_FLAT_BLOCKS: usize = 5;

/// One ~100 m block: grade, speed and length.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// Rise over horizontal length, %.
    pub grade_pct: f32,
    /// Horizontal distance over moving time, m/s.
    pub speed_m_per_s: f32,
    /// Mean heart rate over the block, beats per minute; 0 without heart rate.
    #[serde(default)]
    pub heart_rate_bpm: f32,
}

/// What was left out, and why (counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LeftOut {
    /// Activities read.
    pub activities_read: usize,
    /// Files that could not be read as an activity.
    pub unreadable_files: usize,
    /// Activities without timestamps.
    pub untimed_activities: usize,
    /// Not running: the file names another sport, or moving speed outside 1.5-7 m/s.
    pub not_running: usize,
    /// Runs with too few flat blocks to know their flat speed.
    pub no_flat_reference: usize,
    /// Stops cut out (standing, auto-pause gaps).
    pub stops: usize,
    /// GPS jumps cut out.
    pub gps_jumps: usize,
    /// Blocks left out for broken or missing elevation (|grade| over 25 %).
    pub broken_elevation_blocks: usize,
    /// Blocks left out because the heart rate was outside the run's steady band (see
    /// [`super::effort`]).
    pub off_effort_blocks: usize,
    /// Runs whose blocks were chosen by heart rate (the others by their own pace).
    pub runs_with_heart_rate: usize,
    /// Blocks kept.
    pub blocks_kept: usize,
}

impl LeftOut {
    /// Adds another count.
    pub fn add(&mut self, o: &LeftOut) {
        self.activities_read += o.activities_read;
        self.unreadable_files += o.unreadable_files;
        self.untimed_activities += o.untimed_activities;
        self.not_running += o.not_running;
        self.no_flat_reference += o.no_flat_reference;
        self.stops += o.stops;
        self.gps_jumps += o.gps_jumps;
        self.broken_elevation_blocks += o.broken_elevation_blocks;
        self.off_effort_blocks += o.off_effort_blocks;
        self.runs_with_heart_rate += o.runs_with_heart_rate;
        self.blocks_kept += o.blocks_kept;
    }
}

/// One activity reduced to what the curve needs (this is what the cache keeps).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivitySummary {
    /// Start time, seconds since 1970 UTC (0 when untimed).
    pub start_time_s: f64,
    /// Moving distance, m.
    pub moving_m: f64,
    /// Moving time, s.
    pub moving_s: f64,
    /// The run's flat speed (median speed of its blocks under 1 % grade), m/s; 0 when the
    /// run is not used for the curve.
    pub flat_speed_m_per_s: f64,
    /// Height descended in kept blocks, m.
    pub descent_m: f64,
    /// Kept blocks (empty when the activity is not a usable run).
    pub blocks: Vec<Block>,
    /// What was left out of this activity.
    pub left_out: LeftOut,
}

/// Elevations smoothed over 5 points of the same segment (NaN stays out of the mean).
fn smooth_elevation(points: &[RawPoint]) -> Vec<f64> {
    (0..points.len())
        .map(|i| {
            let (mut sum, mut n) = (0.0, 0.0);
            for j in i.saturating_sub(2)..(i + 3).min(points.len()) {
                let q = &points[j];
                if q.segment == points[i].segment && q.elevation_m.is_finite() {
                    sum += q.elevation_m;
                    n += 1.0;
                }
            }
            if n > 0.0 { sum / n } else { f64::NAN }
        })
        .collect()
}

/// The block being built.
#[derive(Default)]
struct Open {
    m: f64,
    s: f64,
    ele_start: f64,
    hr_sum: f64,
    hr_n: f64,
}

/// Turns one recording into blocks and counts.
pub fn summarize(rec: &Recording) -> ActivitySummary {
    let mut out = ActivitySummary {
        start_time_s: 0.0,
        moving_m: 0.0,
        moving_s: 0.0,
        flat_speed_m_per_s: 0.0,
        descent_m: 0.0,
        blocks: Vec::new(),
        left_out: LeftOut {
            activities_read: 1,
            ..LeftOut::default()
        },
    };
    let with_hr = rec.heart_rate_bpm.len() == rec.points.len();
    let (pts, hr): (Vec<RawPoint>, Vec<f32>) = rec
        .points
        .iter()
        .enumerate()
        .filter(|(_, p)| p.time_s.is_finite())
        .map(|(i, p)| (*p, if with_hr { rec.heart_rate_bpm[i] } else { 0.0 }))
        .unzip();
    if pts.len() < 2 {
        out.left_out.untimed_activities = 1;
        return out;
    }
    out.start_time_s = pts[0].time_s;
    let blocks = cut_blocks(&pts, &hr, &mut out);
    let lo = &mut out.left_out;
    let speed = if out.moving_s > 0.0 {
        out.moving_m / out.moving_s
    } else {
        0.0
    };
    let (slow, fast) = RUNNING_SPEED_M_PER_S;
    if rec.sport == Sport::Other || !(slow..=fast).contains(&speed) {
        lo.not_running = 1;
        out.descent_m = 0.0;
        return out;
    }
    let blocks = super::effort::steady_blocks(blocks, lo);
    lo.blocks_kept = blocks.len();
    match flat_speed(&blocks) {
        Some(f) => out.flat_speed_m_per_s = f,
        None => lo.no_flat_reference = 1,
    }
    out.blocks = blocks;
    out
}

/// Cuts the timed points into blocks; adds moving distance and time, descent and the
/// counts of stops, jumps and broken elevation to `out`.
fn cut_blocks(pts: &[RawPoint], hr: &[f32], out: &mut ActivitySummary) -> Vec<Block> {
    let ele = smooth_elevation(pts);
    let mut blocks = Vec::new();
    let lo = &mut out.left_out;
    let mut open: Option<Open> = None;
    let mut in_stop = false;
    let mut a = 0; // start of the current leg
    for b in 1..pts.len() {
        let (p, q) = (&pts[a], &pts[b]);
        let dt = q.time_s - p.time_s;
        if q.segment != p.segment || dt <= 0.0 {
            open = None;
            a = b;
            continue;
        }
        let d = haversine_m(p.lat_deg, p.lon_deg, q.lat_deg, q.lon_deg);
        if d < LEG_MIN_M && dt < LEG_MIN_S {
            continue; // the leg grows
        }
        let v = d / dt;
        if v > JUMP_SPEED_M_PER_S {
            lo.gps_jumps += 1;
            open = None;
        } else if v < STOP_SPEED_M_PER_S || dt > PAUSE_S {
            if !in_stop {
                lo.stops += 1;
            }
            in_stop = true;
            open = None;
        } else {
            in_stop = false;
            out.moving_m += d;
            out.moving_s += dt;
            let o = open.get_or_insert(Open {
                ele_start: ele[a],
                ..Open::default()
            });
            o.m += d;
            o.s += dt;
            if hr[b] > 0.0 {
                o.hr_sum += f64::from(hr[b]);
                o.hr_n += 1.0;
            }
            if o.m >= BLOCK_M {
                let grade = (ele[b] - o.ele_start) / o.m * 100.0;
                if grade.is_finite() && grade.abs() <= MAX_GRADE_PCT {
                    blocks.push(Block {
                        grade_pct: grade as f32,
                        speed_m_per_s: (o.m / o.s) as f32,
                        heart_rate_bpm: if o.hr_n > 0.0 {
                            (o.hr_sum / o.hr_n) as f32
                        } else {
                            0.0
                        },
                    });
                    out.descent_m += (o.ele_start - ele[b]).max(0.0);
                } else {
                    lo.broken_elevation_blocks += 1;
                }
                open = None;
            }
        }
        a = b;
    }
    blocks
}

/// Median speed of the blocks under 1 % grade (2 % when there are too few), m/s.
pub fn flat_speed(blocks: &[Block]) -> Option<f64> {
    for limit in [1.0, 2.0] {
        let mut v: Vec<f64> = blocks
            .iter()
            .filter(|b| f64::from(b.grade_pct).abs() < limit)
            .map(|b| f64::from(b.speed_m_per_s))
            .collect();
        if v.len() >= MIN_FLAT_BLOCKS {
            return Some(median(&mut v));
        }
    }
    None
}

/// Median of a non-empty slice (sorted in place); 0 when empty.
pub fn median(v: &mut [f64]) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}
