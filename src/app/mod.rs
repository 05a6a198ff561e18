//! The egui/eframe desktop app.

/// Opens the app window (built in the desktop-app issue).
pub fn run(_file: Option<std::path::PathBuf>) -> std::process::ExitCode {
    eprintln!("The desktop app is not built yet; use `downhill-planner analyze FILE`.");
    std::process::ExitCode::from(2)
}
