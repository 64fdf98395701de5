//! [`Parser`]: the gazette parser as a value with options.

use std::borrow::Cow;

use crate::model::{Diagnostic, DiagnosticCode, Gazette, Severity, Texts};
use crate::structure::{MAX_ATTACHMENT_DEPTH, Options};
use crate::text::{Encoding, Replaced, Span};
use crate::{Error, link, structure, text};

/// A gazette parser with options. [`crate::parse`] is
/// `Parser::new().parse(text)`.
///
/// ```
/// let text = "关于做好某项工作的通知\n\n各区人民政府：\n\n本通知自5月1日起施行。";
/// // Without a year in the text, the validity has no date...
/// assert_eq!(gongbao::parse(text).documents[0].validity, None);
/// // ...unless the caller knows it.
/// let g = gongbao::Parser::new().context_year(2023).parse(text);
/// let from = g.documents[0].validity.as_ref().and_then(|v| v.from);
/// assert_eq!(from.map(|d| d.to_string()).as_deref(), Some("2023-05-01"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parser {
    options: Options,
    link: bool,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

impl Parser {
    /// A parser with the default options: no context year, links made,
    /// attachments nested at most [`Parser::DEFAULT_MAX_ATTACHMENT_DEPTH`]
    /// deep.
    pub const fn new() -> Self {
        Parser { options: Options { context_year: None, max_attachment_depth: MAX_ATTACHMENT_DEPTH }, link: true }
    }

    /// The default of [`Parser::max_attachment_depth`].
    pub const DEFAULT_MAX_ATTACHMENT_DEPTH: usize = MAX_ATTACHMENT_DEPTH;

    /// The year of dates written without one (5月1日) where the text gives
    /// none: a document outside a gazette issue, or an issue whose masthead
    /// has no year. A masthead's year takes precedence; a document's own
    /// date takes precedence over both.
    pub const fn context_year(mut self, year: i32) -> Self {
        self.options.context_year = Some(year);
        self
    }

    /// How deep attachments may nest: a notice is depth 0, the policy it
    /// issues depth 1, the policy's 附件 depth 2. A deeper 附件 label or
    /// issued title stays text of the document it stands in. The bound
    /// keeps hostile text (a chain of 200 印发 titles) from building a tree
    /// deeper than any reader wants; 0 reads every attachment as content.
    ///
    /// ```
    /// let text = include_str!("../corpus/shanghai-gazette-2023-10.txt");
    /// let flat = gongbao::Parser::new().max_attachment_depth(0).parse(text);
    /// assert!(flat.documents.iter().all(|d| d.attachments.is_empty()));
    /// assert_eq!(gongbao::parse(text).documents[0].attachments.len(), 1);
    /// ```
    pub const fn max_attachment_depth(mut self, depth: usize) -> Self {
        self.options.max_attachment_depth = depth;
        self
    }

    /// Whether to link table-of-contents entries, interpretations and
    /// citations to the documents they name (on by default). Off, the
    /// parse has no citations, no link fields set and no diagnostics about
    /// links, and is faster on long texts.
    ///
    /// ```
    /// let text = include_str!("../corpus/shanghai-gazette-2023-10.txt");
    /// let g = gongbao::Parser::new().link(false).parse(text);
    /// assert!(g.citations.is_empty() && g.toc.iter().all(|e| e.document.is_none()));
    /// assert_eq!(g.documents().count(), gongbao::parse(text).documents().count());
    /// ```
    pub const fn link(mut self, yes: bool) -> Self {
        self.link = yes;
        self
    }

    /// Parses the text of a gazette issue or of one or more official
    /// documents. Never fails; see [`crate::parse`].
    pub fn parse(&self, text: &str) -> Gazette {
        // Punctuation a PDF font misread, put back at the same offsets;
        // HTML markup read as the layout it stands for, and traditional
        // characters as simplified, likewise.
        let mut read = text::repair_glyphs(text);
        let markup = text::blank_markup(&mut read);
        let folds = text::fold_script(&mut read);
        let (mut gazette, read, _) = self.parse_repaired(read);
        printed(&mut gazette, &read, &folds);
        structure::markup::markup_leaves(&mut gazette, text, &markup);
        gazette
    }

    /// Parses a text whose misread glyphs are repaired; returns the parse,
    /// the text it was read from and the furniture blanked in it.
    fn parse_repaired<'t>(&self, text: Cow<'t, str>) -> (Gazette, Cow<'t, str>, Replaced) {
        let (mut g, read, blanked) = structure::build(text, &self.options);
        if self.link {
            link::link(&read, &mut g);
        }
        (g, read, blanked)
    }

    /// Decodes `bytes` and parses them; see [`crate::parse_bytes`].
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Parsed, Error> {
        Ok(self.parse_decoded(text::decode(bytes)?))
    }

    /// Decodes `bytes` leniently and parses them; see
    /// [`crate::parse_bytes_lossy`].
    pub fn parse_bytes_lossy(&self, bytes: &[u8]) -> Parsed {
        self.parse_decoded(text::decode_lenient(bytes))
    }

    /// Parses a text decoded by [`text::decode`] or [`text::decode_lenient`]:
    /// what [`Parser::parse_bytes`] and [`Parser::parse_bytes_lossy`] do
    /// after decoding, for a caller that frees the bytes first (a large
    /// file is then not held twice while it is parsed). Each issue of
    /// lenient decoding becomes a diagnostic of code
    /// [`DiagnosticCode::DamagedInput`], listed first.
    ///
    /// ```
    /// let bytes = b"\xE5\x9B\xBD\xE5\x8F\x91\xE3\x80\x94\xFF2019\xE3\x80\x954\xE5\x8F\xB7".to_vec();
    /// let decoded = gongbao::text::decode_lenient(&bytes);
    /// drop(bytes);
    /// let parsed = gongbao::Parser::new().parse_decoded(decoded);
    /// assert_eq!(parsed.text, "国发〔\u{FFFD}2019〕4号");
    /// assert_eq!(parsed.gazette.diagnostics[0].code.to_string(), "damaged-input");
    /// ```
    pub fn parse_decoded(&self, decoded: text::Decoded) -> Parsed {
        // The text is the parser's own: its glyphs are repaired and its page
        // furniture blanked in place, then put back, so that a long text is
        // held once (not three times) and `Parsed::text` is the one decoded.
        let mut text = decoded.text;
        let repairs = text::repair_glyphs_in_place(&mut text);
        let mut text = Cow::Owned(text);
        let markup = text::blank_markup(&mut text);
        let folds = text::fold_script(&mut text);
        let (mut gazette, read, blanked) = self.parse_repaired(text);
        printed(&mut gazette, &read, &folds);
        let mut text = read.into_owned();
        blanked.restore(&mut text);
        text::restore_glyphs(&mut text, &folds);
        markup.restore(&mut text);
        text::restore_glyphs(&mut text, &repairs);
        structure::markup::markup_leaves(&mut gazette, &text, &markup);
        // Decoding comes before everything the parser noticed.
        let damaged = decoded.issues.into_iter().map(|issue| Diagnostic {
            severity: Severity::Warning,
            code: DiagnosticCode::DamagedInput,
            message: issue.message,
            span: Some(issue.span),
        });
        gazette.diagnostics.splice(0..0, damaged);
        Parsed { text, encoding: decoded.encoding, gazette }
    }
}

/// Gives every text the parser derived from a folded `read` back in the
/// characters printed ([`text::fold_script`]).
fn printed(gazette: &mut Gazette, read: &str, folds: &[(usize, char)]) {
    if let Some(printed) = text::Printed::new(read, folds) {
        gazette.each_text(Span::new(0, read.len()), &mut |s, within| printed.restore(s, within));
    }
}

/// A gazette parsed from bytes ([`crate::parse_bytes`]), with the text its
/// spans point into.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Parsed {
    /// The decoded text: every [`Span`](crate::Span) of the gazette is a
    /// byte range of it.
    pub text: String,
    /// The encoding the bytes were read as.
    pub encoding: Encoding,
    /// The parse.
    pub gazette: Gazette,
}
