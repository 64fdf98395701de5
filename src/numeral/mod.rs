//! Chinese numerals, both ways.
//!
//! | Written | Value | Function |
//! |---|---|---|
//! | 三千零五, 一千零五, 一万零五百 | 3005, 1005, 10500 | [`parse`] |
//! | 十五, 一十五, 十万 | 15, 15, 100000 | [`parse`] |
//! | 壹佰贰拾, 两千 | 120, 2000 | [`parse`] |
//! | 三万亿, 一亿亿 | 3×10^12, 10^16 | [`parse`] |
//! | 一百十一, 二千十七, 伍亿柒仟万拾柒, 两千五, 一万五, 3万2 | 111, 2017, 570000017, 2500, 15000, 32000 | [`parse`] |
//! | 二〇二三, 二○一二, 一〇二 | 2023, 2012, 102 | [`parse`] |
//! | 三点一四, 1.5亿, 0.35万, 2000 万, ３０００万 | 3.14, 150000000, 3500, 20000000, 30000000 | [`parse`] |
//! | 负0.5, 百分之三十, 30%, 5‰, 三分之一 | −0.5, 0.3, 0.3, 0.005, 1/3 | [`parse`] |
//! | 第十期, 总第538期, 约200人, 3—6个月, 三四个, 十七八岁 | see [`read`] | [`read`] |
//! | 壹佰壹拾壹圆整, 玖仟陆佰陆拾伍圆壹角捌分, 十块三毛, 一百三十五块六角七分钱, 两个亿 | 111, 9665.18, 10.3, 135.67, 200000000 | [`read`] |
//! | 100万千瓦, 十千瓦, 200千米, 50千克, 2百分点 | 1000000, 10, 200, 50, 2 (of the unit) | [`read`] |
//! | 一一, 一七二零点一, 一二点三零, 幺八九, 二0二三, 点五零, 三点1 | 11, 1720.1, 12.3, 189, 2023, 0.5, 3.1 | [`parse`] |
//! | 正5, 負三萬, 百分之负三点八, 负百分之点二八, 零下5 | 5, −30000, −0.038, −0.0028, −5 | [`parse`] |
//! | 82，225.00, 233,333，333,434.344, 15k, 30w, 1.5w | 82225, 233333333434.344, 15000, 300000, 15000 | [`parse`] |
//! | 港币50元, 新台币3000元, 50韩元, 50泰铢, 30w左右 | 50, 3000, 50, 50, 300000 (with the currency of [`Reading::currency`]) | [`read`] |
//! | 1万元--5万元, 10~15k元, 两到三仟, 八到九百亿, 1万(含)-5万元, -36～-8℃, 从3万到5万元 | 10000–50000, 10000–15000, 2000–3000, 8×10^10–9×10^10, 10000–50000, −36–−8, 30000–50000 | [`read`] |
//! | 10万元以上50万元以下, 三年以上七年以下, 20吨以上不满30吨 | 100000–500000, 3–7, 20–30 | [`read`] |
//! | 1∶500, 1:500 | 1/500 (the ratio 1∶500 in [`Reading::ratio`]) | [`read`] |
//! | (二十四), （三十四）, (总第 538 期), 1500 余条, 每五年 | 24, 34, 538, 1500 (approximate), 5 | [`read`] |
//! | running text | every numeral with its span | [`find_numerals`] |
//! | 10005 | 一万零五, 壹万零伍 | [`format()`] |
//!
//! Values are [`Number`]s: exact rationals, so 1.5亿 is exactly 150000000
//! and 三分之一 exactly 1/3. Malformed numerals (十十, 百千, 点点, 万一) are
//! errors that point at the faulty character; see the grammar rules in the
//! docs of [`parse`].
//!
//! Omissions are read as people mean them: 十 with no digit after a higher
//! unit is 一十 (一百十一 = 111), and one digit right after 百, 千, 万 or 亿
//! counts in the next place down (两千五 = 2500, 3万2 = 32000). Refused or
//! kept on purpose: 十一 stays 11; 百十 (about a hundred) is no number; an
//! Arabic number of two or more digits after a unit keeps its value
//! (3万25 = 30025).
//!
//! Money: [`read`] takes 元 and 圆 as yuan, then 角 (or 毛) and 分, then 钱
//! or 整; 块 is yuan only with such a tail or as 块钱 (三块 alone is a
//! counter, 三块牌子). 个 between a count and 万/亿 is a filler (两个亿).
//!
//! Digit strings: two or more digits and no unit are read one by one
//! (二〇二三, 一一 = 11, 幺八九 = 189 with 幺 for 一, 二0二三 with Arabic
//! digits among them), with a decimal part or not (一二点三零 = 12.30);
//! Arabic digits after 点 are its decimals (三点1), and 点 with nothing
//! before it is below one (点五零 = 0.5). Decided: two digits one apart
//! (三四, 七八, and 三五) are an approximate pair, not a digit string, and
//! need a measure word (三四个); two digits read one by one are a number
//! only alone: followed by a word they are part of it (一一对应,
//! 五五购物节), and in running text they never count. 幺 is never a place
//! value (幺百 is refused); 两 never a digit of a string.
//!
//! Signs: 负, 負, -, and 零下 (temperatures) before a number make it
//! negative, 正 and + leave it; a share's sign may stand before 百分之 or
//! after it (负百分之点二八, 百分之负三点八).
//!
//! Traditional forms are the simplified ones: 萬 億 兩 負 點 參 陸 貳 and
//! 圓 個 噸 頭 百分點 as units.
//!
//! Grouped digits take half- or full-width commas before each group of
//! three (82，225.00); decided: a full-width comma groups only in a number
//! with a decimal part or a half-width comma as well, or in a number that
//! is the whole phrase (1，000), since running text lists numbers with it
//! (分别为100，200人 stays two numbers). k and w (or K, W) right after Arabic digits are 千
//! and 万 (15k, 30w) unless another Latin letter follows (10kV, 5km). In
//! running text a number touching Latin letters is never read.
//!
//! Currencies: a currency written before the number (人民币, 港币, 新台币,
//! 美元…) or after it (元, 港元, 欧元, 韩元, 泰铢, 卢布, 日元, 英镑…) is
//! reported by [`Reading::currency`]; money other than 元 is not converted.
//!
//! Ranges (see `range.rs` for the rules): 至, 到 or a dash, single or
//! doubled, between two sides; (含) or (不含) after the left side; a sign
//! on either side. The unit written once belongs to both ends: 两到三仟 is
//! 2000–3000, 八到九百亿 80000000000–90000000000, 10~15k 10000–15000.
//! Decided: 三到五十 is 30–50 (as 二三十 is 20–30), 三五百 300–500, 几十
//! 20–90 and 十几 11–19. Negative ends written by magnitude are put in
//! order (-30℃至-39.9℃ is −39.9 to −30). A floor and a cap in the same
//! unit are one range (10万元以上50万元以下, 20吨以上不满30吨); the
//! range does not say whether its ends are included.
//!
//! Ratios: A∶B or A:B of two plain numbers reads as the quotient A/B
//! (1∶500 = 0.002), with both terms kept in [`Reading::ratio`]; only
//! [`read`] takes them, as running text writes times of day the same way
//! (10:30).
//!
//! Labels and layout: a numeral alone in brackets is a label, read as an
//! ordinal ((二十四), （三十四）, (总第 538 期)); layout spaces may stand
//! before 余/多 (1500 余条); 每 and 从 may open a phrase (每五年).
//!
//! Words that only contain 一 are refused (一方面, 一律, 一般, 统一,
//! 一致, 进一步): a lone 一 followed by a character that makes a word with
//! it is no numeral unless a measure word follows, and the few words whose
//! second character is also a measure word (一方面, 一起, 一道, 一度) or
//! whose 一 ends a word (统一, 唯一) are listed in one place that
//! [`read`] and [`find_numerals`] share.
//!
//! Units that begin with a numeral character (千瓦, 千克, 千米, 百分点) end
//! the numeral where the numeral cannot take that place (100万千瓦 is a
//! million 千瓦, 十千瓦 ten) or where the rest is no unit (五千瓦 is 5 千瓦).
//! Where both readings work, the numeral keeps the character: 五千克 is
//! 5000 克 and 三千米 3000 米, the same mass and length as 5 千克, 3 千米.

mod chars;
mod fault;
mod find;
mod format;
mod grammar;
mod measure;
mod number;
mod qualifier;
mod range;
mod reading;
mod words;

pub use fault::NumeralFault;
pub use find::find_numerals;
pub(crate) use find::{FIRST as NUMERAL_FIRST, Tokens, each_numeral};
pub use format::{Style, format, format_digits};
pub use measure::{Measure, QuantityKind, measure_word};
pub use number::Number;
pub use qualifier::Qualifier;
pub(crate) use qualifier::{BEFORE_GRANT_VERB, GRANT_VERBS, PREFIXES, SUFFIXES, after_negation, bound};
pub(crate) use reading::read_at;
pub use reading::starts_numeral;
pub use reading::{Amount, Reading, read};

use crate::error::Error;
use crate::text::Span;
use grammar::{Eval, evaluate, lex};

// The character table, shared with the date grammar so that dates do not
// keep a second list of numeral characters.
pub(crate) use chars::{MONTH_DAY_CHARS, NUMERAL_CHARS, NumChar, classify, is_liang};

fn err(span: Span, fault: NumeralFault) -> Error {
    Error::at(span, fault)
}

/// Parses a whole string as one cardinal number.
///
/// Accepts Chinese numerals (lower-case and 大写, with 零 and 两, 十 and 一十,
/// 万/亿 up to 亿亿 and beyond while the value fits), digit-by-digit forms
/// (二〇二三), decimals (三点一四, 1.5), Arabic digits of either width with
/// thousands separators, Arabic digits mixed with units (3000万, 1 亿),
/// negatives (负, -), percents and per-mille (百分之三十, 30%, 千分之五, 5‰)
/// and fractions (三分之一, 1/3). Spaces between the parts are allowed.
///
/// Rejects, with the span of the fault: repeated or ascending units (十十,
/// 百千), 万/亿 without a number (万一), two digits in a row with units
/// around them (五五十; 三四 is an approximate pair that only [`read`]
/// accepts, and 五五 alone the digit string 55), a second decimal point
/// (点点), 零 at the end, and values beyond ±1.7×10^38
/// ([`NumeralFault::Overflow`]).
///
/// ```
/// use gongbao::numeral::{parse, Number};
/// assert_eq!(parse("三千零五").unwrap(), Number::from(3005));
/// assert_eq!(parse("1.5亿").unwrap(), Number::from(150_000_000));
/// assert_eq!(parse("0.35万").unwrap(), Number::from(3500));
/// assert_eq!(parse("百分之三十").unwrap(), Number::ratio(3, 10).unwrap());
/// assert_eq!(parse("二〇二三").unwrap(), Number::from(2023));
/// assert_eq!(parse("一亿亿").unwrap(), Number::from(10i128.pow(16)));
/// let e = parse("一百二十十").unwrap_err();
/// assert_eq!(e.span().start, "一百二十".len());
/// assert!(parse("点点").is_err());
/// ```
pub fn parse(s: &str) -> Result<Number, Error> {
    if let Some(v) = ascii_integer(s).or_else(|| grammar::fast_integer(s)) {
        return Ok(Number::from(v));
    }
    let (start, body) = trim(s);
    parse_at(body).map_err(|e| e.shifted(start))
}

/// A short run of ASCII digits and nothing else (the 4 and 18 of 4月18日,
/// which the date grammar reads by the hundred): its value, as the full
/// grammar reads it, without lexing.
fn ascii_integer(s: &str) -> Option<i128> {
    if s.is_empty() || s.len() > 18 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.bytes().fold(0, |v, b| v * 10 + i128::from(b - b'0')))
}

/// Parses a whole string as one integer (see [`parse`]); a fraction or
/// decimal that is not whole is an error.
///
/// ```
/// assert_eq!(gongbao::numeral::parse_integer("两千").unwrap(), 2000);
/// assert!(gongbao::numeral::parse_integer("1.5").is_err());
/// ```
pub fn parse_integer(s: &str) -> Result<i128, Error> {
    let n = parse(s)?;
    n.to_integer().ok_or_else(|| err(Span::new(0, s.len()), NumeralFault::NotWhole))
}

/// Reads a string of digits one by one, as years are written: 二〇二三,
/// 一九九八, 二○一二, 2023, ２０２３. Units are not allowed.
///
/// ```
/// use gongbao::numeral::parse_digit_sequence;
/// assert_eq!(parse_digit_sequence("二〇二三").unwrap(), 2023);
/// assert_eq!(parse_digit_sequence("一九九八").unwrap(), 1998);
/// assert_eq!(parse_digit_sequence("九八").unwrap(), 98);
/// assert!(parse_digit_sequence("二千").is_err());
/// ```
pub fn parse_digit_sequence(s: &str) -> Result<u64, Error> {
    let (start, body) = trim(s);
    if body.is_empty() {
        return Err(err(Span::new(0, s.len()), NumeralFault::NoDigits));
    }
    let mut v: u64 = 0;
    for (i, c) in body.char_indices() {
        let span = Span::new(start + i, start + i + c.len_utf8());
        let d = match (crate::text::digit_value(c), chars::classify(c)) {
            (Some(d), _) => d as u64,
            (None, Some(chars::NumChar::Zero)) => 0,
            (None, Some(chars::NumChar::Digit(d))) if !chars::is_liang(c) => d as u64,
            (None, _) if matches!(c, 'O' | 'Ｏ') && i > 0 => 0,
            _ => return Err(err(span, NumeralFault::NotDigit)),
        };
        v = v.checked_mul(10).and_then(|v| v.checked_add(d)).ok_or_else(|| Error::at(span, NumeralFault::Overflow))?;
    }
    Ok(v)
}

/// Leading/trailing layout spaces removed; returns the start offset.
fn trim(s: &str) -> (usize, &str) {
    let t = s.trim_start_matches(crate::text::is_space);
    let start = s.len() - t.len();
    (start, t.trim_end_matches(crate::text::is_space))
}

/// [`parse`] on an already trimmed string; spans relative to it.
fn parse_at(s: &str) -> Result<Number, Error> {
    if s.is_empty() {
        return Err(Error::at(Span::empty(0), NumeralFault::Empty));
    }
    // Sign: 负 負 - 零下, or 正 +.
    if let Some((minus, len)) = chars::sign(s) {
        let rest = s[len..].trim_start_matches(' ');
        let n = parse_at(rest).map_err(|e| e.shifted(s.len() - rest.len()))?;
        if !minus {
            return Ok(n);
        }
        if n.is_negative() {
            return Err(err(Span::new(0, len), NumeralFault::TwoMinusSigns));
        }
        return n.checked_neg().ok_or_else(|| Error::at(Span::new(0, s.len()), NumeralFault::Overflow));
    }
    // Fractions and shares: A分之B is B/A (百分之三十 = 30/100).
    if let Some(at) = s.find("分之") {
        let (den_s, num_s) = (&s[..at], &s[at + "分之".len()..]);
        let den = cardinal(den_s, 0)?;
        // 百分之负三点八: a sign may stand before the numerator.
        let (minus, len) = chars::sign(num_s).unwrap_or((false, 0));
        let num = cardinal(&num_s[len..], at + "分之".len() + len)?;
        let num = if minus {
            num.checked_neg().ok_or_else(|| err(Span::new(0, s.len()), NumeralFault::Overflow))?
        } else {
            num
        };
        if den == Number::ZERO {
            return Err(err(Span::new(0, at), NumeralFault::ZeroDenominator));
        }
        return num.checked_div(den).ok_or_else(|| Error::at(Span::new(0, s.len()), NumeralFault::Overflow));
    }
    for (suffix, den) in [("%", 100), ("％", 100), ("‰", 1000), ("‱", 10000)] {
        if let Some(body) = s.strip_suffix(suffix) {
            let n = cardinal(body.trim_end_matches(' '), 0)?;
            return n
                .checked_div(Number::from(den as i128))
                .ok_or_else(|| Error::at(Span::new(0, s.len()), NumeralFault::Overflow));
        }
    }
    if let Some((a, b)) = s.split_once('/')
        && let (Ok((_, am)), Ok((_, bm))) = (grammar::arabic(a), grammar::arabic(b))
        && am.len() == a.len()
        && bm.len() == b.len()
    {
        let den = grammar::arabic_value(b, a.len() + 1)?;
        if den == Number::ZERO {
            return Err(err(Span::new(a.len() + 1, s.len()), NumeralFault::ZeroDenominator));
        }
        let num = grammar::arabic_value(a, 0)?;
        return num.checked_div(den).ok_or_else(|| Error::at(Span::new(0, s.len()), NumeralFault::Overflow));
    }
    cardinal(s, 0)
}

/// A bare cardinal (no sign, share or fraction) filling all of `s`.
fn cardinal(s: &str, offset: usize) -> Result<Number, Error> {
    let (toks, end) = lex(s, true).map_err(|e| e.shifted(offset))?;
    if toks.is_empty() {
        let n = s.chars().next().map_or(0, char::len_utf8);
        return Err(err(Span::new(offset, offset + n), NumeralFault::NotNumeral).shifted(0));
    }
    if end < s.len() {
        let rest = &s[end..];
        let skip = rest.len() - rest.trim_start().len();
        let n = rest.trim_start().chars().next().map_or(0, char::len_utf8);
        return Err(err(Span::new(offset + end + skip, offset + end + skip + n), NumeralFault::UnexpectedChar));
    }
    match evaluate(&toks).map_err(|e| e.shifted(offset))? {
        Eval::One(n) => Ok(n),
        Eval::Pair(..) => Err(err(Span::new(offset, offset + s.len()), NumeralFault::BarePair)),
    }
}
