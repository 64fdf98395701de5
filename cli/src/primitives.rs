//! `gongbao numerals`, `dates` and `docnums`: the primitives, with the
//! output contract of `examples/numerals.rs`, `dates.rs` and `docnums.rs`.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;

use gongbao::date::DateParser;

use crate::{Outcome, rows};

/// Read numeral phrases from stdin, one per line; print one JSON object per line.
///
/// Keys: input, value, low, high, error; currency and ratio when present.
/// Values are exact: 1.5亿元 → 150000000, 5‰ → 0.005, 八到九百亿 → low 80000000000,
/// high 90000000000; a value with no finite decimal expansion (三分之一) is the
/// nearest double.
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct NumeralsArgs {}

/// Read date phrases from stdin, one per line; print one JSON object per line.
///
/// Keys (always present): input, kind, date, from, to, duration, error.
/// `date` is a day, month or year at the precision written (2023-04-18, 2023-04,
/// 2023) or a recurring month (--08); periods and deadlines give from/to;
/// `duration` is ISO 8601 (P5Y); an impossible date gives `error`.
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct DatesArgs {
    /// The year of dates written without one (5月20日, 年底前, 今年, 上半年).
    #[arg(long, value_name = "YYYY")]
    year: Option<i32>,
}

/// Print the 发文字号, decree and announcement numbers of a text as a JSON array.
///
/// Each element: text (canonical form), code, year, serial, raw, span (UTF-8
/// byte offsets into the decoded text), cited.
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct DocnumsArgs {
    /// The text, in any encoding `gongbao parse` reads; - for stdin.
    #[arg(value_name = "FILE|-")]
    file: PathBuf,
}

/// Reads stdin line by line; `write_row` writes each line's JSON.
fn lines(write_row: impl Fn(&str, &mut dyn Write) -> serde_json::Result<()>) -> Outcome {
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let written = write_row(line.trim_end_matches('\r'), &mut out).map_err(io::Error::from).and_then(|()| {
            out.write_all(b"\n")?;
            // One answer per question, at once, for a program driving us line by line.
            out.flush()
        });
        if written.is_err() {
            break;
        }
    }
    Outcome::Done
}

pub fn numerals(_: &NumeralsArgs) -> Outcome {
    lines(|input, out| serde_json::to_writer(out, &rows::numeral_row(input)))
}

pub fn dates(args: &DatesArgs) -> Outcome {
    let parser = DateParser::new().context_year(args.year);
    lines(|input, out| serde_json::to_writer(out, &rows::date_row(&parser, input)))
}

pub fn docnums(args: &DocnumsArgs) -> Outcome {
    let input = if args.file.as_os_str() == "-" {
        crate::inputs::Input::Stdin
    } else {
        crate::inputs::Input::File(args.file.clone())
    };
    let name = input.name();
    let bytes = match input.read() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{name}: cannot read: {e}");
            return Outcome::SomeFailed;
        }
    };
    let decoded = match gongbao::text::decode(&bytes) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{name}: cannot decode: {e}");
            return Outcome::SomeFailed;
        }
    };
    let numbers = rows::docnum_rows(&decoded.text);
    let mut out = io::stdout().lock();
    match serde_json::to_writer_pretty(&mut out, &numbers).map_err(io::Error::from).and_then(|()| writeln!(out)) {
        Ok(()) => Outcome::Done,
        Err(e) => {
            eprintln!("gongbao: cannot write the output: {e}");
            Outcome::SomeFailed
        }
    }
}
