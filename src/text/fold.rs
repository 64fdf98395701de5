//! Width folding and character classes for matching.
//!
//! Real gazette text mixes full-width and half-width forms freely: (一) and
//! （一）, : and ：, 2023 and ２０２３. Grammars match on the *folded* form of
//! each character and keep spans into the original text; the text itself is
//! never rewritten.
//!
//! Folding maps the full-width ASCII block (U+FF01–U+FF5E) to ASCII, the
//! ideographic space U+3000 and no-break space U+00A0 to a space, and the
//! ideographic full stop variant ． to `.`. CJK-only marks with no ASCII twin
//! (、。《》〔〕【】) stay as they are; [`is_open_bracket`] and friends group
//! them by role.

use std::borrow::Cow;

/// Folds one character to its half-width form for matching.
///
/// ```
/// use gongbao::text::fold_char;
/// assert_eq!(fold_char('（'), '(');
/// assert_eq!(fold_char('：'), ':');
/// assert_eq!(fold_char('２'), '2');
/// assert_eq!(fold_char('Ａ'), 'A');
/// assert_eq!(fold_char('\u{3000}'), ' ');
/// assert_eq!(fold_char('〔'), '〔');
/// ```
pub const fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => match char::from_u32(c as u32 - 0xFF01 + 0x21) {
            Some(f) => f,
            None => c,
        },
        '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => ' ',
        '\u{FF61}' => '.', // halfwidth ideographic full stop ｡ is rare; keep as '.'
        _ => c,
    }
}

/// Folds a whole string, returning a new string (for keys and comparisons,
/// never for spans).
///
/// ```
/// assert_eq!(gongbao::text::fold("（责任单位：市财政局）"), "(责任单位:市财政局)");
/// ```
pub fn fold(s: &str) -> String {
    // Folding never lengthens a character: one allocation, never grown.
    // Only characters whose UTF-8 starts with one of [`FOLDING_LEADS`]
    // fold; the runs between them are copied whole.
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if !FOLDING_LEAD[usize::from(b)] {
            continue;
        }
        // A lead byte starts a character: `i` is a boundary.
        let Some(c) = s[i..].chars().next() else { break };
        let f = fold_char(c);
        if f != c {
            out.push_str(&s[copied..i]);
            out.push(f);
            copied = i + c.len_utf8();
        }
    }
    out.push_str(&s[copied..]);
    out
}

/// First bytes of the UTF-8 of every character [`fold_char`] changes:
/// U+00A0 (C2), U+2002–U+205F (E2), U+3000 (E3), U+FF01–U+FF61 (EF).
const FOLDING_LEADS: [u8; 4] = [0xC2, 0xE2, 0xE3, 0xEF];

/// [`FOLDING_LEADS`] as a table: one lookup a byte.
static FOLDING_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < FOLDING_LEADS.len() {
        t[FOLDING_LEADS[k] as usize] = true;
        k += 1;
    }
    t
};

/// Whether `c` is an ASCII digit after folding (0-9 or ０-９). Unlike
/// regex's `\d`, nothing else counts.
///
/// ```
/// use gongbao::text::is_digit;
/// assert!(is_digit('7') && is_digit('７'));
/// assert!(!is_digit('七') && !is_digit('٣'));
/// ```
pub const fn is_digit(c: char) -> bool {
    // The digits `fold_char` folds to ASCII ones, matched directly: this is
    // asked of nearly every character numerals and dates look at.
    matches!(c, '0'..='9' | '０'..='９')
}

/// The value of an ASCII or full-width digit.
///
/// ```
/// assert_eq!(gongbao::text::digit_value('８'), Some(8));
/// assert_eq!(gongbao::text::digit_value('八'), None);
/// ```
pub const fn digit_value(c: char) -> Option<u32> {
    // The digits `fold_char` folds to ASCII ones, matched directly.
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Whether `c` is layout space: ASCII whitespace, U+3000, NBSP or another
/// Unicode space, or a BOM.
///
/// ```
/// assert!(gongbao::text::is_space('\u{3000}'));
/// assert!(!gongbao::text::is_space('、'));
/// ```
pub fn is_space(c: char) -> bool {
    // No whitespace lies above U+3000: Han text is turned away by one
    // comparison.
    if c > '\u{3000}' {
        return c == '\u{FEFF}';
    }
    c.is_whitespace()
}

/// Opening round brackets of either width: `(` `（`.
pub const fn is_open_paren(c: char) -> bool {
    matches!(c, '(' | '（')
}

/// Closing round brackets of either width: `)` `）`.
pub const fn is_close_paren(c: char) -> bool {
    matches!(c, ')' | '）')
}

/// Any opening bracket a 发文字号 year or a heading may stand in:
/// `〔 [ ［ ( （ 【 〖 ｛ {`.
///
/// ```
/// use gongbao::text::{is_open_bracket, closing_bracket};
/// assert!(is_open_bracket('〔') && is_open_bracket('［'));
/// assert_eq!(closing_bracket('【'), Some('】'));
/// ```
pub const fn is_open_bracket(c: char) -> bool {
    closing_bracket(c).is_some()
}

/// The closing twin of an opening bracket.
pub const fn closing_bracket(c: char) -> Option<char> {
    Some(match c {
        '〔' => '〕',
        '[' => ']',
        '［' => '］',
        '(' => ')',
        '（' => '）',
        '【' => '】',
        '〖' => '〗',
        '{' => '}',
        '｛' => '｝',
        '《' => '》',
        '〈' => '〉',
        '「' => '」',
        '『' => '』',
        _ => return None,
    })
}

/// Any closing bracket known to [`closing_bracket`].
pub const fn is_close_bracket(c: char) -> bool {
    matches!(c, '〕' | ']' | '］' | ')' | '）' | '】' | '〗' | '}' | '｝' | '》' | '〉' | '」' | '』')
}

/// Colons of either width: `:` `：`.
pub const fn is_colon(c: char) -> bool {
    matches!(c, ':' | '：')
}

/// Commas and the enumeration comma: `,` `，` `、`.
pub const fn is_comma(c: char) -> bool {
    matches!(c, ',' | '，' | '、')
}

/// Marks that end a sentence: `。！？；` and their half-width forms `!?;`,
/// and the full-width full stop `．`. A half-width `.` is not one: it is a
/// decimal point or a list marker far more often.
///
/// ```
/// assert!(gongbao::text::is_sentence_end('。'));
/// assert!(gongbao::text::is_sentence_end(';'));
/// assert!(!gongbao::text::is_sentence_end('.'));
/// ```
pub const fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';')
}

/// Dashes used in ranges and lead-ins: `- — – ― ─ ～ ~ －`.
pub const fn is_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '―' | '─' | '－' | '～' | '~' | '‒' | '⁓')
}

/// CJK ideographs (the unified blocks and extension A), the characters
/// between which a space is layout, not meaning.
///
/// ```
/// assert!(gongbao::text::is_han('沪'));
/// assert!(!gongbao::text::is_han('A'));
/// ```
pub const fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}' | '〇')
}

/// CJK punctuation and full-width forms: characters that are "wide" like
/// ideographs for the purpose of removing layout spaces.
pub const fn is_cjk_punct(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}' | '\u{2014}' | '\u{2026}' | '“' | '”' | '‘' | '’' | '·')
}

/// A string with layout whitespace removed.
///
/// A run of whitespace (line breaks included) is dropped when both of its
/// neighbours are wide (CJK characters or CJK punctuation), or when one is
/// wide and the other a digit or a sign that goes with numbers (`2023 年`,
/// `2000 万元`, `70% 整治`): PDF extraction and line wrapping put those
/// spaces there. Next to a Latin letter a space is kept as one space, since
/// it separates words (`康复治疗 and 护理`, `核壳蛋白 N 包裹着`); so is a run
/// between Latin words. Leading and trailing whitespace goes.
///
/// This is the crate's one rule for titles, names and clause text: a line
/// break or a stray space inside 关于 新时期强化投资促进 is layout.
///
/// ```
/// use gongbao::text::strip_layout_spaces;
/// assert_eq!(strip_layout_spaces("关于 新时期强化投资促进 加快建设现代化 产业体系"),
///            "关于新时期强化投资促进加快建设现代化产业体系");
/// assert_eq!(strip_layout_spaces("2023 年上海市政务公开工作要点"), "2023年上海市政务公开工作要点");
/// assert_eq!(strip_layout_spaces("市精神文明\n办"), "市精神文明办");
/// assert_eq!(strip_layout_spaces("最高 2000 万元"), "最高2000万元");
/// assert_eq!(strip_layout_spaces("康复治疗 and 护理"), "康复治疗 and 护理");
/// assert_eq!(strip_layout_spaces("为β\n属冠状病毒"), "为β属冠状病毒");
/// assert_eq!(strip_layout_spaces("variant\nof concern"), "variant of concern");
/// assert_eq!(strip_layout_spaces("  New  Deal "), "New Deal");
/// ```
pub fn strip_layout_spaces(s: &str) -> String {
    stripped_layout_spaces(s).into_owned()
}

/// [`strip_layout_spaces`], borrowing `s` when it holds no layout space at
/// all (most paragraphs and names): nothing is copied then.
pub(crate) fn stripped_layout_spaces(s: &str) -> Cow<'_, str> {
    let bytes = s.as_bytes();
    let mut i = next_candidate(bytes, 0);
    while i < bytes.len() && space_len(bytes, i) == 0 {
        i = next_candidate(bytes, i + 1);
    }
    if i >= bytes.len() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    // Copy the stretches between whitespace runs whole, recognising the
    // spaces from their bytes; decide each run from the characters on its
    // two sides.
    let mut stretch = 0;
    loop {
        i = next_candidate(bytes, i);
        if i >= bytes.len() {
            break;
        }
        if space_len(bytes, i) == 0 {
            i += 1;
            continue;
        }
        let run = i;
        let mut line_break = false;
        while i < bytes.len() {
            let n = space_len(bytes, i);
            if n == 0 {
                break;
            }
            line_break |= matches!(bytes[i], b'\n' | b'\r');
            i += n;
        }
        out.push_str(&s[stretch..run]);
        stretch = i;
        if let (Some(p), Some(n)) = (out.chars().next_back(), s[i..].chars().next()) {
            let keep = if line_break { !joins_lines(p, n) } else { keeps_space(p, n) };
            if keep {
                out.push(' ');
            }
        }
    }
    out.push_str(&s[stretch..]);
    Cow::Owned(out)
}

/// Lead bytes of the multi-byte [`is_space`] characters: U+0085/U+00A0
/// (C2), U+1680 (E1), U+2000–U+205F (E2), U+3000 (E3), U+FEFF (EF).
const SPACE_LEADS: [u8; 5] = [0xC2, 0xE1, 0xE2, 0xE3, 0xEF];

const fn is_space_lead(b: u8) -> bool {
    let mut k = 0;
    while k < SPACE_LEADS.len() {
        if SPACE_LEADS[k] == b {
            return true;
        }
        k += 1;
    }
    false
}

/// First bytes of the [`is_space`] characters (see [`space_len`]): a table,
/// so that the bytes of ordinary text are passed over with one lookup.
static MAY_START_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(b as u8, b'\t'..=b'\r' | b' ') || is_space_lead(b as u8);
        b += 1;
    }
    t
};

/// The first byte at or after `i` that [`MAY_START_SPACE`] flags, or the
/// length of `bytes`. Blocks of bytes where no space may start are
/// passed over whole: the test is written byte by byte with no table and
/// no early exit, which the compiler turns into a few vector instructions
/// per block. It is a necessary condition only (a false alarm costs a
/// walk through the block); E3 and EF, which lead the full-width
/// punctuation of every sentence (。、，：), alarm only with the third
/// byte of U+3000 (E3 80 80) or U+FEFF (EF BB BF) two bytes on.
fn next_candidate(bytes: &[u8], mut i: usize) -> usize {
    const BLOCK: usize = 32;
    let may_start = |b: u8, third: u8| {
        b < 0x21
            || b == 0xC2
            || b & 0xFE == 0xE0
            || b == 0xE2
            || (b == 0xE3 && third == 0x80)
            || (b == 0xEF && third == 0xBF)
    };
    while let (Some(block), Some(thirds)) = (bytes.get(i..i + BLOCK), bytes.get(i + 2..i + 2 + BLOCK)) {
        if block.iter().zip(thirds).fold(false, |any, (&b, &t)| any | may_start(b, t)) {
            break;
        }
        i += BLOCK;
    }
    while i < bytes.len() && !MAY_START_SPACE[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

/// The length in bytes of the [`is_space`] character at byte `i` of
/// `bytes`, or 0 when none starts there: read from the UTF-8 bytes, since
/// nearly all bytes of Chinese text are turned away by their first byte.
/// Continuation bytes (80–BF) never start one.
fn space_len(bytes: &[u8], i: usize) -> usize {
    let next2 = || bytes.get(i + 1..i + 3);
    match bytes[i] {
        b'\t'..=b'\r' | b' ' => 1,
        0xC2 if matches!(bytes.get(i + 1), Some(0x85 | 0xA0)) => 2, // U+0085, U+00A0
        0xE1 if next2() == Some(&[0x9A, 0x80]) => 3,                // U+1680
        0xE2 if matches!(next2(), Some([0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF] | [0x81, 0x9F])) => 3, // U+2000–U+205F
        0xE3 if next2() == Some(&[0x80, 0x80]) => 3,                // U+3000
        0xEF if next2() == Some(&[0xBB, 0xBF]) => 3,                // U+FEFF
        _ => 0,
    }
}

/// Whether a line break between `a` and `b` (with the spaces around it) is
/// layout, the two lines one run of text: next to a wide character, and
/// between a non-CJK symbol and CJK text (β / 属冠状病毒); between two Latin
/// words it is a space.
pub(super) fn joins_lines(a: char, b: char) -> bool {
    is_wide(a) || is_wide(b) || !(a.is_alphanumeric() && b.is_alphanumeric())
}

/// Whether a space between `a` and `b` means something.
fn keeps_space(a: char, b: char) -> bool {
    let numeric = |c: char| is_digit(c) || matches!(c, '%' | '％' | '‰' | '.' | '-' | '—' | '～' | '~' | '/');
    match (is_wide(a), is_wide(b)) {
        (true, true) => false,
        (true, false) => !numeric(b),
        (false, true) => !numeric(a),
        (false, false) => true,
    }
}

fn is_wide(c: char) -> bool {
    is_han(c) || is_cjk_punct(c) || is_close_bracket(c) && !c.is_ascii() || is_open_bracket(c) && !c.is_ascii()
}

/// [`strip_layout_spaces`] followed by [`fold`]: the key under which titles
/// are compared when linking (an interpretation to the document it names).
///
/// ```
/// use gongbao::text::match_key;
/// assert_eq!(match_key("关于 新时期强化投资促进（试行）"), match_key("关于新时期强化投资促进(试行)"));
/// ```
pub fn match_key(s: &str) -> String {
    fold(&stripped_layout_spaces(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_changes_only_characters_with_a_folding_lead_byte() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let one = c.to_string();
            assert_eq!(fold(&one), fold_char(c).to_string(), "{c:?}");
            if fold_char(c) != c {
                assert!(FOLDING_LEADS.contains(&one.as_bytes()[0]), "{c:?}");
            }
        }
        assert_eq!(fold("（一）２０２３年\u{3000}第５期：a\u{a0}b"), "(一)2023年 第5期:a b");
    }

    #[test]
    fn is_space_is_unicode_whitespace_or_a_bom() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace() || c == '\u{FEFF}', "{c:?}");
        }
    }

    #[test]
    fn spaces_are_recognised_from_their_bytes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let encoded = c.encode_utf8(&mut buf).as_bytes();
            let expected = if is_space(c) { encoded.len() } else { 0 };
            assert_eq!(space_len(encoded, 0), expected, "{c:?}");
        }
    }

    #[test]
    fn candidates_are_found_in_every_position_of_a_word() {
        for b in 0..=255u8 {
            for at in 0..20 {
                let mut bytes = vec![b'a'; 20];
                bytes[at] = b;
                let expected = if MAY_START_SPACE[usize::from(b)] { at } else { 20 };
                assert_eq!(next_candidate(&bytes, 0), expected, "{b:#x} at {at}");
            }
        }
    }

    #[test]
    fn no_space_is_passed_over_by_the_block_skip() {
        // Texts longer than a block, of Han and full-width punctuation whose
        // first bytes a space shares but which raise no alarm themselves (、
        // would: E3 80 81 has U+3000's third byte two bytes on), with one
        // space at each offset.
        let filler = "中，。";
        for space in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| is_space(c)) {
            for k in 0..48 {
                let before: String = filler.chars().cycle().take(k).collect();
                let text = format!("{before}{space}{}", filler.repeat(12));
                let at = before.len();
                let mut i = next_candidate(text.as_bytes(), 0);
                while i < at {
                    i = next_candidate(text.as_bytes(), i + 1);
                }
                assert_eq!(i, at, "{space:?} after {k} characters");
            }
        }
    }

    #[test]
    fn runs_of_mixed_spaces_next_to_flagged_non_spaces() {
        // 、 (E3 80 81) and ， (EF BC 8C) share first bytes with spaces.
        assert_eq!(strip_layout_spaces("、\u{3000} \u{A0}，\u{FEFF}。 a"), "、，。 a");
        assert_eq!(strip_layout_spaces("\u{2002}x\u{2028}y\u{85}"), "x y");
    }
}
