//! Headless UI tests of the real app state through AccessKit (egui_kittest): no window,
//! no GPU.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use downhill_planner::app::DownhillApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn harness() -> Harness<'static, DownhillApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_eframe(|cc| DownhillApp::new(cc, None));
    h.run_steps(3);
    h
}

/// A dropped file, as egui-winit delivers it.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut Harness<'static, DownhillApp>, path: &Path) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_path_buf())));
    h.step();
    h.state_mut().finish_load();
    h.run_steps(3);
}

/// The plan the app currently shows.
fn plan_of<'a>(h: &'a Harness<'static, DownhillApp>) -> &'a downhill_planner::plan::RacePlan {
    &h.state().session.plan_ok().unwrap().plan
}

fn label_containing(h: &Harness<'static, DownhillApp>, text: &str) -> String {
    let n = h.get_by_label_contains(text);
    n.accesskit_node()
        .label()
        .filter(|l| !l.is_empty())
        .or_else(|| n.value())
        .unwrap_or_default()
}

/// Opens the Training section, closing the Splits above it so that it fits the window.
fn open_training(h: &mut Harness<'static, DownhillApp>) {
    h.get_by_label("Splits").click();
    h.run_steps(2);
    h.get_by_label("Training").click();
    h.run_steps(3);
}

#[test]
fn starts_with_a_sample_and_lists_its_named_bridge() {
    let h = harness();
    h.get_by_label_contains("VnExpress Marathon Da Nang");
    let bridges = h
        .get_all_by_label_contains("Cầu Thuận Phước (Thuan Phuoc Bridge)")
        .count();
    assert!(bridges >= 2, "the two crossings are listed ({bridges})");
    h.get_by_label_contains("Distance 42.20 km");
}

#[test]
fn dropped_file_loads_a_course() {
    let mut h = harness();
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples/nha-trang-luong-son.gpx");
    drop_file(&mut h, &path);
    h.get_by_label_contains("VnExpress Marathon Nha Trang");
    h.get_by_label_contains("Distance 42.20 km");
    assert!(h.get_all_by_label_contains("Đèo Lương Sơn").count() >= 1);
}

#[test]
fn bad_dropped_file_shows_the_error_and_keeps_the_course() {
    let mut h = harness();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("course.gpx");
    std::fs::write(&bad, "<!DOCTYPE html><html><body>404</body></html>").unwrap();
    drop_file(&mut h, &bad);
    let msg = label_containing(&h, "not GPX");
    assert!(msg.contains("previous course is still shown"), "{msg}");
    h.get_by_label_contains("VnExpress Marathon Da Nang");
    assert!(
        h.state().session.plan_ok().is_some(),
        "{:?}",
        h.state().message
    );
}

#[test]
fn uphill_effort_slider_changes_the_splits() {
    let mut h = harness();
    let before = label_containing(&h, "· flat pace");
    let km6_before = plan_of(&h).splits_km[5].time_s;
    h.get_by_role_and_label(Role::Slider, "Uphill effort")
        .set_value_accesskit(100.0);
    h.run_steps(3);
    let after = label_containing(&h, "· flat pace");
    let km6_after = plan_of(&h).splits_km[5].time_s;
    assert_eq!(h.state().settings.plan.uphill_effort_pct, 100.0);
    assert_ne!(before, after, "the displayed flat pace follows the slider");
    assert!(
        km6_after < km6_before,
        "the bridge climb km is planned faster: {km6_before} -> {km6_after}"
    );
}

#[test]
fn goal_slider_moves_the_finish() {
    let mut h = harness();
    h.get_by_role_and_label(Role::Slider, "Goal time")
        .set_value_accesskit(4.0 * 3600.0);
    h.run_steps(3);
    h.get_by_label_contains("Finish 4:00:00 at 07:00:00");
    // The km table shows the new clock times.
    assert!(h.query_by_label("06:59:59").is_some() || h.query_by_label("07:00:00").is_some());
}

#[test]
fn selecting_a_descent_shows_its_cues_and_override() {
    let mut h = harness();
    h.get_all_by_label_contains("Cầu Thuận Phước (Thuan Phuoc Bridge)")
        .next()
        .unwrap()
        .click();
    h.run_steps(3);
    h.get_by_label_contains("Lean slightly forward from the hips");
    h.get_by_label("Limit my pace on this descent").click();
    h.run_steps(3);
    assert_eq!(h.state().settings.plan.overrides.len(), 1);
}

#[test]
fn plan_exports_as_json() {
    let mut h = harness();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.json");
    h.state_mut().export_json(&out);
    h.run_steps(2);
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(
        v["course"]["name"],
        "VnExpress Marathon Da Nang (approximate course)"
    );
    h.get_by_label_contains("Plan saved to");
}

#[test]
fn training_section_lists_weeks_and_a_slider_changes_a_session() {
    let mut h = harness();
    open_training(&mut h);
    h.get_by_label_contains("Week 1 ·");
    let (id, reps_before) = {
        let app = h.state();
        let block = app.session.training_ok().unwrap();
        let s = block
            .sessions()
            .find(|s| s.kind == downhill_planner::training::WorkoutKind::Strides)
            .unwrap();
        (s.id.clone(), s.reps)
    };
    // A value the session does not have yet, so the slider really changes it.
    let reps = if reps_before == 6 { 5 } else { 6 };
    h.state_mut().ui.selected_session = Some(id.clone());
    h.run_steps(3);
    let (solved, built) = (
        h.state().session.plans_solved(),
        h.state().session.blocks_built(),
    );
    h.get_by_role_and_label(Role::Slider, "Reps")
        .set_value_accesskit(f64::from(reps));
    h.run_steps(3);
    let app = h.state();
    // Only the block is rebuilt: the race plan is not solved again.
    assert_eq!(app.session.plans_solved(), solved);
    assert!(app.session.blocks_built() > built);
    let block = app.session.training_ok().unwrap();
    assert_eq!(block.session(&id).unwrap().reps, reps);
    assert!(
        block
            .session(&id)
            .unwrap()
            .title
            .contains(&format!("{reps} x"))
    );
    // The block travels with the plan.
    let doc = app.session.document().unwrap();
    assert_eq!(doc.training.unwrap().session(&id).unwrap().reps, reps);
}

#[test]
fn training_ground_stretches_are_listed_with_their_place() {
    let mut h = harness();
    let ground = downhill_planner::course::Course::load_path(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples/nha-trang-luong-son.gpx"),
    )
    .unwrap();
    h.state_mut().set_ground(ground);
    open_training(&mut h);
    h.get_by_label_contains("Training ground: VnExpress Marathon Nha Trang");
    let spots = h.state().session.ground().unwrap().spots.len();
    assert!(spots > 0);
    assert!(
        h.get_all_by_label_contains("of VnExpress Marathon Nha Trang")
            .count()
            >= spots
    );
}

#[test]
fn a_much_longer_course_keeps_the_runners_pace() {
    use downhill_planner::course::sample::{CourseSpec, Leg};
    let mut h = harness();
    let before = h.state().settings.plan.goal_time_s;
    let old_km = h.state().session.course().unwrap().distance_m() / 1000.0;
    let long = CourseSpec {
        name: "ultra".into(),
        description: String::new(),
        start_elevation_m: 10.0,
        start_heading_deg: 45.0,
        legs: vec![
            Leg::flat(60_000.0),
            Leg::slope(2_000.0, 60.0),
            Leg::flat(68_000.0),
        ],
        waypoints: vec![],
        anchor: (0.0, 16.0, 108.0),
    }
    .build(10.0);
    let source = downhill_planner::app::loader::Source::Bytes {
        name: "ultra.gpx".into(),
        bytes: Arc::new(Vec::new()),
    };
    h.state_mut().set_course(long, source);
    h.run_steps(3);
    // The marathon goal cannot be run over 130 km; the same average pace can.
    let goal = h.state().settings.plan.goal_time_s;
    let same_pace = before / old_km * 130.0;
    assert!((goal - same_pace).abs() <= 60.0, "{goal} vs {same_pace}");
    assert!(h.state().session.plan_ok().is_some());
    h.get_by_label_contains("does not fit this 130.0 km course");
    // A course of the same length keeps the goal as it is.
    h.state_mut().load_sample_now(2);
    h.run_steps(2);
    h.state_mut().settings.plan.goal_time_s = before;
    h.state_mut().load_sample_now(1);
    h.run_steps(2);
    assert_eq!(h.state().settings.plan.goal_time_s, before);
}
