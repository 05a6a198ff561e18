//! Serializable summaries of a course and its analysis (the `analyze --json` shape,
//! reused inside the plan JSON).

use serde::{Deserialize, Serialize};

use super::{Analysis, AnalysisSettings, Climb, Course, Descent, PointSource, Warning};

/// Version of the JSON documents this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The course in numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CourseSummary {
    pub name: String,
    pub description: Option<String>,
    pub distance_m: f64,
    /// None when the file has no elevation data.
    pub gain_m: Option<f64>,
    pub loss_m: Option<f64>,
    pub min_elevation_m: Option<f64>,
    pub max_elevation_m: Option<f64>,
    /// Points of the course after clean-up (duplicates and glitches removed).
    pub points: usize,
    /// Points read from the file.
    pub points_in_file: usize,
    pub has_elevation: bool,
    pub source: PointSource,
    /// Fingerprint of the geometry (see `Course::fingerprint`).
    pub fingerprint: String,
}

impl CourseSummary {
    pub fn new(course: &Course, analysis: &Analysis) -> CourseSummary {
        let p = &analysis.profile;
        CourseSummary {
            name: course.name.clone(),
            description: course.description.clone(),
            distance_m: course.distance_m(),
            gain_m: p.gain_m,
            loss_m: p.loss_m,
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
    #[serde(flatten)]
    pub values: AnalysisSettings,
    pub method: String,
}

/// The whole `analyze --json` document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalyzeReport {
    pub schema_version: u32,
    pub course: CourseSummary,
    pub descents: Vec<Descent>,
    pub climbs: Vec<Climb>,
    pub warnings: Vec<Warning>,
    pub settings: SettingsReport,
}

impl AnalyzeReport {
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
                },
                method: analysis.profile.settings.method(),
            },
        }
    }
}
