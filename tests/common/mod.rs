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
