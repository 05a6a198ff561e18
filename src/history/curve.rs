//! The personal grade curve, fitted robustly from the blocks of many runs.
//!
//! 1. Each block's speed is divided by its own run's flat speed (median speed of that
//!    run's blocks under 1 % grade), so fast and slow days compare. "Comparable effort":
//!    on runs with heart rate only the blocks within the run's steady heart-rate band are
//!    kept (`super::effort`, applied when the blocks are cut); on the others, the run's
//!    own typical pace.
//! 2. Blocks fall in 1 % bins (-25 % to +25 %, centre +- 0.5 %); each bin keeps the median
//!    ratio, its block count and a 95 % band `median +- 1.96 x 1.2533 x 1.4826 MAD / sqrt(n)`
//!    (the median's standard error under near-normal noise).
//! 3. Bins with at least `min_blocks` blocks are smoothed on the time multiplier
//!    (1 / ratio) by a count-weighted local line over +-2 bins, uphill (grade >= 0) and
//!    downhill (grade <= 0) apart so neither side bends the other; then the uphill side is
//!    made non-decreasing and the gentle downhill side (-5 % to 0) non-decreasing in grade
//!    (pool-adjacent-violators): running uphill never gets faster with the slope.
//! 4. Bins with fewer blocks use the fallback model (flagged `fallback`).

use super::blocks::{ActivitySummary, median};
use crate::plan::{CurveBin, PaceModel, PersonalCurve};
use crate::t;

/// Steepest bin centre, %.
pub const MAX_BIN_PCT: i32 = 25;
/// Fewest blocks a bin needs by default.
pub const MIN_BLOCKS: usize = 20;

/// Fits the curve on the usable runs among `activities`.
pub fn fit_curve<'a>(
    activities: impl IntoIterator<Item = &'a ActivitySummary>,
    fallback: PaceModel,
    min_blocks: usize,
) -> PersonalCurve {
    let nbins = (2 * MAX_BIN_PCT + 1) as usize;
    let mut ratios: Vec<Vec<f64>> = vec![Vec::new(); nbins];
    let mut used = 0;
    for a in activities {
        if a.flat_speed_m_per_s <= 0.0 || a.blocks.is_empty() {
            continue;
        }
        used += 1;
        for b in &a.blocks {
            let k = f64::from(b.grade_pct).round() as i32;
            if k.abs() <= MAX_BIN_PCT {
                ratios[(k + MAX_BIN_PCT) as usize]
                    .push(f64::from(b.speed_m_per_s) / a.flat_speed_m_per_s);
            }
        }
    }
    let fallback = match fallback {
        PaceModel::Personal => PaceModel::Strava,
        m => m,
    };
    let mut bins: Vec<CurveBin> = ratios
        .iter_mut()
        .enumerate()
        .map(|(i, r)| bin_of(f64::from(i as i32 - MAX_BIN_PCT), r, min_blocks, fallback))
        .collect();
    smooth(&mut bins);
    PersonalCurve {
        bins,
        min_blocks,
        fallback,
        activities: used,
        method: t!(
            "curve-method",
            runs = used.to_string(),
            blocks = min_blocks.to_string(),
            model = fallback.label()
        ),
    }
}

/// One bin's raw statistics.
fn bin_of(grade: f64, r: &mut [f64], min_blocks: usize, fallback: PaceModel) -> CurveBin {
    let n = r.len();
    let med = median(r);
    let mut dev: Vec<f64> = r.iter().map(|x| (x - med).abs()).collect();
    let mad = median(&mut dev);
    let half = if n > 0 {
        1.96 * 1.2533 * 1.4826 * mad / (n as f64).sqrt()
    } else {
        0.0
    };
    let thin = n < min_blocks.max(1);
    CurveBin {
        grade_pct: grade,
        blocks: n,
        median_ratio: med,
        speed_ratio: if thin {
            1.0 / fallback.factor(grade)
        } else {
            med
        },
        ratio_low: (med - half).max(0.0),
        ratio_high: med + half,
        fallback: thin,
    }
}

/// Local count-weighted lines over +-2 measured bins of the same side, then monotone.
fn smooth(bins: &mut [CurveBin]) {
    let zero = MAX_BIN_PCT as usize;
    let time: Vec<Option<f64>> = bins
        .iter()
        .map(|b| (!b.fallback && b.median_ratio > 0.0).then(|| 1.0 / b.median_ratio))
        .collect();
    let mut fitted: Vec<Option<f64>> = vec![None; bins.len()];
    for i in 0..bins.len() {
        if time[i].is_none() {
            continue;
        }
        let (lo, hi) = if i >= zero {
            (i.saturating_sub(2).max(zero), (i + 2).min(bins.len() - 1))
        } else {
            (i.saturating_sub(2), (i + 2).min(zero))
        };
        let pts: Vec<(f64, f64, f64)> = (lo..=hi)
            .filter_map(|j| time[j].map(|t| (j as f64 - i as f64, t, bins[j].blocks as f64)))
            .collect();
        fitted[i] = Some(local_line(&pts));
    }
    // Monotone: uphill non-decreasing from 0; gentle downhill (-5..0) non-decreasing.
    let up: Vec<usize> = (zero..bins.len())
        .filter(|&i| fitted[i].is_some())
        .collect();
    let down: Vec<usize> = (zero - 5..=zero).filter(|&i| fitted[i].is_some()).collect();
    for idx in [up, down] {
        let vals: Vec<(f64, f64)> = idx
            .iter()
            .map(|&i| (fitted[i].unwrap_or(1.0), bins[i].blocks as f64))
            .collect();
        for (k, v) in idx.iter().zip(pav(&vals)) {
            fitted[*k] = Some(v);
        }
    }
    for (b, f) in bins.iter_mut().zip(fitted) {
        if let Some(t) = f.filter(|t| *t > 0.0) {
            b.speed_ratio = 1.0 / t;
        }
    }
}

/// Value at x = 0 of the weighted least-squares line through (x, y, weight).
fn local_line(pts: &[(f64, f64, f64)]) -> f64 {
    let w: f64 = pts.iter().map(|p| p.2).sum();
    let mx = pts.iter().map(|p| p.0 * p.2).sum::<f64>() / w;
    let my = pts.iter().map(|p| p.1 * p.2).sum::<f64>() / w;
    let sxx: f64 = pts.iter().map(|p| p.2 * (p.0 - mx).powi(2)).sum();
    let sxy: f64 = pts.iter().map(|p| p.2 * (p.0 - mx) * (p.1 - my)).sum();
    if sxx <= 1e-12 {
        return my;
    }
    my - sxy / sxx * mx
}

/// Weighted pool-adjacent-violators: the closest non-decreasing sequence.
fn pav(vals: &[(f64, f64)]) -> Vec<f64> {
    let mut blocks: Vec<(f64, f64, usize)> = Vec::new(); // (mean, weight, count)
    for &(v, w) in vals {
        blocks.push((v, w.max(1e-9), 1));
        while blocks.len() > 1 && blocks[blocks.len() - 2].0 > blocks[blocks.len() - 1].0 {
            let (b, a) = (blocks.pop(), blocks.pop());
            if let (Some(a), Some(b)) = (a, b) {
                let w = a.1 + b.1;
                blocks.push(((a.0 * a.1 + b.0 * b.1) / w, w, a.2 + b.2));
            }
        }
    }
    blocks
        .into_iter()
        .flat_map(|(m, _, n)| std::iter::repeat_n(m, n))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pav_pools_violators() {
        let v = pav(&[(1.0, 1.0), (3.0, 1.0), (2.0, 1.0), (4.0, 2.0)]);
        assert_eq!(v, vec![1.0, 2.5, 2.5, 4.0]);
    }

    #[test]
    fn local_line_is_exact_on_a_line() {
        let pts = [(-1.0, 1.0, 3.0), (0.0, 2.0, 1.0), (2.0, 4.0, 5.0)];
        assert!((local_line(&pts) - 2.0).abs() < 1e-12);
    }
}
