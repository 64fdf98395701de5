//! The parser on the corpus: exact values checked against the texts.

use chrono::NaiveDate;
#[path = "support/tree.rs"]
mod tree;
use tree::number;

use gongbao::model::{Clause, DiagnosticCode, DocKind, Document, Gazette, MarkerStyle};

#[track_caller]
fn corpus(name: &str) -> (String, Gazette) {
    let bytes = std::fs::read(format!("corpus/{name}")).expect("corpus file");
    let text = gongbao::text::decode(&bytes).expect("decodable").text;
    let g = gongbao::parse(&text);
    (text, g)
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn reference_issue_header_colophon_and_toc() {
    let (_, g) = corpus("shanghai-gazette-2023-10.txt");
    let issue = g.issue.as_ref().expect("an issue");
    assert_eq!(issue.gazette, "上海市人民政府公报");
    assert_eq!((issue.year, issue.number, issue.cumulative_number), (Some(2023), Some(10), Some(538)));
    assert_eq!(issue.published, date(2023, 5, 20));
    let c = g.colophon.as_ref().expect("a colophon");
    assert_eq!(c.published, date(2023, 5, 20));
    assert_eq!(c.supervisor.as_deref(), Some("上海市人民政府办公厅"));
    assert_eq!(c.sponsor.as_deref(), Some("上海市人民政府办公厅"));
    assert_eq!(c.printer.as_deref(), Some("上海市人民政府办公厅文印中心"));
    assert_eq!(c.website.as_deref(), Some("www.shanghai.gov.cn"));
    assert_eq!(c.price.as_deref(), Some("免费赠阅"));
    assert_eq!(c.serial.as_deref(), Some("CN31-1854/D"));

    assert_eq!(g.toc.len(), 12);
    let sections: Vec<&str> = g.toc.iter().filter_map(|e| e.section.as_deref()).collect();
    assert_eq!(sections.iter().filter(|s| **s == "市政府办公厅文件").count(), 8);
    assert_eq!(sections.iter().filter(|s| **s == "政策解读").count(), 4);
    let pages: Vec<Option<u32>> = g.toc.iter().map(|e| e.page).collect();
    let expected: Vec<Option<u32>> = [3, 3, 6, 6, 10, 10, 14, 14, 18, 20, 21, 22].into_iter().map(Some).collect();
    assert_eq!(pages, expected);
    let docs: Vec<Option<&str>> = g.toc.iter().map(|e| e.document.as_deref()).collect();
    assert_eq!(
        docs,
        ["d1", "d1.1", "d2", "d2.1", "d3", "d3.1", "d4", "d4.1", "d5", "d6", "d7", "d8"].map(Some).to_vec()
    );
    assert_eq!(g.toc[1].title, "关于新时期强化投资促进加快建设现代化产业体系的政策措施");
    assert_eq!(g.toc[1].level, 1);
}

#[test]
fn reference_issue_notices_and_their_policies() {
    let (_, g) = corpus("shanghai-gazette-2023-10.txt");
    assert_eq!(g.documents.len(), 8);
    let notices: Vec<&Document> = g.documents.iter().filter(|d| d.kind == DocKind::Notice).collect();
    assert_eq!(notices.len(), 4);
    let expected = [
        (
            "上海市人民政府办公厅印发《关于新时期强化投资促进加快建设现代化产业体系的政策措施》的通知",
            date(2023, 4, 18),
            "沪府办规〔2023〕12号",
            "关于新时期强化投资促进加快建设现代化产业体系的政策措施",
            "措施",
        ),
        (
            "上海市人民政府办公厅关于印发《上海市加强入河入海排污口监督管理工作方案》的通知",
            date(2023, 4, 13),
            "沪府办发〔2023〕6号",
            "上海市加强入河入海排污口监督管理工作方案",
            "方案",
        ),
        (
            "上海市人民政府办公厅关于印发《进一步提升本市社区卫生服务能力的实施方案》的通知",
            date(2023, 4, 20),
            "沪府办发〔2023〕7号",
            "进一步提升本市社区卫生服务能力的实施方案",
            "方案",
        ),
        (
            "上海市人民政府办公厅关于印发《2023年上海市政务公开工作要点》的通知",
            date(2023, 3, 31),
            "沪府办字〔2023〕5号",
            "2023年上海市政务公开工作要点",
            "要点",
        ),
    ];
    for (n, (title, d, num, policy, genre)) in notices.iter().zip(expected) {
        assert_eq!(n.title, title);
        assert_eq!(n.genre.as_deref(), Some("通知"));
        assert_eq!(n.date, d, "{title}");
        assert_eq!(number(n).as_deref(), Some(num));
        assert_eq!(n.section.as_deref(), Some("市政府办公厅文件"));
        assert_eq!(n.attachments.len(), 1, "{title}");
        let a = &n.attachments[0];
        assert_eq!(a.date, None, "the policy's date is its notice's");
        assert_eq!((a.kind, a.title.as_str(), a.genre.as_deref()), (DocKind::Attachment, policy, Some(genre)));
    }
    // 本政策措施自2023年4月20日起实施,有效期至2028年4月19日。
    let v = notices[0].attachments[0].validity.expect("a validity clause");
    assert_eq!((v.from, v.to), (date(2023, 4, 20), date(2028, 4, 19)));
    assert!(notices[1..].iter().all(|n| n.attachments[0].validity.is_none()));
    assert_eq!(notices[0].addressees, ["各区人民政府", "市政府各委、办、局", "各有关单位"]);
    assert_eq!(notices[2].addressees, ["各区人民政府", "市政府各委、办、局", "各相关单位"]);
    assert_eq!(notices[3].addressees, ["各区人民政府", "市政府各委、办、局"]);
}

#[test]
fn reference_issue_clause_trees() {
    let (_, g) = corpus("shanghai-gazette-2023-10.txt");
    // Policy 1: 一、二、三 with items 1–24 running on across them.
    let p1 = &g.documents[0].attachments[0];
    let tops: Vec<(&str, Option<&str>)> = p1.clauses.iter().map(|c| (c.marker.as_str(), c.title.as_deref())).collect();
    assert_eq!(
        tops,
        [
            ("一、", Some("推出招商引资政策新工具")),
            ("二、", Some("强化重点产业招商新优势")),
            ("三、", Some("构建招商引资新机制"))
        ]
    );
    let items: Vec<u32> = p1.clauses().filter(|c| c.style == MarkerStyle::Arabic).filter_map(|c| c.number).collect();
    assert_eq!(items, (1..=24).collect::<Vec<u32>>());
    let first_item = &p1.clauses[0].children[0].children[0];
    assert_eq!(first_item.marker, "1.");
    assert_eq!(first_item.title.as_deref(), Some("支持引进高端产业项目"));
    assert!(first_item.text().starts_with("围绕制造业高端化、智能化、绿色化发展"));
    // Item 5 is split by a page break and joined.
    let item5 = p1.clauses().find(|c| c.marker == "5.").expect("item 5");
    assert!(item5.text().contains("对符合条件的融资租赁项目"), "{}", item5.text());
    assert_eq!(item5.responsibilities.len(), 1);
    // Policy 4: （一）…（三十四） across nine parts.
    let p4 = &g.documents[3].attachments[0];
    assert_eq!(p4.clauses.len(), 9);
    let numbers: Vec<u32> =
        p4.clauses().filter(|c| c.style == MarkerStyle::ParenChinese).filter_map(|c| c.number).collect();
    assert_eq!(numbers, (1..=34).collect::<Vec<u32>>());
    // Policy 3: a —— goal list under 一、.
    let p3 = &g.documents[2].attachments[0];
    let dashes: Vec<&Clause> = p3.clauses[0].children.iter().filter(|c| c.style == MarkerStyle::Dash).collect();
    assert_eq!(dashes.len(), 4);
    assert_eq!(dashes[0].title.as_deref(), Some("服务网络布局更加完善"));
    assert!(dashes[0].text().starts_with("到2025年"), "{}", dashes[0].text());
}

#[test]
fn reference_issue_responsibilities() {
    let (_, g) = corpus("shanghai-gazette-2023-10.txt");
    let per_policy: Vec<usize> = g
        .documents
        .iter()
        .flat_map(|d| &d.attachments)
        .map(|a| a.clauses().map(|c| c.responsibilities.len()).sum())
        .collect();
    assert_eq!(per_policy, [24, 17, 20, 0]);
    let p1 = &g.documents[0].attachments[0];
    let first = &p1.clauses[0].children[0].children[0].responsibilities[0];
    assert_eq!(first.label.as_deref(), Some("责任单位"));
    assert_eq!(first.units, ["市经济信息化委", "市发展改革委", "市财政局", "各区政府", "有关管委会"]);
    // Half-width marks: (责任单位:…) closing item 6.
    let item6 = p1.clauses().find(|c| c.marker == "6.").expect("item 6");
    assert_eq!(item6.responsibilities[0].units, ["市经济信息化委", "市发展改革委", "各区政府", "有关管委会"]);
    // The list split by a page break: 市精神文明 / 办.
    let p3 = &g.documents[2].attachments[0];
    let split = p3
        .clauses()
        .flat_map(|c| &c.clause.responsibilities)
        .find(|r| r.units.iter().any(|u| u == "市精神文明办"))
        .expect("the list split by a page break");
    assert_eq!(split.label.as_deref(), Some("责任部门、单位"));
    assert_eq!(split.units, ["各区政府", "市委宣传部", "市精神文明办", "市卫生健康委"]);
    // A unit with a second name.
    let first_of_p3 = &p3.clauses[2].children[0].responsibilities[0];
    assert_eq!(first_of_p3.units, ["各区政府", "市卫生健康委(市中医药管理局)", "申康医院发展中心", "市经济信息化委"]);
}

#[test]
fn reference_issue_interpretations_and_citations() {
    let (_, g) = corpus("shanghai-gazette-2023-10.txt");
    let links: Vec<(&str, Option<&str>)> = g
        .documents
        .iter()
        .filter(|d| d.kind == DocKind::Interpretation)
        .map(|d| (d.id.as_str(), d.interprets.as_deref()))
        .collect();
    assert_eq!(links, [("d5", Some("d1.1")), ("d6", Some("d2.1")), ("d7", Some("d3.1")), ("d8", Some("d4.1"))]);
    assert!(
        g.documents
            .iter()
            .filter(|d| d.kind == DocKind::Interpretation)
            .all(|d| d.section.as_deref() == Some("政策解读"))
    );
    let cited = g
        .citations
        .iter()
        .find(|c| c.doc_number.as_ref().map(|n| n.to_string()).as_deref() == Some("国办函〔2022〕17号"))
        .expect("the cited 国办函〔2022〕17号");
    assert_eq!(cited.title.as_deref(), Some("国务院办公厅关于加强入河入海排污口监督管理工作的实施意见"));
    assert_eq!(cited.document, None);
}

#[test]
fn state_council_notices() {
    let cases = [
        (
            "govcn-guofa-2019-4-zhiye-jiaoyu-fangan.txt",
            "国务院关于印发国家职业教育改革实施方案的通知",
            "国发〔2019〕4号",
            date(2019, 1, 24),
            "国务院",
            "国家职业教育改革实施方案",
            7,
        ),
        (
            "govcn-guobanfa-2018-128-wufei-chengshi.txt",
            "国务院办公厅关于印发“无废城市”建设试点工作方案的通知",
            "国办发〔2018〕128号",
            date(2018, 12, 29),
            "国务院办公厅",
            "“无废城市”建设试点工作方案",
            4,
        ),
    ];
    for (file, title, num, d, issuer, policy, tops) in cases {
        let (_, g) = corpus(file);
        assert!(g.issue.is_none());
        assert_eq!(g.documents.len(), 1);
        let n = &g.documents[0];
        assert_eq!((n.kind, n.title.as_str()), (DocKind::Notice, title));
        assert_eq!(number(n).as_deref(), Some(num));
        assert_eq!(n.date, d);
        assert_eq!(n.issuer.as_deref(), Some(issuer));
        assert_eq!(n.addressees, ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]);
        assert_eq!(n.attachments.len(), 1);
        assert_eq!(n.attachments[0].title, policy);
        assert_eq!(n.attachments[0].clauses.len(), tops, "{file}");
    }
}

#[test]
fn state_council_opinion_with_unlabelled_units() {
    let (_, g) = corpus("govcn-guobanfa-2018-129-xiaofei-fupin-yijian.txt");
    let d = &g.documents[0];
    assert_eq!((d.kind, d.genre.as_deref()), (DocKind::Other, Some("意见")));
    assert_eq!(d.title, "国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见");
    assert_eq!(number(d).as_deref(), Some("国办发〔2018〕129号"));
    assert_eq!(d.date, date(2018, 12, 30));
    assert_eq!(d.clauses.len(), 6);
    let lists: Vec<_> = d.clauses().flat_map(|c| &c.clause.responsibilities).collect();
    assert_eq!(lists.len(), 17);
    assert_eq!(lists[1].units, ["扶贫办", "发展改革委", "人力资源社会保障部", "商务部", "各有关省级人民政府"]);
}

#[test]
fn decree_and_the_regulation_it_promulgates() {
    let (_, g) = corpus("govcn-guoling-707-geshui-shishi-tiaoli.txt");
    assert_eq!(g.documents.len(), 1);
    let d = &g.documents[0];
    assert_eq!((d.kind, d.title.as_str()), (DocKind::Regulation, "中华人民共和国个人所得税法实施条例"));
    assert_eq!(number(d).as_deref(), Some("中华人民共和国国务院令第707号"));
    assert_eq!(d.date, date(2018, 12, 18));
    assert_eq!(d.genre.as_deref(), Some("条例"));
    // 自2019年1月1日起施行.
    assert_eq!(d.validity.map(|v| (v.from, v.to)), Some((date(2019, 1, 1), None)));
    let articles: Vec<u32> =
        d.clauses.iter().filter(|c| c.style == MarkerStyle::Article).filter_map(|c| c.number).collect();
    assert_eq!(articles, (1..=36).collect::<Vec<u32>>());
    // 第六条 has two 款; the first introduces nine items, and (五) has
    // items 1.–4. under it.
    let art6 = &d.clauses[5];
    assert_eq!(art6.children.len(), 2);
    assert_eq!(art6.children[0].children.len(), 9);
    assert_eq!(art6.children[0].children[4].children.len(), 4);
}

#[test]
fn laws_with_chapters_sections_and_a_table_of_contents() {
    let (_, g) = corpus("npc-geren-xinxi-baohu-fa-2021-flk.txt");
    let d = &g.documents[0];
    assert_eq!((d.kind, d.title.as_str()), (DocKind::Regulation, "中华人民共和国个人信息保护法"));
    assert_eq!(d.date, date(2021, 8, 20));
    // 第七十四条　本法自2021年11月1日起施行。
    assert_eq!(d.validity.map(|v| (v.from, v.to)), Some((date(2021, 11, 1), None)));
    let chapters: Vec<(&str, Option<&str>)> =
        d.clauses.iter().map(|c| (c.marker.as_str(), c.title.as_deref())).collect();
    assert_eq!(chapters.len(), 8);
    assert_eq!(chapters[0], ("第一章", Some("总则")));
    assert_eq!(chapters[7], ("第八章", Some("附则")));
    let sections: Vec<&str> = d.clauses[1].children.iter().map(|c| c.marker.as_str()).collect();
    assert_eq!(sections, ["第一节", "第二节", "第三节"]);
    let articles = d.clauses().filter(|c| c.style == MarkerStyle::Article).count();
    assert_eq!(articles, 74);
    // 第十三条: a 款 with seven items, then a second 款.
    let art13 = d.clauses().find(|c| c.marker == "第十三条").expect("article 13");
    assert_eq!(art13.children.len(), 2);
    assert_eq!(art13.children[0].children.len(), 7);
    assert!(art13.children[1].text().starts_with("依照本法其他有关规定，处理个人信息应当取得个人同意"));

    let (_, g) = corpus("lawrefbook-shanghai-youhua-yingshang-huanjing-tiaoli-2024.md.txt");
    let d = &g.documents[0];
    assert_eq!((d.kind, d.title.as_str()), (DocKind::Regulation, "上海市优化营商环境条例"));
    assert_eq!(d.date, date(2024, 9, 27));
    // 第九十七条 本条例自2020年4月10日起施行。
    assert_eq!(d.validity.map(|v| (v.from, v.to)), Some((date(2020, 4, 10), None)));
    assert_eq!(d.clauses.len(), 8);
    assert_eq!(d.clauses[0].title.as_deref(), Some("总则"));

    let (_, g) = corpus("lawrefbook-samr-ling-56-mingma-biaojia.md.txt");
    let d = &g.documents[0];
    assert_eq!((d.kind, d.title.as_str()), (DocKind::Regulation, "明码标价和禁止价格欺诈规定"));
    assert_eq!(number(d).as_deref(), Some("国家市场监督管理总局令第56号"));
    assert_eq!(d.date, date(2022, 4, 14));
    // 2022年7月1日 施行
    assert_eq!(d.validity.map(|v| (v.from, v.to)), Some((date(2022, 7, 1), None)));
    assert_eq!(d.clauses.len(), 27);
}

#[test]
fn pdf_text_with_page_numbers_and_broken_lines() {
    let (_, g) = corpus("nhc-zhenliao-fangan-v10-2023.pdflayout.txt");
    let d = &g.documents[0];
    assert_eq!(d.title, "新型冠状病毒感染诊疗方案（试行第十版）");
    assert_eq!(d.genre.as_deref(), Some("方案"));
    assert_eq!(d.clauses.len(), 14);
    assert_eq!(d.clauses[0].title.as_deref(), Some("病原学特点"));
    // 一、病原学特点 runs over page 1 into page 2: one clause, its text
    // without the page number.
    assert!(
        d.clauses[0].text().contains("新冠病毒在人群中流行和传播过程中基因频繁发生突变"),
        "{}",
        d.clauses[0].text()
    );
    // The text has 30 page numbers (1–30), each on a line of its own: a
    // leaf of its own, or inside a paragraph joined across it.
    let mut pages: Vec<u32> = g
        .blocks
        .iter()
        .filter(|b| b.role == gongbao::model::Role::PageFurniture)
        .filter_map(|b| b.text.parse().ok())
        .collect();
    for diag in g.diagnostics.iter().filter(|d| d.code == DiagnosticCode::JoinedPageBreak) {
        if let Some(n) = diag.message.rsplit(' ').next().and_then(|n| n.parse().ok()) {
            pages.push(n);
        }
    }
    pages.sort_unstable();
    assert_eq!(pages, (1..=30).collect::<Vec<u32>>());
}
