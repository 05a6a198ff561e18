//! File > Open race recording…: the recording is read and debriefed against the plan on
//! screen on a helper thread, then the "Race debrief" window shows the pace run over the
//! pace planned per km (the same axes), the descents with their rushed flags and the flat
//! after each, the watch's over-read and the verdict; "Plan next race from this" sets the
//! watch over-read to the measured one. Errors go to the status bar in one sentence and
//! the plan stays as it was.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use egui_plot::{Legend, Line, Plot, PlotPoints};

use super::command::Command;
use super::dialogs::DialogKind;
use super::theme;
use super::{AppView, DownhillApp};
use crate::history::debrief::verdict::signed;
use crate::history::debrief::{self, Debrief, DescentDebrief};
use crate::{format, i18n, t};

/// The debrief being made and the one on screen.
#[derive(Debug, Default)]
pub struct DebriefState {
    /// The recording being read, and its file name.
    job: Option<(Receiver<Result<Debrief, String>>, String)>,
    /// The last debrief made, and its recording's file name.
    pub result: Option<(Debrief, String)>,
    /// The window is open.
    pub open: bool,
    /// The file being read.
    reading: Option<PathBuf>,
    /// The file of the debrief on screen ("Plan next race from this" adds it to the
    /// runner's runs).
    shown: Option<PathBuf>,
}

impl DebriefState {
    /// True while a recording is being read.
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }
}

impl DownhillApp {
    /// Starts reading `path` against the plan on screen (a status message without one).
    pub fn open_recording(&mut self, path: PathBuf, ctx: &egui::Context) {
        let Some(doc) = self.session.document() else {
            return self.error(t!("debrief-need-plan"));
        };
        let name = file_name(&path);
        let path_for_runs = path.clone();
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        // A new thread starts in English: it reads in the window's language.
        let lang = crate::i18n::current();
        let spawned = std::thread::Builder::new()
            .name("debrief".into())
            .spawn(move || {
                let result = crate::i18n::with_lang(lang, || {
                    debrief::debrief_file(&path, &doc.plan).map_err(|e| e.to_string())
                });
                let _ = tx.send(result);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.debrief.job = Some((rx, name.clone()));
                self.debrief.reading = Some(path_for_runs);
                self.info(t!("debrief-reading", name = name.as_str()));
            }
            Err(e) => self.error(t!("debrief-thread-failed", reason = e.to_string())),
        }
    }

    /// Takes a finished debrief (called every frame).
    pub fn poll_debrief(&mut self) {
        let Some((rx, name)) = &self.debrief.job else {
            return;
        };
        let answer = match rx.try_recv() {
            Err(TryRecvError::Empty) => return,
            Ok(answer) => answer,
            Err(TryRecvError::Disconnected) => Err(t!("debrief-stopped")),
        };
        let name = name.clone();
        self.debrief.job = None;
        self.take_debrief(answer, name);
    }

    /// Waits for the recording being read (tests).
    pub fn finish_debrief(&mut self) {
        if let Some((rx, name)) = self.debrief.job.take() {
            let answer = rx.recv().unwrap_or_else(|_| Err(t!("debrief-stopped")));
            self.take_debrief(answer, name);
        }
    }

    fn take_debrief(&mut self, answer: Result<Debrief, String>, name: String) {
        match answer {
            Ok(d) => {
                let rushed = d.descents.iter().filter(|x| x.rushed).count();
                self.info(t!(
                    "debrief-done",
                    name = name.as_str(),
                    delta = signed(d.actual_finish_s - d.planned_finish_s),
                    rushed = rushed,
                    count = d.descents.len()
                ));
                self.debrief.result = Some((d, name));
                self.debrief.shown = self.debrief.reading.take();
                self.debrief.open = true;
            }
            Err(e) => {
                let e = e.trim_end_matches('.').to_string();
                self.error(t!("debrief-failed", reason = e));
            }
        }
    }

    /// "Plan next race from this": the watch over-read becomes the measured one, and the
    /// recording joins the runner's runs (its grades feed the personal curve, "Mine").
    pub fn plan_next_from_debrief(&mut self, ctx: &egui::Context) {
        let Some((d, _)) = &self.debrief.result else {
            return;
        };
        let pct = d.next_plan_over_read_pct;
        let measured = d.over_read_pct;
        self.settings.plan.watch_over_read_pct = pct;
        let recording = self.debrief.shown.clone();
        if let Some(path) = recording {
            self.import_runs(path, ctx);
        }
        self.info(t!(
            "debrief-over-read-set",
            pct = i18n::number(pct, 1),
            measured = signed_pct(measured)
        ));
    }
}

/// File > "Open race recording…" (enabled with a plan on screen).
pub fn menu_entry_ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    let button = egui::Button::new(t!("debrief-menu"));
    if ui
        .add_enabled(app.session.plan_ok().is_some(), button)
        .on_hover_text(t!("debrief-menu-hover"))
        .clicked()
    {
        out.push(Command::Ask(DialogKind::OpenRecording));
    }
}

/// A signed percentage with one decimal in the window's language (`+1.2` / `+1,2`).
fn signed_pct(pct: f64) -> String {
    let sign = if pct >= 0.0 { "+" } else { "" };
    format!("{sign}{}", i18n::number(pct, 1))
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Draws the "Race debrief" window when it is open.
pub fn window_ui(ctx: &egui::Context, state: &DebriefState, out: &mut Vec<Command>) {
    let Some((d, name)) = state.result.as_ref().filter(|_| state.open) else {
        return;
    };
    let mut open = true;
    egui::Window::new(t!("debrief-title"))
        .id(egui::Id::unique("debrief-window"))
        .open(&mut open)
        .default_width(640.0)
        .default_height(620.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| body_ui(ui, d, name, out));
        });
    if !open {
        out.push(Command::ShowDebrief(false));
    }
}

fn body_ui(ui: &mut egui::Ui, d: &Debrief, name: &str, out: &mut Vec<Command>) {
    ui.label(egui::RichText::new(format::printable(name)).weak());
    ui.label(t!(
        "debrief-finished",
        actual = format::hms(d.actual_finish_s),
        planned = format::hms(d.planned_finish_s),
        delta = signed(d.actual_finish_s - d.planned_finish_s),
        stopped = format::pace(d.stopped_s)
    ));
    ui.label(t!(
        "debrief-over-read",
        pct = signed_pct(d.over_read_pct),
        recorded = i18n::number(d.recorded_distance_m / 1000.0, 2),
        course = i18n::number(d.course_distance_m / 1000.0, 2)
    ));
    if ui
        .button(t!("debrief-plan-next"))
        .on_hover_text(t!(
            "debrief-plan-next-hover",
            pct = i18n::number(d.next_plan_over_read_pct, 1)
        ))
        .clicked()
    {
        out.push(Command::PlanNextFromDebrief);
    }
    ui.separator();
    ui.label(d.verdict.as_str());
    ui.separator();
    pace_plot_ui(ui, d);
    ui.separator();
    descents_ui(ui, d);
}

/// Pace per km, planned and run, on the same axes (slower higher, as the plan's plot).
fn pace_plot_ui(ui: &mut egui::Ui, d: &Debrief) {
    let steps = |pace: fn(&debrief::KmDebrief) -> f64| -> Vec<[f64; 2]> {
        d.km.iter()
            .flat_map(|k| [[k.start_m / 1000.0, pace(k)], [k.end_m / 1000.0, pace(k)]])
            .collect()
    };
    let planned = steps(|k| k.planned_pace_s_per_km);
    let run = steps(|k| k.actual_pace_s_per_km);
    // Steps have vertical jumps: no band aggregation, or they draw as filled blocks.
    Plot::new("debrief-pace")
        .height(200.0)
        .legend(Legend::default())
        .y_axis_label(t!("debrief-axis-pace"))
        .x_axis_label("km")
        .y_axis_formatter(|m, _| format::pace(m.value))
        .y_grid_spacer(egui_plot::uniform_grid_spacer(|input| {
            super::plots::pace_steps_s(&input)
        }))
        .allow_scroll(false)
        .show(ui, |pui| {
            let grey = theme::c32(crate::palette::GREY);
            let red = theme::c32(crate::palette::RED);
            let line = |name, pts| Line::new(name, PlotPoints::from(pts)).allow_band(false);
            pui.line(line(t!("debrief-planned"), planned).color(grey).width(2.0));
            pui.line(line(t!("debrief-run"), run).color(red).width(1.5));
        });
}

/// The descents: cap, run, time, the rushed flag and the flat after.
fn descents_ui(ui: &mut egui::Ui, d: &Debrief) {
    ui.strong(t!("debrief-descents"));
    egui::Grid::new("debrief-descents")
        .striped(true)
        .num_columns(6)
        .show(ui, |ui| {
            let heads = [
                t!("debrief-col-descent"),
                t!("debrief-col-cap"),
                t!("debrief-col-run"),
                "+/-".to_owned(),
                String::new(),
                t!("debrief-col-flat-after"),
            ];
            for head in heads {
                ui.label(egui::RichText::new(head).weak());
            }
            ui.end_row();
            for x in &d.descents {
                descent_row_ui(ui, x);
                ui.end_row();
            }
        });
    ui.label(
        egui::RichText::new(t!(
            "debrief-rushed-note",
            pct = i18n::number(d.rushed_tolerance_pct, 0)
        ))
        .small()
        .weak(),
    );
}

fn descent_row_ui(ui: &mut egui::Ui, x: &DescentDebrief) {
    ui.label(format::printable(&x.name));
    ui.label(format!("{}/km", format::pace(x.cap_pace_s_per_km)));
    ui.label(format!("{}/km", format::pace(x.actual_pace_s_per_km)));
    ui.label(signed(x.delta_s));
    if x.rushed {
        let red = theme::c32(crate::palette::RED);
        let pct = i18n::number(x.faster_than_cap_pct, 0);
        ui.colored_label(red, t!("debrief-rushed", pct = pct));
    } else {
        ui.label(t!("debrief-held"));
    }
    match &x.flat_after {
        Some(f) => ui.label(t!(
            "debrief-flat-after",
            planned = format::pace(f.planned_pace_s_per_km),
            run = format::pace(f.actual_pace_s_per_km),
            delta = signed(f.delta_s),
            faded = if f.faded { "yes" } else { "no" }
        )),
        None => ui.label("—"),
    };
}
