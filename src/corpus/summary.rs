//! A report's summary: the shape of its sections and items without their text — each item's
//! kind, countries, addressee and themes — and its footnote count. It is all the country tree
//! ([`crate::tree`]) and `steppe list` need, small enough to keep in the cache's directory
//! beside each report's head, so that the reader draws its first frame and `list` answers
//! without decoding a single report.
//!
//! Names (countries, addressees, themes) are kept once per report and the items point at them.
//! Names and headings are sanitised ([`crate::text::sanitize`]) when the summary is made: what
//! the tree shows is inert for the terminal without another pass at start-up.

use serde::{Deserialize, Serialize};

use super::model::{ItemKind, Report};

/// No addressee (in [`ItemSummary::addressee`]).
const NONE: u32 = u32::MAX;

/// What the tree needs of one report's sections and items.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportSummary {
    /// The names the items use (countries, addressees, themes), each once.
    names: Vec<String>,
    sections: Vec<SectionSummary>,
    #[serde(with = "packed_items")]
    items: Vec<ItemSummary>,
    /// Per item, its countries then its themes, as positions in `names`.
    #[serde(with = "packed_refs")]
    refs: Vec<u32>,
    /// How many footnotes the report has.
    footnotes: usize,
    /// Per name used as a country, how many items of each kind name it (an item listing it
    /// twice counts once): the tree's counts without a pass over the items.
    country_counts: Vec<(u32, KindCounts)>,
    /// How many items of each kind are about several countries or none.
    regional: KindCounts,
}

/// Items counted by kind: recommendations, findings, list items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindCounts {
    pub recommendations: u32,
    pub findings: u32,
    pub list_items: u32,
}

impl KindCounts {
    fn add(&mut self, kind: ItemKind) {
        let n = match kind {
            ItemKind::Recommendation => &mut self.recommendations,
            ItemKind::Paragraph => &mut self.findings,
            ItemKind::ListItem => &mut self.list_items,
        };
        *n = n.saturating_add(1);
    }
}

/// One section: its heading and where its items end in [`ReportSummary::items`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct SectionSummary {
    heading: Option<String>,
    end: u32,
}

/// One item: its kind, its addressee (a position in the names, or [`NONE`]) and how many
/// countries and themes it has at `at` in [`ReportSummary::refs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct ItemSummary {
    kind: ItemKind,
    addressee: u32,
    at: u32,
    countries: u16,
    themes: u16,
}

/// An item as the tree sees it, borrowed from a summary.
#[derive(Debug, Clone, Copy)]
pub struct ItemShape<'a> {
    summary: &'a ReportSummary,
    item: ItemSummary,
}

impl<'a> ItemShape<'a> {
    pub fn kind(&self) -> ItemKind {
        self.item.kind
    }

    pub fn addressee(&self) -> Option<&'a str> {
        self.summary.name(self.item.addressee)
    }

    /// The addressee as a position in the report's names (`u32::MAX`: none): equal within a
    /// report exactly when the addressees are.
    pub fn addressee_key(&self) -> u32 {
        self.item.addressee
    }

    /// Positions in the report's names of the item's countries.
    pub fn country_refs(&self) -> &'a [u32] {
        let at = self.item.at as usize;
        self.summary
            .refs
            .get(at..at + self.item.countries as usize)
            .unwrap_or(&[])
    }

    /// How many countries the item is about.
    pub fn country_count(&self) -> usize {
        self.item.countries as usize
    }

    /// True when the item is about the country whose position in the names is `name`.
    pub fn has_country(&self, name: Option<u32>) -> bool {
        name.is_some_and(|n| self.country_refs().contains(&n))
    }

    /// True when the item carries the theme whose position in the names is `name`.
    pub fn has_theme(&self, name: Option<u32>) -> bool {
        let at = self.item.at as usize + self.item.countries as usize;
        let themes = self
            .summary
            .refs
            .get(at..at + self.item.themes as usize)
            .unwrap_or(&[]);
        name.is_some_and(|n| themes.contains(&n))
    }

    /// The item's countries.
    pub fn countries(&self) -> impl Iterator<Item = &'a str> + 'a {
        let summary = self.summary;
        self.country_refs()
            .iter()
            .filter_map(move |&n| summary.name(n))
    }
}

impl ReportSummary {
    /// The summary of a whole report.
    pub fn of(report: &Report) -> ReportSummary {
        let mut names = Names::default();
        let mut summary = ReportSummary {
            footnotes: report.footnotes.len(),
            ..ReportSummary::default()
        };
        for section in &report.sections {
            for item in &section.items {
                let at = summary.refs.len() as u32;
                for text in item.countries.iter().chain(&item.themes) {
                    summary.refs.push(names.of(text));
                }
                summary.items.push(ItemSummary {
                    kind: item.kind,
                    addressee: item.addressee.as_deref().map_or(NONE, |a| names.of(a)),
                    at,
                    countries: u16::try_from(item.countries.len()).unwrap_or(u16::MAX),
                    themes: u16::try_from(item.themes.len()).unwrap_or(u16::MAX),
                });
            }
            summary.sections.push(SectionSummary {
                heading: section.heading.clone(),
                end: summary.items.len() as u32,
            });
        }
        summary.names = names.names;
        summary.count_countries();
        // What the tree shows comes from here: made inert for the terminal once, now.
        summary.sanitize();
        summary
    }

    /// Fills [`ReportSummary::country_counts`] and [`ReportSummary::regional`] from the items.
    fn count_countries(&mut self) {
        let mut counts: Vec<Option<KindCounts>> = vec![None; self.names.len()];
        let mut regional = KindCounts::default();
        for item in &self.items {
            let at = item.at as usize;
            let refs = self
                .refs
                .get(at..at + item.countries as usize)
                .unwrap_or(&[]);
            for (k, &n) in refs.iter().enumerate() {
                // An item names a country once however often it is listed.
                if refs[..k].contains(&n) {
                    continue;
                }
                if let Some(slot) = counts.get_mut(n as usize) {
                    slot.get_or_insert_with(KindCounts::default).add(item.kind);
                }
            }
            if item.countries != 1 {
                regional.add(item.kind);
            }
        }
        self.country_counts = counts
            .into_iter()
            .enumerate()
            .filter_map(|(n, c)| Some((n as u32, c?)))
            .collect();
        self.regional = regional;
    }

    /// Per name used as a country (with its name), how many items of each kind name it.
    pub fn country_counts(&self) -> impl Iterator<Item = (&str, KindCounts)> {
        self.country_counts
            .iter()
            .filter_map(|&(n, counts)| Some((self.name(n)?, counts)))
    }

    /// How many items of each kind are about several countries or none.
    pub fn regional(&self) -> KindCounts {
        self.regional
    }

    /// The names the items use (countries, addressees, themes), each once.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    fn name(&self, n: u32) -> Option<&str> {
        self.names.get(n as usize).map(String::as_str)
    }

    /// The position of a name among the report's names (`None`: no item uses it).
    pub fn find(&self, name: &str) -> Option<u32> {
        self.names.iter().position(|n| n == name).map(|n| n as u32)
    }

    /// Every name the items use as a country, once each.
    pub fn countries(&self) -> impl Iterator<Item = &str> {
        self.country_counts().map(|(name, _)| name)
    }

    /// The sections in order: each heading with its items.
    pub fn sections(&self) -> impl Iterator<Item = (Option<&str>, SectionItems<'_>)> {
        let mut start = 0usize;
        self.sections.iter().map(move |s| {
            let end = (s.end as usize).min(self.items.len()).max(start);
            let items = SectionItems {
                summary: self,
                items: &self.items[start..end],
            };
            start = end;
            (s.heading.as_deref(), items)
        })
    }

    /// How many items of a kind the report has.
    pub fn count(&self, kind: ItemKind) -> usize {
        self.items.iter().filter(|i| i.kind == kind).count()
    }

    /// How many footnotes the report has.
    pub fn footnotes(&self) -> usize {
        self.footnotes
    }

    /// How many sections the report has.
    pub fn section_count(&self) -> usize {
        self.sections.len()
    }

    /// Replaces control and invisible characters in every name and heading (see
    /// [`crate::text::sanitize`]).
    fn sanitize(&mut self) {
        let strings = self
            .names
            .iter_mut()
            .chain(self.sections.iter_mut().filter_map(|s| s.heading.as_mut()));
        for s in strings {
            let plain = s.bytes().all(|b| (0x20..0x7f).contains(&b));
            if !plain
                && s.chars()
                    .any(|c| c.is_control() || crate::text::is_invisible(c))
            {
                *s = crate::text::sanitize(s);
            }
        }
    }
}

/// One section's items in a summary.
#[derive(Debug, Clone, Copy)]
pub struct SectionItems<'a> {
    summary: &'a ReportSummary,
    items: &'a [ItemSummary],
}

impl<'a> SectionItems<'a> {
    pub fn iter(&self) -> impl Iterator<Item = ItemShape<'a>> + 'a {
        let summary = self.summary;
        self.items
            .iter()
            .map(move |&item| ItemShape { summary, item })
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Names numbered in order of first use.
#[derive(Default)]
struct Names<'r> {
    known: std::collections::HashMap<&'r str, u32>,
    names: Vec<String>,
}

impl<'r> Names<'r> {
    fn of(&mut self, text: &'r str) -> u32 {
        if let Some(&n) = self.known.get(text) {
            return n;
        }
        let n = self.names.len() as u32;
        self.names.push(text.to_string());
        self.known.insert(text, n);
        n
    }
}

/// Bytes in the cache: a summary's items and references are read whole at every start of the
/// reader on a large library, and one run of fixed-width numbers decodes several times faster
/// than a sequence of values.
mod packed {
    use serde::de::{Deserializer, Error, Visitor};

    /// Reads a byte string (borrowed or not) and hands it to `parse`, without copying it.
    pub fn bytes<'de, D, T, P>(deserializer: D, parse: P) -> Result<T, D::Error>
    where
        D: Deserializer<'de>,
        P: FnOnce(&[u8]) -> Option<T>,
    {
        struct Bytes<P>(P);
        impl<'de, T, P: FnOnce(&[u8]) -> Option<T>> Visitor<'de> for Bytes<P> {
            type Value = T;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a packed summary")
            }
            fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<T, E> {
                (self.0)(v).ok_or_else(|| E::custom("damaged packed summary"))
            }
        }
        deserializer.deserialize_bytes(Bytes(parse))
    }

    pub fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
        Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
    }

    pub fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
        Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
    }
}

/// [`ReportSummary::items`] as bytes: per item its kind (one byte), addressee and place in
/// the references (four bytes each), country and theme counts (two bytes each).
mod packed_items {
    use super::{packed, ItemKind, ItemSummary};
    use serde::{Deserializer, Serializer};

    const WIDTH: usize = 13;

    pub fn serialize<S: Serializer>(
        items: &[ItemSummary],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut bytes = Vec::with_capacity(items.len() * WIDTH);
        for item in items {
            bytes.push(match item.kind {
                ItemKind::Paragraph => 0,
                ItemKind::Recommendation => 1,
                ItemKind::ListItem => 2,
            });
            bytes.extend_from_slice(&item.addressee.to_le_bytes());
            bytes.extend_from_slice(&item.at.to_le_bytes());
            bytes.extend_from_slice(&item.countries.to_le_bytes());
            bytes.extend_from_slice(&item.themes.to_le_bytes());
        }
        serializer.serialize_bytes(&bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<ItemSummary>, D::Error> {
        packed::bytes(deserializer, |bytes| {
            if bytes.len() % WIDTH != 0 {
                return None;
            }
            bytes
                .chunks_exact(WIDTH)
                .map(|b| {
                    Some(ItemSummary {
                        kind: match b.first()? {
                            0 => ItemKind::Paragraph,
                            1 => ItemKind::Recommendation,
                            2 => ItemKind::ListItem,
                            _ => return None,
                        },
                        addressee: packed::u32_at(b, 1)?,
                        at: packed::u32_at(b, 5)?,
                        countries: packed::u16_at(b, 9)?,
                        themes: packed::u16_at(b, 11)?,
                    })
                })
                .collect()
        })
    }
}

/// [`ReportSummary::refs`] as bytes, four per reference.
mod packed_refs {
    use super::packed;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(refs: &[u32], serializer: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<u8> = refs.iter().flat_map(|r| r.to_le_bytes()).collect();
        serializer.serialize_bytes(&bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u32>, D::Error> {
        packed::bytes(deserializer, |bytes| {
            if bytes.len() % 4 != 0 {
                return None;
            }
            bytes
                .chunks_exact(4)
                .map(|b| Some(u32::from_le_bytes(b.try_into().ok()?)))
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_come_back_whole_from_their_packed_encoding() {
        let corpus = crate::corpus::load_builtin().corpus;
        for report in &corpus.reports {
            let summary = ReportSummary::of(report);
            assert!(!summary.items.is_empty(), "{}", report.id);
            let bytes = postcard::to_allocvec(&summary).unwrap();
            let back: ReportSummary = postcard::from_bytes(&bytes).unwrap();
            assert_eq!(back, summary, "{}", report.id);
        }
    }

    #[test]
    fn a_packed_item_of_an_unknown_kind_is_refused() {
        let report = &crate::corpus::load_builtin().corpus.reports[0];
        let summary = ReportSummary::of(report);
        let bytes = postcard::to_allocvec(&summary).unwrap();
        // The first item's kind byte, found by encoding the same items with another first kind.
        let mut other = summary.clone();
        other.items[0].kind = match other.items[0].kind {
            ItemKind::ListItem => ItemKind::Paragraph,
            _ => ItemKind::ListItem,
        };
        let changed = postcard::to_allocvec(&other).unwrap();
        let at = bytes
            .iter()
            .zip(&changed)
            .position(|(a, b)| a != b)
            .unwrap();
        let mut damaged = bytes.clone();
        damaged[at] = 7;
        assert!(postcard::from_bytes::<ReportSummary>(&damaged).is_err());
    }
}
