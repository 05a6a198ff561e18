//! Elevation profile on a regular distance grid: resample, smooth, grade, gain and loss.
//!
//! Method (the JSON reports it with its parameters):
//! 1. resample elevation and position every `spacing_m` metres along the path by linear
//!    interpolation on distance (not on point index, so dense and sparse files agree);
//! 2. smooth elevation with a centred moving average `smoothing_window_m` wide (the window
//!    shrinks symmetrically at the ends); an average never leaves the range of the values it
//!    averages;
//! 3. grade at each sample = rise / run between the samples `grade_window_m / 2` before
//!    and after it;
//! 4. gain and loss = sum of rises and falls between turning points of the smoothed
//!    profile, where a turning point needs a swing of at least `gain_threshold_m`
//!    (hysteresis, like Runalyze's threshold method).

use serde::{Deserialize, Serialize};

use super::corrections::{Corrections, OfficialFigures};
use super::noise::{NoiseEstimate, Totals, totals_with_uncertainty};
use super::repair::deck::{Track, rebuild_decks};
use super::repair::{Repair, gaps, repair};
use super::{Course, Warning, geo};

pub use super::series::{decimate_min_max, gain_loss, interp, moving_average, turning_points};

/// Profile settings with their defaults. All distances in metres.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileSettings {
    /// Distance between resampled points. Default 10 m.
    pub spacing_m: f64,
    /// Full width of the moving-average window. Default 100 m (+-50 m): removes GPS
    /// jitter yet keeps a 1 km bridge ramp intact; widened (up to 200 m) for a file with
    /// large point-to-point jitter when `threshold_from_noise` is on (see [`super::noise`]).
    pub smoothing_window_m: f64,
    /// Full width of the grade window. Default 50 m.
    pub grade_window_m: f64,
    /// Minimum swing counted as climbing or descending. Default 3 m (Runalyze uses 3 m);
    /// raised from the file's estimated drift when `threshold_from_noise` is on.
    pub gain_threshold_m: f64,
    /// Choose the gain threshold and the smoothing window from the file's own noise (see
    /// [`super::noise`]), never below `gain_threshold_m` and `smoothing_window_m`. Default on;
    /// off keeps both exactly as set.
    pub threshold_from_noise: bool,
}

impl Default for ProfileSettings {
    fn default() -> Self {
        Self {
            spacing_m: 10.0,
            smoothing_window_m: 100.0,
            grade_window_m: 50.0,
            gain_threshold_m: 3.0,
            threshold_from_noise: true,
        }
    }
}

impl ProfileSettings {
    /// One line describing the method, for the JSON and the README.
    pub fn method(&self) -> String {
        let window = if self.threshold_from_noise {
            " (widened for a file with large point-to-point jitter)"
        } else {
            ""
        };
        self.method_noting(window)
    }

    /// [`ProfileSettings::method`] with `window_note` after the smoothing window.
    fn method_noting(&self, window_note: &str) -> String {
        let noise = if self.threshold_from_noise {
            " (raised from the file's elevation drift; on a drifting file only stretches of a \
             minimum grade count)"
        } else {
            ""
        };
        format!(
            "resample every {} m on distance; centred moving average over {} m{window_note}; \
             grade over {} m; gain/loss between turning points with a {} m threshold{noise}; \
             spherical earth (haversine, R = 6,371,008.8 m)",
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
            threshold_from_noise: self.threshold_from_noise,
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
    /// Distance of each sample from the start, metres: every `spacing_m`, plus the end.
    pub distance_m: Vec<f64>,
    /// Latitude of each sample, degrees north (interpolated along the path).
    pub lat_deg: Vec<f64>,
    /// Longitude of each sample, degrees east (interpolated along the path).
    pub lon_deg: Vec<f64>,
    /// Elevation before smoothing (interpolated from the file, artifacts repaired); NaN
    /// without elevation.
    pub raw_elevation_m: Vec<f64>,
    /// Smoothed elevation; NaN without elevation.
    pub elevation_m: Vec<f64>,
    /// Grade in percent (rise/run x 100); 0 without elevation.
    pub grade_pct: Vec<f64>,
    /// True when the course has elevation; otherwise heights are NaN and grades 0.
    pub has_elevation: bool,
    /// Height climbed over the course, metres, on the smoothed profile with the gain
    /// threshold (None without elevation).
    pub gain_m: Option<f64>,
    /// Height descended over the course, metres, measured like `gain_m` (None without
    /// elevation).
    pub loss_m: Option<f64>,
    /// Lowest smoothed elevation, metres (None without elevation).
    pub min_elevation_m: Option<f64>,
    /// Highest smoothed elevation, metres (None without elevation).
    pub max_elevation_m: Option<f64>,
    /// How far the total climb may be off, metres (see [`super::noise`]).
    pub gain_uncertainty_m: Option<f64>,
    /// How far the total descent may be off, metres.
    pub loss_uncertainty_m: Option<f64>,
    /// The file's elevation noise, estimated from the file (after repairs).
    pub noise: Option<NoiseEstimate>,
    /// Stretches whose heights were repaired or interpolated, along the course.
    pub repairs: Vec<Repair>,
    /// The smoothing window asked for, when the file's jitter widened it (the window used is
    /// in `settings`).
    pub smoothing_widened_from_m: Option<f64>,
    /// The official figures the profile was scaled to (the runner's correction), if any.
    pub official: Option<OfficialFigures>,
    /// Notes from building the profile (a coarser spacing on a very long course).
    pub warnings: Vec<Warning>,
}

impl Profile {
    /// Builds the profile of a course.
    pub fn build(course: &Course, settings: &ProfileSettings) -> Profile {
        Profile::build_corrected(course, settings, &Corrections::default())
    }

    /// Builds the profile of a course with the runner's corrections: distances scaled to the
    /// official distance, marked stretches drawn straight, heights scaled to the official
    /// climb (see [`super::corrections`]).
    pub fn build_corrected(
        course: &Course,
        settings: &ProfileSettings,
        corrections: &Corrections,
    ) -> Profile {
        let mut settings = settings.sanitized();
        let mut warnings = Vec::new();
        let scale = corrections.distance_factor(course.distance_m());
        let total = course.distance_m() * scale;
        if total / settings.spacing_m > (MAX_SAMPLES - 1) as f64 {
            settings.spacing_m = (total / (MAX_SAMPLES - 1) as f64).ceil();
            warnings.push(Warning::CoarseProfile {
                spacing_m: settings.spacing_m,
            });
        }
        let mut grid = resample(course, settings.spacing_m / scale);
        grid.distance_m.iter_mut().for_each(|d| *d *= scale);
        let has_elevation = course.has_elevation;
        let repairs = if has_elevation {
            repair_grid(
                course,
                &mut grid,
                settings.spacing_m,
                scale,
                corrections,
                &mut warnings,
            )
        } else {
            Vec::new()
        };
        let mut smoothing_widened_from_m = None;
        let noise = has_elevation.then(|| NoiseEstimate::of(&grid.elevation_m, settings.spacing_m));
        if let Some(n) = &noise
            && settings.threshold_from_noise
        {
            settings.gain_threshold_m = settings.gain_threshold_m.max(n.gain_threshold_m());
            let window = n.smoothing_window_m(settings.smoothing_window_m, settings.spacing_m);
            if window > settings.smoothing_window_m {
                smoothing_widened_from_m = Some(settings.smoothing_window_m);
                settings.smoothing_window_m = window;
            }
        }
        let min_grade_pct = match &noise {
            Some(n) if settings.threshold_from_noise => n.min_grade_pct(),
            _ => 0.0,
        };
        let shape = if has_elevation {
            let official_gain = corrections.official.gain_m;
            scaled_shape(&mut grid, &settings, min_grade_pct, official_gain)
        } else {
            Shape::flat(grid.distance_m.len())
        };
        let official = (!corrections.official.is_empty()).then_some(corrections.official);
        Profile {
            settings,
            distance_m: grid.distance_m,
            lat_deg: grid.lat_deg,
            lon_deg: grid.lon_deg,
            raw_elevation_m: grid.elevation_m,
            elevation_m: shape.elevation_m,
            grade_pct: shape.grade_pct,
            has_elevation,
            gain_m: shape.totals.map(|t| t.gain_m),
            loss_m: shape.totals.map(|t| t.loss_m),
            min_elevation_m: shape.min_elevation_m,
            max_elevation_m: shape.max_elevation_m,
            gain_uncertainty_m: shape.totals.map(|t| t.gain_uncertainty_m),
            loss_uncertainty_m: shape.totals.map(|t| t.loss_uncertainty_m),
            noise,
            repairs,
            smoothing_widened_from_m,
            official,
            warnings,
        }
    }

    /// The method in one line (as [`ProfileSettings::method`]), saying how far the file's
    /// jitter widened the smoothing window, if it did.
    pub fn method(&self) -> String {
        match (self.smoothing_widened_from_m, self.noise) {
            (Some(asked), Some(n)) => self.settings.method_noting(&format!(
                " (widened from {asked} m for the file's {:.2} m point-to-point jitter)",
                n.white_m
            )),
            _ => self.settings.method_noting(""),
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

/// The smoothed shape; with an official climb, the raw heights are first scaled about their
/// lowest point until the measured climb matches it (a few rounds: the gain threshold makes
/// the climb not quite proportional to the heights). The factor stays within
/// [`super::corrections::MAX_GAIN_FACTOR`] either way.
fn scaled_shape(
    grid: &mut Grid,
    settings: &ProfileSettings,
    min_grade_pct: f64,
    official_gain_m: Option<f64>,
) -> Shape {
    use super::corrections::MAX_GAIN_FACTOR;
    let mut shape = Shape::of(&grid.distance_m, &grid.elevation_m, settings, min_grade_pct);
    let Some(target) = official_gain_m.filter(|g| g.is_finite() && *g > 0.0) else {
        return shape;
    };
    let base: Vec<f64> = grid.elevation_m.clone();
    let low = base.iter().copied().fold(f64::INFINITY, f64::min);
    let mut factor = 1.0;
    for _ in 0..4 {
        let Some(gain) = shape.totals.map(|t| t.gain_m).filter(|g| *g > 1.0) else {
            break;
        };
        if (gain - target).abs() < 0.5 {
            break;
        }
        factor = (factor * target / gain).clamp(1.0 / MAX_GAIN_FACTOR, MAX_GAIN_FACTOR);
        for (e, b) in grid.elevation_m.iter_mut().zip(&base) {
            *e = low + (b - low) * factor;
        }
        shape = Shape::of(&grid.distance_m, &grid.elevation_m, settings, min_grade_pct);
    }
    shape
}

/// Repairs the grid's heights (bridge decks at water level, then the steep-grade rule), notes
/// the recording's gaps and draws the runner's marked stretches; returns every repair, in
/// order along the course.
fn repair_grid(
    course: &Course,
    grid: &mut Grid,
    spacing_m: f64,
    scale: f64,
    corrections: &Corrections,
    warnings: &mut Vec<Warning>,
) -> Vec<Repair> {
    let track = Track {
        distance_m: &grid.distance_m,
        lat_deg: &grid.lat_deg,
        lon_deg: &grid.lon_deg,
        spacing_m,
    };
    let mut repairs = rebuild_decks(&track, &mut grid.elevation_m);
    repairs.extend(repair(&grid.distance_m, &mut grid.elevation_m, spacing_m));
    if !repairs.is_empty() {
        warnings.push(Warning::Repaired {
            count: repairs.len(),
        });
    }
    let recorded: Vec<f64> = course
        .points()
        .iter()
        .map(|p| p.distance_m * scale)
        .collect();
    repairs.extend(gaps(&recorded));
    repairs.extend(super::corrections::draw_marked(
        &corrections.stretches,
        &grid.distance_m,
        &mut grid.elevation_m,
    ));
    repairs.sort_by(|a, b| a.start_m.total_cmp(&b.start_m));
    repairs
}

/// The course sampled on a regular distance grid, before smoothing.
struct Grid {
    distance_m: Vec<f64>,
    lat_deg: Vec<f64>,
    lon_deg: Vec<f64>,
    /// Interpolated from the file; NaN without elevation.
    elevation_m: Vec<f64>,
}

/// The smoothed elevation, its grades and its totals (steps 2 to 4 of the method).
struct Shape {
    elevation_m: Vec<f64>,
    grade_pct: Vec<f64>,
    totals: Option<Totals>,
    min_elevation_m: Option<f64>,
    max_elevation_m: Option<f64>,
}

impl Shape {
    /// Smooths `raw_elevation_m` and measures it.
    fn of(
        distance_m: &[f64],
        raw_elevation_m: &[f64],
        settings: &ProfileSettings,
        min_grade_pct: f64,
    ) -> Shape {
        let half = (settings.smoothing_window_m / 2.0 / settings.spacing_m).round() as usize;
        let smooth = moving_average(raw_elevation_m, half);
        let k = ((settings.grade_window_m / 2.0 / settings.spacing_m).round() as usize).max(1);
        let grade = grades(distance_m, &smooth, k);
        let totals = totals_with_uncertainty(
            &smooth,
            settings.spacing_m,
            settings.gain_threshold_m,
            min_grade_pct,
        );
        let min = smooth.iter().copied().fold(f64::INFINITY, f64::min);
        let max = smooth.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        Shape {
            elevation_m: smooth,
            grade_pct: grade,
            totals: Some(totals),
            min_elevation_m: Some(min),
            max_elevation_m: Some(max),
        }
    }

    /// No elevation: NaN heights, zero grades, no totals.
    fn flat(n: usize) -> Shape {
        Shape {
            elevation_m: vec![f64::NAN; n],
            grade_pct: vec![0.0; n],
            totals: None,
            min_elevation_m: None,
            max_elevation_m: None,
        }
    }
}

/// Samples the course every `spacing_m` metres (and at its very end).
fn resample(course: &Course, spacing_m: f64) -> Grid {
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
    Grid {
        distance_m: d,
        lat_deg: lat,
        lon_deg: lon,
        elevation_m: ele,
    }
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

#[cfg(test)]
#[path = "profile_tests.rs"]
mod tests;
