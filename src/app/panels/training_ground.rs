//! The runner's training ground inside the Training section: which file, its profile with
//! the stretches found for each workout shaded, and where each stretch is.

use egui_plot::{Line, Plot, PlotPoints, Span};

use crate::app::command::Command;
use crate::app::dialogs::DialogKind;
use crate::app::session::Ground;
use crate::app::{AppView, theme};
use crate::t;

/// Draws the training ground part of the Training section.
pub fn ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    let ground = app.session.ground();
    ui.horizontal(|ui| {
        match ground {
            Some(g) => {
                ui.label(t!(
                    "panel-ground",
                    name = crate::format::printable(&g.course.name),
                    count = g.spots.len(),
                ));
            }
            None => {
                ui.weak(t!("panel-ground-none"));
            }
        }
        if ui
            .button(t!("panel-ground-open"))
            .on_hover_text(t!("panel-ground-open-help"))
            .clicked()
        {
            out.push(Command::Ask(DialogKind::OpenGround));
        }
    });
    if let Some(g) = ground {
        plot_ui(ui, g);
        for s in &g.spots {
            ui.colored_label(
                theme::workout(s.kind),
                format!("• {}: {}", s.kind.label(), s.describe(&g.course.name)),
            );
        }
    }
}

/// The training ground's profile with the stretches found for each workout shaded.
fn plot_ui(ui: &mut egui::Ui, g: &Ground) {
    if g.view.elevation.is_empty() {
        ui.weak(t!("panel-ground-no-elevation"));
        return;
    }
    Plot::new("training-ground")
        .height(130.0)
        .x_axis_label("km")
        .y_axis_label("m")
        .allow_scroll(false)
        .show(ui, |pui| {
            for s in &g.spots {
                pui.span(
                    Span::new(s.kind.label(), s.start_m / 1000.0..=s.end_m / 1000.0)
                        .fill(theme::workout(s.kind).gamma_multiply(0.35))
                        .border_width(0.0),
                );
            }
            pui.line(
                Line::new(
                    t!("panel-ground-line"),
                    PlotPoints::Borrowed(&g.view.elevation),
                )
                .color(theme::ELEVATION),
            );
        });
}
