//! The country tree the reader browses: country → reports that speak of it (newest first) →
//! their sections → that country's items, with counts at every level. Pure library code over a
//! [`Corpus`]; it holds indices, not references, so it can live next to the corpus it describes.
//!
//! An item belongs to every country in its `countries`. Items about several countries or none
//! are also listed under the [`Scope::Regional`] entry ("All / Regional").

use crate::corpus::model::{Corpus, Item, ItemKind};
use std::sync::Arc;

use crate::corpus::summary::{ItemShape, ReportSummary};

/// Label of the entry for items about several countries or none.
pub const REGIONAL_LABEL: &str = "All / Regional";
/// Label of a report's first section when it has no heading (the opening text).
pub const OPENING_LABEL: &str = "Introduction";

/// Which items the tree keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Keep recommendations only.
    pub recommendations_only: bool,
    /// Keep items tagged with this theme id only.
    pub theme: Option<String>,
}

impl Filter {
    /// True when the item passes the filter.
    pub fn keeps(&self, item: &Item) -> bool {
        (!self.recommendations_only || item.kind == ItemKind::Recommendation)
            && self
                .theme
                .as_ref()
                .is_none_or(|t| item.themes.iter().any(|x| x == t))
    }

    /// True when nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        !self.recommendations_only && self.theme.is_none()
    }
}

/// What a country entry stands for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// Items whose `countries` include this country.
    Country(String),
    /// Items about several countries or none.
    Regional,
}

impl Scope {
    /// The name shown for the entry.
    pub fn label(&self) -> &str {
        match self {
            Scope::Country(name) => name,
            Scope::Regional => REGIONAL_LABEL,
        }
    }

    /// True when the item belongs under this entry.
    pub fn includes(&self, item: &Item) -> bool {
        match self {
            Scope::Country(name) => item.countries.iter().any(|c| c == name),
            Scope::Regional => item.countries.len() != 1,
        }
    }
}

/// Items counted by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub recommendations: usize,
    pub findings: usize,
    pub list_items: usize,
}

impl Counts {
    fn add(&mut self, kind: ItemKind) {
        match kind {
            ItemKind::Recommendation => self.recommendations += 1,
            ItemKind::Paragraph => self.findings += 1,
            ItemKind::ListItem => self.list_items += 1,
        }
    }

    fn merge(&mut self, other: Counts) {
        self.recommendations += other.recommendations;
        self.findings += other.findings;
        self.list_items += other.list_items;
    }

    /// The items that are no recommendation (findings and list items): the second number of the
    /// reader's `rec/other` counts (countries, sections, the countries picker).
    pub fn other(&self) -> usize {
        self.findings + self.list_items
    }

    /// Every item, whatever its kind.
    pub fn total(&self) -> usize {
        self.recommendations + self.findings + self.list_items
    }
}

pub use crate::corpus::model::ItemRef;

/// A run of items of one section with the same addressee (`None` for findings and list items
/// that are not addressed to anyone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub addressee: Option<String>,
    /// Indices into [`SectionNode::items`].
    pub start: usize,
    pub len: usize,
}

/// One section of a report, restricted to one country's items.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionNode {
    /// Index of the section in its report.
    pub section: usize,
    /// The heading, or [`OPENING_LABEL`].
    pub label: String,
    pub counts: Counts,
    /// The country's items, grouped by addressee (groups in order of first appearance, items in
    /// reading order within a group).
    pub items: Vec<ItemRef>,
    pub groups: Vec<Group>,
}

/// One report that speaks of a country, with the sections that hold the country's items.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportNode {
    /// Index of the report in the corpus.
    pub report: usize,
    pub counts: Counts,
    pub sections: Vec<SectionNode>,
}

/// One entry of the countries list. Its counts are known when the tree is built; its reports,
/// sections and items are built the first time they are asked for ([`CountryNode::reports`]):
/// at thousands of reports, building them for every country would hold up the reader's first
/// frame, which shows one country's.
#[derive(Debug, Clone)]
pub struct CountryNode {
    pub scope: Scope,
    pub counts: Counts,
    reports: std::sync::OnceLock<Vec<ReportNode>>,
    /// What the reports are built from.
    source: Arc<Source>,
}

/// What a tree is built from: the reports' summaries, the reports' titles (a section without a
/// heading is named by its report) and order (newest first), and the filter.
#[derive(Debug)]
struct Source {
    summaries: Arc<Vec<ReportSummary>>,
    titles: Vec<String>,
    order: Vec<usize>,
    filter: Filter,
}

impl PartialEq for CountryNode {
    fn eq(&self, other: &Self) -> bool {
        self.scope == other.scope
            && self.counts == other.counts
            && self.reports() == other.reports()
    }
}

impl CountryNode {
    /// The reports that speak of the country, newest first (undated reports last, then in load
    /// order), built on first use.
    pub fn reports(&self) -> &[ReportNode] {
        self.reports
            .get_or_init(|| build_reports(&self.source, &self.scope))
    }

    /// Every section of every report, in display order, with its report.
    pub fn sections(&self) -> impl Iterator<Item = (&ReportNode, &SectionNode)> {
        self.reports()
            .iter()
            .flat_map(|r| r.sections.iter().map(move |s| (r, s)))
    }
}

/// Countries (sorted by name) followed by the "All / Regional" entry, each with its reports,
/// sections and items. Entries, reports and sections with no item left by the filter are omitted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CountryTree {
    pub countries: Vec<CountryNode>,
}

impl CountryTree {
    /// Builds the tree of every item the filter keeps.
    pub fn build(corpus: &Corpus, filter: &Filter) -> Self {
        let summaries: Vec<ReportSummary> = corpus.reports.iter().map(ReportSummary::of).collect();
        Self::from_summaries(corpus, Arc::new(summaries), filter)
    }

    /// Builds the tree from the reports' summaries (one per report of `corpus`, in order);
    /// `corpus` gives only the reports' heads (date and title), so its reports may be heads
    /// without sections (see `crate::library::Request::lazy`). The same tree as
    /// [`CountryTree::build`] of the whole reports. Only the counts are made now: each
    /// country's reports when first asked for.
    pub fn from_summaries(
        corpus: &Corpus,
        summaries: Arc<Vec<ReportSummary>>,
        filter: &Filter,
    ) -> Self {
        let reports = corpus.reports.len().min(summaries.len());
        // Every country an item names (a report's own list of countries adds none: an entry
        // without items is left out). A hashed set first, sorted after: thousands of reports
        // name the same few countries.
        let mut seen: foldhash::HashSet<&str> = foldhash::HashSet::default();
        for summary in summaries.iter().take(reports) {
            seen.extend(summary.countries());
        }
        let mut names: Vec<&str> = seen.into_iter().collect();
        names.sort_unstable();
        // Counts per country (then the regional entry last), in one pass over the items.
        let regional = names.len();
        let mut counts = vec![Counts::default(); names.len() + 1];
        let kept = |c: crate::corpus::summary::KindCounts| Counts {
            recommendations: c.recommendations as usize,
            findings: if filter.recommendations_only {
                0
            } else {
                c.findings as usize
            },
            list_items: if filter.recommendations_only {
                0
            } else {
                c.list_items as usize
            },
        };
        for summary in summaries.iter().take(reports) {
            if filter.theme.is_none() {
                // Counted when the summary was made.
                for (name, c) in summary.country_counts() {
                    if let Ok(g) = names.binary_search(&name) {
                        counts[g].merge(kept(c));
                    }
                }
                counts[regional].merge(kept(summary.regional()));
                continue;
            }
            let theme = filter.theme.as_deref().map(|t| summary.find(t));
            if theme == Some(None) {
                continue;
            }
            // The report's names as positions among all countries.
            let global: Vec<Option<usize>> = summary
                .names()
                .iter()
                .map(|n| names.binary_search(&n.as_str()).ok())
                .collect();
            for (_, items) in summary.sections() {
                for item in items.iter() {
                    let kept = (!filter.recommendations_only
                        || item.kind() == ItemKind::Recommendation)
                        && theme.is_none_or(|t| item.has_theme(t));
                    if !kept {
                        continue;
                    }
                    let refs = item.country_refs();
                    for (k, &n) in refs.iter().enumerate() {
                        // An item names a country once however often it is listed.
                        if refs[..k].contains(&n) {
                            continue;
                        }
                        if let Some(g) = global.get(n as usize).copied().flatten() {
                            counts[g].add(item.kind());
                        }
                    }
                    if item.country_count() != 1 {
                        counts[regional].add(item.kind());
                    }
                }
            }
        }
        let mut order: Vec<usize> = (0..reports).collect();
        // Newest first; ISO dates sort as text; undated last; stable for ties.
        order.sort_by(|&a, &b| {
            let (da, db) = (&corpus.reports[a].date, &corpus.reports[b].date);
            match (da, db) {
                (Some(x), Some(y)) => y.cmp(x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
        });
        let scopes: Vec<Scope> = names
            .iter()
            .map(|n| Scope::Country(n.to_string()))
            .chain([Scope::Regional])
            .collect();
        let source = Arc::new(Source {
            titles: corpus
                .reports
                .iter()
                .take(reports)
                .map(|r| r.title.clone())
                .collect(),
            summaries,
            order,
            filter: filter.clone(),
        });
        let countries = scopes
            .into_iter()
            .zip(counts)
            .filter(|(_, counts)| counts.total() > 0)
            .map(|(scope, counts)| CountryNode {
                scope,
                counts,
                reports: std::sync::OnceLock::new(),
                source: Arc::clone(&source),
            })
            .collect();
        CountryTree { countries }
    }

    /// Position of an entry.
    pub fn position(&self, scope: &Scope) -> Option<usize> {
        self.countries.iter().position(|c| &c.scope == scope)
    }

    /// The entry for a country name (case-insensitive), or the regional entry.
    pub fn country(&self, name: &str) -> Option<&CountryNode> {
        self.countries
            .iter()
            .find(|c| c.scope.label().eq_ignore_ascii_case(name))
    }

    /// Builds every country's reports now (a worker thread does it once the reader's first
    /// frame is up, so that moving to another country finds them built).
    pub fn build_all(&self) {
        for country in &self.countries {
            let _ = country.reports();
        }
    }
}

/// One country's reports, sections and items.
fn build_reports(source: &Source, scope: &Scope) -> Vec<ReportNode> {
    let filter = &source.filter;
    let mut out = Vec::with_capacity(source.order.len());
    for &r in &source.order {
        let (Some(summary), Some(title)) = (source.summaries.get(r), source.titles.get(r)) else {
            continue;
        };
        // The scope's country and the filter's theme as positions in the report's names.
        let country = match scope {
            Scope::Country(name) => Some(summary.find(name)),
            Scope::Regional => None,
        };
        if country == Some(None) {
            continue;
        }
        let theme = filter.theme.as_deref().map(|t| summary.find(t));
        if theme == Some(None) {
            continue;
        }
        let includes = |item: &ItemShape<'_>| match country {
            Some(name) => item.has_country(name),
            None => item.country_count() != 1,
        };
        let keeps = |item: &ItemShape<'_>| {
            (!filter.recommendations_only || item.kind() == ItemKind::Recommendation)
                && theme.is_none_or(|t| item.has_theme(t))
        };
        let mut report_node = ReportNode {
            report: r,
            counts: Counts::default(),
            sections: Vec::with_capacity(summary.section_count()),
        };
        // Per section: the addressees in order of first appearance (with their positions in the
        // report's names, compared first), and each kept item with its group.
        let mut addressees: Vec<(Option<&str>, u32, usize)> = Vec::new();
        let mut kept: Vec<(usize, ItemRef)> = Vec::new();
        for (s, (heading, items)) in summary.sections().enumerate() {
            addressees.clear();
            kept.clear();
            let mut counts = Counts::default();
            for (i, item) in items.iter().enumerate() {
                if !includes(&item) || !keeps(&item) {
                    continue;
                }
                counts.add(item.kind());
                let at = ItemRef {
                    report: r,
                    section: s,
                    item: i,
                };
                let (key, addressee) = (item.addressee_key(), item.addressee());
                // (Two names may read the same once sanitised: the text decides.)
                let found = addressees
                    .iter()
                    .position(|&(a, k, _)| k == key || a == addressee);
                let group = match found {
                    Some(g) => g,
                    None => {
                        addressees.push((addressee, key, 0));
                        addressees.len() - 1
                    }
                };
                if let Some(a) = addressees.get_mut(group) {
                    a.2 += 1;
                }
                kept.push((group, at));
            }
            if counts.total() == 0 {
                continue;
            }
            // Groups in order of first appearance, items in reading order within a group.
            if addressees.len() > 1 {
                kept.sort_by_key(|&(group, _)| group);
            }
            let items: Vec<ItemRef> = kept.iter().map(|&(_, at)| at).collect();
            let mut group_spans = Vec::with_capacity(addressees.len());
            let mut start = 0;
            for &(addressee, _, len) in &addressees {
                group_spans.push(Group {
                    addressee: addressee.map(str::to_string),
                    start,
                    len,
                });
                start += len;
            }
            report_node.counts.merge(counts);
            report_node.sections.push(SectionNode {
                section: s,
                label: match (heading, s) {
                    (Some(heading), _) => heading.to_string(),
                    (None, 0) => OPENING_LABEL.to_string(),
                    // A later section without a heading: named by its report.
                    (None, _) => title.clone(),
                },
                counts,
                items,
                groups: group_spans,
            });
        }
        if !report_node.sections.is_empty() {
            out.push(report_node);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load_builtin;

    fn tree() -> (Corpus, CountryTree) {
        let corpus = load_builtin().corpus;
        let tree = CountryTree::build(&corpus, &Filter::default());
        (corpus, tree)
    }

    #[test]
    fn countries_are_sorted_with_regional_last() {
        let (_, tree) = tree();
        let labels: Vec<&str> = tree.countries.iter().map(|c| c.scope.label()).collect();
        assert_eq!(
            labels,
            [
                "Kazakhstan",
                "Kyrgyzstan",
                "Tajikistan",
                "Turkmenistan",
                "Uzbekistan",
                REGIONAL_LABEL
            ]
        );
    }

    #[test]
    fn tajikistan_government_section_has_the_14_recommendations() {
        let (corpus, tree) = tree();
        let tj = tree.country("Tajikistan").unwrap();
        // FPC Tajikistan conclusions is the second-newest report about Tajikistan.
        let dates: Vec<&str> = tj
            .reports()
            .iter()
            .map(|r| corpus.reports[r.report].date.as_deref().unwrap())
            .collect();
        let mut sorted = dates.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(dates, sorted, "newest first");
        let conclusions = tj
            .reports()
            .iter()
            .find(|r| corpus.reports[r.report].id == "fpc-2021-05-17-tajikistan-conclusions")
            .unwrap();
        let section = conclusions
            .sections
            .iter()
            .find(|s| s.label == "For the Government of Tajikistan")
            .unwrap();
        assert_eq!(section.counts.recommendations, 14);
        let group = section
            .groups
            .iter()
            .find(|g| g.addressee.as_deref() == Some("the Government of Tajikistan"))
            .unwrap();
        assert_eq!(group.len, 14);
        for at in &section.items[group.start..group.start + group.len] {
            let item = &corpus.reports[at.report].sections[at.section].items[at.item];
            assert_eq!(item.kind, ItemKind::Recommendation);
            assert_eq!(
                item.addressee.as_deref(),
                Some("the Government of Tajikistan")
            );
        }
    }

    #[test]
    fn kazakhstan_has_12_and_17_recommendations_from_two_fpc_reports() {
        let (corpus, tree) = tree();
        let kz = tree.country("Kazakhstan").unwrap();
        assert_eq!(kz.counts.recommendations, 29);
        let with_recs: Vec<(&str, usize)> = kz
            .reports()
            .iter()
            .filter(|r| r.counts.recommendations > 0)
            .map(|r| {
                (
                    corpus.reports[r.report].id.as_str(),
                    r.counts.recommendations,
                )
            })
            .collect();
        assert_eq!(
            with_recs,
            [
                ("fpc-2021-09-30-responding-to-retreating-rights", 17),
                ("fpc-2021-07-22-kazakhstan-executive-summary", 12),
            ]
        );
    }

    #[test]
    fn regional_holds_items_about_several_countries_or_none() {
        let (corpus, tree) = tree();
        let regional = tree.country(REGIONAL_LABEL).unwrap();
        let expected = corpus
            .items()
            .filter(|(_, _, i)| i.countries.len() != 1)
            .count();
        assert_eq!(regional.counts.total(), expected);
        assert!(regional.counts.recommendations >= 17);
        for (_, section) in regional.sections() {
            for at in &section.items {
                let item = &corpus.reports[at.report].sections[at.section].items[at.item];
                assert_ne!(item.countries.len(), 1);
            }
        }
    }

    #[test]
    fn counts_kept_in_the_summaries_equal_counting_the_items_under_every_filter() {
        let corpus = load_builtin().corpus;
        let filters = [
            Filter::default(),
            Filter {
                recommendations_only: true,
                theme: None,
            },
            Filter {
                recommendations_only: false,
                theme: Some("torture-justice".to_string()),
            },
        ];
        for filter in filters {
            let tree = CountryTree::build(&corpus, &filter);
            assert!(tree.countries.len() > 2, "{filter:?}");
            for country in &tree.countries {
                let mut direct = Counts::default();
                for (_, _, item) in corpus.items() {
                    if country.scope.includes(item) && filter.keeps(item) {
                        direct.add(item.kind);
                    }
                }
                assert_eq!(
                    country.counts,
                    direct,
                    "{} {filter:?}",
                    country.scope.label()
                );
                let mut from_sections = Counts::default();
                for (_, section) in country.sections() {
                    from_sections.merge(section.counts);
                }
                assert_eq!(from_sections, direct, "{}", country.scope.label());
            }
        }
    }

    #[test]
    fn counts_add_up_from_sections() {
        let (corpus, tree) = tree();
        for country in &tree.countries {
            let sum: usize = country.sections().map(|(_, s)| s.items.len()).sum();
            assert_eq!(sum, country.counts.total(), "{}", country.scope.label());
            let direct = corpus
                .items()
                .filter(|(_, _, i)| country.scope.includes(i))
                .count();
            assert_eq!(direct, sum);
        }
    }

    #[test]
    fn recommendations_filter_drops_countries_without_any() {
        let corpus = load_builtin().corpus;
        let filter = Filter {
            recommendations_only: true,
            theme: None,
        };
        let tree = CountryTree::build(&corpus, &filter);
        let labels: Vec<&str> = tree.countries.iter().map(|c| c.scope.label()).collect();
        assert_eq!(
            labels,
            ["Kazakhstan", "Kyrgyzstan", "Tajikistan", REGIONAL_LABEL]
        );
        let tj = tree.country("Tajikistan").unwrap();
        assert_eq!(tj.counts.recommendations, 20 + 17);
        assert_eq!(tj.counts.findings, 0);
    }

    #[test]
    fn theme_filter_keeps_only_tagged_items() {
        let corpus = load_builtin().corpus;
        let theme = corpus
            .items()
            .flat_map(|(_, _, i)| i.themes.iter())
            .next()
            .unwrap()
            .clone();
        let filter = Filter {
            recommendations_only: false,
            theme: Some(theme.clone()),
        };
        let tree = CountryTree::build(&corpus, &filter);
        assert!(!tree.countries.is_empty());
        for country in &tree.countries {
            for (_, section) in country.sections() {
                for at in &section.items {
                    let item = &corpus.reports[at.report].sections[at.section].items[at.item];
                    assert!(item.themes.contains(&theme));
                }
            }
        }
    }
}
