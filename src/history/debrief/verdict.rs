//! The debrief in a runner's words: one paragraph (finish against plan, halfway, the
//! rushed descents and what the flats after them cost, heart-rate drift, the watch).

use super::Debrief;
use crate::format;

/// Pace:HR decoupling above this reads as fading, % (the usual rule of thumb).
pub const DECOUPLING_FADE_PCT: f64 = 5.0;

/// "2:14 slower" / "0:41 faster" / "on time" for actual - planned seconds.
pub fn behind(delta_s: f64) -> String {
    if delta_s.abs() < 1.0 {
        "on time".into()
    } else if delta_s > 0.0 {
        format!("{} slower", format::pace(delta_s))
    } else {
        format!("{} faster", format::pace(-delta_s))
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
        format!(
            "You finished in {}, right on the plan.",
            format::hms(d.actual_finish_s)
        )
    } else {
        format!(
            "You finished in {}, {} than the plan's {}.",
            format::hms(d.actual_finish_s),
            behind(finish_delta_s),
            format::hms(d.planned_finish_s)
        )
    };
    let half = d.km.iter().find(|k| k.end_m >= d.course_distance_m / 2.0);
    if let Some(h) = half.filter(|_| d.km.len() >= 4)
        && h.cumulative_delta_s < -10.0
        && finish_delta_s > h.cumulative_delta_s + 30.0
    {
        s += &format!(
            " You were {} ahead at {} and gave it back later: you went out too fast.",
            format::pace(-h.cumulative_delta_s),
            h.label
        );
    }
    s += &descents_sentence(d);
    if let Some(hr) = &d.heart_rate {
        if hr.decoupling_pct > DECOUPLING_FADE_PCT {
            s += &format!(
                " Each heartbeat bought {:.0} % less pace in the second half: you faded.",
                hr.decoupling_pct
            );
        } else {
            s += " Your heart rate and pace held together to the end.";
        }
    }
    s += &format!(
        " Your watch read {:.1} % {}; the next plan uses {:.1} %.",
        d.over_read_pct.abs(),
        if d.over_read_pct >= 0.0 {
            "long"
        } else {
            "short"
        },
        d.next_plan_over_read_pct
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
        return match d.descents.len() {
            1 => " You held the descent at or under its cap: well done.".into(),
            2 => " You held both descents at or under their caps: well done.".into(),
            n => format!(" You held all {n} descents at or under their caps: well done."),
        };
    }
    let mut s = if let [one] = rushed[..] {
        format!(
            " You ran {one} faster than its cap ({} descents in all).",
            d.descents.len()
        )
    } else {
        format!(
            " You ran {} of {} descents faster than their caps ({}).",
            rushed.len(),
            d.descents.len(),
            rushed.join(", ")
        )
    };
    let them = if rushed.len() == 1 { "it" } else { "them" };
    let after: Vec<f64> = d
        .descents
        .iter()
        .filter(|x| x.rushed)
        .filter_map(|x| x.flat_after.as_ref())
        .filter(|f| f.faded)
        .map(|f| f.delta_s)
        .collect();
    if after.is_empty() {
        s += &format!(
            " The flats after {them} held up this time, but the quads pay for it late in a race."
        );
    } else {
        s += &format!(
            " You paid {} on the flat after {}: hold the cap and win time on the flats.",
            format::pace(after.iter().sum()),
            if after.len() == 1 && rushed.len() == 1 {
                "it".to_string()
            } else {
                format!("{} of them", after.len())
            }
        );
    }
    s
}
