//! One frame of the app (egui pass, layout and tessellation, no GPU) with a course of
//! 1,000,000 recorded points, and with the marathon sample; plus one frame during a
//! slider drag (re-plan included).
// criterion_main! generates an undocumented `main`.
#![allow(missing_docs)]

use std::io::Write;

use criterion::{Criterion, criterion_group, criterion_main};
use downhill_planner::app::DownhillApp;
use downhill_planner::app::loader::Source;
use downhill_planner::course::{Course, sample::SAMPLE_RACES, synth};
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
    g.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
