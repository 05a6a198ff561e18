//! `downhill-planner`: the desktop app, or a headless command (see `--help`).

use clap::Parser;
use downhill_planner::cli::{self, Cli};

fn main() -> std::process::ExitCode {
    let args = Cli::parse();
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
