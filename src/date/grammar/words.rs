//! The words of the date grammar: relative years, the prefixes and
//! suffixes around a date, the verbs of issuing and of taking effect, the
//! characters that make a month or a bare 年底 part of another word, and
//! the first characters of the words a date expression may start with.

use std::sync::LazyLock;

use crate::date::lex::is_md_char;
use crate::numeral::{MONTH_DAY_CHARS, NUMERAL_CHARS};
use crate::text::{CharSet, WordIndex, first_char, fold_char, is_dash, is_digit, is_space};

/// Relative years and their offsets from the context year, with the
/// characters before them that make them part of another word (过去年度,
/// 提前年, 相当年, 成本年度, 以上年份, 未来年度).
pub(super) const RELATIVE: &[(&str, i32, &str)] = &[
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
pub(super) const FROM_PREFIX: &[&str] = &["自从", "自", "从"];
/// Prefixes of a deadline: 截至3月底, 到2025年, 力争2025年.
pub(super) const UNTIL_PREFIX: &[&str] = &[
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
pub(super) const SINCE_SUFFIX: &[&str] = &["起算", "起", "开始", "以来"];
/// Words after a date that make it a deadline: 3月31日前, 2025年前.
pub(super) const BEFORE_SUFFIX: &[&str] = &["以前", "之前", "前"];
/// Characters after 前 that make it part of another word (2023年前三季度,
/// 3月31日前后, 2025年前景): no deadline.
pub(super) const BEFORE_OTHER_WORD: &str = "后期景列沿提进述款面者言夕";
/// Words after a date that open it from the date itself: 2023年6月以后,
/// 2019年之后, 3月31日后 (like 起: the date written is the first one).
pub(super) const AFTER_SUFFIX: &[&str] = &["以后", "之后", "后"];
/// Characters after 后 that make it part of another word (6月后续, 2025年
/// 后期, 5月后半月): no open start.
pub(super) const AFTER_OTHER_WORD: &str = "续期面来者半方备果勤台排移延起辈人代世事";
/// Parts of a day after a day (2023年5月1日上午, 5月1日晚): the value
/// stays the day; a time may follow (下午3时).
pub(super) const DAY_PARTS: &[&str] =
    &["上午", "下午", "中午", "晚上", "晚间", "早上", "早晨", "凌晨", "傍晚", "夜间", "全天", "零时", "零点", "晚"];
/// The word after a year that makes the year an edition's name (若干政策
/// (2025年版), 目录（2023年版）): no date.
pub(super) const EDITION: &str = "版";
/// Words after a date that close a deadline: 截至2023年12月31日止.
pub(super) const UNTIL_SUFFIX: &[&str] = &["为止", "止"];
/// Verbs of issuing whose day 自…之日起 refers to.
pub(super) const ISSUE_VERBS: &[&str] =
    &["印发", "发布", "公布", "签发", "颁布", "公告", "下发", "发文", "成文", "通过", "发出"];
/// Verbs of taking effect; after 起 (or alone after a day: 2022年7月1日
/// 施行) they make an open start the start of validity.
pub(super) const VALIDITY_VERBS: &[&str] = &["施行", "实施", "执行", "生效"];
/// Verbs that, right after a day, make it the start of validity
/// (2022年7月1日 施行).
pub(super) const DAY_EFFECT_VERBS: &[&str] = &["施行", "生效"];
/// Words of ending that, after an open start, make the period a validity
/// (…起施行，2027年12月31日废止); 为止 and 止 close it without.
pub(super) const REPEAL_VERBS: &[&str] = &["废止", "失效"];

/// Whether a date expression of `text` may be a validity clause: each the
/// grammar marks as one reads 有效期 or a word of [`VALIDITY_VERBS`],
/// [`DAY_EFFECT_VERBS`] or [`REPEAL_VERBS`]. A necessary condition only:
/// most texts asked for their validity hold none of them, and a few
/// vectorised searches cost less than reading their dates.
pub(in crate::date) fn may_state_validity(text: &str) -> bool {
    static FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
        let mut words: Vec<&str> =
            ["有效期"].iter().chain(VALIDITY_VERBS).chain(DAY_EFFECT_VERBS).chain(REPEAL_VERBS).copied().collect();
        words.sort_unstable();
        words.dedup();
        words.into_iter().map(memchr::memmem::Finder::new).collect()
    });
    FINDERS.iter().any(|f| f.find(text.as_bytes()).is_some())
}
/// Words before a date that change nothing in its meaning; a whole phrase
/// may start with them (于2023年6月, 在2023年底前). Running text needs no
/// list: a date there starts after them anyway.
pub(in crate::date) const NEUTRAL_PREFIX: &[&str] = &[
    "于",
    "在",
    "是",
    "为",
    "定于",
    "拟定于",
    "将于",
    "拟于",
    "已于",
    "并于",
    "均于",
    "请于",
    "须于",
    "应于",
    "计划于",
    "预计于",
    "将在",
    "计划在",
    "预计在",
];
/// Words after a date that change nothing in its meaning; a whole phrase
/// may end with them (5月20日出版, 2023年5月1日当天). An approximation
/// (3月31日前后, 2023年左右) is read as the date it approximates.
pub(in crate::date) const NEUTRAL_SUFFIX: &[&str] = &[
    "当天",
    "当日",
    "前后",
    "左右",
    "全年",
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
pub(super) const MONTH_STOP: &str = "上下本每次当该这那同个半几数第逐前后近约共首末隔";
/// Han characters that may stand before a bare 年底 / 年内 (all others
/// make it part of a duration or a word: 三年内, 学年底).
pub(super) const YEAR_WORD_ALLOWED_BEFORE: &str = "于在到至止截争取将要需应和及或并再即自从为是前";

/// The characters a date expression may start with in running text: a
/// numeral's, or the first character of a start word. The scan for dates
/// jumps from one to the next.
pub(in crate::date) const DATE_STARTS: CharSet = {
    let mut set = MONTH_DAY_CHARS
        .with_first_chars_of(FROM_PREFIX)
        .with_first_chars_of(UNTIL_PREFIX)
        .with_first_chars_of(OTHER_START_WORDS);
    let mut i = 0;
    while i < RELATIVE.len() {
        if let Some(c) = first_char(RELATIVE[i].0) {
            set = set.with(c);
        }
        i += 1;
    }
    set
};

/// Characters one of which every date expression of running text reads:
/// the 年 of a year (2023年, 今年, 年底, 上半年, 每年), the 月 of a month,
/// the 日 of a day (and of 之日起), the 季 of a quarter, the 期 or 末 after
/// a five-year plan (“十四五”期间, 十三五末) and of 有效期, and the
/// separators of 2023.4.18, 2023-04-18, 2023/4/18 and 1999.08 in either
/// width. A day written alone (20日, 上旬) follows a month, a quarter
/// written Q1 a year. No date starts after the last of them in a text, so
/// the scan for dates stops there (a text without one is not scanned).
pub(in crate::date) const DATE_MARKS: CharSet =
    CharSet::EMPTY.with_all(&['年', '月', '日', '季', '期', '末', '.', '．', '｡', '-', '－', '/', '／']);

/// [`DATE_STARTS`] and [`DATE_MARKS`]: where the scan for dates stops.
pub(crate) const DATE_STOPS: CharSet = DATE_STARTS.union(&DATE_MARKS);

/// The words other than [`FROM_PREFIX`], [`UNTIL_PREFIX`] and the
/// [`RELATIVE`] years that a date expression may start with; all other
/// expressions start with a numeral.
pub(super) const OTHER_START_WORDS: &[&str] =
    &["每年", "每月", "有效期", "上半年", "下半年", "第", "年", "首季", "“", "\"", "「"];

/// Whether a date expression may start at `rest` (whose first character is
/// one of [`DATE_STARTS`]): with a numeral, or with a start word. Most of
/// the start characters (上, 有, 本, 当 …) start other words far more
/// often; the grammar is not tried there. Nor is it at a quote or 第
/// before anything but a numeral (they open only “十四五”期间 and 第三季度),
/// or at a 年 before anything but 底, 末, 内 (年底前, 年内).
pub(in crate::date) fn may_start_at(rest: &str) -> bool {
    static WORDS: LazyLock<WordIndex> = LazyLock::new(|| {
        let relative = RELATIVE.iter().map(|r| r.0);
        WordIndex::new(FROM_PREFIX.iter().chain(UNTIL_PREFIX).chain(OTHER_START_WORDS).copied().chain(relative))
    });
    let mut chars = rest.chars();
    let Some(first) = chars.next() else { return false };
    let next = chars.next();
    match first {
        c if is_md_char(c) => goes_on_as_date(rest),
        '“' | '"' | '「' | '第' => next.is_some_and(is_md_char),
        '年' => matches!(next, Some('底' | '末' | '内')),
        _ => WORDS.longest(rest).is_some(),
    }
}

/// Whether the numeral characters that start `rest` may go on as a date
/// expression of running text: after its numeral a date reads a mark of
/// [`DATE_MARKS`] (2023年, 4月, 18日, 一季度, “十四五”期间, 十三五末; a
/// separator only with a digit after it: 2023.4.18), 号 (18号), 规划期间
/// or 时期 after a plan, a joiner (3至5月, 3—5月), or layout space or a
/// line break before one of them; 二O二三年 reads a Latin O. A numeral
/// that goes on with other numeral characters (一百, 两万) is no date's,
/// and the grammar refuses it at the first of them. Most numerals of
/// running text start no date: list labels (一), 二、, 1.), counts (20个
/// 工作日, 1万亩, 一平台) are turned away here.
fn goes_on_as_date(rest: &str) -> bool {
    let after = rest.trim_start_matches(|c| NUMERAL_CHARS.contains(c));
    let mut chars = after.chars();
    let Some(c) = chars.next() else { return false };
    if matches!(fold_char(c), '.' | '/') || matches!(c, '-' | '－') {
        // 2023.4.18, 2023-04-18, 2023/4/18; a dash also joins (3-5月).
        return chars.next().is_some_and(is_digit) || is_dash(c);
    }
    DATE_MARKS.contains(c)
        || is_dash(c)
        || c.is_whitespace()
        || is_space(c)
        || matches!(c, '号' | '规' | '时' | '至' | '到' | 'O' | 'Ｏ' | 'o')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::grammar::{Grammar, Mode};

    /// An expression each of [`OTHER_START_WORDS`] starts, in its order,
    /// and the place the grammar reads it.
    const OTHER_STARTS: &[&str] = &[
        "每年3月31日前", // Grammar::expression → recurring
        "每月10日前",    // Grammar::expression → monthly
        "有效期5年",     // Grammar::expression → validity_clause
        "上半年",        // Grammar::fields, with no year before
        "下半年度",      // Grammar::fields, with no year before
        "第三季度末",    // Grammar::quarter
        "年底前",        // Grammar::year_tok: the bare 年 of 年底, 年末, 年内
        "首季度",        // Grammar::quarter (and 首季 alone)
        "“十三五”期间",  // Grammar::plan, and its other quotes:
        "\"十四五\"时期",
        "「十四五」末",
    ];

    #[test]
    fn list_labels_start_no_date() {
        for label in ["一)", "三十四）", "二、", "1. ", "12．", "3.", "二十)", "20个", "1万亩"] {
            assert!(!goes_on_as_date(label), "{label}");
            let text = format!("{label}于2023年4月18日");
            let dates = crate::date::DateParser::new().find_dates(&text);
            assert_eq!(dates.iter().map(|d| &text[d.span.start..d.span.end]).collect::<Vec<_>>(), ["2023年4月18日"]);
        }
        for start in
            ["2023.4.18", "4月", "18日", "2023年", "3—5月", "3-5月", "3至5月", "一季度", "18号", "2023 年", "二O二三年"]
        {
            assert!(goes_on_as_date(start), "{start}");
        }
    }

    #[test]
    fn the_other_start_words_start_expressions_in_running_text() {
        assert_eq!(OTHER_STARTS.len(), OTHER_START_WORDS.len());
        for (w, example) in OTHER_START_WORDS.iter().zip(OTHER_STARTS) {
            assert!(example.starts_with(w), "{example}");
            assert!(may_start_at(example), "{example}");
            let g = Grammar::new(example, Some(2023), Mode::Running);
            let f = g.expression(0).unwrap_or_else(|_| panic!("no date in {example}"));
            assert_eq!(&example[f.span.start..f.span.end], *example);
        }
    }
}
