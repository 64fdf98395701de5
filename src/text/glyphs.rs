//! Glyphs a PDF font maps to the wrong character: what text extracted from
//! a PDF prints in place of the punctuation the page shows.
//!
//! Documents typeset with Founder (方正) fonts, as many provincial offices
//! publish them, map the full-width comma, full stop and semicolon to Yi
//! syllables, so that pdftotext prints `人民政府ꎬ省政府各部门` and
//! `请认真贯彻落实ꎮ`. Each such syllable that stands among Chinese text (no
//! Yi syllable on either side) is read as the mark the page shows. The
//! repair keeps every byte offset: the syllables and the marks are three
//! bytes each in UTF-8, so spans into the repaired text are spans into the
//! text given.

use std::borrow::Cow;

/// Each misread syllable and the mark it stands for.
const FOUNDER_MARKS: [(char, char); 3] = [('ꎬ', '，'), ('ꎮ', '。'), ('ꎻ', '；')];

/// The text with the punctuation a PDF font misread put back; borrowed
/// when there is nothing to repair.
///
/// ```
/// use gongbao::text::repair_glyphs;
/// let text = "各市( 州) 人民政府ꎬ省政府各部门ꎮ";
/// let repaired = repair_glyphs(text);
/// assert_eq!(repaired, "各市( 州) 人民政府，省政府各部门。");
/// assert_eq!(repaired.len(), text.len());
/// // Yi text stays Yi text.
/// assert_eq!(repair_glyphs("ꆈꌠꎬꎮ"), "ꆈꌠꎬꎮ");
/// ```
pub fn repair_glyphs(text: &str) -> Cow<'_, str> {
    // The syllables are EA 8E AC/AE/BB in UTF-8: most texts have no EA byte.
    if memchr::memchr(0xEA, text.as_bytes()).is_none()
        || !text.contains(|c| FOUNDER_MARKS.iter().any(|&(yi, _)| yi == c))
    {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let is_yi = |k: Option<&char>| k.is_some_and(|&c| ('\u{A000}'..='\u{A4CF}').contains(&c));
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let mark = FOUNDER_MARKS.iter().find(|&&(yi, _)| yi == c).map(|&(_, m)| m);
        match mark {
            Some(m) if !is_yi(i.checked_sub(1).and_then(|j| chars.get(j))) && !is_yi(chars.get(i + 1)) => out.push(m),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}
