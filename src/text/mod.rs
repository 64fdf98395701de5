//! The text layer: decoding bytes, spans, width folding, glyphs a PDF
//! font misread, lines and sentences, titles (《》, 文种). Everything above it works on the decoded
//! `&str` and reports positions as [`Span`]s into it.

mod charset;
mod decode;
mod fold;
mod furniture;
mod glyphs;
mod lines;
mod markup;
mod replaced;
mod script;
mod span;
mod titles;
mod words;
mod wrapped;

pub(crate) use charset::{CharSet, WHITESPACE, first_char};
pub use decode::{DecodeError, DecodeFault, DecodeIssue, Decoded, Encoding, decode, decode_lenient};
pub(crate) use fold::stripped_layout_spaces;
pub use fold::{
    closing_bracket, digit_value, fold, fold_char, is_cjk_punct, is_close_bracket, is_close_paren, is_colon, is_comma,
    is_dash, is_digit, is_han, is_open_bracket, is_open_paren, is_sentence_end, is_space, match_key,
    strip_layout_spaces,
};
pub(crate) use furniture::is_command_line;
pub use furniture::{
    MASTHEAD_LINES, MAX_RUNNING_HEAD_CHARS, PAGE_NUMBER_INDENT, is_page_number, is_page_number_at, is_running_head,
    is_web_furniture, names_an_issue, running_head_candidates,
};
pub use glyphs::repair_glyphs;
pub(crate) use glyphs::{repair_glyphs_in_place, restore_glyphs};
pub use lines::{LineIndex, Lines, grapheme_count, lines, sentences};
pub(crate) use markup::blank_markup;
pub use markup::read_markup;
pub(crate) use replaced::Replaced;
pub use script::read_simplified;
pub(crate) use script::{Printed, fold_script};
pub use span::Span;
pub use titles::{MAX_TITLE_BYTES, title_spans};
pub(crate) use titles::{
    bracketed_titles, completes_title, genre, has_issuing_verb, issued_titles, title_organs, without_version_notes,
};
pub(crate) use words::WordIndex;
pub use wrapped::Unwrapped;
