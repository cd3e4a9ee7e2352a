//! Line repairs before structure is read: glued list markers ("1.The", "(a)The",
//! "A.Introduction"), bullets from symbol fonts ("C ", "§ ", "Ø ", ""), running headers and
//! footers of copied PDFs (short lines repeated three times or more), and runs of related
//! headlines that end in "…".

use std::collections::HashMap;

use super::Line;
use crate::text::{block_at, collapse_whitespace_cow, fold, HIGHS, LOWS, ONES};

/// Glyphs that stand for a bullet when followed by a space (symbol-font bullets copied from
/// PDFs and Word files).
const GLYPH_BULLETS: &[char] = &[
    '§', 'Ø', '➢', '▪', '\u{f0b7}', '\u{f0a7}', '\u{f0d8}', '\u{f076}', '\u{f0fc}', '✓', '✔', '❖',
    '→', '⇒', '➤', '►', '▸', '◆', '◇', '□', '❑', '⮚', '\u{f0a8}',
];

/// Whether a text's first or last byte is printable ASCII (no whitespace, no control byte, no
/// part of a wider character): a text that starts or ends on one needs no trim at that end.
#[inline]
pub(crate) fn printable_ascii(byte: Option<&u8>) -> bool {
    byte.is_some_and(|&b| b > b' ' && b < 0x80)
}

/// The number of words of `text` (as `split_whitespace` counts them), counted no further than
/// `cap`: a long line is read only as far as the limit a rule asks about. Plain ASCII is read
/// eight bytes at a time (a word starts at each byte that is not whitespace after one that is);
/// an eight-byte block holding a byte outside ASCII is read character by character.
pub(crate) fn words_upto(text: &str, cap: usize) -> usize {
    let bytes = text.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() && words < cap {
        if let Some(x) = block_at(bytes, i) {
            if x & HIGHS == 0 {
                // Per lane (its high bit; no carry crosses lanes in ASCII): a space, or a
                // byte from 9 to 13 (at least 9 and not at least 14).
                let e = x ^ (ONES * 0x20);
                let space = !((e + LOWS) | e) & HIGHS;
                let from_tab = (x + ONES * (0x80 - 9)) & HIGHS;
                let from_14 = (x + ONES * (0x80 - 14)) & HIGHS;
                let white = space | (from_tab & !from_14);
                let before_white = (white << 8) | if in_word { 0 } else { 0x80 };
                let starts = !white & before_white & HIGHS;
                // (Each lane's bit moved to its lowest; multiplying sums the lanes into the
                // top byte: cheaper than a population count without its instruction.)
                words += ((starts >> 7).wrapping_mul(ONES) >> 56) as usize;
                in_word = white >> 63 == 0;
                i += 8;
                continue;
            }
        }
        // A block with a byte outside ASCII (or the last few bytes): character by character,
        // to the end of the block.
        let end = (i + 8).min(bytes.len());
        while i < end {
            let b = bytes[i];
            let (space, len) = if b < 0x80 {
                (matches!(b, b' ' | 9..=13), 1)
            } else {
                crate::text::wide_space_at(text, i)
            };
            if !space && !in_word {
                words += 1;
            }
            in_word = !space;
            i += len;
        }
    }
    words.min(cap)
}

/// A line's text with its number of words, counted once: every change to the text goes
/// through the methods here, which forget the count (reading it is `Deref` to `str`). The
/// passes over the lines (chrome, tidying, the header, the title) ask a line's length in words
/// again and again; the line pass knows it when it makes the line.
#[derive(Debug, Clone, Default)]
pub(crate) struct LineText {
    text: String,
    /// The number of words (as `split_whitespace` counts them), once counted.
    words: std::cell::Cell<Option<usize>>,
    /// Whether the text is known to be collapsed already (one plain space between words, none
    /// at the ends: [`crate::text::collapse_whitespace_cow`] would return it as it is).
    collapsed: bool,
}

impl LineText {
    /// A line's text whose words are counted already: `words` is its `split_whitespace` count;
    /// `collapsed`, whether the text is its own collapsed form (`false` when not known).
    pub(crate) fn counted(text: String, words: usize, collapsed: bool) -> Self {
        debug_assert_eq!(words, text.split_whitespace().count(), "{text:?}");
        debug_assert!(
            !collapsed || collapse_whitespace_cow(&text) == text.as_str(),
            "{text:?}"
        );
        LineText {
            text,
            words: std::cell::Cell::new(Some(words)),
            collapsed,
        }
    }

    /// [`crate::text::collapse_whitespace_cow`] of the text (the text itself when it is known
    /// to be collapsed, not read again).
    pub(crate) fn collapsed(&self) -> std::borrow::Cow<'_, str> {
        if self.collapsed {
            std::borrow::Cow::Borrowed(&self.text)
        } else {
            collapse_whitespace_cow(&self.text)
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// [`str::trim`] of the text, told without the general search when it can be: a text known
    /// collapsed has no whitespace at its ends, nor has one whose first and last bytes are
    /// printable ASCII (the passes over the lines trim each line again and again).
    #[inline]
    pub(crate) fn trim(&self) -> &str {
        let bytes = self.text.as_bytes();
        if self.collapsed || (printable_ascii(bytes.first()) && printable_ascii(bytes.last())) {
            &self.text
        } else {
            self.text.trim()
        }
    }

    /// [`str::trim_start`] of the text, told as [`LineText::trim`] tells it.
    #[inline]
    pub(crate) fn trim_start(&self) -> &str {
        if self.collapsed || printable_ascii(self.text.as_bytes().first()) {
            &self.text
        } else {
            self.text.trim_start()
        }
    }

    /// [`str::trim_end`] of the text, told as [`LineText::trim`] tells it.
    #[inline]
    pub(crate) fn trim_end(&self) -> &str {
        if self.collapsed || printable_ascii(self.text.as_bytes().last()) {
            &self.text
        } else {
            self.text.trim_end()
        }
    }

    /// The number of words of the line (as `split_whitespace` counts them).
    pub(crate) fn words(&self) -> usize {
        if let Some(words) = self.words.get() {
            return words;
        }
        let words = words_upto(&self.text, usize::MAX);
        self.words.set(Some(words));
        words
    }

    /// [`words_upto`] of the line: its number of words, no more than `cap`.
    pub(crate) fn words_upto(&self, cap: usize) -> usize {
        self.words().min(cap)
    }

    /// Replaces the text.
    pub(crate) fn set(&mut self, text: String) {
        *self = LineText::from(text);
    }

    pub(crate) fn clear(&mut self) {
        self.text.clear();
        self.words.set(Some(0));
        self.collapsed = true;
    }

    /// The text, the line left empty.
    pub(crate) fn take(&mut self) -> String {
        self.words.set(Some(0));
        self.collapsed = true;
        std::mem::take(&mut self.text)
    }

    #[cfg(test)]
    pub(crate) fn into_string(self) -> String {
        self.text
    }
}

impl From<String> for LineText {
    fn from(text: String) -> Self {
        LineText {
            text,
            words: std::cell::Cell::new(None),
            collapsed: false,
        }
    }
}

impl std::ops::Deref for LineText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

impl PartialEq<str> for LineText {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for LineText {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl PartialEq<String> for LineText {
    fn eq(&self, other: &String) -> bool {
        self.text == *other
    }
}

impl std::fmt::Display for LineText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// Fewest repeats that make a short line a running header or footer.
const RUNNING_REPEATS: usize = 3;
/// Longest running header (in words).
const RUNNING_MAX_WORDS: usize = 10;
/// Fewest bytes of text between two copies of a running header (less than a page of a copied
/// PDF holds).
const PAGE_MIN_BYTES: usize = 600;
/// Fewest words of a headline whose copies close together are the page's layout, not a
/// running header ("Share" or "Advertisement" printed three times is chrome however close).
const CLOSE_COPIES_MIN_WORDS: usize = 5;

/// Tidies the lines; returns what [`drop_story_list_top`] found of a list of other stories at
/// the top, when there was one.
pub(crate) fn tidy(lines: &mut Vec<Line>) -> Option<StoryList> {
    merge_lone_numbers(lines);
    dot_bare_paragraph_numbers(lines);
    let letter_bullets = letter_bullets(lines);
    for line in lines.iter_mut() {
        if let Some(fixed) = unglue_scrap(&line.text) {
            line.text.set(fixed);
        }
        if let Some(fixed) = unglue_marker(&line.text) {
            line.text.set(fixed);
        }
        if let Some(fixed) = cut_glued_job_numbers(&line.text) {
            line.text.set(fixed);
        }
        if let Some(fixed) = glyph_bullet(&line.text, &letter_bullets) {
            line.text.set(fixed);
        }
    }
    drop_running_lines(lines);
    drop_glued_contents(lines);
    drop_breadcrumb_echo(lines);
    drop_field_bullets(lines);
    drop_source_card(lines);
    drop_year_motto(lines);
    let story_list = drop_story_list_top(lines);
    drop_star_notes(lines);
    drop_calendars(lines);
    drop_address_blocks(lines);
    drop_headline_runs(lines);
    drop_link_lists(lines);
    drop_teaser_banner(lines);
    drop_cut_teaser(lines);
    drop_doubled_captions(lines);
    drop_echoed_credits(lines);
    story_list
}

/// Fewest lines numbered in order without a full stop that make a text's paragraph numbers.
const BARE_NUMBERS_MIN: usize = 3;

/// "1 The Parliamentary Assembly refers to …" / "2 The Assembly recalls …" / "3 The Assembly
/// calls on …": a resolution copied from a page that prints its paragraph numbers in a column of
/// their own keeps them bare, without their full stop. When every line opening with a bare
/// number (one to three digits), a space and a capital — a date's day and month aside ("2
/// December 2019 …") — is numbered 1, 2, 3 … in order, three lines or more, each number gets
/// its full stop back, so the lines read as the numbered paragraphs they are ("4.1 the
/// possibility …" under "4 … considers:" already reads as an item).
fn dot_bare_paragraph_numbers(lines: &mut [Line]) {
    let bare = |t: &str| -> Option<usize> {
        let t = t.trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 3 {
            return None;
        }
        let mut rest = t[digits..].chars();
        if rest.next() != Some(' ') || !rest.next().is_some_and(char::is_uppercase) {
            return None;
        }
        let opening: String = t.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        if super::dates::find_date(&opening).is_some() {
            return None;
        }
        t[..digits].parse().ok()
    };
    let numbered: Vec<(usize, usize)> = lines
        .iter()
        .enumerate()
        .filter_map(|(k, l)| bare(l.text.as_str()).map(|n| (k, n)))
        .collect();
    if numbered.len() < BARE_NUMBERS_MIN
        || !numbered.iter().enumerate().all(|(j, &(_, n))| n == j + 1)
    {
        return;
    }
    for (k, _) in numbered {
        let text = lines[k].text.as_str();
        let indent = text.len() - text.trim_start().len();
        let digits = text[indent..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        let fixed = format!("{}.{}", &text[..indent + digits], &text[indent + digits..]);
        lines[k].text.set(fixed);
    }
}

/// Most words of a credit line's name ("Agnès Callamard").
const CREDIT_NAME_MAX_WORDS: usize = 4;
/// Most words of a credit line in all ("…, Secretary General at Amnesty International", "…,
/// Deputy Director for Eastern Europe and Central Asia at Amnesty International").
const CREDIT_LINE_MAX_WORDS: usize = 16;
/// Spaces around a credit line, beyond its bytes, before it is trimmed.
const CREDIT_SPACE_BYTES: usize = 8;
/// Most bytes of a credit line.
const CREDIT_LINE_MAX_BYTES: usize = 120;
/// Words of the line after a credit read for the name's last word.
const CREDIT_NEXT_REACH_WORDS: usize = 12;
/// Lines either side of a credit line within which the story names the person credited.
const CREDIT_ECHO_REACH_LINES: usize = 16;
/// Fewest words of a line the credit's name is echoed in (a sentence of the story).
const CREDIT_ECHO_MIN_WORDS: usize = 8;

/// The name of a credit line: two to four words in capitals, no function word, no word in
/// capitals only ("Hugh Example", "Agnès Example-Name").
fn person_name(phrase: &str) -> bool {
    let words = phrase.split(' ').take(CREDIT_NAME_MAX_WORDS + 1).count();
    (2..=CREDIT_NAME_MAX_WORDS).contains(&words)
        && phrase.split(' ').all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                && !super::ENGLISH_FUNCTION_WORDS
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(w))
        })
}

/// "Hugh Example" / "Agnès Example, Secretary General at Example International" between the
/// story's paragraphs: a pull quote's or an embedded post's credit line. A short line that ends
/// no sentence and holds no verb — a person's name (`person_name`), then after a comma only
/// words in capitals and joining words (a role and an organisation) — names someone the story
/// quotes by that name in a sentence of its own elsewhere, and the line after it goes on without
/// naming them ("He also noted …", "“I urge …"): the credit of what stands beside it, no heading
/// (a heading that names a person opens a section about them, and its first line names them
/// again). Only below the first paragraph of the story, and the sentence naming the person
/// within `CREDIT_ECHO_REACH_LINES` lines of the credit.
#[inline(never)]
fn drop_echoed_credits(lines: &mut [Line]) {
    let Some(first_body) = lines.iter().position(|l| {
        words_upto(&l.text, super::BODY_LINE_MIN_WORDS) >= super::BODY_LINE_MIN_WORDS
    }) else {
        return;
    };
    for k in first_body + 1..lines.len() {
        // (Most lines are longer than a credit, or end a sentence: one look at the bytes.)
        let raw = lines[k].text.as_bytes();
        if raw.len() > CREDIT_LINE_MAX_BYTES + CREDIT_SPACE_BYTES
            || matches!(
                raw.last(),
                None | Some(b'.' | b'!' | b'?' | b':' | b';' | b',')
            )
        {
            continue;
        }
        let t = lines[k].text.trim();
        // (A line longer than a credit's bytes is not read further: most lines are.)
        if t.is_empty()
            || t.len() > CREDIT_LINE_MAX_BYTES
            || t.ends_with(['.', '!', '?', ':', ';', ',', '"', '”'])
            || !t.starts_with(|c: char| c.is_uppercase())
        {
            continue;
        }
        let (name, role) = match t.split_once(", ") {
            Some((name, role)) => (name, Some(role)),
            None => (t, None),
        };
        if !person_name(name)
            || words_upto(t, CREDIT_LINE_MAX_WORDS + 1) > CREDIT_LINE_MAX_WORDS
            || super::is_bullet(t).is_some()
        {
            continue;
        }
        // ("Jane Example, Researcher on Central Asia, Example International": a role, then
        // perhaps the organisation after one more comma.)
        let role_ok = role.is_none_or(|r| {
            r.split(", ").count() <= 2
                && r.split(", ").all(|part| {
                    !part.contains(',')
                        && part.split(' ').all(|w| {
                            w.starts_with(|c: char| c.is_uppercase())
                                || matches!(w, "of" | "at" | "for" | "the" | "and" | "on" | "in")
                        })
                })
        });
        if !role_ok {
            continue;
        }
        // (A caption printed twice, "Example Name" / "Example Name", is left to the rules of
        // doubled captions.)
        let filled = |l: &&Line| !l.text.trim().is_empty();
        let prev = lines[..k].iter().rev().find(filled);
        let next = lines[k + 1..].iter().find(filled);
        if [prev, next]
            .iter()
            .flatten()
            .any(|l| l.text.trim() == lines[k].text.trim())
        {
            continue;
        }
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let named_next = next.is_some_and(|l| {
            l.text
                .split_whitespace()
                .take(CREDIT_NEXT_REACH_WORDS)
                .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == surname)
        });
        if named_next {
            continue;
        }
        // (Searched last: few lines get this far.)
        let finder = memchr::memmem::Finder::new(name.as_bytes());
        let near = k.saturating_sub(CREDIT_ECHO_REACH_LINES)
            ..(k + CREDIT_ECHO_REACH_LINES).min(lines.len());
        let echoed = lines[near.clone()].iter().zip(near).any(|(l, j)| {
            j != k
                && finder.find(l.text.as_bytes()).is_some()
                && words_upto(&l.text, CREDIT_ECHO_MIN_WORDS) >= CREDIT_ECHO_MIN_WORDS
        });
        if echoed {
            lines[k].text.clear();
            // "The Russian authorities must immediately stop helping …" / "Example Name,
            // Researcher": the line the credit stands under, when it repeats words of another
            // paragraph (before it, or the one it is printed beside, after it), is a pull
            // quote, printed again beside the story.
            if let Some(p) = (first_body + 1..k).rev().find(|&j| filled(&&lines[j])) {
                if pull_quote(&lines[p].text, lines[..p].iter().chain(&lines[p + 1..])) {
                    lines[p].text.clear();
                }
            }
        }
    }
}

/// Fewest words of a pull quote printed again beside the story ([`pull_quote`]).
const PULL_QUOTE_MIN_WORDS: usize = 8;

/// Whether `text` (eight words or more) is printed word for word, its quotation marks and its
/// closing full stop aside, inside one of the `others` lines: a pull quote repeating the story.
fn pull_quote<'a>(text: &str, others: impl IntoIterator<Item = &'a Line>) -> bool {
    let bare = |t: &str| -> String {
        t.chars()
            .filter(|c| !matches!(c, '“' | '”' | '"' | '«' | '»'))
            .collect()
    };
    let quote = bare(text.trim());
    let quote = quote.trim().trim_end_matches('.');
    if words_upto(quote, PULL_QUOTE_MIN_WORDS) < PULL_QUOTE_MIN_WORDS {
        return false;
    }
    others.into_iter().any(|l| bare(&l.text).contains(quote))
}

/// Fewest entries of a table of contents copied from Word with its page numbers glued on.
const GLUED_CONTENTS_MIN_ENTRIES: usize = 3;
/// Most words of one such entry.
const GLUED_CONTENTS_MAX_WORDS: usize = 12;

/// "II. Religion before and after independence3", "A. Registration6", "I. Introduction1–6":
/// an entry of a table of contents copied from Word, its tab gone, so that the page number (or
/// a range of paragraphs and the page) is glued to the section's last word. A section marker
/// opens it; no sentence ends in it.
fn glued_contents_entry(text: &str) -> bool {
    let t = text.trim_end();
    // (Most lines end in a full stop or a letter and are not searched.)
    if !t.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let t = t.trim_start();
    // The marker, glued or not ("VIII.Conclusions …", "A. Registration6").
    let Some((stem, rest)) = t.split_once('.') else {
        return false;
    };
    let rest = rest.trim_start();
    let number = rest.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '–' | '-'));
    (1..=5).contains(&stem.len())
        && stem.bytes().all(|b| b.is_ascii_alphanumeric())
        && rest.len() - number.len() <= 9
        && number.ends_with(|c: char| c.is_alphabetic() || c == ')')
        && !rest.contains(['.', '!', '?', ':', ';'])
        && words_upto(rest, GLUED_CONTENTS_MAX_WORDS + 1) <= GLUED_CONTENTS_MAX_WORDS
}

/// A table of contents copied from Word: three entries or more one under the other (blank
/// lines between them or not) with their page numbers glued on ("I. Introduction3" / "II.
/// Religion before and after independence3" / "A. Registration6"). Its entries are no
/// headings; a lone heading with a footnote number glued on ("I. Introduction1") stays.
fn drop_glued_contents(lines: &mut [Line]) {
    let mut run: Vec<usize> = Vec::new();
    for i in 0..=lines.len() {
        if i < lines.len() && lines[i].text.trim_end().is_empty() {
            continue;
        }
        if i < lines.len() && glued_contents_entry(&lines[i].text) {
            run.push(i);
            continue;
        }
        if run.len() >= GLUED_CONTENTS_MIN_ENTRIES {
            for &k in &run {
                lines[k].text.clear();
            }
        }
        run.clear();
    }
}

/// "• Statement in view of …" then "Statement in view of …": a breadcrumb's last link
/// repeats the title below it; the bulleted copy goes.
fn drop_breadcrumb_echo(lines: &mut [Line]) {
    // "Home » Another activist detained …" / "Asia Featured News" / "Another activist
    // detained …": a breadcrumb ending in the title, the site's labels, then the title.
    // ("Current:Home > ScamsUN experts call on …" / "UN experts call on …": a label before the
    // trail, and the title run into the section's name and the site's suffix; the line below
    // is the title when the trail's last part holds it.)
    let crumb = lines.iter().take(BREADCRUMB_REACH).position(|l| {
        let t = l.text.trim();
        let t = t
            .split_once(':')
            .filter(|(label, _)| label.split_whitespace().count() <= 2 && !label.contains('/'))
            .map_or(t, |(_, rest)| rest.trim_start());
        ["Home » ", "Home > ", "Home / ", "Home › "]
            .iter()
            .any(|p| t.starts_with(p))
    });
    if let Some(k) = crumb {
        let title = lines[k]
            .text
            .trim()
            .rsplit(['»', '>', '/', '›'])
            .next()
            .unwrap_or_default()
            .trim()
            .to_string();
        let echo = (words_upto(&title, 3) >= 3)
            .then(|| {
                (k + 1..lines.len().min(k + 1 + BREADCRUMB_REACH)).find(|&j| {
                    let t = lines[j].text.trim();
                    t == title || (words_upto(t, 3) >= 3 && title.contains(t))
                })
            })
            .flatten();
        if let Some(j) = echo {
            for line in &mut lines[k..j] {
                line.text.clear();
            }
        }
    }
    for k in 0..lines.len() {
        // (Only a line opening with a bullet glyph is read further.)
        let glyph = lines[k]
            .text
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| matches!(c, '•' | '-' | '*' | '·' | '–'));
        if !glyph {
            continue;
        }
        let Some(item) = super::is_bullet(&lines[k].text) else {
            continue;
        };
        let item = item.trim();
        if words_upto(item, 3) < 3 {
            continue;
        }
        let next = lines[k + 1..]
            .iter()
            .map(|l| l.text.trim())
            .find(|t| !t.is_empty());
        if next == Some(item) {
            lines[k].text.clear();
        }
    }
}

/// Lines searched for a breadcrumb and for the title it ends in.
const BREADCRUMB_REACH: usize = 8;

/// Longest headline standing on its own line above a one-line paragraph (in words).
const HEADLINE_LINE_MAX_WORDS: usize = 30;

/// Fewest lines of day numbers, month and weekday names that make a calendar widget.
const CALENDAR_MIN_LINES: usize = 12;
/// Longest line of a calendar widget.
const CALENDAR_LINE_MAX_BYTES: usize = 40;
/// Fewest month or weekday names in it.
const CALENDAR_MIN_NAMES: usize = 4;

/// Most words of a line of a document host's source card ("from UN Office of the High
/// Commissioner for Human Rights", "Published on 12 Jun 2019 View Original").
const SOURCE_CARD_MAX_WORDS: usize = 12;
/// Most words of the card's format label ("Report", "News and Press Release").
const SOURCE_CARD_LABEL_MAX_WORDS: usize = 4;

/// "Report" / "from UN Office of the High Commissioner for Human Rights" / "Published on 12 Jun
/// 2019 View Original": a document host's card above a reposted document, its format, its
/// source and its date with a button to the original. The button's label goes from the date's
/// line (the date stays, for the header to read); the source's line above it, opening "from",
/// and the format's label above that go.
fn drop_source_card(lines: &mut [Line]) {
    const BUTTON: &str = " view original";
    for k in 0..lines.len() {
        let t = lines[k].text.trim_end();
        // (Only a line ending in the button's label is read further.)
        if t.len() < BUTTON.len()
            || !t.is_char_boundary(t.len() - BUTTON.len())
            || !t[t.len() - BUTTON.len()..].eq_ignore_ascii_case(BUTTON)
            || lines[k].text.words_upto(SOURCE_CARD_MAX_WORDS + 1) > SOURCE_CARD_MAX_WORDS
        {
            continue;
        }
        let date = t[..t.len() - BUTTON.len()].trim().to_string();
        lines[k].text.set(date);
        let short = |line: &Line, most: usize| {
            let t = line.text.trim();
            !t.is_empty()
                && !t.ends_with(['.', ':', ';', '!', '?'])
                && line.text.words_upto(most + 1) <= most
        };
        let Some(source) = k.checked_sub(1) else {
            continue;
        };
        if !(lines[source].text.trim_start().starts_with("from ")
            && short(&lines[source], SOURCE_CARD_MAX_WORDS))
        {
            continue;
        }
        lines[source].text.clear();
        if let Some(label) = source.checked_sub(1) {
            if short(&lines[label], SOURCE_CARD_LABEL_MAX_WORDS) {
                lines[label].text.clear();
            }
        }
    }
}

/// What [`drop_story_list_top`] found.
pub(crate) struct StoryList {
    /// The number of the first line below the list (and below the body's first line when a
    /// date was cut from it), from which the page's dates are read.
    pub(crate) dates_from: usize,
    /// The date of the story's own dateline, left on the body's first line after the cut.
    pub(crate) dateline: Option<String>,
}

/// Non-empty lines at a text's top within which a list of other stories begins.
const STORY_LIST_START_REACH: usize = 2;
/// Most words and fewest words of a headline in such a list.
const STORY_LIST_HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 4..=25;
/// Longest date glued before the body's first word ("July 27, 2025A new report …").
const GLUED_DATE_MAX_BYTES: usize = 24;

/// "Brazil’s Intelligence Agency … Police Say" / "July 18, 2025" / "Deliberate Deprivation: How
/// … Crisis" / "July 27, 2025A new report by …": a site's list of its latest stories above the
/// text, each headline over its own date, two at least, at the top, their dates not all one
/// unless the last is glued before the body. The headlines go and so do
/// their dates (a date glued before the body's first word is cut from it): none is the text's
/// title or date.
fn drop_story_list_top(lines: &mut [Line]) -> Option<StoryList> {
    let present: Vec<usize> = (0..lines.len())
        .filter(|&k| !lines[k].text.trim().is_empty())
        .take(STORY_LIST_START_REACH + 6)
        .collect();
    let headline = |k: usize| {
        let t = lines[k].text.trim();
        STORY_LIST_HEADLINE_WORDS.contains(&lines[k].text.words_upto(26))
            && t.starts_with(char::is_uppercase)
            && !t.ends_with(['.', ':', ';', ',', '!'])
            && super::parse_date(t).is_none()
    };
    let date_only = |k: usize| {
        let t = lines[k].text.trim();
        t.len() <= GLUED_DATE_MAX_BYTES && super::parse_date(t).is_some()
    };
    for first in 0..STORY_LIST_START_REACH.min(present.len()) {
        // The pairs: a headline, then its date on the next line.
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        let mut i = first;
        while i + 1 < present.len() && headline(present[i]) && date_only(present[i + 1]) {
            pairs.push((present[i], present[i + 1]));
            i += 2;
        }
        // The last headline's date may be glued before the body's first word.
        let glued = (i + 1 < present.len() && headline(present[i]))
            .then(|| {
                glued_date_end(lines[present[i + 1]].text.trim())
                    .map(|end| (present[i], present[i + 1], end))
            })
            .flatten();
        let stories = pairs.len() + usize::from(glued.is_some());
        let dates_differ = {
            let mut dates: Vec<String> = pairs
                .iter()
                .filter_map(|&(_, d)| super::parse_date(lines[d].text.trim()))
                .collect();
            if let Some((_, body, end)) = glued {
                dates.extend(super::parse_date(&lines[body].text.trim()[..end]));
            }
            dates.sort();
            dates.dedup();
            dates.len() >= 2
        };
        // (Two headlines over one date are a headline and its subtitle, unless the last date
        // is glued before the body, as a widget's is: "October 1, 2024October 01, 2024 – …".)
        if stories < 2 || !(dates_differ || glued.is_some()) {
            continue;
        }
        let mut last = 0;
        for (h, d) in pairs {
            lines[h].text.clear();
            lines[d].text.clear();
            last = d;
        }
        // (What is left of the body's line may open with the story's own dateline: "October
        // 01, 2024 – Uzbekistan –".)
        let mut dateline = None;
        if let Some((h, body, end)) = glued {
            lines[h].text.clear();
            let rest = lines[body].text.trim()[end..].to_string();
            dateline = super::dates::find_date(words_from_start(&rest, DATELINE_DATE_WORDS));
            lines[body].text.set(rest);
            last = body;
        }
        return Some(StoryList {
            dates_from: lines[last].no + 1,
            dateline,
        });
    }
    None
}

/// Words at a line's start within which a dateline's date stands ("October 01, 2024 – …").
const DATELINE_DATE_WORDS: usize = 4;

/// The first `most` words of a line, as printed.
fn words_from_start(line: &str, most: usize) -> &str {
    match line.split_whitespace().nth(most) {
        Some(w) => {
            let at = w.as_ptr() as usize - line.as_ptr() as usize;
            line[..at].trim_end()
        }
        None => line,
    }
}

/// Where a date glued before a capitalised word ends ("July 27, 2025A new report …" → the byte
/// after "2025"), when the line opens with a whole date.
fn glued_date_end(line: &str) -> Option<usize> {
    line.char_indices()
        .take_while(|&(at, _)| at <= GLUED_DATE_MAX_BYTES)
        .filter(|&(at, c)| c.is_uppercase() && at >= 4 && line.as_bytes()[at - 1].is_ascii_digit())
        .map(|(at, _)| at)
        .find(|&at| super::parse_date(&line[..at]).is_some())
}

/// Lines at a text's top searched for a state's motto of the year.
const YEAR_MOTTO_REACH: usize = 12;
/// Most words of the motto's line and of each line it runs on to.
const YEAR_MOTTO_MAX_WORDS: usize = 10;
/// Most lines a motto whose quotation is left open runs on to.
const YEAR_MOTTO_MAX_LINES: usize = 3;

/// "Year 2024 - «Fount of Wisdom" / "Magtymguly Fragi" / "»", "2025 – Year of Peace and Trust":
/// the motto a state gives each year, printed in its sites' banner above every page. Near the
/// top, a short line opening "Year" and a year, then a dash and an opening quotation mark, goes
/// with the short lines its quotation runs on to (up to the closing mark, or a blank line); so
/// does a short line of a year, a dash and "Year of …".
fn drop_year_motto(lines: &mut [Line]) {
    let reach = lines.len().min(YEAR_MOTTO_REACH);
    for k in 0..reach {
        let t = lines[k].text.trim();
        if lines[k].text.words_upto(YEAR_MOTTO_MAX_WORDS + 1) > YEAR_MOTTO_MAX_WORDS
            || t.ends_with(['.', '!', '?'])
        {
            continue;
        }
        let Some((before, after)) = t.split_once(['-', '–', '—']) else {
            continue;
        };
        let (before, after) = (before.trim(), after.trim_start());
        let is_year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        let year_word = before
            .strip_prefix("Year ")
            .is_some_and(|y| is_year(y.trim()))
            && after.starts_with(['«', '"', '“']);
        let year_of = is_year(before)
            && after
                .get(.."year of ".len())
                .is_some_and(|h| h.eq_ignore_ascii_case("year of "));
        if !(year_word || year_of) {
            continue;
        }
        // (The quotation's own opening mark aside.)
        let quoted = &after[after.chars().next().map_or(0, char::len_utf8)..];
        let open = year_word && !quoted.contains(['»', '"', '”']);
        lines[k].text.clear();
        if !open {
            continue;
        }
        for line in lines[k + 1..].iter_mut().take(YEAR_MOTTO_MAX_LINES) {
            let t = line.text.trim();
            if t.is_empty() || line.text.words_upto(YEAR_MOTTO_MAX_WORDS + 1) > YEAR_MOTTO_MAX_WORDS
            {
                break;
            }
            let closes = t.contains(['»', '”']);
            line.text.clear();
            if closes {
                break;
            }
        }
    }
}

/// Lines at a text's top searched for a page's fields set as a bulleted list.
const FIELD_BULLETS_REACH: usize = 60;
/// Most words of a field's label ("Fields of work:") and of its value in such a list.
const FIELD_LABEL_MAX_WORDS: usize = 4;
const FIELD_VALUE_MAX_WORDS: usize = 16;
/// Fewest labels that make a bulleted run a page's fields.
const FIELD_BULLETS_MIN_LABELS: usize = 2;
/// Fewest lines missing right above a field run whose first labels went as chrome.
const FIELD_LABELS_GONE_MIN_LINES: usize = 2;

/// "- Place:" / "- WARSAW" / "- Source:" / "- OSCE Office …" / "- Fields of work:" / "- Human
/// rights": a page's fields set as a bulleted list above the body, each label a few words
/// ending in a colon with its value on the bullet below (no sentence end). The run goes whole
/// when it holds two labels or more and every line is a label or a label's value; a list
/// under a lead-in, or one whose items are sentences, is no field list.
fn drop_field_bullets(lines: &mut [Line]) {
    let reach = lines.len().min(FIELD_BULLETS_REACH);
    let mut i = 0;
    while i < reach {
        // (A line of a sentence's length ends the top: the body has begun.)
        if lines[i].text.words() > FIELD_VALUE_MAX_WORDS {
            return;
        }
        if super::is_bullet(&lines[i].text).is_none() {
            i += 1;
            continue;
        }
        // The run of bullets, blank or dropped lines between them.
        let mut end = i;
        let mut items: Vec<usize> = Vec::new();
        while end < lines.len() {
            let t = lines[end].text.trim();
            if t.is_empty() {
                end += 1;
                continue;
            }
            if super::is_bullet(t).is_none() {
                break;
            }
            items.push(end);
            end += 1;
        }
        let label = |k: usize| {
            super::is_bullet(&lines[k].text).is_some_and(|t| {
                let t = t.trim();
                t.ends_with(':')
                    && words_upto(t, FIELD_LABEL_MAX_WORDS + 1) <= FIELD_LABEL_MAX_WORDS
            })
        };
        let value = |k: usize| {
            super::is_bullet(&lines[k].text).is_some_and(|t| {
                let t = t.trim();
                !t.ends_with(['.', ':', ';', '!', '?'])
                    && words_upto(t, FIELD_VALUE_MAX_WORDS + 1) <= FIELD_VALUE_MAX_WORDS
            })
        };
        let labels = items.iter().filter(|&&k| label(k)).count();
        // ("- Date:" / "- Source:" / "- OSCE Office …" / "- Fields of work:" / "- Human rights":
        // empty labels right above the run went as chrome before; their lines are missing
        // between the line above and the run's first, which is then a value.)
        let labels_gone = items.first().is_some_and(|&k| {
            k > 0
                && (0..k)
                    .rev()
                    .find(|&j| !lines[j].text.trim().is_empty())
                    .is_some_and(|j| lines[k].no > lines[j].no + FIELD_LABELS_GONE_MIN_LINES)
        });
        // (Each value follows a label or another value of the same field.)
        let fields = (labels >= FIELD_BULLETS_MIN_LABELS
            && items.first().is_some_and(|&k| label(k))
            || labels >= 1 && labels_gone)
            && items.iter().all(|&k| label(k) || value(k));
        if fields {
            for &k in &items {
                lines[k].text.clear();
            }
        }
        i = end.max(i + 1);
    }
}

/// A site's calendar widget copied with the page ("Meetings Calendar 2006" / "January" / … /
/// "Mo Tu We Th Fr Sa Su" / "1" / "2" / …): a run of lines that are only day numbers, month or
/// weekday names (dots and blank lines between) is chrome, with the short line naming it above.
fn drop_calendars(lines: &mut [Line]) {
    const WEEKDAY_ABBREVIATIONS: [&str; 14] = [
        "mo", "tu", "we", "th", "fr", "sa", "su", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ];
    let scrap = |t: &str| {
        let t = t.trim();
        // Calendar lines are short ("Mo Tu We Th Fr Sa Su", "September"): others are not read.
        if t.len() > CALENDAR_LINE_MAX_BYTES {
            return false;
        }
        t.is_empty()
            || t.chars().all(|c| matches!(c, '.' | '|' | '·'))
            || t.split_whitespace().all(|w| {
                let w = w.trim_matches(['.', ',']);
                w.is_empty()
                    || (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
                    || crate::text::with_ascii_lowercase(w, |w| WEEKDAY_ABBREVIATIONS.contains(&w))
                    || (w.len() >= 3 && super::month_number(w).is_some())
            })
    };
    let mut i = 0;
    while i < lines.len() {
        let end = i + lines[i..].iter().take_while(|l| scrap(&l.text)).count();
        // Stray numbers and dots may be gone already: the run's length and its month or
        // weekday names tell.
        let named = lines[i..end]
            .iter()
            .filter(|l| l.text.chars().any(char::is_alphabetic))
            .count();
        if end - i >= CALENDAR_MIN_LINES && named >= CALENDAR_MIN_NAMES {
            for line in &mut lines[i..end] {
                line.text.clear();
            }
            // "Meetings Calendar 2006": the widget's own heading.
            if let Some(above) = lines[..i]
                .iter_mut()
                .rev()
                .find(|l| !l.text.trim().is_empty())
            {
                if above.text.words_upto(5) <= 4 && fold(&above.text).contains("calendar") {
                    above.text.clear();
                }
            }
        }
        i = end.max(i + 1);
    }
}

/// Longest note under a lone "*" (in words).
const STAR_NOTE_MAX_WORDS: usize = 25;
/// Longest line of a postal address (in words).
const ADDRESS_LINE_MAX_WORDS: usize = 12;
/// Most lines of an address above its "Salutation:" line.
const ADDRESS_MAX_LINES: usize = 10;

/// An appeal's postal addresses ("Minister of Justice" / "Rudaki avenue 25" / "Dushanbe,
/// 734025, Tajikistan" / "Fax: …" / "Salutation: Dear Minister"): a "Salutation:" line and the
/// short lines above it, up to the lead-in that ends in ':' ("Contact these officials …:"), are
/// an address, not report text.
fn drop_address_blocks(lines: &mut [Line]) {
    for i in 0..lines.len() {
        if !lines[i].text.trim_start().starts_with("Salutation:") {
            continue;
        }
        lines[i].text.clear();
        for line in lines[..i].iter_mut().rev().take(ADDRESS_MAX_LINES) {
            let t = line.text.trim();
            if t.ends_with(':')
                || words_upto(t, ADDRESS_LINE_MAX_WORDS + 1) > ADDRESS_LINE_MAX_WORDS
            {
                break;
            }
            line.text.clear();
        }
    }
}

/// Most stars before a note ("***").
const NOTE_MAX_STARS: usize = 3;

/// How many stars open a line before a space ("* The annex …" 1, "** Late submission." 2), or
/// 0.
fn note_stars(text: &str) -> usize {
    let t = text.trim_start();
    let n = t.bytes().take_while(|&b| b == b'*').count();
    if (1..=NOTE_MAX_STARS).contains(&n) && t.as_bytes().get(n) == Some(&b' ') {
        n
    } else {
        0
    }
}

/// Whether `text` (no note itself) has `stars` stars glued to a word as a note's reference ("…
/// report of Kyrgyzstan *", "… Periodic Review*"); a lone star opening the line is a bullet.
fn star_reference(text: &str, stars: usize) -> bool {
    note_stars(text) == 0
        && text.contains('*')
        && text.split_whitespace().enumerate().any(|(k, token)| {
            let token = token.trim_end_matches([',', '.', ';', ':']);
            let n = token.len() - token.trim_end_matches('*').len();
            n == stars && (k > 0 || token.len() > n)
        })
}

/// "* The annex is circulated as received.": a note to a starred title, copied where the page
/// broke. A lone star line (no line with as many stars beside it, not after a lead-in) that is
/// one sentence, or that notes a star above it, is no list item; so are a UN document's notes
/// one under the other ("* The summary … is circulated in all official languages." / "** Late
/// submission."): a list's bullets are all alike.
fn drop_star_notes(lines: &mut [Line]) {
    for i in 0..lines.len() {
        // "*" alone, then "The annex to the present report is circulated as received.".
        if lines[i].text.trim() == "*" {
            if let Some(next) = lines[i + 1..]
                .iter_mut()
                .find(|l| !l.text.trim().is_empty())
            {
                let t = next.text.trim();
                if t.ends_with('.')
                    && !t.trim_end_matches('.').contains(". ")
                    && words_upto(t, STAR_NOTE_MAX_WORDS + 1) <= STAR_NOTE_MAX_WORDS
                {
                    next.text.clear();
                }
            }
            lines[i].text.clear();
            continue;
        }
        let stars = note_stars(&lines[i].text);
        if stars == 0 {
            continue;
        }
        let alike = |l: &Line| note_stars(&l.text) == stars;
        let prev = lines[..i].iter().rev().find(|l| !l.text.trim().is_empty());
        let next = lines[i + 1..].iter().find(|l| !l.text.trim().is_empty());
        let t = lines[i].text.trim();
        let body = t[stars..].trim_start();
        // A list's bullets are all alike; a note opens with a capital.
        if !body.starts_with(|c: char| c.is_uppercase())
            || prev.is_some_and(alike)
            || next.is_some_and(alike)
        {
            continue;
        }
        // "… MONTENEGRO*, SERBIA* … align themselves." / "* Montenegro and Serbia continue …":
        // the note of the stars in the paragraph above.
        let starred_above = prev.is_some_and(|p| {
            p.text
                .split_whitespace()
                .any(|w| w.len() > 1 && w.trim_end_matches([',', '.', ';']).ends_with('*'))
        });
        let sentence = t.ends_with('.') && !body.trim_end_matches('.').contains(". ");
        let other_note = |l: &Line| {
            let n = note_stars(&l.text);
            n > 0 && n != stars
        };
        // "Concluding observations … of Kyrgyzstan *" above: a line of one star opening with a
        // capital is the title's note wherever the page broke, after a lead-in too (copied
        // between "… the adoption of the following:" and its "(a)").
        let referenced_above = lines[..i].iter().any(|l| star_reference(&l.text, stars));
        let note = (sentence
            || starred_above
            || referenced_above
            || prev.is_some_and(other_note)
            || next.is_some_and(other_note))
            && prev.is_none_or(|p| referenced_above || !p.text.trim_end().ends_with(':'));
        if note {
            lines[i].text.clear();
        }
    }
}

/// Fewest words of the headline printed twice under a site's labels (see
/// `drop_doubled_captions`).
const DOUBLED_HEADLINE_MIN_WORDS: usize = 5;
/// Most words of an image caption printed twice (alt text, then caption).
const DOUBLED_CAPTION_MAX_WORDS: usize = 30;

/// A short line printed twice in a row below the first line ("The UPR takes place at the Palais
/// des Nations, Geneva" twice: an image's alt text and its caption) is chrome. The first line
/// repeated, and the first line of five words or more not ending in a full stop (under a site's
/// short labels), is the title printed again by the layout, which the header reads.
fn drop_doubled_captions(lines: &mut [Line]) {
    let key = |l: &Line| fold(&l.text.collapsed());
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].text.trim().is_empty())
        .collect();
    let Some(&first) = filled.first() else {
        return;
    };
    // "Jane ExampleJane Example": an image's alt text and its caption glued into one line.
    for &i in &filled[1..] {
        if glued_twice(lines[i].text.trim()) {
            lines[i].text.clear();
        }
    }
    // Only short lines can be captions: longer ones are not folded at all. (Each line is
    // measured once, when a pair first asks: most lines are in two pairs. A line cleared
    // below is short no more.)
    let shorts: Vec<std::cell::Cell<Option<bool>>> = vec![std::cell::Cell::new(None); lines.len()];
    let short = |i: usize, l: &Line| match shorts[i].get() {
        Some(short) => short,
        None => {
            let short = (4..=DOUBLED_CAPTION_MAX_WORDS)
                .contains(&l.text.words_upto(DOUBLED_CAPTION_MAX_WORDS + 1));
            shorts[i].set(Some(short));
            short
        }
    };
    let first_key = key(&lines[first]);
    // "News in English" / "Surprise Acquittals: Is …?" twice: the first line of a headline's
    // length, under the site's short labels, is the headline printed twice by the layout (its
    // meta title and its heading), unless it ends a sentence as a caption does.
    let headline_key = filled
        .iter()
        .find(|&&i| {
            lines[i].text.words_upto(DOUBLED_HEADLINE_MIN_WORDS) >= DOUBLED_HEADLINE_MIN_WORDS
        })
        .filter(|&&i| i != first && !lines[i].text.trim_end().ends_with('.'))
        .map(|&i| key(&lines[i]));
    // A key opens with its line's first character folded: two lines opening with different
    // ASCII characters have different keys, and are neither measured nor folded.
    let opening = |l: &Line| {
        l.text
            .trim_start()
            .bytes()
            .next()
            .filter(u8::is_ascii)
            .map(|b| b.to_ascii_lowercase())
    };
    // The key of the second line of the last pair compared, kept for the next pair.
    let mut kept: Option<(usize, String)> = None;
    for pair in filled.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if let (Some(x), Some(y)) = (opening(&lines[a]), opening(&lines[b])) {
            if x != y {
                continue;
            }
        }
        if !short(a, &lines[a]) || !short(b, &lines[b]) {
            continue;
        }
        let k = match kept.take() {
            Some((line, k)) if line == a => k,
            _ => key(&lines[a]),
        };
        let next = key(&lines[b]);
        // (A headline stands as a block of its own: a blank line after its second copy.)
        let headline = headline_key.as_ref() == Some(&k)
            && lines.get(b + 1).is_none_or(|l| l.text.trim().is_empty());
        if k == next && k != first_key && !headline && !k.ends_with(':') {
            lines[a].text.clear();
            lines[b].text.clear();
            shorts[a].set(Some(false));
            shorts[b].set(Some(false));
        } else {
            kept = Some((b, next));
        }
    }
}

/// "Jane ExampleJane Example", "A protester in the square in MayA protester in the square in
/// May": a line that is one short caption printed twice, glued or with a space between (an
/// image's alt text and its caption run together by the copy), two to
/// [`DOUBLED_CAPTION_MAX_WORDS`] words each, opening on a capital. A sentence or a name said
/// twice on purpose has words between its copies.
fn glued_twice(t: &str) -> bool {
    let n = t.len();
    let half = |at: usize, skip: usize| -> Option<&str> {
        let (a, b) = (t.get(..at)?, t.get(at + skip..)?);
        (a == b).then_some(a)
    };
    let caption = if n.is_multiple_of(2) {
        half(n / 2, 0)
    } else if t.as_bytes().get(n / 2) == Some(&b' ') {
        half(n / 2, 1)
    } else {
        None
    };
    caption.is_some_and(|c| {
        c.starts_with(char::is_uppercase)
            && (2..=DOUBLED_CAPTION_MAX_WORDS)
                .contains(&words_upto(c, DOUBLED_CAPTION_MAX_WORDS + 1))
    })
}

/// Fewest words of a lead-in whose list's first bullet was glued after its colon.
const GLUED_BULLET_LEAD_MIN_WORDS: usize = 3;

/// Fewest bullets inside one line that make it a list run together ([`split_glued_bullets`]).
const INLINE_BULLETS_MIN: usize = 3;
/// Longest line read as a page flattened onto one line (bytes; a printed page holds a few
/// thousand).
const INLINE_BULLETS_MAX_BYTES: usize = 16 * 1024;

/// Where a line holding a list run together is cut: before each " • " that opens an entry
/// with a capital ("… (CPC) • Continue to designate …; • Lift the waiver …"), when the line
/// holds [`INLINE_BULLETS_MIN`] of them or more (a PDF's page flattened onto one line).
fn inline_bullet_cuts(line: &str) -> Vec<usize> {
    // (A line longer than a page's text is no page flattened: left whole, as any long line.)
    if line.len() > INLINE_BULLETS_MAX_BYTES {
        return Vec::new();
    }
    // (Most lines hold no bullet at all: one byte search for the last byte of "•", E2 80 A2.)
    let bytes = line.as_bytes();
    if !memchr::memchr_iter(0xA2, bytes).any(|i| i >= 2 && bytes[i - 2..i] == [0xE2, 0x80]) {
        return Vec::new();
    }
    let cuts: Vec<usize> = line
        .match_indices(" • ")
        .filter(|(at, sep)| {
            line[at + sep.len()..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .map(|(at, _)| at + 1)
        .collect();
    if cuts.len() >= INLINE_BULLETS_MIN {
        cuts
    } else {
        Vec::new()
    }
}

/// "Please write immediately in English or your own language:  Urging the authorities …": a
/// symbol font's bullet (of [`GLYPH_BULLETS`], not "§" or "Ø", which texts also use otherwise)
/// glued after a lead-in's colon, the list's first entry run into the lead-in's line by the
/// copy: the line is cut before the bullet, the lead-in, then the entry on a line of its own.
/// A line holding a whole list run together ([`inline_bullet_cuts`]) is cut before each
/// bullet. Every piece keeps its line's number.
pub(crate) fn split_glued_bullets(pieces: Vec<(usize, &str)>) -> Vec<(usize, &str)> {
    let glued = |line: &str| -> Option<usize> {
        // (Most lines hold no colon and a space: read no further.)
        let bytes = line.as_bytes();
        let colon = memchr::memchr_iter(b':', bytes).find(|&c| bytes.get(c + 1) == Some(&b' '))?;
        let after = &line[colon + 1..];
        let rest = after.trim_start();
        let glyph = rest.chars().next()?;
        (glyph != '§'
            && glyph != 'Ø'
            && GLYPH_BULLETS.contains(&glyph)
            && rest[glyph.len_utf8()..].starts_with([' ', '\u{a0}'])
            && words_upto(&line[..colon], GLUED_BULLET_LEAD_MIN_WORDS)
                >= GLUED_BULLET_LEAD_MIN_WORDS)
            .then(|| line.len() - rest.len())
    };
    if !pieces
        .iter()
        .any(|(_, l)| glued(l).is_some() || !inline_bullet_cuts(l).is_empty())
    {
        return pieces;
    }
    let mut out = Vec::with_capacity(pieces.len() + 1);
    for (no, line) in pieces {
        let inline = inline_bullet_cuts(line);
        if !inline.is_empty() {
            // The words before the first bullet, then each entry on a line of its own.
            let mut from = 0;
            for at in inline {
                out.push((no, line[from..at].trim_end()));
                from = at;
            }
            out.push((no, &line[from..]));
            continue;
        }
        match glued(line) {
            Some(at) => {
                out.push((no, line[..at].trim_end()));
                out.push((no, &line[at..]));
            }
            None => out.push((no, line)),
        }
    }
    out
}

/// Fewest lines ending in a break tag that make a text's lines a page's markup leaked into it.
const BREAK_TAG_MIN_LINES: usize = 3;
/// Fewest words of a printed line that runs on into the next one (a heading is shorter).
const WRAPPED_LINE_MIN_WORDS: usize = 5;

/// The break tag at the end of a line ("… refused to comment on its<br />"), in any of its
/// spellings, and its length.
fn break_tag_len(line: &str) -> Option<usize> {
    let t = line.trim_end();
    // (Most lines end otherwise: one byte is looked at.)
    if !t.ends_with('>') {
        return None;
    }
    ["<br />", "<br/>", "<br>"]
        .iter()
        .find(|tag| {
            t.len() >= tag.len()
                && t.as_bytes()[t.len() - tag.len()..].eq_ignore_ascii_case(tag.as_bytes())
        })
        .map(|tag| tag.len() + (line.len() - t.len()))
}

/// "General's Office refused to comment on its<br />" / "" / "authenticity but its …<br />": a
/// document host's copy of a PDF that keeps each printed line's break tag, and prints a blank
/// line after each. When three lines or more end in a tag, the tags go, and so does the blank
/// line right after a tagged line of five words or more that ends no sentence: the printed
/// lines of a paragraph stand together as the wrapped paragraph they are. Each piece keeps its
/// line number.
pub(crate) fn undo_break_tags(pieces: Vec<(usize, &str)>) -> Vec<(usize, &str)> {
    let tagged = pieces
        .iter()
        .filter(|(_, t)| break_tag_len(t).is_some())
        .take(BREAK_TAG_MIN_LINES)
        .count();
    if tagged < BREAK_TAG_MIN_LINES {
        return pieces;
    }
    let mut out = Vec::with_capacity(pieces.len());
    let mut after_tag = false;
    for (no, line) in pieces {
        if after_tag && line.trim().is_empty() {
            after_tag = false;
            continue;
        }
        match break_tag_len(line) {
            Some(n) => {
                let text = &line[..line.len() - n];
                out.push((no, text));
                // (A short line, a heading's, and a line ending a sentence keep the blank line
                // after them: only a printed line cut inside its paragraph runs on.)
                let t = text.trim_end();
                after_tag = !t.ends_with(['.', '!', '?', ':', '”', '"', '’'])
                    && words_upto(t, WRAPPED_LINE_MIN_WORDS) >= WRAPPED_LINE_MIN_WORDS;
            }
            None => {
                out.push((no, line));
                after_tag = false;
            }
        }
    }
    out
}

/// A paragraph number or a list item's letter alone on its line ("5." then "The Committee
/// welcomes …", "(a)" then "Strengthen its efforts …", from a PDF) joins the line after it.
fn merge_lone_numbers(lines: &mut Vec<Line>) {
    let lone = |t: &str| {
        let t = t.trim();
        let digits = t.trim_end_matches(['.', ')']);
        let number = t.len() > digits.len()
            && !digits.is_empty()
            && digits.len() <= 3
            && digits.chars().all(|c| c.is_ascii_digit());
        // "(a)", "(iv)", "b)": a letter or a roman numeral in brackets.
        let letter = t
            .strip_suffix(')')
            .map(|inner| inner.strip_prefix('(').unwrap_or(inner))
            .is_some_and(|inner| {
                (1..=4).contains(&inner.len())
                    && inner.bytes().all(|b| b.is_ascii_lowercase())
                    && (inner.len() == 1 || inner.bytes().all(|b| b"ivx".contains(&b)))
            });
        number || letter
    };
    let mut i = 0;
    while i + 1 < lines.len() {
        if lone(&lines[i].text) && !lines[i + 1].text.trim().is_empty() {
            let next = lines.remove(i + 1);
            let merged = format!("{} {}", lines[i].text.trim(), next.text.trim());
            lines[i].text.set(merged);
        }
        i += 1;
    }
}

/// Counts in small letters, which ask for their noun after them (a heading's last word is never
/// one: "… last week in six").
pub(crate) const COUNT_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "several", "numerous", "some",
];
/// Articles, possessives and joining words in small letters, which ask for what follows them.
const NOUN_ASKING_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "and",
    "its",
    "their",
    "his",
    "her",
    "our",
    "whose",
    "including",
];
/// Words that cannot end a paragraph: a block ending in one goes on in the next block.
const JOINING_WORDS: &[&str] = &[
    "of",
    "the",
    "and",
    "to",
    "in",
    "by",
    "for",
    "with",
    "a",
    "an",
    "on",
    "at",
    "from",
    "that",
    "which",
    "or",
    "its",
    "their",
    "his",
    "her",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "under",
    "including",
];

/// A line without the footnote reference glued after its last punctuation ("… months.2" →
/// "… months.", "… session.`[^1]`" or "… session.`[1]`" → "… session."), so that a sentence
/// end is seen as one.
pub(crate) fn without_trailing_note(text: &str) -> &str {
    let t = text.trim_end();
    if t.ends_with(']') {
        if let Some(at) = t.rfind('[') {
            let label = t[at + 1..t.len() - 1].trim_start_matches('^');
            if !label.is_empty() && label.len() <= 8 && !label.contains(char::is_whitespace) {
                return t[..at].trim_end();
            }
        }
        return t;
    }
    let digits = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return t;
    }
    let head = &t[..t.len() - digits];
    let mut back = head.chars().rev();
    let punct = back
        .next()
        .is_some_and(|c| matches!(c, '.' | ';' | ':' | '!' | '?' | '”' | '"' | ')'));
    let word_before = back
        .next()
        .is_some_and(|c| c.is_alphabetic() || matches!(c, ')' | '”' | '"' | '.'));
    if punct && word_before {
        head
    } else {
        t
    }
}

/// Joins blocks that are one paragraph cut by blank lines (double-spaced PDF text: "… in
/// accordance" / blank / "with Human Rights Council resolution …").
pub(crate) fn join_wrapped(blocks: Vec<Vec<Line>>) -> Vec<Vec<Line>> {
    let mut out: Vec<Vec<Line>> = Vec::new();
    for block in blocks {
        let joins = out.last().and_then(|b| b.last()).is_some_and(|last| {
            let prev = without_trailing_note(&last.text);
            // (Most blocks end a sentence: nothing else is read of them.)
            if prev.ends_with(['.', '!', '?', ':', ';', '"', '”', ')', ']']) {
                return false;
            }
            let next = block[0].text.trim_start();
            let lower = next.chars().next().is_some_and(char::is_lowercase);
            let joining_word = || {
                let last_word = prev.rsplit(' ').next().unwrap_or("").to_lowercase();
                JOINING_WORDS.contains(&last_word.as_str())
            };
            super::is_bullet(next).is_none()
                && words_upto(prev, 4) >= 4
                && (lower || (joining_word() && words_upto(next, 4) >= 4))
        });
        match (joins, out.last_mut()) {
            (true, Some(last)) => last.extend(block),
            _ => out.push(block),
        }
    }
    out
}

/// "1.The" → "1. The", "(a)The" → "(a) The", "A.Introduction" → "A. Introduction".
fn unglue_marker(text: &str) -> Option<String> {
    let indent = text.len() - text.trim_start().len();
    let t = &text[indent..];
    // (The marker is short: only the line's first bytes are searched for its end, not a
    // paragraph's every byte.)
    let within = |s: &str, n: usize, b: u8| s.as_bytes().iter().take(n).position(|&c| c == b);
    let marker_end = if let Some(rest) = t.strip_prefix('(') {
        let close = within(rest, 5, b')')?;
        let inner = &rest[..close];
        (!inner.is_empty() && inner.len() <= 4 && inner.chars().all(|c| c.is_ascii_alphanumeric()))
            .then_some(close + 2)?
    } else {
        let dot = within(t, 4, b'.')?;
        let inner = &t[..dot];
        let numeric =
            !inner.is_empty() && inner.len() <= 3 && inner.chars().all(|c| c.is_ascii_digit());
        let letter = inner.len() == 1 && inner.chars().all(|c| c.is_ascii_uppercase());
        (numeric || letter).then_some(dot + 1)?
    };
    let after = &t[marker_end..];
    let mut chars = after.chars();
    let first = chars.next()?;
    let second = chars.next();
    // "A.Introduction" but not "U.S." and not "1.5 million".
    let glued = first.is_uppercase() && second.is_some_and(|c| c.is_lowercase() || c == ' ');
    glued.then(|| format!("{}{} {}", &text[..indent], &t[..marker_end], after))
}

/// Letters used as bullets: a single letter and a space opening two or more lines that go on
/// with a capital ("C Immediately accede …", from a Wingdings bullet). "A" and "I" are words.
fn letter_bullets(lines: &[Line]) -> Vec<char> {
    // (lines going on with a capital, lines going on in lower case) per letter.
    let mut counts: HashMap<char, (usize, usize)> = HashMap::new();
    for line in lines {
        let t = line.text.trim_start();
        let mut chars = t.chars();
        if let (Some(c), Some(' '), Some(n)) = (chars.next(), chars.next(), chars.next()) {
            if c.is_alphabetic() && !matches!(c, 'A' | 'I' | 'a' | 'o') {
                let entry = counts.entry(c).or_default();
                if n.is_uppercase() {
                    entry.0 += 1;
                } else if c.is_uppercase() && c != 'O' && n.is_lowercase() {
                    // "C take immediate steps …": a capital letter alone before a lower-case
                    // word is no English; three such lines make it a bullet.
                    entry.1 += 1;
                }
            }
        }
    }
    counts
        .into_iter()
        .filter(|&(_, (upper, lower))| upper >= 2 || upper + lower >= 3)
        .map(|(c, _)| c)
        .collect()
}

fn glyph_bullet(text: &str, letters: &[char]) -> Option<String> {
    let t = text.trim_start();
    let first = t.chars().next()?;
    let is_glyph = GLYPH_BULLETS.contains(&first)
        || letters.contains(&first)
        || ('\u{f000}'..='\u{f8ff}').contains(&first);
    let rest = &t[first.len_utf8()..];
    (is_glyph && rest.starts_with([' ', '\t', '\u{a0}']) && !rest.trim().is_empty())
        .then(|| format!("• {}", rest.trim_start()))
}

/// Separators of a breadcrumb trail's crumbs, each with the fewest it takes to make a trail (a
/// slash parts more things than crumbs: "Kazakhstan / Kyrgyzstan" is no trail).
const TRAIL_SEPARATORS: [(&str, usize); 4] = [(" >> ", 2), (" > ", 2), (" » ", 2), (" / ", 3)];

/// Most words of a trail's last crumb that is the page's headline cut short ("…").
const CUT_HEADLINE_CRUMB_MAX_WORDS: usize = 16;
/// Fewest crumbs after "Home" that make a trail, whatever its separator.
const HOME_TRAIL_FEWEST: usize = 2;

/// Most words of one crumb of a trail ("Bureau of European and Eurasian Affairs Releases").
const CRUMB_MAX_WORDS: usize = 8;

/// "You are in: Under Secretary for Political Affairs > Bureau of … > 2002", "Human rights
/// defenders / Statements / Kyrgyzstan / 2015 / September": a breadcrumb trail, short crumbs
/// (a label before the first) between separators, and no sentence end.
pub(crate) fn trail_line(line: &str) -> bool {
    let line = line.trim();
    // (Every separator holds '>', '/' or the last byte of '»': most lines hold none.)
    if memchr::memchr3(b'>', b'/', 0xBB, line.as_bytes()).is_none() {
        return false;
    }
    // "Home / Politics / Human Rights Watch noted positive steps to improve...": the page's
    // own headline as the last crumb, cut short; a trail from "Home" needs two crumbs after it.
    let cut = line.trim_end_matches(['.', '…']);
    let cut_short = cut.len() + 2 <= line.len() || line.ends_with('…');
    let line = if cut_short { cut } else { line };
    if line.ends_with(['.', '!', '?', ';']) {
        return false;
    }
    let from_home = line
        .get(..5)
        .is_some_and(|h| h.eq_ignore_ascii_case("home "));
    TRAIL_SEPARATORS.iter().any(|&(sep, fewest)| {
        if !line.contains(sep) {
            return false;
        }
        let fewest = if from_home {
            fewest.min(HOME_TRAIL_FEWEST)
        } else {
            fewest
        };
        let mut crumbs = 0;
        let last = line.matches(sep).count();
        for (k, crumb) in line.split(sep).enumerate() {
            let crumb = if k == 0 {
                crumb.rsplit(": ").next().unwrap_or(crumb)
            } else {
                crumb
            };
            // (A headline cut short as the last crumb may be longer than a section's name.)
            let most = if cut_short && k == last {
                CUT_HEADLINE_CRUMB_MAX_WORDS
            } else {
                CRUMB_MAX_WORDS
            };
            if crumb.trim().is_empty() || words_upto(crumb, most + 1) > most {
                return false;
            }
            crumbs += 1;
        }
        crumbs > fewest
    })
}

/// Whether a word of `line` is a web address without its scheme ("tbinternet.ohchr.org/Treaties/…",
/// "…example.com/page"): a host of dotted names ending in two to four letters, then a path.
pub(crate) fn bare_web_address(line: &str) -> bool {
    // (Every address has a '/' after its host: a line without one is not split into words.)
    if memchr::memchr(b'/', line.as_bytes()).is_none() {
        return false;
    }
    line.split_whitespace().any(|word| {
        let word = word.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
        word.split_once('/').is_some_and(|(host, _)| {
            host.rsplit_once('.').is_some_and(|(name, tld)| {
                !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
                    && (2..=4).contains(&tld.len())
                    && tld.bytes().all(|b| b.is_ascii_lowercase())
            })
        })
    })
}

/// "… the prohibition of polygamy. GE.10-40512 12 CRC/C/TJK/CO/2 62. The Committee …": a UN
/// document's job number (its page footer), with the page number and the running header's
/// symbol after it, glued after a sentence's end (or opening a line cut from such a page:
/// "GE.10-40512 12 CRC/C/TJK/CO/2 Child marriage") when a page is copied without its line ends.
/// The footer goes; the words on either side stay.
fn cut_glued_job_numbers(text: &str) -> Option<String> {
    // (A searcher built once: `str::contains` builds one for every line it is asked about.)
    static JOB_NUMBER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("GE."));
    JOB_NUMBER.find(text.as_bytes())?;
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut cut = false;
    if let Some(len) = job_number_footer(text).filter(|&len| !text[len..].trim().is_empty()) {
        rest = text[len..].trim_start();
        cut = true;
    }
    while let Some(at) = rest.find(" GE.") {
        let (before, after) = rest.split_at(at);
        let sentence_end = before.trim_end().ends_with(['.', ';', ':', '”', '"', ')']);
        match job_number_footer(&after[1..]).filter(|_| sentence_end) {
            Some(len) => {
                out.push_str(before);
                rest = &after[1 + len..];
                cut = true;
            }
            None => {
                out.push_str(before);
                out.push_str(" GE.");
                rest = &after[4..];
            }
        }
    }
    out.push_str(rest);
    cut.then_some(out)
}

/// The length of a job-number footer at the start of `text` ("GE.10-40512(E) 12
/// CRC/C/TJK/CO/2"): the number, then a page number and a document symbol if they follow.
fn job_number_footer(text: &str) -> Option<usize> {
    let token_end = text.find(char::is_whitespace).unwrap_or(text.len());
    let number = text[..token_end].strip_prefix("GE.")?;
    let number = number.strip_suffix("(E)").unwrap_or(number);
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    if digits < GLUED_NUMBER_MIN_DIGITS
        || !number.contains('-')
        || !number.bytes().all(|b| b.is_ascii_digit() || b == b'-')
    {
        return None;
    }
    let mut end = token_end;
    for _ in 0..2 {
        let next = &text[end..];
        let word_at = next.len() - next.trim_start().len();
        let word = next.split_whitespace().next().unwrap_or_default();
        let page = !word.is_empty() && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit());
        let symbol = word.matches('/').count() >= 2
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-'));
        if !(page || symbol) {
            break;
        }
        end += word_at + word.len();
    }
    Some(end)
}

/// Shortest image or layout token glued before a line's first word.
const SCRAP_MIN_CHARS: usize = 15;
/// Fewest digits of an image number glued before a line's first word.
const GLUED_NUMBER_MIN_DIGITS: usize = 5;
/// Shortest lower-case token with digits glued before the first word ("kazxvxcvb333Freedom").
const GLUED_TOKEN_MIN_CHARS: usize = 8;

/// A scraper's leftovers glued to a line's first word: an image's layout token
/// ("width_650.height_300.mode_Fill…‘The arrest …") or an image number ("6802138Kazakhstan’s
/// President …").
fn unglue_scrap(text: &str) -> Option<String> {
    let trimmed = text.trim_start();
    let first = trimmed.split_whitespace().next()?;
    // "GE.08-45678The International Covenant …": a UN document's job number (its page footer)
    // glued before the next page's first word.
    if let Some(number) = first.strip_prefix("GE.") {
        let digits = number
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'-')
            .count();
        let after = &number[digits..];
        let after = after.strip_prefix("(E)").unwrap_or(after);
        if digits >= GLUED_NUMBER_MIN_DIGITS
            && number[..digits].contains('-')
            && after.starts_with(|c: char| c.is_uppercase())
        {
            return Some(trimmed[first.len() - after.len()..].to_string());
        }
    }
    let digits = first.chars().take_while(char::is_ascii_digit).count();
    if digits >= GLUED_NUMBER_MIN_DIGITS && first[digits..].starts_with(|c: char| c.is_uppercase())
    {
        return Some(trimmed[digits..].to_string());
    }
    // "kazxvxcvb333Freedom House’s …": a lower-case scraping token ending in digits glued
    // before the first word.
    let token = first
        .char_indices()
        .find(|&(_, c)| c.is_uppercase())
        .map_or(0, |(at, _)| at);
    if token >= GLUED_TOKEN_MIN_CHARS
        && first[..token].ends_with(|c: char| c.is_ascii_digit())
        && first[..token]
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && first[..token].chars().filter(char::is_ascii_digit).count() >= 2
    {
        return Some(trimmed[token..].to_string());
    }
    if first.len() >= SCRAP_MIN_CHARS && first.contains('_') && first.contains('.') {
        let quote = first.find(['‘', '“', '"', '\'']);
        let rest = &trimmed[first.len()..];
        return Some(match quote {
            Some(at) => format!("{}{rest}", &first[at..]),
            None => rest.trim_start().to_string(),
        });
    }
    None
}

/// Short lines repeated three times or more are running headers or footers of a copied PDF.
fn drop_running_lines(lines: &mut [Line]) {
    // Only short lines can run: longer ones are not folded at all.
    // (A blank line has no key, and is not folded.)
    let short =
        |l: &Line| (1..=RUNNING_MAX_WORDS).contains(&l.text.words_upto(RUNNING_MAX_WORDS + 1));
    // Each short line's key, made once (by line index), and how often each key comes.
    let keys: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| short(l))
        .map(|(k, l)| (k, fold(&l.text.collapsed())))
        .collect();
    let mut counts: foldhash::HashMap<&str, usize> = foldhash::HashMap::default();
    for (_, key) in &keys {
        if !key.is_empty() {
            *counts.entry(key.as_str()).or_default() += 1;
        }
    }
    if counts.values().all(|&n| n < RUNNING_REPEATS) {
        return;
    }
    // A line printed several times in a row, with only blank lines between its copies (a
    // reposting site's headline three times over its story), is no running header: those
    // come back page after page, with text between.
    // (Where the copies of a key are, by line index.)
    let copies = |key: &str| -> Vec<usize> {
        keys.iter()
            .filter(|(_, k)| k == key)
            .map(|(k, _)| *k)
            .collect()
    };
    let in_a_row = |key: &str| {
        copies(key).windows(2).all(|w| {
            lines[w[0] + 1..w[1]]
                .iter()
                .all(|l| l.text.trim().is_empty())
        })
    };
    // "Kazakhstan: Impunity Persists After …" / "Recent Features" / "The Debate | Opinion" /
    // the headline again / its standfirst / the headline a third time: a headline's copies
    // with only a few short lines between them are the page's layout; a running header comes
    // back once a page, with a page's text between its copies.
    let close_copies = |key: &str| {
        let at = copies(key);
        at.first().is_some_and(|&k| {
            lines[k].text.words_upto(CLOSE_COPIES_MIN_WORDS) >= CLOSE_COPIES_MIN_WORDS
        }) && at.windows(2).all(|w| {
            lines[w[0] + 1..w[1]]
                .iter()
                .map(|l| l.text.trim().len())
                .sum::<usize>()
                < PAGE_MIN_BYTES
        })
    };
    let running: Vec<&str> = counts
        .iter()
        .filter(|&(key, &n)| {
            n >= RUNNING_REPEATS && !key.starts_with('#') && !in_a_row(key) && !close_copies(key)
        })
        .map(|(key, _)| *key)
        .collect();
    for (k, key) in &keys {
        if running.contains(&key.as_str()) {
            lines[*k].text.clear();
        }
    }
}

/// Fewest bulleted headlines in a row that make a list of links above the article.
const LINK_LIST_MIN: usize = 4;
/// Most words of the page's own headline under bulleted headlines opening the text.
const OWN_HEADLINE_MAX_WORDS: usize = 15;
/// Short label lines above a list of links dropped with it.
const LINK_LIST_LABELS: usize = 2;
/// Words of the first line of an article's body.
const BODY_MIN_WORDS: usize = 20;

/// A run of bulleted headlines above the article (a site's "Updates" or "Latest news" box): no
/// item ends a sentence. The run and its short label before it are chrome.
fn drop_link_lists(lines: &mut [Line]) {
    let headline = |l: &Line| {
        let t = l.text.trim();
        super::is_bullet(t).is_some()
            && !t.ends_with(['.', ';', ':'])
            && words_upto(t, BODY_MIN_WORDS + 1) <= BODY_MIN_WORDS
    };
    // (A headline of twenty words with its bullet is no line of the body.)
    let body = lines
        .iter()
        .position(|l| l.text.words_upto(BODY_MIN_WORDS) >= BODY_MIN_WORDS && !headline(l))
        .unwrap_or(lines.len());
    // "• Example Commission received its status for the 3rd time" / "Example Commission submits
    // its report" / the body: fewer bulleted headlines opening the text, over a headline of
    // the page's own (a short line, no bullet, no sentence end), are the same box.
    let first = lines.iter().position(|l| !l.text.trim().is_empty());
    let headline_below = |lines: &[Line], from: usize| {
        lines[from..body]
            .iter()
            .find(|l| !l.text.trim().is_empty())
            .is_some_and(|l| {
                let t = l.text.trim();
                super::is_bullet(t).is_none()
                    && t.starts_with(char::is_uppercase)
                    && !t.ends_with(['.', ';', ':', '?', '!'])
                    && words_upto(t, OWN_HEADLINE_MAX_WORDS + 1) <= OWN_HEADLINE_MAX_WORDS
            })
    };
    let mut i = 0;
    while i < body {
        let run = lines[i..body].iter().take_while(|l| headline(l)).count();
        if run >= LINK_LIST_MIN || (run >= 1 && Some(i) == first && headline_below(lines, i + run))
        {
            // Its labels above it ("News" / "Latest updates"), short lines up to two.
            for label in lines[i.saturating_sub(LINK_LIST_LABELS)..i]
                .iter_mut()
                .rev()
            {
                let words = label.text.split_whitespace().count();
                if words == 0 || words > 3 {
                    break;
                }
                label.text.clear();
            }
            for line in &mut lines[i..i + run] {
                line.text.clear();
            }
            i += run;
        } else {
            i += 1;
        }
    }
}

/// Lines at the top of a text (not blank) searched for a site's banner.
const BANNER_REACH: usize = 6;
/// Lines of a banner before its teaser's first copy.
const BANNER_HEAD: usize = 2;
/// Most lines between a banner's teaser and its copy.
const BANNER_GAP: usize = 2;

/// "Staff of Example Agency detained abroad" / "The agency calls for their release." / "Get
/// Involved" / "The agency calls for their release." / the page's own section labels and
/// document: a site's banner over every page, its teaser (a sentence, no line of a body)
/// printed twice a line or two apart among the first lines. The banner goes, from the text's
/// first line down to the teaser's second copy. (A headline printed twice ends in no full stop,
/// and a caption printed twice stands in a row: other rules read them. A headline and its
/// standfirst printed twice, the same line above each copy of the sentence, lose only their
/// second copy.)
fn drop_teaser_banner(lines: &mut [Line]) {
    let mut top = [0usize; BANNER_REACH];
    let mut n = 0;
    for (k, line) in lines.iter().enumerate() {
        if n == BANNER_REACH {
            break;
        }
        let t = line.text.trim();
        if t.is_empty() {
            continue;
        }
        // (A line of a body ends the search: the banner stands above everything.)
        if words_upto(t, BODY_MIN_WORDS) >= BODY_MIN_WORDS {
            break;
        }
        top[n] = k;
        n += 1;
    }
    let top = &top[..n];
    for (a, &first) in top.iter().enumerate().take(BANNER_HEAD + 1) {
        let teaser = lines[first].text.trim();
        if !teaser.ends_with('.') {
            continue;
        }
        let copy = top
            .iter()
            .skip(a + 2)
            .take(BANNER_GAP)
            .find(|&&k| lines[k].text.trim() == teaser);
        if let Some(&last) = copy {
            // "Activists Seek Action" / "Local groups back the call." / "Activists Seek
            // Action" / "Local groups back the call.": the same line right above both copies
            // is a headline and its standfirst printed twice by the layout, no banner: only
            // the second pair goes.
            let at = top.iter().position(|&k| k == last).unwrap_or(0);
            let pair = a >= 1
                && at >= 1
                && lines[top[a - 1]].text.trim() == lines[top[at - 1]].text.trim();
            let from = if pair { top[at - 1] } else { 0 };
            for line in &mut lines[from..=last] {
                line.text.clear();
            }
            return;
        }
    }
}

/// Fewest words of a teaser broken off above the text it opens.
const CUT_TEASER_MIN_WORDS: usize = 12;
/// Most lines below a teaser that it may repeat the opening of.
const CUT_TEASER_MAX_LINES: usize = 12;

/// "(Agency) – The following is … press release: HEADLINE PLACE, June 4, 2003 – … “The
/// government must immediately […]" / "(Agency) – The following is … press release:" /
/// "HEADLINE" / …: a page's teaser on the text's first line, the opening of the lines below it
/// run together and broken off by an ellipsis, goes (word for word the same, the last word
/// perhaps cut short).
fn drop_cut_teaser(lines: &mut [Line]) {
    let Some(first) = lines.iter().position(|l| !l.text.trim().is_empty()) else {
        return;
    };
    let teaser = lines[first].text.trim();
    let Some(cut) = ["[…]", "[...]", "…", "..."]
        .iter()
        .find_map(|e| teaser.strip_suffix(e))
    else {
        return;
    };
    let words: Vec<&str> = cut.split_whitespace().collect();
    if words.len() < CUT_TEASER_MIN_WORDS {
        return;
    }
    let mut below = lines[first + 1..]
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .take(CUT_TEASER_MAX_LINES)
        .flat_map(|l| l.text.split_whitespace());
    let (last, whole) = words.split_last().unwrap_or((&"", &[]));
    let same = whole.iter().all(|w| below.next() == Some(w))
        && below.next().is_some_and(|w| w.starts_with(last));
    if same {
        lines[first].text.clear();
    }
}

/// Two or more headline lines ending in "…" (a list of related articles) are chrome.
fn drop_headline_runs(lines: &mut [Line]) {
    let is_headline = |l: &Line| {
        let t = l.text.trim_end();
        (t.ends_with('…') || t.ends_with("...")) && !t.ends_with("....") && words_upto(t, 26) <= 25
    };
    if lines.iter().filter(|l| is_headline(l)).count() < 2 {
        return;
    }
    for line in lines.iter_mut() {
        if is_headline(line) {
            line.text.clear();
        }
    }
}

/// Most words (its marker included) of a bullet line that cannot have wrapped.
const SHORT_BULLET_WORDS: usize = 4;

/// Fewest words of a line after such a bullet that makes it new prose.
const LONG_AFTER_BULLET_WORDS: usize = 12;

/// Splits a block of lines without blank lines between paragraphs: before and after a date
/// line, after a short title-like line followed by a long one, and between two long lines when
/// the first ends a sentence (text copied with single newlines).
pub(crate) fn split_block(block: Vec<Line>) -> Vec<Vec<Line>> {
    if block.len() < 2 {
        return vec![block];
    }
    // Where each new block starts, decided on the lines as they are (not copied); the lines are
    // then moved into their blocks.
    let mut starts: Vec<usize> = Vec::new();
    // The first line of the block being read.
    let mut start = 0;
    // Whether the block being read holds a glyph bullet, kept as lines are added (asking every
    // line of it again for every new line made a long block quadratic). Wrapped lines of a
    // glyph bullet stay with it; numbered lines may split (a list of them is joined again by
    // marker).
    let mut in_list = false;
    let width = wrap_width(&block);
    for (i, line) in block.iter().enumerate() {
        // The last line of the block being read (none at the first line).
        let prev = (i > start).then(|| &block[i - 1]);
        // An unindented line that is no bullet, after a bullet: its wrapped text or new prose.
        let unindented_after_bullet = prev.filter(|prev| {
            super::is_bullet(&prev.text).is_some()
                && super::is_bullet(&line.text).is_none()
                && !line.text.starts_with([' ', '\t'])
        });
        // After a glyph bullet that ends a sentence, such a line with a capital is new prose
        // ("Donors should …"), not the bullet's wrapped text.
        let after_bullet = unindented_after_bullet.is_some_and(|prev| {
            prev.text.trim_end().ends_with(['.', '!', '?'])
                && line.text.chars().next().is_some_and(char::is_uppercase)
        });
        // After a bullet of a few words ("- Elections", a page field's last value), a long
        // such line opening with a dated dateline is new prose ("ASHGABAT, 3 December 2013 –
        // The Office …"): a line of a few words has not wrapped, and a dateline opens a text.
        let after_short_bullet = unindented_after_bullet.is_some_and(|prev| {
            prev.text.words_upto(SHORT_BULLET_WORDS + 1) <= SHORT_BULLET_WORDS
                && line.text.words_upto(LONG_AFTER_BULLET_WORDS) >= LONG_AFTER_BULLET_WORDS
                && (super::split_open_dateline(&line.text).is_some()
                    // "(1) Kyrgyzstan" / "We call on the Kyrgyz Parliament …", "2. Closed
                    // trials" / "Trials of opposition members …": a numbered topic of a few
                    // words, no sentence's end, over a long line that is a sentence opening
                    // with a capital: the topic's heading, not an entry wrapped.
                    || super::is_bullet(&prev.text).is_some_and(|topic| {
                        words_upto(topic, SHORT_BULLET_WORDS + 1) <= SHORT_BULLET_WORDS
                            && topic.starts_with(char::is_uppercase)
                            && !topic.ends_with(['.', ',', ';', ':'])
                            && !ends_on_joining_word(topic)
                            && line.text.starts_with(char::is_uppercase)
                            && line.text.trim_end().ends_with(['.', '!', '?', '”', '"'])
                    }))
        });
        // After a bullet, a short line in title case over a long sentence ("- Ensure the
        // independence of the judiciary" / "Concerns Over the Activist's Life Sentence" / "The
        // parliament expressed …"): the heading of the prose after the list, not the bullet's
        // wrapped text (wrapping does not capitalise every word).
        let heading_after_bullet = unindented_after_bullet.is_some_and(|prev| {
            !prev.text.trim_end().ends_with([',', '-', '–'])
                && heading_over_prose(&line.text, block.get(i + 1).map(|n| n.text.as_str()))
        });
        if let Some(prev) = prev {
            let after_heading =
                i >= 2 && heading_between(&block[i - 2].text, &prev.text, &line.text);
            let before_heading = block
                .get(i + 1)
                .is_some_and(|next| heading_between(&prev.text, &line.text, &next.text));
            let wrapped_end = width
                .is_some_and(|w| !in_list && paragraph_end_in_wrapped(&block[..i], &line.text, w));
            if after_heading
                || after_bullet
                || heading_after_bullet
                || after_short_bullet
                || wrapped_end
                || (!in_list && (before_heading || boundary(&prev.text, &line.text)))
            {
                starts.push(i);
                start = i;
                in_list = false;
            }
        }
        in_list |= super::is_bullet(&line.text).is_some()
            && super::marker_of(&line.text) == super::Marker::Glyph;
    }
    let mut out: Vec<Vec<Line>> = Vec::with_capacity(starts.len() + 1);
    let mut current: Vec<Line> = Vec::new();
    let mut next_start = starts.into_iter().peekable();
    for (i, line) in block.into_iter().enumerate() {
        if next_start.next_if_eq(&i).is_some() {
            out.push(std::mem::take(&mut current));
        }
        current.push(line);
    }
    out.push(current);
    out
}

/// Most words of a line ended by the writer, not by wrapping: a label, a field, a name, a
/// number (a line of more words ending short is a paragraph's last line or a headline, read by
/// [`boundary`]).
const HARD_BREAK_MAX_WORDS: usize = 12;
/// Narrowest text width (bytes) against which a line is measured: a text of short lines only
/// (a list, a verse) has no width to wrap at.
const TEXT_WIDTH_MIN: usize = 60;

/// The width a text's prose runs to. A wrapped text (a PDF's or a plain text's lines, cut at
/// about 70 to 80 columns) shows it in its lines continued in small letters on the next line:
/// their median length, when there are [`WRAPPED_MIN_LINES`] of them or more (an uneven copy's
/// few long lines do not count). A web page, its paragraphs on one line each, has few: its
/// line at the ninth tenth, longest last. None for a text of short lines only.
pub(crate) fn text_width(lines: &[&Line]) -> Option<usize> {
    let mut wrapped: Vec<usize> = lines
        .windows(2)
        .filter(|w| {
            w[1].text
                .trim_start()
                .starts_with(|c: char| c.is_lowercase())
        })
        .map(|w| w[0].text.trim().len())
        .collect();
    let w = if wrapped.len() >= WRAPPED_MIN_LINES {
        let at = wrapped.len() / 2;
        *wrapped.select_nth_unstable(at).1
    } else {
        let mut lens: Vec<usize> = lines.iter().map(|l| l.text.trim().len()).collect();
        if lens.is_empty() {
            return None;
        }
        let at = (lens.len() * 9 / 10).min(lens.len() - 1);
        *lens.select_nth_unstable(at).1
    };
    (w >= TEXT_WIDTH_MIN).then_some(w)
}

/// Each body block cut at its writer's line breaks ([`hard_line_break`]) when the text has a
/// width to measure them by: a menu, a record's fields, a contact card, a byline above a
/// caption are lines of their own, each read alone by the passes that follow (a field, a phone
/// number, a fragment of no prose goes; a name or a label alone is no paragraph). A block
/// holding a bullet is a list, whose lines the list reader joins and cuts; the title printed
/// again under a label ("RESOLUTION" / "Expressing concern about …") stays with it, the two
/// read together as the layout's.
pub(crate) fn split_hard_breaks(
    blocks: Vec<Vec<Line>>,
    width: Option<usize>,
    title: Option<&str>,
) -> Vec<Vec<Line>> {
    let Some(width) = width else {
        return blocks;
    };
    let mut out: Vec<Vec<Line>> = Vec::with_capacity(blocks.len());
    for block in blocks {
        // (A block under a lead-in, "… including the following:" / the names, is its list.)
        let under_lead_in = out
            .last()
            .and_then(|b| b.last())
            .is_some_and(|l| l.text.trim_end().ends_with(':'));
        let cuts = block.len() >= 2
            && !under_lead_in
            && block.iter().all(|l| super::is_bullet(&l.text).is_none())
            && block
                .windows(2)
                .any(|w| hard_line_break(&w[0].text, &w[1].text, width));
        if !cuts {
            out.push(block);
            continue;
        }
        let mut current: Vec<Line> = Vec::new();
        // (The lines after a lead-in, "… including the following:", are its list's entries,
        // which the list reader takes from one block.)
        let mut lead_in = false;
        // Whether the last line read opens a unit: the block's first line, a line after a cut
        // or after a sentence's end. A line run on from the one above is inside a sentence,
        // whose line ends are wraps however short ("… which was referred to the" / "Committee
        // on Foreign" / "Affairs").
        let mut opens = true;
        for line in block {
            let mut cut = false;
            if let Some(prev) = current.last() {
                cut = !lead_in
                    && opens
                    && hard_line_break(&prev.text, &line.text, width)
                    && title.is_none_or(|t| !opens_title(&line.text, t));
                opens = cut
                    || without_trailing_note(prev.text.trim())
                        .ends_with(['.', '!', '?', ';', ':', '"', '”']);
            }
            if cut {
                out.push(std::mem::take(&mut current));
            }
            lead_in |= line.text.trim_end().ends_with(':');
            current.push(line);
        }
        out.push(current);
    }
    out
}

/// Whether `line` is the title printed again, whole or its first wrapped line.
fn opens_title(line: &str, title: &str) -> bool {
    let line = fold(line.trim().trim_end_matches('.'));
    words_upto(&line, 2) >= 2 && fold(title.trim()).starts_with(&line)
}

/// Whether the line break between `prev` and `next` was made by the writer, not by wrapping:
/// `prev` is a line of a few words that stops short of half the text's width (it did not run
/// out of room: a label, a field, a name, a number, a menu entry, a contact card's line), ends
/// on nothing that asks for more (a comma, a hyphen, a joining word, a colon's value below it)
/// and ends no sentence (sentences are cut by [`split_block`]'s rules),
/// and `next` opens a unit of its own (a capital, a digit, a sign or a bracket; a small letter
/// continues the line). A run of such lines is a block of separate lines, never one paragraph.
fn hard_line_break(prev: &str, next: &str, text_width: usize) -> bool {
    let p = without_trailing_note(prev.trim());
    let n = next.trim();
    p.len() * 2 <= text_width
        && !p.ends_with([
            '.', '!', '?', '"', '”', ',', ';', ':', '-', '–', '—', '(', '&', '+',
        ])
        && n.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "+([<“\"©«".contains(c))
        && words_upto(p, HARD_BREAK_MAX_WORDS + 1) <= HARD_BREAK_MAX_WORDS
        && !ends_on_joining_word(p)
}

/// Fewest lines of a block cut at one width (a PDF's page copied with its line ends) that make
/// it wrapped text.
const WRAPPED_MIN_LINES: usize = 3;
/// Fewest bytes of the widest line of wrapped text (a page's column, not a list of names).
const WRAP_MIN_CHARS: usize = 60;

/// The width a block's lines were cut at, when it is wrapped text: three lines or more that
/// stop in mid-sentence within a tenth of the widest line ("… while being more" / "measured and
/// consultative …"). None for a block of paragraphs on one line each.
///
/// (A line or two wider than the rest, laid out apart in the PDF, "… to NGOs," among lines of
/// 80, are passed over: the width is the widest line that has two more cut lines within a
/// tenth below it, of the [`WIDTH_OUTLIERS_MAX`] + 1 widest, and past a wider line a third of
/// the cut lines.)
fn wrap_width(block: &[Line]) -> Option<usize> {
    if block.len() < WRAPPED_MIN_LINES {
        return None;
    }
    let widest = block.iter().map(|l| l.text.trim().len()).max()?;
    if widest < WRAP_MIN_CHARS {
        return None;
    }
    let mut cut: Vec<usize> = block
        .iter()
        .map(|l| without_trailing_note(l.text.trim()))
        .filter(|t| !t.ends_with(['.', '!', '?', ':', ';']))
        .map(str::len)
        .collect();
    cut.sort_unstable_by(|a, b| b.cmp(a));
    (0..cut.len().min(WIDTH_OUTLIERS_MAX + 1))
        .map(|k| (k, cut[k]))
        .take_while(|&(_, w)| w >= WRAP_MIN_CHARS)
        .find(|&(k, w)| {
            // (Past a wider line, the width must hold a third of the cut lines: a list of names
            // of like lengths is no wrapped text.)
            let near = cut[k..].iter().take_while(|&&l| l * 10 >= w * 9).count();
            near >= WRAPPED_MIN_LINES && (k == 0 || near * 3 >= cut.len())
        })
        // (The widest line of all, when it is one of the cut lines' width, as before.)
        .map(|(_, w)| if widest * 10 < w * 11 { widest } else { w })
}

/// Most lines wider than a wrapped text's width that [`wrap_width`] passes over.
const WIDTH_OUTLIERS_MAX: usize = 2;

/// Longest first line of a paragraph cut short by a PDF ([`paragraph_end_in_wrapped`]), in
/// tenths of the text's width.
const FIRST_LINE_CUT_TENTHS: usize = 4;

/// Whether `next` opens a new paragraph of wrapped text after the lines `before` (the block
/// so far), cut at `width` characters: the line before it ends a sentence or a lead-in well
/// short of the width ("… stand for election." / "Reform local government …"; "… should seek
/// to:" / "Continue reforming …"), or is a short heading line that is no wrapped line's end
/// ("Recommendations" / "Based on the findings …").
fn paragraph_end_in_wrapped(before: &[Line], next: &str, width: usize) -> bool {
    let Some(prev) = before.last() else {
        return false;
    };
    let p = without_trailing_note(prev.text.trim());
    let n = next.trim();
    let opens = n
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '“' || c == '"');
    if !opens || super::is_bullet(n).is_some() {
        return false;
    }
    let short = |t: &str| t.len() * 10 < width * 8;
    if p.ends_with(['.', '!', '?', ':', '”', '"']) {
        // "… support of the region's civil society." / "During" / "his visit, Kerry will …": a
        // paragraph whose first line a PDF cut short, well before the width and in mid-sentence
        // (a paragraph's last line ends its sentence), opens after a full line too.
        let cut_first_line = n.len() * 10 < width * FIRST_LINE_CUT_TENTHS
            && !n.ends_with(['.', '!', '?', ':', ';', ',', '”', '"']);
        return (short(p) || cut_first_line) && !pronoun_goes_on(p, n);
    }
    // A heading: a few words in capitals, not the tail of a wrapped line, over a wrapped line.
    let tail_of_wrapped = before.len() >= 2 && {
        let above = without_trailing_note(before[before.len() - 2].text.trim());
        !short(above) && !above.ends_with(['.', '!', '?', ':', ';'])
    };
    words_upto(p, 7) <= 6
        && !p.ends_with([',', ';', '-', '–'])
        && !ends_on_joining_word(p)
        && p.chars().next().is_some_and(char::is_uppercase)
        && !tail_of_wrapped
        && !short(n)
}

/// A short heading line between two paragraphs of a text without blank lines ("D. Principal
/// subjects of concern" after a sentence end, before a capital or a number).
/// Most words of a title-case heading between a list and the prose after it.
const HEADING_AFTER_LIST_MAX_WORDS: usize = 10;

/// Whether `line` is a heading in title case ([`super::title_case`]) of two to
/// [`HEADING_AFTER_LIST_MAX_WORDS`] words, no sentence's end, over `next`, a long line opening
/// with a capital that is no bullet (the prose under it).
fn heading_over_prose(line: &str, next: Option<&str>) -> bool {
    let l = line.trim();
    let n = words_upto(l, HEADING_AFTER_LIST_MAX_WORDS + 1);
    (2..=HEADING_AFTER_LIST_MAX_WORDS).contains(&n)
        && l.starts_with(char::is_uppercase)
        && !l.ends_with(['.', ',', ';', ':', '!', '?'])
        && super::title_case(l)
        && !cut_enumeration(l)
        && next.is_some_and(|next| {
            next.starts_with(char::is_uppercase)
                && super::is_bullet(next).is_none()
                && words_upto(next, LONG_AFTER_BULLET_WORDS) >= LONG_AFTER_BULLET_WORDS
        })
}

fn heading_between(prev: &str, line: &str, next: &str) -> bool {
    let (p, l, n) = (without_trailing_note(prev.trim()), line.trim(), next.trim());
    let starts_upper = |t: &str| {
        t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    // ("… by vetoing the law.”" ends its sentence inside the quotation.)
    p.trim_end_matches(['”', '"', '»', '’'])
        .ends_with(['.', '!', '?', ':', ';'])
        && starts_upper(l)
        && words_upto(l, 11) <= 10
        && !l.ends_with(['.', ',', ';', ':', '!', '?'])
        // ("Peaceful protests took place last week in six" / "Kazakh cities …", "On September
        // 17, the" / "Prosecutor General's Office …": a line ending on a count or a word that
        // asks for its noun has wrapped. A preposition may end a label: "Published on" over
        // its date, "Written by" over a name.)
        && !l
            .rsplit(' ')
            .next()
            .is_some_and(|w| COUNT_WORDS.contains(&w) || NOUN_ASKING_WORDS.contains(&w))
        // (Over a list too: "… of reparation." / "Corruption and Social Progress" / "- Tackle …".)
        && (starts_upper(n) || super::is_bullet(n).is_some())
        && super::is_bullet(l).is_none()
        && !cut_enumeration(l)
}

/// Fewest words before the last comma of a line read as a list of names cut by the wrap.
const CUT_ENUMERATION_MIN_WORDS: usize = 3;

/// "Imprisoned journalists Muhammad Example, Dilmurad" / "Examplov and Salijon Sample are in
/// poor health.": a line whose last comma is followed by one word, with no "and" or "&" before
/// it, stops in the middle of a list of names the wrap cut; it is no heading.
fn cut_enumeration(line: &str) -> bool {
    line.rsplit_once(", ").is_some_and(|(head, last)| {
        !last.contains(' ')
            && words_upto(head, CUT_ENUMERATION_MIN_WORDS) >= CUT_ENUMERATION_MIN_WORDS
            && !line.contains(" and ")
            && !line.contains(" & ")
    })
}

/// Most words of a speaker's lead on a line of its own before a quotation ([`boundary`]).
const SPEAKER_LEAD_MAX_WORDS: usize = 40;

/// A speaker's lead before a quotation: a line of [`SPEAKER_LEAD_MAX_WORDS`] words at most,
/// closing every quotation it opens, that ends on a verb of saying and a colon ("Example Watch's
/// director, A. Name, said:", "Examplov added:"). It is prose, never a heading.
pub(super) fn speaker_lead(line: &str) -> bool {
    let line = line.trim_end();
    line.strip_suffix(':').is_some_and(|lead| {
        words_upto(lead, SPEAKER_LEAD_MAX_WORDS + 1) <= SPEAKER_LEAD_MAX_WORDS
            && quotations_closed(lead)
            && lead.rsplit(' ').next().is_some_and(speaking_verb)
    })
}

/// Whether every quotation a lead opens it also closes ("… the law on “foreign
/// representatives,” adopted …, A. Name said:"): the lead is not itself inside a quotation.
fn quotations_closed(lead: &str) -> bool {
    let count = |c: char| lead.matches(c).count();
    count('“') == count('”') && count('«') == count('»') && count('"') % 2 == 0 && count('„') == 0
}

/// A verb of saying that ends a speaker's lead ("said", "added", "notes", "wrote"): a past
/// form in "-ed", one of the remarking verbs, or a present or irregular form of saying
/// ("… issued this statement:" ends on a noun, and its quotation goes on with it).
fn speaking_verb(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_lowercase())
        && (word.ends_with("ed")
            || matches!(
                word,
                "said" | "says" | "adds" | "told" | "tells" | "states" | "explains" | "comments"
            )
            || super::cues::ATTRIBUTION_VERBS.contains(&word))
}

fn boundary(prev: &str, next: &str) -> bool {
    let (p, n) = (without_trailing_note(prev.trim()), next.trim());
    // A title printed again on the next line.
    if !p.is_empty() && p == n {
        return true;
    }
    let (pw, nw) = (p.split_whitespace().count(), n.split_whitespace().count());
    let date_line = |t: &str| words_upto(t, 9) <= 8 && super::dates::find_date(t).is_some();
    // "-It is time …", "– We see …": a quoted speaker's dash before the capital.
    let starts_upper = n
        .trim_start_matches(['-', '–', '—'])
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '“' || c == '"');
    let sentence_end = p.ends_with(['.', '!', '?', '”', '"', '»']);
    // "(December 18, 2015): The government …": a dateline in brackets opens the body.
    let bracket_dateline = n.starts_with('(')
        && n.find(')')
            .is_some_and(|e| e < 60 && super::dates::find_date(&n[..e]).is_some());
    // (After a standfirst's full sentence too: "… to end forced labour in the cotton sector." /
    // "(Geneva, June 13, 2016): The government …".)
    if bracket_dateline && (pw <= 14 || sentence_end) && !p.ends_with(',') {
        return true;
    }
    // "… elections." then "6. The Committee welcomes …": a numbered paragraph starts.
    let numbered = {
        let digits = n.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits) && n[digits..].starts_with(". ")
    };
    let heading_like = pw <= 10
        && !p.ends_with(['.', ',', ';', ':'])
        && p.chars().next().is_some_and(|c| c.is_uppercase());
    if numbered && (heading_like || p.ends_with(['.', ';', ':', '!', '?'])) {
        return true;
    }
    // "The European Parliament," / "The Human Rights Council,": a resolution's subject line
    // opens its own paragraph (below the resolution's title).
    let resolution_subject = nw <= 5 && n.starts_with("The ") && n.ends_with(',');
    if resolution_subject && !p.ends_with(',') && !ends_on_joining_word(p) {
        return true;
    }
    // "(2) authorities have arrested …;" / "Whereas, in June, …": a resolution's recital opens
    // its own paragraph, also after a numbered clause of the recital above it.
    if p.ends_with([';', '.']) && n.starts_with("Whereas") {
        return true;
    }
    let bullet = super::is_bullet(n).is_some() || super::is_bullet(p).is_some();
    if bullet {
        return false;
    }
    // A speaker's lead on a line of its own ("Example Watch's director, A. Name, said:") over
    // the quotation's line ("“The authorities must …”"): two paragraphs, as with a blank line
    // between them, so the quotation's call starts its item inside the quotation. (On one line,
    // "A. Name said: “The authorities must …”" is one sentence, and its item starts at the
    // speaker.)
    if n.starts_with(['“', '"', '«', '„']) && speaker_lead(p) {
        return true;
    }
    // A lead-in of a few words or more ends its line ("The Government of X should:" /
    // "Stop …"): what it introduces opens a block of its own, never glued to it.
    (p.ends_with(':') && pw >= LEAD_IN_MIN_WORDS && starts_upper && !n.starts_with(['“', '"', '«']))
        || (date_line(p) && pw <= 8 && starts_upper)
        || (date_line(n) && (sentence_end || pw <= 14))
        || (pw <= 14 && !p.ends_with(['.', ',', ';', ':']) && nw > 20 && starts_upper)
        // A long headline on its own line above a paragraph on one line ("Human Rights Watch:
        // Keep up pressure on Belarus to release detainees and respect fundamental freedoms").
        || (pw <= HEADLINE_LINE_MAX_WORDS
            && pw < nw
            && nw > 20
            && !p.ends_with(['.', ',', ';', ':', '-', '–'])
            && !ends_on_joining_word(p)
            && p.chars().next().is_some_and(char::is_uppercase)
            && starts_upper)
        || (pw <= 14
            && !p.ends_with(['.', ',', ';', ':', '-', '–'])
            && !ends_on_joining_word(p)
            && starts_upper
            && nw >= 12
            && n.ends_with(['.', '!', '?', '”', '"']))
        || (sentence_end && pw >= 8 && nw >= 8 && starts_upper && !pronoun_goes_on(p, n))
        // "… the intimidation of their relatives;" / "Turkmenistan should withdraw …;": a
        // list entry on a line of its own (a web page's, one entry a line, without bullets),
        // opening on a capital and ending in a ';', longer than any printed line or before
        // another such entry; the next entry opens on a capital.
        || (p.ends_with(';')
            && p.starts_with(char::is_uppercase)
            && pw >= SEMICOLON_ENTRY_MIN_WORDS
            && nw >= SEMICOLON_ENTRY_MIN_WORDS
            && starts_upper
            && (pw > PRINTED_LINE_MAX_WORDS || n.ends_with(';')))
        // "… and a court ordered two months of pretrial…" / "A court in Osh upheld …": a
        // listing page's teaser, cut with an ellipsis at a fixed length, is longer than any
        // wrapped line; the next teaser opens a paragraph of its own.
        || ((p.ends_with('…') || p.ends_with("...")) && pw >= LOST_STOP_MIN_WORDS && nw >= 8 && starts_upper)
        // "Mr. Ban discussed … with the President … and Kazakhstan" / "“I called on the
        // Government to …”": a paragraph on one line, longer than any wrapped line, whose
        // full stop was lost, before a line of its own opening a quotation on a capital.
        || (pw >= LOST_STOP_MIN_WORDS
            && nw >= 8
            && n.starts_with(['“', '"', '«'])
            && n.chars().nth(1).is_some_and(char::is_uppercase)
            && !p.ends_with([',', ';', ':', '-', '–'])
            && !ends_on_joining_word(p))
        // "… and openly raise the cases of believers held for their faith" / "The Commission
        // also calls on …": two paragraphs on one line each, both longer than any wrapped
        // line, the first one's full stop lost; the second opens on a capital.
        || (pw >= LOST_STOP_MIN_WORDS
            && nw >= LOST_STOP_MIN_WORDS
            && n.starts_with(char::is_uppercase)
            && !p.ends_with([',', ';', ':', '-', '–'])
            && !ends_on_joining_word(p))
}

/// "… with the requirements of international law." / "It should also establish …": after a
/// sentence's end, a line opening with a pronoun that stands for what the sentence before
/// named ("It", "They", "Its", "Their"), then a modal or "also"/"further", goes on the same
/// paragraph in text without blank lines: the next sentence of one call, not a new one. Only
/// after a printed line of a page's width: a line longer than any printed line is a paragraph
/// of its own (a web page's, one paragraph a line), and the pronoun's line opens the next.
fn pronoun_goes_on(prev: &str, next: &str) -> bool {
    let mut words = next.split_whitespace();
    prev.ends_with('.')
        && words_upto(prev, PRINTED_LINE_MAX_WORDS + 1) <= PRINTED_LINE_MAX_WORDS
        && matches!(words.next(), Some("It" | "They" | "Its" | "Their"))
        && matches!(
            words.next(),
            Some("should" | "must" | "also" | "further" | "shall" | "needs" | "need")
        )
}

/// Most words of a line printed across a page's width (a PDF's, a report's): a longer line is
/// a paragraph's whole text.
const PRINTED_LINE_MAX_WORDS: usize = 24;

/// Fewest words of a list entry on a line of its own ending in a ';' (and of the entry after
/// it).
const SEMICOLON_ENTRY_MIN_WORDS: usize = 12;

/// Fewest words of a line that make it a paragraph of its own even when its full stop was lost
/// (no wrapped line of a page holds so many).
const LOST_STOP_MIN_WORDS: usize = 30;

/// Fewest words of a line ending in ':' that make it a lead-in ending its paragraph (not a
/// field's label: "Date:", "Contact:").
const LEAD_IN_MIN_WORDS: usize = 3;

/// Whether a line ends on a word that joins it to the next ("of", "and", "the" …).
pub(crate) fn ends_on_joining_word(line: &str) -> bool {
    JOINING_WORDS.contains(
        &line
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_lowercase()
            .as_str(),
    )
}

/// Fewest words in a text copied as one line (no line ends at all) that is cut at its
/// paragraph and item markers.
const ONE_LINE_MIN_WORDS: usize = 100;
/// Words before a number that make "N." a reference, not a paragraph's start ("para. 6.").
const REFERENCE_WORDS: &[&str] = &[
    "para",
    "paras",
    "paragraph",
    "paragraphs",
    "art",
    "arts",
    "article",
    "articles",
    "no",
    "section",
    "sections",
    "rule",
    "rules",
    "chapter",
    "annex",
    "page",
    "p",
    "pp",
    "vol",
];

/// A line made only of codes: file names and document numbers, each with a digit and a letter
/// or a separator ("RC\1234567EN.docx PE701.234v01-00 }", "B9-0065/2022 (Verts/ALE)"; a
/// label in brackets and a brace or bar may stand beside them), one at least with a letter and a
/// digit: a PDF's running footer or cover rows, no text of the document. A line ending a
/// sentence ("CEDAW/C/UZB/CO/4 (2010).") or a code ending in a comma ("…NHC, 25.08.2015": a
/// dateline) is text.
pub(crate) fn codes_only(line: &str) -> bool {
    // (Most lines open with a word: one look at the first token settles them.)
    let first = line.split(' ').next().unwrap_or_default();
    if line.ends_with('.')
        || !(first.bytes().any(|b| b.is_ascii_digit())
            || first.starts_with(['(', '{', '}', '|', '[', ']']))
    {
        return false;
    }
    let mut codes = 0;
    let mut lettered = false;
    for token in line.split_whitespace() {
        if matches!(token, "{" | "}" | "|" | "[" | "]")
            || (token.len() > 2 && token.starts_with('(') && token.ends_with(')'))
        {
            continue;
        }
        let digit = token.bytes().any(|b| b.is_ascii_digit());
        let letter = token.bytes().any(|b| b.is_ascii_alphabetic());
        let separator = token
            .bytes()
            .any(|b| matches!(b, b'/' | b'\\' | b'.' | b'-'));
        if !digit || !(letter || separator) || token.ends_with(',') {
            return false;
        }
        lettered |= letter;
        codes += 1;
    }
    codes > 0 && lettered
}

/// Most words of a section heading run into a page copied as one line.
const ONE_LINE_HEADING_MAX_WORDS: usize = 10;

/// Where a section heading starts in a page copied as one line, right before the paragraph
/// number at `at`: the words after the last sentence's full stop ("… command responsibility.
/// Investigation of acts of torture 9. As noted …"), two to ten of them, the first capitalised,
/// one at least in lower case, none ending in punctuation (a heading has no sentence end). A
/// full stop after an abbreviation ("Mr.", "para.") ends no sentence.
fn heading_before(text: &str, at: usize) -> Option<usize> {
    let head = text[..at].trim_end();
    let mut end = head.len();
    let mut start = end;
    let mut words = 0;
    let mut lower = false;
    loop {
        let from = head[..end].rfind(' ').map_or(0, |i| i + 1);
        let word = &head[from..end];
        if word.ends_with('.') {
            let stem = word.trim_end_matches('.');
            let abbreviation = stem.starts_with(char::is_uppercase) && stem.chars().count() <= 3;
            let sentence_end = !abbreviation
                && stem
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || c == ')')
                && !REFERENCE_WORDS.contains(&crate::text::fold(stem).as_str());
            let first_capital = head[start..].chars().next().is_some_and(char::is_uppercase);
            return (sentence_end
                && (2..=ONE_LINE_HEADING_MAX_WORDS).contains(&words)
                && lower
                && first_capital)
                .then_some(start);
        }
        if word.is_empty()
            || from == 0
            || word.ends_with([',', ';', ':', '?', '!', ')', '”', '"'])
            || words == ONE_LINE_HEADING_MAX_WORDS
        {
            return None;
        }
        lower |= word.starts_with(char::is_lowercase);
        words += 1;
        start = from;
        end = head[..from].trim_end().len();
    }
}

/// Whether `head` ends in a page footer's e-mail address and a page number ("…
/// info@example.org 2", or the address as a saved page hides it, "[email protected] 2").
fn footer_page_number(head: &str) -> bool {
    let mut words = head.split_whitespace().rev();
    let (Some(page), Some(address)) = (words.next(), words.next()) else {
        return false;
    };
    (1..=3).contains(&page.len())
        && page.bytes().all(|b| b.is_ascii_digit())
        && (address.contains('@') || (address == "protected]" && words.next() == Some("[email")))
}

/// Where a text copied as ONE line (a page with no line ends at all: "CRC/C/TJK/CO/2 (a) The
/// establishment …; (b) The adoption …. C. Factors … 5. The Committee notes …") is cut into the
/// lines it had: before lettered items in sequence ("(a) ", "(b) ", … each followed by a
/// capital), before paragraph numbers in sequence ("5. The", "6. While"; a "1." may restart a
/// numbering), and before a lettered heading after a full stop ("…in 2004. C. Factors …").
/// Returns the byte offsets of the cuts, empty when `text` has line ends or is short.
pub(crate) fn one_line_cuts(text: &str) -> Vec<usize> {
    // (A final line end may be there.)
    let text = text.trim_end();
    if text.contains(['\n', '\r']) || words_upto(text, ONE_LINE_MIN_WORDS) < ONE_LINE_MIN_WORDS {
        return Vec::new();
    }
    let bytes = text.as_bytes();
    let capital_at = |at: usize| {
        text.get(at..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let word_before = |at: usize| {
        text[..at]
            .trim_end()
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or_default()
    };
    let mut cuts = Vec::new();
    let mut next_letter = b'a';
    let mut paragraph: Option<u32> = None;
    for (at, _) in text.match_indices(' ').map(|(i, s)| (i + 1, s)) {
        let rest = &bytes[at..];
        // "(a) The …": a lettered item in sequence.
        if let [b'(', letter, b')', b' ', ..] = rest {
            if letter.is_ascii_lowercase()
                && (*letter == b'a' || *letter == next_letter)
                && capital_at(at + 4)
            {
                next_letter = letter + 1;
                cuts.push(at);
                continue;
            }
        }
        // "C. Factors …" after a full stop: a lettered heading.
        if let [letter, b'.', b' ', ..] = rest {
            if letter.is_ascii_uppercase()
                && word_before(at).ends_with('.')
                && capital_at(at + 3)
                && word_before(at).len() > 2
            {
                cuts.push(at);
                continue;
            }
        }
        // "… TEL.: +43 1 505 86 00 [email protected] 2 The European Union urges …": a page's
        // footer (its contact line's e-mail address, then the page number) glued before the
        // next page's first sentence, which opens a paragraph (the cut made twice: the empty
        // piece between is a blank line).
        if capital_at(at) && footer_page_number(&text[..at]) {
            cuts.extend([at, at]);
            continue;
        }
        // "5. The Committee …": a paragraph number in sequence.
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if (1..=3).contains(&digits) && rest.get(digits..digits + 2) == Some(b". ") {
            let number: u32 = text[at..at + digits].parse().unwrap_or(0);
            let before = crate::text::fold(word_before(at).trim_end_matches('.'));
            let follows = match paragraph {
                None => true,
                Some(p) => number == p + 1 || number == 1,
            };
            let next_in_sequence = paragraph.is_some_and(|p| number == p + 1);
            if follows && capital_at(at + digits + 2) && !REFERENCE_WORDS.contains(&before.as_str())
            {
                if number != 1 || paragraph.is_none() {
                    paragraph = Some(number);
                }
                // "… command responsibility. Investigation of acts of torture 9. As noted …":
                // the section's heading printed above the paragraph is a line of its own (within
                // a chapter's numbering: a chapter's heading before a new "1." keeps its words
                // to the text around it).
                if let Some(heading) = heading_before(text, at).filter(|_| next_in_sequence) {
                    if cuts.last().is_none_or(|&last| last < heading) {
                        cuts.push(heading);
                    }
                }
                cuts.push(at);
            }
        }
    }
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_lines_echoing_a_quoted_name_go_and_person_headings_stay() {
        let story = "A regional researcher, Oleg Example, wrote on social media that the charges \
                     rest on two short videos and one comment that was deleted within the hour.";
        let mut lines = Line::numbered(&[
            story,
            "Oleg Example",
            "He also noted that neither blogger has seen a lawyer in private since the arrests.",
            "Timur Sample",
            "Timur Sample, a blogger from Osh, was detained on 10 May after a post about his \
             district and has been held since then without charge.",
            "Oleg Example, Researcher at Example Watch",
            "“We ask the court to free them.”",
        ]);
        drop_echoed_credits(&mut lines);
        let kept: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(kept[1], "");
        assert_eq!(kept[3], "Timur Sample");
        assert_eq!(kept[5], "");
        // A name nobody in the story is quoted by, and a line with a verb, stay.
        lines = Line::numbered(&[story, "Anna Nobody", "The Court Rules"]);
        drop_echoed_credits(&mut lines);
        assert_eq!(lines[1].text, "Anna Nobody");
        assert_eq!(lines[2].text, "The Court Rules");
    }

    #[test]
    fn a_trail_from_home_ending_in_the_headline_cut_short_is_a_trail() {
        assert!(trail_line(
            "Home / Politics / Human Rights Watch noted positive steps to improve..."
        ));
        assert!(trail_line(
            "Home » News » Court frees blogger after two years in…"
        ));
        // Three crumbs of a slash not from "Home", and a sentence, are none.
        assert!(!trail_line("Kyrgyzstan / Tajikistan / Uzbekistan..."));
        assert!(!trail_line("Home / Society / The court freed him."));
    }

    #[test]
    fn a_states_motto_of_the_year_goes_and_a_headline_on_a_year_stays() {
        let mut lines = Line::numbered(&[
            "Year 2027 - «Harmony of Generations",
            "Sayings of the Elders",
            "",
            "5 April 2027",
        ]);
        drop_year_motto(&mut lines);
        let kept: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(kept, vec!["", "", "", "5 April 2027"]);
        // Closed on its line: the line goes alone; the form with "Year of" too.
        let mut lines = Line::numbered(&[
            "Year 2027 – «Harmony of Generations»",
            "Diplomats Meet in Ashgabat",
            "2027 – Year of Peace and Trust",
            "Diplomats Meet Again",
        ]);
        drop_year_motto(&mut lines);
        let kept: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            kept,
            vec!["", "Diplomats Meet in Ashgabat", "", "Diplomats Meet Again"]
        );
        // A headline on a year, and a sentence, stay.
        let mut lines = Line::numbered(&[
            "2026 – a year of reforms for the courts",
            "Year 2026 - \"A Turning Point\" for the courts, the minister said.",
        ]);
        drop_year_motto(&mut lines);
        assert_eq!(lines[0].text, "2026 – a year of reforms for the courts");
        assert!(!lines[1].text.is_empty());
    }

    #[test]
    fn a_list_of_other_stories_at_the_top_goes_with_its_dates() {
        let mut lines = Line::numbered(&[
            "Floods Close the Old Bridge in the Capital",
            "May 2, 2027",
            "Parliament Passes the Budget After a Long Night",
            "May 4, 2027",
            "A court in Dushanbe sentenced two reporters to seven years on Monday.",
        ]);
        assert_eq!(
            drop_story_list_top(&mut lines).map(|l| l.dates_from),
            Some(5)
        );
        let kept: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(kept[..4], ["", "", "", ""]);
        assert!(kept[4].starts_with("A court"));
        // One headline over its date, or two over the same date (a headline and its subtitle):
        // the text's own.
        let mut lines = Line::numbered(&[
            "Two Reporters Sentenced in Dushanbe",
            "May 2, 2027",
            "A court sentenced two reporters to seven years on Monday.",
        ]);
        assert!(drop_story_list_top(&mut lines).is_none());
        let mut lines = Line::numbered(&[
            "Two Reporters Sentenced in Dushanbe",
            "May 2, 2027",
            "Their Lawyers Say They Will Appeal the Verdict",
            "May 2, 2027",
            "A court sentenced two reporters to seven years on Monday.",
        ]);
        assert!(drop_story_list_top(&mut lines).is_none());
        assert_eq!(lines[0].text, "Two Reporters Sentenced in Dushanbe");
    }

    #[test]
    fn a_table_of_contents_with_glued_page_numbers_is_told_from_headings() {
        for entry in [
            "II. Religion before and after independence3",
            "A. Registration6",
            "VIII. Conclusions and recommendations17",
            "VIII.Conclusions and recommendations17",
            "I. Introduction1–6",
        ] {
            assert!(glued_contents_entry(entry), "{entry:?}");
        }
        for line in [
            "I. Introduction",
            "5. Amendments to article 2",
            "4. The responses are contained in CEDAW/C/KGZ/Q/5",
            "1. The Committee met in 2019. It adopted the report in 2020",
        ] {
            assert!(!glued_contents_entry(line), "{line:?}");
        }
        let mut lines = Line::numbered(&[
            "Contents",
            "I. Introduction3",
            "",
            "II. Legal framework4",
            "A. Registration6",
            "I. Introduction",
            "B. Main findings1",
        ]);
        for line in lines.iter_mut() {
            if let Some(fixed) = unglue_marker(&line.text) {
                line.text.set(fixed);
            }
        }
        drop_glued_contents(&mut lines);
        let kept: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            kept,
            [
                "Contents",
                "",
                "",
                "",
                "",
                "I. Introduction",
                "B. Main findings1"
            ]
        );
    }

    #[test]
    fn a_line_of_file_names_and_document_numbers_is_told_from_text() {
        for line in [
            "RC\\1234567EN.docx PE701.234v01-00 }",
            "B9-0072/2022 (Renew)",
            "B9-0079/2022 } RC1",
            "PE701.240v01-00 }",
        ] {
            assert!(codes_only(line), "{line:?}");
        }
        for line in [
            "CEDAW/C/UZB/CO/4 (2010).",
            "Helsingfors_eng_646NHC, 25.08.2015",
            "12/03/2020 14:00",
            "Article 19 of the ICCPR",
            "(2022/2505(RSP))",
            "B9-0065/2022 (Verts/ALE) Kazakhstan",
        ] {
            assert!(!codes_only(line), "{line:?}");
        }
    }

    #[test]
    fn words_upto_counts_as_split_whitespace_up_to_its_cap() {
        for text in [
            "",
            "   ",
            "one",
            " two  words ",
            "tab\tand\u{a0}no-break\u{2003}em space",
            "“quoted” words, é and ü: five six seven eight nine ten eleven",
            "\tTabs\tand\nline ends\r\x0b\x0c between  eight-byte   blocks of plain ASCII words ",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z",
            "longwordlongwordlongword\u{85}next\u{2028}one \u{3000}two",
        ] {
            let all = text.split_whitespace().count();
            for cap in 0..14 {
                assert_eq!(words_upto(text, cap), all.min(cap), "{text:?} {cap}");
            }
        }
    }

    #[test]
    fn a_web_address_without_its_scheme_is_told_from_symbols_and_abbreviations() {
        assert!(bare_web_address(
            "THE HUMAN …tbinternet.ohchr.org/Treaties/CCPR/Shared Documents"
        ));
        assert!(bare_web_address("see example.com/page for more"));
        assert!(!bare_web_address("CCPR/C/TKM/CO/1 and A/HRC/39/7"));
        assert!(!bare_web_address("U.S. and/or the E.U. rules"));
        assert!(!bare_web_address("in 2019/2020 and No. 5/2"));
    }

    #[test]
    fn a_job_number_glued_after_a_sentence_is_cut_with_its_page_and_symbol() {
        for (text, want) in [
            (
                "… of polygamy. GE.10-40512 12 CRC/C/TJK/CO/2 62. The Committee urges …",
                Some("… of polygamy. 62. The Committee urges …"),
            ),
            (
                "… in all regions. GE.19-01234(E) 7",
                Some("… in all regions."),
            ),
            ("… in all regions. GE.19-01234", Some("… in all regions.")),
            (
                "GE.10-40512 12 CRC/C/TJK/CO/2 Child marriage",
                Some("Child marriage"),
            ),
            // Not after a sentence's end, or no job number: the text stays.
            ("the GE.19-01234 file", None),
            ("… in all regions. GE.123 is a code", None),
            ("… as noted. GE. Smith said", None),
        ] {
            assert_eq!(cut_glued_job_numbers(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn a_job_number_glued_before_the_first_word_is_cut_off() {
        let cases = [
            (
                "GE.08-45678The Covenant on Economic Rights in 2006;",
                Some("The Covenant on Economic Rights in 2006;"),
            ),
            (
                "GE.19-01234(E)The State party should act.",
                Some("The State party should act."),
            ),
            ("GE.08 The next line", None),
            ("GE.123The rest", None),
        ];
        for (text, want) in cases {
            assert_eq!(unglue_scrap(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn a_page_copied_as_one_line_is_cut_at_its_items_and_numbered_paragraphs() {
        let filler = "word ".repeat(100);
        let text = format!(
            "CRC/C/XXX/CO/3 (a) The first measure; (b) The second measure in 2004. \
             B. Factors and difficulties 5. The Committee notes {filler}. 1. General measures \
             (arts. 4 and 42, para. 6 of the Convention) 6. While noting the steps, it regrets. \
             9. The Committee urges the State party to act."
        );
        let pieces: Vec<&str> = {
            let cuts = one_line_cuts(&text);
            let mut at = 0;
            let mut out = Vec::new();
            for c in cuts.iter().copied().chain([text.len()]) {
                out.push(text[at..c].trim());
                at = c;
            }
            out
        };
        let starts: Vec<&str> = pieces
            .iter()
            .map(|p| p.split_whitespace().next().unwrap_or_default())
            .collect();
        // "para. 6" is a reference and "9." does not follow 6: neither starts a paragraph.
        assert_eq!(
            starts,
            ["CRC/C/XXX/CO/3", "(a)", "(b)", "B.", "5.", "1.", "6."],
            "{pieces:#?}"
        );
        // A heading between a paragraph's last sentence and the next number in sequence is a
        // line of its own; a name after "Mr." or a clause after a comma is not.
        let text = format!(
            "{filler} 8. The Committee recommends acting on it. Investigation of acts of torture \
             9. As noted above, {filler}. It met Mr. Jane Doe 10. The Committee, in its work \
             on torture 11. The end."
        );
        let cuts = one_line_cuts(&text);
        let starts: Vec<&str> = cuts
            .iter()
            .map(|&c| text[c..].split_whitespace().next().unwrap_or_default())
            .collect();
        assert_eq!(starts, ["8.", "Investigation", "9.", "10.", "11."]);
        // A text with line ends, or a short one, is left alone.
        assert!(one_line_cuts("(a) The first;\n(b) The second.").is_empty());
        assert!(one_line_cuts("Short text (a) The first; (b) The second.").is_empty());
    }

    #[test]
    fn a_symbol_font_letter_before_lower_case_items_is_a_bullet_from_three_lines() {
        let three = Line::numbered(&[
            "C take immediate steps to prevent torture;",
            "C implement the code of procedure;",
            "C publicize the penalties imposed;",
        ]);
        assert_eq!(letter_bullets(&three), vec!['C']);
        let two = Line::numbered(&["C take steps;", "C publicize penalties;"]);
        assert!(letter_bullets(&two).is_empty());
    }

    #[test]
    fn a_footnote_number_glued_after_a_sentence_still_ends_it() {
        assert_eq!(
            without_trailing_note("for three months.2"),
            "for three months."
        );
        assert_eq!(without_trailing_note("the session.[^1]"), "the session.");
        assert_eq!(without_trailing_note("the session.[12]"), "the session.");
        assert_eq!(
            without_trailing_note("(CCPR/C/KAZ/CO/2).14"),
            "(CCPR/C/KAZ/CO/2)."
        );
        // Numbers that belong to the text stay.
        assert_eq!(
            without_trailing_note("see paragraph 3.2"),
            "see paragraph 3.2"
        );
        assert_eq!(without_trailing_note("in 2024"), "in 2024");
        assert_eq!(
            without_trailing_note("articles 19 and 21"),
            "articles 19 and 21"
        );
        // A text without blank lines: the paragraph after a glued reference starts anew.
        let blocks = split_block(Line::numbered(&[
            "inspections of such organizations have multiplied and several were suspended for three months.2",
            "5. The State party should:",
            "(a) Repeal the requirement to report each grant;",
        ]));
        assert_eq!(blocks.len(), 2, "{blocks:?}");
        assert_eq!(blocks[1][0].text, "5. The State party should:");
    }

    #[test]
    fn a_contact_card_is_cut_at_its_writers_line_breaks_and_wrapped_prose_is_not() {
        let card = Line::numbered(&[
            "Anna Example",
            "Spokesperson for Foreign Affairs",
            "+32 (0) 2 29 12345",
            "Marek Sample",
        ]);
        let blocks = split_hard_breaks(vec![card], Some(400), None);
        assert_eq!(blocks.len(), 4, "{blocks:?}");
        // Wrapped at 70 columns: a line near the width, or one run on in lower case, joins.
        let prose = Line::numbered(&[
            "The Committee is concerned that journalists who report on the Ministry",
            "of Internal Affairs are summoned for questioning, and that President",
            "Example has not answered the letter.",
        ]);
        assert_eq!(split_hard_breaks(vec![prose], Some(70), None).len(), 1);
        // Inside a sentence run on from the line above, a short line is a wrap.
        let wrapped = Line::numbered(&[
            "Ms. Example (for",
            "herself and Mr. Sample) submitted the following resolution; which was referred to the",
            "Committee on Foreign",
            "Affairs",
        ]);
        assert_eq!(split_hard_breaks(vec![wrapped], Some(70), None).len(), 1);
        // The names under a lead-in are its list.
        let blocks = split_hard_breaks(
            vec![
                Line::numbered(&["We urge you to free the following:"]),
                Line::numbered(&["Mr. Example Firstname", "Ms. Sample Secondname"]),
            ],
            Some(400),
            None,
        );
        assert_eq!(blocks.len(), 2, "{blocks:?}");
        // A text's width is the median of its lines that run on in lower case.
        let wrapped = Line::numbered(&[
            "The Committee is concerned that journalists who report on the",
            "ministry are summoned, and that the authorities have not answered",
            "their letters; it notes that several of them have left the",
            "country.",
        ]);
        let lines: Vec<&Line> = wrapped.iter().collect();
        assert_eq!(text_width(&lines), Some(61));
    }

    #[test]
    fn a_long_line_after_a_bullet_of_a_few_words_is_new_prose() {
        // A page's field list ends in a short bullet; the dateline under it opens the text.
        let blocks = split_block(Line::numbered(&[
            "- Topics:",
            "- Elections",
            "DUSHANBE, 5 October 2020 – The observation mission held its opening press briefing today before the vote.",
        ]));
        assert_eq!(blocks.len(), 2, "{blocks:?}");
        assert!(blocks[1][0].text.starts_with("DUSHANBE"));
        // A bullet long enough to wrap keeps its wrapped line, capital or not.
        let blocks = split_block(Line::numbered(&[
            "- Release the journalists held since the protests and drop every charge against",
            "Their lawyers and relatives, who were detained for asking about them at the prison gates.",
        ]));
        assert_eq!(blocks.len(), 1, "{blocks:?}");
        // A short line after a short bullet may be its wrapped end.
        let blocks = split_block(Line::numbered(&["- Free the", "Kazakh journalists."]));
        assert_eq!(blocks.len(), 1, "{blocks:?}");
    }

    #[test]
    fn a_calendar_widget_is_dropped_with_its_heading() {
        let mut texts = vec![
            "Skip to content.",
            "Meetings Calendar 2006",
            "January",
            ".",
            "May",
            "June",
        ];
        texts.extend(["  Mo Tu We Th Fr Sa Su  ", " ", "."]);
        let days: Vec<String> = (1..=12).map(|d| format!("  {d}")).collect();
        texts.extend(days.iter().map(String::as_str));
        texts.extend(["Service", "EU response to the report on Tajikistan"]);
        let mut ls = Line::numbered(&texts);
        drop_calendars(&mut ls);
        let kept: Vec<&str> = ls
            .iter()
            .map(|l| l.text.as_str())
            .filter(|t| !t.trim().is_empty())
            .collect();
        assert_eq!(
            kept,
            [
                "Skip to content.",
                "Service",
                "EU response to the report on Tajikistan"
            ]
        );
    }

    #[test]
    fn glued_markers_come_apart() {
        assert_eq!(
            unglue_marker("1.The Committee").as_deref(),
            Some("1. The Committee")
        );
        assert_eq!(
            unglue_marker("(a)The Convention").as_deref(),
            Some("(a) The Convention")
        );
        assert_eq!(
            unglue_marker("A.Introduction").as_deref(),
            Some("A. Introduction")
        );
        assert_eq!(unglue_marker("U.S. Statement"), None);
        assert_eq!(unglue_marker("1.5 million"), None);
        // (A marker's end further in is no marker's.)
        assert_eq!(unglue_marker("(abcde)The Convention"), None);
        assert_eq!(unglue_marker("1234.The Committee"), None);
        assert_eq!(unglue_marker("Introduction.The Committee"), None);
    }

    #[test]
    fn symbol_font_bullets() {
        assert_eq!(
            glyph_bullet("§ Repeal the law", &[]).as_deref(),
            Some("• Repeal the law")
        );
        assert_eq!(
            glyph_bullet("C Repeal the law", &['C']).as_deref(),
            Some("• Repeal the law")
        );
        assert_eq!(glyph_bullet("C Repeal the law", &[]), None);
    }
}
