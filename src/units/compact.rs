//! The compact view of a list's content: folded to half width, layout
//! spaces and page furniture left out, with a map from each byte of the
//! compact copy back to the text. The grammar reads the compact copy and
//! reports spans and printed names through the map.

use std::ops::Range;

use crate::text::{Span, fold_char, is_page_number, is_space, running_head_candidates, strip_layout_spaces};

/// The content of a list, folded (half-width) and without layout spaces,
/// with a map back to the original text.
pub(super) struct Compact<'t> {
    text: &'t str,
    pub(super) s: String,
    /// Where the text of `s` stands in the original, by runs: a run of
    /// characters copied as they are, or one folded character. Sorted by
    /// `at`, the first at 0; a few per list, not one entry a byte.
    runs: Vec<Run>,
    /// The original end of the content, where `s.len()` maps to.
    end: usize,
    /// Page furniture inside the content (see [`furniture`]), sorted: whole
    /// lines left out of `s` and of printed names.
    furniture: Vec<Span>,
}

/// A run of the compact copy and where it stands in the text.
#[derive(Clone, Copy)]
struct Run {
    /// Its first byte in the compact copy.
    at: usize,
    /// Its first byte in the text.
    from: usize,
    /// For one folded character, its length in the text; 0 for a run
    /// copied as it is (its bytes the text's, one for one).
    folded: usize,
    /// Layout space (or page furniture) stood before it.
    gap: bool,
}

impl<'t> Compact<'t> {
    pub(super) fn new(text: &'t str, content: Span) -> Self {
        let part = content.slice(text).unwrap_or("");
        let mut s = String::with_capacity(part.len());
        let mut runs = Vec::new();
        let mut spaced = false;
        let furniture = furniture(text, content);
        let mut next = 0;
        let bytes = part.as_bytes();
        let mut i = 0;
        while let Some(c) = part[i..].chars().next() {
            let here = content.start + i;
            while furniture.get(next).is_some_and(|f| f.end <= here) {
                next += 1;
            }
            let in_furniture = furniture.get(next).is_some_and(|f| f.start <= here);
            if in_furniture || is_space(c) {
                spaced = true;
                i += c.len_utf8();
                continue;
            }
            // A run of characters that are neither spaces nor folded (most
            // Han text, 、 and 。), up to the next furniture: copied whole.
            // Most are told by their first byte alone.
            let limit = furniture.get(next).map_or(part.len(), |f| f.start - content.start);
            let mut end = i;
            while end < limit {
                if KEPT_AS_IS[usize::from(bytes[end])] {
                    end += utf8_len(bytes[end]);
                    continue;
                }
                match part[end..].chars().next() {
                    Some(k) if !is_space(k) && fold_char(k) == k => end += k.len_utf8(),
                    _ => break,
                }
            }
            let folded = if end > i { 0 } else { c.len_utf8() };
            runs.push(Run { at: s.len(), from: here, folded, gap: spaced });
            spaced = false;
            if end > i {
                s.push_str(&part[i..end]);
                i = end;
            } else {
                s.push(fold_char(c));
                i += c.len_utf8();
            }
        }
        Compact { text, s, runs, end: content.end, furniture }
    }

    /// The run that holds compact byte `b` (`b < s.len()`).
    fn run(&self, b: usize) -> &Run {
        &self.runs[self.runs.partition_point(|r| r.at <= b) - 1]
    }

    /// The original start of the character at compact byte `b` (at
    /// `s.len()`, the end of the content).
    fn start(&self, b: usize) -> usize {
        if b >= self.s.len() {
            return self.end;
        }
        let r = self.run(b);
        if r.folded > 0 { r.from } else { r.from + (b - r.at) }
    }

    /// The original end of the character that ends at compact byte `b > 0`.
    fn end(&self, b: usize) -> usize {
        let r = self.run(b - 1);
        if r.folded > 0 { r.from + r.folded } else { r.from + (b - r.at) }
    }

    /// The original span of compact range `r`.
    pub(super) fn span(&self, r: &Range<usize>) -> Span {
        if r.start >= r.end {
            Span::empty(self.start(r.start))
        } else {
            Span::new(self.start(r.start), self.end(r.end))
        }
    }

    /// The compact bytes before which layout space (or page furniture)
    /// stood, in order.
    pub(super) fn gaps(&self) -> impl Iterator<Item = usize> + '_ {
        self.runs.iter().filter(|r| r.gap).map(|r| r.at)
    }

    /// The original text of compact range `r`, page furniture and layout
    /// spaces removed.
    pub(super) fn printed(&self, r: &Range<usize>) -> String {
        let span = self.span(r);
        let Some(slice) = span.slice(self.text) else {
            return String::new();
        };
        // A range the text prints unbroken (no layout space or furniture
        // left out inside it) holds no space: it is the text's own slice.
        let inside = self.runs.partition_point(|x| x.at <= r.start)..self.runs.partition_point(|x| x.at < r.end);
        if self.runs.get(inside).is_none_or(|runs| runs.iter().all(|x| !x.gap)) {
            return slice.to_string();
        }
        let first = self.furniture.partition_point(|f| f.end <= span.start);
        if self.furniture.get(first).is_none_or(|f| f.start >= span.end) {
            return strip_layout_spaces(slice);
        }
        // Furniture lies between line breaks; a line break stands in for it.
        let mut kept = String::with_capacity(slice.len());
        let mut at = span.start;
        for f in self.furniture[first..].iter().take_while(|f| f.start < span.end) {
            if f.start > at {
                kept.push_str(self.text.get(at..f.start).unwrap_or(""));
            }
            kept.push('\n');
            at = at.max(f.end);
        }
        if at < span.end {
            kept.push_str(self.text.get(at..span.end).unwrap_or(""));
        }
        strip_layout_spaces(&kept)
    }

    pub(super) fn at(&self, r: &Range<usize>) -> &str {
        &self.s[r.clone()]
    }
}

/// First bytes of the characters that are neither [`is_space`] nor changed
/// by [`fold_char`]: all but ASCII whitespace and the lead bytes C2, E1,
/// E2, E3 and EF, which the spaces and the folded characters start with
/// (continuation bytes start none).
static KEPT_AS_IS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = !matches!(b as u8, b'\t'..=b'\r' | b' ' | 0x80..=0xBF | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF);
        b += 1;
    }
    t
};

/// The length of the UTF-8 character that starts with byte `lead`.
const fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Page furniture among the whole lines of `content` (lines with a line
/// break on both sides, inside the content), by the text layer's rule
/// ([`is_page_number`], [`running_head_candidates`]): page numbers, and
/// running heads next to them that stand again as a line of their own
/// around the list ([`repeated_line`]). See the module docs.
fn furniture(text: &str, content: Span) -> Vec<Span> {
    let Some(part) = content.slice(text) else {
        return Vec::new();
    };
    let mut breaks = part.match_indices('\n').map(|(i, _)| i);
    let Some(mut from) = breaks.next() else {
        return Vec::new();
    };
    // Non-blank whole lines: the span of each, and its text without
    // surrounding space with whether it is a page number.
    let mut spans: Vec<Span> = Vec::new();
    let mut lines: Vec<(&str, bool)> = Vec::new();
    for to in breaks {
        let raw = &part[from + 1..to];
        let line = raw.trim_matches(is_space);
        if !line.is_empty() {
            spans.push(Span::new(content.start + from + 1, content.start + to));
            lines.push((line, is_page_number(line)));
        }
        from = to;
    }
    let heads: Vec<usize> = running_head_candidates(&lines)
        .into_iter()
        .filter(|&(k, _)| !lines[k].1)
        .take(MAX_HEADER_CHECKS)
        .filter(|&(k, _)| repeated_line(text, content, lines[k].0))
        .map(|(k, _)| k)
        .collect();
    spans.into_iter().enumerate().filter(|&(k, _)| lines[k].1 || heads.contains(&k)).map(|(_, span)| span).collect()
}

/// Whether `line` stands as a line of its own (only space around it up to
/// the line breaks) elsewhere in `text`, outside `content` and within a
/// window around it: [`HEADER_WINDOW`] bytes on each side, and no more
/// than [`HEADER_WINDOW_FACTOR`] times the content's length, so that the
/// search stays linear in the content.
fn repeated_line(text: &str, content: Span, line: &str) -> bool {
    let window = HEADER_WINDOW.min(content.len().saturating_mul(HEADER_WINDOW_FACTOR));
    let mut lo = content.start.saturating_sub(window);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = content.end.saturating_add(window).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let own_line = |start: usize| {
        let end = start + line.len();
        let before = text[..start].trim_end_matches(|c| is_space(c) && c != '\n');
        let after = text[end..].trim_start_matches(|c| is_space(c) && c != '\n');
        (before.is_empty() || before.ends_with('\n')) && (after.is_empty() || after.starts_with('\n'))
    };
    let found_in = |from: usize, to: usize| {
        text.get(from..to).is_some_and(|hay| hay.match_indices(line).any(|(i, _)| own_line(from + i)))
    };
    found_in(lo, content.start) || found_in(content.end, hi)
}

/// Running-header candidates looked up per list.
const MAX_HEADER_CHECKS: usize = 4;
/// How far from a list a running header is looked for again, in bytes on
/// each side (a few printed pages).
const HEADER_WINDOW: usize = 16 * 1024;
/// The window is also at most this many times the list's length.
const HEADER_WINDOW_FACTOR: usize = 256;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_kept_as_is_are_told_by_their_first_byte() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let encoded = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(utf8_len(encoded[0]), encoded.len(), "{c:?}");
            if KEPT_AS_IS[usize::from(encoded[0])] {
                assert!(!is_space(c) && fold_char(c) == c, "{c:?}");
            }
        }
    }

    #[test]
    fn a_run_maps_as_its_characters_one_by_one() {
        let text = "（责任单位：市 商务委、\n\n13\n\n市发展改革委（牵头）、ｅ各区政府😀）";
        let content = Span::new("（".len(), text.len() - "）".len());
        let c = Compact::new(text, content);
        assert_eq!(c.s, "责任单位:市商务委、市发展改革委(牵头)、e各区政府😀");
        for (i, ch) in c.s.char_indices() {
            let span = c.span(&(i..i + ch.len_utf8()));
            let printed = &text[span.start..span.end];
            assert_eq!(fold_char(printed.chars().next().unwrap()), ch, "{i}");
            assert_eq!(printed.chars().count(), 1, "{i}");
        }
        let gaps: Vec<usize> = c.gaps().collect();
        assert_eq!(gaps, [c.s.find("商").unwrap(), c.s.find("市发").unwrap()]);
    }
}
