//! The user's library and the one way every command and the reader open reports.
//!
//! The library is a folder of report files with their metadata beside them (`NAME.toml`):
//! `$XDG_DATA_HOME/steppe/library/` by default, or `STEPPE_LIBRARY`, or `library = "…"` in
//! `$XDG_CONFIG_HOME/steppe/config.toml` (a shared or synced folder works: it is only files).
//! `steppe add` copies reports in (refusing a second copy of the same content), `steppe remove`
//! takes one out. [`open`] loads the built-in reports plus the library — or the PATHs given —
//! through the on-disk [`cache`], so only changed, new or removed files are imported again.

pub mod cache;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Deserialize;

use crate::corpus::metadata::Metadata;
use crate::corpus::summary::ReportSummary;
use crate::corpus::{self, read, ImportCache, ImportRules, LoadError, Loaded, Report, Sources};
use crate::search::SearchIndex;
pub use cache::Cache;

/// What can go wrong with the library itself (reports' own problems are diagnostics).
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("{path}: {message}")]
    Config { path: String, message: String },
    #[error("{path}: {error}")]
    Io { path: String, error: std::io::Error },
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Read(#[from] read::ReadError),
    #[error("no report {id} in the library ({root}); `steppe list` shows where each report lives")]
    NotInLibrary { id: String, root: String },
    #[error("{id} is a built-in report; only reports in the library can be removed")]
    Builtin { id: String },
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> LibraryError + '_ {
    move |error| LibraryError::Io {
        path: crate::text::shown_path(path),
        error,
    }
}

/// The user's config folder: `$XDG_CONFIG_HOME/steppe` or `~/.config/steppe`.
pub fn config_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .map(|base| base.join("steppe"))
}

/// `config.toml` in the config folder.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Config {
    /// Where the library lives; `~/` is the home folder.
    library: Option<String>,
}

/// The library folder: `STEPPE_LIBRARY`, else `library` in `config.toml`, else
/// `$XDG_DATA_HOME/steppe/library` (`~/.local/share/steppe/library`). `None` when there is no
/// home to put it in. A malformed `config.toml` is an error naming the file and line.
pub fn library_dir() -> Result<Option<PathBuf>, LibraryError> {
    if let Some(dir) = std::env::var_os("STEPPE_LIBRARY").filter(|v| !v.is_empty()) {
        return Ok(Some(PathBuf::from(dir)));
    }
    if let Some(path) = config_dir().map(|d| d.join("config.toml")) {
        match read::read_text(&path, read::MAX_CONFIG_BYTES, "configuration") {
            Ok(text) => {
                let config: Config = toml::from_str(&text).map_err(|err| {
                    let line = err.span().map_or(1, |s| {
                        1 + text[..s.start.min(text.len())].matches('\n').count()
                    });
                    LibraryError::Config {
                        path: format!("{}:{line}", crate::text::shown_path(&path)),
                        message: err.message().to_string(),
                    }
                })?;
                if let Some(dir) = config.library {
                    let dir = match (dir.strip_prefix("~/"), std::env::var_os("HOME")) {
                        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
                        _ => PathBuf::from(dir),
                    };
                    return Ok(Some(dir));
                }
            }
            Err(err) if err.is_not_found() => {}
            Err(err) => return Err(LibraryError::Read(err)),
        }
    }
    Ok(std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .map(|base| base.join("steppe").join("library")))
}

/// What to open.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Files and folders named on the command line; none: the built-in reports and the library.
    pub paths: Vec<PathBuf>,
    /// The built-in reports too, when paths are given.
    pub builtin: bool,
    /// Leave the library out (`--no-library`).
    pub no_library: bool,
    /// Do not read or write the on-disk cache (`--no-cache`).
    pub no_cache: bool,
    /// The search index will be asked for: read it from the cache on a second core while the
    /// imports are read (`search`). With `lazy`, the reports' summaries are then decoded only
    /// if asked for ([`Opened::summaries`]), not while opening.
    pub searching: bool,
    /// Reports that come from the cache are decoded only when asked for
    /// ([`Opened::decode`]); until then each is its head (no sections or footnotes). For
    /// `search`, which shows a few reports' items out of many.
    pub lazy: bool,
}

/// Reports opened for a command or the reader, with the cache they came through.
#[derive(Debug)]
pub struct Opened {
    pub loaded: Loaded,
    /// The library folder, when the library was asked for (it may not exist yet).
    pub library: Option<PathBuf>,
    /// True when reports of the library were loaded.
    pub from_library: bool,
    pub cache: Cache,
    /// Report files imported now (new, changed, or no usable cache).
    pub imported: usize,
    /// Report files whose import came from the cache.
    pub reused: usize,
    set: u64,
    key: u64,
    /// The cached index being read on another thread, with the key it was stored under.
    prefetched: std::sync::Mutex<Option<Prefetch>>,
    /// With [`Request::lazy`]: the imports file the heads came from…
    imports: Option<cache::Imports>,
    /// …and per report of the corpus, where its whole encoding lies and its file, while it is
    /// only a head.
    pending: Vec<Option<(cache::Pending, PathBuf)>>,
    /// Per report of the corpus that came from the cache as a head, its summary (still encoded
    /// after a search's opening).
    summaries: Vec<Option<cache::Summary>>,
    /// Per report of the corpus, its identity: what its entries in a search index depend on
    /// (source, content, metadata file, folder index row), so that an index made for an earlier
    /// corpus can be used for the reports both share.
    identities: Vec<u64>,
    /// [`Request::lazy`]: the stored index's texts too stay in its file until read.
    lazy: bool,
    /// Stored indexes a search has used, kept until this is dropped (a command that ends
    /// after one search forgets it, and the operating system takes the memory back whole).
    spent: Vec<cache::StoredIndex>,
}

type Prefetch = std::thread::JoinHandle<Option<cache::StoredIndex>>;

impl Opened {
    /// Decodes the reports at these positions of the corpus that are still heads (see
    /// [`Request::lazy`]). A report whose cached bytes turn out damaged is imported again from
    /// its file.
    pub fn decode(&mut self, reports: &[usize], rules: &ImportRules) {
        for (i, mut report) in self.decoded(reports, rules) {
            let Some(slot) = self.loaded.corpus.reports.get_mut(i) else {
                continue;
            };
            // The head's id may have been made unique since.
            if report.id != slot.id {
                corpus::rename_report(&mut report, slot.id.clone());
            }
            *slot = report;
        }
    }

    /// [`Opened::decode`] that hands the reports over instead of putting them in place (with
    /// the id they were imported with: see [`corpus::make_ids_unique`]); they are no longer
    /// pending here.
    pub fn decoded(&mut self, reports: &[usize], rules: &ImportRules) -> Vec<(usize, Report)> {
        let wanted: Vec<(usize, cache::Pending, PathBuf)> = reports
            .iter()
            .filter_map(|&i| {
                let (pending, path) = self.pending.get_mut(i)?.take()?;
                Some((i, pending, path))
            })
            .collect();
        let Some(imports) = &self.imports else {
            return Vec::new();
        };
        let decoded = crate::parallel::map(&wanted, |(_, pending, path)| {
            imports
                .report(pending)
                .or_else(|| corpus::import_again(path, rules))
        });
        wanted
            .into_iter()
            .zip(decoded)
            .filter_map(|((i, _, _), report)| Some((i, report?)))
            .collect()
    }

    /// Every report's summary (the shape of its sections and items, see [`ReportSummary`]):
    /// kept in the cache for the reports that are still heads, made from the others.
    pub fn summaries(&self) -> Vec<ReportSummary> {
        self.loaded
            .corpus
            .reports
            .iter()
            .enumerate()
            .map(|(i, report)| self.summary_of(i, report, self.summaries.get(i).cloned().flatten()))
            .collect()
    }

    /// [`Opened::summaries`], the cached ones moved out rather than copied: call it once.
    pub fn take_summaries(&mut self) -> Vec<ReportSummary> {
        let mut cached = std::mem::take(&mut self.summaries);
        self.loaded
            .corpus
            .reports
            .iter()
            .enumerate()
            .map(|(i, report)| self.summary_of(i, report, cached.get_mut(i).and_then(Option::take)))
            .collect()
    }

    /// The summary of the report at `i` of the corpus, from the one kept in the cache if any.
    /// A kept summary that cannot be decoded is made from the whole report (read from the
    /// cache, or imported again).
    fn summary_of(&self, i: usize, report: &Report, kept: Option<cache::Summary>) -> ReportSummary {
        if let Some(summary) = kept.and_then(cache::Summary::decoded) {
            return summary;
        }
        let whole = self
            .pending
            .get(i)
            .and_then(Option::as_ref)
            .zip(self.imports.as_ref())
            .and_then(|((pending, _), imports)| imports.report(pending));
        ReportSummary::of(whole.as_ref().unwrap_or(report))
    }

    /// True when some reports are still heads (see [`Request::lazy`]).
    pub fn has_heads(&self) -> bool {
        self.pending.iter().any(Option::is_some)
    }

    /// Decodes every report that is still a head.
    pub fn decode_all(&mut self, rules: &ImportRules) {
        let all: Vec<usize> = (0..self.pending.len()).collect();
        self.decode(&all, rules);
    }

    /// The main index stored for these sources (read on another thread when prefetched).
    fn stored_index(&self) -> Option<cache::StoredIndex> {
        let prefetched = self.prefetched.lock().ok().and_then(|mut p| p.take());
        match prefetched {
            Some(thread) => thread.join().ok().flatten(),
            None => self.cache.index(self.set, self.lazy),
        }
    }

    /// Builds the index of the whole corpus and stores it as the main index.
    fn build_index(&mut self, rules: &ImportRules) -> SearchIndex {
        self.decode_all(rules);
        let index = SearchIndex::new(&self.loaded.corpus);
        let stored = cache::StoredIndex {
            key: self.key,
            base: 0,
            reports: self.identities.clone(),
            index,
        };
        self.cache.store_index(self.set, &stored);
        stored.index
    }

    /// The search index of the reports: from the cache when it holds the index of exactly this
    /// corpus, else built (and stored for next time; every report is decoded for that).
    pub fn search_index(&mut self, rules: &ImportRules) -> SearchIndex {
        match self.stored_index() {
            Some(stored) if stored.key == self.key => stored.index,
            _ => self.build_index(rules),
        }
    }

    /// [`Opened::search_index`] with the stored index read whole into memory, even when
    /// opened [`Request::lazy`] (the reader searches on every keystroke).
    pub fn search_index_in_memory(&mut self, rules: &ImportRules) -> SearchIndex {
        self.lazy = false;
        self.search_index(rules)
    }

    /// Runs a query over the reports: [`SearchIndex::search_with_total`] with the same answer,
    /// but when reports were added, changed or removed since the main index was stored, only
    /// the added and changed ones are indexed (a delta, stored beside it) and the main index
    /// serves for the rest. When the delta would hold more than an eighth of the reports, the
    /// whole index is built again instead.
    pub fn search(
        &mut self,
        rules: &ImportRules,
        query: &crate::search::Query,
        limit: usize,
        typo_tier: bool,
    ) -> (Vec<crate::search::Hit>, usize) {
        // (The corpus key covers every report's content: the index stored under it is this
        // corpus's, while reports may still be heads here.)
        let main = match self.stored_index() {
            Some(main) if main.key == self.key => {
                let answer = main.index.search_with_total(query, limit, typo_tier);
                if !main.index.damaged() {
                    self.spent.push(main);
                    return answer;
                }
                // A text of the stored index was damaged: not to be trusted.
                return self
                    .build_index(rules)
                    .search_with_total(query, limit, typo_tier);
            }
            Some(main) => main,
            None => {
                return self
                    .build_index(rules)
                    .search_with_total(query, limit, typo_tier)
            }
        };
        // Where each report of the main index is now, and the reports it does not cover.
        let now: std::collections::HashMap<u64, usize> = self
            .identities
            .iter()
            .enumerate()
            .map(|(i, &id)| (id, i))
            .collect();
        let map: Vec<Option<usize>> = main.reports.iter().map(|id| now.get(id).copied()).collect();
        let mut covered = vec![false; self.identities.len()];
        for &i in map.iter().flatten() {
            covered[i] = true;
        }
        let added: Vec<usize> = (0..covered.len()).filter(|&i| !covered[i]).collect();
        if added.len() * 8 > self.identities.len().max(8) {
            return self
                .build_index(rules)
                .search_with_total(query, limit, typo_tier);
        }
        let identities: Vec<u64> = added.iter().map(|&i| self.identities[i]).collect();
        let delta = match self.cache.delta(self.set, self.key) {
            Some(delta) if delta.base == main.key && delta.reports == identities => delta.index,
            _ => {
                self.decode(&added, rules);
                let part = crate::corpus::Corpus {
                    reports: added
                        .iter()
                        .filter_map(|&i| self.loaded.corpus.reports.get(i).cloned())
                        .collect(),
                };
                let stored = cache::StoredIndex {
                    key: self.key,
                    base: main.key,
                    reports: identities,
                    index: SearchIndex::new(&part),
                };
                self.cache.store_delta(self.set, &stored);
                stored.index
            }
        };
        let added: Vec<Option<usize>> = added.into_iter().map(Some).collect();
        let segments = [
            crate::search::Segment {
                index: &main.index,
                reports: &map,
            },
            crate::search::Segment {
                index: &delta,
                reports: &added,
            },
        ];
        let answer = crate::search::search_segments(&segments, query, limit, typo_tier);
        if main.index.damaged() {
            return self
                .build_index(rules)
                .search_with_total(query, limit, typo_tier);
        }
        self.spent.push(main);
        answer
    }

    /// Where a report lives.
    pub fn place(&self, report: &Report) -> Place {
        place(report, self.library.as_deref())
    }

    /// Problems with the cache to tell the user about (at most one).
    pub fn warnings(&self) -> Vec<String> {
        self.cache.take_warnings()
    }
}

/// Where a report lives, for `steppe list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Builtin,
    Library,
    /// A file named on the command line (or found in a folder named there).
    Path,
}

impl Place {
    pub fn label(self) -> &'static str {
        match self {
            Place::Builtin => "built in",
            Place::Library => "library",
            Place::Path => "path",
        }
    }
}

/// Where a report lives, given the library folder.
pub fn place(report: &Report, library: Option<&Path>) -> Place {
    if report.source.starts_with("builtin:") {
        return Place::Builtin;
    }
    match library {
        Some(root) if Path::new(&report.source).starts_with(root) => Place::Library,
        _ => Place::Path,
    }
}

/// Opens reports as `request` asks: the PATHs given (and the built-in reports with `builtin`),
/// or the built-in reports plus the library. Unchanged files come from the on-disk cache in
/// `cache_dir` (none: no cache); the result is what a fresh import gives.
pub fn open(
    request: &Request,
    rules: &ImportRules,
    cache_dir: Option<PathBuf>,
) -> Result<Opened, LibraryError> {
    open_counted(request, rules, cache_dir, &AtomicUsize::new(0))
}

/// [`open`] that counts in `seen` each report file as it is reached (taken from the cache or
/// imported), so that another thread can show how far a long open has come.
pub fn open_counted(
    request: &Request,
    rules: &ImportRules,
    cache_dir: Option<PathBuf>,
    seen: &AtomicUsize,
) -> Result<Opened, LibraryError> {
    let plan = Plan::of(request)?;
    let cache = Cache::new(cache_dir.filter(|_| !request.no_cache), rules);
    let set = plan.set;
    let prefetched = if request.searching {
        cache.prefetch_index(set, request.lazy)
    } else {
        None
    };
    // The cache's directory is read and decoded here (what it holds then lives in this
    // thread's memory arena) while a second thread finds and stamps the files; they meet when
    // the first file is looked up.
    let read_imports = || {
        cache
            .imports(set)
            .map(|i| match (request.lazy, request.searching) {
                // Heads with their summaries: decoded here, beside the stamping.
                (true, false) => i.lazy().decode_summaries(),
                // A search shows no summary: each stays encoded unless asked for.
                (true, true) => i.lazy(),
                (false, _) => i,
            })
    };
    let reading = Reading::default();
    let counting = Counting {
        reading: &reading,
        seen,
    };
    let loaded = std::thread::scope(|scope| {
        let load = || corpus::load_recorded(&plan.sources, rules, Some(&counting));
        let loader = std::thread::Builder::new()
            .name("steppe-stamp".into())
            .spawn_scoped(scope, load);
        let unblock = Unblock(&reading);
        reading.put(read_imports());
        drop(unblock);
        match loader {
            // A loader that panicked re-raises its panic here.
            Ok(loader) => loader
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p)),
            Err(_) => load(),
        }
    });
    let imports = reading.finish();
    let (loaded, records) = loaded?;
    let changed = imports
        .as_ref()
        .is_none_or(|i| i.left_over() > 0 || i.refreshed())
        || records.iter().any(|r| r.fresh);
    if changed {
        cache.store_imports(set, &records, &loaded.corpus.reports, imports.as_ref());
    }
    Ok(plan.opened(
        cache,
        loaded,
        &records,
        imports.filter(|_| request.lazy),
        prefetched,
        request.lazy,
    ))
}

/// Opens the reports as the cache recorded them at their last import, without looking at the
/// files or reading the import rules' effects again: every report a head ([`Request::lazy`]),
/// the diagnostics those imports gave. `None` when the cache holds no usable record of these
/// sources (or is off). What the files hold now may differ: the reader draws its first frame
/// from this and checks with [`open`] on a worker (see `crate::tui::loading`).
pub fn open_recorded(
    request: &Request,
    rules: &ImportRules,
    cache_dir: Option<PathBuf>,
) -> Option<Opened> {
    // (A PATH that is gone is an error the user sees before the reader starts.)
    if request.no_cache || request.paths.iter().any(|p| p.symlink_metadata().is_err()) {
        return None;
    }
    let plan = Plan::of(request).ok()?;
    let cache = Cache::new(cache_dir, rules);
    let recorded = cache.recorded(plan.set)?;
    if recorded.heads.is_empty() {
        return None;
    }
    let loaded = Loaded {
        corpus: crate::corpus::Corpus {
            reports: recorded.heads,
        },
        diagnostics: recorded.diagnostics,
        chrome: Vec::new(),
    };
    let mut opened = plan.opened(cache, loaded, &recorded.records, None, None, true);
    opened.imports = Some(recorded.imports);
    opened.pending = recorded.pending;
    opened.summaries = recorded.summaries;
    Some(opened)
}

/// What a request names: the library folder (when asked for), the sources to load and the key
/// of that set in the cache.
struct Plan {
    library: Option<PathBuf>,
    from_library: bool,
    sources: Sources,
    set: u64,
}

impl Plan {
    fn of(request: &Request) -> Result<Plan, LibraryError> {
        let library = if request.paths.is_empty() && !request.no_library {
            library_dir()?
        } else {
            None
        };
        let with_library = library.as_ref().filter(|root| has_reports(root));
        let from_library = with_library.is_some();
        let sources = match with_library {
            Some(root) => Sources {
                paths: vec![root.clone()],
                builtin: true,
            },
            None if request.paths.is_empty() => Sources::builtin(),
            None => Sources {
                paths: request.paths.clone(),
                builtin: request.builtin,
            },
        };
        let mut parts = vec![format!(
            "builtin={}",
            sources.builtin || sources.paths.is_empty()
        )];
        for path in &sources.paths {
            let absolute = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            parts.push(crate::text::shown_path(path));
            parts.push(absolute.to_string_lossy().into_owned());
        }
        let set = Cache::set_key(&parts);
        Ok(Plan {
            library,
            from_library,
            sources,
            set,
        })
    }

    /// The opened reports of `loaded` (made by `records`), with their heads' blobs and
    /// summaries in `imports` when opened lazily.
    fn opened(
        self,
        cache: Cache,
        mut loaded: Loaded,
        records: &[corpus::Record],
        imports: Option<cache::Imports>,
        prefetched: Option<Prefetch>,
        lazy: bool,
    ) -> Opened {
        corpus::make_ids_unique(&mut loaded.corpus);
        let mut pending = vec![None; loaded.corpus.reports.len()];
        let mut summaries = vec![None; loaded.corpus.reports.len()];
        if let Some(imports) = &imports {
            for r in records.iter().filter(|r| !r.fresh) {
                let Some(i) = r.report.filter(|&i| i < pending.len()) else {
                    continue;
                };
                if let Some(p) = imports.pending(&r.stamp.source) {
                    pending[i] = Some(p);
                    summaries[i] = imports.take_summary(&r.stamp.source);
                }
            }
        }
        let key = Cache::corpus_key(self.set, records);
        let mut identities: Vec<u64> = loaded
            .corpus
            .reports
            .iter()
            .map(|r| xxhash_rust::xxh3::xxh3_64(r.source.as_bytes()))
            .collect();
        for r in records {
            if let Some(slot) = r.report.and_then(|i| identities.get_mut(i)) {
                *slot = Cache::corpus_key(0, std::slice::from_ref(r));
            }
        }
        let imported = records.iter().filter(|r| r.fresh).count();
        Opened {
            loaded,
            library: self.library,
            from_library: self.from_library,
            cache,
            imported,
            reused: records.len() - imported,
            set: self.set,
            key,
            prefetched: std::sync::Mutex::new(prefetched),
            imports,
            pending,
            summaries,
            identities,
            lazy,
            spent: Vec::new(),
        }
    }
}

/// The earlier imports of a set of sources, read from the cache by one thread while another
/// finds and stamps the report files; looking a file up waits for them.
#[derive(Default)]
struct Reading {
    imports: std::sync::OnceLock<Option<cache::Imports>>,
}

impl Reading {
    /// Puts the imports in place (`None`: no usable cache), once.
    fn put(&self, imports: Option<cache::Imports>) {
        // (Already there only when the reading panicked and `Unblock` said `None`.)
        let _ = self.imports.set(imports);
    }

    fn finish(self) -> Option<cache::Imports> {
        self.imports.into_inner().flatten()
    }
}

impl ImportCache for Reading {
    fn reuse(&self, path: &Path, stamp: &corpus::Stamp) -> Option<corpus::Reused> {
        self.imports.wait().as_ref()?.reuse(path, stamp)
    }
}

/// A [`Reading`] that counts the files it is asked about: each report file is asked about
/// once, just before it is imported or taken from the cache.
struct Counting<'a> {
    reading: &'a Reading,
    seen: &'a AtomicUsize,
}

impl ImportCache for Counting<'_> {
    fn reuse(&self, path: &Path, stamp: &corpus::Stamp) -> Option<corpus::Reused> {
        self.seen.fetch_add(1, Ordering::Relaxed);
        self.reading.reuse(path, stamp)
    }
}

/// Says "no cache" to the threads waiting on a [`Reading`] if the reading ends without putting
/// anything (a panic), so that they finish and the panic is not a hang.
struct Unblock<'a>(&'a Reading);

impl Drop for Unblock<'_> {
    fn drop(&mut self) {
        self.0.put(None);
    }
}

/// True when a folder holds at least one report file (checked before loading it, so that an
/// empty library is not an error).
fn has_reports(root: &Path) -> bool {
    // Most often a plain report file is right there: no need to list the whole library twice.
    let plain_report = std::fs::read_dir(root).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_type().is_ok_and(|t| t.is_file()) && corpus::is_report_file(&e.path()))
    });
    plain_report
        || root.is_dir()
            && corpus::find_report_files(root, &mut Vec::new()).is_ok_and(|f| !f.reports.is_empty())
}

/// Metadata given on the `steppe add` command line, over each file's own.
#[derive(Debug, Clone, Default)]
pub struct AddOptions {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

/// What became of one file given to `steppe add`.
#[derive(Debug)]
pub enum Outcome {
    /// Copied in; its report and the problems its import found.
    Added {
        from: String,
        to: PathBuf,
        report: Box<Report>,
        diagnostics: Vec<corpus::Diagnostic>,
    },
    /// The library already holds the same content.
    Duplicate { from: String, existing: PathBuf },
    /// No report could be imported from it (why: the diagnostics); nothing was copied.
    Refused {
        from: String,
        diagnostics: Vec<corpus::Diagnostic>,
    },
}

/// Holds the library's lock file (`.steppe-lock`) while adding or removing, so that two
/// steppe processes do not pick the same name or miss each other's copy.
struct Lock(std::fs::File);

impl Lock {
    fn take(root: &Path) -> Result<Lock, LibraryError> {
        let path = root.join(".steppe-lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_error(&path))?;
        // Released when the file closes, also when steppe is killed.
        file.lock().map_err(io_error(&path))?;
        Ok(Lock(file))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.0.flush();
    }
}

/// Copies the reports in `paths` (files, or folders searched like any PATH) into the library at
/// `root`, each with its metadata (its `NAME.toml` over its folder index row, `options` over
/// both) in a `NAME.toml` beside the copy. A file whose content the library already holds is
/// not copied again. Each copy is imported as every command will import it, and a file that
/// gives no report is taken out again.
pub fn add(
    root: &Path,
    paths: &[PathBuf],
    options: &AddOptions,
    rules: &ImportRules,
) -> Result<Vec<Outcome>, LibraryError> {
    let mut files = Vec::new();
    for path in paths {
        let mut diagnostics = Vec::new();
        let found = corpus::find_report_files(path, &mut diagnostics)?;
        if found.reports.is_empty() {
            return Err(LoadError::NoReports {
                path: crate::text::shown_path(path),
            }
            .into());
        }
        files.extend(found.reports);
    }
    std::fs::create_dir_all(root).map_err(io_error(root))?;
    let _lock = Lock::take(root)?;
    let mut present: Vec<(PathBuf, u64)> = corpus::find_report_files(root, &mut Vec::new())
        .map(|f| f.reports)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| Some((p.clone(), std::fs::metadata(&p).ok()?.len())))
        .collect();
    let mut outcomes = Vec::new();
    for file in files {
        let from = crate::text::shown_path(&file);
        let bytes = match read::read_bounded(&file, read::MAX_REPORT_BYTES, "report") {
            Ok(bytes) => bytes,
            Err(err) => {
                outcomes.push(Outcome::Refused {
                    from: from.clone(),
                    diagnostics: vec![corpus::Diagnostic::error(from, 1, err.reason())],
                });
                continue;
            }
        };
        let same = present.iter().find(|(p, size)| {
            *size == bytes.len() as u64
                && read::read_bounded(p, read::MAX_REPORT_BYTES, "report").is_ok_and(|b| b == bytes)
        });
        if let Some((existing, _)) = same {
            outcomes.push(Outcome::Duplicate {
                from,
                existing: existing.clone(),
            });
            continue;
        }
        let mut diagnostics = Vec::new();
        let own = corpus::file_metadata(&file, &mut diagnostics);
        let metadata = Metadata {
            title: options.title.clone(),
            publisher: options.publisher.clone(),
            date: options.date.clone(),
            url: options.url.clone(),
            ..Metadata::default()
        }
        .or(own);
        let to = free_name(root, &file, &present);
        let sidecar = to.with_extension("toml");
        let toml_text = toml::to_string(&metadata).map_err(|err| LibraryError::Config {
            path: crate::text::shown_path(&sidecar),
            message: err.to_string(),
        })?;
        write_aside(&to, &bytes)?;
        if metadata != Metadata::default() {
            if let Err(err) = write_aside(&sidecar, toml_text.as_bytes()) {
                let _ = std::fs::remove_file(&to);
                return Err(err);
            }
        }
        let imported = corpus::load(
            &Sources {
                paths: vec![to.clone()],
                builtin: false,
            },
            rules,
        );
        let mut imported = match imported {
            Ok(loaded) => loaded,
            Err(err) => {
                remove_pair(&to);
                return Err(err.into());
            }
        };
        diagnostics.append(&mut imported.diagnostics);
        match imported.corpus.reports.pop() {
            Some(report) => {
                present.push((to.clone(), bytes.len() as u64));
                outcomes.push(Outcome::Added {
                    from,
                    to,
                    report: Box::new(report),
                    diagnostics,
                });
            }
            None => {
                remove_pair(&to);
                outcomes.push(Outcome::Refused { from, diagnostics });
            }
        }
    }
    Ok(outcomes)
}

/// A file name in the library for a copy of `file`: its own, or with `-2`, `-3`… when a report
/// of that name (any type) is there already, so that report ids stay unique and stable.
fn free_name(root: &Path, file: &Path, present: &[(PathBuf, u64)]) -> PathBuf {
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| !s.is_empty() && !s.starts_with('.'))
        .unwrap_or("report");
    let ext = file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("txt")
        .to_ascii_lowercase();
    let taken = |name: &str| {
        present
            .iter()
            .any(|(p, _)| p.file_stem().and_then(|s| s.to_str()) == Some(name))
            || root.join(format!("{name}.toml")).exists()
            || root.join(format!("{name}.{ext}")).exists()
    };
    let mut name = stem.to_string();
    let mut n = 1;
    while taken(&name) {
        n += 1;
        name = format!("{stem}-{n}");
    }
    root.join(format!("{name}.{ext}"))
}

/// Writes a file aside and renames it into place: never a half-written report in the library.
fn write_aside(path: &Path, bytes: &[u8]) -> Result<(), LibraryError> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let aside = path.with_file_name(format!(
        ".{}.{}.part",
        name.unwrap_or_default(),
        std::process::id()
    ));
    let result = std::fs::write(&aside, bytes).and_then(|()| std::fs::rename(&aside, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&aside);
    }
    result.map_err(io_error(path))
}

/// Removes a report file and its metadata file.
fn remove_pair(path: &Path) {
    let _ = std::fs::remove_file(path);
    let _ = std::fs::remove_file(path.with_extension("toml"));
}

/// Removes the report `id` (its file name without extension, as `steppe list` shows it) and
/// its metadata from the library; returns the file removed.
pub fn remove(root: &Path, id: &str) -> Result<PathBuf, LibraryError> {
    let not_found = || {
        if corpus::builtin::REPORTS.iter().any(|b| b.name == id) {
            LibraryError::Builtin { id: id.to_string() }
        } else {
            LibraryError::NotInLibrary {
                id: id.to_string(),
                root: crate::text::shown_path(root),
            }
        }
    };
    if !root.is_dir() {
        return Err(not_found());
    }
    let _lock = Lock::take(root)?;
    let files = corpus::find_report_files(root, &mut Vec::new())?;
    let file = files
        .reports
        .into_iter()
        .find(|p| p.file_stem().and_then(|s| s.to_str()) == Some(id))
        .ok_or_else(not_found)?;
    std::fs::remove_file(&file).map_err(io_error(&file))?;
    let sidecar = file.with_extension("toml");
    match std::fs::remove_file(&sidecar) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(io_error(&sidecar)(err)),
        _ => Ok(file),
    }
}
