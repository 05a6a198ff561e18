//! Unit tests of the climb and descent pipeline.

use super::*;

fn slope<'a>(e: &'a [f64], d: &'a [f64]) -> Slope<'a> {
    Slope {
        elevation_m: e,
        distance_m: d,
        spacing_m: 10.0,
    }
}

#[test]
fn one_pipeline_mirrors() {
    // A hump: 0 -> 30 m over 1 km, then back down over 1 km (10 m spacing).
    let d: Vec<f64> = (0..=200).map(|i| i as f64 * 10.0).collect();
    let up: Vec<f64> = d
        .iter()
        .map(|x| 30.0 - (x - 1_000.0).abs() * 0.03)
        .collect();
    let down: Vec<f64> = up.iter().map(|v| -v).collect();
    let st = SegmentSettings::default();
    let turning = [0, 100, 200];
    let climbs = spans(&turning, slope(&up, &d), &st, Direction::Up);
    let descents = spans(&turning, slope(&down, &d), &st, Direction::Down);
    assert_eq!(climbs, descents);
    assert_eq!(climbs, vec![Span { start: 0, end: 100 }]);
    assert_eq!(
        spans(&turning, slope(&up, &d), &st, Direction::Down),
        vec![Span {
            start: 100,
            end: 200
        }]
    );
}
