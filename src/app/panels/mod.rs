//! The side panel, one file per section. Each section reads the app state and either edits
//! a draft of the settings (sliders need something to move) or returns commands; the side
//! panel turns a changed draft into one command, so the app re-plans once per change.

mod corrections;
mod course;
mod descents;
mod edit;
mod energy;
mod race;
mod race_morning;
mod runs;
mod splits;
mod strategy;
mod training;
mod training_ground;

pub use race::{RacePanel, goal_range_s};

use super::AppView;
use super::command::Command;

/// The small state the panels keep between frames (text being typed).
#[derive(Default)]
pub struct Panels {
    /// The Race section's text fields.
    pub race: RacePanel,
    /// The selected descent's editor (text and numbers being typed).
    pub edit: edit::EditPanel,
    /// The official figures being typed.
    pub official: corrections::OfficialPanel,
    /// The race-morning section's text fields.
    pub morning: race_morning::RaceMorningPanel,
    /// The "Export for watch" window's text fields.
    pub watch: crate::app::watch_export::WatchPanel,
}

/// Draws the whole side panel.
pub fn side_panel_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    panels: &mut Panels,
    out: &mut Vec<Command>,
) {
    course::ui(ui, app);
    panels.official.ui(ui, app, out);
    let mut plan = app.settings.plan.clone();
    panels.race.ui(ui, app, &mut plan);
    panels.morning.ui(ui, app, &mut plan);
    strategy::ui(ui, &mut plan);
    descents::ui(ui, app, &mut panels.edit, &mut plan, out);
    if plan != app.settings.plan {
        out.push(Command::SetPlan(Box::new(plan)));
    }
    splits::ui(ui, app, out);
    energy::ui(ui, app);
    runs::ui(ui, app, out);
    let mut block = app.settings.training.clone();
    training::ui(ui, app, &mut block, out);
    if block != app.settings.training {
        out.push(Command::SetTraining(block));
    }
}

/// A slider with a tooltip that says what it means for the runner.
fn slider(
    ui: &mut egui::Ui,
    value: &mut f64,
    range: std::ops::RangeInclusive<f64>,
    label: &str,
    suffix: &str,
    help: &str,
) -> egui::Response {
    ui.add(
        egui::Slider::new(value, range)
            .text(label)
            .suffix(suffix)
            .fixed_decimals(0),
    )
    .on_hover_text(help)
}

/// Shows a slider's or a field's value with `decimals` decimals in the window's language
/// (a decimal comma in Vietnamese).
pub(crate) fn local_decimals(
    decimals: usize,
) -> impl Fn(f64, std::ops::RangeInclusive<usize>) -> String {
    move |value, _| crate::i18n::number(value, decimals)
}

/// Reads a number typed with a decimal point or a decimal comma.
pub(crate) fn parse_local(text: &str) -> Option<f64> {
    text.trim().replace(',', ".").parse().ok()
}
