//! Words that contain a numeral character but count nothing, one list for
//! the phrase reader ([`read`](super::read)) and the running-text finder
//! ([`find_numerals`](super::find_numerals)).
//!
//! The rule: a lone 一 is no numeral when it makes a word with the
//! character next to it, unless a measure word or unit follows. Most such
//! words fail by the second half on their own (一律, 一般, 一致: 律, 般 and
//! 致 are no measure words), so the lists below hold only the words the
//! measure-word test cannot tell: those whose character after 一 also
//! begins a measure word (一方面, 一起, 一道, 一度), and those where 一
//! ends a word begun by the character before it (统一, 唯一).
//!
//! A lone 大写 digit (陆, 伍, 肆, 拾) is a number only before 元: elsewhere
//! it is part of a word (大陆架, 队伍, 肆意, 收拾).

use super::chars::UPPER_DIGITS;
use crate::text::Span;

/// Characters after which a lone 一 belongs to a word, not a count:
/// 统一, 唯一, 同一, 单一, 划一, 归一, 合一, 专一, 逐一, 万一, 不一, 之一,
/// 如一, 纯一, 均一, and 新一 "the new" (新一轮东北振兴, 新一年). (进一步
/// needs no entry: 步 is no measure word, and 引进一个项目 counts one.)
const BEFORE: &[char] =
    &['统', '唯', '同', '单', '划', '归', '合', '专', '逐', '万', '不', '之', '如', '纯', '均', '新'];

/// Words that begin with 一 and a character that also begins a measure
/// word (方面, 起, 道, 度, 头, 条, 大, 部, 次, 对, 批): set phrases, not one
/// of that unit (一大批 is "a great many", 一批 "a number of" as in 培育
/// 一批企业, 一次性 "one-off"; 第一大 and 第一批 stay ordinals and 一次 a
/// count).
const AFTER: &[&str] =
    &["一方面", "一起", "一道", "一度", "一头", "一条龙", "一大", "一批", "一部分", "一次性", "一对一"];

/// Whether the lone 一 at byte `at` of `text` (the whole numeral: no other
/// numeral character follows it) is part of a word.
pub(crate) fn yi_in_word(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    before.is_some_and(|b| BEFORE.contains(&b)) || AFTER.iter().any(|w| text[at..].starts_with(w))
}

/// Whether the numeral at `span` of `text` is a lone 大写 digit inside a
/// word: 大陆架, 陆续, 队伍, 入伍, 肆意, 收拾. 陆, 伍, 肆 and 拾 are numbers on
/// a cheque, next to other 大写 numerals (伍仟) or before 元 (伍元).
pub(crate) fn upper_digit_in_word(text: &str, span: Span) -> bool {
    let mut chars = text[span.start..span.end].chars();
    let (Some(c), None) = (chars.next(), chars.next()) else { return false };
    let upper = c != '零' && UPPER_DIGITS.contains(&c) || c == '拾';
    upper && !text[span.end..].starts_with(['元', '圆', '角', '整'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_told_from_counts() {
        for (text, at) in
            [("统一组织", 3), ("一方面", 0), ("一起", 0), ("唯一一个", 3), ("培育一批企业", 6), ("新一轮", 3)]
        {
            assert!(yi_in_word(text, at), "{text}");
        }
        for (text, at) in [("一个", 0), ("一项", 0), ("第一", 3), ("共一家", 3)] {
            assert!(!yi_in_word(text, at), "{text}");
        }
    }

    #[test]
    fn a_lone_upper_digit_is_part_of_a_word() {
        // 大陆架, 队伍组建; 伍元 and 伍仟 stay numbers.
        assert!(upper_digit_in_word("大陆架", Span::new(3, 6)));
        assert!(upper_digit_in_word("队伍组建", Span::new(3, 6)));
        assert!(!upper_digit_in_word("伍元", Span::new(0, 3)));
        assert!(!upper_digit_in_word("伍仟元", Span::new(0, 6)));
    }
}
