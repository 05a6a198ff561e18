//! The loaded course and everything derived from it: the analysis and plot geometry, the
//! race plan, the training block. Each is memoized by its inputs and recomputed only when
//! they change, so a training slider rebuilds the block without solving the race again.

use std::sync::Arc;

use super::derived::{CourseView, PlanView};
use super::loader::Source;
use crate::course::{AnalysisSettings, Course};
use crate::date::Date;
use crate::document::{self, CourseSource, PlanDocument, TrainingGround};
use crate::i18n::Lang;
use crate::plan::{PlanError, PlanSettings};
use crate::training::{BlockSettings, HillSpot, TrainingBlock, TrainingError};

/// A value computed from a key, recomputed only when the key changes.
struct Memo<K, V> {
    key: Option<K>,
    value: Option<V>,
    /// How many times the value was computed (tests check what a change recomputes).
    computed: u64,
}

impl<K: PartialEq, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo {
            key: None,
            value: None,
            computed: 0,
        }
    }
}

impl<K: PartialEq, V> Memo<K, V> {
    /// Recomputes the value when `key` differs from the last one; true when it did.
    fn update(&mut self, key: K, compute: impl FnOnce() -> V) -> bool {
        if self.value.is_some() && self.key.as_ref() == Some(&key) {
            return false;
        }
        self.value = Some(compute());
        self.key = Some(key);
        self.computed += 1;
        true
    }

    fn get(&self) -> Option<&V> {
        self.value.as_ref()
    }

    fn clear(&mut self) {
        self.key = None;
        self.value = None;
    }
}

/// The course on screen and where it came from.
pub struct LoadedCourse {
    /// The validated course.
    pub course: Arc<Course>,
    /// Where it was loaded from.
    pub source: Source,
    /// Changes whenever another course is loaded (a memo key).
    id: u64,
}

/// The runner's training ground: its course, profile and the stretches found on it.
pub struct Ground {
    /// The ground's course.
    pub course: Arc<Course>,
    /// Its analysis and plot geometry.
    pub view: CourseView,
    /// Stretches that suit the downhill workouts.
    pub spots: Vec<HillSpot>,
    id: u64,
}

/// What the derived data is computed from (all of it plain settings).
pub struct Inputs<'a> {
    /// The language the plan's texts (cues, notes, warnings) are written in.
    pub lang: crate::i18n::Lang,
    /// How the course is read.
    pub analysis: &'a AnalysisSettings,
    /// The race settings.
    pub plan: &'a PlanSettings,
    /// The training block settings.
    pub training: &'a BlockSettings,
    /// Today, which dates the training block.
    pub today: Date,
}

/// Inputs of the training block: the plan it was built from (by generation), its settings,
/// the ground and the day.
#[derive(PartialEq)]
struct TrainingKey {
    plan_generation: u64,
    lang: crate::i18n::Lang,
    settings: BlockSettings,
    ground: Option<u64>,
    today: Date,
}

/// The loaded course and its derived data.
#[derive(Default)]
pub struct Session {
    loaded: Option<LoadedCourse>,
    ground: Option<Ground>,
    next_id: u64,
    view: Memo<(u64, Lang, AnalysisSettings), CourseView>,
    plan: Memo<(u64, Lang, AnalysisSettings, PlanSettings), Result<PlanView, PlanError>>,
    training: Memo<TrainingKey, Result<TrainingBlock, TrainingError>>,
}

impl Session {
    /// Replaces the course; everything derived from the old one is dropped.
    pub fn set_course(&mut self, course: Course, source: Source) {
        self.next_id += 1;
        self.loaded = Some(LoadedCourse {
            course: Arc::new(course),
            source,
            id: self.next_id,
        });
        self.view.clear();
        self.plan.clear();
        self.training.clear();
    }

    /// Sets the training ground and finds its stretches.
    pub fn set_ground(&mut self, course: Course) {
        let view = CourseView::new(&course, &AnalysisSettings::default());
        let spots = crate::training::find_hills(&view.analysis.profile);
        self.next_id += 1;
        self.ground = Some(Ground {
            course: Arc::new(course),
            view,
            spots,
            id: self.next_id,
        });
    }

    /// Brings the derived data up to date with the inputs: only what depends on a changed
    /// input is recomputed.
    pub fn update(&mut self, inputs: &Inputs<'_>) {
        let Some(loaded) = &self.loaded else { return };
        let course = &loaded.course;
        self.view
            .update((loaded.id, inputs.lang, inputs.analysis.clone()), || {
                CourseView::new(course, inputs.analysis)
            });
        let Some(view) = self.view.get() else { return };
        self.plan.update(
            (
                loaded.id,
                inputs.lang,
                inputs.analysis.clone(),
                inputs.plan.clone(),
            ),
            || PlanView::new(course, view, inputs.analysis, inputs.plan),
        );
        let Some(Ok(plan)) = self.plan.get() else {
            self.training.clear();
            return;
        };
        let key = TrainingKey {
            plan_generation: self.plan.computed,
            lang: inputs.lang,
            settings: inputs.training.clone(),
            ground: self.ground.as_ref().map(|g| g.id),
            today: inputs.today,
        };
        let ground = &self.ground;
        self.training.update(key, || {
            let ground = ground.as_ref().map(|g| TrainingGround {
                name: g.course.name.clone(),
                spots: g.spots.clone(),
            });
            document::build_training(
                &plan.plan,
                &view.analysis.descents,
                inputs.training,
                ground.as_ref(),
                inputs.today,
            )
        });
    }

    /// The course on screen.
    pub fn loaded(&self) -> Option<&LoadedCourse> {
        self.loaded.as_ref()
    }

    /// The course on screen.
    pub fn course(&self) -> Option<&Arc<Course>> {
        self.loaded.as_ref().map(|l| &l.course)
    }

    /// The analysis and plot geometry of the course.
    pub fn view(&self) -> Option<&CourseView> {
        self.view.get()
    }

    /// The race plan, or why there is none.
    pub fn plan(&self) -> Option<&Result<PlanView, PlanError>> {
        self.plan.get()
    }

    /// The race plan when there is one.
    pub fn plan_ok(&self) -> Option<&PlanView> {
        self.plan.get().and_then(|p| p.as_ref().ok())
    }

    /// The training block, or why there is none.
    pub fn training(&self) -> Option<&Result<TrainingBlock, TrainingError>> {
        self.training.get()
    }

    /// The training block when there is one.
    pub fn training_ok(&self) -> Option<&TrainingBlock> {
        self.training.get().and_then(|t| t.as_ref().ok())
    }

    /// The training ground, when one is loaded.
    pub fn ground(&self) -> Option<&Ground> {
        self.ground.as_ref()
    }

    /// How many times the race plan has been solved (tests: a training change must not).
    pub fn plans_solved(&self) -> u64 {
        self.plan.computed
    }

    /// How many times the training block has been built.
    pub fn blocks_built(&self) -> u64 {
        self.training.computed
    }

    /// Where the course came from, as the plan file says it.
    pub fn course_source(&self) -> Option<CourseSource> {
        match &self.loaded.as_ref()?.source {
            Source::Path(p) => Some(CourseSource::file(p)),
            Source::Sample(i) => CourseSource::sample(*i),
            Source::Bytes { .. } => None,
        }
    }

    /// The plan document (source, race plan, training block): what exports write.
    pub fn document(&self) -> Option<PlanDocument> {
        let plan = self.plan_ok()?;
        Some(PlanDocument::new(
            self.course_source(),
            plan.plan.clone(),
            self.training_ok().cloned(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs<'a>(
        a: &'a AnalysisSettings,
        p: &'a PlanSettings,
        t: &'a BlockSettings,
    ) -> Inputs<'a> {
        Inputs {
            lang: Lang::En,
            analysis: a,
            plan: p,
            training: t,
            today: Date::parse("2026-11-25").unwrap_or_else(Date::today),
        }
    }

    #[test]
    fn only_what_depends_on_a_change_is_recomputed() {
        let mut s = Session::default();
        let course = crate::course::sample::SAMPLE_RACES[0].load().unwrap();
        s.set_course(course, Source::Sample(0));
        let (a, mut p, mut t) = (
            AnalysisSettings::default(),
            PlanSettings::default(),
            BlockSettings::default(),
        );
        s.update(&inputs(&a, &p, &t));
        s.update(&inputs(&a, &p, &t));
        assert_eq!((s.plans_solved(), s.blocks_built()), (1, 1));
        t.weeks = 12;
        s.update(&inputs(&a, &p, &t));
        assert_eq!((s.plans_solved(), s.blocks_built()), (1, 2));
        p.downhill_restraint_pct = 80.0;
        s.update(&inputs(&a, &p, &t));
        assert_eq!((s.plans_solved(), s.blocks_built()), (2, 3));
        assert!(s.document().is_some_and(|d| d.training.is_some()));
    }

    #[test]
    fn a_language_switch_rebuilds_the_plan_texts() {
        let mut s = Session::default();
        let course = crate::course::sample::SAMPLE_RACES[0].load().unwrap();
        s.set_course(course, Source::Sample(0));
        let (a, p, t) = (
            AnalysisSettings::default(),
            PlanSettings::default(),
            BlockSettings::default(),
        );
        let mut i = inputs(&a, &p, &t);
        s.update(&i);
        i.lang = Lang::Vi;
        s.update(&i);
        assert_eq!((s.plans_solved(), s.blocks_built()), (2, 2));
        s.update(&i);
        assert_eq!((s.plans_solved(), s.blocks_built()), (2, 2));
    }
}
