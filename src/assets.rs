//! Files bundled into the binary.

/// DejaVu Sans (Debian fonts-dejavu-core; licence in assets/fonts): covers Vietnamese
/// (ầ ậ ớ ...), used by the app and embedded in the PDF.
pub const DEJAVU_SANS: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

/// The application icon, 256 px PNG (made from assets/icon/downhill-planner.svg by
/// assets/icon/make.sh); the window shows it, the Debian package installs the same files.
pub const APP_ICON_PNG: &[u8] = include_bytes!("../assets/icon/downhill-planner-256.png");
