//! The status bar (load progress, the last message or a hint) and the drop overlay.

use super::{AppView, theme};
use crate::t;

/// A message in the status bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// One sentence for the runner.
    pub text: String,
    /// Shown in the error colour.
    pub is_error: bool,
}

/// Draws the status bar.
pub fn status_ui(ui: &mut egui::Ui, app: &AppView<'_>) {
    ui.horizontal(|ui| {
        if let Some(job) = app.loading {
            ui.spinner();
            ui.label(t!("status-loading", name = job.source.display_name()));
            if let Some(p) = job.progress() {
                ui.add(
                    egui::ProgressBar::new(p)
                        .desired_width(160.0)
                        .show_percentage(),
                );
            }
        }
        if let Some(m) = app.message {
            let color = if m.is_error {
                theme::ERROR
            } else {
                ui.visuals().text_color()
            };
            ui.colored_label(color, &m.text);
        } else if app.loading.is_none() {
            ui.weak(t!("status-drop-hint"));
        }
    });
}

/// While a file is dragged over the window: what will happen when it is dropped.
pub fn drop_overlay(ctx: &egui::Context) {
    let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
    if !hovering {
        return;
    }
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-overlay"),
    ));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, theme::OVERLAY);
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        format!("{}\n{}", t!("status-drop-open"), t!("status-drop-keep")),
        egui::FontId::proportional(22.0),
        egui::Color32::WHITE,
    );
}
