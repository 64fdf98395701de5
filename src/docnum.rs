//! 发文字号 (document numbers), decree and announcement numbers: parsing,
//! printing and finding them in running text.
//!
//! A 发文字号 is 机关代字 + 〔year〕 + serial + 号, as in 沪府办规〔2023〕12号
//! (GB/T 9704-2012 §7.2.4): the year in full inside the hexagonal brackets
//! 〔〕, the serial in Arabic numerals with no padding, no 第. A decree number
//! (命令（令）) keeps its 第: 中华人民共和国国务院令第706号, 上海市人民政府令第1号.
//! An announcement number (公告) is written like a decree's, with 公告 where
//! the decree has 令, and usually with a year: 国家税务总局公告2023年第6号,
//! 中国人民银行公告〔2023〕第5号, 农业农村部公告第250号.
//!
//! Real text deviates from the standard, and the parser accepts the
//! deviations and records each fix as a [`Normalization`]:
//!
//! - other brackets around the year: `[] ［］ () （） 【】 〖〗`;
//! - layout whitespace anywhere (沪府办规〔2020〕17 号, 国办函 〔2022〕 17号);
//! - full-width digits (〔２０２３〕) and zero padding (001号);
//! - pre-standard 字 or 第 after the year (X市财发〔1992〕字第36号, a
//!   [`DocNumberKind::Legacy`] number);
//! - decrees with or without 第 (沪府令5号, 沪府令第60号), with the serial in
//!   brackets (国家安全生产监督管理总局令（第88号）) and with a year
//!   (交通运输部令2019年第46号, 沪府令〔2017〕58号); announcements in all the
//!   same shapes.
//!
//! A 代字 may end in 字 itself (沪府办字〔2023〕5号): only a 字 *after* the year
//! is the legacy marker.
//!
//! # Canonical form
//!
//! [`DocNumber`]'s `Display` is the canonical spelling: 〔〕 around a bracketed
//! year, no whitespace (but a 、 between the organs of a joint
//! code, see below), no leading zero. Beyond that it keeps what tells the
//! kinds apart, so that `parse(&n.to_string()) == Ok(n)` for every number:
//!
//! | kind | canonical form |
//! |---|---|
//! | ordinary | `沪府办规〔2023〕12号` (never 第) |
//! | legacy | `X市财发〔1992〕字第36号`: the 字 and/or 第 as printed, in that order |
//! | decree | `code` + year as printed (`〔2017〕` or `2019年`, or none) + `第` as printed + serial + `号`: `中华人民共和国国务院令第706号`, `沪府令5号`, `交通运输部令2019年第46号`, `沪府令〔2017〕58号` |
//! | announcement | as a decree, the code ending in 公告: `国家税务总局公告2023年第6号`, `中国人民银行公告〔2023〕第5号` |
//! | joint | the organs of a joint decree or announcement code separated by 、: `财政部、税务总局公告2023年第7号`, `国家发展改革委、财政部令第7号`; or counted: `国家发展改革委等5部门令2016年第34号` |
//!
//! The kind follows from the code's last characters: …令 is a decree,
//! …公告 an announcement, anything else a 发文字号 (ordinary or legacy). An
//! announcement is its own [`DocNumberKind`] rather than a decree with
//! another ending because the two are different 文种 (a 公告 announces, a
//! 令 promulgates rules), and a reader filtering decrees should not get
//! announcements; the grammar after the code and the rules for finding the
//! code in text are the same for both.
//!
//! Legacy markers are kept rather than dropped because they are part of the
//! number as it was issued, and dropping them would make two different
//! [`DocNumberKind`]s print alike. Brackets around a decree serial
//! (令（第88号）) are dropped: they are citation punctuation, not part of the
//! number.
//!
//! A joint decree or announcement names its organs one after the other,
//! separated by whitespace (财政部　税务总局公告, usually U+3000). The
//! separation is kept because without it the organs run together into a
//! name no organ has (财政部税务总局); the canonical form writes it as 、
//! ([`JOINT`]), since it holds no whitespace, and
//! [`Normalization::SeparatorReplaced`] records the change. Whitespace is
//! such a separator only after the end of an organ's name
//! ([`ORGAN_ENDINGS`]), before a Han character other than 等 and with
//! more than the 令/公告 after it; elsewhere, and in every ordinary code, it
//! is layout and is removed (中华人民共和国 国务院令 → 中华人民共和国国务院令,
//! 国家税务总局 公告 → 国家税务总局公告).
//!
//! # Finding numbers in running text
//!
//! [`find_doc_numbers`] looks for the part of a number that cannot be
//! anything else (a bracketed four-digit year followed by a serial and 号, or
//! 令 or 公告 followed by a serial and 号) and then decides where the 机关代字
//! begins to the left of it. That left edge is the hard part, because Chinese has no
//! spaces: in 根据沪府办规〔2023〕12号文件 the code is 沪府办规, not
//! 根据沪府办规. The rule, applied in this order:
//!
//! 1. The code is a run of Han characters (and ASCII letters, for placeholder
//!    codes such as X市财发) ending at the number. Anything else ends the run:
//!    punctuation, brackets, digits, whitespace, the end of the previous
//!    number found, the start of the text. A decree or announcement code may
//!    also hold the count of a joint decree's organs in digits
//!    (国家发展改革委等5部门令: digits right after 等, with an organ before
//!    it, and right before a Han character) and the whitespace that
//!    separates joint organs (财政部　税务总局公告, see above) when it is on
//!    one line.
//! 2. A date glued to the code is cut off: the run starts after the last
//!    年/月/日 that follows a digit or a Chinese numeral
//!    (1994年1月28日中华人民共和国国务院令第142号, 2016年沪府令第48号).
//! 3. The run starts after the rightmost *function word* in it: verbs that
//!    introduce a citation (根据 按照 依据 参照 印发 转发 执行 贯彻 落实 …, see
//!    [`FUNCTION_WORDS`]) and single-character particles and prepositions
//!    (见 的 以 按 依 由 在 将 为 …). The conjunctions 和 及 与 cut an
//!    ordinary code only ([`CONJUNCTIONS`]): a decree or announcement code is
//!    a full organ name and those contain them (中华人民共和国,
//!    住房和城乡建设部令), except right at the start of the run, where no organ
//!    name begins with one (…第8号）和交通运输部令2019年第46号).
//! 4. A leading 原 ("the former") is not part of the code
//!    (原中华人民共和国国家发展计划委员会令第8号 → 中华人民共和国国家发展计划委员会令).
//! 5. What remains must be at most [`MAX_CODE_CHARS`] characters for an
//!    ordinary code (an abbreviation: 国办发, 沪府办规) and
//!    [`MAX_DECREE_CODE_CHARS`] per organ for a decree or announcement code
//!    (an organ's full name, the last one with 令 or 公告); a longer run means
//!    the left edge was not found, and the candidate is dropped rather than
//!    reported with a wrong code. An announcement code needs something
//!    before its 公告, so the 的公告 of a title is no code.
//!
//! Numbers inside a 《》 title are not numbers of the text (the title is a
//! name), and a year that is part of a date (2023年4月18日) never is one,
//! because it is not in brackets before a serial and 号.
//!
//! A year written with 年 (2019年第46号) is part of a number only right after
//! a decree or announcement code: the search starts at the 令 or 公告, never
//! at the year. Without a
//! code before it, `2023年第10号` is the issue line of a gazette (the
//! 国务院公报 numbers its issues with 号, where others use 期: 2023年第10期)
//! and is not a document number; neither is a bare serial line (第707号,
//! （第350号）): [`parse`] fails on them with "empty code (机关代字)", and
//! [`find_doc_numbers`] reports them only together with the decree head on
//! the line(s) before (中华人民共和国国务院令 / 第707号, one own-line match).
//!
//! The scan is linear in the length of the text: every candidate looks at a
//! bounded window to its left and at the characters of the number itself.
//!
//! ```
//! use gongbao::docnum::{self, DocNumberKind};
//!
//! let n = docnum::parse("沪府办规 [2020] 017 号").unwrap();
//! assert_eq!(n.to_string(), "沪府办规〔2020〕17号");
//! assert_eq!((n.code(), n.year(), n.serial()), ("沪府办规", Some(2020), 17));
//!
//! let text = "根据沪府办规〔2023〕12号文件和国办发〔2018〕128号的要求";
//! let found: Vec<String> = docnum::find_doc_numbers(text).iter().map(|m| m.number.to_string()).collect();
//! assert_eq!(found, ["沪府办规〔2023〕12号", "国办发〔2018〕128号"]);
//! ```

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use nom::bytes::take_while;
use nom::character::{char as one_char, satisfy};
use nom::combinator::recognize;
use nom::{IResult, Parser};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};
use crate::text::{
    Span, digit_value, fold_char, is_close_bracket, is_digit, is_han, is_open_bracket, is_open_paren, is_space,
    strip_layout_spaces,
};

/// The separator between the organs of a joint code in the canonical form
/// (财政部、税务总局公告2023年第7号): the enumeration comma, since the
/// canonical form holds no whitespace.
pub const JOINT: char = '、';

/// The longest 机关代字 of an ordinary number that [`find_doc_numbers`]
/// accepts, in characters. Codes are abbreviations (国发, 沪府办规, 国卫办医函);
/// twelve leaves room for long ones without swallowing a clause.
pub const MAX_CODE_CHARS: usize = 12;

/// The longest decree or announcement code (organ name + 令 or 公告) that
/// [`find_doc_numbers`] accepts, in characters:
/// 中华人民共和国国家质量监督检验检疫总局令 has 20.
pub const MAX_DECREE_CODE_CHARS: usize = 24;

/// Words after which a 机关代字 starts in running text (rule 3 of the
/// [module docs](self)): verbs that introduce a cited document and
/// prepositions and particles that never occur inside a code or an organ
/// name. Longer words come first only for readability; the rightmost
/// occurrence of any of them wins.
///
/// ```
/// assert!(gongbao::docnum::FUNCTION_WORDS.contains(&"根据"));
/// ```
pub const FUNCTION_WORDS: &[&str] = &[
    "贯彻落实",
    "根据",
    "按照",
    "依据",
    "依照",
    "遵照",
    "参照",
    "比照",
    "对照",
    "参考",
    "参见",
    "详见",
    "印发",
    "转发",
    "执行",
    "贯彻",
    "落实",
    "废止",
    "撤销",
    "取代",
    "代替",
    "替代",
    "修订",
    "修改",
    "发布",
    "公布",
    "关于",
    "结合",
    "见",
    "的",
    "以",
    "按",
    "依",
    "由",
    "在",
    "将",
    "为",
    "并",
    "即",
    "于",
    "或",
];

/// Conjunctions that end an ordinary 机关代字's run (国发〔2019〕4号和国办发〔2018〕128号)
/// but not a decree code's: organ names contain them (中华人民共和国,
/// 文化和旅游部令).
///
/// ```
/// assert!(gongbao::docnum::CONJUNCTIONS.contains(&"和"));
/// ```
pub const CONJUNCTIONS: &[&str] = &["和", "及", "与", "暨"];

/// Endings of organ names (部, 委, 总局, 署, 银行, 人民政府 …): whitespace
/// after one of them inside a decree or announcement code separates the
/// organs of a joint code (财政部　税务总局公告, 国家发展改革委　财政部令);
/// anywhere else whitespace in a code is layout and is removed. Single
/// characters cover the longer names (委员会 ends in 会, 总局 in 局); 行 and
/// 府 count only in 银行 and 政府, because 执行 and 施行 are verbs.
///
/// ```
/// use gongbao::docnum::{parse, ORGAN_ENDINGS};
/// assert!(ORGAN_ENDINGS.contains(&"部"));
/// assert_eq!(parse("财政部　税务总局公告2023年第7号").unwrap().code(), "财政部、税务总局公告");
/// assert_eq!(parse("中华人民共和国 国务院令第706号").unwrap().code(), "中华人民共和国国务院令");
/// ```
pub const ORGAN_ENDINGS: &[&str] =
    &["部", "委", "局", "署", "院", "厅", "办", "会", "联", "银行", "政府", "中央", "中心", "总社"];

/// How far left of a number [`find_doc_numbers`] looks for the start of its
/// code, in characters: a joint code of two or three organs plus the longest
/// function word, with room to spare.
const LOOKBACK_CHARS: usize = 48;

/// What sort of number a [`DocNumber`] is.
///
/// ```
/// use gongbao::docnum::{parse, DocNumberKind};
/// assert_eq!(parse("国发〔2019〕4号").unwrap().kind(), DocNumberKind::Ordinary);
/// assert_eq!(parse("上海市人民政府令第1号").unwrap().kind(), DocNumberKind::Decree);
/// assert_eq!(parse("X市财发〔1992〕字第36号").unwrap().kind(), DocNumberKind::Legacy);
/// assert_eq!(parse("国家税务总局公告2023年第6号").unwrap().kind(), DocNumberKind::Announcement);
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
/// parses back to the same value; build one with [`parse`] or the
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
    /// Fails (with [`ErrorKind::DocNumber`] and an empty span, there being no
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
            return Err(build_error("a legacy number has 字 or 第 after the year"));
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

    fn checked(
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
                (CodeClass::Decree, _) => "a decree code ends in 令",
                (CodeClass::Announcement, _) => "an announcement code ends in 公告",
                (CodeClass::Plain, CodeClass::Decree) => "a code ending in 令 is a decree's",
                (CodeClass::Plain, _) => "a code ending in 公告 is an announcement's",
            }));
        }
        check_code(&code, class).map_err(build_error)?;
        if let Some(y) = year {
            if !(1000..=9999).contains(&y) {
                return Err(build_error("the year must have four digits"));
            }
        } else if class == CodeClass::Plain {
            return Err(build_error("an ordinary number has a year"));
        }
        if serial == 0 {
            return Err(build_error("the serial is 0"));
        }
        let kind = class.kind(zi || di);
        let year_style = if year.is_some() { year_style } else { YearStyle::Bracketed };
        Ok(DocNumber { code, year, serial, kind, year_style, zi, di })
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

fn build_error(message: &'static str) -> Error {
    Error::new(ErrorKind::DocNumber, Span::empty(0), message)
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

    /// Same as [`parse`].
    fn from_str(s: &str) -> Result<Self, Error> {
        parse(s)
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
        let n = parse(&repr.text).map_err(serde::de::Error::custom)?;
        if n.code != repr.code || n.year != repr.year || n.serial != repr.serial {
            return Err(serde::de::Error::custom(format!(
                "doc_number fields disagree with its text {:?}: code {:?}, year {:?}, serial {}",
                repr.text, repr.code, repr.year, repr.serial
            )));
        }
        Ok(n)
    }
}

/// A fix the parser applied to turn the printed number into the canonical
/// one. Spans point into the parsed string ([`parse_with_notes`]) or the
/// searched text ([`find_doc_numbers`]).
///
/// Serialized with a `kind` tag: `{"kind":"space_removed","span":{"start":12,"end":13}}`.
///
/// ```
/// use gongbao::docnum::{parse_with_notes, Normalization};
/// use gongbao::Span;
/// let (_, notes) = parse_with_notes("沪府办规〔2020〕17 号").unwrap();
/// assert_eq!(notes, [Normalization::SpaceRemoved { span: Span::new(24, 25) }]);
/// assert_eq!(serde_json::to_string(&notes[0]).unwrap(), r#"{"kind":"space_removed","span":{"start":24,"end":25}}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Normalization {
    /// A bracket around the year other than 〔 or 〕 (`[` `（` `【` …) was
    /// replaced by the hexagonal one.
    BracketReplaced {
        /// The bracket as printed.
        span: Span,
        /// The bracket that was found.
        found: char,
    },
    /// A run of whitespace inside the number was removed.
    SpaceRemoved {
        /// The whitespace.
        span: Span,
    },
    /// A run of full-width digits (２０２３) was read as ASCII digits.
    FullWidthDigitFolded {
        /// The full-width digits.
        span: Span,
    },
    /// Zero padding before the serial (001号) was dropped.
    LeadingZeroDropped {
        /// The zeros.
        span: Span,
    },
    /// Brackets around a decree serial (总局令（第88号）) were removed.
    SerialBracketsRemoved {
        /// The opening bracket.
        open: Span,
        /// The closing bracket.
        close: Span,
    },
    /// The whitespace between the organs of a joint code (财政部　税务总局公告:
    /// U+3000, several spaces, a line break) was replaced by the canonical
    /// [`JOINT`] separator 、.
    SeparatorReplaced {
        /// The whitespace as printed.
        span: Span,
    },
}

impl Normalization {
    /// The smallest span covering what was changed.
    ///
    /// ```
    /// use gongbao::docnum::parse_with_notes;
    /// use gongbao::Span;
    /// let (_, notes) = parse_with_notes("总局令（第88号）").unwrap();
    /// assert_eq!(notes[0].span(), Span::new(9, 23));
    /// ```
    pub fn span(&self) -> Span {
        match self {
            Normalization::BracketReplaced { span, .. }
            | Normalization::SpaceRemoved { span }
            | Normalization::FullWidthDigitFolded { span }
            | Normalization::LeadingZeroDropped { span }
            | Normalization::SeparatorReplaced { span } => *span,
            Normalization::SerialBracketsRemoved { open, close } => open.join(*close),
        }
    }
}

/// Parses a string that is one 发文字号, decree or announcement number (surrounding
/// whitespace allowed).
///
/// Errors ([`ErrorKind::DocNumber`] unless said otherwise) carry the span of
/// the fault in `s`: an empty code, a code of anything but Han characters
/// and ASCII letters, no year in brackets, a year that is not four digits, a
/// missing closing bracket, a missing serial, a serial of 0, a serial too
/// large for `u64` ([`ErrorKind::Overflow`]), a missing 号, text after 号,
/// and a blank string ([`ErrorKind::Empty`]). A number without its code
/// (the second line of a decree head, 第350号, （第350号）, 2023年第5号, or a
/// gazette's issue line 2023年第10号) fails with "empty code (机关代字)" and
/// an empty span where the code would start.
///
/// ```
/// use gongbao::docnum::parse;
/// use gongbao::{ErrorKind, Span};
/// assert_eq!(parse("（第350号）").unwrap_err().message(), "empty code (机关代字)");
/// assert_eq!(parse("国家安全生产监督管理总局令（第88号）").unwrap().to_string(), "国家安全生产监督管理总局令第88号");
/// assert_eq!(parse(" 国办函 〔２０２２〕 17号 ").unwrap().to_string(), "国办函〔2022〕17号");
///
/// let err = parse("沪府办规〔2023〕12").unwrap_err();
/// assert_eq!((err.kind(), err.span(), err.message().as_str()), (ErrorKind::DocNumber, Span::empty(24), "missing 号"));
/// let err = parse("国发〔19〕4号").unwrap_err();
/// assert_eq!(err.span(), Span::new(9, 11));
/// let err = parse(&format!("国发〔2019〕{}号", "9".repeat(30))).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Overflow);
/// ```
pub fn parse(s: &str) -> Result<DocNumber, Error> {
    parse_with_notes(s).map(|(n, _)| n)
}

/// Like [`parse`], and also lists the [`Normalization`]s applied, in the
/// order of their position in `s`.
///
/// ```
/// use gongbao::docnum::{parse_with_notes, Normalization};
/// use gongbao::Span;
/// let (n, notes) = parse_with_notes("国办函[2022]017号").unwrap();
/// assert_eq!(n.to_string(), "国办函〔2022〕17号");
/// assert_eq!(notes, [
///     Normalization::BracketReplaced { span: Span::new(9, 10), found: '[' },
///     Normalization::BracketReplaced { span: Span::new(14, 15), found: ']' },
///     Normalization::LeadingZeroDropped { span: Span::new(15, 16) },
/// ]);
/// ```
pub fn parse_with_notes(s: &str) -> Result<(DocNumber, Vec<Normalization>), Error> {
    let trimmed = s.trim_start_matches(is_space);
    let body = trimmed.trim_end_matches(is_space);
    if body.is_empty() {
        return Err(Error::new(ErrorKind::Empty, Span::new(0, s.len()), "empty document number"));
    }
    // A decree head's second line (第350号, （第350号）, 2023年第5号) or a
    // number cut from its code: the caller joins it to the line before.
    if is_whole_tail(body) {
        return Err(Error::new(ErrorKind::DocNumber, Span::empty(s.len() - trimmed.len()), "empty code (机关代字)"));
    }
    let (code, rest) = split_code(body);
    let code_has_text = code.chars().any(|c| !is_space(c));
    if !code_has_text && !rest.starts_with(|c: char| is_year_open(c) || is_digit(c)) {
        return Err(fault_error(s, Fault { at: rest, message: "not a document number" }));
    }
    let compact = bare_code(code);
    let class = CodeClass::of(&compact);
    if code_has_text {
        check_code(&compact, class).map_err(|m| Error::new(ErrorKind::DocNumber, span_in(s, code), m))?;
    }
    let parsed = if class.names_organ() { decree_tail(rest) } else { ordinary_tail(rest) };
    let (after, tail) = parsed.map_err(|e| nom_error(s, e))?;
    if !after.is_empty() {
        return Err(Error::new(ErrorKind::DocNumber, span_in(s, after), "unexpected text after 号"));
    }
    build(s, code, &tail)
}

/// A number found in running text by [`find_doc_numbers`].
///
/// ```
/// use gongbao::docnum::find_doc_numbers;
/// let text = "为贯彻落实《实施意见》(国办函〔2022〕17号),进一步";
/// let m = &find_doc_numbers(text)[0];
/// assert_eq!(m.raw, "国办函〔2022〕17号");
/// assert_eq!(&text[m.span.start..m.span.end], m.raw);
/// assert!(m.cited && !m.own_line);
/// assert_eq!(m.cited_title.as_ref().unwrap().title, "实施意见");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocNumberMatch {
    /// The whole number as printed, from the first character of the code to
    /// 号 (and the closing bracket of a bracketed decree serial).
    pub span: Span,
    /// The text under `span`.
    pub raw: String,
    /// The parsed number.
    pub number: DocNumber,
    /// The fixes applied, with spans into the searched text.
    pub normalizations: Vec<Normalization>,
    /// The number stands alone on its line (or lines: a decree header split
    /// as 中华人民共和国国务院令 / 第707号): the document's own number.
    pub own_line: bool,
    /// The number stands inside running text or a citation: always
    /// `!own_line`, spelled out for readers of the JSON.
    pub cited: bool,
    /// The 《》 title right before the number when it is cited as
    /// 《X》（国办函〔2022〕17号） or 《X》(…).
    pub cited_title: Option<CitedTitle>,
}

/// The title of a cited document, as in 《X》（国办函〔2022〕17号）.
///
/// ```
/// use gongbao::docnum::find_doc_numbers;
/// let text = "《关于 加强监管的意见》（国办函〔2022〕17号）";
/// let t = find_doc_numbers(text)[0].cited_title.clone().unwrap();
/// assert_eq!(t.title, "关于加强监管的意见");
/// assert_eq!(&text[t.span.start..t.span.end], "关于 加强监管的意见");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CitedTitle {
    /// The title without 《》 and with layout whitespace removed
    /// ([`strip_layout_spaces`]).
    pub title: String,
    /// The title as printed, between (not including) 《 and 》.
    pub span: Span,
}

/// Every 发文字号, decree and announcement number in `text`, in order, with
/// spans. See
/// the [module docs](self) for how the start of a code is found and what is
/// skipped.
///
/// ```
/// use gongbao::docnum::find_doc_numbers;
/// let text = "中华人民共和国国务院令\n\n第707号\n\n（1994年1月28日中华人民共和国国务院令第142号发布）";
/// let found = find_doc_numbers(text);
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].raw, "中华人民共和国国务院令\n\n第707号");
/// assert!(found[0].own_line);
/// assert_eq!(found[1].number.to_string(), "中华人民共和国国务院令第142号");
/// assert!(found[1].cited);
///
/// // Titles and dates hold no numbers.
/// assert!(find_doc_numbers("《关于印发2023年〔2023〕1号工作要点的通知》2023年4月18日").is_empty());
/// ```
pub fn find_doc_numbers(text: &str) -> Vec<DocNumberMatch> {
    let titles = crate::text::title_spans(text);
    let mut out = Vec::new();
    // Where the last match ended: no match starts before it, and no code
    // reaches back over it.
    let mut floor = 0;
    let mut next_title = 0;
    for pos in anchors(text) {
        let Some(c) = text.get(pos..).and_then(|rest| rest.chars().next()) else { continue };
        let at_suffix = c == '令' || (c == '告' && text.get(..pos).is_some_and(|b| b.ends_with('公')));
        if pos < floor || !(at_suffix || is_year_open(c)) {
            continue;
        }
        while titles.get(next_title).is_some_and(|t| t.end <= pos) {
            next_title += 1;
        }
        if titles.get(next_title).is_some_and(|t| t.start <= pos) {
            continue;
        }
        let found =
            if at_suffix { match_issued(text, pos + c.len_utf8(), floor) } else { match_ordinary(text, pos, floor) };
        if let Some((span, number, normalizations)) = found {
            let own_line = alone_on_line(text, span);
            out.push(DocNumberMatch {
                span,
                raw: text.get(span.start..span.end).unwrap_or_default().to_string(),
                number,
                normalizations,
                own_line,
                cited: !own_line,
                cited_title: cited_title(text, span.start, &titles),
            });
            floor = span.end.max(pos + c.len_utf8());
        }
    }
    out
}

/// Where a number can be recognised, in order: at the 令 of a decree, the
/// 告 of 公告, or a bracket that may hold a year ([`is_year_open`]). Each
/// mark is searched for on its own with memchr's vectorised search, which
/// looks for its rarest bytes: far fewer false starts than a search by the
/// first bytes these characters share with most Chinese text.
fn anchors(text: &str) -> Vec<usize> {
    static FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
        ["令", "告", "〔", "［", "（", "【", "〖"].iter().map(|m| memchr::memmem::Finder::new(m.as_bytes())).collect()
    });
    let bytes = text.as_bytes();
    let mut out: Vec<usize> = memchr::memchr2_iter(b'(', b'[', bytes).collect();
    for f in FINDERS.iter() {
        out.extend(f.find_iter(bytes));
    }
    out.sort_unstable();
    out
}

// ---------------------------------------------------------------------------
// Character classes

/// Brackets that may stand around a year: the crate's bracket table without
/// the title and quotation marks (《〈「『) and braces.
fn is_year_open(c: char) -> bool {
    is_open_bracket(c) && !matches!(c, '《' | '〈' | '「' | '『' | '{' | '｛')
}

fn is_year_close(c: char) -> bool {
    is_close_bracket(c) && !matches!(c, '》' | '〉' | '」' | '』' | '}' | '｝')
}

/// Characters of a 机关代字: Han characters, and ASCII letters for the
/// placeholder codes of textbooks (X市财发).
fn is_code_char(c: char) -> bool {
    is_han(c) || c.is_ascii_alphabetic()
}

/// What may follow the digits of an organ count (等5部门, 等10个部门): a Han
/// character that names what is counted, so not one that ends the code or
/// goes on with the number.
fn is_counted_han(c: char) -> bool {
    is_han(c) && !matches!(c, '令' | '第' | '号' | '年')
}

/// Whether the digits `code[at..]` start with are an organ count: right
/// after 等 (with an organ before it) and right before a Han character, as
/// in 国家发展改革委等5部门令. Only decree and announcement codes have them
/// (the number of organs that issued a joint decree); in Chinese numerals
/// (等八部门令) they need no exception.
fn is_organ_count(code: &str, at: usize) -> bool {
    let rest = code.get(at..).unwrap_or_default();
    let end = at + rest.find(|d: char| !is_digit(d)).unwrap_or(rest.len());
    end > at
        && code.get(..at).and_then(|b| b.strip_suffix('等')).is_some_and(|b| !b.is_empty())
        && code.get(end..).and_then(|r| r.chars().next()).is_some_and(is_counted_han)
}

/// Whether whitespace between `before` (the code up to it) and `next` (the
/// first of the `left` characters after it, whitespace not counted)
/// separates two organs of a decree or announcement code of class `class`:
/// `before` ends an organ's name ([`ORGAN_ENDINGS`]), `next` starts another
/// (a Han character, not the 等 of an organ count) and more than the 令 or
/// 公告 follows.
fn separates_organs(class: CodeClass, before: &str, next: char, left: usize) -> bool {
    class.names_organ()
        && is_han(next)
        && next != '等'
        && left > class.suffix().chars().count()
        && ORGAN_ENDINGS.iter().any(|e| before.ends_with(e))
}

/// Characters a year or day may end in before 年/月/日 of a date.
fn is_date_numeral(c: char) -> bool {
    is_digit(c) || matches!(c, '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}')
}

/// What the end of a code makes a number. Decree and announcement codes
/// name an organ (中华人民共和国国务院令, 国家税务总局公告) and share the
/// grammar after the code and the rules for finding the code in text; plain
/// codes are 机关代字 abbreviations (国办发).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CodeClass {
    Plain,
    Decree,
    Announcement,
}

impl CodeClass {
    /// The class of a code without whitespace.
    fn of(code: &str) -> Self {
        if code.ends_with('令') {
            CodeClass::Decree
        } else if code.ends_with("公告") {
            CodeClass::Announcement
        } else {
            CodeClass::Plain
        }
    }

    /// Whether the code is an organ's name with 令 or 公告.
    fn names_organ(self) -> bool {
        self != CodeClass::Plain
    }

    /// What codes of the class end in.
    fn suffix(self) -> &'static str {
        match self {
            CodeClass::Plain => "",
            CodeClass::Decree => "令",
            CodeClass::Announcement => "公告",
        }
    }

    fn kind(self, legacy_marks: bool) -> DocNumberKind {
        match self {
            CodeClass::Decree => DocNumberKind::Decree,
            CodeClass::Announcement => DocNumberKind::Announcement,
            CodeClass::Plain if legacy_marks => DocNumberKind::Legacy,
            CodeClass::Plain => DocNumberKind::Ordinary,
        }
    }
}

/// The rules every code obeys, shared by the constructors, [`parse`] and
/// [`find_doc_numbers`].
fn check_code(code: &str, class: CodeClass) -> Result<(), &'static str> {
    if code.is_empty() {
        return Err("empty code (机关代字)");
    }
    let mut digits_checked = 0;
    let mut left = code.chars().filter(|&c| c != JOINT).count();
    let mut chars = code.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == JOINT && class.names_organ() {
            if !chars.peek().is_some_and(|&(_, n)| separates_organs(class, &code[..i], n, left)) {
                return Err("a 、 in a code only separates joint organs, as in 财政部、税务总局公告");
            }
            continue;
        }
        if c != JOINT {
            left = left.saturating_sub(1);
        }
        if c.is_ascii_digit() && class.names_organ() {
            if i >= digits_checked {
                if !is_organ_count(code, i) {
                    return Err("digits in a code only count organs, as in 等5部门令");
                }
                digits_checked = i + code[i..].find(|d: char| !d.is_ascii_digit()).unwrap_or(code.len() - i);
            }
        } else if !is_code_char(c) {
            return Err("a code (机关代字) holds only Han characters and ASCII letters");
        }
    }
    if !code.chars().any(is_han) {
        return Err("a code (机关代字) holds at least one Han character");
    }
    if code.ends_with('第') {
        return Err("a code (机关代字) does not end in 第");
    }
    // 令第, 令号, 公告第 and 公告号 end a decree or announcement code; inside
    // a code they would print as such a number and read back as one.
    if ["令第", "令号", "公告第", "公告号"].iter().any(|w| code.contains(w)) {
        return Err("a code (机关代字) does not hold 令第, 令号, 公告第 or 公告号");
    }
    let organ_chars = code.chars().count();
    match class {
        CodeClass::Decree if organ_chars < 2 => return Err("empty decree code before 令"),
        CodeClass::Announcement if organ_chars < 3 => return Err("empty announcement code before 公告"),
        _ => {}
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Grammar (nom over &str; every token is matched on its folded form)

/// A failed expectation: where, and what was expected.
#[derive(Debug)]
struct Fault<'a> {
    at: &'a str,
    message: &'static str,
}

impl<'a> nom::error::ParseError<&'a str> for Fault<'a> {
    fn from_error_kind(input: &'a str, _: nom::error::ErrorKind) -> Self {
        Fault { at: input, message: "unexpected character" }
    }

    fn append(_: &'a str, _: nom::error::ErrorKind, other: Self) -> Self {
        other
    }
}

type PResult<'a, T> = IResult<&'a str, T, Fault<'a>>;

fn fail<'a, T>(at: &'a str, message: &'static str) -> PResult<'a, T> {
    Err(nom::Err::Error(Fault { at, message }))
}

/// The parts of a number after its code, as slices of the input.
#[derive(Debug, Default)]
struct Tail<'a> {
    spaces: Vec<&'a str>,
    year: Option<&'a str>,
    year_brackets: Option<(&'a str, &'a str)>,
    suffixed_year: bool,
    zi: bool,
    di: bool,
    serial_brackets: Option<(&'a str, &'a str)>,
    serial: &'a str,
}

impl<'a> Tail<'a> {
    /// Skips whitespace, remembering it for [`Normalization::SpaceRemoved`].
    fn ws(&mut self, i: &'a str) -> &'a str {
        let parsed: PResult<'a, &'a str> = take_while(is_space).parse_complete(i);
        match parsed {
            Ok((rest, spaces)) => {
                if !spaces.is_empty() {
                    self.spaces.push(spaces);
                }
                rest
            }
            Err(_) => i,
        }
    }
}

fn token<'a>(pred: fn(char) -> bool) -> impl Parser<&'a str, Output = &'a str, Error = Fault<'a>> {
    recognize(satisfy(pred))
}

fn digits(i: &str) -> PResult<'_, &str> {
    take_while(is_digit).parse_complete(i)
}

fn opt_char(c: char, i: &str) -> (&str, bool) {
    let parsed: PResult<'_, char> = one_char(c).parse_complete(i);
    match parsed {
        Ok((rest, _)) => (rest, true),
        Err(_) => (i, false),
    }
}

/// serial 号, the serial's digits possibly read already.
fn serial_hao<'a>(i: &'a str, read: Option<&'a str>, t: &mut Tail<'a>) -> PResult<'a, ()> {
    let (i, serial) = match read {
        Some(d) => (i, d),
        None => digits(i)?,
    };
    if serial.is_empty() {
        return fail(i, "missing serial");
    }
    t.serial = serial;
    let i = t.ws(i);
    match one_char::<_, Fault<'a>>('号').parse_complete(i) {
        Ok((i, _)) => Ok((i, ())),
        Err(_) => fail(i, "missing 号"),
    }
}

/// After an ordinary code: 〔year〕, optional legacy 字 and 第, serial 号.
fn ordinary_tail(i: &str) -> PResult<'_, Tail<'_>> {
    let mut t = Tail::default();
    let i = t.ws(i);
    let Ok((i, open)) = token(is_year_open).parse_complete(i) else {
        return fail(i, "expected the year in brackets, as in 〔2023〕");
    };
    let i = t.ws(i);
    let (i, year) = digits(i)?;
    if year.is_empty() {
        return fail(i, "missing year");
    }
    let i = t.ws(i);
    let Ok((i, close)) = token(is_year_close).parse_complete(i) else {
        return fail(i, "missing closing bracket after the year");
    };
    t.year = Some(year);
    t.year_brackets = Some((open, close));
    let i = t.ws(i);
    let (i, zi) = opt_char('字', i);
    let i = if zi { t.ws(i) } else { i };
    let (i, di) = opt_char('第', i);
    let i = if di { t.ws(i) } else { i };
    t.zi = zi;
    t.di = di;
    let (i, ()) = serial_hao(i, None, &mut t)?;
    Ok((i, t))
}

/// After a decree code (…令): `第N号`, `N号`, `（第N号）`, `2019年第N号`,
/// `〔2017〕N号`.
fn decree_tail(i: &str) -> PResult<'_, Tail<'_>> {
    let mut t = Tail::default();
    let i = t.ws(i);
    if let Ok((j, open)) = token(is_year_open).parse_complete(i) {
        let j = t.ws(j);
        let (j, di) = opt_char('第', j);
        if di {
            t.di = true;
            let j = t.ws(j);
            let (j, ()) = serial_hao(j, None, &mut t)?;
            return close_serial(j, open, t);
        }
        let (j, d) = digits(j)?;
        if d.is_empty() {
            return fail(j, "missing year or serial");
        }
        let j = t.ws(j);
        if let Ok((j, close)) = token(is_year_close).parse_complete(j) {
            t.year = Some(d);
            t.year_brackets = Some((open, close));
            let j = t.ws(j);
            let (j, di) = opt_char('第', j);
            t.di = di;
            let j = if di { t.ws(j) } else { j };
            let (j, ()) = serial_hao(j, None, &mut t)?;
            return Ok((j, t));
        }
        let (j, ()) = serial_hao(j, Some(d), &mut t)?;
        return close_serial(j, open, t);
    }
    let (i, di) = opt_char('第', i);
    if di {
        t.di = true;
        let i = t.ws(i);
        let (i, ()) = serial_hao(i, None, &mut t)?;
        return Ok((i, t));
    }
    let (i, d) = digits(i)?;
    if d.is_empty() {
        return fail(i, "missing serial");
    }
    let j = t.ws(i);
    let (j, nian) = opt_char('年', j);
    if nian {
        t.year = Some(d);
        t.suffixed_year = true;
        let j = t.ws(j);
        let (j, di) = opt_char('第', j);
        t.di = di;
        let j = if di { t.ws(j) } else { j };
        let (j, ()) = serial_hao(j, None, &mut t)?;
        return Ok((j, t));
    }
    let (i, ()) = serial_hao(i, Some(d), &mut t)?;
    Ok((i, t))
}

/// Whether `rest` is all of a number but its code: what [`decree_tail`]
/// or [`ordinary_tail`] reads to the end.
fn is_whole_tail(rest: &str) -> bool {
    [decree_tail(rest), ordinary_tail(rest)].into_iter().any(|r| r.is_ok_and(|(after, _)| after.is_empty()))
}

/// The closing bracket of a bracketed decree serial, （第88号）.
fn close_serial<'a>(i: &'a str, open: &'a str, mut t: Tail<'a>) -> PResult<'a, Tail<'a>> {
    let i = t.ws(i);
    let Ok((i, close)) = token(is_year_close).parse_complete(i) else {
        return fail(i, "missing closing bracket after 号");
    };
    t.serial_brackets = Some((open, close));
    Ok((i, t))
}

/// Splits a whole-string number into its code (with any inner whitespace)
/// and the rest. A decree or announcement code ends at the 令 or 公告 that 第
/// or 号 follows, so that the 第 (令第706号) and a missing serial (令第号) are
/// read as parts of the number rather than of the code.
fn split_code(body: &str) -> (&str, &str) {
    let run = &body[..code_run_end(body)];
    for (i, c) in run.char_indices() {
        let after = i + c.len_utf8();
        let suffix = c == '令' || (c == '告' && run[..i].trim_end_matches(is_space).ends_with('公'));
        if suffix && run[after..].trim_start_matches(is_space).starts_with(['第', '号']) {
            return (&body[..after], &body[after..]);
        }
    }
    let code = run.trim_end_matches(is_space);
    (code, &body[code.len()..])
}

/// The end of the run of code characters, whitespace and organ counts
/// (等5部门, see [`is_organ_count`]) that `s` starts with.
fn code_run_end(s: &str) -> usize {
    let mut i = 0;
    let mut last = None;
    while let Some(c) = s.get(i..).and_then(|r| r.chars().next()) {
        // A 、 separates the organs of a joint code (财政部、税务总局公告).
        if is_code_char(c) || is_space(c) || (c == JOINT && s[i + c.len_utf8()..].starts_with(is_code_char)) {
            if !is_space(c) && c != JOINT {
                last = Some(c);
            }
            i += c.len_utf8();
        } else if is_digit(c) && last == Some('等') {
            let rest = &s[i..];
            let digits_end = i + rest.find(|d: char| !is_digit(d)).unwrap_or(rest.len());
            if !s[digits_end..].trim_start_matches(is_space).starts_with(is_counted_han) {
                break;
            }
            last = Some(c);
            i = digits_end;
        } else {
            break;
        }
    }
    i
}

fn span_in(whole: &str, part: &str) -> Span {
    Span::of(whole, part).unwrap_or_else(|| Span::empty(whole.len()))
}

fn fault_error(whole: &str, fault: Fault<'_>) -> Error {
    let start = span_in(whole, fault.at).start;
    let len = fault.at.chars().next().map_or(0, char::len_utf8);
    Error::new(ErrorKind::DocNumber, Span::new(start, start + len), fault.message)
}

fn nom_error(whole: &str, e: nom::Err<Fault<'_>>) -> Error {
    match e {
        nom::Err::Error(f) | nom::Err::Failure(f) => fault_error(whole, f),
        nom::Err::Incomplete(_) => Error::new(ErrorKind::DocNumber, Span::empty(whole.len()), "incomplete number"),
    }
}

/// Turns the parts into a number and the list of fixes, checking the
/// values. `code` may hold whitespace (from [`parse`]).
fn build(whole: &str, code: &str, t: &Tail<'_>) -> Result<(DocNumber, Vec<Normalization>), Error> {
    let error = |part: &str, message: &'static str| Error::new(ErrorKind::DocNumber, span_in(whole, part), message);
    let mut notes = Vec::new();
    let compact = compact_code(whole, code, &mut notes);
    let class = CodeClass::of(&compact);
    check_code(&compact, class).map_err(|m| error(code, m))?;

    let year = match t.year {
        Some(digits) => Some(year_value(digits).ok_or_else(|| error(digits, "the year must have four digits"))?),
        None => None,
    };
    if year.is_none() && class == CodeClass::Plain {
        return Err(error(code, "an ordinary number has a year"));
    }
    let zeros = t.serial.len() - t.serial.trim_start_matches(|c| digit_value(c) == Some(0)).len();
    if zeros == t.serial.len() {
        return Err(error(t.serial, "the serial is 0"));
    }
    let serial = serial_value(t.serial)
        .ok_or_else(|| Error::new(ErrorKind::Overflow, span_in(whole, t.serial), "serial too large"))?;

    for s in &t.spaces {
        notes.push(Normalization::SpaceRemoved { span: span_in(whole, s) });
    }
    if let Some((open, close)) = t.year_brackets {
        for (b, canonical) in [(open, '〔'), (close, '〕')] {
            if let Some(found) = b.chars().next().filter(|&f| f != canonical) {
                notes.push(Normalization::BracketReplaced { span: span_in(whole, b), found });
            }
        }
    }
    if let Some((open, close)) = t.serial_brackets {
        notes.push(Normalization::SerialBracketsRemoved { open: span_in(whole, open), close: span_in(whole, close) });
    }
    for digits in t.year.iter().chain([&t.serial]) {
        full_width_runs(whole, digits, &mut notes);
    }
    if zeros > 0 {
        notes.push(Normalization::LeadingZeroDropped { span: span_in(whole, &t.serial[..zeros]) });
    }
    notes.sort_by_key(|n| (n.span().start, n.span().end));

    let kind = class.kind(t.zi || t.di);
    let year_style = if t.suffixed_year { YearStyle::Suffixed } else { YearStyle::Bracketed };
    Ok((DocNumber { code: compact, year, serial, kind, year_style, zi: t.zi, di: t.di }, notes))
}

/// The canonical spelling of a code as printed (a slice of `whole`):
/// whitespace between joint organs made 、 ([`JOINT`]), other (layout)
/// whitespace removed and digits (等５部门令) folded, each fix noted.
fn compact_code(whole: &str, code: &str, notes: &mut Vec<Normalization>) -> String {
    let bare = bare_code(code);
    let class = CodeClass::of(&bare);
    let mut left = bare.chars().count();
    let mut compact = String::with_capacity(code.len());
    let mut space_start = None;
    let mut digits_start = None;
    for (i, c) in code.char_indices().chain([(code.len(), ' ')]) {
        let end = i == code.len();
        if is_digit(c) && !end {
            digits_start.get_or_insert(i);
        } else if let Some(s) = digits_start.take() {
            full_width_runs(whole, &code[s..i], notes);
        }
        if end {
            break;
        }
        if is_space(c) || c == JOINT {
            space_start.get_or_insert(i);
            continue;
        }
        if let Some(s) = space_start.take() {
            let span = span_in(whole, &code[s..i]);
            let printed = &code[s..i];
            if separates_organs(class, &compact, c, left) {
                compact.push(JOINT);
                if printed != "、" {
                    notes.push(Normalization::SeparatorReplaced { span });
                }
            } else if printed.contains(JOINT) {
                // A 、 that separates no organs lists things: no code. Keep
                // it, so that the code is rejected.
                compact.push(JOINT);
            } else {
                notes.push(Normalization::SpaceRemoved { span });
            }
        }
        compact.push(if is_digit(c) { fold_char(c) } else { c });
        left = left.saturating_sub(1);
    }
    compact
}

/// A code as printed without whitespace and with digits folded: enough to
/// tell its class and check it before the rest is parsed.
fn bare_code(code: &str) -> String {
    code.chars().filter(|c| !is_space(*c)).map(|c| if is_digit(c) { fold_char(c) } else { c }).collect()
}

/// Four digits, the first not 0.
fn year_value(digits: &str) -> Option<u16> {
    let mut value: u16 = 0;
    let mut count = 0;
    for c in digits.chars() {
        value = value.checked_mul(10)?.checked_add(u16::try_from(digit_value(c)?).ok()?)?;
        count += 1;
    }
    (count == 4 && value >= 1000).then_some(value)
}

fn serial_value(digits: &str) -> Option<u64> {
    digits.chars().try_fold(0u64, |acc, c| acc.checked_mul(10)?.checked_add(u64::from(digit_value(c)?)))
}

fn full_width_runs(whole: &str, digits: &str, notes: &mut Vec<Normalization>) {
    let mut start = None;
    for (i, c) in digits.char_indices().chain([(digits.len(), ' ')]) {
        let wide = i < digits.len() && fold_char(c) != c;
        match (wide, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                notes.push(Normalization::FullWidthDigitFolded { span: span_in(whole, &digits[s..i]) });
                start = None;
            }
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------
// Finding numbers in running text

type Found = (Span, DocNumber, Vec<Normalization>);

/// A decree or announcement number whose code (…令, …公告) ends at
/// `code_end`.
fn match_issued(text: &str, code_end: usize, floor: usize) -> Option<Found> {
    let (rest, tail) = decree_tail(text.get(code_end..)?).ok()?;
    let code_start = left_edge(text, code_end, floor, CodeClass::of(text.get(..code_end)?))?;
    let (number, notes) = build(text, text.get(code_start..code_end)?, &tail).ok()?;
    Some((Span::new(code_start, text.len() - rest.len()), number, notes))
}

/// An ordinary or legacy number whose year bracket opens at `at`.
fn match_ordinary(text: &str, at: usize, floor: usize) -> Option<Found> {
    let before = text.get(floor..at)?;
    let code_end = floor + before.trim_end_matches(is_space).len();
    let last = before.get(..code_end - floor)?.chars().next_back()?;
    // A code ending in 令 or 公告 was tried as a decree or announcement at
    // its last character.
    if !is_code_char(last) || CodeClass::of(text.get(..code_end)?).names_organ() {
        return None;
    }
    let (rest, tail) = ordinary_tail(text.get(code_end..)?).ok()?;
    let code_start = left_edge(text, code_end, floor, CodeClass::Plain)?;
    let (number, notes) = build(text, text.get(code_start..code_end)?, &tail).ok()?;
    Some((Span::new(code_start, text.len() - rest.len()), number, notes))
}

/// Where the code that ends at `code_end` begins (rules 1–5 of the module
/// docs), or `None` when no acceptable code is there.
fn left_edge(text: &str, code_end: usize, floor: usize, class: CodeClass) -> Option<usize> {
    let decree = class.names_organ();
    let head = text.get(floor..code_end)?;
    let mut run_start = code_end;
    let mut truncated = false;
    let mut at = head.len();
    let mut count = 0;
    while let Some(c) = head.get(..at).and_then(|h| h.chars().next_back()) {
        if count == LOOKBACK_CHARS {
            truncated = true;
            break;
        }
        if is_code_char(c) {
            at -= c.len_utf8();
            count += 1;
            run_start = floor + at;
            continue;
        }
        if !decree {
            break;
        }
        // Whitespace or a 、 between the organs of a joint code, on one line.
        if (is_space(c) && !is_line_break(c)) || c == JOINT {
            let spaces = head.get(..at)?.chars().rev().take(LOOKBACK_CHARS);
            let spaces = spaces.take_while(|&d| (is_space(d) && !is_line_break(d)) || d == JOINT);
            let (width, bytes) = spaces.fold((0, 0), |(n, b), d| (n + 1, b + d.len_utf8()));
            let start = at - bytes;
            let read = head.get(at..)?;
            let next = read.chars().next()?;
            let left = read.chars().count();
            if count + width >= LOOKBACK_CHARS || !separates_organs(class, head.get(..start)?, next, left) {
                break;
            }
            at = start;
            count += width;
            continue;
        }
        // The count in 等5部门令: digits between 等 and the code read so far.
        if !is_digit(c) {
            break;
        }
        let digits = head.get(..at)?.chars().rev().take(LOOKBACK_CHARS).take_while(|&d| is_digit(d));
        let (width, bytes) = digits.fold((0, 0), |(n, b), d| (n + 1, b + d.len_utf8()));
        let start = at - bytes;
        if count + width >= LOOKBACK_CHARS || !is_organ_count(head, start) {
            break;
        }
        at = start;
        count += width;
    }
    let run = text.get(run_start..code_end)?;
    if run.is_empty() {
        return None;
    }
    // Rule 2: a date glued to the code.
    let mut cut = 0;
    let mut prev = if run_start > floor { text.get(..run_start)?.chars().next_back() } else { None };
    for (i, c) in run.char_indices() {
        if matches!(c, '年' | '月' | '日') && prev.is_some_and(is_date_numeral) {
            cut = i + c.len_utf8();
        }
        prev = Some(c);
    }
    // Rule 3: the rightmost function word.
    let words = FUNCTION_WORDS.iter().chain(if decree { &[][..] } else { CONJUNCTIONS });
    let mut best = cut;
    for w in words {
        if let Some(k) = run.get(cut..)?.rfind(w) {
            let after = cut + k + w.len();
            if after < run.len() {
                best = best.max(after);
            }
        }
    }
    let mut cut = best;
    // A conjunction right after a delimiter joins this number to the one
    // before it (…（第8号）和交通运输部令…), even before a decree code.
    if let Some(w) = CONJUNCTIONS.iter().find(|w| run.get(cut..).is_some_and(|r| r.starts_with(**w))) {
        cut += w.len();
    }
    // Rule 4: 原 ("the former") before an organ's name.
    let code = run.get(cut..)?;
    if code.starts_with('原') && code.chars().count() >= 3 {
        cut += '原'.len_utf8();
    }
    // Rule 5: a plausible length (each organ's, in a joint code), and not a
    // function word itself.
    let code = run.get(cut..)?;
    let max = if decree { MAX_DECREE_CODE_CHARS } else { MAX_CODE_CHARS };
    let too_long = code.split(|c: char| is_space(c) || c == JOINT).any(|organ| organ.chars().count() > max);
    if code.is_empty() || code.starts_with(is_space) || too_long || (truncated && cut == 0) {
        return None;
    }
    if FUNCTION_WORDS.contains(&code) {
        return None;
    }
    Some(run_start + cut)
}

/// Whether only whitespace shares the line(s) of `span`.
fn alone_on_line(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or_default();
    let after = text.get(span.end..).unwrap_or_default();
    clear_to_line_end(before.chars().rev()) && clear_to_line_end(after.chars())
}

/// Whether only non-breaking whitespace comes before the next line break
/// (or the end) in `chars`.
fn clear_to_line_end(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !is_space(c) || is_line_break(c)).is_none_or(is_line_break)
}

/// The title in 《X》（number） or 《X》(number), the number starting at
/// `start`.
fn cited_title(text: &str, start: usize, titles: &[Span]) -> Option<CitedTitle> {
    let before = text.get(..start)?.trim_end_matches(is_space);
    let paren = before.chars().next_back().filter(|&c| is_open_paren(c))?;
    let before = before.get(..before.len() - paren.len_utf8())?.trim_end_matches(is_space);
    if !before.ends_with('》') {
        return None;
    }
    let title = titles.binary_search_by_key(&before.len(), |t| t.end).ok().and_then(|k| titles.get(k))?;
    let inner = Span::new(title.start + '《'.len_utf8(), title.end - '》'.len_utf8());
    Some(CitedTitle { title: strip_layout_spaces(inner.slice(text)?), span: inner })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(s: &str) -> String {
        parse(s).map(|n| n.to_string()).unwrap_or_else(|e| format!("error: {e}"))
    }

    fn err(s: &str) -> (ErrorKind, Span, String) {
        let e = parse(s).unwrap_err();
        (e.kind(), e.span(), e.message().to_string())
    }

    #[test]
    fn corpus_numbers_parse_to_their_parts() {
        let cases: &[(&str, &str, Option<u16>, u64, DocNumberKind)] = &[
            ("沪府办规〔2023〕12号", "沪府办规", Some(2023), 12, DocNumberKind::Ordinary),
            ("沪府办发〔2023〕6号", "沪府办发", Some(2023), 6, DocNumberKind::Ordinary),
            ("沪府办发〔2023〕7号", "沪府办发", Some(2023), 7, DocNumberKind::Ordinary),
            ("沪府办字〔2023〕5号", "沪府办字", Some(2023), 5, DocNumberKind::Ordinary),
            ("国办函〔2022〕17号", "国办函", Some(2022), 17, DocNumberKind::Ordinary),
            ("国发〔2019〕4号", "国发", Some(2019), 4, DocNumberKind::Ordinary),
            ("国办发〔2018〕128号", "国办发", Some(2018), 128, DocNumberKind::Ordinary),
            ("国办发〔2018〕129号", "国办发", Some(2018), 129, DocNumberKind::Ordinary),
            ("中华人民共和国国务院令第707号", "中华人民共和国国务院令", None, 707, DocNumberKind::Decree),
            ("中华人民共和国国务院令第142号", "中华人民共和国国务院令", None, 142, DocNumberKind::Decree),
            ("国家市场监督管理总局令第56号", "国家市场监督管理总局令", None, 56, DocNumberKind::Decree),
        ];
        for &(s, code, year, serial, kind) in cases {
            let (n, notes) = parse_with_notes(s).unwrap();
            assert_eq!((n.code(), n.year(), n.serial(), n.kind()), (code, year, serial, kind), "{s}");
            assert_eq!(n.to_string(), s, "{s} is canonical already");
            assert!(notes.is_empty(), "{s}: {notes:?}");
        }
    }

    #[test]
    fn the_707_header_split_over_lines_is_one_number() {
        let s = "中华人民共和国国务院令\n\n第707号";
        let (n, notes) = parse_with_notes(s).unwrap();
        assert_eq!(n.to_string(), "中华人民共和国国务院令第707号");
        assert_eq!(notes, [Normalization::SpaceRemoved { span: Span::new(33, 35) }]);
    }

    #[test]
    fn variants_of_real_text_are_accepted() {
        let cases = [
            ("沪府办规〔2020〕17 号", "沪府办规〔2020〕17号"),
            ("国办函 〔2022〕 17号", "国办函〔2022〕17号"),
            ("深发[1998]24号", "深发〔1998〕24号"),
            ("国发［2019］4号", "国发〔2019〕4号"),
            ("国发(2019)4号", "国发〔2019〕4号"),
            ("国发（2019）4号", "国发〔2019〕4号"),
            ("国发【2019】4号", "国发〔2019〕4号"),
            ("国发〖2019〗4号", "国发〔2019〕4号"),
            ("国发〔２０１９〕４号", "国发〔2019〕4号"),
            ("国发〔2019〕004号", "国发〔2019〕4号"),
            ("深税字〔1988〕37号", "深税字〔1988〕37号"),
            ("X市财发〔1992〕字第36号", "X市财发〔1992〕字第36号"),
            ("X市财发〔1992〕 字 第 36号", "X市财发〔1992〕字第36号"),
            ("国发〔2019〕第4号", "国发〔2019〕第4号"),
            ("沪府 办规〔2023〕12号", "沪府办规〔2023〕12号"),
            ("中华人民共和国国务院令第706号", "中华人民共和国国务院令第706号"),
            ("上海市人民政府令第1号", "上海市人民政府令第1号"),
            ("沪府令5号", "沪府令5号"),
            ("沪府令第60号", "沪府令第60号"),
            ("沪府令 第 060 号", "沪府令第60号"),
            ("国家安全生产监督管理总局令（第88号）", "国家安全生产监督管理总局令第88号"),
            ("国家安全生产监督管理总局令(第88号)", "国家安全生产监督管理总局令第88号"),
            ("沪府令（5号）", "沪府令5号"),
            ("交通运输部令2019年第46号", "交通运输部令2019年第46号"),
            ("交通运输部令 2019 年 第 46 号", "交通运输部令2019年第46号"),
            ("沪府令〔2017〕58号", "沪府令〔2017〕58号"),
            ("沪府令（2017）58号", "沪府令〔2017〕58号"),
            ("沪府令〔2017〕第58号", "沪府令〔2017〕第58号"),
            ("\u{3000} 国发〔2019〕4号\n", "国发〔2019〕4号"),
        ];
        for (s, canonical) in cases {
            assert_eq!(text_of(s), canonical, "{s:?}");
            assert_eq!(text_of(canonical), canonical, "canonical {canonical} is a fixed point");
        }
    }

    #[test]
    fn kinds_and_spelling_details() {
        let n = parse("沪府办字〔2023〕5号").unwrap();
        assert_eq!((n.kind(), n.has_zi(), n.has_di()), (DocNumberKind::Ordinary, false, false));
        let n = parse("X市财发〔1992〕字第36号").unwrap();
        assert_eq!((n.code(), n.kind(), n.has_zi(), n.has_di()), ("X市财发", DocNumberKind::Legacy, true, true));
        let n = parse("国发〔2019〕第4号").unwrap();
        assert_eq!((n.kind(), n.has_zi(), n.has_di()), (DocNumberKind::Legacy, false, true));
        let n = parse("交通运输部令2019年第46号").unwrap();
        assert_eq!(
            (n.code(), n.year(), n.year_style(), n.serial(), n.kind()),
            ("交通运输部令", Some(2019), Some(YearStyle::Suffixed), 46, DocNumberKind::Decree)
        );
        let n = parse("沪府令5号").unwrap();
        assert_eq!((n.code(), n.year(), n.has_di()), ("沪府令", None, false));
    }

    #[test]
    fn normalizations_name_what_changed_and_where() {
        let s = "国办函 （２０２２） 017 号";
        let (_, notes) = parse_with_notes(s).unwrap();
        let label = |n: &Normalization| match n {
            Normalization::BracketReplaced { .. } => "BracketReplaced",
            Normalization::SpaceRemoved { .. } => "SpaceRemoved",
            Normalization::FullWidthDigitFolded { .. } => "FullWidthDigitFolded",
            Normalization::LeadingZeroDropped { .. } => "LeadingZeroDropped",
            Normalization::SerialBracketsRemoved { .. } => "SerialBracketsRemoved",
            Normalization::SeparatorReplaced { .. } => "SeparatorReplaced",
        };
        let got: Vec<(&str, &str)> = notes.iter().map(|n| (label(n), &s[n.span().start..n.span().end])).collect();
        let expected = [
            ("SpaceRemoved", " "),
            ("BracketReplaced", "（"),
            ("FullWidthDigitFolded", "２０２２"),
            ("BracketReplaced", "）"),
            ("SpaceRemoved", " "),
            ("LeadingZeroDropped", "0"),
            ("SpaceRemoved", " "),
        ];
        assert_eq!(got, expected);

        let (_, notes) = parse_with_notes("国家安全生产监督管理总局令（第88号）").unwrap();
        assert_eq!(notes, [Normalization::SerialBracketsRemoved { open: Span::new(39, 42), close: Span::new(50, 53) }]);
    }

    #[test]
    fn faults_are_errors_with_their_span() {
        assert_eq!(err("沪府办规〔2023〕12"), (ErrorKind::DocNumber, Span::empty(24), "missing 号".into()));
        assert_eq!(err("沪府办规〔2023〕号"), (ErrorKind::DocNumber, Span::new(22, 25), "missing serial".into()));
        assert_eq!(err("沪府令第号"), (ErrorKind::DocNumber, Span::new(12, 15), "missing serial".into()));
        assert_eq!(
            err("国发〔19〕4号"),
            (ErrorKind::DocNumber, Span::new(9, 11), "the year must have four digits".into())
        );
        assert_eq!(err("国发〔20190〕4号").1, Span::new(9, 14));
        assert_eq!(err("国发〔0219〕4号").1, Span::new(9, 13));
        assert_eq!(err("国发〔〕4号").2, "missing year");
        assert_eq!(err("国发〔2019 4号").2, "missing closing bracket after the year");
        assert_eq!(err("国发2019年4号").2, "expected the year in brackets, as in 〔2023〕");
        assert_eq!(err("〔2019〕4号"), (ErrorKind::DocNumber, Span::empty(0), "empty code (机关代字)".into()));
        assert_eq!(err("令第5号").2, "empty decree code before 令");
        assert_eq!(err("国发〔2019〕0号").2, "the serial is 0");
        assert_eq!(
            err("国发〔2019〕4号文"),
            (ErrorKind::DocNumber, Span::new(20, 23), "unexpected text after 号".into())
        );
        assert_eq!(
            err("总局令（第88号"),
            (ErrorKind::DocNumber, Span::empty(20), "missing closing bracket after 号".into())
        );
        assert_eq!(err("").0, ErrorKind::Empty);
        assert_eq!(err(" \n\u{3000}").0, ErrorKind::Empty);
        assert_eq!(err("!!!"), (ErrorKind::DocNumber, Span::new(0, 1), "not a document number".into()));
        assert_eq!(err("hello").2, "a code (机关代字) holds at least one Han character");
        assert_eq!(err("国发第〔2019〕4号").2, "a code (机关代字) does not end in 第");
        let thirty = "1".repeat(30);
        let (kind, span, _) = err(&format!("国发〔2019〕{thirty}号"));
        assert_eq!((kind, span), (ErrorKind::Overflow, Span::new(16, 46)));
        // u64::MAX itself still fits; one more does not.
        assert_eq!(parse(&format!("国发〔2019〕{}号", u64::MAX)).unwrap().serial(), u64::MAX);
        assert_eq!(err("国发〔2019〕18446744073709551616号").0, ErrorKind::Overflow);
    }

    #[test]
    fn announcements_parse_to_their_parts() {
        use DocNumberKind::Announcement;
        use YearStyle::{Bracketed, Suffixed};
        type Case = (&'static str, &'static str, Option<u16>, Option<YearStyle>, u64, bool);
        let cases: &[Case] = &[
            ("国家税务总局公告2023年第6号", "国家税务总局公告", Some(2023), Some(Suffixed), 6, true),
            ("海关总署公告2023年第12号", "海关总署公告", Some(2023), Some(Suffixed), 12, true),
            ("中国人民银行公告〔2023〕第5号", "中国人民银行公告", Some(2023), Some(Bracketed), 5, true),
            ("国家市场监督管理总局公告2023年第10号", "国家市场监督管理总局公告", Some(2023), Some(Suffixed), 10, true),
            ("农业农村部公告第250号", "农业农村部公告", None, None, 250, true),
            (
                "中国证券监督管理委员会公告〔2020〕20号",
                "中国证券监督管理委员会公告",
                Some(2020),
                Some(Bracketed),
                20,
                false,
            ),
        ];
        for &(s, code, year, style, serial, di) in cases {
            let (n, notes) = parse_with_notes(s).unwrap();
            assert_eq!(
                (n.code(), n.year(), n.year_style(), n.serial(), n.has_di(), n.has_zi(), n.kind()),
                (code, year, style, serial, di, false, Announcement),
                "{s}"
            );
            assert_eq!(n.to_string(), s, "{s} is canonical already");
            assert!(notes.is_empty(), "{s}: {notes:?}");
            assert_eq!(serde_json::from_str::<DocNumber>(&serde_json::to_string(&n).unwrap()).unwrap(), n);
        }
        let json = serde_json::to_value(parse("国家税务总局公告2023年第6号").unwrap()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"text": "国家税务总局公告2023年第6号", "code": "国家税务总局公告", "year": 2023, "serial": 6})
        );
        for (messy, canonical) in [
            ("国家税务总局公告 2023 年 第 6 号", "国家税务总局公告2023年第6号"),
            ("国家税务总局 公告2023年第6号", "国家税务总局公告2023年第6号"),
            ("海关总署公告２０２３年第０１２号", "海关总署公告2023年第12号"),
            ("中国人民银行公告（2023）第5号", "中国人民银行公告〔2023〕第5号"),
            ("中国人民银行公告[2023]第5号", "中国人民银行公告〔2023〕第5号"),
            ("农业农村部公告（第250号）", "农业农村部公告第250号"),
        ] {
            assert_eq!(text_of(messy), canonical, "{messy}");
        }
        assert_eq!(err("公告2023年第6号").2, "empty announcement code before 公告");
        assert_eq!(err("公告第6号").2, "empty announcement code before 公告");
        assert_eq!(err("国家税务总局公告2023年第号").2, "missing serial");
        assert_eq!(
            DocNumber::ordinary("国家税务总局公告", 2023, 6).unwrap_err().message(),
            "a code ending in 公告 is an announcement's"
        );
        assert_eq!(
            DocNumber::announcement("国家税务总局", None, 6, true).unwrap_err().message(),
            "an announcement code ends in 公告"
        );
        assert!(DocNumber::announcement("国家税务总局公告第1号公告", None, 6, true).is_err());
    }

    #[test]
    fn announcements_in_running_text() {
        let text = "根据《国家税务总局关于个人所得税有关问题的公告》（国家税务总局公告2023年第6号）和海关总署公告2023年第12号规定，\
                    依照中国人民银行公告〔2023〕第5号执行。";
        let m = find_doc_numbers(text);
        let got: Vec<(&str, &str)> = m.iter().map(|m| (m.raw.as_str(), m.number.code())).collect();
        assert_eq!(
            got,
            [
                ("国家税务总局公告2023年第6号", "国家税务总局公告"),
                ("海关总署公告2023年第12号", "海关总署公告"),
                ("中国人民银行公告〔2023〕第5号", "中国人民银行公告"),
            ]
        );
        assert!(m.iter().all(|m| m.cited && m.number.kind() == DocNumberKind::Announcement));
        assert_eq!(m[0].cited_title.as_ref().unwrap().title, "国家税务总局关于个人所得税有关问题的公告");
        // The head of an announcement on its own line(s).
        assert_eq!(
            found("国家税务总局公告\n\n2023年第6号\n\n现将有关事项公告如下："),
            [("国家税务总局公告\n\n2023年第6号".into(), "国家税务总局公告2023年第6号".into(), true)]
        );
        assert_eq!(codes("2023年3月26日国家市场监督管理总局公告2023年第10号发布"), ["国家市场监督管理总局公告"]);
        // 公告 as a word, and a title's 的公告 before a year, are no codes.
        for text in [
            "特此公告。",
            "现将有关事项公告如下：",
            "本公告自2023年1月1日起施行。",
            "关于调整税率的公告\n\n2023年第6号",
            "予以公告2023年第6号",
            "公告2023年第6号",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }

    #[test]
    fn joint_codes_keep_their_organs_apart() {
        let cases: &[(&str, &str, &str, DocNumberKind)] = &[
            (
                "财政部　税务总局公告2023年第7号",
                "财政部、税务总局公告2023年第7号",
                "财政部、税务总局公告",
                DocNumberKind::Announcement,
            ),
            (
                "财政部 税务总局公告2023年第7号",
                "财政部、税务总局公告2023年第7号",
                "财政部、税务总局公告",
                DocNumberKind::Announcement,
            ),
            (
                "国家发展改革委　财政部令\n第7号",
                "国家发展改革委、财政部令第7号",
                "国家发展改革委、财政部令",
                DocNumberKind::Decree,
            ),
            (
                "财政部　税务总局　海关总署公告2019年第39号",
                "财政部、税务总局、海关总署公告2019年第39号",
                "财政部、税务总局、海关总署公告",
                DocNumberKind::Announcement,
            ),
            (
                "中国人民银行　国家外汇管理局公告〔2023〕第1号",
                "中国人民银行、国家外汇管理局公告〔2023〕第1号",
                "中国人民银行、国家外汇管理局公告",
                DocNumberKind::Announcement,
            ),
            (
                "上海市人民政府 上海警备区令第1号",
                "上海市人民政府、上海警备区令第1号",
                "上海市人民政府、上海警备区令",
                DocNumberKind::Decree,
            ),
            // Layout, not a separator: no organ ends before it, only the suffix after it.
            (
                "中华人民共和国 国务院令第706号",
                "中华人民共和国国务院令第706号",
                "中华人民共和国国务院令",
                DocNumberKind::Decree,
            ),
            (
                "国家税务总局 公告2023年第6号",
                "国家税务总局公告2023年第6号",
                "国家税务总局公告",
                DocNumberKind::Announcement,
            ),
            (
                "国家发展改革委 等5部门令第1号",
                "国家发展改革委等5部门令第1号",
                "国家发展改革委等5部门令",
                DocNumberKind::Decree,
            ),
            // Ordinary codes are abbreviations: a joint document carries the lead organ's number.
            ("国办 发〔2018〕128号", "国办发〔2018〕128号", "国办发", DocNumberKind::Ordinary),
        ];
        for &(s, canonical, code, kind) in cases {
            let n = parse(s).unwrap();
            assert_eq!((n.to_string().as_str(), n.code(), n.kind()), (canonical, code, kind), "{s:?}");
            assert_eq!(parse(canonical), Ok(n.clone()), "{canonical} parses back");
            let json = serde_json::to_value(&n).unwrap();
            assert_eq!((json["text"].as_str(), json["code"].as_str()), (Some(canonical), Some(code)));
        }
        let (_, notes) = parse_with_notes("财政部　税务总局公告2023年第7号").unwrap();
        assert_eq!(notes, [Normalization::SeparatorReplaced { span: Span::new(9, 12) }]);
        assert_eq!(notes[0].span(), Span::new(9, 12));
        let (_, notes) = parse_with_notes("财政部、税务总局公告2023年第7号").unwrap();
        assert_eq!(notes, [], "the canonical separator is 、");

        assert_eq!(
            DocNumber::announcement("财政部、税务总局公告", Some((2023, YearStyle::Suffixed)), 7, true)
                .unwrap()
                .to_string(),
            "财政部、税务总局公告2023年第7号"
        );
        for code in [
            "中华人民共和国 国务院令",
            "财政部  税务总局令",
            "财政部 令",
            " 财政部令",
            "财政部 等5部门令",
            "财政部\u{3000}税务总局令",
        ] {
            assert!(DocNumber::decree(code, None, 7, true).is_err(), "{code:?}");
        }
        assert_eq!(
            DocNumber::decree("中华人民共和国、国务院令", None, 7, true).unwrap_err().message(),
            "a 、 in a code only separates joint organs, as in 财政部、税务总局公告"
        );
        assert!(DocNumber::ordinary("国办 发", 2018, 128).is_err());
    }

    #[test]
    fn joint_codes_in_running_text() {
        // The code is the whole joint code, not its last organ (财政部令).
        let text = "国家发展改革委　财政部令\n第7号\n\n根据财政部　税务总局公告2023年第7号和国家发展改革委　财政部令第7号，\
                    2022年4月14日 国家市场监督管理总局令第56号公布";
        let m = find_doc_numbers(text);
        let got: Vec<(&str, &str, bool)> = m.iter().map(|m| (m.raw.as_str(), m.number.code(), m.own_line)).collect();
        assert_eq!(
            got,
            [
                ("国家发展改革委　财政部令\n第7号", "国家发展改革委、财政部令", true),
                ("财政部　税务总局公告2023年第7号", "财政部、税务总局公告", false),
                ("国家发展改革委　财政部令第7号", "国家发展改革委、财政部令", false),
                ("国家市场监督管理总局令第56号", "国家市场监督管理总局令", false),
            ]
        );
        assert_eq!(
            m[0].normalizations,
            [
                Normalization::SeparatorReplaced { span: Span::new(21, 24) },
                Normalization::SpaceRemoved { span: Span::new(36, 37) },
            ]
        );
        // A verb before a space is no organ; a line break never separates organs.
        assert_eq!(codes("自2023年1月1日起施行 国家税务总局公告2023年第6号"), ["国家税务总局公告"]);
        assert_eq!(codes("国家发展改革委\n财政部令第7号"), ["财政部令"]);
    }

    #[test]
    fn joint_decrees_counted_with_deng() {
        let cases: &[(&str, &str, &str, Option<u16>, u64)] = &[
            (
                "国家发展改革委等5部门令2016年第34号",
                "国家发展改革委等5部门令2016年第34号",
                "国家发展改革委等5部门令",
                Some(2016),
                34,
            ),
            (
                "国家发展和改革委员会等八部门令第13号",
                "国家发展和改革委员会等八部门令第13号",
                "国家发展和改革委员会等八部门令",
                None,
                13,
            ),
            ("国家发展改革委等10部门令第1号", "国家发展改革委等10部门令第1号", "国家发展改革委等10部门令", None, 1),
            ("商务部等4部门公告2023年第9号", "商务部等4部门公告2023年第9号", "商务部等4部门公告", Some(2023), 9),
            (
                "国家发展改革委等５部门令 2016 年第34号",
                "国家发展改革委等5部门令2016年第34号",
                "国家发展改革委等5部门令",
                Some(2016),
                34,
            ),
            (
                "国家发展改革委等 5 部门令2016年第34号",
                "国家发展改革委等5部门令2016年第34号",
                "国家发展改革委等5部门令",
                Some(2016),
                34,
            ),
        ];
        for &(s, canonical, code, year, serial) in cases {
            let n = parse(s).unwrap();
            assert_eq!(
                (n.to_string().as_str(), n.code(), n.year(), n.serial()),
                (canonical, code, year, serial),
                "{s}"
            );
        }
        let (_, notes) = parse_with_notes("国家发展改革委等５部门令第1号").unwrap();
        assert_eq!(notes, [Normalization::FullWidthDigitFolded { span: Span::new(24, 27) }]);

        // Found whole, where the code used to start after the digits (部门令2016年第34号).
        let text = "根据国家发展改革委等5部门令2016年第34号和国家发展和改革委员会等八部门令第13号，\n国家发展改革委等５部门令2016年第34号";
        let m = find_doc_numbers(text);
        let got: Vec<(&str, &str)> = m.iter().map(|m| (m.raw.as_str(), m.number.code())).collect();
        assert_eq!(
            got,
            [
                ("国家发展改革委等5部门令2016年第34号", "国家发展改革委等5部门令"),
                ("国家发展和改革委员会等八部门令第13号", "国家发展和改革委员会等八部门令"),
                ("国家发展改革委等５部门令2016年第34号", "国家发展改革委等5部门令"),
            ]
        );
        assert_eq!(m[2].normalizations.len(), 1);

        // Digits elsewhere in a code are no count.
        assert_eq!(err("等5部门令第1号").2, "digits in a code only count organs, as in 等5部门令");
        assert_eq!(err("国家5部门令第1号").2, "expected the year in brackets, as in 〔2023〕");
        for code in ["国家5部门令", "国家等5令", "5部门令", "等5部门令"] {
            let e = DocNumber::decree(code, None, 1, true).unwrap_err();
            assert_eq!(e.message(), "digits in a code only count organs, as in 等5部门令", "{code}");
        }
        assert!(DocNumber::decree("国家发展改革委等5部门令", None, 34, true).is_ok());
        assert_eq!(
            DocNumber::ordinary("国家等5部门", 2016, 34).unwrap_err().message(),
            "a code (机关代字) holds only Han characters and ASCII letters"
        );
        assert_eq!(codes("2016年5部门令第3号"), ["部门令"], "a count needs its 等");
    }

    #[test]
    fn bare_serial_lines_have_no_code() {
        for s in ["（第350号）", "(第350号)", "2023年第5号", "2023 年 第 5 号", "第707号", "5号", "〔2017〕58号"]
        {
            assert_eq!(err(s), (ErrorKind::DocNumber, Span::empty(0), "empty code (机关代字)".into()), "{s}");
        }
        assert_eq!(err("\u{3000}第707号\n").1, Span::empty(3));
        // Not a whole tail: the old messages stand.
        assert_eq!(err("2023年第10期").2, "expected the year in brackets, as in 〔2023〕");
        assert_eq!(err("（一）").2, "missing year");
    }

    #[test]
    fn decree_heads_on_one_line() {
        let cases: &[(&str, &str, &str, u64)] = &[
            ("上海市人民政府令第5号", "上海市人民政府令第5号", "上海市人民政府令", 5),
            ("深圳市人民政府令（第350号）", "深圳市人民政府令第350号", "深圳市人民政府令", 350),
            ("中华人民共和国国务院令（第760号）", "中华人民共和国国务院令第760号", "中华人民共和国国务院令", 760),
        ];
        for &(s, canonical, code, serial) in cases {
            let n = parse(s).unwrap();
            assert_eq!((n.to_string().as_str(), n.code(), n.year(), n.serial()), (canonical, code, None, serial));
            assert_eq!(n.kind(), DocNumberKind::Decree);
            let text = format!("上海市人民政府公报\n\n{s}\n\n现公布");
            assert_eq!(found(&text), [(s.to_string(), canonical.to_string(), true)], "{s}");
        }
        // In a table of contents the page number shares the line.
        assert_eq!(
            found("深圳市人民政府令（第350号）.....(3)"),
            [("深圳市人民政府令（第350号）".into(), "深圳市人民政府令第350号".into(), false)]
        );
    }

    #[test]
    fn decree_heads_split_over_two_lines() {
        let text = "# 题\n中华人民共和国交通运输部令\n\n2023年第5号\n\n《规定》已于2023年4月1日经第7次部务会议通过";
        let m = &find_doc_numbers(text)[0];
        assert_eq!(m.raw, "中华人民共和国交通运输部令\n\n2023年第5号");
        assert_eq!(m.span, Span::new(text.find('中').unwrap(), text.find("\n\n《").unwrap()));
        let n = &m.number;
        assert_eq!(
            (n.code(), n.year(), n.year_style(), n.serial(), n.has_di()),
            ("中华人民共和国交通运输部令", Some(2023), Some(YearStyle::Suffixed), 5, true)
        );
        assert!(m.own_line && !m.cited);
        assert_eq!(
            m.normalizations,
            [Normalization::SpaceRemoved { span: Span::new(m.span.start + 39, m.span.start + 41) }]
        );

        let text = "深圳市人民政府令\n\n（第350号）\n\n";
        let m = &find_doc_numbers(text)[0];
        assert_eq!(
            (m.raw.as_str(), m.number.to_string().as_str(), m.own_line),
            ("深圳市人民政府令\n\n（第350号）", "深圳市人民政府令第350号", true)
        );
        assert_eq!(
            m.normalizations,
            [
                Normalization::SpaceRemoved { span: Span::new(24, 26) },
                Normalization::SerialBracketsRemoved { open: Span::new(26, 29), close: Span::new(38, 41) },
            ]
        );
        // The second line alone is no number, in running text or on its own.
        assert_eq!(found("（第350号）\n2023年第5号\n第707号"), []);
    }

    #[test]
    fn established_shapes_stay_right() {
        let text = "关于印发的通知\n\n(2023年4月18日)\n\n沪府办规〔2023〕12号\n\n按照《实施意见》（国办函〔2022〕17号）和X市财发〔1992〕字第36号，自2023年5月1日起施行，2023年第10期刊登。";
        let m = find_doc_numbers(text);
        type Parts<'a> = (&'a str, &'a str, Option<u16>, u64, DocNumberKind, bool);
        let got: Vec<Parts<'_>> = m
            .iter()
            .map(|m| (m.raw.as_str(), m.number.code(), m.number.year(), m.number.serial(), m.number.kind(), m.own_line))
            .collect();
        assert_eq!(
            got,
            [
                ("沪府办规〔2023〕12号", "沪府办规", Some(2023), 12, DocNumberKind::Ordinary, true),
                ("国办函〔2022〕17号", "国办函", Some(2022), 17, DocNumberKind::Ordinary, false),
                ("X市财发〔1992〕字第36号", "X市财发", Some(1992), 36, DocNumberKind::Legacy, false),
            ]
        );
        assert_eq!(m[1].cited_title.as_ref().map(|t| t.title.as_str()), Some("实施意见"));
        assert!(m[0].cited_title.is_none() && m[2].cited_title.is_none());
    }

    #[test]
    fn issue_lines_are_not_numbers() {
        for text in [
            "2023年第10号",
            "中华人民共和国国务院公报\n\n2023年第10号\n\n(总号:1795)",
            "国务院公报2023年第10号",
            "上海市人民政府公报\n2023年第10期(总第538期)",
            "本刊2023年第10号刊登",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        assert_eq!(err("2023年第10号").2, "empty code (机关代字)");
    }

    #[test]
    fn serde_round_trips_and_checks_consistency() {
        for s in [
            "沪府办规〔2023〕12号",
            "中华人民共和国国务院令第706号",
            "交通运输部令2019年第46号",
            "X市财发〔1992〕字第36号",
        ] {
            let n = parse(s).unwrap();
            let json = serde_json::to_string(&n).unwrap();
            assert_eq!(serde_json::from_str::<DocNumber>(&json).unwrap(), n, "{json}");
        }
        let bad = r#"{"text":"国发〔2019〕4号","code":"国发","year":2018,"serial":4}"#;
        assert!(serde_json::from_str::<DocNumber>(bad).is_err());
        let bad = r#"{"text":"国发〔2019〕","code":"国发","year":2019,"serial":4}"#;
        assert!(serde_json::from_str::<DocNumber>(bad).is_err());
    }

    fn found(text: &str) -> Vec<(String, String, bool)> {
        find_doc_numbers(text).into_iter().map(|m| (m.raw, m.number.to_string(), m.own_line)).collect()
    }

    fn codes(text: &str) -> Vec<String> {
        find_doc_numbers(text).into_iter().map(|m| m.number.code().to_string()).collect()
    }

    #[test]
    fn left_edge_in_running_text() {
        assert_eq!(codes("根据沪府办规〔2023〕12号文件"), ["沪府办规"]);
        assert_eq!(codes("按照国办发〔2018〕128号要求"), ["国办发"]);
        assert_eq!(codes("为贯彻落实国办发〔2018〕128号文件精神"), ["国办发"]);
        assert_eq!(codes("依据国发〔2019〕4号和国办发〔2018〕129号"), ["国发", "国办发"]);
        assert_eq!(
            codes("见国发〔2019〕4号、国办发〔2018〕128号及沪府办字〔2023〕5号"),
            ["国发", "国办发", "沪府办字"]
        );
        assert_eq!(codes("关于印发国办函〔2022〕17号的说明"), ["国办函"]);
        assert_eq!(codes("2016年沪府令第48号"), ["沪府令"]);
        assert_eq!(codes("二〇一八年十二月十八日国务院令第707号"), ["国务院令"]);
        // A decree code keeps the 和 of an organ's name.
        assert_eq!(codes("根据文化和旅游部令第1号"), ["文化和旅游部令"]);
        assert_eq!(codes("以住房和城乡建设部令第3号发布"), ["住房和城乡建设部令"]);
        // No delimiter and no function word within reach: nothing rather than a wrong code.
        assert!(codes("各区政府要认真组织学习研究沪府办规〔2023〕12号").is_empty());
        // 太原 is not "the former 太".
        assert_eq!(codes("太原市人民政府令第1号"), ["太原市人民政府令"]);
    }

    #[test]
    fn corpus_lines_in_running_text() {
        // corpus/govcn-guoling-707-geshui-shishi-tiaoli.txt line 13 (abridged).
        let line = "（1994年1月28日中华人民共和国国务院令第142号发布　根据2005年12月19日《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》第一次修订　2018年12月18日中华人民共和国国务院令第707号第四次修订）";
        let got = found(line);
        assert_eq!(
            got,
            [
                ("中华人民共和国国务院令第142号".into(), "中华人民共和国国务院令第142号".into(), false),
                ("中华人民共和国国务院令第707号".into(), "中华人民共和国国务院令第707号".into(), false),
            ]
        );
        // corpus/lawrefbook-samr-ling-56-mingma-biaojia.md.txt lines 3 and 127.
        assert_eq!(codes("2022年4月14日 国家市场监督管理总局令第56号公布"), ["国家市场监督管理总局令"]);
        let line = "2000年10月31日原中华人民共和国国家发展计划委员会令第8号发布的《关于商品和服务实行明码标价的规定》、2001年11月7日原中华人民共和国国家发展计划委员会令第15号发布的《禁止价格欺诈行为的规定》同时废止。";
        let m = find_doc_numbers(line);
        let got: Vec<(&str, u64)> = m.iter().map(|m| (m.raw.as_str(), m.number.serial())).collect();
        assert_eq!(
            got,
            [("中华人民共和国国家发展计划委员会令第8号", 8), ("中华人民共和国国家发展计划委员会令第15号", 15)]
        );
        // corpus/shanghai-gazette-2023-10.txt line 139 (abridged).
        let line =
            "为贯彻落实《国务院办公厅关于加强入河入海排污口监督管理工作的实施意见》(国办函〔2022〕17号),进一步加强";
        let m = &find_doc_numbers(line)[0];
        assert_eq!(m.raw, "国办函〔2022〕17号");
        let title = m.cited_title.as_ref().unwrap();
        assert_eq!(title.title, "国务院办公厅关于加强入河入海排污口监督管理工作的实施意见");
        assert_eq!(title.span.slice(line), Some(title.title.as_str()));
    }

    #[test]
    fn own_line_and_cited() {
        let text =
            "关于印发的通知\n\n(2023年4月18日)\n\n  沪府办规〔2023〕12号 \r\n各区人民政府：\n按国发〔2019〕4号执行";
        let m = find_doc_numbers(text);
        assert_eq!(m.len(), 2);
        assert!(m[0].own_line && !m[0].cited);
        assert!(!m[1].own_line && m[1].cited);
        assert!(m[0].cited_title.is_none());
        let m = find_doc_numbers("# 标题\n中华人民共和国国务院令\n\n第707号\n\n现公布");
        assert_eq!(m[0].raw, "中华人民共和国国务院令\n\n第707号");
        assert!(m[0].own_line);
        assert_eq!(m[0].normalizations.len(), 1);
    }

    #[test]
    fn not_numbers() {
        for text in [
            "2023年4月18日",
            "(2023年4月18日)",
            "《2023年上海市政务公开工作要点》",
            "《关于沪府发〔2023〕1号的说明》",
            "责令改正，可以处三万元以下罚款",
            "令人向往的生态之城",
            "（一）加强统筹（2023）",
            "国内统一连续出版物号:CN31-1854/D",
            "〔2023〕12号",
            "国发〔20231〕12号",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }

    #[test]
    fn spans_and_raw_agree_in_messy_text() {
        let text = "见国办函 [２０２２] 017 号、沪府令（第8号）和交通运输部令2019年第46号。";
        for m in find_doc_numbers(text) {
            assert_eq!(m.span.slice(text), Some(m.raw.as_str()));
            for n in &m.normalizations {
                assert!(m.span.contains(n.span()), "{n:?} outside {:?}", m.span);
            }
        }
        let got: Vec<String> = find_doc_numbers(text).iter().map(|m| m.number.to_string()).collect();
        assert_eq!(got, ["国办函〔2022〕17号", "沪府令第8号", "交通运输部令2019年第46号"]);
    }

    #[test]
    fn anchors_are_every_year_bracket_and_suffix() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let expected: &[usize] = if is_year_open(c) || c == '令' || c == '告' { &[0] } else { &[] };
            assert_eq!(anchors(&c.to_string()), expected, "{c:?}");
        }
    }

    #[test]
    fn numbers_behind_a_stray_title_mark_are_found() {
        let long = format!("《{}》国发〔2019〕4号", "长".repeat(400));
        assert_eq!(codes(&long), ["国发"]);
    }
}
