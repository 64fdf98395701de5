//! Dates, deadlines and periods as official texts write them.
//!
//! | Written | Value (context year 2023) | Kind |
//! |---|---|---|
//! | 2023年4月18日, 2023 年 4 月 18 日, ２０２３年４月１８日, 2015年04月08日 | 2023-04-18 … | day |
//! | 二〇二三年四月十八日, 二○一二年, 二零二三年, 一九九八年 | 2023-04-18, 2012, 2023, 1998 | day, year |
//! | 2023-04-18, 2023.4.18, 2023/4/18 | 2023-04-18 | day |
//! | 20221123, 2022 11 23 | 2022-11-23 (whole phrases only) | day |
//! | 1999.08-2002.02, 2008.03-2009 | 1999-08 to 2002-02, 2008-03 to 2009 | period |
//! | 2015年4月8日 10:05:30, 2015年04月08日10:05 | 2015-04-08 (the time is dropped) | day |
//! | 5月20日, 4月, 2023年, 2023年4月, 2023年度, 5月1号 | 2023-05-20, 2023-04, 2023, 2023-04, 2023, 2023-05-01 | day, month, year |
//! | 2023, ２０２３, 二〇二三, 2023—2025 | 2023, 2023, 2023, 2023 to 2025 (whole phrases only) | year, period |
//! | 2023年5月1日(星期一), 2023年5月1日（周一）, 2016年12月15日(周四)下午3:00-4:00, 2023年5月1日上午, 2023年5月1日当天 | 2023-05-01, 2023-05-01, 2016-12-15, … | day |
//! | 于2023年6月, 在2023年6月, 拟定于2009年9月28日, （一）2023年6月, 1. 2023年6月, 一是2023年, 发布日期：2023-03-21 | 2023-06, 2023-06, 2009-09-28, 2023-06, 2023-06, 2023, 2023-03-21 | month, day, year |
//! | 2023年6月以后, 2019年之后, 3月31日后 | from 2023-06, from 2019, from 2023-03-31 | from |
//! | 2023年第10期(总第538期), 2023年第10期 | 2023 (the issue number is dropped) | year |
//! | 今年 本年 当年 / 明年 次年 翌年 来年 / 去年 上年 / 前年 / 后年 | 2023 / 2024 / 2022 / 2021 / 2025 | year |
//! | 15年3月2日, 九八年, 98年4月, 03年 | 2015-03-02, 1998, 1998-04, 2003 | day, year, month |
//! | 2023年底前, 2020年年底前, 年底前, 截至3月底, 3月底前, 3月31日前, 年内, 三季度末 | to 2023-12-31, 2020-12-31, 2023-12-31, 2023-03-31, 2023-03-31, 2023-03-31, 2023-12-31, 2023-09-30 | deadline |
//! | 2025年前, 6月前 | to 2024-12-31, 2023-05-31 (before it starts) | deadline |
//! | 2025年前（含）, 2023年12月31日前（含）, 截至2023年12月31日(含) | to 2025-12-31, 2023-12-31, 2023-12-31 | deadline |
//! | 到2025年, 到2025年底, 力争2025年, 有效期至2028年4月19日 | to 2025-12-31, …, 2028-04-19 | deadline |
//! | 上半年, 下半年, 一季度, 第三季度, 2023年Q1, 4月上旬 | 2023-01 to 2023-06, 2023-07 to 2023-12, 2023-01 to 2023-03, 2023-07 to 2023-09, 2023-01 to 2023-03, 2023-04-01 to 2023-04-10 | period |
//! | 首季度 (首季), 前三季度, 2022年前三季度, 前11个月, 上一年, 上一年度, 2022年全年 | 2023-01 to 2023-03, 2023-01 to 2023-09, 2022-01 to 2022-09, 2023-01 to 2023-11, 2022, 2022, 2022 | period, year |
//! | 上世纪80年代, 十九世纪七十年代, 上世纪50年代至90年代, 1990年代, 20世纪 | 1980 to 1989, 1870 to 1879, 1950 to 1999, 1990 to 1999, 1900 to 1999 | period |
//! | “十三五”期间, “十四五”时期, 十三五期间, “十三五”末 | 2016 to 2020, 2021 to 2025, 2016 to 2020, to 2020-12-31 | period, deadline |
//! | 2024—2026年, 2017年8月至11月, 4月18日至5月20日, 4月18—20日, 12月25日至1月5日 | 2024 to 2026, 2017-08 to 2017-11, …, 2023-12-25 to 2024-01-05 | period |
//! | 自2023年4月20日起实施，有效期至2028年4月19日; 自2023年4月20日起施行，有效期5年 | 2023-04-20 to 2028-04-19 | period |
//! | 自2023年4月20日起, 2019年1月1日起施行, 从2019年开始, 2019年以来, 2019年至今, 2023年上半年以来 | from 2023-04-20, …, from 2023-01 | from |
//! | 自印发之日起, 自发布之日起施行，有效期5年 | from the issue date (no value), with P5Y | from |
//! | 每年8月, 每年3月31日前, 每年三月底前, 每年年底前, 每月10日前 | --08, --03-31 (by), --03 (by), --12 (by), ---10 (by) | recurring |
//! | 每年6月1日至9月15日, 每年的十一月十六日至次年的四月五日, 每年六月至九月 | --06-01/--09-15, --11-16/--04-05, --06/--09 | recurring |
//! | 有效期5年, 有效期为五年, 有效期两年六个月 | P5Y, P5Y, P2Y6M | duration |
//!
//! [`parse`] reads one whole phrase, [`find_dates`] every expression in
//! running text, and [`validity`] the clause that says when a normative
//! document takes effect and expires.
//!
//! # Decisions
//!
//! - **Precision is kept.** 2017年8月 is a month, not its first day;
//!   periods keep each end at the precision written.
//! - **Deadlines are inclusive last days.** 3月31日前 and 截至3月31日 end on
//!   3-31; 2023年底前 and 到2025年 end on the last day of the year. A month
//!   or year followed by 前 is read strictly, as policy texts use it: 2025年
//!   前 is "before 2025 starts", so it ends 2024-12-31 (write 2025年底前 for
//!   the end of 2025), and 6月前 ends on 5-31. A mark of inclusion after 前
//!   (2025年前（含）, 6月前(含6月)) includes the year or month: it ends on
//!   its last day; after a day or 截至 the mark changes nothing.
//! - **A validity of N years** from a known day ends the day before the
//!   N-th anniversary (2023-04-20 + 5 years → 2028-04-19), following the
//!   reference issue; see [`Duration::last_from`].
//! - **Two-digit years** (15年, 九八年, 98年4月) are read near the context
//!   year: in the hundred years from 20 after it back to 79 before it, as
//!   a text plans ahead and looks back (98 in 1997 is 1998, 03 in 2023 is
//!   2003, 43 in 2023 is 2043 and 44 is 1944); without a context year in
//!   1950–2049. A decade without a century (80年代) has begun: it is in
//!   the hundred years that end with the context year (30年代 in 2023 is
//!   the 1930s). In running text a two-digit year counts only when a
//!   month follows it (15年3月), since 三五年 and 20年 are counts.
//! - **Without a context year**, phrases that need one (5月20日, 今年, 年底
//!   前, 上半年) are an error from [`parse`] (a [`DateFault`]) and are left
//!   out by [`find_dates`]; nothing is guessed from the clock.
//! - **Impossible dates are errors**, never the next valid day: 2023年2月30日
//!   and 2023年13月1日 fail with the span of the 30 or the 13. Years are 1 to
//!   9999 (written with four digits in ISO form); 99999年 is a
//!   [`DateFault::YearOutOfRange`] error.
//! - **Dates of digits only** other than 2023-04-18 are read as whole
//!   phrases (20221123, 2022 11 23); running text leaves them alone, since
//!   eight digits are as often a code or an amount. A year and month with a
//!   dot is read only as an end of a range (1999.08-2002.02, 2008.03-2009),
//!   in both: 2023.4 alone is as often a section number.
//! - **Decades and centuries** are read in whole phrases only (in running
//!   text 上世纪50年代 is history told, and 50年代 a count). A century is
//!   the hundred years from a year ending in 00: 20世纪 is 1900–1999, as
//!   二十世纪八十年代 counts its decades, and 上世纪 is the century before
//!   the context year's (1900–1999 in 2000–2099; 本世纪 is 2000–2099). A
//!   decade without a century is 1990年代 as written, or 80年代 read like
//!   a two-digit year (1980–1989 in 2023). The right end of 上世纪50年代至
//!   90年代 takes the century of the left.
//! - **Five-year plans** (“十三五”期间, “十四五”时期, 十三五期间) need
//!   期间 / 时期 / 规划期 / 末 after them, or in a whole phrase quotes
//!   (十五 alone is a number, and “十四五”规划 in running text names the
//!   plan, not its years). They are read as the plans' public years: the
//!   first 1953–1957, the second 1958–1962, the third from 1966, and the
//!   N-th from then on 1966 + 5(N − 3) to 1970 + 5(N − 3) (十三五 2016–2020,
//!   十四五 2021–2025). …末 is the plan's last day as a deadline.
//! - **前三季度, 前11个月, 上一年** are read in whole phrases (the first
//!   quarters or months of the year, as months); in running text 前 after
//!   a year stays a deadline word or is left, and 上一年度营业额 names a year
//!   relative to a fact, not to the text.
//! - **What follows a day without changing it** is read and dropped, in
//!   this order: a day of the week, bare or in brackets (2023年5月1日(星期一),
//!   （周四）, 礼拜天), a part of the day (上午, 下午, 晚), a time of day
//!   (10:05, 10:05:30, 10时05分, 9点, 下午3:00-4:00). The span of a
//!   [`DateMatch`] includes them, so that their digits are not left over
//!   as stray numbers. The weekday is not checked against the date: the
//!   date written wins (notices do get the weekday wrong, and the date is
//!   what is cited). A weekday alone (星期一) is refused as
//!   [`DateFault::NotADate`]: it names no week, and a recurring weekday has
//!   no place in a policy's dates.
//! - **A bare year** (2023, ２０２３, 二〇二三; four digits or four Chinese
//!   digits, 2023—2025 as a range) is a year only as a whole phrase. In
//!   running text four digits alone stay a number (2023 alone on a line of
//!   a gazette head is its issue year, but 共2023人 is a count).
//! - **Words around a date** have one home each, the lists of the grammar's
//!   `words` module. Before a date: 自 / 从 open it, 截至 / 截止到 / 到 /
//!   力争 make it a deadline; in a whole phrase an enumeration label
//!   (（一）, (1), 一、, 1., ①, 一是), a field name (发布日期：, 时间:; 截止
//!   日期：/ 截止时间： make a day or month a deadline) and a
//!   word that changes nothing (于, 在, 定于, 拟定于, 请于, 将于) are
//!   skipped. After a date: 起, 开始, 以来 and 以后, 之后, 后 open it from
//!   the date written, included (2023年6月以后 is from 2023-06, as 起; in a
//!   whole phrase 以来 / 起 after a period open it from its start:
//!   2023年上半年以来 is from 2023-01);
//!   以前, 之前, 前 close it (see the deadlines above); 止, 为止 end it;
//!   当天, 当日, 前后, 左右 and the verbs (出版, 施行) change nothing; a
//!   sentence end or comma at the end of a whole phrase is dropped. 后
//!   followed by 续, 期, 面, 来… (后续, 后期) and 前 followed by 后, 期,
//!   景… are other words, no suffix.
//! - **An issue number** after a year (2023年第10期, 2023年第10期(总第538期))
//!   is dropped in a whole phrase: the date part is the year. Running text
//!   reads the year and leaves the number.
//! - **上世纪 follows the context year**, literally: with the context year
//!   1997, 上世纪50年代至90年代 is 1850–1899, the decades of the century
//!   before 1901–2000. Texts of the 1990s wrote 本世纪 for their own
//!   century and 上世纪 for the 1800s (上世纪末 for the 1890s), so the
//!   literal reading is the one those texts mean; the phrase reads
//!   1950–1999 from 2000 to 2099.
//! - **Layout** between the parts of a date is a few spaces (ASCII or
//!   ideographic) and at most one line break, as raw PDF extraction
//!   writes them (2022 年 6 月 27 日, 2022年 6月27日, 二〇二二年六月 二十七日,
//!   截至 2022⏎年底), in whole phrases and running text alike; a blank line
//!   ends a date. [`is_date_line`] accepts such a day alone on a line.
//! - **Year digits** are Arabic of either width, 一…九 and any of the zeros
//!   writers use: 〇, ○, 零, and after the first digit the letters O and Ｏ
//!   (二○二三年, 二Ｏ二三年). 号 stands for 日 (5月1号).
//! - **Refused on purpose**: 年初 / 年中 (no agreed extent: a researcher
//!   would need to choose one, so they stay unread), a weekday alone, a
//!   bare four-digit number in running text, 2023.4 alone (a section
//!   number as often), and a two-digit year in running text without a
//!   month after it (三五年, 20年 are counts).
//!
//! ```
//! use gongbao::date::{parse, DateParser, DateValue, Point, Start};
//! use chrono::NaiveDate;
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! assert_eq!(parse("二〇二三年四月十八日").unwrap(), DateValue::Day(d(2023, 4, 18)));
//! assert_eq!(DateParser::new().context_year(2023).parse("5月20日出版").unwrap(), DateValue::Day(d(2023, 5, 20)));
//! assert_eq!(parse("2023年底前").unwrap(), DateValue::Deadline(d(2023, 12, 31)));
//! assert_eq!(
//!     parse("自2023年4月20日起实施，有效期至2028年4月19日").unwrap(),
//!     DateValue::Period { from: Start::Date(Point::Day(d(2023, 4, 20))), to: Point::Day(d(2028, 4, 19)) }
//! );
//! let err = parse("2023年2月30日").unwrap_err();
//! assert_eq!(&"2023年2月30日"[err.span().start..err.span().end], "30");
//! let text = "(2023年4月18日)\n于3月31日前向社会公开";
//! let found: Vec<&str> = DateParser::new().context_year(2023).find_dates(text).iter().map(|m| &text[m.span.start..m.span.end]).collect();
//! assert_eq!(found, ["2023年4月18日", "3月31日前"]);
//! ```

mod fault;
mod grammar;
mod lex;
mod value;

use chrono::NaiveDate;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use value::{DateKind, DateValue, Duration, MAX_YEAR, MIN_YEAR, Point, Precision, Recurring, Start};

pub use fault::DateFault;

use crate::error::Error;
use crate::text::{Span, is_close_paren, is_comma, is_open_paren, is_sentence_end, is_space};
pub(crate) use grammar::DATE_STOPS;
use grammar::{
    DATE_MARKS, DATE_STARTS, Grammar, Miss, Mode, NEUTRAL_PREFIX, NEUTRAL_SUFFIX, may_start_at, may_state_validity,
};

/// Parses one whole date phrase.
///
/// Surrounding spaces and one pair of round brackets are allowed
/// ((2023年4月18日) as a 成文日期 line), and so are verbs after the date
/// that do not change its meaning (5月20日出版, 2019年1月1日起施行 —
/// there the 起 makes it an open start). Words that do change it belong to
/// the grammar: 前, 底, 末, 内, 起, 止, 至今, and the prefixes 自, 从, 截至,
/// 到, 力争, 每年, 有效期. See the [module docs](self) for every form.
///
/// Without a context year: phrases that need one (5月20日, 今年) are an
/// error; [`DateParser::context_year`] sets it.
///
/// # Errors
///
/// A [`DateFault`] for a phrase that is no date, an impossible date
/// (2023年2月30日, 2023年13月1日, 2月29日 in 2023) with the span of the
/// faulty numeral, a period that ends before it starts, a phrase that
/// needs a context year when none is given, a year beyond 9999
/// ([`DateFault::is_overflow`]) or blank input.
///
/// ```
/// use gongbao::date::{parse, DateParser, DateValue, Point, Start, Duration, Recurring};
/// use gongbao::error::Fault;
/// use gongbao::date::DateFault;
/// use chrono::NaiveDate;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(parse(" 2023 年 4 月 18 日 ").unwrap(), DateValue::Day(d(2023, 4, 18)));
/// assert_eq!(parse("２０２３年４月１８日").unwrap(), DateValue::Day(d(2023, 4, 18)));
/// assert_eq!(parse("2015年4月8日 10:05:30").unwrap(), DateValue::Day(d(2015, 4, 8)));
/// assert_eq!(parse("二○一二年").unwrap(), DateValue::Year(2012));
/// assert_eq!(DateParser::new().context_year(2023).parse("3月31日前").unwrap(), DateValue::Deadline(d(2023, 3, 31)));
/// assert_eq!(parse("2025年前").unwrap(), DateValue::Deadline(d(2024, 12, 31)));
/// assert_eq!(parse("到2025年").unwrap(), DateValue::Deadline(d(2025, 12, 31)));
/// assert_eq!(
///     parse("2017年8月至11月").unwrap(),
///     DateValue::Period {
///         from: Start::Date(Point::Month { year: 2017, month: 8 }),
///         to: Point::Month { year: 2017, month: 11 },
///     }
/// );
/// assert_eq!(
///     DateParser::new().context_year(2023).parse("12月25日至1月5日").unwrap(),
///     DateValue::Period { from: Start::Date(Point::Day(d(2023, 12, 25))), to: Point::Day(d(2024, 1, 5)) }
/// );
/// assert_eq!(parse("自印发之日起").unwrap(), DateValue::From { from: Start::Issue, duration: None });
/// assert_eq!(parse("有效期为五年").unwrap(), DateValue::Duration(Duration { years: 5, months: 0, days: 0 }));
/// assert_eq!(parse("每年8月").unwrap(), DateValue::Recurring(Recurring { month: Some(8), day: None, by: false }));
/// assert_eq!(DateParser::new().context_year(2023).parse("明年").unwrap(), DateValue::Year(2024));
/// assert_eq!(parse("今年").unwrap_err().fault(), &Fault::Date(DateFault::RelativeYearNeedsContext));
/// assert_eq!(parse("99999年").unwrap_err().fault(), &Fault::Date(DateFault::YearOutOfRange { year: 99999 }));
/// assert_eq!(parse("2023年4月31日").unwrap_err().span().start, "2023年4月".len());
/// ```
pub fn parse(s: &str) -> Result<DateValue, Error> {
    DateParser::new().parse(s)
}

/// [`parse`] with the options of `parser`.
fn parse_with(parser: &DateParser, s: &str) -> Result<DateValue, Error> {
    let context_year = parser.context_year;
    let (mut a, mut b) = trimmed(s, 0, s.len());
    if a == b {
        return Err(Error::at(Span::new(0, s.len()), DateFault::Empty));
    }
    // One pair of round brackets around the whole: (2023年4月18日); not
    // the label and the weekday of （一）2023年5月1日(星期一).
    let first = s[a..b].chars().next();
    let last = s[a..b].chars().next_back();
    if let (Some(o), Some(c)) = (first, last)
        && is_open_paren(o)
        && is_close_paren(c)
        && b - a > o.len_utf8() + c.len_utf8()
        && !s[a + o.len_utf8()..b - c.len_utf8()].contains(|ch| is_open_paren(ch) || is_close_paren(ch))
    {
        (a, b) = trimmed(s, a + o.len_utf8(), b - c.len_utf8());
    }
    // What a whole phrase may carry before the date and skip: a field name
    // (发布日期：) or a label (（一）, 1., 一是), then a word that changes
    // nothing (于, 在).
    let mut by_key = false;
    if let Some(n) = lex::consumed(&s[a..b], lex::field_key).filter(|&n| a + n < b) {
        // 截止日期：2023年6月30日 names a deadline.
        by_key = s[a..].starts_with("截止") || s[a..].starts_with("截至");
        a += n;
    }
    if let Some(n) = lex::consumed(&s[a..b], lex::enumeration_label).filter(|&n| a + n < b) {
        a += n;
    }
    if let Some(w) = NEUTRAL_PREFIX.iter().filter(|w| s[a..b].starts_with(*w)).max_by_key(|w| w.len()) {
        a = trimmed(s, a + w.len(), b).0;
    }
    // A sentence end or comma after the phrase, as it was cut from the text.
    if let Some(c) = s[a..b].chars().next_back().filter(|&c| is_sentence_end(c) || is_comma(c)) {
        b = trimmed(s, a, b - c.len_utf8()).1;
    }
    let body = &s[..b];
    let grammar = Grammar::new(body, context_year, Mode::Whole);
    let found = match grammar.expression(a) {
        Ok(f) => f,
        Err(Miss::Bad(e)) => return Err(e),
        Err(Miss::NoDate) => {
            let n = body[a..].chars().next().map_or(0, char::len_utf8);
            return Err(Error::at(Span::new(a, a + n), DateFault::NotADate));
        }
    };
    // Words that leave the meaning alone (出版, 印发, 起施行, 当天), and the
    // issue number after a year (2023年第10期(总第538期)).
    let mut at = found.span.end;
    loop {
        let (g, _) = trimmed(body, at, b);
        if let Some(w) = NEUTRAL_SUFFIX.iter().filter(|w| body[g..].starts_with(*w)).max_by_key(|w| w.len()) {
            at = g + w.len();
        } else if let Some(n) = lex::consumed(&body[g..], lex::inclusive_mark) {
            at = g + n; // 截至2023年12月31日（含）
        } else if let (DateValue::Year(_), Some(n)) = (found.value, lex::consumed(&body[g..], lex::issue_label)) {
            at = g + n;
        } else {
            at = g;
            break;
        }
    }
    if at < b {
        let n = body[at..].chars().next().map_or(0, char::len_utf8);
        return Err(Error::at(Span::new(at, at + n), DateFault::TrailingText));
    }
    match found.value.point().and_then(|p| p.last_day()) {
        Some(d) if by_key => Ok(DateValue::Deadline(d)),
        _ => Ok(found.value),
    }
}

/// Whether `line` is one whole date of a day and nothing else, optionally
/// in round brackets: a 成文日期 line, which in the layout starts
/// something new rather than continuing the paragraph above. The date must
/// be real and written to the day with 日 (no time, no verb after it).
///
/// ```
/// use gongbao::date::is_date_line;
/// assert!(is_date_line("(2023年4月18日)"));
/// assert!(is_date_line("2019年1月24日"));
/// assert!(is_date_line("（二〇一八年十二月三十日）"));
/// assert!(is_date_line(" 2018 年 12 月 18 日 "));
/// assert!(!is_date_line("2023年2月30日"));
/// assert!(!is_date_line("2023年4月18日起施行"));
/// assert!(!is_date_line("2023年4月"));
/// assert!(!is_date_line("于2023年4月18日印发"));
/// ```
pub fn is_date_line(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    let t = t.strip_prefix(is_open_paren).unwrap_or(t);
    let t = t.strip_suffix(is_close_paren).unwrap_or(t).trim_matches(is_space);
    t.ends_with('日') && matches!(parse(t), Ok(DateValue::Day(_)))
}

/// `start..end` of `s` without layout spaces at either end.
fn trimmed(s: &str, start: usize, end: usize) -> (usize, usize) {
    let part = &s[start..end];
    let a = start + (part.len() - part.trim_start_matches(is_space).len());
    let b = start + part.trim_end_matches(is_space).len();
    (a, b.max(a))
}

/// A date expression found in running text.
///
/// Serializes as `{"kind", "value", "validity", "span"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMatch {
    /// The expression, from its first word (自, 截至, 每年, 有效期) to its
    /// last (起, 前, 底, 止), including a time of day after a day. Verbs
    /// that change nothing (出版, 施行) and brackets around the date are
    /// outside it.
    pub span: Span,
    /// What it states.
    pub value: DateValue,
    /// Whether it says when a normative document takes effect or expires:
    /// 自…起施行, …起实施，有效期至…, 有效期5年, 2022年7月1日 施行.
    pub validity: bool,
}

impl DateMatch {
    /// The kind of the value.
    ///
    /// ```
    /// let m = gongbao::date::find_dates("每年8月集中组织")[0];
    /// assert_eq!(m.kind().as_str(), "recurring");
    /// ```
    pub fn kind(&self) -> DateKind {
        self.value.kind()
    }
}

impl Serialize for DateMatch {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("DateMatch", 4)?;
        st.serialize_field("kind", &self.kind())?;
        st.serialize_field("value", &self.value)?;
        st.serialize_field("validity", &self.validity)?;
        st.serialize_field("span", &self.span)?;
        st.end()
    }
}

impl<'de> Deserialize<'de> for DateMatch {
    /// Reads what `Serialize` writes; `kind` follows from the value.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Raw {
            value: DateValue,
            validity: bool,
            span: Span,
        }
        let Raw { value, validity, span } = Raw::deserialize(d)?;
        Ok(DateMatch { span, value, validity })
    }
}

/// Finds every date expression in running text, in order, without
/// overlaps.
///
/// Stricter than [`parse`] about what counts, so that counts and words
/// that contain date characters are left alone: a year has four digits
/// (two only before a month: 15年3月), so 3年以上, 未来三年 and 50年代 are no
/// dates; 2 月龄, 上一月, 次月 and 前三季度 are not months or quarters;
/// 2023.4.18 needs all three parts and nothing touching them. Expressions
/// that need a context year are left out without one, and so are
/// impossible dates. An open start and the validity clause after it in
/// the same sentence (自2023年4月20日起实施，有效期至2028年4月19日) are one
/// period.
///
/// The scan is linear: it tries an expression only where a numeral or a
/// date word starts, and after a failure skips the whole numeral run.
///
/// ```
/// use gongbao::date::{DateParser, DateKind};
/// let text = "本政策措施自2023年4月20日起实施,有效期至2028年4月19日。未来三年,2024 年底前完成70%。";
/// let found = DateParser::new().context_year(2023).find_dates(text);
/// let kinds: Vec<_> = found.iter().map(|m| (&text[m.span.start..m.span.end], m.kind())).collect();
/// assert_eq!(kinds, [
///     ("自2023年4月20日起实施,有效期至2028年4月19日", DateKind::Period),
///     ("2024 年底前", DateKind::Deadline),
/// ]);
/// assert!(found[0].validity);
/// ```
pub fn find_dates(text: &str) -> Vec<DateMatch> {
    DateParser::new().find_dates(text)
}

/// [`find_dates`] with the options of `parser`, trying only the offsets of
/// `stops`: character boundaries of `text` in order, among them every
/// member of [`DATE_STOPS`] (others are passed over).
fn find_with(parser: &DateParser, text: &str, stops: &[usize]) -> Vec<DateMatch> {
    let context_year = parser.context_year;
    let mut out = Vec::new();
    let char_at = |i: usize| text[i..].chars().next().unwrap_or_default();
    // A date reads one of DATE_MARKS: none starts after the last of them
    // (and a text without one holds none).
    let Some(&last_mark) = stops.iter().rfind(|&&i| DATE_MARKS.contains(char_at(i))) else { return out };
    let grammar = Grammar::new(text, context_year, Mode::Running);
    // No date starts before the end of the last one or a skipped run.
    let mut from = 0;
    for &i in stops.iter().take_while(|&&i| i <= last_mark) {
        let c = char_at(i);
        if i < from || !DATE_STARTS.contains(c) {
            continue;
        }
        if !may_start_at(&text[i..]) {
            from = i + c.len_utf8();
            continue;
        }
        if let Ok(f) = grammar.expression(i)
            && f.span.end > i
            && f.span.start == i
        {
            debug_assert!(DATE_MARKS.find(&text[..f.span.end], i).is_some(), "a date without a mark: {text}");
            out.push(DateMatch { span: f.span, value: f.value, validity: f.validity });
            from = f.span.end;
            continue;
        }
        // Skip the whole numeral run, so that a long run is not read again
        // from each of its characters.
        let run = lex::consumed(&text[i..], lex::md_run).unwrap_or(0);
        from = i + run.max(c.len_utf8());
    }
    out
}

/// When a normative document takes effect and expires, from its validity
/// clause.
///
/// `from` and `to` are days: a month or year at either end is widened to
/// its first or last day. A start on the issue date (自印发之日起) leaves
/// `from` empty and sets `from_issue`; [`Validity::with_issue_date`] fills
/// it in from the 成文日期.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validity {
    /// The first day in force.
    pub from: Option<NaiveDate>,
    /// The last day in force (有效期至…, or the end of 有效期N年).
    pub to: Option<NaiveDate>,
    /// The start is the issue date, which the clause does not state.
    pub from_issue: bool,
    /// The length of validity, when the clause gives one.
    pub duration: Option<Duration>,
    /// The clause.
    pub span: Span,
}

impl Validity {
    /// The validity a date match states, if it is a validity clause.
    pub fn from_match(m: &DateMatch) -> Option<Validity> {
        if !m.validity {
            return None;
        }
        let mut v = Validity { from: None, to: None, from_issue: false, duration: None, span: m.span };
        let mut set_from = |from: Start| match from {
            Start::Date(p) => v.from = p.first_day(),
            Start::Issue => v.from_issue = true,
        };
        match m.value {
            DateValue::Period { from, to } => {
                set_from(from);
                v.to = to.last_day();
            }
            DateValue::From { from, duration } => {
                set_from(from);
                v.duration = duration;
            }
            DateValue::Deadline(d) => v.to = Some(d),
            DateValue::Duration(d) => v.duration = Some(d),
            _ => return None,
        }
        Some(v)
    }

    /// The validity with an issue-date start resolved: `from` becomes
    /// `issued`, and `to` follows from the duration when the clause gave
    /// one (自印发之日起施行，有效期5年).
    ///
    /// ```
    /// use gongbao::date::validity;
    /// use chrono::NaiveDate;
    /// let v = validity("本方案自印发之日起施行，有效期5年。").unwrap();
    /// assert!(v.from_issue && v.from.is_none());
    /// let v = v.with_issue_date(NaiveDate::from_ymd_opt(2023, 4, 18).unwrap());
    /// assert_eq!(v.to, NaiveDate::from_ymd_opt(2028, 4, 17));
    /// ```
    pub fn with_issue_date(mut self, issued: NaiveDate) -> Validity {
        if !self.from_issue {
            return self;
        }
        self.from = Some(issued);
        if self.to.is_none()
            && let Some(Point::Day(d)) = self.duration.and_then(|d| d.last_from(Point::Day(issued)))
        {
            self.to = Some(d);
        }
        self
    }
}

/// Finds the first validity clause of a normative document: 本政策措施自
/// 2023年4月20日起实施，有效期至2028年4月19日; 本方案自…起施行，有效期5年;
/// 有效期至…; 本条例自2019年1月1日起施行 (a start with no end).
///
/// ```
/// use gongbao::date::validity;
/// use chrono::NaiveDate;
/// let v = validity("本政策措施自2023年4月20日起实施,有效期至2028年4月19日。").unwrap();
/// assert_eq!(v.from, NaiveDate::from_ymd_opt(2023, 4, 20));
/// assert_eq!(v.to, NaiveDate::from_ymd_opt(2028, 4, 19));
/// let v = validity("本方案自2023年4月20日起施行，有效期5年。").unwrap();
/// assert_eq!(v.to, NaiveDate::from_ymd_opt(2028, 4, 19));
/// assert!(validity("从2019年起，职业院校…").is_none());
/// ```
pub fn validity(text: &str) -> Option<Validity> {
    DateParser::new().validity(text)
}

/// A date parser with options, as a value: today the context year, the
/// year the text was written in (a gazette issue's year). It completes
/// 5月20日, 年底前, 上半年 and the relative years (今年, 明年), and sets the
/// window of two-digit years. The free functions [`parse`], [`find_dates`]
/// and [`validity`] are this parser without a context year.
///
/// ```
/// use gongbao::date::{DateParser, DateValue};
/// use chrono::NaiveDate;
/// let parser = DateParser::new().context_year(2023);
/// assert_eq!(parser.parse("5月20日出版").unwrap(), DateValue::Day(NaiveDate::from_ymd_opt(2023, 5, 20).unwrap()));
/// assert_eq!(parser.parse("明年").unwrap(), DateValue::Year(2024));
/// assert_eq!(parser.find_dates("于3月31日前完成").len(), 1);
/// assert!(gongbao::date::parse("5月20日").is_err());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateParser {
    context_year: Option<i32>,
}

impl DateParser {
    /// A parser without a context year.
    pub const fn new() -> Self {
        DateParser { context_year: None }
    }

    /// Sets the context year; `None` unsets it, so a caller that may or may
    /// not know the year passes its `Option` as it is.
    ///
    /// ```
    /// use gongbao::date::{DateParser, DateValue};
    /// assert_eq!(DateParser::new().context_year(2023).parse("今年").unwrap(), DateValue::Year(2023));
    /// assert!(DateParser::new().context_year(None).parse("今年").is_err());
    /// ```
    pub fn context_year(mut self, year: impl Into<Option<i32>>) -> Self {
        self.context_year = year.into();
        self
    }

    /// [`parse`](fn@parse) with this parser's context year.
    ///
    /// ```
    /// use gongbao::date::{DateParser, DateValue};
    /// use chrono::NaiveDate;
    /// let parser = DateParser::new().context_year(2023);
    /// assert_eq!(parser.parse("3月31日前").unwrap(), DateValue::Deadline(NaiveDate::from_ymd_opt(2023, 3, 31).unwrap()));
    /// ```
    pub fn parse(&self, s: &str) -> Result<DateValue, Error> {
        parse_with(self, s)
    }

    /// [`find_dates`](fn@find_dates) with this parser's context year.
    ///
    /// ```
    /// use gongbao::date::DateParser;
    /// let text = "(2023年4月18日)\n于3月31日前向社会公开";
    /// let found = DateParser::new().context_year(2023).find_dates(text);
    /// let written: Vec<&str> = found.iter().map(|m| &text[m.span.start..m.span.end]).collect();
    /// assert_eq!(written, ["2023年4月18日", "3月31日前"]);
    /// ```
    pub fn find_dates(&self, text: &str) -> Vec<DateMatch> {
        find_with(self, text, &DATE_STOPS.positions(text))
    }

    /// [`find_dates`](Self::find_dates), trying only the offsets of
    /// `stops`: character boundaries of `text` in order, among them every
    /// member of [`DATE_STOPS`]. Finders that read one text share one scan.
    pub(crate) fn find_dates_at(&self, text: &str, stops: &[usize]) -> Vec<DateMatch> {
        find_with(self, text, stops)
    }

    /// [`validity`](fn@validity) with this parser's context year.
    ///
    /// ```
    /// use gongbao::date::DateParser;
    /// use chrono::NaiveDate;
    /// let v = DateParser::new().context_year(2023).validity("自5月1日起施行，有效期2年。").unwrap();
    /// assert_eq!((v.from, v.to), (NaiveDate::from_ymd_opt(2023, 5, 1), NaiveDate::from_ymd_opt(2025, 4, 30)));
    /// ```
    pub fn validity(&self, text: &str) -> Option<Validity> {
        if !may_state_validity(text) {
            return None;
        }
        self.find_dates(text).iter().find_map(Validity::from_match)
    }
}
