//! Criterion benchmarks of the course engine: load + analyse a marathon recorded at 1 s
//! (15,000 points, Garmin-style with heart rate) and a 1,000,000-point file; the `gpx`
//! crate's reader on the same 15,000-point file as a baseline.
// criterion_main! generates an undocumented `main`.
#![allow(missing_docs)]

use std::hint::black_box;
use std::io::Write;

use criterion::{Criterion, criterion_group, criterion_main};
use downhill_planner::course::{self, AnalysisSettings, Course, sample::SAMPLE_RACES, synth};

fn recording(points: usize) -> tempfile::NamedTempFile {
    let course = SAMPLE_RACES[0].load().expect("bundled sample loads");
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    {
        let mut w = std::io::BufWriter::new(f.as_file_mut());
        synth::write_garmin_style(&mut w, &course, points, 42).expect("write");
        w.flush().expect("flush");
    }
    f
}

fn load_and_analyze(path: &std::path::Path) -> usize {
    let c = Course::load_path(path).expect("loads");
    let a = course::analyze(&c, &AnalysisSettings::default());
    a.descents.len() + a.profile.len()
}

fn marathon_15k(c: &mut Criterion) {
    let file = recording(15_000);
    let size = std::fs::metadata(file.path()).map(|m| m.len()).unwrap_or(0);
    eprintln!("15,000-point file: {:.1} MB", size as f64 / 1e6);
    c.bench_function("load+analyze 15k-point marathon", |b| {
        b.iter(|| load_and_analyze(black_box(file.path())));
    });
    let bytes = std::fs::read(file.path()).expect("read");
    c.bench_function("gpx crate read 15k-point marathon (baseline)", |b| {
        b.iter(|| {
            gpx::read(black_box(bytes.as_slice()))
                .map(|g| g.tracks.len())
                .unwrap_or(0)
        });
    });
}

fn million(c: &mut Criterion) {
    let file = recording(1_000_000);
    let size = std::fs::metadata(file.path()).map(|m| m.len()).unwrap_or(0);
    eprintln!("1,000,000-point file: {:.0} MB", size as f64 / 1e6);
    let mut g = c.benchmark_group("1M points");
    g.sample_size(10);
    g.bench_function("load+analyze 1M-point recording", |b| {
        b.iter(|| load_and_analyze(black_box(file.path())));
    });
    g.finish();
}

/// The nastiest inputs of the bad-input list (each must fail or load calmly in under 2 s).
fn bad_inputs(c: &mut Criterion) {
    let mut g = c.benchmark_group("bad input");
    g.sample_size(10);
    let pts = "<trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1\" lon=\"1.001\"/>";
    let nested = format!(
        "<gpx><trk><trkseg>{pts}<trkpt lat=\"1\" lon=\"1.002\">\
            <extensions>{}{}</extensions></trkpt></trkseg></trk></gpx>",
        "<a>".repeat(200_000),
        "</a>".repeat(200_000)
    );
    g.bench_function("200,000 nested elements", |b| {
        b.iter(|| Course::load_bytes(black_box(nested.as_bytes()), None).is_ok());
    });
    let long_name = format!(
        "<gpx><trk><name>{}</name><trkseg>{pts}</trkseg></trk></gpx>",
        "N".repeat(30 * 1024 * 1024)
    );
    g.bench_function("30 MB track name", |b| {
        b.iter(|| Course::load_bytes(black_box(long_name.as_bytes()), None).is_ok());
    });
    let mut rng = synth::Rng::new(9);
    let garbage: Vec<u8> = (0..10_000_000).map(|_| rng.next_u64() as u8).collect();
    g.bench_function("10 MB of binary garbage", |b| {
        b.iter(|| Course::load_bytes(black_box(&garbage), None).is_err());
    });
    let same: String = (0..100_000)
        .map(|_| "<trkpt lat=\"1\" lon=\"1\"><ele>3</ele></trkpt>")
        .collect();
    let same = format!("<gpx><trk><trkseg>{same}</trkseg></trk></gpx>");
    g.bench_function("100,000 identical points", |b| {
        b.iter(|| Course::load_bytes(black_box(same.as_bytes()), None).is_err());
    });
    g.finish();
}

criterion_group!(benches, marathon_15k, million, bad_inputs);
criterion_main!(benches);
