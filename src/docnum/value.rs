//! The value of a document number, [`DocNumber`], with its kind and year
//! style: construction, accessors, the canonical `Display`, `FromStr` and
//! serde both ways (the JSON contract's `doc_number` object).

use std::fmt;
use std::str::FromStr;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize};

use super::code::{CodeClass, check_code};
use super::fault::DocNumberFault;
use crate::error::Error;
use crate::names::names;
use crate::text::Span;

/// The separator between the organs of a joint code in the canonical form
/// (财政部、税务总局公告2023年第7号): the enumeration comma, since the
/// canonical form holds no whitespace.
pub const JOINT: char = '、';

/// What sort of number a [`DocNumber`] is.
///
/// ```
/// use gongbao::docnum::{parse, DocNumberKind};
/// assert_eq!(parse("国发〔2019〕4号").unwrap().kind(), DocNumberKind::Ordinary);
/// assert_eq!(parse("上海市人民政府令第1号").unwrap().kind(), DocNumberKind::Decree);
/// assert_eq!(parse("X市财发〔1992〕字第36号").unwrap().kind(), DocNumberKind::Legacy);
/// assert_eq!(parse("国家税务总局公告2023年第6号").unwrap().kind(), DocNumberKind::Announcement);
/// // Its text form is its JSON name, both ways.
/// assert_eq!(DocNumberKind::Decree.to_string(), "decree");
/// assert_eq!("legacy".parse::<DocNumberKind>(), Ok(DocNumberKind::Legacy));
/// assert!("memo".parse::<DocNumberKind>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocNumberKind {
    /// A 发文字号 of the standard shape: 机关代字〔year〕serial号.
    Ordinary,
    /// A decree (命令（令）) number: the code ends in 令
    /// (中华人民共和国国务院令第706号, 沪府令5号).
    Decree,
    /// A pre-standard 发文字号 with 字 and/or 第 after the year
    /// (X市财发〔1992〕字第36号).
    Legacy,
    /// An announcement (公告) number: the code ends in 公告, the rest is
    /// written as a decree's (国家税务总局公告2023年第6号,
    /// 中国人民银行公告〔2023〕第5号).
    Announcement,
}

/// How a decree number writes its year.
///
/// ```
/// use gongbao::docnum::{parse, YearStyle};
/// assert_eq!(parse("沪府令〔2017〕58号").unwrap().year_style(), Some(YearStyle::Bracketed));
/// assert_eq!(parse("交通运输部令2019年第46号").unwrap().year_style(), Some(YearStyle::Suffixed));
/// assert_eq!(parse("沪府令5号").unwrap().year_style(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YearStyle {
    /// In brackets, printed 〔2017〕. Ordinary and legacy numbers always use it.
    Bracketed,
    /// Followed by 年, printed 2019年 (ministry decrees such as
    /// 交通运输部令2019年第46号, announcements such as
    /// 国家税务总局公告2023年第6号). Only decrees and announcements use it.
    Suffixed,
}

/// A 发文字号, decree or announcement number: 机关代字 (or the organ's
/// 令/公告 code), year, serial and the little that is needed to print it
/// canonically.
///
/// The fields are private so that every value prints to a string that
/// parses back to the same value; build one with [`parse`](super::parse) or the
/// constructors, which check the same rules.
///
/// Serialized (serde) as the JSON contract's `doc_number` object, and read
/// back from it:
///
/// ```
/// use gongbao::docnum::DocNumber;
/// let n: DocNumber = "沪府办规〔2023〕12号".parse().unwrap();
/// let json = serde_json::to_string(&n).unwrap();
/// assert_eq!(json, r#"{"text":"沪府办规〔2023〕12号","code":"沪府办规","year":2023,"serial":12}"#);
/// assert_eq!(serde_json::from_str::<DocNumber>(&json).unwrap(), n);
///
/// let decree = DocNumber::decree("中华人民共和国国务院令", None, 706, true).unwrap();
/// assert_eq!(decree.to_string(), "中华人民共和国国务院令第706号");
/// assert_eq!(serde_json::to_value(&decree).unwrap()["year"], serde_json::Value::Null);
///
/// let a: DocNumber = "国家税务总局公告 2023 年第 6 号".parse().unwrap();
/// assert_eq!(
///     serde_json::to_string(&a).unwrap(),
///     r#"{"text":"国家税务总局公告2023年第6号","code":"国家税务总局公告","year":2023,"serial":6}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DocNumber {
    code: String,
    year: Option<u16>,
    serial: u64,
    kind: DocNumberKind,
    /// Only `Suffixed` for a decree or announcement with a year;
    /// `Bracketed` otherwise, so
    /// that equal numbers compare equal.
    year_style: YearStyle,
    zi: bool,
    di: bool,
}

impl DocNumber {
    /// An ordinary 发文字号 `code〔year〕serial号`.
    ///
    /// Fails (with a [`DocNumberFault`] and an empty span, there being no
    /// text) when the code is empty, holds anything but Han characters and
    /// ASCII letters, has no Han character, ends in 第, in 令 (that is a
    /// decree) or in 公告 (an announcement), or holds 令第, 令号, 公告第 or
    /// 公告号, or when the year is not four digits or the serial is 0. The
    /// other constructors check the same.
    ///
    /// ```
    /// use gongbao::docnum::DocNumber;
    /// assert_eq!(DocNumber::ordinary("国办函", 2022, 17).unwrap().to_string(), "国办函〔2022〕17号");
    /// assert!(DocNumber::ordinary("国办函", 22, 17).is_err());
    /// assert!(DocNumber::ordinary("沪府令", 2017, 58).is_err());
    /// assert!(DocNumber::ordinary("中国人民银行公告", 2023, 5).is_err());
    /// ```
    pub fn ordinary(code: impl Into<String>, year: u16, serial: u64) -> Result<Self, Error> {
        Self::checked(code.into(), CodeClass::Plain, Some(year), serial, YearStyle::Bracketed, false, false)
    }

    /// A pre-standard number with 字 (`zi`) and/or 第 (`di`) after the year:
    /// `code〔year〕字第serial号`. At least one of them must be set.
    ///
    /// ```
    /// use gongbao::docnum::{DocNumber, DocNumberKind};
    /// let n = DocNumber::legacy("X市财发", 1992, 36, true, true).unwrap();
    /// assert_eq!(n.to_string(), "X市财发〔1992〕字第36号");
    /// assert_eq!(n.kind(), DocNumberKind::Legacy);
    /// assert!(DocNumber::legacy("X市财发", 1992, 36, false, false).is_err());
    /// ```
    pub fn legacy(code: impl Into<String>, year: u16, serial: u64, zi: bool, di: bool) -> Result<Self, Error> {
        if !zi && !di {
            return Err(build_error(DocNumberFault::LegacyWithoutMarks));
        }
        Self::checked(code.into(), CodeClass::Plain, Some(year), serial, YearStyle::Bracketed, zi, di)
    }

    /// A decree number: `code` ends in 令; `year` is printed in the given
    /// style; `di` says whether 第 stands before the serial.
    ///
    /// ```
    /// use gongbao::docnum::{DocNumber, YearStyle};
    /// let n = DocNumber::decree("交通运输部令", Some((2019, YearStyle::Suffixed)), 46, true).unwrap();
    /// assert_eq!(n.to_string(), "交通运输部令2019年第46号");
    /// assert_eq!(DocNumber::decree("沪府令", None, 5, false).unwrap().to_string(), "沪府令5号");
    /// assert!(DocNumber::decree("沪府", None, 5, false).is_err());
    /// ```
    pub fn decree(
        code: impl Into<String>,
        year: Option<(u16, YearStyle)>,
        serial: u64,
        di: bool,
    ) -> Result<Self, Error> {
        let style = year.map_or(YearStyle::Bracketed, |(_, s)| s);
        Self::checked(code.into(), CodeClass::Decree, year.map(|(y, _)| y), serial, style, false, di)
    }

    /// An announcement number: `code` ends in 公告 and has more before it;
    /// the rest is as for [`DocNumber::decree`].
    ///
    /// ```
    /// use gongbao::docnum::{DocNumber, DocNumberKind, YearStyle};
    /// let n = DocNumber::announcement("国家税务总局公告", Some((2023, YearStyle::Suffixed)), 6, true).unwrap();
    /// assert_eq!(n.to_string(), "国家税务总局公告2023年第6号");
    /// assert_eq!(n.kind(), DocNumberKind::Announcement);
    /// let n = DocNumber::announcement("中国人民银行公告", Some((2023, YearStyle::Bracketed)), 5, true).unwrap();
    /// assert_eq!(n.to_string(), "中国人民银行公告〔2023〕第5号");
    /// assert!(DocNumber::announcement("公告", None, 5, true).is_err());
    /// assert!(DocNumber::announcement("国家税务总局", None, 5, true).is_err());
    /// ```
    pub fn announcement(
        code: impl Into<String>,
        year: Option<(u16, YearStyle)>,
        serial: u64,
        di: bool,
    ) -> Result<Self, Error> {
        let style = year.map_or(YearStyle::Bracketed, |(_, s)| s);
        Self::checked(code.into(), CodeClass::Announcement, year.map(|(y, _)| y), serial, style, false, di)
    }

    pub(super) fn checked(
        code: String,
        class: CodeClass,
        year: Option<u16>,
        serial: u64,
        year_style: YearStyle,
        zi: bool,
        di: bool,
    ) -> Result<Self, Error> {
        let found = CodeClass::of(&code);
        if found != class {
            return Err(build_error(match (class, found) {
                (CodeClass::Decree, _) => DocNumberFault::NotADecreeCode,
                (CodeClass::Announcement, _) => DocNumberFault::NotAnAnnouncementCode,
                (CodeClass::Plain, CodeClass::Decree) => DocNumberFault::DecreeCodeInOrdinary,
                (CodeClass::Plain, _) => DocNumberFault::AnnouncementCodeInOrdinary,
            }));
        }
        check_code(&code, class).map_err(build_error)?;
        if let Some(y) = year {
            if !(1000..=9999).contains(&y) {
                return Err(build_error(DocNumberFault::YearNotFourDigits));
            }
        } else if class == CodeClass::Plain {
            return Err(build_error(DocNumberFault::OrdinaryWithoutYear));
        }
        if serial == 0 {
            return Err(build_error(DocNumberFault::ZeroSerial));
        }
        let kind = class.kind(zi || di);
        let year_style = if year.is_some() { year_style } else { YearStyle::Bracketed };
        Ok(DocNumber { code, year, serial, kind, year_style, zi, di })
    }

    /// A number from parts that the grammar has read and checked (see
    /// [`build`](super::normalize::build)); `year_style` as printed.
    pub(super) fn from_checked_parts(
        code: String,
        year: Option<u16>,
        serial: u64,
        kind: DocNumberKind,
        year_style: YearStyle,
        zi: bool,
        di: bool,
    ) -> Self {
        DocNumber { code, year, serial, kind, year_style, zi, di }
    }

    /// The 机关代字, or the decree code with its 令 (中华人民共和国国务院令), or
    /// the announcement code with its 公告 (国家税务总局公告).
    ///
    /// ```
    /// assert_eq!(gongbao::docnum::parse("沪府办字〔2023〕5号").unwrap().code(), "沪府办字");
    /// assert_eq!(gongbao::docnum::parse("海关总署公告2023年第12号").unwrap().code(), "海关总署公告");
    /// ```
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The code, for a pass that gives every derived text back in the
    /// characters printed (traditional ones read through simplified).
    pub(crate) fn code_mut(&mut self) -> &mut String {
        &mut self.code
    }

    /// The year, `None` for a decree or announcement printed without one.
    ///
    /// ```
    /// assert_eq!(gongbao::docnum::parse("沪府令第60号").unwrap().year(), None);
    /// ```
    pub fn year(&self) -> Option<u16> {
        self.year
    }

    /// The serial (序号).
    ///
    /// ```
    /// assert_eq!(gongbao::docnum::parse("国办发〔2018〕128号").unwrap().serial(), 128);
    /// ```
    pub fn serial(&self) -> u64 {
        self.serial
    }

    /// Ordinary, decree, legacy or announcement.
    ///
    /// ```
    /// use gongbao::docnum::{parse, DocNumberKind};
    /// assert_eq!(parse("沪府令〔2017〕58号").unwrap().kind(), DocNumberKind::Decree);
    /// ```
    pub fn kind(&self) -> DocNumberKind {
        self.kind
    }

    /// How the year is printed, `None` when there is no year.
    ///
    /// ```
    /// use gongbao::docnum::{parse, YearStyle};
    /// assert_eq!(parse("国发（2019）4号").unwrap().year_style(), Some(YearStyle::Bracketed));
    /// ```
    pub fn year_style(&self) -> Option<YearStyle> {
        self.year.map(|_| self.year_style)
    }

    /// Whether 第 stands before the serial (decrees, announcements and legacy
    /// numbers).
    ///
    /// ```
    /// use gongbao::docnum::parse;
    /// assert!(parse("沪府令第60号").unwrap().has_di());
    /// assert!(!parse("沪府令5号").unwrap().has_di());
    /// ```
    pub fn has_di(&self) -> bool {
        self.di
    }

    /// Whether a legacy 字 stands after the year (X市财发〔1992〕字第36号). A 代字
    /// that ends in 字 (沪府办字) does not count.
    ///
    /// ```
    /// use gongbao::docnum::parse;
    /// assert!(parse("X市财发〔1992〕字第36号").unwrap().has_zi());
    /// assert!(!parse("沪府办字〔2023〕5号").unwrap().has_zi());
    /// ```
    pub fn has_zi(&self) -> bool {
        self.zi
    }
}

/// A constructor's error: there is no text, so the span is empty at 0.
fn build_error(fault: DocNumberFault) -> Error {
    Error::at(Span::empty(0), fault)
}

impl fmt::Display for DocNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code)?;
        match (self.year, self.year_style) {
            (Some(y), YearStyle::Bracketed) => write!(f, "〔{y}〕")?,
            (Some(y), YearStyle::Suffixed) => write!(f, "{y}年")?,
            (None, _) => {}
        }
        if self.zi {
            f.write_str("字")?;
        }
        if self.di {
            f.write_str("第")?;
        }
        write!(f, "{}号", self.serial)
    }
}

impl FromStr for DocNumber {
    type Err = Error;

    /// Same as [`parse`](super::parse): reads the canonical text and every
    /// spelling the grammar accepts.
    fn from_str(s: &str) -> Result<Self, Error> {
        super::parse(s)
    }
}

impl Serialize for DocNumber {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("DocNumber", 4)?;
        s.serialize_field("text", &self.to_string())?;
        s.serialize_field("code", &self.code)?;
        s.serialize_field("year", &self.year)?;
        s.serialize_field("serial", &self.serial)?;
        s.end()
    }
}

/// The JSON contract object, as read: `text` is authoritative (it carries
/// the kind and spelling) and the other fields must agree with it.
#[derive(Deserialize)]
struct DocNumberRepr {
    text: String,
    code: String,
    year: Option<u16>,
    serial: u64,
}

impl<'de> Deserialize<'de> for DocNumber {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let repr = DocNumberRepr::deserialize(deserializer)?;
        let n = super::parse(&repr.text).map_err(serde::de::Error::custom)?;
        if n.code != repr.code || n.year != repr.year || n.serial != repr.serial {
            return Err(serde::de::Error::custom(format!(
                "doc_number fields disagree with its text {:?}: code {:?}, year {:?}, serial {}",
                repr.text, repr.code, repr.year, repr.serial
            )));
        }
        Ok(n)
    }
}

names! {
    DocNumberKind {
        Ordinary => "ordinary",
        Decree => "decree",
        Legacy => "legacy",
        Announcement => "announcement",
    }
}

names! {
    YearStyle {
        Bracketed => "bracketed",
        Suffixed => "suffixed",
    }
}
