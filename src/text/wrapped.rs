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
    /// For each run taken out, in order: where it was in `text`, and the
    /// bytes taken out up to its end. Byte `b` of `text` is byte `b` plus
    /// the bytes taken out before it of the original; empty when nothing
    /// was taken out. A few entries, not one a byte: most paragraphs have
    /// a few breaks, and only the spans of what the finders found map back.
    shifts: Vec<(usize, usize)>,
    /// The original text's length.
    len: usize,
}

impl<'a> Unwrapped<'a> {
    /// Joins the wrapped lines of `s`.
    pub fn new(s: &'a str) -> Self {
        let len = s.len();
        let Some(breaks) = droppable_runs(s) else {
            return Unwrapped { text: Cow::Borrowed(s), shifts: Vec::new(), len };
        };
        let mut text = String::with_capacity(s.len());
        let mut shifts = Vec::with_capacity(breaks.len());
        let mut at = 0;
        for run in breaks {
            text.push_str(&s[at..run.start]);
            shifts.push((text.len(), run.end - text.len()));
            at = run.end;
        }
        text.push_str(&s[at..]);
        Unwrapped { text: Cow::Owned(text), shifts, len }
    }

    /// The joined text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The span of the original text that `span` of the joined text covers.
    pub fn span(&self, span: Span) -> Span {
        if self.shifts.is_empty() {
            return span;
        }
        // A byte where a run was taken out is the byte after the run.
        let at = |b: usize| {
            if b > self.text.len() {
                return self.len;
            }
            let k = self.shifts.partition_point(|&(j, _)| j <= b);
            b + k.checked_sub(1).map_or(0, |k| self.shifts[k].1)
        };
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

    #[test]
    fn every_byte_maps_to_where_it_came_from() {
        for text in
            ["取 2023—  \n   \n 2025 年每年", "最高 100\n万元\n  一次性\r\n奖励\n", "a\nb", "一\n二\n三", "一二"]
        {
            let u = Unwrapped::new(text);
            // The byte each byte of the joined text is, one entry a byte
            // (and one for the end), as the runs taken out give it.
            let mut from = Vec::new();
            let mut at = 0;
            for run in droppable_runs(text).unwrap_or_default() {
                from.extend(at..run.start);
                at = run.end;
            }
            from.extend(at..text.len());
            assert_eq!(from.len(), u.as_str().len(), "{text:?}");
            for (b, &o) in from.iter().enumerate() {
                assert_eq!(u.span(Span::new(b, b + 1)), Span::new(o, o + 1), "{text:?} {b}");
                assert_eq!(u.span(Span::empty(b)), Span::empty(o), "{text:?} {b}");
            }
            let end = u.as_str().len();
            assert_eq!(u.span(Span::empty(end)), Span::empty(text.len()), "{text:?}");
            if droppable_runs(text).is_some() {
                assert_eq!(u.span(Span::empty(end + 1)), Span::empty(text.len()), "{text:?}");
            }
        }
    }
}
