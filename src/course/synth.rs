//! Synthetic data with known truth: a seeded random source, GPS-like elevation noise, and
//! a generator of Garmin-style GPX recordings of any size (for tests and benchmarks).

use std::io::Write;

use super::{Course, CoursePoint, geo};

/// A straight course heading east from 10° N 100° E with points every `step_m` and heights
/// from `elev(distance)`; None when the points make no course (a length under one step).
pub fn straight_course(elev: impl Fn(f64) -> f64, length_m: f64, step_m: f64) -> Option<Course> {
    let n = (length_m / step_m) as usize;
    let pts = (0..=n)
        .map(|i| {
            let d = i as f64 * step_m;
            let (lat, lon) = geo::destination(10.0, 100.0, 90.0, d);
            CoursePoint {
                lat_deg: lat,
                lon_deg: lon,
                distance_m: d,
                elevation_m: elev(d),
            }
        })
        .collect();
    Course::from_points("t", pts, vec![])
}

/// A small, seeded random source (SplitMix64): reproducible fixtures without a crate.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A source seeded with `seed`: the same seed gives the same sequence.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Standard normal (Box-Muller).
    pub fn normal(&mut self) -> f64 {
        let u1 = self.unit().max(1e-12);
        let u2 = self.unit();
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }
}

/// GPS-like elevation noise: white jitter of `sigma_m` per point plus a slow drift (a random
/// walk pulled back to zero, correlated over about 500 points) of about half that size, as
/// barometric watch elevation shows.
pub fn with_elevation_noise(course: &Course, sigma_m: f64, seed: u64) -> Course {
    let mut rng = Rng::new(seed);
    let mut drift = 0.0;
    let points: Vec<CoursePoint> = course
        .points()
        .iter()
        .map(|p| {
            drift = 0.998 * drift + 0.5 * sigma_m * 0.0632 * rng.normal();
            CoursePoint {
                elevation_m: p.elevation_m + sigma_m * rng.normal() + drift,
                ..*p
            }
        })
        .collect();
    let mut c = Course::from_points(&course.name, points, course.waypoints.clone())
        .unwrap_or_else(|| course.clone());
    c.description = course.description.clone();
    c
}

/// Writes a Garmin Connect-style GPX recording of `n_points` one-second fixes, running laps
/// of `course` at 2.9 m/s, with position jitter, whole-metre-ish elevation noise and
/// heart-rate/cadence extensions under the `ns3:` prefix. About 290 bytes per point.
pub fn write_garmin_style<W: Write>(
    out: &mut W,
    course: &Course,
    n_points: usize,
    seed: u64,
) -> std::io::Result<()> {
    let mut rng = Rng::new(seed);
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        concat!(
            r#"<gpx creator="Garmin Connect" version="1.1" "#,
            r#"xmlns="http://www.topografix.com/GPX/1/1" "#,
            r#"xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" "#,
            r#"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
        )
    )?;
    writeln!(
        out,
        "  <metadata>\n    <time>2025-07-20T20:00:00.000Z</time>\n  </metadata>"
    )?;
    writeln!(
        out,
        "  <trk>\n    <name>{}</name>\n    <type>running</type>\n    <trkseg>",
        escape(&course.name)
    )?;
    let pts = course.points();
    let total = course.distance_m();
    let speed = 2.9;
    let start_s: i64 = 1_753_041_600; // 2025-07-20T20:00:00Z
    let mut j = 0;
    let mut lap_offset = 0.0;
    for i in 0..n_points {
        let mut along = i as f64 * speed - lap_offset;
        if along > total {
            lap_offset += total;
            along -= total;
            j = 0;
        }
        while j + 2 < pts.len() && pts[j + 1].distance_m < along {
            j += 1;
        }
        let (a, b) = (&pts[j], &pts[j + 1]);
        let t = ((along - a.distance_m) / (b.distance_m - a.distance_m)).clamp(0.0, 1.0);
        let (lat, lon) = geo::lerp_position(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg, t);
        let (lat, lon) = (lat + rng.normal() * 1e-6, lon + rng.normal() * 1e-6);
        let ele = a.elevation_m + (b.elevation_m - a.elevation_m) * t + rng.normal() * 0.8;
        let secs = start_s + i as i64;
        let (h, m, s) = ((secs / 3600) % 24, (secs / 60) % 60, secs % 60);
        // Fine for fixtures: a date that parses.
        let day = 20 + (secs - start_s + 20 * 3600) / 86_400;
        let hr = 140 + (rng.next_u64() % 25) as u32;
        let cad = 84 + (rng.next_u64() % 8) as u32;
        writeln!(
            out,
            "      <trkpt lat=\"{lat:.9}\" lon=\"{lon:.9}\">\
             \n        <ele>{ele:.1}</ele>\
             \n        <time>2025-07-{:02}T{h:02}:{m:02}:{s:02}.000Z</time>\
             \n        <extensions>\
             \n          <ns3:TrackPointExtension>\
             \n            <ns3:hr>{hr}</ns3:hr>\
             \n            <ns3:cad>{cad}</ns3:cad>\
             \n          </ns3:TrackPointExtension>\
             \n        </extensions>\
             \n      </trkpt>",
            day.min(28)
        )?;
    }
    writeln!(out, "    </trkseg>\n  </trk>\n</gpx>")?;
    Ok(())
}

/// Minimal XML escaping for names written into fixtures.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Barometric-altimeter-like elevation noise on distance: a slow drift (an Ornstein-Uhlenbeck
/// process of standard deviation `drift_sd_m`, correlated over `correlation_m` of distance)
/// plus white jitter of `white_sd_m` on every point. Hard truth for the noise estimate: a
/// drift of 2 m over 500 m looks like terrain to a simple smoother.
pub fn with_drift_noise(
    course: &Course,
    drift_sd_m: f64,
    correlation_m: f64,
    white_sd_m: f64,
    seed: u64,
) -> Course {
    let mut rng = Rng::new(seed);
    let mut drift = drift_sd_m * rng.normal();
    let mut last_m = 0.0;
    let points: Vec<CoursePoint> = course
        .points()
        .iter()
        .map(|p| {
            let a = (-(p.distance_m - last_m).max(0.0) / correlation_m.max(1.0)).exp();
            last_m = p.distance_m;
            drift = a * drift + drift_sd_m * (1.0 - a * a).sqrt() * rng.normal();
            CoursePoint {
                elevation_m: p.elevation_m + drift + white_sd_m * rng.normal(),
                ..*p
            }
        })
        .collect();
    let mut c = Course::from_points(&course.name, points, course.waypoints.clone())
        .unwrap_or_else(|| course.clone());
    c.description.clone_from(&course.description);
    c
}
