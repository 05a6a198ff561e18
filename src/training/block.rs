//! The block builder: phases (form, strides, repeats, race-specific) sized by experience,
//! progression within a phase, a recovery week every 4th week, the 30 % rule, and the taper
//! (no hard downhill work in the last 10 days, no strength in race week).

use super::Date;
use super::model::{
    BlockSettings, Experience, Paces, RaceContext, Session, TrainingBlock, TrainingError, Week,
    WeekPhase, WorkoutKind,
};
use super::sessions::{RaceTarget, SessionMaker, SessionSlot};
use super::start::{StartLevel, weeks_ahead};
use super::workouts::LOAD_METHOD;

/// How far ahead a race date may be, in years.
pub const RACE_DATE_MAX_AHEAD_YEARS: i64 = 5;
/// How far back a race date may be, in years.
pub const RACE_DATE_MAX_BACK_YEARS: i64 = 50;

impl BlockSettings {
    /// The race date asked for, when it lies outside the next 5 years or the last 50.
    pub fn check_race_date(&self, today: Date) -> Result<(), TrainingError> {
        let Some(race) = self.race_date else {
            return Ok(());
        };
        let days = race.days_since(today);
        let ahead = RACE_DATE_MAX_AHEAD_YEARS * 365 + RACE_DATE_MAX_AHEAD_YEARS / 4 + 1;
        let back = RACE_DATE_MAX_BACK_YEARS * 365 + RACE_DATE_MAX_BACK_YEARS / 4 + 1;
        if days > ahead || days < -back {
            return Err(TrainingError::RaceDateOutOfRange { race, today });
        }
        Ok(())
    }
}

/// Builds the block: form first, then strides, controlled repeats, race-specific descents;
/// every 4th week a recovery week; no hard downhill work in the last 10 days.
pub fn build_block(
    settings: &BlockSettings,
    ctx: &RaceContext<'_>,
    today: Date,
) -> Result<TrainingBlock, TrainingError> {
    settings.validate()?;
    settings.check_race_date(today)?;
    let race = settings.race_date.unwrap_or_else(|| today.add_days(56));
    let start = race.add_days(-7 * i64::from(settings.weeks));
    if settings.race_date.is_some() && race.days_since(today) < 7 * i64::from(settings.weeks) - 3 {
        // The block would start in the past: say so rather than plan history.
        return Err(TrainingError::TooSoon {
            race,
            today,
            weeks: settings.weeks,
        });
    }
    let usual = build_from(settings, ctx, (race, start), 0);
    let Some(recent_m) = settings
        .recent_descent_m
        .filter(|m| m.is_finite() && *m >= 0.0)
    else {
        return Ok(usual);
    };
    let weeks_ahead = weeks_ahead(&usual, recent_m);
    let mut block = if weeks_ahead == 0 {
        usual
    } else {
        build_from(settings, ctx, (race, start), weeks_ahead)
    };
    block.start_level = Some(StartLevel {
        recent_descent_m: recent_m,
        weeks_ahead,
    });
    Ok(block)
}

/// The block from race and start dates; with `ahead` weeks, the last weeks of a block that
/// many weeks longer (it starts further along the progression, and ends the same way).
fn build_from(
    settings: &BlockSettings,
    ctx: &RaceContext<'_>,
    (race, start): (Date, Date),
    ahead: u32,
) -> TrainingBlock {
    let paces = Paces::from_flat(ctx.flat_pace_s_per_km);
    let target = RaceTarget::of(ctx);
    let mut calendar = Calendar::new(
        race,
        start.add_days(-7 * i64::from(ahead)),
        settings.weeks + ahead,
        settings.experience,
    );
    calendar.first = ahead;
    let builder = WeekBuilder {
        settings,
        calendar,
        maker: SessionMaker {
            experience: settings.experience,
            paces: &paces,
            target: &target,
            race: ctx,
            overrides: &settings.overrides,
        },
    };
    let mut weeks = Vec::new();
    let mut last_training = None;
    for k in ahead..settings.weeks + ahead {
        weeks.push(builder.week(k, &mut last_training));
    }
    TrainingBlock {
        race_date: race,
        start,
        settings: settings.clone(),
        paces,
        weeks,
        race_specific_from: target.describe,
        load_method: LOAD_METHOD.into(),
        start_level: None,
    }
}

/// Where the weeks fall and which phase each belongs to (weeks counted from 0).
struct Calendar {
    race: Date,
    start: Date,
    weeks: u32,
    /// Weeks of the calendar before the block's first week (see [`StartLevel`]).
    first: u32,
    /// First week of strides, of repeats, of race-specific descents.
    strides_from: u32,
    repeats_from: u32,
    race_specific_from: u32,
}

/// What a week is, before its sessions are made.
struct WeekPlan {
    /// 1-based, as shown.
    index: u32,
    start: Date,
    phase: WeekPhase,
    kind: WorkoutKind,
    /// How far along its phase the downhill work is (0 to 1), and the strength.
    progress: f64,
    strength_progress: f64,
    recovery: bool,
    taper: bool,
}

impl Calendar {
    fn new(race: Date, start: Date, weeks: u32, experience: Experience) -> Calendar {
        let (form_w, strides_w, repeats_w) = phase_weeks(weeks, experience);
        Calendar {
            race,
            start,
            weeks,
            first: 0,
            strides_from: form_w,
            repeats_from: form_w + strides_w,
            race_specific_from: form_w + strides_w + repeats_w,
        }
    }

    fn week_start(&self, k: u32) -> Date {
        self.start.add_days(7 * i64::from(k))
    }

    /// Every 4th week, unless it is too close to the race or the last week.
    fn is_recovery(&self, k: u32) -> bool {
        (k + 1).is_multiple_of(4)
            && self.race.days_since(self.week_start(k)) > 16
            && k + 1 < self.weeks
    }

    /// Progress within a phase counts training weeks only: a recovery week holds the level,
    /// and the week after it takes the next single step (never a jump).
    fn step_in(&self, k: u32, from: u32, to: u32) -> f64 {
        let done = (from..k).filter(|i| !self.is_recovery(*i)).count() as u32;
        let total = (from..to).filter(|i| !self.is_recovery(*i)).count() as u32;
        frac(done, total)
    }

    /// The workout of week `k`'s phase and the progress within it.
    fn phase_of(&self, k: u32) -> (WorkoutKind, f64) {
        let (a, b, c) = (
            self.strides_from,
            self.repeats_from,
            self.race_specific_from,
        );
        if k < a {
            (WorkoutKind::FormJog, self.step_in(k, 0, a))
        } else if k < b {
            (WorkoutKind::Strides, self.step_in(k, a, b))
        } else if k < c {
            (WorkoutKind::Repeats, self.step_in(k, b, c))
        } else {
            (WorkoutKind::RaceSpecific, self.step_in(k, c, self.weeks))
        }
    }

    fn plan_week(&self, k: u32) -> WeekPlan {
        let start = self.week_start(k);
        // The week overlaps the last 10 days.
        let taper = self.race.days_since(start) <= 10 + 6;
        let recovery = self.is_recovery(k) && !taper;
        // A recovery week stays on the previous week's workout, at its easiest; a new,
        // harder workout starts after it.
        let (kind, progress) = if recovery && k > 0 {
            (self.phase_of(k - 1).0, 0.0)
        } else {
            self.phase_of(k)
        };
        let phase = if taper {
            WeekPhase::Taper
        } else if recovery {
            WeekPhase::Recovery(kind)
        } else {
            WeekPhase::Build(kind)
        };
        WeekPlan {
            index: k + 1 - self.first,
            start,
            phase,
            kind,
            progress,
            // Strength builds over the whole block; recovery weeks go back to the minimum.
            strength_progress: if recovery {
                0.0
            } else {
                self.step_in(k, 0, self.weeks)
            },
            recovery,
            taper,
        }
    }
}

/// The downhill workout and load of the last training week (for the 30 % rule).
#[derive(Debug, Clone, Copy)]
struct LastTraining {
    kind: WorkoutKind,
    load: f64,
}

struct WeekBuilder<'a> {
    settings: &'a BlockSettings,
    calendar: Calendar,
    maker: SessionMaker<'a>,
}

impl WeekBuilder<'_> {
    /// Week `k` with its sessions; `last_training` carries the 30 % rule from week to week.
    fn week(&self, k: u32, last_training: &mut Option<LastTraining>) -> Week {
        let plan = self.calendar.plan_week(k);
        let mut sessions = self.downhill_sessions_capped(&plan, *last_training);
        if !plan.recovery && !plan.taper {
            *last_training = Some(LastTraining {
                kind: plan.kind,
                load: total_load(&sessions),
            });
        }
        sessions.extend(self.strength_sessions(&plan));
        sessions.sort_by_key(|s| s.date);
        let load = total_load(&sessions);
        Week {
            index: plan.index,
            start: plan.start,
            phase: plan.phase,
            recovery: plan.recovery,
            taper: plan.taper,
            sessions,
            load,
        }
    }

    /// The 30 % rule: a training week of the same workout loads at most 30 % more than the
    /// last one (the step is shortened, the ranges are kept).
    fn downhill_sessions_capped(
        &self,
        plan: &WeekPlan,
        last: Option<LastTraining>,
    ) -> Vec<Session> {
        let mut progress = plan.progress;
        let mut sessions = self.downhill_sessions(plan, progress);
        if let Some(last) = last
            && last.kind == plan.kind
            && !plan.recovery
            && !plan.taper
        {
            while total_load(&sessions) > 1.3 * last.load && progress > 0.0 {
                progress = (progress - 0.05).max(0.0);
                sessions = self.downhill_sessions(plan, progress);
            }
        }
        sessions
    }

    /// Downhill sessions on day 1 (and day 5 with two a week); in the last 10 days only an
    /// easy form jog, and none in the last 4 days.
    fn downhill_sessions(&self, plan: &WeekPlan, progress: f64) -> Vec<Session> {
        let days: &[i64] = if self.settings.downhill_per_week == 2 && !plan.recovery {
            &[1, 5]
        } else {
            &[1]
        };
        let mut out = Vec::new();
        for (j, day) in days.iter().enumerate() {
            let date = plan.start.add_days(*day);
            let to_race = self.calendar.race.days_since(date);
            if to_race < 1 {
                continue;
            }
            let mut kind = plan.kind;
            if to_race <= 10 && kind.is_hard_downhill() {
                if to_race < 4 || j > 0 {
                    continue;
                }
                kind = WorkoutKind::FormJog;
            }
            let easiest = plan.recovery || plan.taper || to_race <= 10;
            out.push(self.maker.session(&SessionSlot {
                week: plan.index,
                date,
                kind,
                progress: if easiest { 0.0 } else { progress },
            }));
        }
        out
    }

    /// Strength on day 3 (then day 0, then day 6); none in race week, at most two in a
    /// recovery week.
    fn strength_sessions(&self, plan: &WeekPlan) -> Vec<Session> {
        let days: &[i64] = match self.settings.strength_per_week {
            0 => &[],
            1 => &[3],
            2 => &[0, 3],
            _ => &[0, 3, 6],
        };
        days.iter()
            .map(|day| (*day, plan.start.add_days(*day)))
            .filter(|(day, date)| {
                self.calendar.race.days_since(*date) > 7 && !(plan.recovery && *day == 6)
            })
            .map(|(_, date)| {
                self.maker.session(&SessionSlot {
                    week: plan.index,
                    date,
                    kind: WorkoutKind::Strength,
                    progress: plan.strength_progress,
                })
            })
            .collect()
    }
}

fn total_load(sessions: &[Session]) -> f64 {
    sessions.iter().map(|s| s.load).sum()
}

fn frac(i: u32, n: u32) -> f64 {
    if n <= 1 {
        1.0
    } else {
        f64::from(i) / f64::from(n - 1)
    }
}

/// Weeks of form, strides and repeats (the rest is race-specific).
fn phase_weeks(n: u32, e: Experience) -> (u32, u32, u32) {
    let r = |x: f64| (x * f64::from(n)).round() as u32;
    let (f, s, p) = match e {
        Experience::New => (r(0.35).max(2), r(0.25).max(1), r(0.25).max(1)),
        Experience::Some => (r(0.2).max(1), r(0.25).max(1), r(0.3).max(1)),
        Experience::Experienced => (1, r(0.2).max(1), r(0.35).max(1)),
    };
    // Keep at least one race-specific week.
    let total = f + s + p;
    if total >= n {
        (f.min(n.saturating_sub(3)).max(1), 1, 1)
    } else {
        (f, s, p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 12-week block to a race on 2026-04-05, built on 2026-01-05.
    fn twelve_weeks() -> TrainingBlock {
        let today = Date::parse("2026-01-05").unwrap();
        let s = BlockSettings {
            weeks: 12,
            race_date: Some(Date::parse("2026-04-05").unwrap()),
            ..BlockSettings::default()
        };
        build_block(&s, &ctx(), today).unwrap()
    }

    fn ctx() -> RaceContext<'static> {
        RaceContext {
            flat_pace_s_per_km: 360.0,
            ..Default::default()
        }
    }

    #[test]
    fn block_progresses_form_strides_repeats_race_specific() {
        let b = twelve_weeks();
        let kinds: Vec<WorkoutKind> = b
            .weeks
            .iter()
            .flat_map(|w| {
                w.sessions
                    .iter()
                    .filter(|s| s.kind != WorkoutKind::Strength)
                    .map(|s| s.kind)
            })
            .collect();
        let first = |k: WorkoutKind| kinds.iter().position(|x| *x == k).unwrap();
        assert!(first(WorkoutKind::FormJog) < first(WorkoutKind::Strides));
        assert!(first(WorkoutKind::Strides) < first(WorkoutKind::Repeats));
        assert!(first(WorkoutKind::Repeats) < first(WorkoutKind::RaceSpecific));
        assert_eq!(b.weeks.len(), 12);
    }

    #[test]
    fn week_phases_match_the_weeks_and_read_back() {
        let b = twelve_weeks();
        for w in &b.weeks {
            assert_eq!(w.taper, w.phase == WeekPhase::Taper);
            assert_eq!(w.recovery, matches!(w.phase, WeekPhase::Recovery(_)));
            let json = serde_json::to_string(&w.phase).unwrap();
            assert_eq!(json, format!("\"{}\"", w.phase));
            assert_eq!(serde_json::from_str::<WeekPhase>(&json).unwrap(), w.phase);
        }
        assert!(b.weeks.iter().any(|w| w.recovery));
    }
}
