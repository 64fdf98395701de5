//! The output rows of the primitives, one home for the contract that
//! `gongbao numerals`, `dates` and `docnums` share with the examples of the
//! same names (which include this file by path).

use gongbao::date::{DateParser, DateValue};
use gongbao::numeral::{Amount, Number};
use serde::Serialize;
use serde_json::value::RawValue;

/// One numeral phrase read: `{"input", "value", "low", "high", "error"}`,
/// with `"currency"` and `"ratio"` when present.
#[derive(Debug, Serialize)]
pub struct NumeralRow<'a> {
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

/// Reads `input` as one numeral phrase.
pub fn numeral_row(input: &str) -> NumeralRow<'_> {
    let mut row = NumeralRow { input, value: None, low: None, high: None, error: None, currency: None, ratio: None };
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
    row
}

/// A JSON number with the exact digits of `n` where it has a finite
/// decimal expansion, the nearest double otherwise.
fn json_number(n: Number) -> Box<RawValue> {
    let text = n.to_decimal_string().unwrap_or_else(|| serde_json::to_string(&n.to_f64()).unwrap_or_default());
    RawValue::from_string(text).unwrap_or_else(|_| RawValue::from_string("null".into()).expect("null is JSON"))
}

/// One date phrase read: `{"input", "kind", "date", "from", "to",
/// "duration", "error"}`, every key always present.
#[derive(Debug, Serialize)]
pub struct DateRow<'a> {
    input: &'a str,
    kind: Option<&'static str>,
    date: Option<String>,
    from: Option<String>,
    to: Option<String>,
    duration: Option<String>,
    error: Option<String>,
}

/// Reads `input` as one date phrase with `parser`'s context year.
pub fn date_row<'a>(parser: &DateParser, input: &'a str) -> DateRow<'a> {
    let mut row = DateRow { input, kind: None, date: None, from: None, to: None, duration: None, error: None };
    match parser.parse(input) {
        Ok(v) => {
            row.kind = Some(v.kind().as_str());
            row.date = v.point().map(|p| p.to_string());
            row.from = v.start().and_then(|s| s.point()).map(|p| p.to_string());
            row.to = v.end().map(|p| p.to_string());
            match v {
                DateValue::Recurring(r) => row.date = Some(r.to_string()),
                DateValue::RecurringPeriod { from, to } => {
                    row.from = Some(from.to_string());
                    row.to = Some(to.to_string());
                }
                DateValue::From { duration, .. } => row.duration = duration.map(|d| d.to_string()),
                DateValue::Duration(d) => row.duration = Some(d.to_string()),
                _ => {}
            }
        }
        Err(e) => row.error = Some(e.to_string()),
    }
    row
}

/// The 发文字号, decree and announcement numbers of `text`, each
/// `{"text", "code", "year", "serial", "raw", "span", "cited"}`.
pub fn docnum_rows(text: &str) -> Vec<serde_json::Value> {
    gongbao::docnum::find_doc_numbers(text)
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
        .collect()
}
