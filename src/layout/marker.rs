//! Clause markers at the start of a paragraph: 第一章, 第十条之一, 一、,
//! （一）/(一), 1./1．/1、, （1）/(1), ①, ——.
//!
//! A marker is recognised by its shape alone and carries its style and
//! value; how deep it sits is decided later by the order in which styles
//! appear (in the structure layer; see DESIGN.md). Decimals are not markers: `1.5亿元`
//! has a digit after the dot.

use std::sync::LazyLock;

use crate::model::MarkerStyle;
use crate::numeral;
use crate::text::{CharSet, Span, is_digit};

/// A clause marker found at the start of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// How it is numbered.
    pub style: MarkerStyle,
    /// Its value: 10 for 第十条之一, 1 for （一）; `None` for ——.
    pub number: Option<u32>,
    /// The 之一 part of an inserted article.
    pub sub: Option<u32>,
    /// Parts of a decimal outline number (2 for 1.1, 3 for 1.1.1); 1 for
    /// every other style. Styles and depths together tell levels apart.
    pub parts: u8,
    /// The marker as printed, punctuation included.
    pub span: Span,
    /// Where the text after the marker (and its spaces) starts.
    pub rest: usize,
}

/// Recognises a marker at the start of `s`; spans are offset by `base`.
///
/// ```
/// use gongbao::layout::marker::marker;
/// use gongbao::model::MarkerStyle;
/// let m = marker("(一) 实施招商奖励", 0).unwrap();
/// assert_eq!((m.style, m.number, m.span.end, m.rest), (MarkerStyle::ParenChinese, Some(1), 5, 6));
/// assert_eq!(marker("第十条之一　本条例", 0).map(|m| (m.number, m.sub)), Some((Some(10), Some(1))));
/// assert_eq!(marker("12.拓展先导产业新空间", 0).map(|m| m.number), Some(Some(12)));
/// assert!(marker("1.5亿元", 0).is_none());
/// assert_eq!(marker("2．2023年度推荐汇总表", 0).map(|m| m.number), Some(Some(2)));
/// assert_eq!(marker("1.1清肺排毒汤", 0).map(|m| (m.style, m.parts)), Some((MarkerStyle::Decimal, 2)));
/// assert!(marker("一是突出政策综合集成", 0).is_none());
/// ```
pub fn marker(s: &str, base: usize) -> Option<Marker> {
    // Every marker starts with one of these: most paragraphs (and most
    // positions a caller tries) are turned away by their first character.
    if !s.chars().next().is_some_and(may_start_marker) {
        return None;
    }
    let m = ordinal_heading(s)
        .or_else(|| chinese_comma(s))
        .or_else(|| parenthesized(s))
        .or_else(|| decimal(s))
        .or_else(|| arabic(s))
        .or_else(|| arabic_close(s))
        .or_else(|| circled(s))
        .or_else(|| dash(s))?;
    let after = &s[m.1..];
    let rest = m.1 + (after.len() - after.trim_start_matches(|c: char| c.is_whitespace()).len());
    let parts = if m.0 == MarkerStyle::Decimal { s[..m.1].matches(['.', '．']).count() as u8 + 1 } else { 1 };
    Some(Marker { style: m.0, number: m.2, sub: m.3, parts, span: Span::new(base, base + m.1), rest: base + rest })
}

/// Whether a marker may start with `c` (see [`MARKER_STARTS`]).
fn may_start_marker(c: char) -> bool {
    MARKER_STARTS.contains(c)
}

/// The characters a marker may start with: 第, a Chinese numeral, an
/// opening round bracket, a digit of either width, a circled number or a
/// dash (the first characters the recognizers below accept).
pub(crate) static MARKER_STARTS: CharSet = CharSet::EMPTY
    .with('第')
    .union(&CN_NUMERALS)
    .with_all(&['(', '（', '—', '─'])
    .with_range('\u{2460}', '\u{2473}')
    .with_range('0', '9')
    .with_range('０', '９');

/// Whether `f` holds at some place in `text` where a marker of `style`
/// may start (`f` gets the byte offset). The bracketed, 第 and circled
/// styles start with one of a few characters, found with memchr's
/// vectorised search; the others with [`MARKER_STARTS`].
pub(crate) fn any_start_of(style: MarkerStyle, text: &str, mut f: impl FnMut(usize) -> bool) -> bool {
    use memchr::memmem::Finder;
    // Built once: a finder costs more to build than a short search.
    static BRACKET: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("（"));
    static DI: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("第"));
    // ①…⑳ are U+2460–2473, whose UTF-8 starts E2 91.
    static CIRCLED: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(&[0xE2, 0x91]));
    let b = text.as_bytes();
    match style {
        MarkerStyle::ParenChinese | MarkerStyle::ParenArabic => {
            memchr::memchr_iter(b'(', b).any(&mut f) || BRACKET.find_iter(b).any(f)
        }
        MarkerStyle::Part | MarkerStyle::Chapter | MarkerStyle::Section | MarkerStyle::Article => {
            DI.find_iter(b).any(f)
        }
        MarkerStyle::Circled => CIRCLED.find_iter(b).any(f),
        _ => {
            let mut at = 0;
            while let Some(j) = MARKER_STARTS.find(text, at) {
                if f(j) {
                    return true;
                }
                at = j + text[j..].chars().next().map_or(1, char::len_utf8);
            }
            false
        }
    }
}

/// The characters of Chinese numerals a marker is written in.
static CN_NUMERALS: CharSet = CharSet::EMPTY
    .with_all(&['〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千']);

type Found = (MarkerStyle, usize, Option<u32>, Option<u32>);

fn is_cn_numeral_char(c: char) -> bool {
    CN_NUMERALS.contains(c)
}

/// Byte length of the leading run of characters satisfying `f`; 0 when
/// the run is longer than `max` characters (no numeral marker is that long).
fn run(s: &str, max: usize, f: impl Fn(char) -> bool) -> usize {
    let mut end = 0;
    for (count, (i, c)) in s.char_indices().enumerate() {
        if !f(c) {
            break;
        }
        if count == max {
            return 0;
        }
        end = i + c.len_utf8();
    }
    end
}

fn value(s: &str) -> Option<u32> {
    numeral::parse_integer(s).ok().and_then(|v| u32::try_from(v).ok())
}

/// 第一编, 第一部分, 第三章, 第二节, 第十条, 第十条之一.
fn ordinal_heading(s: &str) -> Option<Found> {
    let body = s.strip_prefix('第')?;
    let n = run(body, 8, |c| is_cn_numeral_char(c) || is_digit(c));
    if n == 0 {
        return None;
    }
    let number = value(&body[..n])?;
    let after = &body[n..];
    let (style, unit_len) = if after.starts_with("部分") {
        (MarkerStyle::Part, "部分".len())
    } else {
        let unit = after.chars().next()?;
        let style = match unit {
            '编' => MarkerStyle::Part,
            '章' => MarkerStyle::Chapter,
            '节' => MarkerStyle::Section,
            '条' => MarkerStyle::Article,
            _ => return None,
        };
        (style, unit.len_utf8())
    };
    let mut end = '第'.len_utf8() + n + unit_len;
    let mut sub = None;
    if style == MarkerStyle::Article
        && let Some(rest) = s[end..].strip_prefix('之')
    {
        let k = run(rest, 4, is_cn_numeral_char);
        if k > 0 {
            sub = value(&rest[..k]);
            end += '之'.len_utf8() + k;
        }
    }
    // What may follow: space, the end, a bracketed heading; for 条 also the
    // article's text directly (but not 第一条件, 第一条款, 第一条规定).
    let next = s[end..].chars().next();
    let ok = match next {
        None => true,
        Some(c) if c.is_whitespace() || matches!(c, '【' | '（' | '(' | '［' | '[') => true,
        Some(c) if style == MarkerStyle::Article => {
            !matches!(c, '件' | '款' | '项' | '规' | '例' | '线' | '、' | '，' | ',')
        }
        Some(_) => s.chars().count() <= 24 && !s.contains(['。', '，', '；']),
    };
    ok.then_some((style, end, Some(number), sub))
}

/// 一、 十二、 (and 一． or 一. as some exports print it).
fn chinese_comma(s: &str) -> Option<Found> {
    let n = run(s, 5, is_cn_numeral_char);
    if n == 0 {
        return None;
    }
    let sep = s[n..].chars().next()?;
    if !matches!(sep, '、' | '．' | '.') {
        return None;
    }
    Some((MarkerStyle::Chinese, n + sep.len_utf8(), Some(value(&s[..n])?), None))
}

/// 1） 1): a number closed by a bracket without an opening one.
fn arabic_close(s: &str) -> Option<Found> {
    let n = run(s, 3, is_digit);
    if n == 0 {
        return None;
    }
    let close = s[n..].chars().next().filter(|&c| c == ')' || c == '）')?;
    Some((MarkerStyle::ArabicClose, n + close.len_utf8(), Some(value(&s[..n])?), None))
}

/// （一） (一) （1） (1), and ( 一) as raw PDF text spaces a half-width
/// bracket from the numeral.
fn parenthesized(s: &str) -> Option<Found> {
    let open = s.chars().next().filter(|&c| c == '(' || c == '（')?;
    let spaced = &s[open.len_utf8()..];
    let body = spaced.trim_start_matches(is_line_space);
    let (style, n) = match run(body, 5, is_cn_numeral_char) {
        0 => (MarkerStyle::ParenArabic, run(body, 3, is_digit)),
        n => (MarkerStyle::ParenChinese, n),
    };
    if n == 0 {
        return None;
    }
    let after = body[n..].trim_start_matches(is_line_space);
    let close = after.chars().next().filter(|&c| c == ')' || c == '）')?;
    let end = s.len() - after.len() + close.len_utf8();
    Some((style, end, Some(value(&body[..n])?), None))
}

/// A space inside a line: ASCII or ideographic.
fn is_line_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}'
}

/// 1. 1． 1、 — not 1.5 (a decimal) and not 2023年.
fn arabic(s: &str) -> Option<Found> {
    let n = run(s, 3, is_digit);
    if n == 0 {
        return None;
    }
    let sep = s[n..].chars().next().filter(|&c| matches!(c, '.' | '．' | '、'))?;
    let end = n + sep.len_utf8();
    // A digit after the dot makes a decimal (1.5亿元), unless it starts a
    // year (2．2023年度…).
    let after = &s[end..];
    if after.chars().next().is_some_and(is_digit) {
        let digits = run(after, 4, is_digit);
        if !(digits == 4 && after[digits..].starts_with('年')) {
            return None;
        }
    }
    Some((MarkerStyle::Arabic, end, Some(value(&s[..n])?), None))
}

/// 1.1, 2.3.1: an outline number followed by its heading. 1.5亿元 (or
/// 1.5 亿元, as raw PDF text spaces it) is a decimal, not a marker: a
/// numeral unit or measure word follows it.
fn decimal(s: &str) -> Option<Found> {
    let mut end = run(s, 2, is_digit);
    if end == 0 {
        return None;
    }
    let mut dots = 0;
    while let Some(rest) = s[end..].strip_prefix(['.', '．']) {
        let n = run(rest, 2, is_digit);
        if n == 0 {
            break;
        }
        end += s[end..].len() - rest.len() + n;
        dots += 1;
    }
    if dots == 0 || dots > 3 {
        return None;
    }
    let after = &s[end..];
    let next = after.chars().next()?;
    // Raw PDF text sets a space between digits and Chinese (1.5 万亩).
    let word = after.trim_start_matches(crate::text::is_space);
    let heading_follows = (crate::text::is_han(next) || next.is_whitespace())
        && !numeral::starts_numeral(word)
        && numeral::measure_word(word).is_none()
        && !word.starts_with(['%', '％', '‰']);
    let last = s[..end].rsplit(['.', '．']).next()?;
    heading_follows.then(|| (MarkerStyle::Decimal, end, value(last), None))
}

/// ① … ⑳.
fn circled(s: &str) -> Option<Found> {
    let c = s.chars().next()?;
    let v = (c as u32).checked_sub(0x2460).filter(|&v| v < 20)?;
    Some((MarkerStyle::Circled, c.len_utf8(), Some(v + 1), None))
}

/// —— (two dashes) leading a goal.
fn dash(s: &str) -> Option<Found> {
    let n = s.chars().take_while(|&c| c == '—' || c == '─').count();
    (n == 2).then(|| (MarkerStyle::Dash, n * '—'.len_utf8(), None, None))
}
