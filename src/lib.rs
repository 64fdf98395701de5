//! `gongbao` (公报) turns the text of Chinese government gazettes (政府公报)
//! and official documents into typed, serializable structures.
//!
//! ```
//! let text = include_str!("../corpus/shanghai-gazette-2023-10.txt");
//! let g = gongbao::parse(text);
//! let issue = g.issue.as_ref().unwrap();
//! assert_eq!((issue.gazette.as_str(), issue.number, issue.cumulative_number), ("上海市人民政府公报", Some(10), Some(538)));
//!
//! let notice = &g.documents[0];
//! assert_eq!(notice.doc_number.as_ref().unwrap().to_string(), "沪府办规〔2023〕12号");
//! assert_eq!(notice.date.unwrap().to_string(), "2023-04-18");
//!
//! // The policy the notice issues, its first clause, and who is responsible.
//! let policy = &notice.attachments[0];
//! let item = &policy.clauses[0].children[0].children[0];
//! assert_eq!(item.title.as_deref(), Some("支持引进高端产业项目"));
//! assert_eq!(item.responsibilities[0].units[0], "市经济信息化委");
//!
//! // Every node points back into the text, and has a stable id.
//! assert_eq!(&text[item.span.start..item.span.start + 2], "1.");
//! assert_eq!(item.id, "d1.1/1/1/1");
//!
//! // What the clause commits to: 最高1亿元, a cap of 100000000 元.
//! let cap = &item.quantities[3];
//! assert_eq!((cap.text.as_str(), cap.value.unwrap().to_string(), cap.unit.as_deref()), ("最高1亿元", "100000000".to_string(), Some("元")));
//! assert_eq!(cap.bound, Some(gongbao::model::Bound::Max));
//! // Who is responsible for which clauses, across the whole issue.
//! let unit = &g.responsibility_index[0];
//! assert_eq!((unit.unit.as_str(), unit.clauses[0].clause.as_str()), ("市经济信息化委", "d1.1/1/1/1"));
//!
//! // Walks: every document, attachments included, depth first; every
//! // clause with its depth and the clauses above it.
//! assert_eq!(g.documents().count(), 12);
//! let item = policy.clauses().find(|c| c.title.as_deref() == Some("支持引进高端产业项目")).unwrap();
//! assert_eq!((item.depth, item.parents[0].marker.as_str()), (2, "一、"));
//!
//! // Options are values; a primitive's error says where and what went wrong.
//! let g = gongbao::Parser::new().context_year(2023).link(false).parse(text);
//! assert!(g.citations.is_empty());
//! let err = gongbao::docnum::parse("沪府办规〔2023〕12").unwrap_err();
//! assert_eq!(err.fault(), &gongbao::Fault::DocNumber(gongbao::docnum::DocNumberFault::MissingHao));
//! assert_eq!(err.render("沪府办规〔2023〕12"), "1:13: missing 号\n沪府办规〔2023〕12\n                  ^");
//! ```
//!
//! [`Parser`] holds the options ([`Parser::context_year`], [`Parser::link`]);
//! [`parse`] and [`parse_bytes`] are its one-line forms. [`parse_bytes`]
//! returns the decoded text with the gazette ([`Parsed`]), so that spans of
//! a GBK file point into a string the caller holds.
//!
//! The crate is built in layers; each is usable on its own, and
//! dependencies point one way, down this list:
//!
//! - `link`: table-of-contents entries, interpretations and citations linked
//!   to the documents they name (internal).
//! - `structure`: the tree of issue, documents, attachments and clauses
//!   (internal).
//! - [`layout`]: lines into paragraphs (PDF line breaks and page breaks
//!   repaired), each classified by its look; clause markers.
//! - Primitives: [`numeral`] (Chinese numerals, both ways), [`date`]
//!   (dates, deadlines, periods and validity clauses, with chrono),
//!   [`docnum`] (发文字号 and decree numbers), [`quantity`] (amounts,
//!   shares, areas, durations, counts), [`units`] (responsible-unit lists,
//!   责任单位), [`reference`](mod@reference) (references to provisions: 本法第十条, 前款,
//!   个人所得税法第六条).
//! - [`text`]: decoding bytes (UTF-8, UTF-16, GB18030, Big5), [`Span`]s,
//!   width folding, lines and sentences.
//!
//! Every clause has an id, unique in the result and stable across runs
//! (`d1/art13/para1/item2`: document, then one segment per level), and the
//! paragraphs (款) of an article are its children; see the [`model`] docs.
//! Every clause and document lists the dates and quantities written in it
//! ([`model::DateFact`], [`model::QuantityFact`]), read by the [`date`] and
//! [`quantity`] primitives with the document's year, and
//! [`Gazette::responsibility_index`](model::Gazette::responsibility_index)
//! gives each responsible unit's clauses.
//! References to provisions resolve to clause ids; a document lists the
//! short names it defines, its history and what it repeals:
//!
//! ```
//! let text = include_str!("../corpus/npc-geren-xinxi-baohu-fa-2021-flk.txt");
//! let law = &gongbao::parse(text).documents[0];
//! let art13 = law.clauses().find(|c| c.id == "d1/art13/para2").unwrap();
//! let r = &art13.references[0];
//! assert_eq!(r.text, "前款第二项至第七项");
//! assert_eq!((r.target.as_deref(), r.to.as_deref()), (Some("d1/art13/para1/item2"), Some("d1/art13/para1/item7")));
//! let adopted = &law.history[0];
//! assert_eq!(adopted.date.unwrap().to_string(), "2021-08-20");
//! assert_eq!(adopted.organ.as_deref(), Some("第十三届全国人民代表大会常务委员会第三十次会议"));
//! ```
//!
//! Spans count UTF-8 bytes of the decoded text; [`CharIndex`] turns them
//! into character offsets, and [`serialize`] writes the model's JSON with
//! character offsets or without the blocks' text. [`tables`] flattens a
//! parse into rows (documents, clauses, responsibilities, dates, …) for
//! DuckDB, pandas and Spark.
//!
//! The public result types live in [`model`]; [`Error`] is the one error
//! type of the primitives and of [`parse_bytes`]. The text layer has its
//! own [`text::DecodeError`], which converts into it.
// The crate-wide lints are in Cargo.toml's [lints]; the library writes to
// no terminal.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod date;
pub mod docnum;
pub mod error;
pub mod layout;
pub mod lexicon;
pub(crate) mod link;
pub mod model;
mod names;
pub mod numeral;
pub mod offsets;
mod parser;
pub mod quantity;
pub mod reference;
pub mod serialize;
pub(crate) mod structure;
pub mod tables;
pub mod text;
pub mod units;

/// chrono, whose [`NaiveDate`](chrono::NaiveDate) the model and the date
/// parser hand out: the version this crate was built with.
pub use chrono;
pub use error::{Error, ErrorKind, Fault};
pub use model::Gazette;
pub use offsets::CharIndex;
pub use parser::{Parsed, Parser};
pub use text::Span;

/// Parses the text of a gazette issue or of one or more official
/// documents. Never fails: what the parser does not understand is kept as
/// plain text with a diagnostic. [`Parser`] takes options.
///
/// ```
/// let g = gongbao::parse("国务院关于印发某方案的通知\n\n国发〔2019〕4号\n\n各省人民政府：\n\n现将《某方案》印发给你们。");
/// assert_eq!(g.documents[0].doc_number.as_ref().map(|n| n.to_string()).as_deref(), Some("国发〔2019〕4号"));
/// ```
pub fn parse(text: &str) -> Gazette {
    Parser::new().parse(text)
}

/// Decodes `bytes` (UTF-8, UTF-16 with a BOM, GB18030, Big5) and parses
/// them. Fails only when the bytes are not text; see [`text::decode`].
///
/// The spans of the gazette are byte offsets into the decoded text, which
/// is returned with it: for a GBK file they are not offsets into the file.
///
/// ```
/// let (gbk, _, _) = encoding_rs::GBK.encode("国务院关于印发某方案的通知\n国发〔2019〕4号");
/// let parsed = gongbao::parse_bytes(&gbk).unwrap();
/// assert_eq!(parsed.encoding, gongbao::text::Encoding::Gb18030);
/// let title = &parsed.gazette.documents[0].blocks[0];
/// assert_eq!(title.span.slice(&parsed.text), Some("国务院关于印发某方案的通知"));
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, Error> {
    Parser::new().parse_bytes(bytes)
}

/// Decodes `bytes` as [`parse_bytes`] does, but never fails: a damaged
/// stretch (a file cut inside a character, a stray byte, a sequence that is
/// not valid in the encoding read) becomes U+FFFD in the text, and each
/// fault is a diagnostic of code
/// [`DiagnosticCode::DamagedInput`](model::DiagnosticCode::DamagedInput)
/// whose span is the replacement in the decoded text, listed before the
/// parser's own diagnostics. A control character of binary data is kept
/// and reported the same way. See [`text::decode_lenient`].
///
/// ```
/// use gongbao::model::DiagnosticCode;
/// let text = "国务院关于印发某方案的通知\n\n国发〔2019〕4号\n\n各省人民政府：\n\n现将《某方案》印发给你们。";
/// // The file is cut inside its last character, 。.
/// let cut = &text.as_bytes()[..text.len() - 1];
/// assert!(gongbao::parse_bytes(cut).is_err());
/// let parsed = gongbao::parse_bytes_lossy(cut);
/// assert!(parsed.text.ends_with("你们\u{FFFD}"));
/// let first = &parsed.gazette.diagnostics[0];
/// assert_eq!(first.code, DiagnosticCode::DamagedInput);
/// assert_eq!(first.span.and_then(|s| s.slice(&parsed.text)), Some("\u{FFFD}"));
/// let number = parsed.gazette.documents[0].doc_number.as_ref().map(|n| n.to_string());
/// assert_eq!(number.as_deref(), Some("国发〔2019〕4号"));
/// ```
pub fn parse_bytes_lossy(bytes: &[u8]) -> Parsed {
    Parser::new().parse_bytes_lossy(bytes)
}
