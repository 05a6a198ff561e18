//! Which text encoding a GPX file uses: UTF-16 by its byte-order mark or its first
//! characters, otherwise the `encoding="..."` of the XML declaration (UTF-8 by default).

use encoding_rs::Encoding;

/// UTF-16 (little or big endian) when the first bytes say so: a byte-order mark, or
/// `<?` / `<g` written with 16-bit characters.
pub(super) fn sniff_utf16(head: &[u8]) -> Option<&'static Encoding> {
    match head {
        [0xFF, 0xFE, ..] | [b'<', 0, b'?' | b'g', 0, ..] => Some(encoding_rs::UTF_16LE),
        [0xFE, 0xFF, ..] | [0, b'<', 0, b'?' | b'g', ..] => Some(encoding_rs::UTF_16BE),
        _ => None,
    }
}

/// The UTF-8 byte-order mark.
pub(super) const UTF8_BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// Reads the `encoding="..."` of the XML declaration, defaulting to UTF-8.
pub(super) fn declared_encoding(head: &[u8]) -> &'static Encoding {
    let head = &head[..head.len().min(256)];
    if !head.starts_with(b"<?xml") {
        return encoding_rs::UTF_8;
    }
    let end = head.iter().position(|&b| b == b'>').unwrap_or(head.len());
    let decl = &head[..end];
    let Some(pos) = find(decl, b"encoding") else {
        return encoding_rs::UTF_8;
    };
    let rest = &decl[pos + 8..];
    let Some(q) = rest.iter().position(|&b| b == b'"' || b == b'\'') else {
        return encoding_rs::UTF_8;
    };
    let rest = &rest[q + 1..];
    let Some(e) = rest.iter().position(|&b| b == b'"' || b == b'\'') else {
        return encoding_rs::UTF_8;
    };
    match Encoding::for_label(&rest[..e]) {
        // UTF-16 labels on a byte stream that did not look like UTF-16: the label is wrong.
        Some(enc) if enc != encoding_rs::UTF_16LE && enc != encoding_rs::UTF_16BE => enc,
        _ => encoding_rs::UTF_8,
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declaration_names_the_encoding() {
        assert_eq!(
            declared_encoding(b"<?xml version='1.0' encoding='ISO-8859-1'?><gpx>"),
            encoding_rs::WINDOWS_1252
        );
        assert_eq!(declared_encoding(b"<gpx>"), encoding_rs::UTF_8);
        assert_eq!(
            declared_encoding(b"<?xml version=\"1.0\" encoding=\"UTF-16\"?>"),
            encoding_rs::UTF_8
        );
        assert_eq!(sniff_utf16(b"<\0?\0x\0"), Some(encoding_rs::UTF_16LE));
        assert_eq!(sniff_utf16(b"<?xml"), None);
    }
}
