//! Larger corpora for benchmarks: copies of the built-in reports with varied words, so that the
//! search and import benchmarks measure realistic text rather than one report repeated.
//!
//! Not part of the user-facing API; public only so that every benchmark builds the same corpora.

use super::model::{Corpus, Item};

/// Suffixes that turn a corpus word into a plausible new one ("askarov" → "askarovskaya").
/// Their number bounds the vocabulary growth: at most (distinct words × suffixes), about 100k
/// distinct words at 1000 copies, in line with real corpora of a few thousand reports.
const SUFFIXES: [&str; 24] = [
    "ov", "ev", "ova", "eva", "in", "ina", "skiy", "skaya", "bek", "bai", "ali", "jon", "er",
    "ist", "ism", "ity", "ation", "ed", "ing", "al", "ment", "ness", "ic", "ous",
];

/// A small deterministic generator (SplitMix64): same corpus on every run, no dependency.
struct Mix(u64);

impl Mix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// `copies` versions of `base` (copy 0 is `base` itself). In every other copy about one word in
/// six is replaced, in each item, by a word from another item or a suffixed variant of itself,
/// item and report ids get a `-N` suffix, and report dates are spread over the years, so that
/// hit counts, ranking and the vocabulary all grow the way a real larger corpus would.
#[doc(hidden)]
pub fn scaled(base: &Corpus, copies: usize) -> Corpus {
    let donors: Vec<Vec<&str>> = base
        .items()
        .map(|(_, _, i)| i.text.split(' ').collect())
        .collect();
    let mut mix = Mix(0x5eed);
    let mut reports = Vec::with_capacity(base.reports.len() * copies);
    for copy in 0..copies {
        for report in &base.reports {
            if copy == 0 {
                reports.push(report.clone());
                continue;
            }
            let mut r = report.clone();
            r.id = format!("{}-{copy}", report.id);
            r.date = report.date.as_ref().map(|d| {
                let year = 2000 + (copy * 7 + d.len()) % 26;
                format!("{year}{}", d.get(4..).unwrap_or(""))
            });
            for section in &mut r.sections {
                for item in &mut section.items {
                    vary(item, copy, &donors, &mut mix);
                }
            }
            reports.push(r);
        }
    }
    Corpus { reports }
}

fn vary(item: &mut Item, copy: usize, donors: &[Vec<&str>], mix: &mut Mix) {
    item.id = format!("{}-{copy}", item.id);
    item.text = vary_words(&item.text, donors, mix);
}

/// `text` with about one word in six (of four letters or more) replaced by a word from a donor
/// or by a suffixed variant of itself. Words are split on spaces only, so line breaks stay.
fn vary_words(text: &str, donors: &[Vec<&str>], mix: &mut Mix) -> String {
    let words: Vec<String> = text
        .split(' ')
        .map(|w| {
            if w.len() < 4 || mix.below(6) != 0 {
                return w.to_string();
            }
            if mix.below(2) == 0 {
                let donor = &donors[mix.below(donors.len())];
                donor[mix.below(donor.len())].to_string()
            } else {
                let cut = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                format!(
                    "{cut}{}{}",
                    SUFFIXES[mix.below(SUFFIXES.len())],
                    &w[cut.len()..]
                )
            }
        })
        .collect();
    words.join(" ")
}

/// One generated report file: its file stem, text and metadata (`NAME.toml`).
#[derive(Debug, Clone)]
pub struct ScaledFile {
    pub name: String,
    pub text: String,
    pub metadata: String,
}

/// The built-in report *files* (scraped text and metadata, before import) × `copies`, varied
/// line by line as [`scaled`] varies items, with the metadata's year spread over 2000–2025: the
/// input of import and load benchmarks, written to disk by the scale benchmark.
#[doc(hidden)]
pub fn scaled_files(copies: usize) -> Vec<ScaledFile> {
    let donors: Vec<Vec<&str>> = super::builtin::REPORTS
        .iter()
        .flat_map(|r| r.text.lines())
        .filter(|l| l.len() > 40)
        .map(|l| l.split(' ').collect())
        .collect();
    let mut mix = Mix(0x5eed);
    let mut out = Vec::with_capacity(copies * super::builtin::REPORTS.len());
    for copy in 0..copies {
        for report in super::builtin::REPORTS {
            if copy == 0 {
                out.push(ScaledFile {
                    name: report.name.to_string(),
                    text: report.text.to_string(),
                    metadata: report.metadata.to_string(),
                });
                continue;
            }
            let text: Vec<String> = report
                .text
                .lines()
                .map(|line| vary_words(line, &donors, &mut mix))
                .collect();
            let year = 2000 + (copy * 7 + report.name.len()) % 26;
            let metadata: Vec<String> = report
                .metadata
                .lines()
                .map(|line| match line.strip_prefix("date = \"") {
                    Some(rest) => format!("date = \"{year}{}", rest.get(4..).unwrap_or("\"")),
                    None => line.to_string(),
                })
                .collect();
            out.push(ScaledFile {
                name: format!("{}-{copy}", report.name),
                text: text.join("\n") + "\n",
                metadata: metadata.join("\n") + "\n",
            });
        }
    }
    out
}

/// The built-in corpus scaled `copies` times (see [`scaled`]).
#[doc(hidden)]
pub fn scaled_corpus(copies: usize) -> Corpus {
    scaled(&super::load_builtin().corpus, copies)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn copies_differ_and_ids_stay_unique() {
        let base = super::super::load_builtin().corpus;
        let big = scaled(&base, 3);
        assert_eq!(big.reports.len(), base.reports.len() * 3);
        let ids: HashSet<&str> = big.items().map(|(_, _, i)| i.id.as_str()).collect();
        assert_eq!(ids.len(), big.items().count());
        let first: Vec<&str> = big.reports[0].items().map(|i| i.text.as_str()).collect();
        let n = base.reports.len();
        let copy: Vec<&str> = big.reports[n].items().map(|i| i.text.as_str()).collect();
        assert_eq!(first.len(), copy.len());
        assert!(first.iter().zip(&copy).filter(|(a, b)| a != b).count() > first.len() / 2);
    }

    #[test]
    fn scaled_files_vary_text_and_years_and_import_alike() {
        let files = scaled_files(3);
        assert_eq!(files.len(), 15);
        let names: HashSet<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names.len(), 15);
        let (original, copy) = (&files[2], &files[7]);
        assert_eq!(copy.name, format!("{}-1", original.name));
        assert_ne!(original.text, copy.text);
        assert_eq!(original.text.lines().count(), copy.text.lines().count());
        assert!(copy.metadata.contains("date = \"20"), "{}", copy.metadata);
        assert_ne!(original.metadata, copy.metadata);
        let rules = crate::corpus::ImportRules::builtin();
        let mut diagnostics = Vec::new();
        let metadata =
            crate::corpus::metadata::parse(&copy.metadata, "copy.toml", &mut diagnostics);
        let report = crate::corpus::import::import(
            &crate::corpus::import::Input {
                id: &copy.name,
                source: &copy.name,
                text: &copy.text,
                markdown: false,
                metadata,
            },
            &rules,
            &mut diagnostics,
        );
        // Varied words leave the structure alone: the same sections as the original.
        let base = super::super::load_builtin().corpus;
        let original_report = base
            .reports
            .iter()
            .find(|r| r.id == original.name)
            .expect("original");
        assert_eq!(report.sections.len(), original_report.sections.len());
    }
}
