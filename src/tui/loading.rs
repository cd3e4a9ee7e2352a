//! The reader's start on a large library: the first frame is drawn from the reports' heads and
//! summaries (kept in the cache's directory, see [`crate::corpus::summary`]), while a worker
//! thread decodes the reports and reads the search index; the loop puts them in place when they
//! arrive ([`super::app::poll`]). Meanwhile the tree, its counts and filters work; items not
//! decoded yet show as loading, the search prompt takes typing and searches once the index is
//! in, and what needs every report (comparison, diff, history) waits for them and then opens.
//!
//! On a large library the first frame does not even wait for the files to be looked at: it is
//! drawn from the reports as the cache recorded them ([`crate::library::open_recorded`]), and
//! the worker then opens them for real ([`crate::library::open`]: every file stamped, what
//! changed imported again) and puts that in place, the tree and the problem list built again
//! when anything differs from what was drawn. Once loaded, the reader shows what a fresh
//! import gives.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::corpus::summary::ReportSummary;
use crate::corpus::{Corpus, Diagnostic, ImportRules, Loaded, Report};
use crate::library::{Opened, Request};
use crate::search::SearchIndex;
use crate::tree::CountryTree;

use super::keymap::Keymap;
use super::msg::Msg;
use super::session::{SavedComparison, Session};
use super::state::AppState;
use super::style::Palette;

/// What the worker hands over.
#[derive(Debug)]
pub struct Ready {
    /// Every report, whole and sanitised.
    pub corpus: Corpus,
    /// The search index of exactly that corpus.
    pub index: SearchIndex,
    /// The reports' summaries, when they differ from those the tree was drawn from (a report
    /// whose cached bytes were damaged and was imported again): the tree is built again.
    pub summaries: Option<Vec<ReportSummary>>,
    /// The problems the reports' files give now, when they differ from those the reader
    /// started with (the reports were opened as recorded, and files changed since).
    pub diagnostics: Option<Vec<Diagnostic>>,
    /// Problems with the cache met meanwhile.
    pub warnings: Vec<String>,
}

/// How the reports the first frame was drawn from (opened as recorded,
/// [`crate::library::open_recorded`]) are opened again, looking at the files, by the worker.
#[derive(Debug, Clone)]
pub struct Recheck {
    pub request: Request,
    pub cache_dir: Option<PathBuf>,
}

/// A [`Recheck`] with what was drawn, to compare.
struct Check {
    recheck: Recheck,
    /// The reports drawn (heads, sanitised).
    heads: Arc<Corpus>,
    diagnostics: Arc<Vec<Diagnostic>>,
}

/// The worker's job, until it is started.
type Job = Box<dyn FnOnce() -> Ready + Send>;

/// Reports and index on their way.
#[derive(Clone)]
pub struct Loading {
    job: Arc<Mutex<Option<Job>>>,
    slot: Arc<Mutex<Option<Ready>>>,
    /// A comparison the last session had open: opened again once the reports are in.
    pub comparison: Option<SavedComparison>,
    /// Requests that need every report (comparison, diff, history, the theme picker), made
    /// before the reports were in: carried out, in order, once they are.
    pub deferred: Vec<Msg>,
}

impl std::fmt::Debug for Loading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loading")
            .field("comparison", &self.comparison)
            .field("deferred", &self.deferred)
            .finish_non_exhaustive()
    }
}

impl Loading {
    /// Loading to do: decoding the reports of `opened` and reading (or building) their search
    /// index, checked against `drawn`, the (sanitised) summaries the tree was drawn from. It
    /// starts with [`Loading::begin`], after the first frame, so that the frame has the CPU.
    /// `tree`: the country tree drawn, whose countries' reports the worker builds first.
    pub fn new(
        opened: Opened,
        rules: Arc<ImportRules>,
        drawn: Arc<Vec<ReportSummary>>,
        tree: Arc<CountryTree>,
    ) -> Self {
        Self::checking(opened, None, rules, drawn, tree)
    }

    /// [`Loading::new`] for reports opened as recorded: the worker opens them again as
    /// `recheck` says, looking at the files, and compares with what was drawn (the summaries,
    /// and `diagnostics`, the problems the reader started with).
    fn checking(
        opened: Opened,
        check: Option<Check>,
        rules: Arc<ImportRules>,
        drawn: Arc<Vec<ReportSummary>>,
        tree: Arc<CountryTree>,
    ) -> Self {
        let job: Job = Box::new(move || {
            tree.build_all();
            drop(tree);
            load(opened, check, &rules, &drawn)
        });
        Loading {
            job: Arc::new(Mutex::new(Some(job))),
            slot: Arc::new(Mutex::new(None)),
            comparison: None,
            deferred: Vec::new(),
        }
    }

    /// Starts the work on a worker thread (once; later calls do nothing), raising `wake` when
    /// it is done. Without a thread to be had, the work is done here and now.
    pub fn begin(&self, wake: Option<Arc<AtomicBool>>) {
        let pending = self.job.lock().is_ok_and(|job| job.is_some());
        if !pending {
            return;
        }
        let work = {
            let (job, slot) = (Arc::clone(&self.job), Arc::clone(&self.slot));
            move || {
                let job = job.lock().ok().and_then(|mut job| job.take());
                let Some(job) = job else { return };
                let ready = job();
                if let Ok(mut slot) = slot.lock() {
                    *slot = Some(ready);
                }
                if let Some(wake) = wake {
                    wake.store(true, Ordering::SeqCst);
                }
            }
        };
        let spawned = std::thread::Builder::new()
            .name("steppe-load".into())
            .spawn(work.clone());
        if spawned.is_err() {
            work();
        }
    }

    /// The reports and index, once they are in (taken: `Some` once).
    pub fn take(&self) -> Option<Ready> {
        self.slot.lock().ok()?.take()
    }

    /// Starts the work if it has not started and waits for it (tests, benchmarks: what the
    /// loop gets when the worker is done).
    pub fn wait(&self) -> Ready {
        self.begin(None);
        loop {
            if let Some(ready) = self.take() {
                return ready;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }
}

/// The reader over opened reports ([`crate::library::Request::lazy`]: most are heads), drawn
/// from their heads and summaries: the reports of the first frame (the first selection, and
/// the place `session` ended in, which is then restored) are decoded now, the others by the
/// worker of [`AppState::loading`] once that frame is drawn.
pub fn open_reader(
    opened: Opened,
    rules: ImportRules,
    keymap: Keymap,
    palette: Palette,
    session: Option<&Session>,
) -> AppState {
    open_reader_checking(opened, None, rules, keymap, palette, session)
}

/// [`open_reader`] over reports opened as recorded ([`crate::library::open_recorded`]), not
/// yet checked against their files: `recheck` says how the worker opens them for real.
pub fn open_reader_checking(
    mut opened: Opened,
    recheck: Option<Recheck>,
    rules: ImportRules,
    keymap: Keymap,
    palette: Palette,
    session: Option<&Session>,
) -> AppState {
    let summaries = opened.take_summaries();
    // Reports opened as recorded are all heads, and the worker opens them again: the reader
    // takes them. Otherwise the worker decodes the reports in place of their heads: the
    // reader has copies.
    let reports = if recheck.is_some() {
        std::mem::take(&mut opened.loaded.corpus.reports)
    } else {
        opened
            .loaded
            .corpus
            .reports
            .iter()
            .map(Report::head)
            .collect()
    };
    let heads = Loaded {
        corpus: Corpus { reports },
        // (The worker needs the reports, not their diagnostics.)
        diagnostics: std::mem::take(&mut opened.loaded.diagnostics),
        chrome: Vec::new(),
    };
    let mut state = AppState::from_summaries(heads, summaries, rules.clone(), keymap, palette);
    let mut first: Vec<usize> = state
        .section_node()
        .map(|(report, _)| report.report)
        .into_iter()
        .collect();
    if let Some(id) = session.and_then(|s| s.report.as_deref()) {
        first.extend(state.corpus.reports.iter().position(|r| r.id == id));
    }
    if recheck.is_some() {
        state.put_reports(opened.decoded(&first, &rules));
    } else {
        opened.decode(&first, &rules);
        state.put_reports(
            first
                .iter()
                .filter_map(|&i| Some((i, opened.loaded.corpus.reports.get(i)?.clone())))
                .collect(),
        );
    }
    let check = recheck.map(|recheck| Check {
        recheck,
        heads: Arc::clone(&state.corpus),
        diagnostics: state.problems.diagnostics(),
    });
    state.loading = Some(Loading::checking(
        opened,
        check,
        Arc::new(rules),
        state.tree.summaries(),
        Arc::clone(&state.tree.nodes),
    ));
    if let Some(session) = session {
        session.apply(&mut state);
    }
    state
}

/// The worker's part: every report decoded, the index read from the cache (whole, for the
/// reader's keystrokes) or built, both checked against what the screen shows.
fn load(
    mut opened: Opened,
    check: Option<Check>,
    rules: &ImportRules,
    drawn: &[ReportSummary],
) -> Ready {
    let mut warnings = Vec::new();
    let mut diagnostics = None;
    let mut drawn_heads = None;
    if let Some(check) = check {
        match crate::library::open(&check.recheck.request, rules, check.recheck.cache_dir) {
            Ok(mut now) => {
                if now.loaded.diagnostics != *check.diagnostics {
                    diagnostics = Some(std::mem::take(&mut now.loaded.diagnostics));
                }
                drawn_heads = Some(check.heads);
                opened = now;
            }
            Err(err) => warnings.push(format!(
                "cannot look at the reports' files ({err}): shown as last imported"
            )),
        }
    }
    opened.decode_all(rules);
    let index = opened.search_index_in_memory(rules);
    warnings.extend(opened.warnings());
    let mut corpus = std::mem::take(&mut opened.loaded.corpus);
    drop(opened);
    let sanitized = super::state::sanitize_corpus(&mut corpus);
    let index = if !sanitized && index.len() == corpus.items().count() {
        index
    } else {
        SearchIndex::new(&corpus)
    };
    let heads_differ = drawn_heads.is_some_and(|drawn| {
        drawn.reports.len() != corpus.reports.len()
            || drawn
                .reports
                .iter()
                .zip(&corpus.reports)
                .any(|(a, b)| a.head() != b.head())
    });
    let summaries: Vec<ReportSummary> = corpus.reports.iter().map(ReportSummary::of).collect();
    Ready {
        corpus,
        index,
        summaries: (heads_differ || summaries != drawn).then_some(summaries),
        diagnostics,
        warnings,
    }
}
