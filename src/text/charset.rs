//! Sets of characters fixed at compile time, for the scans that test every
//! character of running text ("may a numeral or a date start here?"): one
//! bit per character of the Basic Multilingual Plane, so that a test is one
//! load, however many characters the set holds.

/// A set of characters of the Basic Multilingual Plane (U+0000 to U+FFFF);
/// characters beyond it are never members.
#[derive(Debug, Clone)]
pub(crate) struct CharSet {
    bits: [u64; 1024],
}

/// The first character of `word`, in a const context: the start characters
/// of a word list are derived from the list itself.
pub(crate) const fn first_char(word: &str) -> Option<char> {
    let b = word.as_bytes();
    if b.is_empty() {
        return None;
    }
    // UTF-8: the lead byte gives the length and the high bits.
    let (len, mut cp) = match b[0] {
        x if x < 0x80 => (1, x as u32),
        x if x >= 0xF0 => (4, (x & 0x07) as u32),
        x if x >= 0xE0 => (3, (x & 0x0F) as u32),
        x => (2, (x & 0x1F) as u32),
    };
    let mut i = 1;
    while i < len && i < b.len() {
        cp = (cp << 6) | (b[i] & 0x3F) as u32;
        i += 1;
    }
    char::from_u32(cp)
}

/// The characters of the Basic Multilingual Plane that
/// [`char::is_whitespace`] takes (Unicode's `White_Space`), for scans that
/// pass over them.
pub(crate) const WHITESPACE: CharSet = CharSet::EMPTY
    .with_range('\u{9}', '\u{D}')
    .with_all(&[' ', '\u{85}', '\u{A0}', '\u{1680}', '\u{2028}', '\u{2029}', '\u{202F}', '\u{205F}', '\u{3000}'])
    .with_range('\u{2000}', '\u{200A}');

impl CharSet {
    /// The empty set.
    pub(crate) const EMPTY: CharSet = CharSet { bits: [0; 1024] };

    /// This set with `c` added (a character beyond the plane is ignored).
    pub(crate) const fn with(mut self, c: char) -> CharSet {
        self.insert(c);
        self
    }

    /// Adds `c` (a character beyond the plane is ignored).
    pub(crate) const fn insert(&mut self, c: char) {
        let cp = c as usize;
        if cp < 0x10000 {
            self.bits[cp / 64] |= 1 << (cp % 64);
        }
    }

    /// This set with every character of `chars` added.
    pub(crate) const fn with_all(mut self, chars: &[char]) -> CharSet {
        let mut i = 0;
        while i < chars.len() {
            self = self.with(chars[i]);
            i += 1;
        }
        self
    }

    /// This set with the first character of each of `words` added: the
    /// start characters of a word list, derived from the list itself.
    pub(crate) const fn with_first_chars_of(mut self, words: &[&str]) -> CharSet {
        let mut i = 0;
        while i < words.len() {
            if let Some(c) = first_char(words[i]) {
                self = self.with(c);
            }
            i += 1;
        }
        self
    }

    /// This set with every member of `other` added.
    pub(crate) const fn union(mut self, other: &CharSet) -> CharSet {
        let mut i = 0;
        while i < self.bits.len() {
            self.bits[i] |= other.bits[i];
            i += 1;
        }
        self
    }

    /// This set with the characters `from..=to` added.
    pub(crate) const fn with_range(mut self, from: char, to: char) -> CharSet {
        let mut cp = from as u32;
        while cp <= to as u32 {
            if let Some(c) = char::from_u32(cp) {
                self = self.with(c);
            }
            cp += 1;
        }
        self
    }

    /// Whether `c` is in the set.
    #[inline]
    pub(crate) const fn contains(&self, c: char) -> bool {
        let cp = c as usize;
        cp < 0x10000 && self.bits[cp / 64] & (1 << (cp % 64)) != 0
    }

    /// Whether a member of the set is among the first `n` characters of
    /// `text` that are not in `passed` (a set disjoint from this one).
    /// Decodes the UTF-8 itself, as [`CharSet::find`] does.
    pub(crate) fn among_first(&self, text: &str, n: usize, passed: &CharSet) -> bool {
        let b = text.as_bytes();
        let mut i = 0;
        let mut counted = 0;
        while counted < n {
            // The word and bit of the character at `i`, as in `find`.
            let (word, bit, len) = match b[i..] {
                [] => return false,
                [lead @ 0xE0..=0xEF, b1, b2, ..] => {
                    ((usize::from(lead & 0x0F) << 6) | usize::from(b1 & 0x3F), b2 & 0x3F, 3)
                }
                _ => {
                    let Some(c) = text[i..].chars().next() else { return false };
                    let cp = c as usize;
                    if cp >= 0x10000 {
                        // Beyond the plane: in neither set.
                        counted += 1;
                        i += c.len_utf8();
                        continue;
                    }
                    (cp / 64, (cp % 64) as u8, c.len_utf8())
                }
            };
            if self.bits[word] & (1 << bit) != 0 {
                return true;
            }
            if passed.bits[word] & (1 << bit) == 0 {
                counted += 1;
            }
            i += len;
        }
        false
    }

    /// The offsets of the members of the set in `text`, in order: for
    /// finders that read one text and each jump between the members of a
    /// subset of this set, one scan instead of one each.
    pub(crate) fn positions(&self, text: &str) -> Vec<usize> {
        // One allocation, for one character in five: the members of the
        // sets scanned so are about one in ten of running text.
        let mut out = Vec::with_capacity(text.len() / 16);
        self.positions_into(text, &mut out);
        out
    }

    /// [`CharSet::positions`] into `out` (cleared first), for a reader that
    /// scans text after text: one vector for all of them.
    pub(crate) fn positions_into(&self, text: &str, out: &mut Vec<usize>) {
        out.clear();
        let mut from = 0;
        while let Some(i) = self.find(text, from) {
            out.push(i);
            from = i + text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }

    /// The offset of the first member of the set in `text` at or after
    /// `from` (a character boundary). Decodes the UTF-8 itself: the scans
    /// of running text spend most of their time here.
    pub(crate) fn find(&self, text: &str, from: usize) -> Option<usize> {
        let b = text.as_bytes();
        let mut i = from;
        loop {
            // Three bytes (Han, CJK punctuation, full-width forms) are most
            // of the text: the lead byte and the next pick the word of bits,
            // the last byte the bit.
            // A run of them is whole chunks of three bytes from `i`: the
            // chunks need no bounds checks.
            for chunk in b.get(i..)?.chunks_exact(3) {
                let &[lead, b1, b2] = chunk else { break };
                if lead & 0xF0 != 0xE0 {
                    break;
                }
                let word = (usize::from(lead & 0x0F) << 6) | usize::from(b1 & 0x3F);
                if self.bits[word] & (1 << (b2 & 0x3F)) != 0 {
                    return Some(i);
                }
                i += 3;
            }
            let &lead = b.get(i)?;
            // `text` is valid UTF-8 and `i` a boundary: the continuation
            // bytes a lead byte announces are there.
            let (cp, len) = match lead {
                0x00..=0x7F => (u32::from(lead), 1),
                0x80..=0xDF => ((u32::from(lead & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F), 2),
                0xE0..=0xEF => {
                    let cp =
                        (u32::from(lead & 0x0F) << 12) | (u32::from(b[i + 1] & 0x3F) << 6) | u32::from(b[i + 2] & 0x3F);
                    (cp, 3)
                }
                _ => (0x10000, 4),
            };
            if cp < 0x10000 && self.bits[cp as usize / 64] & (1 << (cp % 64)) != 0 {
                return Some(i);
            }
            i += len;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CharSet;

    #[test]
    fn whitespace_is_what_is_whitespace_takes() {
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            assert_eq!(super::WHITESPACE.contains(c), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn among_first_counts_only_characters_not_passed() {
        const SET: CharSet = CharSet::EMPTY.with_all(&['一', '0']);
        let spaces = &super::WHITESPACE;
        assert!(SET.among_first("ab一", 3, spaces));
        assert!(!SET.among_first("ab一", 2, spaces));
        assert!(SET.among_first("a  \u{3000}b一", 3, spaces));
        assert!(SET.among_first("😀é0", 3, spaces));
        assert!(!SET.among_first("😀é二", 5, spaces));
        assert!(!SET.among_first("", 5, spaces));
    }

    #[test]
    fn members_are_exactly_those_added() {
        const SET: CharSet = CharSet::EMPTY.with_all(&['一', '万']).with_range('0', '9').with('😀');
        assert!(SET.contains('一') && SET.contains('万') && SET.contains('0') && SET.contains('9'));
        assert!(!SET.contains('二') && !SET.contains('a') && !SET.contains('😀') && !SET.contains('\u{FFFF}'));
    }

    #[test]
    fn find_gives_the_offset_of_the_next_member() {
        const SET: CharSet = CharSet::EMPTY.with_all(&['一', 'é', '0']);
        let text = "a😀é二一b0";
        let found: Vec<usize> = std::iter::successors(SET.find(text, 0), |&i| {
            SET.find(text, i + text[i..].chars().next().map_or(1, char::len_utf8))
        })
        .collect();
        assert_eq!(found, [5, 10, 14]);
        assert_eq!(SET.find(text, 15), None);
        assert_eq!(SET.find("", 0), None);
        assert_eq!(SET.positions(text), found);
    }
}
