//! Reads date phrases from stdin, one per line, and prints one JSON object
//! per line: `{"input", "kind", "date", "from", "to", "duration", "error"}`.
//!
//! ```text
//! $ printf '2023年4月18日\n2023年底前\n2017年8月至11月\n2023年2月30日\n' | cargo run --example dates
//! {"input":"2023年4月18日","kind":"day","date":"2023-04-18","from":null,"to":null,"duration":null,"error":null}
//! {"input":"2023年底前","kind":"deadline","date":null,"from":null,"to":"2023-12-31","duration":null,"error":null}
//! {"input":"2017年8月至11月","kind":"period","date":null,"from":"2017-08","to":"2017-11","duration":null,"error":null}
//! {"input":"2023年2月30日","kind":null,"date":null,"from":null,"to":null,"duration":null,"error":"no day 30 in 2023-02 (bytes 11..13)"}
//! ```
//!
//! `--year YYYY` gives the context year (for 5月20日, 年底前, 今年, 上半年).
//!
//! - `date` is a single day, month or year at the precision written
//!   (`2023-04-18`, `2023-04`, `2023`), or a recurring month without a year
//!   (`--08` for 每年8月).
//! - A period, deadline or open start gives `from` and/or `to` instead. A
//!   start on the undated issue day (自印发之日起) has `kind` `from` and
//!   `from` null.
//! - `duration` is an ISO 8601 duration (`P5Y`) for 有效期5年, and for an
//!   open start from the issue day with a stated length.
//! - A phrase is read as it stands in a sentence: a label or 于 before the
//!   date ((一)2023 年底前, 于2023年6月), a weekday, part of day or time
//!   after a day (2023年5月1日(星期一)上午9:00), 以后 / 以前 (an open start,
//!   a deadline), an issue number after a year (2023年第10期(总第538期)),
//!   and a bare year (2023). The module docs of `gongbao::date` list every
//!   form and the decisions.
//! - An impossible or malformed date gives `error` and nulls elsewhere.
//!
//! Every key is always present.

use std::io::{BufRead, Write};

use gongbao::date::DateParser;

// The rows' one home, shared with `gongbao dates`.
#[allow(dead_code)] // each example uses one of the rows
#[path = "../cli/src/rows.rs"]
mod rows;

fn main() {
    let mut context_year = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--year" => match args.next().and_then(|y| y.parse::<i32>().ok()) {
                Some(y) => context_year = Some(y),
                None => {
                    eprintln!("--year needs a year, e.g. --year 2023");
                    std::process::exit(2);
                }
            },
            other => {
                eprintln!("unknown argument {other}; usage: dates [--year YYYY] < phrases.txt");
                std::process::exit(2);
            }
        }
    }
    let parser = DateParser::new().context_year(context_year);
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let json = serde_json::to_string(&rows::date_row(&parser, line.trim_end_matches('\r'))).unwrap_or_default();
        if writeln!(out, "{json}").is_err() {
            break;
        }
    }
}
