//! Where a climb or descent starts and ends: flat shoulders trimmed, then (on a noisy file)
//! the ends moved to the real top and bottom.

use super::{Direction, SegmentSettings, Slope, Span};

/// Moves the ends inward past flat shoulders.
pub(super) fn trim(mut sp: Span, slope: Slope<'_>, st: &SegmentSettings, dir: Direction) -> Span {
    let k = ((100.0 / slope.spacing_m).round() as usize).max(1);
    let half = st.min_grade_pct / 2.0;
    while sp.end > sp.start + k && slope.grade_pct(sp.start, sp.start + k, dir) < half {
        sp.start += 1;
    }
    while sp.end > sp.start + k && slope.grade_pct(sp.end - k, sp.end, dir) < half {
        sp.end -= 1;
    }
    sp
}

/// Moves the ends to the top and the bottom: going down, the span starts at the last point
/// still within `tolerance_m` of its highest point, then back up to the nearest local top
/// (the crest, or the end of a bridge deck), and ends at the first point within
/// `tolerance_m` of its lowest, then on down to the nearest local bottom (the foot); a
/// run-out that wanders by less than that, or a drifting deck, is not part of it. Mirrored
/// going up.
pub(super) fn to_extremes(
    sp: Span,
    slope: Slope<'_>,
    tolerance_m: f64,
    min_grade_pct: f64,
    dir: Direction,
) -> Span {
    if tolerance_m <= 0.0 {
        return sp;
    }
    let e = slope.elevation_m;
    let sign = dir.sign();
    // Heights in the span's direction: the start is the low side, the end the high side.
    let h = |i: usize| e[i] * sign;
    let low = (sp.start..=sp.end).map(h).fold(f64::INFINITY, f64::min);
    let high = (sp.start..=sp.end).map(h).fold(f64::NEG_INFINITY, f64::max);
    let top = (sp.start..=sp.end)
        .rev()
        .find(|&i| h(i) <= low + tolerance_m)
        .unwrap_or(sp.start);
    // Then back to where the slope really starts (the crest, or the end of a bridge deck):
    // the highest point of the 400 m behind, each metre back costing half the minimum grade,
    // so a crest draws the start up to it and a drifting deck does not.
    let cost = min_grade_pct / 100.0;
    let reach = ((400.0 / slope.spacing_m).round() as usize).max(1);
    let d = slope.distance_m;
    let start = (top.saturating_sub(reach).max(sp.start)..=top)
        .max_by(|&i, &j| {
            let score = |k: usize| -h(k) - cost * (d[top] - d[k]);
            score(i).total_cmp(&score(j)).then(j.cmp(&i))
        })
        .unwrap_or(top);
    let first = (start..=sp.end)
        .find(|&i| h(i) >= high - tolerance_m)
        .unwrap_or(sp.end);
    let end = (first..=(first + reach).min(sp.end))
        .max_by(|&i, &j| {
            let score = |k: usize| h(k) - cost * (d[k] - d[first]);
            score(i).total_cmp(&score(j)).then(j.cmp(&i))
        })
        .unwrap_or(first);
    if end > start { Span { start, end } } else { sp }
}
