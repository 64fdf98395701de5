//! Bytes in, text out: encoding detection and decoding with encoding_rs.
//!
//! The order of decisions:
//! 1. A byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE).
//! 2. Valid UTF-8 is taken as it is. For UTF-8 input the decoded text is the
//!    input itself (a BOM stays in it as U+FEFF), so every span is also a byte
//!    offset into the file.
//! 3. Text that is UTF-8 apart from a few bad sequences (a file cut inside a
//!    character, a stray byte) is reported as broken UTF-8, not re-read as a
//!    legacy encoding: UTF-8 bytes of Chinese text also decode, as nonsense,
//!    in GB18030.
//! 4. Otherwise GB18030 (a superset of GBK and GB2312) and Big5 are both
//!    tried; the one that decodes without error wins, and when both do, the
//!    one whose characters are more often common Chinese characters.
//!
//! Strict decoding ([`decode`]) fails with a [`DecodeError`]: the byte span
//! of the first fault and a [`DecodeFault`] saying what the input looks like
//! (damaged UTF-8, binary data, UTF-16 without a byte-order mark), where
//! (line and column of the decoded text) and which encodings were tried; lenient decoding ([`decode_lenient`]) replaces bad
//! sequences with U+FFFD and lists each one in [`Decoded::issues`].
//! Control characters other than tab, line feed, vertical tab, form feed and
//! carriage return mark binary data: an error in strict mode, an issue in
//! lenient mode (the character is kept).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::text::Span;

/// Why bytes are not text: what the input looks like, where, and which
/// encodings were tried. Lines and columns (1-based, columns in
/// characters) count in the text decoded before the fault.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeFault {
    /// A byte that is not UTF-8 in text that is otherwise UTF-8 (a stray
    /// byte, a damaged character). Legacy encodings are not tried: UTF-8
    /// bytes also decode, as nonsense, in GB18030.
    DamagedUtf8 {
        /// The offending byte.
        byte: u8,
        /// Line of the fault.
        line: usize,
        /// Column of the fault.
        column: usize,
    },
    /// The input ends inside a UTF-8 character (a file cut short).
    TruncatedUtf8 {
        /// Line of the fault.
        line: usize,
        /// Column of the fault.
        column: usize,
    },
    /// A byte sequence that is not valid in the encoding chosen, after the
    /// encodings in `tried` were weighed.
    Malformed {
        /// The encoding the input was read as.
        encoding: Encoding,
        /// The encodings tried, in order.
        tried: &'static [Encoding],
        /// Line of the fault.
        line: usize,
        /// Column of the fault.
        column: usize,
    },
    /// A control character that text does not hold (other than tab, line
    /// feed, vertical tab, form feed, carriage return and escape): binary
    /// data.
    BinaryData {
        /// The first such character.
        control: char,
        /// The encoding the input was read as.
        encoding: Encoding,
        /// Line of the fault.
        line: usize,
        /// Column of the fault.
        column: usize,
    },
    /// NUL bytes at every other position with no byte-order mark: UTF-16
    /// text, which is read only with its BOM.
    Utf16WithoutBom {
        /// The NULs stand at even positions (high bytes first).
        big_endian: bool,
    },
}

/// Every encoding without a byte-order mark.
const TRIED_ALL: &[Encoding] = &[Encoding::Utf8, Encoding::Gb18030, Encoding::Big5];
const TRIED_UTF16LE: &[Encoding] = &[Encoding::Utf16Le];
const TRIED_UTF16BE: &[Encoding] = &[Encoding::Utf16Be];

impl fmt::Display for DecodeFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeFault::DamagedUtf8 { byte, line, column } => write!(
                f,
                "invalid UTF-8 byte 0x{byte:02X} at line {line}, column {column}: the input looks like damaged UTF-8"
            ),
            DecodeFault::TruncatedUtf8 { line, column } => write!(
                f,
                "truncated UTF-8 sequence at line {line}, column {column} (the input ends inside a character)"
            ),
            DecodeFault::Malformed { encoding, tried, line, column } => {
                write!(f, "byte sequence at line {line}, column {column} is not valid {encoding} (tried ")?;
                names(f, tried)?;
                f.write_str(")")
            }
            DecodeFault::BinaryData { control, encoding, line, column } => write!(
                f,
                "control character U+{:04X} at line {line}, column {column}: the input looks like binary data, not {encoding} text",
                *control as u32
            ),
            DecodeFault::Utf16WithoutBom { big_endian } => {
                let encoding = if *big_endian { Encoding::Utf16Be } else { Encoding::Utf16Le };
                write!(
                    f,
                    "NUL bytes at every other position: the input looks like {encoding} without a byte-order mark (tried "
                )?;
                names(f, TRIED_ALL)?;
                f.write_str("; UTF-16 is read only with its byte-order mark)")
            }
        }
    }
}

/// `UTF-8, GB18030, Big5`.
fn names(f: &mut fmt::Formatter<'_>, encodings: &[Encoding]) -> fmt::Result {
    for (k, e) in encodings.iter().enumerate() {
        if k > 0 {
            f.write_str(", ")?;
        }
        f.write_str(e.name())?;
    }
    Ok(())
}

/// Bytes that are not text: where (a byte span of the input) and why.
///
/// ```
/// use gongbao::text::{decode, DecodeFault};
/// let err = decode(b"ab\ncd\xFF\xFE\xFD\xFC\xFB\xFA").unwrap_err();
/// assert_eq!(err.span(), gongbao::Span::new(5, 6));
/// assert_eq!(err.to_string(), "byte sequence at line 2, column 3 is not valid GB18030 (tried UTF-8, GB18030, Big5) (bytes 5..6)");
/// assert!(matches!(err.fault(), DecodeFault::Malformed { line: 2, column: 3, .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    span: Span,
    fault: DecodeFault,
}

impl DecodeError {
    fn at(span: Span, fault: DecodeFault) -> Self {
        DecodeError { span, fault }
    }

    /// Where in the input bytes the fault lies.
    pub fn span(&self) -> Span {
        self.span
    }

    /// What went wrong.
    pub fn fault(&self) -> &DecodeFault {
        &self.fault
    }

    /// The fault, without its span.
    pub fn into_fault(self) -> DecodeFault {
        self.fault
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (bytes {})", self.fault, self.span)
    }
}

impl std::error::Error for DecodeError {}

/// Line and column (1-based, columns in characters) of the end of `text`.
fn line_column(text: &str) -> (usize, usize) {
    let line_start = text.rfind('\n').map_or(0, |k| k + 1);
    (text.matches('\n').count() + 1, text[line_start..].chars().count() + 1)
}

/// The encoding a text was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8, with or without a BOM.
    Utf8,
    /// UTF-16, little-endian, found by its BOM.
    Utf16Le,
    /// UTF-16, big-endian, found by its BOM.
    Utf16Be,
    /// GB18030, which covers GBK and GB2312.
    Gb18030,
    /// Big5, used for traditional-character text.
    Big5,
}

impl Encoding {
    /// The encoding's usual name.
    ///
    /// ```
    /// assert_eq!(gongbao::text::Encoding::Gb18030.name(), "GB18030");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Gb18030 => "GB18030",
            Encoding::Big5 => "Big5",
        }
    }

    fn codec(self) -> &'static encoding_rs::Encoding {
        match self {
            Encoding::Utf8 => encoding_rs::UTF_8,
            Encoding::Utf16Le => encoding_rs::UTF_16LE,
            Encoding::Utf16Be => encoding_rs::UTF_16BE,
            Encoding::Gb18030 => encoding_rs::GB18030,
            Encoding::Big5 => encoding_rs::BIG5,
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Something wrong in the input bytes that lenient decoding let through.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecodeIssue {
    /// Byte offset of the fault in the input bytes.
    pub offset: usize,
    /// Where the replacement (or the kept control character) stands in the
    /// decoded text.
    pub span: Span,
    /// What was wrong, for people.
    pub message: String,
}

/// The result of decoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text.
    pub text: String,
    /// The encoding it was read as.
    pub encoding: Encoding,
    /// Whether the input started with a byte-order mark.
    pub bom: bool,
    /// Faults replaced or kept by lenient decoding; always empty after
    /// strict decoding.
    pub issues: Vec<DecodeIssue>,
}

/// Decodes `bytes` strictly: any malformed sequence or binary control
/// character is an error that names its byte offset.
///
/// ```
/// use gongbao::text::{decode, Encoding};
/// // GBK bytes of 沪府办规〔2023〕12号
/// let (gbk, _, _) = encoding_rs::GBK.encode("沪府办规〔2023〕12号");
/// let decoded = decode(&gbk).unwrap();
/// assert_eq!(decoded.text, "沪府办规〔2023〕12号");
/// assert_eq!(decoded.encoding, Encoding::Gb18030);
///
/// // UTF-8 cut in the middle of 号
/// let bytes = "12号".as_bytes();
/// let err = decode(&bytes[..4]).unwrap_err();
/// assert_eq!(err.span().start, 2);
/// assert_eq!(err.to_string(), "truncated UTF-8 sequence at line 1, column 3 (the input ends inside a character) (bytes 2..4)");
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let decoded = decode_with(bytes, true).map_err(|e| match (e.fault, utf16_without_bom(bytes)) {
        (DecodeFault::BinaryData { control: '\0', .. }, Some(big_endian)) => {
            DecodeError::at(Span::new(0, bytes.len()), DecodeFault::Utf16WithoutBom { big_endian })
        }
        (fault, _) => DecodeError { fault, ..e },
    })?;
    debug_assert!(decoded.issues.is_empty());
    Ok(decoded)
}

/// Whether NUL bytes stand at every other position, as in UTF-16 text with
/// ASCII in it: `Some(true)` for NULs at even positions (big-endian). At
/// least an eighth of one parity's bytes are NUL, and the other parity has
/// at most an eighth as many.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let pairs = bytes.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in bytes.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let many = |n: usize| n >= 2 && n * 8 >= pairs;
    if many(odd) && even * 8 <= odd {
        Some(false)
    } else if many(even) && odd * 8 <= even {
        Some(true)
    } else {
        None
    }
}

/// Decodes `bytes` and never fails: malformed sequences become U+FFFD and
/// every fault is listed in [`Decoded::issues`].
///
/// ```
/// use gongbao::text::decode_lenient;
/// let decoded = decode_lenient(b"ab\xffcd");
/// assert_eq!(decoded.text, "ab\u{FFFD}cd");
/// assert_eq!(decoded.issues.len(), 1);
/// assert_eq!(decoded.issues[0].offset, 2);
/// ```
pub fn decode_lenient(bytes: &[u8]) -> Decoded {
    match decode_with(bytes, false) {
        Ok(d) => d,
        // Lenient decoding has no failing path; keep a defensive fallback.
        Err(e) => Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            encoding: Encoding::Utf8,
            bom: false,
            issues: vec![DecodeIssue { offset: e.span().start, span: Span::empty(0), message: e.fault.to_string() }],
        },
    }
}

fn decode_with(bytes: &[u8], strict: bool) -> Result<Decoded, DecodeError> {
    if let Some((codec, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        if codec == encoding_rs::UTF_8 {
            return decode_utf8(bytes, strict, true);
        }
        let (encoding, tried) = if codec == encoding_rs::UTF_16LE {
            (Encoding::Utf16Le, TRIED_UTF16LE)
        } else {
            (Encoding::Utf16Be, TRIED_UTF16BE)
        };
        return decode_legacy(bytes, bom_len, encoding, tried, strict, true);
    }
    match std::str::from_utf8(bytes) {
        Ok(_) => decode_utf8(bytes, strict, false),
        Err(e) if looks_like_broken_utf8(bytes, e) => decode_utf8(bytes, strict, false),
        Err(_) => {
            let gb = count_malformed(bytes, Encoding::Gb18030);
            let big5 = count_malformed(bytes, Encoding::Big5);
            let encoding = match (gb, big5) {
                (0, 0) => better_of_both(bytes),
                (0, _) => Encoding::Gb18030,
                (_, 0) => Encoding::Big5,
                (g, b) if b < g => Encoding::Big5,
                _ => Encoding::Gb18030,
            };
            decode_legacy(bytes, 0, encoding, TRIED_ALL, strict, false)
        }
    }
}

/// A UTF-8 error is taken for damaged UTF-8 when the valid stretches hold
/// at least twice as many multi-byte characters as there are faults, or
/// when the only fault is a sequence cut off by the end of the input.
fn looks_like_broken_utf8(bytes: &[u8], first: std::str::Utf8Error) -> bool {
    if first.error_len().is_none() {
        return true; // truncated at the very end, everything before is valid
    }
    let mut faults = 0usize;
    let mut multibyte = 0usize;
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                multibyte += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let good = &rest[..e.valid_up_to()];
                // SAFETY-free: `good` is valid by construction.
                multibyte +=
                    std::str::from_utf8(good).map(|s| s.chars().filter(|c| !c.is_ascii()).count()).unwrap_or(0);
                faults += 1;
                let skip = e.valid_up_to() + e.error_len().unwrap_or(rest.len() - e.valid_up_to());
                rest = &rest[skip..];
            }
        }
    }
    // Legacy text fails at almost every character: as UTF-8 it has next to
    // no valid multi-byte character. UTF-8 with a few bad bytes has many.
    multibyte >= 2 && faults * 2 <= multibyte
}

fn decode_utf8(bytes: &[u8], strict: bool, bom: bool) -> Result<Decoded, DecodeError> {
    let mut text = String::with_capacity(bytes.len());
    let mut issues = Issues::default();
    let mut rest = bytes;
    let mut consumed = 0usize;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                text.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                text.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let offset = consumed + good;
                let (line, column) = line_column(&text);
                let (len, fault) = match e.error_len() {
                    Some(n) => (n, DecodeFault::DamagedUtf8 { byte: rest[good], line, column }),
                    None => (rest.len() - good, DecodeFault::TruncatedUtf8 { line, column }),
                };
                if strict {
                    return Err(DecodeError::at(Span::new(offset, offset + len), fault));
                }
                let message = match e.error_len() {
                    Some(_) => format!("invalid UTF-8 byte 0x{:02X} at byte {offset}", rest[good]),
                    None => format!("truncated UTF-8 sequence at byte {offset} (the input ends inside a character)"),
                };
                let at = text.len();
                text.push('\u{FFFD}');
                issues.push(DecodeIssue { offset, span: Span::new(at, text.len()), message });
                consumed += good + len;
                rest = &rest[good + len..];
            }
        }
    }
    // For UTF-8 the text maps 1:1 to the input until the first replacement.
    // For UTF-8 the text is the input until the first replacement.
    let offset = if issues.is_empty() { first_control_offset(text.as_bytes(), 0, Encoding::Utf8) } else { None };
    check_controls(&text, offset, strict, &mut issues, Encoding::Utf8)?;
    Ok(Decoded { text, encoding: Encoding::Utf8, bom, issues: issues.finish() })
}

fn decode_legacy(
    bytes: &[u8],
    skip: usize,
    encoding: Encoding,
    tried: &'static [Encoding],
    strict: bool,
    bom: bool,
) -> Result<Decoded, DecodeError> {
    let mut decoder = encoding.codec().new_decoder_without_bom_handling();
    let src = &bytes[skip..];
    let capacity = decoder.max_utf8_buffer_length_without_replacement(src.len()).unwrap_or(src.len() * 3 + 16);
    let mut text = String::with_capacity(capacity);
    let mut issues = Issues::default();
    let mut read_total = 0usize;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(&src[read_total..], &mut text, true);
        read_total += read;
        match result {
            encoding_rs::DecoderResult::InputEmpty => break,
            encoding_rs::DecoderResult::OutputFull => {
                let more = decoder.max_utf8_buffer_length_without_replacement(src.len() - read_total).unwrap_or(64);
                text.reserve(more.max(64));
            }
            encoding_rs::DecoderResult::Malformed(bad, after) => {
                let offset = skip + read_total - after as usize - bad as usize;
                if strict {
                    let (line, column) = line_column(&text);
                    let fault = DecodeFault::Malformed { encoding, tried, line, column };
                    return Err(DecodeError::at(Span::new(offset, offset + bad as usize), fault));
                }
                let message = format!("byte sequence at byte {offset} is not valid {}", encoding.name());
                let at = text.len();
                text.push('\u{FFFD}');
                issues.push(DecodeIssue { offset, span: Span::new(at, text.len()), message });
            }
        }
    }
    check_controls(&text, first_control_offset(bytes, skip, encoding), strict, &mut issues, encoding)?;
    Ok(Decoded { text, encoding, bom, issues: issues.finish() })
}

/// The input offset of the first control character. In GB18030 and Big5
/// no byte of a multi-byte character is below 0x30, so a control character
/// is its own byte; in UTF-16 it is one code unit.
fn first_control_offset(bytes: &[u8], skip: usize, encoding: Encoding) -> Option<usize> {
    let src = &bytes[skip.min(bytes.len())..];
    match encoding {
        Encoding::Utf16Le | Encoding::Utf16Be => src
            .chunks_exact(2)
            .position(|u| {
                let unit = if encoding == Encoding::Utf16Le {
                    u16::from_le_bytes([u[0], u[1]])
                } else {
                    u16::from_be_bytes([u[0], u[1]])
                };
                char::from_u32(unit as u32).is_some_and(is_binary_control)
            })
            .map(|i| skip + i * 2),
        _ => src.iter().position(|&b| is_binary_control(b as char)).map(|i| skip + i),
    }
}

/// Malformed sequences recorded one by one; past this many they are only
/// counted, in one last issue (garbage would otherwise make one issue per
/// byte).
const MAX_ISSUES: usize = 100;

/// The issues of one decoding, capped at [`MAX_ISSUES`].
#[derive(Default)]
struct Issues {
    list: Vec<DecodeIssue>,
    more: usize,
}

impl Issues {
    fn push(&mut self, issue: DecodeIssue) {
        if self.list.len() < MAX_ISSUES {
            self.list.push(issue);
        } else {
            self.more += 1;
        }
    }

    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    fn finish(mut self) -> Vec<DecodeIssue> {
        if let Some(last) = self.list.last().cloned().filter(|_| self.more > 0) {
            let message = format!("{} more malformed sequences after these", self.more);
            self.list.push(DecodeIssue { message, ..last });
        }
        self.list
    }
}

fn is_binary_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{E}'..='\u{1F}' | '\u{7F}') && c != '\u{1B}'
}

/// Reports control characters: the first is an error in strict mode; in
/// lenient mode one issue names the first and counts the rest (binary data
/// would otherwise make one issue per byte). `offset` is the first one's
/// input offset, when known.
fn check_controls(
    text: &str,
    offset: Option<usize>,
    strict: bool,
    issues: &mut Issues,
    encoding: Encoding,
) -> Result<(), DecodeError> {
    let mut controls = text.char_indices().filter(|&(_, c)| is_binary_control(c));
    let Some((at, c)) = controls.next() else { return Ok(()) };
    let place = match offset {
        Some(o) => format!("at byte {o}"),
        None => format!("at character offset {at} of the decoded text"),
    };
    if strict {
        let span = offset.map_or(Span::new(at, at + 1), |o| Span::new(o, o + 1));
        let (line, column) = line_column(&text[..at]);
        return Err(DecodeError::at(span, DecodeFault::BinaryData { control: c, encoding, line, column }));
    }
    let more = controls.count();
    let mut message = format!(
        "control character U+{:04X} {place}: the input looks like binary data, not {} text",
        c as u32,
        encoding.name()
    );
    if more > 0 {
        message.push_str(&format!(" ({more} more control characters follow)"));
    }
    issues.push(DecodeIssue { offset: offset.unwrap_or(at), span: Span::new(at, at + c.len_utf8()), message });
    Ok(())
}

fn count_malformed(bytes: &[u8], encoding: Encoding) -> usize {
    let mut decoder = encoding.codec().new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len() * 3 + 16),
    );
    let mut read_total = 0;
    let mut faults = 0;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(&bytes[read_total..], &mut out, true);
        read_total += read;
        match result {
            encoding_rs::DecoderResult::InputEmpty => return faults,
            encoding_rs::DecoderResult::OutputFull => out.reserve(64),
            encoding_rs::DecoderResult::Malformed(..) => faults += 1,
        }
    }
}

/// Both legacy encodings decode the bytes: pick the one whose text has the
/// larger share of common Chinese characters (simplified or traditional).
fn better_of_both(bytes: &[u8]) -> Encoding {
    let score = |encoding: Encoding| {
        let (text, _) = encoding.codec().decode_without_bom_handling(bytes);
        let mut han = 0usize;
        let mut common = 0usize;
        for c in text.chars().filter(|c| !c.is_ascii()) {
            han += 1;
            if COMMON_CHARS.contains(c) {
                common += 1;
            }
        }
        if han == 0 { 0.0 } else { common as f64 / han as f64 }
    };
    if score(Encoding::Big5) > score(Encoding::Gb18030) { Encoding::Big5 } else { Encoding::Gb18030 }
}

/// Frequent characters of Chinese prose and of official text, in both
/// simplified and traditional forms. Mis-decoded text rarely hits them.
const COMMON_CHARS: &str = "的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進着等部度家电電力里裡如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反你明看原又么利比或但质質气氣第向道命此变變条條只没沒结結解问問意建月公无無系军軍很情者最立代想已通并並提直题題党黨程展五果料象员員革位入常文总總次品式活设設及管特件长長求老头頭基资資边邊流路级級少图圖山统統接知较較将將组組见見计計别別她手角期根论論运運农農指几幾九区區强強放决決西被干做必战戰先回则則任取据據处處队隊南给給色光门門即保治北造百规規热熱领領七海口东東导導器压壓志世金增争爭济濟阶階油思术術极極交受联聯什认認六共权權收证證改清己美再采转轉更单單风風切打白教速花带帶安场場身车車例真务務具万萬每目至达達走积積示议議声聲报報斗完类類八离離华華名确確才科张張信马馬节節话話米整空元况況今集温溫传傳土许許步群广廣石记記需段研界拉林律叫且究观觀越织織装裝影算低持音众眾书書布复復容儿兒须須际際商非验驗连連断斷深难難近矿礦千周委素技备備半办辦青省列习習响響约約支般史感劳勞便团團往历歷市克何除消构構府称稱太准精值号號率族维維划劃选選标標写寫存候毛亲親快效斯院查江型眼王按格养養易置派层層片始却专專状狀育厂廠京识識适適属屬圆圓包火住调調满滿县縣局照参參红紅细細引听聽该該铁鐵价價严嚴";
