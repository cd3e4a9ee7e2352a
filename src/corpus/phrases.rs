//! Finding many known phrases (country names, theme keywords) in folded text in one pass over
//! its words, so that import cost grows with the text, not with text × rules.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

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
    /// Length in bytes of the phrase's first word (all of it for a one-word phrase).
    first: usize,
    /// Up to eight bytes of the phrase after its first word (little-endian), and which bytes
    /// of that number count: a quick first comparison with the text.
    tail8: u64,
    tail8_mask: u64,
}

/// A quick test of whether a word can be a key of a word map: one bit per (first byte, last
/// byte, length) of every key, so that most words of a text are passed over without hashing.
#[derive(Debug, Clone)]
pub(crate) struct WordFilter {
    /// By the low six bits of the first and last bytes: one bit per length (16 and up share).
    bits: Box<[u16]>,
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter {
            bits: vec![0; 64 * 64].into_boxed_slice(),
        }
    }
}

impl WordFilter {
    fn slot(word: &[u8]) -> Option<(usize, u16)> {
        let (&first, &last) = (word.first()?, word.last()?);
        let slot = usize::from(first & 63) << 6 | usize::from(last & 63);
        Some((slot, 1 << word.len().min(15)))
    }

    pub(crate) fn add(&mut self, word: &[u8]) {
        if let Some((slot, bit)) = Self::slot(word) {
            self.bits[slot] |= bit;
        }
    }

    /// False when `word` is certainly not a key.
    pub(crate) fn may_contain(&self, word: &[u8]) -> bool {
        Self::slot(word).is_some_and(|(slot, bit)| self.bits[slot] & bit != 0)
    }
}

/// A set of folded phrases, each with a payload index (a country, a theme).
///
/// Phrases are found at word starts only (a word is a run of letters and digits), so each is
/// filed under the word it starts with: a text's word is looked up once, and only the phrases
/// that start with that very word are compared with the text. A single-word phrase that must end
/// a word is also filed under its plural ("kazakh" under "kazakhs"), which it matches too.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    /// Every phrase, in the order added (shared with the [`PhraseSets`] that search this set
    /// together with others: the tagging pass's sets are the themes' and the gazetteer's, not
    /// copies of them).
    phrases: Arc<Vec<Phrase>>,
    /// Phrase indexes by the word a phrase starts with (see above); longest first, in the
    /// order added among equal lengths, so the first that matches is the one to report.
    by_word: HashMap<Box<str>, Vec<u32>, WordHash>,
    /// The keys of `by_word`.
    filter: WordFilter,
    /// [`PhraseEnd::Prefix`] phrases made of one word, which can start a longer word of the
    /// text: compared at every word.
    prefixes: Vec<u32>,
}

/// One phrase found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub payload: usize,
    /// Byte offset of the match in the folded text.
    pub at: usize,
    /// Length in bytes of the matched phrase.
    pub len: usize,
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

/// A hash map state for words looked up once per word of every item: [`WordHasher`].
pub type WordHash = BuildHasherDefault<WordHasher>;

/// Hasher for short strings (words): eight bytes per multiply. Keys come from our own rule
/// files, and a text can only make its own lookups slower, so there is no flooding to defend
/// against.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

const WORD_MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

impl WordHasher {
    fn add(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(23) ^ n).wrapping_mul(WORD_MULTIPLIER);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The high bits are the best mixed; hashbrown reads the top seven and the low ones.
        self.0 ^ (self.0 >> 32)
    }
    fn write(&mut self, bytes: &[u8]) {
        // Whole eight-byte loads (the last one overlapping), or two four-byte ones, or three
        // bytes: no copy of a variable length for a short word.
        let read8 = |i: usize| {
            u64::from_le_bytes(
                bytes
                    .get(i..i + 8)
                    .and_then(|b| b.try_into().ok())
                    .unwrap_or([0; 8]),
            )
        };
        let read4 = |i: usize| {
            u64::from(u32::from_le_bytes(
                bytes
                    .get(i..i + 4)
                    .and_then(|b| b.try_into().ok())
                    .unwrap_or([0; 4]),
            ))
        };
        let n = bytes.len();
        let last = if n >= 8 {
            let mut i = 0;
            while i + 8 < n {
                self.add(read8(i));
                i += 8;
            }
            read8(n - 8)
        } else if n >= 4 {
            read4(0) | read4(n - 4) << 32
        } else if n > 0 {
            u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16
        } else {
            0
        };
        self.add(last ^ (n as u64).rotate_right(8));
    }
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n) | 1 << 63);
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
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

/// The run of letters and digits that starts `phrase`, when the phrase starts with one.
fn first_word(phrase: &str) -> Option<&str> {
    let end = phrase
        .char_indices()
        // (A folded Russian letter is one without the Unicode tables.)
        .find(|&(_, c)| !(matches!(c, 'а'..='я') || c.is_alphanumeric()))
        .map_or(phrase.len(), |(i, _)| i);
    (end > 0).then(|| &phrase[..end])
}

/// The first eight bytes of `bytes` as a little-endian number (zeros past its end).
fn load8(bytes: &[u8]) -> u64 {
    match bytes.get(..8) {
        Some(b) => u64::from_le_bytes(b.try_into().unwrap_or([0; 8])),
        None => {
            let mut word = [0u8; 8];
            word[..bytes.len()].copy_from_slice(bytes);
            u64::from_le_bytes(word)
        }
    }
}

/// The word `at..end` of `bytes` as a number, when it has one to eight bytes: its bytes,
/// little-endian, zeros after them. A word (letters and digits) holds no zero byte, so the
/// number stands for the word alone.
pub(crate) fn packed(bytes: &[u8], at: usize, end: usize) -> Option<u64> {
    let len = end.checked_sub(at).filter(|len| (1..=8).contains(len))?;
    let x = match bytes.get(at..at + 8) {
        Some(b) => u64::from_le_bytes(b.try_into().unwrap_or([0; 8])),
        None => load8(bytes.get(at..end)?),
    };
    Some(x & (u64::MAX >> (64 - 8 * len)))
}

/// [`packed`] of a whole word given alone (no text after it to read eight bytes from): two
/// overlapping four-byte loads, or the bytes one by one, instead of a copy of variable length.
pub(crate) fn packed_word(word: &[u8]) -> Option<u64> {
    let n = word.len();
    let read4 = |i: usize| {
        u64::from(u32::from_le_bytes(
            word.get(i..i + 4)
                .and_then(|b| b.try_into().ok())
                .unwrap_or([0; 4]),
        ))
    };
    match n {
        0 => None,
        1..=3 => Some(word.iter().rev().fold(0, |x, &b| x << 8 | u64::from(b))),
        4..=8 => Some(read4(0) | read4(n - 4) << (8 * (n - 4))),
        _ => None,
    }
}

/// A set of words of one to eight bytes, each as [`packed`], giving each its index in the
/// order given: open addressing in a table at most a quarter full, so that a word that is not
/// there (most words of a text) is told apart in one or two comparisons of numbers.
#[derive(Debug, Clone, Default)]
pub(crate) struct ShortWords {
    /// By slot: a word, or 0 for an empty slot (no word packs to 0).
    keys: Box<[u64]>,
    /// By slot: the word's index.
    indexes: Box<[u32]>,
    /// 64 minus the number of bits of a slot.
    shift: u32,
}

impl ShortWords {
    pub(crate) fn new(keys: impl ExactSizeIterator<Item = u64>) -> Self {
        let bits = (4 * keys.len().max(4)).next_power_of_two().trailing_zeros();
        let mut table = ShortWords {
            keys: vec![0; 1 << bits].into_boxed_slice(),
            indexes: vec![0; 1 << bits].into_boxed_slice(),
            shift: 64 - bits,
        };
        for (index, key) in keys.enumerate().filter(|&(_, key)| key != 0) {
            let mask = table.keys.len() - 1;
            let mut slot = table.slot(key);
            while table.keys[slot] != 0 && table.keys[slot] != key {
                slot = (slot + 1) & mask;
            }
            table.keys[slot] = key;
            table.indexes[slot] = index as u32;
        }
        table
    }

    /// The first slot to look at for `key` (Fibonacci hashing: the high bits of a product).
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The index of `key`, if it is in the set.
    pub(crate) fn get(&self, key: u64) -> Option<usize> {
        if key == 0 {
            return None;
        }
        let mask = self.keys.len().wrapping_sub(1);
        let mut slot = self.slot(key);
        loop {
            match *self.keys.get(slot)? {
                k if k == key => return self.indexes.get(slot).map(|&i| i as usize),
                0 => return None,
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// Whether `phrase`, filed under the word `at..word_end` of `folded` (its first word, or its
/// plural for a one-word phrase), matches there: the rest of its bytes follow, and it ends as
/// its [`PhraseEnd`] asks. A one-word phrase filed under the word always does: the word ends
/// where it or its plural "s" ends. `rest8` is [`load8`] of the text from `word_end` (read
/// once for all the phrases filed under the word).
fn matches_keyed(phrase: &Phrase, folded: &str, at: usize, word_end: usize, rest8: u64) -> bool {
    if phrase.first == phrase.folded.len() {
        return true;
    }
    if rest8 & phrase.tail8_mask != phrase.tail8 {
        return false;
    }
    let rest = &folded.as_bytes()[word_end..];
    let tail = &phrase.folded.as_bytes()[phrase.first..];
    rest.get(..tail.len()) == Some(tail) && ends_well(&folded[at..], phrase)
}

impl PhraseSet {
    /// Adds a phrase that must already be folded.
    pub fn add(&mut self, folded: &str, end: PhraseEnd, payload: usize) {
        self.add_owned(folded.to_string(), end, payload);
    }

    /// [`PhraseSet::add`] of a phrase folded into a string of its own, kept as it is (not
    /// copied: the sets are built once per process, from a few thousand phrases).
    pub fn add_owned(&mut self, folded: String, end: PhraseEnd, payload: usize) {
        // A phrase is looked for at word starts only: one that does not start with a letter
        // or digit can never be found.
        let Some(word) = first_word(&folded) else {
            return;
        };
        let index = self.phrases.len() as u32;
        let single = word.len() == folded.len();
        // The keys it is filed under: its first word (not for a one-word prefix, compared at
        // every word instead) and a one-word phrase's plural.
        let prefix_only = end == PhraseEnd::Prefix && single;
        if prefix_only {
            self.prefixes.push(index);
        }
        let plural = (single && end == PhraseEnd::Word).then(|| {
            let mut plural = String::with_capacity(word.len() + 1);
            plural.push_str(word);
            plural.push('s');
            plural
        });
        let tail = &folded.as_bytes()[word.len()..];
        let kept = tail.len().min(8);
        let tail8_mask = if kept == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * kept)) - 1
        };
        let (first, len, tail8) = (word.len(), folded.len(), load8(tail) & tail8_mask);
        // Filed under its keys first (the lists hold the phrases before it only): the first
        // word is copied only when it is a new key, the plural is moved in.
        let first_key = (!prefix_only).then_some(word);
        let keys = first_key
            .map(|w| (w, None))
            .into_iter()
            .chain(plural.map(|p| ("", Some(p.into_boxed_str()))));
        for (word, owned) in keys {
            let key = owned.as_deref().unwrap_or(word);
            self.filter.add(key.as_bytes());
            let Some(list) = self.by_word.get_mut(key) else {
                let key = owned.unwrap_or_else(|| Box::from(word));
                self.by_word.insert(key, vec![index]);
                continue;
            };
            // Longest first (in the order added among equal lengths).
            let phrases = &self.phrases;
            let at = list.partition_point(|&p| phrases[p as usize].folded.len() >= len);
            list.insert(at, index);
        }
        // (A set is filled before it is shared: this copies nothing.)
        Arc::make_mut(&mut self.phrases).push(Phrase {
            folded,
            end,
            payload,
            first,
            tail8,
            tail8_mask,
        });
    }

    /// Every phrase occurring in `folded` at a word start, in text order; at one position the
    /// longest phrase wins, and a match starts after the end of the one before.
    pub fn find_all(&self, folded: &str) -> Vec<PhraseMatch> {
        let [found] = find_all_of([self], folded);
        found
    }

    fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The phrases filed under `word` (empty when none), passing over most words without
    /// hashing.
    fn keyed(&self, word: &str) -> &[u32] {
        if !self.filter.may_contain(word.as_bytes()) {
            return &[];
        }
        self.by_word.get(word).map_or(&[][..], Vec::as_slice)
    }

    /// The longest phrase (the first added of equal length) among `candidates` (the phrases
    /// filed under the word `at..word_end`, longest first) and the prefix phrases that matches
    /// at `at`.
    fn best_at(
        &self,
        candidates: &[u32],
        folded: &str,
        at: usize,
        word_end: usize,
    ) -> Option<&Phrase> {
        let rest8 = load8(&folded.as_bytes()[word_end..]);
        let keyed = candidates
            .iter()
            .map(|&p| (p, &self.phrases[p as usize]))
            .find(|(_, phrase)| matches_keyed(phrase, folded, at, word_end, rest8));
        if self.prefixes.is_empty() {
            return keyed.map(|(_, p)| p);
        }
        let word = &folded[at..word_end];
        let mut best = keyed;
        for &p in &self.prefixes {
            let phrase = &self.phrases[p as usize];
            let better = best.is_none_or(|(b, bp)| {
                phrase.folded.len() > bp.folded.len()
                    || (phrase.folded.len() == bp.folded.len() && p < b)
            });
            if better && word.starts_with(phrase.folded.as_str()) {
                best = Some((p, phrase));
            }
        }
        best.map(|(_, p)| p)
    }
}

/// A byte range of a text, `start..end`, in 32 bits each (a word of an item).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// For eight ASCII bytes (every high bit clear): the high bit of each byte that is an ASCII
/// letter or digit.
fn ascii_word_lanes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Adding 0x80 - lo sets a lane's high bit when it is lo or more (no lane below 0x80
    // carries into the next).
    let in_range = |lo: u8, hi: u8| {
        let from = x + ONES * u64::from(0x80 - lo);
        let past = x + ONES * u64::from(0x80 - hi - 1);
        from & !past & HIGHS
    };
    in_range(b'0', b'9') | in_range(b'A', b'Z') | in_range(b'a', b'z')
}

/// The words of `text` (runs of letters and digits) as byte spans, appended to `out`. ASCII
/// is read eight bytes at a time; other characters are decoded. Texts are at most a few
/// megabytes (reads are bounded), so offsets fit in 32 bits; a longer text is read up to
/// 4 GiB.
pub fn words_into(text: &str, out: &mut Vec<Span>) {
    const LOWS: u64 = 0x0101_0101_0101_0101;
    let bytes = &text.as_bytes()[..text.len().min(u32::MAX as usize)];
    let len = bytes.len();
    // Room for a word every six bytes (English runs about so) at once, not grown by doubling
    // from nothing (a no-op for a buffer reused over texts).
    out.reserve(len / 6 + 1);
    let mut push = |start: usize, end: usize| {
        out.push(Span {
            start: start as u32,
            end: end as u32,
        })
    };
    // The start of the word being read.
    let mut start: Option<usize> = None;
    let mut at = 0;
    while at < len {
        if let Some(chunk) = bytes.get(at..at + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
            if x & (LOWS << 7) == 0 {
                // Bit 8i: byte i is in a word; then where words start and end.
                let word = ascii_word_lanes(x) >> 7;
                let before = word << 8 | u64::from(start.is_some());
                let mut starts = word & !before;
                let mut ends = !word & before & LOWS;
                let lane = |bits: u64| at + (bits.trailing_zeros() / 8) as usize;
                // Starts and ends alternate: a word open before these bytes ends at the first
                // end, and each word starting here at the next end, or it stays open.
                if let Some(s) = start {
                    if ends == 0 {
                        at += 8;
                        continue;
                    }
                    push(s, lane(ends));
                    ends &= ends - 1;
                    start = None;
                }
                while starts != 0 {
                    let s = lane(starts);
                    starts &= starts - 1;
                    if ends == 0 {
                        start = Some(s);
                        break;
                    }
                    push(s, lane(ends));
                    ends &= ends - 1;
                }
                at += 8;
                continue;
            }
        }
        let b = bytes[at];
        let (in_word, width) = if b < 0x80 {
            (crate::text::is_ascii_word_byte(b), 1)
        } else {
            let (c, width) = crate::text::char_at(text, at);
            (c.is_alphanumeric(), width)
        };
        match (in_word, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                push(s, at);
                start = None;
            }
            _ => {}
        }
        at += width;
    }
    if let Some(s) = start {
        push(s, len);
    }
}

/// [`PhraseSet::find_all`] of several sets over the same folded text, in one pass over its
/// words: the same matches as asking each set in turn.
pub fn find_all_of<const N: usize>(sets: [&PhraseSet; N], folded: &str) -> [Vec<PhraseMatch>; N] {
    let mut found: [Vec<PhraseMatch>; N] = std::array::from_fn(|_| Vec::new());
    if sets.iter().all(|s| s.is_empty()) {
        return found;
    }
    let mut words = Vec::new();
    words_into(folded, &mut words);
    let mut next_free = [0usize; N];
    for word in &words {
        let at = word.start as usize;
        let text = &folded[word.range()];
        for (i, set) in sets.iter().enumerate() {
            if at < next_free[i] {
                continue;
            }
            let candidates = set.keyed(text);
            if candidates.is_empty() && set.prefixes.is_empty() {
                continue;
            }
            if let Some(phrase) = set.best_at(candidates, folded, at, word.end as usize) {
                found[i].push(PhraseMatch {
                    payload: phrase.payload,
                    at,
                    len: phrase.folded.len(),
                });
                next_free[i] = at + phrase.folded.len();
            }
        }
    }
    found
}

/// For one word: each set that has phrases starting with it, and where those phrases (indexes
/// into the set, longest first) are in [`PhraseSets`]'s `candidates` (start, count).
type SetCandidates = Vec<(u8, u32, u32)>;

/// Several phrase sets searched together with one look-up per word of a text (the tagging
/// pass reads seven sets in every item): each word names the candidate phrases of every set.
#[derive(Debug, Clone, Default)]
pub struct PhraseSets {
    /// The sets' phrases and prefixes (their own maps by word are left empty: `by_word` below
    /// holds them all).
    sets: Vec<PhraseSet>,
    /// By word of more than eight bytes: (set, the set's candidate phrases for the word,
    /// longest first) for each set that has any.
    by_word: HashMap<Box<[u8]>, SetCandidates, WordHash>,
    /// The same for words of one to eight bytes (most words): [`ShortWords`] gives the index
    /// in `short_candidates` from the word as one number, with no filter in front.
    short_words: ShortWords,
    short_candidates: Vec<SetCandidates>,
    /// Every word's candidate phrases of every set, one run after the other (one buffer, not
    /// a copy of each set's list of its own).
    candidates: Vec<u32>,
    /// The keys of `by_word`.
    filter: WordFilter,
    /// Sets with prefix phrases, compared at every word.
    with_prefixes: Vec<u8>,
}

impl PhraseSets {
    /// The sets, searched together (at most 255).
    pub fn new(sets: &[&PhraseSet]) -> Self {
        let mut by_word: HashMap<Box<[u8]>, SetCandidates, WordHash> =
            HashMap::with_capacity_and_hasher(
                sets.iter().map(|s| s.by_word.len()).sum(),
                WordHash::default(),
            );
        let mut by_short_word: HashMap<u64, SetCandidates, WordHash> = HashMap::default();
        let mut with_prefixes = Vec::new();
        let mut filter = WordFilter::default();
        let mut candidates: Vec<u32> = Vec::with_capacity(
            sets.iter()
                .flat_map(|s| s.by_word.values())
                .map(Vec::len)
                .sum(),
        );
        for (i, set) in sets.iter().enumerate().take(255) {
            for (word, list) in &set.by_word {
                let word = word.as_bytes();
                filter.add(word);
                let entry = (i as u8, candidates.len() as u32, list.len() as u32);
                candidates.extend_from_slice(list);
                if let Some(key) = packed(word, 0, word.len()) {
                    by_short_word.entry(key).or_default().push(entry);
                    continue;
                }
                // (A word is copied as a key only the first time a set files it.)
                match by_word.get_mut(word) {
                    Some(list) => list.push(entry),
                    None => {
                        by_word.insert(Box::from(word), vec![entry]);
                    }
                }
            }
            if !set.prefixes.is_empty() {
                with_prefixes.push(i as u8);
            }
        }
        let mut short_candidates = Vec::with_capacity(by_short_word.len());
        let short_words = ShortWords::new(by_short_word.into_iter().map(|(key, candidates)| {
            short_candidates.push(candidates);
            key
        }));
        PhraseSets {
            // Each set's phrases and prefixes only (what `best_at` reads): its map by word is
            // the combined one above, not copied.
            sets: sets
                .iter()
                .map(|s| PhraseSet {
                    phrases: Arc::clone(&s.phrases),
                    by_word: HashMap::default(),
                    filter: WordFilter::default(),
                    prefixes: s.prefixes.clone(),
                })
                .collect(),
            by_word,
            short_words,
            short_candidates,
            candidates,
            filter,
            with_prefixes,
        }
    }

    /// Every set's matches in `folded`, whose words are `words` (from [`words_into`]), added to
    /// `found` (one list per set): the same as [`PhraseSet::find_all`] of each set.
    pub fn find_all(&self, folded: &str, words: &[Span], found: &mut [Vec<PhraseMatch>]) {
        self.find_wanted(folded, words, found, u64::MAX);
    }

    /// [`PhraseSets::find_all`] of the sets whose bit is set in `wanted` (bit `i` for set `i`;
    /// sets from the 64th on are always searched): the others' lists are left as they are.
    pub fn find_wanted(
        &self,
        folded: &str,
        words: &[Span],
        found: &mut [Vec<PhraseMatch>],
        wanted: u64,
    ) {
        // Where each set's next match may start (on the stack for the few sets read together).
        let mut few = [0usize; 8];
        let mut many = Vec::new();
        let next_free: &mut [usize] = match few.get_mut(..self.sets.len()) {
            Some(few) => few,
            None => {
                many.resize(self.sets.len(), 0);
                &mut many
            }
        };
        let bytes = folded.as_bytes();
        for word in words {
            let (at, word_end) = (word.start as usize, word.end as usize);
            let text = &bytes[at..word_end];
            let mut push = |i: usize, candidates: &[u32], found: &mut [Vec<PhraseMatch>]| {
                if at < next_free[i] || (i < 64 && (wanted >> i) & 1 == 0) {
                    return;
                }
                let set = &self.sets[i];
                // The longest candidate made of one word matches as it is (see `best_at`).
                let only_word = match candidates.first() {
                    Some(&p) if set.prefixes.is_empty() => {
                        let phrase = &set.phrases[p as usize];
                        (phrase.first == phrase.folded.len()).then_some(phrase)
                    }
                    _ => None,
                };
                if let Some(phrase) =
                    only_word.or_else(|| set.best_at(candidates, folded, at, word_end))
                {
                    found[i].push(PhraseMatch {
                        payload: phrase.payload,
                        at,
                        len: phrase.folded.len(),
                    });
                    next_free[i] = at + phrase.folded.len();
                }
            };
            let keyed = match packed(bytes, at, word_end) {
                Some(key) => self
                    .short_words
                    .get(key)
                    .and_then(|i| self.short_candidates.get(i)),
                None if self.filter.may_contain(text) => self.by_word.get(text),
                None => None,
            };
            let run = |start: u32, count: u32| {
                let start = start as usize;
                &self.candidates[start..start + count as usize]
            };
            if self.with_prefixes.is_empty() {
                for &(i, start, count) in keyed.into_iter().flatten() {
                    push(usize::from(i), run(start, count), found);
                }
            } else {
                // In set order, each set with its candidates for the word (maybe none).
                for i in 0..self.sets.len() {
                    let candidates = keyed
                        .and_then(|k| k.iter().find(|(s, _, _)| usize::from(*s) == i))
                        .map_or(&[][..], |&(_, start, count)| run(start, count));
                    if !candidates.is_empty() || self.with_prefixes.contains(&(i as u8)) {
                        push(i, candidates, found);
                    }
                }
            }
        }
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
    fn a_word_alone_packs_as_it_does_inside_a_text() {
        for word in [
            "",
            "a",
            "to",
            "the",
            "urge",
            "calls",
            "should",
            "ensures",
            "complies",
            "governments",
        ] {
            let text = format!("{word} and more");
            assert_eq!(
                packed_word(word.as_bytes()),
                packed(text.as_bytes(), 0, word.len()),
                "{word}"
            );
        }
    }

    /// [`words_into`] by its definition, one character at a time.
    fn words_by_chars(text: &str) -> Vec<(usize, usize)> {
        let mut words = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            words.push((s, text.len()));
        }
        words
    }

    #[test]
    fn words_eight_bytes_at_a_time_are_the_words_by_characters() {
        let texts = [
            "",
            "a",
            "abcdefgh",
            "abcdefghi jklmnopq",
            " @[`{/:AZaz09 x",
            "stop targeting ngos[3] with punitive tax inspections; end the propiska system.",
            "gülen’s “nota bene” – қазақстан 2023-04-18, naïve café",
            "12345678abcdefgh\u{301}ijklmnop........ABCDEFGH",
            "a\u{2019}b c\u{a0}d",
        ];
        for text in texts {
            let mut words = Vec::new();
            words_into(text, &mut words);
            let got: Vec<(usize, usize)> = words
                .iter()
                .map(|w| (w.start as usize, w.end as usize))
                .collect();
            assert_eq!(got, words_by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn short_words_are_found_by_their_packed_bytes() {
        let words = [
            "a", "the", "osh", "kazakhs", "abcdefgh", "ab", "ba", "0", "қаз",
        ];
        let key = |w: &str| packed(w.as_bytes(), 0, w.len());
        let table = ShortWords::new(words.iter().map(|w| key(w).unwrap_or_default()));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(key(w).and_then(|k| table.get(k)), Some(i), "{w}");
            // The same word read from inside a text.
            let text = format!("x {w} y");
            assert_eq!(packed(text.as_bytes(), 2, 2 + w.len()), key(w), "{w}");
        }
        for w in ["b", "th", "thee", "kazakh", "abcdefg", "xyz", "1"] {
            assert_eq!(key(w).and_then(|k| table.get(k)), None, "{w}");
        }
        assert_eq!(key("abcdefghi"), None);
        assert_eq!(key(""), None);
        assert_eq!(ShortWords::default().get(1), None);
    }

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
        // Searched together with other sets, each set finds what it finds alone.
        let mut other = PhraseSet::default();
        other.add("in kazakhstan", PhraseEnd::Word, 7);
        other.add("osh", PhraseEnd::Word, 8);
        let text = "kazakhs in kazakhstan's gosh corruption osh";
        let mut words = Vec::new();
        words_into(text, &mut words);
        let mut found = [Vec::new(), Vec::new()];
        PhraseSets::new(&[&set, &other]).find_all(text, &words, &mut found);
        assert_eq!(found[0], set.find_all(text));
        assert_eq!(found[1], other.find_all(text));
        assert_eq!(
            found[1]
                .iter()
                .map(|m| (m.payload, m.at))
                .collect::<Vec<_>>(),
            vec![(7, 8), (8, 40)]
        );
    }
}
