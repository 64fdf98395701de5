//! The 《》 marks around the titles that texts cite.

use crate::text::Span;

/// A title longer than this (in bytes) is taken for a stray 《 with no
/// closing 》, so that it cannot hide the rest of the text.
pub const MAX_TITLE_BYTES: usize = 1024;

/// Spans of the outermost 《…》 titles in `text`, marks included; titles
/// quoted inside them (《A〈B〉》, 《A《B》》) are part of the outer one. A 《
/// not closed within [`MAX_TITLE_BYTES`] is dropped, so a stray mark hides
/// nothing.
///
/// ```
/// use gongbao::text::{Span, title_spans};
/// let text = "根据《关于〈X〉的通知》和《Y》";
/// let titles: Vec<&str> = title_spans(text).iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(titles, ["《关于〈X〉的通知》", "《Y》"]);
/// // A stray 《 hides what follows only for MAX_TITLE_BYTES.
/// let stray = format!("《{}《Y》", "长".repeat(400));
/// assert_eq!(title_spans(&stray), [Span::new(stray.len() - "《Y》".len(), stray.len())]);
/// ```
pub fn title_spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    // 《 and 》 are E3 80 8A and E3 80 8B: only E3 bytes are looked at.
    for i in memchr::memchr_iter(0xE3, bytes) {
        if depth > 0 && i - start > MAX_TITLE_BYTES {
            depth = 0;
        }
        match bytes.get(i + 1..i + 3) {
            Some([0x80, 0x8A]) => {
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            Some([0x80, 0x8B]) if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(Span::new(start, i + '》'.len_utf8()));
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_and_strays() {
        let text = "《A〈B〉《C》》x《stray";
        assert_eq!(title_spans(text), [Span::new(0, text.find('x').unwrap())]);
        let long = format!("《{}》国发〔2019〕4号", "长".repeat(400));
        assert_eq!(title_spans(&long), []);
    }
}
