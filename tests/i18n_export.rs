//! The race card, the command line's readable output and the files follow `--lang`: the
//! Vietnamese race card reads back with Vietnamese headings, the course's Vietnamese names
//! and decimal commas; the English one keeps its English headings; a language we do not
//! have is refused in one line.

mod common;

use common::{assert_refused, bin, sample};

/// `plan` of the Hạ Long sample with a PDF in `lang`; the PDF's text and the summary.
fn race_card(lang: &str) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join(format!("card-{lang}.pdf"));
    let out = bin()
        .env("LC_ALL", "C")
        .args(["plan", &sample("ha-long-bai-chay"), "--goal", "4:15:00"])
        .args(["--race-date", "2030-06-02", "--training-weeks", "8"])
        .arg("--pdf")
        .arg(&pdf)
        .args(["--lang", lang])
        .output()
        .unwrap();
    common::assert_success(&out);
    let bytes = std::fs::read(&pdf).unwrap();
    if let Ok(keep) = std::env::var("I18N_EXPORT_KEEP") {
        std::fs::write(format!("{keep}/race-card-{lang}.pdf"), &bytes).unwrap();
    }
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    (text, String::from_utf8(out.stdout).unwrap())
}

/// Headings of the race card, English and Vietnamese, page by page.
const HEADINGS: [(&str, &str); 5] = [
    ("Race overview", "Tổng quan race"),
    ("Splits per km", "Split từng km"),
    ("Descent strategy, energy and fuel", "Chiến thuật đổ dốc"),
    ("Race morning and catch-up card", "Thẻ bù giờ"),
    ("Downhill training block", "Giáo án chạy đổ dốc"),
];

#[test]
fn the_vietnamese_race_card_reads_back_in_vietnamese() {
    let (text, summary) = race_card("vi");
    for (en, vi) in HEADINGS {
        assert!(text.contains(vi), "{vi} missing in the Vietnamese card");
        assert!(!text.contains(en), "{en} left in English");
    }
    for words in [
        "Các đoạn đổ dốc",
        "Nguyên tắc ngày race",
        "Vòng pace đeo tay",
    ] {
        assert!(text.contains(words), "{words}");
    }
    // The course's landmark, with its Vietnamese name.
    assert!(text.contains("Cầu Bãi Cháy"), "the bridge's name");
    // Decimal commas: the distance box (42,xx km) and the descent kilometres (d,d-d,d).
    let comma_km = text.split("km").any(|part| {
        let tail: String = part.trim_end().chars().rev().take(5).collect();
        let tail: String = tail.chars().rev().collect();
        tail.len() >= 4 && tail.contains(',') && tail.chars().last().unwrap().is_ascii_digit()
    });
    assert!(comma_km, "no number with a decimal comma before km");
    assert!(
        !text.contains("42.2"),
        "a decimal point left in the distance"
    );
    // Dates the Vietnamese way.
    assert!(text.contains("02/06/2030"), "race date as dd/mm/yyyy");
    // The summary on the terminal is Vietnamese too.
    assert!(summary.contains("Các đoạn đổ dốc:"), "{summary}");
    assert!(summary.contains("Mục tiêu 4:15:00"), "{summary}");
}

#[test]
fn the_english_race_card_keeps_its_english_headings() {
    let (text, summary) = race_card("en");
    for (en, vi) in HEADINGS {
        assert!(text.contains(en), "{en} missing in the English card");
        assert!(!text.contains(vi), "{vi} in the English card");
    }
    assert!(text.contains("Race-day rule"));
    assert!(text.contains("Cầu Bãi Cháy"), "the bridge's name");
    assert!(text.contains("2030-06-02"), "race date as yyyy-mm-dd");
    assert!(summary.contains("\nDescents:\n"), "{summary}");
}

#[test]
fn analyze_speaks_the_language_asked_for() {
    let run = |lang: &str| {
        let out = bin()
            .env("LC_ALL", "C")
            .args(["analyze", &sample("ha-long-bai-chay"), "--lang", lang])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let vi = run("vi");
    assert!(vi.contains("Cự ly 42,"), "{vi}");
    assert!(vi.contains("Các đoạn đổ dốc ("), "{vi}");
    assert!(vi.contains("Các đoạn leo dốc ("), "{vi}");
    assert!(vi.contains("Cầu Bãi Cháy"), "{vi}");
    assert!(!vi.contains("Distance "), "{vi}");
    let en = run("en");
    assert!(en.contains("Distance 42."), "{en}");
    assert!(en.contains("\nDescents ("), "{en}");
    // The JSON keys stay English whatever the language.
    let json = bin()
        .args([
            "analyze",
            &sample("ha-long-bai-chay"),
            "--json",
            "--lang",
            "vi",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(v["course"]["distance_m"].is_number(), "{v}");
}

#[test]
fn a_language_we_do_not_have_is_refused_in_one_line() {
    let file = sample("ha-long-bai-chay");
    assert_refused(["analyze", &file, "--lang", "xx"]);
    assert_refused(["plan", &file, "--goal", "4:00:00", "--lang", "xx"]);
    assert_refused(["train", "--goal", "4:00:00", "--lang", "xx"]);
}
