//! The runner's corrections in the real app (egui_kittest, headless): rename, re-kind, move
//! an end by its handle, add and delete a descent, mark a bad stretch, enter official
//! figures; each re-plans (still on the goal) and each is undone with Ctrl+Z. Then the
//! memory per course, and `plan --from` on the app's saved plan.

mod common;

use downhill_planner::app::DownhillApp;
use downhill_planner::course::DescentKind;
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

type H = Harness<'static, DownhillApp>;

fn harness() -> H {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_eframe(|cc| DownhillApp::new(cc, None));
    h.run_steps(3);
    h
}

/// The descents on screen, and how many times the plan was solved.
fn descents(h: &H) -> Vec<downhill_planner::course::Descent> {
    h.state().session.view().unwrap().analysis.descents.clone()
}

/// The plan re-solved since `solved_before` and still finishes on the goal.
fn replanned_on_goal(h: &H, solved_before: u64) {
    let app = h.state();
    assert!(app.session.plans_solved() > solved_before, "not re-planned");
    let plan = &app.session.plan_ok().expect("a plan").plan;
    let goal = app.settings.plan.goal_time_s;
    assert!(
        (plan.finish_time_s - goal).abs() <= 1.0,
        "{}",
        plan.finish_time_s
    );
}

/// The number field whose text contains `text`.
fn spin<'a>(h: &'a H, text: &str) -> egui_kittest::Node<'a> {
    h.get_all_by_role(Role::SpinButton)
        .find(|n| n.value().is_some_and(|v| v.contains(text)))
        .unwrap_or_else(|| panic!("no number field with {text}"))
}

fn undo(h: &mut H) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
}

fn select(h: &mut H, k: usize) {
    h.state_mut().ui.selected_descent = Some(k);
    h.run_steps(3);
}

/// Where a distance along the course is on the profile (middle height).
fn on_profile(h: &H, distance_m: f64) -> Pos2 {
    let app = h.state();
    let view = app.session.view().unwrap();
    let y = (view.min_elevation + view.max_elevation) / 2.0;
    app.profile_edit
        .screen_at(distance_m, app.settings.units.metres(), y)
        .expect("profile drawn")
}

/// Drags on the profile from one distance to another in small steps, as a hand does.
fn drag(h: &mut H, from_m: f64, to_m: f64, shift: bool) {
    if shift {
        h.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
    }
    let a = on_profile(h, from_m);
    h.hover_at(a);
    h.run_steps(2);
    h.drag_at(a);
    h.run_steps(1);
    for i in 1..=10 {
        let x = from_m + (to_m - from_m) * f64::from(i) / 10.0;
        h.hover_at(on_profile(h, x));
        h.step();
    }
    let b = on_profile(h, to_m);
    h.drop_at(b);
    h.run_steps(3);
    h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.run_steps(1);
}

#[test]
fn rename_and_change_the_kind_then_undo_each() {
    let mut h = harness();
    let before = descents(&h);
    select(&mut h, 0);
    let solved = h.state().session.plans_solved();
    let field = |h: &H| {
        h.get_all_by_role(Role::TextInput)
            .find(|n| n.value().as_deref() == Some(before[0].name.as_str()))
            .expect("the name field")
            .accesskit_node()
            .id()
    };
    let id = field(&h);
    h.get_by(|n| n.id() == id).focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_by(|n| n.id() == id)
        .type_text("Thuận Phước west ramp");
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    let renamed = descents(&h);
    assert_eq!(renamed[0].name, "Thuận Phước west ramp");
    assert!(renamed[0].edited_by_runner);
    replanned_on_goal(&h, solved);
    assert_eq!(
        h.state().session.plan_ok().unwrap().plan.descents[0].name,
        renamed[0].name
    );
    h.get_by_label_contains("Thuận Phước west ramp ✎");

    let solved = h.state().session.plans_solved();
    let kind = h
        .get_all_by_role(Role::ComboBox)
        .find(|n| n.value().as_deref() == Some("bridge"))
        .expect("the kind box")
        .accesskit_node()
        .id();
    h.get_by(|n| n.id() == kind).click();
    h.run_steps(4);
    h.get_by_label("pass").click();
    h.run_steps(3);
    assert_eq!(descents(&h)[0].kind, DescentKind::Pass);
    replanned_on_goal(&h, solved);

    undo(&mut h);
    assert_eq!(descents(&h)[0].kind, before[0].kind);
    assert_eq!(descents(&h)[0].name, "Thuận Phước west ramp");
    undo(&mut h);
    assert_eq!(descents(&h), before);
    // And redo brings the name back.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(3);
    assert_eq!(descents(&h)[0].name, "Thuận Phước west ramp");
}

#[test]
fn move_an_end_by_its_handle_then_undo() {
    let mut h = harness();
    let before = descents(&h);
    select(&mut h, 1);
    let solved = h.state().session.plans_solved();
    let end = before[1].end_m;
    drag(&mut h, end, end + 400.0, false);
    let moved = descents(&h);
    assert!(
        (moved[1].end_m - (end + 400.0)).abs() <= 60.0,
        "{} -> {}",
        end,
        moved[1].end_m
    );
    assert!((moved[1].start_m - before[1].start_m).abs() < 1.0);
    assert!(moved[1].edited_by_runner);
    assert_eq!(h.state().ui.selected_descent, Some(1), "stays selected");
    replanned_on_goal(&h, solved);
    undo(&mut h);
    assert_eq!(descents(&h), before);
}

#[test]
fn add_a_descent_and_mark_a_bad_stretch_by_shift_drag_then_delete_and_undo() {
    let mut h = harness();
    let before = descents(&h);
    let solved = h.state().session.plans_solved();
    // The first 60 % of the second bridge's descent: the runner's replaces the found one.
    let (from, to) = (
        before[1].start_m,
        before[1].start_m + 0.6 * before[1].length_m(),
    );
    drag(&mut h, from, to, true);
    let (a, b) = h.state().ui.stretch.expect("stretch picked");
    assert!((a - from).abs() < 30.0 && (b - to).abs() < 30.0, "{a} {b}");
    h.get_by_label("Add a descent here").click();
    h.run_steps(3);
    let added = descents(&h);
    assert_eq!(added.len(), before.len());
    assert!(!added.contains(&before[1]));
    let mine = added
        .iter()
        .position(|d| d.kind_reason == "added by you")
        .unwrap();
    assert!(added[mine].name.starts_with("Your descent"));
    replanned_on_goal(&h, solved);

    // Delete it through the editor.
    select(&mut h, mine);
    let solved = h.state().session.plans_solved();
    h.get_by_label("Delete this descent").click();
    h.run_steps(3);
    assert_eq!(descents(&h), before);
    replanned_on_goal(&h, solved);
    undo(&mut h);
    assert!(descents(&h).iter().any(|d| d.kind_reason == "added by you"));
    undo(&mut h);
    assert_eq!(descents(&h), before);

    // Mark the first bridge's hump as bad elevation: it is drawn flat, its descent goes.
    let (s, e) = (before[0].start_m - 1_000.0, before[0].end_m + 300.0);
    drag(&mut h, s, e, true);
    let solved = h.state().session.plans_solved();
    h.get_by_label("Mark as bad elevation").click();
    h.run_steps(3);
    let marked = descents(&h);
    assert_eq!(marked.len(), before.len() - 1, "{marked:?}");
    let view = h.state().session.view().unwrap();
    assert!(
        view.analysis
            .profile
            .repairs
            .iter()
            .any(|r| r.kind == downhill_planner::course::repair::RepairKind::MarkedBad)
    );
    replanned_on_goal(&h, solved);
    h.get_by_label("Your corrections (1)").click();
    h.run_steps(3);
    h.get_by_label_contains("bad elevation (marked by you)");
    undo(&mut h);
    assert_eq!(descents(&h), before);
}

#[test]
fn official_figures_scale_the_course_and_undo() {
    let mut h = harness();
    let total = h.state().session.view().unwrap().analysis.profile.total_m();
    h.get_by_label("Your corrections").click();
    h.run_steps(3);
    let solved = h.state().session.plans_solved();
    spin(&h, " km").set_value_accesskit(42.5);
    h.run_steps(1);
    spin(&h, "climb").set_value_accesskit(75.0);
    h.run_steps(2);
    h.get_by_label("Apply").click();
    h.run_steps(3);
    let p = &h.state().session.view().unwrap().analysis.profile;
    assert!((p.total_m() - 42_500.0).abs() < 1.0, "{}", p.total_m());
    assert!((p.gain_m.unwrap() - 75.0).abs() < 1.0, "{:?}", p.gain_m);
    replanned_on_goal(&h, solved);
    h.get_by_label("The course is scaled to the official figures.");
    undo(&mut h);
    let p = &h.state().session.view().unwrap().analysis.profile;
    assert!((p.total_m() - total).abs() < 1e-6);
}

#[test]
fn corrections_are_remembered_per_course_reset_asks_first_and_plan_from_agrees() {
    let mut h = harness();
    select(&mut h, 0);
    let origin = h.state().session.view().unwrap().analysis.origins[0];
    let mut c = h.state().analysis_settings.corrections.clone();
    c.edit_descent(origin, |e| e.name = Some("Remembered".into()));
    c.add_descent(15_000.0, 15_700.0);
    h.state_mut().analysis_settings.corrections = c.clone();
    h.state_mut().ui.selected_descent = None;
    // Through the command, as the panels do, so it is remembered.
    h.state_mut().settings.corrections.clear();
    h.state_mut().analysis_settings.corrections = Default::default();
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(downhill_planner::app::Command::Correct(c.clone()), &ctx);
    h.run_steps(2);
    assert!(descents(&h).iter().any(|d| d.name == "Remembered"));

    // The app's saved plan, planned again by the command line, gives the same plan.
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("plan.json");
    h.state_mut().export_json(&saved);
    let app_plan = h.state().session.plan_ok().unwrap().plan.clone();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_downhill-planner"))
        .args(["plan", "--from"])
        .arg(&saved)
        .args(["--json", "-"])
        .output()
        .unwrap();
    common::assert_success(&out);
    let cli: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let app_json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&saved).unwrap()).unwrap();
    assert_eq!(cli["descents"], app_json["descents"]);
    assert_eq!(cli["splits_km"], app_json["splits_km"]);
    assert_eq!(
        cli["finish_time_s"].as_f64().unwrap(),
        app_plan.finish_time_s
    );

    // Another course, then this one again: the corrections come back with it.
    h.state_mut().load_sample_now(1);
    h.run_steps(2);
    assert!(h.state().analysis_settings.corrections.is_empty());
    h.state_mut().load_sample_now(0);
    h.run_steps(2);
    assert_eq!(h.state().analysis_settings.corrections, c);
    assert!(descents(&h).iter().any(|d| d.name == "Remembered"));

    // Reset asks first; cancel keeps everything, confirm removes it, Ctrl+Z restores.
    h.get_by_label("Your corrections (2)").click();
    h.run_steps(2);
    h.get_by_label("Reset this course…").click();
    h.run_steps(4);
    assert!(h.state().ui.confirm_reset, "the question is open");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert_eq!(h.state().analysis_settings.corrections, c);
    h.get_by_label("Reset this course…").click();
    h.run_steps(4);
    h.get_by_label("Remove my corrections").click();
    h.run_steps(3);
    assert!(h.state().analysis_settings.corrections.is_empty());
    assert!(!descents(&h).iter().any(|d| d.edited_by_runner));
    undo(&mut h);
    assert_eq!(h.state().analysis_settings.corrections, c);
}

#[test]
fn opening_a_saved_corrected_plan_restores_its_corrections() {
    let mut h = harness();
    let origin = h.state().session.view().unwrap().analysis.origins[1];
    let mut c = downhill_planner::course::Corrections::default();
    c.edit_descent(origin, |e| e.kind = Some(DescentKind::Hill));
    c.official.gain_m = Some(80.0);
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(downhill_planner::app::Command::Correct(c.clone()), &ctx);
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("plan.json");
    h.state_mut().export_json(&saved);
    let bytes = std::fs::read(&saved).unwrap();

    // A fresh app that never saw these corrections.
    let mut fresh = harness();
    assert!(fresh.state().settings.corrections.is_empty());
    let ctx = fresh.ctx.clone();
    fresh.state_mut().open_plan_bytes(&bytes, &ctx);
    fresh.run_steps(3);
    assert_eq!(fresh.state().analysis_settings.corrections, c);
    assert_eq!(descents(&fresh)[1].kind, DescentKind::Hill);
    let gain = fresh
        .state()
        .session
        .view()
        .unwrap()
        .analysis
        .profile
        .gain_m
        .unwrap();
    assert!((gain - 80.0).abs() < 1.0, "{gain}");
    // And it remembers them for the course from now on.
    assert_eq!(fresh.state().settings.corrections.len(), 1);
}
