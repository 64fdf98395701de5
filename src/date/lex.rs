//! The lexical pieces of dates as nom parsers: numeral runs, layout gaps,
//! range joiners and the fixed words around dates. The values of numeral
//! runs are read by the `numeral` module; this file only finds where they
//! are.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while_m_n},
    character::complete::satisfy,
    combinator::{opt, recognize},
};

use crate::numeral::{MONTH_DAY_CHARS, NumChar, classify, is_liang};
use crate::text::{is_dash, is_digit, is_space};

/// Spaces inside one line.
fn is_hspace(c: char) -> bool {
    is_space(c) && c != '\n' && c != '\r'
}

/// Layout between the parts of a date: a few spaces (2023 年 4 月), and at
/// most one line break with the indentation after it, for text extracted
/// from PDF (截至 2022⏎年底). A blank line ends a date. The bounds keep a
/// failed attempt cheap on long runs of spaces.
pub(super) fn gap(input: &str) -> IResult<&str, &str> {
    let mut end = leading(input, 4, is_hspace);
    let rest = &input[end..];
    let line_break = if rest.starts_with("\r\n") { 2 } else { usize::from(rest.starts_with(['\n', '\r'])) };
    if line_break > 0 {
        end += line_break;
        end += leading(&input[end..], 16, is_hspace);
    }
    Ok((&input[end..], &input[..end]))
}

/// Bytes of the at most `max` characters at the start of `s` that `f`
/// takes. The runs and gaps are read by hand, not by nom's combinators:
/// the date grammar asks for them at every candidate.
fn leading(s: &str, max: usize, f: impl Fn(char) -> bool) -> usize {
    s.chars().take(max).take_while(|&c| f(c)).map(char::len_utf8).sum()
}

/// The run at the start of `input` whose first character `first` takes
/// and every other `more` (nom's `recognize((satisfy(first),
/// many0_count(satisfy(more))))`).
fn run(input: &str, first: impl Fn(char) -> bool, more: impl Fn(char) -> bool) -> IResult<&str, &str> {
    let mut chars = input.chars();
    let Some(c) = chars.next().filter(|&c| first(c)) else {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Satisfy)));
    };
    let tail = chars.as_str();
    let end = c.len_utf8() + tail.find(|c| !more(c)).unwrap_or(tail.len());
    Ok((&input[end..], &input[..end]))
}

/// A character that may be a digit of a year written digit by digit:
/// Arabic digits of either width, 〇○零 and 一…九 (not 两, never used in a
/// date, nor 十, which makes 十八年 a count of years).
pub(super) fn is_year_char(c: char) -> bool {
    is_digit(c) || matches!(classify(c), Some(NumChar::Zero) | Some(NumChar::Digit(_))) && !is_liang(c)
}

/// A character of a month or day numeral: a year digit, or 十 廿 卅.
pub(super) fn is_md_char(c: char) -> bool {
    MONTH_DAY_CHARS.contains(c)
}

/// A character of a duration numeral (有效期两年): a month or day
/// character, or 两.
pub(super) fn is_duration_char(c: char) -> bool {
    is_md_char(c) || is_liang(c)
}

/// A year written digit by digit: 2023, ２０２３, 二〇二三, 二○一二, and the
/// typo 二O二三 (a Latin O after the first digit, which
/// `numeral::parse_digit_sequence` reads as 〇).
pub(super) fn year_run(input: &str) -> IResult<&str, &str> {
    run(input, is_year_char, |c| is_year_char(c) || matches!(c, 'O' | 'Ｏ'))
}

/// A run of month or day numeral characters: 4, 04, ４, 四, 十八, 廿一.
pub(super) fn md_run(input: &str) -> IResult<&str, &str> {
    run(input, is_md_char, is_md_char)
}

/// A run of duration numeral characters: 5, 五, 两, 十.
pub(super) fn duration_run(input: &str) -> IResult<&str, &str> {
    run(input, is_duration_char, is_duration_char)
}

/// Hours and minutes (and seconds) after a day: 10:05, 10:05:30, 10：05,
/// 10时, 10时05分, 9点, 9点30分. Only a time of day that exists is matched.
pub(super) fn time_of_day(input: &str) -> IResult<&str, &str> {
    let digits = |i| take_while_m_n(1, 2, is_digit).parse(i);
    let colon = |i| satisfy(|c| c == ':' || c == '：').parse(i);
    let (rest, m) = alt((
        recognize((digits, colon, digits, opt((colon, digits)))),
        recognize((digits, alt((tag("时"), tag("点"))), opt((digits, tag("分"))), opt((digits, tag("秒"))))),
    ))
    .parse(input)?;
    // Check the fields: hour ≤ 24, minutes and seconds < 60.
    let mut fields = m.split(|c: char| !is_digit(c)).filter(|f| !f.is_empty()).map(value);
    let ok = fields.next().is_some_and(|h| h <= 24) && fields.all(|v| v < 60);
    if ok { Ok((rest, m)) } else { Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify))) }
}

/// A day of the week after a day, bare or in round brackets of either
/// width: 星期一, (星期一), （周一）, 礼拜天, 周日.
pub(super) fn weekday(input: &str) -> IResult<&str, &str> {
    let name = |i| {
        recognize((alt((tag("星期"), tag("礼拜"), tag("周"))), satisfy(|c| "一二三四五六日天".contains(c)))).parse(i)
    };
    let hs = |i| take_while_m_n(0, 4, is_hspace).parse(i);
    alt((recognize((satisfy(|c| c == '(' || c == '（'), hs, name, hs, satisfy(|c| c == ')' || c == '）'))), name))
        .parse(input)
}

/// A numeral of a label: one or two digits, or one to three Chinese
/// numeral characters (一, 十二, 二十三).
fn label_numeral(input: &str) -> IResult<&str, &str> {
    alt((
        take_while_m_n(1, 2, is_digit),
        take_while_m_n(1, 3, |c| matches!(classify(c), Some(NumChar::Digit(_)) | Some(NumChar::Small(10)))),
    ))
    .parse(input)
}

/// An enumeration label before a date in a whole phrase, with the layout
/// after it: （一）, (1), 一、, 1., 1．, ①, 一是. The label is skipped
/// and the date read.
pub(super) fn enumeration_label(input: &str) -> IResult<&str, &str> {
    let hs = |i| take_while_m_n(0, 4, is_hspace).parse(i);
    recognize((
        alt((
            recognize((satisfy(|c| c == '(' || c == '（'), label_numeral, satisfy(|c| c == ')' || c == '）'))),
            recognize((label_numeral, alt((tag("、"), tag("."), tag("．"), tag("是"))))),
            recognize(satisfy(|c| ('①'..='⑳').contains(&c))),
        )),
        hs,
    ))
    .parse(input)
}

/// The name of a field before its date, with its colon: 时间：, 日期:,
/// 发布日期：, 成文日期：, 发布时间: (a page's header copied whole).
pub(super) fn field_key(input: &str) -> IResult<&str, &str> {
    let (rest, key) = take_while_m_n(2, 6, |c: char| crate::text::is_han(c)).parse(input)?;
    if !(key.ends_with("日期") || key.ends_with("时间")) {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify)));
    }
    let hs = |i| take_while_m_n(0, 4, is_hspace).parse(i);
    let (rest, _) = (hs, satisfy(|c| c == ':' || c == '：'), hs).parse(rest)?;
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// A mark that the date before it is included: (含), （含当日）, (含本数).
pub(super) fn inclusive_mark(input: &str) -> IResult<&str, &str> {
    let inner = |c: char| !matches!(c, '(' | '（' | ')' | '）' | '\n' | '\r');
    recognize((
        take_while_m_n(0, 4, is_hspace),
        satisfy(|c| c == '(' || c == '（'),
        tag("含"),
        take_while_m_n(0, 8, inner),
        satisfy(|c| c == ')' || c == '）'),
    ))
    .parse(input)
}

/// The number of an issue after its year (2023年第10期, 2023年第10期(总第
/// 538期)): dropped, the date part is the year.
pub(super) fn issue_label(input: &str) -> IResult<&str, &str> {
    let hs = |i| take_while_m_n(0, 4, is_hspace).parse(i);
    let number = |i| alt((take_while_m_n(1, 6, is_digit), md_run)).parse(i);
    recognize((
        tag("第"),
        hs,
        number,
        hs,
        tag("期"),
        opt((
            hs,
            satisfy(|c| c == '(' || c == '（'),
            hs,
            tag("总第"),
            hs,
            number,
            hs,
            tag("期"),
            hs,
            satisfy(|c| c == ')' || c == '）'),
        )),
    ))
    .parse(input)
}

/// The value of a run of ASCII or full-width digits (saturating: only used
/// on runs of at most two digits).
fn value(s: &str) -> u32 {
    s.chars().filter_map(crate::text::digit_value).fold(0u32, |v, d| v.saturating_mul(10).saturating_add(d))
}

/// A range joiner with its layout: 至, 到, a dash (— – - ～ ~, doubled as
/// ——).
pub(super) fn joiner(input: &str) -> IResult<&str, &str> {
    let mut end = leading(input, 4, is_hspace);
    let rest = &input[end..];
    let word = rest.chars().next().filter(|c| matches!(c, '至' | '到')).map_or(0, char::len_utf8);
    let mark = if word > 0 { word } else { leading(rest, 2, is_dash) };
    if mark == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(rest, nom::error::ErrorKind::TakeWhileMN)));
    }
    end += mark;
    end += leading(&input[end..], 4, is_hspace);
    Ok((&input[end..], &input[..end]))
}

/// The longest word of `words` that starts `s`.
pub(super) fn word(s: &str, words: &[&'static str]) -> Option<&'static str> {
    words.iter().copied().filter(|w| s.starts_with(w)).max_by_key(|w| w.len())
}

/// Bytes a nom parser consumes at the start of `s`, when it matches.
pub(super) fn consumed<'a, O>(
    s: &'a str,
    mut p: impl Parser<&'a str, Output = O, Error = nom::error::Error<&'a str>>,
) -> Option<usize> {
    p.parse(s).ok().map(|(rest, _)| s.len() - rest.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of up to four characters from `alphabet`.
    fn strings(alphabet: &[char]) -> Vec<String> {
        let mut all = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..4 {
            last = last.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
            all.extend(last.iter().cloned());
        }
        all
    }

    #[test]
    fn hand_read_runs_match_their_nom_forms() {
        let ok = |r: IResult<&str, &str>| r.ok().map(|(rest, m)| (rest.len(), m.len()));
        let long = [
            " ".repeat(5) + "至",
            " ".repeat(4) + "\n" + &" ".repeat(20),
            "\n".to_string() + &"\u{3000}".repeat(17),
            "———".into(),
            "至    2".into(),
            "— ".repeat(3),
        ];
        for s in strings(&[' ', '\u{3000}', '\n', '\r', '至', '—', '-', '2', '年']).into_iter().chain(long) {
            let nom_gap = recognize((
                take_while_m_n(0, 4, is_hspace),
                opt((alt((tag("\r\n"), tag("\n"), tag("\r"))), take_while_m_n(0, 16, is_hspace))),
            ))
            .parse(s.as_str());
            assert_eq!(ok(gap(&s)), ok(nom_gap), "{s:?}");
            let nom_joiner = recognize((
                take_while_m_n(0, 4, is_hspace),
                alt((tag("至"), tag("到"), recognize(take_while_m_n(1, 2, is_dash)))),
                take_while_m_n(0, 4, is_hspace),
            ))
            .parse(s.as_str());
            assert_eq!(ok(joiner(&s)), ok(nom_joiner), "{s:?}");
        }
        for s in strings(&['2', '二', '〇', 'O', '十', '两', '年', ' ']) {
            let nom_run = |f: fn(char) -> bool, g: fn(char) -> bool| {
                recognize((satisfy(f), nom::multi::many0_count(satisfy(g)))).parse(s.as_str())
            };
            let year_more = |c| is_year_char(c) || matches!(c, 'O' | 'Ｏ');
            assert_eq!(ok(year_run(&s)), ok(nom_run(is_year_char, year_more)), "{s:?}");
            assert_eq!(ok(md_run(&s)), ok(nom_run(is_md_char, is_md_char)), "{s:?}");
            assert_eq!(ok(duration_run(&s)), ok(nom_run(is_duration_char, is_duration_char)), "{s:?}");
        }
    }

    #[test]
    fn runs() {
        assert_eq!(consumed("二〇二三年", year_run), Some("二〇二三".len()));
        assert_eq!(consumed("二O二三年", year_run), Some("二O二三".len()));
        assert_eq!(consumed("十八年", year_run), None);
        assert_eq!(consumed("十八日", md_run), Some("十八".len()));
        assert_eq!(consumed("两年", md_run), None);
        assert_eq!(consumed("两年", duration_run), Some("两".len()));
    }

    #[test]
    fn gaps_and_times() {
        assert_eq!(consumed(" \n年底", gap), Some(2));
        assert_eq!(consumed("\n\n年底", gap), Some(1));
        assert_eq!(consumed("10:05:30", time_of_day), Some(8));
        assert_eq!(consumed("10时05分", time_of_day), Some("10时05分".len()));
        assert_eq!(consumed("9点30分", time_of_day), Some("9点30分".len()));
        assert_eq!(consumed("（星期一）", weekday), Some("（星期一）".len()));
        assert_eq!(consumed("( 周日 )", weekday), Some("( 周日 )".len()));
        assert_eq!(consumed("周末", weekday), None);
        assert_eq!(consumed("（星期一", weekday), None);
    }

    #[test]
    fn labels() {
        for l in ["（一）", "(1)", "一、", "1. ", "1．", "①", "一是", "十二、"] {
            assert_eq!(consumed(l, enumeration_label), Some(l.len()), "{l}");
        }
        assert_eq!(consumed("2023.4", enumeration_label), None);
        assert_eq!(consumed("十二月", enumeration_label), None);
        assert_eq!(consumed("第10期(总第 538 期)", issue_label), Some("第10期(总第 538 期)".len()));
        assert_eq!(consumed("第十期", issue_label), Some("第十期".len()));
        assert_eq!(consumed("第10号", issue_label), None);
        assert_eq!(consumed("（含）", inclusive_mark), Some("（含）".len()));
        assert_eq!(consumed(" (含当日)起", inclusive_mark), Some(" (含当日)".len()));
        assert_eq!(consumed("(不含)", inclusive_mark), None);
        assert_eq!(consumed("发布日期：2023", field_key), Some("发布日期：".len()));
        assert_eq!(consumed("时间: 2023", field_key), Some("时间: ".len()));
        assert_eq!(consumed("有效期：", field_key), None);
        assert_eq!(consumed("25:00", time_of_day), None);
        assert_eq!(consumed("10:75", time_of_day), None);
        assert_eq!(consumed(" —— ", joiner), Some(" —— ".len()));
        assert_eq!(consumed("至", joiner), Some(3));
    }
}
