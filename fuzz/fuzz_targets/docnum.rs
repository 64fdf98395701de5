//! Fuzz target `docnum`: the invariants of `tests/support/invariants.rs`.
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::docnum(data));
