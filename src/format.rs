//! Formatting at the edges: SI values to km, min/km, h:mm:ss for people (numbers in the
//! thread's language: a decimal comma in Vietnamese; paces and clock times stay as they are).

use crate::i18n::Lang;
use crate::t;

/// [`num`] with its sign always shown (`+1.5`, `-0.3`, as `{:+.1}` writes it in English).
pub fn num_signed(value: f64, decimals: usize) -> String {
    let text = num(value, decimals);
    if text.starts_with('-') {
        text
    } else {
        format!("+{text}")
    }
}

/// A number as Rust's `Display` writes it (as few digits as needed: `5`, `2.5`), with the
/// decimal comma in Vietnamese.
pub fn shortest(value: f64) -> String {
    let text = value.to_string();
    match crate::i18n::current() {
        Lang::En => text,
        Lang::Vi => text.replace('.', ","),
    }
}

/// Between the numbers of a list: ", " in English, "; " in Vietnamese (where the comma is
/// the decimal mark: "5,0; 10,0").
pub fn list_separator() -> &'static str {
    match crate::i18n::current() {
        Lang::En => ", ",
        Lang::Vi => "; ",
    }
}

/// Seconds to `h:mm:ss` (or `m:ss` under an hour when `short`).
pub fn hms(seconds: f64) -> String {
    let s = seconds.max(0.0).round() as u64;
    format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
}

/// Seconds to `m:ss`, for paces (per km or per mile).
pub fn pace(seconds: f64) -> String {
    if !seconds.is_finite() {
        return "–".into();
    }
    let s = seconds.max(0.0).round() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// Seconds after midnight to a 24-hour clock `HH:MM:SS`, wrapping past midnight.
pub fn clock(seconds_of_day: f64) -> String {
    let s = (seconds_of_day.max(0.0).round() as u64) % 86_400;
    format!("{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
}

/// Seconds after midnight to `HH:MM`.
pub fn clock_hm(seconds_of_day: f64) -> String {
    let s = (seconds_of_day.max(0.0).round() as u64) % 86_400;
    format!("{:02}:{:02}", s / 3600, (s / 60) % 60)
}

/// Metres to kilometres with `decimals`, in this thread's language (`12.5`, `12,5`).
pub fn km(distance_m: f64, decimals: usize) -> String {
    crate::i18n::number(distance_m / 1000.0, decimals)
}

/// A number with `decimals` in this thread's language: as `format!("{v:.1}")` in English
/// (no grouping, so English text is as it always was), with a decimal comma and thousands
/// dots in Vietnamese (`1.151`, `-4,5`).
pub fn num(value: f64, decimals: usize) -> String {
    match crate::i18n::current() {
        Lang::En => format!("{value:.decimals$}"),
        Lang::Vi => crate::i18n::number(value, decimals),
    }
}

/// Text from outside (a path, a name from a file) made safe to show on a terminal or in
/// a status line: control characters (`\r`, escape sequences...) and bidirectional
/// overrides are written as `\u{..}` escapes (`\n`, `\r`, `\t` as themselves escaped),
/// so a name cannot hide or rewrite what is shown. Everything else is kept as it is.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// [`printable`] of an owned text, returning it unchanged (no copy) when nothing needs
/// escaping.
pub fn printable_owned(text: String) -> String {
    if text.chars().any(|c| c.is_control() || is_unsafe_char(c)) {
        printable(&text)
    } else {
        text
    }
}

/// A path, shown with [`printable`].
pub fn printable_path(path: &std::path::Path) -> String {
    printable(&path.to_string_lossy())
}

/// Control characters (C0, DEL, C1), bidirectional marks, embeddings, overrides and
/// isolates, line and paragraph separators.
fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
                | '\u{2028}' | '\u{2029}'
        )
}

/// Parses a time of day `HH:MM` (or `HH:MM:SS`) into seconds after midnight.
pub fn parse_clock(text: &str) -> Option<f64> {
    parse_duration(text, true).filter(|s| *s < 86_400.0)
}

/// Parses `H:MM:SS`, `H:MM` or `MM:SS`-style durations into seconds (`h:mm` when two parts
/// and `hours_first`, else `m:ss`).
pub fn parse_duration(text: &str, hours_first: bool) -> Option<f64> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let nums: Option<Vec<f64>> = parts
        .iter()
        .map(|p| {
            let p = p.trim();
            // Digits and one decimal point only: no sign (`-0:30` is not 30 minutes), no
            // exponent, no `inf`.
            if p.is_empty() || !p.chars().all(|c| c.is_ascii_digit() || c == '.') {
                return None;
            }
            p.parse::<f64>().ok().filter(|v| v.is_finite())
        })
        .collect();
    let nums = nums?;
    let s = match nums.as_slice() {
        [h, m, s] if *m < 60.0 && *s < 60.0 => h * 3600.0 + m * 60.0 + s,
        [a, b] if *b < 60.0 => {
            if hours_first {
                a * 3600.0 + b * 60.0
            } else {
                a * 60.0 + b
            }
        }
        _ => return None,
    };
    Some(s)
}

/// A height with its uncertainty, "62 m ± 16 m" ("62 m" when it is under half a metre,
/// "n/a" without a value), in this thread's language.
pub fn height_pm(value_m: Option<f64>, uncertainty_m: Option<f64>) -> String {
    match (value_m, uncertainty_m) {
        (None, _) => t!("fmt-na"),
        (Some(v), Some(u)) if u >= 0.5 => format!("{} m ± {} m", num(v, 0), num(u, 0)),
        (Some(v), _) => format!("{} m", num(v, 0)),
    }
}

/// The elevation noise in one phrase: "jitter 0.3 m, drift 1.0 m".
pub fn noise(white_m: f64, drift_m: f64) -> String {
    t!(
        "fmt-noise",
        jitter = num(white_m, 1),
        drift = num(drift_m, 1)
    )
}

/// Vietnamese (and other Latin) letters with their marks taken off, for devices that show
/// only ASCII: "Cầu Bãi Cháy" to "Cau Bai Chay", "Đèo" to "Deo". Other non-ASCII characters
/// are left out; runs of spaces become one.
pub fn ascii_fold(text: &str) -> String {
    const GROUPS: [(&str, char); 14] = [
        ("àáảãạăằắẳẵặâầấẩẫậäåā", 'a'),
        ("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÄÅĀ", 'A'),
        ("èéẻẽẹêềếểễệëē", 'e'),
        ("ÈÉẺẼẸÊỀẾỂỄỆËĒ", 'E'),
        ("ìíỉĩịïī", 'i'),
        ("ÌÍỈĨỊÏĪ", 'I'),
        ("òóỏõọôồốổỗộơờớởỡợöøō", 'o'),
        ("ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÖØŌ", 'O'),
        ("ùúủũụưừứửữựüū", 'u'),
        ("ÙÚỦŨỤƯỪỨỬỮỰÜŪ", 'U'),
        ("ỳýỷỹỵÿ", 'y'),
        ("ỲÝỶỸỴ", 'Y'),
        ("đ", 'd'),
        ("ĐÐ", 'D'),
    ];
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = if c.is_ascii() {
            Some(c)
        } else {
            GROUPS
                .iter()
                .find(|(from, _)| from.contains(c))
                .map(|(_, to)| *to)
                .or(match c {
                    'ç' => Some('c'),
                    'ñ' => Some('n'),
                    '–' | '—' => Some('-'),
                    c if c.is_whitespace() => Some(' '),
                    _ => None,
                })
        };
        match c {
            Some(c) if c.is_ascii_control() => {}
            Some(' ') if out.ends_with(' ') || out.is_empty() => {}
            Some(c) => out.push(c),
            None => {}
        }
    }
    out.trim_end().to_string()
}

/// The first `max_bytes` bytes of an ASCII text (cut on a character boundary otherwise),
/// without a trailing space.
pub fn cut_bytes(text: &str, max_bytes: usize) -> &str {
    let mut cut = text.len().min(max_bytes);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text[..cut].trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(hms(3725.4), "1:02:05");
        assert_eq!(pace(305.0), "5:05");
        assert_eq!(km(42_195.0, 2), "42.20");
        assert_eq!(height_pm(Some(1151.0), Some(16.0)), "1151 m ± 16 m");
        let vi = crate::i18n::with_lang(Lang::Vi, || {
            [km(42_195.0, 2), height_pm(Some(1151.0), None), num(-4.5, 1)]
        });
        assert_eq!(vi, ["42,20", "1.151 m", "-4,5"]);
        assert_eq!(clock(3.0 * 3600.0 + 86_400.0), "03:00:00");
        assert_eq!(clock_hm(2.5 * 3600.0), "02:30");
        assert_eq!(parse_duration("4:00:00", true), Some(14_400.0));
        assert_eq!(parse_duration("2:30", true), Some(9_000.0));
        assert_eq!(parse_duration("5:10", false), Some(310.0));
        assert_eq!(parse_duration("4:61:00", true), None);
        assert_eq!(parse_duration("abc", true), None);
        assert_eq!(parse_duration("-0:30:00", true), None);
        assert_eq!(parse_duration("-0:30", true), None);
        assert_eq!(parse_duration("0:-30", true), None);
        assert_eq!(parse_duration("+1:30", true), None);
        assert_eq!(parse_duration("1e1:30", true), None);
        assert_eq!(parse_duration("inf:30", true), None);
    }

    #[test]
    fn printable_escapes_control_and_bidi_characters() {
        assert_eq!(printable("race.gpx"), "race.gpx");
        assert_eq!(printable("Đà Nẵng – 42 km"), "Đà Nẵng – 42 km");
        assert_eq!(printable("a\rb"), "a\\rb");
        assert_eq!(printable("x\u{1b}[2Jy"), "x\\u{1b}[2Jy");
        assert_eq!(printable("evil\u{202e}lmth.gpx"), "evil\\u{202e}lmth.gpx");
        assert_eq!(
            printable("a\u{2067}b\u{85}c\u{7f}"),
            "a\\u{2067}b\\u{85}c\\u{7f}"
        );
        assert!(printable("\n\t").chars().all(|c| !c.is_control()));
    }

    #[test]
    fn vietnamese_folds_to_ascii() {
        assert_eq!(ascii_fold("Cầu Bãi Cháy"), "Cau Bai Chay");
        assert_eq!(ascii_fold("Đèo Lương Sơn"), "Deo Luong Son");
        assert_eq!(
            ascii_fold("Cầu Thuận Phước  (x)\u{1b}"),
            "Cau Thuan Phuoc (x)"
        );
        assert_eq!(cut_bytes("Cau Thuan Phuoc 5:40", 15), "Cau Thuan Phuoc");
        assert_eq!(cut_bytes("Cầu", 2), "C");
    }
}
