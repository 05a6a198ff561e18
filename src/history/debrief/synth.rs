//! A race recording made from a timetable along a course, for tests and for trying the
//! debrief: one point a second, placed on the course where the timetable says the runner
//! is, optionally stretched about the start so the track reads long like a watch.

use super::align::interp;
use crate::course::{CoursePoint, RawPoint};

/// Points at every whole second from `start_time_s`, where the timetable (`knots_m`
/// reached at `knots_s` elapsed seconds, both increasing) puts the runner on `course`;
/// positions are then moved away from the start by `1 + over_read` (0.02 reads 2 % long).
pub fn follow(
    course: &[CoursePoint],
    knots_m: &[f64],
    knots_s: &[f64],
    start_time_s: f64,
    over_read: f64,
) -> Vec<RawPoint> {
    let dist: Vec<f64> = course.iter().map(|p| p.distance_m).collect();
    let lat: Vec<f64> = course.iter().map(|p| p.lat_deg).collect();
    let lon: Vec<f64> = course.iter().map(|p| p.lon_deg).collect();
    let ele: Vec<f64> = course.iter().map(|p| p.elevation_m).collect();
    let (Some(first), Some(end_s)) = (course.first(), knots_s.last()) else {
        return Vec::new();
    };
    let seconds = end_s.ceil().max(0.0) as u64;
    (0..=seconds)
        .map(|t| {
            let t = t as f64;
            let d = interp(knots_s, knots_m, t);
            let (la, lo) = (interp(&dist, &lat, d), interp(&dist, &lon, d));
            RawPoint {
                lat_deg: first.lat_deg + (la - first.lat_deg) * (1.0 + over_read),
                lon_deg: first.lon_deg + (lo - first.lon_deg) * (1.0 + over_read),
                elevation_m: interp(&dist, &ele, d),
                time_s: start_time_s + t,
                segment: 0,
            }
        })
        .collect()
}
