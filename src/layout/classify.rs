//! What each paragraph looks like on its own: a banner, a TOC entry, a date
//! line, a document number, addressees, a clause marker, a colophon field…
//!
//! Classification looks at one paragraph at a time; the structure layer
//! decides from the sequence what a paragraph is (a heading-like line is a
//! title only where a title can stand).

use std::cell::OnceCell;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::marker::{Marker, marker};
use super::{Para, ParaKind};
use crate::lexicon::{ADMIN_LEVELS, colophon_field, ends_like_organ};
use crate::text::{fold, fold_char, is_close_paren, is_open_paren, strip_layout_spaces};

/// The look of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Class {
    /// 【市政府办公厅文件】: a section banner (name without brackets).
    Banner(String),
    /// 目录, 目 录, 目　　录.
    TocHeading,
    /// A table-of-contents entry: a title and a page number at the end.
    TocEntry {
        /// The title, layout spaces and dot leaders removed.
        title: String,
        /// The page number.
        page: Option<u32>,
    },
    /// A paragraph that is only a date, perhaps in brackets: (2023年4月18日).
    Date(NaiveDate),
    /// A paragraph that is only a 发文字号 or decree number.
    DocNumber,
    /// A decree masthead: 中华人民共和国国务院令, 上海市人民政府令.
    DecreeHead,
    /// A 主送机关 line, split at its commas.
    Addressees(Vec<String>),
    /// A paragraph that starts with a clause marker.
    Marker(Marker),
    /// A `label: value` line (colophon).
    Field {
        /// The label without layout spaces.
        label: String,
        /// The value.
        value: String,
    },
    /// 第 10 期(总第 538 期), 2023年第10期(总第538期), 2023年第12号〔总号：1798〕.
    IssueLine {
        /// The year, when printed.
        year: Option<i32>,
        /// The issue number.
        number: Option<u32>,
        /// The cumulative number.
        cumulative: Option<u32>,
    },
    /// A gazette's name alone: 上海市人民政府公报, 浙江政报.
    Masthead,
    /// A year alone: 2023, 2023年.
    Year(i32),
    /// A cumulative issue number alone: （总号：1797）, 〔总号：1798〕, （总第1798期）.
    Cumulative(u32),
    /// 5月20日出版.
    Published {
        /// Month.
        month: u32,
        /// Day.
        day: u32,
    },
    /// （此件公开发布）, （此件不予公开）, and a website's （本文有删减）.
    Note,
    /// A law's history note: （2021年8月20日…通过）, or a line
    /// `2022年4月14日 国家市场监督管理总局令第56号公布`.
    History,
    /// 关于《X》的政策解读: the title of an interpretation of X.
    Interpretation(String),
    /// 附件, 附件1.
    AttachmentLabel,
    /// 附件：1. … — the 附件说明 of a body, listing its attachments.
    AttachmentNote,
    /// A line of the 版记 at the foot of a document: 抄送：…, 主题词：…,
    /// 上海市人民政府办公厅 2023年4月18日印发.
    Record,
    /// Short text without sentence punctuation: may be a title line.
    Heading,
    /// Anything else.
    Text,
}

/// A table-of-contents entry: a title, an optional dot leader, and a page
/// number in brackets (…的通知..... (3)); or a title, a dot leader that
/// cannot be missing, and a bare page number (…的通知 ……… 5). The title
/// is the shortest that leaves a [`TOC_PAGE`] after it.
static TOC_ENTRY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^(?P<title>.+?){TOC_PAGE}")).expect("valid regex"));

/// The page number that ends a table-of-contents entry, with the dot
/// leader before it.
const TOC_PAGE: &str = concat!(
    r"(?:[\s.．·…]*[（(]\s*(?P<page>[0-9０-９]{1,4})\s*[)）]",
    r"|\s*[.．·…—－-]{2,}\s*(?P<bare>[0-9０-９]{1,4}))$"
);

/// [`TOC_PAGE`] alone, searched for from the end of a line.
static TOC_PAGE_AT: LazyLock<Regex> = LazyLock::new(|| Regex::new(TOC_PAGE).expect("valid regex"));

/// A line read as [`TOC_ENTRY`]: its title and the captures of its page.
/// The leftmost page that ends the line is where the shortest title ends,
/// so the page is found first, from the end of the line, and the title
/// never goes through the regex: a title holds no line break. Only a
/// line that is a page from its first character needs [`TOC_ENTRY`]
/// itself, whose title takes that character at least.
fn toc_entry(t: &str) -> Option<(&str, regex::Captures<'_>)> {
    let page = TOC_PAGE_AT.captures(t)?;
    let start = page.get(0)?.start();
    if start > 0 {
        let title = &t[..start];
        return (!title.contains('\n')).then_some((title, page));
    }
    let entry = TOC_ENTRY.captures(t)?;
    Some((entry.name("title")?.as_str(), entry))
}
/// An issue line: `第X期` or `第X号` (the State Council's gazette numbers
/// its issues by 号), after an optional year, before an optional cumulative
/// number in any of the forms gazettes print it: （总第538期）, 总第538期
/// without brackets, （总号：1798）, 〔总号：1798〕, （总538期）. Layout spaces
/// are gone before classification, so `2023年 第5期 总第123期` reads too.
/// Numbers may be written in Chinese numerals, as older issues are
/// (一九六四年第十一号（总第二九九号）); [`issue_number`] reads them.
static ISSUE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        concat!(
            r"^(?:(?P<year>[0-9{y}]{{4}})年?)?第(?P<number>{n}{{1,4}})(?:期|号)",
            r"(?:[（(〔［\[]?(?:总第(?P<total>{n}{{1,6}})(?:期|号)|总号[:：]?(?P<serial>{n}{{1,6}})|总(?P<short>{n}{{1,6}})期)[)）〕］\]]?)?$"
        ),
        y = CHINESE_YEAR_DIGITS,
        n = issue_digit()
    ))
    .expect("valid regex")
});

/// The Chinese digits a year is written in, digit by digit (二〇二三年).
const CHINESE_YEAR_DIGITS: &str = "〇○零一二三四五六七八九";

fn is_chinese_year_digit(c: char) -> bool {
    CHINESE_YEAR_DIGITS.contains(c)
}

/// A digit of an issue or cumulative number, as a regex class: Arabic or
/// a Chinese numeral.
fn issue_digit() -> String {
    format!("[0-9{CHINESE_YEAR_DIGITS}十百千]")
}

/// The value of an issue's year or number as printed: 538, 一九六四 (digit
/// by digit), 二八九, 十一 (with units).
fn issue_number(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let n = crate::numeral::parse_digit_sequence(s)
        .ok()
        .map(i128::from)
        .or_else(|| crate::numeral::parse_integer(s).ok())?;
    u32::try_from(n).ok()
}

static PUBLISHED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[0-9]{4}年)?(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日出版$").expect("valid regex"));
/// A cumulative number on its own line, in the same forms as in an issue
/// line: （总号：1797）, 〔总号：1798〕, 总号1798, （总第1798期）, 总第538号,
/// （总第二八九号）.
static CUMULATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^[（(〔［\[]?总(?:号|第)[:：]?(?P<n>{n}{{1,6}})(?:期|号)?[)）〕］\]]?$", n = issue_digit()))
        .expect("valid regex")
});
static DECREE_SERIAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[（(]?(?:[0-9]{4}年)?第[0-9]{1,6}号[)）]?$").expect("valid regex"));
/// The verbs that close a history note's events: 通过, 公布, 修正 …, and
/// [`AMENDED`].
const HISTORY_VERBS: &[&str] = &["通过", "公布", "发布", "施行", "修正", "修订", "批准", AMENDED];
/// 修改 also stands inside the title of the decision that amends
/// (《关于修改〈X〉的决定》第一次修正, a line LawRefBook may cut after the
/// title's 、), so it closes a note only at the note's end (…《关于修改和
/// 废止有关规章的决定》修改).
const AMENDED: &str = "修改";
static HISTORY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[（(]?[0-9{y}]{{4}}年.{{1,{run}}}(?:{verbs})(?:[^。]{{0,{run}}})?[)）]?$",
        y = CHINESE_YEAR_DIGITS,
        run = MAX_HISTORY_RUN_CHARS,
        verbs = HISTORY_VERBS.iter().filter(|v| **v != AMENDED).copied().collect::<Vec<_>>().join("|")
    ))
    .expect("valid regex")
});

/// Whether `t` opens, after an optional bracket, with a year of four digits
/// and 年, as [`HISTORY`] and [`is_long_history`] both require: the cheap
/// test that spares the regex the many items that open with （一）.
fn opens_with_year(t: &str) -> bool {
    let mut chars = t.strip_prefix(['（', '(']).unwrap_or(t).chars();
    let year_digit = |c: char| crate::text::is_digit(c) || is_chinese_year_digit(c);
    (0..4).all(|_| chars.next().is_some_and(year_digit)) && chars.next() == Some('年')
}

/// A bracketed history note too long for [`HISTORY`]'s bounded runs (a law
/// amended six times lists every amendment in one note): it opens with a
/// year and closes with a verb of adoption or amendment.
fn is_long_history(t: &str) -> bool {
    let Some(inner) = t.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')'])) else { return false };
    let opens_with_year =
        inner.chars().take(5).filter(char::is_ascii_digit).count() == 4 && inner.chars().nth(4) == Some('年');
    opens_with_year && HISTORY_VERBS.iter().any(|v| inner.ends_with(v))
}

/// A history line that closes with [`AMENDED`]: 2022年3月24日 《国家市场监督
/// 管理总局关于修改和废止有关规章的决定》修改.
fn ends_amended(t: &str) -> bool {
    t.trim_end().trim_end_matches([')', '）']).ends_with(AMENDED)
}

/// A history line that names a day and a meeting or announcement without a
/// verb of its own: 2018年9月17日 最高人民法院审判委员会第1749次会议 (its 通过
/// on the next line, after the other organ's meeting), 2019年1月20日 河南省
/// 第十三届人民代表大会第二次会议主席团公告. The day is required: a year alone
/// opens titles (2023年全市安全生产工作会议).
fn is_dated_session(t: &str) -> bool {
    let t = t.trim_end();
    if !(t.ends_with("会议") || t.ends_with("公告")) {
        return false;
    }
    let digit = |c: char| crate::text::is_digit(c) || is_chinese_year_digit(c) || c == '十';
    // 年, then a month and a day of one to three numeral characters each.
    let Some(after_year) = t.split_once('年').map(|(_, r)| r) else { return false };
    let Some((month, rest)) = after_year.split_once('月') else { return false };
    let Some((day, _)) = rest.split_once('日') else { return false };
    let short_number = |s: &str| (1..=3).contains(&s.chars().count()) && s.chars().all(digit);
    short_number(month) && short_number(day)
}

/// Longest run of a history note between its first year and its last verb
/// (通过, 公布, 修正…), and after that verb. A law amended several times
/// lists every adoption and amendment in one note, well over a hundred
/// characters; the bound keeps the regex from reading a whole chapter.
const MAX_HISTORY_RUN_CHARS: usize = 200;

/// An unbracketed history line (2022年4月14日 国家市场监督管理总局令第56号公布,
/// about 60 bytes; an amendment by a 决定 whose title names another
/// regulation, about 230) is shorter than this: a longer paragraph that
/// starts with a date and ends with 公布 or 施行 is a sentence of the text.
const UNBRACKETED_HISTORY_BYTES: usize = 300;
static INTERPRETATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:.{{0,{MAX_INTERPRETER_CHARS}}}?关于)?《(?P<target>.+)》(?:的)?(?:(?:政策)?解读|起草说明)$"
    ))
    .expect("valid regex")
});

/// Longest text before 关于 in the title of an interpretation: the organ
/// that explains (市发展改革委关于《…》的政策解读), an organ's name with room
/// for two organs explaining together.
const MAX_INTERPRETER_CHARS: usize = 40;

/// A decree's serial on the line under its masthead: 第707号, （第350号）,
/// 2023年第5号 (a folded line).
pub(crate) fn is_decree_serial(folded: &str) -> bool {
    DECREE_SERIAL.is_match(folded)
}

/// Classifies one paragraph. `text` is the whole source text.
///
/// ```
/// use gongbao::layout::{layout, classify::{classify, Class}};
/// let src = "(2023年4月18日)\n\n沪府办规〔2023〕12号\n\n各区人民政府，市政府各委、办、局，各有关单位：";
/// let l = layout(src);
/// let classes: Vec<Class> = l.paras.iter().map(|p| classify(src, p)).collect();
/// assert!(matches!(classes[0], Class::Date(d) if d.to_string() == "2023-04-18"));
/// assert_eq!(classes[1], Class::DocNumber);
/// assert_eq!(classes[2], Class::Addressees(vec!["各区人民政府".into(), "市政府各委、办、局".into(), "各有关单位".into()]));
/// ```
pub fn classify(text: &str, p: &Para) -> Class {
    match p.kind {
        ParaKind::PageNumber | ParaKind::Comment => return Class::Text,
        ParaKind::Heading(_) | ParaKind::Text => {}
    }
    let t = p.text(text);
    if t.is_empty() {
        return Class::Text;
    }
    // Most classes are one short line; a long paragraph can only be a
    // clause, a history note, or text. Checking that first keeps the cost
    // of classifying proportional to the text, without a regex run over
    // every long paragraph.
    // The folded text, made once for the rules of short lines that read it.
    let folded = OnceCell::new();
    if t.len() <= SHORT_LINE_BYTES
        && let Some(c) = classify_short(t, &folded)
    {
        return c;
    }
    let bracketed = t.starts_with(['（', '(']);
    // Digits of either width: a typeset note prints （２０２１年８月２０日…）.
    if (bracketed || t.starts_with(crate::text::is_digit))
        && opens_with_year(t)
        && (bracketed || p.span.len() < UNBRACKETED_HISTORY_BYTES)
        && !t.contains('。')
        && (HISTORY.is_match(&fold(t)) || is_long_history(t) || is_dated_session(t) || ends_amended(t))
    {
        return Class::History;
    }
    if (t.ends_with("解读") || t.ends_with("起草说明"))
        && let Some(c) = INTERPRETATION.captures(t)
    {
        return Class::Interpretation(c["target"].to_string());
    }
    if let Some(m) = first_line_marker(text, p) {
        return Class::Marker(m);
    }
    // A field and the 附件说明 hold a colon, a record a colon or 印发 at
    // its end, an attachment label opens with 附件: only such short lines
    // are folded for these rules.
    if t.len() <= SHORT_LINE_BYTES && (t.contains([':', '：']) || t.ends_with("印发") || t.starts_with("附件")) {
        let f = folded.get_or_init(|| fold(t)).as_str();
        if let Some(field) = field(f) {
            return field;
        }
        if is_record(f) {
            return Class::Record;
        }
        if is_attachment_label(f) {
            return Class::AttachmentLabel;
        }
        if f.strip_prefix("附件").is_some_and(|r| r.starts_with(':')) && !f.contains('。') {
            return Class::AttachmentNote;
        }
    }
    if t.ends_with(['：', ':'])
        && let Some(parts) = addressees(t)
    {
        return Class::Addressees(parts);
    }
    if is_heading(t) {
        return Class::Heading;
    }
    Class::Text
}

/// Longest paragraph (in bytes) that may be a banner, a TOC entry, a date,
/// a number, a masthead or colophon line: 100 CJK characters.
const SHORT_LINE_BYTES: usize = 300;

/// Longest name of a section banner: the banner names a kind of document
/// (【市政府办公厅文件】, 【政策解读】: 8 characters at most in the corpus);
/// a longer line in 【】 is a bracketed heading or text.
const MAX_BANNER_CHARS: usize = 20;

/// Longest masthead line, a decree's (中华人民共和国国务院令, 11 characters)
/// or a gazette's (上海市人民政府公报, 9): an organ's name and 令 or 公报, with
/// room for the longest names (新疆维吾尔自治区人民政府办公厅, 15 characters).
/// A sentence that ends in 令 or 公报 (…依法发布的公报) is longer.
const MAX_MASTHEAD_CHARS: usize = 24;

/// Longest line that may be a date alone: （二〇二三年十二月三十一日） is 14
/// characters; 24 leaves room for stray spaces, and lines longer than that
/// never reach the date grammar.
const MAX_DATE_LINE_CHARS: usize = 24;

/// Longest line that may be a year alone: four full-width digits and 年.
const YEAR_LINE_BYTES: usize = 5 * 3;

/// Longest bracketed 此件… note (此件公开发布, 此件不予公开: 6 characters).
const MAX_NOTE_CHARS: usize = 12;

/// The classes only a short paragraph can have; `folded` holds `t` folded
/// once it is made.
fn classify_short(t: &str, folded: &OnceCell<String>) -> Option<Class> {
    if let Some(inner) = t.strip_prefix('【').and_then(|r| r.strip_suffix('】'))
        && !inner.contains('【')
        && inner.chars().count() <= MAX_BANNER_CHARS
    {
        return Some(Class::Banner(inner.to_string()));
    }
    if t == "目录" {
        return Some(Class::TocHeading);
    }
    // A TOC entry ends with its page number, bracketed or not.
    let before_bracket = t.strip_suffix([')', '）']).unwrap_or(t).trim_end();
    if before_bracket.ends_with(|c: char| crate::text::is_digit(c))
        && let Some((title, c)) = toc_entry(t)
    {
        let title = title.trim_end_matches(['.', '．', '·', '…', ' ', '\u{3000}']).to_string();
        let page = c.name("page").or(c.name("bare")).and_then(|m| fold(m.as_str()).parse().ok());
        // A TOC entry is a title: no sentence punctuation before the page.
        if !title.is_empty() && !title.contains(['。', '；', '，', ',', ';']) && !is_date_text(&title) {
            return Some(Class::TocEntry { title: strip_layout_spaces(&title), page });
        }
    }
    // A day that ends in 印发 is the 印发日期 of a 版记 (raw PDF text sets
    // it apart from the organ that prints): a record, never a 成文日期.
    if let Some(d) = date_only(t).filter(|_| !t.ends_with("印发")) {
        return Some(Class::Date(d));
    }
    // The rules below read the folded line, which is made only for a line
    // that passes the cheap tests in front of a rule: those look at `t`'s
    // first and last characters folded one at a time, which are the folded
    // line's (folding maps each character to one).
    let f = || folded.get_or_init(|| fold(t)).as_str();
    let mut chars = t.chars().map(fold_char);
    let (first, second, last) = (chars.next(), chars.next(), t.chars().next_back().map(fold_char));
    // Each regex below runs only on lines that end or hold its key word.
    let published = if t.ends_with("出版") { PUBLISHED.captures(f()) } else { None };
    if let Some(c) = published
        && let (Ok(month), Ok(day)) = (c["m"].parse(), c["d"].parse())
    {
        return Some(Class::Published { month, day });
    }
    // 第N号 alone is a decree's serial; an issue numbered by 号 has its year.
    let decree_serial = first == Some('第') && last == Some('号');
    // An issue line opens with its year or its 第.
    let opens_issue = first.is_some_and(|c| c == '第' || c.is_ascii_digit() || is_chinese_year_digit(c));
    let ends_issue = last.is_some_and(|c| matches!(c, '期' | '号' | ')' | '）' | '〕' | '］' | ']'));
    let issue_line = if ends_issue && !decree_serial && opens_issue { ISSUE_LINE.captures(f()) } else { None };
    if let Some(c) = issue_line {
        return Some(Class::IssueLine {
            year: c.name("year").and_then(|m| issue_number(m.as_str())).and_then(|y| i32::try_from(y).ok()),
            number: c.name("number").and_then(|m| issue_number(m.as_str())),
            cumulative: ["total", "serial", "short"]
                .iter()
                .find_map(|g| c.name(g))
                .and_then(|m| issue_number(m.as_str())),
        });
    }
    // A cumulative number opens with 总, after a bracket at most.
    let opens_cumulative = match first {
        Some('（' | '(' | '〔' | '［' | '[') => second == Some('总'),
        c => c == Some('总'),
    };
    let cumulative = if opens_cumulative { CUMULATIVE.captures(f()) } else { None };
    if let Some(n) = cumulative.and_then(|c| issue_number(&c["n"])) {
        return Some(Class::Cumulative(n));
    }
    // A year alone, with or without 年 (a masthead prints 2023 or 2023年
    // on its own line above the issue number): four digits of at most
    // three bytes each and 年.
    if t.len() <= YEAR_LINE_BYTES {
        let f = f();
        let year = f.strip_suffix('年').unwrap_or(f);
        if year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && let Ok(y) = year.parse()
        {
            return Some(Class::Year(y));
        }
    }
    // A number alone on its line; or a decree's serial alone (第707号,
    // （第350号）), which follows the decree's masthead line.
    if last.is_some_and(|c| matches!(c, '号' | ')' | '）'))
        && (is_decree_serial(f()) || crate::docnum::parse(t).is_ok())
    {
        return Some(Class::DocNumber);
    }
    // 第四章　人身安全保护令 is a chapter heading, not a decree's masthead.
    if t.ends_with('令')
        && t.chars().count() <= MAX_MASTHEAD_CHARS
        && !t.contains(['，', '。', '《'])
        && marker(t, 0).is_none()
    {
        return Some(Class::DecreeHead);
    }
    // A gazette is named 公报 (上海市人民政府公报) or 政报 (浙江政报, 湖北政报).
    // 第八章　专利登记和专利公报 is a chapter heading, not a gazette's name.
    if (t.ends_with("公报") || t.ends_with("政报"))
        && t.chars().count() <= MAX_MASTHEAD_CHARS
        && !t.contains(['，', '。', '《'])
        && marker(t, 0).is_none()
    {
        return Some(Class::Masthead);
    }
    if let Some(inner) = t.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']))
        && (inner.starts_with("此件") || inner.starts_with("本文有删减"))
        && inner.chars().count() <= MAX_NOTE_CHARS
    {
        return Some(Class::Note);
    }
    None
}

/// The clause marker at the start of a paragraph, read from the source so
/// that its span points into it (Markdown `#` marks skipped).
pub fn first_line_marker(text: &str, p: &Para) -> Option<Marker> {
    let first = *crate::layout::without_strong(text, &p.lines).first()?;
    let line = &text[first.start..first.end];
    let body = line.trim_start_matches('#').trim_start();
    marker(body, first.start + (line.len() - body.len()))
}

fn is_date_text(s: &str) -> bool {
    s.ends_with('日') && s.contains('年')
}

/// A paragraph that is only a day: 2019年1月24日, (2023年4月18日),
/// 二〇一九年一月二十四日.
pub(crate) fn date_only(t: &str) -> Option<NaiveDate> {
    // Dates are short; skip the date grammar for everything else.
    // More than four bytes a character: too many characters, uncounted.
    if t.len() > 4 * MAX_DATE_LINE_CHARS
        || t.chars().count() > MAX_DATE_LINE_CHARS
        || !t.contains('年')
        || !t.contains('日')
    {
        return None;
    }
    match crate::date::parse(t) {
        Ok(crate::date::DateValue::Day(d)) => Some(d),
        _ => None,
    }
}

fn field(folded: &str) -> Option<Class> {
    let (label, value) = folded.split_once(':')?;
    let label = crate::text::stripped_layout_spaces(label);
    colophon_field(&label)
        .is_some()
        .then(|| Class::Field { label: label.into_owned(), value: value.trim().to_string() })
}

/// 抄送：…, 主题词：…, 印发机关 + 日期 + 印发: the 版记 (GB/T 9704 §7.4).
fn is_record(folded: &str) -> bool {
    let labelled = ["抄送", "主题词", "抄报", "分送"]
        .iter()
        .any(|l| folded.strip_prefix(l).is_some_and(|r| r.trim_start().starts_with(':')));
    labelled
        || (folded.ends_with("印发")
            && folded.contains('年')
            && folded.contains('日')
            && folded.chars().count() <= MAX_PRINTED_BY_CHARS)
}

/// Longest 印发 line of a 版记: an organ, a date and 印发 (上海市人民政府办公厅
/// 2023年4月18日印发, 22 characters), with room for the longest organ
/// names. A sentence that ends in 印发 is longer.
const MAX_PRINTED_BY_CHARS: usize = 40;

/// 附件, 附件1, 附件 2: the label that opens an attachment. 附件：… with a
/// colon is the 附件说明 of a body, which lists attachments, not one.
fn is_attachment_label(folded: &str) -> bool {
    attachment_number(folded).is_some()
}

/// The number of an attachment label (folded): 附件 → `[]`, 附件1 → `[1]`,
/// 附件 4-1 and 附件4－1 → `[4, 1]`, 附件3-2-1 → `[3, 2, 1]` (an attachment of
/// attachment 3-2). `None` when the line is no label.
pub(crate) fn attachment_number(folded: &str) -> Option<Vec<u32>> {
    let rest = folded.strip_prefix("附件")?.trim_start_matches(crate::text::is_space);
    if rest.is_empty() {
        return Some(Vec::new());
    }
    // 附件一, 附件二 (a law's attachments): one level, in Chinese numerals.
    if rest.chars().count() <= MAX_ATTACHMENT_NUMBER_DIGITS && rest.chars().all(|c| "一二三四五六七八九十".contains(c))
    {
        return crate::numeral::parse_integer(rest).ok().and_then(|v| u32::try_from(v).ok()).map(|n| vec![n]);
    }
    let parts: Vec<&str> = rest.split(['-', '－', '—', '–']).collect();
    if parts.len() > MAX_ATTACHMENT_LEVELS {
        return None;
    }
    parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.len() <= MAX_ATTACHMENT_NUMBER_DIGITS && p.chars().all(|c| c.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect()
}

/// Deepest attachment number: 附件3-2-1.
const MAX_ATTACHMENT_LEVELS: usize = 3;

/// Most digits in an attachment's number (附件12): a document has tens of
/// attachments at most, so a longer number after 附件 makes no label.
const MAX_ATTACHMENT_NUMBER_DIGITS: usize = 3;

/// 各区人民政府，市政府各委、办、局，各有关单位： — a line closed by a
/// colon, without a sentence inside, whose comma-separated parts name
/// organs: most parts end in an organ or place word, and the others are
/// short collectives (各人民团体, 各位委员).
fn addressees(t: &str) -> Option<Vec<String>> {
    let body = t.strip_suffix(['：', ':'])?;
    if body.is_empty() || body.contains(['。', '；', '《', '“']) || body.chars().count() > MAX_ADDRESSEES_CHARS {
        return None;
    }
    let mut parts: Vec<String> =
        body.split(['，', ',']).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    // Without a comma, 、 separates whole addressees when every piece is an
    // organ's full name (河北省人民政府、国家发展改革委); with commas it
    // lists peers inside one part (教育部、外交部、财政部), and pieces that
    // share a word (各省、自治区、直辖市人民政府; 市政府各委、办、局) are no
    // names of their own.
    if let [only] = parts.as_slice() {
        let pieces: Vec<&str> = only.split('、').collect();
        let named = |p: &&str| p.chars().count() >= MIN_ADDRESSEE_CHARS && ends_like_organ(strip_trailing_bracket(p));
        // 中央国家机关各部门、各单位: a later piece that opens with 各 or 有关
        // shares the first piece's qualifier.
        let shares = |p: &&str| crate::lexicon::COLLECTIVES.iter().any(|c| p.starts_with(c));
        if pieces.len() > 1 && pieces.iter().all(named) && !pieces[1..].iter().any(shares) {
            parts = pieces.iter().map(|p| p.to_string()).collect();
        }
    }
    // 各省、自治区、直辖市人民政府: the enumeration shares its last word.
    // A bracketed second name or alternative after the organ counts as
    // part of it: 成员单位办公厅（室）.
    let organ = |s: &str| {
        let s = strip_trailing_bracket(s);
        ends_like_organ(s) || ADMIN_LEVELS.iter().any(|level| s.ends_with(level))
    };
    let collective =
        |s: &str| (s.starts_with('各') || s.starts_with("有关")) && s.chars().count() <= MAX_COLLECTIVE_CHARS;
    let organs = parts.iter().filter(|p| organ(p)).count();
    let ok = !parts.is_empty() && organs * 2 > parts.len() && parts.iter().all(|p| organ(p) || collective(p));
    ok.then_some(parts)
}

/// `s` without a balanced bracketed part at its end: 办公厅（室） → 办公厅.
fn strip_trailing_bracket(s: &str) -> &str {
    let Some(body) = s.strip_suffix(['）', ')']) else { return s };
    match body.rfind(['（', '(']) {
        Some(open) if !body[open..].contains(['）', ')']) => &s[..open],
        _ => s,
    }
}

/// Longest 主送机关 line. A State Council document addresses whole classes
/// of organs in 28 characters (各省、自治区、直辖市人民政府，国务院各部委、
/// 各直属机构：), and the longest lists of a joint notice run to a few lines;
/// a longer paragraph that ends with a colon introduces what follows.
const MAX_ADDRESSEES_CHARS: usize = 200;

/// Shortest addressee named in full (教育部): the pieces of 各委、办、局
/// are shorter.
const MIN_ADDRESSEE_CHARS: usize = 3;

/// Longest addressee named without an organ or place word: a collective
/// (各人民团体, 各有关单位, 有关企业事业单位, 各位委员).
const MAX_COLLECTIVE_CHARS: usize = 12;

/// Longest heading line: a title that names the policy it issues runs
/// long (上海市人民政府办公厅印发《关于新时期强化投资促进加快建设现代化
/// 产业体系的政策措施》的通知, 44 characters); a longer line without
/// sentence punctuation is text that happens to have none.
const MAX_HEADING_CHARS: usize = 80;

/// A heading: short, no sentence punctuation; brackets allowed when
/// balanced (（试行第十版）).
fn is_heading(t: &str) -> bool {
    // More than four bytes a character: too many characters, uncounted.
    if t.len() > 4 * MAX_HEADING_CHARS {
        return false;
    }
    let n = t.chars().count();
    if n == 0 || n > MAX_HEADING_CHARS || t.contains(['。', '，', '；', '：', ',', ';', ':', '！', '？']) {
        return false;
    }
    let mut depth = 0i32;
    for c in t.chars() {
        if is_open_paren(c) {
            depth += 1;
        } else if is_close_paren(c) {
            depth -= 1;
        }
    }
    depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_toc_entry_reads_as_its_whole_regex_does() {
        let whole = |t: &str| {
            TOC_ENTRY
                .captures(t)
                .map(|c| (c["title"].to_string(), c.name("page").or(c.name("bare")).map(|m| m.range())))
        };
        let split = |t: &str| {
            toc_entry(t).map(|(title, c)| (title.to_string(), c.name("page").or(c.name("bare")).map(|m| m.range())))
        };
        for t in [
            "关于印发《方案》的通知..... (3)",
            "关于印发《方案》的通知（12）",
            "关于印发《方案》的通知 ……… 5",
            "关于印发…的通知……5",
            "目录……(3)",
            "..... (3)",
            "(3)",
            "((3)",
            "…… 5",
            "-- ..5",
            "标题-- ..5",
            "标题\n..... (3)",
            "标\n题..... (3)",
            "\n(3)",
            "标题 (12345)",
            "标题 ..12345",
            "标题（3）（4）",
            "标题.. (3) .. 4",
            "2023年第10期(总第538期)",
            "标题",
        ] {
            assert_eq!(split(t), whole(t), "{t:?}");
        }
    }
}
