//! Clause ids, explicit 款, the dates and quantities of clauses and
//! documents, and the responsibility index, with values checked against
//! the corpus texts.

#[path = "support/invariants.rs"]
mod invariants;

use gongbao::date::DateKind;
use gongbao::model::{Bound, Clause, DateFact, Document, Gazette, MarkerStyle, QuantityFact};
use gongbao::quantity::QuantityKind;

fn corpus(name: &str) -> (String, Gazette) {
    let bytes = std::fs::read(format!("corpus/{name}")).expect("corpus file");
    let text = gongbao::text::decode(&bytes).expect("decodable").text;
    let g = gongbao::parse(&text);
    (text, g)
}

/// The clause with this id, anywhere in the parse.
#[track_caller]
fn clause<'g>(g: &'g Gazette, id: &str) -> &'g Clause {
    g.documents().flat_map(Document::clauses).find(|c| c.id == id).map(|c| c.clause).expect(id)
}

/// A date as (text, kind, date, from, to), ISO strings.
fn date(d: &DateFact) -> (&str, DateKind, Option<String>, Option<String>, Option<String>) {
    let iso = |p: Option<gongbao::date::Point>| p.map(|p| p.to_string());
    (d.text.as_str(), d.kind, iso(d.date), iso(d.from), iso(d.to))
}

/// A quantity as (text, kind, value, low, high, unit, bound), numbers as
/// strings.
fn quantity(q: &QuantityFact) -> (&str, QuantityKind, [Option<String>; 3], Option<&str>, Option<Bound>) {
    let s = |n: Option<gongbao::numeral::Number>| n.map(|n| n.to_string());
    (q.text.as_str(), q.kind, [s(q.value), s(q.low), s(q.high)], q.unit.as_deref(), q.bound)
}

fn n(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn ids_follow_the_clause_numbers() {
    let (text, g) = corpus("shanghai-gazette-2023-10.txt");
    // 一、推出招商引资政策新工具 → (一) 实施招商奖励“新计划” → 1. 支持引进高端产业项目.
    let c = clause(&g, "d1.1/1/1/1");
    assert_eq!(c.title.as_deref(), Some("支持引进高端产业项目"));
    assert_eq!(&text[c.span.start..c.span.start + 2], "1.");
    // (二十二) under 七、 keeps its printed number: items run on across parents.
    assert!(
        clause(&g, "d4.1/7/22").text().starts_with("决策单位根据年度重点工作编制本单位2023年度重大行政决策事项目录")
    );
    // —— items have no number: n and their position among their siblings.
    assert_eq!(clause(&g, "d3.1/1/n2").style, MarkerStyle::Dash);
    // Unique across the whole result, and the same on every run.
    let ids: Vec<String> = g.documents().flat_map(Document::clauses).map(|c| c.id.clone()).collect();
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    assert_eq!((ids.len(), unique.len()), (164, 164));
    let again: Vec<String> =
        gongbao::parse(&text).documents().flat_map(Document::clauses).map(|c| c.id.clone()).collect();
    assert_eq!(ids, again);

    // A law: articles leave their chapter and section out of the path.
    let (_, g) = corpus("npc-geren-xinxi-baohu-fa-2021-flk.txt");
    assert_eq!(clause(&g, "d1/chp2/sec1").title.as_deref(), Some("一般规定"));
    assert_eq!(clause(&g, "d1/art13").marker, "第十三条");
    assert_eq!(clause(&g, "d1/art74").text(), "本法自2021年11月1日起施行。");
}

#[test]
fn paragraphs_of_an_article_are_its_children() {
    let (_, g) = corpus("npc-geren-xinxi-baohu-fa-2021-flk.txt");
    // 第十三条　符合下列情形之一的，…方可处理个人信息：（一）…（七）… then
    // 依照本法其他有关规定，处理个人信息应当取得个人同意，…
    let art13 = clause(&g, "d1/art13");
    assert_eq!((&*art13.text(), art13.blocks.len()), ("", 0));
    let paras: Vec<(&str, MarkerStyle, Option<u32>, usize)> =
        art13.children.iter().map(|c| (c.id.as_str(), c.style, c.number, c.children.len())).collect();
    assert_eq!(
        paras,
        [
            ("d1/art13/para1", MarkerStyle::Paragraph, Some(1), 7),
            ("d1/art13/para2", MarkerStyle::Paragraph, Some(2), 0)
        ]
    );
    assert_eq!(art13.children[0].text(), "符合下列情形之一的，个人信息处理者方可处理个人信息：");
    assert_eq!(art13.children[0].marker, "");
    let item2 = clause(&g, "d1/art13/para1/item2");
    assert_eq!(item2.marker, "（二）");
    assert!(item2.text().starts_with("为订立、履行个人作为一方当事人的合同所必需"));
    assert!(art13.children[1].text().starts_with("依照本法其他有关规定，处理个人信息应当取得个人同意"));
    // An article of one paragraph has no 款 children.
    assert!(clause(&g, "d1/art1").children.is_empty());

    // 个税法实施条例 第六条: a 款 of nine items, (五) with items 1.–4., and a
    // second 款.
    let (_, g) = corpus("govcn-guoling-707-geshui-shishi-tiaoli.txt");
    assert_eq!(clause(&g, "d1/art6/para1/item5/4").text(), "个人从事其他生产、经营活动取得的所得。");
    assert!(clause(&g, "d1/art6/para2").text().starts_with("个人取得的所得，难以界定应纳税所得项目的"));
}

#[test]
fn a_paragraph_after_items_is_the_next_paragraph_even_when_the_intro_grades_the_list() {
    // LawRefBook/Laws@2f4c5c2 行政法规/关于骗购外汇、非法套汇、逃汇、非法买卖外汇等违反外汇管理
    // 规定行为的行政处分或者纪律处分暂行规定(2011-01-08).md, 第六条 whole: its first 款
    // announces the list (有下列逃汇行为之一) and then grades it, ending with 。;
    // the paragraph after (六) is the second 款, and its 前款 is the first.
    let text = "第六条 经批准经营外汇业务的金融机构、国有外经贸企业的工作人员，有下列逃汇行为之一，数额不满10万美元的，给予撤职处分；数额在10万美元以上不满100万美元的，给予留用察看处分；数额在100万美元以上的，给予开除处分。\n\n(一)违反国家规定，擅自将外汇存放在境外的；\n\n(二)不按照国家规定将外汇卖给外汇指定银行的；\n\n(三)违反国家规定将外汇汇出或者携带出境的；\n\n(四)未经外汇管理部门批准，擅自将外币存款凭证、外币有价证券携带或者邮寄出境的；\n\n(五)明知用于逃汇而提供人民币资金或者其他服务的；\n\n(六)以其他方式逃汇的。\n\n单位有前款行为之一的，对负有直接责任的主管人员和其他直接责任人员，依照前款规定给予纪律处分。\n";
    let g = gongbao::parse(text);
    invariants::gazette(text, &g);
    let art6 = clause(&g, "d1/art6");
    let paras: Vec<(&str, usize)> = art6.children.iter().map(|c| (c.id.as_str(), c.children.len())).collect();
    assert_eq!(paras, [("d1/art6/para1", 6), ("d1/art6/para2", 0)]);
    assert_eq!(clause(&g, "d1/art6/para1/item6").text(), "以其他方式逃汇的。");
    let para2 = clause(&g, "d1/art6/para2");
    assert!(para2.text().starts_with("单位有前款行为之一的"));
    let refs: Vec<(&str, Option<&str>)> =
        para2.references.iter().map(|r| (r.text.as_str(), r.target.as_deref())).collect();
    assert_eq!(refs, [("前款", Some("d1/art6/para1")), ("前款", Some("d1/art6/para1"))]);
}

#[test]
fn an_articles_items_end_where_the_list_ends() {
    // LawRefBook/Laws@2f4c5c2 行政法/海关法(2021-04-29).md, 第六条 whole: （四）
    // holds two paragraphs of its own before （五） goes on with the list.
    let text = "第六条 海关可以行使下列权力：\n\n（一）检查进出境运输工具，查验进出境货物、物品；对违反本法或者其他有关法律、行政法规的，可以扣留。\n\n（二）查阅进出境人员的证件；查问违反本法或者其他有关法律、行政法规的嫌疑人，调查其违法行为。\n\n（三）查阅、复制与进出境运输工具、货物、物品有关的合同、发票、帐册、单据、记录、文件、业务函电、录音录像制品和其他资料；对其中与违反本法或者其他有关法律、行政法规的进出境运输工具、货物、物品有牵连的，可以扣留。\n\n（四）在海关监管区和海关附近沿海沿边规定地区，检查有走私嫌疑的运输工具和有藏匿走私货物、物品嫌疑的场所，检查走私嫌疑人的身体；对有走私嫌疑的运输工具、货物、物品和走私犯罪嫌疑人，经直属海关关长或者其授权的隶属海关关长批准，可以扣留；对走私犯罪嫌疑人，扣留时间不超过二十四小时，在特殊情况下可以延长至四十八小时。\n\n在海关监管区和海关附近沿海沿边规定地区以外，海关在调查走私案件时，对有走私嫌疑的运输工具和除公民住处以外的有藏匿走私货物、物品嫌疑的场所，经直属海关关长或者其授权的隶属海关关长批准，可以进行检查，有关当事人应当到场；当事人未到场的，在有见证人在场的情况下，可以径行检查；对其中有证据证明有走私嫌疑的运输工具、货物、物品，可以扣留。\n\n海关附近沿海沿边规定地区的范围，由海关总署和国务院公安部门会同有关省级人民政府确定。\n\n（五）在调查走私案件时，经直属海关关长或者其授权的隶属海关关长批准，可以查询案件涉嫌单位和涉嫌人员在金融机构、邮政企业的存款、汇款。\n\n（六）进出境运输工具或者个人违抗海关监管逃逸的，海关可以连续追至海关监管区和海关附近沿海沿边规定地区以外，将其带回处理。\n\n（七）海关为履行职责，可以配备武器。海关工作人员佩带和使用武器的规则，由海关总署会同国务院公安部门制定，报国务院批准。\n\n（八）法律、行政法规规定由海关行使的其他权力。\n";
    let g = gongbao::parse(text);
    invariants::gazette(text, &g);
    let art6 = clause(&g, "d1/art6");
    assert_eq!(art6.children.len(), 8);
    let item4 = clause(&g, "d1/art6/item4");
    assert_eq!(item4.blocks.len(), 3);
    assert!(
        item4.text().ends_with("海关附近沿海沿边规定地区的范围，由海关总署和国务院公安部门会同有关省级人民政府确定。")
    );
    assert!(clause(&g, "d1/art6/item5").text().starts_with("在调查走私案件时"));

    // LawRefBook/Laws@2f4c5c2 DLC/河南地方法规/地方性法规/河南/河南省产品质量监督管理条例
    // (2012-11-29).md, 第八条 whole: its first 款 names the forms (…等形式。)
    // without announcing a list; the paragraph after the last item is the
    // second 款 all the same, and its 前款 is the first.
    let text = "第八条 产品质量监督检查包括监督抽查、定期监督检查、日常监督检查、跟踪监督检查等形式。\n\n（一）监督抽查，是产品质量监督检查的主要方式，是由县级以上产品质量监督部门统一组织，按照批准的检查计划对产品质量进行的检查。\n\n（二）定期监督检查，是由县级以上产品质量监督部门根据本地的实际，对本条例第七条所规定的产品，按照批准的计划，对生产企业进行的检查，不适用于流通领域。\n\n（三）日常监督检查，是指产品质量监督部门按照其职责分工，根据用户、消费者和有关组织举报、反映，和已取得的涉嫌质量违法的证据，对特定产品、特定企业进行的检查。\n\n（四）跟踪监督检查，是指对于监督抽查、定期监督检查、日常监督检查中的不合格产品，责令生产者整改后，对其产品质量进行的跟踪检查。\n\n除依照前款规定进行的监督检查外，产品质量监督部门及其工作人员不得进行任何其他形式的检查。\n";
    let g = gongbao::parse(text);
    invariants::gazette(text, &g);
    let paras: Vec<(&str, usize)> =
        clause(&g, "d1/art8").children.iter().map(|c| (c.id.as_str(), c.children.len())).collect();
    assert_eq!(paras, [("d1/art8/para1", 4), ("d1/art8/para2", 0)]);
    let refs = &clause(&g, "d1/art8/para2").references;
    assert_eq!((refs[0].text.as_str(), refs[0].target.as_deref()), ("前款", Some("d1/art8/para1")));
}

#[test]
fn dates_of_clauses_and_documents() {
    let (text, g) = corpus("shanghai-gazette-2023-10.txt");
    // (二十二) …于3月31日前向社会公开。…决策出台后的10个工作日内…: the
    // 工作要点 of 2023.
    let c = clause(&g, "d4.1/7/22");
    let dates: Vec<_> = c.dates.iter().map(date).collect();
    assert_eq!(
        dates,
        [
            ("2023年度", DateKind::Year, n("2023"), None, None),
            ("3月31日前", DateKind::Deadline, n("2023-03-31"), None, n("2023-03-31")),
        ]
    );
    assert_eq!(&text[c.dates[1].span.start..c.dates[1].span.end], "3月31日前");
    assert_eq!(
        quantity(&c.quantities[0]),
        ("10个工作日内", QuantityKind::Duration, [n("10"), None, None], Some("个工作日"), Some(Bound::Max))
    );
    // (二十四) 每年8月集中组织开展…: a recurring month, no ISO date.
    let c = clause(&g, "d4.1/7/24");
    assert_eq!(date(&c.dates[0]), ("每年8月", DateKind::Recurring, None, None, None));
    // The policy's closing sentence is the document's own, outside its clauses.
    let policy = g.document("d1.1").unwrap();
    let dates: Vec<_> = policy.dates.iter().map(date).collect();
    assert_eq!(
        dates,
        [("自2023年4月20日起实施,有效期至2028年4月19日", DateKind::Period, None, n("2023-04-20"), n("2028-04-19"))]
    );
    // The notice's date line (2023年4月18日) is the document's date, not a fact.
    assert!(g.document("d1").unwrap().dates.is_empty());

    // A law's closing article, and a decree's promulgation text.
    let (_, g) = corpus("npc-geren-xinxi-baohu-fa-2021-flk.txt");
    assert_eq!(
        date(&clause(&g, "d1/art74").dates[0]),
        ("自2021年11月1日起", DateKind::From, None, n("2021-11-01"), None)
    );
    let (_, g) = corpus("govcn-guoling-707-geshui-shishi-tiaoli.txt");
    assert_eq!(date(&g.documents[0].dates[0]), ("自2019年1月1日起", DateKind::From, None, n("2019-01-01"), None));
}

#[test]
fn quantities_of_clauses() {
    let (text, g) = corpus("shanghai-gazette-2023-10.txt");
    // 2. 支持引进高端服务业项目。…对引进总投资3000万元以上符合条件的优质项目，最高给予
    // 600万元的支持；对引进总投资1000万元以上符合条件的项目，给予不超过项目投资的
    // 20%、最高300万元的支持。
    let c = clause(&g, "d1.1/1/1/2");
    let got: Vec<_> = c.quantities.iter().map(quantity).collect();
    assert_eq!(
        got,
        [
            ("3000万元以上", QuantityKind::Money, [n("30000000"), None, None], Some("元"), Some(Bound::Min)),
            ("最高给予600万元", QuantityKind::Money, [n("6000000"), None, None], Some("元"), Some(Bound::Max)),
            ("1000万元以上", QuantityKind::Money, [n("10000000"), None, None], Some("元"), Some(Bound::Min)),
            ("20%", QuantityKind::Share, [n("0.2"), None, None], None, None),
            ("最高300万元", QuantityKind::Money, [n("3000000"), None, None], Some("元"), Some(Bound::Max)),
        ]
    );
    let cap = &c.quantities[1];
    assert_eq!(&text[cap.span.start..cap.span.end], "最高给予600万元");
    // 不低于1万亩: an area in m², rounded to what a JSON number keeps.
    let c = clause(&g, "d1.1/1/3/14");
    assert_eq!(
        quantity(&c.quantities[0]),
        ("不低于1万亩", QuantityKind::Area, [n("6666666.66666667"), None, None], Some("m²"), Some(Bound::Min))
    );
    // 50余家 … 1500余条: approximate counts.
    let c = clause(&g, "d8/1");
    assert_eq!(
        quantity(&c.quantities[2]),
        ("1500余条", QuantityKind::Count, [n("1500"), None, None], Some("条"), Some(Bound::Approx))
    );

    // 个人信息保护法 第六十六条 第二款: …并处五千万元以下或者上一年度营业额百分之五
    // 以下罚款，…可以对直接负责的主管人员…处十万元以上一百万元以下罚款，…
    let (_, g) = corpus("npc-geren-xinxi-baohu-fa-2021-flk.txt");
    let c = clause(&g, "d1/art66/para2");
    let got: Vec<_> = c.quantities.iter().map(quantity).collect();
    assert_eq!(
        got,
        [
            // 上一年度营业额: the year before, no duration of one year.
            ("五千万元以下", QuantityKind::Money, [n("50000000"), None, None], Some("元"), Some(Bound::Max)),
            ("百分之五以下", QuantityKind::Share, [n("0.05"), None, None], None, Some(Bound::Max)),
            ("十万元以上一百万元以下", QuantityKind::Money, [None, n("100000"), n("1000000")], Some("元"), None),
        ]
    );
    // 第六十条 …前两款规定的部门: provisions, no count.
    assert!(clause(&g, "d1/art60/para3").quantities.is_empty());
}

#[test]
fn amounts_and_periods_read_across_a_wrapped_line() {
    // A raw PDF extraction breaks lines inside phrases: …给予最高 100⏎万元
    // 一次性奖励; 积极争取 2023—⏎2025 年每年 5.5 亿元….
    let (text, g) = corpus("hangzhou-hangzhenghan-2024-16-jingji-zhengce.pdfraw.txt");
    let c = clause(&g, "d1.1/2/15");
    let q = &c.quantities[0];
    assert_eq!(
        quantity(q),
        ("最高100万元", QuantityKind::Money, [n("1000000"), None, None], Some("元"), Some(Bound::Max))
    );
    assert_eq!(&text[q.span.start..q.span.end], "最高 100\n万元");
    // 最高奖励 500 万元: the cap reaches over the layout space.
    assert_eq!(
        quantity(&c.quantities[4]),
        ("最高奖励500万元", QuantityKind::Money, [n("5000000"), None, None], Some("元"), Some(Bound::Max))
    );
    // …在孵期间或毕业后 1 年⏎内通过…: a duration, no deadline at the year's end.
    let c = clause(&g, "d1.1/2/17");
    assert_eq!(c.dates, []);
    assert_eq!(
        quantity(&c.quantities[4]),
        ("1年内", QuantityKind::Duration, [n("1"), None, None], Some("年"), Some(Bound::Max))
    );
    let c = clause(&g, "d1.1/6/53");
    assert_eq!(date(&c.dates[0]), ("争取2023—2025年", DateKind::Period, None, n("2023"), n("2025")));
    assert_eq!(&text[c.dates[0].span.start..c.dates[0].span.end], "争取 2023—\n2025 年");
}

#[test]
fn comparison_words_bound_the_amount() {
    // 国办发〔2019〕6号 （六）: …的比例不得低于80%，其中单户担保金额500万元及以下
    // 的占比不得低于50%。
    let (_, g) = corpus("govcn-page-guobanfa-2019-6-rongzi-danbao-yijian.txt");
    let got: Vec<_> = clause(&g, "d1/2/6").quantities.iter().map(quantity).collect();
    assert_eq!(
        got,
        [
            ("低于80%", QuantityKind::Share, [n("0.8"), None, None], None, Some(Bound::Min)),
            ("500万元及以下", QuantityKind::Money, [n("5000000"), None, None], Some("元"), Some(Bound::Max)),
            ("低于50%", QuantityKind::Share, [n("0.5"), None, None], None, Some(Bound::Min)),
        ]
    );
    // 刑法 第六十九条: 管制最高不能超过三年 … 有期徒刑总和刑期不满三十五年的.
    let (_, g) = corpus("laosheng-xingfa-2020-diyibian-zongze-p3-14.pdfraw.txt");
    let c = clause(&g, "d1/art69/para1");
    let bounds: Vec<_> = c.quantities.iter().map(|q| (q.text.as_str(), q.bound)).collect();
    assert_eq!(
        bounds[1..4],
        [("超过三年", Some(Bound::Max)), ("超过一年", Some(Bound::Max)), ("不满三十五年", Some(Bound::Max))]
    );
    // 杭政函〔2024〕16号 （十六）: 单⏎个企业最高可补贴 50 万元: a qualifier, 可 and a verb.
    let (_, g) = corpus("hangzhou-hangzhenghan-2024-16-jingji-zhengce.pdflayout.txt");
    let c = clause(&g, "d1.1/2/16");
    // A fact's text is without layout spaces.
    let q = c.quantities.iter().find(|q| q.text.ends_with("50万元")).expect("最高可补贴 50 万元");
    assert_eq!((q.text.as_str(), q.bound), ("最高可补贴50万元", Some(Bound::Max)));
}

#[test]
fn at_least_before_have_bounds_the_count() {
    // 中华人民共和国就业促进法 第五十六条 (flk.npc export, 2015-04-24): …确保城市有就业
    // 需求的家庭至少有一人实现就业。
    let text = "确保城市有就业需求的家庭至少有一人实现就业。";
    let q = gongbao::quantity::find_quantities(text);
    assert_eq!(q.len(), 1);
    assert_eq!(&text[q[0].span.start..q[0].span.end], "至少有一人");
    assert_eq!(q[0].qualifier, Some(gongbao::quantity::Qualifier::AtLeast));
}

#[test]
fn numbers_that_name_things_are_no_quantities() {
    // 国办发〔2018〕129号: 全面贯彻党的十九大和十九届二中、三中全会精神，…统筹推进
    // “五位一体”总体布局和协调推进“四个全面”战略布局.
    let (_, g) = corpus("govcn-guobanfa-2018-129-xiaofei-fupin-yijian.txt");
    let c = clause(&g, "d1/1");
    assert!(c.text().contains("十九届二中、三中全会") && c.text().contains("“四个全面”"));
    // Its only numbers name a session and two slogans.
    assert_eq!(c.quantities, []);

    // 在二级及以上医院推行…, 二、三级医院号源分配…: grades of hospitals. 归集市、区、
    // 街镇三级的主动公开文件: a count of levels after their names.
    let (_, g) = corpus("shanghai-gazette-2023-10.txt");
    assert_eq!(clause(&g, "d3.1/3/2").quantities, []);
    // 现将《2023年上海市政务公开工作要点》印发给你们: the year names the document.
    let d4 = g.documents().find(|d| d.id == "d4").expect("d4");
    assert!(d4.blocks.iter().any(|b| b.text.contains("现将《2023年上海市政务公开工作要点》")));
    assert_eq!(d4.dates, []);
    let c = clause(&g, "d8/2");
    assert_eq!(quantity(&c.quantities[1]), ("三级", QuantityKind::Count, [n("3"), None, None], Some("级"), None));
}

#[test]
fn responsibility_index_names_every_unit_with_its_clauses() {
    let (_, g) = corpus("shanghai-gazette-2023-10.txt");
    assert_eq!(g.responsibility_index, g.responsibility_index());
    // 市生态环境局 stands in the list of 15 clauses of the 排污口 方案: 二(一),
    // 三(一)–(五), 四(一)–(五), 五(一)–(四); no list names a lead.
    let unit = g.responsibility_index.iter().find(|u| u.unit == "市生态环境局").unwrap();
    let clauses: Vec<&str> = unit.clauses.iter().map(|r| r.clause.as_str()).collect();
    let mut want = vec!["d2.1/2/1".to_string()];
    want.extend((1..=5).map(|k| format!("d2.1/3/{k}")));
    want.extend((1..=5).map(|k| format!("d2.1/4/{k}")));
    want.extend((1..=4).map(|k| format!("d2.1/5/{k}")));
    assert_eq!(clauses, want);
    assert!(unit.clauses.iter().all(|r| !r.lead && r.role.as_deref() == Some("责任单位")));
    // Units in order of first appearance: the first list of the policy.
    assert_eq!(g.responsibility_index[0].unit, "市经济信息化委");

    // （生态环境部牵头，国家发展改革委、…参与）: a lead.
    let (_, g) = corpus("govcn-guobanfa-2018-128-wufei-chengshi.txt");
    let unit = g.responsibility_index.iter().find(|u| u.unit == "生态环境部").unwrap();
    assert_eq!(
        (unit.clauses[0].clause.as_str(), unit.clauses[0].lead, unit.clauses[0].role.as_deref()),
        ("d1.1/2/1", true, Some("牵头"))
    );
}

#[test]
fn every_corpus_text_keeps_the_invariants_of_ids_and_facts() {
    // Ids unique and inside their document's, every fact inside a leaf of
    // its owner, the JSON reading back into the same tree.
    let mut texts = 0;
    for entry in std::fs::read_dir("corpus").expect("corpus") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = gongbao::text::decode(&std::fs::read(&path).expect("readable")).expect("decodable").text;
            invariants::gazette(&text, &gongbao::parse(&text));
            texts += 1;
        }
    }
    assert!(texts >= 46, "{texts} corpus texts");
}

#[test]
fn values_read_back_from_json() {
    // A JSON number carries 15 significant digits of a fraction and 64 bits
    // of an integer: 三分之一 is rounded, an absurd amount has no value, and
    // the parse reads back from its JSON either way.
    let text = "一、占三分之一，0.0000000000000000000001%，计99999999999999999999亿元，共5000万元。";
    let g = gongbao::parse(text);
    invariants::gazette(text, &g);
    let values: Vec<(&str, Option<String>)> = g.documents[0].clauses[0]
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.value.map(|v| v.to_string())))
        .collect();
    assert_eq!(
        values,
        [
            ("三分之一", n("0.333333333333333")),
            ("0.0000000000000000000001%", None),
            ("99999999999999999999亿元", None),
            ("共5000万元", n("50000000")),
        ]
    );
}

#[test]
fn a_span_of_every_year_is_one_recurring_date() {
    // Articles cut from LawRefBook/Laws@2f4c5c2: DLC/山东地方法规/地方性法规/山东/
    // 青岛市供热条例(2017-12-01).md 第三十一条 and DLC/河南地方法规/地方性法规/河南/
    // 河南省实施《各级人民代表大会常务委员会监督法》办法(2015-10-22).md 第十四条. The
    // 次年 of the first is the year after each start, not the context year's
    // next; no end is a deadline of its own.
    let text = "第三十一条 采暖期为每年的十一月十六日至次年的四月五日（城阳区、黄岛区及各县级市人民政府可以适当调整采暖期）。\n\n第十四条 人民政府应当在每年六月至九月期间，向本级人民代表大会常务委员会报告本年度上一阶段国民经济和社会发展计划执行情况。\n";
    let g = gongbao::Parser::new().context_year(2017).parse(text);
    invariants::gazette(text, &g);
    let dates: Vec<_> =
        g.documents().flat_map(Document::clauses).flat_map(|c| c.clause.dates.iter().map(date)).collect();
    assert_eq!(
        dates,
        [
            ("每年的十一月十六日至次年的四月五日", DateKind::Recurring, None, None, None),
            // 本年度 after 每年 is each year's, no date of the text's year.
            ("每年六月至九月", DateKind::Recurring, None, None, None),
        ]
    );
    let every = |i: usize| serde_json::to_value(&g.documents[0].clauses[i].dates[0]).unwrap()["value"]["every"].clone();
    assert_eq!((every(0), every(1)), ("--11-16/--04-05".into(), "--06/--09".into()));
}

/// Days without a year in a notice issued ahead for the year its title
/// names fall in that year, not in the year of its date: 国办发明电〔2018〕15号,
/// dated 2018年12月4日 (corpus/govcn-guobanfamingdian-2018-15-jiejiari-anpai.txt).
#[test]
fn days_without_a_year_fall_in_the_year_the_title_names() {
    let (_, g) = corpus("govcn-guobanfamingdian-2018-15-jiejiari-anpai.txt");
    let d = &g.documents[0];
    assert_eq!(d.date.map(|d| d.to_string()), n("2018-12-04"));
    let dates: Vec<_> = clause(&g, "d1/2").dates.iter().map(date).collect();
    assert_eq!(
        dates,
        [
            ("2月4日至10日", DateKind::Period, None, n("2019-02-04"), n("2019-02-10")),
            ("2月2日（星期六）", DateKind::Day, n("2019-02-02"), None, None),
            ("2月3日（星期日）", DateKind::Day, n("2019-02-03"), None, None),
        ]
    );
    // A year written stays as written (2018年12月29日 is the Saturday before).
    let dates: Vec<_> = clause(&g, "d1/1").dates.iter().map(date).collect();
    assert_eq!(dates[1], ("2018年12月29日（星期六）", DateKind::Day, n("2018-12-29"), None, None));
}
