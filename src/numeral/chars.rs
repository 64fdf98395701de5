//! The numeral characters: one table, read by the parser, the formatter and
//! the finder.

/// What one numeral character means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumChar {
    /// 一…九 and their 大写, traditional and variant forms; 两 is
    /// `Digit(2)` with `liang`, 幺 is `Digit(1)` read only digit by digit.
    Digit(u8),
    /// 〇 ○ 零 (and Ｏ/O inside a run of Chinese digits).
    Zero,
    /// 十 百 千 (拾 佰 仟): 10, 100, 1000.
    Small(u32),
    /// 万 亿 (萬 億): exponent 4 or 8.
    Big(u32),
    /// 廿 卅 卌: 20, 30, 40 in one character.
    Tens(u8),
    /// 点 (點): the decimal point of a Chinese numeral.
    Point,
}

use NumChar::{Big, Digit, Point, Small, Tens, Zero};

use crate::text::CharSet;

/// Every numeral character and what it means.
const ENTRIES: &[(char, NumChar)] = &[
    ('〇', Zero),
    ('○', Zero),
    ('零', Zero),
    ('一', Digit(1)),
    ('壹', Digit(1)),
    ('弌', Digit(1)),
    ('幺', Digit(1)),
    ('二', Digit(2)),
    ('贰', Digit(2)),
    ('貳', Digit(2)),
    ('两', Digit(2)),
    ('兩', Digit(2)),
    ('弍', Digit(2)),
    ('三', Digit(3)),
    ('叁', Digit(3)),
    ('參', Digit(3)),
    ('弎', Digit(3)),
    ('叄', Digit(3)),
    ('四', Digit(4)),
    ('肆', Digit(4)),
    ('五', Digit(5)),
    ('伍', Digit(5)),
    ('六', Digit(6)),
    ('陆', Digit(6)),
    ('陸', Digit(6)),
    ('七', Digit(7)),
    ('柒', Digit(7)),
    ('八', Digit(8)),
    ('捌', Digit(8)),
    ('九', Digit(9)),
    ('玖', Digit(9)),
    ('十', Small(10)),
    ('拾', Small(10)),
    ('百', Small(100)),
    ('佰', Small(100)),
    ('千', Small(1000)),
    ('仟', Small(1000)),
    ('万', Big(4)),
    ('萬', Big(4)),
    ('亿', Big(8)),
    ('億', Big(8)),
    ('廿', Tens(2)),
    ('卅', Tens(3)),
    ('卌', Tens(4)),
    ('点', Point),
    ('點', Point),
];

/// [`ENTRIES`] by code point modulo this length: every character has a
/// slot of its own (checked when the table is built, at compile time), so
/// classifying is one division and one comparison, for every character of
/// running text.
const TABLE_LEN: usize = 162;

/// A slot no character holds.
const EMPTY: (u32, NumChar) = (u32::MAX, Zero);

static TABLE: [(u32, NumChar); TABLE_LEN] = build_table();

const fn build_table() -> [(u32, NumChar); TABLE_LEN] {
    let mut table = [EMPTY; TABLE_LEN];
    let mut i = 0;
    while i < ENTRIES.len() {
        let (c, kind) = ENTRIES[i];
        let slot = c as usize % TABLE_LEN;
        assert!(table[slot].0 == u32::MAX, "two numeral characters share a slot: change TABLE_LEN");
        table[slot] = (c as u32, kind);
        i += 1;
    }
    table
}

/// Classifies a character; `None` when it is no numeral character.
/// Arabic digits are not classified here (see `text::digit_value`).
#[inline]
pub(crate) fn classify(c: char) -> Option<NumChar> {
    let (cp, kind) = TABLE[c as usize % TABLE_LEN];
    (cp == c as u32).then_some(kind)
}

/// `at` moved past the layout spaces (ASCII and ideographic) that may
/// stand inside a numeral phrase (最高 300 万元, 2000 万). Byte by byte: the
/// phrase reader asks this several times at each candidate.
pub(crate) fn skip_spaces(s: &str, at: usize) -> usize {
    let b = s.as_bytes();
    let mut i = at;
    loop {
        match b.get(i..) {
            Some([b' ', ..]) => i += 1,
            Some([0xE3, 0x80, 0x80, ..]) => i += '\u{3000}'.len_utf8(),
            _ => return i,
        }
    }
}

/// The sign at the start of `s`, when a numeral follows it: `true` for
/// minus (负 負 - － − and 零下, below zero, of temperatures), `false` for
/// plus (正 + ＋); with the sign's length in bytes.
pub(crate) fn sign(s: &str) -> Option<(bool, usize)> {
    let c = s.chars().next()?;
    let (minus, len) = match c {
        '负' | '負' | '-' | '－' | '−' => (true, c.len_utf8()),
        '正' | '+' | '＋' => (false, c.len_utf8()),
        '零' if s.starts_with("零下") => (true, "零下".len()),
        _ => return None,
    };
    let next = s[skip_spaces(s, len)..].chars().next()?;
    NUMERAL_CHARS.contains(next).then_some((minus, len))
}

/// The Arabic digits of both widths (those [`crate::text::is_digit`] takes).
pub(crate) const ARABIC_DIGITS: CharSet = CharSet::EMPTY.with_range('0', '9').with_range('０', '９');

/// The numeral characters other than 点 and the Arabic digits: those a
/// numeral may start with, as a set for scans of running text.
pub(crate) const NUMERAL_STARTS: CharSet = {
    let mut set = ARABIC_DIGITS;
    let mut i = 0;
    while i < ENTRIES.len() {
        if !matches!(ENTRIES[i].1, Point) {
            set = set.with(ENTRIES[i].0);
        }
        i += 1;
    }
    set
};

/// Every numeral character: the Arabic digits and those [`classify`]
/// knows, 点 included.
pub(crate) const NUMERAL_CHARS: CharSet = {
    let mut set = ARABIC_DIGITS;
    let mut i = 0;
    while i < ENTRIES.len() {
        set = set.with(ENTRIES[i].0);
        i += 1;
    }
    set
};

/// The characters of a month or day numeral: Arabic digits, 〇 零 and the
/// digits 一…九 but 两, 十 and 廿 卅 卌 (`date::lex::is_md_char`).
pub(crate) const MONTH_DAY_CHARS: CharSet = {
    let mut set = ARABIC_DIGITS;
    let mut i = 0;
    while i < ENTRIES.len() {
        let (c, kind) = ENTRIES[i];
        if matches!(kind, Zero | Small(10) | Tens(_)) || matches!(kind, Digit(_)) && !matches!(c, '两' | '兩') {
            set = set.with(c);
        }
        i += 1;
    }
    set
};

/// Whether `c` is 两/兩, which counts but is never written digit by digit.
pub(crate) fn is_liang(c: char) -> bool {
    matches!(c, '两' | '兩')
}

/// Whether `c` is 幺, the 一 of digit strings read aloud (幺八九, room and
/// telephone numbers), which is never a place value: 幺百 is no number.
pub(crate) fn is_yao(c: char) -> bool {
    c == '幺'
}

/// Lower-case digits for formatting, indexed by value.
pub(crate) const LOWER_DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/// 大写 digits for formatting, indexed by value.
pub(crate) const UPPER_DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
/// Lower-case 十 百 千.
pub(crate) const LOWER_SMALL: [char; 3] = ['十', '百', '千'];
/// 大写 拾 佰 仟.
pub(crate) const UPPER_SMALL: [char; 3] = ['拾', '佰', '仟'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeral_chars_are_the_digits_and_the_classified() {
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            assert_eq!(NUMERAL_CHARS.contains(c), crate::text::is_digit(c) || classify(c).is_some(), "{c}");
        }
    }
}
