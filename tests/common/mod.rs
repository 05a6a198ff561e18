//! Helpers shared by the tests: run the real binary, read its JSON, check the one-line
//! error contract; build a synthetic course from legs.
#![allow(dead_code)] // each test file uses some of these

use std::ffi::OsStr;
use std::process::{Command, Output};

/// The built `downhill-planner` binary.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_downhill-planner"))
}

/// Path of a bundled sample course.
pub fn sample(id: &str) -> String {
    format!("{}/assets/samples/{id}.gpx", env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary with `args`, asserts success, and parses standard output as JSON.
pub fn run_json<I, S>(args: I) -> serde_json::Value
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let out = bin().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Runs the binary with `args` and asserts the error contract: exit 2, nothing on
/// standard output, one line `error: <sentence>` on standard error.
pub fn assert_refused<I, S>(args: I)
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let args: Vec<S> = args.into_iter().collect();
    let shown: Vec<String> = args
        .iter()
        .map(|a| a.as_ref().to_string_lossy().into_owned())
        .collect();
    let out: Output = bin().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{shown:?}");
    assert!(out.stdout.is_empty(), "{shown:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("error: ") && err.lines().count() == 1,
        "{shown:?}: {err}"
    );
}

/// A synthetic course specification from legs (a straight start heading north-east, near
/// Da Nang), for courses with known truth.
pub fn spec(
    legs: Vec<downhill_planner::course::sample::Leg>,
) -> downhill_planner::course::sample::CourseSpec {
    downhill_planner::course::sample::CourseSpec {
        name: "synthetic".into(),
        description: String::new(),
        start_elevation_m: 10.0,
        start_heading_deg: 45.0,
        legs,
        waypoints: vec![],
        anchor: (0.0, 16.0, 108.0),
    }
}

/// (start_m, end_m, drop_m) of each true descent of a leg list.
pub fn true_descents(legs: &[downhill_planner::course::sample::Leg]) -> Vec<(f64, f64, f64)> {
    let mut out = Vec::new();
    let mut at = 0.0;
    for l in legs {
        if l.rise_m < 0.0 {
            out.push((at, at + l.length_m, -l.rise_m));
        }
        at += l.length_m;
    }
    out
}

/// Gain of the legs themselves.
pub fn true_gain(legs: &[downhill_planner::course::sample::Leg]) -> f64 {
    legs.iter().map(|l| l.rise_m.max(0.0)).sum()
}

/// The course of `legs` (a point every 3 m) with barometric-like noise: a 2 m drift
/// correlated over 500 m plus 0.2 m white jitter.
pub fn noisy(
    legs: Vec<downhill_planner::course::sample::Leg>,
    seed: u64,
) -> downhill_planner::course::Course {
    downhill_planner::course::synth::with_drift_noise(&spec(legs).build(3.0), 2.0, 500.0, 0.2, seed)
}

/// Ends and drop errors of every descent against `truth` (start_m, end_m, drop_m), and the
/// gain error, over `seeds` of the noisy course, in one line; prints the descents that miss.
pub fn errors(
    legs: &[downhill_planner::course::sample::Leg],
    truth: &[(f64, f64, f64)],
    seeds: std::ops::RangeInclusive<u64>,
) -> String {
    use downhill_planner::course::{self, AnalysisSettings};
    let true_gain = true_gain(legs);
    let (mut ends, mut drops, mut gains, mut wrong_count) = (Vec::new(), Vec::new(), Vec::new(), 0);
    for seed in seeds {
        let a = course::analyze(&noisy(legs.to_vec(), seed), &AnalysisSettings::default());
        gains.push((a.profile.gain_m.unwrap_or(0.0) - true_gain).abs() / true_gain * 100.0);
        let found: Vec<(f64, f64, f64)> = a
            .descents
            .iter()
            .map(|d| (d.start_m, d.end_m, d.drop_m))
            .collect();
        if found.len() != truth.len() {
            println!("  seed {seed}: {found:.0?}");
            wrong_count += 1;
            continue;
        }
        for (&(fs, fe, fd), &(s, e, drop)) in found.iter().zip(truth) {
            let end_err = (fs - s).abs().max((fe - e).abs());
            if end_err > 100.0 {
                println!("  seed {seed}: off {fs:.0}-{fe:.0} drop {fd:.0}");
            }
            ends.push(end_err);
            drops.push((fd - drop).abs() / drop * 100.0);
        }
    }
    let stats = |v: &[f64]| {
        let mean = v.iter().sum::<f64>() / v.len().max(1) as f64;
        (mean, v.iter().copied().fold(0.0, f64::max))
    };
    let ((em, ex), (dm, dx), (gm, gx)) = (stats(&ends), stats(&drops), stats(&gains));
    format!(
        "ends err mean {em:.0} m max {ex:.0} m | drop err mean {dm:.1} % max {dx:.1} % | \
         gain err mean {gm:.1} % max {gx:.1} % | wrong descent count in {wrong_count} seeds"
    )
}

/// Runs the binary with `args`, asserts the error contract and returns the error line.
pub fn refused_with(args: &[&str]) -> String {
    assert_refused(args);
    let out = bin().args(args).output().unwrap();
    String::from_utf8(out.stderr).unwrap()
}

/// The bundled plan JSON Schema.
pub fn plan_schema() -> serde_json::Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/plan.schema.json");
    let text = std::fs::read_to_string(path).expect("the schema is bundled");
    serde_json::from_str(&text).expect("the schema is JSON")
}

/// A validator of the bundled plan JSON Schema.
pub fn plan_validator() -> jsonschema::Validator {
    jsonschema::validator_for(&plan_schema()).expect("the schema compiles")
}

/// Asserts that a run of the binary succeeded, showing its standard error if not.
pub fn assert_success(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The training block for a sample race planned with the default settings, built on `today`.
pub fn sample_block(
    race_id: usize,
    settings: &downhill_planner::training::BlockSettings,
    today: downhill_planner::training::Date,
) -> downhill_planner::training::TrainingBlock {
    use downhill_planner::course::{self, AnalysisSettings};
    let c = downhill_planner::course::sample::SAMPLE_RACES[race_id]
        .load()
        .unwrap();
    let a = course::analyze(&c, &AnalysisSettings::default());
    let p = downhill_planner::plan::build_plan(
        &c,
        &a,
        &AnalysisSettings::default(),
        &downhill_planner::plan::PlanSettings::default(),
    )
    .unwrap();
    let ctx = downhill_planner::training::RaceContext::from_plan(&p, &a.descents);
    downhill_planner::training::build_block(settings, &ctx, today).unwrap()
}
