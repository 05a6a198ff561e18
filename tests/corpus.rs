//! Every file of the shared real-device corpus loads or fails cleanly, and track lengths
//! agree with the corpus's reference figures (gpxpy) within 1 %. Skipped when the corpus
//! folder is absent.

use std::path::PathBuf;

use downhill_planner::course::{self, AnalysisSettings, Course, Warning};

fn corpus_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/gpx-corpus");
    dir.is_dir().then_some(dir)
}

/// Minimal CSV reader (quoted fields may hold commas).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|line| {
            let mut fields = Vec::new();
            let mut cur = String::new();
            let mut quoted = false;
            for c in line.chars() {
                match c {
                    '"' => quoted = !quoted,
                    ',' if !quoted => fields.push(std::mem::take(&mut cur)),
                    _ => cur.push(c),
                }
            }
            fields.push(cur);
            fields
        })
        .collect()
}

#[test]
fn every_corpus_file_loads_or_fails_cleanly_and_lengths_match() {
    let Some(dir) = corpus_dir() else {
        eprintln!("skipped: ../shared/gpx-corpus is absent");
        return;
    };
    let rows = csv_rows(&std::fs::read_to_string(dir.join("reference.csv")).unwrap());
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (c_file, c_len, c_rlen, c_trkpt, c_rte) = (
        col("file"),
        col("length_2d_m"),
        col("route_length_2d_m"),
        col("n_track_points"),
        col("n_route_points"),
    );
    let mut checked = 0;
    let mut loaded = 0;
    for row in &rows[1..] {
        let path = dir.join(&row[c_file]);
        let result = Course::load_path(&path);
        let course = match result {
            Ok(c) => c,
            Err(e) => {
                let msg = e.to_string();
                assert!(
                    !msg.is_empty() && !msg.contains('\n'),
                    "{}: {msg}",
                    row[c_file]
                );
                continue;
            }
        };
        loaded += 1;
        let analysis = course::analyze(&course, &AnalysisSettings::default());
        assert!(analysis.profile.len() >= 2);
        let trkpts: usize = row[c_trkpt].parse().unwrap_or(0);
        let rtepts: usize = row[c_rte].parse().unwrap_or(0);
        let reference: f64 = if trkpts >= 2 {
            row[c_len].parse().unwrap_or(0.0)
        } else if rtepts >= 2 {
            row[c_rlen].parse().unwrap_or(0.0)
        } else {
            0.0
        };
        if reference > 50.0 {
            let ours = course.distance_m();
            let rel = (ours - reference).abs() / reference;
            assert!(
                rel < 0.01,
                "{}: ours {ours:.1} m vs reference {reference:.1} m ({:.2} %)",
                row[c_file],
                rel * 100.0
            );
            checked += 1;
        }
    }
    assert!(checked >= 25, "only {checked} lengths checked");
    assert!(loaded >= 28, "only {loaded} files loaded");
}

#[test]
fn corpus_quirks_are_handled() {
    let Some(dir) = corpus_dir() else { return };
    let load = |f: &str| Course::load_path(&dir.join(f));
    // Undeclared prefixes: lenient parse, a real 5 km run (sports-lib reads 5,115 m).
    let c = load("bad_unbound-prefix_bom_mapstogpx.gpx").unwrap();
    assert!(
        (c.distance_m() - 5_115.1).abs() / 5_115.1 < 0.01,
        "{}",
        c.distance_m()
    );
    // No elevation: said plainly, no fake flat profile.
    let c = load("noele_cerknicko-jezero_gpx10_8trk-7wpt.gpx").unwrap();
    assert!(!c.has_elevation);
    let a = course::analyze(&c, &AnalysisSettings::default());
    assert_eq!(a.profile.gain_m, None);
    assert!(a.warnings.contains(&Warning::NoElevation));
    // All-zero elevations are flagged.
    let c = load("zeroele_cerknicko-jezero_gpx10_8trk-7wpt.gpx").unwrap();
    assert!(c.warnings.contains(&Warning::ZeroElevation));
    // CR-only line endings with a CR before every value.
    let c = load("multi_big_link2gps_32seg.gpx").unwrap();
    assert!(c.has_elevation && c.points().len() > 7_800);
    // Routes when there is no usable track.
    let c = load("route_rte_alltrails_ecology-trail.gpx").unwrap();
    assert_eq!(c.source, course::PointSource::Route);
    let c = load("schema_gpx11_all-fields_handcrafted.gpx").unwrap();
    assert_eq!(c.source, course::PointSource::Route);
    // Waypoints inside <trk> are kept as landmarks.
    let c = load("course_via-emilia_openrouteservice_8wpt.gpx").unwrap();
    assert_eq!(c.waypoints.len(), 8);
    // Waypoint-only and degenerate files fail with a sentence.
    for f in [
        "wpt-only_40wpt_xcode.gpx",
        "single-point_osmand.gpx",
        "empty_trk_osmand.gpx",
        "bad_not-gpx_invalid-xml-name.gpx",
    ] {
        let e = load(f).unwrap_err().to_string();
        assert!(e.ends_with('.') || e.ends_with(')'), "{f}: {e}");
    }
    assert!(
        load("wpt-only_40wpt_xcode.gpx")
            .unwrap_err()
            .to_string()
            .contains("40 waypoints")
    );
}

#[test]
fn marathon_recording_has_an_honest_gain() {
    let Some(dir) = corpus_dir() else { return };
    let c = Course::load_path(&dir.join("race_marathon_santa-rosa-2016_stravagpx.gpx")).unwrap();
    let a = course::analyze(&c, &AnalysisSettings::default());
    let gain = a.profile.gain_m.unwrap();
    // Whole-metre elevations over 16-52 m: raw deltas sum to 250 m (gpxpy); smoothing must
    // remove the staircase noise but keep the real rises.
    assert!(gain > 40.0 && gain < 200.0, "{gain}");
    assert!((c.distance_m() - 42_248.4).abs() < 50.0);
}
