//! The values a date expression states: [`Point`]s at the precision
//! written, and the [`DateValue`]s built from them (deadlines, periods, open
//! starts, durations, recurring months).

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::DateFault;
use crate::error::Error;
use crate::names::names;
use crate::text::Span;

/// The smallest year a [`Point`] holds. Years are written with four digits
/// in ISO form, so 1 ..= 9999 is the range (well inside chrono's).
pub const MIN_YEAR: i32 = 1;
/// The largest year a [`Point`] holds; 10000年 and beyond are overflow
/// errors rather than five-digit ISO strings.
pub const MAX_YEAR: i32 = 9999;

/// How much of a date is written: 2023年4月18日 is a day, 2023年4月 a month,
/// 2023年 a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A whole year.
    Year,
    /// A month of a year.
    Month,
    /// One day.
    Day,
}

/// A calendar date at the precision the text wrote it.
///
/// Precision is kept on purpose: 2017年8月 is the month 2017-08, not the
/// day 2017-08-01, and a period 2017年8月至11月 runs from one month to
/// another. It serializes as an ISO 8601 string: `2023-04-18`, `2023-04`,
/// `2023`.
///
/// ```
/// use gongbao::date::{Point, Precision};
/// use chrono::NaiveDate;
/// let p = Point::Month { year: 2023, month: 2 };
/// assert_eq!(p.to_string(), "2023-02");
/// assert_eq!(p.precision(), Precision::Month);
/// assert_eq!(p.first_day(), NaiveDate::from_ymd_opt(2023, 2, 1));
/// assert_eq!(p.last_day(), NaiveDate::from_ymd_opt(2023, 2, 28));
/// assert_eq!("2023-04-18".parse::<Point>().unwrap(), Point::Day(NaiveDate::from_ymd_opt(2023, 4, 18).unwrap()));
/// assert_eq!(serde_json::to_string(&Point::Year(2023)).unwrap(), "\"2023\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Point {
    /// One day: 2023年4月18日.
    Day(NaiveDate),
    /// A month: 2023年4月.
    Month {
        /// The year, 1 ..= 9999.
        year: i32,
        /// The month, 1 ..= 12.
        month: u32,
    },
    /// A year: 2023年.
    Year(i32),
}

impl Point {
    /// The year the point lies in.
    pub fn year(&self) -> i32 {
        match *self {
            Point::Day(d) => d.year(),
            Point::Month { year, .. } | Point::Year(year) => year,
        }
    }

    /// How much of the date is written.
    pub fn precision(&self) -> Precision {
        match self {
            Point::Day(_) => Precision::Day,
            Point::Month { .. } => Precision::Month,
            Point::Year(_) => Precision::Year,
        }
    }

    /// The first day the point covers (`None` for a hand-built point with
    /// an out-of-range month or year).
    pub fn first_day(&self) -> Option<NaiveDate> {
        match *self {
            Point::Day(d) => Some(d),
            Point::Month { year, month } => NaiveDate::from_ymd_opt(year, month, 1),
            Point::Year(year) => NaiveDate::from_ymd_opt(year, 1, 1),
        }
    }

    /// The last day the point covers: 2023-02 → 2023-02-28, 2024 →
    /// 2024-12-31.
    pub fn last_day(&self) -> Option<NaiveDate> {
        match *self {
            Point::Day(d) => Some(d),
            Point::Month { year, month } => last_of_month(year, month),
            Point::Year(year) => NaiveDate::from_ymd_opt(year, 12, 31),
        }
    }
}

/// The last day of a month; `None` for an invalid month or year.
pub(crate) fn last_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt().or_else(|| {
        // December of the last representable year: no next month to step
        // back from.
        (month == 12).then(|| NaiveDate::from_ymd_opt(year, 12, 31)).flatten()
    })
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Point::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Point::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Point::Year(year) => write!(f, "{year:04}"),
        }
    }
}

impl FromStr for Point {
    type Err = Error;

    /// Reads the ISO form [`Display`](fmt::Display) writes. Chinese forms
    /// are read by [`parse`](super::parse), not here.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        fn field(s: &str, len: usize) -> Option<u32> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
        }
        fn point(s: &str) -> Option<Point> {
            let mut parts = s.split('-');
            let year = field(parts.next().unwrap_or(""), 4)? as i32;
            if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
                return None;
            }
            match (parts.next(), parts.next(), parts.next()) {
                (None, _, _) => Some(Point::Year(year)),
                (Some(m), None, _) => {
                    let month = field(m, 2)?;
                    (1..=12).contains(&month).then_some(Point::Month { year, month })
                }
                (Some(m), Some(d), None) => NaiveDate::from_ymd_opt(year, field(m, 2)?, field(d, 2)?).map(Point::Day),
                _ => None,
            }
        }
        point(s).ok_or_else(|| Error::at(Span::new(0, s.len()), DateFault::NotIso))
    }
}

impl Serialize for Point {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Point {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(|e: Error| serde::de::Error::custom(e.message()))
    }
}

/// Where an open start or a period begins: a written date, or the day the
/// document is issued (自印发之日起, 自发布之日起, 自公布之日起), which the
/// text does not state; the caller knows it from the 成文日期.
///
/// Serializes as the ISO date, or `null` for the issue date.
///
/// ```
/// use gongbao::date::{Start, Point};
/// assert_eq!(serde_json::to_string(&Start::Issue).unwrap(), "null");
/// assert_eq!(serde_json::to_string(&Start::Date(Point::Year(2019))).unwrap(), "\"2019\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Start {
    /// A written date: 自2023年4月20日起.
    Date(Point),
    /// The date the document is issued, published or signed: 自印发之日起.
    Issue,
}

impl Start {
    /// The written date, `None` for [`Start::Issue`].
    pub fn point(&self) -> Option<Point> {
        match *self {
            Start::Date(p) => Some(p),
            Start::Issue => None,
        }
    }
}

impl<'de> Deserialize<'de> for Start {
    /// Reads what `Serialize` writes: `null` for the issue date.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Option::<Point>::deserialize(d)?.map_or(Start::Issue, Start::Date))
    }
}

impl fmt::Display for Start {
    /// The ISO date, or `issue` for the issue date.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Start::Date(p) => p.fmt(f),
            Start::Issue => f.write_str("issue"),
        }
    }
}

impl Serialize for Start {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Start::Date(p) => p.serialize(s),
            Start::Issue => s.serialize_none(),
        }
    }
}

/// A length of time: 有效期5年, 有效期为两年六个月, 有效期30日.
///
/// Displays and serializes as an ISO 8601 duration: `P5Y`, `P2Y6M`, `P30D`.
///
/// ```
/// use gongbao::date::{Duration, Point};
/// use chrono::NaiveDate;
/// let five = Duration { years: 5, months: 0, days: 0 };
/// assert_eq!(five.to_string(), "P5Y");
/// let from = Point::Day(NaiveDate::from_ymd_opt(2023, 4, 20).unwrap());
/// // The period ends the day before the fifth anniversary.
/// assert_eq!(five.last_from(from), Some(Point::Day(NaiveDate::from_ymd_opt(2028, 4, 19).unwrap())));
/// assert_eq!(five.last_from(Point::Year(2023)), Some(Point::Year(2027)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Duration {
    /// Whole years.
    pub years: u32,
    /// Months beyond the years.
    pub months: u32,
    /// Days beyond the months.
    pub days: u32,
}

impl Duration {
    /// Whether every field is zero.
    pub fn is_zero(&self) -> bool {
        self.years == 0 && self.months == 0 && self.days == 0
    }

    /// The last point of a period of this length that starts with `start`,
    /// at the finest precision both allow: a year plus whole years is a
    /// year (2023 + 5 years ends in 2027), a month plus whole months is a
    /// month, anything else is a day. A day-precision period ends the day
    /// before the anniversary (2023-04-20 + 5 years → 2028-04-19; from
    /// 2024-02-29, one year ends 2025-02-28). `None` on overflow or for a
    /// zero duration.
    pub fn last_from(&self, start: Point) -> Option<Point> {
        if self.is_zero() {
            return None;
        }
        let months = self.years.checked_mul(12)?.checked_add(self.months)?;
        let point = match start {
            Point::Year(y) if months % 12 == 0 && self.days == 0 => {
                Point::Year(y.checked_add(i32::try_from(months / 12).ok()?)?.checked_sub(1)?)
            }
            Point::Month { year, month } if self.days == 0 => {
                let index = i64::from(year) * 12 + i64::from(month) - 1 + i64::from(months) - 1;
                Point::Month {
                    year: i32::try_from(index.div_euclid(12)).ok()?,
                    month: (index.rem_euclid(12) + 1) as u32,
                }
            }
            _ => {
                let first = start.first_day()?;
                let ann = first.checked_add_months(Months::new(months))?;
                // When the anniversary month is shorter (from 29 February or
                // the 31st), chrono clamps to its last day; the period then
                // ends on that day, since the day after it is the first day
                // past the anniversary.
                let clamped = ann.day() != first.day();
                let end = if self.days > 0 {
                    ann.checked_add_days(Days::new(u64::from(self.days)))?.pred_opt()?
                } else if clamped {
                    ann
                } else {
                    ann.pred_opt()?
                };
                Point::Day(end)
            }
        };
        (MIN_YEAR..=MAX_YEAR).contains(&point.year()).then_some(point)
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("P")?;
        if self.is_zero() {
            return f.write_str("0D");
        }
        if self.years > 0 {
            write!(f, "{}Y", self.years)?;
        }
        if self.months > 0 {
            write!(f, "{}M", self.months)?;
        }
        if self.days > 0 {
            write!(f, "{}D", self.days)?;
        }
        Ok(())
    }
}

impl FromStr for Duration {
    type Err = Error;

    /// Reads the ISO form `Display` writes: `P5Y`, `P2Y6M`, `P30D`, `P0D`.
    ///
    /// ```
    /// use gongbao::date::Duration;
    /// assert_eq!("P2Y6M".parse::<Duration>().unwrap(), Duration { years: 2, months: 6, days: 0 });
    /// assert!("5Y".parse::<Duration>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        fn read(s: &str) -> Option<Duration> {
            let mut rest = s.strip_prefix('P')?;
            let mut d = Duration::default();
            let mut last = 0;
            while !rest.is_empty() {
                let n = rest.bytes().take_while(u8::is_ascii_digit).count();
                let v: u32 = rest[..n].parse().ok()?;
                let (field, order) = match rest[n..].chars().next()? {
                    'Y' => (&mut d.years, 1),
                    'M' => (&mut d.months, 2),
                    'D' => (&mut d.days, 3),
                    _ => return None,
                };
                if order <= last {
                    return None;
                }
                (*field, last, rest) = (v, order, &rest[n + 1..]);
            }
            (last > 0).then_some(d)
        }
        read(s).ok_or_else(|| Error::at(Span::new(0, s.len()), DateFault::NotIso))
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(|e: Error| serde::de::Error::custom(e.message()))
    }
}

/// A month (and day) that comes back every year: 每年8月, 每年3月31日前,
/// 每年三月底前; or a day that comes back every month: 每月10日前.
///
/// Displays as the ISO 8601 form without a year: `--08`, `--03-31`, and
/// without a year and a month for a day of every month: `---10` (the XML
/// Schema gDay).
///
/// ```
/// use gongbao::date::Recurring;
/// assert_eq!(Recurring { month: Some(8), day: None, by: false }.to_string(), "--08");
/// assert_eq!(Recurring { month: Some(3), day: Some(31), by: true }.to_string(), "--03-31");
/// assert_eq!(Recurring { month: None, day: Some(10), by: true }.to_string(), "---10");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Recurring {
    /// The month, 1 ..= 12; `None` for a day of every month (then `day`
    /// is written).
    pub month: Option<u32>,
    /// The day of the month, when written.
    pub day: Option<u32>,
    /// A deadline: by that day, or by the end of that month (每年三月底前),
    /// rather than during it.
    pub by: bool,
}

impl fmt::Display for Recurring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.month {
            Some(m) => write!(f, "--{m:02}")?,
            None => write!(f, "--")?,
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Recurring {
    /// Reads the `--MM`, `--MM-DD` or `---DD` form `Display` writes, with
    /// `by` given.
    fn from_iso(s: &str, by: bool) -> Option<Recurring> {
        let num = |t: &str| (t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok()).flatten();
        if let Some(d) = s.strip_prefix("---") {
            let day: u32 = num(d)?;
            return (1..=31).contains(&day).then_some(Recurring { month: None, day: Some(day), by });
        }
        let rest = s.strip_prefix("--")?;
        let (m, d) = match rest.split_once('-') {
            Some((m, d)) => (m, Some(d)),
            None => (rest, None),
        };
        let month: u32 = num(m)?;
        let day = match d {
            Some(d) => Some(num(d)?),
            None => None,
        };
        let real = NaiveDate::from_ymd_opt(2000, month, day.unwrap_or(1)).is_some();
        real.then_some(Recurring { month: Some(month), day, by })
    }
}

/// What a date expression states.
///
/// Serializes as an ISO string for a day, month or year (`"2023-04-18"`,
/// `"2023-04"`, `"2023"`) and as an object otherwise: a deadline as
/// `{"to": "2023-12-31"}`, a period as `{"from": …, "to": …}`, an open
/// start as `{"from": …, "duration": …}` (`from` is `null` for the issue
/// date), a duration as `{"duration": "P5Y"}`, a recurring month as
/// `{"every": "--08", "by": false}` and a yearly period as
/// `{"every": "--11-16/--04-05", "by": false}`.
///
/// ```
/// use gongbao::date::{parse, DateValue};
/// let v = parse("2017年8月至11月").unwrap();
/// assert_eq!(serde_json::to_string(&v).unwrap(), r#"{"from":"2017-08","to":"2017-11"}"#);
/// let v = parse("2023年底前").unwrap();
/// assert_eq!(serde_json::to_string(&v).unwrap(), r#"{"to":"2023-12-31"}"#);
/// assert_eq!(serde_json::to_string(&parse("二〇二三年四月十八日").unwrap()).unwrap(), "\"2023-04-18\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// One day: 2023年4月18日, 5月20日 (with a context year).
    Day(NaiveDate),
    /// A month: 2023年4月, 4月 (with a context year).
    Month {
        /// The year.
        year: i32,
        /// The month, 1 ..= 12.
        month: u32,
    },
    /// A year: 2023年, 今年 (with a context year).
    Year(i32),
    /// A month that comes back every year: 每年8月.
    Recurring(Recurring),
    /// A span of the year that comes back every year: 每年6月1日至9月15日,
    /// 每年十一月一日起至次年四月三十日 (it runs into the next year when
    /// its end comes before its start).
    RecurringPeriod {
        /// First month (and day), included.
        from: Recurring,
        /// Last month (and day), included.
        to: Recurring,
    },
    /// A deadline, as its last day included: 2023年底前 → 2023-12-31,
    /// 3月31日前 → 3-31, 2025年前 → 2024-12-31, 到2025年 → 2025-12-31,
    /// 有效期至2028年4月19日 → 2028-04-19.
    Deadline(NaiveDate),
    /// A span of time with both ends at the precision written: 2017年8月至
    /// 11月 (months), 2024—2026年 (years), 上半年 (2023-01 to 2023-06),
    /// 自2023年4月20日起实施，有效期至2028年4月19日 (days).
    Period {
        /// First point, included.
        from: Start,
        /// Last point, included.
        to: Point,
    },
    /// An open start: 自2023年4月20日起, 2019年1月1日起施行, 自印发之日起;
    /// with the length of validity when the text gives it but the start is
    /// the undated issue day (自印发之日起施行，有效期5年).
    From {
        /// Where it begins.
        from: Start,
        /// How long it lasts, when stated.
        duration: Option<Duration>,
    },
    /// A length of time with no start: 有效期5年.
    Duration(Duration),
}

impl DateValue {
    /// The short name of the variant.
    ///
    /// ```
    /// use gongbao::date::{parse, DateKind};
    /// assert_eq!(parse("每年8月").unwrap().kind(), DateKind::Recurring);
    /// assert_eq!(parse("有效期为五年").unwrap().kind().as_str(), "duration");
    /// ```
    pub fn kind(&self) -> DateKind {
        match self {
            DateValue::Day(_) => DateKind::Day,
            DateValue::Month { .. } => DateKind::Month,
            DateValue::Year(_) => DateKind::Year,
            DateValue::Recurring(_) | DateValue::RecurringPeriod { .. } => DateKind::Recurring,
            DateValue::Deadline(_) => DateKind::Deadline,
            DateValue::Period { .. } => DateKind::Period,
            DateValue::From { .. } => DateKind::From,
            DateValue::Duration(_) => DateKind::Duration,
        }
    }

    /// The single day, month or year, when the value is one.
    ///
    /// ```
    /// use gongbao::date::{parse, Point};
    /// assert_eq!(parse("2023年4月").unwrap().point(), Some(Point::Month { year: 2023, month: 4 }));
    /// assert_eq!(parse("2023年底前").unwrap().point(), None);
    /// ```
    pub fn point(&self) -> Option<Point> {
        match *self {
            DateValue::Day(d) => Some(Point::Day(d)),
            DateValue::Month { year, month } => Some(Point::Month { year, month }),
            DateValue::Year(y) => Some(Point::Year(y)),
            _ => None,
        }
    }

    /// Where the value begins, for a period or an open start.
    ///
    /// ```
    /// use gongbao::date::{parse, Point, Start};
    /// assert_eq!(parse("2024—2026年").unwrap().start(), Some(Start::Date(Point::Year(2024))));
    /// assert_eq!(parse("自印发之日起").unwrap().start(), Some(Start::Issue));
    /// ```
    pub fn start(&self) -> Option<Start> {
        match *self {
            DateValue::Period { from, .. } | DateValue::From { from, .. } => Some(from),
            _ => None,
        }
    }

    /// Where the value ends: the last point of a period, the last day of a
    /// deadline.
    ///
    /// ```
    /// use gongbao::date::{parse, Point};
    /// use chrono::NaiveDate;
    /// assert_eq!(parse("2024—2026年").unwrap().end(), Some(Point::Year(2026)));
    /// assert_eq!(parse("2023年底前").unwrap().end(), Some(Point::Day(NaiveDate::from_ymd_opt(2023, 12, 31).unwrap())));
    /// ```
    pub fn end(&self) -> Option<Point> {
        match *self {
            DateValue::Period { to, .. } => Some(to),
            DateValue::Deadline(d) => Some(Point::Day(d)),
            _ => None,
        }
    }
}

impl From<Point> for DateValue {
    fn from(p: Point) -> Self {
        match p {
            Point::Day(d) => DateValue::Day(d),
            Point::Month { year, month } => DateValue::Month { year, month },
            Point::Year(y) => DateValue::Year(y),
        }
    }
}

impl fmt::Display for DateValue {
    /// An ISO 8601 form: a day, month or year as `2023-04-18`, `2023-04`,
    /// `2023`; a period as an interval `2017-08/2017-11`; a deadline as an
    /// interval open at the start, `../2023-12-31`; an open start as
    /// `2023-04-20/..`, or with its duration `2023-04-20/P5Y`; a duration as
    /// `P5Y`; a recurring month as `--08` (`../--03-31` for a yearly
    /// deadline), a yearly period as `--06-01/--09-15`. The issue date of the document is `issue`.
    ///
    /// ```
    /// use gongbao::date::parse;
    /// assert_eq!(parse("二〇二三年四月十八日").unwrap().to_string(), "2023-04-18");
    /// assert_eq!(parse("2017年8月至11月").unwrap().to_string(), "2017-08/2017-11");
    /// assert_eq!(parse("2023年底前").unwrap().to_string(), "../2023-12-31");
    /// assert_eq!(parse("自2023年4月20日起施行，有效期5年").unwrap().to_string(), "2023-04-20/2028-04-19");
    /// assert_eq!(parse("自印发之日起").unwrap().to_string(), "issue/..");
    /// assert_eq!(parse("有效期为五年").unwrap().to_string(), "P5Y");
    /// assert_eq!(parse("每年3月31日前").unwrap().to_string(), "../--03-31");
    /// assert_eq!(parse("每年6月1日至9月15日").unwrap().to_string(), "--06-01/--09-15");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.point() {
            return p.fmt(f);
        }
        match self {
            DateValue::Deadline(d) => write!(f, "../{}", Point::Day(*d)),
            DateValue::Period { from, to } => write!(f, "{from}/{to}"),
            DateValue::From { from, duration: Some(d) } => write!(f, "{from}/{d}"),
            DateValue::From { from, duration: None } => write!(f, "{from}/.."),
            DateValue::Duration(d) => d.fmt(f),
            DateValue::Recurring(r) if r.by => write!(f, "../{r}"),
            DateValue::Recurring(r) => r.fmt(f),
            DateValue::RecurringPeriod { from, to } => write!(f, "{from}/{to}"),
            DateValue::Day(_) | DateValue::Month { .. } | DateValue::Year(_) => Ok(()),
        }
    }
}

impl Serialize for DateValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if let Some(p) = self.point() {
            return p.serialize(s);
        }
        let mut map = s.serialize_map(None)?;
        match *self {
            DateValue::Recurring(r) => {
                map.serialize_entry("every", &r.to_string())?;
                map.serialize_entry("by", &r.by)?;
            }
            DateValue::RecurringPeriod { from, to } => {
                map.serialize_entry("every", &format!("{from}/{to}"))?;
                map.serialize_entry("by", &false)?;
            }
            DateValue::Deadline(d) => map.serialize_entry("to", &Point::Day(d))?,
            DateValue::Period { from, to } => {
                map.serialize_entry("from", &from)?;
                map.serialize_entry("to", &to)?;
            }
            DateValue::From { from, duration } => {
                map.serialize_entry("from", &from)?;
                if let Some(d) = duration {
                    map.serialize_entry("duration", &d)?;
                }
            }
            DateValue::Duration(d) => map.serialize_entry("duration", &d)?,
            DateValue::Day(_) | DateValue::Month { .. } | DateValue::Year(_) => {}
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for DateValue {
    /// Reads what `Serialize` writes.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Point(Point),
            Object {
                #[serde(default)]
                every: Option<String>,
                #[serde(default)]
                by: Option<bool>,
                #[serde(default, deserialize_with = "some")]
                from: Option<Start>,
                #[serde(default)]
                to: Option<Point>,
                #[serde(default)]
                duration: Option<Duration>,
            },
        }
        fn some<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Start>, D::Error> {
            Start::deserialize(d).map(Some)
        }
        let value = match Raw::deserialize(d)? {
            Raw::Point(p) => DateValue::from(p),
            Raw::Object { every: Some(e), by, from: None, to: None, duration: None } => {
                let value = match e.split_once('/') {
                    Some((from, to)) => Recurring::from_iso(from, false)
                        .zip(Recurring::from_iso(to, false))
                        .map(|(from, to)| DateValue::RecurringPeriod { from, to }),
                    None => Recurring::from_iso(&e, by.unwrap_or(false)).map(DateValue::Recurring),
                };
                value.ok_or_else(|| D::Error::custom(format!("not a recurring month: {e}")))?
            }
            Raw::Object { every: None, from: None, to: Some(Point::Day(t)), duration: None, .. } => {
                DateValue::Deadline(t)
            }
            Raw::Object { every: None, from: Some(from), to: Some(to), duration: None, .. } => {
                DateValue::Period { from, to }
            }
            Raw::Object { every: None, from: Some(from), to: None, duration, .. } => DateValue::From { from, duration },
            Raw::Object { every: None, from: None, to: None, duration: Some(d), .. } => DateValue::Duration(d),
            Raw::Object { .. } => return Err(D::Error::custom("not a date value")),
        };
        Ok(value)
    }
}

/// The short name of a [`DateValue`] variant, as the JSON of
/// `examples/dates.rs` writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// [`DateValue::Day`].
    Day,
    /// [`DateValue::Month`].
    Month,
    /// [`DateValue::Year`].
    Year,
    /// [`DateValue::Recurring`].
    Recurring,
    /// [`DateValue::Deadline`].
    Deadline,
    /// [`DateValue::Period`].
    Period,
    /// [`DateValue::From`].
    From,
    /// [`DateValue::Duration`].
    Duration,
}

names! {
    DateKind {
        Day => "day",
        Month => "month",
        Year => "year",
        Recurring => "recurring",
        Deadline => "deadline",
        Period => "period",
        From => "from",
        Duration => "duration",
    }
}
