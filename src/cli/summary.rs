//! The readable summary of a race plan on the terminal: totals, the race morning (conditions,
//! the heat's cost, fluids, the catch-up card), the km splits and each descent with its cues.

use std::io::Write;

use crate::format;
use crate::plan::RacePlan;
use crate::t;

/// The readable summary of `plan`.
pub fn write_plan_summary(p: &RacePlan, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{}", format::printable(&p.course.name))?;
    if let Some(o) = &p.course.official {
        let km = o.distance_m.map(|d| format!("{} km", format::km(d, 3)));
        let climb = o
            .gain_m
            .map(|g| t!("cli-official-climb", gain = format::num(g, 0)));
        let figures: Vec<String> = km.into_iter().chain(climb).collect();
        let line = t!("cli-official", figures = figures.join(", "));
        writeln!(out, "{line}")?;
    }
    let line = t!(
        "cli-plan-facts",
        goal = format::hms(p.settings.goal_time_s),
        start = format::clock(p.settings.start_clock_s),
        finish = p.finish_clock.as_str(),
        flat = format::pace(p.flat_pace_s_per_km),
        model = p.settings.model.label()
    );
    writeln!(out, "{line}")?;
    let line = t!(
        "cli-plan-energy",
        kcal = format::num(p.energy.total_kcal, 0),
        climbs = format::num(p.energy.climbs_pct, 0),
        descents = format::num(p.energy.descents_pct, 0),
        flats = format::num(p.energy.flats_pct, 0),
        load = format::num(p.total_descent_load, 0)
    );
    writeln!(out, "{line}")?;
    write_race_morning(p, out)?;
    write_splits(p, out)?;
    write_descents(p, out)?;
    writeln!(out, "\n{}", t!("cli-fuel"))?;
    for f in &p.fuel {
        let line = t!(
            "cli-fuel-line",
            km = format!("{:>5}", format::km(f.distance_m, 1)),
            clock = f.clock.as_str(),
            item = f.item.as_str(),
            note = f.note.as_str()
        );
        writeln!(out, "  {line}")?;
    }
    Ok(())
}

/// Conditions, the heat's cost, fluids and the catch-up card, when the plan has them.
fn write_race_morning(p: &RacePlan, out: &mut dyn Write) -> std::io::Result<()> {
    if let Some(c) = &p.conditions {
        let head = match c.race_date.as_deref() {
            Some(d) => t!(
                "cli-morning-dated",
                date = crate::date::local_day(d),
                mode = c.mode.label()
            ),
            None => t!("cli-morning", mode = c.mode.label()),
        };
        writeln!(out, "\n{head}")?;
        for r in &c.table {
            let line = t!(
                "cli-morning-row",
                clock = r.clock.as_str(),
                temp = format!("{:>4}", format::num(r.temp_c, 1)),
                dew = format!("{:>4}", format::num(r.dewpoint_c, 1)),
                humidity = format!("{:>3}", format::num(r.humidity_pct, 0)),
                slowdown = format::num(r.slowdown_pct, 1)
            );
            writeln!(out, "  {line}")?;
        }
    }
    for line in p.morning_lines() {
        writeln!(out, "{line}")?;
    }
    if let Some(w) = p.heat.as_ref().and_then(|h| h.warning.as_ref()) {
        writeln!(out, "{}", t!("cli-warning", warning = w.as_str()))?;
    }
    if !p.catch_up.is_empty() {
        writeln!(out, "\n{}", t!("cli-catch-up"))?;
        for row in &p.catch_up {
            let cells: Vec<&str> = row.deficits.iter().map(|d| d.text.as_str()).collect();
            let b = row
                .elapsed_b
                .as_deref()
                .map(|b| format!(" (B {b})"))
                .unwrap_or_default();
            let line = t!(
                "cli-catch-up-row",
                km = format!("{:>2}", format::num(row.km, 0)),
                elapsed = format!("{}{b}", row.elapsed),
                cells = cells.join(" | ")
            );
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}

/// The kilometre splits table.
fn write_splits(p: &RacePlan, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "\n  {}", t!("cli-splits-head"))?;
    for s in &p.splits_km {
        writeln!(
            out,
            "  {:<9} {:>6} {:>8} {:>9} {:>6} {:>5} {:>5}% {:>6} {:>5}",
            s.label,
            format::pace(s.pace_s_per_km),
            format::hms(s.cumulative_s),
            s.clock,
            format::num(s.gain_m, 0),
            format::num(s.loss_m, 0),
            format::num(s.avg_grade_pct, 1),
            format::num(s.energy_kcal, 0),
            format::num(s.descent_load, 1)
        )?;
    }
    Ok(())
}

/// How to run each descent, with its cues.
fn write_descents(p: &RacePlan, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "\n{}", t!("cli-descents"))?;
    for (k, d) in p.descent_strategy.iter().enumerate() {
        let edited = p.descents.get(k).is_some_and(|d| d.edited_by_runner);
        let name = format::printable(&d.name);
        let line = t!(
            "cli-descent",
            name = if edited {
                t!("cli-descent-edited", name = name)
            } else {
                name
            },
            kind = d.kind.label(),
            start = format::km(d.start_m, 1),
            end = format::km(d.end_m, 1),
            clock = d.clock_at_start.as_str(),
            summary = d.pace_summary()
        );
        writeln!(out, "  {line}")?;
        for c in &d.cues {
            writeln!(out, "      - {c}")?;
        }
    }
    Ok(())
}
