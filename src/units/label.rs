//! Labels inside a list's brackets, read on the folded compact text: the
//! label of units (`责任单位:`, `负责部门:`, `牵头单位:`, `责任主体:`,
//! `责任部门、单位:`, `牵头:`) and any other labelled field that may share
//! the bracket (`完成时限:`, `适用范围:`).
//!
//! A unit label is a word of at most [`MAX_LABEL_WORD_CHARS`] Han
//! characters that ends in an organ noun ([`ORGAN_NOUNS`]: 单位 部门 主体
//! 处室 机构 机关), possibly followed by more such words after `、`, and a
//! colon; or a role word alone ([`LABEL_ROLES`]: `牵头:` `配合:` `负责:`).
//! The word before the organ noun is free (`主要负责单位`, `市级责任部门`,
//! `实施主体`) but holds no character of a sentence
//! ([`NOT_IN_NAMES`]: 由 的 在 …), no 各/有关 (`各有关单位:` addresses
//! units, it does not label them) and no digit or punctuation.
//!
//! A field label is any other word of 2 to [`MAX_LABEL_WORD_CHARS`] Han
//! characters before a colon.

use crate::lexicon::{LABEL_ROLES, NOT_IN_NAMES};

/// Organ nouns a unit label ends in.
const ORGAN_NOUNS: &[&str] = &["单位", "部门", "主体", "处室", "机构", "机关"];

/// Longest word of a label before its colon (`主要责任单位` has 6; 10 leaves
/// room for `区级牵头责任单位`), per part of a compound label.
pub(super) const MAX_LABEL_WORD_CHARS: usize = 10;

/// Longest compound label (`责任部门、单位、主体`): parts after `、`.
const MAX_LABEL_PARTS: usize = 4;

/// A label at the start of folded `s`: the length of the label without its
/// colon, and where the text after the colon starts.
fn colon_word(s: &str) -> Option<(usize, usize)> {
    let limit = (MAX_LABEL_WORD_CHARS + 1) * MAX_LABEL_PARTS;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n > limit {
            return None;
        }
        if c == ':' {
            return (i > 0).then_some((i, i + 1));
        }
        if !(is_han(c) || c == '、') {
            return None;
        }
    }
    None
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Whether unfolded `s` may open with a label: its first character that
/// is neither Han nor 、 is a colon of either width. The cheap test that
/// spares folding the paragraphs that open otherwise.
pub(super) fn may_open_with_label(s: &str) -> bool {
    // Folding keeps Han characters and 、 as they are, and makes none of
    // them: only the character found needs folding.
    s.chars().find(|&c| !(is_han(c) || c == '、')).map(crate::text::fold_char) == Some(':')
}

/// The unit label at the start of folded `s`: the label's length without
/// its colon, and where the units after it start.
pub(super) fn label_at(s: &str) -> Option<(usize, usize)> {
    let (len, after) = colon_word(s)?;
    let word = &s[..len];
    if LABEL_ROLES.contains(&word) {
        return Some((len, after));
    }
    let mut parts = 0;
    for part in word.split('、') {
        parts += 1;
        let ok = part.chars().count() <= MAX_LABEL_WORD_CHARS
            && ORGAN_NOUNS.iter().any(|n| part.ends_with(n))
            && !part.chars().any(|c| NOT_IN_NAMES.contains(&c) || c == '各')
            // 关 first: a label is a few characters, too few for a
            // substring search to pay for setting itself up.
            && !(part.chars().any(|c| c == '关') && (part.contains("有关") || part.contains("相关")));
        if !ok {
            return None;
        }
    }
    (parts <= MAX_LABEL_PARTS).then_some((len, after))
}

/// Any other labelled field at the start of folded `s` (`完成时限:`,
/// `适用范围:`): the label's length without its colon, and where its
/// value starts. A unit label is no field.
pub(super) fn field_at(s: &str) -> Option<(usize, usize)> {
    if label_at(s).is_some() {
        return None;
    }
    let (len, after) = colon_word(s)?;
    let n = s[..len].chars().count();
    ((2..=MAX_LABEL_WORD_CHARS).contains(&n) && !s[..len].contains('、')).then_some((len, after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn label(s: &str) -> Option<&str> {
        label_at(s).map(|(n, _)| &s[..n])
    }

    #[test]
    fn unit_labels_end_in_an_organ_noun_or_are_a_role_word() {
        assert_eq!(label("责任单位:市财政局"), Some("责任单位"));
        assert_eq!(label("负责部门:市商务局"), Some("负责部门"));
        assert_eq!(label("责任主体:各区政府"), Some("责任主体"));
        assert_eq!(label("牵头部门:A;配合部门:B"), Some("牵头部门"));
        assert_eq!(label("责任部门、单位:A"), Some("责任部门、单位"));
        assert_eq!(label("主要责任单位:A"), Some("主要责任单位"));
        assert_eq!(label("牵头:A"), Some("牵头"));
        assert_eq!(label("负责:A"), Some("负责"));
    }

    #[test]
    fn other_words_before_a_colon_are_fields_not_labels() {
        assert_eq!(label("完成时限:2023年底"), None);
        assert_eq!(label("适用范围:全市"), None);
        assert_eq!(label("各有关单位:"), None);
        assert_eq!(label("由有关单位:"), None);
        assert_eq!(label("责任单位"), None);
        assert_eq!(field_at("完成时限:2023年底"), Some((12, 13)));
        assert_eq!(field_at("适用范围:全市"), Some((12, 13)));
        assert_eq!(field_at("责任单位:A"), None);
        assert_eq!(field_at("A:B"), None);
    }
}
