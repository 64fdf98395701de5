//! The structure of documents as PDF extraction gives them (pdftotext raw
//! and -layout), on the corpus texts: a joint 发文机关标志 over several
//! lines, a spaced 发文字号, addressees wrapped over lines, joint issuers
//! signing one under the other, numbered and nested 附件 labels and a
//! wrapped 附件说明; and signature lines with a seal note (代章) or joint
//! issuers on one line.

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
        assert!(last.text.starts_with("各地区、各部门要充分利用报纸"), "{name}");
        assert!(texts(d, Role::Closing).is_empty(), "{name}");
        let markers: Vec<&str> = d.clauses.iter().map(|c| c.marker.as_str()).collect();
        assert_eq!(markers, ["一、", "二、", "三、", "四、", "五、"], "{name}");
    }
}

/// 新型冠状病毒肺炎防控方案（第八版）, -layout: the 附件说明 whose last item
/// wraps, 附件 1 and 附件 2 with a space, and the bare 附件 that 附件 2's own
/// 附件说明 announces, nested in 附件 2.
#[test]
fn attachments_numbered_wrapped_and_nested() {
    let g = corpus("nhc-fangkong-fangan-v8-2021-p1-32.pdflayout.txt");
    assert_eq!(g.documents.len(), 1);
    let d = &g.documents[0];
    assert_eq!(d.title, "新型冠状病毒肺炎防控方案（第八版）");
    let note = texts(d, Role::AttachmentNote);
    assert_eq!(note.len(), 13);
    assert_eq!(note[0], "附件：1.公民防疫基本行为准则");
    assert_eq!(note[12], "冠肺炎疫情防控技术指南");
    assert_eq!(d.clauses.len(), 9);
    assert!(d.clauses[8].children[4].children.is_empty(), "the note is no clause");
    let titles: Vec<&str> = d.attachments.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["公民防疫基本行为准则", "新冠肺炎监测方案"]);
    let inner = &d.attachments[1];
    assert_eq!(texts(inner, Role::AttachmentNote), ["附件：人群、物品和环境核酸检测汇总表"]);
    assert_eq!(inner.attachments.len(), 1);
    assert_eq!(inner.attachments[0].id, "d1.2.1");
    assert_eq!(inner.attachments[0].title, "人群、物品和环境核酸检测汇总表");
}

/// Attachments numbered under their parent (附件 3-1, 附件3-2-1), in the
/// shape of the same 方案's 附件 3 (pages 33–60 of the PDF, not in the
/// corpus): the labels of 附件 3's own attachments nest under it, and 附件 4
/// is the next attachment of the 方案.
#[test]
fn attachments_numbered_under_their_parent() {
    let text = "新型冠状病毒肺炎防控方案\n\n一、总体要求\n\n坚持预防为主。\n\n附件：3.新冠肺炎疫情流行病学调查指南\n\n4.密切接触者判定与管理指南\n\n附件 3\n\n新冠肺炎疫情流行病学调查指南\n\n一、调查目的\n\n掌握病例发病情况。\n\n附件：3-1.新冠肺炎病例个案调查表\n\n3-2.聚集性疫情流行病学调查指南\n\n附件 3-1\n\n新冠肺炎病例个案调查表\n\n病例编号\n\n附件 3-2\n\n聚集性疫情流行病学调查指南\n\n一、调查目的\n\n分析传播链。\n\n附件：3-2-1 聚集性疫情病例关键信息登记表\n\n附件 3-2-1\n\n聚集性疫情病例关键信息登记表\n\n序号\n\n附件 4\n\n密切接触者判定与管理指南\n\n一、判定原则\n\n及时判定。\n";
    let g = gongbao::parse(text);
    let d = &g.documents[0];
    let titles: Vec<&str> = d.attachments.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["新冠肺炎疫情流行病学调查指南", "密切接触者判定与管理指南"]);
    let three = &d.attachments[0];
    let inner: Vec<(&str, &str)> = three.attachments.iter().map(|a| (a.id.as_str(), a.title.as_str())).collect();
    assert_eq!(inner, [("d1.1.1", "新冠肺炎病例个案调查表"), ("d1.1.2", "聚集性疫情流行病学调查指南")]);
    assert_eq!(three.attachments[1].attachments[0].title, "聚集性疫情病例关键信息登记表");
    assert_eq!(texts(d, Role::AttachmentLabel), ["附件3", "附件4"]);
    assert_eq!(texts(three, Role::AttachmentLabel), ["附件3-1", "附件3-2"]);
}

/// A signing organ followed by a seal note on a line of its own, and joint
/// issuers on one line, in the shape of ministries' joint notices (环境保护部
/// 办公厅 / 最高人民检察院办公厅 / （环境保护部办公厅代章）).
#[test]
fn signatures_with_a_seal_note_and_joint_issuers_on_one_line() {
    let text = "关于加强协作的通知\n\n环办〔2016〕1号\n\n各省、自治区、直辖市环境保护厅（局）：\n\n一、加强协作\n\n请认真执行。\n\n环境保护部办公厅\n\n最高人民检察院办公厅\n\n（环境保护部办公厅代章）\n\n2016年1月5日\n";
    let d = &gongbao::parse(text).documents[0];
    assert_eq!(d.issuer.as_deref(), Some("环境保护部办公厅、最高人民检察院办公厅"));
    assert_eq!(texts(d, Role::Signature), ["环境保护部办公厅", "最高人民检察院办公厅", "（环境保护部办公厅代章）"]);
    assert_eq!(d.date, NaiveDate::from_ymd_opt(2016, 1, 5));

    let text = "关于加强协作的通知\n\n环办〔2016〕1号\n\n各省、自治区、直辖市环境保护厅（局）：\n\n一、加强协作\n\n请认真执行。\n\n环境保护部办公厅　　最高人民检察院办公厅\n\n2016年1月5日\n";
    let d = &gongbao::parse(text).documents[0];
    assert_eq!(d.issuer.as_deref(), Some("环境保护部办公厅、最高人民检察院办公厅"));

    let text = "关于加强协作的通知\n\n环办〔2016〕1号\n\n各省、自治区、直辖市环境保护厅（局）：\n\n一、加强协作\n\n请认真执行。\n\n环境保护部办公厅（代章）\n\n2016年1月5日\n";
    let d = &gongbao::parse(text).documents[0];
    assert_eq!(d.issuer.as_deref(), Some("环境保护部办公厅"));
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

/// 附件 4 of the same 方案 as a text of its own, raw and -layout: the
/// document is the attachment its label opens (附件 4 above its title), and
/// 附件 4-1 and 附件 4-2 (indented in -layout) are its own attachments.
#[test]
fn attachment_published_alone_opens_with_its_label() {
    for name in [
        "nhc-fangkong-fangan-v8-2021-fujian4-miqie.pdflayout.txt",
        "nhc-fangkong-fangan-v8-2021-fujian4-miqie.pdfraw.txt",
    ] {
        let g = corpus(name);
        assert_eq!(g.documents.len(), 1, "{name}");
        let d = &g.documents[0];
        assert_eq!(d.title, "密切接触者判定与管理指南", "{name}");
        assert_eq!(texts(d, Role::AttachmentLabel), ["附件4", "附件4-1", "附件4-2"], "{name}");
        assert_eq!(
            texts(d, Role::AttachmentNote),
            ["附件：4-1.交通工具密切接触者判定指引", "4-2.密切接触者医学登记与汇总表"]
        );
        let markers: Vec<&str> = d.clauses.iter().map(|c| c.marker.as_str()).collect();
        assert_eq!(markers, ["一、", "二、"], "{name}");
        assert_eq!(d.attachments.len(), 2, "{name}");
        assert_eq!(d.attachments[0].title, "交通工具密切接触者判定指引", "{name}");
        assert_eq!(d.attachments[0].clauses.len(), 4, "{name}");
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
