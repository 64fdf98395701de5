//! A paragraph's text with its wrapped lines joined, for the finders that
//! read phrases: a PDF extraction or a hard-wrapped page breaks a line
//! anywhere, inside an amount (最高 100⏎万元) or a range of years
//! (2023—⏎2025 年), and the phrase must read whole. Spans found in the
//! joined text map back to the paragraph.

use std::borrow::Cow;

use super::Span;
use super::fold::{is_space, joins_lines};

/// A text whose layout line breaks are taken out, with where each byte came
/// from.
///
/// A run of whitespace that holds a line break goes when the two lines are
/// one run of text by the rule of
/// [`strip_layout_spaces`](super::strip_layout_spaces) (next to a wide
/// character or a digit beside CJK text); every other character stays, so
/// a text without such a break is borrowed as it is.
///
/// ```
/// use gongbao::text::{Span, Unwrapped};
/// let text = "给予最高 100\n万元一次性奖励";
/// let u = Unwrapped::new(text);
/// assert_eq!(u.as_str(), "给予最高 100万元一次性奖励");
/// // "100万元" in the joined text is "100\n万元" in the paragraph.
/// let at = u.as_str().find("100").unwrap();
/// assert_eq!(u.span(Span::new(at, at + 9)).slice(text), Some("100\n万元"));
/// ```
#[derive(Debug, Clone)]
pub struct Unwrapped<'a> {
    text: Cow<'a, str>,
    /// `from[b]`: the byte of the original text that byte `b` of `text`
    /// is; one more entry for the end. Empty when nothing was taken out.
    from: Vec<usize>,
    /// The original text's length.
    len: usize,
}

impl<'a> Unwrapped<'a> {
    /// Joins the wrapped lines of `s`.
    pub fn new(s: &'a str) -> Self {
        let len = s.len();
        let Some(breaks) = droppable_runs(s) else {
            return Unwrapped { text: Cow::Borrowed(s), from: Vec::new(), len };
        };
        let mut text = String::with_capacity(s.len());
        let mut from = Vec::with_capacity(s.len() + 1);
        let mut at = 0;
        for run in breaks {
            text.push_str(&s[at..run.start]);
            from.extend(at..run.start);
            at = run.end;
        }
        text.push_str(&s[at..]);
        from.extend(at..len);
        from.push(len);
        Unwrapped { text: Cow::Owned(text), from, len }
    }

    /// The joined text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The span of the original text that `span` of the joined text covers.
    pub fn span(&self, span: Span) -> Span {
        if self.from.is_empty() {
            return span;
        }
        let at = |b: usize| self.from.get(b).copied().unwrap_or(self.len);
        if span.is_empty() {
            return Span::empty(at(span.start));
        }
        // The end is one past the original of the span's last byte, so a
        // span never swallows the whitespace after it.
        Span::new(at(span.start), at(span.end - 1) + 1)
    }
}

/// The whitespace runs of `s` that hold a line break between two lines of
/// one run of text, in order; `None` when there is none.
fn droppable_runs(s: &str) -> Option<Vec<Span>> {
    let first = memchr::memchr2(b'\n', b'\r', s.as_bytes())?;
    let mut runs = Vec::new();
    let mut from = first;
    while let Some(i) = memchr::memchr2(b'\n', b'\r', &s.as_bytes()[from..]).map(|i| from + i) {
        let start = s[..i].trim_end_matches(is_space).len();
        let end = i + (s[i..].len() - s[i..].trim_start_matches(is_space).len());
        let (prev, next) = (s[..start].chars().next_back(), s[end..].chars().next());
        if let (Some(p), Some(n)) = (prev, next)
            && joins_lines(p, n)
        {
            runs.push(Span::new(start, end));
        }
        from = end.max(i + 1);
    }
    (!runs.is_empty()).then_some(runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_between_latin_words_stays() {
        let text = "variant\nof concern";
        assert_eq!(Unwrapped::new(text).as_str(), text);
    }

    #[test]
    fn spaces_around_a_break_go_with_it() {
        // A raw PDF line: the page's blanked furniture leaves spaces.
        let text = "取 2023—  \n   \n 2025 年每年";
        let u = Unwrapped::new(text);
        assert_eq!(u.as_str(), "取 2023—2025 年每年");
        let at = u.as_str().find("2023").unwrap();
        assert_eq!(u.span(Span::new(at, at + 15)).slice(text), Some("2023—  \n   \n 2025 年"));
    }
}
