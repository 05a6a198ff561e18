//! Files bundled into the binary.

/// DejaVu Sans (Debian fonts-dejavu-core; licence in assets/fonts): covers Vietnamese
/// (ầ ậ ớ ...), used by the app and embedded in the PDF.
pub const DEJAVU_SANS: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
