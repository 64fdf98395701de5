//! [`Span`]: a byte range into the decoded text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the decoded text.
///
/// Every node the crate produces carries a `Span`, so a caller can always go
/// back to the exact characters a value was read from. Offsets are bytes of
/// the UTF-8 text (for UTF-8 input, bytes of the file itself) and always fall
/// on character boundaries.
///
/// ```
/// use gongbao::Span;
/// let text = "沪府办规〔2023〕12号";
/// let span = Span::new(0, 12);
/// assert_eq!(span.slice(text), Some("沪府办规"));
/// assert_eq!(span.len(), 12);
/// assert_eq!(Span::new(0, 3).join(Span::new(6, 9)), Span::new(0, 9));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// The range `start..end`. An inverted range is stored as the empty
    /// range at `start`, so a `Span` is never backwards.
    pub const fn new(start: usize, end: usize) -> Self {
        if end < start { Span { start, end: start } } else { Span { start, end } }
    }

    /// The empty range at `at`.
    pub const fn empty(at: usize) -> Self {
        Span { start: at, end: at }
    }

    /// The span of `part` inside `whole`, when `part` is a sub-slice of
    /// `whole` (as nom's remaining input always is).
    ///
    /// ```
    /// use gongbao::Span;
    /// let whole = "国办函〔2022〕17号";
    /// let part = &whole[9..];
    /// assert_eq!(Span::of(whole, part), Some(Span::new(9, whole.len())));
    /// assert_eq!(Span::of(whole, "other"), None);
    /// ```
    pub fn of(whole: &str, part: &str) -> Option<Span> {
        let base = whole.as_ptr() as usize;
        let at = part.as_ptr() as usize;
        if at < base || at + part.len() > base + whole.len() {
            return None;
        }
        Some(Span::new(at - base, at - base + part.len()))
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the range holds no byte.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span that covers both.
    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span moved `offset` bytes to the right.
    pub const fn shifted(self, offset: usize) -> Span {
        Span { start: self.start + offset, end: self.end + offset }
    }

    /// The text under the span, or `None` when the span does not fit `text`
    /// or does not fall on character boundaries.
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }
}

/// Shown as a range: `3..6`.
///
/// ```
/// assert_eq!(gongbao::Span::new(3, 6).to_string(), "3..6");
/// ```
impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for std::ops::Range<usize> {
    fn from(s: Span) -> Self {
        s.start..s.end
    }
}
