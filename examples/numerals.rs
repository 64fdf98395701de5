//! Reads numeral phrases from stdin, one per line, and prints one JSON
//! object per line: `{"input", "value", "low", "high", "error"}`, with
//! `"currency"` when the phrase names one (港币50元 → 港币) and `"ratio"`
//! for a ratio (1∶500 → `[1, 500]`, its value the quotient 0.002).
//!
//! ```text
//! $ printf '三千零五\n3—6个月\n十四五\n3万2\n十块三毛\n100万千瓦\n' | cargo run --example numerals
//! {"input":"三千零五","value":3005,"low":null,"high":null,"error":null}
//! {"input":"3—6个月","value":null,"low":3,"high":6,"error":null}
//! {"input":"十四五","value":null,"low":null,"high":null,"error":"…"}
//! {"input":"3万2","value":32000,"low":null,"high":null,"error":null}
//! {"input":"十块三毛","value":10.3,"low":null,"high":null,"error":null,"currency":"块"}
//! {"input":"100万千瓦","value":1000000,"low":null,"high":null,"error":null}
//! ```
//!
//! ```text
//! $ printf '港币50元\n八到九百亿\n1∶500\n一方面\n' | cargo run --example numerals
//! {"input":"港币50元","value":50,"low":null,"high":null,"error":null,"currency":"港币"}
//! {"input":"八到九百亿","value":null,"low":80000000000,"high":90000000000,"error":null}
//! {"input":"1∶500","value":0.002,"low":null,"high":null,"error":null,"ratio":[1,500]}
//! {"input":"一方面","value":null,"low":null,"high":null,"error":"…"}
//! ```
//!
//! Values are exact: integers and finite decimals are printed digit for
//! digit (1.5亿元 → 150000000, 5‰ → 0.005); a value with no finite decimal
//! expansion (三分之一) is printed as the nearest double.

use std::io::{BufRead, Write};

// The rows' one home, shared with `gongbao numerals`.
#[allow(dead_code)] // each example uses one of the rows
#[path = "../cli/src/rows.rs"]
mod rows;

fn main() {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let json = serde_json::to_string(&rows::numeral_row(line.trim_end_matches('\r'))).unwrap_or_default();
        if writeln!(out, "{json}").is_err() {
            break;
        }
    }
}
