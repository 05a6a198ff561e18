//! The runner's corrections to the reading of a course: rename, re-kind, move, add or delete a
//! descent, mark a stretch as a bridge deck or as bad elevation, and the official distance and
//! total climb. They are plain data (saved with the plan, remembered per course by its
//! fingerprint) and are applied by [`super::analyze`] in two places:
//!
//! 1. while the profile is built ([`super::Profile::build_corrected`]): the official distance
//!    scales distances along the course, marked stretches are drawn straight between their
//!    ends (a deck between its ramp tops) before smoothing, and the official climb scales the
//!    heights until the measured total climb matches it;
//! 2. after the descents are found ([`apply_to_descents`]): each edit finds its descent by
//!    where it was found (most overlap), so an edit still holds when the reading moves it a
//!    little; added descents are measured on the profile like found ones.
//!
//! Every corrected descent carries `edited_by_runner` and says so in `kind_reason`.

use crate::{i18n, t};
use serde::{Deserialize, Serialize};

use super::repair::{Repair, RepairKind};
use super::segments::{self, Descent, DescentKind};
use super::{Profile, Warning};

/// Official distance and total climb from the race's information.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
pub struct OfficialFigures {
    /// Official distance, metres (None: keep the file's).
    #[serde(default)]
    pub distance_m: Option<f64>,
    /// Official total climb, metres (None: keep the measured one).
    #[serde(default)]
    pub gain_m: Option<f64>,
}

impl OfficialFigures {
    /// True when neither figure is set.
    pub fn is_empty(&self) -> bool {
        self.distance_m.is_none() && self.gain_m.is_none()
    }
}

/// Official distance may differ from the file's by at most this factor either way: beyond it
/// the file is of another course (a half marathon's official figures on a marathon file).
pub const MAX_DISTANCE_FACTOR: f64 = 1.25;
/// Official climb may differ from the measured one by at most this factor either way.
pub const MAX_GAIN_FACTOR: f64 = 4.0;

/// What the runner says a stretch is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StretchKind {
    /// A bridge deck: heights drawn straight between the two ramp tops, and the descents
    /// off it are bridge descents.
    BridgeDeck,
    /// Bad elevation (a tunnel, a model error): heights drawn straight across.
    BadElevation,
}

impl StretchKind {
    /// The words for notes, the list and the JSON reason, in this thread's language.
    pub fn label(self) -> String {
        match self {
            StretchKind::BridgeDeck => t!("stretch-bridge-deck"),
            StretchKind::BadElevation => t!("stretch-bad-elevation"),
        }
    }
}

/// A stretch the runner marked, in metres along the corrected course.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StretchMark {
    /// Where it starts, metres.
    pub start_m: f64,
    /// Where it ends, metres.
    pub end_m: f64,
    /// What the runner says it is.
    pub kind: StretchKind,
}

/// A change to one descent, or a descent the runner added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct DescentEdit {
    /// Where the edited descent was found (start and end, metres); None for a descent the
    /// runner added.
    #[serde(default)]
    pub found: Option<(f64, f64)>,
    /// The runner deleted it.
    #[serde(default)]
    pub deleted: bool,
    /// New name.
    #[serde(default)]
    pub name: Option<String>,
    /// New kind.
    #[serde(default)]
    pub kind: Option<DescentKind>,
    /// New start, metres.
    #[serde(default)]
    pub start_m: Option<f64>,
    /// New end, metres.
    #[serde(default)]
    pub end_m: Option<f64>,
}

/// All the runner's corrections to one course.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Corrections {
    /// Official distance and total climb.
    pub official: OfficialFigures,
    /// Stretches marked as a bridge deck or bad elevation.
    pub stretches: Vec<StretchMark>,
    /// Edited, deleted and added descents.
    pub descents: Vec<DescentEdit>,
}

/// Shortest descent the runner can add or leave after moving an end, metres.
pub const MIN_DESCENT_M: f64 = 50.0;
/// Least drop of a descent the runner adds or moves, metres: a stretch that does not go
/// down on the profile is not planned as a descent (the runner is told to mark the heights
/// as wrong instead).
pub const MIN_DROP_M: f64 = 1.0;

impl Corrections {
    /// True when there is nothing to correct.
    pub fn is_empty(&self) -> bool {
        self == &Corrections::default()
    }

    /// How many corrections there are (for the status line and the reset confirmation).
    pub fn count(&self) -> usize {
        usize::from(self.official.distance_m.is_some())
            + usize::from(self.official.gain_m.is_some())
            + self.stretches.len()
            + self.descents.len()
    }

    /// Applies one change to a descent on screen (found by the reading or added by the
    /// runner), merging with an earlier edit of the same descent.
    pub fn edit_descent(&mut self, origin: DescentOrigin, change: impl FnOnce(&mut DescentEdit)) {
        let i = match origin {
            DescentOrigin::Added { edit } if edit < self.descents.len() => edit,
            DescentOrigin::Added { .. } => return,
            DescentOrigin::Found { start_m, end_m } => {
                let known = self
                    .descents
                    .iter()
                    .position(|e| e.found.is_some_and(|(a, b)| overlaps(a, b, start_m, end_m)));
                known.unwrap_or_else(|| {
                    self.descents.push(DescentEdit {
                        found: Some((start_m, end_m)),
                        ..DescentEdit::default()
                    });
                    self.descents.len() - 1
                })
            }
        };
        change(&mut self.descents[i]);
    }

    /// Adds a descent between two distances, metres.
    pub fn add_descent(&mut self, start_m: f64, end_m: f64) {
        self.descents.push(DescentEdit {
            start_m: Some(start_m.min(end_m)),
            end_m: Some(start_m.max(end_m)),
            ..DescentEdit::default()
        });
    }

    /// The distance factor: official distance over the file's (1 without one, or when the
    /// official figure is out of bounds).
    pub fn distance_factor(&self, file_distance_m: f64) -> f64 {
        match self.official.distance_m {
            Some(d) if file_distance_m > 0.0 && d.is_finite() => {
                let k = d / file_distance_m;
                if (1.0 / MAX_DISTANCE_FACTOR..=MAX_DISTANCE_FACTOR).contains(&k) {
                    k
                } else {
                    1.0
                }
            }
            _ => 1.0,
        }
    }
}

/// Where a descent on screen comes from: found by the reading (where it was found, before
/// the runner moved it) or added by the runner (which edit).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DescentOrigin {
    /// Found by the reading at these bounds, metres.
    Found {
        /// Where the reading found it to start.
        start_m: f64,
        /// Where the reading found it to end.
        end_m: f64,
    },
    /// Added by the runner: the index of its edit in [`Corrections::descents`].
    Added {
        /// Index in [`Corrections::descents`].
        edit: usize,
    },
}

/// Two ranges are the same descent when they share at least half of the shorter one.
fn overlaps(a0: f64, a1: f64, b0: f64, b1: f64) -> bool {
    overlap_share(a0, a1, b0, b1) >= 0.5
}

/// Overlap of two ranges as a share of the shorter one.
fn overlap_share(a0: f64, a1: f64, b0: f64, b1: f64) -> f64 {
    let overlap = (a1.min(b1) - a0.max(b0)).max(0.0);
    let shorter = (a1 - a0).min(b1 - b0);
    if shorter > 0.0 {
        overlap / shorter
    } else {
        0.0
    }
}

/// The descents after the runner's corrections, each with where it comes from, and notes.
#[derive(Debug, Clone, Default)]
pub struct Corrected {
    /// The descents, in course order.
    pub descents: Vec<Descent>,
    /// Where each descent comes from (same order).
    pub origins: Vec<DescentOrigin>,
    /// Notes (edits that no longer find their descent).
    pub warnings: Vec<Warning>,
}

/// Applies the descent edits and the bridge-deck marks to the descents found on `profile`.
pub fn apply_to_descents(
    corrections: &Corrections,
    profile: &Profile,
    found: Vec<Descent>,
) -> Corrected {
    let edits = &corrections.descents;
    let mut out: Vec<(Descent, DescentOrigin)> = Vec::with_capacity(found.len());
    let mut used = vec![false; edits.len()];
    let mut flat = 0;
    for d in found {
        let origin = DescentOrigin::Found {
            start_m: d.start_m,
            end_m: d.end_m,
        };
        let hit = edits.iter().enumerate().position(|(i, e)| {
            !used[i]
                && e.found
                    .is_some_and(|(a, b)| overlaps(a, b, d.start_m, d.end_m))
        });
        match hit {
            Some(i) => {
                used[i] = true;
                if edits[i].deleted {
                    continue;
                }
                match edited(&d, &edits[i], profile) {
                    Some(edited) => out.push((edited, origin)),
                    None => {
                        flat += 1;
                        out.push((d, origin));
                    }
                }
            }
            None => out.push((d, origin)),
        }
    }
    let mut added = 0;
    for (i, e) in edits.iter().enumerate() {
        if e.found.is_some() {
            continue;
        }
        used[i] = true;
        added += 1;
        let (Some(start), Some(end)) = (e.start_m, e.end_m) else {
            continue;
        };
        if e.deleted {
            continue;
        }
        let name = t!("descent-yours", n = added.to_string());
        let Some(d) = measured(profile, start, end, name, DescentKind::Hill) else {
            flat += 1;
            continue;
        };
        let d = edited(&d, e, profile).unwrap_or(d);
        // The runner's descent replaces found ones it mostly covers.
        out.retain(|(o, _)| !overlaps(o.start_m, o.end_m, d.start_m, d.end_m));
        let reason = t!("reason-added");
        out.push((
            Descent {
                kind_reason: reason,
                ..d
            },
            DescentOrigin::Added { edit: i },
        ));
    }
    out.sort_by(|a, b| a.0.start_m.total_cmp(&b.0.start_m));
    let (mut descents, origins): (Vec<_>, Vec<_>) = out.into_iter().unzip();
    mark_decks(corrections, &mut descents);
    let lost = used.iter().filter(|u| !**u).count();
    let mut warnings = Vec::new();
    if lost > 0 {
        warnings.push(Warning::CorrectionsLost { count: lost });
    }
    if flat > 0 {
        warnings.push(Warning::NotDownhill { count: flat });
    }
    Corrected {
        descents,
        origins,
        warnings,
    }
}

/// A descent with the runner's changes; None when it was moved to nothing.
fn edited(d: &Descent, e: &DescentEdit, profile: &Profile) -> Option<Descent> {
    let start = e.start_m.unwrap_or(d.start_m);
    let end = e.end_m.unwrap_or(d.end_m);
    let mut out = if e.start_m.is_some() || e.end_m.is_some() {
        measured(profile, start, end, d.name.clone(), d.kind)?
    } else {
        d.clone()
    };
    let mut what = Vec::new();
    if let Some(name) = e.name.as_ref().filter(|n| !n.trim().is_empty()) {
        out.name = name.trim().to_string();
        what.push(t!("reason-named"));
    }
    if let Some(kind) = e.kind {
        out.kind = kind;
        what.push(t!("reason-kind-set"));
    }
    if e.start_m.is_some() || e.end_m.is_some() {
        what.push(t!("reason-ends-moved"));
    }
    out.edited_by_runner = true;
    if !what.is_empty() && e.found.is_some() {
        out.kind_reason = t!(
            "reason-edited",
            what = what.join(", "),
            found = d.kind_reason.as_str()
        );
    }
    Some(out)
}

/// A descent between two distances, measured on the profile (None when too short or
/// outside the course).
fn measured(
    profile: &Profile,
    start_m: f64,
    end_m: f64,
    name: String,
    kind: DescentKind,
) -> Option<Descent> {
    let (a, b) = (start_m.min(end_m), start_m.max(end_m));
    if !(a.is_finite() && b.is_finite()) || b - a < MIN_DESCENT_M {
        return None;
    }
    let (i, j) = (profile.index_at(a), profile.index_at(b));
    if j <= i {
        return None;
    }
    let d = segments::measured_descent(profile, i, j, name, kind);
    (d.drop_m >= MIN_DROP_M).then_some(d)
}

/// Draws the marked stretches straight between the heights at their ends (on the grid
/// `distance_m`, before smoothing); returns them as repairs, with how far the file was off.
pub fn draw_marked(
    stretches: &[StretchMark],
    distance_m: &[f64],
    elevation_m: &mut [f64],
) -> Vec<Repair> {
    let mut out = Vec::new();
    let n = distance_m.len();
    for s in stretches {
        let (a, b) = (s.start_m.min(s.end_m), s.start_m.max(s.end_m));
        let i = distance_m
            .partition_point(|&d| d < a)
            .min(n.saturating_sub(1));
        let j = distance_m.partition_point(|&d| d <= b).saturating_sub(1);
        if j <= i + 1 || !a.is_finite() || !b.is_finite() {
            continue;
        }
        let (d0, d1) = (distance_m[i], distance_m[j]);
        let (e0, e1) = (elevation_m[i], elevation_m[j]);
        let mut worst: f64 = 0.0;
        for k in i + 1..j {
            let line = e0 + (e1 - e0) * (distance_m[k] - d0) / (d1 - d0);
            worst = worst.max((elevation_m[k] - line).abs());
            elevation_m[k] = line;
        }
        let kind = match s.kind {
            StretchKind::BridgeDeck => RepairKind::MarkedDeck,
            StretchKind::BadElevation => RepairKind::MarkedBad,
        };
        out.push(Repair {
            start_m: d0,
            end_m: d1,
            kind,
            size_m: worst,
        });
    }
    out
}

/// Descents on or right off a marked bridge deck are bridge descents.
fn mark_decks(corrections: &Corrections, descents: &mut [Descent]) {
    const NEAR_M: f64 = 300.0;
    for deck in corrections
        .stretches
        .iter()
        .filter(|s| s.kind == StretchKind::BridgeDeck)
    {
        for d in descents.iter_mut() {
            let touches = d.start_m <= deck.end_m + NEAR_M && d.end_m >= deck.start_m - NEAR_M;
            if touches && d.kind != DescentKind::Bridge {
                d.kind = DescentKind::Bridge;
                d.edited_by_runner = true;
                d.kind_reason = t!(
                    "reason-off-deck",
                    from = i18n::number(deck.start_m / 1000.0, 2),
                    to = i18n::number(deck.end_m / 1000.0, 2)
                );
            }
        }
    }
}

#[cfg(test)]
#[path = "corrections_tests.rs"]
mod tests;
