//! Course model: GPX bytes to a validated `Course`, then its profile, climbs and descents.
//!
//! Pipeline: [`import`] streams the XML into raw points; [`Course::from_parsed`] (with
//! `clean`) removes GPS teleports, measures distance along the path (great-circle, see
//! [`geo`]), fills missing elevations and validates; [`profile`] resamples, smooths and
//! grades (numbers on series in [`series`]); [`segments`] finds climbs and descents with
//! one pipeline run up and down, and [`classify`] names descents bridge, pass or hill.
//! Values: [`Category`] of a climb or descent, [`Warning`] notes for the runner,
//! [`LoadError`] when a file cannot become a course. [`report`] is the JSON shape;
//! [`sample`] and [`synth`] build courses in code.

pub mod category;
pub mod classify;
mod clean;
pub mod corrections;
pub mod error;
pub mod geo;
pub mod import;
mod input;
pub mod landmarks;
pub mod map;
pub mod noise;
pub mod profile;
pub mod repair;
pub mod report;
pub mod sample;
pub mod segments;
pub mod series;
pub mod synth;
pub mod warning;

use std::io::BufRead;
use std::path::Path;

pub use category::Category;
pub use corrections::{Corrections, DescentOrigin};
pub use error::{LoadError, NoPointsDetail};
pub use import::{PointSource, RawPoint, Waypoint};
pub use input::{MAX_COURSE_BYTES, open_course_file};
pub use profile::{Profile, ProfileSettings};
pub use segments::{Climb, Descent, DescentKind, SegmentSettings, Segments};
pub use warning::Warning;

use serde::{Deserialize, Serialize};

/// One point of a validated course.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CoursePoint {
    /// Latitude, degrees north.
    pub lat_deg: f64,
    /// Longitude, degrees east.
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
    /// Name shown to the runner: from the file, else the file name, else "Unnamed course".
    pub name: String,
    /// The file's description, if it has one.
    pub description: Option<String>,
    points: Vec<CoursePoint>,
    /// Named waypoints of the file (landmarks along the course).
    pub waypoints: Vec<Waypoint>,
    /// Whether the course came from the file's track or its route.
    pub source: PointSource,
    /// True when the file carried elevation for enough of the course to use.
    pub has_elevation: bool,
    /// Things a runner should know about the file (shown as plain sentences).
    pub warnings: Vec<Warning>,
    /// Number of points read from the file (before teleport removal).
    pub points_in_file: usize,
}

impl Course {
    /// Loads a course from a file on disk, streaming it.
    pub fn load_path(path: &Path) -> Result<Course, LoadError> {
        Self::load_path_with_progress(path, None)
    }

    /// Loads a course from a file, reporting bytes read to `progress`. Refuses what is
    /// not a regular file (a folder, a device, a pipe) and a file over
    /// [`MAX_COURSE_BYTES`] before reading, and stops reading at that limit should the
    /// file grow while it is read.
    pub fn load_path_with_progress(
        path: &Path,
        progress: Option<&dyn Fn(u64)>,
    ) -> Result<Course, LoadError> {
        let file = open_course_file(path)?;
        let exceeded = std::cell::Cell::new(false);
        let limited = input::Limited::new(file, MAX_COURSE_BYTES, &exceeded);
        let reader = std::io::BufReader::with_capacity(256 * 1024, limited);
        let fallback = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        let result = Self::load_reader(reader, fallback, progress);
        if exceeded.get() {
            return Err(LoadError::TooLarge {
                size_bytes: None,
                limit_bytes: MAX_COURSE_BYTES,
                path: path.to_path_buf(),
            });
        }
        // A read error deep in the stream knows no path: name the file here.
        result.map_err(|e| e.with_path(path))
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
                detail: crate::course::NoPointsDetail::Nothing,
            });
        }
        let teleports = clean::remove_teleports(&raw, &mut warnings);
        let mut points = clean::measure_distance(&raw, &teleports);
        if points.len() < 2 || points.last().map_or(0.0, |p| p.distance_m) <= 0.0 {
            return Err(LoadError::SinglePosition);
        }
        let has_elevation = clean::settle_elevation(&mut points, &mut warnings);
        let name = name
            .or(fallback_name)
            .unwrap_or_else(|| crate::t!("course-unnamed"));
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

/// Everything derived from a course with one set of settings.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The resampled, smoothed elevation profile with its grades.
    pub profile: Profile,
    /// Climbs found along the course, in course order.
    pub climbs: Vec<Climb>,
    /// Descents found along the course, in course order, each classified.
    pub descents: Vec<Descent>,
    /// Warnings from the course plus any from the analysis.
    pub warnings: Vec<Warning>,
    /// Where each descent comes from: found by the reading or added by the runner (same
    /// order as `descents`).
    pub origins: Vec<DescentOrigin>,
}

/// All analysis settings, with documented defaults; serialised into the JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AnalysisSettings {
    /// How the profile is resampled and smoothed.
    pub profile: ProfileSettings,
    /// Thresholds for what counts as a climb or a descent.
    pub segments: SegmentSettings,
    /// The runner's corrections to this course (see [`corrections`]).
    #[serde(skip_serializing_if = "Corrections::is_empty")]
    pub corrections: Corrections,
}

/// Builds the profile and finds climbs and descents, then applies the runner's corrections.
pub fn analyze(course: &Course, settings: &AnalysisSettings) -> Analysis {
    let fixes = &settings.corrections;
    let profile = Profile::build_corrected(course, &settings.profile, fixes);
    let Segments { climbs, descents } = segments::find(course, &profile, &settings.segments);
    let corrected = corrections::apply_to_descents(fixes, &profile, descents);
    let mut warnings = course.warnings.clone();
    warnings.extend(profile.warnings.iter().cloned());
    warnings.extend(corrected.warnings);
    Analysis {
        profile,
        climbs,
        descents: corrected.descents,
        warnings,
        origins: corrected.origins,
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
