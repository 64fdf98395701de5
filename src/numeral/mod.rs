//! Chinese numerals, both ways.
//!
//! | Written | Value | Function |
//! |---|---|---|
//! | 三千零五, 一千零五, 一万零五百 | 3005, 1005, 10500 | [`parse`] |
//! | 十五, 一十五, 十万 | 15, 15, 100000 | [`parse`] |
//! | 壹佰贰拾, 两千 | 120, 2000 | [`parse`] |
//! | 三万亿, 一亿亿 | 3×10^12, 10^16 | [`parse`] |
//! | 一百十一, 二千十七, 伍亿柒仟万拾柒, 两千五, 一万五, 3万2 | 111, 2017, 570000017, 2500, 15000, 32000 | [`parse`] |
//! | 二〇二三, 二○一二, 一〇二 | 2023, 2012, 102 | [`parse`] |
//! | 三点一四, 1.5亿, 0.35万, 2000 万, ３０００万 | 3.14, 150000000, 3500, 20000000, 30000000 | [`parse`] |
//! | 负0.5, 百分之三十, 30%, 5‰, 三分之一 | −0.5, 0.3, 0.3, 0.005, 1/3 | [`parse`] |
//! | 第十期, 总第538期, 约200人, 3—6个月, 三四个, 十七八岁 | see [`read`] | [`read`] |
//! | 壹佰壹拾壹圆整, 玖仟陆佰陆拾伍圆壹角捌分, 十块三毛, 一百三十五块六角七分钱, 两个亿 | 111, 9665.18, 10.3, 135.67, 200000000 | [`read`] |
//! | 100万千瓦, 十千瓦, 200千米, 50千克, 2百分点 | 1000000, 10, 200, 50, 2 (of the unit) | [`read`] |
//! | running text | every numeral with its span | [`find_numerals`] |
//! | 10005 | 一万零五, 壹万零伍 | [`format()`] |
//!
//! Values are [`Number`]s: exact rationals, so 1.5亿 is exactly 150000000
//! and 三分之一 exactly 1/3. Malformed numerals (十十, 百千, 点点, 万一) are
//! errors that point at the faulty character; see the grammar rules in the
//! docs of [`parse`].
//!
//! Omissions are read as people mean them: 十 with no digit after a higher
//! unit is 一十 (一百十一 = 111), and one digit right after 百, 千, 万 or 亿
//! counts in the next place down (两千五 = 2500, 3万2 = 32000). Refused or
//! kept on purpose: 十一 stays 11; 百十 (about a hundred) is no number; an
//! Arabic number of two or more digits after a unit keeps its value
//! (3万25 = 30025).
//!
//! Money: [`read`] takes 元 and 圆 as yuan, then 角 (or 毛) and 分, then 钱
//! or 整; 块 is yuan only with such a tail or as 块钱 (三块 alone is a
//! counter, 三块牌子). 个 between a count and 万/亿 is a filler (两个亿).
//!
//! Units that begin with a numeral character (千瓦, 千克, 千米, 百分点) end
//! the numeral where the numeral cannot take that place (100万千瓦 is a
//! million 千瓦, 十千瓦 ten) or where the rest is no unit (五千瓦 is 5 千瓦).
//! Where both readings work, the numeral keeps the character: 五千克 is
//! 5000 克 and 三千米 3000 米, the same mass and length as 5 千克, 3 千米.

mod chars;
mod fault;
mod find;
mod format;
mod grammar;
mod measure;
mod number;
mod qualifier;
mod range;
mod reading;
mod words;

pub use fault::NumeralFault;
pub use find::find_numerals;
pub use format::{Style, format, format_digits};
pub use measure::{Measure, QuantityKind, measure_word};
pub use number::Number;
pub use qualifier::Qualifier;
pub(crate) use qualifier::{BEFORE_GRANT_VERB, GRANT_VERBS, PREFIXES, SUFFIXES, bound};
pub(crate) use reading::read_at;
pub use reading::starts_numeral;
pub use reading::{Amount, Reading, read};

use crate::error::Error;
use crate::text::Span;
use grammar::{Eval, evaluate, lex};

// The character table, shared with the date grammar so that dates do not
// keep a second list of numeral characters.
pub(crate) use chars::{NumChar, classify, is_liang};

fn err(span: Span, fault: NumeralFault) -> Error {
    Error::at(span, fault)
}

/// Parses a whole string as one cardinal number.
///
/// Accepts Chinese numerals (lower-case and 大写, with 零 and 两, 十 and 一十,
/// 万/亿 up to 亿亿 and beyond while the value fits), digit-by-digit forms
/// (二〇二三), decimals (三点一四, 1.5), Arabic digits of either width with
/// thousands separators, Arabic digits mixed with units (3000万, 1 亿),
/// negatives (负, -), percents and per-mille (百分之三十, 30%, 千分之五, 5‰)
/// and fractions (三分之一, 1/3). Spaces between the parts are allowed.
///
/// Rejects, with the span of the fault: repeated or ascending units (十十,
/// 百千), 万/亿 without a number (万一), two digits in a row with units
/// around them (五五十; 三四 is an approximate pair that only [`read`]
/// accepts, and 五五 alone the digit string 55), a second decimal point
/// (点点), 零 at the end, and values beyond ±1.7×10^38
/// ([`NumeralFault::Overflow`]).
///
/// ```
/// use gongbao::numeral::{parse, Number};
/// assert_eq!(parse("三千零五").unwrap(), Number::from(3005));
/// assert_eq!(parse("1.5亿").unwrap(), Number::from(150_000_000));
/// assert_eq!(parse("0.35万").unwrap(), Number::from(3500));
/// assert_eq!(parse("百分之三十").unwrap(), Number::ratio(3, 10).unwrap());
/// assert_eq!(parse("二〇二三").unwrap(), Number::from(2023));
/// assert_eq!(parse("一亿亿").unwrap(), Number::from(10i128.pow(16)));
/// let e = parse("一百二十十").unwrap_err();
/// assert_eq!(e.span().start, "一百二十".len());
/// assert!(parse("点点").is_err());
/// ```
pub fn parse(s: &str) -> Result<Number, Error> {
    if let Some(v) = grammar::fast_integer(s) {
        return Ok(Number::from(v));
    }
    let (start, body) = trim(s);
    parse_at(body).map_err(|e| e.shifted(start))
}

/// Parses a whole string as one integer (see [`parse`]); a fraction or
/// decimal that is not whole is an error.
///
/// ```
/// assert_eq!(gongbao::numeral::parse_integer("两千").unwrap(), 2000);
/// assert!(gongbao::numeral::parse_integer("1.5").is_err());
/// ```
pub fn parse_integer(s: &str) -> Result<i128, Error> {
    let n = parse(s)?;
    n.to_integer().ok_or_else(|| err(Span::new(0, s.len()), NumeralFault::NotWhole))
}

/// Reads a string of digits one by one, as years are written: 二〇二三,
/// 一九九八, 二○一二, 2023, ２０２３. Units are not allowed.
///
/// ```
/// use gongbao::numeral::parse_digit_sequence;
/// assert_eq!(parse_digit_sequence("二〇二三").unwrap(), 2023);
/// assert_eq!(parse_digit_sequence("一九九八").unwrap(), 1998);
/// assert_eq!(parse_digit_sequence("九八").unwrap(), 98);
/// assert!(parse_digit_sequence("二千").is_err());
/// ```
pub fn parse_digit_sequence(s: &str) -> Result<u64, Error> {
    let (start, body) = trim(s);
    if body.is_empty() {
        return Err(err(Span::new(0, s.len()), NumeralFault::NoDigits));
    }
    let mut v: u64 = 0;
    for (i, c) in body.char_indices() {
        let span = Span::new(start + i, start + i + c.len_utf8());
        let d = match (crate::text::digit_value(c), chars::classify(c)) {
            (Some(d), _) => d as u64,
            (None, Some(chars::NumChar::Zero)) => 0,
            (None, Some(chars::NumChar::Digit(d))) if !chars::is_liang(c) => d as u64,
            (None, _) if matches!(c, 'O' | 'Ｏ') && i > 0 => 0,
            _ => return Err(err(span, NumeralFault::NotDigit)),
        };
        v = v.checked_mul(10).and_then(|v| v.checked_add(d)).ok_or_else(|| Error::at(span, NumeralFault::Overflow))?;
    }
    Ok(v)
}

/// Leading/trailing layout spaces removed; returns the start offset.
fn trim(s: &str) -> (usize, &str) {
    let t = s.trim_start_matches(crate::text::is_space);
    let start = s.len() - t.len();
    (start, t.trim_end_matches(crate::text::is_space))
}

/// [`parse`] on an already trimmed string; spans relative to it.
fn parse_at(s: &str) -> Result<Number, Error> {
    if s.is_empty() {
        return Err(Error::at(Span::empty(0), NumeralFault::Empty));
    }
    // Sign.
    for neg in ["负", "-", "－", "−"] {
        if let Some(rest) = s.strip_prefix(neg) {
            let n = parse_at(rest.trim_start_matches(' '))
                .map_err(|e| e.shifted(s.len() - rest.trim_start_matches(' ').len()))?;
            if n.is_negative() {
                return Err(err(Span::new(0, neg.len()), NumeralFault::TwoMinusSigns));
            }
            return n.checked_neg().ok_or_else(|| Error::at(Span::new(0, s.len()), NumeralFault::Overflow));
        }
    }
    // Fractions and shares: A分之B is B/A (百分之三十 = 30/100).
    if let Some(at) = s.find("分之") {
        let (den_s, num_s) = (&s[..at], &s[at + "分之".len()..]);
        let den = cardinal(den_s, 0)?;
        let num = cardinal(num_s, at + "分之".len())?;
        if den == Number::ZERO {
            return Err(err(Span::new(0, at), NumeralFault::ZeroDenominator));
        }
        return num.checked_div(den).ok_or_else(|| Error::at(Span::new(0, s.len()), NumeralFault::Overflow));
    }
    for (suffix, den) in [("%", 100), ("％", 100), ("‰", 1000), ("‱", 10000)] {
        if let Some(body) = s.strip_suffix(suffix) {
            let n = cardinal(body.trim_end_matches(' '), 0)?;
            return n
                .checked_div(Number::from(den as i128))
                .ok_or_else(|| Error::at(Span::new(0, s.len()), NumeralFault::Overflow));
        }
    }
    if let Some((a, b)) = s.split_once('/')
        && let (Ok((_, am)), Ok((_, bm))) = (grammar::arabic(a), grammar::arabic(b))
        && am.len() == a.len()
        && bm.len() == b.len()
    {
        let den = grammar::arabic_value(b, a.len() + 1)?;
        if den == Number::ZERO {
            return Err(err(Span::new(a.len() + 1, s.len()), NumeralFault::ZeroDenominator));
        }
        let num = grammar::arabic_value(a, 0)?;
        return num.checked_div(den).ok_or_else(|| Error::at(Span::new(0, s.len()), NumeralFault::Overflow));
    }
    cardinal(s, 0)
}

/// A bare cardinal (no sign, share or fraction) filling all of `s`.
fn cardinal(s: &str, offset: usize) -> Result<Number, Error> {
    let (toks, end) = lex(s, true).map_err(|e| e.shifted(offset))?;
    if toks.is_empty() {
        let n = s.chars().next().map_or(0, char::len_utf8);
        return Err(err(Span::new(offset, offset + n), NumeralFault::NotNumeral).shifted(0));
    }
    if end < s.len() {
        let rest = &s[end..];
        let skip = rest.len() - rest.trim_start().len();
        let n = rest.trim_start().chars().next().map_or(0, char::len_utf8);
        return Err(err(Span::new(offset + end + skip, offset + end + skip + n), NumeralFault::UnexpectedChar));
    }
    match evaluate(&toks).map_err(|e| e.shifted(offset))? {
        Eval::One(n) => Ok(n),
        Eval::Pair(..) => Err(err(Span::new(offset, offset + s.len()), NumeralFault::BarePair)),
    }
}
