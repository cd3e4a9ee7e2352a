//! The tagging pass, run on each report after import: countries mentioned besides an item's
//! own, themes with their evidence, action categories of recommendations (`super::actions`),
//! and region references ("the region", "all three countries", "Central Asian governments")
//! expanded to the report's countries. Organisation names are masked for both ("Central Asia Institute" is not a
//! place; "Foreign Policy Centre" is not geopolitics).

use super::gazetteer::Gazetteer;
use super::model::{ItemKind, Report};
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

/// The bits ([`PhraseSets::find_wanted`]) of the sets of [`item_sets`] other than the report
/// regions and regions (the sixth and seventh).
const ALL_BUT_REGIONS: u64 = !((1 << 5) | (1 << 6));

/// Buffers reused from item to item: an item's text is folded once, split into words once,
/// and every rule reads those words.
#[derive(Debug, Default)]
struct Scratch {
    folded: String,
    offsets: Vec<usize>,
    words: Vec<Span>,
    found: [Vec<PhraseMatch>; 7],
    themes: ThemeScratch,
}

/// Assigns themes to every item of `report` and widens item countries for region references.
/// Returns the hash that identifies each item's text ([`super::ids::assign_hashed`]), in
/// reading order, computed from the same folded words.
pub fn tag_report(report: &mut Report, rules: &ImportRules) -> Vec<u32> {
    let g = &rules.gazetteer;
    let subjects = report.countries.clone();
    let mut hashes = Vec::with_capacity(report.sections.iter().map(|s| s.items.len()).sum());
    let mut scratch = Scratch::default();
    for section in &mut report.sections {
        // Countries of a paragraph ending in ':' that introduces the list items after it.
        let mut lead_in: Option<Vec<String>> = None;
        for item in &mut section.items {
            // Folded once, split into words once, and searched once for the theme rules'
            // phrases, the countries named and the region references.
            let Scratch {
                folded,
                offsets,
                words,
                found,
                themes,
            } = &mut scratch;
            crate::text::fold_with_offsets_into(&item.text, folded, offsets);
            words.clear();
            words_into(folded, words);
            let masked = g.organisation_spans_in(&item.text, folded, offsets, words);
            hashes.push(super::ids::hash_words(folded, words));
            for list in found.iter_mut() {
                list.clear();
            }
            // Region references count only outside recommendations, in a report on several
            // countries: otherwise their two sets are not searched.
            let regions_read = item.kind != ItemKind::Recommendation && subjects.len() > 1;
            let wanted = if regions_read {
                u64::MAX
            } else {
                ALL_BUT_REGIONS
            };
            rules.item_sets.find_wanted(folded, words, found, wanted);
            let [skips, masks, cues, keywords, countries, report_regions, regions] = &*found;
            // Countries named besides the item's own (an item's text holds only plain spaces,
            // so this folded text is the plain fold).
            item.mentions = g
                .countries_found(countries)
                .into_iter()
                .filter(|c| !item.countries.iter().any(|k| k == c))
                .map(str::to_string)
                .collect();
            item.theme_evidence = rules.themes.classify_found(
                &item.text,
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
                .map(|e| e.theme.clone())
                .collect();
            if regions_read && Gazetteer::refers_found(report_regions, regions, offsets, &masked) {
                for country in &subjects {
                    if !item.countries.contains(country) {
                        item.countries.push(country.clone());
                    }
                }
            }
            match item.kind {
                ItemKind::Paragraph => {
                    lead_in = item
                        .text
                        .trim_end()
                        .ends_with(':')
                        .then(|| item.countries.clone());
                }
                ItemKind::ListItem if item.countries.is_empty() => {
                    if let Some(countries) = &lead_in {
                        item.countries = countries.clone();
                    }
                }
                _ => {}
            }
            let countries = &item.countries;
            item.mentions.retain(|m| !countries.contains(m));
            let action = match item.kind {
                ItemKind::Recommendation => {
                    let opening: Vec<&str> = words
                        .iter()
                        .take(super::actions::WORDS_READ)
                        .map(|w| &folded[w.range()])
                        .collect();
                    super::actions::categorise_words(&opening)
                }
                _ => None,
            };
            (item.action_category, item.action_evidence) = action.unzip();
        }
    }
    hashes
}

#[cfg(test)]
mod tests {
    use crate::corpus::load_builtin;

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
