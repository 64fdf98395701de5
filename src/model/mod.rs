//! The public types of a parsed gazette, and their JSON form.
//!
//! [`parse`](crate::parse) fills a [`Gazette`]; serde turns it into the
//! JSON contract of `examples/dump_json` (field names are stable; fields may
//! be added). Dates serialize as ISO `YYYY-MM-DD` strings, absent values as
//! `null` or empty lists, never as missing keys; the one exception is a
//! document's [`Metadata`] (key `metadata`), an addition present only when
//! the text prints a website's metadata box or an export's header, so that
//! the JSON of every other text stays as it was.
//!
//! Every node carries the [`Span`] of the text it was read from. The text
//! itself is held in *leaves*: the [`Block`]s of the gazette, of each
//! document and of each clause. Leaves never overlap, and every
//! non-whitespace character of the input lies in exactly one of them
//! ([`Gazette::leaves`]); a line the parser does not understand is still a
//! block (role [`Role::Unknown`]) with a diagnostic.
//!
//! # Clause ids
//!
//! Every [`Clause`] has an `id`, unique in the parse and the same on every
//! run: the document's id (`d1`, `d1.1` for its first attachment), `/`,
//! then one segment per level of the clause's path. Legal units carry a
//! prefix: `part2` (第二编, 第二部分), `chp3` (第三章), `sec1` (第一节),
//! `art12` (第十二条; 第十条之一 is `art10-1`), `para2` (the second 款),
//! `item3` (the （三） of an article or a 款). Every other outline style is
//! its printed number (`d1.1/2/3/1` for 二、→（三）→1.), and a clause without
//! a number (a —— item) is `n` and its position among its siblings. An
//! article's path leaves out the 编, 章 and 节 above it (`d1/art13`, not
//! `d1/chp2/sec1/art13`): a law numbers its articles throughout and cites
//! them without chapters (本法第十三条). When a number is printed twice
//! among siblings (the numbering lint reports it), the second gets `~2`,
//! the third `~3`.
//!
//! # 款
//!
//! The paragraphs of an article (第N条) with two or more paragraphs are
//! its children, clauses of style [`MarkerStyle::Paragraph`] numbered 1, 2,
//! 3 with an empty marker, and its items （一）（二） stand under the 款 that
//! introduces them. Such an article keeps its marker, number and title; its
//! text and lists are its 款's, and its `text` is empty. An article of one
//! paragraph has no 款 children: its own text is its one 款, and its items
//! stand under it. The first 款 holds the article's marker paragraph as its
//! leaf (so its span starts at 第N条), unless that paragraph has no 款 text
//! (a marker alone on its line, or with a heading only), which stays the
//! article's.
//!
//! ```
//! let text = "第一条　符合下列情形之一的，可以处理：\n（一）取得同意；\n（二）履行职责。\n依照其他规定处理的，从其规定。\n第二条　本办法自公布之日起施行。";
//! let g = gongbao::parse(text);
//! let ids: Vec<&str> = g.documents[0].clauses().map(|c| c.clause.id.as_str()).collect();
//! assert_eq!(ids, ["d1/art1", "d1/art1/para1", "d1/art1/para1/item1", "d1/art1/para1/item2", "d1/art1/para2", "d1/art2"]);
//! let art1 = &g.documents[0].clauses[0];
//! assert_eq!((&*art1.text(), &*art1.children[1].text()), ("", "依照其他规定处理的，从其规定。"));
//! ```

mod facts;
mod index;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::docnum::DocNumber;
pub use crate::names::UnknownName;
use crate::names::names;
use crate::text::Span;
use crate::units::Responsibility;
pub use facts::{Bound, DateFact, QuantityFact};
pub use index::{UnitResponsibilities, UnitRole};

mod clause_text;
mod history;
mod references;
mod texts;
pub(crate) use clause_text::OwnText;
pub use history::{EventKind, HistoryEvent, Repeal};
pub use references::{Alias, Reference};
pub(crate) use texts::Texts;

/// A parsed gazette issue, or a text with one or more documents.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Gazette {
    /// The issue's masthead: gazette name, year, number. `None` when the
    /// text is not a gazette issue (a single document, a law).
    pub issue: Option<Issue>,
    /// The colophon (版权页) at the end of an issue.
    pub colophon: Option<Colophon>,
    /// The table of contents (目录), in order.
    pub toc: Vec<TocEntry>,
    /// The documents, in reading order. Attached policies and 附件 are
    /// nested in the document that issues them.
    pub documents: Vec<Document>,
    /// Documents cited in the text: 《X》(国办函〔2022〕17号).
    pub citations: Vec<Citation>,
    /// What the parser noticed: joined page breaks, unknown lines, links it
    /// could not make.
    pub diagnostics: Vec<Diagnostic>,
    /// Leaves outside any document: masthead, 目录, section banners,
    /// colophon lines, page numbers.
    pub blocks: Vec<Block>,
    /// Every unit of a responsible-unit list, with the clauses it is
    /// responsible for ([`Gazette::responsibility_index`]).
    #[serde(default)]
    pub responsibility_index: Vec<UnitResponsibilities>,
}

/// The masthead of an issue: 上海市人民政府公报 2023 第 10 期(总第 538 期).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Issue {
    /// The gazette's name: 上海市人民政府公报.
    pub gazette: String,
    /// The year of the issue.
    pub year: Option<i32>,
    /// The issue number within the year (第10期, 第12号).
    pub number: Option<u32>,
    /// The cumulative issue number (总第538期, 总号：1798).
    pub cumulative_number: Option<u32>,
    /// The publication date (5月20日出版, with the year of the masthead).
    pub published: Option<NaiveDate>,
    /// The masthead lines.
    pub span: Span,
}

/// The colophon of an issue: who publishes it, how to get it, its serial
/// number.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Colophon {
    /// The gazette's name as the colophon prints it.
    pub gazette: Option<String>,
    /// The issue line: 2023年第10期(总第538期).
    pub issue: Option<String>,
    /// The publication date.
    pub published: Option<NaiveDate>,
    /// 主管单位.
    pub supervisor: Option<String>,
    /// 主办单位.
    pub sponsor: Option<String>,
    /// 编辑出版 / 编辑单位.
    pub editor: Option<String>,
    /// 发行范围.
    pub distribution: Option<String>,
    /// 定价.
    pub price: Option<String>,
    /// 印刷单位.
    pub printer: Option<String>,
    /// 网址.
    pub website: Option<String>,
    /// 国内统一连续出版物号: CN31-1854/D.
    pub serial: Option<String>,
    /// 国际标准连续出版物号: ISSN.
    pub issn: Option<String>,
    /// Every labelled field as printed (labels without layout spaces).
    pub fields: Vec<Field>,
    /// The colophon lines.
    pub span: Span,
}

/// A `label: value` line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Field {
    /// The label without layout spaces: 定价 (printed 定 价).
    pub label: String,
    /// The value, trimmed.
    pub value: String,
    /// The line.
    pub span: Span,
}

/// An entry of the table of contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TocEntry {
    /// The section it stands under (市政府办公厅文件, 国务院文件), without 【】.
    pub section: Option<String>,
    /// The title, layout spaces removed.
    pub title: String,
    /// The page number printed with it (after the title, or before it).
    pub page: Option<u32>,
    /// The id of the document it names, when found in the text.
    pub document: Option<String>,
    /// 0 for an entry, 1 for an entry indented under the one before (the
    /// policy a notice issues).
    pub level: u8,
    /// The entry's line.
    pub span: Span,
}

/// What a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// A 通知, including a 印发 notice that issues a policy.
    Notice,
    /// A text attached to another: the policy a notice issues, a 附件.
    Attachment,
    /// A 政策解读 of another document.
    Interpretation,
    /// A law, regulation or rule: 法, 条例, 规定, 办法 with articles; a
    /// decree and the regulation it promulgates are one regulation.
    Regulation,
    /// A decree (令) on its own.
    Order,
    /// Any other document: 意见, 决定, 方案 …
    Other,
}

names! {
    DocKind {
        Notice => "notice",
        Attachment => "attachment",
        Interpretation => "interpretation",
        Regulation => "regulation",
        Order => "order",
        Other => "other",
    }
}

/// One document: a notice, an attached policy, an interpretation, a law.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// Stable id within the parse: `d1`, `d2`; attachments `d1.1`.
    pub id: String,
    /// What the document is.
    pub kind: DocKind,
    /// The 文种 that ends the title (通知, 意见, 方案, 条例, 解读 …).
    pub genre: Option<String>,
    /// The title, layout spaces removed.
    pub title: String,
    /// The 成文日期 (or the decree's date, or a law's latest adoption).
    pub date: Option<NaiveDate>,
    /// The 发文字号 or decree number.
    pub doc_number: Option<DocNumber>,
    /// The 主送机关, split at its commas.
    pub addressees: Vec<String>,
    /// The numbered clauses, nested.
    pub clauses: Vec<Clause>,
    /// Attached documents, nested, in reading order.
    pub attachments: Vec<Document>,
    /// For an interpretation, the id of the document it explains.
    pub interprets: Option<String>,
    /// When the document is in force.
    pub validity: Option<InForce>,
    /// The dates of its paragraphs outside any clause (preamble, body,
    /// closing, a decree's promulgation text); not its own date line
    /// ([`DateFact`]).
    #[serde(default)]
    pub dates: Vec<DateFact>,
    /// The quantities of those paragraphs ([`QuantityFact`]).
    #[serde(default)]
    pub quantities: Vec<QuantityFact>,
    /// The signing organ (发文机关署名): the organ line under a notice, or
    /// the organ whose decree (令) promulgates a regulation; where neither
    /// is printed, the box's or export's issuer, else the organs the title
    /// opens with (上海市人民政府办公厅关于…的通知). Joint issuers are
    /// separated by 、 (国家发展改革委办公厅、税务总局办公厅); a seal note
    /// (（…代章）) is not part of it.
    pub issuer: Option<String>,
    /// A person who signs: the premier or mayor under a decree (总理 李克强).
    pub signatory: Option<String>,
    /// The gazette section the document stands in (市政府办公厅文件).
    pub section: Option<String>,
    /// The document's own leaves, in reading order: title, date, number,
    /// addressees, body paragraphs, preamble, closing, signature, notes.
    pub blocks: Vec<Block>,
    /// The whole document, attachments included.
    pub span: Span,
    /// The short names it defines (以下简称…).
    pub aliases: Vec<Alias>,
    /// The dated events of its 题注 and closing articles: adopted,
    /// promulgated, revised, amended, in force.
    pub history: Vec<HistoryEvent>,
    /// The documents it repeals (同时废止).
    pub repeals: Vec<Repeal>,
    /// The references to provisions in its paragraphs that belong to no
    /// clause (a preamble, a decree's text, a closing sentence).
    pub references: Vec<Reference>,
    /// What a web page's metadata box or a database export's header says
    /// about the document (索引号, 发文字号, 成文日期, 发布日期, 时效性 …),
    /// when the text carries one; absent from the JSON otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

/// The metadata printed with a document by the website or database it was
/// taken from: a box of labelled fields above the text (索引号, 发文机关,
/// 成文日期, 发文字号, 发布日期), with label and value on one line or on two,
/// or the header lines of an export (【法宝引证码】, 发布部门, 时效性). The
/// document's own number and date come from its text; where the text gives
/// none, they are taken from here.
///
/// ```
/// let text = "索 引 号：\n000014349/2004-00206\n成文日期：\n2004年04月17日\n发文字号：\n国办函〔2004〕36号\n\
///             关于同意申办运动会的复函\n国办函〔2004〕36号\n黑龙江省人民政府：\n同意申办。";
/// let d = &gongbao::parse(text).documents[0];
/// let m = d.metadata.as_ref().unwrap();
/// assert_eq!(m.index_number.as_deref(), Some("000014349/2004-00206"));
/// assert_eq!(m.written.map(|d| d.to_string()).as_deref(), Some("2004-04-17"));
/// // The text has no date of its own: the box gives it.
/// assert_eq!(d.date, m.written);
/// assert_eq!(d.title, "关于同意申办运动会的复函");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Metadata {
    /// 索引号.
    pub index_number: Option<String>,
    /// 发文机关, 发布部门, 制定机关: the issuing organ.
    pub issuer: Option<String>,
    /// 成文日期, 发文日期.
    pub written: Option<NaiveDate>,
    /// 发文字号, read as a document number.
    pub doc_number: Option<DocNumber>,
    /// 发布日期, 公布日期.
    pub published: Option<NaiveDate>,
    /// 实施日期, 施行日期, 生效日期.
    pub effective: Option<NaiveDate>,
    /// 标题.
    pub title: Option<String>,
    /// 有效性, 时效性: 有效, 现行有效, 失效.
    pub status: Option<String>,
    /// 效力级别.
    pub level: Option<String>,
    /// A database's citation code: CLI.2.326046.
    pub citation_code: Option<String>,
    /// 原文链接: the address the text was taken from.
    pub source: Option<String>,
    /// Every labelled field as printed (labels without layout spaces); a
    /// field whose value stands on the line under its label spans both.
    pub fields: Vec<Field>,
    /// From the first line of the box or header to its last.
    pub span: Span,
}

/// The period a document is in force (its JSON field is `validity`). The
/// clause it was read from is a [`date::Validity`](crate::date::Validity).
///
/// ```
/// let g = gongbao::parse("关于某事项的通知\n\n(2023年4月18日)\n\n本通知自2023年5月1日起施行，有效期至2028年4月30日。");
/// let v: &gongbao::model::InForce = g.documents[0].validity.as_ref().unwrap();
/// assert_eq!((v.from.unwrap().to_string(), v.to.unwrap().to_string()), ("2023-05-01".into(), "2028-04-30".into()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InForce {
    /// First day in force.
    pub from: Option<NaiveDate>,
    /// Last day in force.
    pub to: Option<NaiveDate>,
    /// The sentence that says so.
    pub span: Span,
}

/// How a clause is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkerStyle {
    /// 第一编, 第一部分.
    Part,
    /// 第一章.
    Chapter,
    /// 第一节.
    Section,
    /// 第一条.
    Article,
    /// 一、
    Chinese,
    /// （一） or (一).
    ParenChinese,
    /// 1. or 1． or 1、
    Arabic,
    /// （1） or (1).
    ParenArabic,
    /// 1） or 1): a number closed by a bracket.
    ArabicClose,
    /// 1.1, 1.1.1: decimal outline numbers (each depth its own level).
    Decimal,
    /// ① ② ③.
    Circled,
    /// ——, a dash-led item.
    Dash,
    /// 第一，: an ordinal enumerator at the start of a paragraph.
    Ordinal,
    /// A 款: one paragraph of an article that has several. It has no
    /// printed marker (`marker` is empty); `number` is its position in the
    /// article, 1, 2, 3.
    Paragraph,
}

names! {
    MarkerStyle {
        Part => "part",
        Chapter => "chapter",
        Section => "section",
        Article => "article",
        Chinese => "chinese",
        ParenChinese => "paren_chinese",
        Arabic => "arabic",
        ParenArabic => "paren_arabic",
        ArabicClose => "arabic_close",
        Decimal => "decimal",
        Circled => "circled",
        Dash => "dash",
        Ordinal => "ordinal",
        Paragraph => "paragraph",
    }
}

/// A numbered clause, with the clauses under it.
///
/// Its JSON (serde) has a `text` key after `title`: [`Clause::text`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Clause {
    /// Stable id, unique in the parse: the document's id, `/`, then one
    /// segment per level of the clause's path (`d1/art13/para1/item2`,
    /// `d1.1/2/3/1`); see the [module docs](crate::model#clause-ids).
    pub id: String,
    /// The marker as printed: （一）, 1., 第十条之一, ——; empty for a 款.
    pub marker: String,
    /// The marker's value: 1 for 一、 and （一）, 10 for 第十条之一, a 款's
    /// position in its article; `None` for dash items.
    pub number: Option<u32>,
    /// The 之一 of an inserted article (第十条之一 → 1).
    pub sub: Option<u32>,
    /// How it is numbered.
    pub style: MarkerStyle,
    /// The heading: the text of a heading line (推出招商引资政策新工具), the
    /// first sentence when a heading sentence leads the paragraph
    /// (支持引进高端产业项目), an article's bracketed heading (信息公示).
    pub title: Option<String>,
    /// Where its own text is ([`Clause::text`]): it is not held twice.
    pub(crate) own_text: OwnText,
    /// The responsible-unit lists in the clause's own text.
    pub responsibilities: Vec<Responsibility>,
    /// The dates written in the clause's own paragraphs, in order
    /// ([`DateFact`]).
    pub dates: Vec<DateFact>,
    /// The quantities written in the clause's own paragraphs, in order
    /// ([`QuantityFact`]).
    pub quantities: Vec<QuantityFact>,
    /// The references to provisions in the clause's own text.
    pub references: Vec<Reference>,
    /// The clauses under it.
    pub children: Vec<Clause>,
    /// The clause's own leaves: its marker paragraph and the unnumbered
    /// paragraphs that follow it.
    pub blocks: Vec<Block>,
    /// The whole clause, children included.
    pub span: Span,
}

/// A document cited in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Citation {
    /// The cited title, without 《》 and layout spaces.
    pub title: Option<String>,
    /// The cited document's number.
    pub doc_number: Option<DocNumber>,
    /// The id of the cited document when it is in this text.
    pub document: Option<String>,
    /// The citation.
    pub span: Span,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A repair the parser made and is sure of (a page break joined).
    Info,
    /// Something the parser could not place or link.
    Warning,
}

names! {
    Severity {
        Info => "info",
        Warning => "warning",
    }
}

/// The kind of a [`Diagnostic`]. Serialized, shown and parsed as a short
/// stable code: `joined-page-break`, `unknown-line` …
///
/// ```
/// use gongbao::model::DiagnosticCode;
/// assert_eq!(DiagnosticCode::JoinedPageBreak.to_string(), "joined-page-break");
/// assert_eq!("unknown-line".parse(), Ok(DiagnosticCode::UnknownLine));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum DiagnosticCode {
    /// A paragraph broken by a page break (page number, running head) was
    /// joined across it.
    JoinedPageBreak,
    /// A line the parser did not understand, kept as a block of role
    /// [`Role::Unknown`].
    UnknownLine,
    /// A table-of-contents entry names no document found in the text.
    UnlinkedTocEntry,
    /// An interpretation explains a document that is not in the text.
    UnlinkedInterpretation,
    /// A sequence of clause numbers (第N条, 一、, （一）, 1.) skips a
    /// number; the span is the marker found where another was expected.
    NumberingGap,
    /// A sequence of clause numbers repeats a number or goes back.
    NumberingRepeat,
    /// Bytes that are not text, let through by lossy decoding
    /// ([`crate::parse_bytes_lossy`]): replaced with U+FFFD, or a control
    /// character kept; the span is where it stands in the decoded text.
    DamagedInput,
    /// A reference names a provision of its own document that is not there
    /// (第四十条 in a text of thirty articles).
    UnresolvedReference,
}

names! {
    DiagnosticCode {
        JoinedPageBreak => "joined-page-break",
        UnknownLine => "unknown-line",
        UnlinkedTocEntry => "unlinked-toc-entry",
        UnlinkedInterpretation => "unlinked-interpretation",
        NumberingGap => "numbering-gap",
        NumberingRepeat => "numbering-repeat",
        DamagedInput => "damaged-input",
        UnresolvedReference => "unresolved-reference",
    }
}

/// Something the parser noticed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// What kind of thing it is: a short stable code.
    pub code: DiagnosticCode,
    /// What happened, for people.
    pub message: String,
    /// Where.
    pub span: Option<Span>,
}

/// What a leaf of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// The gazette's name at the head of the issue.
    Masthead,
    /// The issue's year, number, or publication line.
    IssueLine,
    /// The heading 目录.
    TocHeading,
    /// An entry of a table of contents.
    TocEntry,
    /// A section banner: 【政策解读】.
    Banner,
    /// A document title (or one line of it).
    Title,
    /// A date line: (2023年4月18日).
    Date,
    /// The document's own number: 沪府办规〔2023〕12号.
    DocNumber,
    /// The 主送机关 line.
    Addressees,
    /// A body paragraph of a notice or an interpretation.
    Body,
    /// A paragraph before the first clause of a policy or law.
    Preamble,
    /// A paragraph after the clauses: when the text takes effect.
    Closing,
    /// The signing organ.
    Signature,
    /// A note such as （此件公开发布）.
    Note,
    /// A law's adoption and amendment history (题注).
    History,
    /// A clause's marker paragraph.
    Clause,
    /// A further paragraph of a clause.
    Paragraph,
    /// A colophon line.
    Colophon,
    /// A page number or running header from a printed page.
    PageFurniture,
    /// Markup that is not text: an HTML comment in a Markdown export.
    Markup,
    /// A 附件 label line.
    AttachmentLabel,
    /// The 附件说明 after a body (附件：1. … 2. …), one block per line.
    AttachmentNote,
    /// A line of the 版记 at the foot of a document (抄送, 印发).
    Record,
    /// A line of a web page's metadata box or a database export's header,
    /// or the title printed again above the document ([`Metadata`]).
    Metadata,
    /// A line the parser did not understand.
    Unknown,
}

names! {
    Role {
        Masthead => "masthead",
        IssueLine => "issue_line",
        TocHeading => "toc_heading",
        TocEntry => "toc_entry",
        Banner => "banner",
        Title => "title",
        Date => "date",
        DocNumber => "doc_number",
        Addressees => "addressees",
        Body => "body",
        Preamble => "preamble",
        Closing => "closing",
        Signature => "signature",
        Note => "note",
        History => "history",
        Clause => "clause",
        Paragraph => "paragraph",
        Colophon => "colophon",
        PageFurniture => "page_furniture",
        Markup => "markup",
        AttachmentLabel => "attachment_label",
        AttachmentNote => "attachment_note",
        Record => "record",
        Metadata => "metadata",
        Unknown => "unknown",
    }
}

/// A leaf: a paragraph or line of the input, with its role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Block {
    /// What the text is.
    pub role: Role,
    /// The text, with layout whitespace removed (lines of a paragraph
    /// joined).
    pub text: String,
    /// Where it stands.
    pub span: Span,
}

impl Gazette {
    /// Every leaf of the tree in text order: the gazette's blocks, each
    /// document's, each clause's.
    ///
    /// ```
    /// let text = "关于印发某方案的通知\n\n一、总体要求\n\n加强统筹。";
    /// let g = gongbao::parse(text);
    /// let leaves: Vec<&str> = g.leaves().iter().map(|b| b.span.slice(text).unwrap()).collect();
    /// assert_eq!(leaves, ["关于印发某方案的通知", "一、总体要求", "加强统筹。"]);
    /// ```
    pub fn leaves(&self) -> Vec<&Block> {
        let mut out: Vec<&Block> = self.blocks.iter().collect();
        for d in self.documents() {
            out.extend(d.blocks.iter());
            out.extend(d.each_clause().flat_map(|c| c.blocks.iter()));
        }
        out.sort_by_key(|b| (b.span.start, b.span.end));
        out
    }

    /// Every document, attachments included, depth first in reading order:
    /// a notice, then the policy it issues, then that policy's 附件, then
    /// the next notice.
    ///
    /// ```
    /// let text = include_str!("../../corpus/shanghai-gazette-2023-10.txt");
    /// let g = gongbao::parse(text);
    /// let ids: Vec<&str> = g.documents().take(4).map(|d| d.id.as_str()).collect();
    /// assert_eq!(ids, ["d1", "d1.1", "d2", "d2.1"]);
    /// assert_eq!(g.documents().count(), 12);
    /// ```
    pub fn documents(&self) -> Documents<'_> {
        Documents { stack: vec![self.documents.iter()] }
    }

    /// Finds a document (or attachment) by id.
    ///
    /// ```
    /// let text = include_str!("../../corpus/shanghai-gazette-2023-10.txt");
    /// let g = gongbao::parse(text);
    /// assert_eq!(g.document("d1.1").map(|d| d.kind), Some(gongbao::model::DocKind::Attachment));
    /// assert!(g.document("d9").is_none());
    /// ```
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents().find(|d| d.id == id)
    }
}

impl Document {
    /// Every clause of the document, depth first in reading order
    /// (parents before their children), each with its depth and the
    /// clauses it stands under. Attachments' clauses are not included.
    ///
    /// ```
    /// let text = "第一章　总则\n第一条　为了规范。\n第二条　本办法适用于本市。\n第二章　附则\n第三条　本办法自公布之日起施行。";
    /// let g = gongbao::parse(text);
    /// let walk: Vec<(usize, &str, Vec<&str>)> = g.documents[0]
    ///     .clauses()
    ///     .map(|c| (c.depth, c.clause.marker.as_str(), c.parents.iter().map(|p| p.marker.as_str()).collect()))
    ///     .collect();
    /// assert_eq!(walk, [
    ///     (0, "第一章", vec![]),
    ///     (1, "第一条", vec!["第一章"]),
    ///     (1, "第二条", vec!["第一章"]),
    ///     (0, "第二章", vec![]),
    ///     (1, "第三条", vec!["第二章"]),
    /// ]);
    /// ```
    pub fn clauses(&self) -> Clauses<'_> {
        Clauses { stack: vec![self.clauses.iter()], parents: Vec::new() }
    }

    /// The clauses of [`Document::clauses`], in its order, without the
    /// path to each (which it copies for every clause): for the walks of
    /// the parser that do not need it.
    pub(crate) fn each_clause(&self) -> impl Iterator<Item = &Clause> {
        let mut stack = vec![self.clauses.iter()];
        std::iter::from_fn(move || {
            loop {
                let level = stack.last_mut()?;
                match level.next() {
                    Some(clause) => {
                        stack.push(clause.children.iter());
                        return Some(clause);
                    }
                    None => {
                        stack.pop();
                    }
                }
            }
        })
    }
}

/// The documents of a [`Gazette`], attachments included, depth first: see
/// [`Gazette::documents`].
#[derive(Debug, Clone)]
pub struct Documents<'a> {
    /// The documents still to visit at each level, outermost first.
    stack: Vec<std::slice::Iter<'a, Document>>,
}

impl<'a> Iterator for Documents<'a> {
    type Item = &'a Document;

    fn next(&mut self) -> Option<&'a Document> {
        loop {
            let level = self.stack.last_mut()?;
            match level.next() {
                Some(d) => {
                    self.stack.push(d.attachments.iter());
                    return Some(d);
                }
                None => {
                    self.stack.pop();
                }
            }
        }
    }
}

/// The clauses of a [`Document`], depth first: see [`Document::clauses`].
#[derive(Debug, Clone)]
pub struct Clauses<'a> {
    /// The clauses still to visit at each level, outermost first.
    stack: Vec<std::slice::Iter<'a, Clause>>,
    /// The clauses the current level stands under (one fewer than levels).
    parents: Vec<&'a Clause>,
}

impl<'a> Iterator for Clauses<'a> {
    type Item = ClauseRef<'a>;

    fn next(&mut self) -> Option<ClauseRef<'a>> {
        loop {
            let level = self.stack.last_mut()?;
            match level.next() {
                Some(clause) => {
                    let item = ClauseRef { clause, depth: self.parents.len(), parents: self.parents.clone() };
                    self.stack.push(clause.children.iter());
                    self.parents.push(clause);
                    return Some(item);
                }
                None => {
                    self.stack.pop();
                    self.parents.pop();
                }
            }
        }
    }
}

/// A clause met walking a document ([`Document::clauses`]): the clause,
/// how deep it stands, and the clauses it stands under. Derefs to the
/// [`Clause`], so `c.marker` reads the clause's marker (borrow through
/// `c.clause` for a reference that outlives `c`).
///
/// ```
/// let g = gongbao::parse("一、总体要求\n（一）加强统筹。\n1.统筹推进。");
/// let item = g.documents[0].clauses().find(|c| c.marker == "1.").unwrap();
/// assert_eq!(item.depth, 2);
/// let path: Vec<&str> = item.parents.iter().map(|p| p.marker.as_str()).collect();
/// assert_eq!(path, ["一、", "（一）"]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ClauseRef<'a> {
    /// The clause.
    pub clause: &'a Clause,
    /// 0 for a top-level clause, 1 for a clause under it, and so on.
    pub depth: usize,
    /// The clauses it stands under, outermost first (`depth` of them).
    pub parents: Vec<&'a Clause>,
}

impl std::ops::Deref for ClauseRef<'_> {
    type Target = Clause;

    fn deref(&self) -> &Clause {
        self.clause
    }
}
