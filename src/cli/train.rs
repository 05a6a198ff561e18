//! `train`: a downhill training block to race day, as a readable summary, JSON, a calendar
//! (.ics) and one FIT watch workout per session. With a course, the block comes from its race
//! plan through [`crate::document::build_training`], as the app builds it.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::CliError;
use super::args::{self, ExperienceArg, JsonTarget};
use crate::course::sample::MARATHON_M;
use crate::course::{self, AnalysisSettings, Course};
use crate::date::Date;
use crate::document::{self, TrainingGround};
use crate::plan::{self, PlanSettings};
use crate::t;
use crate::training::{self, BlockSettings, RaceContext, TrainingBlock};

/// Arguments of `train`.
#[derive(Debug, clap::Args)]
pub struct TrainArgs {
    /// Language of the readable output and the files: en or vi (default: the system's
    /// language when it is one of these, else English). JSON keys stay English.
    #[arg(long, ignore_case = true, value_parser = args::choice::<args::LangArg>())]
    pub lang: Option<args::LangArg>,
    /// The race course GPX (its descents shape the race-specific sessions).
    #[arg(long)]
    pub course: Option<PathBuf>,
    /// A GPX of your own training ground: sessions say where to run them.
    #[arg(long)]
    pub training_ground: Option<PathBuf>,
    /// Goal finish time, H:MM:SS.
    #[arg(long)]
    pub goal: String,
    /// Race day, YYYY-MM-DD (default: 8 weeks from today).
    #[arg(long)]
    pub race_date: Option<String>,
    /// Weeks of training, 4-16.
    #[arg(long, default_value_t = 8)]
    pub weeks: u32,
    /// Downhill experience.
    #[arg(
        long,
        default_value = "some",
        ignore_case = true,
        value_parser = args::choice::<ExperienceArg>()
    )]
    pub experience: ExperienceArg,
    /// Downhill sessions per week, 1-2.
    #[arg(long, default_value_t = 1)]
    pub downhill_sessions: u32,
    /// Strength sessions per week, 0-3.
    #[arg(long, default_value_t = 1)]
    pub strength_sessions: u32,
    /// Your timed runs (a GPX, TCX or FIT file, or a folder): the descent of the last 6
    /// weeks chooses the block's starting level.
    #[arg(long, value_name = "DIR_OR_FILE")]
    pub history: Option<PathBuf>,
    /// Write the calendar (.ics) here.
    #[arg(long)]
    pub ics: Option<PathBuf>,
    /// Write one FIT workout file per session into this folder.
    #[arg(long)]
    pub fit_dir: Option<PathBuf>,
    /// Write the block as JSON to this file, or `-` for standard output.
    #[arg(long)]
    pub json: Option<JsonTarget>,
}

/// What `train --json` writes.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct TrainReport {
    /// Format version (the same as the analyze report's).
    pub schema_version: u32,
    /// The race's name (the course's, or "your marathon" without one).
    pub race: String,
    /// Goal finish time, s.
    pub goal_time_s: f64,
    /// Flat pace the goal means, s/km.
    pub flat_pace_s_per_km: f64,
    /// The block: weeks, sessions, paces.
    pub training: TrainingBlock,
    /// What the runner should know about how the block was made.
    pub notes: Vec<String>,
}

/// Runs `train`: the goal, race date and block settings are checked before any file is read.
pub fn run(args: &TrainArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let goal_time_s = args::parse_goal(&args.goal)?;
    let settings = BlockSettings {
        race_date: args::parse_optional_date(args.race_date.as_deref())?,
        weeks: args.weeks,
        experience: args.experience.into(),
        downhill_per_week: args.downhill_sessions,
        strength_per_week: args.strength_sessions,
        overrides: Vec::new(),
        recent_descent_m: args
            .history
            .as_deref()
            .map(super::history::recent_descent_m)
            .transpose()?,
    };
    settings.validate()?;
    settings.check_race_date(Date::today())?;
    let ground = args
        .training_ground
        .as_deref()
        .map(super::load)
        .transpose()?;
    let report = train_report(
        args.course.as_deref(),
        ground.as_ref(),
        goal_time_s,
        &settings,
        Date::today(),
    )?;
    write_files(args, &report)?;
    if args.json == Some(JsonTarget::Stdout) {
        return super::write_json(out, &report);
    }
    write_training_summary(&report, out).map_err(CliError::Output)
}

/// The calendar, the watch workouts and the JSON file, when asked for: one set, all
/// written or none (a folder made for the workouts is removed again on failure).
fn write_files(args: &TrainArgs, report: &TrainReport) -> Result<(), CliError> {
    let mut files = Vec::new();
    if let Some(path) = &args.ics {
        let text = training::ics::to_ics(&report.training, &report.race);
        files.push((path.clone(), text.into_bytes()));
    }
    if let Some(JsonTarget::File(path)) = &args.json {
        let text = serde_json::to_string_pretty(&report).map_err(CliError::Json)?;
        files.push((path.clone(), text.into_bytes()));
    }
    let mut made_dir = None;
    if let Some(dir) = &args.fit_dir {
        if !dir.is_dir() {
            made_dir = Some(dir);
        }
        std::fs::create_dir_all(dir).map_err(|source| CliError::Io {
            context: "Could not create the folder",
            path: dir.clone(),
            source,
        })?;
        let now = crate::export::now_unix_s();
        files.extend(crate::export::fit_workout_files(&report.training, dir, now));
    }
    let result = crate::export::write_all_atomic(&files);
    if result.is_err()
        && let Some(dir) = made_dir
    {
        // Only an empty folder is removed: nothing of the runner's goes.
        let _ = std::fs::remove_dir(dir);
    }
    Ok(result?)
}

/// Builds the block for the command line: from the race plan when a course is given,
/// else from the goal over a marathon distance.
pub fn train_report(
    course_file: Option<&Path>,
    ground: Option<&Course>,
    goal_time_s: f64,
    settings: &BlockSettings,
    today: Date,
) -> Result<TrainReport, CliError> {
    let ground = ground.map(training_ground);
    let mut notes = Vec::new();
    if let Some(g) = &ground
        && g.spots.is_empty()
    {
        notes.push(crate::training::hills::no_stretch_note(&g.name));
    }
    let mut report = match course_file {
        Some(file) => race_report(file, goal_time_s, settings, ground.as_ref(), today)?,
        None => {
            notes.push(t!("cli-train-no-course"));
            flat_report(goal_time_s, settings, ground.as_ref(), today)?
        }
    };
    report.notes = notes;
    Ok(report)
}

/// The runner's training ground: its name and the stretches that suit the workouts.
fn training_ground(ground: &Course) -> TrainingGround {
    let analysis = course::analyze(ground, &AnalysisSettings::default());
    TrainingGround {
        name: ground.name.clone(),
        spots: training::find_hills(&analysis.profile),
    }
}

/// The block of a race course: its plan at the goal time shapes the race-specific sessions.
fn race_report(
    file: &Path,
    goal_time_s: f64,
    settings: &BlockSettings,
    ground: Option<&TrainingGround>,
    today: Date,
) -> Result<TrainReport, CliError> {
    let race = super::load(file)?;
    let analysis_settings = AnalysisSettings::default();
    let analysis = course::analyze(&race, &analysis_settings);
    let plan_settings = PlanSettings {
        goal_time_s,
        ..PlanSettings::default()
    };
    let plan = plan::build_plan(&race, &analysis, &analysis_settings, &plan_settings)?;
    let block = document::build_training(&plan, &analysis.descents, settings, ground, today)?;
    Ok(report(
        race.name.clone(),
        goal_time_s,
        plan.flat_pace_s_per_km,
        block,
    ))
}

/// The block without a course: paces from the goal over a flat marathon.
fn flat_report(
    goal_time_s: f64,
    settings: &BlockSettings,
    ground: Option<&TrainingGround>,
    today: Date,
) -> Result<TrainReport, CliError> {
    let flat_pace_s_per_km = goal_time_s / MARATHON_M * 1000.0;
    let ctx = RaceContext {
        flat_pace_s_per_km,
        spots: ground.map(|g| g.spots.clone()).unwrap_or_default(),
        ground_name: ground.map(|g| g.name.clone()),
        ..RaceContext::default()
    };
    let block = training::build_block(settings, &ctx, today)?;
    Ok(report(
        t!("cli-train-your-marathon"),
        goal_time_s,
        flat_pace_s_per_km,
        block,
    ))
}

/// A report without notes.
fn report(
    race: String,
    goal_time_s: f64,
    flat_pace_s_per_km: f64,
    training: TrainingBlock,
) -> TrainReport {
    TrainReport {
        schema_version: crate::course::report::SCHEMA_VERSION,
        race,
        goal_time_s,
        flat_pace_s_per_km,
        training,
        notes: Vec::new(),
    }
}

/// The readable summary of `train`.
pub fn write_training_summary(r: &TrainReport, out: &mut dyn Write) -> std::io::Result<()> {
    let b = &r.training;
    let head = t!(
        "cli-train-head",
        race = crate::format::printable(&r.race),
        date = b.race_date.local(),
        weeks = b.weeks.len(),
        start = b.start.local()
    );
    writeln!(out, "{head}")?;
    writeln!(
        out,
        "{}",
        t!("cli-train-paces", paces = b.paces.mapping.as_str())
    )?;
    if let Some(what) = &b.race_specific_from {
        writeln!(out, "{}", t!("cli-train-copy", what = what.as_str()))?;
    }
    if let Some(level) = &b.start_level {
        writeln!(out, "{}", level.describe())?;
    }
    for n in &r.notes {
        writeln!(out, "{}", t!("cli-train-note", note = n.as_str()))?;
    }
    for w in &b.weeks {
        let line = t!(
            "cli-train-week",
            n = w.index.to_string(),
            start = w.start.local(),
            phase = w.phase.to_string(),
            load = crate::format::num(w.load, 0)
        );
        writeln!(out, "\n{line}")?;
        for s in &w.sessions {
            writeln!(out, "  {}  {}", s.date.local_with_weekday(), s.title)?;
            if let Some(l) = &s.location {
                let place = t!("cli-train-where", place = crate::format::printable(l));
                writeln!(out, "      {place}")?;
            }
        }
    }
    Ok(())
}
