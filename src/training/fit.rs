//! Garmin FIT workout files (FIT protocol 2.0): file_id + workout + workout_step messages,
//! written by hand (the format is small and stable). Steps carry duration (time, distance,
//! open, repeat), a speed target from the pace range, intensity, and notes; the slope
//! ("on a -3 to -5 % slope"), which no workout format can express, goes in the notes.

use super::{Session, Step, StepKind, WorkoutKind};

const FIT_EPOCH_OFFSET: i64 = 631_065_600; // 1989-12-31T00:00:00Z in Unix seconds
const NAME_LEN: usize = 40;
const NOTES_LEN: usize = 160;

/// FIT CRC-16 (the SDK's nibble table).
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

/// A field definition: number, size, base type.
type FieldDef = (u8, u8, u8);
const ENUM: u8 = 0x00;
const UINT16: u8 = 0x84;
const UINT32: u8 = 0x86;
const UINT32Z: u8 = 0x8C;
const STRING: u8 = 0x07;

fn definition(out: &mut Vec<u8>, local: u8, global: u16, fields: &[FieldDef]) {
    out.push(0x40 | local);
    out.push(0); // reserved
    out.push(0); // little endian
    out.extend_from_slice(&global.to_le_bytes());
    out.push(fields.len() as u8);
    for f in fields {
        out.extend_from_slice(&[f.0, f.1, f.2]);
    }
}

fn string(out: &mut Vec<u8>, s: &str, size: usize) {
    let mut cut = s.len().min(size - 1);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    out.extend_from_slice(&s.as_bytes()[..cut]);
    out.extend(std::iter::repeat_n(0u8, size - cut));
}

/// One workout step as FIT values.
struct FitStep {
    name: String,
    duration_type: u8,
    duration_value: u32,
    target_type: u8,
    target_value: u32,
    low: u32,
    high: u32,
    intensity: u8,
    notes: String,
}

fn step_of(s: &Step) -> FitStep {
    let (duration_type, duration_value) = match (s.distance_m, s.duration_s, s.repetitions) {
        (Some(d), _, _) => (1, (d * 100.0).round() as u32), // distance, cm
        (None, Some(t), _) => (0, (t * 1000.0).round() as u32), // time, ms
        (None, None, Some(r)) => (29, r),                   // repetitions
        (None, None, None) => (5, 0),                       // open (press lap)
    };
    let (target_type, low, high) = match s.pace_s_per_km {
        // Speed target, mm/s: the slow end of the pace range is the low speed.
        Some((fast, slow)) => (
            0,
            (1_000_000.0 / slow).round() as u32,
            (1_000_000.0 / fast).round() as u32,
        ),
        None => (2, 0, 0), // open
    };
    let intensity = match s.kind {
        StepKind::Warmup => 2,
        StepKind::Cooldown => 3,
        StepKind::Recovery => 4,
        StepKind::Active | StepKind::Exercise => 0,
    };
    let slope = s
        .slope_pct
        .map(|(a, b)| format!("On a -{a:.0} to -{b:.0} % slope. "))
        .unwrap_or_default();
    FitStep {
        name: s.label.clone(),
        duration_type,
        duration_value,
        target_type,
        target_value: 0,
        low,
        high,
        intensity,
        notes: format!("{slope}{}", s.note),
    }
}

/// Encodes a session as a FIT workout file. `created_unix_s` stamps file_id.time_created.
pub fn encode(session: &Session, created_unix_s: i64) -> Vec<u8> {
    let steps = fit_steps(session);
    let mut data = Vec::new();
    file_id(&mut data, session, created_unix_s);
    workout(&mut data, session, steps.len());
    workout_steps(&mut data, &steps);
    with_header_and_crc(&data)
}

/// Warm-up, the main set, a repeat step when there are several reps, cool-down.
fn fit_steps(session: &Session) -> Vec<FitStep> {
    let mut steps: Vec<FitStep> = Vec::new();
    if let Some(w) = &session.warmup {
        steps.push(step_of(w));
    }
    let first_main = steps.len() as u32;
    for s in &session.main {
        steps.push(step_of(s));
    }
    if session.reps > 1 {
        steps.push(FitStep {
            name: format!("Repeat {} times", session.reps),
            duration_type: 6, // repeat until steps complete
            duration_value: first_main,
            target_type: 2,
            target_value: session.reps,
            low: 0,
            high: 0,
            intensity: 0,
            notes: String::new(),
        });
    }
    if let Some(c) = &session.cooldown {
        steps.push(step_of(c));
    }
    steps
}

/// The file_id message: a workout file, stamped with the session's fingerprint and time.
fn file_id(data: &mut Vec<u8>, session: &Session, created_unix_s: i64) {
    definition(
        data,
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
    data.push(0);
    data.push(5); // type: workout
    data.extend_from_slice(&255u16.to_le_bytes()); // manufacturer: development
    data.extend_from_slice(&1u16.to_le_bytes()); // product
    data.extend_from_slice(&fingerprint(&session.id).to_le_bytes()); // serial number
    data.extend_from_slice(&((created_unix_s - FIT_EPOCH_OFFSET).max(0) as u32).to_le_bytes());
}

/// The workout message: sport, number of steps, name.
fn workout(data: &mut Vec<u8>, session: &Session, step_count: usize) {
    definition(
        data,
        1,
        26,
        &[(4, 1, ENUM), (6, 2, UINT16), (8, NAME_LEN as u8, STRING)],
    );
    data.push(1);
    data.push(1); // sport: running
    data.extend_from_slice(&(step_count as u16).to_le_bytes());
    let name = if session.kind == WorkoutKind::Strength {
        session.title.clone()
    } else {
        format!("DH {}", session.title)
    };
    string(data, &name, NAME_LEN);
}

/// One workout_step message per step.
fn workout_steps(data: &mut Vec<u8>, steps: &[FitStep]) {
    definition(
        data,
        2,
        27,
        &[
            (254, 2, UINT16),
            (0, NAME_LEN as u8, STRING),
            (1, 1, ENUM),
            (2, 4, UINT32),
            (3, 1, ENUM),
            (4, 4, UINT32),
            (5, 4, UINT32),
            (6, 4, UINT32),
            (7, 1, ENUM),
            (8, NOTES_LEN as u8, STRING),
        ],
    );
    for (i, s) in steps.iter().enumerate() {
        data.push(2);
        data.extend_from_slice(&(i as u16).to_le_bytes());
        string(data, &s.name, NAME_LEN);
        data.push(s.duration_type);
        data.extend_from_slice(&s.duration_value.to_le_bytes());
        data.push(s.target_type);
        data.extend_from_slice(&s.target_value.to_le_bytes());
        data.extend_from_slice(&s.low.to_le_bytes());
        data.extend_from_slice(&s.high.to_le_bytes());
        data.push(s.intensity);
        string(data, &s.notes, NOTES_LEN);
    }
}

/// The 14-byte file header (with its CRC), the messages, and the file CRC.
fn with_header_and_crc(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 16);
    out.push(14); // header size
    out.push(0x20); // protocol 2.0
    out.extend_from_slice(&2132u16.to_le_bytes()); // profile 21.32
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out.extend_from_slice(b".FIT");
    let hcrc = crc16(0, &out);
    out.extend_from_slice(&hcrc.to_le_bytes());
    out.extend_from_slice(data);
    let crc = crc16(0, &out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

fn fingerprint(s: &str) -> u32 {
    s.bytes()
        .fold(2_166_136_261u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(16_777_619)
        })
        .max(1)
}

/// File name for a session's FIT file.
pub fn file_name(session: &Session) -> String {
    let kind = match session.kind {
        WorkoutKind::FormJog => "form-jog",
        WorkoutKind::Strides => "strides",
        WorkoutKind::Repeats => "repeats",
        WorkoutKind::RaceSpecific => "race-specific",
        WorkoutKind::Strength => "strength",
    };
    format!("{}-{kind}.fit", session.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_sdk_check_value() {
        // The FIT SDK's CRC is CRC-16/ARC: "123456789" -> 0xBB3D.
        assert_eq!(crc16(0, b"123456789"), 0xBB3D);
    }
}
