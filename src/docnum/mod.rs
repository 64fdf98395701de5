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
//! ([`ORGAN_ENDINGS`](crate::lexicon::ORGAN_ENDINGS)), before a Han character other than 等 and with
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
//!    [`FUNCTION_WORDS`](crate::lexicon::FUNCTION_WORDS)) and single-character particles and prepositions
//!    (见 的 以 按 依 由 在 将 为 …). The conjunctions 和 及 与 cut an
//!    ordinary code only ([`CONJUNCTIONS`](crate::lexicon::CONJUNCTIONS)): a decree or announcement code is
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
//! （第350号）): [`parse`] fails on them with [`DocNumberFault::EmptyCode`], and
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

// The module's files, by role.
mod code; // the 机关代字: its class (plain, decree, announcement) and rules
mod fault; // DocNumberFault, what goes wrong
mod find; // find_doc_numbers: anchors, the left edge of a code, matches
mod grammar; // the nom grammar after a code; parse; is_doc_number_line
mod limits;
mod normalize; // Normalization, and the parts read made a checked DocNumber
mod value; // DocNumber, DocNumberKind, YearStyle: Display, FromStr, serde // length limits of the finder

pub use fault::DocNumberFault;
pub use find::{CitedTitle, DocNumberMatch};
pub(crate) use grammar::ends_like_number;
pub use grammar::is_doc_number_line;
pub use limits::{MAX_CODE_CHARS, MAX_DECREE_CODE_CHARS};
pub use normalize::Normalization;
pub use value::{DocNumber, DocNumberKind, JOINT, YearStyle};

use crate::error::Error;

/// Parses a string that is one 发文字号, decree or announcement number (surrounding
/// whitespace allowed).
///
/// Errors carry the span of the fault in `s` and a [`DocNumberFault`]: an
/// empty code, a code of anything but Han characters and ASCII letters, no
/// year in brackets, a year that is not four digits, a missing closing
/// bracket, a missing serial, a serial of 0, a serial too large for `u64`
/// ([`DocNumberFault::Overflow`]), a missing 号, text after 号, and a blank
/// string ([`DocNumberFault::Empty`]). A number without its code (the second
/// line of a decree head, 第350号, （第350号）, 2023年第5号, or a gazette's
/// issue line 2023年第10号) fails with [`DocNumberFault::EmptyCode`] and an
/// empty span where the code would start.
///
/// ```
/// use gongbao::docnum::{parse, DocNumberFault};
/// use gongbao::error::Fault;
/// use gongbao::{ErrorKind, Span};
/// let fault = |f| Fault::DocNumber(f);
/// let err = parse("（第350号）").unwrap_err();
/// assert_eq!((err.fault().clone(), err.message().as_str()), (fault(DocNumberFault::EmptyCode), "empty code (机关代字)"));
/// assert_eq!(parse("国家安全生产监督管理总局令（第88号）").unwrap().to_string(), "国家安全生产监督管理总局令第88号");
/// assert_eq!(parse(" 国办函 〔２０２２〕 17号 ").unwrap().to_string(), "国办函〔2022〕17号");
///
/// let err = parse("沪府办规〔2023〕12").unwrap_err();
/// assert_eq!((err.kind(), err.span(), err.message().as_str()), (ErrorKind::DocNumber, Span::empty(24), "missing 号"));
/// let err = parse("国发〔19〕4号").unwrap_err();
/// assert_eq!((err.span(), err.fault().clone()), (Span::new(9, 11), fault(DocNumberFault::YearNotFourDigits)));
/// let err = parse(&format!("国发〔2019〕{}号", "9".repeat(30))).unwrap_err();
/// assert_eq!(err.fault().clone(), fault(DocNumberFault::Overflow));
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
    grammar::parse_with_notes(s)
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
    find::find_doc_numbers(text)
}
