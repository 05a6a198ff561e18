//! Streaming GPX reader: bytes in, raw points, waypoints and names out.
//!
//! Built on quick-xml's pull parser over a `BufRead`, so memory stays at the size of the
//! points, not of the file. It is lenient where real devices are sloppy (any namespace
//! prefix, undeclared prefixes, missing declaration, BOM, CR-only lines, UTF-16, Latin-1)
//! and strict where safety matters: DTD entities are never expanded and nothing external
//! is ever fetched (quick-xml has no DTD processing at all; only the five predefined
//! entities and character references are resolved). Unusable values drop one point and
//! are counted, never the whole file.

use std::io::BufRead;

use super::Warning;
use super::error::LoadError;

/// One position read from the file. Missing values are NaN (keeps the point at 40 bytes,
/// which matters for million-point files).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RawPoint {
    pub lat_deg: f64,
    pub lon_deg: f64,
    /// NaN when the point has no (usable) elevation.
    pub elevation_m: f64,
    /// Seconds since 1970-01-01 UTC, NaN when absent or unreadable.
    pub time_s: f64,
    /// Index of the track segment (or route) the point belongs to, in file order.
    pub segment: u32,
}

/// A named waypoint (`<wpt>`), used to label landmarks.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Waypoint {
    pub name: String,
    pub lat_deg: f64,
    pub lon_deg: f64,
    pub elevation_m: Option<f64>,
}

/// Where the course points came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PointSource {
    Track,
    Route,
}

/// Everything the reader found, before validation into a `Course`.
#[derive(Debug, Clone, Default)]
pub struct ParsedGpx {
    pub name: Option<String>,
    pub description: Option<String>,
    pub points: Vec<RawPoint>,
    pub waypoints: Vec<Waypoint>,
    pub source: Option<PointSource>,
    /// Points dropped for unusable coordinates.
    pub dropped_points: usize,
    /// Elevations ignored as unusable (NaN, text, beyond +-12 km).
    pub dropped_elevations: usize,
    pub warnings: Vec<Warning>,
}

/// Longest name or description kept, in characters (a 30 MB name is cut, not kept).
const MAX_TEXT_CHARS: usize = 200;
/// Elevations outside this range (metres) are treated as missing: below the Dead Sea
/// shore by far, above Everest by far.
const ELEVATION_RANGE_M: std::ops::RangeInclusive<f64> = -1_000.0..=10_000.0;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ctx {
    Gpx,
    Metadata,
    Trk,
    TrkSeg,
    Rte,
    Point(PointKind),
    /// A text-bearing child we read: name, desc, ele, time.
    Field(Field),
    /// Anything else (extensions, links, unknown elements): skipped with its children.
    Other,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum PointKind {
    Trk,
    Rte,
    Wpt,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    Name,
    Desc,
    Ele,
    Time,
}

/// A point being read.
#[derive(Default)]
struct PendingPoint {
    lat: Option<f64>,
    lon: Option<f64>,
    bad_coords: bool,
    ele: Option<f64>,
    bad_ele: bool,
    time: Option<f64>,
    name: Option<String>,
}

/// Reads a GPX document from a byte stream. `progress` (if given) receives the number
/// of bytes consumed so far, for progress bars on big files.
pub fn read_gpx<R: BufRead>(
    mut input: R,
    progress: Option<&dyn Fn(u64)>,
) -> Result<ParsedGpx, LoadError> {
    // Sniff the encoding from the first bytes.
    let head = input.fill_buf().map_err(|e| LoadError::Io {
        reason: e.to_string(),
        path: Default::default(),
    })?;
    if head.is_empty() {
        return Err(LoadError::Empty);
    }
    let utf16 = match head {
        [0xFF, 0xFE, ..] | [b'<', 0, b'?', 0, ..] | [b'<', 0, b'g', 0, ..] => {
            Some(encoding_rs::UTF_16LE)
        }
        [0xFE, 0xFF, ..] | [0, b'<', 0, b'?', ..] | [0, b'<', 0, b'g', ..] => {
            Some(encoding_rs::UTF_16BE)
        }
        _ => None,
    };
    if let Some(enc) = utf16 {
        // UTF-16 GPX files are rare and small: transcode in memory, then parse as UTF-8.
        let mut bytes = Vec::new();
        input.read_to_end(&mut bytes).map_err(|e| LoadError::Io {
            reason: e.to_string(),
            path: Default::default(),
        })?;
        let (text, _, _) = enc.decode(&bytes);
        return parse(text.as_bytes(), encoding_rs::UTF_8, progress);
    }
    if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        input.consume(3);
    }
    let head = input.fill_buf().map_err(|e| LoadError::Io {
        reason: e.to_string(),
        path: Default::default(),
    })?;
    let encoding = declared_encoding(head);
    parse(input, encoding, progress)
}

/// Reads the `encoding="..."` of the XML declaration, defaulting to UTF-8.
fn declared_encoding(head: &[u8]) -> &'static encoding_rs::Encoding {
    let head = &head[..head.len().min(256)];
    if !head.starts_with(b"<?xml") {
        return encoding_rs::UTF_8;
    }
    let end = head.iter().position(|&b| b == b'>').unwrap_or(head.len());
    let decl = &head[..end];
    let Some(pos) = find(decl, b"encoding") else {
        return encoding_rs::UTF_8;
    };
    let rest = &decl[pos + 8..];
    let Some(q) = rest.iter().position(|&b| b == b'"' || b == b'\'') else {
        return encoding_rs::UTF_8;
    };
    let rest = &rest[q + 1..];
    let Some(e) = rest.iter().position(|&b| b == b'"' || b == b'\'') else {
        return encoding_rs::UTF_8;
    };
    match encoding_rs::Encoding::for_label(&rest[..e]) {
        // UTF-16 labels on a byte stream that did not look like UTF-16: the label is wrong.
        Some(enc) if enc != encoding_rs::UTF_16LE && enc != encoding_rs::UTF_16BE => enc,
        _ => encoding_rs::UTF_8,
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn parse<R: BufRead>(
    input: R,
    encoding: &'static encoding_rs::Encoding,
    progress: Option<&dyn Fn(u64)>,
) -> Result<ParsedGpx, LoadError> {
    use quick_xml::events::Event;

    let mut reader = quick_xml::Reader::from_reader(input);
    {
        let cfg = reader.config_mut();
        // No trimming here: `Run &amp; fun` arrives as three events whose spaces matter;
        // values are trimmed when used.
        cfg.trim_text(false);
        // Be lenient with sloppy writers: mismatched or extra end tags do not end the read.
        cfg.check_end_names = false;
        cfg.allow_unmatched_ends = true;
        cfg.allow_dangling_amp = true;
    }

    let mut st = State {
        encoding: Some(encoding),
        ..State::default()
    };
    let mut buf = Vec::with_capacity(64 * 1024);
    let mut events: u64 = 0;
    loop {
        let ev = reader.read_event_into(&mut buf);
        events += 1;
        if events.is_multiple_of(65_536)
            && let Some(p) = progress
        {
            p(reader.buffer_position());
        }
        let ev = match ev {
            Ok(ev) => ev,
            Err(e) => {
                let position = reader.error_position();
                if !st.root_seen {
                    return Err(LoadError::NotXml);
                }
                if st.out.points.is_empty() && st.route_points.is_empty() {
                    return Err(LoadError::Malformed {
                        position,
                        reason: short_reason(&e),
                    });
                }
                st.out.warnings.push(Warning::Damaged { position });
                break;
            }
        };
        match ev {
            Event::Start(e) => {
                if st.skip_depth > 0 {
                    st.skip_depth += 1;
                } else {
                    let ctx = st.open(&e)?;
                    if ctx == Ctx::Other {
                        st.skip_depth = 1;
                    } else {
                        st.stack.push(ctx);
                    }
                }
            }
            Event::Empty(e) if st.skip_depth == 0 => {
                let ctx = st.open(&e)?;
                if ctx != Ctx::Other {
                    st.stack.push(ctx);
                    st.close();
                }
            }
            Event::End(_) => {
                if st.skip_depth > 0 {
                    st.skip_depth -= 1;
                } else {
                    st.close();
                }
            }
            Event::Text(t) => st.push_text(&t),
            Event::CData(t) => st.push_text(&t),
            Event::GeneralRef(r) => {
                // Only character references and the five predefined entities; anything
                // declared in a DTD is ignored, never expanded.
                let resolved = if r.is_char_ref() {
                    r.resolve_char_ref().ok().flatten()
                } else {
                    match &*r {
                        b"amp" => Some('&'),
                        b"lt" => Some('<'),
                        b"gt" => Some('>'),
                        b"quot" => Some('"'),
                        b"apos" => Some('\''),
                        _ => None,
                    }
                };
                if let Some(c) = resolved {
                    st.push_str(c.encode_utf8(&mut [0u8; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if let Some(p) = progress {
        p(reader.buffer_position());
    }
    if !st.stack.is_empty()
        && !st
            .out
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::Damaged { .. }))
        && !st.out.points.is_empty()
    {
        st.out.warnings.push(Warning::CutOff);
    }
    st.finish()
}

fn short_reason(e: &quick_xml::Error) -> String {
    let mut s = e.to_string();
    s.truncate(120);
    s
}

#[derive(Default)]
struct State {
    encoding: Option<&'static encoding_rs::Encoding>,
    out: ParsedGpx,
    stack: Vec<Ctx>,
    /// Depth of skipped elements below the last context we read; one counter, so
    /// 200,000 nested unknown elements cost nothing.
    skip_depth: u64,
    root_seen: bool,
    segment: u32,
    segment_used: bool,
    pending: Option<(PointKind, PendingPoint)>,
    text: String,
    trk_name: Option<String>,
    rte_name: Option<String>,
    route_points: Vec<RawPoint>,
    route_segment: u32,
    /// Waypoints read, named or not.
    waypoints_seen: usize,
}

impl State {
    fn open(&mut self, e: &quick_xml::events::BytesStart<'_>) -> Result<Ctx, LoadError> {
        let name = e.local_name();
        let name = name.as_ref();
        let parent = self.stack.last().copied();
        let ctx = match parent {
            None => {
                if self.root_seen {
                    // A second root element: ignore it.
                    return Ok(Ctx::Other);
                }
                self.root_seen = true;
                if !name.eq_ignore_ascii_case(b"gpx") {
                    return Err(LoadError::WrongFormat {
                        found: format_name(name),
                    });
                }
                Ctx::Gpx
            }
            Some(Ctx::Gpx) => match name {
                b"metadata" => Ctx::Metadata,
                b"trk" => {
                    self.new_segment();
                    Ctx::Trk
                }
                b"rte" => {
                    if !self.route_points.is_empty() {
                        self.route_segment += 1;
                    }
                    Ctx::Rte
                }
                b"wpt" => self.start_point(PointKind::Wpt, e),
                b"name" => Ctx::Field(Field::Name),
                b"desc" => Ctx::Field(Field::Desc),
                _ => Ctx::Other,
            },
            Some(Ctx::Metadata) => match name {
                b"name" => Ctx::Field(Field::Name),
                b"desc" => Ctx::Field(Field::Desc),
                _ => Ctx::Other,
            },
            Some(Ctx::Trk) => match name {
                b"trkseg" => {
                    self.new_segment();
                    Ctx::TrkSeg
                }
                b"name" => Ctx::Field(Field::Name),
                b"desc" => Ctx::Field(Field::Desc),
                // Not allowed by the schema, but some planners put waypoints here.
                b"wpt" => self.start_point(PointKind::Wpt, e),
                _ => Ctx::Other,
            },
            Some(Ctx::TrkSeg) => match name {
                b"trkpt" => self.start_point(PointKind::Trk, e),
                _ => Ctx::Other,
            },
            Some(Ctx::Rte) => match name {
                b"rtept" => self.start_point(PointKind::Rte, e),
                b"name" => Ctx::Field(Field::Name),
                _ => Ctx::Other,
            },
            Some(Ctx::Point(_)) => match name {
                b"ele" => Ctx::Field(Field::Ele),
                b"time" => Ctx::Field(Field::Time),
                b"name" => Ctx::Field(Field::Name),
                _ => Ctx::Other,
            },
            Some(Ctx::Field(_)) | Some(Ctx::Other) => Ctx::Other,
        };
        if let Ctx::Field(_) = ctx {
            self.text.clear();
        }
        Ok(ctx)
    }

    fn new_segment(&mut self) {
        if self.segment_used {
            self.segment += 1;
            self.segment_used = false;
        }
    }

    fn start_point(&mut self, kind: PointKind, e: &quick_xml::events::BytesStart<'_>) -> Ctx {
        let mut p = PendingPoint::default();
        for attr in e.attributes().with_checks(false).flatten() {
            let key = attr.key.local_name();
            let target = match key.as_ref() {
                b"lat" => &mut p.lat,
                b"lon" => &mut p.lon,
                _ => continue,
            };
            match parse_f64(&attr.value) {
                Some(v) => *target = Some(v),
                None => p.bad_coords = true,
            }
        }
        self.pending = Some((kind, p));
        Ctx::Point(kind)
    }

    fn push_text(&mut self, bytes: &[u8]) {
        if self.skip_depth > 0 || !matches!(self.stack.last(), Some(Ctx::Field(_))) {
            return;
        }
        match self.encoding {
            Some(enc) if enc != encoding_rs::UTF_8 => {
                let (s, _) = enc.decode_without_bom_handling(bytes);
                self.push_str(&s);
            }
            _ => match std::str::from_utf8(bytes) {
                Ok(s) => self.push_str(s),
                Err(_) => self.push_str(&String::from_utf8_lossy(bytes)),
            },
        }
    }

    fn push_str(&mut self, s: &str) {
        if self.skip_depth > 0 || !matches!(self.stack.last(), Some(Ctx::Field(_))) {
            return;
        }
        // Enough for any real name or number; a 30 MB name is cut here.
        let room = (MAX_TEXT_CHARS * 4).saturating_sub(self.text.len());
        if room == 0 {
            return;
        }
        let mut cut = s.len().min(room);
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        self.text.push_str(&s[..cut]);
    }

    fn close(&mut self) {
        let Some(ctx) = self.stack.pop() else { return };
        match ctx {
            Ctx::Field(f) => {
                let text = std::mem::take(&mut self.text);
                self.field_done(f, text);
            }
            Ctx::Point(kind) => {
                if let Some((k, p)) = self.pending.take()
                    && k == kind
                {
                    self.point_done(kind, p);
                }
            }
            Ctx::TrkSeg | Ctx::Trk => self.new_segment(),
            _ => {}
        }
    }

    fn field_done(&mut self, field: Field, text: String) {
        let parent = self.stack.last().copied();
        match (field, parent) {
            (Field::Ele, Some(Ctx::Point(_))) => {
                if let Some((_, p)) = self.pending.as_mut() {
                    let t = text.trim();
                    if t.is_empty() {
                        return; // <ele></ele>: simply no elevation
                    }
                    match parse_f64(t.as_bytes()) {
                        Some(v) if ELEVATION_RANGE_M.contains(&v) => p.ele = Some(v),
                        _ => p.bad_ele = true,
                    }
                }
            }
            (Field::Time, Some(Ctx::Point(_))) => {
                if let Some((_, p)) = self.pending.as_mut() {
                    p.time = parse_time_s(text.trim());
                }
            }
            (Field::Name, Some(Ctx::Point(_))) => {
                if let Some((_, p)) = self.pending.as_mut() {
                    p.name = clean_text(&text);
                }
            }
            (Field::Name, Some(Ctx::Gpx | Ctx::Metadata)) if self.out.name.is_none() => {
                self.out.name = clean_text(&text);
            }
            (Field::Desc, Some(Ctx::Gpx | Ctx::Metadata | Ctx::Trk))
                if self.out.description.is_none() =>
            {
                self.out.description = clean_text(&text);
            }
            (Field::Name, Some(Ctx::Trk)) if self.trk_name.is_none() => {
                self.trk_name = clean_text(&text);
            }
            (Field::Name, Some(Ctx::Rte)) if self.rte_name.is_none() => {
                self.rte_name = clean_text(&text);
            }
            _ => {}
        }
    }

    fn point_done(&mut self, kind: PointKind, p: PendingPoint) {
        let coords = match (p.lat, p.lon, p.bad_coords) {
            (Some(lat), Some(lon), false)
                if lat.is_finite()
                    && lon.is_finite()
                    && (-90.0..=90.0).contains(&lat)
                    && (-180.0..=180.0).contains(&lon) =>
            {
                Some((lat, lon))
            }
            _ => None,
        };
        let Some((lat_deg, lon_deg)) = coords else {
            if kind != PointKind::Wpt {
                self.out.dropped_points += 1;
            }
            return;
        };
        if p.bad_ele {
            self.out.dropped_elevations += 1;
        }
        let elevation_m = p.ele.unwrap_or(f64::NAN);
        match kind {
            PointKind::Trk => {
                self.segment_used = true;
                self.out.points.push(RawPoint {
                    lat_deg,
                    lon_deg,
                    elevation_m,
                    time_s: p.time.unwrap_or(f64::NAN),
                    segment: self.segment,
                });
            }
            PointKind::Rte => self.route_points.push(RawPoint {
                lat_deg,
                lon_deg,
                elevation_m,
                time_s: p.time.unwrap_or(f64::NAN),
                segment: self.route_segment,
            }),
            PointKind::Wpt => {
                self.waypoints_seen += 1;
                if let Some(name) = p.name {
                    self.out.waypoints.push(Waypoint {
                        name,
                        lat_deg,
                        lon_deg,
                        elevation_m: p.ele,
                    });
                }
            }
        }
    }

    fn finish(mut self) -> Result<ParsedGpx, LoadError> {
        if !self.root_seen {
            return Err(LoadError::NotXml);
        }
        // A track of a single point next to a real route: the route is the course.
        let track_usable = self.out.points.len() >= 2 || self.route_points.len() < 2;
        if !self.out.points.is_empty() && track_usable {
            self.out.source = Some(PointSource::Track);
            if self.out.name.is_none() {
                self.out.name = self.trk_name.take();
            }
        } else if !self.route_points.is_empty() {
            if !self.out.points.is_empty() {
                self.out.warnings.push(Warning::RouteUsed);
            }
            self.out.source = Some(PointSource::Route);
            self.out.points = std::mem::take(&mut self.route_points);
            if self.out.name.is_none() {
                self.out.name = self.rte_name.take();
            }
        } else {
            let detail = if self.out.dropped_points > 0 {
                format!(
                    " that could be used ({} had unreadable coordinates)",
                    self.out.dropped_points
                )
            } else if self.waypoints_seen > 0 {
                let n = self.waypoints_seen;
                format!(" (only {n} waypoint{})", if n == 1 { "" } else { "s" })
            } else {
                String::new()
            };
            return Err(LoadError::NoPoints { detail });
        }
        if self.out.dropped_points > 0 {
            self.out.warnings.push(Warning::BadCoordinates {
                count: self.out.dropped_points,
            });
        }
        if self.out.dropped_elevations > 0 {
            self.out.warnings.push(Warning::BadElevations {
                count: self.out.dropped_elevations,
            });
        }
        Ok(self.out)
    }
}

/// Describes a root element that is not `gpx`.
fn format_name(name: &[u8]) -> String {
    match name.to_ascii_lowercase().as_slice() {
        b"html" => "web page (HTML)".into(),
        b"kml" => "KML".into(),
        b"trainingcenterdatabase" => "TCX".into(),
        b"svg" => "SVG image".into(),
        _ => "XML".into(),
    }
}

/// Trims, collapses whitespace and cuts text to `MAX_TEXT_CHARS` characters.
fn clean_text(s: &str) -> Option<String> {
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
    let offset_s = match b.get(i) {
        None | Some(b'Z') | Some(b'z') => 0,
        Some(&sign @ (b'+' | b'-')) => {
            let oh = num(i + 1..i + 3)?;
            let om = if b.get(i + 3) == Some(&b':') {
                num(i + 4..i + 6)?
            } else {
                num(i + 3..i + 5).unwrap_or(0)
            };
            let o = oh * 3600 + om * 60;
            if sign == b'+' { o } else { -o }
        }
        _ => return None,
    };
    let days = crate::date::Date::from_ymd(y, mo as u32, d as u32)?.days_since_epoch();
    Some((days * 86_400 + h * 3600 + mi * 60 + sec - offset_s) as f64 + frac)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Result<ParsedGpx, LoadError> {
        read_gpx(s.as_bytes(), None)
    }

    #[test]
    fn reads_track_points_with_any_prefix() {
        let g = read(
            r#"<?xml version="1.0"?><g:gpx xmlns:g="http://www.topografix.com/GPX/1/1"><g:trk><g:name>Run &amp; fun</g:name>
            <g:trkseg><g:trkpt lat="1.5" lon="2.5"><g:ele> 10.5 </g:ele><g:time>2020-01-01T00:00:01Z</g:time>
            <g:extensions><x:hr>150</x:hr></g:extensions></g:trkpt><g:trkpt lat="1.6" lon="2.6"/></g:trkseg></g:trk></g:gpx>"#,
        )
        .unwrap();
        assert_eq!(g.points.len(), 2);
        assert_eq!(g.points[0].elevation_m, 10.5);
        assert_eq!(g.points[0].time_s, 1_577_836_801.0);
        assert!(g.points[1].elevation_m.is_nan());
        assert_eq!(g.name.as_deref(), Some("Run & fun"));
        assert_eq!(g.source, Some(PointSource::Track));
    }

    #[test]
    fn segments_are_numbered_in_order_and_routes_are_a_fallback() {
        let g = read(
            r#"<gpx><trk><trkseg><trkpt lat="0" lon="0"/></trkseg><trkseg/><trkseg><trkpt lat="0" lon="1"/></trkseg></trk>
            <trk><trkseg><trkpt lat="0" lon="2"/></trkseg></trk></gpx>"#,
        )
        .unwrap();
        let segs: Vec<u32> = g.points.iter().map(|p| p.segment).collect();
        assert_eq!(segs, vec![0, 1, 2]);
        let r = read(r#"<gpx><rte><name>R</name><rtept lat="1" lon="1"/><rtept lat="1" lon="2"/></rte></gpx>"#).unwrap();
        assert_eq!(r.source, Some(PointSource::Route));
        assert_eq!(r.points.len(), 2);
        assert_eq!(r.name.as_deref(), Some("R"));
    }

    #[test]
    fn bad_values_drop_points_not_the_file() {
        let g = read(
            r#"<gpx><trk><trkseg><trkpt lat="200" lon="0"/><trkpt lat="NaN" lon="0"/><trkpt lat="1" lon="x"/>
            <trkpt lat="1" lon="1"><ele>inf</ele></trkpt><trkpt lat="1" lon="1.1"><ele>1e308</ele></trkpt>
            <trkpt lat="1" lon="1.2"><ele>bad</ele></trkpt><trkpt lat="1" lon="1.3"><ele>5</ele></trkpt></trkseg></trk></gpx>"#,
        )
        .unwrap();
        assert_eq!(g.points.len(), 4);
        assert_eq!(g.dropped_points, 3);
        assert_eq!(g.dropped_elevations, 3);
        assert_eq!(g.warnings.len(), 2);
    }

    #[test]
    fn other_formats_are_named() {
        assert!(
            matches!(read("<html><body>hi</body></html>"), Err(LoadError::WrongFormat { found }) if found.contains("HTML"))
        );
        assert!(
            matches!(read("<kml><Document/></kml>"), Err(LoadError::WrongFormat { found }) if found == "KML")
        );
        assert!(matches!(read(""), Err(LoadError::Empty)));
        assert!(matches!(read("just some words"), Err(LoadError::NotXml)));
        assert!(matches!(
            read("<gpx><wpt lat='1' lon='1'><name>A</name></wpt></gpx>"),
            Err(LoadError::NoPoints { .. })
        ));
    }

    #[test]
    fn entities_are_never_expanded() {
        let doc = r#"<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY ext SYSTEM "file:///etc/passwd">]><gpx><trk><name>&b;&ext;x</name><trkseg>
            <trkpt lat="0" lon="0"/><trkpt lat="0" lon="0.01"/></trkseg></trk></gpx>"#;
        let g = read(doc).unwrap();
        assert_eq!(g.name.as_deref(), Some("x"));
    }

    #[test]
    fn utf16_and_bom_and_latin1() {
        let doc = "<?xml version=\"1.0\"?><gpx><trk><name>Cầu Rồng</name><trkseg><trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk></gpx>";
        let mut le = vec![0xFF, 0xFE];
        for u in doc.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        let g = read_gpx(le.as_slice(), None).unwrap();
        assert_eq!(g.name.as_deref(), Some("Cầu Rồng"));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(doc.as_bytes());
        assert_eq!(read_gpx(bom.as_slice(), None).unwrap().points.len(), 2);
        let latin = b"<?xml version='1.0' encoding='ISO-8859-1'?><gpx><trk><name>Caf\xe9</name><trkseg><trkpt lat='1' lon='1'/></trkseg></trk></gpx>";
        assert_eq!(
            read_gpx(&latin[..], None).unwrap().name.as_deref(),
            Some("Café")
        );
    }

    #[test]
    fn truncated_file_keeps_points_read() {
        let g = read(
            r#"<gpx><trk><trkseg><trkpt lat="0" lon="0"/><trkpt lat="0" lon="0.1"/><trkpt lat="0" lo"#,
        );
        let g = g.unwrap();
        assert_eq!(g.points.len(), 2);
    }

    #[test]
    fn times_parse_with_offsets_and_fractions() {
        assert_eq!(parse_time_s("1970-01-01T00:00:00Z"), Some(0.0));
        assert_eq!(parse_time_s("1970-01-01T01:15:00+01:15"), Some(0.0));
        assert_eq!(parse_time_s("2000-03-01T00:00:00.5Z"), Some(951_868_800.5));
        assert!(parse_time_s("1901-12-13T20:45:52.2073437Z").unwrap() < 0.0);
        assert_eq!(parse_time_s("yesterday"), None);
    }
}
