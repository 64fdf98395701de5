//! [`Number`]: an exact rational value.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An exact number: a reduced fraction of two `i128`s.
///
/// Official text states integers (3000万), decimals (1.5亿, 0.35万),
/// percentages (百分之三十, 5‰) and fractions (三分之一). A rational holds
/// every one of them exactly, where `f64` would turn 0.35万 into
/// 3499.9999999999995 and a scaled decimal could not hold 1/3. `i128` holds
/// up to about 1.7 × 10^38, past 亿亿亿亿 (10^32); anything larger is an
/// overflow error, never a wrapped value.
///
/// ```
/// use gongbao::numeral::Number;
/// let x = Number::from_decimal_str("0.35").unwrap().checked_mul(Number::from(10_000)).unwrap();
/// assert_eq!(x, Number::from(3500));
/// assert_eq!(x.to_integer(), Some(3500));
/// let third = Number::ratio(1, 3).unwrap();
/// assert_eq!(third.to_string(), "1/3");
/// assert_eq!(Number::ratio(3, 10).unwrap().to_string(), "0.3");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Number {
    num: i128,
    den: i128,
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl Number {
    /// Zero.
    pub const ZERO: Number = Number { num: 0, den: 1 };

    /// `num / den`, reduced; `None` when `den` is zero or the reduction
    /// overflows.
    pub fn ratio(num: i128, den: i128) -> Option<Number> {
        if den == 1 {
            return Some(Number { num, den });
        }
        if den == 0 {
            return None;
        }
        let g = gcd(num, den).max(1);
        let (mut n, mut d) = (num / g, den / g);
        if d < 0 {
            n = n.checked_neg()?;
            d = d.checked_neg()?;
        }
        Some(Number { num: n, den: d })
    }

    /// Parses an ASCII decimal such as `1.5`, `-0.35` or `2000`.
    /// Returns `None` for anything else or on overflow.
    pub fn from_decimal_str(s: &str) -> Option<Number> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut num: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            num = num.checked_mul(10)?.checked_add((b - b'0') as i128)?;
        }
        let den = 10i128.checked_pow(u32::try_from(frac.len()).ok()?)?;
        Number::ratio(if neg { -num } else { num }, den)
    }

    /// The numerator of the reduced fraction.
    pub fn numerator(&self) -> i128 {
        self.num
    }

    /// The denominator of the reduced fraction (always positive).
    pub fn denominator(&self) -> i128 {
        self.den
    }

    /// Whether the value is a whole number.
    pub fn is_integer(&self) -> bool {
        self.den == 1
    }

    /// Whether the value is below zero.
    pub fn is_negative(&self) -> bool {
        self.num < 0
    }

    /// The value as an integer, when it is one.
    pub fn to_integer(&self) -> Option<i128> {
        (self.den == 1).then_some(self.num)
    }

    /// The nearest `f64`.
    pub fn to_f64(&self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// `self + other`, `None` on overflow.
    pub fn checked_add(self, other: Number) -> Option<Number> {
        // Whole numbers, the common case, need no reduction.
        if self.den == 1 && other.den == 1 {
            return Some(Number { num: self.num.checked_add(other.num)?, den: 1 });
        }
        let g = gcd(self.den, other.den).max(1);
        let l = (self.den / g).checked_mul(other.den)?;
        let a = self.num.checked_mul(l / self.den)?;
        let b = other.num.checked_mul(l / other.den)?;
        Number::ratio(a.checked_add(b)?, l)
    }

    /// `self × other`, `None` on overflow.
    pub fn checked_mul(self, other: Number) -> Option<Number> {
        if self.den == 1 && other.den == 1 {
            return Some(Number { num: self.num.checked_mul(other.num)?, den: 1 });
        }
        // Cross-reduce first so that exact results do not overflow needlessly.
        let g1 = gcd(self.num, other.den).max(1);
        let g2 = gcd(other.num, self.den).max(1);
        let n = (self.num / g1).checked_mul(other.num / g2)?;
        let d = (self.den / g2).checked_mul(other.den / g1)?;
        Number::ratio(n, d)
    }

    /// `self ÷ other`, `None` on overflow or division by zero.
    pub fn checked_div(self, other: Number) -> Option<Number> {
        if other.num == 0 {
            return None;
        }
        self.checked_mul(Number { num: other.den, den: other.num }.normalized()?)
    }

    /// `-self`, `None` on overflow.
    pub fn checked_neg(self) -> Option<Number> {
        Some(Number { num: self.num.checked_neg()?, den: self.den })
    }

    fn normalized(self) -> Option<Number> {
        Number::ratio(self.num, self.den)
    }

    /// The exact decimal text (`150000000`, `0.005`, `-3.14`) when the
    /// value has a finite decimal expansion; `None` for values like 1/3.
    ///
    /// ```
    /// use gongbao::numeral::Number;
    /// assert_eq!(Number::ratio(1, 200).unwrap().to_decimal_string().as_deref(), Some("0.005"));
    /// assert_eq!(Number::ratio(1, 3).unwrap().to_decimal_string(), None);
    /// ```
    pub fn to_decimal_string(&self) -> Option<String> {
        let mut d = self.den;
        let (mut twos, mut fives) = (0u32, 0u32);
        while d % 2 == 0 {
            d /= 2;
            twos += 1;
        }
        while d % 5 == 0 {
            d /= 5;
            fives += 1;
        }
        if d != 1 {
            return None;
        }
        let scale = twos.max(fives);
        let factor = 10i128.checked_pow(scale)? / self.den;
        let scaled = self.num.checked_mul(factor)?;
        let digits = scaled.unsigned_abs().to_string();
        let sign = if scaled < 0 { "-" } else { "" };
        if scale == 0 {
            return Some(format!("{sign}{digits}"));
        }
        let scale = scale as usize;
        let padded =
            if digits.len() <= scale { format!("{}{digits}", "0".repeat(scale - digits.len() + 1)) } else { digits };
        let (int, frac) = padded.split_at(padded.len() - scale);
        Some(format!("{sign}{int}.{frac}"))
    }
}

impl From<i128> for Number {
    fn from(n: i128) -> Number {
        Number { num: n, den: 1 }
    }
}

impl From<i64> for Number {
    fn from(n: i64) -> Number {
        Number { num: n as i128, den: 1 }
    }
}

impl From<u32> for Number {
    fn from(n: u32) -> Number {
        Number { num: n as i128, den: 1 }
    }
}

impl From<i32> for Number {
    fn from(n: i32) -> Number {
        Number { num: n as i128, den: 1 }
    }
}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Number {
    fn cmp(&self, other: &Self) -> Ordering {
        // a/b vs c/d with b, d > 0: compare a·d with c·b, widening on overflow.
        match (self.num.checked_mul(other.den), other.num.checked_mul(self.den)) {
            (Some(l), Some(r)) => l.cmp(&r),
            _ => self.to_f64().partial_cmp(&other.to_f64()).unwrap_or(Ordering::Equal),
        }
    }
}

impl fmt::Display for Number {
    /// Exact decimal when there is one, otherwise `num/den`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to_decimal_string() {
            Some(s) => f.write_str(&s),
            None => write!(f, "{}/{}", self.num, self.den),
        }
    }
}

impl Serialize for Number {
    /// Integers serialize as integers (exact at any size serde_json
    /// supports), other values as the nearest `f64`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.den == 1 {
            if let Ok(v) = i64::try_from(self.num) {
                return s.serialize_i64(v);
            }
            return s.serialize_i128(self.num);
        }
        s.serialize_f64(self.to_f64())
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Number;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_i64<E>(self, v: i64) -> Result<Number, E> {
                Ok(Number::from(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Number, E> {
                Ok(Number::from(v as i128))
            }
            fn visit_i128<E>(self, v: i128) -> Result<Number, E> {
                Ok(Number::from(v))
            }
            fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<Number, E> {
                i128::try_from(v).map(Number::from).map_err(|_| E::custom("number too large"))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Number, E> {
                // Shortest decimal text of the float is the value that was
                // written out; read it back exactly.
                Number::from_decimal_str(&format_f64(v)).ok_or_else(|| E::custom("number out of range"))
            }
        }
        d.deserialize_any(V)
    }
}

fn format_f64(v: f64) -> String {
    let s = format!("{v}");
    if s.contains('e') { format!("{v:.20}").trim_end_matches('0').to_string() } else { s }
}
