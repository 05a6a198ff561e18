//! Error sentences follow the thread's language: a bad GPX, a setting out of range, a bad
//! weather file or training block read in Vietnamese, and English is as before.

mod common;

use std::path::{Path, PathBuf};

use downhill_planner::course::Course;
use downhill_planner::i18n::{Lang, with_lang};

/// A scratch folder for this test (removed first, so a rerun starts clean).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dhp-i18n-errors-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn load_error(lang: Lang, path: &Path) -> String {
    with_lang(lang, || Course::load_path(path).unwrap_err().to_string())
}

#[test]
fn a_missing_gpx_is_named_in_either_language() {
    let dir = scratch("missing");
    let path = dir.join("đèo-hải-vân.gpx");
    let shown = path.display().to_string();
    assert_eq!(
        load_error(Lang::En, &path),
        format!("Could not read the file (no such file): {shown}")
    );
    assert_eq!(
        load_error(Lang::Vi, &path),
        format!("Không đọc được file (không có file này): {shown}")
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_bad_gpx_reads_in_vietnamese_on_the_command_line_and_names_the_file() {
    let dir = scratch("kml");
    let path = dir.join("race.gpx");
    std::fs::write(&path, "<?xml version=\"1.0\"?><kml><Document/></kml>").unwrap();
    let run = |lang: &str| {
        let out = common::bin()
            .args(["analyze", "--lang", lang])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap()
    };
    let shown = path.display();
    assert_eq!(
        run("en").trim_end(),
        format!(
            "error: This is a KML file, not GPX; export the course as GPX from your app and \
             try again ({shown})"
        )
    );
    let vi = run("vi");
    assert_eq!(
        vi.trim_end(),
        format!(
            "error: Đây là file KML, không phải GPX; hãy xuất đường chạy ra GPX \
             từ app của bạn rồi thử lại ({shown})"
        )
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn only_waypoints_counts_them_in_both_languages() {
    let gpx = |n: usize| {
        let wpts: String = (0..n)
            .map(|i| format!("<wpt lat=\"16.0\" lon=\"108.{i}\"><name>W{i}</name></wpt>"))
            .collect();
        format!("<?xml version=\"1.0\"?><gpx version=\"1.1\">{wpts}</gpx>")
    };
    let err = |lang, n| {
        with_lang(lang, || {
            Course::load_bytes(gpx(n).as_bytes(), None)
                .unwrap_err()
                .to_string()
        })
    };
    let tail = "; it needs a recorded or planned course.";
    assert_eq!(
        err(Lang::En, 1),
        format!("The GPX file has no track or route points (only 1 waypoint){tail}")
    );
    assert_eq!(
        err(Lang::En, 3),
        format!("The GPX file has no track or route points (only 3 waypoints){tail}")
    );
    assert_eq!(
        err(Lang::Vi, 3),
        "File GPX không có điểm track hay route nào (chỉ có 3 waypoint); \
         cần một đường chạy đã ghi hoặc đã vẽ."
    );
}

#[test]
fn a_setting_out_of_range_is_named_in_vietnamese_with_a_decimal_comma() {
    use downhill_planner::plan::PlanSettings;
    let settings = PlanSettings {
        watch_over_read_pct: 3.5,
        ..PlanSettings::default()
    };
    let en = with_lang(Lang::En, || settings.validate().unwrap_err().to_string());
    assert_eq!(
        en,
        "The setting \"watch over-read (%)\" must be between 0 and 3 (it was 3.5)."
    );
    let vi = with_lang(Lang::Vi, || settings.validate().unwrap_err().to_string());
    assert_eq!(
        vi,
        "Mục \"đồng hồ đo dư (%)\" phải trong khoảng 0 đến 3 (đang là 3,5)."
    );
}

#[test]
fn a_bad_weather_row_is_named_in_vietnamese() {
    use downhill_planner::plan::Conditions;
    let text = "time,temp_c,dewpoint_c\n03:00,26,29\n";
    let en = with_lang(Lang::En, || {
        Conditions::parse_weather_csv(text).unwrap_err()
    });
    assert_eq!(
        en,
        "row 2 of the weather file (03:00,26,29): the dew point cannot be above the air \
         temperature"
    );
    let vi = with_lang(Lang::Vi, || {
        Conditions::parse_weather_csv(text).unwrap_err()
    });
    assert_eq!(
        vi,
        "dòng 2 của file thời tiết (03:00,26,29): điểm sương không thể cao \
         hơn nhiệt độ không khí"
    );
}

#[test]
fn a_training_block_too_close_to_the_race_reads_in_vietnamese() {
    use downhill_planner::date::Date;
    use downhill_planner::training::TrainingError;
    let e = TrainingError::TooSoon {
        race: Date::from_ymd(2025, 11, 16).unwrap(),
        today: Date::from_ymd(2025, 10, 1).unwrap(),
        weeks: 12,
    };
    assert_eq!(
        with_lang(Lang::En, || e.to_string()),
        "The race date 2025-11-16 is less than 12 weeks away from 2025-10-01; choose fewer \
         weeks or a later race."
    );
    assert_eq!(
        with_lang(Lang::Vi, || e.to_string()),
        "Ngày race 16/11/2025 cách 01/10/2025 chưa tới 12 tuần; hãy chọn ít \
         tuần hơn hoặc một race muộn hơn."
    );
}
