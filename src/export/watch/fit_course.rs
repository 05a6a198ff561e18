//! The FIT course file (file type 6): `file_id` (unique serial and creation time),
//! `course` (name, running), `lap`, timer start `event`, one `record` per track point
//! (position in semicircles, distance, altitude, planned time), one `course_point` per
//! mark (true along-course distance, type, 15-byte ASCII name), timer stop `event`. The
//! record times are the virtual partner: race start (UTC) plus the plan's elapsed time.

use super::RaceDay;
use crate::fit::base::{ENUM, SINT32, STRING, UINT8, UINT16, UINT32};
use crate::fit::{Writer, semicircles, time};

/// Course and course point name fields, bytes (15 usable).
const NAME_LEN: usize = 16;

/// Encodes the FIT course.
pub fn encode(day: &RaceDay) -> Vec<u8> {
    let mut w = Writer::new();
    let (first, last) = match (day.track.first(), day.track.last()) {
        (Some(a), Some(b)) => (*a, *b),
        _ => return w.finish(),
    };
    w.file_id(6, day.serial, day.created_unix_s); // 6: course
    w.definition(1, 31, &[(4, 1, ENUM), (5, NAME_LEN as u8, STRING)]);
    w.message(1).u8(1).string(&day.short_name, NAME_LEN); // sport: running
    lap(&mut w, day, first, last);
    event(&mut w, first.unix_s, 0); // timer start
    w.definition(
        4,
        20,
        &[
            (253, 4, UINT32),
            (0, 4, SINT32),
            (1, 4, SINT32),
            (5, 4, UINT32),
            (2, 2, UINT16),
        ],
    );
    for t in &day.track {
        w.message(4)
            .u32(time(t.unix_s))
            .i32(semicircles(t.lat_deg))
            .i32(semicircles(t.lon_deg))
            .u32(centimetres(t.distance_m))
            .u16(altitude(t.elevation_m));
    }
    w.definition(
        5,
        32,
        &[
            (254, 2, UINT16),
            (1, 4, UINT32),
            (2, 4, SINT32),
            (3, 4, SINT32),
            (4, 4, UINT32),
            (5, 1, ENUM),
            (6, NAME_LEN as u8, STRING),
        ],
    );
    for (i, m) in day.marks.iter().enumerate() {
        w.message(5)
            .u16(i as u16)
            .u32(time(m.unix_s))
            .i32(semicircles(m.lat_deg))
            .i32(semicircles(m.lon_deg))
            .u32(centimetres(m.distance_m))
            .u8(m.kind.fit_type())
            .string(&m.name, NAME_LEN);
    }
    event(&mut w, last.unix_s, 4); // timer stop all
    w.finish()
}

/// The one lap: start and end, elapsed and timer time, distance.
fn lap(w: &mut Writer, day: &RaceDay, first: super::TrackPoint, last: super::TrackPoint) {
    w.definition(
        2,
        19,
        &[
            (253, 4, UINT32),
            (2, 4, UINT32),
            (3, 4, SINT32),
            (4, 4, SINT32),
            (5, 4, SINT32),
            (6, 4, SINT32),
            (7, 4, UINT32),
            (8, 4, UINT32),
            (9, 4, UINT32),
        ],
    );
    let elapsed_ms = u32::try_from((last.unix_s - first.unix_s) * 1000).unwrap_or(u32::MAX);
    w.message(2)
        .u32(time(last.unix_s))
        .u32(time(first.unix_s))
        .i32(semicircles(first.lat_deg))
        .i32(semicircles(first.lon_deg))
        .i32(semicircles(last.lat_deg))
        .i32(semicircles(last.lon_deg))
        .u32(elapsed_ms)
        .u32(elapsed_ms)
        .u32(centimetres(day.total_m));
}

/// A timer event (`event_type` 0 start, 4 stop all).
fn event(w: &mut Writer, unix_s: i64, event_type: u8) {
    w.definition(
        3,
        21,
        &[(253, 4, UINT32), (0, 1, ENUM), (1, 1, ENUM), (4, 1, UINT8)],
    );
    w.message(3).u32(time(unix_s)).u8(0).u8(event_type).u8(0);
}

/// Metres in the FIT distance unit (1/100 m).
fn centimetres(m: f64) -> u32 {
    (m.max(0.0) * 100.0).round() as u32
}

/// Metres in the FIT altitude unit (1/5 m, offset 500 m).
fn altitude(m: f64) -> u16 {
    ((m + 500.0) * 5.0).round().clamp(0.0, 65_534.0) as u16
}
