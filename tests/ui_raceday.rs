//! The race morning in the real app (egui_kittest, headless): the typical morning of the
//! sample race, keep-goal and keep-effort, the shading of the dark kilometres, the catch-up
//! card.

use downhill_planner::app::DownhillApp;
use downhill_planner::plan::HeatMode;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

type H = Harness<'static, DownhillApp>;

fn harness() -> H {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1800.0))
        .build_eframe(|cc| DownhillApp::new(cc, None));
    h.run_steps(3);
    h
}

#[test]
fn the_typical_morning_changes_the_plan_and_keep_effort_shows_the_later_finish() {
    let mut h = harness();
    let goal = h.state().settings.plan.goal_time_s;
    h.get_by_label("Race morning").click();
    h.run_steps(3);
    h.get_by_label_contains("No conditions: the plan ignores heat.");
    h.get_by_label("Typical morning for this race").click();
    h.run_steps(3);
    let plan = h.state().session.plan_ok().expect("plan").plan.clone();
    let c = plan.conditions.as_ref().expect("conditions");
    assert_eq!(c.sunrise.as_deref(), Some("05:24"), "Da Nang, 20 July");
    let heat = plan.heat.as_ref().expect("heat");
    assert!((plan.finish_time_s - goal).abs() <= 1.0, "keep my goal");
    assert!(heat.finish_same_effort_s > goal + 60.0);
    h.get_by_label_contains("At the goal's effort in this heat");
    h.get_by_label_contains("Dawn 05:01");
    // The dark kilometres are shaded on the pace plot.
    let view = h.state().session.plan_ok().expect("plan");
    let (a, b) = view.night_km.expect("night");
    assert!(a == 0.0 && b > 10.0, "{a} {b}");
    assert!(view.dawn_km.is_some());

    h.get_by_label("Keep my effort").click();
    h.run_steps(3);
    assert_eq!(
        h.state().settings.plan.conditions.mode,
        HeatMode::KeepEffort
    );
    let plan = &h.state().session.plan_ok().expect("plan").plan;
    let same = plan.heat.as_ref().expect("heat").finish_same_effort_s;
    assert!(
        (plan.finish_time_s - same).abs() <= 1.0,
        "keep my effort finishes later"
    );
    h.get_by_label_contains("Catch-up card");
    assert!(!plan.catch_up.is_empty());

    h.get_by_label("No heat model").click();
    h.run_steps(3);
    let plan = &h.state().session.plan_ok().expect("plan").plan;
    assert!(plan.heat.is_none() && (plan.finish_time_s - goal).abs() <= 1.0);
}
