//! What kind of descent (bridge, pass or hill) and what to call it: waypoints projected
//! onto the course, keywords in their names (Vietnamese folded to ASCII), and the shape of
//! the descent and of the climb just before it.
//!
//! ## When a descent is a bridge: the geometric rule and its limits
//!
//! A bridge is a straight elevated structure that leaves the surrounding level and comes
//! back to it. A descent is called `bridge` when, with the climb just before it, it is:
//! - **one structure**: the climb ends at most [`MAX_DECK_M`] before the descent starts
//!   (the deck, flat or not: Mapo Bridge has a 700 m flat deck between its ramps), and the
//!   whole, from the foot of the climb to the foot of the descent, is at most
//!   [`MAX_STRUCTURE_M`] long;
//! - **back to its level**: up and down differ by at most [`LEVEL_SHARE`] of the larger (plus
//!   the noise: how far the gain threshold was raised over 3 m on a drifting file), and
//!   neither is over [`MAX_BRIDGE_HEIGHT_M`] (a descent that keeps falling past where its
//!   climb started is a valley road, not a bridge);
//! - **ramps, not mountainsides**: each side averages at most [`MAX_RAMP_GRADE_PCT`] (road
//!   bridge approaches are built at 3-6 %), and one side may be up to [`MAX_RAMP_RATIO`]
//!   times as long as the other (asymmetric approaches: a long gentle viaduct on one bank, a
//!   short steep ramp on the other);
//! - **straight**: every point of the structure lies within [`MAX_OFFSET_M`] (or
//!   [`MAX_OFFSET_SHARE`] of its extent, if more) of the line from its start to its farthest
//!   point; so a course that crosses out and back along the same line is straight too, and
//!   each crossing is classified on its own.
//!
//! Limits: a curved bridge (a spiral ramp, a bridge reached round a bend) fails the straight
//! test and is called `hill` unless a waypoint or the landmark gazetteer names it; a straight
//! road over a short hill of bridge size (an overpass of earth, a railway embankment) is
//! called `bridge`, which is what a runner feels; a bridge higher than 80 m over its
//! approaches (the tallest road-race bridges rise 50-70 m) is a hill. A mountain valley
//! descent is not a bridge when it does not come back up to its start level nearby, drops
//! more than 80 m, is steeper than a ramp, or bends away from the straight line (the Stelvio
//! recording's valley humps bend 100 m off their chord over 1-2 km).

use super::noise::THRESHOLD_BOUNDS_M;
use super::segments::{DescentKind, Span};
use super::{Profile, Waypoint, geo};
use crate::{i18n, t};

/// A waypoint placed on the course.
#[derive(Debug, Clone)]
pub(super) struct Anchor {
    pub name: String,
    /// Distance along the course of the nearest sample.
    pub along_m: f64,
    pub keyword: Option<DescentKind>,
}

/// Places each waypoint at its nearest profile sample, if within `radius_m` of the course.
pub(super) fn project_waypoints(wpts: &[Waypoint], p: &Profile, radius_m: f64) -> Vec<Anchor> {
    let mut out = Vec::new();
    // Radius in degrees of latitude, with a margin for the flat-earth screen below.
    let screen_deg = radius_m * 1.2 / 111_000.0;
    for w in wpts {
        // One pass with a cheap equirectangular distance keeps the samples near the
        // waypoint; exact haversine only for the few winners.
        let coslat = w.lat_deg.to_radians().cos();
        let near: Vec<(f64, usize)> = (0..p.len())
            .filter_map(|i| {
                let dy = p.lat_deg[i] - w.lat_deg;
                let dx = geo::lon_delta_deg(w.lon_deg, p.lon_deg[i]) * coslat;
                let q = dx * dx + dy * dy;
                (q <= screen_deg * screen_deg).then_some((q, i))
            })
            .collect();
        let within = |i: usize| {
            geo::haversine_m(w.lat_deg, w.lon_deg, p.lat_deg[i], p.lon_deg[i]) <= radius_m
        };
        let Some(&(_, i)) = near.iter().min_by(|a, b| a.0.total_cmp(&b.0)) else {
            continue;
        };
        let anchor = |k: usize| Anchor {
            name: w.name.clone(),
            along_m: p.distance_m[k],
            keyword: keyword_kind(&w.name),
        };
        if within(i) {
            out.push(anchor(i));
        }
        // A course that passes a landmark twice (out and back): also anchor the second pass.
        let second = near
            .iter()
            .filter(|(_, j)| (p.distance_m[*j] - p.distance_m[i]).abs() >= 3_000.0)
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some(&(_, j)) = second
            && within(j)
        {
            out.push(anchor(j));
        }
    }
    out.sort_by(|a, b| a.along_m.total_cmp(&b.along_m));
    out
}

/// The anchor closest to the middle of [start, end] within `slack_m` of it.
pub(super) fn nearest_anchor(
    anchors: &[Anchor],
    start_m: f64,
    end_m: f64,
    slack_m: f64,
) -> Option<&Anchor> {
    let mid = (start_m + end_m) / 2.0;
    anchors
        .iter()
        .filter(|a| a.along_m >= start_m - slack_m && a.along_m <= end_m + slack_m)
        .min_by(|a, b| (a.along_m - mid).abs().total_cmp(&(b.along_m - mid).abs()))
}

/// bridge/cau/cầu name a bridge, pass/deo/đèo/col a pass.
pub fn keyword_kind(name: &str) -> Option<DescentKind> {
    let folded = fold_vietnamese(name);
    for word in folded.split(|c: char| !c.is_ascii_alphanumeric()) {
        match word {
            "bridge" | "cau" | "viaduct" | "overpass" | "flyover" => {
                return Some(DescentKind::Bridge);
            }
            "pass" | "deo" | "col" | "saddle" => return Some(DescentKind::Pass),
            _ => {}
        }
    }
    None
}

/// Lowercases and strips Vietnamese diacritics (đ -> d, ầ -> a, ...).
pub fn fold_vietnamese(s: &str) -> String {
    const GROUPS: [(&str, char); 7] = [
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ìíỉĩị", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ùúủũụưừứửữự", 'u'),
        ("ỳýỷỹỵ", 'y'),
        ("đ", 'd'),
    ];
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            GROUPS
                .iter()
                .find(|(set, _)| set.contains(c))
                .map_or(c, |(_, base)| *base)
        })
        .collect()
}

/// Path length over straight-line distance between two samples.
pub(super) fn sinuosity(p: &Profile, start: usize, end: usize) -> f64 {
    let path = p.distance_m[end] - p.distance_m[start];
    let chord = geo::haversine_m(
        p.lat_deg[start],
        p.lon_deg[start],
        p.lat_deg[end],
        p.lon_deg[end],
    );
    if chord > 1.0 {
        path / chord
    } else {
        f64::INFINITY
    }
}

/// Longest deck between the climb and the descent of a bridge, metres.
pub const MAX_DECK_M: f64 = 1_000.0;
/// Longest bridge structure, foot of the climb to foot of the descent, metres.
pub const MAX_STRUCTURE_M: f64 = 3_000.0;
/// Up and down of a bridge differ by at most this share of the larger.
pub const LEVEL_SHARE: f64 = 0.35;
/// Highest bridge, metres above its approaches.
pub const MAX_BRIDGE_HEIGHT_M: f64 = 80.0;
/// Steepest average grade of a bridge ramp, percent.
pub const MAX_RAMP_GRADE_PCT: f64 = 8.0;
/// One ramp of a bridge is at most this many times as long as the other.
pub const MAX_RAMP_RATIO: f64 = 5.0;
/// A bridge's points lie within this of its line, metres (GPS noise on a straight road).
pub const MAX_OFFSET_M: f64 = 30.0;
/// ... or within this share of its extent, if more.
pub const MAX_OFFSET_SHARE: f64 = 0.02;

/// Why the descent `down` is a bridge with the climb just before it (see the module docs),
/// or None.
fn bridge(down: Span, climbs: &[Span], profile: &Profile) -> Option<String> {
    let (e, d) = (&profile.elevation_m, &profile.distance_m);
    let up = climbs
        .iter()
        .rev()
        .find(|u| u.end <= down.start && d[down.start] - d[u.end] <= MAX_DECK_M)?;
    let (up_len, len) = (d[up.end] - d[up.start], d[down.end] - d[down.start]);
    let (gain, drop) = (e[up.end] - e[up.start], e[down.start] - e[down.end]);
    let one_structure = d[down.end] - d[up.start] <= MAX_STRUCTURE_M;
    // On a drifting file the heights of each end wander by about the raised threshold.
    let noise_m = (profile.settings.gain_threshold_m - THRESHOLD_BOUNDS_M.0).max(0.0);
    let back_to_level = (gain - drop).abs() <= LEVEL_SHARE * gain.max(drop) + noise_m
        && gain.max(drop) <= MAX_BRIDGE_HEIGHT_M;
    let ramps = gain / up_len * 100.0 <= MAX_RAMP_GRADE_PCT
        && drop / len * 100.0 <= MAX_RAMP_GRADE_PCT
        && up_len <= MAX_RAMP_RATIO * len
        && len <= MAX_RAMP_RATIO * up_len;
    if !(one_structure && back_to_level && ramps) {
        return None;
    }
    let (offset_m, extent_m) = offset_from_line(profile, up.start, down.end);
    (offset_m <= MAX_OFFSET_M.max(MAX_OFFSET_SHARE * extent_m)).then(|| {
        format!(
            "straight structure leaving and returning to its level ({gain:.0} m up over \
             {up_len:.0} m, {drop:.0} m down over {len:.0} m, within {offset_m:.0} m of a line)"
        )
    })
}

/// How far the path from `start` to `end` strays from the line through its start and its
/// farthest point, and how far that point is, metres (on a local flat projection).
pub(super) fn offset_from_line(p: &Profile, start: usize, end: usize) -> (f64, f64) {
    offset_from_line_deg(&p.lat_deg, &p.lon_deg, start, end)
}

/// [`offset_from_line`] on plain latitude and longitude series (degrees), for the stages
/// that run before the profile exists (the bridge-deck repair).
pub(super) fn offset_from_line_deg(
    lat_deg: &[f64],
    lon_deg: &[f64],
    start: usize,
    end: usize,
) -> (f64, f64) {
    const M_PER_DEG: f64 = 111_195.0;
    let coslat = lat_deg[start].to_radians().cos();
    let xy = |i: usize| {
        let x = geo::lon_delta_deg(lon_deg[start], lon_deg[i]) * coslat * M_PER_DEG;
        (x, (lat_deg[i] - lat_deg[start]) * M_PER_DEG)
    };
    let far = (start..=end)
        .map(|i| {
            let (x, y) = xy(i);
            (x.hypot(y), x, y)
        })
        .fold((0.0, 0.0, 0.0), |a, b| if b.0 > a.0 { b } else { a });
    let (extent, fx, fy) = far;
    if extent < 1.0 {
        return (0.0, 0.0);
    }
    let offset = (start..=end)
        .map(|i| {
            let (x, y) = xy(i);
            (x * fy - y * fx).abs() / extent
        })
        .fold(0.0, f64::max);
    (offset, extent)
}

/// A descent's kind and the reason for it, in words.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Kind {
    pub kind: DescentKind,
    pub reason: String,
}

/// Bridge: a straight structure leaving and returning to its level (see the module docs).
/// Pass: a long or winding mountain-road descent. Otherwise hill. A keyword in a nearby
/// waypoint wins.
/// `climbs` are the climbs of the course (spans, sorted), to find the one just before.
pub(super) fn classify(
    down: Span,
    climbs: &[Span],
    profile: &Profile,
    sinuosity: f64,
    anchor: Option<&Anchor>,
) -> Kind {
    let kind = |kind, reason| Kind { kind, reason };
    if let Some(a) = anchor
        && let Some(k) = a.keyword
    {
        return kind(k, t!("reason-waypoint", name = a.name.as_str()));
    }
    let (elevation_m, distance_m) = (&profile.elevation_m, &profile.distance_m);
    let len = distance_m[down.end] - distance_m[down.start];
    let drop = elevation_m[down.start] - elevation_m[down.end];
    if let Some(why) = bridge(down, climbs, profile) {
        return kind(DescentKind::Bridge, why);
    }
    if (len >= 1_500.0 && sinuosity >= 1.08) || (drop >= 40.0 && sinuosity >= 1.2) {
        return kind(
            DescentKind::Pass,
            t!("reason-winding", ratio = i18n::number(sinuosity, 2)),
        );
    }
    kind(DescentKind::Hill, t!("reason-hill"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_keywords() {
        assert_eq!(keyword_kind("Cầu Thuận Phước"), Some(DescentKind::Bridge));
        assert_eq!(keyword_kind("Đèo Lương Sơn"), Some(DescentKind::Pass));
        assert_eq!(keyword_kind("Because I can"), None);
        assert_eq!(keyword_kind("Bai Chay Bridge"), Some(DescentKind::Bridge));
        assert_eq!(fold_vietnamese("Đèo Ầ"), "deo a");
    }
}
