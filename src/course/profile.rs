//! Elevation profile on a regular distance grid: resample, smooth, grade, gain and loss.
//!
//! Method (the JSON reports it with its parameters):
//! 1. resample elevation and position every `spacing_m` metres along the path by linear
//!    interpolation on distance (not on point index, so dense and sparse files agree);
//! 2. smooth elevation with a centred moving average `smoothing_window_m` wide (the window
//!    shrinks symmetrically at the ends); an average never leaves the range of the values it averages;
//! 3. grade at each sample = rise / run between the samples `grade_window_m / 2` before
//!    and after it;
//! 4. gain and loss = sum of rises and falls between turning points of the smoothed
//!    profile, where a turning point needs a swing of at least `gain_threshold_m`
//!    (hysteresis, like Runalyze's threshold method).

use serde::{Deserialize, Serialize};

use super::{Course, Warning, geo};

/// Profile settings with their defaults. All distances in metres.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileSettings {
    /// Distance between resampled points. Default 10 m.
    pub spacing_m: f64,
    /// Full width of the moving-average window. Default 100 m (+-50 m): removes GPS
    /// jitter yet keeps a 1 km bridge ramp intact.
    pub smoothing_window_m: f64,
    /// Full width of the grade window. Default 50 m.
    pub grade_window_m: f64,
    /// Minimum swing counted as climbing or descending. Default 3 m (Runalyze uses 3 m).
    pub gain_threshold_m: f64,
}

impl Default for ProfileSettings {
    fn default() -> Self {
        Self {
            spacing_m: 10.0,
            smoothing_window_m: 100.0,
            grade_window_m: 50.0,
            gain_threshold_m: 3.0,
        }
    }
}

impl ProfileSettings {
    /// One line describing the method, for the JSON and the README.
    pub fn method(&self) -> String {
        format!(
            "resample every {} m on distance; centred moving average over {} m; grade over {} m; gain/loss between turning points with a {} m threshold; spherical earth (haversine, R = 6,371,008.8 m)",
            self.spacing_m, self.smoothing_window_m, self.grade_window_m, self.gain_threshold_m
        )
    }

    /// Replaces unusable values (NaN, negative, absurd) with the defaults' bounds.
    pub fn sanitized(&self) -> ProfileSettings {
        let d = ProfileSettings::default();
        let pick =
            |v: f64, lo: f64, hi: f64, def: f64| if v.is_finite() { v.clamp(lo, hi) } else { def };
        ProfileSettings {
            spacing_m: pick(self.spacing_m, 1.0, 100.0, d.spacing_m),
            smoothing_window_m: pick(self.smoothing_window_m, 0.0, 2_000.0, d.smoothing_window_m),
            grade_window_m: pick(self.grade_window_m, 2.0, 2_000.0, d.grade_window_m),
            gain_threshold_m: pick(self.gain_threshold_m, 0.0, 50.0, d.gain_threshold_m),
        }
    }
}

/// Most samples a profile holds; longer courses get a coarser spacing (with a warning).
pub const MAX_SAMPLES: usize = 2_000_000;

/// The resampled profile. All vectors have the same length (at least 2).
#[derive(Debug, Clone)]
pub struct Profile {
    /// Settings actually used (spacing may be coarser than asked on huge courses).
    pub settings: ProfileSettings,
    pub distance_m: Vec<f64>,
    pub lat_deg: Vec<f64>,
    pub lon_deg: Vec<f64>,
    /// Elevation before smoothing (interpolated from the file); NaN without elevation.
    pub raw_elevation_m: Vec<f64>,
    /// Smoothed elevation; NaN without elevation.
    pub elevation_m: Vec<f64>,
    /// Grade in percent (rise/run x 100); 0 without elevation.
    pub grade_pct: Vec<f64>,
    pub has_elevation: bool,
    pub gain_m: Option<f64>,
    pub loss_m: Option<f64>,
    pub min_elevation_m: Option<f64>,
    pub max_elevation_m: Option<f64>,
    pub warnings: Vec<Warning>,
}

impl Profile {
    /// Builds the profile of a course.
    pub fn build(course: &Course, settings: &ProfileSettings) -> Profile {
        let mut settings = settings.sanitized();
        let mut warnings = Vec::new();
        let total = course.distance_m();
        if total / settings.spacing_m > (MAX_SAMPLES - 1) as f64 {
            settings.spacing_m = (total / (MAX_SAMPLES - 1) as f64).ceil();
            warnings.push(Warning::CoarseProfile {
                spacing_m: settings.spacing_m,
            });
        }
        let (distance_m, lat_deg, lon_deg, raw_elevation_m) = resample(course, settings.spacing_m);
        let has_elevation = course.has_elevation;
        let n = distance_m.len();
        let (elevation_m, grade_pct, gain, loss, min, max) = if has_elevation {
            let half = (settings.smoothing_window_m / 2.0 / settings.spacing_m).round() as usize;
            let smooth = moving_average(&raw_elevation_m, half);
            let k = ((settings.grade_window_m / 2.0 / settings.spacing_m).round() as usize).max(1);
            let grade = grades(&distance_m, &smooth, k);
            let (gain, loss) = gain_loss(&smooth, settings.gain_threshold_m);
            let min = smooth.iter().copied().fold(f64::INFINITY, f64::min);
            let max = smooth.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            (smooth, grade, Some(gain), Some(loss), Some(min), Some(max))
        } else {
            (vec![f64::NAN; n], vec![0.0; n], None, None, None, None)
        };
        Profile {
            settings,
            distance_m,
            lat_deg,
            lon_deg,
            raw_elevation_m,
            elevation_m,
            grade_pct,
            has_elevation,
            gain_m: gain,
            loss_m: loss,
            min_elevation_m: min,
            max_elevation_m: max,
            warnings,
        }
    }

    /// Number of samples.
    pub fn len(&self) -> usize {
        self.distance_m.len()
    }

    /// Always false: a profile has at least two samples.
    pub fn is_empty(&self) -> bool {
        self.distance_m.is_empty()
    }

    /// Total length, metres.
    pub fn total_m(&self) -> f64 {
        self.distance_m.last().copied().unwrap_or(0.0)
    }

    /// Index of the sample at or just before `distance_m` (clamped to the course).
    pub fn index_at(&self, distance_m: f64) -> usize {
        let i = self.distance_m.partition_point(|&d| d <= distance_m);
        i.saturating_sub(1).min(self.len().saturating_sub(1))
    }

    /// Smoothed elevation at any distance, by linear interpolation (NaN without elevation).
    pub fn elevation_at(&self, distance_m: f64) -> f64 {
        interp(&self.distance_m, &self.elevation_m, distance_m)
    }

    /// Grade (percent) at any distance, by linear interpolation.
    pub fn grade_at(&self, distance_m: f64) -> f64 {
        interp(&self.distance_m, &self.grade_pct, distance_m)
    }
}

/// Indices to draw: first and last, and the min and max of each bucket, in order.
pub fn decimate_min_max(values: &[f64], max_points: usize) -> Vec<usize> {
    let n = values.len();
    if n <= max_points {
        return (0..n).collect();
    }
    let buckets = (max_points / 2).max(1);
    let size = n.div_ceil(buckets);
    let mut out = Vec::with_capacity(buckets * 2 + 2);
    out.push(0);
    let mut start = 0;
    while start < n {
        let end = (start + size).min(n);
        let (mut lo, mut hi) = (start, start);
        for i in start..end {
            if values[i] < values[lo] {
                lo = i;
            }
            if values[i] > values[hi] {
                hi = i;
            }
        }
        let (a, b) = if lo <= hi { (lo, hi) } else { (hi, lo) };
        for i in [a, b] {
            if out.last() != Some(&i) {
                out.push(i);
            }
        }
        start = end;
    }
    if out.last() != Some(&(n - 1)) {
        out.push(n - 1);
    }
    out
}

/// Linear interpolation of `ys` over increasing `xs`, clamped at the ends.
pub fn interp(xs: &[f64], ys: &[f64], x: f64) -> f64 {
    let n = xs.len().min(ys.len());
    if n == 0 {
        return f64::NAN;
    }
    let i = xs[..n].partition_point(|&v| v <= x);
    if i == 0 {
        return ys[0];
    }
    if i >= n {
        return ys[n - 1];
    }
    let (x0, x1) = (xs[i - 1], xs[i]);
    let t = if x1 > x0 { (x - x0) / (x1 - x0) } else { 0.0 };
    ys[i - 1] + (ys[i] - ys[i - 1]) * t
}

/// Samples the course every `spacing_m` metres (and at its very end).
fn resample(course: &Course, spacing_m: f64) -> (Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>) {
    let pts = course.points();
    let total = course.distance_m();
    let n = (total / spacing_m).floor() as usize + 2;
    let (mut d, mut lat, mut lon, mut ele) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let mut j = 0; // segment index: pts[j] .. pts[j + 1]
    let mut k = 0usize;
    loop {
        let x = (k as f64 * spacing_m).min(total);
        while j + 2 < pts.len() && pts[j + 1].distance_m < x {
            j += 1;
        }
        let (a, b) = (&pts[j], &pts[j + 1]);
        let span = b.distance_m - a.distance_m;
        let t = if span > 0.0 {
            ((x - a.distance_m) / span).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let (la, lo) = geo::lerp_position(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg, t);
        d.push(x);
        lat.push(la);
        lon.push(lo);
        ele.push(a.elevation_m + (b.elevation_m - a.elevation_m) * t);
        if x >= total {
            break;
        }
        k += 1;
    }
    (d, lat, lon, ele)
}

/// Centred moving average over `2 * half + 1` samples. Near the ends the window shrinks
/// symmetrically (to a single sample at the very ends), so a steady ramp stays exact.
pub fn moving_average(values: &[f64], half: usize) -> Vec<f64> {
    let n = values.len();
    if half == 0 || n < 3 {
        return values.to_vec();
    }
    let mut prefix = Vec::with_capacity(n + 1);
    prefix.push(0.0);
    let mut acc = 0.0;
    for v in values {
        acc += v;
        prefix.push(acc);
    }
    (0..n)
        .map(|i| {
            let h = half.min(i).min(n - 1 - i);
            let (lo, hi) = (i - h, i + h + 1);
            if h == 0 {
                return values[i];
            }
            let mean = (prefix[hi] - prefix[lo]) / (hi - lo) as f64;
            // Prefix sums can round a hair outside the window's range; keep the promise.
            if h <= 2 {
                let (mn, mx) = values[lo..hi]
                    .iter()
                    .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
                        (a.min(*v), b.max(*v))
                    });
                mean.clamp(mn, mx)
            } else {
                mean
            }
        })
        .collect()
}

/// Grade in percent over `k` samples either side.
fn grades(distance_m: &[f64], elevation_m: &[f64], k: usize) -> Vec<f64> {
    let n = distance_m.len();
    (0..n)
        .map(|i| {
            let lo = i.saturating_sub(k);
            let hi = (i + k).min(n - 1);
            let run = distance_m[hi] - distance_m[lo];
            if run > 0.0 {
                (elevation_m[hi] - elevation_m[lo]) / run * 100.0
            } else {
                0.0
            }
        })
        .collect()
}

/// Indices of alternating peaks and valleys whose swings are at least `threshold_m`
/// (the first and last sample are always included).
pub fn turning_points(e: &[f64], threshold_m: f64) -> Vec<usize> {
    let n = e.len();
    let mut tps = vec![0];
    if n < 2 {
        return tps;
    }
    let t = threshold_m.max(1e-9);
    let (mut dir, mut lo, mut hi, mut ext) = (0i8, 0usize, 0usize, 0usize);
    for i in 1..n {
        match dir {
            0 => {
                if e[i] < e[lo] {
                    lo = i;
                }
                if e[i] > e[hi] {
                    hi = i;
                }
                if e[i] - e[lo] >= t {
                    if lo != 0 {
                        tps.push(lo);
                    }
                    dir = 1;
                    ext = i;
                } else if e[hi] - e[i] >= t {
                    if hi != 0 {
                        tps.push(hi);
                    }
                    dir = -1;
                    ext = i;
                }
            }
            1 => {
                if e[i] >= e[ext] {
                    ext = i;
                } else if e[ext] - e[i] >= t {
                    tps.push(ext);
                    dir = -1;
                    ext = i;
                }
            }
            _ => {
                if e[i] <= e[ext] {
                    ext = i;
                } else if e[i] - e[ext] >= t {
                    tps.push(ext);
                    dir = 1;
                    ext = i;
                }
            }
        }
    }
    if dir != 0 && tps.last() != Some(&ext) {
        tps.push(ext);
    }
    if tps.last() != Some(&(n - 1)) {
        tps.push(n - 1);
    }
    tps
}

/// Total gain and loss between turning points with the given threshold.
pub fn gain_loss(e: &[f64], threshold_m: f64) -> (f64, f64) {
    let tps = turning_points(e, threshold_m);
    let (mut gain, mut loss) = (0.0, 0.0);
    for w in tps.windows(2) {
        let d = e[w[1]] - e[w[0]];
        if d > 0.0 {
            gain += d;
        } else {
            loss -= d;
        }
    }
    (gain, loss)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::CoursePoint;

    fn line_course(elev: impl Fn(f64) -> f64, length_m: f64, step_m: f64) -> Course {
        let n = (length_m / step_m) as usize;
        let pts = (0..=n)
            .map(|i| {
                let d = i as f64 * step_m;
                let (lat, lon) = geo::destination(10.0, 100.0, 90.0, d);
                CoursePoint {
                    lat_deg: lat,
                    lon_deg: lon,
                    distance_m: d,
                    elevation_m: elev(d),
                }
            })
            .collect();
        Course::from_points("t", pts, vec![]).unwrap()
    }

    #[test]
    fn flat_course_has_zero_gain() {
        let p = Profile::build(
            &line_course(|_| 12.0, 5_000.0, 3.0),
            &ProfileSettings::default(),
        );
        assert_eq!(p.gain_m, Some(0.0));
        assert_eq!(p.loss_m, Some(0.0));
        assert!(p.grade_pct.iter().all(|g| g.abs() < 1e-9));
    }

    #[test]
    fn ramp_has_known_gain_and_grade() {
        let p = Profile::build(
            &line_course(|d| d * 0.04, 2_000.0, 7.0),
            &ProfileSettings::default(),
        );
        assert!((p.gain_m.unwrap() - 80.0).abs() < 0.5, "{:?}", p.gain_m);
        assert!((p.grade_pct[100] - 4.0).abs() < 1e-6);
        assert!((p.total_m() - 2_000.0).abs() < 1e-6 || (p.total_m() - 1_995.0).abs() < 1e-6);
        assert_eq!(p.distance_m[1], 10.0);
    }

    #[test]
    fn turning_points_alternate() {
        let e = [0.0, 1.0, 5.0, 4.0, 0.0, 0.5, 0.0, 6.0];
        assert_eq!(turning_points(&e, 3.0), vec![0, 2, 6, 7]);
        let (g, l) = gain_loss(&e, 3.0);
        assert!((g - 11.0).abs() < 1e-9 && (l - 5.0).abs() < 1e-9);
    }

    #[test]
    fn interp_clamps() {
        assert_eq!(interp(&[0.0, 10.0], &[1.0, 3.0], 5.0), 2.0);
        assert_eq!(interp(&[0.0, 10.0], &[1.0, 3.0], -5.0), 1.0);
        assert_eq!(interp(&[0.0, 10.0], &[1.0, 3.0], 50.0), 3.0);
    }

    #[test]
    fn decimation_keeps_extremes_and_ends() {
        let v: Vec<f64> = (0..100_000)
            .map(|i| ((i as f64) / 1000.0).sin() + if i == 54_321 { 50.0 } else { 0.0 })
            .collect();
        let idx = decimate_min_max(&v, 1_000);
        assert!(idx.len() <= 1_002);
        assert!(idx.contains(&54_321));
        assert_eq!(idx[0], 0);
        assert_eq!(*idx.last().unwrap(), 99_999);
        assert!(idx.windows(2).all(|w| w[0] < w[1]));
    }
}
