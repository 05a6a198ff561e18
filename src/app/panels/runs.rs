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
use crate::t;

/// Draws the section.
pub fn ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    CollapsingHeader::new(t!("runs-title"))
        .id_salt("my-runs")
        .default_open(false)
        .show(ui, |ui| {
            let runs = app.runs;
            ui.horizontal(|ui| {
                if ui
                    .button(t!("runs-import-folder"))
                    .on_hover_text(t!("runs-import-folder-hover"))
                    .clicked()
                {
                    out.push(Command::Ask(DialogKind::ImportRunsFolder));
                }
                if ui.button(t!("runs-import-file")).clicked() {
                    out.push(Command::Ask(DialogKind::ImportRunsFile));
                }
                if !app.settings.runs.is_empty() && ui.button(t!("runs-remove")).clicked() {
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
                    ui.label(t!("runs-intro"));
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
        ui.label(t!(
            "runs-reading",
            i = i,
            n = n,
            done = job.done.load(Ordering::Relaxed),
            total = job.total.load(Ordering::Relaxed)
        ));
        if ui.button(t!("runs-cancel")).clicked() {
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
        .map(|t| t!("runs-took", s = crate::i18n::number(t.as_secs_f64(), 1)))
        .unwrap_or_default();
    ui.label(t!(
        "runs-counts",
        files = h.activities.len() + l.unreadable_files,
        used = used,
        blocks = l.blocks_kept,
        cached = h.from_cache,
        took = took
    ));
    ui.label(t!(
        "runs-left-out",
        not_running = l.not_running,
        stops = l.stops,
        jumps = l.gps_jumps,
        broken = l.broken_elevation_blocks,
        unreadable = l.unreadable_files,
        untimed = l.untimed_activities,
        no_flat = l.no_flat_reference
    ));
    ui.label(t!(
        "runs-effort",
        hr_runs = l.runs_with_heart_rate,
        off = l.off_effort_blocks
    ));
    if let Some(m) = runs.recent_descent_m {
        ui.label(recent_text(m, h.latest_start_s()));
    }
    ui.collapsing(t!("runs-files"), |ui| {
        for p in &app.settings.runs {
            ui.label(crate::format::printable_path(p));
        }
    });
    let Some(curve) = &runs.curve else {
        ui.colored_label(theme::WARNING, t!("runs-none-usable"));
        return;
    };
    fallback_ui(ui, app, out);
    curve_plot_ui(ui, curve);
    ui.weak(&curve.method);
}

/// Under the pace model, with "Mine": which of this course's grades use the fallback model.
pub fn fallback_note_ui(ui: &mut egui::Ui, app: &AppView<'_>, s: &crate::plan::PlanSettings) {
    let Some(curve) = s.personal.as_deref() else {
        ui.colored_label(theme::WARNING, t!("runs-no-curve"));
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
        ui.label(t!("runs-all-grades", count = curve.activities));
        return;
    }
    let text: Vec<String> = ranges
        .iter()
        .map(|r| {
            let span = if r.from_pct == r.to_pct {
                format!("{:+.0} %", r.from_pct)
            } else {
                t!(
                    "runs-grade-span",
                    from = format!("{:+.0}", r.from_pct),
                    to = format!("{:+.0}", r.to_pct)
                )
            };
            format!(
                "{span} ({} km)",
                crate::i18n::number(r.course_m / 1000.0, 1)
            )
        })
        .collect();
    ui.colored_label(
        theme::WARNING,
        t!(
            "runs-too-few",
            grades = text.join(", "),
            fallback = fallback
        ),
    );
}

/// The descent of the last 6 weeks, or when the runs are all older, the date of the latest.
fn recent_text(recent_m: f64, latest_s: f64) -> String {
    let today = crate::date::Date::today();
    let latest_day = (latest_s / 86_400.0).floor() as i64;
    if recent_m <= 0.0 && today.days_since_epoch() - latest_day > 42 {
        let latest = crate::date::Date::from_ymd(1970, 1, 1)
            .map(|d| d.add_days(latest_day).local())
            .unwrap_or_default();
        return t!("runs-none-recent", latest = latest);
    }
    t!("runs-recent", m = format!("{:.0}", recent_m.max(0.0)))
}

fn fallback_ui(ui: &mut egui::Ui, app: &AppView<'_>, out: &mut Vec<Command>) {
    let mut model = app.settings.runs_fallback;
    egui::ComboBox::from_label(t!("runs-fallback-label"))
        .selected_text(model.label())
        .show_ui(ui, |ui| {
            for m in PaceModel::ALL {
                ui.selectable_value(&mut model, m, m.label());
            }
        })
        .response
        .on_hover_text(t!("runs-fallback-hover"));
    if model != app.settings.runs_fallback {
        out.push(Command::SetRunsFallback(model));
    }
}

/// The built-in curves as speed ratios (1 / time factor) over -25..25 %.
fn model_line(m: PaceModel) -> Line<'static> {
    let name = match m {
        PaceModel::Kay => "Kay",
        PaceModel::Minetti => "Minetti",
        _ => "Strava",
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
                .name(t!(
                    "runs-bar",
                    grade = format!("{:+.0}", b.grade_pct),
                    blocks = b.blocks,
                    few = if b.fallback { "yes" } else { "no" }
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
        .x_axis_label(t!("runs-axis-grade"))
        .y_axis_label(t!("runs-axis-speed"))
        .include_x(-25.0)
        .include_x(25.0)
        .include_y(0.0)
        .include_y(2.5)
        .legend(Legend::default())
        .allow_scroll(false)
        .show(ui, |pui| {
            pui.bar_chart(BarChart::new(t!("runs-blocks-scaled"), bars).color(theme::BLOCKS));
            if xs.len() > 1 {
                pui.add(
                    FilledArea::new(t!("runs-band"), &xs, &lo, &hi).fill_color(theme::MINE_BAND),
                );
            }
            for m in PaceModel::ALL {
                pui.line(model_line(m).style(LineStyle::dashed_loose()));
            }
            pui.line(
                Line::new(t!("runs-mine-fallback"), PlotPoints::from(thin))
                    .color(theme::MINE.gamma_multiply(0.5))
                    .width(1.5),
            );
            pui.line(
                Line::new(t!("runs-mine"), PlotPoints::from(mine))
                    .color(theme::MINE)
                    .width(3.0),
            );
        });
}
