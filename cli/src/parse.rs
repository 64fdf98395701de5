//! `gongbao parse`: texts in, the JSON of the contract out.

use std::io::{self, IsTerminal, Write};

use gongbao::serialize::{Rewrite, Rewritten};
use gongbao::{CharIndex, Parsed};
use rayon::prelude::*;
use serde::Serialize;

use crate::Outcome;
use crate::inputs::{self, Input};

/// Parse gazettes and official documents into JSON.
///
/// One input (a file, or - for stdin) gives one JSON document; several, a
/// directory or a glob give JSON Lines, one line per text in input order,
/// each starting with the text's name ("file"), parsed on all cores. The
/// texts may be UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK
/// or Big5. Spans are UTF-8 byte offsets into the decoded text unless
/// --offsets chars. A text that cannot be read or decoded is reported on
/// stderr; the others are still written, and the exit status is 1.
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files, directories (read recursively), globs ('archive/**/*.txt') or - for stdin.
    #[arg(required = true, value_name = "FILE|DIR|GLOB|-")]
    inputs: Vec<String>,
    /// Indent the JSON (one input only: JSON Lines need one document per line).
    #[arg(long)]
    pretty: bool,
    /// Decode damaged input (a file cut inside a character, stray bytes) with U+FFFD in place of
    /// the bad bytes and a `damaged-input` diagnostic each, instead of refusing the whole text.
    #[arg(long)]
    lossy: bool,
    /// What every span's start and end count: UTF-8 bytes of the decoded text, or characters
    /// (Unicode scalar values, as Python indexes a str).
    #[arg(long, value_enum, default_value_t = Offsets::Bytes)]
    offsets: Offsets,
    /// Leave out the text of every block (the leaves of the tree), for the structure alone;
    /// each block keeps its role and span.
    #[arg(long)]
    no_block_text: bool,
    /// The year of dates written without one (5月1日), where the text gives none.
    #[arg(long, value_name = "YEAR")]
    year: Option<i32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Offsets {
    Bytes,
    Chars,
}

pub fn run(args: &Args) -> Outcome {
    let single = inputs::is_single(&args.inputs);
    if args.pretty && !single {
        return Outcome::Usage(
            "--pretty takes exactly one input (a file or -): several inputs are written as JSON Lines, \
             one document per line"
                .to_string(),
        );
    }
    let inputs = match inputs::expand(&args.inputs) {
        Ok(i) => i,
        Err(msg) => return Outcome::Usage(msg),
    };
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let written = if single { one(&mut out, &inputs[0], args) } else { batch(&mut out, &inputs, args) };
    match written.and_then(|failed| out.flush().map(|()| failed)) {
        Ok(false) => Outcome::Done,
        Ok(true) => Outcome::SomeFailed,
        // A reader that stopped early (`| head`) is no failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Outcome::Done,
        Err(e) => {
            eprintln!("gongbao: cannot write the output: {e}");
            Outcome::SomeFailed
        }
    }
}

/// Reads, decodes and parses one input with the options; the message says why not.
fn read_and_parse(input: &Input, args: &Args) -> Result<Parsed, String> {
    input.parse(args.lossy, args.year)
}

/// Writes the JSON of `parsed`, streaming, with the options' rewrite; in
/// a batch, `file` is the first key.
fn write_json(out: impl Write, parsed: &Parsed, file: Option<&str>, args: &Args) -> serde_json::Result<()> {
    let rewrite = Rewrite {
        chars: (args.offsets == Offsets::Chars).then(|| CharIndex::new(&parsed.text)),
        no_block_text: args.no_block_text,
    };
    let gazette = Rewritten { value: &parsed.gazette, rewrite: &rewrite };
    match file {
        None if args.pretty => serde_json::to_writer_pretty(out, &gazette),
        None => serde_json::to_writer(out, &gazette),
        Some(file) => {
            #[derive(Serialize)]
            struct Line<'a, T> {
                file: &'a str,
                #[serde(flatten)]
                gazette: T,
            }
            serde_json::to_writer(out, &Line { file, gazette })
        }
    }
}

/// One input as one JSON document. Returns whether it failed.
fn one(out: &mut impl Write, input: &Input, args: &Args) -> io::Result<bool> {
    match read_and_parse(input, args) {
        Ok(parsed) => {
            write_json(&mut *out, &parsed, None, args)?;
            out.write_all(b"\n")?;
            Ok(false)
        }
        Err(msg) => {
            eprintln!("{}: {msg}", input.name());
            Ok(true)
        }
    }
}

/// Inputs parsed in parallel a few per thread at a time, written as JSON
/// Lines in input order. Returns whether any failed.
fn batch(out: &mut impl Write, inputs: &[Input], args: &Args) -> io::Result<bool> {
    let bar = if io::stderr().is_terminal() {
        indicatif::ProgressBar::new(inputs.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    // Enough texts in flight to keep every thread busy, few enough that
    // the lines waiting for their turn stay small.
    let in_flight = rayon::current_num_threads() * 4;
    let mut failed = false;
    for chunk in inputs.chunks(in_flight) {
        let lines: Vec<Result<Vec<u8>, String>> = chunk
            .par_iter()
            .map(|input| {
                let parsed = read_and_parse(input, args)?;
                let mut line = Vec::with_capacity(parsed.text.len() * 3);
                write_json(&mut line, &parsed, Some(&input.name()), args)
                    .map_err(|e| format!("cannot write JSON: {e}"))?;
                line.push(b'\n');
                bar.inc(1);
                Ok(line)
            })
            .collect();
        for (line, input) in lines.into_iter().zip(chunk) {
            match line {
                Ok(line) => out.write_all(&line)?,
                Err(msg) => {
                    bar.suspend(|| eprintln!("{}: {msg}", input.name()));
                    failed = true;
                }
            }
        }
    }
    bar.finish_and_clear();
    Ok(failed)
}
