//! The "My runs" section: import the runner's own runs (a folder or a file), the progress
//! and Cancel of an import, what was read and left out and why, the downhill metres of the
//! last 6 weeks, and the personal curve plotted against the built-in models.

use egui::CollapsingHeader;
use egui_plot::{Bar, BarChart, FilledArea, Legend, Line, LineStyle, Plot, PlotPoints};

use crate::app::command::Command;
use crate::app::dialogs::DialogKind;
use crate::app::runs::Runs;
use crate::app::{AppView, theme};
use crate::history::History;
use crate::plan::{PaceModel, PersonalCurve};

/// Draws the section.
pub fn ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    CollapsingHeader::new("My runs")
        .default_open(false)
        .show(ui, |ui| {
            let runs = app.runs;
            ui.horizontal(|ui| {
                if ui
                    .button("Import a folder…")
                    .on_hover_text("A folder of your timed runs (GPX, TCX, FIT), 8 levels deep.")
                    .clicked()
                {
                    out.push(Command::Ask(DialogKind::ImportRunsFolder));
                }
                if ui.button("Import a file…").clicked() {
                    out.push(Command::Ask(DialogKind::ImportRunsFile));
                }
                if !app.settings.runs.is_empty() && ui.button("Remove my runs").clicked() {
                    out.push(Command::RemoveRuns);
                }
            });
            if let Some(job) = &runs.job {
                progress_ui(ui, job, out);
            }
            for e in &runs.errors {
                ui.colored_label(theme::ERROR, crate::format::printable(e));
            }
            match &runs.history {
                Some(h) => history_ui(ui, app, h, runs, out),
                None if runs.job.is_none() => {
                    ui.label(
                        "Import your own timed runs and the planner learns how you run each \
                        grade (\"Mine\" in the pace model) and how much downhill you ran \
                        lately (the training block's start). Nothing leaves this computer.",
                    );
                }
                None => {}
            }
        });
}

fn progress_ui(ui: &mut egui::Ui, job: &crate::app::runs::RunsJob, out: &mut Vec<Command>) {
    use std::sync::atomic::Ordering;
    let n = job.sources.len();
    let i = job
        .source_index
        .load(Ordering::Relaxed)
        .min(n.saturating_sub(1))
        + 1;
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(format!(
            "Reading your runs ({i} of {n}): {} of {} files",
            job.done.load(Ordering::Relaxed),
            job.total.load(Ordering::Relaxed)
        ));
        if ui.button("Cancel").clicked() {
            out.push(Command::CancelRuns);
        }
    });
    ui.add(
        egui::ProgressBar::new(job.progress().unwrap_or(0.0))
            .desired_width(300.0)
            .show_percentage(),
    );
}

fn history_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    h: &History,
    runs: &Runs,
    out: &mut Vec<Command>,
) {
    let l = &h.left_out;
    let used = runs.curve.as_ref().map_or(0, |c| c.activities);
    let took = runs
        .took
        .map(|t| format!(", in {:.1} s", t.as_secs_f64()))
        .unwrap_or_default();
    ui.label(format!(
        "{} files: {used} runs used, {} blocks of ~100 m ({} from the cache{took}).",
        h.activities.len() + l.unreadable_files,
        l.blocks_kept,
        h.from_cache
    ));
    ui.label(format!(
        "Left out: {} not running, {} stops, {} GPS jumps, {} blocks of broken elevation; \
        {} unreadable, {} without times, {} without flat stretches.",
        l.not_running,
        l.stops,
        l.gps_jumps,
        l.broken_elevation_blocks,
        l.unreadable_files,
        l.untimed_activities,
        l.no_flat_reference
    ));
    ui.label(format!(
        "Comparable effort: {} runs with heart rate ({} blocks off their steady band left \
        out); the others by their own typical pace.",
        l.runs_with_heart_rate, l.off_effort_blocks
    ));
    if let Some(m) = runs.recent_descent_m {
        ui.label(recent_text(m, h.latest_start_s()));
    }
    ui.collapsing("Files and folders", |ui| {
        for p in &app.settings.runs {
            ui.label(crate::format::printable_path(p));
        }
    });
    let Some(curve) = &runs.curve else {
        ui.colored_label(
            theme::WARNING,
            "No usable run yet: a run needs times, a running pace and a few flat stretches.",
        );
        return;
    };
    fallback_ui(ui, app, out);
    curve_plot_ui(ui, curve);
    ui.weak(&curve.method);
}

/// Under the pace model, with "Mine": which of this course's grades use the fallback model.
pub fn fallback_note_ui(ui: &mut egui::Ui, app: &AppView<'_>, s: &crate::plan::PlanSettings) {
    let Some(curve) = s.personal.as_deref() else {
        ui.colored_label(
            theme::WARNING,
            "No curve of your runs: the plan uses the Strava-like curve. Import your runs \
            under My runs.",
        );
        return;
    };
    let grades: Vec<(f64, f64)> = app
        .session
        .view()
        .map(|v| {
            let p = &v.analysis.profile;
            p.distance_m
                .windows(2)
                .zip(&p.grade_pct)
                .map(|(d, g)| (*g, d[1] - d[0]))
                .collect()
        })
        .unwrap_or_default();
    let ranges = curve.fallback_ranges(&grades);
    let fallback = curve.fallback_model().label();
    if ranges.is_empty() {
        ui.label(format!(
            "Every grade of this course is planned from your {} runs.",
            curve.activities
        ));
        return;
    }
    let text: Vec<String> = ranges
        .iter()
        .map(|r| {
            let span = if r.from_pct == r.to_pct {
                format!("{:+.0} %", r.from_pct)
            } else {
                format!("{:+.0} to {:+.0} %", r.from_pct, r.to_pct)
            };
            format!("{span} ({:.1} km)", r.course_m / 1000.0)
        })
        .collect();
    ui.colored_label(
        theme::WARNING,
        format!(
            "Too few of your runs on {}: planned with {fallback} there.",
            text.join(", ")
        ),
    );
}

/// The descent of the last 6 weeks, or when the runs are all older, the date of the latest.
fn recent_text(recent_m: f64, latest_s: f64) -> String {
    let today = crate::date::Date::today();
    let latest_day = (latest_s / 86_400.0).floor() as i64;
    if recent_m <= 0.0 && today.days_since_epoch() - latest_day > 42 {
        let latest = crate::date::Date::from_ymd(1970, 1, 1)
            .map(|d| d.add_days(latest_day).to_string())
            .unwrap_or_default();
        return format!(
            "None of these runs is from the last 6 weeks (the latest: {latest}): the training \
            block starts at its usual first week."
        );
    }
    format!(
        "Downhill in the last 6 weeks: {:.0} m of descent (the training block starts from it).",
        recent_m.max(0.0)
    )
}

fn fallback_ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    let mut model = app.settings.runs_fallback;
    egui::ComboBox::from_label("where my runs are too few")
        .selected_text(model.label())
        .show_ui(ui, |ui| {
            for m in PaceModel::ALL {
                ui.selectable_value(&mut model, m, m.label());
            }
        })
        .response
        .on_hover_text(
            "\"Mine\" uses your own pace on grades with at least 20 blocks of ~100 m, and \
            this model on the others.",
        );
    if model != app.settings.runs_fallback {
        out.push(Command::SetRunsFallback(model));
    }
}

/// The built-in curves as speed ratios (1 / time factor) over -25..25 %.
fn model_line(m: PaceModel) -> Line<'static> {
    let name = match m {
        PaceModel::Kay => "Kay",
        PaceModel::Minetti => "Minetti",
        _ => "Strava-like",
    };
    let pts: Vec<[f64; 2]> = (-250..=250)
        .map(|i| {
            let g = f64::from(i) / 10.0;
            [g, 1.0 / m.factor(g)]
        })
        .collect();
    Line::new(name, PlotPoints::from(pts)).width(1.2)
}

/// Speed ratio against grade: the runner's curve with its 95 % band and the blocks behind
/// each grade (faint bars, scaled to the axis; the count is in the hover), against the
/// Strava-like, Kay and Minetti curves.
fn curve_plot_ui(ui: &mut egui::Ui, curve: &PersonalCurve) {
    let measured: Vec<_> = curve.bins.iter().filter(|b| !b.fallback).collect();
    let max_blocks = curve
        .bins
        .iter()
        .map(|b| b.blocks)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let bars: Vec<Bar> = curve
        .bins
        .iter()
        .filter(|b| b.blocks > 0)
        .map(|b| {
            Bar::new(b.grade_pct, 0.4 * b.blocks as f64 / max_blocks)
                .width(0.8)
                .name(format!(
                    "{:+.0} %: {} blocks{}",
                    b.grade_pct,
                    b.blocks,
                    if b.fallback { " (too few)" } else { "" }
                ))
        })
        .collect();
    let xs: Vec<f64> = measured.iter().map(|b| b.grade_pct).collect();
    let lo: Vec<f64> = measured.iter().map(|b| b.ratio_low).collect();
    let hi: Vec<f64> = measured.iter().map(|b| b.ratio_high).collect();
    let mine: Vec<[f64; 2]> = measured
        .iter()
        .map(|b| [b.grade_pct, b.speed_ratio])
        .collect();
    let thin: Vec<[f64; 2]> = (-250..=250)
        .map(|i| f64::from(i) / 10.0)
        .map(|g| [g, 1.0 / curve.factor(g)])
        .collect();
    Plot::new("personal-curve")
        .height(300.0)
        .x_axis_label("grade (%)")
        .y_axis_label("speed / flat speed")
        .include_x(-25.0)
        .include_x(25.0)
        .include_y(0.0)
        .include_y(2.5)
        .legend(Legend::default())
        .allow_scroll(false)
        .show(ui, |pui| {
            pui.bar_chart(BarChart::new("blocks (scaled)", bars).color(theme::BLOCKS));
            if xs.len() > 1 {
                pui.add(FilledArea::new("95 % band", &xs, &lo, &hi).fill_color(theme::MINE_BAND));
            }
            for m in PaceModel::ALL {
                pui.line(model_line(m).style(LineStyle::dashed_loose()));
            }
            pui.line(
                Line::new("mine + fallback", PlotPoints::from(thin))
                    .color(theme::MINE.gamma_multiply(0.5))
                    .width(1.5),
            );
            pui.line(
                Line::new("mine", PlotPoints::from(mine))
                    .color(theme::MINE)
                    .width(3.0),
            );
        });
}
