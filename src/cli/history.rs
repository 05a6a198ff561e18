//! `history`: the runner's own grade curve from their timed activities (a GPX, TCX or FIT
//! file, or a folder of them) and the downhill metres of the last 6 weeks; also loads the
//! curve for `plan --model personal --history DIR_OR_FILE`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use serde::Serialize;

use super::CliError;
use super::args::{self, JsonTarget, ModelArg};
use crate::format::num;
use crate::history::{self, History, LeftOut};
use crate::plan::{PaceModel, PersonalCurve};
use crate::t;

/// Arguments of `history`.
#[derive(Debug, clap::Args)]
pub struct HistoryArgs {
    /// Language of the readable output and the files: en or vi (default: the system's
    /// language when it is one of these, else English). JSON keys stay English.
    #[arg(long, ignore_case = true, value_parser = args::choice::<args::LangArg>())]
    pub lang: Option<args::LangArg>,
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

/// The user's cache file (see [`history::folder::default_cache`]).
pub fn default_cache() -> Option<PathBuf> {
    history::folder::default_cache()
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
        return Err(CliError::Usage(t!(
            "cli-history-no-run",
            path = crate::format::printable_path(path),
            files = (h.activities.len() + l.unreadable_files).to_string(),
            unreadable = l.unreadable_files.to_string(),
            untimed = l.untimed_activities.to_string(),
            not_running = l.not_running.to_string(),
            no_flat = l.no_flat_reference.to_string()
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
            PaceModel::Personal => Err(CliError::Usage(t!("cli-history-needed"))),
            _ => Ok(None),
        };
    };
    let cache = default_cache();
    let (_, curve) = load(path, cache.as_deref(), model, history::MIN_BLOCKS)?;
    Ok(Some(Box::new(curve)))
}

/// Height descended in the last 6 weeks (up to today) in the runs of `path` (cached in
/// the user's cache folder), metres: the training block's starting level.
pub fn recent_descent_m(path: &Path) -> Result<f64, CliError> {
    let cache = default_cache();
    let h = history::import(path, cache.as_deref(), &|_, _| {}, &AtomicBool::new(false))?;
    Ok(h.downhill_m_recent(end_of_today_s()))
}

/// Unix seconds at the end of today.
fn end_of_today_s() -> f64 {
    crate::date::Date::today().days_since_epoch() as f64 * 86_400.0 + 86_399.0
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
    let now = end_of_today_s();
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
    let line = t!(
        "cli-history-counts",
        files = r.files.to_string(),
        runs = r.runs_used.to_string(),
        blocks = l.blocks_kept.to_string()
    );
    writeln!(out, "{line}")?;
    let line = t!(
        "cli-history-left-out",
        unreadable = l.unreadable_files.to_string(),
        untimed = l.untimed_activities.to_string(),
        not_running = l.not_running.to_string(),
        no_flat = l.no_flat_reference.to_string(),
        stops = l.stops.to_string(),
        jumps = l.gps_jumps.to_string(),
        broken = l.broken_elevation_blocks.to_string()
    );
    writeln!(out, "{line}")?;
    writeln!(out, "\n{}", t!("cli-history-head"))?;
    for b in r.curve.bins.iter().filter(|b| b.blocks > 0) {
        writeln!(
            out,
            "{:>4} %  {:6}  {:>6}  {}-{}  {:>10}  {:>6}  {}",
            crate::format::num_signed(b.grade_pct, 0),
            b.blocks,
            num(b.median_ratio, 3),
            num(b.ratio_low, 3),
            num(b.ratio_high, 3),
            num(b.speed_ratio, 3),
            num(r.curve.factor(b.grade_pct), 3),
            if b.fallback {
                r.curve.fallback_model().id().to_string()
            } else {
                t!("cli-history-yours")
            }
        )?;
    }
    let line = t!(
        "cli-history-downhill",
        last = crate::format::num(r.downhill_m_last_6_weeks, 0),
        latest = crate::format::num(r.downhill_m_6_weeks_to_latest, 0)
    );
    writeln!(out, "\n{line}")?;
    writeln!(
        out,
        "{}",
        t!("cli-method", method = r.curve.method.as_str())
    )?;
    writeln!(
        out,
        "{}",
        t!(
            "cli-history-effort",
            runs = l.runs_with_heart_rate,
            off = l.off_effort_blocks,
            band = format!("{:.0}", history::effort::HR_BAND_FRACTION * 100.0)
        )
    )
}
