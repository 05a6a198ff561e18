//! `plan`: the race-day plan of a GPX course (and optionally a training block), as a
//! readable summary, a JSON plan file and a printable PDF race card. Built through
//! [`crate::document::build`], as the app builds it.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::CliError;
use super::args::{self, HeatArg, JsonTarget, ModelArg, PaperArg};
use crate::course::AnalysisSettings;
use crate::date::Date;
use crate::document::{self, CourseSource, DocumentSettings, PlanDocument};
use crate::export::watch::{RaceDay, WatchFile, WatchSettings};
use crate::format;
use crate::plan::{Conditions, PlanSettings};
use crate::t;
use crate::training::BlockSettings;

/// Arguments of `plan`.
#[derive(Debug, clap::Args)]
pub struct PlanArgs {
    /// Language of the readable output and the files: en or vi (default: the system's
    /// language when it is one of these, else English). JSON keys stay English.
    #[arg(long, ignore_case = true, value_parser = args::choice::<args::LangArg>())]
    pub lang: Option<args::LangArg>,
    /// The GPX file (with `--from`: only when the saved plan's course file has moved).
    #[arg(required_unless_present = "from")]
    pub file: Option<PathBuf>,
    /// Goal finish time, H:MM:SS (or H:MM).
    #[arg(long, required_unless_present = "from", conflicts_with = "from")]
    pub goal: Option<String>,
    /// Re-create a saved plan (its course, settings and the runner's corrections) and write
    /// its exports: `plan --from PLAN.json --pdf OUT --json OUT`.
    #[arg(long, value_name = "PLAN.json")]
    pub from: Option<PathBuf>,
    /// Start time of day, HH:MM (default 03:00, as VnExpress marathons).
    #[arg(long, default_value = "03:00")]
    pub start: String,
    /// Pace model.
    #[arg(
        long,
        default_value = "strava",
        ignore_case = true,
        value_parser = args::choice::<ModelArg>()
    )]
    pub model: ModelArg,
    /// Your timed runs (a file or a folder): the curve of `--model personal`, and the
    /// descent of the last 6 weeks, which chooses the training block's starting level.
    #[arg(long, value_name = "DIR_OR_FILE")]
    pub history: Option<PathBuf>,
    /// Uphill effort 0-100 %: 0 slows on climbs as the model says, 100 holds flat pace.
    #[arg(long, default_value_t = 0.0, allow_hyphen_values = true)]
    pub uphill_effort: f64,
    /// Downhill restraint 0-100 %: 0 takes the model's full downhill gain, 100 no faster
    /// than flat.
    #[arg(long, default_value_t = 50.0, allow_hyphen_values = true)]
    pub downhill_restraint: f64,
    /// Split in %: positive = second half slower, negative = faster.
    #[arg(long, default_value_t = 0.0, allow_hyphen_values = true)]
    pub split: f64,
    /// Body mass in kg (energy).
    #[arg(long, default_value_t = 60.0, allow_hyphen_values = true)]
    pub mass_kg: f64,
    /// Write the plan as JSON to this file, or `-` for standard output.
    #[arg(long)]
    pub json: Option<JsonTarget>,
    /// Write the printable race card (PDF) to this file.
    #[arg(long)]
    pub pdf: Option<PathBuf>,
    /// Paper size of the PDF.
    #[arg(
        long,
        default_value = "a4",
        ignore_case = true,
        value_parser = args::choice::<PaperArg>()
    )]
    pub paper: PaperArg,
    /// Add a downhill training block of this many weeks (4-16) to the plan.
    #[arg(long)]
    pub training_weeks: Option<u32>,
    /// Race day, YYYY-MM-DD: sunrise and sunset for the heat model, the watch files' times
    /// (needed for them) and the training block (default: 8 weeks from today). With watch
    /// files and no --training-weeks, no training block is added.
    #[arg(long)]
    pub race_date: Option<String>,
    /// Race-morning weather: CSV with the header `time,temp_c,dewpoint_c` (HH:MM local).
    #[arg(long, value_name = "FILE.csv")]
    pub weather: Option<PathBuf>,
    /// What the heat changes: keep-goal (the finish stays the goal) or keep-effort.
    #[arg(
        long,
        default_value = "keep-goal",
        ignore_case = true,
        value_parser = args::choice::<HeatArg>()
    )]
    pub heat: HeatArg,
    /// Acclimatised to heat (10-14 days of training in it).
    #[arg(long)]
    pub acclimatised: bool,
    /// Your measured sweat rate, litres per hour (else estimated from the conditions).
    #[arg(long, value_name = "L")]
    pub sweat_rate_l_h: Option<f64>,
    /// Seconds lost in a crowded start.
    #[arg(long, value_name = "S", default_value_t = 0.0)]
    pub start_delay_s: f64,
    /// Over how many km from the start they are lost.
    #[arg(long, value_name = "K", default_value_t = 2.0)]
    pub start_delay_km: f64,
    /// A fallback B goal, H:MM:SS, side by side on the catch-up card.
    #[arg(long, value_name = "H:MM:SS")]
    pub goal_b: Option<String>,
    /// Write a FIT course whose virtual partner runs the plan (course points before every
    /// descent, at water and gels).
    #[arg(long, value_name = "OUT")]
    pub fit_course: Option<PathBuf>,
    /// Write a GPX 1.1 track with the plan's time on every point.
    #[arg(long, value_name = "OUT")]
    pub gpx_timed: Option<PathBuf>,
    /// Write a TCX course with the plan's times and course points.
    #[arg(long, value_name = "OUT")]
    pub tcx_course: Option<PathBuf>,
    /// Write the race workout (FIT): a step per km marker, each descent and its run-out.
    #[arg(long, value_name = "OUT")]
    pub fit_race_workout: Option<PathBuf>,
    /// How much longer than the official markers your watch reads, % (0-3; default 0.5).
    #[arg(long, value_name = "PCT", allow_hyphen_values = true)]
    pub watch_over_read: Option<f64>,
    /// Water stations, km along the course: 2.5,5,7.5 (default: the race's published
    /// spacing for the bundled samples, otherwise every 2.5 km). Gels are placed at them.
    #[arg(long, value_name = "KM,KM,...", allow_hyphen_values = true)]
    pub water_km: Option<String>,
    /// Most track points in the course files (100-20000; default 1500).
    #[arg(long, value_name = "N")]
    pub course_points: Option<usize>,
    /// Local time at the course against UTC, +07:00 (default: from the course's longitude,
    /// +07:00 in Vietnam): the watch files' times and the heat model's sunrise.
    #[arg(long, value_name = "+HH:MM", allow_hyphen_values = true)]
    pub utc_offset: Option<String>,
    /// Merge flat km steps of the race workout until it has at most this many steps.
    #[arg(long, value_name = "N")]
    pub workout_max_steps: Option<usize>,
}

impl PlanArgs {
    /// The watch files asked for, with their paths.
    fn watch_outputs(&self) -> Vec<(WatchFile, PathBuf)> {
        [
            (WatchFile::FitCourse, &self.fit_course),
            (WatchFile::GpxTimed, &self.gpx_timed),
            (WatchFile::TcxCourse, &self.tcx_course),
            (WatchFile::FitWorkout, &self.fit_race_workout),
        ]
        .into_iter()
        .filter_map(|(f, p)| p.clone().map(|p| (f, p)))
        .collect()
    }
}

/// Runs `plan`: settings are checked before the course is read, the course before the
/// race date, as the messages have always come.
pub fn run(args: &PlanArgs, out: &mut dyn Write) -> Result<(), CliError> {
    if let Some(from) = &args.from {
        return run_from(args, from, out);
    }
    let plan = plan_settings(args)?;
    let file = args.file.as_deref().unwrap_or(Path::new(""));
    let course = super::load(file)?;
    let settings = DocumentSettings {
        analysis: AnalysisSettings::default(),
        plan,
        training: block_settings(args)?,
    };
    let source = Some(CourseSource::file(file));
    write_outputs(args, &course, source, &settings, out)
}

/// `plan --from PLAN.json`: the saved plan's course (its file, a bundled sample, or the
/// FILE given), settings and corrections, planned again as the app plans them.
fn run_from(args: &PlanArgs, from: &Path, out: &mut dyn Write) -> Result<(), CliError> {
    let bytes = crate::export::read_limited(from, crate::export::MAX_PLAN_FILE_BYTES)?;
    let saved = crate::export::json::read_plan(&bytes)?;
    let (course, source) = match (&args.file, &saved.source) {
        (Some(file), _) => (super::load(file)?, CourseSource::file(file)),
        (None, Some(CourseSource::File { path })) => (
            super::load(Path::new(path))?,
            saved
                .source
                .clone()
                .unwrap_or_else(|| CourseSource::file(Path::new(path))),
        ),
        (None, Some(CourseSource::Sample { id })) => {
            let race = crate::course::sample::SAMPLE_RACES
                .iter()
                .find(|r| r.id == id)
                .ok_or_else(|| {
                    CliError::Usage(format!(
                        "the plan uses a sample course this version does not have ({id})"
                    ))
                })?;
            let course = race.load().map_err(|source| CliError::Load {
                source,
                path: PathBuf::from(id),
            })?;
            (course, CourseSource::Sample { id: id.clone() })
        }
        (None, None) => {
            return Err(CliError::Usage(
                "the plan does not say which course it was made for; give the course GPX too"
                    .into(),
            ));
        }
    };
    if course.fingerprint() != saved.fingerprint {
        // On standard error: standard output may be the JSON itself.
        eprintln!("{}", t!("cli-course-changed"));
    }
    let mut plan = saved.settings;
    race_day_options(args, &mut plan)?;
    let settings = DocumentSettings {
        analysis: saved.analysis_settings,
        plan,
        training: saved.training_settings,
    };
    write_outputs(args, &course, Some(source), &settings, out)
}

/// Builds the document and writes the PDF and JSON (all or none), then the summary.
fn write_outputs(
    args: &PlanArgs,
    course: &crate::course::Course,
    source: Option<CourseSource>,
    settings: &DocumentSettings,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let watch = watch_settings(args)?;
    let (analysis, doc) = document::build(course, source, settings, None, Date::today())?;
    // The PDF, the JSON file and the watch files are one set: all are written or none.
    let mut files = Vec::new();
    if let Some(watch) = &watch {
        let day = RaceDay::build(&doc, &analysis, watch, crate::export::now_unix_s())?;
        for (file, path) in args.watch_outputs() {
            files.push((path, day.encode(file)));
        }
    }
    if let Some(pdf) = &args.pdf {
        let bytes = crate::export::pdf::render(&doc, &analysis.profile, args.paper.into())?;
        files.push((pdf.clone(), bytes));
    }
    if let Some(JsonTarget::File(path)) = &args.json {
        let text = crate::export::json::to_json(&doc)?;
        files.push((path.clone(), text.into_bytes()));
    }
    crate::export::write_all_atomic(&files)?;
    if args.json == Some(JsonTarget::Stdout) {
        super::write_json(out, &doc)
    } else {
        write_report(args, &doc, out).map_err(CliError::Output)
    }
}

/// The race settings of the arguments, checked.
fn plan_settings(args: &PlanArgs) -> Result<PlanSettings, CliError> {
    let mut settings = PlanSettings {
        goal_time_s: args::parse_goal(args.goal.as_deref().unwrap_or_default())?,
        start_clock_s: args::parse_start(&args.start)?,
        model: args.model.into(),
        uphill_effort_pct: args.uphill_effort,
        downhill_restraint_pct: args.downhill_restraint,
        split_pct: args.split,
        mass_kg: args.mass_kg,
        conditions: conditions(args)?,
        ..PlanSettings::default()
    };
    race_day_options(args, &mut settings)?;
    settings.validate()?;
    settings.personal = super::history::for_plan(settings.model, args.history.as_deref())?;
    Ok(settings)
}

/// The race-morning settings of the arguments (the weather file read and checked).
fn conditions(args: &PlanArgs) -> Result<Conditions, CliError> {
    let weather = match &args.weather {
        Some(path) => {
            let bytes = crate::export::read_limited(path, 1_000_000)?;
            let text = String::from_utf8_lossy(&bytes);
            Conditions::parse_weather_csv(&text)
                .map_err(|e| CliError::Usage(format!("{}: {e}", format::printable_path(path))))?
        }
        None => Vec::new(),
    };
    let weather_source = args
        .weather
        .as_ref()
        .map(|p| format!("from {}", format::printable_path(p)))
        .unwrap_or_default();
    Ok(Conditions {
        weather,
        weather_source,
        mode: args.heat.into(),
        acclimatised: args.acclimatised,
        race_date: args::parse_optional_date(args.race_date.as_deref())?,
        sweat_rate_l_h: args.sweat_rate_l_h,
        start_delay_s: args.start_delay_s,
        start_delay_km: args.start_delay_km,
        goal_b_s: args.goal_b.as_deref().map(args::parse_goal).transpose()?,
        utc_offset_h: args
            .utc_offset
            .as_deref()
            .map(args::parse_utc_offset)
            .transpose()?
            .map(|m| f64::from(m) / 60.0),
        ..Conditions::default()
    })
}

/// `--watch-over-read` and `--water-km` into the race settings, checked.
fn race_day_options(args: &PlanArgs, settings: &mut PlanSettings) -> Result<(), CliError> {
    if let Some(pct) = args.watch_over_read {
        settings.watch_over_read_pct = pct;
    }
    if let Some(list) = &args.water_km {
        settings.water_km = args::parse_km_list(list)?;
    }
    settings.validate()?;
    Ok(())
}

/// The watch files' settings when any watch file is asked for (the race date is needed).
fn watch_settings(args: &PlanArgs) -> Result<Option<WatchSettings>, CliError> {
    if args.watch_outputs().is_empty() {
        return Ok(None);
    }
    let Some(date) = args::parse_optional_date(args.race_date.as_deref())? else {
        return Err(CliError::Usage(t!("cli-watch-needs-date")));
    };
    let settings = WatchSettings {
        race_date: Some(date),
        utc_offset_min: args
            .utc_offset
            .as_deref()
            .map(args::parse_utc_offset)
            .transpose()?,
        points: args
            .course_points
            .unwrap_or(crate::export::watch::DEFAULT_POINTS),
        max_steps: args.workout_max_steps,
        ..WatchSettings::default()
    };
    let (lo, hi) = crate::export::watch::POINTS_RANGE;
    if !(lo..=hi).contains(&settings.points) {
        return Err(CliError::Usage(t!(
            "cli-watch-points-range",
            lo = lo.to_string(),
            hi = hi.to_string(),
            points = settings.points.to_string()
        )));
    }
    if settings.max_steps.is_some_and(|n| n < 2) {
        return Err(CliError::Usage(t!("cli-watch-min-steps")));
    }
    Ok(Some(settings))
}

/// The training block's settings when `--training-weeks` or `--race-date` asks for one.
fn block_settings(args: &PlanArgs) -> Result<Option<BlockSettings>, CliError> {
    let watch_only = args.training_weeks.is_none() && !args.watch_outputs().is_empty();
    if watch_only || (args.training_weeks.is_none() && args.race_date.is_none()) {
        return Ok(None);
    }
    Ok(Some(BlockSettings {
        race_date: args::parse_optional_date(args.race_date.as_deref())?,
        weeks: args.training_weeks.unwrap_or(8),
        recent_descent_m: args
            .history
            .as_deref()
            .map(super::history::recent_descent_m)
            .transpose()?,
        ..BlockSettings::default()
    }))
}

/// The summary and where the files went (when the JSON is not the output itself).
fn write_report(args: &PlanArgs, doc: &PlanDocument, out: &mut dyn Write) -> std::io::Result<()> {
    super::summary::write_plan_summary(&doc.plan, out)?;
    if let Some(JsonTarget::File(path)) = &args.json {
        let line = t!("cli-plan-written", path = format::printable_path(path));
        writeln!(out, "\n{line}")?;
    }
    if let Some(pdf) = &args.pdf {
        let line = t!("cli-card-written", path = format::printable_path(pdf));
        writeln!(out, "{line}")?;
    }
    for (file, path) in args.watch_outputs() {
        let line = t!(
            "cli-file-written",
            label = file.label(),
            path = format::printable_path(&path)
        );
        writeln!(out, "{line}")?;
    }
    Ok(())
}
