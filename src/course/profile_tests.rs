//! Unit tests of the profile: flat and ramp courses with known totals and grades.

use super::*;

fn line_course(elev: impl Fn(f64) -> f64, length_m: f64, step_m: f64) -> Course {
    crate::course::synth::straight_course(elev, length_m, step_m).expect("a course")
}

#[test]
fn flat_course_has_zero_gain() {
    let p = Profile::build(
        &line_course(|_| 12.0, 5_000.0, 3.0),
        &ProfileSettings::default(),
    );
    assert_eq!(p.gain_m, Some(0.0));
    assert_eq!(p.loss_m, Some(0.0));
    assert!(p.grade_pct.iter().all(|g| g.abs() < 1e-9));
}

#[test]
fn ramp_has_known_gain_and_grade() {
    let p = Profile::build(
        &line_course(|d| d * 0.04, 2_000.0, 7.0),
        &ProfileSettings::default(),
    );
    assert!((p.gain_m.unwrap() - 80.0).abs() < 0.5, "{:?}", p.gain_m);
    assert!((p.grade_pct[100] - 4.0).abs() < 1e-6);
    assert!((p.total_m() - 2_000.0).abs() < 1e-6 || (p.total_m() - 1_995.0).abs() < 1e-6);
    assert_eq!(p.distance_m[1], 10.0);
}
