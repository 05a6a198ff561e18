//! Downhill training: the article's workouts as structured sessions, a progressive block to
//! race day, a hill finder for the runner's own training ground, and calendar/watch exports.
//!
//! Target paces come from the race plan's flat goal pace `P` (s/km), mapped with ratios
//! commonly used for marathoners (a Riegel-style ladder; stated in the JSON):
//! recovery `1.25-1.35 P`, easy `1.12-1.22 P`, 10 km to half-marathon effort `0.92-0.96 P`,
//! 5 km effort `0.88-0.91 P`.
//!
//! Ranges from the article (science notes section 1) that the block never leaves:
//! form jog 10-15 min on 2-4 %; strides 4-6 x 80-100 m on 3-5 %; controlled repeats
//! 4-6 x 200-400 m on 3-6 %; strength 3 sets of planks, squats, box jumps.

pub mod fit;
pub mod hills;
pub mod ics;

use serde::{Deserialize, Serialize};

pub use crate::date::Date;
pub use hills::{HillSpot, find_hills};

use crate::course::Descent;

/// How used to downhill running the runner is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Experience {
    New,
    #[default]
    Some,
    Experienced,
}

impl Experience {
    pub const ALL: [Experience; 3] = [Experience::New, Experience::Some, Experience::Experienced];
    pub fn id(self) -> &'static str {
        match self {
            Experience::New => "new",
            Experience::Some => "some",
            Experience::Experienced => "experienced",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Experience::New => "New to downhill work",
            Experience::Some => "Some downhill running",
            Experience::Experienced => "Experienced",
        }
    }
    pub fn from_id(s: &str) -> Option<Experience> {
        Experience::ALL
            .into_iter()
            .find(|e| e.id().eq_ignore_ascii_case(s.trim()))
    }
}

/// The workouts of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum WorkoutKind {
    FormJog,
    Strides,
    Repeats,
    RaceSpecific,
    Strength,
}

impl WorkoutKind {
    pub fn label(self) -> &'static str {
        match self {
            WorkoutKind::FormJog => "Form-focus downhill jog",
            WorkoutKind::Strides => "Downhill strides",
            WorkoutKind::Repeats => "Controlled downhill repeats",
            WorkoutKind::RaceSpecific => "Race-specific descents",
            WorkoutKind::Strength => "Strength: core and quads",
        }
    }
    /// A hard downhill session (not allowed in the taper).
    pub fn is_hard_downhill(self) -> bool {
        matches!(
            self,
            WorkoutKind::Strides | WorkoutKind::Repeats | WorkoutKind::RaceSpecific
        )
    }
    /// Article ranges: (reps, rep length m, slope % downhill).
    pub fn ranges(self) -> Ranges {
        match self {
            WorkoutKind::FormJog => Ranges {
                reps: (1, 1),
                length_m: (0.0, 0.0),
                slope_pct: (2.0, 4.0),
                minutes: (10.0, 15.0),
            },
            WorkoutKind::Strides => Ranges {
                reps: (4, 6),
                length_m: (80.0, 100.0),
                slope_pct: (3.0, 5.0),
                minutes: (0.0, 0.0),
            },
            WorkoutKind::Repeats | WorkoutKind::RaceSpecific => Ranges {
                reps: (4, 6),
                length_m: (200.0, 400.0),
                slope_pct: (3.0, 6.0),
                minutes: (0.0, 0.0),
            },
            WorkoutKind::Strength => Ranges {
                reps: (2, 4),
                length_m: (0.0, 0.0),
                slope_pct: (0.0, 0.0),
                minutes: (0.0, 0.0),
            },
        }
    }
}

/// Allowed ranges of a workout.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranges {
    pub reps: (u32, u32),
    pub length_m: (f64, f64),
    pub slope_pct: (f64, f64),
    pub minutes: (f64, f64),
}

/// Target paces derived from the flat goal pace, s/km as (fast, slow).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paces {
    pub flat_goal: f64,
    pub recovery: (f64, f64),
    pub easy: (f64, f64),
    pub ten_k_to_half: (f64, f64),
    pub five_k: (f64, f64),
    pub mapping: String,
}

impl Paces {
    pub fn from_flat(p: f64) -> Paces {
        Paces {
            flat_goal: p,
            recovery: (p * 1.25, p * 1.35),
            easy: (p * 1.12, p * 1.22),
            ten_k_to_half: (p * 0.92, p * 0.96),
            five_k: (p * 0.88, p * 0.91),
            mapping: "from the race plan's flat goal pace P: recovery 1.25-1.35 P, easy 1.12-1.22 P, 10 km to half-marathon effort 0.92-0.96 P, 5 km effort 0.88-0.91 P".into(),
        }
    }
}

/// One step of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub kind: StepKind,
    pub label: String,
    pub duration_s: Option<f64>,
    pub distance_m: Option<f64>,
    /// (fast, slow) s/km.
    pub pace_s_per_km: Option<(f64, f64)>,
    /// Downhill slope range in percent (3, 5 means "on a -3 to -5 % slope").
    pub slope_pct: Option<(f64, f64)>,
    pub note: String,
}

impl Step {
    /// How much: "300 m", "12 min" or "90 s" (empty for exercises).
    pub fn amount(&self) -> String {
        match (self.distance_m, self.duration_s) {
            (Some(d), _) => format!("{d:.0} m"),
            (None, Some(t)) if t >= 120.0 => format!("{:.0} min", t / 60.0),
            (None, Some(t)) => format!("{t:.0} s"),
            _ => String::new(),
        }
    }

    /// " at 5:20-5:35/km", or empty without a pace target.
    pub fn pace_text(&self) -> String {
        self.pace_s_per_km
            .map(|(a, b)| {
                format!(
                    " at {}-{}/km",
                    crate::format::pace(a),
                    crate::format::pace(b)
                )
            })
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    Warmup,
    Active,
    Recovery,
    Cooldown,
    Exercise,
}

/// A structured session: warm-up, `reps` x main set, cool-down.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    pub date: Date,
    pub week: u32,
    pub kind: WorkoutKind,
    pub title: String,
    pub warmup: Option<Step>,
    pub reps: u32,
    /// The repeated unit (active step, then its recovery).
    pub main: Vec<Step>,
    pub cooldown: Option<Step>,
    pub cues: Vec<String>,
    /// Where to run it, when a training ground was given.
    pub location: Option<String>,
    /// Metres run downhill at effort (for load).
    pub downhill_m: f64,
    /// Session load (heuristic): downhill metres x intensity x slope / 4 %.
    pub load: f64,
    pub duration_s: f64,
}

impl Session {
    /// The full text of the session, one line per part, for the app, calendars and watches.
    pub fn describe(&self) -> String {
        let mut t = String::new();
        let minutes = |s: &Step| (s.duration_s.unwrap_or(0.0) / 60.0).round();
        if let Some(w) = &self.warmup {
            t.push_str(&format!(
                "Warm-up: {} min easy{}.\n",
                minutes(w),
                w.pace_text()
            ));
        }
        if self.reps > 1 {
            t.push_str(&format!("{} x:\n", self.reps));
        }
        for st in &self.main {
            let amount = st.amount();
            let amount = if amount.is_empty() {
                String::new()
            } else {
                format!(" {amount}")
            };
            let slope = st
                .slope_pct
                .map(|(a, b)| format!(" on a -{a:.0} to -{b:.0} % slope"))
                .unwrap_or_default();
            t.push_str(&format!(
                "- {}{amount}{}{slope}: {}\n",
                st.label,
                st.pace_text(),
                st.note
            ));
        }
        if let Some(c) = &self.cooldown {
            t.push_str(&format!("Cool-down: {} min easy.\n", minutes(c)));
        }
        if let Some(l) = &self.location {
            t.push_str(&format!("Where: {l}.\n"));
        }
        t.push_str("Technique: ");
        t.push_str(&self.cues.join(" "));
        t
    }
}

/// One week of the block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Week {
    pub index: u32,
    pub start: Date,
    pub phase: String,
    pub recovery: bool,
    pub taper: bool,
    pub sessions: Vec<Session>,
    pub load: f64,
}

/// A runner's change to one session (from the sliders).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SessionOverride {
    pub id: String,
    pub reps: Option<u32>,
    pub length_m: Option<f64>,
    pub slope_pct: Option<f64>,
    pub minutes: Option<f64>,
}

/// Block settings (validated by [`BlockSettings::validate`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BlockSettings {
    /// Race day; None = 8 weeks from today.
    pub race_date: Option<Date>,
    pub weeks: u32,
    pub experience: Experience,
    pub downhill_per_week: u32,
    pub strength_per_week: u32,
    pub overrides: Vec<SessionOverride>,
}

impl Default for BlockSettings {
    fn default() -> Self {
        Self {
            race_date: None,
            weeks: 8,
            experience: Experience::Some,
            downhill_per_week: 1,
            strength_per_week: 1,
            overrides: Vec::new(),
        }
    }
}

/// Why a block cannot be built.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TrainingError {
    #[error("The block must be 4 to 16 weeks long (it was {0}).")]
    Weeks(u32),
    #[error("Choose 1 or 2 downhill sessions a week (it was {0}).")]
    DownhillSessions(u32),
    #[error("Choose 0 to 3 strength sessions a week (it was {0}).")]
    StrengthSessions(u32),
    #[error(
        "The race date {race} is less than {weeks} weeks away from {today}; choose fewer weeks or a later race."
    )]
    TooSoon { race: Date, today: Date, weeks: u32 },
}

impl BlockSettings {
    pub fn validate(&self) -> Result<(), TrainingError> {
        if !(4..=16).contains(&self.weeks) {
            return Err(TrainingError::Weeks(self.weeks));
        }
        if !(1..=2).contains(&self.downhill_per_week) {
            return Err(TrainingError::DownhillSessions(self.downhill_per_week));
        }
        if self.strength_per_week > 3 {
            return Err(TrainingError::StrengthSessions(self.strength_per_week));
        }
        Ok(())
    }
}

/// The whole block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingBlock {
    pub race_date: Date,
    pub start: Date,
    pub settings: BlockSettings,
    pub paces: Paces,
    pub weeks: Vec<Week>,
    /// What the race-specific sessions copy (e.g. "Luong Son Pass: 2.4 km at -2.4 %").
    pub race_specific_from: Option<String>,
    pub load_method: String,
}

impl TrainingBlock {
    /// All sessions in date order.
    pub fn sessions(&self) -> impl Iterator<Item = &Session> {
        self.weeks.iter().flat_map(|w| w.sessions.iter())
    }
    /// A session by id.
    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions().find(|s| s.id == id)
    }
}

/// What the block needs from the race plan and the course.
#[derive(Debug, Clone, Default)]
pub struct RaceContext<'a> {
    pub flat_pace_s_per_km: f64,
    pub descents: &'a [Descent],
    /// Planned pace on each descent (same order), s/km.
    pub descent_paces: Vec<f64>,
    /// Spots on the runner's training ground, from [`find_hills`].
    pub spots: Vec<HillSpot>,
    pub ground_name: Option<String>,
}

impl<'a> RaceContext<'a> {
    /// The context of a race plan: its flat pace and each descent's planned pace.
    pub fn from_plan(plan: &crate::plan::RacePlan, descents: &'a [Descent]) -> RaceContext<'a> {
        RaceContext {
            flat_pace_s_per_km: plan.flat_pace_s_per_km,
            descents,
            descent_paces: plan
                .descent_strategy
                .iter()
                .map(|d| d.planned_pace_s_per_km)
                .collect(),
            spots: Vec::new(),
            ground_name: None,
        }
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
    let paces = Paces::from_flat(ctx.flat_pace_s_per_km);
    let n = settings.weeks;
    let (form_w, strides_w, repeats_w) = phase_weeks(n, settings.experience);
    let target = race_target(ctx);
    let is_recovery = |k: u32| {
        let wstart = start.add_days(7 * i64::from(k));
        (k + 1).is_multiple_of(4) && race.days_since(wstart) > 16 && k + 1 < n
    };
    // Progress within a phase counts training weeks only: a recovery week holds the level,
    // and the week after it takes the next single step (never a jump).
    let step_in = |k: u32, from: u32, to: u32| -> f64 {
        let done = (from..k).filter(|i| !is_recovery(*i)).count() as u32;
        let total = (from..to).filter(|i| !is_recovery(*i)).count() as u32;
        frac(done, total)
    };
    let mut weeks = Vec::new();
    let mut last_training: Option<(WorkoutKind, f64)> = None;
    for k in 0..n {
        let wstart = start.add_days(7 * i64::from(k));
        let days_to_race_end = race.days_since(wstart); // days from week start to race
        let taper = days_to_race_end <= 10 + 6; // the week overlaps the last 10 days
        let recovery = is_recovery(k) && !taper;
        let (a, b, c) = (form_w, form_w + strides_w, form_w + strides_w + repeats_w);
        let phase_of = |k: u32| {
            if k < a {
                (WorkoutKind::FormJog, step_in(k, 0, a))
            } else if k < b {
                (WorkoutKind::Strides, step_in(k, a, b))
            } else if k < c {
                (WorkoutKind::Repeats, step_in(k, b, c))
            } else {
                (WorkoutKind::RaceSpecific, step_in(k, c, n))
            }
        };
        // A recovery week stays on the previous week's workout, at its easiest; a new,
        // harder workout starts after it.
        let (kind, progress) = if recovery && k > 0 {
            (phase_of(k - 1).0, 0.0)
        } else {
            phase_of(k)
        };
        // Strength builds over the whole block; recovery weeks go back to the minimum.
        let strength_progress = if recovery { 0.0 } else { step_in(k, 0, n) };
        let phase = if taper {
            "Taper".to_string()
        } else if recovery {
            format!("{} (recovery week)", kind.label())
        } else {
            kind.label().to_string()
        };
        // Downhill sessions: day 1 and day 5 of the week.
        let downhill_days: &[i64] = if settings.downhill_per_week == 2 && !recovery {
            &[1, 5]
        } else {
            &[1]
        };
        let build_downhill = |progress: f64| -> Vec<Session> {
            let mut out = Vec::new();
            for (j, day) in downhill_days.iter().enumerate() {
                let date = wstart.add_days(*day);
                let to_race = race.days_since(date);
                if to_race < 1 {
                    continue;
                }
                let mut kind_today = kind;
                if to_race <= 10 && kind.is_hard_downhill() {
                    // Taper: only an easy form jog, and none in the last 4 days.
                    if to_race < 4 || j > 0 {
                        continue;
                    }
                    kind_today = WorkoutKind::FormJog;
                }
                let p = if recovery || taper || to_race <= 10 {
                    0.0
                } else {
                    progress
                };
                let id = format!("w{}-{}", k + 1, date);
                let ov = settings.overrides.iter().find(|o| o.id == id);
                out.push(make_session(
                    id,
                    date,
                    k + 1,
                    kind_today,
                    p,
                    settings.experience,
                    &paces,
                    &target,
                    ov,
                    ctx,
                ));
            }
            out
        };
        let mut progress = progress;
        let mut sessions = build_downhill(progress);
        // The 30 % rule: a training week of the same workout loads at most 30 % more than
        // the last one (the step is shortened, the ranges are kept).
        if let Some((last_kind, last_load)) = last_training
            && last_kind == kind
            && !recovery
            && !taper
        {
            let load = |v: &[Session]| v.iter().map(|s| s.load).sum::<f64>();
            while load(&sessions) > 1.3 * last_load && progress > 0.0 {
                progress = (progress - 0.05).max(0.0);
                sessions = build_downhill(progress);
            }
        }
        if !recovery && !taper {
            last_training = Some((kind, sessions.iter().map(|s| s.load).sum()));
        }
        let strength_days: &[i64] = match settings.strength_per_week {
            0 => &[],
            1 => &[3],
            2 => &[0, 3],
            _ => &[0, 3, 6],
        };
        for day in strength_days {
            let date = wstart.add_days(*day);
            if race.days_since(date) <= 7 || (recovery && *day == 6) {
                continue; // no strength in race week; recovery weeks keep two at most
            }
            let id = format!("w{}-{}", k + 1, date);
            let ov = settings.overrides.iter().find(|o| o.id == id);
            sessions.push(make_session(
                id,
                date,
                k + 1,
                WorkoutKind::Strength,
                strength_progress,
                settings.experience,
                &paces,
                &target,
                ov,
                ctx,
            ));
        }
        sessions.sort_by_key(|s| s.date);
        let load = sessions.iter().map(|s| s.load).sum();
        weeks.push(Week {
            index: k + 1,
            start: wstart,
            phase,
            recovery,
            taper,
            sessions,
            load,
        });
    }
    Ok(TrainingBlock {
        race_date: race,
        start,
        settings: settings.clone(),
        paces,
        weeks,
        race_specific_from: target.describe,
        load_method: "heuristic: downhill metres at effort x intensity (form 0.5, strides 1.0, repeats 1.2, race-specific 1.3) x slope / 4 %; strength 20 per set".into(),
    })
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

/// The race descent the race-specific sessions copy.
#[derive(Debug, Clone, Default)]
struct Target {
    length_m: (f64, f64),
    slope_pct: (f64, f64),
    pace: Option<(f64, f64)>,
    describe: Option<String>,
}

fn race_target(ctx: &RaceContext<'_>) -> Target {
    // The descent with the largest score (length x grade) is the one to prepare for.
    let best = ctx
        .descents
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.score.total_cmp(&b.1.score));
    match best {
        Some((i, d)) => {
            let g = -d.avg_grade_pct;
            let rep = (d.length_m() * 0.45).clamp(250.0, 400.0);
            let lo = (rep - 100.0).max(200.0);
            let slope = ((g - 1.0).clamp(3.0, 5.0), (g + 1.0).clamp(4.0, 6.0));
            let pace = ctx.descent_paces.get(i).map(|p| (p - 5.0, p + 5.0));
            Target {
                length_m: (round50(lo), round50(rep)),
                slope_pct: slope,
                pace,
                describe: Some(format!(
                    "{}: {:.1} km at {:.1} %",
                    d.name,
                    d.length_m() / 1000.0,
                    d.avg_grade_pct
                )),
            }
        }
        None => Target {
            length_m: (300.0, 400.0),
            slope_pct: (4.0, 6.0),
            pace: None,
            describe: None,
        },
    }
}

fn round50(v: f64) -> f64 {
    (v / 50.0).round() * 50.0
}

fn lerp(a: f64, b: f64, t: f64) -> f64 {
    a + (b - a) * t.clamp(0.0, 1.0)
}

#[allow(clippy::too_many_arguments)]
fn make_session(
    id: String,
    date: Date,
    week: u32,
    kind: WorkoutKind,
    progress: f64,
    exp: Experience,
    paces: &Paces,
    target: &Target,
    ov: Option<&SessionOverride>,
    ctx: &RaceContext<'_>,
) -> Session {
    let r = kind.ranges();
    let rep_cap = if exp == Experience::New { 5 } else { 6 };
    let reps_auto = (lerp(
        f64::from(r.reps.0),
        f64::from(rep_cap.min(r.reps.1)),
        progress,
    ))
    .round() as u32;
    let reps = ov
        .and_then(|o| o.reps)
        .unwrap_or(reps_auto)
        .clamp(r.reps.0, r.reps.1);
    let warmup = Some(Step {
        kind: StepKind::Warmup,
        label: "Warm-up".into(),
        duration_s: Some(if kind == WorkoutKind::Strength {
            300.0
        } else {
            900.0
        }),
        distance_m: None,
        pace_s_per_km: Some(paces.easy),
        slope_pct: None,
        note: "Easy running on the flat.".into(),
    });
    let cooldown = |secs: f64| {
        Some(Step {
            kind: StepKind::Cooldown,
            label: "Cool-down".into(),
            duration_s: Some(secs),
            distance_m: None,
            pace_s_per_km: Some(paces.easy),
            slope_pct: None,
            note: "Easy running on the flat, then stretch the quads and calves.".into(),
        })
    };
    let article_cues = vec![
        "Lean slightly forward from the hips; eyes ahead, not down.".to_string(),
        "Shorter strides, quicker cadence; land midfoot, not on the heel.".to_string(),
        "Shoulders and arms relaxed, core engaged.".to_string(),
    ];
    let slope_of = |(lo, hi): (f64, f64)| -> (f64, f64) {
        match ov.and_then(|o| o.slope_pct) {
            Some(s) => {
                let s = s.clamp(r.slope_pct.0, r.slope_pct.1);
                ((s - 0.5).max(r.slope_pct.0), (s + 0.5).min(r.slope_pct.1))
            }
            None => (lo, hi),
        }
    };
    let location = |k: WorkoutKind| -> Option<String> {
        let name = ctx.ground_name.as_deref().unwrap_or("your training ground");
        ctx.spots
            .iter()
            .find(|s| s.kind == k)
            .map(|s| s.describe(name))
    };
    let (title, main, cues, downhill_m, intensity, slope_mid, cooldown_s) = match kind {
        WorkoutKind::FormJog => {
            let minutes = ov
                .and_then(|o| o.minutes)
                .unwrap_or(lerp(r.minutes.0, r.minutes.1, progress).round())
                .clamp(r.minutes.0, r.minutes.1);
            let slope = slope_of((2.0, 4.0));
            let step = Step {
                kind: StepKind::Active,
                label: "Downhill form jog".into(),
                duration_s: Some(minutes * 60.0),
                distance_m: None,
                pace_s_per_km: Some(paces.recovery),
                slope_pct: Some(slope),
                note: format!(
                    "Very light, recovery pace, on a gentle -{:.0} to -{:.0} % slope; walk back up whenever the slope ends. Posture only.",
                    slope.0, slope.1
                ),
            };
            let dist = minutes * 60.0 / (paces.recovery.1 / 1000.0) / 2.0; // about half of it downhill
            (
                format!("{} ({minutes:.0} min)", kind.label()),
                vec![step],
                article_cues.clone(),
                dist,
                0.5,
                (slope.0 + slope.1) / 2.0,
                600.0,
            )
        }
        WorkoutKind::Strides => {
            let len = ov
                .and_then(|o| o.length_m)
                .unwrap_or(round10(lerp(80.0, 100.0, progress)))
                .clamp(r.length_m.0, r.length_m.1);
            let slope = slope_of((3.0, 5.0));
            let main = vec![
                Step {
                    kind: StepKind::Active,
                    label: "Downhill stride".into(),
                    duration_s: None,
                    distance_m: Some(len),
                    pace_s_per_km: Some(paces.five_k),
                    slope_pct: Some(slope),
                    note: format!(
                        "Quick and relaxed near 5 km effort on a -{:.0} to -{:.0} % slope; quick cadence.",
                        slope.0, slope.1
                    ),
                },
                Step {
                    kind: StepKind::Recovery,
                    label: "Walk back up".into(),
                    duration_s: Some(90.0),
                    distance_m: None,
                    pace_s_per_km: None,
                    slope_pct: None,
                    note: "Walk back to the top; start the next stride fresh.".into(),
                },
            ];
            let mut cues = article_cues.clone();
            cues.push("Quick feet: think light and fast, not long and hard.".into());
            (
                format!("{} ({reps} x {len:.0} m)", kind.label()),
                main,
                cues,
                f64::from(reps) * len,
                1.0,
                (slope.0 + slope.1) / 2.0,
                600.0,
            )
        }
        WorkoutKind::Repeats | WorkoutKind::RaceSpecific => {
            let race = kind == WorkoutKind::RaceSpecific;
            let (l0, l1) = if race {
                target.length_m
            } else if exp == Experience::New {
                (200.0, 300.0)
            } else {
                (200.0, 400.0)
            };
            let len = ov
                .and_then(|o| o.length_m)
                .unwrap_or(round50(lerp(l0, l1, progress)))
                .clamp(r.length_m.0, r.length_m.1);
            let slope = slope_of(if race { target.slope_pct } else { (3.0, 6.0) });
            let pace = if race {
                target.pace.unwrap_or(paces.ten_k_to_half)
            } else {
                paces.ten_k_to_half
            };
            let main = vec![
                Step {
                    kind: StepKind::Active,
                    label: if race {
                        "Race-pace descent".into()
                    } else {
                        "Controlled downhill repeat".into()
                    },
                    duration_s: None,
                    distance_m: Some(len),
                    pace_s_per_km: Some(pace),
                    slope_pct: Some(slope),
                    note: if race {
                        format!(
                            "At your planned race descent pace on a -{:.0} to -{:.0} % slope, as on race day: controlled, never a sprint.",
                            slope.0, slope.1
                        )
                    } else {
                        format!(
                            "Controlled, moderate to fast (half-marathon to 10 km effort) on a -{:.0} to -{:.0} % slope. Don't go too fast.",
                            slope.0, slope.1
                        )
                    },
                },
                Step {
                    kind: StepKind::Recovery,
                    label: "Walk or jog back up".into(),
                    duration_s: Some(len / 1000.0 * paces.recovery.1 * 1.3),
                    distance_m: None,
                    pace_s_per_km: None,
                    slope_pct: None,
                    note: "Walk or jog back up to recover fully.".into(),
                },
            ];
            let mut cues = article_cues.clone();
            cues.push(
                "Lean with the slope, short quick strides; stay in control the whole way.".into(),
            );
            if race {
                cues.push("Rehearse the race descent: same pace, same posture, then run on relaxed at the bottom.".into());
            }
            (
                format!("{} ({reps} x {len:.0} m)", kind.label()),
                main,
                cues,
                f64::from(reps) * len,
                if race { 1.3 } else { 1.2 },
                (slope.0 + slope.1) / 2.0,
                600.0,
            )
        }
        WorkoutKind::Strength => {
            let ex = |label: &str, note: &str| Step {
                kind: StepKind::Exercise,
                label: label.into(),
                duration_s: None,
                distance_m: None,
                pace_s_per_km: None,
                slope_pct: None,
                note: note.into(),
            };
            let main = vec![
                ex("Plank", "30-60 s, body in one line, core tight."),
                ex(
                    "Squats",
                    "10-15 slow reps, knees over toes; lower for 3 s (eccentric quads).",
                ),
                ex(
                    "Box jumps",
                    "6-10 reps onto a stable box; land softly, step down.",
                ),
                Step {
                    kind: StepKind::Recovery,
                    label: "Rest".into(),
                    duration_s: Some(60.0),
                    distance_m: None,
                    pace_s_per_km: None,
                    slope_pct: None,
                    note: "Rest 60 s between exercises and sets.".into(),
                },
            ];
            let cues = vec![
                "Strong quads and core take the braking load off your knees on long descents."
                    .into(),
            ];
            (
                format!("{} ({reps} sets)", kind.label()),
                main,
                cues,
                0.0,
                0.0,
                0.0,
                0.0,
            )
        }
    };
    let load = if kind == WorkoutKind::Strength {
        20.0 * f64::from(reps)
    } else {
        downhill_m * intensity * slope_mid / 4.0
    };
    let reps_for = if kind == WorkoutKind::FormJog {
        1
    } else {
        reps
    };
    let main_s: f64 = main
        .iter()
        .map(|s| s.duration_s.unwrap_or_else(|| estimate_s(s)))
        .sum::<f64>()
        * f64::from(reps_for);
    let warm = warmup.as_ref().and_then(|s| s.duration_s).unwrap_or(0.0);
    let cool = cooldown(cooldown_s);
    Session {
        id,
        date,
        week,
        kind,
        title,
        warmup,
        reps: reps_for,
        main,
        cooldown: if cooldown_s > 0.0 { cool } else { None },
        cues,
        location: location(if kind == WorkoutKind::RaceSpecific {
            WorkoutKind::Repeats
        } else {
            kind
        })
        .or_else(|| location(kind)),
        downhill_m,
        load,
        duration_s: warm + main_s + cooldown_s,
    }
}

fn round10(v: f64) -> f64 {
    (v / 10.0).round() * 10.0
}

/// Time of a step without a duration (distance at the middle of its pace range; exercises 60 s).
fn estimate_s(s: &Step) -> f64 {
    match (s.distance_m, s.pace_s_per_km) {
        (Some(d), Some((a, b))) => d / 1000.0 * (a + b) / 2.0,
        _ => 60.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> RaceContext<'static> {
        RaceContext {
            flat_pace_s_per_km: 360.0,
            ..Default::default()
        }
    }

    #[test]
    fn block_progresses_form_strides_repeats_race_specific() {
        let today = Date::parse("2026-01-05").unwrap();
        let s = BlockSettings {
            weeks: 12,
            race_date: Some(Date::parse("2026-04-05").unwrap()),
            ..BlockSettings::default()
        };
        let b = build_block(&s, &ctx(), today).unwrap();
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
}
