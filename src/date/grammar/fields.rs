//! The field level of the date grammar: the numerals, years, quarters,
//! halves and 上中下旬 one date phrase writes ([`Fields`]), and their
//! resolution against the context year and the calendar into an [`Item`],
//! a range of two phrases included.

use chrono::{Datelike, NaiveDate};

use super::words::{DAY_PARTS, RELATIVE};
use super::{Grammar, Miss, Mode, R, date_err, rekind};
use crate::date::DateFault;
use crate::date::lex::{consumed, joiner, md_run, time_of_day, weekday, word, year_run};
use crate::date::value::{DateValue, MAX_YEAR, MIN_YEAR, Point, Start, last_of_month};
use crate::numeral;
use crate::text::{Span, fold_char, is_comma, is_digit};

/// How far after the context year a two-digit year may fall: a text
/// plans ahead (98年 in a 1997 plan is 1998, 25年 in 2023 is 2025) and
/// looks back further (44年 in 2023 is 1944). 20 ahead and 79 back, the
/// window most software uses for two-digit years.
pub(super) const YEARS_AHEAD: i64 = 20;

/// One numeral of a date, with its span.
#[derive(Debug, Clone, Copy)]
pub(super) struct Num {
    pub(super) value: u32,
    pub(super) span: Span,
    pub(super) chars: usize,
}

#[derive(Debug, Clone, Copy)]
pub(super) enum YearTok {
    /// Written digit by digit: 2023, 二〇二三, 15, 九八.
    Digits { value: u64, span: Span, chars: usize },
    /// 今年, 明年…
    Relative { offset: i32, span: Span },
    /// A bare 年 in 年底前, 年内: the context year.
    Context { span: Span },
}

impl YearTok {
    fn span(&self) -> Span {
        match *self {
            YearTok::Digits { span, .. } | YearTok::Relative { span, .. } | YearTok::Context { span } => span,
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Sub {
    /// 上半年 (1), 下半年 (2).
    Half(u32),
    /// 一季度 … 四季度.
    Quarter(u32),
    /// 上旬 (1), 中旬 (2), 下旬 (3).
    Xun(u32),
    /// 前三季度, 前9个月: the first n months.
    FirstMonths(u32),
}

/// What one date phrase writes, unresolved.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Fields {
    start: usize,
    pub(super) end: usize,
    pub(super) year: Option<YearTok>,
    pub(super) month: Option<Num>,
    day: Option<Num>,
    sub: Option<(Sub, Span)>,
    /// 底 or 末 after the last unit: the end of it.
    end_mark: bool,
    /// 内 after a year: within it.
    within: bool,
    /// A numeral with no unit yet, before a range joiner: the 2024 of
    /// 2024—2026年, the 18 of 4月18—20日.
    pub(super) bare: Option<Num>,
    /// Written 1999.08 (a year and month with a dot): in running text only
    /// an end of a range.
    pub(super) dotted: bool,
}

impl Fields {
    pub(super) fn is_empty(&self) -> bool {
        self.year.is_none() && self.month.is_none() && self.day.is_none() && self.sub.is_none() && self.bare.is_none()
    }

    pub(super) fn is_plain(&self) -> bool {
        self.sub.is_none() && !self.end_mark && !self.within
    }

    /// The largest unit written: 0 year, 1 month, 2 day.
    fn top_unit(&self) -> Option<u8> {
        if self.year.is_some() {
            Some(0)
        } else if self.month.is_some() {
            Some(1)
        } else if self.day.is_some() {
            Some(2)
        } else {
            None
        }
    }

    fn first_span(&self) -> Span {
        self.year
            .map(|y| y.span())
            .or(self.month.map(|m| m.span))
            .or(self.sub.map(|s| s.1))
            .or(self.day.map(|d| d.span))
            .unwrap_or(Span::new(self.start, self.end))
    }
}

/// A date phrase resolved against the calendar.
#[derive(Debug, Clone, Copy)]
pub(super) enum Item {
    Point(Point),
    Period(Point, Point),
    /// The end of something (2023年底, 三季度末, 年内): its last day.
    Deadline(NaiveDate),
    /// X至今: from X to now.
    Since(Point),
}

impl Item {
    /// The last day the item covers.
    pub(super) fn last_day(&self) -> Option<NaiveDate> {
        match *self {
            Item::Point(p) | Item::Period(_, p) => p.last_day(),
            Item::Deadline(d) => Some(d),
            Item::Since(_) => None,
        }
    }

    pub(super) fn value(&self) -> DateValue {
        match *self {
            Item::Point(p) => p.into(),
            Item::Period(a, b) => DateValue::Period { from: Start::Date(a), to: b },
            Item::Deadline(d) => DateValue::Deadline(d),
            Item::Since(p) => DateValue::From { from: Start::Date(p), duration: None },
        }
    }
}

impl Grammar<'_> {
    // ----- numerals -------------------------------------------------------

    /// The span of the month/day numeral run at `at`, if any.
    pub(super) fn md_span(&self, at: usize) -> Option<Span> {
        consumed(self.rest(at), md_run).map(|n| Span::new(at, at + n))
    }

    /// The value of a month/day numeral run, read by `numeral::parse_integer`.
    fn num(&self, span: Span) -> R<Num> {
        let text = span.slice(self.s).unwrap_or("");
        let v = numeral::parse_integer(text).map_err(|e| rekind(e, span.start))?;
        let value = u32::try_from(v).map_err(|_| date_err(span, DateFault::NumberTooLarge))?;
        Ok(Num { value, span, chars: text.chars().count() })
    }

    /// A numeral run at `at` followed (after layout) by one of `units`:
    /// the number and the end of the unit.
    pub(super) fn unit_num(&self, at: usize, units: &[&'static str]) -> R<Option<(Num, &'static str, usize)>> {
        let Some(span) = self.md_span(at) else { return Ok(None) };
        let after = self.skip_gap(span.end);
        match word(self.rest(after), units) {
            Some(u) => Ok(Some((self.num(span)?, u, after + u.len()))),
            None => Ok(None),
        }
    }

    // ----- fields ---------------------------------------------------------

    /// A year at `at`: 2023年, 二〇二三年, 九八年, 今年, or the bare 年 of
    /// 年底 / 年内. Returns the token and where its 年 ends.
    fn year_tok(&self, at: usize) -> R<Option<(YearTok, usize)>> {
        let rest = self.rest(at);
        // 上一年 is 上年 in a whole phrase; in running text 上一年度营业额 is
        // a year the text names relative to a fact, not to the text.
        if self.mode == Mode::Whole && rest.starts_with("上一年") {
            return Ok(Some((
                YearTok::Relative { offset: -1, span: Span::new(at, at + "上一年".len()) },
                at + "上一年".len(),
            )));
        }
        if let Some(&(w, offset, _)) = RELATIVE.iter().find(|(w, _, _)| rest.starts_with(w)) {
            return Ok(Some((YearTok::Relative { offset, span: Span::new(at, at + w.len()) }, at + w.len())));
        }
        if let Some(n) = consumed(rest, year_run) {
            let span = Span::new(at, at + n);
            let after = self.skip_gap(span.end);
            if !self.starts(after, "年") {
                return Ok(None);
            }
            let end = after + "年".len();
            // 1990年代, 2023年级, 十八年龄: not years of the calendar.
            if self.rest(end).starts_with(['代', '级', '龄', '纪']) {
                return Ok(None);
            }
            let text = span.slice(self.s).unwrap_or("");
            let value = numeral::parse_digit_sequence(text).map_err(|e| rekind(e, at))?;
            return Ok(Some((YearTok::Digits { value, span, chars: text.chars().count() }, end)));
        }
        if rest.starts_with("年") && self.rest(at + "年".len()).starts_with(['底', '末', '内']) {
            return Ok(Some((YearTok::Context { span: Span::new(at, at + "年".len()) }, at + "年".len())));
        }
        Ok(None)
    }

    /// 一季度, 第一季度, 3季度, 第三季度, 首季度 (首季), and after a year Q1
    /// at `at`.
    fn quarter(&self, at: usize) -> R<Option<(u32, Span, usize)>> {
        if let Some(word) = ["首季度", "首季"].into_iter().find(|w| self.starts(at, w)) {
            return Ok(Some((1, Span::new(at, at + word.len()), at + word.len())));
        }
        // Q1 … Q4 after a year (2023年Q1, 2023Q1 is a code): either width.
        let mut cs = self.rest(at).chars();
        if let (Some('Q' | 'Ｑ'), Some(n)) = (cs.next(), cs.next().and_then(crate::text::digit_value))
            && matches!(self.prev_char(at), Some('年' | '度'))
            && !cs.next().is_some_and(|c| is_digit(c) || c.is_ascii_alphanumeric())
            && (1..=4).contains(&n)
        {
            let end = at + self.rest(at).chars().take(2).map(char::len_utf8).sum::<usize>();
            return Ok(Some((n, Span::new(at, end), end)));
        }
        let num_at = if self.starts(at, "第") { at + "第".len() } else { at };
        let Some((n, _, end)) = self.unit_num(num_at, &["季度"])? else { return Ok(None) };
        if !(1..=4).contains(&n.value) {
            return Err(date_err(n.span, DateFault::NoQuarter { quarter: n.value }));
        }
        Ok(Some((n.value, Span::new(at, end), end)))
    }

    /// 前三季度, 前两个季度, 前11个月 at `at`, in a whole phrase (running
    /// text reads 前 after a year as a deadline word or leaves it): the
    /// first n quarters or months of the year, as months.
    fn first_months(&self, at: usize) -> R<Option<(u32, Span, usize)>> {
        if self.mode != Mode::Whole || !self.starts(at, "前") {
            return Ok(None);
        }
        let num_at = at + "前".len();
        let Some(span) =
            consumed(self.rest(num_at), crate::date::lex::duration_run).map(|n| Span::new(num_at, num_at + n))
        else {
            return Ok(None);
        };
        let Some(u) = word(self.rest(span.end), &["季度", "个季度", "个月"]) else { return Ok(None) };
        let text = span.slice(self.s).unwrap_or("");
        let n = numeral::parse_integer(text).map_err(|e| rekind(e, span.start))?;
        let n = u32::try_from(n).unwrap_or(u32::MAX);
        let end = span.end + u.len();
        if u == "个月" {
            if !(1..=12).contains(&n) {
                return Err(date_err(span, DateFault::NoMonth { month: n }));
            }
            return Ok(Some((n, Span::new(at, end), end)));
        }
        if !(1..=4).contains(&n) {
            return Err(date_err(span, DateFault::NoQuarter { quarter: n }));
        }
        Ok(Some((n * 3, Span::new(at, end), end)))
    }

    /// A full date with separators: 2023-04-18, 2023.4.18, 2023/4/18
    /// (either width). The separators must agree, and nothing may continue
    /// the number (a version 2023.4.18.1 is no date).
    fn sep_form(&self, pos: usize) -> R<Option<Fields>> {
        let rest = self.rest(pos);
        let digits = |s: &str, max: usize| -> usize {
            s.chars().take_while(|&c| is_digit(c)).take(max).map(char::len_utf8).sum()
        };
        let count = |s: &str| s.chars().count();
        let ylen = digits(rest, 5);
        if ylen == 0 || count(&rest[..ylen]) != 4 {
            return Ok(None);
        }
        let sep_of = |s: &str| s.chars().next().map(fold_char).filter(|c| matches!(c, '.' | '-' | '/'));
        let Some(sep) = sep_of(&rest[ylen..]) else { return Ok(None) };
        let sep_len = rest[ylen..].chars().next().map_or(0, char::len_utf8);
        let m_at = ylen + sep_len;
        let mlen = digits(&rest[m_at..], 3);
        if mlen == 0 || count(&rest[m_at..m_at + mlen]) > 2 {
            return Ok(None);
        }
        let d_sep_at = m_at + mlen;
        if sep_of(&rest[d_sep_at..]) != Some(sep) {
            return Ok(None);
        }
        let d_at = d_sep_at + rest[d_sep_at..].chars().next().map_or(0, char::len_utf8);
        let dlen = digits(&rest[d_at..], 3);
        if dlen == 0 || count(&rest[d_at..d_at + dlen]) > 2 {
            return Ok(None);
        }
        let end = d_at + dlen;
        let after = &rest[end..];
        let mut tail = after.chars();
        if let Some(c) = tail.next() {
            let continues = is_digit(c)
                || c.is_ascii_alphabetic()
                || sep_of(after).is_some() && tail.next().is_some_and(|n| is_digit(n) || n.is_ascii_alphabetic());
            if continues {
                return Ok(None);
            }
        }
        let year_span = Span::new(pos, pos + ylen);
        let ytext = year_span.slice(self.s).unwrap_or("");
        let value = numeral::parse_digit_sequence(ytext).map_err(|e| rekind(e, pos))?;
        let mut f = Fields {
            start: pos,
            end: pos + end,
            year: Some(YearTok::Digits { value, span: year_span, chars: 4 }),
            month: Some(self.num(Span::new(pos + m_at, pos + m_at + mlen))?),
            day: Some(self.num(Span::new(pos + d_at, pos + d_at + dlen))?),
            ..Fields::default()
        };
        f.end = self.day_tail(f.end);
        Ok(Some(f))
    }

    /// Dates of digits only, other than [`Grammar::sep_form`]: a year and
    /// month with a dot as an end of a range (1999.08-2002.02; alone, 2023.4
    /// is as often a section number), and as whole phrases only, a compact day
    /// (20221123) and a day with spaces (2022 11 23). Running text leaves the
    /// last two alone: eight digits are as often a code or an amount.
    fn numeric_form(&self, pos: usize, allow_bare: bool, allow_day_only: bool) -> R<Option<Fields>> {
        let rest = self.rest(pos);
        let run = |at: usize| -> (usize, usize) {
            let s = &rest[at.min(rest.len())..];
            let n = s.chars().take_while(|&c| is_digit(c)).count();
            (n, s.chars().take(n).map(char::len_utf8).sum())
        };
        let (ychars, ylen) = run(0);
        let whole = self.mode == Mode::Whole;
        let num = |a: usize, b: usize| self.num(Span::new(pos + a, pos + b));
        let year = |len: usize| -> R<YearTok> {
            let span = Span::new(pos, pos + len);
            let text = span.slice(self.s).unwrap_or("");
            let value = numeral::parse_digit_sequence(text).map_err(|e| rekind(e, pos))?;
            Ok(YearTok::Digits { value, span, chars: 4 })
        };
        let after_ok = |at: usize| {
            let mut t = rest[at..].chars();
            match t.next() {
                None => true,
                Some(c) => {
                    let number_goes_on = matches!(fold_char(c), '.' | '/') && t.next().is_some_and(is_digit);
                    !(is_digit(c) || c.is_ascii_alphanumeric() || "年月日号".contains(c) || number_goes_on)
                }
            }
        };
        if whole && ychars == 8 && (ylen == 8 || ylen == 24) && after_ok(ylen) {
            // 20221123 in one width: the fields are byte slices of it.
            let w = ylen / 8;
            let mut f = Fields { start: pos, end: pos + ylen, year: Some(year(4 * w)?), ..Fields::default() };
            f.month = Some(num(4 * w, 6 * w)?);
            f.day = Some(num(6 * w, 8 * w)?);
            return Ok(Some(f));
        }
        if ychars != 4 {
            return Ok(None);
        }
        let sep = rest[ylen..].chars().next();
        if sep.is_some_and(|c| fold_char(c) == '.') {
            let m_at = ylen + sep.map_or(0, char::len_utf8);
            let (mchars, mlen) = run(m_at);
            let end = m_at + mlen;
            if !(1..=2).contains(&mchars) || !after_ok(end) || rest[end..].starts_with(['.', '．']) {
                return Ok(None);
            }
            let joined = allow_bare && consumed(&rest[end..], joiner).is_some();
            if !(joined || allow_day_only) {
                return Ok(None);
            }
            let f = Fields {
                start: pos,
                end: pos + end,
                year: Some(year(ylen)?),
                month: Some(num(m_at, end)?),
                dotted: true,
                ..Fields::default()
            };
            return Ok(Some(f));
        }
        if whole && sep == Some(' ') {
            // 2022 11 23: single spaces, then nothing but the day.
            let m_at = ylen + 1;
            let (mchars, mlen) = run(m_at);
            let d_at = m_at + mlen + 1;
            if !(1..=2).contains(&mchars) || !rest[m_at + mlen..].starts_with(' ') {
                return Ok(None);
            }
            let (dchars, dlen) = run(d_at);
            if !(1..=2).contains(&dchars) || !after_ok(d_at + dlen) {
                return Ok(None);
            }
            let mut f = Fields { start: pos, end: pos + d_at + dlen, year: Some(year(ylen)?), ..Fields::default() };
            f.month = Some(num(m_at, m_at + mlen)?);
            f.day = Some(num(d_at, d_at + dlen)?);
            return Ok(Some(f));
        }
        Ok(None)
    }

    /// A year of four digits without 年: the right end of a dotted range
    /// (2008.03-2009) and, in a whole phrase only, a year alone or at
    /// either end of a range (2023, ２０２３, 二〇二三, 2023—2025). Running
    /// text never reads four digits alone as a year: they are as often an
    /// amount or a code.
    pub(super) fn bare_year(&self, pos: usize) -> R<Option<Fields>> {
        let rest = self.rest(pos);
        let len = match self.mode {
            Mode::Whole => consumed(rest, year_run).unwrap_or(0),
            Mode::Running => rest.chars().take_while(|&c| is_digit(c)).map(char::len_utf8).sum(),
        };
        let next = rest[len..].chars().next();
        if rest[..len].chars().count() != 4
            || next.is_some_and(|c| c.is_ascii_alphanumeric() || is_digit(c) || "年月日.．/-".contains(c))
        {
            return Ok(None);
        }
        let span = Span::new(pos, pos + len);
        let value = numeral::parse_digit_sequence(span.slice(self.s).unwrap_or("")).map_err(|e| rekind(e, pos))?;
        let year = Some(YearTok::Digits { value, span, chars: 4 });
        Ok(Some(Fields { start: pos, end: pos + len, year, ..Fields::default() }))
    }

    /// The end of what may follow a day without changing it, or `at` when
    /// nothing does: a day of the week (2023年5月1日(星期一), 5月1日 周一),
    /// a part of the day ([`DAY_PARTS`]: 上午, 下午, 晚) and a time of day
    /// (10:05:30, 下午3时, 下午3:00-4:00), in this order, each optional. They are read and
    /// dropped: they belong to the span, not to the value. The weekday is
    /// not checked against the date: the date written wins.
    fn day_tail(&self, at: usize) -> usize {
        let mut end = at;
        let mut g = self.skip_gap(end);
        // 2023年5月1日，星期一: a comma before the weekday only.
        if let Some(c) = self.rest(g).chars().next().filter(|&c| is_comma(c)) {
            let after = self.skip_gap(g + c.len_utf8());
            if consumed(self.rest(after), weekday).is_some() {
                g = after;
            }
        }
        if let Some(n) = consumed(self.rest(g), weekday) {
            end = g + n;
        }
        let g = self.skip_gap(end);
        // 晚于: later than, no evening.
        if let Some(w) = word(self.rest(g), DAY_PARTS).filter(|w| *w != "晚" || !self.starts(g + w.len(), "于")) {
            end = g + w.len();
        }
        let g = self.skip_gap(end);
        let Some(n) = consumed(self.rest(g), time_of_day) else { return end };
        end = g + n;
        // A span of hours: 下午3:00-4:00, 9:00至12:00.
        if let Some(j) = consumed(self.rest(end), joiner)
            && let Some(n) = consumed(self.rest(end + j), time_of_day)
        {
            end += j + n;
        }
        end
    }

    /// The fields of one date phrase at `pos`. `allow_bare` lets a final
    /// numeral without unit stand before a range joiner; `allow_day_only`
    /// lets a day stand alone (the right end of 4月18日至20日).
    pub(super) fn fields(&self, pos: usize, allow_bare: bool, allow_day_only: bool) -> R<Option<Fields>> {
        if let Some(f) = self.sep_form(pos)? {
            return Ok(Some(f));
        }
        if let Some(f) = self.numeric_form(pos, allow_bare, allow_day_only)? {
            return Ok(Some(f));
        }
        let mut f = Fields { start: pos, end: pos, ..Fields::default() };
        let mut at = pos;
        if let Some((y, end)) = self.year_tok(at)? {
            f.year = Some(y);
            at = end;
            if self.starts(at, "度") {
                at += "度".len(); // 2023年度
            }
            f.end = at;
        }
        // Between the parts, layout only once something was read.
        let g = if f.is_empty() { at } else { self.skip_gap(at) };
        if let Some(w) = word(self.rest(g), &["上半年", "下半年"]) {
            f.sub = Some((Sub::Half(if w == "上半年" { 1 } else { 2 }), Span::new(g, g + w.len())));
            f.end = g + w.len();
            if self.starts(f.end, "度") {
                f.end += "度".len(); // 上半年度
            }
        } else if let Some((n, span, end)) = self.first_months(g)? {
            f.sub = Some((Sub::FirstMonths(n), span));
            f.end = end;
        } else if let Some((q, span, end)) = self.quarter(g)? {
            f.sub = Some((Sub::Quarter(q), span));
            f.end = end;
            if self.starts(end, "末") {
                f.end_mark = true;
                f.end = end + "末".len();
            }
        } else if let Some(span) = self.md_span(g) {
            let after = self.skip_gap(span.end);
            if self.starts(after, "月") && !self.starts(after + "月".len(), "龄") {
                f.month = Some(self.num(span)?);
                at = after + "月".len();
                if self.starts(at, "份") {
                    at += "份".len();
                }
                f.end = at;
                self.day_part(&mut f, at, allow_bare)?;
            } else if allow_day_only && f.year.is_none() && self.rest(after).starts_with(['日', '号']) {
                f.day = Some(self.num(span)?);
                f.end = self.day_tail(after + "日".len());
            } else if allow_bare && consumed(self.rest(span.end), joiner).is_some() {
                f.bare = Some(self.num(span)?);
            }
        }
        if f.year.is_some() && f.month.is_none() && f.sub.is_none() && f.bare.is_none() {
            // 底 / 末 / 内 right after 年: 2023年底, 年末, 年内; after a year
            // written out, 年底 and 年末 say the same (2020年年底前, 今年年底).
            let end = f.end;
            let written = !matches!(f.year, Some(YearTok::Context { .. }));
            if self.rest(end).starts_with(['底', '末']) {
                f.end_mark = true;
                f.end = end + "底".len();
            } else if written && (self.starts(end, "年底") || self.starts(end, "年末")) {
                f.end_mark = true;
                f.end = end + "年底".len();
            } else if self.starts(end, "内") && !self.starts(end + "内".len(), "容") {
                f.within = true;
                f.end = end + "内".len();
            }
        }
        // A bare 年 is the context year only in 年底, 年末, 年内.
        let context_only = matches!(f.year, Some(YearTok::Context { .. })) && !f.end_mark && !f.within;
        if f.is_empty() || context_only || !self.year_acceptable(&f) {
            return Ok(None);
        }
        Ok(Some(f))
    }

    /// The day after a month, or 上中下旬 / 底 / 末, or a bare numeral before
    /// a joiner (4月18—20日).
    fn day_part(&self, f: &mut Fields, at: usize, allow_bare: bool) -> R<()> {
        let g = self.skip_gap(at);
        if let Some(span) = self.md_span(g) {
            let after = self.skip_gap(span.end);
            if self.rest(after).starts_with(['日', '号']) {
                f.day = Some(self.num(span)?);
                f.end = self.day_tail(after + "日".len());
                return Ok(());
            }
            if allow_bare && consumed(self.rest(span.end), joiner).is_some() {
                f.bare = Some(self.num(span)?);
                return Ok(());
            }
            // A field that lost its 日 (发布日期:2018年03月27, a database
            // export): after a year and a month, a day that ends its line.
            let rest = self.rest(span.end).trim_start_matches([' ', '\t', '\u{3000}']);
            if f.year.is_some() && (rest.is_empty() || rest.starts_with(['\n', '\r'])) {
                f.day = Some(self.num(span)?);
                f.end = span.end;
                return Ok(());
            }
        }
        if let Some(w) = word(self.rest(at), &["上旬", "中旬", "下旬"]) {
            let x = match w {
                "上旬" => 1,
                "中旬" => 2,
                _ => 3,
            };
            f.sub = Some((Sub::Xun(x), Span::new(at, at + w.len())));
            f.end = at + w.len();
        } else if self.rest(at).starts_with(['底', '末']) {
            f.end_mark = true;
            f.end = at + "底".len();
        }
        Ok(())
    }

    /// In running text a year has four digits, or two when a month follows
    /// (15年3月2日); 3年, 三五年内 and 十年 are counts of years. A year-only
    /// phrase followed by 以上, 左右 and the like is a count as well.
    fn year_acceptable(&self, f: &Fields) -> bool {
        if self.mode == Mode::Whole {
            return true;
        }
        match f.year {
            Some(YearTok::Digits { chars, .. }) => {
                let ok = chars == 4 || chars == 2 && f.month.is_some();
                let count_after = f.month.is_none()
                    && f.sub.is_none()
                    && !f.end_mark
                    && !f.within
                    && word(self.rest(f.end), &["以上", "以下", "以内", "左右", "之久", "多", "余", "历史"]).is_some();
                ok && !count_after
            }
            _ => true,
        }
    }

    // ----- resolution -----------------------------------------------------

    pub(super) fn check_year(&self, y: i64, span: Span) -> R<i32> {
        if y == 0 {
            return Err(date_err(span, DateFault::NoYearZero));
        }
        if !(i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&y) {
            return Err(date_err(span, DateFault::YearOutOfRange { year: y }));
        }
        Ok(y as i32)
    }

    pub(super) fn context_year(&self, span: Span, what: DateFault) -> R<i64> {
        match self.ctx {
            Some(c) => Ok(i64::from(c)),
            None => Err(date_err(span, what)),
        }
    }

    /// The year a two-digit year names: the one year ending in those
    /// digits in the hundred years from `ahead` years after the context
    /// year back (98 in 1997 is 1998 with `ahead` [`YEARS_AHEAD`], 15 in
    /// 2023 is 2015, 44 is 1944); without a context year, 1950–2049. This is
    /// the one home of the window: a two-digit year (98年4月) and a decade
    /// without a century (80年代, with `ahead` 0: a decade named so has
    /// begun) both read through it.
    pub(super) fn two_digit_year(&self, v: u64, ahead: i64) -> i64 {
        let v = (v % 100) as i64;
        match self.ctx {
            Some(c) => {
                let last = i64::from(c) + ahead;
                last - (last - v).rem_euclid(100)
            }
            None if v < 50 => 2000 + v,
            None => 1900 + v,
        }
    }

    fn year_value(&self, y: YearTok) -> R<i32> {
        let span = y.span();
        let v = match y {
            YearTok::Digits { value, chars, .. } => match chars {
                0 | 1 => return Err(date_err(span, DateFault::YearDigits)),
                2 => self.two_digit_year(value, YEARS_AHEAD),
                _ if value > 9999 => return Err(date_err(span, DateFault::YearOutOfRange { year: value as i64 })),
                // 015年 is no year: read as 15 it would not be the 15年 of
                // a two-digit year, and written back it would be.
                n if value.checked_ilog10().map_or(1, |l| l as usize + 1) < n => {
                    return Err(date_err(span, DateFault::YearLeadingZero));
                }
                _ => value as i64,
            },
            YearTok::Relative { offset, .. } => {
                self.context_year(span, DateFault::RelativeYearNeedsContext)? + i64::from(offset)
            }
            YearTok::Context { .. } => self.context_year(span, DateFault::YearEndNeedsContext)?,
        };
        self.check_year(v, span)
    }

    /// Resolves fields to an item. `inherit` gives the year (and month) of
    /// the left end of a range to a right end that omits them.
    pub(super) fn resolve(&self, f: &Fields, inherit: Option<(i32, Option<u32>)>) -> R<Item> {
        let year = match (f.year, inherit) {
            (Some(y), _) => self.year_value(y)?,
            (None, Some((y, _))) => y,
            (None, None) => {
                let span = f.first_span();
                let c = self.context_year(span, DateFault::NeedsContextYear)?;
                self.check_year(c, span)?
            }
        };
        let month = match (f.month, inherit) {
            (Some(m), _) => {
                if !(1..=12).contains(&m.value) {
                    return Err(date_err(m.span, DateFault::NoMonth { month: m.value }));
                }
                Some(m.value)
            }
            (None, Some((_, Some(m)))) if f.day.is_some() => Some(m),
            (None, _) if f.day.is_some() => return Err(date_err(f.first_span(), DateFault::DayWithoutMonth)),
            (None, _) => None,
        };
        let bad = || date_err(Span::new(f.start, f.end), DateFault::OutOfRange);
        let item = match (month, f.day) {
            (Some(m), Some(d)) => {
                let date = NaiveDate::from_ymd_opt(year, m, d.value)
                    .ok_or_else(|| date_err(d.span, DateFault::NoDay { year, month: m, day: d.value }))?;
                Item::Point(Point::Day(date))
            }
            (Some(m), None) => match f.sub {
                Some((Sub::Xun(x), _)) => {
                    let last = last_of_month(year, m).ok_or_else(bad)?;
                    let (a, b) = match x {
                        1 => (1, 10),
                        2 => (11, 20),
                        _ => (21, last.day()),
                    };
                    let day = |d| NaiveDate::from_ymd_opt(year, m, d).map(Point::Day).ok_or_else(bad);
                    Item::Period(day(a)?, day(b)?)
                }
                _ if f.end_mark => Item::Deadline(last_of_month(year, m).ok_or_else(bad)?),
                _ => Item::Point(Point::Month { year, month: m }),
            },
            (None, _) => match f.sub {
                Some((Sub::Half(h), _)) => {
                    let first = if h == 1 { 1 } else { 7 };
                    Item::Period(Point::Month { year, month: first }, Point::Month { year, month: first + 5 })
                }
                Some((Sub::FirstMonths(n), _)) => {
                    Item::Period(Point::Month { year, month: 1 }, Point::Month { year, month: n })
                }
                Some((Sub::Quarter(q), _)) if f.end_mark => Item::Deadline(last_of_month(year, q * 3).ok_or_else(bad)?),
                Some((Sub::Quarter(q), _)) => {
                    Item::Period(Point::Month { year, month: q * 3 - 2 }, Point::Month { year, month: q * 3 })
                }
                _ if f.end_mark || f.within => Item::Deadline(Point::Year(year).last_day().ok_or_else(bad)?),
                _ => Item::Point(Point::Year(year)),
            },
        };
        Ok(item)
    }

    /// A range from `left` to `right`: the bare numeral of the left takes
    /// its unit from the right (2024—2026年, 8—11月, 4月18—20日), the right
    /// inherits the year and month it omits, and a right end that would
    /// fall before the left with an inherited year moves to the next year
    /// (12月25日至1月5日).
    pub(super) fn range(&self, left: &Fields, right: &Fields) -> R<Option<Item>> {
        // Both ends plain, except that the right may be the end of a month (至3月底).
        if !left.is_plain() || !(right.is_plain() || right.end_mark && right.sub.is_none()) {
            return Ok(None);
        }
        let mut l = *left;
        if let Some(b) = left.bare {
            let unit = match (l.year, l.month) {
                (None, None) => right.top_unit(),
                (Some(_), None) => Some(1),
                _ => Some(2),
            };
            if unit != right.top_unit() {
                return Ok(None);
            }
            match unit {
                Some(0) => {
                    if self.mode == Mode::Running && b.chars != 4 {
                        return Ok(None);
                    }
                    let value = u64::from(b.value);
                    l.year = Some(YearTok::Digits { value, span: b.span, chars: b.chars.max(2) });
                }
                Some(1) => l.month = Some(b),
                Some(2) => l.day = Some(b),
                _ => return Ok(None),
            }
            l.bare = None;
            l.end = b.span.end;
        }
        let Item::Point(lp) = self.resolve(&l, None)? else { return Ok(None) };
        let lm = match lp {
            Point::Day(d) => Some(d.month()),
            Point::Month { month, .. } => Some(month),
            Point::Year(_) => None,
        };
        if right.top_unit() == Some(2) && lm.is_none() {
            return Ok(None);
        }
        let rp = |year: i32| -> R<Point> {
            match self.resolve(right, Some((year, lm)))? {
                Item::Point(p) => Ok(p),
                Item::Deadline(d) => Ok(Point::Day(d)),
                _ => Err(Miss::NoDate),
            }
        };
        let mut to = rp(lp.year())?;
        let (Some(l_first), Some(r_last)) = (lp.first_day(), to.last_day()) else { return Ok(None) };
        if r_last < l_first {
            if right.year.is_none() {
                let next = lp.year().checked_add(1).ok_or_else(|| {
                    date_err(
                        Span::new(right.start, right.end),
                        DateFault::YearOutOfRange { year: i64::from(lp.year()) + 1 },
                    )
                })?;
                to = rp(self.check_year(i64::from(next), Span::new(right.start, right.end))?)?;
            } else {
                return Err(date_err(Span::new(right.start, right.end), DateFault::PeriodEndsBeforeStart));
            }
        }
        Ok(Some(Item::Period(lp, to)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str, ctx: Option<i32>) -> Option<(DateValue, &str)> {
        let g = Grammar::new(s, ctx, Mode::Running);
        g.expression(0).ok().map(|f| (f.value, &s[f.span.start..f.span.end]))
    }

    #[test]
    fn two_digit_years_fall_in_the_window_around_the_context_year() {
        let g = Grammar::new("", Some(2023), Mode::Whole);
        assert_eq!(g.two_digit_year(15, YEARS_AHEAD), 2015);
        assert_eq!(g.two_digit_year(23, YEARS_AHEAD), 2023);
        assert_eq!(g.two_digit_year(43, YEARS_AHEAD), 2043);
        assert_eq!(g.two_digit_year(44, YEARS_AHEAD), 1944);
        assert_eq!(g.two_digit_year(98, YEARS_AHEAD), 1998);
        assert_eq!(g.two_digit_year(30, 0), 1930);
        let g = Grammar::new("", Some(1997), Mode::Whole);
        assert_eq!(g.two_digit_year(98, YEARS_AHEAD), 1998);
        assert_eq!(g.two_digit_year(17, YEARS_AHEAD), 2017);
        assert_eq!(g.two_digit_year(18, YEARS_AHEAD), 1918);
        assert_eq!(g.two_digit_year(98, 0), 1898);
        let g = Grammar::new("", None, Mode::Whole);
        assert_eq!(g.two_digit_year(49, YEARS_AHEAD), 2049);
        assert_eq!(g.two_digit_year(50, YEARS_AHEAD), 1950);
    }

    #[test]
    fn running_text_counts_are_no_years() {
        assert!(found("3年以上", Some(2023)).is_none());
        assert!(found("2000年以上", Some(2023)).is_none());
        assert!(found("50年代", Some(2023)).is_none());
        assert!(found("三五年内", Some(2023)).is_none());
        assert!(found("2 月龄", Some(2023)).is_none());
        assert_eq!(found("2023年度", None).map(|f| f.1), Some("2023年度"));
    }

    #[test]
    fn sep_form_rejects_versions() {
        assert!(found("2023.4.18.1", None).is_none());
        assert!(found("2023.4", None).is_none());
        assert_eq!(found("2023/4/18。", None).map(|f| f.1), Some("2023/4/18"));
    }
}
