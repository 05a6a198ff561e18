//! The runner's own runs in the app (egui_kittest, headless): a folder of synthetic runs is
//! imported in the background, the "My runs" section shows the counts and the curve, "Mine"
//! in the pace model re-plans with it; Cancel stops an import; the next start reads the
//! remembered runs from the cache; removing them falls back to the built-in model.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use downhill_planner::app::{Command, DownhillApp};
use downhill_planner::history::synth;
use downhill_planner::plan::PaceModel;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// Synthetic runs ending a few days ago (so the last 6 weeks hold them).
fn write_runs(dir: &Path, n: u64, km: f64) {
    let today_s = downhill_planner::date::Date::today().days_since_epoch() as f64 * 86_400.0;
    for i in 0..n {
        let start = today_s - (i as f64 + 1.0) * 2.0 * 86_400.0;
        let pts = synth::activity(i, km * 1000.0, start);
        std::fs::write(dir.join(format!("run-{i:03}.gpx")), synth::to_gpx(&pts)).unwrap();
    }
}

/// The app as it starts, with its cache file in `cache` and `runs` remembered.
fn harness(cache: PathBuf, runs: Vec<PathBuf>) -> Harness<'static, DownhillApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_eframe(move |cc| {
            let mut app = DownhillApp::new(cc, None);
            app.runs.cache = Some(cache.clone());
            app.settings.runs = runs.clone();
            app.resume_runs(&cc.egui_ctx);
            app
        });
    h.step();
    h
}

/// Runs frames until the import is done (at most about a minute).
fn wait_for_import(h: &mut Harness<'static, DownhillApp>) {
    for _ in 0..3_000 {
        if h.state().runs.job.is_none() {
            h.run_steps(3);
            return;
        }
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("the import did not finish");
}

fn import(h: &mut Harness<'static, DownhillApp>, dir: &Path) {
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(Command::ImportRuns(dir.to_path_buf()), &ctx);
    h.step();
}

fn open_my_runs(h: &mut Harness<'static, DownhillApp>) {
    h.get_by_label("Splits").click();
    h.run_steps(2);
    h.get_by_label("My runs").click();
    h.run_steps(3);
}

#[test]
fn importing_a_folder_shows_the_curve_and_mine_replans() {
    let dir = tempfile::tempdir().unwrap();
    let runs = dir.path().join("runs");
    std::fs::create_dir(&runs).unwrap();
    write_runs(&runs, 12, 8.0);
    let mut h = harness(dir.path().join("cache.json"), Vec::new());
    assert!(h.state().runs.job.is_none(), "nothing to read at start");
    import(&mut h, &runs);
    wait_for_import(&mut h);
    let state = h.state();
    let history = state.runs.history.as_ref().expect("the runs were read");
    assert_eq!(history.activities.len(), 12);
    assert_eq!(state.settings.runs, vec![runs.clone()]);
    assert!(state.settings.training.recent_descent_m.unwrap() > 100.0);
    open_my_runs(&mut h);
    h.get_by_label_contains("12 files: 12 runs used");
    h.get_by_label_contains("GPS jumps");
    h.get_by_label_contains("Downhill in the last 6 weeks");
    h.get_by_label_contains("where my runs are too few");
    let before = h.state().session.plan_ok().unwrap().plan.clone();
    let solved = h.state().session.plans_solved();
    // "Mine" in the pace model (the first combo box showing the built-in model).
    let model = h
        .get_all_by_role(Role::ComboBox)
        .find(|n| n.value().as_deref() == Some(PaceModel::Strava.label().as_str()))
        .expect("the pace model box")
        .accesskit_node()
        .id();
    h.get_by(|n| n.id() == model).click();
    h.run_steps(4);
    h.get_by_label(&PaceModel::Personal.label()).click();
    h.run_steps(4);
    let state = h.state();
    assert_eq!(state.settings.plan.model, PaceModel::Personal);
    assert!(state.settings.plan.personal.is_some());
    assert!(
        state.session.plans_solved() > solved,
        "the plan was solved again"
    );
    let after = &state.session.plan_ok().unwrap().plan;
    assert_ne!(
        format!("{:?}", after.splits_km),
        format!("{:?}", before.splits_km),
        "the personal curve changes the splits"
    );
    // The Race section says which grades of this course fall back, or that none do.
    let says = h
        .query_all_by_label_contains("planned with Strava-like")
        .count()
        + h.query_all_by_label_contains("Every grade of this course")
            .count();
    assert!(says >= 1);
    // The saved plan re-creates the same plan on the command line (the curve travels in it).
    let saved = dir.path().join("mine.json");
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(Command::ExportJson(saved.clone()), &ctx);
    let a: serde_json::Value = serde_json::from_slice(&std::fs::read(&saved).unwrap()).unwrap();
    assert_eq!(a["settings"]["model"], "personal");
    let out = common::bin()
        .args(["plan", "--from"])
        .arg(&saved)
        .args(["--json", "-"])
        .output()
        .unwrap();
    common::assert_success(&out);
    let b: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a["splits_km"], b["splits_km"]);
    assert_eq!(a["training"], b["training"]);
    // Removing the runs: back to the built-in model, with a sentence in the status bar.
    h.state_mut().apply(Command::RemoveRuns, &ctx);
    h.run_steps(3);
    assert_eq!(h.state().settings.plan.model, PaceModel::Strava);
    assert!(h.state().settings.plan.personal.is_none());
    assert_eq!(h.state().settings.training.recent_descent_m, None);
    h.get_by_label_contains("Your runs were removed: the plan uses Strava-like");
}

#[test]
fn cancel_stops_an_import() {
    let dir = tempfile::tempdir().unwrap();
    let runs = dir.path().join("runs");
    std::fs::create_dir(&runs).unwrap();
    write_runs(&runs, 40, 10.0);
    let cache = dir.path().join("cache.json");
    let mut h = harness(cache.clone(), Vec::new());
    open_my_runs(&mut h);
    import(&mut h, &runs);
    h.run_steps(2);
    assert!(
        h.state().runs.job.is_some(),
        "the import runs in the background"
    );
    h.get_by_label_contains("Reading your runs");
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    let state = h.state();
    assert!(state.runs.job.is_none());
    assert!(state.runs.history.is_none());
    assert!(
        state.settings.runs.is_empty(),
        "a cancelled source is not remembered"
    );
    h.get_by_label_contains("Import cancelled");
    // The worker threads stop between files and write no cache.
    std::thread::sleep(Duration::from_millis(1500));
    assert!(!cache.exists());
}

#[test]
fn the_next_start_reads_the_runs_from_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let runs = dir.path().join("runs");
    std::fs::create_dir(&runs).unwrap();
    write_runs(&runs, 8, 8.0);
    let cache = dir.path().join("cache.json");
    let mut first = harness(cache.clone(), Vec::new());
    import(&mut first, &runs);
    wait_for_import(&mut first);
    let h1 = first.state().runs.history.clone().unwrap();
    assert_eq!((h1.parsed, h1.from_cache), (8, 0));
    let remembered = first.state().settings.clone();
    let text = serde_json::to_string(&remembered).unwrap();
    drop(first);
    // The next start: the settings as eframe stored them; the first frame does not wait.
    let stored: downhill_planner::app::AppSettings = serde_json::from_str(&text).unwrap();
    assert_eq!(stored.runs, vec![runs.clone()]);
    let mut second = harness(cache, stored.runs.clone());
    assert!(
        second.state().session.plan_ok().is_some(),
        "a plan on the first frame"
    );
    wait_for_import(&mut second);
    let h2 = second.state().runs.history.clone().unwrap();
    assert_eq!((h2.parsed, h2.from_cache), (0, 8));
    assert_eq!(h2.activities, h1.activities);
    open_my_runs(&mut second);
    second.get_by_label_contains("(8 from the cache");
}

#[test]
fn a_source_that_cannot_be_read_is_said_and_not_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let runs = dir.path().join("runs");
    std::fs::create_dir(&runs).unwrap();
    write_runs(&runs, 3, 6.0);
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let mut h = harness(dir.path().join("cache.json"), Vec::new());
    import(&mut h, &empty);
    wait_for_import(&mut h);
    assert!(h.state().settings.runs.is_empty());
    h.get_by_label_contains("no .gpx, .tcx or .fit activity in this folder");
    import(&mut h, &runs);
    wait_for_import(&mut h);
    assert_eq!(h.state().settings.runs, vec![runs.clone()]);
    import(&mut h, &empty);
    wait_for_import(&mut h);
    assert_eq!(
        h.state().settings.runs,
        vec![runs],
        "the good folder stays, alone"
    );
    assert_eq!(h.state().runs.history.as_ref().unwrap().activities.len(), 3);
}
