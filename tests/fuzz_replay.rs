//! Replays fuzz inputs on stable Rust through the fuzz targets' bodies
//! (`tests/support/invariants.rs`): every committed input under
//! `tests/regressions/<target>/`, and the file named by `GONGBAO_REPLAY`
//! (with `GONGBAO_REPLAY_TARGET`, default every target).
//!
//! A crash found by `cargo fuzz` becomes a regression test by copying its
//! artifact to `tests/regressions/<target>/` with a name that says what it
//! broke.

#[path = "support/invariants.rs"]
mod invariants;

use std::path::Path;

#[test]
fn committed_regression_inputs_pass_every_invariant() {
    let root = Path::new("tests/regressions");
    let mut count = 0;
    for &(name, body) in invariants::TARGETS {
        let dir = root.join(name);
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries {
            let path = entry.expect("entry").path();
            let data = std::fs::read(&path).expect("readable");
            body(&data);
            count += 1;
        }
    }
    assert!(count > 0, "no regression inputs under {}", root.display());
}

#[test]
fn replay_a_file_named_by_the_environment() {
    let Some(path) = std::env::var_os("GONGBAO_REPLAY") else { return };
    let data = std::fs::read(&path).expect("the file named by GONGBAO_REPLAY");
    let only = std::env::var("GONGBAO_REPLAY_TARGET").ok();
    for &(name, body) in invariants::TARGETS {
        if only.as_deref().is_none_or(|t| t == name) {
            body(&data);
        }
    }
}
