//! What can be wrong with a date: the faults of [`parse`](super::parse)
//! and of reading a [`Point`](super::Point) from its ISO form.

use std::fmt;

use crate::error::Fault;
use crate::numeral::NumeralFault;

/// Why a date could not be read. The `Display` is the message of the
/// [`Error`](crate::Error) that carries it.
///
/// ```
/// use gongbao::error::Fault;
/// use gongbao::date::{parse, DateFault};
/// let err = parse("2023年2月30日").unwrap_err();
/// assert_eq!(err.fault(), &Fault::Date(DateFault::NoDay { year: 2023, month: 2, day: 30 }));
/// assert_eq!(err.message(), "no day 30 in 2023-02");
/// assert!(matches!(parse("99999年").unwrap_err().fault(), Fault::Date(d) if d.is_overflow()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateFault {
    /// Blank input.
    Empty,
    /// The text does not start with a date expression.
    NotADate,
    /// Text after the date that is no neutral verb (出版, 起施行).
    TrailingText,
    /// A numeral inside the date is malformed or too large; the numeral's
    /// own fault, so an overflow stays visible as
    /// [`NumeralFault::Overflow`].
    Numeral(NumeralFault),
    /// 0年.
    NoYearZero,
    /// A year outside 1–9999 (written, or reached from the context year).
    YearOutOfRange {
        /// The year.
        year: i64,
    },
    /// A year of one digit (5年 as a date).
    YearDigits,
    /// A year of three or more digits with a leading zero (015年).
    YearLeadingZero,
    /// A relative year (今年, 明年) without a context year.
    RelativeYearNeedsContext,
    /// 年底, 年内 without a year and without a context year.
    YearEndNeedsContext,
    /// A month or day without a year and without a context year.
    NeedsContextYear,
    /// A quarter other than 1–4.
    NoQuarter {
        /// The quarter written.
        quarter: u32,
    },
    /// A month other than 1–12.
    NoMonth {
        /// The month written.
        month: u32,
    },
    /// A day the month of that year does not have (2023年2月29日).
    NoDay {
        /// The year.
        year: i32,
        /// The month.
        month: u32,
        /// The day written.
        day: u32,
    },
    /// A day no year has in that month (每年2月30日).
    NoDayInMonth {
        /// The month.
        month: u32,
        /// The day written.
        day: u32,
    },
    /// A day without a month.
    DayWithoutMonth,
    /// A period whose end lies before its start.
    PeriodEndsBeforeStart,
    /// A validity whose end lies before its start.
    ValidityEndsBeforeStart,
    /// A date computed from the text lies beyond 9999.
    OutOfRange,
    /// A validity (有效期5年) that ends beyond 9999.
    ValidityBeyond9999,
    /// A month or day number beyond `u32`.
    NumberTooLarge,
    /// A duration beyond `u32` years, months or days.
    DurationTooLong,
    /// [`Point::from_str`](std::str::FromStr): no ISO `YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD` of a real date.
    NotIso,
}

impl DateFault {
    /// Whether the date or a number in it is too large: a year beyond 9999,
    /// a number beyond the machine's range.
    ///
    /// ```
    /// use gongbao::date::DateFault;
    /// assert!(DateFault::YearOutOfRange { year: 10000 }.is_overflow());
    /// assert!(!DateFault::NoMonth { month: 13 }.is_overflow());
    /// ```
    pub fn is_overflow(&self) -> bool {
        use DateFault::*;
        matches!(
            self,
            Numeral(NumeralFault::Overflow)
                | YearOutOfRange { .. }
                | OutOfRange
                | ValidityBeyond9999
                | NumberTooLarge
                | DurationTooLong
        )
    }
}

impl fmt::Display for DateFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DateFault::*;
        match self {
            Empty => f.write_str("empty date"),
            NotADate => f.write_str("not a date expression"),
            TrailingText => f.write_str("unexpected text after the date"),
            Numeral(n) => n.fmt(f),
            NoYearZero => f.write_str("no year 0"),
            YearOutOfRange { year } => write!(f, "year {year} outside 1–9999"),
            YearDigits => f.write_str("a year is written with two or four digits"),
            YearLeadingZero => f.write_str("a year of three or more digits does not start with 0"),
            RelativeYearNeedsContext => f.write_str("a relative year (今年, 明年…) needs a context year"),
            YearEndNeedsContext => f.write_str("年底, 年内 without a year need a context year"),
            NeedsContextYear => f.write_str("a date without a year needs a context year"),
            NoQuarter { quarter } => write!(f, "no quarter {quarter}"),
            NoMonth { month } => write!(f, "no month {month}"),
            NoDay { year, month, day } => write!(f, "no day {day} in {year:04}-{month:02}"),
            NoDayInMonth { month, day } => write!(f, "no day {day} in month {month}"),
            DayWithoutMonth => f.write_str("a day needs a month"),
            PeriodEndsBeforeStart => f.write_str("the period ends before it starts"),
            ValidityEndsBeforeStart => f.write_str("the validity ends before it starts"),
            OutOfRange => f.write_str("date out of range"),
            ValidityBeyond9999 => f.write_str("validity ends beyond 9999"),
            NumberTooLarge => f.write_str("number too large for a date"),
            DurationTooLong => f.write_str("duration too long"),
            NotIso => f.write_str("not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        }
    }
}

impl From<DateFault> for Fault {
    fn from(f: DateFault) -> Self {
        Fault::Date(f)
    }
}
