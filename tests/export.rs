//! Exports: the PDF race card read back with PDF crates (pages, sizes, text with
//! Vietnamese diacritics), the JSON plan (schema, round trip, bad files), safe writes, and
//! the app's export menu.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use downhill_planner::app::{DialogKind, Dialogs, DownhillApp};
use downhill_planner::course::sample::SAMPLE_RACES;
use downhill_planner::course::{self, AnalysisSettings, Course};
use downhill_planner::document::{
    self, DocumentSettings, PLAN_SCHEMA_VERSION, PlanDocument, TrainingGround,
};
use downhill_planner::export::json::{CourseSource, read_plan, to_json};
use downhill_planner::export::pdf::{Paper, render};
use downhill_planner::export::{ExportError, write_atomic};
use downhill_planner::plan::PlanSettings;
use downhill_planner::training::{BlockSettings, Date, WeekPhase, WorkoutKind};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn plan_document(
    c: &Course,
    source: Option<CourseSource>,
    plan: &PlanSettings,
    analysis: &AnalysisSettings,
    training: Option<BlockSettings>,
) -> (course::Analysis, PlanDocument) {
    let settings = DocumentSettings {
        analysis: analysis.clone(),
        plan: plan.clone(),
        training,
    };
    let today = Date::parse("2026-11-25").unwrap();
    document::build(c, source, &settings, None::<&TrainingGround>, today).unwrap()
}

fn sample_plan(index: usize, settings: &PlanSettings) -> (Course, course::Analysis, PlanDocument) {
    let c = SAMPLE_RACES[index].load().unwrap();
    let source = Some(CourseSource::Sample {
        id: SAMPLE_RACES[index].id.into(),
    });
    let (a, p) = plan_document(&c, source, settings, &AnalysisSettings::default(), None);
    (c, a, p)
}

#[test]
fn pdf_has_five_pages_and_the_right_text() {
    let settings = PlanSettings {
        goal_time_s: 4.0 * 3600.0 + 15.0 * 60.0,
        ..PlanSettings::default()
    };
    let (_, a, p) = sample_plan(0, &settings);
    for (paper, (w, h)) in [
        (Paper::A4, (595.28, 841.89)),
        (Paper::Letter, (612.0, 792.0)),
    ] {
        let bytes = render(&p, &a.profile, paper).unwrap();
        assert!(bytes.starts_with(b"%PDF"));
        assert!(bytes.len() < 1_000_000, "{} bytes", bytes.len());
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        let pages = doc.get_pages();
        assert_eq!(pages.len(), 5);
        let first = *pages.values().next().unwrap();
        let media = doc
            .get_object(first)
            .unwrap()
            .as_dict()
            .unwrap()
            .get(b"MediaBox")
            .unwrap()
            .as_array()
            .unwrap()
            .clone();
        let num = |o: &lopdf::Object| {
            o.as_float()
                .map(f64::from)
                .or_else(|_| o.as_i64().map(|v| v as f64))
                .unwrap()
        };
        assert!(
            (num(&media[2]) - w).abs() < 0.5 && (num(&media[3]) - h).abs() < 0.5,
            "{media:?}"
        );
        let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
        assert!(text.contains("VnExpress Marathon Da Nang"), "course name");
        assert!(text.contains("Cầu Thuận Phước"), "Vietnamese descent name");
        assert!(text.contains("4:15:00"), "finish time");
        assert!(text.contains("Lean slightly forward"), "technique cues");
        assert!(text.contains("Catch-up card"), "the catch-up card");
        assert!(
            text.contains("elevation noise estimated from the file"),
            "noise"
        );
    }
}

#[test]
fn pdf_gives_the_totals_with_their_uncertainty_and_the_noise() {
    // A sample course as a drifting barometric watch records it.
    let clean = SAMPLE_RACES[0].load().unwrap();
    let c = course::synth::with_drift_noise(&clean, 2.0, 500.0, 0.2, 7);
    let (a, p) = plan_document(
        &c,
        None,
        &PlanSettings::default(),
        &AnalysisSettings::default(),
        None,
    );
    let pm = a.profile.gain_uncertainty_m.unwrap_or(0.0);
    assert!(pm >= 0.5, "a drifting file has an uncertain gain: {pm}");
    let bytes = render(&p, &a.profile, Paper::A4).unwrap();
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    let gain = downhill_planner::format::height_pm(a.profile.gain_m, a.profile.gain_uncertainty_m);
    assert!(gain.contains('±'), "{gain}");
    assert!(text.contains(&format!("Gain {gain}")), "{gain} in {text}");
    let n = a.profile.noise.unwrap();
    let noise = downhill_planner::format::noise(n.white_m, n.drift_m);
    assert!(text.contains(&noise), "{noise}");
}

#[test]
fn json_validates_against_the_schema() {
    let schema = common::plan_schema();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for i in 0..3 {
        let (_, _, p) = sample_plan(i, &PlanSettings::default());
        let v: serde_json::Value = serde_json::from_str(&to_json(&p).unwrap()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&v)
            .map(|e| format!("{e} at {}", e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // And the schema is not a rubber stamp: a broken plan fails it.
    let (_, _, p) = sample_plan(0, &PlanSettings::default());
    let mut v: serde_json::Value = serde_json::from_str(&to_json(&p).unwrap()).unwrap();
    v["splits_km"][0]["clock"] = "25:99".into();
    v["descents"][0]["kind"] = "tunnel".into();
    assert!(!validator.is_valid(&v));
}

#[test]
fn schema_lists_exactly_the_week_phases() {
    let schema = common::plan_schema();
    let listed: Vec<&str> = schema
        .pointer("/properties/training/oneOf/1/properties/weeks/items/properties/phase/enum")
        .and_then(serde_json::Value::as_array)
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let mut phases = vec![WeekPhase::Taper];
    for kind in WorkoutKind::ALL {
        phases.push(WeekPhase::Build(kind));
        phases.push(WeekPhase::Recovery(kind));
    }
    assert_eq!(listed.len(), phases.len(), "{listed:?}");
    for phase in phases {
        assert!(listed.contains(&phase.to_string().as_str()), "{phase}");
    }
    for text in listed {
        assert!(text.parse::<WeekPhase>().is_ok(), "{text}");
    }
}

#[test]
fn json_round_trip_is_identical() {
    let dir = tempfile::tempdir().unwrap();
    let gpx = dir.path().join("course.gpx");
    std::fs::write(&gpx, SAMPLE_RACES[2].gpx).unwrap();
    let settings = PlanSettings {
        goal_time_s: 3.0 * 3600.0 + 58.0 * 60.0,
        uphill_effort_pct: 35.0,
        split_pct: -2.0,
        ..PlanSettings::default()
    };
    let c = Course::load_path(&gpx).unwrap();
    let source = Some(CourseSource::File {
        path: gpx.to_string_lossy().into_owned(),
    });
    let (_, p) = plan_document(&c, source, &settings, &AnalysisSettings::default(), None);
    let first = to_json(&p).unwrap();

    let saved = read_plan(first.as_bytes()).unwrap();
    let Some(CourseSource::File { path }) = &saved.source else {
        panic!("source")
    };
    let c2 = Course::load_path(Path::new(path)).unwrap();
    assert_eq!(c2.fingerprint(), saved.fingerprint);
    let (_, p2) = plan_document(
        &c2,
        saved.source.clone(),
        &saved.settings,
        &saved.analysis_settings,
        None,
    );
    assert_eq!(to_json(&p2).unwrap(), first);
}

#[test]
fn bad_plan_files_are_refused_with_a_sentence() {
    let (_, _, p) = sample_plan(0, &PlanSettings::default());
    let good = to_json(&p).unwrap();
    assert!(matches!(
        read_plan(b"not json at all"),
        Err(ExportError::NotAPlan { .. })
    ));
    assert!(matches!(
        read_plan(b"{}"),
        Err(ExportError::NotAPlan { .. })
    ));
    assert!(matches!(
        read_plan(br#"{"schema_version": "one"}"#),
        Err(ExportError::NotAPlan { .. })
    ));
    let current = format!("\"schema_version\": {PLAN_SCHEMA_VERSION}");
    let newer = good.replacen(&current, "\"schema_version\": 7", 1);
    let e = read_plan(newer.as_bytes()).unwrap_err();
    assert!(
        matches!(e, ExportError::NewerVersion { found: 7, .. }),
        "{e}"
    );
    assert!(e.to_string().contains("newer"));
    let bad = good.replacen(
        "\"uphill_effort_pct\": 0.0",
        "\"uphill_effort_pct\": 300.0",
        1,
    );
    assert!(matches!(
        read_plan(bad.as_bytes()),
        Err(ExportError::BadSettings(_))
    ));
}

#[test]
fn writes_are_atomic() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.json");
    write_atomic(&target, b"old").unwrap();
    write_atomic(&target, b"new").unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), b"new");
    // A target that cannot be replaced (a folder) fails, leaves it alone and no temp file.
    let folder = dir.path().join("taken");
    std::fs::create_dir(&folder).unwrap();
    let e = write_atomic(&folder, b"x").unwrap_err();
    assert!(e.to_string().contains("nothing was changed"), "{e}");
    assert!(folder.is_dir());
    let e = write_atomic(&dir.path().join("missing/plan.json"), b"x").unwrap_err();
    assert!(e.to_string().contains("folder does not exist"), "{e}");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

/// Answers every dialog with a fixed path, as a user would.
struct Answer(PathBuf);

impl Dialogs for Answer {
    fn ask(&self, _kind: DialogKind, _default: &str) -> Option<PathBuf> {
        Some(self.0.clone())
    }
}

fn run_until(h: &mut Harness<'static, DownhillApp>, done: impl Fn(&DownhillApp) -> bool) {
    for _ in 0..200 {
        h.step();
        if done(h.state()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("timed out");
}

#[test]
fn export_menu_writes_pdf_and_json_and_open_plan_restores() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("card.pdf");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_eframe(|cc| DownhillApp::new(cc, None));
    h.run_steps(2);
    h.state_mut().dialogs = Arc::new(Answer(pdf.clone()));
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export plan as PDF…").click();
    run_until(&mut h, |app| !app.exported.is_empty());
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));

    // JSON through the menu, with a changed setting, then restore it into a fresh app.
    let json = dir.path().join("plan.json");
    h.state_mut().settings.plan.downhill_restraint_pct = 80.0;
    h.state_mut().dialogs = Arc::new(Answer(json.clone()));
    h.run_steps(2);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export plan as JSON…").click();
    run_until(&mut h, |app| app.exported.len() == 2);
    let bytes = std::fs::read(&json).unwrap();

    let mut fresh = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_eframe(|cc| DownhillApp::new(cc, None));
    fresh.run_steps(2);
    let ctx = fresh.ctx.clone();
    fresh.state_mut().open_plan_bytes(&bytes, &ctx);
    fresh.run_steps(3);
    assert_eq!(fresh.state().settings.plan.downhill_restraint_pct, 80.0);
    fresh.get_by_label_contains("Plan restored.");
    // A newer-version plan changes nothing and says why.
    let newer = String::from_utf8(bytes).unwrap().replacen(
        &format!("\"schema_version\": {PLAN_SCHEMA_VERSION}"),
        &format!("\"schema_version\": {}", PLAN_SCHEMA_VERSION + 1),
        1,
    );
    fresh.state_mut().settings.plan.downhill_restraint_pct = 10.0;
    fresh.state_mut().open_plan_bytes(newer.as_bytes(), &ctx);
    fresh.run_steps(2);
    assert_eq!(fresh.state().settings.plan.downhill_restraint_pct, 10.0);
    fresh.get_by_label_contains("newer Downhill Planner");
}

#[test]
fn pdf_with_training_has_a_calendar_page_and_json_validates() {
    let c = SAMPLE_RACES[2].load().unwrap();
    let bs = BlockSettings {
        weeks: 12,
        ..Default::default()
    };
    let source = CourseSource::sample(2);
    let (a, p) = plan_document(
        &c,
        source,
        &PlanSettings::default(),
        &AnalysisSettings::default(),
        Some(bs),
    );
    assert!(p.training.is_some());
    let bytes = render(&p, &a.profile, Paper::A4).unwrap();
    assert_eq!(
        lopdf::Document::load_mem(&bytes).unwrap().get_pages().len(),
        6
    );
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    assert!(text.contains("Downhill training block") && text.contains("Week 12"));
    let schema = common::plan_schema();
    let v: serde_json::Value = serde_json::from_str(&to_json(&p).unwrap()).unwrap();
    let errors: Vec<String> = jsonschema::validator_for(&schema)
        .unwrap()
        .iter_errors(&v)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // Round trip of the block through JSON.
    let back: PlanDocument = serde_json::from_str(&to_json(&p).unwrap()).unwrap();
    assert_eq!(back.training, p.training);
}

/// GPX text of a 42.2 km course with 40 short hills, each rising 15 m over 400 m and
/// falling over 400 m, with flat stretches between: a descent table too long for a page.
fn forty_hills_gpx() -> String {
    const TOTAL_M: f64 = 42_195.0;
    const HILLS: usize = 40;
    let flat_m = (TOTAL_M - HILLS as f64 * 800.0) / (HILLS + 1) as f64;
    let elevation = |d: f64| {
        (0..HILLS)
            .map(|i| flat_m * (i + 1) as f64 + 800.0 * i as f64)
            .find_map(|s| match d - s {
                x if (0.0..400.0).contains(&x) => Some(10.0 + 15.0 * x / 400.0),
                x if (400.0..800.0).contains(&x) => Some(25.0 - 15.0 * (x - 400.0) / 400.0),
                _ => None,
            })
            .unwrap_or(10.0)
    };
    let mut gpx = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">",
        "<trk><name>Forty Hills Test Marathon</name><trkseg>\n"
    ));
    for k in 0..=(TOTAL_M / 20.0) as usize {
        let d = k as f64 * 20.0;
        let lat = 16.0 + d / 111_195.0;
        gpx += &format!(
            "<trkpt lat=\"{lat:.7}\" lon=\"108.2\"><ele>{:.2}</ele></trkpt>\n",
            elevation(d)
        );
    }
    gpx + "</trkseg></trk></gpx>\n"
}

/// The baselines (y down from the top, in points) of every text drawn on a page, read from
/// the text matrices krilla writes (`1 0 0 -1 x y Tm` under a y-flipping `cm`).
fn text_baselines(doc: &lopdf::Document, page: lopdf::ObjectId) -> Vec<f32> {
    let content = lopdf::content::Content::decode(&doc.get_page_content(page).unwrap()).unwrap();
    content
        .operations
        .iter()
        .filter(|op| op.operator == "Tm")
        .map(|op| op.operands[5].as_float().unwrap())
        .collect()
}

#[test]
fn long_descent_table_continues_on_letter_with_its_header() {
    let c = Course::load_bytes(forty_hills_gpx().as_bytes(), None).unwrap();
    let settings = PlanSettings {
        goal_time_s: 4.0 * 3600.0 + 15.0 * 60.0,
        ..PlanSettings::default()
    };
    let (a, p) = plan_document(&c, None, &settings, &AnalysisSettings::default(), None);
    assert_eq!(p.plan.descent_strategy.len(), 40, "one descent per hill");
    let bytes = render(&p, &a.profile, Paper::Letter).unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let page_ids: Vec<_> = doc.get_pages().values().copied().collect();
    let texts = pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap();
    let total = page_ids.len();
    assert_eq!(texts.len(), total);
    assert!(total > 4, "continuation pages: {total}");

    // Every descent is listed, and the table goes on over the page with its header.
    let overview = format!("{}{}", texts[0], texts[1]);
    for i in 1..=40 {
        assert!(
            overview.contains(&format!("Descent {i} (bridge)")),
            "descent {i}"
        );
    }
    assert!(texts[0].contains("Descents") && texts[0].contains("planned"));
    assert!(
        !texts[0].contains("Descent 40 (bridge)"),
        "the table needs two pages"
    );
    assert!(texts[1].contains("Race overview (continued)"));
    assert!(texts[1].contains("Descents (continued)") && texts[1].contains("planned"));

    // Nothing runs into the footer: every text but the footer stays above the usable
    // bottom (paper height 792 pt minus 50 pt), and every page says "page N of M".
    for (n, (id, text)) in page_ids.iter().zip(&texts).enumerate() {
        assert!(
            text.contains(&format!("page {} of {total}", n + 1)),
            "footer of page {}",
            n + 1
        );
        let mut ys = text_baselines(&doc, *id);
        let footer = ys.pop().unwrap();
        assert!((footer - (792.0 - 22.0)).abs() < 0.01, "footer at {footer}");
        let lowest = ys.iter().copied().fold(0.0, f32::max);
        assert!(lowest <= 742.0, "page {}: text at y = {lowest}", n + 1);
    }
}

/// A plan with the runner's corrections: the PDF says which descents the runner edited and
/// that the figures are official; the JSON (schema version 2) validates and reads back.
#[test]
fn corrected_plan_says_so_in_the_pdf_and_the_json() {
    let c = SAMPLE_RACES[0].load().unwrap();
    let plain = course::analyze(&c, &AnalysisSettings::default());
    let mut corrections = course::Corrections::default();
    corrections.edit_descent(plain.origins[0], |e| {
        e.name = Some("Cầu Rồng bên kia".into());
    });
    let second = &plain.descents[1];
    corrections.add_descent(second.start_m, second.start_m + 0.6 * second.length_m());
    corrections.official.distance_m = Some(42_195.0);
    let analysis = AnalysisSettings {
        corrections: corrections.clone(),
        ..AnalysisSettings::default()
    };
    let source = Some(CourseSource::Sample {
        id: SAMPLE_RACES[0].id.into(),
    });
    let (a, p) = plan_document(&c, source, &PlanSettings::default(), &analysis, None);
    let bytes = render(&p, &a.profile, Paper::A4).unwrap();
    let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap();
    assert!(pages[0].contains("Cầu Rồng bên kia ✎"), "{}", pages[0]);
    assert!(pages[0].contains("edited by you"));
    assert!(pages[0].contains("Distance (official)"));
    assert!(pages[0].contains("42.20 km") || pages[0].contains("42.19 km"));
    let strategy = pages
        .iter()
        .find(|t| t.contains("Descent strategy"))
        .unwrap();
    assert!(
        strategy.contains("Cầu Rồng bên kia (edited by you)"),
        "{strategy}"
    );
    let text = to_json(&p).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let schema = common::plan_schema();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(v["schema_version"], 2);
    let saved = read_plan(text.as_bytes()).unwrap();
    assert_eq!(saved.analysis_settings.corrections, corrections);
}

#[test]
fn export_for_watch_writes_the_chosen_files_into_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_eframe(|cc| DownhillApp::new(cc, None));
    h.run_steps(2);
    h.state_mut().dialogs = Arc::new(Answer(dir.path().to_path_buf()));
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export for watch…").click();
    h.run_steps(3);
    assert!(h.state().ui.watch_window);
    // The four files with a note on loading each, and what follows the plan's timing.
    assert!(h.get_all_by_label_contains("over USB").count() >= 2);
    assert!(
        h.get_all_by_label_contains("virtual partner screen")
            .count()
            >= 2
    );
    // Without a race date the export cannot start; type one.
    h.state_mut().settings.training.race_date = None;
    h.run_steps(2);
    let field = h.get_by_role_and_label(Role::TextInput, "Race date");
    field.focus();
    h.run_steps(1);
    h.get_by_role_and_label(Role::TextInput, "Race date")
        .type_text("2026-07-20");
    h.run_steps(2);
    assert_eq!(
        h.state().settings.watch.race_date,
        Date::parse("2026-07-20")
    );
    // Only the course and the workout.
    h.get_by_label("Timed GPX track").click();
    h.run_steps(1);
    h.get_by_label("TCX course").click();
    h.run_steps(2);
    h.get_by_label("Export to a folder…").click();
    run_until(&mut h, |app| !app.exported.is_empty());
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "vnexpress-marathon-da-nang-course.fit",
            "vnexpress-marathon-da-nang-race-workout.fit"
        ]
    );
    for n in &names {
        assert!(fitparser::from_bytes(&std::fs::read(dir.path().join(n)).unwrap()).is_ok());
    }
    h.get_by_label_contains("2 watch files saved in");
}
