//! The Race morning section: the hourly temperature and dew point (typical preset for the
//! sample races, typed, or pasted as CSV), keep-goal or keep-effort, acclimatisation and
//! heat response, sun times, the heat's cost, fluids (with a sweat-rate calculator), a
//! crowded start, a B goal, and the catch-up card.

use egui::{CollapsingHeader, DragValue, Grid, RichText, Slider, TextEdit};

use super::slider;
use crate::app::loader::Source;
use crate::app::{AppView, theme};
use crate::course::sample::SAMPLE_RACES;
use crate::format;
use crate::plan::raceday::sweat_rate_from_weighing;
use crate::plan::{Conditions, HeatMode, PlanSettings, WeatherRow};
use crate::t;

/// The text being typed in the section.
#[derive(Default)]
pub struct RaceMorningPanel {
    csv: String,
    csv_error: Option<String>,
    date: String,
    goal_b: String,
    /// Weighing: mass before, after (kg), drunk (l), minutes.
    weighing: (f64, f64, f64, f64),
}

impl RaceMorningPanel {
    /// Draws the section, editing the draft settings.
    pub fn ui(&mut self, ui: &mut egui::Ui, app: &AppView<'_>, s: &mut PlanSettings) {
        CollapsingHeader::new(t!("panel-morning"))
            .id_salt("morning-section")
            .default_open(false)
            .show(ui, |ui| {
                self.weather_ui(ui, app, &mut s.conditions);
                heat_ui(ui, &mut s.conditions);
                summary_ui(ui, app);
                self.fluids_ui(ui, &mut s.conditions);
                self.start_ui(ui, &mut s.conditions);
                catch_up_ui(ui, app);
            });
    }

    /// The table: preset, rows, paste, race date.
    fn weather_ui(&mut self, ui: &mut egui::Ui, app: &AppView<'_>, c: &mut Conditions) {
        let sample = app.session.loaded().and_then(|l| match l.source {
            Source::Sample(i) => SAMPLE_RACES.get(i),
            _ => None,
        });
        ui.horizontal(|ui| {
            if let Some(race) = sample
                && ui
                    .button(t!("panel-morning-typical"))
                    .on_hover_text(t!("panel-morning-typical-help"))
                    .clicked()
                && let Some(typical) = c.with_typical(race.id)
            {
                *c = typical;
            }
            if !c.weather.is_empty() && ui.button(t!("panel-morning-no-heat")).clicked() {
                c.weather.clear();
                c.weather_source.clear();
            }
        });
        table_ui(ui, c);
        ui.label(t!("panel-morning-paste"));
        ui.add(
            TextEdit::multiline(&mut self.csv)
                .desired_rows(2)
                .hint_text("time,temp_c,dewpoint_c\n03:00,26,24"),
        );
        if ui.button(t!("panel-morning-use-pasted")).clicked() {
            match Conditions::parse_weather_csv(&self.csv) {
                Ok(rows) => {
                    c.weather = rows;
                    c.weather_source = "pasted by you".into();
                    self.csv_error = None;
                }
                Err(e) => {
                    let error = e;
                    self.csv_error = Some(t!("panel-morning-paste-error", error = error));
                }
            }
        }
        if let Some(e) = &self.csv_error {
            ui.colored_label(theme::ERROR, e);
        }
        if self.date.is_empty()
            && let Some(d) = c.race_date
        {
            self.date = d.to_string();
        }
        ui.horizontal(|ui| {
            ui.label(t!("panel-morning-race-day"));
            let r = ui.add(TextEdit::singleline(&mut self.date).desired_width(90.0));
            if r.lost_focus() {
                c.race_date = crate::date::Date::parse(self.date.trim());
            }
        });
    }

    /// Sweat rate: estimated, or measured (typed or weighed).
    fn fluids_ui(&mut self, ui: &mut egui::Ui, c: &mut Conditions) {
        let mut measured = c.sweat_rate_l_h.is_some();
        ui.checkbox(&mut measured, t!("panel-morning-know-sweat"));
        if !measured {
            c.sweat_rate_l_h = None;
            return;
        }
        let mut rate = c.sweat_rate_l_h.unwrap_or(1.0);
        ui.add(
            Slider::new(&mut rate, 0.2..=3.0)
                .text(t!("panel-morning-sweat-rate"))
                .suffix(" l/h"),
        );
        ui.label(t!("panel-morning-weigh"));
        let (before, after, drunk, minutes) = &mut self.weighing;
        ui.horizontal(|ui| {
            ui.add(
                DragValue::new(before)
                    .range(30.0..=200.0)
                    .suffix(format!(" {}", t!("panel-morning-kg-before"))),
            );
            ui.add(
                DragValue::new(after)
                    .range(30.0..=200.0)
                    .suffix(format!(" {}", t!("panel-morning-kg-after"))),
            );
        });
        ui.horizontal(|ui| {
            ui.add(
                DragValue::new(drunk)
                    .range(0.0..=5.0)
                    .speed(0.05)
                    .suffix(format!(" {}", t!("panel-morning-l-drunk"))),
            );
            let min = format!(" {}", t!("panel-morning-min"));
            ui.add(DragValue::new(minutes).range(0.0..=600.0).suffix(min));
            if ui.button(t!("panel-morning-use")).clicked() && *minutes > 0.0 {
                rate = sweat_rate_from_weighing(*before, *after, *drunk, *minutes / 60.0)
                    .clamp(0.2, 3.0);
            }
        });
        c.sweat_rate_l_h = Some(rate);
    }

    /// A crowded start and a B goal.
    fn start_ui(&mut self, ui: &mut egui::Ui, c: &mut Conditions) {
        let help = t!("panel-morning-delay-help");
        let delay = &mut c.start_delay_s;
        slider(
            ui,
            delay,
            0.0..=300.0,
            &t!("panel-morning-crowded"),
            " s",
            &help,
        );
        let km = &mut c.start_delay_km;
        slider(
            ui,
            km,
            0.5..=5.0,
            &t!("panel-morning-lost-over"),
            " km",
            &help,
        );
        if self.goal_b.is_empty()
            && let Some(b) = c.goal_b_s
        {
            self.goal_b = format::hms(b);
        }
        ui.horizontal(|ui| {
            ui.label(t!("panel-morning-goal-b"));
            let r = ui.add(TextEdit::singleline(&mut self.goal_b).desired_width(70.0));
            if r.lost_focus() {
                c.goal_b_s = format::parse_duration(&self.goal_b, true).filter(|v| *v >= 600.0);
            }
        });
    }
}

/// The rows of the table, each editable, with add and remove.
fn table_ui(ui: &mut egui::Ui, c: &mut Conditions) {
    if c.weather.is_empty() {
        ui.weak(t!("panel-morning-no-conditions"));
        return;
    }
    let mut remove = None;
    Grid::new("weather")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            let head = [
                t!("panel-morning-col-time"),
                t!("panel-morning-col-air"),
                t!("panel-morning-col-dew"),
                String::new(),
            ];
            for h in head {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for (i, r) in c.weather.iter_mut().enumerate() {
                let mut hours = r.clock_s / 3600.0;
                ui.add(
                    DragValue::new(&mut hours)
                        .range(0.0..=23.99)
                        .speed(0.05)
                        .custom_formatter(|v, _| format::clock_hm(v * 3600.0))
                        .custom_parser(|t| format::parse_clock(t).map(|s| s / 3600.0)),
                );
                r.clock_s = hours * 3600.0;
                ui.add(DragValue::new(&mut r.temp_c).range(-30.0..=50.0).speed(0.1));
                ui.add(
                    DragValue::new(&mut r.dewpoint_c)
                        .range(-40.0..=r.temp_c)
                        .speed(0.1),
                );
                if ui
                    .small_button("×")
                    .on_hover_text(t!("panel-morning-remove-hour"))
                    .clicked()
                {
                    remove = Some(i);
                }
                ui.end_row();
            }
        });
    if let Some(i) = remove {
        c.weather.remove(i);
    }
    if let Some(last) = c.weather.last().copied()
        && ui.button(t!("panel-morning-add-hour")).clicked()
    {
        c.weather.push(WeatherRow {
            clock_s: (last.clock_s + 3600.0) % 86_400.0,
            ..last
        });
    }
    if !c.weather_source.is_empty() {
        let source = if c.weather_source == "pasted by you" {
            t!("panel-morning-pasted-by-you")
        } else {
            c.weather_source.clone()
        };
        ui.weak(t!("panel-morning-table-source", source = source));
    }
}

/// Keep goal or effort, acclimatisation, response.
fn heat_ui(ui: &mut egui::Ui, c: &mut Conditions) {
    ui.horizontal(|ui| {
        let help = t!("panel-morning-mode-help");
        ui.radio_value(
            &mut c.mode,
            HeatMode::KeepGoal,
            t!("panel-morning-keep-goal"),
        )
        .on_hover_text(&help);
        ui.radio_value(
            &mut c.mode,
            HeatMode::KeepEffort,
            t!("panel-morning-keep-effort"),
        )
        .on_hover_text(&help);
    });
    ui.checkbox(&mut c.acclimatised, t!("panel-morning-acclimatised"));
    let response = &mut c.heat_response_pct;
    slider(
        ui,
        response,
        50.0..=150.0,
        &t!("panel-morning-response"),
        " %",
        &t!("panel-morning-response-help"),
    );
}

/// Sun times, the heat's cost, fluids, as the plan has them.
fn summary_ui(ui: &mut egui::Ui, app: &AppView<'_>) {
    let Some(plan) = app.session.plan_ok().map(|p| &p.plan) else {
        return;
    };
    for line in plan.morning_lines() {
        ui.label(line);
    }
    if plan.heat.is_some() {
        ui.weak(t!(
            "panel-morning-heat-model",
            model = crate::plan::conditions::HEAT_MODEL.to_string(),
        ));
    }
    if let Some(w) = plan.heat.as_ref().and_then(|h| h.warning.as_ref()) {
        ui.colored_label(theme::ERROR, w);
    }
}

/// The catch-up card as a grid.
fn catch_up_ui(ui: &mut egui::Ui, app: &AppView<'_>) {
    let Some(plan) = app.session.plan_ok().map(|p| &p.plan) else {
        return;
    };
    if plan.catch_up.is_empty() {
        return;
    }
    ui.label(RichText::new(t!("panel-morning-catch-up")).strong())
        .on_hover_text(t!("panel-morning-catch-up-help"));
    let has_b = plan.catch_up.iter().any(|r| r.elapsed_b.is_some());
    Grid::new("catch-up").striped(true).show(ui, |ui| {
        let mut head = vec!["km".to_owned(), t!("panel-morning-col-planned")];
        if has_b {
            head.push(t!("panel-morning-col-goal-b"));
        }
        head.extend(["15 s", "30 s", "60 s", "120 s"].map(String::from));
        for h in head {
            ui.label(RichText::new(h).strong());
        }
        ui.end_row();
        for row in &plan.catch_up {
            ui.label(format!("{:.0}", row.km));
            ui.label(&row.elapsed);
            if has_b {
                ui.label(row.elapsed_b.clone().unwrap_or_default());
            }
            for d in &row.deficits {
                match d.flat_pace_s_per_km {
                    Some(p) => ui.label(format!("{}/km", format::pace(p))),
                    None => ui.weak(t!("panel-morning-let-go")),
                };
            }
            ui.end_row();
        }
    });
}
