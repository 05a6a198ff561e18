//! Synthetic courses with known truth (built from legs, GPS-like noise added): every true
//! descent is found with its ends within 150 m and its drop within 15 %; a noisy flat
//! course has none. Plus property tests for resampling and smoothing.

mod common;

use common::{spec, true_descents};
use downhill_planner::course::sample::{Leg, SAMPLE_RACES, mirrored};
use downhill_planner::course::synth::with_elevation_noise;
use downhill_planner::course::{self, AnalysisSettings, DescentKind, Profile, ProfileSettings};
use proptest::prelude::*;

fn check_found(legs: Vec<Leg>, sigma_m: f64, seed: u64) {
    let truth = true_descents(&legs);
    let course = with_elevation_noise(&spec(legs).build(3.0), sigma_m, seed);
    let a = course::analyze(&course, &AnalysisSettings::default());
    assert_eq!(
        a.descents.len(),
        truth.len(),
        "found {:#?}\ntruth {truth:?}",
        a.descents
    );
    for (d, (s, e, drop)) in a.descents.iter().zip(&truth) {
        assert!((d.start_m - s).abs() <= 150.0, "start {} vs {s}", d.start_m);
        assert!((d.end_m - e).abs() <= 150.0, "end {} vs {e}", d.end_m);
        assert!(
            (d.drop_m - drop).abs() <= 0.15 * drop,
            "drop {} vs {drop}",
            d.drop_m
        );
        assert!(d.avg_grade_pct < 0.0 && d.max_grade_pct <= d.avg_grade_pct);
    }
}

#[test]
fn bridge_sized_descents_are_found_in_noise() {
    // A 10 m drop at 3 % (bridge), a 30 m bridge hump, a 5 % 800 m hill.
    let legs = vec![
        Leg::flat(2_000.0),
        Leg::slope(333.0, 10.0),
        Leg::flat(100.0),
        Leg::slope(333.0, -10.0),
        Leg::flat(3_000.0),
        Leg::slope(900.0, 30.0),
        Leg::flat(400.0),
        Leg::slope(900.0, -30.0),
        Leg::flat(3_000.0),
        Leg::slope(800.0, 40.0),
        Leg::slope(800.0, -40.0),
        Leg::flat(2_000.0),
    ];
    // Noise like a barometric watch: 1 m white jitter per point plus a slow drift.
    for seed in 1..=10 {
        check_found(legs.clone(), 1.0, seed);
    }
}

#[test]
fn long_pass_descent_with_counter_rises_is_one_descent() {
    let legs = vec![
        Leg::flat(1_000.0),
        Leg::winding(3_000.0, 90.0, 30.0),
        Leg::winding(1_200.0, -40.0, 35.0),
        Leg::winding(150.0, 3.0, 35.0),
        Leg::winding(1_500.0, -50.0, 35.0),
        Leg::flat(2_000.0),
    ];
    let course = with_elevation_noise(&spec(legs).build(3.0), 1.0, 3);
    let a = course::analyze(&course, &AnalysisSettings::default());
    assert_eq!(a.descents.len(), 1, "{:#?}", a.descents);
    let d = &a.descents[0];
    assert!(
        (d.start_m - 4_000.0).abs() < 150.0 && (d.end_m - 6_850.0).abs() < 150.0,
        "{d:?}"
    );
    assert_eq!(d.kind, DescentKind::Pass, "{d:?}");
}

#[test]
fn straight_symmetric_hump_is_a_bridge_and_lone_drop_is_a_hill() {
    let mut legs = vec![
        Leg::flat(1_000.0),
        Leg::slope(1_000.0, 45.0),
        Leg::flat(300.0),
        Leg::slope(1_000.0, -45.0),
    ];
    legs.push(Leg::flat(2_000.0));
    legs.push(Leg::slope(600.0, -25.0));
    legs.push(Leg::flat(1_000.0));
    let a = course::analyze(&spec(legs).build(5.0), &AnalysisSettings::default());
    assert_eq!(a.descents.len(), 2);
    assert_eq!(
        a.descents[0].kind,
        DescentKind::Bridge,
        "{:?}",
        a.descents[0]
    );
    assert_eq!(a.descents[1].kind, DescentKind::Hill, "{:?}", a.descents[1]);
    assert_eq!(a.descents[0].name, "Descent 1");
}

#[test]
fn noisy_flat_course_has_no_descents() {
    let legs = vec![
        Leg::flat(10_000.0),
        Leg::turn(200.0, 180.0),
        Leg::flat(10_000.0),
    ];
    for seed in 1..=10 {
        let course = with_elevation_noise(&spec(legs.clone()).build(3.0), 2.0, seed);
        let a = course::analyze(&course, &AnalysisSettings::default());
        assert!(a.descents.is_empty(), "seed {seed}: {:#?}", a.descents);
        assert!(a.climbs.is_empty(), "seed {seed}: {:#?}", a.climbs);
        assert!(
            a.profile.gain_m.unwrap() < 30.0,
            "seed {seed}: gain {:?}",
            a.profile.gain_m
        );
    }
}

#[test]
fn sample_races_show_their_landmarks() {
    let expect = [
        ("da-nang-thuan-phuoc", "Thuận Phước", DescentKind::Bridge, 2),
        ("ha-long-bai-chay", "Bãi Cháy", DescentKind::Bridge, 2),
        ("nha-trang-luong-son", "Lương Sơn", DescentKind::Pass, 1),
    ];
    for (race, (id, name, kind, count)) in SAMPLE_RACES.iter().zip(expect) {
        assert_eq!(race.id, id);
        let course = race.load().unwrap();
        assert!(
            (course.distance_m() - 42_195.0).abs() < 50.0,
            "{id}: {}",
            course.distance_m()
        );
        assert!(
            course
                .description
                .as_deref()
                .unwrap_or("")
                .contains("APPROXIMATION")
        );
        let a = course::analyze(&course, &AnalysisSettings::default());
        let hits = a
            .descents
            .iter()
            .filter(|d| d.name.contains(name) && d.kind == kind)
            .count();
        assert_eq!(hits, count, "{id}: {:#?}", a.descents);
    }
}

#[test]
fn bundled_sample_files_match_their_generator() {
    for race in SAMPLE_RACES {
        let built = (race.spec)().build(course::sample::SAMPLE_STEP_M);
        let text = course::sample::to_gpx(&built).unwrap();
        assert!(
            text.as_bytes() == race.gpx,
            "{} is stale: run `cargo run -- make-samples`",
            race.id
        );
    }
}

#[test]
fn reversed_bridge_course_still_finds_bridge() {
    let out = vec![
        Leg::flat(1_000.0),
        Leg::slope(900.0, 30.0),
        Leg::flat(400.0),
        Leg::slope(900.0, -30.0),
        Leg::flat(1_000.0),
    ];
    let mut legs = out.clone();
    legs.push(Leg::turn(100.0, 180.0));
    legs.extend(mirrored(&out));
    let a = course::analyze(&spec(legs).build(5.0), &AnalysisSettings::default());
    assert_eq!(a.descents.len(), 2);
    assert!(a.descents.iter().all(|d| d.kind == DescentKind::Bridge));
    assert!(a.descents.windows(2).all(|w| w[0].start_m < w[1].start_m));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn resampling_keeps_length_and_smoothing_never_widens_range(
        legs in prop::collection::vec((50.0f64..2_000.0, -60.0f64..60.0, -90.0f64..90.0), 1..8),
        step in 2.0f64..40.0,
        spacing in 1.0f64..50.0,
        window in 0.0f64..400.0,
        sigma in 0.0f64..3.0,
        seed in 0u64..1_000,
    ) {
        let legs: Vec<Leg> = legs
            .into_iter()
            .map(|(l, r, t)| Leg { length_m: l, rise_m: r, turn_deg: t, winding_deg: 0.0 })
            .collect();
        let course = with_elevation_noise(&spec(legs).build(step), sigma, seed);
        // The plain method (no noise-aware minimum grade), whose gain minus loss is exactly
        // the net change; the noise-aware totals leave gentle stretches out on purpose.
        let settings = ProfileSettings {
            spacing_m: spacing,
            smoothing_window_m: window,
            threshold_from_noise: false,
            ..ProfileSettings::default()
        };
        let p = Profile::build(&course, &settings);
        prop_assert!((p.total_m() - course.distance_m()).abs() < 1e-6);
        prop_assert!(p.distance_m.windows(2).all(|w| w[1] > w[0]));
        prop_assert!(p.distance_m.windows(2).all(|w| w[1] - w[0] <= spacing + 1e-9));
        let (lo, hi) = course
            .points()
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), q| {
                (a.min(q.elevation_m), b.max(q.elevation_m))
            });
        let (slo, shi) = p
            .elevation_m
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(*v), b.max(*v)));
        prop_assert!(
            slo >= lo - 1e-9 && shi <= hi + 1e-9,
            "smoothed {slo}..{shi} outside raw {lo}..{hi}"
        );
        // Gain minus loss equals the net height change of the smoothed profile.
        let net = p.elevation_m[p.len() - 1] - p.elevation_m[0];
        prop_assert!((p.gain_m.unwrap() - p.loss_m.unwrap() - net).abs() < 1e-6);
    }
}
