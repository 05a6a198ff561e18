//! Course points ("Up Ahead" alerts): each descent's start with its planned pace cap and
//! its foot, the summit and foot of each climb of 10 m or more, the water stations and the
//! planned gels. Distances are the plan's along-course distances, so on an out-and-back
//! course the same bridge crossed twice gives two points at the right passes. Names are
//! folded to ASCII and cut to 15 bytes (FIT) and 10 characters (TCX).

use crate::course::{Analysis, Profile};
use crate::document::PlanDocument;
use crate::format::{self, ascii_fold, cut_bytes};
use crate::plan::Timeline;
use crate::t;

/// Climbs smaller than this get no course points.
const MIN_CLIMB_GAIN_M: f64 = 10.0;
/// A climb's summit or foot this close to a descent's point is the same place.
const SAME_PLACE_M: f64 = 100.0;

/// What a course point marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MarkKind {
    /// The crest where a descent starts (the alert before it).
    DescentStart,
    /// The foot of a descent.
    DescentFoot,
    /// The top of a climb.
    Summit,
    /// The bottom of a climb.
    ClimbFoot,
    /// A water station.
    Water,
    /// A planned gel.
    Gel,
}

impl MarkKind {
    /// FIT `course_point` type (profile: 1 summit, 2 valley, 3 water, 5 danger, 32 energy
    /// gel). A descent start is "danger": the alert to hold back.
    pub fn fit_type(self) -> u8 {
        match self {
            MarkKind::DescentStart => 5,
            MarkKind::DescentFoot | MarkKind::ClimbFoot => 2,
            MarkKind::Summit => 1,
            MarkKind::Water => 3,
            MarkKind::Gel => 32,
        }
    }

    /// TCX `PointType`.
    pub fn tcx_type(self) -> &'static str {
        match self {
            MarkKind::DescentStart => "Danger",
            MarkKind::DescentFoot | MarkKind::ClimbFoot => "Valley",
            MarkKind::Summit => "Summit",
            MarkKind::Water => "Water",
            MarkKind::Gel => "Food",
        }
    }

    /// GPX waypoint symbol.
    pub fn gpx_sym(self) -> &'static str {
        match self {
            MarkKind::DescentStart => "Danger Area",
            MarkKind::DescentFoot | MarkKind::ClimbFoot => "Valley",
            MarkKind::Summit => "Summit",
            MarkKind::Water => "Drinking Water",
            MarkKind::Gel => "Food Source",
        }
    }
}

/// One course point.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// What it marks.
    pub kind: MarkKind,
    /// Distance along the course.
    pub distance_m: f64,
    /// Latitude, degrees.
    pub lat_deg: f64,
    /// Longitude, degrees.
    pub lon_deg: f64,
    /// Elevation, metres.
    pub elevation_m: f64,
    /// Planned time there, Unix seconds.
    pub unix_s: i64,
    /// ASCII name, at most 15 bytes ("Bai Chay 5:40").
    pub name: String,
    /// ASCII name, at most 10 characters (TCX).
    pub short_name: String,
    /// The full text (Vietnamese names kept).
    pub notes: String,
}

/// A course point before it is placed: kind, distance, name, TCX name (None: from the
/// name), notes.
type Raw = (MarkKind, f64, String, Option<String>, String);

/// The course points of a plan, sorted by distance.
pub fn marks(
    doc: &PlanDocument,
    analysis: &Analysis,
    timeline: &Timeline,
    start_unix_s: i64,
) -> Vec<Mark> {
    let mut raw = descents_and_climbs(doc, analysis);
    let plan = &doc.plan;
    for &w in &plan.water_stations_m {
        let km = format::km(w, 1);
        let text = t!("watch-water-note", km = km.as_str());
        let name = t!("watch-water-name", km = km.as_str());
        raw.push((MarkKind::Water, w, name, None, text));
    }
    for (k, f) in plan.fuel.iter().enumerate() {
        let text = format!("{}. {}", f.item, f.note);
        raw.push((
            MarkKind::Gel,
            f.distance_m,
            t!("watch-gel-name", n = (k + 1).to_string()),
            None,
            text,
        ));
    }
    let total = timeline.total_m();
    let p = &analysis.profile;
    let mut out: Vec<Mark> = raw
        .into_iter()
        .filter(|(_, d, _, _, _)| *d >= 0.0 && *d <= total)
        .map(|(kind, d, name, short, notes)| {
            let (lat_deg, lon_deg, elevation_m) = position_at(p, d);
            let name = cut_bytes(&ascii_fold(&name), 15).to_string();
            Mark {
                kind,
                distance_m: d,
                lat_deg,
                lon_deg,
                elevation_m,
                unix_s: start_unix_s + timeline.elapsed_at(d).round() as i64,
                short_name: short.map_or_else(|| short_name(&name), |s| ascii_fold(&s)),
                name,
                notes: notes.trim().to_string(),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.distance_m
            .total_cmp(&b.distance_m)
            .then(a.kind.cmp(&b.kind))
    });
    out
}

/// Each descent's crest (with its cap) and foot; the foot and top of each climb of 10 m or
/// more that is not already a descent's point.
fn descents_and_climbs(doc: &PlanDocument, analysis: &Analysis) -> Vec<Raw> {
    let plan = &doc.plan;
    let mut raw: Vec<Raw> = Vec::new();
    for s in &plan.descent_strategy {
        let place = place_name(&s.name);
        let cap = format::pace(s.planned_pace_s_per_km);
        raw.push((
            MarkKind::DescentStart,
            s.start_m,
            with_tail(&place, &cap, 15),
            Some(with_tail(&place, &cap, 10)),
            t!(
                "watch-descent-note",
                name = s.name.as_str(),
                cap = cap.as_str()
            ),
        ));
        let foot = t!("watch-foot-name", place = place.as_str());
        let text = t!("watch-foot-note", name = s.name.as_str());
        raw.push((MarkKind::DescentFoot, s.end_m, foot, None, text));
    }
    let near_descent = |d: f64| {
        plan.descent_strategy
            .iter()
            .any(|s| (s.start_m - d).abs() < SAME_PLACE_M || (s.end_m - d).abs() < SAME_PLACE_M)
    };
    for c in analysis
        .climbs
        .iter()
        .filter(|c| c.gain_m >= MIN_CLIMB_GAIN_M)
    {
        let place = place_name(&c.name);
        if !near_descent(c.start_m) {
            let text = t!("watch-foot-note", name = c.name.as_str());
            raw.push((
                MarkKind::ClimbFoot,
                c.start_m,
                t!("watch-up-name", place = place.as_str()),
                None,
                text,
            ));
        }
        if !near_descent(c.end_m) {
            let text = t!(
                "watch-top-note",
                name = c.name.as_str(),
                gain = format::num(c.gain_m, 0)
            );
            raw.push((
                MarkKind::Summit,
                c.end_m,
                t!("watch-top-name", place = place.as_str()),
                None,
                text,
            ));
        }
    }
    raw
}

/// A descent or climb name as a place: without its bracketed note, in ASCII, without a
/// leading "Cau"/"Deo" (bridge/pass) when that is all the room there is.
fn place_name(name: &str) -> String {
    let base = ascii_fold(name.split(" (").next().unwrap_or(name));
    for prefix in ["Cau ", "Deo ", "Doc "] {
        if let Some(rest) = base.strip_prefix(prefix)
            && !rest.is_empty()
        {
            return rest.to_string();
        }
    }
    base
}

/// `head tail` within `max` bytes: the head is cut, the tail (a pace) always kept.
fn with_tail(head: &str, tail: &str, max: usize) -> String {
    let room = max.saturating_sub(tail.len() + 1);
    format!("{} {tail}", cut_bytes(head, room))
}

/// At most 10 characters for TCX: the FIT name without spaces where needed.
fn short_name(name: &str) -> String {
    if name.len() <= 10 {
        return name.to_string();
    }
    let squeezed: String = name.split(' ').collect();
    let cut = cut_bytes(&squeezed, 10);
    if cut.is_empty() {
        "Point".into()
    } else {
        cut.into()
    }
}

/// Position and elevation at a distance, between the profile's samples.
pub fn position_at(p: &Profile, d: f64) -> (f64, f64, f64) {
    let i = p.index_at(d);
    let j = (i + 1).min(p.len() - 1);
    let (a, b) = (p.distance_m[i], p.distance_m[j]);
    let f = if b > a {
        ((d - a) / (b - a)).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let lerp = |v: &[f64]| v[i] + (v[j] - v[i]) * f;
    let ele = lerp(&p.elevation_m);
    (
        lerp(&p.lat_deg),
        lerp(&p.lon_deg),
        if ele.is_finite() { ele } else { 0.0 },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fit_the_fields() {
        assert_eq!(place_name("Cầu Bãi Cháy (Bai Chay Bridge)"), "Bai Chay");
        assert_eq!(with_tail("Thuan Phuoc", "5:40", 15), "Thuan Phuo 5:40");
        assert_eq!(short_name("Bai Chay 5:40"), "BaiChay5:4");
        assert_eq!(short_name("Water 2.5"), "Water 2.5");
    }
}
