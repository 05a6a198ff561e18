//! The command line: `analyze`, `plan`, `train`, `history`, `debrief`, `make-samples`; the
//! same core as the app. One file per subcommand (its clap arguments and its run
//! function); [`args`] holds the values and choices they share.
//!
//! Contract: exit 0 on success; when a file or a setting cannot be used, exit 2 with one
//! line `error: <sentence>` on stderr. A closed standard output (`plan ... | head -1`) ends
//! the command quietly with exit 0.

pub mod analyze;
pub mod args;
pub mod debrief;
pub mod history;
pub mod plan;
pub mod samples;
pub mod summary;
pub mod train;

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Parser, Subcommand};

use crate::course::{Course, LoadError};
use crate::document::DocumentError;
use crate::export::ExportError;
use crate::format;
use crate::plan::PlanError;
use crate::training::TrainingError;

pub use analyze::write_summary;
pub use summary::write_plan_summary;
pub use train::{TrainReport, train_report, write_training_summary};

/// Downhill Planner: find the bridge and pass descents of a race course and plan them.
#[derive(Debug, Parser)]
#[command(
    name = "downhill-planner",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// The headless command to run; none opens the app.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A GPX course to open in the app (default: a bundled sample race).
    pub file: Option<PathBuf>,
}

/// The subcommands, one file each.
// `plan` has many options (watch files included); the value is parsed once per run, so
// its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Distance, climb and every descent of a GPX course.
    Analyze(analyze::AnalyzeArgs),
    /// Race-day plan: goal time to grade-adjusted paces, energy and descent load.
    Plan(plan::PlanArgs),
    /// Your own grade curve from your timed runs (GPX, TCX, FIT; a file or a folder) and
    /// the downhill metres of the last 6 weeks.
    History(history::HistoryArgs),
    /// A race recording (GPX, TCX, FIT) against its saved plan: each km and descent,
    /// rushed descents, the flat after them, the watch's over-read.
    Debrief(debrief::DebriefArgs),
    /// Downhill training block to race day: sessions, calendar (.ics) and watch workouts (FIT).
    Train(train::TrainArgs),
    /// Write a synthetic Garmin-style recording (laps of a sample race at 1 s, with heart
    /// rate), for benchmarks and load tests.
    #[command(hide = true)]
    MakeRecording(samples::RecordingArgs),
    /// Write the bundled sample courses as GPX files (they are built from legs in code).
    MakeSamples(samples::SamplesArgs),
}

/// Why a command failed: printed as `error: <sentence>` on one line, exit code 2. Each
/// variant keeps its typed cause (and the file it concerns).
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A course file could not be read or holds no usable course.
    #[error("{}", load_sentence(.source, .path))]
    Load {
        /// Why the course could not be loaded.
        source: LoadError,
        /// The file given on the command line.
        path: PathBuf,
    },
    /// The race plan cannot be made (impossible goal, a setting out of range...).
    #[error(transparent)]
    Plan(#[from] PlanError),
    /// The plan document cannot be built.
    #[error(transparent)]
    Document(#[from] DocumentError),
    /// The training block cannot be built.
    #[error(transparent)]
    Training(#[from] TrainingError),
    /// A file (JSON, PDF, calendar, workouts) could not be made or written.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// A file or folder the command makes could not be created or written.
    #[error("{context} ({source}): {}", format::printable_path(.path))]
    Io {
        /// What the command was doing, as the start of a sentence.
        context: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// Writing the results to standard output failed (a closed pipe, a full disk).
    #[error(transparent)]
    Output(std::io::Error),
    /// The train report could not be turned into JSON.
    #[error(transparent)]
    Json(serde_json::Error),
    /// The runner's activities could not be read.
    #[error(transparent)]
    History(#[from] crate::history::HistoryError),
    /// A race recording cannot be debriefed.
    #[error(transparent)]
    Debrief(#[from] crate::history::debrief::DebriefError),
    /// The bundled samples could not be written.
    #[error("{0}")]
    Samples(String),
    /// An argument's value cannot be used (a goal that is not a time, a bad date...).
    #[error("{0}")]
    Usage(String),
}

impl CliError {
    /// True when standard output was closed by its reader (`... | head -1`): the command
    /// ends quietly with exit 0, as command-line tools do.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, CliError::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// The load sentence names the file: the reader's own sentence already ends with it for a
/// file that cannot be opened; the others get it in brackets.
fn load_sentence(source: &LoadError, path: &Path) -> String {
    match source {
        LoadError::Io { .. } | LoadError::NotAFile { .. } | LoadError::TooLarge { .. } => {
            source.to_string()
        }
        other => format!(
            "{} ({})",
            other.to_string().trim_end_matches('.'),
            format::printable_path(path)
        ),
    }
}

/// Runs a subcommand, writing its results to `out` (flushed before returning).
pub fn run(command: Command, out: &mut dyn Write) -> Result<(), CliError> {
    let lang = lang_of(&command);
    crate::i18n::with_lang(lang, || run_in(command, out))
}

/// The language of a subcommand's output and error sentence: `--lang`, else the system's.
pub fn lang_of(command: &Command) -> crate::i18n::Lang {
    let lang = match command {
        Command::Analyze(a) => a.lang,
        Command::Plan(a) => a.lang,
        Command::Train(a) => a.lang,
        Command::History(a) => a.lang,
        Command::Debrief(a) => a.lang,
        _ => None,
    };
    lang.map_or_else(crate::i18n::Lang::from_env, Into::into)
}

fn run_in(command: Command, out: &mut dyn Write) -> Result<(), CliError> {
    match command {
        Command::Analyze(args) => analyze::run(&args, out),
        Command::Plan(args) => plan::run(&args, out),
        Command::Train(args) => train::run(&args, out),
        Command::History(args) => history::run(&args, out),
        Command::Debrief(args) => debrief::run(&args, out),
        Command::MakeRecording(args) => samples::make_recording(&args, out),
        Command::MakeSamples(args) => samples::make_samples(&args, out),
    }?;
    out.flush().map_err(CliError::Output)
}

/// The one line shown when clap refuses the command line (after `error: `): clap's first
/// line, the values a choice takes when one was wrong, and a pointer to `--help`.
pub fn usage_error_line(e: &clap::Error) -> String {
    let text = e.to_string();
    let first = text
        .lines()
        .next()
        .unwrap_or("invalid arguments")
        .trim_start_matches("error: ");
    let choices = match (e.kind(), e.get(ContextKind::ValidValue)) {
        (ErrorKind::InvalidValue, Some(ContextValue::Strings(valid))) if !valid.is_empty() => {
            format!("; use {}", or_list(valid))
        }
        _ => String::new(),
    };
    // Clap lists the missing arguments on the lines after the first: name them on this one.
    let missing = match (e.kind(), e.get(ContextKind::InvalidArg)) {
        (ErrorKind::MissingRequiredArgument, Some(ContextValue::Strings(args)))
            if !args.is_empty() =>
        {
            format!(" {}", args.join(", "))
        }
        _ => String::new(),
    };
    format!("{first}{missing}{choices} (see --help)")
}

/// `a, b or c`.
fn or_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Loads a course for a command; the error names the file.
pub fn load(file: &Path) -> Result<Course, CliError> {
    Course::load_path(file).map_err(|source| CliError::Load {
        source,
        path: file.to_path_buf(),
    })
}

/// Writes a file safely (temporary file + rename); see [`crate::export::write_atomic`].
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    Ok(crate::export::write_atomic(path, bytes)?)
}

/// Writes `value` as pretty JSON and a newline to standard output.
fn write_json<T: serde::Serialize>(out: &mut dyn Write, value: &T) -> Result<(), CliError> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| CliError::Output(e.into()))?;
    writeln!(out).map_err(CliError::Output)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::PaceModel;

    fn parse(args: &[&str]) -> Result<Command, clap::Error> {
        let cli = Cli::try_parse_from(["downhill-planner"].iter().chain(args))?;
        cli.command
            .ok_or_else(|| clap::Error::new(ErrorKind::MissingSubcommand))
    }

    #[test]
    fn choices_ignore_case_and_spaces_and_take_aliases() {
        let Ok(Command::Plan(p)) = parse(&["plan", "a.gpx", "--goal", "4:00", "--model", " KAY "])
        else {
            panic!("plan parses");
        };
        assert_eq!(PaceModel::from(p.model), PaceModel::Kay);
        let Ok(Command::Plan(p)) =
            parse(&["plan", "a.gpx", "--goal", "4:00", "--paper", "US-Letter"])
        else {
            panic!("plan parses");
        };
        assert_eq!(p.paper, args::PaperArg::Letter);
        let Ok(Command::Train(t)) = parse(&["train", "--goal", "4:00", "--experience", "New"])
        else {
            panic!("train parses");
        };
        assert_eq!(t.experience, args::ExperienceArg::New);
    }

    #[test]
    fn a_bad_choice_is_one_line_that_lists_the_choices() {
        for (args, expected) in [
            (
                &["plan", "a.gpx", "--goal", "4:00", "--model", "magic"][..],
                "invalid value 'magic' for '--model <MODEL>'; use strava, kay, minetti or \
                 personal (see --help)",
            ),
            (
                &["plan", "a.gpx", "--goal", "4:00", "--paper", "b5"][..],
                "invalid value 'b5' for '--paper <PAPER>'; use a4 or letter (see --help)",
            ),
            (
                &[
                    "train",
                    "--goal",
                    "4:00",
                    "--weeks",
                    "8",
                    "--experience",
                    "pro",
                ][..],
                "invalid value 'pro' for '--experience <EXPERIENCE>'; use new, some or \
                 experienced (see --help)",
            ),
        ] {
            let Err(e) = parse(args) else {
                panic!("{args:?} is refused");
            };
            assert_eq!(e.kind(), ErrorKind::InvalidValue);
            assert_eq!(usage_error_line(&e), expected);
        }
    }

    #[test]
    fn a_missing_argument_is_named() {
        let Err(e) = parse(&["plan", "a.gpx"]) else {
            panic!("plan without a goal is refused");
        };
        assert_eq!(e.kind(), ErrorKind::MissingRequiredArgument);
        assert_eq!(
            usage_error_line(&e),
            "the following required arguments were not provided: --goal <GOAL> (see --help)"
        );
    }

    #[test]
    fn only_a_closed_pipe_is_quiet() {
        let pipe = CliError::Output(std::io::ErrorKind::BrokenPipe.into());
        assert!(pipe.is_broken_pipe());
        let full = CliError::Output(std::io::Error::other("disk full"));
        assert!(!full.is_broken_pipe());
        assert!(!CliError::Usage("x".into()).is_broken_pipe());
    }

    #[test]
    fn load_errors_name_the_file() {
        let e = load(Path::new("/no/such/course.gpx")).err();
        assert!(matches!(e, Some(CliError::Load { .. })));
        let text = e.map(|e| e.to_string()).unwrap_or_default();
        assert!(text.ends_with("/no/such/course.gpx"), "{text}");
        let empty = CliError::Load {
            source: LoadError::Empty,
            path: PathBuf::from("e.gpx"),
        };
        assert!(
            empty.to_string().ends_with("route planner (e.gpx)"),
            "{empty}"
        );
    }
}
