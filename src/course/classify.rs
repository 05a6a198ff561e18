//! What kind of descent (bridge, pass or hill) and what to call it: waypoints projected
//! onto the course, keywords in their names (Vietnamese folded to ASCII), and the shape of
//! the descent and of the climb just before it.

use super::segments::{DescentKind, Span};
use super::{Profile, Waypoint, geo};

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

/// A descent's kind and the reason for it, in words.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Kind {
    pub kind: DescentKind,
    pub reason: String,
}

/// Bridge: a short, roughly symmetric hump on a straight path. Pass: a long or winding
/// mountain-road descent. Otherwise hill. A keyword in a nearby waypoint wins.
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
        return kind(k, format!("named by the waypoint \"{}\"", a.name));
    }
    let (elevation_m, distance_m) = (&profile.elevation_m, &profile.distance_m);
    let len = distance_m[down.end] - distance_m[down.start];
    let drop = elevation_m[down.start] - elevation_m[down.end];
    // The climb just before (ending within 500 m of this descent's start).
    let before = climbs
        .iter()
        .rev()
        .find(|u| u.end <= down.start && distance_m[down.start] - distance_m[u.end] <= 500.0);
    if let Some(u) = before {
        let up_len = distance_m[u.end] - distance_m[u.start];
        let gain = elevation_m[u.end] - elevation_m[u.start];
        let symmetric = (gain - drop).abs() <= 0.35 * gain.max(drop)
            && up_len <= 2.0 * len
            && len <= 2.0 * up_len;
        let hump_sin = self::sinuosity(profile, u.start, down.end);
        if symmetric && len <= 1_500.0 && up_len <= 1_500.0 && drop <= 70.0 && hump_sin <= 1.15 {
            return kind(
                DescentKind::Bridge,
                format!(
                    "short symmetric hump ({gain:.0} m up, {drop:.0} m down) on a straight line"
                ),
            );
        }
    }
    if (len >= 1_500.0 && sinuosity >= 1.08) || (drop >= 40.0 && sinuosity >= 1.2) {
        return kind(
            DescentKind::Pass,
            format!("long winding descent (path {sinuosity:.2} x the straight line)"),
        );
    }
    kind(
        DescentKind::Hill,
        "neither a symmetric hump nor a long winding road".to_string(),
    )
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
