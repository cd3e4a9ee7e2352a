//! Comparisons: two or three countries side by side, aligned by theme, with the items that say
//! the same thing in two columns marked as shared. Pure library code over a [`Corpus`]; the CLI
//! (`steppe compare`) and the reader's comparison view only render a [`Comparison`].
//!
//! Rows are the themes in rule order (plus a last [`NO_THEME`] row for items no theme rule
//! matched); each row has one column per country holding that country's recommendations and
//! findings (paragraphs) on the theme from every loaded report: recommendations first, since
//! what a report recommends is what a comparison is most often asked about, then findings, each
//! newest report first. List items
//! are left out: in reports they are mostly signatory lists, tables of contents or sub-points of a
//! finding that is itself included, and read badly on their own; the reader still shows them.
//!
//! Two items are *shared* when their sets of normalised words ([`words`]) have a Jaccard
//! similarity of at least [`SHARED_THRESHOLD`]. Items are compared only within a theme row, and
//! candidates come from an index of each item's rarest words (prefix filtering), so the work grows
//! with the number of similar pairs rather than with the square of the corpus.

use std::collections::HashMap;

use serde::Serialize;

use crate::corpus::gazetteer::Gazetteer;
use crate::corpus::model::ItemRef;
use crate::corpus::model::{Corpus, Item, ItemKind};
use crate::corpus::themes::ThemeRules;
use crate::resolve::{self, CountryId, ResolveError, ThemeId};
use crate::text::{fold, sanitize};

/// Minimum Jaccard similarity of two items' word sets for them to count as the same
/// recommendation. On the built-in reports, reworded copies of one recommendation score 0.82 and
/// more, and different recommendations on the same subject 0.43 and less.
pub const SHARED_THRESHOLD: f64 = 0.6;

/// Theme rows with more candidate pairs than this find shared items through the word index;
/// smaller ones check every pair (measured: on the built-in reports the index cost more than it
/// saved).
const INDEX_FROM_PAIRS: usize = 2_000;

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
    /// Items with a near-duplicate in another column.
    Shared,
    /// Items without one.
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

    fn keeps(self, entry: &Entry) -> bool {
        match self {
            Show::All => true,
            Show::Shared => entry.is_shared(),
            Show::Different => !entry.is_shared(),
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

/// Resolves 2–3 country arguments, refusing repeats.
pub fn resolve_countries(
    gazetteer: &Gazetteer,
    queries: &[String],
) -> Result<Vec<String>, CompareError> {
    if !(2..=MAX_COUNTRIES).contains(&queries.len()) {
        return Err(CompareError::CountryCount(queries.len()));
    }
    let mut names: Vec<String> = Vec::new();
    for query in queries {
        let name = resolve_country(gazetteer, query)?.into_string();
        if names.contains(&name) {
            return Err(CompareError::Repeated(name));
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

/// One item in one column.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Where the item is in the corpus.
    pub at: ItemRef,
    pub id: String,
    pub kind: ItemKind,
    pub report_id: String,
    /// The report's short label ("FPC 2021").
    pub source: String,
    /// Ids of the near-duplicates in the other columns of the row (the item's own id when the
    /// same item is in another column), in column order.
    pub shared_with: Vec<String>,
}

impl Entry {
    /// True when another column has the same or nearly the same item (≈).
    pub fn is_shared(&self) -> bool {
        !self.shared_with.is_empty()
    }
}

/// One country's items on one theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub country: String,
    /// Recommendations, then findings; each newest report first, in reading order within a
    /// report.
    pub entries: Vec<Entry>,
}

/// One theme with one column per country.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub theme: String,
    pub label: String,
    pub columns: Vec<Column>,
}

impl Row {
    /// Entries of the longest column (the row's height in items).
    pub fn height(&self) -> usize {
        self.columns
            .iter()
            .map(|c| c.entries.len())
            .max()
            .unwrap_or(0)
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
    pub countries: Vec<String>,
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
        countries: &[String],
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
        countries: &[String],
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
        let mut t = self.countries.join(" · ");
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

    /// Every entry of every row, with its row and column index.
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
    countries: &[String],
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
            if !item.countries.contains(country) {
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
    let folded = fold(text);
    let mut out: Vec<String> = Vec::new();
    let mut rest = folded.as_str();
    while !rest.is_empty() {
        let start = rest
            .char_indices()
            .find(|&(_, c)| c.is_alphanumeric() || c == '[')
            .map_or(rest.len(), |(i, _)| i);
        rest = &rest[start..];
        if let Some(after) = rest.strip_prefix('[') {
            // Footnote markers: `[` + up to five letters or digits + `]`.
            rest = match after.find(']') {
                Some(end) if end <= 5 && after[..end].chars().all(char::is_alphanumeric) => {
                    &after[end + 1..]
                }
                _ => after,
            };
            continue;
        }
        let end = rest
            .char_indices()
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(rest.len(), |(i, _)| i);
        let word = &rest[..end];
        rest = &rest[end..];
        if word.chars().count() > 1 && STOP_WORDS.binary_search(&word).is_err() {
            out.push(word.to_string());
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Jaccard similarity of two sorted, deduplicated word lists.
pub fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = overlap(a, b);
    common as f64 / (a.len() + b.len() - common) as f64
}

/// True when two word sets are similar enough to be shared.
fn similar(a: &[u32], b: &[u32]) -> bool {
    // Size filter first: Jaccard ≥ t needs the smaller set to be at least t × the larger.
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() || (small.len() as f64) < SHARED_THRESHOLD * large.len() as f64 {
        return false;
    }
    // The fewest common words that reach the threshold, by the same test as `similarity`, so
    // the merge below can stop as soon as the answer is known.
    let total = a.len() + b.len();
    let reaches = |n: usize| n as f64 / (total - n) as f64 >= SHARED_THRESHOLD;
    let mut needed = ((SHARED_THRESHOLD * total as f64) / (1.0 + SHARED_THRESHOLD)).ceil() as usize;
    needed = needed.min(small.len());
    while needed > 0 && reaches(needed - 1) {
        needed -= 1;
    }
    while needed <= small.len() && !reaches(needed) {
        needed += 1;
    }
    if needed > small.len() {
        return false;
    }
    overlap_up_to(a, b, Some(needed)) >= needed
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

/// How many of a set's words (rarest first) must be indexed so that every set it is similar to
/// shares at least one of them: `n − ⌈t·n⌉ + 1`.
fn prefix_len(n: usize) -> usize {
    let needed = (SHARED_THRESHOLD * n as f64 - 1e-9).ceil().max(1.0) as usize;
    (n + 1).saturating_sub(needed).min(n)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pairing {
    Indexed,
    AllPairs,
}

/// An item selected for the comparison, with its word ids (sorted).
struct Selected {
    at: ItemRef,
    words: Vec<u32>,
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

fn build(
    corpus: &Corpus,
    themes: &ThemeRules,
    countries: &[String],
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

    // Selected items, and per row and column the indices into `selected`.
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let mut selected: Vec<Selected> = Vec::new();
    let mut cells: Vec<Vec<Vec<usize>>> = vec![vec![Vec::new(); countries.len()]; row_ids.len()];
    let mut counts = vec![Counts::default(); countries.len()];
    let mut rows_of_item: Vec<usize> = Vec::new();
    for report_index in newest_first(corpus) {
        let report = &corpus.reports[report_index];
        for (section_index, section) in report.sections.iter().enumerate() {
            for (item_index, item) in section.items.iter().enumerate() {
                if !compared(item)
                    || (options.recommendations_only && item.kind != ItemKind::Recommendation)
                {
                    continue;
                }
                let columns: Vec<usize> = countries
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| item.countries.contains(c))
                    .map(|(i, _)| i)
                    .collect();
                if columns.is_empty() {
                    continue;
                }
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
                let mut ids: Vec<u32> = words(&item.text)
                    .into_iter()
                    .map(|w| {
                        let next = vocabulary.len() as u32;
                        *vocabulary.entry(w).or_insert(next)
                    })
                    .collect();
                ids.sort_unstable();
                let index = selected.len();
                selected.push(Selected {
                    at: ItemRef {
                        report: report_index,
                        section: section_index,
                        item: item_index,
                    },
                    words: ids,
                });
                for &c in &columns {
                    match item.kind {
                        ItemKind::Recommendation => counts[c].recommendations += 1,
                        _ => counts[c].findings += 1,
                    }
                    for &r in &rows_of_item {
                        cells[r][c].push(index);
                    }
                }
            }
        }
    }

    let mut rows = Vec::new();
    for (r, columns) in cells.into_iter().enumerate() {
        if columns.iter().all(Vec::is_empty) {
            continue;
        }
        // Few pairs: checking them all is cheaper than building the index (same result).
        let pairs: usize = (0..columns.len())
            .flat_map(|a| (a + 1..columns.len()).map(move |b| (a, b)))
            .map(|(a, b)| columns[a].len() * columns[b].len())
            .sum();
        let shared = match pairing {
            Pairing::Indexed if pairs > INDEX_FROM_PAIRS => {
                shared_indexed(&selected, &columns, vocabulary.len())
            }
            Pairing::Indexed | Pairing::AllPairs => shared_all_pairs(&selected, &columns),
        };
        let row_columns: Vec<Column> = columns
            .iter()
            .zip(shared)
            .zip(countries)
            .map(|((cell, links), country)| {
                let mut entries: Vec<Entry> = cell
                    .iter()
                    .zip(links)
                    .map(|(&index, links)| {
                        entry(corpus, selected[index].at, &links, &selected, &columns)
                    })
                    .filter(|e| options.show.keeps(e))
                    .collect();
                // Stable: each kind stays newest first.
                entries.sort_by_key(|e| e.kind != ItemKind::Recommendation);
                Column {
                    country: country.clone(),
                    entries,
                }
            })
            .collect();
        if row_columns.iter().all(|c| c.entries.is_empty()) {
            continue;
        }
        rows.push(Row {
            theme: row_ids[r].0.to_string(),
            label: row_ids[r].1.to_string(),
            columns: row_columns,
        });
    }
    Comparison {
        countries: countries.to_vec(),
        rows,
        options: options.clone(),
        counts,
    }
}

/// Per column, per entry: the (column, position) of its near-duplicates in other columns.
type Links = Vec<Vec<Vec<(usize, usize)>>>;

fn entry(
    corpus: &Corpus,
    at: ItemRef,
    links: &[(usize, usize)],
    selected: &[Selected],
    columns: &[Vec<usize>],
) -> Entry {
    let report = &corpus.reports[at.report];
    let item = &report.sections[at.section].items[at.item];
    let mut shared_with: Vec<(usize, usize)> = links.to_vec();
    shared_with.sort_unstable();
    Entry {
        at,
        id: item.id.clone(),
        kind: item.kind,
        report_id: report.id.clone(),
        source: report.short_label(),
        shared_with: shared_with
            .into_iter()
            .map(|(c, p)| {
                let other = selected[columns[c][p]].at;
                corpus.reports[other.report].sections[other.section].items[other.item]
                    .id
                    .clone()
            })
            .collect(),
    }
}

fn empty_links(columns: &[Vec<usize>]) -> Links {
    columns.iter().map(|c| vec![Vec::new(); c.len()]).collect()
}

fn link(links: &mut Links, a: (usize, usize), b: (usize, usize)) {
    links[a.0][a.1].push(b);
    links[b.0][b.1].push(a);
}

/// Baseline: every pair of entries in different columns.
fn shared_all_pairs(selected: &[Selected], columns: &[Vec<usize>]) -> Links {
    let mut links = empty_links(columns);
    for (c1, col1) in columns.iter().enumerate() {
        for (c2, col2) in columns.iter().enumerate().skip(c1 + 1) {
            for (p1, &i1) in col1.iter().enumerate() {
                for (p2, &i2) in col2.iter().enumerate() {
                    if i1 == i2 || similar(&selected[i1].words, &selected[i2].words) {
                        link(&mut links, (c1, p1), (c2, p2));
                    }
                }
            }
        }
    }
    links
}

/// Prefix filtering: each entry's rarest words (by frequency in the row) go into an index;
/// only entries sharing an indexed word are compared.
fn shared_indexed(selected: &[Selected], columns: &[Vec<usize>], vocabulary: usize) -> Links {
    let mut links = empty_links(columns);
    // The same item in two columns is shared outright.
    let mut where_is: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for (c, col) in columns.iter().enumerate() {
        for (p, &i) in col.iter().enumerate() {
            where_is.entry(i).or_default().push((c, p));
        }
    }
    for places in where_is.values() {
        for (k, &a) in places.iter().enumerate() {
            for &b in &places[k + 1..] {
                link(&mut links, a, b);
            }
        }
    }

    // Word frequencies in the row, counting each distinct item once.
    let mut frequency = vec![0u32; vocabulary];
    for &i in where_is.keys() {
        for &w in &selected[i].words {
            frequency[w as usize] += 1;
        }
    }
    // Index of prefixes: word → (column, position).
    let mut index: HashMap<u32, Vec<(usize, usize)>> = HashMap::new();
    let mut prefixes: Vec<Vec<Vec<u32>>> = Vec::with_capacity(columns.len());
    for (c, col) in columns.iter().enumerate() {
        let mut col_prefixes = Vec::with_capacity(col.len());
        for (p, &i) in col.iter().enumerate() {
            let mut ordered = selected[i].words.clone();
            ordered.sort_unstable_by_key(|&w| (frequency[w as usize], w));
            ordered.truncate(prefix_len(ordered.len()));
            for &w in &ordered {
                index.entry(w).or_default().push((c, p));
            }
            col_prefixes.push(ordered);
        }
        prefixes.push(col_prefixes);
    }
    // Candidates of each entry in later columns, each verified once.
    let offsets: Vec<usize> = columns
        .iter()
        .scan(0, |acc, col| {
            let start = *acc;
            *acc += col.len();
            Some(start)
        })
        .collect();
    let total: usize = columns.iter().map(Vec::len).sum();
    let mut seen = vec![usize::MAX; total];
    for (c1, col) in columns.iter().enumerate() {
        for (p1, &i1) in col.iter().enumerate() {
            let stamp = offsets[c1] + p1;
            for w in &prefixes[c1][p1] {
                let Some(postings) = index.get(w) else {
                    continue;
                };
                for &(c2, p2) in postings {
                    if c2 <= c1 || seen[offsets[c2] + p2] == stamp {
                        continue;
                    }
                    seen[offsets[c2] + p2] = stamp;
                    let i2 = columns[c2][p2];
                    if i1 != i2 && similar(&selected[i1].words, &selected[i2].words) {
                        link(&mut links, (c1, p1), (c2, p2));
                    }
                }
            }
        }
    }
    links
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
                    similar(a, b),
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
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn prefix_is_long_enough_for_the_threshold() {
        // A set of n words similar to another shares at least ⌈0.6·n⌉ of them, so indexing
        // n − ⌈0.6·n⌉ + 1 guarantees one in common.
        assert_eq!(prefix_len(1), 1);
        assert_eq!(prefix_len(5), 3);
        assert_eq!(prefix_len(10), 5);
        assert_eq!(prefix_len(0), 0);
    }

    #[test]
    fn show_cycles_and_parses() {
        assert_eq!(Show::All.next().next().next(), Show::All);
        assert_eq!("shared".parse::<Show>(), Ok(Show::Shared));
        assert!("same".parse::<Show>().is_err());
    }
}
