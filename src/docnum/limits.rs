//! The length limits by which [`find_doc_numbers`] finds where a 机关代字
//! begins in running text (rules 3 and 5 of the [module docs](super)). The
//! words it uses (function words, conjunctions, organ endings) are in
//! [`crate::lexicon`].
//!
//! [`find_doc_numbers`]: super::find_doc_numbers

/// The longest 机关代字 of an ordinary number that [`find_doc_numbers`](super::find_doc_numbers)
/// accepts, in characters. Codes are abbreviations (国发, 沪府办规, 国卫办医函);
/// twelve leaves room for long ones without swallowing a clause.
pub const MAX_CODE_CHARS: usize = 12;

/// The longest decree or announcement code (organ name + 令 or 公告) that
/// [`find_doc_numbers`](super::find_doc_numbers) accepts, in characters:
/// 中华人民共和国国家质量监督检验检疫总局令 has 20.
pub const MAX_DECREE_CODE_CHARS: usize = 24;

/// How far left of a number [`find_doc_numbers`](super::find_doc_numbers) looks for the start of its
/// code, in characters: a joint code of two or three organs plus the longest
/// function word, with room to spare.
pub(super) const LOOKBACK_CHARS: usize = 48;
