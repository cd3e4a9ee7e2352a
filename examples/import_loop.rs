//! Profiling helper: imports the built-in corpus many times (`perf record` target).
fn main() {
    let mut n = 0;
    for _ in 0..200 {
        n += steppe::corpus::load_builtin().corpus.reports.len();
    }
    println!("{n}");
}
