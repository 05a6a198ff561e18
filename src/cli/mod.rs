//! The command line: `analyze`, `plan`, `make-samples`; the same core as the app.
//!
//! Contract: exit 0 on success; when a file or a setting cannot be used, exit 2 with one
//! line `error: <sentence>` on stderr.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::course::report::AnalyzeReport;
use crate::course::{self, AnalysisSettings, Course};
use crate::document::{self, CourseSource, DocumentSettings};
use crate::export::pdf::Paper;
use crate::format;
use crate::plan::{self, PaceModel, PlanSettings, RacePlan};
use crate::training::{self, BlockSettings, Date, Experience, RaceContext, TrainingBlock};

/// Downhill Planner: find the bridge and pass descents of a race course and plan them.
#[derive(Debug, Parser)]
#[command(
    name = "downhill-planner",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A GPX course to open in the app (default: a bundled sample race).
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Distance, climb and every descent of a GPX course.
    Analyze {
        /// The GPX file.
        file: PathBuf,
        /// Print one JSON object instead of the readable summary.
        #[arg(long)]
        json: bool,
    },
    /// Race-day plan: goal time to grade-adjusted paces, energy and descent load.
    Plan {
        /// The GPX file.
        file: PathBuf,
        /// Goal finish time, H:MM:SS (or H:MM).
        #[arg(long)]
        goal: String,
        /// Start time of day, HH:MM (default 03:00, as VnExpress marathons).
        #[arg(long, default_value = "03:00")]
        start: String,
        /// Pace model: strava (default), kay or minetti.
        #[arg(long, default_value = "strava")]
        model: String,
        /// Uphill effort 0-100 %: 0 slows on climbs as the model says, 100 holds flat pace.
        #[arg(long, default_value_t = 0.0, allow_hyphen_values = true)]
        uphill_effort: f64,
        /// Downhill restraint 0-100 %: 0 takes the model's full downhill gain, 100 no faster than flat.
        #[arg(long, default_value_t = 50.0, allow_hyphen_values = true)]
        downhill_restraint: f64,
        /// Split in %: positive = second half slower, negative = faster.
        #[arg(long, default_value_t = 0.0, allow_hyphen_values = true)]
        split: f64,
        /// Body mass in kg (energy).
        #[arg(long, default_value_t = 60.0, allow_hyphen_values = true)]
        mass_kg: f64,
        /// Write the plan as JSON to this file, or `-` for standard output.
        #[arg(long)]
        json: Option<String>,
        /// Write the printable race card (PDF) to this file.
        #[arg(long)]
        pdf: Option<PathBuf>,
        /// Paper size of the PDF: a4 (default) or letter.
        #[arg(long, default_value = "a4")]
        paper: String,
        /// Add a downhill training block of this many weeks (4-16) to the plan.
        #[arg(long)]
        training_weeks: Option<u32>,
        /// Race day for the training block, YYYY-MM-DD (default: 8 weeks from today).
        #[arg(long)]
        race_date: Option<String>,
    },
    /// Downhill training block to race day: sessions, calendar (.ics) and watch workouts (FIT).
    Train {
        /// The race course GPX (its descents shape the race-specific sessions).
        #[arg(long)]
        course: Option<PathBuf>,
        /// A GPX of your own training ground: sessions say where to run them.
        #[arg(long)]
        training_ground: Option<PathBuf>,
        /// Goal finish time, H:MM:SS.
        #[arg(long)]
        goal: String,
        /// Race day, YYYY-MM-DD (default: 8 weeks from today).
        #[arg(long)]
        race_date: Option<String>,
        /// Weeks of training, 4-16.
        #[arg(long, default_value_t = 8)]
        weeks: u32,
        /// Downhill experience: new, some or experienced.
        #[arg(long, default_value = "some")]
        experience: String,
        /// Downhill sessions per week, 1-2.
        #[arg(long, default_value_t = 1)]
        downhill_sessions: u32,
        /// Strength sessions per week, 0-3.
        #[arg(long, default_value_t = 1)]
        strength_sessions: u32,
        /// Write the calendar (.ics) here.
        #[arg(long)]
        ics: Option<PathBuf>,
        /// Write one FIT workout file per session into this folder.
        #[arg(long)]
        fit_dir: Option<PathBuf>,
        /// Write the block as JSON to this file, or `-` for standard output.
        #[arg(long)]
        json: Option<String>,
    },
    /// Write a synthetic Garmin-style recording (laps of a sample race at 1 s, with heart
    /// rate), for benchmarks and load tests.
    #[command(hide = true)]
    MakeRecording {
        /// Output GPX path.
        out: PathBuf,
        /// Number of track points.
        #[arg(long, default_value_t = 15_000)]
        points: usize,
    },
    /// Write the bundled sample courses as GPX files (they are built from legs in code).
    MakeSamples {
        /// Folder to write into.
        #[arg(default_value = "assets/samples")]
        dir: PathBuf,
    },
}

/// A failure of a command: printed as `error: <message>`, exit code 2.
#[derive(Debug)]
pub struct CliError(pub String);

impl<E: std::fmt::Display> From<E> for CliError {
    fn from(e: E) -> Self {
        CliError(e.to_string())
    }
}

/// Runs a subcommand, writing results to `out`. Returns the process exit code.
pub fn run(command: Command, out: &mut dyn Write) -> Result<(), CliError> {
    match command {
        Command::Analyze { file, json } => analyze(&file, json, out),
        Command::Plan {
            file,
            goal,
            start,
            model,
            uphill_effort,
            downhill_restraint,
            split,
            mass_kg,
            json,
            pdf,
            paper,
            training_weeks,
            race_date,
        } => {
            let paper = Paper::from_id(&paper).ok_or_else(|| {
                CliError(format!("Unknown paper size \"{paper}\"; use a4 or letter."))
            })?;
            let goal_time_s = parse_goal(&goal)?;
            let start_clock_s = format::parse_duration(&start, true)
                .filter(|s| *s < 86_400.0)
                .ok_or_else(|| CliError(format!("The start \"{start}\" is not a time of day; write it as HH:MM, for example 03:00.")))?;
            let model = PaceModel::from_id(&model).ok_or_else(|| {
                CliError(format!(
                    "Unknown pace model \"{model}\"; use strava, kay or minetti."
                ))
            })?;
            let settings = PlanSettings {
                goal_time_s,
                start_clock_s,
                model,
                uphill_effort_pct: uphill_effort,
                downhill_restraint_pct: downhill_restraint,
                split_pct: split,
                mass_kg,
                ..PlanSettings::default()
            };
            settings.validate()?;
            let course = load(&file)?;
            let training = if training_weeks.is_some() || race_date.is_some() {
                let race_date = match race_date {
                    Some(d) => Some(parse_date(&d)?),
                    None => None,
                };
                Some(BlockSettings {
                    race_date,
                    weeks: training_weeks.unwrap_or(8),
                    ..BlockSettings::default()
                })
            } else {
                None
            };
            let doc_settings = DocumentSettings {
                analysis: AnalysisSettings::default(),
                plan: settings,
                training,
            };
            let (analysis, plan) = document::build(
                &course,
                Some(CourseSource::file(&file)),
                &doc_settings,
                None,
                Date::today(),
            )?;
            if let Some(pdf_path) = &pdf {
                let bytes = crate::export::pdf::render(&plan, &analysis.profile, paper)?;
                write_atomic(pdf_path, &bytes)?;
            }
            match json.as_deref() {
                Some("-") => {
                    serde_json::to_writer_pretty(&mut *out, &plan)?;
                    writeln!(out)?;
                }
                Some(path) => {
                    let text = crate::export::json::to_json(&plan)?;
                    write_atomic(Path::new(path), text.as_bytes())?;
                    write_plan_summary(&plan.plan, out)?;
                    writeln!(out, "\nPlan written to {path}")?;
                }
                None => write_plan_summary(&plan.plan, out)?,
            }
            if let Some(pdf_path) = &pdf
                && json.as_deref() != Some("-")
            {
                writeln!(out, "Race card written to {}", pdf_path.display())?;
            }
            Ok(())
        }
        Command::Train {
            course: course_file,
            training_ground,
            goal,
            race_date,
            weeks,
            experience,
            downhill_sessions,
            strength_sessions,
            ics,
            fit_dir,
            json,
        } => {
            let goal_time_s = parse_goal(&goal)?;
            let race_date = match race_date {
                Some(d) => Some(parse_date(&d)?),
                None => None,
            };
            let experience = Experience::from_id(&experience).ok_or_else(|| {
                CliError(format!(
                    "Unknown experience \"{experience}\"; use new, some or experienced."
                ))
            })?;
            let block_settings = BlockSettings {
                race_date,
                weeks,
                experience,
                downhill_per_week: downhill_sessions,
                strength_per_week: strength_sessions,
                overrides: Vec::new(),
            };
            block_settings.validate()?;
            let ground = match &training_ground {
                Some(p) => Some(load(p)?),
                None => None,
            };
            let report = train_report(
                course_file.as_deref(),
                ground.as_ref(),
                goal_time_s,
                &block_settings,
                Date::today(),
            )?;
            if let Some(path) = &ics {
                write_atomic(
                    path,
                    crate::training::ics::to_ics(&report.training, &report.race).as_bytes(),
                )?;
            }
            if let Some(dir) = &fit_dir {
                std::fs::create_dir_all(dir).map_err(|e| {
                    CliError(format!(
                        "Could not create the folder ({e}): {}",
                        dir.display()
                    ))
                })?;
                crate::export::write_fit_workouts(
                    &report.training,
                    dir,
                    crate::export::now_unix_s(),
                )?;
            }
            match json.as_deref() {
                Some("-") => {
                    serde_json::to_writer_pretty(&mut *out, &report)?;
                    writeln!(out)?;
                }
                Some(path) => {
                    write_atomic(
                        Path::new(path),
                        serde_json::to_string_pretty(&report)?.as_bytes(),
                    )?;
                    write_training_summary(&report, out)?;
                }
                None => write_training_summary(&report, out)?,
            }
            Ok(())
        }
        Command::MakeRecording { out: path, points } => {
            let course = course::sample::SAMPLE_RACES[0].load()?;
            let file = std::fs::File::create(&path)?;
            let mut w = std::io::BufWriter::new(file);
            course::synth::write_garmin_style(&mut w, &course, points, 42)?;
            w.flush()?;
            writeln!(out, "wrote {} points to {}", points, path.display())?;
            Ok(())
        }
        Command::MakeSamples { dir } => {
            for p in course::sample::write_samples(&dir)? {
                writeln!(out, "wrote {}", p.display())?;
            }
            Ok(())
        }
    }
}

/// Parses a goal time given as H:MM:SS or H:MM.
fn parse_goal(goal: &str) -> Result<f64, CliError> {
    format::parse_duration(goal, true).ok_or_else(|| {
        CliError(format!(
            "The goal \"{goal}\" is not a time; write it as H:MM:SS, for example 4:15:00."
        ))
    })
}

/// Parses a race date given as YYYY-MM-DD.
fn parse_date(d: &str) -> Result<Date, CliError> {
    Date::parse(d).ok_or_else(|| {
        CliError(format!(
            "The race date \"{d}\" is not a date; write it as YYYY-MM-DD."
        ))
    })
}

/// Loads a course for a command; the message names the file.
pub fn load(file: &Path) -> Result<Course, CliError> {
    Course::load_path(file).map_err(|e| match e {
        course::LoadError::Io { .. } => CliError(e.to_string()),
        other => CliError(format!(
            "{} ({})",
            other.to_string().trim_end_matches('.'),
            file.display()
        )),
    })
}

fn analyze(file: &Path, json: bool, out: &mut dyn Write) -> Result<(), CliError> {
    let course = load(file)?;
    let settings = AnalysisSettings::default();
    let analysis = course::analyze(&course, &settings);
    let report = AnalyzeReport::new(&course, &analysis, &settings);
    if json {
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        write_summary(&report, out)?;
    }
    Ok(())
}

fn opt_m(v: Option<f64>) -> String {
    v.map_or("n/a".into(), |v| format!("{v:.0} m"))
}

/// The readable summary of `analyze`.
pub fn write_summary(r: &AnalyzeReport, out: &mut dyn Write) -> std::io::Result<()> {
    let c = &r.course;
    writeln!(out, "{}", c.name)?;
    writeln!(
        out,
        "Distance {} km · gain {} · loss {} · elevation {} to {} · {} points",
        format::km(c.distance_m, 2),
        opt_m(c.gain_m),
        opt_m(c.loss_m),
        opt_m(c.min_elevation_m),
        opt_m(c.max_elevation_m),
        c.points
    )?;
    if !c.has_elevation {
        writeln!(
            out,
            "This file has no elevation data, so no climbs or descents can be found."
        )?;
    }
    writeln!(out, "\nDescents ({}):", r.descents.len())?;
    for d in &r.descents {
        writeln!(
            out,
            "  {:<38} {:<6} km {:>6} to {:>6}  drop {:>4.0} m  avg {:>5.1} %  steepest {:>5.1} %  {}",
            d.name,
            d.kind.label(),
            format::km(d.start_m, 2),
            format::km(d.end_m, 2),
            d.drop_m,
            d.avg_grade_pct,
            d.max_grade_pct,
            d.category
        )?;
    }
    writeln!(out, "\nClimbs ({}):", r.climbs.len())?;
    for c in &r.climbs {
        writeln!(
            out,
            "  {:<38}        km {:>6} to {:>6}  gain {:>4.0} m  avg {:>5.1} %  steepest {:>5.1} %  {}",
            c.name,
            format::km(c.start_m, 2),
            format::km(c.end_m, 2),
            c.gain_m,
            c.avg_grade_pct,
            c.max_grade_pct,
            c.category
        )?;
    }
    if !r.warnings.is_empty() {
        writeln!(out, "\nWarnings:")?;
        for w in &r.warnings {
            writeln!(out, "  - {w}")?;
        }
    }
    writeln!(out, "\nMethod: {}", r.settings.method)?;
    Ok(())
}

/// Writes a file safely (temporary file + rename); see [`crate::export::write_atomic`].
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    crate::export::write_atomic(path, bytes).map_err(|e| CliError(e.to_string()))
}

/// The readable summary of `plan`.
pub fn write_plan_summary(p: &RacePlan, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{}", p.course.name)?;
    writeln!(
        out,
        "Goal {} · start {} · finish {} · flat pace {}/km · model {}",
        format::hms(p.settings.goal_time_s),
        format::clock(p.settings.start_clock_s),
        p.finish_clock,
        format::pace(p.flat_pace_s_per_km),
        p.settings.model.label()
    )?;
    writeln!(
        out,
        "Energy {:.0} kcal (climbs {:.0} %, descents {:.0} %, flats {:.0} %) · descent load {:.0} points (heuristic)",
        p.energy.total_kcal,
        p.energy.climbs_pct,
        p.energy.descents_pct,
        p.energy.flats_pct,
        p.total_descent_load
    )?;
    writeln!(
        out,
        "\n  split       pace   cumul.    clock     gain  loss  grade   kcal  load"
    )?;
    for s in &p.splits_km {
        writeln!(
            out,
            "  {:<9} {:>6} {:>8} {:>9} {:>6.0} {:>5.0} {:>5.1}% {:>6.0} {:>5.1}",
            s.label,
            format::pace(s.pace_s_per_km),
            format::hms(s.cumulative_s),
            s.clock,
            s.gain_m,
            s.loss_m,
            s.avg_grade_pct,
            s.energy_kcal,
            s.descent_load
        )?;
    }
    writeln!(out, "\nDescents:")?;
    for d in &p.descent_strategy {
        writeln!(
            out,
            "  {} ({}, km {}-{}, at {}): {}",
            d.name,
            d.kind.label(),
            format::km(d.start_m, 1),
            format::km(d.end_m, 1),
            d.clock_at_start,
            d.pace_summary()
        )?;
        for c in &d.cues {
            writeln!(out, "      - {c}")?;
        }
    }
    writeln!(out, "\nFuel:")?;
    for f in &p.fuel {
        writeln!(
            out,
            "  km {:>5} at {}: {} {}",
            format::km(f.distance_m, 1),
            f.clock,
            f.item,
            f.note
        )?;
    }
    Ok(())
}

/// What `train --json` writes.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct TrainReport {
    pub schema_version: u32,
    pub race: String,
    pub goal_time_s: f64,
    pub flat_pace_s_per_km: f64,
    pub training: TrainingBlock,
    pub notes: Vec<String>,
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
    let mut notes = Vec::new();
    let spots = match ground {
        Some(g) => {
            let a = course::analyze(g, &AnalysisSettings::default());
            let spots = training::find_hills(&a.profile);
            if spots.is_empty() {
                notes.push(format!(
                    "No stretch of {} suits the downhill workouts (2-6 % for 100-300 m).",
                    g.name
                ));
            }
            spots
        }
        None => Vec::new(),
    };
    let ground_name = ground.map(|g| g.name.clone());
    let (race, flat, block) = match course_file {
        Some(f) => {
            let c = load(f)?;
            let analysis_settings = AnalysisSettings::default();
            let a = course::analyze(&c, &analysis_settings);
            let ps = PlanSettings {
                goal_time_s,
                ..PlanSettings::default()
            };
            let p = plan::build_plan(&c, &a, &analysis_settings, &ps)?;
            let ctx = RaceContext {
                spots,
                ground_name,
                ..RaceContext::from_plan(&p, &a.descents)
            };
            (
                c.name.clone(),
                p.flat_pace_s_per_km,
                training::build_block(settings, &ctx, today)?,
            )
        }
        None => {
            let flat = goal_time_s / crate::course::sample::MARATHON_M * 1000.0;
            notes.push("No course given: paces assume a flat marathon, and race-specific sessions use 300-400 m at 4-6 %.".into());
            let ctx = RaceContext {
                flat_pace_s_per_km: flat,
                spots,
                ground_name,
                ..Default::default()
            };
            (
                "your marathon".to_string(),
                flat,
                training::build_block(settings, &ctx, today)?,
            )
        }
    };
    Ok(TrainReport {
        schema_version: crate::course::report::SCHEMA_VERSION,
        race,
        goal_time_s,
        flat_pace_s_per_km: flat,
        training: block,
        notes,
    })
}

/// The readable summary of `train`.
pub fn write_training_summary(r: &TrainReport, out: &mut dyn Write) -> std::io::Result<()> {
    let b = &r.training;
    writeln!(
        out,
        "Downhill training for {} on {} ({} weeks from {})",
        r.race,
        b.race_date,
        b.weeks.len(),
        b.start
    )?;
    writeln!(out, "Paces {}", b.paces.mapping)?;
    if let Some(t) = &b.race_specific_from {
        writeln!(out, "Race-specific sessions copy {t}")?;
    }
    for n in &r.notes {
        writeln!(out, "Note: {n}")?;
    }
    for w in &b.weeks {
        writeln!(
            out,
            "\nWeek {} ({}): {} · load {:.0}",
            w.index, w.start, w.phase, w.load
        )?;
        for s in &w.sessions {
            writeln!(out, "  {} {}  {}", s.date.weekday_name(), s.date, s.title)?;
            if let Some(l) = &s.location {
                writeln!(out, "      where: {l}")?;
            }
        }
    }
    Ok(())
}
