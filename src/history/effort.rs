//! Comparable effort by heart rate: on a run with heart rate, only the blocks whose heart
//! rate lies within [`HR_BAND_FRACTION`] of the run's steady heart rate are kept for the
//! curve (surges, races up a hill, walks and recoveries are left out); a run without heart
//! rate keeps every block and is compared with its own typical pace (its flat speed).
//!
//! The band (docs/calibration.md): +-10 % of the median heart rate of the run's flat
//! blocks. Wide enough for what changes heart rate at a steady effort (cardiac drift of
//! several percent over an hour or two, the 20-40 s lag behind a change of grade, which is
//! about one 100 m block); narrow enough that a surge or a walk (20 bpm or more off a
//! typical 150) is left out.

use super::blocks::{Block, LeftOut, MIN_FLAT_BLOCKS, median};

/// Half-width of the steady band, as a fraction of the run's steady heart rate.
pub const HR_BAND_FRACTION: f64 = 0.10;
/// A run's blocks are chosen by heart rate when at least this share of them have one.
pub const MIN_HR_SHARE: f64 = 0.5;

/// The run's steady heart rate: the median over its flat blocks (under 2 %), or over all
/// its blocks with a heart rate when it has too few flat ones; None without heart rate.
pub fn steady_heart_rate(blocks: &[Block]) -> Option<f64> {
    let with_hr = || blocks.iter().filter(|b| b.heart_rate_bpm > 0.0);
    let mut flat: Vec<f64> = with_hr()
        .filter(|b| b.grade_pct.abs() < 2.0)
        .map(|b| f64::from(b.heart_rate_bpm))
        .collect();
    if flat.len() >= MIN_FLAT_BLOCKS {
        return Some(median(&mut flat));
    }
    let mut all: Vec<f64> = with_hr().map(|b| f64::from(b.heart_rate_bpm)).collect();
    (!all.is_empty()).then(|| median(&mut all))
}

/// The blocks at comparable effort: on a run with heart rate on at least
/// [`MIN_HR_SHARE`] of its blocks, those within the band (blocks without a reading are
/// kept); otherwise all of them. Counts what it leaves out in `left_out`.
pub fn steady_blocks(blocks: Vec<Block>, left_out: &mut LeftOut) -> Vec<Block> {
    let n_hr = blocks.iter().filter(|b| b.heart_rate_bpm > 0.0).count();
    if blocks.is_empty() || (n_hr as f64) < MIN_HR_SHARE * blocks.len() as f64 {
        return blocks;
    }
    let Some(steady) = steady_heart_rate(&blocks) else {
        return blocks;
    };
    left_out.runs_with_heart_rate += 1;
    let band = steady * HR_BAND_FRACTION;
    let before = blocks.len();
    let kept: Vec<Block> = blocks
        .into_iter()
        .filter(|b| b.heart_rate_bpm <= 0.0 || (f64::from(b.heart_rate_bpm) - steady).abs() <= band)
        .collect();
    left_out.off_effort_blocks += before - kept.len();
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::blocks::{ActivitySummary, flat_speed};
    use crate::history::{fit_curve, synth};
    use crate::plan::PaceModel;

    /// A runner on the known curve at a steady 150 bpm, who surges (30 % faster, 25 bpm
    /// higher) on half the descents and eases off (25 % slower, 25 bpm lower) on half
    /// the climbs.
    fn runs(with_hr: bool) -> Vec<ActivitySummary> {
        let mut rng = synth::Rng::new(7);
        (0..30)
            .map(|_| {
                let flat = rng.range(2.8, 3.6);
                let blocks: Vec<Block> = (0..300)
                    .map(|_| {
                        let g = rng.range(-10.5, 10.5);
                        let mut v = flat / synth::true_factor(g) * (1.0 + rng.normal(0.03));
                        let mut hr = 150.0 + rng.normal(3.0);
                        if g < -2.0 && rng.next_f64() < 0.5 {
                            (v, hr) = (v * 1.3, hr + 25.0);
                        } else if g > 2.0 && rng.next_f64() < 0.5 {
                            (v, hr) = (v * 0.75, hr - 25.0);
                        }
                        Block {
                            grade_pct: g as f32,
                            speed_m_per_s: v as f32,
                            heart_rate_bpm: if with_hr { hr as f32 } else { 0.0 },
                        }
                    })
                    .collect();
                let mut left_out = LeftOut::default();
                let blocks = steady_blocks(blocks, &mut left_out);
                ActivitySummary {
                    start_time_s: 0.0,
                    moving_m: 0.0,
                    moving_s: 0.0,
                    flat_speed_m_per_s: flat_speed(&blocks).unwrap_or(0.0),
                    descent_m: 0.0,
                    blocks,
                    left_out,
                }
            })
            .collect()
    }

    /// Largest relative error of the fitted time factor from -10 % to +10 %.
    fn worst_error(runs: &[ActivitySummary]) -> f64 {
        let curve = fit_curve(runs, PaceModel::Strava, 20);
        (-10..=10)
            .map(|g| {
                let g = f64::from(g);
                (curve.factor(g) / synth::true_factor(g) - 1.0).abs()
            })
            .fold(0.0, f64::max)
    }

    #[test]
    fn surges_at_a_high_heart_rate_do_not_bias_the_curve() {
        let with = runs(true);
        let off: usize = with.iter().map(|r| r.left_out.off_effort_blocks).sum();
        assert!(
            off > 30 * 40,
            "the surges and easy blocks are left out ({off})"
        );
        assert_eq!(
            with.iter()
                .filter(|r| r.left_out.runs_with_heart_rate == 1)
                .count(),
            30
        );
        let err = worst_error(&with);
        assert!(err < 0.03, "with heart rate: {err:.3}");
        // Without heart rate the same surges bend the curve: the band is what helps.
        let err = worst_error(&runs(false));
        assert!(err > 0.05, "without heart rate: {err:.3}");
    }

    #[test]
    fn runs_without_enough_heart_rate_keep_every_block() {
        let b = |hr: f32| Block {
            grade_pct: 0.0,
            speed_m_per_s: 3.0,
            heart_rate_bpm: hr,
        };
        let mut lo = LeftOut::default();
        let kept = steady_blocks(vec![b(0.0), b(0.0), b(200.0)], &mut lo);
        assert_eq!(
            (kept.len(), lo.off_effort_blocks, lo.runs_with_heart_rate),
            (3, 0, 0)
        );
        let kept = steady_blocks(
            vec![
                b(150.0),
                b(151.0),
                b(149.0),
                b(150.0),
                b(152.0),
                b(190.0),
                b(0.0),
            ],
            &mut lo,
        );
        assert_eq!(
            (kept.len(), lo.off_effort_blocks, lo.runs_with_heart_rate),
            (6, 1, 1)
        );
    }
}
