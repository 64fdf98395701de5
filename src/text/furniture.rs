//! Page furniture: what a printed page carries besides the text, page
//! numbers and running heads (or footers), and that a text copied from the
//! printed issue keeps between the lines of a paragraph split by a page
//! break. One rule, used by the layout (which sees the whole text) and by
//! the responsible-unit lists (which may be handed one paragraph):
//!
//! - a **page number** is a line of [`is_page_number`];
//! - a **running head** is a line of the shape of [`is_running_head`] next
//!   to a page number, blank lines aside ([`running_head_candidates`]),
//!   that recurs. Only recurrence tells a running head from a short line of
//!   text, and how it is judged depends on what the reader sees: the
//!   layout counts the candidates of the whole text and also takes a line
//!   that names a gazette issue ([`names_an_issue`]); a reader of one list
//!   looks for the same line standing alone around the list.
//! - **web furniture** is a line of a web page saved as text that belongs
//!   to the site, not the document ([`is_web_furniture`]): a breadcrumb, a
//!   row of page commands (【打印】【关闭】), a share line, a QR-code
//!   caption.

use std::sync::LazyLock;

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::take_while_m_n,
    character::complete::char,
    combinator::{all_consuming, opt, recognize},
};
use regex::Regex;

use crate::lexicon::SITE_COUNTER_LABELS;
use crate::text::{CharSet, fold_char, is_dash, is_space};

/// Longest running head, in characters: a gazette's name and issue
/// (`上海市人民政府公报2023·12` has 17) with room for a ministry's name.
/// A longer line next to a page number is text.
pub const MAX_RUNNING_HEAD_CHARS: usize = 40;

/// Whether a line is a page number as printed between pages: 1–4 digits
/// (`13`), between dashes (`- 13 -`, `—13—`), `第13页`, `第13页共40页`,
/// `13/40`. Widths and spaces do not matter.
///
/// ```
/// use gongbao::text::is_page_number;
/// assert!(is_page_number("- 13 -") && is_page_number("第 3 页") && is_page_number("13/40") && is_page_number("12"));
/// assert!(!is_page_number("第三条") && !is_page_number("2023年"));
/// ```
pub fn is_page_number(line: &str) -> bool {
    if line.len() > 64 {
        return false;
    }
    // Every page number starts with a digit, a dash or 第: most lines are
    // turned away here without the fold below.
    let first = line.trim_start_matches(is_space).chars().next().map(fold_char);
    if !first.is_some_and(|c| c.is_ascii_digit() || is_dash(c) || c == '第') {
        return false;
    }
    let mut folded = String::with_capacity(line.len());
    folded.extend(line.chars().filter(|&c| !is_space(c)).map(fold_char));
    page_number(&folded).is_ok()
}

/// Columns of indentation from which a bare number (`13`) is set in like a
/// page number: centred or right-aligned on the page, never where a
/// paragraph or a list item starts (two full-width spaces, 4 columns).
pub const PAGE_NUMBER_INDENT: usize = 4;

/// Lines at the head of a text in which a bare number at the margin is not
/// taken for a page number: a masthead prints its year and issue number
/// there (`2023`, `10`).
pub const MASTHEAD_LINES: usize = 20;

/// Whether line `line_no` (from 1), set in by `indent` columns, is a page
/// number. A bare number of 1–4 digits tells itself from a year or a
/// count only by its place: set in from the margin
/// ([`PAGE_NUMBER_INDENT`]), or past the masthead ([`MASTHEAD_LINES`]) and
/// below 1000 (no page number of a gazette issue has four digits, most years
/// do). Every other shape of [`is_page_number`] is a page number wherever
/// it stands.
///
/// ```
/// use gongbao::text::is_page_number_at;
/// assert!(is_page_number_at("13", 10, 3) && is_page_number_at("13", 0, 40));
/// assert!(!is_page_number_at("2023", 0, 40) && !is_page_number_at("10", 0, 3));
/// assert!(is_page_number_at("- 3 -", 0, 1));
/// ```
pub fn is_page_number_at(line: &str, indent: usize, line_no: usize) -> bool {
    if !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) {
        let small = line.parse::<u32>().is_ok_and(|n| n < 1000);
        return line.len() <= 4 && (indent >= PAGE_NUMBER_INDENT || (small && line_no > MASTHEAD_LINES));
    }
    is_page_number(line)
}

/// [`is_page_number`] on a folded line without spaces.
fn page_number(i: &str) -> IResult<&str, &str> {
    fn digits(i: &str) -> IResult<&str, &str> {
        take_while_m_n(1, 4, |c: char| c.is_ascii_digit()).parse(i)
    }
    fn dashes(i: &str) -> IResult<&str, &str> {
        take_while_m_n(1, 2, is_dash).parse(i)
    }
    let total = (opt(char(',')), char('共'), digits, char('页'));
    all_consuming(alt((
        recognize((dashes, digits, dashes)),
        recognize((char('第'), digits, char('页'), opt(total))),
        recognize((digits, opt((char('/'), digits)))),
    )))
    .parse(i)
}

/// Whether a line has the shape of a running head or footer: at most
/// [`MAX_RUNNING_HEAD_CHARS`] characters, and none of the punctuation of a
/// sentence or a list (`、，；：。`, either width). Whether it *is* one is
/// told by its place and its recurrence (see the module docs).
///
/// ```
/// use gongbao::text::is_running_head;
/// assert!(is_running_head("上海市人民政府公报2023·12"));
/// assert!(!is_running_head("、市财政局") && !is_running_head("加强统筹。"));
/// ```
pub fn is_running_head(line: &str) -> bool {
    line.chars().count() <= MAX_RUNNING_HEAD_CHARS
        && !line.chars().any(|c| matches!(fold_char(c), '、' | ',' | ';' | ':' | '。'))
}

/// Whether a line names a gazette and its issue (`上海市人民政府公报
/// 2023·12`, `国务院公报2023年第5期`): a running head even where it does
/// not recur.
///
/// ```
/// use gongbao::text::names_an_issue;
/// assert!(names_an_issue("上海市人民政府公报 2023·12") && names_an_issue("国务院公报2023年第5期"));
/// assert!(!names_an_issue("上海市人民政府公报"));
/// ```
pub fn names_an_issue(line: &str) -> bool {
    static ISSUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"公报\s*[0-9]{4}\s*(?:[·・.．]\s*[0-9]{1,3}|年\s*第\s*[0-9]{1,3}\s*期)").expect("valid regex")
    });
    ISSUE.is_match(line)
}

/// The lines that may be running heads, among non-blank lines given as
/// (text without surrounding space, whether the line is a page number): a
/// line next to a page number with the shape of [`is_running_head`].
/// Returns each candidate's index with the number of page numbers next to
/// it (1 or 2: a head between two page numbers is seen from both), in
/// order. A page number next to another is a candidate too, and counts as
/// one more occurrence of its text; a caller that marks page numbers on
/// their own leaves them out.
///
/// ```
/// use gongbao::text::running_head_candidates;
/// let lines = [("一、加强统筹。", false), ("- 12 -", true), ("上海市人民政府公报", false), ("二、推进落实", false)];
/// assert_eq!(running_head_candidates(&lines), [(2, 1)]);
/// ```
pub fn running_head_candidates(lines: &[(&str, bool)]) -> Vec<(usize, usize)> {
    let page = |k: Option<usize>| k.and_then(|k| lines.get(k)).is_some_and(|l| l.1);
    lines
        .iter()
        .enumerate()
        .filter_map(|(k, &(line, _))| {
            let beside = usize::from(page(k.checked_sub(1))) + usize::from(page(k.checked_add(1)));
            (beside > 0 && is_running_head(line)).then_some((k, beside))
        })
        .collect()
}

/// The commands a government web page prints around a document, in 【】 or
/// [] (【打印】【关闭】, [字体：大 中 小]) or alone: they belong to the
/// site. Compared without spaces, folded.
const WEB_COMMANDS: &[&str] = &[
    "打印",
    "打印本页",
    "打印此页",
    "我要打印",
    "关闭",
    "关闭窗口",
    "关闭本页",
    "收藏",
    "加入收藏",
    "保存",
    "另存为",
    "纠错",
    "我要纠错",
    "返回顶部",
    "回到顶部",
    "下载地址",
    "点击此处下载",
    "返回",
    "分享",
    "字体:大中小",
    "字号:大中小",
    "大中小",
    "默认",
    "视力保护色",
];

/// Captions of a page's QR code and share buttons: a line that is one of
/// these, or starts with one of the share labels, is furniture.
const WEB_CAPTIONS: &[&str] = &[
    "扫一扫在手机打开当前页",
    "扫一扫在手机上打开当前页",
    "扫一扫在手机上查看当前页面",
    "扫一扫在手机打开当前页面",
    "用手机扫描二维码",
    "扫描二维码关注我们",
    "相关阅读",
    // The share box of a page: its QR caption, its title and its close
    // button (×).
    "用微信扫描二维码",
    "分享至好友和朋友圈",
    "×",
];

/// Labels of a share line: 分享到：, 分享到：微信 微博.
const SHARE_LABELS: &[&str] = &["分享到", "分享至"];

/// Labels before a breadcrumb: 当前位置：首页 > 政务公开.
const LOCATION_LABELS: &[&str] = &["您现在的位置", "您当前的位置", "您的位置", "当前位置", "所在位置", "位置"];

/// Longest step of a breadcrumb, in characters: a section's name
/// (政府信息公开目录, 国务院政策文件库).
const MAX_BREADCRUMB_STEP_CHARS: usize = 20;

/// Whether a line is the furniture of a web page saved as text: a
/// breadcrumb (`首页 > 政策 > 政策文件`, `当前位置：首页 > 政务公开`), a row
/// of page commands (`【打印】【关闭】`, `【字体：大 中 小】`), a share line
/// (`分享到：`), a QR-code caption (`扫一扫在手机打开当前页`), a Markdown
/// link to a file offered for download. Widths and spaces do not matter.
///
/// ```
/// use gongbao::text::is_web_furniture;
/// assert!(is_web_furniture("首页 > 政策 > 政策文件") && is_web_furniture("【打印】【关闭】"));
/// assert!(is_web_furniture("扫一扫在手机打开当前页") && is_web_furniture("分享到：微信 微博"));
/// assert!(is_web_furniture("扫描二维码 关注我们"));
/// // A byline and the counters of a saved page (pingjiang.gov.cn, 岳办发〔2017〕2号).
/// assert!(is_web_furniture("来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【"));
/// assert!(is_web_furniture("视力保护色:") && is_web_furniture("浏览量:") && is_web_furniture("浏览次数: 590"));
/// // A metadata box's row is no byline: its labels end in 日期 and 字号.
/// assert!(!is_web_furniture("发文字号:岳办发〔2017〕2号 成文日期:2017-01-10 来源:市政府办"));
/// // corpus/shanghai-md-huke-2025-5-naoji-jiekou-fangan.md.txt, its last line.
/// assert!(is_web_furniture("- [关于印发《上海市脑机接口未来产业培育行动方案（2025-2030年）》的通知.pdf](/cmsres/55/558b1398c370470e86e369212bfd13b6/91c3c13ab1b649ac4345852f7ba86686.pdf )"));
/// assert!(!is_web_furniture("[正文](#body)"));
/// assert!(!is_web_furniture("【政策解读】") && !is_web_furniture("一、总体要求") && !is_web_furniture("a > b"));
/// ```
pub fn is_web_furniture(line: &str) -> bool {
    if is_download_link(line) {
        return true;
    }
    if line.len() > 200 || !may_be_web_furniture(line) {
        return false;
    }
    let mut folded = String::with_capacity(line.len());
    folded.extend(line.chars().filter(|&c| !is_space(c)).map(fold_char));
    if folded.is_empty() {
        return false;
    }
    if WEB_CAPTIONS.contains(&folded.as_str()) {
        return true;
    }
    if let Some(rest) = SHARE_LABELS.iter().find_map(|l| folded.strip_prefix(l)) {
        // 分享到：微信 微博 QQ空间: the label and the names of a few sites.
        return rest.is_empty() || (rest.starts_with(':') && rest.chars().count() <= MAX_BREADCRUMB_STEP_CHARS);
    }
    if is_command_row(&folded) || is_breadcrumb(&folded) || is_site_notice(&folded) || is_site_field(&folded) {
        return true;
    }
    is_byline(&folded, line)
}

/// The first characters of [`WEB_CAPTIONS`], [`SHARE_LABELS`] and
/// [`WEB_COMMANDS`].
static FIRST_CHARACTERS: CharSet = CharSet::EMPTY
    .with_first_chars_of(WEB_CAPTIONS)
    .with_first_chars_of(SHARE_LABELS)
    .with_first_chars_of(WEB_COMMANDS);

/// The second characters of [`WEB_CAPTIONS`], [`SHARE_LABELS`] and
/// [`WEB_COMMANDS`].
static SECOND_CHARACTERS: LazyLock<CharSet> = LazyLock::new(|| {
    let mut set = CharSet::EMPTY;
    for word in WEB_CAPTIONS.iter().chain(SHARE_LABELS).chain(WEB_COMMANDS) {
        if let Some(c) = word.chars().nth(1) {
            set.insert(c);
        }
    }
    set
});

/// Whether a line may be web furniture at all, checked before it is folded
/// into a string: every shape of [`is_web_furniture`] past the download
/// link starts with a caption's, a share label's or a command's first
/// two characters, a bracket or `C` (Copyright), or holds a breadcrumb's
/// separator, 版 (版权所有) or `A` (All Rights Reserved), or a colon with
/// a byline's or a site field's label ([`LABEL_CHARACTERS`]). Most lines
/// of text are turned away here.
fn may_be_web_furniture(line: &str) -> bool {
    let mut chars = line.chars().filter(|&c| !is_space(c)).map(fold_char);
    let (Some(first), second) = (chars.next(), chars.next()) else { return false };
    // A line that opens with a caption, a share label or a command has
    // the word's second character next, or is the word (×).
    let opens_with_word = FIRST_CHARACTERS.contains(first) && second.is_none_or(|c| SECOND_CHARACTERS.contains(c));
    // A space folds to none of these: the whole line is searched as it is.
    matches!(first, '【' | '[' | 'C')
        || opens_with_word
        // No place mark stands before the first furniture mark.
        || FURNITURE_MARKS
            .find(line, 0)
            .is_some_and(|k| PLACE_MARKS.find(line, k).is_some() || LABEL_CHARACTERS.find(line, 0).is_some())
}

/// The characters that let a line through [`may_be_web_furniture`]
/// wherever they stand: a breadcrumb's separators, 版 and `A`, in either
/// width (the characters that fold to them).
const PLACE_MARKS: CharSet = CharSet::EMPTY.with_all(&['>', '＞', '»', '›', '〉', '→', '版', 'A', 'Ａ']);

/// [`PLACE_MARKS`] and the colons, which let a line through only with one
/// of [`LABEL_CHARACTERS`].
const FURNITURE_MARKS: CharSet = PLACE_MARKS.with_all(&[':', '：']);

/// The first characters of the labels of a byline ([`BYLINE_LABELS`],
/// [`BYLINE_AUTHOR_LABEL`]) and of a site field ([`SITE_COUNTER_LABELS`],
/// [`DISPLAY_OPTION_LABELS`]): the shapes that a colon alone lets through
/// hold one of them (a byline at least one of its [`BYLINE_LABELS`]).
static LABEL_CHARACTERS: CharSet = CharSet::EMPTY
    .with_first_chars_of(BYLINE_LABELS)
    .with_first_chars_of(&[BYLINE_AUTHOR_LABEL])
    .with_first_chars_of(SITE_COUNTER_LABELS)
    .with_first_chars_of(DISPLAY_OPTION_LABELS);

/// File types a page offers its attachments in.
const DOWNLOAD_EXTENSIONS: &[&str] = &[".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".ofd", ".zip", ".rar"];

/// A Markdown link to a file, alone on its line, as a saved page lists its
/// downloads (`- [关于印发…的通知.pdf](/cmsres/….pdf )`): the link, not
/// the document's text, which the page prints above it.
fn is_download_link(line: &str) -> bool {
    // A link ends with its target's `)`: the cheap test first.
    if !line.trim_end().ends_with(')') {
        return false;
    }
    let t = line.trim();
    let t = t.strip_prefix(['-', '*', '+']).map_or(t, str::trim_start);
    let Some(inner) = t.strip_prefix('[').and_then(|t| t.strip_suffix(')')) else {
        return false;
    };
    let Some((name, _target)) = inner.split_once("](") else {
        return false;
    };
    let name = name.trim_end().to_ascii_lowercase();
    DOWNLOAD_EXTENSIONS.iter().any(|ext| name.ends_with(ext))
}

/// Longest line of a page's copyright notice or byline, in characters.
const MAX_SITE_LINE_CHARS: usize = 80;

/// A page's copyright notice: `Copyright © … All Rights Reserved`,
/// `山东省人民政府 版权所有` (a folded line, spaces dropped).
fn is_site_notice(folded: &str) -> bool {
    folded.chars().count() <= MAX_SITE_LINE_CHARS
        && (folded.contains("版权所有") || folded.starts_with("Copyright") || folded.contains("AllRightsReserved"))
}

/// Labels of an article's byline on a news or law site (作者:小柯,
/// 来源: 政府 时间: 2020-05-15 16:10:46 评论(/)).
const BYLINE_LABELS: &[&str] = &["来源:", "时间:", "浏览:", "阅读:", "点击:", "评论("];

/// The label that makes a byline alone.
const BYLINE_AUTHOR_LABEL: &str = "作者:";

/// Fewest [`BYLINE_LABELS`] of a byline without 作者: (来源: … 时间: … is
/// also a one-row metadata box).
const MIN_BYLINE_LABELS: usize = 3;

/// Labels that count towards a byline only where a field starts (at the
/// start of the line or after a space): inside a word they are the end of
/// a metadata box's label (成文日期:, 发文字号:), which is no furniture.
const BYLINE_FIELD_LABELS: &[&str] = &["日期:", "字号:"];

/// A page's byline under the title: an 作者: label, or three of
/// [`BYLINE_LABELS`] and [`BYLINE_FIELD_LABELS`] (`来源:岳阳市政府门户网
/// 日期:2017-01-12 17:08 字号:【`). `folded` is the line folded with its
/// spaces dropped.
fn is_byline(folded: &str, line: &str) -> bool {
    if folded.chars().count() > MAX_SITE_LINE_CHARS {
        return false;
    }
    if folded.contains(BYLINE_AUTHOR_LABEL) {
        return true;
    }
    let labels = BYLINE_LABELS.iter().filter(|l| folded.contains(*l)).count();
    // Too few even with every field label: the line need not be folded
    // again to look for them.
    if labels + BYLINE_FIELD_LABELS.len() < MIN_BYLINE_LABELS {
        return false;
    }
    // Folded with its spaces kept: a field starts after one.
    let mut spaced = String::with_capacity(line.len());
    spaced.extend(line.chars().map(fold_char));
    let field_starts =
        |label: &str| spaced.match_indices(label).any(|(i, _)| spaced[..i].chars().next_back().is_none_or(is_space));
    labels + BYLINE_FIELD_LABELS.iter().filter(|l| field_starts(l)).count() >= MIN_BYLINE_LABELS
}

/// Labels of a page's display options, each on a line of its own with its
/// buttons (`字号:【大 中 小】`) or, in a page saved without its scripts,
/// with none (`视力保护色:`).
const DISPLAY_OPTION_LABELS: &[&str] = &["视力保护色", "字号"];

/// A line of a page's counter ([`SITE_COUNTER_LABELS`]: `浏览次数: 590`,
/// `浏览量:`) or display option ([`DISPLAY_OPTION_LABELS`]): the label, a
/// colon, then nothing but a count or the size buttons (a folded line,
/// spaces dropped).
fn is_site_field(folded: &str) -> bool {
    SITE_COUNTER_LABELS.iter().chain(DISPLAY_OPTION_LABELS).any(|label| {
        folded.strip_prefix(label).and_then(|rest| rest.strip_prefix(':')).is_some_and(|value| {
            value
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '次' | '【' | '】' | '[' | ']' | '大' | '中' | '小'))
        })
    })
}

/// Whether a line holds nothing but the site's commands, however few and
/// however separated (`打印`, `下载地址: 点击此处下载`, `【打印】|【关闭】`):
/// furniture where a text is known to be a saved page (before its document
/// starts, after it ends), though a lone `打印` is too weak a sign for
/// [`is_web_furniture`] anywhere in a text.
pub(crate) fn is_command_line(line: &str) -> bool {
    // The words are read folded one at a time, and the line is refused as
    // soon as a word cannot become a command (most lines at their first
    // character).
    let mut word = String::new();
    let mut words = 0;
    for c in line.chars().map(fold_char).chain([' ']) {
        if is_space(c) || matches!(c, '【' | '】' | '[' | ']' | '|' | ':') {
            if !word.is_empty() {
                if !WEB_COMMANDS.contains(&word.as_str()) {
                    return false;
                }
                words += 1;
                word.clear();
            }
            continue;
        }
        word.push(c);
        if !WEB_COMMANDS.iter().any(|command| command.starts_with(&word)) {
            return false;
        }
    }
    words > 0
}

/// 【打印】【关闭】, [打印] [关闭], 打印 关闭 (spaces already dropped): only
/// commands of [`WEB_COMMANDS`], at least one in brackets or two of them.
fn is_command_row(folded: &str) -> bool {
    let mut rest = folded;
    let mut commands = 0;
    let mut bracketed = false;
    while !rest.is_empty() {
        let (inner, after) = match rest.chars().next() {
            Some(open @ ('【' | '[')) => {
                let close = if open == '【' { '】' } else { ']' };
                let Some(end) = rest.find(close) else { return false };
                bracketed = true;
                (&rest[open.len_utf8()..end], &rest[end + close.len_utf8()..])
            }
            _ => match WEB_COMMANDS.iter().filter(|c| rest.starts_with(**c)).max_by_key(|c| c.len()) {
                Some(c) => (*c, &rest[c.len()..]),
                None => return false,
            },
        };
        if !WEB_COMMANDS.contains(&inner) {
            return false;
        }
        commands += 1;
        rest = after.trim_start_matches(['|', '/', '·']);
    }
    commands >= 2 || (commands == 1 && bracketed)
}

/// What parts the steps of a breadcrumb (folded).
const BREADCRUMB_SEPARATORS: [char; 5] = ['>', '»', '›', '〉', '→'];

/// 首页 > 政策 > 政策文件, 当前位置：首页 » 政务公开 (folded, spaces
/// dropped): steps of a site's path, the first of them its home page
/// unless a location label stands before them.
fn is_breadcrumb(folded: &str) -> bool {
    let (labelled, path) = match LOCATION_LABELS.iter().find_map(|l| folded.strip_prefix(l)) {
        Some(rest) if rest.starts_with(':') => (true, &rest[1..]),
        _ => (false, folded),
    };
    // Two steps or more: a separator first.
    if !path.contains(BREADCRUMB_SEPARATORS) {
        return false;
    }
    let steps: Vec<&str> = path.split(BREADCRUMB_SEPARATORS).collect();
    let short = |s: &&str| {
        !s.is_empty()
            && s.chars().count() <= MAX_BREADCRUMB_STEP_CHARS
            && !s.contains(['。', ',', ';', ':', '，', '；', '、'])
    };
    steps.len() >= 2
        && steps.iter().all(short)
        && (labelled || matches!(steps[0], "首页" | "主页" | "网站首页" | "门户首页"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_marks_are_the_characters_that_fold_to_a_mark() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let folded = matches!(fold_char(c), '>' | '»' | '›' | '〉' | '→' | ':' | '版' | 'A');
            assert_eq!(FURNITURE_MARKS.contains(c), folded, "{c:?}");
        }
    }
}
