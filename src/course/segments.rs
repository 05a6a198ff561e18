//! Climbs and descents: found like Garmin ClimbPro (length x grade score, minimum length
//! and grade, tolerance for short counter-slopes), mirrored for descents, with thresholds
//! for road marathons; descents are then classified as bridge, pass or hill and named.
//!
//! Steps, on the smoothed profile:
//! 1. turning points with a `hysteresis_m` swing give candidate climbs (valley to peak)
//!    and descents (peak to valley);
//! 2. a span that runs flat for `flat_split_m` or more is cut there;
//! 3. neighbours are merged across a counter-slope that is short (at most
//!    `counter_max_m` long) and small (at most `counter_tolerance` x the drop so far; ClimbPro
//!    ends a climb when an intermediate drop exceeds half its gain: we use a quarter);
//! 4. flat shoulders are trimmed (ends move inward while the next 100 m are shallower
//!    than half the minimum grade);
//! 5. what remains must be `min_length_m` long, change `min_change_m` in height, average
//!    `min_grade_pct`, and score (length_m x |grade_pct|) at least `min_score`.
//!    Defaults: 200 m, 6 m, 2 %, 600 so that a 10 m drop at 3 % over a bridge counts,
//!    while GPS noise on a flat course does not.

use serde::{Deserialize, Serialize};

use super::{Course, Profile, Waypoint, geo};

/// Detection settings (defaults tuned for road marathons).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SegmentSettings {
    pub hysteresis_m: f64,
    pub min_length_m: f64,
    pub min_change_m: f64,
    pub min_grade_pct: f64,
    pub min_score: f64,
    pub counter_tolerance: f64,
    pub counter_max_m: f64,
    /// A flat stretch (grade under half the minimum) this long splits a segment in two.
    pub flat_split_m: f64,
    /// A waypoint this close to the course (metres) and within the segment (+- this
    /// distance along the course) names it.
    pub waypoint_radius_m: f64,
}

impl Default for SegmentSettings {
    fn default() -> Self {
        Self {
            hysteresis_m: 3.0,
            min_length_m: 200.0,
            min_change_m: 6.0,
            min_grade_pct: 2.0,
            min_score: 600.0,
            counter_tolerance: 0.25,
            counter_max_m: 500.0,
            flat_split_m: 250.0,
            waypoint_radius_m: 300.0,
        }
    }
}

/// What kind of descent this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum DescentKind {
    Bridge,
    Pass,
    Hill,
}

impl DescentKind {
    pub fn label(self) -> &'static str {
        match self {
            DescentKind::Bridge => "bridge",
            DescentKind::Pass => "pass",
            DescentKind::Hill => "hill",
        }
    }
}

/// A descent. Grades are negative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Descent {
    pub name: String,
    pub kind: DescentKind,
    pub start_m: f64,
    pub end_m: f64,
    pub drop_m: f64,
    pub avg_grade_pct: f64,
    pub max_grade_pct: f64,
    pub score: f64,
    pub category: String,
    /// Path length / straight-line distance over the descent (1 = straight).
    pub sinuosity: f64,
    /// Why the kind was chosen, in words.
    pub kind_reason: String,
}

/// A climb. Grades are positive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Climb {
    pub name: String,
    pub start_m: f64,
    pub end_m: f64,
    pub gain_m: f64,
    pub avg_grade_pct: f64,
    pub max_grade_pct: f64,
    pub score: f64,
    pub category: String,
}

impl Descent {
    pub fn length_m(&self) -> f64 {
        self.end_m - self.start_m
    }
}

impl Climb {
    pub fn length_m(&self) -> f64 {
        self.end_m - self.start_m
    }
}

/// Category by score (length_m x |grade_pct|). ClimbPro's scale starts at 8,000 (Cat 4),
/// doubling up to Cat 1, and HC above 64,000 (science notes section 4); below 8,000 we add
/// two road-race bands, since a bridge scores 1,000-5,000.
pub fn category(score: f64) -> &'static str {
    match score {
        s if s >= 64_000.0 => "HC",
        s if s >= 32_000.0 => "Cat 1",
        s if s >= 16_000.0 => "Cat 2",
        s if s >= 12_000.0 => "Cat 3",
        s if s >= 8_000.0 => "Cat 4",
        s if s >= 3_500.0 => "major",
        _ => "minor",
    }
}

#[derive(Debug, Clone, Copy)]
struct Span {
    s: usize,
    e: usize,
}

/// Finds climbs and descents, sorted by start. Empty without elevation.
pub fn find(
    course: &Course,
    profile: &Profile,
    settings: &SegmentSettings,
) -> (Vec<Climb>, Vec<Descent>) {
    if !profile.has_elevation || profile.len() < 3 {
        return (Vec::new(), Vec::new());
    }
    let e = &profile.elevation_m;
    let d = &profile.distance_m;
    let tps = super::profile::turning_points(e, settings.hysteresis_m);
    let mut ups = Vec::new();
    let mut downs = Vec::new();
    for w in tps.windows(2) {
        let sp = Span { s: w[0], e: w[1] };
        if e[w[1]] > e[w[0]] {
            ups.push(sp);
        } else if e[w[1]] < e[w[0]] {
            downs.push(sp);
        }
    }
    let spacing = profile.settings.spacing_m;
    let ups: Vec<Span> = ups
        .into_iter()
        .flat_map(|s| split_at_flats(s, e, spacing, settings, 1.0))
        .collect();
    let downs: Vec<Span> = downs
        .into_iter()
        .flat_map(|s| split_at_flats(s, e, spacing, settings, -1.0))
        .collect();
    let ups = merge(ups, e, d, settings, 1.0);
    let downs = merge(downs, e, d, settings, -1.0);
    let ups: Vec<Span> = ups
        .into_iter()
        .map(|s| trim(s, e, spacing, settings, 1.0))
        .filter(|s| keep(*s, e, d, settings))
        .collect();
    let downs: Vec<Span> = downs
        .into_iter()
        .map(|s| trim(s, e, spacing, settings, -1.0))
        .filter(|s| keep(*s, e, d, settings))
        .collect();

    let anchors = project_waypoints(&course.waypoints, profile, settings.waypoint_radius_m);

    let climbs: Vec<Climb> = ups
        .iter()
        .enumerate()
        .map(|(i, sp)| {
            let (len, change) = (d[sp.e] - d[sp.s], e[sp.e] - e[sp.s]);
            let avg = change / len * 100.0;
            let max = profile.grade_pct[sp.s..=sp.e]
                .iter()
                .copied()
                .fold(f64::NEG_INFINITY, f64::max);
            let score = len * avg;
            let name = nearest_anchor(&anchors, d[sp.s], d[sp.e], settings.waypoint_radius_m)
                .map(|a| format!("{} (climb)", a.name))
                .unwrap_or_else(|| format!("Climb {}", i + 1));
            Climb {
                name,
                start_m: d[sp.s],
                end_m: d[sp.e],
                gain_m: change,
                avg_grade_pct: avg,
                max_grade_pct: max.max(avg),
                score,
                category: category(score).to_string(),
            }
        })
        .collect();

    let descents = downs
        .iter()
        .enumerate()
        .map(|(i, sp)| {
            let (len, drop) = (d[sp.e] - d[sp.s], e[sp.s] - e[sp.e]);
            let avg = -drop / len * 100.0;
            let max = profile.grade_pct[sp.s..=sp.e]
                .iter()
                .copied()
                .fold(f64::INFINITY, f64::min);
            let score = len * -avg;
            let sinuosity = sinuosity(profile, sp.s, sp.e);
            let anchor = nearest_anchor(&anchors, d[sp.s], d[sp.e], settings.waypoint_radius_m);
            let (kind, kind_reason) = classify(*sp, &ups, e, d, profile, sinuosity, anchor);
            let name = anchor
                .map(|a| a.name.clone())
                .unwrap_or_else(|| format!("Descent {}", i + 1));
            Descent {
                name,
                kind,
                start_m: d[sp.s],
                end_m: d[sp.e],
                drop_m: drop,
                avg_grade_pct: avg,
                max_grade_pct: max.min(avg),
                score,
                category: category(score).to_string(),
                sinuosity,
                kind_reason,
            }
        })
        .collect();
    (climbs, descents)
}

/// Merges neighbouring same-direction spans across small, short counter-slopes.
fn merge(spans: Vec<Span>, e: &[f64], d: &[f64], st: &SegmentSettings, sign: f64) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for sp in spans {
        if let Some(last) = out.last_mut() {
            let counter = (e[sp.s] - e[last.e]) * -sign; // size of the counter-slope
            let gap = d[sp.s] - d[last.e];
            let so_far = (e[last.e] - e[last.s]) * sign;
            let next = (e[sp.e] - e[sp.s]) * sign;
            let beyond = (e[sp.e] - e[last.e]) * sign > 0.0; // the next part goes further
            if gap <= st.counter_max_m
                && counter <= st.counter_tolerance * so_far
                && counter <= st.counter_tolerance * next.max(so_far)
                && beyond
            {
                last.e = sp.e;
                continue;
            }
        }
        out.push(sp);
    }
    out
}

/// Cuts a span where it runs flat (local grade under half the minimum) for longer than
/// `flat_split_m`: two bridges joined by a flat road are two descents.
fn split_at_flats(
    sp: Span,
    e: &[f64],
    spacing_m: f64,
    st: &SegmentSettings,
    sign: f64,
) -> Vec<Span> {
    // Grade over +-100 m: long enough that GPS noise left after smoothing reads as flat.
    let h = ((100.0 / spacing_m).round() as usize).max(1);
    let min_run = ((st.flat_split_m / spacing_m).round() as usize).max(1);
    let half = st.min_grade_pct / 2.0;
    let flat = |i: usize| {
        let (a, b) = (i.saturating_sub(h).max(sp.s), (i + h).min(sp.e));
        b <= a || (e[b] - e[a]) * sign / ((b - a) as f64 * spacing_m) * 100.0 < half
    };
    let mut out = Vec::new();
    let mut piece_start = sp.s;
    let mut i = sp.s;
    while i <= sp.e {
        if flat(i) {
            let run_start = i;
            while i <= sp.e && flat(i) {
                i += 1;
            }
            if i - run_start >= min_run {
                if run_start > piece_start {
                    out.push(Span {
                        s: piece_start,
                        e: run_start,
                    });
                }
                piece_start = i.min(sp.e);
            }
        } else {
            i += 1;
        }
    }
    if sp.e > piece_start {
        out.push(Span {
            s: piece_start,
            e: sp.e,
        });
    }
    out
}

/// Moves the ends inward past flat shoulders.
fn trim(mut sp: Span, e: &[f64], spacing_m: f64, st: &SegmentSettings, sign: f64) -> Span {
    let k = ((100.0 / spacing_m).round() as usize).max(1);
    let slope = |a: usize, b: usize| (e[b] - e[a]) * sign / ((b - a) as f64 * spacing_m) * 100.0;
    let half = st.min_grade_pct / 2.0;
    while sp.e > sp.s + k && slope(sp.s, sp.s + k) < half {
        sp.s += 1;
    }
    while sp.e > sp.s + k && slope(sp.e - k, sp.e) < half {
        sp.e -= 1;
    }
    sp
}

fn keep(sp: Span, e: &[f64], d: &[f64], st: &SegmentSettings) -> bool {
    let len = d[sp.e] - d[sp.s];
    let change = (e[sp.e] - e[sp.s]).abs();
    if len < st.min_length_m || change < st.min_change_m {
        return false;
    }
    let grade = change / len * 100.0;
    grade >= st.min_grade_pct && len * grade >= st.min_score
}

/// Path length over straight-line distance between two samples.
fn sinuosity(p: &Profile, s: usize, e: usize) -> f64 {
    let path = p.distance_m[e] - p.distance_m[s];
    let chord = geo::haversine_m(p.lat_deg[s], p.lon_deg[s], p.lat_deg[e], p.lon_deg[e]);
    if chord > 1.0 {
        path / chord
    } else {
        f64::INFINITY
    }
}

/// A waypoint placed on the course.
#[derive(Debug, Clone)]
struct Anchor {
    name: String,
    /// Distance along the course of the nearest sample.
    along_m: f64,
    keyword: Option<DescentKind>,
}

/// Places each waypoint at its nearest profile sample, if within `radius_m` of the course.
fn project_waypoints(wpts: &[Waypoint], p: &Profile, radius_m: f64) -> Vec<Anchor> {
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
fn nearest_anchor(anchors: &[Anchor], start_m: f64, end_m: f64, slack_m: f64) -> Option<&Anchor> {
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
        .flat_map(|c| c.to_lowercase())
        .map(|c| {
            GROUPS
                .iter()
                .find(|(set, _)| set.contains(c))
                .map_or(c, |(_, base)| *base)
        })
        .collect()
}

/// Bridge: a short, roughly symmetric hump on a straight path. Pass: a long or winding
/// mountain-road descent. Otherwise hill. A keyword in a nearby waypoint wins.
fn classify(
    sp: Span,
    ups: &[Span],
    e: &[f64],
    d: &[f64],
    profile: &Profile,
    sinuosity: f64,
    anchor: Option<&Anchor>,
) -> (DescentKind, String) {
    if let Some(a) = anchor
        && let Some(kind) = a.keyword
    {
        return (kind, format!("named by the waypoint \"{}\"", a.name));
    }
    let len = d[sp.e] - d[sp.s];
    let drop = e[sp.s] - e[sp.e];
    // The climb just before (ending within 500 m of this descent's start).
    let before = ups
        .iter()
        .rev()
        .find(|u| u.e <= sp.s && d[sp.s] - d[u.e] <= 500.0);
    if let Some(u) = before {
        let up_len = d[u.e] - d[u.s];
        let gain = e[u.e] - e[u.s];
        let symmetric = (gain - drop).abs() <= 0.35 * gain.max(drop)
            && up_len <= 2.0 * len
            && len <= 2.0 * up_len;
        let hump_sin = self::sinuosity(profile, u.s, sp.e);
        if symmetric && len <= 1_500.0 && up_len <= 1_500.0 && drop <= 70.0 && hump_sin <= 1.15 {
            return (
                DescentKind::Bridge,
                format!(
                    "short symmetric hump ({gain:.0} m up, {drop:.0} m down) on a straight line"
                ),
            );
        }
    }
    if (len >= 1_500.0 && sinuosity >= 1.08) || (drop >= 40.0 && sinuosity >= 1.2) {
        return (
            DescentKind::Pass,
            format!("long winding descent (path {sinuosity:.2} x the straight line)"),
        );
    }
    (
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

    #[test]
    fn categories_by_score() {
        assert_eq!(category(1_000.0), "minor");
        assert_eq!(category(5_000.0), "major");
        assert_eq!(category(9_000.0), "Cat 4");
        assert_eq!(category(70_000.0), "HC");
    }
}
