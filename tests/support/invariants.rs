//! The invariants every fuzz target checks, one function per entry point
//! that takes untrusted text or bytes. Each panics on a violation.
//!
//! Shared by the cargo-fuzz targets (`fuzz/fuzz_targets/*.rs`, which
//! include this file) and by `tests/fuzz_replay.rs`, which runs them on
//! stable Rust over the committed regression inputs and over any file named
//! by `GONGBAO_REPLAY`.
#![allow(dead_code)]

use gongbao::model::{Block, DateFact, DiagnosticCode, Gazette, QuantityFact};
use gongbao::numeral::{Amount, Number, Style};
use gongbao::{Span, text};

/// The body of a fuzz target.
pub type Body = fn(&[u8]);

/// Every entry point, by the name of its fuzz target.
pub const TARGETS: &[(&str, Body)] = &[
    ("parse_bytes", parse_bytes),
    ("parse_text", parse_text),
    ("numeral", numeral),
    ("date", date),
    ("docnum", docnum),
    ("quantity", quantity),
    ("units", units),
];

/// Longest input the checks read (bytes): longer inputs are cut, so that
/// a fuzzer explores shapes rather than sizes.
const MAX_INPUT: usize = 64 * 1024;

fn lossy(data: &[u8]) -> String {
    String::from_utf8_lossy(&data[..data.len().min(MAX_INPUT)]).into_owned()
}

/// A span lies inside `text` on character boundaries.
#[track_caller]
fn span_ok(text: &str, s: Span, what: &str) {
    assert!(s.start <= s.end, "{what}: span {s:?} runs backwards");
    assert!(s.end <= text.len(), "{what}: span {s:?} past the end ({} bytes)", text.len());
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{what}: span {s:?} inside a character");
}

/// The whole pipeline from bytes: decoding errors name a place inside the
/// input; a parse satisfies [`gazette`]. The lossy pipeline never fails:
/// it is the strict one where that succeeds, and otherwise parses the
/// lenient decoding with one `damaged-input` diagnostic per issue, first.
pub fn parse_bytes(data: &[u8]) {
    let data = &data[..data.len().min(MAX_INPUT)];
    let lossy = gongbao::parse_bytes_lossy(data);
    match gongbao::parse_bytes(data) {
        Err(e) => {
            assert!(e.span().end <= data.len(), "decode error outside the input: {e}");
            gazette(&lossy.text, &lossy.gazette);
        }
        Ok(parsed) => {
            assert_eq!(lossy, parsed, "parse_bytes_lossy is parse_bytes where that succeeds");
            let decoded = text::decode(data).expect("parse_bytes decoded these bytes");
            assert_eq!(
                (&parsed.text, parsed.encoding),
                (&decoded.text, decoded.encoding),
                "the decoded text comes back"
            );
            assert_eq!(parsed.gazette, gongbao::parse(&parsed.text), "parse_bytes is parse of the decoded text");
            gazette(&parsed.text, &parsed.gazette);
        }
    }
    let lenient = text::decode_lenient(data);
    assert_eq!(lossy.text, lenient.text, "parse_bytes_lossy parses the lenient decoding");
    let damaged: Vec<_> =
        lossy.gazette.diagnostics.iter().take_while(|d| d.code == DiagnosticCode::DamagedInput).collect();
    assert_eq!(damaged.len(), lenient.issues.len(), "one damaged-input diagnostic per issue, first");
    for (issue, d) in lenient.issues.iter().zip(damaged) {
        span_ok(&lenient.text, issue.span, "lenient decode issue");
        assert_eq!((d.span, &d.message), (Some(issue.span), &issue.message));
    }
}

/// The structure parser from text.
pub fn parse_text(data: &[u8]) {
    let s = lossy(data);
    let g = gongbao::parse(&s);
    gazette(&s, &g);
}

/// The invariants of a parse: every span fits the text; the leaves do not
/// overlap and cover every non-whitespace character (nothing is lost);
/// the JSON reads back into the same tree.
pub fn gazette(text: &str, g: &Gazette) {
    let leaves: Vec<Span> = g.leaves().iter().map(|b: &&Block| b.span).collect();
    assert!(leaves.is_sorted(), "leaves come in text order");
    for s in &leaves {
        span_ok(text, *s, "leaf");
    }
    for w in leaves.windows(2) {
        assert!(w[1].start >= w[0].end, "leaves {:?} and {:?} overlap", w[0], w[1]);
    }
    let mut k = 0;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() || c == '\u{FEFF}' {
            continue;
        }
        while k < leaves.len() && leaves[k].end <= i {
            k += 1;
        }
        assert!(k < leaves.len() && leaves[k].start <= i, "character {c:?} at byte {i} lies in no leaf");
    }
    if let Some(issue) = &g.issue {
        span_ok(text, issue.span, "issue");
    }
    if let Some(c) = &g.colophon {
        span_ok(text, c.span, "colophon");
    }
    for e in &g.toc {
        span_ok(text, e.span, "toc entry");
    }
    for c in &g.citations {
        span_ok(text, c.span, "citation");
    }
    for d in &g.diagnostics {
        if let Some(s) = d.span {
            span_ok(text, s, "diagnostic");
        }
    }
    let mut ids = std::collections::HashSet::new();
    for d in g.documents() {
        references(text, g, d);
        span_ok(text, d.span, "document");
        assert!(ids.insert(d.id.as_str()), "id {} twice", d.id);
        if let Some(v) = d.validity {
            span_ok(text, v.span, "validity");
        }
        facts_ok(text, &d.dates, &d.quantities, &d.blocks, &d.id);
        for c in d.clauses() {
            span_ok(text, c.span, "clause");
            assert!(ids.insert(c.clause.id.as_str()), "id {} twice", c.id);
            assert!(c.id.starts_with(&format!("{}/", d.id)), "clause id {} outside its document {}", c.id, d.id);
            facts_ok(text, &c.dates, &c.quantities, &c.blocks, &c.id);
            assert_eq!(c.parents.len(), c.depth, "a clause's parents are as many as its depth");
            for r in &c.responsibilities {
                span_ok(text, r.span, "responsibility");
                assert!(!r.units.is_empty(), "a responsibility without units");
                assert_eq!(r.units.len(), r.unit_spans.len(), "a unit without its span");
            }
        }
    }
    tables(text, g);
    let json = serde_json::to_string(g).expect("a parse serializes");
    let back: Gazette = serde_json::from_str(&json).expect("the JSON reads back");
    assert_eq!(&back, g, "the JSON reads back into the same tree");
}

/// The flat tables of a parse: one cell per column of the schema, every
/// row's span in the text, and in its characters once converted.
fn tables(text: &str, g: &Gazette) {
    use gongbao::tables::Cell;
    let bytes = g.tables("input");
    let mut chars = bytes.clone();
    chars.to_char_offsets(&gongbao::CharIndex::new(text));
    let count = text.chars().count();
    for ((schema, rows), (_, char_rows)) in bytes.each().iter().zip(chars.each().iter()) {
        let at = schema.columns.len() - 2;
        for (row, char_row) in rows.iter().zip(char_rows) {
            let (cells, char_cells) = (row.cells(), char_row.cells());
            assert_eq!(cells.len(), schema.columns.len(), "a {} row has a cell per column", schema.name);
            match (&cells[at..], &char_cells[at..]) {
                ([Cell::Int(s), Cell::Int(e)], [Cell::Int(cs), Cell::Int(ce)]) => {
                    assert!(s <= e && cs <= ce, "a {} row's span runs backwards", schema.name);
                    span_ok(text, Span::new(*s as usize, *e as usize), schema.name);
                    assert!(*ce as usize <= count, "a {} row's end past the last character", schema.name);
                }
                ([Cell::Null, Cell::Null], [Cell::Null, Cell::Null]) => {}
                other => panic!("a {} row's span is {other:?}", schema.name),
            }
        }
    }
}

/// A document's references, aliases, history and repeals: spans in the
/// text, targets that are clauses of the document, citations that exist.
fn references(text: &str, g: &Gazette, d: &gongbao::model::Document) {
    let ids: std::collections::HashSet<&str> = d.clauses().map(|c| c.clause.id.as_str()).collect();
    let own = d.references.iter().chain(d.clauses().flat_map(|c| c.clause.references.iter()));
    for r in own {
        span_ok(text, r.span, "reference");
        for id in r.target.iter().chain(&r.to) {
            assert!(ids.contains(id.as_str()), "reference {} names {id}, no clause of {}", r.text, d.id);
        }
        assert!(r.to.is_none() || r.target.is_some(), "a range without its first clause");
    }
    for a in &d.aliases {
        span_ok(text, a.span, "alias");
    }
    for h in &d.history {
        span_ok(text, h.span, "history event");
    }
    for r in &d.repeals {
        span_ok(text, r.span, "repeal");
        assert!(r.citation.is_none_or(|k| k < g.citations.len()), "a repeal's citation is out of range");
    }
}

/// The dates and quantities of a clause or document lie in its own leaves.
#[track_caller]
fn facts_ok(text: &str, dates: &[DateFact], quantities: &[QuantityFact], blocks: &[Block], owner: &str) {
    let spans = dates.iter().map(|f| f.span).chain(quantities.iter().map(|f| f.span));
    for s in spans {
        span_ok(text, s, "fact");
        assert!(blocks.iter().any(|b| b.span.contains(s)), "a fact of {owner} at {s:?} outside its leaves");
    }
    for q in quantities {
        let range = q.low.is_some() || q.high.is_some();
        assert!(!(q.value.is_some() && range), "{owner}: a quantity is one value or a range");
    }
}

/// Numerals: values format back to Chinese and parse to the same value;
/// phrases and finds stay inside the text.
pub fn numeral(data: &[u8]) {
    let s = lossy(data);
    if let Ok(n) = gongbao::numeral::parse(&s) {
        round_trip(n);
    }
    if let Ok(r) = gongbao::numeral::read(&s) {
        span_ok(&s, r.span, "numeral reading");
        if let Amount::Range { low, high } = r.amount {
            assert!(low <= high, "range {low}..{high} runs backwards");
        }
    }
    for r in gongbao::numeral::find_numerals(&s) {
        span_ok(&s, r.span, "found numeral");
    }
}

fn round_trip(n: Number) {
    for style in [Style::Lower, Style::Upper] {
        let written = gongbao::numeral::format(n, style);
        assert_eq!(gongbao::numeral::parse(&written), Ok(n), "{written} parses back to {n}");
    }
}

/// Dates: a day writes back as 2023年4月18日 and parses to the same day;
/// finds stay inside the text.
pub fn date(data: &[u8]) {
    let s = lossy(data);
    for year in [None, Some(2023)] {
        if let Ok(gongbao::date::DateValue::Day(d)) = gongbao::date::DateParser::new().context_year(year).parse(&s) {
            use chrono::Datelike;
            let written = format!("{}年{}月{}日", d.year(), d.month(), d.day());
            assert_eq!(gongbao::date::parse(&written), Ok(gongbao::date::DateValue::Day(d)), "{written}");
        }
        for m in gongbao::date::DateParser::new().context_year(year).find_dates(&s) {
            span_ok(&s, m.span, "found date");
        }
        if let Some(v) = gongbao::date::DateParser::new().context_year(year).validity(&s) {
            span_ok(&s, v.span, "validity");
        }
    }
}

/// Document numbers: the canonical text parses back to the same number;
/// a found number's raw text is the text under its span and parses alone.
pub fn docnum(data: &[u8]) {
    let s = lossy(data);
    if let Ok(n) = gongbao::docnum::parse(&s) {
        let canonical = n.to_string();
        assert_eq!(gongbao::docnum::parse(&canonical), Ok(n), "{canonical} parses back");
    }
    for m in gongbao::docnum::find_doc_numbers(&s) {
        span_ok(&s, m.span, "found number");
        assert_eq!(&s[m.span.start..m.span.end], m.raw, "raw is the text under the span");
        let canonical = m.number.to_string();
        assert_eq!(gongbao::docnum::parse(&canonical).as_ref(), Ok(&m.number), "{canonical} parses back");
    }
}

/// Quantities: spans inside the text, ranges in order.
pub fn quantity(data: &[u8]) {
    let s = lossy(data);
    let _ = gongbao::quantity::parse(&s);
    for q in gongbao::quantity::find_quantities(&s) {
        span_ok(&s, q.span, "quantity");
        if let Amount::Range { low, high } = q.amount {
            assert!(low <= high, "range {low}..{high} runs backwards");
        }
    }
}

/// Responsible-unit lists: spans inside the text, each unit inside its
/// list and never empty.
pub fn units(data: &[u8]) {
    let s = lossy(data);
    if let Ok(r) = gongbao::units::parse_list(&s) {
        assert!(r.units.iter().all(|u| !u.is_empty()), "an empty unit");
    }
    for r in gongbao::units::find_lists(&s, Span::new(0, s.len())) {
        span_ok(&s, r.span, "list");
        assert!(!r.units.is_empty() && r.units.iter().all(|u| !u.is_empty()), "an empty unit");
        for u in &r.unit_spans {
            span_ok(&s, *u, "unit");
            assert!(r.span.contains(*u), "unit {u:?} outside its list {:?}", r.span);
        }
    }
}
