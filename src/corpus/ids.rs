//! Stable item ids: `REPORT_ID.` + eight hex digits of a hash of the item's normalised text
//! (folded, words only, footnote markers dropped), so an item keeps its id when the report is
//! imported again, when items are added or removed elsewhere in it, or when the importer decides
//! its kind differently. Collisions (the same text twice in a report, or two texts with the same
//! hash) take `-2`, `-3`… in reading order. The positional id the importer gave
//! (`REPORT_ID.r5`) is kept in `aliases`, and every place that accepts an id accepts it too.

use std::fmt::Write as _;

use super::model::Report;
use super::phrases::{words_into, Span};

/// Gives every item of `report` its stable id, keeping the previous id as an alias.
pub fn assign(report: &mut Report) {
    let hashes: Vec<u32> = report.items().map(|item| text_hash(&item.text)).collect();
    assign_hashed(report, &hashes);
}

/// [`assign`] given each item's [`text_hash`], in reading order (the tagging pass computes them
/// from the words it has split already); an item without one is hashed here.
pub fn assign_hashed(report: &mut Report, hashes: &[u32]) {
    // (hash, n) stands for the id `REPORT_ID.hash` (n = 1) or `REPORT_ID.hash-n`: as every
    // hash is written with eight digits, two pairs are the same id only when they are equal.
    let mut used = foldhash::HashSet::with_capacity_and_hasher(hashes.len(), Default::default());
    let mut hashes = hashes.iter();
    for section in &mut report.sections {
        for item in &mut section.items {
            let hash = hashes
                .next()
                .copied()
                .unwrap_or_else(|| text_hash(&item.text));
            let mut n = 1u32;
            while !used.insert((hash, n)) {
                n += 1;
            }
            let mut id = String::with_capacity(report.id.len() + 14);
            id.push_str(&report.id);
            // Writing to a String cannot fail.
            let _ = write!(id, ".{hash:08x}");
            if n > 1 {
                let _ = write!(id, "-{n}");
            }
            if !item.aliases.contains(&item.id) && item.id != id {
                item.aliases.push(std::mem::take(&mut item.id));
            }
            item.id = id;
        }
    }
}

/// The words of a text as they identify it: folded, letters and digits only, footnote markers
/// (`[3]`, `[iv]`) dropped, one space between words.
pub fn normalise(text: &str) -> String {
    let folded = crate::text::fold(text);
    let mut words = Vec::new();
    words_into(&folded, &mut words);
    let mut out = String::with_capacity(text.len());
    for word in identifying_words(&folded, &words) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The words of [`normalise`]'s result, given the folded text and its words (runs of letters
/// and digits, from [`words_into`]): all but footnote markers, a word of up to five bytes
/// right between `[` and `]`.
fn identifying_words<'a>(folded: &'a str, words: &'a [Span]) -> impl Iterator<Item = &'a str> {
    let bytes = folded.as_bytes();
    words
        .iter()
        .filter(move |w| !is_marker(bytes, w.start as usize, w.end as usize))
        .map(move |w| &folded[w.range()])
}

/// Whether the word `start..end` of `bytes` is a footnote marker: up to five bytes right
/// between `[` and `]`.
fn is_marker(bytes: &[u8], start: usize, end: usize) -> bool {
    end - start <= 5 && start > 0 && bytes[start - 1] == b'[' && bytes.get(end) == Some(&b']')
}

/// 32 bits of FNV-1a (64-bit) over the normalised text: the same on every build and platform.
/// The words are hashed as they are found, without building the normalised text.
pub fn text_hash(text: &str) -> u32 {
    let folded = crate::text::fold(text);
    let mut words = Vec::new();
    words_into(&folded, &mut words);
    hash_words(&folded, &words)
}

/// [`text_hash`] of a text given its fold ([`crate::text::fold`] or
/// [`crate::text::fold_with_offsets`]: they differ in whitespace only) and the words of that
/// fold ([`words_into`]).
pub fn hash_words(folded: &str, words: &[Span]) -> u32 {
    let bytes = folded.as_bytes();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    // Words with a single space between them are these very bytes of the folded text: each
    // such run is hashed in one go, a space between runs. (The bytes hashed are the same as
    // [`identifying_words`] joined by spaces.)
    let mut run: Option<(usize, usize)> = None;
    for w in words {
        let (start, end) = (w.start as usize, w.end as usize);
        if is_marker(bytes, start, end) {
            continue;
        }
        run = Some(match run {
            Some((from, to)) if start == to + 1 && bytes.get(to) == Some(&b' ') => (from, end),
            Some((from, to)) => {
                hash = fnv1a_word(hash, bytes.get(from..to).unwrap_or_default());
                hash = fnv1a_step(hash, b' ');
                (start, end)
            }
            None => (start, end),
        });
    }
    if let Some((from, to)) = run {
        hash = fnv1a_word(hash, bytes.get(from..to).unwrap_or_default());
    }
    (hash >> 32) as u32 ^ hash as u32
}

/// One byte of FNV-1a (64-bit).
fn fnv1a_step(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// FNV-1a of `bytes` from `hash`, byte after byte as ever, but in blocks of eight, four, two
/// and one without a loop test per byte: every byte of every item is hashed, in words of a few
/// bytes.
fn fnv1a_word(mut hash: u64, mut bytes: &[u8]) -> u64 {
    while let Some((block, rest)) = bytes.split_first_chunk::<8>() {
        for &b in block {
            hash = fnv1a_step(hash, b);
        }
        bytes = rest;
    }
    if let Some((block, rest)) = bytes.split_first_chunk::<4>() {
        for &b in block {
            hash = fnv1a_step(hash, b);
        }
        bytes = rest;
    }
    if let Some((block, rest)) = bytes.split_first_chunk::<2>() {
        for &b in block {
            hash = fnv1a_step(hash, b);
        }
        bytes = rest;
    }
    if let Some(&b) = bytes.first() {
        hash = fnv1a_step(hash, b);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load_builtin;

    #[test]
    fn normalised_text_ignores_case_punctuation_and_footnotes() {
        assert_eq!(
            normalise("Stop targeting NGOs[3] with “punitive” tax inspections;"),
            "stop targeting ngos with punitive tax inspections"
        );
        assert_eq!(
            text_hash("End the propiska system."),
            text_hash("end the Propiska system;")
        );
    }

    #[test]
    fn the_hash_is_fnv_1a_of_the_normalised_text() {
        for text in [
            "",
            "a",
            "Stop targeting NGOs[3] with “punitive” tax inspections;",
            "abcd efgh ijklm nopqrstu vwxyz0123456789 — қазақстан naïve",
            "[1] a  b,c [ii]d [iii] e-f [toolong] g [4]",
            "x[12345]y [123456] z.\u{a0}w",
        ] {
            let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
            for &byte in normalise(text).as_bytes() {
                hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
            }
            assert_eq!(
                text_hash(text),
                (hash >> 32) as u32 ^ hash as u32,
                "{text:?}"
            );
        }
    }

    #[test]
    fn ids_survive_edits_elsewhere_and_old_ids_still_work() {
        let corpus = load_builtin().corpus;
        let (_, _, item) = corpus
            .find_item("fpc-2021-07-22-kazakhstan-executive-summary.r1")
            .expect("positional id is an alias");
        assert!(item.text.starts_with("Stop targeting NGOs"));
        assert_ne!(item.id, "fpc-2021-07-22-kazakhstan-executive-summary.r1");
        assert_eq!(
            corpus.find_item(&item.id).map(|(_, _, i)| &i.text),
            Some(&item.text)
        );
        // The same report with a paragraph added at the top: the recommendation keeps its id.
        let text = format!(
            "{}\n\nA new opening paragraph added by an editor.\n",
            crate::corpus::builtin::REPORTS[2].text
        );
        let mut report = corpus.reports[2].clone();
        report.sections.insert(
            0,
            crate::corpus::model::Section {
                heading: None,
                items: vec![crate::corpus::model::Item {
                    text: text.lines().last().unwrap_or_default().to_string(),
                    ..item.clone()
                }],
            },
        );
        assign(&mut report);
        assert!(report
            .items()
            .any(|i| i.id == item.id && i.text == item.text));
    }

    #[test]
    fn ids_hashed_in_the_tagging_pass_are_the_ids_of_the_texts() {
        for report in &load_builtin().corpus.reports {
            let mut again = report.clone();
            assign(&mut again);
            let ids = |r: &Report| r.items().map(|i| i.id.clone()).collect::<Vec<_>>();
            assert_eq!(ids(&again), ids(report));
            let prefix = format!("{}.", report.id);
            assert!(report.items().all(|i| i
                .id
                .strip_prefix(&prefix)
                .is_some_and(
                    |hash| hash.len() >= 8 && hash[..8].bytes().all(|b| b.is_ascii_hexdigit())
                )));
        }
        // Footnote markers are words of up to five letters or digits right inside brackets.
        assert_eq!(
            normalise("a[12345] b[123456] c[x y] [iv]d"),
            "a b 123456 c x y d"
        );
    }

    #[test]
    fn the_same_text_twice_gets_a_suffix() {
        let mut report = load_builtin().corpus.reports[2].clone();
        let copy = report.sections[0].items[0].clone();
        report.sections[0].items.push(copy);
        assign(&mut report);
        let ids: Vec<&str> = report.sections[0]
            .items
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        let last = ids.last().copied().unwrap_or_default();
        assert_eq!(last, format!("{}-2", ids[0]));
    }
}
