//! Levels of detail of the course map and the choice of what a frame draws.
//!
//! Level 0 holds every sample; each next level keeps a sample only when it lies at least the
//! level's tolerance (doubling from 1 m) from the last one kept (radial-distance thinning
//! of the level before: every sample stays within twice the tolerance of the last point
//! kept before it, so of the drawn line), and always keeps the
//! start, the finish and the given samples (climb and descent ends). A level is cut into
//! chunks of consecutive points with their bounding box, so a frame skips whatever is off
//! screen without looking at its points. A frame takes the finest level whose tolerance is
//! under half a pixel, then coarser ones until what is on screen fits the segment budget.

use std::ops::Range;

use super::{Bounds, CourseMap};

/// Tolerance of the first thinned level, metres.
const FIRST_TOLERANCE_M: f64 = 1.0;
/// Levels stop once one holds this few points (plus the kept ones).
const MIN_LEVEL_POINTS: usize = 64;
/// Most levels (the tolerance doubles each time: 2^40 m is far beyond any course).
const MAX_LEVELS: usize = 40;
/// Points per chunk (consecutive chunks share their boundary point).
const CHUNK_POINTS: usize = 64;
/// A level is fine enough when its tolerance is at most this many pixels (the line then
/// stays within a pixel of the track).
pub const PIXEL_TOLERANCE: f64 = 0.5;

/// One level of detail: sample indices in course order, cut into chunks.
#[derive(Debug, Clone)]
pub struct Level {
    /// Thinning distance, metres (0 on level 0): every sample lies within twice this of
    /// the last point kept before it.
    pub tolerance_m: f64,
    /// The samples kept, in course order.
    pub indices: Vec<u32>,
    /// Consecutive stretches of `indices` (inclusive ranges) with their bounds.
    chunks: Vec<(usize, usize, Bounds)>,
}

impl Level {
    fn new(tolerance_m: f64, indices: Vec<u32>, xy: &[[f64; 2]]) -> Level {
        let mut chunks = Vec::with_capacity(indices.len() / CHUNK_POINTS + 1);
        let mut start = 0;
        while start + 1 < indices.len() {
            let end = (start + CHUNK_POINTS).min(indices.len() - 1);
            let pts = indices[start..=end].iter().map(|&i| xy[i as usize]);
            if let Some(b) = Bounds::of(pts) {
                chunks.push((start, end, b));
            }
            start = end;
        }
        Level {
            tolerance_m,
            indices,
            chunks,
        }
    }

    /// The chunks that reach into `view`, joined into runs where they touch.
    fn visible(&self, level: usize, view: &Bounds) -> Selection {
        let mut runs: Vec<Range<usize>> = Vec::new();
        let mut segments = 0;
        for &(start, end, b) in &self.chunks {
            if !b.intersects(view) {
                continue;
            }
            segments += end - start;
            match runs.last_mut() {
                Some(run) if run.end == start + 1 => run.end = end + 1,
                _ => runs.push(start..end + 1),
            }
        }
        Selection {
            level,
            runs,
            segments,
        }
    }
}

/// What one frame draws: runs of consecutive points of one level.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    /// The level of detail used.
    pub level: usize,
    /// Ranges into that level's `indices`; each is one unbroken line.
    pub runs: Vec<Range<usize>>,
    /// Number of segments in all the runs.
    pub segments: usize,
}

/// The levels of detail of projected samples, keeping the sorted sample indices `keep`.
pub(super) fn build(xy: &[[f64; 2]], keep: &[u32]) -> Vec<Level> {
    let all: Vec<u32> = (0..xy.len() as u32).collect();
    let mut levels = vec![Level::new(0.0, all, xy)];
    let mut tolerance_m = FIRST_TOLERANCE_M;
    while levels.len() < MAX_LEVELS {
        let prev = &levels[levels.len() - 1].indices;
        if prev.len() <= MIN_LEVEL_POINTS + keep.len() {
            break;
        }
        let next = thin(prev, xy, keep, tolerance_m);
        if next.len() < prev.len() {
            levels.push(Level::new(tolerance_m, next, xy));
        }
        tolerance_m *= 2.0;
    }
    levels
}

/// Radial-distance thinning of `prev`: a point stays when it is at least `tolerance_m` from
/// the last one kept, or is the last point, or is in `keep` (sorted).
fn thin(prev: &[u32], xy: &[[f64; 2]], keep: &[u32], tolerance_m: f64) -> Vec<u32> {
    let Some(&first) = prev.first() else {
        return Vec::new();
    };
    let mut out = vec![first];
    let mut last = xy[first as usize];
    let mut k = 0;
    let t2 = tolerance_m * tolerance_m;
    for (j, &i) in prev.iter().enumerate().skip(1) {
        while k < keep.len() && keep[k] < i {
            k += 1;
        }
        let p = xy[i as usize];
        let far = (p[0] - last[0]).powi(2) + (p[1] - last[1]).powi(2) >= t2;
        if far || j + 1 == prev.len() || keep.get(k) == Some(&i) {
            out.push(i);
            last = p;
        }
    }
    out
}

impl CourseMap {
    /// What to draw for a view of the map at `m_per_px` metres per pixel: the finest level
    /// within [`PIXEL_TOLERANCE`], or a coarser one when what is in `view` has more than
    /// `max_segments` segments there (the coarsest level is taken whatever its count).
    pub fn select(&self, view: &Bounds, m_per_px: f64, max_segments: usize) -> Selection {
        let fine = PIXEL_TOLERANCE * m_per_px;
        let first = self
            .levels
            .iter()
            .rposition(|l| l.tolerance_m <= fine)
            .unwrap_or(0);
        let last = self.levels.len() - 1;
        for level in first..last {
            let s = self.levels[level].visible(level, view);
            if s.segments <= max_segments {
                return s;
            }
        }
        self.levels[last].visible(last, view)
    }

    /// One run thinned for the screen: a point is drawn only when it is at least
    /// `min_step_m` (a pixel or two in metres) from the last one drawn, and always when it
    /// is the run's last or one of the kept samples (start, finish, climb and descent
    /// ends). A noisy 10 m profile seen whole has several samples to a pixel: this bounds
    /// what a frame draws by the length of the line on screen.
    pub fn thin_for_screen(&self, run: &[u32], min_step_m: f64) -> Vec<u32> {
        let Some(&first) = run.first() else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(run.len().min(4096));
        out.push(first);
        let mut last = self.xy_m[first as usize];
        let step2 = min_step_m * min_step_m;
        for (j, &i) in run.iter().enumerate().skip(1) {
            let p = self.xy_m[i as usize];
            let far = (p[0] - last[0]).powi(2) + (p[1] - last[1]).powi(2) >= step2;
            if far || j + 1 == run.len() || self.kept.binary_search(&i).is_ok() {
                out.push(i);
                last = p;
            }
        }
        out
    }

    /// The selection's runs as sample indices (each slice one unbroken line).
    pub fn runs<'a>(&'a self, selection: &'a Selection) -> impl Iterator<Item = &'a [u32]> {
        let indices = self
            .levels
            .get(selection.level)
            .map_or(&[][..], |l| &l.indices[..]);
        selection
            .runs
            .iter()
            .filter_map(move |r| indices.get(r.clone()))
    }
}
