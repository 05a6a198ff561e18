//! The plan document: everything one saved plan is (where the course came from, the race
//! plan, the training block), built by one function from one settings value. The app, the
//! command line, the JSON file and the PDF race card all use this one type.
//!
//! Layers run one way: course < plan < training < document < export < cli, app. The race
//! plan knows nothing of files or training; the document puts them together.

use serde::{Deserialize, Serialize};

use crate::course::{self, Analysis, AnalysisSettings, Course, Descent};
use crate::date::Date;
use crate::plan::{self, PlanError, PlanSettings, RacePlan};
use crate::training::{self, BlockSettings, HillSpot, RaceContext, TrainingBlock, TrainingError};

/// Version of the plan file format (`schema_version` in the JSON).
pub const PLAN_SCHEMA_VERSION: u32 = 2;

/// Where the plan's course came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CourseSource {
    /// A GPX file (absolute path when known).
    File {
        /// The file's path, made absolute when the file exists.
        path: String,
    },
    /// A bundled sample race, by id.
    Sample {
        /// The sample's id (see [`crate::course::sample::SAMPLE_RACES`]).
        id: String,
    },
}

impl CourseSource {
    /// The source of a course file: its absolute path when it can be resolved.
    pub fn file(path: &std::path::Path) -> CourseSource {
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        CourseSource::File {
            path: abs.to_string_lossy().into_owned(),
        }
    }

    /// The source of a bundled sample, by its index in the sample list.
    pub fn sample(index: usize) -> Option<CourseSource> {
        course::sample::SAMPLE_RACES
            .get(index)
            .map(|r| CourseSource::Sample { id: r.id.into() })
    }
}

/// The one settings value a plan document is built from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DocumentSettings {
    /// How the course is read (profile smoothing, climb and descent rules).
    pub analysis: AnalysisSettings,
    /// The race: goal, start, pace model, strategy sliders.
    pub plan: PlanSettings,
    /// The training block's settings; None when no block is wanted.
    pub training: Option<BlockSettings>,
}

/// The runner's training ground, for the hill finder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrainingGround {
    /// The ground's course name.
    pub name: String,
    /// Stretches that suit the downhill workouts.
    pub spots: Vec<HillSpot>,
}

/// Why a plan document could not be built.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The race plan cannot be made (impossible goal, bad settings, no elevation...).
    #[error(transparent)]
    Plan(#[from] PlanError),
    /// The training block cannot be made (race date in the past, bad settings...).
    #[error(transparent)]
    Training(#[from] TrainingError),
}

/// A whole plan: what the JSON file saves and the PDF prints.
///
/// Serialized as the plan file: `schema_version`, `source`, then the race plan's fields,
/// then `training` (the JSON Schema is `assets/plan.schema.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanDocument {
    /// Format version of the file.
    pub schema_version: u32,
    /// Where the course came from (a file or a bundled sample).
    #[serde(default)]
    pub source: Option<CourseSource>,
    /// The race-day plan.
    #[serde(flatten)]
    pub plan: RacePlan,
    /// The downhill training block, when one was built.
    #[serde(default)]
    pub training: Option<TrainingBlock>,
}

impl PlanDocument {
    /// Puts the parts together.
    pub fn new(
        source: Option<CourseSource>,
        plan: RacePlan,
        training: Option<TrainingBlock>,
    ) -> PlanDocument {
        PlanDocument {
            schema_version: PLAN_SCHEMA_VERSION,
            source,
            plan,
            training,
        }
    }
}

/// Builds the whole document from a course and one settings value: analysis, race plan,
/// then the training block when the settings ask for one. `today` dates the block.
pub fn build(
    course: &Course,
    source: Option<CourseSource>,
    settings: &DocumentSettings,
    ground: Option<&TrainingGround>,
    today: Date,
) -> Result<(Analysis, PlanDocument), DocumentError> {
    let analysis = course::analyze(course, &settings.analysis);
    let plan = plan::build_plan(course, &analysis, &settings.analysis, &settings.plan)?;
    let training = match &settings.training {
        Some(block) => Some(build_training(
            &plan,
            &analysis.descents,
            block,
            ground,
            today,
        )?),
        None => None,
    };
    Ok((analysis, PlanDocument::new(source, plan, training)))
}

/// The training block for a race plan (a stage of [`build`], for callers that keep the
/// race plan and rebuild only the block when its settings change).
pub fn build_training(
    plan: &RacePlan,
    descents: &[Descent],
    settings: &BlockSettings,
    ground: Option<&TrainingGround>,
    today: Date,
) -> Result<TrainingBlock, TrainingError> {
    let ctx = RaceContext {
        spots: ground.map(|g| g.spots.clone()).unwrap_or_default(),
        ground_name: ground.map(|g| g.name.clone()),
        ..RaceContext::from_plan(plan, descents)
    };
    training::build_block(settings, &ctx, today)
}
