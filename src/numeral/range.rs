//! Ranges: two sides joined by a dash or a word, the unit written once or
//! on both sides (3—6个月, 1万元--5万元, 10~15k元, 两到三仟, 八到九百亿,
//! 1万(含)-5万元, -36～-8℃, 从3万到5万元).
//!
//! The rules:
//! - the joiner is 至, 到, or a dash (— – - ~ ～ and the rest of
//!   [`is_dash`]), once or doubled (——, --);
//! - a note on whether a bound is included, (含) or (不含), may follow the
//!   left side; it does not change the value;
//! - the right side may carry a sign (-36～-8℃), as the left may;
//! - a unit written only on the right belongs to both ends: when the left
//!   is a bare number (两, 八, 10) and the right a number followed by units
//!   only (三仟, 九百亿, 15k, 5万), the left takes the right's units
//!   (两到三仟 is 2000–3000, 八到九百亿 80000000000–90000000000, and
//!   三到五十 30–50 as 二三十 is 20–30); otherwise a 万 or 亿 written on the
//!   right only is shared (二十到三十万). Shares (10—20%) and 成 are
//!   shared alike. The shared reading is taken only where it keeps the low
//!   end below the high one;
//! - two sides that do not make a range (the left above the right) are no
//!   range: the left is read alone. Negative ends are the exception: cold
//!   is written by magnitude (-30℃至-39.9℃, 0℃至-4.9℃), and the ends are
//!   put in order.

use super::Number;
use super::chars::sign;
use super::measure::QuantityKind;
use super::reading::{Amount, Side, starts_numeral};
use crate::text::is_dash;

/// The end of the joiner at `at` (至, 到, a dash, a doubled dash), if one
/// stands there.
pub(super) fn joiner(s: &str, at: usize) -> Option<usize> {
    let mut chars = s[at..].chars();
    let c = chars.next()?;
    if c == '至' || c == '到' {
        return Some(at + c.len_utf8());
    }
    if !is_dash(c) {
        return None;
    }
    // ——, --, ~~: a doubled dash is one joiner; a different dash after it
    // is the sign of the right side (-36～-8).
    let twice = chars.next() == Some(c);
    Some(at + c.len_utf8() * if twice { 2 } else { 1 })
}

/// Notes on whether a bound is included: 1万(含)-5万元.
const NOTES: &[&str] = &["(含)", "（含）", "(不含)", "（不含）"];

/// `at` moved past an inclusion note, if one stands there.
pub(super) fn skip_note(s: &str, at: usize) -> usize {
    // Every note opens with a bracket: most places are turned away by it.
    let rest = &s[at..];
    if !rest.starts_with(['(', '（']) {
        return at;
    }
    NOTES.iter().find(|n| rest.starts_with(*n)).map_or(at, |n| at + n.len())
}

/// Whether a numeral, with or without a sign, starts `s`.
pub(super) fn starts_signed(s: &str) -> bool {
    sign(s).is_some() || starts_numeral(s)
}

/// Joins two sides into a range, carrying a unit or share written only on
/// the right (see the module docs). `None` when the two do not make a
/// range (the right side is smaller than the left).
pub(super) fn join_range(left: &Side, right: &Side) -> Option<Amount> {
    let (Amount::One(mut low), Amount::One(mut high)) = (left.amount, right.amount) else {
        return None;
    };
    let shared = match right.units {
        Some(m) if left.bare && left.measure.is_none() && left.share.is_none() => Some(m),
        _ if left.big.is_none() => right.big.and_then(|e| 10i128.checked_pow(e)).map(Number::from),
        _ => None,
    };
    if let Some(m) = shared {
        let scaled = low.checked_mul(m)?;
        if scaled <= high {
            low = scaled;
        }
    }
    match (left.share, right.share) {
        (None, Some(d)) => low = low.checked_div(d)?,
        (Some(d), None) => high = high.checked_div(d)?,
        _ => {}
    }
    if left.measure.is_none()
        && let Some(m) =
            right.measure.filter(|m| matches!(m.kind, QuantityKind::Share | QuantityKind::PercentagePoints))
    {
        low = low.checked_mul(m.factor())?;
    }
    // Cold is written by magnitude: -30℃至-39.9℃, 0℃至-4.9℃.
    if low > high && high.is_negative() {
        (low, high) = (high, low);
    }
    (low <= high).then_some(Amount::Range { low, high })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_open_with_a_bracket() {
        assert!(NOTES.iter().all(|n| n.starts_with(['(', '（'])));
        assert_eq!(skip_note("1万(含)-5万元", 4), "1万(含)".len());
    }
}
