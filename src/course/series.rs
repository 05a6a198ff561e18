//! Numbers along a sampled series: interpolation, centred moving average, turning points
//! with hysteresis, gain and loss, and min/max decimation for drawing.

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
