//! Reading a numeral phrase as official text writes it: the number with the
//! words around it that qualify it (第, 约, 最高, 多, 余, 左右, 以上), its
//! measure word or unit, ranges (3—6个月, 三至五年, 2—3万元) and approximate
//! pairs (三四个, 十七八岁).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::NumeralFault;
use super::grammar::{Eval, Tok, TokKind, evaluate, lex};
use super::measure::{KUAI, Measure, QuantityKind, measure_word, ordinal_head};
use super::qualifier::{PREFIXES, SUFFIXES, longest};
use super::{Number, chars};
use crate::error::Error;
use crate::text::{Span, is_dash};

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
    /// The whole phrase, prefix to suffix.
    pub span: Span,
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
    let (r, end) = read_at(s, start)?;
    let rest = &s[end..];
    let rest_trim = rest.trim_start_matches(crate::text::is_space);
    if !rest_trim.is_empty() && r.measure.is_none() && !r.ordinal {
        let at = s.len() - rest_trim.len();
        let n = rest_trim.chars().next().map_or(0, char::len_utf8);
        return Err(err(Span::new(at, at + n), NumeralFault::NoMeasureWord));
    }
    Ok(r)
}

/// Reads the numeral phrase that starts at byte `pos` of `s` and returns it
/// with the byte offset where it ends. Spans are offsets into `s`.
pub(crate) fn read_at(s: &str, pos: usize) -> Result<(Reading, usize), Error> {
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
    } else if let Some(&(w, approx, _)) = longest(&s[at..], PREFIXES) {
        // A prefix counts only when a numeral follows it.
        let after = at + w.len();
        if starts_numeral(&s[after..]) {
            prefix = Some(w);
            approximate = approx;
            at = after;
        }
    }
    at = skip_spaces(s, at);
    let left = side(s, at)?;
    let mut end = left.end;
    let mut amount = left.amount;
    let mut measure = left.measure;
    let mut share = left.share.is_some();
    approximate |= left.approximate;

    // A range: 3—6, 3-6, 三至五, 3到5, 3~6.
    let after_left = skip_spaces(s, end);
    let joiner = s[after_left..].chars().next().filter(|&c| is_dash(c) || c == '至' || c == '到');
    if let Some(j) = joiner {
        let rs = skip_spaces(s, after_left + j.len_utf8());
        let rs = if ordinal && s[rs..].starts_with('第') { rs + '第'.len_utf8() } else { rs };
        if starts_numeral(&s[rs..])
            && let Ok(right) = side(s, rs)
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
    let after = skip_spaces(s, end);
    if let Some(&(w, approx, _)) = longest(&s[after..], SUFFIXES) {
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
    Ok((
        Reading { amount, ordinal, cumulative, share, approximate, prefix, suffix, measure, span: Span::new(pos, end) },
        end,
    ))
}

/// Whether a numeral (or 负 and a numeral) starts `s`.
///
/// ```
/// assert!(gongbao::numeral::starts_numeral("三年"));
/// assert!(gongbao::numeral::starts_numeral("2023年"));
/// assert!(!gongbao::numeral::starts_numeral("点"));
/// ```
pub fn starts_numeral(s: &str) -> bool {
    let s = match s.strip_prefix('负') {
        Some(rest) => rest.trim_start_matches([' ', '\u{3000}']),
        None => s,
    };
    match s.chars().next() {
        Some(c) => crate::text::is_digit(c) || chars::classify(c).is_some_and(|k| k != chars::NumChar::Point),
        None => false,
    }
}

fn skip_spaces(s: &str, at: usize) -> usize {
    at + (s[at..].len() - s[at..].trim_start_matches([' ', '\u{3000}']).len())
}

/// One side of a possible range: a numeral with its share marks,
/// approximation marks, 万/亿 after them and measure word.
struct Side {
    amount: Amount,
    pair: bool,
    approximate: bool,
    /// A trailing 万/亿 exponent, for ranges like 2—3万 that share it.
    big: Option<u32>,
    /// A share divisor written on this side (%: 100, 三分之: 3).
    share: Option<Number>,
    measure: Option<Measure>,
    numeral: Span,
    end: usize,
}

fn side(s: &str, start: usize) -> Result<Side, Error> {
    let mut at = start;
    let negative = s[at..].starts_with('负') || s[at..].starts_with(['-', '－', '−']);
    if negative {
        at += s[at..].chars().next().map_or(0, char::len_utf8);
    }
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
            share: None,
            measure: Some(m),
            numeral,
            end,
        });
    }
    let (toks, len) = lex(&s[at..], true).map_err(|e| e.shifted(at))?;
    if toks.is_empty() {
        let n = s[at..].chars().next().map_or(0, char::len_utf8);
        return Err(err(Span::new(at, at + n), NumeralFault::NotNumeral));
    }
    let mut end = at + len;
    let mut big = trailing_big(&toks);
    let mut share = None;
    let eval = evaluate(&toks).map_err(|e| e.shifted(at))?;
    // A pair at the end of the numeral (三四, 十四五) is ambiguous until a
    // measure word follows; one with a unit after it (两三百) is not.
    let mut pair = matches!(eval, Eval::Pair(_, _, false));
    let mut amount = to_amount(eval);
    // 1/3: an Arabic fraction.
    if let (Some(rest), [Tok { kind: TokKind::Arabic(num), .. }]) = (s[end..].strip_prefix('/'), &*toks)
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
    // A分之B: the denominator comes first.
    if s[end..].starts_with("分之") {
        let nstart = end + "分之".len();
        let (ntoks, nlen) = lex(&s[nstart..], true).map_err(|e| e.shifted(nstart))?;
        if ntoks.is_empty() {
            return Err(err(Span::new(end, nstart), NumeralFault::NoNumerator));
        }
        let num = to_amount(evaluate(&ntoks).map_err(|e| e.shifted(nstart))?);
        let Some(den) = amount.value().filter(|d| *d != Number::ZERO) else {
            return Err(err(Span::new(start, end), NumeralFault::BadDenominator));
        };
        amount = num.map(|n| n.checked_div(den)).ok_or_else(|| overflow(Span::new(start, nstart + nlen)))?;
        share = Some(den);
        big = None;
        end = nstart + nlen;
    }
    // Approximation inside the numeral: 200多万, 1000余万, 十来个.
    let mut approximate = false;
    if let Some(c) = s[end..].chars().next().filter(|&c| matches!(c, '多' | '余' | '来')) {
        let after = end + c.len_utf8();
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
        && let Some(after) = s[end..].strip_prefix('个')
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
        // Negating a range swaps its ends: 负二三 is −3 to −2.
        amount = match amount {
            Amount::Range { low, high } => Amount::Range { low: high, high: low },
            one => one,
        }
        .map(|v| v.checked_neg())
        .ok_or_else(|| overflow(Span::new(start, end)))?;
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
            if matches!(m.word, "元" | "圆") {
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
    Ok(Side { amount, pair, approximate, big, share, measure, numeral, end })
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

/// Joins two sides into a range, carrying a unit or share written only on
/// the right (2—3万元 is 2万 to 3万, 10—20% is 10% to 20%). `None` when the
/// two do not make a range (the right side is smaller than the left).
fn join_range(left: &Side, right: &Side) -> Option<Amount> {
    let (Amount::One(mut low), Amount::One(mut high)) = (left.amount, right.amount) else {
        return None;
    };
    if left.big.is_none()
        && let Some(e) = right.big
    {
        let scaled = low.checked_mul(Number::from(10i128.checked_pow(e)?))?;
        if scaled <= high {
            low = scaled;
        }
    }
    match (left.share, right.share) {
        (None, Some(d)) => low = low.checked_div(d)?,
        (Some(d), None) => high = high.checked_div(d)?,
        _ => {}
    }
    if left.measure.is_none()
        && let Some(m) =
            right.measure.filter(|m| matches!(m.kind, QuantityKind::Share | QuantityKind::PercentagePoints))
    {
        low = low.checked_mul(m.factor())?;
    }
    (low <= high).then_some(Amount::Range { low, high })
}
