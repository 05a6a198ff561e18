//! `downhill-planner`: the desktop app, or a headless command (see `--help`).

use clap::Parser;
use downhill_planner::cli::{self, Cli};

fn main() -> std::process::ExitCode {
    let args = match Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return std::process::ExitCode::SUCCESS;
            }
            // One line, as every other error: clap's first line without its own prefix.
            let text = e.to_string();
            let first = text
                .lines()
                .next()
                .unwrap_or("invalid arguments")
                .trim_start_matches("error: ");
            eprintln!("error: {first} (see --help)");
            return std::process::ExitCode::from(2);
        }
    };
    match args.command {
        Some(command) => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            match cli::run(command, &mut out) {
                Ok(()) => std::process::ExitCode::SUCCESS,
                Err(e) => {
                    let msg = e.0.replace('\n', " ");
                    eprintln!("error: {msg}");
                    std::process::ExitCode::from(2)
                }
            }
        }
        None => downhill_planner::app::run(args.file),
    }
}
