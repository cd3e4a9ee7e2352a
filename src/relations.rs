//! Relations between items across reports: a recommendation's history. For a recommendation,
//! the same or reworded recommendation in the other reports (other publishers, other years), by
//! the same similarity as the comparison ([`crate::compare::similarity`] over
//! [`crate::compare::words`], at least [`crate::compare::SHARED_THRESHOLD`]), newest first.

use serde::Serialize;

use crate::compare::{words, SHARED_THRESHOLD};
use crate::corpus::model::{Corpus, Item, ItemKind};

/// One recommendation related to another: where it is, when, and how alike the two are.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Related {
    pub id: String,
    pub report_id: String,
    pub date: Option<String>,
    /// Jaccard similarity of the two items' word sets, rounded to two decimals.
    pub similarity: f64,
}

/// Jaccard similarity of two sorted, deduplicated word lists.
fn jaccard(a: &[String], b: &[String]) -> f64 {
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
/// last). Empty for anything but a recommendation.
pub fn related(corpus: &Corpus, item: &Item) -> Vec<Related> {
    if item.kind != ItemKind::Recommendation {
        return Vec::new();
    }
    let Some(home) = corpus
        .reports
        .iter()
        .find(|r| r.items().any(|i| i.id == item.id))
    else {
        return Vec::new();
    };
    let mine = words(&item.text);
    let mut found: Vec<Related> = corpus
        .reports
        .iter()
        .filter(|r| r.id != home.id)
        .flat_map(|r| r.items().map(move |i| (r, i)))
        .filter(|(_, i)| i.kind == ItemKind::Recommendation)
        .filter_map(|(r, i)| {
            let similarity = jaccard(&mine, &words(&i.text));
            (similarity >= SHARED_THRESHOLD).then(|| Related {
                id: i.id.clone(),
                report_id: r.id.clone(),
                date: r.date.clone(),
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
}
