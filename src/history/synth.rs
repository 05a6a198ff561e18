//! A synthetic runner with a known grade curve, for tests and benchmarks: courses of
//! random legs (-12 % to +12 %), run at 1 s with a day's form, per-second pace noise,
//! pauses, correlated GPS and elevation noise and the odd GPS jump; written as GPX 1.1,
//! TCX or FIT activity bytes.

use std::fmt::Write as _;

use crate::course::RawPoint;
use crate::course::geo::destination;

/// The synthetic runner's true time multiplier at `grade_pct`: `1 + 0.033 g + 0.0018 g^2`
/// (g in %; fastest near -9 %, 0.85 at -10 %, 1.51 at +10 %). Unlike every built-in model,
/// so recovering it is a real test.
pub fn true_factor(grade_pct: f64) -> f64 {
    1.0 + 0.033 * grade_pct + 0.0018 * grade_pct * grade_pct
}

/// SplitMix64: a small, seedable generator (no dependency needed).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    /// Uniform in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in [a, b).
    pub fn range(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.next_f64()
    }

    /// Roughly normal (sum of four uniforms), mean 0, standard deviation `sd`.
    pub fn normal(&mut self, sd: f64) -> f64 {
        let s: f64 = (0..4).map(|_| self.next_f64()).sum();
        (s - 2.0) * sd * 3.0f64.sqrt()
    }
}

/// Degrees on the FIT grid (semicircles), so every format holds the same position.
fn on_fit_grid(deg: f64) -> f64 {
    f64::from(crate::fit::semicircles(deg)) * 180.0 / f64::from(1u32 << 31)
}

/// One synthetic run of about `distance_m`, starting at `start_time_s` (Unix seconds).
/// Positions sit on the FIT grid, elevations on 0.2 m and times on whole seconds, so the
/// GPX, TCX and FIT versions hold exactly the same points.
pub fn activity(seed: u64, distance_m: f64, start_time_s: f64) -> Vec<RawPoint> {
    let mut rng = Rng::new(seed);
    let flat = rng.range(2.8, 3.6); // this day's flat speed, m/s
    let (mut lat, mut lon) = (rng.range(10.0, 21.0), rng.range(105.0, 109.0));
    let (mut heading, mut ele) = (rng.range(0.0, 360.0), rng.range(5.0, 300.0));
    let (mut gps_n, mut gps_e, mut ele_noise, mut pace_noise) = (0.0, 0.0, 0.0, 0.0);
    let (mut t, mut run_m) = (start_time_s, 0.0);
    let pauses: Vec<f64> = (0..3).map(|_| rng.range(0.1, 0.9) * distance_m).collect();
    let jump_at = rng.range(0.2, 0.8) * distance_m;
    let mut out = Vec::with_capacity((distance_m / 2.5) as usize);
    let mut leg_left = 0.0;
    let mut grade = 0.0;
    let mut push = |lat: f64, lon: f64, ele: f64, t: f64, n: f64, e: f64| {
        let (la, lo) = destination(lat, lon, 0.0, n);
        let (la, lo) = destination(la, lo, 90.0, e);
        out.push(RawPoint {
            lat_deg: on_fit_grid(la),
            lon_deg: on_fit_grid(lo),
            elevation_m: (ele * 5.0).round() / 5.0,
            time_s: t.round(),
            segment: 0,
        });
    };
    while run_m < distance_m {
        if leg_left <= 0.0 {
            leg_left = rng.range(200.0, 700.0);
            // A third of the legs flat-ish, the rest anywhere in -12..12 %.
            grade = if rng.next_f64() < 0.3 {
                rng.range(-1.5, 1.5)
            } else {
                rng.range(-12.0, 12.0)
            };
        }
        pace_noise = 0.9 * pace_noise + rng.normal(0.012);
        let v = flat / true_factor(grade) * (1.0 + pace_noise);
        heading += rng.normal(3.0);
        (lat, lon) = destination(lat, lon, heading, v);
        ele += grade / 100.0 * v;
        run_m += v;
        leg_left -= v;
        t += 1.0;
        gps_n = 0.95 * gps_n + rng.normal(0.4);
        gps_e = 0.95 * gps_e + rng.normal(0.4);
        ele_noise = 0.9 * ele_noise + rng.normal(0.15);
        push(lat, lon, ele + ele_noise, t, gps_n, gps_e);
        if let Some(p) = pauses.iter().position(|&p| run_m >= p && run_m - v < p) {
            // Standing at a light: 20-60 s of points that barely move.
            for _ in 0..(20 + 13 * p) {
                t += 1.0;
                push(lat, lon, ele + ele_noise, t, gps_n + rng.normal(0.3), gps_e);
            }
        }
        if run_m >= jump_at && run_m - v < jump_at {
            t += 1.0;
            push(lat, lon, ele, t, gps_n + 300.0, gps_e);
        }
    }
    out
}

/// A GPX 1.1 activity of these points.
pub fn to_gpx(points: &[RawPoint]) -> String {
    let mut s = String::with_capacity(points.len() * 110 + 300);
    s.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<gpx version=\"1.1\" creator=\"downhill-planner synth\" ",
        "xmlns=\"http://www.topografix.com/GPX/1/1\">\n",
        "<trk><type>running</type><trkseg>\n"
    ));
    for p in points {
        let _ = writeln!(
            s,
            "<trkpt lat=\"{:.9}\" lon=\"{:.9}\"><ele>{:.1}</ele><time>{}</time></trkpt>",
            p.lat_deg,
            p.lon_deg,
            p.elevation_m,
            iso(p.time_s)
        );
    }
    s.push_str("</trkseg></trk></gpx>\n");
    s
}

/// A TCX running activity of these points.
pub fn to_tcx(points: &[RawPoint]) -> String {
    let mut s = String::with_capacity(points.len() * 220 + 400);
    s.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<TrainingCenterDatabase ",
        "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">\n",
        "<Activities><Activity Sport=\"Running\"><Lap><Track>\n"
    ));
    for p in points {
        let _ = writeln!(
            s,
            "<Trackpoint><Time>{}</Time><Position><LatitudeDegrees>{:.9}</LatitudeDegrees>\
             <LongitudeDegrees>{:.9}</LongitudeDegrees></Position>\
             <AltitudeMeters>{:.1}</AltitudeMeters></Trackpoint>",
            iso(p.time_s),
            p.lat_deg,
            p.lon_deg,
            p.elevation_m
        );
    }
    s.push_str("</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n");
    s
}

/// A FIT running activity of these points (file id, records, session), written with the
/// project's own FIT encoder.
pub fn to_fit(points: &[RawPoint]) -> Vec<u8> {
    use crate::fit::{Writer, base, semicircles, time};
    let mut w = Writer::new();
    let start = points.first().map_or(0.0, |p| p.time_s) as i64;
    // file_id: type (activity = 4), manufacturer (development = 255), time created.
    w.definition(
        0,
        0,
        &[
            (0, 1, base::ENUM),
            (1, 2, base::UINT16),
            (4, 4, base::UINT32),
        ],
    );
    w.message(0).u8(4).u16(255).u32(time(start));
    // record: timestamp, position, altitude (scale 5, offset 500 m).
    w.definition(
        1,
        20,
        &[
            (253, 4, base::UINT32),
            (0, 4, base::SINT32),
            (1, 4, base::SINT32),
            (2, 2, base::UINT16),
        ],
    );
    for p in points {
        let alt = ((p.elevation_m + 500.0) * 5.0).round().clamp(0.0, 65_534.0) as u16;
        w.message(1)
            .u32(time(p.time_s as i64))
            .i32(semicircles(p.lat_deg))
            .i32(semicircles(p.lon_deg))
            .u16(alt);
    }
    // session: start time, sport (running = 1).
    w.definition(2, 18, &[(2, 4, base::UINT32), (5, 1, base::ENUM)]);
    w.message(2).u32(time(start)).u8(1);
    w.finish()
}

/// `YYYY-MM-DDThh:mm:ssZ` of Unix seconds.
fn iso(unix_s: f64) -> String {
    let s = unix_s.round() as i64;
    let (y, m, d) = crate::date::Date::from_ymd(1970, 1, 1)
        .map(|e| e.add_days(s.div_euclid(86_400)).ymd())
        .unwrap_or((1970, 1, 1));
    let sod = s.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        sod / 3600,
        sod / 60 % 60,
        sod % 60
    )
}
