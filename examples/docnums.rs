//! Prints the 发文字号, decree and announcement numbers of a text as a JSON array.
//!
//! ```text
//! cargo run --example docnums -- corpus/shanghai-gazette-2023-10.txt
//! ```
//!
//! The file may be in any encoding `gongbao::text::decode` reads (UTF-8 with
//! or without BOM, UTF-16 with BOM, GB18030/GBK, Big5). Each element is
//! `{ "text", "code", "year", "serial", "raw", "span": {"start","end"}, "cited" }`;
//! `text` is the canonical form and `span` holds byte offsets into the
//! decoded text.

use std::process::ExitCode;

// The rows' one home, shared with `gongbao docnums`.
#[allow(dead_code)] // each example uses one of the rows
#[path = "../cli/src/rows.rs"]
mod rows;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(path), None) = (args.next(), args.next()) else {
        eprintln!("usage: docnums FILE");
        return ExitCode::from(2);
    };
    let shown = path.to_string_lossy();
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("docnums: cannot read {shown}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let decoded = match gongbao::text::decode(&bytes) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("docnums: {shown}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let numbers = rows::docnum_rows(&decoded.text);
    match serde_json::to_string_pretty(&numbers) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("docnums: {shown}: {e}");
            ExitCode::FAILURE
        }
    }
}
