//! One frame of the app (egui pass, layout and tessellation, no GPU) with a course of
//! 1,000,000 recorded points (with the map above the profile, and without it), and with
//! the marathon sample; plus one frame during a slider drag (re-plan included); then the
//! map panel alone on a course whose profile, and so map, has 1,000,000 samples.
// criterion_main! generates an undocumented `main`.
#![allow(missing_docs)]

use std::io::Write;

use criterion::{Criterion, criterion_group, criterion_main};
use downhill_planner::app::loader::Source;
use downhill_planner::app::map::{self, MapState};
use downhill_planner::app::session::Inputs;
use downhill_planner::app::{AppSettings, AppView, DownhillApp, Session, UiState};
use downhill_planner::course::{
    AnalysisSettings, Corrections, Course, CoursePoint, geo, sample::SAMPLE_RACES, synth,
};
use downhill_planner::i18n::Lang;
use egui_kittest::Harness;

fn harness_with(course: Course) -> Harness<'static, DownhillApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(|cc| DownhillApp::new(cc, None));
    h.state_mut()
        .set_course(course, Source::Path("bench.gpx".into()));
    h.run_steps(3);
    h
}

fn frames(c: &mut Criterion) {
    let mut h = harness_with(SAMPLE_RACES[2].load().expect("sample"));
    c.bench_function("frame, marathon sample", |b| b.iter(|| h.step()));
    c.bench_function("frame with re-plan (slider drag), marathon sample", |b| {
        let mut k = 0u32;
        b.iter(|| {
            k += 1;
            let app = h.state_mut();
            app.settings.plan.downhill_restraint_pct = f64::from(k % 100);
            h.step();
        });
    });

    let base = SAMPLE_RACES[0].load().expect("sample");
    let mut f = tempfile::NamedTempFile::new().expect("temp");
    {
        let mut w = std::io::BufWriter::new(f.as_file_mut());
        synth::write_garmin_style(&mut w, &base, 1_000_000, 7).expect("write");
        w.flush().expect("flush");
    }
    let big = Course::load_path(f.path()).expect("loads");
    let mut h = harness_with(big);
    let mut g = c.benchmark_group("1M points");
    g.sample_size(20);
    g.bench_function("frame, 1,000,000-point course", |b| b.iter(|| h.step()));
    h.state_mut().settings.show_map = false;
    h.run_steps(2);
    g.bench_function("frame, 1,000,000-point course, map hidden", |b| {
        b.iter(|| h.step());
    });
    g.finish();
}

/// A course of `n` points 10 m apart (a long zigzag of 1 km legs over rolling hills):
/// its profile, and so its map, has `n` samples.
fn winding_course(n: usize) -> Course {
    let mut points = Vec::with_capacity(n);
    let (mut lat, mut lon) = (16.0, 108.2);
    for i in 0..n {
        let d = i as f64 * 10.0;
        if i > 0 {
            let bearing = if (i / 100) % 2 == 0 { 80.0 } else { 100.0 };
            (lat, lon) = geo::destination(lat, lon, bearing, 10.0);
        }
        points.push(CoursePoint {
            lat_deg: lat,
            lon_deg: lon,
            distance_m: d,
            elevation_m: 40.0 * (d / 3_000.0).sin() + 15.0 * (d / 700.0).sin(),
        });
    }
    Course::from_points("winding", points, Vec::new()).expect("valid")
}

/// The map panel alone, 800 x 800 points, the pointer on the track (so every frame also
/// looks up the hover), on a map of 1,000,000 samples.
fn map_frames(c: &mut Criterion) {
    let mut session = Session::default();
    session.set_course(winding_course(1_000_000), Source::Path("bench.gpx".into()));
    let settings = AppSettings::default();
    let analysis = AnalysisSettings::default();
    session.update(&Inputs {
        lang: Lang::En,
        analysis: &analysis,
        plan: &settings.plan,
        training: &settings.training,
        today: downhill_planner::date::Date::today(),
    });
    let view = session.view().expect("analysed");
    let samples = view.map.as_ref().expect("a map").xy_m.len();
    assert_eq!(samples, 1_000_000);
    let ui_state = UiState::default();
    let corrections = Corrections::default();
    let runs = downhill_planner::app::runs::Runs::default();
    let app = AppView {
        settings: &settings,
        session: &session,
        ui: &ui_state,
        message: None,
        loading: None,
        corrections: &corrections,
        lang: Lang::En,
        runs: &runs,
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(800.0, 800.0))
        .build_ui_state(
            |ui, (state, fonts_in): &mut (MapState, bool)| {
                // The first frame runs before the app's fonts (with "↓") are installed.
                if *fonts_in {
                    map::ui(ui, &app, state, false, &mut Vec::new());
                }
            },
            (MapState::default(), false),
        );
    downhill_planner::app::fonts::install(&h.ctx);
    h.state_mut().1 = true;
    h.run_steps(2);
    let on_track = h.state().0.screen_at(view, 2_500_000.0).expect("drawn");
    let mut g = c.benchmark_group("map");
    g.sample_size(30);
    g.bench_function("map frame, 1,000,000-sample course, fitted", |b| {
        b.iter(|| {
            h.hover_at(on_track);
            h.step();
        });
    });
    g.finish();
}

criterion_group!(benches, frames, map_frames);
criterion_main!(benches);
