//! Unit tests of the runner's corrections.

use super::*;
use crate::course::{AnalysisSettings, Course, analyze};

/// A straight course with heights from `elev`, 5 m points.
fn line_course(elev: impl Fn(f64) -> f64, length_m: f64) -> Course {
    crate::course::synth::straight_course(elev, length_m, 5.0).expect("valid course")
}

/// Two hills: up to 40 m at km 2, down by km 3; up to 25 m at km 6, down by km 7.
fn two_hills(d: f64) -> f64 {
    let hill = |top: f64, h: f64| (h - (d - top).abs() * h / 1_000.0).max(0.0);
    hill(2_000.0, 40.0) + hill(6_000.0, 25.0)
}

fn read(course: &Course, corrections: &Corrections) -> crate::course::Analysis {
    let settings = AnalysisSettings {
        corrections: corrections.clone(),
        ..AnalysisSettings::default()
    };
    analyze(course, &settings)
}

#[test]
fn found_descents_are_the_two_hills() {
    let a = read(&line_course(two_hills, 9_000.0), &Corrections::default());
    assert_eq!(a.descents.len(), 2, "{:?}", a.descents);
    assert!(a.descents.iter().all(|d| !d.edited_by_runner));
    assert_eq!(a.origins.len(), 2);
}

#[test]
fn rename_rekind_move_and_delete_follow_the_descent() {
    let course = line_course(two_hills, 9_000.0);
    let before = read(&course, &Corrections::default());
    let mut c = Corrections::default();
    c.edit_descent(before.origins[0], |e| {
        e.name = Some("Cầu Bãi Cháy".into());
        e.kind = Some(DescentKind::Bridge);
    });
    c.edit_descent(before.origins[1], |e| e.end_m = Some(6_500.0));
    let after = read(&course, &c);
    assert_eq!(after.descents.len(), 2);
    let first = &after.descents[0];
    assert_eq!(first.name, "Cầu Bãi Cháy");
    assert_eq!(first.kind, DescentKind::Bridge);
    assert!(first.edited_by_runner);
    assert!(
        first.kind_reason.contains("by you"),
        "{}",
        first.kind_reason
    );
    let second = &after.descents[1];
    assert!((second.end_m - 6_500.0).abs() <= 10.0, "{}", second.end_m);
    // Half the hill's 25 m drop in half its length.
    assert!((second.drop_m - 12.5).abs() < 2.0, "{}", second.drop_m);
    // A second edit of the same descent merges into the first one.
    c.edit_descent(after.origins[0], |e| e.deleted = true);
    assert_eq!(c.descents.len(), 2);
    let deleted = read(&course, &c);
    assert_eq!(deleted.descents.len(), 1);
    assert!((deleted.descents[0].start_m - 6_000.0).abs() < 200.0);
}

#[test]
fn an_added_descent_is_measured_replaces_what_it_covers_and_can_be_edited() {
    let course = line_course(two_hills, 9_000.0);
    let mut c = Corrections::default();
    c.add_descent(2_500.0, 2_000.0);
    let a = read(&course, &c);
    let added = a
        .descents
        .iter()
        .position(|d| d.kind_reason == "added by you")
        .expect("added descent");
    let d = &a.descents[added];
    assert!((d.start_m - 2_000.0).abs() <= 10.0 && (d.end_m - 2_500.0).abs() <= 10.0);
    assert!((d.drop_m - 20.0).abs() < 3.0, "{}", d.drop_m);
    assert_eq!(d.name, "Your descent 1");
    // The found descent from km 2 to 3 holds all of the added one: the runner's replaces it.
    assert_eq!(a.descents.len(), 2, "{:?}", a.descents);
    c.edit_descent(a.origins[added], |e| e.name = Some("Ramp".into()));
    let renamed = read(&course, &c);
    assert!(renamed.descents.iter().any(|d| d.name == "Ramp"));
    // Too short to be a descent: nothing added.
    let mut tiny = Corrections::default();
    tiny.add_descent(4_000.0, 4_020.0);
    assert_eq!(read(&course, &tiny).descents.len(), 2);
    // Flat on the profile: not planned as a descent, and the runner is told why.
    let mut flat = Corrections::default();
    flat.add_descent(3_500.0, 4_500.0);
    let a = read(&course, &flat);
    assert_eq!(a.descents.len(), 2);
    assert!(a.warnings.contains(&Warning::NotDownhill { count: 1 }));
}

#[test]
fn edits_hold_when_the_reading_moves_and_say_so_when_lost() {
    let course = line_course(two_hills, 9_000.0);
    let before = read(&course, &Corrections::default());
    let mut c = Corrections::default();
    c.edit_descent(before.origins[1], |e| e.name = Some("Lương Sơn".into()));
    // The official distance stretches everything by 2 %: the edit still finds its descent.
    c.official.distance_m = Some(9_180.0);
    let a = read(&course, &c);
    assert!(a.descents.iter().any(|d| d.name == "Lương Sơn"));
    assert!(
        !a.warnings
            .iter()
            .any(|w| matches!(w, Warning::CorrectionsLost { .. }))
    );
    // An edit of a descent that is not there is reported, not silently dropped.
    c.descents.push(DescentEdit {
        found: Some((7_500.0, 8_500.0)),
        name: Some("Ghost".into()),
        ..DescentEdit::default()
    });
    let lost = read(&course, &c);
    assert!(
        lost.warnings
            .contains(&Warning::CorrectionsLost { count: 1 })
    );
}

#[test]
fn official_distance_and_climb_scale_the_profile() {
    let course = line_course(two_hills, 9_000.0);
    let plain = read(&course, &Corrections::default());
    let gain = plain.profile.gain_m.expect("gain");
    assert!((gain - 65.0).abs() < 3.0, "{gain}");
    let mut c = Corrections {
        official: OfficialFigures {
            distance_m: Some(9_400.0),
            gain_m: Some(90.0),
        },
        ..Corrections::default()
    };
    let a = read(&course, &c);
    assert!((a.profile.total_m() - 9_400.0).abs() < 1e-6);
    let scaled = a.profile.gain_m.expect("gain");
    assert!((scaled - 90.0).abs() < 1.0, "{scaled}");
    // The second hill's foot moves with the distance (7 km x 9.4/9).
    let last = a.descents.last().expect("descent");
    assert!(
        (last.end_m - 7_000.0 * 9_400.0 / 9_000.0).abs() < 60.0,
        "{}",
        last.end_m
    );
    assert_eq!(a.profile.official, Some(c.official));
    // Figures of another course are ignored rather than bending this one out of shape.
    c.official.distance_m = Some(21_097.0);
    assert!((read(&course, &c).profile.total_m() - 9_000.0).abs() < 1e-6);
}

#[test]
fn a_marked_bad_stretch_is_drawn_straight_and_reported() {
    // A tunnel the elevation model reads as a 30 m pit, flat road either side.
    let pit = |d: f64| {
        if (3_000.0..3_600.0).contains(&d) {
            20.0 - 30.0 * (1.0 - ((d - 3_300.0) / 300.0).abs())
        } else {
            20.0
        }
    };
    let course = line_course(pit, 7_000.0);
    assert!(!read(&course, &Corrections::default()).descents.is_empty());
    let mut c = Corrections::default();
    c.stretches.push(StretchMark {
        start_m: 2_950.0,
        end_m: 3_650.0,
        kind: StretchKind::BadElevation,
    });
    let a = read(&course, &c);
    assert!(a.descents.is_empty(), "{:?}", a.descents);
    let marked = a
        .profile
        .repairs
        .iter()
        .find(|r| r.kind == RepairKind::MarkedBad)
        .expect("reported");
    assert!((marked.size_m - 30.0).abs() < 1.0, "{}", marked.size_m);
}

#[test]
fn a_marked_deck_rebuilds_the_bridge_and_names_its_ramps() {
    // Ramps up 30 m over 600 m and down over 900 m, with the model's deck at water level.
    let bridge = |d: f64| match d {
        d if (1_000.0..1_600.0).contains(&d) => (d - 1_000.0) * 0.05,
        d if (1_600.0..1_700.0).contains(&d) => 30.0 - (d - 1_600.0) * 0.28,
        d if (1_700.0..2_300.0).contains(&d) => 2.0,
        d if (2_300.0..2_400.0).contains(&d) => 2.0 + (d - 2_300.0) * 0.28,
        d if (2_400.0..3_300.0).contains(&d) => 30.0 - (d - 2_400.0) / 30.0,
        _ => 0.0,
    };
    let course = line_course(bridge, 5_000.0);
    let mut c = Corrections::default();
    c.stretches.push(StretchMark {
        start_m: 1_600.0,
        end_m: 2_400.0,
        kind: StretchKind::BridgeDeck,
    });
    let a = read(&course, &c);
    let mid = a.profile.elevation_at(2_000.0);
    assert!((mid - 30.0).abs() < 2.0, "deck at {mid}");
    assert_eq!(a.descents.len(), 1, "{:?}", a.descents);
    let d = &a.descents[0];
    assert_eq!(d.kind, DescentKind::Bridge);
    // The rebuilt shape (an 800 m deck between asymmetric ramps) is a bridge by the geometric
    // rule itself (see `classify`); else the mark makes it one.
    assert!(
        d.kind_reason.contains("bridge deck you marked")
            || d.kind_reason.contains("straight structure"),
        "{}",
        d.kind_reason
    );
    assert!((d.start_m - 2_400.0).abs() < 100.0 && (d.end_m - 3_300.0).abs() < 100.0);
}

#[test]
fn corrections_round_trip_through_json_and_old_files_read_as_none() {
    let mut c = Corrections::default();
    c.official.gain_m = Some(180.0);
    c.add_descent(100.0, 900.0);
    c.descents.push(DescentEdit {
        found: Some((1.0, 2.0)),
        kind: Some(DescentKind::Pass),
        deleted: true,
        ..DescentEdit::default()
    });
    c.stretches.push(StretchMark {
        start_m: 5.0,
        end_m: 50.0,
        kind: StretchKind::BridgeDeck,
    });
    let text = serde_json::to_string(&c).expect("json");
    assert_eq!(serde_json::from_str::<Corrections>(&text).expect("read"), c);
    assert_eq!(c.count(), 4);
    let settings: AnalysisSettings = serde_json::from_str("{}").expect("old");
    assert!(settings.corrections.is_empty());
    let plain = serde_json::to_string(&AnalysisSettings::default()).expect("json");
    assert!(!plain.contains("corrections"), "{plain}");
}
