//! The date module against the corpus and under property tests.

use chrono::{Datelike, NaiveDate};
use gongbao::date::{DateKind, DateMatch, DateParser, DateValue, Point, Start, find_dates, parse};
use gongbao::numeral::{Number, Style, format, format_digits};
use gongbao::text::decode;
use proptest::prelude::*;

/// Every corpus file with the year its text was written in.
const CORPUS: &[(&str, i32)] = &[
    ("shanghai-gazette-2023-10.txt", 2023),
    ("govcn-guofa-2019-4-zhiye-jiaoyu-fangan.txt", 2019),
    ("govcn-guobanfa-2018-128-wufei-chengshi.txt", 2018),
    ("govcn-guobanfa-2018-129-xiaofei-fupin-yijian.txt", 2018),
    ("govcn-guoling-707-geshui-shishi-tiaoli.txt", 2018),
    ("nhc-zhenliao-fangan-v10-2023.pdflayout.txt", 2023),
    ("lawrefbook-shanghai-youhua-yingshang-huanjing-tiaoli-2024.md.txt", 2024),
    ("lawrefbook-samr-ling-56-mingma-biaojia.md.txt", 2022),
    ("npc-geren-xinxi-baohu-fa-2021-flk.txt", 2021),
];

fn corpus(name: &str) -> String {
    let path = format!("{}/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    decode(&bytes).unwrap_or_else(|e| panic!("{path}: {e}")).text
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// Checks the invariants of a list of matches over `text`: spans inside
/// the text on character boundaries, in order, without overlap, never
/// empty.
fn check_spans(text: &str, found: &[DateMatch]) {
    let mut last_end = 0;
    for m in found {
        assert!(m.span.start < m.span.end, "empty span {:?}", m.span);
        assert!(m.span.end <= text.len(), "span {:?} beyond {}", m.span, text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end), "{:?}", m.span);
        assert!(m.span.start >= last_end, "overlap at {:?}", m.span);
        last_end = m.span.end;
    }
}

/// (text, JSON value) of the matches of `text` whose span lies on the line
/// that contains `needle`.
fn on_line<'a>(text: &'a str, found: &[DateMatch], needle: &str) -> Vec<(&'a str, String)> {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle} not in the text"));
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    found
        .iter()
        .filter(|m| m.span.start >= start && m.span.end <= end)
        .map(|m| (&text[m.span.start..m.span.end], serde_json::to_string(&m.value).unwrap_or_default()))
        .collect()
}

fn pairs(list: &[(&'static str, &'static str)]) -> Vec<(&'static str, String)> {
    list.iter().map(|&(a, b)| (a, b.to_owned())).collect()
}

#[test]
fn every_corpus_file_scans_cleanly() {
    for &(name, year) in CORPUS {
        let text = corpus(name);
        for ctx in [Some(year), None] {
            let found = DateParser::new().context_year(ctx).find_dates(&text);
            check_spans(&text, &found);
            assert!(!found.is_empty(), "{name}: no date found");
            // Whatever running text yields, a whole-phrase parse of the same
            // span reads the same value (the phrase stands alone there).
            for m in &found {
                let phrase = &text[m.span.start..m.span.end];
                if m.validity || phrase.contains('\n') {
                    continue;
                }
                assert_eq!(DateParser::new().context_year(ctx).parse(phrase).ok(), Some(m.value), "{name}: {phrase}");
            }
        }
    }
}

#[test]
fn reference_issue_paragraphs() {
    let text = corpus("shanghai-gazette-2023-10.txt");
    let found = DateParser::new().context_year(2023).find_dates(&text);
    // The four 成文日期 lines.
    for (line, date) in [
        ("(2023年4月18日)", "\"2023-04-18\""),
        ("(2023年4月13日)", "\"2023-04-13\""),
        ("(2023年4月20日)", "\"2023-04-20\""),
        ("(2023年3月31日)", "\"2023-03-31\""),
    ] {
        assert_eq!(on_line(&text, &found, line), [(&line[1..line.len() - 1], date.to_owned())]);
    }
    assert_eq!(
        on_line(&text, &found, "本政策措施自2023年4月20日起实施"),
        pairs(&[("自2023年4月20日起实施,有效期至2028年4月19日", r#"{"from":"2023-04-20","to":"2028-04-19"}"#)])
    );
    assert_eq!(on_line(&text, &found, "2023年底前,完成流域干流"), pairs(&[("2023年底前", r#"{"to":"2023-12-31"}"#)]));
    assert_eq!(on_line(&text, &found, "(二)2024 年底前"), pairs(&[("2024 年底前", r#"{"to":"2024-12-31"}"#)]));
    assert_eq!(
        // 50年代至90年代 are decades.
        on_line(&text, &found, "1997—2005年"),
        pairs(&[
            ("1997—2005年", r#"{"from":"1997","to":"2005"}"#),
            ("2005—2014年", r#"{"from":"2005","to":"2014"}"#),
            ("从2015年开始", r#"{"from":"2015"}"#),
            ("2020年至今", r#"{"from":"2020"}"#),
        ])
    );
    assert_eq!(on_line(&text, &found, "5月20日出版"), pairs(&[("5月20日", r#""2023-05-20""#)]));
    assert_eq!(
        on_line(&text, &found, "今年上半年,首批拟上线"),
        pairs(&[("今年上半年", r#"{"from":"2023-01","to":"2023-06"}"#)])
    );
    // The issue header: 2023 alone on a line is no date, the TOC title's
    // 2023 年 is a year.
    assert_eq!(on_line(&text, &found, "2023年第10期(总第538期)"), pairs(&[("2023年", r#""2023""#)]));

    let v = DateParser::new().context_year(2023).validity(&text).expect("the first policy's validity clause");
    assert_eq!((v.from, v.to, v.from_issue), (Some(d(2023, 4, 20)), Some(d(2028, 4, 19)), false));
    assert_eq!(v.span.slice(&text), Some("自2023年4月20日起实施,有效期至2028年4月19日"));
}

#[test]
fn state_council_paragraphs() {
    let text = corpus("govcn-guobanfa-2018-128-wufei-chengshi.txt");
    let found = DateParser::new().context_year(2018).find_dates(&text);
    assert_eq!(on_line(&text, &found, "2018年12月29日"), pairs(&[("2018年12月29日", r#""2018-12-29""#)]));
    assert_eq!(on_line(&text, &found, "（四）开展评估总结。"), pairs(&[("2021年3月底前", r#"{"to":"2021-03-31"}"#)]));
    assert_eq!(on_line(&text, &found, "（四）试点目标。到2020年"), pairs(&[("到2020年", r#"{"to":"2020-12-31"}"#)]));

    let text = corpus("govcn-guofa-2019-4-zhiye-jiaoyu-fangan.txt");
    let found = DateParser::new().context_year(2019).find_dates(&text);
    assert_eq!(on_line(&text, &found, "2019年1月24日"), pairs(&[("2019年1月24日", r#""2019-01-24""#)]));
    // 3年以上 is a count; 2020年起 an open start.
    assert_eq!(
        on_line(&text, &found, "具有3年以上企业工作经历"),
        pairs(&[("从2019年起", r#"{"from":"2019"}"#), ("2020年起", r#"{"from":"2020"}"#)])
    );
    assert_eq!(DateParser::new().context_year(2019).validity(&text), None);

    let text = corpus("govcn-guoling-707-geshui-shishi-tiaoli.txt");
    let found = DateParser::new().context_year(2018).find_dates(&text);
    assert_eq!(on_line(&text, &found, "总理　　李克强").len(), 0);
    // The signature line comes before the revision history.
    assert_eq!(on_line(&text, &found, "2018年12月18日"), pairs(&[("2018年12月18日", r#""2018-12-18""#)]));
    assert_eq!(
        on_line(&text, &found, "（1994年1月28日中华人民共和国国务院令第142号发布"),
        pairs(&[
            ("1994年1月28日", r#""1994-01-28""#),
            ("2005年12月19日", r#""2005-12-19""#),
            ("2008年2月18日", r#""2008-02-18""#),
            ("2011年7月19日", r#""2011-07-19""#),
            ("2018年12月18日", r#""2018-12-18""#),
        ])
    );
    // The tax articles speak of 次月十五日内, 上一月最后一日: no dates.
    assert_eq!(on_line(&text, &found, "在代扣税款的次月十五日内").len(), 0);
    assert_eq!(on_line(&text, &found, "上一月最后一日人民币汇率中间价").len(), 0);
    let v = DateParser::new().context_year(2018).validity(&text).expect("decree");
    assert_eq!((v.from, v.to), (Some(d(2019, 1, 1)), None));
}

#[test]
fn law_paragraphs() {
    let text = corpus("npc-geren-xinxi-baohu-fa-2021-flk.txt");
    let found = DateParser::new().context_year(2021).find_dates(&text);
    assert_eq!(
        on_line(&text, &found, "第十三届全国人民代表大会常务委员会第三十次会议通过"),
        pairs(&[("2021年8月20日", r#""2021-08-20""#)])
    );
    assert_eq!(on_line(&text, &found, "第七十四条"), pairs(&[("自2021年11月1日起", r#"{"from":"2021-11-01"}"#)]));
    let v = DateParser::new().context_year(2021).validity(&text).expect("law");
    assert_eq!(v.from, Some(d(2021, 11, 1)));

    let text = corpus("lawrefbook-shanghai-youhua-yingshang-huanjing-tiaoli-2024.md.txt");
    let found = DateParser::new().context_year(2024).find_dates(&text);
    let adoption: Vec<_> = found.iter().take(4).map(|m| m.value).collect();
    assert_eq!(adoption, [d(2020, 4, 10), d(2021, 10, 28), d(2023, 11, 22), d(2024, 9, 27)].map(DateValue::Day));
    assert_eq!(on_line(&text, &found, "第六十二条"), pairs(&[("每年三月底前", r#"{"every":"--03","by":true}"#)]));
    assert_eq!(DateParser::new().context_year(2024).validity(&text).and_then(|v| v.from), Some(d(2020, 4, 10)));

    let text = corpus("lawrefbook-samr-ling-56-mingma-biaojia.md.txt");
    let found = DateParser::new().context_year(2022).find_dates(&text);
    assert_eq!(found[0].value, DateValue::Day(d(2022, 4, 14)));
    assert_eq!(found[1].value, DateValue::From { from: Start::Date(Point::Day(d(2022, 7, 1))), duration: None });
    assert!(found[1].validity);
    assert_eq!(
        on_line(&text, &found, "第二十七条"),
        pairs(&[
            ("自2022年7月1日起", r#"{"from":"2022-07-01"}"#),
            ("2000年10月31日", r#""2000-10-31""#),
            ("2001年11月7日", r#""2001-11-07""#),
        ])
    );

    let text = corpus("nhc-zhenliao-fangan-v10-2023.pdflayout.txt");
    let found = DateParser::new().context_year(2023).find_dates(&text);
    let got: Vec<_> = found.iter().map(|m| (&text[m.span.start..m.span.end], m.kind())).collect();
    assert_eq!(
        got,
        [
            ("截至 2022\n年底", DateKind::Deadline),
            ("2021 年 11 月", DateKind::Month),
            ("2022 年", DateKind::Year),
            ("2022 年 10 月份以来", DateKind::From),
        ]
    );
}

/// Pathological runs of 100,000 characters: the exact matches, and
/// spans that hold. (A scan that restarted inside a run would take minutes
/// here; the test checks what is found, not the time.)
#[test]
fn long_pathological_runs_give_exactly_the_repeated_matches() {
    let n = 100_000;
    let cases: [(String, usize, Option<&str>); 11] = [
        ("1".repeat(n) + "年", 0, None),
        ("十".repeat(n) + "月", 0, None),
        ("自".repeat(n), 0, None),
        ("到".repeat(n) + "2023", 0, None),
        ("每年".repeat(n), 0, None),
        ("有效期".repeat(n), 0, None),
        (" 1".repeat(n), 0, None),
        ("2023年".repeat(n / 4), n / 4, Some("2023年")),
        ("4月—".repeat(n / 2), n / 4, Some("4月—4月")),
        ("自2023年起实施，".repeat(n / 8), n / 8, Some("自2023年起")),
        ("年底".repeat(n), 1, Some("年底")),
    ];
    for (text, count, first) in &cases {
        let found = DateParser::new().context_year(2023).find_dates(text);
        check_spans(text, &found);
        let head: String = text.chars().take(6).collect();
        assert_eq!(found.len(), *count, "{head}…");
        assert_eq!(found.first().map(|m| &text[m.span.start..m.span.end]), *first, "{head}…");
    }
}

/// Dates from 1900 to 2100.
fn dates() -> impl Strategy<Value = NaiveDate> {
    let first = d(1900, 1, 1).num_days_from_ce();
    let last = d(2100, 12, 31).num_days_from_ce();
    (first..=last).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).expect("in range"))
}

fn chinese(n: u32) -> String {
    format(Number::from(i128::from(n)), Style::Lower)
}

proptest! {
    #[test]
    fn every_day_round_trips(date in dates()) {
        let (y, m, dd) = (date.year(), date.month(), date.day());
        let want = DateValue::Day(date);
        let arabic = format!("{y}年{m}月{dd}日");
        let chinese_form = format!("{}年{}月{}日", format_digits(y as u128), chinese(m), chinese(dd));
        let iso = format!("{y:04}-{m:02}-{dd:02}");
        let padded = format!("{y}年{m:02}月{dd:02}日");
        let full_width: String = arabic.chars().map(|c| match c.to_digit(10) {
            Some(v) => char::from_u32(0xFF10 + v).unwrap_or(c),
            None => c,
        }).collect();
        for s in [&arabic, &chinese_form, &iso, &padded, &full_width] {
            prop_assert_eq!(parse(s), Ok(want), "{}", s);
        }
        prop_assert_eq!(Point::Day(date).to_string(), iso.clone());
        prop_assert_eq!(iso.parse::<Point>(), Ok(Point::Day(date)));
        // Running text finds the same day, with its exact span.
        let text = format!("（{chinese_form}）印发，{arabic}起施行。");
        let found = find_dates(&text);
        prop_assert_eq!(found.len(), 2);
        prop_assert_eq!(&text[found[0].span.start..found[0].span.end], chinese_form.as_str());
        prop_assert_eq!(found[0].value, want);
        prop_assert_eq!(found[1].value, DateValue::From { from: Start::Date(Point::Day(date)), duration: None });
    }

    #[test]
    fn day_to_day_periods_round_trip(a in dates(), b in dates()) {
        let (from, to) = if a <= b { (a, b) } else { (b, a) };
        let s = format!("{}年{}月{}日至{}年{}月{}日", from.year(), from.month(), from.day(), to.year(), to.month(), to.day());
        prop_assert_eq!(
            parse(&s),
            Ok(DateValue::Period { from: Start::Date(Point::Day(from)), to: Point::Day(to) })
        );
    }

    #[test]
    fn month_day_ranges_without_a_year_never_end_before_they_start(a in dates(), b in dates()) {
        let s = format!("{}月{}日至{}月{}日", a.month(), a.day(), b.month(), b.day());
        if let Ok(DateValue::Period { from: Start::Date(from), to }) = DateParser::new().context_year(2023).parse(&s) {
            prop_assert!(from.first_day() <= to.first_day(), "{}", s);
        }
    }

    #[test]
    fn parse_never_panics(s in "\\PC{0,40}", ctx in proptest::option::of(any::<i32>())) {
        if let Err(e) = DateParser::new().context_year(ctx).parse(&s) {
            prop_assert!(e.span().end <= s.len() && s.is_char_boundary(e.span().start) && s.is_char_boundary(e.span().end));
        }
    }

    #[test]
    fn date_like_strings_never_panic(
        s in "[0-9０-９〇○零一二三四五六七八九十廿两年月日号底末内前起至到—\\-./: 　\n自从截止每有效期为今明去当次上下半季度第旬以来施行实印发之日，。星期周礼拜午晚后总()（）、是于在OＯ①]{0,40}",
        ctx in proptest::option::of(prop_oneof![Just(2023), Just(1), Just(9999), any::<i32>()]),
    ) {
        match DateParser::new().context_year(ctx).parse(&s) {
            Ok(v) => {
                // A value serializes, and its points lie in 1..=9999.
                prop_assert!(serde_json::to_string(&v).is_ok());
                for p in [v.point(), v.end(), v.start().and_then(|f| f.point())].into_iter().flatten() {
                    prop_assert!((1..=9999).contains(&p.year()), "{}: {:?}", s, v);
                }
                if let DateValue::Period { from: Start::Date(from), to } = v {
                    prop_assert!(from.first_day() <= to.last_day(), "{}: {:?}", s, v);
                }
            }
            Err(e) => {
                prop_assert!(e.span().end <= s.len() && s.is_char_boundary(e.span().start) && s.is_char_boundary(e.span().end));
            }
        }
        let found = DateParser::new().context_year(ctx).find_dates(&s);
        check_spans(&s, &found);
    }

    #[test]
    fn find_dates_never_panics(s in "\\PC{0,80}", ctx in proptest::option::of(any::<i32>())) {
        let found = DateParser::new().context_year(ctx).find_dates(&s);
        check_spans(&s, &found);
    }
}

/// `is_date_line` accepts every line of the corpus that the layout's own
/// date-line pattern accepts, and is a real date.
#[test]
fn is_date_line_accepts_the_date_lines_of_the_corpus() {
    let layout = regex::Regex::new(r"^[（(]?\s*[0-9０-９一二三四五六七八九〇○零]{2,4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日\s*[)）]?$").expect("regex");
    let mut lines = Vec::new();
    for entry in std::fs::read_dir("corpus").expect("corpus") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("readable");
        let text = gongbao::text::decode(&bytes).expect("decodable").text;
        lines.extend(text.lines().map(str::trim).filter(|l| layout.is_match(l)).map(str::to_owned));
    }
    lines.sort();
    assert_eq!(lines.len(), 58, "{lines:?}");
    for line in &lines {
        assert!(gongbao::date::is_date_line(line), "{line}");
    }
    for line in ["2023年13月1日", "(2023年4月18日", "23年4月18日", "二〇二三年四月十八日"] {
        assert_eq!(gongbao::date::is_date_line(line), line != "2023年13月1日", "{line}");
    }
}

/// Every date of the corpus reads back from its JSON, and so does every
/// validity clause.
#[test]
fn date_json_reads_back() {
    let mut count = 0;
    for entry in std::fs::read_dir("corpus").expect("corpus") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("readable");
        let text = gongbao::text::decode(&bytes).expect("decodable").text;
        let parser = DateParser::new().context_year(2023);
        for m in parser.find_dates(&text) {
            let json = serde_json::to_string(&m).expect("serializable");
            let back: DateMatch = serde_json::from_str(&json).expect(&json);
            assert_eq!(back, m, "{json}");
            count += 1;
        }
        if let Some(v) = parser.validity(&text) {
            let json = serde_json::to_string(&v).expect("serializable");
            assert_eq!(serde_json::from_str::<gongbao::date::Validity>(&json).ok(), Some(v), "{json}");
        }
    }
    // The years of 若干政策举措(2025年版) and 标准（2023 年版） name editions, and
    // 本年度 after 每年 (议事规则 第三十五条) counts from each year: no dates.
    assert_eq!(count, 510);
    for s in [
        "每年3月31日前",
        "每年8月",
        "每月10日前",
        "每年年底前",
        "有效期为两年六个月",
        "自印发之日起",
        "自2023年4月20日起施行，有效期5年",
        "2017年8月至11月",
    ] {
        let v = parse(s).expect(s);
        let json = serde_json::to_string(&v).expect("serializable");
        assert_eq!(serde_json::from_str::<DateValue>(&json).ok(), Some(v), "{s}: {json}");
    }
}

/// The words a whole phrase may carry around a day without changing it
/// (the lists of `date::grammar::words` and the labels of `date::lex`),
/// each seen in a public document (see the real phrases in
/// `tests/tables.rs`).
const LABELS: &[&str] = &["", "（一）", "(二)", "1. ", "1．", "十二、", "①", "一是", "发布日期：", "时间:"];
const PREFIXES: &[&str] = &["", "于", "在", "定于", "拟定于", "请于", "将于"];
const DAY_TAILS: &[&str] =
    &["", "(星期一)", "（周四）", " 星期日", "上午", "下午3:00-4:00", "(星期一)8:30", "晚", "当天", "当日", "。"];

/// A day as raw PDF text writes it: a few spaces (ASCII or ideographic)
/// between its parts.
fn spaced(y: &str, m: &str, d: &str, gaps: &[usize]) -> String {
    let g = |i: usize| [" ", "  ", "　", "", ""][gaps[i] % 5];
    format!("{y}{}年{}{m}{}月{}{d}{}日", g(0), g(1), g(2), g(3), g(4))
}

proptest! {
    #[test]
    fn two_digit_years_fall_within_twenty_years_ahead_and_seventy_nine_back(yy in 0u32..100, ctx in 1100i32..9900) {
        let v = DateParser::new().context_year(ctx).parse(&format!("{yy:02}年")).expect("a two-digit year");
        let DateValue::Year(y) = v else { panic!("{v:?}") };
        prop_assert_eq!(y.rem_euclid(100) as u32, yy);
        prop_assert!((ctx - 79..=ctx + 20).contains(&y), "{yy} in {ctx}: {y}");
    }

    #[test]
    fn labels_prefixes_and_day_tails_leave_the_day_alone(
        date in dates(),
        label in 0..LABELS.len(),
        prefix in 0..PREFIXES.len(),
        tail in 0..DAY_TAILS.len(),
        gaps in proptest::collection::vec(0usize..5, 5),
        chinese_digits in any::<bool>(),
    ) {
        let (y, m, dd) = (date.year(), date.month(), date.day());
        let day = if chinese_digits {
            spaced(&format_digits(y as u128), &chinese(m), &chinese(dd), &gaps)
        } else {
            spaced(&y.to_string(), &m.to_string(), &dd.to_string(), &gaps)
        };
        let s = format!("{}{}{}{}", LABELS[label], PREFIXES[prefix], day, DAY_TAILS[tail]);
        prop_assert_eq!(parse(&s), Ok(DateValue::Day(date)), "{}", s);
        // The suffixes that change the kind: 以后 opens, 以前 closes.
        let from = DateValue::From { from: Start::Date(Point::Day(date)), duration: None };
        let after = format!("{day}以后");
        let before = format!("{day}之前");
        prop_assert_eq!(parse(&after), Ok(from));
        prop_assert_eq!(parse(&before), Ok(DateValue::Deadline(date)));
        // Running text finds the spaced day, and a date line is one.
        let text = format!("会议{}{}{}召开。", PREFIXES[prefix], day, DAY_TAILS[tail]);
        let found = find_dates(&text);
        prop_assert_eq!(found.len(), 1, "{}", text);
        prop_assert_eq!(found[0].value, DateValue::Day(date));
        prop_assert!(gongbao::date::is_date_line(&day), "{}", day);
    }

    #[test]
    fn a_bare_year_is_a_date_only_as_a_whole_phrase(y in 1000i32..=9999, width in 0..3) {
        let written = match width {
            0 => y.to_string(),
            1 => y.to_string().chars().map(|c| char::from_u32(0xFF10 + c.to_digit(10).unwrap_or(0)).unwrap_or(c)).collect(),
            _ => format_digits(y as u128),
        };
        prop_assert_eq!(parse(&written), Ok(DateValue::Year(y)), "{}", written);
        let in_text = format!("共{written}人");
        prop_assert!(find_dates(&in_text).is_empty(), "{}", in_text);
        prop_assert!(find_dates(&written).is_empty(), "{}", written);
    }
}

/// A year before 版 names an edition: no date. Cut from the 建德市 notice
/// 建政函〔2025〕20号 (https://www.jiande.gov.cn/art/2025/4/2/art_1229535310_1850321.html,
/// as stored by the search tool's page store), whose title lines print
/// the edition outside 《》; the year of its budget sentence stays a date.
#[test]
fn a_year_before_ban_names_an_edition() {
    let text = "建德市关于推动经济高质量发展的若干政策\n\n(2025年版)\n\n为深入贯彻落实中央和省委、市委经济工作会议精神,进一步提振市场信心,推动经济持续向好,";
    assert!(DateParser::new().context_year(2025).find_dates(text).is_empty());
    let text = "市财政2025年统筹安排5000万元,重点用于支持浙西科创新高地";
    let found = DateParser::new().context_year(2025).find_dates(text);
    assert_eq!(
        found.iter().map(|m| (&text[m.span.start..m.span.end], m.value)).collect::<Vec<_>>(),
        [("2025年", DateValue::Year(2025))]
    );
}
