//! Parses gazette texts and prints the JSON of the contract.
//!
//! ```text
//! cargo run --release --example dump_json                 # the bundled reference issue
//! cargo run --release --example dump_json -- FILE...      # one JSON document per line
//! cargo run --release --example dump_json -- --pretty FILE
//! cat FILE | cargo run --release --example dump_json -- -
//! ```
//!
//! A file that cannot be read or decoded is reported on stderr with its
//! name; the other files are still printed, and the exit status is 1.

use std::io::{Read, Write};
use std::process::ExitCode;

/// The reference issue, embedded so the example runs from any directory.
const REFERENCE: &str = include_str!("../corpus/shanghai-gazette-2023-10.txt");

fn main() -> ExitCode {
    let mut pretty = false;
    let mut inputs: Vec<String> = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--pretty" => pretty = true,
            "-h" | "--help" => {
                eprintln!("usage: dump_json [--pretty] [FILE|-]...   (no FILE: the bundled reference issue)");
                return ExitCode::SUCCESS;
            }
            _ => inputs.push(arg),
        }
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    if inputs.is_empty() {
        return match emit(&mut out, &gongbao::parse(REFERENCE), pretty) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::FAILURE,
        };
    }
    for input in &inputs {
        let bytes = if input == "-" {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map(|_| buf)
        } else {
            std::fs::read(input)
        };
        let gazette = match bytes {
            Err(e) => Err(format!("cannot read: {e}")),
            Ok(b) => gongbao::parse_bytes(&b).map_err(|e| format!("cannot decode: {e}")),
        };
        match gazette {
            Ok(g) => {
                if emit(&mut out, &g, pretty).is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(msg) => {
                eprintln!("{input}: {msg}");
                failed = true;
            }
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

fn emit(out: &mut impl Write, g: &gongbao::Gazette, pretty: bool) -> std::io::Result<()> {
    let json = if pretty { serde_json::to_string_pretty(g) } else { serde_json::to_string(g) };
    writeln!(out, "{}", json.map_err(std::io::Error::other)?)
}
