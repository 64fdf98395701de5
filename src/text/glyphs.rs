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
    let mut found = misread(text).peekable();
    if found.peek().is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (at, yi, mark) in found {
        out.push_str(&text[from..at]);
        out.push(mark);
        from = at + yi.len_utf8();
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

/// [`repair_glyphs`] in place, for a text the parser owns: a long text is
/// then not copied. Returns each repair's offset and the syllable that
/// stood there, for [`restore_glyphs`].
pub(crate) fn repair_glyphs_in_place(text: &mut String) -> Vec<(usize, char)> {
    // Every syllable is judged by its neighbours as given: all found first.
    let found: Vec<(usize, char, char)> = misread(text).collect();
    let mut buf = [0; 4];
    for &(at, yi, mark) in &found {
        text.replace_range(at..at + yi.len_utf8(), mark.encode_utf8(&mut buf));
    }
    found.into_iter().map(|(at, yi, _)| (at, yi)).collect()
}

/// Puts back the syllables [`repair_glyphs_in_place`] replaced: the text
/// is again the one given.
pub(crate) fn restore_glyphs(text: &mut String, repairs: &[(usize, char)]) {
    let mut buf = [0; 4];
    for &(at, yi) in repairs {
        let end = at + text[at..].chars().next().map_or(0, char::len_utf8);
        text.replace_range(at..end, yi.encode_utf8(&mut buf));
    }
}

/// Each misread syllable that stands among Chinese text (no Yi syllable on
/// either side): its byte offset, the syllable and the mark it stands for.
fn misread(text: &str) -> impl Iterator<Item = (usize, char, char)> + '_ {
    let is_yi = |c: Option<char>| c.is_some_and(|c| ('\u{A000}'..='\u{A4CF}').contains(&c));
    // The syllables are EA 8E AC/AE/BB in UTF-8, and EA only starts a
    // character: most texts have no EA byte at all.
    memchr::memchr_iter(0xEA, text.as_bytes()).filter_map(move |at| {
        let yi = text[at..].chars().next()?;
        let &(_, mark) = FOUNDER_MARKS.iter().find(|&&(c, _)| c == yi)?;
        let before = text[..at].chars().next_back();
        let after = text[at + yi.len_utf8()..].chars().next();
        (!is_yi(before) && !is_yi(after)).then_some((at, yi, mark))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_place_repair_is_undone_exactly() {
        let given = "ꆈꌠꎬꎮ人民政府ꎬ省政府各部门ꎮ";
        let mut text = given.to_string();
        let repairs = repair_glyphs_in_place(&mut text);
        assert_eq!(text, repair_glyphs(given));
        assert_eq!(text, "ꆈꌠꎬꎮ人民政府，省政府各部门。");
        assert_eq!(repairs, [(24, 'ꎬ'), (45, 'ꎮ')]);
        restore_glyphs(&mut text, &repairs);
        assert_eq!(text, given);
    }
}
