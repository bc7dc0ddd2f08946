//! The fuzz targets' committed seed corpus, replayed on stable Rust without
//! libFuzzer (docs/fuzzing.md): every file of `fuzz/corpus/<target>/` goes
//! through the same check the fuzz target runs (`fuzz/checks/`), so an
//! input that once crashed a target, once added there, stays fixed. Each
//! seed runs once: the whole replay takes a few seconds.

use std::fs;
use std::path::Path;
use std::time::Instant;

#[path = "../fuzz/checks/mod.rs"]
mod checks;

#[test]
fn fuzz_seed_corpus_replays_without_failure() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let started = Instant::now();
    for (target, check) in checks::ALL {
        let dir = root.join(target);
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("directory entry").path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no seeds in {}", dir.display());
        for file in files {
            let bytes = fs::read(&file).expect("seed file");
            // Printed only when the check panics (the test's output).
            println!("{target}: {}", file.display());
            check(&bytes);
        }
    }
    checks::remove_scratch();
    println!("replayed in {:?}", started.elapsed());
}
