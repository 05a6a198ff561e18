//! Heart rate of a recording, by time: FIT `record` messages (`heart_rate`), TCX
//! `Trackpoint/HeartRateBpm/Value`, GPX track points' extension `hr` (Garmin's
//! `gpxtpx:hr` and the like). The history readers keep positions only; this second, small
//! pass reads the beats per minute and their timestamps.

use quick_xml::events::Event;

use crate::course::import::{parse_f64, parse_time_s};

/// A heart-rate sample: Unix seconds and beats per minute.
pub type HeartSample = (f64, f64);

/// Plausible heart rates, beats per minute (outside: a sensor glitch).
const BPM_RANGE: (f64, f64) = (30.0, 250.0);

/// The heart-rate samples of a recording's bytes, in time order (empty without any).
pub fn read_heart_rate(bytes: &[u8]) -> Vec<HeartSample> {
    let mut out = if bytes.len() >= 12 && &bytes[8..12] == b".FIT" {
        from_fit(bytes)
    } else {
        from_xml(bytes)
    };
    out.retain(|(t, bpm)| t.is_finite() && (BPM_RANGE.0..=BPM_RANGE.1).contains(bpm));
    out.sort_by(|a, b| a.0.total_cmp(&b.0));
    out
}

fn from_fit(bytes: &[u8]) -> Vec<HeartSample> {
    use fitparser::profile::MesgNum;
    let Ok(records) = fitparser::from_bytes(bytes) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for r in records.iter().filter(|r| r.kind() == MesgNum::Record) {
        let (mut t, mut bpm) = (f64::NAN, f64::NAN);
        for f in r.fields() {
            match (f.name(), f.value()) {
                ("timestamp", fitparser::Value::Timestamp(ts)) => t = ts.timestamp() as f64,
                ("heart_rate", fitparser::Value::UInt8(v)) => bpm = f64::from(*v),
                _ => {}
            }
        }
        out.push((t, bpm));
    }
    out
}

/// The local name of an XML element (after any namespace prefix).
fn local(name: &[u8]) -> &[u8] {
    name.rsplit(|&b| b == b':').next().unwrap_or(name)
}

fn is_point(name: &[u8]) -> bool {
    name == b"trkpt" || name == b"Trackpoint"
}

/// GPX and TCX: a point's time and heart rate, whichever namespace prefix they carry.
fn from_xml(bytes: &[u8]) -> Vec<HeartSample> {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    reader.config_mut().check_end_names = false;
    let (mut buf, mut path, mut out) = (Vec::new(), Vec::<Vec<u8>>::new(), Vec::new());
    let (mut t, mut bpm) = (f64::NAN, f64::NAN);
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                let name = local(e.name().as_ref()).to_vec();
                if is_point(&name) {
                    (t, bpm) = (f64::NAN, f64::NAN);
                }
                path.push(name);
            }
            Ok(Event::End(_)) => {
                if path.pop().is_some_and(|n| is_point(&n)) && bpm.is_finite() {
                    out.push((t, bpm));
                }
            }
            Ok(Event::Text(text)) if path.iter().any(|n| is_point(n)) => {
                let n = path.len();
                let leaf = path[n - 1].as_slice();
                let parent = path.get(n.wrapping_sub(2)).map(Vec::as_slice);
                match (parent, leaf) {
                    (_, b"time" | b"Time") => {
                        if let Some(v) = std::str::from_utf8(&text)
                            .ok()
                            .and_then(|s| parse_time_s(s.trim()))
                        {
                            t = v;
                        }
                    }
                    (_, b"hr" | b"heartrate") | (Some(b"HeartRateBpm"), b"Value") => {
                        bpm = parse_f64(&text).unwrap_or(f64::NAN);
                    }
                    _ => {}
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        buf.clear();
    }
    out
}

/// Mean heart rate between two Unix times (None without a sample there).
pub fn mean_between(samples: &[HeartSample], from_s: f64, to_s: f64) -> Option<f64> {
    let i = samples.partition_point(|s| s.0 < from_s);
    let j = samples.partition_point(|s| s.0 <= to_s);
    let window = samples.get(i..j).filter(|w| !w.is_empty())?;
    Some(window.iter().map(|s| s.1).sum::<f64>() / window.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gpx_and_tcx_heart_rates_are_read_with_their_times() {
        let gpx = br#"<gpx><trk><trkseg>
            <trkpt lat="1" lon="2"><time>2024-01-01T00:00:00Z</time><extensions>
            <gpxtpx:TrackPointExtension><gpxtpx:hr>140</gpxtpx:hr></gpxtpx:TrackPointExtension>
            </extensions></trkpt>
            <trkpt lat="1" lon="2"><time>2024-01-01T00:00:05Z</time></trkpt>
            <trkpt lat="1" lon="2"><time>2024-01-01T00:00:10Z</time><extensions>
            <ns3:TrackPointExtension><ns3:hr>150</ns3:hr></ns3:TrackPointExtension>
            </extensions></trkpt></trkseg></trk></gpx>"#;
        let hr = read_heart_rate(gpx);
        assert_eq!(hr, vec![(1_704_067_200.0, 140.0), (1_704_067_210.0, 150.0)]);
        let tcx = br#"<TrainingCenterDatabase><Activities><Activity><Lap><Track>
            <Trackpoint><Time>2024-01-01T00:00:00Z</Time>
            <HeartRateBpm><Value>131</Value></HeartRateBpm></Trackpoint>
            </Track></Lap></Activity></Activities></TrainingCenterDatabase>"#;
        assert_eq!(read_heart_rate(tcx), vec![(1_704_067_200.0, 131.0)]);
        assert!(read_heart_rate(b"not a recording").is_empty());
    }

    #[test]
    fn the_mean_takes_the_samples_inside_the_window() {
        let s = [(0.0, 100.0), (10.0, 120.0), (20.0, 140.0)];
        assert_eq!(mean_between(&s, 5.0, 20.0), Some(130.0));
        assert_eq!(mean_between(&s, 21.0, 30.0), None);
    }
}
