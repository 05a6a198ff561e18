//! `make-samples` (the bundled sample courses as GPX files) and the hidden `make-recording`
//! (a synthetic watch recording for benchmarks and load tests).

use std::io::Write;
use std::path::PathBuf;

use super::CliError;
use crate::course;

/// Arguments of `make-samples`.
#[derive(Debug, clap::Args)]
pub struct SamplesArgs {
    /// Folder to write into.
    #[arg(default_value = "assets/samples")]
    pub dir: PathBuf,
}

/// Arguments of `make-recording`.
#[derive(Debug, clap::Args)]
pub struct RecordingArgs {
    /// Output GPX path.
    pub out: PathBuf,
    /// Number of track points.
    #[arg(long, default_value_t = 15_000)]
    pub points: usize,
}

/// Runs `make-samples`: writes each sample and names the files written.
pub fn make_samples(args: &SamplesArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let written = course::sample::write_samples(&args.dir).map_err(CliError::Samples)?;
    for p in written {
        writeln!(out, "wrote {}", p.display()).map_err(CliError::Output)?;
    }
    Ok(())
}

/// Runs `make-recording`: laps of the first sample race at 1 s, with heart rate.
pub fn make_recording(args: &RecordingArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let sample = &course::sample::SAMPLE_RACES[0];
    let race = sample.load().map_err(|source| CliError::Load {
        source,
        path: PathBuf::from(sample.id),
    })?;
    let io_error = |context| {
        let path = args.out.clone();
        move |source| CliError::Io {
            context,
            path,
            source,
        }
    };
    let file = std::fs::File::create(&args.out).map_err(io_error("Could not create the file"))?;
    let mut w = std::io::BufWriter::new(file);
    course::synth::write_garmin_style(&mut w, &race, args.points, 42)
        .and_then(|()| w.flush())
        .map_err(io_error("Could not write the recording"))?;
    writeln!(
        out,
        "wrote {} points to {}",
        args.points,
        args.out.display()
    )
    .map_err(CliError::Output)
}
