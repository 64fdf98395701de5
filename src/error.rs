//! The crate's one error type for hard failures.
//!
//! Parsers of the primitive layer (numerals, dates, document numbers,
//! quantities, responsible-unit lists) and the decoder return [`Error`] when
//! the input is not what they parse. An error always carries the [`Span`] of
//! the fault, so a caller can point at it; [`Error::render`] draws the line
//! and a caret under it.
//!
//! Structure-level problems never become an `Error`: the gazette parser keeps
//! going and reports them as diagnostics instead.

use std::borrow::Cow;
use std::fmt;

use crate::text::{LineIndex, Span};

/// What kind of input an [`Error`] was raised for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Bytes that are not text in any supported encoding.
    Decode,
    /// A malformed Chinese or Arabic numeral.
    Numeral,
    /// A value too large for the crate's integer types.
    Overflow,
    /// A malformed or impossible date.
    Date,
    /// A malformed 发文字号 or decree number.
    DocNumber,
    /// A malformed quantity (amount, share, area, duration, count).
    Quantity,
    /// A malformed responsible-unit list.
    Units,
    /// Input that is empty where something was required.
    Empty,
}

/// A hard parse failure with the position of the fault.
///
/// ```
/// use gongbao::{Error, ErrorKind, Span};
/// let err = Error::new(ErrorKind::Numeral, Span::new(3, 6), "unit 十 repeated");
/// assert_eq!(err.kind(), ErrorKind::Numeral);
/// assert_eq!(err.span(), Span::new(3, 6));
/// assert_eq!(err.to_string(), "unit 十 repeated (bytes 3..6)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    span: Span,
    message: Cow<'static, str>,
}

impl Error {
    /// Makes an error of `kind` at `span` with a message for people.
    pub fn new(kind: ErrorKind, span: Span, message: impl Into<Cow<'static, str>>) -> Self {
        Error { kind, span, message: message.into() }
    }

    /// The kind of input the error concerns.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Where in the input the fault lies (byte offsets).
    pub fn span(&self) -> Span {
        self.span
    }

    /// The message, without the position.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Moves the span by `offset` bytes: for errors found in a slice of a
    /// larger text.
    pub fn shifted(mut self, offset: usize) -> Self {
        self.span = self.span.shifted(offset);
        self
    }

    /// Renders the error against the text it was raised for: the message
    /// with line and column, the line itself and a caret under the fault.
    ///
    /// ```
    /// use gongbao::{Error, ErrorKind, Span};
    /// let text = "第一条\n共十十项";
    /// // As a parser would report 十十 when handed just that slice.
    /// let err = Error::new(ErrorKind::Numeral, Span::new(0, 6), "unit 十 repeated").shifted(text.find("十十").unwrap());
    /// let shown = err.render(text);
    /// assert!(shown.starts_with("2:2: "), "{shown}");
    /// assert!(shown.ends_with("共十十项\n ^^"), "{shown}");
    /// ```
    pub fn render(&self, text: &str) -> String {
        let index = LineIndex::new(text);
        let (line, column) = index.line_column(text, self.span.start);
        let line_span = index.line_span(text, line);
        let line_text = line_span.slice(text).unwrap_or("");
        let caret_start = column - 1;
        let end = self.span.end.min(line_span.end).max(self.span.start);
        let width = text.get(self.span.start..end).map(crate::text::grapheme_count).unwrap_or(1).max(1);
        format!("{line}:{column}: {}\n{line_text}\n{}{}", self.message, " ".repeat(caret_start), "^".repeat(width))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (bytes {}..{})", self.message, self.span.start, self.span.end)
    }
}

impl std::error::Error for Error {}
