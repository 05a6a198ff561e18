//! Descents of real shapes: a long pass not cut by a shelf, two descents apart kept apart,
//! bridges of real shapes (flat deck, asymmetric approaches, crossed out and back) and
//! mountain humps that are not bridges, on synthetic courses (clean and with the drift
//! noise of `course_truth`) and on the real mountain courses in `../shared/real-courses`
//! (skipped when absent).

mod common;

use common::{errors, noisy, spec};
use downhill_planner::course::sample::Leg;
use downhill_planner::course::{self, AnalysisSettings, Course, Descent};

fn descents(c: &Course) -> Vec<Descent> {
    course::analyze(c, &AnalysisSettings::default()).descents
}

/// The real course `file` in `../shared/real-courses`, or None when the folder is absent.
fn real(file: &str) -> Option<Course> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/real-courses");
    dir.is_dir()
        .then(|| Course::load_path(&dir.join(file)).expect("the real course loads"))
}

/// A mountain pass on a winding road (350 m up, then down in two parts) whose descent
/// flattens for 800 m halfway (a hamlet, a lake shore): one descent, not two.
fn pass_with_a_shelf() -> Vec<Leg> {
    vec![
        Leg::flat(3_000.0),
        Leg::winding(6_000.0, 350.0, 25.0),
        Leg::winding(3_000.0, -180.0, 25.0),
        Leg::winding(800.0, 0.0, 25.0),
        Leg::winding(3_000.0, -170.0, 25.0),
        Leg::flat(3_000.0),
    ]
}

/// The one true descent of [`pass_with_a_shelf`]: (start_m, end_m, drop_m).
const SHELF_TRUTH: (f64, f64, f64) = (9_000.0, 15_800.0, 350.0);

#[test]
fn a_long_pass_is_not_cut_by_a_shelf() {
    let clean = spec(pass_with_a_shelf()).build(3.0);
    let courses = std::iter::once(clean).chain((1..=12).map(|s| noisy(pass_with_a_shelf(), s)));
    let (s, e, drop) = SHELF_TRUTH;
    for (k, c) in courses.enumerate() {
        let found = descents(&c);
        assert_eq!(found.len(), 1, "course {k}: {found:#?}");
        let d = &found[0];
        assert!(
            (d.start_m - s).abs() <= 150.0
                && (d.end_m - e).abs() <= 300.0
                && (d.drop_m - drop).abs() <= 0.15 * drop,
            "course {k}: {d:?}"
        );
    }
}

/// Two descents of a pass road with `between` legs in the middle.
fn two_descents_with(between: &[Leg], descent_m: f64) -> Vec<Leg> {
    let mut legs = vec![
        Leg::flat(3_000.0),
        Leg::winding(6_000.0, 400.0, 25.0),
        Leg::winding(descent_m, -150.0, 25.0),
    ];
    legs.extend_from_slice(between);
    legs.extend([Leg::winding(descent_m, -180.0, 25.0), Leg::flat(3_000.0)]);
    legs
}

#[test]
fn two_descents_apart_stay_apart() {
    // A real counter-climb (30 m over 700 m), and a valley floor (1.6 km of flat between two
    // 4 km descents: short against them, but a floor, not a shelf).
    let climb = two_descents_with(&[Leg::winding(700.0, 30.0, 25.0)], 2_500.0);
    let floor = two_descents_with(&[Leg::winding(1_600.0, 0.0, 25.0)], 4_000.0);
    for legs in [climb, floor] {
        let clean = spec(legs.clone()).build(3.0);
        let courses = std::iter::once(clean).chain((1..=6).map(|s| noisy(legs.clone(), s)));
        for (k, c) in courses.enumerate() {
            let found = descents(&c);
            assert_eq!(found.len(), 2, "course {k}: {found:#?}");
        }
    }
}

#[test]
fn the_etape_final_pass_descent_is_whole() {
    let Some(c) = real("etape-du-tour-2025_albertville-la-plagne_route.gpx") else {
        eprintln!("skipped: ../shared/real-courses is absent");
        return;
    };
    let found = descents(&c);
    // Cormet de Roselend down to Bourg-Saint-Maurice, through the level stretch at Les
    // Chapieux (km 88.4-89.1): one descent of over 1,100 m.
    let whole = found
        .iter()
        .find(|d| d.start_m < 81_000.0 && d.end_m > 99_000.0 && d.drop_m > 1_100.0);
    assert!(whole.is_some(), "{found:#?}");
    assert!(
        !found
            .iter()
            .any(|d| (88_000.0..90_000.0).contains(&d.start_m)),
        "{found:#?}"
    );
}

#[test]
#[ignore = "measurement: cargo test --test descent_shapes -- --ignored --nocapture"]
fn measure_shelf() {
    println!(
        "pass with a shelf: {}",
        errors(&pass_with_a_shelf(), &[SHELF_TRUTH], 1..=24)
    );
}

/// A straight course: 3 km of flat, `bridge`, 3 km of flat.
fn over(bridge: &[Leg]) -> Vec<Leg> {
    let mut legs = vec![Leg::flat(3_000.0)];
    legs.extend_from_slice(bridge);
    legs.push(Leg::flat(3_000.0));
    legs
}

/// Mapo Bridge, Seoul: a 700 m flat deck between two 600 m ramps 20 m high.
const MAPO: [Leg; 3] = [
    Leg::slope(600.0, 20.0),
    Leg::flat(700.0),
    Leg::slope(600.0, -20.0),
];
/// Asymmetric approaches: a long gentle viaduct (1.2 km at 2.5 %), a short deck, a short
/// steep ramp (400 m at 7 %).
const ASYMMETRIC: [Leg; 3] = [
    Leg::slope(1_200.0, 30.0),
    Leg::flat(200.0),
    Leg::slope(400.0, -28.0),
];

/// Crossed out and back: over the bridge, a U-turn 600 m beyond it, and back over it.
fn out_and_back() -> Vec<Leg> {
    let bridge = [
        Leg::slope(800.0, 25.0),
        Leg::flat(300.0),
        Leg::slope(800.0, -25.0),
    ];
    let mut legs = vec![Leg::flat(3_000.0)];
    legs.extend_from_slice(&bridge);
    legs.extend([Leg::flat(600.0), Leg::turn(100.0, 180.0), Leg::flat(600.0)]);
    legs.extend_from_slice(&bridge);
    legs.push(Leg::flat(3_000.0));
    legs
}

#[test]
fn bridges_of_real_shapes_are_bridges() {
    // Clean; and with the drift noise for the bridges 25 m high or more (a 20 m bridge is at
    // the edge of what a 2 m drift lets one find at all).
    for (name, legs, count, seeds) in [
        ("Mapo", over(&MAPO), 1, 0),
        ("asymmetric", over(&ASYMMETRIC), 1, 6),
        ("out and back", out_and_back(), 2, 6),
    ] {
        let clean = spec(legs.clone()).build(3.0);
        let courses = std::iter::once(clean).chain((1..=seeds).map(|s| noisy(legs.clone(), s)));
        for (k, c) in courses.enumerate() {
            let found = descents(&c);
            assert_eq!(found.len(), count, "{name} {k}: {found:#?}");
            for d in &found {
                assert_eq!(d.kind, course::DescentKind::Bridge, "{name} {k}: {d:#?}");
            }
        }
    }
}

#[test]
fn a_winding_or_high_hump_is_no_bridge() {
    // The Mapo shape on a road that bends 40 degrees either side, and a 120 m hill.
    let winding = over(&[
        Leg::winding(600.0, 20.0, 40.0),
        Leg::winding(700.0, 0.0, 40.0),
        Leg::winding(600.0, -20.0, 40.0),
    ]);
    let high = over(&[Leg::slope(1_400.0, 100.0), Leg::slope(1_400.0, -100.0)]);
    for legs in [winding, high] {
        let found = descents(&spec(legs).build(3.0));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_ne!(found[0].kind, course::DescentKind::Bridge, "{found:#?}");
    }
}

#[test]
fn stelvio_valley_descents_are_no_bridges() {
    let Some(c) = real("stelvio-umbrail-loop_strava-recording.gpx") else {
        eprintln!("skipped: ../shared/real-courses is absent");
        return;
    };
    let found = descents(&c);
    assert!(found.len() >= 4, "{found:#?}");
    for d in &found {
        assert_ne!(d.kind, course::DescentKind::Bridge, "{d:#?}");
    }
}
