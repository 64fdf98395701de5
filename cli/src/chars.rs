//! UTF-8 byte offsets into character offsets, for `--offsets chars`.

/// Bytes per block of the index: an offset costs at most this many byte
/// reads, and the index takes one `usize` per block (an eighth of the text).
const BLOCK: usize = 64;

/// Character counts of a text, block by block, so that the character
/// offset of any byte offset is found without walking the whole text.
#[derive(Debug)]
pub struct CharIndex<'t> {
    text: &'t [u8],
    /// Characters before each block; the last entry is the total.
    before: Vec<usize>,
}

/// Whether `b` starts a character (is not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

impl<'t> CharIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let text = text.as_bytes();
        let mut before = Vec::with_capacity(text.len() / BLOCK + 2);
        let mut n = 0;
        for block in text.chunks(BLOCK) {
            before.push(n);
            n += block.iter().filter(|&&b| starts_char(b)).count();
        }
        before.push(n);
        CharIndex { text, before }
    }

    /// The number of characters before byte `offset` (the end of the text
    /// for an offset past it).
    pub fn chars_at(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        let block = offset / BLOCK;
        let start = block * BLOCK;
        self.before[block] + self.text[start..offset].iter().filter(|&&b| starts_char(b)).count()
    }
}

#[cfg(test)]
mod tests {
    use super::CharIndex;

    #[test]
    fn every_byte_offset_of_a_char_boundary_maps_to_the_chars_before_it() {
        // Long enough for several blocks, with 1-, 2-, 3- and 4-byte characters.
        let text = "沪府办规〔2023〕12号 é 𠀀 ".repeat(20);
        let index = CharIndex::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.chars_at(byte), chars, "byte {byte}");
        }
        assert_eq!(index.chars_at(text.len()), text.chars().count());
        assert_eq!(index.chars_at(text.len() + 5), text.chars().count());
    }

    #[test]
    fn a_text_of_whole_blocks_ends_at_its_char_count() {
        let text = "a".repeat(128);
        assert_eq!(CharIndex::new(&text).chars_at(128), 128);
        assert_eq!(CharIndex::new("").chars_at(0), 0);
    }
}
