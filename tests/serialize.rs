//! Character offsets ([`gongbao::CharIndex`]) and the JSON rewriter
//! ([`gongbao::serialize`]) behind `--offsets chars` and `--no-block-text`.

use gongbao::CharIndex;
use gongbao::serialize::{Rewrite, Rewritten};

#[test]
fn every_byte_offset_of_a_char_boundary_maps_to_the_chars_before_it() {
    // Long enough for several blocks, with 1-, 2-, 3- and 4-byte characters.
    let text = "沪府办规〔2023〕12号 é 𠀀 ".repeat(20);
    let index = CharIndex::new(&text);
    for (chars, (byte, _)) in text.char_indices().enumerate() {
        assert_eq!(index.chars_at(byte), chars, "byte {byte}");
    }
    assert_eq!(index.chars_at(text.len()), text.chars().count());
    assert_eq!(index.chars_at(text.len() + 5), text.chars().count());
}

#[test]
fn a_text_of_whole_blocks_ends_at_its_char_count() {
    let text = "a".repeat(128);
    assert_eq!(CharIndex::new(&text).chars_at(128), 128);
    assert_eq!(CharIndex::new("").chars_at(0), 0);
}

/// The JSON of the gazette of `text` with `rewrite`.
#[track_caller]
fn json(text: &str, rewrite: &Rewrite) -> serde_json::Value {
    let g = gongbao::parse(text);
    serde_json::to_value(Rewritten { value: &g, rewrite }).expect("serializable")
}

const TEXT: &str = "国务院关于印发某方案的通知\n\n国发〔2019〕4号\n\n各省人民政府：\n\n现将《某方案》印发给你们。";

#[test]
fn no_rewrite_is_the_library_json() {
    let plain = serde_json::to_value(gongbao::parse(TEXT)).expect("serializable");
    assert_eq!(json(TEXT, &Rewrite::default()), plain);
}

#[test]
fn spans_become_char_offsets_everywhere() {
    let rewrite = Rewrite { chars: Some(CharIndex::new(TEXT)), no_block_text: false };
    let doc = &json(TEXT, &rewrite)["documents"][0];
    // 国发〔2019〕4号 (10 characters) starts after the 13 characters of
    // the title and two line feeds.
    assert_eq!(doc["blocks"][1]["role"], "doc_number");
    assert_eq!(doc["blocks"][1]["span"], serde_json::json!({"start": 15, "end": 25}));
    assert_eq!(doc["span"], serde_json::json!({"start": 0, "end": TEXT.chars().count()}));
    let last = doc["blocks"].as_array().and_then(|b| b.last()).expect("blocks");
    assert_eq!(last["span"]["end"], TEXT.chars().count());
}

#[test]
fn blocks_lose_their_text_and_keep_role_and_span() {
    let rewrite = Rewrite { chars: None, no_block_text: true };
    let doc = &json(TEXT, &rewrite)["documents"][0];
    let first = &doc["blocks"][0];
    assert_eq!(first, &serde_json::json!({"role": "title", "span": {"start": 0, "end": 39}}));
    assert_eq!(doc["title"], "国务院关于印发某方案的通知");
}

#[test]
fn the_rewrite_reaches_spans_in_clause_facts_of_the_reference_issue() {
    let text = include_str!("../corpus/shanghai-gazette-2023-10.txt");
    let rewrite = Rewrite { chars: Some(CharIndex::new(text)), no_block_text: true };
    let g = gongbao::parse(text);
    let bytes = serde_json::to_value(&g).expect("serializable");
    let chars = serde_json::to_value(Rewritten { value: &g, rewrite: &rewrite }).expect("serializable");
    // 最高1亿元 in the first item of the policy: its span in bytes and in characters.
    let path = |v: &serde_json::Value| {
        v["documents"][0]["attachments"][0]["clauses"][0]["children"][0]["children"][0]["quantities"][3].clone()
    };
    let (b, c) = (path(&bytes), path(&chars));
    assert_eq!(b["text"], "最高1亿元");
    let (start, end) = (b["span"]["start"].as_u64().unwrap() as usize, b["span"]["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[start..end], "最高1亿元");
    let char_start = text[..start].chars().count();
    assert_eq!(c["span"], serde_json::json!({"start": char_start, "end": char_start + 5}));
}
