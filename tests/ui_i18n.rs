//! The window in Vietnamese (egui_kittest, headless): View > Language switches the menu, the
//! side panel and the numbers (decimal comma), switches back, and the choice is remembered
//! in the persisted settings.

use std::collections::HashMap;

use downhill_planner::app::settings::STORAGE_KEY;
use downhill_planner::app::{AppSettings, DownhillApp};
use downhill_planner::i18n::Lang;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

type H = Harness<'static, DownhillApp>;

/// The app on the first sample (Da Nang), in English whatever the machine's locale.
fn harness() -> H {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_eframe(|cc| {
            let mut app = DownhillApp::new(cc, None);
            app.settings.lang = Some(Lang::En);
            app
        });
    h.run_steps(3);
    h
}

/// Clicks the menu `menu`, then its `Language` submenu (`language`), then `choice`, as a
/// runner would.
fn choose_language(h: &mut H, menu: &str, language: &str, choice: &str) {
    h.get_by_label(menu).click();
    h.run_steps(4);
    h.get_by_label(language).hover();
    h.run_steps(4);
    h.get_by_label(choice).click();
    h.run_steps(4);
}

/// An in-memory eframe storage: what the app saves when it closes.
#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn view_language_switches_the_window_to_vietnamese_and_back() {
    let mut h = harness();
    h.get_by_label("File");
    h.get_by_label_contains("Distance 42.20 km");

    choose_language(&mut h, "View", "Language", "Tiếng Việt");
    assert_eq!(h.state().settings.lang, Some(Lang::Vi));
    // The menu bar.
    h.get_by_label("Tệp");
    h.get_by_label("Hiển thị");
    assert!(
        h.query_by_label("File").is_none(),
        "the English menu is gone"
    );
    // The side panel: section headers, and a km value with a decimal comma.
    h.get_by_label("Chiến thuật");
    h.get_by_label("Đoạn đổ dốc");
    h.get_by_label("Tập luyện");
    h.get_by_label_contains("Cự ly 42,20 km");
    h.get_by_label_contains("tổng leo");
    assert!(h.query_by_label_contains("Distance 42.20 km").is_none());
    // The status bar says it in the new language.
    h.get_by_label_contains("Ngôn ngữ: Tiếng Việt");

    choose_language(&mut h, "Hiển thị", "Ngôn ngữ", "English");
    assert_eq!(h.state().settings.lang, Some(Lang::En));
    h.get_by_label("File");
    h.get_by_label("Strategy");
    h.get_by_label_contains("Distance 42.20 km");
    assert!(
        h.query_by_label("Tệp").is_none(),
        "the Vietnamese menu is gone"
    );
    assert!(h.query_by_label_contains("Cự ly").is_none());
}

#[test]
fn the_chosen_language_is_remembered() {
    let mut h = harness();
    choose_language(&mut h, "View", "Language", "Tiếng Việt");
    // What eframe stores when the window closes, read back as the next start reads it.
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let restored: AppSettings = eframe::get_value(&storage, STORAGE_KEY).expect("saved");
    assert_eq!(restored.lang, Some(Lang::Vi));
    assert_eq!(&restored, &h.state().settings);
    // A plain serialize/deserialize round trip keeps it too, as "vi".
    let json = serde_json::to_string(&restored).unwrap();
    assert!(json.contains(r#""lang":"vi""#), "{json}");
    let back: AppSettings = serde_json::from_str(&json).unwrap();
    assert_eq!(back, restored);
    // Settings saved before the language existed: no choice yet (the system's is used).
    let old: AppSettings = serde_json::from_str(r#"{"units":"km"}"#).unwrap();
    assert_eq!(old.lang, None);

    // The next start with those settings opens in Vietnamese.
    let mut next = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_eframe(move |cc| {
            downhill_planner::app::fonts::install(&cc.egui_ctx);
            let mut app = DownhillApp::with_settings(restored);

            app.load_sample_now(0);
            app
        });
    next.run_steps(3);
    next.get_by_label("Tệp");
    next.get_by_label_contains("Cự ly 42,20 km");
}
