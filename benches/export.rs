//! PDF and JSON export of a marathon plan.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use downhill_planner::course::{self, AnalysisSettings, sample::SAMPLE_RACES};
use downhill_planner::export::{json, pdf};
use downhill_planner::plan::{self, PlanSettings};
use downhill_planner::training;

fn export(c: &mut Criterion) {
    let course = SAMPLE_RACES[2].load().expect("sample");
    let analysis = course::analyze(&course, &AnalysisSettings::default());
    let mut plan = plan::build_plan(
        &course,
        &analysis,
        &AnalysisSettings::default(),
        &PlanSettings::default(),
    )
    .expect("plan");
    // With a 16-week training block, as the app exports it.
    let ctx = training::RaceContext::from_plan(&plan, &analysis.descents);
    let bs = training::BlockSettings {
        weeks: 16,
        downhill_per_week: 2,
        strength_per_week: 2,
        ..Default::default()
    };
    plan.training = Some(
        training::build_block(
            &bs,
            &ctx,
            training::Date::parse("2026-11-25").expect("date"),
        )
        .expect("block"),
    );
    let bytes = pdf::render(&plan, &analysis.profile, pdf::Paper::A4).expect("pdf");
    eprintln!("PDF size: {} bytes", bytes.len());
    c.bench_function(
        "PDF race card, marathon plan with 16-week training block",
        |b| {
            b.iter(|| {
                pdf::render(black_box(&plan), &analysis.profile, pdf::Paper::A4)
                    .map(|v| v.len())
                    .unwrap_or(0)
            })
        },
    );
    c.bench_function("JSON plan, marathon", |b| {
        b.iter(|| {
            json::to_json(black_box(&plan))
                .map(|s| s.len())
                .unwrap_or(0)
        })
    });
}

criterion_group!(benches, export);
criterion_main!(benches);
