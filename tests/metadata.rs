//! Web pages saved as text and database exports (corpus texts of both
//! shapes): the metadata box or export header and the site's furniture
//! around a document never become documents, addressees or titles, and the
//! box gives the document's number and date where its text does not.
//! Values were read off the corpus files.

use chrono::NaiveDate;
#[path = "support/tree.rs"]
mod tree;
use tree::number;

use gongbao::model::{DocKind, Document, Gazette, Role};

#[track_caller]
fn corpus(name: &str) -> Gazette {
    let bytes = std::fs::read(format!("corpus/{name}")).expect("corpus text");
    gongbao::parse_bytes(&bytes).expect("decodable").gazette
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[track_caller]
fn only_document(g: &Gazette) -> &Document {
    assert_eq!(g.documents.len(), 1, "one document: {:?}", g.documents.iter().map(|d| &d.title).collect::<Vec<_>>());
    &g.documents[0]
}

fn roles(d: &Document, role: Role) -> Vec<&str> {
    d.blocks.iter().filter(|b| b.role == role).map(|b| b.text.as_str()).collect()
}

#[test]
fn a_gov_cn_box_saved_one_cell_per_line_is_the_documents_metadata() {
    let g = corpus("govcn-page-guobanhan-2004-36-harbin-dayunhui-fuhan.txt");
    let d = only_document(&g);
    // The title as printed over three lines under the box.
    assert_eq!(d.title, "国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函");
    assert_eq!(roles(d, Role::Title).len(), 3);
    assert_eq!(number(d).as_deref(), Some("国办函〔2004〕36号"));
    assert_eq!(d.addressees, ["黑龙江省人民政府", "教育部、外交部、财政部、体育总局"]);
    // The text's own date (signed 二〇〇四年四月二十七日) stands; the box
    // prints another 成文日期, kept in the metadata.
    assert_eq!(d.date, date(2004, 4, 27));
    let m = d.metadata.as_ref().expect("the box");
    assert_eq!(m.written, date(2004, 4, 17));
    assert_eq!(m.published, date(2018, 12, 24));
    assert_eq!(m.index_number.as_deref(), Some("000014349/2004-00206"));
    assert_eq!(m.issuer.as_deref(), Some("国务院办公厅"));
    assert_eq!(m.title.as_deref(), Some(d.title.as_str()));
    let labels: Vec<&str> = m.fields.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期", "主题词"]);
    assert_eq!(m.fields[7].value, "体育\u{3000}运动会\u{3000}函");
    // Label and value lines are the box's leaves; the QR-code line after
    // the signature is the site's furniture, not part of the signature.
    assert_eq!(roles(d, Role::Metadata).len(), 16);
    assert_eq!((d.issuer.as_deref(), roles(d, Role::Signature)), (Some("国务院办公厅"), vec!["国务院办公厅"]));
    let furniture: Vec<&str> =
        g.blocks.iter().filter(|b| b.role == Role::PageFurniture).map(|b| b.text.as_str()).collect();
    assert_eq!(furniture, ["扫一扫在手机打开当前页"]);
}

#[test]
fn a_box_copied_row_by_row_never_takes_the_title_for_an_empty_field() {
    // 主题词： is empty on the page; the line under the box is the first
    // line of the title, not its value.
    let g = corpus("govcn-page-guohan-2018-159-xiongan-guihua-pifu.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "国务院关于河北雄安新区总体规划（2018—2035年）的批复");
    assert_eq!(d.genre.as_deref(), Some("批复"));
    assert_eq!(number(d).as_deref(), Some("国函〔2018〕159号"));
    assert_eq!(d.date, date(2018, 12, 25));
    assert_eq!(d.clauses.len(), 14);
    let m = d.metadata.as_ref().expect("the box");
    let fields: Vec<(&str, &str)> = m.fields.iter().map(|f| (f.label.as_str(), f.value.as_str())).collect();
    assert_eq!(fields[0], ("索引号", "000014349/2018-00224"));
    assert_eq!(fields[3], ("成文日期", "2018年12月25日"));
    assert_eq!(fields.last(), Some(&("主题词", "")));
    // Four rows of two pairs and the 标题 and 主题词 rows: five lines.
    assert_eq!(roles(d, Role::Metadata).len(), 5);
}

#[test]
fn a_box_flattened_with_bars_numbers_a_text_that_prints_no_number() {
    let g = corpus("tongchuan-page-tongzhengfa-2020-33-guifanxing-wenjian-qingli.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "");
    assert_eq!(number(d).as_deref(), Some("铜政发〔2020〕33号"));
    assert_eq!(d.date, date(2020, 9, 28));
    assert_eq!(d.issuer.as_deref(), Some("铜川市人民政府"));
    let m = d.metadata.as_ref().expect("the box");
    assert_eq!(m.issuer.as_deref(), Some("铜川市人民政府办公室"));
    assert_eq!(m.published, date(2020, 9, 30));
    assert_eq!(m.status.as_deref(), Some("有效"));
    assert_eq!(m.fields.len(), 8);
    assert_eq!(m.fields[7].value, "市政府办公室 (市金融办)");
    // The text under the box opens with the 主送机关.
    assert_eq!(d.addressees, ["各区县人民政府", "市新区管委会", "市政府各工作部门、直属事业单位"]);
    assert!(g.blocks.is_empty());
    assert_eq!(d.clauses.iter().map(|c| c.marker.as_str()).collect::<Vec<_>>(), ["一、", "二、", "三、"]);
}

#[test]
fn a_bulleted_box_with_empty_fields_between_two_prints_of_the_title() {
    let g = corpus("zhenba-page-zhenzhengfa-2024-7-gongzuo-guize.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "镇巴县人民政府工作规则");
    assert_eq!(roles(d, Role::Title), ["镇巴县人民政府工作规则"]);
    // The text prints neither number nor date: the box gives both.
    assert_eq!(number(d).as_deref(), Some("镇政发〔2024〕7号"));
    assert_eq!(d.date, date(2024, 4, 6));
    let m = d.metadata.as_ref().expect("the box");
    let empty: Vec<&str> = m.fields.iter().filter(|f| f.value.is_empty()).map(|f| f.label.as_str()).collect();
    assert_eq!(empty, ["主题分类", "来源", "有效性", "内容概述"]);
    assert_eq!(m.index_number.as_deref(), Some("6107280000/2024-001005"));
    // The print above the box is metadata; 返回顶部 is furniture.
    assert_eq!(roles(d, Role::Metadata)[0], "镇巴县人民政府工作规则");
    assert!(g.blocks.iter().any(|b| b.role == Role::PageFurniture && b.text == "返回顶部"));
    assert_eq!(d.clauses.iter().map(|c| c.marker.as_str()).collect::<Vec<_>>(), ["第一章", "第二章"]);
}

#[test]
fn a_database_export_prints_the_title_three_times_with_the_issuer_between() {
    let g = corpus("falvziliao-export-weizhengbanfa-2012-75-hedui-banfa.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "威海市人民政府办公室关于印发威海市低收入家庭经济状况核对办法的通知");
    assert_eq!(roles(d, Role::Title).len(), 1);
    assert_eq!(roles(d, Role::Metadata).len(), 3);
    assert_eq!(d.issuer.as_deref(), Some("山东省威海市人民政府办公室"));
    assert_eq!(number(d).as_deref(), Some("威政办发〔2012〕75号"));
    // 二〇一二年九月二十七日 after the body, no organ line before it.
    assert_eq!(d.date, date(2012, 9, 27));
    assert_eq!(d.addressees.len(), 3);
    assert_eq!(d.attachments[0].title, "威海市低收入家庭经济状况核对办法");
    assert!(d.metadata.is_none());
    // The site's header lines stay out of every document.
    let furniture = g.blocks.iter().filter(|b| b.role == Role::PageFurniture).count();
    assert_eq!(furniture, 4);
}

#[test]
fn database_exports_from_national_and_provincial_organs() {
    let g = corpus("falvziliao-export-kegongfazi-2000-851-biaozhun-chengxu.txt");
    let d = only_document(&g);
    assert_eq!(number(d).as_deref(), Some("科工法字〔2000〕851号"));
    assert_eq!((d.date, d.issuer.as_deref()), (date(2000, 11, 13), Some("国防科学技术工业委员会")));
    assert_eq!(d.attachments[0].title, "国防科技工业标准制定工作程序(试行)");

    let g = corpus("falvziliao-export-hujianjian-2003-89-wenming-gongdi.txt");
    let d = only_document(&g);
    assert_eq!(number(d).as_deref(), Some("沪建建〔2003〕89号"));
    assert_eq!(d.date, date(2003, 2, 21));
    assert_eq!(roles(d, Role::Signature), ["上海市建设和管理委员会"]);

    // The page's own title line carries the number and the title in 《》.
    let g = corpus("0798ci-export-luzhengfa-2014-20-yusuan-yijian.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "山东省人民政府关于深化预算管理制度改革的实施意见");
    assert_eq!(roles(d, Role::Metadata), ["鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》"]);
    assert_eq!(number(d).as_deref(), Some("鲁政发〔2014〕20号"));
}

#[test]
fn texts_without_a_box_have_no_metadata() {
    let g = corpus("govcn-guobanfa-2018-128-wufei-chengshi.txt");
    assert!(g.documents().all(|d| d.metadata.is_none() && d.blocks.iter().all(|b| b.role != Role::Metadata)));
}

#[test]
fn an_export_dates_a_notice_by_its_date_alone_and_drops_the_download_link() {
    // 二○一一年十一月四日 closes the text with no organ line before it;
    // 下载地址: 点击此处下载 after it is the site's.
    let g = corpus("falvziliao-export-guojifanggai-2011-236-weixiu-zijin-buchong-tongzhi.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "关于中央国家机关住宅专项维修资金交存有关问题的补充通知");
    assert_eq!(number(d).as_deref(), Some("国机房改〔2011〕236号"));
    assert_eq!((d.date, d.issuer.as_deref()), (date(2011, 11, 4), Some("国务院机关事务管理局")));
    assert_eq!(d.addressees, ["中央国家机关各部门、各单位"]);
    assert_eq!(d.clauses.len(), 3);
    let last = g.blocks.last().expect("blocks");
    assert_eq!((last.role, last.text.as_str()), (Role::PageFurniture, "下载地址: 点击此处下载"));
}

#[test]
fn an_export_prints_a_decree_under_the_regulations_title_and_issuer() {
    let g = corpus("falvziliao-export-dongguan-ling-123-weixianyuan-banfa.txt");
    let d = only_document(&g);
    // The decree and the regulation it promulgates are one document.
    assert_eq!((d.kind, d.title.as_str()), (gongbao::model::DocKind::Regulation, "东莞市重大危险源安全监督管理办法"));
    assert_eq!(number(d).as_deref(), Some("东莞市人民政府令第123号"));
    assert_eq!(d.date, date(2012, 5, 30));
    assert_eq!((d.issuer.as_deref(), d.signatory.as_deref()), (Some("东莞市人民政府"), Some("市长 袁宝成")));
    assert_eq!(roles(d, Role::Metadata)[2], "广东省东莞市人民政府");
    assert_eq!(d.clauses[0].marker, "第一章");
}

#[test]
fn a_page_title_printed_again_with_the_organ_over_three_lines() {
    let g = corpus("guangan-page-guanganqu-fubanfa-2020-26-jingxihua-xize.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "广安市广安区人民政府办公室关于印发广安市广安区城市精细化管理实施细则的通知");
    assert_eq!(roles(d, Role::Title).len(), 3);
    assert_eq!((d.date, d.issuer.as_deref()), (date(2020, 10, 28), Some("广安市广安区人民政府办公室")));
    assert_eq!(d.attachments[0].title, "广安市广安区城市精细化管理实施细则");
    // The page prints the number broken (广安区府办发〔202026): no number.
    assert_eq!(d.doc_number, None);
}

/// A corpus text re-laid out as a database export gives the same document:
/// header lines made of the document's own number, date and issuer before
/// the title, the title printed twice (on one line, as exports join it),
/// and the number in brackets under it.
#[test]
fn a_corpus_notice_re_laid_out_as_a_database_export_reads_the_same() {
    let name = "govcn-guobanfa-2018-128-wufei-chengshi.txt";
    let text = std::fs::read_to_string(format!("corpus/{name}")).expect("corpus text");
    let plain = &gongbao::parse(&text).documents[0];
    let title = "国务院办公厅关于印发“无废城市”建设试点工作方案的通知";
    let printed = "国务院办公厅关于印发“无废城市”建设\n\n试点工作方案的通知\n\n国办发〔2018〕128号\n";
    assert!(text.starts_with(printed));
    let header = [
        title,
        "【法宝引证码】CLI.2.0",
        "发布部门：国务院办公厅",
        "发文字号：国办发〔2018〕128号",
        "发布日期：2018.12.29",
        "实施日期：2018.12.29",
        "时效性：现行有效",
        "效力级别：国务院规范性文件",
        title,
        "（国办发〔2018〕128号）",
    ]
    .join("\n");
    let export = format!("{header}\n{}", &text[printed.len()..]);
    let g = gongbao::parse(&export);
    let d = only_document(&g);
    assert_eq!((d.title.as_str(), plain.title.as_str()), (title, title));
    assert_eq!((number(d), d.date, d.issuer.as_deref()), (number(plain), plain.date, plain.issuer.as_deref()));
    assert_eq!(d.addressees, plain.addressees);
    let attached = |d: &Document| d.attachments.iter().map(|a| a.title.clone()).collect::<Vec<_>>();
    assert_eq!(attached(d), attached(plain));
    let markers = |d: &Document| d.clauses().map(|c| c.marker.clone()).collect::<Vec<_>>();
    assert_eq!(markers(&d.attachments[0]), markers(&plain.attachments[0]));
    let m = d.metadata.as_ref().expect("the export's header");
    assert_eq!((m.citation_code.as_deref(), m.status.as_deref()), (Some("CLI.2.0"), Some("现行有效")));
    assert_eq!((m.published, m.effective), (date(2018, 12, 29), date(2018, 12, 29)));
    assert_eq!(roles(d, Role::Metadata).len(), 8);
}

/// Pages saved one after another in one file: each box starts a document.
#[test]
fn saved_pages_one_after_another_are_one_document_each() {
    let names = [
        "govcn-page-guobanhan-2004-36-harbin-dayunhui-fuhan.txt",
        "govcn-page-guohan-2018-159-xiongan-guihua-pifu.txt",
        "tongchuan-page-tongzhengfa-2020-33-guifanxing-wenjian-qingli.txt",
    ];
    let texts: Vec<String> =
        names.iter().map(|n| std::fs::read_to_string(format!("corpus/{n}")).expect("corpus text")).collect();
    let g = gongbao::parse(&texts.concat());
    let got: Vec<(Option<String>, Option<NaiveDate>)> = g.documents.iter().map(|d| (number(d), d.date)).collect();
    let want: Vec<(Option<String>, Option<NaiveDate>)> = texts
        .iter()
        .map(|t| {
            let d = only_document(&gongbao::parse(t)).clone();
            (number(&d), d.date)
        })
        .collect();
    assert_eq!(got, want);
    assert!(g.documents.iter().all(|d| d.metadata.is_some()));
}

#[test]
fn a_markdown_box_of_bold_labels_under_the_title_and_the_header_after_it() {
    // corpus/shanghai-md-huke-2025-5-naoji-jiekou-fangan.md.txt, lines 1-15:
    // `# title`, five `**label**: value` lines, `---`, the number on its
    // own line and the addressees.
    let text = std::fs::read_to_string("corpus/shanghai-md-huke-2025-5-naoji-jiekou-fangan.md.txt").expect("corpus");
    let head: String = text.lines().take(15).collect::<Vec<_>>().join("\n");
    for g in [gongbao::parse(&head), gongbao::parse(&text)] {
        let d = &g.documents[0];
        assert_eq!(d.title, "关于印发《上海市脑机接口未来产业培育行动方案（2025-2030年）》的通知");
        assert_eq!(number(d).as_deref(), Some("沪科〔2025〕5号"));
        assert_eq!(d.addressees, ["各有关区人民政府", "市政府有关委、办、局", "各有关单位"]);
        let m = d.metadata.as_ref().expect("the bold-labelled box");
        let labels: Vec<&str> = m.fields.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(labels, ["发布日期", "发布机构", "原文链接", "检索时间", "检索关键词"]);
        assert_eq!(m.published, date(2025, 1, 10));
        assert_eq!(roles(d, Role::Metadata).len(), 5);
    }
}

#[test]
fn a_decree_serial_without_its_organ_takes_the_exports_issuer_line() {
    // 政府令〔2010〕第15号 names no organ; the export prints 河北省人民政府.
    let g = corpus("falvziliao-export-hebei-zhengfuling-2010-15-rengong-yingxiang-tianqi.txt");
    let d = only_document(&g);
    assert_eq!(number(d).as_deref(), Some("政府令〔2010〕第15号"));
    assert_eq!(d.issuer.as_deref(), Some("河北省人民政府"));
    assert_eq!(d.date, date(2010, 12, 25));
}

#[test]
fn a_website_in_the_issuer_field_issues_nothing() {
    // 发文机构: 县政府网站 in the bulleted box.
    let g = corpus("zhenba-page-zhenzhengfa-2024-7-gongzuo-guize.txt");
    let d = only_document(&g);
    assert_eq!(d.issuer, None);
    assert_eq!(d.metadata.as_ref().and_then(|m| m.issuer.as_deref()), None);
}

#[test]
fn whole_addressees_joined_by_a_pause_mark_without_a_comma() {
    let g = corpus("govcn-page-guohan-2018-159-xiongan-guihua-pifu.txt");
    assert_eq!(only_document(&g).addressees, ["河北省人民政府", "国家发展改革委"]);
    let g = corpus("fymate-page-bianzheng-2007-26-shichang-jianshe-tongbao.txt");
    assert_eq!(only_document(&g).addressees, ["各区人民政府", "市人民政府各部门"]);
    // With a comma, 、 lists peers of one part.
    let g = corpus("govcn-page-guobanhan-2004-36-harbin-dayunhui-fuhan.txt");
    assert_eq!(only_document(&g).addressees, ["黑龙江省人民政府", "教育部、外交部、财政部、体育总局"]);
}

#[test]
fn a_closing_formula_alone_is_no_part_of_the_last_clause() {
    let g = corpus("falvziliao-export-guojifanggai-2011-236-weixiu-zijin-buchong-tongzhi.txt");
    let d = only_document(&g);
    let last = d.clauses.last().expect("三、");
    assert!(!last.text().contains("特此通知"), "{}", last.text());
    assert_eq!(roles(d, Role::Closing), ["特此通知。"]);
}

#[test]
fn a_title_bar_with_the_number_after_the_title_is_a_print_of_the_title() {
    let g = corpus("hzldzy-page-gongzhengbanfa-2018-42-daqi-jihua-zeren-danwei.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "杭州市拱墅区人民政府办公室关于印发拱墅区“清洁排放区”建设暨大气污染防治2018年实施计划的通知");
    assert_eq!(number(d).as_deref(), Some("拱政办发〔2018〕42号"));
    // 《title》 on a page's title line is the title.
    let g = corpus("0798ci-export-zhezhengbanfa-2019-7-zeren-fenjie-qiantou-danwei.txt");
    assert_eq!(only_document(&g).title, "浙江省人民政府办公厅关于印发2019年政府工作报告重点工作责任分解的通知");
}

#[test]
fn a_box_of_two_pairs_a_line_with_empty_fields_and_date_labels() {
    let g = corpus("thx-page-taihu-2019-gongzuo-guize-tongzhi-box-spaced.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知");
    assert_eq!(d.doc_number, None);
    assert_eq!(d.date, date(2019, 1, 17));
    assert_eq!(d.addressees, ["各乡、镇人民政府", "县政府各部门、各直属机构"]);
    let m = d.metadata.as_ref().expect("the box");
    let fields: Vec<(&str, &str)> = m.fields.iter().map(|f| (f.label.as_str(), f.value.as_str())).collect();
    assert_eq!(
        fields[5..10],
        [
            ("文号", ""),
            ("发文日期", "2019-01-23"),
            ("生效时间", "2019-01-23"),
            ("废止时间", "2020-01-23"),
            ("名称", "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知")
        ]
    );
    assert_eq!(m.effective, date(2019, 1, 23));
}

#[test]
fn a_call_for_comments_and_the_drafts_qicao_shuoming() {
    let g = corpus("yinchuan-page-zhufang-baozhang-banfa-2020-zhengqiu-yijian-qicao-shuoming.txt");
    let docs: Vec<(&str, Option<&str>)> = g.documents.iter().map(|d| (d.title.as_str(), d.genre.as_deref())).collect();
    assert_eq!(
        docs,
        [
            ("《银川市城市住房保障管理办法(修订草案征求意见稿)》公开征求意见", Some("征求意见")),
            ("《银川市城市住房保障管理办法(修订草案征求意见稿)》起草说明", Some("解读"))
        ]
    );
    assert_eq!((g.documents[0].issuer.as_deref(), g.documents[0].date), (Some("银川市司法局"), date(2020, 10, 28)));
    // The draft it explains is not in the text: no interpretation of it.
    assert_eq!(g.documents[1].kind.to_string(), "other");
}

#[test]
fn a_news_lead_before_a_quoted_notice_is_no_document() {
    let g = corpus("chu21-page-wucheng-2025-gaozhiliang-zhengce-jucuo-qiantou-heading.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措(2025年版)的通知");
    assert_eq!(d.addressees, ["各乡镇人民政府、街道办事处", "区直属有关单位"]);
    assert_eq!((d.issuer.as_deref(), d.date), (Some("金华市婺城区人民政府"), date(2025, 4, 1)));
    let a = &d.attachments[0];
    assert_eq!(a.title, "关于推动经济高质量发展若干政策举措(2025年版)");
    let units = &a.clauses[0].responsibilities[0];
    assert_eq!(
        (units.units.as_slice(), units.lead.as_slice()),
        (&["区科技局".to_string()][..], &["区科技局".to_string()][..])
    );
    // The lead's three paragraphs stay outside, as unknown lines.
    assert_eq!(g.blocks.iter().filter(|b| b.role == Role::Unknown).count(), 3);
}

#[test]
fn a_provincial_pifu_whose_page_title_carries_its_number() {
    let g = corpus("lc123-page-guizhenghan-2020-43-guilin-jingkaiqu-pifu.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "广西壮族自治区人民政府关于同意设立桂林经济技术开发区的批复");
    assert_eq!(d.genre.as_deref(), Some("批复"));
    assert_eq!(number(d).as_deref(), Some("桂政函〔2020〕43号"));
    assert_eq!(d.addressees, ["桂林市人民政府", "自治区商务厅"]);
    assert_eq!((d.issuer.as_deref(), d.date), (Some("广西壮族自治区人民政府"), date(2020, 5, 11)));
    assert_eq!(d.clauses.len(), 4);
    // The two byline lines under the title are the site's.
    let furniture = g.blocks.iter().filter(|b| b.role == Role::PageFurniture).count();
    assert_eq!(furniture, 2);
}

#[test]
fn a_sites_copyright_lines_before_a_provincial_notice() {
    let g = corpus("selectshandong-page-luzhengzi-2019-4-yuanqu-gengming-tongzhi.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "山东省人民政府关于济南槐荫工业园区等11家工业园区更名的通知");
    assert_eq!(number(d).as_deref(), Some("鲁政字〔2019〕4号"));
    assert_eq!(roles(d, Role::Record).len(), 2);
    let furniture: Vec<&str> =
        g.blocks.iter().filter(|b| b.role == Role::PageFurniture).map(|b| b.text.as_str()).collect();
    assert_eq!(furniture[..2], ["Copyright © www.selectshandong.com. All Rights Reserved", "山东省人民政府版权所有"]);
}

#[test]
fn an_export_that_cuts_the_own_title_line_takes_the_whole_title_it_printed() {
    // 法律资料网's mirror prints the title twice and the issuer, then the
    // notice's own title line without its second line (…人大代表建议).
    let g = corpus("infoeach-export-jinzhengbanfa-2010-15-jianyi-tian-guize-title-cut.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知");
    assert_eq!(roles(d, Role::Title), ["关于印发金华市人民政府办理人大代表建议"]);
    assert_eq!((d.genre.as_deref(), number(d).as_deref()), (Some("通知"), Some("金政办发〔2010〕15号")));
    assert_eq!((d.date, d.issuer.as_deref()), (date(2010, 4, 7), Some("金华市人民政府办公室")));
    // 第一条: …意见(以下简称建议)和政协提案(以下简称提案): the second name
    // starts after the conjunction that joins it to the first.
    let aliases: Vec<_> = d.attachments[0].aliases.iter().map(|a| (a.name.as_str(), a.full.as_str())).collect();
    assert_eq!(aliases[1], ("提案", "政协提案"));
}

#[test]
fn a_byline_box_between_the_title_and_the_addressees() {
    // 东阳 page: the title, then 发布日期:2023-03-21访问次数: 信息来源:…, then
    // the addressees; the notice prints no number. The counter's label
    // follows the date without a space and keeps no value.
    let g = corpus("dongyang-page-dongzhengban-2023-canjiren-jiuye-fangan-byline-box.txt");
    let d = only_document(&g);
    assert_eq!(d.addressees, ["各镇、乡人民政府", "各街道办事处", "市政府各部门"]);
    assert_eq!((d.date, number(d)), (date(2023, 3, 13), None));
    let m = d.metadata.as_ref().expect("the byline's box");
    let fields: Vec<_> = m.fields.iter().map(|f| (f.label.as_str(), f.value.as_str())).collect();
    assert_eq!(fields, [("发布日期", "2023-03-21"), ("访问次数", ""), ("信息来源", "东阳市人民政府办公室")]);
    assert_eq!(m.published, date(2023, 3, 21));

    // 阿里 page: the box saved as a Markdown list (- 索引号:…), the title,
    // a byline whose count was lost (浏览次数:), then the addressees.
    let g = corpus("dscjxm-page-aliangfa-2021-42-gongzuo-guize-list-box-byline.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知");
    assert_eq!(number(d).as_deref(), Some("阿行发〔2021〕42号"));
    assert_eq!(d.addressees, ["各县人民政府", "行署各局、委、办、处"]);
    assert_eq!(d.date, date(2021, 11, 9));
    let m = d.metadata.as_ref().expect("the box");
    assert_eq!((m.index_number.as_deref(), m.published), (Some("dqxs/2021-00016"), date(2021, 12, 22)));
    assert_eq!(m.fields.last().map(|f| (f.label.as_str(), f.value.as_str())), Some(("浏览次数", "")));
    // 一、阿里地区行政公署(以下简称“行署”): the item's marker is no part of
    // the full name.
    let aliases: Vec<_> = d.attachments[0].aliases.iter().map(|a| (a.name.as_str(), a.full.as_str())).collect();
    assert_eq!(aliases, [("行署", "阿里地区行政公署")]);
}

#[test]
fn a_title_names_the_organs_that_issue() {
    // The gazette reprints its notices without a signature: the title names
    // the organ (上海市人民政府办公厅关于印发…的通知, …办公厅印发《…》的通知).
    let g = corpus("shanghai-gazette-2023-10.txt");
    let issuers: Vec<_> = g.documents.iter().map(|d| (d.id.as_str(), d.issuer.as_deref())).collect();
    let office = Some("上海市人民政府办公厅");
    assert_eq!(issuers[..4], [("d1", office), ("d2", office), ("d3", office), ("d4", office)]);
    // 关于《…》的政策解读 and the issued policies name none.
    assert!(issuers[4..].iter().all(|&(_, i)| i.is_none()));
    assert!(g.documents.iter().all(|d| d.attachments.iter().all(|a| a.issuer.is_none())));
    // 开封市人民政府关于表彰…的通报, printed without a signature.
    let g = corpus("fymate-page-bianzheng-2007-26-shichang-jianshe-tongbao.txt");
    assert_eq!(only_document(&g).issuer.as_deref(), Some("开封市人民政府"));
}

#[test]
fn a_number_printed_twice_is_one_header_line_and_the_addressees_follow() {
    // Lines 2–9 of https://0798ci.com/policy/70942.html as the search tool's
    // page store keeps it: the title in 《》, the number twice, the
    // addressees, the issuing sentence, signature and date, then the
    // policy's text without its title (cut after its first paragraph's
    // first sentence).
    let text = "《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n京政办发〔2016〕26号\n京政办发〔2016〕26号\n各区人民政府,市政府各委、办、局,各市属机构:\n《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。\n北京市人民政府办公厅\n2016年5月28日\n2016年是全面建成小康社会决胜阶段的开局之年,也是推进结构性改革的攻坚之年。\n";
    let g = gongbao::parse(text);
    let d = only_document(&g);
    assert_eq!(d.title, "北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知");
    assert_eq!(number(d).as_deref(), Some("京政办发〔2016〕26号"));
    assert_eq!(roles(d, Role::DocNumber).len(), 2);
    assert_eq!(d.addressees, ["各区人民政府", "市政府各委、办、局", "各市属机构"]);
    // The signature and date close the notice; the policy after them has
    // no title line of its own.
    assert_eq!((d.date, d.issuer.as_deref()), (date(2016, 5, 28), Some("北京市人民政府办公厅")));
    assert_eq!(d.attachments.len(), 1);
    assert_eq!(d.attachments[0].title, "");
    assert!(d.attachments[0].blocks[0].text.starts_with("2016年是全面建成小康社会"));
}

#[test]
fn an_export_prints_the_issuer_under_each_print_of_the_title() {
    // 法律资料网 mirror: …管理办法 / 宁夏回族自治区政府 printed apart, then line
    // under line. The issuer line is no title, alone or under a print.
    let g = corpus("infoeach-export-ningxia-shehui-banyi-banfa-title-issuer-pairs.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "宁夏回族自治区社会办医和个体行医管理办法");
    assert_eq!(roles(d, Role::Title), ["宁夏回族自治区社会办医和个体行医管理办法"]);
    assert_eq!(d.issuer.as_deref(), Some("宁夏回族自治区政府"));
    assert_eq!(d.clauses[0].marker, "第一章");
}

#[test]
fn an_issued_policy_printed_with_a_version_note_its_notice_omits() {
    // gd.pkulaw.com/gdnormativedoc/13327b4c3aa83630ddccf78d2c8690a6bdfb.html,
    // from the notice's title to the policy's 四、: the notice cites
    // 《清远市人民政府工作规则》, the policy prints 清远市人民政府工作规则(2019年11月修订).
    let g = gongbao::parse(QINGYUAN);
    let d = only_document(&g);
    assert_eq!(d.title, "清远市人民政府关于印发《清远市人民政府工作规则》的通知");
    assert_eq!(roles(d, Role::Signature), ["清远市人民政府"]);
    assert_eq!(d.date, date(2019, 11, 29));
    let [policy] = &d.attachments[..] else { panic!("the policy") };
    assert_eq!(policy.title, "清远市人民政府工作规则(2019年11月修订)");
    assert_eq!(policy.genre.as_deref(), Some("规则"));
    assert_eq!(policy.clauses.iter().map(|c| c.marker.as_str()).collect::<Vec<_>>(), ["一、", "二、", "三、", "四、"]);
}

const QINGYUAN: &str = "清远市人民政府关于印发《清远市人民政府工作规则》的通知\n\n\n各县(市、区)人民政府,市政府各部门、各直属机构:\n  新修订的《清远市人民政府工作规则》已经七届第44次市政府常务会议审议通过。现印发给你们,自印发之日起施行,请认真贯彻执行。\n清远市人民政府\n  2019年11月29日\n\n清远市人民政府工作规则(2019年11月修订)\n\n\n  一、根据《中华人民共和国宪法》和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》,参照《广东省人民政府工作规则》,制定本规则。\n  二、市政府工作的指导思想是,在以习近平同志为核心的党中央坚强领导下,高举中国特色社会主义伟大旗帜,以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导,深入贯彻落实习近平总书记系列重要讲话和重要指示批示精神,全面落实李希书记调研清远讲话要求,认真贯彻党的基本理论、基本路线、基本方略,坚持和加强党的全面领导,严格遵守宪法和法律,全面正确履行政府职能,建设人民满意的法治政府、创新政府、廉洁政府和服务型政府。\n  三、市政府工作的准则是,执政为民,依法行政,实事求是,民主公开,务实清廉。\n\n  四、市政府组成人员要树牢“四个意识”,坚定“四个自信”,坚决做到“两个维护”,模范遵守宪法和法律,认真履行职责,为民务实,严守纪律,勤勉廉洁。\n";

#[test]
fn an_export_that_prints_its_record_in_html() {
    // A law database's record: header lines, then the notice and its
    // policy on one line of HTML (<p>, <p style=…>, <strong>, <br/>).
    let g = corpus("laodongfa-export-jinzhengfa-2018-13-html-paragraphs.txt");
    let d = only_document(&g);
    assert_eq!(number(d).as_deref(), Some("晋政发〔2018〕13号"));
    assert_eq!(d.addressees, ["各市、县人民政府", "省人民政府各委、办、厅、局"]);
    assert_eq!(roles(d, Role::Signature), ["山西省人民政府"]);
    assert_eq!(d.date, date(2018, 3, 27));
    assert_eq!(roles(d, Role::Note), ["(此件公开发布)"]);
    let [policy] = &d.attachments[..] else { panic!("the policy") };
    assert_eq!(policy.title, "山西省激发重点群体活力带动城乡居民增收的实施方案");
    let titles: Vec<_> = policy.clauses.iter().map(|c| c.title.as_deref().unwrap_or("")).collect();
    assert_eq!(titles, ["指导思想", "总体目标"]);
    // Spans point into the text as given, tags and all.
    let text = std::fs::read_to_string("corpus/laodongfa-export-jinzhengfa-2018-13-html-paragraphs.txt").unwrap();
    let title = &policy.blocks[0];
    assert_eq!(title.span.slice(&text), Some("山西省激发重点群体活力带动城乡居民增收的实施方案"));
    assert!(text[..title.span.start].ends_with("<strong>"));
}

#[test]
fn a_law_databases_page_chrome_before_the_title_is_furniture() {
    // 北大法宝 (gd.pkulaw.com): the database's chrome lines, the title with
    // its note (2019修订), then the title again over the addressees. The
    // chrome is no document; the first print of the title is the page's.
    let g = corpus("pkulaw-page-qingyuan-gongzuo-guize-2019-chrome-version-note.txt");
    let d = only_document(&g);
    assert_eq!(d.title, "清远市人民政府关于印发《清远市人民政府工作规则》的通知");
    assert_eq!(d.kind, DocKind::Notice);
    assert_eq!(roles(d, Role::Metadata), ["清远市人民政府关于印发《清远市人民政府工作规则》的通知(2019修订)"]);
    let furniture: Vec<&str> = g.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        furniture,
        ["广东规范性文件 > 正文阅览", "转第", "下载", "保留字段信息", "页面宽度(px):", "页面宽度范围为200至2000"]
    );
    assert_eq!(d.attachments[0].title, "清远市人民政府工作规则(2019年11月修订)");
}

#[test]
fn a_bare_title_wrapped_on_three_lines_is_one_title() {
    // DiamonWoo/Laosheng.top@960d764 falv/flk.npc/全国人民代表大会常务委员会关于县级以下
    // 人民代表大会代表直接选举的若干规定_19830305.txt, from its title to the end of
    // 一、: the title names its 文种 only on its third line.
    let text = "全国人民代表大会常务委员会关于\n县级以下人民代表大会代表\n直接选举的若干规定\r\n\r\n（1983年3月5日第五届全国人民代表大会常务委员会第二十六次会议通过）\r\n\r\n为了便于实施《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》，对县级以下人民代表大会代表直接选举中的若干问题作如下规定：\r\n一、县、自治县、不设区的市、市辖区、乡、民族乡、镇设立选举委员会。县、自治县、不设区的市、市辖区的选举委员会的组成人员由本级人民代表大会常务委员会任命。乡、民族乡、镇的选举委员会的组成人员由县、自治县、不设区的市、市辖区的人民代表大会常务委员会任命。\r\n选举委员会设立办事机构，办理选举的具体事务。";
    let g = gongbao::parse(text);
    let d = only_document(&g);
    assert_eq!(d.title, "全国人民代表大会常务委员会关于县级以下人民代表大会代表直接选举的若干规定");
    assert_eq!(d.date, date(1983, 3, 5));
    assert_eq!(d.clauses.len(), 1);
}

#[test]
fn dated_history_lines_without_a_verb_are_history() {
    // LawRefBook/Laws@2f4c5c2 DLC/河南地方法规/地方性法规/河南/河南省预算审查监督条例
    // (2019-01-20).md, to its 第一条: the 主席团公告 line names no verb of its own
    // and is a history line all the same, not the title of a second document.
    let text = "# 河南省预算审查监督条例\n\n2019年1月20日 河南省第十三届人民代表大会第二次会议通过\n\n2019年1月20日 河南省第十三届人民代表大会第二次会议主席团公告\n\n2019年10月1日 施行\n\n<!-- INFO END -->\n\n## 第一章  总则\n\n第一条 为了加强对预算的审查监督，强化预算约束，增强监督实效，实施全面规范、公开透明的预算制度，保障经济社会的健康发展，根据《中华人民共和国预算法》《中华人民共和国审计法》《中华人民共和国各级人民代表大会常务委员会监督法》等有关法律、行政法规，结合本省实际，制定本条例。\n";
    let g = gongbao::parse(text);
    let d = only_document(&g);
    assert_eq!(d.title, "河南省预算审查监督条例");
    assert_eq!(d.kind, DocKind::Regulation);
    assert_eq!(roles(d, Role::History).len(), 3);
    assert_eq!(d.date, date(2019, 1, 20));
}

#[test]
fn a_title_printed_again_under_the_history_is_the_documents_own() {
    // LawRefBook/Laws@2f4c5c2 司法解释/最高人民法院关于综合治理类司法建议工作若干问题的规定
    // (2023-11-15).md, to its 第一条: the database's title line, the history, then the
    // text's own head (最高人民法院 / 关于…的规定 / 法释〔2023〕11号).
    let text = "# 最高人民法院关于综合治理类司法建议工作若干问题的规定\n\n2023年10月19日 由最高人民法院审判委员会第1902次会议通过\n\n2023年11月16日 施行\n\n<!-- INFO END -->\n\n最高人民法院\n\n关于综合治理类司法建议工作若干问题的规定\n\n法释〔2023〕11号\n\n为进一步加强和规范综合治理类司法建议工作，更好发挥审判机关在国家和社会治理中的重要作用，根据《中华人民共和国人民法院组织法》等法律规定，结合人民法院工作实际，制定本规定。\n\n第一条 人民法院在履行审判执行职责时发现社会治理领域中存在引起矛盾纠纷多发高发，影响经济社会发展和人民群众权益保护的突出问题，需要向有关主管机关或者其他有关单位提出改进工作、完善治理的司法建议的，适用本规定。\n";
    let g = gongbao::parse(text);
    let d = only_document(&g);
    assert_eq!(d.title, "最高人民法院关于综合治理类司法建议工作若干问题的规定");
    assert_eq!(d.doc_number.as_ref().map(|n| n.to_string()).as_deref(), Some("法释〔2023〕11号"));
    assert_eq!(d.date, date(2023, 10, 19));
    assert_eq!(d.clauses.len(), 1);
    assert_eq!(roles(d, Role::Metadata), ["最高人民法院", "关于综合治理类司法建议工作若干问题的规定"]);

    // 司法解释/最高人民法院、最高人民检察院关于办理危害税收征管刑事案件适用法律若干问题的
    // 解释(2024-03-15).md, to its 第一条's list: the text's head names the two courts with a
    // space where the database's title has 、.
    let text = "# 最高人民法院、最高人民检察院关于办理危害税收征管刑事案件适用法律若干问题的解释\n\n2024年1月8日 最高人民法院审判委员会第1911次会议、2024年2月22日最高人民检察院第十四届检察委员会第二十五次会议通过\n\n2024年3月20日 施行\n\n<!-- INFO END -->\n\n最高人民法院 最高人民检察院 关于办理危害税收征管刑事案件适用法律 若干问题的解释\n\n法释〔2024〕4号\n\n为依法惩治危害税收征管犯罪，根据《中华人民共和国刑法》《中华人民共和国刑事诉讼法》的有关规定，现就办理此类刑事案件适用法律的若干问题解释如下：\n\n第一条 纳税人进行虚假纳税申报，具有下列情形之一的，应当认定为刑法第二百零一条第一款规定的“欺骗、隐瞒手段”：\n";
    let g = gongbao::parse(text);
    let d = only_document(&g);
    assert_eq!(d.doc_number.as_ref().map(|n| n.to_string()).as_deref(), Some("法释〔2024〕4号"));
    assert_eq!(d.clauses.len(), 1);
}

#[test]
fn a_history_line_that_ends_with_xiugai_is_history() {
    // LawRefBook/Laws@2f4c5c2 部门规章/市场监督管理总局/市场监督管理投诉举报处理暂行办法
    // (2022-03-24).md, to its 第一条: the amendment's line closes with 修改.
    let text = "# 市场监督管理投诉举报处理暂行办法\n\n2019年11月30日 国家市场监督管理总局令第20号公布\n\n2022年3月24日 《国家市场监督管理总局关于修改和废止有关规章的决定》修改\n\n<!-- INFO END -->\n\n第一条 为规范市场监督管理投诉举报处理工作，保护自然人、法人或者其他组织合法权益，根据《中华人民共和国消费者权益保护法》等法律、行政法规，制定本办法。\n";
    let g = gongbao::parse(text);
    let d = only_document(&g);
    assert_eq!(roles(d, Role::History).len(), 2);
    assert_eq!(d.date, date(2022, 3, 24));
}
