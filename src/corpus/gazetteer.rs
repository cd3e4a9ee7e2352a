//! The gazetteer: which country a name, adjective, demonym, city or leader refers to, and
//! which countries a region name ("Central Asia") stands for, which phrases stand for the countries
//! a report covers ("the region", "all three countries"), and how organisation names look, so
//! that "Central Asia Institute" or "Foreign Policy Centre" is never read as a place or a theme.
//! Kept in `data/gazetteer.toml`.

use std::ops::Range;

use serde::Deserialize;

use std::collections::HashSet;

use super::phrases::{PhraseEnd, PhraseMatch, PhraseSet, RuleHash};
use super::rules::parse_rules_toml;
use super::LoadError;
use crate::text::{fold, slug};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct GazetteerFile {
    #[serde(default)]
    report_regions: Vec<String>,
    #[serde(default)]
    organisation_words: Vec<String>,
    #[serde(default)]
    organisation_connectors: Vec<String>,
    #[serde(default)]
    country: Vec<CountryEntry>,
    #[serde(default)]
    region: Vec<RegionEntry>,
}

/// One country of the gazetteer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryEntry {
    /// English short name, as used everywhere in steppe.
    pub name: String,
    /// ISO 3166 alpha-2 and alpha-3 codes.
    #[serde(default)]
    pub iso: Vec<String>,
    /// A subject country of the reader (the five Central Asian states by default).
    #[serde(default)]
    pub focus: bool,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A region name that stands for several countries.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionEntry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub countries: Vec<String>,
}

/// A name from the rules as it is shown: sanitised, whitespace collapsed.
fn clean(name: &mut String) {
    *name = crate::text::normalize_whitespace(name);
}

/// Country and region names, ready for matching.
///
/// Parsing keeps the names (what `@country` filters, `compare`, `list` and the reader need);
/// the phrase sets and look-up tables the importer matches text with ([`GazetteerSets`]) are
/// built the first time one of them is read.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    pub countries: Vec<CountryEntry>,
    pub regions: Vec<RegionEntry>,
    /// Phrases that stand for the countries the report covers, as written in the file.
    report_region_phrases: Vec<String>,
    /// Organisation words and connectors, as written in the file.
    organisation_word_list: Vec<String>,
    organisation_connector_list: Vec<String>,
    /// Built from the lists above when first read.
    sets: std::sync::OnceLock<GazetteerSets>,
}

/// The gazetteer's phrase sets and tables, built from its names when first read.
#[derive(Debug, Clone)]
struct GazetteerSets {
    countries_set: PhraseSet,
    regions_set: PhraseSet,
    /// A substring search for each folded region name and alias.
    region_finders: Vec<(memchr::memmem::Finder<'static>, usize)>,
    /// Folded name, ISO code or alias → country index.
    exact_names: std::collections::HashMap<String, usize, RuleHash>,
    /// Phrases that stand for the countries the report covers.
    report_regions: PhraseSet,
    /// Folded words that end or head an organisation's name ("centre", "foundation").
    organisation_words: HashSet<String, RuleHash>,
    /// Folded small words allowed inside an organisation's name ("for", "of").
    organisation_connectors: Vec<String>,
    /// Whether every organisation word is letters and digits only (see
    /// [`Gazetteer::organisation_spans_in`]).
    organisation_words_plain: bool,
    /// The first bytes of the organisation words (one bit each).
    organisation_firsts: [u64; 4],
    /// The lengths of the organisation words (one bit each; 63 stands for 63 and more).
    organisation_lengths: u64,
}

impl GazetteerSets {
    /// The sets and tables of `g`'s names.
    fn build(g: &Gazetteer) -> Self {
        let mut countries_set = PhraseSet::default();
        // (Sized once for every name: a map grown while filled rehashes what it holds.)
        let names: usize = g
            .countries
            .iter()
            .map(|c| 1 + c.iso.len() + c.aliases.len())
            .sum();
        let mut exact_names =
            std::collections::HashMap::with_capacity_and_hasher(names, RuleHash::default());
        // (Each name folded once, for both.)
        for (index, country) in g.countries.iter().enumerate() {
            let name = fold(&country.name);
            countries_set.add(&name, PhraseEnd::Word, index);
            exact_names.entry(name).or_insert(index);
            for iso in &country.iso {
                exact_names.entry(fold(iso)).or_insert(index);
            }
            for alias in &country.aliases {
                let alias = fold(alias);
                countries_set.add(&alias, PhraseEnd::Word, index);
                exact_names.entry(alias).or_insert(index);
            }
        }
        let mut regions_set = PhraseSet::default();
        let mut region_finders = Vec::new();
        for (index, region) in g.regions.iter().enumerate() {
            for name in std::iter::once(&region.name).chain(&region.aliases) {
                let folded = fold(name);
                regions_set.add(&folded, PhraseEnd::Word, index);
                if !folded.is_empty() {
                    let finder = memchr::memmem::Finder::new(folded.as_bytes()).into_owned();
                    region_finders.push((finder, index));
                }
            }
        }
        let mut report_regions = PhraseSet::default();
        for (index, phrase) in g.report_region_phrases.iter().enumerate() {
            report_regions.add_owned(fold(phrase.trim()), PhraseEnd::Word, index);
        }
        let fold_all = |words: &[String]| words.iter().map(|w| fold(w.trim())).collect();
        let organisation_words: HashSet<String, RuleHash> = g
            .organisation_word_list
            .iter()
            .map(|w| fold(w.trim()))
            .collect();
        let mut organisation_firsts = [0u64; 4];
        let mut organisation_lengths = 0u64;
        for word in &organisation_words {
            if let Some(&b) = word.as_bytes().first() {
                organisation_firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            }
            organisation_lengths |= 1 << word.len().min(63);
        }
        GazetteerSets {
            organisation_firsts,
            organisation_lengths,
            organisation_words_plain: organisation_words
                .iter()
                .all(|w| !w.is_empty() && w.chars().all(char::is_alphanumeric)),
            organisation_words,
            organisation_connectors: fold_all(&g.organisation_connector_list),
            countries_set,
            regions_set,
            region_finders,
            exact_names,
            report_regions,
        }
    }

    /// Whether an organisation word may have `len` bytes.
    fn organisation_length(&self, len: usize) -> bool {
        self.organisation_lengths & 1 << len.min(63) != 0
    }
}

impl Gazetteer {
    /// Parses a gazetteer file; `path` is used in error messages.
    pub fn parse(text: &str, path: &str) -> Result<Self, LoadError> {
        let mut file: GazetteerFile = parse_rules_toml(text, path)?;
        // Names are shown (country tree, list, export): cleaned once, here, like report text.
        for country in &mut file.country {
            clean(&mut country.name);
            country
                .iso
                .iter_mut()
                .chain(&mut country.aliases)
                .for_each(clean);
        }
        for region in &mut file.region {
            clean(&mut region.name);
            region
                .aliases
                .iter_mut()
                .chain(&mut region.countries)
                .for_each(clean);
        }
        for region in &file.region {
            for name in &region.countries {
                if !file.country.iter().any(|c| &c.name == name) {
                    return Err(LoadError::Rules {
                        path: path.to_string(),
                        message: format!("region {:?} names unknown country {name:?}", region.name),
                    });
                }
            }
        }
        Ok(Gazetteer {
            countries: file.country,
            regions: file.region,
            report_region_phrases: file.report_regions,
            organisation_word_list: file.organisation_words,
            organisation_connector_list: file.organisation_connectors,
            sets: std::sync::OnceLock::new(),
        })
    }

    /// The phrase sets and tables, built when first read.
    #[inline]
    fn sets(&self) -> &GazetteerSets {
        self.sets.get_or_init(|| GazetteerSets::build(self))
    }

    /// Countries named in folded text, in order of first mention, each once.
    pub fn countries_in(&self, folded: &str) -> Vec<&str> {
        self.countries_found(&self.sets().countries_set.find_all(folded), folded)
    }

    /// Whether the match at `at` of `folded` names a people, not a state: a demonym after
    /// "ethnic" ("an ethnic Uzbek", "ethnic Kyrgyz and Tajiks") is a minority where it lives.
    fn people_not_state(folded: &str, at: usize) -> bool {
        folded
            .get(..at)
            .is_some_and(|before| before.ends_with("ethnic ") || before.ends_with("ethnic-"))
    }

    /// [`Gazetteer::countries_in`] from the matches of the countries' phrase set (the first of
    /// [`Gazetteer::item_sets`]) in `folded`.
    pub(crate) fn countries_found(&self, matches: &[PhraseMatch], folded: &str) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for m in matches
            .iter()
            .filter(|m| !Self::people_not_state(folded, m.at))
        {
            let name = self.countries[m.payload].name.as_str();
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }

    /// The phrase sets read in every item by the tagging pass: countries, report regions ("the
    /// region"), regions; to be searched in one pass with other sets
    /// ([`super::phrases::find_all_of`]).
    pub(crate) fn item_sets(&self) -> [&PhraseSet; 3] {
        let sets = self.sets();
        [&sets.countries_set, &sets.report_regions, &sets.regions_set]
    }

    /// Countries named in folded text with the byte offset of each mention (every mention).
    pub fn mentions_in(&self, folded: &str) -> Vec<(&str, usize)> {
        self.mentions_found(&self.sets().countries_set.find_all(folded), folded)
    }

    /// [`Gazetteer::mentions_in`] from the matches of the countries' phrase set (the first of
    /// [`Gazetteer::item_sets`]) in `folded`.
    pub(crate) fn mentions_found(
        &self,
        matches: &[PhraseMatch],
        folded: &str,
    ) -> Vec<(&str, usize)> {
        matches
            .iter()
            .filter(|m| !Self::people_not_state(folded, m.at))
            .map(|m| (self.countries[m.payload].name.as_str(), m.at))
            .collect()
    }

    /// The country folded text opens with (its name, demonym, city or leader) and the byte
    /// offset where that name ends.
    pub fn leading_country(&self, folded: &str) -> Option<(&str, usize)> {
        self.sets()
            .countries_set
            .find_all(folded)
            .into_iter()
            .find(|m| m.at == 0)
            .map(|m| (self.countries[m.payload].name.as_str(), m.len))
    }

    /// Every region named in folded text at a word's start: its countries, and the byte range
    /// of the name (a name inside a longer one, "central asia" in "central asian", is found too).
    pub fn region_mentions_in(&self, folded: &str) -> Vec<(&[String], Range<usize>)> {
        // (A plain substring search for each name: most texts name no region.)
        let bytes = folded.as_bytes();
        let mut out = Vec::new();
        for (finder, index) in &self.sets().region_finders {
            for at in finder.find_iter(bytes) {
                if at == 0 || !folded[..at].ends_with(char::is_alphanumeric) {
                    let range = at..at + finder.needle().len();
                    out.push((&self.regions[*index].countries[..], range));
                }
            }
        }
        out
    }

    /// Countries of the regions named in folded text.
    pub fn region_countries_in(&self, folded: &str) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for m in self.sets().regions_set.find_all(folded) {
            for name in &self.regions[m.payload].countries {
                if !names.contains(&name.as_str()) {
                    names.push(name);
                }
            }
        }
        names
    }

    /// True when `text` refers to a region or to "the region", "all three countries" outside
    /// the `masked` byte ranges (organisation names): such an item is about all of the report's
    /// countries.
    pub fn refers_to_report_countries(&self, text: &str, masked: &[Range<usize>]) -> bool {
        let (folded, offsets) = crate::text::fold_with_offsets(text);
        self.refers_to_report_countries_folded(&folded, &offsets, masked)
    }

    /// [`Gazetteer::refers_to_report_countries`] of a text already folded by
    /// [`crate::text::fold_with_offsets`].
    pub fn refers_to_report_countries_folded(
        &self,
        folded: &str,
        offsets: &[usize],
        masked: &[Range<usize>],
    ) -> bool {
        let sets = self.sets();
        let [report_regions, regions] =
            super::phrases::find_all_of([&sets.report_regions, &sets.regions_set], folded);
        Self::refers_found(&report_regions, &regions, offsets, masked)
    }

    /// [`Gazetteer::refers_to_report_countries_folded`] from the matches of the report-region
    /// and region sets (the second and third of [`Gazetteer::item_sets`]).
    pub(crate) fn refers_found(
        report_regions: &[PhraseMatch],
        regions: &[PhraseMatch],
        offsets: &[usize],
        masked: &[Range<usize>],
    ) -> bool {
        let outside = |at: usize| {
            let original = offsets.get(at).copied().unwrap_or(0);
            !masked.iter().any(|r| r.contains(&original))
        };
        report_regions
            .iter()
            .chain(regions.iter())
            .any(|m| outside(m.at))
    }

    /// [`Gazetteer::organisation_spans`] of `text`, given its fold with offsets
    /// ([`crate::text::fold_with_offsets`]) and the words of the fold (runs of letters and
    /// digits). A name needs a capitalised organisation word; in a text that folds word for word
    /// ([`folds_word_for_word`]) such a word is one of those words, capitalised, and a text
    /// without one is not read again.
    pub(crate) fn organisation_spans_in(
        &self,
        text: &str,
        folded: &str,
        offsets: &[usize],
        words: &[super::phrases::Span],
    ) -> Vec<Range<usize>> {
        let sets = self.sets();
        if sets.organisation_words_plain {
            let bytes = folded.as_bytes();
            let original = text.as_bytes();
            let named = words.iter().any(|w| {
                // Cheap tests first: a capital in the text, the first byte and length of an
                // organisation word (or of the word without its final "s"s), then the set.
                let at = offsets.get(w.start as usize).copied().unwrap_or(0);
                let capitalised = match original.get(at) {
                    Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
                    _ => crate::text::char_at(text, at).0.is_uppercase(),
                };
                if !capitalised {
                    return false;
                }
                let word = &bytes[w.range()];
                let first = word.first().is_some_and(|&b| {
                    sets.organisation_firsts[usize::from(b >> 6)] & 1 << (b & 63) != 0
                });
                if !first {
                    return false;
                }
                let base = word.len() - word.iter().rev().take_while(|&&b| b == b's').count();
                (sets.organisation_length(word.len()) || sets.organisation_length(base)) && {
                    let word = &folded[w.range()];
                    sets.organisation_words.contains(word)
                        || sets.organisation_words.contains(&word[..base])
                }
            });
            if !named && folds_word_for_word(text) {
                return Vec::new();
            }
        }
        self.organisation_spans(text)
    }

    /// Byte ranges of `text` holding organisation names: runs of capitalised words (with small
    /// connecting words and quoted names inside) that contain one of `organisation_words`, such
    /// as "Foreign Policy Centre", "Central Asia Institute for Strategic Studies", "University of
    /// Central Asia" or "Public Foundation “Nota Bene”".
    pub fn organisation_spans(&self, text: &str) -> Vec<Range<usize>> {
        let sets = self.sets();
        let mut spans = Vec::new();
        // The current run: its start, the end of its last capitalised word, and whether it has
        // an organisation word.
        let mut run: Option<(usize, usize, bool, usize)> = None;
        let mut close = |run: &mut Option<(usize, usize, bool, usize)>| {
            if let Some((start, end, org, words)) = run.take() {
                if org && words >= 2 {
                    spans.push(start..end);
                }
            }
        };
        let mut folded = String::new();
        let bytes = text.as_bytes();
        let char_at = |i: usize| crate::text::char_at(text, i);
        // Whether the alphanumeric character at `p` starts a word: going back over the word
        // characters before it ('-', apostrophes), no letter or digit comes first.
        let starts_word = |p: usize| {
            text[..p]
                .chars()
                .rev()
                .find(|&c| !matches!(c, '-' | '\'' | '’'))
                .is_none_or(|c| !c.is_alphanumeric())
        };
        let mut rest_start = 0;
        while rest_start < text.len() {
            if run.is_none() {
                // Outside a name only a capitalised word matters (others change nothing): go
                // to the next one, reading bytes that cannot start an uppercase letter quickly.
                let mut p = rest_start;
                let next = loop {
                    p = next_uppercase_or_lead(bytes, p);
                    if p >= bytes.len() {
                        break None;
                    }
                    let (c, width) = char_at(p);
                    if c.is_uppercase() && starts_word(p) {
                        break Some(p);
                    }
                    p += width;
                };
                match next {
                    Some(p) => rest_start = p,
                    None => break,
                }
            }
            let mut start = rest_start;
            while start < bytes.len() {
                let (c, width) = char_at(start);
                if c.is_alphanumeric() {
                    break;
                }
                start += width;
            }
            if start >= bytes.len() {
                break;
            }
            let between = &text[rest_start..start];
            let mut end = start;
            while end < bytes.len() {
                if crate::text::is_ascii_word_byte(bytes[end]) {
                    end += 1;
                    continue;
                }
                let (c, width) = char_at(end);
                if !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’') {
                    break;
                }
                end += width;
            }
            let len = end - start;
            let word = &text[start..end];
            rest_start = start + len.max(1);
            // Punctuation other than spaces, quotes and "&" ends a name.
            if between != " "
                && between
                    .chars()
                    .any(|c| !(c.is_whitespace() || "“”\"'‘’«»&".contains(c)))
            {
                close(&mut run);
            }
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            // Folded only where it is looked up: in a capitalised word, or inside a name.
            if !capitalised && run.is_none() {
                continue;
            }
            let bare = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("’s"))
                .unwrap_or(word)
                .trim_end_matches(['\'', '’']);
            // Folded into one buffer reused for every word (ASCII words are only lowercased).
            folded.clear();
            if bare.is_ascii() {
                folded.push_str(bare);
                folded.make_ascii_lowercase();
            } else {
                folded.push_str(&fold(bare));
            }
            let folded = folded.as_str();
            if capitalised {
                let singular = folded.trim_end_matches('s');
                let org = sets.organisation_words.contains(folded)
                    || sets.organisation_words.contains(singular);
                match &mut run {
                    Some((_, end, has_org, words)) => {
                        *end = start + len;
                        *has_org |= org;
                        *words += 1;
                    }
                    None => run = Some((start, start + len, org, 1)),
                }
            } else if run.is_some() && sets.organisation_connectors.iter().any(|c| c == folded) {
                // "for", "of": part of the name only if a capitalised word follows.
            } else {
                close(&mut run);
            }
        }
        close(&mut run);
        spans
    }

    /// The country whose name, ISO code or alias is exactly `word` (folded comparison).
    pub fn exact(&self, word: &str) -> Option<&CountryEntry> {
        let names = &self.sets().exact_names;
        let word = word.trim();
        // (An ASCII word folds to its lowercase, made on the stack.)
        let index = if word.is_ascii() {
            crate::text::with_ascii_lowercase(word, |w| names.get(w).copied())
        } else {
            names.get(&fold(word)).copied()
        };
        index.map(|index| &self.countries[index])
    }

    /// True when the country is one of the reader's subject countries.
    pub fn is_focus(&self, name: &str) -> bool {
        self.countries.iter().any(|c| c.name == name && c.focus)
    }

    /// Countries matching a user's query: ISO code or name exactly, else the countries whose
    /// name starts with it, else those with an alias (demonym, city, leader) that does (folded):
    /// "ka" is Kazakhstan, not also Uzbekistan for "Karakalpak". A name may also be given as
    /// its slug ("united-states", as shell completion offers it, since a space would split it).
    /// Used by `@kaz` search filters and `compare A B`.
    pub fn lookup(&self, query: &str) -> Vec<&CountryEntry> {
        let q = fold(query.trim());
        if q.is_empty() {
            return Vec::new();
        }
        let q_slug = slug(&q);
        let slug_is = |name: &str| !q_slug.is_empty() && slug(name) == q_slug;
        if let Some(c) = self.countries.iter().find(|c| {
            c.iso.iter().any(|code| fold(code) == q) || fold(&c.name) == q || slug_is(&c.name)
        }) {
            return vec![c];
        }
        let by_name: Vec<&CountryEntry> = self
            .countries
            .iter()
            .filter(|c| {
                fold(&c.name).starts_with(&q)
                    || (q.contains('-') && slug(&c.name).starts_with(&q_slug))
            })
            .collect();
        if !by_name.is_empty() {
            return by_name;
        }
        self.countries
            .iter()
            .filter(|c| c.aliases.iter().any(|a| fold(a).starts_with(&q)))
            .collect()
    }
}

/// Whether every run of letters and digits of `text` folds ([`crate::text::fold`]) to exactly
/// one run of letters and digits of the folded text, and every other character to characters
/// that are neither: true when all its characters are ASCII, common punctuation beyond ASCII
/// (quotes, dashes, spaces, "…", "•", "×", "÷") or letters of the Latin-1, Latin Extended-A
/// and Cyrillic blocks that are not combining marks (they fold to letters). Combining marks,
/// which folding drops, would join two runs.
fn folds_word_for_word(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII, eight bytes at a time.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            if u64::from_le_bytes(word) & 0x8080_8080_8080_8080 == 0 {
                i += 8;
                continue;
            }
        }
        if bytes[i] < 0x80 {
            i += 1;
            continue;
        }
        let (c, width) = crate::text::char_at(text, i);
        let plain = match c {
            '\u{2018}'..='\u{201f}'
            | '\u{2010}'..='\u{2015}'
            | '\u{a0}'
            | '\u{2000}'..='\u{200a}'
            | '\u{202f}'
            | '\u{2026}'
            | '\u{2022}'
            | '\u{ab}'
            | '\u{bb}'
            | '\u{d7}'
            | '\u{f7}' => true,
            '\u{c0}'..='\u{17f}' | '\u{400}'..='\u{4ff}' => {
                c.is_alphabetic() && !unicode_normalization::char::is_combining_mark(c)
            }
            _ => false,
        };
        if !plain {
            return false;
        }
        i += width;
    }
    true
}

/// The first position from `from` of an ASCII capital letter or of a byte that can start a
/// character beyond ASCII of two bytes or more (0xC0 and up), or the end of `bytes`: eight
/// bytes are tested at a time.
fn next_uppercase_or_lead(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut p = from;
    while let Some(chunk) = bytes.get(p..p + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // A lane from 0xC0 up has its two high bits set.
        let lead = x & (x << 1) & HIGHS;
        // An ASCII lane from 'A' to 'Z': adding 0x80 - 'A' sets its high bit, adding
        // 0x80 - ('Z' + 1) does not (no lane carries: each stays below 0x100).
        let low = x & !HIGHS;
        let from_a = low + ONES * (0x80 - u64::from(b'A'));
        let past_z = low + ONES * (0x80 - u64::from(b'Z') - 1);
        let upper = from_a & !past_z & !x & HIGHS;
        if lead | upper != 0 {
            break;
        }
        p += 8;
    }
    while p < bytes.len() && !(bytes[p].is_ascii_uppercase() || bytes[p] >= 0xc0) {
        p += 1;
    }
    p
}

#[cfg(test)]
mod tests {
    use crate::corpus::ImportRules;
    use crate::text::{fold, fold_with_offsets};

    #[test]
    fn demonyms_cities_and_leaders_resolve() {
        let g = ImportRules::builtin().gazetteer;
        let text = fold(
            "Tajik authorities in Dushanbe; President Tokayev; the Karakalpak blogger; Bishkek",
        );
        assert_eq!(
            g.countries_in(&text),
            vec!["Tajikistan", "Kazakhstan", "Uzbekistan", "Kyrgyzstan"]
        );
        assert_eq!(
            g.region_countries_in(&fold("Central Asia’s civil society"))
                .len(),
            5
        );
    }

    #[test]
    fn organisation_names_found_from_the_words_are_those_read_from_the_text() {
        let rules = ImportRules::builtin();
        let g = &rules.gazetteer;
        let mut texts: Vec<String> = [
            "Launched by the Foreign Policy Centre in London.",
            "The Central Asia Institute for Strategic Studies said so.",
            "Public Foundation “Nota Bene” and the University of Central Asia’s staff",
            "the centre of the city; an office; a fund",
            "The Centres’ work, the Institutes's and the Bureau-Centre",
            "Ǆemal’s Fondation e\u{301}tude Institute Centre\u{301}x Watch",
            "Қазақстан Бюро Centre Human Rights Watch × ÷ … • «Freedom House»",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(
            crate::corpus::load_builtin()
                .corpus
                .items()
                .map(|(_, _, item)| item.text.clone()),
        );
        for text in &texts {
            let (folded, offsets) = fold_with_offsets(text);
            let mut words = Vec::new();
            crate::corpus::phrases::words_into(&folded, &mut words);
            assert_eq!(
                g.organisation_spans_in(text, &folded, &offsets, &words),
                g.organisation_spans(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_next_capital_is_found_eight_bytes_at_a_time() {
        for text in [
            "",
            "abc",
            "all lowercase words here and there",
            "seven b Eight bytes later Z",
            "ünïcödé after ascii text, then Capital",
            "@[`{ AZ az \u{7f}\u{80}",
        ] {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let expected = (from..bytes.len())
                    .find(|&p| bytes[p].is_ascii_uppercase() || bytes[p] >= 0xc0)
                    .unwrap_or(bytes.len());
                assert_eq!(
                    super::next_uppercase_or_lead(bytes, from),
                    expected,
                    "{text:?} from {from}"
                );
            }
        }
    }

    #[test]
    fn the_phrase_sets_are_built_when_first_read_and_unknown_countries_refused_at_once() {
        let text = "[[country]]\nname = \"Kazakhstan\"\niso = [\"KZ\"]\naliases = [\"Astana\"]\n\n[[region]]\nname = \"Steppe\"\ncountries = [\"Kazakhstan\"]\n";
        let g = super::Gazetteer::parse(text, "g.toml").unwrap();
        assert_eq!(g.lookup("kz")[0].name, "Kazakhstan");
        assert!(
            g.sets.get().is_none(),
            "looking a country up builds no phrase set"
        );
        assert_eq!(g.countries_in(&fold("in Astana")), vec!["Kazakhstan"]);
        assert_eq!(
            g.region_countries_in(&fold("the Steppe")),
            vec!["Kazakhstan"]
        );
        assert!(g.sets.get().is_some());
        let text = text.replace("countries = [\"Kazakhstan\"]", "countries = [\"Atlantis\"]");
        let err = super::Gazetteer::parse(&text, "g.toml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("names unknown country \"Atlantis\""), "{err}");
    }

    #[test]
    fn lookup_by_prefix_and_iso() {
        let g = ImportRules::builtin().gazetteer;
        assert_eq!(g.lookup("kaz")[0].name, "Kazakhstan");
        assert_eq!(g.lookup("KG")[0].name, "Kyrgyzstan");
        assert_eq!(g.lookup("tajikistan")[0].name, "Tajikistan");
        assert!(g.lookup("zzz").is_empty());
        // A name prefix wins over aliases: "ka" is not also Uzbekistan ("Karakalpak").
        let names =
            |q: &str| -> Vec<String> { g.lookup(q).iter().map(|c| c.name.clone()).collect() };
        assert_eq!(names("ka"), vec!["Kazakhstan"]);
        assert_eq!(names("turk"), vec!["Turkmenistan", "Turkey"]);
        // With no name that fits, aliases (leaders, cities, demonyms) do.
        assert_eq!(names("tokayev"), vec!["Kazakhstan"]);
        assert_eq!(names("karakalpak"), vec!["Uzbekistan"]);
        // Slugs, as shell completion offers names with spaces and apostrophes.
        assert_eq!(names("united-states"), vec!["United States"]);
        assert_eq!(names("United-King"), vec!["United Kingdom"]);
        assert_eq!(names("cote-d-ivoire"), vec!["Côte d'Ivoire"]);
        assert_eq!(names("guinea-bissau"), vec!["Guinea-Bissau"]);
    }
}
