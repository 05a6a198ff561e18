//! Race-day plan: invariants over random courses and settings (property tests), even
//! splits on a flat course, sensible plans on the sample races, and the command line.

mod common;
use common::{assert_refused, bin, run_json, sample};

use downhill_planner::course::sample::{CourseSpec, Leg, SAMPLE_RACES};
use downhill_planner::course::{self, AnalysisSettings, Course};
use downhill_planner::document::PLAN_SCHEMA_VERSION;
use downhill_planner::plan::{self, DescentOverride, PaceModel, PlanError, PlanSettings};
use proptest::prelude::*;

fn course_of(legs: Vec<Leg>) -> Course {
    CourseSpec {
        name: "t".into(),
        description: String::new(),
        start_elevation_m: 20.0,
        start_heading_deg: 10.0,
        legs,
        waypoints: vec![],
        anchor: (0.0, 12.0, 109.0),
    }
    .build(10.0)
}

fn plan_for(c: &Course, s: &PlanSettings) -> Result<plan::RacePlan, PlanError> {
    let a = course::analyze(c, &AnalysisSettings::default());
    plan::build_plan(c, &a, &AnalysisSettings::default(), s)
}

#[test]
fn flat_course_gives_even_splits() {
    let c = course_of(vec![Leg::flat(10_000.0)]);
    let s = PlanSettings {
        goal_time_s: 3000.0,
        descent_fatigue: false,
        ..PlanSettings::default()
    };
    let p = plan_for(&c, &s).unwrap();
    assert_eq!(p.splits_km.len(), 10);
    for k in &p.splits_km {
        assert!((k.time_s - 300.0).abs() < 0.01, "{k:?}");
    }
    assert!((p.finish_time_s - 3000.0).abs() < 1e-6);
    assert_eq!(p.splits_km[9].clock, "03:50:00");
    // 60 kg x 3.6 J/kg/m (Minetti polynomial on the flat) x 10 km = 516 kcal.
    assert!(
        (p.energy.total_kcal - 3.6 * 60.0 * 10_000.0 / 4184.0).abs() < 0.5,
        "{}",
        p.energy.total_kcal
    );
    assert_eq!(p.energy.flats_pct, 100.0);
}

#[test]
fn splits_add_up_in_every_view() {
    let race = &SAMPLE_RACES[1];
    let c = race.load().unwrap();
    let p = plan_for(&c, &PlanSettings::default()).unwrap();
    for view in [&p.splits_km, &p.splits_mile, &p.parts, &p.splits_terrain] {
        let sum: f64 = view.iter().map(|s| s.time_s).sum();
        assert!((sum - p.finish_time_s).abs() < 1e-6);
        assert!((view.last().unwrap().end_m - c.distance_m()).abs() < 1e-6);
        assert!(
            view.windows(2)
                .all(|w| (w[0].end_m - w[1].start_m).abs() < 1e-9)
        );
    }
    assert_eq!(p.splits_km.len(), 43);
    assert_eq!(p.splits_mile.len(), 27);
}

#[test]
fn sample_races_give_sensible_plans() {
    for race in SAMPLE_RACES {
        let c = race.load().unwrap();
        let s = PlanSettings {
            goal_time_s: 4.0 * 3600.0,
            ..PlanSettings::default()
        };
        let p = plan_for(&c, &s).unwrap();
        // Flat pace close to the average pace (the courses are mostly flat): within 3 %.
        let avg = s.goal_time_s / (c.distance_m() / 1000.0);
        assert!(
            (p.flat_pace_s_per_km / avg - 1.0).abs() < 0.03,
            "{}: {} vs {avg}",
            race.id,
            p.flat_pace_s_per_km
        );
        // Every descent is planned faster than its flat pace but slower than the model allows
        // (restraint 50 %), and has cues.
        assert!(!p.descent_strategy.is_empty());
        for d in &p.descent_strategy {
            assert!(d.planned_pace_s_per_km < d.flat_pace_s_per_km, "{d:?}");
            assert!(d.planned_pace_s_per_km > d.model_pace_s_per_km, "{d:?}");
            assert!(d.load > 0.0 && d.cues.len() >= 4);
        }
        // A 60 kg marathon costs about 2,000-2,300 kcal (science notes: ~2,060 flat).
        assert!(
            p.energy.total_kcal > 1_950.0 && p.energy.total_kcal < 2_400.0,
            "{}",
            p.energy.total_kcal
        );
        // Gels every 25 min (25 g at 60 g/h) over 4 h, none in the last 15 min: 9.
        assert_eq!(p.fuel.len(), 9, "{:?}", p.fuel);
        assert!(p.fuel.iter().all(|f| {
            !p.descents
                .iter()
                .any(|d| f.distance_m > d.start_m + 1.0 && f.distance_m < d.end_m - 1.0)
        }));
    }
}

#[test]
fn descent_override_caps_the_pace_and_still_hits_the_goal() {
    let c = SAMPLE_RACES[0].load().unwrap();
    let base = PlanSettings {
        goal_time_s: 3.5 * 3600.0,
        downhill_restraint_pct: 0.0,
        ..PlanSettings::default()
    };
    let free = plan_for(&c, &base).unwrap();
    let limit = free.descent_strategy[0].flat_pace_s_per_km; // no faster than flat
    let s = PlanSettings {
        overrides: vec![DescentOverride {
            descent_index: 0,
            name: "x".into(),
            min_pace_s_per_km: Some(limit),
            restraint_pct: None,
        }],
        ..base
    };
    let p = plan_for(&c, &s).unwrap();
    assert!((p.finish_time_s - s.goal_time_s).abs() < 1.0);
    assert!(p.descent_strategy[0].planned_pace_s_per_km >= limit - 0.5 - 1e-6 - 0.01 * limit);
    assert!(
        p.descent_strategy[0].planned_pace_s_per_km
            > free.descent_strategy[0].planned_pace_s_per_km
    );
    // The other bridge crossing keeps its faster pace.
    assert!(p.descent_strategy[1].planned_pace_s_per_km < limit);
}

#[test]
fn impossible_goals_and_bad_settings_are_refused() {
    let c = SAMPLE_RACES[0].load().unwrap();
    let e = plan_for(
        &c,
        &PlanSettings {
            goal_time_s: 3600.0,
            ..PlanSettings::default()
        },
    )
    .unwrap_err();
    assert!(matches!(e, PlanError::ImpossiblyFast { .. }), "{e}");
    let e = plan_for(
        &c,
        &PlanSettings {
            uphill_effort_pct: 140.0,
            ..PlanSettings::default()
        },
    )
    .unwrap_err();
    assert!(e.to_string().contains("uphill effort"), "{e}");
    let e = plan_for(
        &c,
        &PlanSettings {
            mass_kg: f64::NAN,
            ..PlanSettings::default()
        },
    )
    .unwrap_err();
    assert!(matches!(e, PlanError::OutOfRange { .. }));
}

#[test]
fn plan_json_round_trips() {
    let c = SAMPLE_RACES[2].load().unwrap();
    let p = plan_for(&c, &PlanSettings::default()).unwrap();
    let text = serde_json::to_string(&p).unwrap();
    let back: plan::RacePlan = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), text);
    let s: PlanSettings =
        serde_json::from_str(&serde_json::to_string(&p.settings).unwrap()).unwrap();
    assert_eq!(s, p.settings);
}

fn leg_strategy() -> impl Strategy<Value = Vec<Leg>> {
    prop::collection::vec((200.0f64..3_000.0, -80.0f64..80.0), 2..10).prop_map(|v| {
        v.into_iter()
            .map(|(l, r)| Leg::slope(l, r.clamp(-0.15 * l, 0.15 * l)))
            .collect()
    })
}

fn settings_strategy() -> impl Strategy<Value = PlanSettings> {
    (
        0usize..3,
        0.0f64..=100.0,
        0.0f64..=100.0,
        -10.0f64..10.0,
        any::<bool>(),
        0.0f64..=100.0,
        prop::option::of(200.0f64..600.0),
    )
        .prop_map(|(m, up, down, split, fat, strength, cap)| PlanSettings {
            model: PaceModel::ALL[m],
            uphill_effort_pct: up,
            downhill_restraint_pct: down,
            split_pct: split,
            descent_fatigue: fat,
            fatigue_strength_pct: strength,
            overrides: cap
                .map(|c| {
                    vec![DescentOverride {
                        descent_index: 0,
                        name: String::new(),
                        min_pace_s_per_km: Some(c),
                        restraint_pct: Some(30.0),
                    }]
                })
                .unwrap_or_default(),
            ..PlanSettings::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn plan_hits_goal_and_slower_goal_is_never_faster(
        legs in leg_strategy(),
        s in settings_strategy(),
        pace in 240.0f64..600.0,
        slower in 0.0005f64..0.5,
    ) {
        let c = course_of(legs);
        let a = course::analyze(&c, &AnalysisSettings::default());
        let goal = pace * c.distance_m() / 1000.0;
        let s1 = PlanSettings { goal_time_s: goal, ..s.clone() };
        // Overrides too slow for the goal: nothing to check.
        let Ok(sol1) = plan::solve(&a, &s1) else { return Ok(()); };
        let finish: f64 = sol1.time_s.iter().sum();
        prop_assert!((finish - goal).abs() < 1.0, "finish {finish} vs goal {goal}");
        // Up to 50 % slower: at most 15:00/km, inside the planner's range on any course
        // (a fixed number of seconds made a 1 km course slower than walking).
        let s2 = PlanSettings { goal_time_s: goal * (1.0 + slower), ..s.clone() };
        let sol2 = plan::solve(&a, &s2).unwrap();
        for i in 0..sol1.time_s.len() {
            prop_assert!(sol2.time_s[i] >= sol1.time_s[i] - 1e-9, "stretch {i} got faster");
        }
        if s.uphill_effort_pct < 100.0 {
            for i in 0..sol1.time_s.len() {
                if sol1.grade_pct[i] > 0.0 {
                    prop_assert!(
                        sol1.pace_s_per_km[i] >= sol1.flat_pace_s_per_km[i] - 1e-9,
                        "uphill {i} faster than flat"
                    );
                }
            }
        }
    }
}

#[test]
fn cli_plan_json_shape() {
    let file = sample("da-nang-thuan-phuoc");
    let v = run_json([
        "plan", &file, "--goal", "4:15:00", "--start", "02:30", "--json", "-",
    ]);
    for key in [
        "schema_version",
        "course",
        "descents",
        "settings",
        "finish_time_s",
        "splits_km",
        "parts",
        "energy",
        "fuel",
        "descent_strategy",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    let k = &v["splits_km"][0];
    for key in [
        "index",
        "start_m",
        "end_m",
        "time_s",
        "pace_s_per_km",
        "cumulative_s",
        "clock",
        "gain_m",
        "loss_m",
        "avg_grade_pct",
        "energy_kcal",
        "descent_load",
    ] {
        assert!(k.get(key).is_some(), "splits_km[].{key}");
    }
    for key in ["total_kcal", "climbs_pct", "descents_pct", "flats_pct"] {
        assert!(v["energy"].get(key).is_some(), "energy.{key}");
    }
    for key in ["distance_m", "clock", "item"] {
        assert!(v["fuel"][0].get(key).is_some(), "fuel[].{key}");
    }
    assert!((v["finish_time_s"].as_f64().unwrap() - 15_300.0).abs() < 1.0);
    assert_eq!(v["finish_clock"], "06:45:00");
}

#[test]
fn cli_plan_errors() {
    let file = sample("da-nang-thuan-phuoc");
    for args in [
        vec!["--goal", "1:00:00"],
        vec!["--goal", "soon"],
        vec!["--goal", "4:00:00", "--uphill-effort", "150"],
        vec!["--goal", "4:00:00", "--model", "magic"],
        vec!["--goal", "4:00:00", "--mass-kg", "-3"],
    ] {
        assert_refused(["plan", file.as_str()].into_iter().chain(args));
    }
}

#[test]
fn cli_plan_json_file_is_written_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample("ha-long-bai-chay");
    let target = dir.path().join("plan.json");
    let out = bin()
        .args(["plan", &file, "--goal", "3:59:00", "--json"])
        .arg(&target)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(v["schema_version"], PLAN_SCHEMA_VERSION);
    let missing = dir.path().join("no/such/folder/plan.json");
    let out = bin()
        .args(["plan", &file, "--goal", "3:59:00", "--json"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // A write that fails after its temporary file (`.{name}.{pid}.tmp`, next to the target)
    // was made: the target is a folder, so the final rename fails. That file must be gone.
    let blocked = dir.path().join("blocked.json");
    std::fs::create_dir(&blocked).unwrap();
    let out = bin()
        .args(["plan", &file, "--goal", "3:59:00", "--json"])
        .arg(&blocked)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["blocked.json", "plan.json"], "no stray temp file");
    assert_eq!(std::fs::read_dir(&blocked).unwrap().count(), 0);
    let kept: serde_json::Value = serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(
        kept["schema_version"], PLAN_SCHEMA_VERSION,
        "the earlier plan is untouched"
    );
}
