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
    for command in ["parse", "tables", "numerals", "dates", "docnums", "survey"] {
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

/// The records of a CSV file written by `gongbao tables`, header first,
/// read by the csv crate (RFC 4180).
#[track_caller]
fn csv_records(path: &Path) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_path(path).expect("a CSV file");
    reader.records().map(|r| r.expect("a CSV record").iter().map(str::to_string).collect()).collect()
}

#[test]
fn tables_writes_one_csv_per_table_with_the_rows_of_the_library() {
    let dir = scratch("tables");
    let law = "corpus/npc-geren-xinxi-baohu-fa-2021-flk.txt";
    let out = run(&["tables", ISSUE, law, "--out", dir.to_str().expect("UTF-8")], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let library: Vec<gongbao::tables::Tables> = [ISSUE, law]
        .iter()
        .map(|f| gongbao::parse(&std::fs::read_to_string(root.join(f)).expect("text")).tables(f))
        .collect();
    for schema in gongbao::tables::SCHEMA {
        let records = csv_records(&dir.join(format!("{}.csv", schema.name)));
        let header: Vec<&str> = schema.columns.iter().map(|c| c.name).collect();
        assert_eq!(records[0], header, "{}", schema.name);
        for (file, tables) in [ISSUE, law].iter().zip(&library) {
            let rows = tables.each().into_iter().find(|(s, _)| s.name == schema.name).expect("the table").1;
            let written = records[1..].iter().filter(|r| r[0] == *file).count();
            assert_eq!(written, rows.len(), "{} of {file}", schema.name);
        }
        // Rows in input order: the issue's, then the law's.
        let sources: Vec<&str> = records[1..].iter().map(|r| r[0].as_str()).collect();
        assert!(sources.is_sorted_by_key(|s| *s != ISSUE), "{}", schema.name);
    }
    // Every cell is the library's, as text.
    let clauses = csv_records(&dir.join("clauses.csv"));
    let row = clauses.iter().find(|r| r[1] == "d1/art13/para1/item3").expect("a clause of the law");
    assert_eq!(row[..8], [law, "d1/art13/para1/item3", "d1", "d1/art13/para1", "4", "3", "（三）", "3"]);
    assert_eq!(row[11], "为履行法定职责或者法定义务所必需；");
    let quantities = csv_records(&dir.join("quantities.csv"));
    let cap = quantities.iter().find(|r| r[2] == "d1.1/1/1/1" && r[3] == "最高1亿元").expect("a cap");
    assert_eq!(cap[4..10], ["money", "100000000", "", "", "元", "max"]);
    let raw = std::fs::read_to_string(dir.join("documents.csv")).expect("documents.csv");
    assert!(raw.starts_with("source,id,parent,kind,genre,title,date,doc_number,"), "{raw}");
    assert!(raw.contains("\r\n"), "RFC 4180 lines end with CRLF");
}

#[test]
fn a_field_with_comma_quote_and_line_break_is_quoted_and_reads_back() {
    let dir = scratch("tables-quoting");
    let input = "一、总体要求\n（一）推进改革。加强\"统筹\", 做好工作。\n继续推进, 完善机制。\n";
    let out = run(&["tables", "-", "--out", dir.to_str().expect("UTF-8")], input);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let raw = std::fs::read_to_string(dir.join("clauses.csv")).expect("clauses.csv");
    assert!(raw.contains(",\"加强\"\"统筹\"\", 做好工作。\n继续推进, 完善机制。\","), "{raw}");
    let records = csv_records(&dir.join("clauses.csv"));
    assert_eq!(records.len(), 3);
    assert_eq!(records[2][10], "推进改革");
    assert_eq!(records[2][11], "加强\"统筹\", 做好工作。\n继续推进, 完善机制。");
    let library = gongbao::parse(input).tables("-");
    assert_eq!(records[2][11], library.clauses[1].text);
    // A null is an empty field.
    assert_eq!((records[1][3].as_str(), records[1][8].as_str()), ("", ""));
}

#[test]
fn tables_as_json_lines_with_char_offsets() {
    let dir = scratch("tables-jsonl");
    let out =
        run(&["tables", ISSUE, "--format", "jsonl", "--offsets", "chars", "--out", dir.to_str().expect("UTF-8")], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let lines = std::fs::read_to_string(dir.join("documents.jsonl")).expect("documents.jsonl");
    let rows: Vec<Value> = lines.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect();
    assert_eq!(rows.len(), 12);
    // The notice starts at byte 1323, its title line.
    let issue = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(ISSUE)).expect("issue");
    assert_eq!(rows[0]["start"], issue[..1323].chars().count());
    assert_eq!(rows[0]["doc_number"], "沪府办规〔2023〕12号");
    assert_eq!(rows[0]["parent"], Value::Null);
    // Keys in the schema's order.
    let first = lines.lines().next().expect("a line");
    let columns = gongbao::tables::schema("documents").expect("documents").columns;
    let at: Vec<usize> = columns.iter().map(|c| first.find(&format!("\"{}\":", c.name)).expect(c.name)).collect();
    assert!(at.is_sorted() && at[0] == 1, "{first}");
    assert_eq!(std::fs::read_to_string(dir.join("clauses.jsonl")).expect("clauses.jsonl").lines().count(), 164);
}

#[test]
fn tables_reports_an_unreadable_input_and_writes_the_others() {
    let dir = scratch("tables-damaged");
    let cut = dir.join("cut.txt");
    // Cut inside its last character, 。.
    let text_bytes = "一、推进改革。（责任单位：市发展改革委）\n二、加强保障。".as_bytes();
    std::fs::write(&cut, &text_bytes[..text_bytes.len() - 1]).expect("written");
    let out_dir = dir.join("t");
    let args = ["tables", cut.to_str().expect("UTF-8"), ISSUE, "--out", out_dir.to_str().expect("UTF-8")];
    let out = run(&args, "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with(&format!("{}: cannot decode", cut.display())), "{}", text(&out.stderr));
    assert_eq!(csv_records(&out_dir.join("documents.csv")).len(), 13);
    let mut lossy = args.to_vec();
    lossy.push("--lossy");
    assert_eq!(run(&lossy, "").status.code(), Some(0));
    let units = csv_records(&out_dir.join("responsibilities.csv"));
    assert_eq!(units[1][..6], [cut.to_str().expect("UTF-8"), "d1", "d1/1", "1", "1", "市发展改革委"]);
}
