//! Issue 12, as a hostile user would try it: files that are not files, outputs that must be
//! all or nothing, messages that cannot be turned against the terminal, and values out of
//! range. Each case runs the real binary (or the core where the binary cannot reach it).

mod common;
use common::{assert_refused, bin, sample};

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use downhill_planner::course::{Course, LoadError, MAX_COURSE_BYTES};
use downhill_planner::export::{self, ExportError};

/// Runs the binary; asserts the error contract and returns the error line.
fn refused(args: &[&str]) -> String {
    common::refused_with(args)
}

/// Every name in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

// 1. Inputs -----------------------------------------------------------------------------

#[test]
fn a_device_is_refused_before_reading() {
    if !Path::new("/dev/zero").exists() {
        return;
    }
    let start = Instant::now();
    let err = refused(&["analyze", "/dev/zero"]);
    assert!(start.elapsed() < Duration::from_secs(10));
    assert!(err.contains("This is a device, not a GPX file"), "{err}");
    assert!(err.trim_end().ends_with("/dev/zero"), "{err}");
}

#[test]
fn a_folder_is_refused_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let err = refused(&["analyze", s(dir.path())]);
    assert!(err.contains("This is a folder, not a GPX file"), "{err}");
    assert!(err.trim_end().ends_with(s(dir.path())), "{err}");
}

#[cfg(unix)]
#[test]
fn a_pipe_is_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("course.gpx");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here
    }
    let start = Instant::now();
    let err = refused(&["analyze", s(&fifo)]);
    assert!(start.elapsed() < Duration::from_secs(10));
    assert!(err.contains("This is a pipe"), "{err}");
}

#[test]
fn a_file_over_the_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("huge.gpx");
    // Sparse: no disk used, but its length is over the limit.
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(MAX_COURSE_BYTES + 1).unwrap();
    drop(f);
    let start = Instant::now();
    let e = Course::load_path(&big).unwrap_err();
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "read before refusing"
    );
    assert!(
        matches!(e, LoadError::TooLarge { size_bytes: Some(n), .. } if n == MAX_COURSE_BYTES + 1),
        "{e}"
    );
    let err = refused(&["analyze", s(&big)]);
    assert!(err.contains("too large for a course"), "{err}");
}

// 2. Outputs all or nothing ----------------------------------------------------------------

#[test]
fn plan_writes_pdf_and_json_or_neither() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("ok.pdf");
    let folder = dir.path().join("taken");
    std::fs::create_dir(&folder).unwrap();
    let file = sample("ha-long-bai-chay");
    let err = refused(&[
        "plan",
        &file,
        "--goal",
        "4:00:00",
        "--pdf",
        s(&pdf),
        "--json",
        s(&folder),
    ]);
    assert!(err.contains("a folder"), "{err}");
    assert_eq!(names(dir.path()), ["taken"], "PDF or temporary file left");
    // Both work together.
    let json = dir.path().join("plan.json");
    let out = bin()
        .args(["plan", &file, "--goal", "4:00:00", "--pdf", s(&pdf)])
        .args(["--json", s(&json)])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(names(dir.path()), ["ok.pdf", "plan.json", "taken"]);
}

#[test]
fn train_writes_calendar_and_workouts_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("a.ics");
    // The workout folder is a file: nothing may be written.
    let not_dir = dir.path().join("X");
    std::fs::write(&not_dir, b"mine").unwrap();
    let train = ["train", "--goal", "4:00:00", "--ics", s(&ics), "--fit-dir"];
    assert_refused(train.iter().copied().chain([s(&not_dir)]));
    assert_eq!(names(dir.path()), ["X"]);
    // One workout name is taken by a folder: no workout, no calendar, no temporary file.
    let fit = dir.path().join("fit");
    let ok = bin()
        .args(train.iter().copied().chain([s(&fit)]))
        .output()
        .unwrap();
    assert!(ok.status.success());
    let workouts = names(&fit);
    assert!(workouts.len() > 4, "{workouts:?}");
    std::fs::remove_dir_all(&fit).unwrap();
    std::fs::remove_file(&ics).unwrap();
    std::fs::create_dir_all(fit.join(&workouts[workouts.len() / 2])).unwrap();
    let err = String::from_utf8(
        bin()
            .args(train.iter().copied().chain([s(&fit)]))
            .output()
            .unwrap()
            .stderr,
    )
    .unwrap();
    assert!(err.contains("a folder"), "{err}");
    assert_eq!(names(dir.path()), ["X", "fit"]);
    assert_eq!(names(&fit), [workouts[workouts.len() / 2].clone()]);
    // A folder the command made is removed again when it fails.
    let fresh = dir.path().join("fresh");
    let taken = dir.path().join("taken.ics");
    std::fs::create_dir(&taken).unwrap();
    let args = [
        "train",
        "--goal",
        "4:00:00",
        "--ics",
        s(&taken),
        "--fit-dir",
    ];
    assert_refused(args.iter().copied().chain([s(&fresh)]));
    assert!(!fresh.exists());
}

#[test]
fn a_failed_set_puts_every_old_file_back() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.json");
    std::fs::write(&a, b"old a").unwrap();
    let taken = dir.path().join("b");
    std::fs::create_dir(&taken).unwrap();
    let files = vec![(a.clone(), b"new a".to_vec()), (taken, b"b".to_vec())];
    let e = export::write_all_atomic(&files).unwrap_err();
    assert!(e.to_string().contains("nothing was changed"), "{e}");
    assert_eq!(std::fs::read(&a).unwrap(), b"old a");
    assert_eq!(names(dir.path()), ["a.json", "b"]);
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_not_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.json");
    std::fs::write(&target, b"keep").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o444)).unwrap();
    let e = export::write_atomic(&target, b"new").unwrap_err();
    assert!(e.to_string().contains("read-only"), "{e}");
    assert_eq!(std::fs::read(&target).unwrap(), b"keep");
    assert_eq!(names(dir.path()), ["plan.json"]);
}

#[cfg(unix)]
#[test]
fn a_symlink_is_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.json");
    std::fs::write(&real, b"old").unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink("real.json", &link).unwrap();
    export::write_atomic(&link, b"new").unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read(&real).unwrap(), b"new");
    // A link to a file not yet there makes the file.
    let dangling = dir.path().join("later.json");
    std::os::unix::fs::symlink("made.json", &dangling).unwrap();
    export::write_atomic(&dangling, b"made").unwrap();
    assert_eq!(
        std::fs::read(dir.path().join("made.json")).unwrap(),
        b"made"
    );
    assert_eq!(
        names(dir.path()),
        ["later.json", "link.json", "made.json", "real.json"]
    );
}

#[test]
fn a_device_is_not_replaced() {
    let full = Path::new("/dev/full");
    if !full.exists() {
        return;
    }
    let e = export::write_atomic(full, b"x").unwrap_err();
    assert!(e.to_string().contains("a device"), "{e}");
    let meta = std::fs::metadata(full).unwrap();
    assert!(!meta.is_file(), "/dev/full was replaced by a file");
}

#[test]
fn a_long_legal_name_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let name = format!("{}.json", "p".repeat(245)); // 250 bytes
    let target = dir.path().join(&name);
    let out = bin()
        .args(["plan", &sample("ha-long-bai-chay"), "--goal", "4:00:00"])
        .args(["--json", s(&target)])
        .output()
        .unwrap();
    common::assert_success(&out);
    assert_eq!(names(dir.path()), [name]);
}

#[test]
fn an_empty_output_name_is_one_clear_sentence() {
    let err = refused(&[
        "plan",
        &sample("ha-long-bai-chay"),
        "--goal",
        "4:00:00",
        "--json",
        "",
    ]);
    assert!(err.contains("No file name was given"), "{err}");
    assert!(matches!(
        export::write_atomic(Path::new(""), b"x"),
        Err(ExportError::NoFileName)
    ));
}

// 3. Messages ---------------------------------------------------------------------------

#[test]
fn a_failing_stderr_does_not_panic() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let out: Output = bin()
        .args(["analyze", "/no/such/file.gpx"])
        .stderr(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn control_characters_in_names_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let evil = dir.path().join("a\rb\x1b[2J\u{202e}c.gpx");
    let err = refused(&["analyze", s(&evil)]);
    assert!(!err.trim_end().chars().any(char::is_control), "{err:?}");
    assert!(!err.contains('\u{202e}'), "{err:?}");
    assert!(err.contains("a\\rb\\u{1b}[2J\\u{202e}c.gpx"), "{err:?}");
    // A course named with an escape sequence is shown escaped in the summary.
    let gpx = std::fs::read_to_string(sample("ha-long-bai-chay")).unwrap();
    let start = gpx.find("<name>").unwrap() + "<name>".len();
    let end = start + gpx[start..].find("</name>").unwrap();
    let named = format!("{}Evil&#27;[2J&#13;Race{}", &gpx[..start], &gpx[end..]);
    let file = dir.path().join("named.gpx");
    std::fs::write(&file, named).unwrap();
    for args in [
        vec!["analyze", s(&file)],
        vec!["plan", s(&file), "--goal", "4:00:00"],
        vec!["train", "--course", s(&file), "--goal", "4:00:00"],
    ] {
        let out = bin().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            !text.contains('\x1b') && !text.contains('\r'),
            "{args:?}: {text}"
        );
    }
}

// 4. Dates and settings -------------------------------------------------------------------

#[test]
fn negative_times_are_refused() {
    let file = sample("ha-long-bai-chay");
    let err = refused(&["plan", &file, "--goal=-0:30:00"]);
    assert!(err.contains("is not a time"), "{err}");
    let err = refused(&["plan", &file, "--goal", "4:00:00", "--start=-0:30"]);
    assert!(err.contains("is not a time of day"), "{err}");
    assert_refused(["train", "--goal=-4:00:00"]);
}

#[test]
fn race_dates_out_of_range_say_so() {
    let err = refused(&[
        "train",
        "--goal",
        "4:00:00",
        "--race-date",
        "9223372036854775807-12-31",
    ]);
    assert!(err.contains("is not a date"), "{err}");
    let err = refused(&["train", "--goal", "4:00:00", "--race-date", "10000-01-01"]);
    assert!(err.contains("is not a date"), "{err}");
    let today = downhill_planner::date::Date::today();
    let far = today.add_days(6 * 366).to_string();
    let err = refused(&["train", "--goal", "4:00:00", "--race-date", &far]);
    assert!(err.contains("within the next 5 years"), "{err}");
    let err = refused(&[
        "plan",
        &sample("ha-long-bai-chay"),
        "--goal",
        "4:00:00",
        "--race-date",
        &far,
    ]);
    assert!(err.contains("within the next 5 years"), "{err}");
    let old = "1900-01-01";
    let err = refused(&["train", "--goal", "4:00:00", "--race-date", old]);
    assert!(err.contains("the last 50"), "{err}");
    let near = today.add_days(4 * 365).to_string();
    let out = bin()
        .args(["train", "--goal", "4:00:00", "--race-date", &near])
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn a_missing_argument_is_named() {
    let err = refused(&["plan", &sample("ha-long-bai-chay")]);
    assert!(err.contains("--goal"), "{err}");
    let err = refused(&["train"]);
    assert!(err.contains("--goal"), "{err}");
}

#[test]
fn messages_never_end_with_an_empty_path() {
    let dir = tempfile::tempdir().unwrap();
    let folder: PathBuf = dir.path().to_path_buf();
    for err in [
        refused(&["analyze", s(&folder)]),
        refused(&[
            "plan",
            &sample("ha-long-bai-chay"),
            "--goal",
            "4:00:00",
            "--json",
            "",
        ]),
    ] {
        let line = err.trim_end();
        assert!(!line.ends_with(": ") && !line.ends_with(':'), "{err}");
    }
}

#[test]
fn a_stream_of_nul_bytes_is_refused_without_reading_it_all() {
    use std::io::Read;
    /// Counts the bytes taken from the stream.
    struct Counting<R>(R, std::rc::Rc<std::cell::Cell<u64>>);
    impl<R: Read> Read for Counting<R> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.0.read(buf)?;
            self.1.set(self.1.get() + n as u64);
            Ok(n)
        }
    }
    let taken = std::rc::Rc::new(std::cell::Cell::new(0));
    let zeros = Counting(std::io::repeat(0).take(1 << 30), taken.clone());
    let reader = std::io::BufReader::with_capacity(256 * 1024, zeros);
    let e = downhill_planner::course::import::read_gpx(reader, None).unwrap_err();
    assert!(matches!(e, LoadError::NotXml), "{e}");
    assert!(taken.get() <= 1 << 20, "{} bytes read", taken.get());
}

#[test]
fn plan_files_that_are_not_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let e = export::read_limited(dir.path(), export::MAX_PLAN_FILE_BYTES).unwrap_err();
    assert!(e.to_string().contains("it is a folder, not a file"), "{e}");
    if Path::new("/dev/zero").exists() {
        let start = Instant::now();
        let e = export::read_limited(Path::new("/dev/zero"), 1 << 20).unwrap_err();
        assert!(e.to_string().contains("a device"), "{e}");
        assert!(start.elapsed() < Duration::from_secs(5));
    }
    let big = dir.path().join("big.json");
    std::fs::write(&big, vec![b' '; 2048]).unwrap();
    let e = export::read_limited(&big, 1024).unwrap_err();
    assert!(e.to_string().contains("larger than"), "{e}");
    assert_eq!(export::read_limited(&big, 4096).unwrap().len(), 2048);
}
