//! `gongbao numerals`, `dates` and `docnums`: the primitives, with the
//! output contract of `examples/numerals.rs`, `dates.rs` and `docnums.rs`.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;

use gongbao::date::{DateParser, DateValue};
use gongbao::numeral::{Amount, Number};
use serde::Serialize;
use serde_json::value::RawValue;

use crate::Outcome;

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
    #[derive(Serialize)]
    struct Line<'a> {
        input: &'a str,
        value: Option<Box<RawValue>>,
        low: Option<Box<RawValue>>,
        high: Option<Box<RawValue>>,
        error: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        currency: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        ratio: Option<[Box<RawValue>; 2]>,
    }
    lines(|input, out| {
        let mut row = Line { input, value: None, low: None, high: None, error: None, currency: None, ratio: None };
        match gongbao::numeral::read(input) {
            Ok(r) => {
                match r.amount {
                    Amount::One(v) => row.value = Some(json_number(v)),
                    Amount::Range { low, high } => {
                        row.low = Some(json_number(low));
                        row.high = Some(json_number(high));
                    }
                }
                row.currency = r.currency();
                row.ratio = r.ratio.map(|(a, b)| [json_number(a), json_number(b)]);
            }
            Err(e) => row.error = Some(e.to_string()),
        }
        serde_json::to_writer(out, &row)
    })
}

/// A JSON number with the exact digits of `n` where it has a finite
/// decimal expansion.
fn json_number(n: Number) -> Box<RawValue> {
    let text = n.to_decimal_string().unwrap_or_else(|| serde_json::to_string(&n.to_f64()).unwrap_or_default());
    RawValue::from_string(text).unwrap_or_else(|_| RawValue::from_string("null".into()).expect("null is JSON"))
}

pub fn dates(args: &DatesArgs) -> Outcome {
    #[derive(Serialize)]
    struct Line<'a> {
        input: &'a str,
        kind: Option<&'static str>,
        date: Option<String>,
        from: Option<String>,
        to: Option<String>,
        duration: Option<String>,
        error: Option<String>,
    }
    let parser = DateParser::new().context_year(args.year);
    lines(|input, out| {
        let mut row = Line { input, kind: None, date: None, from: None, to: None, duration: None, error: None };
        match parser.parse(input) {
            Ok(v) => {
                row.kind = Some(v.kind().as_str());
                match v {
                    DateValue::Recurring(r) => row.date = Some(r.to_string()),
                    DateValue::From { duration, .. } => row.duration = duration.map(|d| d.to_string()),
                    DateValue::Duration(d) => row.duration = Some(d.to_string()),
                    _ => {}
                }
                if let Some(p) = v.point() {
                    row.date = Some(p.to_string());
                }
                row.from = v.start().and_then(|s| s.point()).map(|p| p.to_string());
                row.to = v.end().map(|p| p.to_string());
            }
            Err(e) => row.error = Some(e.to_string()),
        }
        serde_json::to_writer(out, &row)
    })
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
    let numbers: Vec<serde_json::Value> = gongbao::docnum::find_doc_numbers(&decoded.text)
        .into_iter()
        .map(|m| {
            serde_json::json!({
                "text": m.number.to_string(),
                "code": m.number.code(),
                "year": m.number.year(),
                "serial": m.number.serial(),
                "raw": m.raw,
                "span": m.span,
                "cited": m.cited,
            })
        })
        .collect();
    let mut out = io::stdout().lock();
    match serde_json::to_writer_pretty(&mut out, &numbers).map_err(io::Error::from).and_then(|()| writeln!(out)) {
        Ok(()) => Outcome::Done,
        Err(e) => {
            eprintln!("gongbao: cannot write the output: {e}");
            Outcome::SomeFailed
        }
    }
}
