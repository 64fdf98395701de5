//! `gongbao survey`: how the parser reads a large collection of real texts.
//!
//! ```text
//! gongbao survey DIR...                      # totals on stdout
//! gongbao survey --per-text out.tsv DIR...   # and one TSV row per text
//! ```
//!
//! Every `.txt` and `.md` file under the folders (read recursively) is
//! decoded and parsed ([`gongbao::parse_bytes`]) in parallel. The totals:
//!
//! - texts read, texts in which no document was found, documents found;
//! - 发文字号 near the top: of the texts that print a number near the top
//!   (a line among the first [`TOP_LINES`] non-blank lines that is a whole
//!   document number, [`gongbao::docnum::is_doc_number_line`]), the share
//!   in which a document carries that number as its `doc_number`; and the
//!   texts without such a line in which a document has a number all the
//!   same (a decree number read from a law's history note, say);
//! - the share of texts whose first document has a 成文日期 (`date`);
//! - the share of the text (bytes that are not whitespace) in blocks of
//!   role `unknown`, and the texts that have any;
//! - diagnostics by code, and the texts that have each;
//! - numbering continuity, read from the clause tree independently of the
//!   parser's numbering lint: documents whose articles (第N条, inserted
//!   第N条之一 aside) do not run 1, 2, 3 … without a gap or a repeat.
//!
//! The TSV of `--per-text` has a header line; its columns are named there.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use gongbao::model::{Document, MarkerStyle, Role};
use rayon::prelude::*;

use crate::Outcome;

/// How many non-blank lines count as "the top" of a text when looking for
/// a printed 发文字号: a title of up to three lines, a decree head and its
/// number, a database's header lines and a date line fit in it.
const TOP_LINES: usize = 10;

/// What the survey learns from one text.
#[derive(Debug, Default, Clone)]
struct Row {
    file: String,
    error: Option<String>,
    documents: usize,
    documents_total: usize,
    number_on_top: bool,
    has_number: bool,
    has_date: bool,
    text_bytes: usize,
    unknown_bytes: usize,
    articles: usize,
    article_breaks: usize,
    diagnostics: BTreeMap<String, usize>,
    first_break: String,
}

/// Survey how the parser reads folders of texts: documents found, 发文字号 and 成文日期 read,
/// text left unknown, diagnostics by code, numbering continuity.
///
/// Reads every .txt and .md file under the folders; prints the totals as TSV lines.
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Also write one TSV row per text (with a header line) to this file.
    #[arg(long, value_name = "OUT.tsv")]
    per_text: Option<PathBuf>,
    /// Folders (or files) to read.
    #[arg(required = true, value_name = "DIR")]
    dirs: Vec<PathBuf>,
}

pub fn run(args: &Args) -> Outcome {
    let mut files = Vec::new();
    for d in &args.dirs {
        walk(d, &mut files);
    }
    files.sort();
    let rows: Vec<Row> = files.par_iter().map(|f| survey(f)).collect();
    if let Some(out) = &args.per_text
        && let Err(e) = std::fs::write(out, tsv(&rows))
    {
        eprintln!("gongbao: cannot write {}: {e}", out.display());
        return Outcome::SomeFailed;
    }
    print!("{}", totals(&rows));
    Outcome::Done
}

/// Every .txt and .md file under `path`.
fn walk(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else { return };
        for e in entries.flatten() {
            walk(&e.path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
        out.push(path.to_path_buf());
    }
}

fn survey(path: &Path) -> Row {
    let mut row = Row { file: path.display().to_string(), ..Row::default() };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            row.error = Some(e.to_string());
            return row;
        }
    };
    let parsed = match gongbao::parse_bytes(&bytes) {
        Ok(p) => p,
        Err(e) => {
            row.error = Some(e.to_string());
            return row;
        }
    };
    let (text, g) = (&parsed.text, &parsed.gazette);
    row.documents = g.documents.len();
    row.documents_total = g.documents().count();
    let printed = text
        .lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .filter(|l| !l.is_empty())
        .take(TOP_LINES)
        .find(|l| gongbao::docnum::is_doc_number_line(l))
        .and_then(|l| gongbao::docnum::parse(l).ok());
    row.number_on_top = printed.is_some();
    // Read when a document of the text carries the printed number.
    row.has_number = match &printed {
        Some(n) => g.documents().any(|d| d.doc_number.as_ref() == Some(n)),
        None => g.documents().any(|d| d.doc_number.is_some()),
    };
    let first = g.documents.first();
    row.has_date = first.is_some_and(|d| d.date.is_some());
    row.text_bytes = text.chars().filter(|c| !c.is_whitespace()).map(char::len_utf8).sum();
    row.unknown_bytes = g
        .leaves()
        .iter()
        .filter(|b| b.role == Role::Unknown)
        .map(|b| b.text.chars().filter(|c| !c.is_whitespace()).map(char::len_utf8).sum::<usize>())
        .sum();
    for d in g.documents() {
        let (n, breaks, first_break) = article_sequence(d);
        row.articles += n;
        row.article_breaks += breaks;
        if row.first_break.is_empty() {
            row.first_break = first_break;
        }
    }
    for d in &g.diagnostics {
        *row.diagnostics.entry(d.code.to_string()).or_default() += 1;
    }
    row
}

/// The articles of `d` (not of its attachments), how many of them break
/// the run 1, 2, 3 …, and the first break as `expected→found`. An inserted
/// article (第十条之一) stands between its neighbours and is not counted.
fn article_sequence(d: &Document) -> (usize, usize, String) {
    let mut expected = 1;
    let (mut n, mut breaks, mut first) = (0, 0, String::new());
    for c in d.clauses().map(|c| c.clause).filter(|c| c.style == MarkerStyle::Article && c.sub.is_none()) {
        n += 1;
        let Some(num) = c.number else { continue };
        if num != expected {
            breaks += 1;
            if first.is_empty() {
                first = format!("{expected}→{num}");
            }
        }
        expected = num + 1;
    }
    (n, breaks, first)
}

fn tsv(rows: &[Row]) -> String {
    let mut out = String::from(
        "file\terror\tdocuments\tdocuments_total\tnumber_on_top\thas_number\thas_date\ttext_bytes\tunknown_bytes\tarticles\tarticle_breaks\tfirst_break\tdiagnostics\n",
    );
    for r in rows {
        let diags: Vec<String> = r.diagnostics.iter().map(|(k, v)| format!("{k}:{v}")).collect();
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            r.file,
            r.error.as_deref().unwrap_or(""),
            r.documents,
            r.documents_total,
            u8::from(r.number_on_top),
            u8::from(r.has_number),
            u8::from(r.has_date),
            r.text_bytes,
            r.unknown_bytes,
            r.articles,
            r.article_breaks,
            r.first_break,
            diags.join(",")
        ));
    }
    out
}

fn totals(rows: &[Row]) -> String {
    let ok: Vec<&Row> = rows.iter().filter(|r| r.error.is_none()).collect();
    let share = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
    let count = |f: &dyn Fn(&Row) -> bool| ok.iter().filter(|r| f(r)).count();
    let n = ok.len();
    let on_top = count(&|r| r.number_on_top);
    let on_top_read = count(&|r| r.number_on_top && r.has_number);
    let dated = count(&|r| r.has_date);
    let text: usize = ok.iter().map(|r| r.text_bytes).sum();
    let unknown: usize = ok.iter().map(|r| r.unknown_bytes).sum();
    let with_articles = count(&|r| r.articles > 0);
    let broken = count(&|r| r.article_breaks > 0);
    let mut out = String::new();
    out.push_str(&format!("texts\t{}\n", rows.len()));
    out.push_str(&format!("unreadable\t{}\n", rows.len() - n));
    out.push_str(&format!("no_document\t{}\n", count(&|r| r.documents == 0)));
    out.push_str(&format!("documents\t{}\n", ok.iter().map(|r| r.documents_total).sum::<usize>()));
    out.push_str(&format!("number_near_top\t{on_top_read}/{on_top}\t{:.1}%\n", share(on_top_read, on_top)));
    out.push_str(&format!("number_read_none_on_top\t{}\n", count(&|r| !r.number_on_top && r.has_number)));
    out.push_str(&format!("date\t{dated}/{n}\t{:.1}%\n", share(dated, n)));
    out.push_str(&format!("unknown_bytes\t{unknown}/{text}\t{:.3}%\n", share(unknown, text)));
    out.push_str(&format!("texts_with_unknown\t{}\n", count(&|r| r.unknown_bytes > 0)));
    out.push_str(&format!(
        "article_sequence_exact\t{}/{with_articles}\t{:.1}%\n",
        with_articles - broken,
        share(with_articles - broken, with_articles)
    ));
    let mut codes: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for r in &ok {
        for (k, v) in &r.diagnostics {
            let e = codes.entry(k.as_str()).or_default();
            e.0 += v;
            e.1 += 1;
        }
    }
    for (k, (all, texts)) in codes {
        out.push_str(&format!("diagnostic\t{k}\t{all}\tin {texts} texts\n"));
    }
    out
}
