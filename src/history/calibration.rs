//! How well plans predict recorded runs: each run of a folder (listed in its `runs.csv`:
//! `file,label,group`) is planned with its own moving time as the goal, and the plan's
//! per-km paces are compared with the paces actually run (the method of
//! `recorded-runs/SOURCES.md`): mean absolute error per run, averaged over runs, against
//! even pacing; for each built-in model with the default downhill restraint and none, and
//! for the personal curve fitted on the *other* runs (leave one out).
//!
//! Actual pace: a step between two points counts as moving when at least 0.5 m/s; steps
//! over 100 m/s are GPS jumps (no distance); gaps between segments count nothing. Each
//! planned km is laid on the recording by distance (rescaled to the course's length) and
//! its moving time interpolated; splits under 500 m are left out.

use std::fmt::Write as _;
use std::path::Path;

use super::blocks::{ActivitySummary, summarize};
use super::curve::{MIN_BLOCKS, fit_curve};
use super::read::{Recording, Sport};
use super::{HistoryError, read_activity};
use crate::course::geo::haversine_m;
use crate::course::{Analysis, AnalysisSettings, Course, RawPoint, analyze};
use crate::plan::{PaceModel, PlanSettings, build_plan};

/// One recorded run ready to score.
struct Run {
    road: bool,
    course: Course,
    analysis: Analysis,
    /// Cumulative distance (m, rescaled to the course) and moving time (s) per point.
    dist_m: Vec<f64>,
    time_s: Vec<f64>,
    summary: ActivitySummary,
}

/// A plan setting scored over the runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// Model and setting, e.g. `strava, restraint 50`.
    pub name: String,
    /// Per-km mean absolute error, averaged over all runs, s/km.
    pub mae_all_s_per_km: f64,
    /// The same over the road runs.
    pub mae_road_s_per_km: f64,
    /// Mean plan - actual on road km averaging -2 % or steeper, s/km (pooled).
    pub bias_road_down_s_per_km: f64,
    /// Mean plan - actual on road km averaging +2 % or steeper, s/km (pooled).
    pub bias_road_up_s_per_km: f64,
}

/// The evaluation: one row per setting, even pacing first.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    /// Runs scored, and of them on roads.
    pub runs: usize,
    /// Road runs among them.
    pub road_runs: usize,
    /// Scores, even pacing first.
    pub scores: Vec<Score>,
}

/// Cumulative moving distance and time of a recording, by the rule in the module docs.
fn moving_series(points: &[RawPoint]) -> (Vec<f64>, Vec<f64>) {
    let (mut d, mut t) = (vec![0.0], vec![0.0]);
    for w in points.windows(2) {
        let (p, q) = (&w[0], &w[1]);
        let (mut dd, mut dt) = (0.0, 0.0);
        let step_s = q.time_s - p.time_s;
        if q.segment == p.segment && step_s > 0.0 {
            let m = haversine_m(p.lat_deg, p.lon_deg, q.lat_deg, q.lon_deg);
            let v = m / step_s;
            if v <= 100.0 {
                dd = m;
                if v >= 0.5 {
                    dt = step_s;
                }
            }
        }
        d.push(d.last().copied().unwrap_or(0.0) + dd);
        t.push(t.last().copied().unwrap_or(0.0) + dt);
    }
    (d, t)
}

/// Interpolated value of `ys` at `x` on the non-decreasing `xs`.
fn interp(xs: &[f64], ys: &[f64], x: f64) -> f64 {
    let i = xs.partition_point(|v| *v < x);
    if i == 0 {
        return ys[0];
    }
    if i >= xs.len() {
        return ys[ys.len() - 1];
    }
    let (x0, x1) = (xs[i - 1], xs[i]);
    let f = if x1 > x0 { (x - x0) / (x1 - x0) } else { 1.0 };
    ys[i - 1] + (ys[i] - ys[i - 1]) * f
}

fn load_runs(dir: &Path) -> Result<Vec<Run>, HistoryError> {
    let csv_path = dir.join("runs.csv");
    let csv = std::fs::read_to_string(&csv_path).map_err(|source| HistoryError::Io {
        path: csv_path.clone(),
        source,
    })?;
    let mut runs = Vec::new();
    for line in csv.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split(',').map(str::trim).collect();
        let [file, _label, group] = cols[..] else {
            continue;
        };
        let path = dir.join(file);
        let unusable = |reason: String| HistoryError::Unusable {
            path: path.clone(),
            reason,
        };
        let course = Course::load_path(&path).map_err(|e| unusable(e.to_string()))?;
        let rec = read_activity(&path)?;
        let timed: Vec<RawPoint> = rec
            .points
            .iter()
            .copied()
            .filter(|p| p.time_s.is_finite())
            .collect();
        let hr: Vec<f32> = if rec.heart_rate_bpm.len() == rec.points.len() {
            rec.points
                .iter()
                .zip(&rec.heart_rate_bpm)
                .filter(|(p, _)| p.time_s.is_finite())
                .map(|(_, h)| *h)
                .collect()
        } else {
            Vec::new()
        };
        let (mut dist_m, time_s) = moving_series(&timed);
        let scale = course.distance_m() / dist_m.last().copied().unwrap_or(1.0).max(1.0);
        dist_m.iter_mut().for_each(|d| *d *= scale);
        let summary = summarize(&Recording {
            points: timed,
            sport: Sport::Running,
            heart_rate_bpm: hr,
        });
        let analysis = analyze(&course, &AnalysisSettings::default());
        runs.push(Run {
            analysis,
            road: group == "road",
            course,
            dist_m,
            time_s,
            summary,
        });
    }
    Ok(runs)
}

/// Per-km (plan, actual, avg grade) of one run under `settings` (goal = moving time).
fn km_paces(run: &Run, settings: &PlanSettings) -> Vec<(f64, f64, f64)> {
    let mut s = settings.clone();
    s.goal_time_s = run.time_s.last().copied().unwrap_or(0.0);
    let aset = AnalysisSettings::default();
    let Ok(plan) = build_plan(&run.course, &run.analysis, &aset, &s) else {
        return Vec::new();
    };
    plan.splits_km
        .iter()
        .filter(|k| k.end_m - k.start_m >= 500.0)
        .map(|k| {
            let t = interp(&run.dist_m, &run.time_s, k.end_m)
                - interp(&run.dist_m, &run.time_s, k.start_m);
            let len_km = (k.end_m - k.start_m) / 1000.0;
            (k.pace_s_per_km, t / len_km, k.avg_grade_pct)
        })
        .collect()
}

#[derive(Default)]
struct Acc {
    mae_all: Vec<f64>,
    mae_road: Vec<f64>,
    down: Vec<f64>,
    up: Vec<f64>,
}

impl Acc {
    fn add(&mut self, road: bool, kms: &[(f64, f64, f64)]) {
        if kms.is_empty() {
            return;
        }
        let mae = kms.iter().map(|(p, a, _)| (p - a).abs()).sum::<f64>() / kms.len() as f64;
        self.mae_all.push(mae);
        if road {
            self.mae_road.push(mae);
            for &(p, a, g) in kms {
                if g <= -2.0 {
                    self.down.push(p - a);
                } else if g >= 2.0 {
                    self.up.push(p - a);
                }
            }
        }
    }

    fn score(&self, name: String) -> Score {
        let mean = |v: &[f64]| {
            if v.is_empty() {
                0.0
            } else {
                v.iter().sum::<f64>() / v.len() as f64
            }
        };
        Score {
            name,
            mae_all_s_per_km: mean(&self.mae_all),
            mae_road_s_per_km: mean(&self.mae_road),
            bias_road_down_s_per_km: mean(&self.down),
            bias_road_up_s_per_km: mean(&self.up),
        }
    }
}

/// Scores even pacing, every built-in model at restraint 50 (the default), 0 and 100, and the
/// leave-one-out personal curve (fallback Strava-like) at the same three.
pub fn evaluate(dir: &Path) -> Result<Calibration, HistoryError> {
    let runs = load_runs(dir)?;
    let mut scores = Vec::new();
    let mut even = Acc::default();
    for r in &runs {
        let kms: Vec<(f64, f64, f64)> = km_paces(r, &PlanSettings::default())
            .into_iter()
            .map(|(_, a, g)| {
                let total = r.time_s.last().copied().unwrap_or(0.0);
                (total / (r.course.distance_m() / 1000.0), a, g)
            })
            .collect();
        even.add(r.road, &kms);
    }
    scores.push(even.score("even pace".into()));
    let mut settings: Vec<(String, PlanSettings)> = Vec::new();
    for model in PaceModel::ALL.into_iter().chain([PaceModel::Personal]) {
        for restraint in [50.0, 0.0, 100.0] {
            let s = PlanSettings {
                model,
                downhill_restraint_pct: restraint,
                ..PlanSettings::default()
            };
            let name = match model {
                PaceModel::Personal => format!("personal (leave one out), restraint {restraint}"),
                m => format!("{}, restraint {restraint}", m.id()),
            };
            settings.push((name, s));
        }
    }
    for (name, s) in settings {
        let mut acc = Acc::default();
        for (i, r) in runs.iter().enumerate() {
            let mut s = s.clone();
            if s.model == PaceModel::Personal {
                let others = runs
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, o)| &o.summary);
                s.personal = Some(Box::new(fit_curve(others, PaceModel::Strava, MIN_BLOCKS)));
            }
            acc.add(r.road, &km_paces(r, &s));
        }
        scores.push(acc.score(name));
    }
    Ok(Calibration {
        runs: runs.len(),
        road_runs: runs.iter().filter(|r| r.road).count(),
        scores,
    })
}

impl Calibration {
    /// The table as Markdown.
    pub fn markdown(&self) -> String {
        let even = self.scores.first().cloned();
        let rel = |v: f64, e: f64| if e > 0.0 { (v / e - 1.0) * 100.0 } else { 0.0 };
        let mut s = format!(
            "| plan | all {} runs MAE s/km | vs even | road {} runs MAE | vs even | \
             road descents bias | road climbs bias |\n|---|---|---|---|---|---|---|\n",
            self.runs, self.road_runs
        );
        for sc in &self.scores {
            let (ea, er) = even
                .as_ref()
                .map_or((0.0, 0.0), |e| (e.mae_all_s_per_km, e.mae_road_s_per_km));
            let _ = writeln!(
                s,
                "| {} | {:.1} | {:+.1} % | {:.1} | {:+.1} % | {:+.1} | {:+.1} |",
                sc.name,
                sc.mae_all_s_per_km,
                rel(sc.mae_all_s_per_km, ea),
                sc.mae_road_s_per_km,
                rel(sc.mae_road_s_per_km, er),
                sc.bias_road_down_s_per_km,
                sc.bias_road_up_s_per_km
            );
        }
        s
    }

    /// Labels of the runs are not kept; this says how the table was made.
    pub fn method() -> &'static str {
        "Goal = each run's moving time (steps >= 0.5 m/s); per planned km (>= 500 m) the \
         plan's pace against the pace run; MAE per run, averaged over runs; biases are plan \
         - actual, pooled over road km averaging <= -2 % (descents) or >= +2 % (climbs)."
    }
}
