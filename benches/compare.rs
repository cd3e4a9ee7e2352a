//! Comparison speed and memory (issues 6 and 13): three countries on the built-in corpus and on
//! corpora 100× and 1000× larger (`steppe::corpus::scale::scaled_corpus`: copies of the built-in
//! reports with about one word in six varied, so copies are near-duplicates of each other), with
//! the naive all-pairs baseline (every pair of groups and items checked) in the same run on the
//! sizes it can do. Divan's allocation profiler reports the bytes the build allocates at most at
//! once ("max alloc"), to set beside the corpus text printed before the run.
//!
//! Run: `cargo bench --bench compare`
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::sync::LazyLock;

use divan::Bencher;
use steppe::compare::{Comparison, Options};
use steppe::corpus::scale::scaled_corpus;
use steppe::corpus::ImportRules;
use steppe::Corpus;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

static RULES: LazyLock<ImportRules> = LazyLock::new(ImportRules::builtin);

fn countries() -> Vec<steppe::resolve::CountryId> {
    ["Kazakhstan", "Kyrgyzstan", "Tajikistan"]
        .into_iter()
        .map(steppe::resolve::CountryId::from)
        .collect()
}

fn scaled(copies: usize) -> Corpus {
    let corpus = scaled_corpus(copies);
    let text: usize = corpus.items().map(|(_, _, i)| i.text.len()).sum();
    eprintln!(
        "{copies}×: {} reports, {} items, {:.1} MB of item text",
        corpus.reports.len(),
        corpus.items().count(),
        text as f64 / 1e6
    );
    corpus
}

static BUILTIN: LazyLock<Corpus> = LazyLock::new(|| scaled(1));
static TEN: LazyLock<Corpus> = LazyLock::new(|| scaled(10));
static HUNDRED: LazyLock<Corpus> = LazyLock::new(|| scaled(100));
static THOUSAND: LazyLock<Corpus> = LazyLock::new(|| scaled(1000));

fn corpus(copies: usize) -> &'static Corpus {
    match copies {
        1 => &BUILTIN,
        10 => &TEN,
        100 => &HUNDRED,
        _ => &THOUSAND,
    }
}

#[divan::bench(args = [1, 10, 100, 1000], sample_count = 3, sample_size = 1)]
fn indexed(bencher: Bencher, copies: usize) {
    let corpus = corpus(copies);
    let countries = countries();
    bencher.bench(|| Comparison::build(corpus, &RULES.themes, &countries, &Options::default()));
}

#[divan::bench(args = [1, 10], sample_count = 3, sample_size = 1)]
fn all_pairs_baseline(bencher: Bencher, copies: usize) {
    let corpus = corpus(copies);
    let countries = countries();
    bencher.bench(|| {
        Comparison::build_all_pairs(corpus, &RULES.themes, &countries, &Options::default())
    });
}
