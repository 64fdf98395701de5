//! What can be wrong with a numeral: the faults of [`parse`](super::parse)
//! and [`read`](super::read).

use std::fmt;

use crate::error::Fault;

/// Why a numeral could not be read. The `Display` is the message of the
/// [`Error`](crate::Error) that carries it.
///
/// ```
/// use gongbao::error::Fault;
/// use gongbao::numeral::{parse, NumeralFault};
/// let err = parse("十十").unwrap_err();
/// assert_eq!(err.fault(), &Fault::Numeral(NumeralFault::UnitRepeated));
/// assert_eq!(err.message(), "unit repeated (十十, 百百)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum NumeralFault {
    /// Blank input.
    Empty,
    /// The value does not fit (beyond ±1.7×10^38, or a digit sequence beyond
    /// `u64`).
    Overflow,
    /// [`parse_integer`](super::parse_integer) of a fraction or decimal.
    NotWhole,
    /// [`parse_digit_sequence`](super::parse_digit_sequence) of blank input.
    NoDigits,
    /// A character that is no digit in a digit-by-digit number.
    NotDigit,
    /// Text that starts with no numeral at all.
    NotNumeral,
    /// A character after the numeral that does not belong to it.
    UnexpectedChar,
    /// Text after a numeral that is no measure word (1律).
    NoMeasureWord,
    /// 负 or - twice.
    TwoMinusSigns,
    /// A fraction with denominator zero.
    ZeroDenominator,
    /// An approximate pair (三四) without a measure word after it.
    BarePair,
    /// 第 with a numeral but no counted word after it (第三方).
    NoOrdinalHead,
    /// 分之 with nothing after it.
    NoNumerator,
    /// Before 分之 stands no number that can be a denominator.
    BadDenominator,
    /// 几 twice.
    SeveralRepeated,
    /// 几 where a digit is needed.
    SeveralForDigit,
    /// 两 in a digit-by-digit number (两〇二三).
    LiangInDigits,
    /// Two numbers without a unit between them.
    NumbersInARow,
    /// 零 right after a digit.
    ZeroAfterDigit,
    /// 零 twice.
    ZeroRepeated,
    /// A unit twice (十十, 百百).
    UnitRepeated,
    /// Units that ascend (百千).
    UnitsAscend,
    /// A digit before 廿, 卅 or 卌.
    DigitBeforeTens,
    /// Something other than a digit 1–9 before 十, 百 or 千.
    BadCoefficient,
    /// 十, 百 or 千 after no digit where one is needed.
    UnitWithoutDigit,
    /// 万 and 亿 in the wrong order.
    LargeUnitsOutOfOrder,
    /// 万 or 亿 with no number before it (万一).
    LargeUnitWithoutNumber,
    /// 点 with no number before it.
    PointWithoutNumber,
    /// 点 with no digit after it.
    PointWithoutDigits,
    /// 两 after 点.
    LiangAfterPoint,
    /// A second decimal point (点点).
    SecondPoint,
    /// A numeral after the decimal part.
    AfterDecimals,
    /// 零 at the end.
    TrailingZero,
    /// 两 as the last digit.
    TrailingLiang,
    /// 幺 before a unit: 幺 is read only digit by digit (幺八九).
    YaoInPlace,
    /// 一 that is part of a word (一方面, 一律, 一起): no count.
    SetPhrase,
}

impl fmt::Display for NumeralFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use NumeralFault::*;
        f.write_str(match self {
            Empty => "empty numeral",
            Overflow => "numeral too large",
            NotWhole => "not a whole number",
            NoDigits => "no digits",
            NotDigit => "not a digit",
            NotNumeral => "not a numeral",
            UnexpectedChar => "unexpected character in a numeral",
            NoMeasureWord => "text after the numeral that is no measure word: not a quantity",
            TwoMinusSigns => "two minus signs",
            ZeroDenominator => "zero denominator",
            BarePair => {
                "two digits in a row: an approximate pair (三四个) needs a measure word after it; as a name (十四五) it is no number"
            }
            NoOrdinalHead => "第 with a numeral but no counted word after it (第三方, 第一时间): not an ordinal",
            NoNumerator => "分之 without a numerator",
            BadDenominator => "bad denominator before 分之",
            SeveralRepeated => "more than one 几",
            SeveralForDigit => "几 where a digit is needed",
            LiangInDigits => "两 is not used in digit-by-digit numbers",
            NumbersInARow => "two numbers in a row without a unit between them",
            ZeroAfterDigit => "零 right after a digit",
            ZeroRepeated => "零 repeated",
            UnitRepeated => "unit repeated (十十, 百百)",
            UnitsAscend => "units out of order: 十/百/千 must descend (百千)",
            DigitBeforeTens => "a digit before 廿/卅/卌",
            BadCoefficient => "the number before 十/百/千 must be a digit 1–9",
            UnitWithoutDigit => "十/百/千 without a digit before it",
            LargeUnitsOutOfOrder => "万/亿 out of order",
            LargeUnitWithoutNumber => "万/亿 without a number before it",
            PointWithoutNumber => "点 without a number before it",
            PointWithoutDigits => "点 without digits after it",
            LiangAfterPoint => "两 after 点",
            SecondPoint => "a second decimal point",
            AfterDecimals => "unexpected numeral after the decimal part",
            TrailingZero => "零 at the end of a numeral",
            TrailingLiang => "两 is not used as the last digit of a numeral",
            YaoInPlace => "幺 is read only digit by digit (幺八九), never before a unit",
            SetPhrase => "一 in a word (一方面, 一律, 一起): not a number",
        })
    }
}

impl From<NumeralFault> for Fault {
    fn from(f: NumeralFault) -> Self {
        Fault::Numeral(f)
    }
}
