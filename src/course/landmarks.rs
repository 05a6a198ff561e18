//! The landmark gazetteer (`assets/landmarks.csv`): bridges and passes that race courses
//! cross, each with its local and English name and a source for every row. A descent that
//! crosses a listed bridge, or runs down from a listed pass, takes its name and kind.
//!
//! Rules (distances on the profile's points):
//! - a **bridge** is crossed when the descent, or the 1.5 km before it (the ramp up and the
//!   deck), passes within [`BRIDGE_REACH_M`] plus the row's stated precision of the bridge's
//!   centre: a course that crosses a bridge runs over its middle;
//! - a **pass** is run down from when the descent starts within [`PASS_REACH_M`] plus the
//!   row's precision of the pass's top.
//!
//! Waypoints in the file still win (see [`super::classify`]). Most rows give the centre and
//! the length but not the direction of the span; rows are checked only near the course
//! (a box around it), so the lookup costs nothing measurable.

use crate::i18n::{self, Lang};
use crate::t;
use std::sync::OnceLock;

use super::{DescentKind, Profile, geo};

/// A course this close to a bridge's centre is on the bridge, metres (plus the row's precision).
pub const BRIDGE_REACH_M: f64 = 100.0;
/// A descent starting this close to a pass's top runs down from it, metres (plus precision).
pub const PASS_REACH_M: f64 = 500.0;
/// How far before a descent a bridge crossing is looked for (the ramp up and the deck).
const APPROACH_M: f64 = 1_500.0;

/// What a landmark is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LandmarkKind {
    /// A bridge: a descent crossing it is a bridge descent.
    Bridge,
    /// A mountain pass or a summit: a descent from it is a pass descent.
    Pass,
}

/// One row of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Landmark {
    /// Short id, e.g. `thuan-phuoc-bridge`.
    pub id: String,
    /// Bridge or pass.
    pub kind: LandmarkKind,
    /// The name in the local language ("Cầu Thuận Phước").
    pub local_name: String,
    /// The English name ("Thuận Phước Bridge").
    pub english_name: String,
    /// The bridge's centre or the pass's top, degrees north.
    pub lat_deg: f64,
    /// The bridge's centre or the pass's top, degrees east.
    pub lon_deg: f64,
    /// A bridge's total length, metres.
    pub length_m: Option<f64>,
    /// How far the position may be off, metres (from the row's source).
    pub precision_m: f64,
    /// Where the numbers come from.
    pub source: String,
}

impl Landmark {
    /// The name shown for a descent, local then English ("Cầu Thuận Phước
    /// (Thuận Phước Bridge)"); one name when both are the same. In Vietnamese, the local
    /// name alone ("Cầu Thuận Phước").
    pub fn display_name(&self) -> String {
        if i18n::current() == Lang::Vi || self.local_name == self.english_name {
            self.local_name.clone()
        } else {
            format!("{} ({})", self.local_name, self.english_name)
        }
    }
}

impl Landmark {
    /// The name in a reason: English in English, the local name in Vietnamese.
    fn reason_name(&self) -> &str {
        match i18n::current() {
            Lang::En => &self.english_name,
            Lang::Vi => &self.local_name,
        }
    }
}

/// The Vietnamese name for a descent a waypoint names, when the waypoint names the gazetteer
/// landmark the descent (profile indices `start..=end`) crosses or runs down from:
/// "Cầu Bãi Cháy (Bai Chay Bridge)" or "Bai Chay Bridge" read "Cầu Bãi Cháy". None in
/// English (the waypoint's name stays) and for any other waypoint.
pub fn local_name_for(
    waypoint: &str,
    profile: &Profile,
    start: usize,
    end: usize,
) -> Option<String> {
    if i18n::current() != Lang::Vi {
        return None;
    }
    let (lm, _, _) = for_descent(profile, start, end)?;
    let said = super::classify::fold_vietnamese(waypoint);
    let names = [&lm.local_name, &lm.english_name].map(|n| super::classify::fold_vietnamese(n));
    names
        .iter()
        .any(|n| said.contains(n.as_str()))
        .then(|| lm.local_name.clone())
}

/// The bundled gazetteer, read once.
pub fn gazetteer() -> &'static [Landmark] {
    static ROWS: OnceLock<Vec<Landmark>> = OnceLock::new();
    ROWS.get_or_init(|| parse(include_str!("../../assets/landmarks.csv")))
}

/// The landmark a descent (profile indices `start..=end`) crosses or runs down from, if any,
/// with the reason in words.
pub fn for_descent(
    profile: &Profile,
    start: usize,
    end: usize,
) -> Option<(&'static Landmark, DescentKind, String)> {
    let near = nearby(profile);
    let approach = profile.index_at(profile.distance_m[start] - APPROACH_M);
    for lm in &near {
        match lm.kind {
            LandmarkKind::Bridge => {
                let reach = BRIDGE_REACH_M + lm.precision_m;
                let closest = closest_m(profile, approach, end, lm);
                if closest <= reach {
                    let why = t!(
                        "reason-crosses",
                        name = lm.reason_name(),
                        metres = format!("{closest:.0}")
                    );
                    return Some((lm, DescentKind::Bridge, why));
                }
            }
            LandmarkKind::Pass => {
                let reach = PASS_REACH_M + lm.precision_m;
                let from_top = closest_m(profile, start, start, lm);
                if from_top <= reach {
                    let why = t!(
                        "reason-runs-down",
                        name = lm.reason_name(),
                        metres = format!("{from_top:.0}")
                    );
                    return Some((lm, DescentKind::Pass, why));
                }
            }
        }
    }
    None
}

/// Landmarks within a few kilometres of the course's bounding box.
fn nearby(profile: &Profile) -> Vec<&'static Landmark> {
    let fold = |v: &[f64]| {
        v.iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &x| {
                (a.min(x), b.max(x))
            })
    };
    let (lat_lo, lat_hi) = fold(&profile.lat_deg);
    let (lon_lo, lon_hi) = fold(&profile.lon_deg);
    let pad = 0.05; // degrees: about 5 km
    gazetteer()
        .iter()
        .filter(|l| {
            (lat_lo - pad..=lat_hi + pad).contains(&l.lat_deg)
                && (lon_lo - pad..=lon_hi + pad).contains(&l.lon_deg)
        })
        .collect()
}

/// The closest the profile points `from..=to` come to the landmark, metres.
fn closest_m(profile: &Profile, from: usize, to: usize, lm: &Landmark) -> f64 {
    (from..=to.min(profile.len() - 1))
        .map(|i| {
            geo::haversine_m(
                profile.lat_deg[i],
                profile.lon_deg[i],
                lm.lat_deg,
                lm.lon_deg,
            )
        })
        .fold(f64::INFINITY, f64::min)
}

/// Reads the CSV (quoted fields may hold commas and doubled quotes); rows that cannot be read
/// are skipped (a test checks that every bundled row reads).
pub fn parse(text: &str) -> Vec<Landmark> {
    let mut lines = text.lines();
    let Some(header) = lines.next() else {
        return Vec::new();
    };
    let names = fields(header);
    let col = |n: &str| names.iter().position(|h| h == n);
    let (Some(id), Some(kind), Some(local), Some(english), Some(lat), Some(lon)) = (
        col("id"),
        col("kind"),
        col("local_name"),
        col("english_name"),
        col("lat"),
        col("lon"),
    ) else {
        return Vec::new();
    };
    let (length, precision, source) = (col("length_m"), col("precision_m"), col("source"));
    lines
        .filter(|l| !l.trim().is_empty())
        .filter_map(|line| {
            let f = fields(line);
            let get = |i: Option<usize>| i.and_then(|i| f.get(i)).map(String::as_str);
            let num = |i: Option<usize>| get(i).and_then(|v| v.trim().parse::<f64>().ok());
            Some(Landmark {
                id: get(Some(id))?.to_string(),
                kind: match get(Some(kind))? {
                    "bridge" => LandmarkKind::Bridge,
                    "pass" | "summit" => LandmarkKind::Pass,
                    _ => return None,
                },
                local_name: get(Some(local))?.to_string(),
                english_name: get(Some(english))?.to_string(),
                lat_deg: num(Some(lat)).filter(|v| (-90.0..=90.0).contains(v))?,
                lon_deg: num(Some(lon)).filter(|v| (-180.0..=180.0).contains(v))?,
                length_m: num(length),
                precision_m: num(precision).unwrap_or(100.0).clamp(0.0, 1_000.0),
                source: get(source).unwrap_or_default().to_string(),
            })
        })
        .collect()
}

/// The fields of one CSV line.
fn fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    out.push(field);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_row_reads_and_has_a_source() {
        let rows = gazetteer();
        let lines = include_str!("../../assets/landmarks.csv").lines().count() - 1;
        assert_eq!(rows.len(), lines);
        assert!(
            rows.iter().all(|r| r.source.contains("http")),
            "every row cites a page"
        );
        let thuan_phuoc = rows.iter().find(|r| r.id == "thuan-phuoc-bridge");
        assert_eq!(
            thuan_phuoc.map(Landmark::display_name).as_deref(),
            Some("Cầu Thuận Phước (Thuận Phước Bridge)")
        );
        assert!(rows.iter().any(|r| r.kind == LandmarkKind::Pass));
    }

    #[test]
    fn quoted_fields_keep_their_commas() {
        assert_eq!(
            fields(r#"a,"b, c","d ""e""",f"#),
            ["a", "b, c", r#"d "e""#, "f"]
        );
    }
}
