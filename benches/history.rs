//! The runner's history: 1,000 generated activities of about 10 km (1 s points, pauses,
//! GPS noise; about 330 MB of GPX in a temporary folder) imported on two threads and fitted,
//! then a second open from the cache. Targets: at most 20 s and 500 MB; the cache under 1 s.
//! Peak memory (VmHWM) is printed at the end.
// criterion_main! generates an undocumented `main`.
#![allow(missing_docs)]

use std::sync::atomic::AtomicBool;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use downhill_planner::history::{self, synth};
use downhill_planner::plan::PaceModel;

const ACTIVITIES: u64 = 1_000;

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn import(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let runs = dir.path().join("runs");
    std::fs::create_dir(&runs).expect("runs dir");
    let mut bytes = 0;
    for i in 0..ACTIVITIES {
        let pts = synth::activity(i, 10_000.0, 1_700_000_000.0 + i as f64 * 86_400.0);
        let gpx = synth::to_gpx(&pts);
        bytes += gpx.len();
        std::fs::write(runs.join(format!("run-{i:04}.gpx")), gpx).expect("write");
    }
    eprintln!(
        "{ACTIVITIES} activities, {:.0} MB of GPX",
        bytes as f64 / 1e6
    );
    let no = AtomicBool::new(false);
    let mut g = c.benchmark_group("history");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(30));
    g.bench_function("import and fit 1,000 activities of 10 km (no cache)", |b| {
        b.iter(|| {
            let h = history::import(&runs, None, &|_, _| {}, &no).expect("import");
            h.curve(PaceModel::Strava, history::MIN_BLOCKS).activities
        });
    });
    let cache = dir.path().join("cache.json");
    history::import(&runs, Some(&cache), &|_, _| {}, &no).expect("first import");
    g.measurement_time(Duration::from_secs(5));
    g.bench_function(
        "second open of 1,000 activities from the cache, and fit",
        |b| {
            b.iter(|| {
                let h = history::import(&runs, Some(&cache), &|_, _| {}, &no).expect("cached");
                assert_eq!(h.parsed, 0);
                h.curve(PaceModel::Strava, history::MIN_BLOCKS).activities
            });
        },
    );
    g.finish();
    if let Some(mb) = peak_memory_mb() {
        eprintln!("peak memory (VmHWM): {mb:.0} MB");
    }
}

criterion_group!(benches, import);
criterion_main!(benches);
