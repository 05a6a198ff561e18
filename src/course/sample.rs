//! Courses built from a list of legs: the bundled sample races and the synthetic courses
//! the tests use as known truth.
//!
//! A leg is a straight-or-winding stretch with a length and a rise, run at a constant grade.
//! The three sample races are approximations made from public facts (science notes,
//! section 2): bridge heights and lengths, where the pass is. They are not surveys.

use super::{Course, CoursePoint, Waypoint, geo};

/// One stretch of a synthetic course.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Leg {
    /// Length of the leg along the path, metres.
    pub length_m: f64,
    /// Height change over the leg (negative = downhill); constant grade.
    pub rise_m: f64,
    /// Total heading change over the leg (a bend, or 180 for a U-turn), degrees.
    pub turn_deg: f64,
    /// Amplitude of side-to-side winding (a mountain road), degrees; 0 = straight.
    pub winding_deg: f64,
}

impl Leg {
    /// A straight, level leg `length_m` long.
    pub const fn flat(length_m: f64) -> Leg {
        Leg {
            length_m,
            rise_m: 0.0,
            turn_deg: 0.0,
            winding_deg: 0.0,
        }
    }

    /// A straight leg climbing `rise_m` over `length_m` (negative `rise_m` descends).
    pub const fn slope(length_m: f64, rise_m: f64) -> Leg {
        Leg {
            length_m,
            rise_m,
            turn_deg: 0.0,
            winding_deg: 0.0,
        }
    }

    /// A leg climbing `rise_m` over `length_m` on a road winding `winding_deg` either side.
    pub const fn winding(length_m: f64, rise_m: f64, winding_deg: f64) -> Leg {
        Leg {
            length_m,
            rise_m,
            turn_deg: 0.0,
            winding_deg,
        }
    }

    /// A level leg that bends through `turn_deg` degrees over `length_m` (180 = U-turn).
    pub const fn turn(length_m: f64, turn_deg: f64) -> Leg {
        Leg {
            length_m,
            rise_m: 0.0,
            turn_deg,
            winding_deg: 0.0,
        }
    }
}

/// The way back of an out-and-back: the same legs in reverse, rises and turns negated.
pub fn mirrored(legs: &[Leg]) -> Vec<Leg> {
    legs.iter()
        .rev()
        .map(|l| Leg {
            rise_m: -l.rise_m,
            turn_deg: -l.turn_deg,
            ..*l
        })
        .collect()
}

/// A course description: legs plus named landmarks.
#[derive(Debug, Clone)]
pub struct CourseSpec {
    /// Name of the course.
    pub name: String,
    /// Description written into the course (and its GPX file).
    pub description: String,
    /// Elevation at the start, metres.
    pub start_elevation_m: f64,
    /// Direction of the first leg, degrees clockwise from north (90 = east).
    pub start_heading_deg: f64,
    /// The stretches of the course, from start to finish.
    pub legs: Vec<Leg>,
    /// Landmarks: (distance along the course, name).
    pub waypoints: Vec<(f64, String)>,
    /// Place the course so that this distance (metres) lies at this position (latitude,
    /// longitude in degrees).
    pub anchor: (f64, f64, f64),
}

/// Wavelength of the winding of a winding leg.
const WINDING_WAVELENGTH_M: f64 = 400.0;

impl CourseSpec {
    /// Total length of the legs.
    pub fn length_m(&self) -> f64 {
        self.legs.iter().map(|l| l.length_m).sum()
    }

    /// Builds the course with a point every `step_m` metres of path, placed so that the
    /// anchor distance lies at the anchor position.
    pub fn build(&self, step_m: f64) -> Course {
        let (at_m, alat, alon) = self.anchor;
        // Trace from the anchor, see where the anchor distance lands, move the start by the
        // difference and trace again: a few rounds put the anchor within centimetres.
        let (mut slat, mut slon) = (alat, alon);
        let mut raw = self.trace(slat, slon, step_m);
        for _ in 0..4 {
            let idx = raw.iter().position(|r| r.distance_m >= at_m).unwrap_or(0);
            slat += alat - raw[idx].lat_deg;
            slon += geo::lon_delta_deg(raw[idx].lon_deg, alon);
            raw = self.trace(slat, slon, step_m);
        }
        let mut points: Vec<CoursePoint> = Vec::with_capacity(raw.len());
        for r in &raw {
            points.push(CoursePoint {
                elevation_m: round2(r.elevation_m),
                ..*r
            });
        }
        let waypoints = self
            .waypoints
            .iter()
            .map(|(at, name)| {
                let i = raw
                    .iter()
                    .position(|r| r.distance_m >= *at - 1e-6)
                    .unwrap_or(raw.len() - 1);
                let p = &points[i];
                Waypoint {
                    name: name.clone(),
                    lat_deg: p.lat_deg,
                    lon_deg: p.lon_deg,
                    elevation_m: Some(p.elevation_m),
                }
            })
            .collect();
        let mut course =
            Course::from_points(&self.name, points, waypoints).unwrap_or_else(unreachable_course);
        course.description = Some(self.description.clone());
        course
    }

    /// Walks the legs from a start position: position, path distance and (unrounded)
    /// elevation per point.
    fn trace(&self, lat0: f64, lon0: f64, step_m: f64) -> Vec<CoursePoint> {
        let (mut lat, mut lon) = (lat0, lon0);
        let mut elevation = self.start_elevation_m;
        let mut heading = self.start_heading_deg;
        let mut path = 0.0;
        let point = |lat_deg, lon_deg, distance_m, elevation_m| CoursePoint {
            lat_deg,
            lon_deg,
            distance_m,
            elevation_m,
        };
        let mut raw = vec![point(lat, lon, path, elevation)];
        for leg in &self.legs {
            let steps = (leg.length_m / step_m).ceil().max(1.0) as usize;
            let ds = leg.length_m / steps as f64;
            let h0 = heading;
            for k in 1..=steps {
                let s = (k as f64 - 0.5) * ds; // heading at the middle of the step
                let h = h0
                    + leg.turn_deg * s / leg.length_m
                    + leg.winding_deg
                        * (2.0 * std::f64::consts::PI * s / WINDING_WAVELENGTH_M).sin();
                (lat, lon) = geo::destination(lat, lon, h, ds);
                path += ds;
                elevation += leg.rise_m / steps as f64;
                raw.push(point(lat, lon, path, elevation));
            }
            heading = h0 + leg.turn_deg;
        }
        raw
    }
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

#[cold]
fn unreachable_course() -> Course {
    // Legs always have positive length, so points are strictly increasing in distance.
    panic!("a course spec produced an invalid course: a bug in sample.rs")
}

/// What every bundled sample says about itself.
pub const APPROXIMATION_NOTE: &str = "APPROXIMATION, NOT A SURVEY: profile built by Downhill \
    Planner from public facts (bridge heights and lengths, where the pass is); distances and \
    elevations are estimates. Do not use for navigation.";

/// A bundled sample race.
#[derive(Debug, Clone, Copy)]
pub struct SampleRace {
    /// File stem in `assets/samples/`.
    pub id: &'static str,
    /// Name shown in the app's sample menu; also the course name when the GPX has none.
    pub title: &'static str,
    /// The GPX bytes bundled in the binary.
    pub gpx: &'static [u8],
    /// Builds the spec the GPX was written from (`make-samples`, and tests as truth).
    pub spec: fn() -> CourseSpec,
}

/// The three sample races; the first is the app's default course.
pub const SAMPLE_RACES: [SampleRace; 3] = [
    SampleRace {
        id: "da-nang-thuan-phuoc",
        title: "Da Nang: Thuan Phuoc Bridge (approx.)",
        gpx: include_bytes!("../../assets/samples/da-nang-thuan-phuoc.gpx"),
        spec: da_nang,
    },
    SampleRace {
        id: "ha-long-bai-chay",
        title: "Ha Long: Bai Chay Bridge (approx.)",
        gpx: include_bytes!("../../assets/samples/ha-long-bai-chay.gpx"),
        spec: ha_long,
    },
    SampleRace {
        id: "nha-trang-luong-son",
        title: "Nha Trang: Luong Son Pass (approx.)",
        gpx: include_bytes!("../../assets/samples/nha-trang-luong-son.gpx"),
        spec: nha_trang,
    },
];

impl SampleRace {
    /// The title in this thread's language (the menu's words; `title` stays the English
    /// one, the course name when the GPX has none).
    pub fn display_title(&self) -> String {
        match self.id {
            "da-nang-thuan-phuoc" => crate::t!("sample-da-nang"),
            "ha-long-bai-chay" => crate::t!("sample-ha-long"),
            "nha-trang-luong-son" => crate::t!("sample-nha-trang"),
            _ => self.title.to_owned(),
        }
    }

    /// Loads the bundled GPX (exactly as a user file would be loaded).
    pub fn load(&self) -> Result<Course, super::LoadError> {
        Course::load_bytes(self.gpx, Some(self.title.to_string()))
    }
}

/// Marathon distance, metres.
pub const MARATHON_M: f64 = 42_195.0;

/// A bridge hump: up, a flat main span, down.
fn hump(side_m: f64, rise_m: f64, top_m: f64) -> [Leg; 3] {
    [
        Leg::slope(side_m, rise_m),
        Leg::flat(top_m),
        Leg::slope(side_m, -rise_m),
    ]
}

/// Ha Long: Bai Chay Bridge crossed out and back. Main bridge 903 m (1,106 m with end
/// spans), 50 m clearance, approach viaducts ~1.17 km: a ~48 m hump over ~1.1 km each side.
pub fn ha_long() -> CourseSpec {
    let bridge = hump(1_100.0, 48.0, 200.0);
    let mut out = vec![Leg::flat(2_000.0), Leg::turn(2_000.0, 20.0)];
    out.extend_from_slice(&bridge);
    out.extend_from_slice(&[Leg::turn(6_000.0, 40.0), Leg::flat(8_647.5)]);
    let mut legs = out.clone();
    legs.push(Leg::turn(100.0, 180.0));
    legs.extend(mirrored(&out));
    let first_top = 4_000.0 + 1_100.0 + 100.0;
    CourseSpec {
        name: "VnExpress Marathon Ha Long (approximate course)".into(),
        description: format!(
            "{APPROXIMATION_NOTE} Out and back over Bai Chay Bridge (Cầu Bãi Cháy): main \
             bridge 903 m, 50 m navigation clearance, hump of about 48 m over about 1.1 km each \
             side."
        ),
        start_elevation_m: 3.0,
        start_heading_deg: 60.0,
        legs,
        waypoints: vec![
            (0.0, "Start".into()),
            (first_top, "Cầu Bãi Cháy (Bai Chay Bridge)".into()),
            (MARATHON_M / 2.0, "Turnaround".into()),
            (MARATHON_M, "Finish".into()),
        ],
        anchor: (first_top, 20.9603, 107.0658),
    }
}

/// Da Nang: Thuan Phuoc suspension bridge (1,850 m long, main span 405 m, 27 m
/// clearance) crossed out and back: a ~30 m hump over ~0.9 km each side (about 3.3 %).
pub fn da_nang() -> CourseSpec {
    let bridge = hump(900.0, 30.0, 400.0);
    let mut out = vec![Leg::flat(3_000.0), Leg::turn(2_000.0, -15.0)];
    out.extend_from_slice(&bridge);
    out.extend_from_slice(&[Leg::turn(5_000.0, 90.0), Leg::flat(8_847.5)]);
    let mut legs = out.clone();
    legs.push(Leg::turn(100.0, 180.0));
    legs.extend(mirrored(&out));
    let top = 5_000.0 + 900.0 + 200.0;
    CourseSpec {
        name: "VnExpress Marathon Da Nang (approximate course)".into(),
        description: format!(
            "{APPROXIMATION_NOTE} Out and back over Thuan Phuoc Bridge (Cầu Thuận Phước): \
             suspension bridge 1,850 m long, 27 m navigation clearance, hump of about 30 m over \
             about 0.9 km each side."
        ),
        start_elevation_m: 2.0,
        start_heading_deg: 0.0,
        legs,
        waypoints: vec![
            (0.0, "Start".into()),
            (top, "Cầu Thuận Phước (Thuan Phuoc Bridge)".into()),
            (MARATHON_M / 2.0, "Turnaround".into()),
            (MARATHON_M, "Finish".into()),
        ],
        anchor: (top, 16.0919, 108.2220),
    }
}

/// Nha Trang: flat first ~19 km with Tran Phu bridge crossed twice, a rolling 6.5 km climb
/// over Luong Son Pass to ~68 m at km 25.5, a winding descent to the coast, flat finish.
pub fn nha_trang() -> CourseSpec {
    let small_bridge = hump(300.0, 9.0, 100.0);
    let mut legs = vec![Leg::flat(2_000.0)];
    legs.extend_from_slice(&small_bridge); // crossing 1, km 2.0-2.7
    legs.push(Leg::flat(5_500.0));
    legs.push(Leg::turn(100.0, 180.0));
    legs.push(Leg::flat(5_500.0));
    legs.extend_from_slice(&small_bridge); // crossing 2, km 13.8-14.5
    legs.push(Leg::turn(4_500.0, -10.0)); // to km 19.0
    // The pass: a rolling climb...
    legs.extend_from_slice(&[
        Leg::winding(1_500.0, 5.0, 15.0),
        Leg::winding(1_500.0, 8.0, 20.0),
        Leg::winding(500.0, -3.0, 20.0),
        Leg::winding(1_200.0, 10.0, 25.0),
        Leg::winding(1_800.0, 45.0, 25.0),
    ]); // top at km 25.5, 68 m
    // ...and a longer, winding descent back to the coast.
    legs.extend_from_slice(&[
        Leg::winding(900.0, -30.0, 35.0),
        Leg::winding(300.0, -2.0, 35.0),
        Leg::winding(1_100.0, -26.0, 35.0),
        Leg::winding(800.0, -7.0, 20.0),
    ]); // km 28.6, back at 3 m
    let so_far: f64 = legs.iter().map(|l| l.length_m).sum();
    legs.push(Leg::turn((MARATHON_M - so_far) / 2.0, 30.0));
    legs.push(Leg::flat((MARATHON_M - so_far) / 2.0));
    let top = 25_500.0;
    CourseSpec {
        name: "VnExpress Marathon Nha Trang (approximate course)".into(),
        description: format!(
            "{APPROXIMATION_NOTE} Flat first 19 km crossing Tran Phu bridge (Cầu Trần Phú) \
             twice; Luong Son Pass (Đèo Lương Sơn) climbs about 6.5 km to about 68 m at km \
             25.5, then a winding descent to the coast."
        ),
        start_elevation_m: 3.0,
        start_heading_deg: 180.0,
        legs,
        waypoints: vec![
            (0.0, "Start".into()),
            (2_350.0, "Cầu Trần Phú (Tran Phu Bridge)".into()),
            (top, "Đèo Lương Sơn (Luong Son Pass)".into()),
            (MARATHON_M, "Finish".into()),
        ],
        anchor: (top, 12.3560, 109.2010),
    }
}

/// Writes a course as GPX 1.1 (one track, one segment, waypoints) with the gpx crate.
pub fn to_gpx(course: &Course) -> Result<String, String> {
    let mut g = gpx::Gpx {
        version: gpx::GpxVersion::Gpx11,
        creator: Some("Downhill Planner".into()),
        ..Default::default()
    };
    g.metadata = Some(gpx::Metadata {
        name: Some(course.name.clone()),
        description: course.description.clone(),
        ..Default::default()
    });
    for w in &course.waypoints {
        let mut wp =
            gpx::Waypoint::new(geo_types::Point::new(round7(w.lon_deg), round7(w.lat_deg)));
        wp.name = Some(w.name.clone());
        wp.elevation = w.elevation_m;
        g.waypoints.push(wp);
    }
    let mut seg = gpx::TrackSegment::new();
    for p in course.points() {
        let mut wp =
            gpx::Waypoint::new(geo_types::Point::new(round7(p.lon_deg), round7(p.lat_deg)));
        wp.elevation = p.elevation_m.is_finite().then_some(p.elevation_m);
        seg.points.push(wp);
    }
    let mut trk = gpx::Track::new();
    trk.name = Some(course.name.clone());
    trk.description = course.description.clone();
    trk.segments.push(seg);
    g.tracks.push(trk);
    let mut out = Vec::new();
    gpx::write(&g, &mut out).map_err(|e| e.to_string())?;
    String::from_utf8(out).map_err(|e| e.to_string())
}

fn round7(v: f64) -> f64 {
    (v * 1e7).round() / 1e7
}

/// Writes the three sample GPX files into `dir` (the `make-samples` command).
pub fn write_samples(dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>, String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let mut written = Vec::new();
    for race in SAMPLE_RACES {
        let course = (race.spec)().build(SAMPLE_STEP_M);
        let text = to_gpx(&course)?;
        let path = dir.join(format!("{}.gpx", race.id));
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// Point spacing of the bundled samples, metres (a route planner's density).
pub const SAMPLE_STEP_M: f64 = 20.0;
