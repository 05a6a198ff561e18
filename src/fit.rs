//! The bytes of the Garmin FIT protocol 2.0, shared by every FIT file we write (training
//! workouts, the race course, the race workout): definition and data messages, little
//! endian values, fixed-size strings, the file header and the CRCs. An edge module: it
//! knows the protocol, not the domain.

/// 1989-12-31T00:00:00Z (the FIT epoch) in Unix seconds.
pub const EPOCH_UNIX_S: i64 = 631_065_600;

/// FIT base types (the profile's "base type" byte).
pub mod base {
    /// Enumeration, one byte.
    pub const ENUM: u8 = 0x00;
    /// Unsigned byte.
    pub const UINT8: u8 = 0x02;
    /// Signed 16-bit.
    pub const SINT16: u8 = 0x83;
    /// Unsigned 16-bit.
    pub const UINT16: u8 = 0x84;
    /// Signed 32-bit.
    pub const SINT32: u8 = 0x85;
    /// Unsigned 32-bit.
    pub const UINT32: u8 = 0x86;
    /// Unsigned 32-bit where 0 means "no value".
    pub const UINT32Z: u8 = 0x8C;
    /// NUL-terminated UTF-8 in a fixed-size field.
    pub const STRING: u8 = 0x07;
}

/// A field definition: field number, size in bytes, base type.
pub type FieldDef = (u8, u8, u8);

/// FIT time (seconds since the FIT epoch) of a Unix time; 0 before the epoch.
pub fn time(unix_s: i64) -> u32 {
    u32::try_from((unix_s - EPOCH_UNIX_S).max(0)).unwrap_or(u32::MAX)
}

/// Degrees as FIT semicircles (2^31 semicircles = 180 degrees).
pub fn semicircles(deg: f64) -> i32 {
    (deg * (f64::from(1u32 << 31) / 180.0)).round() as i32
}

/// FIT CRC-16 (the SDK's nibble table; CRC-16/ARC).
pub fn crc16(mut crc: u16, bytes: &[u8]) -> u16 {
    const T: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800,
        0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];
    for &b in bytes {
        let mut tmp = T[(crc & 0xF) as usize];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ T[(b & 0xF) as usize];
        tmp = T[(crc & 0xF) as usize];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ T[((b >> 4) & 0xF) as usize];
    }
    crc
}

/// Builds the messages of one FIT file; [`Writer::finish`] adds the header and CRCs.
#[derive(Debug, Default)]
pub struct Writer {
    data: Vec<u8>,
}

impl Writer {
    /// An empty file.
    pub fn new() -> Writer {
        Writer::default()
    }

    /// A definition message: local message `local` (0-15) is global message `global`
    /// with these fields, little endian.
    pub fn definition(&mut self, local: u8, global: u16, fields: &[FieldDef]) {
        self.data.push(0x40 | (local & 0x0F));
        self.data.push(0); // reserved
        self.data.push(0); // little endian
        self.data.extend_from_slice(&global.to_le_bytes());
        self.data.push(fields.len() as u8);
        for f in fields {
            self.data.extend_from_slice(&[f.0, f.1, f.2]);
        }
    }

    /// The file_id message (local message 0): the file's type (5 workout, 6 course), our
    /// development manufacturer id, a serial number and the creation time. Devices treat
    /// two files with the same id as one, so each export gets its own serial.
    pub fn file_id(&mut self, file_type: u8, serial: u32, created_unix_s: i64) {
        use base::{ENUM, UINT16, UINT32, UINT32Z};
        self.definition(
            0,
            0,
            &[
                (0, 1, ENUM),
                (1, 2, UINT16),
                (2, 2, UINT16),
                (3, 4, UINT32Z),
                (4, 4, UINT32),
            ],
        );
        self.message(0)
            .u8(file_type)
            .u16(255) // manufacturer: development
            .u16(1) // product
            .u32(serial)
            .u32(time(created_unix_s));
    }

    /// The workout_step definition (global message 27) as local message `local`: message
    /// index, name, duration type and value, target type and value, custom target low and
    /// high, intensity, notes (names and notes of fixed sizes, in bytes).
    pub fn workout_step_definition(&mut self, local: u8, name_len: u8, notes_len: u8) {
        use base::{ENUM, STRING, UINT16, UINT32};
        self.definition(
            local,
            27,
            &[
                (254, 2, UINT16),
                (0, name_len, STRING),
                (1, 1, ENUM),
                (2, 4, UINT32),
                (3, 1, ENUM),
                (4, 4, UINT32),
                (5, 4, UINT32),
                (6, 4, UINT32),
                (7, 1, ENUM),
                (8, notes_len, STRING),
            ],
        );
    }

    /// Starts a data message of local message `local`; its values follow in the order of
    /// the definition.
    pub fn message(&mut self, local: u8) -> &mut Writer {
        self.data.push(local & 0x0F);
        self
    }

    /// A one-byte value (enum or uint8).
    pub fn u8(&mut self, v: u8) -> &mut Writer {
        self.data.push(v);
        self
    }

    /// A 16-bit value.
    pub fn u16(&mut self, v: u16) -> &mut Writer {
        self.data.extend_from_slice(&v.to_le_bytes());
        self
    }

    /// A 32-bit value.
    pub fn u32(&mut self, v: u32) -> &mut Writer {
        self.data.extend_from_slice(&v.to_le_bytes());
        self
    }

    /// A signed 32-bit value.
    pub fn i32(&mut self, v: i32) -> &mut Writer {
        self.data.extend_from_slice(&v.to_le_bytes());
        self
    }

    /// A string in a field of `size` bytes: cut on a character boundary to leave room for
    /// the terminating NUL, padded with NULs.
    pub fn string(&mut self, s: &str, size: usize) -> &mut Writer {
        let mut cut = s.len().min(size.saturating_sub(1));
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        self.data.extend_from_slice(&s.as_bytes()[..cut]);
        self.data.extend(std::iter::repeat_n(0u8, size - cut));
        self
    }

    /// The 14-byte file header (with its CRC), the messages, and the file CRC.
    pub fn finish(self) -> Vec<u8> {
        let data = self.data;
        let mut out = Vec::with_capacity(data.len() + 16);
        out.push(14); // header size
        out.push(0x20); // protocol 2.0
        out.extend_from_slice(&2132u16.to_le_bytes()); // profile 21.32
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(b".FIT");
        let hcrc = crc16(0, &out);
        out.extend_from_slice(&hcrc.to_le_bytes());
        out.extend_from_slice(&data);
        let crc = crc16(0, &out);
        out.extend_from_slice(&crc.to_le_bytes());
        out
    }
}

/// A stable 32-bit FNV-1a fingerprint of a text (never 0: serial numbers are uint32z).
pub fn fingerprint(s: &str) -> u32 {
    s.bytes()
        .fold(2_166_136_261u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(16_777_619)
        })
        .max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_sdk_check_value() {
        // The FIT SDK's CRC is CRC-16/ARC: "123456789" -> 0xBB3D.
        assert_eq!(crc16(0, b"123456789"), 0xBB3D);
    }

    #[test]
    fn semicircles_and_time_follow_the_profile() {
        assert_eq!(semicircles(90.0), 1 << 30);
        assert_eq!(semicircles(-180.0), i32::MIN);
        assert_eq!(time(EPOCH_UNIX_S + 5), 5);
        assert_eq!(time(0), 0);
    }

    #[test]
    fn strings_are_cut_on_a_character_boundary() {
        let mut w = Writer::new();
        w.string("Cầu", 4);
        assert_eq!(w.data, b"C\0\0\0");
    }
}
