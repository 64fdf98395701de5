//! The structure of documents as PDF extraction gives them (pdftotext raw
//! and -layout), on the corpus texts: a joint 发文机关标志 over several
//! lines, a spaced 发文字号, addressees wrapped over lines, joint issuers
//! signing one under the other, numbered and nested 附件 labels and a
//! wrapped 附件说明; signature lines with a seal note (代章) or joint
//! issuers on one line; the 版记 after an issued policy, clause headings
//! and unit lists across page breaks, and the glyphs a Founder font
//! misreads.

use chrono::NaiveDate;
use gongbao::model::{Document, Gazette, Role};

#[track_caller]
fn corpus(name: &str) -> Gazette {
    let bytes = std::fs::read(format!("corpus/{name}")).expect("corpus text");
    gongbao::parse_bytes(&bytes).expect("decodable").gazette
}

fn texts(d: &Document, role: Role) -> Vec<&str> {
    d.blocks.iter().filter(|b| b.role == role).map(|b| b.text.as_str()).collect()
}

/// 发改办财金规〔2019〕860号, raw and -layout: every header field is read
/// through the PDF's line structure.
#[test]
fn joint_notice_from_pdf_raw_and_layout() {
    for (name, masthead) in [
        (
            "govdoc-cn-fagaibancaijingui-2019-860-geshui-xinyong.pdfraw.txt",
            vec!["发展改革委办公厅", "税务总局办公厅", "文件"],
        ),
        (
            "govdoc-cn-fagaibancaijingui-2019-860-geshui-xinyong.pdflayout.txt",
            vec!["发展改革委办公厅", "税务总局办公厅文件"],
        ),
    ] {
        let g = corpus(name);
        assert_eq!(g.documents.len(), 1, "{name}");
        let d = &g.documents[0];
        assert_eq!(texts(d, Role::Masthead), masthead, "{name}");
        assert_eq!(d.title, "关于加强个人所得税纳税信用建设的通知", "{name}");
        assert_eq!(d.doc_number.as_ref().map(|n| n.to_string()).as_deref(), Some("发改办财金规〔2019〕860号"));
        assert_eq!(
            d.addressees,
            [
                "各省、自治区、直辖市、新疆生产建设兵团社会信用体系建设牵头部门",
                "国家税务总局各省、自治区、直辖市和计划单列市税务局",
                "社会信用体系建设部际联席会议成员单位办公厅（室）"
            ],
            "{name}"
        );
        assert_eq!(d.issuer.as_deref(), Some("国家发展改革委办公厅、税务总局办公厅"), "{name}");
        assert_eq!(texts(d, Role::Signature), ["国家发展改革委办公厅", "税务总局办公厅"], "{name}");
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2019, 8, 20), "{name}");
        // The last clause keeps its text: a heading marker's paragraph is no
        // closing, though it charges 各地区、各部门.
        let last = d.clauses.last().and_then(|c| c.children.last()).expect("（二）");
        assert!(last.text().starts_with("各地区、各部门要充分利用报纸"), "{name}");
        assert!(texts(d, Role::Closing).is_empty(), "{name}");
        let markers: Vec<&str> = d.clauses.iter().map(|c| c.marker.as_str()).collect();
        assert_eq!(markers, ["一、", "二、", "三、", "四、", "五、"], "{name}");
    }
}

/// The same notice cut below its masthead and number, as a notice printed
/// without them: the numbers it cites, broken across lines by the
/// extraction (（国发〔2016〕33 号）、 on a line of its own), stay
/// citations and none becomes its number; its addressees still stand under
/// the title.
#[test]
fn notice_without_its_number_takes_none_of_the_cited_ones() {
    for (name, cut) in [
        ("govdoc-cn-fagaibancaijingui-2019-860-geshui-xinyong.pdfraw.txt", "关于加强"),
        ("govdoc-cn-fagaibancaijingui-2019-860-geshui-xinyong.pdflayout.txt", "  关于加强"),
    ] {
        let text = std::fs::read_to_string(format!("corpus/{name}")).expect("corpus text");
        let at = text.find(cut).expect("the title");
        let g = gongbao::parse(&text[at..]);
        assert_eq!(g.documents.len(), 1, "{name}");
        let d = &g.documents[0];
        assert_eq!(d.title, "关于加强个人所得税纳税信用建设的通知", "{name}");
        assert_eq!(d.doc_number, None, "{name}");
        assert_eq!(d.addressees.len(), 3, "{name}");
        let cited: Vec<String> =
            g.citations.iter().filter_map(|c| c.doc_number.as_ref().map(|n| n.to_string())).collect();
        assert_eq!(cited, ["国发〔2018〕41号", "国发〔2014〕21号", "国发〔2016〕33号", "国办发〔2019〕35号"], "{name}");
    }
}

/// Spaces and line breaks that PDF extraction leaves inside a number: the
/// number reads the same, and the canonical form has none.
#[test]
fn document_numbers_spaced_or_broken_by_extraction() {
    for s in ["穗府办〔2022〕71 号", "穗府办〔 2022 〕 71号", "穗府办 〔 2022 〕 71 号"] {
        assert_eq!(gongbao::docnum::parse(s).map(|n| n.to_string()).ok().as_deref(), Some("穗府办〔2022〕71号"), "{s}");
    }
    // A cited number broken after its year, as in the raw text of the
    // 防控方案 (（联防联控机制综发〔2020〕 / 255 号）).
    let text = "要求执行（联防联控机制综发〔2020〕\n255 号）要求执行。";
    let found = gongbao::docnum::find_doc_numbers(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].number.to_string(), "联防联控机制综发〔2020〕255号");
    assert!(found[0].cited);
}

/// 刑法 第一编 总则, raw and -layout: raw order reads a chapter's, a
/// section's and an article's markers first and their headings after
/// (第二章/第一节/第十三条, then 犯罪/犯罪和刑事责任); each heading goes to its
/// marker, and both extractions give the same headings.
#[test]
fn headings_read_after_their_markers_in_raw_pdf_text() {
    for name in [
        "laosheng-xingfa-2020-diyibian-zongze-p3-14.pdfraw.txt",
        "laosheng-xingfa-2020-diyibian-zongze-p3-14.pdflayout.txt",
    ] {
        let g = corpus(name);
        let part = &g.documents[0].clauses[0];
        assert_eq!((part.marker.as_str(), part.title.as_deref()), ("第一编", Some("总则")), "{name}");
        let chapters: Vec<_> = part.children.iter().map(|c| c.title.as_deref().unwrap_or("")).collect();
        assert_eq!(
            chapters,
            ["刑法的任务、基本原则和适用范围", "犯罪", "刑罚", "刑罚的具体运用", "其他规定"],
            "{name}"
        );
        let crime = &part.children[1];
        let sections: Vec<_> = crime.children.iter().map(|c| c.title.as_deref().unwrap_or("")).collect();
        assert_eq!(sections, ["犯罪和刑事责任", "犯罪的预备、未遂和中止", "共同犯罪", "单位犯罪"], "{name}");
        let article = &crime.children[0].children[0];
        assert_eq!(article.marker, "第十三条", "{name}");
        assert!(article.text().starts_with("一切危害国家主权"), "{name}: {}", article.text());
    }
}

/// 刑法's 附则 and attachments, raw and -layout: 附件一 and 附件二 are
/// attachment labels, and the sentence under each (…予以废止：) opens an
/// untitled attachment instead of titling it.
#[test]
fn attachments_numbered_in_chinese_numerals_without_titles() {
    for name in
        ["laosheng-xingfa-2020-fuze-fujian-p70-71.pdfraw.txt", "laosheng-xingfa-2020-fuze-fujian-p70-71.pdflayout.txt"]
    {
        let g = corpus(name);
        let law = &g.documents[0];
        assert_eq!(texts(law, Role::AttachmentLabel), ["附件一", "附件二"], "{name}");
        let counts: Vec<_> = law.attachments.iter().map(|a| (a.title.as_str(), a.clauses.len())).collect();
        assert_eq!(counts, [("", 15), ("", 8)], "{name}");
        assert_eq!(law.attachments[1].clauses[0].title.as_deref(), Some("关于禁毒的决定"), "{name}");
        assert!(
            texts(&law.attachments[0], Role::Preamble)[0].starts_with("全国人民代表大会常务委员会制定的下列"),
            "{name}"
        );
    }
}

/// 杭政办函〔2025〕16号, raw and -layout: the issued 措施's title set on two
/// lines is one title, and the 版记 at the end (抄送 lines, the 印发 organ
/// and date, which raw order sets apart across the page number) signs
/// nothing: the 措施 has no 成文日期 and no issuer of its own.
#[test]
fn an_issued_policy_and_the_record_after_it() {
    for (name, record) in [
        (
            "hangzhou-hangzhengbanhan-2025-16-zuqiu-cuoshi.pdfraw.txt",
            vec![
                "抄送：市委各部门，市纪委，杭州警备区，市各群众团体。市人大常委会办公厅，市政协办公厅，市法院，市检察院。市各民主党派。",
                "杭州市人民政府办公厅",
                "2025年5月6日印发",
            ],
        ),
        (
            "hangzhou-hangzhengbanhan-2025-16-zuqiu-cuoshi.pdflayout.txt",
            vec![
                "抄送：市委各部门，市纪委，杭州警备区，市各群众团体。",
                "市人大常委会办公厅，市政协办公厅，市法院，市检察院。",
                "市各民主党派。",
                "杭州市人民政府办公厅2025年5月6日印发",
            ],
        ),
    ] {
        let g = corpus(name);
        let notice = &g.documents[0];
        assert_eq!(notice.date, NaiveDate::from_ymd_opt(2025, 4, 30), "{name}");
        let policy = &notice.attachments[0];
        assert_eq!(policy.title, "杭州市加快推进全国足球发展重点城市建设若干措施", "{name}");
        assert_eq!((policy.date, policy.issuer.as_deref()), (None, None), "{name}");
        assert_eq!(texts(policy, Role::Record), record, "{name}");
        // The unit list wrapped in square brackets across the last page
        // break stays in the last clause's paragraph.
        let last = &policy.clauses[9].children[1];
        assert!(last.text().ends_with("杭报集团，各区、县（市）政府]"), "{name}: {}", last.text());
    }
}

/// 杭政函〔2024〕16号, raw and -layout: a clause heading nearly as wide as
/// the line and ending in a bracketed note is whole, a unit list cut by a
/// page break is read whole, and 1.5 万亩 at a line start is no marker.
#[test]
fn city_policy_headings_and_lists_across_pages() {
    for name in [
        "hangzhou-hangzhenghan-2024-16-jingji-zhengce.pdfraw.txt",
        "hangzhou-hangzhenghan-2024-16-jingji-zhengce.pdflayout.txt",
    ] {
        let g = corpus(name);
        let policy = &g.documents[0].attachments[0];
        let third = &policy.clauses[2];
        assert_eq!(third.title.as_deref(), Some("五大产业生态圈建设培育政策（由市经信局牵头实施）"), "{name}");
        assert!(third.text().starts_with("立足新发展阶段"), "{name}");
        let list = &policy.clauses[3].children[1].responsibilities[0];
        assert_eq!(list.units, ["市发改委", "市商务局", "市财政局"], "{name}");
        assert!(policy.clauses[2].children[4].children.is_empty(), "{name}");
    }
}

/// 川办规〔2025〕6号, raw and -layout: a Founder-typeset PDF whose font gives
/// ꎬ ꎮ for ，。 and « » for 《》, and spaces half-width brackets from their
/// numeral (( 一)).
#[test]
fn founder_glyphs_guillemets_and_spaced_markers() {
    for name in [
        "sichuan-chuanbangui-2025-6-chuangye-jiuye-cuoshi.pdfraw.txt",
        "sichuan-chuanbangui-2025-6-chuangye-jiuye-cuoshi.pdflayout.txt",
    ] {
        let g = corpus(name);
        assert_eq!(g.documents.len(), 1, "{name}");
        let notice = &g.documents[0];
        assert_eq!(
            notice.addressees,
            ["各市( 州) 、县( 市、区) 人民政府", "省政府各部门、各直属机构", "有关单位"],
            "{name}"
        );
        assert_eq!(notice.date, NaiveDate::from_ymd_opt(2025, 4, 30), "{name}");
        assert_eq!(notice.issuer.as_deref(), Some("四川省人民政府办公厅"), "{name}");
        let policy = &notice.attachments[0];
        assert_eq!(policy.title, "支持创业带动就业的若干政策措施", "{name}");
        let markers: Vec<&str> = policy.clauses.iter().flat_map(|c| &c.children).map(|c| c.marker.as_str()).collect();
        assert_eq!(markers.len(), 15, "{name}");
        assert_eq!((markers[0], markers[14]), ("(一)", "(十五)"), "{name}");
        let list = &policy.clauses[0].children[1].responsibilities[0];
        assert_eq!(list.units, ["财政厅", "人力资源社会保障厅", "人民银行四川省分行"], "{name}");
    }
}
