//! iCalendar (RFC 5545) export of a training block: one all-day VEVENT per session with the
//! full description; lines folded at 75 octets, text escaped.

use super::TrainingBlock;
use crate::format;

/// Escapes TEXT values (RFC 5545 3.3.11).
fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1).
fn fold(line: &str, out: &mut String) {
    let mut count = 0;
    for ch in line.chars() {
        let n = ch.len_utf8();
        if count + n > 75 {
            out.push_str("\r\n ");
            count = 1;
        }
        out.push(ch);
        count += n;
    }
    out.push_str("\r\n");
}

/// The full text of a session, for calendars and watches.
pub fn describe(s: &super::Session) -> String {
    let mut t = String::new();
    let pace = |p: Option<(f64, f64)>| {
        p.map(|(a, b)| format!(" at {}-{}/km", format::pace(a), format::pace(b)))
            .unwrap_or_default()
    };
    if let Some(w) = &s.warmup {
        t.push_str(&format!(
            "Warm-up: {} min easy{}.\n",
            (w.duration_s.unwrap_or(0.0) / 60.0).round(),
            pace(w.pace_s_per_km)
        ));
    }
    if s.reps > 1 {
        t.push_str(&format!("{} x:\n", s.reps));
    }
    for st in &s.main {
        let amount = match (st.distance_m, st.duration_s) {
            (Some(d), _) => format!("{d:.0} m"),
            (None, Some(secs)) if secs >= 120.0 => format!("{:.0} min", secs / 60.0),
            (None, Some(secs)) => format!("{secs:.0} s"),
            _ => String::new(),
        };
        let slope = st
            .slope_pct
            .map(|(a, b)| format!(" on a -{a:.0} to -{b:.0} % slope"))
            .unwrap_or_default();
        let amount = if amount.is_empty() {
            String::new()
        } else {
            format!(" {amount}")
        };
        t.push_str(&format!(
            "- {}{amount}{}{slope}: {}\n",
            st.label,
            pace(st.pace_s_per_km),
            st.note
        ));
    }
    if let Some(c) = &s.cooldown {
        t.push_str(&format!(
            "Cool-down: {} min easy.\n",
            (c.duration_s.unwrap_or(0.0) / 60.0).round()
        ));
    }
    if let Some(l) = &s.location {
        t.push_str(&format!("Where: {l}.\n"));
    }
    t.push_str("Technique: ");
    t.push_str(&s.cues.join(" "));
    t
}

/// The block as an .ics file.
pub fn to_ics(block: &TrainingBlock, race_name: &str) -> String {
    let mut out = String::new();
    let stamp = format!("{}T000000Z", super::Date::today().compact());
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Downhill Planner//Training block//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        fold(l, &mut out);
    }
    fold(
        &format!(
            "X-WR-CALNAME:{}",
            escape(&format!("Downhill training: {race_name}"))
        ),
        &mut out,
    );
    for s in block.sessions() {
        fold("BEGIN:VEVENT", &mut out);
        fold(
            &format!(
                "UID:{}-{}@downhill-planner",
                s.id,
                block.race_date.compact()
            ),
            &mut out,
        );
        fold(&format!("DTSTAMP:{stamp}"), &mut out);
        fold(
            &format!("DTSTART;VALUE=DATE:{}", s.date.compact()),
            &mut out,
        );
        fold(
            &format!("DTEND;VALUE=DATE:{}", s.date.add_days(1).compact()),
            &mut out,
        );
        fold(
            &format!(
                "SUMMARY:{}",
                escape(&format!("Week {}: {}", s.week, s.title))
            ),
            &mut out,
        );
        fold(&format!("DESCRIPTION:{}", escape(&describe(s))), &mut out);
        if let Some(l) = &s.location {
            fold(&format!("LOCATION:{}", escape(l)), &mut out);
        }
        fold("END:VEVENT", &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_utf8_and_length() {
        let mut out = String::new();
        fold(
            &format!("SUMMARY:{}", "Đèo Lương Sơn ".repeat(20)),
            &mut out,
        );
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{}", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert!(unfolded.contains(&"Đèo Lương Sơn ".repeat(20)));
        assert_eq!(escape("a,b;c\nd"), "a\\,b\\;c\\nd");
    }
}
