//! The JSON plan: written with everything needed to restore the session (course source
//! and fingerprint, all settings) and everything computed; read back with a version check
//! and validated settings. The schema is `assets/plan.schema.json`.

use serde::Deserialize;

use super::ExportError;
use crate::course::AnalysisSettings;
pub use crate::document::CourseSource;
use crate::document::{PLAN_SCHEMA_VERSION, PlanDocument};
use crate::plan::PlanSettings;

/// The plan document as pretty JSON text.
pub fn to_json(document: &PlanDocument) -> Result<String, ExportError> {
    let mut text = serde_json::to_string_pretty(document).map_err(|e| ExportError::NotAPlan {
        reason: e.to_string(),
    })?;
    text.push('\n');
    Ok(text)
}

/// What a plan file needs to restore a session.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedPlan {
    /// Format version of the file.
    pub schema_version: u32,
    /// Where the course came from.
    pub source: Option<CourseSource>,
    /// The course name saved with the plan.
    pub course_name: String,
    /// The course geometry fingerprint, to notice a changed file.
    pub fingerprint: String,
    /// The race settings.
    pub settings: PlanSettings,
    /// How the course was read.
    pub analysis_settings: AnalysisSettings,
    /// The training block's settings, when the plan had a block.
    pub training_settings: Option<crate::training::BlockSettings>,
}

#[derive(Deserialize)]
struct Header {
    schema_version: serde_json::Value,
}

#[derive(Deserialize)]
struct CourseRef {
    name: String,
    fingerprint: String,
}

#[derive(Deserialize)]
struct Body {
    #[serde(default)]
    source: Option<CourseSource>,
    course: CourseRef,
    settings: PlanSettings,
    #[serde(default)]
    analysis_settings: AnalysisSettings,
    #[serde(default)]
    training: Option<TrainingRef>,
}

#[derive(Deserialize)]
struct TrainingRef {
    settings: crate::training::BlockSettings,
}

/// Reads a plan file: checks it is ours and not from a newer version, and validates its
/// settings. Nothing is changed on failure.
pub fn read_plan(bytes: &[u8]) -> Result<SavedPlan, ExportError> {
    let header: Header =
        serde_json::from_slice(bytes).map_err(|e| ExportError::NotAPlan { reason: short(&e) })?;
    let version = header
        .schema_version
        .as_u64()
        .ok_or_else(|| ExportError::NotAPlan {
            reason: "its schema_version is not a number".into(),
        })?;
    if version > u64::from(PLAN_SCHEMA_VERSION) {
        return Err(ExportError::NewerVersion {
            found: version,
            supported: PLAN_SCHEMA_VERSION,
        });
    }
    if version == 0 {
        return Err(ExportError::NotAPlan {
            reason: "schema_version 0".into(),
        });
    }
    let body: Body =
        serde_json::from_slice(bytes).map_err(|e| ExportError::NotAPlan { reason: short(&e) })?;
    body.settings
        .validate()
        .map_err(|e| ExportError::BadSettings(e.to_string()))?;
    if let Some(t) = &body.training {
        t.settings
            .validate()
            .map_err(|e| ExportError::BadSettings(e.to_string()))?;
    }
    Ok(SavedPlan {
        schema_version: version as u32,
        source: body.source,
        course_name: body.course.name,
        fingerprint: body.course.fingerprint,
        settings: body.settings,
        analysis_settings: body.analysis_settings,
        training_settings: body.training.map(|t| t.settings),
    })
}

fn short(e: &serde_json::Error) -> String {
    let mut s = e.to_string();
    s.truncate(160);
    s
}
