//! `history`: the runner's own grade curve from their timed activities (a GPX, TCX or FIT
//! file, or a folder of them) and the downhill metres of the last 6 weeks; also loads the
//! curve for `plan --model personal --history DIR_OR_FILE`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use serde::Serialize;

use super::CliError;
use super::args::{self, JsonTarget, ModelArg};
use crate::history::{self, History, LeftOut};
use crate::plan::{PaceModel, PersonalCurve};

/// Arguments of `history`.
#[derive(Debug, clap::Args)]
pub struct HistoryArgs {
    /// A timed activity (GPX, TCX or FIT) or a folder of them (searched 8 levels deep).
    pub path: PathBuf,
    /// Write the curve as JSON to this file, or `-` for standard output.
    #[arg(long)]
    pub json: Option<JsonTarget>,
    /// The built-in model used on grades where you have too few blocks.
    #[arg(
        long,
        default_value = "strava",
        ignore_case = true,
        value_parser = args::choice::<ModelArg>()
    )]
    pub fallback: ModelArg,
    /// Fewest ~100 m blocks a 1 % grade bin needs before your own pace is used there.
    #[arg(long, default_value_t = history::MIN_BLOCKS)]
    pub min_blocks: usize,
    /// Cache file (default: downhill-planner/history-cache.json in the user's cache folder).
    #[arg(long, value_name = "FILE")]
    pub cache: Option<PathBuf>,
    /// Read every file again and keep no cache.
    #[arg(long)]
    pub no_cache: bool,
}

/// What `history --json` prints.
#[derive(Debug, Serialize)]
pub struct HistoryReport {
    /// Activity files found (read or from the cache).
    pub files: usize,
    /// Runs the curve was fitted on.
    pub runs_used: usize,
    /// What was left out, and why.
    pub left_out: LeftOut,
    /// Downhill metres run in the 6 weeks up to today.
    pub downhill_m_last_6_weeks: f64,
    /// Downhill metres in the 6 weeks up to the latest activity (for an old history).
    pub downhill_m_6_weeks_to_latest: f64,
    /// The curve.
    pub curve: PersonalCurve,
}

/// The user's cache file: `$XDG_CACHE_HOME` or `~/.cache` (Linux, macOS), `%LOCALAPPDATA%`
/// (Windows), then `downhill-planner/history-cache.json`.
pub fn default_cache() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("LOCALAPPDATA").map(PathBuf::from))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("downhill-planner").join("history-cache.json"))
}

/// Imports the activities of `path` and fits the curve; an error when no run is usable.
pub fn load(
    path: &Path,
    cache: Option<&Path>,
    fallback: PaceModel,
    min_blocks: usize,
) -> Result<(History, PersonalCurve), CliError> {
    let h = history::import(path, cache, &|_, _| {}, &AtomicBool::new(false))?;
    let curve = h.curve(fallback, min_blocks.max(1));
    if curve.activities == 0 {
        let l = &h.left_out;
        return Err(CliError::Usage(format!(
            "No usable timed run in {} ({} files: {} unreadable, {} without times, {} not \
             running, {} without flat stretches).",
            crate::format::printable_path(path),
            h.activities.len() + l.unreadable_files,
            l.unreadable_files,
            l.untimed_activities,
            l.not_running,
            l.no_flat_reference
        )));
    }
    Ok((h, curve))
}

/// The personal curve for `plan`: required with `--model personal`, fitted from
/// `--history` (cached in the user's cache folder); None without `--history`.
pub fn for_plan(
    model: PaceModel,
    history: Option<&Path>,
) -> Result<Option<Box<PersonalCurve>>, CliError> {
    let Some(path) = history else {
        return match model {
            PaceModel::Personal => Err(CliError::Usage(
                "--model personal needs your runs: add --history DIR_OR_FILE.".into(),
            )),
            _ => Ok(None),
        };
    };
    let cache = default_cache();
    let (_, curve) = load(path, cache.as_deref(), model, history::MIN_BLOCKS)?;
    Ok(Some(Box::new(curve)))
}

/// Runs `history`.
pub fn run(args: &HistoryArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let cache = if args.no_cache {
        None
    } else {
        args.cache.clone().or_else(default_cache)
    };
    let (h, curve) = load(
        &args.path,
        cache.as_deref(),
        args.fallback.into(),
        args.min_blocks,
    )?;
    let now = crate::date::Date::today().days_since_epoch() as f64 * 86_400.0 + 86_399.0;
    let report = HistoryReport {
        files: h.activities.len() + h.left_out.unreadable_files,
        runs_used: curve.activities,
        left_out: h.left_out,
        downhill_m_last_6_weeks: h.downhill_m_recent(now),
        downhill_m_6_weeks_to_latest: h.downhill_m_recent(h.latest_start_s()),
        curve,
    };
    match &args.json {
        Some(JsonTarget::Stdout) => return super::write_json(out, &report),
        Some(JsonTarget::File(p)) => {
            let text = serde_json::to_string_pretty(&report).map_err(CliError::Json)?;
            super::write_atomic(p, text.as_bytes())?;
        }
        None => {}
    }
    write_summary(&report, out).map_err(CliError::Output)
}

/// The readable summary: counts, the curve's bins with data, the downhill metres.
pub fn write_summary(r: &HistoryReport, out: &mut dyn Write) -> std::io::Result<()> {
    let l = &r.left_out;
    writeln!(
        out,
        "{} files, {} runs used, {} blocks of ~100 m",
        r.files, r.runs_used, l.blocks_kept
    )?;
    writeln!(
        out,
        "Left out: {} unreadable, {} without times, {} not running, {} without flat \
         stretches; {} stops, {} GPS jumps, {} blocks of broken elevation",
        l.unreadable_files,
        l.untimed_activities,
        l.not_running,
        l.no_flat_reference,
        l.stops,
        l.gps_jumps,
        l.broken_elevation_blocks
    )?;
    writeln!(
        out,
        "\ngrade  blocks  median  95 % band    speed/flat  time x  used"
    )?;
    for b in r.curve.bins.iter().filter(|b| b.blocks > 0) {
        writeln!(
            out,
            "{:+4.0} %  {:6}  {:6.3}  {:.3}-{:.3}  {:10.3}  {:6.3}  {}",
            b.grade_pct,
            b.blocks,
            b.median_ratio,
            b.ratio_low,
            b.ratio_high,
            b.speed_ratio,
            r.curve.factor(b.grade_pct),
            if b.fallback {
                r.curve.fallback_model().id()
            } else {
                "yours"
            }
        )?;
    }
    writeln!(
        out,
        "\nDownhill run in the last 6 weeks: {:.0} m (6 weeks to your latest run: {:.0} m)",
        r.downhill_m_last_6_weeks, r.downhill_m_6_weeks_to_latest
    )?;
    writeln!(out, "Method: {}", r.curve.method)?;
    writeln!(
        out,
        "Heart rate is not used: blocks are compared with each run's own flat pace."
    )
}
