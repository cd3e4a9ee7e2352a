//! Search over everything loaded, in two tiers.
//!
//! The **exact tier** is primary: every query word must occur, as a substring of text folded once
//! at load time (lowercase, no diacritics, plain quotes and dashes), in an item's text or its
//! context (section heading, report title, countries, cited footnotes), in any order. Fuzzy
//! scoring of whole paragraphs was measured to return mostly scattered-letter junk, so it is not
//! used. The **typo tier** runs only when the exact tier finds fewer than [`HANDFUL`] hits: each
//! query word is compared with the corpus *vocabulary* (fuzzy-matcher's SkimMatcherV2 with the
//! matched letters close together, or at most [`max_typo_edits`] edits), and hits found this
//! way are marked approximate and ranked below exact ones.
//!
//! Queries may carry filters: `@kaz` (country by name prefix or ISO code), `#corruption` (theme),
//! `!rec` (recommendations only) or `!finding`.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering as AtomicOrdering};
use std::sync::OnceLock;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use memchr::memmem;

use crate::corpus::gazetteer::Gazetteer;
use crate::corpus::model::{Corpus, ItemKind};
use crate::corpus::themes::ThemeRules;
use crate::resolve::{self, CountryId, ResolveError, ThemeId};
use crate::text::{fold, fold_with_offsets};

/// Below this many exact hits the typo tier is tried too.
pub const HANDFUL: usize = 5;
/// Query-word parts shorter than this (bytes) are not looked up in the vocabulary: one or two
/// letters occur in nearly every item, and the union of their postings costs more than it saves.
pub const MIN_INDEXED_PART: usize = 3;

/// Hits kept per search.
pub const DEFAULT_LIMIT: usize = 200;

/// How many edits (insertions, deletions, substitutions, transpositions) a query word of this
/// length may be from a corpus word and still count as a near-spelling. The one threshold of the
/// typo tier.
pub fn max_typo_edits(query_word_chars: usize) -> usize {
    match query_word_chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The matched letters of a SkimMatcherV2 match must lie within this many times the query
/// word's length ("magnitsky" may not be picked out of a whole sentence).
pub const TYPO_SPAN_FACTOR: usize = 2;

/// Why part of a query cannot be used; shown to the user under the prompt or on stderr.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// `@name`, `#name`, `--country` or `--theme` names no single country or theme.
    #[error("{0}")]
    Filter(#[from] ResolveError),
    /// `!something` that is neither `!rec` nor `!finding`.
    #[error("unknown filter !{0} (use !rec or !finding)")]
    UnknownKind(String),
    /// `&something` that is not an action category 1–5.
    #[error("unknown filter &{0} (use &1 … &5: the action category, 5 the most specific)")]
    UnknownAction(String),
}

/// A parsed query: folded words plus filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Folded words, in query order.
    pub words: Vec<String>,
    /// Country filter.
    pub country: Option<CountryId>,
    /// Theme filter.
    pub theme: Option<ThemeId>,
    /// Kind filter.
    pub kind: Option<ItemKind>,
    /// Action category filter (`&5`): recommendations of this category (1–5) only.
    pub action: Option<u8>,
    /// Filters that could not be understood.
    pub problems: Vec<QueryError>,
}

impl Query {
    /// Parses query text: words, `@country`, `#theme`, `!rec` / `!finding`, `&1`…`&5` (action
    /// category). Countries and themes
    /// go through the one resolver ([`crate::resolve`]) the CLI's flags use too.
    ///
    /// The gazetteer and the theme rules are read only when the text holds a country or a
    /// theme (the import rules' parts are parsed on first read).
    pub fn parse(
        text: &str,
        gazetteer: &impl std::ops::Deref<Target = Gazetteer>,
        themes: &impl std::ops::Deref<Target = ThemeRules>,
    ) -> Query {
        let mut query = Query::default();
        for token in text.split_whitespace() {
            if let Some(name) = token.strip_prefix('@') {
                if !name.is_empty() {
                    query.set_country(resolve::country(gazetteer, name));
                }
            } else if let Some(name) = token.strip_prefix('#') {
                if !name.is_empty() {
                    query.set_theme(resolve::theme(themes, name));
                }
            } else if let Some(level) = token.strip_prefix('&') {
                match level.parse::<u8>() {
                    Ok(n @ 1..=5) => query.action = Some(n),
                    _ if level.is_empty() => {}
                    _ => query
                        .problems
                        .push(QueryError::UnknownAction(crate::text::sanitize(level))),
                }
            } else if let Some(kind) = token.strip_prefix('!') {
                match fold(kind).as_str() {
                    "" => {}
                    k if "recommendations".starts_with(k) => {
                        query.kind = Some(ItemKind::Recommendation)
                    }
                    k if "findings".starts_with(k) || "paragraphs".starts_with(k) => {
                        query.kind = Some(ItemKind::Paragraph)
                    }
                    _ => query
                        .problems
                        .push(QueryError::UnknownKind(crate::text::sanitize(kind))),
                }
            } else {
                let word = fold(token);
                let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                if !word.is_empty() {
                    query.words.push(word.to_string());
                }
            }
        }
        query
    }

    /// Sets the country filter from a resolver's answer (an error becomes a problem).
    pub fn set_country(&mut self, resolved: Result<CountryId, ResolveError>) {
        match resolved {
            Ok(country) => self.country = Some(country),
            Err(err) => self.problems.push(err.into()),
        }
    }

    /// Sets the theme filter from a resolver's answer (an error becomes a problem).
    pub fn set_theme(&mut self, resolved: Result<ThemeId, ResolveError>) {
        match resolved {
            Ok(theme) => self.theme = Some(theme),
            Err(err) => self.problems.push(err.into()),
        }
    }

    /// True when the query has filters (country, theme or kind) but no words: it lists
    /// everything the filters allow.
    pub fn filters_only(&self) -> bool {
        self.words.is_empty()
            && (self.country.is_some()
                || self.theme.is_some()
                || self.kind.is_some()
                || self.action.is_some())
    }

    /// True when there is nothing to search for (no words).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    fn same_filters(&self, other: &Query) -> bool {
        self.country == other.country && self.theme == other.theme && self.kind == other.kind
    }

    /// True when every hit of `self` must also be an exact hit of `previous` (the user typed
    /// more), so only the previous hits need scanning.
    pub fn narrows(&self, previous: &Query) -> bool {
        self.same_filters(previous)
            && !previous.words.is_empty()
            && self.words.len() >= previous.words.len()
            && previous
                .words
                .iter()
                .zip(&self.words)
                .all(|(old, new)| new.contains(old.as_str()))
    }
}

/// One item as the index sees it, borrowed from the index's columns.
#[derive(Debug, Clone, Copy)]
struct Entry<'a> {
    kind: ItemKind,
    /// Action category 1–5 of a recommendation, 0 for none.
    action: u8,
    /// Ids of the item's countries and themes in [`SearchIndex::names`].
    countries: &'a [u32],
    themes: &'a [u32],
    /// Folded item text.
    text: &'a str,
    /// Folded heading, title, countries and cited footnotes.
    context: &'a str,
}

pub use crate::corpus::model::ItemRef;

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Position of the item in the corpus.
    pub at: ItemRef,
    /// Higher is better.
    pub score: u32,
    /// Found by the typo tier.
    pub approximate: bool,
    /// The folded corpus words that matched (query words, or their near-spellings): what to
    /// highlight.
    pub terms: Vec<String>,
}

/// The search index over one corpus, built once at load time (or read back from the on-disk
/// cache, see `crate::library`).
///
/// Kept as columns — every folded text in one string, every posting list in one array — so that
/// [`SearchIndex::to_bytes`] and [`SearchIndex::from_bytes`] copy a few large blocks instead of
/// encoding and allocating every string and list of a corpus one by one.
#[derive(Debug, Default, PartialEq)]
pub struct SearchIndex {
    /// Per entry: report, section and item in the corpus.
    refs: Vec<[u32; 3]>,
    kinds: Vec<ItemKind>,
    /// Per entry: a recommendation's action category 1–5, 0 for none.
    actions: Vec<u8>,
    /// Per entry: its report's date (newest-first ordering), an id in `names`.
    dates: Vec<u32>,
    /// Per entry: ids in `names`.
    countries: Lists,
    themes: Lists,
    /// Dates, country names and theme ids, once each.
    names: Strings,
    /// Per entry two strings: its folded text, then its folded context.
    texts: Texts,
    vocabulary: Vocabulary,
    /// Per entry, 36 slots: where each of a–z and 0–9 first occurs in its text ([`ABSENT`] when
    /// it does not), an upper bound on how early any query word starting with it can occur. Lets
    /// a one- or two-letter query skip entries that cannot make its top without reading them.
    first_ascii: FirstAscii,
}

/// Entries per piece of a stored [`SearchIndex::first_ascii`] table (read a piece at a time).
const SLOT_BLOCK: usize = 64;

/// The first-occurrence table: in memory, or left in the cache file and read a block of
/// [`SLOT_BLOCK`] entries at a time (at 5 000 reports it is 10 MB, of which a query reads the
/// blocks of its candidates).
#[derive(Debug)]
enum FirstAscii {
    Loaded(Vec<u16>),
    OnDisk(DiskColumn<[u16]>),
}

impl Default for FirstAscii {
    fn default() -> Self {
        FirstAscii::Loaded(Vec::new())
    }
}

impl FirstAscii {
    /// Entry `i`'s 36 slots (all [`ABSENT`] when out of range or damaged).
    fn of(&self, i: u32) -> &[u16] {
        let (block, at) = match self {
            FirstAscii::Loaded(slots) => (slots.as_slice(), i as usize * 36),
            FirstAscii::OnDisk(disk) => (
                disk.get(i as usize / SLOT_BLOCK),
                i as usize % SLOT_BLOCK * 36,
            ),
        };
        block.get(at..at + 36).unwrap_or(&[ABSENT; 36])
    }

    /// Reads the blocks of these entries now (a no-op in memory).
    fn want(&self, entries: impl Iterator<Item = u32>) {
        if let FirstAscii::OnDisk(disk) = self {
            disk.want(entries.map(|e| e as usize / SLOT_BLOCK));
        }
    }

    fn damaged(&self) -> bool {
        match self {
            FirstAscii::Loaded(_) => false,
            FirstAscii::OnDisk(disk) => disk.damaged(),
        }
    }
}

impl PartialEq for FirstAscii {
    fn eq(&self, other: &FirstAscii) -> bool {
        let len = |f: &FirstAscii| match f {
            FirstAscii::Loaded(slots) => slots.len() / 36,
            FirstAscii::OnDisk(disk) => disk.ends.last().map_or(0, |&e| e as usize / 36),
        };
        len(self) == len(other) && (0..len(self) as u32).all(|i| self.of(i) == other.of(i))
    }
}

/// Where piece `i` of a packed column lies, from the pieces' ends (empty when out of range: a
/// checked index never is).
fn piece_span(ends: &[u64], i: usize) -> std::ops::Range<usize> {
    let start = if i == 0 {
        0
    } else {
        ends.get(i - 1).copied().unwrap_or(0)
    };
    let end = ends.get(i).copied().unwrap_or(start).max(start);
    start as usize..end as usize
}

/// Many pieces in one buffer, piece `i` ending at `ends[i]`: the in-memory form of a
/// [`Column`].
trait Packed: Default + std::fmt::Debug {
    type Piece: ?Sized + Piece + PartialEq;
    fn ends(&self) -> &[u64];
    /// Piece `i` (empty when out of range).
    fn get(&self, i: usize) -> &Self::Piece;
    fn push(&mut self, piece: &Self::Piece);
}

/// Many strings in one: string `i` is `bytes[ends[i - 1]..ends[i]]`.
#[derive(Debug, Clone, Default, PartialEq)]
struct Strings {
    bytes: String,
    ends: Vec<u64>,
}

impl Strings {
    fn len(&self) -> usize {
        self.ends.len()
    }
}

impl Packed for Strings {
    type Piece = str;

    fn ends(&self) -> &[u64] {
        &self.ends
    }

    fn get(&self, i: usize) -> &str {
        self.bytes.get(piece_span(&self.ends, i)).unwrap_or("")
    }

    fn push(&mut self, text: &str) {
        self.bytes.push_str(text);
        self.ends.push(self.bytes.len() as u64);
    }
}

/// Many lists of ids in one: list `i` is `ids[ends[i - 1]..ends[i]]`.
#[derive(Debug, Clone, Default, PartialEq)]
struct Lists {
    ids: Vec<u32>,
    ends: Vec<u64>,
}

impl Packed for Lists {
    type Piece = [u32];

    fn ends(&self) -> &[u64] {
        &self.ends
    }

    fn get(&self, i: usize) -> &[u32] {
        self.ids.get(piece_span(&self.ends, i)).unwrap_or(&[])
    }

    fn push(&mut self, list: &[u32]) {
        self.ids.extend_from_slice(list);
        self.ends.push(self.ids.len() as u64);
    }
}

/// A column of pieces: in memory, or left in the cache file and read as queries need them
/// (most of a stored index's bytes are its texts and posting lists, and a query reads few).
#[derive(Debug)]
enum Column<M: Packed> {
    Loaded(M),
    OnDisk(DiskColumn<M::Piece>),
}

/// The entries' folded texts (two per entry: its text, then its context).
type Texts = Column<Strings>;

/// The vocabulary's posting lists (read a word at a time from a stored index).
type Postings = Column<Lists>;

impl<M: Packed> Default for Column<M> {
    fn default() -> Self {
        Column::Loaded(M::default())
    }
}

impl<M: Packed> Column<M> {
    fn ends(&self) -> &[u64] {
        match self {
            Column::Loaded(packed) => packed.ends(),
            Column::OnDisk(disk) => &disk.ends,
        }
    }

    fn len(&self) -> usize {
        self.ends().len()
    }

    /// How long piece `i` is (in its units: bytes, ids), without reading it.
    fn piece_len(&self, i: usize) -> usize {
        piece_span(self.ends(), i).len()
    }

    /// Piece `i` (empty when out of range), read now if it is on disk and was not yet.
    fn get(&self, i: usize) -> &M::Piece {
        match self {
            Column::Loaded(packed) => packed.get(i),
            Column::OnDisk(disk) => disk.get(i),
        }
    }

    /// Appends a piece (a column read from disk is never built on).
    fn push(&mut self, piece: &M::Piece) {
        if let Column::Loaded(packed) = self {
            packed.push(piece);
        }
    }

    /// Reads these pieces now, in as few reads as their places allow (a no-op in memory).
    fn want_pieces(&self, pieces: impl Iterator<Item = usize>) {
        if let Column::OnDisk(disk) = self {
            disk.want(pieces);
        }
    }

    fn damaged(&self) -> bool {
        match self {
            Column::Loaded(_) => false,
            Column::OnDisk(disk) => disk.damaged(),
        }
    }
}

impl<M: Packed> PartialEq for Column<M> {
    fn eq(&self, other: &Column<M>) -> bool {
        self.len() == other.len() && (0..self.len()).all(|i| self.get(i) == other.get(i))
    }
}

impl Texts {
    /// Reads the texts and contexts of these entries now (a no-op in memory).
    fn want(&self, entries: impl Iterator<Item = u32>) {
        self.want_pieces(entries.flat_map(|e| [2 * e as usize, 2 * e as usize + 1]));
    }
}

/// What a [`DiskColumn`] holds: strings (the entries' texts) or lists of ids (posting lists).
trait Piece: 'static + std::fmt::Debug {
    /// Bytes per unit of a piece's length (the column's ends count units).
    const UNIT: u64;
    /// A piece from its bytes (already matched to its checksum); `None` when they are not
    /// one (not UTF-8; an id not below `bound`).
    fn decode(bytes: &[u8], bound: u64) -> Option<Box<Self>>;
    /// What a damaged piece reads as.
    fn empty() -> Box<Self>;
    /// What a piece out of range reads as.
    fn none() -> &'static Self;
}

impl Piece for str {
    const UNIT: u64 = 1;

    fn decode(bytes: &[u8], _: u64) -> Option<Box<str>> {
        std::str::from_utf8(bytes).ok().map(Box::from)
    }

    fn empty() -> Box<str> {
        "".into()
    }

    fn none() -> &'static str {
        ""
    }
}

impl Piece for [u16] {
    const UNIT: u64 = 2;

    fn decode(bytes: &[u8], _: u64) -> Option<Box<[u16]>> {
        Some(
            bytes
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect(),
        )
    }

    fn empty() -> Box<[u16]> {
        Box::new([])
    }

    fn none() -> &'static [u16] {
        &[]
    }
}

impl Piece for [u32] {
    const UNIT: u64 = 4;

    fn decode(bytes: &[u8], bound: u64) -> Option<Box<[u32]>> {
        let ids: Vec<u32> = bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        ids.iter()
            .all(|&id| u64::from(id) < bound)
            .then(|| ids.into_boxed_slice())
    }

    fn empty() -> Box<[u32]> {
        Box::new([])
    }

    fn none() -> &'static [u32] {
        &[]
    }
}

/// Pieces per chunk of a [`DiskColumn`]'s cells.
const CHUNK: usize = 1024;

/// The cells of [`CHUNK`] pieces of a [`DiskColumn`], each set once read.
type Chunk<T> = Box<[OnceLock<Box<T>>]>;

/// A column of pieces (texts or posting lists) left in a cache file: each piece's end and
/// checksum in memory, its bytes read when first asked for and checked then.
#[derive(Debug)]
struct DiskColumn<T: ?Sized + Piece> {
    file: std::fs::File,
    /// Where the pieces' bytes start in the file.
    at: u64,
    /// Per piece, where it ends, in [`Piece::UNIT`]s from `at`.
    ends: Vec<u64>,
    sums: Vec<u64>,
    /// The pieces read so far, in chunks of [`CHUNK`] made when one of theirs is first read
    /// (a query reads few pieces of hundreds of thousands).
    cells: Vec<OnceLock<Chunk<T>>>,
    /// What [`Piece::decode`] checks ids against (the number of entries).
    bound: u64,
    /// A piece whose bytes could not be read, did not match its checksum or were not valid
    /// was met (it reads as empty): the caller must not trust the answer
    /// ([`SearchIndex::damaged`]).
    damaged: AtomicBool,
}

/// Where the texts and posting lists of a stored index are (see [`SearchIndex::decode`]).
#[derive(Debug)]
pub enum IndexTexts {
    /// Read already.
    Bytes(Vec<u8>),
    /// In this file from this offset on: read as queries need them.
    File { file: std::fs::File, at: u64 },
}

impl<T: ?Sized + Piece> DiskColumn<T> {
    fn new(file: std::fs::File, at: u64, ends: Vec<u64>, sums: Vec<u64>, bound: u64) -> Self {
        DiskColumn {
            file,
            at,
            cells: (0..ends.len().div_ceil(CHUNK))
                .map(|_| OnceLock::new())
                .collect(),
            ends,
            sums,
            bound,
            damaged: AtomicBool::new(false),
        }
    }

    /// The cell of piece `i` (its chunk made now if it was not yet); `None` out of range.
    fn cell(&self, i: usize) -> Option<&OnceLock<Box<T>>> {
        if i >= self.ends.len() {
            return None;
        }
        let chunk = self.cells.get(i / CHUNK)?.get_or_init(|| {
            let len = CHUNK.min(self.ends.len() - i / CHUNK * CHUNK);
            (0..len).map(|_| OnceLock::new()).collect()
        });
        chunk.get(i % CHUNK)
    }

    /// Where piece `i` lies, in bytes from `at`.
    fn span(&self, i: usize) -> (u64, u64) {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        (T::UNIT * start, T::UNIT * self.ends[i])
    }

    /// Piece `i` from its bytes, when they match its checksum (`None`: unreadable).
    fn checked(&self, i: usize, bytes: Option<&[u8]>) -> Box<T> {
        let piece = bytes
            .filter(|b| xxhash_rust::xxh3::xxh3_64(b) == self.sums[i])
            .and_then(|b| T::decode(b, self.bound));
        piece.unwrap_or_else(|| {
            self.damaged.store(true, AtomicOrdering::Relaxed);
            T::empty()
        })
    }

    /// Reads pieces `wanted` (ascending, each below the number of pieces), neighbours in one read.
    fn load(&self, wanted: &[usize]) {
        use std::os::unix::fs::FileExt;
        /// Pieces closer than this are read together, with what lies between.
        const GAP: u64 = 4 * 1024;
        /// A read joins no more pieces once it holds this much: one buffer of about this size
        /// serves every read (a query can want most of a 10 MB column, and a fresh buffer for
        /// each large read was that many more pages to fault in).
        const MOST: u64 = 256 * 1024;
        let mut buffer = Vec::new();
        let mut at = 0;
        while at < wanted.len() {
            let from = self.span(wanted[at]).0;
            let mut next = at + 1;
            while next < wanted.len()
                && self.span(wanted[next]).0 <= self.span(wanted[next - 1]).1 + GAP
                && self.span(wanted[next]).1 - from <= MOST
            {
                next += 1;
            }
            let to = self.span(wanted[next - 1]).1;
            buffer.clear();
            buffer.resize((to - from) as usize, 0);
            let read = self.file.read_exact_at(&mut buffer, self.at + from).is_ok();
            for &i in &wanted[at..next] {
                let (start, end) = self.span(i);
                let bytes = read.then(|| &buffer[(start - from) as usize..(end - from) as usize]);
                if let Some(cell) = self.cell(i) {
                    let _ = cell.set(self.checked(i, bytes));
                }
            }
            at = next;
        }
    }

    /// Piece `i` (empty when out of range), read now if it was not yet.
    fn get(&self, i: usize) -> &T {
        match self.cell(i) {
            Some(cell) => {
                if cell.get().is_none() {
                    self.load(&[i]);
                }
                match cell.get() {
                    Some(piece) => piece,
                    None => T::none(),
                }
            }
            None => T::none(),
        }
    }

    /// Reads these pieces now (those not read yet), in as few reads as their places allow.
    fn want(&self, pieces: impl Iterator<Item = usize>) {
        let mut wanted: Vec<usize> = pieces
            .filter(|&i| self.cell(i).is_some_and(|c| c.get().is_none()))
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        self.load(&wanted);
    }

    fn damaged(&self) -> bool {
        self.damaged.load(AtomicOrdering::Relaxed)
    }
}

/// In [`SearchIndex::first_ascii`]: the character does not occur.
const ABSENT: u16 = u16::MAX;

/// The slot of an ASCII letter or digit in [`SearchIndex::first_ascii`].
fn ascii_slot(byte: u8) -> Option<usize> {
    match byte {
        b'a'..=b'z' => Some((byte - b'a') as usize),
        b'0'..=b'9' => Some(26 + (byte - b'0') as usize),
        _ => None,
    }
}

fn first_ascii(text: &str) -> [u16; 36] {
    let mut first = [ABSENT; 36];
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        if let Some(slot) = ascii_slot(byte) {
            if first[slot] == ABSENT {
                first[slot] = at.min(ABSENT as usize - 1) as u16;
            }
        }
    }
    first
}

/// Every distinct folded word (maximal run of letters and digits) of the items' texts and
/// contexts, sorted, with the entries holding each, and a trigram index over the words.
///
/// A query word made of letters and digits only occurs in a text exactly when it occurs inside
/// one of the text's words, so the entries to check for it are those holding a vocabulary word
/// that contains it: found through the trigrams (or a scan of the words, for one or two
/// letters), without touching any item text. Other query words ("non-governmental") are narrowed
/// by their letter-and-digit pieces. Candidates are then checked and scored on the text as
/// before, so results are exactly those of a full scan ([`SearchIndex::scan_exact_candidates`]).
#[derive(Debug, Default, PartialEq)]
struct Vocabulary {
    /// The words, sorted.
    words: Strings,
    /// Per word: the entries whose text holds it, ascending.
    in_text: Postings,
    /// Per word: the entries whose context (but not necessarily text) holds it, ascending.
    in_context: Postings,
    /// Every three bytes of a word, sorted, once each, three bytes a trigram…
    grams: Vec<u8>,
    /// …and per trigram the words holding it, ascending.
    gram_words: Lists,
}

impl Vocabulary {
    /// `texts` holds each entry's text and context in turn (see [`SearchIndex::texts`]).
    fn build(texts: &Texts) -> Vocabulary {
        let mut ids: HashMap<&str, u32> = HashMap::new();
        let mut words: Vec<&str> = Vec::new();
        let mut in_text: Vec<Vec<u32>> = Vec::new();
        let mut in_context: Vec<Vec<u32>> = Vec::new();
        let mut add = |word, index: u32, context: bool| {
            let id = *ids.entry(word).or_insert_with(|| {
                words.push(word);
                in_text.push(Vec::new());
                in_context.push(Vec::new());
                (words.len() - 1) as u32
            }) as usize;
            let list = if context {
                &mut in_context[id]
            } else {
                &mut in_text[id]
            };
            // Entries come in ascending order: one push per entry and word.
            if list.last() != Some(&index) {
                list.push(index);
            }
        };
        for index in 0..texts.len() / 2 {
            for word in words_of(texts.get(2 * index)) {
                add(word, index as u32, false);
            }
            for word in words_of(texts.get(2 * index + 1)) {
                add(word, index as u32, true);
            }
        }
        // Sorted words, so prefixes are ranges.
        let mut order: Vec<u32> = (0..words.len() as u32).collect();
        order.sort_unstable_by_key(|&i| words[i as usize]);
        let mut vocabulary = Vocabulary::default();
        let mut grams: Vec<([u8; 3], u32)> = Vec::new();
        for (id, &old) in order.iter().enumerate() {
            let old = old as usize;
            let word = words[old];
            vocabulary.words.push(word);
            vocabulary.in_text.push(&in_text[old]);
            vocabulary.in_context.push(&in_context[old]);
            let start = grams.len();
            for gram in word.as_bytes().windows(3) {
                let gram = [gram[0], gram[1], gram[2]];
                if !grams[start..].iter().any(|(g, _)| *g == gram) {
                    grams.push((gram, id as u32));
                }
            }
        }
        // By trigram, then word id (a stable sort keeps the ids ascending).
        grams.sort_by_key(|(gram, _)| *gram);
        let mut list = Vec::new();
        for (n, (gram, id)) in grams.iter().enumerate() {
            list.push(*id);
            if grams.get(n + 1).is_none_or(|(next, _)| next != gram) {
                vocabulary.grams.extend_from_slice(gram);
                vocabulary.gram_words.push(&list);
                list.clear();
            }
        }
        vocabulary
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    fn word(&self, id: usize) -> &str {
        self.words.get(id)
    }

    /// The first word id whose word is not less than `word`.
    fn lower_bound(&self, word: &str) -> usize {
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let mid = low + (high - low) / 2;
            if self.word(mid) < word {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        low
    }

    /// The words holding a trigram.
    fn gram(&self, gram: [u8; 3]) -> Option<&[u32]> {
        let (mut low, mut high) = (0, self.grams.len() / 3);
        while low < high {
            let mid = low + (high - low) / 2;
            match self.grams[3 * mid..3 * mid + 3].cmp(&gram[..]) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => return Some(self.gram_words.get(mid)),
            }
        }
        None
    }

    /// The id of a word, when it is in the vocabulary.
    fn id(&self, word: &str) -> Option<u32> {
        let at = self.lower_bound(word);
        (at < self.len() && self.word(at) == word).then_some(at as u32)
    }

    /// Ids of the words that contain `part` (letters and digits only).
    fn containing(&self, part: &str) -> Vec<u32> {
        let bytes = part.as_bytes();
        if bytes.len() < 3 {
            return (0..self.len() as u32)
                .filter(|&id| self.word(id as usize).contains(part))
                .collect();
        }
        let mut rarest: Option<&[u32]> = None;
        for gram in bytes.windows(3) {
            match self.gram([gram[0], gram[1], gram[2]]) {
                None => return Vec::new(),
                Some(list) if rarest.is_none_or(|r| list.len() < r.len()) => rarest = Some(list),
                Some(_) => {}
            }
        }
        rarest
            .map(|list| {
                list.iter()
                    .copied()
                    .filter(|&id| self.word(id as usize).contains(part))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The best word-start bonus (see `exact_score`) any item text can give `word`: 300 when
    /// it is a whole word of some text, 200 when some text word starts with it, else 0. Query
    /// words with other characters than letters and digits can span words: 300.
    fn best_bonus(&self, word: &str) -> u32 {
        if !word.chars().all(char::is_alphanumeric) {
            return 300;
        }
        let from = self.lower_bound(word);
        let mut best = 0;
        for id in from..self.len() {
            let w = self.word(id);
            if !w.starts_with(word) {
                break;
            }
            if self.in_text.piece_len(id) > 0 {
                if w == word {
                    return 300;
                }
                best = 200;
            }
        }
        best
    }
}

/// One query word, ready to be looked for in every entry.
struct Needle {
    finder: memmem::Finder<'static>,
    /// Best word-start bonus possible: the occurrence scan stops once it is reached.
    cap: u32,
    /// When the word is a whole word of some texts: those entries, the only ones where the
    /// whole-word bonus (300) is possible; elsewhere the cap is 200.
    whole: Option<EntrySet>,
}

impl Needle {
    fn cap_for(&self, index: u32) -> u32 {
        match &self.whole {
            Some(set) if !set.contains(index) => self.cap.min(200),
            _ => self.cap,
        }
    }
}

/// The query's words and, for two or more, the whole phrase.
struct Needles {
    words: Vec<Needle>,
    phrase: Option<memmem::Finder<'static>>,
}

/// An entry's exact-tier score, or a lower bound when it cannot reach the current top.
enum Scored {
    Exact(u32),
    Below(u32),
}

/// The exact tier's matches: every one (for counting and for narrowing the next, longer query)
/// and those scored in full, which include the best `limit`.
struct Matches {
    all: Vec<u32>,
    scored: Vec<(u32, u32)>,
    /// False when entries were skipped without reading them (they could not make the top, but
    /// might match): `all` is then not every match.
    complete: bool,
}

/// A set of entries as a bitmap.
struct EntrySet(Vec<u64>);

impl EntrySet {
    fn empty(entries: usize) -> EntrySet {
        EntrySet(vec![0; entries.div_ceil(64)])
    }

    fn insert_all(&mut self, list: &[u32]) {
        for &i in list {
            self.0[(i / 64) as usize] |= 1 << (i % 64);
        }
    }

    fn contains(&self, i: u32) -> bool {
        self.0
            .get((i / 64) as usize)
            .is_some_and(|block| block & (1 << (i % 64)) != 0)
    }

    fn intersect(&mut self, other: &EntrySet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= *b;
        }
    }

    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().enumerate().flat_map(|(block, &bits)| {
            let mut bits = bits;
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let at = bits.trailing_zeros();
                    bits &= bits - 1;
                    block as u32 * 64 + at
                })
            })
        })
    }
}

/// One query word in the typo tier (see [`SearchIndex::typo_words`]).
struct TypoWord {
    terms: Vec<u32>,
    entries: EntrySet,
    approximate: bool,
}

/// One piece of a corpus's search index: an index built over some of the corpus's reports (in
/// corpus order), with where each of those reports is in the corpus now — `None` for a report
/// gone since. The library keeps a large main segment and a small one of reports added or
/// changed since, so that adding a report does not rebuild the index of all the others.
#[derive(Debug, Clone, Copy)]
pub struct Segment<'a> {
    pub index: &'a SearchIndex,
    pub reports: &'a [Option<usize>],
}

impl Segment<'_> {
    /// The entries of reports still there, when some are gone.
    fn allowed(&self) -> Option<(Vec<u32>, EntrySet)> {
        let gone = |e: &[u32; 3]| self.reports.get(e[0] as usize).is_none_or(|r| r.is_none());
        if !self.index.refs.iter().any(gone) {
            return None;
        }
        let list: Vec<u32> = (0..self.index.len() as u32)
            .filter(|&i| !gone(&self.index.refs[i as usize]))
            .collect();
        let mut set = EntrySet::empty(self.index.len());
        set.insert_all(&list);
        Some((list, set))
    }
}

/// [`SearchIndex::search_with_total`] over segments that together index a corpus: the same
/// hits, in the same order, and the same total as one index built over the whole corpus.
pub fn search_segments(
    segments: &[Segment<'_>],
    query: &Query,
    limit: usize,
    typo_tier: bool,
) -> (Vec<Hit>, usize) {
    if let [one] = segments {
        if one.allowed().is_none() && one.reports.iter().enumerate().all(|(i, r)| *r == Some(i)) {
            return one.index.search_with_total(query, limit, typo_tier);
        }
    }
    let allowed: Vec<Option<(Vec<u32>, EntrySet)>> =
        segments.iter().map(Segment::allowed).collect();
    let mut total = 0;
    let mut exact = Vec::new();
    for (segment, allowed) in segments.iter().zip(&allowed) {
        let candidates = allowed.as_ref().map(|(list, _)| list.as_slice());
        let index = segment.index;
        let (scored, count) = match index.exact_top(query, candidates, limit) {
            Some(top) => top,
            None => {
                let matches = index.exact_matches(query, candidates, index.len().max(1));
                let count = matches.all.len();
                (matches.scored, count)
            }
        };
        total += count;
        exact.push(scored);
    }
    // The typo tier: when the whole corpus has fewer than a handful of exact hits, and some
    // query word is a near-spelling somewhere in it.
    let typo = typo_tier && total < HANDFUL && !query.is_empty();
    let words: Vec<Option<Vec<TypoWord>>> = segments
        .iter()
        .zip(&allowed)
        .map(|(segment, allowed)| {
            typo.then(|| {
                segment
                    .index
                    .typo_words(query, allowed.as_ref().map(|(_, set)| set))
            })
            .flatten()
        })
        .collect();
    let approximate = words
        .iter()
        .flatten()
        .any(|per_word| per_word.iter().any(|w| w.approximate));
    // Each segment's best `limit`, with what orders them across segments.
    let mut hits: Vec<(Hit, u8, &str)> = Vec::new();
    for (((segment, allowed), scored), words) in
        segments.iter().zip(&allowed).zip(exact).zip(&words)
    {
        let index = segment.index;
        let mut found = index.rank(query, scored, usize::MAX, limit, false);
        if let (true, Some(per_word)) = (approximate, words) {
            let seen: HashSet<ItemRef> = found.iter().map(|h| h.at).collect();
            let mut more =
                index.typo_hits_of(query, per_word, allowed.as_ref().map(|(_, set)| set));
            more.retain(|h| !seen.contains(&h.at));
            found.extend(more);
        }
        for mut hit in found {
            let Some(entry) = index.entry_at(hit.at) else {
                continue;
            };
            let Some(&Some(report)) = segment.reports.get(hit.at.report) else {
                continue;
            };
            hit.at.report = report;
            hits.push((hit, kind_rank(index.kind(entry)), index.date(entry)));
        }
    }
    hits.sort_by(|(a, ka, da), (b, kb, db)| {
        a.approximate
            .cmp(&b.approximate)
            .then(b.score.cmp(&a.score))
            .then(ka.cmp(kb))
            .then(db.cmp(da))
            .then(a.at.cmp(&b.at))
    });
    hits.truncate(limit);
    let hits: Vec<Hit> = hits.into_iter().map(|(h, _, _)| h).collect();
    let total = total.max(hits.len());
    (hits, total)
}

/// Recommendations before findings before list items, on equal scores.
fn kind_rank(kind: ItemKind) -> u8 {
    match kind {
        ItemKind::Recommendation => 0,
        ItemKind::Paragraph => 1,
        ItemKind::ListItem => 2,
    }
}

fn words_of(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

impl SearchIndex {
    /// Folds every item once.
    pub fn new(corpus: &Corpus) -> Self {
        let mut index = SearchIndex::default();
        let mut names: HashMap<String, u32> = HashMap::new();
        let mut name_id = |index: &mut SearchIndex, name: &str| -> u32 {
            if let Some(&id) = names.get(name) {
                return id;
            }
            let id = index.names.len() as u32;
            index.names.push(name);
            names.insert(name.to_string(), id);
            id
        };
        for (r, report) in corpus.reports.iter().enumerate() {
            let title = fold(&report.title);
            let date = name_id(&mut index, report.date.as_deref().unwrap_or_default());
            for (s, section) in report.sections.iter().enumerate() {
                let heading = section.heading.as_deref().map(fold).unwrap_or_default();
                for (i, item) in section.items.iter().enumerate() {
                    let mut context =
                        format!("{heading}\n{title}\n{}", fold(&item.countries.join(" ")));
                    for label in &item.footnotes {
                        if let Some(f) = report.footnote(label) {
                            context.push('\n');
                            context.push_str(&fold(&f.text));
                        }
                    }
                    let text = fold(&item.text);
                    index.refs.push([r as u32, s as u32, i as u32]);
                    index.kinds.push(item.kind);
                    index.actions.push(item.action_category.unwrap_or(0));
                    index.dates.push(date);
                    let countries: Vec<u32> = item
                        .countries
                        .iter()
                        .map(|c| name_id(&mut index, c))
                        .collect();
                    index.countries.push(&countries);
                    let themes: Vec<u32> =
                        item.themes.iter().map(|t| name_id(&mut index, t)).collect();
                    index.themes.push(&themes);
                    if let FirstAscii::Loaded(slots) = &mut index.first_ascii {
                        slots.extend_from_slice(&first_ascii(&text));
                    }
                    index.texts.push(&text);
                    index.texts.push(&context);
                }
            }
        }
        index.vocabulary = Vocabulary::build(&index.texts);
        index
    }

    /// Entry `i` (`i` below [`SearchIndex::len`]).
    fn entry(&self, i: u32) -> Entry<'_> {
        let i = i as usize;
        Entry {
            kind: self.kinds.get(i).copied().unwrap_or(ItemKind::Paragraph),
            action: self.actions.get(i).copied().unwrap_or(0),
            countries: self.countries.get(i),
            themes: self.themes.get(i),
            text: self.texts.get(2 * i),
            context: self.texts.get(2 * i + 1),
        }
    }

    /// Entry `i` without its texts (for filters, which need no text read).
    fn entry_meta(&self, i: u32) -> Entry<'_> {
        let i = i as usize;
        Entry {
            kind: self.kinds.get(i).copied().unwrap_or(ItemKind::Paragraph),
            action: self.actions.get(i).copied().unwrap_or(0),
            countries: self.countries.get(i),
            themes: self.themes.get(i),
            text: "",
            context: "",
        }
    }

    /// The date of entry `i`'s report ("" when it has none).
    fn date(&self, i: u32) -> &str {
        self.dates
            .get(i as usize)
            .map_or("", |&d| self.names.get(d as usize))
    }

    /// The entries that may hold every query word (in text or context): a superset of the
    /// exact-tier matches, found through the vocabulary; `None` when nothing narrows them (only
    /// parts shorter than [`MIN_INDEXED_PART`], which occur almost everywhere).
    fn possible(&self, words: &[String]) -> Option<EntrySet> {
        let mut all: Option<EntrySet> = None;
        for word in words {
            for part in word
                .split(|c: char| !c.is_alphanumeric())
                .filter(|p| p.len() >= MIN_INDEXED_PART)
            {
                let mut set = EntrySet::empty(self.len());
                for id in self.vocabulary.containing(part) {
                    set.insert_all(self.vocabulary.in_text.get(id as usize));
                    set.insert_all(self.vocabulary.in_context.get(id as usize));
                }
                match &mut all {
                    Some(all) => all.intersect(&set),
                    None => all = Some(set),
                }
            }
        }
        all
    }

    /// Number of items indexed.
    pub fn len(&self) -> usize {
        self.refs.len()
    }

    /// True when the corpus has no items.
    pub fn is_empty(&self) -> bool {
        self.refs.is_empty()
    }

    fn passes_filters(&self, entry: &Entry, query: &Query) -> bool {
        let named =
            |ids: &[u32], name: &str| ids.iter().any(|&id| self.names.get(id as usize) == name);
        query.kind.is_none_or(|k| entry.kind == k)
            && query.action.is_none_or(|a| entry.action == a)
            && query
                .country
                .as_ref()
                .is_none_or(|c| named(entry.countries, c.as_str()))
            && query
                .theme
                .as_ref()
                .is_none_or(|t| named(entry.themes, t.as_str()))
    }

    /// Exact-tier score of one entry, or `None` when a word is missing from its text and its
    /// context.
    fn exact_score(entry: &Entry, index: u32, needles: &Needles) -> Option<u32> {
        match Self::bounded_score(entry, index, needles, 0)? {
            Scored::Exact(score) | Scored::Below(score) => Some(score),
        }
    }

    /// Like [`SearchIndex::exact_score`], but when even the best word-start bonuses and a
    /// phrase match could not lift the entry to `threshold`, stops before looking for them and
    /// says so ([`Scored::Below`], with the score without them).
    fn bounded_score(
        entry: &Entry,
        index: u32,
        needles: &Needles,
        threshold: u32,
    ) -> Option<Scored> {
        let text = entry.text.as_bytes();
        let mut all_in_text = true;
        // First positions of the words in the text: order, span and earliest.
        let mut positions = [0usize; 16];
        let (mut in_order, mut previous) = (true, None::<usize>);
        let (mut first, mut last) = (usize::MAX, 0usize);
        for (n, needle) in needles.words.iter().enumerate() {
            match needle.finder.find(text) {
                Some(pos) => {
                    if let Some(slot) = positions.get_mut(n) {
                        *slot = pos;
                    }
                    in_order &= previous.is_none_or(|p| p < pos);
                    previous = Some(pos);
                    first = first.min(pos);
                    last = last.max(pos);
                }
                None => {
                    needle.finder.find(entry.context.as_bytes())?;
                    all_in_text = false;
                }
            }
        }
        let mut score = 0;
        let mut best_possible = 0;
        if all_in_text {
            score += 2000;
            if in_order {
                score += 500;
            }
            score += 500 - (last - first).min(500) as u32;
            // Items that are about the word mention it early.
            score += 200 - first.min(200) as u32;
            if needles.phrase.is_some() {
                best_possible += 4000;
            }
        }
        best_possible += needles.words.iter().map(|n| n.cap_for(index)).sum::<u32>();
        if score + best_possible < threshold {
            return Some(Scored::Below(score));
        }
        if all_in_text
            && needles
                .phrase
                .as_ref()
                .is_some_and(|phrase| phrase.find(text).is_some())
        {
            score += 4000;
        }
        for (n, needle) in needles.words.iter().enumerate() {
            let cap = needle.cap_for(index);
            if cap == 0 {
                continue;
            }
            // Where the scan for word starts begins: the first occurrence when known.
            let from = match positions.get(n) {
                Some(&pos) if all_in_text => pos,
                _ => match needle.finder.find(text) {
                    Some(pos) => pos,
                    None => continue,
                },
            };
            let len = needle.finder.needle().len();
            let mut best = 0;
            for at in needle.finder.find_iter(&text[from..]).map(|at| from + at) {
                let start = at == 0 || !entry.text[..at].ends_with(char::is_alphanumeric);
                let end = !entry.text[at + len..].starts_with(char::is_alphanumeric);
                best = best.max(u32::from(start) * 200 + u32::from(start && end) * 100);
                if best >= cap {
                    break;
                }
            }
            score += best;
        }
        Some(Scored::Exact(score))
    }

    /// The query words prepared for [`SearchIndex::exact_score`]; with `caps`, the best
    /// word-start bonus each can get from the vocabulary (to stop looking early).
    fn needles(&self, words: &[String], caps: bool) -> Needles {
        Needles {
            words: words
                .iter()
                .map(|w| {
                    let cap = if caps {
                        self.vocabulary.best_bonus(w)
                    } else {
                        300
                    };
                    let whole = (caps && cap == 300 && w.chars().all(char::is_alphanumeric))
                        .then(|| self.vocabulary.id(w))
                        .flatten()
                        .map(|id| {
                            let mut set = EntrySet::empty(self.len());
                            set.insert_all(self.vocabulary.in_text.get(id as usize));
                            set
                        });
                    Needle {
                        finder: memmem::Finder::new(w.as_bytes()).into_owned(),
                        cap,
                        whole,
                    }
                })
                .collect(),
            phrase: (words.len() > 1)
                .then(|| memmem::Finder::new(words.join(" ").as_bytes()).into_owned()),
        }
    }

    /// Runs a query: exact tier, then the typo tier when the exact one finds fewer than a
    /// handful. At most `limit` hits, best first.
    pub fn search(&self, query: &Query, limit: usize) -> Vec<Hit> {
        self.search_in(query, limit, None, true)
    }

    /// Like [`SearchIndex::search`], but with the typo tier on or off and, when `candidates`
    /// is given, scanning only those entries for the exact tier (see [`Query::narrows`]).
    /// The best `limit` hits and how many items match in all (every exact match counted, not
    /// just those ranked): what `steppe search` reports as "20 of 42".
    pub fn search_with_total(
        &self,
        query: &Query,
        limit: usize,
        typo_tier: bool,
    ) -> (Vec<Hit>, usize) {
        let (scored, total) = match self.exact_top(query, None, limit) {
            Some(top) => top,
            None => {
                let matches = self.exact_matches(query, None, self.len().max(1));
                let total = matches.all.len();
                (matches.scored, total)
            }
        };
        let hits = self.rank(query, scored, total, limit, typo_tier);
        let total = total.max(hits.len());
        (hits, total)
    }

    pub fn search_in(
        &self,
        query: &Query,
        limit: usize,
        candidates: Option<&[u32]>,
        typo_tier: bool,
    ) -> Vec<Hit> {
        let matches = self.exact_matches(query, candidates, limit);
        self.rank(query, matches.scored, matches.all.len(), limit, typo_tier)
    }

    /// Best `limit` of the exact-tier matches (chosen before any hit is built, so a one-letter
    /// query on a large corpus stays cheap), then the typo tier when there are fewer than
    /// [`HANDFUL`].
    fn rank(
        &self,
        query: &Query,
        mut scored: Vec<(u32, u32)>,
        exact_count: usize,
        limit: usize,
        typo_tier: bool,
    ) -> Vec<Hit> {
        let order = |a: &(u32, u32), b: &(u32, u32)| {
            b.1.cmp(&a.1).then_with(|| {
                kind_rank(self.kind(a.0))
                    .cmp(&kind_rank(self.kind(b.0)))
                    .then_with(|| self.date(b.0).cmp(self.date(a.0)))
                    .then(a.0.cmp(&b.0))
            })
        };
        if scored.len() > limit && limit > 0 {
            scored.select_nth_unstable_by(limit - 1, order);
            scored.truncate(limit);
        }
        scored.sort_unstable_by(order);
        scored.truncate(limit);
        let mut hits: Vec<Hit> = scored
            .into_iter()
            .map(|(index, score)| self.hit(index, score, false, query.words.clone()))
            .collect();
        if typo_tier && exact_count < HANDFUL && !query.is_empty() {
            let found: HashSet<ItemRef> = hits.iter().map(|h| h.at).collect();
            let mut typo = self.typo_hits(query);
            typo.retain(|h| !found.contains(&h.at));
            hits.extend(typo);
            self.sort(&mut hits);
            hits.truncate(limit);
        }
        hits
    }

    /// Exact-tier matches as (entry index, score), unsorted: the entries the vocabulary says
    /// may match (and, when given, among `candidates`), checked and scored on their text.
    pub fn exact_candidates(&self, query: &Query, candidates: Option<&[u32]>) -> Vec<(u32, u32)> {
        if query.is_empty() {
            return Vec::new();
        }
        let needles = self.needles(&query.words, true);
        let possible = self.possible(&query.words);
        let may_match = |i: u32| possible.as_ref().is_none_or(|set| set.contains(i));
        let check = |index: u32| -> Option<(u32, u32)> {
            let entry = &self.entry(index);
            if !self.passes_filters(entry, query) {
                return None;
            }
            Self::exact_score(entry, index, &needles).map(|score| (index, score))
        };
        match (candidates, &possible) {
            (Some(list), _) => list
                .iter()
                .filter(|&&i| may_match(i))
                .filter_map(|&i| check(i))
                .collect(),
            (None, Some(set)) => set.iter().filter_map(check).collect(),
            (None, None) => (0..self.len() as u32).filter_map(check).collect(),
        }
    }

    /// The exact tier for ranking: every match, but only those that can still be among the best
    /// `limit` scored in full (a running threshold, the `limit`-th best score so far, skips the
    /// word-start scan of entries that cannot reach it — most entries of a one-letter query).
    fn exact_matches(&self, query: &Query, candidates: Option<&[u32]>, limit: usize) -> Matches {
        let mut matches = Matches {
            all: Vec::new(),
            scored: Vec::new(),
            complete: true,
        };
        if query.is_empty() {
            // Filters without words (`@kaz #torture !rec`): everything the filters allow,
            // ranked by kind and date alone.
            if query.filters_only() {
                let allowed = |i: &u32| self.passes_filters(&self.entry_meta(*i), query);
                let pool: Vec<u32> = match candidates {
                    Some(c) => c.iter().copied().filter(allowed).collect(),
                    None => (0..self.len() as u32).filter(allowed).collect(),
                };
                matches.scored = pool.iter().map(|&i| (i, 0)).collect();
                matches.all = pool;
            }
            return matches;
        }
        let needles = self.needles(&query.words, true);
        // The first-character slots of the words, when every word starts with a–z or 0–9 and the
        // top is big enough to decide the typo tier on its own.
        let slots: Option<Vec<usize>> = (limit >= HANDFUL)
            .then(|| {
                query
                    .words
                    .iter()
                    .map(|w| w.bytes().next().and_then(ascii_slot))
                    .collect()
            })
            .flatten();
        let possible = self.possible(&query.words);
        let may_match = |i: u32| possible.as_ref().is_none_or(|set| set.contains(i));
        let wanted = |i: &u32| self.passes_filters(&self.entry_meta(*i), query);
        match (candidates, &possible) {
            (Some(list), _) => self.texts.want(
                list.iter()
                    .copied()
                    .filter(|&i| may_match(i))
                    .filter(wanted),
            ),
            (None, Some(set)) => self.texts.want(set.iter().filter(wanted)),
            (None, None) => self.texts.want((0..self.len() as u32).filter(wanted)),
        }
        // The best `limit` full scores so far, smallest on top.
        let mut best: BinaryHeap<Reverse<u32>> = BinaryHeap::with_capacity(limit + 1);
        let mut check = |index: u32| {
            let entry = &self.entry(index);
            if !self.passes_filters(entry, query) {
                return;
            }
            let threshold = if limit > 0 && best.len() >= limit {
                best.peek().map_or(0, |r| r.0)
            } else {
                0
            };
            if let (Some(slots), true) = (&slots, threshold > 0) {
                if self.bound(index, slots, &needles) < threshold {
                    matches.complete = false;
                    return;
                }
            }
            match Self::bounded_score(entry, index, &needles, threshold) {
                None => {}
                Some(Scored::Below(_)) => matches.all.push(index),
                Some(Scored::Exact(score)) => {
                    matches.all.push(index);
                    matches.scored.push((index, score));
                    best.push(Reverse(score));
                    if best.len() > limit {
                        best.pop();
                    }
                }
            }
        };
        match (candidates, &possible) {
            (Some(list), _) => list
                .iter()
                .filter(|&&i| may_match(i))
                .for_each(|&i| check(i)),
            (None, Some(set)) => set.iter().for_each(&mut check),
            (None, None) => (0..self.len() as u32).for_each(&mut check),
        }
        matches
    }

    /// An upper bound of entry `index`'s exact-tier score from the first-occurrence table alone
    /// (no text read): a word occurs no earlier than its first character, whose slots are
    /// `slots`.
    fn bound(&self, index: u32, slots: &[usize], needles: &Needles) -> u32 {
        let first = self.first_ascii_of(index);
        let caps: u32 = needles.words.iter().map(|n| n.cap_for(index)).sum();
        if slots.iter().any(|&s| first[s] == ABSENT) {
            return caps; // not all in the text: word-start bonuses only
        }
        let earliest = slots.iter().map(|&s| first[s]).min().unwrap_or(0);
        let phrase_bonus = if needles.phrase.is_some() { 4000 } else { 0 };
        3200 - u32::from(earliest.min(200)) + phrase_bonus + caps
    }

    /// The exact tier for the best `limit` when the vocabulary alone tells which entries match
    /// (every query word is letters and digits, at least [`MIN_INDEXED_PART`] bytes: such a
    /// word is in a text exactly when it is inside one of its words). Returns every entry that
    /// can be among the best `limit`, scored, and the number of matches; only those entries'
    /// texts are read (in the order of their score's upper bound, until the bound falls below
    /// the `limit`-th best score). `None` when the vocabulary cannot tell: see
    /// [`SearchIndex::exact_matches`].
    fn exact_top(
        &self,
        query: &Query,
        candidates: Option<&[u32]>,
        limit: usize,
    ) -> Option<(Vec<(u32, u32)>, usize)> {
        let told = query
            .words
            .iter()
            .all(|w| w.len() >= MIN_INDEXED_PART && w.chars().all(char::is_alphanumeric));
        if query.is_empty() || !told || limit == 0 {
            return None;
        }
        let possible = self.possible(&query.words)?;
        let wanted = |i: &u32| self.passes_filters(&self.entry_meta(*i), query);
        let mut pool: Vec<u32> = match candidates {
            Some(list) => list
                .iter()
                .copied()
                .filter(|&i| possible.contains(i))
                .filter(wanted)
                .collect(),
            None => possible.iter().filter(wanted).collect(),
        };
        let total = pool.len();
        let needles = self.needles(&query.words, true);
        let slots: Option<Vec<usize>> = query
            .words
            .iter()
            .map(|w| w.bytes().next().and_then(ascii_slot))
            .collect();
        let mut bounds: Vec<u32> = Vec::new();
        if let (Some(slots), true) = (&slots, total > limit) {
            self.first_ascii.want(pool.iter().copied());
            let mut ordered: Vec<(u32, u32)> = pool
                .iter()
                .map(|&i| (self.bound(i, slots, &needles), i))
                .collect();
            ordered.sort_unstable_by_key(|&(bound, i)| (Reverse(bound), i));
            (pool, bounds) = ordered.into_iter().map(|(b, i)| (i, b)).unzip();
        }
        // The best `limit` full scores so far, smallest on top.
        let mut best: BinaryHeap<Reverse<u32>> = BinaryHeap::with_capacity(limit + 1);
        let mut scored = Vec::new();
        /// Texts read at once: enough to fill a top of 20 in one read, few beyond it.
        const BATCH: usize = 64;
        'batches: for (n, batch) in pool.chunks(BATCH).enumerate() {
            self.texts.want(batch.iter().copied());
            for (k, &index) in batch.iter().enumerate() {
                let threshold = if best.len() >= limit {
                    best.peek().map_or(0, |r| r.0)
                } else {
                    0
                };
                if bounds.get(n * BATCH + k).is_some_and(|&b| b < threshold) {
                    // Sorted by bound: no entry from here on can reach the top.
                    break 'batches;
                }
                let entry = &self.entry(index);
                if let Some(Scored::Exact(score)) =
                    Self::bounded_score(entry, index, &needles, threshold)
                {
                    scored.push((index, score));
                    best.push(Reverse(score));
                    if best.len() > limit {
                        best.pop();
                    }
                }
            }
        }
        Some((scored, total))
    }

    /// The ranked exact tier by scanning and scoring every entry, without the vocabulary or
    /// the threshold: the reference [`SearchIndex::search_in`] is tested against.
    #[doc(hidden)]
    pub fn scan_search(&self, query: &Query, limit: usize) -> Vec<Hit> {
        let scored = self.scan_exact_candidates(query);
        let count = scored.len();
        self.rank(query, scored, count, limit, false)
    }

    /// The exact tier by scanning every entry, without the vocabulary: the reference the
    /// indexed [`SearchIndex::exact_candidates`] is tested and benchmarked against.
    #[doc(hidden)]
    pub fn scan_exact_candidates(&self, query: &Query) -> Vec<(u32, u32)> {
        if query.is_empty() {
            return Vec::new();
        }
        let needles = self.needles(&query.words, false);
        (0..self.len() as u32)
            .filter_map(|index| {
                let entry = &self.entry(index);
                if !self.passes_filters(entry, query) {
                    return None;
                }
                Self::exact_score(entry, index, &needles).map(|score| (index, score))
            })
            .collect()
    }

    fn hit(&self, index: u32, score: u32, approximate: bool, terms: Vec<String>) -> Hit {
        let [report, section, item] = self.refs.get(index as usize).copied().unwrap_or_default();
        Hit {
            at: ItemRef {
                report: report as usize,
                section: section as usize,
                item: item as usize,
            },
            score,
            approximate,
            terms,
        }
    }

    fn kind(&self, i: u32) -> ItemKind {
        self.kinds
            .get(i as usize)
            .copied()
            .unwrap_or(ItemKind::Paragraph)
    }

    fn first_ascii_of(&self, i: u32) -> &[u16] {
        self.first_ascii.of(i)
    }

    /// The entry of a hit: entries are stored in corpus order, so by binary search.
    fn entry_at(&self, at: ItemRef) -> Option<u32> {
        let key = [at.report as u32, at.section as u32, at.item as u32];
        self.refs
            .binary_search(&key)
            .ok()
            .or_else(|| self.refs.iter().position(|r| *r == key))
            .map(|i| i as u32)
    }

    fn sort(&self, hits: &mut [Hit]) {
        let key: HashMap<ItemRef, (u8, &str)> = hits
            .iter()
            .filter_map(|h| {
                self.entry_at(h.at)
                    .map(|e| (h.at, (kind_rank(self.kind(e)), self.date(e))))
            })
            .collect();
        hits.sort_by(|a, b| {
            let (ka, da) = key.get(&a.at).copied().unwrap_or((3, ""));
            let (kb, db) = key.get(&b.at).copied().unwrap_or((3, ""));
            a.approximate
                .cmp(&b.approximate)
                .then(b.score.cmp(&a.score))
                .then(ka.cmp(&kb))
                .then(db.cmp(da))
                .then((a.at.report, a.at.section, a.at.item).cmp(&(
                    b.at.report,
                    b.at.section,
                    b.at.item,
                )))
        });
    }

    /// The typo tier: items in which every query word occurs exactly or as a near-spelling,
    /// at least one as a near-spelling.
    fn typo_hits(&self, query: &Query) -> Vec<Hit> {
        match self.typo_words(query, None) {
            Some(per_word) if per_word.iter().any(|w| w.approximate) => {
                self.typo_hits_of(query, &per_word, None)
            }
            _ => Vec::new(),
        }
    }

    /// For each query word: the vocabulary words that hold it or spell it nearly (in
    /// vocabulary order), the entries whose text has one of them, and whether any is only a
    /// near-spelling (of an entry in `allowed`, when given). `None` when a word has none.
    fn typo_words(&self, query: &Query, allowed: Option<&EntrySet>) -> Option<Vec<TypoWord>> {
        let matcher = SkimMatcherV2::default();
        let vocabulary = &self.vocabulary;
        let count = self.len();
        let mut per_word = Vec::new();
        for word in &query.words {
            let finder = memmem::Finder::new(word.as_bytes());
            let mut terms = Vec::new();
            let mut entries = EntrySet::empty(count);
            let mut approximate = false;
            for id in 0..vocabulary.len() {
                let vocab = vocabulary.word(id);
                if vocabulary.in_text.piece_len(id) == 0 {
                    continue;
                }
                let exact = finder.find(vocab.as_bytes()).is_some();
                if exact || is_near_spelling(&matcher, word, vocab) {
                    let list = vocabulary.in_text.get(id);
                    entries.insert_all(list);
                    terms.push(id as u32);
                    approximate |=
                        !exact && allowed.is_none_or(|a| list.iter().any(|&e| a.contains(e)));
                }
            }
            if terms.is_empty() {
                return None;
            }
            per_word.push(TypoWord {
                terms,
                entries,
                approximate,
            });
        }
        Some(per_word)
    }

    /// The typo tier's hits from [`SearchIndex::typo_words`] (one of which is approximate, here
    /// or in another segment), among `allowed` entries when given.
    fn typo_hits_of(
        &self,
        query: &Query,
        per_word: &[TypoWord],
        allowed: Option<&EntrySet>,
    ) -> Vec<Hit> {
        let vocabulary = &self.vocabulary;
        let count = self.len();
        let Some((first, rest)) = per_word.split_first() else {
            return Vec::new();
        };
        let mut common = EntrySet(first.entries.0.clone());
        for word in rest {
            common.intersect(&word.entries);
        }
        if let Some(allowed) = allowed {
            common.intersect(allowed);
        }
        // For each query word and common entry, the first of the word's spellings (in
        // vocabulary order) that the entry's text holds.
        const NONE: u32 = u32::MAX;
        let own_terms: Vec<Vec<u32>> = per_word
            .iter()
            .map(|word| {
                let mut own = vec![NONE; count];
                for &term in &word.terms {
                    for &e in vocabulary.in_text.get(term as usize) {
                        if common.contains(e) && own[e as usize] == NONE {
                            own[e as usize] = term;
                        }
                    }
                }
                own
            })
            .collect();
        let mut needles: HashMap<Vec<u32>, (Vec<String>, Needles)> = HashMap::new();
        self.texts.want(
            common
                .iter()
                .filter(|&i| self.passes_filters(&self.entry_meta(i), query)),
        );
        common
            .iter()
            .filter(|&i| self.passes_filters(&self.entry(i), query))
            .filter_map(|i| {
                let key: Vec<u32> = own_terms.iter().map(|own| own[i as usize]).collect();
                let (terms, prepared) = needles.entry(key).or_insert_with_key(|key| {
                    let terms: Vec<String> = key
                        .iter()
                        .filter(|&&t| t != NONE)
                        .map(|&t| vocabulary.word(t as usize).to_string())
                        .collect();
                    let prepared = self.needles(&terms, false);
                    (terms, prepared)
                });
                let score = Self::exact_score(&self.entry(i), i, prepared)?;
                Some(self.hit(i, score, true, terms.clone()))
            })
            .collect()
    }
}

/// The index's bytes: each column as its length (u64) and its elements, little-endian; no
/// framing or checksum of its own (the on-disk cache adds them).
mod encoding {
    use super::{
        Column, DiskColumn, FirstAscii, IndexTexts, ItemKind, Lists, SearchIndex, Strings,
        Vocabulary, SLOT_BLOCK,
    };

    /// The columns, and apart the entries' texts and the posting lists (the ends and checksum
    /// of each text and list are columns).
    pub(super) fn encode(index: &SearchIndex) -> (Vec<u8>, Vec<u8>) {
        let mut out = Vec::with_capacity(16 * index.vocabulary.words.len() + 1024);
        let flat: Vec<u32> = index.refs.iter().flatten().copied().collect();
        u32s(&mut out, &flat);
        let kinds: Vec<u8> = index
            .kinds
            .iter()
            .map(|k| match k {
                ItemKind::Paragraph => 0,
                ItemKind::Recommendation => 1,
                ItemKind::ListItem => 2,
            })
            .collect();
        bytes(&mut out, &kinds);
        bytes(&mut out, &index.actions);
        u32s(&mut out, &index.dates);
        lists(&mut out, &index.countries);
        lists(&mut out, &index.themes);
        strings(&mut out, &index.names);
        let mut texts = Vec::new();
        let mut ends = Vec::with_capacity(index.texts.len());
        let mut sums = Vec::with_capacity(index.texts.len());
        for i in 0..index.texts.len() {
            let text = index.texts.get(i).as_bytes();
            texts.extend_from_slice(text);
            ends.push(texts.len() as u64);
            sums.push(xxhash_rust::xxh3::xxh3_64(text));
        }
        u64s(&mut out, &ends);
        u64s(&mut out, &sums);
        let v = &index.vocabulary;
        strings(&mut out, &v.words);
        for postings in [&v.in_text, &v.in_context] {
            let mut ends = Vec::with_capacity(postings.len());
            let mut sums = Vec::with_capacity(postings.len());
            let mut total = 0u64;
            for i in 0..postings.len() {
                let from = texts.len();
                for id in postings.get(i) {
                    texts.extend_from_slice(&id.to_le_bytes());
                }
                total += postings.piece_len(i) as u64;
                ends.push(total);
                sums.push(xxhash_rust::xxh3::xxh3_64(&texts[from..]));
            }
            u64s(&mut out, &ends);
            u64s(&mut out, &sums);
        }
        // The first-occurrence table, a block of entries at a time.
        let entries = index.len();
        let (mut ends, mut sums) = (Vec::new(), Vec::new());
        for block in (0..entries).step_by(SLOT_BLOCK) {
            let from = texts.len();
            for i in block..(block + SLOT_BLOCK).min(entries) {
                for slot in index.first_ascii.of(i as u32) {
                    texts.extend_from_slice(&slot.to_le_bytes());
                }
            }
            ends.push(36 * (block + SLOT_BLOCK).min(entries) as u64);
            sums.push(xxhash_rust::xxh3::xxh3_64(&texts[from..]));
        }
        u64s(&mut out, &ends);
        u64s(&mut out, &sums);
        bytes(&mut out, &v.grams);
        lists(&mut out, &v.gram_words);
        (out, texts)
    }

    fn len(out: &mut Vec<u8>, n: usize) {
        out.extend_from_slice(&(n as u64).to_le_bytes());
    }

    fn bytes(out: &mut Vec<u8>, b: &[u8]) {
        len(out, b.len());
        out.extend_from_slice(b);
    }

    fn u32s(out: &mut Vec<u8>, v: &[u32]) {
        len(out, v.len());
        out.reserve(4 * v.len());
        for x in v {
            out.extend_from_slice(&x.to_le_bytes());
        }
    }

    fn u64s(out: &mut Vec<u8>, v: &[u64]) {
        len(out, v.len());
        out.reserve(8 * v.len());
        for x in v {
            out.extend_from_slice(&x.to_le_bytes());
        }
    }

    fn lists(out: &mut Vec<u8>, l: &Lists) {
        u32s(out, &l.ids);
        u64s(out, &l.ends);
    }

    fn strings(out: &mut Vec<u8>, s: &Strings) {
        bytes(out, s.bytes.as_bytes());
        u64s(out, &s.ends);
    }

    /// Reads columns back from a stream (a cache file: no copy of the whole payload is made),
    /// checking every length against the bytes left.
    struct Reader<'a> {
        from: &'a mut dyn std::io::Read,
        left: usize,
    }
    impl Reader<'_> {
        /// Bytes read and converted a piece at a time.
        const PIECE: usize = 64 * 1024;
        fn take(&mut self, n: usize) -> Option<Vec<u8>> {
            if n > self.left {
                return None;
            }
            let mut bytes = vec![0; n];
            self.from.read_exact(&mut bytes).ok()?;
            self.left -= n;
            Some(bytes)
        }
        fn len(&mut self, size: usize) -> Option<usize> {
            let mut n = [0; 8];
            if self.left < 8 {
                return None;
            }
            self.from.read_exact(&mut n).ok()?;
            self.left -= 8;
            let n = usize::try_from(u64::from_le_bytes(n)).ok()?;
            (n.checked_mul(size)? <= self.left).then_some(n)
        }
        fn bytes(&mut self) -> Option<Vec<u8>> {
            let n = self.len(1)?;
            self.take(n)
        }
        /// `n` numbers of `N` bytes each, little-endian, made by `each`.
        fn numbers<const N: usize, T>(&mut self, each: fn([u8; N]) -> T) -> Option<Vec<T>> {
            let n = self.len(N)?;
            let mut out = Vec::with_capacity(n);
            let mut piece = vec![0; Self::PIECE.min(n * N)];
            let mut left = n * N;
            while left > 0 {
                let chunk = &mut piece[..Self::PIECE.min(left)];
                self.from.read_exact(chunk).ok()?;
                let (whole, _) = chunk.as_chunks::<N>();
                out.extend(whole.iter().map(|&c| each(c)));
                left -= chunk.len();
            }
            self.left -= n * N;
            Some(out)
        }
        fn u32s(&mut self) -> Option<Vec<u32>> {
            self.numbers(u32::from_le_bytes)
        }
        fn u64s(&mut self) -> Option<Vec<u64>> {
            self.numbers(u64::from_le_bytes)
        }
        /// Ends that rise and stop at the data's end, so every `get` is in range.
        fn ends(&mut self, data_len: usize) -> Option<Vec<u64>> {
            let ends = self.u64s()?;
            let rising = ends.windows(2).all(|w| w[0] <= w[1]);
            (rising && ends.last().copied().unwrap_or(0) == data_len as u64).then_some(ends)
        }
        fn lists(&mut self) -> Option<Lists> {
            let ids = self.u32s()?;
            let ends = self.ends(ids.len())?;
            Some(Lists { ids, ends })
        }

        fn strings(&mut self) -> Option<Strings> {
            let bytes = self.bytes()?;
            let ends = self.ends(bytes.len())?;
            // Every string must start and end on a character boundary.
            let text = String::from_utf8(bytes).ok()?;
            if !ends.iter().all(|&e| text.is_char_boundary(e as usize)) {
                return None;
            }
            Some(Strings { bytes: text, ends })
        }
    }

    /// The index from `len` bytes of columns read from `from`, and its texts and posting lists
    /// (see [`SearchIndex::decode_from`]).
    pub(super) fn decode(
        from: &mut dyn std::io::Read,
        len: usize,
        source: IndexTexts,
    ) -> Option<SearchIndex> {
        let mut r = Reader { from, left: len };
        let flat = r.u32s()?;
        if flat.len() % 3 != 0 {
            return None;
        }
        let refs: Vec<[u32; 3]> = flat.chunks_exact(3).map(|c| [c[0], c[1], c[2]]).collect();
        let kinds = r
            .bytes()?
            .iter()
            .map(|k| match k {
                0 => Some(ItemKind::Paragraph),
                1 => Some(ItemKind::Recommendation),
                2 => Some(ItemKind::ListItem),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()?;
        let actions = r.bytes()?;
        let dates = r.u32s()?;
        let countries = r.lists()?;
        let themes = r.lists()?;
        let names = r.strings()?;
        let (ends, sums) = (r.u64s()?, r.u64s()?);
        let words = r.strings()?;
        let (text_ends, text_sums) = (r.u64s()?, r.u64s()?);
        let (context_ends, context_sums) = (r.u64s()?, r.u64s()?);
        let (slot_ends, slot_sums) = (r.u64s()?, r.u64s()?);
        // Every block but the last holds SLOT_BLOCK entries' 36 slots.
        let n = refs.len();
        let blocks_whole = slot_ends.len() == n.div_ceil(SLOT_BLOCK)
            && slot_ends
                .iter()
                .enumerate()
                .all(|(b, &end)| end == 36 * ((b + 1) * SLOT_BLOCK).min(n) as u64);
        if !blocks_whole {
            return None;
        }
        // Rising ends, one checksum each: the size of each blob in the tail.
        let size = |ends: &[u64], sums: &[u64]| -> Option<u64> {
            let rising = ends.windows(2).all(|w| w[0] <= w[1]);
            (rising && sums.len() == ends.len()).then(|| ends.last().copied().unwrap_or(0))
        };
        let total = size(&ends, &sums)?;
        let text_total = size(&text_ends, &text_sums)?.checked_mul(4)?;
        let context_total = size(&context_ends, &context_sums)?.checked_mul(4)?;
        let slots_total = size(&slot_ends, &slot_sums)?.checked_mul(2)?;
        let entries = refs.len() as u64;
        let (texts, in_text, in_context, first_ascii) = match source {
            IndexTexts::Bytes(mut bytes) => {
                if bytes.len() as u64
                    != total
                        .checked_add(text_total)?
                        .checked_add(context_total)?
                        .checked_add(slots_total)?
                {
                    return None;
                }
                let slot_blob = bytes.split_off((total + text_total + context_total) as usize);
                let mut start = 0;
                for (&end, &sum) in slot_ends.iter().zip(&slot_sums) {
                    let piece = slot_blob.get(2 * start as usize..2 * end as usize)?;
                    if xxhash_rust::xxh3::xxh3_64(piece) != sum {
                        return None;
                    }
                    start = end;
                }
                let first_ascii: Vec<u16> = slot_blob
                    .chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]]))
                    .collect();
                let lists = |blob: &[u8], ends: Vec<u64>, sums: &[u64]| -> Option<Lists> {
                    let ids: Vec<u32> = blob
                        .chunks_exact(4)
                        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                        .collect();
                    let mut start = 0;
                    for (&end, &sum) in ends.iter().zip(sums) {
                        let piece = blob.get(4 * start as usize..4 * end as usize)?;
                        if xxhash_rust::xxh3::xxh3_64(piece) != sum {
                            return None;
                        }
                        start = end;
                    }
                    Some(Lists { ids, ends })
                };
                let context_blob = bytes.split_off((total + text_total) as usize);
                let text_blob = bytes.split_off(total as usize);
                let in_text = lists(&text_blob, text_ends, &text_sums)?;
                let in_context = lists(&context_blob, context_ends, &context_sums)?;
                let text = String::from_utf8(bytes).ok()?;
                let mut start = 0;
                for (&end, &sum) in ends.iter().zip(&sums) {
                    let piece = text.get(start as usize..end as usize)?;
                    if xxhash_rust::xxh3::xxh3_64(piece.as_bytes()) != sum {
                        return None;
                    }
                    start = end;
                }
                (
                    Column::Loaded(Strings { bytes: text, ends }),
                    Column::Loaded(in_text),
                    Column::Loaded(in_context),
                    FirstAscii::Loaded(first_ascii),
                )
            }
            IndexTexts::File { file, at } => {
                let size = file.metadata().ok()?.len();
                let lists_at = at.checked_add(total)?;
                let context_at = lists_at.checked_add(text_total)?;
                let slots_at = context_at.checked_add(context_total)?;
                if slots_at.checked_add(slots_total)? != size {
                    return None;
                }
                let first_ascii = FirstAscii::OnDisk(DiskColumn::new(
                    file.try_clone().ok()?,
                    slots_at,
                    slot_ends,
                    slot_sums,
                    0,
                ));
                let in_text = Column::OnDisk(DiskColumn::new(
                    file.try_clone().ok()?,
                    lists_at,
                    text_ends,
                    text_sums,
                    entries,
                ));
                let in_context = Column::OnDisk(DiskColumn::new(
                    file.try_clone().ok()?,
                    context_at,
                    context_ends,
                    context_sums,
                    entries,
                ));
                let texts = Column::OnDisk(DiskColumn::new(file, at, ends, sums, entries));
                (texts, in_text, in_context, first_ascii)
            }
        };
        let grams = r.bytes()?;
        let gram_words = r.lists()?;
        if r.left != 0 {
            return None;
        }
        let word_count = words.len();
        let whole = kinds.len() == n
            && actions.len() == n
            && actions.iter().all(|&a| a <= 5)
            && dates.len() == n
            && countries.ends.len() == n
            && themes.ends.len() == n
            && texts.len() == 2 * n
            && dates.iter().all(|&d| (d as usize) < names.len())
            && countries
                .ids
                .iter()
                .chain(&themes.ids)
                .all(|&d| (d as usize) < names.len())
            && in_text.len() == word_count
            && in_context.len() == word_count
            && [&in_text, &in_context].iter().all(|p| match p {
                Column::Loaded(lists) => lists.ids.iter().all(|&e| u64::from(e) < entries),
                // Checked as each list is read.
                Column::OnDisk(_) => true,
            })
            && grams.len() % 3 == 0
            && gram_words.ends.len() == grams.len() / 3
            && gram_words.ids.iter().all(|&w| (w as usize) < word_count);
        whole.then_some(SearchIndex {
            refs,
            kinds,
            actions,
            dates,
            countries,
            themes,
            names,
            texts,
            vocabulary: Vocabulary {
                words,
                in_text,
                in_context,
                grams,
                gram_words,
            },
            first_ascii,
        })
    }
}

impl SearchIndex {
    /// The index as bytes for the on-disk cache: its columns, and apart the entries' texts
    /// (most of its size), which [`SearchIndex::decode`] can leave in the file.
    pub fn encode(&self) -> (Vec<u8>, Vec<u8>) {
        encoding::encode(self)
    }

    /// An index from [`SearchIndex::encode`]'s columns and its texts; `None` when they are not
    /// a whole, consistent index (every length, list end and id is checked, so a damaged file
    /// is never a panic later). Texts left in a file are checked as they are read: see
    /// [`SearchIndex::damaged`].
    pub fn decode(mut columns: &[u8], texts: IndexTexts) -> Option<SearchIndex> {
        let len = columns.len();
        encoding::decode(&mut columns, len, texts)
    }

    /// [`SearchIndex::decode`] of `len` bytes of columns read from a stream, each column
    /// converted as it is read (no copy of them all is made first). The caller checks the
    /// bytes' checksum (a stream read through a hasher) before trusting the index.
    pub fn decode_from(
        columns: &mut dyn std::io::Read,
        len: usize,
        texts: IndexTexts,
    ) -> Option<SearchIndex> {
        encoding::decode(columns, len, texts)
    }

    /// True when a text or posting list read from the cache file was damaged: answers given
    /// since are not to be trusted (build the index again).
    pub fn damaged(&self) -> bool {
        self.texts.damaged()
            || self.first_ascii.damaged()
            || self.vocabulary.in_text.damaged()
            || self.vocabulary.in_context.damaged()
    }
}

/// True when corpus word `candidate` is a near-spelling of query word `word`: few enough edits
/// (see [`max_typo_edits`]), or a SkimMatcherV2 match whose letters lie close together in a word
/// of similar length.
pub fn is_near_spelling(matcher: &SkimMatcherV2, word: &str, candidate: &str) -> bool {
    let len = word.chars().count();
    let max_edits = max_typo_edits(len);
    if max_edits == 0 {
        return false;
    }
    let cand_len = candidate.chars().count();
    if cand_len.abs_diff(len) > max_edits + len / 4 {
        return false;
    }
    if edit_distance(word, candidate, max_edits) <= max_edits {
        return true;
    }
    // ("torure" ~ "tortured": a near-spelling of the word's first letters, as the exact tier
    // finds "torture" in "tortured"; the candidate's opening of the word's length up to
    // `max_edits` more letters. Only for a longer candidate opening with the word's first two
    // letters: most are passed by that byte test, and a slip in both first letters is rare.)
    if cand_len > len && candidate.as_bytes().get(..2) == word.as_bytes().get(..2) {
        let prefix_near = candidate
            .char_indices()
            .skip(len)
            .take(max_edits + 1)
            .any(|(at, _)| edit_distance(word, &candidate[..at], max_edits) <= max_edits);
        if prefix_near {
            return true;
        }
    }
    // SkimMatcherV2 matches only when the word's letters occur in order in the candidate: a
    // cheap test that rejects nearly every word before the matcher runs.
    let mut letters = candidate.chars();
    if !word.chars().all(|c| letters.any(|l| l == c)) {
        return false;
    }
    matcher
        .fuzzy_indices(candidate, word)
        .is_some_and(|(_, indices)| match (indices.first(), indices.last()) {
            (Some(first), Some(last)) => {
                last - first < TYPO_SPAN_FACTOR * len && cand_len <= len + max_edits
            }
            _ => false,
        })
}

/// Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions),
/// giving up early once it exceeds `max`.
pub fn edit_distance(a: &str, b: &str, max: usize) -> usize {
    /// Words up to this many characters are compared without allocating.
    const SHORT: usize = 48;
    let (mut a_buf, mut b_buf) = (['\0'; SHORT], ['\0'; SHORT]);
    let (mut a_len, mut b_len) = (0, 0);
    let fits = a.chars().all(|c| {
        let ok = a_len < SHORT;
        if ok {
            a_buf[a_len] = c;
            a_len += 1;
        }
        ok
    }) && b.chars().all(|c| {
        let ok = b_len < SHORT;
        if ok {
            b_buf[b_len] = c;
            b_len += 1;
        }
        ok
    });
    if fits {
        let [mut r0, mut r1, mut r2] = [[0usize; SHORT + 1]; 3];
        osa_rows(
            &a_buf[..a_len],
            &b_buf[..b_len],
            max,
            [&mut r0, &mut r1, &mut r2],
        )
    } else {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        let mut rows = vec![vec![0usize; b.len() + 1]; 3];
        let [r0, r1, r2] = &mut rows[..] else {
            return max + 1;
        };
        osa_rows(&a, &b, max, [r0, r1, r2])
    }
}

/// The distance with three rows supplied by the caller (two rows back, previous, current).
fn osa_rows(a: &[char], b: &[char], max: usize, rows: [&mut [usize]; 3]) -> usize {
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let [mut prev2, mut prev, mut cur] = rows;
    for (j, cell) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return max + 1;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Byte ranges in `text` (original, unfolded) where any of the folded `terms` occur, merged
/// and sorted: what to highlight.
pub fn highlight_ranges(text: &str, terms: &[String]) -> Vec<Range<usize>> {
    let (folded, offsets) = fold_with_offsets(text);
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for term in terms.iter().filter(|t| !t.is_empty()) {
        for (at, _) in folded.match_indices(term.as_str()) {
            let start = offsets[at];
            let last = offsets[at + term.len() - 1];
            let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
            ranges.push(start..end);
        }
    }
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Keeps the last query and its exact hits so that typing more rescans only those.
#[derive(Debug, Default, Clone)]
pub struct SearchSession {
    last: Option<(Query, Vec<u32>)>,
}

impl SearchSession {
    /// Searches, reusing the previous exact hits when the query only narrows the last one.
    pub fn search(
        &mut self,
        index: &SearchIndex,
        query: &Query,
        limit: usize,
        typo_tier: bool,
    ) -> Vec<Hit> {
        let candidates = match &self.last {
            Some((previous, hits)) if query.narrows(previous) => Some(hits.clone()),
            _ => None,
        };
        let matches = index.exact_matches(query, candidates.as_deref(), limit);
        let hits = index.rank(query, matches.scored, matches.all.len(), limit, typo_tier);
        self.last = (!query.is_empty() && matches.complete).then(|| (query.clone(), matches.all));
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_transpositions_once() {
        assert_eq!(edit_distance("magnistky", "magnitsky", 2), 1);
        assert_eq!(edit_distance("azimjan", "azimjon", 2), 1);
        assert_eq!(edit_distance("kyrgystan", "kyrgyzstan", 2), 1);
        assert_eq!(edit_distance("tax", "tajik", 1), 2);
        // Past the stack buffers (48 characters) the same answers, from the heap.
        let long = "a".repeat(60);
        assert_eq!(edit_distance(&long, &format!("{long}b"), 2), 1);
        assert_eq!(edit_distance(&long, &"b".repeat(60), 2), 3);
    }

    #[test]
    fn typo_threshold_accepts_near_spellings_and_rejects_others() {
        let m = SkimMatcherV2::default();
        for (word, candidate) in [
            ("magnistky", "magnitsky"),
            ("magnitskiy", "magnitsky"),
            ("azimjan", "azimjon"),
            ("kyrgystan", "kyrgyzstan"),
            // (The opening of a longer word, as the exact tier reads a word inside another.)
            ("torure", "tortured"),
        ] {
            assert!(
                is_near_spelling(&m, word, candidate),
                "{word} ~ {candidate}"
            );
        }
        for (word, candidate) in [
            ("ngo", "nongovernmental"),
            ("tax", "taxes"),
            ("magnitsky", "magnificent"),
            ("askarov", "asked"),
            ("torture", "tortoise"),
        ] {
            assert!(
                !is_near_spelling(&m, word, candidate),
                "{word} !~ {candidate}"
            );
        }
    }

    #[test]
    fn highlight_maps_folded_matches_back_to_the_original() {
        let text = "Deploy ‘Magnitsky’ personal Sanctions";
        let ranges = highlight_ranges(text, &["magnitsky".to_string(), "sanction".to_string()]);
        let shown: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(shown, ["Magnitsky", "Sanction"]);
    }
}
