//! Bad input: each case gives a course with warnings or one clear error, never a panic.

use downhill_planner::course::{self, AnalysisSettings, Course, LoadError, Warning};

fn load(bytes: &[u8]) -> Result<Course, LoadError> {
    let c = Course::load_bytes(bytes, Some("test".into()))?;
    // Whatever loads must also analyse.
    let _ = course::analyze(&c, &AnalysisSettings::default());
    Ok(c)
}

fn track(points: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?><gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">\
         <trk><name>t</name><trkseg>{points}</trkseg></trk></gpx>"
    )
}

fn line(n: usize, lat: f64, lon0: f64, step_deg: f64) -> String {
    (0..n)
        .map(|i| {
            format!(
                r#"<trkpt lat="{lat}" lon="{}"><ele>{}</ele></trkpt>"#,
                lon0 + i as f64 * step_deg,
                5 + i % 3
            )
        })
        .collect()
}

fn one_sentence(e: &LoadError) {
    let s = e.to_string();
    assert!(!s.is_empty() && !s.contains('\n'), "{s}");
}

#[test]
fn empty_and_garbage() {
    assert!(matches!(load(b""), Err(LoadError::Empty)));
    let mut rng = course::synth::Rng::new(7);
    let garbage: Vec<u8> = (0..200_000).map(|_| rng.next_u64() as u8).collect();
    let e = load(&garbage).unwrap_err();
    one_sentence(&e);
}

#[test]
fn html_and_kml_are_named() {
    let e = load(
        b"<!DOCTYPE html><html><head><title>Course</title></head>\
          <body><p>Download</p></body></html>",
    )
    .unwrap_err();
    assert!(e.to_string().contains("HTML"), "{e}");
    let e = load(
        br#"<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>"#,
    )
    .unwrap_err();
    assert!(e.to_string().contains("KML"), "{e}");
}

#[test]
fn cut_off_mid_point_keeps_what_was_read() {
    let doc = track(&line(50, 16.0, 108.0, 0.0001));
    let cut = &doc.as_bytes()[..doc.len() / 2];
    let c = load(cut).unwrap();
    assert!(c.points().len() > 10);
    assert!(
        c.warnings
            .iter()
            .any(|w| matches!(w, Warning::Damaged { .. } | Warning::CutOff)),
        "{:?}",
        c.warnings
    );
}

#[test]
fn no_points_one_point_identical_points() {
    one_sentence(&load(b"<gpx></gpx>").unwrap_err());
    assert!(matches!(
        load(track(&line(1, 1.0, 1.0, 0.0)).as_bytes()),
        Err(LoadError::SinglePosition)
    ));
    assert!(matches!(
        load(track(&line(500, 1.0, 1.0, 0.0)).as_bytes()),
        Err(LoadError::SinglePosition)
    ));
}

#[test]
fn bad_numbers_are_dropped_and_counted() {
    let mut pts = line(20, 16.0, 108.0, 0.0001);
    pts.push_str(concat!(
        r#"<trkpt lat="16" lon="108.003"><ele>NaN</ele></trkpt>"#,
        r#"<trkpt lat="16" lon="108.0031"><ele>inf</ele></trkpt>"#,
    ));
    pts.push_str(concat!(
        r#"<trkpt lat="16" lon="108.0032"><ele>high</ele></trkpt>"#,
        r#"<trkpt lat="16" lon="108.0033"><ele>1e308</ele></trkpt>"#,
    ));
    pts.push_str(
        r#"<trkpt lat="200" lon="108.0034"><ele>3</ele></trkpt><trkpt lat="16" lon="-999"/>"#,
    );
    let c = load(track(&pts).as_bytes()).unwrap();
    assert_eq!(c.points().len(), 24);
    assert!(
        c.warnings.contains(&Warning::BadCoordinates { count: 2 }),
        "{:?}",
        c.warnings
    );
    assert!(
        c.warnings.contains(&Warning::BadElevations { count: 4 }),
        "{:?}",
        c.warnings
    );
}

#[test]
fn entity_bomb_and_external_entity_are_not_expanded() {
    let mut dtd = String::from(r#"<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY lol0 "lol">"#);
    for i in 1..10 {
        dtd.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">",
            format!("&lol{};", i - 1).repeat(10)
        ));
    }
    dtd.push_str(r#"<!ENTITY xxe SYSTEM "http://example.invalid/evil">]>"#);
    let doc = format!(
        "{dtd}<gpx><trk><name>&lol9;&xxe;Bomb</name><trkseg>{}</trkseg></trk></gpx>",
        line(5, 1.0, 1.0, 0.001)
    );
    let c = load(doc.as_bytes()).unwrap();
    assert_eq!(c.name, "Bomb");
}

#[test]
fn deep_nesting_does_not_hang_or_overflow() {
    let depth = 200_000;
    let mut doc = String::from("<gpx><trk><trkseg>");
    doc.push_str(&line(3, 1.0, 1.0, 0.001));
    doc.push_str("<trkpt lat=\"1\" lon=\"1.004\"><extensions>");
    doc.push_str(&"<a>".repeat(depth));
    doc.push_str(&"</a>".repeat(depth));
    doc.push_str("</extensions></trkpt></trkseg></trk></gpx>");
    let c = load(doc.as_bytes()).unwrap();
    assert_eq!(c.points().len(), 4);
    // Unclosed nesting (a file that only opens elements) fails cleanly too.
    let open_only = format!("<gpx>{}", "<x>".repeat(depth));
    one_sentence(&load(open_only.as_bytes()).unwrap_err());
}

#[test]
fn huge_name_is_cut() {
    let name = "N".repeat(30 * 1024 * 1024);
    let doc = format!(
        "<gpx><trk><name>{name}</name><trkseg>{}</trkseg></trk></gpx>",
        line(5, 1.0, 1.0, 0.001)
    );
    let c = load(doc.as_bytes()).unwrap();
    assert!(c.name.chars().count() <= 201);
}

#[test]
fn point_far_off_course_and_antimeridian() {
    let mut pts = line(40, 12.0, 109.0, 0.0001);
    pts.push_str(r#"<trkpt lat="21" lon="109.004"><ele>5</ele></trkpt>"#); // ~1,000 km north
    pts.push_str(&line(40, 12.0, 109.0041, 0.0001));
    let c = load(track(&pts).as_bytes()).unwrap();
    assert!(c.distance_m() < 1_000.0, "{}", c.distance_m());
    assert!(
        c.warnings
            .iter()
            .any(|w| matches!(w, Warning::Glitches { .. }))
    );

    let pts: String = (0..21)
        .map(|i| {
            format!(r#"<trkpt lat="-17" lon="{}"><ele>1</ele></trkpt>"#, {
                let lon = 179.99 + i as f64 * 0.001;
                if lon > 180.0 { lon - 360.0 } else { lon }
            })
        })
        .collect();
    let c = load(track(&pts).as_bytes()).unwrap();
    let expected = 20.0 * 0.001_f64.to_radians() * 6_371_008.8 * (17.0_f64).to_radians().cos();
    assert!(
        (c.distance_m() - expected).abs() < 1.0,
        "{} vs {expected}",
        c.distance_m()
    );
}
