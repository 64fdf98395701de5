//! Finding numbers in running text: [`find_doc_numbers`](super::find_doc_numbers) and what it
//! returns ([`DocNumberMatch`], [`CitedTitle`]). The grammar reads the
//! number from its anchor (a year bracket, or the 令 or 公告 of a code) to
//! the right; the hard part, where its 机关代字 begins to the left, follows
//! the rules of the [module docs](super) with the words of
//! [`crate::lexicon`] and the limits of `limits.rs`.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::code::{CodeClass, is_code_char, is_organ_count, separates_organs};
use super::grammar::{decree_tail, in_tail, is_line_break, is_year_open, ordinary_tail};
use super::limits::{LOOKBACK_CHARS, MAX_CODE_CHARS, MAX_DECREE_CODE_CHARS};
use super::normalize::{Normalization, build};
use super::value::{DocNumber, JOINT};
use crate::lexicon::{CONJUNCTIONS, FUNCTION_WORDS};
use crate::text::{CharSet, Span, is_digit, is_open_paren, is_space, strip_layout_spaces};

/// A number found in running text by [`find_doc_numbers`](super::find_doc_numbers).
///
/// ```
/// use gongbao::docnum::find_doc_numbers;
/// let text = "为贯彻落实《实施意见》(国办函〔2022〕17号),进一步";
/// let m = &find_doc_numbers(text)[0];
/// assert_eq!(m.raw, "国办函〔2022〕17号");
/// assert_eq!(&text[m.span.start..m.span.end], m.raw);
/// assert!(m.cited && !m.own_line);
/// assert_eq!(m.cited_title.as_ref().unwrap().title, "实施意见");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocNumberMatch {
    /// The whole number as printed, from the first character of the code to
    /// 号 (and the closing bracket of a bracketed decree serial).
    pub span: Span,
    /// The text under `span`.
    pub raw: String,
    /// The parsed number.
    pub number: DocNumber,
    /// The fixes applied, with spans into the searched text.
    pub normalizations: Vec<Normalization>,
    /// The number stands alone on its line (or lines: a decree header split
    /// as 中华人民共和国国务院令 / 第707号): the document's own number.
    pub own_line: bool,
    /// The number stands inside running text or a citation: always
    /// `!own_line`, spelled out for readers of the JSON.
    pub cited: bool,
    /// The 《》 title right before the number when it is cited as
    /// 《X》（国办函〔2022〕17号） or 《X》(…).
    pub cited_title: Option<CitedTitle>,
}

/// The title of a cited document, as in 《X》（国办函〔2022〕17号）.
///
/// ```
/// use gongbao::docnum::find_doc_numbers;
/// let text = "《关于 加强监管的意见》（国办函〔2022〕17号）";
/// let t = find_doc_numbers(text)[0].cited_title.clone().unwrap();
/// assert_eq!(t.title, "关于加强监管的意见");
/// assert_eq!(&text[t.span.start..t.span.end], "关于 加强监管的意见");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CitedTitle {
    /// The title without 《》 and with layout whitespace removed
    /// ([`strip_layout_spaces`]).
    pub title: String,
    /// The title as printed, between (not including) 《 and 》.
    pub span: Span,
}

/// Every number in `text`: the body of [`find_doc_numbers`](super::find_doc_numbers).
pub(super) fn find_doc_numbers(text: &str) -> Vec<DocNumberMatch> {
    let mut out = Vec::new();
    let anchors = anchors(text);
    // Most texts a finder is given hold no number: their titles are not
    // looked for.
    if anchors.is_empty() {
        return out;
    }
    let titles = crate::text::title_spans(text);
    // Where the last match ended: no match starts before it, and no code
    // reaches back over it.
    let mut floor = 0;
    let mut next_title = 0;
    for pos in anchors {
        let Some(c) = text.get(pos..).and_then(|rest| rest.chars().next()) else { continue };
        let at_suffix = c == '令' || (c == '告' && text.get(..pos).is_some_and(|b| b.ends_with('公')));
        if pos < floor || !(at_suffix || is_year_open(c)) {
            continue;
        }
        while titles.get(next_title).is_some_and(|t| t.end <= pos) {
            next_title += 1;
        }
        if titles.get(next_title).is_some_and(|t| t.start <= pos) {
            continue;
        }
        let found =
            if at_suffix { match_issued(text, pos + c.len_utf8(), floor) } else { match_ordinary(text, pos, floor) };
        if let Some((span, number, normalizations)) = found {
            let own_line = alone_on_line(text, span);
            out.push(DocNumberMatch {
                span,
                raw: text.get(span.start..span.end).unwrap_or_default().to_string(),
                number,
                normalizations,
                own_line,
                cited: !own_line,
                cited_title: cited_title(text, span.start, &titles),
            });
            floor = span.end.max(pos + c.len_utf8());
        }
    }
    out
}

/// Where a number can be recognised, in order: at the 令 of a decree, the
/// 告 of 公告, or a bracket that may hold a year ([`is_year_open`]); only
/// those a tail may follow. A number's tail runs from its anchor to its 号
/// over the characters of [`in_tail`] alone, so a mark is looked for only
/// in the run of them that ends at a 号: one vectorised search for 号 (far
/// rarer than brackets) and a few characters read back from each, instead
/// of a search of the whole text for each mark.
fn anchors(text: &str) -> Vec<usize> {
    static HAO: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new("号"));
    let mut out = Vec::new();
    for hao in HAO.find_iter(text.as_bytes()) {
        let first = out.len();
        let mut run_start = hao;
        for (i, c) in text[..hao].char_indices().rev().take_while(|&(_, c)| in_tail(c)) {
            if is_year_open(c) {
                out.push(i);
            }
            run_start = i;
        }
        out[first..].reverse();
        if let Some(c) = text[..run_start].chars().next_back().filter(|&c| c == '令' || c == '告') {
            out.insert(first, run_start - c.len_utf8());
        }
    }
    out
}

type Found = (Span, DocNumber, Vec<Normalization>);

/// A decree or announcement number whose code (…令, …公告) ends at
/// `code_end`.
fn match_issued(text: &str, code_end: usize, floor: usize) -> Option<Found> {
    let (rest, tail) = decree_tail(text.get(code_end..)?).ok()?;
    let code_start = left_edge(text, code_end, floor, CodeClass::of(text.get(..code_end)?))?;
    let (number, notes) = build(text, text.get(code_start..code_end)?, &tail).ok()?;
    Some((Span::new(code_start, text.len() - rest.len()), number, notes))
}

/// An ordinary or legacy number whose year bracket opens at `at`.
fn match_ordinary(text: &str, at: usize, floor: usize) -> Option<Found> {
    let before = text.get(floor..at)?;
    let code_end = floor + before.trim_end_matches(is_space).len();
    let last = before.get(..code_end - floor)?.chars().next_back()?;
    // A code ending in 令 or 公告 was tried as a decree or announcement at
    // its last character.
    if !is_code_char(last) || CodeClass::of(text.get(..code_end)?).names_organ() {
        return None;
    }
    let (rest, tail) = ordinary_tail(text.get(code_end..)?).ok()?;
    let code_start = left_edge(text, code_end, floor, CodeClass::Plain)?;
    let (number, notes) = build(text, text.get(code_start..code_end)?, &tail).ok()?;
    Some((Span::new(code_start, text.len() - rest.len()), number, notes))
}

/// Where the code that ends at `code_end` begins (rules 1–5 of the
/// [module docs](super)), or `None` when no acceptable code is there.
fn left_edge(text: &str, code_end: usize, floor: usize, class: CodeClass) -> Option<usize> {
    let decree = class.names_organ();
    let head = text.get(floor..code_end)?;
    let mut run_start = code_end;
    let mut truncated = false;
    let mut at = head.len();
    let mut count = 0;
    while let Some(c) = head.get(..at).and_then(|h| h.chars().next_back()) {
        if count == LOOKBACK_CHARS {
            truncated = true;
            break;
        }
        if is_code_char(c) {
            at -= c.len_utf8();
            count += 1;
            run_start = floor + at;
            continue;
        }
        if !decree {
            break;
        }
        // Whitespace or a 、 between the organs of a joint code, on one line.
        if (is_space(c) && !is_line_break(c)) || c == JOINT {
            let spaces = head.get(..at)?.chars().rev().take(LOOKBACK_CHARS);
            let spaces = spaces.take_while(|&d| (is_space(d) && !is_line_break(d)) || d == JOINT);
            let (width, bytes) = spaces.fold((0, 0), |(n, b), d| (n + 1, b + d.len_utf8()));
            let start = at - bytes;
            let read = head.get(at..)?;
            let next = read.chars().next()?;
            let left = read.chars().count();
            if count + width >= LOOKBACK_CHARS || !separates_organs(class, head.get(..start)?, next, left) {
                break;
            }
            at = start;
            count += width;
            continue;
        }
        // The count in 等5部门令: digits between 等 and the code read so far.
        if !is_digit(c) {
            break;
        }
        let digits = head.get(..at)?.chars().rev().take(LOOKBACK_CHARS).take_while(|&d| is_digit(d));
        let (width, bytes) = digits.fold((0, 0), |(n, b), d| (n + 1, b + d.len_utf8()));
        let start = at - bytes;
        if count + width >= LOOKBACK_CHARS || !is_organ_count(head, start) {
            break;
        }
        at = start;
        count += width;
    }
    let run = text.get(run_start..code_end)?;
    if run.is_empty() {
        return None;
    }
    // Rule 2: a date glued to the code.
    let mut cut = 0;
    let mut prev = if run_start > floor { text.get(..run_start)?.chars().next_back() } else { None };
    for (i, c) in run.char_indices() {
        if matches!(c, '年' | '月' | '日') && prev.is_some_and(is_date_numeral) {
            cut = i + c.len_utf8();
        }
        prev = Some(c);
    }
    // Rule 3: the rightmost function word. Each word counts at its last
    // occurrence, and not at all when that one ends the code: read from
    // the right, the first end of a word that does not end the code wins.
    // Only a word's last character may end it.
    let words = || FUNCTION_WORDS.iter().chain(if decree { &[][..] } else { CONJUNCTIONS });
    let hay = run.get(cut..)?;
    let mut best = cut;
    for (k, c) in hay.char_indices().rev() {
        let end = k + c.len_utf8();
        if end < hay.len()
            && RULE_3_LAST_CHARS.contains(c)
            && words().any(|w| hay[..end].ends_with(w) && !hay.ends_with(w))
        {
            best = cut + end;
            break;
        }
    }
    let mut cut = best;
    // A conjunction right after a delimiter joins this number to the one
    // before it (…（第8号）和交通运输部令…), even before a decree code.
    if let Some(w) = CONJUNCTIONS.iter().find(|w| run.get(cut..).is_some_and(|r| r.starts_with(**w))) {
        cut += w.len();
    }
    // Rule 4: 原 ("the former") before an organ's name.
    let code = run.get(cut..)?;
    if code.starts_with('原') && code.chars().count() >= 3 {
        cut += '原'.len_utf8();
    }
    // Rule 5: a plausible length (each organ's, in a joint code), and not a
    // function word itself.
    let code = run.get(cut..)?;
    let max = if decree { MAX_DECREE_CODE_CHARS } else { MAX_CODE_CHARS };
    let too_long = code.split(|c: char| is_space(c) || c == JOINT).any(|organ| organ.chars().count() > max);
    if code.is_empty() || code.starts_with(is_space) || too_long || (truncated && cut == 0) {
        return None;
    }
    if FUNCTION_WORDS.contains(&code) {
        return None;
    }
    Some(run_start + cut)
}

/// The last characters of [`FUNCTION_WORDS`] and [`CONJUNCTIONS`]: where
/// rule 3 of [`left_edge`] compares the words, as it reads a code from the
/// right.
static RULE_3_LAST_CHARS: LazyLock<CharSet> = LazyLock::new(|| {
    let mut set = CharSet::EMPTY;
    for w in FUNCTION_WORDS.iter().chain(CONJUNCTIONS) {
        if let Some(c) = w.chars().next_back() {
            set.insert(c);
        }
    }
    set
});

/// Whether only whitespace shares the line(s) of `span`.
fn alone_on_line(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or_default();
    let after = text.get(span.end..).unwrap_or_default();
    clear_to_line_end(before.chars().rev()) && clear_to_line_end(after.chars())
}

/// Whether only non-breaking whitespace comes before the next line break
/// (or the end) in `chars`.
fn clear_to_line_end(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !is_space(c) || is_line_break(c)).is_none_or(is_line_break)
}

/// The title in 《X》（number） or 《X》(number), the number starting at
/// `start`.
fn cited_title(text: &str, start: usize, titles: &[Span]) -> Option<CitedTitle> {
    let before = text.get(..start)?.trim_end_matches(is_space);
    let paren = before.chars().next_back().filter(|&c| is_open_paren(c))?;
    let before = before.get(..before.len() - paren.len_utf8())?.trim_end_matches(is_space);
    if !before.ends_with('》') {
        return None;
    }
    let title = titles.binary_search_by_key(&before.len(), |t| t.end).ok().and_then(|k| titles.get(k))?;
    let inner = Span::new(title.start + '《'.len_utf8(), title.end - '》'.len_utf8());
    Some(CitedTitle { title: strip_layout_spaces(inner.slice(text)?), span: inner })
}

/// Characters a year or day may end in before 年/月/日 of a date.
fn is_date_numeral(c: char) -> bool {
    is_digit(c) || matches!(c, '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_every_year_bracket_and_suffix() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let expected: &[usize] = if is_year_open(c) || c == '令' || c == '告' { &[0] } else { &[] };
            assert_eq!(anchors(&format!("{c}2023〕5号")), expected, "{c:?}");
        }
    }

    #[test]
    fn anchors_need_a_tail_to_a_hao() {
        // Every mark of a number before its 号; none where no tail reaches one.
        let text = "国发〔2019〕4号，公告 2023年第 5 号（第6号），令第7号";
        let marks: Vec<&str> = anchors(text).iter().map(|&i| &text[i..i + 3]).collect();
        assert_eq!(marks, ["〔", "告", "（", "令"]);
        assert_eq!(anchors("（见附件）〔2019〕令第"), Vec::<usize>::new());
    }
}
