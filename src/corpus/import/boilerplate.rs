//! Body versus boilerplate by the text's own structure, with no knowledge of the site.
//!
//! The lists of [`super::chrome`] name the furniture of sites seen before; each fresh site
//! brings lines no list names. This pass reads what any page shares instead, in the spirit of
//! text-density boilerplate removal (jusText, Readability): the body is the run of prose, the
//! lines of many words with a fair share of function words (`stop_words`: "the", "of", "to",
//! "that" …), and it is written in a known order.
//!
//! The lead's slot: a news page prints its headline, then, often, a picture with its caption,
//! then the lead, whose first sentence tells the story the headline names (the inverted
//! pyramid: the lead restates the headline's words). A caption describes the picture, not the
//! story ("A journalist holds a copy of …", "Arif (left) and Leyla Yunus are among …"), so it
//! shares few of the headline's words. A short sentence standing between a headline and the first
//! body paragraph (the first line of [`LEAD_MIN_WORDS`] words or more with a prose share of
//! function words), that shares at most [`CAPTION_MAX_SHARED`] content word with the headline
//! while that paragraph shares at least [`LEAD_MORE_SHARED`] more, is the picture's caption and
//! goes; so is one sharing a word more (the story's people and place: "Ethnic Kazakhs pray in a
//! mosque in Xinjiang …") when the paragraph shares one more again. A short lead or standfirst that tells the story shares the headline's words and stays;
//! so does a line that asks (a call), one that reports what someone says (a standfirst: a
//! caption shows, it does not quote), a dateline, a byline, a line in title case (a subtitle),
//! a bullet and a headline above the lead that is not followed by a longer restatement.
//!
//! Fragments: a paragraph of a few words with no function word and no sentence end ("Teaser
//! Text", "Signed 1:", an embedded clip's "♪ original audio – name") is no prose, so no
//! finding, wherever it stands ([`is_fragment`]); headings are read apart and stay, and so does
//! a fragment that asks.
//!
//! An embedded clip: its sound's credit ("♬ original sound – name") and the caption right above
//! it, when that is short and ends no sentence ([`drop_clip_captions`]). A blog post's byline
//! and date set as a bulleted list under the headline ([`drop_post_meta_bullets`]).
//!
//! A document host's frame: a viewer's toggle, two short labels alike but for a pair of
//! opposite words (`viewer_toggles`: "SHOW MORE" / "SHOW LESS"), is a button, furniture wherever
//! it stands. Near the top of a text it ends the host's frame around a document: the short lines
//! above it (the host's title for the file, the file's name) go, save a date; so do the short
//! sentences right below it (the host's tag line and its offer), up to the document's first
//! line, which has no sentence end or many words ([`drop_viewer_frame`]).

use super::{is_bullet, Line};
use crate::corpus::import::ImportRules;
use crate::text::fold;

/// Fewest words of the first body paragraph (the lead).
const LEAD_MIN_WORDS: usize = 20;
/// Least share of function words in a line of prose.
const PROSE_MIN_STOP_SHARE: f32 = 0.2;
/// Nonblank lines from the top in which the lead is looked for.
const LEAD_REACH_LINES: usize = 16;
/// Words of a headline.
const HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 3..=25;
/// Words of a caption.
const CAPTION_WORDS: std::ops::RangeInclusive<usize> = 3..=40;
/// Most content words a caption shares with the headline.
const CAPTION_MAX_SHARED: usize = 1;
/// How many more of the headline's content words the lead shares than the caption.
const LEAD_MORE_SHARED: usize = 2;
/// Letters of a word compared with the headline's ("detained" and "detains" agree).
const STEM_CHARS: usize = 5;

/// The words of a line, split at anything but letters and digits ("human-rights" is two) and
/// folded.
fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
}

/// Share of a line's words that are function words.
fn stop_share(text: &str, rules: &ImportRules) -> f32 {
    let (mut all, mut stop) = (0usize, 0usize);
    for w in words_of(text).filter(|w| !w.is_empty()) {
        all += 1;
        if rules.text.stop_words.binary_search(&w).is_ok() {
            stop += 1;
        }
    }
    if all == 0 {
        0.0
    } else {
        stop as f32 / all as f32
    }
}

/// The content words of a line (three letters or more, no function word), cut to their stems.
fn content_stems(text: &str, rules: &ImportRules) -> Vec<String> {
    let mut stems: Vec<String> = words_of(text)
        .filter(|w| w.chars().count() >= 3 && rules.text.stop_words.binary_search(w).is_err())
        .map(|w| w.chars().take(STEM_CHARS).collect())
        .collect();
    stems.sort();
    stems.dedup();
    stems
}

/// How many of `stems` the sorted `headline` stems hold.
fn shared(stems: &[String], headline: &[String]) -> usize {
    stems
        .iter()
        .filter(|s| headline.binary_search(s).is_ok())
        .count()
}

/// Most of the longer words capitalised, and at most one in small letters: a headline or a
/// subtitle, not a caption (whose names may be most of its long words: "Ethnic Kazakhs pray in
/// a mosque in China's Xinjiang Uyghur Autonomous Region.").
fn title_case(text: &str) -> bool {
    let long: Vec<&str> = text
        .split_whitespace()
        .skip(1)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    !long.is_empty() && capitalised * 2 > long.len() && long.len() - capitalised <= 1
}

/// A dateline or a byline opening the line ("OSH, Kyrgyzstan -- …", "VIENNA, 5 May 2016 –",
/// "By Jane Doe"): the lead's own start, never a caption.
fn opens_lead_furniture(text: &str) -> bool {
    if text.starts_with("By ") {
        return true;
    }
    let head: String = text.chars().take(60).collect();
    head.contains(" -- ") || head.contains(" – ") || head.contains(" — ") || head.contains('—')
}

/// A verb reporting what someone says (`reporting_verbs`: "says", "told"): a sentence that
/// reports speech is the story's standfirst ("Families … say they were never told …"), while a
/// caption shows what the picture does.
fn reports_speech(text: &str, rules: &ImportRules) -> bool {
    words_of(text).any(|w| rules.text.reporting_verbs.contains(&w))
}

/// Whether a line may be the headline above a caption.
fn headline_shaped(text: &str) -> bool {
    let words = text.split_whitespace().count();
    HEADLINE_WORDS.contains(&words)
        && !text.ends_with(['.', ';', ':', ',', '?', '!'])
        && is_bullet(text).is_none()
        && !text.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        && text.chars().filter(|c| c.is_alphabetic()).count() * 2 > text.chars().count()
}

/// Clears the caption standing between the headline and the lead (see the module's doc).
/// `asks` tells a line that makes a call. Returns the line's number and text when one went.
pub(crate) fn drop_lead_slot_caption(
    lines: &mut [Line],
    rules: &ImportRules,
    asks: impl Fn(&str) -> bool,
) -> Option<(usize, String)> {
    // (The cheap tests first: most texts have no sentence in the slot and stop there.)
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&k| !lines[k].text.trim().is_empty())
        .take(LEAD_REACH_LINES)
        .collect();
    if let Some(gone) = drop_marked_caption(lines, &filled, rules, &asks) {
        return Some(gone);
    }
    let lead_at = filled
        .iter()
        .position(|&k| lines[k].text.words_upto(LEAD_MIN_WORDS) >= LEAD_MIN_WORDS)?;
    if lead_at < 2 {
        return None;
    }
    let (h, c, l) = (filled[lead_at - 2], filled[lead_at - 1], filled[lead_at]);
    let headline = lines[h].text.trim();
    let caption = lines[c].text.trim();
    let lead = lines[l].text.trim();
    // (A caption here is a sentence: a line ending in no full stop is a date, a document's
    // own title or a heading.)
    let sentence = caption
        .trim_end_matches(['"', '”', '’', ')'])
        .ends_with('.');
    if !sentence
        || !CAPTION_WORDS.contains(&lines[c].text.words_upto(*CAPTION_WORDS.end() + 1))
        || !headline_shaped(headline)
        || title_case(caption)
        || is_bullet(caption).is_some()
        || opens_lead_furniture(caption)
        || stop_share(lead, rules) < PROSE_MIN_STOP_SHARE
        || reports_speech(caption, rules)
        || asks(caption)
    {
        return None;
    }
    let head = content_stems(headline, rules);
    let by_caption = shared(&content_stems(caption, rules), &head);
    // (The lead's restatement is looked for in its first sentence or two: its opening words.)
    let lead_opening: String = lead
        .split_whitespace()
        .take(40)
        .collect::<Vec<_>>()
        .join(" ");
    let by_lead = shared(&content_stems(&lead_opening, rules), &head);
    // ("Ethnic Kazakhs pray in a mosque in China's Xinjiang …" under "Xinjiang Kazakhs Urge
    // Authorities To Help Release Relatives …": a caption may name the story's people and place,
    // one word more, when the lead restates the headline by one more word again.)
    let margin = LEAD_MORE_SHARED + by_caption.saturating_sub(CAPTION_MAX_SHARED);
    if by_caption > CAPTION_MAX_SHARED + 1 || by_lead < by_caption + margin {
        return None;
    }
    let no = lines[c].no;
    let text = lines[c].text.take();
    Some((no, text))
}

/// Clears the sentence right under the headline that points at people in the picture with a
/// position mark spelt out in brackets ("Arif (left) and Leyla Yunus are among the dozens of
/// … jailed in the last year."): a caption, however many of the headline's words it shares or
/// however long it runs (up to [`CAPTION_WORDS`]), when it reports no speech and asks nothing.
/// Only above the body's first long line that is not such a caption.
fn drop_marked_caption(
    lines: &mut [Line],
    filled: &[usize],
    rules: &ImportRules,
    asks: &impl Fn(&str) -> bool,
) -> Option<(usize, String)> {
    for pair in filled.windows(2) {
        let (h, c) = (pair[0], pair[1]);
        let caption = lines[c].text.trim();
        let long = lines[c].text.words_upto(LEAD_MIN_WORDS) >= LEAD_MIN_WORDS;
        // (Most lines hold no bracket: the mark is looked for only in those that do.)
        let marked = caption.contains('(')
            && caption
                .trim_end_matches(['"', '”', '’', ')'])
                .ends_with('.')
            && rules.text.places_people_spelled(&fold(caption));
        if marked
            && headline_shaped(lines[h].text.trim())
            && CAPTION_WORDS.contains(&lines[c].text.words_upto(*CAPTION_WORDS.end() + 1))
            && !reports_speech(caption, rules)
            && !asks(caption)
        {
            let no = lines[c].no;
            let text = lines[c].text.take();
            return Some((no, text));
        }
        if long {
            return None;
        }
    }
    None
}

/// Fewest and most words of a dated scene's caption ([`drop_dated_scene_captions`]).
const SCENE_CAPTION_WORDS: std::ops::RangeInclusive<usize> = 5..=30;
/// Most words of a time of `caption_scene_times` ("earlier this month").
const SCENE_TIME_MAX_WORDS: usize = 3;
/// Most capitalised words of a place named after a caption's date ("… on May 12 in Almaty,
/// Kazakhstan.").
const SCENE_PLACE_MAX_WORDS: usize = 3;

/// Clears the captions a news page prints between its paragraphs, each a paragraph of one
/// sentence that shows a scene at a time: "Marat Example, then the head of the department,
/// during his visit to the plant on April 9, 2026.", "Supporters of X protest his sentence
/// earlier this month.", "X's picket against the law on May 12 in Almaty.". The shape: a line
/// opening a paragraph with a capital (no list marker, not the text's first line), of
/// [`SCENE_CAPTION_WORDS`] words, one sentence ending in a full stop after a date or a time of
/// `caption_scene_times` (a place may follow it) or a position mark spelt out ("(left)"; then
/// the text's first line too), and no finite verb a word list can tell (no
/// "is", "has", modal or past form: a caption shows, in the present tense or with no verb) or
/// a scene verb (`caption_scene_verbs`). A line that asks or reports speech stays, and so does
/// a run of such lines, or one under a lead-in's colon: a list of what was ratified and when
/// ("The Convention on …, on 3 November 2015.").
pub(crate) fn drop_dated_scene_captions(
    lines: &mut [Line],
    rules: &ImportRules,
    asks: impl Fn(&str) -> bool,
) -> Vec<(usize, String)> {
    // Each filled line's index, whether it shows a scene, and whether it ends in a colon or a
    // semicolon (a lead-in or a list's entry above the next line).
    let mut filled: Vec<(usize, bool, bool)> = Vec::new();
    let mut opens_paragraph = true;
    for (k, line) in lines.iter().enumerate() {
        let t = line.text.trim();
        if t.is_empty() {
            opens_paragraph = true;
            continue;
        }
        // (The line's words are counted first, up to the most a caption has: most lines are
        // paragraphs, and are read no further.)
        let scene = opens_paragraph
            && t.ends_with('.')
            && SCENE_CAPTION_WORDS.contains(&line.text.words_upto(*SCENE_CAPTION_WORDS.end() + 1))
            && scene_caption(t, rules, filled.is_empty());
        opens_paragraph = t.ends_with(['.', '!', '?', '”', '"', ':']);
        filled.push((k, scene, t.ends_with([':', ';'])));
    }
    let mut gone = Vec::new();
    for at in 0..filled.len() {
        let (k, scene, _) = filled[at];
        let listed = |other: Option<&(usize, bool, bool)>| other.is_some_and(|o| o.1);
        let under_lead_in = at > 0 && filled[at - 1].2;
        if !scene
            || under_lead_in
            || (at > 0 && listed(filled.get(at - 1)))
            || listed(filled.get(at + 1))
        {
            continue;
        }
        let t = lines[k].text.trim();
        if reports_speech(t, rules) || asks(t) {
            continue;
        }
        let no = lines[k].no;
        let text = lines[k].text.take();
        gone.push((no, text));
    }
    gone
}

/// Whether a line has the shape of a dated scene's caption ([`drop_dated_scene_captions`]).
/// (The cheap tests first: most lines end in no full stop after a date or a time.)
fn scene_caption(t: &str, rules: &ImportRules, first: bool) -> bool {
    let Some(body) = t.strip_suffix('.') else {
        return false;
    };
    if !t.starts_with(|c: char| c.is_uppercase()) || is_bullet(t).is_some() {
        return false;
    }
    // A position mark spelt out ("X (left) and Y appear at a press conference in Almaty in
    // October.") points at people in a picture: such a line needs no date, and is a caption
    // even as the text's first line (no title places its people).
    let marked = || t.contains('(') && rules.text.places_people_spelled(&fold(t));
    if first && !marked() {
        return false;
    }
    // The time, with the place after it taken off ("… on May 12 in Almaty, Kazakhstan").
    // (A time of `caption_scene_times` is looked for only after a line's last word that ends
    // one, "month", "week", "year": its last words alone are folded.)
    let timed = |s: &str| {
        let last = s.rsplit(' ').next().unwrap_or(s);
        if !["month", "week", "year"]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w))
        {
            return false;
        }
        let tail_at = s
            .char_indices()
            .rev()
            .filter(|&(_, c)| c == ' ')
            .nth(SCENE_TIME_MAX_WORDS - 1)
            .map_or(0, |(k, _)| k);
        let tail = fold(&s[tail_at..]);
        rules.text.caption_scene_times.iter().any(|time| {
            tail.ends_with(time.as_str()) && tail[..tail.len() - time.len()].ends_with(' ')
        })
    };
    let untimed_place = body.rsplit_once(" in ").and_then(|(before, place)| {
        let mut words = place.split_whitespace();
        let all_names = words.clone().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.trim_end_matches(',').chars().all(char::is_alphabetic)
        });
        (all_names && words.nth(SCENE_PLACE_MAX_WORDS).is_none()).then_some(before)
    });
    let dated = |s: &str| crate::corpus::import::dates::ends_in_date(s);
    let at_date = dated(body) || untimed_place.is_some_and(dated);
    let timed = at_date || timed(body) || untimed_place.is_some_and(timed);
    let marked = first || marked();
    if !(marked || timed) || !one_sentence(body) {
        return false;
    }
    let folded = fold(body);
    if rules.text.has_scene_verb(&folded) {
        return true;
    }
    // A present verb with a past time ("… protest his sentence earlier this month") is a
    // caption's; at a date, only a line with no verb at all is ("The coalition submits this
    // report … in April 2027." tells what the text does).
    // (The marks' words are no verbs: "(left)" is no past of "leave".)
    let unmarked: String = if marked {
        let mut depth = 0usize;
        folded
            .chars()
            .filter(|&c| {
                depth = match c {
                    '(' => depth + 1,
                    ')' => depth.saturating_sub(1),
                    _ => depth,
                };
                depth == 0 && c != ')'
            })
            .collect()
    } else {
        folded
    };
    crate::corpus::rules::holds_no_finite_verb(&unmarked)
        && (marked || !at_date || !takes_an_object(&unmarked, rules))
}

/// Whether a folded line has a word that is no function word right before a determiner
/// ("submits *this* report", "protest *his* sentence"): a verb and its object, as a noun is
/// followed by a preposition ("head *of* the", "picket *against* the") and not a determiner.
fn takes_an_object(folded: &str, rules: &ImportRules) -> bool {
    let mut prev: Option<&str> = None;
    for raw in folded.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some(before) = prev {
            if super::DETERMINERS.contains(&word)
                && before.chars().all(char::is_alphabetic)
                && rules
                    .text
                    .stop_words
                    .binary_search_by(|w| w.as_str().cmp(before))
                    .is_err()
            {
                return true;
            }
        }
        // (A comma or a quotation mark after a word ends its phrase.)
        prev = (!raw.ends_with([',', ';', '"', '”', ')'])).then_some(word);
    }
    false
}

/// Whether a line is one sentence: every full stop followed by a space closes an initial or a
/// short abbreviation ("A. Name", "Dr.", "Oct. 6"), not a sentence.
fn one_sentence(body: &str) -> bool {
    body.match_indices(". ").all(|(at, _)| {
        let word = body[..at].rsplit(' ').next().unwrap_or("");
        word.chars().count() <= 3 && word.starts_with(|c: char| c.is_uppercase())
    })
}

/// "Refugees sleep in a camp on Friday. More than 500 fled.": a line ending a sentence with
/// another sentence's end inside it (a stop, a space and a capital).
fn two_sentences(t: &str) -> bool {
    t.ends_with('.')
        && t[..t.len() - 1]
            .match_indices(". ")
            .any(|(at, _)| t[at + 2..].starts_with(char::is_uppercase))
}

/// Most words of a picture's credit standing alone on its line ("Image: A. Name/Agency").
pub(crate) const CREDIT_LINE_MAX_WORDS: usize = 12;
/// Most words of the caption above a credit.
const CREDIT_CAPTION_MAX_WORDS: usize = 30;
/// Most words of a line read as a date line (a date with its place or time), never a caption.
const DATE_LINE_MAX_WORDS: usize = 10;

/// "image: a. name", "photo by a. name", "© agency" (folded): a picture's credit, opening with
/// a credit's label (`caption_label_words`) and a colon or "by", or with a copyright sign; or
/// an agency's credit alone on its line ("epa/a. name", "a. name, afp/file").
pub(crate) fn credit_line(folded: &str, rules: &ImportRules) -> bool {
    let line = folded.trim_start();
    line.starts_with('©')
        || rules.text.is_agency_credit(line)
        || rules.text.caption_label_words.iter().any(|label| {
            line.strip_prefix(label.as_str())
                .is_some_and(|rest| rest.starts_with(':') || rest.starts_with(" by "))
        })
}

/// "“Free them!” marchers in the capital's main square" / "|" / "Image: A. Name": the line
/// right above a picture's credit that stands alone is the picture's caption, and a line of
/// only marks between them (a layout's "|") is the picture's frame; both go with the credit.
/// Only below the top of the story (a date, a byline's date or a paragraph of the body is
/// above it: the headline is never the caption), and never a line that asks, a bullet, a
/// lead-in or a long one. With no caption above, a line right under the credit with a blank
/// line after it is the caption ("© Agency/A. Name" / "A group of children"), unless it opens
/// on a dateline's place in capitals. `credits` are the indices of the credit lines (already
/// cleared).
pub(crate) fn drop_credit_captions(
    lines: &mut [Line],
    credits: &[usize],
    asks: impl Fn(&str) -> bool,
) -> Vec<(usize, String)> {
    let mut gone = Vec::new();
    for &c in credits {
        let mut k = c;
        let mut frame = Vec::new();
        let caption = loop {
            let Some(prev) = k.checked_sub(1) else {
                break None;
            };
            k = prev;
            let t = lines[k].text.trim();
            if t.is_empty() {
                continue;
            }
            if !t.chars().any(char::is_alphanumeric) {
                frame.push(k);
                continue;
            }
            break Some(k);
        };
        let dated = |l: &Line, words: usize| {
            words > 0
                && words <= DATE_LINE_MAX_WORDS
                && crate::corpus::import::dates::find_date(l.text.trim()).is_some()
        };
        // (A line that could be a caption: a few words, no lead-in, no bullet, no date line,
        // asking nothing.)
        let caption_like = |l: &Line| {
            let t = l.text.trim();
            let words = l.text.words_upto(CREDIT_CAPTION_MAX_WORDS + 1);
            (2..=CREDIT_CAPTION_MAX_WORDS).contains(&words)
                && !t.ends_with(':')
                && is_bullet(t).is_none()
                && !dated(l, words)
                && !asks(t)
        };
        // ("Refugees sleep in a camp near the border on Friday. More than 500 fled …." right
        // under the headline: a line of two sentences is no headline, whatever is above it.)
        let above = caption.filter(|&k| {
            let story_above = lines[..k].iter().any(|l| {
                let words = l.text.words_upto(LEAD_MIN_WORDS);
                words >= LEAD_MIN_WORDS || dated(l, words)
            });
            (story_above || two_sentences(lines[k].text.trim())) && caption_like(&lines[k])
        });
        let k = match above {
            Some(k) => {
                for f in frame {
                    lines[f].text.clear();
                }
                // "Crowds in the square, which …..." / "Crowds in the square, which filled
                // …": the caption's alt text cut short right above it goes with it.
                if let Some(a) = k.checked_sub(1) {
                    if cut_copy_of(&lines[a].text, &lines[k].text) {
                        let no = lines[a].no;
                        gone.push((no, lines[a].text.take()));
                    }
                }
                k
            }
            // "© Agency/A. Name" / "Officials open a shelter for asylum seekers in Bishkek." /
            // "" / "ASTANA, … (Agency) The …": a caption printed right under its credit, a
            // paragraph of its own line, when none stands above it. (Not a dateline's
            // paragraph: a story's lead opens on its place in capitals.)
            None => {
                let below = c + 1;
                let alone = lines
                    .get(below + 1)
                    .is_none_or(|l| l.text.trim().is_empty());
                let Some(l) = lines.get(below).filter(|l| alone && caption_like(l)) else {
                    continue;
                };
                let first = l.text.split_whitespace().next().unwrap_or_default();
                let place = first.trim_end_matches([',', '.', ':']);
                if place.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !place.chars().any(char::is_lowercase)
                {
                    continue;
                }
                below
            }
        };
        let no = lines[k].no;
        gone.push((no, lines[k].text.take()));
    }
    gone
}

/// Whether `short` is `full`'s opening cut off with an ellipsis ("Crowds in the square
/// which..." over "Crowds in the square, which filled …"): its words, but for the last one (cut
/// anywhere), open `full`, punctuation aside; three words at least.
fn cut_copy_of(short: &str, full: &str) -> bool {
    let Some(cut) = short
        .trim_end()
        .strip_suffix("...")
        .or_else(|| short.trim_end().strip_suffix('…'))
    else {
        return false;
    };
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(crate::text::fold)
            .collect()
    };
    let (cut, full) = (words(cut), words(full));
    cut.len() >= 3
        && cut.len() < full.len()
        && cut[..cut.len() - 1] == full[..cut.len() - 1]
        && full[cut.len() - 1].starts_with(cut[cut.len() - 1].as_str())
}

/// Most words of a viewer's button label ("SHOW MORE").
const TOGGLE_MAX_WORDS: usize = 3;
/// Most bytes of a viewer's button label (a cheap test before its words are read).
const TOGGLE_MAX_BYTES: usize = 32;
/// Nonblank lines from the top within which a toggle ends a document host's frame.
const FRAME_REACH_LINES: usize = 12;
/// Most words of a line of the host's frame above the toggle ("|2016", a file's name).
const FRAME_HEAD_MAX_WORDS: usize = 8;
/// Most words of a sentence of the host's frame below the toggle (its tag line, its offer).
const FRAME_BOX_MAX_WORDS: usize = 20;
/// Most lines of the host's frame below the toggle.
const FRAME_BOX_MAX_LINES: usize = 4;

/// Whether two button labels are a viewer's toggle: a few words each, alike but for one word
/// on each side, the two a listed pair of opposites (`viewer_toggles`: "SHOW MORE" / "SHOW
/// LESS").
fn is_toggle(a: &str, b: &str, rules: &ImportRules) -> bool {
    let (a, b) = (a.trim(), b.trim());
    // (Most lines are long, or end a sentence: no button.)
    if a.len() > TOGGLE_MAX_BYTES
        || b.len() > TOGGLE_MAX_BYTES
        || a.is_empty()
        || b.is_empty()
        || a.split_whitespace().nth(TOGGLE_MAX_WORDS).is_some()
        || b.split_whitespace().nth(TOGGLE_MAX_WORDS).is_some()
        || a.ends_with(['.', '!', '?', ':'])
        || b.ends_with(['.', '!', '?', ':'])
    {
        return false;
    }
    let aw: Vec<String> = words_of(a).collect();
    let bw: Vec<String> = words_of(b).collect();
    let only_a: Vec<&String> = aw.iter().filter(|w| !bw.contains(w)).collect();
    let only_b: Vec<&String> = bw.iter().filter(|w| !aw.contains(w)).collect();
    if only_a.len() != 1 || only_b.len() != 1 || aw.len() != bw.len() {
        return false;
    }
    rules.text.viewer_toggles.iter().any(|pair| {
        pair.split_once('|').is_some_and(|(x, y)| {
            (only_a[0] == x && only_b[0] == y) || (only_a[0] == y && only_b[0] == x)
        })
    })
}

/// Whether one line holds a whole toggle ("SHOW MORE SHOW LESS"): its words cut in two halves
/// that are one.
fn glued_toggle(text: &str, rules: &ImportRules) -> bool {
    if text.len() > 2 * TOGGLE_MAX_BYTES + 1 {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len().is_multiple_of(2)
        && (2..=2 * TOGGLE_MAX_WORDS).contains(&words.len())
        && is_toggle(
            &words[..words.len() / 2].join(" "),
            &words[words.len() / 2..].join(" "),
            rules,
        )
}

/// Whether a line ends a sentence somewhere ("You want X? Do Y", "Tags were found...").
fn has_sentence_end(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '”', '’', ')']);
    t.ends_with(['.', '!', '?', '…']) || t.contains(". ") || t.contains("? ") || t.contains("! ")
}

/// Clears a viewer's toggles wherever they stand and, for a toggle near the top, the document
/// host's frame around it (see the module's doc). `is_date` tells a line that gives a date (it
/// stays). Returns the cleared lines' numbers and texts.
pub(crate) fn drop_viewer_frame(
    lines: &mut [Line],
    rules: &ImportRules,
    is_date: impl Fn(&str) -> bool,
) -> Vec<(usize, String)> {
    let mut dropped = Vec::new();
    if rules.text.viewer_toggles.is_empty() {
        return dropped;
    }
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&k| !lines[k].text.trim().is_empty())
        .collect();
    // (The toggles: a pair of adjacent lines, or one line holding both labels.)
    let mut toggles: Vec<(usize, usize)> = Vec::new();
    let mut n = 0;
    while n < filled.len() {
        let k = filled[n];
        if n + 1 < filled.len()
            && filled[n + 1] == k + 1
            && is_toggle(lines[k].text.trim(), lines[k + 1].text.trim(), rules)
        {
            toggles.push((n, n + 1));
            n += 2;
        } else {
            if glued_toggle(lines[k].text.trim(), rules) {
                toggles.push((n, n));
            }
            n += 1;
        }
    }
    let Some(&(first, last)) = toggles.first() else {
        return dropped;
    };
    let clear = |k: usize, lines: &mut [Line], dropped: &mut Vec<(usize, String)>| {
        let no = lines[k].no;
        dropped.push((no, lines[k].text.take()));
    };
    if first < FRAME_REACH_LINES {
        // Above: the host's short lines, if all of them are (a date stays).
        let head = &filled[..first];
        let host = head.iter().all(|&k| {
            let t = lines[k].text.trim();
            is_date(t)
                || (t.split_whitespace().nth(FRAME_HEAD_MAX_WORDS).is_none()
                    && !has_sentence_end(t))
        });
        if host {
            for &k in head {
                if !is_date(lines[k].text.trim()) {
                    clear(k, lines, &mut dropped);
                }
            }
        }
        // Below: the host's short sentences, up to the document's first line.
        for &k in filled[last + 1..].iter().take(FRAME_BOX_MAX_LINES) {
            let t = lines[k].text.trim();
            if t.split_whitespace().nth(FRAME_BOX_MAX_WORDS).is_some() || !has_sentence_end(t) {
                break;
            }
            clear(k, lines, &mut dropped);
        }
    }
    for (a, b) in toggles {
        for &k in &filled[a..=b] {
            clear(k, lines, &mut dropped);
        }
    }
    dropped
}

/// Fewest English function words of a line of the English body, above a foreign tail.
const ENGLISH_PROSE_MIN_STOP: usize = 3;
/// Fewest foreign function words of a line in another language.
const FOREIGN_MIN_WORDS: usize = 2;
/// Fewest lines of English prose above a foreign tail (the text is an English one).
const ENGLISH_BODY_MIN_LINES: usize = 3;
/// Most words of a foreign tail (a site's furniture, not a translation of the text).
const FOREIGN_TAIL_MAX_WORDS: usize = 250;
/// Most words of a label line right above a foreign tail ("Team X").
const FOREIGN_LABEL_MAX_WORDS: usize = 4;

/// Longest function word looked up (bytes; "through", "между" is none of them).
const FUNCTION_WORD_MAX_BYTES: usize = 8;

/// English and foreign function words of a line (`stop_words`, `foreign_function_words`).
/// With `english_enough`, the count stops as soon as the English words reach it and outnumber
/// the foreign ones (the line is English: most lines tell so within a few words).
fn language_counts(
    text: &str,
    rules: &ImportRules,
    english_enough: Option<usize>,
) -> (usize, usize) {
    let (mut english, mut foreign) = (0, 0);
    // (1: an English function word, 2: a foreign one, 0: neither.)
    let kind = |w: &str| -> u8 {
        let has = |list: &[String]| list.binary_search_by(|e| e.as_str().cmp(w)).is_ok();
        if has(&rules.text.stop_words) {
            1
        } else if has(&rules.text.foreign_function_words) {
            2
        } else {
            0
        }
    };
    // (A link's path is no language: "…/le-partenariat-avec-…". Function words are short: a
    // longer word is not looked up, and an ASCII one is lowered without a copy on the heap.)
    for token in text.split_whitespace().filter(|t| !t.contains(['/', '@'])) {
        for w in token.split(|c: char| !c.is_alphanumeric()) {
            if w.is_empty() || w.len() > FUNCTION_WORD_MAX_BYTES {
                continue;
            }
            let k = if w.is_ascii() {
                let mut buf = [0u8; FUNCTION_WORD_MAX_BYTES];
                buf[..w.len()].copy_from_slice(w.as_bytes());
                buf[..w.len()].make_ascii_lowercase();
                std::str::from_utf8(&buf[..w.len()]).map_or(0, kind)
            } else {
                kind(&fold(w))
            };
            match k {
                1 => english += 1,
                2 => foreign += 1,
                _ => {}
            }
            if english_enough.is_some_and(|n| english >= n && english > foreign) {
                return (english, foreign);
            }
        }
    }
    (english, foreign)
}

/// Whether the lines hold [`ENGLISH_BODY_MIN_LINES`] lines of English prose or more (each with
/// [`ENGLISH_PROSE_MIN_STOP`] English function words, more than its foreign ones): an English
/// text, whose host's lines in another language are read by [`drop_foreign_tail`] and
/// [`drop_foreign_lines`].
fn english_body(lines: &[Line], rules: &ImportRules) -> bool {
    lines
        .iter()
        .filter(|l| {
            let (english, foreign) =
                language_counts(l.text.trim(), rules, Some(ENGLISH_PROSE_MIN_STOP));
            english >= ENGLISH_PROSE_MIN_STOP && english > foreign
        })
        .take(ENGLISH_BODY_MIN_LINES)
        .count()
        >= ENGLISH_BODY_MIN_LINES
}

/// Clears a foreign tail: below an English text's last line of English prose, the lines from
/// the first one written in another language (two or more of `foreign_function_words`,
/// outnumbering the English ones: "Kommentieren Sie den Artikel", "Seit 2001 ist …") to the end,
/// with the short label lines right above it that hold no English function word ("Team X").
/// A host site prints its own furniture (a comment form, an author box, its other stories) in
/// its own language; the document it hosts is English. A long tail (more than
/// [`FOREIGN_TAIL_MAX_WORDS`] words: a translation of the text) stays. Returns the cleared
/// lines' numbers and texts.
pub(crate) fn drop_foreign_tail(lines: &mut [Line], rules: &ImportRules) -> Vec<(usize, String)> {
    let mut dropped = Vec::new();
    if rules.text.foreign_function_words.is_empty() {
        return dropped;
    }
    // (From the end up to the last line of English prose; most texts end in one.)
    let mut english_at = None;
    let mut first_foreign = None;
    let mut words = 0;
    for k in (0..lines.len()).rev() {
        let t = lines[k].text.trim();
        if t.is_empty() {
            continue;
        }
        let (english, foreign) = language_counts(t, rules, Some(ENGLISH_PROSE_MIN_STOP));
        if english >= ENGLISH_PROSE_MIN_STOP && english > foreign {
            english_at = Some(k);
            break;
        }
        words += t.split_whitespace().count();
        if words > FOREIGN_TAIL_MAX_WORDS {
            return dropped;
        }
        if foreign >= FOREIGN_MIN_WORDS && foreign > english {
            first_foreign = Some(k);
        }
    }
    let (Some(english_at), Some(mut start)) = (english_at, first_foreign) else {
        return dropped;
    };
    if !english_body(&lines[..=english_at], rules) {
        return dropped;
    }
    // (The labels right above it: short, no English function word, no sentence end.)
    for k in (english_at + 1..start).rev() {
        let t = lines[k].text.trim();
        if t.is_empty() {
            continue;
        }
        if t.split_whitespace().nth(FOREIGN_LABEL_MAX_WORDS).is_some()
            || t.ends_with(['.', '!', '?'])
            || language_counts(t, rules, Some(1)).0 > 0
        {
            break;
        }
        start = k;
    }
    for line in &mut lines[start..] {
        if !line.text.trim().is_empty() {
            let no = line.no;
            dropped.push((no, line.text.take()));
        }
    }
    dropped
}

/// Clears a host site's short question in its own language inside an English text ("Bagaimana
/// tanggapan anda mengenai artikel ini?", a reader poll between two paragraphs): at most
/// [`FOREIGN_LINE_MAX_WORDS`] words, two or more of `foreign_function_words` and no English
/// function word, in a text of [`ENGLISH_BODY_MIN_LINES`] lines of English prose or more. A
/// longer line in another language (a quotation, a law's name) stays. Returns the cleared
/// lines' numbers and texts.
pub(crate) fn drop_foreign_lines(lines: &mut [Line], rules: &ImportRules) -> Vec<(usize, String)> {
    let mut dropped = Vec::new();
    if rules.text.foreign_function_words.is_empty() {
        return dropped;
    }
    // (A question only, the host's prompt to its reader: a byte compared first, as most lines
    // end otherwise.)
    let foreign_line = |t: &str| {
        t.ends_with('?') && t.split_whitespace().nth(FOREIGN_LINE_MAX_WORDS).is_none() && {
            let (english, foreign) = language_counts(t, rules, Some(1));
            english == 0 && foreign >= FOREIGN_MIN_WORDS
        }
    };
    // (Most texts hold no such line: the English prose is counted only when one is found.)
    let found: Vec<usize> = (0..lines.len())
        .filter(|&k| foreign_line(lines[k].text.trim()))
        .collect();
    if found.is_empty() {
        return dropped;
    }
    if !english_body(lines, rules) {
        return dropped;
    }
    for k in found {
        let no = lines[k].no;
        dropped.push((no, lines[k].text.take()));
    }
    dropped
}

/// Most words of a host site's line in its own language inside an English text
/// ([`drop_foreign_lines`]).
const FOREIGN_LINE_MAX_WORDS: usize = 10;

/// Most words of an embedded clip's caption.
const CLIP_CAPTION_MAX_WORDS: usize = 30;

/// "Tw physical assault. Videos from the protest" / "♬ original sound – name": a clip
/// embedded from a video site, copied with the page, ends in its sound's credit, a line opening
/// with a music note. The credit goes, and so does the clip's caption right above it (blank
/// lines between or not): a paragraph of a few words with no sentence end, or with a hashtag or
/// the poster's "@name" (a paragraph of the story ends its sentence). Returns the dropped lines.
pub(crate) fn drop_clip_captions(lines: &mut [Line]) -> Vec<(usize, String)> {
    let mut gone = Vec::new();
    for k in 0..lines.len() {
        // (Only a line opening with a music note is read further: most open with none.)
        if !lines[k].text.trim_start().starts_with(['♬', '♪']) {
            continue;
        }
        gone.push((lines[k].no, lines[k].text.take()));
        // The caption: the paragraph above, up to the blank line before it.
        let Some(last) = (0..k).rev().find(|&j| !lines[j].text.trim().is_empty()) else {
            continue;
        };
        let first = (0..=last)
            .rev()
            .take_while(|&j| !lines[j].text.trim().is_empty())
            .last()
            .unwrap_or(last);
        let words: usize = (first..=last)
            .map(|j| lines[j].text.words_upto(CLIP_CAPTION_MAX_WORDS + 1))
            .sum();
        let tail = lines[last].text.trim();
        let tagged = (first..=last).any(|j| {
            lines[j]
                .text
                .split_whitespace()
                .any(|w| w.len() > 1 && w.starts_with(['#', '@']))
        });
        if words <= CLIP_CAPTION_MAX_WORDS
            && (tagged || !tail.ends_with(['.', '!', '?', '"', '”', ':', ';']))
        {
            for line in &mut lines[first..=last] {
                gone.push((line.no, line.text.take()));
            }
        }
    }
    gone.sort_unstable();
    gone
}

/// Lines from the top in which a post's byline and date set as a list are looked for.
const POST_META_REACH: usize = 40;
/// Most words of a line above the body (more: the body has begun).
const POST_META_TOP_MAX_WORDS: usize = 16;
/// Most words of a byline's name or of a date in a post's meta list ("Writer: Jane Roe").
const POST_META_ITEM_MAX_WORDS: usize = 6;

/// "• Writer: Jane Roe" / "Jane Roe" / "• Jan 23" / "• 13 min read": a blog post's byline and
/// date (and its reading time, a counter that goes anyway) set as a bulleted list under its
/// headline. A run of bullets near the top whose every entry is a byline (`author_prefix`: "By
/// …", "Author: …", "Writer: …", a name of a few words; an indented short line under it is its
/// picture's name repeated) or a date (a month and a day, the year or not), with one of each at
/// least, is the page's furniture, never a list of findings. Returns the dropped lines.
pub(crate) fn drop_post_meta_bullets(
    lines: &mut [Line],
    rules: &ImportRules,
) -> Vec<(usize, String)> {
    let reach = lines.len().min(POST_META_REACH);
    let byline = |t: &str| {
        rules.text.author_prefix.iter().any(|p| {
            super::strip_prefix_ignore_case(t, p).is_some_and(|name| {
                (1..=POST_META_ITEM_MAX_WORDS).contains(&name.split_whitespace().count())
            })
        })
    };
    let mut i = 0;
    while i < reach {
        let t = lines[i].text.trim();
        if lines[i].text.words_upto(POST_META_TOP_MAX_WORDS + 1) > POST_META_TOP_MAX_WORDS {
            break;
        }
        if is_bullet(t).is_none() {
            i += 1;
            continue;
        }
        // The run: bullets, blank lines, and an indented short line under a byline.
        let (mut bylines, mut dates, mut other) = (0, 0, 0);
        let mut members = Vec::new();
        let mut end = i;
        let mut after_byline = false;
        while end < lines.len() {
            let raw = &lines[end].text;
            let t = raw.trim();
            if t.is_empty() {
                end += 1;
                continue;
            }
            if let Some(entry) = is_bullet(t) {
                after_byline = byline(entry);
                if after_byline {
                    bylines += 1;
                } else if super::dates::month_day(entry) {
                    dates += 1;
                } else {
                    other += 1;
                }
            } else if after_byline
                && raw.starts_with([' ', '\t'])
                && raw.words_upto(POST_META_ITEM_MAX_WORDS + 1) <= POST_META_ITEM_MAX_WORDS
            {
                after_byline = false;
            } else {
                break;
            }
            members.push(end);
            end += 1;
        }
        if bylines >= 1 && dates >= 1 && other == 0 {
            return members
                .into_iter()
                .map(|k| (lines[k].no, lines[k].text.take()))
                .collect();
        }
        i = end.max(i + 1);
    }
    Vec::new()
}

/// Most words of a fragment (see [`is_fragment`]).
const FRAGMENT_MAX_WORDS: usize = 6;

/// "SHOW MORE SHOW LESS", "Teaser Text", "Signed 1:", "♬ original sound – X": a paragraph of
/// a few words with no function word (`stop_words`) and no sentence end is no prose: a
/// button's label, a code, a site's field or a signature's label, never a finding. (A heading
/// is read apart and stays; so do a fragment that asks, one over a list (the list's heading)
/// and a section's only line, which the caller tells, and a line naming a place, "MONGOLIA", which labels the text's subject.)
pub(crate) fn is_fragment(text: &str, rules: &ImportRules) -> bool {
    let text = text.trim();
    // (Most paragraphs are long or end a sentence: their words are not read.)
    if text.ends_with(['.', '!', '?', ';', '"', '”'])
        || text.split_whitespace().nth(FRAGMENT_MAX_WORDS).is_some()
    {
        return false;
    }
    let mut words = 0;
    for w in words_of(text) {
        words += 1;
        // (A place's name alone, "MONGOLIA", "TURKMENISTAN:", labels the text's subject.)
        if words > FRAGMENT_MAX_WORDS
            || rules.text.stop_words.binary_search(&w).is_ok()
            || rules.gazetteer.exact(&w).is_some()
        {
            return false;
        }
    }
    words > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEAD: &str =
        "A press freedom group has urged a court in Osh to free two detained editors \
                        of a local weekly and to drop the charges brought against them in May.";

    #[test]
    fn a_dated_scene_alone_goes_but_a_dated_list_and_a_finite_sentence_stay() {
        let rules = ImportRules::builtin();
        let caption = "Marat Example, then the head of the department, during his visit to the plant on April 9, 2026.";
        let mut l = Line::numbered(&[
            "Activists Condemn Verdict",
            "",
            caption,
            "",
            "The appeal hearing is set for June 2.",
            "",
            "The Committee welcomes the ratification of:",
            "",
            "The Convention on the Reduction of Statelessness, on 29 August 2012.",
            "",
            "The Optional Protocol to the Convention against Torture, on 5 May 2014.",
            "",
            "Workers of the plant, on their way home on June 3.",
            "",
            "The coalition submits this report on torture for the review in April 2027.",
        ]);
        let gone = drop_dated_scene_captions(&mut l, &rules, |_| false);
        let numbers: Vec<usize> = gone.iter().map(|(no, _)| *no).collect();
        // The lone scene at the top goes; the hearing has a finite verb; the two ratified
        // instruments are a list under a colon; the next line follows a scene in the list;
        // the coalition's verb takes an object at a date.
        assert_eq!(numbers, vec![3]);
        assert_eq!(gone[0].1, caption);
        assert!(!l[4].text.is_empty() && !l[8].text.is_empty() && !l[10].text.is_empty());
    }

    #[test]
    fn a_post_meta_list_goes_but_a_list_of_dated_events_stays() {
        let rules = ImportRules::builtin();
        let meta = [
            "Notes on the Report",
            "",
            "  • Writer: steppewatcher",
            "    steppewatcher",
            "  • Feb 11",
            "",
            "Body text of the post, long enough to be the body of a post under its headline, with many words.",
        ];
        let mut l = Line::numbered(&meta);
        let gone = drop_post_meta_bullets(&mut l, &rules);
        assert_eq!(
            gone.iter().map(|(no, _)| *no).collect::<Vec<_>>(),
            vec![3, 4, 5]
        );
        // Dates alone (no byline), or a byline beside an entry of another kind, are a list.
        let mut l = Line::numbered(&["Timeline", "", "• 3 May 2024", "• 9 June 2024"]);
        assert!(drop_post_meta_bullets(&mut l, &rules).is_empty());
        let mut l = Line::numbered(&[
            "Timeline",
            "",
            "• By Jane Roe",
            "• Feb 11",
            "• Arrests in Khorog",
        ]);
        assert!(drop_post_meta_bullets(&mut l, &rules).is_empty());
    }

    #[test]
    fn a_marked_scene_needs_no_date_and_may_open_the_text() {
        let rules = ImportRules::builtin();
        let mut l = Line::numbered(&[
            "Aigerim Example (left) and Dana Example attend a court hearing in Taraz in November.",
            "",
            "The hearing was adjourned in November.",
        ]);
        let gone = drop_dated_scene_captions(&mut l, &rules, |_| false);
        assert_eq!(gone.iter().map(|(no, _)| *no).collect::<Vec<_>>(), vec![1]);
        // Unmarked and undated, a first line is the title's, whatever its shape.
        let mut l = Line::numbered(&[
            "Supporters of the campaigner protest his sentence earlier this month.",
            "",
            "Body.",
        ]);
        assert!(drop_dated_scene_captions(&mut l, &rules, |_| false).is_empty());
    }

    #[test]
    fn a_dated_scene_that_asks_or_opens_no_paragraph_stays() {
        let rules = ImportRules::builtin();
        let mut l = Line::numbered(&[
            "Activists Condemn Verdict",
            "",
            "Lawyers for the campaigner, in a letter to the court on May 2,",
            "Supporters of the campaigner outside the court earlier this month.",
            "",
            "Release of the campaigner before his trial on June 9.",
        ]);
        let asks = |t: &str| t.starts_with("Release");
        assert!(drop_dated_scene_captions(&mut l, &rules, asks).is_empty());
    }

    #[test]
    fn a_caption_sharing_no_headline_word_goes_and_the_lead_stays() {
        let rules = ImportRules::builtin();
        let mut l = Line::numbered(&[
            "Group Urges Court In Osh To Free Detained Editors",
            "",
            "Reporters of the weekly wait outside the sealed office on a rainy morning.",
            "",
            LEAD,
        ]);
        let gone = drop_lead_slot_caption(&mut l, &rules, |_| false);
        assert_eq!(gone.map(|(no, _)| no), Some(3));
        assert!(l[2].text.is_empty());
        assert_eq!(l[4].text.as_str(), LEAD);
    }

    #[test]
    fn a_host_sites_comment_form_in_another_language_goes_below_an_english_text() {
        let rules = ImportRules::builtin();
        let body = "The envoy said that the closure of the channel was a blow to the media of the country.";
        let mut l = Line::numbered(&[
            body,
            body,
            body,
            "",
            "Leserforum",
            "Schreiben Sie uns Ihre Meinung zu dem Beitrag",
            "Bitte geben Sie hier Ihren Namen ein",
        ]);
        let gone = drop_foreign_tail(&mut l, &rules);
        assert_eq!(gone.len(), 3);
        assert_eq!(l[2].text.as_str(), body);
        // A German text's own lines stay: no English body above them.
        let mut l = Line::numbered(&[
            "Bitte geben Sie hier Ihren Namen ein",
            "Die Gruppe ist in der Stadt",
        ]);
        assert!(drop_foreign_tail(&mut l, &rules).is_empty());
    }

    #[test]
    fn a_short_lead_that_restates_the_headline_stays() {
        let rules = ImportRules::builtin();
        let mut l = Line::numbered(&[
            "Group Urges Court In Osh To Free Detained Editors",
            "A press group urges a court in Osh to free two detained editors.",
            LEAD,
        ]);
        assert!(drop_lead_slot_caption(&mut l, &rules, |_| false).is_none());
    }

    #[test]
    fn a_date_a_title_a_call_and_a_dateline_in_the_slot_stay() {
        let rules = ImportRules::builtin();
        for slot in [
            "March 3, 2027",
            "Concluding observations on the second periodic report",
            "Officials must stop harassing reporters of the weekly.",
            "OSH, Kyrgyzstan -- Reporters of the weekly waited outside all day.",
            "Families of the reporters say they were not told where the two men are.",
        ] {
            let mut l = Line::numbered(&[
                "Group Urges Court In Osh To Free Detained Editors",
                slot,
                LEAD,
            ]);
            let asks = |t: &str| t.contains(" must ");
            assert!(
                drop_lead_slot_caption(&mut l, &rules, asks).is_none(),
                "{slot}"
            );
        }
    }
}

#[cfg(test)]
mod fragment_tests {
    use super::*;

    #[test]
    fn a_few_words_with_no_function_word_and_no_sentence_end_are_a_fragment() {
        let rules = ImportRules::builtin();
        for t in [
            "Teaser Text",
            "Signed 1:",
            "♪ original audio – pamirwatch",
            "(2027/2754(RSP))",
        ] {
            assert!(is_fragment(t, &rules), "{t}");
        }
        for t in [
            "MONGOLIA",
            "TURKMENISTAN:",
            "Release of the detainees",
            "Free Azimjon Askarov.",
            "Torture remains widespread in pre-trial detention facilities",
            "Kyrgyzstan: Events of 2026",
        ] {
            assert!(!is_fragment(t, &rules), "{t}");
        }
    }
}

#[cfg(test)]
mod viewer_frame_tests {
    use super::*;

    #[test]
    fn a_toggle_near_the_top_takes_the_hosts_frame_but_not_the_date_or_the_document() {
        let rules = ImportRules::builtin();
        let mut ls = Line::numbered(&[
            "03.11.2026 Views",
            "",
            "|2026",
            "",
            "SHOW MORE",
            "SHOW LESS",
            "",
            "Want one too? Reach more readers",
            "",
            "HOSTNAME turns brochures into flipbooks that readers like.",
            "",
            "ANNUAL REVIEW 2026",
            "",
            "Short sentence of the document.",
        ]);
        let is_date = |t: &str| t.starts_with("03.11.2026");
        let gone: Vec<usize> = drop_viewer_frame(&mut ls, &rules, is_date)
            .into_iter()
            .map(|(no, _)| no)
            .collect();
        assert_eq!(gone, [3, 8, 10, 5, 6]);
        assert_eq!(ls[0].text.trim(), "03.11.2026 Views");
        assert_eq!(ls[11].text.trim(), "ANNUAL REVIEW 2026");
        assert_eq!(ls[13].text.trim(), "Short sentence of the document.");
    }

    #[test]
    fn labels_alike_but_not_opposites_are_no_toggle() {
        let rules = ImportRules::builtin();
        assert!(is_toggle("Show more", "Show less", &rules));
        assert!(is_toggle("Expand all", "Collapse all", &rules));
        assert!(glued_toggle("SHOW MORE SHOW LESS", &rules));
        assert!(!is_toggle(
            "Read more",
            "Read less about the trial.",
            &rules
        ));
        assert!(!is_toggle("Kyrgyzstan", "Tajikistan", &rules));
        assert!(!is_toggle("Show more", "Share more", &rules));
        let mut ls = Line::numbered(&["Kyrgyzstan: Events of 2026", "Read more", "Read again"]);
        assert!(drop_viewer_frame(&mut ls, &rules, |_| false).is_empty());
    }
}
