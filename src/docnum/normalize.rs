//! How a number as printed becomes canonical: the [`Normalization`]s a
//! caller is told about, and [`build`], which turns the parts the grammar
//! read into a checked [`DocNumber`] and the list of fixes.

use serde::{Deserialize, Serialize};

use super::code::{CodeClass, check_code, separates_organs};
use super::fault::DocNumberFault;
use super::grammar::{Tail, span_in};
use super::value::{DocNumber, JOINT, YearStyle};
use crate::error::Error;
use crate::text::{Span, digit_value, fold_char, is_digit, is_space};

/// A fix the parser applied to turn the printed number into the canonical
/// one. Spans point into the parsed string
/// ([`parse_with_notes`](super::parse_with_notes)) or the searched text
/// ([`find_doc_numbers`](super::find_doc_numbers)).
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

/// Turns the parts into a number and the list of fixes, checking the
/// values. `code` may hold whitespace (from [`parse`](super::parse)).
pub(super) fn build(whole: &str, code: &str, t: &Tail<'_>) -> Result<(DocNumber, Vec<Normalization>), Error> {
    let error = |part: &str, fault: DocNumberFault| Error::at(span_in(whole, part), fault);
    let mut notes = Vec::new();
    let compact = compact_code(whole, code, &mut notes);
    let class = CodeClass::of(&compact);
    check_code(&compact, class).map_err(|f| error(code, f))?;

    let year = match t.year {
        Some(digits) => Some(year_value(digits).ok_or_else(|| error(digits, DocNumberFault::YearNotFourDigits))?),
        None => None,
    };
    if year.is_none() && class == CodeClass::Plain {
        return Err(error(code, DocNumberFault::OrdinaryWithoutYear));
    }
    let zeros = t.serial.len() - t.serial.trim_start_matches(|c| digit_value(c) == Some(0)).len();
    if zeros == t.serial.len() {
        return Err(error(t.serial, DocNumberFault::ZeroSerial));
    }
    let serial = serial_value(t.serial).ok_or_else(|| error(t.serial, DocNumberFault::Overflow))?;

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
    Ok((DocNumber::from_checked_parts(compact, year, serial, kind, year_style, t.zi, t.di), notes))
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
pub(super) fn bare_code(code: &str) -> String {
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
