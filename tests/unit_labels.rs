//! Responsible-unit lists in labelled forms other than 责任单位, cut from
//! real texts: the label words (牵头部门, 责任部门, 负责部门, 牵头单位 with
//! 配合单位), a lead and a cooperating part in one bracket, collectives of
//! divisions (各区、县级市) kept as one unit, and other labelled fields that
//! share the bracket.

use gongbao::Span;
use gongbao::units::{Responsibility, find_lists, parse_list};

#[track_caller]
fn list(s: &str) -> Responsibility {
    parse_list(s).unwrap_or_else(|e| panic!("{s}: {}", e.message()))
}

#[track_caller]
fn check(s: &str, label: &str, units: &[&str], roles: &[&str], lead: &[&str]) {
    let l = list(s);
    assert_eq!(l.label.as_deref(), Some(label), "{s}");
    assert_eq!(l.units, units, "{s}");
    assert_eq!(l.roles, roles, "{s}");
    assert_eq!(l.lead, lead, "{s}");
    assert!(l.fields.is_empty(), "{s}");
}

/// 广州 关于推进人才集聚工程的实施意见 (2012, numbered projects 1–45), from a
/// site's SQL backup in the public index (file id 31843635488; the index
/// names no repository for it): the lead unit, then the cooperating units
/// after a comma, ending in the collective 各区、县级市.
#[test]
fn guangzhou_lead_and_cooperating_with_a_collective_of_divisions() {
    check(
        "（牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市）",
        "牵头单位",
        &["市发展改革委", "市委组织部", "市人力资源和社会保障局", "各区、县级市"],
        &["牵头单位", "配合单位", "配合单位", "配合单位"],
        &["市发展改革委"],
    );
    check(
        "（牵头单位：市人力资源和社会保障局，配合单位：各区、县级市）",
        "牵头单位",
        &["市人力资源和社会保障局", "各区、县级市"],
        &["牵头单位", "配合单位"],
        &["市人力资源和社会保障局"],
    );
    check(
        "（牵头单位：市金融办，配合单位：市发展改革委、市人力资源和社会保障局，各区、县级市）",
        "牵头单位",
        &["市金融办", "市发展改革委", "市人力资源和社会保障局", "各区、县级市"],
        &["牵头单位", "配合单位", "配合单位", "配合单位"],
        &["市金融办"],
    );
    check(
        "（牵头单位：市委组织部，配合单位：市国资委）",
        "牵头单位",
        &["市委组织部", "市国资委"],
        &["牵头单位", "配合单位"],
        &["市委组织部"],
    );
}

/// More lists of the same 广州 实施意见 (关于推进人才集聚工程的实施意见, 2012):
/// 各有关单位 and 各有关区、县级市 are units of their own, a district (越秀区)
/// a unit like any other, and 各项目牵头单位 a unit, not a label.
#[test]
fn guangzhou_collectives_and_named_collectives() {
    let cases: &[(&str, &[&str])] = &[
        ("（牵头单位：市农业局，配合单位：市科协，各有关区、县级市）", &["市农业局", "市科协", "各有关区、县级市"]),
        ("（牵头单位：市委宣传部，配合单位：各有关单位，各区、县级市）", &["市委宣传部", "各有关单位", "各区、县级市"]),
        (
            "（牵头单位：市人力资源和社会保障局，配合单位：市委组织部、各有关单位，各区、县级市）",
            &["市人力资源和社会保障局", "市委组织部", "各有关单位", "各区、县级市"],
        ),
        (
            "（牵头单位：市委组织部，配合单位：市科技和信息化局、市人力资源和社会保障局、市财政局、越秀区）",
            &["市委组织部", "市科技和信息化局", "市人力资源和社会保障局", "市财政局", "越秀区"],
        ),
        ("（牵头单位：市人力资源和社会保障局）", &["市人力资源和社会保障局"]),
        (
            "（牵头单位：市委组织部，配合单位：各项目牵头单位，各区、县级市）",
            &["市委组织部", "各项目牵头单位", "各区、县级市"],
        ),
        (
            "（牵头单位：市委政法委，配合单位：市法院、市检察院、市公安局、市司法局、市法制办，各区、县级市）",
            &["市委政法委", "市法院", "市检察院", "市公安局", "市司法局", "市法制办", "各区、县级市"],
        ),
    ];
    for (s, units) in cases {
        let l = list(s);
        assert_eq!(l.units, *units, "{s}");
        assert_eq!(l.lead, units[..1], "{s}");
        assert_eq!(l.roles[0], "牵头单位", "{s}");
        assert!(l.roles[1..].iter().all(|r| r == "配合单位"), "{s}");
    }
}

/// 上海市北斗产业高质量发展三年行动计划 (2021): 牵头部门 names the leads.
#[test]
fn shanghai_beidou_lead_departments() {
    check(
        "（牵头部门：市科委、市经济信息化委、市发展改革委、市国防科工办）",
        "牵头部门",
        &["市科委", "市经济信息化委", "市发展改革委", "市国防科工办"],
        &["牵头部门"; 4],
        &["市科委", "市经济信息化委", "市发展改革委", "市国防科工办"],
    );
}

/// 上海市脑机接口未来产业培育行动方案（2025-2030年）: 责任部门.
#[test]
fn shanghai_naoji_responsible_departments() {
    check(
        "（责任部门：市科委、市经济信息化委、市发展改革委、市卫生健康委、市药品监管局）",
        "责任部门",
        &["市科委", "市经济信息化委", "市发展改革委", "市卫生健康委", "市药品监管局"],
        &["责任部门"; 5],
        &[],
    );
}

/// Any word ending in 单位, 部门 or 主体 before a colon labels units.
#[test]
fn labels_are_any_organ_noun_word() {
    for label in ["负责部门", "责任主体", "主要责任单位", "实施主体", "协办单位", "负责单位"]
    {
        let s = format!("（{label}：市商务委、市财政局）");
        let l = list(&s);
        assert_eq!(l.label.as_deref(), Some(label));
        assert_eq!(l.units, ["市商务委", "市财政局"]);
        assert_eq!(l.roles, [label, label]);
        assert!(l.lead.is_empty());
    }
    // Only 牵头 leads.
    assert_eq!(list("（牵头部门：市商务委；配合部门：市财政局）").lead, ["市商务委"]);
    // 各有关单位： addresses units; it labels none.
    assert!(parse_list("（各有关单位：市商务委）").is_err());
}

/// A collective of divisions is one unit: the 、 lists the kinds of
/// division 各 covers, as in 各省、自治区、直辖市人民政府 of an addressee line.
/// Other units after it stay units of their own.
#[test]
fn collectives_of_divisions_are_one_unit() {
    assert_eq!(list("（责任单位：市财政局、各区、县级市）").units, ["市财政局", "各区、县级市"]);
    assert_eq!(
        list("（责任单位：各省、自治区、直辖市人民政府，发展改革委）").units,
        ["各省、自治区、直辖市人民政府", "发展改革委"]
    );
    assert_eq!(list("（责任单位：各市、县（市、区）人民政府）").units, ["各市、县（市、区）人民政府"]);
    assert_eq!(list("（责任单位：各区、市财政局）").units, ["各区", "市财政局"]);
    assert_eq!(list("（责任单位：市财政局，各有关单位）").units, ["市财政局", "各有关单位"]);
    // Unlabelled, the collective is a unit that can carry the verb.
    let l = list("（各区、县级市负责）");
    assert_eq!((l.units, l.roles), (vec!["各区、县级市".to_string()], vec!["负责".to_string()]));
}

/// Fields that are no unit list share the bracket: they are kept in
/// `fields`, never read as units, and never stop the list.
#[test]
fn other_labelled_fields_share_the_bracket() {
    let l = list("（适用范围：全市；责任单位：市商务委、市财政局；完成时限：2023年底前）");
    assert_eq!(l.units, ["市商务委", "市财政局"]);
    let fields: Vec<(&str, &str)> = l.fields.iter().map(|f| (f.label.as_str(), f.value.as_str())).collect();
    assert_eq!(fields, [("适用范围", "全市"), ("完成时限", "2023年底前")]);
    // Separated by a space only, the next field still ends the unit.
    let s = "（牵头单位：市发展改革委　完成时限：2023年12月）";
    let l = list(s);
    assert_eq!(l.units, ["市发展改革委"]);
    assert_eq!(l.fields[0].value, "2023年12月");
    assert_eq!(l.fields[0].span.slice(s), Some("完成时限：2023年12月"));
    // A verb clause after a field is units again.
    let l = list("（完成时限：2023年底；市财政局负责）");
    assert_eq!((l.units.clone(), l.fields.len()), (vec!["市财政局".to_string()], 1));
    // Fields alone are no list.
    assert!(parse_list("（完成时限：2023年底前）").is_err());
    // Found in running text, a list with fields is one list.
    let text = "加快建设。（责任单位：市商务委；完成时限：2023年底前）";
    let found = find_lists(text, Span::new(0, text.len()));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].fields.len(), 1);
}

/// The whole 北斗 plan as a crawler saved it (corpus text): 19 lists
/// labelled 牵头部门, one with its label split by a blank line, every unit
/// a lead.
#[test]
fn shanghai_beidou_every_list_through_the_parser() {
    let bytes = std::fs::read("corpus/shanghai-beidou-xingdong-jihua-2021-qiantou-bumen.web.txt").expect("corpus text");
    let g = gongbao::parse_bytes(&bytes).expect("decodable").gazette;
    fn walk<'a>(cs: &'a [gongbao::model::Clause], out: &mut Vec<&'a Responsibility>) {
        for c in cs {
            out.extend(&c.responsibilities);
            walk(&c.children, out);
        }
    }
    let mut lists = Vec::new();
    walk(&g.documents[0].clauses, &mut lists);
    assert_eq!(lists.len(), 19);
    for l in &lists {
        assert_eq!(l.label.as_deref(), Some("牵头部门"));
        assert_eq!(l.lead, l.units);
    }
    assert_eq!(lists[7].units, ["市交通委", "市水务局", "市经济信息化委"]);
    assert_eq!(lists[12].units.len(), 8);
    assert_eq!(lists[12].units[2], "青浦区政府");
}
