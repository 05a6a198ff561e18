//! The course track for a watch: the profile's points (every 10 m) simplified with
//! Ramer-Douglas-Peucker on position and elevation to a point budget, always keeping the
//! start, the finish, every descent's start and foot and every course point (added at
//! their exact distance when they fall between samples). Each kept point gets its planned
//! time in whole seconds, strictly increasing.

use super::TrackPoint;
use super::course_points::{Mark, position_at};
use crate::course::Profile;
use crate::document::PlanDocument;
use crate::plan::Timeline;

/// One metre of elevation weighs like this many metres of position in the simplification
/// (a bridge's 40 m rise over 600 m must survive; a 2 m wobble on a bend need not).
const Z_WEIGHT: f64 = 5.0;
/// Metres per degree of latitude (mean).
const M_PER_DEG: f64 = 111_195.0;

/// The simplified track with planned times.
pub fn track(
    p: &Profile,
    timeline: &Timeline,
    marks: &[Mark],
    doc: &PlanDocument,
    budget: usize,
    start_unix_s: i64,
) -> Vec<TrackPoint> {
    let mut must_at: Vec<f64> = marks.iter().map(|m| m.distance_m).collect();
    for d in &doc.plan.descents {
        must_at.extend([d.start_m, d.end_m]);
    }
    must_at.sort_by(f64::total_cmp);
    // The profile's samples and the points that must stay, merged along the distance.
    let mut pts: Vec<(f64, bool)> = p.distance_m.iter().map(|&d| (d, false)).collect();
    pts.extend(must_at.iter().map(|&d| (d, true)));
    pts.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    pts.dedup_by(|b, a| {
        let same = (a.0 - b.0).abs() < 0.5;
        if same {
            a.1 |= b.1;
        }
        same
    });
    if let Some(first) = pts.first_mut() {
        first.1 = true;
    }
    if let Some(last) = pts.last_mut() {
        last.1 = true;
    }
    let lat0 = p.lat_deg.first().copied().unwrap_or(0.0).to_radians().cos();
    let full: Vec<TrackPoint> = pts
        .iter()
        .map(|&(d, _)| {
            let (lat_deg, lon_deg, elevation_m) = position_at(p, d);
            TrackPoint {
                lat_deg,
                lon_deg,
                elevation_m,
                distance_m: d,
                unix_s: start_unix_s + timeline.elapsed_at(d).round() as i64,
            }
        })
        .collect();
    let xyz: Vec<[f64; 3]> = full
        .iter()
        .map(|t| {
            [
                t.lon_deg * M_PER_DEG * lat0,
                t.lat_deg * M_PER_DEG,
                t.elevation_m * Z_WEIGHT,
            ]
        })
        .collect();
    let must: Vec<bool> = pts.iter().map(|p| p.1).collect();
    let keep = keep_within(&xyz, &must, budget);
    increasing_times(&full, &keep, &must)
}

/// The kept points with whole-second times strictly increasing: a point whose time equals
/// the previous kept one is dropped, unless it must stay, then the previous one goes
/// (two points that must stay less than a second apart keep the first).
fn increasing_times(full: &[TrackPoint], keep: &[usize], must: &[bool]) -> Vec<TrackPoint> {
    let mut out: Vec<(TrackPoint, bool)> = Vec::with_capacity(keep.len());
    for &i in keep {
        let (t, m) = (full[i], must[i]);
        match out.last() {
            Some((prev, _)) if t.unix_s > prev.unix_s => out.push((t, m)),
            Some((_, prev_must)) if m && !*prev_must => {
                out.pop();
                let later = out.last().is_none_or(|(p, _)| t.unix_s > p.unix_s);
                if later {
                    out.push((t, m));
                }
            }
            Some(_) => {}
            None => out.push((t, m)),
        }
    }
    // The finish stays the last point even when it falls within a second of another.
    if let (Some(&last), Some((tail, _))) = (keep.last(), out.last())
        && tail.distance_m < full[last].distance_m
        && full[last].unix_s > tail.unix_s
    {
        out.push((full[last], true));
    }
    out.into_iter().map(|(t, _)| t).collect()
}

/// Indices to keep: RDP with the smallest tolerance that keeps at most `budget` points
/// (bisection on the tolerance), the points that must stay always kept.
fn keep_within(xyz: &[[f64; 3]], must: &[bool], budget: usize) -> Vec<usize> {
    let all: Vec<usize> = (0..xyz.len()).collect();
    if xyz.len() <= budget {
        return all;
    }
    let (mut lo, mut hi) = (0.0, 1_000.0);
    let mut best = rdp(xyz, must, hi);
    for _ in 0..40 {
        let mid = 0.5 * (lo + hi);
        let k = rdp(xyz, must, mid);
        if k.len() <= budget {
            hi = mid;
            best = k;
        } else {
            lo = mid;
        }
        if hi - lo < 0.01 {
            break;
        }
    }
    best
}

/// Ramer-Douglas-Peucker with tolerance `eps` (metres), run between consecutive points
/// that must stay.
fn rdp(xyz: &[[f64; 3]], must: &[bool], eps: f64) -> Vec<usize> {
    let mut keep = must.to_vec();
    let anchors: Vec<usize> = (0..xyz.len()).filter(|&i| must[i]).collect();
    let mut stack: Vec<(usize, usize)> = anchors.windows(2).map(|w| (w[0], w[1])).collect();
    while let Some((a, b)) = stack.pop() {
        if b <= a + 1 {
            continue;
        }
        let (mut worst, mut at) = (0.0, a);
        for i in a + 1..b {
            let d = distance_to_segment(xyz[i], xyz[a], xyz[b]);
            if d > worst {
                (worst, at) = (d, i);
            }
        }
        if worst > eps {
            keep[at] = true;
            stack.push((a, at));
            stack.push((at, b));
        }
    }
    (0..xyz.len()).filter(|&i| keep[i]).collect()
}

/// Distance from `p` to the segment `a`-`b` in 3-D.
fn distance_to_segment(p: [f64; 3], a: [f64; 3], b: [f64; 3]) -> f64 {
    let ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    let ap = [p[0] - a[0], p[1] - a[1], p[2] - a[2]];
    let len2 = ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2];
    let t = if len2 > 0.0 {
        ((ap[0] * ab[0] + ap[1] * ab[1] + ap[2] * ab[2]) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let d = [ap[0] - t * ab[0], ap[1] - t * ab[1], ap[2] - t * ab[2]];
    (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rdp_keeps_corners_and_the_points_that_must_stay() {
        let xyz = [
            [0.0, 0.0, 0.0],
            [1.0, 0.0, 0.0],
            [2.0, 0.0, 0.0],
            [3.0, 5.0, 0.0],
            [4.0, 0.0, 0.0],
            [5.0, 0.0, 0.0],
        ];
        let mut must = [false; 6];
        (must[0], must[5], must[1]) = (true, true, true);
        assert_eq!(rdp(&xyz, &must, 0.5), vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(rdp(&xyz, &must, 10.0), vec![0, 1, 5]);
        let k = keep_within(&xyz, &must, 4);
        assert!(k.len() <= 4 && k.contains(&3), "{k:?}");
    }
}
