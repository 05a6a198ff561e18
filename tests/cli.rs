//! Command-line contract: exit codes, the one-line error, the JSON shape.

mod common;
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
            "strava, kay or minetti",
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
