//! What a clause commits to: the dates and quantities written in it.
//!
//! Every [`Clause`](super::Clause) lists the dates ([`DateFact`]) and
//! quantities ([`QuantityFact`]) of its own paragraphs, and every
//! [`Document`](super::Document) those of its paragraphs that belong to no
//! clause (a preamble, a body, a closing validity sentence, a decree's
//! promulgation text), in text order. A document's date line, title,
//! number line, addressees, signature, 题注 and 版记 are not read: they
//! are the document's own data, held elsewhere in the tree.
//!
//! The facts are read by the primitives ([`crate::date`],
//! [`crate::quantity`]) on each paragraph, with the context year of the
//! document: the year of its 成文日期 (for an attachment without a date,
//! the date of the document that issues it), else the issue's year, else
//! the caller's [`Parser::context_year`](crate::Parser::context_year). A
//! title that names the year after the 成文日期's (国务院办公厅关于2019年
//! 部分节假日安排的通知, dated 2018-12-04) gives that year: the notice is
//! issued ahead for it.
//! Spans are byte offsets into the decoded input, like every span.
//!
//! ```
//! let text = "关于某事项的通知\n\n(2023年4月18日)\n\n一、对符合条件的企业，最高给予500万元补贴，于6月30日前完成申报。";
//! let g = gongbao::parse(text);
//! let c = &g.documents[0].clauses[0];
//! let d = &c.dates[0];
//! assert_eq!((d.text.as_str(), d.kind.as_str(), d.to.map(|p| p.to_string())), ("6月30日前", "deadline", Some("2023-06-30".into())));
//! let q = &c.quantities[0];
//! assert_eq!((q.text.as_str(), q.value.map(|v| v.to_string()), q.unit.as_deref()), ("最高给予500万元", Some("5000000".into()), Some("元")));
//! assert_eq!(q.bound, Some(gongbao::model::Bound::Max));
//! assert_eq!(&text[q.span.start..q.span.end], "最高给予500万元");
//! ```

use serde::{Deserialize, Serialize};

use crate::date::{DateKind, DateValue, Point};
use crate::names::names;
use crate::numeral::Number;
use crate::quantity::QuantityKind;
use crate::text::Span;

/// A date, deadline, period or recurring date written in a clause.
///
/// `date`, `from` and `to` are ISO values at the precision written
/// (`2023-04-18`, `2023-04`, `2023`): `date` is the one date of a day,
/// month or year, and the last day of a deadline; `from` and `to` are the
/// ends of a period or an open start, and `to` the last day of a deadline.
/// A start on the issue date (自印发之日起) takes the document's date as
/// `from` when it has one. `value` is what the primitive read, with
/// durations (有效期5年) and recurring dates (每年3月31日前), which have no
/// ISO date of their own.
///
/// ```
/// let g = gongbao::Parser::new().context_year(2023).parse("一、2024—2026年，每年3月31日前报送。");
/// let dates = &g.documents[0].clauses[0].dates;
/// let got: Vec<(&str, &str, Option<String>, Option<String>)> = dates
///     .iter()
///     .map(|d| (d.text.as_str(), d.kind.as_str(), d.from.map(|p| p.to_string()), d.to.map(|p| p.to_string())))
///     .collect();
/// assert_eq!(got, [
///     ("2024—2026年", "period", Some("2024".into()), Some("2026".into())),
///     ("每年3月31日前", "recurring", None, None),
/// ]);
/// assert_eq!(serde_json::to_value(&dates[1]).unwrap()["value"]["every"], "--03-31");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateFact {
    /// The expression as written, layout spaces removed.
    pub text: String,
    /// What it states: day, month, year, deadline, period, from, duration,
    /// recurring.
    pub kind: DateKind,
    /// The one date of a day, month or year; the last day of a deadline.
    pub date: Option<Point>,
    /// The first point of a period or an open start.
    pub from: Option<Point>,
    /// The last point of a period; the last day of a deadline.
    pub to: Option<Point>,
    /// The value as the date parser read it.
    pub value: DateValue,
    /// The expression in the input.
    pub span: Span,
}

impl DateFact {
    /// The fact of a date the parser read: `issued` is the document's
    /// date, for a start on the issue date.
    pub(crate) fn new(text: String, value: DateValue, issued: Option<chrono::NaiveDate>, span: Span) -> DateFact {
        let date = value.point().or(match value {
            DateValue::Deadline(d) => Some(Point::Day(d)),
            _ => None,
        });
        let from = value.start().and_then(|s| s.point().or(issued.map(Point::Day)));
        let to = value.end();
        DateFact { text, kind: value.kind(), date, from, to, value, span }
    }
}

/// An amount, cap, share, area, duration or count written in a clause.
///
/// `value` is a single amount, `low` and `high` the ends of a range (3—6个月,
/// 10万元以上50万元以下: two bounds of one range are one quantity), in the
/// base unit where there is one: money in 元 (1亿元 → 100000000), areas,
/// lengths, masses and volumes in m², m, kg, m³; durations, counts and
/// other units in the unit written, a share as a fraction (30% → 0.3, no
/// unit). A non-integer value is kept to the 15 significant digits a JSON
/// number holds (1万亩 → 6666666.66666667 m²), and a value no JSON number
/// carries exactly (beyond 9.2×10^18) is `None`. Clause and article numbers
/// (第十条, （三）), document numbers (〔2023〕12号) and dates are no
/// quantities.
///
/// ```
/// let g = gongbao::parse("一、给予10万元以上50万元以下的奖励，不低于30%。");
/// let q = &g.documents[0].clauses[0].quantities;
/// let got: Vec<(&str, Option<String>, Option<String>, Option<String>, Option<&str>)> = q
///     .iter()
///     .map(|q| {
///         let s = |n: Option<gongbao::numeral::Number>| n.map(|n| n.to_string());
///         (q.text.as_str(), s(q.value), s(q.low), s(q.high), q.bound.map(|b| b.as_str()))
///     })
///     .collect();
/// assert_eq!(got, [
///     ("10万元以上50万元以下", None, Some("100000".into()), Some("500000".into()), None),
///     ("不低于30%", Some("0.3".into()), None, None, Some("min")),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct QuantityFact {
    /// The quantity with its qualifier words as written, layout spaces
    /// removed.
    pub text: String,
    /// What it measures.
    pub kind: QuantityKind,
    /// The amount, when it is one value.
    pub value: Option<Number>,
    /// The lower end of a range.
    pub low: Option<Number>,
    /// The upper end of a range.
    pub high: Option<Number>,
    /// The unit of the values: the base unit (元, m², m, kg, m³) where the
    /// amount was converted, the unit written otherwise (个月, 家, 人),
    /// `None` for a share.
    pub unit: Option<String>,
    /// The bound its qualifier sets on a single value.
    pub bound: Option<Bound>,
    /// The quantity in the input.
    pub span: Span,
}

/// How a qualifier bounds a quantity.
///
/// ```
/// assert_eq!(gongbao::model::Bound::Max.to_string(), "max");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// A cap: 最高, 不超过, 以内, 以下, 不足 (the value or less).
    Max,
    /// A floor: 以上, 不低于, 不少于, 超过 (the value or more).
    Min,
    /// About the value: 约, 左右, 余, 多.
    Approx,
}

names! {
    Bound {
        Max => "max",
        Min => "min",
        Approx => "approx",
    }
}

impl Bound {
    /// The bound of a qualifier: 超过 and 不足 are a floor and a cap too
    /// (the JSON has no strictness), a total (共计) is none.
    pub(crate) fn of(q: crate::quantity::Qualifier) -> Option<Bound> {
        use crate::quantity::Qualifier::*;
        match q {
            AtMost | LessThan => Some(Bound::Max),
            AtLeast | MoreThan => Some(Bound::Min),
            About => Some(Bound::Approx),
            Total => None,
        }
    }
}

impl QuantityFact {
    /// The fact of a quantity the parser read.
    pub(crate) fn new(text: String, q: crate::quantity::Quantity, span: Span) -> QuantityFact {
        let (value, low, high) = match q.amount {
            crate::numeral::Amount::One(v) => (json_exact(v), None, None),
            crate::numeral::Amount::Range { low, high } => (None, json_exact(low), json_exact(high)),
        };
        let bound = q.qualifier.and_then(Bound::of).or(if q.approximate { Some(Bound::Approx) } else { None });
        // The unit as written is moved over where it is the base unit (个,
        // 年, 元): a copy only for a converted one (万元 → 元).
        let written = q.base_unit().is_some() && q.base_unit() == q.unit.as_deref();
        let unit = if written { q.unit } else { q.base_unit().map(str::to_string) };
        QuantityFact { text, kind: q.kind, value, low, high, unit, bound, span }
    }
}

/// `n` as a JSON number reads it back exactly: an integer of 64 bits as it
/// is, another value rounded to the 15 significant digits a float keeps
/// (1/3 → 0.333333333333333) when it is a decimal a JSON reader takes
/// exactly (at most 15 digits, no more than 22 places); `None` beyond that
/// (over 9.2×10^18, or below 10^-22), which no text means. So a parse and
/// its JSON stay equal.
fn json_exact(n: Number) -> Option<Number> {
    let fits_i64 = |n: Number| n.to_integer().is_some_and(|v| i64::try_from(v).is_ok());
    if fits_i64(n) {
        return Some(n);
    }
    let d = if is_short_decimal(n) { n } else { rounded_to_15_digits(n)? };
    let exact_float = d.numerator().unsigned_abs() < 1 << 53 && d.denominator() <= 10i128.pow(22);
    (fits_i64(d) || exact_float).then_some(d)
}

/// `n` rounded to the 15 significant digits a float keeps, through `f64`.
fn rounded_to_15_digits(n: Number) -> Option<Number> {
    let rounded: f64 = format!("{:.14e}", n.to_f64()).parse().ok()?;
    Number::from_decimal_str(&format!("{rounded}"))
}

/// Whether `n` is m/10^k with |m| < 10^15 and k ≤ 15: a decimal of at most
/// 15 significant digits, which [`rounded_to_15_digits`] gives back
/// unchanged, so most amounts skip its formatting. Why unchanged: the
/// numerator and denominator are below 2^53, exact as floats, so `to_f64`
/// is the float x nearest to `n` (correctly rounded division; n is not 0,
/// an integer, and |n| ≥ 10^-15, far from the subnormals). A decimal of at
/// most 15 digits (DBL_DIG = ⌊52·log10 2⌋ = 15) comes back from its nearest
/// float rounded to 15 digits, so `{:.14e}` writes `n` and parsing it gives
/// x again. `{x}` writes the shortest digits that read back as x; no two
/// decimals of at most 15 digits read back as the same float (the same
/// bound), and `n` is one, so it writes `n` (in positional notation, which
/// `from_decimal_str` reads exactly).
fn is_short_decimal(n: Number) -> bool {
    const LIMIT: i128 = 10i128.pow(15);
    let den = n.denominator();
    if LIMIT % den != 0 {
        return false;
    }
    // The smallest 10^k that `den` divides gives the fewest digits m.
    let mut scale = 1;
    while scale % den != 0 {
        scale *= 10;
    }
    n.numerator().checked_mul(scale / den).is_some_and(|m| m.abs() < LIMIT)
}

#[cfg(test)]
mod tests {
    use super::{Number, is_short_decimal, json_exact, rounded_to_15_digits};

    #[test]
    fn short_decimals_come_back_unchanged_from_the_float_round_trip() {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            seed >> 11
        };
        let mut checked = 0;
        for _ in 0..20_000 {
            // Mantissas of every length from 1 to 15 digits, either sign.
            let digits = (next() % 15 + 1) as u32;
            let m = (next() as i128) % 10i128.pow(digits);
            let m = if next() % 2 == 0 { m } else { -m };
            let k = (next() % 16) as u32;
            let Some(n) = Number::ratio(m, 10i128.pow(k)) else { continue };
            if n.is_integer() {
                continue;
            }
            assert!(is_short_decimal(n), "{n:?}");
            assert_eq!(rounded_to_15_digits(n), Some(n), "{n:?}");
            checked += 1;
        }
        assert!(checked > 10_000);
        for (m, k) in [(999_999_999_999_999, 15), (1, 15), (999_999_999_999_999, 1), (-5, 1), (1, 3)] {
            let n = Number::ratio(m, 10i128.pow(k)).unwrap();
            assert!(is_short_decimal(n));
            assert_eq!(rounded_to_15_digits(n), Some(n));
        }
    }

    #[test]
    fn other_values_are_rounded_to_15_digits() {
        let third = Number::ratio(1, 3).unwrap();
        assert!(!is_short_decimal(third));
        assert_eq!(json_exact(third), Number::from_decimal_str("0.333333333333333"));
        let long = Number::from_decimal_str("0.1234567890123456").unwrap();
        assert!(!is_short_decimal(long));
        assert_eq!(json_exact(long), Number::from_decimal_str("0.123456789012346"));
        let tiny = Number::ratio(1, 10i128.pow(16)).unwrap();
        assert!(!is_short_decimal(tiny));
        assert_eq!(json_exact(tiny), Some(tiny));
        assert_eq!(json_exact(Number::from_decimal_str("12.5").unwrap()), Number::from_decimal_str("12.5"));
    }
}
