//! Timed activity files to points: GPX through the course importer (its points carry
//! `time_s`), TCX with a small quick-xml loop (`Trackpoint`: `Time`, `Position`,
//! `AltitudeMeters`, `HeartRateBpm`; `Activity Sport`), FIT with `fitparser` (`record`
//! messages with `heart_rate`, the `session` sport); GPX heart rate is the track points'
//! `extensions/.../hr`. Files are recognised by their first bytes, not their names.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use quick_xml::events::Event;

use super::HistoryError;
use crate::course::RawPoint;
use crate::course::import::{parse_f64, parse_time_s, read_gpx};
use crate::t;

/// The largest activity file read (a 10 km run at 1 s is about 1 MB of GPX).
pub const MAX_ACTIVITY_BYTES: u64 = 256 << 20;

/// What the file says the activity was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sport {
    /// Running (any kind: road, trail, treadmill).
    Running,
    /// Something else the file names (cycling, hiking, swimming...).
    Other,
    /// The file does not say (GPX mostly); speed decides.
    Unknown,
}

/// One activity as read: its points in file order and its sport.
#[derive(Debug, Clone)]
pub struct Recording {
    /// Positions with time (NaN when absent) and elevation (NaN when absent).
    pub points: Vec<RawPoint>,
    /// The activity's sport when the file names it.
    pub sport: Sport,
    /// Heart rate at each point, beats per minute (0 when absent); empty when the file
    /// has none.
    pub heart_rate_bpm: Vec<f32>,
}

/// Reads one activity file (GPX, TCX or FIT, told apart by content).
pub fn read_activity(path: &Path) -> Result<Recording, HistoryError> {
    let err = |source: std::io::Error| HistoryError::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(err)?;
    if !meta.is_file() || meta.len() > MAX_ACTIVITY_BYTES {
        return Err(HistoryError::Unusable {
            path: path.to_path_buf(),
            reason: t!("history-err-not-a-file"),
        });
    }
    let file = std::fs::File::open(path).map_err(err)?;
    let mut input = BufReader::with_capacity(256 * 1024, file);
    let head = input.fill_buf().map_err(err)?;
    let unusable = |reason: String| HistoryError::Unusable {
        path: path.to_path_buf(),
        reason,
    };
    if head.len() >= 12 && &head[8..12] == b".FIT" {
        let mut bytes = Vec::new();
        input.read_to_end(&mut bytes).map_err(err)?;
        return read_fit(&bytes).map_err(unusable);
    }
    let sniff = String::from_utf8_lossy(&head[..head.len().min(4096)]).to_ascii_lowercase();
    if sniff.contains("trainingcenterdatabase") {
        return read_tcx(input).map_err(unusable);
    }
    let g = read_gpx(input, None).map_err(|e| unusable(e.to_string()))?;
    let has_hr =
        g.heart_rate_bpm.len() == g.points.len() && g.heart_rate_bpm.iter().any(|h| *h > 0.0);
    Ok(Recording {
        points: g.points,
        sport: Sport::Unknown,
        heart_rate_bpm: if has_hr { g.heart_rate_bpm } else { Vec::new() },
    })
}

/// The local name of an XML element (after any namespace prefix).
fn local(name: &[u8]) -> &[u8] {
    name.rsplit(|&b| b == b':').next().unwrap_or(name)
}

/// Reads a TCX activity: every `Trackpoint` with a position; `Lap`s and `Track`s become
/// segments. `Activity Sport="Running"` is running, another named sport is not.
pub fn read_tcx<R: BufRead>(input: R) -> Result<Recording, String> {
    let mut reader = quick_xml::Reader::from_reader(input);
    reader.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut path: Vec<Vec<u8>> = Vec::new();
    let mut out = Recording {
        points: Vec::new(),
        sport: Sport::Unknown,
        heart_rate_bpm: Vec::new(),
    };
    let mut p = empty_point(0);
    let mut hr = 0.0f32;
    let mut segment = 0u32;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => {
                let name = local(e.name().as_ref()).to_vec();
                if name == b"Activity" {
                    for a in e.attributes().flatten() {
                        if local(a.key.as_ref()) == b"Sport" {
                            out.sport = if a.value.eq_ignore_ascii_case(b"running") {
                                Sport::Running
                            } else {
                                Sport::Other
                            };
                        }
                    }
                }
                if name == b"Trackpoint" {
                    p = empty_point(segment);
                    hr = 0.0;
                }
                path.push(name);
            }
            Ok(Event::End(_)) => match path.pop().as_deref() {
                Some(b"Trackpoint") if p.lat_deg.is_finite() && p.lon_deg.is_finite() => {
                    out.points.push(p);
                    out.heart_rate_bpm.push(hr);
                }
                Some(b"Track") => segment += 1,
                _ => {}
            },
            Ok(Event::Text(t)) => tcx_value(&path, &t, &mut p, &mut hr),
            Ok(_) => {}
            // A cut-off file keeps what was read.
            Err(e) if out.points.is_empty() => {
                return Err(t!("history-err-broken-tcx", reason = e.to_string()));
            }
            Err(_) => break,
        }
        buf.clear();
    }
    if out.points.is_empty() {
        return Err(t!("history-err-tcx-no-points"));
    }
    if !out.heart_rate_bpm.iter().any(|h| *h > 0.0) {
        out.heart_rate_bpm.clear();
    }
    Ok(out)
}

fn empty_point(segment: u32) -> RawPoint {
    RawPoint {
        lat_deg: f64::NAN,
        lon_deg: f64::NAN,
        elevation_m: f64::NAN,
        time_s: f64::NAN,
        segment,
    }
}

/// One text value inside a `Trackpoint`.
fn tcx_value(path: &[Vec<u8>], text: &[u8], p: &mut RawPoint, hr: &mut f32) {
    let n = path.len();
    if n < 2 || !path.iter().any(|e| e == b"Trackpoint") {
        return;
    }
    let (parent, leaf) = (path[n - 2].as_slice(), path[n - 1].as_slice());
    match (parent, leaf) {
        (b"Trackpoint", b"Time") => {
            if let Some(t) = std::str::from_utf8(text)
                .ok()
                .and_then(|s| parse_time_s(s.trim()))
            {
                p.time_s = t;
            }
        }
        (b"HeartRateBpm", b"Value") => *hr = heart_rate(parse_f64(text)),
        (b"Trackpoint", b"AltitudeMeters") => {
            p.elevation_m = parse_f64(text).unwrap_or(f64::NAN);
        }
        (b"Position", b"LatitudeDegrees") => {
            p.lat_deg = parse_f64(text)
                .filter(|v| v.abs() <= 90.0)
                .unwrap_or(f64::NAN);
        }
        (b"Position", b"LongitudeDegrees") => {
            p.lon_deg = parse_f64(text)
                .filter(|v| v.abs() <= 180.0)
                .unwrap_or(f64::NAN);
        }
        _ => {}
    }
}

/// A plausible heart rate, bpm (0 when absent or implausible).
fn heart_rate(v: Option<f64>) -> f32 {
    v.filter(|v| (25.0..=250.0).contains(v))
        .map_or(0.0, |v| v as f32)
}

/// A FIT field's number, whatever its stored type (scale and offset already applied).
fn fit_number(v: &fitparser::Value) -> Option<f64> {
    use fitparser::Value as V;
    let x = match v {
        V::Timestamp(t) => t.timestamp() as f64,
        V::SInt8(x) => f64::from(*x),
        V::UInt8(x) | V::UInt8z(x) | V::Byte(x) | V::Enum(x) => f64::from(*x),
        V::SInt16(x) => f64::from(*x),
        V::UInt16(x) | V::UInt16z(x) => f64::from(*x),
        V::SInt32(x) => f64::from(*x),
        V::UInt32(x) | V::UInt32z(x) => f64::from(*x),
        V::Float32(x) => f64::from(*x),
        V::Float64(x) => *x,
        V::SInt64(x) => *x as f64,
        V::UInt64(x) | V::UInt64z(x) => *x as f64,
        _ => return None,
    };
    x.is_finite().then_some(x)
}

/// Reads a FIT activity: `record` messages with a position; the `session` (or `sport`)
/// message's sport.
pub fn read_fit(bytes: &[u8]) -> Result<Recording, String> {
    use fitparser::profile::MesgNum;
    let records = fitparser::from_bytes(bytes)
        .map_err(|e| t!("history-err-broken-fit", reason = e.to_string()))?;
    let semicircle = 180.0 / f64::from(1u32 << 31);
    let mut out = Recording {
        points: Vec::new(),
        sport: Sport::Unknown,
        heart_rate_bpm: Vec::new(),
    };
    for r in &records {
        match r.kind() {
            MesgNum::Record => {
                let mut p = empty_point(0);
                let mut hr = 0.0;
                for f in r.fields() {
                    let v = fit_number(f.value());
                    match f.name() {
                        "timestamp" => p.time_s = v.unwrap_or(f64::NAN),
                        "position_lat" => p.lat_deg = v.map_or(f64::NAN, |x| x * semicircle),
                        "position_long" => p.lon_deg = v.map_or(f64::NAN, |x| x * semicircle),
                        "enhanced_altitude" => p.elevation_m = v.unwrap_or(f64::NAN),
                        "heart_rate" => hr = heart_rate(v),
                        "altitude" if p.elevation_m.is_nan() => {
                            p.elevation_m = v.unwrap_or(f64::NAN);
                        }
                        _ => {}
                    }
                }
                if p.lat_deg.abs() <= 90.0 && p.lon_deg.abs() <= 180.0 {
                    out.points.push(p);
                    out.heart_rate_bpm.push(hr);
                }
            }
            MesgNum::Session | MesgNum::Sport => {
                for f in r.fields().iter().filter(|f| f.name() == "sport") {
                    let running = match f.value() {
                        fitparser::Value::String(s) => s.eq_ignore_ascii_case("running"),
                        other => fit_number(other) == Some(1.0),
                    };
                    if out.sport != Sport::Running {
                        out.sport = if running {
                            Sport::Running
                        } else {
                            Sport::Other
                        };
                    }
                }
            }
            _ => {}
        }
    }
    if out.points.is_empty() {
        return Err(t!("history-err-fit-no-points"));
    }
    if !out.heart_rate_bpm.iter().any(|h| *h > 0.0) {
        out.heart_rate_bpm.clear();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heart_rate_is_read_from_gpx_and_tcx() {
        let gpx = "<gpx><trk><trkseg>\
            <trkpt lat=\"1\" lon=\"2\"><time>2020-01-01T00:00:00Z</time><extensions>\
            <gpxtpx:TrackPointExtension><gpxtpx:hr>151</gpxtpx:hr></gpxtpx:TrackPointExtension>\
            </extensions></trkpt>\
            <trkpt lat=\"1\" lon=\"2.001\"><time>2020-01-01T00:00:30Z</time></trkpt>\
            </trkseg></trk></gpx>";
        let g = read_gpx(gpx.as_bytes(), None).unwrap();
        assert_eq!(g.heart_rate_bpm, vec![151.0, 0.0]);
        let tcx = "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Lap>\
            <Track><Trackpoint><Time>2020-01-01T00:00:00Z</Time><Position>\
            <LatitudeDegrees>1</LatitudeDegrees><LongitudeDegrees>2</LongitudeDegrees>\
            </Position><HeartRateBpm><Value>142</Value></HeartRateBpm></Trackpoint>\
            </Track></Lap></Activity></Activities></TrainingCenterDatabase>";
        let t = read_tcx(tcx.as_bytes()).unwrap();
        assert_eq!(t.heart_rate_bpm, vec![142.0]);
    }
}
