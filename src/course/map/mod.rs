//! The course as a map, without a GUI: the profile's positions in a true-aspect projection
//! (metres east and north of the course's centre), levels of detail so a frame draws a
//! bounded number of segments however long the file, and the lookups both ways between a
//! distance along the course and a place on the map.
//!
//! Projection: local equirectangular about the centre of the course's bounding box,
//! `east = R·Δλ·cos φ0`, `north = R·Δφ` (R as in [`super::geo`]). On a road course (tens of
//! km) it keeps true aspect to better than 0.2 % and its units are metres, so km markers and
//! a scale bar need no conversion. Web Mercator would keep the same local aspect but scale
//! every length by `sec φ`; it only pays when tiles must line up, which this map does not
//! need. Longitudes are taken the short way round from the centre (antimeridian-safe).

mod lod;

pub use lod::{Level, PIXEL_TOLERANCE, Selection};

use super::geo::{self, EARTH_RADIUS_M};
use super::{Analysis, Profile};

/// A local equirectangular projection about a centre: positions to metres east and north.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    /// Latitude of the centre, degrees north.
    pub centre_lat_deg: f64,
    /// Longitude of the centre, degrees east.
    pub centre_lon_deg: f64,
    /// Metres per degree of longitude at the centre (`R·cos φ0·π/180`).
    m_per_deg_lon: f64,
    /// Metres per degree of latitude (`R·π/180`).
    m_per_deg_lat: f64,
}

impl Projection {
    /// The projection about one position.
    pub fn about(centre_lat_deg: f64, centre_lon_deg: f64) -> Projection {
        let m_per_deg_lat = EARTH_RADIUS_M * std::f64::consts::PI / 180.0;
        Projection {
            centre_lat_deg,
            centre_lon_deg,
            m_per_deg_lon: m_per_deg_lat * centre_lat_deg.to_radians().cos(),
            m_per_deg_lat,
        }
    }

    /// The projection about the centre of the positions' bounding box (longitudes taken
    /// the short way from the first one); None without a finite position.
    pub fn centred_on(lat_deg: &[f64], lon_deg: &[f64]) -> Option<Projection> {
        let first_lon = lon_deg.iter().copied().find(|l| l.is_finite())?;
        let (mut lat_lo, mut lat_hi) = (f64::INFINITY, f64::NEG_INFINITY);
        let (mut lon_lo, mut lon_hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for (&lat, &lon) in lat_deg.iter().zip(lon_deg) {
            if !(lat.is_finite() && lon.is_finite()) {
                continue;
            }
            let dl = geo::lon_delta_deg(first_lon, lon);
            lat_lo = lat_lo.min(lat);
            lat_hi = lat_hi.max(lat);
            lon_lo = lon_lo.min(dl);
            lon_hi = lon_hi.max(dl);
        }
        if !lat_lo.is_finite() {
            return None;
        }
        let centre_lon = wrap_lon(first_lon + (lon_lo + lon_hi) / 2.0);
        Some(Projection::about((lat_lo + lat_hi) / 2.0, centre_lon))
    }

    /// A position as metres east and north of the centre.
    pub fn project(&self, lat_deg: f64, lon_deg: f64) -> [f64; 2] {
        [
            geo::lon_delta_deg(self.centre_lon_deg, lon_deg) * self.m_per_deg_lon,
            (lat_deg - self.centre_lat_deg) * self.m_per_deg_lat,
        ]
    }
}

/// A longitude wrapped into [-180, 180).
fn wrap_lon(lon_deg: f64) -> f64 {
    (lon_deg + 180.0).rem_euclid(360.0) - 180.0
}

/// A rectangle on the map, metres east and north of the centre.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// South-west corner (east, north), metres.
    pub min: [f64; 2],
    /// North-east corner (east, north), metres.
    pub max: [f64; 2],
}

impl Bounds {
    /// The smallest rectangle holding the points (None when there are none).
    pub fn of(points: impl IntoIterator<Item = [f64; 2]>) -> Option<Bounds> {
        let mut b: Option<Bounds> = None;
        for p in points {
            let r = b.get_or_insert(Bounds { min: p, max: p });
            r.min = [r.min[0].min(p[0]), r.min[1].min(p[1])];
            r.max = [r.max[0].max(p[0]), r.max[1].max(p[1])];
        }
        b
    }

    /// True when the two rectangles share a point.
    pub fn intersects(&self, other: &Bounds) -> bool {
        self.min[0] <= other.max[0]
            && other.min[0] <= self.max[0]
            && self.min[1] <= other.max[1]
            && other.min[1] <= self.max[1]
    }

    /// Width and height, metres.
    pub fn size_m(&self) -> [f64; 2] {
        [self.max[0] - self.min[0], self.max[1] - self.min[1]]
    }

    /// The centre, metres.
    pub fn centre(&self) -> [f64; 2] {
        [
            (self.min[0] + self.max[0]) / 2.0,
            (self.min[1] + self.max[1]) / 2.0,
        ]
    }
}

/// Where the pointer is on the course: a distance along it and how far off the track.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Distance from the start along the course, metres (as on the profile).
    pub distance_m: f64,
    /// Distance from the pointer to the track, metres on the map.
    pub off_track_m: f64,
}

/// The course drawn as a map: every profile sample projected, with levels of detail.
#[derive(Debug, Clone)]
pub struct CourseMap {
    /// The projection used.
    pub projection: Projection,
    /// Distance of each sample from the start, metres (the profile's, so scaled to the
    /// official distance when the runner set one).
    pub distance_m: Vec<f64>,
    /// Each sample on the map (east, north), metres from the centre.
    pub xy_m: Vec<[f64; 2]>,
    /// The rectangle holding the whole course.
    pub bounds: Bounds,
    levels: Vec<Level>,
    /// Samples every level and every screen thinning keeps (sorted): start, finish, ends.
    kept: Vec<u32>,
}

impl CourseMap {
    /// The map of an analysed course: the profile's samples, keeping the ends of every
    /// climb and descent at every level of detail. None when positions are unusable.
    pub fn of_analysis(analysis: &Analysis) -> Option<CourseMap> {
        let keep: Vec<f64> = analysis
            .descents
            .iter()
            .flat_map(|d| [d.start_m, d.end_m])
            .chain(analysis.climbs.iter().flat_map(|c| [c.start_m, c.end_m]))
            .collect();
        CourseMap::of_profile(&analysis.profile, &keep)
    }

    /// The map of a profile, keeping the samples nearest to `keep_m` (and the start and the
    /// finish) at every level of detail.
    pub fn of_profile(profile: &Profile, keep_m: &[f64]) -> Option<CourseMap> {
        CourseMap::new(
            &profile.distance_m,
            &profile.lat_deg,
            &profile.lon_deg,
            keep_m,
        )
    }

    /// The map of samples given as distance (never decreasing), latitude and longitude.
    /// None with fewer than two samples, arrays of different lengths or a position that is
    /// not a number.
    pub fn new(
        distance_m: &[f64],
        lat_deg: &[f64],
        lon_deg: &[f64],
        keep_m: &[f64],
    ) -> Option<CourseMap> {
        let n = distance_m.len();
        let usable = n >= 2
            && lat_deg.len() == n
            && lon_deg.len() == n
            && n < u32::MAX as usize
            && lat_deg.iter().chain(lon_deg).all(|v| v.is_finite());
        if !usable {
            return None;
        }
        let projection = Projection::centred_on(lat_deg, lon_deg)?;
        let xy_m: Vec<[f64; 2]> = lat_deg
            .iter()
            .zip(lon_deg)
            .map(|(&lat, &lon)| projection.project(lat, lon))
            .collect();
        let bounds = Bounds::of(xy_m.iter().copied())?;
        let mut keep: Vec<u32> = keep_m
            .iter()
            .filter(|d| d.is_finite())
            .map(|&d| nearest_index(distance_m, d) as u32)
            .chain([0, (n - 1) as u32])
            .collect();
        keep.sort_unstable();
        keep.dedup();
        let levels = lod::build(&xy_m, &keep);
        let kept = keep;
        Some(CourseMap {
            projection,
            distance_m: distance_m.to_vec(),
            xy_m,
            bounds,
            levels,
            kept,
        })
    }

    /// The levels of detail, finest (every sample) first.
    pub fn levels(&self) -> &[Level] {
        &self.levels
    }

    /// Where a distance along the course is on the map (clamped to the course), by linear
    /// interpolation between the samples on either side.
    pub fn position_at(&self, distance_m: f64) -> [f64; 2] {
        let d = &self.distance_m;
        let last = d.len() - 1;
        let i = d.partition_point(|&x| x <= distance_m).clamp(1, last);
        let (a, b) = (i - 1, i);
        let span = d[b] - d[a];
        let t = if span > 0.0 {
            ((distance_m - d[a]) / span).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let (p, q) = (self.xy_m[a], self.xy_m[b]);
        [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t]
    }

    /// The place on the course nearest to `p_m` among the segments of `selection`, within
    /// `radius_m`. Where the course passes more than once (out and back, a loop's start and
    /// finish) each pass within `slack_m` of the nearest counts, and the one closest along
    /// the course to `prefer_m` (the last hover) wins, else the nearest, else the earliest.
    pub fn nearest(
        &self,
        selection: &Selection,
        p_m: [f64; 2],
        radius_m: f64,
        slack_m: f64,
        prefer_m: Option<f64>,
    ) -> Option<Hit> {
        let mut passes: Vec<Hit> = Vec::new();
        // A thinned segment lies within twice its level's tolerance of the track.
        let reach_m = radius_m
            + slack_m
            + 2.0
                * self
                    .levels
                    .get(selection.level)
                    .map_or(0.0, |l| l.tolerance_m);
        // A pass is a stretch of consecutive segments within reach; each gives its best.
        for run in self.runs(selection) {
            let mut pass: Option<Hit> = None;
            for w in run.windows(2) {
                let (a, b) = (w[0] as usize, w[1] as usize);
                let (off, _) = segment_distance(p_m, self.xy_m[a], self.xy_m[b]);
                if off <= reach_m {
                    let hit = self.refine(a, b, p_m);
                    pass = match pass {
                        Some(best) if best.off_track_m <= hit.off_track_m => Some(best),
                        _ => Some(hit),
                    };
                } else if let Some(best) = pass.take() {
                    passes.push(best);
                }
            }
            passes.extend(pass);
        }
        let best = passes
            .iter()
            .map(|h| h.off_track_m)
            .fold(f64::INFINITY, f64::min);
        if best > radius_m {
            return None;
        }
        passes.retain(|h| h.off_track_m <= best + slack_m);
        let key = |h: &Hit| match prefer_m {
            Some(d) => (h.distance_m - d).abs(),
            None => h.off_track_m,
        };
        passes.into_iter().min_by(|x, y| {
            key(x)
                .total_cmp(&key(y))
                .then(x.distance_m.total_cmp(&y.distance_m))
        })
    }

    /// The nearest point to `p_m` on the full-detail track between samples `a` and `b`.
    fn refine(&self, a: usize, b: usize, p_m: [f64; 2]) -> Hit {
        let mut hit = Hit {
            distance_m: self.distance_m[a],
            off_track_m: f64::INFINITY,
        };
        for i in a..b.max(a + 1).min(self.xy_m.len() - 1) {
            let (off, t) = segment_distance(p_m, self.xy_m[i], self.xy_m[i + 1]);
            if off < hit.off_track_m {
                let (d0, d1) = (self.distance_m[i], self.distance_m[i + 1]);
                hit = Hit {
                    distance_m: d0 + (d1 - d0) * t,
                    off_track_m: off,
                };
            }
        }
        hit
    }
}

/// Index of the sample nearest to `distance_m` along the course.
fn nearest_index(distance_m: &[f64], d: f64) -> usize {
    let i = distance_m.partition_point(|&x| x < d);
    if i == 0 {
        return 0;
    }
    if i >= distance_m.len() {
        return distance_m.len() - 1;
    }
    if (distance_m[i] - d).abs() < (d - distance_m[i - 1]).abs() {
        i
    } else {
        i - 1
    }
}

/// Distance from `p` to the segment `a`-`b`, and where along it the nearest point is (0-1).
fn segment_distance(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> (f64, f64) {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (qx, qy) = (a[0] + dx * t, a[1] + dy * t);
    (((p[0] - qx).powi(2) + (p[1] - qy).powi(2)).sqrt(), t)
}

#[cfg(test)]
mod tests;
