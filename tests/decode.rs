//! Decoding failures say what the input looks like, where, and which
//! encodings were tried.

use gongbao::Span;
use gongbao::error::Fault;
use gongbao::text::{DecodeFault, Encoding, decode};

/// The fault, span and message of decoding `bytes`, which must fail.
#[track_caller]
fn failure(bytes: &[u8]) -> (DecodeFault, Span, String) {
    let err = decode(bytes).expect_err("not text");
    (err.fault().clone(), err.span(), err.to_string())
}

#[test]
fn a_stray_byte_in_utf8_is_damaged_utf8_with_its_line_and_column() {
    let mut bytes = "第一条　总则\n为了规范".as_bytes().to_vec();
    let at = "第一条　总则\n为了".len();
    bytes.insert(at, 0xFF);
    let (fault, span, message) = failure(&bytes);
    assert_eq!(fault, DecodeFault::DamagedUtf8 { byte: 0xFF, line: 2, column: 3 });
    assert_eq!(span, Span::new(at, at + 1));
    assert_eq!(
        message,
        "invalid UTF-8 byte 0xFF at line 2, column 3: the input looks like damaged UTF-8 (bytes 25..26)"
    );
}

#[test]
fn a_file_cut_inside_a_character_is_truncated_utf8() {
    let text = "沪府办规〔2023〕12号";
    let (fault, span, _) = failure(&text.as_bytes()[..text.len() - 1]);
    assert_eq!(fault, DecodeFault::TruncatedUtf8 { line: 1, column: 13 });
    assert_eq!(span, Span::new(text.len() - 3, text.len() - 1));
}

#[test]
fn control_characters_are_binary_data() {
    let (fault, span, message) = failure(b"PK\x03\x04\x14\x00");
    assert_eq!(fault, DecodeFault::BinaryData { control: '\u{3}', encoding: Encoding::Utf8, line: 1, column: 3 });
    assert_eq!(span, Span::new(2, 3));
    assert_eq!(
        message,
        "control character U+0003 at line 1, column 3: the input looks like binary data, not UTF-8 text (bytes 2..3)"
    );
}

#[test]
fn utf16_without_a_bom_is_named() {
    let text = "第1条\n2023年";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let (fault, span, message) = failure(&le);
    assert_eq!(fault, DecodeFault::Utf16WithoutBom { big_endian: false });
    assert_eq!(span, Span::new(0, le.len()));
    assert_eq!(
        message,
        "NUL bytes at every other position: the input looks like UTF-16LE without a byte-order mark \
         (tried UTF-8, GB18030, Big5; UTF-16 is read only with its byte-order mark) (bytes 0..18)"
    );
    assert_eq!(failure(&be).0, DecodeFault::Utf16WithoutBom { big_endian: true });
    // With its BOM, the same text reads.
    let mut with_bom = vec![0xFF, 0xFE];
    with_bom.extend_from_slice(&le);
    assert_eq!(decode(&with_bom).map(|d| (d.text, d.encoding)), Ok((text.to_string(), Encoding::Utf16Le)));
}

#[test]
fn a_bad_sequence_in_legacy_text_names_the_encodings_tried() {
    let (mut gbk, _, _) = encoding_rs::GBK.encode("上海市人民政府\n办公厅关于印发");
    let gbk = gbk.to_mut();
    let at = gbk.len();
    gbk.extend_from_slice(&[0x81, 0x20]);
    let (fault, span, message) = failure(gbk);
    assert_eq!(
        fault,
        DecodeFault::Malformed {
            encoding: Encoding::Gb18030,
            tried: &[Encoding::Utf8, Encoding::Gb18030, Encoding::Big5],
            line: 2,
            column: 8
        }
    );
    assert_eq!(span, Span::new(at, at + 1));
    assert_eq!(
        message,
        format!(
            "byte sequence at line 2, column 8 is not valid GB18030 (tried UTF-8, GB18030, Big5) (bytes {at}..{})",
            at + 1
        )
    );
}

#[test]
fn parse_bytes_fails_with_the_crate_error_holding_the_fault() {
    let err = gongbao::parse_bytes(b"ab\0cd").expect_err("binary");
    assert_eq!(err.kind(), gongbao::ErrorKind::Decode);
    assert_eq!(
        err.fault(),
        &Fault::Decode(DecodeFault::BinaryData { control: '\0', encoding: Encoding::Utf8, line: 1, column: 3 })
    );
    assert_eq!(err.span(), Span::new(2, 3));
}

#[test]
fn parse_bytes_lossy_reads_a_damaged_issue_whole_with_a_diagnostic_first() {
    use gongbao::model::{DiagnosticCode, Severity};
    let text = include_str!("../corpus/shanghai-gazette-2023-10.txt");
    // A stray byte inside the masthead 上海市人民政府公报, after 上海市.
    let at = text.find("上海市人民政府公报").expect("masthead") + "上海市".len();
    let mut bytes = text.as_bytes().to_vec();
    bytes.insert(at, 0xFF);
    assert!(gongbao::parse_bytes(&bytes).is_err());
    let parsed = gongbao::parse_bytes_lossy(&bytes);
    assert_eq!(parsed.text.len(), text.len() + "\u{FFFD}".len());
    let first = &parsed.gazette.diagnostics[0];
    assert_eq!((first.severity, first.code), (Severity::Warning, DiagnosticCode::DamagedInput));
    assert_eq!(first.message, format!("invalid UTF-8 byte 0xFF at byte {at}"));
    assert_eq!(first.span, Some(Span::new(at, at + 3)));
    let damaged = parsed.gazette.diagnostics.iter().filter(|d| d.code == DiagnosticCode::DamagedInput).count();
    assert_eq!(damaged, 1);
    // The rest of the issue is read as before.
    let strict = gongbao::parse(text);
    assert_eq!(parsed.gazette.documents().count(), strict.documents().count());
    assert_eq!(parsed.gazette.documents[0].doc_number, strict.documents[0].doc_number);
}
