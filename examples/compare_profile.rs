//! Builds the built-in corpus scaled N times (default 1000) once, then times `Comparison::build`
//! of Kazakhstan, Kyrgyzstan and Tajikistan R times (default 3): a small target for `perf record`
//! when the comparison is slow at scale. Each run prints a digest of the whole comparison, so a
//! change meant to be faster can be checked to give the same output.
//!
//! `cargo run --release --example compare_profile -- [COPIES] [RUNS]`
#![allow(clippy::unwrap_used, clippy::expect_used)] // a profiling aid may stop at the first surprise

use std::time::Instant;

use steppe::compare::{Comparison, Options};
use steppe::corpus::scale::scaled_corpus;
use steppe::corpus::ImportRules;

fn main() {
    let mut args = std::env::args().skip(1);
    let copies: usize = args.next().map_or(1000, |a| a.parse().expect("COPIES"));
    let runs: usize = args.next().map_or(3, |a| a.parse().expect("RUNS"));
    let rules = ImportRules::builtin();
    let started = Instant::now();
    let corpus = scaled_corpus(copies);
    let text: usize = corpus.items().map(|(_, _, i)| i.text.len()).sum();
    eprintln!(
        "{copies}×: {} items, {:.1} MB of item text, built in {:.2?}",
        corpus.items().count(),
        text as f64 / 1e6,
        started.elapsed()
    );
    let countries: Vec<steppe::resolve::CountryId> = ["Kazakhstan", "Kyrgyzstan", "Tajikistan"]
        .into_iter()
        .map(steppe::resolve::CountryId::from)
        .collect();
    for _ in 0..runs {
        let started = Instant::now();
        let cpu = cpu_ns();
        let comparison = Comparison::build(&corpus, &rules.themes, &countries, &Options::default());
        let entries = comparison.all_entries().count();
        let pairs: usize = comparison.rows.iter().map(|r| r.pairs.len()).sum();
        let (wall, cpu) = (started.elapsed(), (cpu_ns() - cpu) as f64 / 1e9);
        eprintln!(
            "compare: {wall:.2?}, {cpu:.2} s on the CPUs ({} rows, {entries} entries, {pairs} pairs, digest {:016x})",
            comparison.rows.len(),
            digest(&comparison)
        );
    }
}

/// A fingerprint of the whole comparison (every row, entry, source and similarity): the same
/// digest before and after a change means the same output.
fn digest(comparison: &Comparison) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    format!("{:?}", comparison.rows).hash(&mut hasher);
    hasher.finish()
}

/// Nanoseconds the process has run on the CPUs, all threads (Linux `/proc/self/stat`, in
/// clock ticks of 10 ms; 0 elsewhere): the figure a loaded machine inflates least.
fn cpu_ns() -> u64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0;
    };
    // Fields after the command name (which may hold spaces) ; utime and stime are 14 and 15.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let ticks: u64 = after
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|f| f.parse::<u64>().ok())
        .sum();
    ticks * 10_000_000
}
