//! Course truth on noisy files: synthetic courses with known truth and barometric-like noise
//! (a slow drift of 2 m correlated over 500 m plus 0.2 m white jitter, on 1 Hz points: one
//! every 3 m at running speed). The totals stay near the truth and the noise invents no hills.

mod common;

use common::{errors, noisy, spec, true_descents, true_gain};
use downhill_planner::course::repair::RepairKind;
use downhill_planner::course::report::AnalyzeReport;
use downhill_planner::course::sample::Leg;
use downhill_planner::course::{self, AnalysisSettings, Course, CoursePoint, Warning};

/// A marathon with two bridges: an asymmetric one (a long gentle approach, a short steep
/// fall) with a flat deck, then a symmetric hump crossed back later.
fn two_bridge_marathon() -> Vec<Leg> {
    vec![
        Leg::flat(5_000.0),
        Leg::slope(1_100.0, 32.0),
        Leg::flat(400.0),
        Leg::slope(700.0, -32.0),
        Leg::flat(14_000.0),
        Leg::slope(900.0, 30.0),
        Leg::slope(900.0, -30.0),
        Leg::flat(19_195.0),
    ]
}

#[test]
fn drifting_marathon_with_two_bridges_has_an_honest_gain() {
    let legs = two_bridge_marathon();
    let truth = true_gain(&legs);
    for seed in 1..=12 {
        let a = course::analyze(&noisy(legs.clone(), seed), &AnalysisSettings::default());
        let gain = a.profile.gain_m.unwrap_or(f64::NAN);
        assert!(
            (gain - truth).abs() <= 0.2 * truth,
            "seed {seed}: gain {gain} vs {truth}"
        );
        let plus_minus = a.profile.gain_uncertainty_m.unwrap_or(f64::NAN);
        assert!(
            plus_minus > 0.0 && plus_minus < truth,
            "seed {seed}: +- {plus_minus}"
        );
        let drift = a.profile.noise.map_or(0.0, |n| n.drift_m);
        assert!(
            drift > 0.5 && drift < 3.0,
            "seed {seed}: drift estimate {drift}"
        );
    }
}

#[test]
fn drifting_marathon_descents_start_at_the_crest_and_end_at_the_foot() {
    // The targets: both ends within 100 m of the truth and the drop within 15 %. A 2 m drift
    // moves a 30 m drop by 2.4 m (one standard deviation) on its own, so a few descents in
    // a hundred miss; every one is found, none is cut in pieces, and none misses by much.
    let legs = two_bridge_marathon();
    let truth = true_descents(&legs);
    let (mut on_target, mut total) = (0, 0);
    for seed in 1..=12 {
        let a = course::analyze(&noisy(legs.clone(), seed), &AnalysisSettings::default());
        assert_eq!(
            a.descents.len(),
            truth.len(),
            "seed {seed}: {:#?}",
            a.descents
        );
        for (d, &(s, e, drop)) in a.descents.iter().zip(&truth) {
            let (ds, de, dd) = (
                (d.start_m - s).abs(),
                (d.end_m - e).abs(),
                (d.drop_m - drop).abs(),
            );
            assert!(
                ds < 300.0 && de < 300.0 && dd < 0.25 * drop,
                "seed {seed}: {d:?}"
            );
            total += 1;
            if ds <= 100.0 && de <= 100.0 && dd <= 0.15 * drop {
                on_target += 1;
            }
        }
    }
    assert!(
        on_target * 100 >= total * 85,
        "{on_target} of {total} on target"
    );
}

#[test]
fn drifting_flat_10k_has_no_hills() {
    for seed in 1..=12 {
        let a = course::analyze(
            &noisy(vec![Leg::flat(10_000.0)], seed),
            &AnalysisSettings::default(),
        );
        let gain = a.profile.gain_m.unwrap_or(f64::NAN);
        assert!(gain <= 15.0, "seed {seed}: gain {gain}");
        assert!(
            a.descents.is_empty() && a.climbs.is_empty(),
            "seed {seed}: {:?}",
            a.descents
        );
    }
}

#[test]
fn without_noise_awareness_the_drift_inflates_the_climb() {
    // The same file with the threshold kept as set: what the totals were before, and why
    // the noise estimate matters (more than twice the truth).
    let legs = two_bridge_marathon();
    let truth = true_gain(&legs);
    let mut settings = AnalysisSettings::default();
    settings.profile.threshold_from_noise = false;
    let a = course::analyze(&noisy(legs, 1), &settings);
    assert!(a.profile.gain_m.unwrap_or(0.0) > 1.8 * truth);
}

#[test]
fn a_clean_course_keeps_its_totals_exactly() {
    let legs = two_bridge_marathon();
    let clean = spec(legs.clone()).build(3.0);
    let a = course::analyze(&clean, &AnalysisSettings::default());
    assert!((a.profile.gain_m.unwrap_or(0.0) - true_gain(&legs)).abs() < 1.0);
    assert_eq!(a.profile.settings.gain_threshold_m, 3.0);
    assert!(a.profile.gain_uncertainty_m.unwrap_or(1.0) < 0.5);
}

#[test]
#[ignore = "measurement: cargo test --test course_truth -- --ignored --nocapture"]
fn measure_noise_response() {
    for seed in 1..=16 {
        let legs = two_bridge_marathon();
        let truth = true_gain(&legs);
        let a = course::analyze(&noisy(legs, seed), &AnalysisSettings::default());
        let flat = course::analyze(
            &noisy(vec![Leg::flat(10_000.0)], seed),
            &AnalysisSettings::default(),
        );
        println!(
            "seed {seed}: {:?} thr {:.1} marathon gain {:.0} +- {:.0} (truth {truth:.0}), \
             {} descents, {} climbs | flat 10 km {:?} thr {:.1} gain {:.0}, {} descents, {} climbs",
            a.profile.noise,
            a.profile.settings.gain_threshold_m,
            a.profile.gain_m.unwrap_or(0.0),
            a.profile.gain_uncertainty_m.unwrap_or(0.0),
            a.descents.len(),
            a.climbs.len(),
            flat.profile
                .noise
                .map(|n| (n.drift_m * 100.0).round() / 100.0),
            flat.profile.settings.gain_threshold_m,
            flat.profile.gain_m.unwrap_or(0.0),
            flat.descents.len(),
            flat.climbs.len()
        );
        for d in &a.descents {
            println!(
                "   descent {:.0}-{:.0} drop {:.1}",
                d.start_m, d.end_m, d.drop_m
            );
        }
    }
}

/// The two-bridge marathon as an elevation model gets it wrong: a building spike, a cutting
/// pit, a step between two tiles, and a tunnel where the watch recorded nothing.
fn with_artifacts(course: &Course) -> Course {
    let points: Vec<CoursePoint> = course
        .points()
        .iter()
        .filter(|p| !(30_000.0..30_400.0).contains(&p.distance_m))
        .map(|p| {
            let d = p.distance_m;
            let mut e = p.elevation_m;
            if (10_000.0..10_030.0).contains(&d) {
                e += 40.0;
            }
            if (12_000.0..12_040.0).contains(&d) {
                e -= 25.0;
            }
            if d >= 16_000.0 {
                e += 30.0;
            }
            CoursePoint {
                elevation_m: e,
                ..*p
            }
        })
        .collect();
    Course::from_points("artifacts", points, Vec::new()).expect("a course")
}

#[test]
fn spikes_pits_steps_and_gaps_are_repaired_and_reported() {
    let clean = spec(two_bridge_marathon()).build(3.0);
    let a = course::analyze(&with_artifacts(&clean), &AnalysisSettings::default());
    let found: Vec<(RepairKind, f64)> = a
        .profile
        .repairs
        .iter()
        .map(|r| (r.kind, (r.start_m + r.end_m) / 2.0))
        .collect();
    let near = |kind: RepairKind, at_m: f64| {
        found
            .iter()
            .any(|&(k, mid)| k == kind && (mid - at_m).abs() < 300.0)
    };
    assert!(near(RepairKind::Spike, 10_015.0), "{found:?}");
    assert!(near(RepairKind::Pit, 12_020.0), "{found:?}");
    assert!(near(RepairKind::Step, 16_000.0), "{found:?}");
    assert!(near(RepairKind::Gap, 30_200.0), "{found:?}");
    assert_eq!(found.len(), 4, "{found:?}");
    // None of them is planned as a descent, and no grade left is beyond a road's.
    assert_eq!(a.descents.len(), 2, "{:#?}", a.descents);
    assert!(a.profile.grade_pct.iter().all(|g| g.abs() < 16.0));
    assert!(
        a.warnings
            .iter()
            .any(|w| matches!(w, Warning::Repaired { count: 3 }))
    );
    // The JSON says where the heights come from, and why.
    let report = AnalyzeReport::new(&with_artifacts(&clean), &a, &AnalysisSettings::default());
    let q = &report.course.elevation_quality;
    assert!(
        q.iter()
            .any(|s| s.source == "repaired" && s.reason.starts_with("spike of 4"))
    );
    assert!(
        q.iter()
            .any(|s| s.source == "interpolated" && s.reason.starts_with("gap"))
    );
    assert!(
        q.windows(2)
            .all(|w| (w[0].end_m - w[1].start_m).abs() < 1e-6)
    );
}

#[test]
fn a_trail_keeps_its_steep_grades() {
    // A mountain path: 300 m at 40 % up and down, four times. Real, so nothing is repaired.
    let mut legs = Vec::new();
    for _ in 0..4 {
        legs.extend([
            Leg::flat(500.0),
            Leg::slope(300.0, 120.0),
            Leg::slope(300.0, -120.0),
        ]);
    }
    let a = course::analyze(&spec(legs).build(3.0), &AnalysisSettings::default());
    assert!(a.profile.repairs.is_empty(), "{:?}", a.profile.repairs);
}

/// A straight course over a bridge centred on `(lat, lon)`: 2 km of flat, a 900 m ramp up
/// 30 m, a 300 m deck whose middle is the centre, a 900 m ramp down, 2 km of flat.
fn over_bridge(lat: f64, lon: f64, name: &str) -> Course {
    let (lat0, lon0) = downhill_planner::course::geo::destination(lat, lon, 180.0, 3_050.0);
    let height = |d: f64| match d {
        d if d < 2_000.0 => 5.0,
        d if d < 2_900.0 => 5.0 + (d - 2_000.0) / 30.0,
        d if d < 3_200.0 => 35.0,
        d if d < 4_100.0 => 35.0 - (d - 3_200.0) / 30.0,
        _ => 5.0,
    };
    let points = (0..=610)
        .map(|i| {
            let d = f64::from(i) * 10.0;
            let (lat_deg, lon_deg) = downhill_planner::course::geo::destination(lat0, lon0, 0.0, d);
            CoursePoint {
                lat_deg,
                lon_deg,
                distance_m: d,
                elevation_m: height(d),
            }
        })
        .collect();
    Course::from_points(name, points, Vec::new()).expect("a course")
}

#[test]
fn a_course_over_a_listed_bridge_takes_its_name_and_kind() {
    // Thuận Phước (Đà Nẵng) and Bãi Cháy (Hạ Long), at the gazetteer's coordinates.
    for (lat, lon, name) in [
        (16.0919, 108.222, "Cầu Thuận Phước (Thuận Phước Bridge)"),
        (20.960_278, 107.065_833, "Cầu Bãi Cháy (Bãi Cháy Bridge)"),
    ] {
        let c = over_bridge(lat, lon, "VnExpress course");
        let a = course::analyze(&c, &AnalysisSettings::default());
        assert_eq!(a.descents.len(), 1, "{:#?}", a.descents);
        let d = &a.descents[0];
        assert_eq!(d.name, name);
        assert_eq!(d.kind, course::DescentKind::Bridge);
        assert!(d.kind_reason.contains("gazetteer"), "{}", d.kind_reason);
    }
    // The same shape 3 km away from any listed bridge keeps a plain name.
    let elsewhere = over_bridge(16.2, 108.05, "nowhere");
    let a = course::analyze(&elsewhere, &AnalysisSettings::default());
    assert_eq!(a.descents[0].name, "Descent 1");
}

#[test]
fn real_pass_descents_are_named_from_the_gazetteer() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/real-courses");
    if !dir.is_dir() {
        return;
    }
    let named = |file: &str| -> Vec<(String, course::DescentKind, f64)> {
        let c = Course::load_path(&dir.join(file)).expect("the real course loads");
        course::analyze(&c, &AnalysisSettings::default())
            .descents
            .into_iter()
            .map(|d| (d.name, d.kind, d.drop_m))
            .collect()
    };
    let stelvio = named("stelvio-umbrail-loop_strava-recording.gpx");
    assert!(
        stelvio
            .iter()
            .any(|(n, k, drop)| n.starts_with("Passo dello Stelvio")
                && *k == course::DescentKind::Pass
                && *drop > 1_400.0),
        "{stelvio:?}"
    );
    let etape = named("etape-du-tour-2025_albertville-la-plagne_route.gpx");
    for pass in ["Col des Saisies", "Cormet de Roselend"] {
        assert!(
            etape
                .iter()
                .any(|(n, k, _)| n == pass && *k == course::DescentKind::Pass),
            "{pass}: {etape:?}"
        );
    }
}

#[test]
#[ignore = "measurement: cargo test --test course_truth -- --ignored --nocapture measure_errors"]
fn measure_errors() {
    let legs = two_bridge_marathon();
    println!(
        "two-bridge marathon: {}",
        errors(&legs, &true_descents(&legs), 1..=24)
    );
}

#[test]
fn large_jitter_widens_the_smoothing_window_and_keeps_the_totals() {
    // 3 m of white jitter on every point (no drift): a 100 m average leaves 0.8 m of it, and
    // the turning points take the rest for hills; the window chosen from the jitter does not.
    let legs = two_bridge_marathon();
    let truth = true_gain(&legs);
    let clean = spec(legs).build(3.0);
    for seed in 1..=4 {
        let jittery = course::synth::with_drift_noise(&clean, 0.0, 500.0, 3.0, seed);
        let a = course::analyze(&jittery, &AnalysisSettings::default());
        let p = &a.profile;
        assert_eq!(p.settings.smoothing_window_m, 200.0, "seed {seed}");
        assert_eq!(p.smoothing_widened_from_m, Some(100.0));
        assert!(p.method().contains("widened from 100 m"), "{}", p.method());
        let gain = p.gain_m.unwrap_or(f64::NAN);
        assert!(
            (gain - truth).abs() <= 0.2 * truth,
            "seed {seed}: gain {gain}"
        );
        assert_eq!(a.descents.len(), 2, "seed {seed}: {:#?}", a.descents);
        // The JSON reports the window used under its usual key.
        let report = AnalyzeReport::new(&jittery, &a, &AnalysisSettings::default());
        let json = serde_json::to_value(&report).expect("json");
        assert_eq!(json["settings"]["profile"]["smoothing_window_m"], 200.0);
        // Kept as set, the jitter doubles the climb.
        let mut fixed = AnalysisSettings::default();
        fixed.profile.threshold_from_noise = false;
        let b = course::analyze(&jittery, &fixed);
        assert_eq!(b.profile.settings.smoothing_window_m, 100.0);
        assert!(
            b.profile.gain_m.unwrap_or(0.0) > 1.5 * truth,
            "{:?}",
            b.profile.gain_m
        );
    }
    // The drifting file of the targets above has little jitter: its window stays as set.
    let a = course::analyze(
        &noisy(two_bridge_marathon(), 1),
        &AnalysisSettings::default(),
    );
    assert_eq!(a.profile.settings.smoothing_window_m, 100.0);
    assert_eq!(a.profile.smoothing_widened_from_m, None);
}
