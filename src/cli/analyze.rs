//! `analyze`: distance, climb and every descent of a GPX course, as text or one JSON object.

use std::io::Write;
use std::path::PathBuf;

use super::{CliError, args};
use crate::course::report::AnalyzeReport;
use crate::course::{self, AnalysisSettings};
use crate::format;

/// Arguments of `analyze`.
#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {
    /// The GPX file.
    pub file: PathBuf,
    /// Print one JSON object instead of the readable summary.
    #[arg(long)]
    pub json: bool,
    /// Language of the readable output and the files: en or vi (default: the system's
    /// language when it is one of these, else English). JSON keys stay English.
    #[arg(long, ignore_case = true, value_parser = args::choice::<args::LangArg>())]
    pub lang: Option<args::LangArg>,
}

/// Runs `analyze`.
pub fn run(args: &AnalyzeArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let course = super::load(&args.file)?;
    let settings = AnalysisSettings::default();
    let analysis = course::analyze(&course, &settings);
    let report = AnalyzeReport::new(&course, &analysis, &settings);
    if args.json {
        super::write_json(out, &report)
    } else {
        write_summary(&report, out).map_err(CliError::Output)
    }
}

/// A length in metres, or `n/a`.
fn opt_m(v: Option<f64>) -> String {
    v.map_or("n/a".into(), |v| format!("{v:.0} m"))
}

/// The readable summary of `analyze`.
pub fn write_summary(r: &AnalyzeReport, out: &mut dyn Write) -> std::io::Result<()> {
    let c = &r.course;
    writeln!(out, "{}", format::printable(&c.name))?;
    writeln!(
        out,
        "Distance {} km · gain {} · loss {} · elevation {} to {} · {} points",
        format::km(c.distance_m, 2),
        format::height_pm(c.gain_m, c.gain_uncertainty_m),
        format::height_pm(c.loss_m, c.loss_uncertainty_m),
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
    if let Some(n) = &c.noise {
        writeln!(
            out,
            "Elevation noise estimated from the file: {}; gain counted from {:.1} m swings",
            format::noise(n.white_m, n.drift_m),
            r.settings.values.profile.gain_threshold_m
        )?;
    }
    write_segments(r, out)?;
    if !r.warnings.is_empty() {
        writeln!(out, "\nWarnings:")?;
        for w in &r.warnings {
            writeln!(out, "  - {}", format::printable(&w.to_string()))?;
        }
    }
    writeln!(out, "\nMethod: {}", r.settings.method)?;
    Ok(())
}

/// The descents and climbs tables of the summary.
fn write_segments(r: &AnalyzeReport, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "\nDescents ({}):", r.descents.len())?;
    for d in &r.descents {
        writeln!(
            out,
            concat!(
                "  {:<38} {:<6} km {:>6} to {:>6}  drop {:>4.0} m  avg {:>5.1} %  ",
                "steepest {:>5.1} %  {}"
            ),
            format::printable(&d.name),
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
            concat!(
                "  {:<38}        km {:>6} to {:>6}  gain {:>4.0} m  avg {:>5.1} %  ",
                "steepest {:>5.1} %  {}"
            ),
            format::printable(&c.name),
            format::km(c.start_m, 2),
            format::km(c.end_m, 2),
            c.gain_m,
            c.avg_grade_pct,
            c.max_grade_pct,
            c.category
        )?;
    }
    Ok(())
}
