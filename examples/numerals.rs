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

use gongbao::numeral::{Amount, Number, read};
use serde::Serialize;
use serde_json::value::RawValue;

#[derive(Serialize)]
struct Line<'a> {
    input: &'a str,
    value: Option<Box<RawValue>>,
    low: Option<Box<RawValue>>,
    high: Option<Box<RawValue>>,
    error: Option<String>,
    /// The currency named before or after the number (港币, 元, 美元).
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<&'static str>,
    /// A ratio's two terms (1∶500 → [1, 500]); `value` is their quotient.
    #[serde(skip_serializing_if = "Option::is_none")]
    ratio: Option<[Box<RawValue>; 2]>,
}

/// A JSON number with the exact digits of `n` where it has a finite
/// decimal expansion.
fn json_number(n: Number) -> Box<RawValue> {
    let text = n.to_decimal_string().unwrap_or_else(|| serde_json::to_string(&n.to_f64()).unwrap_or_default());
    RawValue::from_string(text).unwrap_or_else(|_| RawValue::from_string("null".into()).expect("null is JSON"))
}

fn main() {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let input = line.trim_end_matches('\r');
        let mut row = Line { input, value: None, low: None, high: None, error: None, currency: None, ratio: None };
        match read(input) {
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
        let json = serde_json::to_string(&row).unwrap_or_default();
        if writeln!(out, "{json}").is_err() {
            break;
        }
    }
}
