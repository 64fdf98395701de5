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

/// The quantities of running text as (text, value of a single amount).
fn found(s: &str) -> Vec<(&str, Option<Number>)> {
    find_quantities(s)
        .into_iter()
        .map(|q| (&s[q.span.start..q.span.end], if let Amount::One(v) = q.amount { Some(v) } else { None }))
        .collect()
}

/// Numbers that name articles, a grade of term or a "new round" are no
/// counts; a count of years before a share is a duration. Cut from the
/// 柳河县 实施意见 (github Vnissun/LiuheSWJ@ed7857ba5055f8ccacc7e5bf59078f3d4c647fe7,
/// pages/index/policy/article/2023chanye.js and chanye.js, HTML paragraphs,
/// the first a PDF copy with letter-spaced article numbers) and the corpus
/// texts named.
#[test]
fn article_numbers_and_terms_are_no_counts() {
    // 第 1 0 条: the 0 of a letter-spaced article number is no count of 条.
    let s = "第 1 0 条 鼓励企业标准创制和品牌建设。对牵头制定并 新获批国际标准、国家标准、行业标准的，当年分别给予企 业100万元、50万元和30万元奖励；";
    assert_eq!(found(s), [("100万元", Some(n(1_000_000))), ("50万元", Some(n(500_000))), ("30万元", Some(n(300_000)))]);
    // 第2、3条: the second of a list of articles whose 第 the first carries.
    let s = "项目固定资产投资奖励按第2、3条执行；项目建成运营后， 由乡镇(街道)与经济开发区根据项目年度地方财政贡献按50%比例进行分配。";
    assert_eq!(found(s), [("50%", Some(Number::ratio(1, 2).expect("ratio")))]);
    // 2年50%: two years of a 50% share (not a year and a month).
    let s = "对医药企业测算实际增加负担（剔除企业自然增长）部分，给予医药企业2年50%的资金支持。";
    assert_eq!(found(s), [("2年", Some(n(2))), ("50%", Some(Number::ratio(1, 2).expect("ratio")))]);
    // 新一轮 "the new round" (hangzhou-hangzhenghan-2024-16 in corpus/), 二次
    // 污染 "secondary pollution" (govcn-guobanfa-2018-128), 二次解读、三次解读
    // (shanghai-gazette-2023-10); a count of times at the end of a phrase
    // stays (济南市城乡规划条例(2017-03-29), LawRefBook/Laws@2f4c5c2).
    assert_eq!(found("实施市级新一轮美丽乡村建设奖补"), []);
    assert_eq!(found("明确管理对象和源头，预防二次污染，防控环境风险"), []);
    assert_eq!(found("对关注度高、咨询集中的事项开展二次解读、三次解读。"), []);
    assert_eq!(found("延期不得超过二次，每次延期不得超过一年。"), [("超过二次", Some(n(2))), ("超过一年", Some(n(1)))]);
}

/// 批次 counts batches; 百年老店 is "century-old" and 冬季两项 a sport, no
/// amounts. Cut from the 柳河县 旅游业 意见 (github Vnissun/LiuheSWJ@ed7857ba5055f8ccacc7e5bf59078f3d4c647fe7,
/// pages/index/policy/article/lvyou.js, HTML paragraphs) and 国办发〔2018〕121号
/// (ZhouYNF/platform-1@2197df553eee3b0bc9989d91addadf2f4227fddc,
/// db/ge_policy_raw20190217.sql row 34, column content).
#[test]
fn batches_are_counted_and_names_are_no_amounts() {
    let s = "对取得中级、高级导游证人员，在县内从事导游工作且每年规范带团批次累计在30批次（含）以上的，带团人数达1000人次的，分别给予3000元/年、5000元/年奖励。";
    let q = find_quantities(s);
    assert_eq!((&s[q[0].span.start..q[0].span.end], q[0].unit.as_deref()), ("30批次（含）以上", Some("批次")));
    assert_eq!((q[0].amount, q[0].qualifier), (Amount::One(n(30)), Some(Qualifier::AtLeast)));
    assert_eq!(
        found(s).into_iter().map(|(t, _)| t).collect::<Vec<_>>(),
        ["30批次（含）以上", "达1000人次", "3000元", "5000元"]
    );
    assert_eq!(
        found("对引进全国百年老店、连锁店、加盟店经营满二年以上的，一次性奖励2万元。"),
        [("二年以上", Some(n(2))), ("2万元", Some(n(20_000)))]
    );
    assert_eq!(
        found(
            "为契机，大力发展高山滑雪、跳台滑雪、冬季两项、速度滑冰、短道速滑、花样滑冰、冰球、冰壶、雪车雪橇等各类冰雪体育赛事"
        ),
        []
    );
}

/// A floor joined to a cap by 至 is one range: 1000万元及以上至5000万元.
/// Cut from the 柳河县 实施意见 of 2023 (corpus/liuhe-html-2023-zhongdian-chanye-yijian-spaced-articles.txt, 第 2 条).
#[test]
fn a_floor_joined_to_a_cap_is_one_range() {
    let range = |low, high| Amount::Range { low: n(low), high: n(high) };
    let s = "对特色农业类项目，固定资产投资1000万元及以上至 5000万元、5000万元以上至1亿元、1亿元以上的，参照其 年度地方财政贡献的70%、80%和90%给予企业奖励";
    let q = find_quantities(s);
    let got: Vec<_> = q.iter().map(|q| (&s[q.span.start..q.span.end], q.amount, q.qualifier)).collect();
    assert_eq!(
        got[..3],
        [
            ("1000万元及以上至 5000万元", range(10_000_000, 50_000_000), None),
            ("5000万元以上至1亿元", range(50_000_000, 100_000_000), None),
            ("1亿元以上", Amount::One(n(100_000_000)), Some(Qualifier::AtLeast)),
        ]
    );
}

/// A count of days from a day is a duration, not a day of the month. Cut
/// from the 行政法规制定程序条例(2017-12-22), 第二十九条 (LawRefBook/Laws@2f4c5c23716267af9dbebbbbd6cbbf732b101981).
#[test]
fn days_counted_from_a_day_are_a_duration() {
    let s = "第二十九条 行政法规应当自公布之日起30日后施行；但是，涉及国家安全、外汇汇率、货币政策的确定以及公布后不立即施行将有碍行政法规施行的，可以自公布之日起施行。";
    let q = find_quantities(s);
    assert_eq!(q.len(), 1);
    assert_eq!(
        (q[0].kind, q[0].amount, q[0].unit.as_deref()),
        (QuantityKind::Duration, Amount::One(n(30)), Some("日"))
    );
    assert_eq!(q[0].span.slice(s), Some("30日"));
}

/// 等级三级以上 is a grade (level 3 or above), not a count of levels. Cut from
/// the 萧山区 若干政策意见 as reprinted on https://www.gxqyrd.cn/zzrd/gq/4830.html
/// (text as stored by the search tool's page store).
#[test]
fn a_grade_after_dengji_is_no_count() {
    let s = "对各级数字化车间、智能工厂,智能制造示范项目,上云或5G示范应用以及智能制造等级三级以上企业,给予最高300万元资助。";
    assert_eq!(found(s), [("最高300万元", Some(n(3_000_000)))]);
}

/// A count of wheels before 车 names a kind of vehicle, not a count of
/// rounds. Cut from LawRefBook/Laws@2f4c5c2 行政法规/快递暂行条例(2019-03-02).md
/// and 行政法规/道路交通安全法实施条例(2017-10-07).md.
#[test]
fn wheels_before_a_vehicle_are_no_count() {
    assert_eq!(
        found(
            "邮政管理部门会同县级以上地方人民政府公安等部门，依法规范快递服务车辆的管理和使用，对快递专用电动三轮车的行驶时速、装载质量等作出规定，并对快递服务车辆加强统一编号和标识管理。"
        ),
        []
    );
    assert_eq!(found("驾驭两轮畜力车应当下车牵引牲畜；"), []);
}
