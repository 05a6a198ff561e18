//! Race day on the wrist: the four watch files decoded by independent readers (FIT with
//! `fitparser`, GPX with the `gpx` crate, TCX with quick-xml) and compared with the plan.

mod common;

use downhill_planner::course::Analysis;
use downhill_planner::course::sample::SAMPLE_RACES;
use downhill_planner::date::Date;
use downhill_planner::document::{self, DocumentSettings, PlanDocument};
use downhill_planner::export::watch::{
    Advance, MarkKind, RaceDay, StepKind, WatchFile, WatchSettings,
};
use downhill_planner::plan::Timeline;
use fitparser::profile::MesgNum;
use fitparser::{FitDataRecord, Value};

const CREATED: i64 = 1_780_000_000;

fn plan(index: usize) -> (Analysis, PlanDocument) {
    let course = SAMPLE_RACES[index].load().unwrap();
    let today = Date::parse("2026-01-01").unwrap();
    document::build(&course, None, &DocumentSettings::default(), None, today).unwrap()
}

fn watch() -> WatchSettings {
    WatchSettings {
        race_date: Date::parse("2026-06-01"),
        ..WatchSettings::default()
    }
}

fn day(index: usize) -> (Analysis, PlanDocument, RaceDay) {
    let (analysis, doc) = plan(index);
    let day = RaceDay::build(&doc, &analysis, &watch(), CREATED).unwrap();
    (analysis, doc, day)
}

fn field<'a>(r: &'a FitDataRecord, name: &str) -> Option<&'a Value> {
    r.fields()
        .iter()
        .find(|f| f.name() == name)
        .map(fitparser::FitDataField::value)
}

fn unix(v: Option<&Value>) -> i64 {
    match v {
        Some(Value::Timestamp(t)) => t.timestamp(),
        other => panic!("not a timestamp: {other:?}"),
    }
}

fn number(v: Option<&Value>) -> f64 {
    match v {
        Some(Value::Float64(x)) => *x,
        Some(Value::UInt32(x)) => f64::from(*x),
        Some(Value::UInt16(x)) => f64::from(*x),
        Some(Value::UInt8(x)) => f64::from(*x),
        Some(Value::SInt32(x)) => f64::from(*x),
        other => panic!("not a number: {other:?}"),
    }
}

fn text(v: Option<&Value>) -> String {
    v.map(ToString::to_string).unwrap_or_default()
}

#[test]
fn fit_course_decodes_in_order_with_the_plan_times() {
    for index in 0..SAMPLE_RACES.len() {
        let (analysis, doc, day) = day(index);
        let bytes = day.encode(WatchFile::FitCourse);
        let records = fitparser::from_bytes(&bytes).expect("valid FIT (header, CRC)");
        let kinds: Vec<MesgNum> = records.iter().map(FitDataRecord::kind).collect();
        let first_record = kinds.iter().position(|k| *k == MesgNum::Record).unwrap();
        let last_record = kinds.iter().rposition(|k| *k == MesgNum::Record).unwrap();
        assert_eq!(
            &kinds[..first_record],
            &[
                MesgNum::FileId,
                MesgNum::Course,
                MesgNum::Lap,
                MesgNum::Event
            ]
        );
        assert!(
            kinds[last_record + 1..kinds.len() - 1]
                .iter()
                .all(|k| *k == MesgNum::CoursePoint)
        );
        assert_eq!(kinds.last(), Some(&MesgNum::Event));
        assert_eq!(text(field(&records[0], "type")), "course");
        assert_eq!(text(field(&records[1], "sport")), "running");
        let recs: Vec<&FitDataRecord> = records
            .iter()
            .filter(|r| r.kind() == MesgNum::Record)
            .collect();
        assert!(recs.len() <= 1_500 && recs.len() > 200, "{}", recs.len());
        let times: Vec<i64> = recs.iter().map(|r| unix(field(r, "timestamp"))).collect();
        assert!(times.windows(2).all(|w| w[1] > w[0]), "timestamps increase");
        let finish = doc.plan.finish_time_s;
        assert!(((times[times.len() - 1] - times[0]) as f64 - finish).abs() <= 1.0);
        // A 03:00 start in Vietnam on 1 June is 20:00Z on 31 May.
        assert_eq!(times[0], day.start_unix_s);
        assert_eq!(
            downhill_planner::export::watch::iso_utc(times[0]),
            "2026-05-31T20:00:00Z"
        );
        let timeline = Timeline::of_plan(&analysis, &doc.plan.settings).unwrap();
        for r in &recs {
            let d = number(field(r, "distance"));
            let t = (unix(field(r, "timestamp")) - times[0]) as f64;
            assert!((t - timeline.elapsed_at(d)).abs() <= 1.0, "at {d} m");
        }
        let total = doc.plan.course.distance_m;
        let points: Vec<&FitDataRecord> = records
            .iter()
            .filter(|r| r.kind() == MesgNum::CoursePoint)
            .collect();
        let dist: Vec<f64> = points
            .iter()
            .map(|p| number(field(p, "distance")))
            .collect();
        assert!(dist.windows(2).all(|w| w[1] >= w[0]), "sorted by distance");
        assert!(dist.iter().all(|d| *d >= 0.0 && *d <= total + 0.01));
        for p in &points {
            let name = text(field(p, "name"));
            assert!(
                !name.is_empty() && name.len() <= 15 && name.is_ascii(),
                "{name}"
            );
        }
        // One danger point at each descent's crest, at its true distance, with the cap.
        let crests: Vec<&&FitDataRecord> = points
            .iter()
            .filter(|p| text(field(p, "type")) == "danger")
            .collect();
        assert_eq!(crests.len(), doc.plan.descent_strategy.len());
        for (c, s) in crests.iter().zip(&doc.plan.descent_strategy) {
            assert!((number(field(c, "distance")) - s.start_m).abs() < 0.01);
            let cap = downhill_planner::format::pace(s.planned_pace_s_per_km);
            assert!(text(field(c, "name")).ends_with(&cap));
        }
        let water = points.iter().filter(|p| text(field(p, "type")) == "water");
        assert_eq!(water.count(), doc.plan.water_stations_m.len());
        let gels = points
            .iter()
            .filter(|p| text(field(p, "type")) == "energy_gel");
        assert_eq!(gels.count(), doc.plan.fuel.len());
    }
}

#[test]
fn a_changed_byte_breaks_the_fit_crc_and_each_export_has_its_own_id() {
    let (analysis, doc, day) = day(1);
    let mut bytes = day.encode(WatchFile::FitCourse);
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x55;
    assert!(fitparser::from_bytes(&bytes).is_err());
    let later = RaceDay::build(&doc, &analysis, &watch(), CREATED + 60).unwrap();
    assert_ne!(later.serial, day.serial);
}

#[test]
fn the_track_keeps_every_descent_boundary_and_course_point_within_budget() {
    let (_, doc, day) = day(2);
    let has = |d: f64| day.track.iter().any(|t| (t.distance_m - d).abs() < 0.5);
    for s in &doc.plan.descent_strategy {
        assert!(has(s.start_m) && has(s.end_m), "{}", s.name);
    }
    let kept = day.marks.iter().filter(|m| has(m.distance_m)).count();
    // Two marks less than a second apart share one record (the first stays).
    assert!(kept + 3 >= day.marks.len(), "{kept} of {}", day.marks.len());
    let small = WatchSettings {
        points: 300,
        ..watch()
    };
    let (analysis, doc) = plan(2);
    let small = RaceDay::build(&doc, &analysis, &small, CREATED).unwrap();
    assert!(small.track.len() <= 300, "{}", small.track.len());
}

#[test]
fn timed_gpx_reads_back_with_the_plan_times() {
    let (_, doc, day) = day(0);
    let bytes = day.encode(WatchFile::GpxTimed);
    let gpx = gpx::read(bytes.as_slice()).expect("the gpx crate reads it");
    assert_eq!(gpx.version, gpx::GpxVersion::Gpx11);
    let pts = &gpx.tracks[0].segments[0].points;
    assert_eq!(pts.len(), day.track.len());
    let iso = |p: &gpx::Waypoint| {
        p.time
            .unwrap()
            .format()
            .unwrap()
            .replace(".000000000Z", "Z")
    };
    for (p, t) in pts.iter().zip(&day.track) {
        assert!((p.point().y() - t.lat_deg).abs() < 1e-6);
        assert_eq!(iso(p), downhill_planner::export::watch::iso_utc(t.unix_s));
    }
    let last = day.track.last().unwrap().unix_s - day.track[0].unix_s;
    assert!((last as f64 - doc.plan.finish_time_s).abs() <= 1.0);
    assert_eq!(gpx.waypoints.len(), day.marks.len());
    assert!(std::str::from_utf8(&bytes).unwrap().contains("T20:00:00Z"));
}

#[test]
fn tcx_course_reads_back_with_the_plan_times_and_distances() {
    use quick_xml::events::Event;
    let (analysis, doc, day) = day(1);
    let text = day.encode(WatchFile::TcxCourse);
    let mut reader = quick_xml::Reader::from_reader(text.as_slice());
    let (mut path, mut buf) = (Vec::<String>::new(), Vec::new());
    let (mut times, mut dists, mut names, mut types) = (vec![], vec![], vec![], vec![]);
    loop {
        match reader.read_event_into(&mut buf).unwrap() {
            Event::Start(e) => path.push(String::from_utf8_lossy(e.name().as_ref()).into()),
            Event::End(_) => {
                path.pop();
            }
            Event::Text(t) => {
                let v = String::from_utf8_lossy(&t).into_owned();
                let parent = path.get(path.len().saturating_sub(2)).cloned();
                match (parent.as_deref(), path.last().map(String::as_str)) {
                    (Some("Trackpoint"), Some("Time")) => times.push(v),
                    (Some("Trackpoint"), Some("DistanceMeters")) => dists.push(v),
                    (Some("CoursePoint"), Some("Name")) => names.push(v),
                    (Some("CoursePoint"), Some("PointType")) => types.push(v),
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    assert_eq!(times.len(), day.track.len());
    assert_eq!(dists.len(), times.len());
    let timeline = Timeline::of_plan(&analysis, &doc.plan.settings).unwrap();
    let start = downhill_planner::export::watch::iso_utc(day.start_unix_s);
    assert_eq!(times[0], start);
    for (t, d) in times.iter().zip(&dists) {
        let d: f64 = d.parse().unwrap();
        let i = day
            .track
            .iter()
            .position(|p| (p.distance_m - d).abs() < 0.06)
            .unwrap();
        assert_eq!(
            *t,
            downhill_planner::export::watch::iso_utc(day.track[i].unix_s)
        );
        let planned = timeline.elapsed_at(d);
        assert!(((day.track[i].unix_s - day.start_unix_s) as f64 - planned).abs() <= 1.0);
    }
    assert!(
        names
            .iter()
            .all(|n| !n.is_empty() && n.chars().count() <= 10)
    );
    assert_eq!(names.len(), day.marks.len());
    let danger = types.iter().filter(|t| *t == "Danger").count();
    assert_eq!(danger, doc.plan.descent_strategy.len());
}

#[test]
fn race_workout_has_a_step_per_km_and_capped_descents() {
    let (_, doc, day) = day(2);
    let bytes = day.encode(WatchFile::FitWorkout);
    let records = fitparser::from_bytes(&bytes).expect("valid FIT");
    let file_id = records
        .iter()
        .find(|r| r.kind() == MesgNum::FileId)
        .unwrap();
    assert_eq!(text(field(file_id, "type")), "workout");
    let steps: Vec<&FitDataRecord> = records
        .iter()
        .filter(|r| r.kind() == MesgNum::WorkoutStep)
        .collect();
    assert_eq!(steps.len(), day.steps.len());
    let workout = records
        .iter()
        .find(|r| r.kind() == MesgNum::Workout)
        .unwrap();
    assert_eq!(
        number(field(workout, "num_valid_steps")) as usize,
        steps.len()
    );
    let markers = (doc.plan.course.distance_m / 1000.0).floor() as usize;
    let descents = doc.plan.descent_strategy.len();
    // One step per km marker outside the descents, one per descent and one per run-out
    // (a marker within 50 m of a crest or foot gives way to it).
    let inside: usize = doc
        .plan
        .descent_strategy
        .iter()
        .map(|s| ((s.end_m / 1000.0).ceil() - (s.start_m / 1000.0).floor() - 1.0) as usize)
        .sum();
    let expected = markers - inside + 3 * descents;
    assert!(
        steps.len() <= expected + 1 && steps.len() + 3 >= expected,
        "{}",
        steps.len()
    );
    let over = 1.0 + doc.plan.settings.watch_over_read_pct / 100.0;
    let descent_steps: Vec<_> = day
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::Descent)
        .collect();
    assert_eq!(descent_steps.len(), descents);
    for (s, plan) in descent_steps.iter().zip(&doc.plan.descent_strategy) {
        assert!((s.from_m - plan.start_m).abs() < 1e-6 && (s.to_m - plan.end_m).abs() < 1e-6);
        // The fast side of the target is the plan's pace on the descent (the cap).
        let cap = 1000.0 / plan.planned_pace_s_per_km * over;
        let i = day.steps.iter().position(|x| x == *s).unwrap();
        let high = number(field(steps[i], "custom_target_speed_high"));
        assert!((high - cap).abs() < 0.01, "{high} against {cap}");
        assert!(text(field(steps[i], "wkt_step_name")).starts_with("km "));
        // A descent ends at its foot, not at a marker: it advances by watch distance.
        let d = number(field(steps[i], "duration_distance"));
        assert!((d - (plan.end_m - plan.start_m) * over).abs() < 0.02);
    }
    for (s, r) in day.steps.iter().zip(&steps) {
        let (low, high) = (
            number(field(r, "custom_target_speed_low")),
            number(field(r, "custom_target_speed_high")),
        );
        let planned = 1000.0 / s.planned_pace_s_per_km * over;
        assert!(low < planned && high >= planned - 0.002, "{}", s.name);
        // Wide on the slow side.
        assert!(planned - low > high - planned, "{}", s.name);
        let name = text(field(r, "wkt_step_name"));
        assert!(name.is_ascii());
    }
    let lap = day
        .steps
        .iter()
        .filter(|s| s.watch_distance_m.is_none())
        .count();
    assert!(lap + 3 * descents >= markers - inside, "{lap}");
}

#[test]
fn race_workout_merges_flat_km_and_goes_by_distance_when_asked() {
    let (analysis, doc) = plan(2);
    let settings = WatchSettings {
        max_steps: Some(20),
        advance: Advance::Distance,
        ..watch()
    };
    let day = RaceDay::build(&doc, &analysis, &settings, CREATED).unwrap();
    assert!(day.steps.len() <= 20, "{}", day.steps.len());
    assert!(day.steps.iter().all(|s| s.watch_distance_m.is_some()));
    let covered: f64 = day.steps.iter().map(|s| s.to_m - s.from_m).sum();
    assert!((covered - doc.plan.course.distance_m).abs() < 1e-6);
    let descents = day
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::Descent)
        .count();
    assert_eq!(descents, doc.plan.descent_strategy.len());
}

#[test]
fn gels_sit_at_water_and_never_on_a_descent_start() {
    for index in 0..SAMPLE_RACES.len() {
        let (_, doc) = plan(index);
        let p = &doc.plan;
        assert!(!p.water_stations_m.is_empty());
        for f in &p.fuel {
            for d in &p.descents {
                assert!(!(f.distance_m >= d.start_m - 150.0 && f.distance_m < d.end_m));
            }
        }
        let at_water = p
            .fuel
            .iter()
            .filter(|f| {
                p.water_stations_m
                    .iter()
                    .any(|w| (w - f.distance_m).abs() < 1.0)
            })
            .count();
        assert!(
            at_water + 1 >= p.fuel.len(),
            "{at_water} of {}",
            p.fuel.len()
        );
    }
    let (analysis, doc, _) = day(2);
    let marks = RaceDay::build(&doc, &analysis, &watch(), CREATED)
        .unwrap()
        .marks;
    assert!(marks.iter().any(|m| m.kind == MarkKind::Gel));
}

#[test]
fn no_race_date_or_a_bad_budget_is_refused_in_a_sentence() {
    let (analysis, doc) = plan(0);
    let none = WatchSettings::default();
    let err = RaceDay::build(&doc, &analysis, &none, CREATED).unwrap_err();
    assert!(err.to_string().contains("race date"), "{err}");
    let tiny = WatchSettings {
        points: 5,
        ..watch()
    };
    assert!(RaceDay::build(&doc, &analysis, &tiny, CREATED).is_err());
}

#[test]
fn cli_writes_all_four_files_or_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = |n: &str| dir.path().join(n).to_string_lossy().into_owned();
    let (fit, gpx, tcx, wkt) = (path("c.fit"), path("c.gpx"), path("c.tcx"), path("w.fit"));
    let out = common::bin()
        .args([
            "plan",
            &common::sample("nha-trang-luong-son"),
            "--goal",
            "4:30:00",
            "--start",
            "02:30",
            "--race-date",
            "2026-08-09",
            "--fit-course",
            &fit,
            "--gpx-timed",
            &gpx,
            "--tcx-course",
            &tcx,
            "--fit-race-workout",
            &wkt,
            "--watch-over-read",
            "1",
            "--water-km",
            "3,6,9,12,15,18,21,24,27,30,33,36,39",
            "--course-points",
            "800",
        ])
        .output()
        .unwrap();
    common::assert_success(&out);
    let records = fitparser::from_bytes(&std::fs::read(&fit).unwrap()).unwrap();
    let n = records
        .iter()
        .filter(|r| r.kind() == MesgNum::Record)
        .count();
    assert!(n <= 800);
    let first = records
        .iter()
        .find(|r| r.kind() == MesgNum::Record)
        .unwrap();
    // 02:30 in Nha Trang (UTC+7) on 9 August is 19:30Z on 8 August.
    let start = downhill_planner::export::watch::iso_utc(unix(field(first, "timestamp")));
    assert_eq!(start, "2026-08-08T19:30:00Z");
    for f in [&gpx, &tcx, &wkt] {
        assert!(std::fs::metadata(f).unwrap().len() > 1_000);
    }
    let water = records
        .iter()
        .filter(|r| r.kind() == MesgNum::CoursePoint && text(field(r, "type")) == "water");
    assert_eq!(water.count(), 13);
    // One file that cannot be written: none is.
    let dir2 = tempfile::tempdir().unwrap();
    let ok = dir2.path().join("c.fit");
    let bad = dir2.path().join("missing/c.gpx");
    let out = common::bin()
        .args([
            "plan",
            &common::sample("ha-long-bai-chay"),
            "--goal",
            "4:00:00",
        ])
        .args(["--race-date", "2026-06-07", "--fit-course"])
        .arg(&ok)
        .arg("--gpx-timed")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!ok.exists());
}

#[test]
fn cli_refuses_bad_watch_values_in_one_line() {
    let course = common::sample("ha-long-bai-chay");
    let base = [
        "plan",
        course.as_str(),
        "--goal",
        "4:00:00",
        "--fit-course",
        "/tmp/x.fit",
    ];
    for extra in [
        vec![],
        vec!["--race-date", "2026-02-30"],
        vec!["--race-date", "2026-06-07", "--watch-over-read", "5"],
        vec!["--race-date", "2026-06-07", "--water-km", "2.5,x"],
        vec!["--race-date", "2026-06-07", "--course-points", "10"],
        vec!["--race-date", "2026-06-07", "--course-points", "many"],
        vec!["--race-date", "2026-06-07", "--utc-offset", "+25:00"],
    ] {
        common::assert_refused(base.iter().copied().chain(extra));
    }
}
