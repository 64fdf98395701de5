//! Every form written in a module's own table of forms (its module docs)
//! parses with the function the table names, to the kind the table says:
//! the tables are read from the sources, so a table and its parser cannot
//! drift apart.

use gongbao::date::DateParser;
use gongbao::numeral;

/// The rows of the first Markdown table in the `//!` docs of `source`, as
/// cells without the header and the rule.
fn table_rows(source: &str) -> Vec<Vec<String>> {
    let rows: Vec<Vec<String>> = source
        .lines()
        .map_while(|l| l.strip_prefix("//!"))
        .map(str::trim)
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.trim_matches('|').split(" | ").map(|c| c.trim().to_string()).collect())
        .collect();
    rows.into_iter().skip(2).collect()
}

/// The forms of one "Written" cell: separated by `, `, `; ` or ` / `, or by
/// single spaces in a cell of words without digits (今年 本年 当年).
fn forms(cell: &str) -> Vec<String> {
    cell.split(", ")
        .flat_map(|p| p.split("; "))
        .flat_map(|p| p.split(" / "))
        .flat_map(|p| {
            if p.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
                vec![p.to_string()]
            } else {
                p.split(' ').map(str::to_string).collect()
            }
        })
        .filter(|p| !p.is_empty())
        .collect()
}

#[test]
fn every_numeral_of_the_table_parses_with_the_function_it_names() {
    let rows = table_rows(include_str!("../src/numeral/mod.rs"));
    let mut checked = 0;
    for row in &rows {
        let function = row.last().expect("a function column");
        for form in forms(&row[0]) {
            match function.as_str() {
                "[`parse`]" => {
                    assert!(numeral::parse(&form).is_ok(), "numeral::parse({form:?}): {:?}", numeral::parse(&form))
                }
                "[`read`]" => {
                    let r = numeral::read(&form);
                    assert!(r.as_ref().is_ok_and(|r| r.span.end == form.len()), "numeral::read({form:?}): {r:?}");
                }
                _ => continue,
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 45, "forms checked in the numeral table");
}

#[test]
fn every_date_of_the_table_parses_to_the_kind_it_names() {
    let rows = table_rows(include_str!("../src/date/mod.rs"));
    let parser = DateParser::new().context_year(2023);
    let mut checked = 0;
    for row in &rows {
        let kinds: Vec<&str> = row[2].split(", ").collect();
        for form in forms(&row[0]) {
            let value = parser.parse(&form);
            let kind = value.as_ref().map(|v| v.kind().as_str());
            assert!(kind.is_ok_and(|k| kinds.contains(&k)), "date::parse({form:?}) = {value:?}, table says {kinds:?}");
            checked += 1;
        }
    }
    assert_eq!(checked, 87, "forms checked in the date table");
}
