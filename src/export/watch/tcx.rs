//! TCX course (`TrainingCenterDatabase/Courses/Course`): name (15 characters), one `Lap`
//! (total time and distance, begin and end position, intensity), the `Track` with planned
//! `Time`, position, `AltitudeMeters` and `DistanceMeters` on every point, and the course
//! points (`CoursePoint`: a name of 1-10 characters, time, position, `PointType`, notes),
//! in the element order of the published TrainingCenterDatabase v2 schema.

use std::fmt::Write as _;

use super::{RaceDay, iso_utc, xml_escape};

/// Encodes the TCX course.
pub fn encode(day: &RaceDay) -> String {
    let mut out = String::with_capacity(200 * (day.track.len() + day.marks.len()) + 1_000);
    out.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<TrainingCenterDatabase ",
        "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2 ",
        "http://www.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd\">\n",
        "  <Courses>\n    <Course>\n"
    ));
    let _ = writeln!(out, "      <Name>{}</Name>", xml_escape(&day.short_name));
    if let (Some(a), Some(b)) = (day.track.first(), day.track.last()) {
        let _ = write!(
            out,
            "      <Lap>\n        <TotalTimeSeconds>{}</TotalTimeSeconds>\n        \
             <DistanceMeters>{:.1}</DistanceMeters>\n        {}\n        {}\n        \
             <Intensity>Active</Intensity>\n      </Lap>\n",
            b.unix_s - a.unix_s,
            day.total_m,
            position("BeginPosition", a.lat_deg, a.lon_deg),
            position("EndPosition", b.lat_deg, b.lon_deg),
        );
    }
    out.push_str("      <Track>\n");
    for t in &day.track {
        let _ = writeln!(
            out,
            "        <Trackpoint><Time>{}</Time>{}<AltitudeMeters>{:.1}</AltitudeMeters>\
             <DistanceMeters>{:.1}</DistanceMeters></Trackpoint>",
            iso_utc(t.unix_s),
            position("Position", t.lat_deg, t.lon_deg),
            t.elevation_m,
            t.distance_m
        );
    }
    out.push_str("      </Track>\n");
    for m in &day.marks {
        let _ = write!(
            out,
            "      <CoursePoint>\n        <Name>{}</Name>\n        <Time>{}</Time>\n        \
             {}\n        <AltitudeMeters>{:.1}</AltitudeMeters>\n        \
             <PointType>{}</PointType>\n        <Notes>{}</Notes>\n      </CoursePoint>\n",
            xml_escape(&m.short_name),
            iso_utc(m.unix_s),
            position("Position", m.lat_deg, m.lon_deg),
            m.elevation_m,
            m.kind.tcx_type(),
            xml_escape(&m.notes)
        );
    }
    out.push_str("    </Course>\n  </Courses>\n</TrainingCenterDatabase>\n");
    out
}

/// A `Position_t` element.
fn position(tag: &str, lat: f64, lon: f64) -> String {
    format!(
        "<{tag}><LatitudeDegrees>{lat:.7}</LatitudeDegrees>\
         <LongitudeDegrees>{lon:.7}</LongitudeDegrees></{tag}>"
    )
}
