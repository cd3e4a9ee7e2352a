//! Item kinds from evidence: which words of a sentence, list item or lead-in make it a
//! recommendation or a finding. Every cue comes from `data/import.toml` (recommending verbs,
//! obligation words, finding phrases, imperative verbs, addressing prefixes), and every
//! decision carries the cue that made it ([`KindEvidence`]), so a reader can see why.

use std::borrow::Cow;

use crate::corpus::model::{ItemKind, KindEvidence};
use crate::corpus::rules::{CueList, WordCues};
use crate::corpus::ImportRules;
use crate::text::fold;

/// Longest subject (in words) before a recommending verb or obligation word.
const SUBJECT_MAX_WORDS: usize = 18;
/// Most words of a phrase opening a sentence on a preposition, without a comma, before its
/// subject ("In a letter sent by X to the Minister of Y on 7 May the organisation called on …").
const FRONTED_PHRASE_MAX_WORDS: usize = 12;
/// Longest subject that is a list of names (commas between them).
const LIST_SUBJECT_MAX_WORDS: usize = 45;
/// Fewest commas that make a long subject a list of names.
const LIST_SUBJECT_COMMAS: usize = 3;
/// Longest subject of a that-clause read for an obligation ("that the government of Tajikistan
/// must …"; "that all Crimean Tatars, Ukrainians and all persons belonging to … in the peninsula
/// must be able to …"): as long as a sentence's (`SUBJECT_MAX_WORDS`).
const THAT_SUBJECT_MAX_WORDS: usize = SUBJECT_MAX_WORDS;
/// Longest relative clause between commas set aside inside a subject ("The government, which
/// is celebrating Independence Day, must …").
const RELATIVE_CLAUSE_MAX_WORDS: usize = 15;
/// Words of a sentence read for cues.
const WORDS_READ: usize = 80;
/// Words after "urge"/"call on" within which the "to" of its object must come.
const OBJECT_MAX_WORDS: usize = 16;
/// Words after an obligation's verb searched for an action it asks for ("should prompt an
/// immediate investigation").
const ACTION_OBJECT_REACH: usize = 5;

/// What one sentence or item opening says about its kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub kind: ItemKind,
    pub evidence: KindEvidence,
    /// Who the recommendation is addressed to, when the sentence names it.
    pub addressee: Option<String>,
}

/// The words of a text (a paragraph, an item) read once for the sentence reader: each word,
/// its folded, punctuation-free form, its entry in the cue index and where it starts. Each
/// sentence of the text is then read as a run of these words ([`ReadText::sentence`]) instead
/// of being split, cleaned and looked up again.
pub struct ReadText<'a> {
    text: &'a str,
    raw: Vec<&'a str>,
    /// Each raw word folded and trimmed of punctuation ([`clean_word`]); a word that is already
    /// clean (lowercase ASCII letters and digits) is borrowed, not copied.
    clean: Vec<Cow<'a, str>>,
    /// Each clean word's entry in the rules' cue index (`TextRules::cue_index`), looked up
    /// once: the cue phrases starting with it, whether it is an imperative verb or a skip word.
    cues: Vec<Option<&'a WordCues>>,
    /// Every word of the text was read (not only the first ones).
    complete: bool,
    /// What the text holds for the rarer grammars of [`late_call`], read from a sentence no
    /// cue decided: a colon before a space and a capital or a quotation mark, "the need",
    /// "importance of", " way" (the text is searched for each once, the first time a sentence
    /// of it asks, not sentence by sentence: a text of many sentences stays linear).
    late: LateCells,
    rules: &'a ImportRules,
}

/// What a text holds for [`late_call`] and [`quotation_after_colon`] (see `ReadText::late`).
#[derive(Clone, Copy)]
struct Late {
    colon: bool,
    /// A colon before a space, whatever follows (a clause after it, [`late_call`]).
    colon_space: bool,
    /// A colon, then spaces and an opening quotation mark ([`quotation_after_colon`]).
    colon_quote: bool,
    /// A comma, a space and an opening quotation mark ([`quotation_after_colon`]).
    comma_quote: bool,
}

/// `ReadText::late`: [`Late`], and whether the text holds each phrase the rarer rules look
/// for, each found the first time a sentence asks (the phrases are asked for only by a
/// sentence holding their word: most texts are never searched for most of them).
#[derive(Default)]
struct LateCells {
    quotes: std::cell::OnceCell<Late>,
    /// "the need" ([`late_need`]).
    need: std::cell::OnceCell<bool>,
    /// "importance of" ([`late_importance`]).
    importance: std::cell::OnceCell<bool>,
    /// " way" ([`best_way_call`]).
    way: std::cell::OnceCell<bool>,
    /// "would be" ([`conditional_wish`]).
    would_be: std::cell::OnceCell<bool>,
}

impl LateCells {
    /// [`Late`] of `text`, the text these cells are of.
    fn quotes(&self, text: &str) -> Late {
        *self.quotes.get_or_init(|| Late::of(text))
    }

    /// Whether `text` (the text these cells are of) holds what `finder` finds, told by `cell`.
    fn holds(
        cell: &std::cell::OnceCell<bool>,
        finder: &memchr::memmem::Finder<'_>,
        text: &str,
    ) -> bool {
        *cell.get_or_init(|| finder.find(text.as_bytes()).is_some())
    }
}

impl Late {
    fn of(text: &str) -> Self {
        let bytes = text.as_bytes();
        // (The colons found once for both of their tests.)
        let (mut colon, mut colon_quote, mut colon_space) = (false, false, false);
        for i in memchr::memchr_iter(b':', bytes) {
            colon_space = colon_space || bytes.get(i + 1) == Some(&b' ');
            colon = colon
                || bytes.get(i + 1) == Some(&b' ')
                    && bytes
                        .get(i + 2)
                        .is_some_and(|b| b.is_ascii_uppercase() || matches!(b, b'"' | 0xC2 | 0xE2));
            colon_quote = colon_quote || text[i + 1..].trim_start().starts_with(['«', '“', '"']);
            if colon && colon_quote {
                break;
            }
        }
        Late {
            colon,
            colon_space,
            colon_quote,
            comma_quote: COMMA_QUOTE.find(bytes).is_some()
                || COMMA_STRAIGHT_QUOTE.find(bytes).is_some(),
        }
    }
}

/// Finds ", “" in a text's bytes (see [`quotation_after_colon`]).
static COMMA_QUOTE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(", \u{201c}"));

/// Finds ", \"" in a text's bytes (see [`quotation_after_colon`]).
static COMMA_STRAIGHT_QUOTE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(", \""));

/// Finds " way" in a text's bytes (see [`best_way_call`]).
static SPACE_WAY: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" way"));

/// Finds "would be" in a text's bytes (see [`conditional_wish`]).
static WOULD_BE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("would be"));

/// Finds "importance of" in a text's bytes (see [`late_importance`]).
static IMPORTANCE_OF: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("importance of"));

/// Finds "the need" in a text's bytes (see `ReadText::late`).
static THE_NEED: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("the need"));

impl<'a> ReadText<'a> {
    /// Reads the first `max` words of `text`; `lower` is the text lowercased (ASCII letters
    /// only, [`str::to_ascii_lowercase`]), from which an ASCII word's clean form is borrowed.
    fn with_max(text: &'a str, lower: Option<&'a str>, rules: &'a ImportRules, max: usize) -> Self {
        // One pass over the words, into vectors sized once for a word every six bytes (English
        // runs about so, space included: they grow once in a text of shorter words; a word
        // every two bytes, the most there can be, reserved three times the memory most texts
        // use, and a word every four, as before, cost more in the allocator than the rare
        // growth does).
        let cap = max.min(text.len() / 6 + 4);
        let mut read = ReadText {
            text,
            raw: Vec::with_capacity(cap),
            clean: Vec::with_capacity(cap),
            cues: Vec::with_capacity(cap),
            complete: false,
            late: LateCells::default(),
            rules,
        };
        let index = &rules.text.cue_index;
        let lower = lower.filter(|l| l.len() == text.len());
        let mut words = WordScan { text, lower, at: 0 };
        while read.raw.len() < max {
            let Some((w, c)) = words.next_clean() else {
                break;
            };
            read.cues.push(index.get(&c));
            read.raw.push(w);
            read.clean.push(c);
        }
        read.complete = read.raw.len() < max;
        read
    }

    /// Reads every word of `text`, given with its ASCII lowercase form (`text.to_ascii_lowercase()`:
    /// a word's clean form is then a slice of it, not a copy).
    pub fn new(text: &'a str, lower: &'a str, rules: &'a ImportRules) -> Self {
        Self::with_max(text, Some(lower), rules, usize::MAX)
    }

    /// The words from word `from` to word `to`, as a sentence is read (no more than
    /// `WORDS_READ`: cues sit near a sentence's start, and a run-on "sentence" of a megabyte is
    /// read no further).
    fn words(&self, from: usize, to: usize) -> Words<'_> {
        let to = to.min(from.saturating_add(WORDS_READ)).min(self.raw.len());
        let from = from.min(to);
        let cues = &self.cues[from..to];
        Words {
            raw: &self.raw[from..to],
            clean: &self.clean[from..to],
            cues,
            present: Present::of(cues),
            rules: &self.rules.text,
            text: self.text,
            late: &self.late,
            reported: false,
            clause: false,
        }
    }

    /// The byte offset in the text of `word`, one of its raw words (each is a slice of the
    /// text, so where it starts is not kept apart).
    fn offset_of(&self, word: &str) -> usize {
        word.as_ptr() as usize - self.text.as_ptr() as usize
    }

    /// The number of words that start before byte `at` of the text.
    fn words_before(&self, at: usize) -> usize {
        self.raw.partition_point(|w| self.offset_of(w) < at)
    }

    /// Whether byte `at` of the text is where a word starts or the space between two words
    /// (not inside a word): a range between two such offsets holds whole words.
    fn between_words(&self, at: usize) -> bool {
        let before = self.text[..at].chars().next_back();
        let after = self.text[at..].chars().next();
        before.is_none_or(char::is_whitespace) || after.is_none_or(char::is_whitespace)
    }

    /// [`sentence`] of the text's bytes `a..b` (a range of [`sentences`]), read from the words
    /// already read.
    pub fn sentence(&self, a: usize, b: usize) -> Option<Decision> {
        let whole = self.text.get(a..b)?;
        // Every word was read, and the range does not cut a word: its words are a run of them.
        if !(self.complete && self.between_words(a) && self.between_words(b)) {
            return sentence(whole, self.rules);
        }
        let (from, to) = (self.words_before(a), self.words_before(b));
        sentence_of(&self.words(from, to), self.rules)
    }

    /// A letter's request of the bytes `a..b` (a range of [`sentences`]): "Please release X!",
    /// "Please conclude the investigation and free Mr X." → the cue ("please release", "please
    /// … free"). "Please" opens the sentence with a capital, then (past skip words) one of the
    /// imperative verbs, or another verb and, after "and", one of them. ("Please find enclosed
    /// …", "Please accept the assurances …", "Please be aware …" ask nothing of the kind.)
    pub fn please_request(&self, a: usize, b: usize) -> Option<String> {
        let whole = self.text.get(a..b)?;
        let rest = whole.get("Please ".len()..)?;
        if !whole.starts_with("Please ")
            || self.rules.text.letter_courtesy.iter().any(|c| {
                rest.get(..c.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(c))
                    && rest[c.len()..].starts_with([' ', ',', '.'])
            })
        {
            return None;
        }
        let (from, to) = (self.words_before(a), self.words_before(b));
        if !(self.complete && self.between_words(a) && self.between_words(b)) {
            let lower = whole.to_ascii_lowercase();
            let read = ReadText::new(whole, &lower, self.rules);
            return please_request_of(&read.words(0, read.raw.len()));
        }
        please_request_of(&self.words(from, to))
    }

    /// The imperative verb opening the text ("Immediately release …" → "release").
    pub fn imperative_opening(&self) -> Option<String> {
        imperative_opening_of(&self.words(0, self.raw.len()))
    }

    /// The capitalised "-ing" form of a command's verb opening the text ("Carrying out …",
    /// "Seeking technical assistance …"), as a list item under "…, including by:" opens.
    pub fn gerund_opening(&self) -> Option<String> {
        let words = self.words(0, self.raw.len().min(1));
        let raw = words.raw.first()?;
        let word = words.clean.first()?;
        (raw.starts_with(|c: char| c.is_uppercase()) && words.gerund_of_command(word))
            .then(|| word.to_string())
    }

    /// "that the Government of Kazakhstan repeal …": the subject of an item written as a
    /// that-clause under "recommends:".
    pub fn that_clause_addressee(&self) -> Option<String> {
        let words = self.words(0, self.raw.len());
        let start = opening_start(&words, None);
        (words.clean_at(start) == Some("that"))
            .then(|| object_phrase(&words, start, self.rules))
            .flatten()
    }
}

/// [`BYTE_CLASS`] bits: ASCII whitespace (9 to 13 and the space), an ASCII letter or digit, an
/// upper-case ASCII letter, a byte outside ASCII.
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const UPPER: u8 = 4;
const HIGH: u8 = 8;

/// What each byte is to the word reader.
const BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = if b >= 0x80 {
            HIGH
        } else if b == b' ' || (b >= 9 && b <= 13) {
            SPACE
        } else if b.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if b.is_ascii_alphanumeric() {
            ALNUM
        } else {
            0
        };
        i += 1;
    }
    table
};

/// The em dash's bytes: [`WordScan`] reads one glued between words as a word of its own.
const EM_DASH: &[u8] = "\u{2014}".as_bytes();

/// The words of a text as `split_whitespace` gives them (an em dash glued between two words is
/// a word of its own), each with its offset and its clean form ([`clean_word`]), read byte by
/// byte in one pass (characters outside ASCII decoded).
struct WordScan<'a> {
    text: &'a str,
    /// The text's ASCII lowercase form (same length), when the caller made it.
    lower: Option<&'a str>,
    at: usize,
}

impl<'a> WordScan<'a> {
    /// The next word and its clean form.
    fn next_clean(&mut self) -> Option<(&'a str, Cow<'a, str>)> {
        let bytes = self.text.as_bytes();
        let n = bytes.len();
        let mut i = self.at;
        // Whitespace before the word.
        while i < n {
            let class = BYTE_CLASS[usize::from(bytes[i])];
            if class & HIGH == 0 {
                if class & SPACE == 0 {
                    break;
                }
                i += 1;
            } else {
                let (space, len) = crate::text::wide_space_at(self.text, i);
                if !space {
                    break;
                }
                i += len;
            }
        }
        if i >= n {
            self.at = n;
            return None;
        }
        let start = i;
        // The word runs to the next whitespace. Plain ASCII is read eight bytes at a time
        // (a block's first space, control byte or byte outside ASCII stops the run); from a
        // character outside ASCII on, character by character.
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        const LOWS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
        let mut ascii = true;
        while i < n {
            if let Some(chunk) = bytes.get(i..i + 8) {
                let mut block = [0u8; 8];
                block.copy_from_slice(chunk);
                let x = u64::from_le_bytes(block);
                // Per lane (its high bit, exact): a byte outside ASCII, a space, or a byte
                // below 14 (every ASCII whitespace but the space is 9 to 13).
                let e = (x & LOWS) ^ (ONES * 0x20);
                let space = !((e + LOWS) | e) & HIGHS;
                let below_14 = !((x & LOWS) + ONES * (0x80 - 14)) & HIGHS;
                let stop = (x & HIGHS) | space | below_14;
                if stop == 0 {
                    i += 8;
                    continue;
                }
                i += (stop.trailing_zeros() / 8) as usize;
            }
            let class = BYTE_CLASS[usize::from(bytes[i])];
            if class & SPACE != 0 {
                break;
            }
            if class & HIGH != 0 {
                let (space, len) = crate::text::wide_space_at(self.text, i);
                if space {
                    break;
                }
                // "The Working Group—an independent panel of five experts—called for …": an
                // em dash glued between words is a word of its own, as it is between spaces.
                if bytes[i..].starts_with(EM_DASH) {
                    if i == start {
                        i += len;
                    }
                    break;
                }
                ascii = false;
                i += len;
            } else {
                // (A control byte that is no whitespace is part of the word.)
                i += 1;
            }
        }
        self.at = i;
        let word = &self.text[start..i];
        let clean = if ascii {
            // ASCII: trimmed and lowercased byte by byte (what folding does to ASCII).
            let alnum = |b: &u8| BYTE_CLASS[usize::from(*b)] & ALNUM != 0;
            // (Most words open and end with a letter or digit: nothing to trim, nothing
            // searched.)
            let (from, to) = if alnum(&bytes[start]) && alnum(&bytes[i - 1]) {
                (start, i)
            } else {
                match bytes[start..i].iter().position(alnum) {
                    Some(first) => {
                        let last = bytes[start..i].iter().rposition(alnum).unwrap_or(first);
                        (start + first, start + last + 1)
                    }
                    None => (i, i),
                }
            };
            match self.lower {
                Some(lower) => Cow::Borrowed(&lower[from..to]),
                None if bytes[from..to].iter().any(u8::is_ascii_uppercase) => {
                    Cow::Owned(self.text[from..to].to_ascii_lowercase())
                }
                None => Cow::Borrowed(&self.text[from..to]),
            }
        } else {
            clean_word_cow(word)
        };
        Some((word, clean))
    }
}

/// Which cue lists and fixed word lists a sentence's words hold at all: the union of its
/// words' [`WordCues`], taken once when the sentence is read. A rule that can only fire on a
/// word of one list (a recommending verb, an obligation word, a participle that calls) asks
/// [`Words::holds`] / [`Words::holds_fixed`] first and is passed at once in a sentence without
/// one, instead of walking its words to find none: most sentences hold few of the lists.
///
/// (The union of a whole sentence is kept for the clauses read from it, [`Words::from`]: it
/// holds theirs, so a rule passed by it finds nothing in them either.)
#[derive(Clone, Copy, Default)]
struct Present {
    /// [`CueList::bit`]s of the lists some word of the sentence starts a phrase of.
    lists: u8,
    /// [`FIXED_WORD_LISTS`] bits of the lists some word of the sentence is in.
    fixed: u32,
}

impl Present {
    fn of(cues: &[Option<&WordCues>]) -> Self {
        let mut present = Present::default();
        for c in cues.iter().flatten() {
            present.lists |= c.lists;
            present.fixed |= c.fixed;
        }
        present
    }
}

/// A sentence's words (a run of a [`ReadText`]'s), with their folded, punctuation-free form.
struct Words<'a> {
    raw: &'a [&'a str],
    clean: &'a [Cow<'a, str>],
    cues: &'a [Option<&'a WordCues>],
    /// The lists the sentence's words hold ([`Present`]).
    present: Present,
    rules: &'a crate::corpus::rules::TextRules,
    /// The whole text the words were read from, and what it holds for [`late_call`]
    /// (`ReadText::late`, found the first time it is asked for).
    text: &'a str,
    late: &'a LateCells,
    /// The words are a that-clause after a verb in the past ("noted that …"), read alone: a
    /// need in it may be told in the past ([`Words::backshifted`]).
    reported: bool,
    /// The words are a that-clause read alone ([`Words::clause_from`]).
    clause: bool,
}

impl<'a> Words<'a> {
    /// The words from word `from` on.
    fn from(&self, from: usize) -> Words<'a> {
        let from = from.min(self.raw.len());
        Words {
            raw: &self.raw[from..],
            clean: &self.clean[from..],
            cues: &self.cues[from..],
            present: self.present,
            rules: self.rules,
            text: self.text,
            late: self.late,
            reported: false,
            clause: false,
        }
    }

    /// The words from word `from` on, a that-clause after a verb in the past when `reported`.
    fn clause_from(&self, from: usize, reported: bool) -> Words<'a> {
        Words {
            reported,
            clause: true,
            ..self.from(from)
        }
    }

    /// Whether some word of the sentence starts a phrase of `list` (see [`Present`]): when
    /// not, [`Words::any_at`] finds none of it anywhere in the sentence.
    #[inline]
    fn holds(&self, list: CueList) -> bool {
        self.present.lists & list.bit() != 0
    }

    /// Whether some word of the sentence is in the fixed word list of `bit` (see [`Present`]):
    /// when not, [`Words::in_list`] is false at every word.
    #[inline]
    fn holds_fixed(&self, bit: u32) -> bool {
        self.present.fixed & bit != 0
    }

    /// Whether word `i` is one of the imperative verbs.
    fn imperative(&self, i: usize) -> bool {
        self.cues
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|c| c.imperative)
    }

    /// Whether `word` is the "-ing" form of one of the imperative verbs or of a skip word
    /// ("taking", "adopting", "stopping", "continuing").
    fn gerund_of_command(&self, word: &str) -> bool {
        let Some(stem) = word.strip_suffix("ing").filter(|s| s.len() >= 2) else {
            return false;
        };
        let known = |v: &str| {
            self.rules
                .cue_index
                .get(v)
                // ("continue" is a skip word before a command's verb, and a command itself.)
                .is_some_and(|c| c.imperative || c.skip)
        };
        // "adopt-ing", "continu-ing" → "continue", "stopp-ing" → "stop".
        let doubled =
            stem.len() >= 3 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
        known(stem) || known(&format!("{stem}e")) || (doubled && known(&stem[..stem.len() - 1]))
    }

    /// Whether word `i` is in the fixed word list of `bit` ([`FIXED_WORD_LISTS`]).
    #[inline]
    fn in_list(&self, i: usize, bit: u32) -> bool {
        self.cues
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|c| c.fixed & bit != 0)
    }

    /// Whether word `i` is one of the skip words.
    fn skip(&self, i: usize) -> bool {
        self.cues.get(i).copied().flatten().is_some_and(|c| c.skip)
    }

    /// Does the phrase (folded, space-separated) start at word `at`?
    fn phrase_at(&self, at: usize, phrase: &str) -> Option<usize> {
        let mut n = 0;
        for part in phrase.split_whitespace() {
            if self.clean.get(at + n).map(|w| w.as_ref()) != Some(part) {
                return None;
            }
            n += 1;
        }
        (n > 0).then_some(n)
    }

    /// Whether the words from `at`, past `skip_words`, open a demand (`demand_verbs`; an entry
    /// of several words, "end immediately", matches them in a row).
    fn demand_from(&self, at: usize) -> bool {
        let Some(verb) =
            (at..self.raw.len()).find(|&k| !has(&self.rules.skip_words, &self.clean[k]))
        else {
            return false;
        };
        let word = self.clean[verb].as_ref();
        // "The revival of old charges to silence critics must end," said …: "end" closing its
        // clause (a stop, a comma, a quotation's close right after it) asks for the practice
        // to stop ("The hearing should end on Friday" forecasts).
        (word == "end" && self.raw[verb].ends_with(['.', ',', '!', ';', '"', '\u{201d}']))
            || has(&self.rules.demand_verbs, word)
            || self.rules.demand_verbs.iter().any(|d| {
                d.len() > word.len()
                    && d.as_bytes()[word.len()] == b' '
                    && d.starts_with(word)
                    && self.phrase_at(verb, d).is_some()
            })
    }

    /// The longest phrase of the cue list `list` starting at word `at`, with its length in
    /// words.
    #[inline(always)]
    fn any_at(&self, at: usize, list: CueList) -> Option<(&'a str, usize)> {
        // (Most sentences hold no phrase of the list, and most words start none: one bit says
        // so for the sentence, then one for the word.)
        if !self.holds(list) {
            return None;
        }
        let cues = self.cues.get(at).copied().flatten()?;
        if cues.lists & list.bit() == 0 {
            return None;
        }
        self.longest_at(at, list, cues)
    }

    /// [`Words::any_at`] of a word that starts a phrase of the list: its phrases' words after
    /// the first compared with the words after `at`.
    fn longest_at(&self, at: usize, list: CueList, cues: &'a WordCues) -> Option<(&'a str, usize)> {
        let phrases = self.rules.cue_list(list);
        let after = self.clean.get(at + 1..).unwrap_or_default();
        let mut best: Option<(&'a str, usize)> = None;
        for p in cues.phrases.iter().filter(|p| p.list == list) {
            let n = p.rest.len() + 1;
            // (The last of the longest, as `max_by_key` chose.)
            if best.is_some_and(|(_, b)| b > n) || after.len() < p.rest.len() {
                continue;
            }
            if p.rest.iter().zip(after).all(|(r, w)| **r == **w) {
                if let Some(phrase) = phrases.get(p.index) {
                    best = Some((phrase.as_str(), n));
                }
            }
        }
        best
    }

    /// The `obligation_words` entry at word `at`, when its link is there: an obligation's noun
    /// ("obligation to", "duty to") after "has"/"have" and a determiner, "obliged to" after
    /// "is"/"are" (see [`obligation_link`]).
    /// A modal followed by a perfect ("should never have been charged", "must have known") judges
    /// or guesses at the past and obliges no one: no obligation.
    #[inline]
    fn obligation_at(&self, at: usize) -> Option<(&'a str, usize)> {
        // (In a sentence without an obligation word nothing below is read: see [`Present`].)
        if !self.holds(CueList::ObligationWords) {
            return None;
        }
        self.any_at(at, CueList::ObligationWords)
            .filter(|&(word, n)| {
                obligation_link(self, at, word).is_some()
                    && !self.perfect_from(at + n)
                    && !self.need_as_noun(at, word)
                    && (word != "needed to" || self.backshifted(at))
                    && (word != "had to" || self.reported_had_to(at))

                    // ("… the authorities have to date launched 98 cases": "to date" is the
                    // time so far, no obligation.)
                    && !(word.ends_with(" to") && self.clean_at(at + n) == Some("date"))
                    && !self.in_cited_title(at)
            })
    }

    /// "Example Forum, They Said We Wouldn't Have to Pick and Now …, April 2019,": a capitalised
    /// modal inside a run of capitalised words after the sentence's first word is a word of a
    /// cited title, no obligation (a call opens a sentence, or is written in small letters).
    fn in_cited_title(&self, at: usize) -> bool {
        let capital = |k: usize| {
            self.raw
                .get(k)
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        };
        at >= 2 && capital(at) && capital(at - 1) && !self.raw[at - 2].ends_with(['.', ':'])
    }

    /// "Speaking in Ashgabat, the Secretary-General said Turkmenistan had to carry out …": "had to" is
    /// an obligation reported in the past only right after a verb of saying in the past
    /// (`reporting_verbs`, "that" or none), its subject no personal pronoun ("Her lawyer said
    /// she had to leave" tells the story), and no other verb or clause word between them.
    #[inline(never)]
    fn reported_had_to(&self, at: usize) -> bool {
        if at == 0
            || matches!(
                &*self.clean[at - 1],
                "he" | "she" | "i" | "we" | "they" | "you" | "it"
            )
        {
            return false;
        }
        (at.saturating_sub(BACKSHIFT_REACH)..at)
            .rev()
            .find(|&k| {
                let w = &*self.clean[k];
                w.ends_with("ed") || matches!(w, "said" | "told" | "that" | "who" | "which")
            })
            .is_some_and(|k| {
                let w = &*self.clean[k];
                let said = |w: &str| past_verb(w) && has(&self.rules.reporting_verbs, w);
                said(w) || (w == "that" && k > 0 && said(&self.clean[k - 1]))
            })
    }

    /// "Committee Experts noted that the State party still needed to address …": "needed to"
    /// is a need reported in the past only inside a that-clause after a verb in the past
    /// ("noted", "said", "stressed" … that), a few words back; "The government needed to
    /// borrow" tells the story.
    #[inline(never)]
    fn backshifted(&self, at: usize) -> bool {
        self.reported
            || (at.saturating_sub(BACKSHIFT_REACH)..at)
                .any(|k| k > 0 && self.clean[k] == "that" && past_verb(&self.clean[k - 1]))
            || self.closes_with_speaker(at)
    }

    /// "As well as focusing on legal reforms, the government needed to embrace an “operational”
    /// approach …, he added.": after the word `at`, the sentence closes with its speaker (a
    /// pronoun or a capitalised name of a few words) and a verb of saying in the past
    /// (`reporting_verbs`) after a comma: what comes before is reported speech.
    #[inline(never)]
    fn closes_with_speaker(&self, at: usize) -> bool {
        let n = self.raw.len();
        let Some(last) = self.clean.last() else {
            return false;
        };
        if n < at + 3 || !past_verb(last) || !has(&self.rules.reporting_verbs, last) {
            return false;
        }
        let Some(comma) = (n.saturating_sub(SPEAKER_TAIL_MAX_WORDS + 1)..n - 1)
            .rev()
            .find(|&k| self.raw[k].ends_with(','))
        else {
            return false;
        };
        comma > at
            && self.raw[comma + 1..n - 1].iter().enumerate().all(|(j, w)| {
                w.starts_with(char::is_uppercase)
                    || (j == 0 && matches!(*w, "he" | "she" | "they" | "it" | "the"))
            })
    }

    /// "… explained the publication by the need to increase trust": after a determiner or a
    /// possessive, "need"/"needs" is a noun, no one's obligation.
    fn need_as_noun(&self, at: usize, word: &str) -> bool {
        word.starts_with("need")
            && at > 0
            && matches!(
                &*self.clean[at - 1],
                "the"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "its"
                    | "their"
                    | "our"
                    | "his"
                    | "her"
                    | "any"
                    | "no"
            )
    }

    /// Whether the words from `at`, past a negation and `skip_words`, are "have" and a past
    /// participle ("have been", "have known", "not have detained unarmed …"; not "have access
    /// to …").
    /// (Read only after an obligation's word: kept out of the word-by-word loops.)
    #[inline(never)]
    fn perfect_from(&self, at: usize) -> bool {
        let Some(have) = (at..self.raw.len())
            .find(|&k| !matches!(self.clean[k].as_ref(), "not" | "never") && !self.skip(k))
        else {
            return false;
        };
        if self.clean[have] != "have" {
            return false;
        }
        let Some(participle) = self.clean_at(have + 1) else {
            return false;
        };
        // ("should have unimpeded access to …", "should have limited powers": an adjective
        // before its noun is no participle; one that ends its clause or takes an object or a
        // preposition is: "should have charged him", "should have acted sooner.")
        // ("should not have detained unarmed demonstrators": after a negation, "have" and a
        // participle judge the past whatever follows; "should not have limited access" is not
        // how a call is put.)
        let negated = (at..have).any(|k| matches!(self.clean[k].as_ref(), "not" | "never"));
        let takes_object = negated
            || self.raw[have + 1].ends_with([',', '.', ';', '!', '?', '”', '"'])
            || self
                .clean_at(have + 2)
                .is_none_or(|next| PERFECT_FOLLOWERS.contains(&next));
        participle == "been"
            || PERFECT_PARTICIPLES.contains(&participle)
            || ((participle.ends_with("ed") || participle.ends_with("en")) && takes_object)
    }

    /// The clean form of word `i` (empty past the end).
    fn clean_at(&self, i: usize) -> Option<&str> {
        self.clean.get(i).map(|w| w.as_ref())
    }

    /// "We remain especially concerned …", "The Council was increasingly alarmed by …": a form
    /// of "be" or "remain" at `i`, up to three adverbs (an "-ly" word or one of
    /// [`FEELING_ADVERBS`]), then one of `feeling_participles` (not "… encouraged to …", a call
    /// in the passive): the speaker's feeling, a finding, whichever adverb comes between (the
    /// finding phrases list the common ones). The participle, when so.
    fn feeling_at(&self, i: usize) -> Option<&'a str> {
        if !matches!(
            self.clean_at(i)?,
            "is" | "are" | "am" | "was" | "were" | "remain" | "remains" | "remained"
        ) {
            return None;
        }
        let mut j = i + 1;
        while j <= i + 3
            && self
                .clean_at(j)
                .is_some_and(|w| w.ends_with("ly") || FEELING_ADVERBS.contains(&w))
        {
            j += 1;
        }
        let participle = self.clean_at(j)?;
        if self.clean_at(j + 1) == Some("to") {
            return None;
        }
        self.rules
            .feeling_participles
            .iter()
            .find(|f| *f == participle)
            .map(String::as_str)
    }
}

/// Words before a noun: one word of a finding phrase after them is a noun ("a glimmer of
/// hope", "a welcome step"), not a verb.
///
/// ("… along with several noted journalists": a count before the participle makes it an
/// adjective too.)
const FINDING_NOUN_MARKERS: &[&str] = &[
    "a", "an", "the", "of", "no", "any", "some", "little", "several", "many", "few", "two",
    "three", "other",
];

/// Adverbs without "-ly" that may stand between "be" and a feeling ("We are still concerned").
const FEELING_ADVERBS: &[&str] = &[
    "also", "still", "very", "so", "most", "too", "all", "both", "further",
];

/// Nouns and participles of an obligation that need a link before them ("The authorities have
/// the obligation to …", "the State is obliged to …"), with the links they take.
const OBLIGATION_LINKS: &[(&str, &[&str])] = &[
    ("obligation", &["has", "have"]),
    ("legal", &["has", "have"]),
    ("duty", &["has", "have"]),
    ("responsibility", &["has", "have"]),
    ("obliged", &["is", "are", "remains", "remain"]),
    ("obligated", &["is", "are", "remains", "remain"]),
];

/// Where the subject of the obligation `word` found at word `at` ends: `at` itself for a modal
/// ("should", "must"), the link for a noun or participle ("have" in "… have the obligation to
/// …"; "also" and determiners between), None when the link is missing ("their obligation to
/// protect …", "had an obligation to": no present obligation).
fn obligation_link(words: &Words<'_>, at: usize, word: &str) -> Option<usize> {
    // (A modal, the common case, is passed at once.)
    if !word.starts_with(['o', 'l', 'd', 'r']) || word.starts_with("ought") {
        return Some(at);
    }
    let first = word.split(' ').next().unwrap_or(word);
    let Some((_, links)) = OBLIGATION_LINKS.iter().find(|(w, _)| *w == first) else {
        return Some(at);
    };
    let mut k = at;
    loop {
        while k > 0 && OBLIGATION_LINK_SKIPS.contains(&words.clean[k - 1].as_ref()) {
            k -= 1;
        }
        // "… has the opportunity and the responsibility to …", "the power and the duty to": a
        // noun joined before the obligation's own.
        if k >= 2
            && words.clean[k - 1] == "and"
            && OBLIGATION_PARTNERS.contains(&words.clean[k - 2].as_ref())
        {
            k -= 2;
            continue;
        }
        break;
    }
    if k > 0 && links.contains(&&*words.clean[k - 1]) {
        return Some(k - 1);
    }
    // "The Kazakh government has an absolute duty not to send …": a determiner, then up to
    // [`OBLIGATION_ADJECTIVES_MAX`] plain words in small letters (the noun's adjectives, with
    // no comma after them), then the noun, after the link.
    let d = (at.saturating_sub(OBLIGATION_ADJECTIVES_MAX + 1)..at).find(|&d| {
        matches!(words.clean[d].as_ref(), "a" | "an" | "the")
            && words.raw[d..at]
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_lowercase()) && !w.ends_with([',', ';']))
    })?;
    (d > 0 && links.contains(&&*words.clean[d - 1])).then(|| d - 1)
}

/// Most adjectives read between an obligation's determiner and its noun ("has *an absolute*
/// duty to …").
const OBLIGATION_ADJECTIVES_MAX: usize = 2;

/// Whether `word` is a verb of saying in the past before a that-clause ("noted", "said").
fn past_verb(word: &str) -> bool {
    word.ends_with("ed") || matches!(word, "said" | "told" | "felt" | "held")
}

/// Most words of a speaker closing a sentence before the verb of saying (", the Special
/// Rapporteur added.").
const SPEAKER_TAIL_MAX_WORDS: usize = 5;

/// Most words between a reported "that" and its backshifted "needed to" ("noted that *the
/// State party still* needed to").
const BACKSHIFT_REACH: usize = 10;

/// Words passed between an obligation's noun and its link ("have *a moral* duty to …").
const OBLIGATION_LINK_SKIPS: &[&str] = &[
    "the",
    "an",
    "a",
    "also",
    "clear",
    "moral",
    "special",
    "particular",
    "primary",
    "shared",
    "collective",
];

/// Nouns joined by "and" before an obligation's noun ("the opportunity and the
/// responsibility to …").
const OBLIGATION_PARTNERS: &[&str] = &["opportunity", "power", "right", "ability", "chance"];

/// Whether `list` holds `word`.
/// Where the adverbs right before word `end` begin (after `start`): "also", "still", "now",
/// "urgently" … (`skip_words` that are no conjunction or preposition) stand between a subject
/// and its verb ("The government also needs to …") and are no part of the subject.
fn adverbs_before(words: &Words<'_>, start: usize, end: usize) -> usize {
    let mut k = end;
    while k > start + 1
        && words.skip(k - 1)
        && !matches!(
            words.clean[k - 1].as_ref(),
            "and" | "but" | "in" | "to" | "continue" | "continues" | "addition" | "particular"
        )
    {
        k -= 1;
    }
    k
}

fn has(list: &[String], word: &str) -> bool {
    list.iter().any(|s| s == word)
}

pub fn clean_word(w: &str) -> String {
    fold(w.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// [`clean_word`], borrowing the word when folding would not change it.
pub(crate) fn clean_word_cow(w: &str) -> Cow<'_, str> {
    let bytes = w.as_bytes();
    if bytes.is_ascii() {
        // ASCII: trimmed and lowercased byte by byte (what folding does to ASCII).
        let start = bytes
            .iter()
            .position(u8::is_ascii_alphanumeric)
            .unwrap_or(bytes.len());
        let end = bytes
            .iter()
            .rposition(u8::is_ascii_alphanumeric)
            .map_or(start, |e| e + 1);
        let trimmed = &w[start..end.max(start)];
        return if trimmed.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(trimmed.to_ascii_lowercase())
        } else {
            Cow::Borrowed(trimmed)
        };
    }
    let trimmed = w.trim_matches(|c: char| !c.is_alphanumeric());
    if trimmed
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        Cow::Borrowed(trimmed)
    } else {
        Cow::Owned(fold(trimmed))
    }
}

/// The fixed word lists read at every word of a subject, by their bit in the cue index's
/// entries (`WordCues::fixed`, set when the rules are read): a word is tested with one bit
/// instead of being compared with every word of the list.
/// (Most are read for a whole sentence too, [`Words::holds_fixed`]: a sentence without one
/// of their words is passed by the rule that needs it. The lists from "with" on are the
/// trigger words of rules that walk a sentence's words for them.)
pub(crate) const FIXED_WORD_LISTS: &[(u32, &[&str])] = &[
    (CLAUSE, CLAUSE_WORDS),
    (OPENING_PHRASE, OPENING_PHRASE_WORDS),
    (CALLING_PARTICIPLE, CALLING_PARTICIPLES),
    (CALL_FORM, CALL_FORMS),
    (PASSIVE_CALL, PASSIVE_CALL_WORDS),
    (LATE_RARE, LATE_RARE_WORDS),
    (WITH, &["with"]),
    (WOULD, &["would"]),
    (BUT, &["but"]),
    (WHILE, &["while"]),
    (JOINER, JOINER_WORDS),
    (THAT, &["that"]),
    (STRESSING, STRESSING_PARTICIPLES),
    (NEED, &["need"]),
    (IMPORTANCE, &["importance"]),
    (WAY, &["way", "ways"]),
    (WE_OR_I, &["we", "i"]),
    (CALL_NOUN, RECEIVED_CALL_NOUNS),
    (FORWARD, &["forward"]),
    (PLEA_FORM, PLEA_FORMS),
    (RENEWING, RENEWING_FORMS),
];
/// [`CLAUSE_WORDS`]' bit in [`FIXED_WORD_LISTS`].
const CLAUSE: u32 = 1;
/// [`OPENING_PHRASE_WORDS`]' bit in [`FIXED_WORD_LISTS`].
const OPENING_PHRASE: u32 = 2;
/// [`CALLING_PARTICIPLES`]' bit in [`FIXED_WORD_LISTS`].
const CALLING_PARTICIPLE: u32 = 4;
/// [`CALL_FORMS`]' bit in [`FIXED_WORD_LISTS`].
const CALL_FORM: u32 = 8;
/// [`PLEA_FORMS`]' bit in [`FIXED_WORD_LISTS`] ([`timed_call`]).
const PLEA_FORM: u32 = 1_048_576;
/// Forms of "plead" and "appeal", which call with "for" as "call" does ("pleaded on January 17
/// for the government to …").
const PLEA_FORMS: &[&str] = &[
    "plead", "pleads", "pleaded", "pled", "appeal", "appeals", "appealed",
];
/// [`RENEWING_FORMS`]' bit in [`FIXED_WORD_LISTS`] (a call renewed joined by "and", in
/// [`joined_recommendation`]).
const RENEWING: u32 = 2_097_152;
/// Forms of the [`RENEWING_VERBS`] a renewed call opens with ("… and renewed his plea to …").
const RENEWING_FORMS: &[&str] = &[
    "repeat",
    "repeats",
    "repeated",
    "repeating",
    "reiterate",
    "reiterates",
    "reiterated",
    "reiterating",
    "renew",
    "renews",
    "renewed",
    "renewing",
    "echo",
    "echoes",
    "echoed",
    "echoing",
];
/// [`PASSIVE_CALL_WORDS`]' bit in [`FIXED_WORD_LISTS`].
const PASSIVE_CALL: u32 = 16;
/// [`LATE_RARE_WORDS`]' bit in [`FIXED_WORD_LISTS`].
const LATE_RARE: u32 = 32;
/// The bit of "with" in [`FIXED_WORD_LISTS`]: [`with_actor_calling`] reads no sentence without
/// it.
const WITH: u32 = 64;
/// The bit of "would" ([`steps_would_include`]).
const WOULD: u32 = 128;
/// The bit of "but" (the impersonal necessity after "but" of [`late_call`]).
const BUT: u32 = 256;
/// The bit of "while" (a calling participle after "while" within the subject's reach, in
/// [`sentence_cues`]; read at each word there too).
const WHILE: u32 = 512;
/// [`JOINER_WORDS`]' bit in [`FIXED_WORD_LISTS`] (read at each word too).
const JOINER: u32 = 1024;
/// The bit of "that" ([`obligation_in_that_clause`], [`reported_clause_call`]).
const THAT: u32 = 2048;
/// [`STRESSING_PARTICIPLES`]' bit ([`stressing_participle_call`]).
const STRESSING: u32 = 4096;
/// The bit of "need" ([`late_need`]). (It and the next two are asked before what the text
/// holds ([`Late`]): a sentence without the word is passed at once.)
const NEED: u32 = 8192;
/// The bit of "importance" ([`late_importance`]).
const IMPORTANCE: u32 = 16384;
/// The bit of "way" and "ways" ([`best_way_call`]).
const WAY: u32 = 32768;
/// The bit of "we" and "i" ([`relative_own_call`]).
const WE_OR_I: u32 = 65536;
/// [`RECEIVED_CALL_NOUNS`]' bit ([`received_call`]).
const CALL_NOUN: u32 = 131_072;
/// The bit of "forward" ([`awaited_implementation`] joined by "and", in
/// [`joined_recommendation`]). (After [`OCCASION`]'s bit, which the rules set.)
const FORWARD: u32 = 524_288;

/// Words looked back from a call's plural noun for the verb receiving it ("receive threats and
/// demands to …").
const RECEIVED_NOUN_REACH: usize = 3;
/// Whether the call's plural noun at `at` ("calls", "demands", "appeals") is what a verb of
/// receiving (`call_receiving_verbs`, or "receive"), at most [`RECEIVED_NOUN_REACH`] words
/// before it (not before `start`), takes as its object: "… started to receive threats and
/// demands to return home" ([`received_call`] reads it when the receiver is an actor asked to
/// act).
fn received_noun(
    words: &Words<'_>,
    start: usize,
    at: usize,
    verb: &str,
    rules: &ImportRules,
) -> bool {
    (verb.starts_with("calls") || verb.starts_with("demands") || verb.starts_with("appeals"))
        && (at.saturating_sub(RECEIVED_NOUN_REACH).max(start)..at).any(|k| {
            // (The plain form too: "began to receive threats and demands to …".)
            has(&rules.text.call_receiving_verbs, &words.clean[k]) || words.clean[k] == "receive"
        })
}

/// The nouns of a call an actor faces or receives ("faces growing calls to …", "received
/// repeated appeals from … to …", "heard demands to …"): [`received_call`] reads no sentence
/// without one.
const RECEIVED_CALL_NOUNS: &[&str] = &["calls", "appeals", "demands"];
/// The bit of the one-word `occasion_nouns` entries ([`occasion_call`]), set from the rules
/// when their cue index is built (a list of the rules, not of [`FIXED_WORD_LISTS`]).
pub(crate) const OCCASION: u32 = 262_144;

/// The words that open a clause [`sentence_cues`] reads as a sentence of its own when it calls
/// (", and the Helsinki group demands …", ", but … we also encourage …", ", where he urged
/// …", "in which he urged …"): a sentence without any is not walked for them.
const JOINER_WORDS: &[&str] = &["and", "but", "where", "which"];

/// The words one of [`polite_or_hoped`]'s rules needs ("if" of "grateful if you", "hope(s)"
/// of "its hopes for … to", "needed"/"required" of a need after ", and"): a sentence with none
/// is passed.
const LATE_RARE_WORDS: &[&str] = &["if", "hope", "hopes", "needed", "required"];

/// The participles that open a call after its sentence's own clause ("…, calling for …"):
/// [`participle_call`] reads no other word.
const CALLING_PARTICIPLES: &[&str] = &["calling", "urging", "demanding", "asking", "requesting"];

/// The forms of "call" a call told with its time opens with ("called on Thursday for …"):
/// [`timed_call`] reads no other word.
const CALL_FORMS: &[&str] = &["call", "calls", "called", "calling"];

/// The participles of a call in the passive ("was called for by …", "has been demanded by
/// …"): [`passive_call_by`] reads no other word.
const PASSIVE_CALL_WORDS: &[&str] = &["called", "demanded", "urged"];

/// Words that end a subject: a relative or subordinate clause has begun, so a verb after them
/// is not the main verb ("Activists who urge reform …").
const CLAUSE_WORDS: &[&str] = &[
    "who", "which", "that", "whom", "whose", "when", "if", "although", "while", "because", "since",
    "where", "whether", "unless", "after", "before", "until",
];

/// Words after "urge"/"demand" within which an action noun makes its object.
const ACTION_NOUN_REACH: usize = 4;
/// Most joints (a comma or "and") between adjectives before an action noun that lengthen
/// [`ACTION_NOUN_REACH`] ("an immediate, thorough and impartial investigation").
const JOINED_ADJECTIVES_MAX: usize = 2;

/// Words after "encourage"/"urge" that ask for more of something without naming who ("We
/// encourage further efforts").
const MORE_WORDS: &[&str] = &[
    "further",
    "continued",
    "continuation",
    "greater",
    "more",
    "stronger",
    "renewed",
    "increased",
    "full",
    "swift",
    "prompt",
];

/// Past participles that do not end in "-ed" of verbs that open commands ("… should be
/// brought to justice").
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "brought",
    "held",
    "made",
    "taken",
    "given",
    "freed",
    "set",
    "put",
    "withdrawn",
    "undertaken",
    "shown",
    "sought",
    "kept",
];

/// Whether word `j` is "be" and a past participle follows it ("be released", "be taken",
/// "be brought"): a passive.
fn passive_at(words: &Words<'_>, j: usize) -> bool {
    words.clean_at(j) == Some("be")
        && words.clean_at(j + 1).is_some_and(|p| {
            p.ends_with("ed") || p.ends_with("en") || IRREGULAR_PARTICIPLES.contains(&p)
        })
}

/// Past participles of a perfect after a modal that end in neither "-ed" nor "-en" ("should
/// have known", "must have done", "should have put").
const PERFECT_PARTICIPLES: &[&str] = &[
    "known", "done", "shown", "thrown", "grown", "drawn", "made", "held", "brought", "kept", "set",
    "put", "told", "said", "paid", "sent", "spent", "left", "found", "thought", "sought", "let",
    "heard", "met", "led", "lost", "won", "got", "had", "run", "come", "become", "gone",
];

/// Words after a participle ending in "-ed"/"-en" that make "have" before it a perfect (an
/// object, a preposition, an adverb of time), not "have" and an adjective before its noun.
const PERFECT_FOLLOWERS: &[&str] = &[
    "the", "a", "an", "him", "her", "them", "it", "this", "that", "these", "those", "his", "their",
    "its", "our", "us", "me", "you", "to", "in", "on", "at", "for", "with", "by", "from",
    "against", "before", "after", "sooner", "earlier", "long", "more", "so", "as", "into",
];

/// Words before "calls"/"requests"/"demands" that make it a noun ("despite international calls
/// for his release"), not a speaker's verb.
const NOUN_MARKERS: &[&str] = &[
    "the",
    "a",
    "an",
    // "there were no calls for riots": a noun.
    "no",
    // "Among the rejected recommendations were calls to ratify …": after a form of "be", the
    // calls are told, not made.
    "were",
    "was",
    "are",
    "is",
    "my",
    "your",
    "his",
    "her",
    "its",
    "their",
    "our",
    "these",
    "those",
    "such",
    "international",
    "repeated",
    "numerous",
    "many",
    "several",
    "recent",
    "previous",
    "public",
    "urgent",
    "global",
    "growing",
    "earlier",
    "further",
    // "… this was the third request of the envoy to …": an ordinal before it
    // counts the requests, a noun's.
    "second",
    "third",
    "fourth",
    "fifth",
    "latest",
    // "… the news item did not contain calls for violence": what a text holds is a noun.
    "contain",
    "contains",
    "contained",
    "containing",
];

/// Words that open a phrase before the subject ("On the occasion of …,", "Recalling its
/// previous recommendations …,", "In the light of …,").
const OPENING_PHRASE_WORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "as",
    "with",
    "following",
    "given",
    "after",
    "before",
    "during",
    "since",
    "while",
    "when",
    "despite",
    "upon",
    "recalling",
    "noting",
    "referring",
    "considering",
    "recognising",
    "recognizing",
    "taking",
    "having",
    "although",
    "because",
    "if",
    "for",
    "to",
    "by",
    "under",
    "regarding",
    "concerning",
    "ahead",
    "today",
    "yesterday",
    "this",
    "last",
    "amid",
    "amidst",
];
/// Longest opening phrase (in words) skipped before a subject.
const OPENING_PHRASE_MAX_WORDS: usize = 25;

/// Skips a leading paragraph number ("23.", "(a)") and connectives ("Finally,", "In addition,");
/// with the rules, a sentence's participle phrase too ("Presenting her report …,").
fn opening_start(words: &Words<'_>, rules: Option<&ImportRules>) -> usize {
    let mut at = 0;
    if let Some(first) = words.raw.first() {
        let marker = first.trim_end_matches(['.', ')']).trim_start_matches('(');
        if !marker.is_empty()
            && marker.len() <= 4
            && marker.chars().all(|c| c.is_ascii_digit())
            && first.len() > marker.len()
        {
            at = 1;
        }
    }
    // "Finally," / "In addition," / "Lastly," — connectives ending in a comma; an opening
    // phrase may follow ("Therefore, while welcoming …, we urge you to …").
    // ("So, it is critical for the government to …": "so" with its comma, a connective.)
    if words.raw.get(at).is_some_and(|w| w.ends_with(','))
        && matches!(words.clean_at(at), Some("so" | "yet" | "then"))
    {
        at += 1;
    }
    // "Even in times of unrest and violence, when police restore order they should …": "even"
    // before an opening phrase's word.
    if words.clean_at(at) == Some("even") && words.in_list(at + 1, OPENING_PHRASE) {
        at += 1;
    }
    let mut k = at;
    while k < words.raw.len() && k < at + 4 && words.skip(k) {
        if words.raw[k].ends_with(',') {
            at = k + 1;
            break;
        }
        k += 1;
    }
    // "On the occasion of …, Amnesty International urges", "Presenting her report to the
    // Council, the Special Rapporteur called on …": an opening phrase up to its comma. A
    // participle opens one too, unless it is a call's own ("Calling on …", "Urging …").
    // ("This is a crucial time for X to …, including …": "this" before a verb is the subject,
    // not the opening of "This week, …".)
    let phrase_word = words.in_list(at, OPENING_PHRASE)
        && !(words.clean[at] == "this"
            && words
                .clean_at(at + 1)
                .is_some_and(|w| FINITE_WORDS.contains(&w)));
    if phrase_word || rules.is_some_and(|r| participle_opener(words, at, r)) {
        if let Some(comma) = (at..words.raw.len().min(at + OPENING_PHRASE_MAX_WORDS))
            .find(|&k| words.raw[k].ends_with(','))
        {
            // ("Releasing political prisoners … are steps authorities should take right away,
            // …": a verb before the comma makes the "-ing" word a subject, not a phrase.)
            // (Not a verb inside a clause of the phrase's own: "Deeply regretting that the
            // dialogue has produced nothing, Parliament calls on …".)
            let gerund_subject = !phrase_word
                && words.clean[(at + 1).min(comma)..comma]
                    .iter()
                    .take_while(|w| !matches!(&***w, "that" | "which" | "who" | "whom"))
                    .any(|w| FINITE_WORDS.contains(&&**w));
            // ("In this connection we call on you to release X, imprisoned in 2006": a phrase
            // without its comma; the speaker's "we"/"I" and a recommending verb before the
            // comma are the main clause, not part of the phrase.)
            let speaker = (at + 1..comma).filter(|_| phrase_word).find(|&k| {
                matches!(&*words.clean[k], "we" | "i")
                    && (k + 1..(k + 3).min(comma + 1)).any(|v| {
                        words.any_at(v, CueList::RecommendingVerbs).is_some()
                                // ("With the situation we face there we hope that X will
                                // keep …": the speaker's hope and its clause.)
                                || (words.clean_at(v + 1) == Some("that")
                                    && rules.is_some_and(|r| {
                                        has(&r.text.hope_verbs, &words.clean[v])
                                    }))
                    })
            });
            let speaker_calls = speaker.is_some();
            // ("With the situation that we face there we hope that …": the phrase holds a
            // clause of its own; the main clause starts at the speaker.)
            if let Some(k) = speaker.filter(|&k| {
                words.clean[at + 1..k]
                    .iter()
                    .any(|w| matches!(w.as_ref(), "that" | "which" | "who"))
            }) {
                return k;
            }
            // ("On 20 January 2022 the European Parliament called on the EU to impose sanctions
            // for shootings, torture and …", "On Monday the EU urged the authorities to free A, B
            // and C": a time phrase without its comma; a name or an actor, then a recommending
            // verb told in the past or the present before the comma, is the main clause.)
            let named_calls = phrase_word
                && !speaker_calls
                && rules.is_some_and(|r| time_phrase_calls(words, at, comma, r));
            // ("With this in mind it is vital that agencies be given access, she added": an
            // impersonal necessity before the comma is the main clause.)
            let necessity_calls = phrase_word
                && rules.is_some_and(|r| {
                    (at + 1..comma)
                        .any(|k| it_at(words, k) && impersonal_necessity(words, k, r).is_some())
                });
            if !gerund_subject && !speaker_calls && !named_calls && !necessity_calls {
                return comma + 1;
            }
        }
    }
    at
}

/// Words that open a time phrase ("On 5 May", "In its resolution", "Last week"), which may go
/// without its comma before the subject.
const TIME_PHRASE_OPENERS: &[&str] = &["on", "in", "at", "during", "today", "yesterday", "last"];

/// Whether the phrase from `at` (a [`TIME_PHRASE_OPENERS`] word) to the sentence's first comma
/// holds its own main clause: a name or an actor, then (past adverbs) a recommending verb in a
/// finite form ("called on", "urged", "calls on", "urges"), not after "by", a form of "be" or a
/// possessive ("Amid the group's calls for …" is a noun). "On Monday the EU called on the
/// authorities to release A, B and C": the comma falls inside the call's object.
fn time_phrase_calls(words: &Words<'_>, at: usize, comma: usize, rules: &ImportRules) -> bool {
    if !TIME_PHRASE_OPENERS.contains(&&*words.clean[at]) {
        return false;
    }
    (at + 2..=comma).any(|v| {
        let Some((cue, _)) = words.any_at(v, CueList::RecommendingVerbs) else {
            return false;
        };
        let verb = words.clean[v].as_ref();
        if !(verb.ends_with("ed") || verb.ends_with('s')) || !cue.starts_with(verb) {
            return false;
        }
        // The subject's last word, past adverbs ("The EU also called on …") and past the
        // document it speaks in ("the European Parliament in its urgent resolution called …").
        let mut k = v - 1;
        while k > at + 1 && words.skip(k) {
            k -= 1;
        }
        if let Some(i) = (k.saturating_sub(4).max(at + 2)..k).find(|&i| {
            words.clean[i] == "in"
                && matches!(&*words.clean[i + 1], "its" | "their" | "his" | "her")
        }) {
            k = i - 1;
        }
        let raw = words.raw[k];
        !raw.ends_with(',')
            && !possessive_s(raw)
            && (is_actor(&words.clean[k], rules)
                || raw.starts_with(|c: char| c.is_uppercase())
                || (k.saturating_sub(4).max(at + 1)..k).any(|d| {
                    matches!(&*words.clean[d], "the" | "a" | "an" | "its" | "their")
                        && words.raw[d..k].iter().all(|w| !w.ends_with(','))
                }))
            && !matches!(
                &*words.clean[k - 1],
                "by" | "of" | "from" | "to" | "with" | "for"
            )
    })
}

fn is_actor(word: &str, rules: &ImportRules) -> bool {
    rules.text.actor_nouns.iter().any(|a| a == word)
        || rules.text.pronouns.iter().any(|p| p == word)
        || rules.gazetteer.exact(word).is_some()
        || rules.text.government_seats.iter().any(|s| s == word)
}

/// The phrase after a recommending verb up to its "to"/"that" ("urge *the Government* to").
fn object_phrase(words: &Words<'_>, from: usize, rules: &ImportRules) -> Option<String> {
    // "encourage continuing this work": the object is the action asked for; nobody is named
    // (also after an aside: "recommends, inter alia, implementing …").
    if words
        .clean_at(from)
        .is_some_and(|w| words.gerund_of_command(w))
        || (from > 0 && after_aside(words, from - 1).is_some_and(|k| gerund_like(&words.clean[k])))
    {
        return None;
    }
    let end = (from..words.raw.len().min(from + OBJECT_MAX_WORDS))
        .find(|&i| matches!(&*words.clean[i], "to" | "that" | "for" | "in" | "on"))
        .unwrap_or(words.raw.len().min(from + 6));
    // "urges the State party, while taking into account …, to": the aside after the comma is
    // no part of whom the call addresses.
    let end = aside_open(words, from).map_or(end, |comma| end.min(comma + 1));
    // "urges compliance with the findings of the UN …", "urged full respect for …": an action
    // asked for opens the object, and whatever it names further on is no addressee.
    let opening = if words
        .clean_at(from)
        .is_some_and(|w| matches!(w, "full" | "strict" | "immediate" | "the" | "an" | "a"))
    {
        from + 1
    } else {
        from
    };
    if words
        .clean_at(opening)
        .is_some_and(|w| rules.text.action_nouns.iter().any(|a| a == w))
    {
        return None;
    }
    // "… have both called on Tuesday for a speedy investigation": a time between the call
    // and its "for"/"to" names nobody.
    if end > from && (from..end).all(|i| time_word(&words.clean[i])) {
        return None;
    }
    // "We welcome the Government of X's willingness … and encourage it to …": a pronoun
    // object stands for the actor named before it.
    if let Some(pronoun @ ("it" | "them")) = words.clean_at(from) {
        if matches!(words.clean_at(from + 1), Some("to" | "not")) {
            return antecedent(words, from, pronoun == "them", rules);
        }
    }
    // "recommends, bearing in mind its earlier recommendations, that the State party …": the
    // object starts past the aside after the verb's comma.
    let from = from
        .checked_sub(1)
        .and_then(|verb| after_aside(words, verb))
        .filter(|&k| matches!(words.clean[k].as_ref(), "that" | "to"))
        .unwrap_or(from);
    let mut start = from;
    if words.clean_at(start) == Some("that") {
        start += 1;
    }
    let end = if start > from {
        // "recommends that the State party take …": the subject of the that-clause.
        (start..words.raw.len().min(start + OBJECT_MAX_WORDS))
            .find(|&i| {
                words.raw[i].ends_with([',', ':'])
                    || (i > start
                        && !is_actor(&words.clean[i], rules)
                        && is_verbish(&words.clean[i], rules))
            })
            .map(|i| {
                if words.raw[i].ends_with([',', ':']) {
                    i + 1
                } else {
                    i
                }
            })
            .unwrap_or(end.max(start))
    } else {
        end
    };
    // "request you express your concern to …": after a personal pronoun come its own verb and
    // object, never more of the addressee.
    let end = if words
        .clean
        .get(start)
        .is_some_and(|w| matches!(w.as_ref(), "you" | "him" | "her" | "them" | "us" | "me"))
    {
        end.min(start + 1)
    } else {
        end
    };
    // "proposes that partner for democracy status be granted to …": in a that-clause, a noun
    // before "for" that modifies a head noun in small letters ("status") is no subject; the
    // clause's subject is a thing.
    let in_that_clause = start > from || (from > 0 && words.clean[from - 1] == "that");
    if in_that_clause {
        // (The clause's verb ends its subject.)
        let verb = (start + 1..words.raw.len().min(start + OBJECT_MAX_WORDS)).find(|&i| {
            matches!(
                &*words.clean[i],
                "be" | "should" | "must" | "shall" | "will" | "would" | "can" | "may"
            ) || (!is_actor(&words.clean[i], rules) && is_verbish(&words.clean[i], rules))
        });
        if let Some(verb) = verb {
            let actor_for = (start + 1..verb - 1).any(|i| words.clean[i] == "for");
            if actor_for
                && !is_actor(&words.clean[verb - 1], rules)
                && words.raw[verb - 1].starts_with(|c: char| c.is_lowercase())
            {
                return None;
            }
        }
    }
    let segment: Vec<&str> = words.raw.get(start..end)?.to_vec();
    actor_phrase(&segment, rules)
}

/// Words before a pronoun searched for the actor it stands for.
const ANTECEDENT_REACH: usize = 30;

/// The last actor named before word `before`, within [`ANTECEDENT_REACH`] words, that "it"
/// (an institution or a country, not a person: `person_actor_nouns`) or "them" (`plural`: a
/// plural noun, or "police") can stand for: its noun with the modifiers before it and an "of"
/// and capitalised name after it ("the Government of Tajikistan", from "the Government of
/// Tajikistan’s willingness").
/// Most words from a subject to the object pronoun of its own verb ("organisations in
/// Kyrgyzstan called on them").
const PRONOUN_SUBJECT_MAX_GAP: usize = 6;

fn antecedent(
    words: &Words<'_>,
    before: usize,
    plural: bool,
    rules: &ImportRules,
) -> Option<String> {
    let text = &rules.text;
    // ("The organisations in Kyrgyzstan called on them to …": the subject of the verb that
    // governs the pronoun is never what the pronoun stands for; a subject is close before the
    // pronoun with no "and", "but" or punctuation between.)
    let own_subject = |k: usize| {
        before - k <= PRONOUN_SUBJECT_MAX_GAP
            && !words.clean[k + 1..before]
                .iter()
                .any(|w| matches!(w.as_ref(), "and" | "but" | "or"))
            && !words.raw[k..before]
                .iter()
                .any(|w| w.ends_with([',', '.', ';', ':']))
    };
    let head = (before.saturating_sub(ANTECEDENT_REACH)..before)
        .rev()
        .filter(|&k| !own_subject(k))
        .find(|&k| {
            let w = &*words.clean[k];
            let actor = text.actor_nouns.iter().any(|a| a == w);
            let many = (w.ends_with('s') && w != "us") || w == "police";
            if plural {
                actor && many
            } else {
                (actor && !many && !text.person_actor_nouns.iter().any(|p| p == w))
                    || rules.gazetteer.exact(w).is_some()
            }
        })?;
    let mut end = head + 1;
    if words.clean_at(end) == Some("of") {
        let mut k = end + 1;
        if words.clean_at(k) == Some("the") {
            k += 1;
        }
        let name_start = k;
        while k < before && words.raw[k].starts_with(char::is_uppercase) {
            k += 1;
        }
        if k > name_start {
            end = k;
        }
    }
    let start = modifiers_start(words.clean, head, rules);
    let phrase = words.raw[start..end].join(" ");
    let phrase = phrase.trim_end_matches([',', ':', ';', '.']);
    let phrase = ["’s", "'s", "’", "'"]
        .iter()
        .find_map(|p| phrase.strip_suffix(p))
        .unwrap_or(phrase);
    Some(phrase.to_string())
}

fn is_verbish(word: &str, rules: &ImportRules) -> bool {
    rules.text.imperative_verbs.iter().any(|v| v == word)
        || rules.text.obligation_words.iter().any(|v| v == word)
}

/// The addressee inside a run of words: from the modifiers before the first actor noun to the
/// end ("all parties", "the Government of Tajikistan"), or the words themselves when short.
pub fn actor_phrase(segment: &[&str], rules: &ImportRules) -> Option<String> {
    // A subject read after ", and" or "but" keeps its conjunction at the front ("…, and they
    // must come to an end"): whom a call asks never opens with one.
    let joined = segment
        .iter()
        .take_while(|w| matches!(&*clean_word_cow(w), "and" | "but" | "or" | "yet"))
        .count();
    let segment = &segment[joined..];
    // (Each word's clean form borrowed when it is one already.)
    let folded: Vec<Cow<str>> = segment.iter().map(|w| clean_word_cow(w)).collect();
    if folded.is_empty()
        || (folded.len() == 1 && has(&rules.text.pronouns, &folded[0]))
        || folded.iter().all(|w| w.is_empty())
    {
        return None;
    }
    let text = |s: &[&str]| {
        s.join(" ")
            .trim_end_matches([',', ':', ';', '.'])
            .to_string()
    };
    if let Some(head) = folded.iter().position(|w| has(&rules.text.actor_nouns, w)) {
        return Some(text(&segment[modifiers_start(&folded, head, rules)..]));
    }
    (segment.len() <= 6).then(|| text(segment))
}

/// Where an actor's phrase starts: before its noun at `head` in the clean words `clean`, the
/// `actor_modifiers` and country adjectives ("the Kazakh", "all relevant") that lead up to it.
///
/// A body named by its field, "the security service", "the EU foreign policy service", "the
/// anti-corruption agency": up to [`FIELD_WORDS_MAX`] words that are no function words
/// (`stop_words`) between "the" and those modifiers belong to the phrase too.
fn modifiers_start<S: AsRef<str>>(clean: &[S], head: usize, rules: &ImportRules) -> usize {
    let modifier = |w: &str| {
        rules.text.actor_modifiers.iter().any(|m| m == w) || rules.gazetteer.exact(w).is_some()
    };
    let mut start = head;
    while start > 0 && modifier(clean[start - 1].as_ref()) {
        start -= 1;
    }
    // (A phrase that opens with "the" already has its determiner: "The group said the EU …".)
    if start > 0 && clean[start].as_ref() != "the" {
        let mut k = start;
        while k > 0 && start - k < FIELD_WORDS_MAX {
            let w = clean[k - 1].as_ref();
            if w == "the" {
                return k - 1;
            }
            if w.is_empty()
                || rules
                    .text
                    .stop_words
                    .binary_search_by(|s| s.as_str().cmp(w))
                    .is_ok()
                || rules.text.reporting_verbs.iter().any(|v| v == w)
            {
                break;
            }
            k -= 1;
        }
    }
    start
}

/// Most words naming a body's field between "the" and its noun ("the foreign policy service").
const FIELD_WORDS_MAX: usize = 3;

/// Decides a sentence (or the opening sentence of an item) from its cues. `None` when no cue
/// speaks: the caller keeps its default.
pub fn sentence(text: &str, rules: &ImportRules) -> Option<Decision> {
    let read = ReadText::with_max(text, None, rules, WORDS_READ);
    sentence_of(&read.words(0, WORDS_READ), rules)
}

/// [`sentence`] of words already read: the cues' decision, then the past told as
/// background ("In 2013, the Assembly urged …", "The Committee had urged …") and praise ("X
/// should also be congratulated") made findings.
fn sentence_of(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    // "And that is why we have urged a review by …": the clause after "that is why" is the
    // sentence's main clause, read as a sentence of its own when it calls.
    if let Some(why) = why_opening(words) {
        if let Some(d) = sentence_of(&words.from(why + 1), rules) {
            if d.kind == ItemKind::Recommendation {
                return Some(d);
            }
        }
    }
    // (A sentence no cue decides is read for the rarer grammars: a call after a colon, a
    // need in the passive.)
    let decision = match sentence_cues(words, rules) {
        None => late_call(words, rules)
            .or_else(|| command_to_call(words, rules))
            .or_else(|| received_call(words, rules))
            .or_else(|| relative_speaker_call(words, rules))
            .or_else(|| recommendation_that(words, rules))
            .or_else(|| as_it_calls(words, rules))?,
        // ("Concerns were raised …, and the need for an inquiry was stressed": the need's
        // participle is no finding.)
        // ("“The process is stopped,” X and Y noted, urging the authorities to …": the finding
        // phrase attributes the quotation; the call's participle after it asks.)
        Some(d) if d.kind == ItemKind::Paragraph && d.evidence.rule == "finding phrase" => {
            late_need(words, rules)
                .or_else(|| attributed_call(words, &d.evidence.cue, rules))
                .or_else(|| best_way_call(words, rules))
                .or_else(|| late_importance(words, rules))
                .or_else(|| said_that_obligation(words, rules))
                .or_else(|| quotation_after_colon(words, rules))
                .or_else(|| polite_or_hoped(words, rules))
                .or_else(|| relative_speaker_call(words, rules))
                .unwrap_or(d)
        }
        Some(d) => d,
    };
    if decision.kind != ItemKind::Recommendation {
        return Some(decision);
    }
    // "To combat trafficking, Tajikistan was encouraged to ensure …": a state urged in the past
    // passive is the review's call, as "The Committee urged Tajikistan to …" is; "He was urged
    // to leave" tells what happened to someone, and asks nothing.
    if decision.evidence.rule == "obligation"
        && matches!(decision.evidence.cue.as_str(), "urged to" | "encouraged to")
    {
        let participle = decision.evidence.cue.split(' ').next().unwrap_or_default();
        let state = words
            .clean
            .iter()
            .position(|w| w.as_ref() == participle)
            .is_some_and(|k| {
                (k >= 2
                    && matches!(words.clean[k - 1].as_ref(), "was" | "were")
                    && state_subject(&words.clean[k - 2], rules))
                    || urged_leader(words, k, rules)
            });
        if !state {
            return None;
        }
    }
    let finding = |rule: &str, cue: &str| {
        Some(Decision {
            kind: ItemKind::Paragraph,
            evidence: KindEvidence::new(rule, cue),
            addressee: None,
        })
    };
    // "Whereas, in June, the Council called for an inquiry …;": a resolution's recital gives
    // the grounds of what it resolves; the calls it recounts are its background, and its
    // operative paragraphs ask.
    if words.clean.first().is_some_and(|w| w.as_ref() == "whereas") {
        return finding("recital", "whereas");
    }
    // "What would you recommend as next steps …?", "What should the international community
    // do to …?": a question put to a speaker in a dialogue asks for advice, and calls on no
    // one.
    if let Some(opening) = direct_question(words) {
        return finding("question", opening);
    }
    // "Reaffirming that all Member States have an obligation to …,", "Reaffirming further that
    // the fight against terrorism should be conducted …": a resolution's preambular recital (a
    // `preamble_participles` entry, perhaps "further"/"also", then its that-clause) states the
    // grounds; what its clause obliges is no call of the text's own.
    if let Some(participle) = preamble_recital(words, rules) {
        if decision.evidence.rule == "obligation" {
            return finding("recital", participle);
        }
    }
    // "Re: Amnesty International urges President X to raise …": a letter's subject line names
    // what the letter is about; its calls are in the letter's own sentences.
    if words
        .raw
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("re:"))
    {
        return finding("subject line", "Re:");
    }
    // "We invite you to familiarize yourself with the appeal", "You can read whichever you
    // prefer (we recommend both)": the page's tip to its reader asks no actor.
    if let Some(verb) = reader_tip(words, rules) {
        return finding("reader's tip", verb);
    }
    // "…, and we are asking for your assistance.": a plea for help that ends the sentence
    // asks for nothing done yet; the call that says what help is wanted follows.
    if decision.evidence.rule == "recommending verb" {
        if let Some(noun) = bare_plea(words, rules) {
            return finding("plea", noun);
        }
    }
    // "It also makes recommendations for steps that the authorities should …": the text
    // telling what it holds.
    if let Some(verb) = self_description(words, &decision.evidence.cue, rules) {
        return finding("self-description", &verb);
    }
    // "Police are encouraged to torture detainees by a climate of impunity": a call to commit
    // an abuse is told, never asked.
    if let Some(verb) = abuse_incited(words, &decision.evidence, rules) {
        return finding("abuse incited", &verb);
    }
    match decision.evidence.rule.as_str() {
        "recommending verb" if cites_resolution(words) => {
            return finding("background", "(resolution …)");
        }
        "recommending verb" if norm_for_all_states(words, &decision.evidence.cue) => {
            return finding("norm quoted", "States");
        }
        "recommending verb" => {
            // "The Tajik government has rejected the Council's call to …", "Requests … were
            // sent to the authorities": a call refused, or told by what became of it.
            if let Some(told) = rejected_call(words, &decision.evidence.cue, rules) {
                return finding("rejected call", &told);
            }
            // "… measures against activists who criticize government policies and advocate
            // for human rights": a call joined by "and" to the verb of a relative clause opened
            // by "who" (no comma between) is the relative clause's, describing whom it names.
            if let Some(at) = cue_index(words, &decision.evidence.cue) {
                if relative_who_joined(words, at) {
                    return finding("relative clause", "who … and");
                }
            }
            if mandate_cited(words, &decision.evidence.cue) {
                return finding("background", "pursuant to … resolution");
            }
            if let Some(parties) = joint_stance(words, &decision.evidence.cue, rules) {
                return finding("joint stance", parties);
            }
            if prison_term_sought(words, &decision.evidence.cue) {
                return finding("prosecution's demand", "sentence … to");
            }
            // "The experts asked the authorities to explain …", "… asked the Government to
            // provide details of …": a question, an account asked for.
            if let Some(account) = asked_for_account(words, &decision.evidence.cue, rules) {
                return finding("question", &account);
            }
            // (Only a call in the past tense: "In 2024, we urge …" asks now.)
            let verb = decision.evidence.cue.split(' ').next().unwrap_or_default();
            // ("… the EU expressed its hope that Turkmenistan would …": a hope backshifted to
            // "would" is told in the past.)
            let backshifted_hope = decision.evidence.cue.ends_with("… would");
            if verb.ends_with("ed") || backshifted_hope {
                if let Some(opening) = background_opening(words, rules) {
                    return finding("background", opening);
                }
                if past_perfect(words, verb) {
                    return finding("background", &format!("had {verb}"));
                }
                if let Some(adverb) = sequence_adverb(words, verb, rules) {
                    return finding("background", &format!("{adverb} {verb}"));
                }
            } else if told_by_participle(words, &decision.evidence.cue) {
                // "In July 2016, seven members of Congress sent a letter … urging his
                // release": a participle's call in a sentence dated by a past year is history
                // too ("In 2024, we are urging …" is a progressive and asks now).
                if let Some(opening) = background_opening(words, rules) {
                    return finding("background", opening);
                }
            }
        }
        "obligation" => {
            // "The government has an obligation to respect and facilitate the right to …": the
            // law stated, no act asked for.
            if let Some(law) = statement_of_law(words, &decision.evidence.cue) {
                return finding("statement of law", &law);
            }
            if let Some(steps) = legislative_procedure(words, &decision.evidence.cue) {
                return finding("procedure", &steps);
            }
            // "Some in the EU have argued that the sanctions … should be dropped": a view of
            // unnamed others, weighed by the text.
            if let Some(verb) = others_view(words, rules) {
                return finding("others' view", &verb);
            }
            if purpose_maxim(words, &decision.evidence.cue, rules) {
                return finding("maxim", &decision.evidence.cue);
            }
            if concessive_thing(words, &decision.evidence.cue, rules) {
                return finding("thing's obligation", &decision.evidence.cue);
            }
            if let Some(noun) = steps_as_topic(words, &decision.evidence.cue) {
                return finding("topic", &format!("the {noun} … should take"));
            }
            if let Some(praise) = praised(words, rules) {
                return finding("praise", praise);
            }
            if let Some(reported) = speakers_own_obligation(words, rules) {
                return finding("speaker's own", &reported);
            }
            if let Some(ruling) = court_ruling(words, rules) {
                return finding("court's ruling", &ruling);
            }
            if let Some(provision) = law_provides(words, rules) {
                return finding("law's content", &provision);
            }
        }
        _ => {}
    }
    Some(decision)
}

/// "That is why we have urged …", "And this is why we call on …": the index of "why" when the
/// sentence opens (past "and"/"but"/"so") with "that"/"this" and "is"/"was" before it.
fn why_opening(words: &Words<'_>) -> Option<usize> {
    let mut k = 0;
    while words
        .clean_at(k)
        .is_some_and(|w| matches!(w, "and" | "but" | "so"))
    {
        k += 1;
    }
    (matches!(words.clean_at(k), Some("that" | "this"))
        && matches!(words.clean_at(k + 1), Some("is" | "was"))
        && words.clean_at(k + 2) == Some("why")
        && k + 3 < words.raw.len())
    .then_some(k + 2)
}

/// A resolution's preambular recital: the sentence opens with a `preamble_participles` entry
/// (capitalised), perhaps "further"/"also", then "that". Returns the participle.
fn preamble_recital<'r>(words: &Words<'_>, rules: &'r ImportRules) -> Option<&'r str> {
    let first = words.clean_at(0)?;
    if !words.raw[0].starts_with(char::is_uppercase) {
        return None;
    }
    let participle = rules
        .text
        .preamble_participles
        .iter()
        .find(|p| p.as_str() == first)?;
    let mut k = 1;
    if matches!(words.clean_at(k), Some("further" | "also")) {
        k += 1;
    }
    (words.clean_at(k) == Some("that")).then_some(participle.as_str())
}

/// Most words between a polite phrase's "if" and its "you".
const POLITE_REQUEST_REACH: usize = 3;

/// "We would be most grateful if you are able to raise these concerns …", "We would
/// appreciate it if you could …": gratitude on the condition that the reader act (a
/// `polite_request_phrases` entry right before "if", then "you" within a few words and a
/// verb after it) is a request addressed to the reader. Returns the cue shown.
fn polite_request(words: &Words<'_>, rules: &ImportRules) -> Option<String> {
    (1..words.raw.len()).find_map(|k| {
        if words.clean[k] != "if" || words.raw[k - 1].ends_with([',', ';', '.', ':']) {
            return None;
        }
        let phrase = rules.text.polite_request_phrases.iter().find(|p| {
            let n = p.split(' ').count();
            k >= n
                && p.split(' ')
                    .zip(&words.clean[k - n..k])
                    .all(|(a, b)| a == b.as_ref())
        })?;
        let you = (k + 1..words.raw.len().min(k + 1 + POLITE_REQUEST_REACH))
            .find(|&j| words.clean[j] == "you")?;
        (you + 1 < words.raw.len() && !words.raw[you].ends_with([',', ';', '.', ':', '?', '!']))
            .then(|| format!("{phrase} if you"))
    })
}

/// Most words between a hope's "for" and its "to".
const HOPE_FOR_MAX_WORDS: usize = 8;

/// "FIDH expresses its hopes for the general discussion to consider …": a hope told by its
/// noun (after a possessive or "the"), "for" whom it is of and "to" a command's verb asks
/// that one to act (not "hope for a better future", no "to"). Returns the cue shown.
fn hope_for_to(words: &Words<'_>) -> Option<String> {
    (1..words.raw.len().saturating_sub(2)).find_map(|k| {
        let hope = &*words.clean[k];
        if !matches!(hope, "hope" | "hopes")
            || !matches!(
                words.clean[k - 1].as_ref(),
                "its" | "our" | "their" | "his" | "her" | "my" | "the"
            )
            || words.clean[k + 1] != "for"
        {
            return None;
        }
        let end = words.raw.len().min(k + 2 + HOPE_FOR_MAX_WORDS);
        (k + 2..end)
            .take_while(|&j| !words.raw[j - 1].ends_with([',', ';', '.', ':']))
            .find(|&j| words.clean[j] == "to")
            .filter(|&to| to > k + 2 && words.imperative(to + 1))
            .map(|_| format!("{hope} for … to"))
    })
}

/// "… names three issues that we wish you to raise in your talks …", "… five cases that we also
/// urge you to discuss with the delegation": the speaker's own call inside a relative clause
/// ("that"/"which", then "we"/"I", adverbs, and a recommending verb in the present with its
/// object, or "wish"/"want" and "you to"), however the main clause reads.
fn relative_speaker_call(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    // (Only a sentence holding a clause word and a recommending verb or "wish"/"want" can make
    // one: most sentences are not walked.)
    let wish = |k: usize| matches!(words.clean_at(k), Some("wish" | "want"));
    let n = words.raw.len();
    if !words.holds_fixed(CLAUSE) || (!words.holds(CueList::RecommendingVerbs) && !(0..n).any(wish))
    {
        return None;
    }
    (1..n.saturating_sub(2)).find_map(|k| {
        if !matches!(words.clean[k].as_ref(), "that" | "which")
            || !matches!(words.clean_at(k + 1), Some("we" | "i"))
            || words.raw[k - 1].ends_with(['.', ';', ':'])
        {
            return None;
        }
        let mut v = k + 2;
        while v < n && v < k + 4 && words.skip(v) {
            v += 1;
        }
        if wish(v) && words.clean_at(v + 1) == Some("you") && words.clean_at(v + 2) == Some("to") {
            let cue = words.clean[v..v + 3].join(" ");
            return Some(Decision {
                kind: ItemKind::Recommendation,
                evidence: KindEvidence::new("recommending verb", &cue),
                addressee: None,
            });
        }
        // (Not a past call: "… the concerns that we urged him to raise last year" is told.)
        let (verb, len) = words
            .any_at(v, CueList::RecommendingVerbs)
            .filter(|(verb, _)| !verb.split(' ').next().is_some_and(|w| w.ends_with("ed")))?;
        has_object(words, v + len, verb, rules).then(|| Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending verb", verb),
            addressee: None,
        })
    })
}

/// Most capitalised words of a name opening with a command's verb ([`named_subject_from`]).
const VERB_NAME_MAX_WORDS: usize = 5;

/// Whether the word at `start` opens a name that is the sentence's subject, though it is a
/// command's verb: capitalised words follow it, and then, with no comma between, a verb of
/// the subject (a recommending verb, a form of "be" or "have", "said"/"says"): "Free Russia
/// Foundation has called on …", "Free Voices urged …". ("Release Azimjan Askarov and drop the
/// charges" commands: "and" follows the name.)
fn named_subject_from(words: &Words<'_>, start: usize) -> bool {
    let capital = |k: usize| {
        words
            .raw
            .get(k)
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    if !capital(start) || !capital(start + 1) {
        return false;
    }
    let end = (start + 1..words.raw.len().min(start + 2 + VERB_NAME_MAX_WORDS))
        .find(|&k| !capital(k) || words.raw[k - 1].ends_with([',', ';', ':', '.']))
        .unwrap_or(words.raw.len());
    end < words.raw.len()
        && !words.raw[end - 1].ends_with([',', ';', ':', '.'])
        && (words.any_at(end, CueList::RecommendingVerbs).is_some()
            || matches!(
                words.clean[end].as_ref(),
                "has" | "have" | "is" | "are" | "was" | "were" | "said" | "says"
            ))
}

/// Words back from a call's "and" within which a relative clause's "who" is looked for.
const RELATIVE_WHO_REACH: usize = 12;

/// Whether the call at word `at` follows "and" that joins it to the verb of a relative clause
/// opened by "who" within [`RELATIVE_WHO_REACH`] words, with no comma, semicolon or colon
/// between ("… activists who criticize government policies and advocate for human rights").
fn relative_who_joined(words: &Words<'_>, at: usize) -> bool {
    if at < 3 || words.clean[at - 1] != "and" {
        return false;
    }
    let and = at - 1;
    let Some(who) = (and.saturating_sub(RELATIVE_WHO_REACH)..and)
        .rev()
        .find(|&k| words.clean[k] == "who")
    else {
        return false;
    };
    who + 1 < and
        && !words.raw[who..and]
            .iter()
            .any(|w| w.ends_with([',', ';', ':']))
}

/// Words after a verb of asking within which its "to" is looked for ("asked the Russian
/// authorities to …").
const ASKED_ACCOUNT_REACH: usize = 10;

/// The word opening a direct question (a sentence ending in "?" that opens with a question
/// word or an auxiliary: "What would you recommend …?", "Would the delegation …?"), read as a
/// question put to a speaker (the rule `question`). Not "Why": "Why should they stay in jail?"
/// asks for nothing to be said.
fn direct_question<'w>(words: &'w Words<'_>) -> Option<&'w str> {
    let asks = words.raw.last().is_some_and(|w| {
        w.trim_end_matches(['"', '”', '»', '\'', '’', ')'])
            .ends_with('?')
    });
    if !asks {
        return None;
    }
    // (After the speaker addressed, "Madam Special Rapporteur, what …?", or "Finally," /
    // "And …".)
    let vocative = words
        .raw
        .iter()
        .take(QUESTION_VOCATIVE_MAX_WORDS + 1)
        .position(|w| w.ends_with(','))
        .map_or(0, |k| k + 1);
    let first = [0, vocative]
        .into_iter()
        .map(|k| match words.clean_at(k) {
            Some("and" | "so" | "also") => k + 1,
            _ => k,
        })
        .filter_map(|k| words.clean_at(k))
        .find(|w| QUESTION_OPENINGS.contains(w))?;
    Some(first)
}

/// Most words of the address before a question ("Madam Special Rapporteur,").
const QUESTION_VOCATIVE_MAX_WORDS: usize = 4;

/// Words that open a direct question ([`direct_question`]).
const QUESTION_OPENINGS: &[&str] = &[
    "what", "which", "how", "when", "where", "who", "whom", "whose", "would", "could", "can", "do",
    "does", "did", "will", "is", "are", "has", "have",
];

/// A question put to an actor (the rule `question`): a verb of asking ("ask", "asks", "asked",
/// "asking"), its object, then "about" ("The document also asks the authorities about the
/// measures …") or a question's word ("why", "whether", "how", "what", "when": "… asking the
/// ministry why it had failed to …"), or "to" within [`ASKED_ACCOUNT_REACH`] words and an account asked for:
/// one of `account_verbs` ("The experts asked the authorities to explain the legal grounds for
/// …"), or one of `account_giving_verbs` with an `account_nouns` entry within four words after it
/// ("… asked the Russian authorities to provide 'legal and factual basis' for …"). The
/// infinitive, when so. "… asked Kazakhstan to provide shelter …" asks an act.
fn asked_for_account(words: &Words<'_>, cue: &str, rules: &ImportRules) -> Option<String> {
    if !matches!(cue, "ask" | "asks" | "asked" | "asking") {
        return None;
    }
    let verb = cue_index(words, cue)?;
    let end = words.raw.len().min(verb + 1 + ASKED_ACCOUNT_REACH);
    let to = (verb + 1..end)
        .take_while(|&k| !words.raw[k - 1].ends_with([';', '.', ':', '?', '!']))
        .find(|&k| {
            matches!(
                words.clean[k].as_ref(),
                "to" | "about" | "why" | "whether" | "how" | "what" | "when"
            )
        })?;
    // "The document also asks the authorities about the measures taken …", "… asking the
    // ministry why it had failed to …": a question.
    if words.clean[to] != "to" {
        return Some(words.clean[to].to_string());
    }
    let mut inf = to + 1;
    while inf < words.raw.len() && words.skip(inf) {
        inf += 1;
    }
    if let Some(v) = rules
        .text
        .account_verbs
        .iter()
        .find(|v| words.phrase_at(inf, v).is_some())
    {
        return Some(v.clone());
    }
    let giving = words.clean_at(inf)?;
    if !has(&rules.text.account_giving_verbs, giving) || words.raw[inf].ends_with([',', ';', '.']) {
        return None;
    }
    (inf + 1..words.raw.len().min(inf + 5))
        .take_while(|&k| !words.raw[k - 1].ends_with([',', ';', '.', ':', '?', '!']))
        .find(|&k| has(&rules.text.account_nouns, &words.clean[k]))
        .map(|k| format!("{giving} … {}", words.clean[k]))
}

/// Words of a sentence searched for the reader ("you") its tip addresses.
const READER_TIP_REACH: usize = 12;

/// "You can read whichever you prefer", "We invite you to familiarize yourself with …": "you"
/// (or "readers"), a modal or "to", then one of `reader_verbs` near the sentence's start: the
/// page tells its reader what to do with it. The reader verb, when so.
fn reader_tip<'r>(words: &Words<'_>, rules: &'r ImportRules) -> Option<&'r str> {
    (0..words.raw.len().min(READER_TIP_REACH)).find_map(|k| {
        if !matches!(words.clean[k].as_ref(), "you" | "readers") {
            return None;
        }
        let verb = (k + 1..words.raw.len().min(k + 4)).find(|&j| {
            !matches!(
                words.clean[j].as_ref(),
                "can" | "may" | "could" | "might" | "should" | "to" | "also" | "please" | "first"
            )
        })?;
        rules
            .text
            .reader_verbs
            .iter()
            .find(|v| **v == words.clean[verb])
            .map(String::as_str)
    })
}

/// "… we are asking for your assistance.", "We appeal for your support.": "for your" and one of
/// `plea_nouns` ending the sentence, which names no action (not "… for your assistance in
/// assuring that …"). The noun, when so.
fn bare_plea<'r>(words: &Words<'_>, rules: &'r ImportRules) -> Option<&'r str> {
    let n = words.raw.len();
    if n < 3 || words.clean[n - 3] != "for" || words.clean[n - 2] != "your" {
        return None;
    }
    rules
        .text
        .plea_nouns
        .iter()
        .find(|p| **p == words.clean[n - 1])
        .map(String::as_str)
}

/// "In October 2012, the city court ruled that the association should be closed …", "The
/// Supreme Court decided that the party must be banned": an obligation inside the that-clause
/// of a court's or a judge's ruling (`court_nouns` before one of `ruling_verbs`) tells what the
/// court decided, no call on an actor. ("The group said that the court must overturn the
/// ruling" calls on the court.) The ruling verb and "that", when so.
fn court_ruling(words: &Words<'_>, rules: &ImportRules) -> Option<String> {
    let first_obligation = (0..words.raw.len()).find(|&k| words.obligation_at(k).is_some())?;
    let mut that = (1..first_obligation)
        .rev()
        .find(|&k| words.clean[k] == "that")?;
    // ("… will conclude that his rights have been violated and that he should be released":
    // a second that-clause joined by "and that" belongs to the first one's verb.)
    while that > 1 && words.clean[that - 1] == "and" {
        match (1..that - 1).rev().find(|&k| words.clean[k] == "that") {
            Some(t) => that = t,
            None => break,
        }
    }
    // ("… a court in Almaty ruled last week that his sentence must be toughened": a time of up
    // to three words between the ruling verb and its "that".)
    let mut v = that - 1;
    while v > 0
        && that - v <= RULING_TIME_WORDS
        && (time_word(&words.clean[v])
            || matches!(
                words.clean[v].as_ref(),
                "last" | "week" | "month" | "year" | "on" | "this" | "earlier" | "later"
            ))
    {
        v -= 1;
    }
    let verb = if has(&rules.text.ruling_verbs, &words.clean[v]) {
        &*words.clean[v]
    } else {
        &*words.clean[that - 1]
    };
    // "We are confident that the Working Group will conclude that he should be released": a
    // ruling foretold ("will"/"would" and the verb's plain form) tells what someone is
    // expected to decide, whoever decides it.
    let foretold = that >= 2
        && FORETOLD_RULINGS.contains(&verb)
        && matches!(words.clean[that - 2].as_ref(), "will" | "would");
    ((has(&rules.text.ruling_verbs, verb)
        && words.clean[..that - 1]
            .iter()
            .any(|w| has(&rules.text.court_nouns, w)))
        || foretold)
        .then(|| format!("{verb} that"))
}

/// Adjectives that name a text legal ("its constitutional framework", "the legal provisions"),
/// read by [`law_provides`] before the subject's head.
const LEGAL_ADJECTIVES: &[&str] = &["constitutional", "legal", "legislative", "criminal"];

/// Words of a law's name after its head and "of" ("Code of Criminal Procedure").
const LAW_NAME_WORDS: usize = 4;

/// Heads that a legal adjective makes a law's text ("framework", "provisions"; not "the legal
/// team").
const LEGAL_HEADS: &[&str] = &["framework", "provision", "provisions", "norms", "order"];

/// "The Criminal Procedural Code provides that an official body should not investigate …", "…,
/// and its constitutional framework stresses that domestic legislation must comply with …": an
/// obligation inside the that-clause of a law's verb of providing (`provision_verbs`, past
/// adverbs after the subject), whose subject's head right before it is one of
/// `legislation_nouns`, or one of [`LEGAL_HEADS`] after one of [`LEGAL_ADJECTIVES`], tells
/// what the law says, no
/// call on an actor ("HRW stressed that the law must be repealed" calls). The verb and "that",
/// when so.
fn law_provides(words: &Words<'_>, rules: &ImportRules) -> Option<String> {
    let first_obligation = (0..words.raw.len()).find(|&k| words.obligation_at(k).is_some())?;
    let that = (1..first_obligation)
        .rev()
        .find(|&k| words.clean[k] == "that")?;
    let verb = that - 1;
    if !has(&rules.text.provision_verbs, &words.clean[verb]) {
        return None;
    }
    let head = (0..verb)
        .rev()
        .find(|&k| !words.skip(k) && !words.clean[k].ends_with("ly"))?;
    // ("The Code of Criminal Procedure provides that …": the head before a capitalised name's
    // "of" phrase.)
    let named_head = (head.saturating_sub(LAW_NAME_WORDS)..head)
        .rev()
        .find(|&j| {
            words.clean[j + 1] == "of"
                && (j + 2..=head).all(|k| words.raw[k].starts_with(|c: char| c.is_uppercase()))
        });
    let legal = has(&rules.text.legislation_nouns, &words.clean[head])
        || named_head.is_some_and(|j| has(&rules.text.legislation_nouns, &words.clean[j]))
        || (LEGAL_HEADS.contains(&&*words.clean[head])
            && head
                .checked_sub(1)
                .is_some_and(|a| LEGAL_ADJECTIVES.contains(&&*words.clean[a])));
    legal.then(|| format!("{} that", words.clean[verb]))
}

/// Most words of a time between a ruling's verb and its "that" ("ruled last week that").
const RULING_TIME_WORDS: usize = 3;

/// Plain forms of a ruling's verbs, read after "will"/"would" by [`court_ruling`].
const FORETOLD_RULINGS: &[&str] = &["conclude", "find", "rule", "decide", "determine", "hold"];

/// "Karimov, who is 77 …, says he has to be tough to prevent …": every obligation of the
/// sentence has for subject the pronoun right after one of `reporting_verbs` (past "that"),
/// and its verb is active: the speaker's view of what he himself must do, no call on an actor.
/// ("The rapporteur said he must be released": the passive asks for an action.) The
/// reporting verb and the pronoun, when so.
fn speakers_own_obligation(words: &Words<'_>, rules: &ImportRules) -> Option<String> {
    // (Most obliging sentences name no "he"/"she": their words are not read for obligations
    // again.)
    if !words
        .clean
        .iter()
        .any(|w| matches!(w.as_ref(), "he" | "she"))
    {
        return None;
    }
    let mut found = None;
    for k in 1..words.raw.len() {
        let Some((_, n)) = words.obligation_at(k) else {
            continue;
        };
        let pronoun = &*words.clean[k - 1];
        if !matches!(pronoun, "he" | "she") {
            return None;
        }
        let mut verb = k.checked_sub(2)?;
        if words.clean[verb] == "that" {
            verb = verb.checked_sub(1)?;
        }
        if !has(&rules.text.reporting_verbs, &words.clean[verb]) {
            return None;
        }
        // (A passive, "must be released", asks someone to act on him.)
        let next = (k + n..words.raw.len()).find(|&j| !words.skip(j) && words.clean[j] != "not");
        let passive = next.is_some_and(|j| passive_at(words, j));
        if passive {
            return None;
        }
        found = Some(format!("{} {pronoun}", words.clean[verb]));
    }
    found
}

/// A call in a sentence no cue decided: "The message is clear: It is time for the States to
/// act!" (an impersonal necessity or a `recommending_openings` entry after a colon and a
/// capital) and "… and the need to prosecute perpetrators … was stressed" ([`need_in_passive`]).
/// Words after a call's noun within which its "to" is looked for ("calls from around the world
/// to act …").
const RECEIVED_CALL_REACH: usize = 8;

/// "The government of Kazakhstan, which …, heard calls from around the world to act quickly",
/// "The Tajik government faces growing calls from abroad to release …": a subject naming an actor
/// (up to its first comma), then one of `call_receiving_verbs`, a modifier or two, a call's noun
/// ([`RECEIVED_CALL_NOUNS`]), and within [`RECEIVED_CALL_REACH`] words "to" and a command's verb (or
/// "act"). The actor
/// is asked to act, the addressee; "A singer received calls from fans to perform …" names no
/// actor.
fn received_call(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    if !words.holds_fixed(CALL_NOUN) {
        return None;
    }
    let n = words.raw.len();
    let noun = (2..n).find(|&k| words.in_list(k, CALL_NOUN))?;
    let verb = (noun.saturating_sub(3)..noun)
        .find(|&k| has(&rules.text.call_receiving_verbs, &words.clean[k]))?;
    let to = (noun + 1..n.min(noun + 1 + RECEIVED_CALL_REACH))
        .take_while(|&k| !words.raw[k - 1].ends_with([';', '.', ':', '?', '!']))
        .find(|&k| words.clean[k] == "to")?;
    let mut v = to + 1;
    while v < n && words.skip(v) {
        v += 1;
    }
    // ("… to act quickly": action itself asked for.)
    if !words.imperative(v) && words.clean_at(v) != Some("act") {
        return None;
    }
    let subject_end = (0..verb)
        .find(|&k| words.raw[k].ends_with(','))
        .map_or(verb, |k| k + 1);
    if !(0..subject_end).any(|k| is_actor(&words.clean[k], rules)) {
        return None;
    }
    let addressee = words.raw[..subject_end]
        .join(" ")
        .trim_end_matches(',')
        .to_string();
    Some(Decision {
        kind: ItemKind::Recommendation,
        evidence: KindEvidence::new(
            "recommending verb",
            format!("{} {} … to", words.clean[verb], words.clean[noun]),
        ),
        addressee: Some(addressee),
    })
}

fn late_call(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    let late = words.late.quotes(words.text);
    let after_colon = (1..words.raw.len())
        .filter(|_| late.colon)
        .find(|&k| words.raw[k - 1].ends_with(':'))
        .filter(|&k| {
            words.raw[k]
                .trim_start_matches(['“', '"', '«', '‘'])
                .starts_with(char::is_uppercase)
        })
        .and_then(|k| {
            impersonal_necessity(words, k, rules).or_else(|| {
                words
                    .any_at(k, CueList::RecommendingOpenings)
                    .filter(|(o, n)| {
                        !(o.ends_with(" for")
                            && matches!(words.clean_at(k + n), Some("us" | "me" | "ourselves")))
                    })
                    .map(|(o, _)| o.to_string())
            })
        });
    // "… have limited opportunities to influence the situation, but it is important that they
    // seek to use what leverage they have …", "Reports say over forty people were killed in the
    // clashes and it is vital that police show restraint …": an impersonal necessity after
    // "but" or "and" asks.
    let after_joiner = if words.holds_fixed(BUT) || words.holds_fixed(JOINER) {
        words.raw.len()
    } else {
        0
    };
    let after_colon = after_colon
        .or_else(|| {
            (2..after_joiner)
                .filter(|&k| matches!(words.clean[k - 1].as_ref(), "but" | "and"))
                .find_map(|k| impersonal_necessity(words, k, rules))
        })
        // "The Secretary of State said on Wednesday it was important to fully investigate …":
        // a necessity reported right after a verb of saying, backshifted to "was".
        .or_else(|| {
            (1..words.raw.len().saturating_sub(1))
                .filter(|&k| words.clean[k] == "it" && words.clean[k + 1] == "was")
                .find_map(|k| impersonal_necessity(words, k, rules))
        });
    if let Some(opening) = after_colon {
        return Some(Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending opening", &opening),
            addressee: None,
        });
    }
    // "Those who have worked for years to defend the rights of others, lawyers and reporters
    // among them: they must not be harmed.": a clause after a colon, opening with its own
    // subject (a pronoun, a determiner, a name), that obliges or calls is the sentence's
    // call, the words before the colon naming whom it concerns.
    if late.colon_space {
        let clause = (2..words.raw.len().saturating_sub(2)).find(|&k| {
            words.raw[k - 1].ends_with(':')
                && (CLAUSE_SUBJECT_OPENINGS.contains(&&*words.clean[k])
                    || matches!(words.clean[k].as_ref(), "he" | "she" | "it")
                    || words.raw[k].starts_with(char::is_uppercase))
        });
        if let Some(inner) = clause.and_then(|k| sentence_of(&words.from(k), rules)) {
            if inner.kind == ItemKind::Recommendation
                && matches!(
                    inner.evidence.rule.as_str(),
                    "obligation" | "recommending verb"
                )
            {
                return Some(inner);
            }
        }
    }
    if let Some(call) = passive_call_by(words, rules) {
        return Some(Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending verb", &call),
            addressee: None,
        });
    }
    if let Some(call) = reported_clause_call(words, rules) {
        return Some(call);
    }
    if let Some(call) =
        with_actor_calling(words, rules).or_else(|| steps_would_include(words, rules))
    {
        return Some(Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending verb", &call),
            addressee: None,
        });
    }
    late_need(words, rules)
        .or_else(|| best_way_call(words, rules))
        .or_else(|| late_importance(words, rules))
        .or_else(|| quotation_after_colon(words, rules))
        .or_else(|| polite_or_hoped(words, rules))
        .or_else(|| demand_content(words))
        .or_else(|| stressing_participle_call(words, 1, rules))
        .or_else(|| conditional_wish(words))
        .or_else(|| occasion_call(words, rules))
}

/// Most words between an occasion's article and its noun ("a rare opportunity").
const OCCASION_MODIFIERS_MAX: usize = 3;
/// Most words of whom an occasion is for, up to its "to" ("for the European Union to").
const OCCASION_FOR_MAX_WORDS: usize = 6;

/// "The envoy's visit is a rare opportunity for the European Union to press for …", "The
/// review will be a chance for him to explain …": an occasion (`occasion_nouns`) told in the
/// present or the future ("is"/"are"/"remains", "will be"/"would be", then "a"/"an" and at most
/// [`OCCASION_MODIFIERS_MAX`] words) for an actor (an `actor_nouns` entry, a pronoun other than
/// the speaker's, a country) to do something ("to" and a verb): the text asks the actor to
/// seize it. Told in the past ("was an opportunity for participants to …"), given by a
/// mechanism ("provides an opportunity for each country to …") or for the speaker itself ("for
/// us to thank …") it asks nothing.
fn occasion_call(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    // (A sentence without an occasion's noun is passed at once, by its bit.)
    if !words.holds_fixed(OCCASION) {
        return None;
    }
    let n = words.raw.len();
    let noun = (2..n.saturating_sub(3)).find(|&k| {
        words.in_list(k, OCCASION)
            && words.clean[k + 1] == "for"
            && !words.raw[k].ends_with([',', ';', ':'])
    })?;
    let article = (noun.saturating_sub(OCCASION_MODIFIERS_MAX + 1)..noun)
        .rev()
        .find(|&j| matches!(words.clean[j].as_ref(), "a" | "an"))
        .filter(|&j| j > 0 && !(j..noun).any(|m| words.raw[m].ends_with(',')))?;
    let copula = match words.clean[article - 1].as_ref() {
        "is" | "are" | "remains" => true,
        "be" => article > 1 && matches!(words.clean[article - 2].as_ref(), "will" | "would"),
        _ => false,
    };
    if !copula {
        return None;
    }
    let to =
        (noun + 2..n.min(noun + 2 + OCCASION_FOR_MAX_WORDS)).find(|&j| words.clean[j] == "to")?;
    let actor = (noun + 2..to).any(|j| {
        let w = words.clean[j].as_ref();
        !matches!(w, "us" | "we" | "me" | "ourselves") && is_actor(w, rules)
    });
    let verb = words
        .raw
        .get(to + 1)
        .is_some_and(|v| v.starts_with(|c: char| c.is_ascii_lowercase()));
    // ("… a golden opportunity for Turkmenistan's leadership to show it is ready to …": a
    // chance to show a will or a stance, not an act asked for.)
    let showing = words
        .clean_at(to + 1)
        .is_some_and(|v| matches!(v, "show" | "demonstrate" | "prove" | "signal"))
        && words
            .clean_at(to + 2)
            .is_some_and(|w| matches!(w, "it" | "that" | "they" | "its" | "their"));
    (actor && verb && !showing).then(|| Decision {
        kind: ItemKind::Recommendation,
        evidence: KindEvidence::new("occasion", format!("{} for", words.clean[noun])),
        addressee: None,
    })
}

/// Most words from a relative clause's call to its "to" ("urge the Secretary of State to").
const RELATIVE_CALL_OBJECT_MAX_WORDS: usize = 6;

/// "These are some key concerns that we urge Kerry to raise with his counterparts": the
/// speaker's own call in the present in a relative clause ("that"/"which", then "we"/"I" and a
/// recommending verb not in the past) on an actor named before its "to" asks that actor.
/// Returns the verb.
fn relative_own_call<'a>(words: &Words<'a>, rules: &ImportRules) -> Option<&'a str> {
    if !words.holds(CueList::RecommendingVerbs) || !words.holds_fixed(WE_OR_I) {
        return None;
    }
    (1..words.raw.len().saturating_sub(3)).find_map(|k| {
        if !matches!(words.clean[k].as_ref(), "that" | "which")
            || !matches!(words.clean[k + 1].as_ref(), "we" | "i")
        {
            return None;
        }
        let (verb, n) = words.any_at(k + 2, CueList::RecommendingVerbs)?;
        let from = k + 2 + n;
        // (Whom it asks: an actor, or a name or a pronoun right before "to".)
        let to = (from + 1..words.raw.len().min(from + RELATIVE_CALL_OBJECT_MAX_WORDS))
            .find(|&t| words.clean[t] == "to")?;
        let named = object_names_actor(words, from, rules)
            || words.raw[from].starts_with(char::is_uppercase)
            || matches!(words.clean[from].as_ref(), "you" | "them" | "him" | "her");
        (!verb.ends_with("ed") && !verb.contains(' ') && named && words.imperative(to + 1))
            .then_some(verb)
    })
}

/// [`polite_request`] or [`hope_for_to`] as a decision, else [`joined_need`].
fn polite_or_hoped(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    if let Some(verb) = relative_own_call(words, rules) {
        return Some(Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending verb", verb),
            addressee: None,
        });
    }
    if !words.holds_fixed(LATE_RARE) {
        return None;
    }
    polite_request(words, rules)
        .or_else(|| hope_for_to(words))
        .map(|cue| Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending verb", &cue),
            addressee: None,
        })
        .or_else(|| joined_need(words, rules))
}

/// "However, there has been no significant change in the use of torture, and fundamental
/// reform to policies and practices is needed if torture is to be eradicated": a need stated
/// in the passive in a clause after ", and"/", but" with a subject of its own decides the
/// sentence, as it does opening one (the clause read alone; only its stated need counts).
fn joined_need(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    if !words
        .clean
        .iter()
        .any(|w| matches!(w.as_ref(), "needed" | "required"))
    {
        return None;
    }
    (2..words.raw.len().saturating_sub(3)).find_map(|k| {
        if !words.raw[k - 1].ends_with(',') || !matches!(words.clean[k].as_ref(), "and" | "but") {
            return None;
        }
        let clause = words.from(k + 1);
        let i = (1..clause.raw.len())
            .find(|&i| matches!(clause.clean[i].as_ref(), "needed" | "required"))?;
        if clause.clean[..i]
            .iter()
            .any(|w| has(&rules.text.enforcer_nouns, w))
        {
            return None;
        }
        stated_need(&clause, i, rules).map(|cue| Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending verb", &cue),
            addressee: None,
        })
    })
}

/// Adjectives of a wish told in the conditional ("it would be helpful if …").
const WISH_ADJECTIVES: &[&str] = &[
    "helpful",
    "useful",
    "good",
    "welcome",
    "desirable",
    "better",
    "appropriate",
    "wise",
];

/// "…, and it would be definitely very helpful if these lists were no longer needed and if all
/// persons released were fully rehabilitated", "It would be welcome if the authorities allowed
/// …": "it would be", adverbs, an adjective of a wish ([`WISH_ADJECTIVES`]), then "if" and a
/// clause is a polite request for what the clause names, anywhere in the sentence.
fn conditional_wish(words: &Words<'_>) -> Option<Decision> {
    // (Most sentences hold no "if", a clause word, and most texts no "would be": the text is
    // searched once.)
    if !words.holds_fixed(CLAUSE)
        || !words.holds_fixed(WOULD)
        || !LateCells::holds(&words.late.would_be, &WOULD_BE, words.text)
    {
        return None;
    }
    let n = words.raw.len();
    let at = (0..n.saturating_sub(4)).find(|&k| {
        words.clean[k] == "it" && words.clean[k + 1] == "would" && words.clean[k + 2] == "be"
    })?;
    let mut k = at + 3;
    while k < n
        && (words.skip(k)
            || DEGREE_ADVERBS.contains(&&*words.clean[k])
            || words.clean[k].ends_with("ly"))
    {
        k += 1;
    }
    let adjective = words.clean_at(k)?;
    (WISH_ADJECTIVES.contains(&adjective) && words.clean_at(k + 1) == Some("if") && k + 2 < n).then(
        || Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new(
                "recommending opening",
                format!("it would be {adjective} if"),
            ),
            addressee: None,
        },
    )
}

/// Most words between a demand's determiner and its noun ("Their two main demands").
const DEMAND_MODIFIERS_MAX: usize = 2;

/// "Those demands are, that all journalists … be freed, that …", "Their main demand was to
/// release the detainees": a sentence whose subject is a noun of demand (a determiner, at most
/// [`DEMAND_MODIFIERS_MAX`] words, then "demand(s)", "request(s)" or "call(s)"), "is"/"are"/
/// "was"/"were", then "that" and a clause or "to" and a command's verb tells what the demand
/// asks.
fn demand_content(words: &Words<'_>) -> Option<Decision> {
    if !matches!(
        words.clean_at(0)?,
        "those" | "these" | "their" | "the" | "its" | "his" | "her" | "our" | "my"
    ) {
        return None;
    }
    let noun = (1..=1 + DEMAND_MODIFIERS_MAX).find(|&k| {
        words.clean_at(k).is_some_and(|w| {
            matches!(
                w,
                "demand" | "demands" | "request" | "requests" | "call" | "calls"
            )
        })
    })?;
    if !matches!(words.clean_at(noun + 1)?, "is" | "are" | "was" | "were") {
        return None;
    }
    let asks = match words.clean_at(noun + 2)? {
        "that" => words.clean_at(noun + 3).is_some(),
        "to" => words.imperative(noun + 3),
        _ => false,
    };
    asks.then(|| Decision {
        kind: ItemKind::Recommendation,
        evidence: KindEvidence::new(
            "recommending verb",
            format!(
                "{} {} {}",
                words.clean[noun],
                words.clean[noun + 1],
                words.clean[noun + 2]
            ),
        ),
        addressee: None,
    })
}

/// "«We are worried about …,» X told the radio: «The United Nations must solve this problem
/// …»": a quotation opened after a colon (a quotation mark, then a capital) is the speaker's
/// own sentence; when it calls, the call decides, whatever the words before the colon told (a
/// finding phrase attributing an earlier quotation).
fn quotation_after_colon(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    // (Most texts hold no colon or comma before a quotation mark: the text is searched once.)
    let late = words.late.quotes(words.text);
    if !late.colon_quote && !late.comma_quote {
        return None;
    }
    // ("Isa continued by saying that, “It will be critical that all states …”", "X said, “…”":
    // after a comma, a verb of saying or its "that" opens the quotation as a colon does.)
    let opens = |k: usize| {
        words.raw[k - 1].ends_with(':')
            || (words.raw[k - 1].ends_with(',')
                && (words.clean[k - 1] == "that"
                    || has(&rules.text.reporting_verbs, &words.clean[k - 1])))
    };
    let k = (1..words.raw.len()).find(|&k| {
        opens(k)
            && words.raw[k].starts_with(['«', '“', '"'])
            && words.raw[k]
                .trim_start_matches(['«', '“', '"'])
                .starts_with(char::is_uppercase)
    })?;
    let inner = sentence_of(&words.from(k), rules)?;
    (inner.kind == ItemKind::Recommendation).then_some(inner)
}

/// Most words between "the best way" and the "is to" that says what that way is.
const BEST_WAY_REACH: usize = 25;

/// "The envoys underlined that the best way to overcome the hardships … is to reinforce the
/// efforts to build …", "The only way to end the abuse is to close the prisons": a means told
/// as the best or the only one ("the", a superlative or "only", "way"/"ways"), then, in the
/// same clause, "is"/"are"/"remains"/"would be"/"will be", "to" and a command's verb
/// (`imperative_verbs` or `demand_verbs`) recommends that action, whoever says it (not "was
/// to": the past tells what was done).
fn best_way_call(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    if !words.holds_fixed(WAY) || !LateCells::holds(&words.late.way, &SPACE_WAY, words.text) {
        return None;
    }
    let n = words.raw.len();
    let superlative = |w: &str| {
        w == "only" || w == "best" || (w.len() >= 5 && w.ends_with("est") && w != "interest")
    };
    let way = (2..n).find(|&k| {
        matches!(words.clean[k].as_ref(), "way" | "ways")
            && superlative(&words.clean[k - 1])
            && (words.clean[k - 2] == "the"
                || (k >= 3 && words.clean[k - 2] == "most" && words.clean[k - 3] == "the"))
    })?;
    let mut j = way + 1;
    while j < n.min(way + BEST_WAY_REACH) {
        if words.raw[j - 1].ends_with(['.', ';', ':', '?', '!']) {
            return None;
        }
        let be = match words.clean[j].as_ref() {
            "is" | "are" | "remains" | "remain" => 1,
            "would" | "will" if words.clean_at(j + 1) == Some("be") => 2,
            _ => 0,
        };
        if be > 0 {
            let mut to = j + be;
            while to < n && words.skip(to) && words.clean[to] != "to" {
                to += 1;
            }
            if words.clean_at(to) != Some("to") {
                return None;
            }
            let mut v = to + 1;
            while v < n && words.skip(v) {
                v += 1;
            }
            let acts = words.imperative(v)
                || words
                    .clean_at(v)
                    .is_some_and(|w| has(&rules.text.demand_verbs, w));
            return acts.then(|| Decision {
                kind: ItemKind::Recommendation,
                evidence: KindEvidence::new(
                    "obligation",
                    format!("the {} way … {} to", words.clean[way - 1], words.clean[j]),
                ),
                addressee: None,
            });
        }
        j += 1;
    }
    None
}

/// "The EU acknowledged the reform process, and underlined the importance of effective
/// implementation with …", "… the experts welcomed the new law, while stressing the importance
/// of working to ensure …": a verb of stressing joined to the subject's first verb by "and",
/// or its participle after a comma or "while", stresses the importance of an action for the
/// same subject ([`importance_of_action`]) however far it stands from the subject.
fn late_importance(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    if !words.holds_fixed(IMPORTANCE)
        || !LateCells::holds(&words.late.importance, &IMPORTANCE_OF, words.text)
    {
        return None;
    }
    (2..words.raw.len())
        .filter(|&k| {
            matches!(words.clean[k - 1].as_ref(), "and" | "while")
                || (words.raw[k - 1].ends_with(',') && words.clean[k].ends_with("ing"))
        })
        .find_map(|k| importance_of_action(words, k, rules))
        .map(|cue| Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending verb", &cue),
            addressee: None,
        })
}

/// "Eyewitness testimony strongly suggests that forces committed grave violations …, a report
/// from the Office concludes as it reiterates a call for an independent probe": a clause of
/// "as" and a pronoun whose verb, not in the past, calls (read as a sentence of its own) is the
/// speaker's call, however long the finding it closes ("… was arrested as he called for
/// reforms" is the past, and tells the story).
fn as_it_calls(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    (1..words.raw.len().saturating_sub(3)).find_map(|k| {
        if words.clean[k] != "as"
            || !matches!(
                words.clean[k + 1].as_ref(),
                "it" | "they" | "he" | "she" | "we"
            )
            || words.clean[k + 2].ends_with("ed")
        {
            return None;
        }
        let inner = sentence_of(&words.from(k + 1), rules)?;
        (inner.kind == ItemKind::Recommendation && inner.evidence.rule == "recommending verb")
            .then_some(inner)
    })
}

/// Nouns of a call that carry a that-clause naming whom it asks ([`recommendation_that`]).
const CALL_THAT_NOUNS: &[&str] = &["recommendation", "recommendations", "proposal"];
/// Most words of the subject of such a that-clause.
const CALL_THAT_SUBJECT_MAX_WORDS: usize = 5;

/// "… including a renewal of the Commission's recommendation that the State Department designate
/// Turkmenistan a “country of particular concern”": a recommendation's noun, "that", a subject
/// ending in an actor's noun or a capitalised name, then a command's bare verb (the subjunctive):
/// the call the document makes of that actor. (A verb in "-s" or the past, "the recommendation
/// that the State Department designated …", tells what was done.)
fn recommendation_that(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    // (Only a sentence holding "that" is read.)
    if !words.holds_fixed(THAT) {
        return None;
    }
    let n = words.raw.len();
    (1..n.saturating_sub(3)).find_map(|k| {
        if !CALL_THAT_NOUNS.contains(&&*words.clean[k - 1]) || words.clean[k] != "that" {
            return None;
        }
        let subject = k + 1;
        let verb = (subject + 1..n.min(subject + 1 + CALL_THAT_SUBJECT_MAX_WORDS))
            .take_while(|&i| !words.raw[i - 1].ends_with([',', ';', ':', '.']))
            .find(|&i| {
                words.raw[i].starts_with(|c: char| c.is_lowercase())
                    && has(&rules.text.imperative_verbs, &words.clean[i])
            })?;
        let head = &words.clean[verb - 1];
        let named = words.raw[verb - 1].starts_with(|c: char| c.is_uppercase());
        if !(is_actor(head, rules) || named) || has(&rules.text.enforcer_nouns, head) {
            return None;
        }
        Some(Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new(
                "recommending verb",
                format!("{} that … {}", words.clean[k - 1], words.clean[verb]),
            ),
            addressee: actor_phrase(&words.raw[subject..verb], rules),
        })
    })
}

/// Most words of the that-clause's subject in [`said_that_obligation`].
const SAID_THAT_SUBJECT_MAX_WORDS: usize = 5;

/// "The commission appreciated Amnesty International's report and said that the international
/// community should address the demands of the watchdog": after a finding, a verb of saying
/// (`reporting_verbs`) joined by "and" whose that-clause obliges an actor (its subject, a few words ending in an
/// actor's noun, then an obligation word) reports the speaker's call on that actor.
fn said_that_obligation(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    let n = words.raw.len();
    (2..n.saturating_sub(3)).find_map(|k| {
        if words.clean[k - 1] != "and"
            || !has(&rules.text.reporting_verbs, &words.clean[k])
            || words.clean[k + 1] != "that"
        {
            return None;
        }
        let subject = k + 2;
        let obligation = (subject + 1..n.min(subject + 1 + SAID_THAT_SUBJECT_MAX_WORDS))
            .take_while(|&i| !words.raw[i - 1].ends_with([',', ';', ':', '.']))
            .find(|&i| matches!(words.clean[i].as_ref(), "should" | "must"))?;
        if !is_actor(&words.clean[obligation - 1], rules)
            || has(&rules.text.enforcer_nouns, &words.clean[obligation - 1])
        {
            return None;
        }
        let addressee = words.raw[subject..obligation].join(" ");
        Some(Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("obligation", &*words.clean[obligation]),
            addressee: Some(addressee),
        })
    })
}

/// Most words between "with" and the call's participle in [`with_actor_calling`].
const WITH_ACTOR_MAX_WORDS: usize = 5;

/// "They discussed the work of the Ombudsman, with the EU encouraging further strengthening of
/// the institution": "with", an actor (not one of `enforcer_nouns`: "with police demanding
/// …" tells the story), then a call's participle and what it asks. Returns the participle.
fn with_actor_calling(words: &Words<'_>, rules: &ImportRules) -> Option<String> {
    if !words.holds_fixed(WITH) {
        return None;
    }
    (1..words.raw.len()).find_map(|k| {
        if words.clean[k] != "with" {
            return None;
        }
        let end = words.raw.len().min(k + 2 + WITH_ACTOR_MAX_WORDS);
        let j = (k + 2..end).find(|&j| {
            matches!(
                words.clean[j].as_ref(),
                "encouraging" | "urging" | "calling" | "demanding" | "pressing"
            )
        })?;
        let actor = words.clean[k + 1..j]
            .iter()
            .any(|w| is_actor(w, rules) && !has(&rules.text.enforcer_nouns, w));
        let clean_run = !words.raw[k..j - 1]
            .iter()
            .any(|w| w.ends_with([',', '.', ';']));
        (actor && clean_run && j + 1 < words.raw.len()).then(|| words.clean[j].to_string())
    })
}

/// "Positive steps would include a swift repeal of …": an effort's noun (`effort_nouns`) that
/// "would include" an action (`action_nouns`, or a gerund) suggests it. Returns "would include".
fn steps_would_include(words: &Words<'_>, rules: &ImportRules) -> Option<String> {
    if !words.holds_fixed(WOULD) {
        return None;
    }
    (1..words.raw.len().saturating_sub(2)).find_map(|k| {
        (words.clean[k] == "would"
            && words.clean[k + 1] == "include"
            && has(&rules.text.effort_nouns, &words.clean[k - 1])
            && (names_action(words, k + 2, rules)
                || words.clean[k + 2..]
                    .iter()
                    .take(3)
                    .any(|w| w.ends_with("ing"))))
        .then(|| "would include".to_string())
    })
}

/// Most words of a time or an adverb between a verb of reporting and its "that".
const REPORTED_GAP_MAX_WORDS: usize = 3;

/// Most words of the place a verb of publishing put its words out on, before its "that" ("on
/// her social media account, formerly Twitter,").
const PUBLISHED_PLACE_MAX_WORDS: usize = 8;

/// Words of a time or an adverb between a verb of reporting and its "that" ("reported earlier
/// that", "said on Monday that", "said in a statement that"); a weekday's name counts too
/// ([`super::dates::is_weekday`]).
const REPORTED_TIME_WORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "a",
    "an",
    "last",
    "this",
    "earlier",
    "later",
    "today",
    "yesterday",
    "recently",
    "previously",
    "also",
    "again",
    "separately",
    "week",
    "month",
    "year",
    "statement",
    "interview",
];

/// "The agency reported earlier that the OSCE representative … called for the immediate release
/// …", "X said on Monday that the EU calls on …": a verb of reporting (`reporting_verbs`), a
/// time or an adverb of up to [`REPORTED_GAP_MAX_WORDS`] words, then "that" and a clause that
/// calls: the clause decides, as after "said that" (not when the one reporting is one of
/// `enforcer_nouns`: "The prosecutor said on Monday that he should be jailed").
fn reported_clause_call(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    // (A sentence without a call's word or an obligation has no clause to read, nor one
    // without "that".)
    if !(words.holds(CueList::RecommendingVerbs) || words.holds(CueList::ObligationWords))
        || !words.holds_fixed(THAT)
    {
        return None;
    }
    let that = (2..words.raw.len()).find(|&t| {
        if words.clean[t] != "that" {
            return false;
        }
        let mut k = t - 1;
        let mut gap = 0;
        while gap < REPORTED_GAP_MAX_WORDS
            && k > 0
            && !words.raw[k].ends_with(',')
            && (REPORTED_TIME_WORDS.contains(&&*words.clean[k])
                || super::dates::is_weekday(&words.clean[k]))
        {
            k -= 1;
            gap += 1;
        }
        // "… posted on her social media account, formerly Twitter, that …": the place a
        // verb of publishing put its words out on, "on" or "in" and up to
        // [`PUBLISHED_PLACE_MAX_WORDS`] words, stands between it and its "that".
        let published = (t.saturating_sub(PUBLISHED_PLACE_MAX_WORDS + 1)..t.saturating_sub(1))
            .find(|&p| {
                p > 0
                    && matches!(words.clean[p].as_ref(), "on" | "in")
                    && has(&rules.text.publishing_verbs, &words.clean[p - 1])
                    && !words.raw[p..t - 1]
                        .iter()
                        .any(|w| w.ends_with(['.', ';', ':', '?', '!']))
            })
            .map(|p| p - 1);
        if let Some(v) = published {
            gap = 1;
            k = v;
        }
        gap >= 1
            && (has(&rules.text.reporting_verbs, &words.clean[k]) || published.is_some())
            && !words.clean[..k]
                .iter()
                .any(|w| has(&rules.text.enforcer_nouns, w))
    })?;
    let inner = sentence_of(&words.from(that + 1), rules)?;
    (inner.kind == ItemKind::Recommendation).then_some(inner)
}

/// Whether the words from `start` to `k` can be one subject of names: no verb ("is", "has",
/// "said", a word in "-ed" in small letters), no clause word, and not a relative pronoun right
/// before `k` ("… the groups who are calling for …" is a clause inside another subject).
fn long_subject_before(words: &Words<'_>, start: usize, k: usize) -> bool {
    !matches!(words.clean[k - 1].as_ref(), "who" | "which" | "that")
        && !(start..k).any(|j| {
            let w = words.clean[j].as_ref();
            words.in_list(j, CLAUSE)
                || matches!(
                    w,
                    "is" | "are" | "was" | "were" | "has" | "have" | "had" | "said" | "says"
                )
                || (w.ends_with("ed") && words.raw[j].starts_with(char::is_lowercase))
        })
}

/// Most words of the subject of [`urged_leader`].
const URGED_LEADER_MAX_WORDS: usize = 7;

/// "Kyrgyzstan President A. Name today was urged to take concrete steps …": the sentence opens
/// on a state's leader or government (a country's name, or "president", "government",
/// "authorities", "minister" among its few words, no year or "in" that would date it as a
/// story's past), then "was"/"were" and the participle at word `k`, a time's word on either
/// side of "was" ("today", "again", "also"). The day's call on a state, told in the passive.
fn urged_leader(words: &Words<'_>, k: usize, rules: &ImportRules) -> bool {
    const TIME: &[&str] = &["today", "again", "also", "yesterday", "repeatedly", "once"];
    let mut b = k;
    while b > 0 && TIME.contains(&&*words.clean[b - 1]) {
        b -= 1;
    }
    if b == 0 || !matches!(words.clean[b - 1].as_ref(), "was" | "were") {
        return false;
    }
    let mut end = b - 1;
    while end > 0 && TIME.contains(&&*words.clean[end - 1]) {
        end -= 1;
    }
    let subject = &words.clean[..end];
    (1..=URGED_LEADER_MAX_WORDS).contains(&subject.len())
        && subject
            .iter()
            .all(|w| w.as_ref() != "in" && !(w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())))
        && subject
            .iter()
            .any(|w| state_subject(w, rules) || matches!(w.as_ref(), "president" | "minister"))
}

/// A state as a call's subject: a country's name, or the word that stands for one in a review
/// ("government", "authorities", "party" of "the State party").
fn state_subject(word: &str, rules: &ImportRules) -> bool {
    matches!(word, "government" | "authorities" | "party") || rules.gazetteer.exact(word).is_some()
}

/// Words after "by" read for the agent of a call in the passive.
const PASSIVE_AGENT_REACH: usize = 6;

/// "The immediate release of the journalist was called for by Internews …", "Her release has
/// been demanded by three rights groups": a call in the passive with its agent after "by" (a
/// form of "be", at most one adverb, "called for" / "demanded" / "urged", then "by"); not when
/// the agent is police, guards or prosecutors (`enforcer_nouns`: "was demanded by the
/// prosecutor" tells the story). The call, when so.
fn passive_call_by(words: &Words<'_>, rules: &ImportRules) -> Option<String> {
    const BE: &[&str] = &["is", "are", "was", "were", "been", "be"];
    if !words.holds_fixed(PASSIVE_CALL) {
        return None;
    }
    (1..words.raw.len()).find_map(|k| {
        let n = match &*words.clean[k] {
            "called" if words.clean_at(k + 1) == Some("for") => 2,
            "demanded" | "urged" => 1,
            _ => return None,
        };
        // ("… was called for on Monday by …": a time before the agent.)
        let mut by = k + n;
        while by < words.raw.len()
            && by < k + n + 3
            && (matches!(&*words.clean[by], "on" | "in" | "last" | "this")
                || time_word(&words.clean[by]))
        {
            by += 1;
        }
        if words.clean_at(by) != Some("by") {
            return None;
        }
        let be = |j: usize| BE.contains(&&*words.clean[j]);
        let passive = be(k - 1) || (k >= 2 && be(k - 2) && words.skip(k - 1));
        // (What is asked for is an action: "The meeting was called for by the mayor" convenes.)
        let action = words.clean[..k]
            .iter()
            .any(|w| has(&rules.text.action_nouns, w));
        let agent = by + 1..words.raw.len().min(by + 1 + PASSIVE_AGENT_REACH);
        (passive
            && action
            && !agent
                .clone()
                .any(|j| has(&rules.text.enforcer_nouns, &words.clean[j])))
        .then(|| {
            let verb = if words.clean[k] == "called" {
                "called for"
            } else {
                &words.clean[k]
            };
            format!("{verb} by")
        })
    })
}

/// [`need_in_passive`] as a decision, in a text that holds "the need".
fn late_need(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    if !words.holds_fixed(NEED) || !LateCells::holds(&words.late.need, &THE_NEED, words.text) {
        return None;
    }
    need_in_passive(words, rules)
        .or_else(|| spoken_need(words, rules))
        .map(|cue| Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending verb", &cue),
            addressee: None,
        })
}

/// Most words between a verb of speaking and the "the need" it speaks of ("We spoke about the
/// human rights situation in the country and the need to …").
const SPOKEN_NEED_REACH: usize = 12;
/// Most words before such a verb: its subject ("We also", "It", "The two presidents").
const SPOKEN_NEED_SUBJECT_MAX_WORDS: usize = 4;

/// "We also spoke about the need to continue overall reforms", "It draws attention in
/// particular to the need for all political prisoners to be released", "The ministers
/// discussed the need to …": "the need" and its "to"/"for" as what the subject's verb of
/// speaking or drawing attention is about (that verb within [`SPOKEN_NEED_REACH`] words before
/// it, its subject a few words with no enforcer's noun, nothing ending a clause between) is a
/// stated need, as "stressed the need" is. Returns the cue shown ("spoke about the need").
fn spoken_need(words: &Words<'_>, rules: &ImportRules) -> Option<String> {
    const VERBS: &[&str] = &[
        "spoke",
        "speak",
        "speaks",
        "talked",
        "talk",
        "talks",
        "discussed",
        "discuss",
        "discusses",
        "attention",
        "focused",
        "focuses",
        "focus",
    ];
    let n = words.raw.len();
    let need = (1..n.saturating_sub(2)).find(|&k| {
        words.clean[k] == "need"
            && words.clean[k - 1] == "the"
            && matches!(words.clean[k + 1].as_ref(), "to" | "for")
    })?;
    let from = (need - 1).saturating_sub(SPOKEN_NEED_REACH);
    let verb = (from..need - 1)
        .rev()
        .find(|&j| VERBS.contains(&words.clean[j].as_ref()))?;
    // ("… the opposition, which spoke about …, and the police …": a clause's end between.)
    let broken = (verb..need - 1).any(|j| {
        words.raw[j].ends_with([',', ';', ':', '.'])
            || matches!(words.clean[j].as_ref(), "that" | "which" | "who" | "but")
    });
    // ("It draws attention to …": the verb before "attention" is the subject's.)
    let head = if words.clean[verb] == "attention" {
        verb.checked_sub(1)?
    } else {
        verb
    };
    let subject = &words.clean[..head];
    if broken
        || subject.is_empty()
        || subject.len() > SPOKEN_NEED_SUBJECT_MAX_WORDS
        || subject.iter().any(|w| has(&rules.text.enforcer_nouns, w))
    {
        return None;
    }
    Some(format!(
        "{} the need",
        words.clean[head..need - 1].join(" ")
    ))
}

/// Most words of a resolution's citation closing a sentence ("(Resolution 33/10, para 15)").
const CITATION_MAX_WORDS: usize = 6;

/// "The Human Rights Council encourages all Governments to … (Resolution 33/10, para 15).": a
/// call closed by the citation of the resolution it comes from is that resolution's text,
/// quoted, not the text's own recommendation.
fn cites_resolution(words: &Words<'_>) -> bool {
    let n = words.raw.len();
    if n == 0 || !words.raw[n - 1].trim_end_matches(['.', ';']).ends_with(')') {
        return false;
    }
    (n.saturating_sub(CITATION_MAX_WORDS)..n)
        .rev()
        .find(|&k| words.raw[k].starts_with('('))
        .is_some_and(|k| {
            let w = words.raw[k][1..].to_ascii_lowercase();
            w == "resolution" || w == "res." || w.starts_with("a/res/") || w.contains("/res/")
        })
}

/// Most words between a background opening and its comma ("In its 2013 resolution,").
const BACKGROUND_OPENING_MAX_WORDS: usize = 4;
/// Most words between "In its" and the comma when an earlier document is named ("In its
/// concluding observations on the second periodic report of X in mid-2013,").
const BACKGROUND_DOCUMENT_MAX_WORDS: usize = 16;
/// Most words between a "when" opening and its comma ("When the Ambassador reported to the
/// Permanent Council in 2007,").
const BACKGROUND_CLAUSE_MAX_WORDS: usize = 12;

/// The `background_openings` entry opening the sentence when a year follows it before the
/// opening's comma and no day does ("In 2013,", "Back in March 2016,", "In its 2012 review,";
/// not "In a statement on 5 May 2024, …", a story's own event).
fn background_opening<'r>(words: &Words<'_>, rules: &'r ImportRules) -> Option<&'r str> {
    // (After a paragraph number: "12. In 2013, …".)
    let numbered = words.raw.first().is_some_and(|w| {
        w.len() > 1
            && w.ends_with(['.', ')'])
            && w[..w.len() - 1].chars().all(|c| c.is_ascii_digit())
    });
    let at = usize::from(numbered);
    // "Last month, four rights groups demanded …": a past before the story's days, no year.
    if let Some(time) = rules
        .text
        .background_times
        .iter()
        .find(|t| words.phrase_at(at, t).is_some())
    {
        return Some(time.as_str());
    }
    let entry = rules
        .text
        .background_openings
        .iter()
        .filter_map(|e| words.phrase_at(at, e).map(|n| (e, n)))
        .max_by_key(|&(_, n)| n)?;
    let from = at + entry.1;
    // ("When Ambassador X reported to the Permanent Council in 2007, …": a "when" opening is
    // a clause, its subject and verb before the year.)
    // ("In its concluding observations on the second periodic report of X in mid-2013, …": an
    // earlier document of the speaker's, named at length, then its year.)
    let earlier_document = entry.0 == "in"
        && words
            .clean
            .get(from)
            .is_some_and(|w| matches!(&**w, "its" | "their" | "his" | "her"))
        && (from + 1..words.clean.len().min(from + 4)).any(|k| {
            rules
                .text
                .background_documents
                .iter()
                .any(|d| words.phrase_at(k, d).is_some())
        });
    let reach = if earlier_document {
        BACKGROUND_DOCUMENT_MAX_WORDS
    } else if matches!(entry.0.as_str(), "when" | "following" | "after") {
        // ("Following the deaths of three prisoners in 2019, …": an event named at length.)
        BACKGROUND_CLAUSE_MAX_WORDS
    } else {
        BACKGROUND_OPENING_MAX_WORDS
    };
    let mut year = false;
    for k in from..words.raw.len().min(from + reach) {
        let w = &*words.clean[k];
        if w.len() == 4
            && w.chars().all(|c| c.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
        {
            year = true;
        } else if !w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()) {
            return None;
        } else if k == from && entry.0.ends_with("in") && super::month_number(w).is_some() {
            // "In April, a UN human rights panel … urged …": a month with no day is an
            // earlier time the story looks back to, as a year is.
            year = true;
        }
        if words.raw[k].ends_with(',') {
            return year.then_some(entry.0.as_str());
        }
    }
    None
}

/// Whether the call `cue` is told by a participle ("… sent a letter urging …", "a statement
/// calling for …"): its "-ing" word in the sentence, with no present form of "be" before it
/// (past adverbs between), which would make it a progressive ("we are urging").
fn told_by_participle(words: &Words<'_>, cue: &str) -> bool {
    let Some(ing) = cue.split(' ').find(|w| w.len() > 4 && w.ends_with("ing")) else {
        return false;
    };
    (1..words.raw.len()).any(|k| {
        words.clean[k] == ing && {
            let mut h = k - 1;
            while h > 0 && words.skip(h) {
                h -= 1;
            }
            !matches!(
                words.clean[h].as_ref(),
                "is" | "are" | "am" | "we're" | "they're" | "it's" | "he's" | "she's"
            )
        }
    })
}

/// Words of an indefinite subject's opening within which its verb of saying is looked for
/// ("Some in the EU have argued …").
const OTHERS_VIEW_REACH: usize = 6;

/// A view the text reports of people it does not name (the rule `others' view`): the
/// sentence opens with "Some", "Others" or "Critics" (also "Some in the EU"), a verb of saying
/// (`reporting_verbs`, after "have"/"has") follows within a few words, and the obligation only
/// comes in its that-clause ("Some in the EU have argued that the sanctions … should therefore
/// be dropped"): what unnamed others hold, which the writer weighs, not a call. The verb, when
/// so.
fn others_view(words: &Words<'_>, rules: &ImportRules) -> Option<String> {
    if !matches!(
        words.clean_at(0)?,
        "some" | "others" | "critics" | "sceptics" | "skeptics"
    ) {
        return None;
    }
    let v = (1..words.raw.len().min(OTHERS_VIEW_REACH))
        .find(|&k| has(&rules.text.reporting_verbs, &words.clean[k]))?;
    // (No obligation before the verb: "Some should …" obliges them.)
    let early = (0..v).any(|k| words.obligation_at(k).is_some());
    (!early).then(|| words.clean[v].to_string())
}

/// Verbs of a State's standing duties under a treaty ("respect", "protect", "fulfil"): joined
/// after "obligation to" and before "the right", they state the law.
const TREATY_DUTY_VERBS: &[&str] = &[
    "respect",
    "protect",
    "fulfil",
    "fulfill",
    "facilitate",
    "uphold",
    "guarantee",
    "promote",
    "ensure",
];

/// Words after an obligation's noun read for the right it concerns ("an obligation to respect
/// and facilitate the right to peaceful assembly").
const TREATY_DUTY_REACH: usize = 9;

/// A duty in law stated, not a call (the rule `statement of law`): the obligation `cue` is a
/// noun's ("obligation to", "duty to", "responsibility to") and only verbs of a treaty's
/// standing duties follow it, joined by "and" or commas, up to "the right(s)" or "freedom(s)"
/// ("The Kyrgyz government has an obligation to respect and facilitate the right to peaceful
/// assembly …"; not "… have an obligation to protect the families of journalists from
/// reprisals", nor "… a duty to investigate every threat", which ask for an act). The cue,
/// when so.
fn statement_of_law(words: &Words<'_>, cue: &str) -> Option<String> {
    if !(cue.ends_with("obligation to")
        || cue.ends_with("duty to")
        || cue.ends_with("responsibility to")
        || cue.ends_with("obliged to")
        || cue.ends_with("obligated to"))
    {
        return None;
    }
    let at = (0..words.raw.len()).find(|&k| words.phrase_at(k, cue).is_some())?;
    let from = at + cue.split(' ').count();
    let mut duty = false;
    for k in from..words.raw.len().min(from + TREATY_DUTY_REACH) {
        let w = &*words.clean[k];
        if TREATY_DUTY_VERBS.contains(&w) {
            duty = true;
        } else if matches!(w, "right" | "rights" | "freedom" | "freedoms") {
            // "… an obligation to promote the rights to peaceful assembly … by ensuring a
            // safe environment for civil society": the means named by "by" and a command's
            // gerund is an act asked for.
            let by_acting = (k + 1..words.raw.len().saturating_sub(1))
                .any(|b| words.clean[b] == "by" && words.gerund_of_command(&words.clean[b + 1]));
            return (duty && !by_acting).then(|| format!("{cue} {} … {w}", words.clean[from]));
        } else if !(matches!(w, "and" | "the" | "fully" | "effectively")
            // "… is obliged to guarantee every citizen their rights and freedoms": whom the
            // rights are owed to, after a duty's verb, names everyone, not an act.
            || (duty && DUTY_HOLDERS_OF_RIGHTS.contains(&w)))
        {
            return None;
        }
    }
    None
}

/// Participles of a bill's passage through parliament ("must be passed in three readings").
const PASSAGE_PARTICIPLES: &[&str] = &[
    "passed",
    "adopted",
    "approved",
    "read",
    "considered",
    "voted",
];

/// Most words between a passage's "in" and "reading(s)" ("in three parliamentary readings").
const READING_MAX_WORDS: usize = 3;

/// "The bill must be passed in three readings before heading to the president", "A draft law
/// has to be approved in two readings": how a bill becomes law, the procedure told, no call
/// (an obligation in the passive on a `PASSAGE_PARTICIPLES` entry, then "in" and "reading(s)"
/// within a few words; "The bill must be rejected in the second reading" asks). Returns the
/// cue shown.
fn legislative_procedure(words: &Words<'_>, cue: &str) -> Option<String> {
    let at = cue_index(words, cue)? + cue.split(' ').count();
    if words.clean_at(at) != Some("be") {
        return None;
    }
    let participle = words
        .clean_at(at + 1)
        .filter(|p| PASSAGE_PARTICIPLES.contains(p))?;
    let mut k = at + 2;
    if words.clean_at(k) == Some("on") {
        k += 1;
    }
    if words.clean_at(k) != Some("in") {
        return None;
    }
    (k + 1..words.raw.len().min(k + 2 + READING_MAX_WORDS))
        .find(|&j| matches!(words.clean[j].as_ref(), "reading" | "readings"))
        .map(|_| format!("{cue} be {participle} in … readings"))
}

/// Words a subject may hold before the present verb whose predicate an obligation joined by
/// "and" shares ("The new parliament is … and needs to …").
const SHARED_SUBJECT_MAX_WORDS: usize = 6;

/// Words naming everyone a right is owed to, read between a treaty's duty verb and "the
/// right(s)"/"freedom(s)" ("guarantee every citizen their rights", "protect for all people the
/// freedoms of …"): a duty stated to all, not an act asked of someone.
const DUTY_HOLDERS_OF_RIGHTS: &[&str] = &[
    "every",
    "each",
    "all",
    "everyone",
    "everybody",
    "for",
    "to",
    "their",
    "his",
    "her",
    "citizen",
    "citizens",
    "person",
    "persons",
    "people",
    "individual",
    "individuals",
    "resident",
    "residents",
];

/// Words of a sentence's opening within which a document's presenting verb is looked for
/// ("This briefing paper highlights …").
const DOCUMENT_SUBJECT_MAX_WORDS: usize = 4;
/// Words between a presenting verb and the "recommendations" it presents ("identifies key
/// recommendations", "makes a number of recommendations").
const PRESENTED_NOUN_REACH: usize = 4;

/// Whether `presenting_verbs` holds the phrase starting at word `k`; its length.
fn presenting_at(words: &Words<'_>, k: usize, rules: &ImportRules) -> Option<usize> {
    rules
        .text
        .presenting_verbs
        .iter()
        .find_map(|v| words.phrase_at(k, v))
}

/// A document telling what it holds (the rule `self-description`): the sentence's subject is
/// "it" or a document ("This briefing", "The present report": a `document_nouns` entry, a
/// few words at most), its verb one of `presenting_verbs`, and the call `cue` only comes
/// after "recommendations" (or "proposals") presented by such a verb ("It also makes
/// recommendations for steps that the authorities should be urged to take …", "This briefing
/// highlights key concerns …, and identifies key recommendations to address these concerns
/// that IPHR … urge representatives of the EU to raise …"). The presenting verb, when so.
fn self_description(words: &Words<'_>, cue: &str, rules: &ImportRules) -> Option<String> {
    let first = words.clean_at(0)?;
    if first == "we" {
        return own_recommendations_pointed(words, cue, rules);
    }
    if !matches!(first, "it" | "this" | "the" | "our") {
        return None;
    }
    // (Most calls name no recommendations: the sentence is read further only when it does.)
    if !words.clean.iter().any(|w| {
        matches!(
            w.as_ref(),
            "recommendations" | "recommendation" | "proposals"
        )
    }) {
        return None;
    }
    let v = (1..words.raw.len().min(DOCUMENT_SUBJECT_MAX_WORDS + 1))
        .find(|&k| presenting_at(words, k, rules).is_some())?;
    let subject: Vec<&str> = (0..v)
        .filter(|&k| !words.skip(k))
        .map(|k| &*words.clean[k])
        .collect();
    let document = match subject.as_slice() {
        ["it"] => true,
        [.., last] if subject.len() >= 2 => {
            has(&rules.text.document_nouns, last)
                && subject[1..].iter().all(|w| !w.ends_with(['\'', '’']))
        }
        _ => false,
    };
    if !document {
        return None;
    }
    let presented = (v..words.raw.len()).find(|&r| {
        matches!(
            &*words.clean[r],
            "recommendations" | "recommendation" | "proposals"
        ) && (r.saturating_sub(PRESENTED_NOUN_REACH)..r)
            .any(|k| k >= v && presenting_at(words, k, rules).is_some())
    })?;
    let at = (0..words.raw.len()).find(|&k| words.phrase_at(k, cue).is_some())?;
    (at > presented).then(|| words.clean[v].to_string())
}

/// Forms of "make" and "offer" that present the writers' own recommendations in a sentence
/// opening on "We" ("We join in making the recommendations below …", "We offer the following
/// recommendations …"), beside `presenting_verbs`.
const OWN_PRESENTING_FORMS: &[&str] = &["make", "making", "offer", "offering", "set", "setting"];

/// "We join in making the recommendations below for how we believe the EU should …": a
/// sentence opening on "We" that presents the writers' own recommendations pointed to where
/// they stand ("… recommendations below", "the following recommendations", "… recommendations
/// that follow") with a presenting verb a few words before, its call `cue` only after them,
/// tells what the text holds; the recommendations follow. The presenting verb, when so.
fn own_recommendations_pointed(
    words: &Words<'_>,
    cue: &str,
    rules: &ImportRules,
) -> Option<String> {
    let r = (1..words.raw.len()).find(|&r| {
        matches!(&*words.clean[r], "recommendations" | "proposals")
            && (matches!(words.clean_at(r + 1), Some("below" | "hereafter"))
                || (words.clean[r - 1] == "following")
                || (words.clean_at(r + 1) == Some("that")
                    && words.clean_at(r + 2) == Some("follow")))
    })?;
    let v = (r.saturating_sub(PRESENTED_NOUN_REACH)..r).find(|&k| {
        OWN_PRESENTING_FORMS.contains(&&*words.clean[k]) || presenting_at(words, k, rules).is_some()
    })?;
    let at = (0..words.raw.len()).find(|&k| words.phrase_at(k, cue).is_some())?;
    (at > r).then(|| words.clean[v].to_string())
}

/// Nouns of a call that [`rejected_call`] reads as the object of a rejection or as a subject.
const CALL_NOUNS: &[&str] = &[
    "call", "calls", "appeal", "appeals", "request", "requests", "demand", "demands", "plea",
    "pleas",
];

/// Words a call's clause runs to, read by [`rejected_call`]: beyond one, another clause speaks.
const CLAUSE_BREAKS: &[&str] = &[
    "and", "but", "or", "while", "whereas", "who", "whom", "whose", "which", "that", "where",
    "when", "because", "since", "although", "though", "if", "as", "after", "before", "until", "so",
    "how", "why", "what", "whether",
];

/// Words before a call's noun read for a rejection ("has rejected the UN Human Rights
/// Council's call to …").
const REJECTION_REACH: usize = 8;
/// Words after a call's noun read for what became of it ("Requests on the health status of Mr
/// X were sent …").
const FATE_REACH: usize = 20;

/// A call told as what became of it, not made (the rule `rejected call`): the call's noun (the
/// first word of `cue`, one of [`CALL_NOUNS`]) is the object of one of `rejection_verbs` in
/// its own clause ("The Tajik government has rejected the UN Human Rights Council's call to
/// release …", "The authorities ignored repeated calls for …"), or stands as a noun (after a
/// determiner or a possessive, or opening the sentence before a preposition) and its clause
/// then tells its fate: one of `rejection_participles` ("… had their appeal for pardon
/// rejected") or a passive with no agent ("Requests on the health status of Mr X were sent to
/// the Kazakh authorities"). The words that tell it, when so.
fn rejected_call(words: &Words<'_>, cue: &str, rules: &ImportRules) -> Option<String> {
    let mut parts = cue.split(' ');
    let noun = parts.next()?;
    if !CALL_NOUNS.contains(&noun) {
        return None;
    }
    let n = 1 + parts.count();
    let at = (0..words.raw.len()).find(|&k| words.phrase_at(k, cue).is_some())?;
    let ends_clause = |k: usize| words.raw[k].ends_with([',', ';', ':']);
    // A rejection before the noun, in its clause.
    let mut k = at;
    while k > 0 && at - k < REJECTION_REACH {
        k -= 1;
        if ends_clause(k) || CLAUSE_BREAKS.contains(&&*words.clean[k]) {
            break;
        }
        // ("turned down": an entry of several words ends at `k`.)
        let rejection = rules.text.rejection_verbs.iter().find(|v| {
            v.rsplit(' ').next() == Some(&*words.clean[k]) && {
                let n = v.split(' ').count();
                k + 1 >= n && words.phrase_at(k + 1 - n, v).is_some()
            }
        });
        if let Some(v) = rejection {
            return Some(format!("{v} … {noun}"));
        }
    }
    // A noun in a subject's place, and its fate after it.
    let noun_place = if at == 0 {
        words.raw[0].starts_with(|c: char| c.is_uppercase())
            && words
                .clean_at(n)
                .is_some_and(|w| matches!(w, "on" | "for" | "from" | "by" | "of" | "about"))
    } else {
        NOUN_MARKERS.contains(&&*words.clean[at - 1])
            || words.raw[at - 1].ends_with(['\'', '’'])
            || possessive_s(words.raw[at - 1])
    };
    if !noun_place {
        return None;
    }
    let end = words.raw.len().min(at + n + FATE_REACH);
    for k in at + n..end {
        let w = &*words.clean[k];
        if CLAUSE_BREAKS.contains(&w) || k > at + n && ends_clause(k - 1) {
            return None;
        }
        if has(&rules.text.rejection_participles, w) {
            return Some(format!("{noun} … {w}"));
        }
        if matches!(w, "was" | "were" | "been") {
            let mut p = k + 1;
            while p < end && words.skip(p) {
                p += 1;
            }
            let participle = words.clean_at(p).unwrap_or_default();
            let agent = (p + 1..end)
                .take_while(|&q| !ends_clause(q - 1))
                .any(|q| words.clean[q] == "by");
            if (participle.ends_with("ed")
                || IRREGULAR_PARTICIPLES.contains(&participle)
                || PERFECT_PARTICIPLES.contains(&participle))
                && !agent
            {
                return Some(format!("{noun} … {w} {participle}"));
            }
        }
    }
    None
}

/// Whether the call `verb` follows "had" (past adverbs between: "had repeatedly urged"): a
/// call made before the story's time, told as background.
/// ("UGF and other groups had raised concerns regarding … and urged the Parliament to …": a
/// call joined by "and" to a verb in the past perfect shares its "had".)
fn past_perfect(words: &Words<'_>, verb: &str) -> bool {
    (1..words.raw.len()).any(|k| {
        words.clean[k] == verb && {
            let mut h = k - 1;
            // (The "and" right before the call, passed over as the adverbs are.)
            let mut and = None;
            while h > 0
                && (words.skip(h)
                    || PAST_ADVERBS.contains(&&*words.clean[h])
                    || words.clean[h] == "and"
                    || (words.clean[h].ends_with("ly")
                        && words.raw[h].starts_with(char::is_lowercase)))
            {
                if words.clean[h] == "and" {
                    and.get_or_insert(h);
                }
                h -= 1;
            }
            if words.clean[h] == "and" {
                and.get_or_insert(h);
            }
            words.clean[h] == "had" || and.is_some_and(|a| joined_to_past_perfect(words, a))
        }
    })
}

/// Whether the clause before the "and" at `and` (back to the sentence's start, no clause's verb
/// in the present or the simple past between) holds "had" and a past participle ("… had raised
/// concerns regarding … in the cotton, silk and other sectors and urged …").
fn joined_to_past_perfect(words: &Words<'_>, and: usize) -> bool {
    let mut k = and;
    while k > 0 {
        k -= 1;
        let w = &*words.clean[k];
        if matches!(
            w,
            "but" | "has" | "have" | "is" | "are" | "was" | "were" | "will" | "now" | "today"
        ) || words.raw[k].ends_with(['.', ';', ':'])
        {
            return false;
        }
        if w == "had" {
            // ("had repeatedly and publicly urged": adverbs only, up to the "and".)
            let mut j = k + 1;
            while j < and
                && (words.clean[j].ends_with("ly") || PAST_ADVERBS.contains(&&*words.clean[j]))
            {
                j += 1;
            }
            return j == and
                || words.clean_at(j).is_some_and(|p| {
                    (p.len() > 3 && p.ends_with("ed")) || PERFECT_PARTICIPLES.contains(&p)
                });
        }
    }
    false
}

/// The `background_adverbs` entry right before the call `verb` in the past ("Foreign embassies
/// subsequently demanded …", "The European Parliament previously called for …"): a call placed
/// before the story's time by its sequence, told as background.
fn sequence_adverb<'r>(words: &Words<'_>, verb: &str, rules: &'r ImportRules) -> Option<&'r str> {
    (1..words.raw.len())
        .filter(|&k| words.clean[k] == verb)
        .find_map(|k| {
            rules
                .text
                .background_adverbs
                .iter()
                .find(|a| **a == words.clean[k - 1])
        })
        .map(String::as_str)
}

/// Adverbs between "had" and a call told in the past perfect ("had repeatedly urged").
const PAST_ADVERBS: &[&str] = &[
    "repeatedly",
    "previously",
    "already",
    "earlier",
    "long",
    "twice",
];

/// The `praise_participles` entry after the sentence's first obligation and "be" ("The
/// Ombudsman should also be congratulated …"): praise, not a call.
fn praised<'r>(words: &Words<'_>, rules: &'r ImportRules) -> Option<&'r str> {
    // (Looked for from "be", a short word compared first: most obligations have no praise.)
    (1..words.raw.len()).find_map(|b| {
        if words.clean[b] != "be" {
            return None;
        }
        let mut k = b + 1;
        while k < words.raw.len() && words.skip(k) {
            k += 1;
        }
        let praise = rules
            .text
            .praise_participles
            .iter()
            .find(|p| words.clean_at(k) == Some(p.as_str()))?;
        // The obligation right before "be" ("should also not be …").
        let mut end = b;
        while end > 0 && (words.skip(end - 1) || words.clean[end - 1] == "not") {
            end -= 1;
        }
        (end.saturating_sub(3)..end)
            .any(|m| words.obligation_at(m).is_some_and(|(_, n)| m + n == end))
            .then_some(praise.as_str())
    })
}

/// The cues' decision on a sentence's words (see [`sentence_of`]).
fn sentence_cues(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    let start = opening_start(words, Some(rules));
    // "While noting that …, in accordance with …, and …, the Committee is concerned that …":
    // a fronted subordinate clause is read past, whatever its commas; the main clause decides.
    if let Some(main) = fronted_main_clause(words, start, rules) {
        if let Some(decision) = sentence_of(&words.from(main), rules) {
            return Some(decision);
        }
    }
    // "If the authorities are concerned for the safety of their citizens they should foster
    // …": a condition opening the sentence with no comma before its main clause.
    if let Some(main) = conditional_main_clause(words, start) {
        if let Some(decision) = sentence_of(&words.from(main), rules) {
            return Some(decision);
        }
    }
    // "On 5 August …, calling for …": the opening phrase ends at the participle's comma; a
    // long subject may put "… the letter to X calling on him to …" past the subject's reach.
    if let Some(decision) = participle_call(words, start, rules) {
        return Some(decision);
    }
    // "The statement ends by urging “a review of this draft law …”": a text's closing call.
    if let Some(decision) = closing_call(words, start, rules) {
        return Some(decision);
    }
    // "We are writing to you on behalf of … to express support … and urge you to …": the
    // call inside a letter's purpose, however far.
    if let Some(decision) = purpose_call(words, start, rules) {
        return Some(decision);
    }
    // One pass over the words past the subject's reach, looking only at participles and at
    // documents' nouns. ("…, while calling for …": a participle after "while" is read within
    // the subject's reach too, where the subject's reading stops at "while".)
    // (Only a participle that calls, an obligation or a recommending verb decides there: a
    // sentence without any is not walked.)
    let reach = start + SUBJECT_MAX_WORDS;
    // (Within the subject's reach only a word after "while" is read: a sentence without
    // "while" is walked from the reach on.)
    let past_reach = if words.holds_fixed(CALLING_PARTICIPLE)
        || words.holds(CueList::ObligationWords)
        || words.holds(CueList::RecommendingVerbs)
    {
        let from = if words.holds_fixed(WHILE) {
            start + 1
        } else {
            reach.max(start + 1)
        };
        from..words.raw.len()
    } else {
        0..0
    };
    for k in past_reach {
        // ("while" by its bit: one test, not a comparison.)
        let after_while = words.in_list(k - 1, WHILE);
        if k < reach && !after_while {
            continue;
        }
        match words.clean[k].as_ref() {
            // (A participle of `CALLING_PARTICIPLES`, by its bit: one test, not a comparison
            // with each.)
            _ if words.in_list(k, CALLING_PARTICIPLE) => {
                if let Some(decision) = participle_call(words, k, rules) {
                    return Some(decision);
                }
            }
            // "The brazen use of security services to violate …, such as …, is intolerable
            // and must stop": an obligation whose verb is a demand, however far.
            _ if k >= reach
                && words.clean[k - 1] != "will"
                && words.clean[k - 1] != "would"
                && (!matches!(words.clean[k - 1].as_ref(), "it" | "this" | "that")
                    || relative_that(words, k - 1))
                && words
                    .obligation_at(k)
                    .is_some_and(|(_, n)| words.demand_from(k + n))
                && !enforcer_speaks(words, k, rules) =>
            {
                // (Inside a that-clause its subject names whom it obliges.)
                if let Some(decision) = obligation_in_that_clause(words, start + 1, rules) {
                    return Some(decision);
                }
                if let Some((word, _)) = words.obligation_at(k) {
                    return Some(Decision {
                        kind: ItemKind::Recommendation,
                        evidence: KindEvidence::new("obligation", word),
                        addressee: None,
                    });
                }
            }
            // "The Coalitions against Torture in Kazakhstan, Kyrgyzstan and Tajikistan as well
            // as the Association … and the Partnership for Human Rights are calling on the
            // authorities …": a call in the progressive after a subject of many names, past
            // the subject's reach, with no verb or clause word before it.
            "is" | "are" if k >= reach && long_subject_before(words, start, k) => {
                if let Some((verb, n)) = progressive_call(words, k) {
                    if has_object(words, k + n, verb, rules) {
                        return Some(Decision {
                            kind: ItemKind::Recommendation,
                            evidence: KindEvidence::new("recommending verb", verb),
                            addressee: None,
                        });
                    }
                }
            }
            // "Brussels-based X (IPHR), the Y (OMCT) and the Z together with W have urged the
            // EU to …": a call in the present perfect after such a subject.
            "have" | "has" if k >= reach && long_subject_before(words, start, k) => {
                let found = words
                    .any_at(k + 1, CueList::RecommendingVerbs)
                    .filter(|(verb, n)| {
                        verb.split(' ').next().is_some_and(|v| v.ends_with("ed"))
                            && has_object(words, k + 1 + n, verb, rules)
                    });
                if let Some((verb, n)) = found {
                    return Some(Decision {
                        kind: ItemKind::Recommendation,
                        evidence: KindEvidence::new("recommending verb", verb),
                        addressee: object_phrase(words, k + 1 + n, rules),
                    });
                }
            }
            // "…, Human Rights Watch says in a report that demands accountability …": a
            // document's call after the sentence's own subject.
            "statement" | "letter" | "appeal" | "petition" | "campaign" | "report"
            | "resolution"
                if k >= reach =>
            {
                let found = words
                    .any_at(k, CueList::RecommendingVerbs)
                    .filter(|(verb, n)| {
                        NOUN_CUES.iter().any(|p| verb.starts_with(p))
                            && has_object(words, k + n, verb, rules)
                    });
                if let Some((verb, _)) = found {
                    return Some(Decision {
                        kind: ItemKind::Recommendation,
                        evidence: KindEvidence::new("recommending verb", verb),
                        addressee: None,
                    });
                }
            }
            _ => {}
        }
    }
    // "…, and the Helsinki group demands stronger international efforts to …": a clause
    // after ", and" with a subject of its own that calls decides the sentence.
    // (Only "and", "but", "where" and "which" open such a clause: a sentence without any is
    // not walked.)
    let joined_to = if words.holds_fixed(JOINER) {
        words.raw.len().saturating_sub(2)
    } else {
        0
    };
    for k in start + 1..joined_to {
        // (A word of none of the four, by its bit, is passed at once.)
        if !words.in_list(k, JOINER) {
            continue;
        }
        if words.clean[k] != "and" {
            // "We hope that …, but in the meantime we also encourage other states to …": a
            // clause after ", but" (past a connective) whose own subject calls.
            if words.clean[k] == "but" && words.raw[k - 1].ends_with(',') {
                let mut s = k + 1;
                while let Some((_, n)) = words.any_at(s, CueList::ConnectivePhrases) {
                    s += n;
                }
                let subject_opens = words
                    .raw
                    .get(s)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
                    || words
                        .clean_at(s)
                        .is_some_and(|w| CLAUSE_SUBJECT_OPENINGS.contains(&w));
                // ("… was good news, but there should be no new arrests for …": "there"
                // and an obligation open the clause, read past the subject's own clauses.)
                let there = words.clean_at(s) == Some("there");
                if (subject_opens || there) && s + 1 < words.raw.len() {
                    if let Some(inner) = sentence_of(&words.from(s), rules) {
                        // ("…, but EU officials should push back": an obligation on an
                        // actor the clause names, however long the sentence before it.)
                        if inner.kind == ItemKind::Recommendation
                            && (inner.evidence.rule == "recommending verb"
                                || (inner.evidence.rule == "obligation"
                                    && (there || inner.addressee.is_some())))
                        {
                            return Some(inner);
                        }
                    }
                }
            }
            // "… has wrapped up a visit to Central Asia with a stop in Turkmenistan, where he
            // urged decision-makers to …": a clause after ", where" whose own subject (a
            // pronoun or a named one) calls tells what the visitor asked there.
            if words.clean[k] == "where"
                && words.raw[k - 1].ends_with(',')
                && words.holds(CueList::RecommendingVerbs)
                && (matches!(&*words.clean[k + 1], "he" | "she" | "they" | "we")
                    || words.raw[k + 1].starts_with(|c: char| c.is_uppercase())
                    || CLAUSE_SUBJECT_OPENINGS.contains(&&*words.clean[k + 1]))
            {
                if let Some(inner) = sentence_of(&words.from(k + 1), rules) {
                    if inner.kind == ItemKind::Recommendation
                        && inner.evidence.rule == "recommending verb"
                    {
                        return Some(inner);
                    }
                }
            }
            // "… Blinken spoke with President Aliyev in a call in which he urged Azerbaijan to
            // …", "… met the minister on Monday, during which she called on …": a relative
            // clause opened by a preposition of an occasion and "which" whose own subject (a
            // pronoun or a named one) calls, as after ", where" (not when the sentence tells a
            // punishment: "… was jailed over a post in which he urged …" is what he did).
            // ("…, which they suggested should be punishable …": a relative clause set off by
            // a comma, its own subject a pronoun, reads the same way.)
            if words.clean[k] == "which"
                && (matches!(words.clean[k - 1].as_ref(), "in" | "during" | "at")
                    || (words.raw[k - 1].ends_with(',')
                        && matches!(
                            words.clean.get(k + 1).map(|w| w.as_ref()),
                            Some("he" | "she" | "they" | "we")
                        )))
                && k + 1 < words.raw.len()
                && words.holds(CueList::RecommendingVerbs)
                && (matches!(&*words.clean[k + 1], "he" | "she" | "they" | "we")
                    || words.raw[k + 1].starts_with(|c: char| c.is_uppercase()))
                // (Only a punishment told right before the occasion's noun is the ground of the
                // call inside it: "Her detention came a day after the Secretary spoke with the
                // President in a call in which he urged …" tells the Secretary's call.)
                && !words.clean[k.saturating_sub(PUNISHED_OCCASION_REACH)..k]
                    .iter()
                    .any(|w| {
                        has(&rules.text.punishment_verbs, w)
                            || has(&rules.text.punishment_nouns, w)
                    })
            {
                if let Some(inner) = sentence_of(&words.from(k + 1), rules) {
                    if inner.kind == ItemKind::Recommendation
                        && inner.evidence.rule == "recommending verb"
                    {
                        return Some(inner);
                    }
                }
            }
            continue;
        }
        // (The clause opens with a subject: a name, a determiner or a pronoun; "…, and have
        // published calls for their release" goes on with the first subject's verbs.)
        let subject_opens = words.raw[k + 1].starts_with(|c: char| c.is_uppercase())
            || CLAUSE_SUBJECT_OPENINGS.contains(&&*words.clean[k + 1]);
        // ("… called the trial a mockery and the Norwegian Helsinki Committee demands …": a
        // named subject after "and" opens a clause without a comma too.)
        let named_subject =
            words.clean[k + 1] == "the" && words.raw[k + 2].starts_with(|c: char| c.is_uppercase());
        if !(words.raw[k - 1].ends_with(',') || named_subject)
            || !subject_opens
            || words.any_at(k + 1, CueList::RecommendingVerbs).is_some()
            || words.skip(k + 1)
        {
            continue;
        }
        if let Some(inner) = sentence_of(&words.from(k + 1), rules) {
            if inner.kind == ItemKind::Recommendation && inner.evidence.rule == "recommending verb"
            {
                return Some(inner);
            }
        }
    }
    // A command ("Provide support … and urge companies to …") has no subject: its verbs are
    // the caller's imperative evidence, not a speaker's.
    // ("Press freedom groups are urging …": a noun compound, not the command "Press …".)
    let noun_compound = words.clean_at(start + 1).is_some_and(|next| {
        matches!(
            next,
            "freedom" | "freedoms" | "release" | "releases" | "office" | "service" | "secretary"
        )
    }) || named_subject_from(words, start);
    // "“Release him today,” said A. B., a researcher at …": a quotation opening on a command
    // and attributed after it to a named speaker is the speaker's call.
    if words.imperative(start) && !noun_compound {
        if let Some(decision) = quoted_command(words, start, rules) {
            return Some(decision);
        }
    }
    if words.imperative(start) && !noun_compound && imperative_opening_of(words).is_some() {
        return None;
    }
    // "It is time for the EU to …": an opening that recommends by itself ("Now it's up to
    // …": after an adverb too).
    let opening_at = if words.skip(start) { start + 1 } else { start };
    // (Where a connective phrase opening the sentence ends, looked up once.)
    let mut connective_end = None;
    let opening = words
        .any_at(start, CueList::RecommendingOpenings)
        .map(|(o, n)| (o, start + n))
        .or_else(|| {
            words
                .any_at(opening_at, CueList::RecommendingOpenings)
                .map(|(o, n)| (o, opening_at + n))
        })
        .or_else(|| {
            // "Against this backdrop it is crucial that the EU …": after a connective phrase
            // ("In this regard it is vital …": one opening on a skipped word too).
            let (at, n) = [start, opening_at].into_iter().find_map(|at| {
                words
                    .any_at(at, CueList::ConnectivePhrases)
                    .map(|(_, n)| (at, n))
            })?;
            connective_end = Some(at + n);
            words
                .any_at(at + n, CueList::RecommendingOpenings)
                .map(|(o, m)| (o, at + n + m))
        })
        .or_else(|| {
            // "The regime is one of the most repressive in the world and it is high time that
            // the international community take action": the opening after "and" starts a
            // clause of its own. (Only in a sentence holding an opening's words at all.)
            if !words.holds(CueList::RecommendingOpenings) {
                return None;
            }
            // ("… a potential tinder-box, and for that reason it is essential that …": past a
            // connective phrase after the "and" too.)
            (start + 1..words.raw.len()).find_map(|k| {
                if words.clean[k - 1] != "and" {
                    return None;
                }
                let k = k + words
                    .any_at(k, CueList::ConnectivePhrases)
                    .map_or(0, |(_, n)| n);
                words
                    .any_at(k, CueList::RecommendingOpenings)
                    .map(|(o, n)| (o, k + n))
            })
        });
    // ("It is crucial for us to remember …": the speaker's own reflection asks no one.)
    // ("It is up to us, the participating States, to remain engaged …": the speaker's own
    // resolve too.)
    let speakers_own = opening.is_some_and(|(o, end)| {
        (o.ends_with(" for") || o.ends_with(" up to"))
            && matches!(words.clean_at(end), Some("us" | "me" | "ourselves"))
    });
    if let Some((opening, _)) = opening.filter(|_| !speakers_own) {
        return Some(Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending opening", opening),
            addressee: None,
        });
    }
    // "It is necessary to resume pressure on …", "It would be important for Tajikistan to set
    // up …": an impersonal necessity where the sentence opens (after an adverb or a
    // connective too; after a colon see [`late_call`]).
    // ("Strengthening the rule of law, including during …, is a precondition …": a gerund's
    // subject may hold commas the opening phrase was read past.)
    let necessity = impersonal_necessity(words, start, rules)
        .or_else(|| impersonal_necessity(words, opening_at, rules))
        .or_else(|| {
            (start > 0)
                .then(|| impersonal_necessity(words, 0, rules))
                .flatten()
        })
        .or_else(|| impersonal_necessity(words, connective_end?, rules))
        .or_else(|| impersonal_necessity(words, clause_after_and(words, start)?, rules));
    if let Some(opening) = necessity {
        return Some(Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending opening", &opening),
            addressee: None,
        });
    }
    // "It is problematic that 11 journalists … were arrested", "It was shameful that the
    // authorities should jail …": an impersonal judgment of a fact (an adjective that is no
    // necessity) is a finding, whatever its clause says.
    if let Some(cue) = impersonal_judgment(words, start)
        .or_else(|| impersonal_judgment(words, opening_at))
        .or_else(|| impersonal_judgment(words, connective_end?))
    {
        return Some(Decision {
            kind: ItemKind::Paragraph,
            evidence: KindEvidence::new("finding phrase", &cue),
            addressee: None,
        });
    }
    // "In a letter sent by Human Rights Watch to the Minister of the Interior on 7 May the
    // organisation called on …": a phrase opening on a preposition with no comma after it
    // stands before the subject, whose reach starts after it.
    let fronted = if matches!(
        words.clean.get(start).map(|w| w.as_ref()),
        Some("in" | "on" | "at" | "during" | "after" | "following" | "through")
    ) {
        FRONTED_PHRASE_MAX_WORDS
    } else {
        0
    };
    let mut limit = words.raw.len().min(start + SUBJECT_MAX_WORDS + fronted + 1);
    let mut first_finding: Option<(usize, &str)> = None;
    // The subject's words after its first were each read as `w` below and were no clause word
    // (the loop stops at one): only its first word can make it a clause.
    // ("That momentum should translate into …": "that" before a noun is a demonstrative, not
    // a clause; "That the government failed …" opens one.)
    let demonstrative_that = words.clean.get(start).is_some_and(|w| w == "that")
        && words.clean_at(start + 1).is_some_and(|n| {
            !n.is_empty()
                && !NOUN_MARKERS.contains(&n)
                && !matches!(
                    n,
                    "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there"
                )
        })
        && words
            .raw
            .get(start + 1)
            .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()));
    let clause_first = !demonstrative_that && words.in_list(start, CLAUSE);
    let mut i = start;
    // A relative clause set aside inside the subject: where it opens and where the subject
    // goes on.
    let mut paren: Option<(usize, usize)> = None;
    while i < limit {
        // "Civil Rights Defenders, Human Rights Watch, …, and the World Organisation Against
        // Torture urge …": a list of names as the subject reads on.
        if i + 1 == limit
            && words.raw[start..i]
                .iter()
                .filter(|w| w.ends_with(','))
                .count()
                >= LIST_SUBJECT_COMMAS
        {
            limit = words.raw.len().min(start + LIST_SUBJECT_MAX_WORDS + 1);
        }
        let w = &*words.clean[i];
        // "The resolution, which was adopted by 365 votes to 202, also called …", "The
        // resolution, put forward by …, criticized …": a clause or participle set off by
        // commas right after a short subject is read past (not one after an object: "…
        // worked with X, who were detained …, and have published calls for …").
        // ("Brussels-based International Partnership for Human Rights (IPHR), the World
        // Organisation against Torture (OMCT) … have urged …": a bracketed aside counts no
        // words of the subject's reach.)
        if i > start && !clause_first {
            // ("Our organizations -- the Bureau, Nota Bene, … and the Partnership -- urge him
            // to …": so does an aside between two dashes.)
            if let Some(close) = bracket_end(words, i).or_else(|| dash_aside_end(words, i)) {
                limit = words.raw.len().min(limit + (close - i));
                i = close;
                continue;
            }
        }
        if i > start
            && i - start <= PARENTHETICAL_SUBJECT_MAX_WORDS
            && words.raw[i - 1].ends_with(',')
            && !clause_first
        {
            if let Some(close) = parenthetical_end(words, i) {
                limit = words.raw.len().min(limit + (close - i));
                i = close;
                continue;
            }
        }
        if words.in_list(i, CLAUSE) && i > start {
            // "The resolution, which was adopted by 365 votes, also called …": a relative
            // clause between commas is set aside, and the subject reads on after it.
            // (Only while no verb has come: "X worked with journalists A and B, who were
            // detained, and …" is past its subject.)
            let in_subject = words.clean[start..i].iter().all(|v| {
                !v.ends_with("ed")
                    && !matches!(
                        v.as_ref(),
                        "is" | "are" | "was" | "were" | "has" | "have" | "had"
                    )
            });
            // "The Board, the body which governs overseas broadcasting, has issued …": a relative
            // clause inside a noun set in apposition by commas after a short subject (its
            // article right after the comma, its head at most three words on) is set aside
            // with that noun.
            let in_apposition = || {
                (start + 1..i)
                    .rev()
                    .take(APPOSITION_HEAD_MAX_WORDS)
                    .find(|&k| words.raw[k - 1].ends_with(','))
                    .is_some_and(|k| {
                        k - start <= APPOSITION_SUBJECT_MAX_WORDS
                            && matches!(words.clean[k].as_ref(), "the" | "a" | "an")
                    })
            };
            let close = (in_subject
                && (matches!(w, "who" | "which")
                    && (words.raw[i - 1].ends_with(',') || in_apposition())
                    || w == "that" && in_apposition()))
            .then(|| {
                (i + 1..words.raw.len().min(i + RELATIVE_CLAUSE_MAX_WORDS))
                    .find(|&k| words.raw[k].ends_with(','))
            })
            .flatten()
            .filter(|&k| k + 1 < words.raw.len() && paren.is_none());
            if let Some(close) = close {
                paren = Some((i, close + 1));
                limit = words.raw.len().min(limit + close + 1 - i);
                i = close + 1;
                continue;
            }
            // "Central Asian leaders who are seeking greater regional cooperation … should
            // place …": a relative clause without commas right after an actor's noun, up to an
            // obligation before any comma, is set aside too, and the obligation is the main
            // clause's.
            let restrictive = (in_subject
                && paren.is_none()
                && words.clean[i] == "who"
                && has(&rules.text.actor_nouns, &words.clean[i - 1]))
            .then(|| {
                (i + 2..words.raw.len().min(i + RELATIVE_CLAUSE_MAX_WORDS))
                    .take_while(|&k| !words.raw[k - 1].ends_with([',', ';', ':']))
                    .find(|&k| words.obligation_at(k).is_some())
            })
            .flatten();
            if let Some(obligation) = restrictive {
                paren = Some((i, obligation));
                limit = words.raw.len().min(limit + obligation - i);
                i = obligation;
                continue;
            }
            break;
        }
        let subject_ok = i == start || !clause_first;
        if !subject_ok {
            break;
        }
        // "Amnesty International urges": a capitalised word is part of a name.
        // ("… the Tajik authorities' request to arrest him": after a possessive too.)
        // ("We further call on …", "The EU further calls on …", "The Committee further
        // requests …": after a subject, "further" is an adverb, not a noun's marker as in
        // "despite further calls for …".)
        // (Weighed only for a recommending verb found at `i`: most words are none.)
        // ("Callamard's called to veto …": "'s" before a past participle is "has", no
        // possessive.)
        let noun_use = |verb: &str| {
            let perfect = || verb.split(' ').next().is_some_and(|v| v.ends_with("ed"));
            let adverb_further = i >= start + 2
                && words.clean[i - 1] == "further"
                && (matches!(
                    words.clean[i - 2].as_ref(),
                    "we" | "i" | "they" | "it" | "he" | "she"
                ) || words.raw[i - 2].starts_with(|c: char| c.is_uppercase())
                    || words
                        .rules
                        .actor_nouns
                        .iter()
                        .any(|a| *a == words.clean[i - 2]));
            // ("We, the members of the public, call on you …": a word closing an apposition
            // with its comma marks no noun.)
            i > start
                && ((NOUN_MARKERS.contains(&&*words.clean[i - 1])
                    && !adverb_further
                    // (A quotation's mark before it: "… guilty of “public calls for …”".)
                    && words.raw[i - 1]
                        .trim_start_matches(['“', '"', '‘', '\'', '«', '('])
                        .starts_with(|c: char| c.is_lowercase())
                    && !words.raw[i - 1].ends_with(','))
                    || words.raw[i - 1].ends_with(['\'', '’'])
                    || (possessive_s(words.raw[i - 1]) && !perfect()))
        };
        // "Requests for his transfer have been ignored": a plural noun before "for".
        // ("The EU asked for …" is a verb after its subject: "ask" makes no noun of a call; a
        // command's "Ask for …" opening a list's item is left to its lead-in.)
        let noun_for = |verb: &str, n: usize| {
            n == 1
                && !verb.ends_with(" for")
                && !(verb.starts_with("ask") && i > start)
                && words.clean_at(i + n) == Some("for")
        };
        // ("We are also calling for …", "HRW is urging …", "we're asking …": a call in the
        // progressive is the list's verb after a present form of "be".)
        // (The entry is then the verb weighed; the cue shown is the sentence's own words.)
        let mut progressive = false;
        if let Some((verb, n)) = words
            .any_at(i, CueList::RecommendingVerbs)
            .or_else(|| {
                // (Only "is", "are", "am" or a contraction can be "be": most words are passed
                // at their length.)
                let w = words.clean[i].as_bytes();
                let n = w.len();
                let maybe_be =
                    matches!(w, b"is" | b"are" | b"am") || (n > 3 && w[n - 3..].contains(&b'\''));
                let found = maybe_be.then(|| progressive_call(words, i)).flatten();
                progressive = found.is_some();
                found
            })
            // "… released a statement urging …": the cue is the noun and its participle.
            .filter(|&(verb, n)| {
                let noun_cue = NOUN_CUES.iter().any(|p| verb.starts_with(p));
                // "Amnesty's calls to release …", "a demand to conduct …": a call by its noun.
                let noun_call = (verb.starts_with("call") || verb.starts_with("demand"))
                    && verb.ends_with(" to");
                // "charges of “public calls for mass unrest”": the name of an offence.
                let of_before = (i >= 1 && words.clean[i - 1] == "of")
                    || (i >= 2
                        && words.clean[i - 2] == "of"
                        && words.raw[i - 1].starts_with(|c: char| {
                            c.is_lowercase() || matches!(c, '“' | '"' | '«')
                        }));
                // "… equating criticism with calls for riots": a plural noun after a preposition.
                // ("… cracked down on calls for independence", "in response to calls for …".)
                // ("… outraged by their demands to allow …": a possessive or a determiner
                // between them.)
                let before = if i >= 2
                    && matches!(
                        words.clean[i - 1].as_ref(),
                        "their"
                            | "his"
                            | "her"
                            | "its"
                            | "our"
                            | "the"
                            | "these"
                            | "those"
                            | "such"
                    ) {
                    i - 2
                } else {
                    i.saturating_sub(1)
                };
                let after_preposition = i >= 1
                    && (verb.starts_with("calls") || verb.starts_with("demands"))
                    && matches!(
                        words.clean[before].as_ref(),
                        "with"
                            | "about"
                            | "against"
                            | "over"
                            | "amid"
                            | "despite"
                            | "on"
                            | "to"
                            | "for"
                            | "into"
                            | "by"
                            | "after"
                            | "following"
                            | "under"
                    );
                // "measures taken to encourage …", "efforts to urge …": an infinitive after a
                // noun or a participle is no call of the sentence's subject.
                let infinitive_of_noun = i >= start + 2
                    && words.clean[i - 1] == "to"
                    && INFINITIVE_HEADS.contains(&&*words.clean[i - 2]);
                // "… people using the Internet to organize or call for rallies": a plain form
                // joined by "or" to an infinitive of one or two words is that infinitive's
                // alternative, what the story describes, not the subject's call.
                let infinitive_alternative = i >= start + 3
                    && words.clean[i - 1] == "or"
                    && (2..=3).any(|back| {
                        i > start + back
                            && words.clean[i - back - 1] == "to"
                            && !words.raw[i - back - 1..i - 1]
                                .iter()
                                .any(|w| w.ends_with([',', ';', ':']))
                    });
                // "He was called to the prosecutor's office", "were called to testify": a
                // summons in the passive, not a call; so is any call told in the past passive
                // ("The delegation was invited to take places at the table", "He was asked to
                // leave": what happened to someone; "States are encouraged to …" still asks).
                let summoned = i > start
                    && if verb == "called to" {
                        matches!(
                            words.clean[i - 1].as_ref(),
                            "was" | "were" | "is" | "are" | "be" | "been" | "being"
                        )
                    } else {
                        verb.split(' ').next().is_some_and(|v| v.ends_with("ed"))
                            && matches!(
                                words.clean[i - 1].as_ref(),
                                "was" | "were" | "been" | "being"
                            )
                    };
                // "unconfirmed statements about alleged «calls for mass unrest»": a call in
                // quotation marks, or after "alleged"/"so-called", names an offence.
                let named_offence = (words.raw[i].starts_with(['«', '“', '"'])
                    && (verb.starts_with("calls") || verb.starts_with("demands")))
                    || (i >= 1
                        && matches!(
                            words.clean[i - 1].as_ref(),
                            "alleged" | "so-called" | "supposed" | "purported"
                        ));
                // "… a fighter against injustice and exceptional advocate for victims": the
                // plain form after an adjective is the noun; as a verb it follows a pronoun, a
                // plural, a modal or "to", or an adverb.
                let advocate_noun = verb == "advocate for"
                    && i > start
                    && !((words.clean[i - 1].ends_with('s')
                        // (A plural, not "tireless", "courageous".)
                        && !words.clean[i - 1].ends_with("ss")
                        && !words.clean[i - 1].ends_with("ous"))
                        || words.clean[i - 1].ends_with("ly")
                        || words.skip(i - 1)
                        || matches!(
                            words.clean[i - 1].as_ref(),
                            "we" | "i"
                                | "they"
                                | "you"
                                | "to"
                                | "also"
                                | "and"
                                | "further"
                                | "should"
                                | "must"
                                | "will"
                                | "would"
                                | "can"
                                | "could"
                        ));
                // "Experts have found evidence of stoking hatred and calls for a violent
                // overthrow": after a plural's "have"/"are"/"were", "and calls" cannot be its
                // verb; it is a noun joined to the object.
                let plural_subject_noun = i > start + 1
                    && (s_form_after_plural(words, start, i, verb)
                        || s_form_in_noun_phrase(words, i, verb, rules));
                // "… chasing opposition members with extradition requests, has also made …": a
                // call's verb takes its object after it; a word closed by a comma or a stop is
                // a noun (or a clause's aside, "as the Committee requested,").
                // ("The Committee recommends, bearing in mind …, that the State party …": an
                // aside after the verb's comma, then its "that" or "to", is no such end; nor
                // is one before a gerund: "He also recommends, inter alia, implementing …".)
                let closed = n == 1
                    && words.raw[i].ends_with([',', ';', '.'])
                    && !after_aside(words, i).is_some_and(|k| {
                        matches!(words.clean[k].as_ref(), "that" | "to")
                            || gerund_like(&words.clean[k])
                    });
                // "… started to receive threats and demands to return home".
                let received_noun = received_noun(words, start, i, verb, rules);
                // "The authorities did not call for calm", "we never urged …": a call denied.
                let negated = i > start
                    && (matches!(words.clean[i - 1].as_ref(), "not" | "never")
                        || words.clean[i - 1].ends_with("n't")
                        || words.clean[i - 1].ends_with("n’t"));
                !of_before
                    && !negated
                    && !closed
                    && !received_noun
                    && !advocate_noun
                    && !plural_subject_noun
                    && !named_offence
                    && !summoned
                    && !after_preposition
                    && !infinitive_of_noun
                    && !infinitive_alternative
                    && (noun_cue || noun_call || (!noun_use(verb) && !noun_for(verb, n)))
            })
            // "The officers demanded that the three go with them": what the police did; "He
            // demanded to dismiss three charges": what one person asked in the story told.
            .filter(|&(verb, _)| {
                // ("She demanded [that] the Taliban rescind the bans": made of an actor or a
                // name with a command's verb, the demand is a call, whoever "she" is.)
                let one_person = i == start + 1
                    && matches!(words.clean[start].as_ref(), "he" | "she")
                    && (verb.starts_with("demanded") || verb.starts_with("asked"))
                    && !{
                        let after = i + verb.split(' ').count();
                        let after = after + usize::from(words.clean_at(after) == Some("that"));
                        verb.starts_with("demanded") && subjunctive_demand(words, after, rules)
                    };
                // "We will form a committee and we will urge the public to …": what someone
                // will do, not a call now ("We would urge …" asks politely).
                let adverb = i > start + 1 && ADVERBS_BEFORE_CALL.contains(&&*words.clean[i - 1]);
                let will = i - usize::from(adverb);
                let intended = will > start
                    && (matches!(words.clean[will - 1].as_ref(), "will" | "shall")
                        || words.raw[will - 1].ends_with("'ll")
                        || words.raw[will - 1].ends_with("’ll"));
                // "Local officials called on the demonstrators to stop the rallies": a call on
                // a crowd is an order told by the story, not a recommendation.
                // ("The prosecutor's office called on citizens not to …", "The ministry urged
                // residents to stay at home": a call on the public at large is an appeal the
                // story tells, addressing no actor.)
                let crowd_addressed = {
                    let mut k = i + verb.split(' ').count();
                    if words.clean_at(k) == Some("the") {
                        k += 1;
                    }
                    (verb.starts_with("call")
                        && words.clean_at(k).is_some_and(|w| CROWD_NOUNS.contains(&w)))
                        || ((verb.starts_with("call")
                            || verb.starts_with("urg")
                            || verb.starts_with("ask")
                            || verb.starts_with("appeal"))
                            && words.clean_at(k).is_some_and(|w| PUBLIC_NOUNS.contains(&w))
                            && matches!(words.clean_at(k + 1), Some("to" | "not")))
                };
                // "… the following powers of the Ombudsman: to appeal to the President …", "the
                // right to appeal to the court": a call's verb in the infinitive of a power or a
                // right listed, not a call made.
                let power_listed = i >= start + 2
                    && words.clean[i - 1] == "to"
                    && (words.raw[i - 2].ends_with([':', ';'])
                        || POWER_NOUNS.contains(&&*words.clean[i - 2]));
                !one_person
                    && !intended
                    && !crowd_addressed
                    && !power_listed
                    && !words.clean[start..i]
                        .iter()
                        .any(|w| enforcer_or_its(w, rules))
                    && !of_a_protest(words, start, i, rules)
                    && !punished_for(words, start, i, rules)
                    // "This crackdown … demands a firm answer": a thing needs, not a speaker.
                    && (!impersonal_verb(verb) || !thing_as_subject(words, start, i, rules))
                    && !event_subject(words, start, i, verb, rules)
            })
        {
            // "This statement sets out our concerns and recommends practical steps": a second
            // verb of a subject that is no speaker needs an actor to address.
            let joined = i > start && words.clean[i - 1] == "and";
            // ("appeal to" names whom it addresses; "calls to" is followed by the action, and
            // so is a call not to act: "The NGO sector calls not to adopt the bill".)
            let call_to = ((verb.starts_with("call") || verb.starts_with("demand"))
                && verb.ends_with(" to"))
                || verb.ends_with(" not to");
            let object = if call_to {
                // "AI calls to immediately release …": the call's own verb follows.
                words.clean[i + n..]
                    .iter()
                    .find(|w| !has(&rules.text.skip_words, w))
                    .is_some_and(|w| has(&rules.text.imperative_verbs, w))
            } else if verb.starts_with("press") {
                // "Rights groups have pressed Tajikistan to release …", not "Authorities have
                // pressed criminal charges against …": whom it presses is an actor.
                has_object(words, i + n, verb, rules) && object_names_actor(words, i + n, rules)
            } else if verb.starts_with("want") || verb.starts_with("expect") {
                // "The group wants the authorities to release …", "The EU expects the
                // authorities to ensure …": an actor and a command's verb (not "wants to see
                // …", "expects to receive …", not "We want the people of X to enjoy …": a
                // wish).
                wants_command(words, i + n, rules)
            } else {
                has_object(words, i + n, verb, rules)
                    // "AI calls on the President of X on the eve of … to arrange …": a call
                    // on a named actor, however far its "to".
                    || (verb.starts_with("call") && object_names_actor(words, i + n, rules))
                    // "I encourage the development of an independent institution", "We appeal
                    // to international organizations and the media …": the speaker's own call
                    // in the present asks whatever its object.
                    || (performative(words, start, i, verb)
                        && words
                            .clean_at(i + n)
                            .is_some_and(|w| !NO_OBJECT_WORDS.contains(&w)))
            };
            // ("… criticized the jailing of X and called for their immediate release": a
            // joined call for an action asks for it, whoever it addresses.)
            let action_asked = verb.ends_with(" for")
                && ((i + n..words.raw.len().min(i + n + ACTION_NOUN_REACH))
                    .any(|k| has(&rules.text.action_nouns, &words.clean[k]))
                    || for_clause_asks(words, i + n));
            // ("… called this a serious violation and demanded that the relatives be released":
            // a joined demand's that-clause asks for an action, whoever it names.)
            let that_demand = (verb.starts_with("demand") || verb.starts_with("urge"))
                && words.clean_at(i + n) == Some("that");
            if object
                && (!joined
                    || action_asked
                    || that_demand
                    || object_names_actor(words, i + n, rules))
            {
                // ("insists that all those held should be freed": whom it frees, not whom it
                // asks.)
                let addressee = if verb.ends_with(" for")
                    || call_to
                    || verb.starts_with("insist")
                    || verb.starts_with("remind")
                {
                    None
                } else if thing_of(words, i + n, rules) {
                    // "I encourage the establishment of an independent institution": a thing
                    // asked for, not whom it asks.
                    None
                } else {
                    // "demanded the immediate release of …": an action, not whom it asks
                    // ("requested information about …": an account, `account_nouns`). (A
                    // capitalised word is a name's: "called on the Justice Ministry".)
                    object_phrase(words, i + n, rules).filter(|o| {
                        !o.split_whitespace().any(|w| {
                            let named = w.starts_with(char::is_uppercase);
                            let w = clean_word(w);
                            !named
                                && (rules.text.action_nouns.contains(&w)
                                    || rules.text.account_nouns.contains(&w))
                        })
                    })
                };
                let cue = if progressive {
                    Cow::Owned(progressive_cue(words, i, n))
                } else {
                    Cow::Borrowed(verb)
                };
                return Some(Decision {
                    kind: ItemKind::Recommendation,
                    evidence: KindEvidence::new("recommending verb", cue.as_ref()),
                    addressee,
                });
            }
        }
        // (A verb needs its subject before it; "there is a need …" may open the sentence.)
        let called = if i > start {
            renewed_call(words, i)
                .or_else(|| timed_call(words, i, rules))
                .or_else(|| actor_called_to(words, i, rules))
                .or_else(|| stated_need(words, i, rules))
                .or_else(|| hoped_call(words, i, rules))
                .or_else(|| awaited_implementation(words, i))
        } else if matches!(words.clean[i].as_ref(), "there" | "there's" | "there’s") {
            stated_need(words, i, rules)
        } else {
            None
        };
        if let Some(verb) = called {
            if !words.clean[start..i]
                .iter()
                .any(|w| has(&rules.text.enforcer_nouns, w))
            {
                return Some(Decision {
                    kind: ItemKind::Recommendation,
                    evidence: KindEvidence::new("recommending verb", &verb),
                    addressee: None,
                });
            }
        }
        if let Some(decision) = participle_call(words, i, rules) {
            return Some(decision);
        }
        if let Some((word, len)) = words
            .obligation_at(i)
            .filter(|_| !described_content(words, i))
            // "The United States is encouraged to see the collaboration …": pleased by what it
            // sees (`perceiving_verbs`), the speaker asks no one.
            .filter(|&(word, len)| {
                !(word.ends_with("encouraged to")
                    && words
                        .clean_at(i + len)
                        .is_some_and(|w| has(&rules.text.perceiving_verbs, w)))
            })
        {
            // "… was good news, but there should be no new arrests for …": "there" and
            // an obligation opening a clause joined by a comma and "but"/"and"/"yet" obliges as
            // it does opening the sentence.
            if existential_clause(words, start, i)
                && words.clean_at(i + len) == Some("be")
                && !enforcer_speaks(words, i, rules)
            {
                return Some(Decision {
                    kind: ItemKind::Recommendation,
                    evidence: KindEvidence::new("obligation", word),
                    addressee: None,
                });
            }
            // "In the light of its general comment No. 36, the State party should": the subject
            // is what follows the last comma.
            // ("The government, which …, must": the subject is before the relative clause.)
            let set_aside = paren.filter(|&(_, on)| on == i);
            // ("Tajik authorities have the obligation to …": the subject ends at the link.)
            // ("The government also needs to …", "Kazakhstan still should …": an adverb
            // before the obligation ends the subject too.)
            let link = adverbs_before(words, start, obligation_link(words, i, word).unwrap_or(i));
            let mut subject_end = set_aside.map_or(link, |(open, _)| open);
            // "the international community can and must scrutinize …": a modal joined to the
            // obligation is no part of the subject.
            if subject_end >= start + 3
                && words.clean[subject_end - 1] == "and"
                && MODALS.contains(&&*words.clean[subject_end - 2])
            {
                subject_end -= 2;
            }
            // (The comma that opens the relative clause ends no opening phrase; nor does one
            // after a modal joined to the obligation: "the President can, and should, veto …".)
            let search_end = set_aside.map_or(i, |(open, _)| open - 1).min(subject_end);
            let after_comma = (start..search_end)
                .rev()
                .find(|&k| words.raw[k].ends_with(','))
                .map_or(start, |k| k + 1);
            // ("Speaking in Ashgabat, the envoy said Turkmenistan had to …": a reported obligation's
            // subject follows the verb of saying, or its "that".)
            let after_comma = if word == "had to" {
                (after_comma..subject_end)
                    .rev()
                    .find(|&k| {
                        words.clean[k] == "that"
                            || has(&rules.text.reporting_verbs, &words.clean[k])
                    })
                    .map_or(after_comma, |k| k + 1)
            } else {
                after_comma
            };
            let subject = &words.clean[after_comma..subject_end];
            let subject_words: Vec<&str> = words.raw[after_comma..subject_end].to_vec();
            // The head of the subject (before "of", "in", "to" …) names an actor or a country:
            // "The authorities of the region should", not "efforts to support X should".
            // ("The wealth controlled by this government should not …": a participle with its
            // agent ends the head too.)
            let head_end = (0..subject.len())
                .position(|k| {
                    let w = &*subject[k];
                    matches!(
                        w,
                        "of" | "in" | "to" | "at" | "from" | "for" | "on" | "with"
                    )
                    // ("Central Asian leaders who are seeking greater … investment to … should
                    // place …": a relative clause after the head.)
                    || (k > 0 && matches!(w, "who" | "whom" | "whose"))
                    // ("International donors seeking to fund education … should …": a
                    // participle and its "to" after an actor's noun; not "OSCE participating
                    // States", an adjective.)
                    || (k > 0
                        && w.len() > 5
                        && w.ends_with("ing")
                        && subject.get(k + 1).is_some_and(|t| t == "to")
                        && has(&rules.text.actor_nouns, &subject[k - 1]))
                    || (k > 0
                        && subject.get(k + 1).is_some_and(|b| b == "by")
                        && (w.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&w)))
                })
                .unwrap_or(subject.len());
            let head = head_end.checked_sub(1).and_then(|h| subject.get(h));
            // "… notes that it should be in X's interest to open up": "it … be" judges, it
            // obliges no one ("there should be an inquiry" still does).
            let judging_it =
                subject.len() == 1 && subject[0] == "it" && words.clean_at(i + len) == Some("be");
            // "Secretary Blake must …", "High Representative Moreau should …": an official's
            // title before the name that ends the head; "Ms. Mohammed should …": a courtesy
            // title (`honorifics`) too.
            let titled = (0..head_end).any(|k| {
                k + 1 < head_end
                    && (is_actor(&subject[k], rules) || has(&rules.text.honorifics, &subject[k]))
                    && subject_words[k + 1..head_end]
                        .iter()
                        .all(|w| w.starts_with(|c: char| c.is_uppercase()))
            });
            // "The Ministry needs to emphasize that …": a verb of saying after the obligation is
            // the speaker's own rhetoric.
            let next_verb = words.clean[(i + len).min(words.clean.len())..]
                .iter()
                .position(|w| !has(&rules.text.skip_words, w))
                .map(|p| i + len + p);
            // ("Tajikistan's partners should emphasize that …", "Donors should also stress to
            // the government that …": "should" advises others to say it, a call; the speaker's
            // own "We should also note …", "One should stress …" stays rhetoric.)
            let advised_to_say = word == "should"
                && subject
                    .last()
                    .is_some_and(|w| !matches!(w.as_ref(), "we" | "i" | "one" | "you"));
            let saying = !advised_to_say
                && next_verb.is_some_and(|v| has(&rules.text.saying_verbs, &words.clean[v]));
            // "But we have to recognise that, for a country …": the speaker's own admission,
            // a verb of knowing and its that-clause after "we"/"I", obliges no one.
            // ("We must express our strong objections to …": the speaker voicing its own view
            // in the act of speaking.)
            let admitting = i > start
                && matches!(words.clean[i - 1].as_ref(), "we" | "i")
                && next_verb.is_some_and(|v| {
                    (KNOWING_VERBS.contains(&&*words.clean[v])
                        && words.clean_at(v + 1) == Some("that"))
                        || (EXPRESSING_VERBS.contains(&&*words.clean[v])
                            && matches!(words.clean_at(v + 1), Some("our" | "my")))
                });
            // "… the scope of the suggestions shows just how much work we need to do", "… asked
            // whether the EU should …": an obligation inside an indirect question of degree,
            // "whether" or "why" (its word within the subject, not opening it) is the thing
            // asked about, not asked of anyone. ("… articulates how the European Union should
            // make …" tells the way a report asks for.)
            let indirect_question = (1..subject.len()).any(|k| match subject[k].as_ref() {
                "whether" | "why" => true,
                "how" => subject
                    .get(k + 1)
                    .is_some_and(|w| DEGREE_HOW.contains(&w.as_ref())),
                _ => false,
            });
            let saying = saying || admitting || indirect_question;
            // "He has heart problems and he needs to go to the capital for treatment": a need of
            // "he"/"she" whose verb is no command's (`imperative_verbs`) is that person's own
            // need, told by a witness ("… and he needs to release them" still asks).
            let own_need = matches!(word, "needs to" | "need to" | "has to")
                && i > start
                && matches!(words.clean[i - 1].as_ref(), "he" | "she")
                && next_verb.is_some_and(|v| {
                    let verb = &*words.clean[v];
                    verb != "be" && !has(&rules.text.imperative_verbs, verb)
                });
            // "… the Parliament set out benchmarks the government would need to meet before …":
            // "would" before the obligation, in a clause under a finite verb told before it
            // (no "that"), is a condition told, not asked of anyone.
            let told_condition = link > after_comma + 1
                && words.clean[link - 1] == "would"
                && !crate::corpus::rules::holds_no_finite_verb(
                    &words.clean[after_comma..link - 1].join(" "),
                );
            let saying = saying || own_need || told_condition;
            // "The government and the judiciaries should not …": a conjunct's head before
            // "and"; "The main task of the authorities should be to …": a role of an actor;
            // "To ensure justice the Kazakhstani government needs to …": a subject opening
            // with an infinitive or a preposition ends in its head. (Not a pronoun: "In the
            // view of the participants it should be a priority …" judges.)
            let last_head = (head_end == 0)
                .then(|| subject.last())
                .flatten()
                .filter(|h| !has(&rules.text.pronouns, h));
            let conjunct_actor =
                (1..head_end).any(|k| subject[k] == "and" && is_actor(&subject[k - 1], rules));
            // ("As a caretaker parliament, its focus should be on …": a role after a
            // possessive is the role of the actor it stands for.)
            let role_noun = head.is_some_and(|h| ROLE_NOUNS.contains(&&**h));
            // ("Ms. Mohammed’s agenda … should include addressing …": a name's possessive
            // stands for the person named.)
            let possessive_role = role_noun
                && head_end >= 2
                && (matches!(&*subject[head_end - 2], "its" | "their" | "your" | "our")
                    || (possessive_s(subject_words[head_end - 2])
                        && subject_words[head_end - 2].starts_with(|c: char| c.is_uppercase())));
            let role_of_actor = role_noun
                && (subject[head_end..].iter().any(|w| is_actor(w, rules)) || possessive_role);
            // "… are steps authorities can and should take right away": an actor right before
            // the obligation (past "can and") in a clause without "that" (not "… the police
            // should have examined": that judges the past).
            let mut before = link;
            while before >= start + 2
                && words.clean[before - 1] == "and"
                && MODAL_WORDS.contains(&&*words.clean[before - 2])
            {
                before -= 2;
            }
            // (An actor's noun or a country, not a pronoun: "the information they need to …".)
            // ("Measures to achieve this across the three countries should include …": an actor
            // after a preposition is no subject.)
            let actor_before = before > start
                && (has(&rules.text.actor_nouns, &words.clean[before - 1])
                    || rules.gazetteer.exact(&words.clean[before - 1]).is_some())
                && !words.clean[before.saturating_sub(4).max(start)..before - 1]
                    .iter()
                    .any(|w| PREPOSITIONS.contains(&&**w))
                && words.clean_at(i + len) != Some("have");
            // "The new parliament is now accountable for police reform and needs to protect
            // …": an obligation on a predicate joined by "and" to a verb in the present shares
            // that verb's subject, which is read before it.
            let shared_subject = (link > after_comma + 2 && words.clean[link - 1] == "and")
                .then(|| {
                    (after_comma + 1..link - 1).find(|&k| {
                        matches!(
                            words.clean[k].as_ref(),
                            "is" | "are" | "has" | "have" | "remains" | "remain"
                        )
                    })
                })
                .flatten()
                .filter(|&v| v - after_comma <= SHARED_SUBJECT_MAX_WORDS)
                .map(|v| {
                    let head_end = (after_comma..v)
                        .find(|&k| PREPOSITIONS.contains(&&*words.clean[k]))
                        .unwrap_or(v);
                    (after_comma, head_end)
                })
                .filter(|&(from, head_end)| {
                    head_end > from
                        && (has(&rules.text.actor_nouns, &words.clean[head_end - 1])
                            || subject_is_country(&words.raw[from..head_end], rules))
                });
            let names_actor = !judging_it
                && !saying
                && (titled
                    || shared_subject.is_some()
                    || conjunct_actor
                    || role_of_actor
                    || actor_before
                    || head
                        .or(last_head)
                        .is_some_and(|h| is_actor(h, rules) || h == "party")
                    || (head_end > 0 && subject_is_country(&subject_words[..head_end], rules))
                    || first_segment_names_actor(words, start, i, rules));
            if names_actor && i > start && !enforcer_speaks(words, i, rules) {
                return Some(Decision {
                    kind: ItemKind::Recommendation,
                    evidence: KindEvidence::new("obligation", word),
                    // (A possessive's role names no one: "its focus" is nobody's name.)
                    addressee: match shared_subject {
                        Some((from, head_end)) => actor_phrase(&words.raw[from..head_end], rules),
                        None => (!possessive_role)
                            .then(|| {
                                // ("Example Rights Centre said the authorities should …": the
                                // obligation's own subject follows the verb of saying.)
                                // (In small letters: "the United States" says nothing.)
                                let said = (0..subject.len())
                                    .rev()
                                    .find(|&k| {
                                        has(&rules.text.reporting_verbs, &subject[k])
                                            && subject_words[k]
                                                .starts_with(|c: char| c.is_lowercase())
                                    })
                                    .filter(|&k| k + 1 < subject_words.len());
                                let own =
                                    said.map_or(&subject_words[..], |k| &subject_words[k + 1..]);
                                actor_phrase(own, rules)
                            })
                            .flatten(),
                    },
                });
            }
            // "… reports of a journalist's torture should prompt an immediate investigation":
            // an obligation whose object is an action (`action_nouns`) asks for it whoever the
            // subject is (not "should have …", "should be …": those judge or describe).
            let verb = words.clean_at(i + len);
            let asks_action = i > start
                && !matches!(verb, Some("be" | "have" | "not" | "never"))
                && (i + len + 1..words.raw.len().min(i + len + 1 + ACTION_OBJECT_REACH))
                    .any(|k| has(&rules.text.action_nouns, &words.clean[k]));
            // "The main task of the authorities should be to restore trust …": an obligation
            // whose complement is an action to take asks for it.
            let mut to_do = i + len;
            if words.clean_at(to_do) == Some("be") && words.clean_at(to_do + 1) == Some("to") {
                to_do += 2;
                while to_do < words.raw.len() && to_do < i + len + 4 && words.skip(to_do) {
                    to_do += 1;
                }
            }
            let be_to_act = to_do > i + len
                && i > start
                && words
                    .clean
                    .get(to_do)
                    .is_some_and(|w| has(&rules.text.imperative_verbs, w));
            // "A central thrust of this strategy should be securing greater compliance …", "The
            // first step must be releasing …": a goal's noun (`ROLE_NOUNS`, `GOAL_NOUNS`) as the
            // head, "be" and a command's gerund name the action the goal is, as "be to" and its
            // verb do ("The review should be taking place in May" tells what happens).
            let be_acting = i > start
                && head.is_some_and(|h| ROLE_NOUNS.contains(&&**h) || GOAL_NOUNS.contains(&&**h))
                && words.clean_at(i + len) == Some("be")
                && words
                    .clean_at(i + len + 1)
                    .is_some_and(|w| words.gerund_of_command(w));
            let be_to_act = be_to_act || be_acting;
            // "“All forms of arbitrary detention …” should stop, it adds": an obligation whose
            // verb is a demand (`demand_verbs`) asks for it whoever the subject is.
            // ("It should stop raining", "This must stop": no action asked of anyone.)
            let empty_subject = subject.len() == 1
                && matches!(subject[0].as_ref(), "it" | "this" | "that" | "there");
            let demanded = i > start && !empty_subject && words.demand_from(i + len);
            // "Human rights should be high on the secretary-general's agenda", "… must be a
            // priority of the talks", "Countering violent extremism should remain a priority":
            // an obligation to rank a matter first asks those who set
            // the agenda (`priority_complements` after "be" and its adverbs).
            // (Never after "it": "… it should be a priority of the next parliament to …"
            // weighs, as every "it should be …" does.)
            let prioritised = i > start
                && !empty_subject
                && !matches!(
                    words.clean[i - 1].as_ref(),
                    "it" | "this" | "that" | "there"
                )
                && {
                    // ("… must now be the key priority for the Kyrgyz authorities": "now" or
                    // "always" before "be" too.)
                    let mut at = i + len;
                    while at < words.raw.len()
                        && at < i + len + 3
                        && (words.skip(at) || matches!(words.clean[at].as_ref(), "now" | "always"))
                    {
                        at += 1;
                    }
                    // ("… should remain a priority": "remain"/"stay" link as "be" does.)
                    matches!(words.clean_at(at), Some("be" | "remain" | "stay")) && {
                        at += 1;
                        while at < words.raw.len() && at < i + len + 5 && words.skip(at) {
                            at += 1;
                        }
                        rules
                            .text
                            .priority_complements
                            .iter()
                            .any(|p| words.phrase_at(at, p).is_some())
                            || condition_complement(words, at, rules)
                    }
                };
            // ("The interrogators told the two men that he should cease …": the police's own
            // demand, told by the story.)
            // "The release of imprisoned defenders should top the list of EU demands": an
            // obligation to head a list or an agenda ranks a matter first too.
            let prioritised = prioritised
                || (i > start
                    && !empty_subject
                    && matches!(words.clean_at(i + len), Some("top" | "head" | "lead"))
                    && words.clean_at(i + len + 1) == Some("the")
                    && matches!(words.clean_at(i + len + 2), Some("list" | "agenda")));
            if (asks_action || be_to_act || demanded || prioritised)
                && !enforcer_speaks(words, i, rules)
            {
                return Some(Decision {
                    kind: ItemKind::Recommendation,
                    evidence: KindEvidence::new("obligation", word),
                    addressee: None,
                });
            }
        }
        // "The EU cannot forget why it imposed sanctions …", "The international community
        // cannot remain silent": an actor told it cannot neglect something is asked not to.
        if let Some(cue) = cannot_neglect(words, start, i, rules) {
            return Some(Decision {
                kind: ItemKind::Recommendation,
                evidence: KindEvidence::new("obligation", cue),
                addressee: None,
            });
        }
        // "The authors of the appeal consider it necessary: …", "We deem it vital to reopen
        // …": the speaker's own judgment of what is needed asks, as "it is necessary" does
        // (before "considers" is read as a finding).
        if let Some(cue) = deemed_necessity(words, i, rules) {
            return Some(Decision {
                kind: ItemKind::Recommendation,
                evidence: KindEvidence::new("recommending opening", cue),
                addressee: None,
            });
        }
        if first_finding.is_none() {
            if let Some(phrase) = words
                .any_at(i, CueList::FindingPhrases)
                // ("… is a glimmer of hope for …", "a welcome step": one word of a finding
                // phrase after a determiner or "of" is a noun, no one's finding.)
                .filter(|(phrase, _)| {
                    phrase.contains(' ')
                        || i == 0
                        || !FINDING_NOUN_MARKERS.contains(&words.clean[i - 1].as_ref())
                        // ("A. whereas …": a paragraph's letter, no article.)
                        || words.raw[i - 1].ends_with(['.', ')', ':'])
                })
                // ("Information on the victims must be disclosed immediately,” he stressed":
                // a verb of saying or stressing after the main clause names who speaks.)
                .filter(|(phrase, _)| !trailing_attribution(words, start, i, phrase, rules))
                .map(|(phrase, _)| phrase)
                .or_else(|| words.feeling_at(i))
            {
                first_finding = Some((i, phrase));
                break;
            }
        }
        i += 1;
    }
    let Some((at, phrase)) = first_finding else {
        // "These include recommendations to adopt …", "Among other recommendations are …": a
        // summary that tells recommendations made.
        if let Some(cue) = told_recommendations(words, start, rules) {
            return Some(Decision {
                kind: ItemKind::Recommendation,
                evidence: KindEvidence::new("recommending verb", cue),
                addressee: None,
            });
        }
        // "Trumped-up charges against X, …, should be dropped immediately": an obligation in
        // the passive with a command's verb.
        if let Some(word) = passive_obligation(words, start, rules, false) {
            return Some(Decision {
                kind: ItemKind::Recommendation,
                evidence: KindEvidence::new("obligation", word),
                addressee: None,
            });
        }
        // "… focus on the fact that X was sentenced and that the government must immediately
        // release him": an obligation on an actor inside a that-clause, however far.
        if let Some(decision) = obligation_in_that_clause(words, start + 1, rules) {
            return Some(decision);
        }
        // No cue near the start ("We look forward to … and encourage the Government to …"):
        // a recommending verb joined to the main verb still speaks.
        // ("Alarmed by the way …, RSF also urges the parliament to …", "… were targeted for
        // their work, prompting Human Rights Watch and other groups to call for …": a clause
        // opened by a comma past the subject's reach, its own short subject a name; read only
        // for a sentence nothing else decided.)
        return joined_recommendation(words, start + 1, true, rules)
            .or_else(|| late_comma_clause_call(words, start, rules));
    };
    // "The EU believes that …, Turkmenistan has to …", "The Committee considers that the State
    // party should …": a that-clause after a finding phrase carries the decision.
    let after = at
        + rules
            .text
            .finding_phrases
            .iter()
            .filter_map(|p| words.phrase_at(at, p))
            .max()
            .unwrap_or(1);
    // "It also states that Turkmenistan should …": a reporting phrase that ends in "that".
    // "The United States believes the Office should …": a verb of opinion takes its clause
    // without "that" too.
    let clause = if phrase.ends_with(" that") {
        Some(after)
    } else if words.clean_at(after) == Some("that") {
        Some(after + 1)
    } else if words.clean_at(after + 1) == Some("that")
        && words
            .clean_at(after)
            .is_some_and(|w| has(&rules.text.skip_words, w))
    {
        // "We believe, however, that …".
        Some(after + 2)
    } else if words.clean_at(after + 2) == Some("that")
        && matches!(
            words.clean_at(after),
            Some("our" | "its" | "their" | "his" | "her" | "the")
        )
        && words
            .clean_at(after + 1)
            .is_some_and(|w| OPINION_NOUNS.contains(&w))
    {
        // "The EU stresses its view that …", "We underline our belief that …": the opinion's
        // noun before its that-clause.
        Some(after + 3)
    } else if phrase.starts_with("agree") {
        // "We agree with the Representative on Freedom of the Media that security concerns …
        // should not be used to …": the that-clause of the view agreed with, past whose view
        // it is.
        (after..words.raw.len().min(after + AGREED_VIEW_MAX_WORDS))
            .find(|&k| words.clean[k] == "that")
            .map(|k| k + 1)
    } else {
        OPINION_VERBS.contains(&phrase).then_some(after)
    };
    if let Some(clause) = clause.filter(|&c| c < words.raw.len()) {
        // "The press secretary stated that the EU calls on the government to …", "The EU
        // stressed that limitations … should only be applied if …": a verb of saying or
        // stressing reports what its that-clause asks (not "notes that …", a finding, nor what
        // police or prosecutors said).
        let reported = reported_speech(words, start, at, phrase, rules);
        // (The clause is read as a sentence of its own: the words after it.)
        // ("Experts noted that the State party still needed to …": a need told in the past.)
        let backshift =
            clause >= 2 && words.clean[clause - 1] == "that" && past_verb(&words.clean[clause - 2]);
        let clause_words = words.clause_from(clause, backshift);
        // ("The prosecutor said that the editor should be sentenced to six years": what police
        // or prosecutors want is read only by a command's participle, not the looser passive.)
        let enforcer_said = !reported
            && words.clean[start.min(at)..at]
                .iter()
                .any(|w| has(&rules.text.enforcer_nouns, w))
            && passive_obligation_of(&clause_words, 0, rules, false).is_some_and(|(_, l)| l);
        if let Some(inner) = sentence_of(&clause_words, rules).filter(|_| !enforcer_said) {
            // ("We believe that it is vitally important to …": an opening that recommends.)
            if inner.kind == ItemKind::Recommendation
                && (matches!(
                    inner.evidence.rule.as_str(),
                    "obligation" | "recommending opening"
                ) || (reported && inner.evidence.rule == "recommending verb"))
            {
                return Some(inner);
            }
        }
        // "The EU believes that greater investment in … is necessary to …", "We consider that
        // full respect for the rule of law … is necessary to ensure …": a thing judged
        // necessary for a command's aim in an opinion's clause is asked for.
        if OPINION_VERBS.contains(&phrase.split(' ').next().unwrap_or_default()) {
            if let Some(word) = opined_necessity(&clause_words, rules) {
                return Some(Decision {
                    kind: ItemKind::Recommendation,
                    evidence: KindEvidence::new("recommending opening", &word),
                    addressee: None,
                });
            }
        }
        if reported {
            if let Some(word) = passive_obligation(&clause_words, 0, rules, true) {
                return Some(Decision {
                    kind: ItemKind::Recommendation,
                    evidence: KindEvidence::new("obligation", word),
                    addressee: None,
                });
            }
            // "The EU repeated that the work of the Ombudsman … must continue without
            // interruption": in the that-clause of a verb of stressing or repeating
            // (`emphasis_verbs`), an obligation on any subject asks (not "it", which judges).
            let verb = phrase.split(' ').next().unwrap_or_default();
            let stressed = has(&rules.text.emphasis_verbs, verb)
                && clause_words.clean.first().is_some_and(|w| w != "it");
            if let Some((word, _)) = stressed
                .then(|| {
                    (1..clause_words.raw.len().min(LIST_SUBJECT_MAX_WORDS))
                        .find_map(|j| clause_words.obligation_at(j))
                })
                .flatten()
            {
                return Some(Decision {
                    kind: ItemKind::Recommendation,
                    evidence: KindEvidence::new("obligation", word),
                    addressee: None,
                });
            }
        }
    }
    // "X's release is welcome news, but the authorities must now free …": a clause after "but"
    // that obliges an actor decides the sentence.
    if let Some(but) = (after..words.raw.len()).find(|&k| {
        words.clean[k] == "but"
            // (Read again only when an obligation's first word follows.)
            && words.clean[k + 1..].iter().any(|w| {
                rules
                    .text
                    .obligation_words
                    .iter()
                    .any(|o| o.split(' ').next() == Some(w.as_ref()))
            })
    }) {
        if let Some(inner) = sentence_of(&words.from(but + 1), rules) {
            if inner.kind == ItemKind::Recommendation && inner.evidence.rule == "obligation" {
                return Some(inner);
            }
        }
    }
    // "The resolution welcomes the release of X, but insists that all activists in jail should
    // be freed", "… welcomes today's pardon of five journalists, but it calls on the President
    // to free …": a call after "but" (its subject a pronoun or none, adverbs between) decides
    // the sentence too.
    if let Some(but) = (after..words.raw.len()).find(|&k| {
        words.clean[k] == "but" && {
            let mut j = k + 1;
            if words
                .clean_at(j)
                .is_some_and(|w| matches!(w, "it" | "they" | "we" | "he" | "she" | "i"))
            {
                j += 1;
            }
            while j < words.raw.len() && words.skip(j) {
                j += 1;
            }
            words.clean_at(j).is_some_and(|w| w.starts_with("insist"))
                || words.any_at(j, CueList::RecommendingVerbs).is_some()
        }
    }) {
        if let Some(inner) = sentence_of(&words.from(but + 1), rules) {
            if inner.kind == ItemKind::Recommendation {
                return Some(inner);
            }
        }
    }
    if let Some(call) = stressing_participle_call(words, after, rules) {
        return Some(call);
    }
    // "Kind statements are welcome, but what is needed is a clear message …", "…, but it is
    // essential that …": a necessity after "but" asks, whatever the finding before it; so does
    // one reported after "but" and a verb of saying ("… applauded the efforts …, but said it
    // was essential that returns were voluntary").
    if let Some(opening) = (after.max(1)..words.raw.len())
        .filter(|&k| words.clean[k - 1] == "but")
        .find_map(|k| {
            impersonal_necessity(words, k, rules).or_else(|| {
                let said = has(&rules.text.reporting_verbs, &words.clean[k]);
                let it = k + 1 + usize::from(words.clean_at(k + 1) == Some("that"));
                (said && words.clean_at(it + 1) == Some("was"))
                    .then(|| impersonal_necessity(words, it, rules))
                    .flatten()
            })
        })
    {
        return Some(Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending opening", &opening),
            addressee: None,
        });
    }
    joined_recommendation(words, at + 1, false, rules).or(Some(Decision {
        kind: ItemKind::Paragraph,
        evidence: KindEvidence::new("finding phrase", phrase),
        addressee: None,
    }))
}

/// Most words of a subject whose head is an event ("The president's two-day visit").
const EVENT_SUBJECT_MAX_WORDS: usize = 5;

/// Whether the subject of the call at word `verb` has an event or a measure as its head
/// (`event_nouns`): the word before its first comma ("The decision, including a curfew …,
/// called for …"), or else the word before the verb and its auxiliaries and adverbs ("Ban's visit
/// has encouraged …"), in a subject of at most [`EVENT_SUBJECT_MAX_WORDS`] words. What such a
/// subject "calls for" or "encourages" (a verb of asking someone, `cue`) is what the event caused
/// or the measure provides.
fn event_subject(
    words: &Words<'_>,
    start: usize,
    verb: usize,
    cue: &str,
    rules: &ImportRules,
) -> bool {
    // ("This ruling again shows the need for urgent reform …": a thing that shows a need
    // still asks; only a verb of asking someone is read.)
    let asking = [
        "encourag", "call", "urg", "ask", "demand", "appeal", "request", "press",
    ]
    .iter()
    .any(|v| cue.starts_with(v));
    // ("During the visit, the envoy urged …": an opening phrase is no subject.)
    if !asking
        || verb <= start
        || PREPOSITIONS.contains(&&*words.clean[start])
        || matches!(
            words.clean[start].as_ref(),
            "during" | "after" | "before" | "following" | "ahead" | "amid" | "since" | "despite"
        )
    {
        return false;
    }
    let head = match (start..verb).find(|&k| words.raw[k].ends_with(',')) {
        Some(comma) => comma,
        None => {
            let mut k = verb - 1;
            while k > start
                && (words.skip(k)
                    || matches!(
                        words.clean[k].as_ref(),
                        "has" | "have" | "had" | "is" | "was" | "also"
                    ))
            {
                k -= 1;
            }
            k
        }
    };
    // ("The group condemned the verdict and called for a retrial": a verb in the past and its
    // determiner before the event's noun make it that verb's object; the call joined by "and"
    // is the group's.)
    let joined = words.clean[head + 1..verb]
        .iter()
        .any(|w| w.as_ref() == "and");
    let object_of_verb = joined
        && (start + 1..head).any(|k| {
            words.clean[k].ends_with("ed")
                && matches!(
                    words.clean[k + 1].as_ref(),
                    "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this" | "these"
                )
        });
    !object_of_verb
        && head - start < EVENT_SUBJECT_MAX_WORDS
        && has(&rules.text.event_nouns, &words.clean[head])
}

/// Participles of stressing or insisting that report a that-clause after a comma.
const STRESSING_PARTICIPLES: &[&str] = &[
    "stressing",
    "emphasising",
    "emphasizing",
    "underlining",
    "underscoring",
    "insisting",
    "reiterating",
];

/// "The resolution … underlines the importance of the new agreement …, stressing that democratic
/// reform … must be at its core", "… issued a joint statement, reiterating that the draft law …
/// must be withdrawn unconditionally": after a finding phrase or a sentence with no cue, a
/// participle of stressing set off by a comma (`STRESSING_PARTICIPLES`) and its that-clause
/// report what the subject asks, as "stressed that …" does; an obligation in the clause (not on
/// "it" opening it, which judges, nor after police or prosecutors: `enforcer_nouns`) decides the
/// sentence.
fn stressing_participle_call(
    words: &Words<'_>,
    after: usize,
    rules: &ImportRules,
) -> Option<Decision> {
    if !words.holds(CueList::ObligationWords) || !words.holds_fixed(STRESSING) {
        return None;
    }
    let k = (after.max(1)..words.raw.len().saturating_sub(2)).find(|&k| {
        words.raw[k - 1].ends_with(',')
            && STRESSING_PARTICIPLES.contains(&&*words.clean[k])
            && words.clean[k + 1] == "that"
    })?;
    // ("Police held him for hours, insisting that he must stop filming": what police or
    // prosecutors insist on is their own demand, told by the story.)
    if words.clean[..k].iter().any(|w| enforcer_or_its(w, rules)) {
        return None;
    }
    let clause = words.clause_from(k + 2, false);
    if clause.clean.first().is_some_and(|w| w == "it") {
        return None;
    }
    let (word, _) =
        (1..clause.raw.len().min(LIST_SUBJECT_MAX_WORDS)).find_map(|j| clause.obligation_at(j))?;
    Some(Decision {
        kind: ItemKind::Recommendation,
        evidence: KindEvidence::new("obligation", word),
        addressee: None,
    })
}

/// Most words of the speaker between a main clause's comma and the verb of saying after it
/// ("…,” Amnesty International's regional director stressed").
const ATTRIBUTION_SPEAKER_MAX_WORDS: usize = 6;

/// Verbs of remarking that, besides `reporting_verbs` and `emphasis_verbs`, attribute a clause
/// after its comma ("…, the group noted", "…, she warned").
pub(super) const ATTRIBUTION_VERBS: &[&str] = &[
    "noted",
    "notes",
    "observed",
    "observes",
    "remarked",
    "remarks",
    "warned",
    "warns",
    "wrote",
    "writes",
    "concluded",
    "concludes",
];

/// Whether the finding phrase `phrase` at word `at` is the verb of a trailing attribution: one
/// word of saying, stressing or remarking (`reporting_verbs`, `emphasis_verbs`,
/// [`ATTRIBUTION_VERBS`]) after a main clause of
/// three words or more closed by a comma (inside or outside a closing quotation mark), with only
/// its speaker between (a pronoun or a capitalised name, at most
/// [`ATTRIBUTION_SPEAKER_MAX_WORDS`] words, no comma): "Information on the victims must be
/// disclosed immediately,” he stressed", "…, the group stressed in a statement"; the verb ends
/// the sentence or a phrase of place or time follows it, never an object. It tells who said the
/// clause, as "he said" does, and the clause decides the sentence.
fn trailing_attribution(
    words: &Words<'_>,
    start: usize,
    at: usize,
    phrase: &str,
    rules: &ImportRules,
) -> bool {
    if phrase.contains(' ')
        || !(has(&rules.text.reporting_verbs, phrase)
            || has(&rules.text.emphasis_verbs, phrase)
            || ATTRIBUTION_VERBS.contains(&phrase))
    {
        return false;
    }
    let closes_clause = |raw: &str| {
        raw.trim_end_matches(['"', '”', '’', '\'', '»'])
            .ends_with(',')
    };
    // ("…, the Assembly noted the “controversial … evolution” of …": a verb with an object
    // after it is the sentence's own; an attribution ends there or goes on with a phrase of
    // place or time, "in a statement", "on Monday".)
    let ends = at + 1 == words.raw.len()
        || words.raw[at].ends_with(['.', ',', ';', '!', '?', '"', '”', '»'])
        || PREPOSITIONS.contains(&&*words.clean[at + 1])
        || matches!(
            words.clean[at + 1].as_ref(),
            "today" | "yesterday" | "earlier" | "later" | "last" | "this" | "during" | "after"
        );
    if !ends {
        return false;
    }
    let Some(speaker) = (start + 3..at)
        .rev()
        .take(ATTRIBUTION_SPEAKER_MAX_WORDS)
        .find(|&k| closes_clause(words.raw[k - 1]))
    else {
        return false;
    };
    !words.raw[speaker..at].iter().any(|w| w.ends_with(','))
        && (matches!(
            words.clean[speaker].as_ref(),
            "he" | "she" | "they" | "it" | "we" | "the"
        ) || words.raw[speaker].starts_with(|c: char| c.is_uppercase()))
}

/// Most words between "agree(s) with" and the "that" of the view agreed with ("agrees with
/// *the 4 June statement by the Director of ODIHR, Matteo Mecacci,* that …").
const AGREED_VIEW_MAX_WORDS: usize = 16;

/// Whether the finding phrase `phrase` at word `at` is a verb of saying or stressing whose
/// that-clause reports a call ("said that", "stated that", "stressed that": `reporting_verbs`
/// and `emphasis_verbs`), said by no one of `enforcer_nouns` ("The prosecutor said that …").
fn reported_speech(
    words: &Words<'_>,
    start: usize,
    at: usize,
    phrase: &str,
    rules: &ImportRules,
) -> bool {
    let verb = phrase.split(' ').next().unwrap_or_default();
    (has(&rules.text.reporting_verbs, verb) || has(&rules.text.emphasis_verbs, verb))
        && !words.clean[start.min(at)..at]
            .iter()
            .any(|w| has(&rules.text.enforcer_nouns, w))
}

/// Longest subject (in words) a clause or participle set off by commas may follow.
const PARENTHETICAL_SUBJECT_MAX_WORDS: usize = 5;
/// Farthest word from the article of a noun in apposition ("…, the body which …") at which its
/// relative clause may open.
const APPOSITION_HEAD_MAX_WORDS: usize = 4;
/// Longest subject before the comma of a noun in apposition holding a relative clause ("The
/// U.S. Broadcasting Board of Governors, the body which …").
const APPOSITION_SUBJECT_MAX_WORDS: usize = 8;

/// Words a clause or participle set off by commas after a subject may run to.
const PARENTHETICAL_MAX_WORDS: usize = 20;

/// Most words of a bracketed aside in a subject ("(IPHR)", "(the Helsinki Group)").
const BRACKET_ASIDE_MAX_WORDS: usize = 6;

/// Where a bracketed aside opening at word `at` ends (the word after its ")"): "International
/// Partnership for Human Rights (IPHR), the …" reads on past "(IPHR)".
fn bracket_end(words: &Words<'_>, at: usize) -> Option<usize> {
    if !words.raw.get(at)?.starts_with('(') {
        return None;
    }
    (at..words.raw.len().min(at + BRACKET_ASIDE_MAX_WORDS))
        .find(|&k| words.raw[k].trim_end_matches([',', ';']).ends_with(')'))
        .map(|k| k + 1)
        .filter(|&k| k < words.raw.len())
}

/// Most words of an aside between two dashes in a subject.
const DASH_ASIDE_MAX_WORDS: usize = 40;

/// Where an aside set off by two dashes standing alone ("--", "–", "—") ends (the word after
/// its closing dash), when word `at` is its opening dash.
fn dash_aside_end(words: &Words<'_>, at: usize) -> Option<usize> {
    let dash = |w: &str| matches!(w, "--" | "–" | "—");
    if !dash(words.raw.get(at)?) {
        return None;
    }
    (at + 1..words.raw.len().min(at + DASH_ASIDE_MAX_WORDS))
        .find(|&k| dash(words.raw[k]))
        .map(|k| k + 1)
        .filter(|&k| k < words.raw.len())
}

/// Where a clause or participle set off by commas ends (the word after its closing comma), when
/// word `at` (after a comma) opens one: "which"/"who"/"whose" ("…, which was adopted by 365
/// votes to 202, …") or a past participle with "by"/"on"/"in"/"at" after it ("…, put forward
/// by the members, …", "…, adopted on 10 September, …").
fn parenthetical_end(words: &Words<'_>, at: usize) -> Option<usize> {
    if let Some(close) = bracket_end(words, at) {
        return Some(close);
    }
    let w = words.clean_at(at)?;
    let relative = matches!(w, "which" | "who" | "whose");
    let participle = (w.ends_with("ed") || w == "put" || IRREGULAR_PARTICIPLES.contains(&w))
        && words
            .clean_at(at + 1)
            .is_some_and(|p| matches!(p, "by" | "on" | "in" | "at" | "forward"));
    if !relative && !participle {
        return None;
    }
    (at..words.raw.len().min(at + PARENTHETICAL_MAX_WORDS))
        .find(|&k| words.raw[k].ends_with(','))
        .map(|k| k + 1)
        .filter(|&k| k < words.raw.len())
}

/// Finite verbs that, before the comma of an "-ing" opening, make it the sentence's subject
/// ("Releasing the prisoners is the first step, …").
const FINITE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "will", "would", "should", "must", "can",
];

/// Prepositions: an actor's noun after one is no subject.
const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "to",
    "across",
    "among",
    "between",
    "into",
    "over",
    "under",
    "against",
    "within",
    "throughout",
    "about",
];

/// Modal verbs joined to an obligation by "and" ("can and should").
const MODAL_WORDS: &[&str] = &["can", "could", "will", "would", "may"];

/// Nouns of a goal or a first move, besides [`ROLE_NOUNS`], that a command's gerund after an
/// obligation and "be" names ("A central thrust of this strategy should be securing …", "The
/// first step must be releasing …").
const GOAL_NOUNS: &[&str] = &["thrust", "step", "objective", "purpose"];

/// Nouns that name an actor's role: "The main task of the authorities should be to …" obliges
/// the actor named after them, "its focus should be on …" the actor its possessive stands for.
const ROLE_NOUNS: &[&str] = &[
    "task",
    "focus",
    "priority",
    "duty",
    "responsibility",
    "obligation",
    "goal",
    "aim",
    "agenda",
];

/// Words ending in "-ing" that open a sentence as nouns, not as a participle's phrase.
const ING_NOUNS: &[&str] = &[
    "something",
    "everything",
    "anything",
    "nothing",
    "morning",
    "evening",
    "meeting",
    "building",
    "wedding",
    "beijing",
    "calling",
    "urging",
    "demanding",
];

/// Shortest "-ing" word read as a participle opening a phrase ("Presenting …,", "Speaking at
/// …,", "Addressing …,").
const PARTICIPLE_OPENER_MIN_LEN: usize = 7;

/// Shortest "-ly" adverb read before an opening participle ("Firmly", "Strongly").
const ADVERB_MIN_LEN: usize = 5;

/// Whether word `at` opens a participle's phrase before the subject ("Presenting her report
/// …, the Special Rapporteur called on …"): a capitalised "-ing" word of seven letters or more,
/// followed by a lowercase word, that is no noun of `ING_NOUNS` and no place. ("Calling on
/// …" and "Urging …" are calls of their own, read by [`participle_call`].)
/// An adverb in "-ly" may stand before the participle ("Strongly denouncing the violence …,
/// Parliament urges …", "Deeply regretting …,"): the adverb is capitalised, the participle not.
fn participle_opener(words: &Words<'_>, at: usize, rules: &ImportRules) -> bool {
    let adverb = words
        .raw
        .get(at)
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        && words.clean_at(at).is_some_and(|w| {
            w.len() >= ADVERB_MIN_LEN && w.ends_with("ly") && rules.gazetteer.exact(w).is_none()
        });
    let at = at + usize::from(adverb);
    let (Some(raw), Some(clean), Some(next)) =
        (words.raw.get(at), words.clean_at(at), words.raw.get(at + 1))
    else {
        return false;
    };
    (adverb || raw.starts_with(|c: char| c.is_uppercase()))
        && clean.len() >= PARTICIPLE_OPENER_MIN_LEN
        && clean.ends_with("ing")
        && next.starts_with(|c: char| c.is_lowercase())
        && !ING_NOUNS.contains(&clean)
        && rules.gazetteer.exact(clean).is_none()
}

/// Nouns that name recommendations made ("recommendations to adopt …", "proposals to …").
const RECOMMENDATION_NOUNS: &[&str] = &["recommendations", "recommendation", "proposals"];

/// Participles before a recommendation noun that tell its rejection ("Among the rejected
/// recommendations were …").
const REJECTION_PARTICIPLES: &[&str] =
    &["rejected", "refused", "declined", "dismissed", "unaccepted"];

/// Words from a sentence's subject within which a summary of recommendations is looked for.
const TOLD_RECOMMENDATIONS_REACH: usize = 12;

/// A sentence that tells recommendations made, with the cue that tells them: "These include,
/// in particular, recommendations to adopt …" (a form of "include" and, within a few words, a
/// recommendation noun with "to" and a command's verb, or "that"), "Among other
/// recommendations are …" (the sentence opens with "among" and the noun is the subject),
/// "The report's recommendations include …", "Important recommendations have been made to
/// improve …" (made, then "to" and a command's verb, or "include"/"including" later). Not
/// "welcomes the support of recommendations by …" (no "include", no "among"), nor "implement
/// the recommendations of …".
fn told_recommendations(
    words: &Words<'_>,
    start: usize,
    rules: &ImportRules,
) -> Option<&'static str> {
    let end = words.raw.len().min(start + TOLD_RECOMMENDATIONS_REACH);
    let noun_at = |k: usize| {
        words
            .clean_at(k)
            .is_some_and(|w| RECOMMENDATION_NOUNS.contains(&w))
    };
    let include_at = |k: usize| {
        words
            .clean_at(k)
            .is_some_and(|w| matches!(w, "include" | "includes" | "included"))
    };
    if words.clean_at(start) == Some("among") {
        let told = (start + 1..words.raw.len().min(start + 4)).any(|k| {
            noun_at(k)
                // ("Among the rejected recommendations were …": a news story's background to
                // their rejection, no recommendation told.)
                && !(start + 1..k).any(|j| {
                    words
                        .clean_at(j)
                        .is_some_and(|w| REJECTION_PARTICIPLES.contains(&w))
                })
                && words
                    .clean_at(k + 1)
                    .is_some_and(|w| matches!(w, "are" | "is" | "was" | "were"))
        });
        return told.then_some("among recommendations");
    }
    for k in start..end {
        if !noun_at(k) {
            continue;
        }
        // "The report's recommendations include …". ("In 2008 the government rejected
        // various recommendations. These recommendations included …": a demonstrative right
        // before the noun points back to recommendations the text has told already; the
        // sentence says what they held and is no cue of its own, staying with what came before.)
        if include_at(k + 1) {
            let pointing_back = k > start
                && matches!(words.clean[k - 1].as_ref(), "these" | "those" | "such")
                && words.clean[k + 1] == "included";
            return (!pointing_back).then_some("recommendations include");
        }
        // "Important recommendations have been made to improve …, which include …": made, then
        // what they ask ("to" and a command's verb) or what they hold ("include", "including").
        // (Not "These recommendations were made in 2010": a demonstrative points back.)
        let made = match (words.clean_at(k + 1), words.clean_at(k + 2)) {
            (Some("were" | "was"), Some("made")) => Some(k + 3),
            (Some("have" | "has"), Some("been")) if words.clean_at(k + 3) == Some("made") => {
                Some(k + 4)
            }
            _ => None,
        };
        if let Some(after) = made {
            let pointing_back =
                k > start && matches!(words.clean[k - 1].as_ref(), "these" | "those" | "such");
            let asks = words.clean_at(after) == Some("to") && words.imperative(after + 1);
            let holds = (after..words.raw.len())
                .any(|j| include_at(j) || words.clean_at(j) == Some("including"));
            if !pointing_back && (asks || holds) {
                return Some("recommendations made");
            }
        }
        // "ARTICLE 19 and its partner make recommendations to Tajikistan to make reforms to its
        // Criminal Code; …", "The report makes a number of recommendations to the Government,
        // including repealing …": a present form of "make" (or "has made") a few words before
        // the noun, then what they ask: "to" and a command's verb, or whom they address (an
        // actor or a country) and then that, or "including" and a command's gerund. (Not "In
        // 2015 the Committee made recommendations to …": the past tells history.)
        let making = (k.saturating_sub(PRESENTED_NOUN_REACH).max(start)..k).any(|j| {
            match words.clean[j].as_ref() {
                "make" | "makes" => true,
                "made" => j > start && matches!(words.clean[j - 1].as_ref(), "has" | "have"),
                _ => false,
            }
        });
        if making && made_recommendations_ask(words, k + 1, rules) {
            return Some("makes recommendations");
        }
        // "These include, in particular, recommendations to adopt …".
        let included = (k.saturating_sub(5).max(start)..k).any(include_at);
        let asks = match words.clean_at(k + 1) {
            Some("that") => true,
            Some("to") => words.imperative(k + 2),
            _ => false,
        };
        if included && asks {
            return Some("include recommendations to");
        }
    }
    None
}

/// Most words naming whom recommendations made are addressed to, between "to" and what they ask
/// ([`made_recommendations_ask`]: "to *the Government of Tajikistan* to …").
const MADE_RECOMMENDATIONS_ADDRESSEE_MAX_WORDS: usize = 6;

/// Whether what follows a recommendation noun at word `at` says what the recommendations made
/// ask: "to" and a command's verb ("… recommendations to improve …"), "to", whom they address
/// (an actor or a country within a few words) and "to" and a command's verb ("… to Tajikistan
/// to make reforms …"), or, after whom they address and its comma, "including" and a command's
/// gerund ("… to the Government, including repealing …").
fn made_recommendations_ask(words: &Words<'_>, at: usize, rules: &ImportRules) -> bool {
    if words.clean_at(at) != Some("to") {
        return false;
    }
    if words.imperative(at + 1) {
        return true;
    }
    let end = words
        .raw
        .len()
        .min(at + 2 + MADE_RECOMMENDATIONS_ADDRESSEE_MAX_WORDS);
    (at + 2..end).any(|j| {
        let addressed = (at + 1..j).any(|a| is_actor(&words.clean[a], rules));
        addressed
            && match words.clean[j].as_ref() {
                "to" => words.imperative(j + 1),
                "including" => {
                    words.raw[j - 1].ends_with(',')
                        && words
                            .clean_at(j + 1)
                            .is_some_and(|g| words.gerund_of_command(g))
                }
                _ => false,
            }
    })
}

/// Words that open a subordinate clause fronted before the main one ("While noting …,",
/// "Although …,", "Despite …,", "Welcoming …,"): the sentence is decided after it.
const FRONTED_CLAUSE_WORDS: &[&str] = &[
    "while",
    "whilst",
    "although",
    "though",
    "despite",
    "notwithstanding",
    "noting",
    "welcoming",
    "acknowledging",
    "recognizing",
    "recognising",
    "appreciating",
];

/// Words opening a condition before the main clause ("If …", "Unless …").
const CONDITION_WORDS: &[&str] = &["if", "unless", "when", "once"];

/// Where the main clause begins after a condition opening the sentence with no comma after it
/// ("If the authorities are concerned for the safety of their citizens they should foster
/// …"): a personal pronoun ("they", "he", "she", "we") within the condition's reach, right
/// before an obligation (adverbs between). `None` otherwise; a comma after the condition is read
/// where the sentence's opening is.
fn conditional_main_clause(words: &Words<'_>, start: usize) -> Option<usize> {
    if !words
        .clean_at(start)
        .is_some_and(|w| CONDITION_WORDS.contains(&w))
    {
        return None;
    }
    let end = words.raw.len().min(start + FRONTED_CLAUSE_MAX_WORDS);
    let mut j = start + 2;
    while j < end {
        if words.raw[j - 1].ends_with([',', ';', ':']) {
            return None;
        }
        if matches!(&*words.clean[j], "they" | "he" | "she" | "we") {
            let mut k = j + 1;
            while k < words.raw.len() && words.skip(k) {
                k += 1;
            }
            if words.obligation_at(k).is_some() {
                return Some(j);
            }
        }
        j += 1;
    }
    None
}

/// Words a fronted clause may run to before its main clause is looked for no further.
const FRONTED_CLAUSE_MAX_WORDS: usize = 60;

/// Words within which a main clause's subject reaches its verb ("the Committee is concerned",
/// "we urge", "the Government of Kazakhstan should").
const MAIN_SUBJECT_MAX_WORDS: usize = 6;

/// Where the main clause begins after a fronted subordinate clause: the first comma of the
/// clause that is followed by a subject (a name, a pronoun, a determiner) and, before any
/// other comma, a finding phrase, a recommending verb or an obligation ("While welcoming …,
/// the EU remains concerned …", "Therefore, while welcoming …, we urge you to …"). `None` when
/// the sentence opens with no such clause or no main clause with a cue follows it.
fn fronted_main_clause(words: &Words<'_>, start: usize, rules: &ImportRules) -> Option<usize> {
    // The clause opens the sentence (after a paragraph number), or follows a connective
    // ("Therefore, while …"): `start` is past that connective, or already past the clause's
    // first comma.
    let number = usize::from(
        words
            .raw
            .first()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '(')),
    );
    let opener = [number, start].into_iter().find(|&k| {
        words
            .clean_at(k)
            .is_some_and(|w| FRONTED_CLAUSE_WORDS.contains(&w))
            // "Rather than viewing them as a nuisance …, the EU should …", "Instead of …,":
            // a contrast fronted before the main clause.
            || (words.clean_at(k) == Some("rather") && words.clean_at(k + 1) == Some("than"))
            || (words.clean_at(k) == Some("instead") && words.clean_at(k + 1) == Some("of"))
            // "To stop enforced disappearances …, it is necessary to …": a purpose clause, "to"
            // and a command's verb.
            || (words.clean_at(k) == Some("to")
                && words
                    .clean_at(k + 1)
                    .is_some_and(|v| words.imperative(k + 1) || has(&rules.text.demand_verbs, v)))
    })?;
    let end = words.raw.len().min(opener + FRONTED_CLAUSE_MAX_WORDS);
    (opener + 1..end)
        .filter(|&k| words.raw[k].ends_with(','))
        .map(|k| k + 1)
        .find(|&j| {
            let Some(first) = words.raw.get(j) else {
                return false;
            };
            let subject_opens = first.starts_with(|c: char| c.is_uppercase())
                || CLAUSE_SUBJECT_OPENINGS.contains(&&*words.clean[j])
                || matches!(&*words.clean[j], "it" | "i" | "he" | "she");
            if !subject_opens || words.in_list(j, CLAUSE) {
                return false;
            }
            // ("…, it is necessary to resume …": an impersonal necessity has no subject.)
            if impersonal_necessity(words, j, rules).is_some() {
                return true;
            }
            for i in j..words.raw.len().min(j + MAIN_SUBJECT_MAX_WORDS) {
                if i > j && words.in_list(i, CLAUSE) {
                    return false;
                }
                if words.any_at(i, CueList::FindingPhrases).is_some()
                    || words.any_at(i, CueList::RecommendingVerbs).is_some()
                    || words.obligation_at(i).is_some()
                {
                    return i > j;
                }
                if words.raw[i].ends_with(',') {
                    return false;
                }
            }
            false
        })
}

/// "… and the need to prosecute perpetrators and rehabilitate victims was stressed": "the
/// need" and its "to"/"for", then within an object's reach "was"/"were"/"is"/"are"/"been" and
/// a participle whose active form is listed with "the need" among `recommending_verbs`
/// ("stressed the need"), as the cue shown ("the need … was stressed").
fn need_in_passive(words: &Words<'_>, rules: &ImportRules) -> Option<String> {
    let n = words.raw.len();
    let k = (1..n.saturating_sub(1)).find(|&k| {
        words.clean[k] == "need"
            && words.clean[k - 1] == "the"
            && matches!(words.clean[k + 1].as_ref(), "to" | "for")
    })?;
    (k + 2..n.min(k + 2 + OBJECT_MAX_WORDS)).find_map(|j| {
        if !matches!(
            words.clean[j].as_ref(),
            "was" | "were" | "is" | "are" | "been"
        ) {
            return None;
        }
        let mut p = j + 1;
        while p < n && words.skip(p) {
            p += 1;
        }
        let participle = words.clean_at(p)?;
        let active = format!("{participle} the need");
        has(&rules.text.recommending_verbs, &active)
            .then(|| format!("the need … {} {participle}", words.clean[j]))
    })
}

/// Whether word `at` is the impersonal "it" ("it", "it's").
#[inline]
fn it_at(words: &Words<'_>, at: usize) -> bool {
    matches!(words.clean_at(at), Some("it" | "it's" | "it’s"))
}

/// Most words between "for" and its "to" in an impersonal necessity ("it is important for the
/// composition of the State Commission to reflect …").
const NECESSITY_FOR_MAX_WORDS: usize = 12;

/// Adverbs of degree between "it is" and a `necessity_adjectives` entry ("it is absolutely
/// essential that …", "all the more important"; not "increasingly important", a trend told).
const DEGREE_ADVERBS: &[&str] = &[
    "very",
    "extremely",
    "absolutely",
    "particularly",
    "critically",
    "vitally",
    "most",
    "all",
    "the",
    "more",
    "highly",
    "so",
];

/// An impersonal necessity opening at word `at`, as the cue shown ("it is necessary to"):
/// "it" and "is"/"remains"/"would be" ("it's" too), adverbs, a `necessity_adjectives` entry,
/// then "that" and a clause ("It is imperative that the President vetoes …"), "for" and whom
/// it obliges before "to" ("It is important for the Commission to reflect …"; not "for us",
/// the speaker's own reflection), or "to" and a command's verb ("It is necessary to resume
/// pressure …", "It is important to support …"; not a verb of knowing: "It is important to
/// recognise the role …", "It is important to note that …" tells a finding).
#[inline]
fn impersonal_necessity(words: &Words<'_>, at: usize, rules: &ImportRules) -> Option<String> {
    // (Most sentences open with another word: the grammar is read only after "it".)
    if it_at(words, at) {
        necessity_after_it(words, at, rules)
    } else if matches!(words.clean_at(at), Some("what" | "what's" | "what’s")) {
        cleft_necessity(words, at, rules)
    } else if words.clean_at(at) == Some("the") {
        key_for_actor(words, at, rules)
    } else if words
        .clean_at(at)
        .is_some_and(|w| w.len() >= 5 && w.ends_with("ing"))
    {
        gerund_necessity(words, at, rules)
    } else {
        None
    }
}

/// Where the clause after the first ", and" opens, past a connective phrase ("…, and for that
/// reason it is essential that …"): only a clause opening on "it" is returned (the necessity
/// read there opens with it).
fn clause_after_and(words: &Words<'_>, start: usize) -> Option<usize> {
    let k = (start + 2..words.raw.len())
        .find(|&k| words.clean[k - 1] == "and" && words.raw[k - 2].ends_with(','))?;
    let k = k + words
        .any_at(k, CueList::ConnectivePhrases)
        .map_or(0, |(_, n)| n);
    it_at(words, k).then_some(k)
}

/// Words after "how" that ask a degree ("how much work we need to do"), read by the obligation.
const DEGREE_HOW: &[&str] = &["much", "many", "far", "long", "little", "badly"];

/// Whether `word` is the "-ing" form of a command's verb (`imperative_verbs`): the stem as it
/// stands ("considering"), with its "e" ("establishing") or with a doubled last letter
/// ("stepping").
fn gerund_of_command(word: &str, rules: &ImportRules) -> bool {
    let verbs = &rules.text.imperative_verbs;
    let listed = |stem: &str| verbs.iter().any(|v| v == stem);
    word.len() > 5
        && word.strip_suffix("ing").is_some_and(|stem| {
            listed(stem)
                || listed(&format!("{stem}e"))
                || (stem.len() > 2
                    && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2]
                    && listed(&stem[..stem.len() - 1]))
        })
}

/// Whether `participle` is the regular past participle (in "-ed") of one of `verbs`: the stem as
/// it stands, with its "e" ("released"), with a doubled last letter ("banned") or with "i" for
/// "y" ("denied").
fn regular_participle_of(participle: &str, verbs: &[String]) -> bool {
    let listed = |stem: &str| verbs.iter().any(|v| v == stem);
    participle.strip_suffix("ed").is_some_and(|stem| {
        listed(stem)
            || listed(&format!("{stem}e"))
            || stem
                .char_indices()
                .last()
                .is_some_and(|(k, _)| listed(&stem[..k]))
            || stem
                .strip_suffix('i')
                .is_some_and(|s| listed(&format!("{s}y")))
    })
}

/// Participles of a right's keeping that an obligation asks for with "always" before "be"
/// ("… should always be respected").
const ALWAYS_KEPT_PARTICIPLES: &[&str] = &[
    "respected",
    "protected",
    "guaranteed",
    "upheld",
    "observed",
    "ensured",
];

/// Nouns of a power or a right whose infinitive names what may be done, not a call ("the right
/// to appeal to the court").
const POWER_NOUNS: &[&str] = &[
    "right",
    "rights",
    "power",
    "powers",
    "mandate",
    "authority",
    "competence",
    "entitled",
];

/// Nouns of what matters most that [`key_for_actor`] reads ("The key is for …").
const KEY_NOUNS: &[&str] = &[
    "key",
    "priority",
    "task",
    "challenge",
    "answer",
    "solution",
    "need",
    "goal",
    "aim",
];

/// Words between "for" and its "to" read by [`key_for_actor`] ("for the Uzbek government").
const KEY_ACTOR_MAX_WORDS: usize = 6;

/// "The key is for the Uzbek government to transform …", "The priority now is for the
/// authorities to release …": "the", one modifier at most, a [`KEY_NOUNS`] entry, "is"/"remains"
/// (an adverb between), "for", an actor or a country, then "to" and a command's verb. What
/// matters most is asked of the actor, as "It is essential for X to …" asks. (Not "The key is
/// for us to understand …": the speaker's own reflection names no actor and no command.)
fn key_for_actor(words: &Words<'_>, at: usize, rules: &ImportRules) -> Option<String> {
    let mut k = at + 1;
    if !KEY_NOUNS.contains(&words.clean_at(k)?) {
        k += 1;
    }
    let noun = words.clean_at(k)?;
    if !KEY_NOUNS.contains(&noun) {
        return None;
    }
    let mut v = k + 1;
    while v < words.raw.len() && v < k + 3 && words.skip(v) {
        v += 1;
    }
    if !matches!(words.clean_at(v)?, "is" | "remains") {
        return None;
    }
    let mut f = v + 1;
    while f < words.raw.len() && f < v + 3 && words.skip(f) {
        f += 1;
    }
    if words.clean_at(f)? != "for" {
        return None;
    }
    let to = (f + 1..words.raw.len().min(f + 2 + KEY_ACTOR_MAX_WORDS))
        .find(|&m| words.clean[m] == "to")?;
    let actor = words.clean[f + 1..to]
        .iter()
        .any(|w| has(&rules.text.actor_nouns, w) || rules.gazetteer.exact(w).is_some());
    let verb = words.clean[to + 1..]
        .iter()
        .find(|w| !has(&rules.text.skip_words, w))?;
    (actor && has(&rules.text.imperative_verbs, verb)).then(|| format!("the {noun} is for … to"))
}

/// Most words of a gerund's subject before its "is" in [`gerund_necessity`].
const GERUND_SUBJECT_MAX_WORDS: usize = 32;

/// "Strengthening the rule of law, including during the trials, is a precondition for …",
/// "Reforming the courts remains a key prerequisite of …": a gerund of doing as the
/// sentence's subject (a command's verb or a gerund before its object; not one of
/// `state_gerunds`, nor a preposition in "-ing": "Following the visit, …"),
/// then "is"/"remains", adverbs, "a"/"an"/"the", one modifier at most and a `necessity_nouns`
/// entry. The action is asked for, as "It is a precondition to strengthen …" asks. (An
/// adjective weighs: "Maintaining free conditions … is essential for securing …, she added"
/// argues, and "Strengthening good governance is a priority for my government" tells the
/// speaker's own aim.) Returns the phrase from the gerund to the necessity.
fn gerund_necessity(words: &Words<'_>, at: usize, rules: &ImportRules) -> Option<String> {
    // (Prepositions in "-ing" open no gerund's subject: "…, including X, is crucial".)
    const PREPOSITIONS: &[&str] = &[
        "including",
        "following",
        "during",
        "according",
        "regarding",
        "concerning",
        "considering",
        "notwithstanding",
        "pending",
        "excluding",
        "barring",
    ];
    let gerund: &str = words.clean.get(at)?;
    if gerund.len() < 5
        || !gerund.ends_with("ing")
        || PREPOSITIONS.contains(&gerund)
        || has(&rules.text.state_gerunds, gerund)
        || words.raw[at].ends_with([',', ';', ':', '.'])
    {
        return None;
    }
    let end = words.raw.len().min(at + GERUND_SUBJECT_MAX_WORDS);
    let necessity = (at + 2..end)
        .filter(|&k| matches!(words.clean[k].as_ref(), "is" | "remains"))
        .find_map(|k| {
            let mut n = k + 1;
            while n < words.raw.len()
                && (words.skip(n) || DEGREE_ADVERBS.contains(&&*words.clean[n]))
            {
                n += 1;
            }
            let w = words.clean_at(n)?;
            if !matches!(w, "a" | "an" | "the") {
                return None;
            }
            (n + 1..=n + 2)
                .find(|&m| {
                    words
                        .clean_at(m)
                        .is_some_and(|x| has(&rules.text.necessity_nouns, x))
                })
                .map(|m| format!("{gerund} … {} {} {}", words.clean[k], w, words.clean[m]))
        });
    // (The gerund is read last: most sentences hold no noun of necessity.)
    let object = words
        .clean_at(at + 1)
        .is_some_and(|o| GERUND_OBJECT_OPENERS.contains(&o) || o == "and");
    necessity.filter(|_| object || words.gerund_of_command(gerund))
}

/// Words between a cleft necessity's adjective and its second "is" ("for us", "for all of us").
const CLEFT_FOR_MAX_WORDS: usize = 4;

/// A necessity told as a cleft: "what is", adverbs, a `necessity_adjectives` entry, whom it
/// matters to ("for us"), then "is" and "that" or "to" ("What is very important for us is that
/// the ombudsperson is able to …", "What is essential is to restore …"); or "needed"/"required",
/// adverbs, then "is" and anything ("What is needed is frank talk to her hosts …").
fn cleft_necessity(words: &Words<'_>, at: usize, rules: &ImportRules) -> Option<String> {
    // ("What’s key now is …": the contraction holds the first "is".)
    let mut k = if words.clean[at] == "what" {
        if words.clean_at(at + 1)? != "is" {
            return None;
        }
        at + 2
    } else {
        at + 1
    };
    while k < words.raw.len() && (words.skip(k) || DEGREE_ADVERBS.contains(&&*words.clean[k])) {
        k += 1;
    }
    // "… but what is needed is frank talk to her hosts about …", "What is required now is an
    // independent inquiry": a need's participle names what is asked, whatever follows its
    // second "is".
    if matches!(words.clean_at(k)?, "needed" | "required") {
        let mut j = k + 1;
        while j < words.raw.len() && words.skip(j) {
            j += 1;
        }
        return (words.clean_at(j)? == "is" && words.clean_at(j + 1).is_some())
            .then(|| format!("what is {} is", words.clean[k]));
    }
    if !has(&rules.text.necessity_adjectives, words.clean_at(k)?) {
        return None;
    }
    let mut j = k + 1;
    if words.clean_at(j) == Some("for") {
        j = (j + 1..words.raw.len().min(j + 1 + CLEFT_FOR_MAX_WORDS))
            .find(|&m| words.clean[m] == "is")?;
    }
    // ("What is important now is to …": a time or a skipped word before the second "is".)
    while j < words.raw.len()
        && (words.skip(j) || matches!(words.clean[j].as_ref(), "now" | "today" | "here"))
    {
        j += 1;
    }
    // ("What is important here is that the questions were asked in public": a that-clause
    // telling the past judges a fact.)
    let asks = match words.clean_at(j + 1)? {
        "to" => true,
        "that" => !past_that_clause(words, j + 2, false),
        _ => false,
    };
    (words.clean_at(j)? == "is" && asks)
        .then(|| format!("what is {} … is {}", words.clean[k], words.clean[j + 1]))
}

/// Nouns of a necessity told with "of" ("It is of utmost importance that …", "of the greatest
/// urgency").
const NECESSITY_NOUNS: &[&str] = &["importance", "necessity", "urgency"];

/// Words between "of" and a [`NECESSITY_NOUNS`] entry ("the greatest", "paramount").
const NECESSITY_NOUN_REACH: usize = 3;

/// An impersonal judgment opening at word `at`, as the cue shown ("it is problematic that"):
/// "it" and "is"/"was" ("it's" too), an adverb of degree at most, one word, then "that" (a
/// necessity's adjective was read before: "It is essential that …" asks).
fn impersonal_judgment(words: &Words<'_>, at: usize) -> Option<String> {
    if !it_at(words, at) {
        return None;
    }
    let mut k = at + 1;
    if words.clean_at(at)? == "it" {
        if !matches!(words.clean_at(k)?, "is" | "was") {
            return None;
        }
        k += 1;
    }
    if words
        .clean_at(k)
        .is_some_and(|w| DEGREE_ADVERBS.contains(&w))
    {
        k += 1;
    }
    let judged = words.clean_at(k)?;
    // ("It is time that …" recommends; "it is that …" and "it is not that …" judge nothing.)
    if matches!(judged, "time" | "high" | "not" | "that" | "true")
        || words.clean_at(k + 1)? != "that"
    {
        return None;
    }
    Some(format!("{} {judged} that", words.clean[at..k].join(" ")))
}

/// [`impersonal_necessity`] at a word that is "it" or "it's".
/// Asides between commas after a necessity's adjective ("It is key, though, that …").
const NECESSITY_ASIDES: &[&str] = &[
    "though",
    "however",
    "therefore",
    "nevertheless",
    "moreover",
    "furthermore",
    "also",
    "thus",
];

/// Whether a verb of saying in the past (`reporting_verbs`: "said", "told reporters") stands
/// right before the word `at`, past a day or "that" ("… said on Wednesday it was …", "… told
/// reporters that it was …"): what follows is reported speech, its "was" a backshifted "is".
fn said_right_before(words: &Words<'_>, at: usize, rules: &ImportRules) -> bool {
    let mut j = at;
    while j > 0 && at - j < REPORTED_IT_REACH {
        j -= 1;
        let w = &*words.clean[j];
        if past_verb(w) && has(&rules.text.reporting_verbs, w) {
            return true;
        }
        let day = matches!(
            w,
            "on" | "that" | "today" | "yesterday" | "reporters" | "journalists"
        ) || super::dates::is_weekday(w);
        if !day {
            return false;
        }
    }
    false
}

/// Most words between a verb of saying and the "it" of the necessity it reports ("said on
/// Wednesday that it …").
const REPORTED_IT_REACH: usize = 4;

fn necessity_after_it(words: &Words<'_>, at: usize, rules: &ImportRules) -> Option<String> {
    let mut k = at;
    match words.clean_at(k)? {
        "it" => match words.clean_at(k + 1)? {
            "is" | "remains" => k += 2,
            "was" if said_right_before(words, k, rules) => k += 2,
            // ("It will be key to ensure its implementation …": the future asks too.)
            "would" | "will" if words.clean_at(k + 2) == Some("be") => k += 3,
            _ => return None,
        },
        "it's" | "it’s" => k += 1,
        _ => return None,
    }
    necessity_from(words, at, k, rules)
}

/// Verbs of neglect after "cannot" that [`cannot_neglect`] reads ("cannot forget", "cannot
/// remain silent", "cannot turn a blind eye").
const NEGLECT_VERBS: &[&str] = &[
    "forget",
    "ignore",
    "overlook",
    "disregard",
    "remain silent",
    "stay silent",
    "keep silent",
    "stand idly by",
    "stand by",
    "look away",
    "turn a blind eye",
];

/// "The EU cannot forget why it imposed sanctions …", "The international community cannot
/// afford to ignore …": "cannot" (or "can't") at word `at`, perhaps "afford to", then a
/// [`NEGLECT_VERBS`] entry, its subject (from `start`) naming an actor and no personal pronoun
/// ("We cannot forget the victims" is the speaker's own remembrance, as "we must not forget"
/// is). The cue shown is "cannot" and the verb.
fn cannot_neglect(
    words: &Words<'_>,
    start: usize,
    at: usize,
    rules: &ImportRules,
) -> Option<String> {
    if !matches!(words.clean_at(at)?, "cannot" | "can't" | "can’t") || at == start {
        return None;
    }
    let mut v = at + 1;
    if words.clean_at(v) == Some("afford") && words.clean_at(v + 1) == Some("to") {
        v += 2;
    }
    let verb = NEGLECT_VERBS
        .iter()
        .find(|p| words.phrase_at(v, p).is_some())?;
    let subject = &words.clean[start..at];
    let pronoun = subject.iter().any(|w| {
        matches!(
            w.as_ref(),
            "we" | "i" | "you" | "they" | "it" | "he" | "she" | "one" | "nobody" | "no"
        )
    });
    (!pronoun && subject.iter().any(|w| is_actor(w, rules))).then(|| format!("cannot {verb}"))
}

/// Verbs of judging that take "it" and an adjective of necessity without "is" ("The authors
/// consider it necessary to …", "We deem it vital that …"): present forms only ("In 2019 the
/// council considered it necessary to close …" tells what was done).
const DEEMING_VERBS: &[&str] = &[
    "consider",
    "considers",
    "deem",
    "deems",
    "find",
    "finds",
    "believe",
    "believes",
    "think",
    "thinks",
];

/// A necessity judged by the speaker at word `at`: a [`DEEMING_VERBS`] entry, "it", adverbs and
/// a `necessity_adjectives` entry, then what an impersonal necessity asks ("… consider it
/// necessary to restore …", "… considers it essential that the authorities lift …"), or a colon
/// and the things needed ("The authors consider it necessary: withdrawal of …; restoration of
/// …"). The cue shown is the verb through the adjective (and its "to"/"that").
fn deemed_necessity(words: &Words<'_>, at: usize, rules: &ImportRules) -> Option<String> {
    // (Most words are not followed by "it": that cheap test rejects first.)
    if words.clean_at(at + 1)? != "it" || !DEEMING_VERBS.contains(&words.clean_at(at)?) {
        return None;
    }
    let mut k = at + 2;
    while k < words.raw.len() && (words.skip(k) || DEGREE_ADVERBS.contains(&&*words.clean[k])) {
        k += 1;
    }
    if has(&rules.text.necessity_adjectives, words.clean_at(k)?) && words.raw[k].ends_with(':') {
        return Some(words.clean[at..=k].join(" "));
    }
    necessity_from(words, at, k, rules)
}

/// The rest of an impersonal necessity from word `k`, past its "it" and its verb (at word
/// `at`): adverbs, the adjective (or "of" and a noun of necessity, or "incumbent upon"), then
/// "that", "for" or "to" as [`necessity_after_it`] tells. The cue shown runs from `at`.
fn necessity_from(
    words: &Words<'_>,
    at: usize,
    mut k: usize,
    rules: &ImportRules,
) -> Option<String> {
    while k < words.raw.len() && (words.skip(k) || DEGREE_ADVERBS.contains(&&*words.clean[k])) {
        k += 1;
    }
    // "It is of utmost importance that the authorities ensure …": "of", a modifier or two, a
    // noun of necessity, read as the adjective would be.
    if words.clean_at(k) == Some("of") {
        k = (k + 1..words.raw.len().min(k + 1 + NECESSITY_NOUN_REACH))
            .find(|&m| NECESSITY_NOUNS.contains(&&*words.clean[m]))?;
    } else if words.clean_at(k) == Some("incumbent") {
        // "It is incumbent upon all governments to protect …": the duty laid on whom "upon"
        // names, an actor before the "to".
        if !matches!(words.clean_at(k + 1), Some("upon" | "on")) {
            return None;
        }
        let to = (k + 2..words.raw.len().min(k + 2 + NECESSITY_FOR_MAX_WORDS))
            .find(|&j| words.clean[j] == "to")?;
        return (k + 2..to)
            .any(|j| is_actor(&words.clean[j], rules))
            .then(|| words.clean[at..k + 2].join(" "));
    } else if !has(&rules.text.necessity_adjectives, words.clean_at(k)?) {
        return None;
    }
    // "It is key, though, that …", "It is essential, however, that …": an aside between
    // commas after the adjective is read past.
    if words.raw[k].ends_with(',')
        && words.raw.get(k + 1).is_some_and(|w| w.ends_with(','))
        && words
            .clean_at(k + 1)
            .is_some_and(|w| NECESSITY_ASIDES.contains(&w))
    {
        k += 1;
    }
    // "It will be crucial in your meetings to stress that …": a phrase naming the reader's
    // own occasion ("in your meetings", "during your visit") between the adjective and "to"
    // asks the reader, whatever is to be said or done (not a verb of knowing).
    if let Some(to) = reader_occasion(words, k + 1) {
        return words
            .clean_at(to + 1)
            .is_some_and(|v| !KNOWING_VERBS.contains(&v) && !words.skip(to + 1))
            .then(|| format!("{} … to", words.clean[at..=k].join(" ")));
    }
    let asks = match words.clean_at(k + 1)? {
        // ("The agency said it was essential that returns were voluntary": reported, the
        // necessity and its clause's "were" are both shifted back; "did" still tells the past.)
        "that" => {
            let reported = words.clean_at(at + 1) == Some("was");
            !past_that_clause(words, k + 2, reported)
        }
        "for" => {
            !matches!(words.clean_at(k + 2), Some("us" | "me" | "ourselves"))
                && (k + 3..words.raw.len().min(k + 3 + NECESSITY_FOR_MAX_WORDS))
                    .find(|&j| words.clean[j] == "to")
                    .is_some_and(|to| {
                        // "It is important for the government to …", "for Tajikistan to …"
                        // names who must act; "It is important for a prosperous society to be
                        // based on …" names no one and states a maxim, unless a command's
                        // verb follows ("… for journalists to report freely").
                        (k + 2..to).any(|j| is_actor(&words.clean[j], rules))
                            || words.clean_at(to + 1).is_some_and(|v| {
                                words.imperative(to + 1) || has(&rules.text.demand_verbs, v)
                            })
                    })
        }
        "to" => {
            // ("… to fully and transparently investigate …": adverbs split the infinitive.)
            let mut at = k + 2;
            while words
                .clean_at(at)
                .is_some_and(|w| w.len() > 3 && w.ends_with("ly"))
                || (words.clean_at(at) == Some("and")
                    && words
                        .clean_at(at + 1)
                        .is_some_and(|w| w.len() > 3 && w.ends_with("ly")))
            {
                at += 1;
            }
            words.clean_at(at).is_some_and(|v| {
                (words.imperative(at) || has(&rules.text.demand_verbs, v))
                    && !KNOWING_VERBS.contains(&v)
                    && !has(&rules.text.saying_verbs, v)
                    // ("It is important to take into account both the provisions of …", "to
                    // keep in mind": the writer's own reasoning, as "to note that …".)
                    && !(matches!(v, "take" | "keep")
                        && matches!(
                            words.clean_at(at + 1),
                            Some("into" | "in" | "note" | "account")
                        ))
            })
        }
        _ => false,
    };
    asks.then(|| words.clean[at..k + 2].join(" "))
}

/// Words of a that-clause read for its verb's tense after a necessity ([`past_that_clause`]).
const THAT_CLAUSE_VERB_REACH: usize = 8;

/// Whether the that-clause from word `at` tells the past ("it is essential that those
/// persecutions did not discourage people"): its first verb of "do", "be" or "have" is in the
/// past, before any modal or subjunctive "be" (not in a relative clause of the subject: "that
/// those who were detained be released" asks).
fn past_that_clause(words: &Words<'_>, at: usize, backshifted: bool) -> bool {
    let end = words.raw.len().min(at + THAT_CLAUSE_VERB_REACH);
    for k in at..end {
        let w = words.clean[k].as_ref();
        let relative = k > at && matches!(&*words.clean[k - 1], "who" | "which" | "that" | "whom");
        match w {
            "be" | "should" | "must" | "shall" | "will" | "would" | "can" | "could" | "may" => {
                return false
            }
            "was" | "were" if backshifted && !relative => return false,
            "did" | "didn't" | "didn’t" | "was" | "were" | "wasn't" | "weren't" | "had"
                if !relative =>
            {
                return true
            }
            _ => {}
        }
    }
    false
}

/// Most words of a phrase naming the reader's occasion ("in your meetings with the
/// governments") between a necessity's adjective and its "to".
const READER_OCCASION_MAX_WORDS: usize = 6;

/// A phrase at `at` opening on a preposition of time or place and naming the reader's own
/// occasion ("in your meetings", "during your upcoming visit"), then "to": where that "to"
/// is, when so.
fn reader_occasion(words: &Words<'_>, at: usize) -> Option<usize> {
    if !matches!(
        words.clean_at(at)?,
        "in" | "during" | "at" | "on" | "throughout" | "when"
    ) {
        return None;
    }
    let to = (at + 1..words.raw.len().min(at + 1 + READER_OCCASION_MAX_WORDS))
        .take_while(|&j| !words.raw[j - 1].ends_with([',', ';', ':', '.']))
        .find(|&j| words.clean[j] == "to")?;
    words.clean[at + 1..to]
        .iter()
        .any(|w| matches!(w.as_ref(), "your" | "you"))
        .then_some(to)
}

/// Verbs of knowing whose that-clause after "we must"/"I have to" is the speaker's own
/// admission ("we have to recognise that …").
const KNOWING_VERBS: &[&str] = &[
    "recognise",
    "recognize",
    "admit",
    "acknowledge",
    "accept",
    "understand",
    "remember",
    "realise",
    "realize",
    "bear",
    "note",
];

/// Verbs of voicing a view: after "we must"/"I have to" their object is the speaker's own ("we
/// must express our strong objections to …"); before a hope's noun, finite, they make it the
/// speaker's hope ("The Committee expresses the hope that …"; not "… expressing hope that …",
/// a story's participle).
const EXPRESSING_VERBS: &[&str] = &[
    "express",
    "expresses",
    "expressed",
    "voice",
    "voices",
    "voiced",
    "register",
    "convey",
    "state",
];

/// Modal verbs that may be joined to an obligation ("can and must", "could and should").
const MODALS: &[&str] = &["can", "could", "will", "would", "may", "might", "shall"];

/// Words that open the subject of a clause after ", and" ("…, and the Helsinki group demands …").
const CLAUSE_SUBJECT_OPENINGS: &[&str] = &[
    "the", "a", "an", "its", "their", "our", "we", "they", "this", "these", "those", "all", "many",
    "several", "other", "some", "both", "each", "rights", "human",
];

/// Nouns and participles after which "to" and a recommending verb is an infinitive describing
/// them ("measures taken to encourage …", "efforts to urge …"), not the subject's call.
const INFINITIVE_HEADS: &[&str] = &[
    "attempt",
    "effort",
    "bid",
    "taken",
    "made",
    "adopted",
    "undertaken",
    "measures",
    "efforts",
    "steps",
    "action",
    "actions",
    "initiatives",
    "attempts",
    "plans",
    "programmes",
    "programs",
    "campaigns",
    "policies",
    "strategy",
    "strategies",
    "mechanisms",
    // "… defended his decision to invite foreign troops": a decision or plan's infinitive.
    "decision",
    "decisions",
    "plan",
    "intention",
    "refusal",
    "move",
    "proposal",
    "willingness",
    "readiness",
    "failure",
    "order",
    "promise",
    "pledge",
    "offer",
    "permission",
];

/// Most words of the subject before its "is"/"are" in [`opined_necessity`].
const OPINED_SUBJECT_MAX_WORDS: usize = 24;

/// The clause of a verb of opinion, read from its first word: a subject that is a thing, not
/// an actor, a pronoun or "it"/"this" (its first two words), "is"/"are" and the rest of its
/// verb phrase ("is in the interest of X and is …"), adverbs of degree, a
/// `necessity_adjectives` entry, then "to", an adverb in "-ly" at most, and a command's verb
/// ("… greater investment in the process is necessary to genuinely call …"). The speaker
/// asks for the thing as a means to that aim; "We believe that civil society is essential
/// to democracy" (no verb after "to") weighs. Returns the phrase shown as the cue.
fn opined_necessity(words: &Words<'_>, rules: &ImportRules) -> Option<String> {
    let first = words.clean_at(0)?;
    if matches!(
        first,
        "it" | "it's" | "it’s" | "this" | "that" | "these" | "those" | "there"
    ) || words.clean[..words.raw.len().min(2)]
        .iter()
        .any(|w| is_actor(w, rules))
    {
        return None;
    }
    let end = words.raw.len().min(OPINED_SUBJECT_MAX_WORDS);
    (1..end)
        .filter(|&k| matches!(words.clean[k].as_ref(), "is" | "are"))
        .find_map(|k| {
            let mut n = k + 1;
            while n < words.raw.len()
                && (words.skip(n) || DEGREE_ADVERBS.contains(&&*words.clean[n]))
            {
                n += 1;
            }
            let adjective = words.clean_at(n)?;
            if !has(&rules.text.necessity_adjectives, adjective) || words.clean_at(n + 1)? != "to" {
                return None;
            }
            let mut v = n + 2;
            if words
                .clean_at(v)
                .is_some_and(|w| w.len() > 4 && w.ends_with("ly"))
            {
                v += 1;
            }
            let verb = words.clean_at(v)?;
            (words.imperative(v)
                && !KNOWING_VERBS.contains(&verb)
                && !has(&rules.text.saying_verbs, verb))
            .then(|| format!("{} {adjective} to {verb}", words.clean[k]))
        })
}

/// Finding phrases of opinion whose clause may come without "that" ("believes the Office
/// should …").
const OPINION_VERBS: &[&str] = &["believes", "believe", "considers", "consider"];

/// Nouns of an opinion between a finding phrase and its that-clause ("stresses its view that
/// …", "underline our belief that …").
const OPINION_NOUNS: &[&str] = &["view", "belief", "conviction", "position", "opinion"];

/// Most words between a letter's "I"/"We" and its verb of writing ("We are also writing").
const WRITING_SUBJECT_MAX_WORDS: usize = 3;

/// A letter's call inside the purpose of its writing: "I"/"We" at `start`, a `writing_verbs`
/// entry within three words ("We are writing", "I write"), then, anywhere after it, a
/// recommending verb's plain form after "to" or "and" ("… to express support for … and urge
/// you to veto …", "… to call on you to …") with its object.
fn purpose_call(words: &Words<'_>, start: usize, rules: &ImportRules) -> Option<Decision> {
    if !matches!(words.clean_at(start)?, "we" | "i") {
        return None;
    }
    let end = words.raw.len().min(start + 1 + WRITING_SUBJECT_MAX_WORDS);
    let verb = (start + 1..end).find(|&k| has(&rules.text.writing_verbs, &words.clean[k]))?;
    (verb + 2..words.raw.len()).find_map(|k| {
        if !matches!(words.clean[k - 1].as_ref(), "to" | "and") {
            return None;
        }
        let (call, n) = words.any_at(k, CueList::RecommendingVerbs)?;
        // (The plain form only: "… about the activist who urged …" tells, it does not ask.)
        let first = call.split(' ').next().unwrap_or(call);
        if first.ends_with("ed") || (first.ends_with('s') && first != "press") {
            return None;
        }
        has_object(words, k + n, call, rules).then(|| Decision {
            kind: ItemKind::Recommendation,
            evidence: KindEvidence::new("recommending verb", call),
            addressee: object_phrase(words, k + n, rules),
        })
    })
}

/// A call in the progressive at word `at`: a present form of "be" ("is", "are", "am", or a
/// pronoun or name contracted with it: "we're", "HRW's"), skip words ("also", "strongly"),
/// then the "-ing" form of a `recommending_verbs` entry with the rest of its words ("are also
/// calling for", "is urging", "we're asking"): the entry and the number of words from `at`.
/// (The past progressive, "were calling for", tells the story.)
fn progressive_call<'a>(words: &Words<'a>, at: usize) -> Option<(&'a str, usize)> {
    let be = words.clean_at(at)?;
    let contracted = be.ends_with("'re") || be.ends_with("'s") || be.ends_with("'m");
    if !(contracted || matches!(be, "is" | "are" | "am")) {
        return None;
    }
    // ("It is encouraging to hear …", "That's encouraging": an impersonal subject makes the
    // "-ing" word an adjective, no one calls.)
    let impersonal = |w: &str| matches!(w, "it" | "this" | "that" | "it's" | "this's" | "that's");
    if impersonal(be) || (at > 0 && impersonal(&words.clean[at - 1])) {
        return None;
    }
    let mut k = at + 1;
    while k < words.raw.len() && words.skip(k) {
        k += 1;
    }
    let stem = words
        .clean_at(k)?
        .strip_suffix("ing")
        .filter(|s| s.len() >= 3)?;
    // "urg-ing" → "urge", "call-ing" → "call", "plann-ing" → "plan" (compared, not built).
    let doubled =
        stem.len() >= 4 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
    let is_base = |first: &str| {
        first == stem
            || first.strip_suffix('e') == Some(stem)
            || (doubled && first == &stem[..stem.len() - 1])
    };
    // The longest entry whose first word is the verb's base and whose other words follow.
    let (rest, entry) = words
        .rules
        .recommending_verbs
        .iter()
        // (Every base starts with the stem less a doubled letter: other entries are passed
        // at their first bytes.)
        .filter(|entry| entry.starts_with(&stem[..stem.len() - usize::from(doubled)]))
        .filter_map(|entry| {
            let mut parts = entry.split(' ');
            let first = parts.next()?;
            if !is_base(first) {
                return None;
            }
            let mut n = 0;
            for part in parts {
                if words.clean_at(k + 1 + n) != Some(part) {
                    return None;
                }
                n += 1;
            }
            Some((n, entry))
        })
        .max_by_key(|&(n, _)| n)?;
    // (A contraction is the subject and "be" at once: its call is counted from the word.)
    Some((entry.as_str(), k + rest + 1 - at))
}

/// The cue of a call in the progressive of `n` words at `at` ([`progressive_call`]): its words,
/// a contracted "be" written out ("we're asking" → "are asking").
fn progressive_cue(words: &Words<'_>, at: usize, n: usize) -> String {
    let be = &*words.clean[at];
    let mut cue = String::from(match be.rsplit_once('\'') {
        Some((_, "re")) => "are",
        Some((_, "m")) => "am",
        Some(_) => "is",
        None => be,
    });
    for w in &words.clean[at + 1..at + n] {
        cue.push(' ');
        cue.push_str(w);
    }
    cue
}

/// Documents whose call is a cue with its participle or clause ("statement urging", "letter
/// calling on", "report that demands").
const NOUN_CUES: &[&str] = &[
    "statement ",
    "letter ",
    "appeal ",
    "petition ",
    "campaign ",
    "report ",
    "resolution ",
];

/// Verbs of welcoming a document, read by [`participle_call_at`] before the document's noun.
const WELCOMING_VERBS: &[&str] = &[
    "welcome",
    "welcomes",
    "welcomed",
    "applaud",
    "applauds",
    "applauded",
    "commend",
    "commends",
    "commended",
];

/// "… signed a joint letter sent to the President, calling for the release of …": a participle
/// after a comma ("calling for/on/upon", "urging", "demanding") reports the call of what came
/// before.
#[inline(always)]
fn participle_call(words: &Words<'_>, i: usize, rules: &ImportRules) -> Option<Decision> {
    // (Asked at most words of a sentence: only these four can start a call, and most sentences
    // hold none of them.)
    if !words.holds_fixed(CALLING_PARTICIPLE) {
        return None;
    }
    if !matches!(
        words.clean.get(i).map(|w| w.as_ref()),
        Some("calling" | "urging" | "demanding" | "asking" | "requesting")
    ) {
        return None;
    }
    participle_call_at(words, i, rules)
}

/// "“The entry process is stopped,” X and Y noted, urging the authorities to …": a finding
/// phrase's verb (`cue`'s last word) closed by a comma, then a call's participle right after
/// it: the verb only attributes what came before, and the participle's call decides.
fn attributed_call(words: &Words<'_>, cue: &str, rules: &ImportRules) -> Option<Decision> {
    if !words.holds_fixed(CALLING_PARTICIPLE) {
        return None;
    }
    let verb = cue.rsplit(' ').next()?;
    (1..words.clean.len()).find_map(|k| {
        (words.clean[k - 1] == verb && words.raw[k - 1].ends_with(','))
            .then(|| participle_call(words, k, rules))
            .flatten()
    })
}

/// Verbs of ending before "by" and a call's participle ("The letter concludes by calling on …",
/// "… wrapped up his visit by urging …").
const CLOSING_VERBS: &[&str] = &[
    "ends",
    "ended",
    "concludes",
    "concluded",
    "closes",
    "closed",
    "finishes",
    "finished",
    "wraps",
    "wrapped",
];

/// Words at most between a verb of ending and its "by": what ended ("… has concluded his first
/// visit to Central Asia by urging …").
const CLOSING_OBJECT_MAX_WORDS: usize = 8;

/// Marks ending a word that close the clause a verb of ending and its "by" must share.
const CLOSING_CLAUSE_MARKS: [char; 6] = [',', ';', ':', '.', '!', '?'];

/// Most words of an earlier means that a later "and by …" continues ("by agreeing to boost
/// refugee assistance in the Kyrgyz Republic and by urging …").
const CLOSING_MEANS_MAX_WORDS: usize = 12;

/// Whether word `i` follows a verb of ending, at most [`CLOSING_OBJECT_MAX_WORDS`] words of
/// what ended, and "by" (`CLOSING_VERBS`); no comma or stop between them. A "by" after "and"
/// continues an earlier one ("… concluded his visit by agreeing to … and by urging …").
fn after_closing_by(words: &Words<'_>, i: usize) -> bool {
    if i < 2 || words.clean[i - 1] != "by" {
        return false;
    }
    let by = i - 1;
    let lowest = by.saturating_sub(CLOSING_OBJECT_MAX_WORDS + 1);
    let mut k = by;
    while k > lowest {
        k -= 1;
        if k + 1 < by && words.raw[k].ends_with(CLOSING_CLAUSE_MARKS) {
            return false;
        }
        if CLOSING_VERBS.contains(&&*words.clean[k]) {
            return true;
        }
    }
    // ("… and by urging …": the earlier "by" within the same reach, itself after a verb of
    // ending.)
    by >= 2
        && words.clean[by - 1] == "and"
        && (by.saturating_sub(CLOSING_MEANS_MAX_WORDS + 2)..by - 1)
            .rev()
            .take_while(|&j| !words.raw[j].ends_with(CLOSING_CLAUSE_MARKS))
            .any(|j| words.clean[j] == "by" && after_closing_by(words, j + 1))
}

/// "The statement ends by urging “a review of this draft law …”", "The letter concludes by
/// calling on the President to …": a call's participle after a verb of ending and "by" is the
/// subject's closing call (not when the subject is one of `enforcer_nouns`).
fn closing_call(words: &Words<'_>, start: usize, rules: &ImportRules) -> Option<Decision> {
    if !words.holds_fixed(CALLING_PARTICIPLE) {
        return None;
    }
    let enforcer = || {
        words.clean[start..words.clean.len().min(start + ENFORCER_SUBJECT_REACH)]
            .iter()
            .any(|w| has(&rules.text.enforcer_nouns, w))
    };
    (start + 2..words.clean.len())
        .find(|&i| after_closing_by(words, i))
        .filter(|_| !enforcer())
        .and_then(|i| participle_call(words, i, rules))
}

/// [`participle_call`] at a word that is one of its participles.
fn participle_call_at(words: &Words<'_>, i: usize, rules: &ImportRules) -> Option<Decision> {
    // "… sent the letter to X calling on him to …": a document's call needs no comma.
    // ("The groups wrote to the President asking him to …": a letter by its verb.)
    let after_document = || {
        words.clean[..i].iter().any(|w| {
            matches!(
                w.trim_end_matches('s'),
                "letter" | "statement" | "appeal" | "petition" | "wrote" | "write"
            )
        }) || issued_object(words, i, rules).is_some()
    };
    // (An opening phrase may end at the sentence's last word: nothing follows.)
    if i == 0 || i >= words.clean.len() {
        return None;
    }
    let next = words.clean_at(i + 1);
    let n = match (words.clean[i].as_ref(), next) {
        ("calling", Some("for" | "on" | "upon")) => 2,
        ("urging" | "demanding" | "asking" | "requesting", _) => 1,
        _ => return None,
    };
    // "…, asking him to come to the station" is no call: "asking" (or "requesting") calls in a
    // document, or when whom it asks is an actor ("…, asking the authorities to …"; "… sent a
    // letter to the department requesting not to remove …").
    if matches!(words.clean[i].as_ref(), "asking" | "requesting")
        && !after_document()
        && !object_names_actor(words, i + 1, rules)
    {
        return None;
    }
    // "…, while calling for …", "…, while urging …": "while" between the comma and the
    // participle joins the call to the finding before it.
    let comma_at = |k: usize| words.raw.get(k).is_some_and(|w| w.ends_with(','));
    // ("… Karasartova added while calling for …": after a verb of reporting, no comma.)
    let after_comma = comma_at(i - 1)
        || (i >= 2
            && words.clean[i - 1] == "while"
            && (comma_at(i - 2) || has(&rules.text.reporting_verbs, &words.clean[i - 2])));
    let closing = after_closing_by(words, i);
    if !(after_comma
        || closing
        || after_document()
        || joined_participle(words, i)
        || joined_callers(words, i, rules))
    {
        return None;
    }
    // "… are being detained for taking part in protests, calling for free elections": what
    // those punished did, not a call of the text's. A participle right after a preposition is
    // the object of something else, whoever is punished ("… proceedings were opened against
    // them for «calling for riots»", "accused of urging …").
    let after_preposition =
        words.clean[i - 1].is_empty() && i >= 2 && preposition(&words.clean[i - 2])
            || preposition(&words.clean[i - 1]);
    if (after_preposition && !closing) || punished_for(words, 0, i, rules) {
        return None;
    }
    // "The office of the Chief Prosecutor sent a petition to courts demanding that they close
    // …": what prosecutors or police asked for is the story, not a recommendation (a letter
    // "sent to the Prosecutor General, calling for …" still calls).
    let subject_end = words.clean[..i]
        .iter()
        .position(|w| {
            matches!(
                w.trim_end_matches('s'),
                "letter" | "statement" | "appeal" | "petition"
            )
        })
        .or_else(|| issued_object(words, i, rules))
        .unwrap_or(0);
    if words.clean[..subject_end]
        .iter()
        .any(|w| has(&rules.text.enforcer_nouns, w))
    {
        return None;
    }
    // "Today, Freedom Now welcomes the attached letter by 24 Members of the European Parliament
    // … calling for the release of …": a document welcomed, its call told as what it says
    // (not after a comma: "X welcomed the ruling, calling for …" calls).
    if !after_comma
        && subject_end > 0
        && words.clean[..subject_end]
            .iter()
            .any(|w| WELCOMING_VERBS.contains(&w.as_ref()))
    {
        return None;
    }
    let verb = words.clean[i..i + n].join(" ");
    has_object(words, i + n, &verb, rules).then(|| Decision {
        kind: ItemKind::Recommendation,
        evidence: KindEvidence::new("recommending verb", &verb),
        addressee: None,
    })
}

/// Most words between "joined"/"among" and the callers' noun right before the participle ("has
/// joined *over two dozen* organizations calling for …").
const JOINED_CALLERS_REACH: usize = 6;

/// Whether the participle at `i` follows a plural noun of callers (`caller_group_nouns`:
/// "organizations", "groups", "others") that the subject joined or is among, no comma between
/// ("The CPJ has joined over two dozen organizations calling for the release of …", "X is among
/// 20 groups urging …", "X was one of the organisations calling on …"): the subject makes the
/// call with them.
fn joined_callers(words: &Words<'_>, i: usize, rules: &ImportRules) -> bool {
    if i < 3 || !has(&rules.text.caller_group_nouns, &words.clean[i - 1]) {
        return false;
    }
    let floor = i.saturating_sub(JOINED_CALLERS_REACH + 1);
    (floor..i - 1)
        .rev()
        .take_while(|&k| !words.raw[k].ends_with([',', ';', ':']))
        .any(|k| {
            matches!(
                words.clean[k].as_ref(),
                "joined" | "joins" | "join" | "joining" | "among"
            ) || (words.clean[k] == "of" && k >= 1 && words.clean[k - 1] == "one")
        })
}

/// Most words between a participle opening after a comma and the "and" that joins a calling
/// participle to it ([`joined_participle`]).
const JOINED_PARTICIPLE_MAX_WORDS: usize = 12;

/// Whether the participle at `i` follows "and" that joins it to a participle in "-ing" right
/// after a comma, no other comma between ("… condemned the arrest, calling the case against him
/// "dubious" and urging the government to drop all charges"): the second participle is the
/// subject's own, as after the comma.
#[inline(never)]
fn joined_participle(words: &Words<'_>, i: usize) -> bool {
    if i < 3 || words.clean[i - 1] != "and" {
        return false;
    }
    let floor = i.saturating_sub(JOINED_PARTICIPLE_MAX_WORDS).max(1);
    (floor..i - 1)
        .rev()
        .find(|&j| words.raw[j - 1].ends_with(','))
        .is_some_and(|j| {
            words.clean[j].len() > 5
                && words.clean[j].ends_with("ing")
                && !words.raw[j..i - 1].iter().any(|w| w.ends_with(','))
        })
}

/// "Amnesty International has launched an urgent action calling on its members …": a call's
/// participle at `i` right after the object of one of `issuing_verbs` (its article, then at most
/// [`ISSUED_OBJECT_MAX_WORDS`] words of the noun) is the call of the document or action put out,
/// whatever its noun. Returns where the issuing verb stands (the subject ends before it).
/// ("… released a video showing protesters calling for …": the object's noun is followed by
/// another participle, so the call is the protesters'.)
fn issued_object(words: &Words<'_>, i: usize, rules: &ImportRules) -> Option<usize> {
    let article = (i.saturating_sub(ISSUED_OBJECT_MAX_WORDS + 1)..i).find(|&k| {
        k >= 1
            && matches!(
                words.clean[k].as_ref(),
                "a" | "an" | "the" | "its" | "their"
            )
            && has(&rules.text.issuing_verbs, &words.clean[k - 1])
    })?;
    // (The noun's words hold no comma, verb, preposition or other participle.)
    words.raw[article..i]
        .iter()
        .zip(&words.clean[article..i])
        .all(|(raw, w)| {
            !raw.ends_with([',', ';', ':'])
                && !w.ends_with("ing")
                && !preposition(w)
                && !has(&rules.text.reporting_verbs, w)
        })
        .then_some(article - 1)
}

/// "The release of X must be a firm and persistent condition for any donor assistance", "…
/// should be a precondition of the agreement": after an obligation and "be", an article, at
/// most [`CONDITION_MODIFIERS_MAX`] words before a noun of a condition (`necessity_nouns`, or
/// "condition"), then "for" or "of": a matter made the condition of something others give,
/// asked of those who give it.
fn condition_complement(words: &Words<'_>, at: usize, rules: &ImportRules) -> bool {
    if !matches!(words.clean_at(at), Some("a" | "an" | "the")) {
        return false;
    }
    let end = words.raw.len().min(at + 2 + CONDITION_MODIFIERS_MAX);
    (at + 1..end)
        .find(|&k| {
            words.clean[k] == "condition"
                || words.clean[k] == "conditions"
                || has(&rules.text.necessity_nouns, &words.clean[k])
        })
        .is_some_and(|k| {
            matches!(words.clean_at(k + 1), Some("for" | "of"))
                && !words.raw[at..k]
                    .iter()
                    .any(|w| w.ends_with([',', ';', ':', '.']))
        })
}

/// Most words between the article and the noun of a condition ("a firm and persistent
/// condition for").
const CONDITION_MODIFIERS_MAX: usize = 4;

/// Most words of the noun between an issuing verb's article and a call's participle ("an
/// urgent action calling on …").
const ISSUED_OBJECT_MAX_WORDS: usize = 3;

/// "… jailed for calling for …", "detained for … protests, calling for …", "accused of urging
/// …": a call that is the ground of a punishment (a `punishment_verbs` entry before it, then
/// "for", "of" or "with") is what the punished did, not a recommendation.
fn punished_for(words: &Words<'_>, from: usize, call: usize, rules: &ImportRules) -> bool {
    let verb = (from..call).find(|&k| has(&rules.text.punishment_verbs, &words.clean[k]));
    let ground = verb.is_some_and(|p| {
        words.clean[p + 1..call]
            .iter()
            .any(|w| matches!(w.as_ref(), "for" | "of" | "with"))
    });
    ground || case_ground(words, from, call, rules)
}

/// Words from a sentence's start within which its subject names a punishment ("The arrest",
/// "His conviction", "Hojimatov's arrest").
const CASE_SUBJECT_WORDS: usize = 3;

/// "The arrest related to an open letter …, which was addressed to the President and called on
/// him to …", "The charges stem from a post in which she urged …": a sentence whose subject is
/// a punishment (`punishment_nouns`) tells a case; a call after a relative word or "for"/"over"
/// with no comma between them is in the clause about what was punished. ("After his arrest for
/// a post, CPJ called on …": the comma closes that clause; "The arrests prompted HRW to call
/// for …": no such clause.)
fn case_ground(words: &Words<'_>, from: usize, call: usize, rules: &ImportRules) -> bool {
    let subject_end = call.min(from + CASE_SUBJECT_WORDS);
    let Some(p) = (from..subject_end).find(|&k| has(&rules.text.punishment_nouns, &words.clean[k]))
    else {
        return false;
    };
    let Some(link) = (p + 1..call).rev().find(|&k| {
        matches!(
            words.clean[k].as_ref(),
            "which" | "that" | "who" | "whom" | "where" | "for" | "over"
        )
    }) else {
        return false;
    };
    !words.raw[link..call].iter().any(|w| w.ends_with(','))
}

/// "… a heightened campaign against activists that should end immediately": "that" after a
/// word of the sentence that closes no clause (no comma after it, not a conjunction or a verb
/// of saying) is a relative pronoun, and the obligation is its noun's; "…, that must stop" and
/// "He said that must stop" keep "that" a demonstrative.
fn relative_that(words: &Words<'_>, at: usize) -> bool {
    at > 0
        && !words.raw[at - 1].ends_with([',', ';', ':', '.'])
        && !matches!(
            words.clean[at - 1].as_ref(),
            "and" | "but" | "or" | "said" | "says" | "say" | "added" | "adds" | "is" | "was"
        )
        && !has(&words.rules.saying_verbs, &words.clean[at - 1])
}

/// Prepositions that make a following "calling for …" / "urging …" a noun's object ("for
/// calling for …", "of urging …"), not a call.
fn preposition(word: &str) -> bool {
    matches!(word, "for" | "of" | "with" | "against" | "by" | "over")
}

/// Verbs that also mean "needs" when a thing is their subject ("This crackdown demands
/// action", "The situation calls for restraint").
fn impersonal_verb(verb: &str) -> bool {
    ["demands", "calls for", "requires"]
        .iter()
        .any(|v| verb.starts_with(v))
}

/// Nouns of a crowd in the street, whom a call addresses only in the story told ("called on the
/// demonstrators to stop the rallies").
const CROWD_NOUNS: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "marchers",
    "picketers",
    "strikers",
    "crowd",
    "crowds",
];

/// Verbs of demanding before a that-clause ([`crowd_demand`]).
const DEMANDING_VERBS: &[&str] = &[
    "demand", "demands", "demanded", "require", "requires", "required", "insist", "insists",
    "insisted",
];

/// Whether the "that" at `that` follows a verb of demanding whose subject, before it in the
/// sentence, names a crowd or the public (`CROWD_NOUNS`, `PUBLIC_NOUNS`): "More and more people
/// require that …", "The protesters demanded that …".
fn crowd_demand(words: &Words<'_>, that: usize) -> bool {
    that >= 2
        && DEMANDING_VERBS.contains(&&*words.clean[that - 1])
        && words.clean[..that - 1]
            .iter()
            .any(|w| CROWD_NOUNS.contains(&&**w) || PUBLIC_NOUNS.contains(&&**w))
}

/// Nouns of the public at large, whom a call right before its "to"/"not to" addresses only as
/// an appeal the story tells ("called on citizens not to make hasty conclusions", "urged
/// residents to stay at home"): no actor is asked.
const PUBLIC_NOUNS: &[&str] = &[
    "citizens",
    "residents",
    "public",
    "population",
    "inhabitants",
    "people",
    "voters",
    "everyone",
    "compatriots",
];

/// Most words of a purpose phrase opening a maxim ("For a free society to thrive,").
const PURPOSE_PHRASE_MAX_WORDS: usize = 8;

/// "For societies to thrive, they need to be rooted in human rights …": an obligation on "they"
/// or "it" right after a purpose phrase ("For … to …,") whose subject names no actor is what
/// such things need, a maxim, unless it asks for a command in the passive ("For the reforms to
/// work, they must be implemented …" asks).
fn purpose_maxim(words: &Words<'_>, cue: &str, rules: &ImportRules) -> bool {
    if words.clean_at(0) != Some("for") {
        return false;
    }
    let n = words.raw.len().min(PURPOSE_PHRASE_MAX_WORDS + 1);
    let Some(comma) = (1..n).find(|&k| words.raw[k].ends_with(',')) else {
        return false;
    };
    let Some(to) = (2..comma).find(|&k| words.clean[k] == "to") else {
        return false;
    };
    if (1..to).any(|k| is_actor(&words.clean[k], rules)) {
        return false;
    }
    pronoun_obligation_judges(words, comma, cue, rules)
}

/// Most words of a concessive clause opening a sentence ("While these developments are to be
/// welcomed,").
const CONCESSIVE_MAX_WORDS: usize = 15;

/// Nouns of steps a clause with no "that" may tell as a topic ([`steps_as_topic`]).
const STEP_NOUNS: &[&str] = &[
    "steps", "measures", "actions", "action", "reforms", "changes",
];
/// Verbs of taking steps whose object such a clause leaves out.
const STEP_VERBS: &[&str] = &["take", "make", "adopt", "implement", "undertake", "pursue"];
/// Most words of the subject between the steps' noun and the obligation.
const STEP_SUBJECT_MAX_WORDS: usize = 4;

/// "He will open up a discussion on the issue of torture and the steps Kyrgyzstan should
/// immediately take to ensure …": an obligation inside a clause with no "that" after "the
/// steps"/"the measures" (`STEP_NOUNS`), its verb of taking (`STEP_VERBS`) left without an
/// object, names a topic of the sentence, not a call. The steps' noun, when so.
fn steps_as_topic(words: &Words<'_>, cue: &str) -> Option<&'static str> {
    let at = cue_index(words, cue)?;
    let noun =
        (at.saturating_sub(STEP_SUBJECT_MAX_WORDS + 1)..at.saturating_sub(1)).find_map(|k| {
            let noun = STEP_NOUNS.iter().find(|n| **n == words.clean[k])?;
            (k >= 1 && words.clean[k - 1] == "the" && !words.raw[k].ends_with([',', ';', ':', '.']))
                .then_some((k, *noun))
        })?;
    let mut v = at + cue.split(' ').count();
    while v < words.raw.len() && words.skip(v) {
        v += 1;
    }
    let verb = words.clean_at(v)?;
    let gap = words
        .clean_at(v + 1)
        .is_none_or(|next| matches!(next, "to" | "in" | "and" | "now"))
        || words.raw[v].ends_with([',', '.', ';']);
    (STEP_VERBS.contains(&verb) && gap && noun.0 + 1 < at).then_some(noun.1)
}

/// "While these developments are to be welcomed, they should not eclipse the overall state of
/// …": an obligation on "they" or "it" right after a concessive clause ("While", "Although",
/// "Though" up to its comma) that names no actor and no country points back to the things that
/// clause tells of, and judges them; it asks no one, unless it asks for a command in the
/// passive ("Although these laws were adopted, they must be enforced …" asks).
fn concessive_thing(words: &Words<'_>, cue: &str, rules: &ImportRules) -> bool {
    if !matches!(words.clean_at(0), Some("while" | "although" | "though")) {
        return false;
    }
    let n = words.raw.len().min(CONCESSIVE_MAX_WORDS + 1);
    let Some(comma) = (1..n).find(|&k| words.raw[k].ends_with(',')) else {
        return false;
    };
    // (Its demonstratives are no actor: "these developments".)
    if (1..=comma).any(|k| {
        let w = &*words.clean[k];
        has(&rules.text.actor_nouns, w) || rules.gazetteer.exact(w).is_some()
    }) {
        return false;
    }
    pronoun_obligation_judges(words, comma, cue, rules)
}

/// The shared end of `purpose_maxim` and `concessive_thing`: after an opening clause ending at
/// the word `comma`, the obligation `cue` has "they" or "it" alone as its subject, and does not
/// ask for a command in the passive ("…, they must be implemented" asks).
fn pronoun_obligation_judges(
    words: &Words<'_>,
    comma: usize,
    cue: &str,
    rules: &ImportRules,
) -> bool {
    let Some(at) = cue_index(words, cue) else {
        return false;
    };
    let subject: Vec<&str> = (comma + 1..at)
        .filter(|&k| !words.skip(k))
        .map(|k| words.clean[k].as_ref())
        .collect();
    if !matches!(subject.as_slice(), ["they"] | ["it"]) {
        return false;
    }
    // The obligation's verb: past "to" and "be", a command's participle asks.
    let mut v = at + cue.split(' ').count();
    while v < words.raw.len() && (words.skip(v) || words.clean[v] == "to") {
        v += 1;
    }
    !(words.clean_at(v) == Some("be")
        && words
            .clean_at(v + 1)
            .is_some_and(|w| command_participle(w, rules)))
}

/// Where the cue's words stand in a row in the sentence (its first word's index).
fn cue_index(words: &Words<'_>, cue: &str) -> Option<usize> {
    let cue: Vec<&str> = cue.split(' ').collect();
    let n = cue.len();
    (0..(words.clean.len() + 1).saturating_sub(n))
        .find(|&k| words.clean[k..k + n].iter().zip(&cue).all(|(w, c)| w == c))
}

/// "Kazakhstan and the EU stressed the need to guarantee …", "Both sides underlined the need
/// for …": a need stressed together by the parties to a dialogue, the state under review among
/// them, is a stance they share, no call on anyone (the cue's "need"; its subject, before the
/// cue, "both sides", "the two sides", "the parties" or "both parties", or one of the reader's
/// subject countries (the gazetteer's `focus`) and the EU joined by "and"; not "The UK and
/// Canada stressed the need for Uzbekistan to …" nor "The EU and Norway stressed the need to
/// …", which name no dialogue's partner under review). The parties' words, when so.
fn joint_stance(words: &Words<'_>, cue: &str, rules: &ImportRules) -> Option<&'static str> {
    if !cue.ends_with(" the need") {
        return None;
    }
    let at = cue_index(words, cue)?;
    let subject = &words.clean[..at];
    let has = |w: &str| subject.iter().any(|s| s == w);
    if (has("both") || has("two")) && (has("sides") || has("parties")) || has("parties") {
        return Some("both sides");
    }
    let eu = has("eu") || (has("european") && has("union"));
    let country = subject
        .iter()
        .any(|w| rules.gazetteer.exact(w).is_some_and(|c| c.focus));
    (eu && country && has("and")).then_some("country and the EU")
}

/// Words after a call's cue within which its "to" is looked for ("urged his followers to …").
const ABUSE_TO_REACH: usize = 8;

/// A call whose infinitive is an abuse (`abuse_verbs`: "Police are encouraged to torture
/// detainees …", "… urged his followers to beat …"; not after "not"/"never": "… calls on the
/// police not to harass …" asks): the abuse incited or encouraged, told by the text. The verb,
/// when so.
fn abuse_incited(
    words: &Words<'_>,
    evidence: &KindEvidence,
    rules: &ImportRules,
) -> Option<String> {
    if rules.text.abuse_verbs.is_empty()
        || !matches!(evidence.rule.as_str(), "recommending verb" | "obligation")
    {
        return None;
    }
    let at = cue_index(words, &evidence.cue)?;
    let end = words.clean.len().min(at + ABUSE_TO_REACH);
    let to = (at..end).find(|&k| words.clean[k] == "to")?;
    if to > 0 && matches!(words.clean[to - 1].as_ref(), "not" | "never") {
        return None;
    }
    let verb = words.clean_at(to + 1)?;
    has(&rules.text.abuse_verbs, verb).then(|| format!("to {verb}"))
}

/// "The present report is prepared pursuant to Human Rights Council resolution 54/1, requesting
/// the Office … to prepare …": a call told after "pursuant to" and a resolution or decision is
/// the mandate the text was written under, its background.
fn mandate_cited(words: &Words<'_>, cue: &str) -> bool {
    let Some(at) = cue_index(words, cue) else {
        return false;
    };
    let Some(pursuant) = (0..at).find(|&k| words.clean[k] == "pursuant") else {
        return false;
    };
    words.clean[pursuant + 1..at].iter().any(|w| {
        matches!(
            w.as_ref(),
            "resolution" | "resolutions" | "decision" | "decisions"
        )
    })
}

/// Words after a call's cue within which the punishment it seeks is looked for.
const TERM_SOUGHT_REACH: usize = 12;
/// Words of a punishment's length ("… to sentence him to 10 1/2 years in prison").
const TERM_WORDS: &[&str] = &["years", "year", "months", "month", "life", "death"];

/// "On October 12, the prosecution asked the court to convict him … It then called for the court
/// to sentence him to 10 1/2 years in prison.", "… demanded a seven-year sentence": a call for a
/// term of punishment (a command "to sentence" with its length after it, or "a … sentence"/"a …
/// term" with a length) is a prosecution's demand told by the story, whoever "it" is; "urged
/// the court not to sentence him to death" asks.
fn prison_term_sought(words: &Words<'_>, cue: &str) -> bool {
    let Some(at) = cue_index(words, cue) else {
        return false;
    };
    let end = words.clean.len().min(at + TERM_SOUGHT_REACH);
    let term_after = |k: usize| {
        words.clean[k + 1..words.clean.len().min(k + 1 + TERM_SOUGHT_REACH)]
            .iter()
            .any(|w| TERM_WORDS.contains(&w.as_ref()))
    };
    (at + 1..end).any(|k| match words.clean[k].as_ref() {
        "sentence" => {
            (words.clean[k - 1] == "to" && !matches!(words.clean[k - 2].as_ref(), "not" | "never")
                || words.clean[k - 1].ends_with("-year")
                || words.clean[k - 1] == "a")
                && (term_after(k) || words.clean[k - 1].ends_with("-year"))
        }
        "term" => words.clean[k - 1] == "prison" && term_after(k),
        _ => false,
    })
}

/// Nouns of a document whose calls are those of the whole family of States ("The resolution
/// … also urges Member States to …").
const NORM_DOCUMENTS: &[&str] = &[
    "resolution",
    "declaration",
    "convention",
    "covenant",
    "charter",
    "principles",
    "guidelines",
];

/// "The Resolution condemns all attacks on journalists. It also urges Member States to …", "It
/// further calls upon States to …": a document's call on every State ("Member States", "all
/// States"), its subject "it" or the document itself, is the norm it sets quoted by the text,
/// no call on the actors the text is about.
fn norm_for_all_states(words: &Words<'_>, cue: &str) -> bool {
    let Some(i) = cue_index(words, cue) else {
        return false;
    };
    let subject: Vec<&str> = (0..i)
        .filter(|&k| !words.skip(k))
        .map(|k| words.clean[k].as_ref())
        .collect();
    let document = match subject.as_slice() {
        ["it"] => true,
        ["the" | "this", noun] => NORM_DOCUMENTS.contains(noun),
        _ => false,
    };
    let mut k = i + cue.split(' ').count();
    if words.clean_at(k) == Some("all") {
        k += 1;
    }
    if words.clean_at(k) == Some("member") {
        k += 1;
    }
    document && words.clean_at(k) == Some("states") && words.raw[k].starts_with('S')
}

/// "This intensified crackdown on media in Azerbaijan demands …": a subject opening with a
/// demonstrative whose head (the words before its first preposition) names no actor, country,
/// document or name (in lower case) is a thing, not a speaker.
fn thing_as_subject(words: &Words<'_>, start: usize, verb: usize, rules: &ImportRules) -> bool {
    // ("The resolution says that the “multiethnic … character” of the country calls for …":
    // inside a that-clause after a verb of saying the clause's own subject is read, and "the"
    // opens it as a demonstrative does.)
    // (The subject may already be read from the clause: its "that" is then right before it.)
    let clause = (start.max(1) - 1..verb).rev().find(|&k| {
        k >= 1
            && words.clean[k] == "that"
            && matches!(
                words.clean[k - 1].as_ref(),
                "says" | "said" | "notes" | "noted" | "states" | "stated" | "adds" | "added"
            )
    });
    let start = clause.map_or(start, |k| k + 1);
    let demonstrative = words.clean.get(start).is_some_and(|w| {
        matches!(w.as_ref(), "this" | "these" | "that" | "those" | "such")
            || ((clause.is_some() || (start == 0 && words.clause)) && w == "the")
    });
    if !demonstrative || verb <= start + 1 {
        return false;
    }
    let head_end = (start + 1..verb)
        .find(|&k| {
            matches!(
                words.clean[k].as_ref(),
                "of" | "on" | "in" | "against" | "by" | "for" | "with" | "at" | "from"
            )
        })
        .unwrap_or(verb);
    let head = start + 1..head_end;
    !head.is_empty()
        && words.raw[head.clone()]
            .iter()
            .all(|w| !w.starts_with(|c: char| c.is_uppercase()))
        && !words.clean[head].iter().any(|w| {
            is_actor(w, rules)
                || SPEAKER_NOUNS.contains(&w.as_ref())
                || NOUN_CUES.iter().any(|n| n.trim_end() == w.as_ref())
        })
}

/// Adverbs between a modal and a call ("we will also urge …").
const ADVERBS_BEFORE_CALL: &[&str] = &["also", "further", "then", "now", "again", "certainly"];

/// Words after a call's verb that show it has no object of its own (a passive's agent, a
/// question, a clause read elsewhere).
const NO_OBJECT_WORDS: &[&str] = &[
    "by", "how", "what", "whether", "why", "when", "which", "who", "if", "about", "that", "to",
];

/// Whether the call at `i` is the speaker's own in the present: its subject is "I" or "we"
/// with nothing but adverbs (`skip_words`) beside it, and its verb is no past form ("We
/// encourage …", "I also call for …"; not "We urged …", "we will urge …").
fn performative(words: &Words<'_>, start: usize, i: usize, verb: &str) -> bool {
    let first_person = |w: &str| matches!(w, "i" | "we");
    let head = verb.split(' ').next().unwrap_or(verb);
    // ("We remind Turkmenistan of its international obligations …": a reminder asks only
    // through a that-clause that obliges, whoever speaks.)
    !head.ends_with("ed")
        && !head.starts_with("remind")
        && words.clean[start..i].iter().any(|w| first_person(w))
        && words.clean[start..i]
            .iter()
            .all(|w| first_person(w) || has(&words.rules.skip_words, w))
}

/// Whether the object at `at` is a thing of something ("the establishment of an institution"),
/// its noun no actor ("the Government of Kazakhstan" is one).
fn thing_of(words: &Words<'_>, at: usize, rules: &ImportRules) -> bool {
    let noun = if matches!(words.clean_at(at), Some("the" | "a" | "an")) {
        at + 1
    } else {
        at
    };
    words.clean_at(noun + 1) == Some("of")
        && words.clean_at(noun).is_some_and(|w| !is_actor(w, rules))
}

/// Nouns of those who speak for a cause ("This coalition demands …"), beside `actor_nouns`.
const SPEAKER_NOUNS: &[&str] = &[
    "group",
    "groups",
    "coalition",
    "coalitions",
    "watchdog",
    "watchdogs",
    "ngo",
    "ngos",
    "network",
    "alliance",
    "association",
    "federation",
    "union",
    "activists",
    "defenders",
    "campaigners",
    "lawyers",
    "journalists",
    "families",
    "relatives",
    "signatories",
];

/// A clean word that tells a time and names nobody: a weekday, "today", "yesterday", a month,
/// a day or year number.
fn time_word(w: &str) -> bool {
    matches!(w, "today" | "yesterday" | "tonight")
        || super::dates::is_weekday(w)
        || super::month_number(w).is_some()
        || (!w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
}

/// "Rights groups called Thursday on the United Nations to …", "… called on Monday for the
/// release …", "… repeated its call on June 26 for …", "We call once again on the Government
/// to …": a call whose "on"/"for" comes after a time (a weekday, "today", a date, "once
/// again"). Returns the call as "called on"/"called for".
fn timed_call(words: &Words<'_>, i: usize, rules: &ImportRules) -> Option<String> {
    // (Weekdays are [`super::dates::is_weekday`].)
    const TIME_WORDS: &[&str] = &[
        "today",
        "yesterday",
        "tonight",
        "earlier",
        "again",
        "once",
        "yet",
        "anew",
        "also",
        "last",
        "this",
        "week",
        "month",
        "on",
        "in",
    ];
    if !words.holds_fixed(CALL_FORM | PLEA_FORM) {
        return None;
    }
    let verb = words.clean.get(i)?;
    // ("… pleaded on January 17 for the government to …": a plea's "for" after a time too.)
    let plea = words.in_list(i, PLEA_FORM);
    if !plea && !matches!(verb.as_ref(), "call" | "calls" | "called" | "calling") {
        return None;
    }
    // ("… called frequently for …", "called publicly on …": an adverb stands as a time does.)
    let is_time =
        |w: &str| TIME_WORDS.contains(&w) || time_word(w) || (w.len() > 4 && w.ends_with("ly"));
    let mut k = i + 1;
    // At least one time word, and the call's particle after them ("called on Thursday for");
    // "on" or "in" is a time word only before another ("on 26 June").
    while k < words.raw.len() && k <= i + TIMED_CALL_MAX_WORDS {
        let w = &*words.clean[k];
        let preposition = matches!(w, "on" | "in");
        let next_is_time = words
            .clean_at(k + 1)
            .is_some_and(|n| !matches!(n, "on" | "in") && is_time(n));
        if (preposition && next_is_time) || (!preposition && is_time(w)) {
            k += 1;
        } else if w == "not" && words.clean_at(k + 1) == Some("only") {
            // "… call not only for the case to be dropped, but also for …": the pair stands as
            // an adverb does.
            k += 2;
        } else {
            break;
        }
    }
    let particle = words.clean_at(k)?;
    let timed = (i + 1..k).any(|t| words.clean[t] != "on" && words.clean[t] != "in");
    if !timed || !matches!(particle, "on" | "upon" | "for") || (plea && particle != "for") {
        return None;
    }
    let call = format!("{verb} {particle}");
    (particle == "for" || has_object(words, k + 1, &call, rules)).then_some(call)
}

/// "The OSCE media envoy … calls Kyrgyz authorities to halt the assaults on reporters": "call" whose
/// direct object is whom it calls on (an actor or a country, without "on"), then, with no
/// punctuation between, "to" and a command's verb (`imperative_verbs`): a call in a translated
/// story's grammar; not "called him a traitor", not one of `enforcer_nouns` as the object
/// ("called the police to report …"). Returns the call as "calls … to".
fn actor_called_to(words: &Words<'_>, i: usize, rules: &ImportRules) -> Option<String> {
    if !words.holds_fixed(CALL_FORM) {
        return None;
    }
    let verb = words.clean.get(i)?;
    if !matches!(verb.as_ref(), "call" | "calls" | "called") {
        return None;
    }
    // ("… regretted recent calls by members of the Parliament to introduce …": after a noun's
    // marker "calls" is a noun, and a preposition opens no object.)
    if i > 0 && NOUN_MARKERS.contains(&&*words.clean[i - 1]) && !words.raw[i - 1].ends_with(',') {
        return None;
    }
    let from = i + 1;
    // ("… has called out Kazakh authorities for their “failure” to investigate …": a phrasal
    // verb's particle, "out", "off", "up" or "back", makes "call" criticise, cancel or summon,
    // never ask an actor to act.)
    if !words.clean_at(from).is_some_and(|w| {
        !PREPOSITIONS.contains(&w)
            && !matches!(
                w,
                "on" | "upon"
                    | "out"
                    | "off"
                    | "up"
                    | "back"
                    | "for"
                    | "to"
                    | "by"
                    | "it"
                    | "this"
                    | "that"
                    | "them"
                    | "him"
                    | "her"
            )
    }) {
        return None;
    }
    let to = (from + 1..words.raw.len().min(from + OBJECT_MAX_WORDS))
        .find(|&k| words.clean[k] == "to")?;
    if words.raw[from..to]
        .iter()
        .any(|w| w.ends_with([',', ';', ':', '.']))
        || words.clean[from..to]
            .iter()
            .any(|w| has(&rules.text.enforcer_nouns, w))
    {
        return None;
    }
    let command = words.clean[to + 1..]
        .iter()
        .find(|w| !has(&rules.text.skip_words, w))
        .is_some_and(|w| has(&rules.text.imperative_verbs, w));
    (command && object_names_actor(words, from, rules)).then(|| format!("{verb} … to"))
}

/// "… emphasized the necessity of a forceful response", "there is a pressing need for
/// governments to act", "There's a moral imperative to do so": a verb of emphasis (or "there
/// is") and a noun of need. Returns the phrase up to the noun.
#[inline(always)]
fn stated_need(words: &Words<'_>, i: usize, rules: &ImportRules) -> Option<String> {
    // (Asked at most words of a sentence: a need's first word starts with one of these
    // letters: "needed", "required", "there" and the verbs of emphasis.)
    let first = words.clean.get(i)?;
    if !first.starts_with(['n', 'r', 't', 's', 'e', 'u', 'h', 'p']) && first != "must" {
        return None;
    }
    stated_need_at(words, i, rules)
}

/// Words after "to" that open no verb's infinitive ("… is needed to the victims", "… to
/// them").
const NOT_A_VERB_AFTER_TO: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "your", "my", "them", "him", "us", "all", "both", "each", "every", "such",
];

/// [`stated_need`] at a word that may open one.
fn stated_need_at(words: &Words<'_>, i: usize, rules: &ImportRules) -> Option<String> {
    const EMPHASIS: &[&str] = &[
        "stress",
        "emphas",
        "underlin",
        "highlight",
        "reiterat",
        "recall",
        "point",
        "note",
    ];
    // ("stresses the importance of …" asks only for an action: [`importance_of_action`].)
    let first = words.clean.get(i)?;
    // "A concerted effort is needed to end torture …", "Urgent steps are required to …": a
    // need stated in the passive, for a command's verb, of an effort (`effort_nouns`): "Local
    // government approval is required to hold demonstrations" tells a law, it asks nothing.
    if matches!(first.as_ref(), "needed" | "required") && i >= 2 {
        let mut be = i - 1;
        while be > 0 && words.skip(be) {
            be -= 1;
        }
        let mut head = be.checked_sub(1)?;
        while head > 0 && words.skip(head) {
            head -= 1;
        }
        // "Stronger enforcement of the law is needed": the effort is the head before its
        // "of" phrase (a few words back).
        let effort = |k: usize| has(&rules.text.effort_nouns, &words.clean[k]);
        // ("Fundamental reform to policies and practices is needed …", "Support for the
        // victims is needed": so is one before a phrase of another preposition.)
        let of_head = || {
            (head.saturating_sub(OF_PHRASE_MAX_WORDS)..head).any(|k| {
                k > 0
                    && matches!(
                        words.clean[k].as_ref(),
                        "of" | "to" | "in" | "into" | "for" | "on" | "against"
                    )
                    && effort(k - 1)
            })
        };
        // "More is needed to …", "a lot more work is required": a need of more effort asks
        // for it, whatever follows.
        let more = more_effort(words, head, rules);
        if !more && !effort(head) && !of_head() {
            return None;
        }
        if !matches!(words.clean[be].as_ref(), "is" | "are") {
            return None;
        }
        if more {
            return Some(format!("more … {} {first}", words.clean[be]));
        }
        let mut verb = i + 2;
        while verb < words.raw.len() && words.skip(verb) {
            verb += 1;
        }
        if words.clean_at(i + 1) == Some("to") && words.imperative(verb) {
            return Some(format!("{} {first} to", words.clean[be]));
        }
        // "An independent inquiry is required to get at the truth": an effort's need, for
        // whatever purpose its verb names (not "… is needed to the victims": no determiner or
        // pronoun after "to").
        if words.clean_at(i + 1) == Some("to")
            && effort(head)
            && words.raw.get(verb).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && !NOT_A_VERB_AFTER_TO.contains(&words.clean[verb].as_ref())
            })
        {
            return Some(format!("{} {first} to", words.clean[be]));
        }
        // "… stronger enforcement … is needed.", "Urgent action is required, the group
        // said": a need that ends its clause asks for the effort itself; so does one whose
        // clause goes on with a condition or the need's own complement ("… is needed if
        // torture is to be eradicated", "an investigation is needed into the events"), not
        // with an agent ("is needed by …").
        let clause_ends = i + 1 == words.raw.len()
            || words.raw[i].ends_with([',', ';', '.'])
            || words.clean_at(i + 1).is_some_and(|w| {
                matches!(
                    w,
                    "if" | "into" | "before" | "so" | "now" | "urgently" | "but" | "and"
                )
            });
        return clause_ends.then(|| format!("{} {first}", words.clean[be]));
    }
    // "Kyrgyzstan needs further measures to guarantee …", "the government requires urgent
    // steps to …": an actor or a country in the active, its effort and a command's verb.
    if let Some(need) = more_to_be_done(words, i, rules) {
        return Some(need);
    }
    if let Some(proposal) = impersonal_proposal(words, i) {
        return Some(proposal);
    }
    if let Some(weight) = importance_of_action(words, i, rules) {
        return Some(weight);
    }
    if matches!(first.as_ref(), "needs" | "need" | "requires" | "require") {
        return active_need(words, i, rules);
    }
    // ("There's a moral imperative to do so": the contraction too.)
    let contracted = matches!(first.as_ref(), "there's" | "there’s");
    let there =
        contracted || first == "there" && matches!(words.clean_at(i + 1), Some("is" | "was"));
    if !there && !EMPHASIS.iter().any(|e| first.starts_with(e)) {
        return None;
    }
    let mut k = if there && !contracted { i + 2 } else { i + 1 };
    if !matches!(words.clean_at(k), Some("the" | "a" | "an")) {
        return None;
    }
    k += 1;
    // ("there is a pressing need", "underlines the urgent need to …": one adjective, in small
    // letters and no possessive.)
    if !words.clean_at(k).is_some_and(|w| NEED_NOUNS.contains(&w))
        && (there
            || words.raw.get(k).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase()) && !possessive_s(w)
            }))
    {
        k += 1;
    }
    let noun = words.clean_at(k).filter(|w| NEED_NOUNS.contains(w))?;
    need_linked(noun, words.clean_at(k + 1)?).then(|| words.clean[i..=k].join(" "))
}

/// Nouns of a need ("the need to …", "the necessity of …", "a moral imperative to …").
pub(crate) const NEED_NOUNS: &[&str] = &["need", "necessity", "urgency", "imperative"];

/// Whether a [`NEED_NOUNS`] entry is followed by a word that links it to what is needed: "for"
/// or "to" after "need" ("the need for X to …", "the need to …"), also "of" after the others
/// ("the necessity of …").
pub(crate) fn need_linked(noun: &str, link: &str) -> bool {
    match noun {
        "need" => matches!(link, "for" | "to"),
        _ => matches!(link, "of" | "for" | "to"),
    }
}

/// Words that open a gerund's object or its infinitive ("updating its plan", "working to
/// ensure …"): a gerund of doing takes one, a participle before a noun ("growing cooperation")
/// does not.
const GERUND_OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "all", "to", "further", "more", "any",
    "every", "those", "these", "this", "that", "them", "it",
];

/// Words that open a phrase set between a verb of stressing and "the importance of" ("stressed
/// in talks with the President the importance of …").
const IMPORTANCE_ASIDE_OPENERS: &[&str] = &["in", "during", "at", "before", "to", "with"];

/// Words after a verb of stressing within which "the importance" is looked for past a phrase
/// set between.
const IMPORTANCE_ASIDE_MAX_WORDS: usize = 12;

/// "The EU emphasised the importance of implementing the recommendations …", "… stressed the
/// importance of Turkmenistan updating its own action plan", "… stressed the importance of a
/// transparent and independent investigation into …": a verb of stressing
/// (`importance_verbs`), "the", a modifier or two, "importance of" and an action — a gerund of
/// doing (a command's verb, or any "-ing" word that takes an object or an infinitive; not one
/// of `state_gerunds`, not after a determiner: "the following principles"), with or without
/// its own subject, or an `action_nouns` entry and its complement (a preposition after it)
/// before the clause ends. The importance of a thing, a relation or a value ("… of media
/// freedom", "… of bilateral relations", "… of accountability.") asks nothing. Returns the
/// phrase up to the action.
fn importance_of_action(words: &Words<'_>, i: usize, rules: &ImportRules) -> Option<String> {
    const DETERMINERS: &[&str] = &["the", "a", "an", "this", "these", "that", "those"];
    const COMPLEMENTS: &[&str] = &[
        "of", "into", "for", "against", "on", "by", "with", "to", "in", "from", "without",
    ];
    // "the importance", "the great importance", "the utmost, crucial importance" (read first:
    // most words are followed by no "the"); or after a phrase set between ("stressed in talks
    // with the President the importance of …", "underlined, at a meeting with students, the
    // importance of …"): a preposition right after the verb, or a comma ending it, then "the"
    // within [`IMPORTANCE_ASIDE_MAX_WORDS`] words, no clause ending on the way.
    let aside = words.clean_at(i + 1) != Some("the");
    // (Only in a sentence holding "importance"; a verb of stressing has six letters or more and
    // starts with one of these.)
    if aside
        && (!words.holds_fixed(IMPORTANCE)
            || words.clean[i].len() < 6
            || !words.clean[i].starts_with(['s', 'e', 'u', 'h', 'r']))
    {
        return None;
    }
    if aside
        && !(words.raw[i].ends_with(',')
            || words
                .clean_at(i + 1)
                .is_some_and(|w| IMPORTANCE_ASIDE_OPENERS.contains(&w)))
        || !aside && words.raw[i].ends_with([',', ';', '.', ':'])
    {
        return None;
    }
    let first = &*words.clean[i];
    if !rules
        .text
        .importance_verbs
        .iter()
        .any(|v| first.starts_with(v.as_str()))
    {
        return None;
    }
    let the = if aside {
        (i + 2..words.raw.len().min(i + 2 + IMPORTANCE_ASIDE_MAX_WORDS))
            .take_while(|&k| !words.raw[k - 1].ends_with([';', '.', ':', '?', '!']))
            .find(|&k| {
                words.clean[k] == "the"
                    && (k + 1..=k + 3).any(|j| words.clean_at(j) == Some("importance"))
            })?
    } else {
        i + 1
    };
    // "The EU recalled the tragic January 2022 events and the importance of continuing to
    // conduct …": the importance as the second of two objects joined by "and", no clause
    // ending between.
    let joined = !(the + 1..=the + 3).any(|k| words.clean_at(k) == Some("importance"));
    let the = if !joined {
        the
    } else {
        (the + 2..words.raw.len().min(the + 2 + IMPORTANCE_ASIDE_MAX_WORDS))
            .take_while(|&k| !words.raw[k - 1].ends_with([',', ';', '.', ':', '?', '!']))
            .find(|&k| {
                words.clean[k] == "the"
                    && words.clean[k - 1] == "and"
                    && words.clean_at(k + 1) == Some("importance")
            })?
    };
    let importance = (the + 1..=the + 3).find(|&k| words.clean_at(k) == Some("importance"))?;
    if words.clean_at(importance + 1) != Some("of") {
        return None;
    }
    let of = importance + 1;
    // (The evidence: the verb up to the action, or "recalled … the importance of continuing"
    // past the first object.)
    let phrase = |k: usize| {
        if joined {
            format!("{} … {}", words.clean[i], words.clean[the..=k].join(" "))
        } else {
            words.clean[i..=k].join(" ")
        }
    };
    let last = (of + 8).min(words.raw.len().saturating_sub(1));
    for k in of + 1..=last {
        // The phrase ends at its clause's end ("… of media freedom, and …").
        if k > of + 1 && words.raw[k - 1].ends_with([',', ';', '.', ':', '?', '!']) {
            return None;
        }
        let w = &*words.clean[k];
        if has(&rules.text.action_nouns, w) {
            let complement = !words.raw[k].ends_with([',', ';', '.', ':', '?', '!'])
                && words
                    .clean_at(k + 1)
                    .is_some_and(|c| COMPLEMENTS.contains(&c));
            return complement.then(|| phrase(k));
        }
        // "the importance of the Center's work of …": a thing's own "of" phrase.
        if w == "of" {
            return None;
        }
        if w.len() >= 5 && w.ends_with("ing") && !has(&rules.text.state_gerunds, w) {
            let after_determiner = DETERMINERS.contains(&&*words.clean[k - 1]);
            let object = !words.raw[k].ends_with([',', ';', '.', ':', '?', '!'])
                && words
                    .clean_at(k + 1)
                    .is_some_and(|o| GERUND_OBJECT_OPENERS.contains(&o));
            // "… the importance of achieving as soon as possible …", "They stress the
            // importance of the government viewing civil society … as allies": a gerund right
            // after "of", or after an actor as its own subject, with words of its own after it
            // (no preposition: "the importance of meeting with …" names a thing) is a doing.
            let goes_on = !words.raw[k].ends_with([',', ';', '.', ':', '?', '!'])
                && words.clean_at(k + 1).is_some_and(|o| {
                    (!COMPLEMENTS.contains(&o) && !matches!(o, "and" | "or" | "but" | "as"))
                        || words.clean_at(k + 2) == Some("soon")
                });
            let own_subject = k > of + 1 && is_actor(&words.clean[k - 1], rules);
            let doing = !after_determiner
                && (words.gerund_of_command(w)
                    || object
                    || (goes_on && (k == of + 1 || own_subject)));
            return doing.then(|| phrase(k));
        }
    }
    None
}

/// Whether the subject whose head is word `head` is a quantity of more effort: "more" or "much"
/// itself ("More needs to be done", "much remains to be done"), or an `effort_nouns` entry right
/// after "more"/"further" ("a lot more work", "further efforts"). Such a need names no actor
/// and still asks for the effort.
fn more_effort(words: &Words<'_>, head: usize, rules: &ImportRules) -> bool {
    let w = &*words.clean[head];
    matches!(w, "more" | "much")
        || (head > 0
            && has(&rules.text.effort_nouns, w)
            && matches!(words.clean[head - 1].as_ref(), "more" | "further"))
}

/// "It was proposed to create and use economic leverage …", "It is suggested that the
/// authorities …": a proposal told in the impersonal passive ("it", "is"/"was"/"has been",
/// "proposed"/"suggested") with "to" and a command's verb, or
/// "that" and a clause, is a recommendation told, as "Members called for …" is; it names no
/// addressee. ("It was proposed by the mayor" has no proposal's object.)
fn impersonal_proposal(words: &Words<'_>, i: usize) -> Option<String> {
    let first = &*words.clean[i];
    if !matches!(first, "proposed" | "suggested") {
        return None;
    }
    let be = i.checked_sub(1)?;
    let it = match &*words.clean[be] {
        "is" | "was" => be.checked_sub(1)?,
        "been" if be >= 2 && words.clean[be - 1] == "has" => be - 2,
        _ => return None,
    };
    if words.clean[it] != "it" {
        return None;
    }
    let asks = match words.clean_at(i + 1) {
        Some("that") => true,
        Some("to") => {
            let mut verb = i + 2;
            while verb < words.raw.len() && words.skip(verb) {
                verb += 1;
            }
            words.imperative(verb)
        }
        _ => false,
    };
    asks.then(|| format!("it {} {first}", words.clean[be]))
}

/// "However, more needs to be done to meet …", "Much remains to be done", "more work must be
/// done", "the same should be done for men": a quantity of more effort ([`more_effort`]) as the subject of a present "needs to"/
/// "has to"/"remains to" and "be done", or of "must"/"should" and "be done". The need of it is
/// a call on whoever can act, though it names no one.
fn more_to_be_done(words: &Words<'_>, i: usize, rules: &ImportRules) -> Option<String> {
    let first = &*words.clean[i];
    let done_at = match first {
        "needs" | "need" | "has" | "have" | "remains" | "remain" => {
            (words.clean_at(i + 1) == Some("to")).then_some(i + 2)?
        }
        "must" | "should" => i + 1,
        _ => return None,
    };
    if words.clean_at(done_at) != Some("be") || words.clean_at(done_at + 1) != Some("done") {
        return None;
    }
    let mut head = i.checked_sub(1)?;
    while head > 0 && words.skip(head) {
        head -= 1;
    }
    // ("Although capital punishment for women had been abolished, the same should be done
    // for men": the step just told, asked again for others.)
    if words.clean[head] == "same" && head > 0 && words.clean[head - 1] == "the" {
        let to = if done_at > i + 1 { " to" } else { "" };
        return Some(format!("the same {first}{to} be done"));
    }
    more_effort(words, head, rules).then(|| format!("more … {first} to be done"))
}

/// Verbs with which a document or a speaker describes what it holds ("outlines steps that
/// should be taken", "has identified stability as a key concern that should be addressed").
const DESCRIBING_VERBS: &[&str] = &[
    "outlines",
    "outlined",
    "describes",
    "described",
    "lists",
    "listed",
    "identifies",
    "identified",
    "details",
    "detailed",
];

/// Most words between a describing verb and the relative "that"/"which" of what it describes
/// ("identified *stability as a key EU concern* that should …").
const DESCRIBED_REACH: usize = 7;

/// "It also describes human rights problems … and outlines steps that should be taken to
/// address them", "The presidency has also identified stability as a key EU concern that
/// should be addressed by the strategy": an obligation right after a relative "that"/"which"
/// whose antecedent a describing verb (`DESCRIBING_VERBS`) governs, a few words before, tells
/// what a document or a speaker describes; it asks nothing of its own.
fn described_content(words: &Words<'_>, i: usize) -> bool {
    if i < 2 || !matches!(words.clean[i - 1].as_ref(), "that" | "which") {
        return false;
    }
    (i.saturating_sub(1 + DESCRIBED_REACH)..i - 1)
        .any(|k| DESCRIBING_VERBS.contains(&words.clean[k].as_ref()))
}

/// Most words between an effort and the "of" of its phrase ("enforcement *of the law* is
/// needed").
const OF_PHRASE_MAX_WORDS: usize = 4;

/// Most modifiers between a need's verb and its effort ("needs *further concrete* measures").
const NEED_MODIFIERS_MAX_WORDS: usize = 3;

/// "Kyrgyzstan needs further measures to guarantee …", "The authorities require urgent steps
/// to …": the word before the verb (past adverbs) an actor, a country or "it"/"they" (not the
/// speaker's own "we"/"I"), up to three modifiers, an `effort_nouns` entry, then "to" and a
/// command's verb. ("The project needs more funding to expand" has no actor; "Kazakhstan needs
/// investment to grow" no effort.)
fn active_need(words: &Words<'_>, i: usize, rules: &ImportRules) -> Option<String> {
    // ("… needs to take urgent steps to …" is an obligation, read as one.)
    if words.clean_at(i + 1) == Some("to") {
        return None;
    }
    let mut s = i.checked_sub(1)?;
    while s > 0 && words.skip(s) {
        s -= 1;
    }
    let subject = &*words.clean[s];
    if matches!(subject, "we" | "i" | "you") || !is_actor(subject, rules) {
        return None;
    }
    let n = words.raw.len();
    let k = (i + 1..n.min(i + 2 + NEED_MODIFIERS_MAX_WORDS))
        .take_while(|&k| k == i + 1 || !words.raw[k - 1].ends_with([',', ';', ':', '.']))
        .find(|&k| has(&rules.text.effort_nouns, &words.clean[k]))?;
    if words.clean_at(k + 1) != Some("to") {
        return None;
    }
    let mut verb = k + 2;
    while verb < n && words.skip(verb) {
        verb += 1;
    }
    words
        .imperative(verb)
        .then(|| format!("{} … {} to", words.clean[i], words.clean[k]))
}

/// Most words of the subject of a hope's that-clause ("We hope that *the new government of X*
/// will …").
const HOPE_SUBJECT_MAX_WORDS: usize = 14;
/// Most words of a name after an office holder's title ("President Emomali Rahmon").
const TITLED_NAME_MAX_WORDS: usize = 3;

/// Words before a hope's verb that make it a noun, a passive or a past told ("in the hope that
/// …", "is expected to", "had hoped that …").
const NOT_A_HOPE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "had", "as", "the", "a", "an", "our", "its",
    "their", "his", "her", "of", "in", "with", "no", "and", "or",
];

/// Whether the verb of hoping at word `i` has the speaker for its subject: "I" or "we" (or
/// their contraction with a modal) before it, perhaps with adverbs, "do", "would" or "all" between
/// ("We sincerely hope", "we would hope", "We all hope"); or a speaker's own hope reported, "he",
/// "she" or "they" right after a [`HOPE_REPORTING_VERBS`] entry (perhaps with "that"): "The
/// Chairman-in-Office said he hoped that the Government would consult …", as "expressed his
/// hope that …" tells it.
fn own_hope(words: &Words<'_>, i: usize) -> bool {
    (0..i)
        .rev()
        .find(|&k| {
            !(words.skip(k)
                || words.clean[k].ends_with("ly")
                || matches!(
                    words.clean[k].as_ref(),
                    "do" | "would" | "all" | "very" | "much" | "truly"
                ))
        })
        .is_some_and(|k| match words.clean[k].as_ref() {
            "i" | "we" | "i'd" | "we'd" | "i’d" | "we’d" => true,
            "he" | "she" | "they" => {
                let k = k - usize::from(k >= 2 && words.clean[k - 1] == "that");
                k >= 1 && HOPE_REPORTING_VERBS.contains(&words.clean[k - 1].as_ref())
            }
            _ => false,
        })
}

/// Verbs of saying before "he"/"she"/"they" and a hope, which report the speaker's own hope
/// ([`own_hope`]).
const HOPE_REPORTING_VERBS: &[&str] = &[
    "said", "says", "added", "adds", "stated", "states", "noted", "notes", "stressed", "stresses",
];

/// Words between "look forward to" and "implementation" ("the full", "their swift").
const AWAITED_IMPLEMENTATION_REACH: usize = 3;

/// "We … look forward to their implementation by Uzbekistan", "The EU looks forward to the
/// full implementation of …": awaiting, in the present, what was recommended or promised to be
/// carried out asks for it (not "looked forward", a story told; not "look forward to
/// continued cooperation"). Returns the cue.
fn awaited_implementation(words: &Words<'_>, i: usize) -> Option<String> {
    if !matches!(words.clean.get(i)?.as_ref(), "look" | "looks")
        || words.clean_at(i + 1) != Some("forward")
        || words.clean_at(i + 2) != Some("to")
    {
        return None;
    }
    let end = words
        .raw
        .len()
        .min(i + 3 + AWAITED_IMPLEMENTATION_REACH + 1);
    (i + 3..end)
        .take_while(|&k| k == i + 3 || !words.raw[k - 1].ends_with([',', ';', ':', '.']))
        .any(|k| words.clean[k] == "implementation")
        .then(|| format!("{} forward to … implementation", words.clean[i]))
}

/// "We hope that your government will release …", "The EU expects that the authorities will
/// …", "At the same time, he expects that all processes will be carried out …", "The
/// Committee expresses the hope that the State party will …": a speaker's hope or expectation
/// at word `i` (a `hope_verbs` entry, finite: not "is expected", "had hoped", "in the hope";
/// or "hope" after a finite verb of expressing), "that" or none, then a clause before
/// "will"/"would"/"shall"/"can": its subject an actor or a country (not "he", "she", "it",
/// "we"), and for an expectation a command's verb (a hope asks whatever it names: "We hope
/// that Turkmenistan will not only declare …"); or, for an expectation, any subject but the
/// speaker's own before "be" and a command's participle ("… will be carried out …", "… will be
/// released"). A hope with no actor is a wish, a finding: "We hope the situation will
/// improve", "we hope they [the proposals] will be adopted". Returns the cue.
fn hoped_call(words: &Words<'_>, i: usize, rules: &ImportRules) -> Option<String> {
    let verb = words.clean.get(i)?;
    // (Asked of most words of a sentence: a hope's word starts with "h" or "e" and has four
    // to eight letters.)
    if !verb.starts_with(['h', 'e']) || !(4..=8).contains(&verb.len()) || i == 0 {
        return None;
    }
    let before = &*words.clean[i - 1];
    // "Our hope is that the authorities will …", "It is our hope that …": the speaker's hope
    // told by its noun, a possessive before it and its clause after "is that" or "that".
    let our_hope_is = verb == "hope"
        && matches!(before, "our" | "my")
        && (words.clean_at(i + 1) == Some("is") && words.clean_at(i + 2) == Some("that")
            || i >= 3
                && words.clean[i - 2] == "is"
                && words.clean[i - 3] == "it"
                && words.clean_at(i + 1) == Some("that"));
    let noun = our_hope_is
        || verb == "hope"
            && i >= 2
            && matches!(before, "the" | "its" | "our" | "their" | "his" | "her")
            && EXPRESSING_VERBS.contains(&&*words.clean[i - 2]);
    let expectation = verb.starts_with("expect");
    if !noun && (!has(&rules.text.hope_verbs, verb) || NOT_A_HOPE.contains(&before)) {
        return None;
    }
    // "The campaign hopes that President X will …", "The ambassador hoped that the OSCE would
    // …": a hope told of a third party (a noun as its subject) is a wish reported, no call;
    // only the speaker's own, "I"/"we" before the verb (and adverbs: "We sincerely hope"), asks.
    // An expectation told of another still asks ("he expects that … will be released").
    if !noun && verb.starts_with('h') && !own_hope(words, i) {
        return None;
    }
    let n = words.raw.len();
    let mut from = match (words.clean_at(i + 1), words.clean_at(i + 2)) {
        (Some("that"), _) => i + 2,
        (Some("is"), Some("that")) if our_hope_is => i + 3,
        _ => i + 1,
    };
    // "… that this helps … and that the authorities will act …": a second clause of the hope,
    // joined by "and that", names whom it asks, however long the first clause runs ("Our hope
    // is that this helps cast light on the deplorable situation in the country and that the
    // authorities will act on her recommendations": the clause, not the subject, is long).
    if let Some(k) = (from + 1..n)
        .take_while(|&k| !words.raw[k - 1].ends_with([';', ':', '.', '?', '!']))
        .filter(|&k| words.clean[k] == "that" && words.clean[k - 1] == "and")
        .last()
    {
        from = k + 1;
    }
    let modal = (from..n.min(from + HOPE_SUBJECT_MAX_WORDS + 1))
        .take_while(|&k| k == from || !words.raw[k - 1].ends_with([';', ':', '.', '?', '!']))
        .find(|&k| matches!(words.clean[k].as_ref(), "will" | "would" | "shall" | "can"))?;
    let subject = &words.clean[from..modal];
    if subject.is_empty()
        || subject
            .iter()
            .any(|w| matches!(w.as_ref(), "we" | "i" | "us" | "our" | "my"))
    {
        return None;
    }
    let adverb = |k: usize| {
        words.skip(k)
            || words.clean[k].ends_with("ly")
            || matches!(words.clean[k].as_ref(), "not" | "only" | "soon" | "now")
    };
    let mut v = modal + 1;
    while v < n && adverb(v) {
        v += 1;
    }
    let cue = || format!("{} that … {}", words.clean[i], words.clean[modal]);
    if expectation && words.clean_at(v) == Some("be") {
        let mut p = v + 1;
        while p < n && adverb(p) {
            p += 1;
        }
        if words
            .clean_at(p)
            .is_some_and(|w| command_participle(w, rules))
        {
            return Some(cue());
        }
    }
    // Whom it names: "you" right before the modal ("… during your visit next week you will
    // …"), else the head of the subject after its last comma and before a preposition ("the
    // Government of Kazakhstan will", not "the situation in the region's courts will"), and
    // not an indefinite one ("…, after the reform, a new generation of judges will …").
    // ("We hope that this briefing memorandum, summarizing key areas of concern in X and Y,
    // can help …": a participle's phrase set off by commas after the subject's head is an
    // aside; the head stands before it.)
    let aside = (from + 1..modal)
        .find(|&k| k + 1 < modal && words.raw[k].ends_with(','))
        .filter(|&k| {
            let next = &*words.clean[k + 1];
            next.len() > 4 && (next.ends_with("ing") || next.ends_with("ed"))
        });
    let subject_from = if aside.is_some() {
        from
    } else {
        (from..modal)
            .rev()
            .find(|&k| k + 1 < modal && words.raw[k].ends_with(','))
            .map_or(from, |k| k + 1)
    };
    let subject_end = aside.map_or(modal, |k| k + 1);
    let head_end = (subject_from..subject_end)
        .find(|&k| k > subject_from && PREPOSITIONS.contains(&&*words.clean[k]))
        .unwrap_or(subject_end);
    let head = &*words.clean[head_end - 1];
    let indefinite = words.clean[subject_from..head_end]
        .iter()
        .any(|w| matches!(w.as_ref(), "a" | "an"));
    // "The coalition hopes that President Example will …": a name after an office
    // holder's title (`person_actor_nouns`) is the actor its title makes it.
    let titled_name = (subject_from..head_end).any(|k| {
        (1..=TITLED_NAME_MAX_WORDS).contains(&(head_end - k - 1))
            && has(&rules.text.person_actor_nouns, &words.clean[k])
            && words.raw[k + 1..head_end]
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    });
    let actor = words.clean[modal - 1] == "you"
        || titled_name
        || (!indefinite && is_actor(head, rules) && !has(&rules.text.pronouns, head));
    if !actor || v >= n {
        return None;
    }
    let asks =
        !expectation || words.imperative(v) || has(&rules.text.demand_verbs, &words.clean[v]);
    asks.then(cue)
}

/// Whether `word` is the past participle of a command's verb (`imperative_verbs` or
/// `demand_verbs`): "carried", "released", "freed", "stopped", "clarified".
fn command_participle(word: &str, rules: &ImportRules) -> bool {
    let command = |stem: &str| {
        !stem.is_empty()
            && (has(&rules.text.imperative_verbs, stem) || has(&rules.text.demand_verbs, stem))
    };
    let Some(base) = word.strip_suffix("ed") else {
        return false;
    };
    let doubled =
        base.len() >= 2 && base.as_bytes()[base.len() - 1] == base.as_bytes()[base.len() - 2];
    command(base)
        || command(&word[..word.len() - 1])
        || base
            .strip_suffix('i')
            .is_some_and(|b| command(&format!("{b}y")))
        || (doubled && command(&base[..base.len() - 1]))
}

/// The stems of repeating a call ("repeated", "reiterates", "renewed", "echoing"), read by
/// [`renewed_call`].
const RENEWING_VERBS: &[&str] = &["repeat", "reiterat", "renew", "echo"];

/// Most words of a time between a call and its particle ("called on 26 June 2019 for").
const TIMED_CALL_MAX_WORDS: usize = 5;

/// "… repeated its call on June 26 for the release of …", "we echo the call by the OSCE … on
/// the authorities to …", "join the growing calls for …", "renewed his plea to X to …" (and [`joined_in_call`]): a verb of repeating or joining, a
/// call's noun (after a determiner and at most one adjective), and the call's "for", "on" or
/// "to" further on. Returns the phrase up to the noun.
fn renewed_call(words: &Words<'_>, i: usize) -> Option<String> {
    const VERBS: &[&str] = &[
        "repeat", "reiterat", "renew", "echo", "join", "support", "endors",
    ];
    const DETERMINERS: &[&str] = &[
        "its", "our", "their", "his", "her", "the", "a", "an", "this",
    ];
    const NOUNS: &[&str] = &[
        "call", "calls", "appeal", "appeals", "demand", "demands", "plea", "pleas",
    ];
    // ("We echo the recommendation made in the last review that X welcome a visit …": a
    // recommendation repeated is the speaker's own; one supported or joined may be a State's
    // acceptance of it.)
    const REPEATED_NOUNS: &[&str] = &["recommendation", "recommendations"];
    let verb = words.clean.get(i)?;
    // (Their first letters first: most words are passed by one test.)
    if !verb.starts_with(['r', 'e', 'j', 's']) || !VERBS.iter().any(|v| verb.starts_with(v)) {
        return None;
    }
    let repeats = RENEWING_VERBS.iter().any(|v| verb.starts_with(v));
    let noun = |w: &str| NOUNS.contains(&w) || (repeats && REPEATED_NOUNS.contains(&w));
    if verb.starts_with("join") {
        if let Some(joined) = joined_in_call(words, i) {
            return Some(joined);
        }
    }
    // ("Despite repeated calls for …": without a determiner the participle is an adjective.)
    if !words
        .clean_at(i + 1)
        .is_some_and(|w| DETERMINERS.contains(&w))
    {
        return None;
    }
    let mut k = i + 2;
    // ("its urgent call", "the growing calls": one adjective.)
    if !words.clean_at(k).is_some_and(noun) {
        k += 1;
    }
    if !words.clean_at(k).is_some_and(noun) {
        return None;
    }
    let reach = words.raw.len().min(k + 1 + OBJECT_MAX_WORDS);
    // (A repeated call's content clause links it too: "… the call made by four senators
    // in October, specifically that the United States should insist on …".)
    let linked = (k + 1..reach).any(|j| {
        matches!(words.clean[j].as_ref(), "for" | "on" | "upon" | "to")
            || (repeats && words.clean[j] == "that")
    });
    linked.then(|| words.clean[i..=k].join(" "))
}

/// "CPJ joined a coalition of eleven groups in calling on Congress to …", "HRW joined 15
/// organisations in urging the government to …": a form of "join", its partners (at most
/// [`OBJECT_MAX_WORDS`] words), then "in" and a call's gerund with what it asks (or, after a
/// first gerund that asks nothing, "and in" and a call's: "… in voicing concerns about … and
/// in calling for …"). Returns "joined … in calling".
fn joined_in_call(words: &Words<'_>, i: usize) -> Option<String> {
    const GERUNDS: &[&str] = &[
        "urging",
        "asking",
        "appealing",
        "demanding",
        "pressing",
        "pressuring",
        "requesting",
        "encouraging",
    ];
    if !matches!(words.clean_at(i)?, "join" | "joins" | "joined" | "joining") {
        return None;
    }
    let reach = words.raw.len().min(i + 2 + OBJECT_MAX_WORDS);
    let first = (i + 2..reach).find(|&j| words.clean[j - 1] == "in")?;
    let asks = |at: usize| {
        words.clean_at(at).filter(|&gerund| match gerund {
            "calling" => matches!(words.clean_at(at + 1), Some("on" | "upon" | "for")),
            _ => GERUNDS.contains(&gerund) && words.clean_at(at + 1).is_some(),
        })
    };
    // "Two groups joined other organisations in voicing concerns about … and in calling for swift
    // steps …": a second gerund joined by "and in" asks when the first only voices concern.
    let gerund = asks(first).or_else(|| {
        (first + 2..words.raw.len())
            .find(|&j| words.clean[j - 1] == "in" && words.clean[j - 2] == "and")
            .and_then(asks)
    })?;
    Some(format!("{} … in {gerund}", words.clean[i]))
}

/// "… and that the government of Tajikistan must immediately release him": a that-clause after
/// `from` whose subject names an actor and whose verb is an obligation ("must have known"
/// guesses, it obliges no one).
fn obligation_in_that_clause(
    words: &Words<'_>,
    from: usize,
    rules: &ImportRules,
) -> Option<Decision> {
    // (Only an obligation word obliges: a sentence without one is passed, and one without
    // "that".)
    if !words.holds(CueList::ObligationWords) || !words.holds_fixed(THAT) {
        return None;
    }
    for k in from..words.raw.len() {
        // ("It is unacceptable that the authorities should jail …" judges; "This means that X
        // has to report …" tells a consequence, while "This means that laws … should not be
        // misused …" asks: after "means" only "should", "must" or "ought" oblige.)
        let means = k >= 1 && matches!(words.clean[k - 1].as_ref(), "means" | "meant" | "mean");
        if words.clean[k] != "that"
            || (k >= 2
                && matches!(
                    words.clean[k - 2].as_ref(),
                    "is" | "was" | "are" | "were" | "be"
                )
                && !believed(words, k - 1, rules))
            // ("More and more people require that Mr. X should step down": what a crowd or the
            // public demands is the story's event, no call of the text's.)
            || crowd_demand(words, k)
            // ("… they represent something that we should not condone": after an indefinite
            // pronoun "that" is relative, no content clause.)
            || matches!(
                words.clean[k - 1].as_ref(),
                "something" | "anything" | "nothing" | "everything"
            )
        {
            continue;
        }
        let obliged = (k + 2..words.raw.len().min(k + 2 + THAT_SUBJECT_MAX_WORDS)).any(|j| {
            words.obligation_at(j).is_some_and(|(word, n)| {
                // ("… should have been …" tells the past; "… should have access to a lawyer"
                // asks.)
                (words.clean_at(j + n) != Some("have")
                    || words.clean_at(j + n + 1) == Some("access"))
                    && !matches!(words.clean[j - 1].as_ref(), "will" | "would")
                    && (!means || matches!(word, "should" | "must" | "ought"))
            })
        });
        if !obliged || enforcer_speaks(words, k, rules) {
            continue;
        }
        let clause = words.clause_from(k + 1, past_verb(&words.clean[k - 1]));
        // ("Police insisted that the protesters must be punished": what police or prosecutors
        // want is read only by a command's participle, not the looser passive.)
        if words.clean[from.saturating_sub(1)..k]
            .iter()
            .any(|w| has(&rules.text.enforcer_nouns, w))
            && passive_obligation_of(&clause, 0, rules, false).is_some_and(|(_, l)| l)
        {
            continue;
        }
        if let Some(inner) = sentence_of(&clause, rules) {
            if inner.kind == ItemKind::Recommendation && inner.evidence.rule == "obligation" {
                return Some(inner);
            }
        }
    }
    None
}

/// Words before "which" of an occasion ("in which he urged …") within which a punishment makes
/// the call the punished person's own act ("… was jailed over a post in which he urged …").
const PUNISHED_OCCASION_REACH: usize = 10;

/// Most words from a comma to the recommending verb of the clause it opens in
/// [`comma_clause_call`] (a subject of a name and its "also", or a participle, a name and "to").
const COMMA_CLAUSE_MAX_WORDS: usize = 12;
/// Fewest words after the verb of [`comma_clause_call`]: whom it asks, "to" and a verb.
const OBJECT_MIN_WORDS: usize = 4;

/// A call past the subject's reach in a clause of its own: a recommending verb at `k` (at least
/// [`OBJECT_MIN_WORDS`] words before the sentence's end) whose
/// words back to the nearest comma (at most [`COMMA_CLAUSE_MAX_WORDS`], no clause word between)
/// are a subject opening on a capital (a name, not a pronoun; "the" before a capital too), or one
/// of `causing_participles`,
/// such a subject and "to" ("…, prompting Human Rights Watch and other groups to call for their
/// release"), with no one of `enforcer_nouns` in it and an object after the verb. A long
/// fronted phrase ("Alarmed by the way that such laws have been spreading in recent months,
/// RSF also urges …") or a long main clause before a cause's participle puts the call past the
/// subject's reach.
#[inline(never)]
fn late_comma_clause_call(
    words: &Words<'_>,
    start: usize,
    rules: &ImportRules,
) -> Option<Decision> {
    if !words.holds(CueList::RecommendingVerbs) {
        return None;
    }
    (start + SUBJECT_MAX_WORDS..words.raw.len()).find_map(|k| comma_clause_call(words, k, rules))
}

/// See [`late_comma_clause_call`]: the call at word `k`, if its clause is one.
fn comma_clause_call(words: &Words<'_>, k: usize, rules: &ImportRules) -> Option<Decision> {
    let (verb, n) = words.any_at(k, CueList::RecommendingVerbs)?;
    let floor = k.saturating_sub(COMMA_CLAUSE_MAX_WORDS).max(1);
    let mut j = k;
    loop {
        if words.raw[j - 1].ends_with(',') {
            break;
        }
        if j <= floor || words.in_list(j - 1, CLAUSE) {
            return None;
        }
        j -= 1;
    }
    let caused = has(&rules.text.causing_participles, &words.clean[j]);
    let subject = j + usize::from(caused);
    let to = words.clean[k - 1] == "to";
    // ("… the Committee urged the Government to" cut off at the text's end asks nothing.)
    if caused != to
        || k + n + OBJECT_MIN_WORDS > words.raw.len()
        || subject + usize::from(to) >= k
        || !(words.raw[subject].starts_with(|c: char| c.is_uppercase())
            || (words.clean[subject] == "the"
                && words.raw[subject + 1].starts_with(|c: char| c.is_uppercase())))
        || has(&rules.text.pronouns, &words.clean[subject])
        || (subject..k).any(|i| enforcer_or_its(&words.clean[i], rules))
        || !has_object(words, k + n, verb, rules)
    {
        return None;
    }
    Some(Decision {
        kind: ItemKind::Recommendation,
        evidence: KindEvidence::new("recommending verb", verb),
        addressee: None,
    })
}

/// Whether the adjective `at`, after "is"/"are"/"was"/"were"/"be" and before "that", is one of
/// `belief_adjectives` with a subject that is no "it"/"this"/"that"/"there" ("Human rights
/// defenders are confident that the officials should amend the law": a view stated as a demand,
/// not the impersonal "It is certain that …").
#[inline(never)]
fn believed(words: &Words<'_>, at: usize, rules: &ImportRules) -> bool {
    at >= 2
        && has(&rules.text.belief_adjectives, &words.clean[at])
        && !matches!(
            words.clean[at - 2].as_ref(),
            "it" | "this" | "that" | "there"
        )
}

/// "The interrogators told the two men that he should cease all his online activities": an
/// obligation (word `at`) after a verb of saying (`reporting_verbs`) whose subject, among the
/// sentence's first words, is one of `enforcer_nouns` is what the police or the prosecutors
/// demanded, told by the story ("Police must stop beating detainees" still asks the police).
fn enforcer_speaks(words: &Words<'_>, at: usize, rules: &ImportRules) -> bool {
    let subject = &words.clean[..words.clean.len().min(ENFORCER_SUBJECT_REACH)];
    subject
        .iter()
        .take_while(|w| !SUBORDINATORS.contains(&w.as_ref()))
        .any(|w| has(&rules.text.enforcer_nouns, w))
        && words.clean[1..at]
            .iter()
            .any(|w| has(&rules.text.reporting_verbs, w))
}

/// Whether `word` is one of `enforcer_nouns`, or its possessive: "The state prosecutor's
/// office on Friday called on citizens not to …" is the prosecution's own instruction, told
/// by the story, as "Prosecutors asked …" is.
/// (`word` is a clean word: folding has made a curly "’s" straight.)
fn enforcer_or_its(word: &str, rules: &ImportRules) -> bool {
    has(&rules.text.enforcer_nouns, word)
        || word
            .strip_suffix("'s")
            .is_some_and(|w| has(&rules.text.enforcer_nouns, w))
}

/// Whether the subject (words `start..end`) names people by the protest they take part in: "of"
/// or "at", perhaps a determiner, then one of `protest_nouns` written in lower case
/// ("Participants of the march held near a railway station demanded …", "Organisers of the
/// picket asked …"; not the month, "In March, the group called …"): the protest's own demand,
/// told by the story, as "Participants of the rally demanded …" is.
fn of_a_protest(words: &Words<'_>, start: usize, end: usize, rules: &ImportRules) -> bool {
    during_a_protest(words, end, rules)
        || (start + 1..end).any(|k| {
            let before = if matches!(words.clean[k - 1].as_ref(), "the" | "a" | "this" | "that") {
                k.checked_sub(2).filter(|&j| j >= start)
            } else {
                Some(k - 1)
            };
            before.is_some_and(|j| matches!(words.clean[j].as_ref(), "of" | "at"))
                && words.raw[k].starts_with(|c: char| c.is_lowercase())
                && has(&rules.text.protest_nouns, &words.clean[k])
        })
}

/// Whether the sentence opens, before the verb at `end`, with a phrase setting it during a
/// protest: "During" or "At", perhaps a determiner, one of `protest_nouns` in lower case and a
/// comma ("During the rally, the participants called for …", "At the picket, they demanded
/// …"): the protest's own demand, told by the story.
fn during_a_protest(words: &Words<'_>, end: usize, rules: &ImportRules) -> bool {
    if end < 3 || !matches!(words.clean[0].as_ref(), "during" | "at" | "throughout") {
        return false;
    }
    let k = if matches!(words.clean[1].as_ref(), "the" | "a" | "this" | "that") {
        2
    } else {
        1
    };
    k < end
        && words.raw[k].ends_with(',')
        && words.raw[k].starts_with(|c: char| c.is_lowercase())
        && has(&rules.text.protest_nouns, &words.clean[k])
}

/// Whether a word as written ends in a possessive "'s" or "’s" ("the group's", "Amnesty’s").
fn possessive_s(raw: &str) -> bool {
    raw.ends_with("'s") || raw.ends_with("’s")
}

/// "…, but there should be …": "there" right before the obligation word at `at`, opening a
/// clause joined to the one before it by a comma and "but", "and" or "yet" (not "there" at the
/// sentence's start, read by the passive obligation, nor "… the rights there should …").
fn existential_clause(words: &Words<'_>, start: usize, at: usize) -> bool {
    at >= start + 3
        && words.clean[at - 1] == "there"
        && matches!(words.clean[at - 2].as_ref(), "but" | "and" | "yet")
        && words.raw[at - 3].ends_with(',')
}

/// How far into a sentence its subject is looked for when a joined verb's speaker is weighed.
const ENFORCER_SUBJECT_REACH: usize = 3;
/// Words opening a clause before the subject ("After police raided …, the group demanded …").
const SUBORDINATORS: &[&str] = &[
    "after", "when", "as", "while", "before", "since", "because", "if", "once", "though",
    "although",
];

/// "The EU deeply regrets … and calls on all sides to …": a recommending verb joined to the
/// main verb (after "and" or a comma, with its object) makes the sentence a recommendation.
/// With `need_actor` the object must name an actor or a country ("… and encourage the
/// Government to …", not "… and recommends concrete steps to …").
fn joined_recommendation(
    words: &Words<'_>,
    from: usize,
    need_actor: bool,
    rules: &ImportRules,
) -> Option<Decision> {
    // (Only a recommending verb, or a call's participle in the progressive, is read after the
    // join: a sentence without one is passed.)
    let progressive = words.holds_fixed(CALLING_PARTICIPLE);
    // ("We took note of the recommendations and look forward to their implementation …": an
    // awaited implementation joined by "and" asks too.)
    // ("… welcomed the report and renewed his plea to the Secretary to designate …": a call
    // renewed, joined by "and", asks as it does alone.)
    if !(words.holds(CueList::RecommendingVerbs)
        || progressive
        || words.holds_fixed(FORWARD)
        || words.holds_fixed(CALL_FORM)
        || words.holds_fixed(RENEWING))
    {
        return None;
    }
    // "Police detained her for two hours and demanded that she …": a verb joined to a sentence
    // whose subject is police, guards or prosecutors tells the story (`enforcer_nouns`).
    let enforcer_subject = words.clean[..words.clean.len().min(ENFORCER_SUBJECT_REACH)]
        .iter()
        .take_while(|w| !SUBORDINATORS.contains(&w.as_ref()))
        .any(|w| has(&rules.text.enforcer_nouns, w));
    for k in from.max(1)..words.raw.len() {
        let joined = words.raw[k - 1].ends_with(',') || words.clean[k - 1] == "and";
        if !joined {
            continue;
        }
        let mut v = k;
        // "… cannot continue and we call on the authorities to …"
        let own_subject = matches!(words.clean_at(v), Some("we" | "i"));
        if own_subject {
            v += 1;
        } else if enforcer_subject {
            continue;
        } else if words.clean_at(v) == Some("it")
            && (words.raw[k - 1].ends_with(',')
                || (k >= 2 && words.clean[k - 1] == "and" && words.raw[k - 2].ends_with(',')))
        {
            // ("Concerns are raised in the report about …, and it suggests amending …": after
            // ", and" a pronoun standing for the document or the speaker opens the clause.)
            v += 1;
        }
        // "… have expressed suspicions … and have demanded a thorough investigation": the
        // present perfect's auxiliary after "and" ("had" tells the past before the story: no
        // call now; after a comma, "X, who was detained …, has called on …" is the main
        // clause of a subject read elsewhere).
        if words.clean[k - 1] == "and" && matches!(words.clean_at(v), Some("have" | "has")) {
            v += 1;
        }
        loop {
            if let Some((_, n)) = words.any_at(v, CueList::ConnectivePhrases) {
                v += n;
            } else if v < words.raw.len() && words.skip(v) && words.clean[v] != "and" {
                v += 1;
            } else {
                break;
            }
        }
        // "… is concerned about the situation and calls public bodies of the Republic to stop
        // …": "call" with its actor and "to" (no "on"), joined by "and", asks as "calls on"
        // does.
        if words.clean[k - 1] == "and" && (own_subject || !case_ground(words, 0, k, rules)) {
            if let Some(cue) = actor_called_to(words, v, rules) {
                return Some(Decision {
                    kind: ItemKind::Recommendation,
                    evidence: KindEvidence::new("recommending verb", &cue),
                    addressee: None,
                });
            }
        }
        if words.clean[k - 1] == "and" {
            if let Some(cue) = awaited_implementation(words, v).or_else(|| {
                (!case_ground(words, 0, k, rules))
                    .then(|| renewed_call(words, v))
                    .flatten()
            }) {
                return Some(Decision {
                    kind: ItemKind::Recommendation,
                    evidence: KindEvidence::new("recommending verb", &cue),
                    addressee: None,
                });
            }
        }
        // "Amnesty International believes that he has been targeted … and is calling on the
        // authorities to …": a call in the progressive joined by "and" (the present's "is",
        // "are") speaks as the plain verb does.
        let joined_progressive = (progressive
            && words.clean[k - 1] == "and"
            && matches!(words.clean_at(v), Some("is" | "are")))
        .then(|| progressive_call(words, v))
        .flatten();
        if let Some((verb, n)) = joined_progressive.or_else(|| {
            words
                .any_at(v, CueList::RecommendingVerbs)
                .filter(|&(verb, _)| {
                    own_subject
                        || !(s_form_after_plural(words, 0, v, verb)
                            || s_form_in_noun_phrase(words, v, verb, rules)
                            || received_noun(words, 0, v, verb, rules))
                })
        }) {
            // "… and calls on all sides to …", "… and encourage Kyrgyzstan to …": with its object.
            // ("… criticised the jailing of X and called for their immediate release": a call
            // for an action asks for it whoever it addresses.)
            // ("The arrest related to a letter, which … and called on …": the case's ground.)
            // ("…, and we expect both the government and the people to benefit …": a wish or a
            // forecast unless a command's verb follows its actor.)
            let wanted = !(verb.starts_with("want") || verb.starts_with("expect"))
                || wants_command(words, v + n, rules);
            if wanted
                && has_object(words, v + n, verb, rules)
                && (!need_actor
                    || object_names_actor(words, v + n, rules)
                    || names_action(words, v + n, rules)
                    // "… and encourage continuing this work": a command's gerund is an action.
                    || words
                        .clean_at(v + n)
                        .is_some_and(|w| words.gerund_of_command(w)))
                && (own_subject || !case_ground(words, 0, k, rules))
            {
                let addressee = if verb.ends_with(" for") {
                    None
                } else {
                    object_phrase(words, v + n, rules)
                };
                return Some(Decision {
                    kind: ItemKind::Recommendation,
                    evidence: KindEvidence::new("recommending verb", verb),
                    addressee,
                });
            }
        }
    }
    None
}

/// Whether the object of "want"/"expect" at `at` names an actor and then, after its "to", a
/// command's verb ("The group wants the authorities to free …", "The EU expects the
/// authorities to ensure …"; not "… and we expect both the government and the people to
/// benefit from …", a forecast).
fn wants_command(words: &Words<'_>, at: usize, rules: &ImportRules) -> bool {
    // "HRW said it wants to see Uzbek authorities release all …": "to see", an actor and a
    // command's bare verb right after it ("We want to see a free press" stays a wish).
    if words.clean_at(at) == Some("to") && words.clean_at(at + 1) == Some("see") {
        return (at + 2..words.raw.len().min(at + 2 + OBJECT_MAX_WORDS))
            .take_while(|&k| words.clean[k] != "to")
            .find(|&k| is_actor(&words.clean[k], rules))
            .and_then(|mut k| {
                // ("Uzbek authorities": a country's adjective before the actor's noun.)
                while words.clean_at(k + 1).is_some_and(|w| is_actor(w, rules)) {
                    k += 1;
                }
                words.clean[k + 1..]
                    .iter()
                    .find(|w| !has(&rules.text.skip_words, w))
            })
            .is_some_and(|w| has(&rules.text.imperative_verbs, w));
    }
    object_names_actor(words, at, rules)
        && (at..words.raw.len().min(at + OBJECT_MAX_WORDS))
            .find(|&k| words.clean[k] == "to")
            .and_then(|t| {
                words.clean[t + 1..]
                    .iter()
                    .find(|w| !has(&rules.text.skip_words, w))
            })
            .is_some_and(|w| has(&rules.text.imperative_verbs, w))
}

/// Whether the call `verb` at `at`, right after "and", is in its "-s" form while the
/// sentence's first auxiliary from `start` is a plural's ("have", "are", "were"): "Experts have
/// found evidence of stoking hatred and calls for a violent overthrow" joins a noun to the
/// object, since "calls" cannot agree with "Experts" ("The EU condemns … and calls for …" does).
fn s_form_after_plural(words: &Words<'_>, start: usize, at: usize, verb: &str) -> bool {
    // (Not after ", and", which joins a clause to the main verb, nor past a clause word: "X
    // notes that the authorities have promised …, and calls on …" is X's own verb.)
    at > start + 1
        && words.clean[at - 1] == "and"
        && !words.raw[at - 2].ends_with(',')
        && verb
            .split(' ')
            .next()
            .is_some_and(|v| v.ends_with('s') && !v.ends_with("ss"))
        && words.clean[start..at - 1]
            .iter()
            .take_while(|w| !CLAUSE_WORDS.contains(&w.as_ref()))
            .find(|w| matches!(w.as_ref(), "has" | "have" | "is" | "are" | "was" | "were"))
            .is_some_and(|w| matches!(w.as_ref(), "have" | "are" | "were"))
}

/// Whether the call `verb` at `at`, right after "and" (no comma before it), is in its "-s" form
/// inside a phrase of nouns: from "and" back to the nearest comma or the sentence's start, a
/// `noun_phrase_openers` entry opens the phrase ("Absent firm commitments by X … and demands
/// from Y for visible results, …", "…, including pressure on their families and demands that
/// the protesters …"), with no clause word in it. Such a phrase has no verb of its own for "demands" to
/// join, so it is a noun beside the others ("The EU condemns … and calls for …" joins a verb).
fn s_form_in_noun_phrase(words: &Words<'_>, at: usize, verb: &str, rules: &ImportRules) -> bool {
    if at < 2
        || words.clean[at - 1] != "and"
        || words.raw[at - 2].ends_with(',')
        || !verb
            .split(' ')
            .next()
            .is_some_and(|v| v.ends_with('s') && !v.ends_with("ss"))
    {
        return false;
    }
    // (The phrase: back from "and" to the word after the nearest comma, or to the start.)
    let from = (0..at - 1)
        .rev()
        .find(|&k| words.raw[k].ends_with([',', ';', ':']))
        .map_or(0, |k| k + 1);
    let phrase = &words.clean[from..at - 1];
    // "… detained under an investigation into an attempt to seize power and calls for changing
    // the constitutional order": what is investigated, the offences an inquiry looks into, are
    // nouns joined by "and" (read back from "and" to "into" after an inquiry's noun, no clause
    // word between).
    let inquired = phrase
        .iter()
        .enumerate()
        .rev()
        .take(INQUIRY_OBJECT_REACH)
        .take_while(|(_, w)| !CLAUSE_WORDS.contains(&w.as_ref()))
        .any(|(k, w)| {
            w.as_ref() == "into"
                && k >= 1
                && matches!(
                    phrase[k - 1].as_ref(),
                    "investigation" | "inquiry" | "enquiry" | "probe" | "case" | "proceedings"
                )
        });
    // (A clause word inside it opens a clause with a verb of its own: "Despite the arrests
    // that the group condemns and calls …" is left to the other readings.)
    inquired
        || (phrase
            .first()
            .is_some_and(|w| has(&rules.text.noun_phrase_openers, w))
            && !phrase.iter().any(|w| CLAUSE_WORDS.contains(&w.as_ref())))
}

/// Most words between "and" and the "into" of an inquiry looked for by [`s_form_in_noun_phrase`].
const INQUIRY_OBJECT_REACH: usize = 12;

/// "The European Union, EU member states, and the United States, among others, should": the
/// first part of a subject before its first comma names an actor or a country.
fn first_segment_names_actor(
    words: &Words<'_>,
    start: usize,
    end: usize,
    rules: &ImportRules,
) -> bool {
    let Some(comma) = (start..end).find(|&k| words.raw[k].ends_with(',')) else {
        return false;
    };
    let segment = &words.clean[start..=comma];
    if segment
        .iter()
        .any(|w| CLAUSE_WORDS.contains(&&**w) || is_verbish(w, rules))
    {
        return false;
    }
    let head = segment
        .iter()
        .position(|w| {
            matches!(
                &**w,
                "of" | "in" | "to" | "at" | "from" | "for" | "on" | "with"
            )
        })
        .unwrap_or(segment.len());
    head > 0
        && (is_actor(&segment[head - 1], rules)
            || subject_is_country(&words.raw[start..start + head], rules))
}

/// Words that open a relative clause's own subject after "who"/"which" ("… who *the*
/// police detained …", "… which *they* signed …"): the next word is then no verb of the clause.
/// (Besides the determiners, [`super::DETERMINERS`].)
const RELATIVE_OBJECT_OPENERS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "not", "also", "still", "often",
];

/// "… should be dropped", "… must be released": an obligation word, "be", and the past
/// participle of a command's verb, with no subordinate clause before it; also a negated one
/// with a punishment's participle ("People should not be criminalized for …", "journalists
/// must never be jailed": `punishment_verbs`), and, with `reported` (the that-clause of a
/// verb of saying or stressing: "The EU stressed that limitations … should only be applied
/// if …"), any past participle.
fn passive_obligation<'r>(
    words: &Words<'r>,
    start: usize,
    rules: &'r ImportRules,
    reported: bool,
) -> Option<&'r str> {
    passive_obligation_of(words, start, rules, reported).map(|(word, _)| word)
}

/// [`passive_obligation`], and whether only its looser reading found it (any participle, an
/// adjective of a state, "there"), not a command's participle.
fn passive_obligation_of<'r>(
    words: &Words<'r>,
    start: usize,
    rules: &'r ImportRules,
    reported: bool,
) -> Option<(&'r str, bool)> {
    // (Only an obligation word obliges: a sentence without one is passed.)
    if !words.holds(CueList::ObligationWords) {
        return None;
    }
    let end = words.raw.len().min(start + LIST_SUBJECT_MAX_WORDS);
    let mut i = start;
    // Where a restrictive relative clause in the subject began, until its own verb is read.
    let mut relative: Option<usize> = None;
    while i + 1 < end {
        i += 1;
        // ("The activists, who were detained after the protest, should be immediately
        // released": a clause set aside between commas is read past, as in a subject.)
        if words.raw[i - 1].ends_with(',') {
            if let Some(close) = parenthetical_end(words, i) {
                i = close - 1;
                continue;
            }
        }
        // ("All persons in custody who were detained solely for … must be released": a
        // relative clause with a verb of its own, not one of saying, is part of the subject,
        // and the obligation after it is the main clause's.)
        if let Some(from) = relative {
            let w = &*words.clean[i];
            if has(&rules.text.saying_verbs, w) || has(&rules.text.reporting_verbs, w) {
                return None;
            }
            // ("… reporters who cover protests and trials must be guaranteed": a word right
            // after "who"/"which" that is no determiner, pronoun or obligation is the clause's
            // verb in the present.)
            let present_verb = i == from + 1
                && words.raw[i].starts_with(|c: char| c.is_lowercase())
                && !RELATIVE_OBJECT_OPENERS.contains(&w)
                && !super::DETERMINERS.contains(&w)
                && words.obligation_at(i).is_none();
            if present_verb
                || (i > from + 1
                    && (matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
                        || w.ends_with("ed")))
            {
                relative = None;
            }
        }
        // ("… a prisoner of conscience who must be released": a relative clause whose verb is
        // the obligation reads on.)
        if words.in_list(i, CLAUSE) && words.obligation_at(i + 1).is_none() {
            if i > start && matches!(words.clean[i].as_ref(), "who" | "which") {
                relative = Some(i);
                continue;
            }
            return None;
        }
        let Some((word, n)) = words.obligation_at(i) else {
            continue;
        };
        if relative.is_some() || described_content(words, i) {
            return None;
        }
        // "… still wait for the truth about what has to be made public": an obligation whose
        // subject is "what" inside the sentence is a thing named, not asked for (at the start,
        // "What must be done is …" is the sentence's own).
        if i > start + 1 && words.clean[i - 1] == "what" {
            continue;
        }
        // "… must not be used as a pretext", "should no longer be denied", "should also be
        // freed", "should only be applied if …": a negation or an adverb before "be".
        let mut be = i + n;
        let mut negated = false;
        let mut always = false;
        while be < words.raw.len()
            && be < i + n + 2
            && (matches!(
                words.clean[be].as_ref(),
                "not" | "never" | "no" | "longer" | "only" | "always"
            ) || words.skip(be))
        {
            negated |= matches!(words.clean[be].as_ref(), "not" | "never" | "no");
            always |= words.clean[be] == "always";
            be += 1;
        }
        if words.clean_at(be) != Some("be") {
            continue;
        }
        // "Access to information … should always be respected": "always" asks only for a
        // right's keeping (`ALWAYS_KEPT_PARTICIPLES`); "Careful thought must always be given to
        // this" is a maxim.
        if always
            && !words
                .clean_at(be + 1)
                .is_some_and(|p| ALWAYS_KEPT_PARTICIPLES.contains(&p))
        {
            continue;
        }
        // "There must now be a thorough investigation …", "There should be no impunity": an
        // obligation on "there" asks for what it names.
        // ("There should never be another Jaslyk": a "never again" names no step to take.)
        if i == start + 1 && words.clean[start] == "there" {
            if negated && words.clean_at(be + 1) == Some("another") {
                return None;
            }
            return Some((word, true));
        }
        // "must be immediately and unconditionally released", "must be officially confirmed":
        // adverbs before the participle (a `skip_words` entry, or any word in "-ly").
        let mut at = be + 1;
        while at < words.raw.len() && at < be + 4 && (words.skip(at) || ly_adverb(&words.clean[at]))
        {
            at += 1;
        }
        let participle = words.clean.get(at)?;
        // "In the adopted Law, the following powers of the Ombudsman should be particularly
        // highlighted: …": a verb of saying (`saying_verbs`) in the passive is the writer's
        // own rhetoric, as "It should be highlighted that …" is.
        if regular_participle_of(participle, &rules.text.saying_verbs) {
            continue;
        }
        // "Journalists must be safe to do their work": the state asked for.
        if !negated && has(&rules.text.condition_adjectives, participle) {
            return Some((word, true));
        }
        let regular = regular_participle_of(participle, &rules.text.imperative_verbs);
        if regular || IRREGULAR_PARTICIPLES.contains(&&**participle) {
            return Some((word, false));
        }
        // "Journalists should not be imprisoned for their work", "People must never be
        // criminalised for …", "Nobody should be criminalized for …" (the subject negates it
        // too): a negated obligation on what is done to a person asks the authorities to
        // refrain from it.
        let negated = negated || matches!(words.clean[start].as_ref(), "nobody" | "no" | "none");
        if negated
            && (has(&rules.text.restraint_participles, participle)
                || has(&rules.text.punishment_verbs, participle))
        {
            return Some((word, false));
        }
        if reported
            && (participle.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&&**participle))
        {
            return Some((word, false));
        }
        // "Clear evidence must be presented …", "The decree … should be replaced by a law":
        // in a main clause any participle asks for the action; not negated ("This opportunity
        // should not be missed"), not a judging participle ("… should be seen as …"), and not
        // an obligation joined by ", and" to a verb told before it ("The bill passed in a
        // first reading, and must be voted on …": a procedure).
        let joined =
            i >= start + 2 && words.clean[i - 1] == "and" && words.raw[i - 2].ends_with(',');
        if !negated
            && !joined
            && !precondition(words, i)
            && !has(&rules.text.judging_participles, participle)
            && (participle.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&&**participle))
        {
            return Some((word, true));
        }
        return None;
    }
    None
}

/// Fewest letters of an adverb in "-ly" read past before a participle ("duly", not "ly").
const LY_ADVERB_MIN_LETTERS: usize = 4;

/// "officially", "publicly", "thoroughly": an adverb in "-ly" (of four letters or more).
fn ly_adverb(word: &str) -> bool {
    word.len() >= LY_ADVERB_MIN_LETTERS
        && word.ends_with("ly")
        && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// Words from "before" to the modal of the step it waits for ("before President X can").
const PRECONDITION_REACH: usize = 6;

/// Whether a passive obligation at `at` is a step a procedure sets before another: "before", then
/// within [`PRECONDITION_REACH`] words "can"/"could"/"may" ("The bill needs to be approved by
/// the parliament before the president can sign it into law": how a bill becomes law, told;
/// "Turkmenistan needs to free the press before the agreement can be ratified", in the active,
/// is read by the other rules).
fn precondition(words: &Words<'_>, at: usize) -> bool {
    (at + 1..words.raw.len()).any(|k| {
        words.clean[k] == "before"
            && (k + 1..words.raw.len().min(k + 1 + PRECONDITION_REACH))
                .any(|j| matches!(words.clean[j].as_ref(), "can" | "could" | "may"))
    })
}

/// Most words from a call's "for" to the "to" of what it asks ("for the charges against
/// the two editors to be dropped").
const FOR_CLAUSE_REACH: usize = 8;

/// "… condemned the crackdown and called for an end to the violence", "… and called for the
/// charges to be dropped": what a call's "for" asks is an action even with no `action_nouns`
/// entry, when it is an end put to something ("an end to", "an immediate end to") or a
/// clause of its own, a subject and "to" with a command's verb or a passive ("to be
/// dropped"), within its clause.
fn for_clause_asks(words: &Words<'_>, from: usize) -> bool {
    let end = words.raw.len().min(from + FOR_CLAUSE_REACH);
    for k in from..end {
        if k > from && words.raw[k - 1].ends_with([',', ';', '.', ':', '?', '!']) {
            return false;
        }
        if words.clean[k] == "end" && words.clean_at(k + 1) == Some("to") && k > from {
            return matches!(
                words.clean[k - 1].as_ref(),
                "an" | "the" | "immediate" | "swift" | "speedy" | "prompt" | "urgent" | "early"
            );
        }
        if words.clean[k] == "to" && k > from {
            let mut v = k + 1;
            while v < words.raw.len() && v < k + 3 && words.skip(v) {
                v += 1;
            }
            return passive_at(words, v) || words.imperative(v);
        }
    }
    false
}

/// Recommending verbs that, as a command opening a sentence, ask the speaker's hearers to call
/// on an actor in turn ("Call on the Council to adopt …", "Urge the government to …").
const CALL_COMMANDS: &[&str] = &["call on", "call upon", "urge"];

/// "Call on the Council to adopt targeted sanctions …", "Urge the authorities to release …": a
/// command whose verb is itself a call (`CALL_COMMANDS`, capitalised, opening the sentence),
/// then an actor, "to" and a command's verb, is a call, with or without a lead-in (as a
/// summary's bullet has none); its addressee is the lead-in's, if any. Not when it addresses the reader's own
/// ("Urge your MP to …": a campaign's ask of its reader).
fn command_to_call(words: &Words<'_>, rules: &ImportRules) -> Option<Decision> {
    if !words
        .raw
        .first()?
        .starts_with(|c: char| c.is_ascii_uppercase())
    {
        return None;
    }
    let (verb, n) = words.any_at(0, CueList::RecommendingVerbs)?;
    if !CALL_COMMANDS.contains(&verb) || matches!(words.clean_at(n), Some("your" | "you")) {
        return None;
    }
    let to = (n + 1..words.raw.len().min(n + OBJECT_MAX_WORDS))
        .take_while(|&k| !words.raw[k - 1].ends_with([',', ';', ':', '.']))
        .find(|&k| words.clean[k] == "to")?;
    let mut v = to + 1;
    while v < words.raw.len() && words.skip(v) {
        v += 1;
    }
    (words.imperative(v) && object_names_actor(words, n, rules)).then(|| Decision {
        kind: ItemKind::Recommendation,
        evidence: KindEvidence::new("recommending verb", verb),
        // (Whom the command addresses is the speaker's hearer, named by a lead-in when there
        // is one: "To Uzbekistan's international partners: Urge the government to …" asks the
        // partners; the actor urged is not the addressee.)
        addressee: None,
    })
}

/// Whether an action (`action_nouns`: "release", "investigation" …) is named within a few words
/// after `from` ("… called for *their immediate release*").
fn names_action(words: &Words<'_>, from: usize, rules: &ImportRules) -> bool {
    (from..words.raw.len().min(from + ACTION_OBJECT_REACH))
        .any(|k| has(&rules.text.action_nouns, &words.clean[k]))
}

/// Whether the object after a recommending verb, up to its "to", names an actor or a country.
fn object_names_actor(words: &Words<'_>, from: usize, rules: &ImportRules) -> bool {
    (from..words.raw.len().min(from + OBJECT_MAX_WORDS))
        .take_while(|&i| words.clean[i] != "to")
        // "… and asked her to come to the station": one person, not an actor addressed.
        .any(|i| {
            !matches!(&*words.clean[i], "her" | "him" | "me") && is_actor(&words.clean[i], rules)
        })
}

fn subject_is_country(subject: &[&str], rules: &ImportRules) -> bool {
    !subject.is_empty()
        && !rules
            .gazetteer
            .countries_in(&fold(&subject.join(" ")))
            .is_empty()
}

/// Most words from "asked" to its noun "questions" ("asked a number of questions").
const QUESTION_NOUN_REACH: usize = 5;
/// Words that may stand between "asked" and "questions".
const QUESTION_NOUN_DETERMINERS: &[&str] = &[
    "their",
    "his",
    "her",
    "its",
    "our",
    "your",
    "a",
    "an",
    "the",
    "some",
    "several",
    "many",
    "few",
    "further",
    "more",
    "other",
    "two",
    "three",
    "four",
    "number",
    "of",
    "follow-up",
    "additional",
    "specific",
    "detailed",
];

/// "urge the Government *to* …", "recommends *that* …", "calls for …": the verb has the object
/// a recommendation needs.
/// Fewest letters of a noun of action made with "-tion" ("promotion") read after "encourage".
const NOMINALISATION_MIN_LEN: usize = 8;

/// Words after an invitation's "to" that open a noun phrase, no verb ("invite him to the
/// conference").
const INVITED_TO_DETERMINERS: &[&str] = &[
    "the", "a", "an", "our", "my", "this", "its", "their", "his", "her", "your",
];

fn has_object(words: &Words<'_>, after: usize, verb: &str, rules: &ImportRules) -> bool {
    let action_nouns = &rules.text.action_nouns;
    // "The United Kingdom is encouraged by …": a passive with its agent.
    if words.clean.get(after).is_some_and(|w| w == "by") {
        return false;
    }
    // "… and of course to invite him to Norway", "We invite you to a minute of silence": an
    // invitation to a place or an event (after "to" a name or a determiner, no verb) asks no
    // one to act ("The Committee invites the State party to consider …" does).
    if verb.starts_with("invite") {
        let to = (after..words.raw.len().min(after + OBJECT_MAX_WORDS))
            .find(|&k| words.clean[k] == "to");
        if to.is_some_and(|t| {
            words
                .raw
                .get(t + 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
                || words
                    .clean_at(t + 1)
                    .is_some_and(|w| INVITED_TO_DETERMINERS.contains(&w))
        }) {
            return false;
        }
    }
    // "We are also encouraged to learn that …": pleased by what it learns or sees
    // (`perceiving_verbs`), the speaker asks no one.
    if verb.starts_with("encourag")
        && words.clean_at(after) == Some("to")
        && words
            .clean_at(after + 1)
            .is_some_and(|w| has(&rules.text.perceiving_verbs, w))
    {
        return false;
    }
    // "An Expert asked how many women …", "asked what Kyrgyzstan was doing …": a question.
    if verb.starts_with("ask")
        && words.clean.get(after).is_some_and(|w| {
            matches!(
                &**w,
                "what" | "how" | "whether" | "why" | "when" | "which" | "who" | "if" | "about"
            )
        })
    {
        return false;
    }
    // "Mr. X asked questions relating to …", "asked a number of questions about …", "… were
    // given the opportunity to ask their questions and make proposals": what is asked is a
    // question, whoever it is put to.
    if verb.starts_with("ask") {
        let noun = (after..words.raw.len().min(after + QUESTION_NOUN_REACH))
            .find(|&k| matches!(words.clean_at(k), Some("question" | "questions")));
        if noun.is_some_and(|noun| {
            (after..noun).all(|k| {
                words
                    .clean_at(k)
                    .is_some_and(|w| QUESTION_NOUN_DETERMINERS.contains(&w))
            })
        }) {
            return false;
        }
    }
    // "One Expert asked the delegation to explain what measures …": a request to explain is
    // a question too.
    if verb.starts_with("ask") {
        let window = after..words.raw.len().min(after + OBJECT_MAX_WORDS);
        let explain = window.into_iter().any(|k| {
            words.clean[k] == "to"
                && words.clean_at(k + 1).is_some_and(|w| {
                    matches!(
                        w,
                        "explain"
                            | "clarify"
                            | "describe"
                            | "elaborate"
                            | "comment"
                            | "indicate"
                            | "specify"
                            | "say"
                            | "tell"
                    )
                })
        });
        if explain {
            return false;
        }
    }
    // "demands that the authorities end …", "urged that the law be repealed": the call's
    // clause; "insists that …" only when the clause obliges ("… should be released"), not
    // when it asserts ("insists that he is innocent").
    let last = verb.rsplit(' ').next().unwrap_or(verb);
    // "… incitement, which they suggested should be punishable as such …": a suggestion or a
    // recommendation right before an obligation's modal, its "that" and subject gone into a
    // relative clause, is the call that clause tells.
    if (last.starts_with("suggest") || last.starts_with("recommend"))
        && matches!(words.clean_at(after), Some("should" | "must"))
    {
        return true;
    }
    // "The report suggests stepping up the existing programmes", "… suggests considering the
    // Parliament as …": a suggestion of an action, a command's verb in "-ing" before its object
    // (not "The figures suggest growing unrest": no determiner after the word in "-ing").
    if last.starts_with("suggest")
        && words
            .clean_at(after)
            .is_some_and(|g| gerund_of_command(g, rules))
        && words.clean_at(after + 1).is_some_and(|w| {
            matches!(
                w,
                "the" | "a" | "an" | "up" | "its" | "their" | "his" | "her" | "this" | "these"
            )
        })
    {
        return true;
    }
    // ("The figures suggest the police tried to …": a suggestion calls only in its clause.)
    if last.starts_with("suggest") && words.clean_at(after) != Some("that") {
        return false;
    }
    if words.clean_at(after) == Some("that") {
        if ["demand", "urge", "urging", "request", "ask"]
            .iter()
            .any(|v| last.starts_with(v))
        {
            return true;
        }
        // "The Committee suggested that enforced disappearance should be treated as …": a
        // suggestion is a call when its clause obliges ("Nothing suggests that the vote was
        // free" asserts).
        // ("Rights defenders insist that he be released": a "be" that no modal or "to"
        // governs is the subjunctive, and asks; "… that he could be released" does not.)
        if last.starts_with("insist") || last.starts_with("suggest") {
            let clause = &words.clean[after..words.raw.len().min(after + OBJECT_MAX_WORDS)];
            let governed = |j: usize| {
                clause[j.saturating_sub(2)..j].iter().any(|w| {
                    matches!(
                        &**w,
                        "will" | "would" | "can" | "could" | "may" | "might" | "shall" | "to"
                    )
                })
            };
            // ("… suggested that the Ombudsman's office have a unit on …": "have" after a
            // singular noun is the subjunctive too.)
            let singular = |w: &str| {
                (!w.ends_with('s') || w.ends_with("ss") || w.ends_with("'s"))
                    && !matches!(
                        w,
                        "i" | "we"
                            | "you"
                            | "they"
                            | "people"
                            | "police"
                            | "children"
                            | "women"
                            | "men"
                            | "who"
                            | "which"
                            | "that"
                    )
            };
            // ("Experts suggest that the international community pay more attention to …": a
            // command's verb in its bare form after a singular noun is the subjunctive too.)
            let noun_before = |j: usize| {
                let w = &*clause[j - 1];
                singular(w)
                    && !NOUN_MARKERS.contains(&w)
                    && !PREPOSITIONS.contains(&w)
                    && !matches!(w, "and" | "or" | "not" | "this" | "any")
            };
            return clause.iter().any(|w| matches!(&**w, "should" | "must"))
                || (2..clause.len()).any(|j| clause[j] == "be" && !governed(j))
                || (2..clause.len())
                    .any(|j| clause[j] == "have" && !governed(j) && singular(&clause[j - 1]))
                || (2..clause.len()).any(|j| {
                    has(&rules.text.imperative_verbs, &clause[j]) && !governed(j) && noun_before(j)
                });
        }
    }
    // "The deputies remind the authorities that the fight … must not serve as a pretext …":
    // a reminder is a call only when its that-clause obliges.
    if last.starts_with("remind") {
        let end = words.raw.len();
        return (after..end.min(after + OBJECT_MAX_WORDS))
            .find(|&k| words.clean[k] == "that")
            .is_some_and(|t| {
                words.clean[t + 1..end.min(t + 1 + OBJECT_MAX_WORDS)]
                    .iter()
                    .any(|w| matches!(w.as_ref(), "should" | "must"))
            });
    }
    if verb.ends_with(" for")
        || verb.contains("reiterates")
        || verb.contains("recommend")
        || verb.ends_with(" need")
    {
        return true;
    }
    // "She demanded the authorities rescind the ban": a demand with its "that" left out, whom
    // it is made of (a name or an actor) and a command's verb.
    if last.starts_with("demand") && subjunctive_demand(words, after, rules) {
        return true;
    }
    // "… and urges their immediate release", "demands the repeal of …": an action as object.
    // ("petition demanding the release …": the participle of a noun cue.)
    // ("… today requested “prompt, independent, impartial investigations …”".)
    // ("The UK encourages a peaceful resolution through …", "We encourage the adoption of …".)
    if last.starts_with("urg")
        || last.starts_with("demand")
        || last.starts_with("request")
        || last.starts_with("encourag")
    {
        // ("demands from the Tajik authorities his immediate release": whom it is asked of,
        // after "from", comes before the action.)
        // ("… a resolution demanding an immediate, thorough and impartial investigation …":
        // adjectives joined by commas and "and" before the noun count as one.)
        let joined = (after..words.raw.len().min(after + ACTION_NOUN_REACH))
            .filter(|&k| words.raw[k].ends_with(',') || words.clean[k] == "and")
            .count()
            .min(JOINED_ADJECTIVES_MAX);
        let reach = joined
            + if words.clean_at(after) == Some("from") {
                ACTION_NOUN_REACH + FROM_PHRASE_MAX_WORDS
            } else {
                ACTION_NOUN_REACH
            };
        let window = after..words.raw.len().min(after + reach);
        // ("Two members of parliament also requested information about the editor's health", "… demanded an
        // explanation from the ministry": a demand or a request for an account, `account_nouns`, by
        // its finite verb; not "asked for details of …", a question, nor a letter's participle,
        // "… wrote to the ministry requesting information on the inquiry", a
        // researcher's own inquiry.)
        let account =
            (last.starts_with("demand") || last.starts_with("request")) && !last.ends_with("ing");
        // ("The Committee encourages promotion of the work of this institution": after
        // "encourage" a noun of action made from a verb, "-tion", asks for that action.)
        let encourage = last.starts_with("encourag");
        if window.into_iter().any(|k| {
            action_nouns.iter().any(|n| *n == words.clean[k])
                || (account && has(&rules.text.account_nouns, &words.clean[k]))
                || (encourage
                    && words.clean[k].len() >= NOMINALISATION_MIN_LEN
                    && words.clean[k].ends_with("tion"))
        }) {
            return true;
        }
    }
    // "… appealed to Turkmen authorities for his immediate release", "called on the UN for an
    // inquiry": whom it addresses, then "for" and an action ("appealed to the court for a
    // review" is a litigant's appeal).
    if matches!(last, "to" | "on" | "upon") {
        let end = words.raw.len();
        let asks_for = (after..end.min(after + OBJECT_MAX_WORDS))
            .find(|&k| words.clean[k] == "for")
            .filter(|&f| {
                !words.clean[after..f]
                    .iter()
                    .any(|w| matches!(w.as_ref(), "court" | "courts" | "judge" | "judges"))
            })
            .is_some_and(|f| {
                (f + 1..end.min(f + 1 + ACTION_NOUN_REACH))
                    .any(|k| action_nouns.iter().any(|n| *n == words.clean[k]))
            });
        if asks_for {
            return true;
        }
        // "… appealed to the embassies and consulates of European countries and the United
        // States in Kyrgyzstan with a request not to let …": the request's noun carries the
        // call, however long the list of whom it addresses.
        // (Not a litigant's request to a court.)
        let end = end.min(after + LIST_SUBJECT_MAX_WORDS);
        let with_request = (after..end.saturating_sub(2)).find(|&k| {
            words.clean[k] == "with"
                && matches!(words.clean[k + 1].as_ref(), "a" | "an" | "the")
                && REQUEST_NOUNS.contains(&&*words.clean[k + 2])
        });
        if with_request.is_some_and(|k| {
            !words.clean[after..k]
                .iter()
                .any(|w| matches!(w.as_ref(), "court" | "courts" | "judge" | "judges"))
        }) {
            return true;
        }
    }
    // "The EU asked for the immediate release of all detained activists", "HRW asks for an
    // independent investigation into …": "ask for" and an action (`action_nouns`) as the head
    // of its object, before any preposition ("She asked for details of the investigation" is
    // a question, its head "details").
    if last.starts_with("ask") && words.clean_at(after) == Some("for") {
        let end = words.raw.len().min(after + 1 + ACTION_NOUN_REACH);
        let head = (after + 1..end)
            .take_while(|&k| {
                !PREPOSITIONS.contains(&&*words.clean[k])
                    && (k == after + 1 || !words.raw[k - 1].ends_with([',', ';', ':', '.']))
            })
            .any(|k| action_nouns.iter().any(|n| *n == words.clean[k]));
        if head {
            return true;
        }
    }
    // "We encourage further efforts …", "we encourage the continuation of this trend".
    if verb.starts_with("encourag") || verb.starts_with("urg") {
        let next = |k: usize| words.clean_at(k);
        let at = if next(after) == Some("the") {
            after + 1
        } else {
            after
        };
        if next(at).is_some_and(|w| MORE_WORDS.contains(&w)) {
            return true;
        }
        // "We … encourage continuing its efforts", "urge taking steps to …": a gerund of a
        // command's verb is the action asked for.
        if next(after).is_some_and(|w| words.gerund_of_command(w)) {
            return true;
        }
    }
    if after >= words.raw.len() {
        return false;
    }
    // ("asked the Ombudsman, the Red Cross, the OSCE and Western diplomats in Dushanbe to
    // …": a list of addressees reads on, as a subject of names does.)
    let mut reach = after + OBJECT_MAX_WORDS;
    if words.raw[after..words.raw.len().min(reach)]
        .iter()
        .filter(|w| w.ends_with(','))
        .count()
        >= 2
    {
        reach = after + LIST_SUBJECT_MAX_WORDS;
    }
    (after..words.raw.len().min(reach))
        .any(|i| words.clean[i] == "to" || words.raw[i].ends_with(':'))
        || aside_before_to(words, after)
}

/// "The Committee urges the State party, while taking into account its general comment No. 8
/// on the right of the child to protection from corporal punishment …, to:": whom the call
/// addresses, closed by a comma within [`ASIDE_OBJECT_MAX_WORDS`] words, then an aside opened
/// by "while", "in", "with", "bearing" or a word in "-ing" and closed by a comma within
/// [`ASIDE_MAX_WORDS`] words, then the call's "to".
fn aside_before_to(words: &Words<'_>, after: usize) -> bool {
    aside_open(words, after)
        .and_then(|open| after_aside(words, open))
        .is_some_and(|k| words.clean[k] == "to")
}

/// The word after an aside opened after the comma of word `open` (by "while", "in", "with",
/// "bearing" or a word in "-ing") and closed by a comma within [`ASIDE_MAX_WORDS`] words.
fn after_aside(words: &Words<'_>, open: usize) -> Option<usize> {
    let n = words.raw.len();
    if !words.raw[open].ends_with(',') || !words.clean_at(open + 1).is_some_and(aside_opener) {
        return None;
    }
    // (A full stop inside the aside is an abbreviation's: "general comment No. 8".)
    let close = (open + 2..n.min(open + 1 + ASIDE_MAX_WORDS))
        .find(|&k| words.raw[k].ends_with([',', ';', ':']))?;
    (words.raw[close].ends_with(',') && close + 1 < n).then_some(close + 1)
}

/// Whether `word` looks like a verb's "-ing" form (five letters or more): what a call asks
/// after an aside ("recommends, inter alia, connecting …").
fn gerund_like(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing")
}

/// Whether a word opens an aside set off by commas ("while", "in", "with", "bearing", "inter
/// alia", "among other things", a word in "-ing": "…, while taking into account …,").
/// Not "including": "urged all, including the police and the marchers, to …" names whom it
/// urges.
fn aside_opener(w: &str) -> bool {
    matches!(
        w,
        "while" | "in" | "with" | "bearing" | "inter" | "among" | "amongst"
    ) || (gerund_like(w) && w != "including")
}

/// The comma closing whom a call addresses (from `after`, within [`ASIDE_OBJECT_MAX_WORDS`]
/// words) when an aside follows it, opened by "while", "in", "with", "bearing" or a word in
/// "-ing" ("the State party, while taking into account …").
fn aside_open(words: &Words<'_>, after: usize) -> Option<usize> {
    let n = words.raw.len();
    let open =
        (after..n.min(after + ASIDE_OBJECT_MAX_WORDS)).find(|&k| words.raw[k].ends_with(','))?;
    words
        .clean_at(open + 1)
        .is_some_and(aside_opener)
        .then_some(open)
}

/// Most words of whom a call addresses before an aside ([`aside_before_to`]).
const ASIDE_OBJECT_MAX_WORDS: usize = 6;
/// Most words of an aside between whom a call addresses and its "to" ([`aside_before_to`]).
const ASIDE_MAX_WORDS: usize = 40;

/// Most words of the phrase naming whom a demand is made of ("demands *from the Tajik
/// authorities* his release").
const FROM_PHRASE_MAX_WORDS: usize = 4;

/// Nouns of a request made "with" an appeal ("appealed to X with a request to …").
const REQUEST_NOUNS: &[&str] = &["request", "call", "demand", "plea", "proposal", "petition"];

/// Roles that name who speaks in an attribution ("…,” the director of the group said"),
/// beside [`SPEAKER_NOUNS`].
const SPEAKER_ROLES: &[&str] = &[
    "director",
    "researcher",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "coordinator",
    "representative",
    "rapporteur",
    "organisation",
    "organization",
    "chair",
    "head",
];

/// "“Release him today and let him go back to work,” said Aziza Example, a researcher at …":
/// a sentence that opens a quotation on a command (an `imperative_verbs` entry) and closes it
/// with a comma or an exclamation mark, then a verb of reporting (`reporting_verbs`) and a
/// speaker named by a capitalised name or a speaker's noun ("the director of the group") — not
/// one of `enforcer_nouns` ("“Sign the confession,” the investigator told him" is the story),
/// not a bare pronoun ("“Sign here,” he said").
fn quoted_command(words: &Words<'_>, start: usize, rules: &ImportRules) -> Option<Decision> {
    const OPEN: [char; 4] = ['"', '“', '«', '„'];
    const CLOSE: [char; 3] = ['"', '”', '»'];
    let first = words.raw.get(start)?;
    // ("“Support for the territorial integrity of our members is our value,” said X": a
    // command's verb as a noun before its preposition is the quotation's subject.)
    if !first.starts_with(OPEN) || start + 2 >= words.raw.len() || noun_head(words, start) {
        return None;
    }
    let close = (start..words.raw.len()).find(|&k| {
        let w = words.raw[k].trim_end_matches(CLOSE);
        w.len() < words.raw[k].len() && w.ends_with([',', '!'])
    })?;
    let attribution = close + 1..words.raw.len();
    let reported = attribution
        .clone()
        .any(|k| has(&rules.text.reporting_verbs, &words.clean[k]));
    let enforcer = attribution
        .clone()
        .any(|k| has(&rules.text.enforcer_nouns, &words.clean[k]));
    let named = attribution.clone().any(|k| {
        words.raw[k].starts_with(|c: char| c.is_uppercase())
            || SPEAKER_ROLES.contains(&&*words.clean[k])
            || SPEAKER_NOUNS.contains(&&*words.clean[k])
    });
    (reported && named && !enforcer).then(|| Decision {
        kind: ItemKind::Recommendation,
        evidence: KindEvidence::new("imperative opening", words.clean[start].as_ref()),
        addressee: None,
    })
}

/// [`ReadText::imperative_opening`] of a sentence's words already read.
fn imperative_opening_of(words: &Words<'_>) -> Option<String> {
    let opened = opening_start(words, None);
    let mut at = opened;
    // "Because his prosecution …, release X": an opening clause ending in a comma.
    loop {
        while words.clean.get(at).is_some_and(|w| w == "and") {
            at += 1;
        }
        let first = words.clean.get(at)?;
        if !matches!(
            &**first,
            "because"
                | "given"
                | "until"
                | "in"
                | "as"
                | "where"
                | "when"
                | "if"
                | "while"
                | "with"
                | "once"
                | "pending"
                | "after"
                | "before"
                // ("In keeping with the 2003 Law, which defines …, amend …": a relative
                // clause inside the opening phrase runs on to its next comma.)
                | "which"
        ) {
            break;
        }
        match words.raw[at..].iter().position(|w| w.ends_with(',')) {
            Some(comma) => at += comma + 1,
            None => break,
        }
    }
    while at < words.raw.len() && words.skip(at) && !words.imperative(at) {
        at += 1;
    }
    // "Clearly define and prohibit forced labour;", "Promptly investigate …": an adverb in
    // "-ly" before the command's verb (not a place: "Italy"), also after skipped words
    // ("Promptly and impartially investigate …", "To clearly define …").
    if words
        .clean_at(at)
        .is_some_and(|w| w.len() >= ADVERB_MIN_LEN && w.ends_with("ly") && !words.imperative(at))
        && words.imperative(at + 1)
        && (at > opened || words.raw[at].starts_with(char::is_uppercase))
    {
        return Some(words.clean[at + 1].to_string());
    }
    let raw = words.raw.get(at)?;
    // A command starts with a capital (or follows a connective); "release" inside prose does not.
    let verb = &words.clean[at];
    let capital_or_inner = at > 0 || raw.chars().next().is_some_and(char::is_uppercase);
    // ("Do you have anything to say?": a sentence asking a question commands nothing.)
    let question = words.raw.last().is_some_and(|w| {
        w.trim_end_matches(['"', '”', '»', '\'', '’', ')'])
            .ends_with('?')
    });
    if capital_or_inner && words.imperative(at) && !noun_head(words, at) && !question {
        return Some(verb.to_string());
    }
    infinitive_command(words, opened)
}

/// Whether the command's verb at `at` is a noun before its preposition: "of" after any
/// ("Release of prisoners"), "for" after [`NOUNS_BEFORE_FOR`] ("Respect for the Right to …",
/// "Support for …"), a heading's or a subject's words, not a command.
fn noun_head(words: &Words<'_>, at: usize) -> bool {
    match words.clean_at(at + 1) {
        Some("of") => true,
        Some("for") => NOUNS_BEFORE_FOR.contains(&words.clean[at].as_ref()),
        _ => false,
    }
}

/// Command verbs that are nouns before "for" ("Respect for …", "Support for …"; "Call for …",
/// "Provide for …" stay commands).
const NOUNS_BEFORE_FOR: &[&str] = &["respect", "support", "demand", "help", "use", "review"];

/// Words after "please" within which a second verb joined by "and" is looked for ("Please
/// conclude the investigation and free Mr X").
const PLEASE_AND_REACH: usize = 8;

/// Words after "take action" within which its aim is looked for ("take action now to free …").
const TAKE_ACTION_AIM_REACH: usize = 3;

/// [`ReadText::please_request`] of a sentence's words.
fn please_request_of(words: &Words<'_>) -> Option<String> {
    if words.clean_at(0) != Some("please") {
        return None;
    }
    let mut at = 1;
    while at < words.raw.len() && words.skip(at) && !words.imperative(at) {
        at += 1;
    }
    let verb = words.clean_at(at)?;
    // "Please take action as soon as possible. This Urgent Action expires on …": "take action"
    // with no aim after it ("to …", "against …", "on …", "for …") is an appeal's instruction to
    // its reader, who is to act, not an act asked of an actor ("Please take action to free
    // him" asks).
    if verb == "take"
        && words.clean_at(at + 1) == Some("action")
        && !(at + 2..words.raw.len().min(at + 2 + TAKE_ACTION_AIM_REACH)).any(|k| {
            matches!(
                words.clean[k].as_ref(),
                "to" | "against" | "on" | "for" | "in" | "over" | "so"
            )
        })
        && !(at + 2..words.raw.len()).any(|k| words.clean[k] == "and" && words.imperative(k + 1))
    {
        return None;
    }
    if words.imperative(at) {
        return Some(format!("please {verb}"));
    }
    let end = words.raw.len().min(at + PLEASE_AND_REACH);
    (at + 1..end)
        .find(|&k| words.clean[k] == "and" && words.imperative(k + 1))
        .map(|k| format!("please … {}", words.clean[k + 1]))
}

/// "To bring the law in line with the Convention against Torture and Other Cruel, Inhuman or
/// Degrading Treatment or Punishment;": a recommendation told as an infinitive (a UPR
/// submission's list) whose first comma falls inside its object. [`opening_start`] took the
/// words up to that comma for a purpose phrase ("To that end, release …"); it is one only when
/// a clause follows it. When nothing after the comma, up to the next comma, is a command or
/// has a finite verb, or an aside or a joined clause opens there ("…, including …", "…, and
/// where …"), the infinitive's verb is the command, also past an adverb in "-ly" ("To clearly
/// define …"); "To ensure accountability, the authorities have set up …" stays a finding's
/// purpose phrase.
fn infinitive_command(words: &Words<'_>, skipped_to: usize) -> Option<String> {
    // (After a paragraph's number, as [`opening_start`] skips it: "3. To amend …".)
    let marked = words.raw.first().is_some_and(|w| {
        let marker = w.trim_end_matches(['.', ')']).trim_start_matches('(');
        !marker.is_empty()
            && marker.len() <= 4
            && marker.len() < w.len()
            && marker.chars().all(|c| c.is_ascii_digit())
    });
    let to = usize::from(marked);
    if words.clean.get(to).is_none_or(|w| w != "to") {
        return None;
    }
    // ("To clearly define the rights …": an adverb in "-ly" between "to" and its verb.)
    let adverb = words.clean_at(to + 1).is_some_and(|w| {
        w.len() >= ADVERB_MIN_LEN && w.ends_with("ly") && !words.imperative(to + 1)
    });
    let verb = to + 1 + usize::from(adverb);
    let capital = words.raw[to].starts_with('T');
    if !capital || verb >= skipped_to || !words.imperative(verb) {
        return None;
    }
    // ("To improve the rules by ensuring that all issues, including roads, have been resolved
    // …": a comma before an aside, "including …", or a joined clause, "and where …", ends no
    // purpose phrase.)
    let aside = words
        .clean_at(skipped_to)
        .is_some_and(|w| ASIDE_OPENINGS.contains(&w));
    // (The clause is read up to its next comma: "… lose pasture, water or livestock to mining,
    // and where a family's health has suffered …" is one object listing things.)
    let clause_follows = !aside
        && (skipped_to..words.raw.len())
            .take_while(|&k| {
                k == skipped_to || !words.raw[k - 1].ends_with(['.', ';', '!', '?', ','])
            })
            .any(|k| {
                FINITE_WORDS.contains(&&*words.clean[k]) || (k == skipped_to && words.imperative(k))
            });
    (!clause_follows).then(|| words.clean[verb].to_string())
}

/// Most words of whom a demand with its "that" left out is made of ("the Taliban", "the
/// Kyrgyz authorities").
const SUBJUNCTIVE_SUBJECT_MAX_WORDS: usize = 4;

/// "demanded the Taliban rescind the bans", "demand the government free them": after the
/// verb, a subject of up to [`SUBJUNCTIVE_SUBJECT_MAX_WORDS`] words naming an actor or a name
/// (no punctuation or preposition inside it), then a command's verb (`imperative_verbs`). Not
/// "demanded the immediate release of …" (the verb after an adjective is a noun).
fn subjunctive_demand(words: &Words<'_>, after: usize, rules: &ImportRules) -> bool {
    let end = words
        .raw
        .len()
        .min(after + SUBJUNCTIVE_SUBJECT_MAX_WORDS + 1);
    let Some(verb) = (after + 1..end).find(|&k| words.imperative(k)) else {
        return false;
    };
    // (The subject's head right before the verb: "the Taliban", "the government"; not "the
    // immediate release", where the verb is a noun.)
    let head = verb - 1;
    (is_actor(&words.clean[head], rules) || words.raw[head].starts_with(char::is_uppercase))
        && (after..verb).all(|k| {
            !words.raw[k].ends_with([',', ';', ':', '.'])
                && !PREPOSITIONS.contains(&&*words.clean[k])
        })
}

/// Words after a comma inside an infinitive's object that open no main clause: an aside
/// ("…, including railways and roads, …", "…, such as …"), a joined or a relative clause
/// ("… in the event of loss of life, and where damage has occurred …").
const ASIDE_OPENINGS: &[&str] = &[
    "including",
    "such",
    "notably",
    "especially",
    "particularly",
    "and",
    "or",
    "where",
    "which",
    "who",
    "whose",
];

/// The addressee of an addressing lead-in or heading ("To the Government of Kazakhstan:" →
/// "the Government of Kazakhstan"), when the rest names an actor or a country.
pub fn addressing(text: &str, rules: &ImportRules) -> Option<String> {
    let trimmed = text.trim().trim_end_matches(':').trim();
    // (The end first: most paragraphs end a sentence, and their words are not counted.)
    if trimmed.ends_with(['.', '?', '!'])
        || trimmed
            .split_whitespace()
            .nth(super::ADDRESSING_MAX_WORDS)
            .is_some()
    {
        return None;
    }
    let folded = fold(trimmed);
    let rest = rules.text.addressing_prefix.iter().find_map(|p| {
        folded
            .starts_with(p.as_str())
            .then(|| trimmed.get(p.len()..))
            .flatten()
    })?;
    let rest = rest.trim();
    // ("To that end, the Commission is called upon to:": a purpose phrase up to its comma names
    // no one, so the line is no addressing lead-in; its own cue decides the list.)
    if let Some((head, _)) = rest.split_once(',') {
        let head_folded = fold(head);
        let names_someone = head_folded
            .split_whitespace()
            .any(|w| is_actor(&clean_word(w), rules))
            || head
                .split_whitespace()
                .any(|w| acronym_letters(w).is_some())
            || !rules.gazetteer.countries_in(&head_folded).is_empty();
        if !names_someone {
            return None;
        }
    }
    let rest_folded = fold(rest);
    let names_actor = rest_folded
        .split_whitespace()
        .any(|w| is_actor(&clean_word(w), rules) && !rules.text.pronouns.contains(&clean_word(w)));
    let countries = rules.gazetteer.countries_in(&rest_folded);
    if names_actor || acronym_lead_in(text, rest) {
        Some(rest.to_string())
    } else if !countries.is_empty() && rest.split_whitespace().count() <= 6 {
        Some(if countries.len() == 1 {
            format!("the Government of {rest}")
        } else {
            format!("the governments of {rest}")
        })
    } else {
        None
    }
}

/// The number of letters of `word` when it is an acronym: two letters or more, all capitals
/// ("UN", "U.S.", "OSCE"); `None` otherwise.
pub(crate) fn acronym_letters(word: &str) -> Option<usize> {
    let mut letters = 0;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return None;
        }
        letters += 1;
    }
    (letters >= 2).then_some(letters)
}

/// Most letters of an organisation's acronym in an addressing lead-in ("EBRD", "IMF", "USAID").
const ACRONYM_MAX_LETTERS: usize = 8;

/// "To the EBRD:", "To USAID and the IMF:": a lead-in, ending in ':', whose addressee holds an
/// organisation's acronym (a word of two to eight capitals) names an actor, as "To the World
/// Bank:" does. Not a line all in capitals ("FOR IMMEDIATE RELEASE:" names no one).
fn acronym_lead_in(text: &str, rest: &str) -> bool {
    text.trim_end().ends_with(':')
        && text.chars().any(char::is_lowercase)
        && rest
            .split_whitespace()
            .any(|w| acronym_letters(w).is_some_and(|n| n <= ACRONYM_MAX_LETTERS))
}

/// Where the first byte [`sentences`] looks at is, from byte `from` on: '.', '!', '?', ';' or
/// the last byte of '…' (0xA6). (The rarer two are searched for only before the first of the
/// others.)
fn next_sentence_mark(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let stop = memchr::memchr3(b'.', b'!', b'?', rest);
    let rare = memchr::memchr2(b';', 0xA6, &rest[..stop.unwrap_or(rest.len())]);
    rare.or(stop).map(|k| from + k)
}

/// Whether `rest` (the text after a sentence's end and its space) opens with a dash, one space
/// and a capital: "- Turkmen authorities should …", a quotation's dash in news written so.
fn dash_opens_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('-' | '–' | '—'))
        && chars.next() == Some(' ')
        && chars.next().is_some_and(char::is_uppercase)
}

/// Nouns that close an organisation's or a campaign's name ending in '!' ("the Prove They Are
/// Alive! Campaign", "the Free Them Now! Coalition"): after such an '!' no sentence ends.
const NAME_TAIL_NOUNS: &[&str] = &[
    "Campaign",
    "Coalition",
    "Movement",
    "Initiative",
    "Network",
    "Foundation",
    "Project",
];

/// Whether `rest` (the text after an '!' and its space) opens with one of [`NAME_TAIL_NOUNS`]
/// as a whole word.
fn name_tail_follows(rest: &str) -> bool {
    let word = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '’' | '\''))
        .next()
        .unwrap_or("");
    NAME_TAIL_NOUNS.contains(&word)
}

/// Splits a paragraph into sentences (byte ranges), at '.', '!', '?' or an ellipsis followed by a
/// space and a capital, an opening quote or a digit; abbreviations ("U.S.", "Mr.", "No.") do not
/// end one, nor does the '!' of a name before its noun ("… the Show Them Alive! Campaign, he
/// addressed …").
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    // (Room for a sentence every 120 bytes at once: most paragraphs' vector is not grown.)
    let mut out = Vec::with_capacity(text.len() / 120 + 1);
    let mut start = 0;
    let bytes = text.as_bytes();
    // (Every mark that can end a sentence is ASCII but the ellipsis, found by its last byte:
    // the text is searched for those bytes, most of it passed many bytes at a time.)
    let mut from = 0;
    while let Some(i) = next_sentence_mark(bytes, from) {
        from = i + 1;
        let byte = bytes[i];
        // "… critics of the authorities… We call on …": an ellipsis ('…', its last byte)
        // before a new sentence ends one too.
        let ellipsis = byte == 0xA6 && i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80;
        if !matches!(byte, b'.' | b'!' | b'?' | b';') && !ellipsis {
            continue;
        }
        let c = if ellipsis { '…' } else { char::from(byte) };
        // "…against civic groups; We call on the Government …": a semicolon before a new
        // first-person clause ends a sentence too.
        let semicolon = c == ';'
            && ["; We ", "; I ", "; They "]
                .iter()
                .any(|p| text[i..].starts_with(p));
        if !matches!(c, '.' | '!' | '?' | '…') && !semicolon {
            continue;
        }
        // "… was beaten to death.I urge you, Mr. President, …": a sentence glued to the one
        // before it in copying opens at its capital.
        if c == '.' && glued_sentence_opens(&text[start..i], &text[i + 1..]) {
            out.push((start, i + 1));
            start = i + 1;
            continue;
        }
        let after = &text[i + 1..];
        // ("… on the EU path. <...> We urge …": an elision in angle brackets ends with its
        // '>', as one in square brackets does with its ']'; "… in April or May.' Dyryldaev
        // said …": a quotation closed by a straight single mark ends there too.)
        let after = after.trim_start_matches(['"', '”', '’', '\'', ')', ']', '»', '>']);
        // "… or punishment.1 Amnesty International notes …": a footnote number glued after a
        // word's full stop belongs to the sentence it ends.
        let after = if c == '.' && i > 0 && bytes[i - 1].is_ascii_alphabetic() {
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits) && after[digits..].starts_with(' ') {
                &after[digits..]
            } else {
                after
            }
        } else {
            after
        };
        // "… into the June 2010 violence.[1] The Committees also urged …": a web page's
        // footnote number in square brackets after the full stop belongs to the sentence it
        // ends.
        let after = after
            .strip_prefix('[')
            .and_then(|r| {
                let digits = r.bytes().take_while(u8::is_ascii_digit).count();
                ((1..=3).contains(&digits))
                    .then(|| r[digits..].strip_prefix(']'))
                    .flatten()
            })
            .unwrap_or(after);
        let Some(rest) = after.strip_prefix(' ') else {
            continue;
        };
        // ("On behalf of the Show Them Alive! Campaign, he …": the '!' is the name's.)
        if c == '!' && name_tail_follows(rest.trim_start()) {
            continue;
        }
        let next = rest.trim_start().chars().next();
        // "… says the Secretary General. - Turkmen authorities should …": a dash and a capital
        // open the next sentence (a quotation's dash in news written so).
        let dash_led = dash_opens_sentence(rest.trim_start());
        // "… in the country.” ” It’s crucial for …": a closing mark typed for an opening one,
        // alone before a space and a capital, opens the next quotation; the sentence starts at
        // its capital.
        let opens = next.is_some_and(|n| {
            n.is_uppercase() || matches!(n, '“' | '"' | '«' | '‘') || n.is_ascii_digit()
        });
        let stray_close = !dash_led
            && !opens
            && next == Some('”')
            && rest
                .trim_start()
                .strip_prefix('”')
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(|r| r.starts_with(char::is_uppercase));
        if !dash_led && !opens && !stray_close {
            continue;
        }
        // ("… the authorities... We call on …": three full stops are an ellipsis.)
        if c == '.' && !text[..i].ends_with("..") && is_abbreviation(&text[start..i]) {
            continue;
        }
        let end = text.len() - rest.len();
        if bytes.get(start).is_some() {
            out.push((start, end));
        }
        start = end + (rest.len() - rest.trim_start().len());
        // (The stray mark and its space are no word of the sentence it opens.)
        if stray_close {
            start += text[start..].chars().next().map_or(0, char::len_utf8) + 1;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    // "… as U.S. Secretary of State.The letter urges him to …", "… Liquidate Kloop MediaThe
    // Austrian-based institute also called on …", "… the independent news website We join …":
    // a sentence glued to the one before it, its space or full stop lost in copying, opens there.
    for at in glued_openings(text) {
        if let Some(k) = out.iter().position(|&(a, b)| a < at && at < b) {
            let (a, b) = out[k];
            out[k] = (a, at);
            out.insert(k + 1, (at, b));
        }
    }
    // "«We are worried about …,» X told the radio: «The United Nations must …»": a second
    // quotation opened after the colon of the first one's attribution is a sentence of its own.
    if memchr::memchr(b':', bytes).is_some() {
        let mut k = 0;
        while k < out.len() {
            let (a, b) = out[k];
            match quotation_after_attribution(&text[a..b]) {
                Some(at) => {
                    out[k] = (a, a + at);
                    out.insert(k + 1, (a + at, b));
                    k += 1;
                }
                None => k += 1,
            }
        }
    }
    out
}

/// Where a second quotation opens in `sentence` (a byte offset), when the sentence opens with a
/// quotation that closes before a colon and, after the colon and a space, an opening quotation
/// mark and a capital follow: "«Honestly, we are concerned …,» A. B., who heads …, told the
/// radio: «The United Nations must …»". (A colon inside the first quotation, or after words
/// that open no quotation, "He said: “We must …”", leaves the sentence whole.)
fn quotation_after_attribution(sentence: &str) -> Option<usize> {
    let first = sentence.chars().next()?;
    let closing: &[char] = match first {
        '«' => &['»'],
        '“' => &['”'],
        '"' => &['"'],
        _ => return None,
    };
    let rest = &sentence[first.len_utf8()..];
    let closed = rest.find(closing)? + first.len_utf8();
    sentence[closed..]
        .match_indices(": ")
        .find_map(|(colon, _)| {
            let at = closed + colon + 2;
            let mut chars = sentence[at..].chars();
            (matches!(chars.next(), Some('«' | '“' | '"'))
                && chars.next().is_some_and(char::is_uppercase))
            .then_some(at)
        })
}

/// Fewest letters of the word before a full stop that a glued sentence follows ("death.I").
const GLUED_SENTENCE_MIN_LETTERS: usize = 3;
/// Longest word read after it.
const GLUED_WORD_MAX_BYTES: usize = 16;

/// "death.I urge", "prison.The authorities": a word of small letters (three or more), its full
/// stop, then a capitalised word of letters only ("I", "The") and a space; also after an
/// opening quotation mark ("access.“The lack of …": a quoted paragraph glued to the one
/// before). A web address ("www.Example.org"), an abbreviation ("e.g.The") or a code
/// ("report.PDF") is no sentence's end.
fn glued_sentence_opens(before: &str, after: &str) -> bool {
    let after = after
        .strip_prefix(['“', '«', '"'])
        .unwrap_or(after)
        .as_bytes();
    if !after.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    // (Read no further than a long word's length: a text without spaces is not searched.)
    let Some(space) = after
        .iter()
        .take(GLUED_WORD_MAX_BYTES)
        .position(|&b| b == b' ')
    else {
        return false;
    };
    if !after[1..space].iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let bytes = before.as_bytes();
    let letters = bytes
        .iter()
        .rev()
        .take(GLUED_WORD_MAX_BYTES + 1)
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let word_start = bytes.len() - letters;
    (GLUED_SENTENCE_MIN_LETTERS..=GLUED_WORD_MAX_BYTES).contains(&letters)
        && (word_start == 0 || bytes[word_start - 1].is_ascii_whitespace())
        && &bytes[word_start..] != b"www"
}

/// Finds "The " in a paragraph (see [`glued_openings`]).
static GLUED_THE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("The "));
/// Finds " We " in a paragraph (see [`glued_openings`]).
static GLUED_WE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" We "));

/// Where a sentence glued to the one before it opens, by the grammar of the glue: "The" right
/// after a word's lowercase letters, with or without a full stop between ("State.The letter
/// …", "MediaThe institute …"), or "We" between a lowercase word and a lowercase verb ("…
/// website We join …"; not "What We Do", a headline, nor "We the Peoples"). Byte offsets of
/// the openings' first letters, in order. (The general case with its full stop, a lowercase word
/// then any capitalised word, "death.I urge", is cut while the sentences are read:
/// [`glued_sentence_opens`]; this one also takes a capitalised word before "The" and a lost stop.)
fn glued_openings(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let lower = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_lowercase);
    let mut found: Vec<usize> = GLUED_THE
        .find_iter(bytes)
        .filter(|&k| {
            k >= 3
                && ((bytes[k - 1] == b'.' && lower(k - 2) && lower(k - 3))
                    || (lower(k - 1) && lower(k - 2)))
        })
        .collect();
    found.extend(
        GLUED_WE.find_iter(bytes).map(|k| k + 1).filter(|&k| {
            k >= 3 && lower(k - 2) && lower(k + 3) && !text[k + 3..].starts_with("the ")
        }),
    );
    found.sort_unstable();
    found
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let w = word.trim_start_matches(['"', '“']);
    // An initial ("J. Smith") is one letter; a day or a count ("… on March 7. This week …")
    // ends a sentence.
    (w.len() <= 1 && !w.bytes().all(|b| b.is_ascii_digit()))
        || w.contains('.')
        || crate::text::with_ascii_lowercase(w, |w| {
            matches!(
                w,
                "mr" | "ms"
                    | "mrs"
                    | "messrs"
                    | "mmes"
                    | "dr"
                    | "no"
                    | "nos"
                    | "st"
                    | "art"
                    | "arts"
                    | "para"
                    | "paras"
                    | "e.g"
                    | "i.e"
                    | "etc"
                    | "vs"
                    | "cf"
                    | "vol"
                    | "p"
                    | "pp"
                    | "amb"
                    | "gen"
                    | "sen"
                    | "rep"
                    | "prof"
                    | "jan"
                    | "feb"
                    | "mar"
                    | "apr"
                    | "jun"
                    | "jul"
                    | "aug"
                    | "sep"
                    | "sept"
                    | "oct"
                    | "nov"
                    | "dec"
                    | "inc"
                    | "ltd"
                    | "co"
                    | "jr"
                    | "sr"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences `sentences` cuts `text` into, as text.
    fn sentence_texts(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|&(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn an_infinitive_command_whose_first_comma_falls_in_its_object_opens_with_its_verb() {
        let rules = ImportRules::builtin();
        let opening = |text: &str| {
            let lower = text.to_ascii_lowercase();
            ReadText::new(text, &lower, &rules).imperative_opening()
        };
        for (text, want) in [
            (
                "To align the offence with the Convention against Cruel, Inhuman or Degrading \
                 Treatment;",
                Some("align"),
            ),
            (
                "3. To amend the Code so that records name every officer who holds a person, in \
                 line with the Body of Principles. If a court finds abuse, it should act.",
                Some("amend"),
            ),
            // A purpose phrase before a clause of its own, or before a command.
            (
                "To ensure accountability, the authorities have set up a commission.",
                None,
            ),
            ("To that end, release the detainees.", Some("release")),
            ("To date, nobody was charged.", None),
        ] {
            assert_eq!(opening(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn a_paragraph_read_once_decides_each_sentence_as_reading_it_alone_does() {
        let rules = ImportRules::builtin();
        for text in [
            "The Committee notes the report. The State party should repeal Article 34 of the Code. \
             We URGE the Government to release Ms. Ivanova.  It also welcomes the law.",
            "Amnesty International\turges the authorities to free him; We call on the EU to act. \
             “Human rights defenders” must be protected,\u{a0}and the police should stop.",
            "On 5 August, the group wrote to the President, calling for the release of the three. \
             The release is welcome news, but the authorities must now free all the others.",
            "Réformes: the Government should adopt them. Élections should be free.",
            "",
        ] {
            let lower = text.to_ascii_lowercase();
            let read = ReadText::new(text, &lower, &rules);
            let cut = sentences(text);
            assert!(!text.contains(". T") || cut.len() > 1, "{text}");
            for (a, b) in cut {
                assert_eq!(read.sentence(a, b), sentence(&text[a..b], &rules), "{}", &text[a..b]);
            }
            let alone = ReadText::with_max(text, None, &rules, WORDS_READ);
            assert_eq!(read.imperative_opening(), alone.imperative_opening(), "{text}");
            assert_eq!(
                read.that_clause_addressee(),
                alone.that_clause_addressee(),
                "{text}"
            );
        }
        // A range that cuts a word is read on its own.
        let text = "The State party should act now.";
        let lower = text.to_ascii_lowercase();
        let read = ReadText::new(text, &lower, &rules);
        assert_eq!(read.sentence(5, text.len()), sentence(&text[5..], &rules));
        assert_eq!(
            read.sentence(0, text.len()).map(|d| d.kind),
            Some(ItemKind::Recommendation)
        );
    }

    #[test]
    fn words_are_read_as_split_whitespace_reads_them() {
        let rules = ImportRules::builtin();
        for text in [
            " \tThe  U.S. “Government”,\u{a0}(KAZAKHSTAN) é\u{2003}x-1 … ",
            "Internationally-recognised (Counter-Terrorism)\r\nlegislation\x0bends\x0cHERE\x01\x02ok",
            "\"Long-standing\" HUMAN-RIGHTS-DEFENDERS,... «réformes» naïve-Élections 12345678901",
            "word\u{85}next\u{2028}line\u{3000}ideographic ---- ?!",
        ] {
            let lower = text.to_ascii_lowercase();
            let raw: Vec<&str> = text.split_whitespace().collect();
            let clean: Vec<String> = raw.iter().map(|w| clean_word(w)).collect();
            for read in [
                ReadText::new(text, &lower, &rules),
                ReadText::with_max(text, None, &rules, usize::MAX),
            ] {
                assert_eq!(read.raw, raw);
                assert_eq!(read.clean, clean);
                for (k, w) in raw.iter().enumerate() {
                    let at = read.offset_of(read.raw[k]);
                    assert_eq!(&text[at..at + w.len()], *w);
                }
            }
        }
    }

    #[test]
    fn reported_calls_participles_and_what_the_police_did() {
        // An opening phrase that is the whole sentence leaves nothing to read.
        assert!(!rec("On the same date, 18 September,"));
        assert!(!rec("In the letter,"));
        assert!(rec(
            "Rights Watchers has started a petition demanding the release of two journalists."
        ));
        assert!(rec("The group calls to immediately free both journalists."));
        assert!(rec(
            "AI calls on the President of Azerbaijan on the eve of the six-month Presidency of the Committee of Ministers to arrange their release."
        ));
        assert!(rec(
            "On 5 August the group signed a joint letter sent to the President, calling for the release of the three."
        ));
        assert!(rec(
            "The release is very welcome news, but the authorities must now free all the others."
        ));
        assert!(!rec(
            "The officers demanded that the three accompany them to the station."
        ));
        assert!(rec(
            "The appeal also contains a demand to conduct an independent inquiry."
        ));
        assert!(rec(
            "The EU and other partners of Kazakhstan are called to respond firmly."
        ));
        assert!(rec(
            "The Observatory renews its urgent appeal for the release of both reporters."
        ));
        assert!(rec(
            "Two senators, three members of the lower house and the chair of a parliamentary committee on foreign affairs sent the letter to the President calling on him to pardon them."
        ));
        assert!(!rec(
            "Both face charges of “public calls for mass unrest” under Article 278."
        ));
        assert!(!rec(
            "Rumours about alleged «calls for mass unrest» by the reporters are being spread online."
        ));
        assert!(!rec(
            "Reports of “calls for riots” by the bloggers were never proven."
        ));
        assert!(!rec(
            "Prosecutors asked the court to sentence him to seven years."
        ));
        // "appeal to" names whom it addresses; "calls to" needs an action after it.
        assert!(rec(
            "Three groups appeal to the EU to use the agreement to push for reform."
        ));
        assert!(!rec("He made calls to relatives from the station."));
        // "demanded the immediate release of …" names an action, not an addressee.
        assert_eq!(
            decide("Amnesty International today demanded the immediate release of 17 prisoners.")
                .and_then(|d| d.2),
            None
        );
        let kind = |t: &str| decide(t).map(|d| d.0);
        // "the need to" after a preposition is a noun's reason, not an obligation.
        assert_ne!(
            kind("The Ministry of Justice of Kazakhstan explained the new register by the need to \"raise the trust of citizens in charities\"."),
            Some(ItemKind::Recommendation)
        );
        assert_eq!(
            kind("The ministry needs to withdraw the register."),
            Some(ItemKind::Recommendation)
        );
        // A call in the passive with its agent; not one made by the police.
        assert_eq!(
            kind("The immediate release of the blogger was called for by an international press group on Friday."),
            Some(ItemKind::Recommendation)
        );
        assert_eq!(
            kind("His release has also been demanded by three regional rights groups."),
            Some(ItemKind::Recommendation)
        );
        assert_ne!(
            kind("A fine of 500 somoni was demanded by the prosecutor at the hearing."),
            Some(ItemKind::Recommendation)
        );
        assert_ne!(
            kind("The meeting was called for by the mayor's office last week."),
            Some(ItemKind::Recommendation)
        );
        // A court's ruling told in a that-clause decides nothing for the report; a call on the
        // court still asks.
        assert_eq!(
            kind("In March 2021, the district court ruled that the newspaper should be closed for breaking the registration rules."),
            Some(ItemKind::Paragraph)
        );
        assert_eq!(
            kind("The Supreme Court decided that the party must be banned as extremist."),
            Some(ItemKind::Paragraph)
        );
        assert_eq!(
            kind("The group said that the court must overturn the ruling."),
            Some(ItemKind::Recommendation)
        );
        assert_eq!(
            kind("The appeals court must overturn the ruling that the newspaper should be closed."),
            Some(ItemKind::Recommendation)
        );
        // A time between "called on" and "for" names nobody; the actor after it is named.
        assert_eq!(
            decide("The envoy and the union have both called on Friday for an inquiry into the shooting.")
                .map(|d| (d.0, d.2)),
            Some((ItemKind::Recommendation, None))
        );
        assert_eq!(
            decide("The envoy called on the authorities to open an inquiry.").and_then(|d| d.2),
            Some("the authorities".to_string())
        );
    }

    #[test]
    fn news_calls_and_what_they_are_not() {
        // What people should be free to do, said as a demand; a fact of ability is none.
        assert!(rec(
            "Bloggers should be able to criticise officials without fear."
        ));
        assert!(!rec("Two years ago they were able to publish such videos."));
        assert!(!rec(
            "Bloggers should not be able to hide behind anonymous accounts."
        ));
        // A trailing attribution names who speaks; a verb with an object is the sentence's.
        assert!(rec(
            "The names of the dead must be published at once, she stressed."
        ));
        assert!(rec(
            "Detained reporters must be freed too, the group noted in a statement."
        ));
        assert!(!rec(
            "In its report the Assembly noted the worrying evolution of the situation."
        ));
        // A need told as a cleft, also after a finding and "but".
        assert!(rec(
            "Statements are welcome, but what is needed is a clear message to the hosts."
        ));
        // A witness's own need asks no one; a command's verb still asks.
        assert!(!rec(
            "He has heart problems and he needs to travel to the capital for surgery."
        ));
        assert!(rec("He needs to release the prisoners before the talks."));
        // A demand told by its noun.
        assert!(rec(
            "Their demands were that the detained reporters be freed."
        ));
        assert!(!rec("Their demands were ignored by the city council."));
        // A participle of stressing reports its clause's obligation.
        assert!(rec(
            "The resolution underlines the importance of the talks, stressing that fair trials must be part of them."
        ));
        // An event or a measure as the subject of a call tells what it caused or provides.
        assert!(!rec(
            "The minister's visit has encouraged activists to speak openly."
        ));
        assert!(!rec(
            "The decision, which bans rallies, called for the limits to stay in place."
        ));
        assert!(rec(
            "During the visit, the envoy urged the authorities to free the reporters."
        ));
        // A wish in the conditional is a polite request.
        assert!(rec(
            "It would be very helpful if such lists were abolished."
        ));
        assert!(!rec("It would be a long journey if the road were closed."));
    }

    #[test]
    fn a_second_quotation_after_an_attribution_is_its_own_sentence() {
        let text = "«We are worried,» the chair told the radio: «The UN must act now.»";
        let spans = sentences(text);
        assert_eq!(spans.len(), 2);
        assert_eq!(&text[spans[1].0..spans[1].1], "«The UN must act now.»");
        assert_eq!(sentences("He said: “We must act now.”").len(), 1);
    }

    #[test]
    fn who_calls_decides_a_reported_call() {
        // A call renewed or joined by the speaker, however far its "for".
        assert!(rec(
            "The watchdog repeated its call on 3 May for the release of the reporter."
        ));
        assert!(rec(
            "We echo the call by the Special Rapporteur on the government of Tajikistan to stop the prosecutions."
        ));
        assert!(!rec(
            "Despite repeated calls for his release, he is still held."
        ));
        // Pressing an actor, not pressing charges.
        assert!(rec(
            "Rights groups have pressed Tajikistan to drop the case."
        ));
        assert!(!rec(
            "Prosecutors have since pressed new charges against two of them, according to the court."
        ));
        assert!(rec(
            "Tajikistan owes it to its citizens to let reporters work freely."
        ));
        // A passive obligation with a negation or an adverb before "be".
        assert!(rec(
            "Covering a protest must not be used as a pretext to close a newspaper."
        ));
        assert!(rec("The other reporters should also be freed."));
        // A relative clause that obliges, inside a reported that-clause.
        assert!(rec(
            "The group said that he is \"a peaceful critic who must be immediately and unconditionally released.\""
        ));
        assert!(!rec("He met the lawyers who must now decide on an appeal."));
        // An obligation asking for an action, whoever its subject.
        assert!(rec(
            "Reports of a reporter's torture in custody should prompt an immediate investigation."
        ));
        assert!(!rec("The hearing should take place in May."));
        // "That" before a noun is a demonstrative subject.
        assert!(rec(
            "That momentum should translate into support for independent investigations."
        ));
        // A time between a call and its particle; a stated need.
        assert!(rec(
            "Rights groups called Thursday on the United Nations to take action."
        ));
        assert!(rec(
            "The watchdog called on 26 June for the release of the reporter."
        ));
        assert!(rec(
            "Given the gravity of the abuses, there is a pressing need for concerned governments to take coordinated action."
        ));
        assert!(rec(
            "She emphasized the necessity of a forceful response from the member states."
        ));
        // The importance of an action asks for it: a gerund of doing, with or without its own
        // subject, or an action noun with its complement.
        assert!(rec(
            "The delegation emphasised the importance of implementing the accepted recommendations."
        ));
        assert!(rec(
            "The envoys stressed the importance of the government updating its own action plan."
        ));
        assert!(rec(
            "The EU stressed the importance of a prompt and impartial investigation into the deaths."
        ));
        // The importance of a thing, a relation or a value asks nothing; "engagement" names a
        // relation kept up, not a deed with an end (it is no `action_nouns` entry), so "active
        // engagement with the government" is weighed, not asked for.
        assert!(!rec(
            "Members stress the importance of active engagement with the government."
        ));
        assert!(!rec(
            "The minister underlined the importance of media freedom."
        ));
        assert!(!rec(
            "The EU stressed the importance of accountability and of the growing cooperation."
        ));
        assert!(!rec(
            "Both sides highlighted the importance of the following principles of the partnership."
        ));
        assert!(rec(
            "Now it's up to the high commissioner to make full use of the report."
        ));
        // A possessive makes "request" a noun.
        assert!(!rec(
            "The group said on 20 August the Tajik authorities' request to arrest him was politically motivated."
        ));
        assert!(rec(
            "The statement emphasized that priority should be given to the prisoners who are ill."
        ));
        // What the punished did is not a call of the text's.
        assert!(!rec(
            "The reporter was jailed for calling for an inquiry into a mining accident."
        ));
        assert!(!rec(
            "More than fifty people are being detained for joining the march, calling for free elections, and signing petitions."
        ));
        // A sentence whose subject is a punishment tells a case: a call in its clause about
        // what was punished is the ground (our own words).
        assert!(!rec(
            "The arrest related to a post that the blogger wrote on 3 May, which was sent to the mayor and called on him to resign."
        ));
        assert!(!rec(
            "The arrest related to a letter that she published on 9 May, which was addressed to the minister and called on him to resign."
        ));
        assert!(!rec(
            "His conviction stems from a video in which he urged voters to boycott the poll."
        ));
        assert!(rec(
            "After his arrest for a critical post, the group called on the authorities to release him."
        ));
        assert!(rec(
            "The arrests prompted the union to call on the government to free the strikers."
        ));
        assert!(rec(
            "The group condemned the charges and called on the court to acquit her."
        ));
        // A participle after a preposition is an object, with no punishing verb too.
        assert!(!rec(
            "The ministry issued a statement announcing that criminal proceedings had been initiated against them under the Criminal Code for «calling for riots.»"
        ));
        assert!(rec(
            "The ministry issued a statement calling for the release of the journalists."
        ));
        // A participle after ", while" reports the call of the finding before it.
        assert!(rec(
            "Parliament voices deep concern at the worsening situation in the region, while calling for an end to the harassment of lawyers."
        ));
        // A reminder obliges only through its clause.
        assert!(rec(
            "The deputies remind the authorities that the fight against extremism must not serve as a pretext to jail believers."
        ));
        assert!(!rec(
            "They reminded the hosts that the last visit had taken place in 2019."
        ));
        // An official's title before a name.
        assert!(rec(
            "Secretary Blake must use his visit to raise the cases."
        ));
        // A second clause with its own subject that calls.
        assert!(rec(
            "Their relatives have written to the prosecutor, and the Helsinki group demands stronger international efforts to make the government respect their rights."
        ));
        // A closing call told by a verb of ending and "by".
        assert!(rec(
            "The statement ends by urging “a review of the draft law so that it does not restrict the work of civil society.”"
        ));
        assert!(rec(
            "The letter concludes by calling on the President to return the bill to parliament."
        ));
        assert!(!rec("The police ended by asking him to sign a statement."));
        assert!(!rec("The hearing ended by noon."));
        // An obligation the police or interrogators told someone of is their demand, the story.
        assert!(!rec(
            "The interrogators told the two brothers that the blogger should cease all his posts and publicly apologise."
        ));
        assert!(!rec("Police told them they must stop posting."));
        assert!(rec("Police must stop beating detainees in custody."));
        assert!(rec(
            "The lawyers told reporters that the police must stop beating detainees."
        ));
        // A clause after ", where" with a subject of its own that calls.
        assert!(rec(
            "The envoy has ended a week-long tour of the region with two days in Ashgabat, where she urged officials to let monitors into the prisons."
        ));
        assert!(rec(
            "The rapporteur today closed her mission to Kyrgyzstan, where she met judges and lawyers and stressed the need to protect defence counsel."
        ));
        assert!(!rec(
            "The lawyers were held in a cell in Osh, where police demanded that they sign confessions."
        ));
        assert!(!rec(
            "He spent a year in Moscow, where he worked for a newspaper."
        ));
        // A clause after ", and" without a subject of its own goes on with the first one.
        assert!(!rec(
            "Both reporters worked with two bloggers, who were detained in June, and have published calls for their release."
        ));
        // An infinitive after a noun or "taken" is no call.
        assert!(!rec(
            "Please clarify the steps taken to recommend sign language interpreters to the courts."
        ));
        assert!(!rec(
            "Please indicate what efforts to urge local officials to consult such organisations have been made."
        ));
        // "calls" after a preposition is a noun.
        assert!(!rec(
            "The authorities have cracked down on calls for reform in the region since the spring."
        ));
        // A thing as the subject: "demands" means "needs".
        assert!(!rec(
            "This widening crackdown on journalists in the provinces demands a firm answer from abroad."
        ));
        assert!(rec(
            "This coalition of groups in Azerbaijan demands the release of the six journalists."
        ));
    }

    #[test]
    fn a_day_before_a_full_stop_ends_a_sentence() {
        let text = "Police took them on March 7. This week groups spoke. J. Smith agreed.";
        let parts = sentence_texts(text);
        assert_eq!(
            parts,
            [
                "Police took them on March 7. ",
                "This week groups spoke. ",
                "J. Smith agreed."
            ]
        );
    }

    #[test]
    fn a_sentence_glued_after_a_full_stop_opens_at_its_capital() {
        let text =
            "She was beaten to death.I urge you to act. See www.Example.org or e.g.The list.";
        let parts = sentence_texts(text);
        assert_eq!(
            parts,
            [
                "She was beaten to death.",
                "I urge you to act. ",
                "See www.Example.org or e.g.The list."
            ]
        );
        assert_eq!(
            sentence_texts("He asked for access.“The reply never came,” he said."),
            ["He asked for access.", "“The reply never came,” he said."]
        );
        assert!(!glued_sentence_opens("the report", "PDF is here"));
        assert!(!glued_sentence_opens("at", "The"));
    }

    #[test]
    fn an_ellipsis_before_a_capital_ends_a_sentence() {
        let text = "One reporter at a time… We call on them to stop. The end... It is over.";
        let parts = sentence_texts(text);
        assert_eq!(
            parts,
            [
                "One reporter at a time… ",
                "We call on them to stop. ",
                "The end... ",
                "It is over."
            ]
        );
    }

    fn decide(text: &str) -> Option<(ItemKind, String, Option<String>)> {
        sentence(text, &ImportRules::builtin()).map(|d| (d.kind, d.evidence.cue, d.addressee))
    }

    /// Whether the sentence reader makes `text` a recommendation.
    fn rec(text: &str) -> bool {
        decide(text).map(|d| d.0) == Some(ItemKind::Recommendation)
    }

    #[test]
    fn a_letters_please_and_a_commands_verb_asks() {
        let rules = ImportRules::builtin();
        let request = |text: &str| {
            let lower = text.to_ascii_lowercase();
            ReadText::new(text, &lower, &rules).please_request(0, text.len())
        };
        assert_eq!(
            request("Please release him!").as_deref(),
            Some("please release")
        );
        assert_eq!(
            request("Please conclude the inquiry and free him.").as_deref(),
            Some("please … free")
        );
        assert_eq!(
            request("Please find enclosed the list of signatories."),
            None
        );
        assert_eq!(request("Please also be aware of the public feeling."), None);
        assert_eq!(
            request("Please accept the assurances of our consideration."),
            None
        );
        assert_eq!(request("They said please release him."), None);
    }

    #[test]
    fn recitals_polite_requests_hopes_and_joined_needs() {
        let rec = |t: &str| decide(t).is_some_and(|r| r.0 == ItemKind::Recommendation);
        // A preambular recital's obligation is the resolution's grounds.
        assert!(!rec(
            "Reaffirming that all Member States have an obligation to protect human rights,"
        ));
        assert!(!rec(
            "Reaffirming further that the fight against terrorism should be conducted lawfully,"
        ));
        // Gratitude on the reader's act asks it; thanks alone do not.
        assert!(rec(
            "We would be most grateful if you could raise these concerns with the authorities."
        ));
        assert!(!rec(
            "We would like to thank you for your attention to these matters."
        ));
        // A hope by its noun with "for" and "to"; not a hope for a thing.
        assert!(rec(
            "FIDH expresses its hopes for the conference to consider the situation of migrants."
        ));
        assert!(!rec(
            "The families expressed their hopes for a better future."
        ));
        // A passive need after ", and"; the clause after "that is why".
        assert!(rec(
            "There has been no change in the use of torture, and deep reform of the courts is needed if it is to end."
        ));
        assert!(rec(
            "And that is why we have urged a review of the law by experts."
        ));
        // The importance of a gerund right after "of", or of an actor doing.
        assert!(rec(
            "We emphasised the importance of achieving a lasting peace in the region."
        ));
        assert!(rec(
            "They stress the importance of the government viewing civil society as a partner."
        ));
        assert!(!rec(
            "They stress the importance of meeting with civil society."
        ));
        // A "when" clause dated by a year tells a past hope as background.
        assert!(!rec(
            "When the Ambassador reported to the Council in 2007, a year ago, the EU expressed its hope that Turkmenistan would open its prisons."
        ));
        // "the OSCE Centre" is an actor; "encourages promotion of …" asks for it.
        assert!(rec(
            "We hope that the OSCE Centre will continue to advise both bodies."
        ));
        assert!(rec(
            "The Committee encourages promotion of the work of this institution."
        ));
        // A relative clause's own call on a named person; not one in the past.
        assert!(rec(
            "These are the main concerns that we urge Mr Example to raise with his counterparts."
        ));
        assert!(!rec(
            "These are the concerns that we urged him to raise last year."
        ));
    }

    #[test]
    fn a_bracketed_footnote_number_after_a_full_stop_ends_the_sentence() {
        let text = "They expressed concern about the inquiry.[1] The Committees also urged Kyrgyzstan to act.";
        assert_eq!(sentences(text).len(), 2);
    }

    #[test]
    fn a_need_of_an_effort_asks_for_it() {
        let rec = |t: &str| decide(t).is_some_and(|r| r.0 == ItemKind::Recommendation);
        assert!(rec(
            "Kazakhstan requires urgent steps to protect survivors."
        ));
        assert!(rec("Further action is needed, the group said."));
        assert!(rec("The ministry still needs to publish the figures."));
        // The speaker's own need, a need of no effort, a fact about evidence.
        assert!(!rec("We need more support to continue our work."));
        assert!(!rec("The country needs investment to grow."));
        assert!(!rec("More evidence is needed before the case can go on."));
        // A call that was the ground of a detention, not a report of one.
        assert!(!rec("He was detained while calling for help."));
    }

    #[test]
    fn a_call_reported_in_a_that_clause_of_saying_or_stressing() {
        let rec = |t: &str| decide(t).is_some_and(|r| r.0 == ItemKind::Recommendation);
        assert!(rec(
            "The press secretary stated that the EU calls on the government to ensure free assembly."
        ));
        assert!(rec(
            "The EU stressed that limits on rights, imposed in the crisis, should only be applied if lawful."
        ));
        assert!(rec(
            "The signatories said that «editors should not be jailed for their work»."
        ));
        assert!(rec(
            "“People should not be criminalized for their views,” said the envoy."
        ));
        // What a prosecutor said, and a call a finding's clause tells.
        assert!(!rec(
            "The prosecutor said that the editor should be sentenced to six years."
        ));
        assert!(!rec(
            "The report notes that the ombudsman called on the police to act."
        ));
    }

    #[test]
    fn a_sentence_glued_to_the_one_before_opens_where_its_grammar_does() {
        let parts = |text: &str| -> Vec<String> {
            sentences(text)
                .iter()
                .map(|&(a, b)| text[a..b].trim().to_string())
                .collect()
        };
        assert_eq!(
            parts("He served as Secretary of State.The letter urges him to act."),
            [
                "He served as Secretary of State.",
                "The letter urges him to act."
            ]
        );
        assert_eq!(
            parts("See the story on Kloop MediaThe institute called for their release."),
            [
                "See the story on Kloop Media",
                "The institute called for their release."
            ]
        );
        assert_eq!(
            parts("It blocked the news website We join the call to lift the block."),
            [
                "It blocked the news website",
                "We join the call to lift the block."
            ]
        );
        // A headline's capitals, a preamble's words and an acronym's full stop glue nothing.
        assert_eq!(parts("What We Do in Central Asia").len(), 1);
        assert_eq!(parts("In the name of We the Peoples, they spoke.").len(), 1);
        assert_eq!(parts("It thanked the U.S.The talks went on.").len(), 1);
    }

    #[test]
    fn a_dash_and_a_capital_after_a_full_stop_open_a_sentence() {
        let text = "The findings are stark, says the director. - The government should act. - no.";
        let got = sentence_texts(text);
        assert_eq!(
            got,
            vec![
                "The findings are stark, says the director. ",
                "- The government should act. - no."
            ]
        );
    }

    #[test]
    fn a_pronoun_object_is_addressed_as_the_actor_it_stands_for() {
        // Our own words. "it": the institution or country before it, never a person's title.
        for (text, want) in [
            (
                "We welcome the Government of Turkmenistan’s talks with the Special Rapporteur and encourage it to set a date.",
                "the Government of Turkmenistan",
            ),
            (
                "We thank the authorities for meeting the Special Rapporteur and urge them to free all journalists.",
                "the authorities",
            ),
            (
                "We note the invitation of the Special Rapporteur by the Kazakh Ministry and encourage it to publish the report.",
                "the Kazakh Ministry",
            ),
        ] {
            assert_eq!(
                decide(text).and_then(|d| d.2).as_deref(),
                Some(want),
                "{text}"
            );
        }
        // Nothing before it to stand for: no addressee, still a recommendation.
        assert_eq!(
            decide("We encourage it to act now.").map(|d| (d.0, d.2)),
            Some((ItemKind::Recommendation, None))
        );
    }

    #[test]
    fn critical_that_a_need_shown_a_disclosure_and_a_contracted_should_ask() {
        // Our own words, in the shapes real releases use.
        for text in [
            "Given these changes, it is now critical that donors increase their pressure on the government.",
            "It is critical that the courts hear every complaint of torture.",
            "This ruling again shows the need for urgent reform of the media law.",
            "The report demonstrates the need for an independent inquiry into the deaths.",
            "Information about the victims must be disclosed at once.",
            "International partners shouldn’t ease their pressure on the authorities.",
            "Donors mustn't fund the new prison.",
        ] {
            assert_eq!(
                decide(text).map(|d| d.0),
                Some(ItemKind::Recommendation),
                "{text}"
            );
        }
        // "It is worrying that …" judges; it asks for nothing.
        assert_ne!(
            decide("It is worrying that the court upheld the fine.").map(|d| d.0),
            Some(ItemKind::Recommendation)
        );
    }

    #[test]
    fn further_after_a_subject_is_an_adverb_and_the_need_is_asked_for() {
        for text in [
            "We further call on the government to repeal the law on extremism.",
            "The EU further calls on the authorities to release the journalists.",
            "The Committee further requests the State party to publish the data.",
            "We underscore the need for the authorities to open the prisons to monitors.",
            "We stress the need to allow independent monitors into every prison.",
        ] {
            let r = decide(text).unwrap_or_else(|| panic!("no cue: {text}"));
            assert_eq!(r.0, ItemKind::Recommendation, "{text}");
        }
        for text in [
            "The government ignored further calls for reform from the opposition.",
            "Despite further calls for his release, he remains in prison.",
        ] {
            assert_ne!(
                decide(text).map(|r| r.0),
                Some(ItemKind::Recommendation),
                "{text}"
            );
        }
    }

    #[test]
    fn a_joined_demand_after_have_but_not_a_main_clause_after_a_comma() {
        // "… and have demanded …": the present perfect's auxiliary after "and".
        let r = decide(
            "Exiled activists have voiced fears about his health and have demanded a thorough \
             investigation of his death.",
        )
        .expect("cue");
        assert_eq!((r.0, r.1.as_str()), (ItemKind::Recommendation, "demanded"));
        // "X, who was detained …, has called on …": the activist's call told as background,
        // not a call joined to the sentence.
        let r = decide(
            "Kunbolat, who was previously detained for his activities in February and again in \
             June, has called on foreign authorities to release a relative.",
        );
        assert!(
            r.as_ref().is_none_or(|r| r.0 != ItemKind::Recommendation),
            "{r:?}"
        );
    }

    #[test]
    fn speaker_verbs_obligations_and_findings() {
        let r = decide("We urge the Government to continue reforms.").expect("cue");
        assert_eq!(r.0, ItemKind::Recommendation);
        assert_eq!(r.1, "urge");
        assert_eq!(r.2.as_deref(), Some("the Government"));
        let r = decide("22. The State party should take all measures.").expect("cue");
        assert_eq!((r.0, r.1.as_str()), (ItemKind::Recommendation, "should"));
        assert_eq!(r.2.as_deref(), Some("The State party"));
        let r = decide("calls on the Government to free the journalists;").expect("cue");
        assert_eq!(r.0, ItemKind::Recommendation);
        let r = decide("expresses concern at the arrests;").expect("cue");
        assert_eq!(
            (r.0, r.1.as_str()),
            (ItemKind::Paragraph, "expresses concern")
        );
        let r = decide("The EU deeply regrets the loss of life and calls on all sides to refrain.")
            .expect("cue");
        assert_eq!((r.0, r.1.as_str()), (ItemKind::Recommendation, "calls on"));
        assert_eq!(r.2.as_deref(), Some("all sides"));
        assert_eq!(decide("Activists who urge reform are jailed."), None);
        assert_eq!(
            decide("Careful thought must always be given to this."),
            None
        );
        let r = decide("Access to information should always be respected.").expect("cue");
        assert_eq!((r.0, r.1.as_str()), (ItemKind::Recommendation, "should"));
    }

    #[test]
    fn the_call_is_found_past_openings_asides_and_in_clauses() {
        // An opening participle's phrase, or a connective then an opening phrase, before the
        // speaker.
        assert!(rec(
            "Speaking to the Council in Geneva about her mission to the country in the spring, the Special Rapporteur, Ana Ruiz, on 4 May called on the authorities to free three lawyers."
        ));
        assert!(rec(
            "Therefore, while we value the Union's statements on the draft law and the private talks it has held with officials, we urge you to press for its withdrawal."
        ));
        assert!(!rec(
            "Nothing, in the view of the monitors, suggests that the vote was free."
        ));
        // A relative clause between commas inside the subject.
        assert!(rec(
            "The resolution, which was passed by a wide margin, also called to end the raids on newsrooms."
        ));
        assert!(rec(
            "“The government of Ruritania, which marks its national day this week, must release him at once,” the appeal reads."
        ));
        // ... but not one in the object, after the verb.
        assert!(!rec(
            "Both reporters worked with two editors, who were held in June, and have written calls for their release."
        ));
        // A summons in the passive is no call.
        assert!(!rec(
            "The two editors were called to the prosecutor's office and questioned for hours."
        ));
        // So is any call told in the past passive; the present passive still asks.
        assert!(!rec(
            "The delegation was requested to answer the remaining questions in writing."
        ));
        assert!(!rec("The minister was invited to open the seminar."));
        assert!(rec("States are encouraged to ratify the Convention."));
        // "my request to visit …" is a noun, as "their demands" is.
        assert!(!rec(
            "However, my request to visit the region was not granted by the Government."
        ));
        assert!(rec(
            "She invited the Government to consider ratifying the remaining treaties."
        ));
        // A call for an action joined to another verb asks for it without naming an actor.
        assert!(rec(
            "The text, tabled by a group of members including a former minister, criticised the jailing of two editors and called for their immediate release."
        ));
        // An obligation whose complement is an action to take.
        assert!(rec(
            "The first duty of the authorities should be to restore the internet and to stop the arrests."
        ));
        // An obligation on an actor inside a that-clause, however far; a modal joined to it.
        assert!(rec(
            "The two groups write in their letter about the case of a lawyer sentenced to ten years and say that the government must immediately release him."
        ));
        assert!(rec(
            "Even so, the vote showed that the international community can and must hold the government to account."
        ));
        // A that-clause that judges, tells a consequence or guesses obliges no one.
        assert!(!rec(
            "“It is shameful that the authorities should jail reporters for their work,” she said."
        ));
        assert!(!rec(
            "This means that the country will have to report again in four years."
        ));
        assert!(!rec(
            "The inquiry found that the officers on duty must have known about the beatings."
        ));
    }

    #[test]
    fn an_obligation_or_appeal_asks_for_an_action_whoever_is_named() {
        // A demand's verb after the obligation, whatever the subject.
        assert!(rec(
            "“Every form of pressure on reporters and their families” must stop, the text adds."
        ));
        assert!(rec(
            "“Ruritnia should release the editor at once,” she said."
        ));
        assert!(!rec("The hearing should end by Friday, the clerk said."));
        assert!(!rec("This must stop, he said."));
        // ... however far into the sentence.
        assert!(rec(
            "\"The open use of the security services to break up peaceful gatherings, in the capital and in the regions alike, is intolerable and must stop.\""
        ));
        // "Press freedom groups …" opens with a noun, not the command "Press …".
        assert!(rec(
            "Press freedom groups are urging the appeals court to overturn the verdict."
        ));
        // Demands told as a noun after a preposition are the story, not a call.
        assert!(!rec(
            "The president said he was especially angered by their demands to allow minors to join rallies."
        ));
        // An appeal to an actor for an action.
        assert!(rec(
            "The station's director voiced deep concern about his health and appealed to the Turkmen authorities for his immediate release."
        ));
        assert!(!rec(
            "His lawyer appealed to the Supreme Court for a review of the sentence."
        ));
        // A subject opening with an infinitive, and one of two parts joined by "and".
        assert!(rec(
            "To ensure justice the Ruritanian government needs to set up an independent inquiry."
        ));
        assert!(rec(
            "The government and the judiciaries should not fight the press."
        ));
    }

    #[test]
    fn a_named_clause_after_and_an_admission_and_an_attempt() {
        // A clause after "and" with a named subject of its own calls, comma or not.
        assert!(rec(
            "In a statement on 2 May, one group called the verdict a farce and the Ruritanian Helsinki Committee demands stronger efforts to free the accused."
        ));
        // The speaker's own admission obliges no one.
        assert!(!rec(
            "\"But we have to recognise that, for a country ruled by one man for so long, holding any vote is a step forward.\""
        ));
        assert!(rec("We must free every reporter held for his work."));
        // An infinitive after "attempt" or "effort" tells a purpose, not a call.
        assert!(!rec(
            "With the games a month away, rights groups are stepping up their work in an attempt to call for more attention to the crackdown."
        ));
    }

    #[test]
    fn sentences_that_read_as_calls_but_describe_a_norm_a_maxim_or_a_crowd() {
        // An alternative to an infinitive describes; the infinitive's own call asks.
        assert!(!rec(
            "The state plans higher fines for people using apps to organize or call for protests."
        ));
        assert!(rec("The group urged parliament to reject the fines."));
        // A document's call on every State is its norm, quoted.
        assert!(!rec(
            "It also urges Member States to do their utmost to prevent violence against journalists."
        ));
        assert!(!rec(
            "The resolution further calls upon States to keep a safe environment for the press."
        ));
        assert!(rec(
            "It also urges the authorities of Tajikistan to free the reporters."
        ));
        // A thing as the subject of a that-clause after a verb of saying.
        assert!(!rec(
            "The resolution says that the \"many-faith make-up\" of the country calls for stronger protection of minorities."
        ));
        // A maxim after a purpose phrase naming no actor; a command in the passive still asks.
        assert!(!rec(
            "For economies to prosper, they need to be grounded in fair courts and the rule of law."
        ));
        assert!(rec(
            "For the reforms to work, they must be implemented without delay."
        ));
        // A call on a crowd is the story's order.
        assert!(!rec(
            "City officials called on the demonstrators to end the rally."
        ));
        assert!(rec(
            "The group called on the police to release the demonstrators."
        ));
        // "have" after a singular noun in a suggestion's that-clause is the subjunctive.
        assert!(rec(
            "Ms. Example suggested that the ombudsman's office have a unit on the rights of children."
        ));
        assert!(!rec(
            "The figures suggest that the courts have little power."
        ));
    }

    #[test]
    fn asking_and_wanting_call_when_they_address_an_actor_to_act() {
        assert!(rec(
            "The two unions wrote to the President asking him to pardon the strikers."
        ));
        assert!(rec(
            "The watchdog is asking the authorities to lift the block on the site."
        ));
        assert!(rec(
            "The group wants the authorities to free all the strikers."
        ));
        assert!(!rec(
            "His friends phoned him on Monday, asking him to come home."
        ));
        assert!(!rec("The group wants to see the trial in person."));
        assert!(!rec(
            "«We want the people of Ruritania to enjoy a free press», the members said."
        ));
    }

    #[test]
    fn a_hope_told_by_its_noun_asks_the_actor_its_clause_names() {
        let kind = |text: &str| decide(text).map(|r| r.0);
        for text in [
            "Our hope is that the authorities will act on her recommendations.",
            "It is our hope that the government will release him.",
            "Our hope is that this helps cast light on the situation and that the authorities \
             will act on her recommendations.",
        ] {
            assert_eq!(kind(text), Some(ItemKind::Recommendation), "{text}");
        }
        // A wish names no actor; a hope told as the story's past is no speaker's.
        for text in [
            "Our hope is that the winter will be mild.",
            "Their hope was that the court would be fair.",
        ] {
            assert_ne!(kind(text), Some(ItemKind::Recommendation), "{text}");
        }
    }

    #[test]
    fn a_hope_or_expectation_asks_the_actor_its_clause_names() {
        assert!(rec(
            "We hope that your government will free the two editors."
        ));
        assert!(rec(
            "We hope the authorities will not only promise reforms, but"
        ));
        assert!(rec(
            "The Committee expresses the hope that the State party will ratify the Protocol."
        ));
        assert!(rec(
            "At the same time, he expects that all detainees will be released by May."
        ));
        assert!(rec(
            "The EU expects that Kazakhstan will investigate the deaths."
        ));
        // A wish with no actor, a passive hope, a prediction and a story's past tell.
        assert!(!rec("We hope the situation will improve soon."));
        assert!(!rec(
            "We hope they will be adopted and implemented swiftly."
        ));
        assert!(!rec("The verdict is expected to be read on Monday."));
        assert!(!rec("She had hoped that the court would acquit him."));
        assert!(!rec(
            "Analysts expect that the parliament will meet in June."
        ));
    }

    #[test]
    fn a_need_reported_in_the_past_and_a_future_necessity_ask() {
        assert!(rec(
            "Committee Experts noted that the State party still needed to address the root causes."
        ));
        assert!(rec("It will be key to ensure its implementation."));
        // Outside a reported that-clause "needed to" tells the story.
        assert!(!rec("The government needed to borrow money last year."));
    }

    #[test]
    fn addressing_lead_ins() {
        let rules = ImportRules::builtin();
        assert_eq!(
            addressing("To the Government of Kazakhstan:", &rules).as_deref(),
            Some("the Government of Kazakhstan")
        );
        assert_eq!(
            addressing(
                "To the European Union, the OSCE and the United States:",
                &rules
            )
            .as_deref(),
            Some("the European Union, the OSCE and the United States")
        );
        assert_eq!(addressing("To date, nothing has changed.", &rules), None);
        assert_eq!(addressing("For years the press was free", &rules), None);
        // An organisation's acronym names an actor in a lead-in, not in a line of capitals.
        assert_eq!(
            addressing("To the EBRD:", &rules).as_deref(),
            Some("the EBRD")
        );
        assert_eq!(
            addressing("To USAID and the IMF:", &rules).as_deref(),
            Some("USAID and the IMF")
        );
        assert_eq!(addressing("FOR IMMEDIATE RELEASE:", &rules), None);
        assert_eq!(addressing("To the EBRD", &rules), None);
        // A purpose phrase up to its comma names no one; a list of addressees does.
        assert_eq!(
            addressing("To that end, the Commission is called upon to:", &rules),
            None
        );
        assert_eq!(
            addressing("To the Government, the Parliament and the courts:", &rules).as_deref(),
            Some("the Government, the Parliament and the courts")
        );
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let text = "The U.S. delegation spoke. Mr. Smith agreed. It ended.";
        let parts = sentence_texts(text);
        assert_eq!(
            parts,
            [
                "The U.S. delegation spoke. ",
                "Mr. Smith agreed. ",
                "It ended."
            ]
        );
    }

    #[test]
    fn an_exclamation_mark_in_a_name_ends_no_sentence() {
        let text =
            "On behalf of the Free Them Now! Campaign, she spoke. Stop it! Campaigners left.";
        let parts = sentence_texts(text);
        assert_eq!(
            parts,
            [
                "On behalf of the Free Them Now! Campaign, she spoke. ",
                "Stop it! ",
                "Campaigners left."
            ]
        );
    }

    #[test]
    fn a_stray_closing_mark_opens_the_next_sentence() {
        let text =
            "Much is left to do.\u{201d} \u{201d} It is essential to act. He said \u{201d} no.";
        let parts = sentence_texts(text);
        assert_eq!(
            parts,
            [
                "Much is left to do.\u{201d} ",
                "It is essential to act. ",
                "He said \u{201d} no."
            ]
        );
    }

    #[test]
    fn a_necessity_told_with_a_noun_or_as_a_cleft_asks() {
        for text in [
            "It is of utmost importance that the authorities ensure that no one is returned.",
            "What is very important for us is that the ombudsperson can visit every prison.",
            "What is essential is to restore access to the region.",
            "Strongly denouncing the violence that followed the protests, Parliament urges the \
             authorities to release the detained.",
        ] {
            let r = decide(text).expect("cue");
            assert_eq!(r.0, ItemKind::Recommendation, "{text}");
        }
        assert_eq!(
            decide("What is important is the view of the public.").map(|r| r.0),
            None
        );
    }

    #[test]
    fn a_fronted_clause_is_read_past_to_the_main_clause() {
        // A finding after a concessive clause with commas of its own.
        let r = decide(
            "4.While noting that the Covenant forms part of the law, in accordance with article 6, \
             and the State party's efforts, the Committee is concerned that it is rarely applied.",
        )
        .expect("cue");
        assert_eq!((r.0, r.1.as_str()), (ItemKind::Paragraph, "is concerned"));
        // A call after a connective and a concessive clause.
        let r = decide(
            "Therefore, while welcoming the EU's stance on the matter, we urge you to raise the \
             cases of the detained lawyers.",
        )
        .expect("cue");
        assert_eq!((r.0, r.1.as_str()), (ItemKind::Recommendation, "urge"));
        // "Despite …, the Committee recommends that the State party …" stays a recommendation.
        let r = decide(
            "Despite the amendments, its provisions on funding, on inspections and on closures, \
             the Committee recommends that the State party revise the law.",
        )
        .expect("cue");
        assert_eq!(r.0, ItemKind::Recommendation);
        // No main clause with a cue after the fronted clause: nothing is decided from it.
        assert_eq!(
            decide("Although the law was amended, arrests went on.").map(|r| r.0),
            None
        );
    }

    #[test]
    fn a_summary_that_tells_recommendations_made_is_one() {
        let r = decide("These include, in particular, recommendations to adopt strict safeguards.")
            .expect("cue");
        assert_eq!(r.0, ItemKind::Recommendation);
        let r =
            decide("Among other recommendations are the introduction of a new code.").expect("cue");
        assert_eq!(r.0, ItemKind::Recommendation);
        let r =
            decide("The mission's recommendations include the repeal of the law.").expect("cue");
        assert_eq!(r.0, ItemKind::Recommendation);
        // Recommendations named, not told: findings or nothing.
        assert_ne!(
            decide("Amnesty welcomes Kazakhstan's support of recommendations by several states.")
                .map(|r| r.0),
            Some(ItemKind::Recommendation)
        );
        assert_ne!(
            decide("The efforts to implement the recommendations of UN bodies went on.")
                .map(|r| r.0),
            Some(ItemKind::Recommendation)
        );
        assert_ne!(
            decide("The plan included recommendations of little use.").map(|r| r.0),
            Some(ItemKind::Recommendation)
        );
    }

    #[test]
    fn a_footnote_number_after_a_full_stop_ends_the_sentence() {
        let text = "It covers torture or punishment.1 Amnesty International notes the law. In 2010.5 cases.";
        let parts = sentence_texts(text);
        assert_eq!(
            parts,
            [
                "It covers torture or punishment.1 ",
                "Amnesty International notes the law. ",
                "In 2010.5 cases."
            ]
        );
    }

    #[test]
    fn a_subject_is_found_past_a_participle_phrase_and_a_parenthesis() {
        // A participle's phrase before the subject.
        let r = decide(
            "Presenting her report to the Council in Geneva, the Special Rapporteur on human \
             rights defenders, Jane Roe, on 12 March once again called on the authorities to \
             release the lawyers.",
        )
        .expect("cue");
        assert_eq!((r.0, r.1.as_str()), (ItemKind::Recommendation, "called on"));
        // A noun ending in "-ing" is no participle.
        assert_eq!(
            decide("Nothing, the ministry said, had changed since May.").map(|r| r.0),
            None
        );
        // A relative clause or a participle set off by commas after a short subject.
        let r = decide(
            "The resolution, which was adopted by 400 votes to 150, also calls on the \
             government to free the journalists.",
        )
        .expect("cue");
        assert_eq!(r.0, ItemKind::Recommendation);
        let r = decide(
            "The resolution, put forward by members of three groups, criticized the arrests and \
             called for their immediate release.",
        )
        .expect("cue");
        assert_eq!(
            (r.0, r.1.as_str()),
            (ItemKind::Recommendation, "called for")
        );
        // Not a clause after an object: the first subject's verbs go on.
        assert_ne!(
            decide(
                "Both reporters worked with two editors, who were detained in June, and have \
                 published calls for their release."
            )
            .map(|r| r.0),
            Some(ItemKind::Recommendation)
        );
    }

    #[test]
    fn an_obligation_of_a_conjunct_or_of_an_actors_role() {
        let r = decide(
            "The government and the judiciaries should not fight threats on allegations alone.",
        )
        .expect("cue");
        assert_eq!((r.0, r.1.as_str()), (ItemKind::Recommendation, "should"));
        let r =
            decide("The main task of the authorities should be to restore trust.").expect("cue");
        assert_eq!(r.0, ItemKind::Recommendation);
        // A role of no actor obliges no one.
        assert_ne!(
            decide("The main task of the season should be to rest.").map(|r| r.0),
            Some(ItemKind::Recommendation)
        );
    }

    #[test]
    fn a_modal_set_off_by_commas_before_the_obligation_is_read_without_a_panic() {
        // (Once a slice from past the comma after "can" to before it.)
        let r = decide("She believes that the President can, and should, veto this law.");
        assert_eq!(r.map(|r| r.0), Some(ItemKind::Recommendation));
    }

    #[test]
    fn an_actor_right_before_an_obligation_and_a_gerund_subject() {
        let r = decide(
            "Releasing political prisoners and granting access to monitors are steps authorities \
             can and should take right away, to show a commitment to reform.",
        )
        .expect("cue");
        assert_eq!((r.0, r.1.as_str()), (ItemKind::Recommendation, "should"));
        let r = decide("To ensure justice the Kazakhstani government needs to take urgent action.")
            .expect("cue");
        assert_eq!(r.0, ItemKind::Recommendation);
        // An actor after a preposition is no subject.
        assert_ne!(
            decide(
                "Measures to achieve this across the three countries should include more funds."
            )
            .map(|r| r.2),
            Some(Some("the three countries".to_string()))
        );
        // A pronoun right before the obligation is no actor of it.
        assert_ne!(
            decide(
                "Only independent media can help provide citizens with the information they \
                 need to hold their governments to account."
            )
            .map(|r| r.0),
            Some(ItemKind::Recommendation)
        );
        // An "-ing" word glued to its comma is read without a panic.
        assert_eq!(
            decide("Presenting, as ever, the usual figures.").map(|r| r.0),
            None
        );
    }

    #[test]
    fn an_impersonal_necessity_asks_by_its_grammar() {
        let rec = |text: &str| decide(text).map(|r| (r.0, r.1));
        let asks = |text: &str, cue: &str| {
            assert_eq!(
                rec(text),
                Some((ItemKind::Recommendation, cue.to_string())),
                "{text}"
            );
        };
        asks(
            "It is necessary to resume pressure on the government.",
            "it is necessary to",
        );
        asks(
            "To stop enforced disappearances, it is necessary to resume pressure on the \
             government, he said.",
            "it is necessary to",
        );
        asks(
            "It would be important for the ombudsman to visit the regions.",
            "it would be important for",
        );
        asks(
            "It is absolutely essential that the President vetoes the law.",
            "it is absolutely essential that",
        );
        asks(
            "The message is clear: It is time for the States to act.",
            "it is time for",
        );
        asks(
            "We believe it is important for the commission to reflect all views.",
            "it is important for",
        );
        asks(
            "The NGO sector calls not to adopt the bill.",
            "calls not to",
        );
        asks(
            "Concerns were raised about torture, and the need to prosecute the perpetrators \
             was stressed.",
            "the need … was stressed",
        );
        // A finding, a verb of knowing, the speaker's own reflection, a trend, a "for"
        // without its "to", and a summons in the past passive ask nothing.
        for text in [
            "It is important to note that the law was adopted in March.",
            "It is important to recognise the role of volunteers.",
            "It is crucial for us to remember the last reform.",
            "It is increasingly important to call attention to their plight.",
            "It is essential for the economy of the region.",
            "He was called not to leave the city.",
        ] {
            assert_ne!(
                rec(text).map(|r| r.0),
                Some(ItemKind::Recommendation),
                "{text}"
            );
        }
    }

    #[test]
    fn a_time_phrase_without_its_comma_ends_before_a_named_caller() {
        let kind = |text: &str| decide(text).map(|r| r.0);
        for text in [
            "On Monday the EU called on the authorities to release A, B and C.",
            "On 5 May the group urged the government to free the reporter, his lawyer and his \
             brother.",
            "Last week the committee urged the government to drop the charges, a lawyer said.",
            "On 20 January the Parliament in its urgent resolution called on the Council to \
             impose sanctions for shootings, torture and detentions.",
            "In May the rapporteur urged the authorities to stop the trial, which began in April.",
        ] {
            assert_eq!(kind(text), Some(ItemKind::Recommendation), "{text}");
        }
        // A call's noun after a possessive, a call inside a ruling's that-clause, and a
        // participle after "by" are read as before.
        for text in [
            "In response to the group's calls for their release the ministry said nothing, and \
             the prosecutors declined to comment.",
            "In its ruling the court found that the videos had called for unrest, a charge the \
             lawyers rejected.",
            "On Monday as urged by the group the ministry met the families, who left satisfied.",
        ] {
            assert_ne!(kind(text), Some(ItemKind::Recommendation), "{text}");
        }
    }

    #[test]
    fn a_call_told_by_its_fate_or_a_text_describing_itself_asks_nothing() {
        let rules = ImportRules::builtin();
        let why =
            |text: &str| sentence(text, &rules).map(|d| (d.kind, d.evidence.rule, d.evidence.cue));
        for (text, rule) in [
            (
                "The government has rejected the Council's call to release the prisoners.",
                "rejected call",
            ),
            (
                "Officials turned down calls to open an inquiry into the deaths.",
                "rejected call",
            ),
            (
                "The two men had their appeal for a pardon rejected in 2019.",
                "rejected call",
            ),
            (
                "Requests on his state of health were sent to the prison service.",
                "rejected call",
            ),
            (
                "It also makes recommendations for steps that the authorities should take.",
                "self-description",
            ),
            (
                "This report describes the cases, and identifies key recommendations that Example \
                 Watch, Example Bureau and the Example Centre urge the EU to raise.",
                "self-description",
            ),
        ] {
            let (kind, found, _) = why(text).expect(text);
            assert_eq!(
                (kind, found.as_str()),
                (ItemKind::Paragraph, rule),
                "{text}"
            );
        }
        // The writer's own call after a refusal, a report that calls, a call whose "how"
        // clause holds a passive, and a stated need past "to take" still ask.
        for text in [
            "We urge the government to heed the calls to release him.",
            "This report calls on the government to release the prisoners.",
            "The appeal contains a demand to conduct an inquiry into how the arrests were made.",
            "It is important to take urgent steps to free the reporters.",
        ] {
            assert_eq!(
                why(text).map(|d| d.0),
                Some(ItemKind::Recommendation),
                "{text}"
            );
        }
        assert_eq!(
            why("It is important to take into account the wording of the law.").map(|d| d.0),
            None
        );
        let law = why(
            "The authorities have an obligation to respect and protect the right to freedom of \
             expression.",
        );
        assert_eq!(
            law.map(|d| (d.0, d.1)),
            Some((ItemKind::Paragraph, "statement of law".to_string()))
        );
        assert_eq!(
            why("The office has a duty to investigate the beatings.").map(|d| d.0),
            Some(ItemKind::Recommendation)
        );
        assert_eq!(
            why("Some in the EU have argued that the sanctions should be dropped.").map(|d| d.1),
            Some("others' view".to_string())
        );
    }

    #[test]
    fn a_pronoun_object_never_stands_for_its_own_verbs_subject() {
        let addressee = |text: &str| decide(text).and_then(|(_, _, a)| a);
        // The subject of "called on them" is not who "them" is: no addressee rather than a
        // wrong one.
        assert_eq!(
            addressee(
                "The foreign organisations in the country called on them to voice their concern."
            ),
            None
        );
        // Joined by "and", the actor named before is the antecedent.
        assert_eq!(
            addressee("We welcome the steps taken by the authorities and urge them to do more.")
                .as_deref(),
            Some("the authorities")
        );
    }

    #[test]
    fn a_body_named_by_its_field_keeps_its_field_up_to_the_determiner() {
        let rules = ImportRules::builtin();
        let phrase = |w: &[&str]| actor_phrase(w, &rules);
        assert_eq!(
            phrase(&["the", "Central", "Election", "Commission"]).as_deref(),
            Some("the Central Election Commission")
        );
        assert_eq!(
            phrase(&["the", "EU", "foreign", "policy", "service"]).as_deref(),
            Some("the EU foreign policy service")
        );
        // A determiner already found, a function word, or a verb of saying ends the phrase.
        assert_eq!(
            phrase(&["The", "group", "said", "the", "EU"]).as_deref(),
            Some("the EU")
        );
        assert_eq!(
            phrase(&["the", "release", "of", "detained", "authorities"]).as_deref(),
            Some("authorities")
        );
    }

    #[test]
    fn a_subject_after_a_conjunction_names_no_conjunction_and_a_pronoun_no_one() {
        let rules = ImportRules::builtin();
        assert_eq!(actor_phrase(&["and", "they"], &rules), None);
        assert_eq!(
            actor_phrase(&["but", "the", "authorities"], &rules).as_deref(),
            Some("the authorities")
        );
        assert_eq!(
            actor_phrase(&["the", "authorities"], &rules).as_deref(),
            Some("the authorities")
        );
    }

    #[test]
    fn an_appeal_with_a_request_asks_past_a_long_list_of_addressees() {
        let r = decide(
            "Representatives of the clinics appealed to the embassies and consulates of the \
             European Union member states and the United Kingdom in Almaty with a request not \
             to let the officials in.",
        )
        .expect("cue");
        assert_eq!(r.0, ItemKind::Recommendation);
        assert_ne!(
            decide(
                "The lawyers appealed to the district court of the capital and the regional \
                 court of appeal in the south of the country with a request to review the case."
            )
            .map(|r| r.0),
            Some(ItemKind::Recommendation)
        );
    }

    #[test]
    fn a_sentence_knows_the_lists_its_words_hold() {
        let rules = ImportRules::builtin();
        let text = "The court, calling it a mistake, said the law must be changed.";
        let lower = text.to_ascii_lowercase();
        let read = ReadText::new(text, &lower, &rules);
        let words = read.words(0, usize::MAX);
        assert!(words.holds(CueList::ObligationWords));
        assert!(words.holds_fixed(CALLING_PARTICIPLE));
        assert!(!words.holds_fixed(PASSIVE_CALL));
        // Every word a gated rule reads is in its fixed list, so the gate passes no sentence
        // the rule would decide.
        for (bit, list) in [
            (CALLING_PARTICIPLE, CALLING_PARTICIPLES),
            (CALL_FORM, CALL_FORMS),
            (PASSIVE_CALL, PASSIVE_CALL_WORDS),
        ] {
            for word in list {
                let lower = word.to_string();
                let read = ReadText::new(word, &lower, &rules);
                assert!(read.words(0, 1).holds_fixed(bit), "{word}");
            }
        }
        let plain = "The weather was fine in the capital all week.";
        let lower = plain.to_ascii_lowercase();
        let read = ReadText::new(plain, &lower, &rules);
        let words = read.words(0, usize::MAX);
        assert!(!words.holds(CueList::RecommendingVerbs));
        assert!(!words.holds(CueList::ObligationWords));
        assert_eq!(joined_recommendation(&words, 1, false, &rules), None);
    }
    #[test]
    fn a_call_joined_to_a_past_perfect_shares_its_had() {
        // "had raised … and urged": the call is told as background, even past a list's "and".
        assert!(!rec(
            "The groups had raised concerns regarding forced labour in the cotton, silk and other sectors and urged the Parliament to act."
        ));
        assert!(!rec(
            "The groups had repeatedly and publicly urged the Parliament to act."
        ));
        // A call in the simple past after a clause in the present is the story's own.
        assert!(rec(
            "The groups have raised concerns about forced labour and urged the Parliament to act."
        ));
        assert!(rec(
            "The groups raised concerns about forced labour and urged the Parliament to act."
        ));
    }
    #[test]
    fn a_necessity_reported_after_a_verb_of_saying_is_backshifted_and_may_split_its_infinitive() {
        assert!(rec("It is important to fully investigate the allegations."));
        assert!(rec(
            "The minister said on Wednesday it was important to fully and transparently investigate the claims."
        ));
        // Not a necessity told in the past without a verb of saying, nor one to know.
        assert!(!rec("In 2010 it was important to investigate the claims."));
        assert!(!rec(
            "The minister said it was important to note that an inquiry had been promised."
        ));
    }
    #[test]
    fn a_need_backshifted_before_its_closing_speaker_asks() {
        assert!(rec("As well as changing its laws, the government needed to change how officials act, she added."));
        assert!(rec("The authorities needed to open the border crossings at once, the Special Rapporteur said."));
        // The story's own past need, with no speaker closing it, tells.
        assert!(!rec(
            "The government needed to borrow money to pay the salaries of teachers."
        ));
    }
    #[test]
    fn a_call_word_closed_by_a_comma_is_a_noun() {
        assert!(!rec(
            "The government, in addition to chasing critics with extradition requests, has also harassed their families."
        ));
        assert!(rec(
            "The Committee requests the State party to release them."
        ));
    }
}
