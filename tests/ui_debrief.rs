//! The race debrief in the real app (egui_kittest, headless): a recording that rushed a
//! descent, opened through the command, shows the window with the rushed flag; "Plan next
//! race from this" sets the watch over-read and adds the race to the runner's runs; a
//! course file is refused in the status bar and the plan stays.

use downhill_planner::app::{Command, DownhillApp};
use downhill_planner::history::debrief::synth::follow;
use downhill_planner::history::synth::to_gpx;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

type H = Harness<'static, DownhillApp>;

fn harness() -> H {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_eframe(|cc| DownhillApp::new(cc, None));
    h.run_steps(3);
    h
}

/// A GPX recording of the plan on screen with the first descent run 20 % under its
/// planned time, on a watch reading 1.5 % long; returns the file and the descent's name.
fn rushed_recording(h: &H, dir: &std::path::Path) -> (std::path::PathBuf, String) {
    let view = h.state().session.plan_ok().expect("a plan on screen");
    let sol = &view.solution;
    let first = &view.plan.descent_strategy[0];
    let (mut m, mut s) = (vec![sol.start_m[0]], vec![0.0]);
    for i in 0..sol.time_s.len() {
        let inside = (first.start_m..first.end_m).contains(&sol.start_m[i]);
        m.push(sol.start_m[i] + sol.len_m[i]);
        s.push(s[i] + sol.time_s[i] * if inside { 0.8 } else { 1.0 });
    }
    let course = h.state().session.course().expect("a course").clone();
    let pts = follow(course.points(), &m, &s, 1_748_808_000.0, 0.015);
    let path = dir.join("race.gpx");
    std::fs::write(&path, to_gpx(&pts)).unwrap();
    (path, first.name.clone())
}

#[test]
fn a_rushed_recording_opens_the_debrief_window_with_the_flag() {
    let mut h = harness();
    let dir = tempfile::tempdir().unwrap();
    let (path, name) = rushed_recording(&h, dir.path());
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(Command::OpenRecording(path.clone()), &ctx);
    h.state_mut().finish_debrief();
    h.run_steps(4);
    h.get_by_label("Race debrief");
    let rushed: Vec<_> = h.get_all_by_label_contains("Rushed (").collect();
    assert_eq!(rushed.len(), 1, "one rushed descent");
    assert!(h.get_all_by_label_contains(&name).count() >= 1);
    h.get_by_label_contains("Watch over-read: +1.5 %");
    let before = h.state().settings.plan.watch_over_read_pct;
    h.get_by_label("Plan next race from this").click();
    h.run_steps(2);
    let after = h.state().settings.plan.watch_over_read_pct;
    assert!(
        (after - 1.5).abs() < 0.1 && (before - after).abs() > 0.5,
        "{before} -> {after}"
    );
    let status = h
        .state()
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(status.contains("Watch over-read set to 1.5 %"), "{status}");
    // The race joins the runner's runs: its grades feed the personal curve.
    assert!(
        h.state_mut()
            .finish_runs(std::time::Duration::from_secs(30))
    );
    assert!(
        h.state().settings.runs.contains(&path),
        "{:?}",
        h.state().settings.runs
    );
}

#[test]
fn a_course_file_is_refused_in_one_sentence_and_the_plan_stays() {
    let mut h = harness();
    let before = h.state().session.plan_ok().unwrap().plan.finish_time_s;
    let course = format!(
        "{}/assets/samples/da-nang-thuan-phuoc.gpx",
        env!("CARGO_MANIFEST_DIR")
    );
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(Command::OpenRecording(course.into()), &ctx);
    h.state_mut().finish_debrief();
    h.run_steps(3);
    let m = h.state().message.clone().expect("a message");
    assert!(m.is_error && m.text.contains("no timestamps"), "{}", m.text);
    assert!(h.state().debrief.result.is_none() && !h.state().debrief.open);
    assert_eq!(
        h.state().session.plan_ok().unwrap().plan.finish_time_s,
        before
    );
    assert!(h.query_by_label("Race debrief").is_none());
}
