//! Site chrome by score, for the lines no list names. Each fresh site brings lines of its own
//! ("Weekly Newsletter", "Request your trial", "(@agency_desk)"), so a line is also read for
//! the features page furniture has, and goes when several meet:
//! - strong (at least one is needed): a call to action opening it (`chrome_verbs`: "Subscribe
//!   …", "Click …", "Watch …"), a word of the site rather than of the document (`site_words`:
//!   newsletter, cookies, login, blog), the reader addressed ("your", "you"), only handles,
//!   tags or links ("(@desk)", "#tag", "www.example.org"), a link word after the last sentence
//!   ("… for doing their jobs. More"), a word printed twice in a row (a row of tags, "…
//!   Uzbekistan Uzbekistan press release"), a reading aid's switch ("A A A", "Colour: C C C",
//!   "Images On OFF"); above the body, a line of six words or more whose only
//!   strong feature is the reader addressed, not opening with "you"/"your", is a headline ("The
//!   price you pay as a reporter in …") and stays;
//! - weak: no sentence end, four words or fewer, title case, a place above or below the body
//!   (the lines of 20 words or more).
//!
//! A line with one strong feature and three features in all is chrome. Chrome comes in boxes,
//! so a line next to one dropped by score goes with it when it has a strong feature of its own
//! (a long line needs two), as does a line between two of them, a label above one
//! ("Diplomat Brief" over "Weekly Newsletter") and, under a call or a site word dropped alone, a
//! short sentence in which the site speaks of itself ("A weekly digest of our newest …"). A box opening with "About …" after the body has
//! begun ("About This Blog") is the site's own, and so is everything after it; so is a ticker
//! of other stories, each under a line that is only its date and time ("- 16 January 2024,
//! 23:51"). A consent banner near either end of the text, where the site speaks to the reader
//! about what it stores (three `consent_words`), goes whatever its length; and below the body
//! the first line dropped as chrome opens the site's footer, whose few short lines after it go
//! too ("Create a Link", "<< Home"). Between two paragraphs of the body, a packed block of short
//! lines ending in a chrome line is a box of links, and bullets of headlines with no lead-in
//! above them are another story's headlines (see `mark_inline_boxes`). A paragraph among the
//! last lines that ended by sending the reader to the organisation's own pages ("Learn more at
//! www.…, Twitter: @…", cut where the line was cleaned) is the organisation's box. Real headings, lead-ins, list items and short
//! recommendations ("Release X.") have
//! no strong feature, or end a sentence, or are bullets, and stay. [`Mark::reasons`] says why a
//! line went (`steppe check -v`).

use super::lines::words_upto;
use super::{is_bullet, Line, BODY_LINE_MIN_WORDS};
use crate::corpus::rules::TextRules;

/// Longest line (in words) read for chrome on its own; a longer one only next to a dropped one.
const MAX_WORDS: usize = 24;
/// Most words of a "few words" line.
const FEW_WORDS: usize = 4;
/// Longest line ending a sentence whose words are read where it is cleaned.
const SENTENCE_READ_WORDS: usize = 10;
/// Features a line needs in all (with at least one strong one).
const THRESHOLD: u8 = 3;

const CALL: u32 = 1;
const SITE: u32 = 1 << 1;
const READER: u32 = 1 << 2;
const HANDLES: u32 = 1 << 3;
const LINK_END: u32 = 1 << 4;
const NO_END: u32 = 1 << 5;
const FEW: u32 = 1 << 6;
const TITLE_CASE: u32 = 1 << 7;
const OUTSIDE: u32 = 1 << 8;
/// How a line went: on its own, or with the box it is in.
const ALONE: u32 = 1 << 9;
const IN_BOX: u32 = 1 << 10;
const AFTER_ABOUT: u32 = 1 << 11;

const REASONS: [(u32, &str); 23] = [
    (CALL, "call to action"),
    (SITE, "site word"),
    (READER, "addresses the reader"),
    (HANDLES, "only handles, tags or links"),
    (LINK_END, "link word after the last sentence"),
    (
        TEASER,
        "a teaser of another story, broken off before \"more\"",
    ),
    (DOUBLED, "a word printed twice in a row"),
    (SWITCH, "a switch's letters or on/off"),
    (NO_END, "no sentence end"),
    (FEW, "few words"),
    (TITLE_CASE, "title case"),
    (OUTSIDE, "above or below the body"),
    (ALONE, "chrome by score"),
    (IN_BOX, "in a box of chrome"),
    (AFTER_ABOUT, "after the site's \"About\" box"),
    (TICKER, "a ticker of other stories after the body"),
    (
        PROVENANCE,
        "a reposting site's note on where the text came from",
    ),
    (BEFORE_STOP, "in the box that ends the article"),
    (
        CONSENT,
        "a consent banner: the site tells the reader what it stores",
    ),
    (FOOTER, "in the site's footer, below chrome after the body"),
    (
        FRINGE,
        "below the body's last statement, a line that states nothing",
    ),
    (
        CLOSING,
        "in the closing list under the body (signers, copies, contacts)",
    ),
    (
        SELF_ABOUT,
        "an organisation's description of itself (an \"About\" box without its label)",
    ),
];

/// What one line has of chrome, read where the line is cleaned (from the forms it already has).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Mark {
    /// Words of the line, up to `MAX_WORDS + 1`.
    words: u16,
    features: u32,
}

impl Mark {
    fn has(self, flag: u32) -> bool {
        self.features & flag != 0
    }

    fn strong(self) -> u8 {
        [CALL, SITE, READER, HANDLES, LINK_END, DOUBLED, SWITCH]
            .iter()
            .filter(|&&f| self.has(f))
            .count() as u8
            // Two site words count as two.
            + u8::from(self.features & SITE_TWICE != 0)
    }

    fn weak(self) -> u8 {
        [NO_END, FEW, TITLE_CASE, OUTSIDE]
            .iter()
            .filter(|&&f| self.has(f))
            .count() as u8
    }

    fn dropped(self) -> bool {
        self.has(
            ALONE
                | IN_BOX
                | AFTER_ABOUT
                | TICKER
                | PROVENANCE
                | BEFORE_STOP
                | CONSENT
                | FOOTER
                | FRINGE
                | CLOSING
                | SELF_ABOUT,
        )
    }

    /// The mark with [`OWN_PAGES`]: the line ended in a pointer to the organisation's own
    /// pages, cut where it was cleaned.
    pub(crate) fn own_pages(self) -> Mark {
        Mark {
            features: self.features | OWN_PAGES,
            ..self
        }
    }

    /// The mark of a line that was all a pointer to more reading ("Get the free … newsletter"),
    /// cut whole where it was cleaned: the sign-up box's blurb under it goes too.
    pub(crate) fn pointer(self) -> Mark {
        Mark {
            features: self.features | POINTER,
            ..self
        }
    }

    /// The mark of a line cleared where it was cleaned, by a list of chrome lines or a
    /// boilerplate rule: below the body, the site's footer begins there.
    pub(crate) fn listed() -> Mark {
        Mark {
            words: 0,
            features: LISTED,
        }
    }

    /// Why the line went, in words ("chrome by score: site word, no sentence end, …").
    pub(crate) fn reasons(self) -> String {
        let how: u32 = if self.has(FRINGE) {
            FRINGE
        } else if self.has(CLOSING) {
            CLOSING
        } else if self.has(SELF_ABOUT) {
            SELF_ABOUT
        } else if self.has(TICKER) {
            TICKER
        } else if self.has(CONSENT) {
            CONSENT
        } else if self.has(FOOTER) {
            FOOTER
        } else if self.has(PROVENANCE) {
            PROVENANCE
        } else if self.has(BEFORE_STOP) {
            BEFORE_STOP
        } else if self.has(AFTER_ABOUT) {
            AFTER_ABOUT
        } else if self.has(IN_BOX) {
            IN_BOX
        } else {
            ALONE
        };
        let mut out = String::new();
        if let Some((_, name)) = REASONS.iter().find(|(f, _)| *f == how) {
            out.push_str(name);
        }
        let mut first = true;
        for (flag, name) in &REASONS[..12] {
            if self.has(*flag) {
                out.push_str(if first { ": " } else { ", " });
                out.push_str(name);
                first = false;
            }
        }
        out
    }
}

/// A second site word in the line.
const SITE_TWICE: u32 = 1 << 12;
/// A word of four letters or more printed twice in a row ("… Turkmenistan Turkmenistan press
/// release"): a row of tags and categories, where one label is also a tag; a headline never
/// says a word twice in a row.
const DOUBLED: u32 = 1 << 21;
/// A reading aid's switch: after an optional label ending in ':', nothing but single letters,
/// two or more ("A A A", "Colour: C C C"), or "on" and "off" side by side in a few words
/// ("Images On OFF").
const SWITCH: u32 = 1 << 22;
/// In a ticker of other stories under their time stamps after the body.
const TICKER: u32 = 1 << 14;
/// The line's words were not read (a long line, or a sentence): read it whole when it matters.
const UNREAD: u32 = 1 << 13;
/// A reposting site's note on where the text came from, above or below the body.
const PROVENANCE: u32 = 1 << 15;
/// In the box of chrome right above a line that ends the article (a comment section's
/// "Inline Feedbacks", a publisher's "Dear readers,").
const BEFORE_STOP: u32 = 1 << 16;
/// Cleared where the line was cleaned (a list of chrome lines, a boilerplate rule).
const LISTED: u32 = 1 << 17;
/// A consent banner near either end of the text.
const CONSENT: u32 = 1 << 18;
/// Below the body, after a line of chrome: the site's footer.
const FOOTER: u32 = 1 << 19;
/// Below the body's last statement, a line that states nothing (see `mark_fringe`).
const FRINGE: u32 = 1 << 20;
/// A teaser of another story: a sentence broken off by an ellipsis before the link word
/// "more" ("… by the country's president, ... more"), dropped alone whatever its length.
const TEASER: u32 = 1 << 23;
/// After the body, in a letter's or a release's closing list (see `mark_closing_list`).
const CLOSING: u32 = 1 << 24;
/// An organisation's definition of itself, the "About" box without its label (see
/// `mark_self_description`).
const SELF_ABOUT: u32 = 1 << 25;
/// A pointer to the organisation's own pages with an address or a handle was cut from the
/// line's end ("… Learn more at www.example.org, Twitter: @desk."); no feature of chrome by
/// itself.
const OWN_PAGES: u32 = 1 << 26;
/// The line was all a pointer to more reading, cut whole where it was cleaned; no feature of
/// chrome by itself.
const POINTER: u32 = 1 << 27;

/// Punctuation around a word that is not part of it (a `match`, not a list searched per
/// character).
fn around(c: char) -> bool {
    matches!(
        c,
        '(' | ')'
            | '['
            | ']'
            | '.'
            | ','
            | ':'
            | ';'
            | '!'
            | '?'
            | '"'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '\''
            | '«'
            | '»'
    )
}

/// Reads one line's features. `collapsed` is the line with its spaces collapsed, `folded` the
/// same folded; `words` its word count. A line longer than `MAX_WORDS` words (unless `whole`)
/// is read only for a link word at its end.
pub(crate) fn mark(
    collapsed: &str,
    folded: &str,
    words: usize,
    rules: &TextRules,
    whole: bool,
) -> Mark {
    let mut m = Mark {
        words: words.min(MAX_WORDS + 1) as u16,
        features: 0,
    };
    if words == 0 {
        return m;
    }
    // ". More", "… Read more": a link's label after the paragraph's last sentence.
    if let Some(before) = folded.strip_suffix(" more") {
        if before.ends_with(['.', '!', '?', '”', '"', '…']) {
            m.features |= LINK_END;
        }
        // "… have been criticised by the country's president, ... more": a sentence broken
        // off by an ellipsis, then the link: a teaser of another story, whatever its length.
        if before.ends_with("...") || before.ends_with('…') {
            let cut = before.trim_end_matches(['.', '…']).trim_end();
            if !cut.ends_with(['.', '!', '?', '”', '"']) {
                m.features |= TEASER;
            }
        }
    }
    if words > MAX_WORDS && !whole {
        m.features |= UNREAD;
        return m;
    }
    let end = collapsed.trim_end_matches([')', '"', '”', '’', '\'', ']']);
    if !end.ends_with(['.', '!', '?', ';', ':', ',', '…']) {
        m.features |= NO_END;
    }
    if words <= FEW_WORDS {
        m.features |= FEW;
    }
    // A sentence of more than ten words has two weak features at most: its words are read only
    // beside a dropped line.
    if !whole && !m.has(NO_END) && words > SENTENCE_READ_WORDS {
        m.features |= UNREAD;
        return m;
    }
    if words >= 2 && title_case(collapsed) {
        m.features |= TITLE_CASE;
    }
    let mut opening = true;
    let mut handles = true;
    let mut sites = 0;
    // (The word before, for a word printed twice in a row; the switch's letters, its on and
    // off, and whether a word that is none of them was met after the label.)
    let mut before: &str = "";
    let mut letters = 0;
    let mut on_off = (false, false);
    let mut other = false;
    // (Two different site words count twice; the same one twice, once.)
    let mut first_site: Option<&str> = None;
    // (The word before, trimmed: the first half of a phrasal verb.)
    let mut previous: &str = "";
    for word in crate::text::split_at_byte(folded, b' ') {
        // (The word trimmed once: a handle and the word read below are the same.)
        let w = word.trim_matches(around);
        // ("info@mfa.example; mail@president.example": e-mail addresses to send a letter to;
        // read only while every word so far was one.)
        handles &= w.starts_with(['@', '#'])
            || w.starts_with("http")
            || w.starts_with("www.")
            || email_address(w);
        if w.is_empty() {
            continue;
        }
        // (The words as printed: "Convention (Convention against Torture)" is no tag row.)
        if word == before && w.len() >= 4 && word.chars().all(char::is_alphabetic) {
            m.features |= DOUBLED;
        }
        before = word;
        let label = opening && word.ends_with(':');
        if w.len() == 1 && w.chars().all(|c| c.is_ascii_alphabetic()) {
            letters += 1;
        } else if w == "on" || w == "off" {
            on_off = (on_off.0 || w == "on", on_off.1 || w == "off");
        } else if !label {
            other = true;
        }
        if opening && (w == "to" || w == "please") {
            continue;
        }
        if opening
            && sorted_has(&rules.chrome_verbs, w)
            && !command_goes_on(folded, w, rules)
            && !genre_by(folded, w, words)
        {
            m.features |= CALL;
        }
        opening = false;
        if w == "you" || w == "your" {
            m.features |= READER;
        }
        if sorted_has(&rules.site_words, w) && first_site != Some(w) {
            first_site = first_site.or(Some(w));
            sites += 1;
        }
        // "Member Sign In", "Log out": a phrasal verb of the site, read as its two words joined
        // by a hyphen ("sign-in", "log-out" in `site_words`), in a link's few words.
        if words <= FEW_WORDS
            && matches!(w, "in" | "up" | "out")
            && previous.len() <= PHRASAL_VERB_MAX_BYTES
        {
            let mut buf = [0u8; 16];
            let n = previous.len();
            buf[..n].copy_from_slice(previous.as_bytes());
            buf[n] = b'-';
            buf[n + 1..n + 1 + w.len()].copy_from_slice(w.as_bytes());
            if std::str::from_utf8(&buf[..n + 1 + w.len()])
                .is_ok_and(|pair| sorted_has(&rules.site_words, pair))
            {
                sites += 1;
            }
        }
        previous = w;
    }
    if handles {
        m.features |= HANDLES;
    }
    if (letters >= 2 && !other && !(on_off.0 || on_off.1))
        || (on_off.0 && on_off.1 && words <= FEW_WORDS)
    {
        m.features |= SWITCH;
    }
    if sites >= 1 {
        m.features |= SITE;
    }
    if sites >= 2 {
        m.features |= SITE_TWICE;
    }
    m
}

/// Most words of a sign-up box's blurb under its call ("A weekly digest of our newest …").
const BLURB_MAX_WORDS: usize = 16;

/// Whether the line nearest above line `k` is a call to action or a word of the site dropped by
/// score, or a pointer to more reading cut whole where it was cleaned (see [`Mark::pointer`]).
fn under_call(lines: &[Line], marks: &[Mark], k: usize) -> bool {
    let Some(j) = (0..k)
        .rev()
        .find(|&j| !lines[j].text.trim().is_empty() || marks[j].has(POINTER))
    else {
        return false;
    };
    marks[j].has(POINTER) || (marks[j].has(ALONE) && marks[j].has(CALL | SITE))
}

/// Most words of the name a sign-up box's call ends on ("… receive our premium newsletter,
/// Example Digest.").
const BOX_NAME_MAX_WORDS: usize = 4;

/// Whether `line` opens with the name `above` ends on, its last words in capitals ("… receive
/// our premium newsletter, Example Digest." / "Example Digest has been the essential morning
/// read …"): a box's blurb of what its call sells.
fn names_the_call(above: &str, line: &str) -> bool {
    let above = above.trim().trim_end_matches(['.', '!']);
    let name_words = above
        .split(' ')
        .rev()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .take(BOX_NAME_MAX_WORDS + 1)
        .count();
    if name_words == 0 || name_words > BOX_NAME_MAX_WORDS {
        return false;
    }
    let Some((at, _)) = above.rmatch_indices(' ').nth(name_words - 1) else {
        return false;
    };
    line.strip_prefix(&above[at + 1..])
        .is_some_and(|rest| rest.starts_with(' '))
}

/// Whether the line holds "we", "our" or "us" as a word: the site speaking of itself.
fn site_speaks(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let w = w.trim_matches(around);
        ["we", "our", "us"]
            .iter()
            .any(|o| w.eq_ignore_ascii_case(o))
    })
}

/// Longest verb of a site's phrasal verb ("sign in", "log out") looked up in `site_words`.
const PHRASAL_VERB_MAX_BYTES: usize = 8;

/// Most bytes at a line's end searched for its last sentence, a pointer to more reading.
const POINTER_MAX_BYTES: usize = 200;
/// Most words of such a pointer.
const POINTER_MAX_WORDS: usize = 24;

/// "… in their investigations. Learn more about human rights defenders in Uzbekistan.", "To
/// read more on Kyrgyzstan:", "Listen to the podcast above or subscribe to … on iTunes or on
/// Google Podcasts.", "Learn more at www.example.org, Twitter: @desk": where a line's last
/// sentence (or the whole line) begins when it is the site pointing its reader at more to read
/// or hear. Its grammar: a command with no subject (after "To" or "Please" at most) whose verb
/// is a call to action (`chrome_verbs`, or "find out", or "get": "Get the free … newsletter";
/// not in the list, where "Get Involved" would score as a button), aimed at more of the page rather than at
/// an actor: "more" right after the verb, or a word of the site (`site_words`), a web address
/// or a handle in it. A list's command ("Sign and ratify the Optional Protocol …", "Register
/// every religious community …") names none of these and stays.
pub(crate) fn reader_pointer_start(line: &str, rules: &TextRules) -> Option<usize> {
    let t = line.trim_end();
    let mut from = t.len().saturating_sub(POINTER_MAX_BYTES);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    // The last sentence: after a sentence's end and a space, a capital (closing quotes and
    // brackets may stand between the end and the space). (Searched by its end's byte, backwards:
    // the line's own closing stop and the dots of an address are passed over.)
    let bytes = t.as_bytes();
    let mut end = t.len();
    let boundary = loop {
        let Some(i) = memchr::memrchr3(b'.', b'!', b'?', &bytes[from..end]) else {
            break None;
        };
        let at = from + i;
        let rest = if matches!(bytes.get(at + 1), Some(b' ')) {
            &t[at + 1..]
        } else {
            t[at + 1..].trim_start_matches(['"', '”', '’', ')'])
        };
        if let Some(next) = rest.strip_prefix(' ') {
            if next.starts_with(|c: char| c.is_uppercase()) {
                break Some(t.len() - next.len());
            }
        }
        end = at;
    };
    let start = match boundary {
        Some(at) => at,
        None if from == 0 => t.len() - t.trim_start().len(),
        None => return None,
    };
    let tail = &t[start..];
    // (Most sentences open with no call to action: one look at the first two letters, then the
    // first word lowered into a small buffer.)
    let opening = |b: &[u8]| match b {
        [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
            let bit = usize::from(a - b'a') * 26 + usize::from(b - b'a');
            matches!((a, b), (b'f', b'i') | (b'g', b'e'))
                || rules.chrome_verb_openings[bit / 64] & 1 << (bit % 64) != 0
        }
        _ => false,
    };
    let tb = tail.as_bytes();
    if information_pointer(tail) || fronted_subscription(tail, rules) {
        return Some(start);
    }
    let to_please = matches!(
        tb,
        [b'T' | b't', b'o', b' ', ..] | [b'P' | b'p', b'l', b'e', b'a', ..]
    );
    if !to_please && !opening(tb) {
        return None;
    }
    let mut words = tail.split_whitespace().map(|w| w.trim_matches(around));
    let mut verb = words.next()?;
    if verb.eq_ignore_ascii_case("to") || verb.eq_ignore_ascii_case("please") {
        verb = words.next()?;
    }
    let mut buf = [0u8; 16];
    if verb.len() > buf.len() || !verb.is_ascii() || !opening(verb.as_bytes()) {
        return None;
    }
    buf[..verb.len()].copy_from_slice(verb.as_bytes());
    buf[..verb.len()].make_ascii_lowercase();
    let verb = std::str::from_utf8(&buf[..verb.len()]).ok()?;
    let mut next = words.next()?;
    if verb == "find" && next == "out" {
        next = words.next()?;
    } else if !sorted_has(&rules.chrome_verbs, verb) && verb != "get" {
        return None;
    }
    if tail.split_whitespace().nth(POINTER_MAX_WORDS).is_some() {
        return None;
    }
    let pointer_word = |w: &str| {
        let lower = w.to_ascii_lowercase();
        sorted_has(&rules.site_words, &lower)
            || lower.starts_with("www.")
            || lower.starts_with("http")
            || (lower.len() > 1 && lower.starts_with('@'))
    };
    // (The verb itself is not read: "Subscribe here." closing a box's blurb is left to the
    // box, which its word of the site helps to find.)
    // "To read the original story by …, click here.", "Click here to read …": the link itself
    // named, "here" after "click" or "tap".
    let link = |before: &str, w: &str| {
        w.eq_ignore_ascii_case("here")
            && (before.eq_ignore_ascii_case("click") || before.eq_ignore_ascii_case("tap"))
    };
    let mut before = next;
    (next.eq_ignore_ascii_case("more")
        || pointer_word(next)
        || link(verb, next)
        || words.any(|w| {
            let named = link(before, w);
            before = w;
            named || pointer_word(w)
        }))
    .then_some(start)
}

/// "For regular news and analysis on press freedom in the region, subscribe to \"Example
/// Media Watch.\"": a sentence opening with a phrase of purpose ("For …") and a comma, then a
/// command whose verb is a call to action (`chrome_verbs`) that is itself a word of the site
/// (`site_words`: "subscribe") or is followed by one, a web address or a handle. ("For these
/// reasons, register every religious community …" names none and stays.)
fn fronted_subscription(tail: &str, rules: &TextRules) -> bool {
    let Some(rest) = tail.strip_prefix("For ") else {
        return false;
    };
    let Some((_, command)) = rest.split_once(", ") else {
        return false;
    };
    if tail.split_whitespace().nth(POINTER_MAX_WORDS).is_some() {
        return false;
    }
    let mut words = command.split_whitespace().map(|w| w.trim_matches(around));
    let Some(verb) = words.next() else {
        return false;
    };
    if !verb.starts_with(|c: char| c.is_ascii_lowercase()) || !sorted_has(&rules.chrome_verbs, verb)
    {
        return false;
    }
    sorted_has(&rules.site_words, verb)
        || words.any(|w| {
            let lower = w.to_ascii_lowercase();
            sorted_has(&rules.site_words, &lower)
                || lower.starts_with("www.")
                || lower.starts_with("http")
                || (lower.len() > 1 && lower.starts_with('@'))
        })
}

/// "More information on the explosion and its aftermath can be found at these sites:",
/// "Further information is available at www.example.org.": the same pointer told in the
/// passive, its subject more information or details ("more", "further" or "additional" before
/// "information" or "details") and its verb "can be found" or "is"/"are available" (not
/// "Further information available to the Committee indicates …", a finding).
fn information_pointer(tail: &str) -> bool {
    let b = tail.as_bytes();
    if !matches!(b, [b'M' | b'F' | b'A', ..]) {
        return false;
    }
    let mut words = tail.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    if !["more", "further", "additional"]
        .iter()
        .any(|o| o.eq_ignore_ascii_case(first))
        || !matches!(second, "information" | "details")
        || tail.split_whitespace().nth(POINTER_MAX_WORDS).is_some()
    {
        return false;
    }
    let lower = tail.to_ascii_lowercase();
    holds_phrase(&lower, "can be found")
        || holds_phrase(&lower, "is available")
        || holds_phrase(&lower, "are available")
}

/// Fewest words of a headline that addresses the reader.
const READER_HEADLINE_MIN_WORDS: usize = 6;

/// "The price you pay as an independent journalist in …": above the body, a line of many words
/// whose only strong feature is the reader addressed, not opening with "you"/"your" (a prompt:
/// "You are commenting using …"), is a headline, not chrome by itself.
fn reader_headline(m: Mark, line: &Line, above_body: bool) -> bool {
    above_body
        && m.strong() == 1
        && m.has(READER)
        && usize::from(m.words) >= READER_HEADLINE_MIN_WORDS
        && line
            .text
            .split_whitespace()
            .next()
            .is_some_and(|w| !w.eq_ignore_ascii_case("you") && !w.eq_ignore_ascii_case("your"))
}

/// "On the Recent Advertisement in Washington Examiner" opening the text: a line of many
/// words, some of them small words in lower case, whose only strong feature is one site word,
/// is the text's headline on its first line (a row of the site's sections has no small word; a
/// call to subscribe has its verb).
fn site_word_headline(m: Mark, line: &Line) -> bool {
    m.strong() == 1
        && m.has(SITE)
        && usize::from(m.words) >= READER_HEADLINE_MIN_WORDS
        && line.text.trim_start().starts_with(char::is_uppercase)
        && line
            .text
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(|c: char| c.is_lowercase()))
}

/// Most words of a link in square brackets at a paragraph's end.
const BRACKETED_LINK_MAX_WORDS: usize = 20;

/// "… during the 2020 cotton harvest. [Watch the discussion of the report]": where a link in
/// square brackets at the end of a paragraph begins, its first word a call to action
/// (`chrome_verbs`: "Watch", "Read", "Download"), after a sentence's end, and nothing but
/// punctuation after its closing bracket (or none, the page cut off inside it).
pub(crate) fn bracketed_link_tail(line: &str, rules: &TextRules) -> Option<usize> {
    // (Most lines hold no '[': they are not read further.)
    let bracket = memchr::memrchr(b'[', line.as_bytes())?;
    let open = bracket
        .checked_sub(1)
        .filter(|&k| line.as_bytes()[k] == b' ')?;
    let before = line[..open].trim_end_matches(['"', '”', '’', ')']);
    if !before.ends_with(['.', '!', '?']) {
        return None;
    }
    let inner = &line[open + 2..];
    let (inner, after) = inner.split_once(']').unwrap_or((inner, ""));
    let first = inner.split(' ').next()?;
    (first.starts_with(|c: char| c.is_uppercase())
        && sorted_has(&rules.chrome_verbs, &first.to_lowercase())
        && inner.split_whitespace().count() <= BRACKETED_LINK_MAX_WORDS
        && after.trim().chars().all(|c| c.is_ascii_punctuation()))
    .then_some(open)
}

/// "press@example.org": a name, one "@" and a domain with a dot in it.
pub(crate) fn email_address(w: &str) -> bool {
    w.split_once('@').is_some_and(|(name, domain)| {
        !name.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
    })
}

fn sorted_has(list: &[String], word: &str) -> bool {
    list.binary_search_by(|e| e.as_str().cmp(word)).is_ok()
}

/// Every word of three letters or more begins with a capital ("Weekly Newsletter", "About This
/// Blog"); words without letters are skipped.
fn title_case(line: &str) -> bool {
    let mut capitals = 0;
    for w in line.split(' ') {
        let mut chars = w.chars().skip_while(|c| !c.is_alphanumeric());
        let Some(first) = chars.next() else {
            continue;
        };
        if first.is_lowercase() && w.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            return false;
        }
        capitals += usize::from(first.is_uppercase());
    }
    capitals >= 2
}

/// Drops the lines whose marks (one per line, as `mark` read them) add up to chrome, and the
/// boxes around them (see the module's notes). Returns, for `check -v`, each dropped line's
/// number, text and reasons.
pub(crate) fn drop_scored(
    lines: &mut [Line],
    marks: &mut [Mark],
    rules: &TextRules,
    asks: impl Fn(&str) -> bool,
) -> Vec<(usize, String, String)> {
    debug_assert_eq!(lines.len(), marks.len());
    let mut any = mark_consent_banners(lines, marks, rules);
    let body = |m: &Mark, l: &Line| {
        usize::from(m.words) >= BODY_LINE_MIN_WORDS
            && !l.text.is_empty()
            && !m.has(CONSENT)
            && !m.has(TEASER)
    };
    let first_body = marks.iter().zip(lines.iter()).position(|(m, l)| body(m, l));
    let last_body = marks
        .iter()
        .zip(lines.iter())
        .rposition(|(m, l)| body(m, l));
    let first_line = lines.iter().position(|l| !l.text.trim().is_empty());
    // A line whose sentence runs on into a next line in lower case is a wrapped line of a
    // paragraph ("Continue reforming the civil service … while being more" / "measured and
    // consultative …"), never page furniture.
    let wraps_on = |k: usize| {
        lines.get(k + 1).is_some_and(|n| {
            n.text
                .trim_start()
                .starts_with(|c: char| c.is_lowercase() && c.is_alphabetic())
        }) && !ends_sentence(&lines[k].text)
    };
    // (A line of handles or e-mail addresses in lower case, "info@ministry.example; …", is
    // scored all the same.)
    let candidate = |k: usize, handles: bool| {
        let t = lines[k].text.trim_start();
        // (An e-mail address opens in lower case and is no wrapped line's second half.)
        let lower = t.starts_with(|c: char| c.is_lowercase())
            && !handles
            && !t
                .split(' ')
                .next()
                .is_some_and(|w| email_address(w.trim_end_matches([';', ','])));
        !t.is_empty() && !lower && is_bullet(t).is_none() && !wraps_on(k)
    };
    for (k, mark) in marks.iter_mut().enumerate() {
        if first_body.is_none_or(|f| k < f) || last_body.is_none_or(|l| k > l) {
            mark.features |= OUTSIDE;
        }
        let m = *mark;
        // (A sign-up box's call cut whole where it was cleaned: its blurb is looked for below.)
        any |= m.has(POINTER);
        if m.has(TEASER) && candidate(k, false) {
            mark.features |= ALONE;
            any = true;
            continue;
        }
        if m.strong() >= 1
            && m.strong() + m.weak() >= THRESHOLD
            && candidate(k, m.has(HANDLES))
            // (A text with no body line, every line wrapped short — a letter copied from a
            // PDF — is read as above its body: "We are writing to you prior to …" opens it.)
            && !reader_headline(m, &lines[k], first_body.is_none_or(|f| k < f))
            && !(Some(k) == first_line && site_word_headline(m, &lines[k]))
            && !letter_call(m, &lines[k], last_body.is_some_and(|l| k > l), &asks)
        {
            mark.features |= ALONE;
            any = true;
        }
    }
    // A reposting site's note: searched for only among the first and the last lines of the
    // text, above or below the body.
    let present_lines: Vec<usize> = (0..lines.len())
        .filter(|&k| !lines[k].text.trim().is_empty())
        .collect();
    let n = present_lines.len();
    for (i, &k) in present_lines.iter().enumerate() {
        let near_end = i < PROVENANCE_REACH || i + PROVENANCE_REACH >= n;
        // (A line outside the body has fewer words than a body line. Among the first lines a
        // note may also follow the story's lead, a line ending no sentence: "… to the courts." /
        // "This article has been written by X and edited for publication here by Y" / the
        // story again; "The video appeared first on a local channel, the group said." is the
        // story's.)
        let after_lead = i < PROVENANCE_REACH
            && !lines[k]
                .text
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”']);
        // (The text's last line may be as long as a body line: "This article was produced as
        // part of …'s … output, funded by …".)
        if near_end
            && (marks[k].has(OUTSIDE) || after_lead || i + 1 == n)
            && provenance_note(&lines[k].text, rules)
        {
            marks[k].features |= PROVENANCE;
            any = true;
        }
    }
    let present = present_lines;
    // The boxes: grown from the lines dropped alone until nothing changes.
    let mut changed = any;
    while changed {
        changed = false;
        for (i, &k) in present.iter().enumerate() {
            if marks[k].dropped() {
                continue;
            }
            let prev = i.checked_sub(1).map(|p| present[p]);
            let next = present.get(i + 1).copied();
            let gone_prev = prev.is_some_and(|j| marks[j].dropped());
            let gone_next = next.is_some_and(|j| marks[j].dropped());
            // (Beside a dropped line first: most lines are not, and are not read further.)
            if (!gone_prev && !gone_next && !under_call(lines, marks, k))
                || !candidate(k, marks[k].has(HANDLES))
            {
                continue;
            }
            let mut m = marks[k];
            if m.has(UNREAD) {
                // A long line or a sentence is read whole only here, beside a dropped one.
                let collapsed = crate::text::collapse_whitespace(&lines[k].text);
                let folded = crate::text::fold(&collapsed);
                let words = collapsed.split(' ').count();
                m.features |= mark(&collapsed, &folded, words, rules, true).features;
                m.features &= !UNREAD;
                marks[k].features = m.features;
            }
            let short = usize::from(m.words) <= MAX_WORDS;
            let own = m.strong() >= if short { 1 } else { 2 };
            let between = short && gone_prev && gone_next;
            // ("Kyrgyzstan: An Uncertain Trajectory" over an e-mail's "View it in your browser":
            // a name, a colon and words after it are a headline's form, no label.)
            let headline_form = || {
                lines[k]
                    .text
                    .split_once(": ")
                    .is_some_and(|(name, rest)| !name.trim().is_empty() && words_upto(rest, 2) >= 2)
            };
            let label = gone_next
                && m.has(NO_END)
                && m.has(FEW)
                && m.has(TITLE_CASE)
                && prev.is_none_or(|p| ends_sentence(&lines[p].text))
                && !headline_form();
            // "Get the free … newsletter" / "A weekly digest of our newest reporting …": under a
            // call or a word of the site dropped by score, a short sentence in which the site
            // speaks of itself ("we", "our", "us") and asks nothing is the box's blurb; so is
            // one as long as a line read alone opening with the name such a line right above
            // it ends on ("… receive our premium newsletter, Example Digest." / "Example Digest
            // has been the essential morning read …").
            let blurb = !m.has(NO_END)
                && !asks(&lines[k].text)
                && ((usize::from(m.words) <= BLURB_MAX_WORDS
                    && under_call(lines, marks, k)
                    && site_speaks(&lines[k].text))
                    || (short
                        && prev.is_some_and(|j| {
                            marks[j].dropped()
                                && marks[j].has(CALL | SITE)
                                && names_the_call(&lines[j].text, lines[k].text.trim())
                        })));
            if own || between || label || blurb {
                marks[k].features |= IN_BOX;
                changed = true;
            }
        }
    }
    mark_inline_boxes(lines, marks, &asks);
    // "About This Blog" after the body has begun: the site's own box, and what follows it.
    // A label "About <Name>" of a few words in title case that was not dropped opens the box
    // too, when nothing from it to the end asks ("About Majlis" / "Each week, hosts … discuss
    // …" / "Click here to …"): a report's own "About the authors" section asks nothing either,
    // and is no body.
    let about_label = |k: usize| {
        let t = lines[k].text.trim();
        let m = marks[k];
        m.has(NO_END)
            && m.has(FEW)
            && m.has(TITLE_CASE)
            && t.split_whitespace()
                .skip(1)
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    let about = present.iter().copied().find(|&k| {
        first_body.is_some_and(|f| f < k)
            && lines[k]
                .text
                .trim_start()
                .get(..6)
                .is_some_and(|w| w.eq_ignore_ascii_case("about "))
            && (marks[k].dropped()
                || (about_label(k)
                    && present
                        .iter()
                        .filter(|&&j| j > k)
                        .all(|&j| !asks(&lines[j].text))))
    });
    if let Some(at) = about {
        for &k in present.iter().filter(|&&k| k >= at) {
            marks[k].features |= AFTER_ABOUT;
        }
    }
    // "- 16 January 2024, 23:51" / "The United States … urged …" / "- 16 January 2024, 23:46" /
    // …: a site's ticker of other stories after the article, each under its time stamp.
    if let Some(first) = ticker_start(lines, &present, first_body) {
        for &k in present.iter().filter(|&&k| k >= first) {
            marks[k].features |= TICKER;
        }
    }
    // ("• Do you have anything to say?", "• Other Headline Of The Site": a bulleted link of the
    // footer, no statement and no command; "- Release the journalists" is the text's.)
    let footer_bullet = |k: usize| {
        is_bullet(&lines[k].text).is_some_and(|t| {
            let first = t.split(' ').next().unwrap_or("").to_ascii_lowercase();
            !t.ends_with(['.', ';', ':', ','])
                && t.starts_with(char::is_uppercase)
                && (t.ends_with('?')
                    || ![&rules.imperative_verbs, &rules.demand_verbs]
                        .iter()
                        .any(|list| list.contains(&first)))
        })
    };
    mark_footer(lines, marks, last_body, |k| {
        candidate(k, false) || footer_bullet(k)
    });
    mark_closing_list(lines, marks, rules, first_body, &asks);
    mark_self_description(lines, marks, rules, &present, &asks);
    mark_fringe(
        lines,
        marks,
        rules,
        last_body,
        |k| candidate(k, false),
        asks,
    );
    let mut dropped = Vec::new();
    for (line, m) in lines.iter_mut().zip(marks.iter()) {
        if m.dropped() && !line.text.trim().is_empty() {
            dropped.push((line.no, line.text.take(), m.reasons()));
        }
    }
    dropped
}

/// "Accessibility links" / "Breaking News" / "Watchdog" / "A reporter has been detained …": a
/// site's section label, one capitalised word, the first line left under the page's top box of
/// chrome lines dropped by a list, with the body right under it (a line of many words, a
/// sentence of a dozen, or a photo's caption printed twice in a row): a headline is longer, and a one-word heading of the
/// document ("Recommendations", a country's name: `keeps`) is left to the title and headings.
/// Clears the line (and the caption printed twice under it) and returns its number and text.
pub(crate) fn drop_section_label(
    lines: &mut [Line],
    marks: &[Mark],
    keeps: impl Fn(&str) -> bool,
) -> Option<(usize, String)> {
    let mut present =
        (0..lines.len().min(marks.len())).filter(|&k| !lines[k].text.trim().is_empty());
    let at = present.next()?;
    if !marks[..at].iter().any(|m| m.has(LISTED)) {
        return None;
    }
    let word = lines[at].text.trim();
    let one_word = !word.contains(char::is_whitespace)
        && word.chars().all(char::is_alphabetic)
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().count() >= SECTION_LABEL_MIN_CHARS;
    if !one_word || keeps(word) {
        return None;
    }
    let next = present.next()?;
    let text = lines[next].text.trim_end();
    let body = lines[next].text.words_upto(BODY_LINE_MIN_WORDS) >= BODY_LINE_MIN_WORDS
        || (text.ends_with('.')
            && lines[next].text.words_upto(LEAD_SENTENCE_MIN_WORDS) >= LEAD_SENTENCE_MIN_WORDS);
    let doubled = present.next().filter(|&after| {
        after == next + 1
            && crate::text::collapse_whitespace(lines[after].text.trim())
                == crate::text::collapse_whitespace(lines[next].text.trim())
    });
    if !body && doubled.is_none() {
        return None;
    }
    // (The caption printed twice under the label goes with it: with the label gone it would be
    // the first line, which a title printed twice is.)
    if let Some(after) = doubled {
        lines[next].text.clear();
        lines[after].text.clear();
    }
    let no = lines[at].no;
    Some((no, lines[at].text.take()))
}

/// Fewest words of a story's first sentence under a section label (a dateline's sentence may be
/// shorter than a body line).
const LEAD_SENTENCE_MIN_WORDS: usize = 12;
/// Fewest letters of a section label ("News", "World"; not a letter or an initial).
const SECTION_LABEL_MIN_CHARS: usize = 3;

/// Lines with text from either end of the text within which a consent banner is looked for.
const CONSENT_REACH: usize = 6;
/// Fewest different `consent_words` of a consent banner.
const CONSENT_MIN_WORDS: usize = 3;

/// "When you visit our website, it may store information through your browser …, usually in
/// form of cookies. Here you can change your privacy preferences. …": a paragraph among the
/// first or the last lines of the text, of any length, in which the site speaks ("we", "our",
/// "us") to the reader ("you", "your") and which holds three different `consent_words`, is a
/// consent banner. Marks each one and returns whether there was one.
#[inline(never)]
fn mark_consent_banners(lines: &[Line], marks: &mut [Mark], rules: &TextRules) -> bool {
    if rules.consent_words.is_empty() {
        return false;
    }
    let with_text = |k: &usize| !lines[*k].text.is_empty();
    let mut any = false;
    let mut first_end = 0;
    for k in (0..lines.len()).filter(with_text).take(CONSENT_REACH) {
        first_end = k + 1;
        any |= consent_banner(&lines[k], &mut marks[k], rules);
    }
    for k in (first_end..lines.len())
        .rev()
        .filter(with_text)
        .take(CONSENT_REACH)
    {
        any |= consent_banner(&lines[k], &mut marks[k], rules);
    }
    any
}

/// Longest word (in bytes) of `consent_words` read in a consent banner.
const CONSENT_WORD_MAX_BYTES: usize = 16;
/// Fewest words of a consent banner.
const CONSENT_MIN_LINE_WORDS: u16 = 12;

/// Longest line (in bytes) read for a consent banner.
const CONSENT_MAX_BYTES: usize = 1500;

/// Searchers for "you" and "You" in a long line (built once: `str::contains` builds one for
/// every line).
static YOU: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("you"));
static CAPITAL_YOU: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("You"));

/// Marks the line when it is a consent banner; says whether it is.
fn consent_banner(line: &Line, mark: &mut Mark, rules: &TextRules) -> bool {
    // (A short line, or one that does not address the reader, is not folded.)
    let line = line.text.as_str();
    if mark.words < CONSENT_MIN_LINE_WORDS
        || line.len() > CONSENT_MAX_BYTES
        || !(YOU.find(line.as_bytes()).is_some() || CAPITAL_YOU.find(line.as_bytes()).is_some())
    {
        return false;
    }
    let (mut site, mut reader) = (false, false);
    let mut found: Vec<&str> = Vec::new();
    let mut buf = [0u8; CONSENT_WORD_MAX_BYTES];
    for word in line.split_whitespace() {
        // (The words looked for are plain ASCII: a word that is not is none of them.)
        let w = word.trim_matches(around).as_bytes();
        if w.len() > CONSENT_WORD_MAX_BYTES || !w.is_ascii() {
            continue;
        }
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w);
        lower.make_ascii_lowercase();
        let Ok(w) = std::str::from_utf8(lower) else {
            continue;
        };
        site |= matches!(w, "we" | "our" | "us");
        reader |= matches!(w, "you" | "your");
        if let Ok(at) = rules.consent_words.binary_search_by(|e| e.as_str().cmp(w)) {
            let entry = rules.consent_words[at].as_str();
            if !found.contains(&entry) {
                found.push(entry);
            }
        }
    }
    let banner = site && reader && found.len() >= CONSENT_MIN_WORDS;
    if banner {
        mark.features |= CONSENT;
    }
    banner
}

/// Most lines of a site's footer.
const FOOTER_MAX_LINES: usize = 8;
/// Most words of one line of a site's footer.
const FOOTER_MAX_WORDS: usize = 10;

/// Most words of a site's notice.
const SITE_NOTICE_MAX_WORDS: usize = 12;

/// "All rights reserved.", "© Example News Agency - 2001-2025.", "Copyright 2005-2024 Example
/// Media": a site's notice of its rights (its reservation, or a copyright over a range of years),
/// not a picture's credit ("© 2021 Jane Roe/Example Rights Watch").
pub(crate) fn site_notice(line: &str) -> bool {
    let line = line.trim();
    // (Most lines hold neither the sign, "reserved" nor an opening "Copyright": they are not
    // folded.)
    let copyright_word = line
        .get(..9)
        .is_some_and(|p| p.eq_ignore_ascii_case("copyright"));
    // ("All rights reserved." ends its line.)
    let reserved = line
        .trim_end_matches('.')
        .as_bytes()
        .rsplit(|b| *b == b' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(b"reserved"));
    let sign = super::has_copyright_sign(line);
    if !(sign || reserved || copyright_word)
        || super::lines::words_upto(line, SITE_NOTICE_MAX_WORDS + 1) > SITE_NOTICE_MAX_WORDS
    {
        return false;
    }
    let folded = crate::text::fold(line);
    if folded.contains("all rights reserved") {
        return true;
    }
    let copyright = sign || folded.starts_with("copyright");
    // (A range of years: "2001-2025", "2001 – 2025".)
    let years: Vec<&str> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| n.len() == 4)
        .collect();
    let range = years.len() >= 2
        && line.contains(['-', '–', '—'])
        && years
            .iter()
            .all(|y| y.starts_with("19") || y.starts_with("20"));
    copyright && range
}

/// Below the body (the last line of 20 words or more), the first line dropped as chrome —
/// by a list where it was cleaned ("Links to this post:") or by score — opens the site's
/// footer: the few short lines after it to the end of the text go too ("Create a Link", "<<
/// Home", "This page is powered by …", a comment form's labels in another language). Not when
/// one of them is more than a link's label (over ten words), a list item (but a bulleted link:
/// a headline or a question, no command), a note, a field or a lead-in (holding a colon), or a
/// paragraph's wrapped line: the text may still hold a
/// recommendation, a footnote or a paragraph after a "Read the entire statement." line.
#[inline(never)]
fn mark_footer(
    lines: &[Line],
    marks: &mut [Mark],
    last_body: Option<usize>,
    candidate: impl Fn(usize) -> bool,
) {
    let Some(last) = last_body else {
        return;
    };
    let Some(start) = (last + 1..lines.len()).find(|&k| {
        marks[k].has(LISTED) || (marks[k].dropped() && !lines[k].text.trim().is_empty())
    }) else {
        return;
    };
    let rest: Vec<usize> = (start + 1..lines.len())
        .filter(|&k| !lines[k].text.trim().is_empty() && !marks[k].dropped())
        .collect();
    let content = rest.iter().any(|&k| {
        let t = lines[k].text.trim();
        usize::from(marks[k].words) > FOOTER_MAX_WORDS
            || !candidate(k)
            || t.contains(':')
            || t.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '[' | '*' | '(' | '†'))
    });
    if rest.len() > FOOTER_MAX_LINES || content {
        return;
    }
    for k in rest {
        marks[k].features |= FOOTER;
    }
}

/// The body's end read as jusText reads a page's edges: the body ends with its last statement,
/// and what follows it up to the end of the text is its fringe. Walking up from the end, each
/// line that states nothing is the page's, not the text's: a fragment or a question ("Liked the
/// article?", "Do you like this article?", "Help us be even mo", "#EU #Central Asia"), a line
/// opening with a path's or a handle's sign ("/Public Release. View in full here.", "@desk —
/// about …"), a short line with a strong feature of chrome. The walk stops at the first line
/// that may be the text's (the body's last statement ending in a full stop, a long line, a
/// bullet, a line holding a colon (a lead-in, a field) or a date, a call or an obligation
/// (`recommendation_lead_in`, or what the cues read as a recommendation: `asks`), a command (`imperative_verbs`, `demand_verbs`) but "Help us …"):
/// short lines between the body and the end are page furniture only when nothing of the body
/// comes after them. A sentence too long to have been read where lines are cleaned (eleven to
/// `MAX_WORDS` words) is read whole here, so a link line ("Read the joint statement on the
/// disappeared prisoners in …") or a promotion speaking to the reader is known by its words.
/// The text's last line, a lead-in of a few words over nothing ("For more information see:",
/// its links lost in copying), goes first; a call ending in a colon stays.
#[inline(never)]
fn mark_fringe(
    lines: &[Line],
    marks: &mut [Mark],
    rules: &TextRules,
    last_body: Option<usize>,
    candidate: impl Fn(usize) -> bool,
    asks: impl Fn(&str) -> bool,
) {
    let Some(last) = last_body else {
        return;
    };
    // (The walk's first line: the text's last.)
    let mut at_end = true;
    for k in (last + 1..lines.len()).rev() {
        let text = lines[k].text.trim();
        if text.is_empty() || marks[k].dropped() {
            continue;
        }
        // "For more information see:" closing the text: a lead-in to links lost in copying,
        // with nothing left under it.
        let dangling = std::mem::take(&mut at_end)
            && text.ends_with(':')
            && text.split_whitespace().count() <= DANGLING_LEAD_IN_MAX_WORDS;
        if dangling && candidate(k) && !asks(text) {
            marks[k].features |= FRINGE;
            continue;
        }
        let mut m = marks[k];
        if m.has(UNREAD) && usize::from(m.words) <= MAX_WORDS {
            // A sentence of a few words more than are read where lines are cleaned ("Read the
            // joint statement on the … in Turkmenistan.", "Publish news of your business …")
            // is read whole here, at the body's edge, for what points or speaks to the reader.
            let collapsed = crate::text::collapse_whitespace(text);
            let folded = crate::text::fold(&collapsed);
            let words = collapsed.split(' ').count();
            m = mark(&collapsed, &folded, words, rules, true);
        }
        if !fringe_line(text, m, rules) || !candidate(k) || asks(text) {
            break;
        }
        marks[k].features = (marks[k].features | m.features | FRINGE) & !UNREAD;
    }
}

/// Most words of a closing list's label ("For further information, please contact:").
const CLOSING_LABEL_MAX_WORDS: usize = 8;
/// Fewest words of a sentence ending a line under a closing list's label that is a paragraph
/// of prose, not a signer's or a contact's line.
const CLOSING_PROSE_MIN_WORDS: usize = 13;

/// A letter's or a release's closing list: after the body has begun, a line that is only a
/// label of `closing_list_labels` ending in a colon or a comma ("Signatories:", "Copies to:",
/// "For further information, please contact:", "In solidarity,") opens it, and it runs to the
/// end of the text: the signers, the addressees of the copies, the contacts. It goes whole,
/// label and all, unless a line under the label calls (`asks`) or is a paragraph of prose (a
/// sentence end after [`CLOSING_PROSE_MIN_WORDS`] words or more): then the label heads a part of
/// the text ("Contact:" over a release's headline and body) and everything stays.
#[inline(never)]
fn mark_closing_list(
    lines: &[Line],
    marks: &mut [Mark],
    rules: &TextRules,
    first_body: Option<usize>,
    asks: &impl Fn(&str) -> bool,
) {
    let Some(first) = first_body else {
        return;
    };
    // (A short line ending in a colon or a comma is read further: most lines are not.)
    let Some(start) = (first + 1..lines.len()).find(|&k| {
        (1..=CLOSING_LABEL_MAX_WORDS).contains(&usize::from(marks[k].words))
            && matches!(
                lines[k].text.trim_ascii_end().as_bytes().last(),
                Some(b':' | b',')
            )
            && !marks[k].dropped()
            && {
                // (The labels are plain ASCII: compared without folding the line.)
                let label = lines[k]
                    .text
                    .trim_ascii()
                    .trim_end_matches([':', ','])
                    .trim_ascii_end();
                rules
                    .closing_list_labels
                    .iter()
                    .any(|l| l.len() == label.len() && l.eq_ignore_ascii_case(label))
            }
    }) else {
        return;
    };
    let content = (start + 1..lines.len()).any(|k| {
        let t = lines[k].text.trim();
        !t.is_empty()
            && !marks[k].dropped()
            && ((usize::from(marks[k].words) >= CLOSING_PROSE_MIN_WORDS
                && t.trim_end_matches([')', '"', '”', '’', '\''])
                    .ends_with(['.', '!', '?']))
                || asks(t))
    });
    if content {
        return;
    }
    for k in start..lines.len() {
        if !lines[k].text.trim().is_empty() {
            marks[k].features |= CLOSING;
        }
    }
}

/// Most words of the organisation's name before the verb.
const SELF_NAME_MAX_WORDS: usize = 7;
/// Nonblank lines at the text's top and at its end read for an organisation's definition of
/// itself.
const SELF_ABOUT_HEAD_LINES: usize = 16;
const SELF_ABOUT_TAIL_LINES: usize = 8;
/// Words after "a" / "an" / "one of the" searched for the predicate's head noun.
const SELF_NOUN_REACH_WORDS: usize = 8;

/// Whether the first sentence of `predicate` tells in how many countries its subject works:
/// "in over" or "in more than", a number and "countries" ("… on the ground in over 150
/// countries and territories").
fn reaches_countries(predicate: &str) -> bool {
    let sentence = predicate.split(". ").next().unwrap_or(predicate);
    ["in over ", "in more than "].iter().any(|p| {
        sentence.match_indices(p).any(|(at, _)| {
            let mut rest = sentence[at + p.len()..].split(' ');
            rest.next()
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                && rest.next().is_some_and(|w| w.starts_with("countries"))
        })
    })
}

/// The name an organisation defines itself by when `text` opens with its definition: a name
/// (capitalised words, and "of", "for", "the", "and" between them), then "is" or "are", "a" or
/// "an" or "one of (the)", and within a few words, before any "of", a head noun of
/// `organisation_nouns` ("Freedom House is an independent watchdog organization that …", "CPJ
/// is a New York–based, independent, nonprofit organization …", "The Cotton Campaign is a
/// coalition of …"). "Kazakhstan is a member of the … Organization", "X is a former Soviet
/// republic", "Y is the director of …" define no organisation.
fn self_definition_name<'a>(text: &'a str, rules: &TextRules) -> Option<&'a str> {
    let bytes = text.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    // Word by word from the start: the name's words, then the verb; most lines stop at their
    // second or third word, one neither capitalised nor joining a name ("The Committee
    // recommends …").
    let mut at = 0;
    let mut name_words = 0;
    let (name_end, after, works) = loop {
        let end = at + bytes[at..].iter().position(|&b| b == b' ')?;
        name_words += 1;
        let next = &bytes[end + 1..];
        // (By the next word's first byte: a capital or a digit goes on with the name, and so
        // do "of", "for", "the", "and"; "is" and "are" end it, and so do "works" and "work",
        // which only tell where it works.)
        let goes_on = match next.first() {
            Some(b'i') if next.starts_with(b"is ") => break (end, end + 4, false),
            Some(b'a') if next.starts_with(b"are ") => break (end, end + 5, false),
            Some(b'w') if next.starts_with(b"works ") => break (end, end + 7, true),
            Some(b'w') if next.starts_with(b"work ") => break (end, end + 6, true),
            Some(b'a') => next.starts_with(b"and "),
            Some(b'o') => next.starts_with(b"of "),
            Some(b'f') => next.starts_with(b"for "),
            Some(b't') => next.starts_with(b"the "),
            Some(b) => b.is_ascii_uppercase() || b.is_ascii_digit(),
            None => false,
        };
        if !goes_on || name_words >= SELF_NAME_MAX_WORDS {
            return None;
        }
        at = end + 1;
    };
    let name = &text[..name_end];
    // "UNICEF is on the ground in over 150 countries and territories …", "… works in more
    // than 120 countries …": an organisation telling how far it reaches defines itself too.
    if reaches_countries(&text[after..]) {
        return Some(name);
    }
    if works {
        return None;
    }
    let mut words = text[after..]
        .split(' ')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
    match words.next()? {
        "a" | "an" => {}
        "one" => {
            if words.next()? != "of" {
                return None;
            }
        }
        _ => return None,
    }
    for w in words.take(SELF_NOUN_REACH_WORDS) {
        if w == "of" {
            return None;
        }
        let w = w.to_ascii_lowercase();
        if rules.organisation_nouns.contains(&w) {
            return Some(name.strip_prefix("The ").unwrap_or(name));
        }
    }
    None
}

/// An organisation's description of itself, the "About" box without its label: a paragraph
/// whose first sentence defines an organisation ([`self_definition_name`]) that the text named
/// before it (its author or its source: "Freedom House issued the following statement" …
/// "Freedom House is an independent watchdog organization that …") goes when it stands at
/// either end of the text (among its first [`SELF_ABOUT_HEAD_LINES`] lines, a report's front
/// matter, or its last [`SELF_ABOUT_TAIL_LINES`], a release's end), and so do the lines right after it in which the organisation speaks of itself in the first
/// person ("Our vision is …", "We are independent of …"), but a call. A definition of an
/// organisation the text never named before is a finding about it and stays.
#[inline(never)]
fn mark_self_description(
    lines: &[Line],
    marks: &mut [Mark],
    rules: &TextRules,
    present: &[usize],
    asks: &impl Fn(&str) -> bool,
) {
    // (Only the text's ends are read, `present` being its nonblank lines: a report's front
    // matter, a release's last lines.)
    let head = present.len().min(SELF_ABOUT_HEAD_LINES);
    let tail = present
        .len()
        .saturating_sub(SELF_ABOUT_TAIL_LINES)
        .max(head);
    for &k in present[..head].iter().chain(&present[tail..]) {
        // (A line of a few words, or one not opening with a capital, is not read further.)
        if usize::from(marks[k].words) < BODY_LINE_MIN_WORDS / 2 || marks[k].dropped() {
            continue;
        }
        let text: &str = &lines[k].text;
        // "The OSCE Representative on Freedom of the Media observes media developments in all
        // 57 participating States. … Learn more at www.example.org/fom, Twitter: @desk.": a
        // paragraph at the text's end whose last sentence sends the reader to the
        // organisation's own pages is its box, however it describes itself.
        if present.len() - present.partition_point(|&p| p < k) <= SELF_ABOUT_TAIL_LINES
            && marks[k].has(OWN_PAGES)
            && !asks(text)
        {
            marks[k].features |= SELF_ABOUT;
            continue;
        }
        let Some(name) = self_definition_name(text.trim_ascii_start(), rules) else {
            continue;
        };
        if asks(text) || !lines[..k].iter().any(|l| l.text.contains(name)) {
            continue;
        }
        let mut end = k + 1;
        #[allow(clippy::needless_range_loop)] // (indices: `end` is one)
        for j in k + 1..lines.len() {
            let t = lines[j].text.trim();
            if t.is_empty() {
                continue;
            }
            if !(t.starts_with("Our ") || t.starts_with("We ")) || asks(t) {
                break;
            }
            end = j + 1;
        }
        // (A text whose only prose is the box, a report's front matter cut off before its
        // body, keeps it: a report of boilerplate is better than none.)
        let body_left = (0..lines.len()).any(|j| {
            !(k..end).contains(&j)
                && usize::from(marks[j].words) >= BODY_LINE_MIN_WORDS
                && !marks[j].dropped()
                && ends_sentence(&lines[j].text)
        });
        if body_left {
            for j in k..end {
                if !lines[j].text.trim().is_empty() {
                    marks[j].features |= SELF_ABOUT;
                }
            }
        }
    }
}

/// Fewest words, and of them function words (`stop_words`), of prose cut off in copying.
const CUT_PROSE_MIN_WORDS: usize = 12;
const CUT_PROSE_MIN_FUNCTION_WORDS: usize = 4;

/// "On June 26, a group of activists dressed in t-shirts with anti-presidential symbols ma":
/// a line of prose however it ends, [`CUT_PROSE_MIN_WORDS`] words or more of which
/// [`CUT_PROSE_MIN_FUNCTION_WORDS`] or more are function words; a paragraph cut off in copying
/// at the text's end, neither the page's fringe nor a heading.
pub(crate) fn is_cut_prose(text: &str, rules: &TextRules) -> bool {
    super::words_upto(text, CUT_PROSE_MIN_WORDS) >= CUT_PROSE_MIN_WORDS
        && text
            .split_whitespace()
            .filter(|w| {
                rules
                    .stop_words
                    .binary_search_by(|s| s.as_str().cmp(&super::cues::clean_word_cow(w)))
                    .is_ok()
            })
            .take(CUT_PROSE_MIN_FUNCTION_WORDS)
            .count()
            >= CUT_PROSE_MIN_FUNCTION_WORDS
}

/// Most words of a lead-in closing the text over nothing ("For more information see:").
const DANGLING_LEAD_IN_MAX_WORDS: usize = 8;

/// Whether a line below the body states nothing (see `mark_fringe`).
fn fringe_line(text: &str, m: Mark, rules: &TextRules) -> bool {
    // "/Public Release. …", "#EU #…", "@desk — …": no sentence of prose opens so.
    let signed = text.starts_with(['/', '|', '#', '@', '\\']);
    // (A field, "Salutation: Dear …", and a date belong to what is above them.)
    if (usize::from(m.words) > MAX_WORDS && !signed)
        || text.contains(':')
        || (text.bytes().any(|b| b.is_ascii_digit()) && super::dates::find_date(text).is_some())
    {
        return false;
    }
    let end = text.trim_end_matches([')', '"', '”', '’', '\'', ']']);
    let states = end.ends_with(['.', '!', ';', ':', ',']);
    if states && !signed && m.strong() == 0 {
        return false;
    }
    let folded = crate::text::fold(&crate::text::collapse_whitespace(text));
    // A paragraph of prose cut off in copying is not the page's; a line with a strong feature
    // of chrome is still read on.
    if !signed && m.strong() == 0 && is_cut_prose(text, rules) {
        return false;
    }
    let mut words = folded.split(' ').map(|w| w.trim_matches(around)).peekable();
    // ("C Enforce provisions of", a list's item cut off at the end, its bullet a letter a
    // symbol font became in copying: the marker of one character is skipped, but the words
    // "a" and "i".)
    let mut first = words.next().unwrap_or("");
    if first.chars().count() <= 1 && !matches!(first, "a" | "i") && words.peek().is_some() {
        first = words.next().unwrap_or("");
    }
    // A command ("Make public statements condemning forced labor", an item of a list cut off
    // at the end) is the text's, unless the site asks for itself ("Help us …") or the line is
    // a call to action ("Continue reading…").
    let command = m.strong() == 0
        && words.next() != Some("us")
        && [&rules.imperative_verbs, &rules.demand_verbs]
            .iter()
            .any(|list| list.iter().any(|v| v.as_str() == first));
    !command && rules.lead_in_cue(&folded).is_none()
}

/// Most words of a call to action followed by "by" ("Register by 31 May"); a longer line is a
/// text's heading naming its genre and author ([`genre_by`]).
const CALL_BY_MAX_WORDS: usize = 8;

/// "Comment by UN Human Rights Office Spokesperson X on People Detained in Y": a word of
/// `chrome_verbs` followed by "by" or "of" and a line longer than [`CALL_BY_MAX_WORDS`] is a
/// noun, the text's genre before its author, as in "Statement by …", "Comment of the Ministry
/// of Foreign Affairs on …", not a button.
fn genre_by(folded: &str, verb: &str, words: usize) -> bool {
    words > CALL_BY_MAX_WORDS
        && matches!(
            crate::text::split_at_byte(folded, b' ')
                .map(|w| w.trim_matches(around))
                .skip_while(|w| *w != verb)
                .nth(1),
            Some("by" | "of")
        )
}

/// Whether the call to action `verb` opening the folded line goes on with "to" and a command's
/// verb (`imperative_verbs`): "Continue to expand both religious …", a list's command cut off at
/// the end of the text, is no site's button ("Continue reading", "Continue to the article").
fn command_goes_on(folded: &str, verb: &str, rules: &TextRules) -> bool {
    let mut words = crate::text::split_at_byte(folded, b' ')
        .map(|w| w.trim_matches(around))
        .skip_while(|w| *w != verb)
        .skip(1);
    words.next() == Some("to")
        && words
            .next()
            .is_some_and(|v| rules.imperative_verbs.iter().any(|i| i == v))
}

/// "We ask that you urge the government of X to withdraw the draft law before its second
/// rea": below the body, a line whose only strong feature is the reader addressed and that
/// asks (`asks`: what the cues read as a recommendation) is a letter's call cut off at the end
/// of the text, not the site speaking to its reader ("Share this story with your friends" asks
/// no one to act).
fn letter_call(m: Mark, line: &Line, below: bool, asks: &impl Fn(&str) -> bool) -> bool {
    below && m.strong() == 1 && m.has(READER) && asks(line.text.as_str())
}

/// Whether `phrase` stands in `folded` as whole words.
fn holds_phrase(folded: &str, phrase: &str) -> bool {
    folded.match_indices(phrase).any(|(at, _)| {
        let before = folded[..at].chars().next_back();
        let after = folded[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Lines from either end of the text within which a reposting site's note is looked for.
const PROVENANCE_REACH: usize = 6;
/// "The post … appeared first on Example News.", "This message was taken from this source and
/// rewritten by artificial intelligence.", "Source link": a line (outside the body, so shorter
/// than a body line) holding one of `provenance_phrases` as whole words.
fn provenance_note(line: &str, rules: &TextRules) -> bool {
    if rules.provenance_anchors.is_empty() {
        return false;
    }
    // (A line holding none of the phrases' longest words is not folded.)
    let anchored = line.split_whitespace().any(|w| {
        let w = w.trim_matches(around);
        rules
            .provenance_anchors
            .iter()
            .any(|a| a.len() == w.len() && a.eq_ignore_ascii_case(w))
    });
    if !anchored {
        return false;
    }
    let folded = crate::text::fold(&crate::text::collapse_whitespace(line));
    rules
        .provenance_phrases
        .iter()
        .any(|p| holds_phrase(&folded, p))
}

/// Marks the box of chrome right above a line that ends the article (`LineRule::Stop` after
/// the body has begun: "Inline Feedbacks", "Dear readers,"), so that it goes with the rest of
/// the page: walking up from the end, each short line with a strong feature of its own ("Chip
/// in and help …"), and a short label ending in a colon ("A Message from Example News:").
pub(crate) fn mark_before_stop(lines: &[Line], marks: &mut [Mark], rules: &TextRules) {
    for k in (0..lines.len().min(marks.len())).rev() {
        let text = lines[k].text.trim();
        if text.is_empty() {
            continue;
        }
        let mut m = marks[k];
        if m.has(UNREAD) {
            // (A sentence is read whole only here.)
            let collapsed = crate::text::collapse_whitespace(text);
            let words = collapsed.split(' ').count();
            // A line of more words than `MAX_WORDS` is neither a label nor a box's own line
            // (see below), whatever its features: it is not folded and read for them.
            if words > MAX_WORDS {
                break;
            }
            let folded = crate::text::fold(&collapsed);
            m = mark(&collapsed, &folded, words, rules, true);
        }
        let words = usize::from(m.words);
        let label = words <= STOP_LABEL_MAX_WORDS && text.ends_with(':');
        let own = words <= MAX_WORDS && m.strong() >= 1;
        if is_bullet(text).is_some() || !(label || own) {
            break;
        }
        marks[k].features = (m.features & !UNREAD) | BEFORE_STOP;
    }
}

/// Most words of a line of a box of links inside the story.
const INLINE_LINK_MAX_WORDS: usize = 16;
/// Fewest lines gone as chrome between two paragraphs for a box of links between them.
const INLINE_BOX_MIN_CHROME: usize = 2;
/// Fewest lines of a block ending in one chrome line that make it a menu by themselves.
const INLINE_MENU_MIN_LINES: usize = 3;

/// "… blatantly violated human rights," he added. / "Villagers Block Road To Protest Gold Mine
/// Expansion" / "Please wait" / "No media source currently available" / "0:00 0:02:41 0:00" /
/// "An international rights group said …": between two paragraphs of the body (lines of
/// `BODY_LINE_MIN_WORDS` words or more), a block of lines packed together (no blank line
/// between) that ends in a line gone as chrome (by a list or by score) is one box when two lines
/// or more between the paragraphs went as chrome or the block holds three lines or more: an
/// embedded clip under another story's headline, a report's menu ("More in this report" / "Our
/// Recommendations" / "Audio Report" / "Русский"). Its lines of a few words with
/// no sentence end go with it (not a bullet). A heading right above the paragraph under it ends
/// its block and stays ("Share" / "Print" / "Recommendations" over the list).
///
/// Bullets alone between two paragraphs, two or more, none ending a sentence or a clause, none
/// of more than `INLINE_LINK_MAX_WORDS` + 4 words and none a call (`asks`), with no lead-in above
/// them (the paragraph above ends in no colon and is no bullet of the same list), are the site's box of other headlines too ("- The
/// Prime Minister compared the protesters to …" / "- “Quo vadis?” – a diplomat"); a list under
/// "The mission urged the commission to:" is the text's.
fn mark_inline_boxes(lines: &[Line], marks: &mut [Mark], asks: &impl Fn(&str) -> bool) {
    let n = lines.len().min(marks.len());
    let text = |k: usize| lines[k].text.trim();
    let chrome = |m: Mark| m.has(LISTED) || m.dropped();
    let body = |k: usize| {
        usize::from(marks[k].words) >= BODY_LINE_MIN_WORDS
            && !lines[k].text.is_empty()
            && !marks[k].dropped()
    };
    let mut prev_body: Option<usize> = None;
    let mut boxed = Vec::new();
    for b in 0..n {
        if !body(b) {
            continue;
        }
        let Some(a) = prev_body.replace(b) else {
            continue;
        };
        let gap = a + 1..b;
        // (Most gaps are one blank line: no box of two lines fits.)
        if gap.len() < 2 {
            continue;
        }
        // (A lead-in's colon above the gap: its list, not a box; nor are the short entries
        // after a long one of the same list.)
        if !lines[a].text.trim_end().ends_with(':') && is_bullet(text(a)).is_none() {
            let mut bullets = 0;
            let headlines = gap.clone().all(|k| {
                // (No words: a blank line, or one cleared as chrome.)
                let words = usize::from(marks[k].words);
                if words == 0 {
                    return true;
                }
                bullets += 1;
                words <= INLINE_LINK_MAX_WORDS + 4
                    && is_bullet(text(k)).is_some_and(|rest| {
                        !rest
                            .trim_end_matches(['"', '”', '’', ')'])
                            .ends_with(['.', ':', ';', ','])
                    })
            });
            // (The cues are asked last, of a gap that is all such bullets.)
            if headlines
                && bullets >= 2
                && !gap.clone().any(|k| is_bullet(text(k)).is_some_and(asks))
            {
                boxed.extend(gap.clone().filter(|&k| marks[k].words > 0));
                continue;
            }
        }
        let chrome_lines = gap.clone().filter(|&k| chrome(marks[k])).count();
        if chrome_lines == 0 {
            continue;
        }
        // The gap's blocks: runs of lines with text or gone as chrome, between blank lines.
        let mut start = gap.start;
        while start < gap.end {
            let blank = |k: usize| text(k).is_empty() && !marks[k].has(LISTED);
            if blank(start) {
                start += 1;
                continue;
            }
            let end = (start..gap.end).find(|&k| blank(k)).unwrap_or(gap.end);
            let block = start..end;
            start = end;
            let enough =
                chrome_lines >= INLINE_BOX_MIN_CHROME || block.len() >= INLINE_MENU_MIN_LINES;
            if block.len() < 2 || !enough || !chrome(marks[block.end - 1]) {
                continue;
            }
            let link = |k: usize| {
                let t = text(k);
                chrome(marks[k])
                    || (usize::from(marks[k].words) <= INLINE_LINK_MAX_WORDS
                        && !t.ends_with(['.', ':', ';', ','])
                        && is_bullet(t).is_none())
            };
            if block.clone().all(link) {
                boxed.extend(block.filter(|&k| !chrome(marks[k])));
            }
        }
    }
    for k in boxed {
        marks[k].features |= IN_BOX;
    }
}

/// Longest label of a box ending the article ("A Message from Example News:").
const STOP_LABEL_MAX_WORDS: usize = 6;

/// Fewest time stamps of a ticker.
const TICKER_MIN_STAMPS: usize = 2;
/// Most lines of one story under its time stamp.
const TICKER_STORY_MAX_LINES: usize = 2;

/// Where a ticker of other stories begins: two or more lines after the body has begun that
/// are only a date and a time of day ("- 16 January 2024, 23:51"), each followed by at most
/// two lines before the next one or the end of the text.
fn ticker_start(lines: &[Line], present: &[usize], first_body: Option<usize>) -> Option<usize> {
    let first_body = first_body?;
    let stamps: Vec<usize> = present
        .iter()
        .enumerate()
        .filter(|&(_, &k)| k > first_body && time_stamp(&lines[k].text))
        .map(|(i, _)| i)
        .collect();
    if stamps.len() < TICKER_MIN_STAMPS {
        return None;
    }
    let ends = stamps.iter().skip(1).copied().chain([present.len()]);
    let regular = stamps
        .iter()
        .zip(ends)
        .all(|(&a, b)| (1..=TICKER_STORY_MAX_LINES).contains(&(b - a - 1)));
    regular.then(|| present[stamps[0]])
}

/// "16 January 2024, 23:51", "- 2024-01-16 23:51": a date and a time of day, nothing else.
fn time_stamp(line: &str) -> bool {
    let t = line.trim();
    let t = super::is_bullet(t).unwrap_or(t).trim();
    if t.len() > 40 {
        return false;
    }
    let Some((date, time)) = t.rsplit_once(' ') else {
        return false;
    };
    let clock = time.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    });
    clock && super::parse_date(date.trim_end_matches([',', ' ', '-', '|'])).is_some()
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches([')', '"', '”', '’', '\''])
        .ends_with(['.', '!', '?', ':', '…'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ImportRules;

    /// The lines of `texts`, numbered from 1, and each one's chrome mark as `clean_lines` gives it.
    fn lines_and_marks(texts: &[&str], rules: &ImportRules) -> (Vec<Line>, Vec<Mark>) {
        let lines: Vec<Line> = texts
            .iter()
            .enumerate()
            .map(|(no, t)| Line {
                no: no + 1,
                text: t.to_string().into(),
            })
            .collect();
        let marks: Vec<Mark> = texts
            .iter()
            .map(|t| {
                let collapsed = crate::text::collapse_whitespace(t);
                let words = if collapsed.is_empty() {
                    0
                } else {
                    collapsed.split(' ').count()
                };
                mark(
                    &collapsed,
                    &crate::text::fold(&collapsed),
                    words,
                    &rules.text,
                    false,
                )
            })
            .collect();
        (lines, marks)
    }

    #[test]
    fn a_pointer_to_more_reading_is_cut_where_it_begins() {
        let rules = ImportRules::builtin();
        let at = |t: &str| reader_pointer_start(t, &rules.text);
        let closing =
            "The group asked parliament to repeal the law. Learn more about press freedom in X.";
        assert_eq!(at(closing), closing.find("Learn"));
        assert_eq!(at("To read more on Kyrgyzstan:"), Some(0));
        assert_eq!(
            at("Listen to the interview above or subscribe to the weekly podcast on any app."),
            Some(0)
        );
        // A sign-up box's call to get the site's newsletter, and a note that subscribes after a
        // phrase of purpose, go whole; a button of the site and a list's purpose and command stay.
        assert_eq!(at("Get the free Example Review newsletter"), Some(0));
        assert_eq!(at("Get Involved"), None);
        assert_eq!(
            at("For regular news and analysis on the region, subscribe to \"Example Digest.\""),
            Some(0)
        );
        assert_eq!(
            at("For these reasons, register every religious community without delay."),
            None
        );
        let handle = "… commitments. Learn more at www.example.org/press, Twitter: @desk";
        assert_eq!(at(handle), handle.find("Learn"));
        assert_eq!(at("Find out more about the campaign."), Some(0));
        // A list's commands, a box's "Subscribe here." and a sentence with a subject stay.
        assert_eq!(
            at("Sign and ratify the optional protocol on individual complaints."),
            None
        );
        assert_eq!(
            at("Register the news site again and let its reporters work freely."),
            None
        );
        assert_eq!(
            at("It arrives in your inbox every Thursday. Subscribe here."),
            None
        );
        assert_eq!(
            at("Readers can learn more about the case at the court."),
            None
        );
        let sites =
            "We grieve with you. More information on the blast can be found at these sites:";
        assert_eq!(at(sites), sites.find("More"));
        assert_eq!(
            at("Further information is available at www.example.org."),
            Some(0)
        );
        assert_eq!(
            at("Further information available to the Committee indicates abuse."),
            None
        );
    }

    /// What is left of the lines after the chrome score, and the reasons given.
    fn kept(texts: &[&str]) -> (Vec<String>, Vec<String>) {
        let rules = ImportRules::builtin();
        let (mut lines, mut marks) = lines_and_marks(texts, &rules);
        let dropped = drop_scored(&mut lines, &mut marks, &rules.text, |t| {
            crate::corpus::import::cues::sentence(t, &rules)
                .is_some_and(|d| d.kind == crate::corpus::model::ItemKind::Recommendation)
        });
        let left = lines
            .into_iter()
            .map(|l| l.text.into_string())
            .filter(|t| !t.is_empty())
            .collect();
        (left, dropped.into_iter().map(|(_, _, why)| why).collect())
    }

    const BODY: &str = "The authorities detained three reporters on Monday and held them for a \
                        day without access to a lawyer, their colleagues said in a statement.";

    #[test]
    fn a_blurb_goes_under_a_sign_up_call_cut_whole_but_a_statement_stays() {
        let rules = ImportRules::builtin();
        let texts = [
            BODY,
            "",
            "A weekly digest of our newest reporting from the region.",
            "We call on the authorities to free them.",
            BODY,
        ];
        let (mut lines, mut marks) = lines_and_marks(&texts, &rules);
        // (The call above the blurb, cut whole where it was cleaned.)
        marks[1] = Mark::default().pointer();
        let dropped = drop_scored(&mut lines, &mut marks, &rules.text, |_| false);
        assert_eq!(dropped.len(), 1);
        assert_eq!(dropped[0].1, texts[2]);
        // Without the call above it, the same line stays.
        let (mut lines, mut marks) = lines_and_marks(&texts, &rules);
        assert!(drop_scored(&mut lines, &mut marks, &rules.text, |_| false).is_empty());
    }

    #[test]
    fn a_newsletter_box_goes_whole_inside_the_body() {
        let (left, why) = kept(&[
            BODY,
            "Site Brief",
            "Weekly Newsletter",
            "Get briefed on the stories of the week across the region.",
            "Get the Newsletter",
            BODY,
        ]);
        assert_eq!(left, vec![BODY, BODY]);
        assert_eq!(
            why[1],
            "chrome by score: site word, no sentence end, few words, title case"
        );
        assert_eq!(
            why[0],
            "in a box of chrome: no sentence end, few words, title case"
        );
    }

    #[test]
    fn a_tag_row_and_a_reading_aids_switches_go_but_a_heading_naming_a_treaty_twice_stays() {
        let (left, why) = kept(&[
            "A A A",
            "Colour: C C C",
            "Images On OFF",
            "Press Release forced labour Uzbekistan Uzbekistan press release",
            "Consideration of reports under article 19 of the Convention (Convention against \
             Torture)",
            BODY,
        ]);
        assert_eq!(
            left,
            vec![
                "Consideration of reports under article 19 of the Convention (Convention \
                 against Torture)",
                BODY
            ]
        );
        assert!(
            why[0].contains("a switch's letters or on/off"),
            "{}",
            why[0]
        );
        assert!(
            why[3].contains("a word printed twice in a row"),
            "{}",
            why[3]
        );
    }

    #[test]
    fn headings_lead_ins_items_and_short_calls_stay() {
        let texts = [
            "Recommendations to the Government",
            BODY,
            "Background",
            "To the authorities of Kyrgyzstan:",
            "- Release the journalists",
            "Release the bloggers.",
            "Join the Rome Statute",
            "Unfair Trials",
            "Read together, the two laws restrict the press",
            BODY,
        ];
        let (left, why) = kept(&texts);
        assert_eq!(left, texts.to_vec(), "{why:?}");
    }

    #[test]
    fn a_trial_offer_and_its_cookie_notice_go_but_a_paragraph_beside_it_stays() {
        let (left, _) = kept(&[
            BODY,
            "Request your trial",
            "This site uses login cookies to give you a better browsing experience; by \
             continuing to browse it you accept our cookie policy and our terms of use. ACCEPT",
        ]);
        assert_eq!(left, vec![BODY]);
        let (left, _) = kept(&[
            BODY,
            "Request your trial",
            "The authorities should restore access to the blocked website of the independent \
             news agency and stop prosecuting its editors for what they publish.",
        ]);
        assert_eq!(left.len(), 2, "{left:?}");
    }

    #[test]
    fn the_fringe_below_the_last_statement_goes_but_what_the_text_says_stays() {
        let (left, why) = kept(&[
            BODY,
            "They will appeal.",
            "Liked the story?",
            "Help us be even more useful",
            "/Wire Release. See the original here.",
        ]);
        assert_eq!(left, vec![BODY, "They will appeal."]);
        assert_eq!(why.len(), 3);
        assert!(why[0].starts_with("below the body's last statement"));
        // A command cut off at the end, a lead-in, a field, a date and a call are the text's.
        for tail in [
            &[
                "The Government should:",
                "Make public statements condemning forced labour",
            ][..],
            &["Salutation: Dear Minister"],
            &["Vienna, 12 May 2023"],
            &["Ukraine and others should free them"],
            &["The coalition of rights groups has called on the government to halt the raids, end the"],
        ] {
            let texts: Vec<&str> = std::iter::once(BODY).chain(tail.iter().copied()).collect();
            let (left, _) = kept(&texts);
            assert_eq!(left.len(), texts.len(), "{tail:?}");
        }
    }

    #[test]
    fn a_handle_alone_and_a_link_word_after_the_last_sentence() {
        let (left, _) = kept(&["(@desk_editor)", BODY]);
        assert_eq!(left, vec![BODY]);
        let mark = |t: &str| {
            let rules = ImportRules::builtin();
            mark(t, &crate::text::fold(t), 30, &rules.text, false)
        };
        assert!(mark("They have paid a high price for doing their jobs. More").has(LINK_END));
        assert!(!mark("The law was passed and more").has(LINK_END));
        assert!(
            mark("Cases have been criticised by the country's president, ... more").has(TEASER)
        );
        assert!(!mark("They have paid a high price for doing their jobs. More").has(TEASER));
    }

    #[test]
    fn a_ticker_of_other_stories_under_their_time_stamps_goes_after_the_body() {
        let (left, why) = kept(&[
            BODY,
            "- 3 March 2025, 18:02",
            "The embassy once again urged the government to respect the freedom of the press.",
            "- 3 March 2025, 17:40",
            "A court released the blogger after ten days.",
        ]);
        assert_eq!(left, vec![BODY]);
        assert!(why[0].starts_with("a ticker of other stories"), "{why:?}");
        // One stamp, or stamps far apart, are no ticker; nor is a date without a time.
        for texts in [
            vec![
                BODY,
                "- 3 March 2025, 18:02",
                "The embassy urged the government.",
            ],
            vec![BODY, "3 March 2025", "One.", "3 March 2025", "Two."],
        ] {
            let (left, _) = kept(&texts);
            assert_eq!(left, texts, "{texts:?}");
        }
    }

    #[test]
    fn a_reposting_sites_note_goes_above_or_below_the_body_with_its_label() {
        let (left, why) = kept(&[
            "Source link",
            BODY,
            BODY,
            "Example Pools Online",
            "This message was taken from this source and rewritten by artificial intelligence.",
            "The post Reporters Held appeared first on Example Pools Online.",
        ]);
        assert_eq!(left, vec![BODY, BODY]);
        assert!(why[0].starts_with("a reposting site's note"), "{why:?}");
        // Inside the body, a line ending a sentence, or without the phrase's whole words, a line
        // stays; a note ending none goes right after the lead too.
        let (left, _) = kept(&[
            BODY,
            "This story was written by Example Group and edited for publication here by Jan Example",
            BODY,
        ]);
        assert_eq!(left, vec![BODY, BODY]);
        let texts = [
            BODY,
            "The group's resource links were taken down.",
            "The video appeared first on a local channel, the group said.",
            BODY,
        ];
        let (left, _) = kept(&texts);
        assert_eq!(left, texts.to_vec());
        let (left, _) = kept(&[BODY, "Its resource links were kept."]);
        assert_eq!(left.len(), 2, "{left:?}");
    }

    #[test]
    fn a_box_right_above_the_end_of_the_article_goes_with_it() {
        let rules = ImportRules::builtin();
        let texts = [
            BODY,
            "A Message from Example News:",
            "Chip in and help us keep reporting on cases like this one.",
        ];
        let (lines, mut marks) = lines_and_marks(&texts, &rules);
        mark_before_stop(&lines, &mut marks, &rules.text);
        let gone: Vec<bool> = marks.iter().map(|m| m.dropped()).collect();
        assert_eq!(gone, vec![false, true, true]);
        // A paragraph or a recommendation right above the end stays.
        let (lines, _) = lines_and_marks(&[BODY, "Release the bloggers."], &rules);
        let mut marks = vec![Mark::default(); 2];
        mark_before_stop(&lines, &mut marks, &rules.text);
        assert!(!marks.iter().any(|m| m.dropped()));
    }

    #[test]
    fn an_about_box_after_the_body_ends_the_document() {
        let (left, why) = kept(&[
            "Media Group Urges Reforms",
            BODY,
            "About This Blog",
            "\"Monitor\" follows human rights and press freedom in the region every day.",
            "Journalists In Danger",
            "Our page remembers the reporters who paid for their work. More",
        ]);
        assert_eq!(left, vec!["Media Group Urges Reforms", BODY]);
        assert_eq!(why.len(), 4);
        assert!(
            why[3].starts_with("after the site's \"About\" box"),
            "{why:?}"
        );
    }

    #[test]
    fn a_consent_banner_at_either_end_goes_whatever_its_length() {
        let banner = "When you visit our website it may keep small files in your browser, \
                      usually cookies, so that your preferences are remembered; you can change \
                      your privacy choices at any time from the link below.";
        let (left, why) = kept(&[banner, "No Translation Here", BODY, BODY]);
        assert_eq!(left, vec!["No Translation Here", BODY, BODY]);
        assert!(why[0].starts_with("a consent banner"), "{why:?}");
        let (left, _) = kept(&[BODY, BODY, "Privacy Preferences", banner]);
        assert_eq!(left, vec![BODY, BODY]);
        // A paragraph of the document on surveillance, where no site speaks to the reader,
        // stays, and so does a banner's vocabulary in the middle of a long text.
        let report = "The law lets the security service read the browser history, cookies and \
                      analytics data of every user without a court order, the group said.";
        let (left, _) = kept(&[report, BODY]);
        assert_eq!(left, vec![report, BODY]);
        let mut texts = vec![BODY; 7];
        texts.insert(7, banner);
        texts.extend([BODY; 7]);
        let (left, _) = kept(&texts);
        assert_eq!(left.len(), 15);
    }

    #[test]
    fn a_blog_footer_goes_below_a_chrome_line_after_the_body_but_a_paragraph_stays() {
        let rules = ImportRules::builtin();
        let texts = [
            BODY,
            "Links to this post:",
            "Create a Link",
            "<< Home",
            "Powered by a free blog host. Want yours?",
        ];
        let (mut lines, mut marks) = lines_and_marks(&texts, &rules);
        // (The list's line was cleared where the lines were cleaned.)
        lines[1].text.clear();
        marks[1] = Mark::listed();
        let dropped = drop_scored(&mut lines, &mut marks, &rules.text, |_| false);
        let left: Vec<&str> = lines
            .iter()
            .map(|l| l.text.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(left, vec![BODY]);
        assert!(
            dropped[0].2.starts_with("in the site's footer"),
            "{dropped:?}"
        );
        // A short paragraph, a list item, a note or a field below such a line stays, and so
        // does everything with it.
        for after in [
            "The observers had counted the ballots at every polling station in the city.",
            "- Release the cartoonist",
            "1 See the group's earlier statement.",
            "Contact: press office",
        ] {
            let texts = [BODY, "Read the entire statement.", "Create a Link", after];
            let (mut lines, mut marks) = lines_and_marks(&texts, &rules);
            lines[1].text.clear();
            marks[1] = Mark::listed();
            drop_scored(&mut lines, &mut marks, &rules.text, |_| false);
            assert_eq!(lines[3].text, after, "{after}");
            assert_eq!(lines[2].text, "Create a Link", "{after}");
        }
    }
}
