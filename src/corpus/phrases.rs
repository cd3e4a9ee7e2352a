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
    /// Phrases by their first three characters, packed into one number; longest first.
    by_key: HashMap<u64, Vec<Phrase>, RuleHash>,
    /// Phrases shorter than three characters, checked at every word start.
    short: Vec<Phrase>,
    /// One bit per pair of ASCII characters (`first << 7 | second`) that starts a phrase's key:
    /// a word starting with two ASCII characters whose bit is clear starts no keyed phrase, so
    /// most words are passed over without a hash lookup.
    ascii_pairs: Vec<u64>,
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

/// A hash map or set state for keys from our own rule files (packed keys, cue words): a
/// multiply per byte instead of SipHash, as there is no flooding to defend against.
pub type RuleHash = BuildHasherDefault<PackedKeyHasher>;

/// Hasher for packed keys: one multiply instead of SipHash (keys come from our own rule
/// files, so there is no flooding to defend against).
#[derive(Debug, Default, Clone, Copy)]
pub struct PackedKeyHasher(u64);

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
            Some(k) => {
                let mut chars = folded.chars();
                if let (Some(a), Some(b)) = (chars.next(), chars.next()) {
                    if a.is_ascii() && b.is_ascii() {
                        let bit = (a as usize) << 7 | b as usize;
                        if self.ascii_pairs.is_empty() {
                            self.ascii_pairs = vec![0; 128 * 128 / 64];
                        }
                        self.ascii_pairs[bit / 64] |= 1 << (bit % 64);
                    }
                }
                // Longest first (in the order added among equal lengths): the first that
                // matches is the longest.
                let phrases = self.by_key.entry(k).or_default();
                let at = phrases.partition_point(|p| p.folded.len() >= phrase.folded.len());
                phrases.insert(at, phrase);
            }
            None if !folded.is_empty() => self.short.push(phrase),
            None => {}
        }
    }

    /// Every phrase occurring in `folded` at a word start, in text order; at one position the
    /// longest phrase wins.
    pub fn find_all(&self, folded: &str) -> Vec<PhraseMatch> {
        let [found] = find_all_of([self], folded);
        found
    }

    fn is_empty(&self) -> bool {
        self.by_key.is_empty() && self.short.is_empty()
    }

    /// The longest phrase (the first of equal length) that starts `folded` at `at` and ends well.
    fn longest_at(&self, folded: &str, at: usize) -> Option<&Phrase> {
        let rest = &folded[at..];
        let bytes = rest.as_bytes();
        let keyed = match bytes {
            [a, b, c, ..] if a.is_ascii() && b.is_ascii() => {
                let bit = (*a as usize) << 7 | *b as usize;
                let possible = self
                    .ascii_pairs
                    .get(bit / 64)
                    .is_some_and(|w| w & (1 << (bit % 64)) != 0);
                if !possible {
                    None
                } else if c.is_ascii() {
                    self.by_key
                        .get(&((*a as u64) << 42 | (*b as u64) << 21 | *c as u64))
                } else {
                    key(rest).and_then(|k| self.by_key.get(&k))
                }
            }
            _ => key(rest).and_then(|k| self.by_key.get(&k)),
        };
        // Keyed phrases are sorted longest first, and any keyed phrase that matches is longer
        // than a short one matching at the same place (it has more characters and both start
        // the text): the first keyed match is the answer.
        if let Some(phrase) = keyed.into_iter().flatten().find(|phrase| {
            rest.as_bytes().starts_with(phrase.folded.as_bytes()) && ends_well(rest, phrase)
        }) {
            return Some(phrase);
        }
        let mut best: Option<&Phrase> = None;
        for phrase in &self.short {
            if rest.starts_with(phrase.folded.as_str())
                && ends_well(rest, phrase)
                && best.is_none_or(|b| phrase.folded.len() > b.folded.len())
            {
                best = Some(phrase);
            }
        }
        best
    }
}

/// [`PhraseSet::find_all`] of several sets over the same folded text, in one pass over its
/// words: the same matches as asking each set in turn.
pub fn find_all_of<const N: usize>(sets: [&PhraseSet; N], folded: &str) -> [Vec<PhraseMatch>; N] {
    let mut found: [Vec<PhraseMatch>; N] = std::array::from_fn(|_| Vec::new());
    if sets.iter().all(|s| s.is_empty()) {
        return found;
    }
    let bytes = folded.as_bytes();
    let mut next_free = [0usize; N];
    let mut previous_alnum = false;
    let mut at = 0;
    while at < bytes.len() {
        // ASCII bytes are read as they are; other characters are decoded.
        let (alnum, width) = match bytes[at] {
            b if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
            _ => folded[at..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
        };
        let word_start = alnum && !previous_alnum;
        previous_alnum = alnum;
        if alnum && !word_start {
            // Inside a word: its ASCII letters and digits start nothing (a tight loop).
            at += width;
            while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
                at += 1;
            }
            continue;
        }
        if word_start {
            // The ASCII pair starting the word, when the word has three bytes or more: a set
            // without short phrases whose pair bit is clear has no phrase here.
            let pair = match bytes.get(at..at + 3) {
                Some([a, b, _]) if a.is_ascii() && b.is_ascii() => {
                    Some((*a as usize) << 7 | *b as usize)
                }
                _ => None,
            };
            for (i, set) in sets.iter().enumerate() {
                if at < next_free[i] {
                    continue;
                }
                if set.short.is_empty() {
                    let possible = match pair {
                        Some(bit) => set
                            .ascii_pairs
                            .get(bit / 64)
                            .is_some_and(|w| w & (1 << (bit % 64)) != 0),
                        // Under three bytes no keyed phrase fits.
                        None if bytes.len() - at < 3 => false,
                        None => true,
                    };
                    if !possible {
                        continue;
                    }
                }
                if let Some(phrase) = set.longest_at(folded, at) {
                    found[i].push(PhraseMatch {
                        payload: phrase.payload,
                        at,
                        len: phrase.folded.len(),
                    });
                    next_free[i] = at + phrase.folded.len();
                }
            }
        }
        at += width;
    }
    found
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
