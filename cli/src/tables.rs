//! `gongbao tables`: texts in, one file per flat table out (CSV or JSON
//! Lines), the rows and columns of `gongbao::tables`.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use gongbao::CharIndex;
use gongbao::tables::{Cell, SCHEMA, TableSchema, Tables};
use rayon::prelude::*;
use serde::Serialize;

use crate::Outcome;
use crate::inputs::{self, Input};
use crate::parse::Offsets;

/// Write the parse as flat tables: one file per table in --out.
///
/// The tables are documents, clauses, responsibilities (one row per unit
/// of a responsible-unit list), dates, quantities, references, citations
/// and diagnostics: DIR/documents.csv, DIR/clauses.csv … (or .jsonl). Every
/// row starts with `source`, the input's name as given here; (source,
/// document) and (source, clause) join the tables. Rows of all inputs are
/// written in input order. In CSV an empty field is null (or an empty
/// string: JSON Lines tells them apart). Dates are ISO strings at the
/// precision written (2023-04-18, 2023-04, 2023). The columns are
/// described in the library's docs (gongbao::tables).
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files, directories (read recursively), globs ('archive/**/*.txt') or - for stdin.
    #[arg(required = true, value_name = "FILE|DIR|GLOB|-")]
    inputs: Vec<String>,
    /// The folder the tables are written to (made if missing; its tables are replaced).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The files' format.
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    format: Format,
    /// Decode damaged input with U+FFFD in place of the bad bytes and a `damaged-input`
    /// diagnostic each, instead of refusing the whole text.
    #[arg(long)]
    lossy: bool,
    /// What the start and end columns count: UTF-8 bytes of the decoded text, or characters
    /// (Unicode scalar values, as Python indexes a str).
    #[arg(long, value_enum, default_value_t = Offsets::Bytes)]
    offsets: Offsets,
    /// The year of dates written without one (5月1日), where the text gives none.
    #[arg(long, value_name = "YEAR")]
    year: Option<i32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Comma-separated values (RFC 4180 quoting), with a header line.
    Csv,
    /// One JSON object per line, keys in column order.
    Jsonl,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
        }
    }
}

pub fn run(args: &Args) -> Outcome {
    let inputs = match inputs::expand(&args.inputs) {
        Ok(i) => i,
        Err(msg) => return Outcome::Usage(msg),
    };
    let mut files = match open(&args.out, args.format) {
        Ok(files) => files,
        Err(msg) => {
            eprintln!("gongbao: {msg}");
            return Outcome::SomeFailed;
        }
    };
    match write_all(&mut files, &inputs, args).and_then(|failed| {
        files.iter_mut().try_for_each(|(_, f)| f.flush())?;
        Ok(failed)
    }) {
        Ok(false) => Outcome::Done,
        Ok(true) => Outcome::SomeFailed,
        Err(e) => {
            eprintln!("gongbao: cannot write the tables to {}: {e}", args.out.display());
            Outcome::SomeFailed
        }
    }
}

/// One file per table in `dir`, in [`SCHEMA`] order, each CSV file with
/// its header.
fn open(dir: &Path, format: Format) -> Result<Vec<(&'static TableSchema, BufWriter<File>)>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    SCHEMA
        .iter()
        .map(|schema| {
            let path = dir.join(format!("{}.{}", schema.name, format.extension()));
            let file = File::create(&path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            let mut file = BufWriter::with_capacity(1 << 16, file);
            if format == Format::Csv {
                file.write_all(&csv_header(schema)).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
            Ok((schema, file))
        })
        .collect()
}

/// Inputs parsed in parallel a few per thread at a time, each into the
/// bytes of its rows table by table, appended to the files in input
/// order: no more than a chunk of inputs is in memory. Returns whether
/// any input failed.
fn write_all(files: &mut [(&'static TableSchema, BufWriter<File>)], inputs: &[Input], args: &Args) -> io::Result<bool> {
    let bar = if io::stderr().is_terminal() {
        indicatif::ProgressBar::new(inputs.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let in_flight = rayon::current_num_threads() * 4;
    let mut failed = false;
    for chunk in inputs.chunks(in_flight) {
        let written: Vec<Result<Vec<Vec<u8>>, String>> = chunk
            .par_iter()
            .map(|input| {
                let parsed = input.parse(args.lossy, args.year)?;
                let mut tables = parsed.gazette.tables(&input.name());
                if args.offsets == Offsets::Chars {
                    tables.to_char_offsets(&CharIndex::new(&parsed.text));
                }
                bar.inc(1);
                Ok(rows(&tables, args.format))
            })
            .collect();
        for (tables, input) in written.into_iter().zip(chunk) {
            match tables {
                Ok(tables) => {
                    for ((_, file), bytes) in files.iter_mut().zip(tables) {
                        file.write_all(&bytes)?;
                    }
                }
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

/// The rows of every table, in [`SCHEMA`] order, as the bytes of the
/// format.
fn rows(tables: &Tables, format: Format) -> Vec<Vec<u8>> {
    tables
        .each()
        .into_iter()
        .map(|(schema, rows)| match format {
            Format::Csv => {
                let mut w = csv_writer();
                for row in rows {
                    for cell in row.cells() {
                        write_cell(&mut w, &cell).expect("writing to memory");
                    }
                    w.write_record(std::iter::empty::<&[u8]>()).expect("writing to memory");
                }
                w.into_inner().expect("writing to memory")
            }
            Format::Jsonl => {
                let mut out = Vec::new();
                for row in rows {
                    serde_json::to_writer(&mut out, &Record { schema, cells: &row.cells() })
                        .expect("a row of strings and numbers serializes");
                    out.push(b'\n');
                }
                out
            }
        })
        .collect()
}

/// A CSV writer into memory: fields quoted where RFC 4180 needs it (a
/// comma, a quote, a line break), quotes doubled, lines ended by CRLF.
fn csv_writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new())
}

/// The header line of a table.
fn csv_header(schema: &TableSchema) -> Vec<u8> {
    let mut w = csv_writer();
    w.write_record(schema.columns.iter().map(|c| c.name)).expect("writing to memory");
    w.into_inner().expect("writing to memory")
}

/// A cell as a CSV field: null is empty, a boolean `true` or `false`.
fn write_cell(w: &mut csv::Writer<Vec<u8>>, cell: &Cell) -> csv::Result<()> {
    match *cell {
        Cell::Null => w.write_field(""),
        Cell::Str(s) => w.write_field(s),
        Cell::Int(n) => w.write_field(n.to_string()),
        Cell::Float(x) => w.write_field(x.to_string()),
        Cell::Bool(b) => w.write_field(if b { "true" } else { "false" }),
    }
}

/// A row as a JSON object, keys the schema's column names in order.
struct Record<'a> {
    schema: &'a TableSchema,
    cells: &'a [Cell<'a>],
}

impl Serialize for Record<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.schema.columns.iter().map(|c| c.name).zip(self.cells))
    }
}
