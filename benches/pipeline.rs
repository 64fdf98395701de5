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
//! - batch: the corpus repeated, parsed on one thread and on all cores.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Counts live heap bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                let now = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Median time of one call of `f`, over at least `min` of measuring after
/// a warm-up, in samples of several calls each.
fn time(min: Duration, mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    while start.elapsed() < min / 4 {
        f();
    }
    let mut per_sample = 1u32;
    loop {
        let t = Instant::now();
        for _ in 0..per_sample {
            f();
        }
        if t.elapsed() >= Duration::from_millis(10) {
            break;
        }
        per_sample *= 2;
    }
    let mut samples = Vec::new();
    let start = Instant::now();
    while start.elapsed() < min || samples.len() < 7 {
        let t = Instant::now();
        for _ in 0..per_sample {
            f();
        }
        samples.push(t.elapsed() / per_sample);
    }
    samples.sort();
    samples[samples.len() / 2]
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
    ]
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let min = if quick { Duration::from_millis(200) } else { Duration::from_secs(2) };
    let texts = corpus();

    println!("== parse against the floor (UTF-8 validation + line splitting), same bytes, one thread");
    println!("{:<66} {:>9} {:>10} {:>11} {:>7}", "text", "bytes", "parse MB/s", "floor MB/s", "ratio");
    for (name, text) in &texts {
        let t_parse = time(min, || {
            black_box(gongbao::parse(black_box(text)));
        });
        let t_floor = time(min, || {
            black_box(floor(text));
        });
        println!(
            "{:<66} {:>9} {:>10.1} {:>11.1} {:>7.1}",
            name,
            text.len(),
            mbs(text.len(), t_parse),
            mbs(text.len(), t_floor),
            t_parse.as_secs_f64() / t_floor.as_secs_f64()
        );
        if name.starts_with("shanghai-gazette") {
            println!("{:<66} {:>9} {:>10.3} ms per parse", "  (the reference issue)", "", t_parse.as_secs_f64() * 1e3);
        }
    }

    println!("\n== scaling: time per byte at 1×, 4×, 16× (linear when the ratios stay near 1)");
    let all: String = texts.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n\n");
    let mut per_byte = Vec::new();
    for k in [1, 4, 16] {
        let text = vec![all.as_str(); k].join("\n\n");
        let t = time(min, || {
            black_box(gongbao::parse(black_box(&text)));
        });
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
        let t1 = time(min / 2, || {
            black_box(gongbao::parse(black_box(small)));
        });
        let t4 = time(min / 2, || {
            black_box(gongbao::parse(black_box(big)));
        });
        println!(
            "hostile {:<16} {:>9} bytes {:>9.3} ms; ×4: {:>9.3} ms; time ratio {:.2} (linear: 4.00)",
            name,
            small.len(),
            t1.as_secs_f64() * 1e3,
            t4.as_secs_f64() * 1e3,
            t4.as_secs_f64() / t1.as_secs_f64()
        );
    }

    println!("\n== memory: peak heap while parsing, as a multiple of the text");
    for (name, text) in &texts {
        let base = LIVE.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let g = gongbao::parse(text);
        let peak = PEAK.load(Ordering::Relaxed) - base;
        let kept = LIVE.load(Ordering::Relaxed) - base;
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

    println!("\n== batch: the corpus ×8 parsed file by file, one thread against all cores");
    let batch: Vec<&String> = (0..8).flat_map(|_| texts.iter().map(|(_, t)| t)).collect();
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a pool");
        time(min, || {
            pool.install(|| {
                use rayon::prelude::*;
                let n: usize = batch.par_iter().map(|t| gongbao::parse(t).documents.len()).sum();
                black_box(n);
            })
        })
    };
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let bytes: usize = batch.iter().map(|t| t.len()).sum();
    let one = run(1);
    let all_cores = run(cores);
    println!(
        "1 thread: {:.1} MB/s; {cores} threads: {:.1} MB/s; speed-up {:.2}×",
        mbs(bytes, one),
        mbs(bytes, all_cores),
        one.as_secs_f64() / all_cores.as_secs_f64()
    );
}
