//! Streaming GPX reader: bytes in, raw points, waypoints and names out.
//!
//! Built on quick-xml's pull parser over a `BufRead`, so memory stays at the size of the
//! points, not of the file. It is lenient where real devices are sloppy (any namespace
//! prefix, undeclared prefixes, missing declaration, BOM, CR-only lines, UTF-16, Latin-1)
//! and strict where safety matters: DTD entities are never expanded and nothing external
//! is ever fetched (quick-xml has no DTD processing at all; only the five predefined
//! entities and character references are resolved). Unusable values drop one point and
//! are counted, never the whole file.
//!
//! Files: `encoding` (UTF-16, BOM, declared encoding), `reader` (the XML event loop),
//! `state` (the GPX element state machine), `values` (numbers, times, names).

use std::io::BufRead;

mod encoding;
mod reader;
mod state;
mod values;

pub use values::{parse_f64, parse_time_s};

use super::Warning;
use super::error::LoadError;

/// One position read from the file. Missing values are NaN (keeps the point at 40 bytes,
/// which matters for million-point files).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RawPoint {
    /// Latitude, degrees north (-90 to 90).
    pub lat_deg: f64,
    /// Longitude, degrees east (-180 to 180).
    pub lon_deg: f64,
    /// NaN when the point has no (usable) elevation.
    pub elevation_m: f64,
    /// Seconds since 1970-01-01 UTC, NaN when absent or unreadable.
    pub time_s: f64,
    /// Index of the track segment (or route) the point belongs to, in file order.
    pub segment: u32,
}

/// A named waypoint (`<wpt>`), used to label landmarks.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Waypoint {
    /// The waypoint's `<name>`, trimmed (waypoints without a name are not kept).
    pub name: String,
    /// Latitude, degrees north.
    pub lat_deg: f64,
    /// Longitude, degrees east.
    pub lon_deg: f64,
    /// Elevation, metres; None when the waypoint has none (or an unusable one).
    pub elevation_m: Option<f64>,
}

/// Where the course points came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PointSource {
    /// Track points (`<trkpt>`): a recorded run or an exported course.
    Track,
    /// Route points (`<rtept>`): a planned route, used when there is no usable track.
    Route,
}

/// A first buffer this long with no `<` in it is not XML.
const NO_MARKUP_HEAD_BYTES: usize = 64 * 1024;

/// Everything the reader found, before validation into a `Course`.
#[derive(Debug, Clone, Default)]
pub struct ParsedGpx {
    /// Course name: the file's metadata name, else the track's or route's name.
    pub name: Option<String>,
    /// The first description found (file metadata or track), trimmed.
    pub description: Option<String>,
    /// The course points in file order (the track's, or the route's when used).
    pub points: Vec<RawPoint>,
    /// Named waypoints, in file order.
    pub waypoints: Vec<Waypoint>,
    /// Heart rate of each track point, beats per minute (0 when absent): parallel to
    /// `points` when they came from the track (watch recordings; `history` reads it).
    pub heart_rate_bpm: Vec<f32>,
    /// Whether `points` came from the track or the route; None until chosen.
    pub source: Option<PointSource>,
    /// Points dropped for unusable coordinates.
    pub dropped_points: usize,
    /// Elevations ignored as unusable (NaN, text, beyond +-12 km).
    pub dropped_elevations: usize,
    /// Notes for the runner from reading the file (damage, cut-off, dropped values).
    pub warnings: Vec<Warning>,
}
/// Reads a GPX document from a byte stream. `progress` (if given) receives the number
/// of bytes consumed so far, for progress bars on big files.
pub fn read_gpx<R: BufRead>(
    mut input: R,
    progress: Option<&dyn Fn(u64)>,
) -> Result<ParsedGpx, LoadError> {
    // Sniff the encoding from the first bytes.
    let head = input.fill_buf().map_err(|e| LoadError::read(&e))?;
    if head.is_empty() {
        return Err(LoadError::Empty);
    }
    if let Some(enc) = encoding::sniff_utf16(head) {
        // UTF-16 GPX files are rare and small: transcode in memory, then parse as UTF-8.
        let mut bytes = Vec::new();
        input
            .read_to_end(&mut bytes)
            .map_err(|e| LoadError::read(&e))?;
        let (text, _, _) = enc.decode(&bytes);
        return reader::parse(text.as_bytes(), encoding_rs::UTF_8, progress);
    }
    if head.starts_with(&encoding::UTF8_BOM) {
        input.consume(encoding::UTF8_BOM.len());
    }
    let head = input.fill_buf().map_err(|e| LoadError::read(&e))?;
    // A long start without a single `<` (NUL bytes, binary data) is not XML: say so now
    // rather than gather the whole file as one text node.
    if head.len() >= NO_MARKUP_HEAD_BYTES && !head.contains(&b'<') {
        return Err(LoadError::NotXml);
    }
    let encoding = encoding::declared_encoding(head);
    reader::parse(input, encoding, progress)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Result<ParsedGpx, LoadError> {
        read_gpx(s.as_bytes(), None)
    }

    #[test]
    fn reads_track_points_with_any_prefix() {
        let g = read(concat!(
            r#"<?xml version="1.0"?><g:gpx xmlns:g="http://www.topografix.com/GPX/1/1">"#,
            r#"<g:trk><g:name>Run &amp; fun</g:name>"#,
            "\n            ",
            r#"<g:trkseg><g:trkpt lat="1.5" lon="2.5"><g:ele> 10.5 </g:ele>"#,
            r#"<g:time>2020-01-01T00:00:01Z</g:time>"#,
            "\n            ",
            r#"<g:extensions><x:hr>150</x:hr></g:extensions></g:trkpt>"#,
            r#"<g:trkpt lat="1.6" lon="2.6"/></g:trkseg></g:trk></g:gpx>"#,
        ))
        .unwrap();
        assert_eq!(g.points.len(), 2);
        assert_eq!(g.points[0].elevation_m, 10.5);
        assert_eq!(g.points[0].time_s, 1_577_836_801.0);
        assert!(g.points[1].elevation_m.is_nan());
        assert_eq!(g.name.as_deref(), Some("Run & fun"));
        assert_eq!(g.source, Some(PointSource::Track));
    }

    #[test]
    fn segments_are_numbered_in_order_and_routes_are_a_fallback() {
        let g = read(concat!(
            r#"<gpx><trk><trkseg><trkpt lat="0" lon="0"/></trkseg><trkseg/>"#,
            r#"<trkseg><trkpt lat="0" lon="1"/></trkseg></trk>"#,
            "\n            ",
            r#"<trk><trkseg><trkpt lat="0" lon="2"/></trkseg></trk></gpx>"#,
        ))
        .unwrap();
        let segs: Vec<u32> = g.points.iter().map(|p| p.segment).collect();
        assert_eq!(segs, vec![0, 1, 2]);
        let r = read(concat!(
            r#"<gpx><rte><name>R</name><rtept lat="1" lon="1"/>"#,
            r#"<rtept lat="1" lon="2"/></rte></gpx>"#,
        ))
        .unwrap();
        assert_eq!(r.source, Some(PointSource::Route));
        assert_eq!(r.points.len(), 2);
        assert_eq!(r.name.as_deref(), Some("R"));
    }

    #[test]
    fn bad_values_drop_points_not_the_file() {
        let g = read(concat!(
            r#"<gpx><trk><trkseg><trkpt lat="200" lon="0"/><trkpt lat="NaN" lon="0"/>"#,
            r#"<trkpt lat="1" lon="x"/>"#,
            "\n            ",
            r#"<trkpt lat="1" lon="1"><ele>inf</ele></trkpt>"#,
            r#"<trkpt lat="1" lon="1.1"><ele>1e308</ele></trkpt>"#,
            "\n            ",
            r#"<trkpt lat="1" lon="1.2"><ele>bad</ele></trkpt>"#,
            r#"<trkpt lat="1" lon="1.3"><ele>5</ele></trkpt></trkseg></trk></gpx>"#,
        ))
        .unwrap();
        assert_eq!(g.points.len(), 4);
        assert_eq!(g.dropped_points, 3);
        assert_eq!(g.dropped_elevations, 3);
        assert_eq!(g.warnings.len(), 2);
    }

    #[test]
    fn other_formats_are_named() {
        assert!(matches!(
            read("<html><body>hi</body></html>"),
            Err(LoadError::WrongFormat { found }) if found.contains("HTML")
        ));
        assert!(matches!(
            read("<kml><Document/></kml>"),
            Err(LoadError::WrongFormat { found }) if found == "KML"
        ));
        assert!(matches!(read(""), Err(LoadError::Empty)));
        assert!(matches!(read("just some words"), Err(LoadError::NotXml)));
        assert!(matches!(
            read("<gpx><wpt lat='1' lon='1'><name>A</name></wpt></gpx>"),
            Err(LoadError::NoPoints { .. })
        ));
    }

    #[test]
    fn entities_are_never_expanded() {
        let doc = concat!(
            r#"<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa">"#,
            r#"<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">"#,
            "\n            ",
            r#"<!ENTITY ext SYSTEM "file:///etc/passwd">]>"#,
            r#"<gpx><trk><name>&b;&ext;x</name><trkseg>"#,
            "\n            ",
            r#"<trkpt lat="0" lon="0"/><trkpt lat="0" lon="0.01"/></trkseg></trk></gpx>"#,
        );
        let g = read(doc).unwrap();
        assert_eq!(g.name.as_deref(), Some("x"));
    }

    #[test]
    fn utf16_and_bom_and_latin1() {
        let doc = "<?xml version=\"1.0\"?><gpx><trk><name>Cầu Rồng</name><trkseg>\
                   <trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk></gpx>";
        let mut le = vec![0xFF, 0xFE];
        for u in doc.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        let g = read_gpx(le.as_slice(), None).unwrap();
        assert_eq!(g.name.as_deref(), Some("Cầu Rồng"));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(doc.as_bytes());
        assert_eq!(read_gpx(bom.as_slice(), None).unwrap().points.len(), 2);
        let latin = b"<?xml version='1.0' encoding='ISO-8859-1'?><gpx><trk><name>Caf\xe9</name>\
                      <trkseg><trkpt lat='1' lon='1'/></trkseg></trk></gpx>";
        assert_eq!(
            read_gpx(&latin[..], None).unwrap().name.as_deref(),
            Some("Café")
        );
    }

    #[test]
    fn truncated_file_keeps_points_read() {
        let g = read(concat!(
            r#"<gpx><trk><trkseg><trkpt lat="0" lon="0"/><trkpt lat="0" lon="0.1"/>"#,
            r#"<trkpt lat="0" lo"#,
        ));
        let g = g.unwrap();
        assert_eq!(g.points.len(), 2);
    }
}
