//! The parser's JSON for every corpus text, compared with an expected file
//! that was reviewed by hand against the text.
//!
//! To regenerate after an intended change, run
//! `GONGBAO_BLESS=1 cargo test --test expected`, then read the diff of
//! `tests/expected/` against the texts before committing it.

use std::path::Path;

#[test]
fn corpus_outputs_match_the_reviewed_expectations() {
    let bless = std::env::var_os("GONGBAO_BLESS").is_some();
    let mut failures = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir("corpus")
        .expect("corpus folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    for path in paths {
        let name = path.file_stem().and_then(|s| s.to_str()).expect("file name").to_string();
        let bytes = std::fs::read(&path).expect("readable");
        let g = gongbao::parse_bytes(&bytes).expect("decodable").gazette;
        let json = serde_json::to_string_pretty(&g).expect("serializable") + "\n";
        let expected_path = Path::new("tests/expected").join(format!("{name}.json"));
        if bless {
            std::fs::write(&expected_path, &json).expect("writable");
            continue;
        }
        let Ok(expected) = std::fs::read_to_string(&expected_path) else {
            failures.push(format!("{name}: no {} (run with GONGBAO_BLESS=1 and review it)", expected_path.display()));
            continue;
        };
        if expected != json {
            let at = expected.lines().zip(json.lines()).position(|(a, b)| a != b).unwrap_or(0);
            let want = expected.lines().nth(at).unwrap_or("<end>");
            let got = json.lines().nth(at).unwrap_or("<end>");
            failures.push(format!("{name}: line {}: expected {want:?}, got {got:?}", at + 1));
        }
        // The JSON reads back into the same tree.
        let back: gongbao::Gazette = serde_json::from_str(&json).expect("the JSON reads back");
        if back != g {
            failures.push(format!("{name}: the JSON does not read back into the same tree"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
