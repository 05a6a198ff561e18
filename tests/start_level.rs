//! The training block's starting level from the runner's own runs: without them nothing
//! changes; lots of recent descent starts the block further along the progression (and
//! says so); `train` and `plan` take `--history`, and `plan --from` keeps the level.

use std::path::Path;

use downhill_planner::history::synth;
use downhill_planner::training::{BlockSettings, Date, TrainingBlock, WeekPhase, WorkoutKind};

mod common;
use common::{bin, sample};

fn today() -> Date {
    Date::parse("2026-11-25").unwrap()
}

fn block(recent_descent_m: Option<f64>) -> TrainingBlock {
    let s = BlockSettings {
        weeks: 10,
        race_date: Some(today().add_days(10 * 7)),
        recent_descent_m,
        ..BlockSettings::default()
    };
    common::sample_block(0, &s, today())
}

fn first_kind(b: &TrainingBlock) -> WorkoutKind {
    match b.weeks[0].phase {
        WeekPhase::Build(k) | WeekPhase::Recovery(k) => k,
        WeekPhase::Taper => panic!("a 10-week block starts in its taper"),
    }
}

#[test]
fn no_recent_descent_changes_nothing_and_lots_starts_further_along() {
    let usual = block(None);
    assert_eq!(usual.start_level, None);
    assert_eq!(first_kind(&usual), WorkoutKind::FormJog);
    // No descent lately: the usual block, with the level stated.
    let none = block(Some(0.0));
    let level = none.start_level.unwrap();
    assert_eq!(level.weeks_ahead, 0);
    assert_eq!(none.weeks, usual.weeks);
    // Lots of descent: further along, the same race date, length and taper.
    let lots = block(Some(20_000.0));
    let level = lots.start_level.unwrap();
    assert!(level.weeks_ahead >= 2, "{level:?}");
    assert_ne!(first_kind(&lots), WorkoutKind::FormJog);
    assert_eq!(lots.weeks.len(), usual.weeks.len());
    assert_eq!(lots.race_date, usual.race_date);
    assert_eq!(lots.start, usual.start);
    assert_eq!(lots.weeks[0].index, 1);
    assert_eq!(
        lots.weeks.last().unwrap().phase,
        usual.weeks.last().unwrap().phase
    );
    let said = level.describe();
    assert!(said.contains("last 6 weeks: 20000 m of descent"), "{said}");
    // More descent never starts earlier.
    let mut last = 0;
    for m in [0.0, 300.0, 1_000.0, 3_000.0, 10_000.0, 20_000.0] {
        let ahead = block(Some(m)).start_level.unwrap().weeks_ahead;
        assert!(ahead >= last, "{m} m: {ahead} < {last}");
        last = ahead;
    }
}

/// Synthetic runs of the last weeks (up to yesterday) in `dir`.
fn write_recent_runs(dir: &Path, n: u64) {
    let now = Date::today().days_since_epoch() as f64 * 86_400.0;
    for i in 0..n {
        let start = now - (i as f64 + 1.0) * 3.0 * 86_400.0;
        let pts = synth::activity(i, 8_000.0, start);
        std::fs::write(dir.join(format!("run-{i}.gpx")), synth::to_gpx(&pts)).unwrap();
    }
}

#[test]
fn train_and_plan_take_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let runs = dir.path().join("runs");
    std::fs::create_dir(&runs).unwrap();
    write_recent_runs(&runs, 10);
    let cache = dir.path().join("cache");
    let course = sample("da-nang-thuan-phuoc");
    let out = bin()
        .env("XDG_CACHE_HOME", &cache)
        .args([
            "train",
            "--course",
            &course,
            "--goal",
            "4:00:00",
            "--history",
        ])
        .arg(&runs)
        .output()
        .unwrap();
    common::assert_success(&out);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Starting level chosen from your last 6 weeks:"),
        "{text}"
    );
    // Without --history: no such line (and the block as before).
    let out = bin()
        .args(["train", "--course", &course, "--goal", "4:00:00"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Starting level"));
    // plan: the level travels in the saved plan, and --from re-creates it.
    let json = dir.path().join("plan.json");
    let out = bin()
        .env("XDG_CACHE_HOME", &cache)
        .args([
            "plan",
            &course,
            "--goal",
            "4:00:00",
            "--training-weeks",
            "8",
        ])
        .arg("--history")
        .arg(&runs)
        .arg("--json")
        .arg(&json)
        .output()
        .unwrap();
    common::assert_success(&out);
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let level = &saved["training"]["start_level"];
    let m = level["recent_descent_m"].as_f64().unwrap();
    assert!(m > 100.0, "{level}");
    let again = common::run_json([
        std::ffi::OsStr::new("plan"),
        std::ffi::OsStr::new("--from"),
        json.as_os_str(),
        std::ffi::OsStr::new("--json"),
        std::ffi::OsStr::new("-"),
    ]);
    assert_eq!(again["training"], saved["training"]);
}
