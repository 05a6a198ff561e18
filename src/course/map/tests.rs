//! Tests of the course map: true aspect, levels of detail, distance <-> position.

use super::*;
use crate::course::geo::destination;

/// Samples every `step_m` along legs (bearing, length), starting at (lat, lon), with the
/// path length as distance.
fn walk(lat: f64, lon: f64, legs: &[(f64, f64)], step_m: f64) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let (mut d, mut la, mut lo) = (vec![0.0], vec![lat], vec![lon]);
    let (mut cur, mut at) = ((lat, lon), 0.0);
    for &(bearing, length) in legs {
        let n = (length / step_m).round() as usize;
        for _ in 0..n {
            cur = destination(cur.0, cur.1, bearing, step_m);
            at += step_m;
            d.push(at);
            la.push(cur.0);
            lo.push(cur.1);
        }
    }
    (d, la, lo)
}

fn length(p: [f64; 2]) -> f64 {
    p[0].hypot(p[1])
}

#[test]
fn a_km_east_and_a_km_north_draw_the_same_length_at_16_north() {
    let proj = Projection::about(16.0, 108.2);
    let (lat_e, lon_e) = destination(16.0, 108.2, 90.0, 1000.0);
    let (lat_n, lon_n) = destination(16.0, 108.2, 0.0, 1000.0);
    let east = length(proj.project(lat_e, lon_e));
    let north = length(proj.project(lat_n, lon_n));
    assert!((east - 1000.0).abs() < 0.5, "{east}");
    assert!((north - 1000.0).abs() < 0.5, "{north}");
    // A course 20 km across, projected about its centre: a km still a km at its edge.
    let (lat0, lon0) = destination(16.0, 108.2, 0.0, 10_000.0);
    let (lat1, lon1) = destination(lat0, lon0, 90.0, 1000.0);
    let (a, b) = (proj.project(lat0, lon0), proj.project(lat1, lon1));
    let edge = (b[0] - a[0]).hypot(b[1] - a[1]);
    assert!((edge - 1000.0).abs() < 2.0, "{edge}");
}

#[test]
fn a_course_across_the_antimeridian_stays_in_one_piece() {
    let (d, la, lo) = walk(-17.0, 179.99, &[(90.0, 3000.0)], 10.0);
    assert!(lo.iter().any(|l| *l < 0.0), "crosses 180");
    let map = CourseMap::new(&d, &la, &lo, &[]).unwrap();
    let [w, h] = map.bounds.size_m();
    assert!((w - 3000.0).abs() < 5.0 && h < 5.0, "{w} x {h}");
}

#[test]
fn unusable_positions_give_no_map() {
    assert!(CourseMap::new(&[0.0], &[16.0], &[108.0], &[]).is_none());
    assert!(CourseMap::new(&[0.0, 1.0], &[16.0, f64::NAN], &[108.0, 108.0], &[]).is_none());
    assert!(CourseMap::new(&[0.0, 1.0], &[16.0], &[108.0, 108.0], &[]).is_none());
}

/// A winding course of `n` samples 10 m apart (a long zigzag of 1 km legs), with GPS-like
/// jitter of a few metres.
fn winding(n: usize) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let legs: Vec<(f64, f64)> = (0..n / 100 + 1)
        .map(|k| (if k % 2 == 0 { 80.0 } else { 100.0 }, 1000.0))
        .collect();
    let (d, mut la, lo) = walk(16.0, 108.2, &legs, 10.0);
    for (i, lat) in la.iter_mut().enumerate() {
        *lat += 3e-5 * ((i as f64) * 2.7).sin(); // about 3 m of jitter
    }
    (d[..n].to_vec(), la[..n].to_vec(), lo[..n].to_vec())
}

#[test]
fn thinning_never_drops_the_start_the_finish_or_the_kept_ends() {
    let (d, la, lo) = winding(200_000);
    let keep_m = [12_344.0, 500_000.0, 1_999_990.0];
    let map = CourseMap::new(&d, &la, &lo, &keep_m).unwrap();
    assert!(map.levels().len() > 5);
    let kept: Vec<u32> = keep_m.iter().map(|&k| (k / 10.0).round() as u32).collect();
    for level in map.levels() {
        let idx = &level.indices;
        assert_eq!(idx.first(), Some(&0));
        assert_eq!(idx.last(), Some(&(d.len() as u32 - 1)));
        for k in &kept {
            assert!(idx.binary_search(k).is_ok(), "{k} at {}", level.tolerance_m);
        }
    }
}

#[test]
fn every_sample_stays_within_twice_the_tolerance_of_the_line() {
    let (d, la, lo) = winding(20_000);
    let map = CourseMap::new(&d, &la, &lo, &[]).unwrap();
    for level in map.levels() {
        for w in level.indices.windows(2) {
            let (a, b) = (w[0] as usize, w[1] as usize);
            for i in a..b {
                let (off, _) = segment_distance(map.xy_m[i], map.xy_m[a], map.xy_m[b]);
                assert!(
                    off <= 2.0 * level.tolerance_m + 1e-9,
                    "{off} {}",
                    level.tolerance_m
                );
            }
        }
    }
}

#[test]
fn a_frame_of_a_million_samples_draws_a_bounded_number_of_segments() {
    let (d, la, lo) = winding(1_000_000);
    let map = CourseMap::new(&d, &la, &lo, &[]).unwrap();
    let budget = 6_000;
    // The whole course on an 800-pixel map, then zoomed in 1,000 times on its middle.
    let [w, h] = map.bounds.size_m();
    let fit = map.select(&map.bounds, w.max(h) / 800.0, budget);
    assert!(fit.segments <= budget, "{}", fit.segments);
    assert!(
        fit.segments > 100,
        "still the course's shape: {}",
        fit.segments
    );
    let mid = map.position_at(5_000_000.0);
    let half = w.max(h) / 2_000.0;
    let view = Bounds {
        min: [mid[0] - half, mid[1] - half],
        max: [mid[0] + half, mid[1] + half],
    };
    let m_per_px = 2.0 * half / 800.0;
    let zoomed = map.select(&view, m_per_px, budget);
    assert!(zoomed.segments <= budget && zoomed.segments > 0);
    let tolerance = map.levels()[zoomed.level].tolerance_m;
    assert!(
        tolerance <= 0.5 * m_per_px,
        "within a pixel when zoomed in: {tolerance}"
    );
    assert!(
        zoomed.segments < 3_000,
        "only what is on screen: {}",
        zoomed.segments
    );
}

#[test]
fn distance_to_position_and_back_on_a_straight_course() {
    let (d, la, lo) = walk(16.0, 108.2, &[(90.0, 5000.0)], 10.0);
    let map = CourseMap::new(&d, &la, &lo, &[]).unwrap();
    let all = map.select(&map.bounds, 1.0, usize::MAX);
    for target in [0.0, 3.0, 1234.5, 4999.0, 5000.0] {
        let p = map.position_at(target);
        let hit = map.nearest(&all, p, 20.0, 5.0, None).unwrap();
        assert!((hit.distance_m - target).abs() < 0.01, "{target} {hit:?}");
    }
    // Clamped beyond the ends; nothing found far off the track.
    assert_eq!(map.position_at(-50.0), map.xy_m[0]);
    assert_eq!(map.position_at(1e9), map.xy_m[map.xy_m.len() - 1]);
    let off = [map.xy_m[0][0], map.xy_m[0][1] + 500.0];
    assert!(map.nearest(&all, off, 20.0, 5.0, None).is_none());
}

#[test]
fn out_and_back_keeps_to_the_leg_the_pointer_is_on() {
    // 2 km east, a U-turn, then back west 4 m to the north (the other side of the road).
    let (d, la, lo) = walk(
        16.0,
        108.2,
        &[(90.0, 2000.0), (0.0, 4.0), (270.0, 2000.0)],
        2.0,
    );
    let map = CourseMap::new(&d, &la, &lo, &[]).unwrap();
    let all = map.select(&map.bounds, 1.0, usize::MAX);
    let p = map.position_at(500.0);
    let first = map.nearest(&all, p, 30.0, 10.0, None).unwrap();
    assert!(
        (first.distance_m - 500.0).abs() < 1.0,
        "the nearer leg: {first:?}"
    );
    let back = map.nearest(&all, p, 30.0, 10.0, Some(3400.0)).unwrap();
    assert!(
        (back.distance_m - 3504.0).abs() < 3.0,
        "the way back: {back:?}"
    );
    let out = map.nearest(&all, p, 30.0, 10.0, Some(450.0)).unwrap();
    assert!((out.distance_m - 500.0).abs() < 1.0, "{out:?}");
}

#[test]
fn a_loop_starts_and_finishes_at_the_same_place() {
    let legs = [
        (90.0, 1000.0),
        (0.0, 1000.0),
        (270.0, 1000.0),
        (180.0, 1000.0),
    ];
    let (d, la, lo) = walk(20.9, 107.0, &legs, 10.0);
    let map = CourseMap::new(&d, &la, &lo, &[]).unwrap();
    let all = map.select(&map.bounds, 1.0, usize::MAX);
    let start = map.xy_m[0];
    let hit = map.nearest(&all, start, 20.0, 5.0, None).unwrap();
    assert!(hit.distance_m < 1.0, "earliest without a hint: {hit:?}");
    let near_end = map.nearest(&all, start, 20.0, 5.0, Some(3990.0)).unwrap();
    assert!(near_end.distance_m > 3990.0, "{near_end:?}");
}

#[test]
fn the_map_of_a_sample_keeps_its_descents_and_fits_its_bounds() {
    let course = crate::course::sample::SAMPLE_RACES[0].load().unwrap();
    let analysis = crate::course::analyze(&course, &Default::default());
    let map = CourseMap::of_analysis(&analysis).unwrap();
    assert_eq!(map.distance_m, analysis.profile.distance_m);
    let coarsest = map.levels().last().unwrap();
    for desc in &analysis.descents {
        for end in [desc.start_m, desc.end_m] {
            let i = nearest_index(&map.distance_m, end) as u32;
            assert!(coarsest.indices.binary_search(&i).is_ok(), "{}", desc.name);
        }
    }
    let c = map.bounds.centre();
    assert!(c[0].abs() < 1.0 && c[1].abs() < 1.0, "centred: {c:?}");
}

#[test]
fn screen_thinning_keeps_the_ends_and_bounds_the_points() {
    let (d, la, lo) = winding(100_000);
    let keep_m = [123_450.0, 600_000.0];
    let map = CourseMap::new(&d, &la, &lo, &keep_m).unwrap();
    let m_per_px = map.bounds.size_m()[0] / 800.0;
    let sel = map.select(&map.bounds, m_per_px, usize::MAX);
    let runs: Vec<Vec<u32>> = map
        .runs(&sel)
        .map(|r| map.thin_for_screen(r, 1.5 * m_per_px))
        .collect();
    let drawn: Vec<u32> = runs.concat();
    for i in [0, 12_345, 60_000, 99_999] {
        assert!(drawn.contains(&i), "{i} drawn");
    }
    // About one point per 1.5 pixels of line: 1,000 km on 800 pixels is no more than
    // (1,000 km / (1.5 x m_per_px)) + the kept ones.
    let bound = (d[d.len() - 1] / (1.5 * m_per_px)) as usize + 4;
    assert!(drawn.len() <= bound, "{} > {bound}", drawn.len());
    assert!(
        drawn.len() < sel.segments / 2,
        "thinner than the level: {}",
        drawn.len()
    );
}
