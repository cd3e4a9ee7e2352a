//! Stable item ids: `REPORT_ID.` + eight hex digits of a hash of the item's normalised text
//! (folded, words only, footnote markers dropped), so an item keeps its id when the report is
//! imported again, when items are added or removed elsewhere in it, or when the importer decides
//! its kind differently. Collisions (the same text twice in a report, or two texts with the same
//! hash) take `-2`, `-3`… in reading order. The positional id the importer gave
//! (`REPORT_ID.r5`) is kept in `aliases`, and every place that accepts an id accepts it too.

use super::model::Report;

/// Gives every item of `report` its stable id, keeping the previous id as an alias.
pub fn assign(report: &mut Report) {
    let mut used = std::collections::HashSet::new();
    for section in &mut report.sections {
        for item in &mut section.items {
            let base = format!("{}.{:08x}", report.id, text_hash(&item.text));
            let mut id = base.clone();
            let mut n = 1;
            while !used.insert(id.clone()) {
                n += 1;
                id = format!("{base}-{n}");
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
    let mut out = String::with_capacity(text.len());
    normalised_words(&crate::text::fold(text), |word| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    });
    out
}

/// Calls `emit` with each word of [`normalise`]'s result, in order, given the folded text.
/// ASCII bytes are read as they are; other characters are decoded.
fn normalised_words(folded: &str, mut emit: impl FnMut(&str)) {
    let bytes = folded.as_bytes();
    let char_at = |i: usize| crate::text::char_at(folded, i);
    let mut i = 0;
    while i < bytes.len() {
        let (c, len) = char_at(i);
        if c == '[' {
            // A footnote marker: up to five letters or digits before the first ']'.
            let after = i + 1;
            // (The first ']' counts only within six bytes: the search stops there.)
            let marker = bytes[after..]
                .iter()
                .take(6)
                .position(|&b| b == b']')
                .filter(|&end| {
                    end <= 5
                        && folded[after..after + end]
                            .chars()
                            .all(char::is_alphanumeric)
                });
            i = match marker {
                Some(end) => after + end + 1,
                None => after,
            };
            continue;
        }
        if !c.is_alphanumeric() {
            i += len;
            continue;
        }
        let start = i;
        i += len;
        while i < bytes.len() {
            if bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let (c, len) = char_at(i);
            if !c.is_alphanumeric() {
                break;
            }
            i += len;
        }
        emit(&folded[start..i]);
    }
}

/// 32 bits of FNV-1a (64-bit) over the normalised text: the same on every build and platform.
/// The words are hashed as they are found, without building the normalised text.
fn text_hash(text: &str) -> u32 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    let mut first = true;
    normalised_words(&crate::text::fold(text), |word| {
        if !first {
            feed(b" ");
        }
        first = false;
        feed(word.as_bytes());
    });
    (hash >> 32) as u32 ^ hash as u32
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
