//! Integers and exact numbers back to Chinese numerals.

use super::Number;
use super::chars::{LOWER_DIGITS, LOWER_SMALL, UPPER_DIGITS, UPPER_SMALL};

/// How to write a numeral.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// 一 二 三 … 十 百 千 万 亿, with 十 (not 一十) at the very start.
    Lower,
    /// Financial 大写: 壹 贰 叁 … 拾 佰 仟 万 亿, with 壹拾 at the start as
    /// cheques and invoices write it.
    Upper,
}

impl Style {
    fn digits(self) -> &'static [char; 10] {
        match self {
            Style::Lower => &LOWER_DIGITS,
            Style::Upper => &UPPER_DIGITS,
        }
    }
    fn small(self) -> &'static [char; 3] {
        match self {
            Style::Lower => &LOWER_SMALL,
            Style::Upper => &UPPER_SMALL,
        }
    }
}

/// Writes `n` as a Chinese numeral, following ordinary usage for 零: one
/// 零 for each gap of zeros between non-zero digits, none at the end
/// (一千零五, 一万零五百, 一亿零五), and 十 rather than 一十 at the start in
/// lower case (十万, but 一百一十万). Groups above 亿 are written with 亿
/// repeated (10^16 is 一亿亿). Negative values take 负, decimals are written
/// digit by digit after 点, and values without a finite decimal expansion
/// as B分之A.
///
/// ```
/// use gongbao::numeral::{format, Number, Style};
/// assert_eq!(format(Number::from(1005), Style::Lower), "一千零五");
/// assert_eq!(format(Number::from(10500), Style::Lower), "一万零五百");
/// assert_eq!(format(Number::from(100000), Style::Lower), "十万");
/// assert_eq!(format(Number::from(1_100_000), Style::Lower), "一百一十万");
/// assert_eq!(format(Number::from(120), Style::Upper), "壹佰贰拾");
/// assert_eq!(format(Number::from(10i128.pow(12) + 10i128.pow(8)), Style::Lower), "一万零一亿");
/// assert_eq!(format(Number::ratio(-314, 100).unwrap(), Style::Lower), "负三点一四");
/// assert_eq!(format(Number::ratio(1, 3).unwrap(), Style::Lower), "三分之一");
/// ```
pub fn format(n: Number, style: Style) -> String {
    let mut out = String::new();
    if n.is_negative() {
        out.push('负');
    }
    let num = n.numerator().unsigned_abs();
    let den = n.denominator().unsigned_abs();
    if den == 1 {
        out.push_str(&format_unsigned(num, style));
        return out;
    }
    match n.to_decimal_string() {
        Some(dec) => {
            let dec = dec.trim_start_matches('-');
            let (int, frac) = dec.split_once('.').unwrap_or((dec, ""));
            out.push_str(&format_unsigned(int.parse().unwrap_or(0), style));
            out.push('点');
            for b in frac.bytes() {
                out.push(style.digits()[(b - b'0') as usize]);
            }
        }
        None => {
            out.push_str(&format_unsigned(den, style));
            out.push_str("分之");
            out.push_str(&format_unsigned(num, style));
        }
    }
    out
}

/// Writes `n` digit by digit, as years are written: 2023 → 二〇二三.
///
/// ```
/// assert_eq!(gongbao::numeral::format_digits(2023), "二〇二三");
/// assert_eq!(gongbao::numeral::format_digits(0), "〇");
/// ```
pub fn format_digits(n: u128) -> String {
    n.to_string().bytes().map(|b| if b == b'0' { '〇' } else { LOWER_DIGITS[(b - b'0') as usize] }).collect()
}

fn format_unsigned(n: u128, style: Style) -> String {
    if n == 0 {
        return style.digits()[0].to_string();
    }
    // 亿-groups of eight digits, most significant first.
    let mut groups = Vec::new();
    let mut rest = n;
    while rest > 0 {
        groups.push((rest % 100_000_000) as u32);
        rest /= 100_000_000;
    }
    let mut out = String::new();
    let mut started = false;
    let mut need_zero = false;
    for (j, &g) in groups.iter().enumerate().rev() {
        if g == 0 {
            need_zero |= started;
            continue;
        }
        if started && g < 10_000_000 {
            need_zero = true;
        }
        if need_zero {
            out.push(style.digits()[0]);
            need_zero = false;
        }
        format_group(&mut out, g, style, !started);
        for _ in 0..j {
            out.push('亿');
        }
        started = true;
    }
    out
}

/// One group below 10^8: X万Y.
fn format_group(out: &mut String, g: u32, style: Style, at_start: bool) {
    let (hi, lo) = (g / 10_000, g % 10_000);
    if hi > 0 {
        format_section(out, hi, style, at_start);
        out.push('万');
    }
    if lo > 0 {
        if hi > 0 && lo < 1000 {
            out.push(style.digits()[0]);
        }
        format_section(out, lo, style, at_start && hi == 0);
    }
}

/// One section below 10^4 with 千 百 十.
fn format_section(out: &mut String, s: u32, style: Style, at_start: bool) {
    let digits = [s / 1000, s / 100 % 10, s / 10 % 10, s % 10];
    let mut begun = false;
    let mut zero = false;
    for (i, &d) in digits.iter().enumerate() {
        let place = 3 - i; // 3 = 千, 2 = 百, 1 = 十, 0 = ones
        if d == 0 {
            zero |= begun;
            continue;
        }
        if zero {
            out.push(style.digits()[0]);
            zero = false;
        }
        let bare_ten = place == 1 && d == 1 && !begun && at_start && style == Style::Lower;
        if !bare_ten {
            out.push(style.digits()[d as usize]);
        }
        if place > 0 {
            out.push(style.small()[place - 1]);
        }
        begun = true;
    }
}
