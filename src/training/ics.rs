//! iCalendar (RFC 5545) export of a training block: one all-day VEVENT per session with the
//! full description; lines folded at 75 octets, text escaped.

use super::TrainingBlock;
use crate::t;

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
            escape(&t!("ics-calendar", race = race_name))
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
                escape(&t!(
                    "ics-summary",
                    week = s.week.to_string(),
                    title = s.title.as_str()
                ))
            ),
            &mut out,
        );
        fold(&format!("DESCRIPTION:{}", escape(&s.describe())), &mut out);
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
