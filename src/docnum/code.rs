//! The 机关代字 (or decree and announcement code) itself: what its ending
//! makes a number ([`CodeClass`]), which characters it holds, and the rules
//! every code obeys, whether it comes from a constructor, [`parse`] or
//! [`find_doc_numbers`].
//!
//! [`parse`]: super::parse
//! [`find_doc_numbers`]: super::find_doc_numbers

use super::fault::DocNumberFault;
use super::value::{DocNumberKind, JOINT};
use crate::lexicon::ORGAN_ENDINGS;
use crate::text::{is_digit, is_han};

/// Characters of a 机关代字: Han characters, and ASCII letters for the
/// placeholder codes of textbooks (X市财发).
pub(super) fn is_code_char(c: char) -> bool {
    is_han(c) || c.is_ascii_alphabetic()
}

/// What may follow the digits of an organ count (等5部门, 等10个部门): a Han
/// character that names what is counted, so not one that ends the code or
/// goes on with the number.
pub(super) fn is_counted_han(c: char) -> bool {
    is_han(c) && !matches!(c, '令' | '第' | '号' | '年')
}

/// Whether the digits `code[at..]` start with are an organ count: right
/// after 等 (with an organ before it) and right before a Han character, as
/// in 国家发展改革委等5部门令. Only decree and announcement codes have them
/// (the number of organs that issued a joint decree); in Chinese numerals
/// (等八部门令) they need no exception.
pub(super) fn is_organ_count(code: &str, at: usize) -> bool {
    let rest = code.get(at..).unwrap_or_default();
    let end = at + rest.find(|d: char| !is_digit(d)).unwrap_or(rest.len());
    end > at
        && code.get(..at).and_then(|b| b.strip_suffix('等')).is_some_and(|b| !b.is_empty())
        && code.get(end..).and_then(|r| r.chars().next()).is_some_and(is_counted_han)
}

/// Whether whitespace between `before` (the code up to it) and `next` (the
/// first of the `left` characters after it, whitespace not counted)
/// separates two organs of a decree or announcement code of class `class`:
/// `before` ends an organ's name ([`ORGAN_ENDINGS`]), `next` starts another
/// (a Han character, not the 等 of an organ count) and more than the 令 or
/// 公告 follows.
pub(super) fn separates_organs(class: CodeClass, before: &str, next: char, left: usize) -> bool {
    class.names_organ()
        && is_han(next)
        && next != '等'
        && left > class.suffix().chars().count()
        && ORGAN_ENDINGS.iter().any(|e| before.ends_with(e))
}

/// What the end of a code makes a number. Decree and announcement codes
/// name an organ (中华人民共和国国务院令, 国家税务总局公告) and share the
/// grammar after the code and the rules for finding the code in text; plain
/// codes are 机关代字 abbreviations (国办发).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CodeClass {
    Plain,
    Decree,
    Announcement,
}

impl CodeClass {
    /// The class of a code without whitespace.
    pub(super) fn of(code: &str) -> Self {
        if code.ends_with('令') {
            CodeClass::Decree
        } else if code.ends_with("公告") {
            CodeClass::Announcement
        } else {
            CodeClass::Plain
        }
    }

    /// Whether the code is an organ's name with 令 or 公告.
    pub(super) fn names_organ(self) -> bool {
        self != CodeClass::Plain
    }

    /// What codes of the class end in.
    pub(super) fn suffix(self) -> &'static str {
        match self {
            CodeClass::Plain => "",
            CodeClass::Decree => "令",
            CodeClass::Announcement => "公告",
        }
    }

    pub(super) fn kind(self, legacy_marks: bool) -> DocNumberKind {
        match self {
            CodeClass::Decree => DocNumberKind::Decree,
            CodeClass::Announcement => DocNumberKind::Announcement,
            CodeClass::Plain if legacy_marks => DocNumberKind::Legacy,
            CodeClass::Plain => DocNumberKind::Ordinary,
        }
    }
}

/// The rules every code obeys, shared by the constructors, [`parse`](super::parse) and
/// [`find_doc_numbers`](super::find_doc_numbers).
pub(super) fn check_code(code: &str, class: CodeClass) -> Result<(), DocNumberFault> {
    if code.is_empty() {
        return Err(DocNumberFault::EmptyCode);
    }
    let mut digits_checked = 0;
    let mut left = code.chars().filter(|&c| c != JOINT).count();
    let mut chars = code.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == JOINT && class.names_organ() {
            if !chars.peek().is_some_and(|&(_, n)| separates_organs(class, &code[..i], n, left)) {
                return Err(DocNumberFault::MisplacedJoint);
            }
            continue;
        }
        if c != JOINT {
            left = left.saturating_sub(1);
        }
        if c.is_ascii_digit() && class.names_organ() {
            if i >= digits_checked {
                if !is_organ_count(code, i) {
                    return Err(DocNumberFault::DigitsInCode);
                }
                digits_checked = i + code[i..].find(|d: char| !d.is_ascii_digit()).unwrap_or(code.len() - i);
            }
        } else if !is_code_char(c) {
            return Err(DocNumberFault::CodeCharacter);
        }
    }
    if !code.chars().any(is_han) {
        return Err(DocNumberFault::CodeWithoutHan);
    }
    if code.ends_with('第') {
        return Err(DocNumberFault::CodeEndsInDi);
    }
    // 令第, 令号, 公告第 and 公告号 end a decree or announcement code; inside
    // a code they would print as such a number and read back as one.
    if ["令第", "令号", "公告第", "公告号"].iter().any(|w| code.contains(w)) {
        return Err(DocNumberFault::CodeHoldsNumberEnd);
    }
    let organ_chars = code.chars().count();
    match class {
        CodeClass::Decree if organ_chars < 2 => return Err(DocNumberFault::EmptyDecreeCode),
        CodeClass::Announcement if organ_chars < 3 => return Err(DocNumberFault::EmptyAnnouncementCode),
        _ => {}
    }
    Ok(())
}
