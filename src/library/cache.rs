//! The on-disk cache under `$XDG_CACHE_HOME/steppe/`: imported reports and search indexes kept
//! between runs so that a command only re-imports what changed.
//!
//! Derived data only, never trusted: every file starts with a fixed header (magic, format
//! version, kind, a fingerprint of steppe's build and the import rules, a key, the payload's
//! length and its xxh3 checksum); anything that does not match exactly — truncated, flipped
//! bytes, another program's file, an older steppe — is ignored and rebuilt. Files are written
//! aside under a unique name and renamed into place, so a reader sees a whole old file or a whole
//! new one, and two processes writing at once only race to put in a complete file each. When the
//! folder cannot be written (read-only, disk full) steppe works without it and says so once.
//!
//! Two kinds of file, one per set of sources (the library with the built-in reports, or the
//! PATHs of one command line): `imports-KEY.bin` holds the import of every report file with the
//! [`Stamp`] it was made from; `index-KEY.bin` the [`SearchIndex`] of the corpus those imports
//! gave, keyed by a hash of all stamps and content hashes.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::{xxh3_64, Xxh3};

use crate::corpus::{read, Diagnostic, ImportCache, ImportRules, Record, Report, Reused, Stamp};
use crate::search::SearchIndex;

/// First bytes of every cache file.
const MAGIC: &[u8; 8] = b"STPCACHE";
/// Layout of the payloads; bump when [`Report`], [`SearchIndex`] or the entries change shape.
const FORMAT: u32 = 3;
/// Header: magic, format, kind, fingerprint, key, payload length, payload checksum.
const HEADER_LEN: usize = 8 + 4 + 4 + 8 + 8 + 8 + 8;
/// How close (ns) to the start of its import a file's modification time must be for its content
/// to be compared too: file systems with coarse times (whole seconds, FAT's two) can show the
/// same time for a file changed just after it was read.
const RACY_NS: u128 = 3_000_000_000;
/// Largest cache file read (a corpus of 5 000 reports makes files of about 100 MB).
const MAX_CACHE_BYTES: u64 = 4 * 1024 * 1024 * 1024;
/// Cache files kept; beyond this the least recently written go.
const MAX_FILES: usize = 64;

/// What a cache file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
enum Kind {
    Imports = 1,
    Index = 2,
}

/// The cache folder, with the fingerprint of this steppe and these rules. `None` folder: the
/// cache is off (`--no-cache`).
#[derive(Debug)]
pub struct Cache {
    dir: Option<PathBuf>,
    fingerprint: u64,
    /// The one warning about a cache that cannot be written, once given.
    warned: Mutex<bool>,
    /// Warnings to show the user (collected, so the reader can show them in its status bar).
    pub warnings: Mutex<Vec<String>>,
}

/// One report file's import as stored.
#[derive(Serialize)]
struct EntryOut<'a> {
    stamp: &'a Stamp,
    hash: u64,
    started: u128,
    report: Option<&'a Report>,
    diagnostics: &'a [Diagnostic],
}

#[derive(Deserialize)]
struct EntryIn {
    stamp: Stamp,
    hash: u64,
    started: u128,
    report: Option<Report>,
    diagnostics: Vec<Diagnostic>,
}

/// Earlier imports of one set of sources, handed out once each.
pub struct Imports {
    entries: Mutex<HashMap<String, EntryIn>>,
}

impl Imports {
    /// Entries not handed out: files removed since (or not reached), so the cache is stale.
    pub fn left_over(&self) -> usize {
        self.entries.lock().map_or(usize::MAX, |e| e.len())
    }
}

impl ImportCache for Imports {
    fn reuse(&self, path: &Path, stamp: &Stamp) -> Option<Reused> {
        let mut entries = self.entries.lock().ok()?;
        let entry = entries.get(&stamp.source)?;
        if entry.stamp != *stamp {
            return None;
        }
        // Changed within the same tick of a coarse clock: only the content can tell.
        if stamp.modified + RACY_NS >= entry.started {
            let bytes = read::read_bounded(path, read::MAX_REPORT_BYTES, "report").ok()?;
            if xxh3_64(&bytes) != entry.hash {
                return None;
            }
        }
        let entry = entries.remove(&stamp.source)?;
        Some(Reused {
            report: entry.report,
            diagnostics: entry.diagnostics,
            hash: entry.hash,
            started: entry.started,
        })
    }
}

/// What `steppe cache info` shows.
#[derive(Debug, Clone, Serialize)]
pub struct Info {
    pub dir: Option<String>,
    pub files: usize,
    pub bytes: u64,
    /// Files that are not whole, current cache files (they will be rebuilt or removed).
    pub unusable: usize,
}

impl Cache {
    /// The cache in `dir` (`None`: no cache) for this build of steppe and these rules.
    pub fn new(dir: Option<PathBuf>, rules: &ImportRules) -> Cache {
        let mut hasher = Xxh3::new();
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        hasher.update(&FORMAT.to_le_bytes());
        hasher.update(&rules.fingerprint.to_le_bytes());
        // A rebuilt binary may import differently under the same version number.
        if let Some(meta) = std::env::current_exe()
            .ok()
            .and_then(|exe| std::fs::metadata(exe).ok())
        {
            hasher.update(&meta.len().to_le_bytes());
            hasher.update(&crate::corpus::modified_ns(&meta).to_le_bytes());
        }
        Cache {
            dir,
            fingerprint: hasher.digest(),
            warned: Mutex::new(false),
            warnings: Mutex::new(Vec::new()),
        }
    }

    /// The default folder: `$XDG_CACHE_HOME/steppe` or `~/.cache/steppe`.
    pub fn default_dir() -> Option<PathBuf> {
        std::env::var_os("XDG_CACHE_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
            .map(|base| base.join("steppe"))
    }

    /// The folder, when the cache is on.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The key of a set of sources: what was asked for, not what was found.
    pub fn set_key(parts: &[String]) -> u64 {
        let mut hasher = Xxh3::new();
        for part in parts {
            hasher.update(&(part.len() as u64).to_le_bytes());
            hasher.update(part.as_bytes());
        }
        hasher.digest()
    }

    /// The earlier imports of a set of sources, or nothing when there are none usable.
    pub fn imports(&self, set: u64) -> Option<Imports> {
        let bytes = self.read(Kind::Imports, set, &format!("imports-{set:016x}.bin"))?;
        let entries: Vec<EntryIn> = postcard::from_bytes(&bytes[HEADER_LEN..]).ok()?;
        Some(Imports {
            entries: Mutex::new(
                entries
                    .into_iter()
                    .map(|e| (e.stamp.source.clone(), e))
                    .collect(),
            ),
        })
    }

    /// Stores the imports of a set of sources (what [`crate::corpus::load_recorded`] returned).
    pub fn store_imports(&self, set: u64, records: &[Record], reports: &[Report]) {
        if self.dir.is_none() {
            return;
        }
        let entries: Vec<EntryOut<'_>> = records
            .iter()
            .map(|r| EntryOut {
                stamp: &r.stamp,
                hash: r.hash,
                started: r.started,
                report: r.report.and_then(|i| reports.get(i)),
                diagnostics: &r.diagnostics,
            })
            .collect();
        match postcard::to_allocvec(&entries) {
            Ok(payload) => self.write(
                Kind::Imports,
                set,
                &format!("imports-{set:016x}.bin"),
                &payload,
            ),
            Err(err) => self.warn(format!("cannot encode the cache: {err}")),
        }
    }

    /// The key of a corpus: every file's stamp and content hash, in order.
    pub fn corpus_key(set: u64, records: &[Record]) -> u64 {
        let mut hasher = Xxh3::new();
        hasher.update(&set.to_le_bytes());
        for r in records {
            hasher.update(r.stamp.source.as_bytes());
            hasher.update(&[0]);
            hasher.update(&r.hash.to_le_bytes());
            hasher.update(&r.stamp.size.to_le_bytes());
            hasher.update(&r.stamp.row.to_le_bytes());
            if let Some((size, modified)) = r.stamp.sidecar {
                hasher.update(&size.to_le_bytes());
                hasher.update(&modified.to_le_bytes());
            }
            hasher.update(&[u8::from(r.report.is_some())]);
        }
        hasher.digest()
    }

    /// The search index stored for a corpus key, if whole and current.
    pub fn index(&self, set: u64, key: u64, items: usize) -> Option<SearchIndex> {
        let bytes = self.read(Kind::Index, key, &format!("index-{set:016x}.bin"))?;
        let index: SearchIndex = postcard::from_bytes(&bytes[HEADER_LEN..]).ok()?;
        (index.len() == items).then_some(index)
    }

    /// Starts reading the search index stored for a set of sources on another thread, before
    /// the corpus key is known (the imports are read meanwhile): the thread gives the key it was
    /// stored under with the index, and [`Cache::index`]'s checks but the key's.
    pub fn prefetch_index(
        &self,
        set: u64,
    ) -> Option<std::thread::JoinHandle<Option<(u64, SearchIndex)>>> {
        let path = self.dir.as_ref()?.join(format!("index-{set:016x}.bin"));
        let fingerprint = self.fingerprint;
        std::thread::Builder::new()
            .name("steppe-index".into())
            .spawn(move || {
                let bytes = read::read_bounded(&path, MAX_CACHE_BYTES, "cache").ok()?;
                let header = Header::parse(&bytes)?;
                let payload = &bytes[HEADER_LEN..];
                let whole = header.format == FORMAT
                    && header.kind == Kind::Index as u32
                    && header.fingerprint == fingerprint
                    && header.length == payload.len() as u64
                    && header.checksum == xxh3_64(payload);
                if !whole {
                    return None;
                }
                let index: SearchIndex = postcard::from_bytes(payload).ok()?;
                Some((header.key, index))
            })
            .ok()
    }

    /// Stores the search index of a corpus.
    pub fn store_index(&self, set: u64, key: u64, index: &SearchIndex) {
        if self.dir.is_none() {
            return;
        }
        match postcard::to_allocvec(index) {
            Ok(payload) => self.write(Kind::Index, key, &format!("index-{set:016x}.bin"), &payload),
            Err(err) => self.warn(format!("cannot encode the cache: {err}")),
        }
    }

    /// A cache file whose header matches exactly, checksum included (its payload starts at
    /// [`HEADER_LEN`]).
    fn read(&self, kind: Kind, key: u64, name: &str) -> Option<Vec<u8>> {
        let path = self.dir.as_ref()?.join(name);
        let bytes = read::read_bounded(&path, MAX_CACHE_BYTES, "cache").ok()?;
        self.check(&bytes, kind, key)?;
        Some(bytes)
    }

    /// Where the payload starts, when the header is whole and matches `kind`, `key` and this
    /// fingerprint, and the payload has the stated length and checksum.
    fn check(&self, bytes: &[u8], kind: Kind, key: u64) -> Option<usize> {
        let header = Header::parse(bytes)?;
        let payload = &bytes[HEADER_LEN..];
        (header.format == FORMAT
            && header.kind == kind as u32
            && header.fingerprint == self.fingerprint
            && header.key == key
            && header.length == payload.len() as u64
            && header.checksum == xxh3_64(payload))
        .then_some(HEADER_LEN)
    }

    /// Writes a cache file aside and renames it into place; on failure, one warning and no
    /// cache.
    fn write(&self, kind: Kind, key: u64, name: &str, payload: &[u8]) {
        let Some(dir) = &self.dir else { return };
        if let Err(err) = self.try_write(dir, kind, key, name, payload) {
            self.warn(format!(
                "cannot write the cache in {} ({err}); working without it",
                crate::text::shown_path(dir)
            ));
            return;
        }
        prune(dir);
    }

    fn try_write(
        &self,
        dir: &Path,
        kind: Kind,
        key: u64,
        name: &str,
        payload: &[u8],
    ) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let aside = dir.join(format!(
            ".{name}.{}.{}.tmp",
            std::process::id(),
            crate::corpus::now_ns()
        ));
        let result = (|| {
            let mut file = std::fs::File::create(&aside)?;
            let header = Header {
                format: FORMAT,
                kind: kind as u32,
                fingerprint: self.fingerprint,
                key,
                length: payload.len() as u64,
                checksum: xxh3_64(payload),
            };
            file.write_all(&header.bytes())?;
            file.write_all(payload)?;
            file.sync_data()?;
            std::fs::rename(&aside, dir.join(name))
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&aside);
        }
        result
    }

    /// Records a warning, once per process.
    fn warn(&self, message: String) {
        if let Ok(mut warned) = self.warned.lock() {
            if *warned {
                return;
            }
            *warned = true;
        }
        if let Ok(mut warnings) = self.warnings.lock() {
            warnings.push(message);
        }
    }

    /// The warnings so far, taken.
    pub fn take_warnings(&self) -> Vec<String> {
        self.warnings
            .lock()
            .map(|mut w| std::mem::take(&mut *w))
            .unwrap_or_default()
    }

    /// Size and state of the cache folder.
    pub fn info(&self) -> Info {
        let mut info = Info {
            dir: self.dir.as_deref().map(crate::text::shown_path),
            files: 0,
            bytes: 0,
            unusable: 0,
        };
        for (path, meta) in cache_files(self.dir.as_deref()) {
            info.files += 1;
            info.bytes += meta.len();
            let bytes = read::read_bounded(&path, MAX_CACHE_BYTES, "cache");
            let usable = bytes.ok().is_some_and(|bytes| {
                Header::parse(&bytes).is_some_and(|h| {
                    h.format == FORMAT
                        && h.fingerprint == self.fingerprint
                        && h.length == (bytes.len() - HEADER_LEN) as u64
                        && h.checksum == xxh3_64(&bytes[HEADER_LEN..])
                })
            });
            if !usable {
                info.unusable += 1;
            }
        }
        info
    }

    /// Removes every cache file (and leftovers of interrupted writes); returns how many.
    pub fn clear(&self) -> std::io::Result<usize> {
        let mut removed = 0;
        for (path, _) in cache_files(self.dir.as_deref()) {
            std::fs::remove_file(path)?;
            removed += 1;
        }
        Ok(removed)
    }
}

/// The fixed header of a cache file.
struct Header {
    format: u32,
    kind: u32,
    fingerprint: u64,
    key: u64,
    length: u64,
    checksum: u64,
}

impl Header {
    fn parse(bytes: &[u8]) -> Option<Header> {
        let header = bytes.get(..HEADER_LEN)?;
        if &header[..8] != MAGIC {
            return None;
        }
        let u32_at = |at: usize| header[at..at + 4].try_into().ok().map(u32::from_le_bytes);
        let u64_at = |at: usize| header[at..at + 8].try_into().ok().map(u64::from_le_bytes);
        Some(Header {
            format: u32_at(8)?,
            kind: u32_at(12)?,
            fingerprint: u64_at(16)?,
            key: u64_at(24)?,
            length: u64_at(32)?,
            checksum: u64_at(40)?,
        })
    }

    fn bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.format.to_le_bytes());
        out.extend_from_slice(&self.kind.to_le_bytes());
        out.extend_from_slice(&self.fingerprint.to_le_bytes());
        out.extend_from_slice(&self.key.to_le_bytes());
        out.extend_from_slice(&self.length.to_le_bytes());
        out.extend_from_slice(&self.checksum.to_le_bytes());
        out
    }
}

/// steppe's files in the cache folder (cache files and leftovers of interrupted writes).
fn cache_files(dir: Option<&Path>) -> Vec<(PathBuf, std::fs::Metadata)> {
    let Some(Ok(entries)) = dir.map(std::fs::read_dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            (name.starts_with("imports-") || name.starts_with("index-")) && name.ends_with(".bin")
                || (name.starts_with(".imports-") || name.starts_with(".index-"))
                    && name.ends_with(".tmp")
        })
        .filter_map(|e| Some((e.path(), e.metadata().ok()?)))
        .filter(|(_, meta)| meta.is_file())
        .collect()
}

/// Keeps the cache folder from growing without end (every temporary folder searched once leaves
/// a file): beyond [`MAX_FILES`], the least recently written go.
fn prune(dir: &Path) {
    let mut files: Vec<(PathBuf, u128)> = cache_files(Some(dir))
        .into_iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "bin"))
        .map(|(p, m)| (p, crate::corpus::modified_ns(&m)))
        .collect();
    if files.len() <= MAX_FILES {
        return;
    }
    files.sort_by_key(|(_, modified)| std::cmp::Reverse(*modified));
    for (path, _) in files.into_iter().skip(MAX_FILES) {
        let _ = std::fs::remove_file(path);
    }
}
