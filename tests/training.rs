//! Training: the block fits the weeks, stays in the article's ranges, tapers and progresses;
//! the hill finder finds known stretches; the .ics parses with an independent iCalendar
//! parser; the FIT files decode with an independent FIT reader; the command line.

use downhill_planner::course::sample::{CourseSpec, Leg};
use downhill_planner::course::{self, AnalysisSettings};
use downhill_planner::training::{
    self, BlockSettings, Date, Experience, RaceContext, TrainingBlock, TrainingError, WorkoutKind,
};
use proptest::prelude::*;

mod common;
use common::{assert_refused, run_json, sample};

fn today() -> Date {
    Date::parse("2026-11-25").unwrap()
}

fn block_for(race_id: usize, settings: &BlockSettings) -> TrainingBlock {
    common::sample_block(race_id, settings, today())
}

/// Checks every promise of the block; returns a description of the first broken one.
fn check_block(b: &TrainingBlock, weeks: u32) -> Result<(), String> {
    if b.weeks.len() != weeks as usize {
        return Err(format!("{} weeks, asked {weeks}", b.weeks.len()));
    }
    for s in b.sessions() {
        if s.date < b.start || s.date >= b.race_date {
            return Err(format!("{} outside the block", s.date));
        }
        let r = s.kind.ranges();
        let to_race = b.race_date.days_since(s.date);
        match s.kind {
            WorkoutKind::FormJog => {
                let active = s.main[0].duration_s.unwrap_or(0.0) / 60.0;
                if !(10.0..=15.0).contains(&active) {
                    return Err(format!("form jog of {active} min"));
                }
            }
            WorkoutKind::Strides | WorkoutKind::Repeats | WorkoutKind::RaceSpecific => {
                let len = s.main[0].distance_m.unwrap_or(0.0);
                let (lo, hi) = s.main[0].slope_pct.unwrap_or((0.0, 0.0));
                if s.reps < r.reps.0
                    || s.reps > r.reps.1
                    || len < r.length_m.0
                    || len > r.length_m.1
                    || lo < r.slope_pct.0
                    || hi > r.slope_pct.1
                {
                    return Err(format!(
                        "{:?} {} x {len} m on {lo}-{hi} % is outside the article's ranges",
                        s.kind, s.reps
                    ));
                }
                if to_race <= 10 {
                    return Err(format!("hard downhill work {to_race} days before the race"));
                }
            }
            WorkoutKind::Strength => {
                if to_race <= 7 {
                    return Err("strength in race week".into());
                }
            }
        }
    }
    // Progression: recovery weeks are easier than the week before; the same workout never
    // grows more than 30 % week to week; the week after a recovery week is no harder than
    // 1.3 x the week before it.
    let downhill = |w: &training::Week| {
        w.sessions
            .iter()
            .filter(|s| s.kind != WorkoutKind::Strength)
            .map(|s| s.load)
            .sum::<f64>()
    };
    for i in 1..b.weeks.len() {
        let (prev, cur) = (&b.weeks[i - 1], &b.weeks[i]);
        if cur.recovery && downhill(cur) > downhill(prev) + 1e-9 {
            return Err(format!("recovery week {} not easier", cur.index));
        }
        let kind = |w: &training::Week| {
            w.sessions
                .iter()
                .find(|s| s.kind != WorkoutKind::Strength)
                .map(|s| s.kind)
        };
        if !cur.recovery && !cur.taper && !prev.taper {
            let base = if prev.recovery && i >= 2 {
                &b.weeks[i - 2]
            } else {
                prev
            };
            if kind(base) == kind(cur) && downhill(cur) > 1.3 * downhill(base) + 1e-6 {
                return Err(format!(
                    "week {} jumps from {:.0} to {:.0}",
                    cur.index,
                    downhill(base),
                    downhill(cur)
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn block_progresses_and_tapers_on_each_sample() {
    for (i, weeks) in [(0, 8), (1, 12), (2, 16)] {
        let s = BlockSettings {
            weeks,
            race_date: Some(Date::parse("2027-07-18").unwrap()),
            downhill_per_week: 2,
            strength_per_week: 2,
            ..BlockSettings::default()
        };
        let b = block_for(i, &s);
        check_block(&b, weeks).unwrap();
        let order: Vec<WorkoutKind> = b
            .sessions()
            .filter(|s| s.kind != WorkoutKind::Strength)
            .map(|s| s.kind)
            .collect();
        let first = |k| order.iter().position(|x| *x == k).unwrap();
        assert!(first(WorkoutKind::FormJog) < first(WorkoutKind::Strides));
        assert!(first(WorkoutKind::Strides) < first(WorkoutKind::Repeats));
        assert!(first(WorkoutKind::Repeats) < first(WorkoutKind::RaceSpecific));
        assert!(b.weeks.iter().any(|w| w.recovery), "a recovery week");
        assert!(b.weeks.last().unwrap().taper);
    }
}

#[test]
fn race_specific_sessions_copy_the_pass() {
    let b = block_for(
        2,
        &BlockSettings {
            weeks: 10,
            race_date: Some(Date::parse("2027-07-18").unwrap()),
            ..BlockSettings::default()
        },
    );
    assert!(
        b.race_specific_from
            .as_deref()
            .unwrap_or("")
            .contains("Lương Sơn")
    );
    let rs: Vec<_> = b
        .sessions()
        .filter(|s| s.kind == WorkoutKind::RaceSpecific)
        .collect();
    assert!(!rs.is_empty());
    for s in rs {
        let len = s.main[0].distance_m.unwrap();
        assert!((250.0..=400.0).contains(&len), "{len}");
        assert!(s.main[0].note.contains("planned race descent pace"));
    }
}

#[test]
fn default_race_date_is_eight_weeks_ahead_and_bad_settings_are_refused() {
    let b = block_for(0, &BlockSettings::default());
    assert_eq!(b.race_date, today().add_days(56));
    let ctx = RaceContext {
        flat_pace_s_per_km: 360.0,
        ..Default::default()
    };
    // Each bad setting is refused for its own reason, and the message names the bad value
    // (every message is a sentence by construction, so checking for the full stop alone
    // could never fail).
    let race = today().add_days(30);
    let too_soon = format!("{race} is less than 12 weeks away from {}", today());
    for (bad, reason, says) in [
        (
            BlockSettings {
                weeks: 3,
                ..BlockSettings::default()
            },
            TrainingError::Weeks(3),
            "(it was 3)",
        ),
        (
            BlockSettings {
                weeks: 17,
                ..BlockSettings::default()
            },
            TrainingError::Weeks(17),
            "(it was 17)",
        ),
        (
            BlockSettings {
                downhill_per_week: 3,
                ..BlockSettings::default()
            },
            TrainingError::DownhillSessions(3),
            "downhill sessions a week (it was 3)",
        ),
        (
            BlockSettings {
                strength_per_week: 4,
                ..BlockSettings::default()
            },
            TrainingError::StrengthSessions(4),
            "strength sessions a week (it was 4)",
        ),
        (
            BlockSettings {
                weeks: 12,
                race_date: Some(race),
                ..BlockSettings::default()
            },
            TrainingError::TooSoon {
                race,
                today: today(),
                weeks: 12,
            },
            too_soon.as_str(),
        ),
    ] {
        let e = training::build_block(&bad, &ctx, today()).unwrap_err();
        assert_eq!(e, reason, "{bad:?}");
        assert!(e.to_string().contains(says), "{e}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn every_block_keeps_its_promises(
        weeks in 4u32..=16,
        exp in 0usize..3,
        dh in 1u32..=2,
        st in 0u32..=3,
        extra_days in 0i64..200,
        pace in 240.0f64..480.0,
        recent in proptest::option::of(0.0f64..20_000.0),
    ) {
        let s = BlockSettings {
            weeks,
            experience: Experience::ALL[exp],
            downhill_per_week: dh,
            strength_per_week: st,
            race_date: Some(today().add_days(7 * i64::from(weeks) + extra_days)),
            overrides: Vec::new(),
            recent_descent_m: recent,
        };
        let ctx = RaceContext { flat_pace_s_per_km: pace, ..Default::default() };
        let b = training::build_block(&s, &ctx, today()).unwrap();
        prop_assert!(check_block(&b, weeks).is_ok(), "{:?}", check_block(&b, weeks));
    }
}

#[test]
fn hill_finder_finds_the_known_stretches() {
    // A loop with a 200 m at -4 % (strides), a 300 m at -4.5 % (repeats), a 1 km at -3 %
    // (form jog) and a 300 m climb at +4.5 % (repeats when run the other way).
    let legs = vec![
        Leg::flat(500.0),
        Leg::slope(1_000.0, 30.0),
        Leg::flat(400.0),
        Leg::slope(200.0, -8.0),
        Leg::flat(500.0),
        Leg::slope(300.0, -13.5),
        Leg::flat(600.0),
        Leg::slope(1_000.0, -30.0),
        Leg::flat(600.0),
        Leg::slope(300.0, 13.5),
        Leg::flat(500.0),
    ];
    let spec = CourseSpec {
        name: "Son Tra loop".into(),
        description: String::new(),
        start_elevation_m: 5.0,
        start_heading_deg: 0.0,
        legs,
        waypoints: vec![],
        anchor: (0.0, 16.1, 108.27),
    };
    let ground = spec.build(5.0);
    let a = course::analyze(&ground, &AnalysisSettings::default());
    let spots = training::find_hills(&a.profile);
    let has = |k: WorkoutKind, from: f64, to: f64, reversed: bool| {
        spots.iter().any(|s| {
            s.kind == k
                && s.start_m >= from - 60.0
                && s.end_m <= to + 60.0
                && s.reversed == reversed
        })
    };
    assert!(
        has(WorkoutKind::Strides, 1_900.0, 2_100.0, false),
        "{spots:#?}"
    );
    assert!(
        has(WorkoutKind::Repeats, 2_600.0, 2_900.0, false),
        "{spots:#?}"
    );
    assert!(
        has(WorkoutKind::FormJog, 3_500.0, 4_500.0, false),
        "{spots:#?}"
    );
    assert!(
        has(WorkoutKind::Repeats, 5_100.0, 5_400.0, true),
        "{spots:#?}"
    );
    // Sessions then say where to run.
    let ctx = RaceContext {
        flat_pace_s_per_km: 360.0,
        spots: spots.clone(),
        ground_name: Some("Son Tra loop".into()),
        ..Default::default()
    };
    let b = training::build_block(&BlockSettings::default(), &ctx, today()).unwrap();
    let strides = b
        .sessions()
        .find(|s| s.kind == WorkoutKind::Strides)
        .unwrap();
    assert!(
        strides
            .location
            .as_deref()
            .unwrap()
            .contains("of Son Tra loop"),
        "{:?}",
        strides.location
    );
}

#[test]
fn ics_parses_as_icalendar() {
    let b = block_for(
        1,
        &BlockSettings {
            weeks: 6,
            race_date: Some(Date::parse("2027-06-06").unwrap()),
            ..BlockSettings::default()
        },
    );
    let text = training::ics::to_ics(&b, "Ha Long");
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = parser.next().unwrap().unwrap();
    assert!(parser.next().is_none());
    assert_eq!(cal.events.len(), b.sessions().count());
    for (ev, s) in cal.events.iter().zip(b.sessions()) {
        let prop = |n: &str| {
            ev.properties
                .iter()
                .find(|p| p.name == n)
                .and_then(|p| p.value.clone())
                .unwrap_or_default()
        };
        assert_eq!(prop("DTSTART"), s.date.compact());
        assert!(prop("SUMMARY").contains(&s.title.replace(',', "\\,")));
        assert!(!prop("UID").is_empty());
        assert!(prop("DESCRIPTION").len() > 50);
    }
}

#[test]
fn fit_workouts_decode_with_an_independent_reader() {
    let b = block_for(
        0,
        &BlockSettings {
            weeks: 8,
            race_date: Some(Date::parse("2027-07-18").unwrap()),
            ..BlockSettings::default()
        },
    );
    let strides = b
        .sessions()
        .find(|s| s.kind == WorkoutKind::Strides)
        .unwrap();
    let bytes = training::fit::encode(strides, 1_780_000_000);
    let records = fitparser::from_bytes(&bytes).expect("valid FIT (header, CRC, messages)");
    use fitparser::profile::MesgNum;
    let workout = records
        .iter()
        .find(|r| r.kind() == MesgNum::Workout)
        .unwrap();
    let field = |r: &fitparser::FitDataRecord, name: &str| {
        r.fields()
            .iter()
            .find(|f| f.name() == name)
            .map(|f| f.value().to_string())
            .unwrap_or_default()
    };
    assert_eq!(field(workout, "sport"), "running");
    let steps: Vec<_> = records
        .iter()
        .filter(|r| r.kind() == MesgNum::WorkoutStep)
        .collect();
    // Warm-up, stride, walk back, repeat, cool-down.
    assert_eq!(steps.len(), 5);
    assert_eq!(field(workout, "num_valid_steps"), "5");
    assert_eq!(field(steps[1], "wkt_step_name"), "Downhill stride");
    assert!(field(steps[1], "notes").contains("slope"));
    assert_eq!(field(steps[1], "duration_type"), "distance");
    assert_eq!(field(steps[3], "duration_type"), "repeat_until_steps_cmplt");
    assert_eq!(field(steps[0], "intensity"), "warmup");
    // Every session encodes and decodes.
    for s in b.sessions() {
        assert!(
            fitparser::from_bytes(&training::fit::encode(s, 1_780_000_000)).is_ok(),
            "{}",
            s.id
        );
    }
}

#[test]
fn cli_train_writes_ics_fit_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let course = sample("nha-trang-luong-son");
    let ics = dir.path().join("block.ics");
    let fit = dir.path().join("fit");
    // The command plans from the real today, so the race date moves with it.
    let race = Date::today().add_days(120).to_string();
    let (ics_s, fit_s) = (
        ics.to_string_lossy().into_owned(),
        fit.to_string_lossy().into_owned(),
    );
    let v = run_json([
        "train",
        "--course",
        &course,
        "--goal",
        "4:00:00",
        "--race-date",
        &race,
        "--weeks",
        "10",
        "--experience",
        "new",
        "--json",
        "-",
        "--ics",
        &ics_s,
        "--fit-dir",
        &fit_s,
    ]);
    assert_eq!(v["training"]["weeks"].as_array().unwrap().len(), 10);
    let sessions: usize = v["training"]["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["sessions"].as_array().unwrap().len())
        .sum();
    assert_eq!(std::fs::read_dir(&fit).unwrap().count(), sessions);
    assert!(
        std::fs::read_to_string(&ics)
            .unwrap()
            .starts_with("BEGIN:VCALENDAR")
    );
    for args in [
        vec!["--goal", "4:00:00", "--weeks", "20"],
        vec!["--goal", "4:00:00", "--experience", "pro"],
        vec!["--goal", "4:00:00", "--race-date", "2026-13-01"],
        vec!["--goal", "later"],
    ] {
        assert_refused(["train"].into_iter().chain(args));
    }
}
