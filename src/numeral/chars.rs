//! The numeral characters: one table, read by the parser, the formatter and
//! the finder.

/// What one numeral character means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumChar {
    /// 一…九 and their 大写 and variant forms; 两 is `Digit(2)` with `liang`.
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

/// Classifies a character; `None` when it is no numeral character.
/// Arabic digits are not classified here (see `text::digit_value`).
pub(crate) fn classify(c: char) -> Option<NumChar> {
    Some(match c {
        '〇' | '○' | '零' => NumChar::Zero,
        '一' | '壹' | '弌' => NumChar::Digit(1),
        '二' | '贰' | '貳' | '两' | '兩' | '弍' => NumChar::Digit(2),
        '三' | '叁' | '參' | '弎' | '叄' => NumChar::Digit(3),
        '四' | '肆' => NumChar::Digit(4),
        '五' | '伍' => NumChar::Digit(5),
        '六' | '陆' | '陸' => NumChar::Digit(6),
        '七' | '柒' => NumChar::Digit(7),
        '八' | '捌' => NumChar::Digit(8),
        '九' | '玖' => NumChar::Digit(9),
        '十' | '拾' => NumChar::Small(10),
        '百' | '佰' => NumChar::Small(100),
        '千' | '仟' => NumChar::Small(1000),
        '万' | '萬' => NumChar::Big(4),
        '亿' | '億' => NumChar::Big(8),
        '廿' => NumChar::Tens(2),
        '卅' => NumChar::Tens(3),
        '卌' => NumChar::Tens(4),
        '点' | '點' => NumChar::Point,
        _ => return None,
    })
}

/// Whether `c` is 两/兩, which counts but is never written digit by digit.
pub(crate) fn is_liang(c: char) -> bool {
    matches!(c, '两' | '兩')
}

/// Lower-case digits for formatting, indexed by value.
pub(crate) const LOWER_DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/// 大写 digits for formatting, indexed by value.
pub(crate) const UPPER_DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
/// Lower-case 十 百 千.
pub(crate) const LOWER_SMALL: [char; 3] = ['十', '百', '千'];
/// 大写 拾 佰 仟.
pub(crate) const UPPER_SMALL: [char; 3] = ['拾', '佰', '仟'];
