//! Profiling helper: imports the built-in corpus many times (`perf record` target), then prints
//! to stderr the fastest of those loads and the fastest import of the five texts with the rules
//! parsed once (what `cargo bench --bench import -- import_corpus` times): the fastest run is the
//! figure least disturbed by other work on a shared machine.
//!
//! `IMPORT_LOOPS=N` changes the 200 (a few are enough under `valgrind --tool=cachegrind`,
//! whose instruction counts do not depend on the machine's load). `IMPORT_RULES=DIR` imports the
//! five texts with the rules files found in DIR instead of the built-in ones (to weigh a rule's
//! cost: the same binary with and without it).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::time::{Duration, Instant};

use steppe::corpus::import::{import, Input};
use steppe::corpus::{builtin, ImportRules};

fn main() {
    // `IMPORT_LOOPS=5` for a run under valgrind (instruction counts do not depend on the load).
    let loops: usize = std::env::var("IMPORT_LOOPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let mut n = 0;
    let mut fastest_load = Duration::MAX;
    for _ in 0..loops {
        let start = Instant::now();
        n += steppe::corpus::load_builtin().corpus.reports.len();
        fastest_load = fastest_load.min(start.elapsed());
    }
    let rules = match std::env::var_os("IMPORT_RULES") {
        Some(dir) => ImportRules::with_overrides(std::path::Path::new(&dir)).unwrap(),
        None => ImportRules::builtin(),
    };
    let mut fastest_import = Duration::MAX;
    let mut diagnostics = Vec::new();
    for _ in 0..loops {
        let start = Instant::now();
        for report in builtin::REPORTS {
            let input = Input {
                id: report.name,
                source: report.name,
                text: report.text,
                markdown: false,
                metadata: Default::default(),
            };
            n += import(&input, &rules, &mut diagnostics).sections.len();
        }
        fastest_import = fastest_import.min(start.elapsed());
        diagnostics.clear();
    }
    println!("{n}");
    eprintln!(
        "fastest load_builtin {:.2} ms, fastest import of the five texts {:.2} ms",
        fastest_load.as_secs_f64() * 1e3,
        fastest_import.as_secs_f64() * 1e3
    );
}
