//! What goes wrong when a string is not a document number: [`DocNumberFault`].

use std::fmt;

use crate::error::Fault;

/// Why [`parse`](super::parse) or a [`DocNumber`](super::DocNumber)
/// constructor rejected its input. An [`Error`](crate::Error) of the docnum
/// module holds one as [`Fault::DocNumber`], with the span of the fault
/// (an empty span at 0 for the constructors, there being no text); its
/// `Display` is the error's message.
///
/// ```
/// use gongbao::docnum::{self, DocNumberFault};
/// use gongbao::error::Fault;
/// use gongbao::Span;
/// let err = docnum::parse("沪府办规〔2023〕12").unwrap_err();
/// assert_eq!(err.fault(), &Fault::DocNumber(DocNumberFault::MissingHao));
/// assert_eq!((err.span(), err.message().as_str()), (Span::empty(24), "missing 号"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DocNumberFault {
    /// The input is empty or only whitespace.
    Empty,
    /// The serial does not fit in a `u64`.
    Overflow,
    /// The input starts with something that begins no number (neither a
    /// code character nor a bracket or digit).
    NotADocNumber,
    /// There is no 机关代字 before the year or serial: a decree head's second
    /// line (第350号), a gazette's issue line (2023年第10号), a bare
    /// 〔2017〕58号; also a constructor's empty code.
    EmptyCode,
    /// A code holds a character other than Han characters and ASCII letters
    /// (outside an organ count and a joint separator).
    CodeCharacter,
    /// A code has no Han character (hello).
    CodeWithoutHan,
    /// A code ends in 第 (国发第〔2019〕4号).
    CodeEndsInDi,
    /// A code holds 令第, 令号, 公告第 or 公告号, which would print as the end
    /// of a decree or announcement code.
    CodeHoldsNumberEnd,
    /// A decree code is 令 alone.
    EmptyDecreeCode,
    /// An announcement code is 公告 with at most one character before it.
    EmptyAnnouncementCode,
    /// Digits in a decree or announcement code that are not the count of a
    /// joint code's organs (等5部门令).
    DigitsInCode,
    /// A 、 in a code that does not separate two organs of a joint code.
    MisplacedJoint,
    /// [`DocNumber::decree`](super::DocNumber::decree) was given a code that
    /// does not end in 令.
    NotADecreeCode,
    /// [`DocNumber::announcement`](super::DocNumber::announcement) was given
    /// a code that does not end in 公告.
    NotAnAnnouncementCode,
    /// An ordinary or legacy constructor was given a code ending in 令.
    DecreeCodeInOrdinary,
    /// An ordinary or legacy constructor was given a code ending in 公告.
    AnnouncementCodeInOrdinary,
    /// [`DocNumber::legacy`](super::DocNumber::legacy) was given neither 字
    /// nor 第.
    LegacyWithoutMarks,
    /// An ordinary number (its code ends in neither 令 nor 公告) has no year.
    OrdinaryWithoutYear,
    /// The year is not four digits from 1000 up (〔19〕, 〔20190〕, 〔0219〕).
    YearNotFourDigits,
    /// The serial is 0 (or only zeros).
    ZeroSerial,
    /// An ordinary code is not followed by a year in brackets (国发2019年4号).
    ExpectedYearBrackets,
    /// The year brackets are empty (国发〔〕4号).
    MissingYear,
    /// The year is not closed by a bracket (国发〔2019 4号).
    MissingYearClose,
    /// After the opening bracket of a decree, neither a year nor a serial.
    MissingYearOrSerial,
    /// No serial where one must be (沪府办规〔2023〕号, 沪府令第号).
    MissingSerial,
    /// The serial is not followed by 号.
    MissingHao,
    /// A bracketed decree serial is not closed (总局令（第88号).
    MissingSerialClose,
    /// Text after the 号 (国发〔2019〕4号文).
    TrailingText,
    /// The grammar stopped at a character it does not expect.
    UnexpectedCharacter,
    /// The grammar asked for more input (not raised by the complete-input
    /// parsers used here, kept for completeness).
    Incomplete,
}

impl fmt::Display for DocNumberFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DocNumberFault::Empty => "empty document number",
            DocNumberFault::Overflow => "serial too large",
            DocNumberFault::NotADocNumber => "not a document number",
            DocNumberFault::EmptyCode => "empty code (机关代字)",
            DocNumberFault::CodeCharacter => "a code (机关代字) holds only Han characters and ASCII letters",
            DocNumberFault::CodeWithoutHan => "a code (机关代字) holds at least one Han character",
            DocNumberFault::CodeEndsInDi => "a code (机关代字) does not end in 第",
            DocNumberFault::CodeHoldsNumberEnd => "a code (机关代字) does not hold 令第, 令号, 公告第 or 公告号",
            DocNumberFault::EmptyDecreeCode => "empty decree code before 令",
            DocNumberFault::EmptyAnnouncementCode => "empty announcement code before 公告",
            DocNumberFault::DigitsInCode => "digits in a code only count organs, as in 等5部门令",
            DocNumberFault::MisplacedJoint => "a 、 in a code only separates joint organs, as in 财政部、税务总局公告",
            DocNumberFault::NotADecreeCode => "a decree code ends in 令",
            DocNumberFault::NotAnAnnouncementCode => "an announcement code ends in 公告",
            DocNumberFault::DecreeCodeInOrdinary => "a code ending in 令 is a decree's",
            DocNumberFault::AnnouncementCodeInOrdinary => "a code ending in 公告 is an announcement's",
            DocNumberFault::LegacyWithoutMarks => "a legacy number has 字 or 第 after the year",
            DocNumberFault::OrdinaryWithoutYear => "an ordinary number has a year",
            DocNumberFault::YearNotFourDigits => "the year must have four digits",
            DocNumberFault::ZeroSerial => "the serial is 0",
            DocNumberFault::ExpectedYearBrackets => "expected the year in brackets, as in 〔2023〕",
            DocNumberFault::MissingYear => "missing year",
            DocNumberFault::MissingYearClose => "missing closing bracket after the year",
            DocNumberFault::MissingYearOrSerial => "missing year or serial",
            DocNumberFault::MissingSerial => "missing serial",
            DocNumberFault::MissingHao => "missing 号",
            DocNumberFault::MissingSerialClose => "missing closing bracket after 号",
            DocNumberFault::TrailingText => "unexpected text after 号",
            DocNumberFault::UnexpectedCharacter => "unexpected character",
            DocNumberFault::Incomplete => "incomplete number",
        })
    }
}

impl From<DocNumberFault> for Fault {
    fn from(fault: DocNumberFault) -> Self {
        Fault::DocNumber(fault)
    }
}
