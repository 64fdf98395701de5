//! UTF-8 byte offsets into character offsets, for callers whose language
//! indexes strings by character (Python, JavaScript code points).
//!
//! Every [`Span`](crate::Span) the parser hands out counts UTF-8 bytes of the
//! decoded text. [`CharIndex`] converts such an offset into the number of
//! characters (Unicode scalar values) before it, which is what Python's
//! `str` indexing counts. The JSON rewriter
//! ([`serialize::Rewrite`](crate::serialize::Rewrite)) uses it.

/// Bytes per block of the index: an offset costs at most this many byte
/// reads, and the index takes one `usize` per block (an eighth of the text).
const BLOCK: usize = 64;

/// Character counts of a text, block by block, so that the character
/// offset of any byte offset is found without walking the whole text.
///
/// ```
/// use gongbao::CharIndex;
/// let text = "沪府办规〔2023〕12号";
/// let index = CharIndex::new(text);
/// // 沪府办规〔 is 5 characters of 3 bytes each.
/// assert_eq!(index.chars_at(15), 5);
/// assert_eq!(&text[15..19], "2023");
/// assert_eq!(index.chars_at(text.len()), text.chars().count());
/// ```
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
    /// The index of `text`, built in one pass over its bytes.
    ///
    /// ```
    /// let index = gongbao::CharIndex::new("第一条　为了");
    /// assert_eq!(index.chars_at(9), 3);
    /// ```
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
    /// for an offset past it). Spans' offsets always fall on character
    /// boundaries.
    ///
    /// ```
    /// let index = gongbao::CharIndex::new("é1");
    /// assert_eq!((index.chars_at(0), index.chars_at(2), index.chars_at(3)), (0, 1, 2));
    /// assert_eq!(index.chars_at(99), 2);
    /// ```
    pub fn chars_at(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        let block = offset / BLOCK;
        let start = block * BLOCK;
        self.before[block] + self.text[start..offset].iter().filter(|&&b| starts_char(b)).count()
    }
}
