//! The words that qualify a numeral: before it (最高, 不超过, 约, 共) and
//! after it (以上, 以内, 左右), each with the bound it puts on the value.
//! One list, read by [`read`](super::read) to find the words and by
//! [`crate::quantity`] to say what they mean.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::text::{CharSet, WordIndex, first_char};

/// The bound a qualifier puts on a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualifier {
    /// 最高, 最多, 不超过, 不高于, 不大于, 至多, 以内, 以下, 及以下, 内: the
    /// value is a cap.
    AtMost,
    /// 最低, 最少, 不低于, 不少于, 不小于, 至少, 年满, 以上, 及以上: the
    /// value is a floor.
    AtLeast,
    /// 超过, 逾, 超, 高于, 大于, 多于: more than the value.
    MoreThan,
    /// 不足, 不到, 不满, 未满, 低于, 小于, 少于: less than the value.
    LessThan,
    /// 约, 大约, 近, 左右, 上下: about the value.
    About,
    /// 共, 共计, 合计, 总计, 累计: a total.
    Total,
}

impl std::fmt::Display for Qualifier {
    /// The bound in English words: `at most`, `at least`, `more than`,
    /// `less than`, `about`, `total`.
    ///
    /// ```
    /// assert_eq!(gongbao::quantity::Qualifier::AtMost.to_string(), "at most");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            AtMost => "at most",
            AtLeast => "at least",
            MoreThan => "more than",
            LessThan => "less than",
            About => "about",
            Total => "total",
        })
    }
}

use Qualifier::*;

/// A word next to a numeral: whether it marks the value as approximate,
/// and the bound it gives (none for 人民币, 达, 以外, 整).
pub(crate) type QualifierWord = (&'static str, bool, Option<Qualifier>);

/// Words before a numeral (longest match wins).
pub(crate) const PREFIXES: &[QualifierWord] = &[
    ("人民币", false, None),
    ("¥", false, None),
    ("￥", false, None),
    ("约", true, Some(About)),
    ("大约", true, Some(About)),
    ("大概", true, Some(About)),
    ("近", true, Some(About)),
    ("将近", true, Some(About)),
    ("接近", true, Some(About)),
    ("约合", true, Some(About)),
    ("逾", false, Some(MoreThan)),
    ("超", false, Some(MoreThan)),
    ("超过", false, Some(MoreThan)),
    ("超出", false, Some(MoreThan)),
    ("高于", false, Some(MoreThan)),
    ("大于", false, Some(MoreThan)),
    ("多于", false, Some(MoreThan)),
    ("低于", false, Some(LessThan)),
    ("小于", false, Some(LessThan)),
    ("少于", false, Some(LessThan)),
    ("高达", false, None),
    ("多达", false, None),
    ("达到", false, None),
    ("达", false, None),
    ("最高", false, Some(AtMost)),
    ("最多", false, Some(AtMost)),
    ("最低", false, Some(AtLeast)),
    ("最少", false, Some(AtLeast)),
    ("最长", false, Some(AtMost)),
    ("最短", false, Some(AtLeast)),
    ("不超过", false, Some(AtMost)),
    ("不高于", false, Some(AtMost)),
    ("不多于", false, Some(AtMost)),
    ("不大于", false, Some(AtMost)),
    ("未超过", false, Some(AtMost)),
    ("不小于", false, Some(AtLeast)),
    ("年满", false, Some(AtLeast)),
    ("不低于", false, Some(AtLeast)),
    ("不少于", false, Some(AtLeast)),
    ("不足", false, Some(LessThan)),
    ("不满", false, Some(LessThan)),
    ("不到", false, Some(LessThan)),
    ("未满", false, Some(LessThan)),
    ("至少", false, Some(AtLeast)),
    ("至多", false, Some(AtMost)),
    ("共", false, Some(Total)),
    ("共计", false, Some(Total)),
    ("合计", false, Some(Total)),
    ("总计", false, Some(Total)),
    ("累计", false, Some(Total)),
];

/// The first characters of [`PREFIXES`], where the scan for numerals
/// stops to read a word that may lead one. 人民币 is left out: 人 starts
/// too many words (人民, 人员) to stop at, and a sum in 人民币 reads as
/// money from its number on.
pub(crate) const PREFIX_STARTS: CharSet = first_chars(PREFIXES, Some('人'));

/// The characters of the longest word of [`PREFIXES`].
pub(crate) const LONGEST_PREFIX_CHARS: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < PREFIXES.len() {
        // Characters are the bytes that continue none.
        let bytes = PREFIXES[i].0.as_bytes();
        let (mut chars, mut k) = (0, 0);
        while k < bytes.len() {
            if bytes[k] & 0xC0 != 0x80 {
                chars += 1;
            }
            k += 1;
        }
        if chars > longest {
            longest = chars;
        }
        i += 1;
    }
    longest
};

/// The first characters of [`SUFFIXES`].
pub(crate) const SUFFIX_STARTS: CharSet = first_chars(SUFFIXES, None);

/// The first characters of the words of `table`, but `except`.
const fn first_chars(table: &[QualifierWord], except: Option<char>) -> CharSet {
    let mut set = CharSet::EMPTY;
    let mut i = 0;
    while i < table.len() {
        let Some(c) = first_char(table[i].0) else { panic!("an empty qualifier word") };
        if !matches!(except, Some(e) if e == c) {
            set = set.with(c);
        }
        i += 1;
    }
    set
}

/// Words after a numeral and its unit (longest match wins).
pub(crate) const SUFFIXES: &[QualifierWord] = &[
    ("左右", true, Some(About)),
    ("上下", true, Some(About)),
    ("前后", true, Some(About)),
    ("以上", false, Some(AtLeast)),
    ("以下", false, Some(AtMost)),
    // 2000万元及以上, 3年或以上: the value itself included, as with 以上.
    ("及以上", false, Some(AtLeast)),
    ("及以下", false, Some(AtMost)),
    ("或以上", false, Some(AtLeast)),
    ("或以下", false, Some(AtMost)),
    ("以内", false, Some(AtMost)),
    ("之内", false, Some(AtMost)),
    ("以外", false, None),
    ("内", false, Some(AtMost)),
    ("整", false, None),
];

/// Words that negate the comparison after them: 不得超过 is at most, 不得少于
/// at least.
const NEGATIONS: &[&str] = &["不得", "不应", "不能", "不可", "不宜", "不会", "不准", "不许"];

/// The bound of a comparison word after `before`, which may negate it
/// (不得|超过3年: at most 3 years).
pub(crate) fn after_negation(before: &str, q: Qualifier) -> Qualifier {
    if !NEGATIONS.iter().any(|w| before.ends_with(w)) {
        return q;
    }
    match q {
        MoreThan => AtMost,
        LessThan => AtLeast,
        q => q,
    }
}

/// Prefix words that may also stand before a grant verb (最高给予1亿元),
/// in the order they are tried.
pub(crate) const BEFORE_GRANT_VERB: &[&str] =
    &["最高", "最多", "不超过", "最低", "最少", "不低于", "不少于", "至多", "至少"];

/// Verbs between a qualifier and the amount it bounds: 最高给予, 最高可达,
/// 最高可补贴, 至少有.
pub(crate) const GRANT_VERBS: &[&str] = &[
    "给予",
    "可给予",
    "奖励",
    "可奖励",
    "补贴",
    "可补贴",
    "补助",
    "可补助",
    "资助",
    "可资助",
    "支持",
    "可达",
    "达到",
    "为",
    "按",
    "可",
    "有",
    "一次性给予",
];

/// The longest word of [`PREFIXES`] at the start of `s`.
pub(crate) fn prefix_word(s: &str) -> Option<&'static QualifierWord> {
    // Indexed once: the prefixes are looked up at every candidate numeral.
    static INDEX: LazyLock<WordIndex> = LazyLock::new(|| WordIndex::new(PREFIXES.iter().map(|q| q.0)));
    INDEX.longest(s).map(|i| &PREFIXES[i])
}

/// The longest word of [`SUFFIXES`] at the start of `s`.
pub(crate) fn suffix_word(s: &str) -> Option<&'static QualifierWord> {
    static INDEX: LazyLock<WordIndex> = LazyLock::new(|| WordIndex::new(SUFFIXES.iter().map(|q| q.0)));
    INDEX.longest(s).map(|i| &SUFFIXES[i])
}

/// The bound of a word of `table`.
pub(crate) fn bound(table: &[QualifierWord], word: &str) -> Option<Qualifier> {
    table.iter().find(|(w, ..)| *w == word).and_then(|&(_, _, q)| q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_before_a_grant_verb_are_prefixes_with_a_bound() {
        for w in BEFORE_GRANT_VERB {
            assert!(bound(PREFIXES, w).is_some(), "{w}");
        }
    }

    #[test]
    fn bounds_are_read_from_the_tables() {
        assert_eq!(bound(PREFIXES, "不超过"), Some(AtMost));
        assert_eq!(bound(PREFIXES, "人民币"), None);
        assert_eq!(bound(SUFFIXES, "以上"), Some(AtLeast));
        assert_eq!(bound(SUFFIXES, "整"), None);
        assert_eq!(bound(SUFFIXES, "最高"), None);
        assert_eq!(prefix_word("不超过1亿元").map(|e| e.0), Some("不超过"));
    }
}
