//! The public API as values: the parser with options, the walks of the tree.

use gongbao::Parser;
use gongbao::model::DocKind;

const NO_YEAR: &str = "关于做好某项工作的通知\n\n各区人民政府：\n\n本通知自5月1日起施行。";

/// The first day in force of the first document, as ISO text.
#[track_caller]
fn in_force_from(g: &gongbao::Gazette) -> Option<String> {
    g.documents[0].validity.as_ref().and_then(|v| v.from).map(|d| d.to_string())
}

#[test]
fn the_context_year_dates_what_the_text_leaves_without_a_year() {
    assert_eq!(in_force_from(&gongbao::parse(NO_YEAR)), None);
    assert_eq!(in_force_from(&Parser::new().context_year(2023).parse(NO_YEAR)).as_deref(), Some("2023-05-01"));
    // The default parser is the one-line entry.
    assert_eq!(Parser::default().parse(NO_YEAR), gongbao::parse(NO_YEAR));
}

#[test]
fn a_document_date_outranks_the_context_year() {
    let text = "关于做好某项工作的通知\n\n(2021年4月18日)\n\n各区人民政府：\n\n本通知自5月1日起施行。";
    let g = Parser::new().context_year(2023).parse(text);
    assert_eq!(in_force_from(&g).as_deref(), Some("2021-05-01"));
}

#[test]
fn without_linking_the_tree_is_the_same_and_has_no_links() {
    let text = include_str!("../corpus/shanghai-gazette-2023-10.txt");
    let linked = gongbao::parse(text);
    let unlinked = Parser::new().link(false).parse(text);
    assert!(unlinked.citations.is_empty());
    assert!(unlinked.toc.iter().all(|e| e.document.is_none()));
    assert!(unlinked.documents().all(|d| d.interprets.is_none()));
    let ids = |g: &gongbao::Gazette| g.documents().map(|d| d.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&unlinked), ids(&linked));
    assert_eq!(unlinked.leaves(), linked.leaves());
    assert_eq!(linked.documents().filter(|d| d.interprets.is_some()).count(), 4);
}

#[test]
fn parse_bytes_hands_back_the_text_its_spans_point_into() {
    let text = include_str!("../corpus/shanghai-gazette-2023-10.txt");
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    let parsed = gongbao::parse_bytes(&gbk).expect("GBK decodes");
    assert_eq!(parsed.encoding, gongbao::text::Encoding::Gb18030);
    assert_eq!(parsed.text, text);
    assert_eq!(parsed.gazette, gongbao::parse(text));
    let notice = &parsed.gazette.documents[0];
    assert_eq!(notice.span.slice(&parsed.text).map(|s| s.starts_with(&notice.title[..6])), Some(true));
}

#[test]
fn parse_bytes_hands_back_the_text_as_given_after_repairing_its_own_copy() {
    // A Founder-font PDF text, then one with page numbers inside
    // paragraphs: the parser repairs the punctuation and blanks the page
    // numbers in the text it owns, and puts both back.
    let text = [
        include_str!("../corpus/sichuan-chuanbangui-2025-6-chuangye-jiuye-cuoshi.pdflayout.txt"),
        include_str!("../corpus/hangzhou-hangzhenghan-2024-16-jingji-zhengce.pdflayout.txt"),
    ]
    .join("\n\n");
    assert_eq!(text.matches('ꎬ').count(), 114);
    assert_eq!(gongbao::layout::layout(&text).paras.iter().map(|p| p.furniture.len()).sum::<usize>(), 36);
    let parsed = gongbao::parse_bytes(text.as_bytes()).expect("UTF-8");
    assert_eq!(parsed.text, text);
    assert_eq!(parsed.gazette, gongbao::parse(&text));
}

#[test]
fn documents_walk_attachments_depth_first() {
    let text = include_str!("../corpus/shanghai-gazette-2023-10.txt");
    let g = gongbao::parse(text);
    let walk: Vec<(&str, DocKind)> = g.documents().map(|d| (d.id.as_str(), d.kind)).collect();
    assert_eq!(walk.len(), 12);
    assert_eq!(&walk[..3], [("d1", DocKind::Notice), ("d1.1", DocKind::Attachment), ("d2", DocKind::Notice)]);
    assert_eq!(walk[11], ("d8", DocKind::Interpretation));
}

#[test]
fn clauses_walk_with_depth_and_parents() {
    let g = gongbao::parse(include_str!("../corpus/shanghai-gazette-2023-10.txt"));
    let policy = g.document("d1.1").expect("the first policy");
    let item = policy.clauses().find(|c| c.title.as_deref() == Some("支持引进高端产业项目")).expect("item 1.");
    assert_eq!(item.depth, 2);
    let parents: Vec<&str> = item.parents.iter().map(|p| p.marker.as_str()).collect();
    assert_eq!(parents, ["一、", "(一)"]);
    // Every clause once, each after its parent.
    fn count(cs: &[gongbao::model::Clause]) -> usize {
        cs.iter().map(|c| 1 + count(&c.children)).sum()
    }
    assert_eq!(policy.clauses().count(), count(&policy.clauses));
    assert!(policy.clauses().all(|c| c.parents.last().is_none_or(|p| p.span.start < c.span.start)));
    let leaves = g.leaves();
    assert!(leaves.windows(2).all(|w| w[0].span.end <= w[1].span.start), "leaves in text order");
}

#[test]
fn kinds_show_and_parse_as_their_json_names() {
    use gongbao::model::{DiagnosticCode, MarkerStyle, Role, Severity};
    #[track_caller]
    fn same<T>(value: T, name: &str)
    where
        T: std::fmt::Display + std::str::FromStr + serde::Serialize + PartialEq + std::fmt::Debug,
        T::Err: std::fmt::Debug,
    {
        assert_eq!(value.to_string(), name);
        assert_eq!(serde_json::to_string(&value).expect("serializes"), format!("\"{name}\""));
        assert_eq!(name.parse::<T>().expect("parses"), value);
    }
    same(DocKind::Interpretation, "interpretation");
    same(MarkerStyle::ParenChinese, "paren_chinese");
    same(MarkerStyle::ArabicClose, "arabic_close");
    same(Role::PageFurniture, "page_furniture");
    same(Role::AttachmentNote, "attachment_note");
    same(Severity::Info, "info");
    same(DiagnosticCode::JoinedPageBreak, "joined-page-break");
    same(DiagnosticCode::UnlinkedTocEntry, "unlinked-toc-entry");
    assert_eq!("Notice".parse::<DocKind>().map_err(|e| e.to_string()), Err("unknown DocKind: Notice".to_string()));
    assert_eq!(gongbao::Span::new(3, 6).to_string(), "3..6");
}

#[test]
fn diagnostics_keep_their_json_codes() {
    let g = gongbao::parse(include_str!("../corpus/shanghai-gazette-2023-10.txt"));
    let json = serde_json::to_value(&g.diagnostics).expect("serializes");
    let codes: Vec<&str> = json.as_array().expect("a list").iter().filter_map(|d| d["code"].as_str()).collect();
    assert_eq!(codes.len(), g.diagnostics.len());
    assert!(codes.contains(&"joined-page-break"), "{codes:?}");
}
