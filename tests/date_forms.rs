//! The date parser's forms: every form of the module table, the decisions,
//! the errors, and phrases copied from the corpus (each checked against the
//! text). Scans of whole corpus texts are in `tests/date.rs`.

use chrono::NaiveDate;
use gongbao::Fault;
use gongbao::date::*;
use gongbao::numeral::NumeralFault;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn day(y: i32, m: u32, dd: u32) -> DateValue {
    DateValue::Day(d(y, m, dd))
}

fn month(year: i32, month: u32) -> Point {
    Point::Month { year, month }
}

fn period(from: Point, to: Point) -> DateValue {
    DateValue::Period { from: Start::Date(from), to }
}

fn ok(s: &str, ctx: Option<i32>) -> DateValue {
    DateParser::new().context_year(ctx).parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// The text under an error's span.
#[track_caller]
fn fault(s: &str, ctx: Option<i32>) -> (DateFault, &str) {
    let e = DateParser::new().context_year(ctx).parse(s).expect_err(s);
    let Fault::Date(f) = e.fault() else { panic!("{s}: no date fault: {e:?}") };
    (f.clone(), e.span().slice(s).unwrap_or("<bad span>"))
}

/// (matched text, JSON of the value) for every match.
fn found(text: &str, ctx: Option<i32>) -> Vec<(&str, String)> {
    DateParser::new()
        .context_year(ctx)
        .find_dates(text)
        .iter()
        .map(|m| (&text[m.span.start..m.span.end], serde_json::to_string(&m.value).unwrap_or_default()))
        .collect()
}

#[test]
fn absolute_days_in_every_writing() {
    for s in [
        "2023年4月18日",
        "2023 年 4 月 18 日",
        "二〇二三年四月十八日",
        "二○二三年四月十八日",
        "二零二三年四月十八日",
        "二O二三年四月十八日",
        "２０２３年４月１８日",
        "2023.4.18",
        "2023-04-18",
        "2023/4/18",
        "２０２３－０４－１８",
        "2023年04月18日",
        "2023年4月18号",
        "(2023年4月18日)",
        "（2023年4月18日）",
        "  2023年4月18日\u{3000}",
    ] {
        assert_eq!(ok(s, None), day(2023, 4, 18), "{s}");
    }
    assert_eq!(ok("2015年04月08日", None), day(2015, 4, 8));
    assert_eq!(ok("二〇〇九年十月三十日", None), day(2009, 10, 30));
    assert_eq!(ok("二〇二三年十二月二十一日", None), day(2023, 12, 21));
}

#[test]
fn years_and_months_keep_their_precision() {
    assert_eq!(ok("二○一二年", None), DateValue::Year(2012));
    assert_eq!(ok("二零二三年", None), DateValue::Year(2023));
    assert_eq!(ok("一九九八年", None), DateValue::Year(1998));
    assert_eq!(ok("2023年", None), DateValue::Year(2023));
    assert_eq!(ok("2023年度", None), DateValue::Year(2023));
    assert_eq!(ok("2023年4月", None), DateValue::Month { year: 2023, month: 4 });
    assert_eq!(ok("2022 年 10 月份", None), DateValue::Month { year: 2022, month: 10 });
    assert_eq!(ok("4月", Some(2023)), DateValue::Month { year: 2023, month: 4 });
    assert_eq!(ok("十二月", Some(2023)), DateValue::Month { year: 2023, month: 12 });
}

#[test]
fn a_time_of_day_is_dropped() {
    assert_eq!(ok("2015年04月08日10:05", None), day(2015, 4, 8));
    assert_eq!(ok("2015年4月8日 10:05:30", None), day(2015, 4, 8));
    assert_eq!(ok("2015年4月8日10时05分", None), day(2015, 4, 8));
    assert_eq!(ok("2015-04-08 10:05", None), day(2015, 4, 8));
    // Only a time that exists.
    assert_eq!(fault("2015年4月8日 25:00", None).0, DateFault::TrailingText);
    // The span of a match includes the time.
    let text = "于2015年4月8日 10:05:30发布";
    assert_eq!(found(text, None)[0].0, "2015年4月8日 10:05:30");
}

#[test]
fn partial_dates_take_the_context_year() {
    assert_eq!(ok("5月20日出版", Some(2023)), day(2023, 5, 20));
    assert_eq!(ok("3月31日前", Some(2023)), DateValue::Deadline(d(2023, 3, 31)));
    assert_eq!(ok("2月29日", Some(2024)), day(2024, 2, 29));
    assert_eq!(fault("5月20日", None), (DateFault::NeedsContextYear, "5"));
    assert_eq!(fault("年底前", None), (DateFault::YearEndNeedsContext, "年"));
    assert_eq!(fault("上半年", None), (DateFault::NeedsContextYear, "上半年"));
}

#[test]
fn deadlines() {
    let c = Some(2023);
    assert_eq!(ok("2023年底前", None), DateValue::Deadline(d(2023, 12, 31)));
    assert_eq!(ok("2023年底", None), DateValue::Deadline(d(2023, 12, 31)));
    assert_eq!(ok("年底前", c), DateValue::Deadline(d(2023, 12, 31)));
    assert_eq!(ok("年末", c), DateValue::Deadline(d(2023, 12, 31)));
    assert_eq!(ok("今年底前", c), DateValue::Deadline(d(2023, 12, 31)));
    assert_eq!(ok("明年底前", c), DateValue::Deadline(d(2024, 12, 31)));
    assert_eq!(ok("截至3月底", c), DateValue::Deadline(d(2023, 3, 31)));
    assert_eq!(ok("3月底前", c), DateValue::Deadline(d(2023, 3, 31)));
    assert_eq!(ok("2月底前", Some(2024)), DateValue::Deadline(d(2024, 2, 29)));
    assert_eq!(ok("年内", c), DateValue::Deadline(d(2023, 12, 31)));
    assert_eq!(ok("三季度末", c), DateValue::Deadline(d(2023, 9, 30)));
    assert_eq!(ok("2019年6月底前", None), DateValue::Deadline(d(2019, 6, 30)));
    assert_eq!(ok("截至2023年12月31日止", None), DateValue::Deadline(d(2023, 12, 31)));
    assert_eq!(ok("有效期至2028年4月19日", None), DateValue::Deadline(d(2028, 4, 19)));
    // 前 after a day includes the day; after a month or a year it is
    // "before it starts".
    assert_eq!(ok("2023年3月31日以前", None), DateValue::Deadline(d(2023, 3, 31)));
    assert_eq!(ok("2025年前", None), DateValue::Deadline(d(2024, 12, 31)));
    assert_eq!(ok("6月前", c), DateValue::Deadline(d(2023, 5, 31)));
    assert_eq!(ok("3月前", Some(2024)), DateValue::Deadline(d(2024, 2, 29)));
    // 到 / 力争: by the end of it.
    assert_eq!(ok("到2025年", None), DateValue::Deadline(d(2025, 12, 31)));
    assert_eq!(ok("到2025年底", None), DateValue::Deadline(d(2025, 12, 31)));
    assert_eq!(ok("力争2025年", None), DateValue::Deadline(d(2025, 12, 31)));
    assert_eq!(ok("力争到2025年", None), DateValue::Deadline(d(2025, 12, 31)));
    assert_eq!(ok("截至 2022\n年底", None), DateValue::Deadline(d(2022, 12, 31)));
    // An aim over a period keeps the period (杭政函〔2024〕16号: 积极争取 2023—2025 年每年…).
    assert_eq!(ok("争取2023—2025年", None), period(Point::Year(2023), Point::Year(2025)));
}

#[test]
fn a_quarter_of_every_year_is_no_date_of_the_context_year() {
    // 全国人民代表大会议事规则 第二条: 全国人民代表大会会议于每年第一季度举行.
    assert_eq!(found("全国人民代表大会会议于每年第一季度举行", Some(2021)), []);
    // The quarter of a year that is named stays.
    assert_eq!(found("2023年第一季度", None)[0].0, "2023年第一季度");
}

#[test]
fn the_first_quarter_written_short() {
    // 杭政函〔2024〕16号 （四十八）: 实施 2024 年首季“杭州智造·品质生活”出海行动.
    let got = found("实施 2024 年首季“杭州智造·品质生活”出海行动", None);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "2024 年首季");
    assert_eq!(ok("2024年首季", None), period(month(2024, 1), month(2024, 3)));
}

#[test]
fn a_label_colon_before_a_date_is_no_time() {
    // 鄂城区 公告: 1.时间:1月22日(星期一)上午9:00—11:00.
    let text = "1.时间:1月22日(星期一)上午9:00—11:00";
    assert_eq!(found(text, Some(2018)), [("1月22日(星期一)上午9:00—11:00", "\"2018-01-22\"".to_string())]);
    // 银川 page: 来源:立法备案审查科 时间:2020-10-29 11:24.
    assert_eq!(found("时间:2020-10-29 11:24", None)[0].0, "2020-10-29 11:24");
    // A time's colon still is: 9:30 holds no date.
    assert_eq!(found("上午9:30开始", Some(2018)), []);
}

#[test]
fn spans_of_a_year() {
    let c = Some(2023);
    assert_eq!(ok("上半年", c), period(month(2023, 1), month(2023, 6)));
    assert_eq!(ok("下半年", c), period(month(2023, 7), month(2023, 12)));
    assert_eq!(ok("2019年上半年", None), period(month(2019, 1), month(2019, 6)));
    assert_eq!(ok("今年上半年", c), period(month(2023, 1), month(2023, 6)));
    assert_eq!(ok("一季度", c), period(month(2023, 1), month(2023, 3)));
    assert_eq!(ok("第一季度", c), period(month(2023, 1), month(2023, 3)));
    assert_eq!(ok("第三季度", c), period(month(2023, 7), month(2023, 9)));
    assert_eq!(ok("2024年4季度", None), period(month(2024, 10), month(2024, 12)));
    assert_eq!(ok("4月上旬", c), period(Point::Day(d(2023, 4, 1)), Point::Day(d(2023, 4, 10))));
    assert_eq!(ok("2月下旬", Some(2024)), period(Point::Day(d(2024, 2, 21)), Point::Day(d(2024, 2, 29))));
    assert_eq!(fault("第五季度", c), (DateFault::NoQuarter { quarter: 5 }, "五"));
}

#[test]
fn recurring_months() {
    assert_eq!(ok("每年8月", None), DateValue::Recurring(Recurring { month: Some(8), day: None, by: false }));
    assert_eq!(ok("每年三月底前", None), DateValue::Recurring(Recurring { month: Some(3), day: None, by: true }));
    assert_eq!(ok("每年3月31日前", None), DateValue::Recurring(Recurring { month: Some(3), day: Some(31), by: true }));
    assert_eq!(ok("每年2月29日", None), DateValue::Recurring(Recurring { month: Some(2), day: Some(29), by: false }));
    assert_eq!(fault("每年2月30日", None), (DateFault::NoDayInMonth { month: 2, day: 30 }, "30"));
    assert_eq!(fault("每年13月", None), (DateFault::NoMonth { month: 13 }, "13"));
}

/// A span of every year is one recurring value, its end in the next year
/// when it comes before its start; no year of the context is given to
/// either end. Phrases cut from LawRefBook/Laws@2f4c5c2 (DLC/…/北京市实施《防洪法》
/// 办法(2019-07-26).md 第三十四条, 青岛市供热条例(2017-12-01).md 第三十一条,
/// 河南省实施《各级人民代表大会常务委员会监督法》办法(2015-10-22).md 第十四条,
/// 潍坊市供热条例(2021-01-28).md 第十三条, 河南省森林防火条例(2018-09-30).md 第二十二条,
/// 河南省黄河防汛条例(2016-12-02).md).
#[test]
fn yearly_periods() {
    let every = |month, day| Recurring { month: Some(month), day, by: false };
    let span = |from, to| DateValue::RecurringPeriod { from, to };
    let c = Some(2019);
    assert_eq!(ok("每年6月1日至9月15日", c), span(every(6, Some(1)), every(9, Some(15))));
    assert_eq!(ok("每年的十一月十六日至次年的四月五日", c), span(every(11, Some(16)), every(4, Some(5))));
    assert_eq!(ok("每年六月至九月", c), span(every(6, None), every(9, None)));
    assert_eq!(ok("每年的11月14日12时至次年的3月15日12时", c), span(every(11, Some(14)), every(3, Some(15))));
    assert_eq!(ok("每年十一月一日起至次年四月三十日", c), span(every(11, Some(1)), every(4, Some(30))));
    assert_eq!(ok("每年的12月1日至次年的2月底", c), span(every(12, Some(1)), every(2, None)));
    assert_eq!(ok("每年6月1日至9月15日", c).to_string(), "--06-01/--09-15");
    let json = serde_json::to_string(&ok("每年六月至九月", c)).unwrap();
    assert_eq!(json, r#"{"every":"--06/--09","by":false}"#);
    assert_eq!(serde_json::from_str::<DateValue>(&json).unwrap(), span(every(6, None), every(9, None)));
}

#[test]
fn periods() {
    let c = Some(2023);
    assert_eq!(
        ok("自2023年4月20日起实施，有效期至2028年4月19日", None),
        period(Point::Day(d(2023, 4, 20)), Point::Day(d(2028, 4, 19)))
    );
    assert_eq!(
        ok("自2023年4月20日起施行，有效期5年", None),
        period(Point::Day(d(2023, 4, 20)), Point::Day(d(2028, 4, 19)))
    );
    assert_eq!(ok("2024—2026年", None), period(Point::Year(2024), Point::Year(2026)));
    assert_eq!(ok("2024-2026年", None), period(Point::Year(2024), Point::Year(2026)));
    assert_eq!(ok("2024年至2026年", None), period(Point::Year(2024), Point::Year(2026)));
    assert_eq!(ok("4月18日至5月20日", c), period(Point::Day(d(2023, 4, 18)), Point::Day(d(2023, 5, 20))));
    assert_eq!(ok("4月18日到5月20日", c), period(Point::Day(d(2023, 4, 18)), Point::Day(d(2023, 5, 20))));
    assert_eq!(ok("4月18日至20日", c), period(Point::Day(d(2023, 4, 18)), Point::Day(d(2023, 4, 20))));
    assert_eq!(ok("4月18—20日", c), period(Point::Day(d(2023, 4, 18)), Point::Day(d(2023, 4, 20))));
    assert_eq!(ok("2017年8月至11月", None), period(month(2017, 8), month(2017, 11)));
    assert_eq!(ok("2017年8—11月", None), period(month(2017, 8), month(2017, 11)));
    assert_eq!(
        ok("2023年4月18日至2023年5月20日", None),
        period(Point::Day(d(2023, 4, 18)), Point::Day(d(2023, 5, 20)))
    );
    assert_eq!(ok("12月25日至1月5日", c), period(Point::Day(d(2023, 12, 25)), Point::Day(d(2024, 1, 5))));
    assert_eq!(ok("2023年11月至2月", None), period(month(2023, 11), month(2024, 2)));
    assert_eq!(
        ok("自2023年1月1日起至2025年12月31日止", None),
        period(Point::Day(d(2023, 1, 1)), Point::Day(d(2025, 12, 31)))
    );
    assert_eq!(ok("从2019年到2021年", None), period(Point::Year(2019), Point::Year(2021)));
    assert_eq!(
        ok("自2023年1月1日起施行，2027年12月31日废止", None),
        period(Point::Day(d(2023, 1, 1)), Point::Day(d(2027, 12, 31)))
    );
    let e = parse("2023年5月至2023年4月").expect_err("backwards");
    assert_eq!(e.span().slice("2023年5月至2023年4月"), Some("2023年4月"));
}

#[test]
fn open_starts_and_durations() {
    let from = |p| DateValue::From { from: Start::Date(p), duration: None };
    assert_eq!(ok("2019年1月1日起施行", None), from(Point::Day(d(2019, 1, 1))));
    assert_eq!(ok("自2023年4月20日起", None), from(Point::Day(d(2023, 4, 20))));
    assert_eq!(ok("从2019年开始", None), from(Point::Year(2019)));
    assert_eq!(ok("2019年以来", None), from(Point::Year(2019)));
    assert_eq!(ok("2020年至今", None), from(Point::Year(2020)));
    assert_eq!(ok("自印发之日起", None), DateValue::From { from: Start::Issue, duration: None });
    assert_eq!(ok("自发布之日起施行", None), DateValue::From { from: Start::Issue, duration: None });
    let five = Duration { years: 5, months: 0, days: 0 };
    assert_eq!(ok("自印发之日起施行，有效期5年", None), DateValue::From { from: Start::Issue, duration: Some(five) });
    assert_eq!(ok("有效期5年", None), DateValue::Duration(five));
    assert_eq!(ok("有效期为五年", None), DateValue::Duration(five));
    assert_eq!(ok("有效期两年六个月", None), DateValue::Duration(Duration { years: 2, months: 6, days: 0 }));
    assert_eq!(ok("有效期半年", None), DateValue::Duration(Duration { years: 0, months: 6, days: 0 }));
    // A duration from a start that is not a day keeps the precision.
    assert_eq!(ok("自2023年起施行，有效期3年", None), period(Point::Year(2023), Point::Year(2025)));
    // A 自…之日 that is not the issue day is no date.
    assert_eq!(fault("自收到申请之日起", None), (DateFault::NotADate, "自"));
}

#[test]
fn relative_years() {
    let c = Some(2023);
    for (s, y) in [
        ("今年", 2023),
        ("本年", 2023),
        ("当年", 2023),
        ("明年", 2024),
        ("次年", 2024),
        ("翌年", 2024),
        ("去年", 2022),
        ("上年", 2022),
        ("前年", 2021),
        ("后年", 2025),
    ] {
        assert_eq!(ok(s, c), DateValue::Year(y), "{s}");
        // Without a context year they are an error at the word.
        assert_eq!(fault(s, None), (DateFault::RelativeYearNeedsContext, s));
    }
    assert_eq!(ok("明年3月", c), DateValue::Month { year: 2024, month: 3 });
    assert_eq!(fault("后年", Some(9998)).0, DateFault::YearOutOfRange { year: 10000 });
}

#[test]
fn two_digit_years() {
    assert_eq!(ok("15年3月2日", Some(2023)), day(2015, 3, 2));
    assert_eq!(ok("15年3月2日", None), day(2015, 3, 2));
    assert_eq!(ok("九八年", None), DateValue::Year(1998));
    assert_eq!(ok("九八年", Some(2023)), DateValue::Year(1998));
    // The window runs from 20 years after the context year back to 79
    // before it: a text plans ahead (98年4月 in a 1997 plan is 1998).
    assert_eq!(ok("24年", Some(2023)), DateValue::Year(2024));
    assert_eq!(ok("43年", Some(2023)), DateValue::Year(2043));
    assert_eq!(ok("44年", Some(2023)), DateValue::Year(1944));
    assert_eq!(ok("98年4月", Some(1997)), DateValue::Month { year: 1998, month: 4 });
    assert_eq!(ok("03年", Some(2023)), DateValue::Year(2003));
    assert_eq!(ok("49年", None), DateValue::Year(2049));
    assert_eq!(ok("50年", None), DateValue::Year(1950));
    assert_eq!(fault("5年", None), (DateFault::YearDigits, "5"));
    // A longer year with a leading zero is neither (found by fuzzing:
    // 015 read as the year 15 wrote back as 15年, which is 2015).
    assert_eq!(fault("015年04月028日10:05", None), (DateFault::YearLeadingZero, "015"));
    assert_eq!(fault("〇〇一五年", None), (DateFault::YearLeadingZero, "〇〇一五"));
    assert_eq!(ok("960年", None), DateValue::Year(960));
}

#[test]
fn impossible_dates_are_errors_at_the_fault() {
    assert_eq!(fault("2023年2月30日", None), (DateFault::NoDay { year: 2023, month: 2, day: 30 }, "30"));
    assert_eq!(fault("2023年13月1日", None), (DateFault::NoMonth { month: 13 }, "13"));
    assert_eq!(fault("2023年4月31日", None), (DateFault::NoDay { year: 2023, month: 4, day: 31 }, "31"));
    assert_eq!(fault("2月29日", Some(2023)), (DateFault::NoDay { year: 2023, month: 2, day: 29 }, "29"));
    assert_eq!(fault("2023年2月29日", None), (DateFault::NoDay { year: 2023, month: 2, day: 29 }, "29"));
    assert_eq!(fault("二〇二三年二月三十日", None), (DateFault::NoDay { year: 2023, month: 2, day: 30 }, "三十"));
    assert_eq!(fault("2023-02-30", None), (DateFault::NoDay { year: 2023, month: 2, day: 30 }, "30"));
    assert_eq!(fault("2023年0月1日", None), (DateFault::NoMonth { month: 0 }, "0"));
    assert_eq!(fault("2023年1月0日", None), (DateFault::NoDay { year: 2023, month: 1, day: 0 }, "0"));
    assert_eq!(fault("0000年", None), (DateFault::YearLeadingZero, "0000"));
    assert_eq!(fault("99999年", None), (DateFault::YearOutOfRange { year: 99999 }, "99999"));
    assert_eq!(fault("10000年1月1日", None), (DateFault::YearOutOfRange { year: 10000 }, "10000"));
    assert_eq!(fault("123456789012345678901234567890年", None).0, DateFault::Numeral(NumeralFault::Overflow));
    assert_eq!(fault("今年", Some(i32::MAX)).0, DateFault::YearOutOfRange { year: 2147483647 });
    assert_eq!(fault("9999年12月25日至1月5日", None).0, DateFault::YearOutOfRange { year: 10000 });
    assert_eq!(fault("自9999年1月1日起施行，有效期5年", None).0, DateFault::ValidityBeyond9999);
    assert_eq!(fault("2023年十十月", None), (DateFault::Numeral(NumeralFault::UnitRepeated), "十"));
}

#[test]
fn whole_phrases_reject_other_text() {
    assert_eq!(fault("", None), (DateFault::Empty, ""));
    assert_eq!(fault("   ", None), (DateFault::Empty, "   "));
    assert_eq!(fault("明天", None), (DateFault::NotADate, "明"));
    assert_eq!(fault("2023年4月18日下雨", None), (DateFault::TrailingText, "下"));
    assert_eq!(fault("2023年4月18日至", None), (DateFault::TrailingText, "至"));
    // A weekday alone names no date: which week is not written.
    assert_eq!(fault("星期一", Some(2023)), (DateFault::NotADate, "星"));
    assert_eq!(fault("（周一）", Some(2023)), (DateFault::NotADate, "周"));
    assert_eq!(fault("2023.4", None).0, DateFault::NotADate);
    assert_eq!(fault("有效期内", None).0, DateFault::NotADate);
}

#[test]
fn serialization() {
    let json = |s: &str, c| serde_json::to_string(&ok(s, c)).unwrap_or_default();
    assert_eq!(json("2023年4月18日", None), r#""2023-04-18""#);
    assert_eq!(json("2023年4月", None), r#""2023-04""#);
    assert_eq!(json("2023年", None), r#""2023""#);
    assert_eq!(json("2017年8月至11月", None), r#"{"from":"2017-08","to":"2017-11"}"#);
    assert_eq!(json("2023年底前", None), r#"{"to":"2023-12-31"}"#);
    assert_eq!(json("自2023年4月20日起", None), r#"{"from":"2023-04-20"}"#);
    assert_eq!(json("自印发之日起施行，有效期5年", None), r#"{"from":null,"duration":"P5Y"}"#);
    assert_eq!(json("有效期5年", None), r#"{"duration":"P5Y"}"#);
    assert_eq!(json("每年8月", None), r#"{"every":"--08","by":false}"#);
    assert_eq!(json("九八年", None), r#""1998""#);
    let m = find_dates("（2023年4月18日）")[0];
    assert_eq!(
        serde_json::to_string(&m).unwrap_or_default(),
        r#"{"kind":"day","value":"2023-04-18","validity":false,"span":{"start":3,"end":19}}"#
    );
    let p: Point = serde_json::from_str(r#""2024-02""#).expect("month");
    assert_eq!(p, month(2024, 2));
    let e = serde_json::from_str::<Point>(r#""2023-02-30""#).unwrap_err();
    assert_eq!(e.to_string(), "not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
    assert_eq!("10000".parse::<Point>().unwrap_err().fault(), &Fault::Date(DateFault::NotIso));
}

#[test]
fn durations_end_the_day_before_the_anniversary() {
    let dur = |years, months, days| Duration { years, months, days };
    let from = |y, m, dd| Point::Day(d(y, m, dd));
    assert_eq!(dur(5, 0, 0).last_from(from(2023, 4, 20)), Some(from(2028, 4, 19)));
    assert_eq!(dur(1, 0, 0).last_from(from(2024, 2, 29)), Some(from(2025, 2, 28)));
    assert_eq!(dur(1, 0, 0).last_from(from(2023, 3, 1)), Some(from(2024, 2, 29)));
    assert_eq!(dur(0, 1, 0).last_from(from(2023, 1, 31)), Some(from(2023, 2, 28)));
    assert_eq!(dur(0, 0, 30).last_from(from(2023, 4, 1)), Some(from(2023, 4, 30)));
    assert_eq!(dur(0, 6, 0).last_from(month(2023, 10)), Some(month(2024, 3)));
    assert_eq!(dur(0, 0, 0).last_from(from(2023, 4, 1)), None);
    assert_eq!(dur(u32::MAX, u32::MAX, u32::MAX).last_from(from(2023, 4, 1)), None);
    assert_eq!(dur(1, 0, 0).last_from(Point::Year(9999)), Some(Point::Year(9999)));
    assert_eq!(dur(2, 0, 0).last_from(Point::Year(9999)), None);
}

// ----- phrases of the corpus, each checked against the file -------------

#[test]
fn reference_issue_dates() {
    // corpus/shanghai-gazette-2023-10.txt, lines 45, 129, 239, 331: the
    // 成文日期 lines in half-width brackets.
    assert_eq!(ok("(2023年4月18日)", None), day(2023, 4, 18));
    assert_eq!(ok("(2023年4月13日)", None), day(2023, 4, 13));
    assert_eq!(ok("(2023年4月20日)", None), day(2023, 4, 20));
    assert_eq!(ok("(2023年3月31日)", None), day(2023, 3, 31));
    // Line 601, the colophon; the year comes from the header.
    assert_eq!(ok("5月20日出版", Some(2023)), day(2023, 5, 20));
    // Line 125, the validity clause of the first policy.
    let clause = "本政策措施自2023年4月20日起实施,有效期至2028年4月19日。";
    let v = validity(clause).expect("validity");
    assert_eq!((v.from, v.to), (Some(d(2023, 4, 20)), Some(d(2028, 4, 19))));
    assert_eq!(v.span.slice(clause), Some("自2023年4月20日起实施,有效期至2028年4月19日"));
    // Line 405.
    let text = "决策单位根据年度重点工作编制本单位2023年度重大行政决策事项目录,于3月31日前向社会公开。";
    assert_eq!(
        found(text, Some(2023)),
        [("2023年度", r#""2023""#.into()), ("3月31日前", r#"{"to":"2023-03-31"}"#.into())]
    );
    // Line 409 and 585.
    let text = "继续打响“政府开放月”品牌,每年8月集中组织开展";
    assert_eq!(found(text, Some(2023)), [("每年8月", r#"{"every":"--08","by":false}"#.into())]);
    // Lines 149, 153: deadlines with and without a layout space.
    assert_eq!(found("2024 年底前,完成", None), [("2024 年底前", r#"{"to":"2024-12-31"}"#.into())]);
    // Line 527: decades are no years.
    assert!(found("上世纪50年代至90年代,建立了", Some(2023)).is_empty());
    // Line 569.
    let text = "今年上半年,首批拟上线7个主题政策库";
    assert_eq!(found(text, Some(2023)), [("今年上半年", r#"{"from":"2023-01","to":"2023-06"}"#.into())]);
}

#[test]
fn state_council_and_law_dates() {
    // govcn-guofa-2019-4 line 13, govcn-guobanfa-2018-128 line 13,
    // govcn-guobanfa-2018-129 line 61: the signature dates.
    assert_eq!(ok("2019年1月24日", None), day(2019, 1, 24));
    assert_eq!(ok("2018年12月29日", None), day(2018, 12, 29));
    assert_eq!(ok("2018年12月30日", None), day(2018, 12, 30));
    // govcn-guoling-707 lines 5 and 9: the decree.
    assert_eq!(ok("2018年12月18日", None), day(2018, 12, 18));
    let v = validity("现公布修订后的《中华人民共和国个人所得税法实施条例》，自2019年1月1日起施行。").expect("v");
    assert_eq!((v.from, v.to), (Some(d(2019, 1, 1)), None));
    // npc-geren-xinxi-baohu-fa line 5: the adoption line.
    let text = "（2021年8月20日第十三届全国人民代表大会常务委员会第三十次会议通过）";
    assert_eq!(found(text, None), [("2021年8月20日", r#""2021-08-20""#.into())]);
    // lawrefbook-samr-ling-56 lines 3 and 5.
    assert_eq!(found("2022年4月14日 国家市场监督管理总局令第56号公布", None)[0].0, "2022年4月14日");
    let m = find_dates("2022年7月1日 施行")[0];
    assert_eq!(
        (m.value, m.validity),
        (DateValue::From { from: Start::Date(Point::Day(d(2022, 7, 1))), duration: None }, true)
    );
    // lawrefbook-shanghai-youhua line 333.
    let text = "有关政府部门应当制定本部门年度执法检查计划，并于每年三月底前向社会公布。";
    assert_eq!(found(text, None), [("每年三月底前", r#"{"every":"--03","by":true}"#.into())]);
    // govcn-guobanfa-2018-128 line 91.
    assert_eq!(found("（四）开展评估总结。2021年3月底前，试点城市", None)[0].1, r#"{"to":"2021-03-31"}"#);
}

#[test]
fn running_text_leaves_counts_and_words_alone() {
    let c = Some(2023);
    for text in [
        "具有3年以上企业工作经历",
        "未来三年,推出",
        "在中国境内居住累计满183天的年度连续不满六年的",
        "（＜2 月龄，RR≥60 次/分；2～12 月龄，RR≥50 次/分）",
        "按照办理纳税申报或者扣缴申报的上一月最后一日人民币汇率中间价",
        "在代扣税款的次月十五日内",
        "一个纳税年度内",
        "三年内完成",
        "可按投资额一定比例抵免该企业当年应缴教育费附加",
        "前三季度",
        "每季度报告",
        "国内统一连续出版物号:CN31-1854/D",
        "沪府办规〔2023〕12号",
        "版本2023.4.18.1",
        "约2000年以上的历史",
        "“十四五”规划",
        "提前年度",
        "一月一次",
        "十年磨一剑",
        "多了一月",
        "半年内完成",
        "近三年来",
    ] {
        assert_eq!(found(text, c), [], "{text}");
    }
}

#[test]
fn running_text_finds_what_parse_reads() {
    let c = Some(2023);
    let text = "2023年第10期(总第538期)";
    assert_eq!(found(text, c), [("2023年", r#""2023""#.into())]);
    let text = "截至 2022\n年底，世界卫生组织";
    assert_eq!(found(text, c), [("截至 2022\n年底", r#"{"to":"2022-12-31"}"#.into())]);
    let text = "株主要为 BA.5.2，但是 2022 年 10 月份以来免疫逃逸能力";
    assert_eq!(found(text, c), [("2022 年 10 月份以来", r#"{"from":"2022-10"}"#.into())]);
    let text = "1997—2005年,将街道医院和乡镇卫生院";
    assert_eq!(found(text, c), [("1997—2005年", r#"{"from":"1997","to":"2005"}"#.into())]);
    let text = "于12月25日至1月5日开展";
    assert_eq!(found(text, c), [("12月25日至1月5日", r#"{"from":"2023-12-25","to":"2024-01-05"}"#.into())]);
    // Without a context year, partial dates are left out; full ones stay.
    assert_eq!(found("5月20日出版，2023年4月18日", None), [("2023年4月18日", r#""2023-04-18""#.into())]);
    // Impossible dates are left out.
    assert_eq!(found("2023年2月30日", None), []);
    // A month in Chinese numerals needs something more in running text.
    assert_eq!(found("于三月底前完成", c), [("三月底前", r#"{"to":"2023-03-31"}"#.into())]);
    assert_eq!(found("四月份召开", c), [("四月份", r#""2023-04""#.into())]);
    assert_eq!(found("上半年度", c), [("上半年度", r#"{"from":"2023-01","to":"2023-06"}"#.into())]);
    // 15年3月 with a month is a two-digit year.
    assert_eq!(found("15年3月2日", c), [("15年3月2日", r#""2015-03-02""#.into())]);
    // An open start with a validity clause in the same sentence is one
    // period; one in the next sentence is not.
    let text = "本方案自印发之日起施行，有效期5年。";
    assert_eq!(found(text, c), [("自印发之日起施行，有效期5年", r#"{"from":null,"duration":"P5Y"}"#.into())]);
    let text = "自2024年起实施重点行动。有效期内给予支持";
    let m = DateParser::new().context_year(c).find_dates(text);
    assert_eq!((m.len(), m[0].validity), (1, false));
}

#[test]
fn validity_clauses() {
    assert_eq!(validity("没有日期"), None);
    let v = validity("本办法自2023年1月1日起施行，有效期至2027年12月31日。").expect("v");
    assert_eq!((v.from, v.to), (Some(d(2023, 1, 1)), Some(d(2027, 12, 31))));
    let v = validity("本规定有效期至2025年12月31日。").expect("v");
    assert_eq!((v.from, v.to), (None, Some(d(2025, 12, 31))));
    let v = validity("本方案有效期5年。").expect("v");
    assert_eq!(v.duration, Some(Duration { years: 5, months: 0, days: 0 }));
    let v = validity("本通知自发布之日起施行，有效期至2025年12月31日。").expect("v");
    assert!(v.from_issue);
    assert_eq!(v.to, Some(d(2025, 12, 31)));
    let v = v.with_issue_date(d(2023, 3, 1));
    assert_eq!((v.from, v.to), (Some(d(2023, 3, 1)), Some(d(2025, 12, 31))));
}

#[test]
fn numeric_forms_dotted_ranges_compact_and_spaced() {
    assert_eq!(ok("1999.08-2002.02", None), period(month(1999, 8), month(2002, 2)));
    assert_eq!(ok("2008.03-2009", None), period(month(2008, 3), Point::Year(2009)));
    assert_eq!(ok("2008.03—2009.1", None), period(month(2008, 3), month(2009, 1)));
    assert_eq!(fault("2023.04", None).0, DateFault::NotADate);
    assert_eq!(ok("20221123", None), day(2022, 11, 23));
    assert_eq!(ok("２０２２１１２３", None), day(2022, 11, 23));
    assert_eq!(ok("2022 11 23", None), day(2022, 11, 23));
    assert_eq!(fault("20221323", None), (DateFault::NoMonth { month: 13 }, "13"));
    assert_eq!(fault("2009.03-2008", None).0, DateFault::PeriodEndsBeforeStart);
    // Running text: only the dotted range, and nothing touching it.
    assert_eq!(
        found("任职时间：1999.08-2002.02，", None),
        [("1999.08-2002.02", r#"{"from":"1999-08","to":"2002-02"}"#.to_string())]
    );
    assert!(found("编号20221123，2022 11 23，第2023.04节，1.2023.4-5", None).is_empty());
    assert!(found("v2008.03-2009", None).is_empty());
}

fn years(a: i32, b: i32) -> DateValue {
    period(Point::Year(a), Point::Year(b))
}

#[test]
fn quarters_and_relative_years_as_whole_phrases() {
    assert_eq!(ok("首季度", Some(2023)), period(month(2023, 1), month(2023, 3)));
    assert_eq!(ok("2022年首季度", None), period(month(2022, 1), month(2022, 3)));
    assert_eq!(ok("前三季度", Some(2023)), period(month(2023, 1), month(2023, 9)));
    assert_eq!(ok("2022年前三季度", None), period(month(2022, 1), month(2022, 9)));
    assert_eq!(ok("前两个季度", Some(2023)), period(month(2023, 1), month(2023, 6)));
    assert_eq!(fault("前五季度", Some(2023)), (DateFault::NoQuarter { quarter: 5 }, "五"));
    assert_eq!(ok("上一年", Some(2023)), DateValue::Year(2022));
    assert_eq!(ok("上一年度", Some(2023)), DateValue::Year(2022));
    assert_eq!(fault("上一年", None).0, DateFault::RelativeYearNeedsContext);
    assert_eq!(ok("2019年至今", None), DateValue::From { from: Start::Date(Point::Year(2019)), duration: None });
    // Running text (the corpus phrase): 上一年度营业额 is no date of the text.
    assert!(found("处五千万元以下或者上一年度营业额百分之五以下罚款", Some(2021)).is_empty());
    assert_eq!(found("2022年前三季度", None), [("2022年", "\"2022\"".to_string())]);
    assert_eq!(found("今年首季度，", Some(2023)), [("今年首季度", r#"{"from":"2023-01","to":"2023-03"}"#.to_string())]);
    assert_eq!(found("首季度增长", Some(2023)), [("首季度", r#"{"from":"2023-01","to":"2023-03"}"#.to_string())]);
}

#[test]
fn decades_and_centuries() {
    assert_eq!(ok("上世纪80年代", Some(2023)), years(1980, 1989));
    assert_eq!(ok("上个世纪80年代", Some(2023)), years(1980, 1989));
    assert_eq!(ok("十九世纪七十年代", None), years(1870, 1879));
    assert_eq!(ok("二十世纪八十年代", None), years(1980, 1989));
    assert_eq!(ok("上世纪50年代至90年代", Some(2023)), years(1950, 1999));
    assert_eq!(ok("1990年代", None), years(1990, 1999));
    assert_eq!(ok("80年代", Some(2023)), years(1980, 1989));
    assert_eq!(ok("20年代", Some(2023)), years(2020, 2029));
    assert_eq!(ok("20世纪", None), years(1900, 1999));
    assert_eq!(ok("上世纪", Some(2000)), years(1900, 1999));
    assert_eq!(ok("本世纪", Some(2023)), years(2000, 2099));
    assert_eq!(fault("上世纪80年代", None).0, DateFault::RelativeYearNeedsContext);
    assert_eq!(fault("上世纪90年代至50年代", Some(2023)).0, DateFault::PeriodEndsBeforeStart);
    // Running text (the corpus phrase): history told, left alone.
    assert!(found("上世纪50年代至90年代,建立", Some(2023)).is_empty());
}

#[test]
fn five_year_plans() {
    assert_eq!(ok("“十三五”期间", None), years(2016, 2020));
    assert_eq!(ok("“十四五”时期", None), years(2021, 2025));
    assert_eq!(ok("\"十四五\"", None), years(2021, 2025));
    assert_eq!(ok("十三五期间", None), years(2016, 2020));
    assert_eq!(ok("十三五规划期", None), years(2016, 2020));
    assert_eq!(ok("“九五”期间", None), years(1996, 2000));
    assert_eq!(ok("“一五”期间", None), years(1953, 1957));
    assert_eq!(ok("“十三五”末", None), DateValue::Deadline(d(2020, 12, 31)));
    assert_eq!(ok("到“十四五”末", None), DateValue::Deadline(d(2025, 12, 31)));
    assert_eq!(fault("十五", None).0, DateFault::NotADate);
    // Running text (the corpus phrase): the plan's name, no date.
    assert!(found("据《上海市卫生健康发展“十四五”规划》,制定本实施方案", Some(2023)).is_empty());
    assert_eq!(
        found("“十三五”期间，全市新增就业；到“十四五”末基本建成；「十四五」时期", None),
        [
            ("“十三五”期间", r#"{"from":"2016","to":"2020"}"#.to_string()),
            ("到“十四五”末", r#"{"to":"2025-12-31"}"#.to_string()),
            ("「十四五」时期", r#"{"from":"2021","to":"2025"}"#.to_string()),
        ]
    );
    assert_eq!(found("十五期间", None), [("十五期间", r#"{"from":"2001","to":"2005"}"#.to_string())]);
    assert!(found("第十五期间", None).is_empty());
}

/// The shapes issue 10 names, each with the decision taken (see the module
/// docs); real phrases of each family are in `tests/tables.rs`.
#[test]
fn phrases_as_they_stand_in_a_sentence() {
    let from = |p: Point| DateValue::From { from: Start::Date(p), duration: None };
    let y = |y| DateValue::Year(y);
    // A bare year only as a whole phrase.
    for s in ["2023", "２０２３", "二〇二三", "二○二三", "二Ｏ二三"] {
        assert_eq!(ok(s, None), y(2023), "{s}");
    }
    assert_eq!(ok("2023—2025", None), years(2023, 2025));
    assert!(found("共2023人，2023", Some(2023)).is_empty());
    // Two-digit years near the context year.
    assert_eq!(ok("98年4月", Some(1997)), DateValue::Month { year: 1998, month: 4 });
    assert_eq!(ok("03年", Some(2023)), y(2003));
    // A weekday, part of day and time after the day; a weekday alone is no date.
    for s in [
        "2023年5月1日(星期一)",
        "2023年5月1日（周一）",
        "2023年5月1日，星期一",
        "2023年5月1日上午",
        "2023年5月1日下午3:00-4:00",
    ] {
        assert_eq!(ok(s, None), day(2023, 5, 1), "{s}");
    }
    assert_eq!(
        found("定于2023年5月1日(星期一)上午9时召开。", None),
        [("2023年5月1日(星期一)上午9时", r#""2023-05-01""#.to_owned())]
    );
    // Words and labels before the date.
    for s in ["于2023年6月", "在2023年6月", "（一）2023年6月", "1. 2023年6月", "①2023年6月"] {
        assert_eq!(ok(s, None), DateValue::Month { year: 2023, month: 6 }, "{s}");
    }
    assert_eq!(ok("一是2023年", None), y(2023));
    assert_eq!(ok("自2023年6月", None), from(month(2023, 6)));
    assert_eq!(ok("截止到2023年6月", None), DateValue::Deadline(d(2023, 6, 30)));
    // Words after it: 以后 opens, 以前 closes, 当天 changes nothing.
    assert_eq!(ok("2023年6月以后", None), from(month(2023, 6)));
    assert_eq!(ok("2023年6月之后", None), from(month(2023, 6)));
    assert_eq!(ok("2023年6月以前", None), DateValue::Deadline(d(2023, 5, 31)));
    assert_eq!(ok("2023年6月1日之前", None), DateValue::Deadline(d(2023, 6, 1)));
    assert_eq!(ok("2023年6月1日止", None), DateValue::Deadline(d(2023, 6, 1)));
    assert_eq!(ok("2023年6月1日当天", None), day(2023, 6, 1));
    assert_eq!(ok("2023年上半年以来", None), from(month(2023, 1)));
    assert_eq!(fault("2023年6月后续", None), (DateFault::TrailingText, "后"));
    // An issue number after a year.
    assert_eq!(ok("2023年第10期(总第538期)", None), y(2023));
    assert_eq!(ok("2023年第 10 期（总第 538 期）", None), y(2023));
    // 上世纪 follows the context year literally.
    assert_eq!(ok("上世纪50年代至90年代", Some(2023)), years(1950, 1999));
    assert_eq!(ok("上世纪50年代至90年代", Some(1997)), years(1850, 1899));
    // The first months of a year.
    assert_eq!(ok("2023年前11个月", None), period(month(2023, 1), month(2023, 11)));
    // Layout spaces of raw PDF text, in whole phrases and running text.
    for s in ["2022 年 6 月 27 日", "2022年 6月27日", "二〇二二年六月 二十七日", "２０２２年６月２７日"]
    {
        assert_eq!(ok(s, None), day(2022, 6, 27), "{s}");
        assert!(is_date_line(s), "{s}");
        let text = format!("会议于{s}召开");
        assert_eq!(found(&text, None), [(s, r#""2022-06-27""#.to_owned())]);
    }
    assert_eq!(ok("5月1号", Some(2023)), day(2023, 5, 1));
    // A mark of inclusion after 前 includes the year or month.
    assert_eq!(ok("2025年前（含）", None), DateValue::Deadline(d(2025, 12, 31)));
    assert_eq!(ok("6月前(含6月)", Some(2023)), DateValue::Deadline(d(2023, 6, 30)));
    assert_eq!(ok("2023年12月31日前（含）", None), DateValue::Deadline(d(2023, 12, 31)));
    assert_eq!(ok("2023年Q1", None), period(month(2023, 1), month(2023, 3)));
    // A field name before the date; 截止日期 names a deadline.
    assert_eq!(ok("发布日期：2023-03-21", None), day(2023, 3, 21));
    assert_eq!(ok("截止日期：2023年6月30日", None), DateValue::Deadline(d(2023, 6, 30)));
    assert_eq!(ok("截止时间: 2023年6月", None), DateValue::Deadline(d(2023, 6, 30)));
    assert_eq!(fault("Q1", Some(2023)).0, DateFault::NotADate);
}

#[test]
fn a_day_that_lost_its_ri_at_the_end_of_its_line() {
    // laodongfa.com (corpus): an export's header field 发布日期:2018年03月27.
    assert_eq!(found("发布日期:2018年03月27\n生效日期:2018年03月27", None)[0].0, "2018年03月27");
    assert_eq!(ok("2018年03月27", None), day(2018, 3, 27));
    // LawRefBook 济南市农村公路条例: the 日 went to the next paragraph.
    let text = "2014年9月26\n\n日山东省第十二届人民代表大会常务委员会第十次会议批准";
    assert_eq!(found(text, None), [("2014年9月26", "\"2014-09-26\"".to_string())]);
    // Inside a line, a number after the month is no day: 3月27个 stays a month.
    assert_eq!(found("2018年3月27个项目", None)[0].0, "2018年3月");
}

/// 年年底 after a year written out is its 年底, and 每年年底前 recurs at the
/// end of December. Cut from 国办发〔2018〕124号 (ZhouYNF/platform-1@2197df553eee3b0bc9989d91addadf2f4227fddc,
/// db/ge_policy_raw20190217.sql row 18, column content) and the 北京市统计条例
/// (LawRefBook/Laws@2f4c5c23716267af9dbebbbbd6cbbf732b101981, 第十七条).
#[test]
fn nian_niandi_is_the_end_of_the_year() {
    let text = "（二十七）经省级人民政府批准，2020年年底前省属重点文化企业可免缴国有资本收益。";
    let got = DateParser::new().context_year(2018).find_dates(text);
    assert_eq!(got.len(), 1);
    assert_eq!(
        (&text[got[0].span.start..got[0].span.end], got[0].value),
        ("2020年年底前", DateValue::Deadline(d(2020, 12, 31)))
    );
    let text = "第十七条 市和区、县人民政府统计机构及有关部门应当制定年度统计调查计划，并于每年年底前公布下一年度拟开展的统计调查项目。";
    let got = DateParser::new().context_year(2018).find_dates(text);
    assert_eq!(got.len(), 1);
    assert_eq!(
        (&text[got[0].span.start..got[0].span.end], got[0].value),
        ("每年年底前", DateValue::Recurring(Recurring { month: Some(12), day: None, by: true }))
    );
    assert_eq!(ok("今年年底前", Some(2018)), DateValue::Deadline(d(2018, 12, 31)));
}

/// A relative year after 每年 in its sentence counts from each of those
/// years, not from the year of the text: no date. Cut from 国办发〔2018〕118号
/// (ZhouYNF/platform-1@2197df553eee3b0bc9989d91addadf2f4227fddc,
/// db/ge_policy_raw20190217.sql row 13, column content), and the 议事规则
/// of corpus/npc-flk-quanguo-renda-yishi-guize-2021-mulu.txt (第三十五条).
#[test]
fn a_relative_year_after_every_year_is_no_date() {
    let text = "地方各级行政执法机关应当于每年1月31日前公开本机关上年度行政执法总体情况有关数据，并报本级人民政府和上级主管部门。";
    let got: Vec<_> = found(text, Some(2018)).into_iter().map(|(t, _)| t).collect();
    assert_eq!(got, ["每年1月31日前"]);
    let text = "第三十五条　全国人民代表大会每年举行会议的时候，国务院应当向会议提出关于上一年度国民经济和社会发展计划执行情况与本年度国民经济和社会发展计划草案的报告";
    assert_eq!(found(text, Some(2021)), []);
}

/// A day of every month recurs as `---DD`. Cut from the 洛阳市矿产资源管理办法
/// (2000-10-18, 第二十五条) and the 驻马店市饮用水水源保护条例 (2019-01-14), in
/// LawRefBook/Laws@2f4c5c23716267af9dbebbbbd6cbbf732b101981 (DLC/河南地方法规).
#[test]
fn a_day_of_every_month_recurs() {
    let got = found("第二十五条 采矿权人和扣缴义务人应于每月10日前到矿产资源补偿费", Some(2018));
    assert_eq!(got, [("每月10日前", r#"{"every":"---10","by":true}"#.to_string())]);
    let got = found("（四）每月10日前向社会公开上月的", Some(2018));
    assert_eq!(got, [("每月10日前", r#"{"every":"---10","by":true}"#.to_string())]);
    assert_eq!(ok("每月15日", None), DateValue::Recurring(Recurring { month: None, day: Some(15), by: false }));
}
