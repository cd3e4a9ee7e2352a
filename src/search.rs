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

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use crate::corpus::gazetteer::Gazetteer;
use crate::corpus::model::{Corpus, ItemKind};
use crate::corpus::themes::ThemeRules;
use crate::text::{fold, fold_with_offsets};

/// Below this many exact hits the typo tier is tried too.
pub const HANDFUL: usize = 5;
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

/// A parsed query: folded words plus filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Folded words, in query order.
    pub words: Vec<String>,
    /// Country filter (English short name).
    pub country: Option<String>,
    /// Theme filter (theme id).
    pub theme: Option<String>,
    /// Kind filter.
    pub kind: Option<ItemKind>,
    /// Filters that could not be understood, as messages for the user.
    pub problems: Vec<String>,
}

impl Query {
    /// Parses query text: words, `@country`, `#theme`, `!rec` / `!finding`.
    pub fn parse(text: &str, gazetteer: &Gazetteer, themes: &ThemeRules) -> Query {
        let mut query = Query::default();
        for token in text.split_whitespace() {
            if let Some(name) = token.strip_prefix('@') {
                if name.is_empty() {
                    continue;
                }
                let found = gazetteer.lookup(name);
                match found.as_slice() {
                    [one] => query.country = Some(one.name.clone()),
                    [] => query.problems.push(format!("no country matches @{name}")),
                    many => {
                        // A prefix of several: prefer a subject (focus) country if only one is.
                        let focus: Vec<_> = many.iter().filter(|c| c.focus).collect();
                        if let [one] = focus.as_slice() {
                            query.country = Some(one.name.clone());
                        } else {
                            let names: Vec<&str> =
                                many.iter().take(6).map(|c| c.name.as_str()).collect();
                            query
                                .problems
                                .push(format!("@{name} is ambiguous: {}", names.join(", ")));
                        }
                    }
                }
            } else if let Some(name) = token.strip_prefix('#') {
                if name.is_empty() {
                    continue;
                }
                match themes.lookup(name).as_slice() {
                    [one] => query.theme = Some(one.id.clone()),
                    [] => query.problems.push(format!("no theme matches #{name}")),
                    many => {
                        let ids: Vec<&str> = many.iter().map(|t| t.id.as_str()).collect();
                        query
                            .problems
                            .push(format!("#{name} is ambiguous: {}", ids.join(", ")));
                    }
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
                        .push(format!("unknown filter !{kind} (use !rec or !finding)")),
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
#[derive(Debug, Clone)]
struct Entry {
    report: usize,
    section: usize,
    item: usize,
    kind: ItemKind,
    /// Report date, for newest-first ordering.
    date: String,
    countries: Vec<String>,
    themes: Vec<String>,
    /// Folded item text.
    text: String,
    /// Folded heading, title, countries and cited footnotes.
    context: String,
}

/// Where a hit sits in the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ItemRef {
    pub report: usize,
    pub section: usize,
    pub item: usize,
}

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

/// The search index over one corpus, built once at load time.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Every distinct folded word of the item texts, with the entries containing it.
    vocabulary: HashMap<String, Vec<u32>>,
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
        let mut vocabulary: HashMap<String, Vec<u32>> = HashMap::new();
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
                    let index = entries.len() as u32;
                    let mut seen = HashSet::new();
                    for word in words_of(&text) {
                        if seen.insert(word) {
                            vocabulary.entry(word.to_string()).or_default().push(index);
                        }
                    }
                    entries.push(Entry {
                        report: r,
                        section: s,
                        item: i,
                        kind: item.kind,
                        date: report.date.clone().unwrap_or_default(),
                        countries: item.countries.clone(),
                        themes: item.themes.clone(),
                        text,
                        context,
                    });
                }
            }
        }
        SearchIndex {
            entries,
            vocabulary,
        }
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
            && query
                .country
                .as_ref()
                .is_none_or(|c| entry.countries.iter().any(|e| e == c))
            && query
                .theme
                .as_ref()
                .is_none_or(|t| entry.themes.iter().any(|e| e == t))
    }

    /// Exact-tier score of one entry, or `None` when a word is missing.
    fn exact_score(entry: &Entry, words: &[String]) -> Option<u32> {
        let mut score = 0u32;
        let mut positions = Vec::with_capacity(words.len());
        let mut all_in_text = true;
        for word in words {
            match entry.text.find(word.as_str()) {
                Some(pos) => {
                    positions.push(pos);
                    let occurrences = entry.text.match_indices(word.as_str());
                    let mut best = 0;
                    for (at, _) in occurrences {
                        let start = at == 0 || !entry.text[..at].ends_with(char::is_alphanumeric);
                        let end = !entry.text[at + word.len()..].starts_with(char::is_alphanumeric);
                        best = best.max(u32::from(start) * 200 + u32::from(start && end) * 100);
                        if best == 300 {
                            break;
                        }
                    }
                    score += best;
                }
                None => {
                    entry.context.find(word.as_str())?;
                    all_in_text = false;
                }
            }
        }
        if all_in_text {
            score += 2000;
            if words.len() > 1 && entry.text.contains(&words.join(" ")) {
                score += 4000;
            }
            let in_order = positions.windows(2).all(|w| w[0] < w[1]);
            let span = positions.iter().max().unwrap_or(&0) - positions.iter().min().unwrap_or(&0);
            if in_order {
                score += 500;
            }
            score += 500 - span.min(500) as u32;
            // Items that are about the word mention it early.
            score += 200 - positions.iter().min().copied().unwrap_or(0).min(200) as u32;
        }
        Some(score)
    }

    /// Runs a query: exact tier, then the typo tier when the exact one finds fewer than a
    /// handful. At most `limit` hits, best first.
    pub fn search(&self, query: &Query, limit: usize) -> Vec<Hit> {
        self.search_in(query, limit, None, true)
    }

    /// Like [`SearchIndex::search`], but with the typo tier on or off and, when `candidates`
    /// is given, scanning only those entries for the exact tier (see [`Query::narrows`]).
    pub fn search_in(
        &self,
        query: &Query,
        limit: usize,
        candidates: Option<&[u32]>,
        typo_tier: bool,
    ) -> Vec<Hit> {
        let mut scored = self.exact_candidates(query, candidates);
        let mut hits: Vec<Hit> = scored
            .drain(..)
            .map(|(index, score)| self.hit(index, score, false, query.words.clone()))
            .collect();
        if typo_tier && hits.len() < HANDFUL && !query.is_empty() {
            let found: HashSet<ItemRef> = hits.iter().map(|h| h.at).collect();
            let mut typo = self.typo_hits(query);
            typo.retain(|h| !found.contains(&h.at));
            hits.extend(typo);
        }
        self.sort(&mut hits);
        hits.truncate(limit);
        hits
    }

    /// Exact-tier matches as (entry index, score), unsorted.
    pub fn exact_candidates(&self, query: &Query, candidates: Option<&[u32]>) -> Vec<(u32, u32)> {
        if query.is_empty() {
            return Vec::new();
        }
        let check = |index: u32| -> Option<(u32, u32)> {
            let entry = &self.entries[index as usize];
            if !self.passes_filters(entry, query) {
                return None;
            }
            Self::exact_score(entry, &query.words).map(|score| (index, score))
        };
        match candidates {
            Some(list) => list.iter().filter_map(|&i| check(i)).collect(),
            None => (0..self.entries.len() as u32).filter_map(check).collect(),
        }
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
        let kind_rank = |k: ItemKind| match k {
            ItemKind::Recommendation => 0,
            ItemKind::Paragraph => 1,
            ItemKind::ListItem => 2,
        };
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
        // For each query word: the entries containing it (exactly or nearly) and the corpus
        // words that matched.
        let mut per_word: Vec<(HashSet<u32>, Vec<String>, bool)> = Vec::new();
        for word in &query.words {
            let mut entries = HashSet::new();
            let mut terms = Vec::new();
            let mut approximate = false;
            for (vocab, list) in &self.vocabulary {
                let exact = vocab.contains(word.as_str());
                if exact || is_near_spelling(&matcher, word, vocab) {
                    entries.extend(list.iter().copied());
                    terms.push(vocab.clone());
                    approximate |= !exact;
                }
            }
            if entries.is_empty() {
                return Vec::new();
            }
            per_word.push((entries, terms, approximate));
        }
        if !per_word.iter().any(|(_, _, approximate)| *approximate) {
            return Vec::new();
        }
        let Some((first, rest)) = per_word.split_first() else {
            return Vec::new();
        };
        let mut common: Vec<u32> = first
            .0
            .iter()
            .copied()
            .filter(|e| rest.iter().all(|(set, _, _)| set.contains(e)))
            .collect();
        common.sort_unstable();
        common
            .into_iter()
            .filter(|&i| self.passes_filters(&self.entries[i as usize], query))
            .filter_map(|i| {
                let entry = &self.entries[i as usize];
                // For each query word, the first of its spellings that this item contains.
                let own: Vec<String> = per_word
                    .iter()
                    .filter_map(|(_, terms, _)| {
                        terms
                            .iter()
                            .find(|t| words_of(&entry.text).any(|w| w == t.as_str()))
                            .cloned()
                    })
                    .collect();
                let score = Self::exact_score(entry, &own)?;
                Some(self.hit(i, score, true, own))
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
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
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
        let exact: Vec<u32> = index
            .exact_candidates(query, candidates.as_deref())
            .into_iter()
            .map(|(i, _)| i)
            .collect();
        let hits = index.search_in(query, limit, Some(&exact), typo_tier);
        self.last = (!query.is_empty()).then(|| (query.clone(), exact));
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
