//! Relations between items across reports. A recommendation's **history**: the same or
//! reworded recommendation in the other reports (other publishers, other years), by the same
//! similarity as the comparison ([`crate::compare::similarity`] over [`crate::compare::words`], at
//! least [`crate::compare::SHARED_THRESHOLD`]), newest first. And **what changed** between two
//! reports ([`diff`]): items carried over, reworded (with word-level changes), new and dropped.

use std::collections::HashMap;

use serde::Serialize;

use crate::compare::{words, SHARED_THRESHOLD};
use crate::corpus::model::{Corpus, Item, ItemKind};
use crate::text::normalize_whitespace;

/// One recommendation related to another: where it is, when, and how alike the two are.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Related {
    pub id: String,
    pub report_id: String,
    pub date: Option<String>,
    /// Jaccard similarity of the two items' word sets, rounded to two decimals.
    pub similarity: f64,
}

/// Every recommendation's words, indexed by word, so that a recommendation's history is found
/// among the few recommendations that share its rarest words (prefix filtering: two word sets
/// at least [`SHARED_THRESHOLD`] alike must share one of the first `n − ⌈t·n⌉ + 1` words of
/// either, in any fixed order) instead of by reading every recommendation of the corpus. Built
/// once per corpus: the reader keeps one, the CLI builds one per command.
#[derive(Debug, Default)]
pub struct HistoryIndex {
    /// Per recommendation, in corpus order: its report (index in `corpus.reports`) and its
    /// sorted, deduplicated word ids.
    recs: Vec<(u32, Vec<u32>)>,
    /// Item id → index in `recs`.
    by_id: HashMap<String, u32>,
    /// Word → word id.
    vocabulary: HashMap<String, u32>,
    /// Word id → the recommendations holding it, ascending.
    postings: Vec<Vec<u32>>,
}

impl HistoryIndex {
    pub fn build(corpus: &Corpus) -> HistoryIndex {
        let mut index = HistoryIndex::default();
        for (r, report) in corpus.reports.iter().enumerate() {
            for item in report.items() {
                if item.kind != ItemKind::Recommendation {
                    continue;
                }
                let n = index.recs.len() as u32;
                let mut ids: Vec<u32> = words(&item.text)
                    .into_iter()
                    .map(|w| {
                        let next = index.vocabulary.len() as u32;
                        *index.vocabulary.entry(w).or_insert(next)
                    })
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                for &w in &ids {
                    if w as usize == index.postings.len() {
                        index.postings.push(Vec::new());
                    }
                    index.postings[w as usize].push(n);
                }
                index.recs.push((r as u32, ids));
                index.by_id.entry(item.id.clone()).or_insert(n);
            }
        }
        index
    }

    /// The recommendations of other reports that say what `item` says, newest first (undated
    /// last; the same date in corpus order). Empty for anything but a recommendation of the
    /// indexed corpus.
    pub fn related(&self, corpus: &Corpus, item: &Item) -> Vec<Related> {
        if item.kind != ItemKind::Recommendation {
            return Vec::new();
        }
        let Some(&own) = self.by_id.get(&item.id) else {
            return Vec::new();
        };
        let (home, mine) = &self.recs[own as usize];
        let Some(home_id) = corpus.reports.get(*home as usize).map(|r| &r.id) else {
            return Vec::new();
        };
        // The prefix: rarest words first.
        let mut order = mine.clone();
        order.sort_by_key(|&w| (self.postings[w as usize].len(), w));
        // Shared words needed at the least (a hair under, so rounding never narrows the prefix).
        let needed = (SHARED_THRESHOLD * order.len() as f64 - 1e-9).ceil() as usize;
        let prefix = (order.len() + 1).saturating_sub(needed.max(1));
        let mut candidates: Vec<u32> = order[..prefix.min(order.len())]
            .iter()
            .flat_map(|&w| self.postings[w as usize].iter().copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut found: Vec<Related> = candidates
            .into_iter()
            .filter_map(|c| {
                let (r, theirs) = &self.recs[c as usize];
                let report = corpus.reports.get(*r as usize)?;
                if report.id == *home_id {
                    return None;
                }
                let similarity = jaccard(mine, theirs);
                if similarity < SHARED_THRESHOLD {
                    return None;
                }
                let other = report
                    .items()
                    .filter(|i| i.kind == ItemKind::Recommendation)
                    .nth(c as usize - self.first_of(*r))?;
                Some(Related {
                    id: other.id.clone(),
                    report_id: report.id.clone(),
                    date: report.date.clone(),
                    similarity: (similarity * 100.0).round() / 100.0,
                })
            })
            .collect();
        found.sort_by(|a, b| match (&a.date, &b.date) {
            (Some(x), Some(y)) => y.cmp(x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        found
    }

    /// Index in `recs` of report `r`'s first recommendation (`recs` is in corpus order).
    fn first_of(&self, r: u32) -> usize {
        self.recs.partition_point(|(report, _)| *report < r)
    }
}

/// Jaccard similarity of two sorted, deduplicated lists.
fn jaccard<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / (a.len() + b.len() - common) as f64
}

/// The recommendations of other reports that say what `item` says, newest first (undated
/// last). Empty for anything but a recommendation. Builds a [`HistoryIndex`] for the one
/// question: to ask for several items, build the index once.
pub fn related(corpus: &Corpus, item: &Item) -> Vec<Related> {
    HistoryIndex::build(corpus).related(corpus, item)
}

/// Why a report argument names no single report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    #[error("no report {query:?}; loaded: {}", choices.join(", "))]
    None { query: String, choices: Vec<String> },
    #[error("{query:?} names several reports: {}", choices.join(", "))]
    Several { query: String, choices: Vec<String> },
}

/// The report an argument names: its id, or the start of one id.
pub fn find_report<'c>(
    corpus: &'c Corpus,
    query: &str,
) -> Result<&'c crate::corpus::model::Report, ReportError> {
    let query = query.trim();
    if let Some(r) = corpus.reports.iter().find(|r| r.id == query) {
        return Ok(r);
    }
    let found: Vec<&crate::corpus::model::Report> = corpus
        .reports
        .iter()
        .filter(|r| !query.is_empty() && r.id.starts_with(query))
        .collect();
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(ReportError::None {
            query: crate::text::sanitize(query),
            choices: corpus.reports.iter().map(|r| r.id.clone()).collect(),
        }),
        several => Err(ReportError::Several {
            query: crate::text::sanitize(query),
            choices: several.iter().map(|r| r.id.clone()).collect(),
        }),
    }
}

/// What changed from report A to report B (two editions, two years on one country): each item
/// of A (list items aside) matched to at most one item of B of the same kind, most similar first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// The same words in both (`[ID_A, ID_B]`).
    pub carried_over: Vec<(String, String)>,
    /// Similar enough to be the same item reworded (`[ID_A, ID_B]`).
    pub reworded: Vec<(String, String)>,
    /// In B only.
    pub new: Vec<String>,
    /// In A only.
    pub dropped: Vec<String>,
}

/// One word of a reworded item: kept, removed (in A only) or added (in B only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// Items a diff compares: recommendations and findings (list items are context).
fn diffed(item: &Item) -> bool {
    item.kind != ItemKind::ListItem
}

/// What changed from `a` to `b`, in A's reading order (new items in B's).
pub fn diff(a: &crate::corpus::model::Report, b: &crate::corpus::model::Report) -> Diff {
    let left: Vec<(&Item, Vec<String>)> = a
        .items()
        .filter(|i| diffed(i))
        .map(|i| (i, words(&i.text)))
        .collect();
    let right: Vec<(&Item, Vec<String>)> = b
        .items()
        .filter(|i| diffed(i))
        .map(|i| (i, words(&i.text)))
        .collect();
    let mut links: Vec<(f64, usize, usize)> = Vec::new();
    for (x, (ia, wa)) in left.iter().enumerate() {
        for (y, (ib, wb)) in right.iter().enumerate() {
            if ia.kind != ib.kind {
                continue;
            }
            let s = jaccard(wa, wb);
            if s >= SHARED_THRESHOLD {
                links.push((s, x, y));
            }
        }
    }
    links.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(&q.1)).then(p.2.cmp(&q.2)));
    let mut match_of_left = vec![None; left.len()];
    let mut taken = vec![false; right.len()];
    for (s, x, y) in links {
        if match_of_left[x].is_none() && !taken[y] {
            match_of_left[x] = Some((y, s));
            taken[y] = true;
        }
    }
    let mut out = Diff {
        carried_over: Vec::new(),
        reworded: Vec::new(),
        new: Vec::new(),
        dropped: Vec::new(),
    };
    for (x, found) in match_of_left.iter().enumerate() {
        let a_item = left[x].0;
        match found {
            Some((y, _)) => {
                let b_item = right[*y].0;
                let pair = (a_item.id.clone(), b_item.id.clone());
                if normalize_whitespace(&a_item.text) == normalize_whitespace(&b_item.text) {
                    out.carried_over.push(pair);
                } else {
                    out.reworded.push(pair);
                }
            }
            None => out.dropped.push(a_item.id.clone()),
        }
    }
    out.new = right
        .iter()
        .zip(&taken)
        .filter(|(_, t)| !**t)
        .map(|((i, _), _)| i.id.clone())
        .collect();
    out
}

/// Word-level changes from `a` to `b` (words split at white space; a longest common
/// subsequence, so moved words show as removed and added). Texts over 2 000 words each are
/// compared as one removal and one addition, to keep the table small.
pub fn word_changes<'a>(a: &'a str, b: &'a str) -> Vec<Change<'a>> {
    let x: Vec<&str> = a.split_whitespace().collect();
    let y: Vec<&str> = b.split_whitespace().collect();
    if x.len() > 2_000 || y.len() > 2_000 {
        return x
            .into_iter()
            .map(Change::Removed)
            .chain(y.into_iter().map(Change::Added))
            .collect();
    }
    // lcs[i][j]: longest common subsequence of x[i..] and y[j..].
    let mut lcs = vec![vec![0u32; y.len() + 1]; x.len() + 1];
    for i in (0..x.len()).rev() {
        for j in (0..y.len()).rev() {
            lcs[i][j] = if x[i] == y[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(x.len() + y.len());
    while i < x.len() && j < y.len() {
        if x[i] == y[j] {
            out.push(Change::Same(x[i]));
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            out.push(Change::Removed(x[i]));
            i += 1;
        } else {
            out.push(Change::Added(y[j]));
            j += 1;
        }
    }
    out.extend(x[i..].iter().map(|w| Change::Removed(w)));
    out.extend(y[j..].iter().map(|w| Change::Added(w)));
    out
}

/// Word changes as text: runs of removed words between `removed` marks and runs of added ones
/// between `added` marks (`[-…-]` and `{+…+}`, as `git diff --word-diff` prints them).
pub fn marked(changes: &[Change<'_>], removed: (&str, &str), added: (&str, &str)) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut run_kind: Option<bool> = None; // Some(true): added; Some(false): removed
    let flush = |run: &mut Vec<&str>, kind: Option<bool>, out: &mut Vec<String>| {
        if let Some(added_run) = kind {
            let (open, close) = if added_run { added } else { removed };
            out.push(format!("{open}{}{close}", run.join(" ")));
        }
        run.clear();
    };
    for change in changes {
        let (word, kind) = match change {
            Change::Same(w) => (*w, None),
            Change::Removed(w) => (*w, Some(false)),
            Change::Added(w) => (*w, Some(true)),
        };
        if kind != run_kind {
            flush(&mut run, run_kind, &mut out);
            run_kind = kind;
        }
        match kind {
            None => out.push(word.to_string()),
            Some(_) => run.push(word),
        }
    }
    flush(&mut run, run_kind, &mut out);
    out.join(" ")
}

/// A diff as lines of text, each with its indent (0 for headings, 2 for ids, 4 for texts; an
/// empty line between sections): reworded items with their word changes marked `[-…-]` `{+…+}`,
/// then new, dropped and carried over. What `steppe diff` prints and the reader shows (`D`).
pub fn diff_lines(diff: &Diff, corpus: &Corpus, a: &str, b: &str) -> Vec<(usize, String)> {
    let text_of = |id: &str| corpus.find_item(id).map_or("", |(_, _, i)| i.text.as_str());
    let mut out = vec![(
        0,
        format!(
            "{a} → {b}: {} carried over, {} reworded, {} new, {} dropped",
            diff.carried_over.len(),
            diff.reworded.len(),
            diff.new.len(),
            diff.dropped.len()
        ),
    )];
    out.push((0, String::new()));
    out.push((0, format!("Reworded ({})", diff.reworded.len())));
    for (x, y) in &diff.reworded {
        out.push((2, format!("{x} → {y}")));
        let changes = word_changes(text_of(x), text_of(y));
        out.push((4, marked(&changes, ("[-", "-]"), ("{+", "+}"))));
    }
    for (title, ids) in [
        (format!("New in {b}"), &diff.new),
        (format!("Dropped from {a}"), &diff.dropped),
    ] {
        out.push((0, String::new()));
        out.push((0, format!("{title} ({})", ids.len())));
        for id in ids {
            out.push((2, id.clone()));
            out.push((4, text_of(id).to_string()));
        }
    }
    out.push((0, String::new()));
    out.push((0, format!("Carried over ({})", diff.carried_over.len())));
    for (x, y) in &diff.carried_over {
        out.push((2, format!("{x} = {y}")));
        out.push((4, text_of(y).to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load_builtin;

    const OVERVIEW: &str = "fpc-2021-09-30-responding-to-retreating-rights";
    const TAJIKISTAN: &str = "fpc-2021-05-17-tajikistan-conclusions";
    const KAZAKHSTAN: &str = "fpc-2021-07-22-kazakhstan-executive-summary";

    #[test]
    fn the_overview_links_to_its_sources_and_nothing_else() {
        let corpus = load_builtin().corpus;
        let overview = corpus
            .reports
            .iter()
            .find(|r| r.id == OVERVIEW)
            .expect("overview");
        let mut links = Vec::new();
        for item in overview.items() {
            for r in related(&corpus, item) {
                let (_, _, other) = corpus.find_item(&r.id).expect("linked item");
                links.push((item.text.clone(), r.report_id.clone(), other.text.clone()));
                // Nothing links outside the three FPC reports of 2021.
                assert!(
                    r.report_id == TAJIKISTAN || r.report_id == KAZAKHSTAN,
                    "{} → {}",
                    item.text,
                    other.text
                );
            }
        }
        // Every link, by hand: (overview's opening words, source report, source's opening words).
        let expected = [
            (
                "Address widespread corruption",
                TAJIKISTAN,
                "Address widespread corruption",
            ),
            ("Stop targeting NGOs", KAZAKHSTAN, "Stop targeting NGOs"),
            ("Make it easier for", KAZAKHSTAN, "Make it easier for"),
            (
                "Stop the continued harassment",
                KAZAKHSTAN,
                "Stop the continued harassment",
            ),
            (
                "Improve data protection",
                KAZAKHSTAN,
                "Improve data protection",
            ),
            (
                "Tackle domestic violence",
                TAJIKISTAN,
                "Tackle domestic violence",
            ),
            (
                "Use international mechanisms",
                KAZAKHSTAN,
                "Examine the use of international",
            ),
            (
                "Improve access to asylum",
                TAJIKISTAN,
                "Improve access to asylum",
            ),
        ];
        assert_eq!(links.len(), expected.len(), "{links:?}");
        for (a, r, b) in expected {
            assert!(
                links
                    .iter()
                    .any(|(x, y, z)| x.starts_with(a) && y == r && z.starts_with(b)),
                "{a} → {r}: {links:?}"
            );
        }
        let ngo = "Stop targeting NGOs with punitive tax inspections";
        assert!(links
            .iter()
            .any(|(a, r, b)| a.starts_with(ngo) && r == KAZAKHSTAN && b.starts_with(ngo)));
        let corruption = "Address widespread corruption at the heart of";
        assert!(links.iter().any(|(a, r, b)| a.starts_with(corruption)
            && r == TAJIKISTAN
            && b.starts_with(corruption)));
    }

    #[test]
    fn word_changes_mark_what_was_removed_and_added() {
        assert_eq!(
            word_changes(
                "Make it easier for parties to register",
                "Make it easier for independent parties to register"
            ),
            vec![
                Change::Same("Make"),
                Change::Same("it"),
                Change::Same("easier"),
                Change::Same("for"),
                Change::Added("independent"),
                Change::Same("parties"),
                Change::Same("to"),
                Change::Same("register"),
            ]
        );
        assert_eq!(
            word_changes("a b", "a c"),
            vec![Change::Same("a"), Change::Removed("b"), Change::Added("c")]
        );
    }

    #[test]
    fn history_is_newest_first_and_findings_have_none() {
        let corpus = load_builtin().corpus;
        let (_, _, ngo) = corpus
            .find_item(&format!("{KAZAKHSTAN}.r1"))
            .expect("NGO recommendation");
        let history = related(&corpus, ngo);
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].report_id, OVERVIEW);
        assert_eq!(history[0].date.as_deref(), Some("2021-09-30"));
        assert!(history[0].similarity >= 0.99);
        let (_, _, finding) = corpus
            .find_item(&format!("{KAZAKHSTAN}.p1"))
            .expect("finding");
        assert!(related(&corpus, finding).is_empty());
    }

    /// Every recommendation of `corpus` compared with every other: what the index must find.
    fn related_by_reading_all(corpus: &Corpus, item: &Item) -> Vec<(String, String, f64)> {
        let home = corpus
            .reports
            .iter()
            .find(|r| r.items().any(|i| i.id == item.id))
            .expect("home report");
        let mine = words(&item.text);
        let mut found: Vec<(Option<String>, (String, String, f64))> = corpus
            .reports
            .iter()
            .filter(|r| r.id != home.id)
            .flat_map(|r| r.items().map(move |i| (r, i)))
            .filter(|(_, i)| i.kind == ItemKind::Recommendation)
            .filter_map(|(r, i)| {
                let s = jaccard(&mine, &words(&i.text));
                (s >= SHARED_THRESHOLD).then(|| {
                    let rounded = (s * 100.0).round() / 100.0;
                    (r.date.clone(), (i.id.clone(), r.id.clone(), rounded))
                })
            })
            .collect();
        found.sort_by(|a, b| match (&a.0, &b.0) {
            (Some(x), Some(y)) => y.cmp(x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        found.into_iter().map(|(_, f)| f).collect()
    }

    #[test]
    fn the_history_index_finds_exactly_what_reading_every_recommendation_finds() {
        // Ten varied copies of the built-in reports: near-copies in many reports, the case
        // the prefix filter must not lose.
        let corpus = crate::corpus::scale::scaled_corpus(10);
        let index = HistoryIndex::build(&corpus);
        let mut with_history = 0;
        for item in corpus.reports.iter().flat_map(|r| r.items()) {
            let got: Vec<(String, String, f64)> = index
                .related(&corpus, item)
                .into_iter()
                .map(|r| (r.id, r.report_id, r.similarity))
                .collect();
            let want = if item.kind == ItemKind::Recommendation {
                related_by_reading_all(&corpus, item)
            } else {
                Vec::new()
            };
            assert_eq!(got, want, "history of {}", item.id);
            with_history += usize::from(!got.is_empty());
        }
        assert!(
            with_history > 100,
            "only {with_history} items with a history"
        );
    }
}
