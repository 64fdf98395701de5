//! The grammar of a document number (nom over `&str`; every token is
//! matched on its folded form): the code, the year in its brackets or with
//! 年, 字 and 第, the serial and 号. [`parse_with_notes`] reads a whole string
//! with it; the finder reads the part after a code with [`ordinary_tail`] and
//! [`decree_tail`].

use nom::bytes::take_while;
use nom::character::{char as one_char, satisfy};
use nom::combinator::recognize;
use nom::{IResult, Parser};

use super::code::{CodeClass, check_code, is_code_char, is_counted_han};
use super::fault::DocNumberFault;
use super::normalize::{Normalization, bare_code, build};
use super::value::{DocNumber, JOINT};
use crate::error::Error;
use crate::text::{Span, is_close_bracket, is_digit, is_open_bracket, is_space};

/// Whether `line` (surrounding whitespace allowed) is one 发文字号, decree
/// or announcement number and nothing else: what the layout layer asks to
/// know that a line starts something new. True exactly when
/// [`parse`](super::parse) accepts the line and it holds no line break (a
/// decree head split over two lines is two lines, neither of them a number).
///
/// Decree and announcement numbers count as well as 发文字号, and so do
/// the spellings the grammar normalizes (other brackets, full-width digits,
/// layout spaces).
///
/// ```
/// use gongbao::docnum::is_doc_number_line;
/// // Own-line numbers of corpus/shanghai-gazette-2023-10.txt,
/// // corpus/govcn-guofa-2019-4-zhiye-jiaoyu-fangan.txt and
/// // corpus/falvziliao-export-dongguan-ling-123-weixianyuan-banfa.txt, and
/// // a joint announcement's number (财政部 税务总局公告2023年第7号).
/// for line in [
///     "沪府办规〔2023〕12号",
///     "沪府办字〔2023〕5号",
///     "国发〔2019〕4号",
///     "东莞市人民政府令第123号",
///     "财政部\u{3000}税务总局公告2023年第7号",
/// ] {
///     assert!(is_doc_number_line(line), "{line}");
/// }
/// assert!(is_doc_number_line("  国办函 [２０２２] 017 号 "));
/// // Not a number alone: a citation, a date, an issue line, half a decree head.
/// for line in [
///     "根据沪府办规〔2023〕12号文件",
///     "(2023年4月18日)",
///     "2023年第10期",
///     "第707号",
///     "中华人民共和国国务院令",
///     "中华人民共和国国务院令\n\n第707号",
///     "",
/// ] {
///     assert!(!is_doc_number_line(line), "{line}");
/// }
/// ```
pub fn is_doc_number_line(line: &str) -> bool {
    // Every number ends with 号, or with a bracket after it (（第350号）):
    // most lines are turned away here, before the grammar runs.
    let ends_like_number =
        line.trim_end_matches(is_space).chars().next_back().is_some_and(|c| c == '号' || is_close_bracket(c));
    ends_like_number && !line.contains(is_line_break) && parse_with_notes(line).is_ok()
}

/// Whether `s` ends as every number [`parse_with_notes`] reads does, layout
/// space aside: with 号, or with the bracket that closes a bracketed serial
/// (（第350号）). A necessary condition of a parse, for callers that try
/// many strings that are no numbers.
pub(crate) fn ends_like_number(s: &str) -> bool {
    s.trim_end_matches(is_space).chars().next_back().is_some_and(|c| c == '号' || is_year_close(c))
}

/// Line breaks, as opposed to the other whitespace a number may hold.
pub(super) fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}')
}

/// Reads `s` as one number: the body of [`parse_with_notes`](super::parse_with_notes).
pub(super) fn parse_with_notes(s: &str) -> Result<(DocNumber, Vec<Normalization>), Error> {
    let trimmed = s.trim_start_matches(is_space);
    let body = trimmed.trim_end_matches(is_space);
    if body.is_empty() {
        return Err(Error::at(Span::new(0, s.len()), DocNumberFault::Empty));
    }
    // A decree head's second line (第350号, （第350号）, 2023年第5号) or a
    // number cut from its code: the caller joins it to the line before.
    if is_whole_tail(body) {
        return Err(Error::at(Span::empty(s.len() - trimmed.len()), DocNumberFault::EmptyCode));
    }
    let (code, rest) = split_code(body);
    let code_has_text = code.chars().any(|c| !is_space(c));
    if !code_has_text && !rest.starts_with(|c: char| is_year_open(c) || is_digit(c)) {
        return Err(miss_error(s, Miss { at: rest, fault: DocNumberFault::NotADocNumber }));
    }
    let compact = bare_code(code);
    let class = CodeClass::of(&compact);
    if code_has_text {
        check_code(&compact, class).map_err(|f| Error::at(span_in(s, code), f))?;
    }
    let parsed = if class.names_organ() { decree_tail(rest) } else { ordinary_tail(rest) };
    let (after, tail) = parsed.map_err(|e| nom_error(s, e))?;
    if !after.is_empty() {
        return Err(Error::at(span_in(s, after), DocNumberFault::TrailingText));
    }
    build(s, code, &tail)
}

/// Brackets that may stand around a year: the crate's bracket table without
/// the title and quotation marks (《〈「『) and braces, and the pair „‟
/// that a document set in a font without 〔〕 shows in their place when its
/// text is copied out (国办发„2009‟3号). They are no brackets anywhere
/// else: German quotation marks.
pub(super) fn is_year_open(c: char) -> bool {
    (is_open_bracket(c) && !matches!(c, '《' | '〈' | '「' | '『' | '{' | '｛')) || c == '„'
}

/// The characters a number's tail holds before its 号 (whitespace, digits,
/// year brackets, 字, 第, 年): what [`ordinary_tail`] and [`decree_tail`]
/// read up to it. No tail reaches its 号 over any other character, which
/// lets the finder look for anchors only right before a 号.
pub(super) fn in_tail(c: char) -> bool {
    is_space(c) || is_digit(c) || is_year_open(c) || is_year_close(c) || matches!(c, '字' | '第' | '年')
}

pub(super) fn is_year_close(c: char) -> bool {
    (is_close_bracket(c) && !matches!(c, '》' | '〉' | '」' | '』' | '}' | '｝')) || c == '‟'
}

/// A failed expectation: where, and what was expected.
#[derive(Debug)]
pub(super) struct Miss<'a> {
    at: &'a str,
    fault: DocNumberFault,
}

impl<'a> nom::error::ParseError<&'a str> for Miss<'a> {
    fn from_error_kind(input: &'a str, _: nom::error::ErrorKind) -> Self {
        Miss { at: input, fault: DocNumberFault::UnexpectedCharacter }
    }

    fn append(_: &'a str, _: nom::error::ErrorKind, other: Self) -> Self {
        other
    }
}

pub(super) type PResult<'a, T> = IResult<&'a str, T, Miss<'a>>;

fn fail<'a, T>(at: &'a str, fault: DocNumberFault) -> PResult<'a, T> {
    Err(nom::Err::Error(Miss { at, fault }))
}

/// The parts of a number after its code, as slices of the input.
#[derive(Debug, Default)]
pub(super) struct Tail<'a> {
    pub(super) spaces: Vec<&'a str>,
    pub(super) year: Option<&'a str>,
    pub(super) year_brackets: Option<(&'a str, &'a str)>,
    pub(super) suffixed_year: bool,
    pub(super) zi: bool,
    pub(super) di: bool,
    pub(super) serial_brackets: Option<(&'a str, &'a str)>,
    pub(super) serial: &'a str,
}

impl<'a> Tail<'a> {
    /// Skips whitespace, remembering it for
    /// [`Normalization::SpaceRemoved`].
    fn ws(&mut self, i: &'a str) -> &'a str {
        let parsed: PResult<'a, &'a str> = take_while(is_space).parse_complete(i);
        match parsed {
            Ok((rest, spaces)) => {
                if !spaces.is_empty() {
                    self.spaces.push(spaces);
                }
                rest
            }
            Err(_) => i,
        }
    }
}

fn token<'a>(pred: fn(char) -> bool) -> impl Parser<&'a str, Output = &'a str, Error = Miss<'a>> {
    recognize(satisfy(pred))
}

fn digits(i: &str) -> PResult<'_, &str> {
    take_while(is_digit).parse_complete(i)
}

fn opt_char(c: char, i: &str) -> (&str, bool) {
    let parsed: PResult<'_, char> = one_char(c).parse_complete(i);
    match parsed {
        Ok((rest, _)) => (rest, true),
        Err(_) => (i, false),
    }
}

/// serial 号, the serial's digits possibly read already.
fn serial_hao<'a>(i: &'a str, read: Option<&'a str>, t: &mut Tail<'a>) -> PResult<'a, ()> {
    let (i, serial) = match read {
        Some(d) => (i, d),
        None => digits(i)?,
    };
    if serial.is_empty() {
        return fail(i, DocNumberFault::MissingSerial);
    }
    t.serial = serial;
    let i = t.ws(i);
    match one_char::<_, Miss<'a>>('号').parse_complete(i) {
        Ok((i, _)) => Ok((i, ())),
        Err(_) => fail(i, DocNumberFault::MissingHao),
    }
}

/// After an ordinary code: 〔year〕, optional legacy 字 and 第, serial 号.
pub(super) fn ordinary_tail(i: &str) -> PResult<'_, Tail<'_>> {
    let mut t = Tail::default();
    let i = t.ws(i);
    let Ok((i, open)) = token(is_year_open).parse_complete(i) else {
        return fail(i, DocNumberFault::ExpectedYearBrackets);
    };
    let i = t.ws(i);
    let (i, year) = digits(i)?;
    if year.is_empty() {
        return fail(i, DocNumberFault::MissingYear);
    }
    let i = t.ws(i);
    let Ok((i, close)) = token(is_year_close).parse_complete(i) else {
        return fail(i, DocNumberFault::MissingYearClose);
    };
    t.year = Some(year);
    t.year_brackets = Some((open, close));
    let i = t.ws(i);
    let (i, zi) = opt_char('字', i);
    let i = if zi { t.ws(i) } else { i };
    let (i, di) = opt_char('第', i);
    let i = if di { t.ws(i) } else { i };
    t.zi = zi;
    t.di = di;
    let (i, ()) = serial_hao(i, None, &mut t)?;
    Ok((i, t))
}

/// After a decree's year (〔2017〕 or 2019年): an optional 第, the serial
/// and 号.
fn serial_after_year<'a>(i: &'a str, t: &mut Tail<'a>) -> PResult<'a, ()> {
    let i = t.ws(i);
    let (i, di) = opt_char('第', i);
    t.di = di;
    let i = if di { t.ws(i) } else { i };
    serial_hao(i, None, t)
}

/// After a decree code (…令): `第N号`, `N号`, `（第N号）`, `2019年第N号`,
/// `〔2017〕N号`.
pub(super) fn decree_tail(i: &str) -> PResult<'_, Tail<'_>> {
    let mut t = Tail::default();
    let i = t.ws(i);
    if let Ok((j, open)) = token(is_year_open).parse_complete(i) {
        let j = t.ws(j);
        let (j, di) = opt_char('第', j);
        if di {
            t.di = true;
            let j = t.ws(j);
            let (j, ()) = serial_hao(j, None, &mut t)?;
            return close_serial(j, open, t);
        }
        let (j, d) = digits(j)?;
        if d.is_empty() {
            return fail(j, DocNumberFault::MissingYearOrSerial);
        }
        let j = t.ws(j);
        if let Ok((j, close)) = token(is_year_close).parse_complete(j) {
            t.year = Some(d);
            t.year_brackets = Some((open, close));
            let (j, ()) = serial_after_year(j, &mut t)?;
            return Ok((j, t));
        }
        let (j, ()) = serial_hao(j, Some(d), &mut t)?;
        return close_serial(j, open, t);
    }
    let (i, di) = opt_char('第', i);
    if di {
        t.di = true;
        let i = t.ws(i);
        let (i, ()) = serial_hao(i, None, &mut t)?;
        return Ok((i, t));
    }
    let (i, d) = digits(i)?;
    if d.is_empty() {
        return fail(i, DocNumberFault::MissingSerial);
    }
    let j = t.ws(i);
    let (j, nian) = opt_char('年', j);
    if nian {
        t.year = Some(d);
        t.suffixed_year = true;
        let (j, ()) = serial_after_year(j, &mut t)?;
        return Ok((j, t));
    }
    let (i, ()) = serial_hao(i, Some(d), &mut t)?;
    Ok((i, t))
}

/// Whether `rest` is all of a number but its code: what [`decree_tail`]
/// or [`ordinary_tail`] reads to the end.
fn is_whole_tail(rest: &str) -> bool {
    [decree_tail(rest), ordinary_tail(rest)].into_iter().any(|r| r.is_ok_and(|(after, _)| after.is_empty()))
}

/// The closing bracket of a bracketed decree serial, （第88号）.
fn close_serial<'a>(i: &'a str, open: &'a str, mut t: Tail<'a>) -> PResult<'a, Tail<'a>> {
    let i = t.ws(i);
    let Ok((i, close)) = token(is_year_close).parse_complete(i) else {
        return fail(i, DocNumberFault::MissingSerialClose);
    };
    t.serial_brackets = Some((open, close));
    Ok((i, t))
}

/// Splits a whole-string number into its code (with any inner whitespace)
/// and the rest. A decree or announcement code ends at the 令 or 公告 that 第
/// or 号 follows, so that the 第 (令第706号) and a missing serial (令第号) are
/// read as parts of the number rather than of the code.
fn split_code(body: &str) -> (&str, &str) {
    let run = &body[..code_run_end(body)];
    for (i, c) in run.char_indices() {
        let after = i + c.len_utf8();
        let suffix = c == '令' || (c == '告' && run[..i].trim_end_matches(is_space).ends_with('公'));
        if suffix && run[after..].trim_start_matches(is_space).starts_with(['第', '号']) {
            return (&body[..after], &body[after..]);
        }
    }
    let code = run.trim_end_matches(is_space);
    (code, &body[code.len()..])
}

/// The end of the run of code characters, whitespace and organ counts
/// (等5部门, see [`is_organ_count`](super::code::is_organ_count)) that `s` starts with.
fn code_run_end(s: &str) -> usize {
    let mut i = 0;
    let mut last = None;
    while let Some(c) = s.get(i..).and_then(|r| r.chars().next()) {
        // A 、 separates the organs of a joint code (财政部、税务总局公告).
        if is_code_char(c) || is_space(c) || (c == JOINT && s[i + c.len_utf8()..].starts_with(is_code_char)) {
            if !is_space(c) && c != JOINT {
                last = Some(c);
            }
            i += c.len_utf8();
        } else if is_digit(c) && last == Some('等') {
            let rest = &s[i..];
            let digits_end = i + rest.find(|d: char| !is_digit(d)).unwrap_or(rest.len());
            if !s[digits_end..].trim_start_matches(is_space).starts_with(is_counted_han) {
                break;
            }
            last = Some(c);
            i = digits_end;
        } else {
            break;
        }
    }
    i
}

pub(super) fn span_in(whole: &str, part: &str) -> Span {
    Span::of(whole, part).unwrap_or_else(|| Span::empty(whole.len()))
}

/// The error for a miss: its fault at the character where it happened.
fn miss_error(whole: &str, miss: Miss<'_>) -> Error {
    let start = span_in(whole, miss.at).start;
    let len = miss.at.chars().next().map_or(0, char::len_utf8);
    Error::at(Span::new(start, start + len), miss.fault)
}

fn nom_error(whole: &str, e: nom::Err<Miss<'_>>) -> Error {
    match e {
        nom::Err::Error(m) | nom::Err::Failure(m) => miss_error(whole, m),
        nom::Err::Incomplete(_) => Error::at(Span::empty(whole.len()), DocNumberFault::Incomplete),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsed_numbers_end_like_numbers() {
        for s in [
            "国办函[2022]017号 ",
            "中华人民共和国国务院令（第760号）",
            "中华人民共和国国务院令„第760号‟",
            "东莞市人民政府令第123号",
        ] {
            assert!(parse_with_notes(s).is_ok() && ends_like_number(s), "{s}");
        }
        assert!(!ends_like_number("上海市人民政府关于印发的通知"));
    }

    #[test]
    fn tails_reach_their_hao_over_tail_characters_only() {
        for tail in ["〔2019〕4号", " [２０２２] 017 号", "〔2023〕字第5号", "(2021) 第 3 号"] {
            assert!(ordinary_tail(tail).is_ok(), "{tail}");
            assert!(tail[..tail.find('号').unwrap()].chars().all(in_tail), "{tail}");
        }
        for tail in ["第707号", "（第350号）", "2023年第7号", "〔2017〕12号", " 8号"] {
            assert!(decree_tail(tail).is_ok(), "{tail}");
            assert!(tail[..tail.find('号').unwrap()].chars().all(in_tail), "{tail}");
        }
    }
}
