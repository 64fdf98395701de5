//! Quantities that policies promise: money, shares, areas, durations,
//! counts, each with the qualifier that bounds it.
//!
//! | Written | Kind | Amount | Qualifier | Function |
//! |---|---|---|---|---|
//! | 最高给予1亿元 | money | 100000000 (yuan) | at most | [`parse`] |
//! | 2000 万元 | money | 20000000 | — | [`parse`] |
//! | 800万平方米, 15平方公里, 1万亩 | area | 8000000, 15000000, 20000000/3 (m²) | — | [`parse`] |
//! | 3—6个月, 20个工作日内, 5年 | duration | 3 to 6, 20, 5 (in the unit written) | —, at most, — | [`parse`] |
//! | 100家以上 | count | 100 | at least | [`parse`] |
//! | 三万元以上十万元以下 | money | 30000 to 100000 | — (the range is the bound) | [`parse`] |
//! | 港币50元, 50泰铢 | currency | 50 (in 港币, 泰铢) | — | [`parse`] |
//! | 1500 余条 | count | 1500 | about | [`parse`] |
//! | 不超过项目投资的30% | share | 0.3 | — (the bound is on the base: see below) | [`find_quantities`] |
//!
//! Money is converted to yuan and areas, lengths, masses and volumes to
//! their SI base units (m², m, kg, m³), exactly; durations, counts and other
//! units keep the unit written, which [`Quantity::unit`] names.
//!
//! A qualifier is read from the word right before the number (不超过1亿元)
//! or before the verb that hands it out (最高给予1亿元, 最高可达), and
//! from the word after the unit (以上, 以内, 左右).
//!
//! A floor and a cap in one phrase (三万元以上十万元以下, 20吨以上不满30吨,
//! 1000万元及以上至5000万元)
//! are one range with no qualifier: the range itself is the bound. A
//! currency written before the number names the money (港币50元 is 50 港币,
//! not 50 元); only 元 and 人民币 are converted as yuan.
//!
//! Dates are not quantities: 2023年, 4月, 18日, 2025年底 are left to
//! [`crate::date`]. Nor are provisions named by number in running text
//! (前两款, 1—14条): [`find_quantities`] leaves them out. Ordinals (第十期) and bare numbers without a unit or
//! share mark are not quantities either, nor are ratios (1∶500) and the
//! k/w shorthand of Arabic numbers (15k), which only [`crate::numeral::read`]
//! takes.

use serde::{Deserialize, Serialize};

use std::fmt;

use crate::error::{Error, Fault};
use crate::numeral::{
    Amount, BEFORE_GRANT_VERB, GRANT_VERBS, NUMERAL_CHARS, NUMERAL_FIRST, Number, PREFIXES, Reading, SUFFIXES, Tokens,
    after_negation, bound, each_numeral, measure_word, read_at,
};
pub use crate::numeral::{Qualifier, QuantityKind};
use crate::text::{Span, is_space};

/// A quantity found in text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// What it measures.
    pub kind: QuantityKind,
    /// The amount: in yuan for money, as a fraction for shares, in SI base
    /// units for areas, lengths, masses and volumes, in the written unit
    /// otherwise.
    pub amount: Amount,
    /// The unit as written (元, 平方公里, 个月, 家); `None` for shares.
    pub unit: Option<String>,
    /// The bound its qualifier sets.
    pub qualifier: Option<Qualifier>,
    /// Marked as approximate (约, 余, 多, 左右, 三四个).
    pub approximate: bool,
    /// The quantity with its qualifier words.
    pub span: Span,
}

impl Quantity {
    /// The unit of [`Quantity::amount`]: the base unit where the amount was
    /// converted (元, m², m, kg, m³), the unit written otherwise, none for a
    /// share (a fraction of one).
    ///
    /// ```
    /// use gongbao::quantity::parse;
    /// assert_eq!(parse("1亿元").unwrap().base_unit(), Some("元"));
    /// assert_eq!(parse("15平方公里").unwrap().base_unit(), Some("m²"));
    /// assert_eq!(parse("20个工作日").unwrap().base_unit(), Some("个工作日"));
    /// assert_eq!(parse("30%").unwrap().base_unit(), None);
    /// ```
    pub fn base_unit(&self) -> Option<&str> {
        match self.kind {
            QuantityKind::Money => Some("元"),
            QuantityKind::Area => Some("m²"),
            QuantityKind::Length => Some("m"),
            QuantityKind::Mass => Some("kg"),
            QuantityKind::Volume => Some("m³"),
            QuantityKind::Share => None,
            _ => self.unit.as_deref(),
        }
    }
}

impl fmt::Display for Quantity {
    /// The qualifier, the exact amount and its unit: the base unit where
    /// the amount was converted (元, m², m, kg, m³), the unit written
    /// otherwise, none for a share (a fraction of one).
    ///
    /// ```
    /// use gongbao::quantity::parse;
    /// assert_eq!(parse("最高给予1亿元").unwrap().to_string(), "at most 100000000 元");
    /// assert_eq!(parse("15平方公里").unwrap().to_string(), "15000000 m²");
    /// assert_eq!(parse("3—6个月").unwrap().to_string(), "3–6 个月");
    /// assert_eq!(parse("百分之三十").unwrap().to_string(), "0.3");
    /// assert_eq!(parse("约200人").unwrap().to_string(), "about 200 人");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(q) = self.qualifier {
            write!(f, "{q} ")?;
        }
        write!(f, "{}", self.amount)?;
        match self.base_unit() {
            Some(u) => write!(f, " {u}"),
            None => Ok(()),
        }
    }
}

/// Why a phrase is no quantity. The `Display` is the message of the
/// [`Error`] that carries it; a malformed numeral in the phrase is a
/// [`NumeralFault`](crate::numeral::NumeralFault) instead.
///
/// ```
/// use gongbao::error::Fault;
/// use gongbao::quantity::{parse, QuantityFault};
/// assert_eq!(parse("第十期").unwrap_err().fault(), &Fault::Quantity(QuantityFault::NoUnit));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum QuantityFault {
    /// A number without a unit or share mark (an ordinal, a bare number, 12号).
    NoUnit,
    /// Text after the quantity: the phrase is more than one quantity.
    TrailingText,
    /// A part of a date (2023年, 4月), which [`crate::date`] reads.
    DatePart,
}

impl fmt::Display for QuantityFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            QuantityFault::NoUnit => "a number without a unit or share mark is no quantity",
            QuantityFault::TrailingText => "unexpected text after the quantity",
            QuantityFault::DatePart => "a part of a date is no quantity",
        })
    }
}

impl From<QuantityFault> for Fault {
    fn from(f: QuantityFault) -> Self {
        Fault::Quantity(f)
    }
}

/// Parses a whole phrase as one quantity, by the rules of
/// [`find_quantities`]: qualifier words before the number (不超过1亿元) or
/// before the verb that hands it out (最高给予1亿元), and after the unit
/// (100家以上). Layout spaces at either end are ignored.
///
/// # Errors
///
/// A [`NumeralFault`](crate::numeral::NumeralFault) for a malformed
/// numeral; a [`QuantityFault`] when the phrase holds a number but is not
/// exactly one quantity: no unit (第十期), text after it, a part of a date
/// (2023年).
///
/// ```
/// use gongbao::quantity::{parse, QuantityKind, Qualifier};
/// use gongbao::numeral::{Amount, Number};
/// let q = parse("不超过1亿元").unwrap();
/// assert_eq!((q.kind, q.amount, q.qualifier), (QuantityKind::Money, Amount::One(Number::from(100_000_000)), Some(Qualifier::AtMost)));
/// let q = parse("最高给予1亿元").unwrap();
/// assert_eq!((q.kind, q.qualifier, q.span.start), (QuantityKind::Money, Some(Qualifier::AtMost), 0));
/// let q = parse("800万平方米").unwrap();
/// assert_eq!((q.kind, q.amount), (QuantityKind::Area, Amount::One(Number::from(8_000_000))));
/// assert_eq!(parse("第十期").unwrap_err().message(), "a number without a unit or share mark is no quantity");
/// assert_eq!(parse("1亿元的支持").unwrap_err().message(), "unexpected text after the quantity");
/// ```
pub fn parse(s: &str) -> Result<Quantity, Error> {
    let start = s.len() - s.trim_start_matches(is_space).len();
    let end = s.trim_end_matches(is_space).len().max(start);
    let body = &s[..end];
    let lead = lead_qualifier(body, start);
    let at = lead.map_or(start, |(_, _, at)| at);
    let (r, stop) = read_at(body, at)?;
    if stop < end {
        let n = body[stop..].chars().next().map_or(0, char::len_utf8);
        return Err(Error::at(Span::new(stop, stop + n), QuantityFault::TrailingText));
    }
    if is_date_part(body, &r) {
        return Err(Error::at(r.span, QuantityFault::DatePart));
    }
    let mut q = from_reading(&r, lead.map(|(q, ..)| q)).ok_or_else(|| Error::at(r.span, QuantityFault::NoUnit))?;
    if r.prefix.is_none()
        && let Some((_, start, _)) = lead
    {
        q.span = Span::new(start, q.span.end);
    }
    Ok(q)
}

/// A qualifier and a grant verb at `at` (最高给予|1亿元): the bound, where
/// the qualifier starts and where the amount starts; the mirror of
/// [`qualifier_before`].
fn lead_qualifier(s: &str, at: usize) -> Option<(Qualifier, usize, usize)> {
    let rest = &s[at..];
    let w = BEFORE_GRANT_VERB.iter().find(|w| rest.starts_with(*w))?;
    let after = &rest[w.len()..];
    let verb = GRANT_VERBS.iter().filter(|v| after.starts_with(*v)).max_by_key(|v| v.len())?;
    bound(PREFIXES, w).map(|q| (q, at, at + w.len() + verb.len()))
}

/// Finds the quantities of running text, in order.
///
/// ```
/// use gongbao::quantity::{find_quantities, QuantityKind, Qualifier};
/// use gongbao::numeral::{Amount, Number};
/// let text = "按照规定最高给予项目投资的30%、不超过1亿元的支持，2025年前推出15平方公里";
/// let q = find_quantities(text);
/// assert_eq!(q.len(), 3);
/// assert_eq!((q[0].kind, q[0].amount), (QuantityKind::Share, Amount::One(Number::ratio(3, 10).unwrap())));
/// assert_eq!((q[1].kind, q[1].qualifier), (QuantityKind::Money, Some(Qualifier::AtMost)));
/// assert_eq!((q[2].kind, q[2].amount), (QuantityKind::Area, Amount::One(Number::from(15_000_000))));
/// // Provisions named by number are no amounts; a count of them is.
/// assert!(find_quantities("违反前两款规定的").is_empty());
/// assert_eq!(find_quantities("共3方面24条（1—14条）").len(), 2);
/// ```
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    find_quantities_at(text, &NUMERAL_FIRST.positions(text), &mut Tokens::default())
}

/// [`find_quantities`], trying only the offsets of `stops`, among them
/// every member of [`NUMERAL_FIRST`] (see [`each_numeral`]).
pub(crate) fn find_quantities_at(text: &str, stops: &[usize], tokens: &mut Tokens) -> Vec<Quantity> {
    let mut out = Vec::new();
    each_numeral(text, stops, tokens, |r| {
        if is_date_part(text, &r) || names_provisions(text, &r) || names_a_term(text, &r) {
            return;
        }
        let lead = qualifier_before(text, r.span.start);
        if let Some(mut q) = from_reading(&r, lead.map(|(q, _)| q)) {
            if r.prefix.is_some() {
                q.qualifier = q.qualifier.map(|b| after_negation(&text[..r.span.start], b));
            }
            if let Some((_, start)) = lead.filter(|_| r.prefix.is_none()) {
                q.span = Span::new(start, q.span.end);
            }
            out.push(q);
        }
    });
    out
}

fn from_reading(r: &Reading, lead: Option<Qualifier>) -> Option<Quantity> {
    // 号 numbers things (12号, 3号楼) and 大 names them (三大任务, 二十大):
    // neither is an amount.
    if r.ordinal || r.measure.is_some_and(|m| matches!(m.word, "号" | "大")) {
        return None;
    }
    let share_mark = r.measure.is_none() && r.share;
    // 港币50元: a currency named before the number is the money's unit.
    let named =
        r.prefix.and_then(measure_word).filter(|m| m.kind == QuantityKind::Currency && Some(m.word) == r.prefix);
    let measure = named.or(r.measure);
    let (kind, amount) = match measure {
        None if share_mark => (QuantityKind::Share, r.amount),
        None => return None,
        Some(m) => {
            let kind = m.kind;
            // The reading already applied 成; other factors convert to the
            // base unit. 元 after 角/分 was folded in by the reading.
            let factor = match m.kind {
                QuantityKind::Money
                | QuantityKind::Area
                | QuantityKind::Length
                | QuantityKind::Mass
                | QuantityKind::Volume => m.factor(),
                _ => Number::from(1),
            };
            (kind, scale(r.amount, factor)?)
        }
    };
    let qualifier = r.prefix.and_then(|w| bound(PREFIXES, w)).or(lead).or(r.suffix.and_then(|w| bound(SUFFIXES, w)));
    let qualifier = qualifier.or(if r.approximate { Some(Qualifier::About) } else { None });
    Some(Quantity {
        kind,
        amount,
        unit: measure.filter(|_| kind != QuantityKind::Share).map(|m| m.word.to_string()),
        qualifier,
        approximate: r.approximate,
        span: r.span,
    })
}

fn scale(a: Amount, f: Number) -> Option<Amount> {
    Some(match a {
        Amount::One(v) => Amount::One(v.checked_mul(f)?),
        Amount::Range { low, high } => Amount::Range { low: low.checked_mul(f)?, high: high.checked_mul(f)? },
    })
}

/// A qualifier that stands before a verb right before `at`: 最高给予|1亿元.
fn qualifier_before(text: &str, at: usize) -> Option<(Qualifier, usize)> {
    // 最高奖励 500 万元 in PDF text: a layout space before the amount.
    let before = text[..at].trim_end_matches(is_space);
    // A verb the text ends with ends with its last byte: one comparison
    // refuses most verbs before a comparison of the whole word.
    let last = before.as_bytes().last()?;
    for verb in GRANT_VERBS.iter().filter(|v| v.as_bytes().last() == Some(last)) {
        let Some(head) = before.strip_suffix(verb) else { continue };
        for w in BEFORE_GRANT_VERB {
            if head.ends_with(w) {
                return bound(PREFIXES, w).map(|q| (q, head.len() - w.len()));
            }
        }
    }
    None
}

/// Whether a reading names provisions rather than counting them: 前两款
/// (the two paragraphs before), a range of articles or items (1—14条;
/// 第二项至第七项 is ordinal already), the last of a list of ordinals whose
/// 第 the first one carries (第2、3条, 第 2 、 3 条 in PDF text). 共24条
/// counts articles and stays.
fn names_provisions(text: &str, r: &Reading) -> bool {
    let Some(m) = r.measure else { return false };
    let before = &text[..r.span.start];
    matches!(m.word, "条" | "款" | "项")
        && (before.ends_with('前') || matches!(r.amount, Amount::Range { .. }) || ends_ordinal_list(before))
}

/// Whether `before` ends with 第, numerals and 、 (layout spaces aside), at
/// least one 、 among them: 第2、 or 第十、十一、 before the last member.
fn ends_ordinal_list(before: &str) -> bool {
    let head = before.trim_end_matches(|c: char| c == '、' || is_space(c) || NUMERAL_CHARS.contains(c));
    head.ends_with('第') && before[head.len()..].contains('、')
}

/// Measure words of steps in a sequence, after which 上一 and 下一 mean
/// "the previous" and "the next" (上一年度, 上一级, 下一步, 下一阶段).
const SEQUENCE_MEASURES: &[&str] =
    &["年", "年度", "级", "步", "届", "轮", "次", "期", "阶段", "季度", "批", "任", "周", "个月"];

/// The characters between 轮 and the 车 of a vehicle's name at most
/// (三轮车, 两轮畜力车, 三轮摩托车).
const MAX_VEHICLE_WORD_CHARS: usize = 3;

/// Sports named by a count of events, as (the words before, the count):
/// 冬季两项, 铁人三项, 现代五项.
const EVENTS: &[(&str, &str)] = &[("冬季", "两项"), ("铁人", "三项"), ("现代", "五项")];

/// Administrative levels, whose names a count of levels follows (省市县三级).
const LEVEL_NAMES: &[char] = &['省', '市', '县', '区', '乡', '镇', '村', '级'];

/// The characters a quoted name takes at most: “四个全面”, “五位一体”,
/// “千项万亿”, “七个不准”. A longer quotation is a sentence, whose amounts
/// count.
const MAX_QUOTED_NAME_CHARS: usize = 8;

/// Whether a reading is part of a name rather than an amount:
/// - it opens a short quoted term (“四个全面”战略布局, “三名”工程);
/// - it is the 一 of 上一, 下一 or 同一 (上一年度营业额: the year before, not
///   one year);
/// - it is a grade or a class (一级保护, 三级航道, 三类医疗器械);
/// - it numbers a term of an assembly (十九届二中全会, 十三届全国人大: 届
///   followed by more of the name, where a count of terms is followed by
///   的, a qualifier or a stop).
fn names_a_term(text: &str, r: &Reading) -> bool {
    let before = text[..r.span.start].chars().next_back();
    if before.is_some_and(|c| matches!(c, '“' | '"' | '「' | '『' | '‘')) {
        let closes =
            text[r.span.end..].chars().take(MAX_QUOTED_NAME_CHARS).any(|c| matches!(c, '”' | '"' | '」' | '』' | '’'));
        if closes {
            return true;
        }
    }
    // 上一年度, 下一步, 同一单位: "the previous", "the next", "the same"
    // (but 原则上一个企业 counts one: 上 and 下 point only along a sequence).
    if text[r.span.start..].starts_with('一') {
        let before = &text[..r.span.start];
        let along = r.measure.is_some_and(|m| SEQUENCE_MEASURES.contains(&m.word));
        if before.ends_with('同') || before.ends_with(['上', '下']) && along {
            return true;
        }
    }
    // 二次开发, 二次供水, 三次产业: 二次 and 三次 before a noun or verb
    // are "secondary" and "tertiary" (a count of times is 两次, 3次, or
    // ends the phrase: 延期不得超过二次).
    if r.measure.is_some_and(|m| m.word == "次")
        && matches!(&text[r.span.start..r.span.end], "二次" | "三次")
        && text[r.span.end..].chars().next().is_some_and(|c| crate::text::is_han(c) && !"的以及或和内左".contains(c))
    {
        return true;
    }
    // 百年老店, 千年古城: "century-old", "thousand-year-old" (a duration
    // is 一百年, 100年, or ends the phrase).
    if matches!(&text[r.span.start..r.span.end], "百年" | "千年")
        && text[r.span.end..].chars().next().is_some_and(|c| crate::text::is_han(c) && !"的以及或和内左".contains(c))
    {
        return true;
    }
    // 电动三轮车, 两轮畜力车: a kind of vehicle, no count of rounds.
    if r.measure.is_some_and(|m| m.word == "轮")
        && text[r.span.end..]
            .chars()
            .take(MAX_VEHICLE_WORD_CHARS)
            .take_while(|&c| crate::text::is_han(c))
            .any(|c| c == '车')
    {
        return true;
    }
    // 冬季两项 (biathlon), 铁人三项 (triathlon), 现代五项: sports.
    if r.measure.is_some_and(|m| m.word == "项")
        && EVENTS
            .iter()
            .any(|(head, tail)| text[..r.span.start].ends_with(head) && text[r.span.start..].starts_with(tail))
    {
        return true;
    }
    // 一级保护野生动物, 二级及以上医院, 三级航道, 三类医疗器械: a grade or a
    // class, where a count of levels follows their names (市县两级), stands
    // alone (分为四级：) or is written with 两 (两级政府, 两类企业).
    let before = &text[..r.span.start];
    // 等级三级以上: the 级 of 等级 names no level (省市县三级 does).
    let after_levels = before.ends_with(LEVEL_NAMES) && !before.ends_with("等级");
    let grade = r.measure.is_some_and(|m| matches!(m.word, "级" | "类"))
        && !text[r.span.start..].starts_with('两')
        && !after_levels
        && text[r.span.end..].chars().next().is_some_and(crate::text::is_han);
    if grade {
        return true;
    }
    let session = r.measure.is_some_and(|m| m.word == "届") && r.suffix.is_none();
    session && text[r.span.end..].chars().next().is_some_and(|c| crate::text::is_han(c) && c != '的')
}

/// Whether a reading is part of a date (2023年, 4月, 18日, 2025年底, 23年3月).
/// A count of days from a day is a duration: 自公布之日起30日后施行.
/// A count of years before another amount is a duration: 给予2年50%的支持.
fn is_date_part(text: &str, r: &Reading) -> bool {
    let Some(m) = r.measure else { return false };
    let after = &text[r.span.end..];
    let year_like = |n: Number| n.to_integer().is_some_and(|y| (1000..=2999).contains(&y));
    match m.word {
        "年" => year_like(r.amount.low()) || after.starts_with(['底', '末', '初', '中']) || starts_with_month(after),
        "月" => true,
        // 20日内, and a count of days from a day (之日起30日后施行) are
        // durations.
        "日" => r.suffix != Some("内") && !text[..r.span.start].trim_end_matches(is_space).ends_with('起'),
        _ => false,
    }
}

/// Whether `s` starts with a month: a numeral, then 月 (3月, 十二月).
fn starts_with_month(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| NUMERAL_CHARS.contains(c) || is_space(c));
    rest.len() < s.len() && rest.starts_with('月')
}
