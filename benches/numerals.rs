//! Numerals: gongbao against the `chinese-number` crate on the same 10,000
//! Chinese integer numerals below 10^12, in one run.
//!
//! `cargo bench --bench numerals`
// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;

use chinese_number::{ChineseCountMethod, ChineseToNumber};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gongbao::numeral::{Number, Style, format, parse_integer};

/// 10,000 integers below 10^12 from a fixed linear congruential sequence,
/// spread over every magnitude (1 to 12 digits), written as lower-case
/// Chinese numerals by gongbao's formatter (which both parsers read).
fn numerals() -> Vec<(String, u64)> {
    let mut state: u64 = 0x2023_0418;
    (0..10_000)
        .map(|i| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let digits = 1 + (i % 12) as u32;
            let value = (state >> 11) % 10u64.pow(digits);
            (format(Number::from(value as i128), Style::Lower), value)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let list = numerals();
    // Both give the same values on every numeral of the list.
    for (s, v) in &list {
        assert_eq!(parse_integer(s).ok(), Some(*v as i128), "gongbao on {s}");
        let theirs: u64 =
            s.to_number(ChineseCountMethod::TenThousand).unwrap_or_else(|e| panic!("chinese-number on {s}: {e:?}"));
        assert_eq!(theirs, *v, "chinese-number on {s}");
    }
    let mut group = c.benchmark_group("numerals");
    group.throughput(Throughput::Elements(list.len() as u64));
    group.bench_function("gongbao", |b| {
        b.iter(|| {
            let mut sum = 0i128;
            for (s, _) in &list {
                sum = sum.wrapping_add(parse_integer(black_box(s)).unwrap_or(0));
            }
            sum
        })
    });
    group.bench_function("chinese-number", |b| {
        b.iter(|| {
            let mut sum = 0u64;
            for (s, _) in &list {
                let v: u64 = black_box(s).to_number(ChineseCountMethod::TenThousand).unwrap_or(0);
                sum = sum.wrapping_add(v);
            }
            sum
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
