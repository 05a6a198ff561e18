//! Argument values shared by the subcommands: the goal time, race date and start time (with
//! the sentences a runner reads when one is wrong), the `--json` target, and every choice
//! (pace model, paper, experience) as a small clap `ValueEnum` mapped onto the core type.
//!
//! The core enums do not derive `ValueEnum`: the core never depends on clap.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use clap::ValueEnum;
use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};

use super::CliError;
use crate::date::Date;
use crate::export::pdf::Paper;
use crate::format;
use crate::plan::PaceModel;
use crate::training::Experience;

/// `--model`: the grade-adjusted pace model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModelArg {
    /// Strava-like empirical curve.
    Strava,
    /// Kay 2012 polynomial (hill races).
    Kay,
    /// Minetti 2002 energy cost.
    Minetti,
    /// Your own curve from your runs (`--history`); Strava-like where you have little data.
    Personal,
}

impl From<ModelArg> for PaceModel {
    fn from(m: ModelArg) -> PaceModel {
        match m {
            ModelArg::Strava => PaceModel::Strava,
            ModelArg::Kay => PaceModel::Kay,
            ModelArg::Minetti => PaceModel::Minetti,
            ModelArg::Personal => PaceModel::Personal,
        }
    }
}

/// `--paper`: the race card's paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    /// ISO A4.
    A4,
    /// US Letter (us-letter works too).
    #[value(alias = "us-letter")]
    Letter,
}

/// `--lang`: the language of the readable output, the PDF, the calendar and the watch files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Vietnamese (tiếng Việt).
    Vi,
}

impl From<LangArg> for crate::i18n::Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::En => crate::i18n::Lang::En,
            LangArg::Vi => crate::i18n::Lang::Vi,
        }
    }
}

/// What the heat changes, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HeatArg {
    /// The finish stays the goal; cooler stretches take more of the work.
    KeepGoal,
    /// The effort stays the goal's; the plan shows the heat-adjusted finish.
    KeepEffort,
}

impl From<HeatArg> for crate::plan::HeatMode {
    fn from(h: HeatArg) -> crate::plan::HeatMode {
        match h {
            HeatArg::KeepGoal => crate::plan::HeatMode::KeepGoal,
            HeatArg::KeepEffort => crate::plan::HeatMode::KeepEffort,
        }
    }
}

impl From<PaperArg> for Paper {
    fn from(p: PaperArg) -> Paper {
        match p {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }
    }
}

/// `--experience`: how much downhill running the runner has done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExperienceArg {
    /// New to downhill work.
    New,
    /// Some downhill running.
    Some,
    /// Experienced.
    Experienced,
}

impl From<ExperienceArg> for Experience {
    fn from(e: ExperienceArg) -> Experience {
        match e {
            ExperienceArg::New => Experience::New,
            ExperienceArg::Some => Experience::Some,
            ExperienceArg::Experienced => Experience::Experienced,
        }
    }
}

/// Clap's `ValueEnum` parser after trimming spaces around the value, as the core's
/// `from_id` parsers did (`--model " kay "` is kay). Help and errors list the same values.
#[derive(Clone)]
pub struct Choice<E: ValueEnum + Clone + Send + Sync + 'static>(EnumValueParser<E>);

/// The parser of a choice argument: `#[arg(value_parser = choice::<ModelArg>())]`.
pub fn choice<E: ValueEnum + Clone + Send + Sync + 'static>() -> Choice<E> {
    Choice(EnumValueParser::new())
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Choice<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<E, clap::Error> {
        let trimmed = value.to_str().map_or(value, |s| OsStr::new(s.trim()));
        self.0.parse_ref(cmd, arg, trimmed)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        self.0.possible_values()
    }
}

/// Where `--json` writes: standard output (`-`) or a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonTarget {
    /// `-`: the JSON is the command's whole standard output.
    Stdout,
    /// A file, written atomically.
    File(PathBuf),
}

impl From<OsString> for JsonTarget {
    fn from(s: OsString) -> JsonTarget {
        if s == "-" {
            JsonTarget::Stdout
        } else {
            JsonTarget::File(PathBuf::from(s))
        }
    }
}

/// Parses a goal time given as H:MM:SS or H:MM (seconds).
pub fn parse_goal(goal: &str) -> Result<f64, CliError> {
    format::parse_duration(goal, true).ok_or_else(|| {
        CliError::Usage(format!(
            "The goal \"{goal}\" is not a time; write it as H:MM:SS, for example 4:15:00."
        ))
    })
}

/// Parses a start time of day given as HH:MM (seconds after midnight, under 24 h).
pub fn parse_start(start: &str) -> Result<f64, CliError> {
    format::parse_duration(start, true)
        .filter(|s| *s < 86_400.0)
        .ok_or_else(|| {
            CliError::Usage(format!(
                "The start \"{start}\" is not a time of day; write it as HH:MM, for example 03:00."
            ))
        })
}

/// Parses a race date given as YYYY-MM-DD.
pub fn parse_date(date: &str) -> Result<Date, CliError> {
    Date::parse(date).ok_or_else(|| {
        CliError::Usage(format!(
            "The race date \"{date}\" is not a date; write it as YYYY-MM-DD."
        ))
    })
}

/// Parses an optional race date (None when the option was not given).
pub fn parse_optional_date(date: Option<&str>) -> Result<Option<Date>, CliError> {
    date.map(parse_date).transpose()
}

/// Parses a list of km ("2.5,5,7.5"): water stations along the course.
pub fn parse_km_list(text: &str) -> Result<Vec<f64>, CliError> {
    let bad = || {
        CliError::Usage(format!(
            "The water stations \"{text}\" are not a list of km; write them as 2.5,5,7.5."
        ))
    };
    text.split(',')
        .map(|t| {
            t.trim()
                .parse::<f64>()
                .ok()
                .filter(|km| km.is_finite() && *km >= 0.0)
                .ok_or_else(bad)
        })
        .collect()
}

/// Parses a UTC offset, `+07:00`, `-03:30`, `+7` or `0`, into minutes (-12:00 to +14:00).
pub fn parse_utc_offset(text: &str) -> Result<i32, CliError> {
    let bad = || {
        CliError::Usage(format!(
            "The UTC offset \"{text}\" is not a time zone; write it as +07:00."
        ))
    };
    let t = text.trim();
    let (sign, rest) = match t.as_bytes().first() {
        Some(b'-') => (-1, &t[1..]),
        Some(b'+') => (1, &t[1..]),
        _ => (1, t),
    };
    let (h, m) = rest.split_once(':').unwrap_or((rest, "0"));
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || !digits(m) {
        return Err(bad());
    }
    let (h, m): (i32, i32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    let minutes = sign * (h * 60 + m);
    if m >= 60 || !(-12 * 60..=14 * 60).contains(&minutes) {
        return Err(bad());
    }
    Ok(minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_map_onto_the_core_types() {
        for m in ModelArg::value_variants() {
            let name = m.to_possible_value().map(|v| v.get_name().to_owned());
            assert_eq!(name.as_deref(), Some(PaceModel::from(*m).id()));
        }
        for e in ExperienceArg::value_variants() {
            let name = e.to_possible_value().map(|v| v.get_name().to_owned());
            assert_eq!(name.as_deref(), Some(Experience::from(*e).id()));
        }
        assert_eq!(Paper::from(PaperArg::A4), Paper::A4);
        assert_eq!(Paper::from(PaperArg::Letter), Paper::Letter);
    }

    #[test]
    fn json_target_dash_is_stdout() {
        assert_eq!(JsonTarget::from(OsString::from("-")), JsonTarget::Stdout);
        assert_eq!(
            JsonTarget::from(OsString::from("plan.json")),
            JsonTarget::File(PathBuf::from("plan.json"))
        );
    }

    #[test]
    fn bad_values_say_how_to_write_them() {
        assert!(parse_goal("soon").is_err_and(|e| e.to_string().contains("H:MM:SS")));
        assert!(parse_start("25:00").is_err());
        assert_eq!(parse_start("03:00").ok(), Some(10_800.0));
        assert!(parse_optional_date(Some("2027-13-01")).is_err());
        assert!(matches!(parse_optional_date(None), Ok(None)));
        assert_eq!(parse_km_list("2.5, 5,7.5").ok(), Some(vec![2.5, 5.0, 7.5]));
        assert!(parse_km_list("2.5,,5").is_err() && parse_km_list("-1").is_err());
        assert_eq!(parse_utc_offset("+07:00").ok(), Some(420));
        assert_eq!(parse_utc_offset("-3:30").ok(), Some(-210));
        assert!(parse_utc_offset("+15:00").is_err() && parse_utc_offset("UTC").is_err());
    }
}
