//! Loading reports: finding files, reading them safely, and turning them into a [`Corpus`]
//! with the importer, collecting every problem as a [`Diagnostic`] (`file:line: message`).

pub mod builtin;
pub mod gazetteer;
pub mod import;
pub mod index;
pub mod metadata;
pub mod model;
pub mod phrases;
pub mod rules;
pub mod scale;
pub mod tagging;
pub mod themes;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

pub use model::{Corpus, Footnote, Item, ItemKind, Report, Section};
pub use rules::ImportRules;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The report loaded, but something in it looks wrong.
    Warning,
    /// The file (or part of it) could not be used.
    Error,
}

/// One problem found while loading, printed as `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    #[error("{path}: no reports found (expected .txt or .md files)")]
    NoReports { path: String },
    #[error("{path}: {message}")]
    Rules { path: String, message: String },
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

/// Largest file steppe reads; bigger files are refused with a diagnostic.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Deepest folder nesting followed when searching for reports.
pub const MAX_DEPTH: usize = 64;

/// Loads the built-in reports and/or the given paths with the given rules.
pub fn load(sources: &Sources, rules: &ImportRules) -> Result<Loaded, LoadError> {
    let mut loaded = Loaded::default();
    if sources.builtin || sources.paths.is_empty() {
        for builtin in builtin::REPORTS {
            let metadata =
                metadata::parse(builtin.metadata, &builtin.source(), &mut loaded.diagnostics);
            let report = import::import(
                &import::Input {
                    id: builtin.name,
                    source: &builtin.source(),
                    text: builtin.text,
                    markdown: false,
                    metadata,
                },
                rules,
                &mut loaded.diagnostics,
            );
            loaded.corpus.reports.push(report);
        }
    }
    // Every file to read, with its row of its folder's index (SOURCES.md, read once a folder).
    let mut indexes: HashMap<PathBuf, index::Index> = HashMap::new();
    let mut files: Vec<(PathBuf, Option<metadata::Metadata>)> = Vec::new();
    for path in &sources.paths {
        let found = find_report_files(path, &mut loaded.diagnostics)?;
        if found.reports.is_empty() {
            return Err(LoadError::NoReports {
                path: crate::text::shown_path(path),
            });
        }
        for file in found.reports {
            let folder = file.parent().map(Path::to_path_buf).unwrap_or_default();
            let folder_index = indexes.entry(folder).or_insert_with_key(|folder| {
                // A listed folder's index was seen on the way; a named file's folder is looked at.
                let index_file = match &found.indexes {
                    Some(seen) => seen.get(folder).cloned(),
                    None => index_in(folder),
                };
                index_file.map_or_else(index::Index::new, |index_file| {
                    read_index(&index_file, &mut loaded.diagnostics)
                })
            });
            let row = file
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| folder_index.get(n))
                .cloned();
            files.push((file, row));
        }
    }
    // Files are independent: read and imported on every core, then taken in order, so reports
    // and diagnostics come out as a one-thread load would give them.
    let results = crate::parallel::map(&files, |(file, row)| {
        let mut diagnostics = Vec::new();
        let report = load_file(file, row.as_ref(), rules, &mut diagnostics);
        (report, diagnostics)
    });
    for ((report, diagnostics), (file, _)) in results.into_iter().zip(&files) {
        loaded.diagnostics.extend(diagnostics);
        match report {
            Ok(Some(report)) => loaded.corpus.reports.push(report),
            Ok(None) => {}
            // A file the user named must be readable; one found in a folder is skipped.
            Err(LoadError::Unreadable { path, error }) if !sources.paths.contains(file) => {
                loaded.diagnostics.push(Diagnostic::error(
                    path,
                    1,
                    format!("cannot read: {error}; skipped"),
                ));
            }
            Err(err) => return Err(err),
        }
    }
    make_ids_unique(&mut loaded.corpus);
    Ok(loaded)
}

/// Loads with the built-in rules (convenience for tests and benchmarks).
pub fn load_builtin() -> Loaded {
    // Built-in reports are compiled in and never touch the file system, so this cannot fail.
    load(&Sources::builtin(), &ImportRules::builtin()).unwrap_or_default()
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
        .find(|p| index::is_index_file(p) && p.is_file())
}

/// A folder's index (its `SOURCES.md` at `path`). An index that cannot be read is a warning:
/// the reports load without it.
fn read_index(path: &Path, diagnostics: &mut Vec<Diagnostic>) -> index::Index {
    let shown = crate::text::shown_path(path);
    match std::fs::read(path) {
        Ok(bytes) if bytes.len() as u64 <= MAX_FILE_BYTES => {
            let Some(text) = decode(&bytes, &shown, diagnostics) else {
                return index::Index::new();
            };
            let exists =
                |name: &str| !name.contains(['/', '\\']) && path.with_file_name(name).is_file();
            index::parse(&text, &shown, exists, diagnostics)
        }
        Ok(_) => {
            diagnostics.push(Diagnostic::warning(
                &shown,
                1,
                "index larger than the file size limit; ignored",
            ));
            index::Index::new()
        }
        Err(err) => {
            diagnostics.push(Diagnostic::warning(
                &shown,
                1,
                format!("cannot read the folder's index, ignored: {err}"),
            ));
            index::Index::new()
        }
    }
}

fn is_report_file(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref(),
        Some("txt" | "md" | "markdown" | "text")
    )
}

/// Finds report files under a path: the file itself, or every `.txt`/`.md` file below a folder
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
    found.reports.sort();
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
    let mut unreadable = |error: std::io::Error| {
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
        Err(error) => return unreadable(error),
    };
    if depth > MAX_DEPTH || !visited.insert(canonical) {
        return Ok(());
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => return unreadable(error),
    };
    let mut subfolders = Vec::new();
    for entry in entries {
        let path = match entry {
            Ok(entry) => entry.path(),
            Err(error) => return unreadable(error),
        };
        let Ok(meta) = std::fs::metadata(&path) else {
            // A dangling symlink or a loop the OS refuses to resolve: nothing to read.
            continue;
        };
        if meta.is_dir() {
            subfolders.push(path);
        } else if meta.is_file() && index::is_index_file(&path) {
            if let Some(indexes) = &mut found.indexes {
                indexes.insert(dir.to_path_buf(), path);
            }
        } else if meta.is_file() && is_report_file(&path) {
            found.reports.push(path);
        }
    }
    for folder in subfolders {
        walk(&folder, depth + 1, visited, found, diagnostics)?;
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
) -> Result<Option<Report>, LoadError> {
    let shown = crate::text::shown_path(path);
    if !is_report_file(path) {
        diagnostics.push(Diagnostic::error(
            &shown,
            1,
            "unrecognised file type (expected .txt or .md)",
        ));
        return Ok(None);
    }
    let size = std::fs::metadata(path)
        .map_err(|error| LoadError::Unreadable {
            path: shown.clone(),
            error,
        })?
        .len();
    if size > MAX_FILE_BYTES {
        diagnostics.push(Diagnostic::error(
            &shown,
            1,
            format!(
                "file is {} MB, larger than the {} MB limit; skipped",
                size / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
        return Ok(None);
    }
    let bytes = std::fs::read(path).map_err(|error| LoadError::Unreadable {
        path: shown.clone(),
        error,
    })?;
    let Some(text) = decode(&bytes, &shown, diagnostics) else {
        return Ok(None);
    };
    if text.trim().is_empty() {
        diagnostics.push(Diagnostic::error(&shown, 1, "file is empty"));
        return Ok(None);
    }
    let metadata_path = path.with_extension("toml");
    let metadata = match std::fs::read_to_string(&metadata_path) {
        Ok(toml_text) => metadata::parse(
            &toml_text,
            &crate::text::shown_path(&metadata_path),
            diagnostics,
        ),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => metadata::Metadata::default(),
        Err(err) => {
            // It exists but cannot be used (not UTF-8, a folder, no permission): say so rather
            // than silently importing without it.
            diagnostics.push(Diagnostic::error(
                crate::text::shown_path(&metadata_path),
                1,
                format!("cannot read metadata, ignored: {err}"),
            ));
            metadata::Metadata::default()
        }
    };
    let metadata = match index_row {
        Some(row) => metadata.or(row.clone()),
        None => metadata,
    };
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("report")
        .to_string();
    let markdown = matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref(),
        Some("md" | "markdown")
    );
    let report = import::import(
        &import::Input {
            id: &stem,
            source: &shown,
            text: &text,
            markdown,
            metadata,
        },
        rules,
        diagnostics,
    );
    if report.sections.iter().all(|s| s.items.is_empty()) {
        diagnostics.push(Diagnostic::error(
            &shown,
            1,
            "no report text found (only boilerplate or headings)",
        ));
        return Ok(None);
    }
    Ok(Some(report))
}

/// Decodes file bytes: UTF-8 (BOM stripped), UTF-16 with a BOM, or lossy UTF-8 with a warning.
/// Binary files (NUL bytes) are refused.
pub fn decode(bytes: &[u8], path: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        return Some(decode_utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        return Some(decode_utf16(rest, u16::from_be_bytes));
    }
    let bytes = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes);
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
        diagnostics.push(Diagnostic::error(
            path,
            line,
            "binary file (contains NUL bytes); skipped",
        ));
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text.to_string()),
        Err(err) => {
            let line = 1 + bytes[..err.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
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
fn make_ids_unique(corpus: &mut Corpus) {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    for report in &mut corpus.reports {
        let count = seen.entry(report.id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            let old = report.id.clone();
            report.id = format!("{old}-{count}");
            for section in &mut report.sections {
                for item in &mut section.items {
                    item.id = format!("{}{}", report.id, &item.id[old.len()..]);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
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
