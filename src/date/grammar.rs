//! The grammar of date expressions, in three layers:
//!
//! 1. [`Fields`]: what one date phrase writes (a year or a relative year, a
//!    month, a day, a half year, a quarter, 上中下旬, 底/末/内), with the
//!    span of each numeral so that errors point at it; nothing is resolved.
//! 2. [`Item`]: fields resolved against the context year and checked
//!    against the calendar (2月30日 fails here), including ranges whose
//!    right end inherits the year and month of the left (2017年8月至11月,
//!    12月25日至1月5日).
//! 3. [`DateValue`]: the item read with the words around it: 自/从…起
//!    (open start), 截至/到/力争 and …前/止 (deadlines), 每年 (recurring),
//!    有效期 (validity), and the validity clause that may follow an open
//!    start in the same sentence.
//!
//! The same grammar serves [`parse`](super::parse) (a whole phrase,
//! [`Mode::Whole`]) and [`find_dates`](super::find_dates) (running text,
//! [`Mode::Running`]), where it is stricter about what counts as a year or a
//! month so that 3年以上, 50年代, 2 月龄 and 上一月 are not dates.

use chrono::{Datelike, NaiveDate};

use super::DateFault;
use super::lex::{consumed, duration_run, gap, is_md_char, is_year_char, joiner, md_run, time_of_day, word, year_run};
use super::value::{DateValue, Duration, MAX_YEAR, MIN_YEAR, Point, Recurring, Start, last_of_month};
use crate::error::{Error, Fault};
use crate::numeral::{self, classify, is_liang};
use crate::text::{Span, fold_char, is_close_paren, is_comma, is_digit, is_han, is_sentence_end, is_space};

/// Whether the grammar reads a whole phrase or looks for dates in running
/// text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// A whole phrase that the caller says is a date: two-digit years,
    /// bare relative words and impossible dates are read or reported.
    Whole,
    /// Running text: a year has four digits (two only when a month
    /// follows), and words that merely contain date characters are left
    /// alone.
    Running,
}

/// A date expression found at some position.
#[derive(Debug, Clone, Copy)]
pub(super) struct Found {
    pub value: DateValue,
    pub span: Span,
    /// The expression states when a document takes effect or expires
    /// (起施行, 有效期).
    pub validity: bool,
}

/// Why no date was read.
#[derive(Debug)]
pub(super) enum Miss {
    /// Nothing here is a date expression.
    NoDate,
    /// A date expression that is impossible or malformed.
    Bad(Error),
}

impl From<Error> for Miss {
    fn from(e: Error) -> Self {
        Miss::Bad(e)
    }
}

type R<T> = Result<T, Miss>;

fn date_err(span: Span, fault: DateFault) -> Miss {
    Miss::Bad(Error::at(span, fault))
}

/// A numeral error from the `numeral` module, moved to its place in the
/// text and reported as a date error that holds the numeral's fault (so an
/// overflow stays an overflow).
fn rekind(e: Error, at: usize) -> Miss {
    match e.fault() {
        Fault::Numeral(f) => date_err(e.span().shifted(at), DateFault::Numeral(f.clone())),
        _ => Miss::Bad(e.shifted(at)),
    }
}

/// Relative years and their offsets from the context year, with the
/// characters before them that make them part of another word (过去年度,
/// 提前年, 相当年, 成本年度, 以上年份, 未来年度).
const RELATIVE: &[(&str, i32, &str)] = &[
    ("今年", 0, ""),
    ("本年", 0, "资成基根样原版文账课剧脚读范标"),
    ("当年", 0, "相适担每应正充"),
    ("明年", 1, ""),
    ("次年", 1, "每多该本这首几数层名档批"),
    ("翌年", 1, ""),
    ("来年", 1, "未后近本"),
    ("去年", -1, "过失除回出"),
    ("上年", -1, "以向马往之"),
    ("前年", -2, "提之以此目空年"),
    ("后年", 2, "此之以其然最前随落今年"),
];

/// Prefixes of an open start: 自2023年4月20日起, 从2019年开始.
const FROM_PREFIX: &[&str] = &["自从", "自", "从"];
/// Prefixes of a deadline: 截至3月底, 到2025年, 力争2025年.
const UNTIL_PREFIX: &[&str] = &[
    "截至到",
    "截止到",
    "截至",
    "截止",
    "直至",
    "直到",
    "到",
    "至",
    "力争到",
    "力争在",
    "力争于",
    "力争",
    "争取到",
    "争取在",
    "争取于",
    "争取",
];
/// Words after a date that open it: 2019年1月1日起, 从2019年开始, 以来.
const SINCE_SUFFIX: &[&str] = &["起算", "起", "开始", "以来"];
/// Words after a date that make it a deadline: 3月31日前, 2025年前.
const BEFORE_SUFFIX: &[&str] = &["以前", "之前", "前"];
/// Words after a date that close a deadline: 截至2023年12月31日止.
const UNTIL_SUFFIX: &[&str] = &["为止", "止"];
/// Verbs of issuing whose day 自…之日起 refers to.
const ISSUE_VERBS: &[&str] = &["印发", "发布", "公布", "签发", "颁布", "公告", "下发", "发文", "成文", "通过", "发出"];
/// Verbs of taking effect; after 起 (or alone after a day: 2022年7月1日
/// 施行) they make an open start the start of validity.
const VALIDITY_VERBS: &[&str] = &["施行", "实施", "执行", "生效"];
/// Verbs after a date that change nothing in its meaning; a whole phrase
/// may end with them (5月20日出版).
pub(super) const NEUTRAL_VERBS: &[&str] = &[
    "出版",
    "印发",
    "发布",
    "公布",
    "施行",
    "实施",
    "执行",
    "生效",
    "通过",
    "签发",
    "颁布",
    "发文",
    "成文",
    "公告",
    "下发",
    "修订",
    "修正",
    "发行",
    "起施行",
    "起实施",
    "起执行",
    "起生效",
];
/// Characters before a month, quarter or bare day-of-year word that make
/// it part of another phrase: 上一月, 次月, 每季度, 前三季度, 第3月.
const MONTH_STOP: &str = "上下本每次当该这那同个半几数第逐前后近约共首末隔";
/// Han characters that may stand before a bare 年底 / 年内 (all others
/// make it part of a duration or a word: 三年内, 学年底).
const YEAR_WORD_ALLOWED_BEFORE: &str = "于在到至止截争取将要需应和及或并再即自从为是前";

/// One numeral of a date, with its span.
#[derive(Debug, Clone, Copy)]
struct Num {
    value: u32,
    span: Span,
    chars: usize,
}

#[derive(Debug, Clone, Copy)]
enum YearTok {
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
}

/// What one date phrase writes, unresolved.
#[derive(Debug, Clone, Copy, Default)]
struct Fields {
    start: usize,
    end: usize,
    year: Option<YearTok>,
    month: Option<Num>,
    day: Option<Num>,
    sub: Option<(Sub, Span)>,
    /// 底 or 末 after the last unit: the end of it.
    end_mark: bool,
    /// 内 after a year: within it.
    within: bool,
    /// A numeral with no unit yet, before a range joiner: the 2024 of
    /// 2024—2026年, the 18 of 4月18—20日.
    bare: Option<Num>,
}

impl Fields {
    fn is_empty(&self) -> bool {
        self.year.is_none() && self.month.is_none() && self.day.is_none() && self.sub.is_none() && self.bare.is_none()
    }

    fn is_plain(&self) -> bool {
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
enum Item {
    Point(Point),
    Period(Point, Point),
    /// The end of something (2023年底, 三季度末, 年内): its last day.
    Deadline(NaiveDate),
    /// X至今: from X to now.
    Since(Point),
}

impl Item {
    /// The last day the item covers.
    fn last_day(&self) -> Option<NaiveDate> {
        match *self {
            Item::Point(p) | Item::Period(_, p) => p.last_day(),
            Item::Deadline(d) => Some(d),
            Item::Since(_) => None,
        }
    }

    fn value(&self) -> DateValue {
        match *self {
            Item::Point(p) => p.into(),
            Item::Period(a, b) => DateValue::Period { from: Start::Date(a), to: b },
            Item::Deadline(d) => DateValue::Deadline(d),
            Item::Since(p) => DateValue::From { from: Start::Date(p), duration: None },
        }
    }
}

/// The grammar over one text.
pub(super) struct Grammar<'a> {
    s: &'a str,
    ctx: Option<i32>,
    mode: Mode,
}

impl<'a> Grammar<'a> {
    pub(super) fn new(s: &'a str, ctx: Option<i32>, mode: Mode) -> Self {
        Grammar { s, ctx, mode }
    }

    fn rest(&self, at: usize) -> &'a str {
        self.s.get(at..).unwrap_or("")
    }

    fn starts(&self, at: usize, w: &str) -> bool {
        self.rest(at).starts_with(w)
    }

    fn prev_char(&self, at: usize) -> Option<char> {
        self.s.get(..at).and_then(|p| p.chars().next_back())
    }

    fn skip_gap(&self, at: usize) -> usize {
        at + consumed(self.rest(at), gap).unwrap_or(0)
    }

    // ----- numerals -------------------------------------------------------

    /// The span of the month/day numeral run at `at`, if any.
    fn md_span(&self, at: usize) -> Option<Span> {
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
    fn unit_num(&self, at: usize, units: &[&'static str]) -> R<Option<(Num, &'static str, usize)>> {
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

    /// 一季度, 第一季度, 3季度, 第三季度 at `at`.
    fn quarter(&self, at: usize) -> R<Option<(u32, Span, usize)>> {
        let num_at = if self.starts(at, "第") { at + "第".len() } else { at };
        let Some((n, _, end)) = self.unit_num(num_at, &["季度"])? else { return Ok(None) };
        if !(1..=4).contains(&n.value) {
            return Err(date_err(n.span, DateFault::NoQuarter { quarter: n.value }));
        }
        Ok(Some((n.value, Span::new(at, end), end)))
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
        f.end = self.time_after(f.end);
        Ok(Some(f))
    }

    /// The end of a time of day after a day (2015年4月8日 10:05:30), or
    /// `at` when none follows. The time is read and dropped: it belongs to
    /// the span, not to the value.
    fn time_after(&self, at: usize) -> usize {
        let g = self.skip_gap(at);
        match consumed(self.rest(g), time_of_day) {
            Some(n) => g + n,
            None => at,
        }
    }

    /// The fields of one date phrase at `pos`. `allow_bare` lets a final
    /// numeral without unit stand before a range joiner; `allow_day_only`
    /// lets a day stand alone (the right end of 4月18日至20日).
    fn fields(&self, pos: usize, allow_bare: bool, allow_day_only: bool) -> R<Option<Fields>> {
        if let Some(f) = self.sep_form(pos)? {
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
                f.end = self.time_after(after + "日".len());
            } else if allow_bare && consumed(self.rest(span.end), joiner).is_some() {
                f.bare = Some(self.num(span)?);
            }
        }
        if f.year.is_some() && f.month.is_none() && f.sub.is_none() && f.bare.is_none() {
            // 底 / 末 / 内 right after 年: 2023年底, 年末, 年内.
            let end = f.end;
            if self.rest(end).starts_with(['底', '末']) {
                f.end_mark = true;
                f.end = end + "底".len();
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
                f.end = self.time_after(after + "日".len());
                return Ok(());
            }
            if allow_bare && consumed(self.rest(span.end), joiner).is_some() {
                f.bare = Some(self.num(span)?);
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

    fn check_year(&self, y: i64, span: Span) -> R<i32> {
        if y == 0 {
            return Err(date_err(span, DateFault::NoYearZero));
        }
        if !(i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&y) {
            return Err(date_err(span, DateFault::YearOutOfRange { year: y }));
        }
        Ok(y as i32)
    }

    fn context_year(&self, span: Span, what: DateFault) -> R<i64> {
        match self.ctx {
            Some(c) => Ok(i64::from(c)),
            None => Err(date_err(span, what)),
        }
    }

    /// A two-digit year: the latest year ending in those digits that is not
    /// after the context year (15 → 2015 in 2023, 98 → 1998); without a
    /// context year, 1950–2049.
    fn pivot(&self, v: u64) -> i64 {
        let v = (v % 100) as i64;
        match self.ctx {
            Some(c) => {
                let c = i64::from(c);
                c - (c - v).rem_euclid(100)
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
                2 => self.pivot(value),
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
    fn resolve(&self, f: &Fields, inherit: Option<(i32, Option<u32>)>) -> R<Item> {
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
    fn range(&self, left: &Fields, right: &Fields) -> R<Option<Item>> {
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

    /// A date phrase or a range of two at `pos`: the item and where it
    /// ends, with the fields of the left end (for the guards of running
    /// text).
    fn body(&self, pos: usize) -> R<Option<(Item, usize, Fields)>> {
        let Some(left) = self.fields(pos, true, false)? else { return Ok(None) };
        let j = left.bare.map_or(left.end, |b| b.span.end);
        if left.is_plain()
            && let Some(n) = consumed(self.rest(j), joiner)
        {
            let r_at = j + n;
            if left.bare.is_none()
                && self.starts(r_at, "今")
                && self.rest(j).trim_start().starts_with('至')
                && let Item::Point(p) = self.resolve(&left, None)?
            {
                return Ok(Some((Item::Since(p), r_at + "今".len(), left)));
            }
            if let Some(right) = self.fields(r_at, false, true)?
                && let Some(item) = self.range(&left, &right)?
            {
                return Ok(Some((item, right.end, left)));
            }
        }
        let mut f = left;
        if f.bare.take().is_some() && f.is_empty() {
            return Ok(None);
        }
        Ok(Some((self.resolve(&f, None)?, f.end, left)))
    }

    // ----- expressions ----------------------------------------------------

    /// The date expression that starts at `pos`.
    pub(super) fn expression(&self, pos: usize) -> R<Found> {
        let rest = self.rest(pos);
        if rest.starts_with("每年") {
            return self.recurring(pos);
        }
        if rest.starts_with("有效期") {
            let (value, end) = self.validity_clause(pos)?.ok_or(Miss::NoDate)?;
            return Ok(Found { value, span: Span::new(pos, end), validity: true });
        }
        if let Some(w) = word(rest, FROM_PREFIX) {
            return self.after_from_word(pos, pos + w.len());
        }
        if let Some(w) = word(rest, UNTIL_PREFIX) {
            let at = self.skip_gap(pos + w.len());
            let Some((item, end, _)) = self.body(at)? else { return Err(Miss::NoDate) };
            let (value, end) = self.suffix(item, end, true)?;
            return Ok(Found { value, span: Span::new(pos, end), validity: false });
        }
        if self.mode == Mode::Running && !self.start_allowed(pos) {
            return Err(Miss::NoDate);
        }
        let Some((item, end, left)) = self.body(pos)? else { return Err(Miss::NoDate) };
        if self.mode == Mode::Running && !self.left_allowed(pos, &left, &item) {
            return Err(Miss::NoDate);
        }
        let (value, end) = self.suffix(item, end, false)?;
        if let DateValue::From { from, .. } = value {
            return self.open_start(pos, from, end);
        }
        // 2022年7月1日 施行: a day on which something takes effect.
        if let DateValue::Day(d) = value {
            let g = self.skip_gap(end);
            if word(self.rest(g), &["施行", "生效"]).is_some() {
                return Ok(Found {
                    value: DateValue::From { from: Start::Date(Point::Day(d)), duration: None },
                    span: Span::new(pos, end),
                    validity: true,
                });
            }
        }
        Ok(Found { value, span: Span::new(pos, end), validity: false })
    }

    /// Running text: what may stand before a numeral that starts a date.
    fn start_allowed(&self, pos: usize) -> bool {
        let Some(first) = self.rest(pos).chars().next() else { return false };
        let Some(prev) = self.prev_char(pos) else { return true };
        if is_digit(first) {
            // Part of a code, a number or a version: CN31-1854, 1.2023年.
            return !(prev.is_ascii_alphanumeric() || is_digit(prev) || ".．/／-－:_%".contains(prev));
        }
        if is_md_char(first) || is_liang(first) {
            return !(is_digit(prev) || classify(prev).is_some());
        }
        true
    }

    /// Running text: checks on the first phrase once it is read (a month
    /// with no year after 上/次/每, a relative year inside a word).
    fn left_allowed(&self, pos: usize, left: &Fields, item: &Item) -> bool {
        let prev = self.prev_char(pos);
        let numeric_prev = prev.is_some_and(|p| is_digit(p) || classify(p).is_some());
        match left.year {
            Some(YearTok::Relative { span, .. }) => {
                let w = span.slice(self.s).unwrap_or("");
                // 当年, 次年, 翌年 refer to a year the text just named (该企业
                // 当年应缴), not to the year of the text: only a whole phrase
                // reads them against the context year.
                if matches!(w, "当年" | "次年" | "翌年") {
                    return false;
                }
                let stop = RELATIVE.iter().find(|(r, _, _)| *r == w).map_or("", |r| r.2);
                !numeric_prev && !prev.is_some_and(|p| stop.contains(p))
            }
            Some(YearTok::Context { .. }) => {
                !numeric_prev && !prev.is_some_and(|p| is_han(p) && !YEAR_WORD_ALLOWED_BEFORE.contains(p))
            }
            Some(YearTok::Digits { .. }) => true,
            None => {
                // A month alone in Chinese numerals (一月一次) is a count as
                // often as a month; with a day, 底, 旬 or 份 it is a date.
                let bare_chinese_month = matches!(item, Item::Point(Point::Month { .. }))
                    && left.month.is_some_and(|m| {
                        let written = m.span.slice(self.s).unwrap_or("");
                        let tail = self.s.get(m.span.end..left.end).unwrap_or("");
                        !written.chars().any(is_digit) && !tail.contains('份')
                    });
                !bare_chinese_month && !prev.is_some_and(|p| MONTH_STOP.contains(p))
            }
        }
    }

    /// The words after an item: …前 (deadline), …起 / 开始 / 以来 (open
    /// start), …止 (deadline). `until` is set after 截至 / 到 / 力争, which
    /// make any item a deadline at its last day.
    fn suffix(&self, item: Item, end: usize, until: bool) -> R<(DateValue, usize)> {
        let bad_end = || date_err(Span::new(end, end), DateFault::OutOfRange);
        if let Item::Since(p) = item {
            return Ok((DateValue::From { from: Start::Date(p), duration: None }, end));
        }
        let g = self.skip_gap(end);
        let rest = self.rest(g);
        if let Some(w) = word(rest, BEFORE_SUFFIX) {
            // 2023年前三季度, 3月31日前后, 2025年前景: not deadlines.
            let next = self.rest(g + w.len()).chars().next();
            let other_word =
                next.is_some_and(|c| is_md_char(c) || is_liang(c) || "后期景列沿提进述款面者言夕".contains(c));
            if !other_word {
                let cutoff = match item {
                    Item::Point(p @ Point::Day(_)) => p.last_day(),
                    // 2025年前, 6月前: before the year or month starts.
                    Item::Point(p) => p.first_day().and_then(|d| d.pred_opt()),
                    Item::Deadline(d) => Some(d),
                    Item::Period(..) | Item::Since(_) => None,
                };
                if let Some(c) = cutoff {
                    return Ok((DateValue::Deadline(c), g + w.len()));
                }
            }
        }
        if let Some(w) = word(rest, UNTIL_SUFFIX) {
            return Ok((DateValue::Deadline(item.last_day().ok_or_else(bad_end)?), g + w.len()));
        }
        if until {
            return Ok((DateValue::Deadline(item.last_day().ok_or_else(bad_end)?), end));
        }
        if let (Item::Point(p), Some(w)) = (item, word(rest, SINCE_SUFFIX)) {
            // 起草, 起诉, 起步: other words.
            let next = self.rest(g + w.len()).chars().next();
            if !(w == "起" && next.is_some_and(|c| "草诉义步点来飞源".contains(c))) {
                return self.since_tail(Start::Date(p), g + w.len());
            }
        }
        Ok((item.value(), end))
    }

    /// After 起: 至 / 到 and an end make a period (自2023年1月1日起至2025年
    /// 12月31日止); otherwise an open start.
    fn since_tail(&self, from: Start, end: usize) -> R<(DateValue, usize)> {
        let g = self.skip_gap(end);
        if let Some(w) = word(self.rest(g), &["至", "到"]) {
            let at = self.skip_gap(g + w.len());
            if let Some((item, e, _)) = self.body(at)?
                && let Some(to) = item.last_day()
            {
                let mut e = e;
                let g2 = self.skip_gap(e);
                if let Some(u) = word(self.rest(g2), UNTIL_SUFFIX) {
                    e = g2 + u.len();
                }
                let to = match item {
                    Item::Point(p) => p,
                    _ => Point::Day(to),
                };
                return Ok((DateValue::Period { from, to }, e));
            }
        }
        Ok((DateValue::From { from, duration: None }, end))
    }

    /// 自 / 从 and what follows: 自2023年4月20日起, 从2019年开始, 从2019年到
    /// 2021年, 自印发之日起.
    fn after_from_word(&self, pos: usize, at: usize) -> R<Found> {
        let at = self.skip_gap(at);
        if let Some(end) = self.issue_phrase(at) {
            let (value, end) = self.since_tail(Start::Issue, end)?;
            return match value {
                DateValue::From { from, .. } => self.open_start(pos, from, end),
                _ => Ok(Found { value, span: Span::new(pos, end), validity: false }),
            };
        }
        let Some((item, end, _)) = self.body(at)? else { return Err(Miss::NoDate) };
        let from = match item {
            Item::Point(p) | Item::Since(p) => p,
            Item::Deadline(d) => Point::Day(d),
            Item::Period(..) => {
                let (value, end) = self.suffix(item, end, false)?;
                return Ok(Found { value, span: Span::new(pos, end), validity: false });
            }
        };
        let g = self.skip_gap(end);
        let end = match word(self.rest(g), SINCE_SUFFIX) {
            Some(w) => g + w.len(),
            None => end,
        };
        let (value, end) = self.since_tail(Start::Date(from), end)?;
        match value {
            DateValue::From { from, .. } => self.open_start(pos, from, end),
            _ => Ok(Found { value, span: Span::new(pos, end), validity: false }),
        }
    }

    /// 印发之日起, 本办法发布之日起, 公布之日开始: the end of the phrase
    /// when the day named is the day of issue.
    fn issue_phrase(&self, at: usize) -> Option<usize> {
        let rest = self.rest(at);
        for (i, c) in rest.char_indices().take(14) {
            if rest[i..].starts_with("之日") {
                let before = &rest[..i];
                if !ISSUE_VERBS.iter().any(|v| before.ends_with(v)) {
                    return None;
                }
                let after = at + i + "之日".len();
                return word(self.rest(after), &["起", "开始", "起算"]).map(|w| after + w.len());
            }
            if !is_han(c) {
                return None;
            }
        }
        None
    }

    /// An open start that ends at `end`: a verb of taking effect after it
    /// makes it the start of validity, and a validity clause later in the
    /// same sentence (…起实施，有效期至2028年4月19日; …起施行，有效期5年)
    /// closes it into a period.
    fn open_start(&self, pos: usize, from: Start, end: usize) -> R<Found> {
        let mut found =
            Found { value: DateValue::From { from, duration: None }, span: Span::new(pos, end), validity: false };
        let mut at = self.skip_gap(end);
        if let Some(v) = word(self.rest(at), VALIDITY_VERBS) {
            let after = at + v.len();
            let next = self.rest(after).chars().next();
            // The verb closes the clause: 自…起施行。 — not 自2024年起实施重点行动.
            if next.is_none_or(|c| is_sentence_end(c) || is_comma(c) || is_space(c) || is_close_paren(c)) {
                found.validity = true;
            }
            at = after;
        }
        let Some(k) = self.find_in_sentence(at, "有效期", 40) else { return self.repeal(found, from, at) };
        match self.validity_clause(k) {
            Ok(Some((tail, tail_end))) => {
                let value = match (tail, from) {
                    (DateValue::Deadline(to), _) => {
                        let ok = from.point().and_then(|p| p.first_day()).is_none_or(|f| f <= to);
                        if !ok {
                            return Err(date_err(Span::new(k, tail_end), DateFault::ValidityEndsBeforeStart));
                        }
                        DateValue::Period { from, to: Point::Day(to) }
                    }
                    (DateValue::Duration(d), Start::Date(p)) => {
                        let to = d
                            .last_from(p)
                            .ok_or_else(|| date_err(Span::new(k, tail_end), DateFault::ValidityBeyond9999))?;
                        DateValue::Period { from, to }
                    }
                    (DateValue::Duration(d), Start::Issue) => DateValue::From { from, duration: Some(d) },
                    _ => return Ok(found),
                };
                Ok(Found { value, span: Span::new(pos, tail_end), validity: true })
            }
            Ok(None) | Err(Miss::NoDate) => Ok(found),
            Err(e) if self.mode == Mode::Whole => Err(e),
            Err(_) => Ok(found),
        }
    }

    /// …起施行，2027年12月31日废止: an end date with 废止 / 失效 / 止 right
    /// after the open start (past a comma) closes it into a period.
    fn repeal(&self, found: Found, from: Start, at: usize) -> R<Found> {
        let g = self.skip_gap(at);
        let Some(c) = self.rest(g).chars().next().filter(|&c| is_comma(c)) else { return Ok(found) };
        let at = self.skip_gap(g + c.len_utf8());
        let Ok(Some((item, end, _))) = self.body(at) else { return Ok(found) };
        let g = self.skip_gap(end);
        let Some(w) = word(self.rest(g), &["废止", "失效", "为止", "止"]) else { return Ok(found) };
        let (Some(to), Some(first)) = (item.last_day(), from.point().map_or(Some(NaiveDate::MIN), |p| p.first_day()))
        else {
            return Ok(found);
        };
        if to < first {
            return Ok(found);
        }
        let to = match item {
            Item::Point(p) => p,
            _ => Point::Day(to),
        };
        let validity = found.validity || matches!(w, "废止" | "失效");
        Ok(Found { value: DateValue::Period { from, to }, span: Span::new(found.span.start, g + w.len()), validity })
    }

    /// The first `needle` within `limit` characters of `at`, before the
    /// sentence ends.
    fn find_in_sentence(&self, at: usize, needle: &str, limit: usize) -> Option<usize> {
        let rest = self.rest(at);
        for (i, c) in rest.char_indices().take(limit) {
            if rest[i..].starts_with(needle) {
                return Some(at + i);
            }
            if is_sentence_end(c) || c == '\n' || c == '\r' {
                return None;
            }
        }
        None
    }

    /// 有效期至2028年4月19日 (a deadline), 有效期5年 / 有效期为五年 (a
    /// duration), at `pos` (the 有效期).
    fn validity_clause(&self, pos: usize) -> R<Option<(DateValue, usize)>> {
        let mut at = self.skip_gap(pos + "有效期".len());
        if let Some(w) = word(self.rest(at), &["为", "是"]) {
            at = self.skip_gap(at + w.len());
        }
        if let Some(w) = word(self.rest(at), &["截至到", "截止到", "截至", "截止", "延至", "至", "到"]) {
            let at = self.skip_gap(at + w.len());
            let Some((item, end, _)) = self.body(at)? else { return Ok(None) };
            let (value, end) = self.suffix(item, end, true)?;
            return Ok(Some((value, end)));
        }
        Ok(self.duration(at)?.map(|(d, end)| (DateValue::Duration(d), end)))
    }

    /// A length of time: 5年, 五年, 两年六个月, 半年, 30日, 90天.
    fn duration(&self, at: usize) -> R<Option<(Duration, usize)>> {
        if self.starts(at, "半年") {
            return Ok(Some((Duration { years: 0, months: 6, days: 0 }, at + "半年".len())));
        }
        let mut d = Duration::default();
        let mut end = at;
        let mut any = false;
        for (units, field) in [(&["年"][..], 0), (&["个月", "月"][..], 1), (&["日", "天"][..], 2)] {
            let g = if any { self.skip_gap(end) } else { end };
            let Some(n) = consumed(self.rest(g), duration_run) else { continue };
            let span = Span::new(g, g + n);
            let after = self.skip_gap(span.end);
            let Some(u) = word(self.rest(after), units) else { continue };
            let text = span.slice(self.s).unwrap_or("");
            let v = numeral::parse_integer(text).map_err(|e| rekind(e, g))?;
            let v = u32::try_from(v).map_err(|_| date_err(span, DateFault::DurationTooLong))?;
            match field {
                0 => d.years = v,
                1 => d.months = v,
                _ => d.days = v,
            }
            end = after + u.len();
            any = true;
        }
        if !any || d.is_zero() {
            return Ok(None);
        }
        Ok(Some((d, end)))
    }

    /// 每年8月, 每年3月31日前, 每年三月底前.
    fn recurring(&self, pos: usize) -> R<Found> {
        let at = self.skip_gap(pos + "每年".len());
        let Some((m, _, mut end)) = self.unit_num(at, &["月"])? else { return Err(Miss::NoDate) };
        if self.starts(end, "龄") {
            return Err(Miss::NoDate);
        }
        if !(1..=12).contains(&m.value) {
            return Err(date_err(m.span, DateFault::NoMonth { month: m.value }));
        }
        let mut r = Recurring { month: m.value, day: None, by: false };
        let g = self.skip_gap(end);
        if let Some((d, _, e)) = self.unit_num(g, &["日", "号"])? {
            // Any year: 每年2月29日 is possible in leap years.
            if NaiveDate::from_ymd_opt(2000, m.value, d.value).is_none() {
                return Err(date_err(d.span, DateFault::NoDayInMonth { month: m.value, day: d.value }));
            }
            r.day = Some(d.value);
            end = e;
        } else if self.rest(end).starts_with(['底', '末']) {
            r.by = true;
            end += "底".len();
        }
        let g = self.skip_gap(end);
        if let Some(w) = word(self.rest(g), BEFORE_SUFFIX) {
            r.by = true;
            end = g + w.len();
        }
        Ok(Found { value: DateValue::Recurring(r), span: Span::new(pos, end), validity: false })
    }
}

/// Whether `c` may start a date expression in running text: a numeral,
/// or the first character of a word the grammar knows.
pub(super) fn may_start(c: char) -> bool {
    is_digit(c) || is_year_char(c) || is_md_char(c) || WORD_STARTS.binary_search(&c).is_ok()
}

/// First characters of the words a date expression may start with (自, 截至,
/// 力争, 每年, 今年, 上半年, 第三季度…), sorted for a binary search: this
/// test runs on every character of running text.
const WORD_STARTS: [char; 24] = [
    '上', '下', '争', '今', '从', '到', '前', '力', '去', '后', '年', '当', '截', '明', '有', '本', '来', '次', '每',
    '直', '第', '翌', '自', '至',
];

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str, ctx: Option<i32>) -> Option<(DateValue, &str)> {
        let g = Grammar::new(s, ctx, Mode::Running);
        g.expression(0).ok().map(|f| (f.value, &s[f.span.start..f.span.end]))
    }

    #[test]
    fn word_starts_are_sorted() {
        assert!(WORD_STARTS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn pivot_window_ends_with_the_context_year() {
        let g = Grammar::new("", Some(2023), Mode::Whole);
        assert_eq!(g.pivot(15), 2015);
        assert_eq!(g.pivot(23), 2023);
        assert_eq!(g.pivot(24), 1924);
        assert_eq!(g.pivot(98), 1998);
        let g = Grammar::new("", None, Mode::Whole);
        assert_eq!(g.pivot(49), 2049);
        assert_eq!(g.pivot(50), 1950);
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
