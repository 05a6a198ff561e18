//! The Splits section: finish and flat pace, then splits per km or mile, per course part or
//! by terrain.

use egui::{CollapsingHeader, Grid, RichText};

use crate::app::command::Command;
use crate::app::settings::Units;
use crate::app::{AppView, SplitTab, theme};
use crate::format;
use crate::t;

/// Draws the Splits section.
pub fn ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    CollapsingHeader::new(t!("panel-splits"))
        .id_salt("splits-section")
        .default_open(true)
        .show(ui, |ui| {
            let p = match app.session.plan() {
                Some(Ok(p)) => p,
                Some(Err(e)) => {
                    ui.colored_label(theme::ERROR, e.to_string());
                    return;
                }
                None => return,
            };
            let units = app.settings.units;
            let plan = &p.plan;
            ui.label(t!(
                "panel-splits-finish",
                time = format::hms(plan.finish_time_s),
                clock = &plan.finish_clock,
                flat = units.pace(plan.flat_pace_s_per_km),
            ));
            let mut tab = app.ui.split_tab;
            ui.horizontal(|ui| {
                ui.selectable_value(
                    &mut tab,
                    SplitTab::PerUnit,
                    t!("panel-splits-per-unit", unit = units.label()),
                );
                ui.selectable_value(&mut tab, SplitTab::Parts, t!("panel-splits-per-part"));
                ui.selectable_value(&mut tab, SplitTab::Terrain, t!("panel-splits-terrain"));
            });
            if tab != app.ui.split_tab {
                out.push(Command::SetSplitTab(tab));
            }
            let rows = match (app.ui.split_tab, units) {
                (SplitTab::PerUnit, Units::Km) => &plan.splits_km,
                (SplitTab::PerUnit, Units::Miles) => &plan.splits_mile,
                (SplitTab::Parts, _) => &plan.parts,
                (SplitTab::Terrain, _) => &plan.splits_terrain,
            };
            table_ui(ui, units, rows);
        });
}

fn table_ui(ui: &mut egui::Ui, units: Units, rows: &[crate::plan::report::Split]) {
    egui::ScrollArea::vertical()
        .id_salt("splits-scroll")
        .max_height(260.0)
        .show(ui, |ui| {
            Grid::new("splits")
                .striped(true)
                .num_columns(7)
                .show(ui, |ui| {
                    for h in [
                        t!("panel-splits-col-split"),
                        t!("panel-splits-col-pace"),
                        t!("panel-splits-col-time"),
                        t!("panel-splits-col-total"),
                        t!("panel-splits-col-clock"),
                        "+/- m".to_owned(),
                        "kcal".to_owned(),
                    ] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for s in rows {
                        ui.label(&s.label);
                        ui.label(units.pace(s.pace_s_per_km));
                        ui.label(format::pace(s.time_s));
                        ui.label(format::hms(s.cumulative_s));
                        ui.label(&s.clock);
                        ui.label(format!("+{:.0}/-{:.0}", s.gain_m, s.loss_m));
                        ui.label(format!("{:.0}", s.energy_kcal));
                        ui.end_row();
                    }
                });
        });
}
