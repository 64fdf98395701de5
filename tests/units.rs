//! Responsible-unit lists in the real texts of corpus/.

use gongbao::error::Fault;
use gongbao::text::{is_close_paren, is_open_paren};
use gongbao::units::{Responsibility, find_lists};
use gongbao::units::{UnitsFault, parse_list};
use gongbao::{ErrorKind, Span};
use proptest::prelude::*;

fn corpus(name: &str) -> String {
    let path = format!("{}/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Paragraphs of `text` (blocks between blank lines) as spans, a paragraph
/// that ends inside an open round bracket joined with the next one, as the
/// layout layer does before it asks for lists.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut blocks: Vec<Span> = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            if let Some(s) = start.take() {
                blocks.push(Span::new(s, end));
            }
        } else {
            start.get_or_insert(offset);
            end = offset + body.len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        blocks.push(Span::new(s, end));
    }
    let mut joined: Vec<Span> = Vec::new();
    let mut depth = 0usize;
    for block in blocks {
        match joined.last_mut() {
            Some(last) if depth > 0 => *last = last.join(block),
            _ => {
                joined.push(block);
                depth = 0;
            }
        }
        for c in text[block.start..block.end].chars() {
            if is_open_paren(c) {
                depth += 1;
            } else if is_close_paren(c) {
                depth = depth.saturating_sub(1);
            }
        }
    }
    joined
}

fn lists(name: &str) -> (String, Vec<Responsibility>) {
    let text = corpus(name);
    let found = paragraphs(&text).into_iter().flat_map(|p| find_lists(&text, p)).collect();
    (text, found)
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// Every list is well formed: spans in the text, units and their spans
/// parallel, each unit span reading as the unit once layout spaces go.
fn check_shape(text: &str, found: &[Responsibility]) {
    for l in found {
        let whole = l.span.slice(text).expect("list span");
        assert!(whole.starts_with(['(', '（']) && whole.ends_with([')', '）']), "{whole}");
        assert!(!l.units.is_empty());
        assert_eq!(l.units.len(), l.unit_spans.len());
        assert_eq!(l.units.len(), l.roles.len());
        for (u, sp) in l.units.iter().zip(&l.unit_spans) {
            assert!(l.span.contains(*sp));
            assert_eq!(&gongbao::text::strip_layout_spaces(sp.slice(text).unwrap()), u);
        }
        for lead in &l.lead {
            assert!(l.units.contains(lead));
        }
    }
}

#[test]
fn shanghai_gazette_has_61_lists() {
    let (text, found) = lists("shanghai-gazette-2023-10.txt");
    check_shape(&text, &found);
    // grep -o -E '[（(]责任[^:：]*[:：]' finds 41 × 责任单位, 19 × 责任部门、单位, 1 × 责任部门.
    assert_eq!(found.len(), 61);
    let count = |label: &str| found.iter().filter(|l| l.label.as_deref() == Some(label)).count();
    assert_eq!((count("责任单位"), count("责任部门、单位"), count("责任部门")), (41, 19, 1));
    assert!(found.iter().all(|l| l.lead.is_empty()));

    // Item 1, full width.
    assert_eq!(strs(&found[0].units), ["市经济信息化委", "市发展改革委", "市财政局", "各区政府", "有关管委会"]);
    assert!(found[0].span.slice(&text).unwrap().starts_with("（责任单位："));

    // Item 5, half width.
    let l = &found[4];
    assert_eq!(
        l.span.slice(&text),
        Some("(责任单位:市经济信息化委、市发展改革委、市商务委、市财政局、各区政府、有关管委会)")
    );
    assert_eq!(strs(&l.units), ["市经济信息化委", "市发展改革委", "市商务委", "市财政局", "各区政府", "有关管委会"]);

    // The only 责任部门 list.
    let l = found.iter().find(|l| l.label.as_deref() == Some("责任部门")).unwrap();
    assert_eq!(strs(&l.units), ["市医保局", "市财政局", "市卫生健康委"]);

    // A unit with a second name in brackets: 一、(一) of the 社区卫生 plan.
    let l = found.iter().find(|l| l.units.iter().any(|u| u.contains("市中医药管理局"))).unwrap();
    assert_eq!(strs(&l.units), ["各区政府", "市卫生健康委(市中医药管理局)", "申康医院发展中心", "市经济信息化委"]);
    assert_eq!(l.label.as_deref(), Some("责任部门、单位"));
    assert_eq!(found.iter().filter(|l| l.units.iter().any(|u| u.contains("市中医药管理局"))).count(), 7);

    // The list split by a page break: "…、市精神文明" / blank line / "办、市卫生健康委)".
    let l = found.iter().find(|l| l.units.iter().any(|u| u == "市精神文明办")).unwrap();
    assert_eq!(strs(&l.units), ["各区政府", "市委宣传部", "市精神文明办", "市卫生健康委"]);
    assert_eq!(l.unit_spans[2].slice(&text), Some("市精神文明\n\n办"));
    assert!(l.span.slice(&text).unwrap().ends_with("办、市卫生健康委)"));

    assert_eq!(found[59], *l);

    // The last list.
    assert_eq!(strs(&found[60].units), ["各区人民政府", "市民政局", "市公安局", "市卫生健康委"]);
}

#[test]
fn guobanfa_2018_129_every_list() {
    let (text, found) = lists("govcn-guobanfa-2018-129-xiaofei-fupin-yijian.txt");
    check_shape(&text, &found);
    const YOUGUAN: &str = "各有关省级人民政府";
    const GE: &str = "各省级人民政府";
    let expected: [&[&str]; 17] = [
        &[
            "扶贫办",
            "中央统战部",
            "中央和国家机关工委",
            "教育部",
            "卫生健康委",
            "人民银行",
            "国资委",
            "国管局",
            "中央军委政治工作部",
            "全国总工会",
            GE,
        ],
        &["扶贫办", "发展改革委", "人力资源社会保障部", "商务部", YOUGUAN],
        &["全国工商联", "发展改革委", "民政部", "农业农村部", "扶贫办", "全国总工会", "共青团中央", "全国妇联", GE],
        &["商务部", "发展改革委", "农业农村部", YOUGUAN],
        &[
            "商务部",
            "扶贫办",
            "发展改革委",
            "工业和信息化部",
            "财政部",
            "交通运输部",
            "农业农村部",
            "文化和旅游部",
            "粮食和储备局",
            "供销合作总社",
            YOUGUAN,
        ],
        &["商务部", "发展改革委", "交通运输部", "邮政局", "供销合作总社", YOUGUAN],
        &["农业农村部", "科技部", "市场监管总局", YOUGUAN],
        &["农业农村部", "财政部", "商务部", YOUGUAN],
        &["中央宣传部", "农业农村部", "商务部", "发展改革委", "人民银行", "市场监管总局", YOUGUAN],
        &["农业农村部", "文化和旅游部", "住房城乡建设部", "发展改革委", "自然资源部", "交通运输部", YOUGUAN],
        &["农业农村部", "文化和旅游部", "人力资源社会保障部", "市场监管总局", "扶贫办", "发展改革委", YOUGUAN],
        &["农业农村部", "文化和旅游部", YOUGUAN],
        &["农业农村部", "文化和旅游部", "中央宣传部", "广电总局", "商务部", YOUGUAN],
        &["发展改革委", "扶贫办", "农业农村部", "商务部", "文化和旅游部", "供销合作总社", "财政部", GE],
        &["农业农村部", "文化和旅游部", "扶贫办", "财政部", YOUGUAN],
        &["发展改革委", "财政部", "自然资源部", "农业农村部", "商务部", "文化和旅游部", "人民银行", "扶贫办", GE],
        &["发展改革委", "扶贫办", "农业农村部", "商务部", "文化和旅游部", "供销合作总社", "财政部", YOUGUAN],
    ];
    assert_eq!(found.len(), expected.len());
    for (l, want) in found.iter().zip(expected) {
        assert_eq!(strs(&l.units), want);
        assert_eq!(l.label, None);
        assert!(l.lead.is_empty());
        assert!(l.roles.iter().all(|r| r == "负责"));
        assert!(l.span.slice(&text).unwrap().ends_with("负责）"));
    }
    // 商务部等和各有关省级人民政府: 等 is left out of 商务部, the collective is a unit of its own.
    let l = &found[1];
    assert_eq!(
        l.span.slice(&text),
        Some("（扶贫办、发展改革委、人力资源社会保障部、商务部等和各有关省级人民政府负责）")
    );
    assert_eq!(l.unit_spans[3].slice(&text), Some("商务部"));
    assert_eq!(l.unit_spans[4].slice(&text), Some("各有关省级人民政府"));
    assert_eq!(&text[l.unit_spans[3].end..l.unit_spans[4].start], "等和");
}

#[test]
fn guobanfa_2018_128_lead_guide_and_take_part() {
    let (text, found) = lists("govcn-guobanfa-2018-128-wufei-chengshi.txt");
    check_shape(&text, &found);
    // grep -c of brackets ending in 牵头/参与/指导/负责/落实 before ）: 39.
    assert_eq!(found.len(), 39);
    assert!(found.iter().all(|l| l.label.is_none()));

    let l = &found[0];
    assert_eq!(
        strs(&l.units),
        ["生态环境部", "国家发展改革委", "工业和信息化部", "住房城乡建设部", "农业农村部", "国家统计局"]
    );
    assert_eq!(strs(&l.lead), ["生态环境部"]);
    assert_eq!(strs(&l.roles), ["牵头", "参与", "参与", "参与", "参与", "参与"]);
    assert_eq!(found.iter().filter(|l| !l.lead.is_empty()).count(), 1);

    let l = &found[1];
    assert_eq!(
        l.span.slice(&text),
        Some("（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）")
    );
    assert_eq!(strs(&l.units), ["生态环境部", "试点城市政府"]);
    assert_eq!(strs(&l.roles), ["指导", "负责落实"]);
    assert!(l.lead.is_empty());

    let l = found.iter().find(|l| l.roles.iter().any(|r| r == "负责")).unwrap();
    assert_eq!(strs(&l.units), ["市场监管总局", "工业和信息化部"]);

    let l = found.iter().find(|l| l.units.iter().any(|u| u == "供销合作总社")).unwrap();
    assert_eq!(strs(&l.units), ["商务部", "供销合作总社"]);
    assert_eq!(strs(&l.roles), ["指导", "参与"]);
    assert!(l.lead.is_empty());
    // The list is followed by more text in its paragraph, and so is the next one.
    let next = &found[found.iter().position(|x| x == l).unwrap() + 1];
    assert_eq!(next.span.slice(&text), Some("(生态环境部指导)"));

    // Several lists in one paragraph (六、(六)), the half-width one among them.
    let para = paragraphs(&text).into_iter().find(|p| text[p.start..p.end].contains("银保监会指导")).unwrap();
    let in_para = find_lists(&text, para);
    assert_eq!(in_para.len(), 7);
    assert_eq!(
        strs(&in_para[6].units),
        ["国家发展改革委", "工业和信息化部", "住房城乡建设部", "市场监管总局", "国管局"]
    );
    assert!(in_para[6].span.slice(&text).unwrap().starts_with('('));

    // 装、树、联 is explained in brackets, not assigned.
    assert!(!found.iter().any(|l| l.span.slice(&text).unwrap().contains("垃圾焚烧企业")));
}

#[test]
fn guofa_2019_4_remark_is_not_a_list() {
    let (text, found) = lists("govcn-guofa-2019-4-zhiye-jiaoyu-fangan.txt");
    assert!(found.is_empty(), "{found:?}");
    let remark = "（技工院校内由人力资源社会保障行政部门负责）";
    let at = text.find(remark).unwrap();
    let para = paragraphs(&text).into_iter().find(|p| p.start <= at && at < p.end).unwrap();
    assert!(find_lists(&text, para).is_empty());
    assert!(gongbao::units::parse_list(remark).is_err());
}

/// Lists split by page breaks, read from the paragraphs the layout layer
/// makes: the page number lies inside the paragraph's span, the running
/// header inside its text.
#[test]
fn page_breaks_inside_lists_through_the_layout() {
    let header = "上海市人民政府公报2023·12";
    let text = format!(
        "{header}\n\n（一）加强统筹。统筹推进各项工作。（责任单\n\n- 13 -\n\n{header}\n\n位：市发展改革委、市财政局）\n\n\
         （二）推进落实。做好服务保障。（牵头单位：市市场监管局　配合单位：市发展改\n\n- 14 -\n\n{header}\n\n革委、市公安局）\n\n\
         （三）强化保障。（责任单位：市经济和信息化局等市有关部门）（市教委、市人力资源社会保障局等国家有关部门负责）\n\n\
         （四）加强监督。（责任单位：各区政府，市有关部门）\n"
    );
    let layout = gongbao::layout::layout(&text);
    let found: Vec<Responsibility> = layout.paras.iter().flat_map(|p| find_lists(&text, p.span)).collect();
    type Row<'a> = (Option<&'a str>, Vec<&'a str>, Vec<&'a str>, Vec<&'a str>);
    let got: Vec<Row<'_>> =
        found.iter().map(|l| (l.label.as_deref(), strs(&l.units), strs(&l.lead), strs(&l.roles))).collect();
    assert_eq!(
        got,
        [
            (Some("责任单位"), vec!["市发展改革委", "市财政局"], vec![], vec!["责任单位", "责任单位"]),
            (
                Some("牵头单位"),
                vec!["市市场监管局", "市发展改革委", "市公安局"],
                vec!["市市场监管局"],
                vec!["牵头单位", "配合单位", "配合单位"]
            ),
            (Some("责任单位"), vec!["市经济和信息化局"], vec![], vec!["责任单位"]),
            (None, vec!["市教委", "市人力资源社会保障局"], vec![], vec!["负责", "负责"]),
            (Some("责任单位"), vec!["各区政府", "市有关部门"], vec![], vec!["责任单位", "责任单位"]),
        ]
    );
    // The unit read across the furniture points at both of its halves.
    let sp = found[1].unit_spans[1];
    assert_eq!(sp.slice(&text), Some(&*format!("市发展改\n\n- 14 -\n\n{header}\n\n革委")));
    // Through the whole parser, the clause carries the same lists.
    let g = gongbao::parse(&text);
    let json = serde_json::to_value(&g).unwrap();
    let mut units_seen = Vec::new();
    collect_units(&json, &mut units_seen);
    assert!(units_seen.contains(&"市发展改革委".to_string()), "{units_seen:?}");
    assert!(!units_seen.iter().any(|u| u.contains("公报") || u.contains('-')), "{units_seen:?}");
}

fn collect_units(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(serde_json::Value::Array(rs)) = m.get("responsibilities") {
                for r in rs {
                    for u in r["units"].as_array().into_iter().flatten() {
                        out.extend(u.as_str().map(str::to_owned));
                    }
                }
            }
            m.values().for_each(|x| collect_units(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_units(x, out)),
        _ => {}
    }
}

#[test]
fn texts_without_lists_have_none() {
    for name in [
        "govcn-guoling-707-geshui-shishi-tiaoli.txt",
        "lawrefbook-samr-ling-56-mingma-biaojia.md.txt",
        "lawrefbook-shanghai-youhua-yingshang-huanjing-tiaoli-2024.md.txt",
        "nhc-zhenliao-fangan-v10-2023.pdflayout.txt",
        "npc-geren-xinxi-baohu-fa-2021-flk.txt",
    ] {
        let (_, found) = lists(name);
        assert!(found.is_empty(), "{name}: {found:?}");
    }
}

#[test]
fn json_round_trip_on_the_corpus() {
    let (_, found) = lists("shanghai-gazette-2023-10.txt");
    let json = serde_json::to_value(&found[59]).unwrap();
    assert_eq!(json["label"], "责任部门、单位");
    assert_eq!(json["units"][2], "市精神文明办");
    assert_eq!(json["lead"], serde_json::json!([]));
    assert!(json["span"]["start"].is_u64() && json["unit_spans"][0]["end"].is_u64());
    let back: Responsibility = serde_json::from_value(json).unwrap();
    assert_eq!(back, found[59]);
    let bare: Responsibility =
        serde_json::from_str(r#"{"label":null,"units":["商务部"],"lead":[],"span":{"start":0,"end":15}}"#).unwrap();
    assert!(bare.roles.is_empty() && bare.unit_spans.is_empty());
}

/// Pieces that make list-like noise more often than random text does.
fn fragments() -> impl Strategy<Value = String> {
    let pieces = vec![
        "（",
        "）",
        "(",
        ")",
        "〔",
        "】",
        "责任单位",
        "责任部门、单位",
        "牵头单位",
        "配合单位",
        "：",
        ":",
        "、",
        "，",
        ",",
        "；",
        "。",
        "等",
        "和",
        "与",
        "以及",
        "各",
        "有关",
        "部门",
        "部",
        "委",
        "局",
        "负责",
        "牵头",
        "参与",
        "指导",
        "落实",
        "会同",
        "按职责分工",
        "市财政局",
        "文化和旅游部",
        "商务部",
        "各省级人民政府",
        "排在第一位的部门为牵头部门",
        "下同",
        "由",
        "- 13 -",
        "13",
        "第2页",
        "公报",
        "\n",
        "\n\n",
        " ",
        "\u{3000}",
        "ａ",
        "é",
        "👍",
        "x",
    ];
    prop::collection::vec(prop::sample::select(pieces), 0..48).prop_map(|v| v.concat())
}

fn check_list(input: &str, within: Span, l: &Responsibility) -> Result<(), TestCaseError> {
    prop_assert!(within.contains(l.span));
    prop_assert!(l.span.slice(input).is_some());
    prop_assert!(!l.units.is_empty());
    prop_assert_eq!(l.units.len(), l.unit_spans.len());
    prop_assert_eq!(l.units.len(), l.roles.len());
    for (u, sp) in l.units.iter().zip(&l.unit_spans) {
        prop_assert!(!u.is_empty());
        prop_assert!(l.span.contains(*sp));
        prop_assert!(sp.slice(input).is_some());
    }
    for lead in &l.lead {
        prop_assert!(l.units.contains(lead));
    }
    Ok(())
}

fn check_input(input: &str, start: usize, end: usize) -> Result<(), TestCaseError> {
    let whole = Span::new(0, input.len());
    match gongbao::units::parse_list(input) {
        Ok(l) => check_list(input, whole, &l)?,
        Err(e) => {
            prop_assert!(whole.contains(e.span()));
            prop_assert!(e.span().slice(input).is_some());
        }
    }
    for l in find_lists(input, whole) {
        check_list(input, whole, &l)?;
    }
    let span = Span::new(start.min(input.len()), end.min(input.len()));
    let found = find_lists(input, span);
    if span.slice(input).is_none() {
        prop_assert!(found.is_empty());
    }
    for l in found {
        check_list(input, span, &l)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics_on_list_like_text(input in fragments(), start in 0usize..400, end in 0usize..400) {
        check_input(&input, start, end)?;
    }

    #[test]
    fn never_panics_on_any_text(input in any::<String>(), start in 0usize..200, end in 0usize..200) {
        check_input(&input, start, end)?;
    }
}

// Lists one by one: the shapes of the module docs.

#[track_caller]
fn units(s: &str) -> Vec<String> {
    parse_list(s).unwrap_or_else(|e| panic!("{s}: {e}")).units
}

#[test]
fn labeled_full_width() {
    // corpus/shanghai-gazette-2023-10.txt, item 1.
    let s = "（责任单位：市经济信息化委、市发展改革委、市财政局、各区政府、有关管委会）";
    let list = parse_list(s).unwrap();
    assert_eq!(list.label.as_deref(), Some("责任单位"));
    assert_eq!(list.units, ["市经济信息化委", "市发展改革委", "市财政局", "各区政府", "有关管委会"]);
    assert!(list.lead.is_empty());
    assert_eq!(list.roles, vec!["责任单位"; 5]);
    assert_eq!(list.span, Span::new(0, s.len()));
    for (u, sp) in list.units.iter().zip(&list.unit_spans) {
        assert_eq!(sp.slice(s), Some(u.as_str()));
    }
}

#[test]
fn labeled_half_and_mixed_width() {
    let s = "(责任单位:市经济信息化委、市发展改革委、各区政府、有关管委会)";
    assert_eq!(units(s), ["市经济信息化委", "市发展改革委", "各区政府", "有关管委会"]);
    let s = "（责任单位:市科委、市生态环境局)";
    assert_eq!(units(s), ["市科委", "市生态环境局"]);
    let s = "(责任部门：市医保局、市财政局、市卫生健康委）";
    let list = parse_list(s).unwrap();
    assert_eq!(list.label.as_deref(), Some("责任部门"));
    assert_eq!(list.units, ["市医保局", "市财政局", "市卫生健康委"]);
}

#[test]
fn nested_second_name_both_widths() {
    let s = "(责任部门、单位:市卫生健康委(市中医药管理局)、市医保局)";
    assert_eq!(units(s), ["市卫生健康委(市中医药管理局)", "市医保局"]);
    let s = "（责任单位：市交通委（市道运局)、市财政局）";
    assert_eq!(units(s), ["市交通委（市道运局)", "市财政局"]);
}

#[test]
fn groups_and_labels() {
    let list = parse_list("（牵头单位：市发展改革委，配合单位：市财政局、市商务委）").unwrap();
    assert_eq!(list.units, ["市发展改革委", "市财政局", "市商务委"]);
    assert_eq!(list.lead, ["市发展改革委"]);
    let list = parse_list("（责任单位：市商务委、市财政局等；各区政府）").unwrap();
    assert_eq!(list.units, ["市商务委", "市财政局", "各区政府"]);
    assert_eq!(list.roles, ["责任单位"; 3]);
    let list = parse_list("（牵头部门：市教委；参与单位：市科委）").unwrap();
    assert_eq!(list.lead, ["市教委"]);
    assert_eq!(list.roles, ["牵头部门", "参与单位"]);
    let list = parse_list("（责任主体：各区政府）").unwrap();
    assert_eq!(list.label.as_deref(), Some("责任主体"));
    let list = parse_list("（牵头：市发展改革委；配合：市财政局）").unwrap();
    assert_eq!(list.label.as_deref(), Some("牵头"));
    assert_eq!(list.lead, ["市发展改革委"]);
    assert_eq!(list.roles, ["牵头", "配合"]);
    let list = parse_list("（责任单位：市发展改革委牵头，市财政局配合）").unwrap();
    assert_eq!(list.units, ["市发展改革委", "市财政局"]);
    assert_eq!(list.lead, ["市发展改革委"]);
    assert_eq!(list.roles, ["牵头", "配合"]);
    let list = parse_list("（责任单位：各区政府，市有关部门）").unwrap();
    assert_eq!(list.units, ["各区政府", "市有关部门"]);
    let list = parse_list("（市财政局负责，2023年底前完成）").unwrap();
    assert_eq!(list.units, ["市财政局"]);
    let list = parse_list("（责任单位：市发展改革委（牵头）、市财政局，下同）").unwrap();
    assert_eq!(list.units, ["市发展改革委", "市财政局"]);
    assert_eq!(list.lead, ["市发展改革委"]);
}

#[test]
fn labels_separated_by_a_space() {
    let want_units = ["市市场监管局", "市公安局", "市商务委"];
    let want_roles = ["牵头单位", "配合单位", "配合单位"];
    for s in [
        "（牵头单位：市市场监管局\u{3000}配合单位：市公安局、市商务委）",
        "（牵头单位：市市场监管局 配合单位：市公安局、市商务委）",
        "（牵头单位：市市场监管局  \u{3000} 配合单位：市公安局、市商务委）",
        "(牵头单位:市市场监管局 配合单位:市公安局、市商务委)",
        "（牵头单位：市市场监管局\n配合单位：市公安局、市商务委）",
    ] {
        let list = parse_list(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        assert_eq!(list.label.as_deref(), Some("牵头单位"), "{s}");
        assert_eq!(list.units, want_units, "{s}");
        assert_eq!(list.lead, ["市市场监管局"], "{s}");
        assert_eq!(list.roles, want_roles, "{s}");
        assert_eq!(list.unit_spans[0].slice(s), Some("市市场监管局"));
    }
    let list = parse_list("（责任单位：市科委　牵头：市发展改革委　配合：市财政局）").unwrap();
    assert_eq!(list.units, ["市科委", "市发展改革委", "市财政局"]);
    assert_eq!(list.roles, ["责任单位", "牵头", "配合"]);
    assert_eq!(list.lead, ["市发展改革委"]);
    // A space inside a name or before a compound label's second part cuts nothing.
    let list = parse_list("（责任单位：市发展改革委、市精神文明\n\n办）").unwrap();
    assert_eq!(list.units, ["市发展改革委", "市精神文明办"]);
    let list = parse_list("（责任部门、\n单位：市财政局）").unwrap();
    assert_eq!(list.label.as_deref(), Some("责任部门、单位"));
    assert_eq!(list.units, ["市财政局"]);
    // Without a space the colon stays an error, as before.
    assert!(parse_list("（牵头单位：市市场监管局配合单位：市公安局）").is_err());
    // A label longer than 24 characters is not read.
    let long = format!("（责任单位{}：市财政局）", "、单位".repeat(8));
    assert!(parse_list(&long).is_err());
    let s = format!("（{}）", "责任单位、 ".repeat(20_000));
    assert!(parse_list(&s).is_err());
}

#[test]
fn comma_under_a_label() {
    let s = "（责任单位：各区政府，市有关部门）";
    let list = parse_list(s).unwrap();
    assert_eq!(list.label.as_deref(), Some("责任单位"));
    assert_eq!(list.units, ["各区政府", "市有关部门"]);
    assert_eq!(list.roles, ["责任单位", "责任单位"]);
    assert_eq!(list.unit_spans[1].slice(s), Some("市有关部门"));
    let list = parse_list("(责任单位:市发展改革委,市财政局、市商务委,各区)").unwrap();
    assert_eq!(list.units, ["市发展改革委", "市财政局", "市商务委", "各区"]);
    let list = parse_list("（牵头单位：市教委，市人力资源社会保障局；配合单位：市财政局）").unwrap();
    assert_eq!(list.units, ["市教委", "市人力资源社会保障局", "市财政局"]);
    assert_eq!(list.lead, ["市教委", "市人力资源社会保障局"]);
    assert_eq!(list.roles, ["牵头单位", "牵头单位", "配合单位"]);
    // What follows a comma must look like a unit; otherwise it is a note.
    assert_eq!(units("（责任单位：市财政局，2023年底前完成）"), ["市财政局"]);
    assert_eq!(units("（责任单位：市财政局，持续推进）"), ["市财政局"]);
    assert_eq!(units("（责任单位：市财政局，按季度报送进展）"), ["市财政局"]);
    // So is a remark before the first label, as the 包头 考评指标 print
    // every item's list (tests/fixtures/pkulaw-baotou-…).
    let list = parse_list("（5月底完成，牵头考核单位：市政府办公室、市公安局）").unwrap();
    assert_eq!(list.units, ["市政府办公室", "市公安局"]);
    assert_eq!(list.lead, ["市政府办公室", "市公安局"]);
    assert_eq!(units("（持续推进，牵头考核单位：市审批服务局）"), ["市审批服务局"]);
    // Without a label after it, such a remark is no list.
    assert!(parse_list("（5月底完成，持续推进）").is_err());
}

#[test]
fn page_break_inside_a_name() {
    let s = "(责任部门、单位:各区政府、市委宣传部、市精神文明\n\n办、市卫生健康委)";
    let list = parse_list(s).unwrap();
    assert_eq!(list.units, ["各区政府", "市委宣传部", "市精神文明办", "市卫生健康委"]);
    assert_eq!(list.unit_spans[2].slice(s), Some("市精神文明\n\n办"));
}

#[test]
fn label_split_by_a_page_break() {
    for s in [
        "（责任单\n\n位：市发展改革委、市财政局）",
        "（责任单\n\n- 13 -\n\n位：市发展改革委、市财政局）",
        "（责任单\n- 13 -\n位：市发展改革委、市财政局）",
        "（责任单\r\n\r\n— 13 —\r\n\r\n位：市发展改革委、市财政局）",
        "（责任单\n\n　　13\n\n位：市发展改革委、市财政局）",
        "（责任单\n\n第 13 页\n\n位：市发展改革委、市财政局）",
        "（责任单\n\n第１３页，共４０页\n\n位：市发展改革委、市财政局）",
        "（责任单\n\n13/40\n\n位：市发展改革委、市财政局）",
    ] {
        let list = parse_list(s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
        assert_eq!(list.label.as_deref(), Some("责任单位"), "{s:?}");
        assert_eq!(list.units, ["市发展改革委", "市财政局"], "{s:?}");
        assert_eq!(list.roles, ["责任单位", "责任单位"], "{s:?}");
        assert_eq!(list.unit_spans[0].slice(s), Some("市发展改革委"));
    }
}

#[test]
fn page_number_inside_a_name() {
    let s = "（责任单位：市发展改\n\n- 13 -\n\n革委、市财政局）";
    let list = parse_list(s).unwrap();
    assert_eq!(list.units, ["市发展改革委", "市财政局"]);
    assert_eq!(list.unit_spans[0].slice(s), Some("市发展改\n\n- 13 -\n\n革委"));
    let s = "（市发展改革委、市财\n\n8\n\n政局负责）";
    assert_eq!(units(s), ["市发展改革委", "市财政局"]);
    // A bare number on a line of its own is the page number even where a
    // number could be meant: the list reads the same without it.
    assert_eq!(units("（教育部等\n10\n部门负责）"), ["教育部"]);
    // Not furniture: a number that shares its line with text, a number
    // at the edge of the brackets, a line of five digits.
    assert_eq!(units("（责任单位：市财政局、\n第2分局）"), ["市财政局", "第2分局"]);
    assert_eq!(units("（责任单位：市财政局\n- 13 -）"), ["市财政局- 13 -"]);
    assert_eq!(units("（责任单位：市财政\n12345\n局）"), ["市财政12345局"]);
}

#[test]
fn running_header_inside_a_name() {
    let header = "上海市人民政府公报2023·12";
    let text = format!(
        "{header}\n\n一、加强统筹。\n\n- 12 -\n\n{header}\n\n二、推进落实。（责任单位：市发展改\n\n- 13 -\n\n{header}\n\n革委、市财政局）\n\n- 14 -\n"
    );
    let para = text.find("二、").unwrap()..text.find("）").unwrap() + "）".len();
    let lists = find_lists(&text, Span::new(para.start, para.end));
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].units, ["市发展改革委", "市财政局"]);
    assert_eq!(lists[0].unit_spans[0].slice(&text), Some(&*format!("市发展改\n\n- 13 -\n\n{header}\n\n革委")));
    // A running footer above the page number, and a header that comes
    // back after the list.
    let text =
        format!("（责任单位：市发展改\n\n{header}\n\n- 13 -\n\n革委、市财政局）正文。\n\n- 14 -\n\n  {header}  \n");
    let lists = find_lists(&text, Span::new(0, text.len()));
    assert_eq!(lists[0].units, ["市发展改革委", "市财政局"]);
    // Repetition is what tells a header: alone, the list keeps the line.
    let s = format!("（责任单位：市发展改\n\n- 13 -\n\n{header}\n\n革委、市财政局）");
    assert_eq!(units(&s), [format!("市发展改{header}革委").as_str(), "市财政局"]);
    // Nor is a repeated line furniture without a page number next to it,
    // or when it holds the punctuation of a list.
    let text = "市财政局\n\n（责任单位：市发展改革委、\n\n市财政局\n\n）";
    assert_eq!(find_lists(text, Span::new(0, text.len()))[0].units, ["市发展改革委", "市财政局"]);
    let text = "、市财政局\n\n（责任单位：市发展改革委\n\n- 3 -\n\n、市财政局\n\n）";
    assert_eq!(find_lists(text, Span::new(0, text.len()))[0].units, ["市发展改革委", "市财政局"]);
    // Only a repetition on a line of its own counts.
    let text = format!("引用{header}。\n\n（责任单位：市发展改\n\n- 13 -\n\n{header}\n\n革委）");
    assert_eq!(find_lists(&text, Span::new(0, text.len()))[0].units, [format!("市发展改{header}革委")]);
}

#[test]
fn much_furniture_stays_linear() {
    // Every other line a page number, every line a header candidate
    // that repeats: a bounded number of searches per list.
    let n = 20_000;
    let body = "- 1 -\n页眉\n".repeat(n);
    let s = format!("页眉\n（责任单位：市财政\n{body}局、市商务委\n{body}）\n页眉\n");
    let lists = find_lists(&s, Span::new(0, s.len()));
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].units.len(), 2);
    assert!(lists[0].units[0].starts_with("市财政页眉"));
    let s = format!("（责任单位：市财政\n{}局）", "\n7\n".repeat(n));
    assert_eq!(units(&s), ["市财政局"]);
}

#[test]
fn state_council_shapes() {
    let list =
        parse_list("（生态环境部牵头，国家发展改革委、工业和信息化部、住房城乡建设部、农业农村部、国家统计局参与）")
            .unwrap();
    assert_eq!(list.label, None);
    assert_eq!(
        list.units,
        ["生态环境部", "国家发展改革委", "工业和信息化部", "住房城乡建设部", "农业农村部", "国家统计局"]
    );
    assert_eq!(list.lead, ["生态环境部"]);
    assert_eq!(list.roles[..2], ["牵头", "参与"]);

    let list = parse_list("（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）").unwrap();
    assert_eq!(list.units, ["生态环境部", "试点城市政府"]);
    assert_eq!(list.roles, ["指导", "负责落实"]);
    assert!(list.lead.is_empty());

    let list = parse_list("（市场监管总局、工业和信息化部负责）").unwrap();
    assert_eq!(list.units, ["市场监管总局", "工业和信息化部"]);

    let list = parse_list("（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）").unwrap();
    assert_eq!(list.units, ["税务总局", "财政部", "海关总署"]);
    assert_eq!(list.lead, ["税务总局"]);
}

#[test]
fn deng_and_he() {
    assert_eq!(units("（商务部等有关部门负责）"), ["商务部"]);
    assert_eq!(units("（农业农村部、商务部等和各省级人民政府负责）"), ["农业农村部", "商务部", "各省级人民政府"]);
    assert_eq!(units("（商务部等和各有关省级人民政府负责）"), ["商务部", "各有关省级人民政府"]);
    assert_eq!(
        units("（中央和国家机关工委、文化和旅游部、住房和城乡建设部、工业和信息化部负责）"),
        ["中央和国家机关工委", "文化和旅游部", "住房和城乡建设部", "工业和信息化部"]
    );
    assert_eq!(units("（公安部和各地公安机关负责）"), ["公安部", "各地公安机关"]);
    assert_eq!(units("（教育部等10部门负责）"), ["教育部"]);
    assert_eq!(units("（教育部、各高等学校负责）"), ["教育部", "各高等学校"]);
    assert_eq!(units("（发展改革委会同有关部门负责）"), ["发展改革委", "有关部门"]);
    assert_eq!(units("（财政部、税务总局按职责分工负责）"), ["财政部", "税务总局"]);
    assert_eq!(units("（发展改革委、财政部等部门按职责分工负责）"), ["发展改革委", "财政部"]);
    assert_eq!(units("（商务部、财政部等负责）"), ["商务部", "财政部"]);
}

#[test]
fn deng_before_a_level_collective() {
    let list = parse_list("（责任单位：市经济和信息化局等市有关部门）").unwrap();
    assert_eq!(list.units, ["市经济和信息化局"]);
    assert_eq!(list.roles, ["责任单位"]);
    assert_eq!(units("（工业和信息化部、商务部等国家有关部门负责）"), ["工业和信息化部", "商务部"]);
    assert_eq!(units("（责任单位：省发展改革委等省直有关单位）"), ["省发展改革委"]);
    assert_eq!(units("（责任单位：市商务委等区县相关单位）"), ["市商务委"]);
    assert_eq!(units("（责任单位：市财政局等市级部门）"), ["市财政局"]);
    assert_eq!(units("（责任单位：市民政局等市政府有关部门、各区政府）"), ["市民政局", "各区政府"]);
    assert_eq!(units("（教育部等中央有关部门负责）"), ["教育部"]);
    // A collective right after 等 is the tail 等 summarises; after a
    // conjunction or 、 it is a unit.
    assert_eq!(units("（责任单位：市住房城乡建设管理委等各区县政府）"), ["市住房城乡建设管理委"]);
    assert_eq!(units("（市住房城乡建设管理委等各区县政府负责）"), ["市住房城乡建设管理委"]);
    assert_eq!(units("（责任单位：市住房城乡建设管理委等和各区县政府）"), ["市住房城乡建设管理委", "各区县政府"]);
    assert_eq!(units("（责任单位：市住房城乡建设管理委、各区县政府）"), ["市住房城乡建设管理委", "各区县政府"]);
    // A level word with no collective after it is the start of a name.
    assert_eq!(units("（责任单位：市商务委等市场监管部门）"), ["市商务委等市场监管部门"]);
    assert_eq!(units("（责任单位：市财政局、区政府）"), ["市财政局", "区政府"]);
    let s = "（责任单位：市经济和信息化局等市有关部门）";
    let list = parse_list(s).unwrap();
    assert_eq!(list.unit_spans[0].slice(s), Some("市经济和信息化局"));
}

#[test]
fn remarks_are_errors() {
    for s in [
        "（技工院校内由人力资源社会保障行政部门负责）",
        "（以下简称《政策措施》）",
        "（含具有高级工以上职业资格人员）",
        "（试行）",
        "（2023年4月18日）",
        "（国办函〔2022〕17号）",
        "(一)",
        "（此件公开发布）",
        "（垃圾焚烧企业依法依规安装污染物排放自动监测设备、在厂区门口树立电子显示屏实时公布污染物排放和焚烧炉运行数据、自动监测设备与生态环境部门联网）",
    ] {
        let err = parse_list(s).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Units, "{s}");
        assert!(err.span().end <= s.len());
    }
    let s = "（技工院校内由人力资源社会保障行政部门负责）";
    let err = parse_list(s).unwrap_err();
    assert_eq!(err.span().slice(s), Some("技工院校内由人力资源社会保障行政部门"));
    assert_eq!(err.fault(), &Fault::Units(UnitsFault::SentenceCharacter { found: '由' }), "{err}");
}

#[test]
fn structural_errors() {
    assert_eq!(parse_list("  ").unwrap_err().fault(), &Fault::Units(UnitsFault::Empty));
    let err = parse_list("责任单位：市财政局").unwrap_err();
    assert_eq!(err.span(), Span::new(0, 3));
    let s = "（责任单位：市财政局（市金融局）";
    let err = parse_list(s).unwrap_err();
    assert_eq!(err.span(), Span::new(0, 3));
    assert_eq!(err.fault(), &Fault::Units(UnitsFault::NotClosed));
    let s = "（责任单位：市财政局）。";
    let err = parse_list(s).unwrap_err();
    assert_eq!(err.span().slice(s), Some("。"));
    let s = "（）";
    assert_eq!(parse_list(s).unwrap_err().span(), Span::new(0, s.len()));
    let s = "（责任单位：）";
    let err = parse_list(s).unwrap_err();
    assert_eq!(err.fault(), &Fault::Units(UnitsFault::LabelWithoutUnits), "{err}");
    let s = "（责任单位：市财政局、、市商务委）";
    assert_eq!(parse_list(s).unwrap_err().fault(), &Fault::Units(UnitsFault::EmptyName));
}

#[test]
fn surrounding_space_is_allowed() {
    let s = " \n（责任单位：市财政局）\n";
    let list = parse_list(s).unwrap();
    assert_eq!(list.span.slice(s), Some("（责任单位：市财政局）"));
}

#[test]
fn position_rule() {
    let text = "分别负责管理（技工院校内由人力资源社会保障部门负责），国务院";
    assert!(find_lists(text, Span::new(0, text.len())).is_empty());
    let text = "加强统筹（商务部负责），推进落实";
    assert!(find_lists(text, Span::new(0, text.len())).is_empty());
    let text = "加强统筹（商务部负责）。推进落实";
    assert_eq!(find_lists(text, Span::new(0, text.len())).len(), 1);
    // A label is decisive wherever the list stands.
    let text = "加强统筹（责任单位：市商务委），推进落实";
    assert_eq!(find_lists(text, Span::new(0, text.len())).len(), 1);
}

#[test]
fn find_in_a_sub_span() {
    let text = "甲。（商务部负责）乙。（财政部负责）";
    let second = text.find("乙").unwrap();
    let lists = find_lists(text, Span::new(second, text.len()));
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].units, ["财政部"]);
    assert_eq!(lists[0].span.slice(text), Some("（财政部负责）"));
    assert!(find_lists(text, Span::new(1, 5)).is_empty());
    assert!(find_lists(text, Span::new(0, text.len() + 1)).is_empty());
}

#[test]
fn deep_nesting_does_not_overflow() {
    let n = 100_000;
    let s = format!("{}{}", "（".repeat(n), "）".repeat(n));
    assert!(parse_list(&s).is_err());
    assert!(find_lists(&s, Span::new(0, s.len())).is_empty());
    let s = format!("{}责任单位：市财政局）", "(".repeat(n));
    assert!(parse_list(&s).is_err());
    let lists = find_lists(&s, Span::new(0, s.len()));
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].units, ["市财政局"]);
}

/// The line of `text` that starts with `start`, as a span.
#[track_caller]
fn line_span(text: &str, start: &str) -> Span {
    let at = text.find(start).unwrap_or_else(|| panic!("{start} not in the text"));
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    Span::new(at, end)
}

#[test]
fn a_labelled_line_without_brackets_is_a_list() {
    // corpus/0798ci-export-zhezhengbanfa-2019-7-zeren-fenjie-qiantou-danwei.txt, line 53.
    let text = corpus("0798ci-export-zhezhengbanfa-2019-7-zeren-fenjie-qiantou-danwei.txt");
    let found = find_lists(&text, line_span(&text, "牵头单位:"));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].label.as_deref(), Some("牵头单位"));
    assert_eq!(strs(&found[0].units), ["省发展改革委", "省经信厅", "省财政厅", "省商务厅", "省地方金融监管局"]);
    assert_eq!(found[0].lead, found[0].units);
    // corpus/hzldzy-page-gongzhengbanfa-2018-42-daqi-jihua-zeren-danwei.txt,
    // last line: the sentence's 。 is not part of the last unit.
    let text = corpus("hzldzy-page-gongzhengbanfa-2018-42-daqi-jihua-zeren-danwei.txt");
    let found = find_lists(&text, line_span(&text, "责任单位:"));
    assert_eq!(strs(&found[0].units), ["区发改局", "区市场监管局", "环保拱墅分局", "各街道(园区)"]);
    assert!(found[0].lead.is_empty());
    // A sentence that names a unit first is no list: 各级气象主管机构应当….
    let text = corpus("falvziliao-export-hebei-zhengfuling-2010-15-rengong-yingxiang-tianqi.txt");
    assert!(find_lists(&text, line_span(&text, "发展改革、财政")).is_empty());
}

#[test]
fn units_without_a_verb_take_the_verb_after_them() {
    // corpus/kmgd-page-guandu-wenzengzhang-cuoshi-2016-qiantou-peihe.txt,
    // item 4: （区发改局牵头，区财政局、…、区水务局等部门，区国投公司、各街道办事处配合）.
    let text = corpus("kmgd-page-guandu-wenzengzhang-cuoshi-2016-qiantou-peihe.txt");
    let found = find_lists(&text, line_span(&text, "4. 加强项目谋划储备"));
    assert_eq!(found.len(), 1);
    assert_eq!(
        strs(&found[0].units),
        ["区发改局", "区财政局", "区交运局", "区经贸投促局", "区住建局", "区水务局", "区国投公司", "各街道办事处"]
    );
    assert_eq!(found[0].lead, ["区发改局"]);
    assert_eq!(found[0].roles[1..], ["配合"; 7]);
}
