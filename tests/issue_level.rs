//! The issue level read as rules, not as one gazette: mastheads, 目录 and
//! colophons in the shapes other gazettes print them.
//!
//! The texts are the reference issue (`corpus/shanghai-gazette-2023-10.txt`,
//! 上海市人民政府公报 2023年第10期) with its masthead, 目录 or colophon
//! printed again in another gazette's shape: the same titles, pages and
//! numbers, so every value asserted is one the real issue prints, and the
//! 目录 must still link every entry to the same document.

#[path = "support/invariants.rs"]
mod invariants;

use chrono::NaiveDate;
use gongbao::layout::classify::{Class, classify};
use gongbao::layout::layout;
use gongbao::model::{Gazette, Role, TocEntry};

const REFERENCE: &str = "corpus/shanghai-gazette-2023-10.txt";

fn reference() -> String {
    std::fs::read_to_string(REFERENCE).expect("the reference issue")
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The class of a one-line text.
#[track_caller]
fn class_of(line: &str) -> Class {
    let l = layout(line);
    assert_eq!(l.paras.len(), 1, "{line:?} is one paragraph");
    classify(line, &l.paras[0])
}

/// An entry as compared between layouts: its section, title, page, level
/// and the document it links to.
type Entry = (Option<String>, String, Option<u32>, u8, Option<String>);

fn entries(g: &Gazette) -> Vec<Entry> {
    g.toc.iter().map(|e: &TocEntry| (e.section.clone(), e.title.clone(), e.page, e.level, e.document.clone())).collect()
}

/// The reference issue with its 目录 (heading, sections and entries)
/// replaced by `toc`.
fn with_toc(toc: &str) -> String {
    let text = reference();
    let g = gongbao::parse(&text);
    let heading = g.blocks.iter().find(|b| b.role == Role::TocHeading).expect("a 目录 heading");
    let last = g.toc.last().expect("entries");
    format!("{}{}{}", &text[..heading.span.start], toc, &text[last.span.end..])
}

/// The reference issue's 目录 printed by `entry` (section heading lines
/// by `section`), one line each, a blank line between.
fn relaid_toc(section: impl Fn(&str) -> String, entry: impl Fn(&TocEntry) -> String) -> String {
    relaid_toc_with(section, entry, "\n\n")
}

/// [`relaid_toc`] with the lines separated by `sep`.
fn relaid_toc_with(section: impl Fn(&str) -> String, entry: impl Fn(&TocEntry) -> String, sep: &str) -> String {
    let g = gongbao::parse(&reference());
    let mut out = format!("目　　录{sep}");
    let mut current: Option<&str> = None;
    for e in &g.toc {
        if e.section.as_deref() != current {
            current = e.section.as_deref();
            out += &section(current.expect("every entry has a section"));
            out += sep;
        }
        out += &entry(e);
        out += sep;
    }
    out + "\n"
}

/// Asserts that the reference issue with its 目录 printed as `toc` reads
/// the same entries, linked to the same documents.
#[track_caller]
fn same_toc(toc: &str) {
    let expected = entries(&gongbao::parse(&reference()));
    let text = with_toc(toc);
    let g = gongbao::parse(&text);
    // Nothing lost: every character of the 目录 lies in a leaf.
    invariants::gazette(&text, &g);
    assert_eq!(entries(&g), expected, "目录:\n{toc}");
    assert_eq!(g.documents.len(), 8, "the 目录 keeps to itself:\n{toc}");
}

/// Indentation of an entry set in under the one above it.
fn indent(e: &TocEntry) -> &'static str {
    if e.level > 0 { "　　" } else { "" }
}

#[test]
fn issue_lines_in_every_printed_form() {
    let issue = |line: &str| match class_of(line) {
        Class::IssueLine { year, number, cumulative } => (year, number, cumulative),
        other => panic!("{line:?} is no issue line: {other:?}"),
    };
    // Provinces and cities number issues by 期 with 总第X期, in brackets
    // or not, with layout spaces anywhere.
    assert_eq!(issue("2023年第10期(总第538期)"), (Some(2023), Some(10), Some(538)));
    assert_eq!(issue("第 10 期(总第 538 期)"), (None, Some(10), Some(538)));
    assert_eq!(issue("2023年第10期　总第538期"), (Some(2023), Some(10), Some(538)));
    assert_eq!(issue("2023 年 第 10 期"), (Some(2023), Some(10), None));
    assert_eq!(issue("第10期〔总第538期〕"), (None, Some(10), Some(538)));
    // The State Council's gazette numbers them by 号, with 总号.
    assert_eq!(issue("2023年第10号（总号：1797）"), (Some(2023), Some(10), Some(1797)));
    assert_eq!(issue("2023年第10号〔总号：1797〕"), (Some(2023), Some(10), Some(1797)));
    // 第N号 alone is a decree's serial, not an issue.
    assert_eq!(class_of("第760号"), Class::DocNumber);
    // The cumulative number and the year on lines of their own.
    assert_eq!(class_of("〔总号：1797〕"), Class::Cumulative(1797));
    assert_eq!(class_of("总号：1797"), Class::Cumulative(1797));
    assert_eq!(class_of("（总第538期）"), Class::Cumulative(538));
    assert_eq!(class_of("2023年"), Class::Year(2023));
    assert_eq!(class_of("2023"), Class::Year(2023));
    // A gazette is named 公报 or 政报.
    assert_eq!(class_of("上海市人民政府公报"), Class::Masthead);
    assert_eq!(class_of("浙江政报"), Class::Masthead);
}

#[test]
fn masthead_in_other_orders() {
    let text = reference();
    let body = &text[text.find("目 录").expect("the 目录")..];
    let read = |masthead: &str| {
        let text = format!("{masthead}\n\n{body}");
        let g = gongbao::parse(&text);
        invariants::gazette(&text, &g);
        let i = g.issue.expect("an issue");
        assert_eq!(i.gazette, "上海市人民政府公报", "{masthead}");
        assert_eq!(g.toc.len(), 12, "the 目录 follows the masthead:\n{masthead}");
        (i.year, i.number, i.cumulative_number, i.published)
    };
    let all = (Some(2023), Some(10), Some(538), date(2023, 5, 20));
    // Year, number and cumulative number each on its line; the date of
    // publication as a date or as a labelled field.
    assert_eq!(read("上海市人民政府公报\n\n2023年\n\n第10期\n\n总第538期\n\n2023年5月20日"), all);
    assert_eq!(read("上海市人民政府公报\n\n2023年第10期（总第538期）\n\n出版日期：2023年5月20日"), all);
    assert_eq!(read("上海市人民政府公报\n\n（半月刊）\n\n2023年第10期\n\n〔总号：538〕\n\n5月20日出版"), all);
    // Without blank lines, as PDF text comes.
    assert_eq!(read("上海市人民政府公报\n2023年\n第10期\n总第538期\n5月20日出版"), all);
}

#[test]
fn toc_with_bracketed_pages_and_banners_is_the_reference() {
    // The reference issue's own shape, printed again: the baseline.
    same_toc(&relaid_toc(|s| format!("【{s}】"), |e| format!("{}{}..... ({})", indent(e), e.title, e.page.unwrap())));
}

#[test]
fn toc_with_dot_leaders_and_unbracketed_sections() {
    // 标题……………………（12） and 标题 ………… 12, under section headings
    // printed as lines of their own (国务院文件, 部门文件).
    same_toc(&relaid_toc(|s| s.to_string(), |e| format!("{}{}……………………（{}）", indent(e), e.title, e.page.unwrap())));
    same_toc(&relaid_toc(|s| s.to_string(), |e| format!("{}{} ………… {}", indent(e), e.title, e.page.unwrap())));
}

#[test]
fn toc_with_pages_first() {
    // 12 关于…的通知: the page first, then the title.
    same_toc(&relaid_toc(|s| s.to_string(), |e| format!("{}{} {}", indent(e), e.page.unwrap(), e.title)));
    same_toc(&relaid_toc(|s| format!("【{s}】"), |e| format!("{:<3}{}", e.page.unwrap(), e.title)));
}

#[test]
fn toc_without_blank_lines() {
    // As PDF text comes: one line after another.
    let one = |section: fn(&str) -> String, entry: fn(&TocEntry) -> String| relaid_toc_with(section, entry, "\n");
    same_toc(&one(|s| s.to_string(), |e| format!("{}{}……………（{}）", indent(e), e.title, e.page.unwrap())));
    same_toc(&one(|s| format!("【{s}】"), |e| format!("{} {}", e.page.unwrap(), e.title)));
    same_toc(&one(|s| s.to_string(), |e| format!("{}{}        {}", indent(e), e.title, e.page.unwrap())));
}

#[test]
fn toc_with_leaders_lost() {
    // Leaders drawn as graphics leave a run of spaces before the page.
    same_toc(&relaid_toc(|s| s.to_string(), |e| format!("{}{}        {}", indent(e), e.title, e.page.unwrap())));
}

/// The first `n` characters of `s`, and the rest.
fn split_at_char(s: &str, n: usize) -> (&str, &str) {
    let at = s.char_indices().nth(n).map_or(s.len(), |(k, _)| k);
    s.split_at(at)
}

/// Where a long title wraps in a 目录 column.
const WRAP: usize = 20;

/// A 目录 entry wrapped title first: the title's first line has no page;
/// the page follows the title's last line after leaders.
fn wrapped_title_first(e: &TocEntry) -> String {
    let (head, tail) = split_at_char(&e.title, WRAP);
    if tail.is_empty() {
        format!("{head}……………（{}）", e.page.unwrap())
    } else {
        format!("{head}\n{tail}……………（{}）", e.page.unwrap())
    }
}

/// A 目录 entry wrapped page first: the rest of the title, with its 文种,
/// on the next line.
fn wrapped_page_first(e: &TocEntry) -> String {
    let (head, tail) = split_at_char(&e.title, WRAP);
    if tail.is_empty() {
        format!("{} {head}", e.page.unwrap())
    } else {
        format!("{} {head}\n   {tail}", e.page.unwrap())
    }
}

#[test]
fn toc_with_wrapped_titles() {
    // The page alone after leaders on the line under the title.
    same_toc(&relaid_toc(
        |s| format!("【{s}】"),
        |e| {
            let (head, tail) = split_at_char(&e.title, WRAP);
            if tail.is_empty() {
                format!("{head} ……… {}", e.page.unwrap())
            } else {
                format!("{head}{tail}\n………………… {}", e.page.unwrap())
            }
        },
    ));
    // With blank lines between entries, and without, as PDF text comes.
    for sep in ["\n\n", "\n"] {
        same_toc(&relaid_toc_with(|s| s.to_string(), wrapped_title_first, sep));
        same_toc(&relaid_toc_with(|s| s.to_string(), wrapped_page_first, sep));
    }
}

/// The reference issue with its colophon replaced by `colophon`.
fn with_colophon(colophon: &str) -> Gazette {
    let text = reference();
    let g = gongbao::parse(&text);
    let start = g.colophon.as_ref().expect("a colophon").span.start;
    let text = format!("{}{colophon}\n", &text[..start]);
    let g = gongbao::parse(&text);
    invariants::gazette(&text, &g);
    g
}

#[test]
fn colophons_of_other_shapes() {
    // The issue printed as year, number and cumulative number on their own
    // lines; fields of other labels (编辑出版, 地址, 邮编, 电话) kept as printed.
    let g = with_colophon(
        "上海市人民政府公报\n\n（半月刊）\n\n2023年\n\n第10期\n\n总第538期\n\n主管：上海市人民政府办公厅\n\n主办：上海市人民政府办公厅\n\n编辑出版：上海市人民政府办公厅\n\n地址：上海市人民大道200号\n\n国内统一连续出版物号：CN31-1854/D\n\n定价：免费赠阅",
    );
    let c = g.colophon.as_ref().expect("a colophon");
    assert_eq!(c.issue.as_deref(), Some("2023年第10期总第538期"));
    assert_eq!(c.supervisor.as_deref(), Some("上海市人民政府办公厅"));
    assert_eq!(c.editor.as_deref(), Some("上海市人民政府办公厅"));
    assert_eq!(c.serial.as_deref(), Some("CN31-1854/D"));
    assert_eq!(c.price.as_deref(), Some("免费赠阅"));
    let labels: Vec<&str> = c.fields.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["", "主管", "主办", "编辑出版", "地址", "国内统一连续出版物号", "定价"]);
    assert_eq!(g.documents.len(), 8, "the colophon is no document text");
    // A colophon that prints no issue line: the gazette's name, then fields.
    let g = with_colophon("上海市人民政府公报\n\n主管单位：上海市人民政府办公厅\n\n出版日期：2023年5月20日");
    let c = g.colophon.as_ref().expect("a colophon");
    assert_eq!((c.supervisor.as_deref(), c.published), (Some("上海市人民政府办公厅"), date(2023, 5, 20)));
}

/// A fixture under `tests/fixtures/`.
fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/{name}")).expect("the fixture")
}

#[test]
fn state_council_issue_list_in_chinese_numerals() {
    // gov.cn's list of the 1964 issues of the 国务院公报: 一九六四年第一号
    // （总第二八九号） to 第十八号（总第三〇六号）, numbered by the page (1、).
    let text = fixture("govcn-gwygb-1964-issue-list.txt");
    let lines: Vec<&str> = text.lines().filter(|l| l.contains('号')).collect();
    assert_eq!(lines.len(), 18);
    for (k, line) in (1..).zip(lines) {
        let (_, issue) = line.split_once('、').expect("the page's list number");
        assert_eq!(
            class_of(issue),
            Class::IssueLine { year: Some(1964), number: Some(k), cumulative: Some(288 + k) },
            "{issue}"
        );
    }
    assert_eq!(class_of("（总第二八九号）"), Class::Cumulative(289));
}

#[test]
fn colophon_labels_of_a_periodical() {
    // The serial numbers as a periodical's page prints them (红旗文稿,
    // qstheory.cn): 国际标准刊号 and 国内统一刊号 are the ISSN and CN
    // number; 邮发代号 and 国外代号 are kept as printed.
    use gongbao::lexicon::{ColophonField, colophon_field};
    let text = fixture("qstheory-hqwg-colophon-labels.txt");
    let fields: Vec<(String, String, Option<ColophonField>)> = text
        .lines()
        .map(|line| match class_of(line) {
            Class::Field { label, value } => {
                let typed = colophon_field(&label);
                (label, value, typed)
            }
            other => (String::new(), format!("{other:?}"), None),
        })
        .collect();
    assert_eq!(
        fields[..3],
        [
            ("国际标准刊号".into(), "ISSN 2095-1817".into(), Some(ColophonField::Issn)),
            ("国内统一刊号".into(), "CN11-4904/D".into(), Some(ColophonField::Serial)),
            ("邮发代号".into(), "2-372".into(), Some(ColophonField::Other)),
        ]
    );
    // An unknown label is no field by itself; in a colophon it is kept
    // under its label.
    let g = with_colophon(&format!("上海市人民政府公报\n\n2023年第10期（总第538期）\n\n{text}"));
    let c = g.colophon.as_ref().expect("a colophon");
    assert_eq!((c.issn.as_deref(), c.serial.as_deref()), (Some("ISSN 2095-1817"), Some("CN11-4904/D")));
    assert_eq!(c.fields.last().map(|f| (f.label.as_str(), f.value.as_str())), Some(("国外代号", "SM7673")));
}

#[test]
fn sections_printed_without_brackets_in_the_body() {
    // Gazettes that print their section names as plain lines (国务院文件)
    // print them so in the 目录 and above the documents: a body line that
    // names a 目录 section starts that section.
    let text = reference();
    let plain = text.replace("【市政府办公厅文件】", "市政府办公厅文件").replace("【政策解读】", "政策解读");
    assert_ne!(plain, text);
    let docs = |g: &Gazette| -> Vec<(String, String, Option<String>)> {
        g.documents().map(|d| (d.id.clone(), d.title.clone(), d.section.clone())).collect()
    };
    let (g, h) = (gongbao::parse(&text), gongbao::parse(&plain));
    assert_eq!(entries(&h), entries(&g));
    assert_eq!(docs(&h), docs(&g));
    assert_eq!(h.documents.iter().filter(|d| d.section.as_deref() == Some("政策解读")).count(), 4);
}
