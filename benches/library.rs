//! The on-disk cache (issue 14): opening 500 report files (the five built-in reports × 100,
//! `steppe::corpus::scale::scaled_files`) and answering one search, warm (imports and index read
//! from the cache), after one file changed (one import, the index rebuilt), and cold (`--no-cache`:
//! every file imported and the index built, as before the cache: the same-run baseline). Then the
//! two halves of a warm open on their own: decoding the cached index beside building it.
//!
//! Run: `cargo bench --bench library`. Whole-command figures (against `grep -ril`) are in
//! docs/performance.md, taken by timing whole processes from outside (A and B in turn).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::path::PathBuf;
use std::sync::LazyLock;

use divan::Bencher;
use steppe::corpus::{scale, ImportRules};
use steppe::library::{open, Request};
use steppe::search::{Query, SearchIndex, DEFAULT_LIMIT};

/// Copies of the five built-in reports: 500 files.
const COPIES: usize = 100;

struct Folder {
    _dir: tempfile::TempDir,
    reports: PathBuf,
    cache: PathBuf,
}

static FOLDER: LazyLock<Folder> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("tempdir");
    let reports = dir.path().join("reports");
    std::fs::create_dir(&reports).expect("mkdir");
    for file in scale::scaled_files(COPIES) {
        std::fs::write(reports.join(format!("{}.txt", file.name)), &file.text).expect("write");
        std::fs::write(reports.join(format!("{}.toml", file.name)), &file.metadata).expect("write");
    }
    let cache = dir.path().join("cache");
    Folder {
        _dir: dir,
        reports,
        cache,
    }
});

static RULES: LazyLock<ImportRules> = LazyLock::new(ImportRules::builtin);

fn request(no_cache: bool) -> Request {
    Request {
        paths: vec![FOLDER.reports.clone()],
        no_cache,
        ..Request::default()
    }
}

/// Opens the folder and searches "magnitsky"; returns the number of hits.
fn open_and_search(no_cache: bool) -> usize {
    let mut opened = open(&request(no_cache), &RULES, Some(FOLDER.cache.clone())).expect("open");
    let index = opened.search_index(&RULES);
    let query = Query::parse("magnitsky", &RULES.gazetteer, &RULES.themes);
    index.search(&query, DEFAULT_LIMIT).len()
}

fn main() {
    divan::main();
}

/// Every file and the index from the cache.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn warm_search(bencher: Bencher) {
    assert!(open_and_search(false) > 0);
    bencher.bench(|| open_and_search(false));
}

/// One file rewritten before each run: one import, the rest from the cache, the index rebuilt.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn one_changed_search(bencher: Bencher) {
    let file = FOLDER
        .reports
        .join(format!("{}.txt", scale::scaled_files(1)[0].name));
    assert!(open_and_search(false) > 0);
    let round = std::sync::atomic::AtomicU32::new(0);
    bencher
        .with_inputs(|| {
            let round = round.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let changed = format!("{}\n\nAdded paragraph {round} on Kazakhstan.\n", text);
            std::fs::write(&file, changed).expect("write");
        })
        .bench_values(|()| open_and_search(false));
}

/// The baseline: no cache, every file imported and the index built (what every command did
/// before the cache).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn cold_search_no_cache(bencher: Bencher) {
    bencher.bench(|| open_and_search(true));
}

/// Half of a warm open: the index read back from the cache…
#[divan::bench(sample_count = 10, sample_size = 1)]
fn index_from_cache(bencher: Bencher) {
    let mut opened = open(&request(false), &RULES, Some(FOLDER.cache.clone())).expect("open");
    let _ = opened.search_index(&RULES);
    bencher.bench_local(|| opened.search_index(&RULES).len());
}

/// …beside building it from the corpus.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn index_built(bencher: Bencher) {
    let opened = open(&request(true), &RULES, None).expect("open");
    bencher.bench(|| SearchIndex::new(&opened.loaded.corpus).len());
}
