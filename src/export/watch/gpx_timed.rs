//! GPX 1.1 with planned times: one `<trk>` whose every point carries its planned time
//! (UTC, `Z`), for watches and apps that import a timed GPX as a course; the course points
//! as `<wpt>`s (ASCII name, full text in `<desc>`).

use std::fmt::Write as _;

use super::{RaceDay, iso_utc, xml_escape};

/// Encodes the timed GPX.
pub fn encode(day: &RaceDay) -> String {
    let mut out = String::with_capacity(120 * (day.track.len() + day.marks.len()) + 1_000);
    out.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<gpx version=\"1.1\" creator=\"Downhill Planner\" ",
        "xmlns=\"http://www.topografix.com/GPX/1/1\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://www.topografix.com/GPX/1/1 ",
        "http://www.topografix.com/GPX/1/1/gpx.xsd\">\n"
    ));
    let name = xml_escape(&day.name);
    let desc = xml_escape(&crate::t!("watch-gpx-desc"));
    let _ = write!(
        out,
        "  <metadata>\n    <name>{name}</name>\n    <desc>{desc}</desc>\n    <time>{}</time>\n  \
         </metadata>\n",
        iso_utc(day.created_unix_s)
    );
    for m in &day.marks {
        let _ = write!(
            out,
            "  <wpt lat=\"{:.7}\" lon=\"{:.7}\">\n    <ele>{:.1}</ele>\n    <time>{}</time>\n    \
             <name>{}</name>\n    <desc>{}</desc>\n    <sym>{}</sym>\n  </wpt>\n",
            m.lat_deg,
            m.lon_deg,
            m.elevation_m,
            iso_utc(m.unix_s),
            xml_escape(&m.name),
            xml_escape(&m.notes),
            m.kind.gpx_sym()
        );
    }
    let _ = write!(
        out,
        "  <trk>\n    <name>{name}</name>\n    <type>running</type>\n    <trkseg>\n"
    );
    for t in &day.track {
        let _ = writeln!(
            out,
            "      <trkpt lat=\"{:.7}\" lon=\"{:.7}\"><ele>{:.1}</ele><time>{}</time></trkpt>",
            t.lat_deg,
            t.lon_deg,
            t.elevation_m,
            iso_utc(t.unix_s)
        );
    }
    out.push_str("    </trkseg>\n  </trk>\n</gpx>\n");
    out
}
