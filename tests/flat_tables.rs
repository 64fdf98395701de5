//! The flat tables ([`gongbao::tables`]): rows checked against the
//! reference issue and a law, row counts against the tree, the schema
//! against the serialized rows.

use gongbao::model::Gazette;
use gongbao::tables::{Cell, ColumnKind, Row, SCHEMA, TableSchema, Tables};
use serde::Serialize;

const ISSUE: &str = include_str!("../corpus/shanghai-gazette-2023-10.txt");
const LAW: &str = include_str!("../corpus/npc-geren-xinxi-baohu-fa-2021-flk.txt");

/// The text under a row's byte span.
#[track_caller]
fn under(text: &str, start: usize, end: usize) -> &str {
    &text[start..end]
}

/// The row counts a walk of the tree gives, table by table.
fn walked(g: &Gazette) -> Vec<(&'static str, usize)> {
    let docs = || g.documents();
    let clauses = || docs().flat_map(|d| d.clauses());
    vec![
        ("documents", docs().count()),
        ("clauses", clauses().count()),
        ("responsibilities", clauses().flat_map(|c| c.clause.responsibilities.iter()).map(|l| l.units.len()).sum()),
        ("dates", docs().map(|d| d.dates.len()).sum::<usize>() + clauses().map(|c| c.dates.len()).sum::<usize>()),
        (
            "quantities",
            docs().map(|d| d.quantities.len()).sum::<usize>() + clauses().map(|c| c.quantities.len()).sum::<usize>(),
        ),
        (
            "references",
            docs().map(|d| d.references.len()).sum::<usize>() + clauses().map(|c| c.references.len()).sum::<usize>(),
        ),
        ("citations", g.citations.len()),
        ("diagnostics", g.diagnostics.len()),
    ]
}

fn counts(t: &Tables) -> Vec<(&'static str, usize)> {
    t.each().iter().map(|(s, rows)| (s.name, rows.len())).collect()
}

#[test]
fn the_reference_issue_has_as_many_rows_as_the_tree_has_nodes() {
    let g = gongbao::parse(ISSUE);
    let t = g.tables("issue");
    assert_eq!(counts(&t), walked(&g));
    assert_eq!(
        counts(&t),
        [
            ("documents", 12),
            ("clauses", 164),
            ("responsibilities", 294),
            ("dates", 25),
            ("quantities", 122),
            ("references", 0),
            ("citations", 11),
            ("diagnostics", 13),
        ]
    );
}

#[test]
fn the_law_has_as_many_rows_as_the_tree_has_nodes() {
    let g = gongbao::parse(LAW);
    let t = g.tables("law");
    assert_eq!(counts(&t), walked(&g));
    assert_eq!(
        counts(&t),
        [
            ("documents", 1),
            ("clauses", 211),
            ("responsibilities", 0),
            ("dates", 1),
            ("quantities", 11),
            ("references", 16),
            ("citations", 0),
            ("diagnostics", 0),
        ]
    );
}

#[test]
fn every_corpus_text_has_as_many_rows_as_its_tree_and_every_id_once() {
    let mut files: Vec<_> = std::fs::read_dir("corpus")
        .expect("corpus/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() > 50, "{} corpus texts", files.len());
    for path in files {
        let parsed = gongbao::parse_bytes(&std::fs::read(&path).expect("readable")).expect("decodable");
        let t = parsed.gazette.tables(&path.display().to_string());
        assert_eq!(counts(&t), walked(&parsed.gazette), "{}", path.display());
        let mut ids: Vec<&str> =
            t.documents.iter().map(|d| d.id.as_str()).chain(t.clauses.iter().map(|c| c.id.as_str())).collect();
        let all = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all, "{}: an id twice", path.display());
        // Siblings are numbered 1, 2, 3 in reading order.
        let mut seen: std::collections::HashMap<(&str, Option<&str>), usize> = Default::default();
        for c in &t.clauses {
            let n = seen.entry((c.document.as_str(), c.parent.as_deref())).or_default();
            *n += 1;
            assert_eq!(c.position, *n, "{}: {}", path.display(), c.id);
        }
        let top: usize = parsed.gazette.documents().map(|d| d.clauses.len()).sum();
        assert_eq!(seen.iter().filter(|((_, p), _)| p.is_none()).map(|(_, n)| n).sum::<usize>(), top);
        // Every clause's parent and document are rows of this source.
        for c in &t.clauses {
            assert!(t.documents.iter().any(|d| d.id == c.document), "{}: {}", path.display(), c.id);
            if let Some(p) = &c.parent {
                assert!(t.clauses.iter().any(|q| &q.id == p && q.depth + 1 == c.depth), "{}: {}", path.display(), c.id);
            }
        }
    }
}

#[test]
fn documents_of_the_issue_carry_number_addressees_and_validity() {
    let t = gongbao::parse(ISSUE).tables("issue");
    let d1 = &t.documents[0];
    assert_eq!(
        (d1.source.as_str(), d1.id.as_str(), d1.parent.as_deref(), d1.kind.as_str()),
        ("issue", "d1", None, "notice")
    );
    assert_eq!(d1.title, "上海市人民政府办公厅印发《关于新时期强化投资促进加快建设现代化产业体系的政策措施》的通知");
    assert_eq!(d1.date.as_deref(), Some("2023-04-18"));
    assert_eq!(d1.doc_number.as_deref(), Some("沪府办规〔2023〕12号"));
    assert_eq!(
        (d1.doc_number_code.as_deref(), d1.doc_number_year, d1.doc_number_serial, d1.doc_number_kind.as_deref()),
        (Some("沪府办规"), Some(2023), Some(12), Some("ordinary"))
    );
    // 主送机关 as printed: 各区人民政府，市政府各委、办、局，各有关单位：
    assert_eq!(d1.addressees.as_deref(), Some("各区人民政府、市政府各委、办、局、各有关单位"));
    assert_eq!(d1.section.as_deref(), Some("市政府办公厅文件"));
    assert_eq!(
        under(ISSUE, d1.start, d1.end).lines().next(),
        Some("上海市人民政府办公厅印发《关于 新时期强化投资促进 加快建设现代化 产业体系的政策措施》的通知")
    );
    // The policy it issues: 本政策措施自2023年4月20日起实施,有效期至2028年4月19日。
    let policy = &t.documents[1];
    assert_eq!(
        (policy.id.as_str(), policy.parent.as_deref(), policy.kind.as_str()),
        ("d1.1", Some("d1"), "attachment")
    );
    assert_eq!((policy.valid_from.as_deref(), policy.valid_to.as_deref()), (Some("2023-04-20"), Some("2028-04-19")));
    assert_eq!(policy.clause_count, 32);
    // An interpretation names what it explains.
    let d5 = t.documents.iter().find(|d| d.id == "d5").expect("d5");
    assert_eq!((d5.kind.as_str(), d5.interprets.as_deref()), ("interpretation", Some("d1.1")));
}

#[test]
fn a_clause_row_has_its_parent_depth_and_place() {
    let t = gongbao::parse(ISSUE).tables("issue");
    let c = t.clauses.iter().find(|c| c.id == "d1.1/1/1/1").expect("clause");
    // 一、推出招商引资政策新工具 → （一）实施招商奖励“新计划” → 1. 支持引进高端产业项目。
    assert_eq!((c.document.as_str(), c.parent.as_deref(), c.depth, c.position), ("d1.1", Some("d1.1/1/1"), 2, 1));
    assert_eq!((c.marker.as_str(), c.number, c.style.as_str()), ("1.", Some(1), "arabic"));
    assert_eq!(c.title.as_deref(), Some("支持引进高端产业项目"));
    assert!(c.text.starts_with("围绕制造业高端化、智能化、绿色化发展"), "{}", c.text);
    assert!(under(ISSUE, c.start, c.end).starts_with("1. 支持引进高端产业项目。"));
    let top = &t.clauses[0];
    assert_eq!((top.id.as_str(), top.parent.as_deref(), top.depth, top.marker.as_str()), ("d1.1/1", None, 0, "一、"));
    assert_eq!(top.title.as_deref(), Some("推出招商引资政策新工具"));
    // The second 2. under （二）: 6. stands first there.
    let six = t.clauses.iter().find(|c| c.id == "d1.1/1/2/6").expect("clause 6");
    assert_eq!((six.parent.as_deref(), six.position, six.number), (Some("d1.1/1/2"), 1, Some(6)));
}

#[test]
fn a_responsibility_row_is_one_unit_of_a_list() {
    let t = gongbao::parse(ISSUE).tables("issue");
    // （责任单位：市经济信息化委、市发展改革委、市财政局、各区政府、有关管委会）
    let rows: Vec<_> = t.responsibilities.iter().filter(|r| r.clause == "d1.1/1/1/1").collect();
    let units: Vec<&str> = rows.iter().map(|r| r.unit.as_str()).collect();
    assert_eq!(units, ["市经济信息化委", "市发展改革委", "市财政局", "各区政府", "有关管委会"]);
    let first = rows[0];
    assert_eq!((first.document.as_str(), first.list, first.position, first.lead), ("d1.1", 1, 1, false));
    assert_eq!((first.label.as_deref(), first.role.as_deref()), (Some("责任单位"), Some("责任单位")));
    assert_eq!(under(ISSUE, first.start, first.end), "市经济信息化委");
    assert_eq!(rows[4].position, 5);
    // Every unit's span holds the unit as printed, layout spaces aside.
    for r in &t.responsibilities {
        let printed: String = under(ISSUE, r.start, r.end).chars().filter(|c| !c.is_whitespace()).collect();
        assert!(printed.contains(&r.unit), "{r:?}: {printed}");
    }
}

#[test]
fn date_rows_of_clauses_and_of_documents() {
    let t = gongbao::parse(ISSUE).tables("issue");
    // 2023年底前,完成流域干流及重要支流……排污口排查溯源和30%整治任务
    let d = t.dates.iter().find(|d| d.clause.as_deref() == Some("d2.1/1/2")).expect("a dated clause");
    assert_eq!((d.document.as_str(), d.text.as_str(), d.kind.as_str()), ("d2.1", "2023年底前", "deadline"));
    assert_eq!((d.date.as_deref(), d.from.as_deref(), d.to.as_deref()), (Some("2023-12-31"), None, Some("2023-12-31")));
    assert_eq!(under(ISSUE, d.start, d.end), "2023年底前");
    // The policy's closing sentence is the document's, in no clause.
    let v = &t.dates[0];
    assert_eq!((v.document.as_str(), v.clause.as_deref(), v.kind.as_str()), ("d1.1", None, "period"));
    assert_eq!((v.from.as_deref(), v.to.as_deref()), (Some("2023-04-20"), Some("2028-04-19")));
    // A year at its own precision: 2023年上海市政务公开工作要点.
    let y = t.dates.iter().find(|d| d.document == "d4.1" && d.clause.is_none()).expect("d4.1's year");
    assert_eq!((y.text.as_str(), y.kind.as_str(), y.date.as_deref()), ("2023年", "year", Some("2023")));
    // (二十四) 每年8月集中组织开展…: a recurring month, its ISO form without
    // a year.
    let r = t.dates.iter().find(|d| d.clause.as_deref() == Some("d4.1/7/24")).expect("a recurring date");
    assert_eq!(
        (r.text.as_str(), r.kind.as_str(), r.date.as_deref(), r.from.as_deref()),
        ("每年8月", "recurring", Some("--08"), None)
    );
}

#[test]
fn quantity_rows_are_in_the_base_unit() {
    let t = gongbao::parse(ISSUE).tables("issue");
    // 给予不超过项目投资的10%、最高1亿元的支持
    let q: Vec<_> = t.quantities.iter().filter(|q| q.clause.as_deref() == Some("d1.1/1/1/1")).collect();
    let texts: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["30%", "不超过1亿元", "10%", "最高1亿元"]);
    let cap = q[3];
    assert_eq!(
        (cap.kind.as_str(), cap.value, cap.unit.as_deref(), cap.bound.as_deref()),
        ("money", Some(100_000_000.0), Some("元"), Some("max"))
    );
    assert_eq!(under(ISSUE, cap.start, cap.end), "最高1亿元");
    let share = q[0];
    assert_eq!(
        (share.kind.as_str(), share.value, share.unit.as_deref(), share.bound.as_deref()),
        ("share", Some(0.3), None, None)
    );

    // 对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。
    let t = gongbao::parse(LAW).tables("law");
    let fine = t.quantities.iter().find(|q| q.text == "一万元以上十万元以下").expect("a range");
    assert_eq!(
        (fine.clause.as_deref(), fine.value, fine.low, fine.high),
        (Some("d1/art66/para1"), None, Some(10_000.0), Some(100_000.0))
    );
    assert_eq!((fine.unit.as_deref(), fine.bound.as_deref()), (Some("元"), None));
    let pct = t.quantities.iter().find(|q| q.text == "百分之五以下").expect("a share");
    assert_eq!((pct.kind.as_str(), pct.value, pct.bound.as_deref()), ("share", Some(0.05), Some("max")));
}

#[test]
fn the_law_rows_resolve_references_and_dates() {
    let t = gongbao::parse(LAW).tables("law");
    let law = &t.documents[0];
    assert_eq!(
        (law.kind.as_str(), law.title.as_str(), law.date.as_deref()),
        ("regulation", "中华人民共和国个人信息保护法", Some("2021-08-20"))
    );
    assert_eq!((law.valid_from.as_deref(), law.clause_count), (Some("2021-11-01"), 211));
    // 第十三条 … （三）为履行法定职责或者法定义务所必需；: 第二章 → 第一节 → 第十三条 → 款 → 项.
    let item = t.clauses.iter().find(|c| c.id == "d1/art13/para1/item3").expect("item");
    assert_eq!(
        (item.parent.as_deref(), item.depth, item.position, item.marker.as_str()),
        (Some("d1/art13/para1"), 4, 3, "（三）")
    );
    assert_eq!(item.text, "为履行法定职责或者法定义务所必需；");
    let art14 = t.clauses.iter().find(|c| c.id == "d1/art14").expect("art14");
    assert_eq!(
        (art14.parent.as_deref(), art14.style.as_str(), art14.number),
        (Some("d1/chp2/sec1"), "article", Some(14))
    );
    // 但是有前款第二项至第七项规定情形的
    let r = &t.references[0];
    assert_eq!((r.clause.as_deref(), r.text.as_str()), (Some("d1/art13/para2"), "前款第二项至第七项"));
    assert_eq!(
        (r.target.as_deref(), r.target_to.as_deref(), r.target_document.as_deref(), r.resolved),
        (Some("d1/art13/para1/item2"), Some("d1/art13/para1/item7"), None, true)
    );
    assert_eq!(under(LAW, r.start, r.end), "前款第二项至第七项");
    // 第七十四条　本法自2021年11月1日起施行。
    let d = &t.dates[0];
    assert_eq!(
        (d.clause.as_deref(), d.kind.as_str(), d.from.as_deref(), d.date.as_deref()),
        (Some("d1/art74"), "from", Some("2021-11-01"), None)
    );
}

#[test]
fn citation_and_diagnostic_rows_name_the_document_they_stand_in() {
    let t = gongbao::parse(ISSUE).tables("issue");
    // 为贯彻落实《国务院办公厅关于加强入河入海排污口监督管理工作的实施意见》(国办函〔2022〕17号)
    let c = t.citations.iter().find(|c| c.doc_number.is_some()).expect("a numbered citation");
    assert_eq!(
        (c.document.as_deref(), c.doc_number.as_deref(), c.target_document.as_deref()),
        (Some("d2.1"), Some("国办函〔2022〕17号"), None)
    );
    assert_eq!(c.title.as_deref(), Some("国务院办公厅关于加强入河入海排污口监督管理工作的实施意见"));
    // The notice cites the policy it issues, which is in the issue.
    assert_eq!(
        (t.citations[0].document.as_deref(), t.citations[0].target_document.as_deref()),
        (Some("d1"), Some("d1.1"))
    );
    let g = &t.diagnostics[0];
    assert_eq!(
        (g.document.as_deref(), g.severity.as_str(), g.code.as_str()),
        (Some("d1.1"), "info", "joined-page-break")
    );
    assert!(g.start.is_some() && g.end.is_some());
}

/// Checks that every row of `rows` serializes to the keys of `schema` in
/// order, with the values of its cells, each of its column's kind.
#[track_caller]
fn check_rows<R: Serialize + Row>(schema: &TableSchema, rows: &[R]) {
    struct Ordered<'a>(&'a TableSchema, Vec<Cell<'a>>);
    impl Serialize for Ordered<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_map(self.0.columns.iter().map(|c| c.name).zip(&self.1))
        }
    }
    assert!(!rows.is_empty(), "{}: no rows to check", schema.name);
    for row in rows {
        let cells = row.cells();
        assert_eq!(cells.len(), schema.columns.len(), "{}", schema.name);
        for (cell, column) in cells.iter().zip(schema.columns) {
            let fits = match cell {
                Cell::Null => column.nullable,
                Cell::Str(_) => column.kind == ColumnKind::String,
                Cell::Int(_) => column.kind == ColumnKind::Int64,
                Cell::Float(_) => column.kind == ColumnKind::Float64,
                Cell::Bool(_) => column.kind == ColumnKind::Bool,
            };
            assert!(fits, "{}.{}: {cell:?}", schema.name, column.name);
        }
        let serialized = serde_json::to_string(row).expect("serializable");
        assert_eq!(serialized, serde_json::to_string(&Ordered(schema, cells)).expect("serializable"));
    }
}

#[test]
fn every_row_serializes_to_its_schema_columns_in_order() {
    let mut t = gongbao::parse(ISSUE).tables("issue");
    let law = gongbao::parse(LAW).tables("law");
    t.references = law.references;
    let schema = |name| gongbao::tables::schema(name).expect(name);
    check_rows(schema("documents"), &t.documents);
    check_rows(schema("clauses"), &t.clauses);
    check_rows(schema("responsibilities"), &t.responsibilities);
    check_rows(schema("dates"), &t.dates);
    check_rows(schema("quantities"), &t.quantities);
    check_rows(schema("references"), &t.references);
    check_rows(schema("citations"), &t.citations);
    check_rows(schema("diagnostics"), &t.diagnostics);
    // Tables' fields are the tables, in SCHEMA order.
    let json = serde_json::to_string(&t).expect("serializable");
    let at: Vec<usize> = SCHEMA.iter().map(|s| json.find(&format!("\"{}\":[", s.name)).expect(s.name)).collect();
    assert!(at.is_sorted(), "{at:?}");
    // Every row starts with source, and ends with its span.
    for s in SCHEMA {
        let names: Vec<&str> = s.columns.iter().map(|c| c.name).collect();
        assert_eq!((names[0], &names[names.len() - 2..]), ("source", &["start", "end"][..]), "{}", s.name);
    }
}

#[test]
fn kinds_and_codes_are_the_names_of_the_json() {
    let g = gongbao::parse(ISSUE);
    let t = g.tables("issue");
    let facts: Vec<_> = g
        .documents()
        .flat_map(|d| d.quantities.iter().chain(d.clauses().flat_map(|c| c.clause.quantities.iter())))
        .collect();
    assert_eq!(facts.len(), t.quantities.len());
    let mut rows = t.quantities.iter().map(|q| q.kind.as_str()).collect::<Vec<_>>();
    let mut kinds: Vec<String> = facts.iter().map(|f| json(&f.kind)).collect();
    rows.sort_unstable();
    kinds.sort_unstable();
    assert_eq!(rows, kinds);
    let styles: Vec<String> = g.documents().flat_map(|d| d.clauses()).map(|c| json(&c.clause.style)).collect();
    assert_eq!(styles, t.clauses.iter().map(|c| c.style.clone()).collect::<Vec<_>>());
}

/// A kind's JSON name: the string serde writes for it.
#[track_caller]
fn json<T: Serialize>(kind: &T) -> String {
    serde_json::to_value(kind).expect("serializable").as_str().expect("a string").to_string()
}

#[test]
fn char_offsets_point_at_the_same_text_as_byte_offsets() {
    let bytes = gongbao::parse(ISSUE).tables("issue");
    let mut chars = bytes.clone();
    chars.to_char_offsets(&gongbao::CharIndex::new(ISSUE));
    let text: Vec<char> = ISSUE.chars().collect();
    let mut checked = 0;
    for ((schema, b), (_, c)) in bytes.each().iter().zip(chars.each().iter()) {
        let start = schema.columns.iter().position(|c| c.name == "start").expect("start");
        for (b, c) in b.iter().zip(c) {
            let (b, c) = (b.cells(), c.cells());
            if let ([Cell::Int(bs), Cell::Int(be)], [Cell::Int(cs), Cell::Int(ce)]) = (&b[start..], &c[start..]) {
                let by_char: String = text[*cs as usize..*ce as usize].iter().collect();
                assert_eq!(by_char, ISSUE[*bs as usize..*be as usize], "{}", schema.name);
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 12 + 164 + 294 + 25 + 122 + 11 + 13);
}
