//! The tagging pass, run on each report after import: countries mentioned besides an item's
//! own, themes with their evidence, action categories of recommendations (`super::actions`),
//! and region references ("the region", "all three countries", "Central Asian governments")
//! expanded to the report's countries. Organisation names are masked for both ("Central Asia Institute" is not a
//! place; "Foreign Policy Centre" is not geopolitics).
//!
//! Each item's words are read once, by an [`ItemReader`] the section builder owns: it folds
//! the text, splits it into words and searches every phrase set of [`item_sets`] in them, and
//! the section builder reads the countries a paragraph or list item names from the same words
//! ([`ItemReader::mentions`]); a paragraph the subject pass read ahead for its countries
//! ([`ItemReader::of`]) is taken up by that reader ([`ItemReader::take_up`]), not read again.
//! What depends on the item's words alone (its themes, its hash,
//! the countries and regions it names, a recommendation's action) is taken there, as the item
//! is made ([`ItemReader::tag`]); [`tag_report`] then does what depends on the whole report
//! (its countries, the list an item belongs to, kinds changed after the sections were built).

use super::gazetteer::Gazetteer;
use super::model::{Item, ItemKind, Report};
use super::phrases::{words_into, PhraseMatch, PhraseSets, Span};
use super::rules::ImportRules;
use super::themes::{ThemeRules, ThemeScratch};

/// The phrase sets read in every item, searched together: the theme rules' skips, masks,
/// context cues and keywords, then the gazetteer's countries, report regions and regions.
pub(crate) fn item_sets(themes: &ThemeRules, gazetteer: &Gazetteer) -> PhraseSets {
    let [a, b, c, d] = themes.item_sets();
    let [e, f, g] = gazetteer.item_sets();
    PhraseSets::new(&[a, b, c, d, e, f, g])
}

/// The index in [`item_sets`] of the gazetteer's countries.
const COUNTRIES: usize = 4;

/// The bits ([`PhraseSets::find_wanted`]) of the report regions and regions in [`item_sets`]
/// (the sixth and seventh): a recommendation's are not read.
const REGIONS: u64 = (1 << 5) | (1 << 6);

/// One text's words, read once and kept until the next text is read (buffers reused from text
/// to text): its fold with the offset of each folded byte in the text, the words of the fold,
/// and the matches of every set of [`item_sets`] in them.
#[derive(Debug, Default)]
pub(crate) struct ItemReader {
    /// The text read (compared with the next one asked for: the same text is not read again).
    text: String,
    /// The sets searched in it (bits of [`PhraseSets::find_wanted`]).
    searched: u64,
    folded: String,
    offsets: Vec<usize>,
    words: Vec<Span>,
    found: [Vec<PhraseMatch>; 7],
    themes: ThemeScratch,
}

/// What an item's own words tell the tagging pass, taken when the item is made
/// ([`ItemReader::tag`]): the rest of the pass needs the whole report ([`tag_report`]).
#[derive(Debug)]
pub(crate) struct ItemTags<'r> {
    /// The hash that identifies the item's text ([`super::ids::hash_words`]).
    hash: u32,
    /// The countries the item names, in order of first mention, each once.
    named: Vec<&'r str>,
    /// Whether the item refers to a region or to "the region" outside organisation names
    /// (`None` when the regions were not searched: in a recommendation).
    refers_to_region: Option<bool>,
}

impl ItemReader {
    /// Reads `text`: folds it, splits the fold into words and searches every set of
    /// [`item_sets`] in them (nothing is done when `text` is the text read last).
    pub(crate) fn read(&mut self, text: &str, rules: &ImportRules) {
        self.read_sets(text, rules, u64::MAX);
    }

    /// A reader of `text` alone, every set searched (a text read ahead of its item by another
    /// pass, taken up later by [`ItemReader::take_up`]).
    pub(crate) fn of(text: &str, rules: &ImportRules) -> Self {
        let mut reader = Self::default();
        reader.read(text, rules);
        reader
    }

    /// The plain fold of the text read ([`crate::text::fold`]) and the countries it names with
    /// their offsets there ([`Gazetteer::mentions_in`] of it), from the words read: `None` when
    /// the text folds differently here (see [`ItemReader::mentions`]).
    pub(crate) fn read_mentions<'r>(
        &self,
        rules: &'r ImportRules,
    ) -> Option<(Vec<(&'r str, usize)>, &str)> {
        self.folds_plainly().then(|| {
            let mentions = rules
                .gazetteer
                .mentions_found(&self.found[COUNTRIES], &self.folded);
            (mentions, self.folded.as_str())
        })
    }

    /// Takes up what `other` read (a text read ahead by another pass) as the text read last,
    /// keeping this reader's own scratch buffers; `other` is left with this reader's words.
    pub(crate) fn take_up(&mut self, other: &mut ItemReader) {
        std::mem::swap(&mut self.text, &mut other.text);
        std::mem::swap(&mut self.searched, &mut other.searched);
        std::mem::swap(&mut self.folded, &mut other.folded);
        std::mem::swap(&mut self.offsets, &mut other.offsets);
        std::mem::swap(&mut self.words, &mut other.words);
        std::mem::swap(&mut self.found, &mut other.found);
    }

    /// [`ItemReader::read`] searching the sets whose bit is set in `wanted` only (those of the
    /// text read last not searched yet are searched in the words read).
    fn read_sets(&mut self, text: &str, rules: &ImportRules, wanted: u64) {
        // (An empty text leaves `offsets` empty: it is read again, which costs nothing.)
        if self.text == text && !self.offsets.is_empty() {
            let missing = wanted & !self.searched;
            if missing != 0 {
                rules
                    .item_sets
                    .find_wanted(&self.folded, &self.words, &mut self.found, missing);
                self.searched |= missing;
            }
            return;
        }
        self.text.clear();
        self.text.push_str(text);
        crate::text::fold_with_offsets_into(text, &mut self.folded, &mut self.offsets);
        self.words.clear();
        words_into(&self.folded, &mut self.words);
        for list in &mut self.found {
            list.clear();
        }
        rules
            .item_sets
            .find_wanted(&self.folded, &self.words, &mut self.found, wanted);
        self.searched = wanted;
    }

    /// [`Gazetteer::mentions_in`] of the plain fold of `text` ([`crate::text::fold`]),
    /// from the words read, with that fold: `None` when `text` folds differently here (it holds
    /// an ASCII control character).
    pub(crate) fn mentions<'r>(
        &mut self,
        text: &str,
        rules: &'r ImportRules,
    ) -> Option<(Vec<(&'r str, usize)>, &str)> {
        self.read(text, rules);
        if !self.folds_plainly() {
            return None;
        }
        let mentions = rules
            .gazetteer
            .mentions_found(&self.found[COUNTRIES], &self.folded);
        Some((mentions, &self.folded))
    }

    /// [`Gazetteer::countries_in`] of the plain fold of `text`, from the words read: `None`
    /// when `text` folds differently here (see [`ItemReader::mentions`]).
    pub(crate) fn countries<'r>(
        &mut self,
        text: &str,
        rules: &'r ImportRules,
    ) -> Option<Vec<&'r str>> {
        self.read(text, rules);
        self.folds_plainly().then(|| {
            rules
                .gazetteer
                .countries_found(&self.found[COUNTRIES], &self.folded)
        })
    }

    /// `text` lowercased as [`str::to_ascii_lowercase`] lowercases it, from its fold (the same
    /// when every character is ASCII; the fold writes a space for other ASCII whitespace, which
    /// no word holds): `None` when `text` holds a character beyond ASCII.
    pub(crate) fn ascii_lower(&mut self, text: &str, rules: &ImportRules) -> Option<&str> {
        if !text.is_ascii() {
            return None;
        }
        self.read(text, rules);
        Some(&self.folded)
    }

    /// Whether the fold of the text read is its plain fold ([`crate::text::fold`], which keeps
    /// the ASCII whitespace other than the space where this one writes a space): the text holds
    /// none of it.
    fn folds_plainly(&self) -> bool {
        let bytes = self.text.as_bytes();
        memchr::memchr3(b'\t', b'\n', b'\r', bytes).is_none()
            && memchr::memchr2(0x0b, 0x0c, bytes).is_none()
    }

    /// Reads `item`'s text and takes what its words tell: its themes (with their evidence) and
    /// a recommendation's action category are set on the item, the rest is returned for
    /// [`tag_report`].
    pub(crate) fn tag<'r>(&mut self, item: &mut Item, rules: &'r ImportRules) -> ItemTags<'r> {
        // (Region references count outside recommendations only: a recommendation's regions
        // are not searched, unless its text was read for all sets already.)
        let wanted = match item.kind {
            ItemKind::Recommendation => !REGIONS,
            _ => u64::MAX,
        };
        self.read_sets(&item.text, rules, wanted);
        let regions_searched = self.searched & REGIONS == REGIONS;
        let g: &'r Gazetteer = &rules.gazetteer;
        let ItemReader {
            text,
            folded,
            offsets,
            words,
            found,
            themes,
            ..
        } = self;
        let masked = g.organisation_spans_in(text, folded, offsets, words);
        let [skips, masks, cues, keywords, countries, report_regions, regions] = &*found;
        item.theme_evidence = rules.themes.classify_found(
            text,
            folded,
            offsets,
            words,
            &masked,
            [skips, masks, cues, keywords],
            themes,
        );
        item.themes = item
            .theme_evidence
            .iter()
            .map(|e| e.theme.to_string())
            .collect();
        let action = match item.kind {
            ItemKind::Recommendation => {
                // (The opening words on the stack: a recommendation is categorised by its first
                // few words only.)
                let mut opening = [""; super::actions::WORDS_READ];
                let mut n = 0;
                for (slot, w) in opening.iter_mut().zip(words.iter()) {
                    *slot = &folded[w.range()];
                    n += 1;
                }
                super::actions::categorise_words(&opening[..n])
            }
            _ => None,
        };
        (item.action_category, item.action_evidence) = action.unzip();
        ItemTags {
            hash: super::ids::hash_words(folded, words),
            named: g.countries_found(countries, folded),
            refers_to_region: regions_searched
                .then(|| Gazetteer::refers_found(report_regions, regions, offsets, &masked)),
        }
    }
}

/// Finishes the tagging of every item of `report`: countries named besides the item's own,
/// item countries widened for region references and taken from a lead-in, and no action
/// category on an item no longer a recommendation. `tags` are the items' [`ItemTags`] in
/// reading order, as the section builder took them; an item without them is read here.
/// Returns the hash that identifies each item's text ([`super::ids::assign_hashed`]), in
/// reading order.
pub(crate) fn tag_report(
    report: &mut Report,
    rules: &ImportRules,
    tags: Vec<ItemTags<'_>>,
) -> Vec<u32> {
    let subjects = report.countries.clone();
    let mut hashes = Vec::with_capacity(report.sections.iter().map(|s| s.items.len()).sum());
    let mut tags = tags.into_iter();
    let mut reader = ItemReader::default();
    for section in &mut report.sections {
        // The paragraph ending in ':' that introduces the list items after it (its countries
        // are theirs; copied only for an item without its own).
        let mut lead_in: Option<usize> = None;
        for k in 0..section.items.len() {
            let (before, rest) = section.items.split_at_mut(k);
            let Some(item) = rest.first_mut() else {
                break;
            };
            // Region references count only outside recommendations, in a report on several
            // countries.
            let regions_read = item.kind != ItemKind::Recommendation && subjects.len() > 1;
            // (An item made a recommendation whose kind changed since is read again.)
            let tags = match tags.next() {
                Some(tags) if tags.refers_to_region.is_some() || !regions_read => tags,
                _ => reader.tag(item, rules),
            };
            hashes.push(tags.hash);
            // Countries named besides the item's own.
            item.mentions = tags
                .named
                .into_iter()
                .filter(|c| !item.countries.iter().any(|k| k == c))
                .map(str::to_string)
                .collect();
            if regions_read && tags.refers_to_region == Some(true) {
                for country in &subjects {
                    if !item.countries.contains(country) {
                        item.countries.push(country.clone());
                    }
                }
            }
            match item.kind {
                ItemKind::Paragraph => {
                    lead_in = item.text.trim_end().ends_with(':').then_some(k);
                }
                ItemKind::ListItem if item.countries.is_empty() => {
                    if let Some(lead) = lead_in.and_then(|j| before.get(j)) {
                        item.countries = lead.countries.clone();
                    }
                }
                _ => {}
            }
            let countries = &item.countries;
            item.mentions.retain(|m| !countries.contains(m));
            // (A recommendation turned into a paragraph after its sections were built, as in a
            // list of questions, has no action.)
            if item.kind != ItemKind::Recommendation {
                (item.action_category, item.action_evidence) = (None, None);
            }
        }
    }
    hashes
}

#[cfg(test)]
mod tests {
    use super::{tag_report, ItemReader};
    use crate::corpus::{load_builtin, ImportRules};
    use crate::text::fold;

    #[test]
    fn the_reader_finds_the_countries_the_plain_fold_finds() {
        let rules = ImportRules::builtin();
        let g = &rules.gazetteer;
        let mut reader = ItemReader::default();
        for text in [
            "The governments of Kazakhstan and Uzbekistan, and the Kyrgyz Republic, should act.",
            "Kazakhstan: journalists in Almaty and Nur-Sultan were detained (see Kazakhstan).",
            "No country is named here.",
            "",
        ] {
            let (mentions, folded) = reader.mentions(text, &rules).expect("plain text");
            assert_eq!(folded, fold(text));
            assert_eq!(mentions, g.mentions_in(&fold(text)), "{text}");
            // Read again (the same text is not read twice): the same countries.
            let countries = reader.countries(text, &rules).expect("plain text");
            assert_eq!(countries, g.countries_in(&fold(text)), "{text}");
        }
        // A tab folds to a space here and stays a tab in the plain fold: not answered.
        assert!(reader
            .mentions("Kazakhstan\tand Uzbekistan", &rules)
            .is_none());
        assert!(reader
            .countries("Kazakhstan\tand Uzbekistan", &rules)
            .is_none());
    }

    #[test]
    fn items_tagged_again_without_the_builders_tags_are_the_same() {
        let rules = ImportRules::builtin();
        for report in &load_builtin().corpus.reports {
            let mut again = report.clone();
            let hashes = tag_report(&mut again, &rules, Vec::new());
            assert_eq!(hashes.len(), report.items().count());
            assert_eq!(&again, report, "{}", report.id);
        }
    }

    fn countries(id: &str) -> Vec<String> {
        let loaded = load_builtin();
        let (_, _, item) = loaded.corpus.find_item(id).expect("item exists");
        let mut c = item.countries.clone();
        c.sort();
        c
    }

    #[test]
    fn region_references_expand_to_the_reports_countries() {
        let five = [
            "Kazakhstan",
            "Kyrgyzstan",
            "Tajikistan",
            "Turkmenistan",
            "Uzbekistan",
        ];
        // "the five Central Asian countries … across the region"
        assert_eq!(countries("iphr-2017-03-31-time-to-turn-the-tide.p4"), five);
        // "the authorities of the region"
        assert_eq!(countries("iphr-2017-03-31-time-to-turn-the-tide.p6"), five);
        // A list introduced by a paragraph about the region is about the region.
        assert_eq!(countries("iphr-2017-03-31-time-to-turn-the-tide.l1"), five);
        // "all three countries" in a report on three countries.
        assert_eq!(
            countries("fpc-2021-09-30-responding-to-retreating-rights.p14"),
            ["Kazakhstan", "Kyrgyzstan", "Tajikistan"]
        );
    }

    #[test]
    fn central_asia_inside_an_organisation_name_is_not_a_place() {
        // The contributors of the Kazakhstan publication include the "Central Asia Institute
        // for Strategic Studies"; the item is about Kazakhstan only.
        assert_eq!(
            countries("fpc-2021-09-30-responding-to-retreating-rights.p15"),
            ["Kazakhstan"]
        );
    }
}
