//! The debrief in a runner's words: one paragraph (finish against plan, halfway, the
//! rushed descents and what the flats after them cost, heart-rate drift, the watch).

use super::Debrief;
use crate::{format, i18n, t};

/// Pace:HR decoupling above this reads as fading, % (the usual rule of thumb).
pub const DECOUPLING_FADE_PCT: f64 = 5.0;

/// "2:14 slower" / "0:41 faster" / "on time" for actual - planned seconds.
pub fn behind(delta_s: f64) -> String {
    if delta_s.abs() < 1.0 {
        t!("verdict-on-time")
    } else if delta_s > 0.0 {
        t!("verdict-slower", time = format::pace(delta_s))
    } else {
        t!("verdict-faster", time = format::pace(-delta_s))
    }
}

/// "+0:12" / "-0:41" for actual - planned seconds (minus = gained).
pub fn signed(delta_s: f64) -> String {
    let sign = if delta_s < -0.5 { "-" } else { "+" };
    format!("{sign}{}", format::pace(delta_s.abs()))
}

/// The paragraph.
pub fn verdict(d: &Debrief) -> String {
    let finish_delta_s = d.actual_finish_s - d.planned_finish_s;
    let mut s = if finish_delta_s.abs() < 1.0 {
        t!(
            "verdict-finished-on-plan",
            time = format::hms(d.actual_finish_s)
        )
    } else {
        t!(
            "verdict-finished",
            time = format::hms(d.actual_finish_s),
            delta = behind(finish_delta_s),
            planned = format::hms(d.planned_finish_s)
        )
    };
    let half = d.km.iter().find(|k| k.end_m >= d.course_distance_m / 2.0);
    if let Some(h) = half.filter(|_| d.km.len() >= 4)
        && h.cumulative_delta_s < -10.0
        && finish_delta_s > h.cumulative_delta_s + 30.0
    {
        s += " ";
        s += &t!(
            "verdict-out-too-fast",
            ahead = format::pace(-h.cumulative_delta_s),
            at = h.label.as_str()
        );
    }
    s += &descents_sentence(d);
    if let Some(hr) = &d.heart_rate {
        if hr.decoupling_pct > DECOUPLING_FADE_PCT {
            s += " ";
            s += &t!("verdict-hr-faded", pct = i18n::number(hr.decoupling_pct, 0));
        } else {
            s += " ";
            s += &t!("verdict-hr-held");
        }
    }
    s += " ";
    s += &t!(
        "verdict-watch",
        pct = i18n::number(d.over_read_pct.abs(), 1),
        long = if d.over_read_pct >= 0.0 { "yes" } else { "no" },
        next = i18n::number(d.next_plan_over_read_pct, 1)
    );
    s
}

fn descents_sentence(d: &Debrief) -> String {
    if d.descents.is_empty() {
        return String::new();
    }
    let rushed: Vec<&str> = d
        .descents
        .iter()
        .filter(|x| x.rushed)
        .map(|x| x.name.as_str())
        .collect();
    if rushed.is_empty() {
        return format!(" {}", t!("verdict-held", count = d.descents.len()));
    }
    let mut s = if let [one] = rushed[..] {
        format!(
            " {}",
            t!("verdict-rushed-one", name = one, count = d.descents.len())
        )
    } else {
        format!(
            " {}",
            t!(
                "verdict-rushed-many",
                rushed = rushed.len(),
                count = d.descents.len(),
                names = rushed.join(", ")
            )
        )
    };
    let after: Vec<f64> = d
        .descents
        .iter()
        .filter(|x| x.rushed)
        .filter_map(|x| x.flat_after.as_ref())
        .filter(|f| f.faded)
        .map(|f| f.delta_s)
        .collect();
    if after.is_empty() {
        s += " ";
        s += &t!("verdict-flats-held", rushed = rushed.len());
    } else {
        s += " ";
        s += &t!(
            "verdict-flats-paid",
            time = format::pace(after.iter().sum()),
            faded = after.len(),
            rushed = rushed.len()
        );
    }
    s
}
