//! Which word of a fixed list a text starts with, for the lists consulted
//! at every candidate position of running text (measure words, the
//! qualifiers around a numeral): the words are grouped by their first
//! character, so that a lookup compares only the few that can match
//! instead of the whole list.

use crate::text::CharSet;

/// The words of one list, grouped by their first character.
#[derive(Debug)]
pub(crate) struct WordIndex {
    /// (first character, word, position in the list), sorted by character,
    /// then by position.
    entries: Vec<(char, &'static str, usize)>,
    /// The first characters of the words (those in the Basic Multilingual
    /// Plane, the ones a [`CharSet`] holds): most positions of running
    /// text start with none, and are turned away with one load.
    firsts: CharSet,
}

impl WordIndex {
    /// Indexes `words`; positions count from 0 in their order. Empty words
    /// can match nothing and are left out.
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        let mut entries: Vec<(char, &'static str, usize)> =
            words.into_iter().enumerate().filter_map(|(i, w)| Some((w.chars().next()?, w, i))).collect();
        entries.sort_unstable_by_key(|&(c, _, i)| (c, i));
        let mut firsts = CharSet::EMPTY;
        for &(c, _, _) in &entries {
            firsts.insert(c);
        }
        WordIndex { entries, firsts }
    }

    /// The position of the longest word of the list that `s` starts with;
    /// of two as long, the earlier in the list.
    pub(crate) fn longest(&self, s: &str) -> Option<usize> {
        let c = s.chars().next()?;
        if c < '\u{10000}' && !self.firsts.contains(c) {
            return None;
        }
        let from = self.entries.partition_point(|e| e.0 < c);
        let mut best: Option<(usize, usize)> = None;
        for &(_, w, i) in self.entries[from..].iter().take_while(|e| e.0 == c) {
            if s.starts_with(w) && best.is_none_or(|(len, _)| w.len() > len) {
                best = Some((w.len(), i));
            }
        }
        best.map(|(_, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::WordIndex;

    #[test]
    fn longest_word_wins_and_ties_go_to_the_earlier() {
        let words = ["元", "万元", "亿元", "个", "个月", "", "万元"];
        let index = WordIndex::new(words);
        assert_eq!(index.longest("万元以上"), Some(1));
        assert_eq!(index.longest("个月内"), Some(4));
        assert_eq!(index.longest("个人"), Some(3));
        assert_eq!(index.longest("元"), Some(0));
        assert_eq!(index.longest("人民币"), None);
        assert_eq!(index.longest(""), None);
    }
}
