//! Bridge decks at water level: the elevation model's ground under a bridge is rebuilt as
//! a straight deck between the ramp tops, reported as such; valleys, dips and real decks
//! are left as they are.

mod common;

use common::{noisy, spec};
use downhill_planner::course::repair::RepairKind;
use downhill_planner::course::sample::Leg;
use downhill_planner::course::{self, Analysis, AnalysisSettings, Course, DescentKind};

/// Where the deck of [`water_level_bridge`] is, top to top, and its height (the course
/// starts at 10 m).
const DECK: (f64, f64, f64) = (2_600.0, 3_400.0, 40.0);

/// A straight course over a bridge whose deck the model put at the water: ramps 30 m high,
/// 600 m up and 900 m down; between them the file falls 28 m to 2 m above the start level
/// and stays there for 600 m. `winding_deg` bends the whole course side to side.
fn pit_course(floor_m: f64, wall_m: f64, second_top_m: f64, winding_deg: f64) -> Vec<Leg> {
    let drop = 28.0;
    vec![
        Leg::flat(2_000.0),
        Leg::winding(600.0, 30.0, winding_deg),
        Leg::winding(wall_m, -drop, winding_deg),
        Leg::winding(floor_m, 0.0, winding_deg),
        Leg::winding(wall_m, drop + second_top_m - 30.0, winding_deg),
        Leg::winding(900.0, -second_top_m, winding_deg),
        Leg::flat(2_000.0),
    ]
}

fn water_level_bridge() -> Vec<Leg> {
    pit_course(600.0, 100.0, 30.0, 0.0)
}

fn analyze(c: &Course) -> Analysis {
    course::analyze(c, &AnalysisSettings::default())
}

fn decks(a: &Analysis) -> Vec<(f64, f64, f64)> {
    a.profile
        .repairs
        .iter()
        .filter(|r| r.kind == RepairKind::BridgeDeck)
        .map(|r| (r.start_m, r.end_m, r.size_m))
        .collect()
}

/// Worst distance of the repaired heights from the true deck, over its middle.
fn deck_error(a: &Analysis) -> f64 {
    let (start, end, height) = DECK;
    let p = &a.profile;
    (0..p.len())
        .filter(|&i| (start + 100.0..=end - 100.0).contains(&p.distance_m[i]))
        .map(|i| (p.raw_elevation_m[i] - height).abs())
        .fold(0.0, f64::max)
}

#[test]
fn a_deck_at_water_level_is_rebuilt_and_reported() {
    let a = analyze(&spec(water_level_bridge()).build(3.0));
    let found = decks(&a);
    assert_eq!(found.len(), 1, "{:?}", a.profile.repairs);
    let (start, end, size) = found[0];
    assert!(
        (start - DECK.0).abs() < 30.0 && (end - DECK.1).abs() < 30.0,
        "{found:?}"
    );
    assert!((size - 28.0).abs() < 1.0, "{found:?}");
    assert!(deck_error(&a) < 1.0, "{}", deck_error(&a));
    // Nothing else was repaired: the falls to the water are no steps any more.
    assert_eq!(a.profile.repairs.len(), 1, "{:?}", a.profile.repairs);
    // The rebuilt bridge is one bridge descent, and the notes say what was done.
    assert_eq!(a.descents.len(), 1, "{:#?}", a.descents);
    assert_eq!(a.descents[0].kind, DescentKind::Bridge);
    let note = a.profile.repairs[0].to_string();
    assert!(note.contains("bridge deck at water level"), "{note}");
}

#[test]
fn a_deck_at_water_level_is_rebuilt_through_drift_noise() {
    for seed in 1..=8 {
        let a = analyze(&noisy(water_level_bridge(), seed));
        let found = decks(&a);
        assert_eq!(found.len(), 1, "seed {seed}: {:?}", a.profile.repairs);
        let (start, end, _) = found[0];
        assert!(
            (start - DECK.0).abs() < 100.0 && (end - DECK.1).abs() < 100.0,
            "seed {seed}: {found:?}"
        );
        assert!(deck_error(&a) < 6.0, "seed {seed}: {}", deck_error(&a));
    }
}

#[test]
fn valleys_and_dips_are_not_rebuilt() {
    // Walls at 10 %: steep enough for a deck, so only the other rules keep these.
    let wall = 280.0;
    for (name, legs) in [
        ("winding valley", pit_course(600.0, wall, 30.0, 40.0)),
        ("long straight valley", pit_course(3_000.0, wall, 30.0, 0.0)),
        (
            "tops at different heights",
            pit_course(600.0, wall, 60.0, 0.0),
        ),
        // A straight dip built at ramp grades (5 %), an underpass or a valley road.
        ("dip at ramp grades", pit_course(600.0, 560.0, 30.0, 0.0)),
    ] {
        for (k, c) in [spec(legs.clone()).build(3.0), noisy(legs, 1)]
            .iter()
            .enumerate()
        {
            let a = analyze(c);
            assert!(decks(&a).is_empty(), "{name} {k}: {:?}", a.profile.repairs);
        }
    }
    // Two spikes of the model over a level road: no ramp leads to them.
    let spikes = vec![
        Leg::flat(2_000.0),
        Leg::slope(40.0, 27.0),
        Leg::slope(60.0, -27.0),
        Leg::flat(1_100.0),
        Leg::slope(40.0, 27.0),
        Leg::slope(60.0, -27.0),
        Leg::flat(2_000.0),
    ];
    let a = analyze(&spec(spikes).build(3.0));
    assert!(decks(&a).is_empty(), "spikes: {:?}", a.profile.repairs);
    // The same walls on a straight short pit are a deck: the rules above are what kept them.
    let a = analyze(&spec(pit_course(600.0, wall, 30.0, 0.0)).build(3.0));
    assert_eq!(decks(&a).len(), 1, "{:?}", a.profile.repairs);
}

#[test]
fn a_real_bridge_with_its_deck_is_untouched() {
    let legs = vec![
        Leg::flat(2_000.0),
        Leg::slope(600.0, 30.0),
        Leg::flat(800.0),
        Leg::slope(900.0, -30.0),
        Leg::flat(2_000.0),
    ];
    for c in [spec(legs.clone()).build(3.0), noisy(legs, 2)] {
        let a = analyze(&c);
        assert!(a.profile.repairs.is_empty(), "{:?}", a.profile.repairs);
    }
}
