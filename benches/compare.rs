//! Comparison speed (issue 6): three countries on the built-in corpus and on a corpus 100×
//! larger, with the word index (prefix filtering within each theme row) beside the naive
//! all-pairs baseline, in the same run.
//!
//! Run: `cargo bench --bench compare`
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::sync::LazyLock;

use divan::Bencher;
use steppe::compare::{Comparison, Options};
use steppe::corpus::{load_builtin, ImportRules};
use steppe::Corpus;

fn main() {
    divan::main();
}

static RULES: LazyLock<ImportRules> = LazyLock::new(ImportRules::builtin);

fn countries() -> Vec<String> {
    ["Kazakhstan", "Kyrgyzstan", "Tajikistan"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// `copies` versions of the built-in corpus: in every copy but the first, every third word of
/// four letters or more gets a copy-specific ending, so copies share much of their vocabulary
/// (the index's postings grow) without all being near-duplicates of each other.
fn scaled(copies: usize) -> Corpus {
    let base = load_builtin().corpus;
    let mut reports = Vec::with_capacity(base.reports.len() * copies);
    for copy in 0..copies {
        for report in &base.reports {
            let mut r = report.clone();
            if copy > 0 {
                r.id = format!("{}-{copy}", report.id);
                for section in &mut r.sections {
                    for item in &mut section.items {
                        item.id = format!("{}-{copy}", item.id);
                        item.text = item
                            .text
                            .split(' ')
                            .enumerate()
                            .map(|(i, w)| {
                                if i % 3 == copy % 3 && w.len() >= 4 {
                                    format!("{w}x{}", copy % 37)
                                } else {
                                    w.to_string()
                                }
                            })
                            .collect::<Vec<_>>()
                            .join(" ");
                    }
                }
            }
            reports.push(r);
        }
    }
    Corpus { reports }
}

static BUILTIN: LazyLock<Corpus> = LazyLock::new(|| scaled(1));
static HUNDRED: LazyLock<Corpus> = LazyLock::new(|| scaled(100));

fn corpus(copies: usize) -> &'static Corpus {
    if copies == 1 {
        &BUILTIN
    } else {
        &HUNDRED
    }
}

#[divan::bench(args = [1, 100], sample_count = 20)]
fn indexed(bencher: Bencher, copies: usize) {
    let corpus = corpus(copies);
    let countries = countries();
    bencher.bench(|| Comparison::build(corpus, &RULES.themes, &countries, &Options::default()));
}

#[divan::bench(args = [1, 100], sample_count = 5)]
fn all_pairs_baseline(bencher: Bencher, copies: usize) {
    let corpus = corpus(copies);
    let countries = countries();
    bencher.bench(|| {
        Comparison::build_all_pairs(corpus, &RULES.themes, &countries, &Options::default())
    });
}
