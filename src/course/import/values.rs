//! Values inside GPX elements and attributes: numbers, ISO 8601 times, names and
//! descriptions (trimmed and cut), and the name of a root element that is not `gpx`.

/// Longest name or description kept, in characters (a 30 MB name is cut, not kept).
pub(super) const MAX_TEXT_CHARS: usize = 200;

/// Describes a root element that is not `gpx`.
pub(super) fn format_name(name: &[u8]) -> String {
    match name.to_ascii_lowercase().as_slice() {
        b"html" => "web page (HTML)".into(),
        b"kml" => "KML".into(),
        b"trainingcenterdatabase" => "TCX".into(),
        b"svg" => "SVG image".into(),
        _ => "XML".into(),
    }
}

/// Trims, collapses whitespace and cuts text to `MAX_TEXT_CHARS` characters.
pub(super) fn clean_text(s: &str) -> Option<String> {
    let mut out = String::new();
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        return None;
    }
    if let Some((idx, _)) = out.char_indices().nth(MAX_TEXT_CHARS) {
        out.truncate(idx);
        out.push('…');
    }
    Some(out)
}

/// Parses a decimal number, tolerating surrounding whitespace (CR-only files put a CR
/// before every value) and forms like `0.`, `.0`, `-0`. Returns None for NaN/inf/text.
pub fn parse_f64(bytes: &[u8]) -> Option<f64> {
    let s = std::str::from_utf8(bytes).ok()?.trim();
    let v: f64 = s.parse().ok()?;
    v.is_finite().then_some(v)
}

/// Parses an ISO 8601 / xsd:dateTime (`YYYY-MM-DDThh:mm:ss[.f][Z|+hh:mm]`) into seconds
/// since 1970 UTC. A time without a zone is read as UTC. None when unreadable.
pub fn parse_time_s(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || (b[10] != b'T' && b[10] != b' ') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        std::str::from_utf8(b.get(r)?).ok()?.parse().ok()
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi) = (num(11..13)?, num(14..16)?);
    let sec = num(17..19)?;
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 24 || mi > 59 || sec > 60 {
        return None;
    }
    let mut i = 19;
    let mut frac = 0.0;
    if b.get(i) == Some(&b'.') {
        let start = i;
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        frac = std::str::from_utf8(&b[start..i])
            .ok()?
            .parse::<f64>()
            .unwrap_or(0.0);
    }
    let offset_s = zone_offset_s(b, i, num)?;
    let days = crate::date::Date::from_ymd(y, mo as u32, d as u32)?.days_since_epoch();
    Some((days * 86_400 + h * 3600 + mi * 60 + sec - offset_s) as f64 + frac)
}

/// The zone at byte `i` of a time (`Z`, nothing, `+hh:mm`, `-hhmm`, `+hh`), in seconds
/// east of UTC; None when something else follows the seconds.
fn zone_offset_s(
    b: &[u8],
    i: usize,
    num: impl Fn(std::ops::Range<usize>) -> Option<i64>,
) -> Option<i64> {
    match b.get(i) {
        None | Some(b'Z' | b'z') => Some(0),
        Some(&sign @ (b'+' | b'-')) => {
            let oh = num(i + 1..i + 3)?;
            let om = if b.get(i + 3) == Some(&b':') {
                num(i + 4..i + 6)?
            } else {
                num(i + 3..i + 5).unwrap_or(0)
            };
            let o = oh * 3600 + om * 60;
            Some(if sign == b'+' { o } else { -o })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_with_offsets_and_fractions() {
        assert_eq!(parse_time_s("1970-01-01T00:00:00Z"), Some(0.0));
        assert_eq!(parse_time_s("1970-01-01T01:15:00+01:15"), Some(0.0));
        assert_eq!(parse_time_s("2000-03-01T00:00:00.5Z"), Some(951_868_800.5));
        assert!(parse_time_s("1901-12-13T20:45:52.2073437Z").unwrap() < 0.0);
        assert_eq!(parse_time_s("yesterday"), None);
    }
}
