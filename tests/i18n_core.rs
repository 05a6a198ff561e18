//! The core's texts follow the thread's language: descents named from the gazetteer take
//! the landmark's Vietnamese name, cues read in Vietnamese, and English is as before.

use downhill_planner::course::sample::SAMPLE_RACES;
use downhill_planner::course::{self, AnalysisSettings, Course};
use downhill_planner::i18n::{Lang, with_lang};
use downhill_planner::plan::{self, PlanSettings, RacePlan};

fn sample(id: &str) -> Course {
    SAMPLE_RACES
        .iter()
        .find(|r| r.id == id)
        .unwrap()
        .load()
        .unwrap()
}

fn plan_in(lang: Lang, id: &str) -> RacePlan {
    with_lang(lang, || {
        let c = sample(id);
        let a = course::analyze(&c, &AnalysisSettings::default());
        plan::build_plan(
            &c,
            &a,
            &AnalysisSettings::default(),
            &PlanSettings::default(),
        )
        .unwrap()
    })
}

fn names(p: &RacePlan) -> Vec<String> {
    p.descent_strategy.iter().map(|d| d.name.clone()).collect()
}

#[test]
fn sample_descents_take_the_vietnamese_landmark_name() {
    for (id, local) in [
        ("ha-long-bai-chay", "Cầu Bãi Cháy"),
        ("da-nang-thuan-phuoc", "Cầu Thuận Phước"),
    ] {
        let vi = plan_in(Lang::Vi, id);
        let en = plan_in(Lang::En, id);
        eprintln!("{id}: vi {:?} en {:?}", names(&vi), names(&en));
        assert!(
            names(&vi).iter().any(|n| n == local),
            "{id}: {:?}",
            names(&vi)
        );
        // English keeps the file's waypoint name, local then English.
        assert!(
            names(&en)
                .iter()
                .any(|n| n.starts_with(local) && n.contains("Bridge")),
            "{id}: {:?}",
            names(&en)
        );
        let bridge = vi
            .descent_strategy
            .iter()
            .find(|d| d.name == local)
            .unwrap();
        assert!(
            bridge
                .cues
                .iter()
                .any(|c| c.contains("đừng thả dốc") || c.contains("Đừng thả dốc"))
        );
        assert!(
            bridge.cues.iter().any(|c| c.starts_with("Cầu:")),
            "{:?}",
            bridge.cues
        );
        // Text built on demand follows the language it is asked in.
        assert!(with_lang(Lang::Vi, || bridge.pace_summary()).contains("rủi ro"));
        assert!(bridge.pace_summary().contains(", risk "));
    }
}

#[test]
fn english_plans_are_unchanged_by_a_vietnamese_one() {
    let before = serde_json::to_string(&plan_in(Lang::En, "nha-trang-luong-son")).unwrap();
    let _ = plan_in(Lang::Vi, "nha-trang-luong-son");
    let after = serde_json::to_string(&plan_in(Lang::En, "nha-trang-luong-son")).unwrap();
    assert_eq!(before, after);
    let en = plan_in(Lang::En, "nha-trang-luong-son");
    let d = en
        .descent_strategy
        .iter()
        .find(|d| d.cues.len() > 4)
        .unwrap();
    assert_eq!(
        d.cues[3],
        "Do not rush to make up time: let the planned pace come to you."
    );
    assert!(
        en.morning_lines()
            .iter()
            .all(|l| l.is_ascii() || l.contains('·'))
    );
}

#[test]
fn sample_titles_read_in_both_languages() {
    for race in SAMPLE_RACES {
        assert_eq!(with_lang(Lang::En, || race.display_title()), race.title);
        let vi = with_lang(Lang::Vi, || race.display_title());
        assert!(vi.contains("gần đúng") && vi != race.title, "{vi}");
    }
}
