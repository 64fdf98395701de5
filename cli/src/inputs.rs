//! The inputs of `gongbao parse` and `gongbao tables`: files, directories,
//! globs and stdin, and how one is read, decoded and parsed.

use std::io::Read;

use gongbao::{Parsed, Parser};
use std::path::{Path, PathBuf};

/// One text to parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The name shown in messages and in the `file` key of JSON Lines.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }

    pub fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Input::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin().lock().read_to_end(&mut bytes)?;
                Ok(bytes)
            }
            Input::File(p) => std::fs::read(p),
        }
    }

    /// Reads, decodes and parses the text (`lossy`: damaged bytes become
    /// U+FFFD with a diagnostic; `year`: for dates written without one);
    /// the message says why not.
    pub fn parse(&self, lossy: bool, year: Option<i32>) -> Result<Parsed, String> {
        let bytes = self.read().map_err(|e| format!("cannot read: {e}"))?;
        let mut parser = Parser::new();
        if let Some(year) = year {
            parser = parser.context_year(year);
        }
        let decoded = if lossy {
            gongbao::text::decode_lenient(&bytes)
        } else {
            gongbao::text::decode(&bytes)
                .map_err(|e| format!("cannot decode: {e} (--lossy reads it with replacements)"))?
        };
        // The text is parsed without the bytes: a large file is not held twice.
        drop(bytes);
        Ok(parser.parse_decoded(decoded))
    }
}

/// Whether the arguments name exactly one text (a file or `-`), which is
/// written as one JSON document; anything else is a batch of JSON Lines,
/// even when a directory or glob turns out to hold one file, so that a
/// script gets the shape its arguments promise.
pub fn is_single(args: &[String]) -> bool {
    match args {
        [one] => one == "-" || Path::new(one).is_file(),
        _ => false,
    }
}

/// The texts the arguments name, in order: `-` is stdin, a directory is
/// every file under it (recursively, sorted, hidden files and folders
/// left out), a path that does not exist but holds `*`, `?` or `[` is a
/// glob. An argument that names no file is an error naming it.
pub fn expand(args: &[String]) -> Result<Vec<Input>, String> {
    let mut inputs = Vec::new();
    for arg in args {
        let path = Path::new(arg);
        if arg == "-" {
            if inputs.contains(&Input::Stdin) {
                return Err("- (stdin) given twice".to_string());
            }
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found).map_err(|e| format!("{arg}: {e}"))?;
            if found.is_empty() {
                return Err(format!("{arg}: no file in this directory"));
            }
            found.sort();
            inputs.extend(found.into_iter().map(Input::File));
        } else if path.exists() {
            inputs.push(Input::File(path.to_path_buf()));
        } else if arg.contains(['*', '?', '[']) {
            let paths = glob::glob(arg).map_err(|e| format!("{arg}: not a valid pattern: {e}"))?;
            let before = inputs.len();
            for p in paths {
                let p = p.map_err(|e| format!("{arg}: {e}"))?;
                if p.is_file() {
                    inputs.push(Input::File(p));
                }
            }
            if inputs.len() == before {
                return Err(format!("no file matches {arg}"));
            }
        } else {
            return Err(format!("{arg}: no such file or directory"));
        }
    }
    Ok(inputs)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}
