//! Finding numerals in running text.

use super::chars::{NUMERAL_CHARS, NUMERAL_STARTS, NumChar, classify, skip_spaces};
use super::grammar::{Tok, lex_into};
use super::measure::MEASURE_STARTS;
use super::qualifier::{LONGEST_PREFIX_CHARS, PREFIX_STARTS, SUFFIX_STARTS};
use super::reading::{Reading, read_at_with, starts_numeral, word_leads};
use crate::text::{CharSet, WHITESPACE, is_dash, is_digit};

/// Finds the numerals of running text, each as a [`Reading`] with its span
/// (including a qualifier in front and a bound after it, as 最高1亿元,
/// 100家以上).
///
/// A numeral in Arabic digits always counts, unless Latin letters touch it
/// (CN31, 5G are names). A numeral in Chinese characters counts when it is
/// an ordinal (第十期), a share (百分之三十), followed by a measure word or
/// unit (三年, 五个新城, 两千万元), or several characters with a unit or
/// 零 (二十, 二〇二三). A lone 一 in words such as 统一 and 一律, 十四五
/// (a plan's name), 一一对应 and 千万不要 are no numerals.
///
/// The scan is linear: a run of numeral characters that does not read as a
/// numeral is skipped whole.
///
/// ```
/// use gongbao::numeral::{find_numerals, Amount, Number};
/// let text = "最高给予1亿元补助，统一组织三年行动，实施“十四五”规划";
/// let found = find_numerals(text);
/// let spans: Vec<&str> = found.iter().map(|r| &text[r.span.start..r.span.end]).collect();
/// assert_eq!(spans, ["最高给予1亿元", "三年"].map(|s| if s.starts_with("最高给予") { "1亿元" } else { s }));
/// assert_eq!(found[0].amount, Amount::One(Number::from(100_000_000)));
/// ```
pub fn find_numerals(text: &str) -> Vec<Reading> {
    let mut out = Vec::new();
    each_numeral(text, &FIRST.positions(text), &mut Tokens::default(), |r| out.push(r));
    out
}

/// The token vector of [`each_numeral`], kept by a caller that finds the
/// numerals of text after text: one allocation for all of them.
#[derive(Debug, Default)]
pub(crate) struct Tokens(Vec<Tok>);

/// Gives `found` each numeral [`find_numerals`] finds, in order, trying
/// only the offsets of `stops`: character boundaries of `text` in order,
/// among them every member of [`FIRST`] (others are passed over). Finders
/// that read one text share one scan; a caller that keeps only some of the
/// numerals collects no others.
pub(crate) fn each_numeral(text: &str, stops: &[usize], tokens: &mut Tokens, mut found: impl FnMut(Reading)) {
    // No numeral starts before the end of the last one or a skipped run.
    let mut from = 0;
    // One vector for the tokens of every candidate.
    let toks = &mut tokens.0;
    for &i in stops {
        if i < from {
            continue;
        }
        let rest = &text[i..];
        let Some(c) = rest.chars().next().filter(|&c| FIRST.contains(c)) else { continue };
        if !may_start(c, rest) {
            continue;
        }
        match read_at_with(text, i, toks) {
            Ok((r, end)) if end > i && accept(text, &r) => {
                found(r);
                from = end;
            }
            _ => {
                // Skip the whole run of numeral characters so that a long
                // malformed run is not re-read from each of its characters.
                let run = lex_into(rest, false, toks).unwrap_or(0);
                from = i + run.max(c.len_utf8());
            }
        }
    }
}

/// The characters [`may_start`] may take: numeral characters, 负, 第 and
/// the first characters of qualifiers. The scan jumps from one to the next.
pub(crate) const FIRST: CharSet = NUMERAL_STARTS.with_all(&['负', '負', '第']).union(&PREFIX_STARTS);

/// Whether a numeral, or a word that leads one, may start at `rest`, whose
/// first character is `c`, one of [`FIRST`]. 总第 needs no test of its
/// own: 总 is a qualifier's first character.
fn may_start(c: char, rest: &str) -> bool {
    match classify(c) {
        Some(NumChar::Point) => false,
        Some(NumChar::Digit(_)) => !labels_a_list(&rest[c.len_utf8()..]) && !lone_digit_ends(rest, c),
        Some(_) => true,
        None if is_digit(c) => true,
        None if matches!(c, '负' | '負') => starts_numeral(rest),
        // A character that is no numeral, sign or 半 starts a phrase only
        // through a word that leads a numeral: the look ahead refuses most
        // cheaply, the word itself the rest (年度重点, 最高给予).
        None => (c == '第' || may_prefix(c)) && numeral_ahead(rest) && word_leads(rest),
    }
}

/// Whether a number after `before` goes on a number letter-spaced in PDF
/// text (第 1 0 条, whose 0 is no count of 条): one layout space, then a
/// lone digit with a space or a non-digit before it. A wider gap (a table's
/// columns) or a longer number (100 2000万元) leaves the numbers apart.
fn letter_spaced(before: &str) -> bool {
    let Some(head) = before.strip_suffix([' ', '\u{3000}']) else { return false };
    let mut back = head.chars().rev();
    back.next().is_some_and(is_digit) && !back.next().is_some_and(|c| is_digit(c) || c.is_ascii_alphabetic())
}

/// Whether what follows a Chinese digit makes it the label of a list item
/// or point: 一、, （二）, 一是…二是…. A necessary condition for
/// [`read_at`](super::read_at) and [`accept`] to refuse a lone digit there (no measure
/// word, range, share or bound starts with these), tested first: these
/// labels are most of the digits that running text holds.
fn labels_a_list(after: &str) -> bool {
    after.starts_with(['、', ')', '）', '是'])
}

/// Whether the digit `c` that starts `rest` stands alone (no other numeral
/// character, 几 or 数 follows it, layout spaces aside) before a
/// character that no part of a phrase starts with: a measure word or 块,
/// a bound (以上), 多/余/来, 个 (两个亿), 分之, a share mark, an
/// inclusion note, 至/到 or a dash. A necessary condition for [`accept`]
/// to refuse the reading (a lone Chinese digit counts only with a measure
/// word, a share or a unit after it), tested first: many digits of running
/// text are parts of words (进一步, 一体化, 三角, 统一).
fn lone_digit_ends(rest: &str, c: char) -> bool {
    let at = skip_spaces(rest, c.len_utf8());
    match rest[at..].chars().next() {
        None => true,
        Some(n) => {
            !(NUMERAL_CHARS.contains(n)
                || matches!(n, '几' | '数' | 'O' | 'Ｏ' | 'o')
                || LONE_DIGIT_GOES_ON.contains(n)
                || is_dash(n))
        }
    }
}

/// See [`lone_digit_ends`].
const LONE_DIGIT_GOES_ON: CharSet = MEASURE_STARTS
    .union(&SUFFIX_STARTS)
    .with_all(&['多', '余', '来', '个', '個', '分', '%', '％', '‰', '‱', '(', '（', '至', '到']);

/// Characters from the start of a word that leads a numeral to the
/// numeral's first, spaces not counted: the word (总第, 不超过, the longest
/// of the qualifiers), a sign, the numeral character.
const MAX_WORD_AHEAD: usize = LONGEST_PREFIX_CHARS + 2;

/// Whether a numeral character follows within reach of a word at the start
/// of `s`. Where none does, a qualifier there cannot lead a numeral, and the
/// scan passes the common 不, 大, 合, 至 … without reading them.
fn numeral_ahead(s: &str) -> bool {
    NUMERAL_CHARS.among_first(s, MAX_WORD_AHEAD, &WHITESPACE)
}

fn may_prefix(c: char) -> bool {
    PREFIX_STARTS.contains(c)
}

fn accept(text: &str, r: &Reading) -> bool {
    let span = r.span;
    let body = &text[span.start..span.end];
    let before = text[..span.start].chars().next_back();
    let has_arabic = body.chars().any(is_digit);
    if has_arabic {
        let after_numeral =
            body.char_indices().rfind(|&(_, c)| is_digit(c)).map(|(k, c)| span.start + k + c.len_utf8());
        let next = after_numeral.and_then(|k| text[k..].chars().next());
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
        let first_digit = body.chars().position(is_digit) == Some(0);
        return !(latin(next) || first_digit && latin(before) || first_digit && letter_spaced(&text[..span.start]));
    }
    let (mut digits, mut units, mut chars, mut zero) = (0, 0, 0, false);
    for k in body.chars().filter_map(classify) {
        chars += 1;
        zero = k == NumChar::Zero;
        match k {
            NumChar::Digit(_) => digits += 1,
            NumChar::Small(_) | NumChar::Big(_) | NumChar::Tens(_) | NumChar::Zero => units += 1,
            NumChar::Point => {}
        }
    }
    // A lone 零 is a word in running text: 零部件, 零售, 零增长, 零碳.
    if digits == 0 && chars == 1 && zero {
        return false;
    }
    if r.ordinal || body.contains("分之") {
        return true;
    }
    if r.measure.is_some() {
        return true;
    }
    digits >= 1 && units >= 1 && r.amount.value().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_lead_numerals_are_within_reach() {
        // 总第, and the currencies written first (港币50元) whose first
        // character the scan stops at, are no longer than the qualifiers.
        assert!("总第".chars().count() <= LONGEST_PREFIX_CHARS);
        for w in ["港币", "美元", "新台币", "澳门元", "新加坡元", "瑞士法郎", "人民币"] {
            let first = w.chars().next().unwrap();
            assert!(!FIRST.contains(first) || w.chars().count() <= LONGEST_PREFIX_CHARS, "{w}");
        }
        let text = "不超过 -5万元";
        assert_eq!(find_numerals(text).first().map(|r| r.span.start), Some(0));
    }

    #[test]
    fn a_lone_digit_before_no_part_of_a_phrase_is_no_numeral() {
        // Whatever follows: the digit alone, or with a measure word after
        // the character, or with a unit.
        for n in (0..=0xFFFF).filter_map(char::from_u32) {
            for digit in ['三', '一', '两'] {
                for tail in ["", "个月", "万元", "以上", "年"] {
                    let text = format!("{digit}{n}{tail}");
                    if lone_digit_ends(&text, digit) {
                        let found = find_numerals(&text);
                        assert!(found.iter().all(|r| r.span.start > 0), "{text}");
                    }
                }
            }
        }
    }

    #[test]
    fn words_before_numerals_start_with_no_numeral_sign_or_half() {
        // What may_start asks of a word's first character: without a word
        // that leads a numeral, no phrase reads from it.
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            if FIRST.contains(c) && classify(c).is_none() && !is_digit(c) && !matches!(c, '负' | '負') {
                let s = format!("{c}1个");
                assert!(super::super::chars::sign(&s).is_none() && c != '半', "{c}");
                assert_eq!(super::super::grammar::lex(&s, true).map(|(t, _)| t.len()).ok(), Some(0), "{c}");
                assert!(read_at_with(&format!("{c}律"), 0, &mut Vec::new()).is_err(), "{c}");
            }
        }
    }

    #[test]
    fn list_labels_are_no_numerals() {
        let text = "一、总体要求（二）加强管理，一是完善制度，三)三年行动";
        let found: Vec<&str> = find_numerals(text).iter().map(|r| &text[r.span.start..r.span.end]).collect();
        assert_eq!(found, ["三年"]);
    }
}
