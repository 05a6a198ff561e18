//! A fuzz harness on stable Rust: a fixed-seed mutator over GPX files (the shared corpus
//! when present, always the bundled samples), over plan JSON files (as "Open plan..."
//! reads them) and over settings. Every input must end in a value or one clean sentence,
//! never a panic or a hang; every plan the program accepts must validate against its own
//! schema.
//!
//! `cargo test --test fuzz` runs a bounded count (a few seconds); the long run is
//! `cargo test --release --test fuzz -- --ignored` (`FUZZ_SCALE=n` multiplies it).

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use downhill_planner::course::synth::Rng;
use downhill_planner::course::{self, AnalysisSettings, Course};
use downhill_planner::date::Date;
use downhill_planner::document::{self, CourseSource, DocumentSettings, PlanDocument};
use downhill_planner::export::json::{read_plan, to_json};
use downhill_planner::plan::{PaceModel, PlanSettings};
use downhill_planner::training::{BlockSettings, Experience};

/// The day every block is dated from: fixed, so a run is reproducible.
fn today() -> Date {
    Date::from_ymd(2026, 11, 25).unwrap_or_else(Date::today)
}

/// Seed inputs are cut to this many bytes: small inputs, many runs.
const SEED_CUT_BYTES: usize = 24 * 1024;

/// XML and GPX fragments the mutator splices in.
const TOKENS: [&str; 24] = [
    "<trkpt lat=\"",
    "\" lon=\"",
    "<ele>",
    "</ele>",
    "<trkseg>",
    "</trkseg>",
    "<rtept lat=\"1\" lon=\"2\"/>",
    "<wpt lat=\"0\" lon=\"0\"><name>",
    "</name>",
    "<time>2025-07-20T03:00:00Z</time>",
    "<![CDATA[",
    "]]>",
    "&#27;",
    "&#x202e;",
    "&amp;",
    "<!DOCTYPE gpx [<!ENTITY x \"xx\">]>&x;",
    "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
    "\u{feff}",
    "NaN",
    "-1e308",
    "99999999999999999999",
    "-0",
    "</gpx>",
    "<gpx version=\"1.1\">",
];

/// The seed GPX files: the bundled samples and the shared corpus, each cut to
/// [`SEED_CUT_BYTES`] (a cut file is a test of its own: the end is missing).
fn gpx_seeds() -> &'static [Vec<u8>] {
    static SEEDS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut files = gpx_files(&root.join("assets/samples"));
        let corpus = root.join("../shared/gpx-corpus");
        if corpus.is_dir() {
            files.extend(gpx_files(&corpus));
        } else {
            eprintln!("../shared/gpx-corpus is absent: mutating the bundled samples only");
        }
        let mut seeds = Vec::new();
        for f in files {
            let Ok(bytes) = std::fs::read(&f) else {
                continue;
            };
            seeds.push(bytes[..bytes.len().min(SEED_CUT_BYTES)].to_vec());
            // And the end of long files (where the closing tags are).
            if bytes.len() > SEED_CUT_BYTES {
                seeds.push(bytes[bytes.len() - SEED_CUT_BYTES..].to_vec());
            }
        }
        seeds
    })
}

fn gpx_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "gpx"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// A few random edits of `input`: bit flips, interesting bytes, cuts, copies, splices of
/// another seed and of GPX tokens, numbers made extreme.
fn mutate(rng: &mut Rng, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let mut b = input.to_vec();
    let edits = 1 + rng.next_u64() % 6;
    for _ in 0..edits {
        let len = b.len().max(1);
        let at = (rng.next_u64() as usize) % len;
        match rng.next_u64() % 9 {
            0 if !b.is_empty() => b[at] ^= 1 << (rng.next_u64() % 8),
            1 if !b.is_empty() => {
                b[at] = [0, 0xff, b'<', b'>', b'"', b'&', b'-', b'.', 0x1b, b'\r'][at % 10];
            }
            2 => {
                let n = (rng.next_u64() as usize % 256).min(b.len() - at.min(b.len()));
                b.drain(at.min(b.len())..at.min(b.len()) + n);
            }
            3 => {
                let n = rng.next_u64() as usize % 512;
                let end = (at + n).min(b.len());
                let chunk = b[at.min(end)..end].to_vec();
                let to = (rng.next_u64() as usize) % (b.len() + 1);
                b.splice(to..to, chunk);
            }
            4 => {
                let tok = TOKENS[rng.next_u64() as usize % TOKENS.len()].as_bytes();
                let to = at.min(b.len());
                b.splice(to..to, tok.iter().copied());
            }
            5 if !others.is_empty() => {
                let o = &others[rng.next_u64() as usize % others.len()];
                let from = rng.next_u64() as usize % (o.len() + 1);
                let n = (rng.next_u64() as usize % 2048).min(o.len() - from);
                let to = at.min(b.len());
                b.splice(to..to, o[from..from + n].iter().copied());
            }
            6 => b.truncate(at),
            7 => extreme_number(rng, &mut b, at),
            _ => {
                let n = rng.next_u64() as usize % 64;
                let to = at.min(b.len());
                let junk: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
                b.splice(to..to, junk);
            }
        }
    }
    b
}

/// Replaces the digits at or after `at` with an extreme number.
fn extreme_number(rng: &mut Rng, b: &mut Vec<u8>, at: usize) {
    let Some(start) = (at..b.len()).find(|&i| b[i].is_ascii_digit()) else {
        return;
    };
    let end = (start..b.len())
        .find(|&i| !(b[i].is_ascii_digit() || b[i] == b'.'))
        .unwrap_or(b.len());
    let with = [
        "0",
        "-0",
        "1e308",
        "-1e308",
        "4294967296",
        "18446744073709551616",
        "-91",
        "181",
        "0.000000000000000000001",
        "9999",
        "1e-320",
    ][rng.next_u64() as usize % 11];
    b.splice(start..end, with.bytes());
}

/// One GPX input: it loads and analyses, or fails with one sentence; a course that loads
/// is planned (and its plan validates against the schema now and then).
fn run_gpx(bytes: &[u8], check_schema: bool) {
    let course = match Course::load_bytes(bytes, Some("fuzz".into())) {
        Ok(c) => c,
        Err(e) => return one_sentence(&e.to_string()),
    };
    let settings = DocumentSettings {
        analysis: AnalysisSettings::default(),
        plan: PlanSettings::default(),
        training: None,
    };
    match document::build(&course, None, &settings, None, today()) {
        Ok((_, doc)) if check_schema => assert_valid(&doc),
        Ok(_) => {}
        Err(e) => one_sentence(&e.to_string()),
    }
}

fn one_sentence(s: &str) {
    assert!(!s.is_empty() && !s.contains('\n'), "{s:?}");
}

/// The plan schema's validator, built once.
fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(common::plan_validator)
}

/// The plan's JSON, as written, validates against the schema.
fn assert_valid(doc: &PlanDocument) {
    let text = to_json(doc).expect("a document serialises");
    let v: serde_json::Value = serde_json::from_str(&text).expect("the output is JSON");
    let errors: Vec<String> = validator()
        .iter_errors(&v)
        .take(5)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

/// A bundled sample course (Nha Trang, with its pass).
fn sample_course() -> &'static Course {
    static C: OnceLock<Course> = OnceLock::new();
    C.get_or_init(|| {
        course::sample::SAMPLE_RACES[2]
            .load()
            .expect("the sample loads")
    })
}

/// Random settings, mostly in range and now and then just outside or absurd.
fn random_settings(rng: &mut Rng) -> DocumentSettings {
    let mut pick = |lo: f64, hi: f64| -> f64 {
        match rng.next_u64() % 20 {
            0 => lo - 1.0 - rng.unit() * 1e6,
            1 => hi + 1.0 + rng.unit() * 1e6,
            2 => lo,
            3 => hi,
            _ => lo + rng.unit() * (hi - lo),
        }
    };
    let plan = PlanSettings {
        goal_time_s: pick(60.0, 48.0 * 3600.0),
        start_clock_s: pick(0.0, 86_399.0),
        uphill_effort_pct: pick(0.0, 100.0),
        downhill_restraint_pct: pick(0.0, 100.0),
        split_pct: pick(-20.0, 20.0),
        fatigue_strength_pct: pick(0.0, 100.0),
        mass_kg: pick(30.0, 200.0),
        carb_g_per_h: pick(0.0, 150.0),
        gel_carb_g: pick(5.0, 100.0),
        watch_over_read_pct: pick(0.0, 3.0),
        ..PlanSettings::default()
    };
    let models = [PaceModel::Strava, PaceModel::Kay, PaceModel::Minetti];
    let plan = PlanSettings {
        model: models[rng.next_u64() as usize % 3],
        descent_fatigue: rng.next_u64().is_multiple_of(2),
        ..plan
    };
    let training = (!rng.next_u64().is_multiple_of(4)).then(|| {
        let days = (rng.next_u64() % 30_000) as i64 - 20_000;
        BlockSettings {
            race_date: (!rng.next_u64().is_multiple_of(5)).then(|| today().add_days(days)),
            weeks: (rng.next_u64() % 20) as u32,
            experience: Experience::ALL[rng.next_u64() as usize % 3],
            downhill_per_week: (rng.next_u64() % 4) as u32,
            strength_per_week: (rng.next_u64() % 5) as u32,
            overrides: Vec::new(),
            recent_descent_m: (!rng.next_u64().is_multiple_of(3))
                .then(|| (rng.next_u64() % 20_000) as f64 - 1_000.0),
        }
    });
    DocumentSettings {
        analysis: AnalysisSettings::default(),
        plan,
        training,
    }
}

/// One set of settings: refused with one sentence, or a plan that validates.
fn run_settings(settings: &DocumentSettings) {
    if let Err(e) = settings.plan.validate() {
        return one_sentence(&e.to_string());
    }
    let source = Some(CourseSource::Sample {
        id: course::sample::SAMPLE_RACES[2].id.to_string(),
    });
    match document::build(sample_course(), source, settings, None, today()) {
        Ok((_, doc)) => assert_valid(&doc),
        Err(e) => one_sentence(&e.to_string()),
    }
}

/// The plan file seed: what "Open plan..." reads of a saved plan with a training block.
fn plan_seed() -> &'static str {
    static S: OnceLock<String> = OnceLock::new();
    S.get_or_init(|| {
        let settings = DocumentSettings {
            analysis: AnalysisSettings::default(),
            plan: PlanSettings::default(),
            training: Some(BlockSettings {
                race_date: Some(today().add_days(70)),
                ..BlockSettings::default()
            }),
        };
        let (_, doc) = document::build(sample_course(), None, &settings, None, today())
            .expect("the sample plans");
        let full: serde_json::Value = serde_json::to_value(&doc).expect("the document serialises");
        // Only what read_plan looks at: a small seed mutates faster.
        let keep = [
            "schema_version",
            "source",
            "course",
            "settings",
            "analysis_settings",
        ];
        let mut small = serde_json::Map::new();
        for k in keep {
            if let Some(v) = full.get(k) {
                small.insert(k.to_string(), v.clone());
            }
        }
        if let Some(t) = full.get("training") {
            small.insert(
                "training".into(),
                serde_json::json!({ "settings": t["settings"] }),
            );
        }
        serde_json::to_string_pretty(&small).expect("a map serialises")
    })
}

/// One plan file: refused with one sentence, or its settings make a plan that validates
/// (or that is refused with one sentence), as the app does after "Open plan...".
fn run_plan_file(bytes: &[u8]) {
    let saved = match read_plan(bytes) {
        Ok(s) => s,
        Err(e) => return one_sentence(&e.to_string()),
    };
    let settings = DocumentSettings {
        analysis: saved.analysis_settings,
        plan: saved.settings,
        training: saved.training_settings,
    };
    match document::build(sample_course(), saved.source, &settings, None, today()) {
        Ok((_, doc)) => assert_valid(&doc),
        Err(e) => one_sentence(&e.to_string()),
    }
}

/// A JSON-aware mutation: one value somewhere in the tree replaced by an odd one.
fn mutate_json(rng: &mut Rng, text: &str) -> Vec<u8> {
    let Ok(mut v) = serde_json::from_str::<serde_json::Value>(text) else {
        return text.as_bytes().to_vec();
    };
    let odd = [
        serde_json::json!(null),
        serde_json::json!(-1),
        serde_json::json!(0),
        serde_json::json!(1e308),
        serde_json::json!(-1e308),
        serde_json::json!(u64::MAX),
        serde_json::json!(i64::MIN),
        serde_json::json!(4_294_967_296_u64),
        serde_json::json!(""),
        serde_json::json!("9999-12-31"),
        serde_json::json!("10000-01-01"),
        serde_json::json!("\u{1b}[2J\r\u{202e}"),
        serde_json::json!([]),
        serde_json::json!({}),
        serde_json::json!(true),
        serde_json::json!([{ "id": "w1-1", "reps": 4_000_000_000_u64, "length_m": 1e300,
                             "slope_pct": -1e300, "minutes": 1e300 }]),
    ];
    let with = odd[rng.next_u64() as usize % odd.len()].clone();
    replace_random_leaf(rng, &mut v, with);
    serde_json::to_vec_pretty(&v).unwrap_or_default()
}

fn replace_random_leaf(rng: &mut Rng, v: &mut serde_json::Value, with: serde_json::Value) {
    let stop = rng.next_u64().is_multiple_of(4);
    match v {
        serde_json::Value::Object(m) if !m.is_empty() && !stop => {
            let i = rng.next_u64() as usize % m.len();
            if let Some((_, child)) = m.iter_mut().nth(i) {
                replace_random_leaf(rng, child, with);
            }
        }
        serde_json::Value::Array(a) if !a.is_empty() && !stop => {
            let i = rng.next_u64() as usize % a.len();
            replace_random_leaf(rng, &mut a[i], with);
        }
        _ => *v = with,
    }
}

/// How many inputs of each kind one run tries.
#[derive(Debug, Clone, Copy)]
struct Counts {
    gpx: usize,
    plan_files: usize,
    settings: usize,
}

/// Runs the harness with `seed`; returns how many inputs ran.
fn fuzz(seed: u64, n: Counts) -> usize {
    let mut rng = Rng::new(seed);
    let seeds = gpx_seeds();
    assert!(!seeds.is_empty(), "no seed files");
    for i in 0..n.gpx {
        let input = &seeds[rng.next_u64() as usize % seeds.len()];
        let bytes = mutate(&mut rng, input, seeds);
        run_gpx(&bytes, i % 64 == 0);
    }
    let plan = plan_seed();
    let plan_seeds = vec![plan.as_bytes().to_vec()];
    for _ in 0..n.plan_files {
        let bytes = if rng.next_u64().is_multiple_of(2) {
            mutate_json(&mut rng, plan)
        } else {
            mutate(&mut rng, plan.as_bytes(), &plan_seeds)
        };
        run_plan_file(&bytes);
    }
    for _ in 0..n.settings {
        run_settings(&random_settings(&mut rng));
    }
    n.gpx + n.plan_files + n.settings
}

#[test]
fn fuzz_bounded() {
    let start = std::time::Instant::now();
    let n = fuzz(
        0x00d0_e411,
        Counts {
            gpx: 5000,
            plan_files: 1500,
            settings: 150,
        },
    );
    eprintln!("fuzz: {n} inputs in {:.1} s", start.elapsed().as_secs_f64());
}

#[test]
#[ignore = "long run: cargo test --release --test fuzz -- --ignored"]
fn fuzz_long() {
    let scale: usize = std::env::var("FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let start = std::time::Instant::now();
    let mut total = 0;
    for round in 0..scale as u64 {
        total += fuzz(
            0x5eed_0000 + round,
            Counts {
                gpx: 80_000,
                plan_files: 20_000,
                settings: 2_000,
            },
        );
    }
    eprintln!(
        "fuzz: {total} inputs in {:.1} s",
        start.elapsed().as_secs_f64()
    );
}
