//! The GPX element state machine: which element we are in, the point being read, and
//! what each finished element adds to the result (points, waypoints, names, counts).

use super::values::{MAX_TEXT_CHARS, clean_text, format_name, parse_f64, parse_time_s};
use super::{ParsedGpx, PointSource, RawPoint, Waypoint};
use crate::course::Warning;
use crate::course::error::{LoadError, NoPointsDetail};

/// Elevations outside this range (metres) are treated as missing: below the Dead Sea
/// shore by far, above Everest by far.
const ELEVATION_RANGE_M: std::ops::RangeInclusive<f64> = -1_000.0..=10_000.0;

/// The element being read, as far as GPX cares.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Ctx {
    Gpx,
    Metadata,
    Trk,
    TrkSeg,
    Rte,
    Point(PointKind),
    /// A text-bearing child we read: name, desc, ele, time, hr.
    Field(Field),
    /// Inside a point's `extensions` (depth below it, at most 3): where watches put heart
    /// rate (`gpxtpx:TrackPointExtension/gpxtpx:hr`).
    PointExt(u8),
    /// Anything else (extensions, links, unknown elements): skipped with its children.
    Other,
}

/// Which kind of point element: track, route or waypoint.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum PointKind {
    Trk,
    Rte,
    Wpt,
}

/// A text child we read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Field {
    Name,
    Desc,
    Ele,
    Time,
    /// Heart rate in a track point's extensions, beats per minute.
    Hr,
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
    hr: Option<f64>,
}

/// Everything known while the file is read, element by element.
#[derive(Default)]
pub(super) struct State {
    encoding: Option<&'static encoding_rs::Encoding>,
    pub out: ParsedGpx,
    /// The open elements we read, innermost last.
    pub stack: Vec<Ctx>,
    /// Depth of skipped elements below the last context we read; one counter, so
    /// 200,000 nested unknown elements cost nothing.
    pub skip_depth: u64,
    /// True once the root element has been opened.
    pub root_seen: bool,
    segment: u32,
    segment_used: bool,
    pending: Option<(PointKind, PendingPoint)>,
    text: String,
    trk_name: Option<String>,
    rte_name: Option<String>,
    pub route_points: Vec<RawPoint>,
    route_segment: u32,
    /// Waypoints read, named or not.
    waypoints_seen: usize,
}

impl State {
    /// A state that decodes text in `encoding`.
    pub fn new(encoding: &'static encoding_rs::Encoding) -> State {
        State {
            encoding: Some(encoding),
            ..State::default()
        }
    }

    /// An element opens: what it is, given where we are. A root that is not `gpx` is an
    /// error naming what the file is instead.
    pub fn open(&mut self, e: &quick_xml::events::BytesStart<'_>) -> Result<Ctx, LoadError> {
        let name = e.local_name();
        let name = name.as_ref();
        let ctx = match self.stack.last().copied() {
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
            Some(parent) => self.child(parent, name, e),
        };
        if let Ctx::Field(_) = ctx {
            self.text.clear();
        }
        Ok(ctx)
    }

    /// A child element of `parent` opens.
    fn child(&mut self, parent: Ctx, name: &[u8], e: &quick_xml::events::BytesStart<'_>) -> Ctx {
        match parent {
            Ctx::Gpx => match name {
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
            Ctx::Metadata => match name {
                b"name" => Ctx::Field(Field::Name),
                b"desc" => Ctx::Field(Field::Desc),
                _ => Ctx::Other,
            },
            Ctx::Trk => match name {
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
            Ctx::TrkSeg => match name {
                b"trkpt" => self.start_point(PointKind::Trk, e),
                _ => Ctx::Other,
            },
            Ctx::Rte => match name {
                b"rtept" => self.start_point(PointKind::Rte, e),
                b"name" => Ctx::Field(Field::Name),
                _ => Ctx::Other,
            },
            Ctx::Point(PointKind::Trk) if name == b"extensions" => Ctx::PointExt(0),
            Ctx::Point(_) => match name {
                b"ele" => Ctx::Field(Field::Ele),
                b"time" => Ctx::Field(Field::Time),
                b"name" => Ctx::Field(Field::Name),
                _ => Ctx::Other,
            },
            Ctx::PointExt(_) if name == b"hr" => Ctx::Field(Field::Hr),
            Ctx::PointExt(depth) if depth < 3 => Ctx::PointExt(depth + 1),
            Ctx::Field(_) | Ctx::Other | Ctx::PointExt(_) => Ctx::Other,
        }
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

    /// Text inside an element: kept only inside a field we read.
    pub fn push_text(&mut self, bytes: &[u8]) {
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

    /// Decoded text inside an element (cut at a few hundred bytes).
    pub fn push_str(&mut self, s: &str) {
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

    /// The innermost element we read closes.
    pub fn close(&mut self) {
        let Some(ctx) = self.stack.pop() else { return };
        match ctx {
            Ctx::Field(f) => {
                let text = std::mem::take(&mut self.text);
                self.field_done(f, &text);
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

    fn field_done(&mut self, field: Field, text: &str) {
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
            (Field::Hr, Some(Ctx::PointExt(_))) => {
                if let Some((_, p)) = self.pending.as_mut() {
                    p.hr = parse_f64(text.trim().as_bytes()).filter(|v| (25.0..=250.0).contains(v));
                }
            }
            (Field::Time, Some(Ctx::Point(_))) => {
                if let Some((_, p)) = self.pending.as_mut() {
                    p.time = parse_time_s(text.trim());
                }
            }
            (Field::Name, Some(Ctx::Point(_))) => {
                if let Some((_, p)) = self.pending.as_mut() {
                    p.name = clean_text(text);
                }
            }
            (Field::Name, Some(Ctx::Gpx | Ctx::Metadata)) if self.out.name.is_none() => {
                self.out.name = clean_text(text);
            }
            (Field::Desc, Some(Ctx::Gpx | Ctx::Metadata | Ctx::Trk))
                if self.out.description.is_none() =>
            {
                self.out.description = clean_text(text);
            }
            (Field::Name, Some(Ctx::Trk)) if self.trk_name.is_none() => {
                self.trk_name = clean_text(text);
            }
            (Field::Name, Some(Ctx::Rte)) if self.rte_name.is_none() => {
                self.rte_name = clean_text(text);
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
                self.out.heart_rate_bpm.push(p.hr.map_or(0.0, |v| v as f32));
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

    /// The whole file was read: chooses track or route and counts what was dropped.
    pub fn finish(mut self) -> Result<ParsedGpx, LoadError> {
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
                NoPointsDetail::UnreadableCoordinates(self.out.dropped_points)
            } else if self.waypoints_seen > 0 {
                NoPointsDetail::OnlyWaypoints(self.waypoints_seen)
            } else {
                NoPointsDetail::Nothing
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
