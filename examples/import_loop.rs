//! Profiling helper: imports the built-in corpus many times (`perf record` target).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise
fn main() {
    let mut n = 0;
    for _ in 0..200 {
        n += steppe::corpus::load_builtin().corpus.reports.len();
    }
    println!("{n}");
}
