//! Downhill training: the article's workouts as structured sessions, a progressive block to
//! race day, a hill finder for the runner's own training ground, and calendar/watch exports.
//!
//! Target paces come from the race plan's flat goal pace `P` (s/km), mapped with ratios
//! commonly used for marathoners (a Riegel-style ladder; stated in the JSON):
//! recovery `1.25-1.35 P`, easy `1.12-1.22 P`, 10 km to half-marathon effort `0.92-0.96 P`,
//! 5 km effort `0.88-0.91 P`.
//!
//! Ranges from the article (science notes section 1) that the block never leaves, written
//! once in [`workouts::WORKOUTS`]: form jog 10-15 min on 2-4 %; strides 4-6 x 80-100 m on
//! 3-5 %; controlled repeats 4-6 x 200-400 m on 3-6 %; strength 3 sets of planks, squats,
//! box jumps.
//!
//! - [`model`]: the data (sessions, weeks, the block)
//! - [`phase`]: what a week is for, shown translated and saved in English
//! - [`settings`]: the block's settings and why a block cannot be built
//! - [`workouts`]: the workout table (ranges, cues, load intensity per workout)
//! - `sessions`: the session maker, one function per workout kind
//! - [`block`]: the block builder (phases, progression, recovery weeks, taper)
//! - [`hills`]: the hill finder; [`ics`], [`fit`]: calendar and watch exports

pub mod block;
pub mod fit;
pub mod hills;
pub mod ics;
pub mod model;
pub mod phase;
mod sessions;
pub mod settings;
pub mod start;
pub mod workouts;

pub use crate::date::Date;
pub use block::build_block;
pub use hills::{HillSpot, find_hills};
pub use model::{
    BlockSettings, Experience, Paces, RaceContext, Session, SessionOverride, Step, StepKind,
    TrainingBlock, TrainingError, UnknownWeekPhase, Week, WeekPhase, WorkoutKind,
};
pub use start::StartLevel;
pub use workouts::{Ranges, WORKOUTS, Workout};
