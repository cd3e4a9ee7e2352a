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
//! Four kinds of file, one each per set of sources (the library with the built-in reports, or
//! the PATHs of one command line):
//! - `imports-KEY.bin`: a directory (per report file: its [`Stamp`], content hash, diagnostics,
//!   and its report's head and blob place, checked by the header's checksum);
//! - `blobs-KEY.bin`: one postcard blob per report, each with its own checksum (kept in the
//!   directory), read and decoded only when the report is needed. Blobs are appended: adding a
//!   report writes its blob and a new directory, never the other reports' blobs again. The file
//!   is written anew (a new *generation*, which the directory names) when it is more than half
//!   blobs no directory uses any more, or when it cannot be used;
//! - `index-KEY.bin`: the [`SearchIndex`] of the corpus those imports gave (columns under the
//!   header's checksum, then the entries' texts and the posting lists, each with its own
//!   checksum so that a query can read just those it needs), with the identity of each report it
//!   indexes;
//! - `delta-KEY.bin`: the index of the reports added or changed since that index, so that adding
//!   one report indexes one report.

// (Keys are report paths, thousands at a time: a fast hash, not a DoS-resistant one.)
use foldhash::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::{xxh3_64, Xxh3};

use crate::corpus::summary::ReportSummary;
use crate::corpus::{read, Diagnostic, ImportCache, ImportRules, Record, Report, Reused, Stamp};
use crate::search::{IndexTexts, SearchIndex};

/// First bytes of every cache file.
const MAGIC: &[u8; 8] = b"STPCACHE";
/// Layout of the payloads; bump when [`Report`], [`SearchIndex`] or the entries change shape.
const FORMAT: u32 = 9;
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
    Blobs = 3,
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

/// One report file's import as stored in the directory of an imports file; the report itself
/// is a blob after the directory, read and checked only when asked for. Read with `S` the
/// summary's bytes borrowed from the directory, kept with `S` a [`Summary`].
#[derive(Serialize, Deserialize)]
struct Entry<S = Summary> {
    stamp: Stamp,
    hash: u64,
    started: u128,
    report: Option<Blob<S>>,
    diagnostics: Vec<Diagnostic>,
}

/// Where a report's encoding lies in the blobs file, with its checksum, its head (the report
/// without sections and footnotes) and its summary (the shape of its sections and items): what
/// a list or the reader's first frame needs.
#[derive(Serialize, Deserialize)]
struct Blob<S = Summary> {
    offset: u64,
    len: u64,
    checksum: u64,
    head: Report,
    summary: S,
}

impl<S> Entry<S> {
    /// The same entry with its summary made another way.
    fn with_summary<T>(self, to: impl FnOnce(S) -> T) -> Entry<T> {
        Entry {
            stamp: self.stamp,
            hash: self.hash,
            started: self.started,
            report: self.report.map(|b| Blob {
                offset: b.offset,
                len: b.len,
                checksum: b.checksum,
                head: b.head,
                summary: to(b.summary),
            }),
            diagnostics: self.diagnostics,
        }
    }
}

/// A report's summary from the directory: kept as its encoding (a place in the directory's
/// bytes, shared) until asked for, so that a command that shows no summary (`search`) does not
/// decode 5 000 of them.
#[derive(Clone)]
pub enum Summary {
    Packed(std::sync::Arc<Vec<u8>>, std::ops::Range<usize>),
    Decoded(ReportSummary),
}

impl Summary {
    /// The summary, decoded; `None` when its bytes are damaged.
    pub fn decoded(self) -> Option<ReportSummary> {
        match self {
            Summary::Packed(bytes, at) => postcard::from_bytes(bytes.get(at)?).ok(),
            Summary::Decoded(summary) => Some(summary),
        }
    }

    /// Its encoding (what the directory keeps).
    fn packed(&self) -> Option<std::borrow::Cow<'_, [u8]>> {
        match self {
            Summary::Packed(bytes, at) => bytes.get(at.clone()).map(Into::into),
            Summary::Decoded(summary) => postcard::to_allocvec(summary).ok().map(Into::into),
        }
    }
}

impl Serialize for Summary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let bytes = self
            .packed()
            .ok_or_else(|| serde::ser::Error::custom("cannot encode a summary"))?;
        serializer.serialize_bytes(&bytes)
    }
}

impl std::fmt::Debug for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Summary::Packed(_, at) => write!(f, "Summary::Packed({} bytes)", at.len()),
            Summary::Decoded(_) => f.write_str("Summary::Decoded"),
        }
    }
}

/// Earlier imports of one set of sources, handed out once each. Reports are decoded when handed
/// out, or — for [`Imports::lazy`] — only their heads, the rest on request
/// ([`Imports::report`]).
pub struct Imports {
    entries: Mutex<HashMap<String, Entry>>,
    /// The blobs file, open: blobs are read from it (a newer file renamed over it changes
    /// nothing).
    file: std::fs::File,
    /// The blobs file's generation (the key in its header).
    generation: u64,
    lazy: bool,
    /// Per report handed out, by source: its blob and its file.
    handed: Mutex<HashMap<String, (Pending, PathBuf)>>,
    /// Per report handed out as a head, by source: its summary.
    summaries: Mutex<HashMap<String, Summary>>,
    /// Set when an entry was handed out with a later import time than stored (its content
    /// compared equal long enough after its modification): the directory is worth writing
    /// again.
    refreshed: std::sync::atomic::AtomicBool,
}

/// The imports of a set of sources as the cache recorded them ([`Cache::recorded`]), in the
/// order the load gave them.
pub struct Recorded {
    /// The blobs file, for decoding the reports (nothing is handed out by looking files up).
    pub imports: Imports,
    /// Per report file, its record (none fresh; their diagnostics are in `diagnostics`).
    pub records: Vec<Record>,
    /// Per report, its head…
    pub heads: Vec<Report>,
    /// …its blob in the blobs file, and its file…
    pub pending: Vec<Option<(Pending, PathBuf)>>,
    /// …and its summary.
    pub summaries: Vec<Option<Summary>>,
    /// Every file's diagnostics, in order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Where a blob lies in the blobs file: offset, length and checksum.
type Place = (u64, u64, u64);

/// A report of the cache not yet decoded: its blob in the blobs file.
#[derive(Debug, Clone)]
pub struct Pending {
    offset: u64,
    len: u64,
    checksum: u64,
}

impl std::fmt::Debug for Imports {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Imports")
            .field("left_over", &self.left_over())
            .field("lazy", &self.lazy)
            .finish_non_exhaustive()
    }
}

impl Imports {
    /// Earlier imports read from a directory: `entries` by source path, `lazy` when reports
    /// are handed out undecoded (see [`Cache::recorded`]).
    fn new(
        entries: HashMap<String, Entry>,
        file: std::fs::File,
        generation: u64,
        lazy: bool,
    ) -> Imports {
        Imports {
            entries: Mutex::new(entries),
            file,
            generation,
            lazy,
            handed: Mutex::new(HashMap::default()),
            summaries: Mutex::new(HashMap::default()),
            refreshed: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Entries not handed out: files removed since (or not reached), so the cache is stale.
    pub fn left_over(&self) -> usize {
        self.entries.lock().map_or(usize::MAX, |e| e.len())
    }

    /// True when some entry handed out had to have its content compared and was found
    /// unchanged long after its modification time: storing the imports again spares the next
    /// run that reading.
    pub fn refreshed(&self) -> bool {
        self.refreshed.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Hands out report heads only (see [`Imports::pending`]).
    pub fn lazy(mut self) -> Imports {
        self.lazy = true;
        self
    }

    /// The blob of the report handed out for a source, and its file.
    pub fn pending(&self, source: &str) -> Option<(Pending, PathBuf)> {
        let handed = self.handed.lock().ok()?;
        handed.get(source).cloned()
    }

    /// Decodes every entry's summary now (they are kept encoded until then): on the thread
    /// that reads the directory, while another stamps the files, for the commands that show
    /// every report's summary (`list`, the reader). An entry whose summary is damaged is
    /// dropped, so its file is imported again.
    pub fn decode_summaries(self) -> Imports {
        if let Ok(mut entries) = self.entries.lock() {
            entries.retain(|_, entry| {
                let Some(blob) = entry.report.as_mut() else {
                    return true;
                };
                let summary = std::mem::replace(
                    &mut blob.summary,
                    Summary::Packed(std::sync::Arc::default(), 0..0),
                );
                match summary.decoded() {
                    Some(summary) => {
                        blob.summary = Summary::Decoded(summary);
                        true
                    }
                    None => false,
                }
            });
        }
        self
    }

    /// The summary of a report handed out as a head, moved out (decoded or not, see
    /// [`Imports::decode_summaries`]).
    pub fn take_summary(&self, source: &str) -> Option<Summary> {
        self.summaries.lock().ok()?.remove(source)
    }

    /// The summary of a report handed out as a head, as kept (to store it again).
    fn kept_summary(&self, source: &str) -> Option<Summary> {
        self.summaries.lock().ok()?.get(source).cloned()
    }

    /// A report's whole encoding, when its checksum holds.
    fn blob(&self, offset: u64, len: u64, checksum: u64) -> Option<Vec<u8>> {
        use std::os::unix::fs::FileExt;
        let len = usize::try_from(len).ok()?;
        let mut bytes = vec![0; len];
        self.file.read_exact_at(&mut bytes, offset).ok()?;
        (xxh3_64(&bytes) == checksum).then_some(bytes)
    }

    /// Decodes a report handed out as a head; `None` when its bytes are damaged.
    pub fn report(&self, pending: &Pending) -> Option<Report> {
        let bytes = self.blob(pending.offset, pending.len, pending.checksum)?;
        postcard::from_bytes(&bytes).ok()
    }

    /// The raw blob of a report handed out, checked (to copy into a new file).
    fn raw(&self, source: &str) -> Option<Vec<u8>> {
        let (p, _) = self.pending(source)?;
        self.blob(p.offset, p.len, p.checksum)
    }
}

impl ImportCache for Imports {
    fn reuse(&self, path: &Path, stamp: &Stamp) -> Option<Reused> {
        let (hash, mut started) = {
            let entries = self.entries.lock().ok()?;
            let entry = entries.get(&stamp.source)?;
            // (The entry's source is its key, moved out of its stamp.)
            let same = entry.stamp.size == stamp.size
                && entry.stamp.modified == stamp.modified
                && entry.stamp.sidecar == stamp.sidecar
                && entry.stamp.row == stamp.row;
            if !same {
                return None;
            }
            (entry.hash, entry.started)
        };
        // Changed within the same tick of a coarse clock: only the content can tell (read
        // without holding the entries, so that other threads go on meanwhile).
        if stamp.modified + RACY_NS >= started {
            let now = crate::corpus::now_ns();
            let bytes = read::read_bounded(path, read::MAX_REPORT_BYTES, "report").ok()?;
            if xxh3_64(&bytes) != hash {
                return None;
            }
            // Read now, long enough after its modification time that a later change would
            // show in the time: as if imported now, so that the next run need not read it
            // again (the caller stores the entry anew, see [`Imports::refreshed`]).
            if stamp.modified + RACY_NS < now {
                started = now;
                self.refreshed
                    .store(true, std::sync::atomic::Ordering::Relaxed);
            }
        }
        let mut entries = self.entries.lock().ok()?;
        let entry = entries.get(&stamp.source)?;
        let Some(blob) = &entry.report else {
            let entry = entries.remove(&stamp.source)?;
            return Some(Reused {
                report: None,
                diagnostics: entry.diagnostics,
                hash: entry.hash,
                started,
            });
        };
        let decoded = if self.lazy {
            None
        } else {
            let bytes = self.blob(blob.offset, blob.len, blob.checksum)?;
            Some(postcard::from_bytes(&bytes).ok()?)
        };
        let entry = entries.remove(&stamp.source)?;
        let Blob {
            offset,
            len,
            checksum,
            head,
            summary,
        } = entry.report?;
        // Lazily: the head and the summary, moved out (they are not needed again).
        let report = match decoded {
            Some(report) => report,
            None => {
                self.summaries
                    .lock()
                    .ok()?
                    .insert(stamp.source.clone(), summary);
                head
            }
        };
        let pending = Pending {
            offset,
            len,
            checksum,
        };
        self.handed
            .lock()
            .ok()?
            .insert(stamp.source.clone(), (pending, path.to_path_buf()));
        Some(Reused {
            report: Some(report),
            diagnostics: entry.diagnostics,
            hash: entry.hash,
            started,
        })
    }
}

/// A report's head: the report without its sections and footnotes.
pub fn head(report: &Report) -> Report {
    report.head()
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

    /// The earlier imports of a set of sources, or nothing when there are none usable. Only
    /// the header and the directory are read and checked here; each report's blob is checked
    /// when it is read.
    pub fn imports(&self, set: u64) -> Option<Imports> {
        let (generation, entries, file) = self.directory(set)?;
        let entries = entries
            .into_iter()
            .map(|mut e| (std::mem::take(&mut e.stamp.source), e))
            .collect();
        Some(Imports::new(entries, file, generation, false))
    }

    /// The directory of a set's imports, in its stored order, with its blobs file open (both
    /// checked: header, checksum, every blob within the file).
    fn directory(&self, set: u64) -> Option<(u64, Vec<Entry>, std::fs::File)> {
        let dir = self.dir.as_ref()?;
        let (_, _, _, directory) = open_checked(
            &dir.join(format!("imports-{set:016x}.bin")),
            Kind::Imports,
            self.fingerprint,
            Some(set),
        )?;
        // The summaries stay in the directory's bytes, undecoded, until asked for.
        let directory = std::sync::Arc::new(directory);
        let (generation, entries): (u64, Vec<Entry<&[u8]>>) =
            postcard::from_bytes(&directory).ok()?;
        let start = directory.as_ptr() as usize;
        let place = |bytes: &[u8]| {
            let at = (bytes.as_ptr() as usize).wrapping_sub(start);
            Summary::Packed(directory.clone(), at..at + bytes.len())
        };
        let (file, size, _, _) = open_checked(
            &dir.join(format!("blobs-{set:016x}.bin")),
            Kind::Blobs,
            self.fingerprint,
            Some(generation),
        )?;
        // Every blob must lie within the file (a truncated file is refused here).
        let within = entries.iter().filter_map(|e| e.report.as_ref()).all(|b| {
            b.offset >= HEADER_LEN as u64
                && b.offset.checked_add(b.len).is_some_and(|end| end <= size)
        });
        if !within {
            return None;
        }
        let entries = entries.into_iter().map(|e| e.with_summary(place)).collect();
        Some((generation, entries, file))
    }

    /// The imports of a set of sources as they were recorded, without looking at the files
    /// (the reader draws its first frame from this, then checks the files on a worker, see
    /// `crate::tui::loading`). `None` when there is no usable directory.
    pub fn recorded(&self, set: u64) -> Option<Recorded> {
        let (generation, entries, file) = self.directory(set)?;
        let mut recorded = Recorded {
            imports: Imports::new(HashMap::default(), file, generation, true),
            records: Vec::with_capacity(entries.len()),
            heads: Vec::with_capacity(entries.len()),
            pending: Vec::with_capacity(entries.len()),
            summaries: Vec::with_capacity(entries.len()),
            diagnostics: Vec::new(),
        };
        for mut entry in entries {
            let report = entry.report.map(|blob| {
                let pending = Pending {
                    offset: blob.offset,
                    len: blob.len,
                    checksum: blob.checksum,
                };
                let path = PathBuf::from(&entry.stamp.source);
                recorded.pending.push(Some((pending, path)));
                recorded.summaries.push(Some(blob.summary));
                recorded.heads.push(blob.head);
                recorded.heads.len() - 1
            });
            recorded.diagnostics.append(&mut entry.diagnostics);
            recorded.records.push(Record {
                stamp: entry.stamp,
                hash: entry.hash,
                started: entry.started,
                report,
                diagnostics: Vec::new(),
                fresh: false,
            });
        }
        Some(recorded)
    }

    /// Stores the imports of a set of sources (what [`crate::corpus::load_recorded`] returned):
    /// the blobs of reports imported now are appended to the blobs file `earlier` came from,
    /// the others stay where they are; then the directory is written. When that file is gone,
    /// replaced or mostly unused, a new one is written with every blob (those of `earlier`
    /// copied without decoding).
    pub fn store_imports(
        &self,
        set: u64,
        records: &[Record],
        reports: &[Report],
        earlier: Option<&Imports>,
    ) {
        let Some(dir) = &self.dir else { return };
        // One process at a time writes a set's blobs and directory, so that the directory
        // always names the blobs file left in place (two writing a new file each at once
        // could otherwise leave one's directory beside the other's blobs: never wrong, since
        // the generation is checked, but everything would be imported again).
        let lock = std::fs::create_dir_all(dir).and_then(|()| {
            let file = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(dir.join(format!("write-{set:016x}.lock")))?;
            file.lock()?;
            Ok(file)
        });
        let _lock = match lock {
            Ok(file) => file,
            Err(err) => return self.warn_unwritable(dir, &err),
        };
        let encode = |report: &Report| match postcard::to_allocvec(report) {
            Ok(bytes) => Some(bytes),
            Err(err) => {
                self.warn(format!("cannot encode the cache: {err}"));
                None
            }
        };
        let path = dir.join(format!("blobs-{set:016x}.bin"));
        let appended = earlier.and_then(|earlier| {
            self.append_blobs(&path, earlier, records, reports, &encode)
                .transpose()
        });
        let (generation, places) = match appended {
            Some(Ok(done)) => done,
            Some(Err(err)) => return self.warn_unwritable(dir, &err),
            None => {
                // A new generation with every blob.
                let generation = xxh3_64(
                    format!("{}.{}", std::process::id(), crate::corpus::now_ns()).as_bytes(),
                );
                let mut blobs = Vec::new();
                let mut places = Vec::with_capacity(records.len());
                for r in records {
                    let Some(report) = r.report.and_then(|i| reports.get(i)) else {
                        places.push(None);
                        continue;
                    };
                    let raw = earlier
                        .filter(|_| !r.fresh)
                        .and_then(|earlier| earlier.raw(&r.stamp.source));
                    let Some(bytes) = raw.or_else(|| encode(report)) else {
                        return;
                    };
                    let offset = (HEADER_LEN + blobs.len()) as u64;
                    places.push(Some((offset, bytes.len() as u64, xxh3_64(&bytes))));
                    blobs.extend_from_slice(&bytes);
                }
                let name = format!("blobs-{set:016x}.bin");
                if !self.write(Kind::Blobs, generation, &name, &[], &blobs) {
                    return;
                }
                (generation, places)
            }
        };
        let mut entries = Vec::with_capacity(records.len());
        for (r, place) in records.iter().zip(places) {
            let report = r.report.and_then(|i| reports.get(i));
            let blob = place
                .zip(report)
                .map(|((offset, len, checksum), report)| Blob {
                    offset,
                    len,
                    checksum,
                    head: head(report),
                    // A report reused lazily is only a head here: its summary is the earlier.
                    summary: earlier
                        .filter(|_| !r.fresh)
                        .and_then(|e| e.kept_summary(&r.stamp.source))
                        .unwrap_or_else(|| Summary::Decoded(ReportSummary::of(report))),
                });
            entries.push(Entry {
                stamp: r.stamp.clone(),
                hash: r.hash,
                started: r.started,
                report: blob,
                diagnostics: r.diagnostics.clone(),
            });
        }
        match postcard::to_allocvec(&(generation, &entries)) {
            Ok(directory) => {
                let name = format!("imports-{set:016x}.bin");
                self.write(Kind::Imports, set, &name, &directory, &[]);
            }
            Err(err) => self.warn(format!("cannot encode the cache: {err}")),
        }
    }

    /// Appends the blobs of the reports imported now to the blobs file at `path` when it is
    /// still `earlier`'s (same generation) and would stay at least half used; returns its
    /// generation and every record's blob place. `Ok(None)`: write a new file instead.
    fn append_blobs(
        &self,
        path: &Path,
        earlier: &Imports,
        records: &[Record],
        reports: &[Report],
        encode: &dyn Fn(&Report) -> Option<Vec<u8>>,
    ) -> std::io::Result<Option<(u64, Vec<Option<Place>>)>> {
        use std::io::{Read, Seek};
        // Kept blobs, and the reports to encode now.
        let mut places: Vec<Option<Place>> = Vec::with_capacity(records.len());
        let mut new: Vec<(usize, Vec<u8>)> = Vec::new();
        let mut live = 0u64;
        for r in records {
            let Some(report) = r.report.and_then(|i| reports.get(i)) else {
                places.push(None);
                continue;
            };
            match earlier.pending(&r.stamp.source).filter(|_| !r.fresh) {
                Some((p, _)) => {
                    live += p.len;
                    places.push(Some((p.offset, p.len, p.checksum)));
                }
                None => {
                    let Some(bytes) = encode(report) else {
                        return Ok(None);
                    };
                    live += bytes.len() as u64;
                    new.push((places.len(), bytes));
                    places.push(None);
                }
            }
        }
        let mut file = match std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
        {
            Ok(file) => file,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(err),
        };
        // One writer at a time: each appends at the end as it finds it.
        file.lock()?;
        let mut head = vec![0; HEADER_LEN];
        let same = file.read_exact(&mut head).is_ok()
            && Header::parse(&head).is_some_and(|h| {
                h.format == FORMAT
                    && h.kind == Kind::Blobs as u32
                    && h.fingerprint == self.fingerprint
                    && h.key == earlier.generation
            });
        let end = file.seek(std::io::SeekFrom::End(0))?;
        let added: u64 = new.iter().map(|(_, b)| b.len() as u64).sum();
        if !same || end + added > 2 * live + 1024 * 1024 {
            return Ok(None);
        }
        let mut bytes = Vec::with_capacity(added as usize);
        for (at, blob) in new {
            places[at] = Some((end + bytes.len() as u64, blob.len() as u64, xxh3_64(&blob)));
            bytes.extend_from_slice(&blob);
        }
        file.write_all(&bytes)?;
        Ok(Some((earlier.generation, places)))
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

    /// The main search index stored for a set of sources (whatever corpus it indexes: see
    /// [`StoredIndex::reports`]), if whole and current.
    pub fn index(&self, set: u64, lazy: bool) -> Option<StoredIndex> {
        let path = self.dir.as_ref()?.join(format!("index-{set:016x}.bin"));
        read_index(&path, self.fingerprint, lazy)
    }

    /// Starts reading the main search index of a set of sources on another thread, while the
    /// imports are read.
    pub fn prefetch_index(
        &self,
        set: u64,
        lazy: bool,
    ) -> Option<std::thread::JoinHandle<Option<StoredIndex>>> {
        let path = self.dir.as_ref()?.join(format!("index-{set:016x}.bin"));
        let fingerprint = self.fingerprint;
        std::thread::Builder::new()
            .name("steppe-index".into())
            .spawn(move || read_index(&path, fingerprint, lazy))
            .ok()
    }

    /// The index of the reports added or changed since the main index, stored for exactly
    /// this corpus (`key`).
    pub fn delta(&self, set: u64, key: u64) -> Option<StoredIndex> {
        let path = self.dir.as_ref()?.join(format!("delta-{set:016x}.bin"));
        read_index(&path, self.fingerprint, false).filter(|d| d.key == key)
    }

    /// Stores the main search index of a set of sources.
    pub fn store_index(&self, set: u64, stored: &StoredIndex) {
        self.store(&format!("index-{set:016x}.bin"), stored);
    }

    /// Stores the index of the reports added or changed since the main index.
    pub fn store_delta(&self, set: u64, stored: &StoredIndex) {
        self.store(&format!("delta-{set:016x}.bin"), stored);
    }

    fn store(&self, name: &str, stored: &StoredIndex) {
        if self.dir.is_none() {
            return;
        }
        let head = match postcard::to_allocvec(&(stored.base, &stored.reports)) {
            Ok(head) => head,
            Err(err) => return self.warn(format!("cannot encode the cache: {err}")),
        };
        let mut payload = Vec::with_capacity(8 + head.len());
        payload.extend_from_slice(&(head.len() as u64).to_le_bytes());
        payload.extend_from_slice(&head);
        let (columns, texts) = stored.index.encode();
        payload.extend_from_slice(&columns);
        self.write(Kind::Index, stored.key, name, &payload, &texts);
    }

    /// Writes a cache file aside and renames it into place: the header (whose length and
    /// checksum are those of `payload`), `payload`, then `tail` (checked by the payload's own
    /// means). On failure, one warning and no cache.
    fn write(&self, kind: Kind, key: u64, name: &str, payload: &[u8], tail: &[u8]) -> bool {
        let Some(dir) = &self.dir else { return false };
        if let Err(err) = self.try_write(dir, kind, key, name, payload, tail) {
            self.warn_unwritable(dir, &err);
            return false;
        }
        prune(dir);
        true
    }

    /// The one warning for a cache folder that cannot be written.
    fn warn_unwritable(&self, dir: &Path, err: &std::io::Error) {
        self.warn(format!(
            "cannot write the cache in {} ({err}); working without it",
            crate::text::shown_path(dir)
        ));
    }

    fn try_write(
        &self,
        dir: &Path,
        kind: Kind,
        key: u64,
        name: &str,
        payload: &[u8],
        tail: &[u8],
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
            file.write_all(tail)?;
            // No sync: the file is derived data, checked on every read (header checksum, a
            // checksum per report and per text), so what a crash leaves half-written is only
            // rebuilt; waiting for the disk cost more than the rest of adding a report.
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
                    let payload = usize::try_from(h.length)
                        .ok()
                        .and_then(|len| bytes.get(HEADER_LEN..HEADER_LEN.checked_add(len)?));
                    h.format == FORMAT
                        && h.fingerprint == self.fingerprint
                        && payload.is_some_and(|p| h.checksum == xxh3_64(p))
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
        // The writers' lock files (empty; not counted).
        if let Some(Ok(entries)) = self.dir.as_deref().map(std::fs::read_dir) {
            for entry in entries.flatten() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if name.starts_with("write-") && name.ends_with(".lock") {
                    std::fs::remove_file(entry.path())?;
                }
            }
        }
        Ok(removed)
    }
}

/// A search index as stored: the corpus key it was made for, the reports it indexes (in its
/// order: each report's identity, see `crate::library`), and for the index of reports added
/// since (a delta) the key of the main index it completes.
#[derive(Debug)]
pub struct StoredIndex {
    pub key: u64,
    pub base: u64,
    pub reports: Vec<u64>,
    pub index: SearchIndex,
}

/// A stored index file, when whole and made by this steppe with these rules. With `lazy`, the
/// entries' texts stay in the file until a query reads them (checked then, see
/// [`SearchIndex::damaged`]); else they are read and checked now.
fn read_index(path: &Path, fingerprint: u64, lazy: bool) -> Option<StoredIndex> {
    use std::io::Read;
    use std::os::unix::fs::FileExt;
    // The columns are converted as they are read (through the checksum), not copied whole
    // first: at 5 000 reports that copy was 16 MB of fresh memory per search.
    let (file, size, header) = open_header(path, Kind::Index, fingerprint, None)?;
    let end = (HEADER_LEN as u64).checked_add(header.length)?;
    let texts = if lazy {
        IndexTexts::File {
            file: file.try_clone().ok()?,
            at: end,
        }
    } else {
        let mut rest = vec![0; usize::try_from(size.checked_sub(end)?).ok()?];
        file.read_exact_at(&mut rest, end).ok()?;
        IndexTexts::Bytes(rest)
    };
    let mut payload = Hashing {
        from: (&file).take(header.length),
        hasher: Xxh3::new(),
    };
    let mut head_len = [0; 8];
    payload.read_exact(&mut head_len).ok()?;
    let head_len = usize::try_from(u64::from_le_bytes(head_len)).ok()?;
    let columns_len = usize::try_from(header.length)
        .ok()?
        .checked_sub(8)?
        .checked_sub(head_len)?;
    let mut head = vec![0; head_len];
    payload.read_exact(&mut head).ok()?;
    let (base, reports): (u64, Vec<u64>) = postcard::from_bytes(&head).ok()?;
    let index = SearchIndex::decode_from(&mut payload, columns_len, texts)?;
    (payload.hasher.digest() == header.checksum).then_some(StoredIndex {
        key: header.key,
        base,
        reports,
        index,
    })
}

/// A reader that hashes what it reads.
struct Hashing<R> {
    from: R,
    hasher: Xxh3,
}

impl<R: std::io::Read> std::io::Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.from.read(buf)?;
        self.hasher.update(buf.get(..n).unwrap_or_default());
        Ok(n)
    }
}

/// The fixed header of a cache file.
/// Opens a cache file and reads its header and checksummed first part: `None` unless the file
/// is whole, of this format and kind, made by this steppe with these rules, and (when `key` is
/// given) for that set of sources. Returns the file (positioned after that part), its size,
/// the header and the part.
fn open_checked(
    path: &Path,
    kind: Kind,
    fingerprint: u64,
    key: Option<u64>,
) -> Option<(std::fs::File, u64, Header, Vec<u8>)> {
    use std::io::Read;
    let (mut file, size, header) = open_header(path, kind, fingerprint, key)?;
    let mut part = vec![0; usize::try_from(header.length).ok()?];
    file.read_exact(&mut part).ok()?;
    (xxh3_64(&part) == header.checksum).then_some((file, size, header, part))
}

/// [`open_checked`] without reading the checksummed part: the file is positioned at its
/// start, and the caller checks it against the header's checksum.
fn open_header(
    path: &Path,
    kind: Kind,
    fingerprint: u64,
    key: Option<u64>,
) -> Option<(std::fs::File, u64, Header)> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).ok()?;
    let size = file.metadata().ok()?.len();
    let mut head = vec![0; HEADER_LEN];
    file.read_exact(&mut head).ok()?;
    let header = Header::parse(&head)?;
    let current = header.format == FORMAT
        && header.kind == kind as u32
        && header.fingerprint == fingerprint
        && key.is_none_or(|key| header.key == key)
        && header.length <= size.saturating_sub(HEADER_LEN as u64)
        && header.length <= MAX_CACHE_BYTES;
    current.then_some((file, size, header))
}

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
            let ours = |prefix: &str| {
                ["imports-", "blobs-", "index-", "delta-"]
                    .iter()
                    .any(|kind| name.starts_with(&format!("{prefix}{kind}")))
            };
            ours("") && name.ends_with(".bin") || ours(".") && name.ends_with(".tmp")
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
