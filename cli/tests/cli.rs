//! The `gongbao` binary, run as a user runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The reference issue, from the repository root.
const ISSUE: &str = "corpus/shanghai-gazette-2023-10.txt";

/// Runs `gongbao ARGS` in the repository root with `stdin` as input.
#[track_caller]
fn run(args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongbao"))
        .args(args)
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("stdin written");
    child.wait_with_output().expect("the binary ends")
}

#[track_caller]
fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// A fresh folder for one test's files.
#[track_caller]
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gongbao-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

#[test]
fn help_goes_to_stdout_with_success() {
    let out = run(&["--help"], "");
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    assert!(help.contains("Usage: gongbao [OPTIONS] <COMMAND>"), "{help}");
    for command in ["parse", "numerals", "dates", "docnums", "survey"] {
        assert!(help.contains(&format!("\n  {command} ")), "{command} in {help}");
    }
    assert!(out.stderr.is_empty());
}

#[test]
fn an_unknown_flag_is_refused_with_a_hint() {
    let out = run(&["parse", "--prety", ISSUE], "");
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("unexpected argument '--prety' found"), "{err}");
    assert!(err.contains("a similar argument exists: '--pretty'"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_glob_or_path_matching_nothing_is_an_error_naming_it() {
    let out = run(&["parse", "corpus/no-such-*.txt"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), "gongbao: no file matches corpus/no-such-*.txt\n");
    assert!(out.stdout.is_empty());
    let out = run(&["parse", ISSUE, "corpus/missing.txt"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), "gongbao: corpus/missing.txt: no such file or directory\n");
    assert!(out.stdout.is_empty());
}

#[test]
fn one_file_is_one_json_document_and_two_are_json_lines_in_order() {
    let one = run(&["parse", ISSUE], "");
    assert_eq!(one.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&one.stdout).expect("one JSON document");
    assert_eq!(doc["issue"]["gazette"], "上海市人民政府公报");
    assert_eq!(doc["documents"][0]["doc_number"]["text"], "沪府办规〔2023〕12号");

    let second = "corpus/govcn-guofa-2019-4-zhiye-jiaoyu-fangan.txt";
    let two = run(&["parse", ISSUE, second], "");
    assert_eq!(two.status.code(), Some(0));
    let lines: Vec<&str> = std::str::from_utf8(&two.stdout).expect("UTF-8").lines().collect();
    assert_eq!(lines.len(), 2);
    let first: Value = serde_json::from_str(lines[0]).expect("a JSON line");
    let other: Value = serde_json::from_str(lines[1]).expect("a JSON line");
    assert_eq!((first["file"].as_str(), other["file"].as_str()), (Some(ISSUE), Some(second)));
    assert_eq!(other["documents"][0]["doc_number"]["text"], "国发〔2019〕4号");
    // A line is the document of the file alone, with its name in front.
    let mut without_name = first.clone();
    without_name.as_object_mut().expect("an object").remove("file");
    assert_eq!(without_name, doc);
}

#[test]
fn pretty_is_refused_for_several_inputs() {
    let out = run(&["parse", "--pretty", "corpus"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("gongbao: --pretty takes exactly one input"));
    assert!(out.stdout.is_empty());
    let out = run(&["parse", "--pretty", "-"], "国发〔2019〕4号");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("{\n  \"issue\": null,"));
}

#[test]
fn offsets_chars_counts_characters_of_the_text() {
    // 沪府办规〔2023〕12号 is line 47 of the issue, after 46 lines of 608
    // characters (1480 bytes); it is 13 characters long.
    let bytes: Value = serde_json::from_slice(&run(&["parse", ISSUE], "").stdout).expect("JSON");
    let chars: Value = serde_json::from_slice(&run(&["parse", "--offsets", "chars", ISSUE], "").stdout).expect("JSON");
    let block = |g: &Value| g["documents"][0]["blocks"][2].clone();
    assert_eq!(block(&bytes)["role"], "doc_number");
    assert_eq!(block(&bytes)["span"], serde_json::json!({"start": 1480, "end": 1507}));
    assert_eq!(block(&chars)["span"], serde_json::json!({"start": 608, "end": 621}));
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(ISSUE)).expect("issue");
    let number: String = text.chars().skip(608).take(13).collect();
    assert_eq!(number, "沪府办规〔2023〕12号");
    // The last document's end, in either unit.
    let end = |g: &Value| g["documents"].as_array().and_then(|d| d.last()).and_then(|d| d["span"]["end"].as_u64());
    let end_byte = end(&bytes).expect("a last document") as usize;
    assert_eq!(end(&chars), Some(text[..end_byte].chars().count() as u64));
}

#[test]
fn no_block_text_keeps_the_roles_and_spans_of_blocks() {
    let out = run(&["parse", "--no-block-text", ISSUE], "");
    let g: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        g["documents"][0]["blocks"][2],
        serde_json::json!({"role": "doc_number", "span": {"start": 1480, "end": 1507}})
    );
    assert!(!text(&out.stdout).contains("\"role\":\"title\",\"text\""));
    assert_eq!(
        g["documents"][0]["title"],
        "上海市人民政府办公厅印发《关于新时期强化投资促进加快建设现代化产业体系的政策措施》的通知"
    );
}

#[test]
fn a_truncated_file_is_refused_by_name_and_read_with_lossy() {
    let dir = scratch("lossy");
    let issue = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(ISSUE)).expect("issue");
    // Cut one byte into the 号 of the last line, 国内统一连续出版物号:CN31-1854/D.
    let issue = String::from_utf8(issue).expect("UTF-8");
    let cut_at = issue.rfind("出版物号").expect("last line") + "出版物".len() + 1;
    let cut = dir.join("cut.txt");
    std::fs::write(&cut, &issue.as_bytes()[..cut_at]).expect("written");
    let cut = cut.to_str().expect("a UTF-8 path");

    // In a batch the other file is still written, and the exit status says one failed.
    let strict = run(&["parse", cut, ISSUE], "");
    assert_eq!(strict.status.code(), Some(1));
    let err = text(&strict.stderr);
    assert!(err.starts_with(&format!("{cut}: cannot decode: truncated UTF-8 sequence at line ")), "{err}");
    assert_eq!(text(&strict.stdout).lines().count(), 1);

    let lossy = run(&["parse", "--lossy", cut], "");
    assert_eq!(lossy.status.code(), Some(0));
    let g: Value = serde_json::from_slice(&lossy.stdout).expect("JSON");
    let first = &g["diagnostics"][0];
    assert_eq!(first["code"], "damaged-input");
    assert_eq!(
        first["message"],
        format!("truncated UTF-8 sequence at byte {} (the input ends inside a character)", cut_at - 1)
    );
    assert_eq!(first["span"], serde_json::json!({"start": cut_at - 1, "end": cut_at + 2}));
    assert_eq!(g["documents"][0]["doc_number"]["text"], "沪府办规〔2023〕12号");
}

#[test]
fn the_primitives_keep_the_output_of_the_examples() {
    let out = run(&["numerals"], "八到九百亿\n1∶500\n一方面\n");
    let lines: Vec<Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect();
    assert_eq!(
        lines[0],
        serde_json::json!({"input":"八到九百亿","value":null,"low":80000000000u64,"high":90000000000u64,"error":null})
    );
    assert_eq!(
        text(&out.stdout).lines().nth(1),
        Some(r#"{"input":"1∶500","value":0.002,"low":null,"high":null,"error":null,"ratio":[1,500]}"#)
    );
    assert!(lines[2]["error"].is_string());

    let out = run(&["dates", "--year", "2023"], "2023年底前\n2017年8月至11月\n");
    assert_eq!(
        text(&out.stdout),
        concat!(
            r#"{"input":"2023年底前","kind":"deadline","date":null,"from":null,"to":"2023-12-31","duration":null,"error":null}"#,
            "\n",
            r#"{"input":"2017年8月至11月","kind":"period","date":null,"from":"2017-08","to":"2017-11","duration":null,"error":null}"#,
            "\n"
        )
    );

    let out = run(&["docnums", ISSUE], "");
    assert_eq!(out.status.code(), Some(0));
    let numbers: Value = serde_json::from_slice(&out.stdout).expect("a JSON array");
    let first = &numbers[0];
    assert_eq!(first["text"], "沪府办规〔2023〕12号");
    assert_eq!(first["span"], serde_json::json!({"start": 1480, "end": 1507}));
}

#[test]
fn survey_counts_the_texts_of_a_folder() {
    let dir = scratch("survey");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for name in ["shanghai-gazette-2023-10.txt", "govcn-guofa-2019-4-zhiye-jiaoyu-fangan.txt"] {
        std::fs::copy(root.join("corpus").join(name), dir.join(name)).expect("copied");
    }
    std::fs::write(dir.join("notes.json"), "{}").expect("written");
    let tsv = dir.join("per-text.tsv");
    let out = run(&["survey", "--per-text", tsv.to_str().expect("UTF-8"), dir.to_str().expect("UTF-8")], "");
    assert_eq!(out.status.code(), Some(0));
    let totals = text(&out.stdout);
    assert!(totals.starts_with("texts\t2\nunreadable\t0\nno_document\t0\n"), "{totals}");
    let rows = std::fs::read_to_string(&tsv).expect("the per-text table");
    assert_eq!(rows.lines().count(), 3);
    assert!(rows.starts_with("file\terror\tdocuments\t"));
}
