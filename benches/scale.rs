//! Scale (issue 7): a corpus of 1 000 report files (the five built-in reports × 200, words varied
//! line by line and years spread, `steppe::corpus::scale::scaled_files`) written to a temporary
//! folder, then: the time to load it (find, read, decode, import; target under 1 s) beside
//! only reading the same files (baseline); building the search index; one search keystroke on it
//! (target under 16 ms median); a three-country comparison; and, through a real pty and the
//! release binary, the reader's peak memory (VmHWM) once its first frame is drawn, against the
//! size of the corpus text (target under 10×) and against the reader on the built-in reports.
//!
//! Run: `cargo bench --bench scale`
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::Duration;

use divan::Bencher;
use steppe::compare::{Comparison, Options};
use steppe::corpus::{load, scale, ImportRules, Sources};
use steppe::search::{Query, SearchIndex, DEFAULT_LIMIT};
use steppe::Corpus;

#[path = "../tests/common/pty.rs"]
mod pty;

/// Copies of the five built-in reports: 1 000 files.
const COPIES: usize = 200;

struct Folder {
    _dir: tempfile::TempDir,
    path: PathBuf,
    /// Bytes of report text (the .txt files).
    text_bytes: u64,
}

static FOLDER: LazyLock<Folder> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut text_bytes = 0;
    for file in scale::scaled_files(COPIES) {
        let path = dir.path().join(format!("{}.txt", file.name));
        std::fs::write(&path, &file.text).expect("write report");
        std::fs::write(
            dir.path().join(format!("{}.toml", file.name)),
            &file.metadata,
        )
        .expect("write metadata");
        text_bytes += file.text.len() as u64;
    }
    let path = dir.path().to_path_buf();
    Folder {
        _dir: dir,
        path,
        text_bytes,
    }
});

static RULES: LazyLock<ImportRules> = LazyLock::new(ImportRules::builtin);

fn load_folder(path: &Path) -> Corpus {
    let sources = Sources {
        paths: vec![path.to_path_buf()],
        builtin: false,
    };
    let loaded = load(&sources, &RULES).expect("load");
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics.first());
    loaded.corpus
}

struct Loaded {
    corpus: Corpus,
    index: SearchIndex,
}

static LOADED: LazyLock<Loaded> = LazyLock::new(|| {
    let corpus = load_folder(&FOLDER.path);
    assert_eq!(corpus.reports.len(), COPIES * 5);
    let index = SearchIndex::new(&corpus);
    Loaded { corpus, index }
});

fn main() {
    divan::main();
    memory();
}

/// Find, read, decode and import the 1 000 files.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn load_1000_reports() -> usize {
    load_folder(&FOLDER.path).reports.len()
}

/// Baseline: only reading the same files into memory.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn baseline_read_1000_files() -> usize {
    let mut bytes = 0;
    for entry in std::fs::read_dir(&FOLDER.path).expect("read_dir") {
        let path = entry.expect("entry").path();
        bytes += std::fs::read_to_string(&path).expect("read").len();
    }
    bytes
}

/// The search index over the loaded 1 000 reports (built once at load in the reader).
#[divan::bench(sample_count = 5, sample_size = 1)]
fn search_index_1000_reports() -> usize {
    let index = SearchIndex::new(&LOADED.corpus);
    divan::black_box(&index);
    LOADED.corpus.reports.len()
}

/// One keystroke, fresh (no earlier hits to narrow): the exact tier as the UI thread runs it.
#[divan::bench(args = ["m", "ma", "mag", "magnitsky", "n", "ngo", "ngo tax", "askarov", "kyrgystan"], sample_count = 20)]
fn search_keystroke_1000_reports(bencher: Bencher, typed: &str) {
    let query = Query::parse(typed, &RULES.gazetteer, &RULES.themes);
    let index = &LOADED.index;
    bencher.bench(|| index.search_in(&query, DEFAULT_LIMIT, None, false).len());
}

/// Kazakhstan, Kyrgyzstan and Tajikistan side by side over the 1 000 reports.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn compare_3_countries_1000_reports() -> usize {
    let countries: Vec<steppe::resolve::CountryId> = ["Kazakhstan", "Kyrgyzstan", "Tajikistan"]
        .into_iter()
        .map(steppe::resolve::CountryId::from)
        .collect();
    Comparison::build(
        &LOADED.corpus,
        &RULES.themes,
        &countries,
        &Options::default(),
    )
    .rows
    .len()
}

/// The reader's comparison view over the 1 000 reports: one `j` and the frame after it, with
/// Kazakhstan and Kyrgyzstan side by side at 160×48 (the comparison itself is built once,
/// outside the timing; see `compare_3_countries_1000_reports`).
#[divan::bench(sample_count = 5, sample_size = 1)]
fn compare_view_keystroke_1000_reports(bencher: Bencher) {
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;
    use steppe::tui::{app, key_event, view, AppState, Keymap, Palette};
    let sources = Sources {
        paths: vec![FOLDER.path.clone()],
        builtin: false,
    };
    let loaded = load(&sources, &RULES).expect("load");
    let mut state = AppState::new(loaded, RULES.clone(), Keymap::builtin(), Palette::default());
    state.size = ratatui::layout::Rect::new(0, 0, 160, 48);
    for key in ["c", "k", "y", "r", "enter"] {
        app::handle_event(&mut state, &key_event(key));
    }
    assert!(state.comparing());
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("terminal");
    let j = key_event("j");
    bencher.bench_local(|| {
        app::handle_event(&mut state, &j);
        terminal
            .draw(|frame| view::draw(frame, &state))
            .expect("draw");
    });
}

/// Peak resident memory of the reader with its first frame drawn.
fn reader_peak_rss(args: &[&str]) -> Option<u64> {
    let (mut master, slave) = pty::open(120, 40);
    let mut child = pty::spawn(env!("CARGO_BIN_EXE_steppe"), args, slave);
    let drawn = pty::read_until(&mut master, Duration::from_secs(30), pty::frame_complete);
    let rss = pty::frame_complete(&drawn)
        .then(|| pty::peak_rss(child.id()))
        .flatten();
    let _ = child.kill();
    let _ = child.wait();
    rss
}

fn memory() {
    let folder = &*FOLDER;
    let mb = |b: u64| b as f64 / (1024.0 * 1024.0);
    let builtin = reader_peak_rss(&[]);
    let big = reader_peak_rss(&[folder.path.to_str().expect("utf-8 temp path")]);
    println!(
        "\ncorpus: {} reports, {:.1} MB of text",
        COPIES * 5,
        mb(folder.text_bytes)
    );
    match (builtin, big) {
        (Some(builtin), Some(big)) => println!(
            "reader peak RSS after the first frame: {:.1} MB on the 1 000 reports \
             ({:.1}× the text); {:.1} MB on the 5 built-in reports (same run)",
            mb(big),
            big as f64 / folder.text_bytes as f64,
            mb(builtin),
        ),
        _ => println!("reader peak RSS: could not be read (no /proc, or no first frame)"),
    }
}
