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

/// Arguments of `debrief`.
#[derive(Debug, clap::Args)]
pub struct DebriefArgs {
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
        writeln!(out, "Written: {}", format::printable_path(path)).map_err(CliError::Output)?;
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
    writeln!(out, "Race debrief: {}", format::printable(&d.course_name))?;
    writeln!(out, "{}\n", d.verdict)?;
    writeln!(
        out,
        "Watch over-read {:+.2} % ({} recorded for {} km); plan the next race with \
         --watch-over-read {:.1}",
        d.over_read_pct,
        format::km(d.recorded_distance_m, 2),
        format::km(d.course_distance_m, 2),
        d.next_plan_over_read_pct
    )?;
    writeln!(
        out,
        "\nDescent                     km      cap    run    +/-   flag        flat after"
    )?;
    for x in &d.descents {
        let flag = if x.rushed {
            format!("RUSHED {:.0} %", x.faster_than_cap_pct)
        } else {
            "held".into()
        };
        let after = x.flat_after.as_ref().map_or_else(String::new, |f| {
            format!(
                "{} planned, {} run ({}){}",
                format::pace(f.planned_pace_s_per_km),
                format::pace(f.actual_pace_s_per_km),
                signed(f.delta_s),
                if f.faded { " faded" } else { "" }
            )
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
    writeln!(out, "\nSplit     planned    run    +/-   total")?;
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
        writeln!(
            out,
            "\nHeart rate: {:.0} bpm first half, {:.0} second half; pace:HR decoupling {:+.1} %",
            hr.first_half_bpm, hr.second_half_bpm, hr.decoupling_pct
        )?;
    }
    Ok(())
}
