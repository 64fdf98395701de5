//! Reading a numeral phrase as official text writes it: the number with the
//! words around it that qualify it (第, 约, 最高, 多, 余, 左右, 以上), its
//! measure word or unit, ranges (3—6个月, 三至五年, 2—3万元) and approximate
//! pairs (三四个, 十七八岁).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::NumeralFault;
use super::chars::{sign, skip_spaces};
use super::grammar::{Eval, Tok, TokKind, evaluate, lex, lex_into};
use super::measure::{KUAI, Measure, QuantityKind, measure_word, ordinal_head};
use super::qualifier::{prefix_word, suffix_word};
use super::range::{join_range, joiner, skip_note, starts_signed};
use super::words::{upper_digit_in_word, yi_in_word};
use super::{Number, chars};
use crate::error::Error;
use crate::text::Span;

/// The value a phrase states: one number or a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Amount {
    /// One value.
    One(Number),
    /// A range or approximate pair, both ends included.
    Range {
        /// Lower end.
        low: Number,
        /// Upper end.
        high: Number,
    },
}

impl Amount {
    /// The single value, or `None` for a range.
    pub fn value(&self) -> Option<Number> {
        match *self {
            Amount::One(n) => Some(n),
            Amount::Range { .. } => None,
        }
    }

    /// Lower end (the value itself for a single value).
    pub fn low(&self) -> Number {
        match *self {
            Amount::One(n) | Amount::Range { low: n, .. } => n,
        }
    }

    /// Upper end (the value itself for a single value).
    pub fn high(&self) -> Number {
        match *self {
            Amount::One(n) | Amount::Range { high: n, .. } => n,
        }
    }

    fn map(self, f: impl Fn(Number) -> Option<Number>) -> Option<Amount> {
        Some(match self {
            Amount::One(n) => Amount::One(f(n)?),
            Amount::Range { low, high } => Amount::Range { low: f(low)?, high: f(high)? },
        })
    }
}

impl fmt::Display for Amount {
    /// The exact value (see [`Number`]'s `Display`); a range as its two
    /// ends joined by an en dash.
    ///
    /// ```
    /// use gongbao::numeral::{read, Amount, Number};
    /// assert_eq!(read("1.5亿元").unwrap().amount.to_string(), "150000000");
    /// assert_eq!(read("三分之一").unwrap().amount.to_string(), "1/3");
    /// assert_eq!(read("3—6个月").unwrap().amount.to_string(), "3–6");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Amount::One(n) => n.fmt(f),
            Amount::Range { low, high } => write!(f, "{low}–{high}"),
        }
    }
}

/// A numeral phrase read by [`read`] or found by
/// [`find_numerals`](super::find_numerals).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    /// The value: 1.5亿元 → 150000000, 百分之三十 → 0.3, 3—6个月 → 3 to 6.
    /// Units, measure words, 第 and approximation markers do not change it;
    /// shares do (百分之三十, 30%, 5‰, 三成).
    pub amount: Amount,
    /// Written as an ordinal: 第十, 总第538.
    pub ordinal: bool,
    /// 总第: a cumulative number (of an issue across years).
    pub cumulative: bool,
    /// Written as a share: %, ‰, 百分之, 分之 (the value is a fraction).
    pub share: bool,
    /// Marked as approximate (约, 近, 余, 多, 来, 左右, 上下) or an
    /// approximate pair (三四个).
    pub approximate: bool,
    /// A word in front that qualifies the value (最高, 不超过, 约, 共…).
    pub prefix: Option<&'static str>,
    /// A word after it that bounds it (以上, 以下, 以内, 左右…).
    pub suffix: Option<&'static str>,
    /// The measure word or unit (个, 元, 期, 平方公里).
    pub measure: Option<Measure>,
    /// A ratio A∶B (1∶500, 1:500), as its two terms; the amount is then
    /// the quotient A/B.
    pub ratio: Option<(Number, Number)>,
    /// The whole phrase, prefix to suffix.
    pub span: Span,
}

impl Reading {
    /// The currency the phrase names: a currency word before the number
    /// (港币50元, 人民币, ¥), else the unit after it when that is money
    /// (元, 美元, 韩元, 块钱).
    ///
    /// ```
    /// use gongbao::numeral::read;
    /// assert_eq!(read("港币50元").unwrap().currency(), Some("港币"));
    /// assert_eq!(read("50泰铢").unwrap().currency(), Some("泰铢"));
    /// assert_eq!(read("50个").unwrap().currency(), None);
    /// ```
    pub fn currency(&self) -> Option<&'static str> {
        let money = |m: Measure| matches!(m.kind, QuantityKind::Money | QuantityKind::Currency);
        let named = self.prefix.filter(|p| measure_word(p).is_some_and(|m| money(m) && m.word == *p));
        let sign = self.prefix.filter(|p| matches!(*p, "¥" | "￥"));
        named.or(sign).or(self.measure.filter(|m| money(*m)).map(|m| m.word))
    }
}

fn err(span: Span, fault: NumeralFault) -> Error {
    Error::at(span, fault)
}

/// Reads a whole phrase that states one number, share or range.
///
/// ```
/// use gongbao::numeral::{read, Amount, Number};
/// let r = read("总第538期").unwrap();
/// assert_eq!(r.amount, Amount::One(Number::from(538)));
/// assert!(r.ordinal && r.cumulative);
/// assert_eq!(read("1.5亿元").unwrap().amount, Amount::One(Number::from(150_000_000)));
/// assert_eq!(read("3—6个月").unwrap().amount, Amount::Range { low: Number::from(3), high: Number::from(6) });
/// assert_eq!(read("十七八岁").unwrap().amount, Amount::Range { low: Number::from(17), high: Number::from(18) });
/// assert_eq!(read("123元1角1分").unwrap().amount, Amount::One(Number::ratio(12311, 100).unwrap()));
/// assert!(read("第三方").is_err());
/// assert!(read("十四五").is_err());
/// assert!(read("一律").is_err());
/// ```
pub fn read(s: &str) -> Result<Reading, Error> {
    let start = s.len() - s.trim_start_matches(crate::text::is_space).len();
    if let Some(label) = label(s, start) {
        return label;
    }
    let (mut r, mut end) = read_at(s, start)?;
    // A ratio, 1∶500 or 1:500: two plain numbers around a colon.
    let colon = skip_spaces(s, end);
    if let Some(c) = s[colon..].chars().next().filter(|c| matches!(c, '∶' | ':' | '：'))
        && let (Amount::One(a), None, false) = (r.amount, r.measure, r.share)
        && let Ok((b, b_end)) = read_at(s, skip_spaces(s, colon + c.len_utf8()))
        && let (Amount::One(d), None, false, false) = (b.amount, b.measure, b.share, b.ordinal)
        && let Some(q) = a.checked_div(d).filter(|_| d != Number::ZERO)
    {
        r.amount = Amount::One(q);
        r.ratio = Some((a, d));
        r.approximate |= b.approximate;
        r.span = Span::new(r.span.start, b.span.end);
        end = b_end;
    }
    let rest = &s[end..];
    let rest_trim = rest.trim_start_matches(crate::text::is_space);
    if !rest_trim.is_empty() && r.measure.is_none() && !r.ordinal {
        let at = s.len() - rest_trim.len();
        let n = rest_trim.chars().next().map_or(0, char::len_utf8);
        return Err(err(Span::new(at, at + n), NumeralFault::NoMeasureWord));
    }
    Ok(r)
}

/// Brackets that enclose a label: (二十四), （三十四）, (总第 538 期).
const OPEN: &[char] = &['(', '（', '〔', '【', '['];
const CLOSE: &[char] = &[')', '）', '〕', '】', ']'];

/// A numeral in brackets, as lists and issues are labelled: the numeral
/// read as an ordinal, or `None` when `s` is not bracketed.
fn label(s: &str, start: usize) -> Option<Result<Reading, Error>> {
    let body = s[start..].trim_end_matches(crate::text::is_space);
    let inner = body.strip_prefix(OPEN)?.strip_suffix(CLOSE)?;
    let open = body.len() - body.strip_prefix(OPEN).map_or(0, str::len);
    let inner_start = skip_spaces(s, start + open);
    let inner_end = start + open + inner.len();
    Some(read_at(&s[..inner_end], inner_start).and_then(|(mut r, end)| {
        let rest = skip_spaces(s, end);
        if rest < inner_end {
            let n = s[rest..].chars().next().map_or(0, char::len_utf8);
            return Err(err(Span::new(rest, rest + n), NumeralFault::NoMeasureWord));
        }
        r.ordinal = true;
        r.span = Span::new(start, start + body.len());
        Ok(r)
    }))
}

/// Reads the numeral phrase that starts at byte `pos` of `s` and returns it
/// with the byte offset where it ends. Spans are offsets into `s`.
pub(crate) fn read_at(s: &str, pos: usize) -> Result<(Reading, usize), Error> {
    read_at_with(s, pos, &mut Vec::new())
}

/// [`read_at`] with a vector for the tokens, which a finder that reads
/// candidate after candidate keeps for all of them.
pub(crate) fn read_at_with(s: &str, pos: usize, toks: &mut Vec<Tok>) -> Result<(Reading, usize), Error> {
    read_phrase(s, pos, true, toks)
}

/// [`read_at`]; with `pair_bounds`, a floor followed by a cap (10万元以上
/// 50万元以下) is read as one range.
fn read_phrase(s: &str, pos: usize, pair_bounds: bool, toks: &mut Vec<Tok>) -> Result<(Reading, usize), Error> {
    let Head { at, prefix, mut approximate, ordinal, cumulative } = head(s, pos);
    let at = skip_spaces(s, at);
    let left = side(s, at, toks)?;
    if &s[left.numeral.start..left.numeral.end] == "一" && prefix.is_none() && !ordinal && yi_in_word(s, at) {
        return Err(err(Span::new(at, left.end), NumeralFault::SetPhrase));
    }
    if prefix.is_none() && !ordinal && upper_digit_in_word(s, left.numeral) {
        return Err(err(Span::new(at, left.end), NumeralFault::SetPhrase));
    }
    // Two digits read one by one (一一 = 11, 九八 = 98) are a number only
    // alone: with a word after them they are part of it (一一对应,
    // 五五购物节, 五一劳动节).
    if left.two_digits && skip_spaces(s, left.numeral.end) < s.len() {
        return Err(err(left.numeral, NumeralFault::NumbersInARow));
    }
    let mut end = left.end;
    let mut amount = left.amount;
    let mut measure = left.measure;
    let mut share = left.share.is_some();
    approximate |= left.approximate;

    // A range: 3—6, 3-6, 三至五, 3到5, 3~6, 1万元--5万元, 1万(含)-5万元.
    let after_left = skip_note(s, skip_spaces(s, end));
    if let Some(j) = joiner(s, after_left) {
        let rs = skip_spaces(s, j);
        let rs = if ordinal && s[rs..].starts_with('第') { rs + '第'.len_utf8() } else { rs };
        if starts_signed(&s[rs..])
            && let Ok(right) = side(s, rs, toks)
            && let Some(range) = join_range(&left, &right)
        {
            amount = range;
            measure = right.measure.or(measure);
            share |= right.share.is_some();
            approximate |= right.approximate;
            end = right.end;
        }
    }
    if let Amount::Range { .. } = amount
        && left.pair
        && measure.is_none()
    {
        return Err(err(Span::new(left.numeral.start, end), NumeralFault::BarePair));
    }
    if ordinal {
        let head = skip_spaces(s, end);
        let rest = &s[head..];
        let ok = measure.is_some()
            || ordinal_head(rest).is_some()
            || rest.is_empty()
            || rest.chars().next().is_some_and(|c| !crate::text::is_han(c));
        if !ok {
            return Err(err(Span::new(pos, head), NumeralFault::NoOrdinalHead));
        }
        if measure.is_none()
            && let Some(n) = ordinal_head(rest)
        {
            end = head + n;
        }
    }
    // Bounds and approximation after the unit: 以上, 左右, 以内.
    let mut suffix = None;
    let after = skip_note(s, skip_spaces(s, end));
    if let Some(&(w, approx, _)) = suffix_word(&s[after..]) {
        // 内 alone only closes a duration (20个工作日内), and 整 only money.
        let fits = match w {
            "内" => measure.is_some_and(|m| m.kind == QuantityKind::Duration),
            "整" => measure.is_some_and(|m| m.kind == QuantityKind::Money),
            _ => true,
        };
        if fits {
            suffix = Some(w);
            approximate |= approx;
            end = after + w.len();
        }
    }
    // A floor and a cap that make one range: 10万元以上50万元以下,
    // 三年以上七年以下, 20吨以上不满30吨, or joined: 1000万元及以上至5000
    // 万元 (the joiner makes the amount after it the cap); in the same
    // unit, or the unit written once, after the cap.
    if pair_bounds && matches!(suffix, Some("以上" | "及以上")) && !ordinal {
        let next = skip_spaces(s, end);
        let joined = joiner(s, next).map(|j| skip_spaces(s, j)).filter(|&j| starts_numeral(&s[j..]));
        let next = joined.unwrap_or(next);
        if (starts_numeral(&s[next..]) || s[next..].starts_with('不'))
            && let Ok((cap, cap_end)) = read_phrase(s, next, false, toks)
            && (matches!(cap.suffix, Some("以下" | "以内"))
                || matches!(cap.prefix, Some("不满" | "不足" | "不到" | "不超过"))
                || joined.is_some() && cap.prefix.is_none() && cap.suffix.is_none())
            && let (Amount::One(low), Amount::One(high)) = (amount, cap.amount)
            && low <= high
            && !cap.ordinal
            && cap.share == share
            && measure.is_none_or(|m| cap.measure.is_some_and(|c| c.word == m.word))
        {
            amount = Amount::Range { low, high };
            measure = cap.measure;
            approximate |= cap.approximate;
            suffix = None;
            end = cap_end;
        }
    }
    let span = Span::new(pos, end);
    Ok((Reading { amount, ordinal, cumulative, share, approximate, prefix, suffix, measure, ratio: None, span }, end))
}

/// What stands before the numeral of a phrase: 第 or 总第, 上 before a
/// unit (上百家), or a qualifier, 从, 每 or a currency with a numeral after
/// it.
struct Head {
    /// Where the numeral may start (before any layout space).
    at: usize,
    prefix: Option<&'static str>,
    approximate: bool,
    ordinal: bool,
    cumulative: bool,
}

/// The [`Head`] of a phrase that starts at `pos`; `at` is `pos` when no
/// word leads a numeral there.
fn head(s: &str, pos: usize) -> Head {
    let mut at = pos;
    let mut prefix = None;
    let mut approximate = false;
    let mut ordinal = false;
    let mut cumulative = false;
    if s[at..].starts_with("总第") {
        ordinal = true;
        cumulative = true;
        at += "总第".len();
    } else if s[at..].starts_with('第') {
        ordinal = true;
        at += '第'.len_utf8();
    } else if s[at..].starts_with('上') && s[at + '上'.len_utf8()..].starts_with(['百', '千', '万', '亿']) {
        // 上百家, 上千人: "as many as a hundred", an approximate count.
        prefix = Some("上");
        approximate = true;
        at += '上'.len_utf8();
    } else if let Some(&(w, approx, _)) = prefix_word(&s[at..]) {
        // A prefix counts only when a numeral follows it (after a layout
        // space in PDF text: 最高 300 万元).
        let after = skip_spaces(s, at + w.len());
        if starts_signed(&s[after..]) {
            prefix = Some(w);
            approximate = approx;
            at = after;
        }
    } else if !starts_numeral(&s[at..])
        && let Some(w) = lead_word(&s[at..])
    {
        // 从3万到5万元, 港币50元: a range's 从, a currency written first.
        let after = skip_spaces(s, at + w.len());
        if starts_signed(&s[after..]) {
            prefix = Some(w);
            at = after;
        }
    }
    Head { at, prefix, approximate, ordinal, cumulative }
}

/// Whether a word at the start of `s` leads a numeral (see [`Head`]). A
/// phrase that starts with a character that is no numeral, sign or 半 reads
/// only so.
pub(super) fn word_leads(s: &str) -> bool {
    head(s, 0).at > 0
}

/// A word before a numeral that is no qualifier: 从 (or 由) opening a
/// range, 每 (every), and a currency written first (港币, 新台币, 美元).
fn lead_word(s: &str) -> Option<&'static str> {
    for w in ["从", "由", "每"] {
        if s.starts_with(w) {
            return Some(w);
        }
    }
    measure_word(s).filter(|m| matches!(m.kind, QuantityKind::Money | QuantityKind::Currency)).map(|m| m.word)
}

/// Whether a numeral (or 负 and a numeral) starts `s`.
///
/// ```
/// assert!(gongbao::numeral::starts_numeral("三年"));
/// assert!(gongbao::numeral::starts_numeral("2023年"));
/// assert!(!gongbao::numeral::starts_numeral("点"));
/// ```
pub fn starts_numeral(s: &str) -> bool {
    let s = match s.strip_prefix(['负', '負']) {
        Some(rest) => &rest[skip_spaces(rest, 0)..],
        None => s,
    };
    match s.chars().next() {
        Some(c) => crate::text::is_digit(c) || chars::classify(c).is_some_and(|k| k != chars::NumChar::Point),
        None => false,
    }
}

/// One side of a possible range: a numeral with its share marks,
/// approximation marks, 万/亿 after them and measure word.
pub(super) struct Side {
    pub(super) amount: Amount,
    pub(super) pair: bool,
    pub(super) approximate: bool,
    /// A trailing 万/亿 exponent, for ranges like 2—3万 that share it.
    pub(super) big: Option<u32>,
    /// The numeral is one number and nothing else (两, 八, 10).
    pub(super) bare: bool,
    /// The numeral is two Chinese digits read one by one (一一, 五五).
    pub(super) two_digits: bool,
    /// The numeral is one number followed by units only (三仟, 九百亿,
    /// 15k): the value of those units, which the other end of a range may
    /// share.
    pub(super) units: Option<Number>,
    /// A share divisor written on this side (%: 100, 三分之: 3).
    pub(super) share: Option<Number>,
    pub(super) measure: Option<Measure>,
    pub(super) numeral: Span,
    pub(super) end: usize,
}

fn side(s: &str, start: usize, buf: &mut Vec<Tok>) -> Result<Side, Error> {
    let mut at = start;
    let (negative, sign_len) = sign(&s[at..]).unwrap_or((false, 0));
    at += sign_len;
    // 半年, 半个月: a half of the unit.
    if let Some(after) = s[at..].strip_prefix('半')
        && let Some(m) = measure_word(after)
    {
        let numeral = Span::new(at, at + '半'.len_utf8());
        let end = numeral.end + m.word.len();
        let half = Number::ratio(1, 2).unwrap_or(Number::ZERO);
        return Ok(Side {
            amount: Amount::One(half),
            pair: false,
            approximate: false,
            big: None,
            bare: false,
            two_digits: false,
            units: None,
            share: None,
            measure: Some(m),
            numeral,
            end,
        });
    }
    let len = lex_into(&s[at..], true, buf).map_err(|e| e.shifted(at))?;
    let toks: &[Tok] = buf;
    if toks.is_empty() {
        let n = s[at..].chars().next().map_or(0, char::len_utf8);
        return Err(err(Span::new(at, at + n), NumeralFault::NotNumeral));
    }
    let mut end = at + len;
    let mut big = trailing_big(toks);
    let mut share = None;
    let mut bare = toks.len() == 1 && matches!(toks[0].kind, TokKind::Digit(_) | TokKind::Arabic(_));
    let mut units = lead_units(buf);
    let toks: &[Tok] = buf;
    let eval = evaluate(toks).map_err(|e| e.shifted(at))?;
    let two_digits = matches!((toks, eval), ([a, b], Eval::One(_)) if matches!((a.kind, b.kind), (TokKind::Digit(_), TokKind::Digit(_))));
    // A pair at the end of the numeral (三四, 十四五) is ambiguous until a
    // measure word follows; one with a unit after it (两三百) is not.
    let mut pair = matches!(eval, Eval::Pair(_, _, false));
    let mut amount = to_amount(eval);
    // 1/3: an Arabic fraction.
    if let (Some(rest), [Tok { kind: TokKind::Arabic(num), .. }]) = (s[end..].strip_prefix('/'), toks)
        && let Ok((_, den_text)) = super::grammar::arabic(rest)
    {
        let den = super::grammar::arabic_value(den_text, end + 1)?;
        if den != Number::ZERO && !den_text.contains(['.', '．']) {
            amount = Amount::One(num.checked_div(den).ok_or_else(|| overflow(Span::new(start, end)))?);
            share = Some(den);
            big = None;
            end += 1 + den_text.len();
        }
    }
    // A分之B: the denominator comes first; a sign may stand before the
    // numerator (百分之负三点八).
    if s[end..].starts_with("分之") {
        let (minus, sign_len) = sign(&s[end + "分之".len()..]).unwrap_or((false, 0));
        let nstart = end + "分之".len() + sign_len;
        let (ntoks, nlen) = lex(&s[nstart..], true).map_err(|e| e.shifted(nstart))?;
        if ntoks.is_empty() {
            return Err(err(Span::new(end, nstart), NumeralFault::NoNumerator));
        }
        let num = to_amount(evaluate(&ntoks).map_err(|e| e.shifted(nstart))?);
        let num = if minus { negate(num).ok_or_else(|| overflow(Span::new(nstart, nstart + nlen)))? } else { num };
        let Some(den) = amount.value().filter(|d| *d != Number::ZERO) else {
            return Err(err(Span::new(start, end), NumeralFault::BadDenominator));
        };
        amount = num.map(|n| n.checked_div(den)).ok_or_else(|| overflow(Span::new(start, nstart + nlen)))?;
        share = Some(den);
        big = None;
        end = nstart + nlen;
    }
    // Approximation inside the numeral: 200多万, 1000余万, 十来个, and
    // 1500 余条 with a layout space.
    let mut approximate = false;
    let mark = skip_spaces(s, end);
    if let Some(c) = s[mark..].chars().next().filter(|&c| matches!(c, '多' | '余' | '来')) {
        let after = mark + c.len_utf8();
        let next = s[after..].chars().next();
        let unit_follows = next.is_some_and(|n| matches!(chars::classify(n), Some(chars::NumChar::Big(_))))
            || measure_word(&s[after..]).is_some();
        if unit_follows {
            approximate = true;
            end = after;
        }
    }
    // 两个亿, 三个万: 个 between a count and 万/亿 is a filler of speech.
    if big.is_none()
        && let Some(after) = s[end..].strip_prefix(['个', '個'])
        && after.chars().next().is_some_and(|n| matches!(chars::classify(n), Some(chars::NumChar::Big(_))))
    {
        end += '个'.len_utf8();
        pair = false;
    }
    if let Some(n) = s[end..].chars().next()
        && let Some(chars::NumChar::Big(e)) = chars::classify(n)
    {
        let mult = Number::from(10i128.pow(e));
        amount = amount.map(|v| v.checked_mul(mult)).ok_or_else(|| overflow(Span::new(start, end)))?;
        big = Some(e);
        units = if bare || units.is_some() { units.unwrap_or(Number::from(1)).checked_mul(mult) } else { None };
        bare = false;
        end += n.len_utf8();
    }
    // Shares written after the number.
    let after = skip_spaces(s, end);
    if let Some((mark, den)) =
        [("%", 100), ("％", 100), ("‰", 1000), ("‱", 10000)].iter().find(|(m, _)| s[after..].starts_with(m))
    {
        let den = Number::from(*den as i128);
        amount = amount.map(|v| v.checked_div(den)).ok_or_else(|| overflow(Span::new(start, end)))?;
        share = Some(den);
        end = after + mark.len();
    }
    if negative {
        amount = negate(amount).ok_or_else(|| overflow(Span::new(start, end)))?;
    }
    let numeral = Span::new(start, end);
    // The measure word, and the 元角分 of money amounts.
    let mut measure = None;
    if share.is_none() {
        let m_at = skip_spaces(s, end);
        if !s[m_at..].starts_with("分之")
            && let Some(m) = measure_word(&s[m_at..])
        {
            measure = Some(m);
            end = m_at + m.word.len();
            if matches!(m.kind, QuantityKind::Share | QuantityKind::PercentagePoints) {
                amount = amount.map(|v| v.checked_mul(m.factor())).ok_or_else(|| overflow(numeral))?;
            }
            if matches!(m.word, "元" | "圆" | "圓") {
                (amount, end) = money_tail(s, end, amount)?;
            }
            // 一年半, 两个半月: and a half (the unit after 半 when 个
            // stood before it).
            if let Some(after) = s[end..].strip_prefix('半') {
                let unit = if m.word == "个" { measure_word(after) } else { None };
                if m.word != "个" || unit.is_some() {
                    let half = Number::ratio(1, 2).unwrap_or(Number::ZERO);
                    amount = amount.map(|v| v.checked_add(half)).ok_or_else(|| overflow(numeral))?;
                    end += '半'.len_utf8();
                    if let Some(u) = unit {
                        measure = Some(u);
                        end += u.word.len();
                    }
                }
            }
        } else if let Some(after) = s[m_at..].strip_prefix('块') {
            // 十块三毛, 一百三十五块六角七分钱: 块 is 元 when a tail says so.
            let kuai_end = s.len() - after.len();
            let (with_tail, tail_end) = money_tail(s, kuai_end, amount)?;
            if tail_end > kuai_end {
                amount = with_tail;
                measure = Some(KUAI);
                end = tail_end;
            }
        }
    }
    bare &= share.is_none() && !approximate;
    Ok(Side { amount, pair, approximate, big, bare, two_digits, units, share, measure, numeral, end })
}

/// Negating a range swaps its ends: 负二三 is −3 to −2.
fn negate(amount: Amount) -> Option<Amount> {
    match amount {
        Amount::Range { low, high } => Amount::Range { low: high, high: low },
        one => one,
    }
    .map(|v| v.checked_neg())
}

/// The value of the units after the leading number of a numeral that is
/// one number and units only (三仟 → 1000, 九百亿 → 10^10, 15k → 1000).
/// The tokens are evaluated in place with the number set to one, then put
/// back.
fn lead_units(toks: &mut [Tok]) -> Option<Number> {
    let (&first, rest) = toks.split_first()?;
    if rest.is_empty()
        || !matches!(first.kind, TokKind::Digit(_) | TokKind::Arabic(_))
        || !rest.iter().all(|t| matches!(t.kind, TokKind::Small(_) | TokKind::Big(_)))
    {
        return None;
    }
    toks[0] = Tok { kind: TokKind::Digit(1), liang: false, yao: false, ..first };
    let one = evaluate(toks);
    toks[0] = first;
    match one {
        Ok(Eval::One(v)) => Some(v),
        _ => None,
    }
}

/// 123元1角1分, 十块三毛, 六角七分钱: adds the 角 (or 毛) and 分 after
/// 元, 圆 or 块 to the amount (in yuan); 钱 may close a tail.
fn money_tail(s: &str, mut end: usize, mut amount: Amount) -> Result<(Amount, usize), Error> {
    let start = end;
    for (units, den) in [(&['角', '毛'][..], 10), (&['分'][..], 100)] {
        let (toks, len) = lex(&s[end..], false).map_err(|e| e.shifted(end))?;
        let Some(unit) = s[end + len..].chars().next().filter(|c| units.contains(c)) else { continue };
        if toks.is_empty() {
            continue;
        }
        let Ok(Eval::One(v)) = evaluate(&toks) else { continue };
        if v >= Number::from(10) {
            continue;
        }
        let add = v.checked_div(Number::from(den as i128)).ok_or_else(|| overflow(Span::new(end, end + len)))?;
        amount = amount.map(|a| a.checked_add(add)).ok_or_else(|| overflow(Span::new(end, end + len)))?;
        end += len + unit.len_utf8();
    }
    if end > start && s[end..].starts_with('钱') {
        end += '钱'.len_utf8();
    }
    Ok((amount, end))
}

fn overflow(span: Span) -> Error {
    Error::at(span, NumeralFault::Overflow)
}

fn to_amount(e: Eval) -> Amount {
    match e {
        Eval::One(n) => Amount::One(n),
        Eval::Pair(low, high, _) => Amount::Range { low, high },
    }
}

fn trailing_big(toks: &[Tok]) -> Option<u32> {
    match toks.last()?.kind {
        TokKind::Big(e) => Some(e),
        _ => None,
    }
}
