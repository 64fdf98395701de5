//! Hostile input: each case gives a result or a clear error, never a panic,
//! an endless loop or a stack overflow. Not timed: the linear-time figures
//! come from the benchmarks.

#[path = "support/invariants.rs"]
mod invariants;

use gongbao::ErrorKind;
use gongbao::date::DateFault;
use gongbao::error::Fault;
use gongbao::numeral::NumeralFault;
use gongbao::text::DecodeFault;

#[track_caller]
fn parse_checked(text: &str) -> gongbao::Gazette {
    let g = gongbao::parse(text);
    invariants::gazette(text, &g);
    g
}

#[test]
fn invalid_utf8_and_mixed_encodings() {
    // UTF-8 with a stray byte: strict decoding names the byte, lenient
    // decoding keeps the rest.
    let mut bytes = "第一条　为了规范".as_bytes().to_vec();
    bytes.insert(6, 0xFF);
    let err = gongbao::parse_bytes(&bytes).unwrap_err();
    assert_eq!((err.kind(), err.span().start), (ErrorKind::Decode, 6));
    let lenient = gongbao::text::decode_lenient(&bytes);
    assert!(lenient.text.contains('\u{FFFD}') && lenient.text.ends_with("为了规范"));
    // GBK bytes in the middle of UTF-8 text.
    let (gbk, _, _) = encoding_rs::GBK.encode("沪府办规〔2023〕12号");
    let mut mixed = "上海市人民政府公报\n".repeat(20).into_bytes();
    mixed.extend_from_slice(&gbk);
    mixed.extend_from_slice("\n第一条　测试。".as_bytes());
    // GBK's 沪 (0xBB 0xA6) after twenty UTF-8 lines: damaged UTF-8 at the
    // start of line 21.
    let err = gongbao::parse_bytes(&mixed).unwrap_err();
    let damaged = DecodeFault::DamagedUtf8 { byte: 0xBB, line: 21, column: 1 };
    assert_eq!((err.fault(), err.span()), (&Fault::Decode(damaged), gongbao::Span::new(560, 561)));
    invariants::parse_bytes(&mixed);
}

#[test]
fn a_nul_in_the_middle() {
    let text = "第一条　为了\0规范。";
    // As bytes it is binary data: an error naming the byte.
    let err = gongbao::parse_bytes(text.as_bytes()).unwrap_err();
    assert_eq!(err.span().start, text.find('\0').unwrap());
    // As text it is kept in the clause.
    let g = parse_checked(text);
    assert_eq!(g.documents[0].clauses[0].text(), "为了\0规范。");
}

#[test]
fn a_ten_megabyte_single_line() {
    let line = "加强统筹，推进落实".repeat(10 * 1024 * 1024 / 27);
    let g = parse_checked(&line);
    assert_eq!(g.leaves().len(), 1);
}

#[test]
fn a_hundred_thousand_nested_brackets() {
    let text = format!("第一条　{}责任单位：市财政局{}", "（".repeat(100_000), "）".repeat(100_000));
    parse_checked(&text);
    let err = gongbao::units::parse_list(&text).unwrap_err();
    assert_eq!((err.kind(), err.span()), (ErrorKind::Units, gongbao::Span::new(0, "第".len())));
    let open_only = "《".repeat(100_000) + &"(".repeat(100_000);
    parse_checked(&open_only);
}

#[test]
fn a_hundred_thousand_clause_markers() {
    // Markers of up to three digits are clauses (1. … 999.); longer numbers
    // followed by a dot are text of the clause before.
    let markers: String = (1..=100_000).map(|i| format!("{i}.\n")).collect();
    let g = parse_checked(&markers);
    assert_eq!(g.documents[0].clauses.len(), 999);
    let same_line = "（一）".repeat(100_000);
    parse_checked(&same_line);
}

#[test]
fn deeply_nested_clause_levels() {
    // Every style in turn, twenty times over: depth comes from styles, so
    // it stays bounded by their number.
    let level = ["第一编", "第一章", "第一节", "第一条", "一、", "（一）", "1.", "（1）", "①", "——", "1.1", "1.1.1"];
    let mut text = String::new();
    for _ in 0..20 {
        for m in level {
            text.push_str(m);
            text.push_str("内容。\n");
        }
    }
    let g = parse_checked(&text);
    let deepest = g.documents[0].clauses().map(|c| c.depth + 1).max().unwrap_or(0);
    assert!(deepest <= level.len(), "depth {deepest}");
    // Attachments nested through 印发 titles stop at a bounded depth.
    let mut chain = String::new();
    for i in 0..200 {
        chain.push_str(&format!(
            "关于印发《方案{i}》的通知\n\n(2023年4月18日)\n\n沪府办规〔2023〕{}号\n\n方案{i}\n\n",
            i + 1
        ));
    }
    parse_checked(&chain);
}

#[test]
fn a_thousand_digit_article_number_and_a_thirty_digit_serial() {
    let article = format!("第{}条　本条例自公布之日起施行。", "九".repeat(1000));
    let g = parse_checked(&article);
    assert!(g.documents[0].clauses.iter().all(|c| c.style != gongbao::model::MarkerStyle::Article));
    assert_eq!(
        gongbao::numeral::parse(&"九".repeat(1000)).unwrap_err().fault(),
        &Fault::Numeral(NumeralFault::Overflow)
    );
    assert_eq!(
        gongbao::numeral::parse(&"9".repeat(1000)).unwrap_err().fault(),
        &Fault::Numeral(NumeralFault::Overflow)
    );
    let serial = format!("沪府办规〔2023〕{}号", "1".repeat(30));
    let overflow = gongbao::error::Fault::DocNumber(gongbao::docnum::DocNumberFault::Overflow);
    assert_eq!(gongbao::docnum::parse(&serial).unwrap_err().fault(), &overflow);
    parse_checked(&serial);
}

#[test]
fn overflowing_numerals_and_dates_are_errors() {
    assert_eq!(gongbao::numeral::parse("一万亿亿亿亿亿").unwrap_err().fault(), &Fault::Numeral(NumeralFault::Overflow));
    assert_eq!(
        gongbao::numeral::parse(&format!("一{}", "亿".repeat(40))).unwrap_err().fault(),
        &Fault::Numeral(NumeralFault::Overflow)
    );
    let fault = |s| gongbao::date::parse(s).unwrap_err().fault().clone();
    assert_eq!(fault("99999年"), Fault::Date(DateFault::YearOutOfRange { year: 99999 }));
    assert_eq!(fault("2023年13月1日"), Fault::Date(DateFault::NoMonth { month: 13 }));
}

#[test]
fn whitespace_only_and_empty() {
    for text in ["", " ", "\n\n\n", "\r\n\r\n", "\u{3000}\u{3000}\n\t", "\u{FEFF}"] {
        let g = parse_checked(text);
        assert!(g.documents.is_empty() && g.issue.is_none(), "{text:?}");
    }
    let empty = gongbao::parse_bytes(b"").expect("no bytes are an empty text");
    assert_eq!((empty.text.as_str(), empty.encoding), ("", gongbao::text::Encoding::Utf8));
    assert_eq!(empty.gazette, gongbao::Gazette::default());
}

#[test]
fn a_long_line_of_references() {
    // Every reference looks back a bounded window for its document and its
    // line start: a long line of them (400 kB) parses, each one found.
    let line = format!("第一条　{}处理。", "依照该法第二条、本法第三条至第四条".repeat(10_000));
    let g = parse_checked(&line);
    let art = &g.documents[0].clauses[0];
    assert_eq!(art.references.len(), 20_000);
    assert_eq!(art.references[0].text, "该法第二条");
}
