//! Comparisons: two or three countries side by side, aligned by theme. Pure library code over a
//! [`Corpus`]; the CLI (`steppe compare`) and the reader's comparison view only render a
//! [`Comparison`], and set the same [`Options`].
//!
//! Rows are the themes in rule order (plus a last [`NO_THEME`] row for items no theme rule
//! matched). Each row has three parts:
//! - the **common band**: items about two or more of the compared countries (a regional report's
//!   recommendation to Kazakhstan and Tajikistan at once), each shown once with the countries it
//!   concerns; never "shared" with itself;
//! - **pairs**: two (or three) *different* items, each in another country's column, that say the
//!   same thing — near-copies (Jaccard similarity of their normalised words, [`words`], at least
//!   [`SHARED_THRESHOLD`]) or recommendations reworded (a rarity-weighted cosine of at least
//!   [`REWORDED_THRESHOLD`]) — aligned on one line with their similarity;
//! - the rest of each column: items about that country alone that nothing in another column
//!   matches ("only in A").
//!
//! Within a place (a column or the common band) items that say the same thing are grouped
//! first ([`GROUP_THRESHOLD`]): one entry, newest first, listing up to [`MAX_LISTED`] other
//! sources and counting the rest, so near-copies of one text in many reports cost one entry.
//! Each text is folded and split once, on every core; items are grouped once per comparison
//! (not once per row they are on), each place in parallel. Groups and pairs are found through
//! an index of each set's rarest words (prefix filtering), so the work grows with the number
//! of items rather than with the square of the corpus. Recommendations come before findings, each newest report first. List items are left
//! out: in reports they are mostly signatory lists, tables of contents or sub-points of a finding
//! that is itself included, and read badly on their own; the reader still shows them.

use std::collections::HashMap;

use serde::Serialize;

use crate::corpus::gazetteer::Gazetteer;
use crate::corpus::model::ItemRef;
use crate::corpus::model::{Corpus, Item, ItemKind};
use crate::corpus::themes::ThemeRules;
use crate::resolve::{self, CountryId, ResolveError, ThemeId};
use crate::text::{fold, fold_into, sanitize};

/// Minimum Jaccard similarity of two items' word sets for them to count as the same
/// recommendation. On the built-in reports, reworded copies of one recommendation score 0.82 and
/// more, and different recommendations on the same subject 0.43 and less.
pub const SHARED_THRESHOLD: f64 = 0.6;

/// Theme rows with more candidate pairs than this find shared items through the word index;
/// smaller ones check every pair (measured: on the built-in reports the index cost more than it
/// saved).
const INDEX_FROM_PAIRS: usize = 2_000;

/// Items of one place of a row (a column, or the common band) at least this similar are one
/// entry listing its sources: the same thing said in several reports. The same measure as
/// shared pairs, so a column never holds two entries its neighbour would pair with one item.
pub const GROUP_THRESHOLD: f64 = SHARED_THRESHOLD;

/// At most this many earlier items are checked for an item joining a group (rarest shared words
/// first). Exact below that many candidates; above it, an item that finds no group among them
/// starts its own: at most an extra entry, and the work per item stays bounded however many
/// near-copies a corpus holds.
const GROUP_CANDIDATES: usize = 16;

/// At most this many groups of later columns are checked as near-copies of a group (rarest
/// shared words first): bounded work per group at any scale; below it, every candidate.
const PAIR_CANDIDATES: usize = 64;

/// At most this many other sources are listed per entry (the rest are counted): near-copies of
/// one text in many reports must not make a comparison grow with their number.
pub const MAX_LISTED: usize = 8;

/// Two recommendations of different columns make the same point in other words when the
/// weighted cosine of their words (each word weighted by how rare it is among the compared items)
/// reaches this. On the built-in reports, the five Kazakhstan/Tajikistan recommendation pairs
/// that say the same thing score 0.11–0.26 and every other pair on the same theme 0.03 or less.
pub const REWORDED_THRESHOLD: f64 = 0.08;

/// Words used by more groups of a row than this do not make reworded candidates (they weigh
/// little, and at scale their postings would make the search quadratic).
const REWORDED_POSTINGS: usize = 64;

/// Comparisons of at least this many items make their rows on every core.
const PARALLEL_ROWS_FROM: usize = 2_000;

/// Most countries a comparison holds.
pub const MAX_COUNTRIES: usize = 3;

/// Id of the last row: items that no theme rule matched.
pub const NO_THEME: &str = "no-theme";
/// Label of the [`NO_THEME`] row.
pub const NO_THEME_LABEL: &str = "No theme";

/// Shown in a column that has nothing on a theme.
pub const NOTHING: &str = "— nothing in the loaded reports —";

/// Words too common to say anything about what an item recommends.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "against",
    "all",
    "also",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "i",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "may",
    "might",
    "must",
    "no",
    "nor",
    "not",
    "of",
    "on",
    "or",
    "other",
    "our",
    "over",
    "per",
    "shall",
    "she",
    "should",
    "so",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "under",
    "upon",
    "us",
    "via",
    "was",
    "we",
    "were",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "will",
    "with",
    "within",
    "without",
    "would",
    "you",
    "your",
];

/// Which items of a comparison to show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Show {
    /// Every item.
    #[default]
    All,
    /// What the countries have in common: the common band and the shared pairs.
    Shared,
    /// What differs: each column's items that no other column shares (no common band).
    Different,
}

impl Show {
    /// The word users see.
    pub fn label(self) -> &'static str {
        match self {
            Show::All => "all",
            Show::Shared => "shared",
            Show::Different => "different",
        }
    }

    /// All → shared → different → all.
    pub fn next(self) -> Show {
        match self {
            Show::All => Show::Shared,
            Show::Shared => Show::Different,
            Show::Different => Show::All,
        }
    }
}

impl std::str::FromStr for Show {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "all" => Ok(Show::All),
            "shared" => Ok(Show::Shared),
            "different" => Ok(Show::Different),
            other => Err(format!(
                "unknown filter {:?}: use all, shared or different",
                sanitize(other)
            )),
        }
    }
}

/// What to put in a comparison besides the countries. The CLI's flags (`--theme`, `--only`,
/// `--recommendations`) and the reader's keys (`t`, `s`, `r`) set the same options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Only this theme row (see [`resolve_theme`]).
    pub theme: Option<ThemeLimit>,
    pub show: Show,
    /// Leave findings out: compare what the reports recommend.
    pub recommendations_only: bool,
}

/// The one theme row a comparison is limited to: a theme of the rules, or the last row of items
/// no rule matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeLimit {
    Theme(ThemeId),
    /// Items no theme rule matched (named [`NO_THEME`] on the command line and in saved
    /// sessions).
    Unthemed,
}

impl ThemeLimit {
    /// The row's id: the theme's, or [`NO_THEME`].
    pub fn as_str(&self) -> &str {
        match self {
            ThemeLimit::Theme(id) => id.as_str(),
            ThemeLimit::Unthemed => NO_THEME,
        }
    }

    /// The limit a row id stands for (a picker's choice, a saved session).
    pub fn from_id(id: &str) -> Self {
        if id == NO_THEME {
            ThemeLimit::Unthemed
        } else {
            ThemeLimit::Theme(ThemeId::new(id))
        }
    }
}

impl From<&str> for ThemeLimit {
    fn from(id: &str) -> Self {
        ThemeLimit::from_id(id)
    }
}

impl PartialEq<&str> for ThemeLimit {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Why a comparison cannot be made. Messages list the choices.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompareError {
    /// A country or theme argument names no single one (the same resolver as `@country`).
    #[error(transparent)]
    Resolve(#[from] ResolveError),
    #[error("a comparison needs 2 or 3 countries, got {0}")]
    CountryCount(usize),
    #[error("{0} is named twice; compare different countries")]
    Repeated(String),
}

/// The country a user's argument names: the one resolver of [`crate::resolve`], so `compare u
/// kaz` means what `@u` means in a search.
pub fn resolve_country(gazetteer: &Gazetteer, query: &str) -> Result<CountryId, CompareError> {
    Ok(resolve::country(gazetteer, query)?)
}

/// Whether `count` country arguments can be compared: 2 to [`MAX_COUNTRIES`].
pub fn check_country_count(count: usize) -> Result<(), CompareError> {
    if (2..=MAX_COUNTRIES).contains(&count) {
        Ok(())
    } else {
        Err(CompareError::CountryCount(count))
    }
}

/// Resolves 2–3 country arguments, refusing repeats.
pub fn resolve_countries(
    gazetteer: &Gazetteer,
    queries: &[String],
) -> Result<Vec<CountryId>, CompareError> {
    check_country_count(queries.len())?;
    let mut names: Vec<CountryId> = Vec::new();
    for query in queries {
        let name = resolve_country(gazetteer, query)?;
        if names.contains(&name) {
            return Err(CompareError::Repeated(name.into_string()));
        }
        names.push(name);
    }
    Ok(names)
}

/// The theme a user's argument names (the one resolver of [`crate::resolve`]); [`NO_THEME`]
/// for items no rule matched.
pub fn resolve_theme(themes: &ThemeRules, query: &str) -> Result<ThemeLimit, CompareError> {
    if query.trim() == NO_THEME {
        return Ok(ThemeLimit::Unthemed);
    }
    resolve::theme(themes, query)
        .map(ThemeLimit::Theme)
        .map_err(|err| match err {
            ResolveError::NoTheme { query, mut choices } => {
                choices.push(NO_THEME.to_string());
                ResolveError::NoTheme { query, choices }.into()
            }
            other => other.into(),
        })
}

/// Another item that says what an entry says in the same place of a row (a reprint, an earlier
/// edition, another report's wording).
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub report_id: String,
    /// The report's short label ("FPC 2021").
    pub source: String,
}

/// One item of a theme row: in the common band or in one country's column. Items of one place
/// that say the same thing (similarity ≥ [`GROUP_THRESHOLD`]) are one entry: the newest is the
/// entry, the others are listed in `also` (at most [`MAX_LISTED`]; `also_count` counts them all).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Where the item is in the corpus.
    pub at: ItemRef,
    pub id: String,
    pub kind: ItemKind,
    pub report_id: String,
    /// The report's short label ("FPC 2021").
    pub source: String,
    /// The compared countries the item (or one of its group) is about: one in a column, two or
    /// more in the common band.
    pub countries: Vec<CountryId>,
    /// Other items saying the same in this place, newest first, at most [`MAX_LISTED`].
    pub also: Vec<Source>,
    /// How many other items say the same in this place, listed or not.
    pub also_count: usize,
    /// In a column: the index in [`Row::pairs`] of the pair the entry belongs to.
    pub pair: Option<usize>,
}

impl Entry {
    /// True when a different item in another column says the same (≈).
    pub fn is_shared(&self) -> bool {
        self.pair.is_some()
    }
}

/// One country's items on one theme: those about this country alone among the compared ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub country: CountryId,
    /// The entries of the row's pairs first, in the order of [`Row::pairs`]; then the entries
    /// found only in this column (recommendations, then findings, each newest report first).
    pub entries: Vec<Entry>,
}

/// Two or three different items, each in another column, that say the same thing: one aligned
/// line of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// (column, position in that column's entries), in column order.
    pub members: Vec<(usize, usize)>,
    /// How alike the members are: the cosine of their word sets, each word weighted by how
    /// rare it is among the compared items (the lowest link of a triple), 0–1.
    pub similarity: f64,
}

/// One theme: what is common to several compared countries, then one column per country, with
/// the pairs that say the same thing across columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub theme: String,
    pub label: String,
    /// Items about two or more of the compared countries, each once (the common band):
    /// recommendations, then findings, each newest first.
    pub common: Vec<Entry>,
    pub columns: Vec<Column>,
    /// Shared items, aligned; each column's paired entries come first, in this order.
    pub pairs: Vec<Pair>,
}

impl Row {
    /// True when the row has nothing to show.
    pub fn is_empty(&self) -> bool {
        self.common.is_empty() && self.columns.iter().all(|c| c.entries.is_empty())
    }

    /// How many of a column's entries are paired (they come first).
    pub fn paired_in(&self, column: usize) -> usize {
        self.columns.get(column).map_or(0, |c| {
            c.entries.iter().take_while(|e| e.pair.is_some()).count()
        })
    }

    /// A column's entries that no other column shares ("only in A").
    pub fn unpaired(&self, column: usize) -> &[Entry] {
        let from = self.paired_in(column);
        self.columns.get(column).map_or(&[], |c| &c.entries[from..])
    }

    /// A pair's entries, one slot per column (None where the pair has no member).
    pub fn pair_entries(&self, pair: &Pair) -> Vec<Option<&Entry>> {
        let mut out = vec![None; self.columns.len()];
        for &(c, e) in &pair.members {
            if let Some(entry) = self.columns.get(c).and_then(|col| col.entries.get(e)) {
                out[c] = Some(entry);
            }
        }
        out
    }

    /// Items on this row per column, the common band counted for every column it concerns and
    /// each entry with the items grouped in it: what the theme picker shows.
    pub fn counts(&self) -> Vec<usize> {
        self.counts_where(|_| true)
    }

    /// [`Row::counts`] of the entries `keep` accepts.
    pub fn counts_where(&self, keep: impl Fn(&Entry) -> bool) -> Vec<usize> {
        let items = |e: &Entry| 1 + e.also_count;
        self.columns
            .iter()
            .map(|col| {
                col.entries
                    .iter()
                    .filter(|e| keep(e))
                    .map(items)
                    .sum::<usize>()
                    + self
                        .common
                        .iter()
                        .filter(|e| keep(e) && e.countries.contains(&col.country))
                        .map(items)
                        .sum::<usize>()
            })
            .collect()
    }
}

/// Items counted per country over the whole comparison (after the theme limit, before the
/// all/shared/different filter), each item once however many themes it has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub recommendations: usize,
    pub findings: usize,
}

/// Two or three countries side by side, by theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub countries: Vec<CountryId>,
    /// Themes with something for at least one country after filtering, in rule order.
    pub rows: Vec<Row>,
    pub options: Options,
    /// Per country, in the order of `countries`.
    pub counts: Vec<Counts>,
}

impl Comparison {
    /// Builds the comparison of `countries` (names as in the gazetteer) on the reports of
    /// `corpus`, with rows in the order of `themes`.
    pub fn build(
        corpus: &Corpus,
        themes: &ThemeRules,
        countries: &[CountryId],
        options: &Options,
    ) -> Comparison {
        build(corpus, themes, countries, options, Pairing::Indexed)
    }

    /// The same comparison found by comparing every pair of items in each row: the baseline of
    /// the benchmark and the oracle of the tests.
    #[doc(hidden)]
    pub fn build_all_pairs(
        corpus: &Corpus,
        themes: &ThemeRules,
        countries: &[CountryId],
        options: &Options,
    ) -> Comparison {
        build(corpus, themes, countries, options, Pairing::AllPairs)
    }

    /// The corpus item an entry stands for.
    pub fn item<'c>(corpus: &'c Corpus, entry: &Entry) -> Option<&'c Item> {
        corpus.get(entry.at).map(|(_, _, item)| item)
    }

    /// Countries without a single recommendation in the comparison (findings only, or nothing).
    pub fn without_recommendations(&self) -> Vec<&str> {
        self.countries
            .iter()
            .zip(&self.counts)
            .filter(|(_, c)| c.recommendations == 0)
            .map(|(name, _)| name.as_str())
            .collect()
    }

    /// Countries with nothing at all in the comparison.
    pub fn without_items(&self) -> Vec<&str> {
        self.countries
            .iter()
            .zip(&self.counts)
            .filter(|(_, c)| c.recommendations + c.findings == 0)
            .map(|(name, _)| name.as_str())
            .collect()
    }

    /// Sentences that say what the comparison holds when it would otherwise be silent:
    /// countries with findings only, countries with nothing, and an empty result. The CLI
    /// prints them above the rows and the reader shows them at the top of the view.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        let nothing = self.without_items();
        let findings_only: Vec<&str> = self
            .without_recommendations()
            .into_iter()
            .filter(|c| !nothing.contains(c))
            .collect();
        let on_theme = if self.options.theme.is_some() {
            " on this theme"
        } else {
            ""
        };
        if !findings_only.is_empty() && !self.options.recommendations_only {
            notes.push(format!(
                "No recommendations for {}{on_theme} in the loaded reports: findings only.",
                join_and(&findings_only)
            ));
        }
        if !nothing.is_empty() {
            let what = if self.options.recommendations_only {
                "No recommendations for"
            } else {
                "Nothing about"
            };
            notes.push(format!(
                "{what} {}{on_theme} in the loaded reports.",
                join_and(&nothing)
            ));
        }
        if self.rows.is_empty() && nothing.len() < self.countries.len() {
            notes.push(match self.options.show {
                Show::Shared => "No item is shared between the columns.".to_string(),
                Show::Different => "Every item is shared with another column.".to_string(),
                Show::All => "Nothing to compare.".to_string(),
            });
        }
        notes
    }

    /// The heading: "Kazakhstan · Tajikistan (shared only, recommendations only)".
    pub fn title(&self) -> String {
        let mut t = resolve::joined(&self.countries, " · ");
        let mut modes = Vec::new();
        match self.options.show {
            Show::All => {}
            Show::Shared => modes.push("shared only"),
            Show::Different => modes.push("differences only"),
        }
        if self.options.recommendations_only {
            modes.push("recommendations only");
        }
        if !modes.is_empty() {
            t.push_str(&format!(" ({})", modes.join(", ")));
        }
        t
    }

    /// The row of a theme id.
    pub fn row(&self, theme: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.theme == theme)
    }

    /// Every entry of every row, the common bands' and the columns'.
    pub fn all_entries(&self) -> impl Iterator<Item = &Entry> {
        self.rows.iter().flat_map(|row| {
            row.common
                .iter()
                .chain(row.columns.iter().flat_map(|c| &c.entries))
        })
    }

    /// Every entry of every column (not the common bands), with its row and column index.
    pub fn entries(&self) -> impl Iterator<Item = (usize, usize, &Entry)> {
        self.rows.iter().enumerate().flat_map(|(r, row)| {
            row.columns
                .iter()
                .enumerate()
                .flat_map(move |(c, col)| col.entries.iter().map(move |e| (r, c, e)))
        })
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_and(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Per theme id, how many items (or only recommendations) each of `countries` has on it,
/// counted as a comparison without a theme limit counts them (list items left out): what the
/// comparison's theme picker shows. Items without a theme are counted under [`NO_THEME`].
pub fn theme_counts(
    corpus: &Corpus,
    countries: &[CountryId],
    recommendations_only: bool,
) -> HashMap<String, Vec<usize>> {
    let mut counts: HashMap<String, Vec<usize>> = HashMap::new();
    let no_theme = [NO_THEME.to_string()];
    for item in corpus.items().map(|(_, _, item)| item) {
        if !compared(item) || (recommendations_only && item.kind != ItemKind::Recommendation) {
            continue;
        }
        let themes = if item.themes.is_empty() {
            &no_theme[..]
        } else {
            &item.themes[..]
        };
        for (c, country) in countries.iter().enumerate() {
            if !item.countries.iter().any(|c| country == c) {
                continue;
            }
            for theme in themes {
                counts
                    .entry(theme.clone())
                    .or_insert_with(|| vec![0; countries.len()])[c] += 1;
            }
        }
    }
    counts
}

/// Whether a comparison shows an item at all: list items (a report's enumerations of trends,
/// publications) are context, not positions.
fn compared(item: &Item) -> bool {
    item.kind != ItemKind::ListItem
}

/// The normalised words two items are compared on: folded text split at anything that is not a
/// letter or digit, without footnote markers (`[3]`), stop words and one-letter words; sorted,
/// each once.
pub fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    each_word(&fold(text), |word| {
        if word.chars().nth(1).is_some() && STOP_WORDS.binary_search(&word).is_err() {
            out.push(word.to_string());
        }
    });
    out.sort_unstable();
    out.dedup();
    out
}

/// Calls `each` with every run of letters and digits of `folded` (text through [`fold`]), in
/// order, skipping footnote markers (`[` + up to five letters or digits + `]`): the one
/// tokeniser of [`words`] and of the comparison's word ids.
fn each_word(folded: &str, mut each: impl FnMut(&str)) {
    // Whether the character at byte `at` is a letter or digit, and its length in bytes.
    let class = |at: usize| -> (bool, usize) {
        match folded.as_bytes()[at] {
            b if b < 0x80 => (b.is_ascii_alphanumeric(), 1),
            _ => folded[at..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
        }
    };
    let bytes = folded.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'[' {
            let after = &folded[at + 1..];
            // The first `]` within five characters' bytes closes a marker of letters or digits.
            at += match after.bytes().take(6).position(|b| b == b']') {
                Some(end) if after[..end].chars().all(char::is_alphanumeric) => end + 2,
                _ => 1,
            };
            continue;
        }
        let (letter, len) = class(at);
        if !letter {
            at += len;
            continue;
        }
        let start = at;
        at += len;
        while at < bytes.len() {
            let (letter, len) = class(at);
            if !letter {
                break;
            }
            at += len;
        }
        each(&folded[start..at]);
    }
}

/// Texts per share of [`Vocabulary::ids_of_all`]: enough to make a thread worth it (each share
/// numbers its own words, so small shares repeat work), few enough to keep cores busy.
const TOKEN_SHARE: usize = 16_384;

/// A word's identity in the comparison: a 64-bit hash of its folded text (fixed seed). Two
/// different words would have to collide in 64 bits to be taken for one (about one chance in
/// 10⁹ for a vocabulary of 200 000 words), and then two items would only seem to share a word;
/// in exchange, no word is copied or compared as text.
fn word_hash(word: &str) -> u64 {
    use std::hash::BuildHasher;
    foldhash::quality::FixedState::default().hash_one(word)
}

/// A hasher for keys that are hashes already ([`word_hash`]): passes them through.
#[derive(Default)]
struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used; anything else is folded in rather than dropped.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Word ids for the comparison: each normalised word ([`words`]) numbered once in the order
/// first seen, stop words known up front so that a text is folded and split once, and a word
/// looked up by its hash ([`word_hash`]) without being copied.
struct Vocabulary {
    ids: std::collections::HashMap<u64, u32, std::hash::BuildHasherDefault<Prehashed>>,
    /// The words' hashes by id.
    hashes: Vec<u64>,
}

/// Word lists of many texts in one buffer: text `t`'s words are `words[ends[t - 1]..ends[t]]`.
#[derive(Default)]
struct WordLists {
    words: Vec<u32>,
    ends: Vec<usize>,
}

impl WordLists {
    fn get(&self, text: usize) -> &[u32] {
        let start = if text == 0 { 0 } else { self.ends[text - 1] };
        &self.words[start..self.ends[text]]
    }

    /// Ends the current text (the words pushed since the last end).
    fn end_text(&mut self) {
        self.ends.push(self.words.len());
    }
}

impl Vocabulary {
    /// The id stop words map to: never part of a word set.
    const STOP: u32 = u32::MAX;

    fn new() -> Self {
        let mut ids = std::collections::HashMap::default();
        for &stop in STOP_WORDS {
            ids.insert(word_hash(stop), Self::STOP);
        }
        Vocabulary {
            ids,
            hashes: Vec::new(),
        }
    }

    /// How many words have ids (`0..len`).
    fn len(&self) -> usize {
        self.hashes.len()
    }

    /// The id of a word's hash, numbered now if new.
    fn id(&mut self, hash: u64) -> u32 {
        let next = self.hashes.len() as u32;
        let id = *self.ids.entry(hash).or_insert(next);
        if id == next {
            self.hashes.push(hash);
        }
        id
    }

    /// The ids of `text`'s normalised words, in text order (repeats kept), pushed onto `out`;
    /// `folded` is scratch space.
    fn ids(&mut self, text: &str, folded: &mut String, out: &mut Vec<u32>) {
        folded.clear();
        fold_into(text, folded);
        each_word(folded, |word| {
            if word.len() < 2 || (!word.is_ascii() && word.chars().nth(1).is_none()) {
                return;
            }
            let id = self.id(word_hash(word));
            if id != Self::STOP {
                out.push(id);
            }
        });
    }

    /// Per text, the ids of its normalised words, sorted, each once. Texts are split on every
    /// core, a share each with words numbered in the share, then renumbered here share by share,
    /// so that ids come out exactly as one pass in order would number them.
    fn ids_of_all(&mut self, texts: &[&str]) -> WordLists {
        let shares: Vec<&[&str]> = texts.chunks(TOKEN_SHARE).collect();
        let split = crate::parallel::map(&shares, |share| {
            let mut local = Vocabulary::new();
            // About one word id per eight bytes of text (stop words and repeats included).
            let bytes: usize = share.iter().map(|t| t.len()).sum();
            let mut lists = WordLists {
                words: Vec::with_capacity(bytes / 8),
                ends: Vec::with_capacity(share.len()),
            };
            let mut folded = String::new();
            for text in share.iter() {
                local.ids(text, &mut folded, &mut lists.words);
                lists.end_text();
            }
            (local.hashes, lists)
        });
        let mut out = WordLists {
            words: Vec::with_capacity(split.iter().map(|(_, l)| l.words.len()).sum()),
            ends: Vec::with_capacity(texts.len()),
        };
        for (hashes, mut lists) in split {
            let global: Vec<u32> = hashes.iter().map(|&h| self.id(h)).collect();
            let mut start = 0;
            for &end in &lists.ends {
                let text = &mut lists.words[start..end];
                start = end;
                for id in text.iter_mut() {
                    *id = global[*id as usize];
                }
                text.sort_unstable();
                let from = out.words.len();
                for &id in text.iter() {
                    if out.words.len() == from || out.words.last() != Some(&id) {
                        out.words.push(id);
                    }
                }
                out.end_text();
            }
        }
        out
    }
}

/// Jaccard similarity of two sorted, deduplicated word lists.
pub fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = overlap(a, b);
    common as f64 / (a.len() + b.len() - common) as f64
}

/// True when two word sets are at least `threshold` similar.
fn similar(a: &[u32], b: &[u32], threshold: f64) -> bool {
    // Size filter first: Jaccard ≥ t needs the smaller set to be at least t × the larger.
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() || (small.len() as f64) < threshold * large.len() as f64 {
        return false;
    }
    // The merge below stops as soon as the answer is known.
    fewest_common(a.len(), b.len(), threshold)
        .is_some_and(|needed| overlap_up_to(a, b, Some(needed)) >= needed)
}

/// The fewest words two sets of `a` and `b` words must share to be at least `threshold`
/// similar, by the same test as [`similarity`]; None when even the smaller set whole is not
/// enough.
fn fewest_common(a: usize, b: usize, threshold: f64) -> Option<usize> {
    let (total, small) = (a + b, a.min(b));
    let reaches = |n: usize| n as f64 / (total - n) as f64 >= threshold;
    let mut needed = ((threshold * total as f64) / (1.0 + threshold)).ceil() as usize;
    needed = needed.min(small);
    while needed > 0 && reaches(needed - 1) {
        needed -= 1;
    }
    while needed <= small && !reaches(needed) {
        needed += 1;
    }
    (needed <= small).then_some(needed)
}

/// The Jaccard similarity of two word sets when it is at least `threshold`: the same answer as
/// [`similar`] then [`similarity`], in one merge that stops once the threshold is out of reach.
fn similarity_at_least(a: &[u32], b: &[u32], threshold: f64) -> Option<f64> {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() || (small.len() as f64) < threshold * large.len() as f64 {
        return None;
    }
    let total = a.len() + b.len();
    let needed = fewest_common(a.len(), b.len(), threshold)?;
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if n + (a.len() - i).min(b.len() - j) < needed {
            return None;
        }
        // Without branches on the words' order (the processor cannot predict it).
        let (x, y) = (a[i], b[j]);
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    (n >= needed).then(|| n as f64 / (total - n) as f64)
}

/// Words two sorted lists share.
fn overlap(a: &[u32], b: &[u32]) -> usize {
    overlap_up_to(a, b, None)
}

/// Words two sorted lists share; with `enough`, counted only until the count reaches it or can
/// no longer reach it (then the count so far, below it).
fn overlap_up_to(a: &[u32], b: &[u32], enough: Option<usize>) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if let Some(enough) = enough {
            if n >= enough || n + (a.len() - i).min(b.len() - j) < enough {
                break;
            }
        }
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// How many of a set's words (rarest first) must be indexed so that every set at least
/// `threshold` similar to it shares at least one of them: `n − ⌈t·n⌉ + 1`.
fn prefix_len(n: usize, threshold: f64) -> usize {
    let needed = (threshold * n as f64 - 1e-9).ceil().max(1.0) as usize;
    (n + 1).saturating_sub(needed).min(n)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pairing {
    Indexed,
    AllPairs,
}

/// An item of the comparison (about a compared country; list items, and findings when only
/// recommendations are compared, left out), with its word ids.
struct Selected<'w> {
    at: ItemRef,
    kind: ItemKind,
    /// Indices into the comparison's countries.
    columns: Columns,
    /// Sorted, each once.
    words: &'w [u32],
    /// The weighted length of `words` ([`Weights::norm`]), set once the weights are known.
    norm: f64,
}

/// Indices into a comparison's countries (at most [`MAX_COUNTRIES`]), kept inline: one per
/// compared item, so no allocation each.
#[derive(Debug, Clone, Copy, Default)]
struct Columns {
    len: usize,
    at: [usize; MAX_COUNTRIES],
}

impl Columns {
    fn push(&mut self, column: usize) {
        if let Some(slot) = self.at.get_mut(self.len) {
            *slot = column;
            self.len += 1;
        }
    }

    fn as_slice(&self) -> &[usize] {
        &self.at[..self.len]
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Selected<'_> {
    /// Which items this one may be grouped with: those of its place in a row (its one column,
    /// or the common band as `usize::MAX`) and of its kind (recommendation or not).
    fn place(&self) -> (usize, bool) {
        let place = match self.columns.as_slice() {
            [one] => *one,
            _ => usize::MAX,
        };
        (place, self.kind == ItemKind::Recommendation)
    }
}

/// Report indices, newest first (ISO dates sort as text; undated last; load order for ties).
fn newest_first(corpus: &Corpus) -> Vec<usize> {
    let mut order: Vec<usize> = (0..corpus.reports.len()).collect();
    order.sort_by(
        |&a, &b| match (&corpus.reports[a].date, &corpus.reports[b].date) {
            (Some(x), Some(y)) => y.cmp(x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        },
    );
    order
}

/// Words ordered rarest first over the compared items (fewest items using them, ties by id):
/// one order for every word set, as prefix filtering needs.
struct Rarity {
    /// Per word id, how many compared items use it.
    df: Vec<u32>,
}

impl Rarity {
    /// The rarest `prefix_len` words of a set.
    fn prefix(&self, words: &[u32], threshold: f64) -> Vec<u32> {
        let mut ordered = Vec::new();
        self.prefix_into(words, threshold, &mut ordered);
        ordered
    }

    /// [`Rarity::prefix`] into `out` (replacing what it held).
    fn prefix_into(&self, words: &[u32], threshold: f64, out: &mut Vec<u32>) {
        out.clear();
        out.extend_from_slice(words);
        out.sort_unstable_by_key(|&w| (self.df[w as usize], w));
        out.truncate(prefix_len(out.len(), threshold));
    }
}

/// Items of one place that say the same thing: the first (newest) and the others, in order.
type Group = Vec<usize>;

/// Which items of `selected` say the same thing: per item, the index of the first item of its
/// group (itself when it starts one). Items are grouped within their place and kind
/// ([`Selected::place`]), in order (newest first): each joins the group of the earlier item it
/// is most similar to, at least [`GROUP_THRESHOLD`] (ties to the earliest group), or starts one.
///
/// Made once per comparison over every compared item whatever theme is shown, so a row groups
/// its items the same way with or without a theme limit, and an item is compared once however
/// many rows it is in; places are grouped in parallel. Identical word sets join at once; other
/// candidates come from an index of the items' rarest words, at most [`GROUP_CANDIDATES`] of
/// them, so the work grows with the number of items, not with the number of copies squared.
fn leaders(
    selected: &[Selected<'_>],
    rarity: &Rarity,
    vocabulary: usize,
    pairing: Pairing,
) -> Vec<usize> {
    let mut places: Vec<((usize, bool), Vec<usize>)> = Vec::new();
    for (i, item) in selected.iter().enumerate() {
        let place = item.place();
        match places.iter_mut().find(|(p, _)| *p == place) {
            Some((_, items)) => items.push(i),
            None => places.push((place, vec![i])),
        }
    }
    let found: Vec<Vec<usize>> = std::thread::scope(|scope| {
        let workers: Vec<_> = places
            .iter()
            .map(|(_, items)| {
                scope.spawn(move || leaders_of_place(items, selected, rarity, vocabulary, pairing))
            })
            .collect();
        workers
            .into_iter()
            // A worker that panicked re-raises its panic here, as one thread would.
            .map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    let mut leader_of = vec![0; selected.len()];
    for ((_, items), found) in places.iter().zip(found) {
        for (&i, leader) in items.iter().zip(found) {
            leader_of[i] = leader;
        }
    }
    leader_of
}

/// [`leaders`] of the items of one place (`items`, indices into `selected` in order): per item,
/// the index into `selected` of its group's first item.
fn leaders_of_place(
    items: &[usize],
    selected: &[Selected<'_>],
    rarity: &Rarity,
    vocabulary: usize,
    pairing: Pairing,
) -> Vec<usize> {
    // The place's word lists copied in order into one buffer: candidates are read from here,
    // close together, rather than from all over the comparison's word lists.
    let mut lists = WordLists {
        words: Vec::with_capacity(items.iter().map(|&i| selected[i].words.len()).sum()),
        ends: Vec::with_capacity(items.len()),
    };
    for &i in items {
        lists.words.extend_from_slice(selected[i].words);
        lists.end_text();
    }
    // Per position, the first earlier item with exactly the same words (such an item joins its
    // group at once); and the rarest words of the others, indexed: per word id, the positions
    // of the items with that word among their rarest, in order (an index in one buffer).
    let mut first_with: foldhash::HashMap<&[u32], u32> = foldhash::HashMap::default();
    let mut copy_of: Vec<u32> = Vec::with_capacity(items.len());
    let mut prefixes = WordLists::default();
    let mut prefix: Vec<u32> = Vec::new();
    for k in 0..items.len() {
        let words = lists.get(k);
        let first = *first_with.entry(words).or_insert(k as u32);
        copy_of.push(first);
        if first == k as u32 && pairing == Pairing::Indexed {
            rarity.prefix_into(words, GROUP_THRESHOLD, &mut prefix);
            prefixes.words.extend_from_slice(&prefix);
        }
        prefixes.end_text();
    }
    drop(first_with);
    let mut starts: Vec<u32> = vec![
        0;
        if pairing == Pairing::Indexed {
            vocabulary + 1
        } else {
            0
        }
    ];
    for &w in &prefixes.words {
        starts[w as usize + 1] += 1;
    }
    for w in 1..starts.len() {
        starts[w] += starts[w - 1];
    }
    let mut postings: Vec<u32> = vec![0; prefixes.words.len()];
    let mut filled = starts.clone();
    for k in 0..items.len() {
        for &w in prefixes.get(k) {
            postings[filled[w as usize] as usize] = k as u32;
            filled[w as usize] += 1;
        }
    }
    drop(filled);
    let postings_of =
        |w: u32| &postings[starts[w as usize] as usize..starts[w as usize + 1] as usize];

    // Per item of `items` (by position k), its group's first item as a position.
    let mut leader_of: Vec<u32> = Vec::with_capacity(items.len());
    // Per position, the last item that checked it (an item checks another once).
    let mut checked_by: Vec<u32> = vec![u32::MAX; items.len()];
    let mut candidates: Vec<u32> = Vec::with_capacity(GROUP_CANDIDATES);
    for (k, &copy) in copy_of.iter().enumerate() {
        let words = lists.get(k);
        let copy = copy as usize;
        if copy != k {
            leader_of.push(leader_of[copy]);
            continue;
        }
        let mut best: Option<(f64, u32)> = None;
        let mut consider = |earlier: usize| {
            if let Some(s) = similarity_at_least(lists.get(earlier), words, GROUP_THRESHOLD) {
                let leader = leader_of[earlier];
                // Ties go to the earliest group, whatever order candidates come in.
                if best.is_none_or(|(b, bl)| s > b || (s == b && leader < bl)) {
                    best = Some((s, leader));
                }
            }
        };
        match pairing {
            Pairing::Indexed => {
                // Rarest words first: the items most likely to match come first, and at most
                // GROUP_CANDIDATES are checked (near-copies find theirs among the first).
                candidates.clear();
                'words: for &w in prefixes.get(k) {
                    for &earlier in postings_of(w).iter().take_while(|&&e| (e as usize) < k) {
                        if checked_by[earlier as usize] != k as u32 {
                            checked_by[earlier as usize] = k as u32;
                            candidates.push(earlier);
                            if candidates.len() >= GROUP_CANDIDATES {
                                break 'words;
                            }
                        }
                    }
                }
                // The candidates' lists are far apart in memory: reading each one's first and
                // last word in one go lets the processor fetch them all at once, rather than
                // one after the other in the merges; and a candidate whose words all sort
                // before or after this item's shares none of them.
                let (first, last) = (words.first().copied(), words.last().copied());
                candidates.retain(|&c| {
                    let theirs = lists.get(c as usize);
                    theirs.first().copied() <= last && theirs.last().copied() >= first
                });
                for &earlier in &candidates {
                    consider(earlier as usize);
                }
            }
            Pairing::AllPairs => {
                for earlier in 0..k {
                    consider(earlier);
                }
            }
        }
        leader_of.push(best.map_or(k as u32, |(_, leader)| leader));
    }
    leader_of.into_iter().map(|k| items[k as usize]).collect()
}

/// The groups of one place of a row (`cell`, indices into `selected` in order): recommendations
/// first, then the rest, each group in the order of its first item in the cell. `slot` is
/// scratch space, one per item, `usize::MAX` between calls.
fn grouped(
    cell: &[usize],
    selected: &[Selected<'_>],
    leader_of: &[usize],
    slot: &mut [usize],
) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for recommendations in [true, false] {
        for &i in cell {
            if (selected[i].kind == ItemKind::Recommendation) != recommendations {
                continue;
            }
            let leader = leader_of[i];
            match slot[leader] {
                usize::MAX => {
                    slot[leader] = groups.len();
                    groups.push(vec![i]);
                }
                g => groups[g].push(i),
            }
        }
    }
    for group in &groups {
        slot[leader_of[group[0]]] = usize::MAX;
    }
    groups
}

/// Links between groups of different columns: ((column, group), (column, group), weighted
/// similarity) for every two groups whose first items are at least [`SHARED_THRESHOLD`] similar
/// (Jaccard), and ((`reworded`) for recommendations at least [`REWORDED_THRESHOLD`] similar by
/// [`Weights::cosine`].
type Link = ((usize, usize), (usize, usize), f64);

fn links(
    groups: &[Vec<Group>],
    selected: &[Selected<'_>],
    rarity: &Rarity,
    weights: &Weights,
    pairing: Pairing,
) -> Vec<Link> {
    let mut out = same_links(groups, selected, rarity, weights, pairing);
    let known: std::collections::HashSet<((usize, usize), (usize, usize))> =
        out.iter().map(|&(a, b, _)| (a, b)).collect();
    out.extend(
        reworded_links(groups, selected, weights, pairing)
            .into_iter()
            .filter(|(a, b, _)| !known.contains(&(*a, *b))),
    );
    out
}

/// Recommendations of different columns that make the same point in other words: weighted
/// similarity at least [`REWORDED_THRESHOLD`]. Candidates share a word that at most
/// [`REWORDED_POSTINGS`] groups of the row use (commoner words weigh little), rarest words first,
/// at most [`PAIR_CANDIDATES`] per recommendation, so the work stays bounded however many copies
/// a corpus holds.
fn reworded_links(
    groups: &[Vec<Group>],
    selected: &[Selected<'_>],
    weights: &Weights,
    pairing: Pairing,
) -> Vec<Link> {
    let leader = |c: usize, g: usize| &selected[groups[c][g][0]];
    let recommendations: Vec<(usize, usize)> = groups
        .iter()
        .enumerate()
        .flat_map(|(c, col)| (0..col.len()).map(move |g| (c, g)))
        .filter(|&(c, g)| leader(c, g).kind == ItemKind::Recommendation)
        .collect();
    let mut out = Vec::new();
    let check = |a: (usize, usize), b: (usize, usize), out: &mut Vec<Link>| {
        let (x, y) = (leader(a.0, a.1), leader(b.0, b.1));
        let s = weights.cosine_with(x.words, x.norm, y.words, y.norm);
        if s >= REWORDED_THRESHOLD {
            out.push((a, b, s));
        }
    };
    if pairing == Pairing::AllPairs {
        for (k, &a) in recommendations.iter().enumerate() {
            for &b in &recommendations[k + 1..] {
                if a.0 != b.0 {
                    check(a.min(b), a.max(b), &mut out);
                }
            }
        }
        return out;
    }
    let mut index: HashMap<u32, Vec<(usize, usize)>> = HashMap::new();
    for &(c, g) in &recommendations {
        for &w in leader(c, g).words {
            index.entry(w).or_default().push((c, g));
        }
    }
    let mut seen: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
    for &a in &recommendations {
        // Rarest words first (they weigh most), skipping words too common to say much.
        let mut words: Vec<&Vec<(usize, usize)>> = leader(a.0, a.1)
            .words
            .iter()
            .filter_map(|w| index.get(w))
            .filter(|postings| postings.len() <= REWORDED_POSTINGS)
            .collect();
        words.sort_by_key(|postings| postings.len());
        let mut checks = 0;
        'words: for postings in words {
            for &b in postings {
                if b.0 <= a.0 || seen.get(&b) == Some(&a) {
                    continue;
                }
                seen.insert(b, a);
                check(a, b, &mut out);
                checks += 1;
                if checks >= PAIR_CANDIDATES {
                    break 'words;
                }
            }
        }
    }
    out
}

/// Groups of different columns whose first items are at least [`SHARED_THRESHOLD`] similar.
fn same_links(
    groups: &[Vec<Group>],
    selected: &[Selected<'_>],
    rarity: &Rarity,
    weights: &Weights,
    pairing: Pairing,
) -> Vec<Link> {
    let words = |c: usize, g: usize| selected[groups[c][g][0]].words;
    let mut out = Vec::new();
    let check = |a: (usize, usize), b: (usize, usize), out: &mut Vec<Link>| {
        let (x, y) = (words(a.0, a.1), words(b.0, b.1));
        if similar(x, y, SHARED_THRESHOLD) {
            out.push((a, b, weights.cosine(x, y)));
        }
    };
    let pairs: usize = (0..groups.len())
        .flat_map(|a| (a + 1..groups.len()).map(move |b| (a, b)))
        .map(|(a, b)| groups[a].len() * groups[b].len())
        .sum();
    if pairing == Pairing::AllPairs || pairs <= INDEX_FROM_PAIRS {
        for c1 in 0..groups.len() {
            for c2 in c1 + 1..groups.len() {
                for g1 in 0..groups[c1].len() {
                    for g2 in 0..groups[c2].len() {
                        check((c1, g1), (c2, g2), &mut out);
                    }
                }
            }
        }
        return out;
    }
    // Prefix filtering over the groups' first items.
    let mut index: HashMap<u32, Vec<(usize, usize)>> = HashMap::new();
    let mut prefixes: Vec<Vec<Vec<u32>>> = Vec::with_capacity(groups.len());
    for (c, col) in groups.iter().enumerate() {
        let mut col_prefixes = Vec::with_capacity(col.len());
        for g in 0..col.len() {
            let prefix = rarity.prefix(words(c, g), SHARED_THRESHOLD);
            for &w in &prefix {
                index.entry(w).or_default().push((c, g));
            }
            col_prefixes.push(prefix);
        }
        prefixes.push(col_prefixes);
    }
    let mut seen: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
    for (c1, col) in prefixes.iter().enumerate() {
        for (g1, prefix) in col.iter().enumerate() {
            let mut checks = 0;
            'words: for w in prefix {
                for &(c2, g2) in index.get(w).map_or(&[][..], Vec::as_slice) {
                    if c2 <= c1 || seen.get(&(c2, g2)) == Some(&(c1, g1)) {
                        continue;
                    }
                    seen.insert((c2, g2), (c1, g1));
                    check((c1, g1), (c2, g2), &mut out);
                    checks += 1;
                    if checks >= PAIR_CANDIDATES {
                        break 'words;
                    }
                }
            }
        }
    }
    out
}

/// Pairs of groups from links, most similar first: a link joins two unpaired groups, or adds a
/// group to a pair that has nothing in its column yet (a triple). Each group is in one pair at
/// most. Returns, per pair, its (column, group) members and its lowest similarity.
fn match_pairs(mut links: Vec<Link>) -> Vec<(Vec<(usize, usize)>, f64)> {
    links.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut pairs: Vec<(Vec<(usize, usize)>, f64)> = Vec::new();
    let mut pair_of: HashMap<(usize, usize), usize> = HashMap::new();
    for (a, b, s) in links {
        match (pair_of.get(&a).copied(), pair_of.get(&b).copied()) {
            (None, None) => {
                pair_of.insert(a, pairs.len());
                pair_of.insert(b, pairs.len());
                pairs.push((vec![a, b], s));
            }
            (Some(p), None) | (None, Some(p)) => {
                let new = if pair_of.contains_key(&a) { b } else { a };
                if pairs[p].0.iter().all(|m| m.0 != new.0) {
                    pairs[p].0.push(new);
                    pairs[p].0.sort_unstable();
                    pairs[p].1 = pairs[p].1.min(s);
                    pair_of.insert(new, p);
                }
            }
            (Some(_), Some(_)) => {}
        }
    }
    pairs
}

/// How much each word says: its inverse document frequency over the compared countries' items
/// (`ln(N / items using it)`), so that "Magnitsky" weighs more than "ensure".
struct Weights {
    idf: Vec<f64>,
}

impl Weights {
    /// From each word's number of items (`df`, by word id) among `n` items.
    fn new(df: Vec<u32>, n: usize) -> Self {
        let n = n.max(1) as f64;
        Weights {
            idf: df
                .into_iter()
                .map(|d| (n / f64::from(d.max(1))).ln().max(0.0))
                .collect(),
        }
    }

    fn norm(&self, words: &[u32]) -> f64 {
        words
            .iter()
            .map(|&w| self.idf[w as usize].powi(2))
            .sum::<f64>()
            .sqrt()
    }

    /// Cosine of two word sets, each word weighted by its inverse document frequency: 1 for the
    /// same words, 0 for none in common.
    fn cosine(&self, a: &[u32], b: &[u32]) -> f64 {
        self.cosine_with(a, self.norm(a), b, self.norm(b))
    }

    /// [`Weights::cosine`] with the norms known.
    fn cosine_with(&self, a: &[u32], norm_a: f64, b: &[u32], norm_b: f64) -> f64 {
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += self.idf[a[i] as usize].powi(2);
                    i += 1;
                    j += 1;
                }
            }
        }
        let norms = norm_a * norm_b;
        if norms == 0.0 {
            0.0
        } else {
            (dot / norms).min(1.0)
        }
    }
}

/// Per place of a row (the common band, then each column): the items' indices into `selected`.
struct Cells {
    common: Vec<usize>,
    columns: Vec<Vec<usize>>,
}

fn build(
    corpus: &Corpus,
    themes: &ThemeRules,
    countries: &[CountryId],
    options: &Options,
    pairing: Pairing,
) -> Comparison {
    // Rows: the rule themes, then NO_THEME; limited to one when asked.
    let mut row_ids: Vec<(&str, &str)> = themes
        .themes
        .iter()
        .map(|t| (t.id.as_str(), t.label.as_str()))
        .collect();
    row_ids.push((NO_THEME, NO_THEME_LABEL));
    let row_of: HashMap<&str, usize> = row_ids
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i))
        .collect();
    let wanted = |row: usize| {
        options
            .theme
            .as_ref()
            .is_none_or(|t| t.as_str() == row_ids[row].0)
    };

    // Selected items, and per row and place the indices into `selected` of those shown.
    let mut vocabulary = Vocabulary::new();
    let mut selected: Vec<Selected> = Vec::new();
    let mut cells: Vec<Cells> = (0..row_ids.len())
        .map(|_| Cells {
            common: Vec::new(),
            columns: vec![Vec::new(); countries.len()],
        })
        .collect();
    let mut counts = vec![Counts::default(); countries.len()];
    let mut rows_of_item: Vec<usize> = Vec::new();
    let mut df: Vec<u32> = Vec::new();
    let mut considered = 0usize;
    // The items about the compared countries (list items aside), newest report first.
    let mut about: Vec<(ItemRef, &Item, Columns)> = Vec::new();
    for report_index in newest_first(corpus) {
        let report = &corpus.reports[report_index];
        for (section_index, section) in report.sections.iter().enumerate() {
            for (item_index, item) in section.items.iter().enumerate() {
                if !compared(item) {
                    continue;
                }
                let mut columns = Columns::default();
                for (i, c) in countries.iter().enumerate() {
                    if item.countries.iter().any(|x| c == x) {
                        columns.push(i);
                    }
                }
                if columns.is_empty() {
                    continue;
                }
                let at = ItemRef {
                    report: report_index,
                    section: section_index,
                    item: item_index,
                };
                about.push((at, item, columns));
            }
        }
    }
    // Word ids and weights over every compared item about these countries, whatever the
    // options: a pair's similarity does not change with the theme shown.
    let texts: Vec<&str> = about
        .iter()
        .map(|(_, item, _)| item.text.as_str())
        .collect();
    let lists = vocabulary.ids_of_all(&texts);
    drop(texts);
    df.resize(vocabulary.len(), 0);
    for (k, (at, item, columns)) in about.into_iter().enumerate() {
        let ids = lists.get(k);
        for &w in ids {
            df[w as usize] += 1;
        }
        considered += 1;
        if options.recommendations_only && item.kind != ItemKind::Recommendation {
            continue;
        }
        // Grouped whatever the theme limit (see `leaders`); shown on the rows wanted.
        let index = selected.len();
        selected.push(Selected {
            at,
            kind: item.kind,
            columns,
            words: ids,
            norm: 0.0,
        });
        rows_of_item.clear();
        rows_of_item.extend(
            item.themes
                .iter()
                .filter_map(|t| row_of.get(t.as_str()).copied()),
        );
        if rows_of_item.is_empty() {
            rows_of_item.push(row_ids.len() - 1);
        }
        rows_of_item.retain(|&r| wanted(r));
        if rows_of_item.is_empty() {
            continue;
        }
        let columns = selected[index].columns.as_slice();
        for &c in columns {
            match item.kind {
                ItemKind::Recommendation => counts[c].recommendations += 1,
                _ => counts[c].findings += 1,
            }
        }
        for &r in &rows_of_item {
            match columns {
                [one] => cells[r].columns[*one].push(index),
                _ => cells[r].common.push(index),
            }
        }
    }

    let rarity = Rarity { df: df.clone() };
    let weights = Weights::new(df, considered);
    for s in &mut selected {
        s.norm = weights.norm(s.words);
    }
    let leader_of = leaders(&selected, &rarity, vocabulary.len(), pairing);
    let labels = Labels::new(corpus);
    // Rows are independent once items are grouped: made on every core, in order.
    let jobs: Vec<(usize, Cells)> = cells
        .into_iter()
        .enumerate()
        .filter(|(_, cell)| !cell.common.is_empty() || cell.columns.iter().any(|c| !c.is_empty()))
        .collect();
    let make = |(r, cell): &(usize, Cells)| {
        let r = *r;
        let mut slot = vec![usize::MAX; selected.len()];
        let common: Vec<Group> = if options.show == Show::Different {
            Vec::new()
        } else {
            grouped(&cell.common, &selected, &leader_of, &mut slot)
        };
        let groups: Vec<Vec<Group>> = cell
            .columns
            .iter()
            .map(|c| grouped(c, &selected, &leader_of, &mut slot))
            .collect();
        let mut pairs = match_pairs(links(&groups, &selected, &rarity, &weights, pairing));
        // Pairs in the order of their first member's group (recommendations first, newest first).
        pairs.sort_by_key(|(members, _)| members.iter().map(|m| m.1).min().unwrap_or(0));

        // Columns: the paired groups in pair order, then the rest unless only shared are shown.
        let mut paired: Vec<Vec<Option<usize>>> =
            groups.iter().map(|col| vec![None; col.len()]).collect();
        for (p, (members, _)) in pairs.iter().enumerate() {
            for &(c, g) in members {
                paired[c][g] = Some(p);
            }
        }
        let mut row_pairs: Vec<Pair> = if options.show == Show::Different {
            Vec::new()
        } else {
            pairs
                .iter()
                .map(|(_, s)| Pair {
                    members: Vec::new(),
                    similarity: *s,
                })
                .collect()
        };
        let mut columns = Vec::with_capacity(countries.len());
        for (c, col) in groups.iter().enumerate() {
            let mut entries = Vec::new();
            if options.show != Show::Different {
                for (p, (members, _)) in pairs.iter().enumerate() {
                    if let Some(&(_, g)) = members.iter().find(|m| m.0 == c) {
                        row_pairs[p].members.push((c, entries.len()));
                        entries.push(entry(
                            corpus,
                            &labels,
                            &col[g],
                            &selected,
                            countries,
                            Some(p),
                        ));
                    }
                }
            }
            if options.show != Show::Shared {
                for (g, members) in col.iter().enumerate() {
                    if paired[c][g].is_none() {
                        entries.push(entry(corpus, &labels, members, &selected, countries, None));
                    }
                }
            }
            columns.push(Column {
                country: countries[c].clone(),
                entries,
            });
        }
        let row = Row {
            theme: row_ids[r].0.to_string(),
            label: row_ids[r].1.to_string(),
            common: common
                .iter()
                .map(|g| entry(corpus, &labels, g, &selected, countries, None))
                .collect(),
            columns,
            pairs: row_pairs,
        };
        (!row.is_empty()).then_some(row)
    };
    // Threads cost more than they save on a few reports.
    let made: Vec<Option<Row>> = if selected.len() >= PARALLEL_ROWS_FROM {
        crate::parallel::map(&jobs, make)
    } else {
        jobs.iter().map(make).collect()
    };
    Comparison {
        countries: countries.to_vec(),
        rows: made.into_iter().flatten().collect(),
        options: options.clone(),
        counts,
    }
}

/// Each report's short label, made once for a comparison (entries name their sources).
struct Labels(Vec<std::sync::OnceLock<String>>);

impl Labels {
    fn new(corpus: &Corpus) -> Self {
        Labels(
            (0..corpus.reports.len())
                .map(|_| std::sync::OnceLock::new())
                .collect(),
        )
    }

    fn of(&self, corpus: &Corpus, report: usize) -> String {
        self.0[report]
            .get_or_init(|| corpus.reports[report].short_label())
            .clone()
    }
}

/// The entry of a group: its first item, with the others listed up to [`MAX_LISTED`].
fn entry(
    corpus: &Corpus,
    labels: &Labels,
    group: &[usize],
    selected: &[Selected<'_>],
    countries: &[CountryId],
    pair: Option<usize>,
) -> Entry {
    let describe = |i: usize| {
        let at = selected[i].at;
        let report = &corpus.reports[at.report];
        let item = &report.sections[at.section].items[at.item];
        (at, item, report)
    };
    let (at, item, report) = describe(group[0]);
    let mut columns: Vec<usize> = group
        .iter()
        .flat_map(|&i| selected[i].columns.as_slice().iter().copied())
        .collect();
    columns.sort_unstable();
    columns.dedup();
    Entry {
        at,
        id: item.id.clone(),
        kind: item.kind,
        report_id: report.id.clone(),
        source: labels.of(corpus, at.report),
        countries: columns.iter().map(|&c| countries[c].clone()).collect(),
        also: group[1..]
            .iter()
            .take(MAX_LISTED)
            .map(|&i| {
                let (at, item, report) = describe(i);
                Source {
                    id: item.id.clone(),
                    report_id: report.id.clone(),
                    source: labels.of(corpus, at.report),
                }
            })
            .collect(),
        also_count: group.len() - 1,
        pair,
    }
}

#[cfg(test)]
mod similar_tests {
    use super::*;

    /// The early-stopping test agrees with the plain Jaccard similarity on every pair of small
    /// sets around the threshold.
    #[test]
    fn early_stopping_agrees_with_jaccard() {
        let sets: Vec<Vec<u32>> = (0u32..300)
            .map(|seed| {
                let len = 1 + (seed * 7 % 23) as usize;
                let mut v: Vec<u32> = (0..len as u32)
                    .map(|k| (k * (seed % 5 + 1) + seed % 3) % 30)
                    .collect();
                v.sort_unstable();
                v.dedup();
                v
            })
            .collect();
        for a in &sets {
            for b in &sets {
                assert_eq!(
                    similar(a, b, SHARED_THRESHOLD),
                    similarity(a, b) >= SHARED_THRESHOLD,
                    "{a:?} {b:?}"
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_and_drop_stop_words_markers_and_punctuation() {
        assert_eq!(
            words("Stop the continued harassment of Independent trade-unions;[3] and"),
            vec![
                "continued",
                "harassment",
                "independent",
                "stop",
                "trade",
                "unions"
            ]
        );
        assert_eq!(words("Women’s rights."), vec!["rights", "women"]);
        assert_eq!(words("Article 405"), vec!["405", "article"]);
        assert!(words("and the, of [iv]").is_empty());
    }

    #[test]
    fn word_ids_name_the_same_words_as_words_in_order_of_first_use() {
        let texts = [
            "Stop the continued harassment of Independent trade-unions;[3] and",
            "Women’s rights. Ł Żurek’s [iv] case [toolongmarker] a b ÉTAT",
            "",
            "Article 405 of the Criminal Code; rights[12] again",
        ];
        // More texts than one share, so that renumbering across shares is exercised.
        let many: Vec<&str> = texts
            .iter()
            .copied()
            .cycle()
            .take(TOKEN_SHARE * 2 + 3)
            .collect();
        let mut vocabulary = Vocabulary::new();
        let lists = vocabulary.ids_of_all(&many);
        assert_eq!(lists.ends.len(), many.len());
        for (t, text) in many.iter().enumerate() {
            let ids = lists.get(t);
            assert!(ids.windows(2).all(|w| w[0] < w[1]), "sorted, each once");
            let mut named: Vec<u64> = ids
                .iter()
                .map(|&id| vocabulary.hashes[id as usize])
                .collect();
            named.sort_unstable();
            let mut expected: Vec<u64> = words(text).iter().map(|w| word_hash(w)).collect();
            expected.sort_unstable();
            assert_eq!(named, expected, "{text}");
        }
        // Ids are numbered in the order words are first used, as one pass would.
        assert_eq!(vocabulary.hashes[0], word_hash("stop"));
        assert_eq!(vocabulary.hashes[1], word_hash("continued"));
        assert_eq!(vocabulary.hashes[4], word_hash("trade"));
    }

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn prefix_is_long_enough_for_the_threshold() {
        // A set of n words similar to another shares at least ⌈0.6·n⌉ of them, so indexing
        // n − ⌈0.6·n⌉ + 1 guarantees one in common.
        assert_eq!(prefix_len(1, SHARED_THRESHOLD), 1);
        assert_eq!(prefix_len(5, SHARED_THRESHOLD), 3);
        assert_eq!(prefix_len(10, SHARED_THRESHOLD), 5);
        assert_eq!(prefix_len(0, SHARED_THRESHOLD), 0);
    }

    #[test]
    fn show_cycles_and_parses() {
        assert_eq!(Show::All.next().next().next(), Show::All);
        assert_eq!("shared".parse::<Show>(), Ok(Show::Shared));
        assert!("same".parse::<Show>().is_err());
    }
}
