//! Race-day conditions in the plan: the heat model by the clock (property tests: keep-goal
//! finishes on the goal for any table, a hotter table never makes a stretch faster with
//! keep-effort, a cool table changes nothing), a crowded start repaid only on flats, the
//! catch-up card, fluids, and the typical mornings of the sample races.

use downhill_planner::course::sample::SAMPLE_RACES;
use downhill_planner::course::{self, Analysis, AnalysisSettings};
use downhill_planner::plan::{self, Conditions, HeatMode, PlanSettings, WeatherRow};
use proptest::prelude::*;

/// The Nha Trang sample (a pass and flats), analysed.
fn nha_trang() -> Analysis {
    let race = SAMPLE_RACES
        .iter()
        .find(|r| r.id == "nha-trang-luong-son")
        .expect("sample");
    course::analyze(&race.load().expect("loads"), &AnalysisSettings::default())
}

fn rows(temps: &[(f64, f64)], start_clock_s: f64) -> Vec<WeatherRow> {
    temps
        .iter()
        .enumerate()
        .map(|(k, (t, d))| WeatherRow {
            clock_s: (start_clock_s + k as f64 * 3600.0) % 86_400.0,
            temp_c: *t,
            dewpoint_c: d.min(*t),
        })
        .collect()
}

fn with_weather(weather: Vec<WeatherRow>, mode: HeatMode) -> PlanSettings {
    PlanSettings {
        goal_time_s: 4.5 * 3600.0,
        conditions: Conditions {
            weather,
            mode,
            ..Conditions::default()
        },
        ..PlanSettings::default()
    }
}

fn table_strategy() -> impl Strategy<Value = Vec<(f64, f64)>> {
    prop::collection::vec((10.0f64..40.0, 0.0f64..1.0), 1..8).prop_map(|v| {
        v.into_iter()
            .map(|(t, share)| (t, t - 15.0 * share))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn keep_goal_finishes_on_the_goal_for_any_table(table in table_strategy()) {
        let a = nha_trang();
        let s = with_weather(rows(&table, 3.0 * 3600.0), HeatMode::KeepGoal);
        let sol = plan::solve(&a, &s).expect("plan");
        let finish: f64 = sol.time_s.iter().sum();
        prop_assert!((finish - s.goal_time_s).abs() <= 1.0, "{finish}");
        prop_assert!(sol.finish_same_effort_s >= s.goal_time_s - 1.0);
    }

    #[test]
    fn a_hotter_table_never_makes_a_stretch_faster_with_keep_effort(
        table in table_strategy(),
        warmer in 0.0f64..8.0,
    ) {
        let a = nha_trang();
        let cool = with_weather(rows(&table, 3.0 * 3600.0), HeatMode::KeepEffort);
        let hot_table: Vec<(f64, f64)> =
            table.iter().map(|(t, d)| (t + warmer, d + warmer)).collect();
        let hot = with_weather(rows(&hot_table, 3.0 * 3600.0), HeatMode::KeepEffort);
        let (c, h) = (plan::solve(&a, &cool).expect("plan"), plan::solve(&a, &hot).expect("plan"));
        for i in 0..c.time_s.len() {
            prop_assert!(h.time_s[i] >= c.time_s[i] - 1e-9, "stretch {i}");
        }
    }
}

#[test]
fn a_table_below_the_threshold_changes_nothing() {
    let a = nha_trang();
    let none = plan::solve(&a, &with_weather(Vec::new(), HeatMode::KeepGoal)).expect("plan");
    // 10 °C and a 5 °C dew point: Hadley's sum 91 °F, under 100.
    for mode in [HeatMode::KeepGoal, HeatMode::KeepEffort] {
        let cool = with_weather(rows(&[(10.0, 5.0); 6], 3.0 * 3600.0), mode);
        let sol = plan::solve(&a, &cool).expect("plan");
        assert_eq!(sol.time_s, none.time_s);
        assert_eq!(sol.finish_same_effort_s, none.finish_same_effort_s);
    }
}

#[test]
fn keep_goal_runs_the_cool_kilometres_faster_and_keep_effort_finishes_later() {
    let a = nha_trang();
    let race = Conditions::default()
        .with_typical("nha-trang-luong-son")
        .expect("preset");
    let base = PlanSettings {
        goal_time_s: 4.5 * 3600.0,
        start_clock_s: 2.5 * 3600.0,
        ..PlanSettings::default()
    };
    let plain = plan::solve(&a, &base).expect("plan");
    let keep_goal = PlanSettings {
        conditions: race.clone(),
        ..base.clone()
    };
    let g = plan::solve(&a, &keep_goal).expect("plan");
    // The coolest stretch (about 05:00, before sunrise) takes more of the work, the hottest
    // (the finish, after sunrise) less.
    let arg = |better: fn(f64, f64) -> bool| {
        (0..g.heat_mult.len())
            .reduce(|k, i| {
                if better(g.heat_mult[i], g.heat_mult[k]) {
                    i
                } else {
                    k
                }
            })
            .expect("stretches")
    };
    let (coolest, hottest) = (arg(|a, b| a < b), arg(|a, b| a > b));
    assert!(
        g.pace_s_per_km[coolest] < plain.pace_s_per_km[coolest],
        "coolest faster"
    );
    assert!(
        g.pace_s_per_km[hottest] > plain.pace_s_per_km[hottest],
        "hottest slower"
    );
    assert!(g.start_m[hottest] > g.start_m[coolest]);
    assert!(g.finish_same_effort_s > base.goal_time_s + 60.0);
    let keep_effort = PlanSettings {
        conditions: Conditions {
            mode: HeatMode::KeepEffort,
            ..race
        },
        ..base.clone()
    };
    let e = plan::solve(&a, &keep_effort).expect("plan");
    let finish: f64 = e.time_s.iter().sum();
    assert!((finish - g.finish_same_effort_s).abs() < 1.0, "{finish}");
    // The report: sunrise, the table with humidity, the model's source, the slowdown per km.
    let p = plan::build_plan(
        &SAMPLE_RACES[2].load().expect("loads"),
        &a,
        &AnalysisSettings::default(),
        &keep_goal,
    )
    .expect("plan");
    let c = p.conditions.expect("conditions");
    assert_eq!(c.sunrise.as_deref(), Some("05:32"));
    assert!(c.model.starts_with("Hadley") && !c.source.is_empty());
    assert!(
        c.table
            .iter()
            .all(|r| r.humidity_pct > 60.0 && r.humidity_pct <= 100.0)
    );
    let heat = p.heat.expect("heat");
    assert_eq!(heat.slowdown_pct_per_km.len(), p.splits_km.len());
    assert!(heat.slowdown_pct_per_km.last() > heat.slowdown_pct_per_km.first());
    let fluids = p.fluids.expect("fluids");
    assert!((0.5..=2.0).contains(&fluids.sweat_rate_l_h), "{fluids:?}");
    assert!(fluids.drink_l_per_h <= 0.8 && fluids.caution.contains("thirst"));
    assert!((300.0..=700.0).contains(&fluids.sodium_mg_per_h));
}

#[test]
fn a_crowded_start_is_won_back_on_the_flats_never_on_a_descent() {
    let a = nha_trang();
    let base = PlanSettings {
        goal_time_s: 4.5 * 3600.0,
        ..PlanSettings::default()
    };
    let plain = plan::solve(&a, &base).expect("plan");
    let mut crowded = base.clone();
    crowded.conditions.start_delay_s = 90.0;
    crowded.conditions.start_delay_km = 2.0;
    let sol = plan::solve(&a, &crowded).expect("plan");
    let finish: f64 = sol.time_s.iter().sum();
    assert!((finish - base.goal_time_s).abs() <= 1.0, "{finish}");
    assert_eq!(sol.start_delay_repaid_s, 90.0);
    let first_2km = |s: &plan::Solution| -> f64 {
        (0..s.time_s.len())
            .filter(|&i| s.start_m[i] < 2_000.0)
            .map(|i| s.time_s[i])
            .sum()
    };
    assert!((first_2km(&sol) - first_2km(&plain) - 90.0).abs() < 1e-6);
    for i in 0..sol.time_s.len() {
        if sol.descent[i].is_some() {
            assert!(
                (sol.time_s[i] - plain.time_s[i]).abs() < 1e-9,
                "descent stretch {i}"
            );
        }
    }
    // Keep my effort: the seconds are not won back, the finish is later.
    crowded.conditions.mode = HeatMode::KeepEffort;
    let later = plan::solve(&a, &crowded).expect("plan");
    let finish: f64 = later.time_s.iter().sum();
    assert!((finish - base.goal_time_s - 90.0).abs() <= 1.0, "{finish}");
}

#[test]
fn the_catch_up_card_wins_time_on_flats_only_or_lets_it_go() {
    let a = nha_trang();
    let mut s = PlanSettings {
        goal_time_s: 4.5 * 3600.0,
        ..PlanSettings::default()
    };
    s.conditions.goal_b_s = Some(4.75 * 3600.0);
    let p = plan::build_plan(
        &SAMPLE_RACES[2].load().expect("loads"),
        &a,
        &AnalysisSettings::default(),
        &s,
    )
    .expect("plan");
    let card = &p.catch_up;
    assert_eq!(card.len(), 8, "every 5 km up to 40: {card:?}");
    let flat = p.flat_pace_s_per_km;
    for row in card {
        assert!(row.elapsed_b.is_some());
        for cell in &row.deficits {
            if let Some(pace) = cell.flat_pace_s_per_km {
                // A little faster on the flats (never more than 3 % faster than planned
                // there); descents are not on the card at all.
                assert!(pace >= flat * 0.96, "{row:?}");
                assert!(cell.text.ends_with("on the flats"));
            } else {
                assert_eq!(cell.text, "let it go");
            }
        }
    }
    // Early, 15 s comes back easily; at 40 km, two minutes cannot.
    assert!(card[0].deficits[0].flat_pace_s_per_km.is_some());
    assert!(card[7].deficits[3].flat_pace_s_per_km.is_none());
}

#[test]
fn a_plan_with_conditions_validates_against_the_schema() {
    let schema = common::plan_schema();
    let validator = jsonschema::validator_for(&schema).expect("validator");
    let course = SAMPLE_RACES[2].load().expect("loads");
    let a = nha_trang();
    let mut s = PlanSettings {
        conditions: Conditions::default()
            .with_typical("nha-trang-luong-son")
            .expect("preset"),
        ..PlanSettings::default()
    };
    s.conditions.sweat_rate_l_h = Some(1.1);
    s.conditions.goal_b_s = Some(4.75 * 3600.0);
    let p = plan::build_plan(&course, &a, &AnalysisSettings::default(), &s).expect("plan");
    let doc = downhill_planner::document::PlanDocument::new(None, p, None);
    let v = serde_json::to_value(&doc).expect("json");
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(v["fluids"]["sweat_rate_source"], "measured by you");
    let mut broken = v.clone();
    broken["conditions"]["mode"] = "keep_cool".into();
    assert!(!validator.is_valid(&broken));
}

mod common;

#[test]
fn the_command_line_reads_the_weather_and_refuses_a_bad_row_in_one_sentence() {
    let dir = tempfile::tempdir().expect("dir");
    let csv = dir.path().join("weather.csv");
    std::fs::write(
        &csv,
        "time,temp_c,dewpoint_c\n02:30,26,24.5\n05:00,25.2,24.5\n07:00,27.1,24.5\n",
    )
    .expect("write");
    let gpx = common::sample("nha-trang-luong-son");
    let v = common::run_json([
        "plan",
        &gpx,
        "--goal",
        "4:30:00",
        "--start",
        "02:30",
        "--weather",
        csv.to_str().expect("path"),
        "--heat",
        "keep-effort",
        "--acclimatised",
        "--start-delay-s",
        "60",
        "--goal-b",
        "4:45:00",
        "--json",
        "-",
    ]);
    assert_eq!(v["conditions"]["mode"], "keep_effort");
    assert_eq!(v["conditions"]["acclimatised"], true);
    assert_eq!(v["conditions"]["table"].as_array().expect("rows").len(), 3);
    let same = v["heat"]["finish_same_effort_s"].as_f64().expect("finish");
    assert!((v["finish_time_s"].as_f64().expect("finish") - same).abs() < 1.0);
    assert!(same > 4.5 * 3600.0 + 60.0);
    assert!(v["catch_up"][0]["elapsed_b"].is_string());
    std::fs::write(
        &csv,
        "time,temp_c,dewpoint_c\n02:30,26,24.5\n03:30,hot,24\n",
    )
    .expect("write");
    let err = common::refused_with(&[
        "plan",
        &gpx,
        "--goal",
        "4:30:00",
        "--weather",
        csv.to_str().expect("path"),
    ]);
    assert!(
        err.contains("row 3") && err.contains("not a number"),
        "{err}"
    );
    common::assert_refused(["plan", &gpx, "--goal", "4:30:00", "--heat", "keep-cool"]);
    common::assert_refused(["plan", &gpx, "--goal", "4:30:00", "--sweat-rate-l-h", "9"]);
}

#[test]
fn the_race_card_prints_the_conditions_and_the_catch_up_card() {
    let course = SAMPLE_RACES[2].load().expect("loads");
    let mut settings = downhill_planner::document::DocumentSettings::default();
    settings.plan.start_clock_s = 2.5 * 3600.0;
    settings.plan.conditions = Conditions::default()
        .with_typical("nha-trang-luong-son")
        .expect("preset");
    settings.plan.conditions.goal_b_s = Some(4.75 * 3600.0);
    let today = downhill_planner::date::Date::parse("2026-11-26").expect("date");
    let (a, doc) =
        downhill_planner::document::build(&course, None, &settings, None, today).expect("plan");
    let bytes = downhill_planner::export::pdf::render(
        &doc,
        &a.profile,
        downhill_planner::export::pdf::Paper::A4,
    )
    .expect("pdf");
    let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes).expect("text");
    let page = pages
        .iter()
        .find(|t| t.contains("Race morning and catch-up card"))
        .expect("the race-morning page");
    for needle in [
        "Heat: keep my goal",
        "sunrise 05:32",
        "Conditions",
        "Model: Hadley",
        "Fluids and sodium",
        "hyponatraemia",
        "Catch-up card",
        "B goal",
        "let it go",
    ] {
        assert!(page.contains(needle), "{needle}: {page}");
    }
}
