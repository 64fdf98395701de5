//! The crate's one error type for hard failures.
//!
//! Parsers of the primitive layer (numerals, dates, document numbers,
//! quantities, responsible-unit lists) and the decoder return [`Error`] when
//! the input is not what they parse. An error carries the [`Span`] of the
//! fault, so a caller can point at it ([`Error::render`] draws the line and a
//! caret under it), and a [`Fault`]: which parser failed and what went wrong,
//! as a value a program can match on. The message is the fault's `Display`.
//!
//! [`ErrorKind`] says only which parser raised the error; what went wrong
//! (an overflow, an empty input, a missing 号) is the fault's variant.
//!
//! Structure-level problems never become an `Error`: the gazette parser keeps
//! going and reports them as diagnostics instead.

use std::fmt;

use crate::text::{DecodeError, DecodeFault, LineIndex, Span};

/// Which parser raised an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The decoder: bytes that are not text in any supported encoding.
    Decode,
    /// The numeral parser ([`crate::numeral`]).
    Numeral,
    /// The date parser ([`crate::date`]).
    Date,
    /// The 发文字号 and decree-number parser ([`crate::docnum`]).
    DocNumber,
    /// The quantity parser ([`crate::quantity`]).
    Quantity,
    /// The responsible-unit list parser ([`crate::units`]).
    Units,
}

/// What went wrong, by the parser that found it. Each variant holds that
/// module's own fault enum, whose `Display` is the message.
///
/// ```
/// use gongbao::error::Fault;
/// use gongbao::numeral::NumeralFault;
/// let err = gongbao::numeral::parse(&"九".repeat(60)).unwrap_err();
/// assert_eq!(err.fault(), &Fault::Numeral(NumeralFault::Overflow));
/// assert_eq!(err.message(), "numeral too large");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// The decoder: bytes that are not text.
    Decode(DecodeFault),
    /// A numeral ([`crate::numeral`]).
    Numeral(crate::numeral::NumeralFault),
    /// A date ([`crate::date`]).
    Date(crate::date::DateFault),
    /// A 发文字号 or decree number ([`crate::docnum`]).
    DocNumber(crate::docnum::DocNumberFault),
    /// A quantity ([`crate::quantity`]).
    Quantity(crate::quantity::QuantityFault),
    /// A responsible-unit list ([`crate::units::parse_list`]).
    Units(crate::units::UnitsFault),
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Decode(x) => x.fmt(f),
            Fault::Numeral(x) => x.fmt(f),
            Fault::Date(x) => x.fmt(f),
            Fault::DocNumber(x) => x.fmt(f),
            Fault::Quantity(x) => x.fmt(f),
            Fault::Units(x) => x.fmt(f),
        }
    }
}

impl Fault {
    /// The parser the fault belongs to.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Fault::Decode(_) => ErrorKind::Decode,
            Fault::Numeral(_) => ErrorKind::Numeral,
            Fault::Date(_) => ErrorKind::Date,
            Fault::DocNumber(_) => ErrorKind::DocNumber,
            Fault::Quantity(_) => ErrorKind::Quantity,
            Fault::Units(_) => ErrorKind::Units,
        }
    }
}

// Here rather than in `text`: the text layer imports nothing above it.
impl From<DecodeFault> for Fault {
    fn from(fault: DecodeFault) -> Self {
        Fault::Decode(fault)
    }
}

/// A decoding failure as the crate's error: [`crate::parse_bytes`] returns
/// it.
///
/// ```
/// use gongbao::{Error, ErrorKind, error::Fault, text::DecodeFault};
/// let err: Error = gongbao::text::decode(b"ab\0").unwrap_err().into();
/// assert_eq!(err.kind(), ErrorKind::Decode);
/// assert!(matches!(err.fault(), Fault::Decode(DecodeFault::BinaryData { control: '\0', line: 1, column: 3, .. })));
/// ```
impl From<DecodeError> for Error {
    fn from(e: DecodeError) -> Self {
        let span = e.span();
        Error::at(span, e.into_fault())
    }
}

/// A hard parse failure: where it lies and what went wrong.
///
/// ```
/// use gongbao::{ErrorKind, Span};
/// let err = gongbao::docnum::parse("沪府办规〔2023〕12").unwrap_err();
/// assert_eq!((err.kind(), err.span()), (ErrorKind::DocNumber, Span::empty(24)));
/// assert_eq!(err.to_string(), "missing 号 (bytes 24..24)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    span: Span,
    fault: Fault,
}

impl Error {
    /// Makes an error for `fault` at `span`.
    pub fn at(span: Span, fault: impl Into<Fault>) -> Self {
        Error { span, fault: fault.into() }
    }

    /// Which parser raised the error.
    pub fn kind(&self) -> ErrorKind {
        self.fault.kind()
    }

    /// What went wrong.
    pub fn fault(&self) -> &Fault {
        &self.fault
    }

    /// Where in the input the fault lies (byte offsets).
    pub fn span(&self) -> Span {
        self.span
    }

    /// The message, without the position: the fault's `Display`.
    pub fn message(&self) -> String {
        self.fault.to_string()
    }

    /// Moves the span by `offset` bytes: for errors found in a slice of a
    /// larger text.
    pub fn shifted(mut self, offset: usize) -> Self {
        self.span = self.span.shifted(offset);
        self
    }

    /// Renders the error against the text it was raised for: the message
    /// with line and column, the line itself and a caret under the fault.
    /// The caret is placed by display width: a CJK or full-width character
    /// takes two columns of a terminal, so the caret under the second 十 of
    /// 共十十项 stands four columns in.
    ///
    /// ```
    /// let text = "第一条\n共十十项";
    /// let err = gongbao::numeral::parse("十十").unwrap_err().shifted(text.find("十十").unwrap());
    /// let shown = err.render(text);
    /// assert!(shown.starts_with("2:3: "), "{shown}");
    /// assert!(shown.ends_with("共十十项\n    ^^"), "{shown}");
    /// ```
    pub fn render(&self, text: &str) -> String {
        let index = LineIndex::new(text);
        let (line, column) = index.line_column(text, self.span.start);
        let line_span = index.line_span(text, line);
        let line_text = line_span.slice(text).unwrap_or("");
        let start = self.span.start.clamp(line_span.start, line_span.end);
        let end = self.span.end.clamp(start, line_span.end);
        let before = text.get(line_span.start..start).map_or(0, display_width);
        let width = text.get(start..end).map_or(1, display_width).max(1);
        format!("{line}:{column}: {}\n{line_text}\n{}{}", self.message(), " ".repeat(before), "^".repeat(width))
    }
}

/// Terminal columns of `s`: East Asian wide and full-width characters take
/// two, others one. Enough for the caret of [`Error::render`]; combining
/// marks are rare in official texts and count one.
fn display_width(s: &str) -> usize {
    s.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// East Asian Wide and Fullwidth ranges (UAX #11) that occur in Chinese
/// text: CJK ideographs and punctuation, kana, Hangul, full-width forms.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x20000..=0x2FFFD | 0x30000..=0x3FFFD)
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (bytes {}..{})", self.message(), self.span.start, self.span.end)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(display_width("共十十项"), 8);
        assert_eq!(display_width("（一）a1"), 8);
        assert_eq!(display_width("abc"), 3);
    }
}
