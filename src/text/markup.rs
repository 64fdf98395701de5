//! HTML markup left in a text: a database export of a site's content or a
//! page saved with its tags prints `<p>各市、县人民政府:</p><p> 现将…</p>`,
//! `<strong>`, `<br/>` and entities (`&nbsp;`, `&ldquo;`). The parser reads
//! such a text through a copy in which each tag is the layout it stands
//! for: a tag that breaks a line (`<p>`, `</p>`, `<br/>`, `<div>`, `<tr>`)
//! becomes spaces ending in a line break, any other known tag
//! (`<strong>`, `<span style=…>`) spaces, and an entity its character
//! followed by spaces. Every byte offset is kept, so spans into the copy
//! are spans into the text given.

use std::borrow::Cow;

use super::Replaced;

/// Elements that start or end a line of the page.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "tr",
    "td",
    "th",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "center",
    "section",
    "article",
    "header",
    "footer",
    "hr",
    "pre",
    "title",
    "caption",
];

/// Elements that only style text, or stand outside it.
const INLINE_TAGS: &[&str] = &[
    "span",
    "strong",
    "b",
    "i",
    "em",
    "u",
    "font",
    "a",
    "sup",
    "sub",
    "small",
    "big",
    "ins",
    "del",
    "s",
    "strike",
    "label",
    "img",
    "col",
    "colgroup",
    "html",
    "body",
    "head",
    "meta",
    "link",
    "o:p",
    "st1:chsdate",
];

/// Longest tag read, attributes included, in bytes: a tag is on one line.
const MAX_TAG_BYTES: usize = 1000;

/// Named entities and the character each stands for; the spaces among them
/// become a space.
const ENTITIES: &[(&str, char)] = &[
    ("nbsp", ' '),
    ("ensp", ' '),
    ("emsp", ' '),
    ("thinsp", ' '),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("middot", '·'),
    ("times", '×'),
    ("lt", '<'),
    ("gt", '>'),
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
];

/// The text with its HTML markup read as layout: a tag that breaks a line
/// (`<p>`, `</p>`, `<br/>`) as spaces ending in a line break, another known
/// tag as spaces, an entity as its character and spaces. Every byte offset
/// is kept; borrowed when there is no markup.
///
/// ```
/// use gongbao::text::read_markup;
/// let text = "<p>各市、县人民政府:</p><p>&nbsp;现将&ldquo;方案&rdquo;印发给你们。</p>";
/// let read = read_markup(text);
/// assert_eq!(read.len(), text.len());
/// let lines: Vec<&str> = read.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
/// assert_eq!(lines, ["各市、县人民政府:", "现将“    方案”    印发给你们。"]);
/// assert!(matches!(read_markup("x<5 且 R&D"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn read_markup(text: &str) -> Cow<'_, str> {
    let mut text = Cow::Borrowed(text);
    blank_markup(&mut text);
    text
}

/// Reads the markup of `text` as layout in place (copying a borrowed text
/// only when it has some). Returns what it replaced, to be put back.
pub(crate) fn blank_markup(text: &mut Cow<'_, str>) -> Replaced {
    let mut replaced = Replaced::default();
    let found = markup(text);
    if !found.is_empty() {
        let text = text.to_mut();
        for (at, _, with) in found {
            replaced.replace(text, at, &with);
        }
    }
    replaced
}

/// Each tag and entity of `text`: its span and what stands in its place
/// (as many bytes).
fn markup(text: &str) -> Vec<(usize, usize, String)> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    for at in memchr::memchr2_iter(b'<', b'&', b) {
        if found.last().is_some_and(|&(_, end, _)| at < end) {
            continue;
        }
        let read = if b[at] == b'<' { tag(text, at) } else { entity(text, at) };
        if let Some((end, with)) = read {
            found.push((at, end, with));
        }
    }
    found
}

/// A known tag at `at`: where it ends, and its spaces (ending in a line
/// break for an element that breaks a line).
fn tag(text: &str, at: usize) -> Option<(usize, String)> {
    let rest = &text[at + 1..];
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == ':')).unwrap_or(rest.len());
    let name = rest[..name_len].to_ascii_lowercase();
    let after = &rest[name_len..];
    if !(after.starts_with(['>', ' ', '/', '\t'])) {
        return None;
    }
    let close = after.find(['>', '<', '\n']).filter(|&k| after.as_bytes()[k] == b'>')?;
    let end = text.len() - after.len() + close + 1;
    if end - at > MAX_TAG_BYTES {
        return None;
    }
    let spaces = " ".repeat(end - at - 1);
    if BLOCK_TAGS.contains(&name.as_str()) {
        Some((end, spaces + "\n"))
    } else if INLINE_TAGS.contains(&name.as_str()) {
        Some((end, spaces + " "))
    } else {
        None
    }
}

/// An entity at `at` (`&nbsp;`, `&#12289;`, `&#x3001;`): where it ends, and
/// its character followed by spaces.
fn entity(text: &str, at: usize) -> Option<(usize, String)> {
    let rest = &text[at + 1..];
    let semi = rest.bytes().take(12).position(|c| c == b';')?;
    let name = &rest[..semi];
    if !name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'#') {
        return None;
    }
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|c| !c.is_control() || *c == '\n')?
    } else {
        ENTITIES.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)?
    };
    let len = semi + 2;
    let c = if c == '\u{a0}' { ' ' } else { c };
    (c.len_utf8() <= len).then(|| (at + len, format!("{c}{}", " ".repeat(len - c.len_utf8()))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_undone_exactly() {
        // laodongfa.com/stadata/bmgz/7504.html, 晋政发〔2018〕13号: the notice's
        // body as the export prints it.
        let given =
            "<p>各市、县人民政府,省人民政府各委、办、厅、局:</p><p style=\"text-align: right;\"> 山西省人民政府</p>";
        let mut text = Cow::Borrowed(given);
        let replaced = blank_markup(&mut text);
        assert_eq!(replaced.pieces().count(), 4);
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, ["各市、县人民政府,省人民政府各委、办、厅、局:", "山西省人民政府"]);
        let mut text = text.into_owned();
        replaced.restore(&mut text);
        assert_eq!(text, given);
    }

    #[test]
    fn unknown_tags_and_loose_ampersands_stay() {
        assert!(markup("《条例》<十>款 x<5 R&D &c; &#;").is_empty());
    }
}
