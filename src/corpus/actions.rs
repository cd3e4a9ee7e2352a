//! Action categories of recommendations: how much a recommendation asks for, on the 1–5 scale
//! UPR Info publishes (1 minimal: asks other states or for assistance; 2 continuing; 3
//! considering; 4 general; 5 specific), decided from its opening verb. The verbs are data
//! (`data/actions.toml`, embedded); the verb that decided is kept as evidence.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::text::fold;

/// The rules' text, embedded (part of the import rules' fingerprint).
pub const RULES: &str = include_str!("../../data/actions.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    category: Vec<Category>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Category {
    level: u8,
    name: String,
    verbs: Vec<String>,
}

/// The verb phrases (folded words) with their level, longest first.
struct Rules {
    phrases: Vec<(Vec<String>, u8)>,
    /// Indexes into `phrases` (in its order) by a phrase's first word.
    by_first_word: std::collections::HashMap<String, Vec<usize>, super::phrases::WordHash>,
    /// The first phrase without words (it matches anywhere), if any.
    empty: Option<usize>,
    names: Vec<(u8, String)>,
}

static ACTIONS: LazyLock<Rules> = LazyLock::new(|| {
    // The embedded file is checked by a test; a broken one gives no categories, never a panic.
    let file: File = toml::from_str(RULES).unwrap_or(File {
        category: Vec::new(),
    });
    let mut phrases: Vec<(Vec<String>, u8)> = file
        .category
        .iter()
        .flat_map(|c| {
            c.verbs
                .iter()
                .map(move |v| (v.split_whitespace().map(fold).collect(), c.level))
        })
        .collect();
    phrases.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
    let mut by_first_word: std::collections::HashMap<String, Vec<usize>, super::phrases::WordHash> =
        Default::default();
    for (i, (words, _)) in phrases.iter().enumerate() {
        if let Some(first) = words.first() {
            by_first_word.entry(first.clone()).or_default().push(i);
        }
    }
    Rules {
        empty: phrases.iter().position(|(words, _)| words.is_empty()),
        by_first_word,
        phrases,
        names: file
            .category
            .into_iter()
            .map(|c| (c.level, c.name))
            .collect(),
    }
});

/// Words that may stand before the opening verb without being it.
const SKIPPED: &[&str] = &[
    "also",
    "immediately",
    "urgently",
    "fully",
    "effectively",
    "swiftly",
    "promptly",
    "seriously",
    "actively",
    "publicly",
    "genuinely",
    "unconditionally",
    "finally",
    "please",
];

/// The category name of a level ("specific action").
pub fn name(level: u8) -> Option<&'static str> {
    ACTIONS
        .names
        .iter()
        .find(|(l, _)| *l == level)
        .map(|(_, n)| n.as_str())
}

/// A recommendation's action category and the verb phrase that decided it, or `None` when its
/// opening verb is not in the rules.
pub fn categorise(text: &str) -> Option<(u8, String)> {
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(WORDS_READ)
        .collect();
    categorise_words(&words)
}

/// Words of a recommendation read for its opening verb.
pub(crate) const WORDS_READ: usize = 40;

/// [`categorise`] given the text's first [`WORDS_READ`] words (folded runs of letters and
/// digits).
pub(crate) fn categorise_words(words: &[&str]) -> Option<(u8, String)> {
    let words = &words[..words.len().min(WORDS_READ)];
    // Where the action may start: the first word, and after each of the first sixteen words
    // that asks for one (kept on the stack).
    let mut starts = [0usize; 17];
    let mut count = 1;
    for (i, w) in words.iter().enumerate().take(16) {
        if matches!(*w, "should" | "must" | "to" | "shall") {
            starts[count] = i + 1;
            count += 1;
        }
    }
    for &start in &starts[..count] {
        let mut at = start;
        while words.get(at).is_some_and(|w| SKIPPED.contains(w)) {
            at += 1;
        }
        let rest = &words[at.min(words.len())..];
        // The first phrase (longest first) that opens `rest`: among those starting with its
        // first word, else one without words.
        let candidates = rest
            .first()
            .and_then(|w| ACTIONS.by_first_word.get(*w))
            .map_or(&[][..], Vec::as_slice);
        let found = candidates
            .iter()
            .copied()
            .find(|&i| {
                let phrase = &ACTIONS.phrases[i].0;
                rest.len() >= phrase.len() && rest.iter().zip(phrase).all(|(a, b)| *a == b)
            })
            .or(ACTIONS.empty);
        if let Some(i) = found {
            let (phrase, level) = &ACTIONS.phrases[i];
            return Some((*level, phrase.join(" ")));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_rules_parse_and_cover_five_levels() {
        let file: File = toml::from_str(RULES).expect("data/actions.toml");
        let levels: Vec<u8> = file.category.iter().map(|c| c.level).collect();
        assert_eq!(levels, vec![1, 2, 3, 4, 5]);
        assert_eq!(name(5), Some("specific action"));
    }

    #[test]
    fn the_opening_verb_decides() {
        let cases = [
            (
                "Stop targeting NGOs with punitive tax inspections;",
                5,
                "stop",
            ),
            ("Ratify the Optional Protocol", 5, "ratify"),
            ("Consider ratifying the Convention", 3, "consider"),
            ("Examine the use of international mechanisms", 3, "examine"),
            ("Continue its efforts to combat torture", 2, "continue"),
            ("Take measures to protect journalists", 4, "take measures"),
            ("Ensure that journalists can work freely", 4, "ensure"),
            ("Seek technical assistance from OHCHR", 1, "seek"),
            ("The Government should urgently release all", 5, "release"),
            ("Urge the authorities of Tajikistan to repeal", 1, "urge"),
            ("Make it easier for parties to register", 4, "make"),
        ];
        for (text, level, verb) in cases {
            assert_eq!(categorise(text), Some((level, verb.to_string())), "{text}");
        }
        assert_eq!(categorise("Political pluralism remains weak."), None);
    }
}
