//! Serializable summaries of a course and its analysis (the `analyze --json` shape,
//! reused inside the plan JSON).

use serde::{Deserialize, Serialize};

use super::noise::NoiseEstimate;
use super::repair::{QualityStretch, quality};
use super::{Analysis, AnalysisSettings, Climb, Course, Descent, PointSource, Warning};

/// Version of the JSON documents this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The course in numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CourseSummary {
    /// The course's name (from the file, else the file name).
    pub name: String,
    /// The file's description, if any.
    pub description: Option<String>,
    /// Length of the course along the path, metres (the official distance when the runner
    /// entered one).
    pub distance_m: f64,
    /// The official distance and climb the runner entered, when any: the profile, the
    /// totals and the plan are scaled to them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official: Option<super::corrections::OfficialFigures>,
    /// Height climbed over the course, metres. None when the file has no elevation data.
    pub gain_m: Option<f64>,
    /// Height descended over the course, metres (None without elevation).
    pub loss_m: Option<f64>,
    /// How far the total climb may be off, metres (see `course::noise`).
    #[serde(default)]
    pub gain_uncertainty_m: Option<f64>,
    /// How far the total descent may be off, metres.
    #[serde(default)]
    pub loss_uncertainty_m: Option<f64>,
    /// The file's elevation noise, estimated from the file (None without elevation).
    #[serde(default)]
    pub noise: Option<NoiseEstimate>,
    /// Where the heights come from, stretch by stretch: the file, repaired (spikes, pits,
    /// steps no road can have) or interpolated (gaps in the recording).
    #[serde(default)]
    pub elevation_quality: Vec<QualityStretch>,
    /// Lowest point of the smoothed profile, metres (None without elevation).
    pub min_elevation_m: Option<f64>,
    /// Highest point of the smoothed profile, metres (None without elevation).
    pub max_elevation_m: Option<f64>,
    /// Points of the course after clean-up (duplicates and glitches removed).
    pub points: usize,
    /// Points read from the file.
    pub points_in_file: usize,
    /// True when the file carried elevation for enough of the course to use.
    pub has_elevation: bool,
    /// Whether the course came from the file's track or its route.
    pub source: PointSource,
    /// Fingerprint of the geometry (see `Course::fingerprint`).
    pub fingerprint: String,
}

impl CourseSummary {
    /// Sums up a course and its analysis (totals come from the analysis's profile).
    pub fn new(course: &Course, analysis: &Analysis) -> CourseSummary {
        let p = &analysis.profile;
        CourseSummary {
            name: course.name.clone(),
            description: course.description.clone(),
            distance_m: p.total_m(),
            official: p.official,
            gain_m: p.gain_m,
            loss_m: p.loss_m,
            gain_uncertainty_m: p.gain_uncertainty_m,
            loss_uncertainty_m: p.loss_uncertainty_m,
            noise: p.noise,
            elevation_quality: if p.has_elevation {
                quality(&p.repairs, p.total_m())
            } else {
                Vec::new()
            },
            min_elevation_m: p.min_elevation_m,
            max_elevation_m: p.max_elevation_m,
            points: course.points().len(),
            points_in_file: course.points_in_file,
            has_elevation: course.has_elevation,
            source: course.source,
            fingerprint: course.fingerprint(),
        }
    }
}

/// Settings as reported: the values plus the method in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SettingsReport {
    /// The settings used (the profile's as actually applied), flattened into the object.
    #[serde(flatten)]
    pub values: AnalysisSettings,
    /// The profile method in one sentence, with its numbers (`ProfileSettings::method`).
    pub method: String,
}

/// The whole `analyze --json` document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalyzeReport {
    /// Version of this JSON shape ([`SCHEMA_VERSION`] when written by this build).
    pub schema_version: u32,
    /// The course in numbers.
    pub course: CourseSummary,
    /// Descents along the course, in course order.
    pub descents: Vec<Descent>,
    /// Climbs along the course, in course order.
    pub climbs: Vec<Climb>,
    /// Notes for the runner from the file and the analysis.
    pub warnings: Vec<Warning>,
    /// The settings used and the method in words.
    pub settings: SettingsReport,
}

impl AnalyzeReport {
    /// The report of one analysis; `settings` gives the segment thresholds, the
    /// profile's come from the analysis (they may have been coarsened).
    pub fn new(course: &Course, analysis: &Analysis, settings: &AnalysisSettings) -> AnalyzeReport {
        AnalyzeReport {
            schema_version: SCHEMA_VERSION,
            course: CourseSummary::new(course, analysis),
            descents: analysis.descents.clone(),
            climbs: analysis.climbs.clone(),
            warnings: analysis.warnings.clone(),
            settings: SettingsReport {
                values: AnalysisSettings {
                    profile: analysis.profile.settings.clone(),
                    segments: settings.segments.clone(),
                    corrections: settings.corrections.clone(),
                },
                method: analysis.profile.method(),
            },
        }
    }
}
