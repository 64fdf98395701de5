//! `quantity::parse` reads every form of the module's own table.

use gongbao::error::Fault;
use gongbao::numeral::{Amount, Number, NumeralFault};
use gongbao::quantity::{Qualifier, Quantity, QuantityFault, QuantityKind, find_quantities, parse};

fn n(v: i128) -> Number {
    Number::from(v)
}

/// Kind, amount, unit, qualifier and the text its span covers.
type Read<'a> = (QuantityKind, Amount, Option<&'a str>, Option<Qualifier>, &'a str);

#[track_caller]
fn parsed(s: &str) -> Read<'_> {
    let q: Quantity = parse(s).unwrap_or_else(|e| panic!("{s}: {e}"));
    let unit = q.unit.as_deref().and_then(|u| s.find(u).map(|at| &s[at..at + u.len()]));
    (q.kind, q.amount, unit, q.qualifier, q.span.slice(s).unwrap_or("<bad span>"))
}

#[test]
fn every_parse_form_of_the_table_parses() {
    use QuantityKind::*;
    let range = |low, high| Amount::Range { low: n(low), high: n(high) };
    let cases: &[(&str, Read)] = &[
        ("最高给予1亿元", (Money, Amount::One(n(100_000_000)), Some("元"), Some(Qualifier::AtMost), "最高给予1亿元")),
        ("2000 万元", (Money, Amount::One(n(20_000_000)), Some("元"), None, "2000 万元")),
        ("800万平方米", (Area, Amount::One(n(8_000_000)), Some("平方米"), None, "800万平方米")),
        ("15平方公里", (Area, Amount::One(n(15_000_000)), Some("平方公里"), None, "15平方公里")),
        ("1万亩", (Area, Amount::One(Number::ratio(20_000_000, 3).expect("ratio")), Some("亩"), None, "1万亩")),
        ("3—6个月", (Duration, range(3, 6), Some("个月"), None, "3—6个月")),
        ("20个工作日内", (Duration, Amount::One(n(20)), Some("个工作日"), Some(Qualifier::AtMost), "20个工作日内")),
        ("5年", (Duration, Amount::One(n(5)), Some("年"), None, "5年")),
        ("100家以上", (Count, Amount::One(n(100)), Some("家"), Some(Qualifier::AtLeast), "100家以上")),
        ("三万元以上十万元以下", (Money, range(30_000, 100_000), Some("元"), None, "三万元以上十万元以下")),
        ("港币50元", (Currency, Amount::One(n(50)), Some("港币"), None, "港币50元")),
        ("50泰铢", (Currency, Amount::One(n(50)), Some("泰铢"), None, "50泰铢")),
        ("1500 余条", (Count, Amount::One(n(1500)), Some("条"), Some(Qualifier::About), "1500 余条")),
    ];
    for &(s, want) in cases {
        assert_eq!(parsed(s), want, "{s}");
    }
}

#[test]
fn parse_and_find_agree_on_a_whole_phrase() {
    for s in ["最高给予1亿元", "最高可给予500万元", "不超过1亿元", "约200人", "100家以上", "三成"]
    {
        let found = find_quantities(s);
        assert_eq!(found.len(), 1, "{s}");
        assert_eq!(parse(s).as_ref().ok(), found.first(), "{s}");
    }
}

#[test]
fn the_share_row_is_found_in_running_text() {
    let q = find_quantities("不超过项目投资的30%");
    assert_eq!(q.len(), 1);
    assert_eq!(
        (q[0].kind, q[0].amount, q[0].qualifier),
        (QuantityKind::Share, Amount::One(Number::ratio(3, 10).expect("ratio")), None)
    );
    assert_eq!(parse("不超过项目投资的30%").unwrap_err().kind(), gongbao::ErrorKind::Numeral);
}

#[test]
fn phrases_that_are_not_exactly_one_quantity_fail() {
    let fault = |s: &str| parse(s).unwrap_err().fault().clone();
    assert_eq!(fault("第十期"), Fault::Quantity(QuantityFault::NoUnit));
    assert_eq!(fault("1亿元的支持"), Fault::Quantity(QuantityFault::TrailingText));
    assert_eq!(fault("2023年"), Fault::Quantity(QuantityFault::DatePart));
    assert_eq!(fault("最高给予"), Fault::Numeral(NumeralFault::NotNumeral));
}
