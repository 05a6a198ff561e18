//! The side panel: course summary, race settings, strategy, descents, splits, energy and
//! training, in collapsible sections. Panels change settings; the app re-plans once.

use egui::{CollapsingHeader, Grid, RichText, Slider};

use super::{DownhillApp, SplitTab, theme};
use crate::format;
use crate::plan::{DescentOverride, PaceModel};

/// Draws the whole side panel.
pub fn ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    course_ui(app, ui);
    let before = app.settings.plan.clone();
    race_ui(app, ui);
    strategy_ui(app, ui);
    descents_ui(app, ui);
    if app.settings.plan != before {
        app.settings_changed();
        app.replan();
    }
    splits_ui(app, ui);
    energy_ui(app, ui);
    super::training_panel::ui(app, ui);
}

fn course_ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    CollapsingHeader::new("Course")
        .default_open(true)
        .show(ui, |ui| {
            let (Some(course), Some(view)) = (&app.course, &app.view) else {
                ui.label("No course loaded.");
                return;
            };
            let units = app.settings.units;
            let p = &view.analysis.profile;
            ui.label(RichText::new(&course.name).strong());
            let m = |v: Option<f64>| v.map_or("n/a".to_string(), |v| format!("{v:.0} m"));
            ui.label(format!(
                "Distance {} · gain {} · loss {} · elevation {} to {}",
                units.distance(course.distance_m()),
                m(p.gain_m),
                m(p.loss_m),
                m(p.min_elevation_m),
                m(p.max_elevation_m)
            ));
            ui.label(format!(
                "{} descents · {} climbs",
                view.analysis.descents.len(),
                view.analysis.climbs.len()
            ));
            if let Some(desc) = &course.description {
                ui.weak(desc.as_str());
            }
            for w in &view.analysis.warnings {
                ui.colored_label(theme::WARNING, format!("⚠ {w}"));
            }
        });
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
        Slider::new(value, range)
            .text(label)
            .suffix(suffix)
            .fixed_decimals(0),
    )
    .on_hover_text(help)
}

fn race_ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    CollapsingHeader::new("Race").default_open(true).show(ui, |ui| {
        let distance_km = app.course.as_ref().map_or(42.195, |c| c.distance_m() / 1000.0);
        let s = &mut app.settings.plan;
        // Goal: from 2:50/km to 12:00/km average on this course, in whole minutes.
        let lo = (distance_km * 170.0 / 60.0).ceil() * 60.0;
        let hi = (distance_km * 720.0 / 60.0).ceil() * 60.0;
        let mut goal = s.goal_time_s.clamp(lo, hi);
        let r = ui
            .add(
                Slider::new(&mut goal, lo..=hi)
                    .text("Goal time")
                    .step_by(60.0)
                    .custom_formatter(|v, _| format::hms(v))
                    .custom_parser(|t| format::parse_duration(t, true)),
            )
            .on_hover_text("Your target finish time. Every split pace is solved so the plan finishes exactly on it.");
        if r.changed() {
            s.goal_time_s = goal;
            app.goal_text = format::hms(goal);
        }
        ui.horizontal(|ui| {
            let label = ui.label("Exact goal (H:MM:SS)");
            let t = ui
                .add(egui::TextEdit::singleline(&mut app.goal_text).desired_width(90.0))
                .labelled_by(label.id)
                .on_hover_text("Type the exact goal, e.g. 4:12:30, and press Enter.");
            if t.lost_focus() {
                match format::parse_duration(&app.goal_text, true) {
                    Some(v) if v >= 60.0 => s.goal_time_s = v,
                    _ => app.goal_text = format::hms(s.goal_time_s),
                }
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label("Start time (HH:MM)").on_hover_text("Clock time of the gun; VnExpress marathons start at 2:30-3:00 am, so the splits show the clock time at each km.");
            let t = ui.add(egui::TextEdit::singleline(&mut app.start_text).desired_width(60.0)).labelled_by(label.id);
            if t.lost_focus() {
                match format::parse_duration(&app.start_text, true).filter(|v| *v < 86_400.0) {
                    Some(v) => s.start_clock_s = v,
                    None => app.start_text = format::clock_hm(s.start_clock_s),
                }
            }
        });
        slider(ui, &mut s.mass_kg, 35.0..=130.0, "Body mass", " kg", "Used for the energy estimate: running costs about 1 kcal per kg per km on the flat.");
        egui::ComboBox::from_label("Pace model")
            .selected_text(s.model.label())
            .show_ui(ui, |ui| {
                for m in PaceModel::ALL {
                    ui.selectable_value(&mut s.model, m, m.label());
                }
            })
            .response
            .on_hover_text("How much a slope slows you at equal effort. Strava-like and Kay come from real runners; Minetti is lab energy cost and promises about twice the downhill gain racers achieve.");
    });
}

fn strategy_ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    CollapsingHeader::new("Strategy").default_open(true).show(ui, |ui| {
        let s = &mut app.settings.plan;
        slider(ui, &mut s.uphill_effort_pct, 0.0..=100.0, "Uphill effort", " %",
            "0 %: keep an even effort and let the climbs slow you as the model says. 100 %: hold your flat pace up the climbs (costly).");
        slider(ui, &mut s.downhill_restraint_pct, 0.0..=100.0, "Downhill restraint", " %",
            "0 %: take all the speed the slope gives. 100 %: no faster than flat pace. The article's advice: win time back gradually, never by rushing downhill (default 50 %).");
        ui.add(Slider::new(&mut s.split_pct, -10.0..=10.0).text("Split").suffix(" %").fixed_decimals(1))
            .on_hover_text("Negative: run the second half faster than the first (negative split). Positive: the second half slower.");
        ui.checkbox(&mut s.descent_fatigue, "Descent fatigue")
            .on_hover_text("Late-race slowdown from the quad load already absorbed on descents (a heuristic; its formula is in the exported plan).");
        ui.add_enabled_ui(s.descent_fatigue, |ui| {
            slider(ui, &mut s.fatigue_strength_pct, 0.0..=100.0, "Fatigue strength", " %",
                "How strongly descent load slows the rest of your race: at 100 %, each 100 load points slow you by 2 %.");
        });
        ui.horizontal(|ui| {
            ui.add(egui::DragValue::new(&mut s.carb_g_per_h).range(0.0..=120.0).suffix(" g/h")).on_hover_text("Carbohydrate per hour; 60-90 g/h is common guidance for races over 2.5 h.");
            ui.label("carbs");
            ui.add(egui::DragValue::new(&mut s.gel_carb_g).range(5.0..=60.0).suffix(" g")).on_hover_text("Carbohydrate in one gel.");
            ui.label("per gel");
        });
    });
}

fn descents_ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    CollapsingHeader::new("Descents").default_open(true).show(ui, |ui| {
        let Some(view) = &app.view else { return };
        if view.analysis.descents.is_empty() {
            ui.label(if view.analysis.profile.has_elevation { "No significant descents on this course." } else { "No elevation data, so no descents." });
            return;
        }
        let units = app.settings.units;
        let strategy = app.plan.as_ref().and_then(|p| p.as_ref().ok()).map(|p| p.plan.descent_strategy.clone()).unwrap_or_default();
        Grid::new("descents").striped(true).num_columns(6).show(ui, |ui| {
            for h in ["Descent", "Where", "Drop", "Grade", "Planned", "Load · risk"] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for (k, d) in view.analysis.descents.iter().enumerate() {
                let selected = app.selected_descent == Some(k);
                let name = RichText::new(format!("● {}", d.name)).color(theme::descent_solid(d.kind));
                if ui.selectable_label(selected, name).on_hover_text(format!("{} ({})", d.kind.label(), d.kind_reason)).clicked() {
                    app.selected_descent = if selected { None } else { Some(k) };
                }
                ui.label(format!("{:.1}-{:.1}", d.start_m / units.metres(), d.end_m / units.metres()));
                ui.label(format!("{:.0} m", d.drop_m));
                ui.label(format!("{:.1} %", d.avg_grade_pct));
                match strategy.get(k) {
                    Some(st) => {
                        ui.label(units.pace(st.planned_pace_s_per_km));
                        ui.colored_label(theme::risk(&st.risk), format!("{:.0} · {}", st.load, st.risk));
                    }
                    None => {
                        ui.label("–");
                        ui.label("–");
                    }
                }
                ui.end_row();
            }
        });
        let Some(k) = app.selected_descent else {
            ui.weak("Select a descent (here or on the profile) to set its pace and see the technique cues.");
            return;
        };
        let (Some(d), Some(st)) = (view.analysis.descents.get(k), strategy.get(k)) else { return };
        ui.separator();
        ui.label(RichText::new(&d.name).strong());
        ui.label(format!(
            "Flat pace here {} · model alone {} · planned {} · {:+.0} s against flat",
            units.pace(st.flat_pace_s_per_km),
            units.pace(st.model_pace_s_per_km),
            units.pace(st.planned_pace_s_per_km),
            st.time_gained_vs_flat_s
        ));
        let overrides = &mut app.settings.plan.overrides;
        let existing = overrides.iter().position(|o| o.descent_index == k);
        let mut limit_on = existing.and_then(|i| overrides[i].min_pace_s_per_km).is_some();
        let mut limit = existing.and_then(|i| overrides[i].min_pace_s_per_km).unwrap_or(st.flat_pace_s_per_km.round());
        let changed_toggle = ui.checkbox(&mut limit_on, "Limit my pace on this descent").on_hover_text("Run this descent no faster than the pace you set; the rest of the course makes up the time.").changed();
        let lo = (st.flat_pace_s_per_km - 90.0).max(150.0).round();
        let hi = (st.flat_pace_s_per_km + 120.0).round();
        let changed_pace = ui
            .add_enabled(
                limit_on,
                Slider::new(&mut limit, lo..=hi).text("No faster than").step_by(1.0).custom_formatter(|v, _| format!("{}/km", format::pace(v))).custom_parser(|t| format::parse_duration(t, false)),
            )
            .on_hover_text("The fastest pace you allow yourself on this descent, per km.")
            .changed();
        if changed_toggle || changed_pace {
            let o = DescentOverride { descent_index: k, name: d.name.clone(), min_pace_s_per_km: limit_on.then_some(limit), restraint_pct: None };
            match existing {
                Some(i) if limit_on => overrides[i] = o,
                Some(i) => {
                    overrides.remove(i);
                }
                None if limit_on => overrides.push(o),
                None => {}
            }
        }
        ui.label(RichText::new("Technique").strong());
        for c in &st.cues {
            ui.label(format!("• {c}"));
        }
    });
}

fn splits_ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    CollapsingHeader::new("Splits")
        .default_open(true)
        .show(ui, |ui| {
            let Some(Ok(p)) = &app.plan else {
                if let Some(Err(e)) = &app.plan {
                    ui.colored_label(theme::ERROR, e);
                }
                return;
            };
            let units = app.settings.units;
            let plan = &p.plan;
            ui.label(format!(
                "Finish {} at {} · flat pace {}",
                format::hms(plan.finish_time_s),
                plan.finish_clock,
                units.pace(plan.flat_pace_s_per_km)
            ));
            ui.horizontal(|ui| {
                ui.selectable_value(
                    &mut app.split_tab,
                    SplitTab::PerUnit,
                    format!("Per {}", units.label()),
                );
                ui.selectable_value(&mut app.split_tab, SplitTab::Parts, "Per part");
                ui.selectable_value(&mut app.split_tab, SplitTab::Terrain, "By terrain");
            });
            let rows = match (app.split_tab, units) {
                (SplitTab::PerUnit, super::Units::Km) => &plan.splits_km,
                (SplitTab::PerUnit, super::Units::Miles) => &plan.splits_mile,
                (SplitTab::Parts, _) => &plan.parts,
                (SplitTab::Terrain, _) => &plan.splits_terrain,
            };
            egui::ScrollArea::vertical()
                .id_salt("splits-scroll")
                .max_height(260.0)
                .show(ui, |ui| {
                    Grid::new("splits")
                        .striped(true)
                        .num_columns(7)
                        .show(ui, |ui| {
                            for h in ["Split", "Pace", "Time", "Total", "Clock", "+/- m", "kcal"] {
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
        });
}

fn energy_ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    CollapsingHeader::new("Energy")
        .default_open(false)
        .show(ui, |ui| {
            let Some(Ok(p)) = &app.plan else { return };
            let e = &p.plan.energy;
            ui.label(format!(
                "About {:.0} kcal in total ({:.0} g carbohydrate planned)",
                e.total_kcal, e.carbohydrate_g
            ))
            .on_hover_text(e.method.as_str());
            for (label, pct) in [
                ("Climbs", e.climbs_pct),
                ("Descents", e.descents_pct),
                ("Flats", e.flats_pct),
            ] {
                ui.add(
                    egui::ProgressBar::new((pct / 100.0) as f32)
                        .text(format!("{label}: {pct:.0} %")),
                );
            }
            ui.label(format!(
                "Descent load {:.0} points (heuristic)",
                p.plan.total_descent_load
            ))
            .on_hover_text(p.plan.load_method.as_str());
            ui.label(RichText::new("Fuelling").strong());
            for f in &p.plan.fuel {
                let note = if f.note.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", f.note)
                };
                ui.label(format!(
                    "{} at {}: {}{note}",
                    app.settings.units.distance(f.distance_m),
                    f.clock,
                    f.item
                ));
            }
        });
}
