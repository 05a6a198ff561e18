//! `downhill-planner`: the desktop app, or a headless command (see `--help`).
//!
//! Exit codes: 0 on success (and when standard output is closed early, as in
//! `downhill-planner plan ... | head -1`); 2 with one line `error: <sentence>` on stderr when
//! the command line, a file or a setting cannot be used.

use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;
use downhill_planner::cli::{self, Cli};

fn main() -> ExitCode {
    let args = match Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            print_error(&cli::usage_error_line(&e));
            return ExitCode::from(2);
        }
    };
    let Some(command) = args.command else {
        return downhill_planner::app::run(args.file);
    };
    // The error sentence is in the command's language, as its output.
    let lang = cli::lang_of(&command);
    match cli::run(command, &mut std::io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader has what it wanted (`| head -1`): end quietly, as command-line tools do.
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            // One line, as every other error.
            let sentence = downhill_planner::i18n::with_lang(lang, || e.to_string());
            print_error(&sentence.replace('\n', " "));
            ExitCode::from(2)
        }
    }
}

/// `error: <sentence>` on standard error; when standard error itself cannot be written
/// (`2>/dev/full`), nothing more can be said: the exit code still tells.
fn print_error(sentence: &str) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = writeln!(
        err,
        "error: {}",
        downhill_planner::format::printable(sentence)
    );
    let _ = err.flush();
}
