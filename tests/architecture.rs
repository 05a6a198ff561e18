//! The core (course, plan, training, export) never touches the GUI: it takes plain data
//! and returns plain data, so it is tested without a window and shared with the CLI.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn core_modules_do_not_use_the_gui() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for core in ["course", "plan", "training", "export"] {
        rust_files(&src.join(core), &mut files);
    }
    assert!(files.len() >= 15, "{files:?}");
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for gui in ["egui", "eframe", "egui_plot", "rfd::"] {
                let hit = code.contains(&format!("{gui}::"))
                    || code.contains(&format!("use {gui}"))
                    || code.contains(&format!("{gui} "));
                assert!(!hit, "{}:{} uses {gui}: {line}", f.display(), n + 1);
            }
        }
    }
}
