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
