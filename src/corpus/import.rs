//! The importer: scraped web text (or Markdown) → a structured [`Report`].
//!
//! It works in passes over structure, driven by rules kept in data ([`ImportRules`]):
//! 1. lines are sanitised; boilerplate lines are dropped and "stop" lines end the article;
//! 2. lines are grouped into blocks (runs of non-blank lines);
//! 3. the header (title, repeated title, "Article by …", date, subtitle) is read off the top;
//! 4. each body block becomes a heading, a paragraph, a list (bulleted, numbered, or lines after
//!    a lead-in ending in ':'), or footnote definitions;
//! 5. lists become recommendations when their lead-in or heading says so, with the addressee
//!    resolved from that context; then countries, themes, footnotes and ids are assigned.
//!
//! Every rule runs on every line or paragraph of every import (and the rules are parsed by
//! every process), so a new rule should use the shared, cheap readers rather than split and copy:
//! - count words only as far as the rule asks: `lines::words_upto(text, limit)` (and
//!   `word_count` for all of them), never `split_whitespace().count()` on a paragraph;
//! - test the cheapest feature first (the line's end, its length, one byte) and the costly one
//!   (a date, a fold, a gazetteer look-up) last, in `&&` / `||` order;
//! - dates: `parse_date` for a whole line, `dates::find_date_or_range` inside one (it reads
//!   runs of three words in place with `three_word_date`); `month_number` copies nothing;
//! - whitespace: `text::collapse_whitespace_cow` borrows a line that is already clean;
//! - sentences of a paragraph or item: `cues::ReadText` reads its words once (clean form,
//!   cue-index entry, offset); decide sentences from it, not from a fresh split.

mod boilerplate;
mod chrome;
mod cues;
pub(crate) mod dates;
mod lines;
mod title;
mod top_lines;

pub(crate) use cues::{FIXED_WORD_LISTS, OCCASION};
pub use title::TitleScoring;

use std::borrow::Cow;

use super::metadata::Metadata;
use super::model::{Footnote, Item, ItemKind, KindEvidence, Report, Section};
use super::phrases::is_word_start;
use super::tagging::{ItemReader, ItemTags};
use super::{Diagnostic, ImportRules};
use crate::text::{fold, sanitize};
pub(crate) use lines::words_upto;

/// [`crate::text::collapse_whitespace`] of a text. A line's text ([`lines::LineText`]) known to
/// be collapsed already (the line pass finds out for every line) is copied as it is, not read
/// again: the header, title and body passes collapse the same lines many times over.
fn normalize_whitespace<T: Collapse + ?Sized>(text: &T) -> String {
    text.collapsed_string()
}

/// What [`normalize_whitespace`] collapses: any text, or a line's text that may know it is
/// collapsed.
trait Collapse {
    fn collapsed_string(&self) -> String;
}

impl Collapse for str {
    fn collapsed_string(&self) -> String {
        crate::text::collapse_whitespace(self)
    }
}

impl Collapse for String {
    fn collapsed_string(&self) -> String {
        crate::text::collapse_whitespace(self)
    }
}

impl Collapse for lines::LineText {
    fn collapsed_string(&self) -> String {
        self.collapsed().into_owned()
    }
}

/// One file's worth of input to the importer.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    /// Report id (the file stem); slugged.
    pub id: &'a str,
    /// `builtin:NAME` or the file path, used in diagnostics.
    pub source: &'a str,
    pub text: &'a str,
    /// Read `#` headings and Markdown inline syntax.
    pub markdown: bool,
    pub metadata: Metadata,
}

/// Most bytes of a letterhead's other lines glued around the title in one paragraph.
const LETTERHEAD_REST_MAX_BYTES: usize = 160;
/// Longest line (in words) that can still be a heading.
const HEADING_MAX_WORDS: usize = 14;
/// Longest lead-in (in words) that is only an introduction and not itself an item.
const BARE_LEAD_IN_MAX_WORDS: usize = 20;
/// Lines above the line that ended the article among which a headline printed under its story
/// is looked for (the headline, its subtitle, a donation appeal's first line).
const HEADLINE_ABOVE_STOP_LINES: usize = 4;
/// Longest one-sentence lead-in right above its list (in words): longer than a bare lead-in, it
/// still only introduces the list.
const LONG_LEAD_IN_MAX_WORDS: usize = 60;
/// Longest addressing lead-in ("To the Government of Kazakhstan and its partners:"), in words;
/// `cues::addressing` refuses longer text.
const ADDRESSING_MAX_WORDS: usize = 16;
/// Average words per item above which a numbered "list" is a run of numbered paragraphs.
const NUMBERED_PARAGRAPH_MIN_WORDS: usize = 40;
/// Blocks at the top of the body in which a date alone on its line is the report's date.
const TOP_DATE_BLOCKS: usize = 8;
/// Fewest words of a title whose copies under a document host's labels ("Page 2: …") go.
const HOST_TITLE_MIN_WORDS: usize = 5;
/// Most words of a document host's label before the title it prints again.
const HOST_LABEL_MAX_WORDS: usize = 3;

/// Whether `text` is the title (its words' key, `title_key`, as `words_key` makes it) under a
/// label of at most [`HOST_LABEL_MAX_WORDS`] words ("Transcript of …", "Page 2: …",
/// "Download \"…\""), not a letter's one-word field ("Subject: …").
fn host_labelled_title(text: &str, title_key: &str, words_key: impl Fn(&str) -> String) -> bool {
    // (Only a line little longer than the title is read: a shorter one cannot hold it.)
    text.len() + 2 > title_key.len()
        && text.len() <= title_key.len() + HOST_LABEL_MAX_WORDS * 12
        && {
            let key = words_key(&fold(text));
            key.strip_suffix(title_key).is_some_and(|label| {
                !label.trim().is_empty()
                    && label.split_whitespace().nth(HOST_LABEL_MAX_WORDS).is_none()
            })
        }
        // ("Subject: T", "Re: T": a letter's field, one word and a colon, heads its body.)
        && !text
            .split_once(':')
            .is_some_and(|(field, _)| !field.trim().is_empty() && !field.trim().contains(' '))
}

/// Whether `line` (folded) is the last line of a title (folded) joined from its wrapped lines:
/// the title ends with it after a space, and it holds a space itself.
fn wrapped_tail(title: &str, line: &str) -> bool {
    line.contains(' ')
        && title.len() > line.len()
        && title.ends_with(line)
        && title.as_bytes()[title.len() - line.len() - 1] == b' '
}

/// Units at the top of the body searched for a heading that repeats the title.
const TITLE_AGAIN_REACH: usize = 4;
/// Fewest words of a line that shows the article's body has begun.
const BODY_LINE_MIN_WORDS: usize = 20;
/// Fewest words of a sentence the header took for the title that goes back to the body when
/// another title is chosen.
const SENTENCE_TITLE_MIN_WORDS: usize = 12;
/// Fewest words of a headline in title case found under the story it names.
const STORY_HEADLINE_MIN_WORDS: usize = 4;
/// Fewest words of a line ending in a colon, read as a heading over another heading, that is a
/// sentence introducing what follows rather than a heading.
const INTRODUCING_HEADING_MIN_WORDS: usize = 6;
/// Fewest words of a lone numbered line that make it a numbered paragraph, not a list item.
const NUMBERED_SENTENCE_MIN_WORDS: usize = 12;
/// Words at the start of a paragraph in which its leading country is looked for.
const LEAD_COUNTRY_WINDOW_WORDS: usize = 16;

#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub(crate) no: usize,
    pub(crate) text: lines::LineText,
}

#[cfg(test)]
impl Line {
    /// Lines numbered from 1, for the unit tests of the line passes.
    pub(crate) fn numbered(texts: &[&str]) -> Vec<Line> {
        texts
            .iter()
            .enumerate()
            .map(|(no, t)| Line {
                no: no + 1,
                text: t.to_string().into(),
            })
            .collect()
    }
}

#[derive(Debug, Clone)]
enum Unit {
    Heading {
        text: String,
    },
    Paragraph {
        no: usize,
        text: String,
    },
    List {
        no: usize,
        items: Vec<(usize, String)>,
        /// The kind of marker: digits, letters/roman numerals, or bullet glyphs.
        marker: Marker,
    },
}

/// What marks the items of a list; bullets of different kinds in a row are different lists
/// ("4. … :" then "(a)", "(b)", then "5. …").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    Number,
    Letter,
    Glyph,
}

pub(crate) fn marker_of(line: &str) -> Marker {
    let t = line.trim_start().trim_start_matches('(');
    match t.chars().next() {
        Some(c) if c.is_ascii_digit() => Marker::Number,
        Some(c) if c.is_ascii_alphabetic() && c != 'o' => Marker::Letter,
        _ => Marker::Glyph,
    }
}

/// Imports one report. Problems go to `diagnostics`; the result is always a report (possibly
/// with no items, which the caller reports).
pub fn import(input: &Input<'_>, rules: &ImportRules, diagnostics: &mut Vec<Diagnostic>) -> Report {
    import_reporting_chrome(input, rules, diagnostics, &mut Vec::new())
}

/// [`import`], also telling the lines no chrome list names that were dropped as chrome by
/// their score ("line 12: Weekly Newsletter (chrome by score: site word, …)"), for `steppe
/// check -v`.
pub fn import_reporting_chrome(
    input: &Input<'_>,
    rules: &ImportRules,
    diagnostics: &mut Vec<Diagnostic>,
    chrome: &mut Vec<String>,
) -> Report {
    let mut doc_symbols = Vec::new();
    let mut section_countries = Vec::new();
    let mut line_dates = LineDates::default();
    let mut lines = clean_lines(
        input,
        rules,
        &mut doc_symbols,
        &mut section_countries,
        &mut line_dates,
        chrome,
    );
    let LineDates {
        letterhead: letterhead_date,
        field: field_date,
        read_from_line: dates_from,
    } = line_dates;
    // The text the lines were read from: up to the line that ended the article ("Related",
    // "Source: News Agencies"), when one did (the page's other stories below it date nothing).
    let read_text = lines
        .last()
        .map(|l| l.no)
        .and_then(|last| {
            let mut ends = memchr::memchr_iter(b'\n', input.text.as_bytes());
            ends.nth(last.saturating_sub(1))
                .map(|end| &input.text[..end])
        })
        .unwrap_or(input.text);
    // (Below a list of other stories at the top, whose dates are theirs: from the line after it.)
    let read_text = match dates_from {
        Some(no) => memchr::memchr_iter(b'\n', read_text.as_bytes())
            .nth(no.saturating_sub(2))
            .map_or("", |end| &read_text[end + 1..]),
        None => read_text,
    };
    for (line, message) in skipped_paragraph_numbers(&lines) {
        diagnostics.push(Diagnostic::warning(input.source, line, message));
    }
    let cut_title_full = drop_cut_titles(&mut lines);
    // A letter's inside address above its salutation: the addressee's lines, not the title.
    // A masthead in two scripts, a caption under its credit label: the site's.
    let letter = top_lines::read(input.text, rules);
    // "Official website of the President of Russia": the state a site's tagline names is its
    // country section's, when nothing else names the subject.
    section_countries.extend(letter.site_countries.iter().cloned());
    if !letter.address_lines.is_empty() || !letter.chrome_lines.is_empty() {
        let why = |no: usize| {
            letter
                .chrome_lines
                .iter()
                .find(|(n, _)| *n == no)
                .map(|(_, why)| *why)
                .or_else(|| {
                    letter
                        .address_lines
                        .contains(&no)
                        .then_some("a letter's inside address")
                })
        };
        for line in lines.iter_mut() {
            if line.text.as_str().trim().is_empty() {
                continue;
            }
            if let Some(why) = why(line.no) {
                chrome.push(format!(
                    "line {}: {} ({why})",
                    line.no,
                    line.text.as_str().trim()
                ));
                line.text.clear();
            }
        }
    }
    let mut blocks = group_blocks(lines, input.markdown, rules);
    let mut header = Header::default();
    let mut body_start = read_header(&blocks, rules, &mut header);
    // A headline over "Jane Roe Mar 4, 2021" or a date alone (a standfirst between them at
    // most), below a site's menu the header reader stopped in: the title, the author and the
    // date; the menu goes. (A title the header found is
    // kept unless it is a short label, "Central Asia", read from the menu.)
    if let Some(found) = headline_over_dated_byline(&blocks, body_start, rules) {
        let keep_title = header.title.as_deref().is_some_and(|t| {
            words_upto(t, SITE_LABEL_MAX_WORDS + 1) > SITE_LABEL_MAX_WORDS
                && fold(t) != fold(&found.headline)
        });
        if !keep_title {
            header.title = Some(tidy_title(&found.headline));
        }
        header.date = Some(found.date);
        if let Some(author) = found.author {
            header.author.get_or_insert(author);
        }
        if let Some(standfirst) = found.standfirst {
            header.subtitle.get_or_insert(standfirst);
        }
        body_start = found.body;
    }
    // A weather widget's today above the headline ("33.2 C" / "Islamabad" / "Thursday, June
    // 19, 2025") is the site's, not the text's: the rules below date the text.
    if header.date.is_some() && header.date == dates::widget_today(input.text) {
        header.date = None;
    }
    // A title the page also printed cut short is the title, however long.
    if header.title.is_none() {
        header.title = cut_title_full.as_deref().map(tidy_title);
    }
    // "12:32" left of a scraper's date stamp, "2020": a line without a letter names nothing.
    header.title = header.title.filter(|t| t.chars().any(char::is_alphabetic));
    // Countries are read from the title only when the header reader found one (a title the
    // scoring found elsewhere, like a letter's subject line, is weaker evidence).
    let header_titled = header.title.is_some();
    let header_pick = header.title.clone();
    header.title = title::choose(&blocks, body_start, header.title.take(), rules, input.text)
        .map(|t| without_rubric(&t, rules).to_string());
    // "Some paragraph telling the meeting … this year." / "Following is a transcript …:" / … /
    // "STATEMENT ON …": a sentence the header reader took for the title, right above the
    // body, that the scoring overruled is the body's first paragraph, not lost.
    if let (Some(pick), Some(chosen)) = (header_pick.as_deref(), header.title.as_deref()) {
        if fold(pick) != fold(chosen) && body_start > 0 {
            let above = &blocks[body_start - 1];
            let sentence = above.first().is_some_and(|l| {
                let text = normalize_whitespace(&l.text);
                // (A library's citation line, "Concluding observations …, U.N. Doc.
                // CAT/C/KGZ/CO/2 (2013).", names the document: it is no paragraph.)
                let citation = text.contains("Doc.")
                    || text.split_whitespace().any(|w| {
                        w.contains('/')
                            && w.bytes().any(|b| b.is_ascii_digit())
                            && w.bytes().any(|b| b.is_ascii_uppercase())
                    });
                text.ends_with(['.', '!', '?'])
                    && !citation
                    && words_upto(&text, SENTENCE_TITLE_MIN_WORDS) >= SENTENCE_TITLE_MIN_WORDS
                    && fold(&tidy_title(text.trim_end_matches(['.', '!', '?']))) == fold(pick)
            });
            if above.len() == 1 && sentence {
                body_start -= 1;
            }
        }
    }
    // "Letter to the Secretary of State" / "The Honorable X" / … / "Re: Y": a letter's subject
    // line names it only when the page gives it no headline; the line right above the inside
    // address is that headline.
    if let (Some(headline), Some(subject)) = (&letter.headline_above, &letter.subject) {
        if header.title.as_deref().map(fold) == Some(fold(subject)) {
            header.title = Some(tidy_title(headline));
        }
    }
    // "Dear Minister," / "We, the undersigned, ask …": a letter's body is never its title (a
    // letter with no headline and no subject line is named by its file).
    if let (Some(from), Some(title)) = (letter.body_from, header.title.as_deref()) {
        let title = fold(title);
        let in_body = input
            .text
            .lines()
            .skip(from)
            .take(LETTER_TITLE_BODY_LINES)
            .any(|l| fold(l.trim()).starts_with(&title));
        if in_body {
            header.title = None;
            // ("14 March 2025" / an address spaced by blank lines / "Dear Commissioner," / "We
            // write to you …": a first paragraph the header took for the title is the body's.)
            if let Some(k) = blocks[..body_start.min(blocks.len())]
                .iter()
                .position(|b| b.first().is_some_and(|l| l.no > from))
            {
                body_start = k;
            }
        }
    }
    // "Authorities must change course. There is no time to lose." / the body: a page whose
    // first line has a headline's length (a sentence or two) and sits right above the body,
    // with nothing else read as its title, is headed by that line, though it ends in a full
    // stop: the title, not an item (the file's name is the last resort, not this).
    if header.title.is_none() && letter.body_from.is_none() && body_start == 0 {
        if let Some(title) = first_line_headline(&blocks) {
            header.title = Some(title);
            blocks[0].remove(0);
            if blocks[0].is_empty() {
                blocks.remove(0);
            }
        }
    }
    // "CRC/C/TKM/CO/1" / "page 4" / "Resources for children" / "13. The Committee …": a page
    // cut from the middle of a UN document opens with its running header, the document's
    // symbol, and carries no letterhead; the symbol is the only name the text gives it, and a
    // short heading under it is a chapter's, not the document's title.
    if let Some(symbol) = running_symbol(input.text, rules) {
        if header.title.as_deref().is_none_or(|t| {
            words_upto(t, RUNNING_PAGE_HEADING_MAX_WORDS + 1) <= RUNNING_PAGE_HEADING_MAX_WORDS
        }) {
            header.title = Some(symbol.to_string());
        }
    }
    // "Report of the Working Group on the Universal Periodic Review - Kazakhstan" / … / "Report
    // of the Working Group on the Universal Periodic Review*" / "Kazakhstan", "HUMAN RIGHTS
    // ABUSES IN TURKMENISTAN; Congressional Record Vol. 152, No. 124" / … / "HUMAN RIGHTS
    // ABUSES IN TURKMENISTAN": a library's or a site's record line that is the document's own
    // title line below with more glued on after a separator gives way to that line.
    if let Some(own) = header
        .title
        .as_deref()
        .and_then(|t| own_title_below(t, input.text))
    {
        header.title = Some(own);
    }
    let mut footnotes: Vec<(usize, Footnote)> = Vec::new();
    let width = lines::text_width(&blocks.iter().flatten().collect::<Vec<_>>());
    let body = split_at_numbering_changes(lines::split_hard_breaks(
        blocks.split_off(body_start.min(blocks.len())),
        width,
        header.title.as_deref(),
    ));
    let mut units = read_body(&body, input.markdown, rules, &mut header, &mut footnotes);
    introducing_headings_to_paragraphs(&mut units, &body);
    // "Rights groups blast …" / "Both HRW and the … Committee have called for the release of four
    // lawyers …": a standfirst that calls (a sentence, not a headline in title case) is the
    // story's first call as well as its subtitle; a standfirst repeated as the first paragraph
    // is still read once (the teaser pass below).
    if let Some(sub) = header.subtitle.as_deref().filter(|sub| {
        words_upto(sub, STANDFIRST_CALL_MIN_WORDS) >= STANDFIRST_CALL_MIN_WORDS
            && !title_case(sub)
            && cues::sentence(sub, rules).is_some_and(|d| d.kind == ItemKind::Recommendation)
    }) {
        let no = blocks
            .iter()
            .flatten()
            .find(|l| normalize_whitespace(&l.text) == sub)
            .map(|l| l.no);
        if let Some(no) = no {
            units.insert(
                0,
                Unit::Paragraph {
                    no,
                    text: sub.to_string(),
                },
            );
        }
    }
    // Whether each unit is a paragraph of at least `REPEATED_PARAGRAPH_MIN_WORDS` words (its
    // words counted once, only up to the minimum): the two passes below read only those.
    let mut wordy: Vec<bool> = units
        .iter()
        .map(|u| {
            matches!(u, Unit::Paragraph { text, .. }
                if lines::words_upto(text, REPEATED_PARAGRAPH_MIN_WORDS)
                    >= REPEATED_PARAGRAPH_MIN_WORDS)
        })
        .collect();
    // A paragraph the page printed twice (a blog's copy repeating its lead) is read once.
    let repeated: Vec<usize> = {
        // (A fast hash of each long paragraph.)
        let mut seen = foldhash::HashSet::with_capacity_and_hasher(units.len(), Default::default());
        units
            .iter()
            .enumerate()
            .filter_map(|(k, u)| match u {
                Unit::Paragraph { text, .. } if wordy[k] && !seen.insert(text.as_str()) => Some(k),
                _ => None,
            })
            .collect()
    };
    for k in repeated.into_iter().rev() {
        units.remove(k);
        wordy.remove(k);
    }
    // A page's standfirst repeated as the story's first paragraph, one of the two with more
    // glued on ("Watchdogs are urging … charges.Otabek Sattoriy has been …" above "Watchdogs
    // are urging … charges."): the earlier copy is the teaser and goes.
    let teasers: Vec<usize> = {
        let mut by_opening: foldhash::HashMap<&str, usize> = Default::default();
        let mut out = Vec::new();
        for (k, u) in units.iter().enumerate() {
            let Unit::Paragraph { text, .. } = u else {
                continue;
            };
            if !wordy[k] {
                continue;
            }
            let mut cut = TEASER_OPENING_BYTES.min(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            if let Some(&j) = by_opening.get(&text[..cut]) {
                if let Unit::Paragraph { text: earlier, .. } = &units[j] {
                    let (short, long) = if earlier.len() <= text.len() {
                        (earlier.as_str(), text.as_str())
                    } else {
                        (text.as_str(), earlier.as_str())
                    };
                    if long.starts_with(short) && short.ends_with(['.', '!', '?', '”', '"']) {
                        out.push(j);
                    }
                }
            }
            by_opening.insert(&text[..cut], k);
        }
        out.sort_unstable();
        out.dedup();
        out
    };
    for k in teasers.into_iter().rev() {
        units.remove(k);
    }
    // A paragraph of a few words with no function word and no sentence end ("Teaser Text",
    // "♪ original audio – name") is no prose: it goes, unless it asks, stands over a list (its
    // heading: "Prison conditions") or is its section's only line under a heading
    // ("(CCPR/C/KGZ/CO/2)" under the committee's name) (`boilerplate`). (Only when prose is left: a text of nothing but fragments keeps them.)
    let prose = units.iter().any(|u| match u {
        Unit::Paragraph { text, .. } => !boilerplate::is_fragment(text, rules),
        Unit::List { .. } => true,
        Unit::Heading { .. } => false,
    });
    if prose {
        let heading_at = |k: usize| matches!(units.get(k), Some(Unit::Heading { .. }));
        let fragments: Vec<usize> = (0..units.len())
            .filter(|&k| match &units[k] {
                Unit::Paragraph { text, .. } => {
                    boilerplate::is_fragment(text, rules)
                        && !matches!(units.get(k + 1), Some(Unit::List { .. }))
                        && !(k > 0
                            && heading_at(k - 1)
                            && (k + 1 == units.len() || heading_at(k + 1)))
                        && cues::sentence(text, rules)
                            .is_none_or(|d| d.kind != ItemKind::Recommendation)
                }
                _ => false,
            })
            .collect();
        for k in fragments.into_iter().rev() {
            units.remove(k);
        }
    }
    // The title found below the header (by its score) may open the body: as a heading after a
    // site section's name, or inside a letterhead's lines glued into one ("CONSIDERATION OF
    // REPORTS … / Conclusions and recommendations of … / KYRGYZSTAN"). It is the title, and
    // the short lines above it are the page's, not sections or items.
    if let Some(title) = header.title.as_deref().map(fold) {
        // Its words alone ("… Periodic Review - -Uzbekistan" in a library's line, "… Periodic
        // Review* / Uzbekistan" in the letterhead glued below it).
        let words_key = |t: &str| {
            let mut key = String::from(" ");
            for w in t
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                key.push_str(w);
                key.push(' ');
            }
            key
        };
        let title_key = words_key(&title);
        let top = || {
            units.iter().take_while(|u| match u {
                Unit::Heading { .. } => true,
                // ("Breaking" / "6 Jul 2022" / "UN, US call for an inquiry!": a headline may
                // end like a sentence.)
                Unit::Paragraph { text, .. } => {
                    !text.ends_with(['.', '!', '?', '”', '"', ':']) || fold(text) == title
                }
                Unit::List { .. } => false,
            })
        };
        let at = top()
            .position(|u| match u {
                Unit::Heading { text } => fold(text) == title,
                Unit::Paragraph { text, .. } => {
                    text.len() <= title.len() + LETTERHEAD_REST_MAX_BYTES && {
                        let folded = fold(text);
                        folded.contains(&title)
                            || (title_key.len() > 1 && words_key(&folded).contains(&title_key))
                    }
                }
                Unit::List { .. } => false,
            })
            // ("HELSINKI COMMISSION CHAIRMAN WELCOMES" / "STATE DEPARTMENT CRITIQUE OF
            // REPRESSION" / "OF RELIGIOUS GROUPS IN TURKMENISTAN": else the last line of a
            // title joined from its wrapped lines ends it.)
            .or_else(|| {
                top().position(
                    |u| matches!(u, Unit::Heading { text } if wrapped_tail(&title, &fold(text))),
                )
            });
        if let Some(at) = at {
            units.drain(..=at);
        } else if let (Some(Unit::Paragraph { text, .. }), Some(shown)) = (
            // (The first paragraph opening with it, among the first few units: a host's
            // frame may stand above it.)
            units.iter_mut().take(TITLE_RUN_IN_REACH_UNITS).find(|u| {
                matches!(u, Unit::Paragraph { text, .. }
                        if header.title.as_deref().is_some_and(|t| text.starts_with(t)))
            }),
            header.title.as_deref(),
        ) {
            // "STATEMENT BY MEMBERS OF … ABDURASULOVA" / "We, members of … call for …": a
            // text copied with single newlines, its headline's line run into the first
            // paragraph; the paragraph starts after it.
            if let Some(rest) = text
                .strip_prefix(shown)
                .filter(|rest| rest.starts_with(' '))
                .map(str::trim_start)
                // (Not a sentence's first line taken for the title: "UN experts today
                // condemned the growing" / "tendency to …" reads on.)
                .filter(|rest| rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                .filter(|rest| words_upto(rest, BODY_LINE_MIN_WORDS) >= BODY_LINE_MIN_WORDS)
            {
                // (A post's stamp may open it: "23:18, September 24, 2016 | Announcements,
                // JointWe, members …".)
                *text = split_post_stamp(rest).map_or_else(|| rest.to_string(), |(_, r)| r);
            }
        }
        // The headline printed again under the standfirst, as an image's alt text ("No
        // Surprises in X" / "Dushanbe has ensured …" / "No Surprises in X"): no section.
        let again_near = units
            .iter()
            .take(TITLE_AGAIN_REACH)
            .position(|u| matches!(u, Unit::Heading { text } if fold(text) == title));
        if let Some(again) = again_near {
            units.remove(again);
        }
        // (Whether the title stood above the story: only then is a line equal to it further
        // down printed again.)
        let title_above = header_titled || at.is_some() || again_near.is_some();
        // "Following is a transcript of her remarks …:" / "STATEMENT ON …": a title taken from
        // a heading under the story (a reproduced document's own heading) is no section of it.
        if !title_above {
            if let Some(own) = units
                .iter()
                .position(|u| matches!(u, Unit::Heading { text } if fold(text) == title))
            {
                units.remove(own);
            }
        }
        // "Transcript of T", "Page 2: T", "Download \"T\"": a document host's labels of up to
        // three words over the file's title (a long one) printed again, wherever they stand:
        // the host's frame, neither a section nor an item.
        if title_key.len() > 1 && words_upto(&title, HOST_TITLE_MIN_WORDS) >= HOST_TITLE_MIN_WORDS {
            units.retain(|u| match u {
                Unit::Heading { text } | Unit::Paragraph { text, .. } => {
                    !host_labelled_title(text, &title_key, words_key)
                }
                Unit::List { .. } => true,
            });
        }
        // The headline printed again after the story ("… HRW says" / "Sorry we are not
        // currently accepting comments on this article."; also on the line right under the
        // last sentence, a paragraph of its own): a share box's or a comment section's
        // header, the page's, and so is what follows it when it holds no paragraph of the
        // story (a line of twenty words or more) and no list.
        // (Only the tail after the story's last long paragraph or list is searched.)
        let tail = units
            .iter()
            .rposition(|u| match u {
                Unit::Heading { .. } => false,
                Unit::Paragraph { text, .. } => {
                    lines::words_upto(text, BODY_LINE_MIN_WORDS) >= BODY_LINE_MIN_WORDS
                }
                Unit::List { .. } => true,
            })
            .map(|p| p + 1);
        if let Some(tail) = tail {
            if let Some(again) = units[tail..].iter().position(|u| {
                matches!(u, Unit::Heading { text } | Unit::Paragraph { text, .. }
                        if fold(text) == title)
            }) {
                // (A title that did not stand above the story is not printed again: its own
                // line went as a heading above, and what follows is the document.)
                if title_above {
                    units.truncate(tail + again);
                }
            }
        }
    }
    // Memory: the blocks are not needed once read; items are built from the units.
    drop(blocks);
    drop(body);

    // "European Parliament resolution of 18 January 2024 on …": the date the title, or a line
    // of the header naming the document, gives its own document dates it, over a site's date
    // line above it ("Thursday, February 22nd, 2024").
    let own_date = header
        .title
        .as_deref()
        .and_then(|t| dates::own_document_date(t, usize::MAX, rules))
        .or_else(|| {
            input
                .text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .take(OWN_DATE_HEADER_LINES)
                .find_map(|l| {
                    // (The name and its day open the line: a long paragraph is not read.)
                    dates::own_document_date(
                        head(l, OWN_DATE_LINE_BYTES),
                        OWN_DATE_NAME_WORDS,
                        rules,
                    )
                })
        });
    let own_dated = own_date.is_some();
    if own_dated {
        header.date = own_date;
    }
    // "[Example-list] Statement on …" / "Jane Roe jroe at example.org" / "Tue, 14 Nov 2006 …" /
    // "Previous message: …" / "Statement of the groups meeting in Vienna on 8 November 2006":
    // a mailing list archive's header gives the day the message was posted; the document's own
    // date in its first heading or paragraph comes first.
    if letter.mail_archive && !own_dated {
        if let Some(date) = letter.archive_own_date.clone() {
            header.date = Some(date);
        }
    }
    // "Astana, 30 April 2007" alone on a line near the top: the issuing office's dateline dates
    // the text, over the date line the header reader found under the title (a site's time
    // stamp, "Tuesday, May 1, 2007 10:51 AM") and a date in the title (the event the text
    // tells of, "… Elections 16 December 2007"); a document naming its own day and a UN
    // letterhead's date come first.
    if !own_dated && input.metadata.date.is_none() {
        if let Some(date) = dates::place_dateline(input.text, rules) {
            header.date = Some(date);
        }
    }
    // A UN letterhead's date ("Distr.: General / 14 January 2020 / Original: English") dates
    // the document, wherever a copied PDF put the letterhead.
    if letterhead_date.is_some() {
        header.date = letterhead_date;
    }
    // "Date: 2018 Jul", "Concluding Observations published: 7 April 2010": a page's date field.
    if header.date.is_none() {
        header.date = field_date;
    }
    // "… Committee on Y" / "November 2014": a letter's date alone under its signatures.
    if header.date.is_none() {
        header.date = letter.closing_date;
    }
    // "UPR of Kyrgyzstan, 20 January 2020", "… [Geneva, 20 January 2020]": a date in the title;
    // a range ("Geneva, 2 - 13 May 2016") is the session's, and a statement's own date in the
    // first paragraph comes first.
    let title_date = header.title.as_deref().and_then(dates::find_date_or_range);
    let statement_date = || {
        units
            .iter()
            .find_map(|u| match u {
                Unit::Paragraph { text, .. } => Some(dates::statement_date(text, rules)),
                _ => None,
            })
            .flatten()
    };
    // "… on Kazakhstan October 2014": a title that ends in its month and year.
    let title_month = || {
        header
            .title
            .as_deref()
            .and_then(|t| {
                let words: Vec<&str> = t.split_whitespace().collect();
                words.len().checked_sub(2).map(|k| words[k..].join(" "))
            })
            .and_then(|tail| find_month_year(&tail))
    };
    if header.date.is_none() {
        header.date = match title_date {
            Some((date, false)) => Some(date),
            Some((date, true)) => statement_date()
                .or_else(|| dates::day_before_range_end(&date, input.text))
                .or(Some(date)),
            // A statement dated in its first paragraph ("… was held on the 9th of May 2018"),
            // or a sentence of its first paragraphs opening with "Today" and a date.
            None => statement_date().or_else(title_month).or_else(|| {
                units
                    .iter()
                    .filter_map(|u| match u {
                        Unit::Paragraph { text, .. } => Some(text),
                        _ => None,
                    })
                    .take(TODAY_REACH_PARAGRAPHS)
                    .find_map(|text| dates::today_date(text))
            }),
        };
    }
    // Nothing above dated the text: the best-placed date of any line (see `dates::page_date`).
    // (Not when the metadata dates the report: nothing found here would be shown.)
    if header.date.is_none() && input.metadata.date.is_none() {
        header.date = dates::page_date(read_text, rules);
    }
    // "* Adopted by the Committee at its … session (21 October–8 November 2019).", "Regional
    // Workshop …, Dushanbe (Tajikistan), 20-21 May 2014": a line near the top naming the
    // session or event's days the document was adopted or presented at.
    if header.date.is_none() && input.metadata.date.is_none() {
        header.date = dates::session_range_date(input.text);
    }
    // "Addendum to UPR Submission" / "Tajikistan" / "April 2016": a line near the top that is
    // only a month and its year dates a text nothing else dates.
    if header.date.is_none() && input.metadata.date.is_none() {
        header.date = dates::month_line(input.text);
    }
    // A month alone (the title's "… survey, August 2008") is the day's month: a full date of
    // that month the page gives ("Tuesday 5 August 2008" under the masthead) is the day.
    if let Some(month) = header.date.as_deref().filter(|d| d.len() == MONTH_DATE_LEN) {
        if let Some(day) = dates::page_day_of(month, input.text, rules) {
            header.date = Some(day);
        }
    }
    let meta = &input.metadata;
    // A letter without a headline: its "Subject:" or "Re:" line names it.
    let letter_subject = || {
        input
            .text
            .lines()
            .take(LETTER_SUBJECT_MAX_LINE)
            .find_map(|l| {
                let l = normalize_whitespace(l);
                LETTER_SUBJECT_LABELS
                    .iter()
                    .find_map(|p| l.strip_prefix(p))
                    .map(|rest| rest.trim().to_string())
                    .filter(|rest| {
                        (1..=HEADING_MAX_WORDS * 2)
                            .contains(&words_upto(rest, HEADING_MAX_WORDS * 2 + 1))
                    })
            })
    };
    let title = meta
        .title
        .clone()
        .or(header.title.clone())
        .or_else(letter_subject)
        // A text with no title line that a UN document symbol names ("CCPR/C/KGZ/CO/2" alone on
        // a line): the symbol, the document's own name, before the file's.
        .or_else(|| {
            doc_symbols
                .iter()
                .find(|s| rules.text.is_doc_symbol(s))
                .cloned()
        })
        // "(Berlin) – Kazakhstan should …" / … / "Kazakhstan: Move to Shut Down Trade Unions"
        // over a donation appeal: a page copied with its story above its headline; a line of a
        // country's name, a colon and a headline (no sentence end) among the last lines above
        // the line that ended the article names the text, before the file does. (Not when no
        // line ended it: "Previous articles on this case:" / "Kyrgyzstan: Questioned for six
        // hours …" at a page's end are other stories.)
        .or_else(|| {
            let ended = read_text.len() < input.text.trim_end().len();
            read_text
                .lines()
                .rev()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .take(if ended { HEADLINE_ABOVE_STOP_LINES } else { 0 })
                .find(|l| {
                    words_upto(l, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS
                        && !l.ends_with(['.', '!', '?', ':', ';', ','])
                        && (title::country_headline(l, rules)
                            // "Uzbekistan Releases Jailed Rights Defenders": a headline in
                            // title case naming a country (since session 37).
                            || (title_case(l)
                                && words_upto(l, STORY_HEADLINE_MIN_WORDS)
                                    >= STORY_HEADLINE_MIN_WORDS
                                && !rules.gazetteer.countries_in(&fold(l)).is_empty()))
                })
                .map(tidy_title)
        })
        .unwrap_or_else(|| input.id.replace(['-', '_'], " "));
    let id = match crate::text::slug(input.id) {
        s if s.is_empty() => "report".to_string(),
        s => s,
    };
    let mut report = Report {
        id,
        // (A headline printed twice is no subtitle of itself.)
        subtitle: meta
            .subtitle
            .clone()
            .or(header.subtitle.clone().filter(|s| fold(s) != fold(&title))),
        title,
        author: meta.author.clone().or(header.author.clone()),
        publisher: meta.publisher.clone(),
        publisher_short: meta.publisher_short.clone(),
        date: meta.date.clone().or(header.date.clone()),
        url: meta.url.clone(),
        source: input.source.to_string(),
        countries: Vec::new(),
        sections: Vec::new(),
        footnotes: footnotes.iter().map(|(_, f)| f.clone()).collect(),
    };
    if report.publisher_short.is_none() {
        report.publisher_short = report.publisher.as_deref().map(short_publisher);
    }
    // (A title the header reader did not give may still be a line of the text: only the file's
    // name is the weaker evidence.)
    let title_from_file = !header_titled && report.title == input.id.replace(['-', '_'], " ");
    // The paragraphs `subject_countries` reads for the countries they name, read as their items
    // will be (`ItemReader`): the section builder takes each read up at its paragraph instead
    // of reading the paragraph again.
    let mut unit_reads: Vec<std::cell::OnceCell<ItemReader>> =
        units.iter().map(|_| std::cell::OnceCell::new()).collect();
    report.countries = subject_countries(
        &report,
        title_from_file,
        &doc_symbols,
        &section_countries,
        meta,
        &units,
        &unit_reads,
        rules,
        input.source,
        diagnostics,
    );
    let options = BuildOptions {
        source: input.source,
        prose: meta.prose_recommendations.unwrap_or(true),
        letter: letter.body_from.is_some(),
    };
    let tags = build_sections(
        &mut report,
        &units,
        &mut unit_reads,
        rules,
        &options,
        diagnostics,
    );
    // "List of issues in relation to the second periodic report of X": questions put to the
    // State party, never recommendations ("The State party is requested to submit …").
    let folded_title = fold(&report.title);
    if let Some(kind) = rules
        .text
        .question_document_openings
        .iter()
        .find(|o| folded_title.starts_with(o.as_str()))
    {
        for item in report
            .sections
            .iter_mut()
            .flat_map(|s| &mut s.items)
            .filter(|i| i.kind == ItemKind::Recommendation)
        {
            item.kind = ItemKind::Paragraph;
            item.addressee = None;
            item.kind_evidence = Some(KindEvidence::new("questions", kind));
        }
    }
    // A country a recommendation addresses ("It also calls on the Georgian authorities to
    // investigate …", "The governments of both Kyrgyzstan and Uzbekistan should …") is a
    // subject of the text too (outside the focus only as its authorities, see `rec_countries`).
    if meta.countries.is_none() {
        let addressed: Vec<String> = report
            .sections
            .iter()
            .flat_map(|s| &s.items)
            .filter(|i| i.kind == ItemKind::Recommendation && i.addressee.is_some())
            .flat_map(|i| i.countries.iter())
            .filter(|c| !report.countries.contains(c))
            .cloned()
            .collect();
        for country in addressed {
            if !report.countries.contains(&country) {
                report.countries.push(country);
            }
        }
    }
    let hashes = super::tagging::tag_report(&mut report, rules, tags);
    super::ids::assign_hashed(&mut report, &hashes);
    if report.count(ItemKind::Recommendation) == 0 {
        if let Some(warning) = unfound_recommendations(&units, rules, options.prose) {
            diagnostics.push(Diagnostic::warning(input.source, warning.0, warning.1));
        }
    } else {
        for (line, message) in empty_recommendation_chapters(&units, rules) {
            diagnostics.push(Diagnostic::warning(input.source, line, message));
        }
    }
    check_footnotes(&report, &footnotes, input.source, diagnostics);
    report
}

// ---------------------------------------------------------------------------------------------
// Pass 1–2: lines and blocks

/// Dates the line passes of [`clean_lines`] found, and where the page's own dates begin.
#[derive(Debug, Default)]
struct LineDates {
    /// A UN letterhead's date.
    letterhead: Option<String>,
    /// A page's date field or stamp ("Date: …", a repost's note with its date), or the story's
    /// dateline under a list of other stories.
    field: Option<String>,
    /// The number of the first line below a list of other stories at the top, whose dates are
    /// theirs: the page's dates are read from there.
    read_from_line: Option<usize>,
}

// (Not inlined: each stage shows as itself in a profile.)
#[inline(never)]
fn clean_lines(
    input: &Input<'_>,
    rules: &ImportRules,
    doc_symbols: &mut Vec<String>,
    section_countries: &mut Vec<String>,
    dates: &mut LineDates,
    scored_chrome: &mut Vec<String>,
) -> Vec<Line> {
    let mut lines = Vec::new();
    // Indices of the lines kept so far that hold text, the last one last (a line dropped as
    // chrome looks back at the last of them without walking over every cleared line).
    let mut with_text: Vec<usize> = Vec::new();
    // Old Mac line endings (CR only): without them the whole file would be one line. A CR inside
    // a line of a LF or CRLF file is left to `sanitize`, which makes it a space.
    let separator = if memchr::memchr(b'\n', input.text.as_bytes()).is_some() {
        b'\n'
    } else {
        b'\r'
    };
    let mut body_seen = false;
    // Whether a line of the site's frame in another language has gone above the body (see
    // `other_language_line`): the frame prints more of that language.
    let mut foreign_frame = false;
    // Lines kept that read as a fact box's "Label: Name" ("Head of state: …").
    let mut fact_lines: Vec<usize> = Vec::new();
    // Lines dropped as a record panel's spaced labels ("Texts tabled :").
    let mut spaced_labels: Vec<usize> = Vec::new();
    // Lines dropped as a picture's credit standing alone ("Image: A. Name").
    let mut credit_lines: Vec<usize> = Vec::new();
    // Where the lines of a UN letterhead are: a document symbol, "Distr.: General".
    // (line index, whether body text came before it: two lines of 8 words or more)
    let mut letterhead_at: Vec<(usize, bool)> = Vec::new();
    let mut long_lines = 0;
    // Lines that are a tag list's label ("Tags").
    let mut tag_label_at: Vec<usize> = Vec::new();
    // "1. Home" dropped at the top: where a breadcrumb set as a list opens.
    let mut home_link_at: Option<usize> = None;
    let mut first_content = true;
    // The name in a logo's alt text just read ("Example Foundation logo"), folded.
    let mut logo_name: Option<String> = None;
    // Whether the line just read was the site's name under its logo.
    let mut under_site_name = false;
    // A page copied as one line is cut where its paragraphs and items began; every piece is
    // still line 1 of the file.
    let cuts = lines::one_line_cuts(input.text);
    let pieces: Vec<(usize, &str)> = if cuts.is_empty() {
        crate::text::split_at_byte(input.text, separator)
            .enumerate()
            .collect()
    } else {
        std::iter::once(0)
            .chain(cuts.iter().copied())
            .zip(
                cuts.iter()
                    .copied()
                    .chain(std::iter::once(input.text.len())),
            )
            .map(|(a, b)| (0, &input.text[a..b]))
            .collect()
    };
    let pieces = lines::split_glued_bullets(lines::undo_break_tags(pieces));
    // One buffer for every line's folded form.
    let mut folded = String::new();
    // What the boilerplate rules say of a blank line (half the lines of most texts), asked
    // once.
    let blank_rule = rules.text.classify("");
    lines.reserve(pieces.len());
    // Each line's chrome features, read from the forms below (one per line pushed).
    let mut marks: Vec<chrome::Mark> = Vec::with_capacity(pieces.len());
    // Lines still to go of a related box inside the story, under its stop line.
    let mut box_left = 0usize;
    for (pos, &(index, raw)) in pieces.iter().enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let mut text = sanitize_keep_indent(raw);
        // Whether a pointer to the organisation's own pages was cut from the line's end.
        let mut own_pages = false;
        // (The line was all a pointer to more reading: see `chrome::Mark::pointer`.)
        let mut pointer_whole = false;
        if input.markdown {
            text = markdown_inline(&text);
        }
        // "osce flagsAt the 941st meeting …": an image's alt text glued to the paragraph.
        if let Some(cut) = glued_alt_text(&text) {
            text.replace_range(..cut, "");
        }
        // "Click to expand Image People protest … © 2023 Agency/Name (Berlin) – The parliament
        // should …": a photo's caption and credit glued before a release's dateline.
        if has_copyright_sign(&text) {
            if let Some(at) = glued_caption_end(&text).or_else(|| expanded_image_credit_end(&text))
            {
                text.drain(..at);
            }
        }
        // "X remains one of the world's most closed societies (AFP) More rights groups are …":
        // a photo's caption ending in its agency's credit, glued before the paragraph; the
        // caption goes, the paragraph stays.
        if let Some(at) = glued_agency_caption_end(&text, rules) {
            text.drain(..at);
        }
        // "Turkmen President A. Name (file photo) (Example.net) The media watchdog …": a photo's
        // caption marked "(file photo)", and its credit, glued before the paragraph.
        if let Some(at) = glued_photo_caption_end(&text) {
            text.drain(..at);
        }
        // "читать на русском Reporters Without Borders today …", "Read in Russian The
        // Committee …": a link to the text in another language glued before the paragraph
        // goes, the paragraph stays.
        if let Some(at) = glued_language_link_end(&text, rules) {
            text.drain(..at);
        }
        // "Download file- the ongoing process …": a download link's label glued before a list
        // item goes, the item stays.
        if let Some(at) = glued_download_head(&text) {
            text.drain(..at);
        }
        // "SEE ALSO: Watchdogs Urge Bishkek To Drop CaseThe institute also called on
        // …": a related story's link glued before a paragraph goes, the paragraph stays.
        if let Some(at) = glued_related_head(&text, rules) {
            text.drain(..at);
        }
        // "… to investigate the complaints. Download PDF": a link's label glued after the
        // paragraph goes, the paragraph stays.
        if let Some(at) = glued_download_label(&text) {
            text.truncate(at);
            text.truncate(text.trim_end().len());
        }
        // "… Western political systems. (Writing by A. Name; editing by B. Name)": the story's
        // credits in brackets after its last sentence go, the paragraph stays; alone on a line,
        // the line goes.
        if let Some(at) = credit_tail(&text) {
            text.truncate(at);
            text.truncate(text.trim_end().len());
        }
        // "… in their investigations. Learn more about human rights defenders in X.", "To read
        // more on X:": the site pointing its reader at more to read goes (a line of its own
        // with it; a scraper's date field before it stays, to date the text).
        {
            let skip = if first_content {
                scraper_date_stamp(text.trim()).map(|(_, rest)| {
                    text.len() - text.trim_start().len() + (text.trim().len() - rest.len())
                })
            } else {
                None
            }
            .unwrap_or(0);
            if let Some(at) = chrome::reader_pointer_start(&text[skip..], &rules.text) {
                // ("… Learn more at www.example.org/fom, Twitter: @desk.": the organisation's
                // own pages, after a paragraph that is its box; see `chrome::Mark::own_pages`.)
                let tail = &text[skip + at..];
                own_pages = at > 0
                    && (tail.contains("www.") || tail.contains("http") || tail.contains('@'));
                text.truncate(skip + at);
                text.truncate(text.trim_end().len());
                pointer_whole = text.trim().is_empty();
            }
        }
        // "… during the 2020 harvest. [Watch the discussion of the report": a link in square
        // brackets at the paragraph's end, its command a call to action, goes.
        if let Some(at) = chrome::bracketed_link_tail(&text, &rules.text) {
            text.truncate(at);
            text.truncate(text.trim_end().len());
        }
        // "… observers say➡️https://t.co/AbC123 pic.twitter.com/XyZ789": a post copied from a
        // social network ends in its short links and its picture's address; they go, and the
        // post's text stays when it is a sentence (a headline's words, "Elections orderly,
        // observers say", would head the paragraph under them: they go too).
        if let Some(at) = post_links_tail(&text) {
            text.truncate(at);
            let kept = text
                .trim_end()
                .trim_end_matches(|c: char| !c.is_alphanumeric() && !".!?”\"".contains(c));
            if kept.ends_with(['.', '!', '?', '”', '"']) {
                text.truncate(kept.len());
            } else {
                text.clear();
            }
        }
        // A page copied without its line ends can begin with its running header glued to the
        // text ("CRC/C/TJK/CO/2 (a) The establishment of …"): on the text's first line, a
        // leading document symbol followed by more words still names the State party, and is
        // cut off as the running header it is (what follows is cut into items as usual).
        if first_content {
            let trimmed = text.trim_start();
            if let Some((symbol, rest)) = trimmed.split_once(' ') {
                let plain_end = symbol.ends_with(|c: char| c.is_ascii_alphanumeric());
                if plain_end && !rest.trim().is_empty() && rules.text.is_doc_symbol(symbol) {
                    doc_symbols.push(symbol.to_string());
                    text = rest.trim_start().to_string();
                }
            }
        }
        // Each line is collapsed, folded and counted in words once; the rules below read
        // these. (`text` is sanitised already: collapsing is all `normalize_whitespace` would
        // do to it.) A line to be dropped is cleared after them.
        let collapsed = crate::text::collapse_whitespace_cow(&text);
        // (The text is its own collapsed form when collapsing borrowed all of it.)
        let is_collapsed =
            matches!(&collapsed, std::borrow::Cow::Borrowed(c) if c.len() == text.len());
        let collapsed: &str = &collapsed;
        folded.clear();
        crate::text::fold_into(collapsed, &mut folded);
        // (Collapsed: one plain space between words, none at the ends.)
        let words = if collapsed.is_empty() {
            0
        } else {
            crate::text::count_byte(collapsed.as_bytes(), b' ') + 1
        };
        let mut cleared = false;
        // ("Related news" / "Rights defender to be buried …": the box's headlines.)
        if box_left > 0 {
            box_left -= 1;
            cleared = true;
        }
        // ("United Nations A/HRC/39/7": a letterhead's row with the organisation's name.)
        // ("United Nations / A/HRC/28/10": the row's cells glued with a separator between.)
        let symbol_text = collapsed
            .strip_prefix("United Nations ")
            .map(|rest| rest.trim_start_matches(['/', ' ']))
            .filter(|rest| rules.text.is_doc_symbol(rest))
            .unwrap_or(collapsed);
        let doc_symbol = rules.text.is_doc_symbol(symbol_text);
        // "date 2017-06-30 Kyrgyzstan should drop …": a scraper's date field glued before the
        // text's first paragraph dates the text and is no part of the paragraph.
        let stamp = if first_content {
            scraper_date_stamp(collapsed)
        } else {
            None
        };
        if !collapsed.is_empty() {
            first_content = false;
        }
        if let Some((date, rest)) = stamp {
            if dates.field.is_none() {
                dates.field = Some(date);
            }
            let rest = rest.to_string();
            let rest_folded = fold(&rest);
            let rest_words = word_count(&rest);
            marks.push(chrome::mark(
                &rest,
                &rest_folded,
                rest_words,
                &rules.text,
                false,
            ));
            lines.push(Line {
                no: index + 1,
                text: lines::LineText::counted(rest, rest_words, false),
            });
            body_seen |= rest_words >= BODY_LINE_MIN_WORDS;
            continue;
        }
        if doc_symbol {
            doc_symbols.push(symbol_text.to_string());
            letterhead_at.push((lines.len(), long_lines >= 2));
            cleared = true;
        } else if folded.starts_with("distr") {
            letterhead_at.push((lines.len(), long_lines >= 2));
            // "Distr.GENERALCAT/C/KAZ/CO/212 December 2008": the symbol glued into the line
            // still names the State party.
            if collapsed.contains('/') {
                doc_symbols.push(collapsed.to_string());
            }
        }
        // "/ General Assembly / Distr.: General", "Convention on the Elimination Distr.:
        // General": a letterhead's row whose cells were glued in copying, "Distr." inside it, is
        // the letterhead's, never an item or a heading (a row holding the date is left for the
        // letterhead's date to be read from).
        if !cleared
            && !folded.starts_with("distr")
            && words <= CODE_LINE_MAX_WORDS
            // (Its "Distr." or its symbol's '/': most short lines hold neither.)
            && memchr::memchr2(b'.', b'/', collapsed.as_bytes()).is_some()
            && title::letterhead_row(collapsed, rules)
            && !dates::has_four_digits(collapsed)
        {
            letterhead_at.push((lines.len(), long_lines >= 2));
            cleared = true;
        }
        // "RC\1234567EN.docx PE701.234v01-00 }", "B9-0072/2022 (Renew)": a PDF's running
        // footer or cover rows of file names and document numbers, never an item or a heading.
        if !cleared && (2..=CODE_LINE_MAX_WORDS).contains(&words) && lines::codes_only(collapsed) {
            cleared = true;
        }
        // "Date: 2018 Jul", "Last reported: … Concluding Observations published: 7 April 2010":
        // a page's fields, read for the date and never an item or a heading.
        // (The count first, then the colon by `memchr`: most lines are longer.)
        if !cleared
            && words <= 2 * HEADER_DATE_MAX_WORDS
            && memchr::memchr(b':', collapsed.as_bytes()).is_some()
        {
            if let Some(date) = dates::field_date(&text, rules) {
                if dates.field.is_none() {
                    dates.field = date;
                }
                cleared = true;
            }
        }
        // "Posted by admin on 2006/9/14 15:14:00 (860 reads)": a forum's byline, read for
        // its date.
        if (collapsed.starts_with("Posted by ") || collapsed.starts_with("Posted on "))
            && words <= POSTED_LINE_MAX_WORDS
        {
            let date = collapsed
                .split_whitespace()
                .find_map(parse_date)
                .or_else(|| dates::find_date(collapsed));
            if date.is_some() {
                if dates.field.is_none() {
                    dates.field = date;
                }
                cleared = true;
            }
        }
        // "Met dank overgenomen van …, gepubliceerd op donderdag 15 mei 2008.": a repost's note
        // in another language above the body, read for its date and never an item.
        if !cleared
            && !body_seen
            && (FOREIGN_NOTE_MIN_WORDS..=FOREIGN_NOTE_MAX_WORDS).contains(&words)
            && collapsed.ends_with('.')
            // (The note is read for its date, which needs a year: a line without one is not
            // split into words.)
            && dates::has_four_digits(collapsed)
            && (foreign_month_named(collapsed)
                || foreign_words(&folded) >= FOREIGN_NOTE_MIN_MARKERS)
            && !folded
                .split_whitespace()
                .any(|w| ENGLISH_MARKERS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        {
            if let Some(date) = dates::find_date(collapsed) {
                if dates.field.is_none() {
                    dates.field = Some(date);
                }
                cleared = true;
            }
        }
        // "Page 2: SHADOW REPORT … …tbinternet.ohchr.org/Treaties/… · Basing its …": a document
        // site's preview of the file (the title cut short, the file's address cut short), over
        // each page it prints.
        if !cleared
            && words <= PREVIEW_MAX_WORDS
            // (Above the body, or over a page it prints: other lines are not searched.)
            && (!body_seen || collapsed.starts_with("Page "))
            && has_ellipsis(collapsed)
            && lines::bare_web_address(collapsed)
        {
            cleared = true;
        }
        // "By Human Rights Watch" on the line above "(Berlin) – …": a byline of capitalised
        // words, never glued to the paragraph below it. (Since session 43 "By Jane Example,
        // Channel 12": after the author's name and a comma, whom the author writes for may end
        // in a number, a name's part.)
        if words <= BYLINE_MAX_WORDS + 1
            && collapsed.strip_prefix("By ").is_some_and(|names| {
                let (names, org) = match names.split_once(", ") {
                    Some((name, org)) => (name, Some(org)),
                    None => (names, None),
                };
                let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase()) || w == "and";
                let org_named = org.is_none_or(|org| {
                    let (head, last) = org.rsplit_once(' ').unwrap_or(("", org));
                    let number = !head.is_empty() && last.bytes().all(|b| b.is_ascii_digit());
                    let head = if number { head } else { org };
                    head.split(' ').all(capitalised)
                });
                !collapsed.ends_with(['.', ',', ';', ':'])
                    && names.split(' ').all(capitalised)
                    && org_named
            })
        {
            cleared = true;
        }
        // "Central Asia news", "recent news Turkmenistan": a site's news rubric above the
        // story, never its title.
        if !cleared && !body_seen && (2..=NEWS_RUBRIC_MAX_WORDS).contains(&words) {
            cleared = news_rubric(&folded, rules);
        }
        // "HomeAsiaIPHR, CIVICUS Demand …": a breadcrumb glued into one line.
        if collapsed
            .strip_prefix("Home")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
        {
            cleared = true;
        }
        // "You are in: Under Secretary … > Bureau of … > Human Rights > 2002", "Human rights
        // defenders / Statements / Kyrgyzstan / 2015 / September": a breadcrumb trail above the
        // body is the site's navigation, never an item, a heading or the title.
        if !cleared && !body_seen && lines::trail_line(collapsed) {
            cleared = true;
        }
        // "<Commission>{PPE}on behalf of the PPE Group</Commission>": a line wrapped in the
        // markup of a page's export is the page's record, not the text.
        if markup_line(collapsed) || is_reference_code(collapsed) {
            cleared = true;
        }
        // "Tags", "Topics:": a tag list's label (its tags below are read after the loop).
        if words <= 2
            && !cleared
            && rules
                .text
                .tag_labels
                .iter()
                .any(|t| t.as_str() == folded.trim_end_matches(':').trim_end())
        {
            tag_label_at.push(lines.len());
        }
        let rule = if folded.is_empty() {
            blank_rule
        } else {
            // (Folding turns no character into a space, so the folded line has the collapsed
            // one's words, unless a word of combining marks alone folded away, leaving two
            // spaces in a row or one at an end: the rules read the count, not the line again.)
            let kept_words = !folded.starts_with(' ')
                && !folded.ends_with(' ')
                && memchr::memmem::find(folded.as_bytes(), b"  ").is_none();
            rules
                .text
                .classify_counted(&folded, kept_words.then_some(words))
        };
        // "NB: This motion for a resolution is available in the original language only.", "The
        // statement is also available in PDF format.": the site's note on the document's
        // languages or files.
        if !cleared
            && words <= AVAILABILITY_NOTE_MAX_WORDS
            && collapsed.ends_with('.')
            && availability_note(&folded)
        {
            cleared = true;
        }
        // "Example Helsinki Committee, Storgata 5, 0150 Oslo Org.nr.: 123 456 789 – www.example.no":
        // an organisation's letterhead or contact line.
        if !cleared && words <= CONTACT_LINE_MAX_WORDS && contact_line(collapsed) {
            cleared = true;
        }
        // ". Last Updated: 07/27/2016": the page's last change, no date of the text and no
        // part of it.
        if !cleared
            && words <= LAST_CHANGE_LINE_MAX_WORDS
            && dates::last_change(collapsed)
            && dates::find_date(collapsed).is_some()
        {
            cleared = true;
        }
        // "Published on Example Analyst (http://analyst.example.org)": the saved page's note on
        // where it came from.
        if !cleared
            && words <= SOURCE_LINE_MAX_WORDS
            && (HTTP.find(collapsed.as_bytes()).is_some()
                || WWW.find(collapsed.as_bytes()).is_some())
            && rules
                .text
                .source_line_openings
                .iter()
                .any(|o| folded.starts_with(o.as_str()))
        {
            cleared = true;
        }
        // "Ce document n'est pas disponible dans votre langue. …", "Dokumenta lietošanas cikls
        // sēdē": a line in another language (a letter outside ASCII, most words in lower case,
        // no English function word) on a page whose text below it is English: the site's frame.
        let foreign_notice = || {
            (2..=OTHER_LANGUAGE_LINE_MAX_WORDS).contains(&words)
                && !collapsed.is_ascii()
                && other_language_line(collapsed, words)
                // (A bullet is a language menu's entry, "• es - español", read with its list.)
                && is_bullet(collapsed).is_none()
                && english_below(input.text, raw)
        };
        if !cleared && rule == super::rules::LineRule::Keep && foreign_notice() {
            cleared = true;
            foreign_frame = !body_seen;
        }
        // "• EN - English" alone: the language menu of a page, shown with its one entry (a
        // whole menu, "• bg - български" / "• es - español" / …, goes with its list).
        if !cleared
            && words <= 4
            && rules.text.language_menu_entry(&folded)
            && ![pos.checked_sub(1), Some(pos + 1)].iter().any(|k| {
                k.and_then(|k| pieces.get(k)).is_some_and(|&(_, raw)| {
                    super::rules::language_entry_shape(raw.trim()).is_some()
                })
            })
        {
            cleared = true;
        }
        // ("Dieses Dokument ist in Ihrer Sprache nicht verfügbar. …" cleared by a rule above:
        // the frame has shown its language all the same.)
        if (cleared || rule != super::rules::LineRule::Keep)
            && !foreign_frame
            && !body_seen
            && foreign_notice()
        {
            foreign_frame = true;
        }
        // "Dokument nie jest dostępny w twoim języku." / … / "Procedura : 2024/2993(RSP)" /
        // "Przebieg prac nad dokumentem podczas sesji": once the frame has shown its language
        // above the body, a line of its record panel (right under one of the panel's spaced
        // labels) goes too, though it is plain ASCII (no English function word, most words in
        // lower case, no sentence end).
        // (The record's header above the panel may be long enough to read as the body.)
        if !cleared
            && foreign_frame
            && spaced_labels.last().is_some_and(|&k| k + 2 >= lines.len())
            && rule == super::rules::LineRule::Keep
            && (3..=FOREIGN_FRAME_LINE_MAX_WORDS).contains(&words)
            // (A panel's label keeps its space before the colon: "Dokument w ramach procedury :".)
            && (collapsed.ends_with(" :") || !collapsed.ends_with(['.', ':', ';', ',']))
            && is_bullet(collapsed).is_none()
            && (other_language_words(collapsed, words)
                // ("Entwicklungsstadium in Bezug auf das Dokument :": a small word both
                // languages have, and one of the other's.)
                || english_words(collapsed) <= foreign_words(&folded))
        {
            cleared = true;
        }
        // "dvk1", "dina-ra": an uploader's handle alone in its block above the body (one token
        // in lower case holding a digit, a hyphen or an underscore).
        if !cleared && words == 1 && !body_seen && uploader_handle(collapsed) && {
            let prev_blank = with_text.last().is_none_or(|&k| k + 1 < lines.len());
            prev_blank
        } {
            cleared = true;
        }
        let body_seen_before = body_seen;
        // "INTERVIEW with the group's director about the report" between two paragraphs: a
        // link to a companion piece inside the story.
        if !cleared && body_seen_before && rules.text.media_link_line(collapsed) {
            cleared = true;
        }
        if words >= BODY_LINE_MIN_WORDS {
            body_seen = true;
        }
        if words >= 8 {
            long_lines += 1;
        }
        // "Example Foundation logo" / "Example Foundation for Human Rights": the line under a
        // logo's alt text that opens with the logo's name is the site's name, never the title.
        if !cleared && !folded.is_empty() {
            // "Turkmenistan" under the site's name: the site's country section names the
            // subject.
            if std::mem::take(&mut under_site_name) && words <= 3 {
                if let Some(country) = rules.gazetteer.exact(&folded) {
                    section_countries.push(country.name.clone());
                    cleared = true;
                }
            }
            if let Some(name) = logo_name.take() {
                if words <= LOGO_SITE_NAME_MAX_WORDS
                    && !collapsed.ends_with('.')
                    && folded.starts_with(name.as_str())
                {
                    cleared = true;
                    under_site_name = true;
                }
            }
        }
        if words <= LOGO_SITE_NAME_MAX_WORDS && rule == super::rules::LineRule::Drop {
            if let Some(name) = folded.strip_suffix(" logo") {
                // (Two words or more: "Site logo" names nothing.)
                if name.contains(' ') {
                    logo_name = Some(name.to_string());
                }
            }
        }
        let empty = cleared || text.is_empty();
        // "All rights reserved" / "© Example News Agency - 2001-2025." below the body, with no
        // paragraph after it: the site's notice of its rights opens its footer, and everything
        // under it is the site's (its address, "Follow us:", "Log in").
        if body_seen_before
            && chrome::site_notice(collapsed)
            && !pieces[pos + 1..]
                .iter()
                .any(|(_, p)| words_upto(p, BODY_LINE_MIN_WORDS) >= BODY_LINE_MIN_WORDS)
        {
            chrome::mark_before_stop(&lines, &mut marks, &rules.text);
            break;
        }
        match rule {
            // A "Related" line ends the article only once the article has begun: above the
            // body it is navigation.
            super::rules::LineRule::Stop if empty || !body_seen_before => {
                cleared = true;
            }
            super::rules::LineRule::Stop => {
                // "Related news" / one or two headlines / the story's prose again: a box inside
                // the story, not its end. (A stop line that is a sentence, "Your gift can help
                // stop abuses around the world.", is an appeal after the story, never a box's
                // label: the appeal's own lines under it are no story.)
                // (A blog's pager, "Previous article…", ends the post too.)
                let sentence_stop = (collapsed.ends_with(['.', '!'])
                    && words > INLINE_BOX_LABEL_MAX_WORDS)
                    || rules.text.is_article_pager(&folded);
                // ("Press Enter to skip to end of carousel" / … / "End of carousel": a box
                // with its end line below it, however many lines it holds.)
                let closed_box = pieces[pos + 1..]
                    .iter()
                    .position(|(_, p)| {
                        let p = p.trim();
                        rules
                            .text
                            .box_end_lines
                            .iter()
                            .any(|e| p.eq_ignore_ascii_case(e))
                    })
                    .map(|end| end + 1);
                let inline_box = closed_box.or_else(|| {
                    (!sentence_stop)
                        .then(|| inline_box_len(&pieces[pos + 1..]))
                        .flatten()
                });
                if let Some(n) = inline_box {
                    cleared = true;
                    box_left = n;
                } else {
                    // (The box of chrome right above it goes with it.)
                    chrome::mark_before_stop(&lines, &mut marks, &rules.text);
                    break;
                }
            }
            super::rules::LineRule::Drop => {
                cleared = true;
                // ("Procedure : 2024/2993(RSP)", "Texts tabled :": a record panel's labels.)
                if collapsed.ends_with(" :") || collapsed.contains(" : ") {
                    spaced_labels.push(lines.len());
                }
                if words <= boilerplate::CREDIT_LINE_MAX_WORDS
                    && boilerplate::credit_line(&folded, rules)
                {
                    credit_lines.push(lines.len());
                }
                // "Two reporters (right) and their editor." / "Two reporters (right) and their
                // editor were convicted on Monday. (Screenshots: Example TV/YouTube)": a
                // caption printed first short (an image's alt text), then in full with its
                // credit; the short one goes too.
                if let Some(&k) = with_text.last() {
                    let right_above = k + 1 == lines.len();
                    let not_first = with_text.len() >= 2;
                    let prev: &mut Line = &mut lines[k];
                    let p = prev.text.trim().trim_end_matches('.');
                    if right_above
                        && not_first
                        && rules.text.caption_line_label(&folded)
                        && words_upto(p, FIGURE_ALT_MAX_WORDS + 1) <= FIGURE_ALT_MAX_WORDS
                        && p.starts_with(char::is_uppercase)
                        && !prev
                            .text
                            .trim_end()
                            .ends_with(['.', '!', '?', ':', ';', ','])
                    {
                        // "Houses on fire in the south - 13 June 2010" / "Image caption The
                        // fighting forced thousands to flee": a broadcaster's picture, its alt
                        // text right above its labelled caption (never the text's first line).
                        prev.text.clear();
                        with_text.pop();
                    } else if words_upto(p, CAPTION_ALT_MAX_WORDS + 1) <= CAPTION_ALT_MAX_WORDS
                        && !p.is_empty()
                        && rules.text.is_caption(&folded)
                        && {
                            // (Since session 43 also after the caption's place in capitals and a
                            // dash: "Kyrgyz Blogger A. Example" / "KYRGYZSTAN — Kyrgyz blogger A.
                            // Example was named …. Example Agency photo.", the alt text's case
                            // aside.)
                            let full = split_agency_dateline(collapsed, rules);
                            let full = full.as_deref().unwrap_or(collapsed);
                            full.len() > p.len()
                                && full
                                    .get(..p.len())
                                    .is_some_and(|head| head.eq_ignore_ascii_case(p))
                        }
                    {
                        prev.text.clear();
                        with_text.pop();
                    } else if body_seen_before
                        && right_above
                        && rules.text.glued_credit_label(&folded)
                        && words_upto(p, FIGURE_ALT_MAX_WORDS + 1) <= FIGURE_ALT_MAX_WORDS
                        && p.starts_with(char::is_uppercase)
                        && !p.ends_with(['.', '!', '?', ':', ';', ',', '"', '”'])
                    {
                        // "Apartment blocks in the capital" / "The funeral is set for
                        // ThursdayImage: Example Agency": a figure copied whole inside the story,
                        // its alt text right over its caption, the credit glued on.
                        prev.text.clear();
                        with_text.pop();
                    }
                }
            }
            super::rules::LineRule::Keep => {}
        }
        if cleared
            && home_link_at.is_none()
            && lines.len() < BREADCRUMB_REACH
            && is_bullet(collapsed).is_some_and(|t| t.trim() == "Home")
        {
            home_link_at = Some(lines.len());
        }
        let fact = !cleared
            && words <= FACT_LINE_MAX_WORDS
            && memchr::memchr(b':', collapsed.as_bytes()).is_some()
            && fact_field(collapsed);
        // (`words` counts the words of `collapsed`, which are the text's.)
        let words = if cleared {
            marks.push(if text.trim().is_empty() {
                chrome::Mark::default()
            } else {
                chrome::Mark::listed()
            });
            text.clear();
            0
        } else {
            let mark = chrome::mark(collapsed, &folded, words, &rules.text, false);
            marks.push(if own_pages {
                mark.own_pages()
            } else if pointer_whole {
                mark.pointer()
            } else {
                mark
            });
            words
        };
        if words > 0 {
            with_text.push(lines.len());
            if fact {
                fact_lines.push(lines.len());
            }
        }
        lines.push(Line {
            no: index + 1,
            text: lines::LineText::counted(text, words, cleared || is_collapsed),
        });
    }
    // "Procedure : 2024/2993(RSP)" / "Document stages in plenary" / "Document selected :": a
    // short line of words (no sentence end, no digit) alone between two of a record panel's
    // spaced labels is the panel's own label.
    for pair in spaced_labels.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let between: Vec<usize> = (a + 1..b)
            .filter(|&k| !lines[k].text.as_str().trim().is_empty())
            .collect();
        if let [k] = between[..] {
            let t = lines[k].text.as_str().trim();
            if b - a <= PANEL_LABEL_MAX_GAP
                && words_upto(t, PANEL_LABEL_MAX_WORDS + 1) <= PANEL_LABEL_MAX_WORDS
                && !t.ends_with(['.', '!', '?', ':', ';', ','])
                // (A label is words; a value is a code or a date: "A9-0227/2023".)
                && t.chars().any(char::is_lowercase)
                && !t.chars().any(|c| c.is_ascii_digit())
            {
                lines[k].text.clear();
            }
        }
    }
    // "Head of state: A. Name" / "Head of government: B. Name (replaced C. Name in April)": a
    // fact box of two or more "Label: Name" lines (blank lines between them aside) with two
    // labels or more, the country's, never the title, a heading or an item.
    let mut run: Vec<usize> = Vec::new();
    for (n, &k) in fact_lines.iter().enumerate() {
        // (A run goes on while only blank lines stand between its lines.)
        let joined = run.last().is_some_and(|&j| {
            lines[j + 1..k]
                .iter()
                .all(|l| l.text.as_str().trim().is_empty())
        });
        if !joined {
            run.clear();
        }
        if !lines[k].text.as_str().is_empty() {
            run.push(k);
        }
        let ends = fact_lines.get(n + 1).is_none_or(|&next| {
            !lines[k + 1..next]
                .iter()
                .all(|l| l.text.as_str().trim().is_empty())
        });
        // ("Kazakhstan: Free Jailed Activists" printed twice is a headline the layout
        // doubled: a box's facts have labels of their own.)
        let label = |j: usize| {
            lines[j]
                .text
                .as_str()
                .split_once(':')
                .map(|(l, _)| l.trim())
        };
        let labels_differ = run.iter().any(|&j| label(j) != label(run[0]));
        if ends && run.len() >= FACT_BOX_MIN_LINES && labels_differ {
            for &j in &run {
                lines[j].text.clear();
            }
            run.clear();
        }
    }
    // "Home News Belarus must release …" above "Belarus must release …": a breadcrumb (the
    // site's sections, then the page's own headline) ends in a line printed below it: the
    // headline is read there.
    for k in 0..lines.len().min(BREADCRUMB_REACH) {
        let Some(rest) = lines[k].text.trim_start().strip_prefix("Home ") else {
            continue;
        };
        let rest = normalize_whitespace(rest);
        let below = lines[k + 1..]
            .iter()
            .take(BREADCRUMB_REACH)
            .map(|l| normalize_whitespace(&l.text))
            .filter(|l| {
                words_upto(l, 3) >= 3 && rest.ends_with(l.as_str()) && {
                    let sections = &rest[..rest.len() - l.len()];
                    words_upto(sections, BREADCRUMB_MAX_SECTIONS + 1) <= BREADCRUMB_MAX_SECTIONS
                }
            })
            .count();
        // ("Home » Headline" keeps its line: the title is tidied out of it.)
        let separated = rest.starts_with(['»', '>', '/', '|', '›']);
        if below >= 2 || (below == 1 && !separated) {
            lines[k].text.clear();
        }
    }
    // "1. Home" / "2. Asia" / "3. Turkmenistan" above the headline: a breadcrumb set as a list,
    // its first link the site's home (dropped above) and every link after it a section's name
    // of a few words, with no sentence end.
    if let Some(k) = home_link_at {
        for line in lines[k + 1..].iter_mut().take(BREADCRUMB_REACH) {
            let link = is_bullet(&line.text).is_some_and(|t| {
                let t = t.trim();
                words_upto(t, BREADCRUMB_LINK_MAX_WORDS + 1) <= BREADCRUMB_LINK_MAX_WORDS
                    && !t.ends_with(['.', '!', '?', ':', ';', ','])
            });
            if !link {
                break;
            }
            line.text.clear();
        }
    }
    // "Tags" / "Tajikistan" / "Press freedom" / "Khorog": a page's tag list, its label alone on
    // a line and the tags on the short lines right below it (no sentence end).
    for k in tag_label_at {
        let tags = lines[k + 1..]
            .iter()
            .take_while(|l| {
                let t = l.text.trim();
                !t.is_empty()
                    && word_count(t) <= TAG_MAX_WORDS
                    && !t.ends_with(['.', '!', '?', ':', ';'])
                    && is_bullet(t).is_none()
            })
            .count();
        if tags >= 1 {
            for line in &mut lines[k..=k + tags] {
                line.text.clear();
            }
        }
    }
    // The date printed alone beside a letterhead's symbol or "Distr." line.
    if let Some(at) = lines.iter().position(|l| {
        letterhead_at
            .iter()
            .any(|&(k, _)| k.abs_diff(l.no - 1) <= LETTERHEAD_DATE_REACH)
            && parse_date(&normalize_whitespace(&l.text)).is_some()
    }) {
        dates.letterhead = parse_date(&normalize_whitespace(&lines[at].text));
        lines[at].text.clear();
    } else if let Some(date) = letterhead_at
        .iter()
        .find_map(|&(k, _)| lines.get(k).and_then(|l| glued_letterhead_date(&l.text)))
    {
        dates.letterhead = Some(date);
    }
    // A letterhead printed inside the text (a PDF's first page copied after its body): its
    // short capitalised lines ("UNITED", "NATIONS", "GENERAL") and "Distr." go with it.
    for &(k, _) in letterhead_at.iter().filter(|(_, after_body)| *after_body) {
        for line in lines
            .iter_mut()
            .filter(|l| (l.no - 1).abs_diff(k) <= LETTERHEAD_DATE_REACH + 2)
        {
            let t = normalize_whitespace(&line.text);
            let capitals = words_upto(&t, 3) <= 2
                && t.chars().any(char::is_alphabetic)
                && !t.chars().any(char::is_lowercase);
            if capitals || fold(&t).starts_with("distr") {
                line.text.clear();
            }
        }
        // Above it, the convention's name set as a caption on short lines ("CAT" /
        // "Convention against Torture" / "and Other Cruel, Inhuman" / … / "or Punishment").
        let above = k.min(lines.len());
        for line in lines[..above]
            .iter_mut()
            .rev()
            .take(LETTERHEAD_CAPTION_MAX_LINES)
        {
            let t = line.text.trim();
            let caption = t.is_empty()
                || (words_upto(t, LETTERHEAD_CAPTION_MAX_WORDS + 1)
                    <= LETTERHEAD_CAPTION_MAX_WORDS
                    && !t.ends_with(['.', ';', ':', ','])
                    && is_bullet(t).is_none());
            if !caption {
                break;
            }
            line.text.clear();
        }
    }
    drop_convention_captions(&mut lines, rules);
    drop_repeated_captions(&mut lines);
    // (A line below the body that asks is the text's: a call cut off at the end.)
    let asks =
        |t: &str| cues::sentence(t, rules).is_some_and(|d| d.kind == ItemKind::Recommendation);
    // (A country's name, or a heading that gives its section recommendations, is the
    // document's.)
    let keeps = |w: &str| {
        let folded = fold(w);
        rules.gazetteer.exact(&folded).is_some()
            || rules
                .text
                .recommendation_heading
                .iter()
                .any(|h| folded.starts_with(h.as_str()))
    };
    for (no, text) in boilerplate::drop_viewer_frame(&mut lines, rules, |t| {
        parse_date(&normalize_whitespace(t)).is_some()
    }) {
        scored_chrome.push(format!(
            "line {no}: {} (a document viewer's button or its host's frame)",
            text.trim()
        ));
    }
    for (no, text) in boilerplate::drop_foreign_tail(&mut lines, rules) {
        scored_chrome.push(format!(
            "line {no}: {} (below the English text, the host site's lines in its own language)",
            text.trim()
        ));
    }
    for (no, text) in boilerplate::drop_foreign_lines(&mut lines, rules) {
        scored_chrome.push(format!(
            "line {no}: {} (inside the English text, a short question in the host site's language)",
            text.trim()
        ));
    }
    for (no, text) in boilerplate::drop_credit_captions(&mut lines, &credit_lines, asks) {
        scored_chrome.push(format!(
            "line {no}: {} (a picture's caption right above or under its credit)",
            text.trim()
        ));
    }
    if let Some((no, text)) = boilerplate::drop_lead_slot_caption(&mut lines, rules, asks) {
        scored_chrome.push(format!(
            "line {no}: {} (a picture's caption between the headline and the lead)",
            text.trim()
        ));
    }
    for (no, text) in boilerplate::drop_clip_captions(&mut lines) {
        scored_chrome.push(format!(
            "line {no}: {} (a clip embedded from a video site: its caption and its sound's credit)",
            text.trim()
        ));
    }
    for (no, text) in boilerplate::drop_post_meta_bullets(&mut lines, rules) {
        scored_chrome.push(format!(
            "line {no}: {} (a post's byline and date set as a list under its headline)",
            text.trim()
        ));
    }
    for (no, text) in boilerplate::drop_dated_scene_captions(&mut lines, rules, asks) {
        scored_chrome.push(format!(
            "line {no}: {} (a picture's caption: one sentence showing a scene at a date)",
            text.trim()
        ));
    }
    if let Some((no, text)) = chrome::drop_section_label(&mut lines, &marks, keeps) {
        scored_chrome.push(format!(
            "line {no}: {} (a site's section label under the page's top chrome)",
            text.trim()
        ));
    }
    for (no, text, why) in chrome::drop_scored(&mut lines, &mut marks, &rules.text, asks) {
        scored_chrome.push(format!("line {no}: {} ({why})", text.trim()));
    }
    drop_trailing_headlines(&mut lines);
    if let Some(list) = lines::tidy(&mut lines) {
        dates.read_from_line = Some(list.dates_from);
        if dates.field.is_none() {
            dates.field = list.dateline;
        }
    }
    lines
}

/// Where the links closing a post copied from a social network begin: its short links
/// (`https://t.co/…`, glued to the word before them or not) and its picture's address
/// (`pic.twitter.com/…`), with nothing but more of them after the first.
fn post_links_tail(text: &str) -> Option<usize> {
    const MARKS: &[&str] = &["pic.twitter.com/", "https://t.co/", "http://t.co/"];
    // (Most lines hold no '/' and neither host: they are not searched further.)
    if memchr::memchr(b'/', text.as_bytes()).is_none()
        || (!text.contains("t.co/") && !text.contains("twitter.com/"))
    {
        return None;
    }
    let is_link = |w: &str| MARKS.iter().any(|m| w.starts_with(m));
    let first = MARKS.iter().filter_map(|m| text.find(m)).min()?;
    // Everything from the first link on must be links: each word, cut at any link glued
    // inside it, is one.
    let all_links = text[first..].split_whitespace().all(|w| {
        is_link(w)
            || MARKS
                .iter()
                .filter_map(|m| w.find(m))
                .min()
                .is_some_and(|at| at > 0 && is_link(&w[at..]))
    });
    all_links.then_some(first)
}

/// Lines from the top in which a title cut short with "…" is looked for.
const CUT_TITLE_REACH_LINES: usize = 12;
/// Lines below a cut title in which its full form is looked for.
const CUT_TITLE_FULL_REACH_LINES: usize = 4;
/// Fewest words of a cut title before its "…".
const CUT_TITLE_MIN_WORDS: usize = 3;

/// "INFORMATION OF THE NGOS OF TAJIKISTAN FOR …" above "INFORMATION OF THE NGOS OF TAJIKISTAN
/// FOR COMPILATION OF …": a page's title cut short with an ellipsis (a tab's or a listing's)
/// above the full title goes; the full one, returned, is the title.
fn drop_cut_titles(lines: &mut [Line]) -> Option<String> {
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&k| !lines[k].text.trim().is_empty())
        .take(CUT_TITLE_REACH_LINES)
        .collect();
    for (n, &k) in filled.iter().enumerate() {
        let t = lines[k].text.trim();
        let Some(head) = t
            .strip_suffix('…')
            .or_else(|| t.strip_suffix("..."))
            .map(str::trim_end)
        else {
            continue;
        };
        if words_upto(head, CUT_TITLE_MIN_WORDS) < CUT_TITLE_MIN_WORDS
            || words_upto(head, HEADLINE_MAX_WORDS + 1) > HEADLINE_MAX_WORDS
        {
            continue;
        }
        let head = fold(&normalize_whitespace(head));
        let full_below = filled[n + 1..]
            .iter()
            .take(CUT_TITLE_FULL_REACH_LINES)
            .find(|&&j| {
                let full = fold(&normalize_whitespace(&lines[j].text));
                full.len() > head.len() && full.starts_with(&head)
            });
        if let Some(&j) = full_below {
            lines[k].text.clear();
            return Some(normalize_whitespace(&lines[j].text));
        }
    }
    None
}

/// Bytes of a short caption compared with the start of the next line before anything else.
const CAPTION_OPENING_BYTES: usize = 8;
/// Fewest words a photo's long caption adds to its short form.
const CAPTION_MORE_MIN_WORDS: usize = 3;

/// A photo's caption printed twice, short and then long: "X and Y." / "X and Y were found
/// guilty on … (Screenshots: Agency/Video)". The long form opens with the short one and ends in
/// a credit in brackets (a ':' or '/' inside it); both are the picture's, never the title or an
/// item.
fn drop_repeated_captions(lines: &mut [Line]) {
    let credit_end = |t: &str| {
        t.strip_suffix(')')
            .and_then(|l| l.rsplit_once('('))
            .is_some_and(|(_, inner)| inner.contains([':', '/']))
    };
    let mut previous: Option<usize> = None;
    for k in 0..lines.len() {
        let t = lines[k].text.trim();
        if t.is_empty() {
            continue;
        }
        // (Only a line ending in a credit is compared with the one before it, and only when
        // both open alike.)
        if !t.ends_with(')') {
            previous = Some(k);
            continue;
        }
        let candidate = previous.filter(|&p| {
            let short = lines[p].text.trim();
            t.len() > short.len()
                && t.as_bytes()[..short.len().min(CAPTION_OPENING_BYTES)].eq_ignore_ascii_case(
                    &short.as_bytes()[..short.len().min(CAPTION_OPENING_BYTES)],
                )
                && credit_end(t)
        });
        if let Some(p) = candidate {
            let short = normalize_whitespace(&lines[p].text);
            let short = short.trim_end_matches('.');
            let long = normalize_whitespace(t);
            let opens_with_short = long.len() > short.len()
                && long.is_char_boundary(short.len())
                && fold(&long[..short.len()]) == fold(short)
                && long[short.len()..].starts_with([' ', '.', ',']);
            if opens_with_short
                && words_upto(short, 2) >= 2
                && words_upto(&long[short.len()..], CAPTION_MORE_MIN_WORDS)
                    >= CAPTION_MORE_MIN_WORDS
            {
                lines[p].text.clear();
                lines[k].text.clear();
                previous = None;
                continue;
            }
        }
        previous = Some(k);
    }
}

/// "Tajikistan’s Interior Ministry comments on Fire at Korvon market" / "Four men detained in …"
/// / …: a site's list of other headlines after the article, one per line with no sentence end,
/// five or more in a row at the end of the text (blank or dropped lines between them allowed),
/// is chrome.
fn drop_trailing_headlines(lines: &mut [Line]) {
    let headline = |t: &str| {
        let t = t.trim();
        let words = word_count(t);
        (TRAILING_HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS).contains(&words)
            && !t.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', ')'])
            && is_bullet(t).is_none()
            && t.chars().any(char::is_lowercase)
    };
    let mut run = Vec::new();
    for (k, line) in lines.iter().enumerate().rev() {
        if line.text.trim().is_empty() {
            continue;
        }
        if !headline(&line.text) {
            break;
        }
        run.push(k);
    }
    // The article itself must come before them: a headline list is not the whole text.
    let body_before = run.last().is_some_and(|&first| {
        lines[..first]
            .iter()
            .any(|l| l.text.words_upto(BODY_LINE_MIN_WORDS) >= BODY_LINE_MIN_WORDS)
    });
    if run.len() >= TRAILING_HEADLINES_MIN && body_before {
        for k in run {
            lines[k].text.clear();
        }
    }
}

/// Fewest words of a last line without a sentence end read as a call cut off, not a heading.
const CUT_OFF_CALL_MIN_WORDS: usize = 8;
/// Fewest words of such a line cut inside a call's object ("The Chairman-in-Office called on
/// the OSCE's s").
const CUT_OFF_CALL_SHORT_MIN_WORDS: usize = 5;
/// Fewest headlines in a row that make a trailing list of other headlines.
const TRAILING_HEADLINES_MIN: usize = 5;
/// Fewest words of one of those headlines.
const TRAILING_HEADLINE_MIN_WORDS: usize = 5;

/// A convention's name set as a caption on short lines (opening with one of
/// `treaty_caption_openings`), as a UN letterhead prints it and a copy keeps it, with or
/// without blank lines between ("International Convention" / "on the Elimination" / "of all
/// Forms of" / "Racial Discrimination"): never an item. The shape is what tells: a short line
/// opening with the convention's name, continued by a short line in lower case; a heading "Convention against Torture" over a paragraph is left alone.
fn drop_convention_captions(lines: &mut [Line], rules: &ImportRules) {
    // (Its words are counted only up to the most a caption may have.)
    let caption_line = |t: &str| {
        !t.is_empty()
            && !t.ends_with(['.', ';', ':', ','])
            && t.split_whitespace()
                .nth(LETTERHEAD_CAPTION_MAX_WORDS)
                .is_none()
            && is_bullet(t).is_none()
    };
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].text.trim();
        // (The openings first: most lines open with none, and their words are not counted.)
        let opens = rules
            .text
            .treaty_caption_openings
            .iter()
            .any(|o| t.starts_with(o.as_str()))
            && caption_line(t);
        // The lines of the caption after the first, blank lines between them skipped.
        // Lines continuing it in lower case ("on the Elimination", "and Other Cruel,
        // Inhuman"), then at most one closing it with a capitalised name ("Racial
        // Discrimination"); a date or "Original: ENGLISH" below is not part of it.
        let mut rest: Vec<usize> = Vec::new();
        if opens {
            let candidates = (i + 1..lines.len().min(i + 1 + 2 * LETTERHEAD_CAPTION_MAX_LINES))
                .filter(|&k| !lines[k].text.trim().is_empty());
            for k in candidates {
                let t = lines[k].text.trim();
                if !caption_line(t) || t.chars().any(|c| c.is_ascii_digit()) {
                    break;
                }
                rest.push(k);
                if !t.starts_with(|c: char| c.is_lowercase()) {
                    break;
                }
            }
        }
        // ("Convention on the" / "Rights of the Child": a first line ending on a joining word
        // is continued by a capitalised one too.)
        let continued = rest.first().is_some_and(|&k| {
            lines[k]
                .text
                .trim_start()
                .starts_with(|c: char| c.is_lowercase())
                || lines::ends_on_joining_word(t)
        });
        if !continued {
            i += 1;
            continue;
        }
        let end = rest.last().copied().unwrap_or(i);
        for line in &mut lines[i..=end] {
            line.text.clear();
        }
        i = end + 1;
    }
}

/// Most words of an organisation's contact line ([`contact_line`]).
const CONTACT_LINE_MAX_WORDS: usize = 25;

/// An organisation's letterhead or contact line: a site's bare web address or an e-mail address
/// and two groups of three digits or more that are no year (a postcode, a phone number, a
/// registration number), and no sentence
/// in it (no sentence mark at its end, no full stop before a word in lower case). "Call +1 212 555 0100 or see
/// www.example.org for the report." is a sentence and stays.
fn contact_line(line: &str) -> bool {
    // (Most lines hold neither a "www." nor an "@": they are not split into words.)
    // ("[email protected]": an address a saved page hid from spam robots.)
    let hidden_email = line.contains("[email protected]");
    if !line.contains("www.") && !line.contains('@') && !hidden_email {
        return false;
    }
    // A site's bare address ("www.example.no") or an e-mail address: a link to a page (a path
    // after the host, as a footnote's source gives) is no letterhead's.
    let has_address = hidden_email
        || line.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            (w.starts_with("www.") && !w.contains('/'))
                || (chrome::email_address(w) && !w.contains('/'))
        });
    if !has_address || line.contains("://") {
        return false;
    }
    // (A year is no postcode or phone number: a footnote's dates do not count.)
    let digit_groups = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| g.len() >= 3 && !(g.len() == 4 && (g.starts_with("19") || g.starts_with("20"))))
        .count();
    let sentence = line.trim_end().ends_with(['.', '!', '?'])
        || line.match_indices(". ").any(|(at, _)| {
            // (A word of four letters or more: "Org. no.:" is an abbreviation's.)
            let next = line[at + 2..].split_whitespace().next().unwrap_or("");
            next.starts_with(char::is_lowercase)
                && next.chars().filter(|c| c.is_alphabetic()).count() >= 4
        });
    // ("+49 89 5432 1999": an international phone number, whose last group may read as a year.)
    let phone = line
        .match_indices('+')
        .any(|(at, _)| line[at + 1..].starts_with(|c: char| c.is_ascii_digit()));
    (digit_groups >= 2 || (phone && digit_groups >= 1)) && !sentence
}

/// Most words of a saved page's note on its source (`source_line_openings`).
const SOURCE_LINE_MAX_WORDS: usize = 15;

/// Words of a first line read as the headline when nothing else is ([`first_line_headline`]).
const FIRST_LINE_HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 4..=20;

/// The text's first line as its headline, when it has a headline's length (4 to 20 words, at
/// most two sentences), opens with a capital, is no bullet, link or date, and the line right
/// under it (in the same block or the next) is a paragraph of the body.
fn first_line_headline(blocks: &[Vec<Line>]) -> Option<String> {
    let first = blocks.first()?.first()?;
    let line = normalize_whitespace(&first.text);
    let words = words_upto(&line, *FIRST_LINE_HEADLINE_WORDS.end() + 1);
    let next = blocks
        .iter()
        .flatten()
        .nth(1)
        .map(|l| l.text.words_upto(BODY_LINE_MIN_WORDS))?;
    (FIRST_LINE_HEADLINE_WORDS.contains(&words)
        && next >= BODY_LINE_MIN_WORDS
        && line.starts_with(char::is_uppercase)
        && line.matches(". ").count() <= 1
        && !line.ends_with([':', ';', ','])
        && is_bullet(&line).is_none()
        && !line.contains("://")
        && parse_date(&line).is_none())
    .then(|| tidy_title(&line))
}

/// Most words of a byline's names ("By Human Rights Watch").
const BYLINE_MAX_WORDS: usize = 5;
/// Most words of a line made only of file names and document numbers (a PDF's running footer).
const CODE_LINE_MAX_WORDS: usize = 8;
/// Longest "Posted by … on <date>" line of a forum (in words).
const POSTED_LINE_MAX_WORDS: usize = 12;
/// Longest site name under a logo's alt text (in words).
const LOGO_SITE_NAME_MAX_WORDS: usize = 12;
/// Longest preview line of a document site (in words).
const PREVIEW_MAX_WORDS: usize = 40;
/// Fewest and most words of a dated note in another language above the body.
const FOREIGN_NOTE_MIN_WORDS: usize = 4;
const FOREIGN_NOTE_MAX_WORDS: usize = 30;
/// Small English words no Dutch, German, French or Spanish sentence uses: a line without any
/// of them, naming a month in another language, is not in English.
const ENGLISH_MARKERS: [&str; 8] = ["the", "of", "and", "to", "for", "with", "by", "from"];

/// Fewest different small words of another language ([`FOREIGN_MARKERS`]) that make a line
/// with no English one a note in that language ("Juan de la Cruz" has two).
const FOREIGN_NOTE_MIN_MARKERS: usize = 3;
/// Whether `line` (of `words` words, not all ASCII) is in another language than English: a
/// Latin letter outside ASCII, no English function word (one in eight words at most in a
/// sentence of eight words or more: Finnish "on"), and most words after the first in lower
/// case (not a line of names, "Jana Toom, Petras Auštrevičius, …").
fn other_language_line(line: &str, words: usize) -> bool {
    line.chars().any(|c| matches!(c, '\u{00C0}'..='\u{024F}')) && other_language_words(line, words)
}

/// Most words of a plain-ASCII line of a foreign frame (a label or a link, not a notice).
const FOREIGN_FRAME_LINE_MAX_WORDS: usize = 10;

/// The words of [`other_language_line`] without its letter outside ASCII: no more than one
/// English function word in eight, most words in lower case.
fn other_language_words(line: &str, words: usize) -> bool {
    let mut english = 0;
    let mut lower = 0;
    for w in line.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.starts_with(char::is_lowercase) {
            lower += 1;
        }
        if english_function_word(w) {
            english += 1;
            // (An English line stops at its second or third small word.)
            if english > words / 8 {
                return false;
            }
        }
    }
    2 * lower >= words.saturating_sub(1)
}

/// Most words of a site's line in another language (a notice of two sentences).
const OTHER_LANGUAGE_LINE_MAX_WORDS: usize = 40;

/// Fewest " the " in the text below a line in another language that show the text is English.
const ENGLISH_BELOW_MIN_THE: usize = 3;

/// Whether the text of `input` after its line `raw` (a slice of it) is English: it holds
/// " the " [`ENGLISH_BELOW_MIN_THE`] times.
/// Most headlines of a related box inside a story.
const INLINE_BOX_MAX_HEADLINES: usize = 2;
/// Most words of a related box's headline.
const INLINE_BOX_HEADLINE_MAX_WORDS: usize = 16;
/// Most words of a box's label ("Related news", "Read also"): a stop line longer than this that
/// ends a sentence is an appeal after the story, not a label.
const INLINE_BOX_LABEL_MAX_WORDS: usize = 5;

/// "Related news" / "Rights defender to be buried in his home village" / "«Following the view of
/// the UN treaty body, …» the statement reads.": a stop line inside the story that opens a box of
/// one or two headlines (a few words, no sentence end), with a paragraph of the story right
/// under them (a line of `BODY_LINE_MIN_WORDS` words or more ending a sentence), is a box, not
/// the story's end. Returns how many lines after the stop line the box holds (its headlines and
/// the blank lines among them). A list of other stories, each headline over its teaser
/// ("Headline" / "An appeals court upheld …" / "Headline" / "A blogger said …"), is no box: it
/// ends the article.
fn inline_box_len(rest: &[(usize, &str)]) -> Option<usize> {
    let words = |t: &str| lines::words_upto(t, BODY_LINE_MIN_WORDS);
    let prose = |t: &str| {
        words(t) >= BODY_LINE_MIN_WORDS
            && t.trim_end_matches(['"', '”', '»', '’', ')'])
                .ends_with(['.', '!', '?', '…'])
    };
    let headline = |t: &str| {
        (2..=INLINE_BOX_HEADLINE_MAX_WORDS).contains(&words(t))
            && !t.ends_with(['.', ':', ';', ','])
    };
    let mut headlines = 0;
    for (i, &(_, raw)) in rest.iter().enumerate() {
        let t = raw.trim();
        if t.is_empty() {
            continue;
        }
        if headlines > 0 && prose(t) {
            let mut after = rest[i + 1..]
                .iter()
                .map(|&(_, r)| r.trim())
                .filter(|r| !r.is_empty());
            let teasers = match (after.next(), after.next()) {
                (Some(h), Some(p)) => headline(h) && prose(p),
                _ => false,
            };
            return (!teasers).then_some(i);
        }
        if headlines == INLINE_BOX_MAX_HEADLINES || !headline(t) {
            return None;
        }
        headlines += 1;
    }
    None
}

fn english_below(input: &str, raw: &str) -> bool {
    let from = (raw.as_ptr() as usize)
        .saturating_sub(input.as_ptr() as usize)
        .saturating_add(raw.len())
        .min(input.len());
    memchr::memmem::find_iter(&input.as_bytes()[from..], b" the ")
        .nth(ENGLISH_BELOW_MIN_THE - 1)
        .is_some()
}

/// Most bytes of an uploader's handle.
const HANDLE_MAX_BYTES: usize = 20;

/// "dvk1", "dina-ra", "wr2016_web": one token in lower case of letters with a digit, a hyphen
/// or an underscore (an uploader's or a file's name), no word.
fn uploader_handle(line: &str) -> bool {
    (3..=HANDLE_MAX_BYTES).contains(&line.len())
        && line.starts_with(|c: char| c.is_ascii_lowercase())
        && line
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && line
            .bytes()
            .any(|b| b.is_ascii_digit() || b == b'-' || b == b'_')
        && !line.ends_with('-')
}

/// Most words of a site's note on the document's languages or files.
const AVAILABILITY_NOTE_MAX_WORDS: usize = 20;
/// Most words of the document's name in such a note ("this motion for a resolution").
const AVAILABILITY_SUBJECT_MAX_WORDS: usize = 6;

/// "nb: this motion for a resolution is available in the original language only.", "the
/// statement is also available in pdf format.": one sentence (folded) whose subject is the
/// document ("this …", "the …", a few words) and whose verb is "is (also, only) available".
fn availability_note(folded: &str) -> bool {
    if memchr::memmem::find(folded.as_bytes(), b" available ").is_none() {
        return false;
    }
    let line = folded
        .strip_prefix("nb: ")
        .or_else(|| folded.strip_prefix("note: "))
        .unwrap_or(folded);
    let words: Vec<&str> = line.split_whitespace().collect();
    if !matches!(words.first(), Some(&("this" | "the"))) || line.contains(". ") {
        return false;
    }
    words
        .iter()
        .take(AVAILABILITY_SUBJECT_MAX_WORDS + 1)
        .position(|w| *w == "is")
        .is_some_and(|is| {
            is >= 1 && {
                let rest = &words[is + 1..];
                let rest = match rest.first() {
                    Some(&("also" | "only")) => &rest[1..],
                    _ => rest,
                };
                rest.first() == Some(&"available")
            }
        })
}

/// Most lines from one of a record panel's spaced labels to the next around a label of its own.
const PANEL_LABEL_MAX_GAP: usize = 4;
/// Most words of a record panel's own label.
const PANEL_LABEL_MAX_WORDS: usize = 6;

/// Fewest "Label: Name" lines of a fact box.
const FACT_BOX_MIN_LINES: usize = 2;
/// Most words of a fact box's line.
const FACT_LINE_MAX_WORDS: usize = 24;
/// Most words of a fact box's value outside brackets.
const FACT_VALUE_MAX_WORDS: usize = 8;

/// "Head of state: Emomali Rahmon", "Head of government: A. Name (replaced B. Name in April)":
/// a fact box's line, a label of one to three words (capitalised, letters only), a colon and a
/// name (every word outside brackets capitalised, a short joining word aside), no sentence end.
fn fact_field(line: &str) -> bool {
    let Some(value) = labelled_value(line) else {
        return false;
    };
    if line.ends_with(['.', '!', '?', ':', ';', ',']) || line.starts_with(char::is_whitespace) {
        return false;
    }
    // (The words in brackets, "(replaced … in April)", are not read.)
    let mut depth = 0usize;
    let mut outside = 0;
    for w in value.split_whitespace() {
        let opens = w.starts_with('(');
        if opens {
            depth += 1;
        }
        if depth == 0 {
            outside += 1;
            let capital = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            if !capital && w.len() > 3 || w.contains(':') {
                return false;
            }
        }
        if w.ends_with(')') {
            depth = depth.saturating_sub(1);
        }
    }
    (1..=FACT_VALUE_MAX_WORDS).contains(&outside) && value.starts_with(|c: char| c.is_uppercase())
}

/// Small words of Dutch, German, French and Spanish sentences.
const FOREIGN_MARKERS: [&str; 24] = [
    "van", "het", "op", "een", "de", "der", "die", "das", "und", "von", "am", "im", "le", "la",
    "les", "du", "des", "et", "sur", "el", "los", "del", "y", "en",
];

/// How many words of `line` are [`ENGLISH_FUNCTION_WORDS`].
fn english_words(line: &str) -> usize {
    line.split_whitespace()
        .filter(|w| english_function_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .count()
}

/// Whether a word (trimmed of punctuation) is one of [`ENGLISH_FUNCTION_WORDS`], in any case.
fn english_function_word(w: &str) -> bool {
    ENGLISH_FUNCTION_WORDS
        .iter()
        .any(|f| f.eq_ignore_ascii_case(w))
}

/// How many different [`FOREIGN_MARKERS`] the folded `line` holds.
fn foreign_words(folded: &str) -> usize {
    FOREIGN_MARKERS
        .iter()
        .filter(|m| {
            folded
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == **m)
        })
        .count()
}

/// Whether a word of `line` is a month's name in another language and not in English ("mei",
/// "März", "juillet"; not "april", which both use).
fn foreign_month_named(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let w = w.trim_end_matches(['.', ',']).to_lowercase();
        w.len() >= 3
            && !MONTHS.contains(&w.as_str())
            && (european_month(&w).is_some() || cyrillic_month(&w).is_some())
    })
}
/// Lines at a text's top read for a "Home …" breadcrumb, and lines below one searched for the
/// headline it ends in.
const BREADCRUMB_REACH: usize = 6;
/// Most section names between "Home" and the headline of a breadcrumb ("Home News …").
const BREADCRUMB_MAX_SECTIONS: usize = 3;
/// Most words of a section's name in a breadcrumb set as a list ("Central Asia").
const BREADCRUMB_LINK_MAX_WORDS: usize = 3;
/// Lines at the top of a letter searched for its "Subject:" line.
const LETTER_SUBJECT_MAX_LINE: usize = 20;
/// Most lines of a convention's name captioned above a letterhead copied into the text.
const LETTERHEAD_CAPTION_MAX_LINES: usize = 10;
/// Longest line (in words) of such a caption.
const LETTERHEAD_CAPTION_MAX_WORDS: usize = 5;
/// Lines between a letterhead's symbol or "Distr." line and its date.
const LETTERHEAD_DATE_REACH: usize = 3;

/// Whether a lead-in ends in one of `endings` before its colon ("… in October 2009 were as
/// follows:", "… in connection with:").
fn lead_in_ends_in(lead_in: &str, endings: &[String]) -> bool {
    let Some(head) = lead_in.trim_end().strip_suffix(':') else {
        return false;
    };
    let folded = fold(head.trim_end());
    endings.iter().any(|e| {
        folded
            .strip_suffix(e.as_str())
            .is_some_and(|before| before.is_empty() || before.ends_with(' '))
    })
}

/// "Distr.GENERALCAT/C/KAZ/CO/212 December 2008": a letterhead whose cells were glued together
/// in copying, its date at the end of the "Distr." line with the day run into the document
/// symbol. The day is the last two digits when they make one from 10 to 31 ("CO/2" and "12"),
/// else the last digit (document symbols end in small numbers).
fn glued_letterhead_date(line: &str) -> Option<String> {
    let line = line.trim();
    if !fold(line.get(..5)?).starts_with("distr") {
        return None;
    }
    let mut words = line.rsplitn(3, ' ');
    let (year, month, glued) = (words.next()?, words.next()?, words.next()?);
    month_number(month)?;
    let digits = glued.len() - glued.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits == glued.len() {
        return None;
    }
    let two = digits >= 2 && (10..=31).contains(&glued[glued.len() - 2..].parse::<u32>().ok()?);
    let day = &glued[glued.len() - if two { 2 } else { 1 }..];
    parse_date(&format!("{day} {month} {year}"))
}

/// Sanitises a line but keeps its leading indentation visible as spaces.
fn sanitize_keep_indent(raw: &str) -> String {
    let mut text = sanitize(raw);
    text.truncate(text.trim_end().len());
    text
}

/// Markdown inline syntax that has no place in plain text: emphasis markers, links, footnote
/// syntax (`[^1]` → `[1]`), block quotes.
fn markdown_inline(line: &str) -> String {
    let trimmed = line.trim_start();
    let line = trimmed
        .strip_prefix("> ")
        .unwrap_or(if trimmed == ">" { "" } else { line });
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    // `out[..blank_upto]` is known to be whitespace only (`None` once it is not): each byte
    // of `out` is looked at once, so a long indent before many `*` stays linear.
    let mut blank_upto = Some(0);
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("**") || rest.starts_with("__") {
            rest = &rest[2..];
        } else if c == '*' && !(only_space(&out, &mut blank_upto) && rest[1..].starts_with(' ')) {
            // Emphasis; a leading "* " is a bullet and stays.
            rest = &rest[1..];
        } else if let Some(after) = rest.strip_prefix("[^") {
            out.push('[');
            rest = after;
        } else if c == '[' {
            // [text](url) → text, when the link closes before the next '['.
            let link = rest[1..]
                .find(['[', ']'])
                .filter(|&close| rest[1 + close..].starts_with("]("))
                .and_then(|close| {
                    let close = close + 1;
                    // URLs are bounded so a line of unclosed links stays linear.
                    let window = &rest.as_bytes()[close..rest.len().min(close + 2048)];
                    window
                        .iter()
                        .position(|&b| b == b')')
                        .map(|end| (close, close + end))
                });
            match link {
                Some((close, end)) => {
                    out.push_str(&rest[1..close]);
                    rest = &rest[end + 1..];
                }
                None => {
                    out.push(c);
                    rest = &rest[1..];
                }
            }
        } else if c == '`' {
            rest = &rest[1..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    // Footnote definition "[1]: text" → "[1] text".
    if let Some(close) = out.find("]:") {
        if out.starts_with('[') && close < 12 {
            out.replace_range(close..close + 2, "]");
        }
    }
    out
}

/// Whether `out` is whitespace only, looking only at what was added since the last call.
fn only_space(out: &str, blank_upto: &mut Option<usize>) -> bool {
    if let Some(upto) = *blank_upto {
        *blank_upto = out
            .get(upto..)
            .is_some_and(|new| new.trim().is_empty())
            .then_some(out.len());
    }
    blank_upto.is_some()
}

/// Most warnings about skipped paragraph numbers a text gets.
const SKIPPED_NUMBERS_MAX_WARNINGS: usize = 3;

/// "2. The Committee welcomes …" then "5. The Committee is concerned …": numbered paragraphs
/// that jump past numbers not yet seen lost the paragraphs between them (a page cut short, a
/// copy that dropped a block). A number that starts again ("1." of a list inside paragraph 12)
/// or goes on from the highest seen is fine.
fn skipped_paragraph_numbers(lines: &[Line]) -> Vec<(usize, String)> {
    let mut warnings = Vec::new();
    let mut highest: Option<usize> = None;
    for line in lines {
        let t = line.text.trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits)
            || !t[digits..].starts_with(". ")
            || !t[digits + 2..].starts_with(|c: char| c.is_uppercase())
        {
            continue;
        }
        let Ok(n) = t[..digits].parse::<usize>() else {
            continue;
        };
        if let Some(h) = highest {
            if n > h + 1 && warnings.len() < SKIPPED_NUMBERS_MAX_WARNINGS {
                let missing = if n == h + 2 {
                    format!("{}", h + 1)
                } else {
                    format!("{}–{}", h + 1, n - 1)
                };
                warnings.push((
                    line.no,
                    format!(
                        "numbered paragraph {n} follows paragraph {h}: paragraph(s) {missing} \
                         missing (content dropped in copying?)"
                    ),
                ));
            }
        }
        highest = Some(highest.map_or(n, |h| h.max(n)));
    }
    warnings
}

/// Lines into blocks (runs between blank lines); the lines are moved, not copied.
fn group_blocks(lines: Vec<Line>, markdown: bool, rules: &ImportRules) -> Vec<Vec<Line>> {
    let mut blocks: Vec<Vec<Line>> = Vec::new();
    let mut current: Vec<Line> = Vec::new();
    for line in lines {
        let is_md_heading = markdown && line.text.trim_start().starts_with('#');
        if line.text.trim().is_empty() || is_md_heading || lone_glyph(&line.text) {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
            if is_md_heading {
                blocks.push(vec![line]);
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    if markdown {
        return blocks;
    }
    let mut out: Vec<Vec<Line>> = lines::join_wrapped(blocks)
        .into_iter()
        .flat_map(|block| {
            // (Chained, not collected block by block: most blocks take the second way.)
            let (bulleted, plain) = match unmarked_command_entries(&block, rules) {
                Some(starts) => (Some(bulleted_at(block, &starts)), None),
                None => (None, Some(block)),
            };
            bulleted.into_iter().chain(
                plain
                    .into_iter()
                    .flat_map(lines::split_block)
                    .flat_map(|block| split_command_lines(block, rules)),
            )
        })
        .collect();
    split_lost_lead_ins(&mut out, rules);
    out
}

/// "… that the ban on arms sales stay in force." / "Uzbekistan is called upon to:" / "Finally,
/// the Parliament calls on …": a lead-in ending in "to:" on a line of its own after a line
/// that ends a sentence, over a block that is no list and opens with no command, has lost its
/// list in copying; it is a paragraph of its own (a call of its own), not the end of the
/// paragraph above. (Over a list it stays where it is, the lead-in closing that paragraph.)
fn split_lost_lead_ins(blocks: &mut Vec<Vec<Line>>, rules: &ImportRules) {
    let mut k = 0;
    while k < blocks.len() {
        let lost = blocks[k].len() >= 2 && {
            let block = &blocks[k];
            let last = block[block.len() - 1].text.trim();
            let above = block[block.len() - 2].text.trim_end();
            last.ends_with(" to:")
                && words_upto(last, BARE_LEAD_IN_MAX_WORDS + 1) <= BARE_LEAD_IN_MAX_WORDS
                && last.starts_with(char::is_uppercase)
                && above.ends_with(['.', '!', '?'])
                && blocks.get(k + 1).is_none_or(|next| {
                    let first = next[0].text.trim();
                    is_bullet(first).is_none() && !opens_with_command(first, rules)
                })
        };
        if lost {
            if let Some(line) = blocks[k].pop() {
                blocks.insert(k + 1, vec![line]);
            }
            k += 1;
        }
        k += 1;
    }
}

/// `block` with a bullet before each line of `starts` (sorted): a list of commands copied
/// without its bullets gets them back, and the lines between two starts are one entry's
/// wrapped line, joined to it by a space. (A lead-in above the first start stays as it is.)
fn bulleted_at(block: Vec<Line>, starts: &[usize]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(starts.len() + 1);
    for (k, mut line) in block.into_iter().enumerate() {
        if starts.binary_search(&k).is_ok() {
            line.text = format!("• {}", line.text.trim()).into();
            out.push(line);
        } else if let Some(above) = out.last_mut().filter(|_| k > starts[0]) {
            let joined = format!("{} {}", above.text.trim_end(), line.text.trim());
            above.text = joined.into();
        } else {
            out.push(line);
        }
    }
    out
}

/// Most lines of a block of commands without bullets split one per line.
const COMMAND_LINES_MAX: usize = 30;

/// "Remove defamation from the criminal code." / "Stop blocking news websites …": a list of
/// commands without bullets, one per line, each opening with an `imperative_verbs` entry (or
/// adverbs in "-ly" before one: "Promptly and impartially investigate …;") and each but the
/// last ending a sentence, is one paragraph per command (not one run-on item).
fn split_command_lines(block: Vec<Line>, rules: &ImportRules) -> Vec<Vec<Line>> {
    let last = block.len().saturating_sub(1);
    let commands = (2..=COMMAND_LINES_MAX).contains(&block.len())
        && block.iter().enumerate().all(|(k, line)| {
            let t = line.text.trim();
            t.starts_with(|c: char| c.is_ascii_uppercase())
                && (k == last || t.ends_with(['.', ';', '!']))
        })
        && block.iter().all(|line| {
            let first = line.text.split_whitespace().next().unwrap_or("");
            let first = first.trim_end_matches([',', ';', ':', '.']).to_lowercase();
            // ("Immediately enact …;", "Promptly and objectively investigate …;": adverbs
            // before the command's verb.)
            rules.text.imperative_verbs.contains(&first)
                || (first.ends_with("ly") && opens_with_command(line.text.trim(), rules))
        });
    if commands {
        block.into_iter().map(|line| vec![line]).collect()
    } else {
        vec![block]
    }
}

/// Fewest entries of a list of commands copied without bullets or full stops.
const UNMARKED_COMMANDS_MIN: usize = 3;

/// "Enforce national laws … in alignment with ratified" / "ILO conventions" / "Make public,
/// high-level policy statements …" / "Instruct government officials …": a list of commands
/// copied without bullets or full stops, one entry a line, is a bulleted list. A line
/// opening with a capitalised command's verb (`imperative_verbs`; not an acronym) opens an
/// entry, and a line that does not is the wrapped end of the entry above it. The starts of the
/// entries, when the block's first line opens one (or is a lead-in ending in ':' above the
/// first entry: "… by taking the following actions:"), three lines or more do, they outnumber
/// the wrapped lines, and no line before one of them ends on a comma, a dash or a joining word
/// (which is wrapped prose: "… members of the" / "Free Them Now campaign"), nor a line opening
/// none after a sentence's end (prose after the list), and some entry ends no sentence
/// (commands with their full stops are cut one per line as they are). Read on the block
/// as copied, before it is cut at sentence ends: its entries end none.
fn unmarked_command_entries(block: &[Line], rules: &ImportRules) -> Option<Vec<usize>> {
    if !(UNMARKED_COMMANDS_MIN..=COMMAND_LINES_MAX + 1).contains(&block.len()) {
        return None;
    }
    // (Read with the cue index: a capital and a small letter first, then one look-up.)
    let opens = |text: &str| {
        let first = text.split_whitespace().next().unwrap_or("");
        let bytes = first.as_bytes();
        bytes.first().is_some_and(u8::is_ascii_uppercase)
            && bytes.get(1).is_some_and(u8::is_ascii_lowercase)
            && rules
                .text
                .cue_index
                .get(
                    &first
                        .trim_end_matches([',', ';', ':', '.'])
                        .to_ascii_lowercase(),
                )
                .is_some_and(|c| c.imperative)
    };
    let first = usize::from(!opens(&block[0].text) && block[0].text.trim_end().ends_with(':'));
    // (Most blocks open with no command, nor is their second line one after a lead-in.)
    if !opens(&block[first].text) {
        return None;
    }
    let starts: Vec<usize> = (first..block.len())
        .filter(|&k| opens(&block[k].text))
        .collect();
    if starts.first() != Some(&first)
        || starts.len() < UNMARKED_COMMANDS_MIN
        || block.len() - first - starts.len() >= starts.len()
    {
        return None;
    }
    let wrapped = starts.iter().skip(1).any(|&k| {
        let above = block[k - 1].text.trim_end();
        above.ends_with([',', '-', '–', '(']) || lines::ends_on_joining_word(above)
    });
    // (A line that opens no entry after a sentence's end is prose after the list, no wrapped
    // end: the block is left to the sentence cuts.)
    let prose_after = (first + 1..block.len()).any(|k| {
        starts.binary_search(&k).is_err()
            && block[k - 1].text.trim_end().ends_with(['.', '!', '?', ';'])
    });
    // (Commands each ending its sentence are cut one per line as they are.)
    let unpunctuated = starts.iter().skip(1).any(|&k| {
        !block[k - 1]
            .text
            .trim_end()
            .ends_with(['.', '!', '?', ';', ':'])
    });
    if prose_after || !unpunctuated {
        return None;
    }
    (!wrapped).then_some(starts)
}

// ---------------------------------------------------------------------------------------------
// Pass 3: header

#[derive(Debug, Default)]
struct Header {
    title: Option<String>,
    subtitle: Option<String>,
    author: Option<String>,
    date: Option<String>,
}

/// Appends `n` in decimal (what `format!("{n}")` writes).
fn push_decimal(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// The number of words of `s`, as `split_whitespace` counts them (read byte by byte).
fn word_count(s: &str) -> usize {
    lines::words_upto(s, usize::MAX)
}

fn md_heading_text(line: &str) -> Option<String> {
    let t = line.trim_start();
    t.starts_with('#')
        .then(|| normalize_whitespace(t.trim_start_matches('#')))
}

/// Fewest words of a paragraph whose second copy is dropped.
const REPEATED_PARAGRAPH_MIN_WORDS: usize = 12;
/// Bytes of a paragraph's opening compared to find a teaser repeated with more glued on.
const TEASER_OPENING_BYTES: usize = 60;
/// Fewest words of a first sentence that is the story's lead, not a headline ending in a stop.
const LEAD_SENTENCE_MIN_WORDS: usize = 18;
/// Longest line of a header block of short lines (in words).
const HEADER_BLOCK_MAX_WORDS: usize = 10;
/// Longest site label above a headline (in words).
const SITE_LABEL_MAX_WORDS: usize = 4;
/// Longest headline ending in a full stop (in words).
const HEADLINE_MAX_WORDS: usize = 22;
/// Most words of a byline line ("Delivered by …, Permanent Representative of … 24 June 2015");
/// a longer line opening so runs on into the text and is body.
const AUTHOR_LINE_MAX_WORDS: usize = 30;
/// Most words of the name after a bare "By" opening the text's first lines.
const BYLINE_NAME_MAX_WORDS: usize = 6;
/// Words of the body's first line below such a headline.
const HEADLINE_BODY_MIN_WORDS: usize = 15;

/// Lines of a letterhead looked past for a title that names the subject ("Convention against
/// Torture …", "Committee against Torture" before "Concluding observations on … Kazakhstan").
const LETTERHEAD_MAX_LINES: usize = 12;
/// Longest heading in title case ("Thirteen Organisations Call for the Immediate … Release of
/// …"), in words.
const TITLE_CASE_HEADING_MAX_WORDS: usize = 30;
/// Fewest words of a standfirst that calls, read as the story's first item too.
const STANDFIRST_CALL_MIN_WORDS: usize = 10;
/// Longest one-sentence standfirst between a title and its date (in words).
const STANDFIRST_MAX_WORDS: usize = 45;
/// Longest dated line above the title ("Delivered on 7 May 2018").
const DATED_LINE_MAX_WORDS: usize = 6;
/// Fewest short lines in a block of site navigation above the title.
const NAV_BLOCK_MIN_LINES: usize = 3;

/// "Roe", "O'Neill", "Jean-Paul", "B.": a word of a person's name, capitalised, of letters,
/// hyphens, apostrophes and an initial's full stop.
fn name_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
}

/// Most words of a byline without "By" ("Jane Roe, Deputy Director, Example Rights Watch").
const NAMED_BYLINE_MAX_WORDS: usize = 10;

/// "Iskra Example, Example Rights Watch", "Jane Roe, Central Asia researcher": a byline without
/// "By", a person's name of two or three capitalised words (no country's), a comma, and whom the
/// person speaks for or their role, opening with a capital; no sentence end. The name.
fn named_byline<'a>(line: &'a str, rules: &ImportRules) -> Option<&'a str> {
    if line.ends_with(['.', ':', ';', ',', '!', '?'])
        || words_upto(line, NAMED_BYLINE_MAX_WORDS + 1) > NAMED_BYLINE_MAX_WORDS
    {
        return None;
    }
    let (name, rest) = line.split_once(", ")?;
    let words = name.split_whitespace().count();
    ((2..=3).contains(&words)
        && name.split_whitespace().all(name_word)
        && rest.starts_with(|c: char| c.is_uppercase())
        && rules.gazetteer.mentions_in(&fold(name)).is_empty()
        && rules.gazetteer.exact(&fold(rest)).is_none())
    .then_some(name)
}

/// Most words of the name part of a dated byline ("Jane Roe and John Doe").
const DATED_BYLINE_NAME_MAX_WORDS: usize = 7;

/// "Dana R. Example Mar 4, 2021", "By Jane Roe | 4 March 2021": a byline and its date on one
/// line, as news sites print them under the headline. The name is two to four capitalised
/// words (an initial allowed, two names joined by "and"), no place and no month among them;
/// the date closes the line. Returns the name and the date.
fn dated_byline<'a>(line: &'a str, rules: &ImportRules) -> Option<(&'a str, String)> {
    let line = line.trim();
    // (A date ends in a digit: other lines are not split.)
    if !line.ends_with(|c: char| c.is_ascii_digit())
        || words_upto(line, DATED_BYLINE_NAME_MAX_WORDS + 5) > DATED_BYLINE_NAME_MAX_WORDS + 4
    {
        return None;
    }
    let words: Vec<(usize, &str)> = line
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
        .collect();
    // The date: its last three words ("Mar 4, 2021", "4 March 2021") or its last one
    // ("2021-03-04").
    let (at, date) = [3, 1].iter().find_map(|&n| {
        let k = words.len().checked_sub(n)?;
        let at = words.get(k)?.0;
        parse_date(&line[at..]).map(|d| (at, d))
    })?;
    let name = line[..at].trim_end_matches([' ', ',', '|', '·', '•', '-', '–', '—']);
    let name = strip_prefix_ignore_case(name, "by ").unwrap_or(name).trim();
    let name_words: Vec<&str> = name.split_whitespace().collect();
    let joined = name_words.iter().any(|w| matches!(*w, "and" | "&"));
    let capitalised = |w: &str| name_word(w) && month_number(w.trim_end_matches('.')).is_none();
    let most = if joined {
        DATED_BYLINE_NAME_MAX_WORDS
    } else {
        4
    };
    ((2..=most).contains(&name_words.len())
        && name_words
            .iter()
            .all(|w| capitalised(w) || (joined && matches!(*w, "and" | "&")))
        && rules.gazetteer.mentions_in(&fold(name)).is_empty())
    .then_some((name, date))
}

/// Blocks looked at below the header for a headline over a dated byline.
const DATED_BYLINE_REACH_BLOCKS: usize = 60;
/// Longest line of a site's navigation passed over on the way there (in words).
const NAV_LINE_MAX_WORDS: usize = 12;
/// Fewest words of the headline over a dated byline.
const BYLINE_HEADLINE_MIN_WORDS: usize = 3;
/// Most lines ending a sentence among them ("You can search using keywords …").
const NAV_SENTENCES_MAX: usize = 1;

/// Most words of a line that is only a date ("Mar 17, 2023").
const DATE_LINE_MAX_WORDS: usize = 4;

/// What [`headline_over_dated_byline`] found under a site's navigation.
struct DatedHeadline {
    headline: String,
    /// The byline's name, when the date line has one.
    author: Option<String>,
    date: String,
    /// A one-sentence standfirst between the headline and its date.
    standfirst: Option<String>,
    /// The first block of the body.
    body: usize,
}

/// "Main Menu" / "Caucasus" / "Armenia" … / "Kyrgyz Reporter Questioned …" / "Dana R. Example
/// Mar 4, 2021" / the body: a headline right above a dated byline, or a date alone ("Mar 17,
/// 2023"), with at most a standfirst of one sentence between them ("No progress appears to
/// have been made …"), below nothing but a site's navigation (short lines, one sentence at
/// most, from `from` on).
fn headline_over_dated_byline(
    blocks: &[Vec<Line>],
    from: usize,
    rules: &ImportRules,
) -> Option<DatedHeadline> {
    let single = |k: usize| match blocks.get(k).map(Vec::as_slice) {
        Some([l]) => Some(normalize_whitespace(&l.text)),
        _ => None,
    };
    // (A date ends in a digit: no other line is collapsed to be read for one.)
    let dated = |k: usize| -> Option<(Option<String>, String)> {
        let [line] = blocks.get(k)?.as_slice() else {
            return None;
        };
        if !line.text.trim_end().ends_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let text = normalize_whitespace(&line.text);
        if let Some((name, date)) = dated_byline(&text, rules) {
            return Some((Some(name.to_string()), date));
        }
        (words_upto(&text, DATE_LINE_MAX_WORDS + 1) <= DATE_LINE_MAX_WORDS)
            .then(|| parse_date(&text))
            .flatten()
            .filter(|d| d.len() == "YYYY-MM-DD".len())
            .map(|d| (None, d))
    };
    // ("AI Index: EUR 62/005/2013" over its date is a field of codes, no headline;
    // "Turkmenistan: RFE/RL Journalist Detained …" is one.)
    let headline_at = |h: usize| {
        single(h).filter(|t| {
            title_like(t)
                && labelled_value(t).is_none_or(|v| v.chars().any(char::is_lowercase))
                && words_upto(t, BYLINE_HEADLINE_MIN_WORDS) >= BYLINE_HEADLINE_MIN_WORDS
                && words_upto(t, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS
        })
    };
    let mut sentences = 0;
    let end = blocks.len().min(from + DATED_BYLINE_REACH_BLOCKS);
    for k in from..end {
        // The headline over its date, or over a standfirst and its date.
        let found = headline_at(k).and_then(|headline| {
            if let Some((author, date)) = dated(k + 1) {
                return Some((headline, author, date, None, k + 2));
            }
            let standfirst = single(k + 1).filter(|t| {
                t.ends_with('.')
                    && words_upto(t, STANDFIRST_MAX_WORDS + 1) <= STANDFIRST_MAX_WORDS
                    && cues::sentences(t).len() == 1
            })?;
            let (author, date) = dated(k + 2)?;
            Some((headline, author, date, Some(standfirst), k + 3))
        });
        // (A date alone is a story's only when the body follows it at once, a line of a
        // body's length: "Erklärungen in internationalen Organisationen" / "06.04.2006" /
        // "OSCE Permanent Council No. 604" is a site's section over its listing.)
        let found = found.filter(|(_, author, _, _, body)| {
            author.is_some()
                || blocks.get(*body).and_then(|b| b.first()).is_some_and(|l| {
                    words_upto(&l.text, BODY_LINE_MIN_WORDS) >= BODY_LINE_MIN_WORDS
                })
        });
        if let Some((headline, author, date, standfirst, body)) = found {
            return Some(DatedHeadline {
                headline,
                author,
                date,
                standfirst,
                body,
            });
        }
        for line in &blocks[k] {
            if words_upto(&line.text, NAV_LINE_MAX_WORDS + 1) > NAV_LINE_MAX_WORDS {
                return None;
            }
            if line.text.trim_end().ends_with(['.', '!', '?']) {
                sentences += 1;
                if sentences > NAV_SENTENCES_MAX {
                    return None;
                }
            }
        }
    }
    None
}

/// "Jane Roe", "Iskra B. Example": a person's name alone on a line, two or three capitalised
/// words (an initial allowed), no place among them.
fn person_name_line(line: &str, rules: &ImportRules) -> bool {
    // (The words counted no further than four first: most lines asked about are longer.)
    (2..=3).contains(&words_upto(line, 4))
        && line
            .split_whitespace()
            .all(|w| name_word(w) && !ENGLISH_FUNCTION_WORDS.contains(&fold(w).as_str()))
        && rules.gazetteer.mentions_in(&fold(line)).is_empty()
}

/// Most words of the name of whom an author writes for, on a line of its own under the byline.
const AFFILIATION_MAX_WORDS: usize = 4;

/// "Example Rights Network", "Human Rights Russia": two to four capitalised words, no sentence
/// end, no date, not a country's name alone: whom the author on the line above writes for.
fn affiliation_line(line: &str, rules: &ImportRules) -> bool {
    let words = words_upto(line, AFFILIATION_MAX_WORDS + 1);
    (2..=AFFILIATION_MAX_WORDS).contains(&words)
        && !line.ends_with(['.', ':', ';', '!', '?', ','])
        && line
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && parse_date(line).is_none()
        && rules.gazetteer.exact(&fold(line)).is_none()
}

/// Most words of an author's role line ("Deputy Director, Europe and Central Asia Division").
const ROLE_LINE_MAX_WORDS: usize = 8;
/// The nouns of an author's role.
const ROLE_NOUNS: &[&str] = &[
    "researcher",
    "director",
    "deputy",
    "advocate",
    "officer",
    "coordinator",
    "editor",
    "correspondent",
    "analyst",
    "fellow",
    "counsel",
    "spokesperson",
    "campaigner",
    "adviser",
    "advisor",
    "consultant",
    "reporter",
    "head",
    "chair",
    "rapporteur",
];

/// "Senior Researcher, Central Asia", "Deputy Director, Europe and Central Asia Division": a
/// person's role on a line of its own, one of [`ROLE_NOUNS`] among its first three words, no
/// sentence end.
fn role_line(line: &str) -> bool {
    line.starts_with(|c: char| c.is_uppercase())
        && !line.ends_with(['.', ':', ';', '!', '?'])
        && words_upto(line, ROLE_LINE_MAX_WORDS + 1) <= ROLE_LINE_MAX_WORDS
        && line
            .split_whitespace()
            .take(3)
            .any(|w| ROLE_NOUNS.contains(&fold(w.trim_end_matches(',')).as_str()))
}

/// A header field of a web page: "Place : Vienna", "Speaker : …", "Date of Speech : …" — a
/// short capitalised label, a colon, a value.
fn is_field_line(line: &str) -> bool {
    labelled_value(line).is_some()
        && words_upto(line, HEADER_DATE_MAX_WORDS + 3) <= HEADER_DATE_MAX_WORDS + 2
        && !line.ends_with('.')
}

/// A field's value: what follows the first colon of a line whose label before it is one to
/// three words of letters, the first capitalised ("Head of government: …", "Place : Vienna",
/// "Fact-checker: …": a word's letters may be joined by a hyphen), when anything follows
/// (trimmed). Header fields and a fact box's lines share it.
fn labelled_value(line: &str) -> Option<&str> {
    let (label, value) = line.split_once(':')?;
    let value = value.trim();
    let mut words = label.split_whitespace();
    let first = words.next()?;
    let label_word = |w: &str| {
        w.split('-')
            .all(|part| !part.is_empty() && part.chars().all(char::is_alphabetic))
    };
    (!value.is_empty()
        && first.starts_with(char::is_uppercase)
        && words.clone().count() < 3
        && std::iter::once(first).chain(words).all(label_word))
    .then_some(value)
}

/// Most words of one tag below a tag list's label ("Freedom of expression").
const TAG_MAX_WORDS: usize = 4;

/// Most words of a download link's label glued after a paragraph ("… the complaints.
/// Download PDF").
const GLUED_DOWNLOAD_MAX_WORDS: usize = 6;

/// "Download file- the ongoing process …": where the list item after a download link's label
/// (one or two words glued to the item's dash) begins.
fn glued_download_head(line: &str) -> Option<usize> {
    let rest = line.strip_prefix("Download ")?;
    let (label, _) = rest.split_once("- ")?;
    (!label.is_empty()
        && !label.ends_with(' ')
        && label.split(' ').count() <= 2
        && label.chars().all(|c| c.is_alphabetic() || c == ' '))
    .then(|| line.len() - rest.len() + label.len())
}

/// Most bytes of a related story's link label ("SEE ALSO:"), its ':' included.
const RELATED_LABEL_MAX_BYTES: usize = 16;
/// Fewest words of the paragraph after a related story's glued headline.
const GLUED_RELATED_BODY_MIN_WORDS: usize = 8;

/// Where the paragraph begins after a related story's link glued before it ("SEE ALSO: Watchdogs
/// Urge Bishkek To Drop CaseThe press institute also called on …"): the line opens
/// with a `related_link_labels` label, then a headline in title case (every word of four letters
/// or more capitalised) runs into a capitalised word with no space (a small letter, then a
/// capital and a small letter), and what follows is a sentence (eight words or more, most of them
/// in small letters, ending in a sentence's mark). "McCain Urges …" is no glue: the rest is the
/// headline's.
fn glued_related_head(line: &str, rules: &ImportRules) -> Option<usize> {
    // (Every label ends in ':' within its first bytes: most lines hold none there, and are not
    // compared with the labels.)
    memchr::memchr(
        b':',
        &line.as_bytes()[..line.len().min(RELATED_LABEL_MAX_BYTES)],
    )?;
    let label = rules.text.related_link_labels.iter().find(|l| {
        line.is_char_boundary(l.len())
            && line.as_bytes()[..l.len()].eq_ignore_ascii_case(l.as_bytes())
    })?;
    let bytes = line.as_bytes();
    let title_case = |head: &str| {
        let mut long = head
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4);
        long.clone().next().is_some()
            && long.all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()))
    };
    let sentence = |body: &str| {
        let words: Vec<&str> = body.split_whitespace().collect();
        let small = words
            .iter()
            .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
            .count();
        words.len() >= GLUED_RELATED_BODY_MIN_WORDS
            && 2 * small >= words.len()
            && body.trim_end().ends_with(['.', '!', '?', '"', '”'])
    };
    (label.len() + 1..bytes.len().saturating_sub(1))
        .filter(|&k| {
            bytes[k - 1].is_ascii_lowercase()
                && bytes[k].is_ascii_uppercase()
                && bytes[k + 1].is_ascii_lowercase()
        })
        .find(|&k| title_case(&line[label.len()..k]) && sentence(&line[k..]))
}

/// Where a download link's label glued after a paragraph's last sentence begins ("… to
/// investigate the complaints. Download PDF", "… in May.” Download file"): a tail of six words
/// or fewer opening with "Download" and ending no sentence, after a sentence of its own.
fn glued_download_label(line: &str) -> Option<usize> {
    let t = line.trim_end();
    // (Only the line's end is searched, for a 'D' (memrchr): the label is short.)
    let mut from = t.len().saturating_sub(GLUED_DOWNLOAD_MAX_WORDS * 16);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let mut end = t.len();
    let at = loop {
        let d = from + memchr::memrchr(b'D', &t.as_bytes()[from..end])?;
        if t[d..].starts_with("Download") {
            break d;
        }
        end = d;
    };
    let label = &t[at..];
    let before = t[..at].trim_end();
    (word_count(label) <= GLUED_DOWNLOAD_MAX_WORDS
        && !label.ends_with(['.', '!', '?'])
        && before.ends_with(['.', '!', '?', '”', '"'])
        && word_count(before) >= GLUED_DOWNLOAD_MAX_WORDS)
        .then_some(at)
}

/// Most words of a site's news rubric ("recent news Turkmenistan").
const NEWS_RUBRIC_MAX_WORDS: usize = 4;

/// "Central Asia news", "recent news Turkmenistan", "All news": a folded line holding the word
/// "news" once, no sentence end, and besides it only `news_rubric_words` and at most one place
/// the gazetteer knows, a country or a region (its words together): the rubric of a site's section, no headline (a
/// headline has a verb or a noun of its own: "Tajikistan blocks news sites").
fn news_rubric(folded: &str, rules: &ImportRules) -> bool {
    if folded.ends_with(['.', '!', '?', ':', ';', ',']) || !folded.split(' ').any(|w| w == "news") {
        return false;
    }
    let mut news = 0;
    let mut place = String::new();
    for w in folded.split(' ') {
        if w == "news" {
            news += 1;
        } else if !rules.text.news_rubric_words.iter().any(|r| r == w) {
            if !place.is_empty() {
                place.push(' ');
            }
            place.push_str(w);
        }
    }
    news == 1
        && (place.is_empty()
            || rules.gazetteer.exact(&place).is_some()
            || rules
                .gazetteer
                .region_mentions_in(&place)
                .iter()
                .any(|(_, r)| *r == (0..place.len())))
}

/// Most words of one part of a credit ("Additional reporting by Anna Example-Name").
const CREDIT_PART_MAX_WORDS: usize = 8;

/// Where a story's credits in brackets begin at the end of a line ("… systems. (Writing by
/// Anna Example; editing by Ben Example)", "(Reporting by C. Example in Almaty)" alone): the
/// bracket closes the line and holds only credits, parts split by ";", each a gerund and "by"
/// ("writing by", "additional reporting by") and names in capitals ("in" and a place may
/// follow), after a sentence's end or alone. A bracket in a sentence ("… law (signed by the
/// President)") is no credit: its word before "by" is no gerund and no sentence ends before it.
fn credit_tail(line: &str) -> Option<usize> {
    let t = line.trim_end();
    if !t.ends_with(')') {
        return None;
    }
    let open = t.rfind('(')?;
    let before = t[..open].trim_end();
    if !(before.is_empty() || before.ends_with(['.', '!', '?', '”', '"'])) {
        return None;
    }
    let inner = &t[open + 1..t.len() - 1];
    let credit_part = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        let Some(by) = words.iter().position(|w| *w == "by") else {
            return false;
        };
        let names = &words[by + 1..];
        words.len() <= CREDIT_PART_MAX_WORDS
            && (1..=2).contains(&by)
            && words[by - 1].len() > 4
            && words[by - 1].ends_with("ing")
            && words[..by]
                .iter()
                .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
            && names
                .first()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
            && names.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "and" | "in" | "from")
            })
    };
    (!inner.trim().is_empty() && inner.split(';').all(|p| credit_part(p.trim()))).then_some(open)
}

/// Whether `line` holds "©" (bytes C2 A9), found by its lead byte (a vector search: a
/// character from U+0080 to U+00BF is rare once a line is sanitised), where `str::contains`
/// of a character outside ASCII builds a string searcher for every line.
pub(crate) fn has_copyright_sign(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr_iter(0xc2, bytes).any(|i| bytes.get(i + 1) == Some(&0xa9))
}

/// Whether `line` holds "…" (bytes E2 80 A6), found by its last byte (a vector search), where
/// `str::contains` of a character outside ASCII builds a string searcher for every line.
fn has_ellipsis(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr_iter(0xa6, bytes).any(|i| i >= 2 && bytes[i - 2..i] == [0xe2, 0x80])
}

/// Searchers for "http" and "www." in a line (built once: `str::contains` builds one for
/// every line).
static HTTP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("http"));
static WWW: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("www."));

/// Where the text after a photo credit glued before a dateline begins ("… © 2023 Agency/Name
/// (Berlin) – …": the dateline's "("), when the credit is followed by one.
fn glued_caption_end(line: &str) -> Option<usize> {
    let credit = line.find('©')?;
    let after = &line[credit..];
    after.match_indices(" (").find_map(|(k, _)| {
        let open = credit + k + 1;
        let rest = &line[open + 1..];
        let close = rest.find(')')?;
        let place = &rest[..close];
        let dash = rest[close + 1..].trim_start().starts_with(['–', '—', '-']);
        (dash && close <= GLUED_DATELINE_MAX_BYTES && place.starts_with(|c: char| c.is_uppercase()))
            .then_some(open)
    })
}

/// Words that open a sentence and are never part of a photographer's name: where the name
/// of a credit glued before a paragraph ends.
const SENTENCE_OPENERS: [&str; 12] = [
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "This",
    "These",
    "After",
    "Since",
    "When",
    "Authorities",
];

/// Where the paragraph begins after an image viewer's label, caption and credit glued before
/// it with no dateline between ("Click to expand Image © Agency/First Last An Uzbek court's
/// decision …"): after the credit's source and the slash, the name (one or two capitalised
/// words, ended early by a sentence's opening word), then a capitalised word.
fn expanded_image_credit_end(line: &str) -> Option<usize> {
    if !line.trim_start().starts_with(EXPAND_IMAGE_LABEL) {
        return None;
    }
    let credit = line.find('©')?;
    let after = credit + '©'.len_utf8();
    let mut words = line[after..]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w));
    let mut next = words.next()?;
    // ("© 2021 Agency/Name": a year first.)
    if next.1.len() == 4 && next.1.bytes().all(|b| b.is_ascii_digit()) {
        next = words.next()?;
    }
    // The source with its slash ("YouTube/Otabek", "AP Photo/Jane"): at most two words.
    if !next.1.contains('/') {
        next = words.next()?;
        if !next.1.contains('/') {
            return None;
        }
    }
    // ("AP Photo/ Jane Doe": the name's first word after a spaced slash.)
    if next.1.ends_with('/') {
        words.next()?;
    }
    // The rest of the name: at most one more capitalised word, not a sentence's opener.
    let mut body = words.next()?;
    if body.1.starts_with(char::is_uppercase) && !SENTENCE_OPENERS.contains(&body.1) {
        body = words.next()?;
    }
    let then = words.next()?;
    (body.1.starts_with(char::is_uppercase) && then.1.chars().any(char::is_lowercase))
        .then_some(body.0)
}

/// Where the paragraph begins after a link to the text in another language glued before it
/// ("читать на русском The group …", "Read in Russian The Committee …": see
/// [`super::rules::TextRules::language_link_label`]), then a capitalised word and more of a
/// paragraph.
fn glued_language_link_end(line: &str, rules: &ImportRules) -> Option<usize> {
    let t = line.trim_start();
    let label = rules.text.language_link_label(t)??;
    let rest = t[label..].strip_prefix(' ')?;
    (rest.starts_with(|c: char| c.is_uppercase()) && word_count(rest) >= GLUED_PARAGRAPH_MIN_WORDS)
        .then_some(line.len() - rest.len())
}

/// Fewest words of a paragraph read after a link glued before it.
const GLUED_PARAGRAPH_MIN_WORDS: usize = 8;

/// An image viewer's label opening a line copied from a page ("Click to expand Image").
const EXPAND_IMAGE_LABEL: &str = "Click to expand Image";

/// Where the paragraph begins after a photo's caption glued before it that ends in a picture
/// agency's credit in brackets (`caption_agencies`): "… closed societies (AFP) More rights
/// organizations are …". The caption has a few words and no sentence end; the credit is
/// followed by a capital and a paragraph's words (not a dateline's dash, "ALMATY (AFP) – …").
fn glued_agency_caption_end(line: &str, rules: &ImportRules) -> Option<usize> {
    // (Most lines hold no ")" followed by a space and a capital: they are not read further.)
    let bytes = line.as_bytes();
    let close = memchr::memchr(b')', bytes)?;
    let after = line.get(close + 2..)?;
    if bytes[close + 1] != b' ' || !after.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let open = line[..close].rfind(" (")?;
    if close - open > AGENCY_CREDIT_MAX_BYTES {
        return None;
    }
    let agency = fold(&line[open + 2..close]);
    let caption = &line[..open];
    let known = rules
        .text
        .caption_agencies
        .binary_search_by(|a| a.as_str().cmp(agency.as_str()))
        .is_ok();
    (known
        && (AGENCY_CAPTION_MIN_WORDS..=AGENCY_CAPTION_MAX_WORDS)
            .contains(&words_upto(caption, AGENCY_CAPTION_MAX_WORDS + 1))
        && !caption.contains(['.', '!', '?', ':', ';'])
        && words_upto(after, BODY_LINE_MIN_WORDS) >= BODY_LINE_MIN_WORDS)
        .then_some(close + 2)
}

/// "Turkmen President A. Name (file photo) (Example.net) The media watchdog held …": a caption
/// of [`PHOTO_CAPTION_MAX_WORDS`] words at most, with no sentence's end, closed by a one-word
/// photo marker in brackets ("(file photo)", "(archive photo)"), maybe a credit in brackets
/// after it, then a paragraph of [`BODY_LINE_MIN_WORDS`] words or more opening on a capital:
/// where the paragraph starts. (The same caption alone on its line goes by `drop_suffix`.)
fn glued_photo_caption_end(line: &str) -> Option<usize> {
    // (Only the ")" of the line's first bytes are looked at: the caption is short.)
    let bytes = line.as_bytes();
    let head = &bytes[..bytes.len().min(PHOTO_CAPTION_MAX_BYTES)];
    let marker_end = memchr::memchr_iter(b')', head)
        .find(|&c| bytes[..c].ends_with(b" photo") && bytes.get(c + 1) == Some(&b' '))?
        + 1;
    let open = line[..marker_end].rfind(" (")?;
    let marker = &line[open + 2..marker_end - " photo)".len()];
    if marker.is_empty() || !marker.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let caption = &line[..open];
    // (An initial's or a title's point, "A. Examplov", "St. Petersburg", ends no sentence.)
    let sentence_end = caption
        .split_whitespace()
        .any(|w| w.ends_with('.') && w.chars().count() > 3);
    if sentence_end
        || caption.contains(['!', '?', ':', ';', '(', ')'])
        || words_upto(caption, PHOTO_CAPTION_MAX_WORDS + 1) > PHOTO_CAPTION_MAX_WORDS
    {
        return None;
    }
    let mut at = marker_end + 1;
    // A credit in brackets after the marker ("(Example.net)", "(AFP)").
    if line[at..].starts_with('(') {
        let close = line[at..]
            .find(')')
            .filter(|&c| c <= AGENCY_CREDIT_MAX_BYTES)?;
        at += close + 1;
        at += line[at..].len() - line[at..].trim_start().len();
    }
    let body = &line[at..];
    (body.starts_with(|c: char| c.is_uppercase())
        && words_upto(body, BODY_LINE_MIN_WORDS) >= BODY_LINE_MIN_WORDS)
        .then_some(at)
}

/// Most words of a caption glued before a paragraph with a photo marker.
const PHOTO_CAPTION_MAX_WORDS: usize = 16;
/// Most bytes of such a caption with its marker.
const PHOTO_CAPTION_MAX_BYTES: usize = 160;

/// Longest credit in brackets read as an agency's ("(Getty Images)").
const AGENCY_CREDIT_MAX_BYTES: usize = 24;
/// Fewest and most words of a caption glued before a paragraph with its agency's credit.
const AGENCY_CAPTION_MIN_WORDS: usize = 4;
const AGENCY_CAPTION_MAX_WORDS: usize = 30;

/// Longest place (and date) in a dateline's parentheses after a glued photo credit.
const GLUED_DATELINE_MAX_BYTES: usize = 60;

/// "date 2017-06-30 Kyrgyzstan should …", "date 2024-05-01 10:47 Title": a scraper's date field
/// (an ISO date, maybe a time) glued before the words of a text's first line: the date, and the
/// words after it. None when nothing follows the field (a line of its own is read as a date
/// line by the header).
fn scraper_date_stamp(line: &str) -> Option<(String, &str)> {
    let rest = line.strip_prefix("date ")?;
    let (date, mut rest) = rest.split_once(' ')?;
    if !date.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let date = parse_date(date)?;
    if let Some((time, after)) = rest.split_once(' ') {
        if time.len() <= 5
            && time.contains(':')
            && time.bytes().all(|b| b.is_ascii_digit() || b == b':')
        {
            rest = after;
        }
    }
    let rest = rest.trim();
    (!rest.is_empty() && rest.chars().any(char::is_alphabetic)).then_some((date, rest))
}

/// "Nov 252007", "12 May": a date or a scrap of one, not a title.
fn date_scrap(line: &str) -> bool {
    line.split_whitespace().all(|w| {
        month_number(w).is_some()
            || w.trim_end_matches([',', '.'])
                .chars()
                .all(|c| c.is_ascii_digit())
    })
}

/// Most words of the place before a coded dateline's bracket.
const CODED_DATELINE_PLACE_WORDS: usize = 4;

/// "Berlin (06/11 – 58)", "Geneva, London (29/7 – 50)": a news site's dateline of places and a
/// bracket of day, month and a serial number, no year, alone on its line: it dates nothing and
/// is neither a title nor an item.
fn coded_dateline(line: &str) -> bool {
    let Some(head) = line.trim_end().strip_suffix(')') else {
        return false;
    };
    let Some((place, code)) = head.rsplit_once('(') else {
        return false;
    };
    let place = place.trim();
    !place.is_empty()
        && words_upto(place, CODED_DATELINE_PLACE_WORDS + 1) <= CODED_DATELINE_PLACE_WORDS
        && place
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && code.contains('/')
        && code.chars().any(|c| c.is_ascii_digit())
        && code
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '–' | '—' | ' '))
}

/// A line that can be a title: not a lead-in, a bullet, a sentence or a long paragraph.
fn title_like(line: &str) -> bool {
    // "B. Positive aspects", "IV. Recommendations": a section heading, not a title.
    let section_marker = line.split_once(". ").is_some_and(|(m, _)| {
        !m.is_empty() && m.len() <= 4 && m.chars().all(|c| c.is_ascii_uppercase())
    });
    !section_marker
        && !date_scrap(line)
        && !coded_dateline(line)
        && words_upto(line, 31) <= 30
        && is_bullet(line).is_none()
        && !line.ends_with(':')
        // "Country | Kazakhstan |": a table's row.
        && !line.ends_with('|')
        // ('… fundamental freedoms."': a sentence ending in a quotation.)
        && !line
            .trim_end_matches([' ', '*'])
            .trim_end_matches(['"', '”', '’'])
            .ends_with(['.', ';', ','])
}

fn names_place(line: &str, rules: &ImportRules) -> bool {
    let folded = fold(line);
    !rules.gazetteer.countries_in(&folded).is_empty()
        || !rules.gazetteer.region_countries_in(&folded).is_empty()
}

/// Longest site name after a title's last '|' ("… Workers | Freedom House").
const SITE_SUFFIX_MAX_WORDS: usize = 4;

/// Kinds of UN documents a library lists after the document's number ("28/10 Report of …").
const NUMBERED_DOCUMENT_KINDS: &[&str] = &[
    "Report",
    "Resolution",
    "Decision",
    "Concluding",
    "Summary",
    "Compilation",
    "Opinion",
];

/// A title without its trailing footnote star ("… of Kazakhstan *") or the site's name after
/// a '|' ("… Human Rights Workers | Freedom House").
/// Lines of a letter's body, under its salutation, looked at for the title the scoring chose.
const LETTER_TITLE_BODY_LINES: usize = 12;
/// Longest mailing list tag before a message's subject ("[Example-list]").
const LIST_TAG_MAX_BYTES: usize = 30;
/// The labels of a letter's subject line ("Re: …", "Subject: …").
const LETTER_SUBJECT_LABELS: [&str; 4] = ["Subject:", "Re:", "RE:", "SUBJECT:"];

/// `line` without a bill's record number before its title ("109 HCON 187 IH: Expressing the
/// sense of …" → "Expressing the sense of …"), which is the title itself, not its decoration.
pub(super) fn without_record_code(line: &str) -> &str {
    line.split_once(": ")
        .filter(|(code, rest)| record_code(code) && words_upto(rest, 3) >= 3)
        .map_or(line, |(_, rest)| rest.trim_start())
}

/// Fewest words of a headline after an opinion page's rubric.
const RUBRIC_HEADLINE_MIN_WORDS: usize = 4;

/// `title` without an opinion page's rubric printed before it (`headline_rubrics`: "Opinion
/// Now comes a moment of truth for …" → "Now comes a moment of truth for …"): a capitalised
/// word after it and the word after that in lower case, a headline in sentence case ("Opinion
/// Polls Show …" in title case keeps its first word).
fn without_rubric<'a>(title: &'a str, rules: &ImportRules) -> &'a str {
    let Some((rubric, rest)) = title.split_once(' ') else {
        return title;
    };
    let mut words = rest.split_whitespace();
    let sentence_case = words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase));
    if sentence_case
        && words_upto(rest, RUBRIC_HEADLINE_MIN_WORDS) >= RUBRIC_HEADLINE_MIN_WORDS
        && rules
            .text
            .headline_rubrics
            .iter()
            .any(|r| rubric.eq_ignore_ascii_case(r))
    {
        rest.trim_start()
    } else {
        title
    }
}

/// "109 HCON 187 IH": a record number of words that are each all digits or all capital letters,
/// at least two of each (a session's number, the kind of bill, its number, its stage).
fn record_code(code: &str) -> bool {
    let mut numbers = 0;
    let mut codes = 0;
    for w in code.split(' ') {
        if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
            numbers += 1;
        } else if !w.is_empty() && w.bytes().all(|b| b.is_ascii_uppercase()) {
            codes += 1;
        } else {
            return false;
        }
    }
    numbers >= 2 && codes >= 2
}

fn tidy_title(line: &str) -> String {
    // "Kyrgyzstan<br />": a page's line-break tag left at the end of a line copied from its
    // markup is no word of the title.
    let trimmed = line.trim_end();
    let line = if trimmed.ends_with('>') {
        ["<br />", "<br/>", "<br>"]
            .iter()
            .find_map(|tag| trimmed.strip_suffix(tag))
            .unwrap_or(line)
    } else {
        line
    };
    // "… of Kazakhstan *", "… of Kazakhstan[*]": the title's footnote mark.
    let line = line.trim_end_matches(['*', ' ']);
    // "[Example-list] Statement on …": a mailing list's tag before a message's subject (and
    // "[30.10.23] Ministry disagrees …", the day a news archive reprinted a story).
    let line = line
        .strip_prefix('[')
        .and_then(|l| l.split_once("] "))
        .filter(|(tag, rest)| {
            (2..=LIST_TAG_MAX_BYTES).contains(&tag.len())
                && !tag.contains(' ')
                && words_upto(rest, 3) >= 3
        })
        .map_or(line, |(_, rest)| rest.trim_start());
    let line = line.strip_suffix("[*]").unwrap_or(line).trim_end();
    // "(Berlin) – Women in Kazakhstan …": a release's first sentence taken as its title, with
    // the place of the office that issued it, which is no subject of the text.
    let undated = split_place_dateline(line);
    let line = undated.as_deref().unwrap_or(line);
    // "Document - Kyrgyzstan: Further information: …": a library's label before the title.
    let line = line.strip_prefix("Document - ").unwrap_or(line);
    // "Download “Supporting Civil Society in Central Asia” Commentary-17.pdf – Downloaded 936
    // times – 286.21 KB": a download link's line, the document's name in its quotation marks.
    let line = line
        .strip_prefix("Download ")
        .and_then(|rest| rest.trim_start().strip_prefix(['“', '"']))
        .and_then(|rest| rest.split_once(['”', '"']))
        .map(|(name, _)| name.trim())
        .filter(|name| words_upto(name, 3) >= 3)
        .unwrap_or(line);
    // "28/10 Report of the Working Group …": a Council document's number before its kind.
    let line = line
        .split_once(' ')
        .filter(|(number, rest)| {
            number.split_once('/').is_some_and(|(a, b)| {
                [a, b]
                    .iter()
                    .all(|n| (1..=3).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit()))
            }) && NUMBERED_DOCUMENT_KINDS
                .iter()
                .any(|k| rest.strip_prefix(k).is_some_and(|r| r.starts_with(' ')))
        })
        .map_or(line, |(_, rest)| rest);
    // "109 HCON 187 IH: Expressing the sense of …": a repository's record number of a bill
    // (numbers and capitalised codes in turn) before the title it records.
    let line = without_record_code(line);
    // "Re: EU policy toward …": a letter's subject line, without its label.
    let line = LETTER_SUBJECT_LABELS
        .iter()
        .find_map(|p| line.strip_prefix(p))
        .map_or(line, str::trim_start);
    // "You're reading: Rights groups call for …": a site's label glued before the title (a
    // forum archive's "View Full Version : …" too).
    let line = [
        "You're reading: ",
        "You’re reading: ",
        "You are reading: ",
        "Now reading: ",
        "View Full Version : ",
        "View Full Version: ",
    ]
    .iter()
    .find_map(|p| line.strip_prefix(p))
    .unwrap_or(line);
    // "Concluding observations … [2014] UNCATCO 17; CAT/C/KAZ/CO/3 (12 December 2014)": a law
    // library's citation after the title.
    let line = line
        .match_indices(" [")
        .find(|&(at, _)| {
            let rest = &line[at + 2..];
            rest.len() > 7
                && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && rest[4..].starts_with("] ")
                && rest[6..].starts_with(|c: char| c.is_ascii_uppercase())
        })
        .map_or(line, |(at, _)| line[..at].trim_end());
    let line = match line.rsplit_once(" | ") {
        Some((head, site))
            if words_upto(site, SITE_SUFFIX_MAX_WORDS + 1) <= SITE_SUFFIX_MAX_WORDS
                && word_count(head) >= word_count(site) =>
        {
            head.trim_end()
        }
        _ => line,
    };
    line.to_string()
}

/// Reads title, author, date and subtitle off the top; returns the index of the first body block.
fn read_header(blocks: &[Vec<Line>], rules: &ImportRules, header: &mut Header) -> usize {
    let mut index = 0;
    let mut seen_date_or_author = false;
    // Whether the date so far is a date line alone above the title ("17 June 2019" over "Central
    // Asia news" / the headline): a site's date bar may print the day it was read, and a date
    // line under the headline, the story's own, takes its place.
    let mut date_above_title = false;
    let line_at = |i: usize| -> Option<String> {
        let block = blocks.get(i)?;
        // A letterhead line wrapped onto a second ("Consideration of reports …" / "under
        // article 19 of the Convention") reads as one.
        let wrapped = block.len() == 2
            && block[1]
                .text
                .trim_start()
                .starts_with(|c: char| c.is_lowercase());
        if wrapped {
            return Some(normalize_whitespace(&format!(
                "{} {}",
                block[0].text, block[1].text
            )));
        }
        (block.len() == 1).then(|| {
            md_heading_text(&block[0].text).unwrap_or_else(|| normalize_whitespace(&block[0].text))
        })
    };
    // "Example Helsinki Foundation for Human Rights" / "Turkmenistan" / "Opinion No. 18/2022
    // concerning … (Turkmenistan)": a site's name and its country section above a title
    // that names the country again. With `at` the site's line: the title's block and text.
    let title_under_country = |at: usize| -> Option<(usize, String)> {
        let country = line_at(at + 1)?;
        let alone =
            words_upto(&country, 4) <= 3 && rules.gazetteer.exact(&fold(country.trim())).is_some();
        let title = line_at(at + 2)?;
        (alone
            && title_like(&title)
            && words_upto(&title, TITLE_BELOW_CHROME_MIN_WORDS) >= TITLE_BELOW_CHROME_MIN_WORDS
            && names_place(&title, rules))
        .then(|| (at + 2, tidy_title(&title)))
    };
    while let Some(block) = blocks.get(index) {
        // The page layout may repeat the title on consecutive lines.
        let repeats_title = |l: &Line| {
            header.title.as_deref().map(fold) == Some(fold(&normalize_whitespace(&l.text)))
        };
        if block.len() > 1 && block.iter().all(repeats_title) {
            index += 1;
            continue;
        }
        // "UN's visit offers …" / "Tajikistan: UN's visit offers …": a reposting site's title,
        // then the release's own headline, its country before a colon; the headline names the
        // subject and is the title.
        let country_headline = |line: &str, title: &str| {
            line.split_once(": ").is_some_and(|(label, rest)| {
                fold(rest.trim()) == fold(title.trim())
                    && words_upto(label, 4) <= 3
                    && rules.gazetteer.exact(&fold(label.trim())).is_some()
            })
        };
        if let Some(line) = header.title.as_deref().and_then(|t| {
            // (A line without ": " is read no further.)
            let line = (block.len() == 1 && block[0].text.contains(": "))
                .then(|| normalize_whitespace(&block[0].text))?;
            country_headline(&line, t).then_some(line)
        }) {
            header.title = Some(tidy_title(&line));
            index += 1;
            continue;
        }
        // "BAKU: Central Asia Remains …" / "Central Asia Remains …": a dateline's place in
        // capitals before the title, then the title alone; the place is no part of it.
        if let [only] = block.as_slice() {
            let line = normalize_whitespace(&only.text);
            let after_place = header.title.as_deref().and_then(|t| {
                let (label, rest) = t.split_once(": ")?;
                let place = !label.is_empty()
                    && words_upto(label, 4) <= 3
                    && label.chars().any(char::is_alphabetic)
                    && !label.chars().any(char::is_lowercase);
                (place && fold(rest.trim()) == fold(&line)).then_some(())
            });
            if after_place.is_some() {
                header.title = Some(tidy_title(&line));
                index += 1;
                continue;
            }
        }
        // (Both in one block, the text copied with single newlines.)
        if header.title.is_none() && block.len() == 2 && block[1].text.contains(": ") {
            let (a, b) = (
                normalize_whitespace(&block[0].text),
                normalize_whitespace(&block[1].text),
            );
            if title_like(&a) && country_headline(&b, &a) {
                header.title = Some(tidy_title(&b));
                index += 1;
                continue;
            }
        }
        // A title printed two or three times in a row by the page layout.
        let first_line = normalize_whitespace(&block[0].text);
        if header.title.is_none()
            && block.len() > 1
            && title_like(&first_line)
            && block
                .iter()
                .all(|l| fold(&normalize_whitespace(&l.text)) == fold(&first_line))
        {
            header.title = Some(tidy_title(&first_line));
            index += 1;
            continue;
        }
        // "HRW urges … over Kyrgyzstan News" / "HRW urges … over Kyrgyzstan": the title with a
        // site section's name after it, then the title alone.
        if header.title.is_none() && block.len() == 2 {
            let (a, b) = (
                normalize_whitespace(&block[0].text),
                normalize_whitespace(&block[1].text),
            );
            if a.len() > b.len()
                && words_upto(&b, 3) >= 3
                && title_like(&b)
                && a.get(..b.len()).is_some_and(|head| head == b)
                && a[b.len()..].starts_with(' ')
                && words_upto(&a[b.len()..], SITE_LABEL_MAX_WORDS + 1) <= SITE_LABEL_MAX_WORDS
            {
                header.title = Some(tidy_title(&b));
                index += 1;
                continue;
            }
        }
        // "RSF calls on … personnel News" / "Photographer / Agency" / "RSF calls on …
        // personnel": the title with a section's name, a photo credit, the title alone.
        if header.title.is_none() && block.len() == 3 {
            let t: Vec<String> = block
                .iter()
                .map(|l| normalize_whitespace(&l.text))
                .collect();
            if t[0].len() > t[2].len()
                && words_upto(&t[2], 3) >= 3
                && title_like(&t[2])
                && t[0].starts_with(t[2].as_str())
                && t[0][t[2].len()..].starts_with(' ')
                && words_upto(&t[0][t[2].len()..], SITE_LABEL_MAX_WORDS + 1) <= SITE_LABEL_MAX_WORDS
                && words_upto(&t[1], SITE_LABEL_MAX_WORDS + 1) <= SITE_LABEL_MAX_WORDS
            {
                header.title = Some(tidy_title(&t[2]));
                index += 1;
                continue;
            }
        }
        // "Amnesty International" / "Public Statement" above a one-line headline: site labels.
        let labels = header.title.is_none()
            && (2..=3).contains(&block.len())
            && block.iter().all(|l| {
                let t = normalize_whitespace(&l.text);
                words_upto(&t, SITE_LABEL_MAX_WORDS + 1) <= SITE_LABEL_MAX_WORDS && title_like(&t)
            })
            && blocks.get(index + 1).is_some_and(|next| {
                next.len() == 1
                    && next[0].text.words_upto(SITE_LABEL_MAX_WORDS + 1) > SITE_LABEL_MAX_WORDS
            });
        if labels {
            index += 1;
            continue;
        }
        // "Rights Network" / "Public Statement" / "Tajikistan must free the lawyers …." in one
        // block above the body: labels, then the headline.
        if header.title.is_none() && (2..=3).contains(&block.len()) {
            let texts: Vec<String> = block
                .iter()
                .map(|l| normalize_whitespace(&l.text))
                .collect();
            let (last, above) = texts.split_last().unwrap_or((&texts[0], &[]));
            let headline = words_upto(last, SITE_LABEL_MAX_WORDS + 1) > SITE_LABEL_MAX_WORDS
                && words_upto(last, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS
                && !last.trim_end_matches('.').contains(". ")
                && (title_like(last) || last.ends_with('.'));
            let body_next = blocks.get(index + 1).is_some_and(|b| {
                b[0].text.words_upto(HEADLINE_BODY_MIN_WORDS) >= HEADLINE_BODY_MIN_WORDS
            });
            if headline
                && body_next
                && above.iter().all(|l| {
                    words_upto(l, SITE_LABEL_MAX_WORDS + 1) <= SITE_LABEL_MAX_WORDS && title_like(l)
                })
            {
                header.title = Some(tidy_title(last.trim_end_matches('.')));
                index += 1;
                continue;
            }
        }
        // A header block of short lines ("Australian Permanent Mission …" / "Switzerland,
        // Liechtenstein", then "UPR Working Group – 16th Session" / "Universal Periodic Review
        // of Uzbekistan" / "24 April 2013"): the line naming a focus country is the title, a
        // date line dates it; a block naming none before such a block is a label.
        if header.title.is_none() && (2..=4).contains(&block.len()) {
            let texts: Vec<String> = block
                .iter()
                .map(|l| normalize_whitespace(&l.text))
                .collect();
            let short = texts.iter().all(|t| {
                words_upto(t, HEADER_BLOCK_MAX_WORDS + 1) <= HEADER_BLOCK_MAX_WORDS
                    && (title_like(t) || parse_date(t).is_some())
                    && !is_field_line(t)
            });
            let names_focus = |t: &str| {
                rules
                    .gazetteer
                    .countries_in(&fold(t))
                    .iter()
                    .any(|c| rules.gazetteer.is_focus(c))
            };
            if short {
                if let Some(at) = texts
                    .iter()
                    .position(|t| names_focus(t) && parse_date(t).is_none())
                {
                    // "Consideration of reports …" / "Kazakhstan" / "Initial reports": the
                    // country alone titles nothing; the line above it does.
                    let country_only = words_upto(&texts[at], 4) <= 3
                        && rules.gazetteer.exact(&fold(texts[at].trim())).is_some();
                    let title = match at.checked_sub(1).map(|k| &texts[k]) {
                        Some(above) if country_only && words_upto(above, 3) >= 3 => above,
                        _ => &texts[at],
                    };
                    header.title = Some(tidy_title(title));
                    if let Some(date) = texts.iter().find_map(|t| parse_date(t)) {
                        header.date.get_or_insert(date);
                    }
                    index += 1;
                    continue;
                }
                let next_names_focus = blocks.get(index + 1).is_some_and(|next| {
                    (2..=4).contains(&next.len())
                        && next
                            .iter()
                            .any(|l| names_focus(&normalize_whitespace(&l.text)))
                });
                if next_names_focus {
                    index += 1;
                    continue;
                }
            }
        }
        // "icon" / "Türkmençe" / … / "Magtymguly Fragi": four or more short lines, none a
        // sentence, above the title are the site's navigation.
        if header.title.is_none()
            && block.len() >= NAV_BLOCK_MIN_LINES
            && block.iter().all(|l| {
                let t = normalize_whitespace(&l.text);
                words_upto(&t, SITE_LABEL_MAX_WORDS + 1) <= SITE_LABEL_MAX_WORDS
                    && !t.ends_with(['.', ':', ';'])
            })
        {
            index += 1;
            continue;
        }
        // "Uzbekistan: End Prolonged Detention …" / "Uzbek government should release …" above
        // the body, without a blank line: the headline and its subtitle.
        if header.title.is_none() && block.len() == 2 {
            let texts: Vec<String> = block
                .iter()
                .map(|l| normalize_whitespace(&l.text))
                .collect();
            let headline = |t: &str| {
                title_like(t)
                    && words_upto(t, SITE_LABEL_MAX_WORDS + 1) > SITE_LABEL_MAX_WORDS
                    && words_upto(t, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS
            };
            let body_next = blocks.get(index + 1).is_some_and(|b| {
                b[0].text.words_upto(HEADLINE_BODY_MIN_WORDS) >= HEADLINE_BODY_MIN_WORDS
                    || b[0].text.trim_start().starts_with('(')
            });
            if texts.iter().all(|t| headline(t)) && body_next {
                header.title = Some(tidy_title(&texts[0]));
                header.subtitle = Some(texts[1].clone());
                index += 1;
                continue;
            }
        }
        if block.len() != 1 {
            break;
        }
        let raw = &block[0].text;
        let mut line = md_heading_text(raw).unwrap_or_else(|| normalize_whitespace(raw));
        // "date 2024-05-01 International organizations are calling …": a scraper's date field
        // glued before the headline.
        if let Some((date, rest)) = line
            .strip_prefix("date ")
            .and_then(|r| r.split_once(' '))
            .and_then(|(d, rest)| parse_date(d).map(|d| (d, rest.trim().to_string())))
        {
            header.date.get_or_insert(date);
            line = rest;
        }
        let folded = fold(&line);
        if header.title.is_none() {
            // "| Den norske Helsingforskomité": the site's name left from a page title's
            // "Headline | Site".
            if index == 0
                && line.starts_with("| ")
                && words_upto(&line, SITE_LABEL_MAX_WORDS + 2) <= SITE_LABEL_MAX_WORDS + 1
            {
                index += 1;
                continue;
            }
            // "* Adopted by the Committee at its …": the title's footnote printed above it.
            if index == 0 && line.starts_with("* ") {
                index += 1;
                continue;
            }
            // "Delivered by Her Excellency …" above the statement: its author, not its title.
            // (A byline running on into the statement's text is body: see `byline_date`.)
            // A bare "By" opens a byline there only before a short name, every word capitalised
            // ("By Example Radio's Tajik Service"): "By the Numbers: …" is a headline.
            if let Some(author) = rules
                .text
                .author_prefix
                .iter()
                .filter(|p| p.contains(' ') && words_upto(p, 2) > 1)
                .find_map(|p| strip_prefix_ignore_case(&line, p))
                .or_else(|| {
                    line.strip_prefix("By ").filter(|name| {
                        !name.contains(':')
                            && words_upto(name, BYLINE_NAME_MAX_WORDS + 1) <= BYLINE_NAME_MAX_WORDS
                            && name
                                .split_whitespace()
                                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
                    })
                })
                .filter(|_| words_upto(&line, AUTHOR_LINE_MAX_WORDS + 1) <= AUTHOR_LINE_MAX_WORDS)
            {
                header.author = Some(author.trim().to_string());
                if let Some((date, _)) =
                    dates::find_date_or_range(&line).filter(|(_, range)| !range)
                {
                    header.date.get_or_insert(date);
                }
                index += 1;
                continue;
            }
            // "Delivered on 7 May 2018", "Published 3 March 2020": a dated line above the title.
            let dated = folded
                .split_whitespace()
                .next()
                .is_some_and(|w| rules.text.date_context_words.iter().any(|c| c == w));
            if dated && words_upto(&line, DATED_LINE_MAX_WORDS + 1) <= DATED_LINE_MAX_WORDS {
                if let Some(date) = find_header_date(&line, rules) {
                    header.date.get_or_insert(date);
                    index += 1;
                    continue;
                }
            }
            // A date on the first line, above the title.
            if let Some(date) = parse_date(&line) {
                date_above_title |= header.date.is_none();
                header.date.get_or_insert(date);
                index += 1;
                continue;
            }
            // A site label in another script above an English title.
            let latin = |l: &str| l.chars().any(|c| c.is_ascii_alphabetic());
            if !latin(&line)
                && line_at(index + 1).is_some_and(|next| latin(&next) && title_like(&next))
            {
                // "суббота, 16 февраля 2013 г.": a blog's date in another language.
                if let Some(date) = dates::find_date(&line) {
                    header.date.get_or_insert(date);
                }
                index += 1;
                continue;
            }
            // "Berlin (06/11 – 58)": a coded dateline without a year above the text.
            if coded_dateline(&line) {
                index += 1;
                continue;
            }
            // "Nov 252007": a blog's date scrap above the text; "July 2022" alone dates it by
            // the month.
            if date_scrap(&line) && words_upto(&line, 4) <= 3 {
                if words_upto(&line, 3) == 2 {
                    if let Some(month) = find_month_year(&line) {
                        header.date.get_or_insert(month);
                    }
                }
                index += 1;
                continue;
            }
            // "OSCE Chairman calls for an investigation into …." printed again in the next
            // block: the page's headline twice, ending in a full stop; neither is a sentence of
            // the body.
            if header.title.is_none()
                && line.ends_with('.')
                && words_upto(&line, 3) >= 3
                && words_upto(&line, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS
                && !line.trim_end_matches('.').contains(". ")
                && line_at(index + 1).is_some_and(|next| fold(&next) == folded)
            {
                header.title = Some(tidy_title(line.trim_end_matches('.')));
                index += 2;
                continue;
            }
            // "AI urges Turkmenistan to fully implement recommendations made under UPR.": a
            // headline ending in a full stop, one short sentence above the body.
            // "All sides should refrain from violence …." / "WASHINGTON—In response to …": a
            // sentence right above the paragraph a dateline opens is the release's headline
            // (its deck), header and no item, however like a call it reads, up to a dated
            // title's length.
            // (Only a one-sentence line ending in a full stop, with no byline, can be one: the
            // next block is not read for any other.)
            let next_dateline = line.ends_with('.')
                && header.author.is_none()
                && !line.trim_end_matches('.').contains(". ")
                && blocks.get(index + 1).is_some_and(|b| {
                    let t = normalize_whitespace(&b[0].text);
                    split_agency_dateline(&t, rules).is_some()
                        || split_dateline(&t).is_some()
                        || split_open_dateline(&t).is_some()
                        || split_place_dateline(&t).is_some()
                });
            let next_is_body = next_dateline
                || blocks.get(index + 1).is_some_and(|b| {
                    b[0].text.words_upto(HEADLINE_BODY_MIN_WORDS) >= HEADLINE_BODY_MIN_WORDS
                });
            let headline_max = if next_dateline {
                DATED_TITLE_MAX_WORDS
            } else {
                HEADLINE_MAX_WORDS
            };
            // Below a statement's byline ("Delivered by …") with no title above it, a sentence
            // opens the body ("Ireland warmly welcomes the delegation of Kazakhstan …").
            let stop_headline = line.ends_with('.')
                && header.author.is_none()
                && !line.trim_end_matches('.').contains(". ")
                && words_upto(&line, headline_max + 1) <= headline_max
                && is_bullet(&line).is_none()
                && next_is_body;
            if stop_headline {
                header.title = Some(tidy_title(line.trim_end_matches('.')));
                // "Human Rights Watch has demanded officials immediately release two bloggers
                // arrested last week …." opening a story without a headline: the sentence,
                // longer than a headline ("AI urges Turkmenistan to fully implement ….", "UK and
                // 35 other countries call for … in Belarus.") or opening with a dateline
                // ("BRUSSELS -- …"), names the text and stays in its body as the call it is.
                let opens_with_dateline = split_agency_dateline(&line, rules).is_some()
                    || split_dateline(&line).is_some()
                    || split_open_dateline(&line).is_some()
                    || split_place_dateline(&line).is_some();
                // ("An Example group released a report Monday stating the need to …": a
                // weekday dates the story's event, as a lead does and a headline does not.)
                let weekday = || {
                    line.split_whitespace().any(|w| {
                        dates::is_weekday_ignoring_ascii_case(
                            w.trim_matches(|c: char| !c.is_alphanumeric()),
                        )
                    })
                };
                let call = !next_dateline
                    && (words_upto(&line, LEAD_SENTENCE_MIN_WORDS + 1) > LEAD_SENTENCE_MIN_WORDS
                        || opens_with_dateline
                        || weekday())
                    && cues::sentence(&line, rules)
                        .is_some_and(|d| d.kind == ItemKind::Recommendation);
                if call {
                    break;
                }
                index += 1;
                continue;
            }
            // "Free Them Now!" / "For Democracy and Human Rights in X" / "NEWS 2017 ." /
            // "13.12.2017, 12:35 Example Radio" / the headline / the body: a post's stamp under
            // a site's short lines, the headline under it: the headline is the title and the
            // stamp dates it; the lines above are the site's (its slogan and motto, which may
            // name the country, are never the title).
            if let Some((at, title, date)) = headline_under_stamp(blocks, index, &line_at) {
                header.title = Some(tidy_title(&title));
                header.date.get_or_insert(date);
                index = at + 1;
                continue;
            }
            if !title_like(&line) {
                break;
            }
            // A site label or a convention's name first: the title is the letterhead line
            // that names the subject, when one follows.
            // A publisher's office above the title ("Delegation of the European Union to
            // Albania") names a place but is a label too.
            let publisher_label = words_upto(&line, HEADING_MAX_WORDS + 1) <= HEADING_MAX_WORDS
                && rules
                    .text
                    .publisher_labels
                    .iter()
                    .any(|p| folded.starts_with(p.as_str()));
            // So does a row of the site's sections ("Central Asia Featured Global News").
            let sections_row = title::site_sections_line(&line, rules);
            let named = (publisher_label || sections_row || !names_place(&line, rules))
                .then(|| {
                    for i in index + 1..index + 1 + LETTERHEAD_MAX_LINES {
                        let Some(l) = line_at(i) else {
                            // "For Immediate Release" / "Contact:": a block of short labels.
                            if blocks.get(i).is_some_and(|b| {
                                b.iter().all(|l| {
                                    let t = normalize_whitespace(&l.text);
                                    words_upto(&t, SITE_LABEL_MAX_WORDS + 1) <= SITE_LABEL_MAX_WORDS
                                        && (title_like(&t) || t.ends_with(':'))
                                })
                            }) {
                                continue;
                            }
                            return None;
                        };
                        // "Concluding observations …, Turkmenistan, U.N. Doc. CAT/C/TKM/CO/1
                        // (2011).": a library's title line may end in its citation and a stop.
                        let stopped = l.ends_with(").")
                            && words_upto(&l, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS
                            && title_like(l.trim_end_matches('.'));
                        let label = words_upto(&l, 3) <= 2 && l.ends_with(':');
                        // "Kyrgyzstan: Don't Stifle Dissent": a headline after its country,
                        // not a page field.
                        let country_headline = l
                            .split_once(':')
                            .is_some_and(|(c, _)| rules.gazetteer.exact(&fold(c.trim())).is_some());
                        // A dated line, not a dated paragraph ("(21/01-2009) Authorities …
                        // should withdraw ….", "1. The Committee considered … on 30 May 2007.").
                        // (Not a paragraph cut short with "…" by a reposting site: "President
                        // X should veto … Parliament on June 25, 2020 adopted …": a dated line
                        // is a title's length.)
                        let date_line = !l.ends_with('.')
                            && is_bullet(&l).is_none()
                            && words_upto(&l, DATED_TITLE_MAX_WORDS + 1) <= DATED_TITLE_MAX_WORDS
                            && dates::find_date(&l).is_some();
                        if !((title_like(&l) || stopped || label || date_line)
                            && (country_headline || !is_field_line(&l)))
                        {
                            return None;
                        }
                        // "Delivered by … Permanent Representative of Maldives": a byline.
                        let byline = rules
                            .text
                            .author_prefix
                            .iter()
                            .any(|p| strip_prefix_ignore_case(&l, p).is_some());
                        // "Freedom for all political prisoners in Belarus!": a slogan.
                        if names_place(&l, rules)
                            && find_header_date(&l, rules).is_none()
                            && !byline
                            && !l.ends_with('!')
                        {
                            return Some((i, l.trim_end_matches('.').to_string()));
                        }
                    }
                    None
                })
                .flatten();
            match named {
                Some((at, title)) => {
                    // The date nearest the title: a syndication line above it
                    // ("05/14/2023 | Press release | Distributed by …") came later.
                    for i in (index..at).rev() {
                        if let Some(date) = line_at(i).and_then(|l| find_header_date(&l, rules)) {
                            header.date.get_or_insert(date);
                        }
                    }
                    // "Concluding observations of the Committee …" / "TURKMENISTAN": a line
                    // naming the country alone titles nothing; the line above it does.
                    let country_only = words_upto(&title, 4) <= 3
                        && rules
                            .gazetteer
                            .exact(&fold(title.trim_end_matches(['*', ' '])))
                            .is_some();
                    let above = at
                        .checked_sub(1)
                        .filter(|&k| k >= index)
                        .and_then(line_at)
                        .filter(|l| title_like(l) && words_upto(l, 4) >= 4 && !is_field_line(l));
                    header.title = Some(tidy_title(match (&above, country_only) {
                        (Some(above), true) => above,
                        _ => &title,
                    }));
                    index = at;
                    if let Some((below, title)) =
                        title_under_country(at.saturating_sub(1)).filter(|_| country_only)
                    {
                        header.title = Some(title);
                        index = below;
                    }
                    // "Watchdog" / "Two Kazakh groups … are demanding the immediate release of
                    // … by the security service (KNB).": a story's lead sentence under a site
                    // label, longer than a headline, names the text and stays in its body as
                    // the call it is (as a headline ending in a stop does, above).
                    let lead_call = line_at(index).is_some_and(|l| {
                        l.ends_with('.')
                            && words_upto(&l, LEAD_SENTENCE_MIN_WORDS + 1) > LEAD_SENTENCE_MIN_WORDS
                            && cues::sentence(&l, rules)
                                .is_some_and(|d| d.kind == ItemKind::Recommendation)
                    });
                    if lead_call {
                        break;
                    }
                }
                None => match title_under_country(index) {
                    Some((at, title)) => {
                        header.title = Some(title);
                        index = at;
                    }
                    None => header.title = Some(tidy_title(&line)),
                },
            }
        } else if header.title.as_deref().is_some_and(|t| {
            // (The title ending in the line between quotation marks, compared without
            // writing the quoted line.)
            let quoted = |open: &str, close: &str| {
                t.strip_suffix(close)
                    .and_then(|t| t.strip_suffix(line.as_str()))
                    .is_some_and(|t| t.ends_with(open))
            };
            words_upto(&line, 3) >= 3 && (quoted("“", "”") || quoted("\"", "\""))
        }) {
            // "HRW: “Tajikistan: Activist …”" then "Tajikistan: Activist …": a site's post
            // quoting the title, then the title itself.
            header.title = Some(tidy_title(&line));
        } else if header.title.as_deref().is_some_and(|t| {
            t.len() > line.len()
                && words_upto(&line, 3) >= 3
                && t.starts_with(line.as_str())
                && t[line.len()..].starts_with(' ')
                && words_upto(&t[line.len()..], SITE_LABEL_MAX_WORDS + 1) <= SITE_LABEL_MAX_WORDS
        }) {
            // "… personnel News" then "… personnel": the title printed again without the
            // section's name that was glued to it.
            header.title = Some(tidy_title(&line));
        } else if header.title.as_deref().map(fold).as_deref() == Some(folded.as_str()) {
            // The title repeated by the page layout.
        } else if let Some(author) = rules
            .text
            .author_prefix
            .iter()
            .find_map(|p| strip_prefix_ignore_case(&line, p))
            .filter(|_| words_upto(&line, AUTHOR_LINE_MAX_WORDS + 1) <= AUTHOR_LINE_MAX_WORDS)
        {
            header.author = Some(author.trim().to_string());
            // "Delivered by Ambassador X, Permanent Representative of Ireland 24 June 2015".
            if let Some((date, _)) = dates::find_date_or_range(&line).filter(|(_, range)| !range) {
                header.date.get_or_insert(date);
            }
            seen_date_or_author = true;
        } else if seen_date_or_author
            && header.title.is_some()
            && person_name_line(&line, rules)
            && line_at(index + 1).is_some_and(|next| affiliation_line(&next, rules))
            && line_at(index + 2).is_some_and(|body| {
                words_upto(&body, LEAD_SENTENCE_MIN_WORDS) >= LEAD_SENTENCE_MIN_WORDS
            })
        {
            // "01.08.2006 11:04 msk" / "Jane Roe" / "Example Rights Network" / the body: under
            // the story's date, the author's name and whom the author writes for.
            header.author.get_or_insert_with(|| line.clone());
            index += 1;
        } else if person_name_line(&line, rules)
            && line_at(index + 1).is_some_and(|next| role_line(&next))
        {
            // "Jane Roe" / "Senior Researcher, Central Asia": the author's name, then the
            // author's role on a line of its own; both are the byline.
            header.author.get_or_insert_with(|| line.clone());
            seen_date_or_author = true;
            index += 1;
        } else if let Some(name) = named_byline(&line, rules).filter(|_| {
            seen_date_or_author
                || (index + 1..index + 3).any(|i| {
                    line_at(i).is_some_and(|l| {
                        parse_date(&l).is_some() || find_header_date(&l, rules).is_some()
                    })
                })
        }) {
            // "Iskra Example, Example Rights Watch" over "19 March 2025": a byline without
            // "By", the author's name and whom the author speaks for.
            header.author.get_or_insert_with(|| name.to_string());
            seen_date_or_author = true;
        } else if line_at(index + 1).is_some_and(|next| {
            named_byline(&next, rules).is_some()
                && next
                    .split_once(", ")
                    .is_some_and(|(_, org)| fold(org) == folded)
        }) {
            // "Example Rights Watch" / "Jane Roe, Example Rights Watch": the organisation's
            // name over its author's byline.
        } else if let Some(date) = parse_date(&line).or_else(|| find_header_date(&line, rules)) {
            // ("17 june 2019" / "Central Asia news" / the headline / "01.08.2006 11:04 msk": the
            // story's date under its headline.)
            if std::mem::take(&mut date_above_title) && header.title.is_some() {
                header.date = Some(date);
            } else {
                header.date.get_or_insert(date);
            }
            // A byline with its date ("Published by Freedom Now Network, 2023-11-02") is also
            // the subtitle.
            if parse_date(&line).is_none()
                && header.subtitle.is_none()
                && folded.split_whitespace().any(|w| w == "by")
            {
                header.subtitle = Some(line);
            }
            seen_date_or_author = true;
        } else if folded.split_once(':').is_some_and(|(label, day)| {
            rules.text.page_date_words.iter().any(|w| w == label.trim()) && dates::month_day(day)
        }) {
            // "Updated: Jan 29": the page's date field with no year, which dates nothing; no
            // subtitle.
        } else if header.subtitle.is_none()
            && words_upto(&line, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS
            && !line.ends_with(['.', ':', ';', ','])
            && header.title.as_deref().map(fold) == line_at(index + 1).map(|next| fold(&next))
        {
            // "Rights groups blast …" / a subtitle / "Rights groups blast …" again.
            header.subtitle = Some(line);
        } else if header.subtitle.is_none()
            && words_upto(&line, 2) == 1
            && !seen_date_or_author
            && line.chars().all(char::is_alphabetic)
            && blocks.get(index + 1).is_some_and(|b| b.len() == 1)
        {
            // "News": a site section's label under the title.
        } else if header.subtitle.is_none()
            && !seen_date_or_author
            && line.ends_with('.')
            && !line.trim_end_matches('.').contains(". ")
            && words_upto(&line, STANDFIRST_MAX_WORDS + 1) <= STANDFIRST_MAX_WORDS
            && (index + 1..index + 3).any(|i| {
                line_at(i).is_some_and(|l| {
                    parse_date(&l).is_some() || find_header_date(&l, rules).is_some()
                })
            })
        {
            // "Ten organizations released a joint statement calling on …." above the date: the
            // standfirst that sums up the article is its subtitle.
            header.subtitle = Some(line);
        } else if header.subtitle.is_none()
            && words_upto(&line, SITE_LABEL_MAX_WORDS + 1) > SITE_LABEL_MAX_WORDS
            && words_upto(&line, TITLE_CASE_HEADING_MAX_WORDS + 1) <= TITLE_CASE_HEADING_MAX_WORDS
            && title_case(&line)
            // ("Thank you Chairs, Honourable Members of the Parliament," opens a speech.)
            && !line.ends_with(['.', ':', ','])
            && !line.contains(". ")
        {
            // "As Hunger Strike Begins, Rights Group Demands Release of …": a subtitle in
            // title case under the title and its date. (A lead-in, "To the Government of
            // Uzbekistan:" under a "Recommendations" heading, opens the body.)
            header.subtitle = Some(line);
        } else if dateline_place(&line, rules) {
            // "NEW YORK": a dateline's city on its own line above the body.
        } else if header.subtitle.is_none()
            && !seen_date_or_author
            && words_upto(&line, HEADING_MAX_WORDS + 1) <= HEADING_MAX_WORDS
            && !line.ends_with(['.', ':', ';', ','])
            // ("I. Introduction" over the first numbered paragraph opens the body.)
            && !title::section_marker(&line)
            && blocks.get(index + 1).is_some_and(|next| {
                let next = normalize_whitespace(&next[0].text);
                words_upto(&next, HEADING_MAX_WORDS + 1) > HEADING_MAX_WORDS
                    || parse_date(&next).is_some()
                    || find_header_date(&next, rules).is_some()
                    || dateline_place(&next, rules)
                    // "… jailing of lawyers" / subtitle / the title again.
                    || header.title.as_deref().map(fold) == Some(fold(&next))
            })
        {
            header.subtitle = Some(line);
        } else if is_field_line(&line) {
            // "Place : Vienna", "Speaker : …": page fields under the title.
        } else if words_upto(&line, HEADING_MAX_WORDS + 1) <= HEADING_MAX_WORDS
            && !line.ends_with(['.', ':', ';', ','])
            && line_at(index + 1).is_some_and(|next| find_header_date(&next, rules).is_some())
        {
            // A meeting or session line above a dateline ("30th Session of the UPR Working
            // Group" / "Geneva, May 9, 2018"): header, not body.
        } else {
            break;
        }
        index += 1;
    }
    // "Convention against Torture …" printed above "Summary record of the 1844th meeting*": the
    // document's own title, not the convention's name.
    let convention = header.title.as_deref().map(fold).is_some_and(|t| {
        [
            "convention ",
            "international covenant",
            "international convention",
        ]
        .iter()
        .any(|p| t.starts_with(p))
    });
    if convention {
        if let Some(own) = (0..blocks.len().min(DOCUMENT_TITLE_REACH))
            .filter_map(line_at)
            .find(|l| {
                let folded = fold(l);
                words_upto(l, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS
                    && rules
                        .text
                        .document_title_openings
                        .iter()
                        .any(|o| folded.starts_with(o.as_str()))
            })
        {
            header.title = Some(tidy_title(&own));
        }
    }
    if header.title.is_none() {
        if let Some((at, mut title)) = title_below_chrome(blocks, index, rules) {
            for block in &blocks[index..at] {
                if let Some(date) = find_header_date(&normalize_whitespace(&block[0].text), rules) {
                    header.date.get_or_insert(date);
                }
            }
            let mut next = at + 1;
            // "… report of Kazakhstan; Told" / "‘evolutionary’ – not revolutionary – change …":
            // a title broken over two blocks, its second half opening in lower case.
            if let Some(half) = line_at(next).filter(|h| {
                !title.ends_with(['.', ':', ';', '!', '?'])
                    && words_upto(h, HEADING_MAX_WORDS + 1) <= HEADING_MAX_WORDS
                    && h.trim_start_matches(['‘', '\'', '“', '"'])
                        .starts_with(|c: char| c.is_lowercase())
            }) {
                title = format!("{title} {half}");
                next += 1;
            }
            // "7.6.2016 - (2016/2754(RSP))": a date line under the title.
            if let Some(date) = line_at(next).and_then(|l| {
                l.split_whitespace()
                    .next()
                    .and_then(parse_date)
                    .or_else(|| find_header_date(&l, rules))
            }) {
                header.date.get_or_insert(date);
                next += 1;
            }
            header.title = Some(title);
            return next;
        }
    }
    index
}

/// Blocks looked at for a UN document's own title below the convention's name.
const DOCUMENT_TITLE_REACH: usize = 20;
/// Blocks looked at below the header for a title under chrome.
const TITLE_BELOW_CHROME_MAX_BLOCKS: usize = 8;
/// Longest line of the chrome above such a title (in words).
const CHROME_LINE_MAX_WORDS: usize = 8;
/// Shortest title found that way.
const TITLE_BELOW_CHROME_MIN_WORDS: usize = 6;
/// Longest title found that way (UN titles are long).
const TITLE_BELOW_CHROME_MAX_WORDS: usize = 30;

/// When the header gave no title: a one-line block naming a subject country ("The delegation
/// of Turkmenistan participated in …", "Concluding observations of the Committee …: Kazakhstan.
/// 12/10/2004.") below nothing but short lines (a motto, a view count, "Distr.", "GENERAL") is
/// the title, and what is above it is chrome. Returns the block's index and the title.
fn title_below_chrome(
    blocks: &[Vec<Line>],
    from: usize,
    rules: &ImportRules,
) -> Option<(usize, String)> {
    for (k, block) in blocks
        .iter()
        .enumerate()
        .skip(from)
        .take(TITLE_BELOW_CHROME_MAX_BLOCKS)
    {
        let first = normalize_whitespace(&block[0].text);
        if block.len() == 1 {
            // "…: Kazakhstan. 12/10/2004.": a date after the title's full stop.
            let line = match first.trim_end_matches('.').rsplit_once(". ") {
                Some((head, tail)) if parse_date(tail).is_some() => head.to_string(),
                _ => first.clone(),
            };
            // A letter's "Subject:" line names it (read below, with its prefix off).
            if is_field_line(&line) {
                return None;
            }
            let names_focus = rules
                .gazetteer
                .countries_in(&fold(&line))
                .iter()
                .any(|c| rules.gazetteer.is_focus(c));
            if names_focus
                && title_like(&line)
                && words_upto(&line, TITLE_BELOW_CHROME_MIN_WORDS) >= TITLE_BELOW_CHROME_MIN_WORDS
                && words_upto(&line, TITLE_BELOW_CHROME_MAX_WORDS + 1)
                    <= TITLE_BELOW_CHROME_MAX_WORDS
            {
                return Some((k, tidy_title(&line)));
            }
        }
        // Short labels, a site's line of links ("… • News and Media Division • New York"), and
        // lines in another language ("Dette dokument er ikke tilgængeligt …") above the title.
        let chrome = block.iter().all(|l| {
            let t = normalize_whitespace(&l.text);
            // ("Chamber A, 757th & 758th Meetings (AM & PM)": "&" is no word.)
            let words = t
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            (words <= CHROME_LINE_MAX_WORDS && !t.ends_with([':', ';', ',']))
                || t.matches(" • ").count() >= 2
                || foreign_line(&t)
        });
        if !chrome {
            return None;
        }
    }
    None
}

/// Determiners that open a noun phrase: articles, demonstratives and possessives ("the", "this",
/// "their"). A word right before one is no noun's ("submits *this* report": a verb and its
/// object), and a word after "who" that is one opens the clause's own subject.
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "your",
];

/// English words one of which nearly every English line of eight words or more has.
pub(crate) const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "on", "for", "a", "an", "by", "with", "at", "from",
    "are", "be", "that", "this", "was", "has", "have", "not", "it", "as", "or", "we", "you",
];

/// "Dette dokument er ikke tilgængeligt på dit sprog.": a line in another language (no English
/// function word, a letter outside ASCII) left by a multilingual site above an English text.
fn foreign_line(line: &str) -> bool {
    let words: Vec<String> = line.split_whitespace().map(fold).collect();
    let english = words
        .iter()
        .any(|w| ENGLISH_FUNCTION_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())));
    words.len() >= 3 && !english && line.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
}

/// "NEW YORK", "BISHKEK": a dateline's place alone in capitals (`dateline_places`), not a
/// section heading ("INTRODUCTION").
fn dateline_place(line: &str, rules: &ImportRules) -> bool {
    (1..=3).contains(&word_count(line))
        && !line.chars().any(char::is_lowercase)
        && rules
            .text
            .dateline_places
            .iter()
            .any(|p| *p == fold(line.trim_end_matches(['-', '–', ' '])))
}

/// A date in a short header line: "Geneva, May 9, 2018", "Published: 8 July 2010",
/// "OSCE Permanent Council No. 1375, Vienna, 26 May 2022."
fn find_header_date(line: &str, _rules: &ImportRules) -> Option<String> {
    // A session's range of days ("(21 October–8 November 2019)") does not date the text, nor
    // does the page's last change ("Last Updated: 07/27/2016").
    (words_upto(line, HEADER_DATE_MAX_WORDS + 1) <= HEADER_DATE_MAX_WORDS
        && !dates::last_change(line))
    .then(|| dates::find_date_or_range(line))
    .flatten()
    .and_then(|(date, range)| (!range).then_some(date))
}

/// Most words of a line telling the page's last change ("Last Updated: 07/27/2016").
const LAST_CHANGE_LINE_MAX_WORDS: usize = 8;

/// Most lower-case words of an image's alt text glued to a paragraph's first word.
const ALT_TEXT_MAX_WORDS: usize = 4;
/// Fewest words after the alt text for the line to be a paragraph.
const ALT_TEXT_BODY_MIN_WORDS: usize = 8;
/// Fewest letters of an image's name run alone into a paragraph's first word ("uzlargeThis").
const ALT_NAME_MIN_LETTERS: usize = 5;

/// "osce flagsAt the 941st meeting …": a line opening with lower-case words, the last run
/// into a capitalised word with no space (at least three lower-case letters, then a capital
/// and a lower-case letter), is an image's alt text glued to a paragraph; returns the byte
/// where the paragraph begins. ("iPhone", "eBay": too few letters before the capital.)
fn glued_alt_text(line: &str) -> Option<usize> {
    if !line.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    for (n, word) in line.split_whitespace().enumerate().take(ALT_TEXT_MAX_WORDS) {
        if word.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        let capital = word.find(|c: char| c.is_ascii_uppercase())?;
        let glued = capital >= 3
            && word[..capital].bytes().all(|b| b.is_ascii_lowercase())
            && word[capital + 1..].starts_with(|c: char| c.is_ascii_lowercase());
        let start = word.as_ptr() as usize - line.as_ptr() as usize + capital;
        // ("uzlargeThis page …": an image's name alone run into the first word, when it is
        // long enough not to be a brand's small prefix.)
        return (glued
            && (n > 0 || capital >= ALT_NAME_MIN_LETTERS)
            && lines::words_upto(&line[start..], ALT_TEXT_BODY_MIN_WORDS)
                >= ALT_TEXT_BODY_MIN_WORDS)
            .then_some(start);
    }
    None
}

/// Longest header line (in words) read as a date line.
const HEADER_DATE_MAX_WORDS: usize = 14;

pub(crate) fn strip_prefix_ignore_case<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let head = line.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &line[prefix.len()..])
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month names in Cyrillic as dates print them: Russian in the genitive ("16 февраля 2013
/// г.") and in the nominative, as Kyrgyz and Uzbek sites print them ("15 март 2024"), and
/// Kazakh ("15 наурыз 2024").
const CYRILLIC_MONTHS: [[&str; 12]; 4] = [
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ],
    // Russian abbreviations on sites' date lines ("Окт 08.2020").
    [
        "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
    ],
];

/// Index of a month named in Cyrillic ([`CYRILLIC_MONTHS`]; `word` lower case).
fn cyrillic_month(word: &str) -> Option<usize> {
    CYRILLIC_MONTHS
        .iter()
        .find_map(|names| names.iter().position(|m| *m == word))
}

/// The months in the other languages of European sites that publish statements in English
/// ("gepubliceerd op donderdag 15 mei 2008", "15 mars 2019", "06 de julio, 2022"): Dutch,
/// German, French, Spanish, whole words only.
const EUROPEAN_MONTHS: [[&str; 12]; 4] = [
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
];

pub(crate) fn month_number(word: &str) -> Option<u32> {
    // "June," in "09 June, 2022".
    let w = word.trim_end_matches(['.', ',']);
    if !w.is_ascii() {
        let w = w.to_lowercase();
        return cyrillic_month(&w)
            .or_else(|| european_month(&w))
            .map(|i| i as u32 + 1);
    }
    // (Compared without case, not lowercased into a copy: the names are lower case, and every
    // one starts with a letter.)
    let b = w.as_bytes();
    if b.len() < 3 || !b[0].is_ascii_alphabetic() {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            m.len() >= b.len()
                && m.as_bytes()[..b.len()].eq_ignore_ascii_case(b)
                && (b.len() == m.len() || b.len() == 3 || w.eq_ignore_ascii_case("sept"))
        })
        .or_else(|| {
            EUROPEAN_MONTHS
                .iter()
                .find_map(|names| names.iter().position(|m| m.eq_ignore_ascii_case(w)))
        })
        .map(|i| i as u32 + 1)
}

/// Index of a month named in one of [`EUROPEAN_MONTHS`]' languages (`word` lower case).
fn european_month(word: &str) -> Option<usize> {
    EUROPEAN_MONTHS
        .iter()
        .find_map(|names| names.iter().position(|m| *m == word))
}

fn day_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(',');
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches([',', '.']);
    (w.len() == 4)
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2200).contains(y))
}

/// The three parts of `parts`, or `None` when there are more or fewer: the split stops at a
/// fourth, so a long line is not read through.
fn three<'a>(mut parts: impl Iterator<Item = &'a str>) -> Option<[&'a str; 3]> {
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), Some(c), None) => Some([a, b, c]),
        _ => None,
    }
}

/// Parses a whole line as a date: `2021-07-22`, `July 22, 2021`, `22 July 2021`,
/// `22nd July 2021`, `March 1st 2021`. Returns ISO `YYYY-MM-DD`.
pub fn parse_date(line: &str) -> Option<String> {
    let line = line.trim();
    // "2013-07-24T17:30:55+0300", "2025-04-14 18:15:21": an ISO date with its time, read as
    // the date (a space before the time only after a date written year first: "14.12.2018
    // 17:07:48" is a site's stamp of its last update).
    let line = match line.split_once(['T', ' ']) {
        Some((date, time))
            if date.len() == 10
                && (line.as_bytes()[10] == b'T'
                    || date.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                        && date.as_bytes()[4] == b'-')
                && time.len() >= 5
                && time.as_bytes()[2] == b':'
                && time[..2].bytes().all(|b| b.is_ascii_digit()) =>
        {
            date
        }
        _ => line,
    };
    // Every form is a number first or three words: a paragraph is passed over after its
    // fourth word, not split on every separator.
    if !line.starts_with(|c: char| c.is_ascii_digit()) && lines::words_upto(line, 4) > 3 {
        return None;
    }
    // "2024-01-11", "2006/9/14", "2021.03.16": year first (looked at only when the line opens
    // so).
    let year_first = line.len() <= 10
        && line
            .as_bytes()
            .get(..4)
            .is_some_and(|y| y.iter().all(u8::is_ascii_digit))
        && matches!(line.as_bytes().get(4), Some(b'-' | b'/' | b'.'));
    let separator = match line.as_bytes().get(4) {
        Some(b'/') => '/',
        Some(b'.') => '.',
        _ => '-',
    };
    if let Some([y, m, d]) = year_first.then(|| three(line.split(separator))).flatten() {
        if y.len() == 4 {
            let (y, m, d) = (
                year_number(y)?,
                m.parse::<u32>().ok()?,
                d.parse::<u32>().ok()?,
            );
            return ((1..=12).contains(&m) && (1..=31).contains(&d))
                .then(|| format!("{y:04}-{m:02}-{d:02}"));
        }
    }
    // "18/09/2014", "19-05-2005", "06.04.2006": day first (month first when the day could
    // not be one, "12/25/2014").
    if let Some([a, b, c]) = three(line.split(['/', '-', '.'])) {
        let numeric =
            |w: &str| !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
        if numeric(a) && numeric(b) {
            let (a, b, y) = (
                a.parse::<u32>().ok()?,
                b.parse::<u32>().ok()?,
                year_number(c)?,
            );
            let (d, m) = if b > 12 { (b, a) } else { (a, b) };
            return ((1..=12).contains(&m) && (1..=31).contains(&d))
                .then(|| format!("{y:04}-{m:02}-{d:02}"));
        }
    }
    // "12-OCT-2005", "5-Mar-2019": a day, a month's name and a year joined by hyphens.
    if let Some([a, b, c]) = three(line.split('-')) {
        if b.bytes().all(|x| x.is_ascii_alphabetic()) && a.bytes().all(|x| x.is_ascii_digit()) {
            return three_word_date(a, b, c);
        }
    }
    let [a, b, c] = three(line.split_whitespace())?;
    three_word_date(a, b, c)
}

/// "July 22, 2021", "22nd July 2021": a date written as a month, a day and a year (either of
/// the first two first). The year is read first: most runs of three words are no date, and
/// few end in a year. (`dates::find_date_or_range` reads every run of three words of a text.)
pub(crate) fn three_word_date(a: &str, b: &str, c: &str) -> Option<String> {
    let y = year_number(c)?;
    let (m, d) = match (month_number(a), day_number(b)) {
        (Some(m), Some(d)) => (m, d),
        _ => (month_number(b)?, day_number(a)?),
    };
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// A month and year in a short line ("A briefing paper, March 2025", "October 2023") as
/// `YYYY-MM`: the date reports often print on their cover, with no day.
pub fn find_month_year(line: &str) -> Option<String> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '|' | '–' | '—'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 16 {
        return None;
    }
    words.windows(2).find_map(|pair| {
        let month = month_number(pair[0]).filter(|_| pair[0].len() >= 3)?;
        // Whole month names only ("May", "March"), or a three-letter form with its dot.
        let capital = pair[0].chars().next().is_some_and(char::is_uppercase);
        let full = MONTHS.iter().any(|m| m.eq_ignore_ascii_case(pair[0]))
            || pair[0].ends_with('.')
            || pair[0].len() == 3;
        let full = full && capital;
        let year = pair[1].trim_end_matches('.');
        (full && year.len() == 4)
            .then(|| year_number(year))
            .flatten()
            .map(|y| format!("{y:04}-{month:02}"))
    })
}

/// Most words in a dateline's brackets read for a date anywhere in them ("Brussels October 19,
/// 2023").
const DATELINE_BRACKET_MAX_WORDS: usize = 8;

/// A dateline at the start of a paragraph: `(Berlin, January 11, 2024) – text` → date and text.
fn split_dateline(text: &str) -> Option<(String, String)> {
    let inner_end = text.strip_prefix('(')?.find(')')? + 1;
    if inner_end > 80 {
        return None;
    }
    let inner = &text[1..inner_end];
    // "(December 18, 2015): …" has no place before its date.
    // "(Brussels October 19, 2023)": a place without its comma, the date after it.
    let date = parse_date(inner)
        .or_else(|| {
            let date_part = inner.split_once(',').map_or(inner, |(_, rest)| rest);
            parse_date(date_part)
        })
        .or_else(|| {
            (words_upto(inner, DATELINE_BRACKET_MAX_WORDS + 1) <= DATELINE_BRACKET_MAX_WORDS)
                .then(|| dates::find_date(inner))
                .flatten()
        })?;
    let rest = text[inner_end + 1..]
        .trim_start()
        .trim_start_matches(['–', '—', '-', ':'])
        .trim_start();
    Some((date, rest.to_string()))
}

/// Paragraphs before the one a dated dateline may still open (a teaser above the article).
const DATELINE_MAX_PARAGRAPH: usize = 2;

/// A place in brackets before a dash, without a date: `(New York) - text`,
/// `(Washington, D.C.) — text` → text. Every word of the place is capitalised.
/// Most words of a place before a dateline's colon ("Dushanbe, Tajikistan,").
const PLACE_COLON_MAX_WORDS: usize = 4;

/// "Ashgabat: A rights group on Thursday asked …", "Dushanbe, Tajikistan,: UN Secretary General
/// …": a place (capitalised words the gazetteer knows, commas between) and a colon opening a
/// story's first paragraph, then a capital. The text after it.
fn split_place_colon_dateline(text: &str, rules: &ImportRules) -> Option<String> {
    let head = text.get(..text.len().min(PLACE_COLON_MAX_BYTES))?;
    let colon = head.find(": ")?;
    let place = text[..colon].trim_end_matches([',', ' ']);
    let rest = text[colon + 2..].trim_start();
    let words: Vec<&str> = place.split_whitespace().collect();
    ((1..=PLACE_COLON_MAX_WORDS).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !rules.gazetteer.mentions_in(&fold(place)).is_empty()
        && rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"')))
    .then(|| rest.to_string())
}

/// Longest head of a paragraph searched for such a colon (in bytes).
const PLACE_COLON_MAX_BYTES: usize = 48;

/// Units from the body's top searched for a paragraph the title's line was run into.
const TITLE_RUN_IN_REACH_UNITS: usize = 3;

/// Most tags between a post's stamp and its first word ([`split_post_stamp`]).
const POST_STAMP_MAX_TAGS: usize = 4;

/// "23:18, September 24, 2016 | Announcements, JointWe, members of …": a blog post's stamp (a
/// time, a date, a bar) and its tags run into the first paragraph, the last tag glued to the
/// paragraph's first word ("JointWe"). The date, and the paragraph from that word.
fn split_post_stamp(text: &str) -> Option<(String, String)> {
    // (Most paragraphs open otherwise: only one opening on a time is read.)
    let b = text.as_bytes();
    if !(b.len() > 6 && b[0].is_ascii_digit() && (b[1] == b':' || b[2] == b':')) {
        return None;
    }
    let (stamp, rest) = text.split_once(" | ")?;
    let date = parse_date(stamp.split_once(", ")?.1)?;
    // The tag glued to the first word: small letters, then a capital and more.
    let mut at = rest.as_ptr() as usize - text.as_ptr() as usize;
    for word in rest.split(' ').take(POST_STAMP_MAX_TAGS) {
        let glue = word
            .char_indices()
            .zip(word.chars().skip(1))
            .find_map(|((k, c), next)| {
                (c.is_lowercase() && next.is_uppercase()).then_some(k + c.len_utf8())
            });
        if let Some(k) = glue {
            let tag = &word[..k];
            if !tag.starts_with(char::is_uppercase) {
                return None;
            }
            return Some((date, text[at + k..].to_string()));
        }
        if !word.starts_with(char::is_uppercase) {
            return None;
        }
        at += word.len() + 1;
    }
    None
}

fn split_place_dateline(text: &str) -> Option<String> {
    let inner_end = text.strip_prefix('(')?.find(')')? + 1;
    let inner = &text[1..inner_end];
    let place = (1..=AGENCY_DATELINE_MAX_WORDS).contains(&word_count(inner))
        && inner
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let rest = text[inner_end + 1..].trim_start();
    // "(Washington, D.C.) The government …": a place named as places are (a capital and small
    // letters, not a list's "(A)" or an agency's "(AFP)") needs no dash.
    let named_place = inner.chars().any(char::is_lowercase) && inner.len() >= 4;
    let after_dash = match ["--", "-", "–", "—"]
        .iter()
        .find_map(|d| rest.strip_prefix(d))
    {
        Some(after) => after.trim_start(),
        None if named_place => rest,
        None => return None,
    };
    (place && after_dash.starts_with(|c: char| c.is_uppercase() || c == '“' || c == '"'))
        .then(|| after_dash.to_string())
}

/// Most words of a dated line read as a title under a site's label (a title's length).
const DATED_TITLE_MAX_WORDS: usize = 30;

/// Most words of a post's stamp ("13.12.2017, 12:35 Example Radio Service").
const POST_STAMP_MAX_WORDS: usize = 8;
/// Lines from the header's first looked at for a post's stamp.
const POST_STAMP_REACH: usize = 6;
/// Most words of each of the site's lines above the stamp ("For Democracy and Human Rights in
/// Turkmenistan").
const ABOVE_STAMP_MAX_WORDS: usize = 10;
/// Fewest words of the headline under the stamp.
const STAMP_HEADLINE_MIN_WORDS: usize = 3;

/// "13.12.2017, 12:35 Example Radio Service", "04/05/2016 15:06": a post's stamp, a day in
/// digits, a clock time ("12:35", "09:35:16") and at most the source's name after it; its
/// date.
fn post_stamp(line: &str) -> Option<String> {
    if words_upto(line, POST_STAMP_MAX_WORDS + 1) > POST_STAMP_MAX_WORDS {
        return None;
    }
    let mut words = line.split_whitespace();
    let day = words.next()?.trim_end_matches(',');
    let clock = words.next()?.trim_end_matches(',');
    // ("12:35", "9:05", "09:35:16": hours of one or two digits, then two digits a part.)
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    let mut parts = clock.split(':');
    let clock_like = parts.next().is_some_and(|h| digits(h, 1..=2))
        && (1..=2).contains(&parts.clone().count())
        && parts.all(|p| digits(p, 2..=2));
    if !day.starts_with(|c: char| c.is_ascii_digit()) || !clock_like {
        return None;
    }
    parse_date(day)
}

/// "Free Them Now!" / "For Democracy and Human Rights in X" / "NEWS 2017 ." /
/// "13.12.2017, 12:35 Example Radio" / "Jailed Activist Visited By Daughter …" / the body: from
/// block `index` on, short lines of the site (each a block of one line, at most
/// [`ABOVE_STAMP_MAX_WORDS`] words, no two sentences), a post's stamp ([`post_stamp`]) within
/// [`POST_STAMP_REACH`] lines, a headline under it (a title's shape, no field) and the body's
/// first paragraph under that: the headline's block, its text and the stamp's date. (A
/// headline above its stamp, "Headline" / "12.07.2013 09:21 msk" / the body, is not this:
/// the line under that stamp is the body.)
fn headline_under_stamp(
    blocks: &[Vec<Line>],
    index: usize,
    line_at: &impl Fn(usize) -> Option<String>,
) -> Option<(usize, String, String)> {
    for i in index..index + POST_STAMP_REACH {
        // (Each line of the site's is a block of its own: a paragraph ends the search.)
        if blocks.get(i)?.len() != 1 {
            return None;
        }
        let line = line_at(i)?;
        let Some(date) = post_stamp(&line) else {
            if words_upto(&line, ABOVE_STAMP_MAX_WORDS + 1) > ABOVE_STAMP_MAX_WORDS
                || line.trim_end_matches('.').contains(". ")
            {
                return None;
            }
            continue;
        };
        let headline = line_at(i + 1)?;
        let body = blocks.get(i + 2)?;
        let is_headline = title_like(&headline)
            && (STAMP_HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS)
                .contains(&words_upto(&headline, HEADLINE_MAX_WORDS + 1))
            && !is_field_line(&headline)
            && post_stamp(&headline).is_none();
        let body_under =
            body[0].text.words_upto(HEADLINE_BODY_MIN_WORDS) >= HEADLINE_BODY_MIN_WORDS;
        return (is_headline && body_under).then_some((i + 1, headline, date));
    }
    None
}

/// Longest place or agency before a dateline's dash (in words).
const AGENCY_DATELINE_MAX_WORDS: usize = 4;

/// A dateline of a place or agency without a date: `ALMATY (Reuters) -- text`,
/// `AKIPRESS.COM - text` → text. The head is in capitals (an agency in brackets may follow).
fn split_agency_dateline(text: &str, rules: &ImportRules) -> Option<String> {
    // (A head of more words is neither in capitals of `AGENCY_DATELINE_MAX_WORDS` words nor a
    // city, a day and agencies: see `city_day_agency`.)
    let (at, sep) = dateline_separator(
        text,
        &[" -- ", " - ", " – ", " — ", "—", "–", ": "],
        CITY_DAY_AGENCY_MAX_WORDS,
    )?;
    let head = &text[..at];
    let colon = text[at..].starts_with(':');
    // A city datelines name (`dateline_places`).
    let dateline_place = |place: &str| {
        let place = fold(place.trim());
        rules.text.dateline_places.contains(&place)
    };
    // "TASHKENT—The U.S. ambassador …": a dash glued to the head is a dateline's only after a
    // city datelines name, not "NATO–Russia relations …".
    if !text[at..].starts_with(' ') && !colon && !dateline_place(head) {
        return None;
    }
    let outside = head.split('(').next().unwrap_or(head);
    // "ALMATY, Kazakhstan -- …": the city in capitals, then its country.
    let (outside, with_country) = match outside.split_once(", ") {
        Some((city, country)) if rules.gazetteer.exact(&fold(country.trim())).is_some() => {
            (city, true)
        }
        _ => (outside, false),
    };
    // "Dushanbe — Concluding a visit …", "Kabul, Aug 18: The EU …": a city written as a name,
    // which datelines name or the gazetteer knows (capitalised words), is a dateline's place as
    // a city in capitals is.
    let known_place = |place: &str| {
        dateline_place(place)
            || (words_upto(place, AGENCY_DATELINE_MAX_WORDS + 1) <= AGENCY_DATELINE_MAX_WORDS
                && place
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
                && !rules.gazetteer.mentions_in(&fold(place)).is_empty())
    };
    let city_day = city_day_agency(head, &known_place);
    // "VIENNA, Austria: The watchdog …": a colon ends a dateline only after a city in capitals
    // and its country, a city datelines name, or a city and its day ("NOTE: …", "UPDATE: …" are
    // labels).
    if colon && !with_country && !dateline_place(outside) && !city_day {
        return None;
    }
    let letters = outside.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = letters >= 3 && !outside.chars().any(char::is_lowercase);
    let rest = text[at + sep..].trim_start();
    ((capitals && words_upto(head, AGENCY_DATELINE_MAX_WORDS + 1) <= AGENCY_DATELINE_MAX_WORDS
        || city_day
        || (!colon && dateline_place(outside)))
        && rest.starts_with(|c: char| c.is_uppercase()))
    .then(|| rest.to_string())
}

/// Most words of a dateline that ends in its agency's name ("Almaty. January 21. KazTAG").
const AGENCY_TAIL_MAX_WORDS: usize = 6;

/// `Almaty. January 21. KazTAG - text` → text: a wire story's dateline of a place, its day and
/// its agency (one of `wire_agencies`, in any case) as the last word before a spaced dash, each
/// word of the head opening on a capital or a digit; the agency's name ends the head, so the
/// call after it starts the item ("KazTAG - MEPs are calling …").
fn split_agency_tail_dateline(text: &str, rules: &ImportRules) -> Option<String> {
    let head = &text.as_bytes()[..text.floor_char_boundary(DATELINE_HEAD_MAX_BYTES)];
    // (The dateline's first word, its place, ends in a full stop or a comma: most paragraphs'
    // first word does not, and are passed after one byte search of their first word.)
    let space = memchr::memchr(b' ', head)?;
    if !matches!(head[..space].last(), Some(b'.' | b',')) {
        return None;
    }
    // The first dash with a space on each side: "-", "--", "–" or "—".
    let (at, len) = memchr::memchr2_iter(b'-', 0xE2, head).find_map(|i| {
        let len = match head[i] {
            b'-' if head.get(i + 1) == Some(&b'-') => 2,
            b'-' => 1,
            _ if text[i..].starts_with(['–', '—']) => 3,
            _ => return None,
        };
        (i > 0 && head[i - 1] == b' ' && text.as_bytes().get(i + len) == Some(&b' '))
            .then_some((i, len))
    })?;
    let words: Vec<&str> = text[..at].split_whitespace().collect();
    let agency = words.last()?.trim_end_matches('.');
    if words.len() > AGENCY_TAIL_MAX_WORDS
        || !rules
            .text
            .wire_agencies
            .iter()
            .any(|a| a.eq_ignore_ascii_case(agency))
        || !words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    {
        return None;
    }
    let rest = text[at + len..].trim_start();
    rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"' | '«'))
        .then(|| rest.to_string())
}

/// Most bytes of a wire agency's name in a dateline's brackets ("(AsiaNews)", "(Interfax-Kazakhstan)").
const WIRE_AGENCY_MAX_BYTES: usize = 24;
/// Most bytes of a reporter's name after the agency in a wire dateline's brackets.
const WIRE_BYLINE_MAX_BYTES: usize = 32;
/// Most words of a reporter's name after the agency in a wire dateline's brackets.
const WIRE_BYLINE_MAX_WORDS: usize = 3;
/// Most words of the place before a wire dateline's day ("New York", "Washington, D.C.").
const WIRE_PLACE_MAX_WORDS: usize = 3;

/// `Dushanbe (AsiaNews) – text`, `New York [US], July 6 (ANI): text`, `Bishkek, 12 May (Kabar) -
/// text`, `MOSCOW, March 3. /TASS/. text` → text: a wire story's dateline, a place (perhaps its
/// country after a comma or in square brackets, then a day), an agency in brackets or slashes,
/// then a colon, a dash or a full stop (none after a known agency, or after a place in capitals
/// and its day: "ASTANA, Kazakhstan, November 16 (UNHCR) The …"). The agency is one of
/// `wire_agencies`, or the place is in capitals or among `dateline_places`; "Human Rights Watch
/// (HRW) – …" is neither. It dates
/// nothing (a wire's day has no year), and is cut from any paragraph: a story's lede often
/// stands above it.
fn split_wire_dateline(text: &str, rules: &ImportRules) -> Option<String> {
    // (A dateline's agency opens within the paragraph's first bytes, and is short.)
    let head = &text[..text.floor_char_boundary(DATELINE_HEAD_MAX_BYTES)];
    let open = memchr::memchr2(b'(', b'/', head.as_bytes())?;
    let close = if head.as_bytes()[open] == b'(' {
        ')'
    } else {
        '/'
    };
    let inner_start = open + 1;
    let window = &text[inner_start
        ..text
            .floor_char_boundary(inner_start + WIRE_AGENCY_MAX_BYTES + WIRE_BYLINE_MAX_BYTES + 2)];
    let inner_end = inner_start + window.find(close)?;
    let inner = text[inner_start..inner_end].trim();
    // "BISHKEK, March 20 (RIA Novosti, Anna Example) - …": the agency's reporter after a comma
    // in its brackets, a name of capitalised words.
    let agency = match inner.split_once(", ") {
        Some((agency, byline))
            if (1..=WIRE_BYLINE_MAX_WORDS).contains(&word_count(byline))
                && byline.split_whitespace().all(|w| {
                    w.starts_with(|c: char| c.is_uppercase())
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
                }) =>
        {
            agency
        }
        _ => inner,
    };
    if agency.is_empty()
        || agency.len() > WIRE_AGENCY_MAX_BYTES
        || !agency.starts_with(|c: char| c.is_uppercase())
        || !agency
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '/'))
    {
        return None;
    }
    let known_agency = rules
        .text
        .wire_agencies
        .iter()
        .any(|a| a.eq_ignore_ascii_case(agency));
    let after = text[inner_end + close.len_utf8()..].trim_start();
    // ("Dushanbe (AsiaNews) Several groups …": a known agency needs no separator; so does a
    // place in capitals with its day, "ASTANA, Kazakhstan, November 16 (UNHCR) The agency's
    // chief …", read below.)
    let separated = ["--", ":", "–", "—", "-", "."]
        .iter()
        .find_map(|sep| after.strip_prefix(sep));
    let rest = separated.map_or(after, str::trim_start);
    if !rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"' | '«')) {
        return None;
    }
    // The place, its country and its day: "New York [US], July 6", "MOSCOW, March 3.".
    let mut place = text[..open]
        .trim_end()
        .trim_end_matches(['.', ','])
        .trim_end();
    let mut dated = false;
    if let Some((before, day)) = place.rsplit_once(", ") {
        if month_day(day) || dates::find_date(day).is_some() {
            place = before;
            dated = true;
        }
    }
    if let Some(before) = place.strip_suffix(']').and_then(|p| p.rsplit_once(" [")) {
        place = before.0;
    }
    if let Some((city, country)) = place.split_once(", ") {
        if rules.gazetteer.exact(&fold(country)).is_some() {
            place = city;
        }
    }
    let words = words_upto(place, WIRE_PLACE_MAX_WORDS + 1);
    if !(1..=WIRE_PLACE_MAX_WORDS).contains(&words)
        || !place
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = letters >= 3 && !place.chars().any(char::is_lowercase);
    let known_place = capitals || rules.text.dateline_places.iter().any(|p| *p == fold(place));
    let head_ends = separated.is_some() || known_agency || (capitals && dated);
    (head_ends && (known_agency || known_place)).then(|| rest.to_string())
}

/// Most parts, between commas, of a dateline of a city, a day and an agency.
const CITY_DAY_AGENCY_MAX_PARTS: usize = 4;
/// Most words of such a dateline: the city's, a day's two, up to two agencies of three, and a
/// comma standing alone before each part after the first ("ALMATY , September 8").
const CITY_DAY_AGENCY_MAX_WORDS: usize = AGENCY_DATELINE_MAX_WORDS
    + 2
    + 3 * (CITY_DAY_AGENCY_MAX_PARTS - 2)
    + (CITY_DAY_AGENCY_MAX_PARTS - 1);

/// The earliest of `separators` in `text` (its byte index and length), when the head before
/// it has at most `max_words` words; `None` otherwise. Only the text up to the word after
/// the head's last is searched (a dateline's reader rejects a longer head anyway): a
/// paragraph holding none of the separators is not read to its end once per separator.
fn dateline_separator(text: &str, separators: &[&str], max_words: usize) -> Option<(usize, usize)> {
    // (A head of at most `max_words` words ends at the latest where the next word begins.)
    let limit = text
        .split_whitespace()
        .nth(max_words)
        .map_or(text.len(), |w| w.as_ptr() as usize - text.as_ptr() as usize);
    let longest = separators.iter().map(|s| s.len()).max().unwrap_or(0);
    let window = &text.as_bytes()[..(limit + longest).min(text.len())];
    separators
        .iter()
        .filter_map(|sep| memchr::memmem::find(window, sep.as_bytes()).map(|at| (at, sep.len())))
        .min()
        .filter(|&(at, _)| at <= limit)
}

/// "DUSHANBE, September 8, Asia-Plus": a city in capitals (or a `known_place` as its name is
/// written: "Kabul, Aug 18"), then a day of a month without its year, then perhaps an agency of
/// a few capitalised words (the year is not told, so the dateline dates nothing).
fn city_day_agency(head: &str, known_place: &dyn Fn(&str) -> bool) -> bool {
    let mut parts = head.split(", ");
    let Some(city) = parts.next() else {
        return false;
    };
    let city_letters = city.chars().filter(|c| c.is_alphabetic()).count();
    if city_letters < 3
        || (city.chars().any(char::is_lowercase) && !known_place(city))
        || words_upto(city, AGENCY_DATELINE_MAX_WORDS + 1) > AGENCY_DATELINE_MAX_WORDS
    {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    if rest.is_empty() || rest.len() >= CITY_DAY_AGENCY_MAX_PARTS {
        return false;
    }
    rest.first().is_some_and(|day| month_day(day))
        && rest[1..].iter().all(|agency| {
            (1..=3).contains(&word_count(agency))
                && agency
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        })
}

/// "September 8", "8 Sept.", "Sep 8": a day of a month, no year.
fn month_day(part: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<&str> = part.split_whitespace().collect();
    let [a, b] = words[..] else {
        return false;
    };
    let day = |w: &str| w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    let month = |w: &str| {
        let w = w.trim_end_matches('.').to_ascii_lowercase();
        w.len() >= 3
            && w.chars().all(|c| c.is_ascii_alphabetic())
            && MONTHS.iter().any(|m| w.starts_with(m))
    };
    (month(a) && day(b)) || (day(a) && month(b))
}

/// "Baku/09.04.14/Turan": a news agency's dateline of place, day-first date with a two-digit
/// year, and agency, joined by slashes.
fn agency_slash_date(head: &str) -> Option<String> {
    let head = head.trim();
    let parts: Vec<&str> = head.split('/').collect();
    if parts.len() != 3 || parts[0].contains(' ') || parts[1].contains(' ') {
        return None;
    }
    let numbers: Vec<u32> = parts[1]
        .split('.')
        .map(|n| n.parse().ok().filter(|_| n.len() == 2))
        .collect::<Option<_>>()?;
    match numbers[..] {
        [d, m, y] if (1..=31).contains(&d) && (1..=12).contains(&m) => {
            Some(format!("{:04}-{m:02}-{d:02}", 2000 + y))
        }
        _ => None,
    }
}

/// A place in capitals, then a bracket holding an agency and a date, without a dash:
/// `MOSCOW (Agency News / Wire - 12th February, 2021) text` → date and text (a reposting
/// site's dateline for a wire story).
fn split_place_bracket_dateline(text: &str) -> Option<(String, String)> {
    // (The place is a few words: only the paragraph's first bytes are searched.)
    let open = text[..text.floor_char_boundary(DATELINE_HEAD_MAX_BYTES)].find(" (")?;
    let place = &text[..open];
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3
        || place.chars().any(char::is_lowercase)
        || words_upto(place, AGENCY_DATELINE_MAX_WORDS + 1) > AGENCY_DATELINE_MAX_WORDS
    {
        return None;
    }
    let inner_start = open + 2;
    let inner_end = inner_start + text[inner_start..].find(')')?;
    if inner_end - inner_start > 80 {
        return None;
    }
    let date = dates::find_date(&text[inner_start..inner_end])?;
    let rest = text[inner_end + 1..]
        .trim_start()
        .trim_start_matches(['–', '—', '-', ':'])
        .trim_start();
    rest.starts_with(|c: char| c.is_uppercase() || c == '“' || c == '"')
        .then(|| (date, rest.to_string()))
}

/// Most words of a photo's caption glued before a dated agency dateline.
const GLUED_CAPTION_MAX_WORDS: usize = 30;
/// Bytes of a paragraph searched for a caption and its dateline (30 words and more).
const GLUED_CAPTION_MAX_BYTES: usize = 320;
/// Bytes of a paragraph searched for a place's bracket in a dateline.
const DATELINE_HEAD_MAX_BYTES: usize = 64;

/// `A protester outside the ministry (Agency) November 13, 2007 (Agency) -- text`: a photo's
/// caption glued before a dateline of a date and an agency in brackets; the caption goes, the
/// date dates the text.
fn split_captioned_dateline(text: &str) -> Option<(String, String)> {
    // (A caption and a dateline are short: only the paragraph's first bytes are searched.)
    let head_bytes = &text[..text.floor_char_boundary(GLUED_CAPTION_MAX_BYTES)];
    if !head_bytes.contains(") ") {
        return None;
    }
    let (at, sep) = [" -- ", " – ", " — "]
        .iter()
        .filter_map(|sep| head_bytes.find(sep).map(|at| (at, sep.len())))
        .min()?;
    let head = text[..at].trim_end();
    if words_upto(head, GLUED_CAPTION_MAX_WORDS + 1) > GLUED_CAPTION_MAX_WORDS {
        return None;
    }
    let agency_at = head.strip_suffix(')')?.rfind('(')?;
    let agency = &head[agency_at + 1..head.len() - 1];
    if !(1..=AGENCY_DATELINE_MAX_WORDS).contains(&word_count(agency))
        || agency.contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let words: Vec<&str> = head[..agency_at].split_whitespace().collect();
    // The caption before the date: at least a few words of its own.
    let [.., a, b, c] = words[..] else {
        return None;
    };
    if words.len() < 6 {
        return None;
    }
    let date = three_word_date(
        a.trim_end_matches(','),
        b.trim_end_matches(','),
        c.trim_end_matches(','),
    )?;
    let rest = text[at + sep..].trim_start();
    rest.starts_with(|c: char| c.is_uppercase() || c == '“' || c == '"')
        .then(|| (date, rest.to_string()))
}

/// Most words of the place before a dateline's date in a body's paragraph ("New York",
/// "Washington, D.C." is two parts and is not read).
const BODY_DATELINE_PLACE_MAX_WORDS: usize = 3;

/// `Stockholm, January 6, 2022 – text` → text: a dateline of a place (capitalised words, no
/// preposition: "On 5 May 2010: …" opens a sentence) and a full date before a dash or a full
/// stop, opening a paragraph below the first (a listing page's later story, a statement
/// copied below a news item's introduction). It dates nothing: the text's date is read above.
fn split_body_dateline(text: &str) -> Option<String> {
    body_dateline_len(text).map(|n| text[n..].to_string())
}

/// The bytes of a body's dateline opening `text` ([`split_body_dateline`]), to the first word
/// after it.
fn body_dateline_len(text: &str) -> Option<usize> {
    // (Most paragraphs hold no comma after their first few words: the place is read no
    // further.)
    let head = &text.as_bytes()[..text.floor_char_boundary(DATELINE_HEAD_MAX_BYTES)];
    let comma = memchr::memchr(b',', head)?;
    if memchr::memchr_iter(b' ', &head[..comma]).count() >= BODY_DATELINE_PLACE_MAX_WORDS {
        return None;
    }
    // (A date follows the place's comma: a day's number or a month's name.)
    let after = text[comma + 1..].split_whitespace().next()?;
    if !after.starts_with(|c: char| c.is_ascii_digit())
        && month_number(after.trim_end_matches([',', '.'])).is_none()
    {
        return None;
    }
    let place = &text[..comma];
    let words = place.split_whitespace();
    let count = words.clone().count();
    let named = (1..=BODY_DATELINE_PLACE_MAX_WORDS).contains(&count)
        && words.clone().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || c == '.')
        })
        && !words.clone().any(|w| {
            matches!(
                w,
                "On" | "In" | "At" | "By" | "Since" | "From" | "Until" | "As" | "Before" | "After"
            ) || month_number(w).is_some()
        });
    if !named {
        return None;
    }
    let (_, rest) = split_open_dateline(text)?;
    rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"' | '«'))
        .then(|| text.len() - rest.len())
}

/// Most words of a bare date before its dash ("17 September 2023", "December 19, 2018").
const BARE_DATELINE_MAX_WORDS: usize = 3;

/// `19 Dec 2018 – MEPs express …` → the text after the date: a full date alone (no place) and
/// a dash, opening a paragraph below the first, then a capital (a press release reprinted under
/// a page's own date). Read only when the paragraph opens with a digit or a month's name.
fn split_bare_dateline(text: &str) -> Option<String> {
    let first = text.split(' ').next()?;
    if !first.starts_with(|c: char| c.is_ascii_digit())
        && month_number(first.trim_end_matches('.')).is_none()
    {
        return None;
    }
    let (at, sep) = dateline_separator(text, &[" – ", " — ", " -- "], BARE_DATELINE_MAX_WORDS)?;
    let date = &text[..at];
    if !date.contains(' ') || parse_date(date).is_none() {
        return None;
    }
    let rest = &text[at + sep..];
    rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"' | '«'))
        .then(|| rest.to_string())
}

/// Most words between a salutation's opening and its comma or colon ("Dear President X:").
const GLUED_SALUTATION_MAX_WORDS: usize = 5;

/// `Dear President X: As an independent organisation, …` → the text after the salutation: one
/// of `salutation_openings`, a few capitalised words (a name or a title) and a colon or a comma
/// glued before the letter's first sentence.
fn split_salutation(text: &str, rules: &ImportRules) -> Option<String> {
    let first = text.split_whitespace().next()?;
    if !first.starts_with(|c: char| c.is_uppercase())
        || !rules
            .text
            .salutation_openings
            .iter()
            .any(|o| o.eq_ignore_ascii_case(first))
    {
        return None;
    }
    let mut at = first.len();
    for (k, w) in text[at..].split_whitespace().enumerate() {
        if k >= GLUED_SALUTATION_MAX_WORDS || !w.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        at = text[at..].find(w)? + at + w.len();
        if w.ends_with([':', ',']) {
            let rest = text[at..].trim_start();
            return rest
                .starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"'))
                .then(|| rest.to_string());
        }
    }
    None
}

/// Fewest capitalised words a site's tag joins with hyphens ("Human-Rights-Watch"): two are a
/// compound name ("Nagorno-Karabakh", "Jean-Pierre").
const TAG_SLUG_MIN_PARTS: usize = 3;

/// `Human-Rights-Watch Tajik authorities should …` → the text after the tag: a first word of
/// `TAG_SLUG_MIN_PARTS` or more capitalised words joined by hyphens, letters only, before a
/// capitalised word (a news site's tag printed between its dateline and the lead).
fn strip_tag_slug(text: &str) -> Option<&str> {
    let (first, rest) = text.split_once(' ')?;
    let parts = first.split('-');
    (parts.clone().count() >= TAG_SLUG_MIN_PARTS
        && parts.clone().all(|p| {
            p.starts_with(|c: char| c.is_uppercase()) && p.chars().all(char::is_alphabetic)
        })
        && rest.starts_with(|c: char| c.is_uppercase()))
    .then_some(rest)
}

/// Most words of an open dateline's head ("New York, August 12, 2010").
const OPEN_DATELINE_MAX_WORDS: usize = 6;
/// Most words of an open dateline's head naming two places joined by "and" ("Brussels and The
/// Hague, 9 September 2009").
const JOINED_DATELINE_MAX_WORDS: usize = OPEN_DATELINE_MAX_WORDS + 2;

/// A dateline without brackets: `Brussels, 6 May 2010. text`, `Dushanbe, 13 October 2017 – text`,
/// `Brussels and The Hague, 9 September 2009. text`.
fn split_open_dateline(text: &str) -> Option<(String, String)> {
    // "New York, August 12, 2010–Trumped-up charges …": a dash without spaces after the year.
    // "DUSHANBE, July 15, 2011, Asia-Plus -- …": a double hyphen for a dash.
    let end = dateline_separator(
        text,
        &[". ", " – ", " — ", " -- ", " - ", ": ", "–", "—"],
        JOINED_DATELINE_MAX_WORDS,
    )?;
    let head = &text[..end.0];
    let words = words_upto(head, JOINED_DATELINE_MAX_WORDS + 1);
    // (A longer head is a dateline's only when its place, before the first comma, is two
    // places of capitalised words joined by "and": not a short sentence ending in a date.)
    if words > JOINED_DATELINE_MAX_WORDS
        || words > OPEN_DATELINE_MAX_WORDS
            && !joined_places(head.split(',').next()?)
            && !listed_places(head)
    {
        return None;
    }
    let date = dates::find_date(head).or_else(|| agency_slash_date(head))?;
    let rest = text[end.0 + end.1..].trim_start();
    (!rest.is_empty()).then(|| (date, rest.to_string()))
}

/// "Almaty, Brussels, The Hague 27 April 2012": a dateline's head naming places listed with
/// commas, every word before the date capitalised (a name's letters, dots or hyphens), a comma
/// after one of them at least.
fn listed_places(head: &str) -> bool {
    let place: Vec<&str> = head
        .split_whitespace()
        .take_while(|w| {
            !w.starts_with(|c: char| c.is_ascii_digit())
                && month_number(w.trim_end_matches([',', '.'])).is_none()
        })
        .collect();
    place.len() >= 2
        && place[..place.len() - 1].iter().any(|w| w.ends_with(','))
        && place.iter().all(|w| place_word(w.trim_end_matches(',')))
}

/// A word of a place's name in a dateline: capitalised, of letters, dots or hyphens ("The",
/// "Hague", "D.C.", "Jalal-Abad").
fn place_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
}

/// "Brussels and The Hague", "New York and Geneva": capitalised words with one "and" between
/// two of them.
fn joined_places(place: &str) -> bool {
    let words: Vec<&str> = place.split_whitespace().collect();
    let Some(and) = words.iter().position(|w| *w == "and") else {
        return false;
    };
    and > 0
        && and + 1 < words.len()
        && words
            .iter()
            .enumerate()
            .all(|(k, w)| k == and || place_word(w))
}

// ---------------------------------------------------------------------------------------------
// Pass 4: body blocks

/// What marks a bulleted line, before a space.
const BULLET_GLYPHS: &[char] = &[
    '•', '-', '*', '–', '—', '·', '▪', '◦', '●', '○', '■', '►', '+', '‣', '⁃', 'o',
];

/// A bullet's glyph alone on its line (its text lost in copying, or a page's separator):
/// nothing, as a blank line is.
fn lone_glyph(line: &str) -> bool {
    let mut chars = line.trim().chars();
    chars
        .next()
        .is_some_and(|c| c != 'o' && BULLET_GLYPHS.contains(&c))
        && chars.next().is_none()
}

/// If the line is a bullet or numbered list line, the text after the marker.
/// Most letters of a list's marker in lower-case roman numerals ("viii.").
const ROMAN_MARKER_MAX: usize = 4;

pub(crate) fn is_bullet(line: &str) -> Option<&str> {
    // (A line opening on printable ASCII is its own `trim_start`: most are not searched.)
    let t = if lines::printable_ascii(line.as_bytes().first()) {
        line
    } else {
        line.trim_start()
    };
    let mut chars = t.chars();
    let first = chars.next()?;
    if BULLET_GLYPHS.contains(&first) {
        let rest = &t[first.len_utf8()..];
        // "- (a) Clarify and strengthen …": a glyph before a list's letter or number marks
        // the same entry twice; the text starts after both.
        return rest
            .starts_with([' ', '\u{a0}'])
            .then(|| rest.trim_start())
            // (Not "- e.g. …": a letter's marker only in brackets or before ")".)
            .map(|r| match r.chars().next() {
                Some(c)
                    if c == '('
                        || c.is_ascii_digit()
                        || (c.is_ascii_lowercase() && r[1..].starts_with(')')) =>
                {
                    is_bullet(r).unwrap_or(r)
                }
                _ => r,
            })
            .filter(|r| !r.is_empty());
    }
    // "1." "1)" "a." "a)" "(a)" "(iv)" "(1)"
    let (marker_end, ok) = if first == '(' {
        let close = t.find(')')?;
        let inner = &t[1..close];
        (
            close + 1,
            !inner.is_empty()
                && inner.len() <= 4
                && inner.chars().all(|c| c.is_ascii_alphanumeric()),
        )
    } else {
        // The marker is digits or one lower-case letter, then '.' or ')': a line opening
        // otherwise is no numbered item, and is not searched for its first '.' or ')'.
        let bytes = t.as_bytes();
        let lead = if first.is_ascii_digit() {
            bytes.iter().take_while(|b| b.is_ascii_digit()).count()
        } else if first.is_ascii_lowercase() {
            // "ii.", "iv)": a numeral in lower-case roman letters, up to four.
            let roman = bytes
                .iter()
                .take(ROMAN_MARKER_MAX + 1)
                .take_while(|b| matches!(b, b'i' | b'v' | b'x'))
                .count();
            if (2..=ROMAN_MARKER_MAX).contains(&roman)
                && matches!(bytes.get(roman), Some(b'.' | b')'))
            {
                roman
            } else {
                1
            }
        } else {
            return None;
        };
        if !matches!(bytes.get(lead), Some(b'.' | b')')) {
            return None;
        }
        let end = lead;
        let inner = &t[..end];
        let digits = !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit());
        let numeric = digits && inner.len() <= 2;
        let letter = (inner.len() == 1 || inner.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
            && inner.chars().all(|c| c.is_ascii_lowercase());
        // "110.1 Ratify …": a UPR report's numbered recommendation under its paragraph.
        let sub = t[end..].strip_prefix('.').map_or(0, |r| {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits) {
                1 + digits + usize::from(r[digits..].starts_with('.'))
            } else {
                0
            }
        });
        // (Not "15.9 C" of a weather widget: an item has words.)
        let worded = t[end + sub..].split_whitespace().nth(2).is_some();
        if digits && inner.len() <= 3 && sub > 0 && worded {
            (end + sub, true)
        } else {
            (end + 1, numeric || letter)
        }
    };
    if !ok {
        return None;
    }
    let rest = &t[marker_end..];
    rest.starts_with(' ')
        .then(|| rest.trim_start())
        .filter(|r| !r.is_empty())
}

/// A footnote definition line `[1] text` / `[iv] text` (or `1. text` under a Notes heading).
fn footnote_def(line: &str, in_notes: bool) -> Option<(String, String)> {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix('[') {
        let close = rest.find(']')?;
        let label = &rest[..close];
        if is_footnote_label(label) {
            return Some((label.to_string(), normalize_whitespace(&rest[close + 1..])));
        }
    }
    if in_notes {
        let end = t.find(|c: char| !c.is_ascii_digit())?;
        let label = &t[..end];
        let rest = &t[end..];
        if !label.is_empty()
            && label.len() <= 3
            && (rest.starts_with(". ") || rest.starts_with(") ") || rest.starts_with(' '))
        {
            let text = rest.trim_start_matches(['.', ')']);
            return Some((label.to_string(), normalize_whitespace(text)));
        }
    }
    None
}

fn is_footnote_label(label: &str) -> bool {
    (!label.is_empty() && label.len() <= 3 && label.chars().all(|c| c.is_ascii_digit()))
        || (!label.is_empty()
            && label.len() <= 6
            && label
                .chars()
                .all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c')))
}

fn has_whole_phrase(folded: &str, phrase: &str) -> bool {
    has_whole_match(folded, phrase, &memchr::memmem::Finder::new(phrase))
}

/// [`has_whole_phrase`] with a searcher for `phrase` built once (a rule list's own).
pub(crate) fn has_whole_match(
    folded: &str,
    phrase: &str,
    finder: &memchr::memmem::Finder<'_>,
) -> bool {
    let mut from = 0;
    while let Some(pos) = finder.find(&folded.as_bytes()[from..]) {
        let at = from + pos;
        let end = at + phrase.len();
        let before_ok = is_word_start(folded, at) || !phrase.starts_with(char::is_alphanumeric);
        let after_ok = folded[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        from = at + phrase.len().max(1);
        if from >= folded.len() {
            break;
        }
        while !folded.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// Lead-in verbs (the recommendation cues that are not the word "recommend…").
fn verb_cues(rules: &ImportRules) -> impl Iterator<Item = &String> {
    rules
        .text
        .recommendation_lead_in
        .iter()
        .filter(|c| !c.starts_with("recommend"))
}

/// "Thirteen Organisations Call for the Immediate and Unconditional Release of …": three in four
/// of the longer words capitalised, as headlines are.
fn title_case(line: &str) -> bool {
    let long: Vec<&str> = line.split_whitespace().filter(|w| w.len() >= 4).collect();
    !long.is_empty()
        && long
            .iter()
            .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
            .count()
            * 4
            >= long.len() * 3
}

fn is_heading_line(line: &str, rules: &ImportRules) -> bool {
    // The cheap tests first: a paragraph (a sentence's end) is not counted, nor folded.
    let starts_well = line
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '“' || c == '"');
    if !starts_well {
        return false;
    }
    // "…bloggers.[3]" ends a sentence too.
    let without_marker = match line.rfind('[') {
        Some(open) if line.ends_with(']') && is_footnote_label(&line[open + 1..line.len() - 1]) => {
            &line[..open]
        }
        _ => line,
    };
    let sentence_end = without_marker.ends_with(['.', '!', '?', ';', ',', '…', '"', '”']);
    if sentence_end {
        return false;
    }
    // Words counted up to one more than the longest heading may have.
    let words = line
        .split_whitespace()
        .take(HEADING_MAX_WORDS.max(TITLE_CASE_HEADING_MAX_WORDS) + 1)
        .count();
    let fits = (words <= HEADING_MAX_WORDS && line.chars().count() <= 120)
        || (words <= TITLE_CASE_HEADING_MAX_WORDS && title_case(line));
    words > 0
        && fits
        && is_bullet(line).is_none()
        && !(line.ends_with(':') && {
            let folded = fold(line);
            rules.text.has_lead_in_verb(&folded)
                || has_whole_phrase(&folded, "recommend")
                || has_whole_phrase(&folded, "recommend that")
                || has_whole_phrase(&folded, "recommends that")
        })
}

/// The words of a crosshead set between two dashes of the same kind, "- Support from Russia -"
/// or "— Talks in Geneva —": capitalised, a heading's length, no sentence's end.
fn dashed_crosshead(line: &str) -> Option<&str> {
    let t = line.trim();
    let dash = t.chars().next().filter(|c| matches!(c, '-' | '–' | '—'))?;
    let inner = t.strip_prefix(dash)?.strip_suffix(dash)?;
    if !(inner.starts_with(' ') && inner.ends_with(' ')) {
        return None;
    }
    let inner = inner.trim();
    let words = inner.split_whitespace().count();
    (inner.starts_with(char::is_uppercase)
        && (1..=HEADING_MAX_WORDS).contains(&words)
        && !inner.ends_with(['.', '!', '?', ',', ';', ':']))
    .then_some(inner)
}

/// The text of a lead-in: a paragraph or heading ending in ':'.
fn lead_in_text(unit: &Unit) -> Option<&str> {
    match unit {
        Unit::Paragraph { text, .. } | Unit::Heading { text } if text.ends_with(':') => Some(text),
        _ => None,
    }
}

/// Whether the units read so far end in a list (of glyphs, or none) whose last item is a
/// command on a line of its own ([`command_line`]).
fn ends_in_command_list(units: &[Unit], rules: &ImportRules) -> bool {
    matches!(
        units.last(),
        Some(Unit::List { marker: Marker::Glyph, items, .. })
            if items.last().is_some_and(|(_, t)| command_line(t, rules))
    )
}

/// Most words of a command on a line of its own read as a list item ([`command_line`]).
const COMMAND_LINE_MAX_WORDS: usize = 20;
/// Fewest words of such a command under a lead-in that asks nothing.
const COMMAND_LINE_MIN_WORDS: usize = 4;

/// A short line opening with a command's verb, capitalised, no bullet: "Publish the harvest
/// quotas", "Stop the mobilisation of teachers and doctors."
fn command_line(line: &str, rules: &ImportRules) -> bool {
    line.chars().next().is_some_and(char::is_uppercase)
        && words_upto(line, COMMAND_LINE_MAX_WORDS + 1) <= COMMAND_LINE_MAX_WORDS
        && is_bullet(line).is_none()
        // "Report by the …", "Statement by …": a document's name, not a command; nor a line
        // in capitals ("PRESS DESK NEWS SERVICE") or a label ("Press Desk: Turkmenistan …").
        && line.split_whitespace().nth(1) != Some("by")
        && !line
            .split_whitespace()
            .next()
            .is_some_and(|w| w.len() > 1 && !w.chars().any(char::is_lowercase))
        && !line.split_whitespace().take(3).any(|w| w.ends_with(':'))
        && {
            let lower = line.to_ascii_lowercase();
            cues::ReadText::new(line, &lower, rules)
                .imperative_opening()
                .is_some()
        }
}

/// Whether a paragraph opens with a command's verb ("Deliver transitional justice …").
fn opens_with_command(text: &str, rules: &ImportRules) -> bool {
    let lower = text.to_ascii_lowercase();
    text.chars().next().is_some_and(char::is_uppercase)
        && cues::ReadText::new(text, &lower, rules)
            .imperative_opening()
            .is_some()
}

/// True when the list starting at block line `k` is introduced by a line ending in ':' (in the
/// same block, or the unit before it).
fn introduced_by_colon(units: &[Unit], k: usize) -> bool {
    k > 0
        || matches!(units.last(), Some(Unit::Paragraph { text, .. }) | Some(Unit::Heading { text, .. }) if text.ends_with(':'))
}

/// Cuts a block where its list numbering changes between numbers and letters: in a UN text
/// without blank lines, "3. … the following documents were issued:" / "(a) …" / "(b) …" /
/// "4. …" are a numbered paragraph, its lettered list and the next paragraph, not one list.
fn split_at_numbering_changes(blocks: Vec<Vec<Line>>) -> Vec<Vec<Line>> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let mut current: Vec<Line> = Vec::new();
        let mut last: Option<Marker> = None;
        // (The last numbered line's number, "4.", when it ends in ':'.)
        let mut lead_number: Option<String> = None;
        for line in block {
            if is_bullet(&line.text).is_some() {
                let marker = marker_of(&line.text);
                let changes = matches!(
                    (last, marker),
                    (Some(Marker::Number), Marker::Letter) | (Some(Marker::Letter), Marker::Number)
                );
                // "4. The Assembly recommends that the Committee of Ministers consider:" / "4.1
                // the possibility of …": the sub-numbered items are the numbered lead-in's list.
                let number = line.text.split_whitespace().next().unwrap_or_default();
                let sub_items = lead_number.as_deref().is_some_and(|n| {
                    number.len() > n.len()
                        && number.starts_with(n)
                        && number[n.len()..].starts_with(|c: char| c.is_ascii_digit())
                });
                if (changes || sub_items) && !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
                lead_number = (marker == Marker::Number
                    && number.ends_with('.')
                    && line.text.trim_end().ends_with(':'))
                .then(|| number.to_string());
                last = Some(marker);
            }
            current.push(line);
        }
        if !current.is_empty() {
            out.push(current);
        }
    }
    out
}

/// Most words of a line of a speech's byline block ([`read_body`]): a speaker's name and a
/// long role ("A. Name, Deputy Chief of U.S. Mission to the Organization for Security and
/// Cooperation in Europe").
const BYLINE_BLOCK_LINE_MAX_WORDS: usize = 20;

// (Not inlined: each stage shows as itself in a profile.)
#[inline(never)]
fn read_body(
    blocks: &[Vec<Line>],
    markdown: bool,
    rules: &ImportRules,
    header: &mut Header,
    footnotes: &mut Vec<(usize, Footnote)>,
) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut in_notes = false;
    for (index, block) in blocks.iter().enumerate() {
        let first = &block[0];
        // Footnote definitions.
        // (The first line's definition, read to tell, is kept: it is not read again.)
        if let Some(first_def) = footnote_def(&first.text, in_notes) {
            let mut first_def = Some(first_def);
            for line in block {
                let def = match first_def.take() {
                    Some(def) => Some(def),
                    None => footnote_def(&line.text, in_notes),
                };
                match def {
                    Some((label, text)) => footnotes.push((line.no, Footnote { label, text })),
                    None => {
                        if let Some((_, last)) = footnotes.last_mut() {
                            last.text.push(' ');
                            last.text.push_str(&normalize_whitespace(&line.text));
                        }
                    }
                }
            }
            continue;
        }
        // "A. Name, Deputy Chief of Mission" / "Statement delivered to the Permanent Council" /
        // "Vienna, Austria": a speech's byline block above its first paragraph (a line telling
        // how it was delivered among short lines with no sentence end) is the header's, never
        // an item.
        // (The speaker's line may stand apart as a heading right above: "A. Name, Deputy
        // Chief of Mission" / "Statement delivered to …"; it goes too.)
        let speaker_above =
            matches!(units.last(), Some(Unit::Heading { text }) if text.contains(", "));
        // (Above the body's prose only: headings and short lines so far, the site's lines and
        // the headline among them.)
        let prose_before = || {
            units.iter().any(|u| match u {
                Unit::Heading { .. } => false,
                Unit::Paragraph { text, .. } => {
                    text.ends_with(['.', '!', '?'])
                        || words_upto(text, BYLINE_BLOCK_LINE_MAX_WORDS + 1)
                            > BYLINE_BLOCK_LINE_MAX_WORDS
                }
                _ => true,
            })
        };
        if !block.is_empty()
            && block.iter().any(|l| title::delivery_line(l.text.trim()))
            && block.iter().all(|l| {
                let t = l.text.trim();
                words_upto(t, BYLINE_BLOCK_LINE_MAX_WORDS + 1) <= BYLINE_BLOCK_LINE_MAX_WORDS
                    && !t.ends_with(['.', '!', '?', ';', ':'])
            })
            && (block.len() >= 2 || speaker_above)
            && !prose_before()
        {
            if speaker_above {
                units.pop();
            }
            continue;
        }
        // (A block of one line, most paragraphs, is not copied to be joined.)
        let joined = match &block[..] {
            [line] => normalize_whitespace(&line.text),
            // (The lines collapsed one by one and joined by a space: the words of the lines
            // joined, which is what collapsing them joined gives, without splitting the most
            // often collapsed lines into words.)
            _ => {
                let mut all = String::with_capacity(block.iter().map(|l| l.text.len() + 1).sum());
                for line in block {
                    let line = line.text.collapsed();
                    if line.is_empty() {
                        continue;
                    }
                    if !all.is_empty() {
                        all.push(' ');
                    }
                    all.push_str(&line);
                }
                all
            }
        };
        // "- Support from Russia -": a wire story's crosshead between dashes is a heading,
        // never a bulleted item (its first word may read as a command).
        if block.len() == 1 {
            if let Some(text) = dashed_crosshead(&joined) {
                in_notes = false;
                units.push(Unit::Heading {
                    text: text.to_string(),
                });
                continue;
            }
        }
        // A date alone on a line near the top ("Check against delivery" / "23 January 2025").
        if index < TOP_DATE_BLOCKS && block.len() == 1 {
            if let Some(date) = parse_date(&joined) {
                header.date.get_or_insert(date);
                continue;
            }
        }
        // Commands on lines of their own (blank lines between, or cut apart as a text without
        // blank lines is) after a lead-in ending in ':' or after another command ("The
        // Government should:" / "Stop the mobilisation of …." / "Publish the quotas"): list
        // items, never headings over nothing.
        // (Only after a list, a lead-in or a paragraph right under a lead-in are the words read.)
        let last = units.last();
        let under_lead_in = |k: usize| {
            k.checked_sub(2)
                .and_then(|b| lead_in_text(&units[b]))
                .is_some()
        };
        let may_follow = match last {
            Some(Unit::List { marker, .. }) => *marker == Marker::Glyph,
            Some(unit @ Unit::Heading { .. }) => lead_in_text(unit).is_some(),
            Some(unit @ Unit::Paragraph { .. }) => {
                lead_in_text(unit).is_some() || under_lead_in(units.len())
            }
            None => false,
        };
        if !markdown && block.len() == 1 && may_follow && command_line(&joined, rules) {
            let after_list_command = ends_in_command_list(&units, rules);
            // (A lead-in that asks nothing takes commands of a few words or more: "Links to
            // this post:" / "Create a Link" is a page's chrome.)
            let after_lead_in = last.and_then(lead_in_text).is_some_and(|lead| {
                words_upto(&joined, COMMAND_LINE_MIN_WORDS) >= COMMAND_LINE_MIN_WORDS
                    || is_recommendation_list(Some(lead), None, rules)
            });
            // (A command with its full stop right under such a lead-in.)
            let after_command = matches!(
                last,
                Some(Unit::Paragraph { text, .. }) if command_line(text, rules)
            ) && under_lead_in(units.len());
            // A command over a paragraph of prose is that paragraph's heading ("To the
            // Government:" / "Release political prisoners" / "The authorities should …").
            let prose_below = blocks.get(index + 1).is_some_and(|next| {
                let words: usize = next.iter().map(|l| l.text.words_upto(21)).sum();
                next.len() == 1 && words > 20
            });
            // (A command with its full stop after a lead-in is a paragraph, read as one.)
            if after_list_command
                || ((after_lead_in || after_command)
                    && !prose_below
                    && is_heading_line(&joined, rules))
            {
                let item = (first.no, joined);
                match units.last_mut() {
                    Some(Unit::List { items, .. }) if after_list_command => items.push(item),
                    // The command before, with its full stop, opens the same list.
                    Some(Unit::Paragraph { no, text }) if after_command => {
                        let before = (*no, std::mem::take(text));
                        units.pop();
                        units.push(Unit::List {
                            no: before.0,
                            items: vec![before, item],
                            marker: Marker::Glyph,
                        });
                    }
                    _ => units.push(Unit::List {
                        no: first.no,
                        items: vec![item],
                        marker: Marker::Glyph,
                    }),
                }
                continue;
            }
        }
        // Headings.
        let md_heading = if markdown {
            md_heading_text(&first.text)
        } else {
            None
        };
        // A line ending in ':' right under a heading introduces what follows; it is no heading.
        let lead_in_under_heading =
            joined.ends_with(':') && matches!(units.last(), Some(Unit::Heading { .. }));
        // A line ending in ':' directly before a list introduces that list; it is a heading
        // only when it names recommendations ("Recommendations for donors:").
        let introduces_list = joined.ends_with(':')
            && blocks.get(index + 1).is_some_and(|next| {
                is_bullet(&next[0].text).is_some()
                    || (next.len() > 1 && next.iter().all(|l| l.text.words_upto(21) <= 20))
            })
            && !is_recommendation_list(None, Some(&joined), rules);
        // "Front Line Defenders reiterates its calls on the authorities to provide X" as the
        // text's last line: a paragraph cut off before its sentence's end (a copied excerpt),
        // not a heading over nothing.
        // ("The Chairman-in-Office called on the OSCE's s": shorter, cut inside its object, it
        // asks when it reads as a call once its sentence is closed with "to act.".)
        let cut_off_call = |line: &str| {
            let words = words_upto(line, CUT_OFF_CALL_MIN_WORDS);
            let asks = |l: &str| {
                cues::sentence(l, rules).is_some_and(|d| d.kind == ItemKind::Recommendation)
            };
            index + 1 == blocks.len()
                && matches!(units.last(), Some(Unit::Paragraph { .. }))
                && words >= CUT_OFF_CALL_SHORT_MIN_WORDS
                && !title_case(line)
                && ((words >= CUT_OFF_CALL_MIN_WORDS && asks(line))
                    || (!line.trim_end().ends_with(['.', '!', '?', ':', ';'])
                        && asks(&format!("{} to act.", line.trim_end()))))
        };
        // "On June 26, a group of activists dressed in t-shirts with anti-presidential symbols
        // ma" as the text's last line under a paragraph: prose cut off in copying (many words,
        // several of them function words, not in title case), not a heading over nothing.
        let cut_off_prose = |line: &str| {
            index + 1 == blocks.len()
                && matches!(units.last(), Some(Unit::Paragraph { .. }))
                && !title_case(line)
                && chrome::is_cut_prose(line, &rules.text)
        };
        // "Continue to expand both reli" as the text's last line under a paragraph that opens
        // with a command too ("Deliver transitional justice …"): the list's next command, cut
        // off in copying, not a heading over nothing.
        let cut_off_command = |line: &str| {
            index + 1 == blocks.len()
                && !line.trim_end().ends_with(['.', '!', '?', ':', ';'])
                && matches!(units.last(), Some(Unit::Paragraph { text, .. })
                    if opens_with_command(text, rules))
                && command_line(line, rules)
        };
        if md_heading.is_some()
            || (block.len() == 1
                && !lead_in_under_heading
                && !introduces_list
                && is_heading_line(&joined, rules)
                && !lines::speaker_lead(&joined)
                && !cut_off_call(&joined)
                && !cut_off_prose(&joined)
                && !cut_off_command(&joined))
        {
            let text = md_heading.unwrap_or(joined);
            let bare = fold(text.trim_end_matches(':').trim());
            in_notes = rules.text.footnote_headings.contains(&bare);
            if !in_notes {
                units.push(Unit::Heading { text });
            }
            continue;
        }
        in_notes = false;
        // Bulleted lists, possibly with their lead-in in the same block.
        if let Some(k) = block.iter().position(|l| is_bullet(&l.text).is_some()) {
            if k > 0 {
                let lead: Vec<&str> = block[..k].iter().map(|l| l.text.as_str()).collect();
                let mut text = normalize_whitespace(&lead.join(" "));
                // "Brussels, 6 May 2010. The group calls … include:" above the list in one
                // block: the text's dateline opens the lead-in as it opens a paragraph.
                if units.is_empty() {
                    if let Some((date, rest)) =
                        split_dateline(&text).or_else(|| split_open_dateline(&text))
                    {
                        header.date = Some(date);
                        text = rest;
                    }
                }
                // "Policy recommendations" / "  • The Government stop …": a heading naming
                // recommendations printed right above its bullets, no blank line between,
                // heads them as it would with one. (A theme's line there, "Torture: gaps in
                // the law", stays under the lead-in above it; a line that leads in with a
                // verb, "We urge the Government to", is the list's lead-in.)
                if k == 1
                    && !markdown
                    && is_heading_line(&text, rules)
                    && is_recommendation_list(None, Some(&text), rules)
                    && !rules.text.has_lead_in_verb(&fold(&text))
                {
                    units.push(Unit::Heading { text });
                } else {
                    units.push(Unit::Paragraph { no: first.no, text });
                }
            }
            let mut items: Vec<(usize, String)> = Vec::new();
            for line in &block[k..] {
                match is_bullet(&line.text) {
                    Some(rest) => items.push((line.no, normalize_whitespace(rest))),
                    None => {
                        if let Some((_, last)) = items.last_mut() {
                            last.push(' ');
                            last.push_str(&normalize_whitespace(&line.text));
                        }
                    }
                }
            }
            let marker = marker_of(&block[k].text);
            let numbered = marker == Marker::Number;
            let long = items.iter().map(|(_, t)| word_count(t)).sum::<usize>()
                > NUMBERED_PARAGRAPH_MIN_WORDS * items.len();
            let opens_list = items.last().is_some_and(|(_, t)| t.ends_with(':'));
            // "5. The Committee also notes …" alone after a lettered list: a numbered paragraph.
            let lone_sentence = items.len() == 1
                && k == 0
                && lines::without_trailing_note(&items[0].1).ends_with(['.', ':'])
                && words_upto(&items[0].1, NUMBERED_SENTENCE_MIN_WORDS)
                    >= NUMBERED_SENTENCE_MIN_WORDS
                && !matches!(
                    units.last(),
                    Some(Unit::List {
                        marker: Marker::Number,
                        ..
                    })
                );
            // "– The remarks address serious shortcomings, says Jane Roe. - The authorities
            // should act on them.": a lone dash opening a paragraph whose first sentence ends
            // in its speaker (", says …") is a quoted speaker's dash, as the Nordic press sets
            // a quotation, not a bullet: a paragraph, cut at its first call as paragraphs are.
            let speaker_dash = items.len() == 1
                && k == 0
                && marker == Marker::Glyph
                && block[k].text.trim_start().starts_with(['–', '—', '-'])
                && !matches!(units.last(), Some(Unit::List { .. }))
                && match cues::sentences(&items[0].1)[..] {
                    [(a, b), _, ..] => [", says ", ", said ", ", adds ", ", added "]
                        .iter()
                        .any(|v| items[0].1[a..b].contains(v)),
                    _ => false,
                };
            if speaker_dash {
                if let Some((no, text)) = items.pop() {
                    units.push(Unit::Paragraph { no, text });
                }
                continue;
            }
            // A numbered line right after a numbered list goes on with it (items of a list may
            // be long, or split into blocks by a text without blank lines).
            let continues_list = k == 0
                && matches!(units.last(), Some(Unit::List { marker: m, .. }) if *m == marker);
            if numbered
                && !continues_list
                && (long || opens_list || lone_sentence)
                && !introduced_by_colon(&units, k)
            {
                // Numbered paragraphs (UN documents), not a list.
                for (no, text) in items {
                    units.push(Unit::Paragraph { no, text });
                }
            } else if let (
                0,
                Some(Unit::List {
                    items: previous, ..
                }),
            ) = (
                k,
                units
                    .last_mut()
                    .filter(|u| matches!(u, Unit::List { marker: m, .. } if *m == marker)),
            ) {
                // Bullets (of the same kind) separated by blank lines continue the same list.
                previous.extend(items);
            } else {
                units.push(Unit::List {
                    no: block[k].no,
                    items,
                    marker,
                });
            }
            continue;
        }
        // Unbulleted lists: one short capitalised line each, after a lead-in ending in ':'.
        let after_lead_in = units.last().and_then(lead_in_text).is_some();
        // (Or more commands after such a list's last command: "Stop …" / "Publish …" / "Allow …"
        // cut after the first.)
        let more_commands = || {
            ends_in_command_list(&units, rules)
                && block
                    .iter()
                    .all(|l| command_line(&normalize_whitespace(&l.text), rules))
        };
        if block.len() > 1
            && (after_lead_in || more_commands())
            && block.iter().all(|l| {
                let t = normalize_whitespace(&l.text);
                words_upto(&t, 21) <= 20
                    && t.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c == '“' || c == '"')
            })
        {
            let items: Vec<(usize, String)> = block
                .iter()
                .map(|l| (l.no, normalize_whitespace(&l.text)))
                .collect();
            match units.last_mut() {
                Some(Unit::List {
                    items: previous,
                    marker: Marker::Glyph,
                    ..
                }) => previous.extend(items),
                _ => units.push(Unit::List {
                    no: first.no,
                    items,
                    marker: Marker::Glyph,
                }),
            }
            continue;
        }
        let mut text = joined;
        if units.is_empty() {
            if let Some((date, rest)) = split_dateline(&text)
                .or_else(|| split_open_dateline(&text))
                .or_else(|| split_place_bracket_dateline(&text))
                .or_else(|| split_captioned_dateline(&text))
            {
                // "24 October 2023" above the title, "(Brussels October 19, 2023) -- …"
                // opening the text: the dateline is the author's own day; a date standing
                // above the title is the page's (a repost's, an update's, a listing's).
                header.date = Some(date);
                text = rest;
            } else if let Some(rest) = split_agency_dateline(&text, rules)
                .or_else(|| split_wire_dateline(&text, rules))
                .or_else(|| split_agency_tail_dateline(&text, rules))
                .or_else(|| split_place_colon_dateline(&text, rules))
            {
                // "AKIPRESS.COM - Human-Rights-Watch Tajik authorities should …": the site's
                // tag, capitalised words joined by hyphens, glued after the dateline.
                text = match strip_tag_slug(&rest) {
                    Some(after) => after.to_string(),
                    None => rest,
                };
                // "IIKSS - Brussels/Almaty, 23 November 2016. Today the EU …": the agency's tag
                // before a dated dateline.
                if let Some((date, rest)) = split_open_dateline(&text) {
                    header.date = Some(date);
                    text = rest;
                }
            }
        }
        // "NEW YORK, 6 May, 2009 (HRW) – …" below a paragraph of another page's teaser: a
        // dated dateline still dates an undated text in its first paragraphs.
        // (The headline printed again as the body's first block, "“Quiet Diplomacy” Has Not
        // Freed Anyone –" / "Clear Steps Now Needed", is the title's, no paragraph: it goes.)
        let paragraphs = units
            .iter()
            .filter(|u| {
                matches!(u, Unit::Paragraph { text, .. } if header.title.as_deref() != Some(text))
            })
            .count();
        if !units.is_empty() && header.date.is_none() && paragraphs < DATELINE_MAX_PARAGRAPH {
            // ("BISHKEK / GENEVA (17 December 2019) – …" below a headline read as a paragraph.)
            if let Some((date, rest)) = split_dateline(&text)
                .or_else(|| split_open_dateline(&text))
                .or_else(|| split_place_bracket_dateline(&text))
            {
                header.date = Some(date);
                text = rest;
            } else if let Some(rest) = split_agency_dateline(&text, rules) {
                // ("A policeman searching a car in Navoi …" / "TASHKENT, Uzbekistan -- A U.S.
                // delegation said …": a photo's caption above the story's first paragraph.)
                text = rest;
            }
        }
        // "(New York) - The government should …": a release's place in brackets opens its
        // first paragraph, even below a subtitle or a contact line.
        if paragraphs == 0 {
            if let Some(rest) = split_place_dateline(&text) {
                text = rest;
            } else if let Some((date, rest)) = split_post_stamp(&text) {
                header.date.get_or_insert(date);
                text = rest;
            }
        }
        // "Stockholm, January 6, 2022 – Kazakhstan authorities must …" opening a later story
        // of a listing page, "Dear President X: As an independent organisation, …" opening a
        // letter copied into a page: a dateline or a salutation glued before a paragraph's
        // first sentence is no part of it.
        // ("GENEVA (17 December 2019) – Despite some progress, …": a place in capitals and its
        // bracketed date, however late, is cut off too.)
        let glued = split_salutation(&text, rules).or_else(|| {
            (!units.is_empty())
                .then(|| {
                    split_body_dateline(&text)
                        .or_else(|| split_bare_dateline(&text))
                        .or_else(|| split_wire_dateline(&text, rules))
                        .or_else(|| split_agency_tail_dateline(&text, rules))
                        // (Read only after two capitals: most paragraphs open otherwise.)
                        .or_else(|| {
                            text.as_bytes()
                                .get(..2)
                                .is_some_and(|b| b.iter().all(u8::is_ascii_uppercase))
                                .then(|| split_place_bracket_dateline(&text).map(|(_, rest)| rest))
                                .flatten()
                        })
                })
                .flatten()
        });
        if let Some(rest) = glued {
            text = rest;
        }
        if !text.is_empty() {
            units.push(Unit::Paragraph { no: first.no, text });
        }
    }
    units
}

// ---------------------------------------------------------------------------------------------
// Pass 5: sections, items, addressees, countries, themes

fn short_publisher(publisher: &str) -> String {
    // "International Partnership for Human Rights (IPHR) and …" → "IPHR"
    if let Some(open) = publisher.find('(') {
        if let Some(close) = publisher[open..].find(')') {
            let inner = &publisher[open + 1..open + close];
            if !inner.is_empty() && inner.len() <= 8 && !inner.contains(' ') {
                return inner.to_string();
            }
        }
    }
    // "Foreign Policy Centre, article by Adam Hug" → "FPC": the name ends at the first comma,
    // parenthesis or semicolon.
    let name = publisher
        .split([',', '(', ';'])
        .next()
        .unwrap_or(publisher)
        .trim();
    let initials: String = name
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    if initials.len() >= 2 && words_upto(name, 2) > 1 {
        initials
    } else {
        name.to_string()
    }
}

/// "… delivered by the delegation of Norway": the country follows "by" within a few words.
fn by_before(title: &str, at: usize, rules: &ImportRules) -> bool {
    let words: Vec<&str> = title[..at].split_whitespace().collect();
    words
        .iter()
        .enumerate()
        .rev()
        .take(SPEAKER_BY_WINDOW_WORDS)
        .any(|(k, w)| *w == "by" && !cause_by(&words, k, rules))
}

/// Whether the "by" at `words[by]` tells a feeling's cause ("'Deeply Troubled' By Detention
/// Of …", `feeling_participles`), not who speaks.
fn cause_by(words: &[&str], by: usize, rules: &ImportRules) -> bool {
    by.checked_sub(1)
        .and_then(|k| words.get(k))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .is_some_and(|w| rules.text.feeling_participles.iter().any(|f| f == w))
}

/// "… Impunity for Torture by Kazakh Authorities", "Crackdown by Uzbek Police": a country's
/// people right after "by" and before an actor noun (`actor_nouns`, `enforcer_nouns`) are the
/// agent of what the title tells, so the country is its subject, not its speaker, unless a
/// statement word comes before ("Statement by the Kazakh Government").
fn by_agent(title: &str, at: usize, rules: &ImportRules) -> bool {
    let before: Vec<&str> = title[..at].split_whitespace().rev().take(2).collect();
    let right_after_by = matches!(before.as_slice(), ["by", ..] | ["the", "by", ..]);
    let actor_after = title[at..]
        .split_whitespace()
        .nth(1)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .is_some_and(|w| {
            rules.text.actor_nouns.iter().any(|n| n == w)
                || rules.text.enforcer_nouns.iter().any(|n| n == w)
                || matches!(w, "forces" | "troops" | "regime" | "officials")
        });
    let statement_before = title[..at].split_whitespace().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "statement"
                | "statements"
                | "remarks"
                | "speech"
                | "intervention"
                | "address"
                | "delivered"
        )
    });
    right_after_by && actor_after && !statement_before
}

/// "Joint Statement by the EU Delegation and the Embassies of France, Germany and the United
/// States": every country of a list after "by" is a speaker, until a word names a topic ("by
/// the EU on the situation in X": X is the subject).
fn by_list_before(title: &str, at: usize, rules: &ImportRules) -> bool {
    let words: Vec<&str> = title[..at].split_whitespace().collect();
    let Some(by) = words.iter().rposition(|w| *w == "by") else {
        return false;
    };
    if cause_by(&words, by, rules) {
        return false;
    }
    words[by + 1..].iter().all(|w| {
        !matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "on" | "at"
                | "about"
                | "concerning"
                | "regarding"
                | "in"
                | "to"
                | "for"
                | "against"
                | "with"
                | "over"
                | "from"
        )
    })
}

/// Words of a speaker's statement in a title: a country beside one, or after one and "of",
/// speaks.
const STATEMENT_WORDS: &[&str] = &[
    "statement",
    "statements",
    "intervention",
    "remarks",
    "speech",
];

/// "Statement Norway", "Norway statement", "U.S. Statement": a country right before or right
/// after the word "statement" (or "intervention", "remarks") is the speaker.
fn beside_statement(title: &str, at: usize) -> bool {
    const WORDS: &[&str] = STATEMENT_WORDS;
    let before = title[..at].split_whitespace().next_back();
    // "Arrest of a union leader in Kazakhstan: Statement to the Permanent Council", "Religious
    // freedom in Tajikistan, statement at …": a colon or a comma after the country ends the
    // phrase it closes; the statement word after it names no speaker.
    let mut words = title[at..].split_whitespace();
    let closed = words.next().is_some_and(|w| w.ends_with([':', ',', ';']));
    let after = words
        .next()
        .filter(|_| !closed)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    // "The U.S. Embassy's Response …", "Kazakh delegation statement": the country's own office.
    const OFFICES: &[&str] = &["embass", "mission", "ambassador", "delegation", "envoy"];
    before.is_some_and(|w| WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        || after.is_some_and(|w| WORDS.contains(&w) || OFFICES.iter().any(|o| w.starts_with(o)))
}

/// "Statement of Norway", "Intervention of the Republic of Moldova": the country follows a
/// statement word and "of" (the republic's own words between them allowed).
fn statement_of_before(title: &str, at: usize) -> bool {
    const WORDS: &[&str] = STATEMENT_WORDS;
    let before: Vec<String> = title[..at]
        .split_whitespace()
        .rev()
        .take(6)
        .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    // Back past "the Republic of" / "the Kingdom of" to the statement word's "of".
    let mut k = 0;
    if before.first().map(String::as_str) == Some("of")
        && matches!(
            before.get(1).map(String::as_str),
            Some("republic" | "kingdom")
        )
    {
        k = 2;
        if before.get(k).map(String::as_str) == Some("the") {
            k += 1;
        }
    } else if before.first().map(String::as_str) == Some("the") {
        k = 1;
    }
    before.get(k).map(String::as_str) == Some("of")
        && before
            .get(k + 1)
            .is_some_and(|w| WORDS.contains(&w.as_str()))
}

/// Nouns of a gathering held somewhere ("Kiev forum", "Warsaw conference"): the place before
/// one names the venue, not a subject (see `title_subjects`).
const VENUE_EVENT_NOUNS: &[&str] = &[
    "forum",
    "conference",
    "summit",
    "seminar",
    "workshop",
    "congress",
    "roundtable",
    "meeting",
    "talks",
];

/// Nouns of a country's own view right after its name in a title ("U.S. Interests", "EU
/// Policy"): the country whose view the text takes.
const PERSPECTIVE_NOUNS: &[&str] = &["interests", "policy", "policies", "strategy"];

/// A state's envoys abroad and its offices: the state that sends one is not the subject of a
/// text about the visit, nor the state whose office wrote the text (possessive and plural
/// endings are trimmed before the match: "ambassador's").
const ENVOY_OR_OFFICE_NOUNS: &[&str] = &[
    "ambassador",
    "envoy",
    "embassy",
    "consul",
    "diplomat",
    "emissary",
    // "U.S. Department of State Country Report on Human Rights Practices 2005 - Kazakhstan": the
    // state's office that wrote the text.
    "department",
    "ministry",
];

/// Offices after a country's word that make it the addressee of a letter in a title ("to French
/// Foreign Minister …", "to the Kazakh President …").
const ADDRESSEE_OFFICES: &[&str] = &[
    "minister",
    "president",
    "ambassador",
    "chancellor",
    "secretary",
    "commissioner",
    "representative",
];

/// Words before a country in a title within which "by" makes it the speaker.
const SPEAKER_BY_WINDOW_WORDS: usize = 4;

/// Most words from another country's people to "in" and a country ("Kyrgyz Migrants in
/// Russia": 3).
const ABROAD_PEOPLE_MAX_WORDS: usize = 4;

/// Countries a title is about. A country named before a speaker word, with another named after
/// it, is the speaker ("U.S. Statement at the UPR of Uzbekistan" is about Uzbekistan).
/// Most words of a partner country's name before its hyphen ("United States-").
const PARTNER_MAX_WORDS: usize = 3;

/// Nouns of groups that speak in a title ("Six German NGOs Together Ask …", "French rights groups
/// urge …"): a country outside the focus named before one is theirs, not a subject.
const SPEAKING_GROUP_NOUNS: &[&str] = &[
    "ngos",
    "ngo",
    "organizations",
    "organisations",
    "groups",
    "associations",
    "coalitions",
    "watchdogs",
];

fn title_subjects(title: &str, rules: &ImportRules) -> Vec<String> {
    let mentions = rules.gazetteer.mentions_in(title);
    // (A title naming no country has no speaker to look for.)
    if mentions.is_empty() {
        return Vec::new();
    }
    let speaker_at = rules.text.speaker_word_at(title);
    // "Turkmenistan: French Media Watchdog Protests Detentions": a country before a colon
    // opening the title names its subject, and another before the headline's verb of saying or
    // judging speaks, as one with a country after the verb does.
    let label_country = title
        .split_once(':')
        .and_then(|(head, _)| rules.gazetteer.exact(head.trim()))
        .map(|c| c.name.as_str());
    // "Review of Uzbekistan, Statement by …", "Statement on Kazakhstan": a country after
    // "of"/"on" is what the text is about, wherever the statement word stands.
    let object_of = |at: usize| {
        title[..at]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| matches!(fold(w).as_str(), "of" | "on" | "about" | "concerning"))
    };
    // "… Ask About Female Refugees from Afghanistan": a country after "from" is where people
    // come from, not the subject, when the title names another.
    let origin = |name: &str, at: usize| {
        title[..at]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| fold(w) == "from")
            && mentions.iter().any(|(other, _)| *other != name)
    };
    // "… Ask about Kyrgyz Migrants in Russia": a country outside the focus after "in", right
    // after another country's people, is where they are, not the subject.
    let abroad = |name: &str, at: usize| {
        let mut before = title[..at].split_whitespace().rev();
        before.next().is_some_and(|w| fold(w) == "in")
            && !rules.gazetteer.is_focus(name)
            && mentions.iter().any(|(other, o)| {
                *other != name
                    && *o < at
                    && title[*o..at].split_whitespace().count() <= ABROAD_PEOPLE_MAX_WORDS
            })
    };
    // "Letter to French Foreign Minister Kouchner on Kazakhstan's OSCE commitments": a country
    // right after "to" (or "to the") and before an office (`ADDRESSEE_OFFICES` within three
    // words) names whom the letter goes to, no subject when the title names another country.
    let addressed = |name: &str, at: usize| {
        let mut before = title[..at].split_whitespace().rev().map(fold);
        let to = match before.next().as_deref() {
            Some("to") => true,
            Some("the") => before.next().as_deref() == Some("to"),
            _ => false,
        };
        to && title[at..]
            .split_whitespace()
            .skip(1)
            .take(3)
            .any(|w| ADDRESSEE_OFFICES.contains(&fold(w).as_str()))
            && mentions.iter().any(|(other, _)| *other != name)
    };
    // "Reaffirming United States-Uzbekistan relations": a country outside the focus joined by a
    // hyphen to a focus country after it is the partner of a bilateral compound, the focus
    // country its subject.
    let partner = |name: &str, at: usize| {
        !rules.gazetteer.is_focus(name)
            && mentions.iter().any(|(other, o)| {
                *o > at
                    && rules.gazetteer.is_focus(other)
                    && title[at..*o].ends_with(['-', '\u{2013}'])
                    && title[at..*o].split_whitespace().count() <= PARTNER_MAX_WORDS
            })
    };
    let speaker_mention = |name: &str, at: usize| {
        partner(name, at)
            || origin(name, at)
            || abroad(name, at)
            || addressed(name, at)
            || (!object_of(at)
                && (speaker_at.is_some_and(|s| {
                    // (Not when those after it are speakers themselves: "X: Joint Statement by
                    // the Embassies of A and B" is about X.)
                    at < s
                        && (mentions.iter().any(|(other, o)| {
                            *o > s && *other != name && !by_list_before(title, *o, rules)
                        }) || label_country.is_some_and(|l| l != name && at > 0))
                }) || beside_statement(title, at)))
            || ((by_before(title, at, rules) || by_list_before(title, at, rules))
                && !by_agent(title, at, rules))
            // "Statement of Norway at the Universal Periodic Review of Kyrgyzstan": "of" after
            // the statement word names who speaks, when another country follows.
            || (statement_of_before(title, at)
                && mentions.iter().any(|(other, o)| *o > at && *other != name))
    };
    // A country is the speaker when any of its mentions is ("Statement by India … Permanent
    // Mission of India").
    // "Kyrgyzstan: Don't Copy Russia's Foreign Agents Law": a country outside the focus named
    // as the owner of a model ("Russia's …", "Russian-style …") beside a focus country named
    // plainly is the model, not a subject.
    let g = &rules.gazetteer;
    let model_mention = |name: &str, at: usize| {
        !g.is_focus(name)
            && model_owner(title, at)
            && mentions
                .iter()
                .any(|(other, o)| *other != name && g.is_focus(other) && !model_owner(title, *o))
    };
    // A country outside the focus named right before one of `nouns` (within three words, each
    // read without the `ending` characters at its end).
    let before_noun = |name: &str, at: usize, nouns: &[&str], ending: &[char]| {
        !g.is_focus(name)
            && title[at..]
                .split_whitespace()
                .skip(1)
                .take(3)
                .any(|w| nouns.contains(&fold(w.trim_end_matches(ending)).as_str()))
    };
    // "Regime urged to free journalists for French human rights ambassador's visit": a country
    // outside the focus before its envoy or its office (`ENVOY_OR_OFFICE_NOUNS`) sends a visitor
    // or writes the text; the host is the subject, named in the title or read from the body.
    // (A possessive's "'s" read off: "ambassador's".)
    let envoy_mention =
        |name: &str, at: usize| before_noun(name, at, ENVOY_OR_OFFICE_NOUNS, &['’', '\'', 's']);
    // "Six German NGOs Together Ask Chancellor Merkel to Adopt a … Agenda on Uzbekistan": one
    // before a noun of groups that speak (`SPEAKING_GROUP_NOUNS`) is where the speakers come
    // from, not a subject, when the title names a focus country.
    let group_mention = |name: &str, at: usize| {
        mentions.iter().any(|(other, _)| g.is_focus(other))
            && before_noun(name, at, SPEAKING_GROUP_NOUNS, &[',', ':'])
    };
    let speakers: Vec<&str> = mentions
        .iter()
        .filter(|(name, at)| {
            speaker_mention(name, *at)
                || model_mention(name, *at)
                || envoy_mention(name, *at)
                || group_mention(name, *at)
        })
        .map(|(name, _)| *name)
        .collect();
    // "… outside the Embassy of the Republic of Tajikistan in Berlin": the city after an
    // embassy's "in" is where it stands, no subject when the title names another country.
    let seats: Vec<&str> = mentions
        .iter()
        .filter(|(name, at)| {
            embassy_seat(title, *at)
                && mentions
                    .iter()
                    .any(|(other, _)| other != name && !speakers.contains(other))
        })
        .map(|(name, _)| *name)
        .collect();
    // "Uzbek activists upbeat after Kiev forum": a place outside the focus right before a
    // gathering's noun (`VENUE_EVENT_NOUNS`, within two words) is where the event was held, no
    // subject when the title names a focus country.
    let venues: Vec<&str> =
        mentions
            .iter()
            .filter(|(name, at)| {
                !g.is_focus(name)
                    && title[*at..].split_whitespace().skip(1).take(2).any(|w| {
                        VENUE_EVENT_NOUNS.contains(&fold(w).trim_end_matches(['.', ',', ':']))
                    })
                    && mentions.iter().any(|(other, _)| g.is_focus(other))
            })
            .map(|(name, _)| *name)
            .collect();
    // "Tajikistan: Recent Developments and U.S. Interests": a country outside the focus right
    // before its interests, policy or strategy (`PERSPECTIVE_NOUNS`) is whose view the text
    // takes, no subject when the title names a focus country.
    let perspectives: Vec<&str> = mentions
        .iter()
        .filter(|(name, at)| {
            !g.is_focus(name)
                && title[*at..].split_whitespace().nth(1).is_some_and(|w| {
                    PERSPECTIVE_NOUNS.contains(&fold(w).trim_end_matches(['.', ',', ':', ';']))
                })
                && mentions.iter().any(|(other, _)| g.is_focus(other))
        })
        .map(|(name, _)| *name)
        .collect();
    let mut out: Vec<String> = Vec::new();
    for (name, _) in &mentions {
        let speaker = speakers.contains(name)
            || seats.contains(name)
            || venues.contains(name)
            || perspectives.contains(name);
        if !speaker && !out.iter().any(|c| c == name) {
            out.push(name.to_string());
        }
    }
    out
}

/// Whether mention `k` of `mentions` (countries in `folded`, with their offsets) names its
/// country in passing: right after a `passing_place_words` entry ("fled to Kyrgyzstan", "a
/// citizen of Uzbekistan", "clashes with Tajikistan"), joined by a hyphen to another country ("the
/// Kyrgyz-Tajik border"), or after its own city and a comma
/// ("Bishkek, Kyrgyzstan": one place named twice).
fn passing_mention(
    folded: &str,
    mentions: &[(&str, usize)],
    k: usize,
    rules: &ImportRules,
) -> bool {
    let (name, at) = mentions[k];
    // (Two countries joined by a hyphen: the second starts right after it, the first's run of
    // letters ends at it.)
    let joined = |first: usize, second: usize| {
        folded[..second].ends_with('-')
            && !folded[first..second - 1].contains(|c: char| !c.is_alphanumeric())
    };
    if (k > 0 && joined(mentions[k - 1].1, at))
        || mentions
            .get(k + 1)
            .is_some_and(|(_, next)| joined(at, *next))
    {
        return true;
    }
    let before = folded[..at].trim_end();
    if let Some(city) = before.strip_suffix(',') {
        if k > 0 && mentions[k - 1].0 == name {
            let prev = mentions[k - 1].1;
            if !folded[prev..city.len()].contains(' ') {
                return true;
            }
        }
    }
    rules.text.passing_place_words.iter().any(|w| {
        before
            .strip_suffix(w.as_str())
            .is_some_and(|head| head.is_empty() || head.ends_with(' '))
    })
}

/// Words between an embassy's word and "in" before its city ("Embassy of the Republic of
/// Tajikistan in Berlin").
const EMBASSY_SEAT_WINDOW_WORDS: usize = 8;

/// Whether the place at `at` follows "in" after an embassy, mission or consulate within a few
/// words: the seat of the embassy, not what its text is about.
fn embassy_seat(title: &str, at: usize) -> bool {
    let before: Vec<String> = title[..at]
        .split_whitespace()
        .rev()
        .take(EMBASSY_SEAT_WINDOW_WORDS + 1)
        .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    before.first().is_some_and(|w| w == "in")
        && before[1..].iter().any(|w| {
            matches!(
                w.as_str(),
                "embassy" | "embassies" | "consulate" | "mission" | "missions"
            )
        })
}

/// Phrases of copying before a country in a folded title ("modeled after Russia", "modelled
/// on Russia", "copy of Russian … law"): the country is the model's owner.
const MODEL_PHRASES: &[&str] = &[
    "modeled after",
    "modelled after",
    "modeled on",
    "modelled on",
    "patterned after",
    "patterned on",
    "copied from",
    "inspired by",
    // "Kyrgyzstan set to adopt copy of Russian 'foreign agent' law" (since session 41).
    "copy of",
    "clone of",
    "replica of",
    "similar to",
    "akin to",
    "mimicking",
    "mirroring",
];

/// Whether the word at `at` of a folded title owns what follows: "russia's", "russia’s",
/// "russian-style", "russian-type", or follows one of [`MODEL_PHRASES`] ("modeled after
/// russia").
fn model_owner(title: &str, at: usize) -> bool {
    let Some(rest) = title.get(at..) else {
        return false;
    };
    // "Kyrgyzstan adopts bill modeled after Russia 'foreign agents' law": the country after a
    // phrase of copying is the model's.
    let before = title[..at].trim_end();
    if MODEL_PHRASES.iter().any(|p| {
        before
            .strip_suffix(p)
            .is_some_and(|b| b.is_empty() || b.ends_with(' '))
    }) {
        return true;
    }
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let after = &rest[end..];
    ["'s ", "’s ", "-style", "-type", "-inspired"]
        .iter()
        .any(|m| after.starts_with(m))
}

/// An addressee that is a state's authorities ("the Georgian authorities", "Russian
/// prosecutors"): the country it names is asked to act on its own ground.
fn authorities_addressee(addressee: &str) -> bool {
    let a = addressee.to_ascii_lowercase();
    a.contains("authorities") || a.contains("prosecutor")
}

/// Length of a date that names a month only ("2008-08").
/// Paragraphs from the body's start read for "Today, <date>, …" ([`dates::today_date`]).
const TODAY_REACH_PARAGRAPHS: usize = 3;
const MONTH_DATE_LEN: usize = 7;

/// Most words of an image's alt text right above a caption whose credit is glued on.
const FIGURE_ALT_MAX_WORDS: usize = 12;

/// Most words of a caption's short form printed above it in full (an image's alt text).
const CAPTION_ALT_MAX_WORDS: usize = 30;

/// Fewest mentions that make a country outside the focus the subject of a text whose title
/// names none.
const OTHER_SUBJECT_MIN_MENTIONS: usize = 3;
/// Fewest mentions that make a country outside the focus the subject of a text whose title
/// names none, when the text names no other country.
const OTHER_ONLY_SUBJECT_MIN_MENTIONS: usize = 2;

/// The words of a body unit: a paragraph's or heading's text, a list's items joined.
fn unit_text(unit: &Unit) -> std::borrow::Cow<'_, str> {
    match unit {
        Unit::Paragraph { text, .. } | Unit::Heading { text, .. } => {
            std::borrow::Cow::Borrowed(text)
        }
        Unit::List { items, .. } => std::borrow::Cow::Owned(
            items
                .iter()
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ),
    }
}

/// Paragraphs naming one country that make a country named in one paragraph only a mention
/// (see `subject_countries`).
const SUBJECT_SPREAD_MIN_PARAGRAPHS: usize = 3;

#[allow(clippy::too_many_arguments)]
fn subject_countries(
    report: &Report,
    title_from_file: bool,
    doc_symbols: &[String],
    section_countries: &[String],
    meta: &Metadata,
    units: &[Unit],
    unit_reads: &[std::cell::OnceCell<ItemReader>],
    rules: &ImportRules,
    source: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let g = &rules.gazetteer;
    if let Some(names) = &meta.countries {
        let mut out = Vec::new();
        for name in names {
            match g.exact(name) {
                Some(c) => out.push(c.name.clone()),
                None => {
                    diagnostics.push(Diagnostic::warning(
                        source,
                        1,
                        format!(
                            "metadata country {name:?} is not in the gazetteer; kept as written"
                        ),
                    ));
                    out.push(name.clone());
                }
            }
        }
        return out;
    }
    // A title made from the file name is weaker evidence than the text: it is used only when
    // the text names no subject.
    let from_file = meta.title.is_none() && title_from_file;
    let title = if from_file {
        String::new()
    } else {
        fold(&report.title)
    };
    let mut countries: Vec<String> = title_subjects(&title, rules);
    // "Briefing paper ahead of the Switzerland-Tajikistan Human Rights Dialogue": two countries
    // joined by a hyphen name a pair (a dialogue, a border, a treaty); the focus country of
    // the pair is the subject, its partner outside the focus is not.
    if countries.len() > 1 {
        let mentions = g.mentions_in(&title);
        let partners: Vec<&str> = (0..mentions.len())
            .filter(|&k| {
                let (name, at) = mentions[k];
                let joined = |first: usize, second: usize| {
                    title[..second].ends_with('-')
                        && !title[first..second - 1].contains(|c: char| !c.is_alphanumeric())
                };
                let pair = if k > 0 && joined(mentions[k - 1].1, at) {
                    Some(mentions[k - 1].0)
                } else {
                    mentions
                        .get(k + 1)
                        .filter(|(_, next)| joined(at, *next))
                        .map(|(other, _)| *other)
                };
                !g.is_focus(name) && pair.is_some_and(|other| g.is_focus(other))
            })
            .map(|k| mentions[k].0)
            .collect();
        countries.retain(|c| !partners.contains(&c.as_str()));
    }
    // "U.S. Hopes Turkmenistan's OSCE Engagement will Extend to Human Rights" over "The United
    // States warmly welcomes …": a state of the title that the body shows speaking is the
    // author, not a subject, when the title names another.
    if countries.len() > 1 {
        let speakers = speaking_countries(units, rules);
        if countries.iter().any(|c| !speakers.contains(&c.as_str())) {
            countries.retain(|c| !speakers.contains(&c.as_str()));
        }
    }
    // A paragraph's words, read as its item will read them (once, when first asked for; kept
    // in `unit_reads` for the section builder): its fold and the countries it names.
    let paragraph_read = |k: usize| match (&units[k], unit_reads.get(k)) {
        (Unit::Paragraph { text, .. }, Some(cell)) => cell
            .get_or_init(|| ItemReader::of(text, rules))
            .read_mentions(rules),
        _ => None,
    };
    // Each unit's text folded (once, when first read).
    let folded_units = std::cell::OnceCell::new();
    let folded_units = || -> &Vec<std::borrow::Cow<'_, str>> {
        folded_units.get_or_init(|| {
            units
                .iter()
                .enumerate()
                .map(|(k, u)| match paragraph_read(k) {
                    Some((_, folded)) => std::borrow::Cow::Borrowed(folded),
                    None => std::borrow::Cow::Owned(fold(&unit_text(u))),
                })
                .collect()
        })
    };
    // The countries each unit names (read once, when first asked for: the passes below read
    // the same units' mentions again).
    let unit_mentions: Vec<std::cell::OnceCell<Vec<(&str, usize)>>> =
        units.iter().map(|_| std::cell::OnceCell::new()).collect();
    let mentions_of = |k: usize| -> &[(&str, usize)] {
        unit_mentions[k].get_or_init(|| match paragraph_read(k) {
            Some((mentions, _)) => mentions,
            None => g.mentions_in(&folded_units()[k]),
        })
    };
    // The countries the body names (read only when the title needs them checked).
    let body_named = std::cell::OnceCell::new();
    let body_named = || {
        body_named.get_or_init(|| {
            let mut named: Vec<&str> = Vec::new();
            for k in 0..units.len() {
                for &(name, _) in mentions_of(k) {
                    if !named.contains(&name) {
                        named.push(name);
                    }
                }
            }
            named
        })
    };
    // "Air-Raid Alert Declared Across Ukraine …" above a story on Kyrgyzstan (another story's
    // teaser taken as the headline): countries outside the focus that the body never names
    // are no subjects when it names a focus country.
    if !countries.is_empty() && countries.iter().all(|c| !g.is_focus(c)) {
        let named = body_named();
        if named.iter().any(|n| g.is_focus(n)) {
            // "to the United States & European Union" heading a page of what those
            // governments should do about Uzbekistan and Turkmenistan: a title that opens by
            // addressing (an `addressing_prefix` entry ending in "to") names whom the text
            // asks, not what it is about; the body decides.
            let addressed = rules
                .text
                .addressing_prefix
                .iter()
                .map(|p| p.trim_end())
                .any(|p| {
                    (p == "to" || p.ends_with(" to"))
                        && title
                            .strip_prefix(p)
                            .is_some_and(|rest| rest.starts_with(' '))
                });
            // "Open letter to Mr X, the President of the Republic of France" over a letter on
            // Tajikistan: a title naming a document sent "to" someone (a `document_nouns` entry
            // ending its first words) names the addressee, whose country is no subject either.
            if addressed || document_to(&title, rules) {
                countries.clear();
            }
            countries.retain(|c| named.contains(&c.as_str()));
            // "The United States warmly welcomes Ambassador X …" taken as the title of a
            // statement on Turkmenistan: a title whose countries, all outside the focus, the
            // body shows speaking names the author, not the subject; the body decides.
            let speakers = speaking_countries(units, rules);
            if countries.iter().all(|c| speakers.contains(&c.as_str())) {
                countries.clear();
            }
        }
    }
    // "Your visit comes at a time of retrenchment … in all five Central Asian countries": a
    // text whose title names none of a region's countries and whose body speaks of the region
    // as a whole is about every country of it, unless it comes back to one of them (a letter on
    // Turkmen activists that compares "the Central Asian countries": no country of the region
    // named more than `WHOLE_REGION_MAX_MENTIONS` times, not in passing). (Read where the body
    // is read anyway: under a title naming the region, or naming no country.)
    // A country counts once a paragraph: "… events in Kazakhstan, in the Gorno-Badakhshan
    // Autonomous Region (GBAO) in Tajikistan …" names Tajikistan three times in one place, and a
    // list of a country's groups names it in each of their names; the text comes back to a
    // country when it names it in more paragraphs than `WHOLE_REGION_MAX_MENTIONS`.
    // (The region the title names: "the five governments in the region" in its body speaks of
    // all of it.)
    let region = g.region_countries_in(&title);
    let whole_region_of_body = || -> Option<Vec<String>> {
        // ("Central Asia: crisis conditions in three states": a title counting fewer of the
        // region's countries than it has is about those, never the whole region.)
        let counts_fewer = |(count, noun): (&str, &str)| {
            REGION_COUNT_WORDS
                .iter()
                .position(|n| *n == count)
                .is_some_and(|n| n >= 2 && (region.is_empty() || n < region.len()))
                && matches!(
                    noun.trim_matches(|c: char| !c.is_alphanumeric()),
                    "states" | "countries" | "republics" | "nations"
                )
        };
        let title_counts_fewer = title
            .split_whitespace()
            .zip(title.split_whitespace().skip(1))
            .any(counts_fewer);
        if title_counts_fewer {
            return None;
        }
        let whole: Vec<String> = match folded_units()
            .iter()
            .find_map(|folded| whole_region(folded, rules))
        {
            Some(whole) => whole.to_vec(),
            None if !region.is_empty()
                && folded_units()
                    .iter()
                    .any(|f| region_anaphor(f, region.len(), rules)) =>
            {
                region.iter().map(|c| c.to_string()).collect()
            }
            // "… across Central Asia, where governments …" / "In countries such as Kazakhstan,
            // Kyrgyzstan, Uzbekistan, Turkmenistan, and Tajikistan, journalists face …": a
            // region named in the body, with every one of its countries named in one paragraph,
            // is spoken of as a whole.
            None => {
                let named = folded_units()
                    .iter()
                    .flat_map(|f| g.region_mentions_in(f))
                    .map(|(countries, _)| countries)
                    .find(|countries| {
                        (0..folded_units().len()).any(|u| {
                            countries
                                .iter()
                                .all(|c| mentions_of(u).iter().any(|(name, _)| name == c))
                        })
                    });
                match named {
                    Some(countries) => countries.to_vec(),
                    None => return None,
                }
            }
        };
        let mut counts: Vec<(&str, usize)> = Vec::new();
        let mut here: Vec<&str> = Vec::new();
        for (u, folded) in folded_units().iter().enumerate() {
            let mentions = mentions_of(u);
            here.clear();
            for (k, (name, _)) in mentions.iter().enumerate() {
                if !whole.iter().any(|c| c == name)
                    || here.contains(name)
                    || passing_mention(folded, mentions, k, rules)
                {
                    continue;
                }
                here.push(name);
                match counts.iter_mut().find(|(n, _)| n == name) {
                    // (One country named too often decides: the rest is not read.)
                    Some((_, c)) if *c == WHOLE_REGION_MAX_MENTIONS => return None,
                    Some((_, c)) => *c += 1,
                    None => counts.push((name, 1)),
                }
            }
        }
        Some(whole.to_vec())
    };
    let title_has_focus = countries.iter().any(|c| g.is_focus(c));
    // A region the title names stands for its countries, but "UN rights official wraps up
    // visit to Central Asia" over a story of its one stop is about the one country of it the
    // body names (a text naming several of them is about the region).
    // "HRW Hopes UN Chief Will Press Rights On Central Asia Visit" over a story of his stops in
    // two of its countries (a third named only as where he travels next): the countries of the
    // region the body names, not in passing, are the subjects; a body naming none of them
    // leaves the whole region.
    if !region.is_empty() && !title_has_focus {
        if let Some(whole) = whole_region_of_body() {
            return whole;
        }
    }
    if !region.is_empty() {
        let mut named: Vec<&str> = Vec::new();
        for (u, folded) in folded_units().iter().enumerate() {
            let mentions = mentions_of(u);
            for (k, (name, _)) in mentions.iter().enumerate() {
                if region.contains(name)
                    && !named.contains(name)
                    && !passing_mention(folded, mentions, k, rules)
                {
                    named.push(name);
                }
            }
            if named.len() == region.len() {
                break;
            }
        }
        // (In the region's order, as the whole region would be listed.)
        let kept: Vec<&str> = if named.is_empty() {
            region.clone()
        } else {
            region
                .iter()
                .copied()
                .filter(|c| named.contains(c))
                .collect()
        };
        for name in kept {
            if !countries.iter().any(|c| c == name) {
                countries.push(name.to_string());
            }
        }
    }
    if countries.is_empty() {
        // A UN document symbol names the State party ("CCPR/C/TKM/CO/2").
        countries = doc_symbols
            .iter()
            .find_map(|d| symbol_country(d, rules))
            .into_iter()
            .collect();
    }
    if countries.is_empty() {
        // A site's country section under its name ("Turkmenistan").
        countries = section_countries.iter().take(1).cloned().collect();
    }
    if countries.is_empty() {
        if let Some(whole) = whole_region_of_body() {
            return whole;
        }
        // No country in the title: the focus countries the text talks about most.
        countries = most_named(units, folded_units(), &title, &[], rules);
        // "The United States warmly welcomes you … The United States believes that the Office
        // must support Tajikistan …": a state outside the focus that the body shows speaking is
        // the text's author, not its subject, when the text names a country besides it.
        if !countries.is_empty() && countries.iter().all(|c| !g.is_focus(c)) {
            let speakers = speaking_countries(units, rules);
            if countries.iter().all(|c| speakers.contains(&c.as_str())) {
                let others = most_named(units, folded_units(), &title, &speakers, rules);
                if !others.is_empty() {
                    countries = others;
                }
            }
        }
    }
    if countries.is_empty() {
        // "… in its report on its inquiry (CEDAW/C/OP.8/KGZ/1)": recommendations copied with no
        // country named, only the State party's documents cited.
        countries = cited_symbol_country(units, rules).into_iter().collect();
    }
    if countries.is_empty() && from_file {
        countries = title_subjects(&fold(&report.title), rules);
    }
    countries
}

/// Puts an item into the last section built (none yet: the item has nowhere to go, as before
/// any section exists).
fn push_to_last(sections: &mut [Section], item: Item) {
    if let Some(section) = sections.last_mut() {
        section.items.push(item);
    }
}

/// The country a UN document symbol names by its three-letter code ("CCPR/C/TKM/CO/2" →
/// Turkmenistan; a focus country's code or any other the gazetteer knows).
fn symbol_country(symbol: &str, rules: &ImportRules) -> Option<String> {
    symbol
        .split('/')
        .filter(|part| part.len() == 3 && part.chars().all(|c| c.is_ascii_uppercase()))
        .find_map(|code| rules.gazetteer.exact(code).map(|c| c.name.clone()))
}

/// The country whose code the UN document symbols cited in the body name most often
/// ("(CEDAW/C/ OP.8/KGZ/1)", "CCPR/C/TKM/CO/2"), read word by word (a space after a slash, as a
/// page breaks a symbol, is closed up); ties go to the first cited.
fn cited_symbol_country(units: &[Unit], rules: &ImportRules) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for unit in units {
        let text = unit_text(unit);
        // (Most units cite no symbol: they are not read further.)
        if memchr::memchr(b'/', text.as_bytes()).is_none() {
            continue;
        }
        let closed = text.replace("/ ", "/");
        for word in closed.split_whitespace() {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
            if !rules.text.is_doc_symbol(word) {
                continue;
            }
            if let Some(country) = symbol_country(word, rules) {
                match counts.iter_mut().find(|(n, _)| *n == country) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((country, 1)),
                }
            }
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts
        .into_iter()
        .find(|(_, n)| *n == best)
        .map(|(name, _)| name)
}

/// Most words before "to" in a title naming a document sent to someone ("open letter to …").
const DOCUMENT_TO_MAX_WORDS: usize = 3;

/// Whether a folded title opens with a document sent to someone: up to
/// `DOCUMENT_TO_MAX_WORDS` words, the last a `document_nouns` entry, then "to" ("open letter
/// to …", "joint letter to …", "submission to …").
fn document_to(title: &str, rules: &ImportRules) -> bool {
    let Some(at) = title.find(" to ") else {
        return false;
    };
    let mut head = title[..at].split_whitespace();
    let words = head.clone().count();
    (1..=DOCUMENT_TO_MAX_WORDS).contains(&words)
        && head
            .next_back()
            .is_some_and(|w| rules.text.document_nouns.iter().any(|n| n == w))
}

/// The countries a text with no country in its title is about, counted in its body (`folded`,
/// each unit's text folded): the focus countries it names most, else the one other country it
/// names three times or more, else the one focus country its lead or its whole text names once.
/// Countries in `exclude` (the text's speakers) are not counted.
fn most_named(
    units: &[Unit],
    folded: &[std::borrow::Cow<'_, str>],
    title: &str,
    exclude: &[&str],
    rules: &ImportRules,
) -> Vec<String> {
    let g = &rules.gazetteer;
    let mut counts: Vec<(String, usize)> = Vec::new();
    // The paragraphs (units) naming each country, not in passing, beside its count.
    let mut spread: Vec<usize> = Vec::new();
    // (The countries of the unit read, by their place in `counts`: one buffer.)
    let mut here: Vec<usize> = Vec::new();
    for (unit, folded) in units.iter().zip(folded) {
        let text = unit_text(unit);
        // A country an addressing lead-in names ("To the Government of Kazakhstan:") is a
        // subject by itself.
        let weight = if cues::addressing(&text, rules).is_some() {
            2
        } else {
            1
        };
        // Every mention counts: a one-paragraph release names its country several times;
        // one in passing does not ("returned to Bishkek", "a citizen of Uzbekistan").
        let mentions = g.mentions_in(folded);
        here.clear();
        for (k, (name, _)) in mentions.iter().enumerate() {
            if exclude.contains(name) || passing_mention(folded, &mentions, k, rules) {
                continue;
            }
            let at = match counts.iter().position(|(n, _)| n == name) {
                Some(at) => {
                    counts[at].1 += weight;
                    at
                }
                None => {
                    counts.push((name.to_string(), weight));
                    spread.push(0);
                    counts.len() - 1
                }
            };
            if !here.contains(&at) {
                here.push(at);
                spread[at] += 1;
            }
        }
    }
    let most = counts.iter().map(|(_, c)| *c).max().unwrap_or(0);
    // A text is about what it comes back to: when one country is named in
    // `SUBJECT_SPREAD_MIN_PARAGRAPHS` paragraphs or more, a country named in one paragraph
    // only ("… the governments of Turkmenistan and Kazakhstan made it impossible for us to
    // attend" in a letter on Turkmen civil society) is mentioned, not a subject.
    let widest = spread.iter().copied().max().unwrap_or(0);
    let mut countries: Vec<String> = counts
        .iter()
        .zip(&spread)
        .filter(|((name, count), &paragraphs)| {
            g.is_focus(name)
                && *count >= 2
                && *count * 3 >= most
                && (paragraphs >= 2 || widest < SUBJECT_SPREAD_MIN_PARAGRAPHS)
        })
        .map(|((name, _), _)| name.clone())
        .collect();
    // A text about a country outside the focus ("… the Azerbaijani authorities … in Baku
    // …"): the one country it names most, three times or more.
    // A country the title names without making it a subject is the speaker.
    let title_names = g.mentions_in(title);
    let top: Vec<&(String, usize)> = counts
        .iter()
        .filter(|(name, c)| *c == most && !title_names.iter().any(|(t, _)| t == name))
        .collect();
    // "Investigations continue in Azerbaijan … at the main police department in Baku": a text
    // that names no other country needs only `OTHER_ONLY_SUBJECT_MIN_MENTIONS` of it.
    let enough = if counts.len() == 1 {
        OTHER_ONLY_SUBJECT_MIN_MENTIONS
    } else {
        OTHER_SUBJECT_MIN_MENTIONS
    };
    if countries.is_empty() && most >= enough && top.len() == 1 {
        countries = vec![top[0].0.clone()];
    }
    // "… calls on authorities … to guarantee a safe environment for media covering the
    // post-electoral unrest in Kyrgyzstan.": when no country is named twice, the one focus
    // country a news story's lead (its first paragraph) names is its subject.
    if countries.is_empty() && most == 1 {
        let lead = units.iter().find_map(|u| match u {
            Unit::Paragraph { text, .. } => Some(fold(text)),
            _ => None,
        });
        if let Some(lead) = lead {
            let mut named: Vec<&str> = g
                .mentions_in(&lead)
                .into_iter()
                .map(|(name, _)| name)
                .filter(|name| g.is_focus(name))
                .collect();
            named.dedup();
            if let [one] = named[..] {
                countries = vec![one.to_string()];
            }
        }
        // "… the situation of internally migrated children in Kyrgyzstan is not good" in
        // a page whose lead names no country: when the whole text names one country
        // once, not in passing, and it is a focus country, that country is the subject.
        if countries.is_empty() {
            if let [(one, _)] = &counts[..] {
                if g.is_focus(one) {
                    countries = vec![one.clone()];
                }
            }
        }
    }
    countries
}

/// Most paragraphs naming one of a region's countries in a text spoken of as about the whole
/// region.
const WHOLE_REGION_MAX_MENTIONS: usize = 3;

/// "Ms. X's agenda with each of the five governments in the region should include …" under a
/// title naming Central Asia: "the region" stands for the region the title names; a determiner
/// ("the", "all", "all the", "each of the"), perhaps the number of its `size` countries, a
/// noun of `region_whole_nouns`, then "in the region" or "of the region" speaks of all of it
/// ("two countries of the region" picks some).
fn region_anaphor(folded: &str, size: usize, rules: &ImportRules) -> bool {
    let words: Vec<&str> = folded
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    (2..words.len().saturating_sub(2)).any(|k| {
        // ("the countries of this region": "this" points back to the region the title names.)
        if !(matches!(words[k], "in" | "of")
            && matches!(words[k + 1], "the" | "this")
            && words[k + 2] == "region")
        {
            return false;
        }
        if !rules
            .text
            .region_whole_nouns
            .iter()
            .any(|n| n == words[k - 1])
        {
            return false;
        }
        let mut d = k - 2;
        let number = REGION_COUNT_WORDS
            .iter()
            .position(|n| *n == words[d])
            .or_else(|| words[d].parse::<usize>().ok());
        if let Some(number) = number {
            if number != size || d == 0 {
                return false;
            }
            d -= 1;
        }
        matches!(words[d], "the" | "all")
    })
}

/// Number words that may stand between a determiner and a region's countries ("the five …"),
/// by their value.
const REGION_COUNT_WORDS: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// The countries of a region the folded text speaks of as a whole: a determiner ("the", "all",
/// "all the", "each of the"; "each"/"every" before a singular), perhaps a number, the region's
/// adjective and a noun of `region_whole_nouns` ("the five Central Asian countries", "the
/// Central Asian governments", "each Central Asian country"), or such a noun, "of" and the
/// region's name ("all countries of Central Asia"). "A Central Asian country" or "the Central
/// Asian country of …" names one of them; "in Central Asia" names a place.
fn whole_region<'g>(folded: &str, rules: &'g ImportRules) -> Option<&'g [String]> {
    let t = &rules.text;
    // The word before, past a number; and whether the determiner before it takes a plural or a
    // singular ("the"/"all"/"of the" after "each"/"all": plural; "each"/"every": singular).
    // A number counts the whole region only when it is the number of its countries ("the two
    // Central Asian states" are two of them).
    let determiner = |words: &[&str], size: usize| -> Option<bool> {
        let mut words = words.iter().rev().copied();
        let mut w = words.next()?;
        let number = REGION_COUNT_WORDS
            .iter()
            .position(|n| *n == w)
            .or_else(|| w.parse::<usize>().ok());
        if let Some(number) = number {
            if number != size {
                return None;
            }
            w = words.next()?;
        }
        match w {
            "the" | "all" => Some(true),
            "each" | "every" => Some(false),
            _ => None,
        }
    };
    let word = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    for (countries, range) in rules.gazetteer.region_mentions_in(folded) {
        let before: Vec<String> = folded[..range.start]
            .split_whitespace()
            .rev()
            .take(4)
            .map(word)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let before: Vec<&str> = before.iter().map(String::as_str).collect();
        // The adjective: the rest of its word ("asian"), then the noun.
        let after = folded[range.end..].trim_start_matches(|c: char| c.is_alphabetic());
        // ("… delegations to Central Asia’s nations": the noun after a possessive.)
        let after = ["'s ", "’s "]
            .iter()
            .find_map(|s| after.strip_prefix(s))
            .unwrap_or(after);
        let next = after
            .split_whitespace()
            .next()
            .map(word)
            .unwrap_or_default();
        // A bare plural speaks of them all too ("We urge Central Asian leaders to …",
        // "Central Asian governments have …"), unless a number or a word of
        // `region_part_words` picks some of them ("several Central Asian states", "two …").
        // "A number of Central Asian governments", "one of the Central Asian states", "most of
        // the …": a word of `region_part_words` (or a number) before "of" (and "the") picks some
        // of them too.
        let part_of = {
            let mut back = before.iter().rev().copied().peekable();
            if back.peek() == Some(&"the") {
                back.next();
            }
            back.next() == Some("of")
                && back.next().is_some_and(|w| {
                    t.region_part_words.iter().any(|p| p == w) || REGION_COUNT_WORDS.contains(&w)
                })
        };
        if part_of {
            continue;
        }
        let bare = || {
            before.last().is_none_or(|w| {
                !t.region_part_words.iter().any(|p| p == w)
                    && !REGION_COUNT_WORDS.contains(w)
                    && w.parse::<usize>().is_err()
            })
        };
        let adjective = match determiner(&before, countries.len()) {
            Some(true) => t.region_whole_nouns.contains(&next),
            Some(false) => t.region_whole_singular_nouns.contains(&next),
            None => t.region_whole_nouns.contains(&next) && bare(),
        };
        // "… countries of Central Asia": the noun and "of" before the name.
        let of_region = before.len() >= 2
            && before[before.len() - 1] == "of"
            && t.region_whole_nouns
                .iter()
                .any(|n| n == before[before.len() - 2])
            && determiner(&before[..before.len() - 2], countries.len()) == Some(true);
        if adjective || of_region {
            return Some(countries);
        }
    }
    None
}

/// Countries that speak the text: a sentence opening with a country as its subject and then,
/// past adverbs, a stance verb in the present ("The United States warmly welcomes …", "Norway
/// recommends …", "The European Union takes note …", "The UK remains deeply concerned …": a
/// `finding_phrases` or `recommending_verbs` entry whose first word is a present form) is a
/// state's own statement, so that state is the text's author, not what it is about. (A past
/// form, "Kazakhstan welcomed …", tells a story about the country.)
fn speaking_countries<'r>(units: &[Unit], rules: &'r ImportRules) -> Vec<&'r str> {
    let mut out: Vec<&str> = Vec::new();
    // (A state says who speaks as it opens: "Thank you, Mr Chair. The United States …".)
    let paragraphs = units
        .iter()
        .filter_map(|u| match u {
            Unit::Paragraph { text, .. } => Some(text),
            _ => None,
        })
        .take(SPEAKER_OPENING_PARAGRAPHS);
    for text in paragraphs {
        // (Its first two sentences: "Thank you, Mr Chair. The United States …".)
        // (Only their opening is split: a long paragraph is not read to its end.)
        let text = head(text, SPEAKER_OPENING_BYTES * 4);
        for (a, b) in cues::sentences(text)
            .into_iter()
            .take(SPEAKER_OPENING_SENTENCES)
        {
            // (Only the opening matters: "The United Kingdom of Great Britain and …".)
            let opening = fold(head(text[a..b].trim_start(), SPEAKER_OPENING_BYTES));
            let subject = opening.strip_prefix("the ").unwrap_or(&opening);
            let Some((name, end)) = rules.gazetteer.leading_country(subject) else {
                continue;
            };
            let mut rest = subject[end..].trim_start();
            // "warmly", "also", "once again": adverbs between the subject and its verb.
            while let Some((word, after)) = rest.split_once(' ') {
                if word.ends_with("ly") || matches!(word, "also" | "again" | "once" | "still") {
                    rest = after;
                } else {
                    break;
                }
            }
            let stance = |phrase: &String| {
                rest.starts_with(phrase.as_str())
                    && rest[phrase.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
                    && phrase
                        .split(' ')
                        .next()
                        .is_some_and(|verb| verb.ends_with('s') && verb != "was")
            };
            if (rules.text.finding_phrases.iter().any(stance)
                || rules.text.recommending_verbs.iter().any(stance))
                && !out.contains(&name)
            {
                out.push(name);
            }
        }
    }
    out
}

/// The opening of `text`, at most `most` bytes (cut at a character's start).
fn head(text: &str, most: usize) -> &str {
    let mut end = text.len().min(most);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Lines of the text read for the document's own title line under a record's line.
const OWN_TITLE_REACH_LINES: usize = 40;
/// Fewest words of a document's own title found under a record's line.
const OWN_TITLE_MIN_WORDS: usize = 3;

/// The part of `title` before its first " - " or "; " when a line among the text's first
/// `OWN_TITLE_REACH_LINES` is that part alone (its footnote mark aside): the document's own
/// title, which the record's line decorates with a country, a date or a citation.
fn own_title_below(title: &str, text: &str) -> Option<String> {
    let cut = [" - ", "; "]
        .iter()
        .filter_map(|sep| title.find(sep))
        .min()?;
    let own = title[..cut].trim();
    if words_upto(own, OWN_TITLE_MIN_WORDS) < OWN_TITLE_MIN_WORDS {
        return None;
    }
    let own_folded = fold(own);
    text.lines()
        .skip(1)
        .take(OWN_TITLE_REACH_LINES)
        .map(|l| {
            let l = l.trim();
            l.strip_suffix("[*]")
                .unwrap_or(l)
                .trim_end_matches(['*', ' '])
        })
        .any(|l| l.len() == own.len() && fold(l) == own_folded)
        .then(|| own.to_string())
}

/// Most words of a chapter's heading under a page's running symbol ("Resources for children");
/// a document's own title ("Concluding observations on the … report of …") is longer.
const RUNNING_PAGE_HEADING_MAX_WORDS: usize = 6;

/// The document symbol a text opens with as a page's running header ("CAT/C/UZB/CO/3 page 3
/// access to …", "CRC/C/TKM/CO/1" alone), when no line of the text is a UN letterhead's
/// "Distr." (a page cut from the middle of the document, which the letterhead does not head).
fn running_symbol<'a>(text: &'a str, rules: &ImportRules) -> Option<&'a str> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let symbol = first.split_whitespace().next()?;
    if !symbol.ends_with(|c: char| c.is_ascii_alphanumeric()) || !rules.text.is_doc_symbol(symbol) {
        return None;
    }
    let letterhead = text.lines().any(|l| {
        l.trim_start()
            .get(..5)
            .is_some_and(|h| h.eq_ignore_ascii_case("distr"))
            || l.contains("Distr.")
            || l.contains("DISTR.")
    });
    (!letterhead).then_some(symbol)
}

/// Lines at a text's top read for a line naming the document with its own date ("European
/// Parliament resolution of 18 January 2024 on …" under a site's date line and a title).
const OWN_DATE_HEADER_LINES: usize = 8;

/// Bytes of such a line read for the document's name and its day.
const OWN_DATE_LINE_BYTES: usize = 80;

/// Words before the document's noun in such a line ("European Parliament resolution").
const OWN_DATE_NAME_WORDS: usize = 2;

/// Paragraphs at the body's start read for a speaking state.
const SPEAKER_OPENING_PARAGRAPHS: usize = 3;

/// Sentences at each of those paragraphs' start read for a speaking state.
const SPEAKER_OPENING_SENTENCES: usize = 2;

/// Bytes read at a sentence's start for a speaking state ("The United Kingdom of Great
/// Britain and Northern Ireland warmly welcomes …", "The European Union once again takes note").
const SPEAKER_OPENING_BYTES: usize = 100;

/// Who a list of recommendations is addressed to, from its lead-in and section heading.
fn resolve_addressee(
    lead_in: Option<&str>,
    heading: Option<&str>,
    rules: &ImportRules,
) -> Option<String> {
    lead_in
        .and_then(|l| addressee_from_lead_in(l, rules))
        .or_else(|| heading.and_then(|h| addressee_from_heading(h, rules)))
        .map(|a| tidy_addressee(&a, rules))
}

/// A word folded and trimmed of punctuation ([`cues::clean_word`]), borrowed when it is clean
/// already.
fn clean_word(w: &str) -> Cow<'_, str> {
    cues::clean_word_cow(w)
}

/// Whether `word` is one of the words of `list`.
fn listed(list: &[String], word: &str) -> bool {
    list.iter().any(|l| l == word)
}

fn addressee_from_lead_in(lead_in: &str, rules: &ImportRules) -> Option<String> {
    // The last sentence carries the cue ("… countries. They should:").
    let sentence = lead_in
        .trim_end_matches(':')
        .rsplit(". ")
        .next()
        .unwrap_or(lead_in);
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let folded: Vec<Cow<str>> = words.iter().map(|w| clean_word(w)).collect();
    // Find the cue: "X should", "X must", or "urge/call on X to".
    for cue in verb_cues(rules) {
        let cue_words: Vec<&str> = cue.split_whitespace().collect();
        let Some(pos) = (0..words.len()).find(|&i| {
            cue_words
                .iter()
                .enumerate()
                .all(|(k, cw)| folded.get(i + k).is_some_and(|w| w == cw))
        }) else {
            continue;
        };
        let segment: Vec<&str> = if matches!(cue.as_str(), "should" | "must" | "ought to")
            || cue.starts_with("are ")
            || cue.starts_with("is ")
        {
            // ("To achieve this, the following should be done:": what is to be done, no
            // actor.)
            if pos > 0 && folded[pos - 1] == "following" {
                return None;
            }
            words[..pos].to_vec()
        } else {
            let after = &words[pos + cue_words.len()..];
            let end = after
                .iter()
                .position(|w| clean_word(w) == "to")
                .unwrap_or(after.len());
            after[..end].to_vec()
        };
        // "Please write to the Kyrgyz authorities urging them to:", "… demanding that they:":
        // an appeal's pronoun stands for the addressee named after "to" before the cue.
        let pronoun = segment.len() == 1
            && matches!(
                clean_word(segment[0]).as_ref(),
                "them" | "they" | "him" | "her" | "it"
            );
        if pronoun {
            if let Some(to) = folded[..pos].iter().rposition(|w| w == "to") {
                if let Some(actor) = named_actor(&words[to + 1..pos], rules) {
                    return Some(actor);
                }
            }
        }
        return cues::actor_phrase(&segment, rules);
    }
    // "We recommend that the Government of Uzbekistan:", "We recommend the government:", "…
    // recommends the Government of Kazakhstan to:", "… recommends the following to Kyrgyzstan:"
    if let Some(verb) = folded
        .iter()
        .position(|w| matches!(w.as_ref(), "recommend" | "recommends"))
    {
        if folded.get(verb + 1).is_some_and(|w| w == "that") {
            return cues::actor_phrase(&words[verb + 2..], rules);
        }
        let object = &words[verb + 1..];
        let to = folded[verb + 1..].iter().position(|w| w == "to");
        let (before, after) = match to {
            Some(k) => (&object[..k], &object[k + 1..]),
            None => (object, &object[object.len()..]),
        };
        return named_actor(before, rules).or_else(|| named_actor(after, rules));
    }
    addressed_inside(&words, &folded, rules)
}

/// "We have two recommendations for the Government of Tajikistan:": whom a lead-in or heading
/// addresses after a recommendation's noun and "for" / "to" / "addressed to", anywhere in it.
fn addressed_inside(words: &[&str], folded: &[Cow<str>], rules: &ImportRules) -> Option<String> {
    let noun = folded
        .iter()
        .position(|w| matches!(w.as_ref(), "recommendation" | "recommendations"))?;
    let rest = match folded.get(noun + 1).map(AsRef::as_ref) {
        Some("for" | "to") => noun + 2,
        Some("addressed") if folded.get(noun + 2).is_some_and(|w| w == "to") => noun + 3,
        _ => return None,
    };
    named_actor(&words[rest..], rules)
}

/// The actor phrase of `segment` when it names an actor or a country ("the government", "the
/// Kazakh authorities", "Tajikistan"), not a thing ("the following").
fn named_actor(segment: &[&str], rules: &ImportRules) -> Option<String> {
    let folded = fold(&segment.join(" "));
    let names_one = folded
        .split_whitespace()
        .any(|w| listed(&rules.text.actor_nouns, &clean_word(w)))
        || !rules.gazetteer.countries_in(&folded).is_empty();
    names_one
        .then(|| cues::actor_phrase(segment, rules))
        .flatten()
}

fn addressee_from_heading(heading: &str, rules: &ImportRules) -> Option<String> {
    let heading = heading.trim_end_matches(':').trim();
    let folded = fold(heading);
    let prefixes = [
        "key recommendations for ",
        "key recommendations to ",
        "recommendations for ",
        "recommendations to ",
        "for ",
        "to ",
    ];
    // Folding may shorten the text before the prefix ends (curly quotes), so the cut is taken
    // only where it falls on a character boundary of the heading.
    let rest = prefixes.iter().find_map(|p| {
        folded
            .starts_with(p)
            .then(|| heading.get(heading.len() - (folded.len() - p.len()).min(heading.len())..))
            .flatten()
    });
    let Some(rest) = rest else {
        let words: Vec<&str> = heading.split_whitespace().collect();
        let folded: Vec<Cow<str>> = words.iter().map(|w| clean_word(w)).collect();
        return addressed_inside(&words, &folded, rules);
    };
    let rest = rest.trim();
    if rest.is_empty() {
        return None;
    }
    let folded_rest = fold(rest);
    let has_actor = folded_rest
        .split_whitespace()
        .any(|w| listed(&rules.text.actor_nouns, &clean_word(w)));
    let named = rules.gazetteer.countries_in(&folded_rest);
    if !has_actor && !named.is_empty() {
        return Some(if named.len() == 1 {
            format!("the Government of {rest}")
        } else {
            format!("the governments of {rest}")
        });
    }
    Some(rest.to_string())
}

fn tidy_addressee(addressee: &str, rules: &ImportRules) -> String {
    let trimmed = addressee
        .trim()
        // ("«Kyrgyz authorities should deny …»": guillemets too.)
        .trim_matches(['“', '”', '"', '‘', '’', '«', '»', '„'])
        .trim_end_matches([':', ';', ',', '.'])
        .trim();
    // "(Turkmenistan should) inform …": a bracket opened before the subject.
    let trimmed = match trimmed.strip_prefix('(') {
        Some(rest) if !rest.contains(')') => rest.trim_start(),
        _ => trimmed,
    };
    // "… urged Kazakhstan authorities not to extradite …": the negation is the call's, not a
    // word of whom it addresses.
    let trimmed = [" not", " never"]
        .iter()
        .find_map(|n| trimmed.strip_suffix(n))
        .map_or(trimmed, str::trim_end);
    // "The President of X today was (urged to …)": the passive's "was" and a time's word
    // before it are the call's.
    let mut trimmed = trimmed;
    while let Some(rest) = [" was", " were", " today", " again", " also"]
        .iter()
        .find_map(|w| trimmed.strip_suffix(w))
    {
        trimmed = rest.trim_end();
    }
    // The words joined again by single spaces, written into one string.
    let mut out = String::with_capacity(trimmed.len());
    let mut before = None;
    for w in trimmed.split(' ') {
        if before.is_some() {
            out.push(' ');
        }
        // "the United States" keeps its capital.
        let in_name = before == Some("United");
        if !in_name && rules.text.addressee_lowercase.iter().any(|l| l == w) {
            out.push_str(&w.to_lowercase());
        } else {
            out.push_str(w);
        }
        before = Some(w);
    }
    out
}

fn is_recommendation_list(
    lead_in: Option<&str>,
    heading: Option<&str>,
    rules: &ImportRules,
) -> bool {
    let lead_cue = lead_in.is_some_and(|l| rules.text.lead_in_cue(&fold(l)).is_some());
    let heading_cue = heading.is_some_and(|h| rules.text.has_heading_cue(&fold(h)));
    lead_cue || heading_cue
}

/// "Kazakhstan: …" at the start of a paragraph names the country it is about.
fn country_prefix<'a>(text: &str, rules: &'a ImportRules) -> Option<&'a str> {
    let (head, _) = text.split_once(':')?;
    if words_upto(head, 4) > 3 {
        return None;
    }
    rules.gazetteer.exact(head).map(|c| c.name.as_str())
}

/// Subject countries among `mentions` (name, byte offset), each once, in order of their first
/// mention, and how many of them are first mentioned before byte `lead_end` (those first in
/// the list: one pass, no second list).
fn subject_mentions(
    mentions: &[(&str, usize)],
    subjects: &[String],
    lead_end: usize,
) -> (Vec<String>, usize) {
    let mut out: Vec<String> = Vec::new();
    let mut lead = 0;
    // (The lead ends at the first mention at or past `lead_end`.)
    let mut in_lead = true;
    for (name, at) in mentions {
        in_lead &= *at < lead_end;
        if subjects.iter().any(|s| s == name) && !out.iter().any(|o| o == name) {
            out.push(name.to_string());
            if in_lead {
                lead = out.len();
            }
        }
    }
    (out, lead)
}

/// Byte offset where the first `LEAD_COUNTRY_WINDOW_WORDS` words of a text end.
fn lead_window_end(folded: &str) -> usize {
    folded
        .split_whitespace()
        .take(LEAD_COUNTRY_WINDOW_WORDS)
        .last()
        .map(|w| w.as_ptr() as usize - folded.as_ptr() as usize + w.len())
        .unwrap_or(0)
}

/// The recommendation context a lead-in or heading opens: its evidence and addressee. It stays
/// through sub-headings (a theme heading between a lead-in and its list) until a finding.
#[derive(Debug, Clone)]
struct Context {
    evidence: KindEvidence,
    addressee: Option<String>,
}

/// Fewest words of a lead-in's last sentence that introduces the list by itself.
const LEAD_IN_SENTENCE_MIN_WORDS: usize = 4;

/// The part of a lead-in that introduces its list: its last sentence when that one is a
/// sentence of its own ("Human rights defenders face persecution. The international community
/// must intervene … . Key facts about civil society activists in Uzbekistan:" introduces facts,
/// whatever the sentences before it ask), else the whole lead-in ("We urge the authorities to
/// act. In particular:").
fn lead_in_sentence(lead_in: &str) -> &str {
    let spans = cues::sentences(lead_in);
    match spans.last() {
        Some(&(a, b))
            if spans.len() > 1
                && words_upto(&lead_in[a..b], LEAD_IN_SENTENCE_MIN_WORDS)
                    >= LEAD_IN_SENTENCE_MIN_WORDS =>
        {
            &lead_in[a..b]
        }
        _ => lead_in,
    }
}

/// What a lead-in or heading says about the list under it, with the cue that decided.
fn list_context(
    lead_in: Option<&str>,
    heading: Option<&str>,
    rules: &ImportRules,
) -> Option<Context> {
    if let Some(addressee) = lead_in.and_then(|l| cues::addressing(l, rules)) {
        return Some(Context {
            evidence: KindEvidence::new(
                "addressing lead-in",
                lead_in.unwrap_or_default().trim_end_matches(':').trim(),
            ),
            addressee: Some(tidy_addressee(&addressee, rules)),
        });
    }
    let lead_cue = lead_in.and_then(|l| {
        let l = lead_in_sentence(l);
        let f = fold(l);
        rules.text.lead_in_cue(&f).cloned().or_else(|| {
            ends_with_recommending_verb(l, rules)
                .then(|| f.rsplit(' ').next().unwrap_or_default().to_string())
                .or_else(|| infinitive_lead_in_call(l, rules))
        })
    });
    let heading_cue = heading
        .filter(|h| rules.text.has_heading_cue(&fold(h)))
        .map(str::to_string);
    let evidence = match (lead_cue, heading_cue) {
        (Some(cue), _) => KindEvidence::new("lead-in", cue),
        (None, Some(h)) => KindEvidence::new("heading", h),
        (None, None) => return None,
    };
    Some(Context {
        evidence,
        addressee: resolve_addressee(lead_in, heading, rules),
    })
}

/// The context a title gives the list that opens the body: a title that addresses
/// ("Recommendations to the Government of X", "To the authorities of X") or names
/// recommendations as a heading does ("… made the following recommendations to X"), never a
/// sentence's ending ('.', '?', '!').
fn title_context(title: &str, rules: &ImportRules) -> Option<Context> {
    let title = title.trim();
    if title.is_empty() || title.ends_with(['.', '?', '!']) {
        return None;
    }
    if cues::addressing(title, rules).is_some() {
        return list_context(Some(title), None, rules);
    }
    rules
        .text
        .has_heading_cue(&fold(title))
        .then(|| list_context(Some(title), Some(title), rules))
        .flatten()
}

/// A lead-in ending in "to:" that the sentence reader reads as a call ("… and it reiterates its
/// appeal in this letter for the government to undertake to:"): its infinitive waits for the
/// verbs of the entries below, which are what it asks. The cue that decided the call.
fn infinitive_lead_in_call(lead_in: &str, rules: &ImportRules) -> Option<String> {
    let trimmed = lead_in.trim_end();
    if !(trimmed.ends_with(" to:") || trimmed.ends_with(" to :")) {
        return None;
    }
    cues::sentence(trimmed, rules)
        .filter(|d| d.kind == ItemKind::Recommendation)
        .map(|d| d.evidence.cue)
}

/// A lead-in without a colon: its last words are a recommending verb ("… strongly urges",
/// "… calls on").
fn ends_with_recommending_verb(text: &str, rules: &ImportRules) -> bool {
    // Only the tail can end in a verb: fold the last words, not the whole paragraph.
    let trimmed = text.trim_end_matches([':', ' ', ',']);
    let tail_start = trimmed
        .char_indices()
        .rev()
        .nth(VERB_TAIL_CHARS)
        .map_or(0, |(i, _)| i);
    let folded = fold(&trimmed[tail_start..]);
    // "We demand the following:", "… today we expect the following:": the verb before what it
    // introduces.
    let folded = folded
        .strip_suffix(" the following")
        .unwrap_or(&folded)
        .to_string();
    // (The last bytes compared first: most paragraphs end in none of the verbs'.)
    let last = folded.as_bytes().last();
    rules.text.recommending_verbs.iter().any(|v| {
        v.as_bytes().last().is_none_or(|b| last == Some(b))
            && folded
                .strip_suffix(v.as_str())
                .is_some_and(|head| head.ends_with(' '))
    })
}

/// Bytes at the end of a paragraph looked at for a sentence announcing recommendations.
const ANNOUNCING_TAIL_BYTES: usize = 160;
/// Most words of a sentence that announces the recommendations listed under it.
const ANNOUNCING_MAX_WORDS: usize = 16;
/// Words right before "recommendations" in a sentence announcing them besides the counts in
/// small letters ([`lines::COUNT_WORDS`]: "two", "several" …): "following", a determiner or a
/// modifier of the kind.
const ANNOUNCED_WORDS: &[&str] = &[
    "following",
    "few",
    "these",
    "our",
    "its",
    "further",
    "additional",
    "specific",
    "concrete",
];
/// Words that tell recommendations announced as made before ("The Committee made three
/// recommendations."): history, not the list's own voice.
const ANNOUNCED_PAST_WORDS: &[&str] = &[
    "made",
    "had",
    "was",
    "were",
    "gave",
    "issued",
    "received",
    "accepted",
    "adopted",
    "included",
    "noted",
    "rejected",
    "supported",
    "implemented",
    "did",
    "previous",
    "previously",
    "earlier",
];

/// "Japan would like to make three recommendations." / "We have the following recommendations
/// for the Government." / "We recommend the following.": a paragraph whose last sentence, short
/// and closed by a full stop, announces the recommendations that follow (a colon's work done
/// by a stop: the list under it is its list). Not when it tells of recommendations made before.
fn announces_recommendations(text: &str) -> bool {
    let text = text.trim_end();
    // (Only the tail is looked at first: most paragraphs say nothing of recommendations there.)
    let tail_start = text.len().saturating_sub(ANNOUNCING_TAIL_BYTES);
    let tail_start = (tail_start..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    // ("recommend" in any case, found without lowercasing the tail into a new string.)
    let tail = &text.as_bytes()[tail_start..];
    let recommend = memchr::memchr2_iter(b'r', b'R', tail).any(|at| {
        tail.get(at..at + "recommend".len())
            .is_some_and(|w| w.eq_ignore_ascii_case(b"recommend"))
    });
    if !text.ends_with('.') || !recommend {
        return false;
    }
    let sentence = lead_in_sentence(text);
    if words_upto(sentence, ANNOUNCING_MAX_WORDS + 1) > ANNOUNCING_MAX_WORDS {
        return false;
    }
    let folded = fold(sentence.trim_end_matches('.'));
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| ANNOUNCED_PAST_WORDS.contains(w)) {
        return false;
    }
    let counted = words.iter().enumerate().any(|(k, w)| {
        matches!(*w, "recommendations" | "recommendation")
            && k > 0
            && (ANNOUNCED_WORDS.contains(&words[k - 1])
                || lines::COUNT_WORDS.contains(&words[k - 1])
                || words[k - 1].starts_with(|c: char| c.is_ascii_digit()))
            && words.get(k + 1).is_none_or(|n| matches!(*n, "to" | "for"))
    });
    counted
        || matches!(
            words.as_slice(),
            [.., "recommend" | "recommends", "the", "following"]
                | [.., "recommendations", "are", "as", "follows"]
        )
}

/// Characters at the end of a paragraph read for a closing recommending verb.
const VERB_TAIL_CHARS: usize = 60;

/// A heading that names an actor and nothing else ("All parties to the conflict", "The
/// international community and intergovernmental organisations").
fn actor_heading(text: &str, rules: &ImportRules) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 10 {
        return None;
    }
    let folded: Vec<Cow<str>> = words.iter().map(|w| clean_word(w)).collect();
    let first_actor = folded
        .iter()
        .position(|w| listed(&rules.text.actor_nouns, w))?;
    // The actor is the heading's subject: only modifiers come before it.
    folded[..first_actor]
        .iter()
        .all(|w| listed(&rules.text.actor_modifiers, w))
        .then(|| tidy_addressee(text, rules))
}

/// A bulleted line that is a theme sub-heading inside a list ("• Freedom of expression:").
/// A theme's sub-heading written as a paragraph line: a few words (ten at most), starting with a
/// capital, ending no sentence and introducing nothing (no final ':' or ';'), with no cue of
/// its own ("Torture and other ill-treatment: shortcomings of domestic law", "Political
/// prisoners").
fn is_theme_line(text: &str, rules: &ImportRules) -> bool {
    let text = text.trim();
    text.chars().next().is_some_and(char::is_uppercase)
        && !text.ends_with(['.', '!', '?', ':', ';', ','])
        && words_upto(text, 11) <= 10
        && cues::sentence(text, rules).is_none()
}

fn is_list_subheading(text: &str) -> bool {
    text.ends_with(':') && words_upto(text, 7) <= 6 && !text.contains(['.', ';'])
}

/// Resolves "the State party" to the country under review.
fn resolve_state_party(addressee: String, subjects: &[String], rules: &ImportRules) -> String {
    let folded = fold(addressee.trim());
    match subjects {
        [country] if rules.text.state_party.contains(&folded) => {
            format!("{country} (the State party)")
        }
        _ => addressee,
    }
}

// (Not inlined: each stage shows as itself in a profile.)
#[inline(never)]
fn build_sections<'r>(
    report: &mut Report,
    units: &[Unit],
    unit_reads: &mut [std::cell::OnceCell<ItemReader>],
    rules: &'r ImportRules,
    options: &BuildOptions,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<ItemTags<'r>> {
    let source = options.source;
    let g = &rules.gazetteer;
    let subjects = report.countries.clone();
    let single_country = (subjects.len() == 1).then(|| subjects[0].clone());
    let mut sections: Vec<Section> = vec![Section {
        heading: None,
        items: Vec::new(),
    }];
    let mut counters = [0usize; 3];
    let mut block_country: Option<String> = None;
    let report_id = report.id.clone();
    let footnote_labels: Vec<String> = report.footnotes.iter().map(|f| f.label.clone()).collect();
    let mut marker_diagnostics = Vec::new();
    // Each item's words are read once (and a paragraph's, for the countries it names, are the
    // words of its item when the paragraph is one item): what they tell the tagging pass is
    // taken as the item is made, in reading order.
    let mut reader = ItemReader::default();
    let mut tags: Vec<ItemTags<'r>> = Vec::new();

    let mut make_item = |reader: &mut ItemReader,
                         kind: ItemKind,
                         no: usize,
                         text: &str,
                         addressee: Option<String>,
                         countries: Vec<String>,
                         kind_evidence: Option<KindEvidence>|
     -> Item {
        let slot = match kind {
            ItemKind::Paragraph => 0,
            ItemKind::Recommendation => 1,
            ItemKind::ListItem => 2,
        };
        counters[slot] += 1;
        let text = unglue_footnote_refs(text);
        let (text, cited) =
            footnote_markers(&text, &footnote_labels, source, no, &mut marker_diagnostics);
        // "REPORT.p12", written without the formatting machinery (once per item).
        let mut id = String::with_capacity(report_id.len() + 8);
        id.push_str(&report_id);
        id.push('.');
        id.push(kind.id_letter());
        push_decimal(&mut id, counters[slot]);
        let mut item = Item {
            id,
            kind,
            text,
            addressee,
            countries,
            // Themes come from the tagging pass (`super::tagging`).
            themes: Vec::new(),
            footnotes: cited,
            theme_evidence: Vec::new(),
            kind_evidence,
            aliases: Vec::new(),
            // Countries named besides the item's own come from the tagging pass, which reads
            // each item's folded text once.
            mentions: Vec::new(),
            // Action categories come from the tagging pass too.
            action_category: None,
            action_evidence: None,
            line: no,
        };
        tags.push(reader.tag(&mut item, rules));
        item
    };
    // Countries of a recommendation: those its addressee names, else the report's subjects.
    // Countries of a recommendation: the focus countries its addressee names (an addressee like
    // "the EU and the United States" is not what the recommendation is about), else the
    // report's subjects.
    // (Recommendations in a row mostly share their addressee: the last one's countries are
    // kept.)
    let mut last_countries: Option<(Option<String>, Vec<String>)> = None;
    let mut rec_countries = |addressee: Option<&str>| -> Vec<String> {
        if let Some((last, countries)) = &last_countries {
            if last.as_deref() == addressee {
                return countries.clone();
            }
        }
        let named: Vec<String> = addressee
            .map(|a| {
                // "the Georgian authorities": a state asked to act on its own ground is what
                // the recommendation is about, in or outside the focus.
                let authorities = authorities_addressee(a);
                g.countries_in(&fold(a))
                    .into_iter()
                    .filter(|c| g.is_focus(c) || authorities)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let countries = if named.is_empty() {
            subjects.clone()
        } else {
            named
        };
        last_countries = Some((addressee.map(str::to_string), countries.clone()));
        countries
    };
    // A recommendations chapter's heading taken for the title ("Recommendations to the
    // Government of Tajikistan", "… made the following recommendations to Tajikistan")
    // introduces a list that opens the body, as it would standing above it.
    // (Also past a theme's sub-heading over that list: "Torture: gaps in the law".)
    let opens_list = match units.first() {
        Some(Unit::List { .. }) => true,
        Some(Unit::Paragraph { text, .. }) => {
            is_theme_line(text, rules) && matches!(units.get(1), Some(Unit::List { .. }))
        }
        _ => false,
    };
    let mut context: Option<Context> = opens_list
        .then(|| title_context(&report.title, rules))
        .flatten();
    // The context of the recommendation list just ended: a command right after it ("Call for
    // and support amending …" after "1. Investigate …", "2. Call for …") is its next item,
    // its number lost.
    let mut list_tail: Option<Context> = None;
    let mut pending_lead_in: Option<(usize, String)> = None;
    // After "… the following issues they believe the EU should raise:" the list is of topics.
    let mut topics_next = false;

    for (index, unit) in units.iter().enumerate() {
        let tail = list_tail.take();
        match unit {
            Unit::Heading { text, .. } => {
                block_country = None;
                let text = text.trim_end_matches(':').trim().to_string();
                // An addressing heading ("To the Government of Kazakhstan") is read as a
                // lead-in (whose context is then the addressing one); any other as a heading.
                let addressing = cues::addressing(&text, rules).is_some();
                if let Some(ctx) = list_context(addressing.then_some(&*text), Some(&text), rules) {
                    context = Some(ctx);
                } else if let Some(ctx) = context.as_mut() {
                    // "All parties to the conflict" under "… strongly urges": the addressee.
                    if let Some(actor) = actor_heading(&text, rules) {
                        ctx.addressee = Some(actor);
                    }
                }
                // "Following is a transcript of her remarks:" / "Opening remarks" / prose: a
                // lead-in that recommends nothing, over a heading with no list under it,
                // introduces nothing; it stays the finding it is, not lost.
                if let Some((no, lead_in)) = pending_lead_in.take() {
                    let list_under = matches!(units.get(index + 1), Some(Unit::List { .. }));
                    if context.is_none() && !list_under && introducing_sentence(&lead_in) {
                        let countries = paragraph_countries(
                            &lead_in,
                            &mut reader,
                            rules,
                            &subjects,
                            single_country.as_deref(),
                            &mut block_country,
                        );
                        let item = make_item(
                            &mut reader,
                            ItemKind::Paragraph,
                            no,
                            &lead_in,
                            None,
                            countries,
                            None,
                        );
                        push_to_last(&mut sections, item);
                    }
                }
                block_country = None;
                sections.push(Section {
                    heading: Some(text),
                    items: Vec::new(),
                });
            }
            Unit::Paragraph { no, text } => {
                // (This paragraph's words, when `subject_countries` read them.)
                if let Some(read) = unit_reads
                    .get_mut(index)
                    .and_then(std::cell::OnceCell::get_mut)
                {
                    reader.take_up(read);
                }
                let next = units.get(index + 1);
                let before_list_or_heading =
                    matches!(next, Some(Unit::List { .. }) | Some(Unit::Heading { .. }));
                // "Torture and other ill-treatment: shortcomings of domestic law" right above a
                // list under a lead-in's context: the theme's sub-heading, which the context
                // reaches across.
                if context.is_some()
                    && matches!(next, Some(Unit::List { .. }))
                    && is_theme_line(text, rules)
                {
                    sections.push(Section {
                        heading: Some(text.trim().to_string()),
                        items: Vec::new(),
                    });
                    continue;
                }
                // An addressing lead-in ("To the Government of Kazakhstan:") only introduces.
                if let Some(ctx) = cues::addressing(text, rules)
                    .and_then(|_| list_context(Some(text), None, rules))
                    .filter(|c| c.evidence.rule == "addressing lead-in")
                {
                    context = Some(ctx);
                    pending_lead_in = Some((*no, text.clone()));
                    continue;
                }
                // A short lead-in directly before a list (or a sub-heading) only introduces it;
                // so does a recommending lead-in before prose ("We recommend the following:").
                // Only a paragraph ending in ':' or standing before a list or heading can
                // introduce (the cue search folds the whole paragraph: skip it otherwise).
                let lead_context = (before_list_or_heading
                    || text.trim_end().ends_with(':')
                    || announces_recommendations(text))
                .then(|| list_context(Some(text), None, rules))
                .flatten();
                // "We urge you to raise the following issues:": the lead-in is the
                // recommendation, and what follows are the issues, decided by their own words;
                // so is "We urge you to release the jailed defenders, including the following:"
                // above a list of their names.
                let names_next =
                    matches!(next, Some(Unit::List { items, .. }) if names_list(items, rules));
                // ("… encourages the WBG to address the following issues, …:" over "• The need
                // to ensure …" entries: needs are actions asked for, and the list is the
                // lead-in's own.)
                let needs_next =
                    matches!(next, Some(Unit::List { items, .. }) if needs_list(items));
                if let Some(ctx) = lead_context.as_ref().filter(|_| {
                    before_list_or_heading
                        && (names_next || (topic_lead_in(text, rules) && !needs_next))
                }) {
                    topics_next = true;
                    context = None;
                    pending_lead_in = None;
                    let addressee = ctx
                        .addressee
                        .clone()
                        .map(|a| resolve_state_party(a, &subjects, rules));
                    let countries = rec_countries(addressee.as_deref());
                    let item = make_item(
                        &mut reader,
                        ItemKind::Recommendation,
                        *no,
                        text,
                        addressee,
                        countries,
                        Some(ctx.evidence.clone()),
                    );
                    push_to_last(&mut sections, item);
                    continue;
                }
                // "… meeting at its Congress, strongly urges" with no colon, before its addressees.
                let open_lead_in = before_list_or_heading
                    && lead_context.is_some()
                    && ends_with_recommending_verb(text, rules);
                // "Uzbekistan is called upon to:" over a paragraph that opens with no command
                // ("Lastly, the Parliament calls on …") or over nothing: an infinitive's list
                // lost in copying; the call is an item of its own, not a lead-in.
                let lost_list = !before_list_or_heading
                    && text.trim_end().ends_with(" to:")
                    && !matches!(next, Some(Unit::Paragraph { text: below, .. })
                        if opens_with_command(below, rules));
                // "As partners of X, the United States and the EU should work to persuade …,
                // including by taking the following steps:" over a list: one sentence ending in
                // a colon right above a list introduces it, however long.
                let one_sentence_over_list = matches!(next, Some(Unit::List { .. }))
                    && lead_context.is_some()
                    && words_upto(text, LONG_LEAD_IN_MAX_WORDS + 1) <= LONG_LEAD_IN_MAX_WORDS
                    && cues::sentences(text).len() == 1;
                // "Japan would like to make three recommendations." over its numbered
                // recommendations: a stop doing a colon's work.
                let announcing = lead_context.is_some()
                    && matches!(next, Some(Unit::List { .. } | Unit::Paragraph { .. }))
                    && !text.ends_with(':')
                    && announces_recommendations(text);
                // "… supports urgent measures to open a dialogue. To achieve this, the
                // following should be done:" over paragraphs that open with a command: a
                // paragraph's short closing sentence with a lead-in's cue introduces them, as
                // a lead-in of its own would.
                let closing_over_commands = text.ends_with(':')
                    && lead_context.is_some()
                    && matches!(next, Some(Unit::Paragraph { text: below, .. })
                        if opens_with_command(below, rules))
                    && closing_lead_in_start(text).is_some_and(|at| {
                        words_upto(&text[at..], BARE_LEAD_IN_MAX_WORDS + 1)
                            <= BARE_LEAD_IN_MAX_WORDS
                    });
                let introduces = open_lead_in
                    || announcing
                    || closing_over_commands
                    || text.ends_with(':')
                        && (words_upto(text, BARE_LEAD_IN_MAX_WORDS + 1) <= BARE_LEAD_IN_MAX_WORDS
                            || one_sentence_over_list)
                        && (before_list_or_heading || lead_context.is_some())
                        && !lost_list;
                // "Make tangible progress on the benchmarks. In particular, the government
                // should:": only the last sentence introduces the list; the sentences before it
                // are the paragraph's items, read under the context they stand in, and the
                // lead-in's context opens after them.
                let closing_lead_in = introduces.then(|| closing_lead_in_start(text)).flatten();
                if introduces && closing_lead_in.is_none() {
                    if let Some(ctx) = lead_context {
                        context = Some(ctx);
                    } else if matches!(next, Some(Unit::List { .. })) {
                        context = None;
                    }
                    pending_lead_in = Some((*no, text.clone()));
                    continue;
                }
                let (text, before_list_or_heading) = match closing_lead_in {
                    Some(at) => (text[..at].trim_end(), false),
                    None => (text.as_str(), before_list_or_heading),
                };
                let after_lead_in = pending_lead_in.take();
                let mut countries = paragraph_countries(
                    text,
                    &mut reader,
                    rules,
                    &subjects,
                    single_country.as_deref(),
                    &mut block_country,
                );
                // (Under the list's context only a command differs from a paragraph read
                // without one; a command keeps the context for the paragraph after it.)
                let tail = tail.filter(|_| context.is_none());
                let mut parts = paragraph_parts(
                    text,
                    reader.ascii_lower(text, rules),
                    context.as_ref().or(tail.as_ref()),
                    options.prose,
                    before_list_or_heading,
                    options.letter,
                    rules,
                );
                let before = match index.checked_sub(1).and_then(|i| units.get(i)) {
                    Some(Unit::Paragraph { text, .. }) => text.as_str(),
                    _ => "",
                };
                // (The paragraphs before that, up to a unit of another kind: where "They …"
                // over "They …" finds its crowd.)
                let mut earlier = [before, "", ""];
                for back in 1..earlier.len() {
                    match index.checked_sub(back + 1).and_then(|i| units.get(i)) {
                        Some(Unit::Paragraph { text, .. }) if !earlier[back - 1].is_empty() => {
                            earlier[back] = text.as_str();
                        }
                        _ => break,
                    }
                }
                protesters_demand(&mut parts, text, earlier, rules);
                protest_quotation(&mut parts, text, rules);
                called_quotation(&mut parts, text, rules);
                legislation_content(&mut parts, text, before, rules);
                law_requirement(&mut parts, text, rules);
                // "The Committee is conc": the text's last paragraph, cut off in copying before
                // its first sentence ends, short and with no cue of its own, asks nothing under
                // a heading's context (what it would have said is lost).
                if index + 1 == units.len()
                    && context
                        .as_ref()
                        .is_some_and(|c| c.evidence.rule == "heading")
                    && parts.len() == 1
                    && parts[0].decision.is_none()
                    && cut_tail(text)
                {
                    parts[0].decision = Some(cues::Decision {
                        kind: ItemKind::Paragraph,
                        evidence: KindEvidence::new(
                            "cut off",
                            text.split_whitespace().last().unwrap_or_default(),
                        ),
                        addressee: None,
                    });
                }
                officials_own_plan(&mut parts, text, &subjects, rules);
                if tail.is_some()
                    && parts
                        .first()
                        .and_then(|p| p.decision.as_ref())
                        .is_some_and(|d| d.evidence.rule == "imperative opening")
                {
                    list_tail = tail;
                }
                // (Whether a part before asked: the lead-in above then introduced a call.)
                let mut asked_before = false;
                // (The paragraph's countries are copied for each part but the last, which
                // takes them.)
                let last_part = parts.len().saturating_sub(1);
                for (k, part) in parts.into_iter().enumerate() {
                    let mut part_countries = || {
                        if k == last_part {
                            std::mem::take(&mut countries)
                        } else {
                            countries.clone()
                        }
                    };
                    let (kind, addressee, evidence, countries) = match part.decision {
                        Some(d) if d.kind == ItemKind::Recommendation => {
                            let addressee = d
                                .addressee
                                .map(|a| tidy_addressee(&a, rules))
                                .or_else(|| context.as_ref().and_then(|c| c.addressee.clone()))
                                .map(|a| resolve_state_party(a, &subjects, rules));
                            let countries = rec_countries(addressee.as_deref());
                            (
                                ItemKind::Recommendation,
                                addressee,
                                Some(d.evidence),
                                countries,
                            )
                        }
                        Some(d) => (
                            ItemKind::Paragraph,
                            None,
                            Some(d.evidence),
                            part_countries(),
                        ),
                        None => (ItemKind::Paragraph, None, None, part_countries()),
                    };
                    if kind == ItemKind::Paragraph {
                        // "These are some key concerns that we urge Kerry to raise with his
                        // counterparts:" over prose that asks nothing: the lead-in's own call is
                        // an item of its own, not lost (an addressing lead-in, "To the
                        // Government:", names and asks nothing by itself).
                        if let (Some((line, lead_in)), Some(ctx)) = (&after_lead_in, &context) {
                            let own_call = (!asked_before
                                && ctx.evidence.rule != "addressing lead-in")
                                .then(|| cues::sentence(lead_in, rules))
                                .flatten()
                                .filter(|d| d.kind == ItemKind::Recommendation);
                            if let Some(call) = own_call {
                                let addressee = call
                                    .addressee
                                    .map(|a| tidy_addressee(&a, rules))
                                    .or_else(|| ctx.addressee.clone());
                                let item = make_item(
                                    &mut reader,
                                    ItemKind::Recommendation,
                                    *line,
                                    lead_in,
                                    addressee,
                                    countries.clone(),
                                    Some(call.evidence),
                                );
                                push_to_last(&mut sections, item);
                            }
                            diagnostics.push(Diagnostic::warning(
                                source,
                                *line,
                                format!(
                                    "lead-in {:?} introduces prose with no recommendation in it",
                                    lead_in.chars().take(60).collect::<String>()
                                ),
                            ));
                        }
                        context = None;
                    }
                    asked_before |= kind == ItemKind::Recommendation;
                    let item = make_item(
                        &mut reader,
                        kind,
                        *no,
                        &text[part.start..part.end],
                        addressee,
                        countries,
                        evidence,
                    );
                    push_to_last(&mut sections, item);
                }
                if let (Some(at), Unit::Paragraph { text: whole, .. }) = (closing_lead_in, unit) {
                    let lead_in = &whole[at..];
                    if let Some(ctx) = list_context(Some(lead_in), None, rules) {
                        context = Some(ctx);
                    } else if matches!(next, Some(Unit::List { .. })) {
                        context = None;
                    }
                    pending_lead_in = Some((*no, lead_in.to_string()));
                }
            }
            Unit::List { no, items, marker } => {
                block_country = None;
                // (Read only here: a list's context may come from the heading above it.)
                let heading = sections.last().and_then(|s| s.heading.clone());
                let lead_in = match index.checked_sub(1).and_then(|i| units.get(i)) {
                    // (The paragraph's closing sentence when only it introduces.)
                    Some(Unit::Paragraph { text, .. }) if text.ends_with(':') => {
                        Some(pending_lead_in.as_ref().map_or(text, |(_, t)| t).clone())
                    }
                    Some(Unit::Heading { text, .. }) => Some(text.clone()),
                    // ("2. Calls on the Commission to:" / "- raise …": a numbered paragraph
                    // ending in ':' introduces the bulleted list under it.)
                    Some(Unit::List { items: above, .. })
                        if above.last().is_some_and(|(_, t)| t.ends_with(':')) =>
                    {
                        above.last().map(|(_, t)| t.clone())
                    }
                    _ => pending_lead_in.as_ref().map(|(_, t)| t.clone()),
                };
                // "The criteria formulated by the Council in October 2009 were as follows:": a
                // list told as what others asked for, its commands quoted; "… prepared an
                // overview and recommendations in connection with:": a list of topics. Each item
                // is decided by its own words.
                let reported = lead_in.as_deref().is_some_and(|l| {
                    lead_in_ends_in(l, &rules.text.reported_lead_ins)
                        || lead_in_ends_in(l, &rules.text.topic_lead_in_endings)
                });
                let mut list_ctx = if topics_next || reported {
                    None
                } else {
                    list_context(lead_in.as_deref(), heading.as_deref(), rules)
                        .or_else(|| context.clone())
                };
                // Each item's words are read once, for its opening, its first sentence and a
                // that-clause's subject.
                // (The items lowercased into one string, each a slice of it.)
                let mut lower = String::with_capacity(items.iter().map(|(_, t)| t.len()).sum());
                for (_, t) in items {
                    lower.push_str(t);
                }
                lower.make_ascii_lowercase();
                let mut at = 0;
                let read: Vec<cues::ReadText> = items
                    .iter()
                    .map(|(_, t)| {
                        let item_lower = &lower[at..at + t.len()];
                        at += t.len();
                        cues::ReadText::new(t, item_lower, rules)
                    })
                    .collect();
                let imperative: Vec<Option<String>> = read
                    .iter()
                    .map(cues::ReadText::imperative_opening)
                    .collect();
                // "… to release Uzbekistani human rights defenders, including the following:" /
                // "Mr. Norboy Kholjigitov" / "Mr. Sattor Izrayev" / …: a list of people's names
                // completes its lead-in's call; each name is no call of its own ("Release
                // Political Prisoners", a command in title case, is one).
                let names = imperative.iter().all(Option::is_none)
                    && items.len() >= 2
                    && items.iter().all(|(_, t)| person_name(t));
                if names {
                    list_ctx = None;
                }
                let mostly_imperative = !reported
                    && imperative.iter().filter(|v| v.is_some()).count() * 2 >= items.len();
                // "(c) Carrying out activities …;" / "(d) Seeking technical assistance …" as
                // the text's first lines: a page of a UN document copied alone, opening inside
                // a recommendation's "…, including by:" list whose lead-in was on the page
                // before.
                let cut_gerund_list = index == 0
                    && lead_in.is_none()
                    && list_ctx.is_none()
                    && read.iter().all(|r| r.gerund_opening().is_some());
                // Only fragments need a lead-in to be understood ("- A bullet", "- Another"):
                // not one item alone (a quotation's dash), not numbered paragraphs (a UN
                // document's body), not items that are each a whole sentence (an EU
                // statement's dash paragraphs), and not after a paragraph ending in a comma ("The
                // European Parliament," above its recitals).
                let after_comma = matches!(
                    index.checked_sub(1).and_then(|i| units.get(i)),
                    Some(Unit::Paragraph { text, .. }) if text.ends_with(',')
                );
                let fragments = items.len() >= 2
                    && !matches!(marker, Marker::Number)
                    && !after_comma
                    && !items.iter().all(|(_, t)| is_whole_sentence(t));
                if fragments
                    && lead_in.is_none()
                    && list_ctx.is_none()
                    && !mostly_imperative
                    && !topics_next
                    && !cut_gerund_list
                {
                    diagnostics.push(Diagnostic::warning(
                        source,
                        *no,
                        "bullet list with no lead-in (no line ending in ':' or heading before it)",
                    ));
                }
                let mut warned_addressee = false;
                for (((line_no, text), imperative), read) in
                    items.iter().zip(&imperative).zip(&read)
                {
                    if is_list_subheading(text) && list_ctx.is_some() {
                        sections.push(Section {
                            heading: Some(text.trim_end_matches(':').trim().to_string()),
                            items: Vec::new(),
                        });
                        continue;
                    }
                    let spans = cues::sentences(text);
                    let decision = match spans.first() {
                        Some(&(a, b)) => read.sentence(a, b),
                        None => cues::sentence(text, rules),
                    };
                    // "We remain concerned about X. … X must release all those held …": an item
                    // whose later sentence obliges an actor or calls on one recommends, whatever
                    // its first sentence found (the item is not split, unlike a paragraph).
                    let decision = match decision {
                        Some(d) if d.kind == ItemKind::Recommendation => Some(d),
                        first => spans
                            .iter()
                            .skip(1)
                            .filter_map(|&(a, b)| read.sentence(a, b))
                            .find(|d| {
                                d.kind == ItemKind::Recommendation
                                    && matches!(
                                        d.evidence.rule.as_str(),
                                        "obligation" | "recommending verb"
                                    )
                            })
                            .or(first),
                    }
                    .filter(|d| {
                        // In a list of recommendations a bare "note"/"welcome" opens a command.
                        d.kind == ItemKind::Recommendation
                            || list_ctx.is_none()
                            || d.evidence.cue.contains(' ')
                            || d.evidence.cue.ends_with('s')
                    });
                    let (kind, addressee, evidence) = match (decision, &list_ctx, imperative) {
                        (Some(d), _, _) if d.kind == ItemKind::Recommendation => {
                            let addressee = d
                                .addressee
                                .map(|a| tidy_addressee(&a, rules))
                                .or_else(|| list_ctx.as_ref().and_then(|c| c.addressee.clone()));
                            (ItemKind::Recommendation, addressee, Some(d.evidence))
                        }
                        (Some(d), _, _) => (ItemKind::Paragraph, None, Some(d.evidence)),
                        // "14. The Committee is conc": the text's last item, cut off in copying
                        // (see the paragraph's case).
                        // (Only under a heading: a lead-in's list counts its cut last item,
                        // "… include the following: … 3. If any individual", and a command
                        // cut short, "Release arbitrarily detained human", still asks.)
                        (None, Some(ctx), None)
                            if ctx.evidence.rule == "heading"
                                && index + 1 == units.len()
                                && items.last().is_some_and(|(n, _)| n == line_no)
                                && cut_tail(text) =>
                        {
                            (
                                ItemKind::Paragraph,
                                None,
                                Some(KindEvidence::new(
                                    "cut off",
                                    text.split_whitespace().last().unwrap_or_default(),
                                )),
                            )
                        }
                        (None, Some(ctx), _) => (
                            ItemKind::Recommendation,
                            // "(a) that the Government of X repeal …" under "recommends:".
                            read.that_clause_addressee()
                                .map(|a| tidy_addressee(&a, rules))
                                .or_else(|| ctx.addressee.clone()),
                            Some(ctx.evidence.clone()),
                        ),
                        (None, None, Some(verb)) if mostly_imperative => (
                            ItemKind::Recommendation,
                            None,
                            Some(KindEvidence::new("imperative opening", verb.clone())),
                        ),
                        (None, None, _) if cut_gerund_list => (
                            ItemKind::Recommendation,
                            None,
                            read.gerund_opening()
                                .map(|g| KindEvidence::new("gerund opening", g)),
                        ),
                        _ => (ItemKind::ListItem, None, None),
                    };
                    let addressee = addressee.map(|a| resolve_state_party(a, &subjects, rules));
                    if kind == ItemKind::Recommendation && addressee.is_none() && !warned_addressee
                    {
                        warned_addressee = true;
                        diagnostics.push(Diagnostic::warning(
                            source,
                            *no,
                            "recommendations with no recognisable addressee",
                        ));
                    }
                    let countries = match kind {
                        ItemKind::Recommendation => rec_countries(addressee.as_deref()),
                        _ => match &single_country {
                            Some(c) => vec![c.clone()],
                            None => reader
                                .countries(text, rules)
                                .unwrap_or_else(|| g.countries_in(&fold(text)))
                                .into_iter()
                                .filter(|c| subjects.iter().any(|s| s == c))
                                .map(str::to_string)
                                .collect(),
                        },
                    };
                    let item = make_item(
                        &mut reader,
                        kind,
                        *line_no,
                        text,
                        addressee,
                        countries,
                        evidence,
                    );
                    push_to_last(&mut sections, item);
                }
                pending_lead_in = None;
                // A lead-in's context reaches across sub-headings to further lists, not past
                // its list into what follows ("4. We wish the delegation …"), except to a
                // command right after it (`list_tail`).
                let theme_line_next = matches!(
                    (units.get(index + 1), units.get(index + 2)),
                    (Some(Unit::Paragraph { text, .. }), Some(Unit::List { .. }))
                        if is_theme_line(text, rules)
                );
                if !matches!(units.get(index + 1), Some(Unit::Heading { .. })) && !theme_line_next {
                    list_tail = list_ctx.filter(|_| !topics_next);
                    context = None;
                    topics_next = false;
                }
            }
        }
    }
    if let Some((line, lead_in)) = pending_lead_in {
        diagnostics.push(Diagnostic::warning(
            source,
            line,
            format!(
                "lead-in {:?} is followed by nothing to introduce",
                lead_in.chars().take(60).collect::<String>()
            ),
        ));
    }
    sections.retain(|s| !s.items.is_empty());
    // Items were pushed one by one: give back what doubling left unused.
    for section in &mut sections {
        section.items.shrink_to_fit();
    }
    report.sections = sections;
    diagnostics.append(&mut marker_diagnostics);
    tags
}

/// "Following is the text of her statement as delivered in Vienna:": a sentence of six words or
/// more ending in a colon, in small letters (not a line of names in title case, "Example Rights
/// Bureau and Example Partnership:", nor a French site's prompt with its space before the colon,
/// "Choisissez la langue de votre document :").
fn introducing_sentence(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with(':')
        && !text.ends_with(" :")
        && !title_case(text)
        && words_upto(text, INTRODUCING_HEADING_MIN_WORDS) >= INTRODUCING_HEADING_MIN_WORDS
}

/// "Following is the text of her statement as delivered in Vienna:" / "STATEMENT ON …": a
/// sentence introducing what follows, read as a heading right above another heading, would
/// head nothing and be lost; it is a paragraph (a finding), at its line.
fn introducing_headings_to_paragraphs(units: &mut [Unit], body: &[Vec<Line>]) {
    for k in 0..units.len().saturating_sub(1) {
        let Unit::Heading { text } = &units[k] else {
            continue;
        };
        if !introducing_sentence(text) || !matches!(units[k + 1], Unit::Heading { .. }) {
            continue;
        }
        let Some(no) = body
            .iter()
            .flatten()
            .find(|l| normalize_whitespace(&l.text) == *text)
            .map(|l| l.no)
        else {
            continue;
        };
        let text = text.clone();
        units[k] = Unit::Paragraph { no, text };
    }
}

/// Shortest and longest reference code alone on its line (bytes).
const REFERENCE_CODE_BYTES: std::ops::RangeInclusive<usize> = 12..=48;
/// Fewest digits of a reference code.
const REFERENCE_CODE_MIN_DIGITS: usize = 6;

/// "P8_TA(2016)0275RC-B8-0755/2016": a parliament's references to a text, run together in
/// one word of capitals, digits and "_()/-.", six digits or more, no small letter: the page's
/// record, never a title or an item. (A treaty body's symbol, "CCPR/C/KGZ/CO/2", has fewer
/// digits and is read as a document symbol.)
fn is_reference_code(line: &str) -> bool {
    let t = line.trim();
    REFERENCE_CODE_BYTES.contains(&t.len())
        && t.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b"_()/-.".contains(&b))
        && t.bytes().any(|b| b.is_ascii_uppercase())
        && t.bytes().any(|b| b"_()/-".contains(&b))
        && t.bytes().filter(u8::is_ascii_digit).count() >= REFERENCE_CODE_MIN_DIGITS
}

/// "<Depute>A. Name, B. Name</Depute>", "<RepeatBlock-By><Depute>…</Depute>": a line opening
/// with a tag and closing with the end tag of a name in capitals (an export's record fields;
/// not HTML's lower-case elements, whose text may be the report's).
fn markup_line(line: &str) -> bool {
    let tag_name = |t: &str| {
        let name: &str = t.split(['>', ' ']).next().unwrap_or_default();
        name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    line.strip_prefix('<').is_some_and(tag_name)
        && line
            .strip_suffix('>')
            .and_then(|l| l.rfind("</").map(|at| &l[at + 2..]))
            .is_some_and(|name| tag_name(name) && !name.contains(' '))
}

/// Fewest words before a paragraph's closing lead-in for them to be read as items of their own
/// ("Make tangible progress on the benchmarks. In particular, the government should:"); fewer
/// are a label run into it ("Recommendations. To the Government:").
const CLOSING_LEAD_IN_BODY_MIN_WORDS: usize = 4;

/// Where a paragraph's last sentence starts when the sentences before it are more than a label
/// ([`CLOSING_LEAD_IN_BODY_MIN_WORDS`]): the paragraph is read as that text and a lead-in
/// closing it. `None` for a paragraph of one sentence.
fn closing_lead_in_start(text: &str) -> Option<usize> {
    let spans = cues::sentences(text);
    let &(start, _) = spans.last().filter(|_| spans.len() >= 2)?;
    (words_upto(&text[..start], CLOSING_LEAD_IN_BODY_MIN_WORDS) >= CLOSING_LEAD_IN_BODY_MIN_WORDS)
        .then_some(start)
}

/// Most words of a person's name as a list item ("Mr. Abdurasul Abdunazarov").
const PERSON_NAME_MAX_WORDS: usize = 6;

/// A list of two or more people's names ([`person_name`]), none a command in title case
/// ("Release Political Prisoners").
fn names_list(items: &[(usize, String)], rules: &ImportRules) -> bool {
    items.len() >= 2
        && items.iter().all(|(_, t)| person_name(t))
        && items.iter().all(|(_, t)| {
            let lower = t.to_ascii_lowercase();
            cues::ReadText::new(t, &lower, rules)
                .imperative_opening()
                .is_none()
        })
}

/// "Mr. Norboy Kholjigitov", "Dilmurod Saiidov": two to six capitalised words (an honorific's
/// full stop among them), no digit, no other sentence mark: a person's name alone on a list
/// item.
fn person_name(text: &str) -> bool {
    let t = text.trim().trim_end_matches([',', ';']);
    let n = t.split_whitespace().count();
    (2..=PERSON_NAME_MAX_WORDS).contains(&n)
        && !t.contains(['!', '?', ':', '(', ')'])
        && t.split_whitespace().all(|w| {
            let w = w.trim_end_matches('.');
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        })
}

/// "… outline the following issues they believe the EU should raise:", "We urge you to raise
/// the following critical issues:": a lead-in whose list is of topics (`topic_nouns` after
/// "following"), not of actions.
fn topic_lead_in(text: &str, rules: &ImportRules) -> bool {
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let topic_at = |i: usize| {
        words[i + 1..]
            .iter()
            .take(TOPIC_NOUN_REACH)
            .any(|n| rules.text.topic_nouns.iter().any(|t| t == n))
    };
    // "… key issues that we urge the EU to raise with the government. These include:": topics
    // the lead-in asks to raise.
    let raise_topics = words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "raise" | "address")
            && words[..i]
                .iter()
                .rev()
                .take(TOPIC_NOUN_REACH * 2)
                .any(|n| rules.text.topic_nouns.iter().any(|t| t == n))
    });
    text.trim_end().ends_with(':')
        && (raise_topics
            || words
                .iter()
                .enumerate()
                .any(|(i, w)| *w == "following" && topic_at(i)))
}

/// "The need to ensure community participation …", "The urgent need for an inquiry …": a list
/// whose every item opens by naming a need ("the", an adjective at most, a
/// [`cues::NEED_NOUNS`] entry linked to what is needed), each an action asked for.
fn needs_list(items: &[(usize, String)]) -> bool {
    !items.is_empty()
        && items.iter().all(|(_, t)| {
            let folded = fold(&t.split_whitespace().take(4).collect::<Vec<_>>().join(" "));
            let words: Vec<&str> = folded.split(' ').collect();
            let noun_at = match words.as_slice() {
                ["the", noun, ..] if cues::NEED_NOUNS.contains(noun) => 1,
                ["the", _, noun, ..] if cues::NEED_NOUNS.contains(noun) => 2,
                _ => return false,
            };
            words
                .get(noun_at + 1)
                .is_some_and(|link| cues::need_linked(words[noun_at], link))
        })
}

/// Words after "following" within which a topic noun makes a topic lead-in.
const TOPIC_NOUN_REACH: usize = 4;

/// Fewest recommending sentences that make a text look like it holds recommendations.
const LOOKS_RECOMMENDING_MIN: usize = 2;

/// When no recommendation was found: the line and message of a warning if the text still looks
/// like it holds some (a recommendations heading, or sentences with should / urge / call on /
/// recommend), so that a silent failure is never silent.
fn unfound_recommendations(
    units: &[Unit],
    rules: &ImportRules,
    prose: bool,
) -> Option<(usize, String)> {
    let mut line = None;
    let mut last_line = 1;
    let mut sentences = 0;
    for unit in units {
        let (no, texts): (usize, Vec<&str>) = match unit {
            Unit::Heading { text } => {
                if list_context(None, Some(text), rules).is_some()
                    && fold(text).contains("recommend")
                {
                    return Some((
                        last_line,
                        format!(
                            "heading {:?} promises recommendations but none were found under it",
                            text.chars().take(60).collect::<String>()
                        ),
                    ));
                }
                continue;
            }
            Unit::Paragraph { no, text } => (*no, vec![text.as_str()]),
            Unit::List { no, items, .. } => (*no, items.iter().map(|(_, t)| t.as_str()).collect()),
        };
        last_line = no;
        if !prose {
            continue;
        }
        for text in texts {
            for (a, b) in cues::sentences(text) {
                let folded = fold(&text[a..b]);
                let cue = [
                    "urge",
                    "urges",
                    "call on",
                    "calls on",
                    "recommend",
                    "recommends",
                ]
                .iter()
                .any(|c| has_whole_phrase(&folded, c))
                    // ("It should be noted that …", "It should be highlighted that …": the
                    // writer's own turn of phrase, one of `finding_phrases`, asks nothing.)
                    || (has_whole_phrase(&folded, "should")
                        && !(folded.matches("should").count() == 1
                            && rules.text.finding_phrases.iter().any(|p| {
                                p.starts_with("it should ") && has_whole_phrase(&folded, p)
                            })));
                if cue {
                    sentences += 1;
                    line.get_or_insert(no);
                }
            }
        }
    }
    let line = line?;
    (sentences >= LOOKS_RECOMMENDING_MIN).then(|| {
        (
            line,
            format!(
                "{sentences} sentences say should / urge / call on / recommend, but no \
                 recommendation was found (see docs/corpus-format.md to add a cue)"
            ),
        )
    })
}

/// "Recommendations" then at once "C. Other matters" (or the end of the text): a chapter that
/// promises recommendations and holds nothing, in a text that has recommendations elsewhere
/// (with none at all, [`unfound_recommendations`] warns). A theme sub-heading under it is
/// no end of the chapter; a section marker ("IV. Conclusions") is.
fn empty_recommendation_chapters(units: &[Unit], rules: &ImportRules) -> Vec<(usize, String)> {
    let mut warnings = Vec::new();
    let mut last_line = 1;
    for (k, unit) in units.iter().enumerate() {
        let text = match unit {
            Unit::Heading { text } => text,
            Unit::Paragraph { no, .. } | Unit::List { no, .. } => {
                last_line = *no;
                continue;
            }
        };
        let promises =
            fold(text).contains("recommend") && list_context(None, Some(text), rules).is_some();
        let empty = match units.get(k + 1) {
            None => true,
            Some(Unit::Heading { text: next }) => title::section_marker(next),
            Some(_) => false,
        };
        if promises && empty {
            warnings.push((
                last_line,
                format!(
                    "heading {:?} promises recommendations but its chapter is empty",
                    text.chars().take(60).collect::<String>()
                ),
            ));
        }
    }
    warnings
}

/// Options of the item pass that come from outside the text.
struct BuildOptions<'a> {
    source: &'a str,
    /// Recognise recommendations written as prose sentences (off when the report's metadata
    /// says `prose_recommendations = false`).
    prose: bool,
    /// The text is a letter (a salutation opens its body): its "Please release X!" asks.
    letter: bool,
}

/// Subject countries of a paragraph (finding): the report's single country, a "Kazakhstan: …"
/// prefix, or the subject countries it names (a run of paragraphs opening with one country
/// stays about it).
fn paragraph_countries(
    text: &str,
    reader: &mut ItemReader,
    rules: &ImportRules,
    subjects: &[String],
    single_country: Option<&str>,
    block_country: &mut Option<String>,
) -> Vec<String> {
    let g = &rules.gazetteer;
    if let Some(c) = single_country {
        return vec![c.to_string()];
    }
    if let Some(c) = country_prefix(text, rules) {
        *block_country = Some(c.to_string());
        return vec![c.to_string()];
    }
    // (The paragraph's words as its item reads them, when they fold the same.)
    // (Where the lead ends matters only when a country is named.)
    let lead_end = |mentions: &[(&str, usize)], folded: &str| match mentions {
        [] => 0,
        _ => lead_window_end(folded),
    };
    let (mentions, lead_end) = match reader.mentions(text, rules) {
        Some((mentions, folded)) => {
            let end = lead_end(&mentions, folded);
            (mentions, end)
        }
        None => {
            let folded = fold(text);
            let mentions = g.mentions_in(&folded);
            let end = lead_end(&mentions, &folded);
            (mentions, end)
        }
    };
    // (The subjects first named in the lead are the first `lead` of `mentioned`.)
    let (mentioned, lead) = subject_mentions(&mentions, subjects, lead_end);
    match lead {
        // A paragraph that opens with one country and names no other starts a run of
        // paragraphs about that country (HRW's country blocks).
        1 => {
            *block_country = (mentioned.len() == 1).then(|| mentioned[0].clone());
            mentioned
        }
        2.. => {
            *block_country = None;
            mentioned
        }
        0 => {
            let mut all = mentioned;
            if let Some(c) = block_country {
                if !all.contains(c) {
                    all.insert(0, c.clone());
                }
            }
            all
        }
    }
}

/// Words at a sentence's start within which a protest or its people are named ("The protests
/// began …", "Dozens of protesters gathered …").
const PROTEST_SUBJECT_WORDS: usize = 6;

/// Words after a gathering verb that show it has no object: where or when the crowd came
/// together ("rallied in Osh", "gathered outside the ministry", "rallied to call for …"), not
/// what was gathered ("gathered evidence").
const GATHERING_COMPLEMENTS: &[&str] = &[
    "in",
    "on",
    "at",
    "outside",
    "near",
    "around",
    "before",
    "across",
    "along",
    "to",
    "for",
    "against",
    "from",
    "through",
    "opposite",
    "again",
    "together",
    "peacefully",
    "today",
    "yesterday",
    "there",
];

/// Words of a subject that name those who speak for a cause rather than a crowd ("rights
/// groups", "the coalition"): such a subject's call is theirs even in a story about a protest.
const ADVOCATE_WORDS: &[&str] = &[
    "rights",
    "group",
    "groups",
    "coalition",
    "watchdog",
    "ngo",
    "ngos",
    "organisations",
    "organizations",
    "defenders",
    "it",
    "he",
    "she",
    "we",
    "i",
];

/// Capitalised words a crowd's subject may open a sentence with ("They demanded …", "Hundreds
/// called for …"); any other capitalised word names someone.
const CROWD_OPENINGS: &[&str] = &[
    "they",
    "others",
    "most",
    "the",
    "some",
    "many",
    "several",
    "about",
    "other",
    "those",
    "these",
    "a",
    "an",
    "dozens",
    "hundreds",
    "thousands",
];

/// Whether the words hold a gathering verb with no object (`gathering_verbs`, then one of
/// [`GATHERING_COMPLEMENTS`], a comma or the end).
fn tells_gathering(words: &[&str], clean: &[Cow<'_, str>], rules: &ImportRules) -> bool {
    (0..words.len()).any(|k| {
        rules.text.gathering_verbs.iter().any(|g| *g == clean[k])
            && (words[k].ends_with(',')
                || clean
                    .get(k + 1)
                    .is_none_or(|n| GATHERING_COMPLEMENTS.contains(&n.as_ref()))
                || gathering_time(clean, k + 1))
    })
}

/// Words that open a time phrase after a gathering verb ("gathered a day earlier in …",
/// "rallied last Sunday …"), before one of [`GATHERING_TIME_NOUNS`].
const GATHERING_TIME_OPENINGS: &[&str] =
    &["a", "an", "one", "last", "this", "that", "the", "every"];

/// Nouns of time a crowd's gathering verb may be followed by instead of an object ("gathered a
/// day earlier", "marched last weekend"; not "gathered a crowd", "gathered signatures"); a
/// weekday's name counts too ([`dates::is_weekday`]: "rallied last Sunday").
const GATHERING_TIME_NOUNS: &[&str] = &[
    "day",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
];

/// Whether a time phrase opens at `at` ("a day earlier", "last Sunday", "this morning").
fn gathering_time(clean: &[Cow<'_, str>], at: usize) -> bool {
    clean
        .get(at)
        .is_some_and(|w| GATHERING_TIME_OPENINGS.contains(&w.as_ref()))
        && clean
            .get(at + 1)
            .is_some_and(|w| GATHERING_TIME_NOUNS.contains(&w.as_ref()) || dates::is_weekday(w))
}

/// Whether a sentence tells a protest: a protest or its people among its first words (an
/// `enforcer_nouns` entry), or a crowd gathering, before any "said".
fn tells_protest(sentence: &str, rules: &ImportRules) -> bool {
    let words: Vec<&str> = sentence
        .split_whitespace()
        .take_while(|w| !matches!(cues::clean_word_cow(w).as_ref(), "said" | "says" | "say"))
        .collect();
    let clean: Vec<Cow<'_, str>> = words.iter().map(|w| cues::clean_word_cow(w)).collect();
    clean[..clean.len().min(PROTEST_SUBJECT_WORDS)]
        .iter()
        .any(|w| rules.text.enforcer_nouns.iter().any(|e| *e == *w))
        || tells_gathering(&words, &clean, rules)
}

/// Words between a verb of holding a protest and the protest's noun ("staged a mass rally").
const HELD_PROTEST_REACH: usize = 3;

/// Whether the words hold a protest held: one of `protest_holding_verbs`, then within
/// [`HELD_PROTEST_REACH`] words one of `protest_nouns` ("The opposition organized a similar
/// protest on May 27, urging the authorities to …": the call tells what the protest asked), or
/// such a noun and right after it the verb's participle ("the demonstration organised by the
/// opposition to demand …").
fn holds_protest(clean: &[Cow<'_, str>], rules: &ImportRules) -> bool {
    let holding = |w: &str| rules.text.protest_holding_verbs.iter().any(|v| *v == w);
    let protest = |w: &str| rules.text.protest_nouns.iter().any(|n| *n == w);
    (0..clean.len()).any(|k| {
        (holding(&clean[k])
            && clean[k + 1..clean.len().min(k + 1 + HELD_PROTEST_REACH)]
                .iter()
                .any(|w| protest(w)))
            // "… repressed the peaceful demonstration organised by the opposition to demand
            // …": the protest's noun, then its participle.
            || (protest(&clean[k])
                && clean
                    .get(k + 1)
                    .is_some_and(|w| holding(w) && w.ends_with(['d', 'n'])))
    })
}

/// Whether the call stands in a clause opened by ", where" or ", when" after words telling a
/// protest ("Kyrgyz protesters rallying in the capital's square, where they called for …";
/// "… a visit to Osh, where he urged …" stays the visitor's call).
fn protest_where(words: &[&str], clean: &[Cow<'_, str>], rules: &ImportRules) -> bool {
    (1..clean.len()).rev().any(|k| {
        matches!(clean[k].as_ref(), "where" | "when")
            && words[k - 1].ends_with(',')
            && tells_protest(&words[..k].join(" "), rules)
    })
}

/// A sentence's words up to its call: as printed, cleaned, and where the call's words begin.
type CallWords<'t> = (Vec<&'t str>, Vec<Cow<'t, str>>, usize);

/// A part decided a recommendation by a recommending verb, read up to its call: its first
/// sentence's words as printed, the same cleaned, and where the cue's words begin in a row
/// (`None` for any other part, or when the cue is not in that sentence).
fn verb_call_words<'t>(part: &Part, text: &'t str) -> Option<CallWords<'t>> {
    let decision = part
        .decision
        .as_ref()
        .filter(|d| d.kind == ItemKind::Recommendation && d.evidence.rule == "recommending verb")?;
    let body = &text[part.start..part.end];
    let &(a, b) = cues::sentences(body).first()?;
    let cue: Vec<&str> = decision.evidence.cue.split_whitespace().collect();
    let mut words: Vec<&str> = Vec::new();
    let mut clean: Vec<Cow<'t, str>> = Vec::new();
    for w in body[a..b].split_whitespace() {
        words.push(w);
        clean.push(cues::clean_word_cow(w));
        if clean.len() >= cue.len() && clean[clean.len() - cue.len()..] == cue[..] {
            let verb = clean.len() - cue.len();
            return Some((words, clean, verb));
        }
    }
    None
}

/// What comes before a part: the paragraph's own text before it, or, for its first part, the
/// paragraph before (`before`).
fn text_before<'t>(part: &Part, text: &'t str, before: &'t str) -> &'t str {
    if part.start == 0 {
        before
    } else {
        &text[..part.start]
    }
}

/// A call told of a crowd is the protest's demand told by the story, not a recommendation:
/// "In Osh, hundreds rallied to call for …", "Activists rallied outside the embassy, urging …"
/// (a gathering verb before the call in its sentence), and a call right after a sentence telling
/// a protest (`tells_protest`) whose subject names no organisation, nobody by name and no actor
/// ("The protests began … when dozens of homeowners gathered …" / "They demanded that the
/// government …"; "… hundreds rallied in Osh." / "In Jalal-Abad, opposition activists called on
/// the government to …"). ("Rights groups said the protest was peaceful. They demanded …": the
/// groups'; "… the march was dispersed. Rights groups called on …" and "Amnesty called on …"
/// stay recommendations.) A subject that is "they" finds its crowd in the sentence it follows:
/// past sentences opening on "They" themselves, the first that does not tells the protest
/// ("The demonstrators held a banner …" / "They were calling for …" / "They also demanded …";
/// a lone "The" before the verb, "The also demanded …", is "They" mistyped: a determiner
/// with no noun). `before` holds the paragraph before `text`, whose last sentence comes
/// before a part opening `text`, and the two paragraphs before that one (empty past a unit
/// that is no paragraph).
fn protesters_demand(parts: &mut [Part], text: &str, before: [&str; 3], rules: &ImportRules) {
    for part in parts.iter_mut() {
        let Some((words, clean, verb)) = verb_call_words(part, text) else {
            continue;
        };
        let protest = if tells_gathering(&words[..verb], &clean[..verb], rules)
            || holds_protest(&clean[..verb], rules)
            || protest_where(&words[..verb], &clean[..verb], rules)
        {
            true
        } else {
            // The subject: from the last comma before the call ("In Jalal-Abad, opposition
            // activists called …").
            let from = (0..verb)
                .rev()
                .find(|&k| words[k].ends_with(','))
                .map_or(0, |k| k + 1);
            // ("The bureau said …": one body, no crowd; the subject's last word before any
            // adverb or auxiliary is "they" or a plural: "They have also demanded …".)
            let head = (from..verb).rev().find(|&k| {
                !rules.text.skip_words.iter().any(|w| *w == clean[k])
                    && !matches!(clean[k].as_ref(), "have" | "has" | "had")
            });
            let previous = text_before(part, text, before[0]);
            // ("One of the protesters … saying: “These people are innocent. We demand their
            // release!”": "we" inside a quotation opened before it in the paragraph speaks for
            // whoever the quotation's opening names.)
            let quoted_we = head.is_some_and(|h| clean[h] == "we")
                && part.start > 0
                && inside_quotation(previous);
            // ("The also demanded …": a determiner with no noun before the verb.)
            let headless = head.is_some_and(|h| h == from && clean[h] == "the");
            let crowd = quoted_we
                || headless
                || head.is_some_and(|h| {
                    clean[h] == "they" || (clean[h].ends_with('s') && !clean[h].ends_with("ss"))
                });
            // ("Opposition leaders called for …" right after the rally: the protest's side,
            // whose leaders are no outside actor.)
            let opposition = clean.get(from).is_some_and(|w| w == "opposition");
            let nameless = crowd
                && (from..verb).all(|k| {
                    (!words[k].starts_with(|c: char| c.is_uppercase())
                        || (k == from && opposition)
                        || (k == 0 && CROWD_OPENINGS.contains(&clean[k].as_ref()))
                        || (quoted_we && clean[k] == "we"))
                        && (!ADVOCATE_WORDS.contains(&clean[k].as_ref())
                            || (quoted_we && clean[k] == "we"))
                        && (opposition || !rules.text.actor_nouns.iter().any(|a| *a == clean[k]))
                });
            nameless && protest_antecedent(part, previous, before, rules)
        };
        if protest {
            part.decision = None;
        }
    }
}

/// Words between "under"/"according to" and the law's noun ("under current Uzbek legislation").
const LAW_SOURCE_REACH: usize = 3;

/// Words that make the law named an international one, whose duty a call may invoke ("Under
/// international law, the State must …").
const INTERNATIONAL_LAW_WORDS: &[&str] = &[
    "international",
    "human",
    "rights",
    "humanitarian",
    "european",
    "its",
    "their",
];

/// An obligation in a sentence that names the domestic law it comes from, "under" or
/// "according to" and one of `legislation_nouns` within [`LAW_SOURCE_REACH`] words ("Under the
/// law, NGOs must notify the ministry of every event", "… a law was adopted and according to
/// this, foreign organisations should be registered with the justice ministry": "this" after
/// the law's noun), tells what the law requires: a finding ("Under international law, the
/// State must …" invokes a duty and still asks).
fn law_requirement(parts: &mut [Part], text: &str, rules: &ImportRules) {
    for part in parts.iter_mut() {
        let obligation = part
            .decision
            .as_ref()
            .is_some_and(|d| d.kind == ItemKind::Recommendation && d.evidence.rule == "obligation");
        if !obligation {
            continue;
        }
        let body = &text[part.start..part.end];
        // (Most obligations name no law: their words are not split.)
        if !(body.contains("nder ") || body.contains("ccording to")) {
            continue;
        }
        let Some(&(a, b)) = cues::sentences(body).first() else {
            continue;
        };
        let clean: Vec<Cow<'_, str>> = body[a..b]
            .split_whitespace()
            .map(cues::clean_word_cow)
            .collect();
        let law = |w: &str| has(&rules.text.legislation_nouns, w);
        let states_law = (0..clean.len()).any(|k| {
            let from = match clean[k].as_ref() {
                "under" => k + 1,
                "according" if clean.get(k + 1).is_some_and(|w| w == "to") => k + 2,
                _ => return false,
            };
            // ("… adopted a law and according to this, …": the law named before.)
            if from > k + 1
                && matches!(clean.get(from).map(|w| w.as_ref()), Some("this" | "it"))
                && clean[..k].iter().any(|w| law(w))
            {
                return true;
            }
            (from..clean.len().min(from + LAW_SOURCE_REACH + 1))
                .find(|&j| law(&clean[j]))
                .is_some_and(|j| {
                    !clean[from..j]
                        .iter()
                        .any(|w| INTERNATIONAL_LAW_WORDS.contains(&w.as_ref()))
                })
        });
        if states_law {
            part.decision = None;
        }
    }
}

/// Sentences opening on "They" read past to find whom "they" names ("The demonstrators held a
/// banner …" / "They were calling for …" / "They also demanded …").
const THEY_CHAIN_MAX: usize = 3;

/// Whether the sentence a crowd's call follows tells a protest: the last sentence before the
/// part (`previous`, in the paragraph or the one before), or, when that one opens on "They",
/// the first sentence before it that does not ([`THEY_CHAIN_MAX`] at most), read back through
/// the paragraph and the three before it.
fn protest_antecedent(part: &Part, previous: &str, before: [&str; 3], rules: &ImportRules) -> bool {
    // (The texts to read back through, nearest first: the part's own paragraph counts only
    // when the part does not open it.)
    let chain: [&str; 4] = if part.start > 0 {
        [previous, before[0], before[1], before[2]]
    } else {
        [previous, before[1], before[2], ""]
    };
    let mut skipped = 0;
    for t in chain {
        for &(a, b) in cues::sentences(t).iter().rev() {
            let sentence = &t[a..b];
            let opens_they = sentence
                .split_whitespace()
                .next()
                .is_some_and(|w| cues::clean_word_cow(w) == "they");
            if opens_they && skipped < THEY_CHAIN_MAX && !tells_protest(sentence, rules) {
                skipped += 1;
                continue;
            }
            return tells_protest(sentence, rules);
        }
    }
    false
}

/// Words of an attribution after a closing quotation mark ("…,» an activist, moderator of the
/// march, said.") within which the speaker is read.
const ATTRIBUTION_MAX_WORDS: usize = 16;

/// A paragraph that opens with a quotation mark («, “ or "): where its last closing mark stands
/// (byte offset) and the words after it, the attribution ("«…,» the group urged." → `["the",
/// "group", "urged."]`). None when the paragraph opens otherwise or the quotation never closes.
fn quotation_attribution(text: &str) -> Option<(usize, Vec<&str>)> {
    let open = text.chars().next()?;
    let close = match open {
        '«' => '»',
        '“' => '”',
        '"' => '"',
        _ => return None,
    };
    let end = text[open.len_utf8()..].rfind(close)? + open.len_utf8();
    Some((
        end,
        text[end + close.len_utf8()..].split_whitespace().collect(),
    ))
}

/// A paragraph that is one quotation, its speaker named after it as a protest's own ("«We are
/// raising two issues … We demand from the authorities to publish …,» an activist, moderator of
/// the march, said."): what the quotation asks is the protest's demand told by the story, as
/// "Protesters demanded …" is. The speaker is the protest's when the attribution (a reporting
/// verb, [`ATTRIBUTION_MAX_WORDS`] words at most) holds one of `enforcer_nouns` (or its
/// singular: "a protester") or of `protest_nouns` written in lower case ("of the march"; not
/// the month "March").
fn protest_quotation(parts: &mut [Part], text: &str, rules: &ImportRules) {
    let is_rec = |p: &Part| {
        p.decision
            .as_ref()
            .is_some_and(|d| d.kind == ItemKind::Recommendation)
    };
    if !parts.iter().any(is_rec) {
        return;
    }
    let Some((end, attribution)) = quotation_attribution(text) else {
        return;
    };
    if attribution.is_empty() || attribution.len() > ATTRIBUTION_MAX_WORDS {
        return;
    }
    let clean: Vec<Cow<'_, str>> = attribution
        .iter()
        .map(|w| cues::clean_word_cow(w))
        .collect();
    let reported = clean.iter().any(|w| has(&rules.text.reporting_verbs, w));
    let protest_speaker = attribution.iter().zip(&clean).any(|(raw, w)| {
        has(&rules.text.enforcer_nouns, w)
            || has(&rules.text.enforcer_nouns, &format!("{w}s"))
            || (raw.starts_with(|c: char| c.is_lowercase()) && has(&rules.text.protest_nouns, w))
    });
    if !(reported && protest_speaker) {
        return;
    }
    for part in parts.iter_mut() {
        if part.start < end && is_rec(part) {
            part.decision = None;
        }
    }
}

/// A paragraph that is one quotation with no cue of its own, attributed after it by a call's
/// verb to a named speaker ("«Stop heating up the situation! Find the strength to …,» the
/// Ombudsman of Kyrgyzstan, Tokon Example, called on politicians.", "“Free them today,” the
/// group urged."): the quotation is what the speaker calls for, one recommendation. The verb is
/// "urge", "demand", or "call"/"appeal" with its particle ("on", "upon", "to"), in the
/// attribution ([`ATTRIBUTION_MAX_WORDS`] words at most, closing the paragraph); the speaker a
/// capitalised name, not one of `enforcer_nouns` nor a protest's people (`protest_nouns` in
/// lower case: "“Resign!” the marchers demanded." is the story).
fn called_quotation(parts: &mut [Part], text: &str, rules: &ImportRules) {
    if parts.is_empty() || parts.iter().any(|p| p.decision.is_some()) {
        return;
    }
    let Some((_, attribution)) = quotation_attribution(text) else {
        return;
    };
    if attribution.is_empty()
        || attribution.len() > ATTRIBUTION_MAX_WORDS
        || !text.trim_end().ends_with('.')
    {
        return;
    }
    let clean: Vec<Cow<'_, str>> = attribution
        .iter()
        .map(|w| cues::clean_word_cow(w))
        .collect();
    let verb = (0..clean.len()).find_map(|k| {
        let w = clean[k].as_ref();
        let particle = clean.get(k + 1).map(|p| p.as_ref());
        let calls = matches!(w, "urged" | "urges" | "demanded" | "demands")
            || (matches!(w, "called" | "calls") && matches!(particle, Some("on" | "upon")))
            || (matches!(w, "appealed" | "appeals") && particle == Some("to"));
        calls.then(|| match particle {
            Some(p @ ("on" | "upon" | "to")) if !w.starts_with("urg") && !w.starts_with("dem") => {
                format!("{w} {p}")
            }
            _ => w.to_string(),
        })
    });
    let Some(verb) = verb else {
        return;
    };
    let named = attribution
        .iter()
        .any(|w| w.starts_with(|c: char| c.is_uppercase()));
    let story_speaker = attribution.iter().zip(&clean).any(|(raw, w)| {
        has(&rules.text.enforcer_nouns, w)
            || has(&rules.text.enforcer_nouns, &format!("{w}s"))
            || (raw.starts_with(|c: char| c.is_lowercase()) && has(&rules.text.protest_nouns, w))
    });
    if !named || story_speaker {
        return;
    }
    parts[0].decision = Some(cues::Decision {
        kind: ItemKind::Recommendation,
        evidence: KindEvidence::new("recommending verb", &verb),
        addressee: None,
    });
}

/// Most words of a text's last paragraph read as cut off in copying ([`cut_tail`]).
const CUT_TAIL_MAX_WORDS: usize = 7;

/// Whether a paragraph is a fragment cut off in copying: fewer than eight words, no sentence end
/// (".", "!", "?", ":", ";", a closing quotation mark or bracket) and a last word in lower case
/// ("The Committee is conc").
fn cut_tail(text: &str) -> bool {
    let text = text.trim_end();
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= CUT_TAIL_MAX_WORDS
        && !text.ends_with(['.', '!', '?', ':', ';', '”', '"', '»', ')', ']'])
        && words
            .last()
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
}

/// Determiners a bill's subject opens with ("The bill", "This draft law", "Its new code").
const LEGISLATION_DETERMINERS: &[&str] =
    &["the", "this", "that", "a", "its", "their", "his", "her"];

/// Words a bill's subject may hold ("The new draft law").
const LEGISLATION_SUBJECT_WORDS: usize = 5;

/// Whether the words open on a bill or a law: a determiner, then one of `legislation_nouns`
/// within [`LEGISLATION_SUBJECT_WORDS`] words, before any verb of a call.
fn opens_on_legislation(clean: &[Cow<'_, str>], rules: &ImportRules) -> bool {
    clean
        .first()
        .is_some_and(|w| LEGISLATION_DETERMINERS.contains(&w.as_ref()))
        && clean[1..clean.len().min(LEGISLATION_SUBJECT_WORDS)]
            .iter()
            .any(|w| rules.text.legislation_nouns.iter().any(|n| *n == *w))
}

/// Whether a sentence opens on a bill or a law ([`opens_on_legislation`]).
fn opens_on_legislation_words(sentence: &str, rules: &ImportRules) -> bool {
    let words: Vec<Cow<'_, str>> = sentence
        .split_whitespace()
        .take(LEGISLATION_SUBJECT_WORDS)
        .map(cues::clean_word_cow)
        .collect();
    opens_on_legislation(&words, rules)
}

/// "The bill passed its first reading in October. It calls for “propaganda …” to be punished by
/// up to a year in jail", "The draft law also calls for …": a call in the present whose subject
/// is a bill or a law (`legislation_nouns`), or a bare "It" right after a sentence opening on
/// one (not inside a quotation), tells what the law provides, a finding ("The resolution calls
/// on …" and "Rights groups called for the bill to be withdrawn" stay calls). `before` is the
/// paragraph before `text`.
fn legislation_content(parts: &mut [Part], text: &str, before: &str, rules: &ImportRules) {
    for part in parts.iter_mut() {
        let Some((_, clean, verb)) = verb_call_words(part, text) else {
            continue;
        };
        // (What a law provides is told in the present: "It also called on …" is a speaker's.)
        if clean[verb].ends_with("ed") {
            continue;
        }
        let subject: Vec<Cow<'_, str>> = clean[..verb]
            .iter()
            .filter(|w| !rules.text.skip_words.iter().any(|s| *s == **w))
            .cloned()
            .collect();
        let law = if subject.len() == 1 && subject[0] == "it" {
            let previous = text_before(part, text, before);
            // (Not a quotation's opening: "“The law would …,” a researcher said.")
            cues::sentences(previous).last().is_some_and(|&(a, b)| {
                !previous[a..b].starts_with(['“', '"', '«', '\''])
                    && opens_on_legislation_words(&previous[a..b], rules)
            })
        } else {
            subject.len() <= LEGISLATION_SUBJECT_WORDS
                && subject
                    .last()
                    .is_some_and(|h| rules.text.legislation_nouns.iter().any(|n| *n == *h))
                && opens_on_legislation(&subject, rules)
        };
        if let Some(decision) = part.decision.as_mut().filter(|_| law) {
            decision.kind = ItemKind::Paragraph;
            decision.evidence = KindEvidence::new("law's content", decision.evidence.cue.clone());
            decision.addressee = None;
        }
    }
}

/// Words of an attribution read for its speaker ("…,” the head of the special services wrote
/// on his Facebook account.").
const ATTRIBUTION_WORDS: usize = 16;

/// Words a speaker's phrase may hold.
const SPEAKER_WORDS: usize = 10;

/// "“These are the courts, the police … To get results, these bodies need to be purged of
/// unclean employees,” the president stressed.", "“We must continue our reforms …,” Prime
/// Minister X told parliament.": an obligation inside a quotation whose attribution, right after
/// the quotation closes in the paragraph, names an office holder (`office_titles`, or the head of
/// a `state_body_nouns` entry) of a country the report is about is that government's own plan,
/// no call on an actor. Not when the speaker's words name another country, an acronym ("U.S.")
/// or one of `office_outsider_words` ("European Council President …", "former president"), or
/// a title "of" no country or state body ("the president of the Bar Association"); nor when the
/// obligation names another country, an acronym or "international" ("… the UN must help"). A
/// pronoun ("… ,” he said") names nobody here.
fn officials_own_plan(parts: &mut Vec<Part>, text: &str, subjects: &[String], rules: &ImportRules) {
    let mut changed = false;
    for part in parts.iter_mut() {
        let Some(decision) = part.decision.as_ref() else {
            continue;
        };
        let rule = decision.evidence.rule.as_str();
        if decision.kind != ItemKind::Recommendation
            || !matches!(rule, "obligation" | "recommending verb")
        {
            continue;
        }
        let body = &text[part.start..part.end];
        let Some(&(a, b)) = cues::sentences(body).first() else {
            continue;
        };
        let sentence = &body[a..b];
        // (The quotation test reads the text before: only when needed.)
        let opened =
            || sentence.starts_with(['“', '"', '«']) || inside_quotation(&text[..part.start + a]);
        if let Some((step, speaker)) = state_voice(sentence, decision, subjects, rules) {
            if !opened() {
                part.decision = Some(cues::Decision {
                    kind: ItemKind::Paragraph,
                    evidence: KindEvidence::new(step, speaker),
                    addressee: None,
                });
                changed = true;
                continue;
            }
        }
        if rule != "obligation" || !opened() {
            continue;
        }
        // The quotation's end: its first closing mark after a comma or a sentence's end (a
        // quoted phrase inside it, "… purged of "unclean employees,” …", closes at its own).
        let from = part.start + a;
        let mut previous = ' ';
        let Some(close) = text[from..].char_indices().find_map(|(k, c)| {
            let closing = matches!(c, '”' | '"' | '»') && matches!(previous, ',' | '.' | '!' | '?');
            previous = c;
            closing.then_some(from + k)
        }) else {
            continue;
        };
        let quoted = &text[part.start + a..close];
        let after = text[close..].trim_start_matches(['”', '"', '»']);
        let attribution: Vec<&str> = after
            .split_whitespace()
            .take(ATTRIBUTION_WORDS)
            .scan(false, |ended, w| {
                if *ended {
                    return None;
                }
                *ended = w.ends_with(['.', '!', '?', ';']);
                Some(w)
            })
            .collect();
        let Some(speaker) = attribution_speaker(&attribution, rules) else {
            continue;
        };
        if office_holder(&speaker, subjects, rules) && !names_outsider(quoted, subjects, rules) {
            part.decision = Some(cues::Decision {
                kind: ItemKind::Paragraph,
                evidence: KindEvidence::new("official's own plan", speaker.join(" ")),
                addressee: None,
            });
            changed = true;
        }
    }
    // (The plan and the findings beside it are one item, as sentences of one kind are.)
    if changed {
        let is_rec = |p: &Part| {
            p.decision
                .as_ref()
                .is_some_and(|d| d.kind == ItemKind::Recommendation)
        };
        let mut merged: Vec<Part> = Vec::with_capacity(parts.len());
        for part in parts.drain(..) {
            match merged.last_mut() {
                Some(last) if !is_rec(last) && !is_rec(&part) => {
                    last.end = part.end;
                    if last.decision.is_none() {
                        last.decision = part.decision;
                    }
                }
                _ => merged.push(part),
            }
        }
        *parts = merged;
    }
}

/// Prepositions that open a phrase of the circumstances before a sentence's subject ("In his
/// meetings with … officials, he …", "During the visit, the minister …").
const CIRCUMSTANCE_OPENINGS: &[&str] = &[
    "in",
    "during",
    "at",
    "after",
    "following",
    "on",
    "before",
    "throughout",
];

/// A government's own voice outside a quotation (see `pledge_verbs` and `state_voice_nouns` in
/// data/import.toml): the sentence's subject, from its start to the verb, is an office holder of
/// a country the report is about ([`office_holder`]) naming that country, or a
/// `state_voice_nouns` entry qualified by such a country ("Kazakh authorities", "the Government of Tajikistan"); an obligation then stands
/// in the that-clause of a verb of saying or pledging ("… has affirmed that the Government must
/// …": the government's plan), or the call is the verb itself in the past tense ("… requested
/// security forces to be sent": the state's own step). Returns the rule and the speaker's words.
fn state_voice(
    sentence: &str,
    decision: &cues::Decision,
    subjects: &[String],
    rules: &ImportRules,
) -> Option<(&'static str, String)> {
    let cue: Vec<&str> = decision.evidence.cue.split_whitespace().collect();
    let first = *cue.first()?;
    // (Cheap tests first: a call in the past tense, an obligation after "that", a capital.)
    let obligation = decision.evidence.rule == "obligation";
    if (obligation && !sentence.contains(" that ")) || (!obligation && !first.ends_with("ed")) {
        return None;
    }
    if !sentence
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_uppercase)
    {
        return None;
    }
    let raw: Vec<&str> = sentence.split_whitespace().collect();
    // (Only the opening words are read: the speaker, its verb and "that" or the call.)
    let reach = raw.len().min(SPEAKER_WORDS + 6);
    let clean: Vec<Cow<'_, str>> = raw[..reach]
        .iter()
        .map(|w| cues::clean_word_cow(w))
        .collect();
    let found = (0..clean.len()).find(|&k| {
        cue.iter()
            .enumerate()
            .all(|(j, c)| clean.get(k + j).is_some_and(|w| w.eq_ignore_ascii_case(c)))
    });
    // (An obligation's cue may stand further on, in the that-clause.)
    let at = match found {
        Some(at) => at,
        None if obligation => reach,
        None => return None,
    };
    let (verb, step) = if obligation {
        // The verb of saying before the obligation, with "that" at most four words after it
        // ("has affirmed this Wednesday that").
        let saying = |w: &str| {
            has(&rules.text.reporting_verbs, w)
                || has(&rules.text.pledge_verbs, w)
                || rules.text.saying_verbs.iter().any(|v| {
                    w.strip_prefix(v.as_str())
                        .is_some_and(|rest| matches!(rest, "d" | "ed" | "s" | "es"))
                })
        };
        let verb = (0..at).find(|&k| saying(&clean[k]))?;
        let that = (verb + 1..at.min(verb + 5)).find(|&k| clean[k] == "that")?;
        let clause = raw[that + 1..].join(" ");
        if names_outsider(&clause, subjects, rules) {
            return None;
        }
        (verb, "official's own plan")
    } else {
        (at, "state's own step")
    };
    // "In his meetings with high-ranking Kyrgyzstani officials, he stressed …": an opening
    // phrase of the circumstances, up to its comma, is no part of the speaker.
    // (The clean words are folded: compared as they are.)
    let opened = clean
        .first()
        .is_some_and(|w| CIRCUMSTANCE_OPENINGS.contains(&w.as_ref()))
        .then(|| raw[..verb].iter().position(|w| w.ends_with(',')))
        .flatten()
        .map_or(0, |comma| comma + 1);
    let speaker = &raw[opened..verb];
    let speaker_clean = &clean[opened..verb];
    if speaker.is_empty()
        || speaker.len() > SPEAKER_WORDS
        // (After the phrase of the circumstances the speaker may open with "the".)
        || (opened == 0
            && !speaker[0]
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(char::is_uppercase))
        || speaker_clean.iter().any(|w| {
            matches!(
                w.as_ref(),
                "that" | "who" | "which" | "and" | "when" | "as" | "if"
            )
        })
    {
        return None;
    }
    // (The speaker names its country: "the minister" alone may be a visitor's.)
    let joined = fold(&speaker_clean.join(" "));
    let named = rules.gazetteer.countries_in(&joined);
    if named.is_empty() || !named.iter().all(|c| subjects.iter().any(|s| s == c)) {
        return None;
    }
    let state = || {
        speaker_clean
            .iter()
            .any(|w| has(&rules.text.state_voice_nouns, w))
            && !has_acronym(speaker)
            && !rules
                .text
                .office_outsider_words
                .iter()
                .any(|o| speaker_clean.iter().any(|w| w == o))
    };
    (office_holder(speaker, subjects, rules) || state()).then(|| (step, speaker.join(" ")))
}

/// The speaker's words of an attribution: before its verb ("the president stressed") or after
/// it ("said the President of Kyrgyzstan X in an interview"), up to a preposition of the
/// circumstances; `None` when no verb of saying opens or follows them.
fn attribution_speaker<'a>(words: &[&'a str], rules: &ImportRules) -> Option<Vec<&'a str>> {
    let clean: Vec<Cow<'_, str>> = words.iter().map(|w| cues::clean_word_cow(w)).collect();
    let saying = |w: &str| {
        has(&rules.text.reporting_verbs, w)
            || matches!(
                w,
                "wrote" | "writes" | "stressed" | "stresses" | "noted" | "notes"
            )
            || rules.text.saying_verbs.iter().any(|v| {
                w.strip_prefix(v.as_str())
                    .is_some_and(|rest| matches!(rest, "d" | "ed" | "s" | "es"))
            })
    };
    let verb = clean.iter().position(|w| saying(w))?;
    let circumstance = |w: &str| {
        matches!(
            w,
            "in" | "at" | "on" | "during" | "to" | "after" | "before" | "while" | "when" | "with"
        )
    };
    let speaker: Vec<&str> = if verb == 0 {
        (1..words.len())
            .take_while(|&k| !circumstance(&clean[k]))
            .map(|k| words[k])
            .collect()
    } else {
        words[..verb].to_vec()
    };
    (!speaker.is_empty() && speaker.len() <= SPEAKER_WORDS).then_some(speaker)
}

fn has(list: &[String], word: &str) -> bool {
    list.iter().any(|s| s == word)
}

/// Whether a speaker's words name an office holder of a country the report is about (see
/// [`officials_own_plan`]).
fn office_holder(speaker: &[&str], subjects: &[String], rules: &ImportRules) -> bool {
    let clean: Vec<Cow<'_, str>> = speaker.iter().map(|w| cues::clean_word_cow(w)).collect();
    let joined = format!(" {} ", clean.join(" "));
    let phrase_in = |p: &str| joined.contains(&format!(" {p} "));
    if clean
        .iter()
        .any(|w| matches!(w.as_ref(), "he" | "she" | "they" | "we" | "i"))
    {
        return false;
    }
    let state_body_after = |k: usize| {
        clean[k + 1..]
            .iter()
            .take(5)
            .any(|w| has(&rules.text.state_body_nouns, w))
    };
    let titled = rules.text.office_titles.iter().any(|t| phrase_in(t))
        || (0..clean.len()).any(|k| {
            matches!(
                clean[k].as_ref(),
                "head" | "chairman" | "chairwoman" | "chief"
            ) && state_body_after(k)
        });
    if !titled
        || rules
            .text
            .office_outsider_words
            .iter()
            .any(|w| phrase_in(w))
        || has_acronym(speaker)
    {
        return false;
    }
    // A title "of" something: of a country or a state body ("President of Kyrgyzstan X", "head
    // of the special services"), not of an organisation.
    if let Some(of) = clean.iter().position(|w| w == "of") {
        let rest = clean[of + 1..].join(" ");
        if rules.gazetteer.countries_in(&rest).is_empty() && !state_body_after(of) {
            return false;
        }
    }
    let named = rules.gazetteer.countries_in(&fold(&joined));
    named.iter().all(|c| subjects.iter().any(|s| s == c))
}

/// Whether an obligation names someone beyond the speaker's government: a country the report is
/// not about, an acronym ("the UN", "the OSCE") or "international".
fn names_outsider(quoted: &str, subjects: &[String], rules: &ImportRules) -> bool {
    let words: Vec<&str> = quoted.split_whitespace().collect();
    let folded = fold(quoted);
    has_acronym(&words)
        || folded.split_whitespace().any(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .starts_with("international")
        })
        || rules
            .gazetteer
            .countries_in(&folded)
            .iter()
            .any(|c| !subjects.iter().any(|s| s == c))
}

/// Whether one of the words is an acronym ([`cues::acronym_letters`]: "UN", "U.S.", "OSCE").
fn has_acronym(words: &[&str]) -> bool {
    words.iter().any(|w| cues::acronym_letters(w).is_some())
}

/// Whether a quotation opened in `text` is still open at its end (more opening marks than
/// closing ones, or an odd number of straight double quotes).
fn inside_quotation(text: &str) -> bool {
    let count = |c: char| text.chars().filter(|&t| t == c).count();
    count('“') > count('”') || count('«') > count('»') || count('"') % 2 == 1
}

/// One item cut from a paragraph: a byte range and what decided its kind.
struct Part {
    start: usize,
    end: usize,
    decision: Option<cues::Decision>,
}

/// A paragraph as items, cut where its kind changes: at a recommending sentence after a finding
/// ("… Parliament calls on all parties to …") and at a finding after a recommendation; a sentence
/// without a cue stays with the item before it. Under a recommendation context, a paragraph
/// opening with a command is one recommendation.
fn paragraph_parts(
    text: &str,
    lower: Option<&str>,
    context: Option<&Context>,
    prose: bool,
    list_follows: bool,
    letter: bool,
    rules: &ImportRules,
) -> Vec<Part> {
    let whole = |decision| {
        vec![Part {
            start: 0,
            end: text.len(),
            decision,
        }]
    };
    // A report read without prose recommendations, outside a recommending context: nothing
    // below would read the words.
    if !prose && context.is_none() {
        return whole(None);
    }
    // The paragraph's words are read once; its opening and each sentence are runs of them.
    let owned;
    let lower = match lower {
        Some(lower) => lower,
        None => {
            owned = text.to_ascii_lowercase();
            &owned
        }
    };
    let read = cues::ReadText::new(text, lower, rules);
    if let Some(ctx) = context {
        if let Some(verb) = read.imperative_opening() {
            return whole(Some(cues::Decision {
                kind: ItemKind::Recommendation,
                evidence: KindEvidence::new("imperative opening", verb),
                addressee: ctx.addressee.clone(),
            }));
        }
    }
    if !prose {
        return whole(None);
    }
    let sentences = cues::sentences(text);
    // In a letter, "Please release Alexander X!" asks the addressee (no cue of the sentence's
    // own says otherwise).
    let decisions: Vec<Option<cues::Decision>> = sentences
        .iter()
        .map(|&(a, b)| {
            read.sentence(a, b)
                .filter(|d| {
                    !(d.evidence.rule == "recommending verb"
                        && readers_own_past(&lower[a..b], &d.evidence.cue))
                })
                .or_else(|| {
                    letter
                        .then(|| read.please_request(a, b))
                        .flatten()
                        .map(|cue| cues::Decision {
                            kind: ItemKind::Recommendation,
                            evidence: KindEvidence::new("letter's request", &cue),
                            addressee: None,
                        })
                })
        })
        .collect();
    // A closing lead-in ("… It should:") introduces the list after the paragraph; the list
    // carries the recommendations. With no list after it ("I welcome … I also urge you to
    // make next steps in a right direction:" and a paragraph of thanks), the call is its own.
    let last = sentences.len().saturating_sub(1);
    let is_rec = |(k, d): (usize, &Option<cues::Decision>)| {
        d.as_ref()
            .is_some_and(|d| d.kind == ItemKind::Recommendation)
            && !(list_follows && k == last && k > 0 && text.trim_end().ends_with(':'))
    };
    let recs: Vec<bool> = decisions.iter().enumerate().map(is_rec).collect();
    if !recs.iter().any(|r| *r) {
        return whole(decisions.into_iter().next().flatten());
    }
    // A new item starts at a recommending sentence when the item before it is not one, and at
    // a finding after a recommendation; sentences without a cue stay with the item before them
    // ("… should ensure … Provision should be made for … The State party should institute …"
    // is one recommendation).
    // A call after sentences that ask nothing, within the item of an earlier call, starts an
    // item of its own: a story's new event ("… Neither country makes it an offence. The High
    // Commissioner also called on X to …", "… was detained on August 12. CPJ's coordinator
    // said Tajik authorities should release him …"), a letter's new request ("… Journalists
    // would need yearly accreditation. For these reasons, we urge you to …"), a report's next
    // recommendation ("The Committee recommends … Such a law would … It also recommends …").
    let mut narrated = false;
    let mut parts: Vec<Part> = Vec::new();
    for (k, decision) in decisions.into_iter().enumerate() {
        let is_finding = decision
            .as_ref()
            .is_some_and(|d| d.kind == ItemKind::Paragraph);
        let current_rec = parts.last().is_some_and(|p| {
            p.decision
                .as_ref()
                .is_some_and(|d| d.kind == ItemKind::Recommendation)
        });
        let starts = match parts.last() {
            None => true,
            Some(_) if recs[k] => !current_rec || narrated,
            Some(_) => is_finding && current_rec,
        };
        narrated = current_rec && !recs[k] && decision.is_none();
        if starts {
            if let Some(previous) = parts.last_mut() {
                previous.end = sentences[k].0;
            }
            parts.push(Part {
                start: sentences[k].0,
                end: text.len(),
                decision: if recs[k] || is_finding {
                    decision
                } else {
                    None
                },
            });
        } else if let Some(current) = parts.last_mut() {
            if current.decision.is_none() && !recs[k] {
                current.decision = decision;
            }
        }
    }
    if let Some(first) = parts.first_mut() {
        first.start = 0;
    }
    // "… says the Secretary General. - Turkmen authorities should …": the quotation's dash that
    // opens a part belongs to neither item.
    for part in parts.iter_mut().skip(1) {
        if let Some(dash) = ["- ", "– ", "— "]
            .iter()
            .find(|d| text[part.start..].starts_with(**d))
        {
            part.start += dash.len();
        }
        // "… said it would appeal. New York, August 18, 2025—The Committee … urges …": a
        // listing's next story run into the paragraph opens with its dateline, no part of the
        // item.
        if let Some(n) = body_dateline_len(&text[part.start..]) {
            part.start += n;
        }
    }
    parts
}

/// "Mr. Secretary, you have staunchly defended and advocated for press freedom …", "Last year
/// you called for …": a call's verb in the past (its first word ending in "-ed") with "you" in
/// its clause before it (from the sentence's start or its last comma) tells the record of the
/// one addressed, praised or recalled; it asks nothing.
fn readers_own_past(sentence: &str, cue: &str) -> bool {
    let Some(verb) = cue
        .split(' ')
        .next()
        .filter(|v| v.len() > 4 && v.ends_with("ed"))
    else {
        return false;
    };
    let Some(at) = sentence
        .match_indices(verb)
        .map(|(at, _)| at)
        .find(|&at| is_word_start(sentence, at))
    else {
        return false;
    };
    let clause = sentence[..at].rsplit([',', ';']).next().unwrap_or("");
    clause
        .split_whitespace()
        .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == "you")
}

/// "… Rules).4 Comply …": a footnote number glued after punctuation, before a new sentence,
/// is dropped.
/// Where the first '.', ')', ';' or '”' of `text` is (read byte by byte: the first three are
/// ASCII, and '”' starts with the byte 0xE2).
fn next_glue_point(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // The first ASCII mark, then a '”' before it (the byte 0xE2 is searched for only up to
    // the mark, and only there).
    let mark = memchr::memchr3(b'.', b')', b';', bytes);
    let mut rest = &bytes[..mark.unwrap_or(bytes.len())];
    let mut from = 0;
    while let Some(k) = memchr::memchr(0xe2, rest) {
        let at = from + k;
        if text[at..].starts_with('”') {
            return Some(at);
        }
        from = at + 1;
        rest = &rest[k + 1..];
    }
    mark
}

fn unglue_footnote_refs(text: &str) -> std::borrow::Cow<'_, str> {
    // Most items have no glued number: they are read once and borrowed, not copied. (Until
    // the first number is removed, what is written equals the text read so far.)
    // Every glue point is tried, in one search for the ASCII marks and one for the byte
    // opening '”' (E2 80 9D); a number must follow the mark at once.
    let bytes = text.as_bytes();
    let glued_at = |at: usize, punct: usize| {
        bytes.get(at + punct).is_some_and(u8::is_ascii_digit)
            && glued_number(&text[..at], &text[at + punct..]).is_some()
    };
    let glued = memchr::memchr3_iter(b'.', b')', b';', bytes).any(|at| glued_at(at, 1))
        || memchr::memchr_iter(0xe2, bytes)
            .any(|at| bytes.get(at + 1..at + 3) == Some(&[0x80, 0x9d][..]) && glued_at(at, 3));
    if !glued {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = next_glue_point(rest) {
        let punct = rest[at..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&rest[..at]);
        out.push_str(&rest[at..at + punct]);
        let after = &rest[at + punct..];
        // (`out` ends with the mark: the text before it is all but its last character.)
        if let Some(tail) = glued_number(&out[..out.len() - punct], after) {
            rest = tail;
        } else {
            rest = after;
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The text after a footnote number glued to a mark ("abuses.12 The …"): `before` is what
/// precedes the mark, `after` what follows it.
fn glued_number<'a>(before: &str, after: &'a str) -> Option<&'a str> {
    let letter_before = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() || c == ')' || c == '”');
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    let tail = &after[digits..];
    ((1..=3).contains(&digits)
        && letter_before
        && tail.starts_with(' ')
        && tail[1..].starts_with(char::is_uppercase))
    .then_some(tail)
}

/// Keeps `[n]` markers whose footnote exists (returning their labels); removes the others with
/// a warning, so no marker dangles.
fn footnote_markers(
    text: &str,
    defined: &[String],
    source: &str,
    line: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> (String, Vec<String>) {
    // Most items cite nothing: their text is collapsed as it is, not copied first.
    if memchr::memchr(b'[', text.as_bytes()).is_none() {
        return (crate::text::collapse_whitespace(text), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut cited = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        // Labels are short: look for the closing bracket nearby only, so that a long line full
        // of '[' stays linear.
        let close = after
            .char_indices()
            .take(8)
            .find(|&(_, c)| c == ']')
            .map(|(i, _)| i);
        match close {
            Some(close) if is_footnote_label(&after[..close]) => {
                let label = &after[..close];
                if defined.iter().any(|d| d == label) {
                    out.push_str(&rest[open..open + close + 2]);
                    if !cited.iter().any(|c| c == label) {
                        cited.push(label.to_string());
                    }
                } else {
                    diagnostics.push(Diagnostic::warning(
                        source,
                        line,
                        format!(
                            "footnote reference [{label}] has no footnote text; marker removed"
                        ),
                    ));
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    // (Item text is sanitised already, and removing a marker leaves it so: only its spaces
    // need collapsing.)
    (crate::text::collapse_whitespace_owned(out), cited)
}

/// Footnotes defined twice or never referenced. Linear: the cited labels are gathered once.
fn check_footnotes(
    report: &Report,
    footnotes: &[(usize, Footnote)],
    source: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let cited: std::collections::HashSet<&str> = report
        .items()
        .flat_map(|i| i.footnotes.iter().map(String::as_str))
        .collect();
    let mut first_line: std::collections::HashMap<&str, usize> = Default::default();
    for (line, footnote) in footnotes {
        if let Some(first) = first_line.get(footnote.label.as_str()) {
            diagnostics.push(Diagnostic::warning(
                source,
                *line,
                format!(
                    "footnote [{}] is defined twice (first on line {first})",
                    footnote.label
                ),
            ));
            continue;
        }
        first_line.insert(&footnote.label, *line);
        if !cited.contains(footnote.label.as_str()) {
            diagnostics.push(Diagnostic::warning(
                source,
                *line,
                format!("footnote [{}] is never referenced", footnote.label),
            ));
        }
    }
}

/// A list item that stands on its own: six words or more ending a sentence ("." "!" "?", before
/// closing quotes or brackets), not a fragment that needs a lead-in.
fn is_whole_sentence(item: &str) -> bool {
    let text = item
        .trim_end()
        .trim_end_matches([')', '"', '\u{201d}', '\u{2019}', '\'']);
    text.ends_with(['.', '!', '?']) && text.split_whitespace().nth(5).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_opinion_rubric_before_a_headline_in_sentence_case_is_cut() {
        let rules = ImportRules::builtin();
        assert_eq!(
            without_rubric("Opinion Now comes a moment of truth for a defender", &rules),
            "Now comes a moment of truth for a defender"
        );
        // A headline in title case, or one too short, keeps its first word.
        for title in [
            "Opinion Polls Show Kazakhs Back the Reform",
            "Opinion Now comes",
            "Opinion is divided on the new law",
        ] {
            assert_eq!(without_rubric(title, &rules), title);
        }
    }

    #[test]
    fn a_posts_stamp_is_a_day_in_digits_and_a_clock_time() {
        assert_eq!(
            post_stamp("14.03.2027, 09:15 Example Radio Service").as_deref(),
            Some("2027-03-14")
        );
        assert!(post_stamp("04/05/2016 15:06").is_some());
        assert!(post_stamp("14.11.2018 9:35:16").is_some());
        // No clock time, a clock of odd digits, a sentence after it: no stamp.
        assert!(post_stamp("14.03.2027 Example Radio Service").is_none());
        assert!(post_stamp("14.03.2027, 123:4 Example").is_none());
        assert!(post_stamp(
            "14.03.2027, 09:15 The court in the capital sentenced two bloggers to prison terms"
        )
        .is_none());
    }

    #[test]
    fn a_line_in_an_exports_markup_is_one_wrapped_in_capitalised_tags() {
        assert!(markup_line(
            "<Commission>{PPE}on behalf of the PPE Group</Commission>"
        ));
        assert!(markup_line(
            "<RepeatBlock-By><Depute>A. Name, B. Name</Depute>"
        ));
        assert!(!markup_line(
            "<p>The Committee recommends that the State party …</p>"
        ));
        assert!(!markup_line("<Release> the prisoners"));
        assert!(!markup_line(
            "Parliament calls on the authorities </Depute>"
        ));
    }

    #[test]
    fn a_sentence_announcing_recommendations_ends_in_a_stop_and_tells_no_history() {
        for yes in [
            "Japan would like to make three recommendations.",
            "We note the reforms. We have the following recommendations for the Government.",
            "Norway recommends the following.",
            "Our recommendations are as follows.",
            "We offer 4 recommendations to the authorities.",
        ] {
            assert!(announces_recommendations(yes), "{yes}");
        }
        for no in [
            "Japan would like to make three recommendations:",
            "In 2018 the Committee made three recommendations.",
            "The following recommendations were accepted by the Government.",
            "The delegation thanks the speakers for their recommendations.",
            "We welcome the recommendations of the Special Rapporteur on the rights of defenders.",
            "The Government has implemented some of the recommendations and rejected two of the \
             others that concerned the media law and the registration of religious groups.",
        ] {
            assert!(!announces_recommendations(no), "{no}");
        }
    }

    #[test]
    fn a_closing_lead_in_starts_at_the_last_sentence_after_more_than_a_label() {
        let text = "Make visible progress on the benchmarks. In particular, the government should:";
        let at = closing_lead_in_start(text).unwrap_or_default();
        assert_eq!(&text[at..], "In particular, the government should:");
        assert_eq!(closing_lead_in_start("The government should:"), None);
        assert_eq!(
            closing_lead_in_start("Recommendations. To the Government:"),
            None
        );
    }

    #[test]
    fn a_persons_name_is_two_to_six_capitalised_words() {
        assert!(person_name("Mr. Norboy Example"));
        assert!(person_name("Dilmurod Sample-Name,"));
        assert!(!person_name("Kazakhstan"));
        assert!(!person_name("Release all political prisoners"));
        assert!(!person_name("Article 19 (London)"));
        assert!(!person_name("One Two Three Four Five Six Seven"));
    }

    #[test]
    fn a_coded_dateline_is_places_and_a_bracket_of_day_month_and_serial() {
        for line in [
            "Berlin (06/11 – 58)",
            "Geneva, London (29/7 – 50)",
            "Paris (3/12 - 41)",
        ] {
            assert!(coded_dateline(line), "{line}");
            assert!(!title_like(line), "{line}");
        }
        for line in [
            "Kazakhstan (2024)",
            "The court (3/4 of judges)",
            "(14/02 – 31)",
            "Rights groups in the capital today (1/2)",
            "Human Rights Watch (HRW)",
        ] {
            assert!(!coded_dateline(line), "{line}");
        }
    }

    #[test]
    fn footnote_numbers_glued_to_a_mark_are_removed_and_other_text_is_borrowed() {
        use std::borrow::Cow;
        let cases = [
            (
                "Abuses continued.12 The state must act.",
                "Abuses continued. The state must act.",
            ),
            (
                "Torture (CAT).3 Detention;14 Courts",
                "Torture (CAT). Detention; Courts",
            ),
            (
                "It rose by 3.5 per cent. In 2020 it fell.",
                "It rose by 3.5 per cent. In 2020 it fell.",
            ),
            ("Released.1234 Others", "Released.1234 Others"),
            ("No marks at all", "No marks at all"),
            (
                "He called it “torture”7 Others agreed; “Stop”.8 Then",
                "He called it “torture” Others agreed; “Stop”. Then",
            ),
            ("A “quote”, 7 Days", "A “quote”, 7 Days"),
        ];
        for (text, want) in cases {
            let got = unglue_footnote_refs(text);
            assert_eq!(got, want, "{text:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), text == want, "{text:?}");
        }
    }

    #[test]
    fn a_glued_letterhead_gives_its_date() {
        let cases = [
            (
                "Distr.GENERALCAT/C/KAZ/CO/212 December 2008",
                Some("2008-12-12"),
            ),
            (
                "Distr.GENERALCERD/C/UZB/CO/54 April 2006",
                Some("2006-04-04"),
            ),
            (
                "Distr. GENERAL CAT/C/KAZ/CO/2 12 December 2008",
                Some("2008-12-12"),
            ),
            ("Distributed 212 December 2008 elsewhere", None),
            ("The CAT/C/KAZ/CO/212 December 2008", None),
        ];
        for (line, want) in cases {
            assert_eq!(glued_letterhead_date(line).as_deref(), want, "{line:?}");
        }
    }

    /// Imports a plain text (no Markdown, no metadata) with the built-in rules.
    fn import_builtin_rules(
        id: &str,
        source: &str,
        text: &str,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Report {
        import(
            &Input {
                id,
                source,
                text,
                markdown: false,
                metadata: Metadata::default(),
            },
            &ImportRules::builtin(),
            diagnostics,
        )
    }

    #[test]
    fn decimals_are_written_as_format_writes_them() {
        for n in [0, 1, 9, 10, 12, 99, 100, 1234, 987_654_321, usize::MAX] {
            let mut out = String::from("x.p");
            push_decimal(&mut out, n);
            assert_eq!(out, format!("x.p{n}"));
        }
    }

    #[test]
    fn dates_in_three_words_are_read_inside_a_line_as_parse_date_reads_them_alone() {
        // Every run of three words of these lines, read by `parse_date` alone and inside the
        // line by `find_date`, agrees on the first date found.
        let lines = [
            "Geneva, 9 May 2018.",
            "Delivered on May 9, 2018 in Vienna",
            "the 9th of May 2018",
            "1.2. May 2020 and 12/05/2014",
            "Sept. 3, 2019 – 5 October 2019",
            "held since 27 September 2017",
            "3 février 2019",
            "21 März 2017, Berlin",
            "JUNE 22nd 2021",
            "a b ... 2020",
        ];
        for line in lines {
            let words: Vec<&str> = line.split_whitespace().collect();
            let alone = words
                .windows(3)
                .find_map(|w| parse_date(w.join(" ").trim_end_matches('.')));
            let inside = dates::find_date(line);
            if let (Some(a), Some(b)) = (&alone, &inside) {
                assert_eq!(a, b, "{line}");
            }
        }
        assert_eq!(
            dates::find_date("Geneva, 9 May 2018.").as_deref(),
            Some("2018-05-09")
        );
        assert_eq!(
            dates::find_date("JUNE 22nd 2021").as_deref(),
            Some("2021-06-22")
        );
        assert_eq!(dates::find_date("a b ... 2020"), None);
    }

    #[test]
    fn a_country_whose_authorities_are_asked_to_act_is_a_subject_too() {
        // Our own words: a story about one country whose last call goes to a neighbour's
        // authorities; a call on a donor government adds no subject.
        let text = "Parliament asks Azerbaijan to free a reporter\n\nThe Azerbaijani \
                    authorities should release the reporter taken from Tbilisi last month, the \
                    resolution adopted in Baku says. Azerbaijan holds him without charge.\n\n\
                    It also calls on the Georgian authorities to investigate how he was taken \
                    across the border.\n\nThe resolution urges the United States government to \
                    raise the case.\n";
        let mut d = Vec::new();
        let report = import_builtin_rules("addressed", "addressed.txt", text, &mut d);
        let mut countries = report.countries.clone();
        countries.sort();
        assert_eq!(
            countries,
            vec!["Azerbaijan".to_string(), "Georgia".to_string()]
        );
        let georgian = report
            .sections
            .iter()
            .flat_map(|s| &s.items)
            .find(|i| i.text.contains("Georgian"))
            .map(|i| i.countries.clone());
        assert_eq!(georgian, Some(vec!["Georgia".to_string()]));
        // Two focus governments asked together are both subjects, whatever the title names.
        let text = "Envoy asks Uzbekistan to free a reporter\n\nThe reporter was detained in \
                    Osh at the request of Tashkent and may be sent back.\n\nThe governments of \
                    both Kyrgyzstan and Uzbekistan should let the reporter leave for a country \
                    of his choice.\n";
        let report = import_builtin_rules("two", "two.txt", text, &mut d);
        let mut countries = report.countries.clone();
        countries.sort();
        assert_eq!(
            countries,
            vec!["Kyrgyzstan".to_string(), "Uzbekistan".to_string()]
        );
    }

    #[test]
    fn a_call_not_to_act_addresses_the_actor_without_its_negation() {
        let text = "Rights group asks Kazakhstan to keep four activists\n\nThe group on Saturday \
                    urged Kazakhstan authorities not to extradite four activists to a \
                    neighbouring country.\n";
        let mut d = Vec::new();
        let report = import_builtin_rules("not", "not.txt", text, &mut d);
        let addressees: Vec<Option<&str>> =
            report.items().map(|i| i.addressee.as_deref()).collect();
        assert_eq!(addressees, vec![Some("Kazakhstan authorities")]);
    }

    #[test]
    fn a_request_to_a_pronoun_addresses_the_pronoun_not_the_words_after_it() {
        let text = "Letter to the envoy before her visit\n\nBefore your visit to the region, \
                    the undersigned groups request you express your concern to the President \
                    about the jailed lawyers.\n";
        let mut d = Vec::new();
        let report = import_builtin_rules("you", "you.txt", text, &mut d);
        let addressees: Vec<Option<&str>> =
            report.items().map(|i| i.addressee.as_deref()).collect();
        assert_eq!(addressees, vec![Some("you")]);
    }

    #[test]
    fn a_country_named_after_by_before_its_authorities_is_the_subject() {
        // Our own words: a news title telling what a state's police did, by "by", then the
        // body naming the country once.
        let text = "Watchdog Decries Beatings Of Reporters By Kyrgyz Police\n\nA press freedom \
                    group says reporters covering the rally were beaten.\n\nIt says none of \
                    the officers has been questioned.\n";
        let mut d = Vec::new();
        let report = import_builtin_rules("by", "by.txt", text, &mut d);
        assert_eq!(report.countries, vec!["Kyrgyzstan".to_string()]);
        // A statement delivered by a state still has that state as its speaker.
        let text = "Statement by the Kyrgyz Government on the Situation in Tajikistan\n\nThe \
                    Government urges all sides to refrain from violence.\n";
        let report = import_builtin_rules("by2", "by2.txt", text, &mut d);
        assert_eq!(report.countries, vec!["Tajikistan".to_string()]);
    }

    #[test]
    fn a_region_spoken_of_as_a_whole_stands_for_all_its_countries() {
        let rules = ImportRules::builtin();
        let whole = |text: &str| whole_region(&fold(text), &rules).map(<[String]>::len);
        // Our own words: a count of the region's countries, a definite plural, each one, and
        // the countries of the region by name.
        assert_eq!(
            whole("arrests grew in all five Central Asian countries last year"),
            Some(5)
        );
        assert_eq!(
            whole("talks with the Central Asian governments stalled"),
            Some(5)
        );
        assert_eq!(whole("a brief on each Central Asian country"), Some(5));
        assert_eq!(
            whole("the situation in the countries of Central Asia"),
            Some(5)
        );
        // Two of them, one of them, or the region as a place.
        assert_eq!(whole("the two Central Asian states signed a deal"), None);
        assert_eq!(whole("the Central Asian country of Tajikistan"), None);
        assert_eq!(whole("a Central Asian state"), None);
        assert_eq!(whole("activists in Central Asia"), None);
        // A bare plural speaks of them all; a number or a word that picks some does not.
        assert_eq!(whole("we urge Central Asian leaders to act"), Some(5));
        assert_eq!(
            whole("Central Asian authorities have jailed critics"),
            Some(5)
        );
        assert_eq!(whole("several Central Asian states signed"), None);
        assert_eq!(whole("other Central Asian governments followed"), None);
        assert_eq!(whole("three Central Asian presidents met"), None);
        assert_eq!(whole("Central Asian migrants in Russia"), None);
    }

    #[test]
    fn places_named_in_passing_are_no_subjects_but_a_visits_country_is() {
        let rules = ImportRules::builtin();
        let passing = |text: &str| {
            let folded = fold(text);
            let mentions = rules.gazetteer.mentions_in(&folded);
            (0..mentions.len())
                .map(|k| passing_mention(&folded, &mentions, k, &rules))
                .collect::<Vec<bool>>()
        };
        // Our own words: a trip, a city and its country, a neighbour, a citizen, two countries
        // joined by a hyphen.
        assert_eq!(
            passing("she came back from a trip to Bishkek, Kyrgyzstan"),
            [true, true]
        );
        assert_eq!(
            passing("clashes with Tajikistan on the Kyrgyz-Tajik border"),
            [true; 3]
        );
        assert_eq!(
            passing("a citizen of Uzbekistan living in Kazakhstan"),
            [true, false]
        );
        // The country of an official visit, of a place where something happens, and a city
        // whose name has a hyphen are named for what the text tells.
        assert_eq!(passing("her official visit to Tajikistan"), [false]);
        assert_eq!(passing("journalists detained in Nur-Sultan"), [false]);
        assert_eq!(
            passing("the Uzbek authorities, Tashkent, Uzbekistan"),
            [false, false, true]
        );
    }

    #[test]
    fn a_headline_printed_three_times_in_a_row_is_the_title_not_a_running_header() {
        // Our own words: a reposting site prints the headline three times above the story.
        let text = "Court jails two bloggers in Almaty\n\nCourt jails two bloggers in Almaty\n\n\
                    Court jails two bloggers in Almaty\n\nA court sentenced two bloggers to \
                    five years on Monday.\n\nTheir lawyers said they would appeal.\n";
        let mut d = Vec::new();
        let report = import_builtin_rules("thrice", "thrice.txt", text, &mut d);
        assert_eq!(report.title, "Court jails two bloggers in Almaty");
        // A short line back on every page, with text between, is still a running header.
        let page = "The committee met the delegation and heard its answers on the new law.\n";
        let text = format!(
            "Report on a visit\n\n{page}Visit report page\n{page}Visit report page\n{page}\
             Visit report page\n{page}"
        );
        let report = import_builtin_rules("run", "run.txt", &text, &mut d);
        assert!(report
            .items()
            .all(|i| !i.text.contains("Visit report page")));
    }

    #[test]
    fn an_infinitive_after_a_decision_is_no_call() {
        // Our own words: a story telling what a president decided, with "invite" after it.
        let text = "Troops Leave the Capital\n\nThe president also defended his decision to \
                    invite foreign troops to the country and said they would leave soon.\n";
        let mut d = Vec::new();
        let report = import_builtin_rules("dec", "dec.txt", text, &mut d);
        assert!(report.items().all(|i| i.kind != ItemKind::Recommendation));
    }

    #[test]
    fn skip_links_in_other_languages_are_chrome() {
        let text = ".\nDirekt zum Inhalt.\nDirekt zum Inhalt.\nПерейти к содержанию\nAller au contenu\n\nEU Statement \
                    on Ruritania\n\nThe European Union urges Ruritania to release the \
                    journalists.\n";
        let mut d = Vec::new();
        let report = import_builtin_rules("skip", "skip.txt", text, &mut d);
        assert_eq!(report.title, "EU Statement on Ruritania");
        let texts: Vec<&str> = report.items().map(|i| i.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["The European Union urges Ruritania to release the journalists."]
        );
    }

    #[test]
    fn a_document_symbol_glued_before_the_first_line_still_names_the_state_party() {
        // Our own words, in the shape of a treaty body's page copied from a PDF as one line:
        // its running header first, then the text.
        let text = "CAT/C/KGZ/CO/3 4. The Committee notes the steps taken since the last \
                    review to train prison staff. 5. The Committee urges the State party to \
                    open every place of detention to independent monitors.\n";
        let mut d = Vec::new();
        let report = import_builtin_rules("glued", "glued.txt", text, &mut d);
        assert_eq!(report.countries, vec!["Kyrgyzstan".to_string()]);
        let recommendations: Vec<_> = report
            .sections
            .iter()
            .flat_map(|s| &s.items)
            .filter(|i| i.kind == ItemKind::Recommendation)
            .collect();
        assert_eq!(recommendations.len(), 1, "{recommendations:?}");
        assert_eq!(
            recommendations[0].addressee.as_deref(),
            Some("Kyrgyzstan (the State party)")
        );
    }

    #[test]
    fn a_call_cut_off_on_the_last_line_is_a_paragraph_not_a_heading() {
        // Our own words: an excerpt of a press release cut off mid-word on its last line.
        let import_text = |text: &str| {
            let mut d = Vec::new();
            import_builtin_rules("cut", "cut.txt", text, &mut d)
        };
        let body = "Lawyer Held in Osh\n\nThe lawyer was detained on 2 March and has not been \
                    allowed to see his family since then.\n\n";
        let cut = import_text(&format!(
            "{body}The watchdog renews its calls on the Kyrgyz authorities to let him see his fa\n"
        ));
        let items: Vec<_> = cut.sections.iter().flat_map(|s| &s.items).collect();
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(items[1].kind, ItemKind::Recommendation);
        assert!(cut.sections.iter().all(|s| s.heading.is_none()));
        // A last line without a call, and a call in title case, stay what they were.
        let plain = import_text(&format!(
            "{body}The lawyer's family was not told where he\n"
        ));
        assert_eq!(plain.items().count(), 1);
        let headline = import_text(&format!(
            "{body}Watchdog Urges Kyrgyz Authorities To Release Lawyer Held In Osh\n"
        ));
        assert!(headline.items().all(|i| i.kind != ItemKind::Recommendation));
    }

    #[test]
    fn a_teaser_repeated_as_the_first_paragraph_is_read_once() {
        // Our own words: a news page's standfirst, a caption glued to it, then the story
        // opening with the same sentence.
        let text = "Watchdogs Fault Ruritanian Verdict\n\n\
                    Press freedom groups are urging a Ruritanian court to overturn the sentence \
                    of a blogger jailed for five years on charges of fraud.The blogger is a critic \
                    of the mayor.\n\n\
                    Press freedom groups are urging a Ruritanian court to overturn the sentence \
                    of a blogger jailed for five years on charges of fraud.\n\n\
                    The blogger's lawyer said he would appeal the verdict within ten days.\n";
        let mut d = Vec::new();
        let report = import_builtin_rules("teaser", "teaser.txt", text, &mut d);
        let items: Vec<&str> = report.items().map(|i| i.text.as_str()).collect();
        assert_eq!(items.len(), 2, "{items:?}");
        assert!(items[0].ends_with("charges of fraud."), "{items:?}");
        assert_eq!(
            report
                .items()
                .filter(|i| i.kind == ItemKind::Recommendation)
                .count(),
            1
        );
    }

    #[test]
    fn a_treaty_caption_on_spaced_short_lines_goes_but_a_treaty_heading_stays() {
        let import_text = |text: &str| {
            let mut d = Vec::new();
            import_builtin_rules("caption", "caption.txt", text, &mut d)
        };
        let texts = |report: &Report| -> Vec<String> {
            report
                .sections
                .iter()
                .flat_map(|s| {
                    s.heading
                        .iter()
                        .cloned()
                        .chain(s.items.iter().map(|i| i.text.clone()))
                })
                .collect()
        };
        // Our own words: a caption broken over short lines, blank lines between them.
        let caption = import_text(
            "Kyrgyzstan: observations of a committee\n\nConvention against Torture\n\nand Other \
             Cruel Treatment\n\n3 May 2010\n\n1. The Committee notes that the State party \
             has opened two new shelters for victims of violence this year.\n",
        );
        let kept = texts(&caption);
        assert!(
            !kept
                .iter()
                .any(|t| t.contains("Convention against Torture")),
            "{kept:?}"
        );
        assert!(
            !kept.iter().any(|t| t.contains("Cruel Treatment")),
            "{kept:?}"
        );
        assert_eq!(caption.date.as_deref(), Some("2010-05-03"));
        // A heading that names the treaty, over a paragraph, is a heading.
        let heading = import_text(
            "Kyrgyzstan: a submission\n\nThis submission reviews how the State party kept the \
             promises it made at its last review.\n\nConvention against Torture\n\nThe \
             authorities have not investigated a single complaint of torture filed in the last \
             two years.\n",
        );
        let kept = texts(&heading);
        assert!(
            kept.iter().any(|t| t == "Convention against Torture"),
            "{kept:?}"
        );
    }

    #[test]
    fn cr_only_line_endings_are_lines() {
        let text = "Kazakhstan: a report\r\rThe authorities in Kazakhstan detained bloggers.\r\r\
                    The Government of Kazakhstan should:\r\r  \u{2022} Free the activists.\r";
        let mut d = Vec::new();
        let report = import_builtin_rules("cr", "cr.txt", text, &mut d);
        assert_eq!(report.title, "Kazakhstan: a report");
        let items: Vec<_> = report.sections.iter().flat_map(|s| &s.items).collect();
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(items[1].kind, ItemKind::Recommendation);
        assert_eq!(items[1].line, 7);
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn a_numbered_paragraph_its_lettered_list_and_the_next_paragraph_without_blank_lines() {
        // Our own words, in the shape of a UN report copied from a PDF: one line per printed
        // line, no blank lines.
        let text = "Report of the Working Group on a review\n\nIntroduction\n\
            2. On a day in January the Council chose three rapporteurs to help with the review\n\
            of the country and told the delegation so.\n\
            3. In accordance with the rules of the review, the following papers were\n\
            issued before the meeting:\n\
            (a) A national report written by the\n\
            Government;\n\
            (b) A compilation prepared by the Office;\n\
            (c) A summary of what other groups sent in.\n\
            4. A list of questions prepared in advance by two States was sent to the delegation.\n";
        let mut d = Vec::new();
        let report = import_builtin_rules("un", "un.txt", text, &mut d);
        let items: Vec<(ItemKind, &str)> = report
            .sections
            .iter()
            .flat_map(|s| &s.items)
            .map(|i| (i.kind, i.text.as_str()))
            .collect();
        let kinds: Vec<ItemKind> = items.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            kinds,
            [
                ItemKind::Paragraph,
                ItemKind::ListItem,
                ItemKind::ListItem,
                ItemKind::ListItem,
                ItemKind::Paragraph,
            ],
            "{items:?}"
        );
        // Paragraph 3 is the list's lead-in (a short lead-in only introduces), not an item of
        // it; paragraph 4 is a paragraph again.
        assert!(!items.iter().any(|(_, t)| t.contains("following papers")));
        assert_eq!(items[1].1, "A national report written by the Government;");
        assert!(items[4].1.starts_with("A list of questions"));
        assert!(!d.iter().any(|x| x.message.contains("no lead-in")), "{d:?}");
    }

    #[test]
    fn month_and_year_on_a_cover_line() {
        assert_eq!(
            find_month_year("A briefing paper by a watchdog, March 2025").as_deref(),
            Some("2025-03")
        );
        assert_eq!(find_month_year("October 2023").as_deref(), Some("2023-10"));
        assert_eq!(
            dates::find_date("суббота, 16 февраля 2013 г.").as_deref(),
            Some("2013-02-16")
        );
        assert_eq!(find_month_year("Sept. 2019").as_deref(), Some("2019-09"));
        // "may" as a verb, a number that is no year, a long sentence: none.
        assert_eq!(find_month_year("Authorities may 2000 times"), None);
        assert_eq!(find_month_year("March 25"), None);
    }

    #[test]
    fn dates_with_month_names_of_european_sites() {
        // A Dutch site's line above an English statement, a French and a German date.
        assert_eq!(
            dates::find_date("gepubliceerd op donderdag 15 mei 2008.").as_deref(),
            Some("2008-05-15")
        );
        assert_eq!(parse_date("3 février 2019").as_deref(), Some("2019-02-03"));
        assert_eq!(parse_date("21 März 2017").as_deref(), Some("2017-03-21"));
        assert_eq!(parse_date("9 oktober 2020").as_deref(), Some("2020-10-09"));
        // English still reads as before; a word that only starts like a month is none.
        assert_eq!(parse_date("12 Oct 2020").as_deref(), Some("2020-10-12"));
        assert_eq!(parse_date("12 octobers 2020"), None);
    }

    #[test]
    fn a_news_rubric_is_news_with_labels_and_a_place() {
        let rules = ImportRules::builtin();
        assert!(news_rubric("central asia news", &rules));
        assert!(news_rubric("recent news turkmenistan", &rules));
        assert!(news_rubric("all news", &rules));
        assert!(!news_rubric("tajikistan blocks news sites", &rules));
        assert!(!news_rubric("human rights news", &rules));
        assert!(!news_rubric("latest news.", &rules));
    }

    #[test]
    fn download_labels_glued_after_a_paragraph() {
        let line = "The group called on the authorities to release him. Download PDF";
        assert_eq!(glued_download_label(line), line.find("Download"));
        assert!(
            glued_download_label("The report is out. Download the report (PDF, 2 MB)").is_none()
        );
        assert!(glued_download_label("Download PDF").is_none());
        // A sentence about a download, and a label with no sentence before it, stay.
        assert!(
            glued_download_label("Readers can open the ruling online. Download it here.").is_none()
        );
        assert!(glued_download_label("Activists asked visitors to Download the app").is_none());
    }

    #[test]
    fn credits_in_brackets_after_the_last_sentence() {
        let line = "It rejects the criticism. (Writing by Anna Example; editing by Ben Sample)";
        assert_eq!(credit_tail(line), line.find('('));
        let alone = "(Additional reporting by Carla Demo in Almaty)";
        assert_eq!(credit_tail(alone), Some(0));
        // A bracket inside a sentence, a participle's agent and a note without "by" stay.
        assert!(credit_tail("He met the envoy (accompanied by Ben Sample)").is_none());
        assert!(credit_tail("The law was passed. (Signed by President Example)").is_none());
        assert!(credit_tail("The court ruled. (Updated with the ruling)").is_none());
        assert!(credit_tail("The group spoke. (Reporting by the press service)").is_none());
    }

    #[test]
    fn copyright_sign_is_found_by_its_two_bytes() {
        for line in ["© 2023 Agency", "Photo: X ©", "café «no» ®", "", "plain"] {
            assert_eq!(has_copyright_sign(line), line.contains('©'), "{line}");
        }
    }

    #[test]
    fn ellipsis_is_found_by_its_three_bytes() {
        for line in ["Page 2: SHADOW REPORT …", "…", "a…b", "¦ ‰ €", "", "plain"] {
            assert_eq!(has_ellipsis(line), line.contains('…'), "{line}");
        }
    }

    #[test]
    fn dateline_separator_reads_only_as_far_as_a_head_can_reach() {
        let seps = [" - ", "–"];
        // The earliest separator, whichever it is.
        assert_eq!(
            dateline_separator("Dushanbe, 5 May–The court - said", &seps, 6),
            Some((15, 3))
        );
        // A head of exactly the most words, the separator right where the next word begins.
        assert_eq!(dateline_separator("a b c - d", &seps, 3), Some((5, 3)));
        // One more word: none (the earliest separator ends a head too long).
        assert_eq!(dateline_separator("a b c d - e", &seps, 3), None);
        assert_eq!(dateline_separator("a b c d - e - f", &seps, 3), None);
        assert_eq!(dateline_separator("no separator at all", &seps, 3), None);
    }

    #[test]
    fn body_datelines_salutations_and_glued_city_dashes() {
        let rules = ImportRules::builtin();
        assert_eq!(
            split_body_dateline("Stockholm, January 6, 2022 – Kazakhstan authorities must allow"),
            Some("Kazakhstan authorities must allow".to_string())
        );
        assert_eq!(
            split_body_dateline("New York, August 26, 2009–The Committee calls on"),
            Some("The Committee calls on".to_string())
        );
        // A sentence's opening phrase, a place of more words, no date: no dateline.
        assert_eq!(split_body_dateline("On 5 May 2010 – the court ruled"), None);
        assert_eq!(
            split_body_dateline("In Almaty, 5 May 2010 – the court"),
            None
        );
        assert_eq!(split_body_dateline("The Committee, in 2010 – urged"), None);
        assert_eq!(
            split_body_dateline("Bishkek, the capital – Police came"),
            None
        );
        assert_eq!(
            split_salutation(
                "Dear President Nazarbayev: As an independent group, we",
                &rules
            ),
            Some("As an independent group, we".to_string())
        );
        assert_eq!(
            split_salutation("Dear Mr. President, I write to urge you", &rules),
            Some("I write to urge you".to_string())
        );
        assert_eq!(split_salutation("Dear colleagues, we met", &rules), None);
        assert_eq!(split_salutation("Dearth of news: The", &rules), None);
        assert_eq!(
            split_agency_dateline("TASHKENT—The U.S. ambassador has urged", &rules),
            Some("The U.S. ambassador has urged".to_string())
        );
        assert_eq!(
            split_agency_dateline("NATO–Russia talks failed", &rules),
            None
        );
    }

    #[test]
    fn bracketed_places_and_slashed_agency_datelines() {
        assert_eq!(
            split_place_dateline("(New York) - The Uzbek government should stop."),
            Some("The Uzbek government should stop.".to_string())
        );
        assert_eq!(
            split_place_dateline("(Washington, D.C.) — Amnesty International today demanded …"),
            Some("Amnesty International today demanded …".to_string())
        );
        // A place named as places are needs no dash; a bracketed aside that is no place, a
        // list's letter or an agency in capitals without a dash stays.
        assert_eq!(
            split_place_dateline("(New York) The rest"),
            Some("The rest".to_string())
        );
        assert_eq!(split_place_dateline("(see below) - the rest"), None);
        assert_eq!(split_place_dateline("(see below) The rest"), None);
        assert_eq!(split_place_dateline("(A) The State party should"), None);
        assert_eq!(split_place_dateline("(AFP) The court ruled"), None);
        assert_eq!(
            split_open_dateline("Baku/09.04.14/Turan : Amnesty International has launched …"),
            Some((
                "2014-04-09".to_string(),
                "Amnesty International has launched …".to_string()
            ))
        );
        assert_eq!(agency_slash_date("Baku/31.13.14/Turan"), None);
        let rules = ImportRules::builtin();
        assert_eq!(
            split_agency_dateline("ALMATY, Kazakhstan -- Uzbekistan used force", &rules),
            Some("Uzbekistan used force".to_string())
        );
        // A city in capitals, a day without its year and an agency.
        assert_eq!(
            split_agency_dateline("DUSHANBE, September 8, Asia-Plus -- The EU said", &rules),
            Some("The EU said".to_string())
        );
        assert_eq!(
            split_agency_dateline("BISHKEK, 8 Sept. -- The court ruled", &rules),
            Some("The court ruled".to_string())
        );
        // Not a day ("September 2020"), nor an agency in small letters.
        assert_eq!(
            split_agency_dateline("DUSHANBE, September 2020 -- The EU said", &rules),
            None
        );
        assert_eq!(
            split_agency_dateline("DUSHANBE, September 8, said the agency -- The EU", &rules),
            None
        );
        // A sentence with a dash is no dateline.
        assert_eq!(
            split_agency_dateline("The Kyrgyz authorities - all of them - agreed", &rules),
            None
        );
        // A wire's dateline: a place, perhaps its country and day, an agency in brackets or
        // slashes, then a colon, a dash or a full stop.
        for (line, rest) in [
            (
                "GENEVA (AFP) - UN human rights chief X called",
                "UN human rights chief X called",
            ),
            (
                "Dushanbe (AsiaNews) – Several groups are calling",
                "Several groups are calling",
            ),
            (
                "New York [US], July 6 (ANI): The High Commissioner",
                "The High Commissioner",
            ),
            (
                "Bishkek, 12 May (Kabar) - The ombudsman urged",
                "The ombudsman urged",
            ),
            (
                "MOSCOW, March 3. /TASS/. The ministry said",
                "The ministry said",
            ),
            (
                "TASHKENT, Uzbekistan (AP) — The envoy urged",
                "The envoy urged",
            ),
            ("Karakol (Kabar) The court ruled", "The court ruled"),
        ] {
            assert_eq!(
                split_wire_dateline(line, &rules),
                Some(rest.to_string()),
                "{line}"
            );
        }
        // An organisation's acronym, a place unknown with an agency unknown, a bracket later.
        for line in [
            "Human Rights Watch (HRW) – The group said",
            "Bishkek (2023) – The city",
            "Almaty (Reuters) said the court ruled",
            "Karakol (Example Daily) – The court ruled",
            "The Committee (CAT) – The State party should",
            "In 2020 the group (HRW) urged – Uzbekistan",
            "Geneva (HRW) the group said",
        ] {
            assert_eq!(split_wire_dateline(line, &rules), None, "{line}");
        }
        assert!(foreign_line(
            "Dette dokument er ikke tilgængeligt på dit sprog."
        ));
        assert!(!foreign_line(
            "CPJ: Kazakhstan authorities jail, question journalists"
        ));
        assert!(!foreign_line("The Committee is concerned about the law."));
    }

    #[test]
    fn page_frames_read_by_their_shape() {
        // A notice in another language; a line of names and an English sentence are not.
        let fr =
            "Cette page n'existe pas encore dans la langue choisie, elle est affichée ailleurs.";
        assert!(other_language_line(fr, word_count(fr)));
        let names = "Jana Exampleová, Petr Sampleček, Ivo Testić";
        assert!(!other_language_line(names, word_count(names)));
        let en = "The court fined José Pérez for a post on the café's page.";
        assert!(!other_language_line(en, word_count(en)));
        // The site's note on the document's languages or files, not a finding about a text.
        assert!(availability_note(
            "nb: this motion for a resolution is available in the original language only."
        ));
        assert!(availability_note(
            "the statement is also available in pdf format."
        ));
        assert!(!availability_note(
            "no lawyer is available to detainees in the first hours of custody."
        ));
        // An uploader's handle, not a word.
        assert!(uploader_handle("mkr-77"));
        assert!(uploader_handle("wr2016_web"));
        assert!(!uploader_handle("government"));
        assert!(!uploader_handle("Kazakhstan"));
        // A fact box's line, not a lead-in or a sentence with a colon.
        assert!(fact_field("Head of state: Aruzhan Example"));
        assert!(fact_field(
            "Head of government: Berik Sampleuly (replaced Daniyar Testov in June)"
        ));
        assert!(!fact_field(
            "Recommendation: The State should repeal the law"
        ));
        assert!(!fact_field("The Committee recommends:"));
    }

    #[test]
    fn dates_parse_in_common_forms() {
        assert_eq!(parse_date("July 22, 2021").as_deref(), Some("2021-07-22"));
        assert_eq!(parse_date("22 July 2021").as_deref(), Some("2021-07-22"));
        assert_eq!(parse_date("22nd Jul 2021").as_deref(), Some("2021-07-22"));
        assert_eq!(parse_date("2024-01-11").as_deref(), Some("2024-01-11"));
        assert_eq!(
            parse_date("2013-07-24T17:30:55+0300").as_deref(),
            Some("2013-07-24")
        );
        assert_eq!(parse_date("2013-07-24Tuesday"), None);
        assert_eq!(parse_date("Kazakhstan 22 2021"), None);
        assert_eq!(
            split_dateline("(Berlin, January 11, 2024) – Western governments"),
            Some(("2024-01-11".to_string(), "Western governments".to_string()))
        );
    }

    #[test]
    fn a_crosshead_between_dashes_is_no_bullet() {
        assert_eq!(
            dashed_crosshead("- Support from Moscow -"),
            Some("Support from Moscow")
        );
        assert_eq!(
            dashed_crosshead("— Talks in Geneva —"),
            Some("Talks in Geneva")
        );
        // A bullet, a dash inside a line, mixed dashes, a sentence: no crosshead.
        assert_eq!(dashed_crosshead("- Release all detained journalists"), None);
        assert_eq!(dashed_crosshead("- Support from Moscow –"), None);
        assert_eq!(dashed_crosshead("- They left the square. -"), None);
        assert_eq!(dashed_crosshead("- lower case words -"), None);
    }

    #[test]
    fn bullets_of_many_shapes() {
        for line in [
            "  • a", "- a", "* a", "– a", "· a", "1. a", "12) a", "(a) a", "a) a", "(iv) a",
            "- (a) a", "• 2. a", "- b) a",
        ] {
            assert_eq!(is_bullet(line), Some("a"), "{line}");
        }
        for line in [
            "-a",
            "2021. a",
            "Kazakhstan: a",
            "[1] a",
            "(Berlin, 2024) a",
        ] {
            assert_eq!(is_bullet(line), None, "{line}");
        }
    }
}
