//! Finding many known phrases (country names, theme keywords) in folded text in one pass over
//! its words, so that import cost grows with the text, not with text × rules.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// How the end of a phrase must sit in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseEnd {
    /// The phrase may be the start of a longer word ("corrupt" in "corruption").
    Prefix,
    /// The phrase must end a word, optionally followed by a plural "s" ("Kazakhs").
    Word,
}

#[derive(Debug, Clone)]
struct Phrase {
    folded: String,
    end: PhraseEnd,
    payload: usize,
}

/// A set of folded phrases, each with a payload index (a country, a theme).
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    /// Phrases by their first three characters, packed into one number.
    by_key: HashMap<u64, Vec<Phrase>, BuildHasherDefault<PackedKeyHasher>>,
    /// Phrases shorter than three characters, checked at every word start.
    short: Vec<Phrase>,
}

/// One phrase found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub payload: usize,
    /// Byte offset of the match in the folded text.
    pub at: usize,
    /// Index of the phrase in the order it was added (which rule matched).
    pub len: usize,
}

/// The first three characters of `s` packed into a u64 (21 bits each).
fn key(s: &str) -> Option<u64> {
    let mut chars = s.chars();
    let (a, b, c) = (chars.next()?, chars.next()?, chars.next()?);
    Some((a as u64) << 42 | (b as u64) << 21 | c as u64)
}

/// Hasher for packed keys: one multiply instead of SipHash (keys come from our own rule
/// files, so there is no flooding to defend against).
#[derive(Debug, Default, Clone, Copy)]
struct PackedKeyHasher(u64);

impl Hasher for PackedKeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// True when `at` starts a word in `text`.
pub fn is_word_start(text: &str, at: usize) -> bool {
    let starts_alnum = text[at..].chars().next().is_some_and(char::is_alphanumeric);
    let after_boundary = text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    starts_alnum && after_boundary
}

impl PhraseSet {
    /// Adds a phrase that must already be folded.
    pub fn add(&mut self, folded: &str, end: PhraseEnd, payload: usize) {
        let phrase = Phrase {
            folded: folded.to_string(),
            end,
            payload,
        };
        match key(folded) {
            Some(k) => self.by_key.entry(k).or_default().push(phrase),
            None if !folded.is_empty() => self.short.push(phrase),
            None => {}
        }
    }

    /// Every phrase occurring in `folded` at a word start, in text order; at one position the
    /// longest phrase wins.
    pub fn find_all(&self, folded: &str) -> Vec<PhraseMatch> {
        let mut found = Vec::new();
        let mut next_free = 0;
        let mut previous_alnum = false;
        for (at, c) in folded.char_indices() {
            let word_start = c.is_alphanumeric() && !previous_alnum;
            previous_alnum = c.is_alphanumeric();
            if at < next_free || !word_start {
                continue;
            }
            let rest = &folded[at..];
            let mut best: Option<&Phrase> = None;
            let candidates = key(rest)
                .and_then(|k| self.by_key.get(&k))
                .into_iter()
                .flatten()
                .chain(self.short.iter());
            for phrase in candidates {
                if rest.starts_with(phrase.folded.as_str())
                    && ends_well(rest, phrase)
                    && best.is_none_or(|b| phrase.folded.len() > b.folded.len())
                {
                    best = Some(phrase);
                }
            }
            if let Some(phrase) = best {
                found.push(PhraseMatch {
                    payload: phrase.payload,
                    at,
                    len: phrase.folded.len(),
                });
                next_free = at + phrase.folded.len();
            }
        }
        found
    }
}

fn ends_well(rest: &str, phrase: &Phrase) -> bool {
    match phrase.end {
        PhraseEnd::Prefix => true,
        PhraseEnd::Word => {
            let after = &rest[phrase.folded.len()..];
            let boundary = |s: &str| s.chars().next().is_none_or(|c| !c.is_alphanumeric());
            boundary(after) || after.strip_prefix('s').is_some_and(boundary)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_and_prefix_phrases() {
        let mut set = PhraseSet::default();
        set.add("kazakh", PhraseEnd::Word, 0);
        set.add("kazakhstan", PhraseEnd::Word, 1);
        set.add("corrupt", PhraseEnd::Prefix, 2);
        set.add("osh", PhraseEnd::Word, 3);
        let hits = set.find_all("kazakhs in kazakhstan's gosh corruption osh");
        let payloads: Vec<usize> = hits.iter().map(|m| m.payload).collect();
        assert_eq!(payloads, vec![0, 1, 2, 3]);
    }
}
