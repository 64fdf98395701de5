//! `gongbao`: parse Chinese government gazettes (政府公报) into JSON from
//! the command line, and read the primitives (numerals, dates, 发文字号).
//!
//! ```text
//! gongbao parse corpus/shanghai-gazette-2023-10.txt         # one JSON document
//! gongbao parse archive/ 'more/**/*.txt' > out.jsonl         # JSON Lines, on all cores
//! gongbao tables archive/ --out tables/                       # tables/clauses.csv, …
//! printf '八到九百亿\n' | gongbao numerals
//! printf '2023年底前\n' | gongbao dates --year 2023
//! gongbao docnums FILE
//! gongbao survey DIR...
//! ```
//!
//! Exit status: 0 when everything was read; 1 when an input could not be
//! read or decoded (each is reported on stderr with its name; the others
//! are still written); 2 for a usage error, including an input that
//! matches no file.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod inputs;
mod parse;
mod primitives;
mod rows;
mod survey;
mod tables;

/// Parse Chinese government gazettes (政府公报) and official documents into
/// JSON, and read Chinese numerals, dates and document numbers.
#[derive(Debug, Parser)]
#[command(name = "gongbao", version)]
struct Cli {
    /// Files parsed at the same time (default: one per core).
    #[arg(long, short = 'j', global = true, value_name = "N")]
    jobs: Option<usize>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Parse(parse::Args),
    Tables(tables::Args),
    Numerals(primitives::NumeralsArgs),
    Dates(primitives::DatesArgs),
    Docnums(primitives::DocnumsArgs),
    Survey(survey::Args),
}

/// What a subcommand ends with: success, some inputs failed (reported on
/// stderr as they came), or a usage error with its message.
#[derive(Debug)]
enum Outcome {
    Done,
    SomeFailed,
    Usage(String),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(n) = cli.jobs
        && let Err(e) = rayon::ThreadPoolBuilder::new().num_threads(n).build_global()
    {
        eprintln!("gongbao: --jobs {n}: {e}");
        return ExitCode::from(2);
    }
    let outcome = match cli.command {
        Command::Parse(args) => parse::run(&args),
        Command::Numerals(args) => primitives::numerals(&args),
        Command::Dates(args) => primitives::dates(&args),
        Command::Docnums(args) => primitives::docnums(&args),
        Command::Survey(args) => survey::run(&args),
        Command::Tables(args) => tables::run(&args),
    };
    match outcome {
        Outcome::Done => ExitCode::SUCCESS,
        Outcome::SomeFailed => ExitCode::FAILURE,
        Outcome::Usage(msg) => {
            eprintln!("gongbao: {msg}");
            ExitCode::from(2)
        }
    }
}
