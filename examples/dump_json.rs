//! Parses one gazette text and prints the JSON of the contract: the
//! library in a few lines. The command-line tool (`gongbao parse`, in
//! `cli/`) does the same for batches, with more options.
//!
//! ```text
//! cargo run --release --example dump_json                    # the bundled reference issue
//! cargo run --release --example dump_json -- FILE            # one JSON document
//! cargo run --release --example dump_json -- --pretty FILE   # indented
//! cat FILE | cargo run --release --example dump_json -- -    # from stdin
//! ```

use std::io::{Read, Write};
use std::process::ExitCode;

/// The reference issue, embedded so the example runs from any directory.
const REFERENCE: &str = include_str!("../corpus/shanghai-gazette-2023-10.txt");

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pretty = args.iter().any(|a| a == "--pretty");
    let files: Vec<&String> = args.iter().filter(|a| *a != "--pretty").collect();
    let gazette = match files.as_slice() {
        [] => gongbao::parse(REFERENCE),
        [file] => {
            let mut bytes = Vec::new();
            let read = if *file == "-" {
                std::io::stdin().read_to_end(&mut bytes).map(|_| ())
            } else {
                std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
            };
            if let Err(e) = read {
                eprintln!("{file}: cannot read: {e}");
                return ExitCode::FAILURE;
            }
            // Any encoding the crate reads; the spans point into `parsed.text`.
            match gongbao::parse_bytes(&bytes) {
                Ok(parsed) => parsed.gazette,
                Err(e) => {
                    eprintln!("{file}: cannot decode: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        _ => {
            eprintln!("usage: dump_json [--pretty] [FILE|-]  (for many files: gongbao parse, in cli/)");
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = if pretty {
        serde_json::to_writer_pretty(&mut out, &gazette)
    } else {
        serde_json::to_writer(&mut out, &gazette)
    };
    match written.map_err(std::io::Error::from).and_then(|()| writeln!(out)).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dump_json: cannot write: {e}");
            ExitCode::FAILURE
        }
    }
}
