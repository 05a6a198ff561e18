//! Calibration on real recorded runs (`../shared/recorded-runs`, skipped when absent):
//! plan each run with its moving time as the goal and compare per-km paces. Prints the
//! table (`cargo test --test calibration -- --nocapture`); docs/calibration.md holds it.

use std::path::Path;

use downhill_planner::history::calibration::{Calibration, evaluate};

#[test]
fn plans_beat_even_pacing_on_recorded_runs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/recorded-runs");
    if !dir.join("runs.csv").exists() {
        eprintln!("skipped: {} not found", dir.display());
        return;
    }
    let c = evaluate(&dir).unwrap();
    println!("{}\n{}", c.markdown(), Calibration::method());
    assert!(c.runs >= 10 && c.road_runs >= 8, "{c:?}");
    let even = &c.scores[0];
    let row = |name: &str| c.scores.iter().find(|s| s.name.starts_with(name)).unwrap();
    // The default model predicts clearly better than even pacing.
    assert!(row("strava, restraint 50").mae_all_s_per_km < 0.85 * even.mae_all_s_per_km);
    // The personal curve, fitted without the run it predicts, is usable: better than even.
    assert!(row("personal").mae_all_s_per_km < even.mae_all_s_per_km);
}
