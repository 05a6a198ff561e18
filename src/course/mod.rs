//! Course model: GPX bytes to a validated `Course`, then its profile, climbs and descents.
//!
//! Pipeline: [`import`] streams the XML into raw points; [`Course::from_parsed`] measures
//! distance along the path (great-circle, see [`geo`]), removes GPS teleports, fills
//! missing elevations and validates; [`profile`] resamples, smooths and grades;
//! [`segments`] finds climbs and descents and classifies them.

pub mod category;
pub mod classify;
pub mod error;
pub mod geo;
pub mod import;
pub mod profile;
pub mod report;
pub mod sample;
pub mod segments;
pub mod synth;
pub mod warning;

use std::io::BufRead;
use std::path::Path;

pub use category::Category;
pub use error::LoadError;
pub use import::{PointSource, RawPoint, Waypoint};
pub use profile::{Profile, ProfileSettings};
pub use segments::{Climb, Descent, DescentKind, SegmentSettings, Segments};
pub use warning::Warning;

use serde::{Deserialize, Serialize};

/// One point of a validated course.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CoursePoint {
    pub lat_deg: f64,
    pub lon_deg: f64,
    /// Distance from the start along the path, metres; never decreases.
    pub distance_m: f64,
    /// Elevation, metres; NaN only when the whole course has no elevation.
    pub elevation_m: f64,
}

/// A course that exists is valid: at least two points, finite values, distance that
/// never decreases and a total length above zero.
#[derive(Debug, Clone)]
pub struct Course {
    pub name: String,
    pub description: Option<String>,
    points: Vec<CoursePoint>,
    pub waypoints: Vec<Waypoint>,
    pub source: PointSource,
    /// True when the file carried elevation for enough of the course to use.
    pub has_elevation: bool,
    /// Things a runner should know about the file (shown as plain sentences).
    pub warnings: Vec<Warning>,
    /// Number of points read from the file (before teleport removal).
    pub points_in_file: usize,
}

/// A GPS jump no runner can make: faster than this between two timed points...
const TELEPORT_SPEED_M_PER_S: f64 = 100.0;
/// ...or, without times, a step this many times longer than the typical step,
const SPIKE_FACTOR: f64 = 25.0;
/// never counting steps shorter than this as a jump.
const SPIKE_MIN_M: f64 = 1_000.0;

impl Course {
    /// Loads a course from a file on disk, streaming it.
    pub fn load_path(path: &Path) -> Result<Course, LoadError> {
        Self::load_path_with_progress(path, None)
    }

    /// Loads a course from a file, reporting bytes read to `progress`.
    pub fn load_path_with_progress(
        path: &Path,
        progress: Option<&dyn Fn(u64)>,
    ) -> Result<Course, LoadError> {
        let file = std::fs::File::open(path).map_err(|e| LoadError::Io {
            reason: io_reason(&e),
            path: path.to_path_buf(),
        })?;
        let reader = std::io::BufReader::with_capacity(256 * 1024, file);
        let fallback = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        Self::load_reader(reader, fallback, progress)
    }

    /// Loads a course from bytes in memory (tests, dropped files with contents).
    pub fn load_bytes(bytes: &[u8], fallback_name: Option<String>) -> Result<Course, LoadError> {
        Self::load_reader(bytes, fallback_name, None)
    }

    fn load_reader<R: BufRead>(
        reader: R,
        fallback_name: Option<String>,
        progress: Option<&dyn Fn(u64)>,
    ) -> Result<Course, LoadError> {
        let parsed = import::read_gpx(reader, progress)?;
        Course::from_parsed(parsed, fallback_name)
    }

    /// Validates parsed GPX into a course: distance, teleports, elevation gaps.
    pub fn from_parsed(
        parsed: import::ParsedGpx,
        fallback_name: Option<String>,
    ) -> Result<Course, LoadError> {
        let import::ParsedGpx {
            name,
            description,
            points: raw,
            waypoints,
            source,
            mut warnings,
            ..
        } = parsed;
        let points_in_file = raw.len();
        if raw.is_empty() {
            return Err(LoadError::NoPoints {
                detail: String::new(),
            });
        }
        let (keep, break_before) = remove_teleports(&raw, &mut warnings);

        // Distance along the path. A gap between segments is not run: the next segment
        // continues from the previous one's distance (as gpxpy's length_2d does).
        let mut points: Vec<CoursePoint> = Vec::with_capacity(raw.len());
        let mut prev: Option<&RawPoint> = None;
        let mut distance_m = 0.0;
        for (i, p) in raw.iter().enumerate().filter(|(i, _)| keep[*i]) {
            if let Some(q) = prev {
                if q.segment == p.segment && !break_before[i] {
                    let step = geo::haversine_m(q.lat_deg, q.lon_deg, p.lat_deg, p.lon_deg);
                    if step <= 0.0 {
                        // Same position again: keep the first, but take an elevation if it lacked one.
                        if let Some(last) = points.last_mut()
                            && last.elevation_m.is_nan()
                        {
                            last.elevation_m = p.elevation_m;
                        }
                        prev = Some(p);
                        continue;
                    }
                    distance_m += step;
                } else if let Some(last) = points.last()
                    && last.distance_m == distance_m
                    && geo::haversine_m(q.lat_deg, q.lon_deg, p.lat_deg, p.lon_deg) < 1e-6
                {
                    prev = Some(p);
                    continue;
                }
            }
            if let Some(last) = points.last()
                && last.distance_m == distance_m
            {
                // A segment joint: same distance, new position. Keep the later point so
                // distance stays strictly increasing within the course.
                points.pop();
            }
            points.push(CoursePoint {
                lat_deg: p.lat_deg,
                lon_deg: p.lon_deg,
                distance_m,
                elevation_m: p.elevation_m,
            });
            prev = Some(p);
        }
        if points.len() < 2 || distance_m <= 0.0 {
            return Err(LoadError::SinglePosition);
        }

        let with_ele = points.iter().filter(|p| p.elevation_m.is_finite()).count();
        let has_elevation = with_ele >= 2;
        if has_elevation {
            let missing = points.len() - with_ele;
            if missing > 0 {
                fill_elevation_gaps(&mut points);
                warnings.push(Warning::ElevationInterpolated {
                    missing,
                    total: points.len(),
                });
            }
            if points.iter().all(|p| p.elevation_m == 0.0) {
                warnings.push(Warning::ZeroElevation);
            }
        } else {
            for p in &mut points {
                p.elevation_m = f64::NAN;
            }
            warnings.push(Warning::NoElevation);
        }
        let name = name
            .or(fallback_name)
            .unwrap_or_else(|| "Unnamed course".to_string());
        Ok(Course {
            name,
            description,
            points,
            waypoints,
            source: source.unwrap_or(PointSource::Track),
            has_elevation,
            warnings,
            points_in_file,
        })
    }

    /// Builds a course from points already measured (synthetic courses, samples).
    /// Returns None when the points do not form a valid course.
    pub fn from_points(
        name: &str,
        points: Vec<CoursePoint>,
        waypoints: Vec<Waypoint>,
    ) -> Option<Course> {
        let ok = points.len() >= 2
            && points.windows(2).all(|w| w[1].distance_m > w[0].distance_m)
            && points.iter().all(|p| {
                p.distance_m.is_finite() && p.lat_deg.is_finite() && p.lon_deg.is_finite()
            });
        if !ok {
            return None;
        }
        let has_elevation = points.iter().all(|p| p.elevation_m.is_finite());
        let n = points.len();
        Some(Course {
            name: name.to_string(),
            description: None,
            points,
            waypoints,
            source: PointSource::Track,
            has_elevation,
            warnings: Vec::new(),
            points_in_file: n,
        })
    }

    /// The course points, in order.
    pub fn points(&self) -> &[CoursePoint] {
        &self.points
    }

    /// Total length along the path, metres.
    pub fn distance_m(&self) -> f64 {
        self.points.last().map_or(0.0, |p| p.distance_m)
    }

    /// A short fingerprint of the geometry (FNV-1a over rounded coordinates), to tell
    /// whether a saved plan still matches a course file.
    pub fn fingerprint(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |v: i64| {
            for b in v.to_le_bytes() {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        };
        for p in &self.points {
            eat((p.lat_deg * 1e6).round() as i64);
            eat((p.lon_deg * 1e6).round() as i64);
            eat(if p.elevation_m.is_finite() {
                (p.elevation_m * 10.0).round() as i64
            } else {
                i64::MIN
            });
        }
        format!("{h:016x}")
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Marks GPS teleports for removal and returns which points to keep.
///
/// Two rules, both documented in the README:
/// - a spike: a point far from both neighbours (more than `SPIKE_FACTOR` times the median
///   step and at least `SPIKE_MIN_M`) while the neighbours are close to each other is a
///   glitch: the point is dropped (e.g. one fix 1,000 km off the course);
/// - a jump: two timed points of one segment whose implied speed exceeds
///   `TELEPORT_SPEED_M_PER_S` (360 km/h): the step is not counted (the later point starts
///   a new piece, like a segment gap).
fn remove_teleports(raw: &[RawPoint], warnings: &mut Vec<Warning>) -> (Vec<bool>, Vec<bool>) {
    let n = raw.len();
    let mut keep = vec![true; n];
    let mut break_before = vec![false; n];
    if n < 3 {
        return (keep, break_before);
    }
    // Median step over a sample of the course (cheap on huge files).
    let stride = (n / 5_000).max(1);
    let mut steps: Vec<f64> = (1..n)
        .step_by(stride)
        .filter(|&i| raw[i].segment == raw[i - 1].segment)
        .map(|i| {
            geo::haversine_m(
                raw[i - 1].lat_deg,
                raw[i - 1].lon_deg,
                raw[i].lat_deg,
                raw[i].lon_deg,
            )
        })
        .filter(|d| *d > 0.0)
        .collect();
    steps.sort_by(f64::total_cmp);
    let median = steps.get(steps.len() / 2).copied().unwrap_or(0.0);
    let limit = (median * SPIKE_FACTOR).max(SPIKE_MIN_M);
    let mut spikes = 0;
    for i in 1..n - 1 {
        let (a, b, c) = (&raw[i - 1], &raw[i], &raw[i + 1]);
        if a.segment != b.segment || b.segment != c.segment || !keep[i - 1] {
            continue;
        }
        let ab = geo::haversine_m(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
        if ab <= limit {
            continue;
        }
        let bc = geo::haversine_m(b.lat_deg, b.lon_deg, c.lat_deg, c.lon_deg);
        let ac = geo::haversine_m(a.lat_deg, a.lon_deg, c.lat_deg, c.lon_deg);
        if bc > limit && ac < 0.25 * ab.min(bc) {
            keep[i] = false;
            spikes += 1;
        }
    }
    if spikes > 0 {
        warnings.push(Warning::Glitches { count: spikes });
    }
    let mut jumps = 0;
    let mut last: Option<usize> = None;
    for i in 0..n {
        if !keep[i] {
            continue;
        }
        if let Some(j) = last {
            let (a, b) = (&raw[j], &raw[i]);
            let dt = b.time_s - a.time_s;
            if a.segment == b.segment && dt.is_finite() && dt > 0.0 {
                let d = geo::haversine_m(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
                if d > SPIKE_MIN_M && d / dt > TELEPORT_SPEED_M_PER_S {
                    break_before[i] = true;
                    jumps += 1;
                }
            }
        }
        last = Some(i);
    }
    if jumps > 0 {
        warnings.push(Warning::Jumps { count: jumps });
    }
    (keep, break_before)
}

/// Linear interpolation of missing elevations along distance; ends copy the nearest value.
fn fill_elevation_gaps(points: &mut [CoursePoint]) {
    let known: Vec<usize> = (0..points.len())
        .filter(|&i| points[i].elevation_m.is_finite())
        .collect();
    let (Some(&first), Some(&last)) = (known.first(), known.last()) else {
        return;
    };
    let (e_first, e_last) = (points[first].elevation_m, points[last].elevation_m);
    for p in &mut points[..first] {
        p.elevation_m = e_first;
    }
    for p in &mut points[last + 1..] {
        p.elevation_m = e_last;
    }
    for w in known.windows(2) {
        let (a, b) = (w[0], w[1]);
        if b - a < 2 {
            continue;
        }
        let (da, db) = (points[a].distance_m, points[b].distance_m);
        let (ea, eb) = (points[a].elevation_m, points[b].elevation_m);
        for p in &mut points[a + 1..b] {
            let t = if db > da {
                (p.distance_m - da) / (db - da)
            } else {
                0.0
            };
            p.elevation_m = ea + (eb - ea) * t;
        }
    }
}

/// Everything derived from a course with one set of settings.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub profile: Profile,
    pub climbs: Vec<Climb>,
    pub descents: Vec<Descent>,
    /// Warnings from the course plus any from the analysis.
    pub warnings: Vec<Warning>,
}

/// All analysis settings, with documented defaults; serialised into the JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AnalysisSettings {
    pub profile: ProfileSettings,
    pub segments: SegmentSettings,
}

/// Builds the profile and finds climbs and descents.
pub fn analyze(course: &Course, settings: &AnalysisSettings) -> Analysis {
    let profile = Profile::build(course, &settings.profile);
    let Segments { climbs, descents } = segments::find(course, &profile, &settings.segments);
    let mut warnings = course.warnings.clone();
    warnings.extend(profile.warnings.iter().cloned());
    Analysis {
        profile,
        climbs,
        descents,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(lat: f64, lon: f64, ele: f64, seg: u32) -> RawPoint {
        RawPoint {
            lat_deg: lat,
            lon_deg: lon,
            elevation_m: ele,
            time_s: f64::NAN,
            segment: seg,
        }
    }

    fn parsed(points: Vec<RawPoint>) -> import::ParsedGpx {
        import::ParsedGpx {
            points,
            ..Default::default()
        }
    }

    #[test]
    fn segment_gap_is_not_counted() {
        let c = Course::from_parsed(
            parsed(vec![
                pt(0.0, 0.0, 1.0, 0),
                pt(0.0, 0.01, 1.0, 0),
                pt(0.0, 0.5, 1.0, 1),
                pt(0.0, 0.51, 1.0, 1),
            ]),
            None,
        )
        .unwrap();
        let one = geo::haversine_m(0.0, 0.0, 0.0, 0.01);
        assert!((c.distance_m() - 2.0 * one).abs() < 1e-6);
        assert!(c.warnings.is_empty());
    }

    #[test]
    fn spike_far_off_course_is_removed() {
        let mut pts: Vec<RawPoint> = (0..100)
            .map(|i| pt(10.0, 100.0 + i as f64 * 1e-4, 5.0, 0))
            .collect();
        pts[50] = pt(19.0, 100.005, 5.0, 0); // ~1,000 km north
        let c = Course::from_parsed(parsed(pts), None).unwrap();
        assert!((c.distance_m() - geo::haversine_m(10.0, 100.0, 10.0, 100.0099)).abs() < 1.0);
        assert!(
            c.warnings
                .iter()
                .any(|w| matches!(w, Warning::Glitches { .. }))
        );
    }

    #[test]
    fn identical_points_are_one_position() {
        let pts: Vec<RawPoint> = (0..300).map(|_| pt(1.0, 1.0, 5.0, 0)).collect();
        assert!(matches!(
            Course::from_parsed(parsed(pts), None),
            Err(LoadError::SinglePosition)
        ));
    }

    #[test]
    fn missing_elevations_are_interpolated_and_flagged() {
        let c = Course::from_parsed(
            parsed(vec![
                pt(0.0, 0.0, 10.0, 0),
                pt(0.0, 0.01, f64::NAN, 0),
                pt(0.0, 0.02, 30.0, 0),
            ]),
            None,
        )
        .unwrap();
        assert!((c.points()[1].elevation_m - 20.0).abs() < 1e-6);
        assert!(c.has_elevation);
        assert_eq!(c.warnings.len(), 1);
    }

    #[test]
    fn no_elevation_is_said_plainly() {
        let c = Course::from_parsed(
            parsed(vec![pt(0.0, 0.0, f64::NAN, 0), pt(0.0, 0.01, f64::NAN, 0)]),
            None,
        )
        .unwrap();
        assert!(!c.has_elevation);
        assert_eq!(c.warnings[0], Warning::NoElevation);
    }
}
