//! `debrief RECORDING --plan PLAN.json`: a race recording against its saved plan, per km
//! and per descent, with the watch's over-read for the next plan; a readable summary, the
//! JSON debrief (`--json OUT|-`) and the PDF page (`--pdf OUT`), files all or none.

use std::io::Write;
use std::path::PathBuf;

use super::CliError;
use super::args::{self, JsonTarget, PaperArg};
use crate::export::debrief as files;
use crate::format;
use crate::history::debrief::{self, Debrief, verdict::signed};
use crate::t;

/// Arguments of `debrief`.
#[derive(Debug, clap::Args)]
pub struct DebriefArgs {
    /// Language of the readable output and the files: en or vi (default: the system's
    /// language when it is one of these, else English). JSON keys stay English.
    #[arg(long, ignore_case = true, value_parser = args::choice::<args::LangArg>())]
    pub lang: Option<args::LangArg>,
    /// The race recording: a GPX, TCX or FIT activity with timestamps.
    pub recording: PathBuf,
    /// The plan saved before the race (`plan ... --json PLAN.json`, or the app's export).
    #[arg(long, value_name = "PLAN.json")]
    pub plan: PathBuf,
    /// Write the debrief as JSON to this file, or `-` for standard output.
    #[arg(long)]
    pub json: Option<JsonTarget>,
    /// Write the debrief page as PDF to this file.
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
}

/// Runs `debrief`.
pub fn run(args: &DebriefArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let bytes = crate::export::read_limited(&args.plan, crate::export::MAX_PLAN_FILE_BYTES)?;
    let doc = files::read_plan_document(&bytes)?;
    let d = debrief::debrief_file(&args.recording, &doc.plan)?;
    let json = match &args.json {
        Some(JsonTarget::File(p)) => Some(p.clone()),
        _ => None,
    };
    let set = files::files(&doc.plan, &d, json, args.pdf.clone(), args.paper.into())?;
    crate::export::write_all_atomic(&set)?;
    if args.json == Some(JsonTarget::Stdout) {
        return super::write_json(out, &d);
    }
    write_summary(&d, out).map_err(CliError::Output)?;
    for (path, _) in &set {
        let line = t!("cli-debrief-written", path = format::printable_path(path));
        writeln!(out, "{line}").map_err(CliError::Output)?;
    }
    Ok(())
}

/// A descent's name without its bracketed note, at most 24 characters.
fn short_name(name: &str) -> String {
    let name = name.split(" (").next().unwrap_or(name);
    format::printable(name).chars().take(24).collect()
}

/// The readable summary: the verdict, the descents, then every km.
pub fn write_summary(d: &Debrief, out: &mut dyn Write) -> std::io::Result<()> {
    let head = t!(
        "cli-debrief-head",
        course = format::printable(&d.course_name)
    );
    writeln!(out, "{head}")?;
    writeln!(out, "{}\n", d.verdict)?;
    let line = t!(
        "cli-debrief-over-read",
        pct = format::num_signed(d.over_read_pct, 2),
        recorded = format::km(d.recorded_distance_m, 2),
        course = format::km(d.course_distance_m, 2),
        // An option's value to type back in: a decimal point in every language.
        next = format!("{:.1}", d.next_plan_over_read_pct)
    );
    writeln!(out, "{line}")?;
    writeln!(out, "\n{}", t!("cli-debrief-descents-head"))?;
    for x in &d.descents {
        let flag = if x.rushed {
            let pct = format::num(x.faster_than_cap_pct, 0);
            t!("pdf-debrief-rushed", pct = pct)
        } else {
            t!("pdf-debrief-held")
        };
        let after = x.flat_after.as_ref().map_or_else(String::new, |f| {
            let line = t!(
                "cli-debrief-after",
                planned = format::pace(f.planned_pace_s_per_km),
                run = format::pace(f.actual_pace_s_per_km),
                delta = signed(f.delta_s)
            );
            if f.faded {
                format!("{line} {}", t!("pdf-debrief-faded"))
            } else {
                line
            }
        });
        writeln!(
            out,
            "{:<24} {:>5}-{:<5} {:>6} {:>6} {:>6}   {:<11} {after}",
            short_name(&x.name),
            format::km(x.start_m, 1),
            format::km(x.end_m, 1),
            format::pace(x.cap_pace_s_per_km),
            format::pace(x.actual_pace_s_per_km),
            signed(x.delta_s),
            flag
        )?;
    }
    writeln!(out, "\n{}", t!("cli-debrief-km-head"))?;
    for k in &d.km {
        writeln!(
            out,
            "{:<8} {:>8} {:>6} {:>6} {:>7}",
            k.label,
            format::pace(k.planned_pace_s_per_km),
            format::pace(k.actual_pace_s_per_km),
            signed(k.delta_s),
            signed(k.cumulative_delta_s)
        )?;
    }
    if let Some(hr) = &d.heart_rate {
        let line = t!(
            "cli-debrief-heart-rate",
            first = format::num(hr.first_half_bpm, 0),
            second = format::num(hr.second_half_bpm, 0),
            decoupling = format::num_signed(hr.decoupling_pct, 1)
        );
        writeln!(out, "\n{line}")?;
    }
    Ok(())
}
