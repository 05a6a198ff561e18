//! PDF, JSON and watch-file export of a marathon plan.
// criterion_main! generates an undocumented `main`.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use downhill_planner::course::sample::SAMPLE_RACES;
use downhill_planner::document::{self, DocumentSettings};
use downhill_planner::export::watch::{RaceDay, WatchFile, WatchSettings};
use downhill_planner::export::{json, pdf};
use downhill_planner::training;

fn export(c: &mut Criterion) {
    let course = SAMPLE_RACES[2].load().expect("sample");
    // With a 16-week training block, as the app exports it.
    let settings = DocumentSettings {
        training: Some(training::BlockSettings {
            weeks: 16,
            downhill_per_week: 2,
            strength_per_week: 2,
            ..Default::default()
        }),
        ..Default::default()
    };
    let today = training::Date::parse("2026-11-25").expect("date");
    let (analysis, plan) = document::build(&course, None, &settings, None, today).expect("plan");
    let bytes = pdf::render(&plan, &analysis.profile, pdf::Paper::A4).expect("pdf");
    eprintln!("PDF size: {} bytes", bytes.len());
    c.bench_function(
        "PDF race card, marathon plan with 16-week training block",
        |b| {
            b.iter(|| {
                pdf::render(black_box(&plan), &analysis.profile, pdf::Paper::A4)
                    .map(|v| v.len())
                    .unwrap_or(0)
            });
        },
    );
    // The four watch files of the marathon, built from the plan each time (race day,
    // simplification, course points, workout steps) as the app and the CLI do.
    let watch = WatchSettings {
        race_date: training::Date::parse("2027-08-08"),
        ..WatchSettings::default()
    };
    let day = RaceDay::build(&plan, &analysis, &watch, 1_780_000_000).expect("race day");
    for f in WatchFile::ALL {
        eprintln!("{}: {} bytes", f.label(), day.encode(f).len());
    }
    c.bench_function(
        "watch files (FIT course, GPX, TCX, race workout), marathon",
        |b| {
            b.iter(|| {
                RaceDay::build(black_box(&plan), &analysis, &watch, 1_780_000_000)
                    .map(|day| {
                        WatchFile::ALL
                            .iter()
                            .map(|f| day.encode(*f).len())
                            .sum::<usize>()
                    })
                    .unwrap_or(0)
            });
        },
    );
    c.bench_function("JSON plan, marathon", |b| {
        b.iter(|| {
            json::to_json(black_box(&plan))
                .map(|s| s.len())
                .unwrap_or(0)
        });
    });
}

criterion_group!(benches, export);
criterion_main!(benches);
