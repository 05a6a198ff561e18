//! Elevation noise estimated from the file itself, and the profile settings it calls for.
//!
//! Two parts, measured on the resampled (not yet smoothed) elevation:
//! - **white** jitter, point to point: from the second differences, robustly
//!   (`1.4826 x MAD / sqrt(6)`: the second difference of white noise of deviation s has
//!   deviation `s sqrt(6)`);
//! - **drift**, a slow wander over hundreds of metres (barometric altimeters, GPS altitude):
//!   the difference between a 100 m and a 1 km centred moving average, robustly
//!   (`1.4826 x MAD`), on the level stretches of the course only (under 1 % over 1 km and
//!   2 % over 300 m): there the terrain has no shape of its own, so what remains is the
//!   wander. A course with too little level road gets no drift estimate (the defaults stand).
//!
//! The white jitter decides the smoothing window: a centred moving average over `N` samples
//! leaves `white / sqrt(N)` of it, so the window is widened until that residual is at most
//! [`RESIDUAL_JITTER_M`]: `window = spacing x (white / RESIDUAL_JITTER_M)^2`, never narrower
//! than the window set and never wider than [`MAX_AUTO_WINDOW_M`] (rounded up to whole
//! samples either side). With 10 m samples a 100 m window covers jitter up to 0.95 m, and the
//! widest window is reached at 1.34 m. Why 0.3 m: a tenth of the smallest gain threshold (3 m
//! is then 10 standard deviations away, so jitter makes no turning point), and the grade over
//! the 50 m grade window wanders by about half a percent (the difference of two averages 60 m
//! apart), under the 1-2 % that separates a flat from a gentle descent. A smaller target
//! widened files with 0.7-0.8 m of jitter and cut 10 m bridge humps (333 m ramps, a 100 m
//! deck) by over 15 %. Why at most 200 m: a wider average cuts the top of a short bridge
//! (a hump with 400 m ramps at 7 % loses `grade x window / 4`, 3.5 m at 200 m) and moves
//! descent ends by half the window.
//!
//! The drift decides how big a swing must be before it counts as climbing: the gain
//! threshold is `DRIFT_FACTOR x drift`, kept within [`THRESHOLD_BOUNDS_M`]. The totals are
//! then given with an uncertainty: half the spread of the gain between a threshold 1.5 x
//! smaller and 1.5 x larger.

use serde::{Deserialize, Serialize};

use super::series::{gain_loss, moving_average, turning_points};

/// Gain threshold per metre of estimated drift.
pub const DRIFT_FACTOR: f64 = 6.0;
/// Smallest and largest automatic gain threshold, metres: 3 m is Runalyze's value for clean
/// files; above 10 m a road marathon's bridges would start to vanish.
pub const THRESHOLD_BOUNDS_M: (f64, f64) = (3.0, 10.0);
/// Drift (standard deviation, metres) over which the minimum grade of a counted stretch
/// rises from 0 to [`MAX_MIN_GRADE_PCT`].
pub const DRIFT_RAMP_M: (f64, f64) = (0.5, 0.9);
/// The steepest minimum grade asked of a stretch on a drifting file, percent: bridge ramps
/// (3-5 %) and hills pass, drift (a few metres over hundreds of metres) does not.
pub const MAX_MIN_GRADE_PCT: f64 = 1.5;
/// Residual point-to-point jitter the automatic smoothing window aims to leave, metres.
pub const RESIDUAL_JITTER_M: f64 = 0.3;
/// Widest automatic smoothing window, metres (a window set wider by hand stays as set).
pub const MAX_AUTO_WINDOW_M: f64 = 200.0;
/// Scale that makes a median absolute deviation a standard deviation for normal noise.
const MAD_TO_SD: f64 = 1.4826;

/// The noise of a file's elevation, estimated from the file.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct NoiseEstimate {
    /// Point-to-point jitter, standard deviation in metres.
    pub white_m: f64,
    /// Slow drift over hundreds of metres, standard deviation in metres.
    pub drift_m: f64,
}

impl NoiseEstimate {
    /// Estimates the noise of an elevation series sampled every `spacing_m` metres.
    pub fn of(elevation_m: &[f64], spacing_m: f64) -> NoiseEstimate {
        let second: Vec<f64> = elevation_m
            .windows(3)
            .map(|w| w[0] - 2.0 * w[1] + w[2])
            .collect();
        let white_m = MAD_TO_SD * mad(&second) / 6f64.sqrt();
        let half = |window_m: f64| ((window_m / 2.0 / spacing_m).round() as usize).max(1);
        let short = moving_average(elevation_m, half(100.0));
        let long = moving_average(elevation_m, half(1_000.0));
        // Only where the road is level at both scales: there the terrain has no shape to
        // mistake for drift (on hills the two averages part because of the hills).
        let level = level_samples(&short, &long, spacing_m);
        let wander: Vec<f64> = level.iter().map(|&i| short[i] - long[i]).collect();
        let enough =
            wander.len() as f64 * spacing_m >= MIN_LEVEL_M && wander.len() * 5 >= elevation_m.len();
        let drift_m = if enough {
            MAD_TO_SD * mad(&wander)
        } else {
            0.0
        };
        NoiseEstimate { white_m, drift_m }
    }

    /// The grade a stretch needs to count in the totals, percent: 0 on a steady file, rising
    /// to [`MAX_MIN_GRADE_PCT`] as the drift grows from [`DRIFT_RAMP_M`]`.0` to `.1` (gentle
    /// stretches cannot be told from drift any more).
    pub fn min_grade_pct(&self) -> f64 {
        let (lo, hi) = DRIFT_RAMP_M;
        MAX_MIN_GRADE_PCT * ((self.drift_m - lo) / (hi - lo)).clamp(0.0, 1.0)
    }

    /// The smoothing window this jitter calls for on samples `spacing_m` apart, metres: the
    /// window set (`set_m`) on a clean file, widened up to [`MAX_AUTO_WINDOW_M`] until the
    /// jitter left after averaging is at most [`RESIDUAL_JITTER_M`] (see the module docs).
    pub fn smoothing_window_m(&self, set_m: f64, spacing_m: f64) -> f64 {
        let needed = spacing_m * (self.white_m / RESIDUAL_JITTER_M).powi(2);
        if !needed.is_finite() || needed <= set_m || spacing_m <= 0.0 {
            return set_m;
        }
        // Whole samples either side, as the moving average takes them.
        let step = 2.0 * spacing_m;
        let window = (needed / step).ceil() * step;
        window.clamp(set_m, set_m.max(MAX_AUTO_WINDOW_M))
    }

    /// The gain threshold this noise calls for, metres.
    pub fn gain_threshold_m(&self) -> f64 {
        (DRIFT_FACTOR * self.drift_m).clamp(THRESHOLD_BOUNDS_M.0, THRESHOLD_BOUNDS_M.1)
    }
}

/// Gain and loss with their uncertainty: half the spread between a threshold (and minimum
/// grade) 1.5 x smaller and 1.5 x larger: a file whose totals hardly move is a file whose
/// totals can be trusted.
/// On a drifting file (`min_grade_pct` > 0) a rise or fall between two turning points counts
/// only if it averages at least that grade: drift wanders by metres over hundreds of metres
/// (well under 1 %), while bridges and hills are steeper.
pub fn totals_with_uncertainty(
    elevation_m: &[f64],
    spacing_m: f64,
    threshold_m: f64,
    min_grade_pct: f64,
) -> Totals {
    let totals =
        |k: f64| graded_gain_loss(elevation_m, spacing_m, threshold_m * k, min_grade_pct * k);
    let (gain_m, loss_m) = totals(1.0);
    let (gain_lo, loss_lo) = totals(1.5);
    let (gain_hi, loss_hi) = totals(1.0 / 1.5);
    Totals {
        gain_m,
        loss_m,
        gain_uncertainty_m: (gain_hi - gain_lo).abs() / 2.0,
        loss_uncertainty_m: (loss_hi - loss_lo).abs() / 2.0,
    }
}

/// Total climb and descent with their uncertainty, metres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Totals {
    /// Total climb.
    pub gain_m: f64,
    /// Total descent.
    pub loss_m: f64,
    /// How far the total climb may be off (half the spread over the thresholds tried).
    pub gain_uncertainty_m: f64,
    /// How far the total descent may be off.
    pub loss_uncertainty_m: f64,
}

/// Gain and loss between turning points (hysteresis `threshold_m`); on a drifting file
/// (`min_grade_pct` > 0), only the parts of each leg where the grade over
/// [`DRIFT_GRADE_WINDOW_M`] is at least `min_grade_pct` in the leg's direction count, and
/// never more than the leg's own rise or fall.
fn graded_gain_loss(
    elevation_m: &[f64],
    spacing_m: f64,
    threshold_m: f64,
    min_grade_pct: f64,
) -> (f64, f64) {
    if min_grade_pct < 0.1 {
        return gain_loss(elevation_m, threshold_m);
    }
    let n = elevation_m.len();
    let k = ((DRIFT_GRADE_WINDOW_M / 2.0 / spacing_m).round() as usize).max(1);
    let grade = |i: usize| {
        let (lo, hi) = (i.saturating_sub(k), (i + k).min(n - 1));
        (elevation_m[hi] - elevation_m[lo]) / (((hi - lo) as f64) * spacing_m).max(1e-9) * 100.0
    };
    let tps = turning_points(elevation_m, threshold_m);
    let (mut gain, mut loss) = (0.0, 0.0);
    for w in tps.windows(2) {
        let net = elevation_m[w[1]] - elevation_m[w[0]];
        let steep: f64 = (w[0]..w[1])
            .map(|i| (elevation_m[i + 1] - elevation_m[i], grade(i)))
            .filter(|&(d, g)| {
                if net > 0.0 {
                    d > 0.0 && g >= min_grade_pct
                } else {
                    d < 0.0 && g <= -min_grade_pct
                }
            })
            .map(|(d, _)| d.abs())
            .sum();
        // Never more than the leg itself: noise-aware totals only ever remove height.
        let counted = steep.min(net.abs());
        if net > 0.0 {
            gain += counted;
        } else {
            loss += counted;
        }
    }
    (gain, loss)
}

/// Window of the grade that decides, on a drifting file, whether a stretch counts.
pub const DRIFT_GRADE_WINDOW_M: f64 = 300.0;

/// Indices where the road is level: under [`LEVEL_GRADE_PCT`] over the 500 m before and the
/// 500 m after (a hilltop or a valley floor is level on average but steep on each side, and
/// its curvature would pass for drift), and under twice that over 150 m either side.
fn level_samples(short: &[f64], long: &[f64], spacing_m: f64) -> Vec<usize> {
    let n = short.len();
    let sides = |e: &[f64], i: usize, side_m: f64| {
        let k = ((side_m / spacing_m).round() as usize).max(1);
        let (lo, hi) = (i.saturating_sub(k), (i + k).min(n - 1));
        let before = (e[i] - e[lo]) / (((i - lo) as f64) * spacing_m).max(1e-9) * 100.0;
        let after = (e[hi] - e[i]) / (((hi - i) as f64) * spacing_m).max(1e-9) * 100.0;
        before.abs().max(after.abs())
    };
    (0..n)
        .filter(|&i| {
            sides(long, i, 500.0) < LEVEL_GRADE_PCT
                && sides(short, i, 150.0) < 2.0 * LEVEL_GRADE_PCT
        })
        .collect()
}

/// Grade under which a stretch counts as level for the drift estimate, percent.
pub const LEVEL_GRADE_PCT: f64 = 1.0;
/// Level road needed (and at least a fifth of the course) before drift is estimated, metres;
/// with less, the drift is taken as none and the defaults stand.
pub const MIN_LEVEL_M: f64 = 2_000.0;

/// Median absolute deviation from the median (0 for an empty or constant series).
fn mad(values: &[f64]) -> f64 {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return 0.0;
    }
    let median = median_in_place(&mut v);
    let mut dev: Vec<f64> = v.iter().map(|x| (x - median).abs()).collect();
    median_in_place(&mut dev)
}

fn median_in_place(v: &mut [f64]) -> f64 {
    let mid = v.len() / 2;
    let (_, m, _) = v.select_nth_unstable_by(mid, f64::total_cmp);
    *m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::synth::Rng;

    #[test]
    fn clean_ramps_and_humps_have_no_noise() {
        let e: Vec<f64> = (0..4_000)
            .map(|i| {
                let d = f64::from(i) * 10.0;
                if (10_000.0..11_000.0).contains(&d) {
                    (d - 10_000.0) * 0.03
                } else if (11_000.0..12_000.0).contains(&d) {
                    30.0 - (d - 11_000.0) * 0.03
                } else {
                    d * 0.001
                }
            })
            .collect();
        let n = NoiseEstimate::of(&e, 10.0);
        assert!(n.white_m < 0.01 && n.drift_m < 0.05, "{n:?}");
        assert!((n.gain_threshold_m() - THRESHOLD_BOUNDS_M.0).abs() < 1e-9);
    }

    #[test]
    fn white_jitter_is_measured() {
        let mut rng = Rng::new(3);
        let e: Vec<f64> = (0..20_000).map(|_| 1.5 * rng.normal()).collect();
        let n = NoiseEstimate::of(&e, 10.0);
        assert!((n.white_m - 1.5).abs() < 0.1, "{n:?}");
    }

    #[test]
    fn the_window_widens_with_the_jitter_within_its_bounds() {
        let window = |white_m: f64| {
            NoiseEstimate {
                white_m,
                drift_m: 0.0,
            }
            .smoothing_window_m(100.0, 10.0)
        };
        // Clean and lightly jittery files keep the window as set.
        assert_eq!(window(0.0), 100.0);
        assert_eq!(window(0.8), 100.0);
        // 1.2 m needs 160 m for 0.3 m left; 1.5 m would need 250 m and gets 200 m.
        assert_eq!(window(1.2), 160.0);
        assert_eq!(window(1.5), MAX_AUTO_WINDOW_M);
        let mut last = 0.0;
        for k in 0..40 {
            let w = window(f64::from(k) * 0.05);
            assert!(w >= last && (100.0..=200.0).contains(&w), "{k}: {w}");
            last = w;
        }
        // A window set wider by hand stays; NaN noise changes nothing.
        let n = NoiseEstimate {
            white_m: 1.5,
            drift_m: 0.0,
        };
        assert_eq!(n.smoothing_window_m(300.0, 10.0), 300.0);
        let nan = NoiseEstimate {
            white_m: f64::NAN,
            drift_m: 0.0,
        };
        assert_eq!(nan.smoothing_window_m(100.0, 10.0), 100.0);
    }

    #[test]
    fn slow_drift_is_measured_and_raises_the_threshold() {
        let mut rng = Rng::new(5);
        let a: f64 = (-10.0f64 / 500.0).exp();
        let mut x = 0.0;
        let e: Vec<f64> = (0..20_000)
            .map(|_| {
                x = a * x + 2.0 * (1.0 - a * a).sqrt() * rng.normal();
                x
            })
            .collect();
        let n = NoiseEstimate::of(&e, 10.0);
        assert!(n.drift_m > 0.8 && n.drift_m < 2.5, "{n:?}");
        assert!(n.gain_threshold_m() > 3.0, "{n:?}");
    }
}
