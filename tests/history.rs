//! The runner's history: a synthetic runner's curve is recovered, the three file formats
//! give the same blocks, a folder import can be cancelled, and a second open reads the
//! cache.

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use downhill_planner::history::{self, HistoryError, synth};
use downhill_planner::plan::{PaceModel, PlanSettings};

/// 2020-06-01T06:00:00Z.
const START_S: f64 = 1_590_991_200.0;

fn write_runs(dir: &Path, n: u64, km: f64) {
    for i in 0..n {
        let pts = synth::activity(i, km * 1000.0, START_S + i as f64 * 86_400.0);
        std::fs::write(dir.join(format!("run-{i:03}.gpx")), synth::to_gpx(&pts)).unwrap();
    }
}

fn no_progress(_: usize, _: usize) {}

#[test]
fn a_synthetic_runner_is_recovered_within_3_percent() {
    let dir = tempfile::tempdir().unwrap();
    write_runs(dir.path(), 24, 10.0);
    let h = history::import(dir.path(), None, &no_progress, &AtomicBool::new(false)).unwrap();
    assert_eq!(h.activities.len(), 24);
    let lo = h.left_out;
    // Every run has three pauses and one GPS jump; all are found and cut out.
    assert!(lo.stops >= 72, "{lo:?}");
    assert!(lo.gps_jumps >= 24, "{lo:?}");
    assert_eq!(lo.not_running, 0, "{lo:?}");
    let curve = h.curve(PaceModel::Strava, history::MIN_BLOCKS);
    assert_eq!(curve.activities, 24);
    for g in -10..=10 {
        let g = f64::from(g);
        let (got, want) = (curve.factor(g), synth::true_factor(g));
        let bin = curve.bins.iter().find(|b| b.grade_pct == g).unwrap();
        assert!(!bin.fallback, "bin {g} has only {} blocks", bin.blocks);
        assert!(
            (got / want - 1.0).abs() < 0.03,
            "grade {g}: fitted {got:.3}, true {want:.3}"
        );
        assert!(bin.ratio_low <= bin.median_ratio && bin.median_ratio <= bin.ratio_high);
    }
    // Beyond the runner's grades the curve says it falls back.
    let steep = curve.bins.iter().find(|b| b.grade_pct == 20.0).unwrap();
    assert!(steep.fallback && steep.blocks < history::MIN_BLOCKS);
    assert_eq!(curve.factor(20.0), PaceModel::Strava.factor(20.0));
    // Downhill metres: all 24 runs in the 6 weeks up to the last one, none a year later.
    let last = h.latest_start_s();
    let recent = h.downhill_m_recent(last);
    let total: f64 = h.activities.iter().map(|a| a.summary.descent_m).sum();
    assert!(
        recent > 24.0 * 100.0 && (recent - total).abs() < 1e-6,
        "{recent}"
    );
    assert_eq!(h.downhill_m_recent(last + 365.0 * 86_400.0), 0.0);
    // The plan uses the curve when the model is personal.
    let s = PlanSettings {
        model: PaceModel::Personal,
        personal: Some(Box::new(curve.clone())),
        ..PlanSettings::default()
    };
    assert_eq!(s.grade_factor(-6.0), curve.factor(-6.0));
    assert_ne!(s.grade_factor(-6.0), PaceModel::Strava.factor(-6.0));
}

#[test]
fn gpx_tcx_and_fit_of_one_run_give_the_same_blocks() {
    let dir = tempfile::tempdir().unwrap();
    let pts = synth::activity(7, 6_000.0, START_S);
    let paths = [
        (dir.path().join("a.gpx"), synth::to_gpx(&pts).into_bytes()),
        (dir.path().join("a.tcx"), synth::to_tcx(&pts).into_bytes()),
        (dir.path().join("a.fit"), synth::to_fit(&pts)),
    ];
    let mut all = Vec::new();
    for (p, bytes) in &paths {
        std::fs::write(p, bytes).unwrap();
        let rec = history::read_activity(p).unwrap();
        assert_eq!(rec.points.len(), pts.len(), "{}", p.display());
        all.push(history::summarize(&rec));
    }
    let gpx = &all[0];
    assert!(gpx.blocks.len() > 40, "{}", gpx.blocks.len());
    for other in &all[1..] {
        assert_eq!(other.blocks.len(), gpx.blocks.len());
        assert_eq!(other.left_out, gpx.left_out);
        for (a, b) in gpx.blocks.iter().zip(&other.blocks) {
            assert!((a.grade_pct - b.grade_pct).abs() < 1e-3, "{a:?} {b:?}");
            assert!(
                (a.speed_m_per_s - b.speed_m_per_s).abs() < 1e-3,
                "{a:?} {b:?}"
            );
        }
        assert!((other.start_time_s - gpx.start_time_s).abs() < 0.5);
    }
}

#[test]
fn non_running_activities_are_left_out_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let pts = synth::activity(3, 4_000.0, START_S);
    let tcx = synth::to_tcx(&pts).replace("Sport=\"Running\"", "Sport=\"Biking\"");
    std::fs::write(dir.path().join("ride.tcx"), tcx).unwrap();
    // A walk: the same track at a third of the speed.
    let walk: Vec<_> = pts
        .iter()
        .map(|p| {
            let mut q = *p;
            q.time_s = START_S + (p.time_s - START_S) * 3.0;
            q
        })
        .collect();
    std::fs::write(dir.path().join("walk.gpx"), synth::to_gpx(&walk)).unwrap();
    std::fs::write(dir.path().join("notes.gpx"), "not a gpx file").unwrap();
    let h = history::import(dir.path(), None, &no_progress, &AtomicBool::new(false)).unwrap();
    assert_eq!(h.left_out.not_running, 2, "{:?}", h.left_out);
    assert_eq!(h.left_out.unreadable_files, 1);
    assert_eq!(h.curve(PaceModel::Kay, 20).activities, 0);
}

#[test]
fn cancel_stops_a_folder_import() {
    let dir = tempfile::tempdir().unwrap();
    write_runs(dir.path(), 30, 2.0);
    let cancel = AtomicBool::new(false);
    let calls = AtomicUsize::new(0);
    let progress = |done: usize, _total: usize| {
        calls.fetch_add(1, Ordering::Relaxed);
        if done >= 3 {
            cancel.store(true, Ordering::Relaxed);
        }
    };
    let cache = dir.path().join("cache.json");
    let r = history::import(dir.path(), Some(&cache), &progress, &cancel);
    assert!(matches!(r, Err(HistoryError::Cancelled)), "{r:?}");
    // At most one more file per worker after the flag was set.
    assert!(calls.load(Ordering::Relaxed) <= 1 + 3 + 2, "{calls:?}");
    assert!(!cache.exists(), "a cancelled import writes no cache");
}

#[test]
fn a_second_open_reads_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let runs = dir.path().join("runs");
    std::fs::create_dir(&runs).unwrap();
    write_runs(&runs, 6, 3.0);
    let cache = dir.path().join("cache").join("history.json");
    let no = AtomicBool::new(false);
    let first = history::import(&runs, Some(&cache), &no_progress, &no).unwrap();
    assert_eq!((first.parsed, first.from_cache), (6, 0));
    assert!(cache.exists());
    let second = history::import(&runs, Some(&cache), &no_progress, &no).unwrap();
    assert_eq!((second.parsed, second.from_cache), (0, 6));
    assert_eq!(second.activities, first.activities);
    assert_eq!(second.left_out, first.left_out);
    // A changed file is read again; the others still come from the cache.
    let pts = synth::activity(99, 3_000.0, START_S);
    std::fs::write(runs.join("run-002.gpx"), synth::to_gpx(&pts)).unwrap();
    let third = history::import(&runs, Some(&cache), &no_progress, &no).unwrap();
    assert_eq!((third.parsed, third.from_cache), (1, 5));
    // A damaged cache is rebuilt, not an error.
    std::fs::write(&cache, "{broken").unwrap();
    let fourth = history::import(&runs, Some(&cache), &no_progress, &no).unwrap();
    assert_eq!((fourth.parsed, fourth.from_cache), (6, 0));
}
