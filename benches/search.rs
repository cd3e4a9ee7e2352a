//! Search speed (issue 5): time per keystroke of typed queries on the built-in corpus and on
//! corpora scaled 100× and 1000× (`steppe::corpus::scale`), beside a naive baseline measured in
//! the same run (fuzzy-matcher's SkimMatcherV2 scoring every item's whole text).
//!
//! Run: `cargo bench --bench search` (figures in docs/performance.md).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use steppe::corpus::{scale, ImportRules};
use steppe::search::{Query, SearchIndex, SearchSession, DEFAULT_LIMIT};
use steppe::Corpus;

fn main() {
    divan::main();
}

/// The typed queries of the issue.
const QUERIES: [&str; 4] = ["magnitsky", "ngo tax", "askarov", "kyrgystan"];

/// Every keystroke of every query: "m", "ma", …, "magnitsky", "n", "ng", …
fn keystrokes() -> Vec<&'static str> {
    QUERIES
        .iter()
        .flat_map(|q| q.char_indices().map(move |(i, c)| &q[..i + c.len_utf8()]))
        .filter(|p| !p.ends_with(' '))
        .collect()
}

struct Fixture {
    corpus: Corpus,
    index: SearchIndex,
}

fn fixture(copies: usize) -> &'static Fixture {
    static CACHE: OnceLock<Mutex<HashMap<usize, &'static Fixture>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache.lock().unwrap();
    cache.entry(copies).or_insert_with(|| {
        let corpus = scale::scaled_corpus(copies);
        let index = SearchIndex::new(&corpus);
        Box::leak(Box::new(Fixture { corpus, index }))
    })
}

fn rules() -> &'static ImportRules {
    static RULES: OnceLock<ImportRules> = OnceLock::new();
    RULES.get_or_init(ImportRules::builtin)
}

fn parse(text: &str) -> Query {
    let rules = rules();
    Query::parse(text, &rules.gazetteer, &rules.themes)
}

/// Typing each query one keystroke at a time, exact tier, as the reader does (a session that
/// rescans only the previous hits when the query grows). Divide by the keystroke count (31).
#[divan::bench(args = [1, 100, 1000], sample_count = 20)]
fn exact_typing(bencher: divan::Bencher, copies: usize) {
    let f = fixture(copies);
    let typed: Vec<Query> = keystrokes().into_iter().map(parse).collect();
    bencher.bench_local(|| {
        let mut session = SearchSession::default();
        let mut n = 0;
        for q in &typed {
            n += session.search(&f.index, q, DEFAULT_LIMIT, false).len();
        }
        n
    });
}

/// One keystroke at 1000×, fresh (no previous hits to narrow): the worst case per keystroke.
#[divan::bench(args = ["m", "ma", "magn", "magnitsky", "n", "ngo", "ngo t", "ngo tax", "a", "askarov", "k", "kyrgystan"], sample_count = 10)]
fn exact_keystroke_1000x(bencher: divan::Bencher, typed: &str) {
    let f = fixture(1000);
    let q = parse(typed);
    bencher.bench_local(|| f.index.search_in(&q, DEFAULT_LIMIT, None, false).len());
}

/// Baseline for `exact_keystroke_1000x`, same keystrokes: the exact tier by scanning and scoring
/// every item (no vocabulary, no threshold), as the first version did.
#[divan::bench(args = ["m", "ma", "magn", "magnitsky", "n", "ngo", "ngo t", "ngo tax", "a", "askarov", "k", "kyrgystan"], sample_count = 5)]
fn scan_keystroke_1000x(bencher: divan::Bencher, typed: &str) {
    let f = fixture(1000);
    let q = parse(typed);
    bencher.bench_local(|| f.index.scan_search(&q, DEFAULT_LIMIT).len());
}

/// Building the index (folding every item, the vocabulary, its trigrams and postings).
#[divan::bench(args = [1, 100, 1000], sample_count = 3, sample_size = 1)]
fn index_build(bencher: divan::Bencher, copies: usize) {
    let f = fixture(copies);
    bencher.bench_local(|| SearchIndex::new(&f.corpus).len());
}

/// The four full queries, fresh, exact tier only: compare with `baseline_fuzzy`.
#[divan::bench(args = [1, 100, 1000], sample_count = 10)]
fn exact_full_queries(bencher: divan::Bencher, copies: usize) {
    let f = fixture(copies);
    let qs: Vec<Query> = QUERIES.iter().map(|q| parse(q)).collect();
    bencher.bench_local(|| {
        qs.iter()
            .map(|q| f.index.search_in(q, DEFAULT_LIMIT, None, false).len())
            .sum::<usize>()
    });
}

/// Typo tier on (the exact tier finds fewer than a handful for these).
#[divan::bench(args = [1, 100, 1000], sample_count = 10)]
fn typo_tier(bencher: divan::Bencher, copies: usize) {
    let f = fixture(copies);
    let qs: Vec<Query> = ["magnistky", "azimjan askarov", "kyrgystan"]
        .iter()
        .map(|q| parse(q))
        .collect();
    bencher.bench_local(|| {
        qs.iter()
            .map(|q| f.index.search_in(q, DEFAULT_LIMIT, None, true).len())
            .sum::<usize>()
    });
}

/// Baseline: SkimMatcherV2 on every item's whole text for the four full queries, keeping the
/// best 200 (the design the issue measured and rejected).
#[divan::bench(args = [1, 100, 1000], sample_count = 3, sample_size = 1)]
fn baseline_fuzzy(bencher: divan::Bencher, copies: usize) {
    let f = fixture(copies);
    let matcher = SkimMatcherV2::default();
    bencher.bench_local(|| {
        let mut total = 0;
        for q in QUERIES {
            let mut scored: Vec<(i64, &str)> = f
                .corpus
                .items()
                .filter_map(|(_, _, i)| matcher.fuzzy_match(&i.text, q).map(|s| (s, i.id.as_str())))
                .collect();
            scored.sort_unstable_by_key(|s| std::cmp::Reverse(s.0));
            scored.truncate(DEFAULT_LIMIT);
            total += scored.len();
        }
        total
    });
}
