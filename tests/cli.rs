//! Command-line contract: exit codes, the one-line error, the JSON shape.

mod common;
use std::ffi::OsStr;

use common::{assert_refused, bin, run_json, sample};

#[test]
fn analyze_json_has_the_documented_shape() {
    let v = run_json(["analyze", &sample("ha-long-bai-chay"), "--json"]);
    for key in [
        "name",
        "distance_m",
        "gain_m",
        "loss_m",
        "min_elevation_m",
        "max_elevation_m",
        "points",
        "has_elevation",
    ] {
        assert!(v["course"].get(key).is_some(), "course.{key}");
    }
    let d = &v["descents"][0];
    for key in [
        "name",
        "kind",
        "start_m",
        "end_m",
        "drop_m",
        "avg_grade_pct",
        "max_grade_pct",
        "score",
        "category",
    ] {
        assert!(d.get(key).is_some(), "descents[].{key}");
    }
    assert_eq!(d["kind"], "bridge");
    assert!(d["avg_grade_pct"].as_f64().unwrap() < 0.0);
    let c = &v["climbs"][0];
    for key in [
        "name",
        "start_m",
        "end_m",
        "gain_m",
        "avg_grade_pct",
        "max_grade_pct",
        "score",
        "category",
    ] {
        assert!(c.get(key).is_some(), "climbs[].{key}");
    }
    assert!(v["warnings"].is_array());
    assert_eq!(v["settings"]["profile"]["spacing_m"], 10.0);
    assert!(
        v["settings"]["method"]
            .as_str()
            .unwrap()
            .contains("moving average")
    );
}

#[test]
fn analyze_text_lists_descents() {
    let out = bin()
        .args(["analyze", &sample("nha-trang-luong-son")])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Đèo Lương Sơn"), "{text}");
    assert!(text.contains("pass"));
    assert!(text.contains("Distance 42.2"));
}

#[test]
fn bad_files_exit_2_with_one_error_line() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("course.gpx");
    std::fs::write(&html, "<html><body>Not found</body></html>").unwrap();
    for path in [
        html.to_str().unwrap().to_string(),
        dir.path()
            .join("missing.gpx")
            .to_string_lossy()
            .into_owned(),
    ] {
        assert_refused(["analyze", &path, "--json"]);
    }
}

#[test]
fn a_closed_standard_output_ends_quietly() {
    use std::io::BufRead;
    use std::process::Stdio;
    let file = sample("nha-trang-luong-son");
    let args = [
        "plan",
        file.as_str(),
        "--goal",
        "4:00:00",
        "--training-weeks",
        "16",
        "--json",
        "-",
    ];
    // More than a pipe holds (64 KiB on Linux): the command is still writing when the pipe
    // closes, so it meets the closed pipe for sure.
    let whole = bin().args(args).output().unwrap();
    assert!(whole.status.success() && whole.stdout.len() > 96 * 1024);
    let mut child = bin()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut first = String::new();
    // A small buffer reads little more than the first line; dropping the reader closes the pipe,
    // as `| head -1` does.
    std::io::BufReader::with_capacity(16, stdout)
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "{\n");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn a_bad_choice_names_the_choices_on_one_line() {
    let file = sample("da-nang-thuan-phuoc");
    for (args, choices) in [
        (
            vec!["plan", &file, "--goal", "4:00:00", "--model", "magic"],
            "strava, kay, minetti or personal",
        ),
        (
            vec!["plan", &file, "--goal", "4:00:00", "--paper", "b5"],
            "a4 or letter",
        ),
        (
            vec!["train", "--goal", "4:00:00", "--experience", "pro"],
            "new, some or experienced",
        ),
    ] {
        assert_refused(&args);
        let err = String::from_utf8(bin().args(&args).output().unwrap().stderr).unwrap();
        assert!(
            err.contains(&format!("; use {choices} (see --help)")),
            "{err}"
        );
    }
}

#[test]
fn a_full_disk_on_standard_output_is_still_an_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // no /dev/full on this system
    };
    let out = bin()
        .args(["analyze", &sample("ha-long-bai-chay"), "--json"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("error: ") && err.lines().count() == 1,
        "{err}"
    );
}

/// A plan of the Da Nang sample saved by `plan --json -`.
fn saved_plan() -> serde_json::Value {
    run_json([
        "plan",
        &sample("da-nang-thuan-phuoc"),
        "--goal",
        "4:10:00",
        "--json",
        "-",
    ])
}

/// `plan --from FILE --json -`.
fn plan_from(file: &std::path::Path) -> serde_json::Value {
    run_json(
        [OsStr::new("plan"), OsStr::new("--from"), file.as_os_str()]
            .iter()
            .chain([OsStr::new("--json"), OsStr::new("-")].iter()),
    )
}

/// `plan --from`: a saved plan with the runner's corrections (rename, re-kind, delete, add,
/// a marked stretch, official figures) is planned again with them.
#[test]
fn plan_from_a_saved_corrected_plan_recreates_its_exports() {
    let dir = tempfile::tempdir().unwrap();
    let mut saved = saved_plan();
    assert_eq!(saved["schema_version"], 2);
    let descents = saved["descents"].as_array().unwrap().clone();
    assert!(descents.len() >= 2, "{descents:?}");
    let found = |k: usize| serde_json::json!([descents[k]["start_m"], descents[k]["end_m"]]);
    let (s0, e0) = (
        descents[0]["start_m"].as_f64().unwrap(),
        descents[0]["end_m"].as_f64().unwrap(),
    );
    let ramp_end = s0 + 0.6 * (e0 - s0);
    saved["analysis_settings"]["corrections"] = serde_json::json!({
        "official": { "distance_m": 42_195.0, "gain_m": 150.0 },
        "stretches": [{ "start_m": 30_000.0, "end_m": 30_400.0, "kind": "bad_elevation" }],
        "descents": [
            { "found": found(1), "name": "Cầu Thuận Phước (west ramp)", "kind": "pass" },
            { "found": found(0), "deleted": true },
            { "start_m": descents[0]["start_m"], "end_m": ramp_end,
              "name": "Bridge ramp from the briefing" }
        ]
    });
    let plan_file = dir.path().join("corrected.json");
    std::fs::write(&plan_file, serde_json::to_vec(&saved).unwrap()).unwrap();
    let (pdf, json) = (dir.path().join("card.pdf"), dir.path().join("again.json"));
    let out = bin()
        .args(["plan", "--from"])
        .arg(&plan_file)
        .arg("--pdf")
        .arg(&pdf)
        .arg("--json")
        .arg(&json)
        .output()
        .unwrap();
    common::assert_success(&out);
    assert!(std::fs::metadata(&pdf).unwrap().len() > 1_000);
    let again: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let list = again["descents"].as_array().unwrap();
    let named = |name: &str| list.iter().find(|d| d["name"] == name);
    assert!(named("Bridge ramp from the briefing").is_some(), "{list:?}");
    assert_eq!(
        list.len(),
        descents.len(),
        "one deleted, one added: {list:?}"
    );
    let renamed = named("Cầu Thuận Phước (west ramp)").expect("renamed");
    assert_eq!(renamed["kind"], "pass");
    assert_eq!(renamed["edited_by_runner"], true);
    assert_eq!(again["course"]["distance_m"], 42_195.0);
    assert_eq!(again["course"]["official"]["gain_m"], 150.0);
    let gain = again["course"]["gain_m"].as_f64().unwrap();
    assert!((gain - 150.0).abs() < 2.0, "{gain}");
    let finish = again["finish_time_s"].as_f64().unwrap();
    assert!((finish - 15_000.0).abs() < 1.0, "{finish}");
    let quality = again["course"]["elevation_quality"].to_string();
    assert!(quality.contains("bad elevation marked by you"), "{quality}");
    // The corrections travel on: planning the re-created plan again gives the same plan.
    let third = plan_from(&json);
    assert_eq!(third["descents"], again["descents"]);
    assert_eq!(third["splits_km"], again["splits_km"]);
}

/// A version 1 plan file (before corrections) still opens with `--from`.
#[test]
fn plan_from_opens_a_version_1_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut saved = saved_plan();
    let count = saved["descents"].as_array().unwrap().len();
    saved["schema_version"] = 1.into();
    let plan_file = dir.path().join("v1.json");
    std::fs::write(&plan_file, serde_json::to_vec(&saved).unwrap()).unwrap();
    let v1 = plan_from(&plan_file);
    assert_eq!(v1["descents"].as_array().unwrap().len(), count);
    assert_eq!(v1["schema_version"], 2);
    assert_eq!(v1["splits_km"], saved["splits_km"]);
}

#[test]
fn plan_from_refuses_what_it_cannot_use_in_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.json");
    assert_refused([
        OsStr::new("plan"),
        OsStr::new("--from"),
        missing.as_os_str(),
    ]);
    let not_plan = dir.path().join("not.json");
    std::fs::write(&not_plan, b"{\"hello\": 1}").unwrap();
    assert_refused([
        OsStr::new("plan"),
        OsStr::new("--from"),
        not_plan.as_os_str(),
    ]);
    // Neither a file nor --from.
    assert_refused(["plan", "--goal", "4:00:00"]);
}

/// `history` prints the curve of a folder of runs; `plan --model personal` uses it.
#[test]
fn history_and_the_personal_model() {
    use downhill_planner::history::synth;
    let dir = tempfile::tempdir().unwrap();
    let runs = dir.path().join("runs");
    std::fs::create_dir(&runs).unwrap();
    for i in 0..8 {
        let pts = synth::activity(i, 8_000.0, 1_590_991_200.0 + i as f64 * 86_400.0);
        std::fs::write(runs.join(format!("{i}.gpx")), synth::to_gpx(&pts)).unwrap();
    }
    let cache = dir.path().join("cache.json");
    let bin = env!("CARGO_BIN_EXE_downhill-planner");
    let out = std::process::Command::new(bin)
        .args(["history", runs.to_str().unwrap(), "--json", "-", "--cache"])
        .arg(&cache)
        .output()
        .unwrap();
    common::assert_success(&out);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["runs_used"], 8);
    assert_eq!(v["curve"]["bins"].as_array().unwrap().len(), 51);
    assert!(v["left_out"]["stops"].as_u64().unwrap() >= 24);
    assert!(v["downhill_m_6_weeks_to_latest"].as_f64().unwrap() > 500.0);
    let course = env!("CARGO_MANIFEST_DIR").to_string() + "/assets/samples/ha-long-bai-chay.gpx";
    let plan = std::process::Command::new(bin)
        .env("XDG_CACHE_HOME", dir.path())
        .args([
            "plan", &course, "--goal", "4:30:00", "--model", "personal", "--json", "-",
        ])
        .arg("--history")
        .arg(&runs)
        .output()
        .unwrap();
    common::assert_success(&plan);
    let p: serde_json::Value = serde_json::from_slice(&plan.stdout).unwrap();
    assert_eq!(p["settings"]["model"], "personal");
    assert_eq!(p["settings"]["personal"]["activities"], 8);
    // Without runs, or with a folder of none: exit 2 and one error line.
    for extra in [
        &[][..],
        &["--history", dir.path().join("none").to_str().unwrap()][..],
    ] {
        let bad = std::process::Command::new(bin)
            .args(["plan", &course, "--goal", "4:30:00", "--model", "personal"])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(bad.status.code(), Some(2));
        let err = String::from_utf8_lossy(&bad.stderr);
        assert!(
            err.starts_with("error: ") && err.lines().count() == 1,
            "{err}"
        );
    }
}

/// `--version` and `-V` print the name and the version of Cargo.toml, and exit 0.
#[test]
fn version_prints_name_and_package_version() {
    for flag in ["--version", "-V"] {
        let out = bin().arg(flag).output().unwrap();
        assert!(out.status.success(), "{flag}");
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            format!("downhill-planner {}\n", env!("CARGO_PKG_VERSION")),
            "{flag}"
        );
        assert!(out.stderr.is_empty(), "{flag}");
    }
}

/// No arguments (the desktop entry without a file) and a lone file open the app: neither is
/// read as a subcommand nor refused.
#[test]
fn no_arguments_or_a_file_open_the_app() {
    use clap::Parser;
    use downhill_planner::cli::Cli;
    let bare = Cli::try_parse_from(["downhill-planner"]).unwrap();
    assert!(bare.command.is_none() && bare.file.is_none());
    let file = Cli::try_parse_from(["downhill-planner", "course.gpx"]).unwrap();
    assert!(file.command.is_none());
    assert_eq!(file.file.unwrap(), std::path::Path::new("course.gpx"));
}
