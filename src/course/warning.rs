//! Notes about a course a runner should know (a damaged file, glitches removed, missing
//! elevation): one variant per kind, with its numbers, shown and saved as one sentence.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::{self, Lang};
use crate::t;

/// One note about a course file or its analysis. `Display` gives the sentence shown to
/// the runner; JSON holds that same sentence, and reading it back gives the variant.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// The XML broke after some points had been read; the rest of the file was ignored.
    Damaged {
        /// Byte offset in the XML where the parser stopped.
        position: u64,
    },
    /// The file ends inside an element (probably cut off); the points read were kept.
    CutOff,
    /// The track had a single point, so the file's route became the course.
    RouteUsed,
    /// Points skipped for unreadable or impossible coordinates.
    BadCoordinates {
        /// Points skipped.
        count: usize,
    },
    /// Elevation values ignored as unreadable or impossible.
    BadElevations {
        /// Elevation values ignored (their points were kept).
        count: usize,
    },
    /// GPS glitch points far off the course, removed.
    Glitches {
        /// Points removed.
        count: usize,
    },
    /// GPS jumps faster than 360 km/h, not counted in the distance.
    Jumps {
        /// Gaps between points left out of the distance.
        count: usize,
    },
    /// `missing` of `total` points had no elevation and were interpolated.
    ElevationInterpolated {
        /// Points without elevation.
        missing: usize,
        /// Points in the course.
        total: usize,
    },
    /// Every elevation is exactly 0 m.
    ZeroElevation,
    /// No elevation data at all.
    NoElevation,
    /// Stretches of elevation no road can have (spikes, pits, steps), repaired.
    Repaired {
        /// Stretches repaired.
        count: usize,
    },
    /// Corrections the runner made that no longer find their descent (the course reads
    /// differently now).
    CorrectionsLost {
        /// Corrections without a descent.
        count: usize,
    },
    /// Descents the runner added or moved that do not go down on the profile.
    NotDownhill {
        /// Such corrections.
        count: usize,
    },
    /// The course is so long that the profile spacing was widened to `spacing_m`.
    CoarseProfile {
        /// Distance between profile points, metres.
        spacing_m: f64,
    },
}

/// After the count of corrections that lost their descent.
const CORRECTIONS_LOST: &str = " of your descent corrections no longer find a descent on this \
    reading of the course; check the descents list";

/// After the count of added or moved descents that do not go down.
const NOT_DOWNHILL: &str = " of the descents you added or moved do not go down on this profile, \
    so they are not planned as descents; if the heights are wrong there, mark the stretch as a \
    bridge deck or as bad elevation";

/// After the count of repaired stretches.
const REPAIRED: &str = " stretch(es) of elevation no road can have (spikes, pits, steps) were \
    repaired: see the notes on the profile.";

// Fixed parts of the sentences, shared by `Display` and the parser so they cannot drift.
const DAMAGED: (&str, &str) = (
    "The file is damaged near byte ",
    "; everything after that was ignored.",
);
const CUT_OFF: &str =
    "The file ends abruptly (it may be cut off); the points before the end were kept.";
const ROUTE_USED: &str =
    "The track has a single point, so the file's route was used as the course.";
const BAD_COORDINATES: &str = " point(s) with unreadable or impossible coordinates were skipped.";
const BAD_ELEVATIONS: &str = " elevation value(s) were unreadable or impossible and were ignored.";
const GLITCHES: &str =
    " GPS glitch point(s) far off the course were removed and not counted in the distance.";
const JUMPS: &str =
    " GPS jump(s) faster than 360 km/h were found; those gaps were not counted in the distance.";
const INTERPOLATED: (&str, &str) = (
    " of ",
    " points had no elevation; their elevation was interpolated along the distance.",
);
const ZERO_ELEVATION: &str =
    "Every elevation in this file is exactly 0 m: it probably has no real elevation data.";
const NO_ELEVATION: &str = "This file has no elevation data: the profile, climbs, descents and \
    grade-adjusted paces cannot be computed.";
const COARSE_PROFILE: (&str, &str) = (
    "The course is very long; its profile uses one point every ",
    " m.",
);

impl fmt::Display for Warning {
    /// The sentence in this thread's language (English is the JSON's sentence).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Warning::Damaged { position } => t!("warn-damaged", position = whole(*position)),
            Warning::CutOff => t!("warn-cut-off"),
            Warning::RouteUsed => t!("warn-route-used"),
            Warning::BadCoordinates { count } => t!("warn-bad-coordinates", count = whole(*count)),
            Warning::BadElevations { count } => t!("warn-bad-elevations", count = whole(*count)),
            Warning::Glitches { count } => t!("warn-glitches", count = whole(*count)),
            Warning::Jumps { count } => t!("warn-jumps", count = whole(*count)),
            Warning::Repaired { count } => t!("warn-repaired", count = whole(*count)),
            Warning::CorrectionsLost { count } => {
                t!("warn-corrections-lost", count = whole(*count))
            }
            Warning::NotDownhill { count } => t!("warn-not-downhill", count = whole(*count)),
            Warning::ElevationInterpolated { missing, total } => t!(
                "warn-elevation-interpolated",
                missing = whole(*missing),
                total = whole(*total)
            ),
            Warning::ZeroElevation => t!("warn-zero-elevation"),
            Warning::NoElevation => t!("warn-no-elevation"),
            Warning::CoarseProfile { spacing_m } => {
                t!("warn-coarse-profile", spacing = plain_number(*spacing_m))
            }
        };
        f.write_str(&text)
    }
}

/// A count as English has always written it (digits only), grouped in Vietnamese.
pub(crate) fn whole(n: impl fmt::Display) -> String {
    let text = n.to_string();
    match i18n::current() {
        Lang::En => text,
        Lang::Vi => text.parse::<f64>().map_or(text, |v| i18n::number(v, 0)),
    }
}

/// A number as `{}` writes it (`21`, `2.5`), with a decimal comma in Vietnamese.
pub(crate) fn plain_number(v: f64) -> String {
    let text = v.to_string();
    match i18n::current() {
        Lang::En => text,
        Lang::Vi => text.replace('.', ","),
    }
}

impl Warning {
    /// The English sentence: the JSON's text, which [`Warning::parse`] reads back.
    fn english(&self) -> String {
        match self {
            Warning::Damaged { position } => format!("{}{position}{}", DAMAGED.0, DAMAGED.1),
            Warning::CutOff => CUT_OFF.to_owned(),
            Warning::RouteUsed => ROUTE_USED.to_owned(),
            Warning::BadCoordinates { count } => format!("{count}{BAD_COORDINATES}"),
            Warning::BadElevations { count } => format!("{count}{BAD_ELEVATIONS}"),
            Warning::Glitches { count } => format!("{count}{GLITCHES}"),
            Warning::Jumps { count } => format!("{count}{JUMPS}"),
            Warning::Repaired { count } => format!("{count}{REPAIRED}"),
            Warning::CorrectionsLost { count } => format!("{count}{CORRECTIONS_LOST}"),
            Warning::NotDownhill { count } => format!("{count}{NOT_DOWNHILL}"),
            Warning::ElevationInterpolated { missing, total } => {
                format!("{missing}{}{total}{}", INTERPOLATED.0, INTERPOLATED.1)
            }
            Warning::ZeroElevation => ZERO_ELEVATION.to_owned(),
            Warning::NoElevation => NO_ELEVATION.to_owned(),
            Warning::CoarseProfile { spacing_m } => {
                format!("{}{spacing_m}{}", COARSE_PROFILE.0, COARSE_PROFILE.1)
            }
        }
    }
}

impl Warning {
    /// Reads a sentence written by `Display` back into its variant; None for other text.
    pub fn parse(s: &str) -> Option<Warning> {
        let fixed = [
            (CUT_OFF, Warning::CutOff),
            (ROUTE_USED, Warning::RouteUsed),
            (ZERO_ELEVATION, Warning::ZeroElevation),
            (NO_ELEVATION, Warning::NoElevation),
        ];
        if let Some((_, w)) = fixed.into_iter().find(|(text, _)| *text == s) {
            return Some(w);
        }
        let counted = |suffix: &str| s.strip_suffix(suffix).and_then(number::<usize>);
        if let Some(count) = counted(BAD_COORDINATES) {
            return Some(Warning::BadCoordinates { count });
        }
        if let Some(count) = counted(BAD_ELEVATIONS) {
            return Some(Warning::BadElevations { count });
        }
        if let Some(count) = counted(GLITCHES) {
            return Some(Warning::Glitches { count });
        }
        if let Some(count) = counted(JUMPS) {
            return Some(Warning::Jumps { count });
        }
        if let Some(count) = counted(REPAIRED) {
            return Some(Warning::Repaired { count });
        }
        if let Some(count) = counted(CORRECTIONS_LOST) {
            return Some(Warning::CorrectionsLost { count });
        }
        if let Some(count) = counted(NOT_DOWNHILL) {
            return Some(Warning::NotDownhill { count });
        }
        if let Some(position) = between(s, DAMAGED).and_then(number) {
            return Some(Warning::Damaged { position });
        }
        if let Some(spacing_m) = between(s, COARSE_PROFILE).and_then(|v| v.parse().ok()) {
            return Some(Warning::CoarseProfile { spacing_m });
        }
        let (missing, total) = s.strip_suffix(INTERPOLATED.1)?.split_once(INTERPOLATED.0)?;
        Some(Warning::ElevationInterpolated {
            missing: number(missing)?,
            total: number(total)?,
        })
    }
}

/// The text between a fixed prefix and suffix.
fn between<'a>(s: &'a str, (prefix, suffix): (&str, &str)) -> Option<&'a str> {
    s.strip_prefix(prefix)?.strip_suffix(suffix)
}

/// A count written in decimal digits only (no sign, no spaces).
fn number<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl Serialize for Warning {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.english())
    }
}

impl<'de> Deserialize<'de> for Warning {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Warning::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown course warning: {s}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<Warning> {
        vec![
            Warning::Damaged { position: 1234 },
            Warning::CutOff,
            Warning::RouteUsed,
            Warning::BadCoordinates { count: 2 },
            Warning::BadElevations { count: 4 },
            Warning::Glitches { count: 1 },
            Warning::Jumps { count: 12 },
            Warning::ElevationInterpolated {
                missing: 52,
                total: 64,
            },
            Warning::ZeroElevation,
            Warning::NoElevation,
            Warning::CoarseProfile { spacing_m: 21.0 },
            Warning::CoarseProfile { spacing_m: 2.5 },
        ]
    }

    #[test]
    fn sentences_are_the_old_ones() {
        assert_eq!(
            Warning::ElevationInterpolated {
                missing: 7,
                total: 9
            }
            .to_string(),
            "7 of 9 points had no elevation; their elevation was interpolated along the distance."
        );
        assert_eq!(
            Warning::Damaged { position: 812 }.to_string(),
            "The file is damaged near byte 812; everything after that was ignored."
        );
        assert_eq!(
            Warning::CoarseProfile { spacing_m: 21.0 }.to_string(),
            "The course is very long; its profile uses one point every 21 m."
        );
        assert_eq!(
            Warning::Jumps { count: 2 }.to_string(),
            "2 GPS jump(s) faster than 360 km/h were found; those gaps were not counted in the \
             distance."
        );
    }

    #[test]
    fn the_english_translation_is_the_json_sentence() {
        for w in all() {
            assert_eq!(i18n::with_lang(Lang::En, || w.to_string()), w.english());
            let vi = i18n::with_lang(Lang::Vi, || w.to_string());
            assert_ne!(vi, w.english());
            // Vietnamese on screen, English in the file.
            let json = i18n::with_lang(Lang::Vi, || serde_json::to_string(&w).unwrap());
            assert_eq!(json, serde_json::to_string(&w.english()).unwrap());
        }
        let w = Warning::CoarseProfile { spacing_m: 2.5 };
        assert!(i18n::with_lang(Lang::Vi, || w.to_string()).contains("2,5 m"));
    }

    #[test]
    fn json_is_the_sentence_and_reads_back() {
        for w in all() {
            let json = serde_json::to_string(&w).unwrap();
            assert_eq!(json, serde_json::to_string(&w.to_string()).unwrap());
            let back: Warning = serde_json::from_str(&json).unwrap();
            assert_eq!(back, w);
        }
        assert!(serde_json::from_str::<Warning>("\"something else\"").is_err());
        assert!(
            serde_json::from_str::<Warning>(
                "\"-1 GPS glitch point(s) far off the course were removed and not counted in the \
                 distance.\""
            )
            .is_err()
        );
    }
}
