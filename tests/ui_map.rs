//! The course as a map in the real app (egui_kittest, headless): it fits the course on
//! open, hovering it marks the profile and hovering the profile marks it, a click on a
//! descent selects it, and the wheel zooms until "Fit" shows the whole course again.

use downhill_planner::app::DownhillApp;
use downhill_planner::app::map::HoverSource;
use egui::{Event, PointerButton, Pos2};
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

/// Where a distance along the course is on the map.
fn on_map(h: &H, distance_m: f64) -> Pos2 {
    let app = h.state();
    app.map
        .screen_at(app.session.view().unwrap(), distance_m)
        .expect("the map is drawn")
}

/// Screen distance between two places along the course on the map, points.
fn apart_px(h: &H, a_m: f64, b_m: f64) -> f32 {
    on_map(h, a_m).distance(on_map(h, b_m))
}

fn click(h: &mut H, pos: Pos2) {
    h.hover_at(pos);
    h.run_steps(2);
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        h.step();
    }
    h.run_steps(3);
}

#[test]
fn the_course_is_fitted_on_open() {
    let h = harness();
    let app = h.state();
    let map = app.session.view().unwrap().map.as_ref().unwrap();
    let t = app.map.transform.expect("drawn");
    for p in [map.bounds.min, map.bounds.max] {
        assert!(t.rect.contains(t.to_screen(p)), "inside the map: {p:?}");
    }
    let [w, h_m] = map.bounds.size_m();
    let used = (w / t.m_per_px) as f32 / t.rect.width();
    let used_h = (h_m / t.m_per_px) as f32 / t.rect.height();
    assert!(
        used.max(used_h) > 0.8,
        "the course fills the map: {used} {used_h}"
    );
    h.get_by_label("Course map");
}

#[test]
fn hovering_the_map_marks_the_profile() {
    let mut h = harness();
    let d = {
        let view = h.state().session.view().unwrap();
        let desc = &view.analysis.descents[0];
        (desc.start_m + desc.end_m) / 2.0
    };
    h.hover_at(on_map(&h, d));
    h.run_steps(3);
    let hover = h.state().ui.hover.expect("a hover");
    assert_eq!(hover.from, HoverSource::Map);
    // The same place (an out-and-back course passes it twice: either pass is right).
    assert!(apart_px(&h, hover.distance_m, d) < 3.0, "{hover:?} vs {d}");
    let marked = h.state().profile_edit.map_marker_m;
    assert_eq!(marked, Some(hover.distance_m), "the profile marks it");
    let units = h.state().settings.units;
    h.get_by_label_contains(&format!("At {}", units.distance(hover.distance_m)));
    // Off the map: the hover goes, and so does the marker.
    h.hover_at(Pos2::new(5.0, 500.0));
    h.run_steps(3);
    assert_eq!(h.state().ui.hover, None);
    assert_eq!(h.state().profile_edit.map_marker_m, None);
}

#[test]
fn hovering_the_profile_marks_the_map() {
    let mut h = harness();
    let d = 12_000.0;
    let pos = {
        let app = h.state();
        let view = app.session.view().unwrap();
        let y = (view.min_elevation + view.max_elevation) / 2.0;
        let unit_m = app.settings.units.metres();
        app.profile_edit
            .screen_at(d, unit_m, y)
            .expect("profile drawn")
    };
    h.hover_at(pos);
    h.run_steps(3);
    let hover = h.state().ui.hover.expect("a hover");
    assert_eq!(hover.from, HoverSource::Profile);
    assert!((hover.distance_m - d).abs() < 150.0, "{hover:?}");
    assert_eq!(
        h.state().map.marker_m,
        Some(hover.distance_m),
        "the map marks it"
    );
    assert_eq!(
        h.state().profile_edit.map_marker_m,
        None,
        "no echo on the profile"
    );
}

#[test]
fn a_click_on_a_descent_on_the_map_selects_it() {
    let mut h = harness();
    let descents = h.state().session.view().unwrap().analysis.descents.clone();
    assert_eq!(h.state().ui.selected_descent, None);
    let last = descents.len() - 1;
    let d = (descents[last].start_m + descents[last].end_m) / 2.0;
    let at = on_map(&h, d);
    click(&mut h, at);
    let k = h.state().ui.selected_descent.expect("a descent selected");
    // The one clicked, or another pass over the same road.
    let mid = (descents[k].start_m + descents[k].end_m) / 2.0;
    let closest = (0..=100)
        .map(|i| {
            let x = descents[k].start_m
                + (descents[k].end_m - descents[k].start_m) * f64::from(i) / 100.0;
            apart_px(&h, x, d)
        })
        .fold(f32::INFINITY, f32::min);
    assert!(closest < 3.0, "{} at {mid}", descents[k].name);
    // A click far from the track changes nothing.
    let t = h.state().map.transform.unwrap();
    let corner = t.rect.left_top() + egui::vec2(3.0, 3.0);
    click(&mut h, corner);
    assert_eq!(h.state().ui.selected_descent, Some(k));
}

#[test]
fn the_wheel_zooms_and_fit_shows_the_whole_course_again() {
    let mut h = harness();
    let fitted = h.state().map.transform.unwrap();
    let centre = fitted.rect.center();
    h.hover_at(centre);
    h.step();
    for _ in 0..5 {
        h.event(Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, 120.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        h.step();
    }
    h.run_steps(10);
    let zoomed = h.state().map.transform.unwrap();
    assert!(zoomed.m_per_px < fitted.m_per_px * 0.7, "{zoomed:?}");
    h.get_by_label("Fit").click();
    h.run_steps(3);
    let again = h.state().map.transform.unwrap();
    assert!((again.m_per_px - fitted.m_per_px).abs() < 1e-6 * fitted.m_per_px);
}
