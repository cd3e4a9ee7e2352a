//! Loading reports: finding files, reading them safely, and turning them into a [`Corpus`]
//! with the importer, collecting every problem as a [`Diagnostic`] (`file:line: message`).

pub mod actions;
pub mod builtin;
pub mod formats;
pub mod gazetteer;
pub mod ids;
pub mod import;
pub mod index;
pub mod metadata;
pub mod model;
pub mod phrases;
pub(crate) mod quick_toml;
pub mod read;
pub mod rules;
pub mod scale;
pub mod score;
pub mod summary;
pub mod tagging;
pub mod themes;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use model::{Corpus, Footnote, Item, ItemKind, Report, Section};
pub use rules::ImportRules;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The report loaded, but something in it looks wrong.
    Warning,
    /// The file (or part of it) could not be used.
    Error,
}

/// One problem found while loading, printed as `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub path: String,
    pub line: usize,
    pub column: Option<usize>,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn warning(path: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line,
            column: None,
            severity: Severity::Warning,
            message: message.into(),
        }
    }

    pub fn error(path: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            ..Diagnostic::warning(path, line, message)
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        match self.column {
            Some(col) => write!(
                f,
                "{}:{}:{}: {level}: {}",
                self.path, self.line, col, self.message
            ),
            None => write!(f, "{}:{}: {level}: {}", self.path, self.line, self.message),
        }
    }
}

/// A path given by the user could not be used at all (the CLI exits with 2).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The operating system's reason is part of the message (not a separate `source`, which
    /// would print it twice in an error chain).
    #[error("{path}: cannot read: {error}")]
    Unreadable { path: String, error: std::io::Error },
    #[error("{path}: no reports found (expected .txt, .md, .html or .pdf files)")]
    NoReports { path: String },
    #[error("{path}: {message}")]
    Rules { path: String, message: String },
    /// A file named by the user or the configuration could not be read (not a regular file,
    /// too large…).
    #[error(transparent)]
    Read(#[from] read::ReadError),
}

/// What to load: user paths (files or folders, searched recursively) and/or the built-in reports.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub paths: Vec<PathBuf>,
    /// Load the built-in reports too; implied when `paths` is empty.
    pub builtin: bool,
}

impl Sources {
    /// The built-in reports only.
    pub fn builtin() -> Self {
        Sources {
            paths: Vec::new(),
            builtin: true,
        }
    }
}

/// A loaded corpus with every problem found on the way.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub corpus: Corpus,
    pub diagnostics: Vec<Diagnostic>,
    /// For every web page or PDF imported now (not taken from a cache) that had any, the lines
    /// left out as page chrome.
    pub chrome: Vec<Chrome>,
}

/// Lines a converter left out of one file as page chrome (navigation, running headers…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Chrome {
    pub path: String,
    pub lines: Vec<String>,
}

impl Loaded {
    /// True when some file could not be used at all (binary, empty, too large, wrong type):
    /// commands still print what loaded, but exit non-zero.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Largest report file steppe reads; bigger files are refused with a diagnostic.
pub const MAX_FILE_BYTES: u64 = read::MAX_REPORT_BYTES;
/// Deepest folder nesting followed when searching for reports.
pub const MAX_DEPTH: usize = 64;

/// Loads the built-in reports and/or the given paths with the given rules.
pub fn load(sources: &Sources, rules: &ImportRules) -> Result<Loaded, LoadError> {
    let (mut loaded, _) = load_recorded(sources, rules, None)?;
    make_ids_unique(&mut loaded.corpus);
    Ok(loaded)
}

/// What the import of one report file depends on besides the import rules: enough to tell
/// whether a cached import still holds (see `crate::library` for the cache).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stamp {
    /// The path as shown in the report's `source` and its diagnostics.
    pub source: String,
    pub size: u64,
    /// Modification time, nanoseconds since 1970 (0 when the file system has none).
    pub modified: u128,
    /// Size and modification time of the `NAME.toml` beside it, if there is one.
    pub sidecar: Option<(u64, u128)>,
    /// Hash of the file's row in its folder's index (`SOURCES.md`), 0 when none.
    pub row: u64,
}

impl Stamp {
    /// Stamps a report file as it is now, with its folder index row; `None` when it cannot be
    /// examined (the import then says why).
    pub fn of(path: &Path, row: Option<&metadata::Metadata>) -> Option<Stamp> {
        Stamp::of_in(None, path, row)
    }

    /// [`Stamp::of`] with the file's folder open already (`folder`): the file and its
    /// `NAME.toml` are looked up by name in it, not along the whole path again (a warm search
    /// of a large library stamps every file).
    pub fn of_in(
        folder: Option<std::os::fd::BorrowedFd<'_>>,
        path: &Path,
        row: Option<&metadata::Metadata>,
    ) -> Option<Stamp> {
        let name = path.file_name();
        // The `NAME.toml` beside it, by name (made from the file's name alone, not its path).
        let sidecar_name = name.map(|n| Path::new(n).with_extension("toml"));
        let ((size, modified), sidecar) = match (folder, name, &sidecar_name) {
            (Some(folder), Some(name), Some(sidecar)) => {
                let at = |name: &std::ffi::OsStr| {
                    rustix::fs::statat(folder, name, rustix::fs::AtFlags::empty())
                        .ok()
                        .map(|s| {
                            let size = u64::try_from(s.st_size).unwrap_or(0);
                            // `st_mtime_nsec` is unsigned on some targets and signed on
                            // others; one conversion serves both.
                            #[allow(clippy::unnecessary_fallible_conversions)]
                            let nanos = u128::try_from(s.st_mtime_nsec).unwrap_or(0);
                            let modified = u128::try_from(s.st_mtime)
                                .map_or(0, |secs| secs * 1_000_000_000 + nanos);
                            (size, modified)
                        })
                };
                (at(name)?, at(sidecar.as_os_str()))
            }
            _ => {
                let meta = std::fs::metadata(path).ok()?;
                let sidecar = std::fs::metadata(path.with_extension("toml"))
                    .ok()
                    .map(|m| (m.len(), modified_ns(&m)));
                ((meta.len(), modified_ns(&meta)), sidecar)
            }
        };
        Some(Stamp {
            source: crate::text::shown_path(path),
            size,
            modified,
            sidecar,
            row: row.map_or(0, |row| {
                xxhash_rust::xxh3::xxh3_64(format!("{row:?}").as_bytes()).max(1)
            }),
        })
    }
}

/// A file's modification time in nanoseconds since 1970; 0 when unknown.
pub fn modified_ns(meta: &std::fs::Metadata) -> u128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

/// Nanoseconds since 1970 now.
pub fn now_ns() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

/// The outcome of importing one report file, as a cache keeps it.
#[derive(Debug, Clone)]
pub struct Record {
    pub stamp: Stamp,
    /// Hash (xxh3) of the bytes that were imported.
    pub hash: u64,
    /// When the import started (nanoseconds since 1970): a file modified this close to it
    /// may have changed without its time showing it, so its content is compared.
    pub started: u128,
    /// Index of its report in [`Loaded::corpus`], `None` when the file gave no report.
    pub report: Option<usize>,
    /// The file's own diagnostics.
    pub diagnostics: Vec<Diagnostic>,
    /// True when it was imported now, false when it came from the cache.
    pub fresh: bool,
}

/// Imports cached earlier, handed back when a file is unchanged.
pub trait ImportCache: Sync {
    /// The report (if the file gave one), diagnostics, content hash and import start time of an
    /// earlier import of `path`, when `stamp` shows the file unchanged since.
    fn reuse(&self, path: &Path, stamp: &Stamp) -> Option<Reused>;
}

/// An earlier import handed back by an [`ImportCache`].
#[derive(Debug, Clone)]
pub struct Reused {
    pub report: Option<Report>,
    pub diagnostics: Vec<Diagnostic>,
    pub hash: u64,
    pub started: u128,
}

/// [`load`] that takes unchanged files' imports from `cache`, and returns a [`Record`] per
/// report file (in load order) so that the caller can update the cache. Report ids are not yet
/// made unique: call [`make_ids_unique`] after storing.
pub fn load_recorded(
    sources: &Sources,
    rules: &ImportRules,
    cache: Option<&dyn ImportCache>,
) -> Result<(Loaded, Vec<Record>), LoadError> {
    let mut loaded = Loaded::default();
    let mut records = Vec::new();
    // Every file to read, with its row of its folder's index (SOURCES.md, read once a folder).
    // (Maps keyed by folder, looked up once a file: a fast hash.)
    let mut indexes: foldhash::HashMap<PathBuf, index::Index> = foldhash::HashMap::default();
    let mut files: Vec<(PathBuf, Option<metadata::Metadata>)> = Vec::new();
    // (Diagnostics of the walk come after the built-in reports', as they are imported first.)
    let mut walked = Vec::new();
    for path in &sources.paths {
        let found = find_report_files(path, &mut walked)?;
        if found.reports.is_empty() {
            return Err(LoadError::NoReports {
                path: crate::text::shown_path(path),
            });
        }
        files.reserve(found.reports.len());
        for file in found.reports {
            let folder = file.parent().unwrap_or(Path::new(""));
            if !indexes.contains_key(folder) {
                // A listed folder's index was seen on the way; a named file's folder is looked at.
                let index_file = match &found.indexes {
                    Some(seen) => seen.get(folder).cloned(),
                    None => index_in(folder),
                };
                let index = index_file.map_or_else(index::Index::new, |index_file| {
                    read_index(&index_file, &mut walked)
                });
                indexes.insert(folder.to_path_buf(), index);
            }
            let row = file
                .file_name()
                .and_then(|n| n.to_str())
                .zip(indexes.get(folder))
                .and_then(|(n, folder_index)| folder_index.get(n))
                .cloned();
            files.push((file, row));
        }
    }
    // Files are independent: read and imported on every core, then taken in order, so reports
    // and diagnostics come out as a one-thread load would give them.
    // Each folder opened once, for stamping its files by name (folders keyed by their bytes:
    // hashing a `Path` walks its components).
    let mut folders: foldhash::HashMap<&std::ffi::OsStr, Option<std::os::fd::OwnedFd>> =
        foldhash::HashMap::default();
    let mut parents: Vec<Option<&std::ffi::OsStr>> = Vec::with_capacity(files.len());
    for (file, _) in &files {
        let parent = file.parent();
        parents.push(parent.map(Path::as_os_str));
        let Some(parent) = parent else {
            continue;
        };
        if !folders.contains_key(parent.as_os_str()) {
            let shown = if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            };
            let flags = rustix::fs::OFlags::PATH
                | rustix::fs::OFlags::DIRECTORY
                | rustix::fs::OFlags::CLOEXEC;
            let fd = rustix::fs::open(shown, flags, rustix::fs::Mode::empty()).ok();
            folders.insert(parent.as_os_str(), fd);
        }
    }
    let in_folders: Vec<_> = files
        .iter()
        .zip(&parents)
        .map(|(file, parent)| {
            let folder = parent.and_then(|p| folders.get(p)).and_then(Option::as_ref);
            (file, folder.map(std::os::fd::AsFd::as_fd))
        })
        .collect();
    // Every file stamped before any is looked up in the cache: a cache that is still being
    // read (see `crate::library::open`) is waited for once, when the stat calls are done.
    let stamps = crate::parallel::map(&in_folders, |((file, row), folder)| {
        Stamp::of_in(*folder, file, row.as_ref())
    });
    if sources.builtin || sources.paths.is_empty() {
        load_builtin_reports(rules, cache, &mut loaded, &mut records);
    }
    loaded.diagnostics.append(&mut walked);
    let jobs: Vec<_> = files.iter().zip(stamps).collect();
    records.reserve(jobs.len());
    loaded.corpus.reports.reserve(jobs.len());
    let results = crate::parallel::map(&jobs, |((file, row), stamp)| {
        if let (Some(cache), Some(stamp)) = (cache, stamp) {
            if let Some(reused) = cache.reuse(file, stamp) {
                return (
                    Ok((reused.report, reused.hash)),
                    (reused.diagnostics, Vec::new()),
                    stamp.clone(),
                    reused.started,
                    false,
                );
            }
        }
        let started = now_ns();
        let mut diagnostics = Vec::new();
        let mut chrome = Vec::new();
        let report = load_file(file, row.as_ref(), rules, &mut diagnostics, &mut chrome);
        (
            report,
            (diagnostics, chrome),
            stamp.clone().unwrap_or_else(|| Stamp {
                source: crate::text::shown_path(file),
                size: 0,
                modified: 0,
                sidecar: None,
                row: 0,
            }),
            started,
            true,
        )
    });
    for ((report, (diagnostics, chrome), stamp, started, fresh), (file, _)) in
        results.into_iter().zip(&files)
    {
        loaded.diagnostics.extend(diagnostics.iter().cloned());
        if !chrome.is_empty() {
            loaded.chrome.push(Chrome {
                path: crate::text::shown_path(file),
                lines: chrome,
            });
        }
        let record = |report: Option<usize>, hash: u64| {
            records.push(Record {
                stamp,
                hash,
                started,
                report,
                diagnostics,
                fresh,
            });
        };
        match report {
            Ok((Some(report), hash)) => {
                record(Some(loaded.corpus.reports.len()), hash);
                loaded.corpus.reports.push(report);
            }
            Ok((None, hash)) => record(None, hash),
            // A file the user named must be readable; one found in a folder is skipped.
            Err(LoadError::Unreadable { path, error }) if !sources.paths.contains(file) => {
                loaded.diagnostics.push(Diagnostic::error(
                    path,
                    1,
                    format!("cannot read: {error}; skipped"),
                ));
            }
            Err(LoadError::Read(error)) if !sources.paths.contains(file) => {
                loaded.diagnostics.push(Diagnostic::error(
                    error.path(),
                    1,
                    format!("cannot read: {}; skipped", error.reason()),
                ));
            }
            Err(err) => return Err(err),
        }
    }
    Ok((loaded, records))
}

/// The built-in reports, each from the cache when it holds their import, else imported now.
fn load_builtin_reports(
    rules: &ImportRules,
    cache: Option<&dyn ImportCache>,
    loaded: &mut Loaded,
    records: &mut Vec<Record>,
) {
    // Built-in reports go through the cache like files: importing them is most of a warm
    // command's work on a small library. Their stamp is their text and metadata (the
    // cache's fingerprint covers the binary they are compiled into).
    for builtin in builtin::REPORTS {
        let stamp = builtin_stamp(builtin);
        let reused = cache.and_then(|c| c.reuse(Path::new(&stamp.source), &stamp));
        let (report, diagnostics, hash, started, fresh) = match reused {
            Some(reused) => (
                reused.report,
                reused.diagnostics,
                reused.hash,
                reused.started,
                false,
            ),
            None => {
                let started = now_ns();
                let mut diagnostics = Vec::new();
                let report = import_builtin(builtin, rules, &mut diagnostics);
                (Some(report), diagnostics, stamp.row, started, true)
            }
        };
        loaded.diagnostics.extend(diagnostics.iter().cloned());
        records.push(Record {
            stamp,
            hash,
            started,
            report: report.is_some().then_some(loaded.corpus.reports.len()),
            diagnostics,
            fresh,
        });
        loaded.corpus.reports.extend(report);
    }
}

/// The stamp of a built-in report: its source, and its text and metadata by size and hash
/// (never touched on disk: the modification time is 0, so its content is never re-read).
fn builtin_stamp(builtin: &builtin::BuiltinReport) -> Stamp {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(builtin.text.as_bytes());
    hasher.update(&[0]);
    hasher.update(builtin.metadata.as_bytes());
    Stamp {
        source: builtin.source(),
        size: builtin.text.len() as u64,
        modified: 0,
        sidecar: None,
        row: hasher.digest().max(1),
    }
}

/// Imports one built-in report.
fn import_builtin(
    builtin: &builtin::BuiltinReport,
    rules: &ImportRules,
    diagnostics: &mut Vec<Diagnostic>,
) -> Report {
    let source = builtin.source();
    let metadata = metadata::parse(builtin.metadata, &source, diagnostics);
    import::import(
        &import::Input {
            id: builtin.name,
            source: &source,
            text: builtin.text,
            markdown: false,
            metadata,
        },
        rules,
        diagnostics,
    )
}

/// Imports one report again from its source: a file's path, or `builtin:NAME` (as in
/// [`Report::source`]). `None` when it gives no report. For a cache whose copy of a report
/// turned out damaged.
pub fn import_again(source: &Path, rules: &ImportRules) -> Option<Report> {
    let name = source.to_str().and_then(|s| s.strip_prefix("builtin:"));
    if let Some(builtin) = name.and_then(|n| builtin::REPORTS.iter().find(|b| b.name == n)) {
        return Some(import_builtin(builtin, rules, &mut Vec::new()));
    }
    let sources = Sources {
        paths: vec![source.to_path_buf()],
        builtin: false,
    };
    load(&sources, rules).ok()?.corpus.reports.pop()
}

/// Loads with the built-in rules (convenience for tests and benchmarks).
pub fn load_builtin() -> Loaded {
    // Built-in reports are compiled in and never touch the file system, so this cannot fail.
    load(&Sources::builtin(), ImportRules::builtin_shared()).unwrap_or_default()
}

/// The index file (`SOURCES.md`) of a folder that was not listed while finding reports.
fn index_in(folder: &Path) -> Option<PathBuf> {
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    std::fs::read_dir(folder)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .find(|p| index::is_index_file(p))
}

/// A folder's index (its `SOURCES.md` at `path`). An index that cannot be read is a warning:
/// the reports load without it.
fn read_index(path: &Path, diagnostics: &mut Vec<Diagnostic>) -> index::Index {
    let shown = crate::text::shown_path(path);
    match read::read_bounded(path, read::MAX_CONFIG_BYTES, "the folder's index") {
        Ok(bytes) => {
            let Some(text) = decode_owned(bytes, &shown, diagnostics) else {
                return index::Index::new();
            };
            let exists =
                |name: &str| !name.contains(['/', '\\']) && path.with_file_name(name).is_file();
            index::parse(&text, &shown, exists, diagnostics)
        }
        Err(err) => {
            diagnostics.push(Diagnostic::warning(
                &shown,
                1,
                format!("cannot read the folder's index, ignored: {}", err.reason()),
            ));
            index::Index::new()
        }
    }
}

/// True when the file name says a report format steppe reads (`.txt`, `.md`, `.html`, `.pdf`…).
pub fn is_report_file(path: &Path) -> bool {
    formats::Format::of(path).is_some()
}

/// Finds report files under a path: the file itself, or every report file (`.txt`, `.md`,
/// `.html`, `.pdf`…; see [`formats::EXTENSIONS`]) below a folder
/// (sorted, symlinked folders followed once, loops and excessive depth skipped). The path
/// itself must be readable; a folder below it that cannot be read is skipped with an error in
/// `diagnostics`, so one closed folder does not keep the others from loading.
pub fn find_report_files(
    path: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<ReportFiles, LoadError> {
    let meta = std::fs::metadata(path).map_err(|error| LoadError::Unreadable {
        path: crate::text::shown_path(path),
        error,
    })?;
    if let Some(kind) = read::special_kind(&meta) {
        return Err(LoadError::Read(read::ReadError::NotRegular {
            path: crate::text::shown_path(path),
            what: "reports".to_string(),
            kind,
        }));
    }
    if meta.is_file() {
        return Ok(ReportFiles {
            reports: vec![path.to_path_buf()],
            indexes: None,
        });
    }
    let mut found = ReportFiles {
        reports: Vec::new(),
        indexes: Some(HashMap::new()),
    };
    let mut visited = std::collections::HashSet::new();
    walk(path, 0, &mut visited, &mut found, diagnostics)?;
    Ok(found)
}

/// What [`find_report_files`] found.
#[derive(Debug, Default)]
pub struct ReportFiles {
    /// Report files, sorted.
    pub reports: Vec<PathBuf>,
    /// For every folder listed on the way, its index file (`SOURCES.md`) if it has one; `None`
    /// when the path was a file and no folder was listed.
    pub indexes: Option<HashMap<PathBuf, PathBuf>>,
}

fn walk(
    dir: &Path,
    depth: usize,
    visited: &mut std::collections::HashSet<PathBuf>,
    found: &mut ReportFiles,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(), LoadError> {
    // The folder the user named stops the load; one found below it is skipped.
    let unreadable = |error: std::io::Error, diagnostics: &mut Vec<Diagnostic>| {
        let path = crate::text::shown_path(dir);
        if depth == 0 {
            return Err(LoadError::Unreadable { path, error });
        }
        diagnostics.push(Diagnostic::error(
            path,
            1,
            format!("cannot read folder: {error}; skipped"),
        ));
        Ok(())
    };
    let canonical = match dir.canonicalize() {
        Ok(canonical) => canonical,
        Err(error) => return unreadable(error, diagnostics),
    };
    if depth > MAX_DEPTH || !visited.insert(canonical) {
        return Ok(());
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => return unreadable(error, diagnostics),
    };
    let mut listed = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => listed.push((entry.file_name(), entry.file_type().ok())),
            Err(error) => return unreadable(error, diagnostics),
        }
    }
    // By name, folders in their place: the order of the whole paths (compared component by
    // component), without comparing whole paths.
    listed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (name, file_type) in listed {
        let is_index = index::is_index_name(&name);
        let relevant = is_index || formats::Format::of_name(&name).is_some();
        // The directory listing tells a plain file without a call: one that is neither a
        // report nor a folder index (a `NAME.toml`) is passed by, a report file is taken.
        let plain = file_type.is_some_and(|t| t.is_file());
        if plain && !relevant {
            continue;
        }
        let path = dir.join(&name);
        if plain {
            if is_index {
                if let Some(indexes) = &mut found.indexes {
                    indexes.insert(dir.to_path_buf(), path);
                }
            } else {
                found.reports.push(path);
            }
            continue;
        }
        let Ok(meta) = std::fs::metadata(&path) else {
            // A dangling symlink or a loop the OS refuses to resolve: nothing to read.
            continue;
        };
        if meta.is_dir() {
            walk(&path, depth + 1, visited, found, diagnostics)?;
        } else if relevant {
            if let Some(kind) = read::special_kind(&meta) {
                // A FIFO would block, a device never ends: never opened, but said.
                diagnostics.push(Diagnostic::error(
                    crate::text::shown_path(&path),
                    1,
                    format!("{kind}, not a regular file; skipped"),
                ));
            } else if is_index {
                if let Some(indexes) = &mut found.indexes {
                    indexes.insert(dir.to_path_buf(), path);
                }
            } else {
                found.reports.push(path);
            }
        }
    }
    Ok(())
}

/// Reads one file and imports it, with its row of the folder's index (if any) as metadata
/// under its own `NAME.toml`. Returns `None` (with a diagnostic) for files that hold no
/// report: unrecognised type, binary, too large, empty.
fn load_file(
    path: &Path,
    index_row: Option<&metadata::Metadata>,
    rules: &ImportRules,
    diagnostics: &mut Vec<Diagnostic>,
    chrome: &mut Vec<String>,
) -> Result<(Option<Report>, u64), LoadError> {
    let shown = crate::text::shown_path(path);
    let Some(format) = formats::Format::of(path) else {
        diagnostics.push(Diagnostic::error(
            &shown,
            1,
            format!("unrecognised file type (expected {})", formats::EXPECTED),
        ));
        return Ok((None, 0));
    };
    let bytes = match read::read_bounded(path, MAX_FILE_BYTES, "report") {
        Ok(bytes) => bytes,
        Err(read::ReadError::TooLarge { limit, .. }) => {
            diagnostics.push(Diagnostic::error(
                &shown,
                1,
                format!(
                    "file is larger than the {} MB limit; skipped",
                    limit / (1024 * 1024)
                ),
            ));
            return Ok((None, 0));
        }
        Err(read::ReadError::Io { error, .. }) => {
            return Err(LoadError::Unreadable { path: shown, error })
        }
        Err(err) => return Err(LoadError::Read(err)),
    };
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        diagnostics.push(Diagnostic::error(&shown, 1, "file is empty"));
        return Ok((None, hash));
    }
    let converted = match format {
        formats::Format::Text | formats::Format::Markdown => {
            let Some(text) = decode_owned(bytes, &shown, diagnostics) else {
                return Ok((None, hash));
            };
            formats::Converted {
                text,
                ..formats::Converted::default()
            }
        }
        formats::Format::Html => {
            let decoded = match formats::html::decode_legacy(&bytes) {
                Some(text) => text,
                None => match decode(&bytes, &shown, diagnostics) {
                    Some(text) => text,
                    None => return Ok((None, hash)),
                },
            };
            match formats::html::convert(&decoded) {
                Ok(converted) => converted,
                Err(err) => {
                    diagnostics.push(Diagnostic::error(&shown, 1, format!("{err}; skipped")));
                    return Ok((None, hash));
                }
            }
        }
        formats::Format::Pdf => match formats::pdf::convert(&bytes) {
            Ok(converted) => converted,
            Err(err) => {
                diagnostics.push(Diagnostic::error(&shown, 1, format!("{err}; skipped")));
                return Ok((None, hash));
            }
        },
    };
    *chrome = converted.chrome;
    let text = converted.text;
    if text.trim().is_empty() {
        let why = if chrome.is_empty() {
            "file is empty"
        } else {
            "no report text found (only page chrome: see check -v)"
        };
        diagnostics.push(Diagnostic::error(&shown, 1, why));
        return Ok((None, hash));
    }
    let needed = import_memory(&text).saturating_add(theme_memory(&text, rules));
    if needed > memory_budget(text.len()) {
        diagnostics.push(Diagnostic::error(
            &shown,
            1,
            format!(
                "too many short lines, items or theme keywords to import within memory: about \
                 {} MB for {} of text (the limit is ten times the text, plus {} MB); skipped",
                needed / (1024 * 1024),
                size_text(text.len()),
                MEMORY_FLOOR / (1024 * 1024)
            ),
        ));
        return Ok((None, hash));
    }
    let metadata = read_sidecar(path, diagnostics);
    let metadata = match index_row {
        Some(row) => metadata.or(row.clone()),
        None => metadata,
    };
    // What the page or PDF says about itself comes last: NAME.toml and the index win.
    let metadata = metadata.or(converted.metadata);
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("report")
        .to_string();
    let markdown = format != formats::Format::Text;
    let report = import::import_reporting_chrome(
        &import::Input {
            id: &stem,
            source: &shown,
            text: &text,
            markdown,
            metadata,
        },
        rules,
        diagnostics,
        chrome,
    );
    if report.sections.iter().all(|s| s.items.is_empty()) {
        diagnostics.push(Diagnostic::error(
            &shown,
            1,
            "no report text found (only boilerplate or headings)",
        ));
        return Ok((None, hash));
    }
    Ok((Some(report), hash))
}

/// The metadata file beside a report (`NAME.toml`), if there is one; problems go to
/// `diagnostics` and the report then goes without it.
fn read_sidecar(path: &Path, diagnostics: &mut Vec<Diagnostic>) -> metadata::Metadata {
    let metadata_path = path.with_extension("toml");
    match read::read_text(&metadata_path, read::MAX_CONFIG_BYTES, "metadata") {
        Ok(toml_text) => metadata::parse(
            &toml_text,
            &crate::text::shown_path(&metadata_path),
            diagnostics,
        ),
        Err(err) if err.is_not_found() => metadata::Metadata::default(),
        Err(err) => {
            // It exists but cannot be used (not UTF-8, a folder or a FIFO, too large, no
            // permission): say so rather than silently importing without it.
            diagnostics.push(Diagnostic::error(
                crate::text::shown_path(&metadata_path),
                1,
                format!("cannot read metadata, ignored: {}", err.reason()),
            ));
            metadata::Metadata::default()
        }
    }
}

/// A report file's metadata as its import would see it: its `NAME.toml` over its row of the
/// folder's index (`SOURCES.md`). For `steppe add`, which keeps it beside the copy.
pub fn file_metadata(path: &Path, diagnostics: &mut Vec<Diagnostic>) -> metadata::Metadata {
    let own = read_sidecar(path, diagnostics);
    let folder = path.parent().unwrap_or(Path::new(""));
    let row = index_in(folder)
        .map(|index_file| read_index(&index_file, diagnostics))
        .and_then(|index| {
            path.file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| index.get(n).cloned())
        });
    match row {
        Some(row) => own.or(row),
        None => own,
    }
}

/// What importing any file may take besides ten times its text (small files are never refused).
pub const MEMORY_FLOOR: u64 = 32 * 1024 * 1024;

/// Memory a report of `text_len` bytes may take while it is imported and held.
/// Bytes kept per theme keyword found (the evidence word, its position and its share of the
/// theme's entry): measured on text where every word is a keyword (about 60), with room.
const PER_KEYWORD: u64 = 80;
/// Texts up to this size are not counted: the memory floor covers any shape of them.
const THEME_SAMPLE_FROM: usize = 1024 * 1024;
/// Theme keywords are counted a chunk of this size at a time (one folded chunk in memory).
const THEME_CHUNK: usize = 1024 * 1024;

/// An estimate of the memory theme tagging will keep for `text`: its theme keywords (counted
/// over the whole text, a folded chunk at a time) at [`PER_KEYWORD`] each. Text where nearly
/// every word is a theme keyword keeps evidence for each, which the shape alone
/// ([`import_memory`]) does not show.
pub fn theme_memory(text: &str, rules: &ImportRules) -> u64 {
    if text.len() <= THEME_SAMPLE_FROM {
        return 0;
    }
    let mut hits = 0u64;
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + THEME_CHUNK).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        // End the chunk at a space so no keyword is cut in two.
        if let Some(space) = text[start..end].rfind(char::is_whitespace) {
            if end < text.len() && space > 0 {
                end = start + space;
            }
        }
        hits += rules
            .themes
            .keyword_hits(&crate::text::fold(&text[start..end])) as u64;
        start = end.max(start + 1);
        while !text.is_char_boundary(start) {
            start += 1;
        }
    }
    hits.saturating_mul(PER_KEYWORD)
}

fn memory_budget(text_len: usize) -> u64 {
    (text_len as u64)
        .saturating_mul(10)
        .saturating_add(MEMORY_FLOOR)
}

/// An upper estimate of the peak memory importing `text` takes, from its shape: about six
/// times the text (lines, blocks, items, folded copies), plus a fixed cost per line and per
/// possible item (a block's first line, or a line that does not start with a letter: a bullet,
/// a number). Measured with `/usr/bin/time -v` on files of every shape (docs/performance.md);
/// without it, a 63 MB file of one-letter paragraphs took 4.3 GB.
pub fn import_memory(text: &str) -> u64 {
    const PER_BYTE: u64 = 6;
    const PER_LINE: u64 = 160;
    const PER_ITEM: u64 = 450;
    let separator = if memchr::memchr(b'\n', text.as_bytes()).is_some() {
        '\n'
    } else {
        '\r'
    };
    let (mut lines, mut items) = (0u64, 0u64);
    let mut after_blank = true;
    for line in text.split(separator) {
        let start = line.trim_start();
        if start.trim_end().is_empty() {
            after_blank = true;
            continue;
        }
        lines += 1;
        if after_blank || !start.starts_with(char::is_alphabetic) {
            items += 1;
        }
        after_blank = false;
    }
    (text.len() as u64)
        .saturating_mul(PER_BYTE)
        .saturating_add(lines.saturating_mul(PER_LINE))
        .saturating_add(items.saturating_mul(PER_ITEM))
}

/// "3 MB", "120 KB", "512 bytes".
fn size_text(bytes: usize) -> String {
    match bytes {
        b if b >= 1024 * 1024 => format!("{} MB", b / (1024 * 1024)),
        b if b >= 1024 => format!("{} KB", b / 1024),
        b => format!("{b} bytes"),
    }
}

/// Decodes file bytes: UTF-8 (BOM stripped), UTF-16 with a BOM, or lossy UTF-8 with a warning.
/// Binary files (NUL bytes) are refused.
pub fn decode(bytes: &[u8], path: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    decode_owned(bytes.to_vec(), path, diagnostics)
}

/// [`decode`] taking the bytes: valid UTF-8 becomes the text without a copy (a report is held
/// once in memory, not twice).
pub fn decode_owned(
    mut bytes: Vec<u8>,
    path: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        return Some(decode_utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        return Some(decode_utf16(rest, u16::from_be_bytes));
    }
    if bytes.starts_with(&[0xef, 0xbb, 0xbf]) {
        bytes.drain(..3);
    }
    if let Some(at) = memchr::memchr(0, &bytes) {
        let line = 1 + memchr::memchr_iter(b'\n', &bytes[..at]).count();
        diagnostics.push(Diagnostic::error(
            path,
            line,
            "binary file (contains NUL bytes); skipped",
        ));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(err) => {
            let bytes = err.as_bytes();
            let valid = err.utf8_error().valid_up_to();
            let line = 1 + memchr::memchr_iter(b'\n', &bytes[..valid]).count();
            diagnostics.push(Diagnostic::warning(
                path,
                line,
                "invalid UTF-8; bad bytes replaced with U+FFFD",
            ));
            Some(String::from_utf8_lossy(bytes).into_owned())
        }
    }
}

fn decode_utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| word([pair[0], pair[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Two files with the same name in different folders get `-2`, `-3`… suffixes, item ids too.
pub fn make_ids_unique(corpus: &mut Corpus) {
    // The ids are looked at in place; the few reports to rename are renamed after.
    // (Thousands of ids at every start: a fast hash.)
    let mut seen = foldhash::HashMap::<&str, usize>::default();
    seen.reserve(corpus.reports.len());
    let mut renames = Vec::new();
    for (i, report) in corpus.reports.iter().enumerate() {
        let count = seen.entry(report.id.as_str()).or_insert(0);
        *count += 1;
        if *count > 1 {
            renames.push((i, format!("{}-{count}", report.id)));
        }
    }
    for (i, id) in renames {
        if let Some(report) = corpus.reports.get_mut(i) {
            rename_report(report, id);
        }
    }
}

/// Gives a report a new id, and its items the ids and aliases that follow from it.
pub fn rename_report(report: &mut Report, id: String) {
    let old = std::mem::replace(&mut report.id, id);
    for section in &mut report.sections {
        for item in &mut section.items {
            item.id = format!("{}{}", report.id, item.id.get(old.len()..).unwrap_or(""));
            for alias in &mut item.aliases {
                if let Some(rest) = alias.strip_prefix(&old) {
                    *alias = format!("{}{rest}", report.id);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn theme_dense_text_is_over_budget_and_ordinary_text_is_not() {
        let rules = ImportRules::builtin();
        let keywords = "torture detention journalists media elections corruption women \
                        children religion prisoners asylum refugees labour health courts police";
        let mut dense = String::from("A report\n\n");
        while dense.len() < 12_000_000 {
            dense.push_str(keywords);
            dense.push_str(".\n\n");
        }
        let needed = import_memory(&dense) + theme_memory(&dense, &rules);
        assert!(needed > memory_budget(dense.len()), "{needed}");
        // The built-in reports, repeated to the same size, stay within it.
        let mut ordinary = String::new();
        let mut copy = 0;
        while ordinary.len() < 12_000_000 {
            for report in builtin::REPORTS {
                ordinary.push_str(&report.text.replace("\n\n", &format!(" ({copy})\n\n")));
            }
            copy += 1;
        }
        let needed = import_memory(&ordinary) + theme_memory(&ordinary, &rules);
        assert!(needed <= memory_budget(ordinary.len()), "{needed}");
        assert!(theme_memory(&ordinary, &rules) > 0);
        // Small texts are never sampled: the floor covers them.
        assert_eq!(theme_memory(&dense[..500_000], &rules), 0);
    }

    use super::*;

    #[test]
    fn a_folder_loads_in_path_order_with_its_diagnostics_in_file_order() {
        let dir = tempfile::tempdir().unwrap();
        for n in 0..20 {
            let text = format!("Report {n}\n\nThe government of Kazakhstan detained {n}.\n");
            let mut bytes = text.into_bytes();
            if n % 3 == 0 {
                // An invalid byte in the paragraph: a warning naming the file and line.
                bytes.splice(40..40, [0xff]);
            }
            std::fs::write(dir.path().join(format!("r{n:02}.txt")), bytes).unwrap();
        }
        let sources = Sources {
            paths: vec![dir.path().to_path_buf()],
            builtin: false,
        };
        let loaded = load(&sources, &ImportRules::builtin()).unwrap();
        let ids: Vec<&str> = loaded
            .corpus
            .reports
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        let expected: Vec<String> = (0..20).map(|n| format!("r{n:02}")).collect();
        assert_eq!(ids, expected);
        let warned: Vec<String> = loaded
            .diagnostics
            .iter()
            .map(|d| d.path.rsplit('/').next().unwrap_or("").to_string())
            .collect();
        let expected: Vec<String> = (0..20)
            .filter(|n| n % 3 == 0)
            .map(|n| format!("r{n:02}.txt"))
            .collect();
        assert_eq!(warned, expected, "{:?}", loaded.diagnostics);
    }
}
