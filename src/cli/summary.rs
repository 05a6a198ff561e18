//! The readable summary of a race plan on the terminal: totals, the race morning (conditions,
//! the heat's cost, fluids, the catch-up card), the km splits and each descent with its cues.

use std::io::Write;

use crate::format;
use crate::plan::RacePlan;

/// The readable summary of `plan`.
pub fn write_plan_summary(p: &RacePlan, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{}", format::printable(&p.course.name))?;
    if let Some(o) = &p.course.official {
        let km = o.distance_m.map(|d| format!("{} km", format::km(d, 3)));
        let climb = o.gain_m.map(|g| format!("{g:.0} m climb"));
        let figures: Vec<String> = km.into_iter().chain(climb).collect();
        writeln!(
            out,
            "Official figures (entered by you): {}",
            figures.join(", ")
        )?;
    }
    writeln!(
        out,
        "Goal {} · start {} · finish {} · flat pace {}/km · model {}",
        format::hms(p.settings.goal_time_s),
        format::clock(p.settings.start_clock_s),
        p.finish_clock,
        format::pace(p.flat_pace_s_per_km),
        p.settings.model.label()
    )?;
    writeln!(
        out,
        concat!(
            "Energy {:.0} kcal (climbs {:.0} %, descents {:.0} %, flats {:.0} %) · ",
            "descent load {:.0} points (heuristic)"
        ),
        p.energy.total_kcal,
        p.energy.climbs_pct,
        p.energy.descents_pct,
        p.energy.flats_pct,
        p.total_descent_load
    )?;
    write_race_morning(p, out)?;
    write_splits(p, out)?;
    write_descents(p, out)?;
    writeln!(out, "\nFuel:")?;
    for f in &p.fuel {
        writeln!(
            out,
            "  km {:>5} at {}: {} {}",
            format::km(f.distance_m, 1),
            f.clock,
            f.item,
            f.note
        )?;
    }
    Ok(())
}

/// Conditions, the heat's cost, fluids and the catch-up card, when the plan has them.
fn write_race_morning(p: &RacePlan, out: &mut dyn Write) -> std::io::Result<()> {
    if let Some(c) = &p.conditions {
        let date = c
            .race_date
            .as_deref()
            .map(|d| format!(" {d}"))
            .unwrap_or_default();
        writeln!(out, "\nRace morning{date} · heat: {}", c.mode.label())?;
        for r in &c.table {
            writeln!(
                out,
                "  {}  {:>4.1} °C  dew point {:>4.1} °C  humidity {:>3.0} %  slowdown {:.1} %",
                r.clock, r.temp_c, r.dewpoint_c, r.humidity_pct, r.slowdown_pct
            )?;
        }
    }
    for line in p.morning_lines() {
        writeln!(out, "{line}")?;
    }
    if let Some(w) = p.heat.as_ref().and_then(|h| h.warning.as_ref()) {
        writeln!(out, "Warning: {w}")?;
    }
    if !p.catch_up.is_empty() {
        writeln!(out, "\nCatch-up card (behind by 15 / 30 / 60 / 120 s):")?;
        for row in &p.catch_up {
            let cells: Vec<&str> = row.deficits.iter().map(|d| d.text.as_str()).collect();
            let b = row
                .elapsed_b
                .as_deref()
                .map(|b| format!(" (B {b})"))
                .unwrap_or_default();
            writeln!(
                out,
                "  km {:>2.0} at {}{b}: {}",
                row.km,
                row.elapsed,
                cells.join(" | ")
            )?;
        }
    }
    Ok(())
}

/// The kilometre splits table.
fn write_splits(p: &RacePlan, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "\n  split       pace   cumul.    clock     gain  loss  grade   kcal  load"
    )?;
    for s in &p.splits_km {
        writeln!(
            out,
            "  {:<9} {:>6} {:>8} {:>9} {:>6.0} {:>5.0} {:>5.1}% {:>6.0} {:>5.1}",
            s.label,
            format::pace(s.pace_s_per_km),
            format::hms(s.cumulative_s),
            s.clock,
            s.gain_m,
            s.loss_m,
            s.avg_grade_pct,
            s.energy_kcal,
            s.descent_load
        )?;
    }
    Ok(())
}

/// How to run each descent, with its cues.
fn write_descents(p: &RacePlan, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "\nDescents:")?;
    for (k, d) in p.descent_strategy.iter().enumerate() {
        let edited = p.descents.get(k).is_some_and(|d| d.edited_by_runner);
        writeln!(
            out,
            "  {}{} ({}, km {}-{}, at {}): {}",
            format::printable(&d.name),
            if edited { " [edited by you]" } else { "" },
            d.kind.label(),
            format::km(d.start_m, 1),
            format::km(d.end_m, 1),
            d.clock_at_start,
            d.pace_summary()
        )?;
        for c in &d.cues {
            writeln!(out, "      - {c}")?;
        }
    }
    Ok(())
}
