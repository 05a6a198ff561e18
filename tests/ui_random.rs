//! A randomised UI test (monkey test): a few thousand random clicks, drags, keys and typed
//! text sent to the real app through egui_kittest, with file dialogs answered by paths in
//! a temporary folder. The app must never panic, and whenever it shows a plan, the plan
//! still finishes on the goal.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use downhill_planner::app::{DialogKind, Dialogs, DownhillApp};
use downhill_planner::course::synth::Rng;
use downhill_planner::plan::HeatMode;
use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;

/// The window size of the test.
const SIZE: egui::Vec2 = egui::vec2(1400.0, 1000.0);

/// Answers every dialog as a user would: a sample course to open, a file in the temporary
/// folder to save to, now and then a cancel.
struct Monkey {
    dir: PathBuf,
}

impl Dialogs for Monkey {
    fn ask(&self, kind: DialogKind, default_name: &str) -> Option<PathBuf> {
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
        match kind {
            DialogKind::OpenCourse | DialogKind::OpenGround => {
                Some(sample.join("nha-trang-luong-son.gpx"))
            }
            DialogKind::OpenPlan => Some(self.dir.join("plan.json")),
            DialogKind::FitFolder => Some(self.dir.join("fit")),
            _ => Some(self.dir.join(default_name)),
        }
    }
}

const KEYS: [Key; 16] = [
    Key::Enter,
    Key::Escape,
    Key::Tab,
    Key::Space,
    Key::Backspace,
    Key::Delete,
    Key::ArrowUp,
    Key::ArrowDown,
    Key::ArrowLeft,
    Key::ArrowRight,
    Key::Home,
    Key::End,
    Key::PageUp,
    Key::PageDown,
    Key::A,
    Key::Z,
];

const TEXTS: [&str; 8] = [
    "4:00:00",
    "-0:30",
    "2027-04-05",
    "9999-12-31",
    "abc",
    "0",
    "\u{1b}[2J",
    "99999",
];

fn random_pos(rng: &mut Rng) -> Pos2 {
    // Most clicks on the side panel, where the controls are.
    let x = if rng.next_u64().is_multiple_of(3) {
        rng.unit() as f32 * SIZE.x
    } else {
        rng.unit() as f32 * 420.0
    };
    Pos2::new(x, rng.unit() as f32 * SIZE.y)
}

/// One random gesture: the events of a click, a drag, a key or some typed text.
fn gesture(rng: &mut Rng) -> Vec<Event> {
    let button = |pos, pressed| Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    match rng.next_u64() % 10 {
        0..=4 => {
            let p = random_pos(rng);
            vec![Event::PointerMoved(p), button(p, true), button(p, false)]
        }
        5 | 6 => {
            let a = random_pos(rng);
            let b = Pos2::new(
                a.x + (rng.unit() as f32 - 0.5) * 300.0,
                a.y + (rng.unit() as f32 - 0.5) * 60.0,
            );
            let mid = a.lerp(b, 0.5);
            vec![
                Event::PointerMoved(a),
                button(a, true),
                Event::PointerMoved(mid),
                Event::PointerMoved(b),
                button(b, false),
            ]
        }
        7 | 8 => {
            let key = KEYS[rng.next_u64() as usize % KEYS.len()];
            let k = |pressed| Event::Key {
                key,
                physical_key: None,
                pressed,
                repeat: false,
                modifiers: Modifiers::NONE,
            };
            vec![k(true), k(false)]
        }
        _ => vec![Event::Text(
            TEXTS[rng.next_u64() as usize % TEXTS.len()].to_string(),
        )],
    }
}

/// When a plan is shown, it finishes on the goal ("keep my goal"), or at the goal's effort
/// in the heat ("keep my effort"), plus any crowded-start seconds not won back.
fn check_plan(app: &DownhillApp, step: usize) {
    if let Some(p) = app.session.plan_ok() {
        let plan = &p.plan;
        let finish = plan.splits_km.last().map_or(0.0, |s| s.cumulative_s);
        let c = &plan.settings.conditions;
        let sol = &p.solution;
        let expected = match c.mode {
            HeatMode::KeepEffort => sol.finish_same_effort_s,
            HeatMode::KeepGoal => {
                plan.settings.goal_time_s + c.start_delay_s - sol.start_delay_repaid_s
            }
        };
        assert!(
            (finish - expected).abs() <= 1.0,
            "step {step}: finish {finish} s, expected {expected} s ({:?})",
            c.mode
        );
    }
}

#[test]
fn random_clicks_drags_and_keys_never_break_the_app() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut h = Harness::builder()
        .with_size(SIZE)
        .build_eframe(|cc| DownhillApp::new(cc, None));
    h.state_mut().dialogs = Arc::new(Monkey {
        dir: dir.path().to_path_buf(),
    });
    h.run_steps(3);
    let start = h.state().settings.clone();
    let mut rng = Rng::new(0x0f0e_1d2c);
    let gestures = 4_000;
    let mut events = 0;
    for step in 0..gestures {
        let evs = gesture(&mut rng);
        events += evs.len();
        h.input_mut().events.extend(evs);
        h.step();
        if step % 50 == 0 {
            h.state_mut().finish_load();
            h.run_steps(2);
            check_plan(h.state(), step);
        }
    }
    h.state_mut().finish_load();
    h.run_steps(3);
    check_plan(h.state(), gestures);
    assert!(events >= 2_500, "{events}");
    // The monkey really used the app: some setting moved away from where it started.
    let changed = h.state().settings != start;
    let written = std::fs::read_dir(dir.path()).map_or(0, Iterator::count);
    eprintln!("monkey: {gestures} gestures, {events} events, {written} files written");
    assert!(changed, "no setting changed");
}

#[test]
fn names_and_paths_in_the_app_are_escaped() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut h = Harness::builder()
        .with_size(SIZE)
        .build_eframe(|cc| DownhillApp::new(cc, None));
    h.run_steps(2);
    // A course named with an escape sequence and a right-to-left override.
    let gpx = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/ha-long-bai-chay.gpx"),
    )
    .expect("the sample is bundled");
    let start = gpx.find("<name>").expect("a name") + "<name>".len();
    let end = start + gpx[start..].find("</name>").expect("a name end");
    let named = format!("{}Evil&#27;[2J&#x202e;Race{}", &gpx[..start], &gpx[end..]);
    let course = downhill_planner::course::Course::load_bytes(named.as_bytes(), None)
        .expect("the course loads");
    assert!(course.name.contains('\u{1b}'));
    h.state_mut()
        .info(format!("Training ground {}.", course.name));
    h.run_steps(2);
    let text = h
        .state()
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(text.contains("Evil\\u{1b}[2J\\u{202e}Race"), "{text}");
    // An error naming a path with a carriage return.
    h.state_mut()
        .export_json(&dir.path().join("missing/x\r.json"));
    let text = h
        .state()
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(!text.chars().any(char::is_control), "{text:?}");
    assert!(text.contains("x\\r.json"), "{text}");
}
