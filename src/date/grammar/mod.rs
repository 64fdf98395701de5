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
//! The first two layers are in [`fields`], the third here; the words the
//! grammar knows are in [`words`]. Periods named by one word rather than
//! by dates (decades, centuries, five-year plans) skip the fields: they are
//! read here straight into an [`Item`].
//!
//! The same grammar serves [`parse`](super::parse) (a whole phrase,
//! [`Mode::Whole`]) and [`find_dates`](super::find_dates) (running text,
//! [`Mode::Running`]), where it is stricter about what counts as a year or a
//! month so that 3年以上, 50年代, 2 月龄 and 上一月 are not dates.

mod fields;
mod words;

use chrono::NaiveDate;

use super::DateFault;
use super::lex::{consumed, duration_run, gap, inclusive_mark, is_md_char, joiner, time_of_day, word};
use super::value::{DateValue, Duration, Point, Recurring, Start};
use crate::error::{Error, Fault};
use crate::numeral::{self, classify, is_liang};
use crate::text::{Span, is_close_paren, is_comma, is_digit, is_han, is_sentence_end, is_space};
use fields::{Fields, Item, YearTok};
pub(crate) use words::DATE_STOPS;
use words::{
    AFTER_OTHER_WORD, AFTER_SUFFIX, BEFORE_OTHER_WORD, BEFORE_SUFFIX, DAY_EFFECT_VERBS, EDITION, FROM_PREFIX,
    ISSUE_VERBS, MONTH_STOP, RELATIVE, REPEAL_VERBS, SINCE_SUFFIX, UNTIL_PREFIX, UNTIL_SUFFIX, VALIDITY_VERBS,
    YEAR_WORD_ALLOWED_BEFORE,
};
pub(super) use words::{DATE_MARKS, DATE_STARTS, NEUTRAL_PREFIX, NEUTRAL_SUFFIX, may_start_at, may_state_validity};

/// How far back [`Grammar::every_year_before`] looks for 每年, in
/// characters: a clause's length.
const EVERY_YEAR_REACH: usize = 60;

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

/// A decade or century: its first and last year, the first year of its
/// century, and whether it is a decade.
#[derive(Debug, Clone, Copy)]
struct Era {
    from: i64,
    to: i64,
    century: Option<i64>,
    decade: bool,
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

    /// A date phrase or a range of two at `pos`: the item and where it
    /// ends, with the fields of the left end (for the guards of running
    /// text).
    fn body(&self, pos: usize) -> R<Option<(Item, usize, Fields)>> {
        let era = match self.mode {
            Mode::Whole => self.era(pos)?,
            Mode::Running => self.plan(pos)?,
        };
        if let Some((item, end)) = era {
            return Ok(Some((item, end, Fields::default())));
        }
        let Some(left) = self.fields(pos, true, false)? else {
            // A bare year (2023, 二〇二三) is a date only as a whole phrase.
            if self.mode == Mode::Running {
                return Ok(None);
            }
            let Some(f) = self.bare_year(pos)? else { return Ok(None) };
            return Ok(Some((self.resolve(&f, None)?, f.end, f)));
        };
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
            let right = match self.fields(r_at, false, true)? {
                None if left.dotted || self.mode == Mode::Whole => self.bare_year(r_at)?,
                right => right,
            };
            if let Some(right) = right
                && let Some(item) = self.range(&left, &right)?
            {
                return Ok(Some((item, right.end, left)));
            }
        }
        if left.dotted && self.mode == Mode::Running {
            return Ok(None);
        }
        let mut f = left;
        if f.bare.take().is_some() && f.is_empty() {
            return Ok(None);
        }
        Ok(Some((self.resolve(&f, None)?, f.end, left)))
    }

    /// A period named as a whole, in a whole phrase: a decade (上世纪80年代,
    /// 十九世纪七十年代, 1990年代, 80年代), a range of decades (上世纪50年代
    /// 至90年代), a century (20世纪, 上世纪) or a five-year plan (“十三五”
    /// 期间). Running text leaves these alone: 上世纪50年代 there is history
    /// told, not a date of the document.
    fn era(&self, pos: usize) -> R<Option<(Item, usize)>> {
        if let Some(found) = self.plan(pos)? {
            return Ok(Some(found));
        }
        let Some((a, end)) = self.decade_or_century(pos, None)? else { return Ok(None) };
        if let (Some(century), Some(n)) = (a.century, consumed(self.rest(end), joiner))
            && a.decade
            && let Some((b, e)) = self.decade_or_century(end + n, Some(century))?
        {
            if b.to < a.from {
                return Err(date_err(Span::new(end + n, e), DateFault::PeriodEndsBeforeStart));
            }
            return Ok(Some((self.years(a.from, b.to, Span::new(pos, e))?, e)));
        }
        Ok(Some((self.years(a.from, a.to, Span::new(pos, end))?, end)))
    }

    fn years(&self, from: i64, to: i64, span: Span) -> R<Item> {
        let from = self.check_year(from, span)?;
        let to = self.check_year(to, span)?;
        Ok(Item::Period(Point::Year(from), Point::Year(to)))
    }

    /// A decade or a century at `at`. `century` is the first year of the
    /// century the left end of a range named (the 1900 of 上世纪50年代至
    /// 90年代), for a right end that omits it.
    fn decade_or_century(&self, at: usize, century: Option<i64>) -> R<Option<(Era, usize)>> {
        let mut base = None;
        let mut g = at;
        if let Some(w) = word(self.rest(at), &["上世纪", "上个世纪", "本世纪"]) {
            // The context year's century is the hundred years that hold it
            // counted from a year ending in 00 (2023 → 2000–2099), as
            // 上世纪80年代 and 二十世纪八十年代 count: 上世纪 is 1900–1999.
            let c = self.context_year(Span::new(at, at + w.len()), DateFault::RelativeYearNeedsContext)?;
            let this = c.div_euclid(100) * 100;
            base = Some(if w == "本世纪" { this } else { this - 100 });
            g = at + w.len();
        } else if let Some((n, _, end)) = self.unit_num(at, &["世纪"])? {
            if !(1..=100).contains(&n.value) {
                return Err(date_err(n.span, DateFault::YearOutOfRange { year: i64::from(n.value) * 100 }));
            }
            base = Some((i64::from(n.value) - 1) * 100);
            g = end;
        }
        let g2 = self.skip_gap(g);
        if let Some((n, _, end)) = self.unit_num(g2, &["年代"])? {
            let v = i64::from(n.value);
            let from = match (base.or(century), n.chars) {
                _ if v % 10 != 0 => return Ok(None),
                (Some(b), _) if v < 100 => b + v,
                (None, 4) => v,
                (None, 2) => self.two_digit_year(v as u64, 0),
                _ => return Ok(None),
            };
            let era = Era { from, to: from + 9, century: Some(from.div_euclid(100) * 100), decade: true };
            return Ok(Some((era, end)));
        }
        Ok(base.map(|b| (Era { from: b, to: b + 99, century: Some(b), decade: false }, g)))
    }

    /// A five-year plan: “十三五”期间, "十四五"时期, 十三五期间, “十三五”末
    /// (its last day). A whole phrase needs quotes or a word after it (十五
    /// alone is a number); running text needs the word (“十四五”规划 names
    /// the plan, not its years).
    fn plan(&self, pos: usize) -> R<Option<(Item, usize)>> {
        let mut at = pos;
        let close = match self.rest(at).chars().next() {
            Some('“') => Some('”'),
            Some('"') => Some('"'),
            Some('「') => Some('」'),
            _ => None,
        };
        if close.is_some() {
            at += self.rest(at).chars().next().map_or(0, char::len_utf8);
        }
        let Some(span) = self.md_span(at) else { return Ok(None) };
        let text = span.slice(self.s).unwrap_or("");
        let Some(ordinal) = text.strip_suffix('五').filter(|o| !o.is_empty()) else { return Ok(None) };
        let mut end = span.end;
        if let Some(c) = close {
            if !self.rest(end).starts_with(c) {
                return Ok(None);
            }
            end += c.len_utf8();
        }
        let after = word(self.rest(end), &["规划期间", "规划期", "期间", "时期", "末"]);
        if after.is_none() && (close.is_none() || self.mode == Mode::Running) {
            return Ok(None);
        }
        // 第十五期间: an issue of a series.
        if close.is_none() && self.mode == Mode::Running && self.prev_char(pos) == Some('第') {
            return Ok(None);
        }
        let Ok(n) = numeral::parse_integer(ordinal) else { return Ok(None) };
        // The first plan ran 1953–1957 and the second 1958–1962; after the
        // years of adjustment (1963–1965) the third began in 1966, and
        // every plan since has five calendar years.
        let first = match n {
            1 => 1953,
            2 => 1958,
            3..=30 => 1966 + 5 * (n as i64 - 3),
            _ => return Ok(None),
        };
        let span = Span::new(pos, end);
        match after {
            Some("末") => {
                let last = self.check_year(first + 4, span)?;
                let d = Point::Year(last).last_day().ok_or(Miss::NoDate)?;
                Ok(Some((Item::Deadline(d), end + "末".len())))
            }
            Some(w) => Ok(Some((self.years(first, first + 4, span)?, end + w.len()))),
            None => Ok(Some((self.years(first, first + 4, span)?, end))),
        }
    }

    /// The date expression that starts at `pos`.
    pub(super) fn expression(&self, pos: usize) -> R<Found> {
        let rest = self.rest(pos);
        if rest.starts_with("每年") {
            return self.recurring(pos);
        }
        if rest.starts_with("每月") {
            return self.monthly(pos);
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
        // 若干政策(2025年版): a year before 版 names an edition, no date.
        if self.mode == Mode::Running && matches!(value, DateValue::Year(_)) && self.starts(end, EDITION) {
            return Err(Miss::NoDate);
        }
        if let DateValue::From { from, .. } = value {
            return self.open_start(pos, from, end);
        }
        // 2022年7月1日 施行: a day on which something takes effect.
        if let DateValue::Day(d) = value {
            let g = self.skip_gap(end);
            if word(self.rest(g), DAY_EFFECT_VERBS).is_some() {
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
            // A label's colon (时间:1月22日, 日期:2023年1月22日) is no part of a
            // number, a time's is (9:30).
            if prev == ':' {
                let label = self.prev_char(pos - ':'.len_utf8());
                return label.is_some_and(|c| !c.is_ascii_alphanumeric() && !is_digit(c));
            }
            // Part of a code, a number or a version: CN31-1854, 1.2023年.
            return !(prev.is_ascii_alphanumeric() || is_digit(prev) || ".．/／-－_%".contains(prev));
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
                !numeric_prev && !prev.is_some_and(|p| stop.contains(p)) && !self.every_year_before(pos)
            }
            Some(YearTok::Context { .. }) => {
                // 1 年内 in PDF text: a layout space between a count and 年
                // still makes it a duration.
                let solid = self.s[..pos].trim_end_matches(is_space).chars().next_back();
                let numeric_solid = solid.is_some_and(|p| is_digit(p) || classify(p).is_some());
                !numeric_prev
                    && !numeric_solid
                    && !prev.is_some_and(|p| is_han(p) && !YEAR_WORD_ALLOWED_BEFORE.contains(p))
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
                // 每年第一季度: a quarter of every year, no year's to anchor.
                let every_year = self.s[..pos].ends_with("每年");
                !bare_chinese_month && !every_year && !prev.is_some_and(|p| MONTH_STOP.contains(p))
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
            let other_word = next.is_some_and(|c| is_md_char(c) || is_liang(c) || BEFORE_OTHER_WORD.contains(c));
            if !other_word {
                let cutoff = match item {
                    Item::Point(p @ Point::Day(_)) => p.last_day(),
                    // 2025年前, 6月前: before the year or month starts.
                    Item::Point(p) => p.first_day().and_then(|d| d.pred_opt()),
                    Item::Deadline(d) => Some(d),
                    Item::Period(..) | Item::Since(_) => None,
                };
                // 2025年前（含）: the year or month itself is included.
                if let Some(n) = consumed(self.rest(g + w.len()), inclusive_mark) {
                    return Ok((DateValue::Deadline(item.last_day().ok_or_else(bad_end)?), g + w.len() + n));
                }
                if let Some(c) = cutoff {
                    return Ok((DateValue::Deadline(c), g + w.len()));
                }
            }
        }
        if let Some(w) = word(rest, UNTIL_SUFFIX) {
            return Ok((DateValue::Deadline(item.last_day().ok_or_else(bad_end)?), g + w.len()));
        }
        // 争取2023—2025年每年: an aim over a period keeps the period.
        if until && !matches!(item, Item::Period(..)) {
            return Ok((DateValue::Deadline(item.last_day().ok_or_else(bad_end)?), end));
        }
        if let (Item::Point(p), Some(w)) = (item, word(rest, AFTER_SUFFIX)) {
            let next = self.rest(g + w.len()).chars().next();
            if !(w == "后" && next.is_some_and(|c| AFTER_OTHER_WORD.contains(c))) {
                return self.since_tail(Start::Date(p), g + w.len());
            }
        }
        // 2023年上半年以来, 一季度起: from the start of the period.
        if let (Item::Period(p, _), Some(w @ ("以来" | "起" | "开始"))) = (item, word(rest, SINCE_SUFFIX))
            && self.mode == Mode::Whole
        {
            return Ok((DateValue::From { from: Start::Date(p), duration: None }, g + w.len()));
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
        let ends = REPEAL_VERBS.iter().chain(UNTIL_SUFFIX);
        let Some(w) = ends.copied().find(|w| self.rest(g).starts_with(w)) else { return Ok(found) };
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
        let validity = found.validity || REPEAL_VERBS.contains(&w);
        Ok(Found { value: DateValue::Period { from, to }, span: Span::new(found.span.start, g + w.len()), validity })
    }

    /// Whether 每年 stands before `pos` in its sentence (within
    /// [`EVERY_YEAR_REACH`] characters): a relative year there counts from
    /// each of those years (每年1月31日前公开本机关上年度行政执法总体情况),
    /// not from the year of the text.
    fn every_year_before(&self, pos: usize) -> bool {
        let before = &self.s[..pos];
        for (n, (i, c)) in before.char_indices().rev().enumerate() {
            if n >= EVERY_YEAR_REACH || is_sentence_end(c) || c == '\n' || c == '\r' {
                return false;
            }
            if before[i..].starts_with("每年") {
                return true;
            }
        }
        false
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

    /// 每月10日, 每月10日前: a day of every month.
    fn monthly(&self, pos: usize) -> R<Found> {
        let at = self.skip_gap(pos + "每月".len());
        let Some((d, _, mut end)) = self.unit_num(at, &["日", "号"])? else { return Err(Miss::NoDate) };
        // No month has a day past 31: 每月40日 is no date.
        if !(1..=31).contains(&d.value) {
            return Err(Miss::NoDate);
        }
        let mut r = Recurring { month: None, day: Some(d.value), by: false };
        let g = self.skip_gap(end);
        if let Some(w) = word(self.rest(g), BEFORE_SUFFIX) {
            r.by = true;
            end = g + w.len();
        }
        Ok(Found { value: DateValue::Recurring(r), span: Span::new(pos, end), validity: false })
    }

    /// 每年8月, 每年3月31日前, 每年三月底前, 每年年底前 (by the end of
    /// December); a yearly period: 每年6月1日至9月15日, 每年的十一月一日起至
    /// 次年四月三十日.
    fn recurring(&self, pos: usize) -> R<Found> {
        let mut at = self.skip_gap(pos + "每年".len());
        if self.starts(at, "的") {
            at = self.skip_gap(at + "的".len());
        }
        if let Some(w) = word(self.rest(at), &["年底", "年末", "底", "末"]) {
            let mut end = at + w.len();
            let g = self.skip_gap(end);
            if let Some(b) = word(self.rest(g), BEFORE_SUFFIX) {
                end = g + b.len();
            }
            let r = Recurring { month: Some(12), day: None, by: true };
            return Ok(Found { value: DateValue::Recurring(r), span: Span::new(pos, end), validity: false });
        }
        let Some((mut r, mut end)) = self.month_day(at)? else { return Err(Miss::NoDate) };
        if let Some((to, e)) = self.recurring_end(end) {
            let value = DateValue::RecurringPeriod { from: r, to };
            return Ok(Found { value, span: Span::new(pos, e), validity: false });
        }
        if r.day.is_none() && self.rest(end).starts_with(['底', '末']) {
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

    /// A month of every year and its day when written (6月, 6月1日, 六月份,
    /// 11月14日12时), and where it ends.
    fn month_day(&self, at: usize) -> R<Option<(Recurring, usize)>> {
        let Some((m, _, mut end)) = self.unit_num(at, &["月"])? else { return Ok(None) };
        if self.starts(end, "龄") {
            return Ok(None);
        }
        if !(1..=12).contains(&m.value) {
            return Err(date_err(m.span, DateFault::NoMonth { month: m.value }));
        }
        let mut r = Recurring { month: Some(m.value), day: None, by: false };
        let g = self.skip_gap(end);
        if let Some((d, _, e)) = self.unit_num(g, &["日", "号"])? {
            // Any year: 每年2月29日 is possible in leap years.
            if NaiveDate::from_ymd_opt(2000, m.value, d.value).is_none() {
                return Err(date_err(d.span, DateFault::NoDayInMonth { month: m.value, day: d.value }));
            }
            r.day = Some(d.value);
            end = e;
            // 每年的11月14日12时: the time is read with the day, not kept.
            let g = self.skip_gap(end);
            if let Some(n) = consumed(self.rest(g), time_of_day) {
                end = g + n;
            }
        } else if self.starts(end, "份") {
            end += "份".len();
        }
        Ok(Some((r, end)))
    }

    /// The end of a yearly period after its first month or day: (起) 至 /
    /// 到 / a dash, then (次年 or 翌年, 的) a month and day or 底, (止). None when
    /// no month follows (每年3月至少一次): the recurring date stands alone.
    fn recurring_end(&self, end: usize) -> Option<(Recurring, usize)> {
        let mut g = self.skip_gap(end);
        if self.starts(g, "起") {
            g = self.skip_gap(g + "起".len());
        }
        let mut at = g + consumed(self.rest(g), joiner)?;
        if let Some(w) = word(self.rest(at), &["次年", "翌年"]) {
            at = self.skip_gap(at + w.len());
            if self.starts(at, "的") {
                at = self.skip_gap(at + "的".len());
            }
        }
        let (to, mut e) = self.month_day(at).ok()??;
        // 至次年的2月底: the month is included whole either way.
        if to.day.is_none() && self.rest(e).starts_with(['底', '末']) {
            e += "底".len();
        }
        if self.starts(e, "止") {
            e += "止".len();
        }
        Some((to, e))
    }
}
