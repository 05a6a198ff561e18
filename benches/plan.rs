//! Re-planning a marathon (10 m spacing) after a setting changes: the work the app does
//! on every frame of a slider drag.
// criterion_main! generates an undocumented `main`.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use downhill_planner::course::{self, AnalysisSettings, sample::SAMPLE_RACES};
use downhill_planner::plan::{self, PlanSettings};

fn replan(c: &mut Criterion) {
    let course = SAMPLE_RACES[2].load().expect("sample loads");
    let settings = AnalysisSettings::default();
    let analysis = course::analyze(&course, &settings);
    let mut s = PlanSettings::default();
    let mut k = 0u32;
    c.bench_function("solve paces, marathon at 10 m", |b| {
        b.iter(|| {
            k += 1;
            s.uphill_effort_pct = f64::from(k % 100);
            plan::solve(black_box(&analysis), black_box(&s))
                .map(|x| x.time_s.len())
                .unwrap_or(0)
        });
    });
    c.bench_function(
        "full plan (solve + splits, energy, fuel, strategy), marathon at 10 m",
        |b| {
            b.iter(|| {
                k += 1;
                s.downhill_restraint_pct = f64::from(k % 100);
                plan::build_plan(&course, black_box(&analysis), &settings, black_box(&s))
                    .map(|p| p.splits_km.len())
                    .unwrap_or(0)
            });
        },
    );
    // The race morning: the typical Nha Trang table, keep-goal, a crowded start, a B goal
    // (the B plan is solved too) and fluids: the target is under 1 ms.
    let mut hot = PlanSettings {
        start_clock_s: 2.5 * 3600.0,
        conditions: plan::Conditions::default()
            .with_typical("nha-trang-luong-son")
            .expect("preset"),
        ..PlanSettings::default()
    };
    hot.conditions.start_delay_s = 60.0;
    hot.conditions.goal_b_s = Some(4.75 * 3600.0);
    c.bench_function(
        "solve paces with heat by the clock, marathon at 10 m",
        |b| {
            b.iter(|| {
                k += 1;
                hot.uphill_effort_pct = f64::from(k % 100);
                plan::solve(black_box(&analysis), black_box(&hot))
                    .map(|x| x.time_s.len())
                    .unwrap_or(0)
            });
        },
    );
    c.bench_function(
        "full plan with heat, fluids, catch-up and B goal, marathon",
        |b| {
            b.iter(|| {
                k += 1;
                hot.downhill_restraint_pct = f64::from(k % 100);
                plan::build_plan(&course, black_box(&analysis), &settings, black_box(&hot))
                    .map(|p| p.catch_up.len())
                    .unwrap_or(0)
            });
        },
    );
}

criterion_group!(benches, replan);
criterion_main!(benches);
