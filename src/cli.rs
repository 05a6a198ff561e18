//! The command line: `analyze`, `plan`, `make-samples`; the same core as the app.
//!
//! Contract: exit 0 on success; when a file or a setting cannot be used, exit 2 with one
//! line `error: <sentence>` on stderr.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::course::report::AnalyzeReport;
use crate::course::{self, AnalysisSettings, Course};
use crate::format;

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
        Command::MakeSamples { dir } => {
            for p in course::sample::write_samples(&dir)? {
                writeln!(out, "wrote {}", p.display())?;
            }
            Ok(())
        }
    }
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
