//! The parser on texts in the shapes of real publications beyond the
//! corpus (see tests/fixtures/README.md). Values were read off the files.

use chrono::NaiveDate;
#[path = "support/tree.rs"]
mod tree;
use tree::number;

use gongbao::model::{DiagnosticCode, DocKind, Gazette, MarkerStyle, Role};

/// A text of the corpus (see corpus/MANIFEST.tsv).
#[track_caller]
fn corpus(name: &str) -> Gazette {
    let bytes = std::fs::read(format!("corpus/{name}")).expect("corpus file");
    gongbao::parse_bytes(&bytes).expect("decodable").gazette
}

fn joined_page_breaks(g: &Gazette) -> usize {
    g.diagnostics.iter().filter(|d| d.code == DiagnosticCode::JoinedPageBreak).count()
}

#[track_caller]
fn fixture(name: &str) -> Gazette {
    let bytes = std::fs::read(format!("tests/fixtures/{name}")).expect("fixture");
    gongbao::parse_bytes(&bytes).expect("decodable").gazette
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn inserted_articles() {
    // 第十七条之一 and 第三十七条之一 of the 刑法 as its PDF prints them,
    // extracted raw and with -layout.
    for name in [
        "laosheng-xingfa-2020-diyibian-zongze-p3-14.pdfraw.txt",
        "laosheng-xingfa-2020-diyibian-zongze-p3-14.pdflayout.txt",
    ] {
        let g = corpus(name);
        let inserted: Vec<(&str, Option<u32>, Option<u32>)> = g.documents[0]
            .clauses()
            .filter(|c| c.sub.is_some())
            .map(|c| (c.clause.marker.as_str(), c.number, c.sub))
            .collect();
        assert_eq!(inserted, [("第十七条之一", Some(17), Some(1)), ("第三十七条之一", Some(37), Some(1))], "{name}");
        let old_age = g.documents[0].clauses().find(|c| c.marker == "第十七条之一").unwrap();
        assert_eq!(old_age.style, MarkerStyle::Article);
        assert!(old_age.text().starts_with("已满七十五周岁的人故意犯罪的，可以从轻或者减轻处罚"), "{name}");
        let path: Vec<&str> = old_age.parents.iter().map(|p| p.marker.as_str()).collect();
        assert_eq!(path, ["第一编", "第二章", "第一节"], "{name}");
    }
}

#[test]
fn notice_with_attachment_note_and_the_attachment_following() {
    // A 北大法宝 export: a notice issuing a 办法 whose 附件说明 (附件： and
    // the title on the next line) names the 考评指标 printed after it.
    let g = fixture("pkulaw-baotou-baofubanfa-2022-43-kaoping-banfa.txt");
    assert_eq!(g.documents.len(), 1);
    let n = &g.documents[0];
    assert_eq!(n.title, "包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知");
    assert_eq!(number(n).as_deref(), Some("包府办发〔2022〕43号"));
    assert_eq!(n.date, date(2022, 4, 14));
    assert_eq!(n.addressees, ["各旗、县、区人民政府", "稀土高新区管委会", "市直有关部门、单位"]);
    let rules = &n.attachments[0];
    assert_eq!((rules.title.as_str(), rules.genre.as_deref()), ("包头市2022年数字政府建设考评办法", Some("办法")));
    let note: Vec<&str> =
        rules.blocks.iter().filter(|b| b.role == Role::AttachmentNote).map(|b| b.text.as_str()).collect();
    assert_eq!(note, ["附件：", "包头市数字政府建设考评指标"]);
    let markers: Vec<&str> = rules.clauses.iter().map(|c| c.marker.as_str()).collect();
    assert_eq!(markers, ["一、", "二、", "三、", "四、"]);
    assert!(rules.clauses[3].text().ends_with("纳入各旗县区、稀土高新区及各部门领导班子实绩考核内容。"));
    let index = &rules.attachments[0];
    assert_eq!(index.title, "包头市数字政府建设考评指标");
    assert_eq!(index.clauses.len(), 7);
    // Items 1．–90． run on across the seven parts; each ends in a
    // deadline and its 牵头考核单位 in one bracket.
    let items: Vec<_> = index.clauses().filter(|c| c.depth == 2).collect();
    assert_eq!((items.len(), items[89].marker.as_str()), (90, "90．"));
    let lists: Vec<&[String]> = items.iter().flat_map(|c| &c.responsibilities).map(|r| r.units.as_slice()).collect();
    assert_eq!(lists.len(), 90);
    assert_eq!(lists[0], ["市审批服务局"]);
    assert_eq!(lists[7], ["市住建局", "审批服务局"]);
    assert_eq!(lists[86], ["市财政局", "市发改委", "市政府金融办"]);
}

#[test]
fn notice_with_a_numbered_attachment_note() {
    // A saved policy-database page: 附件: alone, then 1. 2. 3. naming the
    // attachments (not printed on the page), then the signature and date,
    // and the page's QR-code caption after them.
    let g = fixture("0798ci-page-jiaoyunfa-2016-215-keche-pingding.txt");
    assert_eq!(g.documents.len(), 1);
    let n = &g.documents[0];
    assert_eq!(n.title, "交通运输部关于发布第56批高级客车类型划分及等级评定表的通知");
    assert_eq!(number(n).as_deref(), Some("交运发〔2016〕215号"));
    assert_eq!((n.date, n.issuer.as_deref()), (date(2016, 12, 12), Some("交通运输部")));
    assert_eq!(n.addressees, ["各省、自治区、直辖市、新疆生产建设兵团交通运输厅(局、委)"]);
    let note: Vec<&str> = n.blocks.iter().filter(|b| b.role == Role::AttachmentNote).map(|b| b.text.as_str()).collect();
    assert_eq!(
        note,
        [
            "附件:",
            "1.第56批高级客车(含公共汽车)类型划分及等级评定表",
            "2.关于《高级客车(含公共汽车)类型划分及等级评定表》的说明",
            "3.企业名称与厂家简称对照表"
        ]
    );
    assert!(n.clauses.is_empty() && n.attachments.is_empty());
    assert!(g.blocks.iter().any(|b| b.role == Role::PageFurniture && b.text == "扫描二维码关注我们"));
}

#[test]
fn standard_layout_with_joint_masthead_and_number_above_the_title() {
    // GB/T 9704 as a PDF prints it (GovDoc-CN 397.pdf): the 发文机关标志 of
    // two organs and 文件, the 发文字号 above the title, joint signatures.
    // Raw extraction gives 文件 a line of its own; -layout sets it after
    // the second organ.
    for (name, masthead) in [
        (
            "govdoc-cn-fagaibancaijingui-2019-860-geshui-xinyong.pdfraw.txt",
            &["发展改革委办公厅", "税务总局办公厅", "文件"][..],
        ),
        (
            "govdoc-cn-fagaibancaijingui-2019-860-geshui-xinyong.pdflayout.txt",
            &["发展改革委办公厅", "税务总局办公厅文件"][..],
        ),
    ] {
        let g = corpus(name);
        assert_eq!(g.documents.len(), 1, "{name}");
        let n = &g.documents[0];
        let head: Vec<(Role, &str)> =
            n.blocks.iter().take(masthead.len() + 2).map(|b| (b.role, b.text.as_str())).collect();
        let mut expected: Vec<(Role, &str)> = masthead.iter().map(|m| (Role::Masthead, *m)).collect();
        expected.push((Role::DocNumber, "发改办财金规〔2019〕860号"));
        expected.push((Role::Title, "关于加强个人所得税纳税信用建设的通知"));
        assert_eq!(head, expected, "{name}");
        assert_eq!(number(n).as_deref(), Some("发改办财金规〔2019〕860号"), "{name}");
        assert_eq!(n.title, "关于加强个人所得税纳税信用建设的通知");
        assert_eq!(n.date, date(2019, 8, 20), "{name}");
        assert_eq!(n.issuer.as_deref(), Some("国家发展改革委办公厅、税务总局办公厅"), "{name}");
        assert_eq!(n.addressees.len(), 3, "{name}");
        let parts: Vec<Option<&str>> = n.clauses.iter().map(|c| c.title.as_deref()).collect();
        assert_eq!(
            parts,
            [
                "总体要求",
                "建立个人所得税纳税信用管理机制",
                "完善守信联合激励和失信联合惩戒机制",
                "加强信息安全和权益维护",
                "强化组织实施"
            ]
            .map(Some),
            "{name}"
        );
    }
}

#[test]
fn page_breaks_inside_clauses_and_unit_lists() {
    // The reference issue as extracted from its PDF: 13 paragraphs run over
    // a page break (the break is a blank line), one of them inside a unit
    // list (…、市精神文明 / 办、市卫生健康委）) and one inside a word
    // (整治任 / 务).
    let g = corpus("shanghai-gazette-2023-10.txt");
    assert_eq!(joined_page_breaks(&g), 13);
    let plan = g.documents().find(|d| d.title == "进一步提升本市社区卫生服务能力的实施方案").expect("d3.1");
    let publicity = plan.clauses().find(|c| c.title.as_deref() == Some("强化宣传引导")).expect("七、(三)");
    let units: Vec<&str> = publicity.responsibilities.iter().flat_map(|r| &r.units).map(String::as_str).collect();
    assert_eq!(units, ["各区政府", "市委宣传部", "市精神文明办", "市卫生健康委"]);
    let outfalls = g.documents().find(|d| d.title == "上海市加强入河入海排污口监督管理工作方案").expect("d2.1");
    let survey = outfalls.clauses().find(|c| c.title.as_deref() == Some("工作目标")).expect("一、(二)");
    assert!(survey.text().contains("排污口排查溯源和30%整治任务,基本完成"), "{}", survey.text());

    // A raw pdftotext extraction: page numbers (—1—) on lines of their own
    // inside clause text stay out of it.
    let g = corpus("govdoc-cn-fagaibancaijingui-2019-860-geshui-xinyong.pdfraw.txt");
    assert_eq!(joined_page_breaks(&g), 4);
    let d = &g.documents[0];
    assert!(
        d.clauses[0].text().contains("推动经济发展、惠及百姓民生作出的一项重大决策部署"),
        "{}",
        d.clauses[0].text()
    );
    assert!(d.clauses().all(|c| !c.text().contains('—')));
}

#[test]
fn gbk_and_utf16_encodings_of_a_real_text() {
    // No real GBK file is stored with the fixtures: the 包头 export
    // (UTF-8 as published) re-encoded, a transformation of a real text.
    let utf8 = std::fs::read_to_string("tests/fixtures/pkulaw-baotou-baofubanfa-2022-43-kaoping-banfa.txt").unwrap();
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&utf8);
    assert!(!unmappable);
    let utf16: Vec<u8> = "\u{FEFF}".encode_utf16().chain(utf8.encode_utf16()).flat_map(u16::to_le_bytes).collect();
    let plain = gongbao::parse(&utf8);
    for (name, bytes) in [("GBK", gbk.into_owned()), ("UTF-16LE", utf16)] {
        let g = gongbao::parse_bytes(&bytes).expect("decodable").gazette;
        let n = &g.documents[0];
        assert_eq!(number(n).as_deref(), Some("包府办发〔2022〕43号"), "{name}");
        assert_eq!(n.date, date(2022, 4, 14), "{name}");
        assert_eq!(n.addressees, ["各旗、县、区人民政府", "稀土高新区管委会", "市直有关部门、单位"], "{name}");
        assert_eq!(n.attachments[0].title, "包头市2022年数字政府建设考评办法", "{name}");
        assert_eq!(g, plain, "{name}: the same tree as from the UTF-8 text");
    }
}

#[test]
fn decree_number_on_one_line_with_the_organ() {
    // 东莞市人民政府令第123号 on one line, as 法律资料网 prints it, with
    // the mayor's spaced title and a date with ○.
    let g = corpus("falvziliao-export-dongguan-ling-123-weixianyuan-banfa.txt");
    assert_eq!(g.documents.len(), 1);
    let d = &g.documents[0];
    assert_eq!((d.kind, d.title.as_str()), (DocKind::Regulation, "东莞市重大危险源安全监督管理办法"));
    let n = d.doc_number.as_ref().expect("the decree number");
    assert_eq!((n.code(), n.year(), n.serial()), ("东莞市人民政府令", None, 123));
    assert_eq!(d.date, date(2012, 5, 30));
    assert_eq!((d.issuer.as_deref(), d.signatory.as_deref()), (Some("东莞市人民政府"), Some("市长 袁宝成")));
    assert_eq!(d.clauses[0].marker, "第一章");
    let articles: Vec<&str> = d.clauses[0].children.iter().map(|c| c.marker.as_str()).collect();
    assert_eq!(articles, ["第一条", "第二条", "第三条", "第四条"]);
    assert!(d.clauses().filter(|c| c.depth == 1).all(|c| c.style == MarkerStyle::Article));
}

#[test]
fn ministry_decree_numbered_by_year() {
    // A decree page of www.gov.cn as stored: the ministry's decree numbered
    // by year (2006 年第 8 号, spaced, on the line under the organ), the
    // promulgating sentence, and the rule only named in 附件.
    let g = fixture("govcn-page-jiaotongbuling-2006-8-laojiu-chuanbo.txt");
    assert_eq!(g.documents.len(), 1);
    let d = &g.documents[0];
    assert_eq!(d.kind, DocKind::Regulation);
    assert_eq!(number(d).as_deref(), Some("中华人民共和国交通部令2006年第8号"));
    let n = d.doc_number.as_ref().unwrap();
    assert_eq!((n.code(), n.year(), n.serial()), ("中华人民共和国交通部令", Some(2006), 8));
    assert_eq!(d.issuer.as_deref(), Some("中华人民共和国交通部"));
    // The store runs the signature and the date onto the sentence's line.
    assert_eq!((d.date, d.signatory.as_deref()), (date(2006, 7, 5), Some("部长 李盛霖")));
    let note: Vec<&str> = d.blocks.iter().filter(|b| b.role == Role::AttachmentNote).map(|b| b.text.as_str()).collect();
    assert_eq!(note, ["附件:老旧运输船舶管理规定"]);
}
