//! The XML event loop: quick-xml's pull parser, configured to be lenient, feeding the
//! element state machine; broken XML ends the read with what was read so far.

use std::io::BufRead;

use quick_xml::events::Event;

use super::ParsedGpx;
use super::state::{Ctx, State};
use crate::course::Warning;
use crate::course::error::LoadError;

/// Progress is reported every this many XML events.
const PROGRESS_EVERY_EVENTS: u64 = 65_536;

/// Reads the XML of a GPX document whose text is in `encoding`.
pub(super) fn parse<R: BufRead>(
    input: R,
    encoding: &'static encoding_rs::Encoding,
    progress: Option<&dyn Fn(u64)>,
) -> Result<ParsedGpx, LoadError> {
    let mut reader = lenient_reader(input);
    let mut st = State::new(encoding);
    let mut buf = Vec::with_capacity(64 * 1024);
    let mut events: u64 = 0;
    loop {
        let ev = reader.read_event_into(&mut buf);
        events += 1;
        if events.is_multiple_of(PROGRESS_EVERY_EVENTS)
            && let Some(p) = progress
        {
            p(reader.buffer_position());
        }
        match ev {
            Ok(Event::Eof) => break,
            Ok(ev) => event(&mut st, ev)?,
            Err(e) => {
                broken(&mut st, reader.error_position(), &e)?;
                break;
            }
        }
        buf.clear();
    }
    if let Some(p) = progress {
        p(reader.buffer_position());
    }
    if !st.stack.is_empty()
        && !st
            .out
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::Damaged { .. }))
        && !st.out.points.is_empty()
    {
        st.out.warnings.push(Warning::CutOff);
    }
    st.finish()
}

/// A pull parser that does not end the read on sloppy but harmless XML.
fn lenient_reader<R: BufRead>(input: R) -> quick_xml::Reader<R> {
    let mut reader = quick_xml::Reader::from_reader(input);
    let cfg = reader.config_mut();
    // No trimming here: `Run &amp; fun` arrives as three events whose spaces matter;
    // values are trimmed when used.
    cfg.trim_text(false);
    // Be lenient with sloppy writers: mismatched or extra end tags do not end the read.
    cfg.check_end_names = false;
    cfg.allow_unmatched_ends = true;
    cfg.allow_dangling_amp = true;
    reader
}

/// The XML broke at byte `position`: an error when nothing usable was read yet,
/// otherwise a warning (the caller stops reading and keeps the points).
fn broken(st: &mut State, position: u64, e: &quick_xml::Error) -> Result<(), LoadError> {
    if !st.root_seen {
        return Err(LoadError::NotXml);
    }
    if st.out.points.is_empty() && st.route_points.is_empty() {
        return Err(LoadError::Malformed {
            position,
            reason: short_reason(e),
        });
    }
    st.out.warnings.push(Warning::Damaged { position });
    Ok(())
}

/// One XML event into the state machine. Unknown elements are skipped with a depth
/// counter, never pushed.
fn event(st: &mut State, ev: Event<'_>) -> Result<(), LoadError> {
    match ev {
        Event::Start(e) => {
            if st.skip_depth > 0 {
                st.skip_depth += 1;
            } else {
                let ctx = st.open(&e)?;
                if ctx == Ctx::Other {
                    st.skip_depth = 1;
                } else {
                    st.stack.push(ctx);
                }
            }
        }
        Event::Empty(e) if st.skip_depth == 0 => {
            let ctx = st.open(&e)?;
            if ctx != Ctx::Other {
                st.stack.push(ctx);
                st.close();
            }
        }
        Event::End(_) => {
            if st.skip_depth > 0 {
                st.skip_depth -= 1;
            } else {
                st.close();
            }
        }
        Event::Text(t) => st.push_text(&t),
        Event::CData(t) => st.push_text(&t),
        Event::GeneralRef(r) => {
            if let Some(c) = resolve_reference(&r) {
                st.push_str(c.encode_utf8(&mut [0u8; 4]));
            }
        }
        _ => {}
    }
    Ok(())
}

/// Only character references and the five predefined entities; anything declared in a
/// DTD is ignored, never expanded.
fn resolve_reference(r: &quick_xml::events::BytesRef<'_>) -> Option<char> {
    if r.is_char_ref() {
        return r.resolve_char_ref().ok().flatten();
    }
    match &**r {
        b"amp" => Some('&'),
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        _ => None,
    }
}

fn short_reason(e: &quick_xml::Error) -> String {
    let mut s = e.to_string();
    s.truncate(120);
    s
}
