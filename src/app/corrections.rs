//! The runner's corrections in the app: applied with undo and redo, remembered per course
//! (by its fingerprint) in the persisted settings, the keyboard shortcuts, and the two small
//! windows (what a stretch picked on the profile is; "remove every correction?").

use egui::RichText;

use super::command::Command;
use super::{AppView, DownhillApp};
use crate::course::corrections::{StretchKind, StretchMark};
use crate::course::{Corrections, DescentOrigin, Warning};
use crate::t;

/// Most undo steps kept per course.
const MAX_UNDO: usize = 200;

impl DownhillApp {
    /// New corrections for the course on screen: the old ones go on the undo stack, the
    /// plan follows at once, the selected descent stays selected.
    pub(super) fn correct(&mut self, corrections: Corrections) {
        if corrections == self.analysis_settings.corrections {
            return;
        }
        let old = std::mem::replace(&mut self.analysis_settings.corrections, corrections);
        self.ui.undo.push(old);
        if self.ui.undo.len() > MAX_UNDO {
            self.ui.undo.remove(0);
        }
        self.ui.redo.clear();
        self.after_correction();
    }

    /// Undoes the last correction (nothing when there is none).
    pub(super) fn undo(&mut self) {
        if let Some(previous) = self.ui.undo.pop() {
            let now = std::mem::replace(&mut self.analysis_settings.corrections, previous);
            self.ui.redo.push(now);
            self.after_correction();
            self.info(t!("corr-undone"));
        }
    }

    /// Redoes the last undone correction.
    pub(super) fn redo(&mut self) {
        if let Some(next) = self.ui.redo.pop() {
            let now = std::mem::replace(&mut self.analysis_settings.corrections, next);
            self.ui.undo.push(now);
            self.after_correction();
            self.info(t!("corr-redone"));
        }
    }

    /// Re-plans, keeps the selection on the same descent, and remembers the corrections.
    fn after_correction(&mut self) {
        let selected = self.selected_origin();
        self.refresh();
        self.ui.selected_descent = selected.and_then(|origin| {
            let view = self.session.view()?;
            view.analysis.origins.iter().position(|o| *o == origin)
        });
        self.ui.stretch = None;
        self.ui.confirm_reset = false;
        // A correction the reading cannot follow is said at once, where the runner looks.
        let refused = self.session.view().and_then(|v| {
            v.analysis
                .warnings
                .iter()
                .find(|w| {
                    matches!(
                        w,
                        Warning::NotDownhill { .. } | Warning::CorrectionsLost { .. }
                    )
                })
                .map(ToString::to_string)
        });
        if let Some(text) = refused {
            self.error(format!("{text}."));
        }
        let Some(course) = self.session.course() else {
            return;
        };
        let key = course.fingerprint();
        let c = &self.analysis_settings.corrections;
        if c.is_empty() {
            self.settings.corrections.remove(&key);
        } else {
            self.settings.corrections.insert(key, c.clone());
        }
    }

    /// Where the selected descent comes from (it keeps that through a correction).
    fn selected_origin(&self) -> Option<DescentOrigin> {
        let k = self.ui.selected_descent?;
        self.session.view()?.analysis.origins.get(k).copied()
    }

    /// The corrections a newly loaded course starts with: the plan's being restored
    /// (`restored`, remembered from now on), else the ones remembered for it, else none.
    /// The undo history belongs to the old course and is dropped.
    pub(super) fn corrections_for(&mut self, fingerprint: &str, restored: Option<Corrections>) {
        let corrections = match restored {
            Some(c) => {
                if !c.is_empty() {
                    self.settings
                        .corrections
                        .insert(fingerprint.to_string(), c.clone());
                }
                c
            }
            None => self
                .settings
                .corrections
                .get(fingerprint)
                .cloned()
                .unwrap_or_default(),
        };
        self.analysis_settings.corrections = corrections;
        self.ui.undo.clear();
        self.ui.redo.clear();
        self.ui.stretch = None;
        self.ui.confirm_reset = false;
    }
}

/// Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, when no text field has the keyboard (a text field
/// undoes its own typing).
pub fn shortcuts(ctx: &egui::Context) -> Vec<Command> {
    if ctx.egui_wants_keyboard_input() {
        return Vec::new();
    }
    let shift_cmd = egui::Modifiers::COMMAND | egui::Modifiers::SHIFT;
    ctx.input_mut(|i| {
        if i.consume_key(shift_cmd, egui::Key::Z)
            || i.consume_key(egui::Modifiers::COMMAND, egui::Key::Y)
        {
            vec![Command::Redo]
        } else if i.consume_key(egui::Modifiers::COMMAND, egui::Key::Z) {
            vec![Command::Undo]
        } else {
            Vec::new()
        }
    })
}

/// The windows of the corrections: what a picked stretch is, and the reset question.
pub fn dialogs_ui(ctx: &egui::Context, app: &AppView<'_>, out: &mut Vec<Command>) {
    if let Some((a, b)) = app.ui.stretch {
        stretch_ui(ctx, app, a, b, out);
    }
    if app.ui.confirm_reset {
        let modal = egui::Modal::new(egui::Id::unique("reset-course")).show(ctx, |ui| {
            ui.heading(t!("corr-reset-title"));
            ui.label(t!("corr-reset-body", count = app.corrections.count()));
            ui.horizontal(|ui| {
                if ui.button(t!("corr-reset-confirm")).clicked() {
                    out.push(Command::Correct(Corrections::default()));
                }
                if ui.button(t!("corr-cancel")).clicked() {
                    out.push(Command::ConfirmReset(false));
                }
            });
        });
        if modal.should_close() {
            out.push(Command::ConfirmReset(false));
        }
    }
}

/// "km a-b: add a descent here, or mark it as a bridge deck or as bad elevation".
fn stretch_ui(ctx: &egui::Context, app: &AppView<'_>, a: f64, b: f64, out: &mut Vec<Command>) {
    let units = app.settings.units;
    let mut open = true;
    egui::Window::new(t!("corr-stretch-title"))
        .id(egui::Id::unique("stretch-choice"))
        .collapsible(false)
        .resizable(false)
        .open(&mut open)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 60.0])
        .show(ctx, |ui| {
            let range = t!(
                "corr-stretch-range",
                from = units.distance(a),
                to = units.distance(b),
            );
            ui.label(RichText::new(range).strong());
            if ui
                .button(t!("corr-stretch-add"))
                .on_hover_text(t!("corr-stretch-add-help"))
                .clicked()
            {
                let mut c = app.corrections.clone();
                c.add_descent(a, b);
                out.push(Command::Correct(c));
            }
            for kind in [StretchKind::BridgeDeck, StretchKind::BadElevation] {
                let (label, hint) = match kind {
                    StretchKind::BridgeDeck => (t!("corr-mark-deck"), t!("corr-mark-deck-help")),
                    StretchKind::BadElevation => (t!("corr-mark-bad"), t!("corr-mark-bad-help")),
                };
                if ui.button(label).on_hover_text(hint).clicked() {
                    let mut c = app.corrections.clone();
                    c.stretches.push(StretchMark {
                        start_m: a,
                        end_m: b,
                        kind,
                    });
                    out.push(Command::Correct(c));
                }
            }
            if ui.button(t!("corr-cancel")).clicked() {
                out.push(Command::ChooseStretch(None));
            }
        });
    if !open {
        out.push(Command::ChooseStretch(None));
    }
}
