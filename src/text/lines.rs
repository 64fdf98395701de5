//! Lines, positions and sentences.
//!
//! `\n`, `\r\n` and a lone `\r` all end a line. Spans of lines exclude the
//! line terminator and point into the text as it is.

use unicode_segmentation::UnicodeSegmentation;

use crate::text::{Span, fold::is_sentence_end};

/// Iterates over the lines of `text` as spans, without their terminators.
/// A text that ends with a line break has no empty last line; an empty text
/// has no line.
///
/// ```
/// use gongbao::text::lines;
/// let text = "第一条\r\n第二条\r第三条\n";
/// let got: Vec<&str> = lines(text).map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(got, ["第一条", "第二条", "第三条"]);
/// ```
pub fn lines(text: &str) -> Lines<'_> {
    Lines { text, pos: 0 }
}

/// Iterator returned by [`lines`].
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Lines<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let bytes = self.text.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        let start = self.pos;
        let rest = &bytes[start..];
        match memchr::memchr2(b'\n', b'\r', rest) {
            Some(i) => {
                let end = start + i;
                let term = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') { 2 } else { 1 };
                self.pos = end + term;
                Some(Span::new(start, end))
            }
            None => {
                self.pos = bytes.len();
                Some(Span::new(start, bytes.len()))
            }
        }
    }
}

/// Number of grapheme clusters (user-perceived characters) in `s`.
///
/// ```
/// assert_eq!(gongbao::text::grapheme_count("公报e\u{301}"), 3);
/// ```
pub fn grapheme_count(s: &str) -> usize {
    s.graphemes(true).count()
}

/// Line starts of a text, for turning byte offsets into line and column.
///
/// ```
/// use gongbao::text::LineIndex;
/// let text = "目 录\r\n【政策解读】";
/// let index = LineIndex::new(text);
/// let at = text.find("政策").unwrap();
/// assert_eq!(index.line_column(text, at), (2, 2));
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// 1-based line and 1-based column (in grapheme clusters) of byte
    /// `offset`. Offsets past the end or inside a character are clamped to
    /// the nearest boundary before them.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (line, grapheme_count(&text[start..offset]) + 1)
    }

    /// The span of 1-based line `line`, without its terminator.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return Span::empty(text.len());
        };
        let mut end = self.starts.get(line).copied().unwrap_or(text.len());
        let bytes = text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        Span::new(start, end)
    }

    /// Number of lines (a final line break does not start a new line).
    pub fn line_count(&self, text: &str) -> usize {
        let n = self.starts.len();
        if n > 1 && self.starts[n - 1] == text.len() { n - 1 } else { n }
    }
}

/// Splits `span` of `text` into sentences: each sentence ends after a mark
/// of [`is_sentence_end`] (and any closing quotes or brackets right after
/// it), and the last one runs to the end of the span. Leading spaces are
/// left out of each sentence; empty sentences are skipped.
///
/// ```
/// use gongbao::text::{sentences, Span};
/// let text = "加强统筹。（责任单位：市财政局）完善机制；推进落实";
/// let got: Vec<&str> = sentences(text, Span::new(0, text.len())).map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(got, ["加强统筹。", "（责任单位：市财政局）完善机制；", "推进落实"]);
/// ```
pub fn sentences(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let base = span.start;
    let part = span.slice(text).unwrap_or("");
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        loop {
            let rest = &part[pos..];
            let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace());
            if trimmed.is_empty() {
                pos = part.len();
                return None;
            }
            let start = pos + (rest.len() - trimmed.len());
            let mut end = part.len();
            let mut chars = trimmed.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                if is_sentence_end(c) {
                    let mut e = start + i + c.len_utf8();
                    while let Some(&(j, d)) = chars.peek() {
                        if matches!(d, '”' | '’' | '"' | '\'' | '」' | '』') {
                            e = start + j + d.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    end = e;
                    break;
                }
            }
            pos = end;
            if end > start {
                return Some(Span::new(base + start, base + end));
            }
        }
    })
}
