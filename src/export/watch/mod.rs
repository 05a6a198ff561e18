//! Race day on the wrist: the plan as watch files. A plan-timed course (FIT course, GPX 1.1
//! with times, TCX course) whose virtual partner runs our grade-adjusted plan instead of
//! one even pace, with course points before every descent ("Up Ahead"), at the water
//! stations and gels; and a race workout (FIT workout) with one step per official km
//! marker and separate steps for each descent and its run-out.
//!
//! Everything is built once into a [`RaceDay`] (track with planned times, course points,
//! workout steps) from the plan document and the analysis; each format is then a plain
//! encoder of it (`fit_course`, `gpx_timed`, `tcx`, `fit_workout`).
//!
//! Times are UTC: the race date and the plan's start time of day are local time at the
//! course, turned into UTC with [`WatchSettings::utc_offset_min`], or when it is not set
//! with the nautical time zone of the course's start longitude (one hour per 15 degrees,
//! rounded): Vietnam (102-110 E) gives UTC+7, its real zone. Civil zones that differ from
//! their longitude band (China, Spain, India's half hour) need the explicit offset.

mod course_points;
pub mod fit_course;
pub mod fit_workout;
pub mod gpx_timed;
mod simplify;
pub mod tcx;

use serde::{Deserialize, Serialize};

use super::ExportError;
use crate::course::Analysis;
use crate::date::Date;
use crate::document::PlanDocument;
use crate::plan::Timeline;
use crate::t;
pub use course_points::{Mark, MarkKind};
pub use fit_workout::{Advance, RaceStep, StepKind};

/// Default point budget of the course files.
pub const DEFAULT_POINTS: usize = 1_500;
/// Smallest and largest point budget accepted.
pub const POINTS_RANGE: (usize, usize) = (100, 20_000);

/// What the watch files are made with, besides the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WatchSettings {
    /// Race day (local date at the course); None = the plan's race-morning date
    /// (`PlanSettings::conditions`).
    pub race_date: Option<Date>,
    /// Minutes to add to UTC for local time at the course (+420 in Vietnam); None = the
    /// plan's race-morning offset, else from the course's longitude (see the module
    /// documentation).
    pub utc_offset_min: Option<i32>,
    /// Most track points in the course files (simplified, keeping every course point and
    /// descent boundary).
    pub points: usize,
    /// How the race workout's steps advance.
    pub advance: Advance,
    /// Merge flat km steps until the workout has at most this many steps (None = no limit;
    /// some watches take only 50 or 100 steps).
    pub max_steps: Option<usize>,
}

impl Default for WatchSettings {
    fn default() -> Self {
        WatchSettings {
            race_date: None,
            utc_offset_min: None,
            points: DEFAULT_POINTS,
            advance: Advance::Lap,
            max_steps: None,
        }
    }
}

/// The four watch files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WatchFile {
    /// FIT course with planned times (virtual partner) and course points.
    FitCourse,
    /// GPX 1.1 track with planned times on every point.
    GpxTimed,
    /// TCX course with planned times and course points.
    TcxCourse,
    /// FIT workout: one step per km marker, each descent and its run-out.
    FitWorkout,
}

impl WatchFile {
    /// All four, in the order they are offered.
    pub const ALL: [WatchFile; 4] = [
        WatchFile::FitCourse,
        WatchFile::GpxTimed,
        WatchFile::TcxCourse,
        WatchFile::FitWorkout,
    ];

    /// What runners call it, in this thread's language.
    pub fn label(self) -> String {
        match self {
            WatchFile::FitCourse => t!("watch-label-fit-course"),
            WatchFile::GpxTimed => t!("watch-label-gpx-timed"),
            WatchFile::TcxCourse => t!("watch-label-tcx-course"),
            WatchFile::FitWorkout => t!("watch-label-fit-workout"),
        }
    }

    /// The file name for a course whose files start with `stem`.
    pub fn file_name(self, stem: &str) -> String {
        match self {
            WatchFile::FitCourse => format!("{stem}-course.fit"),
            WatchFile::GpxTimed => format!("{stem}-timed.gpx"),
            WatchFile::TcxCourse => format!("{stem}-course.tcx"),
            WatchFile::FitWorkout => format!("{stem}-race-workout.fit"),
        }
    }

    /// How to load it on common watches, in this thread's language.
    pub fn how_to_load(self) -> String {
        match self {
            WatchFile::FitCourse => t!("watch-how-fit-course"),
            WatchFile::GpxTimed => t!("watch-how-gpx-timed"),
            WatchFile::TcxCourse => t!("watch-how-tcx-course"),
            WatchFile::FitWorkout => t!("watch-how-fit-workout"),
        }
    }
}

/// Only the virtual partner screen follows the plan's timing; say it with the files (in
/// this thread's language).
pub fn timing_note() -> String {
    t!("watch-timing-note")
}

/// One track point with its planned time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrackPoint {
    /// Latitude, degrees.
    pub lat_deg: f64,
    /// Longitude, degrees.
    pub lon_deg: f64,
    /// Elevation, metres.
    pub elevation_m: f64,
    /// Distance along the course (the plan's distance).
    pub distance_m: f64,
    /// Planned time there, Unix seconds (whole seconds, strictly increasing).
    pub unix_s: i64,
}

/// Everything the watch files are written from.
#[derive(Debug, Clone, PartialEq)]
pub struct RaceDay {
    /// The course name as the runner wrote it.
    pub name: String,
    /// The name in ASCII, at most 15 bytes (FIT and TCX course names).
    pub short_name: String,
    /// Start of the race, Unix seconds (UTC).
    pub start_unix_s: i64,
    /// When the files were made, Unix seconds.
    pub created_unix_s: i64,
    /// A serial number unique to this export (devices treat equal ids as one course).
    pub serial: u32,
    /// Planned finish time.
    pub finish_s: f64,
    /// Course length.
    pub total_m: f64,
    /// The simplified track with planned times.
    pub track: Vec<TrackPoint>,
    /// The course points, sorted by distance.
    pub marks: Vec<Mark>,
    /// The race workout's steps.
    pub steps: Vec<RaceStep>,
    /// The watch's over-read, as a fraction (0.005 for 0.5 %).
    pub over_read: f64,
}

impl RaceDay {
    /// Builds the race day of a plan document. `analysis` is the analysis the plan was
    /// made from (its profile and climbs); `created_unix_s` stamps the files.
    pub fn build(
        doc: &PlanDocument,
        analysis: &Analysis,
        settings: &WatchSettings,
        created_unix_s: i64,
    ) -> Result<RaceDay, ExportError> {
        let bad = |s: String| ExportError::Watch(s);
        let timeline =
            Timeline::of_plan(analysis, &doc.plan.settings).map_err(|e| bad(e.to_string()))?;
        let conditions = &doc.plan.settings.conditions;
        let date = settings.race_date.or(conditions.race_date).ok_or_else(|| {
            bad("the race date is needed: the files carry race-day times in UTC".into())
        })?;
        let (lo, hi) = POINTS_RANGE;
        if !(lo..=hi).contains(&settings.points) {
            return Err(bad(format!(
                "the number of course points must be between {lo} and {hi} (it was {})",
                settings.points
            )));
        }
        let p = &analysis.profile;
        let offset_min = match settings
            .utc_offset_min
            .or(conditions.utc_offset_h.map(|h| (h * 60.0).round() as i32))
        {
            Some(m) if (-12 * 60..=14 * 60).contains(&m) => m,
            Some(m) => return Err(bad(format!("UTC offset {m} min is not a time zone"))),
            None => offset_from_longitude(p.lon_deg.first().copied().unwrap_or(0.0)),
        };
        let start_unix_s = date.days_since_epoch() * 86_400
            + doc.plan.settings.start_clock_s.round() as i64
            - i64::from(offset_min) * 60;
        let finish_unix = start_unix_s + timeline.finish_s().round() as i64;
        if start_unix_s < crate::fit::EPOCH_UNIX_S || finish_unix > 4_000_000_000 {
            return Err(bad(format!(
                "the race date {date} is outside what watch files can hold (1990-2096)"
            )));
        }
        let marks = course_points::marks(doc, analysis, &timeline, start_unix_s);
        let track = simplify::track(p, &timeline, &marks, doc, settings.points, start_unix_s);
        let over_read = doc.plan.settings.watch_over_read_pct / 100.0;
        let steps = fit_workout::steps(doc, &timeline, over_read, settings);
        let name = doc.plan.course.name.clone();
        let short_name =
            crate::format::cut_bytes(&crate::format::ascii_fold(&name), 15).to_string();
        let serial = crate::fit::fingerprint(&format!("{name}/{created_unix_s}/{date}"));
        Ok(RaceDay {
            short_name: if short_name.is_empty() {
                "Race".into()
            } else {
                short_name
            },
            name,
            start_unix_s,
            created_unix_s,
            serial,
            finish_s: timeline.finish_s(),
            total_m: timeline.total_m(),
            track,
            marks,
            steps,
            over_read,
        })
    }

    /// The bytes of one file.
    pub fn encode(&self, file: WatchFile) -> Vec<u8> {
        match file {
            WatchFile::FitCourse => fit_course::encode(self),
            WatchFile::GpxTimed => gpx_timed::encode(self).into_bytes(),
            WatchFile::TcxCourse => tcx::encode(self).into_bytes(),
            WatchFile::FitWorkout => fit_workout::encode(self),
        }
    }

    /// A file-name stem from the course name without its bracketed note, in ASCII, at most
    /// 40 characters ("vnexpress-marathon-ha-long").
    pub fn file_stem(&self) -> String {
        let base = self.name.split(" (").next().unwrap_or(&self.name);
        let folded = crate::format::ascii_fold(base).to_ascii_lowercase();
        let mut stem = String::new();
        for c in folded.chars() {
            if c.is_ascii_alphanumeric() {
                stem.push(c);
            } else if !stem.ends_with('-') && !stem.is_empty() {
                stem.push('-');
            }
            if stem.len() >= 40 {
                break;
            }
        }
        let stem = stem.trim_end_matches('-');
        if stem.is_empty() {
            "race".into()
        } else {
            stem.into()
        }
    }
}

/// The nautical time zone of a longitude in minutes: one hour per 15 degrees, rounded (the
/// heat model's rule, [`crate::plan::sun::offset_from_longitude`]).
pub fn offset_from_longitude(lon_deg: f64) -> i32 {
    (crate::plan::sun::offset_from_longitude(lon_deg).clamp(-12.0, 14.0) as i32) * 60
}

/// ISO 8601 UTC time of a Unix time, whole seconds: `2026-06-01T19:30:00Z`.
pub fn iso_utc(unix_s: i64) -> String {
    let (days, secs) = (unix_s.div_euclid(86_400), unix_s.rem_euclid(86_400));
    let (y, m, d) = Date::from_ymd(1970, 1, 1).map_or((1970, 1, 1), |e| e.add_days(days).ymd());
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// The files asked for, named inside `dir`, to write as one set (all or none).
pub fn files_in(
    day: &RaceDay,
    which: &[WatchFile],
    dir: &std::path::Path,
) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let stem = day.file_stem();
    which
        .iter()
        .map(|f| (dir.join(f.file_name(&stem)), day.encode(*f)))
        .collect()
}

/// Text escaped for XML content and attributes.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnam_is_utc_plus_seven_and_times_print_in_utc() {
        assert_eq!(offset_from_longitude(107.08), 420); // Ha Long
        assert_eq!(offset_from_longitude(109.2), 420); // Nha Trang
        assert_eq!(offset_from_longitude(-0.1), 0);
        // A 02:30 start in Vietnam on 2026-06-01 is 19:30Z the day before.
        let day = Date::parse("2026-06-01").map_or(0, Date::days_since_epoch);
        assert_eq!(
            iso_utc(day * 86_400 + 2 * 3600 + 1800 - 420 * 60),
            "2026-05-31T19:30:00Z"
        );
        assert_eq!(xml_escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
