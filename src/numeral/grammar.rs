//! The numeral grammar: a nom lexer for numeral tokens and an evaluator
//! that checks the positional rules of Chinese numerals.
//!
//! Positional rules enforced (each violation is an error at the offending
//! token):
//! - inside a 万-section the units 千 百 十 strictly descend (十十, 百千 fail);
//! - every unit has a digit before it, except 十 at the start of a section
//!   or after 零 (十五, 一百零十) and 百/千 at the very start (百万, 千亿);
//! - 万 and 亿 need a number before them (万一 fails), and the groups they
//!   close strictly descend, except that a unit directly after another
//!   multiplies it (三万亿 = 3×10^12, 一亿亿 = 10^16);
//! - two digits in a row are a digit-by-digit form only without units
//!   (二〇二三); with units they are an approximate pair (三四, 十七八) when
//!   the second is one more than the first (or 三五), and an error otherwise;
//! - 零 stands between a unit and a digit, never twice, never last;
//! - 点 is followed by digits only, once (点点 fails); with nothing before
//!   it the number is below one (点五 = 0.5);
//! - Arabic digits inside a Chinese digit string or after 点 are digits of
//!   it (二0二三, 三点1); k and w after Arabic digits are 千 and 万 (15k);
//! - 幺 is a digit of digit strings only (幺八九), never before a unit.

use nom::{
    IResult, Parser,
    bytes::complete::{take_while_m_n, take_while1},
    character::complete::satisfy,
    combinator::{not, opt, recognize},
    multi::many0_count,
};

use super::Number;
use super::NumeralFault;
use super::chars::{NumChar, classify, is_liang, is_yao, skip_spaces};
use crate::error::Error;
use crate::text::{Span, digit_value, is_digit};

/// One lexical token of a numeral.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Tok {
    pub kind: TokKind,
    /// Byte range in the lexed string.
    pub span: Span,
    /// The token is 两/兩.
    pub liang: bool,
    /// The token is 幺, a 一 read only digit by digit.
    pub yao: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum TokKind {
    Digit(u8),
    Zero,
    Small(u32),
    Big(u32),
    Tens(u8),
    Point,
    /// An Arabic number (half- or full-width digits, thousands separators,
    /// decimal part).
    Arabic(Number),
    /// 几, or 数 before a unit: an unknown digit (十几 is 11–19, 几十 and
    /// 数十 are 20–90).
    Several,
}

/// An ASCII or full-width Arabic number: `1234`, `1,234,567`, `1.5`, `３．５`.
/// A `.` counts as a decimal point only between digits, and not when a
/// second `.digit` follows (2023.4.18 is a date, not a decimal). A
/// thousands separator is a comma before exactly three digits. Typists
/// take the full-width comma of the Chinese keyboard for it (82，225.00;
/// 233,333，333,434.344), but running text also lists numbers with that
/// comma (100，200): it separates thousands only in a number that shows
/// otherwise that it is one, by a decimal part or a half-width comma, or
/// that stands alone (a phrase of its own: 1，000).
pub(crate) fn arabic(input: &str) -> IResult<&str, &str> {
    // Most numbers are a run of digits with neither a separator nor a
    // point after it: the run is the number.
    let run = digit_run(input);
    if run > 0 && !input[run..].starts_with([',', '，', '.', '．']) {
        return Ok((&input[run..], &input[..run]));
    }
    let (rest, m) = grouped(input, |c| c == ',' || c == '，')?;
    if !m.contains('，') || m.contains([',', '.', '．']) || rest.trim().is_empty() {
        return Ok((rest, m));
    }
    grouped(input, |c| c == ',')
}

/// The length in bytes of the Arabic digits `s` starts with (those
/// [`is_digit`] takes: 0-9, and ０-９, whose UTF-8 is EF BC 90 to EF BC 99),
/// read byte by byte.
fn digit_run(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    loop {
        match b.get(i..) {
            Some([b'0'..=b'9', ..]) => i += 1,
            Some([0xEF, 0xBC, 0x90..=0x99, ..]) => i += 3,
            _ => return i,
        }
    }
}

/// [`arabic`] with the thousands separators `comma` accepts.
fn grouped(input: &str, comma: fn(char) -> bool) -> IResult<&str, &str> {
    recognize((
        take_while1(is_digit),
        many0_count((satisfy(comma), take_while_m_n(3, 3, is_digit), not(satisfy(is_digit)))),
        opt((
            satisfy(|c| c == '.' || c == '．'),
            take_while1(is_digit),
            not((satisfy(|c| c == '.' || c == '．'), satisfy(is_digit))),
        )),
    ))
    .parse(input)
}

/// The value of text matched by [`arabic`].
pub(crate) fn arabic_value(s: &str, at: usize) -> Result<Number, Error> {
    // The digits make the numerator; those after the point count the
    // power of ten below it. Separators are skipped.
    let overflow = || Error::at(Span::new(at, at + s.len()), NumeralFault::Overflow);
    // Most are a few ASCII digits: a whole number, which no i128 overflows.
    if s.len() <= 18 && s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(Number::from(s.bytes().fold(0i128, |v, b| v * 10 + i128::from(b - b'0'))));
    }
    let mut num: i128 = 0;
    let mut decimals: Option<u32> = None;
    for c in s.chars() {
        match digit_value(c) {
            Some(d) => {
                num = num.checked_mul(10).and_then(|n| n.checked_add(i128::from(d))).ok_or_else(overflow)?;
                decimals = decimals.map(|k| k + 1);
            }
            None if c == '.' || c == '．' => decimals = Some(0),
            None => {}
        }
    }
    let den = 10i128.checked_pow(decimals.unwrap_or(0)).ok_or_else(overflow)?;
    Number::ratio(num, den).ok_or_else(overflow)
}

/// Lexes tokens from the start of `s`. With `allow_space`, layout spaces
/// between tokens are skipped (2000 万, 1 亿). Returns the tokens and the
/// number of bytes consumed (up to the end of the last token).
pub(crate) fn lex(s: &str, allow_space: bool) -> Result<(Vec<Tok>, usize), Error> {
    // Most numerals have a few tokens and many runs none: the vector grows
    // from nothing, its first blocks small enough for the allocator's
    // per-thread cache.
    let mut toks = Vec::new();
    let end = lex_into(s, allow_space, &mut toks)?;
    Ok((toks, end))
}

/// [`lex`] into `toks` (cleared first), for a reader that lexes numeral
/// after numeral: one vector for all of them.
pub(crate) fn lex_into(s: &str, allow_space: bool, toks: &mut Vec<Tok>) -> Result<usize, Error> {
    toks.clear();
    let mut pos = 0;
    let mut end = 0;
    loop {
        let mut at = pos;
        if allow_space && !toks.is_empty() {
            at = skip_spaces(s, pos);
        }
        let rest = &s[at..];
        let Some(c) = rest.chars().next() else { break };
        if is_digit(c)
            && let Ok((_, m)) = arabic(rest)
        {
            // Arabic digits inside a string of Chinese digits (二0二三,
            // 2零二三) or after 点 (三点1) are digits of that string.
            let run = digit_run(rest);
            let chinese_digit = |k: Option<NumChar>| matches!(k, Some(NumChar::Digit(_) | NumChar::Zero));
            let in_string =
                matches!(toks.last(), Some(Tok { kind: TokKind::Digit(_) | TokKind::Zero | TokKind::Point, .. }))
                    || rest[run..].chars().next().is_some_and(|n| chinese_digit(classify(n)) && !is_liang(n));
            if in_string {
                for (k, d) in rest[..run].char_indices() {
                    let kind = match digit_value(d) {
                        Some(0) | None => TokKind::Zero,
                        Some(v) => TokKind::Digit(v as u8),
                    };
                    toks.push(Tok { kind, span: Span::new(at + k, at + k + d.len_utf8()), liang: false, yao: false });
                }
                pos = at + run;
                end = pos;
                continue;
            }
            let value = arabic_value(m, at)?;
            toks.push(Tok {
                kind: TokKind::Arabic(value),
                span: Span::new(at, at + m.len()),
                liang: false,
                yao: false,
            });
            pos = at + m.len();
            end = pos;
            // 15k, 30w: k for thousand and w (wan) for 万 right after Arabic
            // digits, when no other Latin letter follows (10kV, 5km are units).
            let mut letters = s[pos..].chars();
            let e = match letters.next() {
                Some('k' | 'K') => 3,
                Some('w' | 'W') => 4,
                _ => continue,
            };
            if letters.next().is_none_or(|n| !n.is_ascii_alphanumeric()) {
                toks.push(Tok { kind: TokKind::Big(e), span: Span::new(pos, pos + 1), liang: false, yao: false });
                pos += 1;
                end = pos;
            }
            continue;
        }
        let unit_follows = |r: &str| {
            r.chars().nth(1).is_some_and(|n| matches!(classify(n), Some(NumChar::Small(_) | NumChar::Big(_))))
        };
        let kind = match classify(c) {
            Some(NumChar::Small(u)) if starts_unit_word(rest, u, toks.last()) => break,
            None if c == '几' || (c == '数' && unit_follows(rest)) => TokKind::Several,
            Some(NumChar::Digit(d)) => TokKind::Digit(d),
            Some(NumChar::Zero) => TokKind::Zero,
            Some(NumChar::Small(u)) => TokKind::Small(u),
            Some(NumChar::Big(e)) => TokKind::Big(e),
            Some(NumChar::Tens(t)) => TokKind::Tens(t),
            Some(NumChar::Point) => TokKind::Point,
            // A Latin O between Chinese digits is a typo for 〇 (二O二三).
            None if matches!(c, 'O' | 'Ｏ' | 'o')
                && matches!(toks.last(), Some(Tok { kind: TokKind::Digit(_) | TokKind::Zero, .. })) =>
            {
                TokKind::Zero
            }
            None => break,
        };
        let liang = matches!(kind, TokKind::Digit(2)) && is_liang(c);
        toks.push(Tok { kind, span: Span::new(at, at + c.len_utf8()), liang, yao: is_yao(c) });
        pos = at + c.len_utf8();
        end = pos;
    }
    Ok(end)
}

/// Whether the 十/百/千 (of value `unit`) that starts `rest` begins a unit
/// word (千瓦, 千克, 千米, 百分点) rather than a place of the numeral before
/// it: it does when that numeral cannot take the place (100万千瓦, 200千米,
/// 十千瓦: a large unit, an Arabic number or a smaller unit before it), or
/// when what follows the character is no unit of its own (五千瓦: 瓦 is
/// none). 五千克 stays 5000 克, the same mass as 5 千克.
fn starts_unit_word(rest: &str, unit: u32, prev: Option<&Tok>) -> bool {
    let Some(prev) = prev else { return false };
    let mut chars = rest.chars();
    let c = chars.next().map_or(0, char::len_utf8);
    // Cheap refusal first: a numeral goes on with a numeral character.
    if chars.next().is_none_or(|n| is_digit(n) || classify(n).is_some()) {
        return false;
    }
    if super::measure_word(rest).is_none_or(|m| m.word.len() <= c) {
        return false;
    }
    let cannot_take_place = match prev.kind {
        TokKind::Big(_) | TokKind::Arabic(_) | TokKind::Tens(_) | TokKind::Point => true,
        TokKind::Small(v) => v <= unit,
        _ => false,
    };
    cannot_take_place || super::measure_word(&rest[c..]).is_none()
}

/// A positional Chinese integer read in one pass, without tokens: the
/// common case (一千二百三十四万五千六百七十八), and the one numeral-heavy
/// callers hit. It gives up (`None`) on anything the full grammar handles
/// differently — digits read one by one, decimals, Arabic digits, pairs,
/// 几, 廿, 万亿 chains, and every malformed form — so that where it answers,
/// it answers exactly as [`evaluate`] does (a property test holds the two
/// together).
pub(crate) fn fast_integer(s: &str) -> Option<i128> {
    let mut yi: i128 = 0; // the group closed by 亿
    let mut wan: i128 = 0; // the group closed by 万, within the current 亿 group
    let mut section: i128 = 0;
    let mut digit: Option<i128> = None;
    let mut liang = false;
    let mut last_small = u32::MAX;
    let mut seen_yi = false;
    let mut seen_wan = false;
    let mut prev = Prev::Start;
    let mut count = 0usize;
    let mut place: i128 = 1;
    for c in s.chars() {
        count += 1;
        if is_yao(c) {
            return None;
        }
        match classify(c)? {
            NumChar::Digit(d) => {
                if digit.is_some() {
                    return None;
                }
                // The place of a digit after a unit with no 零 between:
                // 一百二 = 120, 一万五 = 15000.
                place = match prev {
                    Prev::Small(u) if u >= 100 => (u / 10) as i128,
                    Prev::Big(e) => 10i128.pow(e - 1),
                    _ => 1,
                };
                digit = Some(d as i128);
                liang = is_liang(c);
                prev = Prev::Digit;
            }
            NumChar::Zero => {
                if digit.is_some() || matches!(prev, Prev::Start | Prev::Zero) {
                    return None;
                }
                prev = Prev::Zero;
            }
            NumChar::Small(u) => {
                let coef = match digit.take() {
                    Some(d) => d,
                    None if u == 10 && matches!(prev, Prev::Start | Prev::Zero) => 1,
                    None => return None,
                };
                if u >= last_small {
                    return None;
                }
                section += coef * u as i128;
                last_small = u;
                prev = Prev::Small(u);
            }
            NumChar::Big(e) => {
                let value = section + digit.take().unwrap_or(0);
                if value == 0 || prev == Prev::Zero {
                    return None;
                }
                if e == 4 {
                    if seen_wan {
                        return None;
                    }
                    wan = value;
                    seen_wan = true;
                } else {
                    if seen_yi || seen_wan {
                        return None; // 亿亿, 万亿: the full grammar's chains
                    }
                    yi = value;
                    seen_yi = true;
                }
                section = 0;
                last_small = u32::MAX;
                prev = Prev::Big(e);
            }
            NumChar::Tens(_) | NumChar::Point => return None,
        }
    }
    if prev == Prev::Zero || prev == Prev::Start {
        return None;
    }
    if let Some(d) = digit {
        if liang && count > 1 {
            return None;
        }
        section += d * place;
    }
    // Values stay below 10^16 here: 亿 groups hold under 10^8.
    Some(yi * 100_000_000 + wan * 10_000 + section)
}

/// The value of a token sequence: one number, or an approximate pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Eval {
    One(Number),
    /// Low, high, and whether a unit follows the pair (两三百, 二三十),
    /// which makes it unambiguous without a measure word.
    Pair(Number, Number, bool),
}

fn err(span: Span, fault: NumeralFault) -> Error {
    Error::at(span, fault)
}

fn overflow(span: Span) -> Error {
    Error::at(span, NumeralFault::Overflow)
}

fn pow10(e: u32, span: Span) -> Result<Number, Error> {
    10i128.checked_pow(e).map(Number::from).ok_or_else(|| overflow(span))
}

/// Evaluates tokens: digit-by-digit forms, approximate pairs, or a
/// positional numeral.
pub(crate) fn evaluate(toks: &[Tok]) -> Result<Eval, Error> {
    // One number alone, the most common numeral (3, 二, 1.5): its value,
    // as the positional reading below gives it.
    match toks {
        [] => return Err(err(Span::empty(0), NumeralFault::NotNumeral)),
        [Tok { kind: TokKind::Digit(d), yao: false, .. }] => return Ok(Eval::One(Number::from(i128::from(*d)))),
        [Tok { kind: TokKind::Arabic(n), .. }] => return Ok(Eval::One(*n)),
        _ => {}
    }
    // 几/数 stands for an unknown digit: 1–9 in the ones place of its
    // section (十几, 十几万), 2–9 before a unit (几十, 数百). The numeral is
    // the range.
    if let Some(k) = toks.iter().position(|t| t.kind == TokKind::Several) {
        if toks.iter().filter(|t| t.kind == TokKind::Several).count() > 1 {
            return Err(err(toks[k].span, NumeralFault::SeveralRepeated));
        }
        let ones_after_unit = k > 0 && toks.get(k + 1).is_none_or(|t| matches!(t.kind, TokKind::Big(_)));
        let low_digit = if ones_after_unit { 1 } else { 2 };
        let with = |d: u8| -> Vec<Tok> {
            toks.iter()
                .map(|t| if t.kind == TokKind::Several { Tok { kind: TokKind::Digit(d), ..*t } } else { *t })
                .collect()
        };
        let (l, h) = (positional(&with(low_digit))?, positional(&with(9))?);
        // A range of 几 is never a name, unlike 十四五: no measure word needed.
        return Ok(Eval::Pair(l, h, true));
    }
    // A digit string: two or more digits and no unit (二〇二三, 一一,
    // 幺八九, 二0二三), with a decimal part or not (一二点三零 = 12.30).
    // Two digits one apart and nothing else (三四, 七八) are rather an
    // approximate pair, read below.
    let point = toks.iter().position(|t| t.kind == TokKind::Point);
    let int = &toks[..point.unwrap_or(toks.len())];
    if int.len() >= 2 && int.iter().all(|t| matches!(t.kind, TokKind::Digit(_) | TokKind::Zero)) {
        let pair = match (int, point) {
            ([a, b], None) => {
                !a.yao
                    && !b.yao
                    && matches!((a.kind, b.kind), (TokKind::Digit(x), TokKind::Digit(y)) if y == x + 1 || (x, y) == (3, 5))
            }
            _ => false,
        };
        if !pair {
            let whole = digit_by_digit(int)?;
            let Some(p) = point else { return Ok(Eval::One(whole)) };
            let frac = positional(&toks[p..])?;
            return whole.checked_add(frac).map(Eval::One).ok_or_else(|| overflow(toks[p].span));
        }
    }
    // An approximate pair: two adjacent digits, the second one more than
    // the first (or 三五), sharing the units around them.
    // Digits after 点 are read one by one and never pair.
    let before_point = toks.iter().position(|t| t.kind == TokKind::Point).unwrap_or(toks.len());
    for i in 0..before_point.saturating_sub(1) {
        if let (TokKind::Digit(a), TokKind::Digit(b)) = (toks[i].kind, toks[i + 1].kind)
            && toks[i].span.end == toks[i + 1].span.start
            && (b == a + 1 || (a, b) == (3, 5))
        {
            let low: Vec<Tok> = toks.iter().enumerate().filter(|&(j, _)| j != i + 1).map(|(_, t)| *t).collect();
            let high: Vec<Tok> = toks.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, t)| *t).collect();
            let (l, h) = (positional(&low)?, positional(&high)?);
            let unit_follows = toks[i + 2..].iter().any(|t| matches!(t.kind, TokKind::Small(_) | TokKind::Big(_)));
            return Ok(Eval::Pair(l, h, unit_follows));
        }
    }
    positional(toks).map(Eval::One)
}

/// 二〇二三 → 2023: every token a digit, read one by one.
fn digit_by_digit(toks: &[Tok]) -> Result<Number, Error> {
    let mut v: i128 = 0;
    for t in toks {
        let d = match t.kind {
            TokKind::Digit(_) if t.liang => return Err(err(t.span, NumeralFault::LiangInDigits)),
            TokKind::Digit(d) => d,
            _ => 0,
        };
        v = v.checked_mul(10).and_then(|v| v.checked_add(d as i128)).ok_or_else(|| overflow(t.span))?;
    }
    Ok(Number::from(v))
}

/// What the previous token of a positional numeral was (shared by
/// [`fast_integer`] and the evaluator).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Prev {
    Start,
    Digit,
    Zero,
    Small(u32),
    Big(u32),
}

/// Evaluates a positional numeral (一千零五, 3000万, 三万亿, 三点一四, 1.5亿).
fn positional(toks: &[Tok]) -> Result<Number, Error> {
    // Closed 万/亿 groups: value and magnitude exponent, magnitudes descending.
    let mut groups = Groups::new();
    let mut section = Number::ZERO;
    let mut section_used = false;
    let mut pending: Option<(Number, Tok)> = None;
    let mut last_small = u32::MAX;
    let mut prev = Prev::Start;
    let mut seen_digit = false;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        match t.kind {
            // evaluate() replaces 几 before calling; a stray one is no digit.
            TokKind::Several => return Err(err(t.span, NumeralFault::SeveralForDigit)),
            TokKind::Digit(_) if t.yao => return Err(err(t.span, NumeralFault::YaoInPlace)),
            TokKind::Digit(_) | TokKind::Arabic(_) => {
                if let Some((_, p)) = pending {
                    return Err(err(p.span.join(t.span), NumeralFault::NumbersInARow));
                }
                let v = match t.kind {
                    TokKind::Digit(d) => Number::from(d as i128),
                    TokKind::Arabic(n) => n,
                    _ => unreachable!("matched above"),
                };
                pending = Some((v, t));
                seen_digit = true;
                prev = Prev::Digit;
            }
            TokKind::Zero => {
                if let Some((_, p)) = pending {
                    return Err(err(p.span.join(t.span), NumeralFault::ZeroAfterDigit));
                }
                if prev == Prev::Zero {
                    return Err(err(t.span, NumeralFault::ZeroRepeated));
                }
                if prev == Prev::Start {
                    // A leading 零 stands only for zero itself (零, 零点五).
                    pending = Some((Number::ZERO, t));
                    prev = Prev::Digit;
                } else {
                    prev = Prev::Zero;
                }
            }
            TokKind::Small(_) | TokKind::Tens(_) => {
                let unit = if let TokKind::Small(u) = t.kind { u } else { 10 };
                if unit == last_small {
                    return Err(err(t.span, NumeralFault::UnitRepeated));
                }
                if unit > last_small {
                    return Err(err(t.span, NumeralFault::UnitsAscend));
                }
                let (coef, u) = match t.kind {
                    TokKind::Tens(n) => {
                        if let Some((_, p)) = pending {
                            return Err(err(p.span.join(t.span), NumeralFault::DigitBeforeTens));
                        }
                        (Number::from(n as i128), 10)
                    }
                    TokKind::Small(u) => match pending.take() {
                        Some((v, p)) => {
                            if v == Number::ZERO || v >= Number::from(10) || v.is_negative() {
                                return Err(err(p.span.join(t.span), NumeralFault::BadCoefficient));
                            }
                            (v, u)
                        }
                        None if u == 10 && matches!(prev, Prev::Start | Prev::Zero) => (Number::from(1), u),
                        None if prev == Prev::Start => (Number::from(1), u),
                        // 一百十一, 二千十七, 伍亿柒仟万拾柒: the 一 of 一十 is
                        // often left out after a higher unit. Only after a
                        // digit was written: 百十 alone is "about a hundred".
                        None if u == 10 && seen_digit && matches!(prev, Prev::Small(_) | Prev::Big(_)) => {
                            (Number::from(1), u)
                        }
                        None => return Err(err(t.span, NumeralFault::UnitWithoutDigit)),
                    },
                    _ => unreachable!("matched Small or Tens"),
                };
                let add = coef.checked_mul(Number::from(u as i128)).ok_or_else(|| overflow(t.span))?;
                section = section.checked_add(add).ok_or_else(|| overflow(t.span))?;
                section_used = true;
                last_small = u;
                prev = Prev::Small(u);
            }
            TokKind::Big(e) => {
                let mut value = section;
                let mut used = section_used;
                if let Some((v, _)) = pending.take() {
                    value = value.checked_add(v).ok_or_else(|| overflow(t.span))?;
                    used = true;
                }
                let mult = pow10(e, t.span)?;
                if used {
                    // Everything of lower magnitude since the last larger
                    // unit is multiplied: 三万亿 → (三万)亿.
                    let mut level = e;
                    while let Some(&(g, ge)) = groups.last() {
                        if ge >= e {
                            break;
                        }
                        value = value.checked_add(g).ok_or_else(|| overflow(t.span))?;
                        level = level.max(ge + e);
                        groups.pop();
                    }
                    let v = value.checked_mul(mult).ok_or_else(|| overflow(t.span))?;
                    if let Some(&(_, ge)) = groups.last()
                        && ge <= level
                    {
                        return Err(err(t.span, NumeralFault::LargeUnitsOutOfOrder));
                    }
                    groups.push((v, level));
                } else if let Prev::Big(_) = prev {
                    // 亿亿, 万亿, 万万: the unit multiplies the group just closed
                    // and every smaller one before it.
                    let (mut v, mut level) =
                        groups.pop().ok_or_else(|| err(t.span, NumeralFault::LargeUnitWithoutNumber))?;
                    while let Some(&(g, ge)) = groups.last() {
                        if ge > level {
                            break;
                        }
                        v = v.checked_add(g).ok_or_else(|| overflow(t.span))?;
                        level = level.max(ge);
                        groups.pop();
                    }
                    v = v.checked_mul(mult).ok_or_else(|| overflow(t.span))?;
                    level += e;
                    if let Some(&(_, ge)) = groups.last()
                        && ge <= level
                    {
                        return Err(err(t.span, NumeralFault::LargeUnitsOutOfOrder));
                    }
                    groups.push((v, level));
                } else if prev == Prev::Start && toks.len() == 1 {
                    // A unit alone counts one of it (近万人, 万分之五); 万一
                    // and 万元以上 with more after it are no numeral.
                    groups.push((mult, e));
                } else {
                    return Err(err(t.span, NumeralFault::LargeUnitWithoutNumber));
                }
                section = Number::ZERO;
                section_used = false;
                last_small = u32::MAX;
                prev = Prev::Big(e);
            }
            TokKind::Point => {
                // 九百二十点五: the integer part may end in a unit.
                let int = match pending.take() {
                    Some((v, _)) => v,
                    None if (section_used && prev != Prev::Zero) || matches!(prev, Prev::Big(_)) => Number::ZERO,
                    // 点五零: a decimal with no integer part is below one.
                    None if prev == Prev::Start => Number::ZERO,
                    None => return Err(err(t.span, NumeralFault::PointWithoutNumber)),
                };
                let before = section.checked_add(int).ok_or_else(|| overflow(t.span))?;
                let mut frac: i128 = 0;
                let mut scale: u32 = 0;
                let mut j = i + 1;
                while j < toks.len() {
                    match toks[j].kind {
                        TokKind::Digit(_) if toks[j].liang => {
                            return Err(err(toks[j].span, NumeralFault::LiangAfterPoint));
                        }
                        TokKind::Digit(d) => {
                            frac = frac
                                .checked_mul(10)
                                .and_then(|f| f.checked_add(d as i128))
                                .ok_or_else(|| overflow(toks[j].span))?;
                        }
                        TokKind::Zero => frac = frac.checked_mul(10).ok_or_else(|| overflow(toks[j].span))?,
                        TokKind::Point => return Err(err(toks[j].span, NumeralFault::SecondPoint)),
                        _ => break,
                    }
                    scale += 1;
                    j += 1;
                }
                if scale == 0 {
                    return Err(err(t.span, NumeralFault::PointWithoutDigits));
                }
                let den = 10i128.checked_pow(scale).ok_or_else(|| overflow(t.span))?;
                let mut value = before
                    .checked_add(Number::ratio(frac, den).ok_or_else(|| overflow(t.span))?)
                    .ok_or_else(|| overflow(t.span))?;
                if let Some(&Tok { kind: TokKind::Big(e), span, .. }) = toks.get(j) {
                    value = value.checked_mul(pow10(e, span)?).ok_or_else(|| overflow(span))?;
                    if let Some(&(_, ge)) = groups.last()
                        && ge <= e
                    {
                        return Err(err(span, NumeralFault::LargeUnitsOutOfOrder));
                    }
                    j += 1;
                }
                if let Some(extra) = toks.get(j) {
                    return Err(err(extra.span, NumeralFault::AfterDecimals));
                }
                let total = sum_groups(&groups, t.span)?;
                return total.checked_add(value).ok_or_else(|| overflow(t.span));
            }
        }
        i += 1;
    }
    let last = toks[toks.len() - 1];
    if prev == Prev::Zero {
        return Err(err(last.span, NumeralFault::TrailingZero));
    }
    if let Some((v, p)) = pending {
        // 一百二 = 120, 三千五 = 3500, 一万五 = 15000, 3万2 = 32000: one
        // digit right after a unit of 100 or more counts in the next lower
        // place. An Arabic number of more digits keeps its value (3万25).
        let one_digit = match p.kind {
            TokKind::Digit(_) => true,
            // One ASCII or full-width digit: 1 or 3 bytes, and whole.
            TokKind::Arabic(n) => p.span.len() <= 3 && n.to_integer().is_some_and(|d| (1..10).contains(&d)),
            _ => false,
        };
        let scale = match (prev, toks.len().checked_sub(2).map(|k| toks[k].kind)) {
            (Prev::Digit, Some(TokKind::Small(u))) if u >= 100 && one_digit => Number::from((u / 10) as i128),
            (Prev::Digit, Some(TokKind::Big(e))) if one_digit => pow10(e - 1, p.span)?,
            _ => Number::from(1),
        };
        if p.liang && toks.len() > 1 {
            return Err(err(p.span, NumeralFault::TrailingLiang));
        }
        let add = v.checked_mul(scale).ok_or_else(|| overflow(p.span))?;
        section = section.checked_add(add).ok_or_else(|| overflow(p.span))?;
    }
    let total = sum_groups(&groups, last.span)?;
    total.checked_add(section).ok_or_else(|| overflow(last.span))
}

fn sum_groups(groups: &Groups, span: Span) -> Result<Number, Error> {
    groups.iter().try_fold(Number::ZERO, |acc, &(g, _)| acc.checked_add(g).ok_or_else(|| overflow(span)))
}

/// The groups [`positional`] keeps in place: a numeral closes at most one
/// group a 万 or 亿, and has few of them.
const INLINE_GROUPS: usize = 4;

/// The closed 万/亿 groups of [`positional`] (value and magnitude
/// exponent), a stack: the first [`INLINE_GROUPS`] in place, any more on
/// the heap, so that reading a numeral allocates nothing.
struct Groups {
    inline: [(Number, u32); INLINE_GROUPS],
    len: usize,
    /// Used only while `inline` is full.
    heap: Vec<(Number, u32)>,
}

impl Groups {
    fn new() -> Self {
        Groups { inline: [(Number::ZERO, 0); INLINE_GROUPS], len: 0, heap: Vec::new() }
    }

    fn last(&self) -> Option<&(Number, u32)> {
        self.heap.last().or_else(|| self.inline[..self.len].last())
    }

    fn pop(&mut self) -> Option<(Number, u32)> {
        self.heap.pop().or_else(|| {
            self.len = self.len.checked_sub(1)?;
            Some(self.inline[self.len])
        })
    }

    fn push(&mut self, group: (Number, u32)) {
        if self.len < INLINE_GROUPS {
            self.inline[self.len] = group;
            self.len += 1;
        } else {
            self.heap.push(group);
        }
    }

    /// Bottom to top.
    fn iter(&self) -> impl Iterator<Item = &(Number, u32)> {
        self.inline[..self.len].iter().chain(&self.heap)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The general grammar's value of a whole string, if it has one.
    fn general(s: &str) -> Option<i128> {
        let (toks, end) = lex(s, false).ok()?;
        if end != s.len() || toks.is_empty() {
            return None;
        }
        match evaluate(&toks).ok()? {
            Eval::One(n) => n.to_integer(),
            Eval::Pair(..) => None,
        }
    }

    #[test]
    fn digit_runs_are_the_digits_is_digit_takes() {
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let s = format!("{c}{c}x");
            let expected = if is_digit(c) { 2 * c.len_utf8() } else { 0 };
            assert_eq!(digit_run(&s), expected, "{c:?}");
        }
    }

    #[test]
    fn the_fast_path_reads_common_numerals() {
        for (s, v) in
            [("一千二百三十四万五千六百七十八", 12_345_678), ("十", 10), ("两千", 2000), ("一亿零五", 100_000_005)]
        {
            assert_eq!(fast_integer(s), Some(v), "{s}");
        }
        for s in ["二〇二三", "三万亿", "十十", "万一", "三点五", "十四五", "一百零", ""] {
            assert_eq!(fast_integer(s), None, "{s}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        /// Where the fast path answers, it answers as the general grammar.
        #[test]
        fn the_fast_path_agrees_with_the_grammar(s in "[〇零一二两三四五六七八九十百千万亿壹贰叁拾佰仟廿点几]{1,14}") {
            if let Some(v) = fast_integer(&s) {
                prop_assert_eq!(Some(v), general(&s), "{}", s);
            }
        }

        /// Below 10^8 every formatted integer but zero takes the fast path.
        #[test]
        fn the_fast_path_reads_every_formatted_integer(v in 1i128..100_000_000) {
            for style in [crate::numeral::Style::Lower, crate::numeral::Style::Upper] {
                let s = crate::numeral::format(Number::from(v), style);
                prop_assert_eq!(fast_integer(&s), Some(v), "{}", s);
            }
        }
    }
}
