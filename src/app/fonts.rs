//! Installs the bundled DejaVu Sans (covers Vietnamese: ầ ậ ớ ...) ahead of egui's fonts,
//! which cannot show "Cầu Thuận Phước".

use crate::assets::DEJAVU_SANS;

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
