//! The side panel's Training section: block settings, the training ground, the week list,
//! and the selected session's steps with sliders for its reps, length and slope.

use egui::{CollapsingHeader, RichText, Slider};

use super::{DialogKind, DownhillApp, theme};
use crate::training::{Date, Experience, SessionOverride, WorkoutKind};

pub fn ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    CollapsingHeader::new("Training")
        .default_open(false)
        .show(ui, |ui| {
            let before = app.settings.training.clone();
            settings_ui(app, ui);
            ground_ui(app, ui);
            weeks_ui(app, ui);
            session_ui(app, ui);
            if app.settings.training != before {
                app.settings_changed();
                app.replan();
            }
        });
}

fn settings_ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    let t = &mut app.settings.training;
    ui.horizontal(|ui| {
        let label = ui.label("Race date").on_hover_text(
            "The day of your race; the block ends the day before. Empty: 8 weeks from today.",
        );
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
    ui.add(Slider::new(&mut t.weeks, 4..=16).text("Weeks of training"))
        .on_hover_text("How many weeks before the race the downhill block starts (4-16).");
    egui::ComboBox::from_label("Downhill experience")
        .selected_text(t.experience.label())
        .show_ui(ui, |ui| {
            for e in Experience::ALL {
                ui.selectable_value(&mut t.experience, e, e.label());
            }
        })
        .response
        .on_hover_text("New: more weeks of gentle form work and at most 5 repeats. Experienced: faster to strides and repeats.");
    ui.add(Slider::new(&mut t.downhill_per_week, 1..=2).text("Downhill sessions a week"))
        .on_hover_text("One or two downhill workouts a week; recovery weeks keep one.");
    ui.add(Slider::new(&mut t.strength_per_week, 0..=3).text("Strength sessions a week"))
        .on_hover_text("Planks, squats and box jumps: strong quads and core take the braking load on descents.");
}

fn ground_ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        match &app.ground {
            Some((c, _, spots)) => {
                ui.label(format!(
                    "Training ground: {} ({} stretches found)",
                    c.name,
                    spots.len()
                ));
            }
            None => {
                ui.weak("No training ground yet.");
            }
        }
        if ui
            .button("Training ground…")
            .on_hover_text("Load a GPX of where you train; sessions will say which stretch to use.")
            .clicked()
        {
            let ctx = ui.ctx().clone();
            app.ask(DialogKind::OpenGround, &ctx);
        }
    });
    if let Some((c, view, spots)) = &app.ground {
        ground_plot(ui, view, spots);
        for s in spots {
            ui.colored_label(
                theme::workout(s.kind),
                format!("• {}: {}", s.kind.label(), s.describe(&c.name)),
            );
        }
    }
}

/// The training ground's profile with the stretches found for each workout shaded.
fn ground_plot(
    ui: &mut egui::Ui,
    view: &super::derived::CourseView,
    spots: &[crate::training::HillSpot],
) {
    use egui_plot::{Line, Plot, PlotPoints, Span};
    if view.elevation.is_empty() {
        ui.weak("The training ground has no elevation data, so no hills can be found on it.");
        return;
    }
    Plot::new("training-ground")
        .height(130.0)
        .x_axis_label("km")
        .y_axis_label("m")
        .allow_scroll(false)
        .show(ui, |pui| {
            for s in spots {
                pui.span(
                    Span::new(s.kind.label(), s.start_m / 1000.0..=s.end_m / 1000.0)
                        .fill(theme::workout(s.kind).gamma_multiply(0.35))
                        .border_width(0.0),
                );
            }
            pui.line(
                Line::new("training ground", PlotPoints::Borrowed(&view.elevation))
                    .color(theme::ELEVATION),
            );
        });
}

fn weeks_ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    let Some(result) = &app.training else {
        ui.weak("The block appears once a plan exists.");
        return;
    };
    let block = match result {
        Ok(b) => b,
        Err(e) => {
            ui.colored_label(theme::ERROR, e);
            return;
        }
    };
    ui.label(format!(
        "{} weeks from {} to race day {}",
        block.weeks.len(),
        block.start,
        block.race_date
    ));
    if let Some(t) = &block.race_specific_from {
        ui.weak(format!("Race-specific sessions copy {t}."));
    }
    ui.weak(format!("Paces {}", block.paces.mapping))
        .on_hover_text(block.load_method.as_str());
    let mut clicked: Option<String> = None;
    egui::ScrollArea::vertical()
        .id_salt("weeks-scroll")
        .max_height(240.0)
        .show(ui, |ui| {
            for w in &block.weeks {
                let head = format!("Week {} · {} · load {:.0}", w.index, w.phase, w.load);
                CollapsingHeader::new(head)
                    .id_salt(("week", w.index))
                    .default_open(w.index == 1)
                    .show(ui, |ui| {
                        for s in &w.sessions {
                            let selected = app.selected_session.as_deref() == Some(s.id.as_str());
                            let label =
                                format!("{} {} · {}", s.date.weekday_name(), s.date, s.title);
                            if ui.selectable_label(selected, label).clicked() {
                                clicked = Some(s.id.clone());
                            }
                        }
                    });
            }
        });
    if let Some(id) = clicked {
        app.selected_session = if app.selected_session.as_deref() == Some(id.as_str()) {
            None
        } else {
            Some(id)
        };
    }
}

fn session_ui(app: &mut DownhillApp, ui: &mut egui::Ui) {
    let Some(id) = app.selected_session.clone() else {
        return;
    };
    let Some(Ok(block)) = &app.training else {
        return;
    };
    let Some(s) = block.session(&id).cloned() else {
        app.selected_session = None;
        return;
    };
    ui.separator();
    ui.label(RichText::new(&s.title).strong());
    ui.label(format!(
        "{} {} · about {} min",
        s.date.weekday_name(),
        s.date,
        (s.duration_s / 60.0).round()
    ));
    for line in s.describe().lines() {
        ui.label(line);
    }
    // Sliders: reps, length, slope (or minutes for the form jog), inside the article's ranges.
    let r = s.kind.ranges();
    let overrides = &mut app.settings.training.overrides;
    let idx = match overrides.iter().position(|o| o.id == s.id) {
        Some(i) => i,
        None => {
            overrides.push(SessionOverride {
                id: s.id.clone(),
                ..SessionOverride::default()
            });
            overrides.len() - 1
        }
    };
    let o = &mut overrides[idx];
    match s.kind {
        WorkoutKind::FormJog => {
            let mut m = (s.main[0].duration_s.unwrap_or(600.0) / 60.0).round();
            if ui
                .add(
                    Slider::new(&mut m, r.minutes.0..=r.minutes.1)
                        .text("Minutes")
                        .step_by(1.0),
                )
                .on_hover_text("Length of the easy downhill jog (10-15 min).")
                .changed()
            {
                o.minutes = Some(m);
            }
        }
        WorkoutKind::Strength => {
            let mut reps = s.reps;
            if ui
                .add(Slider::new(&mut reps, r.reps.0..=r.reps.1).text("Sets"))
                .on_hover_text("Rounds of planks, squats and box jumps.")
                .changed()
            {
                o.reps = Some(reps);
            }
        }
        _ => {
            let mut reps = s.reps;
            if ui
                .add(Slider::new(&mut reps, r.reps.0..=r.reps.1).text("Reps"))
                .on_hover_text("Repetitions down the slope (4-6 in the article).")
                .changed()
            {
                o.reps = Some(reps);
            }
            let mut len = s.main[0].distance_m.unwrap_or(r.length_m.0);
            if ui
                .add(
                    Slider::new(&mut len, r.length_m.0..=r.length_m.1)
                        .text("Length")
                        .suffix(" m")
                        .step_by(10.0),
                )
                .on_hover_text("Length of each downhill rep.")
                .changed()
            {
                o.length_m = Some(len);
            }
            let (lo, hi) = s.main[0].slope_pct.unwrap_or(r.slope_pct);
            let mut slope = (lo + hi) / 2.0;
            if ui
                .add(
                    Slider::new(&mut slope, r.slope_pct.0..=r.slope_pct.1)
                        .text("Slope")
                        .suffix(" % down")
                        .step_by(0.5),
                )
                .on_hover_text("Steepness of the hill to use.")
                .changed()
            {
                o.slope_pct = Some(slope);
            }
        }
    }
    let is_empty =
        o.reps.is_none() && o.length_m.is_none() && o.slope_pct.is_none() && o.minutes.is_none();
    if is_empty {
        overrides.retain(|o| o.id != s.id);
    } else if ui.button("Reset this session").clicked() {
        overrides.retain(|o| o.id != s.id);
    }
}
