//! `analyze`: distance, climb and every descent of a GPX course, as text or one JSON object.

use std::io::Write;
use std::path::PathBuf;

use super::{CliError, args};
use crate::course::report::AnalyzeReport;
use crate::course::{self, AnalysisSettings};
use crate::format;
use crate::t;

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
    v.map_or_else(|| t!("fmt-na"), |v| format!("{} m", format::num(v, 0)))
}

/// The readable summary of `analyze`.
pub fn write_summary(r: &AnalyzeReport, out: &mut dyn Write) -> std::io::Result<()> {
    let c = &r.course;
    writeln!(out, "{}", format::printable(&c.name))?;
    let totals = t!(
        "cli-analyze-totals",
        km = format::km(c.distance_m, 2),
        gain = format::height_pm(c.gain_m, c.gain_uncertainty_m),
        loss = format::height_pm(c.loss_m, c.loss_uncertainty_m),
        low = opt_m(c.min_elevation_m),
        high = opt_m(c.max_elevation_m),
        points = c.points.to_string()
    );
    writeln!(out, "{totals}")?;
    if !c.has_elevation {
        writeln!(out, "{}", t!("cli-analyze-no-elevation"))?;
    }
    if let Some(n) = &c.noise {
        let line = t!(
            "cli-analyze-noise",
            noise = format::noise(n.white_m, n.drift_m),
            threshold = format::num(r.settings.values.profile.gain_threshold_m, 1)
        );
        writeln!(out, "{line}")?;
    }
    write_segments(r, out)?;
    if !r.warnings.is_empty() {
        writeln!(out, "\n{}", t!("cli-warnings"))?;
        for w in &r.warnings {
            writeln!(out, "  - {}", format::printable(&w.to_string()))?;
        }
    }
    writeln!(
        out,
        "\n{}",
        t!("cli-method", method = r.settings.method.as_str())
    )?;
    Ok(())
}

/// The descents and climbs tables of the summary.
fn write_segments(r: &AnalyzeReport, out: &mut dyn Write) -> std::io::Result<()> {
    let heading = t!("cli-analyze-descents", count = r.descents.len().to_string());
    writeln!(out, "\n{heading}")?;
    for d in &r.descents {
        let line = t!(
            "cli-analyze-descent",
            name = format!("{:<38}", format::printable(&d.name)),
            kind = format!("{:<6}", d.kind.label()),
            start = format!("{:>6}", format::km(d.start_m, 2)),
            end = format!("{:>6}", format::km(d.end_m, 2)),
            drop = format!("{:>4}", format::num(d.drop_m, 0)),
            avg = format!("{:>5}", format::num(d.avg_grade_pct, 1)),
            max = format!("{:>5}", format::num(d.max_grade_pct, 1)),
            category = d.category.to_string()
        );
        writeln!(out, "  {line}")?;
    }
    let heading = t!("cli-analyze-climbs", count = r.climbs.len().to_string());
    writeln!(out, "\n{heading}")?;
    for c in &r.climbs {
        let line = t!(
            "cli-analyze-climb",
            name = format!("{:<38}", format::printable(&c.name)),
            start = format!("{:>6}", format::km(c.start_m, 2)),
            end = format!("{:>6}", format::km(c.end_m, 2)),
            gain = format!("{:>4}", format::num(c.gain_m, 0)),
            avg = format!("{:>5}", format::num(c.avg_grade_pct, 1)),
            max = format!("{:>5}", format::num(c.max_grade_pct, 1)),
            category = c.category.to_string()
        );
        writeln!(out, "  {line}")?;
    }
    Ok(())
}
