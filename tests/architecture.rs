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
    for core in ["course", "plan", "history", "training", "export"] {
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

/// The layers, lowest first: a module may use only modules of a lower layer (and itself).
/// course < plan < history < training < document < export < cli, app; the edges (text formats,
/// dates, bundled assets, the FIT protocol's bytes) sit below everything but the translations
/// (`i18n`, which every layer's text goes through); the palette of
/// design colours knows the domain's kinds (descent kind, risk, workout) and sits beside the
/// document.
const LAYERS: [(&str, u32); 15] = [
    ("i18n", 0),
    ("assets", 1),
    ("fit", 1),
    ("format", 1),
    ("date", 1),
    ("course", 2),
    ("plan", 3),
    ("history", 4),
    ("training", 5),
    ("document", 6),
    ("palette", 6),
    ("export", 7),
    ("cli", 8),
    ("app", 8),
    ("lib", 10),
];

fn rank(module: &str) -> Option<u32> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, r)| *r)
}

/// The top-level modules a piece of source uses through `crate::`, with their line numbers.
fn crate_uses(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push((n + 1, name));
            }
        }
        // `use crate::{a, b}` form.
        if let Some(i) = code.find("crate::{") {
            for part in code[i + "crate::{".len()..].split([',', '}']) {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push((n + 1, name));
                }
            }
        }
    }
    out
}

/// The imports in `text` (a file of module `module`) that run up or across the layers.
fn violations(module: &str, text: &str) -> Vec<String> {
    let Some(own) = rank(module) else {
        return vec![format!("module {module} is not in the layer table")];
    };
    crate_uses(text)
        .into_iter()
        .filter(|(_, used)| used != module)
        .filter_map(|(line, used)| match rank(&used) {
            Some(r) if r < own => None,
            Some(_) => Some(format!("line {line}: {module} uses crate::{used}")),
            None => None, // an item re-exported at the crate root, not a module
        })
        .collect()
}

#[test]
fn imports_run_one_way_down_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "main" || module == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(f).unwrap();
        for v in violations(&module, &text) {
            found.push(format!("{}: {v}", rel.display()));
        }
    }
    assert!(files.len() >= 40, "{files:?}");
    assert!(
        found.is_empty(),
        "imports that run back up:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_layer_check_sees_an_import_that_runs_back_up() {
    let bad = "use crate::course::Course;\nuse crate::{plan, export::json};\n";
    assert_eq!(
        violations("plan", bad),
        vec!["line 2: plan uses crate::export"]
    );
    assert_eq!(
        violations("course", "fn f(p: &crate::plan::RacePlan) {}"),
        vec!["line 1: course uses crate::plan"]
    );
    assert!(violations("app", bad).is_empty());
    assert_eq!(
        violations("cli", "use crate::app::DownhillApp;"),
        vec!["line 1: cli uses crate::app"]
    );
}
