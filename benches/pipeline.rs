//! The whole pipeline, measured side by side with its floor in one run.
//!
//! `cargo bench --bench pipeline` prints:
//! - for every corpus text: `parse` in MB/s, the floor on the same bytes
//!   (UTF-8 validation plus splitting into lines, the least any parser must
//!   do) in MB/s, and the ratio of their times;
//! - scaling: the corpus concatenated 1×, 4× and 16×, and the hostile
//!   inputs of the fuzzing issue at 1× and 4×, in time per byte;
//! - memory: peak heap while parsing each corpus text, as a multiple of its
//!   size (a counting allocator wraps the system one);
//! - batch: the corpus repeated, parsed on one thread and on all cores,
//!   next to a control of pure arithmetic on the same cores;
//! - json: end to end, the corpus concatenated 16 times decoded, parsed
//!   and written as JSON the way `gongbao parse FILE` does it
//!   ([`gongbao::Parser::parse_decoded`] on the decoded text, then
//!   `serde_json::to_writer` into a buffered writer), side by side with
//!   `parse(&str)` alone; and the peak heap of each as a multiple of the
//!   text. The decoded text is the tool's input: it is allocated before the
//!   count starts (and added in the "with the text itself" figure), and
//!   `parse_decoded` holds it and no copy of it.
//!
//! Words after `--` pick sections by name (`floor`, `scaling`, `memory`,
//! `batch`, `json`); `--quick` measures for 0.2 s instead of 2 s.
// The counting allocator below implements GlobalAlloc, an unsafe trait.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Counts live heap bytes and their peak while [`COUNTING`] is on. Off, it
/// costs one read of a flag nobody writes, so that the threads of the
/// batch measurement do not fight over the counters' cache line.
struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    if COUNTING.load(Ordering::Relaxed) {
        let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
        PEAK.fetch_max(now, Ordering::Relaxed);
    }
}

fn shrank(by: usize) {
    if COUNTING.load(Ordering::Relaxed) {
        LIVE.fetch_sub(by, Ordering::Relaxed);
    }
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                grew(new_size - layout.size());
            } else {
                shrank(layout.size() - new_size);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Time of one call of each of `fs`, measured side by side: after a
/// warm-up, samples of the functions alternate (each sample several calls
/// long, at least 10 ms), so that a machine that speeds up or slows down
/// (a virtual machine with busy neighbours) affects all of them alike.
/// Each function gets at least `min` of samples; returns its median sample.
fn side_by_side(min: Duration, fs: &mut [&mut dyn FnMut()]) -> Vec<Duration> {
    let per_sample: Vec<u32> = fs
        .iter_mut()
        .map(|f| {
            let start = Instant::now();
            while start.elapsed() < min / 8 {
                f();
            }
            let mut n = 1u32;
            loop {
                let t = Instant::now();
                for _ in 0..n {
                    f();
                }
                if t.elapsed() >= Duration::from_millis(10) {
                    break n;
                }
                n *= 2;
            }
        })
        .collect();
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); fs.len()];
    let mut spent = vec![Duration::ZERO; fs.len()];
    while spent.iter().any(|&t| t < min) || samples.iter().any(|s| s.len() < 7) {
        for (k, f) in fs.iter_mut().enumerate() {
            let t = Instant::now();
            for _ in 0..per_sample[k] {
                f();
            }
            let took = t.elapsed();
            spent[k] += took;
            samples[k].push(took / per_sample[k]);
        }
    }
    samples
        .into_iter()
        .map(|mut s| {
            s.sort();
            s[s.len() / 2]
        })
        .collect()
}

/// [`side_by_side`] for two functions.
fn pair(min: Duration, mut a: impl FnMut(), mut b: impl FnMut()) -> (Duration, Duration) {
    let t = side_by_side(min, &mut [&mut a, &mut b]);
    (t[0], t[1])
}

fn floor(text: &str) -> usize {
    let valid = std::str::from_utf8(black_box(text.as_bytes())).map(|s| s.len()).unwrap_or(0);
    valid + gongbao::text::lines(text).count()
}

fn mbs(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / t.as_secs_f64() / 1e6
}

fn corpus() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("corpus").expect("corpus folder") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = gongbao::text::decode(&std::fs::read(&path).expect("readable")).expect("decodable").text;
        out.push((path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string(), text));
    }
    out.sort();
    out
}

/// The hostile inputs of the fuzzing issue, `scale` times over.
fn hostile(scale: usize) -> Vec<(&'static str, String)> {
    vec![
        ("one long line", "加强统筹，推进落实".repeat(40_000 * scale)),
        ("nested brackets", "（".repeat(50_000 * scale) + &"）".repeat(50_000 * scale)),
        ("clause markers", (1..=20_000 * scale).map(|i| format!("{}.\n", i % 999 + 1)).collect()),
        ("long numeral", format!("第{}条　内容。", "九".repeat(50_000 * scale))),
        ("doc numbers", "沪府办规〔2023〕12号，".repeat(20_000 * scale)),
        ("unit lists", "加强统筹。（责任单位：市财政局、各区政府）".repeat(10_000 * scale)),
        ("dates", "自2023年4月20日起实施，有效期至2028年4月19日；".repeat(10_000 * scale)),
        (
            "cited titles",
            "依据《关于加强管理的通知》（国办发〔2022〕1号）和《关于改进工作的意见》。\n\n".repeat(5_000 * scale),
        ),
    ]
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let min = if quick { Duration::from_millis(200) } else { Duration::from_secs(2) };
    let texts = corpus();

    // `cargo bench --bench pipeline -- batch` runs the sections whose names
    // hold one of the words given (floor, scaling, memory, batch, json).
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let wants = |section: &str| filters.is_empty() || filters.iter().any(|f| section.contains(f.as_str()));

    if wants("floor") {
        println!("== parse against the floor (UTF-8 validation + line splitting), same bytes, one thread");
        println!("{:<66} {:>9} {:>10} {:>11} {:>7}", "text", "bytes", "parse MB/s", "floor MB/s", "ratio");
        for (name, text) in &texts {
            let (t_parse, t_floor) = pair(
                min,
                || {
                    black_box(gongbao::parse(black_box(text)));
                },
                || {
                    black_box(floor(black_box(text)));
                },
            );
            println!(
                "{:<66} {:>9} {:>10.1} {:>11.1} {:>7.1}",
                name,
                text.len(),
                mbs(text.len(), t_parse),
                mbs(text.len(), t_floor),
                t_parse.as_secs_f64() / t_floor.as_secs_f64()
            );
            if name.starts_with("shanghai-gazette") {
                println!(
                    "{:<66} {:>9} {:>10.3} ms per parse",
                    "  (the reference issue)",
                    "",
                    t_parse.as_secs_f64() * 1e3
                );
                // The facts pass inside it: the date and quantity finders
                // (and the document-number finder that keeps numbers out)
                // over every leaf of a clause or document.
                let g = gongbao::parse(text);
                let leaves: Vec<&str> = g
                    .documents()
                    .flat_map(|d| {
                        use gongbao::model::Role;
                        let own =
                            d.blocks.iter().filter(|b| matches!(b.role, Role::Body | Role::Preamble | Role::Closing));
                        own.chain(d.clauses().flat_map(|c| c.clause.blocks.iter()))
                    })
                    .filter_map(|b| b.span.slice(text))
                    .collect();
                let year = gongbao::date::DateParser::new().context_year(2023);
                let (t_facts, _) = pair(
                    min,
                    || {
                        for s in &leaves {
                            black_box(year.find_dates(black_box(s)));
                            black_box(gongbao::quantity::find_quantities(black_box(s)));
                            black_box(gongbao::docnum::find_doc_numbers(black_box(s)));
                        }
                    },
                    || {},
                );
                println!("{:<66} {:>9} {:>10.3} ms of it the facts", "", "", t_facts.as_secs_f64() * 1e3);
                // The reference finder over the same leaves.
                let (t_refs, _) = pair(
                    min,
                    || {
                        for s in &leaves {
                            black_box(gongbao::reference::find_references(black_box(s), &[]));
                        }
                    },
                    || {},
                );
                println!("{:<66} {:>9} {:>10.3} ms of it the references", "", "", t_refs.as_secs_f64() * 1e3);
            }
        }
    }

    if wants("scaling") {
        println!("\n== scaling: time per byte at 1×, 4×, 16× (linear when the ratios stay near 1)");
        let all: String = texts.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n\n");
        let sizes = [1, 4, 16];
        let scaled: Vec<String> = sizes.iter().map(|&k| vec![all.as_str(); k].join("\n\n")).collect();
        let mut runs: Vec<Box<dyn FnMut()>> = scaled
            .iter()
            .map(|text| {
                Box::new(move || {
                    black_box(gongbao::parse(black_box(text)));
                }) as Box<dyn FnMut()>
            })
            .collect();
        let mut refs: Vec<&mut dyn FnMut()> = runs.iter_mut().map(|f| &mut **f as &mut dyn FnMut()).collect();
        let times = side_by_side(min, &mut refs);
        let mut per_byte = Vec::new();
        for ((k, text), t) in sizes.iter().zip(&scaled).zip(&times) {
            per_byte.push(t.as_secs_f64() / text.len() as f64);
            println!(
                "corpus ×{k:<3} {:>10} bytes {:>10.3} ms {:>8.2} ns/byte",
                text.len(),
                t.as_secs_f64() * 1e3,
                per_byte.last().unwrap_or(&0.0) * 1e9
            );
        }
        let (lo, hi) = per_byte.iter().fold((f64::MAX, 0f64), |(l, h), &x| (l.min(x), h.max(x)));
        println!("per-byte ratio max/min: {:.2}", hi / lo);
        for ((name, small), (_, big)) in hostile(1).iter().zip(hostile(4).iter()) {
            let (t1, t4) = pair(
                min / 2,
                || {
                    black_box(gongbao::parse(black_box(small)));
                },
                || {
                    black_box(gongbao::parse(black_box(big)));
                },
            );
            println!(
                "hostile {:<16} {:>9} bytes {:>9.3} ms; ×4: {:>9.3} ms; time ratio {:.2} (linear: 4.00)",
                name,
                small.len(),
                t1.as_secs_f64() * 1e3,
                t4.as_secs_f64() * 1e3,
                t4.as_secs_f64() / t1.as_secs_f64()
            );
        }
    }

    if wants("memory") {
        println!("\n== memory: peak heap while parsing, as a multiple of the text");
        for (name, text) in &texts {
            // Everything parse allocates is counted, and it frees nothing it
            // did not allocate, so the counters start from zero.
            LIVE.store(0, Ordering::Relaxed);
            PEAK.store(0, Ordering::Relaxed);
            COUNTING.store(true, Ordering::Relaxed);
            let g = gongbao::parse(text);
            COUNTING.store(false, Ordering::Relaxed);
            let peak = PEAK.load(Ordering::Relaxed);
            let kept = LIVE.load(Ordering::Relaxed);
            drop(g);
            println!(
                "{:<66} {:>9} bytes: peak {:>9} ({:.1}×), result {:>9} ({:.1}×)",
                name,
                text.len(),
                peak,
                peak as f64 / text.len() as f64,
                kept,
                kept as f64 / text.len() as f64
            );
        }
    }

    if wants("batch") {
        println!("\n== batch: the corpus ×8 parsed and written as JSON file by file, one thread against all cores");
        let batch: Vec<&String> = (0..8).flat_map(|_| texts.iter().map(|(_, t)| t)).collect();
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        let pool = |threads: usize| rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a pool");
        let (single, multi) = (pool(1), pool(cores));
        let run = |pool: &rayon::ThreadPool| {
            pool.install(|| {
                use rayon::prelude::*;
                // What `gongbao parse` does with each file of a batch: parse,
                // then write its JSON line into a buffer kept for its turn.
                let n: usize =
                    batch.par_iter().map(|t| serde_json::to_vec(&gongbao::parse(t)).map_or(0, |json| json.len())).sum();
                black_box(n);
            })
        };
        // The machine's own ceiling, measured in the same rounds: as many items
        // of pure arithmetic (no memory, no allocation, nothing shared), each
        // about as long as a parse. Virtual cores that share a physical one
        // cannot double it, and no parser can beat it.
        let control = |pool: &rayon::ThreadPool| {
            pool.install(|| {
                use rayon::prelude::*;
                let n: u64 = (0..batch.len() as u64).into_par_iter().map(arithmetic).sum();
                black_box(n);
            })
        };
        let t = side_by_side(
            min,
            &mut [&mut || run(&single), &mut || run(&multi), &mut || control(&single), &mut || control(&multi)],
        );
        let bytes: usize = batch.iter().map(|t| t.len()).sum();
        let speed_up = |one: Duration, all: Duration| one.as_secs_f64() / all.as_secs_f64();
        println!(
            "1 thread: {:.1} MB/s; {cores} threads: {:.1} MB/s; speed-up {:.2}×",
            mbs(bytes, t[0]),
            mbs(bytes, t[1]),
            speed_up(t[0], t[1])
        );
        println!("control (arithmetic only): speed-up {:.2}× on the same cores", speed_up(t[2], t[3]));
    }

    if wants("json") {
        println!(
            "\n== end to end: the corpus ×16 parsed and written as JSON against parse alone, same run, one thread"
        );
        let all: String = texts.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n\n");
        let big = vec![all.as_str(); 16].join("\n\n");
        let (t_parse, t_json) = pair(
            min,
            || {
                black_box(gongbao::parse(black_box(&big)));
            },
            || {
                black_box(decode_parse_and_write(black_box(big.as_bytes())));
            },
        );
        println!(
            "{} bytes: parse alone {:.1} MB/s; decode + parse + JSON {:.1} MB/s; end to end at {:.0}% of parse alone",
            big.len(),
            mbs(big.len(), t_parse),
            mbs(big.len(), t_json),
            100.0 * t_parse.as_secs_f64() / t_json.as_secs_f64()
        );
        let peak_of = |f: &mut dyn FnMut() -> usize| {
            LIVE.store(0, Ordering::Relaxed);
            PEAK.store(0, Ordering::Relaxed);
            COUNTING.store(true, Ordering::Relaxed);
            let n = f();
            COUNTING.store(false, Ordering::Relaxed);
            (PEAK.load(Ordering::Relaxed), n)
        };
        let ratio = |n: usize| n as f64 / big.len() as f64;
        let (parse_peak, _) = peak_of(&mut || gongbao::parse(&big).documents.len());
        println!("peak heap of parse(&str) alone: {parse_peak} ({:.1}× the text)", ratio(parse_peak));
        // What `gongbao parse FILE` holds: the decoded text (its bytes are
        // freed before it is parsed), then the parse and the JSON writer.
        // The text is decoded before the count starts, so the figure is
        // what the parse adds to its input.
        // The parse (with the text, which was allocated uncounted) is freed
        // after the count stops.
        let mut decoded = Some(gongbao::text::decode(big.as_bytes()).expect("decodable"));
        let mut parsed = None;
        let (peak, json) = peak_of(&mut || {
            let p = parsed.insert(decoded.take().map(|d| gongbao::Parser::new().parse_decoded(d)));
            p.as_ref().map_or(0, |p| write(&p.gazette))
        });
        drop(parsed);
        println!(
            "peak heap of `gongbao parse FILE` (parse_decoded + JSON) over its decoded text: {peak} ({:.1}× the text; {:.1}× with the text itself); JSON written {json} bytes ({:.1}×)",
            ratio(peak),
            ratio(peak + big.len()),
            ratio(json)
        );
    }
}

/// What `gongbao parse FILE` does with the bytes of a file: decode them,
/// parse the text it owns, then stream the JSON through a buffer to the
/// output (here a sink). Returns the bytes written.
fn decode_parse_and_write(bytes: &[u8]) -> usize {
    let decoded = gongbao::text::decode(bytes).expect("decodable");
    write(&gongbao::Parser::new().parse_decoded(decoded).gazette)
}

/// Streams the JSON of `g` through a buffer to a sink that counts what it
/// is given, the way `gongbao parse` writes it. Returns the bytes written.
fn write(g: &gongbao::Gazette) -> usize {
    use std::io::Write;
    /// A sink that counts what it is given.
    struct Counted(usize);
    impl Write for Counted {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, Counted(0));
    serde_json::to_writer(&mut out, g).expect("a gazette serializes");
    out.into_inner().map_or(0, |c| c.0)
}

/// Eight independent multiply-add chains, `200_000` rounds: work that only
/// needs the core's arithmetic units.
fn arithmetic(seed: u64) -> u64 {
    let mut x = [seed, seed + 1, seed + 2, seed + 3, seed + 4, seed + 5, seed + 6, seed + 7];
    for i in 0..200_000u64 {
        for (k, v) in x.iter_mut().enumerate() {
            *v = v.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(i + k as u64);
        }
    }
    x.iter().fold(0, |a, b| a ^ b)
}
