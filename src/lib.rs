//! Downhill Planner: a race-course planner for hilly road marathons.
//!
//! The core (no GUI): [`course`] turns GPX files into a validated course with its profile,
//! climbs and descents; [`plan`] turns a goal time into grade-adjusted paces, energy and
//! descent load; [`history`] reads the runner's own activities into a personal grade curve;
//! [`cli`] runs the headless commands. [`app`] is the egui/eframe desktop app.

pub mod app;
pub mod assets;
pub mod cli;
pub mod course;
pub mod date;
pub mod document;
pub mod export;
pub mod fit;
pub mod format;
pub mod history;
pub mod i18n;
pub mod palette;
pub mod plan;
pub mod training;
