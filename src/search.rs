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

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use memchr::memmem;
use serde::{Deserialize, Serialize};

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
    pub fn parse(text: &str, gazetteer: &Gazetteer, themes: &ThemeRules) -> Query {
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

/// One item as the index sees it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    report: usize,
    section: usize,
    item: usize,
    kind: ItemKind,
    /// Report date, for newest-first ordering.
    date: String,
    countries: Vec<String>,
    themes: Vec<String>,
    /// Action category of a recommendation (1–5).
    action: Option<u8>,
    /// Folded item text.
    text: String,
    /// Folded heading, title, countries and cited footnotes.
    context: String,
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
/// cache, see `crate::library`: it serialises).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    vocabulary: Vocabulary,
    /// Per entry: where each of a–z and 0–9 first occurs in its text ([`ABSENT`] when it does
    /// not), an upper bound on how early any query word starting with it can occur. Lets a
    /// one- or two-letter query skip entries that cannot make its top without reading them.
    #[serde(with = "slots")]
    first_ascii: Vec<[u16; 36]>,
}

/// Serde for the first-occurrence table (serde derives stop at arrays of 32): one flat list.
mod slots {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(table: &[[u16; 36]], s: S) -> Result<S::Ok, S::Error> {
        table.concat().serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<[u16; 36]>, D::Error> {
        let flat = Vec::<u16>::deserialize(d)?;
        if flat.len() % 36 != 0 {
            return Err(serde::de::Error::custom(
                "first-occurrence table of the wrong length",
            ));
        }
        Ok(flat
            .chunks_exact(36)
            .map(|c| std::array::from_fn(|i| c[i]))
            .collect())
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
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Vocabulary {
    words: Vec<Box<str>>,
    /// Per word: the entries whose text holds it, ascending.
    in_text: Vec<Vec<u32>>,
    /// Per word: the entries whose context (but not necessarily text) holds it, ascending.
    in_context: Vec<Vec<u32>>,
    /// Three bytes of a word → the words holding them, ascending.
    trigrams: HashMap<[u8; 3], Vec<u32>>,
}

impl Vocabulary {
    fn build(entries: &[Entry]) -> Vocabulary {
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
        for (index, entry) in entries.iter().enumerate() {
            for word in words_of(&entry.text) {
                add(word, index as u32, false);
            }
            for word in words_of(&entry.context) {
                add(word, index as u32, true);
            }
        }
        // Sorted words, so prefixes are ranges.
        let mut order: Vec<u32> = (0..words.len() as u32).collect();
        order.sort_unstable_by_key(|&i| words[i as usize]);
        let mut vocabulary = Vocabulary::default();
        for &old in &order {
            let old = old as usize;
            vocabulary.words.push(words[old].into());
            vocabulary.in_text.push(std::mem::take(&mut in_text[old]));
            vocabulary
                .in_context
                .push(std::mem::take(&mut in_context[old]));
        }
        for (id, word) in vocabulary.words.iter().enumerate() {
            let mut seen: Vec<[u8; 3]> = Vec::new();
            for gram in word.as_bytes().windows(3) {
                let gram = [gram[0], gram[1], gram[2]];
                if !seen.contains(&gram) {
                    seen.push(gram);
                    vocabulary.trigrams.entry(gram).or_default().push(id as u32);
                }
            }
        }
        vocabulary
    }

    /// The id of a word, when it is in the vocabulary.
    fn id(&self, word: &str) -> Option<u32> {
        self.words
            .binary_search_by(|w| (**w).cmp(word))
            .ok()
            .map(|i| i as u32)
    }

    /// Ids of the words that contain `part` (letters and digits only).
    fn containing(&self, part: &str) -> Vec<u32> {
        let bytes = part.as_bytes();
        if bytes.len() < 3 {
            return (0..self.words.len() as u32)
                .filter(|&id| self.words[id as usize].contains(part))
                .collect();
        }
        let mut rarest: Option<&Vec<u32>> = None;
        for gram in bytes.windows(3) {
            match self.trigrams.get(&[gram[0], gram[1], gram[2]]) {
                None => return Vec::new(),
                Some(list) if rarest.is_none_or(|r| list.len() < r.len()) => rarest = Some(list),
                Some(_) => {}
            }
        }
        rarest
            .map(|list| {
                list.iter()
                    .copied()
                    .filter(|&id| self.words[id as usize].contains(part))
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
        let from = self.words.partition_point(|w| &**w < word);
        let mut best = 0;
        for id in from..self.words.len() {
            let w = &self.words[id];
            if !w.starts_with(word) {
                break;
            }
            if !self.in_text[id].is_empty() {
                if &**w == word {
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
        let mut entries = Vec::new();
        for (r, report) in corpus.reports.iter().enumerate() {
            let title = fold(&report.title);
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
                    entries.push(Entry {
                        report: r,
                        section: s,
                        item: i,
                        kind: item.kind,
                        date: report.date.clone().unwrap_or_default(),
                        countries: item.countries.clone(),
                        themes: item.themes.clone(),
                        action: item.action_category,
                        text,
                        context,
                    });
                }
            }
        }
        let vocabulary = Vocabulary::build(&entries);
        let first_ascii = entries.iter().map(|e| first_ascii(&e.text)).collect();
        SearchIndex {
            entries,
            vocabulary,
            first_ascii,
        }
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
                let mut set = EntrySet::empty(self.entries.len());
                for id in self.vocabulary.containing(part) {
                    set.insert_all(&self.vocabulary.in_text[id as usize]);
                    set.insert_all(&self.vocabulary.in_context[id as usize]);
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
        self.entries.len()
    }

    /// True when the corpus has no items.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn passes_filters(&self, entry: &Entry, query: &Query) -> bool {
        query.kind.is_none_or(|k| entry.kind == k)
            && query.action.is_none_or(|a| entry.action == Some(a))
            && query
                .country
                .as_ref()
                .is_none_or(|c| entry.countries.iter().any(|e| c == e))
            && query
                .theme
                .as_ref()
                .is_none_or(|t| entry.themes.iter().any(|e| t == e))
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
                            let mut set = EntrySet::empty(self.entries.len());
                            set.insert_all(&self.vocabulary.in_text[id as usize]);
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
        let matches = self.exact_matches(query, None, self.entries.len().max(1));
        let total = matches.all.len();
        let hits = self.rank(query, matches.scored, total, limit, typo_tier);
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
                let (ea, eb) = (&self.entries[a.0 as usize], &self.entries[b.0 as usize]);
                kind_rank(ea.kind)
                    .cmp(&kind_rank(eb.kind))
                    .then_with(|| eb.date.cmp(&ea.date))
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
            let entry = &self.entries[index as usize];
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
            (None, None) => (0..self.entries.len() as u32).filter_map(check).collect(),
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
                let allowed = |i: &u32| self.passes_filters(&self.entries[*i as usize], query);
                let pool: Vec<u32> = match candidates {
                    Some(c) => c.iter().copied().filter(allowed).collect(),
                    None => (0..self.entries.len() as u32).filter(allowed).collect(),
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
        let phrase_bonus = if needles.phrase.is_some() { 4000 } else { 0 };
        let possible = self.possible(&query.words);
        let may_match = |i: u32| possible.as_ref().is_none_or(|set| set.contains(i));
        // The best `limit` full scores so far, smallest on top.
        let mut best: BinaryHeap<Reverse<u32>> = BinaryHeap::with_capacity(limit + 1);
        let mut check = |index: u32| {
            let entry = &self.entries[index as usize];
            if !self.passes_filters(entry, query) {
                return;
            }
            let threshold = if limit > 0 && best.len() >= limit {
                best.peek().map_or(0, |r| r.0)
            } else {
                0
            };
            if let (Some(slots), true) = (&slots, threshold > 0) {
                // An upper bound from the first-occurrence table alone (no text read): a word
                // occurs no earlier than its first character.
                let first = &self.first_ascii[index as usize];
                let caps: u32 = needles.words.iter().map(|n| n.cap_for(index)).sum();
                let bound = if slots.iter().any(|&s| first[s] == ABSENT) {
                    caps // not all in the text: word-start bonuses only
                } else {
                    let earliest = slots.iter().map(|&s| first[s]).min().unwrap_or(0);
                    3200 - u32::from(earliest.min(200)) + phrase_bonus + caps
                };
                if bound < threshold {
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
            (None, None) => (0..self.entries.len() as u32).for_each(&mut check),
        }
        matches
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
        (0..self.entries.len() as u32)
            .filter_map(|index| {
                let entry = &self.entries[index as usize];
                if !self.passes_filters(entry, query) {
                    return None;
                }
                Self::exact_score(entry, index, &needles).map(|score| (index, score))
            })
            .collect()
    }

    fn hit(&self, index: u32, score: u32, approximate: bool, terms: Vec<String>) -> Hit {
        let e = &self.entries[index as usize];
        Hit {
            at: ItemRef {
                report: e.report,
                section: e.section,
                item: e.item,
            },
            score,
            approximate,
            terms,
        }
    }

    fn entry_of(&self, at: ItemRef) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.report == at.report && e.section == at.section && e.item == at.item)
    }

    fn sort(&self, hits: &mut [Hit]) {
        let key: HashMap<ItemRef, (u8, &str)> = hits
            .iter()
            .filter_map(|h| {
                self.entry_of_fast(h.at)
                    .map(|e| (h.at, (kind_rank(e.kind), e.date.as_str())))
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

    /// Entries are stored in corpus order, so a hit's entry can be found by binary search.
    fn entry_of_fast(&self, at: ItemRef) -> Option<&Entry> {
        let key = (at.report, at.section, at.item);
        self.entries
            .binary_search_by(|e| (e.report, e.section, e.item).cmp(&key))
            .ok()
            .map(|i| &self.entries[i])
            .or_else(|| self.entry_of(at))
    }

    /// The typo tier: items in which every query word occurs exactly or as a near-spelling,
    /// at least one as a near-spelling.
    fn typo_hits(&self, query: &Query) -> Vec<Hit> {
        let matcher = SkimMatcherV2::default();
        let vocabulary = &self.vocabulary;
        let count = self.entries.len();
        // For each query word: the vocabulary words that hold it or spell it nearly (in
        // vocabulary order), the entries whose text has one of them, and whether any is only a
        // near-spelling.
        let mut per_word: Vec<(Vec<u32>, EntrySet, bool)> = Vec::new();
        for word in &query.words {
            let finder = memmem::Finder::new(word.as_bytes());
            let mut terms = Vec::new();
            let mut entries = EntrySet::empty(count);
            let mut approximate = false;
            for (id, vocab) in vocabulary.words.iter().enumerate() {
                let list = &vocabulary.in_text[id];
                if list.is_empty() {
                    continue;
                }
                let exact = finder.find(vocab.as_bytes()).is_some();
                if exact || is_near_spelling(&matcher, word, vocab) {
                    entries.insert_all(list);
                    terms.push(id as u32);
                    approximate |= !exact;
                }
            }
            if terms.is_empty() {
                return Vec::new();
            }
            per_word.push((terms, entries, approximate));
        }
        if !per_word.iter().any(|(_, _, approximate)| *approximate) {
            return Vec::new();
        }
        let Some(((_, first, _), rest)) = per_word.split_first() else {
            return Vec::new();
        };
        let mut common = EntrySet(first.0.clone());
        for (_, set, _) in rest {
            common.intersect(set);
        }
        // For each query word and common entry, the first of the word's spellings (in
        // vocabulary order) that the entry's text holds.
        const NONE: u32 = u32::MAX;
        let own_terms: Vec<Vec<u32>> = per_word
            .iter()
            .map(|(terms, _, _)| {
                let mut own = vec![NONE; count];
                for &term in terms {
                    for &e in &vocabulary.in_text[term as usize] {
                        if common.contains(e) && own[e as usize] == NONE {
                            own[e as usize] = term;
                        }
                    }
                }
                own
            })
            .collect();
        let mut needles: HashMap<Vec<u32>, (Vec<String>, Needles)> = HashMap::new();
        common
            .iter()
            .filter(|&i| self.passes_filters(&self.entries[i as usize], query))
            .filter_map(|i| {
                let key: Vec<u32> = own_terms.iter().map(|own| own[i as usize]).collect();
                let (terms, prepared) = needles.entry(key).or_insert_with_key(|key| {
                    let terms: Vec<String> = key
                        .iter()
                        .filter(|&&t| t != NONE)
                        .map(|&t| vocabulary.words[t as usize].to_string())
                        .collect();
                    let prepared = self.needles(&terms, false);
                    (terms, prepared)
                });
                let score = Self::exact_score(&self.entries[i as usize], i, prepared)?;
                Some(self.hit(i, score, true, terms.clone()))
            })
            .collect()
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
