//! The top lines of a text read raw, before the lines are cleaned (which drops the salutations
//! and credit labels these rules start from):
//! - a letter copied into a page, read by its parts: the inside address (the addressee's name,
//!   title and street lines right above the salutation, "The Honorable X" / "Secretary of State
//!   of Y" / "Dear Secretary X,") is neither the title nor an item, and a date alone on the last
//!   line, under the signatures ("… Committee on Y" / "November 2014"), is the letter's own date;
//! - a site's masthead in two scripts ("За демократию … For Democracy and Human Rights in X"),
//!   Cyrillic words then Latin ones on one short line, is the site's, never the title;
//! - a photo's caption on the line under its credit label ("CC BY 4.0 Attribution:" / "The
//!   president with a visitor during talks in 2022.") goes with the label, and so does the
//!   caption above a label alone with its credit under it ("The minister casts her ballot …,
//!   May 5." / "Photograph:" / "EXA/Example Images");
//! - above the body, a byline after a dash ("- Written by Example Agency": a bullet's look,
//!   which would glue it to the dateline under it) and a delivered statement's session line
//!   ("Human Rights Council 33rd Session", "Item 4 General Debate") go, and so do a parliament
//!   record's chamber line ("in the house of representatives") and the member's lines above it
//!   ("HON. JANE ROE" / "of vermont");
//! - above the first paragraph that ends a sentence (a long title is no body), a statement's
//!   letterhead goes: the delegation's line ("… Mission to the OSCE", "… Presidency of the
//!   Council of the European Union"), the meeting's ("(Special) Meeting of the Permanent Council
//!   No. 627") and a delivery byline's second line ("to the Permanent Council, Vienna");
//! - a mailing list archive's copy is told by its message links ("Previous message: …"): the
//!   day in its header is when the message was posted, and the document's own date, when its
//!   first heading or paragraph gives one, comes first.
//!
//! Only the first [`SALUTATION_REACH_LINES`] lines are looked at, each at its first word and
//! last byte unless it may be one of these.

use super::{find_month_year, parse_date, LETTER_SUBJECT_LABELS};
use crate::corpus::ImportRules;
use crate::text::fold;

/// Lines from the top in which a salutation is looked for.
const SALUTATION_REACH_LINES: usize = 40;
/// Most words of a salutation line ("Dear Mr. Secretary of State!").
const SALUTATION_MAX_WORDS: usize = 8;
/// Most lines of an inside address.
const ADDRESS_MAX_LINES: usize = 8;
/// Fewest lines of an address without a form of address, spaced by blank lines (a headline
/// and its subtitle between a date and a salutation are two).
const SPACED_ADDRESS_MIN_LINES: usize = 3;
/// Most words of one of its lines ("Secretary of State of the United States of America").
const ADDRESS_LINE_MAX_WORDS: usize = 12;
/// Most words of a closing date line ("12 November 2014").
const CLOSING_DATE_MAX_WORDS: usize = 4;

/// What the top lines tell.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Letter {
    /// Line numbers (from 1) of the inside address: chrome.
    pub address_lines: Vec<usize>,
    /// Line numbers (from 1) of a masthead in two scripts, or of a caption and its label,
    /// with why each goes.
    pub chrome_lines: Vec<(usize, &'static str)>,
    /// The date alone on the letter's last line (ISO day, or year and month).
    pub closing_date: Option<String>,
    /// A mailing list archive's copy: its message links ("Previous message: …", "Next message:
    /// …") near the top, under the list's header (subject, sender, the day it was posted).
    pub mail_archive: bool,
    /// In such a copy, the date the first line below the links gives (the message's own
    /// heading: "Appeal of the groups meeting in Vienna on 9 November 2027"), or its first
    /// paragraph as a statement's first paragraph does.
    pub archive_own_date: Option<String>,
    /// The first line of a letter's body, under its salutation (its index among the raw
    /// lines): no line from there on is the title.
    pub body_from: Option<usize>,
    /// A letter's subject line among the lines under its inside address ("Re: X" → "X").
    pub subject: Option<String>,
    /// The line right above the inside address (a blank line between at most): the page's
    /// headline for the letter ("Letter to the Secretary of State"), when it reads as one.
    pub headline_above: Option<String>,
    /// The countries a site's tagline names ("Official website of the President of Russia"):
    /// whose site it is.
    pub site_countries: Vec<String>,
}

/// A salutation: one of `salutation_openings` then a name or a title, ending in a comma, a
/// colon or an exclamation mark.
fn salutation(line: &str, rules: &ImportRules) -> bool {
    let Some((first, rest)) = line.split_once(' ') else {
        return false;
    };
    !rest.trim().is_empty()
        && line.ends_with([',', ':', '!'])
        && first.len() <= "distinguished".len()
        && rules
            .text
            .salutation_openings
            .iter()
            .any(|o| first.eq_ignore_ascii_case(o))
        && line.split_whitespace().nth(SALUTATION_MAX_WORDS).is_none()
}

/// A line the walk up from the salutation passes over without ending the address: a date, or
/// a "Re:"/"Subject:" line (both kept, read for the date and the title).
fn passed_over(line: &str) -> bool {
    LETTER_SUBJECT_LABELS.iter().any(|p| line.starts_with(p))
        || (line
            .split_whitespace()
            .nth(CLOSING_DATE_MAX_WORDS)
            .is_none()
            && (parse_date(line).is_some() || find_month_year(line).is_some()))
}

/// A mailing list archive's links to the messages around the one copied.
const MAIL_ARCHIVE_LINKS: [&str; 3] = ["Previous message:", "Next message:", "Messages sorted by:"];
/// Most words of a message's heading read for its own date.
const HEADING_MAX_WORDS: usize = 30;
/// Most words of a masthead in two scripts.
const MASTHEAD_MAX_WORDS: usize = 16;
/// Longest masthead in two scripts, in bytes (a Cyrillic letter takes two): a paragraph is
/// not read.
const MASTHEAD_MAX_BYTES: usize = 240;
/// Fewest words of each script in it.
const MASTHEAD_MIN_SCRIPT_WORDS: usize = 2;
/// Most words of a credit label ("CC BY 4.0 Attribution:").
const CREDIT_LABEL_MAX_WORDS: usize = 6;
/// Most words of the caption under it.
const CAPTION_MAX_WORDS: usize = 40;

/// "За демократию и права человека For Democracy and Human Rights": Cyrillic words, then Latin
/// ones, each at least [`MASTHEAD_MIN_SCRIPT_WORDS`], no sentence's end.
fn two_script_masthead(line: &str) -> bool {
    if line.len() > MASTHEAD_MAX_BYTES
        || line.is_ascii()
        || line.ends_with(['.', '!', '?', ':', ';', ','])
        || line.split_whitespace().nth(MASTHEAD_MAX_WORDS).is_some()
    {
        return false;
    }
    let cyrillic = |w: &str| w.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let latin = |w: &str| w.chars().any(|c| c.is_ascii_alphabetic());
    let words: Vec<&str> = line.split_whitespace().collect();
    let first_latin = words.iter().position(|w| latin(w)).unwrap_or(words.len());
    first_latin >= MASTHEAD_MIN_SCRIPT_WORDS
        && words[..first_latin].iter().filter(|w| cyrillic(w)).count() >= MASTHEAD_MIN_SCRIPT_WORDS
        && words.len() - first_latin >= MASTHEAD_MIN_SCRIPT_WORDS
        && words[first_latin..].iter().all(|w| !cyrillic(w))
}

/// "Сөз бостандығын қорғау халықаралық қоры" / "Международный фонд защиты свободы слова" /
/// "The International Foundation for Freedom of Speech Protection": a site's name printed in
/// Cyrillic on the text's first lines, with no blank line between them, then once more in Latin
/// letters right under them; each line a name (at most [`MASTHEAD_MAX_WORDS`] words, no
/// sentence's end). Whether line `k` of `top` is that Latin line, the masthead's translation.
fn masthead_translation(top: &[&str], k: usize) -> bool {
    let name = |l: &str| {
        !l.is_empty()
            && l.len() <= MASTHEAD_MAX_BYTES
            && !l.ends_with(['.', '!', '?', ':', ';', ','])
            && l.split_whitespace().nth(MASTHEAD_MAX_WORDS).is_none()
            && l.split_whitespace()
                .nth(MASTHEAD_MIN_SCRIPT_WORDS - 1)
                .is_some()
    };
    let cyrillic = |l: &str| l.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    (1..=MASTHEAD_TOP_LINES).contains(&k)
        && name(top[k])
        && !cyrillic(top[k])
        && top[k].chars().any(|c| c.is_ascii_alphabetic())
        && top[..k].iter().all(|l| name(l) && cyrillic(l))
}

/// Most lines of a name printed in Cyrillic above its Latin translation at a text's top.
const MASTHEAD_TOP_LINES: usize = 3;

/// "CC BY 4.0 Attribution:", "Photo:": a short line ending in a colon that holds one of
/// `caption_label_words`.
fn credit_label(line: &str, rules: &ImportRules) -> bool {
    line.ends_with(':')
        && line
            .split_whitespace()
            .nth(CREDIT_LABEL_MAX_WORDS)
            .is_none()
        && {
            let folded = fold(line);
            rules
                .text
                .caption_label_words
                .iter()
                .any(|w| super::has_whole_phrase(&folded, w))
        }
}

/// Most words of a credit label that is the label alone ("Photograph:", "Photo credit:").
const BARE_LABEL_MAX_WORDS: usize = 2;
/// Most words of a credit under such a label ("EXA/Example Images").
const BARE_LABEL_CREDIT_MAX_WORDS: usize = 6;
/// Fewest words of the caption above such a label.
const CAPTION_ABOVE_MIN_WORDS: usize = 4;
/// Most lines between that caption and the label (blank ones).
const CAPTION_ABOVE_MAX_GAP: usize = 4;

/// "The minister casts her ballot in Example City, May 5." / "" / "Photograph:" / "" /
/// "EXA/Example Images": a credit's label alone on line `k` (no more than
/// [`BARE_LABEL_MAX_WORDS`] words), a short credit with no sentence's end under it: the
/// picture's caption, printed as the news site's caption is, its sentence then its credit, is
/// the sentence on the line above the label (blank lines between), ending in a full stop.
/// Its index.
fn caption_above_label(top: &[&str], k: usize, rules: &ImportRules) -> Option<usize> {
    if top[k]
        .split_whitespace()
        .nth(BARE_LABEL_MAX_WORDS)
        .is_some()
    {
        return None;
    }
    let credit = top[k + 1..].iter().find(|l| !l.is_empty())?;
    if credit.ends_with(['.', '!', '?', ':', ';', ','])
        || credit
            .split_whitespace()
            .nth(BARE_LABEL_CREDIT_MAX_WORDS)
            .is_some()
        || credit_label(credit, rules)
    {
        return None;
    }
    let above = (k.saturating_sub(CAPTION_ABOVE_MAX_GAP + 1)..k)
        .rev()
        .find(|&j| !top[j].is_empty())?;
    let caption = top[above];
    let words = caption
        .split_whitespace()
        .take(CAPTION_MAX_WORDS + 1)
        .count();
    (caption.ends_with('.')
        && (CAPTION_ABOVE_MIN_WORDS..=CAPTION_MAX_WORDS).contains(&words)
        && caption.starts_with(char::is_uppercase))
    .then_some(above)
}

/// Most words of a map's label ("Turkmenistan country map IRIN").
const MAP_LABEL_MAX_WORDS: usize = 6;
/// Most words of a site's section label above its pager ("Background Briefing").
const PAGER_LABEL_MAX_WORDS: usize = 3;
/// Most words of a site's tagline, and of its name above it.
const TAGLINE_MAX_WORDS: usize = 10;
/// Longest such line in bytes (a Cyrillic letter takes two): a paragraph is not counted.
const TAGLINE_MAX_BYTES: usize = 200;

/// A line of up to [`TAGLINE_MAX_WORDS`] words with no sentence's end.
fn short_label(l: &str) -> bool {
    !l.is_empty()
        && l.len() <= TAGLINE_MAX_BYTES
        && !l.ends_with(['.', '!', '?', ':', ';', ','])
        && l.split_whitespace().nth(TAGLINE_MAX_WORDS).is_none()
}

/// "World map Tajikistan", "Turkmenistan country map IRIN": a short line with no sentence's end
/// holding one of `map_label_words` and naming a country, the label of the page's map.
fn map_label(line: &str, rules: &ImportRules) -> bool {
    if line.split_whitespace().nth(MAP_LABEL_MAX_WORDS).is_some() {
        return false;
    }
    // (Each word compared with the list before the line is folded: most lines hold none.)
    line.split_whitespace().any(|w| {
        rules.text.map_label_words.iter().any(|m| {
            if w.is_ascii() {
                w.eq_ignore_ascii_case(m)
            } else {
                w.to_lowercase() == *m
            }
        })
    }) && !rules.gazetteer.countries_in(&fold(line)).is_empty()
}

/// "Background Briefing" / "" / "<<previous | index | next>>": a line of a few words, no
/// sentence, right above a page's pager row (blank lines between) is the site's section label.
fn above_pager(top: &[&str], k: usize, rules: &ImportRules) -> bool {
    top[k]
        .split_whitespace()
        .nth(PAGER_LABEL_MAX_WORDS)
        .is_none()
        && top[k + 1..]
            .iter()
            .find(|l| !l.is_empty())
            .is_some_and(|next| rules.text.is_pager(next))
}

/// "A project of The Advocates for Human Rights", "Official website of the President of
/// Russia": a line opening with one of `site_tagline_openings`, the site's tagline.
fn site_tagline(line: &str, rules: &ImportRules) -> bool {
    rules.text.site_tagline_openings.iter().any(|o| {
        line.get(..o.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(o))
            && line[o.len()..].starts_with(' ')
    })
}

/// "Stop Violence Against Women" / "A project of The Advocates for Human Rights": the short line
/// right above the tagline at line `k` (no sentence) is the site's name; its index.
fn site_name_above(top: &[&str], k: usize) -> Option<usize> {
    let above = k.checked_sub(1)?;
    short_label(top[above]).then_some(above)
}

/// "Central Asia", "Europe": a region's name alone on a short line above the body (only
/// `region_menu_words`, one of them among `region_menu_regions`), the site's section label.
fn region_label(line: &str, rules: &ImportRules) -> bool {
    // (A label of a few words: longer lines are not folded.)
    if super::lines::words_upto(line, REGION_LABEL_MAX_WORDS + 1) > REGION_LABEL_MAX_WORDS {
        return false;
    }
    rules.text.regions_named(fold(line).split_whitespace()) == Some(1)
}

/// Most words of a region's name read as a site's section label ("Central Asia", "Eastern
/// Europe and Central Asia").
const REGION_LABEL_MAX_WORDS: usize = 6;

/// Most words of a site's retrospective rubric before its span ("Kyrgyzstan Review").
const RETROSPECTIVE_NAME_MAX_WORDS: usize = 4;

/// "Kyrgyzstan Review, 10 years ago": a site's rubric of stories from years back, its name, a
/// comma and the span ("N years ago"), above the story it reprints.
fn retrospective_label(line: &str) -> bool {
    let Some((name, span)) = line.rsplit_once(", ") else {
        return false;
    };
    let mut span = span.split(' ');
    (1..=RETROSPECTIVE_NAME_MAX_WORDS).contains(&name.split_whitespace().count())
        && span
            .next()
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        && span.next() == Some("years")
        && span.next() == Some("ago")
        && span.next().is_none()
}

/// ": / Central Asia and CIS", "/ News / Kyrgyzstan": a breadcrumb whose first links were lost
/// in the copy, the line opening on their separator (a colon, a slash or a '>').
fn crumb_remnant(line: &str) -> bool {
    line.starts_with([':', '/', '>'])
        && line.contains([' ', '/'])
        && line
            .trim_start_matches([':', '/', '>', ' '])
            .starts_with(char::is_uppercase)
}

/// Words of a line that opens the body: no masthead, byline or session line below it.
const BODY_LINE_WORDS: usize = 20;
/// Lines above an inside address looked at for the page's headline (one blank line between).
const HEADLINE_ABOVE_REACH: usize = 2;
/// Fewest words of that headline.
const HEADLINE_MIN_WORDS: usize = 3;
/// Most words of it.
const HEADLINE_MAX_WORDS: usize = 14;
/// Why a session line goes.
const SESSION_LINE: &str = "a statement's session line";
/// Most words of a byline after a dash, or of a session line.
const META_LINE_MAX_WORDS: usize = 8;

/// "- Written by Example Agency", "— By Jane Roe": a byline after a dash (a bullet's look, so
/// it would be glued to the dateline under it as one item).
fn dashed_byline(line: &str, rules: &ImportRules) -> bool {
    let Some(rest) = ["- ", "– ", "— "].iter().find_map(|d| line.strip_prefix(d)) else {
        return false;
    };
    rest.split_whitespace().nth(META_LINE_MAX_WORDS).is_none()
        && !rest.ends_with(['.', '!', '?', ':', ';'])
        && rules.text.author_prefix.iter().any(|p| {
            rest.get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        })
}

/// "Human Rights Council 33rd Session", "Item 4 General Debate", "Agenda item 6": a delivered
/// statement's line of the session and agenda item it was made at, under its title. A short
/// line opening with one of `session_line_openings` then holding "session" after a number or
/// an ordinal (`Some(false)`), or opening with "Item"/"Agenda item" and a number
/// (`Some(true)`).
fn session_line(line: &str, rules: &ImportRules) -> Option<bool> {
    // (Most lines open with none of the bodies, nor with "Item": no folded copy of them.)
    let opens = |o: &str| {
        line.get(..o.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(o))
    };
    // (The opening first: the words of a line opening otherwise are not counted.)
    if line.ends_with(['.', '!', '?', ':', ';', ','])
        || !(opens("item ")
            || opens("agenda item ")
            || rules.text.session_line_openings.iter().any(|o| opens(o)))
        || line.split_whitespace().nth(META_LINE_MAX_WORDS).is_some()
    {
        return None;
    }
    let folded = fold(line);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) || ordinal_word(w);
    let item = match words.as_slice() {
        ["item", n, ..] | ["agenda", "item", n, ..] => n.starts_with(|c: char| c.is_ascii_digit()),
        _ => false,
    };
    if item {
        return Some(true);
    }
    (rules
        .text
        .session_line_openings
        .iter()
        .any(|o| folded.starts_with(o.as_str()) && super::has_whole_phrase(&folded, o))
        && words.windows(2).enumerate().any(|(k, pair)| {
            pair[1] == "session"
                && number(pair[0])
                // (Nothing after it but its days: "HRC 33rd session: statement on X" is a
                // title.)
                && words[k + 2..].iter().all(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit())
                        || super::month_number(w).is_some()
                        || *w == "to"
                })
        }))
    .then_some(false)
}

/// Small words a delegation's name line holds between its capitalised words.
const NAME_JOINING_WORDS: [&str; 7] = ["of", "the", "to", "for", "and", "in", "on"];
/// Why a delegation's letterhead line goes.
const DELEGATION_LINE: &str = "a delegation's letterhead";

/// "United States Mission to the OSCE", "Finnish Presidency of the Council of the European
/// Union": a statement's letterhead naming the delegation that speaks. A short line with no
/// sentence's end, every word capitalised or a small joining word, holding one of
/// `delegation_offices` after one word or more (whose office) and, when the office ends on
/// "the", a body's name after it.
fn delegation_letterhead(line: &str, rules: &ImportRules) -> bool {
    if !short_label(line)
        || !line
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || NAME_JOINING_WORDS.contains(&w))
    {
        return false;
    }
    let folded = fold(line);
    rules.text.delegation_offices.iter().any(|o| {
        folded.match_indices(o.as_str()).any(|(at, _)| {
            let after = &folded[at + o.len()..];
            at > 0
                && folded[..at].ends_with(' ')
                && if o.ends_with(" the") {
                    after.starts_with(' ') && !after.trim().is_empty()
                } else {
                    after.is_empty()
                }
        })
    })
}

/// Most words of a meeting's line.
const MEETING_LINE_MAX_WORDS: usize = 12;

/// "(Special) Meeting of the Permanent Council No. 627", "Meeting of the Permanent Council No.
/// 1375, 26 May 2022": the meeting a statement was made at, printed under its letterhead (a
/// kind in brackets, or one word, at most before "Meeting of the"; one of
/// `session_line_openings`; "No." and the meeting's number; its date at most after it).
fn meeting_line(line: &str, rules: &ImportRules) -> bool {
    if line.ends_with(['.', '!', '?', ':', ';', ','])
        || line
            .split_whitespace()
            .nth(MEETING_LINE_MAX_WORDS)
            .is_some()
    {
        return false;
    }
    let folded = fold(line);
    let rest = match folded.strip_prefix('(') {
        Some(bracketed) => bracketed.split_once(") ").map_or("", |(_, r)| r),
        None => folded.as_str(),
    };
    let Some(rest) = rest.strip_prefix("meeting of the ").or_else(|| {
        rest.split_once(' ')
            .and_then(|(_, r)| r.strip_prefix("meeting of the "))
    }) else {
        return false;
    };
    rules.text.session_line_openings.iter().any(|o| {
        rest.strip_prefix(o.as_str()).is_some_and(|after| {
            let words: Vec<&str> = after
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            matches!(words.as_slice(), ["no", n, ..] if n.bytes().all(|b| b.is_ascii_digit()))
                && words[2..].iter().all(|w| {
                    w.bytes().all(|b| b.is_ascii_digit()) || super::month_number(w).is_some()
                })
        })
    })
}

/// Most words of the place after the body in a delivery byline's second line.
const DELIVERED_TO_PLACE_MAX_WORDS: usize = 2;

/// "to the Permanent Council, Vienna": a delivery byline's second line ("As delivered by …" /
/// "to the …"), in small letters at its start, the body the statement was delivered to (one
/// of `session_line_openings`) and its place after a comma at most.
fn delivered_to_line(line: &str, rules: &ImportRules) -> bool {
    let Some(rest) = line.strip_prefix("to the ") else {
        return false;
    };
    if line.ends_with(['.', '!', '?', ':', ';', ',']) {
        return false;
    }
    let folded = fold(rest);
    let (body, place) = folded.split_once(", ").unwrap_or((folded.as_str(), ""));
    rules.text.session_line_openings.iter().any(|o| body == o)
        && place
            .split_whitespace()
            .nth(DELIVERED_TO_PLACE_MAX_WORDS)
            .is_none()
}

/// Why a parliament record's chamber line, and the member's lines above it, go.
const CHAMBER_LINE: &str = "a parliament record's member and chamber lines";
/// Most words of a member's line ("HON. JANE ROE") or of the line of the member's state
/// ("of new hampshire").
const MEMBER_LINE_MAX_WORDS: usize = 6;

/// "in the house of representatives": a parliament record's chamber line (one of
/// `chamber_lines`, the whole line).
fn chamber_line(line: &str, rules: &ImportRules) -> bool {
    line.len() <= 40
        && rules
            .text
            .chamber_lines
            .iter()
            .any(|c| line.eq_ignore_ascii_case(c))
}

/// Above a chamber line at `k`, over blank lines: the line of the member's state ("of
/// vermont"), if there is one, and the member's line ("HON. JANE ROE"); none of them unless the
/// member's line is there.
fn member_lines(top: &[&str], k: usize) -> Vec<usize> {
    let short = |l: &str| {
        l.split_whitespace().nth(MEMBER_LINE_MAX_WORDS).is_none() && !l.ends_with(['.', ':', ';'])
    };
    let filled_above = |k: usize| (0..k).rev().find(|&j| !top[j].is_empty());
    let mut lines = Vec::new();
    let Some(mut j) = filled_above(k) else {
        return lines;
    };
    if top[j].starts_with("of ") && short(top[j]) {
        lines.push(j);
        match filled_above(j) {
            Some(up) => j = up,
            None => return Vec::new(),
        }
    }
    let member = top[j]
        .get(..4)
        .is_some_and(|h| h.eq_ignore_ascii_case("hon."))
        && short(top[j]);
    if !member {
        return Vec::new();
    }
    lines.push(j);
    lines
}

/// "first" … "seventy-ninth": an ordinal in words (its last part).
fn ordinal_word(w: &str) -> bool {
    let last = w.rsplit('-').next().unwrap_or(w);
    last.ends_with("th") || matches!(last, "first" | "second" | "third")
}

/// Most words of a page's field line right above its date field.
const FIELD_OVER_DATE_MAX_WORDS: usize = 8;

/// "Location: Mongolia, Ulaanbaatar" / "Date: December 8, 2023": a short field line (a label of a
/// few words, a colon, a value, no sentence end) right above a page's date field (a
/// `page_date_words` label), whose value holds a year, is the page's own field, never an item or
/// a heading (the date line is read for the date).
fn field_over_date(top: &[&str], k: usize, rules: &ImportRules) -> bool {
    let date_label = |label: &str| {
        let label = label.trim().to_ascii_lowercase();
        rules.text.page_date_words.contains(&label)
    };
    let Some(next) = top.get(k + 1) else {
        return false;
    };
    let date_field = next.split_once(':').is_some_and(|(label, value)| {
        date_label(label)
            && value.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_ascii_digit());
                w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
            })
    });
    let line = top[k];
    date_field
        && super::labelled_value(line).is_some()
        && !line.ends_with(['.', '!', '?'])
        && line
            .split_whitespace()
            .nth(FIELD_OVER_DATE_MAX_WORDS)
            .is_none()
        && !line
            .split_once(':')
            .is_some_and(|(label, _)| date_label(label))
}

/// Reads a text's top lines (no letter parts when it has no salutation near the top).
pub(super) fn read(text: &str, rules: &ImportRules) -> Letter {
    let mut letter = Letter::default();
    let top: Vec<&str> = text
        .lines()
        .take(SALUTATION_REACH_LINES)
        .map(str::trim)
        .collect();
    let mut last_link = None;
    let mut body_seen = false;
    // (A long title is no body: a letterhead is read down to the first paragraph that ends a
    // sentence.)
    let mut prose_seen = false;
    for (k, line) in top.iter().enumerate() {
        if MAIL_ARCHIVE_LINKS.iter().any(|l| line.starts_with(l)) {
            letter.mail_archive = true;
            last_link = Some(k);
        }
        if body_seen {
            // (Mastheads, bylines and session lines come above the body.)
        } else if line.split_whitespace().nth(BODY_LINE_WORDS - 1).is_some() {
            body_seen = true;
        } else if dashed_byline(line, rules) {
            letter.chrome_lines.push((k + 1, "a byline after a dash"));
        } else if chamber_line(line, rules) {
            letter.chrome_lines.push((k + 1, CHAMBER_LINE));
            for above in member_lines(&top, k) {
                letter.chrome_lines.push((above + 1, CHAMBER_LINE));
            }
        } else if let Some(item) = session_line(line, rules) {
            // (An agenda item's line only under a session line that went: a UN letterhead's
            // "Human Rights Council" / "Fifty-second session" / "Agenda item 3" is read as
            // the letterhead it is.)
            let under_session = k > 0
                && letter
                    .chrome_lines
                    .last()
                    .is_some_and(|&(no, why)| no == k && why == SESSION_LINE);
            if !item || under_session {
                letter.chrome_lines.push((k + 1, SESSION_LINE));
            }
        }
        // (A map's label, a section label and a tagline are short lines with no sentence's
        // end, above the body, and each holds a letter its search opens with: other lines are
        // not read for them.)
        if !body_seen && short_label(line) {
            if map_label(line, rules) {
                letter.chrome_lines.push((k + 1, "a map's label"));
            } else if above_pager(&top, k, rules) {
                letter
                    .chrome_lines
                    .push((k + 1, "a site's section label above its pager"));
            } else if site_tagline(line, rules) {
                if let Some(name) = site_name_above(&top, k) {
                    letter.chrome_lines.push((name + 1, "a site's name"));
                }
                letter.chrome_lines.push((k + 1, "a site's tagline"));
                // ("Official website of the President of Russia": the state whose site it is.)
                letter.site_countries.extend(
                    rules
                        .gazetteer
                        .countries_in(&fold(line))
                        .into_iter()
                        .map(str::to_string),
                );
            } else if region_label(line, rules) || retrospective_label(line) {
                letter.chrome_lines.push((k + 1, "a site's section label"));
            } else if crumb_remnant(line) {
                letter.chrome_lines.push((k + 1, "a breadcrumb's remnant"));
            }
        }
        if !prose_seen {
            if line.split_whitespace().nth(BODY_LINE_WORDS - 1).is_some()
                && line.ends_with(['.', '!', '?', '"', '”', ':'])
            {
                prose_seen = true;
            } else if delegation_letterhead(line, rules) {
                letter.chrome_lines.push((k + 1, DELEGATION_LINE));
            } else if meeting_line(line, rules) || delivered_to_line(line, rules) {
                letter.chrome_lines.push((k + 1, SESSION_LINE));
            }
        }
        if !body_seen && field_over_date(&top, k, rules) {
            letter
                .chrome_lines
                .push((k + 1, "a page's field above its date"));
        }
        if two_script_masthead(line) || masthead_translation(&top, k) {
            letter
                .chrome_lines
                .push((k + 1, "a masthead in two scripts"));
        } else if line.ends_with(':') && credit_label(line, rules) {
            letter.chrome_lines.push((k + 1, "a photo's credit label"));
            if let Some(above) = caption_above_label(&top, k, rules) {
                letter.chrome_lines.push((above + 1, "a photo's caption"));
            }
            if let Some(next) = (k + 1..top.len()).find(|&j| !top[j].is_empty()) {
                if !top[next].ends_with(':')
                    && top[next]
                        .split_whitespace()
                        .nth(CAPTION_MAX_WORDS)
                        .is_none()
                {
                    letter.chrome_lines.push((next + 1, "a photo's caption"));
                }
            }
        }
    }
    if let Some(first) = last_link.and_then(|k| top[k + 1..].iter().find(|l| !l.is_empty())) {
        letter.archive_own_date = if first.split_whitespace().nth(HEADING_MAX_WORDS).is_none()
            && !first.ends_with(['.', '!', '?'])
        {
            super::dates::find_date_or_range(first)
                .filter(|(_, range)| !range)
                .map(|(date, _)| date)
        } else {
            super::dates::statement_date(first, rules)
        };
    }
    let Some(at) = top.iter().position(|l| salutation(l, rules)) else {
        return letter;
    };
    letter.body_from = Some(at + 1);
    // Up from the salutation: blank, date and subject lines, then the address's lines, a run
    // of short lines without a sentence's end, up to a blank line.
    let mut k = at;
    while k > 0 && (top[k - 1].is_empty() || passed_over(top[k - 1])) {
        k -= 1;
    }
    // (The lines from here down to the salutation are dates and subject lines.)
    let k_under = k;
    let mut run: Vec<usize> = Vec::new();
    while k > 0 && run.len() < ADDRESS_MAX_LINES {
        let line = top[k - 1];
        if line.is_empty()
            || line.ends_with(['.', '!', '?', ';'])
            || line
                .split_whitespace()
                .nth(ADDRESS_LINE_MAX_WORDS)
                .is_some()
        {
            break;
        }
        run.push(k - 1);
        k -= 1;
    }
    // The address opens with a form of address ("The Honorable", "His Excellency", "H.E.",
    // "To:"): from its highest such line down, the run is the address (a headline above it
    // stays).
    let opens = |line: &str| {
        let folded = fold(line);
        rules.text.address_openings.iter().any(|o| {
            // ("His Excellency" alone on its line, the name under it.)
            folded.starts_with(o.as_str())
                && (folded.len() == o.len() || folded[o.len()..].starts_with([' ', '.']))
        })
    };
    letter.subject = top[k_under..at].iter().find_map(|l| {
        LETTER_SUBJECT_LABELS
            .iter()
            .find_map(|p| l.strip_prefix(p))
            .map(|rest| rest.trim().to_string())
    });
    // "23 July 2018" / "Federica Mogherini" / "High Representative …" / "Berlaymont 1049" /
    // "Dear Ms. Mogherini,", blank lines after each: with no form of address, an address is
    // the short lines (three or more) between the letter's date above and its salutation,
    // across blank lines.
    if !run.iter().any(|&k| opens(top[k])) {
        let mut j = k_under;
        let mut spaced: Vec<usize> = Vec::new();
        while j > 0 && spaced.len() < ADDRESS_MAX_LINES {
            let line = top[j - 1];
            if line.is_empty() {
                j -= 1;
                continue;
            }
            if passed_over(line) {
                if spaced.len() >= SPACED_ADDRESS_MIN_LINES
                    && LETTER_SUBJECT_LABELS.iter().all(|p| !line.starts_with(p))
                {
                    letter.address_lines = spaced.iter().map(|&k| k + 1).collect();
                    letter.address_lines.sort_unstable();
                }
                break;
            }
            if line.ends_with(['.', '!', '?', ';', ':', ','])
                || line
                    .split_whitespace()
                    .nth(ADDRESS_LINE_MAX_WORDS)
                    .is_some()
            {
                break;
            }
            spaced.push(j - 1);
            j -= 1;
        }
    }
    if let Some(top_at) = run.iter().rposition(|&k| opens(top[k])) {
        let first = run[top_at];
        letter.headline_above = top[..first]
            .iter()
            .rev()
            .take(HEADLINE_ABOVE_REACH)
            .find(|l| !l.is_empty())
            .filter(|l| {
                (HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS).contains(&super::word_count(l))
                    && super::title_like(l)
                    && !l.ends_with(['!', '?'])
            })
            .map(|l| l.to_string());
        letter.address_lines = run[..=top_at]
            .iter()
            .filter(|&&k| !passed_over(top[k]))
            .map(|&k| k + 1)
            .collect();
        letter.address_lines.sort_unstable();
    }
    // "… Committee on Y" / "November 2014": the last line, a date alone.
    let last = text
        .trim_end()
        .rsplit('\n')
        .next()
        .map(str::trim)
        .unwrap_or("");
    if last
        .split_whitespace()
        .nth(CLOSING_DATE_MAX_WORDS)
        .is_none()
    {
        letter.closing_date = parse_date(last)
            .or_else(|| find_month_year(last).filter(|_| last.split_whitespace().nth(2).is_none()));
    }
    letter
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inside_address_above_the_salutation_is_found_and_a_headline_above_it_stays() {
        let rules = ImportRules::builtin_shared();
        let text = "Letters\n\nOur letter to the minister\n\nThe Honorable Jane Roe\n\
                    Minister of Example Affairs\n12 Sample Street\nRe: Prisoners in Example\n\n\
                    5 May 2027\n\nDear Minister Roe,\n\nWe write to ask you to free them.\n\n\
                    Signed,\nExample Group\n4 June 2027\n";
        let letter = read(text, rules);
        assert_eq!(letter.address_lines, vec![5, 6, 7]);
        assert_eq!(letter.closing_date.as_deref(), Some("2027-06-04"));
    }

    #[test]
    fn a_caption_above_a_bare_credit_label_goes_and_a_headline_above_one_stays() {
        let rules = ImportRules::builtin_shared();
        let text = "The minister casts her ballot in Example City, May 5.\n\n\nPhotograph:\n\n\
                    EXA/Example Images\n\nThe body of the story runs on here.\n";
        let chrome: Vec<usize> = read(text, rules)
            .chrome_lines
            .iter()
            .map(|&(no, _)| no)
            .collect();
        assert!(chrome.contains(&1), "{chrome:?}");
        // A headline ends in no full stop; a label with words after it is no bare label.
        for text in [
            "Voters back a new constitution\n\nPhotograph:\nEXA/Example Images\n",
            "The minister votes in Example City, May 5.\nPhoto by the press office:\nEXA\n",
        ] {
            assert!(
                read(text, rules)
                    .chrome_lines
                    .iter()
                    .all(|&(no, _)| no != 1),
                "{text}"
            );
        }
    }

    #[test]
    fn no_form_of_address_no_salutation_no_address() {
        let rules = ImportRules::builtin_shared();
        // A headline above the salutation opens with no form of address.
        let text = "Appeal for the prisoners\nDear friends,\nWe ask you to write.\nMay 2027\n";
        let letter = read(text, rules);
        assert!(letter.address_lines.is_empty());
        assert_eq!(letter.closing_date.as_deref(), Some("2027-05"));
        // No salutation: nothing is read, not even a last line's date.
        let text = "The Honorable Jane Roe\nMinister\nWe ask you to write.\nMay 2027\n";
        assert_eq!(read(text, rules), Letter::default());
    }
}
