//! Installs the bundled DejaVu Sans (covers Vietnamese: ầ ậ ớ ...) ahead of egui's fonts,
//! which cannot show "Cầu Thuận Phước".

/// DejaVu Sans from Debian's fonts-dejavu-core; licence in assets/fonts.
pub const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Adds the font at the highest priority for proportional and monospace text.
pub fn install(ctx: &egui::Context) {
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    ctx.add_font(FontInsert::new(
        "DejaVuSans",
        egui::FontData::from_static(DEJAVU_SANS),
        vec![
            InsertFontFamily {
                family: egui::FontFamily::Proportional,
                priority: FontPriority::Highest,
            },
            InsertFontFamily {
                family: egui::FontFamily::Monospace,
                priority: FontPriority::Lowest,
            },
        ],
    ));
}
