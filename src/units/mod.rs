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
//!   `（责任单位：A、B等；各区政府）`, `（牵头部门：A；配合部门：B）`,
//!   `（负责部门：A）`, `（责任主体：A）`. A label is any word of Han
//!   characters that ends in an organ word (单位 部门 主体 处室 机构 机关),
//!   optionally followed by more such words after 、 (`责任部门、单位`), or a
//!   role word alone (`牵头：`, `配合：`, `负责：`, see
//!   [`LABEL_ROLES`](crate::lexicon::LABEL_ROLES)), and a colon of either
//!   width; the word holds no character of a sentence (由 的 在 …) and no
//!   各/有关 (`各有关单位：` addresses units, it labels none). Labels are read
//!   with layout whitespace and page furniture (see Units) removed, so a
//!   label split by a page break (`责任单\n\n位：`, `责任单\n\n- 13 -\n\n位：`)
//!   is `责任单位`.
//! - Other labelled fields in the same bracket (`完成时限：2023年底前`,
//!   `适用范围：全市`): any other word of 2 to 10 Han characters before a
//!   colon. They name no unit; they are kept in [`Responsibility::fields`],
//!   their value running to the next label (commas included), and they
//!   never stop the list, wherever they stand.
//! - Unlabeled, as State Council texts print them: the units followed by a
//!   role verb, `（商务部、财政部负责）`, `（生态环境部牵头，A、B参与）`,
//!   `（商务部指导，供销合作总社参与）`. The role verbs are 负责 牵头 参与 指导
//!   配合 落实 协助, possibly chained (`负责落实`, `牵头负责`) and preceded by
//!   按职责分工 / 按职责 / 依职责 / 分别 / 共同 / 各自.
//!
//! # Clauses
//!
//! The text between the outer brackets is cut into clauses at `，,；;。!?`
//! that stand outside any inner bracket, and before a label or field that
//! stands after a unit and layout space (U+3000, ASCII spaces, a line break):
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
//! under a label, by commas, which cut clauses: shape 3 above). A
//! collective of divisions is one unit although it holds `、`: 各 and a
//! division word, then more division words after `、`, optionally closed by
//! 人民政府 or 政府 (`各区、县级市`, `各省、自治区、直辖市人民政府`,
//! `各市、县（市、区）人民政府`), as in an addressee line. Each
//! unit is the string as printed (widths kept), with layout whitespace
//! removed by [`strip_layout_spaces`](crate::text::strip_layout_spaces); its span points into the original
//! text, so a unit split by a page break (`市精神文明\n\n办`) is
//! `市精神文明办` with a span covering both halves. Brackets inside a name
//! are balanced, of either width: `市卫生健康委（市中医药管理局）` is one unit.
//!
//! **Page furniture.** A caller that joins the two halves of a paragraph
//! split by a page break passes a span that also covers what was printed
//! between them. The gazette parser blanks such furniture out before it
//! asks for lists, but [`find_lists`] and [`parse_list`] also read raw text,
//! by the text layer's rule for furniture
//! ([`is_page_number`](crate::text::is_page_number),
//! [`is_running_head`](crate::text::is_running_head)). Inside a list, a *whole line* (a line break on
//! both sides, both inside the brackets) is page furniture, and is left out
//! of labels, names and clauses, when it is
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
//! `（责任单位：市财政局，2023年底前完成）` names only 市财政局. So is a clause
//! with neither label nor role verb before the first label:
//! `（5月底完成，牵头考核单位：市审批服务局）` names only 市审批服务局.
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

mod collective;
mod compact;
mod grammar;
mod label;

use std::fmt;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Fault};
use crate::lexicon::ROLE_VERBS;
use crate::text::{CharSet, Span, is_close_paren, is_open_paren, is_sentence_end, is_space};
use grammar::read_list;

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
    /// Other labelled fields printed in the same bracket, which name no
    /// unit (`完成时限：2023年底前`, `适用范围：全市`), in order. Serialized
    /// only when there are some.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<LabeledField>,
}

/// A labelled field that shares a list's bracket but names no unit:
/// `完成时限：2023年底前` in `（责任单位：市财政局；完成时限：2023年底前）`.
/// Label and value are printed as in the text, layout spaces removed; a
/// value cut by commas runs to the next label.
///
/// ```
/// use gongbao::units::parse_list;
/// let list = parse_list("（适用范围：全市；责任部门：市商务委；完成时限：2023年底前，长期坚持）").unwrap();
/// assert_eq!(list.units, ["市商务委"]);
/// assert_eq!(list.fields[0].label, "适用范围");
/// assert_eq!(list.fields[0].value, "全市");
/// assert_eq!(list.fields[1].label, "完成时限");
/// assert_eq!(list.fields[1].value, "2023年底前，长期坚持");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LabeledField {
    /// The label without its colon.
    pub label: String,
    /// What follows the colon.
    pub value: String,
    /// The label and value.
    pub span: Span,
}

/// What went wrong in a responsible-unit list: the [`Fault`] of the
/// errors [`parse_list`] returns. Its `Display` is the message.
///
/// ```
/// use gongbao::units::{UnitsFault, parse_list};
/// use gongbao::error::Fault;
/// let s = "（技工院校内由人力资源社会保障行政部门负责）";
/// let err = parse_list(s).unwrap_err();
/// assert_eq!(err.fault(), &Fault::Units(UnitsFault::SentenceCharacter { found: '由' }));
/// assert_eq!(err.span().slice(s), Some("技工院校内由人力资源社会保障行政部门"));
/// assert_eq!(err.message(), "not an agency name: 由 belongs to a sentence, not a name");
///
/// let json = serde_json::to_string(&UnitsFault::SentenceCharacter { found: '由' }).unwrap();
/// assert_eq!(json, r#"{"SentenceCharacter":{"found":"由"}}"#);
/// assert_eq!(serde_json::from_str::<UnitsFault>(&json).unwrap(), UnitsFault::SentenceCharacter { found: '由' });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum UnitsFault {
    /// The input is blank.
    Empty,
    /// The input does not start with `（` or `(`.
    NotOpened,
    /// The opening bracket is never closed.
    NotClosed,
    /// Text follows the closing bracket.
    TextAfter,
    /// A label (`责任单位：`) with nothing after it in its clause.
    LabelWithoutUnits,
    /// The first clause has neither a label nor a role verb: a remark.
    NoLabelOrVerb,
    /// Every clause is a note: the list names no unit.
    NamesNoUnit,
    /// An unlabeled list none of whose names ends like an agency's.
    NoAgencyEnding,
    /// A clause that should name units names none.
    ClauseWithoutUnit,
    /// An empty name between separators (`、、`).
    EmptyName,
    /// A colon inside a name: an unknown label.
    ColonInName,
    /// An unlabeled name holding a function character of a sentence (由 的
    /// 将 …).
    SentenceCharacter {
        /// The first such character.
        found: char,
    },
    /// An unlabeled name longer than an agency's name.
    NameTooLong,
}

impl fmt::Display for UnitsFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnitsFault::Empty => f.write_str("empty responsible-unit list"),
            UnitsFault::NotOpened => f.write_str("a responsible-unit list opens with （ or ("),
            UnitsFault::NotClosed => f.write_str("bracket of the responsible-unit list is never closed"),
            UnitsFault::TextAfter => f.write_str("text after the responsible-unit list"),
            UnitsFault::LabelWithoutUnits => f.write_str("label without units"),
            UnitsFault::NoLabelOrVerb => f.write_str(
                "a remark, not a responsible-unit list: no label (责任单位：…) and no role verb (负责 牵头 参与 指导 配合 落实)",
            ),
            UnitsFault::NamesNoUnit => f.write_str("responsible-unit list names no unit"),
            UnitsFault::NoAgencyEnding => f.write_str(
                "a remark, not a responsible-unit list: no name ends like an agency's (部 委 局 办 政府 …)",
            ),
            UnitsFault::ClauseWithoutUnit => f.write_str("no unit named"),
            UnitsFault::EmptyName => f.write_str("empty unit name"),
            UnitsFault::ColonInName => f.write_str("a colon inside a unit name: an unknown label?"),
            UnitsFault::SentenceCharacter { found } => {
                write!(f, "not an agency name: {found} belongs to a sentence, not a name")
            }
            UnitsFault::NameTooLong => f.write_str("not an agency name: too long"),
        }
    }
}

impl From<UnitsFault> for Fault {
    fn from(fault: UnitsFault) -> Self {
        Fault::Units(fault)
    }
}

/// Parses one bracketed list: the whole of `s` (layout whitespace around it
/// is allowed). Spans point into `s`.
///
/// Errors are [`ErrorKind::Units`](crate::ErrorKind::Units) with a
/// [`UnitsFault`], and point at the fault: blank input, a missing or
/// unbalanced bracket, text after the list, a remark that assigns nothing, a
/// label without units, a name that is not an agency's.
///
/// ```
/// use gongbao::units::{UnitsFault, parse_list};
/// use gongbao::error::Fault;
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
/// assert_eq!(err.fault(), &Fault::Units(UnitsFault::NotClosed));
/// ```
pub fn parse_list(s: &str) -> Result<Responsibility, Error> {
    let start = s.len() - s.trim_start_matches(is_space).len();
    let end = s.trim_end_matches(is_space).len();
    if start >= end {
        return Err(Error::at(Span::new(0, s.len()), UnitsFault::Empty));
    }
    let Some(first) = s[start..].chars().next() else {
        return Err(Error::at(Span::new(0, s.len()), UnitsFault::Empty));
    };
    let open = Span::new(start, start + first.len_utf8());
    if !is_open_paren(first) {
        return Err(Error::at(open, UnitsFault::NotOpened));
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
        return Err(Error::at(open, UnitsFault::NotClosed));
    };
    if close.end < end {
        return Err(Error::at(Span::new(close.end, end), UnitsFault::TextAfter));
    }
    read_list(s, open, close).map(|(list, _)| list)
}

/// Finds every responsible-unit list inside `span` of `text`, in order, with
/// spans into `text`. Brackets that hold remarks are skipped. A span that
/// does not fit `text` or does not fall on character boundaries finds
/// nothing.
///
/// `text` need not have its page furniture masked: page numbers and running
/// heads on lines of their own inside a list are left out of its label and
/// names (see "Page furniture" in the module docs), and a running head is
/// told by the same line standing again around the list.
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
    if let Some(list) = labelled_paragraph(text, span) {
        return vec![list];
    }
    let base = span.start;
    let mut found = Vec::new();
    let mut read = |open: Span, close: Span| {
        if !text.get(open.end..close.start).is_some_and(may_hold_list) {
            return;
        }
        if let Ok((list, labeled)) = read_list(text, open, close)
            && (labeled || closes_sentence(text, span, open, close))
        {
            found.push(list);
        }
    };
    // Outermost matched pairs, by a single pass with a stack of open
    // brackets. A pair that closes with no bracket open around it is
    // outermost: it is read at once. One inside a bracket still open waits
    // in `inner`, which stays sorted and non-overlapping: a pair that
    // closes swallows the pairs recorded inside it, which sit at the end.
    // The stack: the bottom bracket apart, so that a paragraph whose
    // brackets nest none (nearly all) needs no vector.
    let (mut bottom, mut opens): (Option<Span>, Vec<Span>) = (None, Vec::new());
    let mut inner: Vec<(Span, Span)> = Vec::new();
    // Round brackets are ( ) and （ ） (EF BC 88, EF BC 89): only those
    // bytes are looked at.
    for i in memchr::memchr3_iter(b'(', b')', 0xEF, part.as_bytes()) {
        let Some(c) = part.get(i..).and_then(|rest| rest.chars().next()) else { continue };
        let here = Span::new(base + i, base + i + c.len_utf8());
        if is_open_paren(c) {
            if bottom.is_none() {
                bottom = Some(here);
            } else {
                opens.push(here);
            }
        } else if is_close_paren(c)
            && let Some(open) = opens.pop().or_else(|| bottom.take())
        {
            while inner.last().is_some_and(|(o, _)| o.start > open.start) {
                inner.pop();
            }
            if bottom.is_none() && inner.is_empty() {
                read(open, here);
            } else {
                inner.push((open, here));
            }
        }
    }
    for (open, close) in inner {
        read(open, close);
    }
    found
}

/// A paragraph that opens with a unit label is a list without brackets,
/// as provincial texts print it on a line of its own under the item it
/// closes (牵头单位:省发展改革委、省经信厅; 责任单位:区发改局、区市场监管局,
/// 各街道(园区)。): the list runs to the paragraph's end, a closing sentence
/// mark left out. The labels of a colophon or a metadata box (主管单位：,
/// 发文单位：) are no unit labels there.
fn labelled_paragraph(text: &str, span: Span) -> Option<Responsibility> {
    let part = span.slice(text)?;
    if !label::may_open_with_label(part.trim_start_matches(is_space)) {
        return None;
    }
    let head: String =
        crate::text::fold(part.trim_start_matches(is_space).chars().take(64).collect::<String>().as_str());
    let (len, _) = label::label_at(&head)?;
    // 主管单位：, 主办单位：, 发文单位： label a colophon or a page's box.
    let word = &head[..len];
    if crate::lexicon::colophon_field(word).is_some() || crate::lexicon::metadata_field(word).is_some() {
        return None;
    }
    let start = span.start + (part.len() - part.trim_start_matches(is_space).len());
    let body = part.trim_end_matches(|c: char| is_space(c) || is_sentence_end(c));
    let end = span.start + body.len();
    if end <= start {
        return None;
    }
    let (list, labeled) = read_list(text, Span::new(start, start), Span::new(end, end)).ok()?;
    labeled.then_some(list)
}

/// Whether bracketed `content` can hold a list at all, checked before it
/// is read: [`read_list`] finds units only after a label, which ends in a
/// colon, or before a role verb ([`ROLE_VERBS`]), whose last character
/// stays in the text whatever layout space splits the verb. Most bracketed
/// remarks ((一), （试行）, （2023—2025年）) are turned away here.
fn may_hold_list(content: &str) -> bool {
    static MARKS: LazyLock<CharSet> = LazyLock::new(|| {
        let mut marks = CharSet::EMPTY.with(':').with('：');
        for c in ROLE_VERBS.iter().filter_map(|v| v.chars().next_back()) {
            marks.insert(c);
        }
        marks
    });
    MARKS.find(content, 0).is_some()
}

/// Whether the bracket pair stands where an unlabeled list stands: after a
/// sentence end or the start of the span, or before a sentence end or the
/// end of the span.
fn closes_sentence(text: &str, span: Span, open: Span, close: Span) -> bool {
    let before = text.get(span.start..open.start).unwrap_or("").chars().rev().find(|&c| !is_space(c));
    let after = text.get(close.end..span.end).unwrap_or("").chars().find(|&c| !is_space(c));
    before.is_none_or(is_sentence_end) || after.is_none_or(is_sentence_end)
}
