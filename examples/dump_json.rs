//! Parses gazette texts and prints the JSON of the contract.
//!
//! ```text
//! cargo run --release --example dump_json                    # the bundled reference issue
//! cargo run --release --example dump_json -- FILE            # one JSON document
//! cargo run --release --example dump_json -- --pretty FILE   # indented
//! cat FILE | cargo run --release --example dump_json -- -    # from stdin
//! cargo run --release --example dump_json -- DIR 'archive/**/*.txt' FILE...   # a batch
//! find archive -name '*.txt' | cargo run --release --example dump_json -- --files-from -
//! ```
//!
//! With more than one input (several files, a directory, which is read
//! recursively, a glob, or a list of paths on stdin) the files are parsed
//! in parallel on all cores (`--jobs N` to use N) and written as JSON Lines
//! in input order, each line starting with the file's name (`"file"`). A
//! file that cannot be read or decoded is reported on stderr and as a line
//! `{"file": …, "error": …}`; the batch goes on, and the exit status is 1.
//! A progress bar is drawn on stderr when it is a terminal.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;

/// The reference issue, embedded so the example runs from any directory.
const REFERENCE: &str = include_str!("../corpus/shanghai-gazette-2023-10.txt");

/// Files parsed before their lines are written: enough to keep every core
/// busy, few enough that a whole archive is never held in memory.
const CHUNK: usize = 256;

#[derive(Default)]
struct Options {
    pretty: bool,
    jobs: Option<usize>,
    inputs: Vec<String>,
    files_from: Option<String>,
}

fn main() -> ExitCode {
    let opts = match options() {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("dump_json: {msg}");
            eprintln!("usage: dump_json [--pretty] [--jobs N] [--files-from LIST|-] [FILE|DIR|GLOB|-]...");
            return ExitCode::from(2);
        }
    };
    if let Some(n) = opts.jobs
        && let Err(e) = rayon::ThreadPoolBuilder::new().num_threads(n).build_global()
    {
        eprintln!("dump_json: --jobs {n}: {e}");
        return ExitCode::from(2);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if opts.inputs.is_empty() && opts.files_from.is_none() {
        let g = gongbao::parse(REFERENCE);
        return finish(emit(&mut out, &g, opts.pretty), false);
    }
    if opts.inputs.len() == 1 && opts.files_from.is_none() && is_single_file(&opts.inputs[0]) {
        let name = &opts.inputs[0];
        return match read_and_parse(name) {
            Ok(g) => finish(emit(&mut out, &g, opts.pretty), false),
            Err(msg) => {
                eprintln!("{name}: {msg}");
                finish(Ok(()), true)
            }
        };
    }
    let files = match expand(&opts) {
        Ok(f) => f,
        Err(msg) => {
            eprintln!("dump_json: {msg}");
            return ExitCode::from(2);
        }
    };
    batch(&mut out, &files, opts.pretty)
}

fn options() -> Result<Options, String> {
    let mut o = Options::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--pretty" => o.pretty = true,
            "--jobs" | "-j" => {
                let n = args.next().ok_or("--jobs needs a number")?;
                o.jobs = Some(n.parse().map_err(|_| format!("--jobs {n}: not a number"))?);
            }
            "--files-from" => o.files_from = Some(args.next().ok_or("--files-from needs a file, or - for stdin")?),
            "-h" | "--help" => return Err("help".into()),
            _ => o.inputs.push(arg),
        }
    }
    Ok(o)
}

/// `-` (stdin) or a path that is not a directory or a glob.
fn is_single_file(input: &str) -> bool {
    input == "-" || !(Path::new(input).is_dir() || is_glob(input))
}

fn is_glob(input: &str) -> bool {
    input.contains(['*', '?', '['])
}

/// The files of a batch, in order: arguments as given (directories read
/// recursively and sorted, globs expanded), then the list of `--files-from`.
fn expand(opts: &Options) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    for input in &opts.inputs {
        if input != "-" && Path::new(input).is_dir() {
            let mut found = Vec::new();
            walk(Path::new(input), &mut found).map_err(|e| format!("{input}: {e}"))?;
            found.sort();
            files.extend(found.into_iter().map(|p| p.display().to_string()));
        } else if is_glob(input) && !Path::new(input).exists() {
            let paths = glob::glob(input).map_err(|e| format!("{input}: {e}"))?;
            for p in paths {
                let p = p.map_err(|e| format!("{input}: {e}"))?;
                if p.is_file() {
                    files.push(p.display().to_string());
                }
            }
        } else {
            files.push(input.clone());
        }
    }
    if let Some(list) = &opts.files_from {
        let reader: Box<dyn BufRead> = if list == "-" {
            Box::new(std::io::BufReader::new(std::io::stdin()))
        } else {
            Box::new(std::io::BufReader::new(std::fs::File::open(list).map_err(|e| format!("{list}: {e}"))?))
        };
        for line in reader.lines() {
            let line = line.map_err(|e| format!("{list}: {e}"))?;
            let path = line.trim_end_matches('\r');
            if !path.is_empty() {
                files.push(path.to_string());
            }
        }
    }
    Ok(files)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn read_and_parse(name: &str) -> Result<gongbao::Gazette, String> {
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(name)
    };
    let bytes = bytes.map_err(|e| format!("cannot read: {e}"))?;
    gongbao::parse_bytes(&bytes).map(|p| p.gazette).map_err(|e| format!("cannot decode: {e}"))
}

/// Parses `files` in parallel, a chunk at a time, and writes one line per
/// file in input order.
fn batch(out: &mut impl Write, files: &[String], pretty: bool) -> ExitCode {
    let bar = if std::io::stderr().is_terminal() {
        indicatif::ProgressBar::new(files.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut failed = false;
    for chunk in files.chunks(CHUNK) {
        let lines: Vec<(String, Option<String>)> = chunk
            .par_iter()
            .map(|name| {
                let line = match read_and_parse(name) {
                    Ok(g) => line_for(name, &g, pretty),
                    Err(msg) => Err(msg),
                };
                bar.inc(1);
                match line {
                    Ok(json) => (json, None),
                    Err(msg) => (error_line(name, &msg), Some(msg)),
                }
            })
            .collect();
        for ((line, error), name) in lines.into_iter().zip(chunk) {
            if let Some(msg) = error {
                bar.suspend(|| eprintln!("{name}: {msg}"));
                failed = true;
            }
            if writeln!(out, "{line}").is_err() {
                return ExitCode::FAILURE;
            }
        }
    }
    bar.finish_and_clear();
    finish(out.flush(), failed)
}

/// The contract's JSON with the file's name in front.
fn line_for(name: &str, g: &gongbao::Gazette, pretty: bool) -> Result<String, String> {
    let body = if pretty { serde_json::to_string_pretty(g) } else { serde_json::to_string(g) };
    let body = body.map_err(|e| format!("cannot serialize: {e}"))?;
    let file = serde_json::to_string(name).map_err(|e| e.to_string())?;
    // {"file": …, then the contract's keys: the body is an object.
    Ok(format!("{{\"file\":{file},{}", &body[1..]))
}

fn error_line(name: &str, msg: &str) -> String {
    #[derive(serde::Serialize)]
    struct Failure<'a> {
        file: &'a str,
        error: &'a str,
    }
    serde_json::to_string(&Failure { file: name, error: msg }).unwrap_or_default()
}

fn emit(out: &mut impl Write, g: &gongbao::Gazette, pretty: bool) -> std::io::Result<()> {
    let json = if pretty { serde_json::to_string_pretty(g) } else { serde_json::to_string(g) };
    writeln!(out, "{}", json.map_err(std::io::Error::other)?)?;
    out.flush()
}

fn finish(written: std::io::Result<()>, failed: bool) -> ExitCode {
    if written.is_err() || failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
