//! Responsible-unit lists (责任单位): the bracketed list of agencies that
//! closes a clause of a policy.
//!
//! ```
//! use gongbao::units::parse_list;
//! let list = parse_list("（牵头单位：市发展改革委，配合单位：市财政局、市商务委）").unwrap();
//! assert_eq!(list.label.as_deref(), Some("牵头单位"));
//! assert_eq!(list.units, ["市发展改革委", "市财政局", "市商务委"]);
//! assert_eq!(list.lead, ["市发展改革委"]);
//! assert_eq!(list.roles, ["牵头单位", "配合单位", "配合单位"]);
//! ```
//!
//! # Shapes
//!
//! - Labeled, as Shanghai texts print them: `（责任单位：A、B、C）`,
//!   `(责任部门、单位:A、B)`, `（牵头单位：A，配合单位：B、C）`,
//!   `（责任单位：A、B等；各区政府）`. A label is a role word (责任 牵头 配合
//!   参与 协办 主办 主责 实施 协同 承办) and an organ word (单位 部门 主体 处室
//!   机构 机关), optionally followed by more organ words after 、
//!   (`责任部门、单位`), or a role word alone (`牵头：`, `配合：`), and a colon
//!   of either width; at most 24 characters with the colon. Labels are read
//!   with layout whitespace and page furniture (see Units) removed, so a
//!   label split by a page break (`责任单\n\n位：`, `责任单\n\n- 13 -\n\n位：`)
//!   is `责任单位`.
//! - Unlabeled, as State Council texts print them: the units followed by a
//!   role verb, `（商务部、财政部负责）`, `（生态环境部牵头，A、B参与）`,
//!   `（商务部指导，供销合作总社参与）`. The role verbs are 负责 牵头 参与 指导
//!   配合 落实 协助, possibly chained (`负责落实`, `牵头负责`) and preceded by
//!   按职责分工 / 按职责 / 依职责 / 分别 / 共同 / 各自.
//!
//! # Clauses
//!
//! The text between the outer brackets is cut into clauses at `，,；;。!?`
//! that stand outside any inner bracket, and before a label that stands
//! after a unit and layout space (U+3000, ASCII spaces, a line break):
//! `（牵头单位：A　配合单位：B、C）` has two clauses, as with a `；`. A label
//! after `、` or a colon does not cut (it continues a compound label).
//!
//! ```
//! use gongbao::units::parse_list;
//! let list = parse_list("（牵头单位：市市场监管局　配合单位：市公安局、市商务委）").unwrap();
//! assert_eq!(list.units, ["市市场监管局", "市公安局", "市商务委"]);
//! assert_eq!(list.lead, ["市市场监管局"]);
//! assert_eq!(list.roles, ["牵头单位", "配合单位", "配合单位"]);
//! ```
//!
//! Each clause is one of:
//!
//! 1. a label, then units (optionally ending in a role verb, which then is
//!    the role of those units instead of the label);
//! 2. units ending in a role verb;
//! 3. in a list that had a label, units without label or verb: they belong
//!    to the last label (`（责任单位：A、B等；各区政府）`). Under a label a
//!    comma separates units as `、` does: `（责任单位：各区政府，市有关部门）`
//!    names two units, both under 责任单位;
//! 4. a note: `排在第一位的部门为牵头部门` (makes the first unit the lead),
//!    `下同`, `不再列出`, or any clause that is none of the above, including
//!    a clause of shape 2 or 3 whose names fail the checks below
//!    (`以下均需试点城市政府落实`). Notes assign nothing and are skipped.
//!
//! The first clause must assign (shape 1 or 2, names passing the checks), and
//! the list must name at least one unit; otherwise the bracket is a remark,
//! not a list, and [`parse_list`] says why.
//!
//! # Units
//!
//! Units are separated by `、` and by `会同` outside inner brackets (and,
//! under a label, by commas, which cut clauses: shape 3 above). Each
//! unit is the string as printed (widths kept), with layout whitespace
//! removed by [`strip_layout_spaces`]; its span points into the original
//! text, so a unit split by a page break (`市精神文明\n\n办`) is
//! `市精神文明办` with a span covering both halves. Brackets inside a name
//! are balanced, of either width: `市卫生健康委（市中医药管理局）` is one unit.
//!
//! **Page furniture.** A caller that joins the two halves of a paragraph
//! split by a page break passes a span that also covers what was printed
//! between them. Inside a list, a *whole line* (a line break on both sides,
//! both inside the brackets) is page furniture, and is left out of labels,
//! names and clauses, when it is
//!
//! - a page number: 1–4 digits (`13`), digits between dashes (`- 13 -`,
//!   `—13—`), `第13页` (optionally `共40页`), or `13/40`, spaces and widths
//!   aside. A unit name is never a bare number, and a line that holds only
//!   one inside a list is the page number between two pages;
//! - a running header or footer: a line of at most 40 characters without
//!   the punctuation of a list (`、，；：。`), next to a page-number line
//!   (blank lines aside), that stands again as a line of its own in the
//!   text outside the list, within 16 KiB of it (and within 256 times the
//!   list's length; at most four such lines are looked up per list, which
//!   keeps the time linear). Only repetition tells a header from the rest
//!   of a name, so a header that does not repeat within the text given (as
//!   in [`parse_list`] of the list alone) stays in the name; neither is a
//!   header read when no page number stands next to it, nor page furniture
//!   that shares a line with text.
//!
//! The span of a unit read across furniture still runs from its first
//! printed character to its last:
//!
//! ```
//! use gongbao::units::find_lists;
//! use gongbao::Span;
//! let text = "上海市人民政府公报\n\n加强统筹。（责任单\n\n- 13 -\n\n位：市发展改\n\n- 14 -\n\n上海市人民政府公报\n\n革委）";
//! let para = Span::new(text.find("加强").unwrap(), text.len());
//! let list = &find_lists(text, para)[0];
//! assert_eq!(list.label.as_deref(), Some("责任单位"));
//! assert_eq!(list.units, ["市发展改革委"]);
//! assert!(list.unit_spans[0].slice(text).unwrap().starts_with("市发展改\n\n- 14 -"));
//! ```
//!
//! **等 and 和.** A 等 ends a name when the name stops there or when a
//! conjunction, a collective (各 有关 相关 其他), a generic organ noun (部门
//! 单位 机构 机关 方面 部委), a number, or a collective qualified by levels
//! of government follows it. The levels are one or more of 国家 中央 省 市
//! 区 县 乡 镇, optionally followed by 直 级 属 or 政府, and a collective or a
//! generic organ noun must come after them: `市有关部门`, `国家有关部门`,
//! `省直有关单位`, `区县相关单位`, `市级部门`, `市政府有关部门`. What
//! follows a terminating 等, up to the next separating conjunction, is the
//! generic collective that 等 summarises, and is dropped:
//! `商务部等有关部门` → `商务部`, `财政部等10部门` → `财政部`,
//! `市经济和信息化局等市有关部门` → `市经济和信息化局`. That holds for a
//! collective that names real bodies too: right after 等, without a
//! conjunction, `各区县政府` is the tail 等 summarises (`A等各区县政府` →
//! `A`); joined by a conjunction or 、 it is a unit of its own
//! (`A等和各区县政府`, `A、各区县政府`). Elsewhere 等 is part of a word
//! (`高等学校`), and a level word without a collective after it starts a
//! name (`A等市场监管部门` is not cut).
//!
//! ```
//! use gongbao::units::parse_list;
//! let list = parse_list("（责任单位：市经济和信息化局等市有关部门）").unwrap();
//! assert_eq!(list.units, ["市经济和信息化局"]);
//! let list = parse_list("（责任单位：市住房城乡建设管理委等各区县政府）").unwrap();
//! assert_eq!(list.units, ["市住房城乡建设管理委"]);
//! let list = parse_list("（责任单位：市住房城乡建设管理委等和各区县政府）").unwrap();
//! assert_eq!(list.units, ["市住房城乡建设管理委", "各区县政府"]);
//! ```
//!
//! A conjunction (和 与 及 以及) separates two units only when it comes
//! right after 等 or right before a collective (各 有关 相关 其他):
//! `商务部等和各有关省级人民政府` → `商务部`, `各有关省级人民政府`;
//! `各区政府和各相关部门` → two units. A conjunction between two ordinary
//! characters is part of a name: `文化和旅游部`, `工业和信息化部`,
//! `中央和国家机关工委`, `住房和城乡建设部` stay whole.
//!
//! **Names without a label** must look like agency names: at most 30
//! characters, free of the function characters 由 的 将 把 被 在 从 以 按 需
//! 均 是 and of colons, and at least one unit of the list must end in an
//! organ suffix (部 委 局 办 厅 署 会 院 行 社 联 府 处 室 组 司 所 站 队 团 庭 馆
//! 校 军, or 中央 中心 单位 部门 机关 机构). The function character 由 is what
//! rejects `（技工院校内由人力资源社会保障行政部门负责）` on content alone. Names
//! under a label are taken as printed (only empty names and colons are
//! errors), except in a continuation clause (shape 3), which must pass the
//! same checks, with at least one of its own names ending in an organ
//! suffix or starting with 各 (`各区`, `各街镇`), and is a note otherwise:
//! `（责任单位：市财政局，2023年底前完成）` names only 市财政局.
//!
//! # Lead units
//!
//! `lead` holds the units the text names as leading: those in a clause whose
//! role verb includes 牵头 (`生态环境部牵头`), those under a label with 牵头
//! (`牵头单位：`, `牵头部门：`), a unit marked `（牵头）` right after its name,
//! and the first unit when a note says the first-listed unit leads
//! (`排在第一位的部门为牵头部门`). Otherwise `lead` is empty.
//!
//! **指导 is not lead.** 指导 names the ministry that guides and supervises
//! work that others (usually local governments) carry out; 牵头 names the
//! unit that runs the task and coordinates the others. Folding the two
//! together would make `lead` mean two things. The role of every unit is kept
//! in [`Responsibility::roles`] instead, so `（商务部指导，供销合作总社参与）`
//! has roles `["指导", "参与"]` and an empty `lead`.
//!
//! `下同` ("the same below") is not carried over to later lists: a list is
//! read on its own, and a caller that wants the convention to apply to the
//! lists that follow has to carry it.
//!
//! # List or remark: where it stands
//!
//! [`find_lists`] looks at every outermost round bracket pair of its span
//! (brackets matched with balance, either width). A labeled list is a list
//! wherever it stands. An unlabeled list must also close the sentence it
//! assigns: the nearest non-space character before it is `。；;！？!?` or the
//! start of the span, or the nearest one after it is `。；;！？!?` or the end of
//! the span. `…的实施（技工院校内由人力资源社会保障行政部门负责），…` stands
//! inside a sentence and is a remark. [`parse_list`] has no context and
//! applies only the rules on content.

use std::ops::Range;

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::tag,
    character::complete::char,
    combinator::{opt, recognize},
    multi::many0,
    sequence::{pair, terminated},
};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};
use crate::text::{
    Span, fold_char, is_close_paren, is_open_paren, is_page_number, is_sentence_end, is_space, strip_layout_spaces,
};

/// One responsible-unit list.
///
/// Serializes to `{ "label", "units", "lead", "roles", "span", "unit_spans" }`
/// and back; `roles` and `unit_spans` may be missing when deserializing.
///
/// ```
/// use gongbao::units::parse_list;
/// use gongbao::Span;
/// let text = "(责任部门、单位:各区政府、市卫生健康委(市中医药管理局))";
/// let list = parse_list(text).unwrap();
/// assert_eq!(list.label.as_deref(), Some("责任部门、单位"));
/// assert_eq!(list.units, ["各区政府", "市卫生健康委(市中医药管理局)"]);
/// assert!(list.lead.is_empty());
/// assert_eq!(list.span, Span::new(0, text.len()));
/// assert_eq!(list.unit_spans[0].slice(text), Some("各区政府"));
///
/// let json = serde_json::to_value(&list).unwrap();
/// assert_eq!(json["label"], "责任部门、单位");
/// assert_eq!(json["units"][1], "市卫生健康委(市中医药管理局)");
/// assert_eq!(json["span"]["start"], 0);
/// let back: gongbao::units::Responsibility = serde_json::from_value(json).unwrap();
/// assert_eq!(back, list);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Responsibility {
    /// The first label of the list as printed, layout spaces and page
    /// furniture removed
    /// (`责任单位`, `责任部门、单位`, `牵头单位`), or `None` when the list has
    /// no label.
    pub label: Option<String>,
    /// All units in the order printed, layout spaces and page furniture
    /// removed. Never empty, and no unit is an empty string.
    pub units: Vec<String>,
    /// The units named as leading (牵头), in order; empty when the text names
    /// no lead. See the module docs for what counts.
    pub lead: Vec<String>,
    /// The role of each unit, parallel to `units`: the role verb of its
    /// clause as printed (`负责`, `牵头`, `参与`, `指导`, `负责落实`) or, when
    /// the clause has none, the label it stands under (`配合单位`).
    #[serde(default)]
    pub roles: Vec<String>,
    /// The whole list, brackets included.
    pub span: Span,
    /// The span of each unit, parallel to `units`: from its first to its
    /// last printed character (a trailing 等 and collective excluded), page
    /// furniture between them included.
    #[serde(default)]
    pub unit_spans: Vec<Span>,
}

/// Parses one bracketed list: the whole of `s` (layout whitespace around it
/// is allowed). Spans point into `s`.
///
/// Errors (all [`ErrorKind::Units`], except [`ErrorKind::Empty`] for blank
/// input) point at the fault: a missing or unbalanced bracket, text after
/// the list, a remark that assigns nothing, a label without units, a name
/// that is not an agency's.
///
/// ```
/// use gongbao::units::parse_list;
/// use gongbao::ErrorKind;
/// let list = parse_list("（扶贫办、发展改革委、人力资源社会保障部、商务部等和各有关省级人民政府负责）").unwrap();
/// assert_eq!(list.label, None);
/// assert_eq!(list.units, ["扶贫办", "发展改革委", "人力资源社会保障部", "商务部", "各有关省级人民政府"]);
///
/// let list = parse_list("（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）").unwrap();
/// assert_eq!(list.lead, ["税务总局"]);
///
/// let err = parse_list("（以下简称《政策措施》）").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Units);
/// let err = parse_list("（责任单位：市财政局").unwrap_err();
/// assert_eq!(err.span().start, 0);
/// ```
pub fn parse_list(s: &str) -> Result<Responsibility, Error> {
    let start = s.len() - s.trim_start_matches(is_space).len();
    let end = s.trim_end_matches(is_space).len();
    if start >= end {
        return Err(Error::new(ErrorKind::Empty, Span::new(0, s.len()), "empty responsible-unit list"));
    }
    let Some(first) = s[start..].chars().next() else {
        return Err(Error::new(ErrorKind::Empty, Span::new(0, s.len()), "empty responsible-unit list"));
    };
    let open = Span::new(start, start + first.len_utf8());
    if !is_open_paren(first) {
        return Err(Error::new(ErrorKind::Units, open, "a responsible-unit list opens with （ or ("));
    }
    let mut depth = 0usize;
    let mut close = None;
    for (i, c) in s[start..end].char_indices() {
        if is_open_paren(c) {
            depth += 1;
        } else if is_close_paren(c) {
            depth -= 1;
            if depth == 0 {
                close = Some(Span::new(start + i, start + i + c.len_utf8()));
                break;
            }
        }
    }
    let Some(close) = close else {
        return Err(Error::new(ErrorKind::Units, open, "bracket of the responsible-unit list is never closed"));
    };
    if close.end < end {
        return Err(Error::new(ErrorKind::Units, Span::new(close.end, end), "text after the responsible-unit list"));
    }
    read_list(s, open, close).map(|(list, _)| list)
}

/// Finds every responsible-unit list inside `span` of `text`, in order, with
/// spans into `text`. Brackets that hold remarks are skipped. A span that
/// does not fit `text` or does not fall on character boundaries finds
/// nothing.
///
/// Time is linear in the length of the span; nesting depth costs no stack.
///
/// ```
/// use gongbao::units::find_lists;
/// use gongbao::Span;
/// let text = "推广回收新技术新模式。（商务部指导，供销合作总社参与）实现线上交废与线下回收有机结合（以下简称《方案》）。(生态环境部指导)";
/// let lists = find_lists(text, Span::new(0, text.len()));
/// assert_eq!(lists.len(), 2);
/// assert_eq!(lists[0].units, ["商务部", "供销合作总社"]);
/// assert_eq!(lists[0].roles, ["指导", "参与"]);
/// assert!(lists[0].lead.is_empty());
/// assert_eq!(lists[1].span.slice(text), Some("(生态环境部指导)"));
/// ```
pub fn find_lists(text: &str, span: Span) -> Vec<Responsibility> {
    let Some(part) = span.slice(text) else {
        return Vec::new();
    };
    let base = span.start;
    // Outermost matched pairs, by a single pass with a stack of open
    // brackets. `outer` stays sorted and non-overlapping: a pair that closes
    // swallows the pairs recorded inside it, which sit at the end.
    let mut opens: Vec<Span> = Vec::new();
    let mut outer: Vec<(Span, Span)> = Vec::new();
    // Round brackets are ( ) and （ ） (EF BC 88, EF BC 89): only those
    // bytes are looked at.
    for i in memchr::memchr3_iter(b'(', b')', 0xEF, part.as_bytes()) {
        let Some(c) = part.get(i..).and_then(|rest| rest.chars().next()) else { continue };
        let here = Span::new(base + i, base + i + c.len_utf8());
        if is_open_paren(c) {
            opens.push(here);
        } else if is_close_paren(c) {
            if let Some(open) = opens.pop() {
                while outer.last().is_some_and(|(o, _)| o.start > open.start) {
                    outer.pop();
                }
                outer.push((open, here));
            }
        }
    }
    let mut found = Vec::new();
    for (open, close) in outer {
        if !text.get(open.end..close.start).is_some_and(may_hold_list) {
            continue;
        }
        let Ok((list, labeled)) = read_list(text, open, close) else {
            continue;
        };
        if labeled || closes_sentence(text, span, open, close) {
            found.push(list);
        }
    }
    found
}

/// Whether bracketed `content` can hold a list at all, checked before it
/// is read: [`read_list`] finds units only after a label, which ends in a
/// colon, or before a role verb ([`ROLE_VERBS`]), whose last character
/// stays in the text whatever layout space splits the verb. Most bracketed
/// remarks ((一), （试行）, （2023—2025年）) are turned away here.
fn may_hold_list(content: &str) -> bool {
    content.chars().any(|c| c == ':' || c == '：' || ROLE_VERBS.iter().any(|v| v.ends_with(c)))
}

/// Whether the bracket pair stands where an unlabeled list stands: after a
/// sentence end or the start of the span, or before a sentence end or the
/// end of the span.
fn closes_sentence(text: &str, span: Span, open: Span, close: Span) -> bool {
    let before = text.get(span.start..open.start).unwrap_or("").chars().rev().find(|&c| !is_space(c));
    let after = text.get(close.end..span.end).unwrap_or("").chars().find(|&c| !is_space(c));
    before.is_none_or(is_sentence_end) || after.is_none_or(is_sentence_end)
}

// ---------------------------------------------------------------------------
// Reading the content of one bracket pair.

/// The content of a list, folded (half-width) and without layout spaces,
/// with a map back to the original text.
struct Compact<'t> {
    text: &'t str,
    s: String,
    /// `start_at[b]`: original start of the character at compact byte `b`
    /// (`start_at[s.len()]` is the end of the content).
    start_at: Vec<usize>,
    /// `end_at[b]`: original end of the character that ends at compact byte
    /// `b` (`end_at[0]` is the start of the content).
    end_at: Vec<usize>,
    /// `gap[b]`: layout space (or page furniture) stood before the
    /// character at compact byte `b`.
    gap: Vec<bool>,
    /// Page furniture inside the content (see [`furniture`]), sorted: whole
    /// lines left out of `s` and of printed names.
    furniture: Vec<Span>,
}

impl<'t> Compact<'t> {
    fn new(text: &'t str, content: Span) -> Self {
        let part = content.slice(text).unwrap_or("");
        let mut s = String::with_capacity(part.len());
        let mut start_at = vec![content.start; part.len() + 1];
        let mut end_at = vec![content.start; part.len() + 1];
        let mut gap = vec![false; part.len() + 1];
        let mut spaced = false;
        let furniture = furniture(text, content);
        let mut next = 0;
        for (i, c) in part.char_indices() {
            let at = content.start + i;
            while furniture.get(next).is_some_and(|f| f.end <= at) {
                next += 1;
            }
            if is_space(c) || furniture.get(next).is_some_and(|f| f.start <= at) {
                spaced = true;
                continue;
            }
            let at = s.len();
            s.push(fold_char(c));
            start_at[at] = content.start + i;
            end_at[s.len()] = content.start + i + c.len_utf8();
            gap[at] = spaced;
            spaced = false;
        }
        start_at.truncate(s.len() + 1);
        end_at.truncate(s.len() + 1);
        gap.truncate(s.len() + 1);
        start_at[s.len()] = content.end;
        Compact { text, s, start_at, end_at, gap, furniture }
    }

    /// The original span of compact range `r`.
    fn span(&self, r: &Range<usize>) -> Span {
        if r.start >= r.end {
            Span::empty(self.start_at[r.start])
        } else {
            Span::new(self.start_at[r.start], self.end_at[r.end])
        }
    }

    /// The original text of compact range `r`, page furniture and layout
    /// spaces removed.
    fn printed(&self, r: &Range<usize>) -> String {
        let span = self.span(r);
        let Some(slice) = span.slice(self.text) else {
            return String::new();
        };
        let first = self.furniture.partition_point(|f| f.end <= span.start);
        if self.furniture.get(first).is_none_or(|f| f.start >= span.end) {
            return strip_layout_spaces(slice);
        }
        // Furniture lies between line breaks; a line break stands in for it.
        let mut kept = String::with_capacity(slice.len());
        let mut at = span.start;
        for f in self.furniture[first..].iter().take_while(|f| f.start < span.end) {
            if f.start > at {
                kept.push_str(self.text.get(at..f.start).unwrap_or(""));
            }
            kept.push('\n');
            at = at.max(f.end);
        }
        if at < span.end {
            kept.push_str(self.text.get(at..span.end).unwrap_or(""));
        }
        strip_layout_spaces(&kept)
    }

    fn at(&self, r: &Range<usize>) -> &str {
        &self.s[r.clone()]
    }

    /// The clauses of the content: cut at `，,；;。!?` outside inner
    /// brackets, and before a label that follows a unit and a space
    /// (`牵头单位：A　配合单位：B`). The text before such a label must end
    /// a name: a label after `、` or a colon continues a label.
    fn clauses(&self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut depth = 0usize;
        let mut from = 0;
        let mut prev: Option<char> = None;
        for (i, c) in self.s.char_indices() {
            if c == '(' {
                depth += 1;
            } else if c == ')' {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && (c == ',' || is_sentence_end(c)) {
                out.push(from..i);
                from = i + c.len_utf8();
            } else if depth == 0
                && self.gap[i]
                && i > from
                && prev.is_some_and(|p| p != '、' && p != ':')
                && label_at(&self.s[i..]).is_some()
            {
                out.push(from..i);
                from = i;
            }
            prev = Some(c);
        }
        out.push(from..self.s.len());
        out
    }

    /// Splits `r` at the characters `is_sep` outside inner brackets.
    fn split_top(&self, r: Range<usize>, is_sep: impl Fn(char) -> bool) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut depth = 0usize;
        let mut from = r.start;
        for (i, c) in self.s[r.clone()].char_indices() {
            let i = r.start + i;
            if c == '(' {
                depth += 1;
            } else if c == ')' {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && is_sep(c) {
                out.push(from..i);
                from = i + c.len_utf8();
            }
        }
        out.push(from..r.end);
        out
    }
}

// ---------------------------------------------------------------------------
// Page furniture inside a list.

/// Page furniture among the whole lines of `content` (lines with a line
/// break on both sides, inside the content): page numbers, and running
/// headers next to them. See the module docs.
fn furniture(text: &str, content: Span) -> Vec<Span> {
    let Some(part) = content.slice(text) else {
        return Vec::new();
    };
    let mut breaks = part.match_indices('\n').map(|(i, _)| i);
    let Some(mut from) = breaks.next() else {
        return Vec::new();
    };
    // Non-blank whole lines: span of the line, its text without surrounding
    // space, and whether it is a page number.
    let mut lines: Vec<(Span, &str, bool)> = Vec::new();
    for to in breaks {
        let raw = &part[from + 1..to];
        let line = raw.trim_matches(is_space);
        if !line.is_empty() {
            lines.push((Span::new(content.start + from + 1, content.start + to), line, is_page_number(line)));
        }
        from = to;
    }
    let mut out = Vec::new();
    let mut checks = 0;
    for (k, &(span, line, page)) in lines.iter().enumerate() {
        let next_to_page = k.checked_sub(1).is_some_and(|j| lines[j].2) || lines.get(k + 1).is_some_and(|l| l.2);
        if page {
            out.push(span);
        } else if next_to_page && checks < MAX_HEADER_CHECKS && may_be_header(line) {
            checks += 1;
            if repeated_line(text, content, line) {
                out.push(span);
            }
        }
    }
    out
}

/// Whether a line next to a page number may be a running header: short,
/// and without the punctuation of a list (`、，；：。`).
fn may_be_header(line: &str) -> bool {
    line.chars().count() <= MAX_HEADER_CHARS
        && !line.chars().any(|c| matches!(fold_char(c), '、' | ',' | ';' | ':' | '。'))
}

/// Whether `line` stands as a line of its own (only space around it up to
/// the line breaks) elsewhere in `text`, outside `content` and within a
/// window around it: [`HEADER_WINDOW`] bytes on each side, and no more
/// than [`HEADER_WINDOW_FACTOR`] times the content's length, so that the
/// search stays linear in the content.
fn repeated_line(text: &str, content: Span, line: &str) -> bool {
    let window = HEADER_WINDOW.min(content.len().saturating_mul(HEADER_WINDOW_FACTOR));
    let mut lo = content.start.saturating_sub(window);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = content.end.saturating_add(window).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let own_line = |start: usize| {
        let end = start + line.len();
        let before = text[..start].trim_end_matches(|c| is_space(c) && c != '\n');
        let after = text[end..].trim_start_matches(|c| is_space(c) && c != '\n');
        (before.is_empty() || before.ends_with('\n')) && (after.is_empty() || after.starts_with('\n'))
    };
    let found_in = |from: usize, to: usize| {
        text.get(from..to).is_some_and(|hay| hay.match_indices(line).any(|(i, _)| own_line(from + i)))
    };
    found_in(lo, content.start) || found_in(content.end, hi)
}

/// One unit found in a clause (compact range) with its role.
struct Hit {
    name: Range<usize>,
    role: String,
    lead: bool,
}

const ROLE_VERBS: [&str; 7] = ["负责", "牵头", "参与", "指导", "配合", "落实", "协助"];
const ROLE_ADVERBS: [&str; 6] = ["按职责分工", "按职责", "依职责", "分别", "共同", "各自"];
const CONJUNCTIONS: [&str; 4] = ["以及", "和", "与", "及"];
const COLLECTIVES: [&str; 5] = ["各", "有关", "相关", "其他", "其它"];
const GENERIC_NOUNS: [&str; 6] = ["部门", "单位", "机构", "机关", "方面", "部委"];
/// Levels of government that qualify a collective after 等 (`市有关部门`).
const LEVEL_WORDS: [&str; 8] = ["国家", "中央", "省", "市", "区", "县", "乡", "镇"];
/// What may follow a level word before the collective (`省直`, `市级`,
/// `市属`, `市政府有关部门`).
const LEVEL_SUFFIXES: [&str; 4] = ["直", "级", "属", "政府"];
const STOP_CHARS: [char; 12] = ['由', '的', '将', '把', '被', '在', '从', '以', '按', '需', '均', '是'];
const NOTE_PHRASES: [&str; 4] = ["下同", "同上", "不再列出", "不再一一列出"];
const LEAD_MARKS: [&str; 3] = ["牵头", "牵头单位", "牵头部门"];
/// Last characters of agency names (政府 ends in 府).
const ORGAN_CHARS: &str = "部委局办厅署会院行社联府处室组司所站队团庭馆校军";
/// Last words of agency names whose last character alone says too little.
const ORGAN_WORDS: [&str; 6] = ["中央", "中心", "单位", "部门", "机关", "机构"];
const MAX_UNLABELED_CHARS: usize = 30;
/// Longest label read, its colon included (`责任部门、单位：` has 8).
const MAX_LABEL_CHARS: usize = 24;
/// Longest running header read as page furniture.
const MAX_HEADER_CHARS: usize = 40;
/// Running-header candidates looked up per list.
const MAX_HEADER_CHECKS: usize = 4;
/// How far from a list a running header is looked for again, in bytes on
/// each side (a few printed pages).
const HEADER_WINDOW: usize = 16 * 1024;
/// The window is also at most this many times the list's length.
const HEADER_WINDOW_FACTOR: usize = 256;

fn role_prefix(i: &str) -> IResult<&str, &str> {
    alt((
        tag("责任"),
        tag("牵头"),
        tag("配合"),
        tag("参与"),
        tag("协办"),
        tag("主办"),
        tag("主责"),
        tag("实施"),
        tag("协同"),
        tag("承办"),
    ))
    .parse(i)
}

fn organ_noun(i: &str) -> IResult<&str, &str> {
    alt((tag("单位"), tag("部门"), tag("主体"), tag("处室"), tag("机构"), tag("机关"))).parse(i)
}

/// `责任单位:` `责任部门、单位:` `牵头部门:` … on folded text; returns the
/// label without its colon.
fn label(i: &str) -> IResult<&str, &str> {
    let compound =
        recognize(pair(pair(role_prefix, organ_noun), many0(pair(char('、'), pair(opt(role_prefix), organ_noun)))));
    terminated(alt((compound, role_prefix)), char(':')).parse(i)
}

/// The label at the start of folded `s`, bounded to [`MAX_LABEL_CHARS`]
/// so that looking for one costs the same wherever it is tried: the length
/// of the label without its colon, and where the units after it start.
fn label_at(s: &str) -> Option<(usize, usize)> {
    let head = s.char_indices().nth(MAX_LABEL_CHARS).map_or(s, |(i, _)| &s[..i]);
    let (rest, lab) = label(head).ok()?;
    Some((lab.len(), head.len() - rest.len()))
}

/// Reads the list between `open` and `close`; also says whether it had a
/// label.
fn read_list(text: &str, open: Span, close: Span) -> Result<(Responsibility, bool), Error> {
    let c = Compact::new(text, Span::new(open.end, close.start));
    let mut hits: Vec<Hit> = Vec::new();
    let mut label_text: Option<String> = None;
    let mut current: Option<String> = None;
    let mut first_is_lead = false;
    for clause in c.clauses() {
        if clause.is_empty() {
            continue;
        }
        let assigned = !hits.is_empty();
        let body = c.at(&clause);
        if body.contains("牵头") && (body.contains("第一") || body.contains("首位")) {
            first_is_lead = true;
            continue;
        }
        if let Some((lab_len, units_at)) = label_at(body) {
            let lab = &body[..lab_len];
            let lab_range = clause.start..clause.start + lab_len;
            let printed = c.printed(&lab_range);
            label_text.get_or_insert_with(|| printed.clone());
            current = Some(printed.clone());
            let units = clause.start + units_at..clause.end;
            if units.is_empty() {
                return Err(Error::new(ErrorKind::Units, c.span(&clause), "label without units"));
            }
            let (units, verb) = strip_role(&c, units);
            let (role, lead) = match &verb {
                Some(v) => (c.printed(v), c.at(v).contains("牵头")),
                None => (printed, lab.contains("牵头")),
            };
            units_of(&c, units, false, &role, lead, &mut hits)?;
            continue;
        }
        let (units, verb) = strip_role(&c, clause.clone());
        if let Some(v) = verb {
            let role = c.printed(&v);
            let lead = c.at(&v).contains("牵头");
            let mut found = Vec::new();
            match units_of(&c, units, true, &role, lead, &mut found) {
                Ok(()) => hits.append(&mut found),
                Err(e) if !assigned => return Err(e),
                Err(_) => {}
            }
            continue;
        }
        if let Some(lab) = &current {
            if !NOTE_PHRASES.contains(&body) {
                let mut found = Vec::new();
                let ok = units_of(&c, clause.clone(), true, lab, lab.contains("牵头"), &mut found).is_ok();
                if ok && found.iter().any(|h| ends_in_organ(c.at(&h.name)) || c.at(&h.name).starts_with('各')) {
                    hits.append(&mut found);
                }
            }
            continue;
        }
        if !assigned {
            return Err(Error::new(
                ErrorKind::Units,
                c.span(&clause),
                "a remark, not a responsible-unit list: no label (责任单位：…) and no role verb (负责 牵头 参与 指导 配合 落实)",
            ));
        }
    }
    let whole = Span::new(open.start, close.end);
    if hits.is_empty() {
        return Err(Error::new(ErrorKind::Units, whole, "responsible-unit list names no unit"));
    }
    let labeled = label_text.is_some();
    if !labeled && !hits.iter().any(|h| ends_in_organ(&c.s[h.name.clone()])) {
        return Err(Error::new(
            ErrorKind::Units,
            whole,
            "a remark, not a responsible-unit list: no name ends like an agency's (部 委 局 办 政府 …)",
        ));
    }
    let mut list = Responsibility {
        label: label_text,
        units: Vec::with_capacity(hits.len()),
        lead: Vec::new(),
        roles: Vec::with_capacity(hits.len()),
        span: whole,
        unit_spans: Vec::with_capacity(hits.len()),
    };
    for h in hits {
        let name = c.printed(&h.name);
        if h.lead {
            list.lead.push(name.clone());
        }
        list.units.push(name);
        list.roles.push(h.role);
        list.unit_spans.push(c.span(&h.name));
    }
    if first_is_lead && list.lead.is_empty() {
        list.lead.push(list.units[0].clone());
    }
    Ok((list, labeled))
}

/// Splits a trailing role verb chain (`负责`, `牵头负责`, `按职责分工负责`)
/// off `r`: the units before it and the verb chain, if any. The units must
/// not be empty for the verb to count.
fn strip_role(c: &Compact<'_>, r: Range<usize>) -> (Range<usize>, Option<Range<usize>>) {
    let mut end = r.end;
    loop {
        let s = &c.s[r.start..end];
        match ROLE_VERBS.iter().find(|v| s.ends_with(*v)) {
            Some(v) => end -= v.len(),
            None => break,
        }
    }
    if end == r.end {
        return (r, None);
    }
    let s = &c.s[r.start..end];
    if let Some(a) = ROLE_ADVERBS.iter().find(|a| s.ends_with(*a)) {
        end -= a.len();
    }
    if end == r.start {
        return (r, None);
    }
    (r.start..end, Some(end..r.end))
}

/// The units of compact range `r`, appended to `out` with `role`.
/// `strict`: the names carry no label, so they must look like agency names.
fn units_of(
    c: &Compact<'_>,
    r: Range<usize>,
    strict: bool,
    role: &str,
    lead: bool,
    out: &mut Vec<Hit>,
) -> Result<(), Error> {
    let before = out.len();
    for item in c.split_top(r.clone(), |ch| ch == '、') {
        for part in split_huitong(c, item) {
            for piece in split_conjunctions(c, part.clone()) {
                let piece = cut_deng(c, piece);
                let (name, marked) = strip_lead_mark(c, piece);
                check_name(c, &name, strict)?;
                out.push(Hit { name, role: role.to_owned(), lead: lead || marked });
            }
        }
    }
    if out.len() == before {
        return Err(Error::new(ErrorKind::Units, c.span(&r), "no unit named"));
    }
    Ok(())
}

/// Splits at 会同 outside brackets (`发展改革委会同有关部门`).
fn split_huitong(c: &Compact<'_>, r: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut from = r.start;
    let s = &c.s[r.clone()];
    let mut skip_to = 0;
    for (i, ch) in s.char_indices() {
        if i < skip_to {
            continue;
        }
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 && s[i..].starts_with("会同") => {
                out.push(from..r.start + i);
                from = r.start + i + "会同".len();
                skip_to = i + "会同".len();
            }
            _ => {}
        }
    }
    out.push(from..r.end);
    out
}

/// Splits at a conjunction (和 与 及 以及) outside brackets that follows 等
/// or precedes a collective (各 有关 相关 其他).
fn split_conjunctions(c: &Compact<'_>, r: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut from = r.start;
    let s = &c.s[r.clone()];
    let mut skip_to = 0;
    let mut prev: Option<char> = None;
    for (i, ch) in s.char_indices() {
        if i < skip_to {
            prev = Some(ch);
            continue;
        }
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => {
                if let Some(conj) = CONJUNCTIONS.iter().find(|j| s[i..].starts_with(*j)) {
                    let after = &s[i + conj.len()..];
                    if prev == Some('等') || COLLECTIVES.iter().any(|k| after.starts_with(k)) {
                        out.push(from..r.start + i);
                        from = r.start + i + conj.len();
                        skip_to = i + conj.len();
                    }
                }
            }
            _ => {}
        }
        prev = Some(ch);
    }
    out.push(from..r.end);
    out
}

/// Cuts a name at its terminating 等 (see the module docs): `商务部等有关部门`
/// → `商务部`.
fn cut_deng(c: &Compact<'_>, r: Range<usize>) -> Range<usize> {
    let s = &c.s[r.clone()];
    let mut depth = 0usize;
    for (i, ch) in s.char_indices() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '等' if depth == 0 => {
                let after = &s[i + '等'.len_utf8()..];
                let ends = after.is_empty()
                    || CONJUNCTIONS.iter().chain(&COLLECTIVES).chain(&GENERIC_NOUNS).any(|k| after.starts_with(k))
                    || level_collective(after)
                    || after
                        .chars()
                        .next()
                        .is_some_and(|d| d.is_ascii_digit() || "一二三四五六七八九十两几多数".contains(d));
                if ends {
                    return r.start..r.start + i;
                }
            }
            _ => {}
        }
    }
    r
}

/// Whether `s` starts with a collective qualified by levels of government:
/// one or more level words (`市`, `国家`, `区县`), optionally 直 级 属 or
/// 政府, then a collective or a generic organ noun: `市有关部门`,
/// `国家有关部门`, `省直有关单位`, `市级部门`. `市场监管局` and `区政府` are
/// not: no collective follows.
fn level_collective(s: &str) -> bool {
    let mut rest = s;
    while let Some(r) = LEVEL_WORDS.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    if rest.len() == s.len() {
        return false;
    }
    if let Some(r) = LEVEL_SUFFIXES.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    COLLECTIVES.iter().chain(&GENERIC_NOUNS).any(|k| rest.starts_with(k))
}

/// Takes a trailing `（牵头）` off a name: the name without it, and whether
/// it was there.
fn strip_lead_mark(c: &Compact<'_>, r: Range<usize>) -> (Range<usize>, bool) {
    let s = &c.s[r.clone()];
    if let Some(inner) = s.strip_suffix(')') {
        for mark in LEAD_MARKS {
            if let Some(head) = inner.strip_suffix(mark) {
                if let Some(name) = head.strip_suffix('(') {
                    if !name.is_empty() {
                        return (r.start..r.start + name.len(), true);
                    }
                }
            }
        }
    }
    (r, false)
}

/// The name without a trailing bracketed part: `市卫生健康委(市中医药管理局)`
/// → `市卫生健康委`.
fn head_name(s: &str) -> &str {
    if !s.ends_with(')') {
        return s;
    }
    let mut depth = 0usize;
    for (i, ch) in s.char_indices().rev() {
        match ch {
            ')' => depth += 1,
            '(' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return &s[..i];
                }
            }
            _ => {}
        }
    }
    s
}

fn ends_in_organ(s: &str) -> bool {
    let head = head_name(s);
    head.chars().next_back().is_some_and(|c| ORGAN_CHARS.contains(c)) || ORGAN_WORDS.iter().any(|w| head.ends_with(w))
}

fn check_name(c: &Compact<'_>, r: &Range<usize>, strict: bool) -> Result<(), Error> {
    let s = c.at(r);
    if s.is_empty() {
        return Err(Error::new(ErrorKind::Units, c.span(r), "empty unit name"));
    }
    if s.contains(':') {
        return Err(Error::new(ErrorKind::Units, c.span(r), "a colon inside a unit name: an unknown label?"));
    }
    if strict {
        if let Some(bad) = s.chars().find(|ch| STOP_CHARS.contains(ch)) {
            return Err(Error::new(
                ErrorKind::Units,
                c.span(r),
                format!("not an agency name: {bad} belongs to a sentence, not a name"),
            ));
        }
        if head_name(s).chars().count() > MAX_UNLABELED_CHARS {
            return Err(Error::new(ErrorKind::Units, c.span(r), "not an agency name: too long"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<String> {
        parse_list(s).unwrap_or_else(|e| panic!("{s}: {e}")).units
    }

    #[test]
    fn labeled_full_width() {
        // corpus/shanghai-gazette-2023-10.txt, item 1.
        let s = "（责任单位：市经济信息化委、市发展改革委、市财政局、各区政府、有关管委会）";
        let list = parse_list(s).unwrap();
        assert_eq!(list.label.as_deref(), Some("责任单位"));
        assert_eq!(list.units, ["市经济信息化委", "市发展改革委", "市财政局", "各区政府", "有关管委会"]);
        assert!(list.lead.is_empty());
        assert_eq!(list.roles, vec!["责任单位"; 5]);
        assert_eq!(list.span, Span::new(0, s.len()));
        for (u, sp) in list.units.iter().zip(&list.unit_spans) {
            assert_eq!(sp.slice(s), Some(u.as_str()));
        }
    }

    #[test]
    fn labeled_half_and_mixed_width() {
        let s = "(责任单位:市经济信息化委、市发展改革委、各区政府、有关管委会)";
        assert_eq!(units(s), ["市经济信息化委", "市发展改革委", "各区政府", "有关管委会"]);
        let s = "（责任单位:市科委、市生态环境局)";
        assert_eq!(units(s), ["市科委", "市生态环境局"]);
        let s = "(责任部门：市医保局、市财政局、市卫生健康委）";
        let list = parse_list(s).unwrap();
        assert_eq!(list.label.as_deref(), Some("责任部门"));
        assert_eq!(list.units, ["市医保局", "市财政局", "市卫生健康委"]);
    }

    #[test]
    fn nested_second_name_both_widths() {
        let s = "(责任部门、单位:市卫生健康委(市中医药管理局)、市医保局)";
        assert_eq!(units(s), ["市卫生健康委(市中医药管理局)", "市医保局"]);
        let s = "（责任单位：市交通委（市道运局)、市财政局）";
        assert_eq!(units(s), ["市交通委（市道运局)", "市财政局"]);
    }

    #[test]
    fn groups_and_labels() {
        let list = parse_list("（牵头单位：市发展改革委，配合单位：市财政局、市商务委）").unwrap();
        assert_eq!(list.units, ["市发展改革委", "市财政局", "市商务委"]);
        assert_eq!(list.lead, ["市发展改革委"]);
        let list = parse_list("（责任单位：市商务委、市财政局等；各区政府）").unwrap();
        assert_eq!(list.units, ["市商务委", "市财政局", "各区政府"]);
        assert_eq!(list.roles, ["责任单位"; 3]);
        let list = parse_list("（牵头部门：市教委；参与单位：市科委）").unwrap();
        assert_eq!(list.lead, ["市教委"]);
        assert_eq!(list.roles, ["牵头部门", "参与单位"]);
        let list = parse_list("（责任主体：各区政府）").unwrap();
        assert_eq!(list.label.as_deref(), Some("责任主体"));
        let list = parse_list("（牵头：市发展改革委；配合：市财政局）").unwrap();
        assert_eq!(list.label.as_deref(), Some("牵头"));
        assert_eq!(list.lead, ["市发展改革委"]);
        assert_eq!(list.roles, ["牵头", "配合"]);
        let list = parse_list("（责任单位：市发展改革委牵头，市财政局配合）").unwrap();
        assert_eq!(list.units, ["市发展改革委", "市财政局"]);
        assert_eq!(list.lead, ["市发展改革委"]);
        assert_eq!(list.roles, ["牵头", "配合"]);
        let list = parse_list("（责任单位：各区政府，市有关部门）").unwrap();
        assert_eq!(list.units, ["各区政府", "市有关部门"]);
        let list = parse_list("（市财政局负责，2023年底前完成）").unwrap();
        assert_eq!(list.units, ["市财政局"]);
        let list = parse_list("（责任单位：市发展改革委（牵头）、市财政局，下同）").unwrap();
        assert_eq!(list.units, ["市发展改革委", "市财政局"]);
        assert_eq!(list.lead, ["市发展改革委"]);
    }

    #[test]
    fn labels_separated_by_a_space() {
        let want_units = ["市市场监管局", "市公安局", "市商务委"];
        let want_roles = ["牵头单位", "配合单位", "配合单位"];
        for s in [
            "（牵头单位：市市场监管局\u{3000}配合单位：市公安局、市商务委）",
            "（牵头单位：市市场监管局 配合单位：市公安局、市商务委）",
            "（牵头单位：市市场监管局  \u{3000} 配合单位：市公安局、市商务委）",
            "(牵头单位:市市场监管局 配合单位:市公安局、市商务委)",
            "（牵头单位：市市场监管局\n配合单位：市公安局、市商务委）",
        ] {
            let list = parse_list(s).unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!(list.label.as_deref(), Some("牵头单位"), "{s}");
            assert_eq!(list.units, want_units, "{s}");
            assert_eq!(list.lead, ["市市场监管局"], "{s}");
            assert_eq!(list.roles, want_roles, "{s}");
            assert_eq!(list.unit_spans[0].slice(s), Some("市市场监管局"));
        }
        let list = parse_list("（责任单位：市科委　牵头：市发展改革委　配合：市财政局）").unwrap();
        assert_eq!(list.units, ["市科委", "市发展改革委", "市财政局"]);
        assert_eq!(list.roles, ["责任单位", "牵头", "配合"]);
        assert_eq!(list.lead, ["市发展改革委"]);
        // A space inside a name or before a compound label's second part cuts nothing.
        let list = parse_list("（责任单位：市发展改革委、市精神文明\n\n办）").unwrap();
        assert_eq!(list.units, ["市发展改革委", "市精神文明办"]);
        let list = parse_list("（责任部门、\n单位：市财政局）").unwrap();
        assert_eq!(list.label.as_deref(), Some("责任部门、单位"));
        assert_eq!(list.units, ["市财政局"]);
        // Without a space the colon stays an error, as before.
        assert!(parse_list("（牵头单位：市市场监管局配合单位：市公安局）").is_err());
        // A label longer than 24 characters is not read.
        let long = format!("（责任单位{}：市财政局）", "、单位".repeat(8));
        assert!(parse_list(&long).is_err());
        let s = format!("（{}）", "责任单位、 ".repeat(20_000));
        assert!(parse_list(&s).is_err());
    }

    #[test]
    fn comma_under_a_label() {
        let s = "（责任单位：各区政府，市有关部门）";
        let list = parse_list(s).unwrap();
        assert_eq!(list.label.as_deref(), Some("责任单位"));
        assert_eq!(list.units, ["各区政府", "市有关部门"]);
        assert_eq!(list.roles, ["责任单位", "责任单位"]);
        assert_eq!(list.unit_spans[1].slice(s), Some("市有关部门"));
        let list = parse_list("(责任单位:市发展改革委,市财政局、市商务委,各区)").unwrap();
        assert_eq!(list.units, ["市发展改革委", "市财政局", "市商务委", "各区"]);
        let list = parse_list("（牵头单位：市教委，市人力资源社会保障局；配合单位：市财政局）").unwrap();
        assert_eq!(list.units, ["市教委", "市人力资源社会保障局", "市财政局"]);
        assert_eq!(list.lead, ["市教委", "市人力资源社会保障局"]);
        assert_eq!(list.roles, ["牵头单位", "牵头单位", "配合单位"]);
        // What follows a comma must look like a unit; otherwise it is a note.
        assert_eq!(units("（责任单位：市财政局，2023年底前完成）"), ["市财政局"]);
        assert_eq!(units("（责任单位：市财政局，持续推进）"), ["市财政局"]);
        assert_eq!(units("（责任单位：市财政局，按季度报送进展）"), ["市财政局"]);
    }

    #[test]
    fn page_break_inside_a_name() {
        let s = "(责任部门、单位:各区政府、市委宣传部、市精神文明\n\n办、市卫生健康委)";
        let list = parse_list(s).unwrap();
        assert_eq!(list.units, ["各区政府", "市委宣传部", "市精神文明办", "市卫生健康委"]);
        assert_eq!(list.unit_spans[2].slice(s), Some("市精神文明\n\n办"));
    }

    #[test]
    fn label_split_by_a_page_break() {
        for s in [
            "（责任单\n\n位：市发展改革委、市财政局）",
            "（责任单\n\n- 13 -\n\n位：市发展改革委、市财政局）",
            "（责任单\n- 13 -\n位：市发展改革委、市财政局）",
            "（责任单\r\n\r\n— 13 —\r\n\r\n位：市发展改革委、市财政局）",
            "（责任单\n\n　　13\n\n位：市发展改革委、市财政局）",
            "（责任单\n\n第 13 页\n\n位：市发展改革委、市财政局）",
            "（责任单\n\n第１３页，共４０页\n\n位：市发展改革委、市财政局）",
            "（责任单\n\n13/40\n\n位：市发展改革委、市财政局）",
        ] {
            let list = parse_list(s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
            assert_eq!(list.label.as_deref(), Some("责任单位"), "{s:?}");
            assert_eq!(list.units, ["市发展改革委", "市财政局"], "{s:?}");
            assert_eq!(list.roles, ["责任单位", "责任单位"], "{s:?}");
            assert_eq!(list.unit_spans[0].slice(s), Some("市发展改革委"));
        }
    }

    #[test]
    fn page_number_inside_a_name() {
        let s = "（责任单位：市发展改\n\n- 13 -\n\n革委、市财政局）";
        let list = parse_list(s).unwrap();
        assert_eq!(list.units, ["市发展改革委", "市财政局"]);
        assert_eq!(list.unit_spans[0].slice(s), Some("市发展改\n\n- 13 -\n\n革委"));
        let s = "（市发展改革委、市财\n\n8\n\n政局负责）";
        assert_eq!(units(s), ["市发展改革委", "市财政局"]);
        // A bare number on a line of its own is the page number even where a
        // number could be meant: the list reads the same without it.
        assert_eq!(units("（教育部等\n10\n部门负责）"), ["教育部"]);
        // Not furniture: a number that shares its line with text, a number
        // at the edge of the brackets, a line of five digits.
        assert_eq!(units("（责任单位：市财政局、\n第2分局）"), ["市财政局", "第2分局"]);
        assert_eq!(units("（责任单位：市财政局\n- 13 -）"), ["市财政局- 13 -"]);
        assert_eq!(units("（责任单位：市财政\n12345\n局）"), ["市财政12345局"]);
    }

    #[test]
    fn running_header_inside_a_name() {
        let header = "上海市人民政府公报2023·12";
        let text = format!(
            "{header}\n\n一、加强统筹。\n\n- 12 -\n\n{header}\n\n二、推进落实。（责任单位：市发展改\n\n- 13 -\n\n{header}\n\n革委、市财政局）\n\n- 14 -\n"
        );
        let para = text.find("二、").unwrap()..text.find("）").unwrap() + "）".len();
        let lists = find_lists(&text, Span::new(para.start, para.end));
        assert_eq!(lists.len(), 1);
        assert_eq!(lists[0].units, ["市发展改革委", "市财政局"]);
        assert_eq!(lists[0].unit_spans[0].slice(&text), Some(&*format!("市发展改\n\n- 13 -\n\n{header}\n\n革委")));
        // A running footer above the page number, and a header that comes
        // back after the list.
        let text =
            format!("（责任单位：市发展改\n\n{header}\n\n- 13 -\n\n革委、市财政局）正文。\n\n- 14 -\n\n  {header}  \n");
        let lists = find_lists(&text, Span::new(0, text.len()));
        assert_eq!(lists[0].units, ["市发展改革委", "市财政局"]);
        // Repetition is what tells a header: alone, the list keeps the line.
        let s = format!("（责任单位：市发展改\n\n- 13 -\n\n{header}\n\n革委、市财政局）");
        assert_eq!(units(&s), [format!("市发展改{header}革委").as_str(), "市财政局"]);
        // Nor is a repeated line furniture without a page number next to it,
        // or when it holds the punctuation of a list.
        let text = "市财政局\n\n（责任单位：市发展改革委、\n\n市财政局\n\n）";
        assert_eq!(find_lists(text, Span::new(0, text.len()))[0].units, ["市发展改革委", "市财政局"]);
        let text = "、市财政局\n\n（责任单位：市发展改革委\n\n- 3 -\n\n、市财政局\n\n）";
        assert_eq!(find_lists(text, Span::new(0, text.len()))[0].units, ["市发展改革委", "市财政局"]);
        // Only a repetition on a line of its own counts.
        let text = format!("引用{header}。\n\n（责任单位：市发展改\n\n- 13 -\n\n{header}\n\n革委）");
        assert_eq!(find_lists(&text, Span::new(0, text.len()))[0].units, [format!("市发展改{header}革委")]);
    }

    #[test]
    fn much_furniture_stays_linear() {
        // Every other line a page number, every line a header candidate
        // that repeats: a bounded number of searches per list.
        let n = 20_000;
        let body = "- 1 -\n页眉\n".repeat(n);
        let s = format!("页眉\n（责任单位：市财政\n{body}局、市商务委\n{body}）\n页眉\n");
        let lists = find_lists(&s, Span::new(0, s.len()));
        assert_eq!(lists.len(), 1);
        assert_eq!(lists[0].units.len(), 2);
        assert!(lists[0].units[0].starts_with("市财政页眉"));
        let s = format!("（责任单位：市财政\n{}局）", "\n7\n".repeat(n));
        assert_eq!(units(&s), ["市财政局"]);
    }

    #[test]
    fn state_council_shapes() {
        let list = parse_list(
            "（生态环境部牵头，国家发展改革委、工业和信息化部、住房城乡建设部、农业农村部、国家统计局参与）",
        )
        .unwrap();
        assert_eq!(list.label, None);
        assert_eq!(
            list.units,
            ["生态环境部", "国家发展改革委", "工业和信息化部", "住房城乡建设部", "农业农村部", "国家统计局"]
        );
        assert_eq!(list.lead, ["生态环境部"]);
        assert_eq!(list.roles[..2], ["牵头", "参与"]);

        let list = parse_list("（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）").unwrap();
        assert_eq!(list.units, ["生态环境部", "试点城市政府"]);
        assert_eq!(list.roles, ["指导", "负责落实"]);
        assert!(list.lead.is_empty());

        let list = parse_list("（市场监管总局、工业和信息化部负责）").unwrap();
        assert_eq!(list.units, ["市场监管总局", "工业和信息化部"]);

        let list = parse_list("（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）").unwrap();
        assert_eq!(list.units, ["税务总局", "财政部", "海关总署"]);
        assert_eq!(list.lead, ["税务总局"]);
    }

    #[test]
    fn deng_and_he() {
        assert_eq!(units("（商务部等有关部门负责）"), ["商务部"]);
        assert_eq!(units("（农业农村部、商务部等和各省级人民政府负责）"), ["农业农村部", "商务部", "各省级人民政府"]);
        assert_eq!(units("（商务部等和各有关省级人民政府负责）"), ["商务部", "各有关省级人民政府"]);
        assert_eq!(
            units("（中央和国家机关工委、文化和旅游部、住房和城乡建设部、工业和信息化部负责）"),
            ["中央和国家机关工委", "文化和旅游部", "住房和城乡建设部", "工业和信息化部"]
        );
        assert_eq!(units("（公安部和各地公安机关负责）"), ["公安部", "各地公安机关"]);
        assert_eq!(units("（教育部等10部门负责）"), ["教育部"]);
        assert_eq!(units("（教育部、各高等学校负责）"), ["教育部", "各高等学校"]);
        assert_eq!(units("（发展改革委会同有关部门负责）"), ["发展改革委", "有关部门"]);
        assert_eq!(units("（财政部、税务总局按职责分工负责）"), ["财政部", "税务总局"]);
        assert_eq!(units("（发展改革委、财政部等部门按职责分工负责）"), ["发展改革委", "财政部"]);
        assert_eq!(units("（商务部、财政部等负责）"), ["商务部", "财政部"]);
    }

    #[test]
    fn deng_before_a_level_collective() {
        let list = parse_list("（责任单位：市经济和信息化局等市有关部门）").unwrap();
        assert_eq!(list.units, ["市经济和信息化局"]);
        assert_eq!(list.roles, ["责任单位"]);
        assert_eq!(units("（工业和信息化部、商务部等国家有关部门负责）"), ["工业和信息化部", "商务部"]);
        assert_eq!(units("（责任单位：省发展改革委等省直有关单位）"), ["省发展改革委"]);
        assert_eq!(units("（责任单位：市商务委等区县相关单位）"), ["市商务委"]);
        assert_eq!(units("（责任单位：市财政局等市级部门）"), ["市财政局"]);
        assert_eq!(units("（责任单位：市民政局等市政府有关部门、各区政府）"), ["市民政局", "各区政府"]);
        assert_eq!(units("（教育部等中央有关部门负责）"), ["教育部"]);
        // A collective right after 等 is the tail 等 summarises; after a
        // conjunction or 、 it is a unit.
        assert_eq!(units("（责任单位：市住房城乡建设管理委等各区县政府）"), ["市住房城乡建设管理委"]);
        assert_eq!(units("（市住房城乡建设管理委等各区县政府负责）"), ["市住房城乡建设管理委"]);
        assert_eq!(units("（责任单位：市住房城乡建设管理委等和各区县政府）"), ["市住房城乡建设管理委", "各区县政府"]);
        assert_eq!(units("（责任单位：市住房城乡建设管理委、各区县政府）"), ["市住房城乡建设管理委", "各区县政府"]);
        // A level word with no collective after it is the start of a name.
        assert_eq!(units("（责任单位：市商务委等市场监管部门）"), ["市商务委等市场监管部门"]);
        assert_eq!(units("（责任单位：市财政局、区政府）"), ["市财政局", "区政府"]);
        let s = "（责任单位：市经济和信息化局等市有关部门）";
        let list = parse_list(s).unwrap();
        assert_eq!(list.unit_spans[0].slice(s), Some("市经济和信息化局"));
    }

    #[test]
    fn remarks_are_errors() {
        for s in [
            "（技工院校内由人力资源社会保障行政部门负责）",
            "（以下简称《政策措施》）",
            "（含具有高级工以上职业资格人员）",
            "（试行）",
            "（2023年4月18日）",
            "（国办函〔2022〕17号）",
            "(一)",
            "（此件公开发布）",
            "（垃圾焚烧企业依法依规安装污染物排放自动监测设备、在厂区门口树立电子显示屏实时公布污染物排放和焚烧炉运行数据、自动监测设备与生态环境部门联网）",
        ] {
            let err = parse_list(s).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Units, "{s}");
            assert!(err.span().end <= s.len());
        }
        let s = "（技工院校内由人力资源社会保障行政部门负责）";
        let err = parse_list(s).unwrap_err();
        assert_eq!(err.span().slice(s), Some("技工院校内由人力资源社会保障行政部门"));
        assert!(err.message().contains('由'), "{err}");
    }

    #[test]
    fn structural_errors() {
        assert_eq!(parse_list("  ").unwrap_err().kind(), ErrorKind::Empty);
        let err = parse_list("责任单位：市财政局").unwrap_err();
        assert_eq!(err.span(), Span::new(0, 3));
        let s = "（责任单位：市财政局（市金融局）";
        let err = parse_list(s).unwrap_err();
        assert_eq!(err.span(), Span::new(0, 3));
        assert!(err.message().contains("never closed"));
        let s = "（责任单位：市财政局）。";
        let err = parse_list(s).unwrap_err();
        assert_eq!(err.span().slice(s), Some("。"));
        let s = "（）";
        assert_eq!(parse_list(s).unwrap_err().span(), Span::new(0, s.len()));
        let s = "（责任单位：）";
        let err = parse_list(s).unwrap_err();
        assert!(err.message().contains("label without units"), "{err}");
        let s = "（责任单位：市财政局、、市商务委）";
        assert!(parse_list(s).unwrap_err().message().contains("empty"));
    }

    #[test]
    fn surrounding_space_is_allowed() {
        let s = " \n（责任单位：市财政局）\n";
        let list = parse_list(s).unwrap();
        assert_eq!(list.span.slice(s), Some("（责任单位：市财政局）"));
    }

    #[test]
    fn position_rule() {
        let text = "分别负责管理（技工院校内由人力资源社会保障部门负责），国务院";
        assert!(find_lists(text, Span::new(0, text.len())).is_empty());
        let text = "加强统筹（商务部负责），推进落实";
        assert!(find_lists(text, Span::new(0, text.len())).is_empty());
        let text = "加强统筹（商务部负责）。推进落实";
        assert_eq!(find_lists(text, Span::new(0, text.len())).len(), 1);
        // A label is decisive wherever the list stands.
        let text = "加强统筹（责任单位：市商务委），推进落实";
        assert_eq!(find_lists(text, Span::new(0, text.len())).len(), 1);
    }

    #[test]
    fn find_in_a_sub_span() {
        let text = "甲。（商务部负责）乙。（财政部负责）";
        let second = text.find("乙").unwrap();
        let lists = find_lists(text, Span::new(second, text.len()));
        assert_eq!(lists.len(), 1);
        assert_eq!(lists[0].units, ["财政部"]);
        assert_eq!(lists[0].span.slice(text), Some("（财政部负责）"));
        assert!(find_lists(text, Span::new(1, 5)).is_empty());
        assert!(find_lists(text, Span::new(0, text.len() + 1)).is_empty());
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let n = 100_000;
        let s = format!("{}{}", "（".repeat(n), "）".repeat(n));
        assert!(parse_list(&s).is_err());
        assert!(find_lists(&s, Span::new(0, s.len())).is_empty());
        let s = format!("{}责任单位：市财政局）", "(".repeat(n));
        assert!(parse_list(&s).is_err());
        let lists = find_lists(&s, Span::new(0, s.len()));
        assert_eq!(lists.len(), 1);
        assert_eq!(lists[0].units, ["市财政局"]);
    }
}
