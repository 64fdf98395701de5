//! Traditional characters (繁體字) read through their simplified forms.
//!
//! Mainland documents are published in simplified characters, but copies
//! of them travel converted to traditional ones (mirror sites, reposts in
//! Hong Kong and Taiwan): `鄂政發〔2018〕26號`, `各區人民政府`. The
//! grammar's words are simplified, so the parser reads such a text through
//! a shadow in which every traditional character stands as its simplified
//! form (OpenCC's character table, its first reading). Each pair used is
//! three bytes in UTF-8 on both sides, so the shadow keeps every byte
//! offset: spans into it are spans into the text given. What the parser
//! takes from the shadow (titles, names, units) is given back in the
//! characters printed ([`Printed`]).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use super::{CharSet, Span};

/// The traditional characters and their simplified forms.
struct Table {
    traditional: Box<CharSet>,
    simplified: HashMap<char, char>,
}

/// Built once, from the table `hanconv` carries (OpenCC's
/// `TSCharacters`): only pairs of one three-byte character each, so that
/// a fold never moves a byte.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut traditional = Box::new(CharSet::EMPTY);
        let mut simplified = HashMap::new();
        for (t, s) in hanconv::RawDictionary::TSCharacters.iter() {
            let (Some(t), Some(s)) = (one_char(t), one_char(s)) else { continue };
            if t != s && t.len_utf8() == 3 && s.len_utf8() == 3 {
                traditional.insert(t);
                simplified.insert(t, s);
            }
        }
        Table { traditional, simplified }
    })
}

fn one_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    chars.next().filter(|_| chars.next().is_none())
}

/// The text with each traditional character in its simplified form, every
/// byte offset kept; borrowed when it has none.
///
/// ```
/// use gongbao::text::read_simplified;
/// let text = "鄂政發〔2018〕26號 各市、州、縣人民政府";
/// let read = read_simplified(text);
/// assert_eq!(read, "鄂政发〔2018〕26号 各市、州、县人民政府");
/// assert_eq!(read.len(), text.len());
/// assert!(matches!(read_simplified("沪府办规〔2023〕12号"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn read_simplified(text: &str) -> Cow<'_, str> {
    let mut text = Cow::Borrowed(text);
    fold_script(&mut text);
    text
}

/// Folds `text` to simplified characters in place (copying a borrowed text
/// only when it has a traditional character). Returns each fold's offset
/// and the character printed there, for
/// [`restore_glyphs`](super::restore_glyphs) and [`Printed::new`].
pub(crate) fn fold_script(text: &mut Cow<'_, str>) -> Vec<(usize, char)> {
    let table = table();
    if !is_traditional(&table.traditional, text) {
        return Vec::new();
    }
    let Some(first) = find_traditional(&table.traditional, text, 0) else { return Vec::new() };
    let text = text.to_mut();
    let mut folds = Vec::new();
    let mut buf = [0; 4];
    let mut at = Some(first);
    while let Some(i) = at {
        let printed = text[i..].chars().next().unwrap_or_default();
        if let Some(&s) = table.simplified.get(&printed) {
            text.replace_range(i..i + 3, s.encode_utf8(&mut buf));
            folds.push((i, printed));
        }
        at = find_traditional(&table.traditional, text, i + printed.len_utf8());
    }
    folds
}

/// A text up to this long is checked character by character.
const WHOLE_CHECK_BYTES: usize = 4096;

/// In a longer text, the check looks at one character every this many
/// bytes (one in eight of Chinese text).
const SAMPLE_STRIDE_BYTES: usize = 24;

/// Whether `text` prints traditional characters (members of `set`). A
/// text printed in them has them everywhere, so a long text is sampled:
/// every simplified text pays for the check. A simplified text with a
/// stray one (二噁英) is read as it is.
fn is_traditional(set: &CharSet, text: &str) -> bool {
    if text.len() <= WHOLE_CHECK_BYTES {
        return find_traditional(set, text, 0).is_some();
    }
    let b = text.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() {
        // To the next character boundary: past continuation bytes.
        while i < b.len() && (0x80..0xC0).contains(&b[i]) {
            i += 1;
        }
        if member_at(set, b, i) {
            return true;
        }
        i += SAMPLE_STRIDE_BYTES;
    }
    false
}

/// The offset of the first member of `set` at or after `from`, for a set
/// of three-byte characters only: every other byte is stepped over without
/// decoding.
fn find_traditional(set: &CharSet, text: &str, from: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = from;
    while i + 2 < b.len() {
        if member_at(set, b, i) {
            return Some(i);
        }
        i += if (0xE0..0xF0).contains(&b[i]) { 3 } else { 1 };
    }
    None
}

/// Whether a three-byte character starts at `i` and is a member of `set`.
fn member_at(set: &CharSet, b: &[u8], i: usize) -> bool {
    i + 2 < b.len() && (0xE0..0xF0).contains(&b[i]) && {
        let cp = (u32::from(b[i] & 0x0F) << 12) | (u32::from(b[i + 1] & 0x3F) << 6) | u32::from(b[i + 2] & 0x3F);
        char::from_u32(cp).is_some_and(|c| set.contains(c))
    }
}

/// What the parser derived from a folded text, given back in the
/// characters printed. A derived text is found in the part of the folded
/// text it was taken from (layout whitespace it dropped skipped), and each
/// character folded there is put back. A text not found so (a normalized
/// one) has each simplified character the fold produced put back as the
/// traditional one it replaced, where the text printed it so more often
/// than it printed the simplified one itself (a simplified text with a
/// stray 噁 keeps its own 恶).
#[derive(Debug)]
pub(crate) struct Printed<'t> {
    folded: &'t str,
    folds: &'t [(usize, char)],
    back: HashMap<char, char>,
}

impl<'t> Printed<'t> {
    /// The back map of the folds of `folded` (the text after
    /// [`fold_script`]); `None` when nothing was folded.
    pub(crate) fn new(folded: &'t str, folds: &'t [(usize, char)]) -> Option<Printed<'t>> {
        if folds.is_empty() {
            return None;
        }
        // For each simplified character: how often each traditional one
        // stood for it, and how often it stands in the folded text.
        let mut sources: HashMap<char, HashMap<char, usize>> = HashMap::new();
        for &(at, printed) in folds {
            let s = folded[at..].chars().next().unwrap_or_default();
            *sources.entry(s).or_default().entry(printed).or_default() += 1;
        }
        let mut total: HashMap<char, usize> = sources.keys().map(|&s| (s, 0)).collect();
        for c in folded.chars() {
            if let Some(n) = total.get_mut(&c) {
                *n += 1;
            }
        }
        let back = sources
            .into_iter()
            .map(|(s, from)| {
                let folded_count: usize = from.values().sum();
                let t = from.iter().max_by_key(|&(&t, &n)| (n, std::cmp::Reverse(t))).map_or(s, |(&t, _)| t);
                (s, if 2 * folded_count > total[&s] { t } else { s })
            })
            .collect();
        Some(Printed { folded, folds, back })
    }

    /// `s`, taken from the input at `within`, in the characters printed.
    pub(crate) fn restore(&self, s: &mut String, within: Span) {
        if !s.chars().any(|c| self.back.contains_key(&c)) {
            return;
        }
        if let Some(at) = within.slice(self.folded).and_then(|region| locate(region, s)) {
            let printed = s
                .chars()
                .zip(at)
                .map(|(c, at)| {
                    let at = within.start + at;
                    self.folds.binary_search_by_key(&at, |&(i, _)| i).map_or(c, |k| self.folds[k].1)
                })
                .collect();
            *s = printed;
        } else {
            *s = s.chars().map(|c| self.back.get(&c).copied().unwrap_or(c)).collect();
        }
    }
}

/// The offset in `region` of each character of `s`, where `s` stands in
/// `region` with only whitespace dropped (lines joined, layout spaces
/// removed); the first such place.
fn locate(region: &str, s: &str) -> Option<Vec<usize>> {
    let first = s.chars().next()?;
    let mut at = Vec::with_capacity(s.chars().count());
    region.match_indices(first).find_map(|(start, _)| {
        at.clear();
        let mut rest = region[start..].char_indices().map(|(i, c)| (start + i, c));
        for want in s.chars() {
            let (i, _) = rest.find(|&(_, c)| c == want || !c.is_whitespace()).filter(|&(_, c)| c == want)?;
            at.push(i);
        }
        Some(at.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_keep_offsets_and_are_undone_exactly() {
        // From a traditional mirror of 鄂政发〔2018〕26号 (chaincenturyfinance.com/tzgg/2421.html).
        let given = "鄂政發〔2018〕26號\n各市、州、縣人民政府,省政府各部門:";
        let mut text = Cow::Borrowed(given);
        let folds = fold_script(&mut text);
        assert_eq!(text, "鄂政发〔2018〕26号\n各市、州、县人民政府,省政府各部门:");
        assert_eq!(folds, [(6, '發'), (21, '號'), (40, '縣'), (71, '門')]);
        let printed = Printed::new(&text, &folds).unwrap();
        let mut derived = "省政府各部门".to_string();
        printed.restore(&mut derived, Span::new(0, text.len()));
        assert_eq!(derived, "省政府各部門");
        drop(printed);
        let mut text = text.into_owned();
        super::super::restore_glyphs(&mut text, &folds);
        assert_eq!(text, given);
    }

    #[test]
    fn a_derived_text_takes_the_characters_printed_where_it_was_taken() {
        // 噁 folds to 恶, which the text prints itself more often: a text
        // found where it was taken gets its 噁 back, a normalized one keeps
        // the simplified text's own 恶 (东营市大气污染防治条例, LawRefBook).
        let given = "恶臭、恶劣的二噁英\n监测";
        let mut text = Cow::Borrowed(given);
        let folds = fold_script(&mut text);
        let printed = Printed::new(&text, &folds).unwrap();
        let all = Span::new(0, text.len());
        let mut taken = "二恶英监测".to_string();
        printed.restore(&mut taken, all);
        assert_eq!(taken, "二噁英监测");
        let mut normalized = "恶英".to_string();
        printed.restore(&mut normalized, Span::new(0, 6));
        assert_eq!(normalized, "恶英");
    }

    #[test]
    fn a_simplified_text_is_not_copied() {
        let mut text = Cow::Borrowed("上海市人民政府办公厅关于印发《上海市促进绿色低碳产业发展若干措施》的通知");
        assert!(fold_script(&mut text).is_empty());
        assert!(matches!(text, Cow::Borrowed(_)));
    }
}
