//! References to provisions in running text: 本办法第十条, 第十条第二款,
//! 第（三）项, 前款, 前两款, 本条, 本章, 第十条至第十五条, 第十条、第十二条,
//! 第三十条之一, and articles of another document (个人所得税法第六条,
//! 《中华人民共和国行政许可法》第二十条, 该法第五条).
//!
//! [`find_references`] knows only the text: it says which provision a
//! reference names (a [`Provision`]: part, chapter, section, article,
//! paragraph, item, or a place relative to where the reference stands) and
//! which document it names ([`Named`]); the parser resolves them to the ids
//! of clauses (see the `references` of each clause).
//!
//! The grammar:
//! - a reference is a chain of levels from the coarsest down: 编, 章, 节,
//!   条 (with 之一), 款, 项 (第三项, 第（三）项), 目; each level is
//!   第 + a numeral (read by [`numeral::parse_integer`](crate::numeral::parse_integer))
//!   or a relative word: 本编, 本章, 本节, 本条, 本款, 本项, 前条, 前款,
//!   前项, 前两款 (the two paragraphs before);
//! - 至 or 到 between two chains is one reference with a range
//!   ([`RefMatch::to`]); the second chain takes the levels it leaves out
//!   from the first (第二项至第七项 of 前款);
//! - 、 和 及 以及 或者 between two chains are two references, and the second
//!   takes the levels it leaves out and the document from the first
//!   (个人所得税法第六条第一款第二项、第四项); 第（二）、（三）项 are two;
//! - a document written right before the chain: 本法, 本条例, 本办法, 本解释 (this
//!   document); a 《》 title; 该法, 该条例 (the last title before it of
//!   that 文种); a short name the caller passes (以下简称个人所得税法); a
//!   bare law name after a verb or a mark (依照宪法第三章, 民法典第十条).
//!
//! Not references: a clause's own marker at the start of a line (第十条
//! followed by a space or a line end, 第一章　总则), and words that only
//! start like one (本条件, 项目, 款项, 节约, 基本条件, 成本节约).
//!
//! ```
//! use gongbao::reference::{find_references, Named, Relative};
//! let text = "违反本条例第二十六条第一款规定的，依照前款第二项至第七项处理。";
//! let refs = find_references(text, &[]);
//! assert_eq!(refs.len(), 2);
//! assert_eq!(refs[0].span.slice(text), Some("本条例第二十六条第一款"));
//! assert_eq!(refs[0].document, Named::This);
//! assert_eq!((refs[0].from.article, refs[0].from.paragraph), (Some(26), Some(1)));
//! assert_eq!(refs[1].from.relative, Some(Relative::PreviousParagraphs(1)));
//! assert_eq!((refs[1].from.item, refs[1].to.unwrap().item), (Some(2), Some(7)));
//! ```

use serde::{Deserialize, Serialize};

use crate::text::{Span, is_han};

/// A reference to a provision found in running text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RefMatch {
    /// The reference as printed, the document's name included
    /// (本法第十条, 个人所得税法第六条第一款第二项); a later member of a list
    /// is its own words only (第四项 of …第二项、第四项).
    pub span: Span,
    /// The document it names.
    pub document: Named,
    /// The provision named; the first of a range.
    pub from: Provision,
    /// The last provision of a range (第十条至第十五条, 前两款).
    pub to: Option<Provision>,
}

/// The document a reference names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Named {
    /// None written: the document the reference stands in.
    Same,
    /// 本法, 本条例, 本办法: the document the reference stands in.
    This,
    /// Another document: its title (a 《》 title without the marks, a short
    /// name's full name, a bare law name), with where it is written.
    Title {
        /// The title; for a short name, the full name it stands for.
        title: String,
        /// The name as printed (for 该法, the words 该法).
        span: Span,
    },
    /// 该法, 该条例 with no title of that 文种 before it in the text.
    Previous {
        /// The words.
        span: Span,
    },
}

/// Which provision a reference names: the levels it writes, from the
/// coarsest down, and where it counts from when it is relative (本条第二款
/// is paragraph 2 of this article).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Provision {
    /// 本条, 前款 …: the place it counts from.
    pub relative: Option<Relative>,
    /// 第一编.
    pub part: Option<u32>,
    /// 第三章.
    pub chapter: Option<u32>,
    /// 第五节.
    pub section: Option<u32>,
    /// 第十条.
    pub article: Option<u32>,
    /// The 之一 of 第三十条之一.
    pub article_sub: Option<u32>,
    /// 第二款.
    pub paragraph: Option<u32>,
    /// 第三项, 第（三）项.
    pub item: Option<u32>,
    /// 第二目.
    pub subitem: Option<u32>,
}

/// A place a reference counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Relative {
    /// 本编.
    ThisPart,
    /// 本章.
    ThisChapter,
    /// 本节.
    ThisSection,
    /// 本条.
    ThisArticle,
    /// 本款.
    ThisParagraph,
    /// 本项.
    ThisItem,
    /// 前条 (1).
    PreviousArticles(u32),
    /// 前款 (1), 前两款 (2), 前三款 (3).
    PreviousParagraphs(u32),
    /// 前项 (1).
    PreviousItems(u32),
}

/// The levels of a provision, coarsest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Part,
    Chapter,
    Section,
    Article,
    Paragraph,
    Item,
    Subitem,
}

impl Level {
    fn of(c: char) -> Option<Level> {
        Some(match c {
            '编' => Level::Part,
            '章' => Level::Chapter,
            '节' => Level::Section,
            '条' => Level::Article,
            '款' => Level::Paragraph,
            '项' => Level::Item,
            '目' => Level::Subitem,
            _ => return None,
        })
    }
}

impl Provision {
    fn set(&mut self, level: Level, n: u32) {
        let slot = match level {
            Level::Part => &mut self.part,
            Level::Chapter => &mut self.chapter,
            Level::Section => &mut self.section,
            Level::Article => &mut self.article,
            Level::Paragraph => &mut self.paragraph,
            Level::Item => &mut self.item,
            Level::Subitem => &mut self.subitem,
        };
        *slot = Some(n);
    }

    /// The coarsest level written (a relative word counts at its level).
    fn top(&self) -> Option<Level> {
        let relative = self.relative.map(|r| match r {
            Relative::ThisPart => Level::Part,
            Relative::ThisChapter => Level::Chapter,
            Relative::ThisSection => Level::Section,
            Relative::ThisArticle | Relative::PreviousArticles(_) => Level::Article,
            Relative::ThisParagraph | Relative::PreviousParagraphs(_) => Level::Paragraph,
            Relative::ThisItem | Relative::PreviousItems(_) => Level::Item,
        });
        let written = [
            (self.part, Level::Part),
            (self.chapter, Level::Chapter),
            (self.section, Level::Section),
            (self.article, Level::Article),
            (self.paragraph, Level::Paragraph),
            (self.item, Level::Item),
            (self.subitem, Level::Subitem),
        ]
        .into_iter()
        .find(|(n, _)| n.is_some())
        .map(|(_, l)| l);
        match (relative, written) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// `self` with the levels above its coarsest taken from `outer`
    /// (第四项 after 第六条第一款第二项 is 第六条第一款第四项).
    fn under(mut self, outer: &Provision) -> Provision {
        let Some(top) = self.top() else { return self };
        if self.relative.is_none() {
            self.relative = outer.relative.filter(|_| outer.top().is_some_and(|t| t < top));
        }
        let levels = [Level::Part, Level::Chapter, Level::Section, Level::Article, Level::Paragraph, Level::Item];
        for l in levels.into_iter().filter(|&l| l < top) {
            let v = match l {
                Level::Part => outer.part,
                Level::Chapter => outer.chapter,
                Level::Section => outer.section,
                Level::Article => outer.article,
                Level::Paragraph => outer.paragraph,
                Level::Item => outer.item,
                Level::Subitem => outer.subitem,
            };
            if let Some(v) = v {
                self.set(l, v);
            }
            if l == Level::Article && self.article_sub.is_none() {
                self.article_sub = outer.article_sub;
            }
        }
        self
    }
}

/// Relative words, each with its place; longer first.
const RELATIVE: &[(&str, Relative)] = &[
    ("前两款", Relative::PreviousParagraphs(2)),
    ("前二款", Relative::PreviousParagraphs(2)),
    ("前三款", Relative::PreviousParagraphs(3)),
    ("前四款", Relative::PreviousParagraphs(4)),
    ("前两条", Relative::PreviousArticles(2)),
    ("前两项", Relative::PreviousItems(2)),
    ("本编", Relative::ThisPart),
    ("本章", Relative::ThisChapter),
    ("本节", Relative::ThisSection),
    ("本条", Relative::ThisArticle),
    ("本款", Relative::ThisParagraph),
    ("本项", Relative::ThisItem),
    ("前条", Relative::PreviousArticles(1)),
    ("前款", Relative::PreviousParagraphs(1)),
    ("前项", Relative::PreviousItems(1)),
];

/// Characters that make a word with the level character before them: 条件,
/// 条例, 项目, 款项, 节约, 节日, 章程; such a level is no level.
fn continues_word(level: char, next: Option<char>) -> bool {
    matches!(
        (level, next),
        ('条', Some('件' | '例' | '文' | '线' | '路' | '幅' | '款'))
            | ('项', Some('目'))
            | ('款', Some('项' | '式'))
            | ('节', Some('约' | '日' | '能' | '点' | '目' | '奏' | '省'))
            | ('章', Some('程' | '节'))
            | ('编', Some('制' | '写' | '辑' | '号' | '码'))
            | ('目', Some('标' | '录' | '的' | '前'))
    )
}

/// Words ending in 本 that are no 本 of a relative word: 基本条件, 成本节约.
const BEN_WORDS: &[char] = &[
    '基', '成', '资', '根', '文', '样', '版', '副', '原', '日', '剧', '课', '书', '账', '范', '标', '脚', '蓝', '读',
    '绘', '母', '血', '工', '一', '两', '每', '整', '拓', '善', '摹', '抄', '刊', '话',
];

/// Words between two chains that make them two references.
const LIST_WORDS: &[&str] = &["、", "以及", "或者", "和", "及", "或"];

/// Words between two chains that make them one range.
const RANGE_WORDS: &[&str] = &["至", "到", "—", "～", "-"];

/// Finds every reference to a provision in `text`, in order. `names` are
/// the short names the text defines, each with the full name it stands for
/// (以下简称个人所得税法: `("个人所得税法", "中华人民共和国个人所得税法")`), so
/// that a reference written with one names the document in full.
///
/// ```
/// use gongbao::reference::{find_references, Named};
/// let text = "个人所得税法第六条第一款第二项、第四项所称每次；依照《中华人民共和国行政许可法》第二十条。";
/// let refs = find_references(text, &[("个人所得税法", "中华人民共和国个人所得税法")]);
/// let shown: Vec<(&str, Option<u32>, Option<u32>)> = refs
///     .iter()
///     .map(|r| (r.span.slice(text).unwrap(), r.from.article, r.from.item))
///     .collect();
/// assert_eq!(shown, [
///     ("个人所得税法第六条第一款第二项", Some(6), Some(2)),
///     ("第四项", Some(6), Some(4)),
///     ("《中华人民共和国行政许可法》第二十条", Some(20), None),
/// ]);
/// let Named::Title { title, .. } = &refs[1].document else { panic!() };
/// assert_eq!(title, "中华人民共和国个人所得税法");
/// // The article's own marker is no reference; a date or a number is none.
/// assert!(find_references("第十条　国务院令第707号，第10期，第三次会议。", &[]).is_empty());
/// ```
pub fn find_references(text: &str, names: &[(&str, &str)]) -> Vec<RefMatch> {
    let mut out: Vec<RefMatch> = Vec::new();
    // Only a line's start and the first characters of a chain matter: the
    // scan jumps between them.
    let stops = stops(text);
    let mut next = 0;
    let mut i = 0;
    let mut line_start = 0;
    loop {
        while stops.get(next).is_some_and(|&s| s < i) {
            next += 1;
        }
        let Some(&at) = stops.get(next) else { break };
        i = at;
        let Some(c) = text[i..].chars().next() else { break };
        if c == '\n' {
            line_start = i + 1;
        }
        if matches!(c, '第' | '本' | '前')
            && let Some((found, end)) = chain(text, i)
            && !(c == '第' && is_marker(text, line_start, i, end, &found))
        {
            let (document, start) = named(text, i, names, &out);
            let mut first = RefMatch { span: Span::new(start, found.head_end), document, from: found.head, to: None };
            let mut end = if found.more.is_empty() { range(text, end, &mut first) } else { end };
            // 第（二）、（三）项: the numbers listed under one 第…项.
            let mut list = vec![first];
            for (n, span) in found.more {
                let mut p = found.head;
                p.set(found.last, n);
                list.push(RefMatch { span, document: list[0].document.clone(), from: p, to: None });
            }
            // 、 第四项: the next chain of a list.
            loop {
                let at = skip_space(text, end);
                let Some(w) = LIST_WORDS.iter().find(|w| text[at..].starts_with(**w)) else { break };
                let next = skip_space(text, at + w.len());
                if !text[next..].starts_with(['第', '本', '前']) {
                    break;
                }
                let Some((more, more_end)) = chain(text, next) else { break };
                let prev = list.last().map_or(found.head, |r| r.from);
                let mut r = RefMatch {
                    span: Span::new(next, more_end),
                    document: list[0].document.clone(),
                    from: more.head.under(&prev),
                    to: None,
                };
                end = range(text, more_end, &mut r);
                list.push(r);
                for (n, span) in more.more {
                    let mut p = more.head.under(&prev);
                    p.set(more.last, n);
                    list.push(RefMatch { span, document: list[0].document.clone(), from: p, to: None });
                }
            }
            out.extend(list);
            if let Some(k) = text[i..end].rfind('\n') {
                line_start = i + k + 1;
            }
            i = end;
            continue;
        }
        i += c.len_utf8();
    }
    out
}

/// Where a line break or the first character of a chain (第, 本, 前)
/// stands in `text`, in order. One vectorised search for the line breaks
/// and the last bytes of the three characters (第 and 本 share theirs),
/// each hit kept when the whole character ends there: most paragraphs are
/// short, and one pass costs less than one search for each mark.
fn stops(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'\n', FIRSTS[0].as_bytes()[2], FIRSTS[2].as_bytes()[2], bytes)
        .filter_map(|i| if bytes[i] == b'\n' { Some(i) } else { first_ending_at(bytes, i) })
        .collect()
}

/// The characters a chain starts with.
const FIRSTS: [&str; 3] = ["第", "本", "前"];
const _: () = assert!(FIRSTS[0].as_bytes()[2] == FIRSTS[1].as_bytes()[2]);

/// Where the character of [`FIRSTS`] ending at byte `i` (a hit of the
/// search for their last bytes) starts, if one does: a continuation byte,
/// the character, if one of the three, starts two bytes before it.
fn first_ending_at(bytes: &[u8], i: usize) -> Option<usize> {
    let start = i.checked_sub(2)?;
    FIRSTS.iter().any(|c| &bytes[start..=i] == c.as_bytes()).then_some(start)
}

/// Whether `text` holds a character a chain starts with (第, 本, 前): a
/// necessary condition for [`find_references`] to find anything in it, or
/// in it with its wrapped lines joined (joining takes out only
/// whitespace). Most leaves hold none, and this costs one search.
pub(crate) fn may_refer(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(FIRSTS[0].as_bytes()[2], FIRSTS[2].as_bytes()[2], bytes)
        .any(|i| first_ending_at(bytes, i).is_some())
}

/// A chain of levels: the provision it names, its finest level, and the
/// further numbers of a 第（二）、（三）项 list with their spans.
struct Chain {
    head: Provision,
    /// Where the words of the first provision end: the chain's end, or the
    /// first number's end in a list.
    head_end: usize,
    last: Level,
    more: Vec<(u32, Span)>,
}

/// The chain that starts at `at`, and where it ends.
fn chain(text: &str, at: usize) -> Option<(Chain, usize)> {
    let mut p = Provision::default();
    let mut last: Option<Level> = None;
    let mut more: Vec<(u32, Span)> = Vec::new();
    let mut head_end = at;
    let mut pos = at;
    loop {
        let here = if last.is_some() { skip_space(text, pos) } else { pos };
        if let Some((rel, end)) = relative_at(text, here) {
            // A relative word only opens a chain.
            if last.is_some() {
                break;
            }
            p.relative = Some(rel);
            last = p.top();
            pos = end;
            continue;
        }
        let Some((level, numbers, end)) = level_at(text, here) else { break };
        if last.is_some_and(|l| l >= level) || !more.is_empty() {
            break;
        }
        let (n, _) = numbers[0];
        p.set(level, n.0);
        if level == Level::Article {
            p.article_sub = n.1;
        }
        more = numbers[1..].iter().map(|&((n, _), s)| (n, s)).collect();
        head_end = if more.is_empty() { end } else { numbers[0].1.end };
        last = Some(level);
        pos = end;
    }
    if more.is_empty() {
        head_end = pos;
    }
    Some((Chain { head: p, head_end, last: last?, more }, pos))
}

/// A relative word at `at`: its place and where it ends.
fn relative_at(text: &str, at: usize) -> Option<(Relative, usize)> {
    let rest = &text[at..];
    let &(word, rel) = RELATIVE.iter().find(|(w, _)| rest.starts_with(w))?;
    let end = at + word.len();
    let level = word.chars().last()?;
    if continues_word(level, text[end..].chars().next()) {
        return None;
    }
    if word.starts_with('本') && text[..at].chars().next_back().is_some_and(|c| BEN_WORDS.contains(&c)) {
        return None;
    }
    // 本条例, 本章程: a document, not this article.
    if word == "本条" && text[end..].starts_with('例') {
        return None;
    }
    // 本项工作, 目前条件: only a few words follow 本项 as a reference.
    if word == "本项"
        && !text[end..]
            .starts_with(['规', '所', '第', '的', '中', '之', '，', '。', '；', '、', '和', '及', '或', '至'])
    {
        return None;
    }
    Some((rel, end))
}

/// A number of a level: its value and the 之一 of an article.
type Number = (u32, Option<u32>);

/// The numbers of one level, each with its span.
type Numbers = Vec<(Number, Span)>;

/// 第 + numbers + a level character at `at`: the level, each number with
/// its span, and where it ends.
fn level_at(text: &str, at: usize) -> Option<(Level, Numbers, usize)> {
    text[at..].strip_prefix('第')?;
    let mut pos = at + '第'.len_utf8();
    let mut numbers: Vec<(u32, Span)> = Vec::new();
    loop {
        let start = skip_space(text, pos);
        let (n, end) = number_at(text, start)?;
        numbers.push((n, Span::new(start, end)));
        let after = skip_space(text, end);
        if text[after..].starts_with('、')
            && let Some(_) = number_at(text, skip_space(text, after + '、'.len_utf8()))
        {
            pos = after + '、'.len_utf8();
            continue;
        }
        pos = after;
        break;
    }
    let c = text[pos..].chars().next()?;
    let level = Level::of(c)?;
    let mut end = pos + c.len_utf8();
    if continues_word(c, text[end..].chars().next()) {
        return None;
    }
    // A list of numbers (第二、三款) is a list of levels, not a range of
    // digits read one by one.
    let mut sub = None;
    if level == Level::Article
        && let Some(r) = text[end..].strip_prefix('之')
        && let Some((n, e)) = number_at(r, 0).filter(|_| !r.starts_with(['(', '（']))
    {
        sub = Some(n);
        end += '之'.len_utf8() + e;
    }
    let count = numbers.len();
    let out = numbers
        .into_iter()
        .enumerate()
        .map(|(k, (n, s))| {
            // The first number's span runs from 第, the last's to the level.
            let s = if k + 1 == count && k > 0 { Span::new(s.start, end) } else { s };
            ((n, if k == 0 { sub } else { None }), s)
        })
        .collect();
    Some((level, out, end))
}

/// A number at `at`: a numeral (十五, 15) or one in brackets (（三）); its
/// value and where it ends.
fn number_at(text: &str, at: usize) -> Option<(u32, usize)> {
    let rest = &text[at..];
    let (open, inner_at) = match rest.chars().next()? {
        c @ ('(' | '（') => (true, at + c.len_utf8()),
        _ => (false, at),
    };
    let inner_at = skip_space(text, inner_at);
    let run = text[inner_at..].find(|c: char| !is_numeral_char(c)).map_or(text.len(), |k| inner_at + k);
    if run == inner_at {
        return None;
    }
    let n = crate::numeral::parse_integer(&text[inner_at..run]).ok()?;
    let n = u32::try_from(n).ok().filter(|&n| n > 0)?;
    if !open {
        return Some((n, run));
    }
    let close = skip_space(text, run);
    let c = text[close..].chars().next().filter(|c| matches!(c, ')' | '）'))?;
    Some((n, close + c.len_utf8()))
}

fn is_numeral_char(c: char) -> bool {
    matches!(c, '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '千' | '两')
        || crate::text::is_digit(c)
}

/// Whether the chain `at..end` is a clause's own marker: one 第N条, 第N章 …
/// at the start of a line (after indentation or Markdown marks) that no
/// word of a reference follows (第一条为了…, 第一章　总则, but not
/// 第十九条规定的…).
fn is_marker(text: &str, line_start: usize, at: usize, end: usize, chain: &Chain) -> bool {
    if chain.head.relative.is_some() || chain.last > Level::Article || !chain.more.is_empty() {
        return false;
    }
    // Indentation is short; a long lead is text.
    let lead_ok = at - line_start <= 64
        && text[line_start..at].chars().all(|c| crate::text::is_space(c) || matches!(c, '#' | '*' | '>'));
    let rest = &text[end..];
    let continues = ["规定", "的规定", "所称", "所列", "中", "至", "到", "、", "和", "及", "或"]
        .iter()
        .any(|w| rest.starts_with(w));
    lead_ok && !continues
}

/// The document written right before the chain at `at`, and where the
/// reference starts.
fn named(text: &str, at: usize, names: &[(&str, &str)], found: &[RefMatch]) -> (Named, usize) {
    // A name is looked for in a window before the chain, so that the scan
    // stays linear however many references a long line holds.
    let win = window_start(text, at, WINDOW);
    let (named, start) = named_in(&text[win..at], names, found, win);
    let shift = |s: Span| Span::new(s.start + win, s.end + win);
    let named = match named {
        Named::Title { title, span } => Named::Title { title, span: shift(span) },
        Named::Previous { span } => Named::Previous { span: shift(span) },
        other => other,
    };
    (named, if start == at - win { at } else { start + win })
}

/// Words a legal text names itself with besides the 文种 of
/// [`GENRES`](crate::lexicon::GENRES): 本解释第二条 in a judicial
/// interpretation, 本规范第十条, 本守则, 本制度.
const OWN_NAMES: &[&str] = &["解释", "规范", "守则", "制度"];

/// How far before a chain its document's name is looked for: a title's
/// longest and a number after it.
const WINDOW: usize = crate::text::MAX_TITLE_BYTES + 256;

/// The first character boundary at or after `at - len`.
fn window_start(text: &str, at: usize, len: usize) -> usize {
    let mut w = at.saturating_sub(len);
    while !text.is_char_boundary(w) {
        w += 1;
    }
    w
}

/// [`named`] on `text`, the window before the chain (which starts at
/// `text.len()`); `win` is where the window starts in the whole text, for
/// the spans of `found`. Spans returned are offsets into the window.
fn named_in(text: &str, names: &[(&str, &str)], found: &[RefMatch], win: usize) -> (Named, usize) {
    let at = text.len();
    let before = text.trim_end_matches(crate::text::is_space);
    let end = before.len();
    let genre =
        crate::lexicon::GENRES.iter().map(|g| g.0).chain(OWN_NAMES.iter().copied()).find(|g| before.ends_with(g));
    if let Some(genre) = genre {
        let head = &before[..end - genre.len()];
        // 本法, 本条例, 本实施细则: this document.
        if let Some((k, _)) = head.char_indices().rev().take(4).find(|&(_, c)| c == '本')
            && head[k..].chars().all(is_han)
            && !head[..k].chars().next_back().is_some_and(|c| BEN_WORDS.contains(&c))
        {
            return (Named::This, k);
        }
        if let Some(k) = head.strip_suffix('该').map(str::len) {
            let span = Span::new(k, end);
            return match previous_title(&text[..k], genre, found, win) {
                Some(title) => (Named::Title { title, span }, k),
                None => (Named::Previous { span }, k),
            };
        }
    }
    // A short name the text defines, bare or in its marks; the longest.
    let mut best: Option<(usize, &str)> = None;
    for &(short, full) in names {
        if let Some(k) = name_before(before, short)
            && best.is_none_or(|(b, _)| k < b)
        {
            best = Some((k, full));
        }
    }
    if let Some((k, full)) = best {
        return (Named::Title { title: full.to_string(), span: Span::new(k, end) }, k);
    }
    // 《X》(国机房改〔2009〕45号)第二条: the title before the number.
    let titled = strip_number(before);
    if let Some(inner) = titled.strip_suffix('》')
        && let Some(open) = title_open(inner)
    {
        let title = crate::text::strip_layout_spaces(&inner[open + '《'.len_utf8()..]);
        return (Named::Title { title, span: Span::new(open, end) }, open);
    }
    if let Some(k) = bare_law(before) {
        return (Named::Title { title: before[k..].to_string(), span: Span::new(k, end) }, k);
    }
    (Named::Same, at)
}

/// `before` without a bracketed document number at its end.
fn strip_number(before: &str) -> &str {
    let Some(body) = before.strip_suffix([')', '）']) else { return before };
    let Some(open) = body.rfind(['(', '（']) else { return before };
    let inner = &body[open..].trim_start_matches(['(', '（']);
    if crate::docnum::parse(inner).is_ok() { before[..open].trim_end_matches(crate::text::is_space) } else { before }
}

/// Where `short` ends `before`, bare (个人所得税法) or in its marks
/// (《政策措施》, “排污口”).
fn name_before(before: &str, short: &str) -> Option<usize> {
    if short.is_empty() {
        return None;
    }
    if let Some(head) = before.strip_suffix(short) {
        return Some(head.len());
    }
    for (open, close) in [('《', '》'), ('“', '”'), ('"', '"')] {
        if let Some(head) =
            before.strip_suffix(close).and_then(|b| b.strip_suffix(short)).and_then(|b| b.strip_suffix(open))
        {
            return Some(head.len());
        }
    }
    None
}

/// The 《 that opens the title `inner》` ends, nested 〈〉 allowed.
fn title_open(inner: &str) -> Option<usize> {
    let open = inner.rfind('《')?;
    let title = &inner[open..];
    (!title.contains(['》', '\n', '。']) && title.len() <= crate::text::MAX_TITLE_BYTES).then_some(open)
}

/// The last title of `genre` named before a 该法: a reference's or a 《》
/// title's.
fn previous_title(before: &str, genre: &str, found: &[RefMatch], win: usize) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    if let Some(close) = before.rfind('》')
        && let Some(open) = title_open(&before[..close])
    {
        let t = crate::text::strip_layout_spaces(&before[open + '《'.len_utf8()..close]);
        if t.ends_with(genre) {
            best = Some((win + close, t));
        }
    }
    // The references found before, nearest last.
    for r in found.iter().rev().take(8) {
        if let Named::Title { title, span } = &r.document
            && title.ends_with(genre)
            && best.as_ref().is_none_or(|(at, _)| span.start > *at)
        {
            best = Some((span.start, title.clone()));
            break;
        }
    }
    best.map(|(_, t)| t)
}

/// Words a bare law name may follow: 依照宪法第三章, 根据刑法第十条,
/// 认定为刑法第二百六十七条规定的, 修订前的刑法第七十七条.
const BEFORE_BARE_LAW: &[&str] = &[
    "依照",
    "按照",
    "根据",
    "依据",
    "违反",
    "适用",
    "行使",
    "执行",
    "实施",
    "参照",
    "符合",
    "以及",
    "或者",
    "由",
    "对",
    "除",
    "为",
    "是",
    "的",
    "在",
    "构成",
    "属于",
    "具有",
    "存在",
    "遵守",
    "履行",
    "超过",
    "考虑",
    "确定",
    "隐瞒",
    "不属于",
];

/// Law names whose last character is no name's: 办法, 方法, 依法 … (司法
/// is no suffix here: 公司法 is a law, and 司法 alone is too short a name).
const NOT_LAW_NAMES: &[&str] = &[
    "办法", "方法", "做法", "立法", "执法", "依法", "违法", "合法", "非法", "守法", "用法", "说法", "想法", "算法",
    "本法", "该法",
];

/// Where a bare law name that ends `before` starts (宪法, 民法典,
/// 中华人民共和国行政许可法): after a mark, a line start or one of
/// [`BEFORE_BARE_LAW`], at most 20 characters; two-character names only
/// for 宪法, 刑法 and 民法.
fn bare_law(before: &str) -> Option<usize> {
    if !(before.ends_with('法') || before.ends_with("法典")) {
        return None;
    }
    let run: Vec<usize> =
        before.char_indices().rev().take_while(|&(_, c)| is_han(c)).take(20).map(|(k, _)| k).collect();
    let start = match before[..before.len()].rfind("中华人民共和国") {
        Some(k) if run.contains(&k) && bare_law_start(&before[..k]) => k,
        _ => run.iter().copied().find(|&k| bare_law_start(&before[..k]))?,
    };
    let name = &before[start..];
    let short = name.chars().count() <= 2;
    if NOT_LAW_NAMES.iter().any(|w| name.ends_with(w))
        || short && !["宪法", "刑法", "民法"].contains(&name)
        || name.contains('的')
    {
        return None;
    }
    Some(start)
}

fn bare_law_start(before: &str) -> bool {
    before.is_empty()
        || before.chars().next_back().is_some_and(|c| !is_han(c))
        || BEFORE_BARE_LAW.iter().any(|w| before.ends_with(w))
}
/// A range after the reference ending at `end`: 至第十五条. Fills `r.to`
/// and returns where the reference now ends.
fn range(text: &str, end: usize, r: &mut RefMatch) -> usize {
    let at = skip_space(text, end);
    let Some(w) = RANGE_WORDS.iter().find(|w| text[at..].starts_with(**w)) else { return end };
    let next = skip_space(text, at + w.len());
    if !text[next..].starts_with('第') {
        return end;
    }
    let Some((to, to_end)) = chain(text, next) else { return end };
    if !to.more.is_empty() || to.head.top() < r.from.top() {
        return end;
    }
    r.to = Some(to.head.under(&r.from));
    r.span = Span::new(r.span.start, to_end);
    to_end
}

fn skip_space(text: &str, at: usize) -> usize {
    at + text[at..].len() - text[at..].trim_start_matches(crate::text::is_space).len()
}
