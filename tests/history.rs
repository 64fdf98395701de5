//! Documents' history (题注 and closing articles), repeals and aliases,
//! checked against the corpus texts.

use gongbao::model::{EventKind, Gazette, HistoryEvent};

#[track_caller]
fn parse(name: &str) -> (String, Gazette) {
    let text = std::fs::read_to_string(format!("{}/corpus/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let g = gongbao::parse(&text);
    (text, g)
}

/// (kind, date, organ, number) of each event.
fn events(h: &[HistoryEvent]) -> Vec<(EventKind, String, Option<String>, Option<String>)> {
    h.iter()
        .map(|e| {
            (
                e.kind,
                e.date.map(|d| d.to_string()).unwrap_or_default(),
                e.organ.clone(),
                e.doc_number.as_ref().map(|n| n.to_string()),
            )
        })
        .collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn the_constitution_lists_its_adoption_and_five_amendments() {
    let (text, g) = parse("lawrefbook-xianfa-2018-xuyan.md.txt");
    let h = &g.documents[0].history;
    let mut want = vec![
        (EventKind::Adopted, "1982-12-04".to_string(), s("第五届全国人民代表大会第五次会议"), None),
        (EventKind::Promulgated, "1982-12-04".to_string(), s("全国人民代表大会"), None),
        (EventKind::Effective, "1982-12-04".to_string(), s("全国人民代表大会"), None),
    ];
    for (date, organ) in [
        ("1988-04-12", "第七届全国人民代表大会第一次会议"),
        ("1993-03-29", "第八届全国人民代表大会第一次会议"),
        ("1999-03-15", "第九届全国人民代表大会第二次会议"),
        ("2004-03-14", "第十届全国人民代表大会第二次会议"),
        ("2018-03-11", "第十三届全国人民代表大会第一次会议"),
    ] {
        want.push((EventKind::Amended, date.to_string(), s(organ), None));
    }
    assert_eq!(events(h), want);
    assert_eq!(
        h[7].span.slice(&text),
        Some("2018年3月11日 第十三届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》")
    );
}

#[test]
fn a_law_adopted_and_amended_then_in_force() {
    let (text, g) = parse("npc-flk-guojia-qingbao-fa-2018-mulu.txt");
    let h = &g.documents[0].history;
    assert_eq!(
        events(h),
        [
            (EventKind::Adopted, "2017-06-27".into(), s("第十二届全国人民代表大会常务委员会第二十八次会议"), None),
            (EventKind::Amended, "2018-04-27".into(), s("第十三届全国人民代表大会常务委员会第二次会议"), None),
            (EventKind::Effective, "2017-06-28".into(), None, None),
        ]
    );
    assert_eq!(h[2].span.slice(&text), Some("本法自2017年6月28日起施行。"));
}

#[test]
fn a_decree_promulgates_a_revised_regulation() {
    let (_, g) = parse("govcn-guoling-707-geshui-shishi-tiaoli.txt");
    let state_council = s("中华人民共和国国务院");
    assert_eq!(
        events(&g.documents[0].history),
        [
            (EventKind::Promulgated, "2018-12-18".into(), state_council.clone(), s("中华人民共和国国务院令第707号")),
            (EventKind::Effective, "2019-01-01".into(), None, None),
            (EventKind::Promulgated, "1994-01-28".into(), state_council.clone(), s("中华人民共和国国务院令第142号")),
            (EventKind::Revised, "2005-12-19".into(), s("国务院"), None),
            (EventKind::Revised, "2008-02-18".into(), s("国务院"), None),
            (EventKind::Revised, "2011-07-19".into(), s("国务院"), None),
            (EventKind::Revised, "2018-12-18".into(), state_council, s("中华人民共和国国务院令第707号")),
        ]
    );
    let (_, g) = parse("npc-geren-xinxi-baohu-fa-2021-flk.txt");
    assert_eq!(
        events(&g.documents[0].history),
        [
            (EventKind::Adopted, "2021-08-20".into(), s("第十三届全国人民代表大会常务委员会第三十次会议"), None),
            (EventKind::Effective, "2021-11-01".into(), None, None),
        ]
    );
}

#[test]
fn a_decree_reports_the_adoption_of_what_it_promulgates() {
    // 政府令〔2010〕第15号: 《河北省人工影响天气管理规定》已经2010年12月14日省政府第76次
    // 常务会议通过,现予公布,自2011年2月1日起施行。 Signed 二○一○年十二月二十五日.
    let (_, g) = parse("falvziliao-export-hebei-zhengfuling-2010-15-rengong-yingxiang-tianqi.txt");
    assert_eq!(
        events(&g.documents[0].history),
        [
            (EventKind::Adopted, "2010-12-14".into(), s("省政府第76次常务会议"), None),
            (EventKind::Promulgated, "2010-12-25".into(), s("河北省人民政府"), s("政府令〔2010〕第15号")),
            (EventKind::Effective, "2011-02-01".into(), None, None),
        ]
    );
    // 东莞市人民政府令第123号: 《…办法》已经市人民政府同意,现予发布。 No day in force.
    let (_, g) = parse("falvziliao-export-dongguan-ling-123-weixianyuan-banfa.txt");
    assert_eq!(
        events(&g.documents[0].history),
        [(EventKind::Promulgated, "2012-05-30".into(), s("东莞市人民政府"), s("东莞市人民政府令第123号"))]
    );
}

#[test]
fn repeals_name_the_old_texts_and_their_citations() {
    let (text, g) = parse("lawrefbook-samr-ling-56-mingma-biaojia.md.txt");
    let r = &g.documents[0].repeals;
    let got: Vec<_> = r.iter().map(|r| (r.title.as_str(), r.doc_number.as_ref().map(|n| n.to_string()))).collect();
    assert_eq!(
        got,
        [
            ("关于商品和服务实行明码标价的规定", s("中华人民共和国国家发展计划委员会令第8号")),
            ("禁止价格欺诈行为的规定", s("中华人民共和国国家发展计划委员会令第15号")),
        ]
    );
    assert_eq!(
        r[1].span.slice(&text),
        Some("2001年11月7日原中华人民共和国国家发展计划委员会令第15号发布的《禁止价格欺诈行为的规定》")
    );
    for rep in r {
        let c = &g.citations[rep.citation.unwrap()];
        assert_eq!(c.title.as_deref(), Some(rep.title.as_str()));
    }
    let (_, g) = parse("lawrefbook-guoling-696-shiyan-zhuanying-banfa-2017.md.txt");
    assert_eq!(g.documents[0].repeals[0].title, "盐业管理条例");
    // 原规定同时废止: the old text, uncited.
    let (_, g) = parse("falvziliao-export-hujianjian-2003-89-wenming-gongdi.txt");
    let r = &g.documents[0].repeals[0];
    assert_eq!((r.title.as_str(), r.citation), ("原规定", None));
}

#[test]
fn aliases_of_the_reference_issue() {
    let (text, g) = parse("shanghai-gazette-2023-10.txt");
    let all: Vec<(&str, &str, &str)> = g
        .documents()
        .flat_map(|d| d.aliases.iter().map(move |a| (d.id.as_str(), a.name.as_str(), a.full.as_str())))
        .collect();
    assert_eq!(
        all,
        [
            ("d2.1", "排污口", "本市入河入海排污口"),
            ("d2.1", "相关区域管理部门", "各区政府和保税区管理局、临港新片区管委会、上海化工区管委会"),
            ("d5", "政策措施", "关于新时期强化投资促进加快建设现代化产业体系的政策措施"),
            ("d6", "排污口", "本市入河入海排污口"),
            ("d6", "相关区域管理部门", "各区政府和保税区管理局、临港新片区管委会、化工区管委会"),
        ]
    );
    let a = &g.document("d5").unwrap().aliases[0];
    assert!(a.span.slice(&text).unwrap().ends_with("(以下简称《政策措施》)"));
}

#[test]
fn a_listed_repeal_names_each_item() {
    let (text, g) = parse("laosheng-xingfa-2020-fuze-fujian-p70-71.pdfraw.txt");
    let annex = g.document("d1.1").unwrap();
    let titles: Vec<&str> = annex.repeals.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles.len(), 15);
    assert_eq!(titles[0], "中华人民共和国惩治军人违反职责罪暂行条例");
    assert_eq!(titles[14], "关于处理逃跑或者重新犯罪的劳改犯和劳教人员的决定");
    assert_eq!(annex.repeals[1].span.slice(&text), Some("2．关于严惩严重破坏经济的罪犯的决定"));
    // The 附件二 keeps its decisions: nothing repealed.
    assert!(g.document("d1.2").unwrap().repeals.is_empty());
}

/// Two organs adopt a joint interpretation, each on its own date, before
/// one 通过; the repealed interpretation's number stands after its title.
/// Source: corpus/lawrefbook-spc-spp-qiangduo-jieshi-2013.md.txt
/// (LawRefBook/Laws@2f4c5c2, 司法解释/…抢夺刑事案件….md).
#[test]
fn a_joint_interpretation_adopted_by_two_meetings() {
    let (text, g) = parse("lawrefbook-spc-spp-qiangduo-jieshi-2013.md.txt");
    let d = &g.documents[0];
    assert_eq!(
        events(&d.history),
        [
            (EventKind::Adopted, "2013-09-30".to_string(), s("最高人民法院审判委员会第1592次会议"), None),
            (EventKind::Adopted, "2013-10-22".to_string(), s("最高人民检察院第十二届检察委员会第12次会议"), None),
            (EventKind::Promulgated, "2013-11-11".to_string(), s("最高人民法院、最高人民检察院"), None),
            (EventKind::Effective, "2013-11-18".to_string(), None, None),
        ]
    );
    let r = &d.repeals[0];
    assert_eq!(r.title, "最高人民法院关于审理抢夺刑事案件具体应用法律若干问题的解释");
    assert_eq!(r.doc_number.as_ref().map(|n| n.to_string()), s("法释〔2002〕18号"));
    assert_eq!(
        r.span.slice(&text),
        Some("《最高人民法院关于审理抢夺刑事案件具体应用法律若干问题的解释》（法释〔2002〕18号）")
    );
    assert!(r.citation.is_some());
}

/// Short names whose full name stands after a verb, a word of duty or
/// 是指, or is one member of a list. Sources:
/// corpus/lawrefbook-zhongwai-hezi-qiye-fa-shishi-tiaoli-2014.md.txt and
/// corpus/lawrefbook-guoling-337-fagui-guizhang-beian-tiaoli-2001.md.txt
/// (LawRefBook/Laws@2f4c5c2, 行政法规/).
#[test]
fn aliases_after_a_verb_or_a_word_of_duty() {
    let (_, g) = parse("lawrefbook-zhongwai-hezi-qiye-fa-shishi-tiaoli-2014.md.txt");
    let got: Vec<(&str, &str)> = g.documents[0].aliases.iter().map(|a| (a.name.as_str(), a.full.as_str())).collect();
    assert_eq!(
        got[..5],
        [
            ("中外合资经营企业法", "中华人民共和国中外合资经营企业法"),
            ("合营企业", "中外合资经营企业"),
            ("对外贸易经济合作部", "中华人民共和国对外贸易经济合作部"),
            ("登记管理机构", "工商行政管理机关"),
            ("场地使用费", "场地使用权的费用"),
        ]
    );
    let (text, g) = parse("lawrefbook-guoling-337-fagui-guizhang-beian-tiaoli-2001.md.txt");
    let a = &g.documents[0].aliases[0];
    assert_eq!(
        (a.name.as_str(), a.full.as_str()),
        ("国务院部门", "国务院各部、各委员会、中国人民银行、审计署和具有行政管理职能的直属机构")
    );
    assert!(a.span.slice(&text).unwrap().starts_with("国务院各部"));
}

/// Full names after 为了进一步加强和完善, 建立完善以, 所称, 是 and 须经. The
/// sentences are cut from LawRefBook/Laws@2f4c5c2: DLC/上海地方法规/…/
/// 上海市人民代表大会专门委员会工作条例(2020-09-25).md, …/上海市公共卫生应急管理
/// 条例(2020-10-27).md, DLC/广东地方法规/…/广东省科学技术普及条例(2021-05-26).md,
/// 行政法规/合伙企业登记管理办法(2019-03-02).md, 行政法规/生物两用品及相关设备和
/// 技术出口管制条例(2002-10-14).md, 行政法规/专利法实施细则(2010-01-09).md.
#[test]
fn aliases_after_an_adverb_a_definition_or_a_copula() {
    let cases = [
        (
            "第一条 为了进一步加强和完善市人民代表大会专门委员会（以下简称专门委员会）工作，保障专门委员会依法履行职责，增强专门委员会的履职能力，根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》和有关法律、法规，结合工作实际，制定本条例。",
            "市人民代表大会专门委员会",
        ),
        (
            "第二十八条 本市按照整体谋划、系统重塑、全面提升的要求，建立完善以疾病预防控制机构（以下简称疾控机构）为核心、医疗机构为支撑、社区卫生服务中心为依托的疾病预防控制体系，加强市、区两级疾控机构和社区卫生服务中心能力建设。",
            "疾病预防控制机构",
        ),
        (
            "本条例所称科学技术普及（以下简称科普），是指采取公众易于理解、接受和参与的方式，普及科学技术知识、倡导科学方法、传播科学思想、弘扬科学精神的活动。",
            "科学技术普及",
        ),
        ("第四条 工商行政管理部门是合伙企业登记机关(以下简称企业登记机关)。", "合伙企业登记机关"),
        // 行政法规/专利法实施细则(2010-01-09).md 第一百零三条: a 所称 that
        // qualifies the name stays in it.
        (
            "第一百零三条 国际申请的申请人应当在专利合作条约第二条所称的优先权日(本章简称优先权日)起30个月内，向国务院专利行政部门办理进入中国国家阶段的手续。",
            "专利合作条约第二条所称的优先权日",
        ),
        (
            "第六条 从事生物两用品及相关设备和技术出口的经营者，须经国务院对外经济贸易主管部门(以下简称国务院外经贸主管部门)登记。",
            "国务院对外经济贸易主管部门",
        ),
    ];
    for (text, full) in cases {
        let g = gongbao::parse(text);
        let a = g.documents().flat_map(|d| d.aliases.iter()).next().unwrap();
        assert_eq!(a.full, full, "{text}");
    }
    // The organ after 由, and a short name with a 、 in it. Cut from
    // LawRefBook/Laws@2f4c5c2 DLC/上海地方法规/…/上海市实施《归侨侨眷权益保护法》
    // 办法(2010-11-11).md.
    let text = "第三条 归侨身份由市人民政府侨务部门（以下简称市政府侨务部门）确认，并发给《上海市归侨证》。\n\n侨眷身份由户籍所在地的区、县人民政府侨务部门（以下简称区、县政府侨务部门）确认。\n";
    let g = gongbao::parse(text);
    let got: Vec<(&str, &str)> =
        g.documents().flat_map(|d| d.aliases.iter()).map(|a| (a.name.as_str(), a.full.as_str())).collect();
    assert_eq!(
        got,
        [("市政府侨务部门", "市人民政府侨务部门"), ("区、县政府侨务部门", "户籍所在地的区、县人民政府侨务部门"),]
    );
}

/// A repeal names the last title of its sentence; the decisions that
/// amended it qualify it. A 题注's 关于修改《…》等…的决定第一次修正 is one
/// amendment. Cut from LawRefBook/Laws@2f4c5c2: DLC/北京地方法规/…/北京市统计条例.md
/// (第三十九条) and DLC/山东地方法规/…/山东省燃气管理条例(2016-03-30).md (its head).
#[test]
fn decisions_that_amended_a_repealed_text_are_not_repealed() {
    let text = "第三十八条 本条例具体应用中的问题由市统计局负责解释。\n\n第三十九条 本条例自2016年1月1日起施行。1994年9月8日北京市第十届人民代表大会常务委员会第十二次会议通过，根据1997年9月4日北京市第十届人民代表大会常务委员会第三十九次会议《关于修改〈北京市统计管理条例〉的决定》第一次修正，根据2001年10月16日北京市第十一届人民代表大会常务委员会第三十次会议《关于修改〈北京市统计管理条例〉的决定》第二次修正的《北京市统计管理条例》同时废止。\n";
    let g = gongbao::parse(text);
    let titles: Vec<&str> = g.documents[0].repeals.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["北京市统计管理条例"]);
    let text = "# 山东省燃气管理条例\n\n2003年9月26日 山东省第十届人民代表大会常务委员会第四次会议通过\n\n2015年7月24日 山东省第十二届人民代表大会常务委员会第十五次会议关于修改《山东省农村可再生资源条例》等十二件地方性法规的决定第一次修正\n\n2016年3月30日 山东省第十二届人民代表大会常务委员会第二十次会议关于修改《山东省海洋环境保护条例》等九件地方性法规的决定第二次修正\n\n<!-- INFO END -->\n\n第一条 为加强燃气管理，保障人民生命财产安全和社会公共安全，维护燃气经营企业和用户的合法权益，根据有关法律、法规，结合本省实际，制定本条例。\n";
    let g = gongbao::parse(text);
    let got: Vec<_> = events(&g.documents[0].history).into_iter().map(|e| (e.0, e.1)).collect();
    assert_eq!(
        got,
        [
            (EventKind::Adopted, "2003-09-26".to_string()),
            (EventKind::Amended, "2015-07-24".to_string()),
            (EventKind::Amended, "2016-03-30".to_string()),
        ]
    );
}

/// A decree's 现发布…自发布之日起施行 (wrapped across lines) takes effect on
/// the decree's date. Cut from http://law604.infoeach.com/view-NjA0fDI2NA==.html
/// (国务院行政机构设置和编制管理条例, 国务院令第227号, from its decree on).
#[test]
fn a_decree_in_force_from_its_own_date() {
    let text = "  中华人民共和国国务院令\n\n  第227号\n\n  现发布《国务院行政机构设置和编制管理条例》,自\n发布之日起施行。\n\n  总理李鹏\n\n  1997年8月3日\n\n  第一章总则\n\n  第一条为了规范国务院行政机构的设置,加强编制管\n理,提高行政效率,根据宪法和国务院组织法,制定本条\n例。\n\n  第二条国务院行政机构设置和编制管理应当适应国家\n政治、经济、社会发展的需要,遵循精简、统一、高效的\n原则。\n\n  第三条国务院根据宪法和国务院组织法的规定,行使\n国务院行政机构设置和编制管理职权。\n\n  国务院机构编制管理机关在国务院领导下,负责国务\n院行政机构设置和编制管理的具体工作。\n";
    let g = gongbao::parse(text);
    let h: Vec<_> = g.documents().flat_map(|d| events(&d.history)).map(|e| (e.0, e.1)).collect();
    assert_eq!(
        h,
        [(EventKind::Promulgated, "1997-08-03".to_string()), (EventKind::Effective, "1997-08-03".to_string())]
    );
}

/// 本条例自发布之日起施行 in a regulation promulgated once takes that day.
/// Cut from LawRefBook/Laws@2f4c5c2 行政法规/民用航空器权利登记条例(1997-10-21).md
/// (its head, 第一条 and 第二十条).
#[test]
fn in_force_from_its_one_promulgation() {
    let text = "# 中华人民共和国民用航空器权利登记条例\n\n1997年10月21日 中华人民共和国国务院令第233号发布\u{3000}\n\n<!-- INFO END -->\n\n第一条 根据《中华人民共和国民用航空法》，制定本条例。\n\n第二十条 本条例自发布之日起施行。\n";
    let g = gongbao::parse(text);
    let got: Vec<_> = events(&g.documents[0].history).into_iter().map(|e| (e.0, e.1)).collect();
    assert_eq!(
        got,
        [(EventKind::Promulgated, "1997-10-21".to_string()), (EventKind::Effective, "1997-10-21".to_string())]
    );
}

#[test]
fn a_meeting_line_shares_the_verb_of_the_line_after_it() {
    // LawRefBook/Laws@2f4c5c2 司法解释/最高人民法院、最高人民检察院关于检察公益诉讼案件
    // 适用法律若干问题的解释.md, its head: the SPC's meeting on one line, the
    // SPP's on the next with the one 通过 (…会议、…会议通过, cut at its 、).
    let text = "# 最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释\n\n2018年2月23日 最高人民法院审判委员会第1734次会议\n\n2018年2月11日 最高人民检察院第十二届检察委员会第73次会议通过\n\n2018年3月2日 施行\n\n<!-- INFO END -->\n";
    let g = gongbao::parse(text);
    assert_eq!(g.documents.len(), 1);
    assert_eq!(
        events(&g.documents[0].history),
        [
            (EventKind::Adopted, "2018-02-23".to_string(), s("最高人民法院审判委员会第1734次会议"), None),
            (EventKind::Adopted, "2018-02-11".to_string(), s("最高人民检察院第十二届检察委员会第73次会议"), None),
            (EventKind::Effective, "2018-03-02".to_string(), None, None),
        ]
    );
}
