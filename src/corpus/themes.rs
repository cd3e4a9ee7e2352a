//! Theme rules (`data/themes.toml`) and the theme classifier: whole-word keywords with weights,
//! masks and context rules kept in data, a minimum of evidence that grows with the item's length,
//! and at most a few themes per item, strongest first. Every theme keeps its evidence (each
//! matching word and its byte offset in the item's text) so it can be explained and checked.

use std::ops::Range;
use std::sync::Arc;

use serde::Deserialize;

use super::model::{EvidenceWord, ThemeEvidence};
use super::phrases::{
    find_all_of, words_into, PhraseEnd, PhraseMatch, PhraseSet, PhraseSets, Span,
};
use super::rules::parse_rules_toml;
use super::LoadError;
use crate::text::{fold, fold_with_offsets};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemesFile {
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    mask: Vec<String>,
    #[serde(default)]
    skip: Vec<String>,
    #[serde(default)]
    context: Vec<ContextRule>,
    theme: Vec<Theme>,
}

/// How much evidence a theme needs (see the comments in `data/themes.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    pub max_themes: usize,
    pub min_score: f32,
    pub short_words: usize,
    pub words_per_point: usize,
    pub relative: f32,
    pub strong_weight: f32,
    pub weak_weight: f32,
    pub clause_lead: f32,
    pub require_strong: bool,
    pub list_items: usize,
    pub list_factor: f32,
    pub clause_relative: f32,
    /// A theme with at least this score (two strong keywords) is not measured against the best
    /// theme (`relative`, `clause_relative`): a second subject argued at length beside a
    /// dominant one is still a subject. 0 turns this off.
    pub absolute_score: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            max_themes: 4,
            min_score: 1.0,
            short_words: 25,
            words_per_point: 30,
            relative: 0.5,
            strong_weight: 3.0,
            weak_weight: 1.0,
            clause_lead: 0.8,
            require_strong: true,
            list_items: 5,
            list_factor: 0.5,
            clause_relative: 0.2,
            absolute_score: 0.0,
        }
    }
}

/// Words around a cue that are never evidence ("on … charges").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextRule {
    cues: Vec<String>,
    #[serde(default)]
    words_before: usize,
    #[serde(default)]
    words_after: usize,
}

/// One theme: an id used in data and filters, a label for the UI, its nearest UHRI theme, and
/// its keywords (decisive and strong ones weigh more than the others).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: String,
    pub label: String,
    /// The nearest theme of OHCHR's Universal Human Rights Index.
    #[serde(default)]
    pub uhri: String,
    /// Unambiguous terms: one of them outside a list is enough for the theme ("propiska").
    #[serde(default)]
    pub decisive: Vec<String>,
    #[serde(default)]
    pub strong: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
}

/// A theme with any evidence in an item, before thresholds.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub evidence: ThemeEvidence,
    /// Clauses of the item (ending in . ; : ? !) that this theme leads with a strong keyword.
    pub clause_wins: usize,
    /// Whether a strong keyword is among the evidence.
    pub strong: bool,
    /// Whether a decisive keyword is among the evidence (outside a list).
    pub decisive: bool,
}

/// At most this many matching words are kept as a theme's evidence on an item (the first ones).
pub const MAX_EVIDENCE_WORDS: usize = 8;

/// What a keyword phrase stands for.
#[derive(Debug, Clone)]
struct Keyword {
    theme: usize,
    /// As written, shared by every item's evidence that names it.
    word: Arc<str>,
    weight: f32,
    decisive: bool,
}

/// All themes, with their keywords ready for matching.
///
/// Parsing keeps the themes and settings (what `#theme` filters, labels and the reader need);
/// the keyword, mask, skip and context phrase sets the classifier matches text with
/// ([`ThemeSets`]) are built the first time one of them is read.
#[derive(Debug, Clone)]
pub struct ThemeRules {
    pub themes: Vec<Theme>,
    pub settings: Settings,
    /// Masks, skips and context rules, as written in the file.
    mask: Vec<String>,
    skip: Vec<String>,
    context_rules: Vec<ContextRule>,
    /// Built from the lists above and the themes' keywords when first read.
    sets: std::sync::OnceLock<ThemeSets>,
}

/// The theme rules' phrase sets, built from the themes file when first read.
#[derive(Debug, Clone)]
struct ThemeSets {
    set: PhraseSet,
    /// `set` alone, searched in words already split (shared: rules are copied often).
    keyword_sets: Arc<PhraseSets>,
    keywords: Vec<Keyword>,
    masks: PhraseSet,
    skips: PhraseSet,
    /// Context cues; payload indexes `context`.
    cues: PhraseSet,
    context: Vec<(usize, usize)>,
    /// Each theme's id and UHRI theme, by theme index, shared by every item's evidence.
    ids: Vec<Arc<str>>,
    uhris: Vec<Arc<str>>,
    /// The keyword of evidence without one (shared, as the others).
    no_keyword: Arc<str>,
}

/// A theme's keywords with their weights and whether they are decisive, in the order they
/// are numbered (decisive, strong, then plain keywords), as written (whole-word "$" taken off).
fn weighted_keywords<'a>(
    theme: &'a Theme,
    settings: &Settings,
) -> impl Iterator<Item = (&'a str, f32, bool)> {
    // A theme with plain `keywords` only (a themes file written before weights) counts them
    // as strong.
    let weak_weight = if theme.strong.is_empty() && theme.decisive.is_empty() {
        settings.strong_weight
    } else {
        settings.weak_weight
    };
    let strong_weight = settings.strong_weight;
    theme
        .decisive
        .iter()
        .map(move |k| (k, strong_weight, true))
        .chain(theme.strong.iter().map(move |k| (k, strong_weight, false)))
        .chain(theme.keywords.iter().map(move |k| (k, weak_weight, false)))
        // Older files ended whole-word keywords with "$"; every keyword is whole-word now.
        .map(|(k, weight, decisive)| (k.trim().trim_end_matches('$'), weight, decisive))
}

impl ThemeSets {
    /// The phrase sets of `rules`' themes, masks, skips and context rules.
    fn build(rules: &ThemeRules) -> Self {
        let mut set = PhraseSet::default();
        let mut keywords = Vec::new();
        for (theme_index, theme) in rules.themes.iter().enumerate() {
            for (keyword, weight, decisive) in weighted_keywords(theme, &rules.settings) {
                set.add_owned(fold(keyword), PhraseEnd::Word, keywords.len());
                keywords.push(Keyword {
                    theme: theme_index,
                    word: Arc::from(keyword),
                    weight,
                    decisive,
                });
            }
        }
        let phrase_set = |phrases: &[String]| {
            let mut set = PhraseSet::default();
            for (i, p) in phrases.iter().enumerate() {
                set.add_owned(fold(p.trim()), PhraseEnd::Word, i);
            }
            set
        };
        let mut cues = PhraseSet::default();
        let mut context = Vec::new();
        for rule in &rules.context_rules {
            for cue in &rule.cues {
                cues.add_owned(fold(cue.trim()), PhraseEnd::Word, context.len());
            }
            context.push((rule.words_before, rule.words_after));
        }
        ThemeSets {
            keyword_sets: Arc::new(PhraseSets::new(&[&set])),
            set,
            keywords,
            masks: phrase_set(&rules.mask),
            skips: phrase_set(&rules.skip),
            cues,
            context,
            ids: rules
                .themes
                .iter()
                .map(|t| Arc::from(t.id.as_str()))
                .collect(),
            uhris: rules
                .themes
                .iter()
                .map(|t| Arc::from(t.uhri.as_str()))
                .collect(),
            no_keyword: Arc::from(""),
        }
    }
}

impl ThemeRules {
    /// How many theme keywords occur in `folded` text (for estimating what tagging it will
    /// keep: every matching word becomes evidence on its item).
    pub fn keyword_hits(&self, folded: &str) -> usize {
        self.sets().set.find_all(folded).len()
    }

    /// The phrase sets, built when first read.
    #[inline]
    fn sets(&self) -> &ThemeSets {
        self.sets.get_or_init(|| ThemeSets::build(self))
    }

    /// Parses a themes file; `path` is used in error messages.
    pub fn parse(text: &str, path: &str) -> Result<Self, LoadError> {
        let mut file: ThemesFile = parse_rules_toml(text, path)?;
        // Ids, labels and keywords are shown (tree, filters, exports, evidence): cleaned once.
        for theme in &mut file.theme {
            theme.label = crate::text::normalize_whitespace(&theme.label);
            theme.uhri = crate::text::normalize_whitespace(&theme.uhri);
            for list in [&mut theme.decisive, &mut theme.strong, &mut theme.keywords] {
                for keyword in list.iter_mut() {
                    *keyword = crate::text::normalize_whitespace(keyword);
                }
            }
        }
        let error = |message: String| LoadError::Rules {
            path: path.to_string(),
            message,
        };
        let settings = file.settings;
        let mut ids = std::collections::HashSet::new();
        for theme in &file.theme {
            if theme.id.is_empty()
                || theme.id.contains(char::is_whitespace)
                || crate::text::sanitize(&theme.id) != theme.id
            {
                return Err(error(format!(
                    "theme id \"{}\" must be one word",
                    crate::text::escape_invisible(&theme.id)
                )));
            }
            if !ids.insert(theme.id.as_str()) {
                return Err(error(format!("theme id \"{}\" is used twice", theme.id)));
            }
            // A keyword with an ASCII character folds to something (ASCII is only lowercased);
            // others are folded to see.
            let empty =
                |keyword: &str| !keyword.bytes().any(|b| b.is_ascii()) && fold(keyword).is_empty();
            if weighted_keywords(theme, &settings).any(|(keyword, _, _)| empty(keyword)) {
                return Err(error(format!("theme {:?} has an empty keyword", theme.id)));
            }
        }
        Ok(ThemeRules {
            themes: file.theme,
            settings,
            mask: file.mask,
            skip: file.skip,
            context_rules: file.context,
            sets: std::sync::OnceLock::new(),
        })
    }

    /// Themes of an item's text, strongest first, each with its evidence. `masked` are byte
    /// ranges of `text` that are never evidence (organisation names, from the gazetteer).
    pub fn classify(&self, text: &str, masked: &[Range<usize>]) -> Vec<ThemeEvidence> {
        let (folded, offsets) = fold_with_offsets(text);
        self.classify_folded(text, &folded, &offsets, masked)
    }

    /// [`ThemeRules::classify`] of `text` already folded by [`fold_with_offsets`].
    pub fn classify_folded(
        &self,
        text: &str,
        folded: &str,
        offsets: &[usize],
        masked: &[Range<usize>],
    ) -> Vec<ThemeEvidence> {
        let mut scratch = ThemeScratch::default();
        let word_count = self.scored(text, folded, offsets, masked, true, &mut scratch);
        self.given(&mut scratch, word_count, text)
    }

    /// Every theme with any evidence in `text`, strongest first, before the thresholds of
    /// [`ThemeRules::classify`] are applied; and the number of words of the text. Explains why a
    /// theme was *not* given.
    pub fn candidates(&self, text: &str, masked: &[Range<usize>]) -> (Vec<Candidate>, usize) {
        let (folded, offsets) = fold_with_offsets(text);
        self.candidates_folded(text, &folded, &offsets, masked)
    }

    /// [`ThemeRules::candidates`] of `text` already folded by [`fold_with_offsets`].
    pub fn candidates_folded(
        &self,
        text: &str,
        folded: &str,
        offsets: &[usize],
        masked: &[Range<usize>],
    ) -> (Vec<Candidate>, usize) {
        let mut scratch = ThemeScratch::default();
        let word_count = self.scored(text, folded, offsets, masked, false, &mut scratch);
        let candidates = scratch
            .scored
            .iter()
            .map(|c| Candidate {
                evidence: self.evidence(c, &scratch.found, text),
                clause_wins: c.clause_wins,
                strong: c.strong,
                decisive: c.decisive,
            })
            .collect();
        (candidates, word_count)
    }

    /// The phrase sets [`ThemeRules::classify_found`] needs matched in an item's folded text
    /// (skips, masks, context cues, keywords): to be searched in one pass with other sets
    /// ([`find_all_of`]).
    pub(crate) fn item_sets(&self) -> [&PhraseSet; 4] {
        let sets = self.sets();
        [&sets.skips, &sets.masks, &sets.cues, &sets.set]
    }

    /// [`ThemeRules::classify_folded`] given the words of `folded` ([`words_into`]) and the
    /// matches of [`ThemeRules::item_sets`] in it, with buffers reused from item to item.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn classify_found(
        &self,
        text: &str,
        folded: &str,
        offsets: &[usize],
        words: &[Span],
        masked: &[Range<usize>],
        found: [&[PhraseMatch]; 4],
        scratch: &mut ThemeScratch,
    ) -> Vec<ThemeEvidence> {
        let word_count =
            self.scored_found(text, folded, offsets, words, masked, found, true, scratch);
        self.given(scratch, word_count, text)
    }

    /// The themes given to an item from its scored candidates (strongest first, in `scratch`
    /// from [`ThemeRules::scored_found`]) and its length.
    fn given(
        &self,
        scratch: &mut ThemeScratch,
        word_count: usize,
        text: &str,
    ) -> Vec<ThemeEvidence> {
        let ThemeScratch {
            scored: candidates,
            found,
            passed,
            ..
        } = scratch;
        let needed = self.settings.min_score
            + word_count.saturating_sub(self.settings.short_words) as f32
                / self.settings.words_per_point.max(1) as f32;
        let best = candidates.first().map_or(0.0, |c| c.score);
        // (The candidates that pass, as indices into a buffer kept from item to item.)
        passed.clear();
        passed.extend(candidates.iter().enumerate().filter_map(|(i, c)| {
            // Enough evidence overall, or the theme leads a clause of its own; a theme with
            // `absolute_score` is not measured against the best one.
            let absolute =
                self.settings.absolute_score > 0.0 && c.score >= self.settings.absolute_score;
            let overall =
                c.score >= needed && (absolute || c.score >= best * self.settings.relative);
            let leads =
                c.clause_wins > 0 && (absolute || c.score >= best * self.settings.clause_relative);
            let given = c.decisive
                || (overall || leads)
                    && (c.strong || !self.settings.require_strong)
                    && c.score >= self.settings.min_score;
            given.then_some(i)
        }));
        // At most `max_themes`, strongest first; but a decisive keyword names its theme beyond
        // doubt, so the weakest themes without one give way first.
        while passed.len() > self.settings.max_themes {
            let last = passed
                .iter()
                .rposition(|&i| !candidates[i].decisive)
                .unwrap_or(passed.len() - 1);
            passed.remove(last);
        }
        // Evidence (strings) is built for the themes given only.
        passed
            .iter()
            .map(|&i| self.evidence(&candidates[i], found, text))
            .collect()
    }

    /// A scored theme's evidence as kept on an item, from the keywords `found` in the item.
    fn evidence(&self, c: &Scored, found: &[Found], text: &str) -> ThemeEvidence {
        let sets = self.sets();
        // The theme's own words, in text order, read once: the first few kept, and the
        // keyword shown as the reason (the strongest, first found: what `max_by` of the weights
        // then the earlier start gives, the last of equals).
        let mut words = Vec::with_capacity(MAX_EVIDENCE_WORDS.min(found.len()));
        let mut reason: Option<&Found> = None;
        for w in found
            .iter()
            .filter(|w| sets.keywords[w.keyword].theme == c.theme)
        {
            if words.len() < MAX_EVIDENCE_WORDS {
                // Kept per item for every theme: capped, so a text made of keywords does not
                // hold a word list as long as itself (memory ≤ 10× the text).
                words.push(EvidenceWord {
                    word: text[w.start..w.end].to_string(),
                    at: w.start,
                });
            }
            let stronger = reason.is_none_or(|r| {
                sets.keywords[r.keyword]
                    .weight
                    .total_cmp(&sets.keywords[w.keyword].weight)
                    .then(w.start.cmp(&r.start))
                    != std::cmp::Ordering::Greater
            });
            if stronger {
                reason = Some(w);
            }
        }
        // (The rules' strings are shared, not copied.)
        ThemeEvidence {
            theme: Arc::clone(&sets.ids[c.theme]),
            keyword: Arc::clone(
                reason.map_or(&sets.no_keyword, |w| &sets.keywords[w.keyword].word),
            ),
            uhri: Arc::clone(&sets.uhris[c.theme]),
            score: c.score,
            words,
        }
    }

    /// Every theme with any evidence, strongest first, into `scratch` (evidence as byte ranges
    /// of `text`); returns the number of words of the text. When `given_only`, an item none of
    /// whose themes can be given ([`ThemeRules::given`]) is left with none.
    fn scored(
        &self,
        text: &str,
        folded: &str,
        offsets: &[usize],
        masked: &[Range<usize>],
        given_only: bool,
        scratch: &mut ThemeScratch,
    ) -> usize {
        let mut words = Vec::new();
        words_into(folded, &mut words);
        let [skips, masks, cues, keywords] = find_all_of(self.item_sets(), folded);
        self.scored_found(
            text,
            folded,
            offsets,
            &words,
            masked,
            [&skips, &masks, &cues, &keywords],
            given_only,
            scratch,
        )
    }

    /// [`ThemeRules::scored`] given the words of `folded` and the matches of
    /// [`ThemeRules::item_sets`] in it (`given_only` as there).
    #[allow(clippy::too_many_arguments)]
    fn scored_found(
        &self,
        text: &str,
        folded: &str,
        offsets: &[usize],
        words: &[Span],
        masked: &[Range<usize>],
        [skips, masks, cues, keywords]: [&[PhraseMatch]; 4],
        given_only: bool,
        scratch: &mut ThemeScratch,
    ) -> usize {
        let sets = self.sets();
        scratch.scored.clear();
        scratch.found.clear();
        if !skips.is_empty() {
            return 0;
        }
        // Words as themes count them (letters and digits joined by "-" and "'"): their spans
        // are needed to widen context cues; otherwise they are only counted.
        let theme_words = &mut scratch.theme_words;
        theme_words.clear();
        let word_count = if cues.is_empty() {
            theme_word_count(folded, words)
        } else {
            theme_word_spans(folded, words, |span| theme_words.push(span))
        };
        let words_spans = &scratch.theme_words;
        let hidden = &mut scratch.hidden;
        hidden.clear();
        let mut any_hidden = false;
        if !(masked.is_empty() && masks.is_empty() && cues.is_empty()) {
            hidden.resize(folded.len(), 0);
            for r in masked {
                // `offsets` grows with the folded text, so each span is one run of folded bytes.
                let from = offsets.partition_point(|&o| o < r.start);
                let to = offsets.partition_point(|&o| o < r.end);
                hidden[from..to.max(from)].fill(1);
                any_hidden |= to > from;
            }
            for m in masks {
                hidden[m.at..m.at + m.len].fill(1);
                any_hidden |= m.len > 0;
            }
            for m in cues {
                let (before, after) = sets.context[m.payload];
                let first = words_spans.partition_point(|w| w.end <= m.at);
                let last = words_spans.partition_point(|w| w.start < m.at + m.len);
                let from = first.saturating_sub(before);
                let to = (last + after).min(words_spans.len());
                if let (Some(a), Some(b)) = (
                    words_spans.get(from),
                    to.checked_sub(1).and_then(|i| words_spans.get(i)),
                ) {
                    hidden[a.start..b.end.max(a.start)].fill(1);
                    any_hidden |= b.end > a.start;
                }
            }
        }
        // With nothing hidden the keywords found with the other sets are the ones to use;
        // otherwise they are looked for again in the text with the hidden bytes made spaces.
        let (visible, keywords): (&str, &[PhraseMatch]) = if any_hidden {
            spaced_into(folded, hidden, &mut scratch.visible);
            visible_words_into(&scratch.visible, words, hidden, &mut scratch.visible_words);
            scratch.keywords.clear();
            let mut found = [std::mem::take(&mut scratch.keywords)];
            sets.keyword_sets
                .find_all(&scratch.visible, &scratch.visible_words, &mut found);
            let [k] = found;
            scratch.keywords = k;
            (&scratch.visible, &scratch.keywords)
        } else {
            (folded, keywords)
        };
        if keywords.is_empty() {
            return word_count;
        }
        // Only weak keywords: no theme can be given (`require_strong`), so when only the themes
        // given are wanted the item is not scored.
        if given_only
            && self.settings.require_strong
            && !keywords.iter().any(|m| {
                let keyword = &sets.keywords[m.payload];
                keyword.decisive || keyword.weight >= self.settings.strong_weight
            })
        {
            return word_count;
        }

        // Clauses end at . ; : ? ! — a theme that leads one clause is what that clause is about.
        // Folding made every whitespace character a plain space, so bytes can be compared.
        let bytes = visible.as_bytes();
        let clause_ends = &mut scratch.clause_ends;
        clause_ends.clear();
        // Commas too, for the enumerations.
        let commas = &mut scratch.commas;
        commas.clear();
        // (The marks are never inside a word, a run of letters and digits: the whole text is
        // read, eight bytes at a time.)
        clause_marks_into(bytes, clause_ends, commas);
        let clause_ends = &scratch.clause_ends;
        let commas = &scratch.commas;
        // Long enumerations ([`clause_enumerations`]) of the clause being read: found only for clauses
        // that hold a keyword.
        let lists = &mut scratch.lists;
        lists.clear();
        let mut lists_clause: Option<usize> = None;
        let n = self.themes.len();
        let per_theme = &mut scratch.per_theme;
        per_theme.clear();
        per_theme.resize(n, ThemeTally::default());
        let seen = &mut scratch.seen;
        seen.resize(sets.keywords.len(), false);
        let mut clause = 0;
        // Themes with a keyword in the clause being read: only they can lead it.
        let touched = &mut scratch.touched;
        touched.clear();
        let close_clause = |per_theme: &mut [ThemeTally], touched: &mut Vec<usize>| {
            let best = touched
                .iter()
                .map(|&t| per_theme[t].clause_score)
                .fold(0.0f32, f32::max);
            for &t in touched.iter() {
                let t = &mut per_theme[t];
                if t.clause_strong && t.clause_score >= best * self.settings.clause_lead {
                    t.clause_wins += 1;
                }
                t.clause_score = 0.0;
                t.clause_strong = false;
                t.in_clause = false;
            }
            touched.clear();
        };
        for m in keywords {
            while clause_ends.get(clause).is_some_and(|&end| end < m.at) {
                close_clause(per_theme, touched);
                clause += 1;
            }
            let keyword = &sets.keywords[m.payload];
            let tally = &mut per_theme[keyword.theme];
            if !std::mem::replace(&mut tally.in_clause, true) {
                touched.push(keyword.theme);
            }
            // One name in a long list ("activists, lawyers, journalists, bloggers and …") is
            // weaker evidence and never leads its clause.
            if lists_clause != Some(clause) {
                lists.clear();
                let start = clause
                    .checked_sub(1)
                    .and_then(|c| clause_ends.get(c))
                    .map_or(0, |&e| e + 1);
                let end = clause_ends.get(clause).copied().unwrap_or(visible.len());
                let clause_commas = &commas[commas.partition_point(|&c| c < start)
                    ..commas.partition_point(|&c| c < end.max(start))];
                clause_enumerations(
                    visible,
                    start,
                    end,
                    clause_commas,
                    self.settings.list_items,
                    lists,
                );
                lists_clause = Some(clause);
            }
            let listed = lists
                .get(lists.partition_point(|r| r.end <= m.at))
                .is_some_and(|r| r.contains(&m.at));
            let factor = if listed {
                self.settings.list_factor
            } else {
                1.0
            };
            // The same keyword again adds half its weight: repetition is weaker evidence than
            // a second, different word.
            let repeated = std::mem::replace(&mut seen[m.payload], true);
            let weight = factor
                * if repeated {
                    keyword.weight / 2.0
                } else {
                    keyword.weight
                };
            tally.score += weight;
            tally.clause_score += weight;
            tally.clause_strong |= keyword.weight >= self.settings.strong_weight && !listed;
            tally.strong |= keyword.weight >= self.settings.strong_weight;
            tally.decisive |= keyword.decisive && !listed;
            let start = offsets.get(m.at).copied().unwrap_or(0);
            let end = offsets.get(m.at + m.len).copied().unwrap_or(text.len());
            // The whole word as written ("NGOs" for the keyword "ngo").
            let end = end
                + text[end..]
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(text.len() - end);
            scratch.found.push(Found {
                keyword: m.payload,
                start,
                end,
            });
        }
        close_clause(per_theme, touched);
        // `seen` is left all false for the next item.
        for m in keywords {
            seen[m.payload] = false;
        }
        let scored = &mut scratch.scored;
        scored.extend(
            per_theme
                .iter()
                .enumerate()
                .filter(|(_, tally)| tally.score > 0.0)
                .map(|(t, tally)| Scored {
                    theme: t,
                    score: tally.score,
                    clause_wins: tally.clause_wins,
                    strong: tally.strong,
                    decisive: tally.decisive,
                }),
        );
        scored.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.theme.cmp(&b.theme)));
        word_count
    }

    /// The label of a theme id, or the id itself when unknown.
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.themes
            .iter()
            .find(|t| t.id == id)
            .map_or(id, |t| t.label.as_str())
    }

    /// The nearest UHRI theme of a theme id ("" when unknown or not given).
    pub fn uhri(&self, id: &str) -> &str {
        self.themes
            .iter()
            .find(|t| t.id == id)
            .map_or("", |t| t.uhri.as_str())
    }

    /// Themes whose id or label starts with the folded query (`#corr`, `--theme civil`).
    pub fn lookup(&self, query: &str) -> Vec<&Theme> {
        let q = fold(query.trim());
        if let Some(t) = self.themes.iter().find(|t| t.id == q) {
            return vec![t];
        }
        self.themes
            .iter()
            .filter(|t| t.id.starts_with(&q) || fold(&t.label).starts_with(&q))
            .collect()
    }
}

/// Buffers the theme classifier reuses from item to item (the tagging pass keeps one).
#[derive(Debug, Default)]
pub(crate) struct ThemeScratch {
    theme_words: Vec<Range<usize>>,
    /// By byte of the folded text: 1 when hidden (a byte each, searched with `memchr`).
    hidden: Vec<u8>,
    visible: String,
    visible_words: Vec<Span>,
    keywords: Vec<PhraseMatch>,
    clause_ends: Vec<usize>,
    commas: Vec<usize>,
    lists: Vec<Range<usize>>,
    per_theme: Vec<ThemeTally>,
    touched: Vec<usize>,
    seen: Vec<bool>,
    /// Every keyword found in the item, in text order (each theme's evidence words).
    found: Vec<Found>,
    /// Every theme with any evidence, strongest first.
    scored: Vec<Scored>,
    /// The themes given ([`ThemeRules::given`]): indices into `scored`.
    passed: Vec<usize>,
}

/// One keyword found in an item: which keyword, and the byte range of the whole word in the
/// item's text.
#[derive(Debug, Clone, Copy)]
struct Found {
    keyword: usize,
    start: usize,
    end: usize,
}

/// What one theme gathered from an item while its keywords are read.
#[derive(Debug, Clone, Default)]
struct ThemeTally {
    score: f32,
    clause_score: f32,
    clause_strong: bool,
    clause_wins: usize,
    strong: bool,
    decisive: bool,
    /// Whether the theme has a keyword in the clause being read.
    in_clause: bool,
}

/// A theme with any evidence in an item, before thresholds, its evidence (the theme's
/// keywords among those found) not yet copied out.
#[derive(Debug, Clone)]
struct Scored {
    theme: usize,
    score: f32,
    clause_wins: usize,
    strong: bool,
    decisive: bool,
}

/// The words of a folded text as themes count them (runs of letters, digits, `'` and `-`
/// that start with a letter or digit), given its `words` (runs of letters and digits, from
/// [`words_into`]): each is passed to `emit` as a byte range, and their number returned. Two
/// words with only `'` and `-` between them are one; those that follow a word belong to it.
fn theme_word_spans(folded: &str, words: &[Span], mut emit: impl FnMut(Range<usize>)) -> usize {
    let bytes = folded.as_bytes();
    let mut count = 0;
    let mut current: Option<usize> = None;
    for (i, w) in words.iter().enumerate() {
        let start = *current.get_or_insert(w.start as usize);
        let mut end = w.end as usize;
        while bytes.get(end).is_some_and(|&b| b == b'-' || b == b'\'') {
            end += 1;
        }
        if words
            .get(i + 1)
            .is_some_and(|next| next.start as usize == end)
        {
            continue;
        }
        emit(start..end);
        count += 1;
        current = None;
    }
    count
}

/// The number of words [`theme_word_spans`] finds, counted without their spans: the words of
/// `words`, less one for each word that the next one joins (only `-` and `'` between them).
fn theme_word_count(folded: &str, words: &[Span]) -> usize {
    let bytes = folded.as_bytes();
    let joiner = |at: usize| matches!(bytes.get(at), Some(b'-' | b'\''));
    let mut count = words.len();
    for pair in words.windows(2) {
        let mut end = pair[0].end as usize;
        if !joiner(end) {
            continue;
        }
        while joiner(end) {
            end += 1;
        }
        if pair[1].start as usize == end {
            count -= 1;
        }
    }
    count
}

/// Byte ranges of long enumerations in the clause `start..end` of a folded text (whose commas
/// are at `commas`), added to `found`: at least `min_items` short elements (four words or fewer) in a row, separated by
/// commas or a final "and"/"or". Words are separated by spaces (folding made every whitespace
/// character a space), and a word count stops once it passes four.
fn clause_enumerations(
    text: &str,
    start: usize,
    end: usize,
    commas: &[usize],
    min_items: usize,
    found: &mut Vec<Range<usize>>,
) {
    let bytes = text.as_bytes();
    let end = end.max(start);
    // Each part between commas makes at most two elements: a clause with too few commas holds
    // no enumeration long enough.
    if 2 * (commas.len() + 1) < min_items {
        return;
    }
    let mut commas = commas.iter();
    // The run of short elements being read: its start, its end and its length.
    let mut run: Option<(usize, usize, usize)> = None;
    let mut element = |range: Range<usize>, run: &mut Option<(usize, usize, usize)>| {
        let words = count_words_upto(&bytes[range.clone()], true, 5);
        if range.end > range.start && (1..=4).contains(&words) {
            match run {
                Some((_, last, n)) => {
                    *last = range.end;
                    *n += 1;
                }
                None => *run = Some((range.start, range.end, 1)),
            }
            return;
        }
        if let Some((first, last, n)) = run.take() {
            if n >= min_items {
                found.push(first..last);
            }
        }
    };
    // Elements: split at commas, and the last one again at " and " / " or ".
    let mut part_start = start;
    loop {
        let part_end = commas.next().copied().unwrap_or(end);
        let part = &text[part_start..part_end];
        match and_or_in_four_words(part.as_bytes()) {
            Some(i) => {
                element(part_start..part_start + i, &mut run);
                element(part_start + i..part_end, &mut run);
            }
            None => element(part_start..part_end, &mut run),
        }
        if part_end >= end {
            break;
        }
        part_start = part_end + 1;
    }
    element(0..0, &mut run);
}

/// The number of space-separated words of `bytes`, counted up to `limit` (a larger count is
/// returned as `limit`); "and" and "or" are not counted when `skip_and_or`.
fn count_words_upto(bytes: &[u8], skip_and_or: bool, limit: usize) -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i] != b' ' {
            i += 1;
        }
        if skip_and_or && matches!(&bytes[start..i], b"and" | b"or") {
            continue;
        }
        count += 1;
        if count >= limit {
            break;
        }
    }
    count
}

/// Where an element of an enumeration splits at its "and" or "or": the byte offset of the first
/// `" and "` in `bytes`, or else of the first `" or "`, when fewer than five space-separated
/// words come before it; `None` otherwise. (The same as `find_and_or` followed by a count of the
/// words before it, as the test below spells it out, but the bytes after the fifth word are read
/// only when an " or " came before it, and then only for an " and ".)
fn and_or_in_four_words(bytes: &[u8]) -> Option<usize> {
    let mut or = None;
    let mut words = 0;
    let mut in_word = false;
    // The start of the fifth word (no " and " or " or " from there on can split).
    let mut fifth = None;
    for (i, &b) in bytes.iter().enumerate() {
        if b != b' ' {
            if !in_word {
                in_word = true;
                words += 1;
                if words == 5 {
                    fifth = Some(i);
                    break;
                }
            }
            continue;
        }
        in_word = false;
        match bytes.get(i + 1) {
            Some(b'a') if bytes[i + 1..].starts_with(b"and ") => return Some(i),
            Some(b'o') if or.is_none() && bytes[i + 1..].starts_with(b"or ") => or = Some(i),
            _ => {}
        }
    }
    // An " and " further on comes first, and it is too far.
    match fifth {
        Some(at) => or.filter(|_| memchr::memmem::find(&bytes[at..], b" and ").is_none()),
        None => or,
    }
}

/// The clause ends (`.`, `;`, `:`, `?` or `!` followed by a space) and the commas of `bytes`,
/// in order, into `clause_ends` and `commas`: eight bytes at a time, looking closer only at
/// those that are ASCII punctuation.
fn clause_marks_into(bytes: &[u8], clause_ends: &mut Vec<usize>, commas: &mut Vec<usize>) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut look = |i: usize| match bytes[i] {
        b'.' | b';' | b':' | b'?' | b'!' if bytes.get(i + 1) == Some(&b' ') => clause_ends.push(i),
        b',' => commas.push(i),
        _ => {}
    };
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Lanes from '!' to '/' or from ':' to '?' (ASCII only: the high bit clear), as in
        // `next_uppercase_or_lead` of the gazetteer: adding 0x80 - lo sets a lane's high bit
        // when it is lo or more, and no lane carries into the next.
        let low = x & !HIGHS;
        let in_range = |lo: u8, hi: u8| {
            let from = low + ONES * u64::from(0x80 - lo);
            let past = low + ONES * u64::from(0x80 - hi - 1);
            from & !past
        };
        let mut lanes = (in_range(b'!', b'/') | in_range(b':', b'?')) & !x & HIGHS;
        while lanes != 0 {
            look(at + (lanes.trailing_zeros() / 8) as usize);
            lanes &= lanes - 1;
        }
        at += 8;
    }
    for i in at..bytes.len() {
        look(i);
    }
}

/// The words of `visible` ([`spaced_into`] of a folded text and `hidden`) into `out`, from the
/// folded text's `words`: the parts of each word that are not hidden (hidden characters became
/// spaces). Hidden ranges hold whole characters; were a part to start or end inside one, the
/// words are split again from the text.
fn visible_words_into(visible: &str, words: &[Span], hidden: &[u8], out: &mut Vec<Span>) {
    out.clear();
    // The first hidden byte from `from` on (the end when none).
    let first_hidden = |from: usize| {
        hidden
            .get(from..)
            .and_then(|h| memchr::memchr(1, h))
            .map_or(hidden.len(), |p| from + p)
    };
    // The first hidden byte from the last word read on: a word that ends before it is kept
    // whole without reading its bytes.
    let mut next_hidden = first_hidden(0);
    for w in words {
        let (start, end) = (w.start as usize, w.end as usize);
        if next_hidden < start {
            next_hidden = first_hidden(start);
        }
        if next_hidden >= end {
            out.push(*w);
            continue;
        }
        let mut i = start;
        while i < end {
            while i < end && hidden[i] != 0 {
                i += 1;
            }
            let from = i;
            while i < end && hidden[i] == 0 {
                i += 1;
            }
            if i > from {
                if !(visible.is_char_boundary(from) && visible.is_char_boundary(i)) {
                    out.clear();
                    words_into(visible, out);
                    return;
                }
                out.push(Span {
                    start: from as u32,
                    end: i as u32,
                });
            }
        }
    }
}

/// `folded` with hidden characters (those whose first byte is hidden) turned into spaces, byte
/// offsets unchanged, into `out`.
fn spaced_into(folded: &str, hidden: &[u8], out: &mut String) {
    out.clear();
    out.reserve(folded.len());
    // The visible text is copied a run at a time, between hidden characters.
    let (mut kept, mut i) = (0, 0);
    while let Some(p) = hidden.get(i..).and_then(|h| memchr::memchr(1, h)) {
        let at = i + p;
        // A hidden byte inside a character whose first byte is not hidden hides nothing.
        if !folded.is_char_boundary(at) {
            i = at + 1;
            continue;
        }
        out.push_str(&folded[kept..at]);
        // The run of hidden characters from here: up to the first byte not hidden that starts
        // a character (the bytes before it are hidden or belong to a hidden character).
        let mut end = at + memchr::memchr(0, &hidden[at..]).unwrap_or(hidden.len() - at);
        while !folded.is_char_boundary(end) {
            end += 1;
        }
        const SPACES: &str = "                                ";
        let mut n = end - at;
        while n > 0 {
            let step = n.min(SPACES.len());
            out.push_str(&SPACES[..step]);
            n -= step;
        }
        i = end;
        kept = end;
    }
    out.push_str(&folded[kept..]);
}

#[cfg(test)]
mod tests {
    use crate::corpus::ImportRules;

    fn themes(text: &str) -> Vec<String> {
        let rules = ImportRules::builtin();
        let masked = rules.gazetteer.organisation_spans(text);
        rules
            .themes
            .classify(text, &masked)
            .into_iter()
            .map(|e| e.theme.to_string())
            .collect()
    }

    #[test]
    fn the_phrase_sets_are_built_when_first_read_and_empty_keywords_are_refused_at_once() {
        let text = "[[theme]]\nid = \"a\"\nlabel = \"Apples\"\nkeywords = [\"apple\", \"épée\"]\n";
        let rules = super::ThemeRules::parse(text, "t.toml").unwrap();
        assert_eq!(rules.lookup("app").len(), 1);
        assert!(
            rules.sets.get().is_none(),
            "looking a theme up builds no phrase set"
        );
        assert_eq!(rules.keyword_hits("an apple and an epee"), 2);
        assert!(rules.sets.get().is_some());
        for keyword in ["", "$", " ", "\u{301}"] {
            let text = format!("[[theme]]\nid = \"a\"\nlabel = \"A\"\nstrong = [\"{keyword}\"]\n");
            let err = super::ThemeRules::parse(&text, "t.toml")
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("theme \"a\" has an empty keyword"),
                "{keyword:?}: {err}"
            );
        }
    }

    #[test]
    fn themes_are_explained_by_their_keyword_and_position() {
        let rules = ImportRules::builtin();
        let text =
            "Stop targeting NGOs with punitive tax inspections and burdensome reporting requirements;";
        let evidence = rules.themes.classify(text, &[]);
        assert_eq!(&*evidence[0].theme, "civil-society");
        assert_eq!(&*evidence[0].keyword, "ngo");
        assert_eq!(evidence[0].words[0].word, "NGOs");
        assert_eq!(evidence[0].words[0].at, 15);
        assert_eq!(
            themes("Stop using kettling as a policing tactic for peaceful demonstrations;"),
            vec!["assembly-protest"]
        );
    }

    #[test]
    fn whole_words_only() {
        // "pressure" is not "press"; "legal aid" is not aid.
        assert_eq!(
            themes("Pressure on the regime continues."),
            Vec::<String>::new()
        );
        assert_eq!(
            themes("Fund legal aid for journalists facing prosecution."),
            vec!["media-expression"]
        );
    }

    #[test]
    fn incidental_mentions_are_not_evidence() {
        assert_eq!(
            themes("The government quashes religious and political expression that is not sanctioned by the authorities."),
            vec!["media-expression", "extremism-religion"]
        );
        // An organisation's name is masked.
        assert!(themes("Launched by the Foreign Policy Centre in London.").is_empty());
        // So is a charge's name.
        assert_eq!(
            themes("An independent journalist is held on spurious money laundering charges."),
            vec!["media-expression"]
        );
    }

    #[test]
    fn new_themes_for_movement_housing_and_heritage() {
        assert_eq!(
            themes("End the propiska system of internal movement registration and restrictions;"),
            vec!["movement"]
        );
        assert_eq!(
            themes("Make the General Plans of Dushanbe and other cities more accessible;"),
            vec!["housing-land"]
        );
        assert_eq!(
            themes(
                "Reform the listing process for properties of architectural and heritage value;"
            ),
            vec!["culture"]
        );
    }

    #[test]
    fn marks_spaces_and_hidden_text_read_quickly_are_those_read_byte_by_byte() {
        use super::{
            and_or_in_four_words, clause_marks_into, count_words_upto, spaced_into,
            theme_word_count, theme_word_spans, visible_words_into, words_into, Span,
        };
        let texts = [
            "",
            "a, b. c",
            "stop targeting ngos, bloggers and lawyers; end it. now: why? yes! or not, x.",
            "gülen’s “nota bene” – қазақстан, 2023-04-18: naïve café; a,b.c:d  and  or or e",
            "12345678,.;:?! ,.;:?!\u{a0}/ - (x) [y] {z} \"q\" and or and",
            "a b c d or e f g h i j and k or l",
            "one or two three four five six seven  or eight",
            "lawyers or journalists and  human rights defenders or bloggers and others",
            "non-governmental don't -x- a--b c'-'d e- 'f rock'n'roll 'tis x-",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            let (mut ends, mut commas) = (Vec::new(), Vec::new());
            clause_marks_into(bytes, &mut ends, &mut commas);
            let want_ends: Vec<usize> = (0..bytes.len())
                .filter(|&i| {
                    matches!(bytes[i], b'.' | b';' | b':' | b'?' | b'!')
                        && bytes.get(i + 1) == Some(&b' ')
                })
                .collect();
            let want_commas: Vec<usize> = (0..bytes.len()).filter(|&i| bytes[i] == b',').collect();
            assert_eq!((ends, commas), (want_ends, want_commas), "{text:?}");
            // Every tail of the text, so that the " and " / " or " fall before, at and after
            // the fifth word.
            for (from, _) in text.char_indices() {
                let tail = &text[from..];
                let want = tail
                    .find(" and ")
                    .or_else(|| tail.find(" or "))
                    .filter(|&i| count_words_upto(&tail.as_bytes()[..i], false, 5) <= 4);
                assert_eq!(and_or_in_four_words(tail.as_bytes()), want, "{tail:?}");
            }
            for skip in [false, true] {
                let want = bytes
                    .split(|&b| b == b' ')
                    .filter(|w| !(w.is_empty() || skip && matches!(*w, b"and" | b"or")))
                    .count()
                    .min(5);
                assert_eq!(count_words_upto(bytes, skip, 5), want, "{text:?}");
            }
            let mut words = Vec::new();
            words_into(text, &mut words);
            assert_eq!(
                theme_word_count(text, &words),
                theme_word_spans(text, &words, |_| {}),
                "{text:?}"
            );
            // Every byte hidden in turn, and every other byte.
            let mut patterns: Vec<Vec<bool>> = (0..bytes.len())
                .map(|i| (0..bytes.len()).map(|j| j == i).collect())
                .collect();
            patterns.push((0..bytes.len()).map(|j| j % 2 == 0).collect());
            for hidden in patterns {
                let mut want = String::new();
                for (i, c) in text.char_indices() {
                    if hidden[i] {
                        want.extend(std::iter::repeat_n(' ', c.len_utf8()));
                    } else {
                        want.push(c);
                    }
                }
                let mut got = String::new();
                let bytes_hidden: Vec<u8> = hidden.iter().map(|&h| u8::from(h)).collect();
                spaced_into(text, &bytes_hidden, &mut got);
                assert_eq!(got, want, "{text:?} {hidden:?}");
                // The visible words: each word whose bytes are all visible as it is, the
                // others split at their hidden bytes (or the visible text split again).
                let (mut words, mut visible) = (Vec::new(), Vec::new());
                words_into(text, &mut words);
                visible_words_into(&got, &words, &bytes_hidden, &mut visible);
                let mut want = Vec::new();
                'words: for w in &words {
                    let (start, end) = (w.start as usize, w.end as usize);
                    if !hidden[start..end].contains(&true) {
                        want.push(*w);
                        continue;
                    }
                    let mut i = start;
                    while i < end {
                        while i < end && hidden[i] {
                            i += 1;
                        }
                        let from = i;
                        while i < end && !hidden[i] {
                            i += 1;
                        }
                        if i > from {
                            if !(got.is_char_boundary(from) && got.is_char_boundary(i)) {
                                want.clear();
                                words_into(&got, &mut want);
                                break 'words;
                            }
                            want.push(Span {
                                start: from as u32,
                                end: i as u32,
                            });
                        }
                    }
                }
                assert_eq!(visible, want, "{text:?} {hidden:?}");
            }
        }
    }

    #[test]
    fn every_theme_names_a_uhri_theme() {
        let rules = ImportRules::builtin();
        for theme in &rules.themes.themes {
            assert!(!theme.uhri.is_empty(), "{} has no UHRI theme", theme.id);
        }
        assert_eq!(
            rules.themes.uhri("media-expression"),
            "Freedom of opinion and expression"
        );
    }
}
