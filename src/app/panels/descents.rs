//! The Descents section: the list with drop, grade, planned pace, load and risk; for the
//! selected descent, a pace limit and the technique cues.

use egui::{CollapsingHeader, Grid, RichText, Slider};

use super::edit::EditPanel;
use crate::app::command::Command;
use crate::app::{AppView, theme};
use crate::course::Descent;
use crate::format;
use crate::plan::report::DescentStrategy;
use crate::plan::{DescentOverride, PlanSettings};
use crate::t;

/// Draws the Descents section; selection goes out as a command, the pace limit into the
/// draft settings.
pub fn ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    edit: &mut EditPanel,
    s: &mut PlanSettings,
    out: &mut Vec<Command>,
) {
    CollapsingHeader::new(t!("panel-descents"))
        .id_salt("descents-section")
        .default_open(true)
        .show(ui, |ui| {
            let Some(view) = app.session.view() else {
                return;
            };
            let descents = &view.analysis.descents;
            if descents.is_empty() {
                ui.label(if view.analysis.profile.has_elevation {
                    t!("panel-descents-none")
                } else {
                    t!("panel-descents-no-elevation")
                });
                return;
            }
            let strategy: &[DescentStrategy] = app
                .session
                .plan_ok()
                .map_or(&[], |p| &p.plan.descent_strategy);
            list_ui(ui, app, descents, strategy, out);
            let Some(k) = app.ui.selected_descent else {
                ui.weak(t!("panel-descents-hint"));
                return;
            };
            if let (Some(d), Some(st)) = (descents.get(k), strategy.get(k)) {
                selected_ui(ui, app, k, d, st, s);
            }
            if let Some(d) = descents.get(k) {
                edit.ui(ui, app, k, d, out);
            }
        });
}

fn list_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    descents: &[Descent],
    strategy: &[DescentStrategy],
    out: &mut Vec<Command>,
) {
    let units = app.settings.units;
    Grid::new("descents")
        .striped(true)
        .num_columns(6)
        .show(ui, |ui| {
            for h in [
                t!("panel-descents-col-descent"),
                t!("panel-descents-col-where"),
                t!("panel-descents-col-drop"),
                t!("panel-descents-col-grade"),
                t!("panel-descents-col-planned"),
                t!("panel-descents-col-load"),
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for (k, d) in descents.iter().enumerate() {
                let selected = app.ui.selected_descent == Some(k);
                let mark = if d.edited_by_runner { " ✎" } else { "" };
                let name = RichText::new(format!("● {}{mark}", crate::format::printable(&d.name)))
                    .color(theme::descent_solid(d.kind));
                let hover = if d.edited_by_runner {
                    t!(
                        "panel-descents-kind-edited",
                        kind = d.kind.label(),
                        reason = &d.kind_reason
                    )
                } else {
                    format!("{} ({})", d.kind.label(), d.kind_reason)
                };
                if ui
                    .selectable_label(selected, name)
                    .on_hover_text(hover)
                    .clicked()
                {
                    out.push(Command::SelectDescent((!selected).then_some(k)));
                }
                ui.label(format!(
                    "{}-{}",
                    crate::i18n::number(d.start_m / units.metres(), 1),
                    crate::i18n::number(d.end_m / units.metres(), 1)
                ));
                ui.label(format!("{:.0} m", d.drop_m));
                ui.label(format!("{} %", crate::i18n::number(d.avg_grade_pct, 1)));
                match strategy.get(k) {
                    Some(st) => {
                        ui.label(units.pace(st.planned_pace_s_per_km));
                        ui.colored_label(
                            theme::risk(st.risk),
                            format!("{:.0} · {}", st.load, st.risk),
                        );
                    }
                    None => {
                        ui.label("–");
                        ui.label("–");
                    }
                }
                ui.end_row();
            }
        });
}

fn selected_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    k: usize,
    d: &Descent,
    st: &DescentStrategy,
    s: &mut PlanSettings,
) {
    let units = app.settings.units;
    ui.separator();
    ui.label(RichText::new(crate::format::printable(&d.name)).strong());
    ui.label(t!(
        "panel-descents-paces",
        flat = units.pace(st.flat_pace_s_per_km),
        model = units.pace(st.model_pace_s_per_km),
        planned = units.pace(st.planned_pace_s_per_km),
        gained = format!("{:+.0}", st.time_gained_vs_flat_s),
    ));
    limit_ui(ui, k, d, st, &mut s.overrides);
    ui.label(RichText::new(t!("panel-descents-technique")).strong());
    for c in &st.cues {
        ui.label(format!("• {c}"));
    }
}

/// "Limit my pace on this descent": a checkbox and a slider that edit the descent's override.
fn limit_ui(
    ui: &mut egui::Ui,
    k: usize,
    d: &Descent,
    st: &DescentStrategy,
    overrides: &mut Vec<DescentOverride>,
) {
    let existing = overrides.iter().position(|o| o.descent_index == k);
    let current = existing.and_then(|i| overrides[i].min_pace_s_per_km);
    let mut limit_on = current.is_some();
    let mut limit = current.unwrap_or(st.flat_pace_s_per_km.round());
    let changed_toggle = ui
        .checkbox(&mut limit_on, t!("panel-descents-limit"))
        .on_hover_text(t!("panel-descents-limit-help"))
        .changed();
    let lo = (st.flat_pace_s_per_km - 90.0).max(150.0).round();
    let hi = (st.flat_pace_s_per_km + 120.0).round();
    let changed_pace = ui
        .add_enabled(
            limit_on,
            Slider::new(&mut limit, lo..=hi)
                .text(t!("panel-descents-no-faster"))
                .step_by(1.0)
                .custom_formatter(|v, _| format!("{}/km", format::pace(v)))
                .custom_parser(|t| format::parse_duration(t, false)),
        )
        .on_hover_text(t!("panel-descents-no-faster-help"))
        .changed();
    if !(changed_toggle || changed_pace) {
        return;
    }
    let o = DescentOverride {
        descent_index: k,
        name: d.name.clone(),
        min_pace_s_per_km: limit_on.then_some(limit),
        restraint_pct: None,
    };
    match existing {
        Some(i) if limit_on => overrides[i] = o,
        Some(i) => {
            overrides.remove(i);
        }
        None if limit_on => overrides.push(o),
        None => {}
    }
}
