//! Numerals: exact values from the corpus, malformed forms, round trips.

use gongbao::error::Fault;
use gongbao::numeral::{
    Amount, Number, NumeralFault, Style, find_numerals, format, format_digits, parse, parse_integer, read,
};
use proptest::prelude::*;

fn n(v: i128) -> Number {
    Number::from(v)
}

#[test]
fn integers_as_official_text_writes_them() {
    let cases: &[(&str, i128)] = &[
        ("零", 0),
        ("十", 10),
        ("十五", 15),
        ("一十五", 15),
        ("二十一", 21),
        ("一百零八", 108),
        ("一千零五", 1005),
        ("一千零五十", 1050),
        ("三千零五", 3005),
        ("一万零五百", 10500),
        ("十万", 100_000),
        ("十一万", 110_000),
        ("一百一十万", 1_100_000),
        ("两千", 2000),
        ("两万三千", 23_000),
        ("壹佰贰拾", 120),
        ("壹万零伍佰", 10_500),
        ("叁仟", 3000),
        ("三万亿", 3_000_000_000_000),
        ("一万零一亿", 1_000_100_000_000),
        ("一亿亿", 10_000_000_000_000_000),
        ("一亿亿零一", 10_000_000_000_000_001),
        ("一亿零五", 100_000_005),
        ("二〇二三", 2023),
        ("二○一二", 2012),
        ("二零二三", 2023),
        ("一〇二", 102),
        ("3000万", 30_000_000),
        ("2000 万", 20_000_000),
        ("1 亿", 100_000_000),
        ("１２", 12),
        ("３０００万", 30_000_000),
        ("1,000,000", 1_000_000),
        ("3万5千", 35_000),
        ("廿一", 21),
    ];
    for &(s, v) in cases {
        assert_eq!(parse(s), Ok(n(v)), "{s}");
    }
}

#[test]
fn decimals_shares_and_fractions_are_exact() {
    let cases: &[(&str, i128, i128)] = &[
        ("1.5亿", 150_000_000, 1),
        ("0.35万", 3500, 1),
        ("三点一四", 314, 100),
        ("零点五", 1, 2),
        ("三点五亿", 350_000_000, 1),
        ("负0.5", -1, 2),
        ("-3", -3, 1),
        ("百分之三十", 3, 10),
        ("百分之五十", 1, 2),
        ("百分之三点五", 35, 1000),
        ("30%", 3, 10),
        ("５％", 1, 20),
        ("5‰", 1, 200),
        ("千分之五", 1, 200),
        ("三分之一", 1, 3),
        ("四分之三", 3, 4),
        ("1/3", 1, 3),
    ];
    for &(s, num, den) in cases {
        assert_eq!(parse(s), Ok(Number::ratio(num, den).unwrap()), "{s}");
    }
}

#[test]
fn malformed_numerals_point_at_the_fault() {
    // (input, start of the faulty character)
    let cases: &[(&str, usize)] = &[
        ("十十", 3),
        ("百千", 3),
        ("一百二十十", 12),
        ("点点", 3),
        ("三点点一", 6),
        ("万一", 0),
        ("一千零", 6),
        ("一百零零五", 9),
        ("五五十", 0),
    ];
    for &(s, at) in cases {
        let e = parse(s).expect_err(s);
        assert_eq!(e.span().start, at, "{s}: {e}");
    }
    assert_eq!(parse("一亿亿亿亿亿").unwrap_err().fault(), &Fault::Numeral(NumeralFault::Overflow));
    assert_eq!(parse("").unwrap_err().fault(), &Fault::Numeral(NumeralFault::Empty));
    assert_eq!(parse("abc").unwrap_err().fault(), &Fault::Numeral(NumeralFault::NotNumeral));
}

#[test]
fn phrases_read_like_the_example_promises() {
    let one = |s: &str| read(s).unwrap_or_else(|e| panic!("{s}: {e}")).amount;
    let range = |lo: i128, hi: i128| Amount::Range { low: n(lo), high: n(hi) };
    assert_eq!(one("三千零五"), Amount::One(n(3005)));
    assert_eq!(one("1.5亿元"), Amount::One(n(150_000_000)));
    assert_eq!(one("第十期"), Amount::One(n(10)));
    assert_eq!(one("总第538期"), Amount::One(n(538)));
    assert_eq!(one("约200人"), Amount::One(n(200)));
    assert_eq!(one("200余人"), Amount::One(n(200)));
    assert_eq!(one("200多万"), Amount::One(n(2_000_000)));
    assert_eq!(one("壹佰贰拾元整"), Amount::One(n(120)));
    assert_eq!(one("123元1角1分"), Amount::One(Number::ratio(12311, 100).unwrap()));
    assert_eq!(one("负0.5%"), Amount::One(Number::ratio(-1, 200).unwrap()));
    assert_eq!(one("3—6个月"), range(3, 6));
    assert_eq!(one("3-6"), range(3, 6));
    assert_eq!(one("三至五年"), range(3, 5));
    assert_eq!(one("三四个"), range(3, 4));
    assert_eq!(one("十七八岁"), range(17, 18));
    assert_eq!(one("两三百"), range(200, 300));
    assert_eq!(one("2—3万元"), range(20_000, 30_000));
    assert_eq!(one("3000万—1亿元"), range(30_000_000, 100_000_000));
    assert_eq!(
        one("10%—20%"),
        Amount::Range { low: Number::ratio(1, 10).unwrap(), high: Number::ratio(1, 5).unwrap() }
    );
    assert_eq!(one("十几个"), range(11, 19));
    assert_eq!(one("几十个"), range(20, 90));
    assert_eq!(one("数百家"), range(200, 900));
    assert_eq!(one("近万人"), Amount::One(n(10_000)));
    assert_eq!(one("上百家"), Amount::One(n(100)));
    assert_eq!(one("一年半"), Amount::One(Number::ratio(3, 2).unwrap()));
    assert_eq!(one("两个半月"), Amount::One(Number::ratio(5, 2).unwrap()));
    assert_eq!(one("半年"), Amount::One(Number::ratio(1, 2).unwrap()));
    assert_eq!(one("人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分"), Amount::One(Number::ratio(12_345_678, 100).unwrap()));
    assert_eq!(one("￥1,234.56"), Amount::One(Number::ratio(123_456, 100).unwrap()));
    assert_eq!(one("约1/3"), Amount::One(Number::ratio(1, 3).unwrap()));
    assert_eq!(one("万分之五"), Amount::One(Number::ratio(1, 2000).unwrap()));
    let r = read("不超过1亿元").unwrap();
    assert_eq!(r.prefix, Some("不超过"));
    let r = read("100家以上").unwrap();
    assert_eq!((r.suffix, r.measure.map(|m| m.word)), (Some("以上"), Some("家")));
    for (not_a_number, fault, at) in [
        ("十四五", NumeralFault::BarePair, "十四五"),
        ("十三五", NumeralFault::BarePair, "十三五"),
        ("五五购物节", NumeralFault::NumbersInARow, "五五"),
        ("第三方", NumeralFault::NoOrdinalHead, "第三"),
        ("一律", NumeralFault::NoMeasureWord, "律"),
        ("万一", NumeralFault::LargeUnitWithoutNumber, "万"),
        ("两会", NumeralFault::NoMeasureWord, "会"),
        ("三四", NumeralFault::BarePair, "三四"),
    ] {
        let e = read(not_a_number).unwrap_err();
        assert_eq!((e.fault(), e.span().slice(not_a_number)), (&Fault::Numeral(fault), Some(at)), "{not_a_number}");
    }
}

#[test]
fn numerals_of_the_reference_issue() {
    let text = include_str!("../corpus/shanghai-gazette-2023-10.txt");
    // The first promise of the first policy, line 61 of the issue.
    let para = text.lines().find(|l| l.starts_with("1. 支持引进高端产业项目")).unwrap();
    let found: Vec<(&str, Amount)> =
        find_numerals(para).iter().map(|r| (&para[r.span.start..r.span.end], r.amount)).collect();
    assert_eq!(
        found,
        [
            ("1", Amount::One(n(1))),
            ("30%", Amount::One(Number::ratio(3, 10).unwrap())),
            ("不超过1亿元", Amount::One(n(100_000_000))),
            ("10%", Amount::One(Number::ratio(1, 10).unwrap())),
            ("最高1亿元", Amount::One(n(100_000_000))),
        ]
    );
    // The masthead: 第 10 期(总第 538 期).
    let head = text.lines().find(|l| l.contains("总第")).unwrap();
    let found = find_numerals(head);
    assert_eq!(found.len(), 2);
    assert!(found[0].ordinal && !found[0].cumulative && found[0].amount == Amount::One(n(10)));
    assert!(found[1].ordinal && found[1].cumulative && found[1].amount == Amount::One(n(538)));
    // Names that only look like numbers are not found.
    let plan = "根据《上海市卫生健康发展“十四五”规划》，统一组织，加强“五五购物节”宣传";
    assert!(find_numerals(plan).is_empty(), "{:?}", find_numerals(plan));
}

#[test]
fn formatting_follows_ordinary_usage() {
    let cases: &[(i128, &str, &str)] = &[
        (0, "零", "零"),
        (10, "十", "壹拾"),
        (15, "十五", "壹拾伍"),
        (105, "一百零五", "壹佰零伍"),
        (1005, "一千零五", "壹仟零伍"),
        (1050, "一千零五十", "壹仟零伍拾"),
        (10500, "一万零五百", "壹万零伍佰"),
        (100_000, "十万", "壹拾万"),
        (1_100_000, "一百一十万", "壹佰壹拾万"),
        (100_000_005, "一亿零五", "壹亿零伍"),
        (10_000_000_000_000_000, "一亿亿", "壹亿亿"),
    ];
    for &(v, lower, upper) in cases {
        assert_eq!(format(n(v), Style::Lower), lower);
        assert_eq!(format(n(v), Style::Upper), upper);
    }
    assert_eq!(format_digits(2023), "二〇二三");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn format_then_parse_gives_the_integer_back(v in 0i128..=10_000_000_000_000_000_000) {
        for style in [Style::Lower, Style::Upper] {
            let s = format(n(v), style);
            prop_assert_eq!(parse_integer(&s), Ok(v), "{}", s);
        }
    }

    #[test]
    fn small_integers_round_trip(v in 0i128..=200_000) {
        let s = format(n(v), Style::Lower);
        prop_assert_eq!(parse_integer(&s), Ok(v), "{}", s);
    }

    #[test]
    fn decimals_round_trip(int in 0i128..1_000_000_000, frac in 1i128..10_000, neg: bool) {
        let v = Number::ratio(if neg { -(int * 10_000 + frac) } else { int * 10_000 + frac }, 10_000).unwrap();
        let s = format(v, Style::Lower);
        prop_assert_eq!(parse(&s), Ok(v), "{}", s);
    }

    #[test]
    fn fractions_round_trip(num in 1i128..1000, den in 1i128..1000) {
        let v = Number::ratio(num, den).unwrap();
        let s = format(v, Style::Lower);
        prop_assert_eq!(parse(&s), Ok(v), "{}", s);
    }

    #[test]
    fn digit_sequences_round_trip(v in 0u128..=10_000_000_000) {
        let s = format_digits(v);
        prop_assert_eq!(gongbao::numeral::parse_digit_sequence(&s), Ok(v as u64));
    }

    /// Leaving out the 一 of 一十 after a higher unit keeps the value:
    /// 一百一十一 and 一百十一 are both 111.
    #[test]
    fn the_one_of_ten_may_be_left_out_after_a_higher_unit(v in 1i128..=100_000_000_000) {
        let s = format(n(v), Style::Lower);
        let mut short = String::new();
        let mut prev = None;
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            let after_unit = matches!(prev, Some('百' | '千' | '万' | '亿'));
            if c == '一' && after_unit && chars.peek() == Some(&'十') {
                prev = Some(c);
                continue;
            }
            short.push(c);
            prev = Some(c);
        }
        prop_assert_eq!(parse_integer(&short), Ok(v), "{} → {}", s, short);
    }

    /// Yuan, 角 and 分 as written in 大写 (圆) and colloquially (块, 毛, 钱).
    #[test]
    fn money_tails_add_up(yuan in 1i128..=1_000_000, jiao in 1i128..10, fen in 1i128..10) {
        let want = Amount::One(Number::ratio(yuan * 100 + jiao * 10 + fen, 100).unwrap());
        let d = |v, style| format(n(v), style);
        let upper = format!("{}圆{}角{}分", d(yuan, Style::Upper), d(jiao, Style::Upper), d(fen, Style::Upper));
        let spoken = format!("{}块{}毛{}分钱", d(yuan, Style::Lower), d(jiao, Style::Lower), d(fen, Style::Lower));
        for s in [upper, spoken] {
            let r = read(&s);
            prop_assert!(r.as_ref().is_ok_and(|r| r.amount == want && r.span.end == s.len()), "{}: {:?}", s, r);
        }
    }

    #[test]
    fn no_panic_on_arbitrary_text(s in "\\PC{0,40}") {
        let _ = parse(&s);
        let _ = read(&s);
        for r in find_numerals(&s) {
            prop_assert!(r.span.end <= s.len() && s.is_char_boundary(r.span.start) && s.is_char_boundary(r.span.end));
        }
    }

    #[test]
    fn no_panic_on_numeral_soup(s in "[〇零一二两三四五六七八九十百千万亿点负分之第总约多余0-9.,%—至 ]{0,30}") {
        let _ = parse(&s);
        let _ = read(&s);
        for r in find_numerals(&s) {
            prop_assert!(r.span.end <= s.len() && s.is_char_boundary(r.span.start) && s.is_char_boundary(r.span.end));
        }
    }
}

#[test]
fn quantities_of_the_reference_issue() {
    use gongbao::quantity::{Qualifier, QuantityKind, find_quantities};
    let text = include_str!("../corpus/shanghai-gazette-2023-10.txt");
    // Line 89: 12.拓展先导产业新空间 … 800 万平方米 … 15 平方公里.
    let para = text.lines().find(|l| l.starts_with("12.拓展先导产业新空间")).unwrap();
    let got: Vec<(QuantityKind, &str, Amount)> =
        find_quantities(para).iter().map(|q| (q.kind, &para[q.span.start..q.span.end], q.amount)).collect();
    assert_eq!(
        got,
        [
            (QuantityKind::Duration, "三年", Amount::One(n(3))),
            (QuantityKind::Area, "800 万平方米", Amount::One(n(8_000_000))),
            (QuantityKind::Area, "200 万平方米", Amount::One(n(2_000_000))),
            (QuantityKind::Area, "500 万平方米", Amount::One(n(5_000_000))),
            (QuantityKind::Area, "100 万平方米", Amount::One(n(1_000_000))),
            (QuantityKind::Area, "15 平方公里", Amount::One(n(15_000_000))),
        ]
    );
    // Line 69: 每年其贷款利息50%、最高2000万元 … 5%、最高 2000 万元.
    let para = text.lines().find(|l| l.starts_with("5. 鼓励现有企业增资扩产")).unwrap();
    let money: Vec<(&str, Option<Qualifier>)> = find_quantities(para)
        .iter()
        .filter(|q| q.kind == QuantityKind::Money)
        .map(|q| (&para[q.span.start..q.span.end], q.qualifier))
        .collect();
    assert_eq!(money, [("最高2000万元", Some(Qualifier::AtMost))]);
    // A year range is a date, not a duration.
    assert!(find_quantities("1997—2005年，共计249所").iter().all(|q| q.kind != QuantityKind::Duration));
}

/// The omissions of everyday writing: 一 left out of 一十 after a higher
/// unit, and one digit after a unit standing for the next place down.
#[test]
fn numerals_with_the_omissions_people_make() {
    let cases: &[(&str, i128)] = &[
        ("一百十一", 111),
        ("二千十七", 2017),
        ("三百十", 310),
        ("一千零十", 1010),
        ("一万十五", 10_015),
        ("伍亿柒仟万拾柒", 570_000_017),
        ("两千五", 2500),
        ("一万五", 15_000),
        ("一亿五", 150_000_000),
        ("3万2", 32_000),
        ("3千2", 3200),
        ("３万２", 32_000),
        ("3万25", 30_025),
        ("3千25", 3025),
        ("十一", 11),
    ];
    for &(s, v) in cases {
        assert_eq!(parse(s), Ok(n(v)), "{s}");
    }
    // 百十 alone is "about a hundred", no number; 十十 stays an error.
    for s in ["百十", "十十", "一百十十"] {
        assert!(parse(s).is_err(), "{s}");
    }
}

/// Money as people write it: 大写 with 圆 and 整, colloquial 块/毛/钱, and
/// 个 before 亿.
#[test]
fn money_as_people_write_it() {
    let cases: &[(&str, i128, i128)] = &[
        ("壹佰壹拾壹圆整", 111, 1),
        ("玖仟陆佰陆拾伍圆壹角捌分", 966_518, 100),
        ("壹佰圆零伍分", 10_005, 100),
        ("十块三毛", 103, 10),
        ("一百三十五块六角七分钱", 13_567, 100),
        ("三块五毛钱", 35, 10),
        ("123元1角1分", 12_311, 100),
        ("两个亿", 200_000_000, 1),
        ("三个亿元", 300_000_000, 1),
    ];
    for &(s, num, den) in cases {
        let r = read(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        assert_eq!(r.amount, Amount::One(Number::ratio(num, den).unwrap()), "{s}");
        assert_eq!(r.span.end, s.len(), "{s}");
    }
    assert_eq!(read("壹佰壹拾壹圆整").unwrap().suffix, Some("整"));
    assert_eq!(read("十块三毛").unwrap().measure.map(|m| m.word), Some("块"));
    assert_eq!(read("两三个亿").unwrap().amount, Amount::Range { low: n(200_000_000), high: n(300_000_000) });
    // 块 with no tail is a counter, not money: no measure word is known.
    assert!(read("三块").is_err());
}

/// Units whose first character is a numeral character: the numeral ends
/// where the unit word starts.
#[test]
fn units_that_begin_with_a_numeral_character() {
    let cases: &[(&str, i128, &str)] = &[
        ("100万千瓦", 1_000_000, "千瓦"),
        ("一百万千瓦", 1_000_000, "千瓦"),
        ("十千瓦", 10, "千瓦"),
        ("五千瓦", 5, "千瓦"),
        ("3000万千瓦时", 30_000_000, "千瓦时"),
        ("200千米", 200, "千米"),
        ("50千克", 50, "千克"),
        ("0.5个百分点", 0, "个百分点"),
        ("2百分点", 2, "百分点"),
        ("五千克", 5000, "克"),
        ("三千米", 3000, "米"),
    ];
    for &(s, v, unit) in cases {
        let r = read(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        if v != 0 {
            assert_eq!(r.amount, Amount::One(n(v)), "{s}");
        }
        assert_eq!(r.measure.map(|m| m.word), Some(unit), "{s}");
        assert_eq!(r.span.end, s.len(), "{s}");
    }
    assert_eq!(read("0.5百分点").unwrap().amount, Amount::One(Number::ratio(1, 2).unwrap()));
    // A numeral alone still reads its 千 and 百.
    assert_eq!(parse("三千"), Ok(n(3000)));
    assert_eq!(parse("一千二百"), Ok(n(1200)));
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// A string of three or more digits, Chinese (〇, 零, 幺 among them)
    /// and Arabic mixed, reads one by one, with a decimal part after 点 or
    /// without.
    #[test]
    fn digit_strings_read_one_by_one(
        digits in proptest::collection::vec((0u8..10, 0u8..4), 3..12),
        frac in proptest::collection::vec(0u8..10, 0..4),
    ) {
        let mut s = String::new();
        let mut value: i128 = 0;
        for &(d, form) in &digits {
            s.push(match (d, form) {
                (0, 0) => '〇',
                (1, 0) => '幺',
                (_, 1) => char::from(b'0' + d),
                _ => DIGITS[d as usize],
            });
            value = value * 10 + d as i128;
        }
        // Arabic digits only are an Arabic number, not a digit string.
        if digits.iter().all(|&(_, form)| form == 1) {
            s.insert(0, '〇');
        }
        let mut den = 1i128;
        if !frac.is_empty() {
            s.push('点');
            for &d in &frac {
                s.push(DIGITS[d as usize]);
                value = value * 10 + d as i128;
                den *= 10;
            }
        }
        prop_assert_eq!(parse(&s), Ok(Number::ratio(value, den).unwrap()), "{}", s);
    }

    /// Thousands separators may be half- or full-width, in any mix.
    #[test]
    fn grouping_commas_of_either_width(v in 1000u64..1_000_000_000_000_000, widths in proptest::collection::vec(any::<bool>(), 6), cents in 0u8..100) {
        let digits = v.to_string();
        let mut s = String::new();
        for (i, c) in digits.chars().enumerate() {
            let left = digits.len() - i;
            if i > 0 && left % 3 == 0 {
                s.push(if widths[left / 3 - 1] { '，' } else { ',' });
            }
            s.push(c);
        }
        s.push_str(&format!(".{cents:02}"));
        let want = Number::ratio(v as i128 * 100 + cents as i128, 100).unwrap();
        prop_assert_eq!(parse(&s), Ok(want), "{}", s);
    }

    /// k and w after Arabic digits are 千 and 万.
    #[test]
    fn k_and_w_are_thousand_and_wan(v in 1i128..1_000_000) {
        prop_assert_eq!(parse(&format!("{v}k")), Ok(n(v * 1000)));
        prop_assert_eq!(parse(&format!("{v}w")), Ok(n(v * 10_000)));
    }

    /// Every sign reads the same: 负 負 - 零下 make the value negative, 正
    /// and + leave it.
    #[test]
    fn signs(v in 1i128..100_000_000) {
        let written = format(n(v), Style::Lower);
        for minus in ["负", "負", "-", "零下"] {
            prop_assert_eq!(parse(&format!("{minus}{written}")), Ok(n(-v)), "{}{}", minus, written);
        }
        for plus in ["正", "+"] {
            prop_assert_eq!(parse(&format!("{plus}{written}")), Ok(n(v)), "{}{}", plus, written);
        }
    }

    /// A unit written once, after the right end, belongs to both ends,
    /// whatever joins them: 两到三仟, 八到九百亿, 3—5万.
    #[test]
    fn a_unit_written_once_belongs_to_both_ends(
        a in 1u8..9,
        gap in 1u8..9,
        unit in 0usize..6,
        joiner in 0usize..8,
        arabic: bool,
    ) {
        let b = (a + gap).min(9);
        let (unit_text, unit_value) = [("百", 100i128), ("千", 1000), ("万", 10_000), ("亿", 100_000_000), ("百亿", 10_000_000_000), ("千万", 10_000_000)][unit];
        let joiner = ["到", "至", "—", "-", "~", "～", "--", "——"][joiner];
        let digit = |d: u8| if arabic { d.to_string() } else { DIGITS[d as usize].to_string() };
        let s = format!("{}{joiner}{}{unit_text}元", digit(a), digit(b));
        let r = read(&s).unwrap_or_else(|e| panic!("{s}: {e}"));
        prop_assert_eq!(r.amount, Amount::Range { low: n(a as i128 * unit_value), high: n(b as i128 * unit_value) }, "{}", s);
        prop_assert_eq!(r.span.end, s.len());
    }

    /// A floor and a cap in the same unit are one range.
    #[test]
    fn a_floor_and_a_cap_make_one_range(x in 1i128..10_000, y in 1i128..10_000) {
        let (a, b) = (x.min(y), x.max(y));
        let s = format!("{}万元以上{}万元以下", format(n(a), Style::Lower), format(n(b), Style::Lower));
        let r = read(&s).unwrap_or_else(|e| panic!("{s}: {e}"));
        prop_assert_eq!(r.amount, Amount::Range { low: n(a * 10_000), high: n(b * 10_000) }, "{}", s);
    }
}

/// A full-width comma separates thousands only where the number shows it
/// is one; running text lists numbers with it.
#[test]
fn full_width_commas_group_only_in_one_number() {
    assert_eq!(parse("82，225.00"), Ok(n(82_225)));
    assert_eq!(parse("1，000"), Ok(n(1000)));
    let text = "分别为100，200人";
    let found: Vec<&str> = find_numerals(text).iter().map(|r| &text[r.span.start..r.span.end]).collect();
    assert_eq!(found, ["100", "200人"]);
    // Two digits read one by one are no number in running text either.
    assert!(find_numerals("一一对应，五五购物节").is_empty());
}
