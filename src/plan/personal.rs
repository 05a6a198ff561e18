//! The runner's own grade curve as plan data: per 1 % grade bin, the speed relative to
//! their flat speed measured from their recordings (fitted by `crate::history`), with the
//! built-in model it falls back to where they have too few blocks on a grade.
//!
//! The curve travels in [`super::PlanSettings::personal`] (a plan file replans exactly as
//! it was saved) and is used when the settings' model is [`super::PaceModel::Personal`].

use serde::{Deserialize, Serialize};

use super::PaceModel;

/// One 1 % grade bin of the personal curve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurveBin {
    /// Centre of the bin, % (the bin covers centre +- 0.5 %).
    pub grade_pct: f64,
    /// Blocks of the runner's recordings in the bin.
    pub blocks: usize,
    /// Median speed relative to the run's own flat speed, before smoothing (1 = flat
    /// speed); NaN-free: 0 when the bin is empty.
    pub median_ratio: f64,
    /// The smoothed speed ratio used for planning (the fallback model's when
    /// `fallback` is set).
    pub speed_ratio: f64,
    /// Lower end of the 95 % confidence band of the median ratio (MAD based).
    pub ratio_low: f64,
    /// Upper end of the 95 % confidence band of the median ratio.
    pub ratio_high: f64,
    /// True when the bin has fewer blocks than the curve's minimum: the planner uses the
    /// fallback model here.
    pub fallback: bool,
}

/// A personal grade curve: speed ratio per 1 % grade bin, with the model it falls back to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonalCurve {
    /// Bins in increasing grade, 1 % apart.
    pub bins: Vec<CurveBin>,
    /// Fewest blocks a bin needs before its own ratio is used.
    pub min_blocks: usize,
    /// The built-in model used outside the bins and in bins with too few blocks.
    pub fallback: PaceModel,
    /// Activities the curve was fitted on.
    pub activities: usize,
    /// How the curve was made, in one sentence (shown with it).
    pub method: String,
}

impl PersonalCurve {
    /// Time multiplier at `grade_pct` (1 on the flat): the inverse of the smoothed speed
    /// ratio, linear between bin centres; the fallback model outside the bins.
    pub fn factor(&self, grade_pct: f64) -> f64 {
        let g = if grade_pct.is_finite() {
            grade_pct
        } else {
            0.0
        };
        let fallback = self.fallback_model();
        let time = |b: &CurveBin| {
            if b.fallback || b.speed_ratio <= 0.0 || !b.speed_ratio.is_finite() {
                fallback.factor(b.grade_pct)
            } else {
                1.0 / b.speed_ratio
            }
        };
        let i = self.bins.partition_point(|b| b.grade_pct <= g);
        if i == 0 || i >= self.bins.len() {
            return fallback.factor(g);
        }
        let (a, b) = (&self.bins[i - 1], &self.bins[i]);
        let span = b.grade_pct - a.grade_pct;
        if span <= 0.0 {
            return time(a);
        }
        let t = (g - a.grade_pct) / span;
        time(a) + (time(b) - time(a)) * t
    }

    /// The built-in model used where the runner's data is thin (never `Personal` itself).
    pub fn fallback_model(&self) -> PaceModel {
        match self.fallback {
            PaceModel::Personal => PaceModel::Strava,
            m => m,
        }
    }

    /// Bins where the runner's own data is used.
    pub fn measured_bins(&self) -> usize {
        self.bins.iter().filter(|b| !b.fallback).count()
    }

    /// True when the planner uses the fallback model at `grade_pct` (a thin bin, or outside
    /// the bins).
    pub fn falls_back_at(&self, grade_pct: f64) -> bool {
        let k = grade_pct.round();
        self.bins
            .iter()
            .find(|b| (b.grade_pct - k).abs() < 0.5)
            .is_none_or(|b| b.fallback)
    }

    /// Where a course's grades fall back: contiguous runs of 1 % grade bins that the
    /// course uses and the curve does not cover, each with the course metres on it.
    /// `grades` holds (grade %, metres at that grade) pairs, e.g. one per profile step.
    pub fn fallback_ranges(&self, grades: &[(f64, f64)]) -> Vec<FallbackRange> {
        let mut used: std::collections::BTreeMap<i64, f64> = std::collections::BTreeMap::new();
        for &(g, m) in grades {
            if g.is_finite() && m > 0.0 && self.falls_back_at(g) {
                *used.entry(g.round() as i64).or_default() += m;
            }
        }
        let mut out: Vec<FallbackRange> = Vec::new();
        for (k, m) in used {
            let g = k as f64;
            match out.last_mut() {
                Some(r) if (g - r.to_pct - 1.0).abs() < 0.5 => {
                    r.to_pct = g;
                    r.course_m += m;
                }
                _ => out.push(FallbackRange {
                    from_pct: g,
                    to_pct: g,
                    course_m: m,
                }),
            }
        }
        out
    }
}

/// A run of grade bins where a plan uses the fallback model instead of the runner's curve.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FallbackRange {
    /// Lowest bin centre, %.
    pub from_pct: f64,
    /// Highest bin centre, %.
    pub to_pct: f64,
    /// Course metres on these grades.
    pub course_m: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bin(g: f64, ratio: f64, fallback: bool) -> CurveBin {
        CurveBin {
            grade_pct: g,
            blocks: if fallback { 1 } else { 100 },
            median_ratio: ratio,
            speed_ratio: ratio,
            ratio_low: ratio,
            ratio_high: ratio,
            fallback,
        }
    }

    #[test]
    fn factor_interpolates_and_falls_back() {
        let c = PersonalCurve {
            bins: vec![
                bin(-1.0, 1.1, false),
                bin(0.0, 1.0, false),
                bin(1.0, 0.8, false),
                bin(2.0, 0.5, true),
            ],
            min_blocks: 20,
            fallback: PaceModel::Kay,
            activities: 3,
            method: String::new(),
        };
        assert!((c.factor(0.0) - 1.0).abs() < 1e-12);
        assert!((c.factor(1.0) - 1.25).abs() < 1e-12);
        assert!((c.factor(0.5) - 1.125).abs() < 1e-12);
        // A thin bin uses the fallback model, and so does everything outside the bins.
        assert!((c.factor(2.0) - PaceModel::Kay.factor(2.0)).abs() < 1e-12);
        assert_eq!(c.factor(-5.0), PaceModel::Kay.factor(-5.0));
        assert_eq!(c.factor(9.0), PaceModel::Kay.factor(9.0));
        assert_eq!(c.factor(f64::NAN), 1.0);
        assert_eq!(c.measured_bins(), 3);
        // A course on -5..2 %: -5, -4, -3, -2 (outside) and 2 (thin) fall back, as two runs.
        let grades: Vec<(f64, f64)> = (-50..=20).map(|g| (f64::from(g) / 10.0, 10.0)).collect();
        let r = c.fallback_ranges(&grades);
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!((r[0].from_pct, r[0].to_pct), (-5.0, -2.0));
        assert_eq!((r[1].from_pct, r[1].to_pct), (2.0, 2.0));
        assert!((r[1].course_m - 60.0).abs() < 1e-9, "{r:?}");
    }
}
