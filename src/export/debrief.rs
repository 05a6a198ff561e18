//! The race debrief as files: JSON (the [`Debrief`] as it is) and the PDF page, written
//! together all or none.

use std::path::PathBuf;

use super::ExportError;
use super::pdf::{Paper, render_debrief};
use crate::history::debrief::Debrief;
use crate::plan::RacePlan;

/// The debrief as pretty JSON text (a newline at the end).
pub fn to_json(debrief: &Debrief) -> Result<String, ExportError> {
    let mut text = serde_json::to_string_pretty(debrief).map_err(|e| ExportError::NotAPlan {
        reason: e.to_string(),
    })?;
    text.push('\n');
    Ok(text)
}

/// The files a debrief asks for (JSON and/or PDF), to write with
/// [`super::write_all_atomic`].
pub fn files(
    plan: &RacePlan,
    debrief: &Debrief,
    json: Option<PathBuf>,
    pdf: Option<PathBuf>,
    paper: Paper,
) -> Result<Vec<(PathBuf, Vec<u8>)>, ExportError> {
    let mut out = Vec::new();
    if let Some(path) = json {
        out.push((path, to_json(debrief)?.into_bytes()));
    }
    if let Some(path) = pdf {
        out.push((path, render_debrief(plan, debrief, paper)?));
    }
    Ok(out)
}

/// Reads a saved plan file whole (the plan as it was saved, not planned again): checked
/// like [`super::json::read_plan`] first, so a newer or foreign file says why.
pub fn read_plan_document(bytes: &[u8]) -> Result<crate::document::PlanDocument, ExportError> {
    super::json::read_plan(bytes)?;
    serde_json::from_slice(bytes).map_err(|e| {
        let mut reason = e.to_string();
        reason.truncate(160);
        ExportError::NotAPlan { reason }
    })
}
