//! The installable app: the desktop entry, the icons and the Debian package metadata in
//! Cargo.toml agree (the entry starts the binary the package installs, its icon is the one
//! the package puts in the icon theme, every file the package takes is in the repository).

use std::collections::BTreeMap;
use std::path::Path;

use downhill_planner::app::APP_ID;

/// The binary the package installs (the `[[bin]]` that `cargo test` built for us).
const BIN: &str = "downhill-planner";

fn repo(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The `[Desktop Entry]` group as key -> value (localised keys such as `Name[vi]` kept).
fn desktop_entry() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(repo("assets/downhill-planner.desktop")).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("[Desktop Entry]"));
    lines
        .take_while(|l| !l.starts_with('['))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (key, value) = l.split_once('=').unwrap_or_else(|| panic!("no '=' in {l}"));
            (key.to_string(), value.to_string())
        })
        .collect()
}

/// Cargo.toml.
fn manifest() -> toml::Table {
    let text = std::fs::read_to_string(repo("Cargo.toml")).unwrap();
    text.parse().unwrap()
}

/// `[package.metadata.deb]` of Cargo.toml.
fn deb_metadata() -> toml::Table {
    manifest()["package"]["metadata"]["deb"]
        .as_table()
        .unwrap()
        .clone()
}

#[test]
fn the_binary_name_is_the_manifests() {
    let bins = manifest()["bin"].as_array().unwrap().clone();
    let names: Vec<&str> = bins.iter().map(|b| b["name"].as_str().unwrap()).collect();
    assert_eq!(names, [BIN]);
    assert!(env!("CARGO_BIN_EXE_downhill-planner").ends_with(BIN));
}

/// The package's files as (source in the repository, destination).
fn deb_assets() -> Vec<(String, String)> {
    deb_metadata()["assets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let a = a.as_array().unwrap();
            assert_eq!(a.len(), 3, "source, destination, mode: {a:?}");
            let mode = a[2].as_str().unwrap();
            assert!(mode == "644" || mode == "755", "{a:?}");
            (
                a[0].as_str().unwrap().to_string(),
                a[1].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Where the package installs `source` (a destination ending in `/` keeps the file name).
fn installed_path(source: &str, destination: &str) -> String {
    match destination.strip_suffix('/') {
        Some(dir) => format!("{dir}/{}", source.rsplit('/').next().unwrap()),
        None => destination.to_string(),
    }
}

/// Width and height from a PNG's header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn every_packaged_file_is_in_the_repository() {
    let assets = deb_assets();
    assert!(!assets.is_empty());
    for (source, _) in &assets {
        match source.strip_prefix("target/release/") {
            // Built by `cargo deb`: must be this package's binary.
            Some(bin) => assert_eq!(bin, BIN, "{source}"),
            None => assert!(repo(source).is_file(), "{source} is not in the repository"),
        }
    }
}

#[test]
fn the_desktop_entry_starts_the_installed_binary() {
    let entry = desktop_entry();
    assert_eq!(entry["Type"], "Application");
    assert_eq!(entry["Terminal"], "false");
    let exec: Vec<&str> = entry["Exec"].split_whitespace().collect();
    assert_eq!(
        exec[0], BIN,
        "Exec names the binary, found on PATH (/usr/bin)"
    );
    // The app opens one GPX file given on the command line.
    assert_eq!(&exec[1..], ["%f"]);
    let installed: Vec<String> = deb_assets()
        .iter()
        .map(|(s, d)| installed_path(s, d))
        .collect();
    assert!(
        installed.contains(&format!("usr/bin/{BIN}")),
        "{installed:?}"
    );
    // The entry's file name is the app id the window reports (Wayland app id, X11 class),
    // so the desktop puts the running window under the entry's icon.
    assert!(
        installed.contains(&format!("usr/share/applications/{APP_ID}.desktop")),
        "{installed:?}"
    );
    assert_eq!(entry["StartupWMClass"], APP_ID);
}

#[test]
fn the_desktop_icon_is_installed_in_every_size() {
    let icon = desktop_entry()["Icon"].clone();
    assert!(!icon.contains('/'), "a theme icon name, not a path: {icon}");
    let assets = deb_assets();
    let mut sizes = Vec::new();
    for (source, destination) in &assets {
        let installed = installed_path(source, destination);
        let Some(rest) = installed.strip_prefix("usr/share/icons/hicolor/") else {
            continue;
        };
        let (size_dir, file) = rest.split_once("/apps/").unwrap();
        assert!(file.starts_with(&format!("{icon}.")), "{installed}");
        if size_dir == "scalable" {
            assert!(file.ends_with(".svg"), "{installed}");
            continue;
        }
        // The PNG is as large as the folder it goes to says.
        let (w, h) = png_size(&std::fs::read(repo(source)).unwrap());
        assert_eq!(format!("{w}x{h}"), size_dir, "{source}");
        sizes.push(w);
    }
    for wanted in [48, 64, 256] {
        assert!(sizes.contains(&wanted), "no {wanted} px icon: {sizes:?}");
    }
}

#[test]
fn the_window_icon_decodes() {
    let icon = eframe::icon_data::from_png_bytes(downhill_planner::assets::APP_ICON_PNG).unwrap();
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
}

#[test]
fn the_package_depends_on_the_window_libraries() {
    let meta = deb_metadata();
    let depends = meta["depends"].as_str().unwrap();
    // Linked libraries found by cargo-deb, then the ones winit and glutin open at run time.
    assert!(depends.starts_with("$auto"), "{depends}");
    for lib in [
        "libgl1",
        "libegl1",
        "libx11-6",
        "libxkbcommon0",
        "libwayland-client0",
    ] {
        assert!(depends.contains(lib), "{lib} missing from {depends}");
    }
    for key in ["maintainer", "copyright", "section", "extended-description"] {
        assert!(meta.contains_key(key), "[package.metadata.deb] {key}");
    }
}
