//! The Training section: block settings, the training ground, the week list, and the
//! selected session's steps with sliders for its reps, length and slope.

use egui::{CollapsingHeader, RichText, Slider};

use crate::app::command::Command;
use crate::app::{AppView, theme};
use crate::t;
use crate::training::{BlockSettings, Date, Experience, Session, SessionOverride, WorkoutKind};

/// Draws the Training section, editing the draft block settings.
pub fn ui(ui: &mut egui::Ui, app: &AppView<'_>, t: &mut BlockSettings, out: &mut Vec<Command>) {
    CollapsingHeader::new(t!("panel-training"))
        .id_salt("training-section")
        .default_open(false)
        .show(ui, |ui| {
            settings_ui(ui, t);
            super::training_ground::ui(ui, app, out);
            weeks_ui(ui, app, out);
            session_ui(ui, app, t, out);
        });
}

fn settings_ui(ui: &mut egui::Ui, t: &mut BlockSettings) {
    ui.horizontal(|ui| {
        let label = ui
            .label(t!("panel-training-race-date"))
            .on_hover_text(t!("panel-training-race-date-help"));
        let mut text = t.race_date.map(|d| d.to_string()).unwrap_or_default();
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(100.0),
            )
            .labelled_by(label.id);
        if r.lost_focus() {
            t.race_date = Date::parse(&text);
        }
    });
    ui.add(Slider::new(&mut t.weeks, 4..=16).text(t!("panel-training-weeks")))
        .on_hover_text(t!("panel-training-weeks-help"));
    egui::ComboBox::from_label(t!("panel-training-experience"))
        .selected_text(t.experience.label())
        .show_ui(ui, |ui| {
            for e in Experience::ALL {
                ui.selectable_value(&mut t.experience, e, e.label());
            }
        })
        .response
        .on_hover_text(t!("panel-training-experience-help"));
    let downhill = Slider::new(&mut t.downhill_per_week, 1..=2).text(t!("panel-training-downhill"));
    ui.add(downhill)
        .on_hover_text(t!("panel-training-downhill-help"));
    let strength = Slider::new(&mut t.strength_per_week, 0..=3).text(t!("panel-training-strength"));
    ui.add(strength)
        .on_hover_text(t!("panel-training-strength-help"));
}

fn weeks_ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    let block = match app.session.training() {
        None => {
            ui.weak(t!("panel-training-no-plan"));
            return;
        }
        Some(Err(e)) => {
            ui.colored_label(theme::ERROR, e.to_string());
            return;
        }
        Some(Ok(b)) => b,
    };
    ui.label(t!(
        "panel-training-weeks-span",
        weeks = block.weeks.len(),
        start = block.start.local(),
        race = block.race_date.local(),
    ));
    if let Some(t) = &block.race_specific_from {
        ui.weak(t!("panel-training-race-specific", from = t));
    }
    if let Some(level) = &block.start_level {
        ui.label(level.describe());
    }
    ui.weak(t!("panel-training-paces", mapping = &block.paces.mapping))
        .on_hover_text(block.load_method.as_str());
    let selected = app.ui.selected_session.as_deref();
    egui::ScrollArea::vertical()
        .id_salt("weeks-scroll")
        .max_height(240.0)
        .show(ui, |ui| {
            for w in &block.weeks {
                let head = t!(
                    "panel-training-week",
                    week = w.index,
                    phase = w.phase.to_string(),
                    load = format!("{:.0}", w.load),
                );
                CollapsingHeader::new(head)
                    .id_salt(("week", w.index))
                    .default_open(w.index == 1)
                    .show(ui, |ui| {
                        for s in &w.sessions {
                            let is_selected = selected == Some(s.id.as_str());
                            let label = format!(
                                "{} {} · {}",
                                s.date.weekday_short(),
                                s.date.local_short(),
                                s.title
                            );
                            if ui.selectable_label(is_selected, label).clicked() {
                                let id = (!is_selected).then(|| s.id.clone());
                                out.push(Command::SelectSession(id));
                            }
                        }
                    });
            }
        });
}

fn session_ui(ui: &mut egui::Ui, app: &AppView<'_>, t: &mut BlockSettings, out: &mut Vec<Command>) {
    let Some(id) = app.ui.selected_session.as_deref() else {
        return;
    };
    let Some(block) = app.session.training_ok() else {
        return;
    };
    let Some(s) = block.session(id) else {
        out.push(Command::SelectSession(None));
        return;
    };
    ui.separator();
    ui.label(RichText::new(&s.title).strong());
    ui.label(t!(
        "panel-training-session-when",
        weekday = s.date.weekday_short(),
        date = s.date.local(),
        minutes = format!("{}", (s.duration_s / 60.0).round()),
    ));
    for line in s.describe().lines() {
        ui.label(line);
    }
    let overrides = &mut t.overrides;
    let pos = overrides.iter().position(|o| o.id == s.id);
    let mut o = pos.map_or_else(
        || SessionOverride {
            id: s.id.clone(),
            ..SessionOverride::default()
        },
        |i| overrides[i].clone(),
    );
    session_sliders_ui(ui, s, &mut o);
    let changes_something =
        o.reps.is_some() || o.length_m.is_some() || o.slope_pct.is_some() || o.minutes.is_some();
    let keep = changes_something && !ui.button(t!("panel-training-reset")).clicked();
    match (pos, keep) {
        (Some(i), true) => overrides[i] = o,
        (Some(i), false) => {
            overrides.remove(i);
        }
        (None, true) => overrides.push(o),
        (None, false) => {}
    }
}

/// Sliders: reps, length, slope (or minutes for the form jog), inside the article's ranges.
fn session_sliders_ui(ui: &mut egui::Ui, s: &Session, o: &mut SessionOverride) {
    let r = s.kind.ranges();
    match s.kind {
        WorkoutKind::FormJog => {
            let mut m = (s.main[0].duration_s.unwrap_or(600.0) / 60.0).round();
            let slider = Slider::new(&mut m, r.minutes.0..=r.minutes.1)
                .text(t!("panel-training-minutes"))
                .step_by(1.0);
            if ui
                .add(slider)
                .on_hover_text(t!(
                    "panel-training-minutes-help",
                    low = format!("{:.0}", r.minutes.0),
                    high = format!("{:.0}", r.minutes.1),
                ))
                .changed()
            {
                o.minutes = Some(m);
            }
        }
        WorkoutKind::Strength => {
            let mut reps = s.reps;
            if ui
                .add(Slider::new(&mut reps, r.reps.0..=r.reps.1).text(t!("panel-training-sets")))
                .on_hover_text(t!("panel-training-sets-help"))
                .changed()
            {
                o.reps = Some(reps);
            }
        }
        _ => {
            let mut reps = s.reps;
            if ui
                .add(Slider::new(&mut reps, r.reps.0..=r.reps.1).text(t!("panel-training-reps")))
                .on_hover_text(t!(
                    "panel-training-reps-help",
                    low = r.reps.0.to_string(),
                    high = r.reps.1.to_string(),
                ))
                .changed()
            {
                o.reps = Some(reps);
            }
            let mut len = s.main[0].distance_m.unwrap_or(r.length_m.0);
            let slider = Slider::new(&mut len, r.length_m.0..=r.length_m.1)
                .text(t!("panel-training-length"))
                .suffix(" m")
                .step_by(10.0);
            if ui
                .add(slider)
                .on_hover_text(t!("panel-training-length-help"))
                .changed()
            {
                o.length_m = Some(len);
            }
            let (lo, hi) = s.main[0].slope_pct.unwrap_or(r.slope_pct);
            let mut slope = (lo + hi) / 2.0;
            let slider = Slider::new(&mut slope, r.slope_pct.0..=r.slope_pct.1)
                .text(t!("panel-training-slope"))
                .suffix(format!(" {}", t!("panel-training-slope-suffix")))
                .step_by(0.5);

            if ui
                .add(slider)
                .on_hover_text(t!("panel-training-slope-help"))
                .changed()
            {
                o.slope_pct = Some(slope);
            }
        }
    }
}
