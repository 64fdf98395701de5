//! Every form written in a module's own table of forms (its module docs)
//! parses with the function the table names, to the kind the table says:
//! the tables are read from the sources, so a table and its parser cannot
//! drift apart.

use gongbao::date::DateParser;
use gongbao::numeral;

/// The rows of the first Markdown table in the `//!` docs of `source`, as
/// cells without the header and the rule.
fn table_rows(source: &str) -> Vec<Vec<String>> {
    let rows: Vec<Vec<String>> = source
        .lines()
        .map_while(|l| l.strip_prefix("//!"))
        .map(str::trim)
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.trim_matches('|').split(" | ").map(|c| c.trim().to_string()).collect())
        .collect();
    rows.into_iter().skip(2).collect()
}

/// The forms of one "Written" cell: separated by `, `, `; ` or ` / `, or by
/// single spaces in a cell of words without digits (今年 本年 当年).
fn forms(cell: &str) -> Vec<String> {
    cell.split(", ")
        .flat_map(|p| p.split("; "))
        .flat_map(|p| p.split(" / "))
        .flat_map(|p| {
            if p.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
                vec![p.to_string()]
            } else {
                p.split(' ').map(str::to_string).collect()
            }
        })
        .filter(|p| !p.is_empty())
        .collect()
}

#[test]
fn every_numeral_of_the_table_parses_with_the_function_it_names() {
    let rows = table_rows(include_str!("../src/numeral/mod.rs"));
    let mut checked = 0;
    for row in &rows {
        let function = row.last().expect("a function column");
        for form in forms(&row[0]) {
            match function.as_str() {
                "[`parse`]" => {
                    assert!(numeral::parse(&form).is_ok(), "numeral::parse({form:?}): {:?}", numeral::parse(&form))
                }
                "[`read`]" => {
                    let r = numeral::read(&form);
                    assert!(r.as_ref().is_ok_and(|r| r.span.end == form.len()), "numeral::read({form:?}): {r:?}");
                }
                _ => continue,
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 45 + 39, "forms checked in the numeral table");
}

/// Numerals as documents write them, one family after another: the phrase
/// as cut from its source, the amount [`numeral::read`] gives (a range as
/// `low–high`), and where the phrase comes from. "issue 10" marks a shape
/// named in the issue's list for which no source was found.
const DOCUMENT_NUMERALS: &[(&str, &str, &str)] = &[
    // Digit strings, read one by one.
    ("幺幺零", "110", "http://m.bt-114.cn/a/042M60G2023.html"),
    ("九幺幺", "911", "http://m.bt-114.cn/a/042M60G2023.html"),
    ("一七二零点一", "1720.1", "issue 10"),
    ("一二点三零", "12.3", "issue 10"),
    ("二0二三", "2023", "issue 10"),
    ("点五零", "0.5", "issue 10"),
    ("三点1", "3.1", "issue 10"),
    // Signs.
    ("-42.7℃", "-42.7", "https://m.163.com/dy/article/HNL903NV055250Q4.html"),
    ("零下40度", "-40", "https://hollandone.com/2022/12/18/ (中国发布冻哭预警)"),
    ("百分之负三点八", "-0.038", "issue 10"),
    ("负百分之点二八", "-0.0028", "issue 10"),
    ("正5", "5", "issue 10"),
    // Traditional forms.
    ("722786億元", "72278600000000", "http://www.214951.tw/content/2020-10/19/32_64490.html"),
    ("17010萬噸", "170100000", "http://www.214951.tw/content/2020-10/19/32_64490.html"),
    ("8.3個百分點", "8.3", "http://www.214951.tw/content/2020-10/19/32_64490.html"),
    ("負三萬", "-30000", "issue 10"),
    // Grouping commas, k and w.
    ("82，225.00", "82225", "issue 10"),
    ("233,333，333,434.344", "233333333434.344", "issue 10"),
    ("20k-40k", "20000–40000", "https://www.lagou.com/ (job list: 20k-40k 经验3-5年)"),
    ("30w左右", "300000", "issue 10"),
    // Currencies before and after the number.
    ("港币50元", "50", "issue 10"),
    ("新台币3000元", "3000", "issue 10"),
    ("50泰铢", "50", "issue 10"),
    // Ranges: the unit once or twice, a sign on either side.
    ("3—6个月", "3–6", "corpus/shanghai-gazette-2023-10.txt:305"),
    ("5—10年", "5–10", "corpus/govcn-guofa-2019-4-zhiye-jiaoyu-fangan.txt"),
    ("4到8℃", "4–8", "http://news.91zixun.com/xinwen/2022/1214/13065.html"),
    ("-40~-38℃", "-40–-38", "https://m.163.com/dy/article/HNL903NV055250Q4.html"),
    ("-30℃至-39.9℃", "-39.9–-30", "https://jendow.com.tw/wiki/小寒[氣象名詞]"),
    ("0℃至-4.9℃", "-4.9–0", "https://jendow.com.tw/wiki/小寒[氣象名詞]"),
    ("1万元--5万元", "10000–50000", "issue 10"),
    ("两到三仟", "2000–3000", "issue 10"),
    ("八到九百亿", "80000000000–90000000000", "issue 10"),
    ("1万(含)-5万元", "10000–50000", "issue 10"),
    ("从3万到5万元", "30000–50000", "issue 10"),
    // A floor and a cap that make one range.
    ("三万元以上十万元以下", "30000–100000", "corpus/lawrefbook-samr-ling-56-mingma-biaojia.md.txt:119"),
    ("十万元以上一百万元以下", "100000–1000000", "corpus/npc-geren-xinxi-baohu-fa-2021-flk.txt:203"),
    ("三年以上七年以下", "3–7", "https://110ask.com/zhishi/8954123847886362049.html"),
    ("20吨以上不满30吨", "20–30", "https://110ask.com/zhishi/10420619482199945074.html"),
    ("一倍以上五倍以下", "1–5", "https://110ask.com/zhishi/10420619482199945074.html"),
    // Ratios: the quotient.
    ("1:500", "0.002", "https://www.chaxiaohao.com/read-1751345320l5151042.html"),
    ("1∶50,000,000", "0.00000002", "http://m.dangshu.com/html/306/306831.html"),
    // Labels and layout spaces.
    ("（十七）", "17", "corpus/govcn-guobanfa-2018-129-xiaofei-fupin-yijian.txt:57"),
    ("(总第 538 期)", "538", "corpus/shanghai-gazette-2023-10.txt:9"),
    ("1500 余条", "1500", "corpus/shanghai-gazette-2023-10.txt:559"),
    ("50 余家", "50", "corpus/shanghai-gazette-2023-10.txt:559"),
    ("每五年", "5", "corpus/shanghai-gazette-2023-10.txt:305"),
    ("每5年", "5", "corpus/govcn-guofa-2019-4-zhiye-jiaoyu-fangan.txt:67"),
];

/// Words that only contain numeral characters, with their source: no
/// numbers.
const NOT_NUMERALS: &[(&str, &str)] = &[
    ("进一步", "corpus/govcn-guofa-2019-4-zhiye-jiaoyu-fangan.txt:67"),
    ("一大批", "corpus/govcn-guofa-2019-4-zhiye-jiaoyu-fangan.txt:67"),
    ("一方面", "issue 10"),
    ("一律", "issue 10"),
    ("一般", "issue 10"),
    ("统一", "issue 10"),
    ("一致", "issue 10"),
    ("一一对应", "issue 10"),
    ("十四五", "corpus/shanghai-gazette-2023-10.txt"),
];

#[test]
fn numerals_read_as_documents_write_them() {
    for &(phrase, want, source) in DOCUMENT_NUMERALS {
        let got = numeral::read(phrase).map(|r| r.amount.to_string());
        assert_eq!(got.as_deref().ok(), Some(want), "{phrase} (from {source}): {got:?}");
    }
    for &(phrase, source) in NOT_NUMERALS {
        assert!(numeral::read(phrase).is_err(), "{phrase} (from {source}): {:?}", numeral::read(phrase));
    }
}

#[test]
fn every_date_of_the_table_parses_to_the_kind_it_names() {
    let rows = table_rows(include_str!("../src/date/mod.rs"));
    let parser = DateParser::new().context_year(2023);
    let mut checked = 0;
    for row in &rows {
        let kinds: Vec<&str> = row[2].split(", ").collect();
        for form in forms(&row[0]) {
            let value = parser.parse(&form);
            let kind = value.as_ref().map(|v| v.kind().as_str());
            assert!(kind.is_ok_and(|k| kinds.contains(&k)), "date::parse({form:?}) = {value:?}, table says {kinds:?}");
            checked += 1;
        }
    }
    assert_eq!(checked, 125, "forms checked in the date table");
}

/// Phrases of the forms issue 10 names, cut verbatim from real texts, with
/// the context year of their text, the JSON of the value and the source
/// (a corpus file and line, or the public page it was read on).
const REAL_DATES: &[(&str, i32, &str, &str)] = &[
    // A day of the week and a time after the day.
    ("2009年9月28日(星期一)8:30", 2009, r#""2009-09-28""#, "https://ztzy.com/DisciplineNewsDetail-540.html"),
    ("2024年5月25日(星期六)", 2024, r#""2024-05-25""#, "https://tealcedar.com/info/1011/18456.html"),
    (
        "2016年12月15日(周四)下午3:00-4:00",
        2016,
        r#""2016-12-15""#,
        "https://zdgh.sysu.edu.cn/oldchannel/xxgg/367968.htm",
    ),
    // A word before the date.
    ("拟定于2009年9月28日", 2009, r#""2009-09-28""#, "https://ztzy.com/DisciplineNewsDetail-540.html"),
    ("于2016年12月14日上午", 2016, r#""2016-12-14""#, "https://zdgh.sysu.edu.cn/oldchannel/xxgg/367968.htm"),
    (
        "请于2020年11月28日前",
        2020,
        r#"{"to":"2020-11-28"}"#,
        "http://sfj.yinchuan.gov.cn/fzzfjs/yjzj/202010/t20201029_2271003.htm",
    ),
    (
        "截至今年9月底",
        2020,
        r#"{"to":"2020-09-30"}"#,
        "http://sfj.yinchuan.gov.cn/fzzfjs/yjzj/202010/t20201029_2271003.htm",
    ),
    ("到2023年底", 2023, r#"{"to":"2023-12-31"}"#, "corpus/shanghai-gazette-2023-10.txt:351"),
    (
        "时间:2020-10-29 11:24",
        2020,
        r#""2020-10-29""#,
        "http://sfj.yinchuan.gov.cn/fzzfjs/yjzj/202010/t20201029_2271003.htm",
    ),
    (
        "发布日期:2023-03-21",
        2023,
        r#""2023-03-21""#,
        "http://www.dongyang.gov.cn/art/2023/3/21/art_1229692327_59603057.html",
    ),
    // An enumeration label before the date, with the layout of PDF text.
    ("(一)2023 年底前", 2023, r#"{"to":"2023-12-31"}"#, "corpus/shanghai-gazette-2023-10.txt:479"),
    ("(二)2024 年底前", 2023, r#"{"to":"2024-12-31"}"#, "corpus/shanghai-gazette-2023-10.txt:481"),
    // A word after the date that makes it an open start.
    ("2022 年 10 月份以来", 2023, r#"{"from":"2022-10"}"#, "corpus/nhc-zhenliao-fangan-v10-2023.pdflayout.txt:47"),
    ("自2021年11月1日起施行", 2021, r#"{"from":"2021-11-01"}"#, "corpus/npc-geren-xinxi-baohu-fa-2021-flk.txt:221"),
    // An issue label: the date part is the year.
    ("2023年第10期(总第538期)", 2023, r#""2023""#, "corpus/shanghai-gazette-2023-10.txt:599"),
    // A bare year, a range of bare years.
    ("2023", 2023, r#""2023""#, "corpus/shanghai-gazette-2023-10.txt:7 (the issue head)"),
    (
        "2023—2025",
        2023,
        r#"{"from":"2023","to":"2025"}"#,
        "http://www.dongyang.gov.cn/art/2023/3/21/art_1229692327_59603057.html (2023—2025年)",
    ),
    // Spaces inside dates, as raw PDF extraction writes them.
    ("2021 年 11 月", 2023, r#""2021-11""#, "corpus/nhc-zhenliao-fangan-v10-2023.pdflayout.txt:40"),
    ("2008年10月6日", 2008, r#""2008-10-06""#, "http://law241.infoeach.com/view-MjQxfDEwODU5NQ==.html"),
    // Chinese-numeral years with ○ and 〇.
    ("二○○八年九月二十二日", 2008, r#""2008-09-22""#, "http://law462.infoeach.com/view-NDYyfDExMTkwMw==.html"),
    ("二○○八年十月十四日", 2008, r#""2008-10-14""#, "http://law241.infoeach.com/view-MjQxfDEwODU5NQ==.html"),
    ("二〇〇九年九月二十四日", 2009, r#""2009-09-24""#, "https://ztzy.com/DisciplineNewsDetail-540.html"),
    ("二〇一二年九月二十七日", 2012, r#""2012-09-27""#, "http://law491.infoeach.com/view-NDkxfDEzNDEwMg==.html"),
];

#[test]
fn every_real_date_reads_to_its_value() {
    for &(phrase, year, want, source) in REAL_DATES {
        let got = DateParser::new().context_year(year).parse(phrase);
        let json = got.as_ref().map(|v| serde_json::to_string(v).unwrap_or_default()).unwrap_or_default();
        assert_eq!(json, want, "{phrase} ({source}): {got:?}");
    }
}
