//! Dates inside a line, in the forms reports use: "May 9, 2018", "18 April 2023",
//! "April 18th, 2023", "Apr. 24, 2013", "the 9th of May 2018", ISO "2023-04-18", after a label
//! ("Published: …") or a place ("Geneva, May 9, 2018"). Whole-line forms are in
//! [`super::parse_date`].

use super::parse_date;
use crate::corpus::ImportRules;
use crate::text::fold;

/// Most words of a date opening a paragraph before its comma ("17 September 2021,").
const OPENING_DATE_MAX_WORDS: usize = 3;
/// Longest date in brackets closing a paragraph as its stamp ("(12-OCT-2005)").
const CLOSING_STAMP_MAX_BYTES: usize = 20;

/// The date of a statement told in its first paragraph: the first date of the first sentence
/// that has a word from `date_context_words` ("… statement … was held on the 9th of May 2018").
pub fn statement_date(paragraph: &str, rules: &ImportRules) -> Option<String> {
    // "Whereas, on December 16, 2003, the people of …": a recital's date is a fact the
    // resolution rests on, not the resolution's day.
    if recital(paragraph, rules) {
        return None;
    }
    // "17 September 2021, marks a year since …": a whole date opening the paragraph before its
    // comma is the statement's own (an event's date comes after "On").
    let opening_date = paragraph
        .trim_start()
        .split_once(',')
        .filter(|(head, _)| {
            head.starts_with(|c: char| c.is_ascii_digit())
                && head.split_whitespace().count() <= OPENING_DATE_MAX_WORDS
        })
        .and_then(|(head, _)| parse_date(head))
        .filter(|date| date.len() == "YYYY-MM-DD".len());
    if opening_date.is_some() {
        return opening_date;
    }
    // "… in Uzbekistan. (12-OCT-2005)": a whole date in brackets closing the paragraph is the
    // text's stamp (a date inside a sentence ends in its full stop, not in a bracket).
    let closing_stamp = paragraph
        .trim_end()
        .strip_suffix(')')
        .and_then(|head| head.rsplit_once('('))
        .filter(|(_, inner)| inner.len() <= CLOSING_STAMP_MAX_BYTES)
        .and_then(|(_, inner)| parse_date(inner))
        .filter(|date| date.len() == "YYYY-MM-DD".len());
    if closing_stamp.is_some() {
        return closing_stamp;
    }
    if let Some(date) = as_of_date(paragraph) {
        return Some(date);
    }
    super::cues::sentences(paragraph)
        .into_iter()
        .find_map(|(a, b)| {
            let sentence = &paragraph[a..b];
            // ("… submitted the following concurrent resolution; …: Whereas, on December 16,
            // 2003, …": the recitals after the colon are the resolution's, not its day.)
            let sentence = sentence
                .match_indices(": ")
                .find(|&(at, _)| recital(&sentence[at + 2..], rules))
                .map_or(sentence, |(at, _)| &sentence[..at]);
            let folded = fold(sentence);
            let has_context = folded
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| rules.text.date_context_words.iter().any(|c| c == w));
            // "Today, March 14, 2024, the deputies adopted …": the day the text calls today is
            // the day it was written.
            let today = today_opening(sentence);
            // "Adopted at its seventy-fourth session (21 October–8 November 2019)": a session's
            // range of days does not date a statement.
            // "On 10 to 11 November 2021, the EU and X held …": a range of days that opens
            // the sentence is the event's, which the statement reports on its last day.
            // ("On the occasion of …" opens with no date.)
            // ("On Monday 16 October 2017 the Council adopted …": a weekday before the day.)
            let opens = sentence
                .trim_start()
                .strip_prefix("On ")
                .and_then(|rest| {
                    let mut words = rest.split_whitespace();
                    let first = words.next()?;
                    if is_weekday_ignoring_ascii_case(first.trim_end_matches(',')) {
                        words.next()
                    } else {
                        Some(first)
                    }
                })
                .is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit()) || super::month_number(w).is_some()
                })
                || sentence
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
                || today;
            // "… a journalist held since 27 September 2017 …": when a thing began, not when the
            // statement was made.
            // "… at its meetings held on 7 and 8 November 2006, and adopted, at its 744th
            // meeting, held on 20 November 2006, …": a range inside the sentence is passed
            // over for a single day after it.
            // "On 5 October 2018, the two groups wrote to the President …": a date opening the
            // first paragraph of a text that reports its authors' own letter
            // (`letter_sending_verbs`) is the letter's day.
            let sends_letter = || {
                opens
                    && rules
                        .text
                        .letter_sending_verbs
                        .iter()
                        .any(|v| super::has_whole_phrase(&folded, v))
            };
            if !(has_context || today || sends_letter()) {
                return None;
            }
            // "On January 17, 2024, a vote will take place on the draft resolution …": a date
            // opening a sentence in the future tells the day of an event ahead, not the
            // statement's own.
            if opens
                && !today
                && folded
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == "will")
            {
                return None;
            }
            // "The Committee considered the report … at its meetings, held on 24 October
            // 2019": the dialogue's day, not the document's (its adoption, when the sentence
            // tells it, comes after "adopted").
            if folded.contains("considered") && folded.contains("meeting") {
                // (ASCII lower case keeps the sentence's byte offsets.)
                let adopted = sentence.to_ascii_lowercase().find("adopted")?;
                return dates_not_after(&sentence[adopted..], &["since"], 1)
                    .into_iter()
                    .find(|(_, range)| !range)
                    .map(|(date, _)| date);
            }
            let mut dates = dates_not_after(sentence, &["since"], STATEMENT_DATES_READ);
            // "The 15 December 2013 elections … took place …, says the report released on
            // 3 March 2014": the date after the context word is the statement's; an earlier
            // one is the event it reports (unless it opens the sentence, see `opens`).
            // The date must follow a context word closely ("released on 3 March 2014", "held
            // on the 9th of May 2018"): in "The government released nine prisoners who had
            // been convicted … on 22 June 2012" the word tells an act, and its date is the
            // event's; with no date near a context word the sentence dates nothing.
            // A document's noun (`date_context_nouns`: "… Vienna, 26 July 2012 … align
            // themselves with this statement") dates the sentence wherever its date stands.
            if !opens {
                let near = context_word_starts(sentence, rules)
                    .into_iter()
                    .map(|at| {
                        let window = words_from(&sentence[at..], CONTEXT_DATE_MAX_WORDS);
                        dates_not_after(window, &["since"], STATEMENT_DATES_READ)
                    })
                    .find(|after| !after.is_empty());
                // ("… in her press statement of 24 July 2012", "our statement of 8 March":
                // another document, referred to, dates nothing.)
                let words: Vec<&str> = folded
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                let noun = words.iter().enumerate().any(|(k, w)| {
                    rules.text.date_context_nouns.iter().any(|n| n == w)
                        && !referred_to(&words[k.saturating_sub(REFERENCE_REACH)..k])
                });
                match near {
                    Some(after) => dates = after,
                    None if noun => {}
                    None => dates.clear(),
                }
            }
            match dates.first() {
                Some((date, range)) if !range || opens => Some(date.clone()),
                Some(_) => dates
                    .iter()
                    .skip(1)
                    .find(|(_, range)| !range)
                    .map(|(date, _)| date.clone()),
                None => None,
            }
        })
}

/// "Today, March 14, 2024, the deputies adopted …", "Today 5 May 2027 we learnt …": a sentence
/// opening with "Today" and a date names the day the text was written.
fn today_opening(sentence: &str) -> bool {
    sentence
        .trim_start()
        .strip_prefix("Today")
        .and_then(|rest| rest.strip_prefix([',', ' ']))
        .map(str::trim_start)
        .is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit())
                || rest
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| super::month_number(w.trim_end_matches(',')).is_some())
        })
}

/// The day a paragraph's sentence opening with "Today" and a date names ([`today_opening`]):
/// the text's own, in whichever of its first paragraphs it stands.
pub fn today_date(paragraph: &str) -> Option<String> {
    // (Most paragraphs hold no "Today": not split into sentences.)
    if !paragraph.contains("Today") {
        return None;
    }
    super::cues::sentences(paragraph)
        .into_iter()
        .map(|(a, b)| &paragraph[a..b])
        .find(|s| today_opening(s))
        .and_then(find_date)
}

/// Whether a paragraph opens as a resolution's recital (`recital_openings`: "Whereas, …",
/// "Recalling its resolution …"), its opening compared folded.
fn recital(paragraph: &str, rules: &ImportRules) -> bool {
    let paragraph = paragraph.trim_start();
    // (The openings are ASCII: compared in place, without a folded copy.)
    rules.text.recital_openings.iter().any(|o| {
        paragraph
            .get(..o.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(o))
            && paragraph[o.len()..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_alphanumeric())
    })
}

/// Most words of the subject between an opening "On <date>," and its present perfect.
const AS_OF_SUBJECT_MAX_WORDS: usize = 4;

/// "On 16 July 2014, the researcher has been detained for a month", "On 26 June 2014, a
/// coalition of groups is urging …": a day named before a present perfect or a present
/// progressive is the day the text speaks from (an event's day takes the past tense:
/// "On 3 May, he was detained"), so it dates the text.
fn as_of_date(paragraph: &str) -> Option<String> {
    let rest = paragraph.trim_start().strip_prefix("On ")?;
    let (head, tail) = rest.split_once(", ")?;
    let date = parse_date(head).filter(|d| d.len() == "YYYY-MM-DD".len())?;
    let words: Vec<&str> = tail
        .split_whitespace()
        .take(AS_OF_PROGRESSIVE_MAX_WORDS + 2)
        .collect();
    let perfect = words
        .iter()
        .take(AS_OF_SUBJECT_MAX_WORDS + 2)
        .collect::<Vec<_>>()
        .windows(2)
        .position(|pair| matches!(*pair[0], "has" | "have") && *pair[1] == "been")
        .is_some_and(|at| (1..=AS_OF_SUBJECT_MAX_WORDS).contains(&at));
    // "On 26 June 2014, the International Day in Support of Victims of Torture, a coalition of
    // groups is urging …": the present progressive of the sentence's own verb, its subject
    // (perhaps after an apposition naming the day) holding no verb of its own (no past in
    // "-ed", no relative clause, no sentence end).
    let progressive = || {
        let at = words.windows(2).position(|pair| {
            matches!(pair[0], "is" | "are")
                && pair[1].len() > 4
                && pair[1].trim_end_matches([',', '.']).ends_with("ing")
        })?;
        (1..=AS_OF_PROGRESSIVE_MAX_WORDS)
            .contains(&at)
            .then_some(())?;
        words[..at]
            .iter()
            .all(|w| {
                let bare = w.trim_end_matches([',', ';']);
                !bare.ends_with(['.', '!', '?', ':'])
                    && !bare.ends_with("ed")
                    && !matches!(
                        bare,
                        "who" | "which" | "that" | "was" | "were" | "had" | "has" | "have"
                    )
            })
            .then_some(())
    };
    (perfect || progressive().is_some()).then_some(date)
}

/// Most words of the subject between an opening "On <date>," and its present progressive (an
/// apposition naming the day may stand before it).
const AS_OF_PROGRESSIVE_MAX_WORDS: usize = 20;

/// The page's own date when no header, field, letterhead or first-paragraph rule found one:
/// every line's first date is a candidate, weighed by where it stands and what is around it,
/// and the best one above [`PAGE_DATE_MIN_SCORE`] wins. A page prints its date in a short line
/// near the top or the end ("Sep 21 2012", "Reuters February 11, 2007"), after a label
/// (`page_date_words`: "Posted 2012/9/20"), beside a time ("April 3, 2024 / 11:03 AM"), in a
/// dateline ("Baku / 15.06.17 / Turan: …") or after a document symbol ("CEDAW/C/KGZ/CO/4
/// (10 March 2015)"); an event's date sits in a long sentence after "on", "since" or "from".
pub fn page_date(text: &str, rules: &ImportRules) -> Option<String> {
    best_page_date(text, rules, PAGE_DATE_MIN_SCORE, |_| true)
}

/// The best-placed full date of `month` ("2008-08") on the page, as [`page_date`] weighs them:
/// the day of a text dated by its month alone ("… Religious freedom survey, August 2008" over
/// a line "Tuesday 5 August 2008").
pub fn page_day_of(month: &str, text: &str, rules: &ImportRules) -> Option<String> {
    best_page_date(text, rules, PAGE_DAY_MIN_SCORE, |date| {
        date.len() > month.len() && date.starts_with(month)
    })
}

/// The first full date in the text inside the last month of a range that ends on `end` and
/// before its last day: the statement's own day under a title naming its session's days ("UK
/// Statement …, Geneva, 2 - 13 May 2016" over "… delivers its statement …, 6 May 2016").
pub fn day_before_range_end(end: &str, text: &str) -> Option<String> {
    let month = end.get(..7)?; // "2016-05"
    text.lines()
        .filter(|line| has_year(line))
        .filter_map(find_date_or_range)
        .find(|(date, range)| {
            !range && date.len() == end.len() && date.starts_with(month) && date.as_str() < end
        })
        .map(|(date, _)| date)
}

fn best_page_date(
    text: &str,
    rules: &ImportRules,
    min_score: i32,
    accept: impl Fn(&str) -> bool,
) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let n = lines.len();
    let mut best: Option<(i32, String)> = None;
    for (i, line) in lines.iter().enumerate() {
        // Only lines holding a year (four digits from 19xx or 20xx) or a two-digit year's
        // numeric date are read.
        if !has_year(line) {
            continue;
        }
        // ("— Example Office (@example_office) November 29, 2021": the day a post copied into
        // the page was posted, not the page's.)
        if line.contains("(@") && crate::corpus::rules::is_post_signature(&fold(line)) {
            continue;
        }
        // ("Houses on fire in the south - 13 June 2010" / "Image caption …": a broadcaster's
        // picture, its alt text over its labelled caption, dated when it was taken.)
        let labelled = |l: &str| {
            l.starts_with(['I', 'i', 'M', 'm']) && rules.text.caption_line_label(&fold(l))
        };
        if labelled(line) || lines.get(i + 1).is_some_and(|l| labelled(l)) {
            continue;
        }
        let previous = i.checked_sub(1).map(|k| lines[k]);
        let Some((score, date)) = page_date_candidate(line, previous, rules) else {
            continue;
        };
        if !accept(&date) {
            continue;
        }
        let mut score = score;
        score += match i {
            0..=2 => 3,
            3..=7 => 1,
            // A date alone in the lower half of a long page is a related story's. (The half
            // is the text's, not its lines': "29 July 2022" under a statement's list of its
            // signatories, one to a line, stands above a body of long paragraphs.)
            _ if n >= PAGE_DATE_LONG_PAGE_LINES
                && (line.as_ptr() as usize - text.as_ptr() as usize) * 2 >= text.len() =>
            {
                -2
            }
            _ => 0,
        };
        // "15.9 C" / "London" / "Monday, September 9, 2024": a site's weather and today's
        // date, not the page's.
        if after_weather(&lines[..i]) {
            score -= 6;
        }
        if score >= min_score && best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, date));
        }
    }
    best.map(|(_, date)| date)
}

/// Least score of a page-date candidate ([`page_date`]).
const PAGE_DATE_MIN_SCORE: i32 = 5;
/// Least score of a day in the month a text names ([`page_day_of`]): the month agreeing is
/// evidence of its own, so a short date line low on a long page is enough.
const PAGE_DAY_MIN_SCORE: i32 = 3;
/// Lines of a page from which a date in its lower half is a related story's.
const PAGE_DATE_LONG_PAGE_LINES: usize = 10;
/// Lines above a date in which a weather widget makes it today's date.
const PAGE_DATE_WIDGET_LINES: usize = 2;

/// Whether a date line right under `above` (the lines before it) is a weather widget's today:
/// a temperature alone on one of the last [`PAGE_DATE_WIDGET_LINES`] lines ("15.9 C" /
/// "London" / "Monday, September 9, 2024").
fn after_weather(above: &[&str]) -> bool {
    above[above.len().saturating_sub(PAGE_DATE_WIDGET_LINES)..]
        .iter()
        .any(|l| temperature(l))
}

/// Non-empty lines from the top of a page within which a weather widget is looked for.
const WIDGET_REACH_LINES: usize = 6;

/// The date a weather widget at the top of a page prints under its temperature ("33.2 C" /
/// "Islamabad" / "Thursday, June 19, 2025"): the site's today, never the text's date.
pub fn widget_today(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(WIDGET_REACH_LINES)
        .collect();
    (1..lines.len()).find_map(|i| {
        (has_year(lines[i]) && after_weather(&lines[..i]))
            .then(|| find_date(lines[i]))
            .flatten()
    })
}

/// "15.9 C", "21°C", "-3 °F": a weather widget's temperature, alone on its line.
fn temperature(line: &str) -> bool {
    let t = line
        .trim_end_matches(['C', 'F'])
        .trim_end()
        .trim_end_matches('°')
        .trim_end();
    t.len() < line.len()
        && !t.is_empty()
        && t.len() <= 6
        && t.trim_start_matches(['-', '+', '−'])
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}
/// Words of a line read for a page-date candidate.
const PAGE_DATE_LINE_WORDS: usize = 40;

/// A year in `line`: four digits starting "19" or "20", or a numeric date with a two-digit
/// year ("15.06.17").
fn has_year(line: &str) -> bool {
    // Read from each '1', '2' and '.' only (memchr), not byte by byte: every line of a text is
    // asked.
    let b = line.as_bytes();
    let year_at = |i: usize| {
        b.get(i..i + 4).is_some_and(|w| {
            (w[0] == b'1' && w[1] == b'9' || w[0] == b'2' && w[1] == b'0')
                && w[2].is_ascii_digit()
                && w[3].is_ascii_digit()
        })
    };
    let two_digits_at = |i: usize| {
        b.get(i + 1..i + 3)
            .is_some_and(|w| w[0].is_ascii_digit() && w[1].is_ascii_digit())
    };
    memchr::memchr2_iter(b'1', b'2', b).any(year_at)
        || memchr::memchr_iter(b'.', b).any(two_digits_at)
}

/// Weekday names a page prints before its date ("Friday", "Miércoles, 06 de julio, 2022").
const WEEKDAYS: [&str; 22] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
];

/// Whether a folded, lower-case word is a weekday's name ("friday", "viernes", "freitag").
pub(super) fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word)
}

/// [`is_weekday`] of a word in any case, compared without a lower-case copy ("Friday"; the
/// names are lower case: one outside ASCII matches only itself).
pub(super) fn is_weekday_ignoring_ascii_case(word: &str) -> bool {
    WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// Most words before a page-date label that still weighs for its date in a long line.
const PAGE_DATE_LABEL_MAX_AT: usize = 3;
/// Most words of a line in which a page-date label weighs for its date wherever it stands.
const PAGE_DATE_LABEL_LINE_WORDS: usize = 16;

/// A line's first date and the score of its surroundings (without the line's position in the
/// text, which [`page_date`] adds).
fn page_date_candidate(
    line: &str,
    previous: Option<&str>,
    rules: &ImportRules,
) -> Option<(i32, String)> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '|' | '[' | ']'))
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '•' | '*')))
        .filter(|w| !w.is_empty() && !matches!(*w, "of" | "the" | "de" | "/"))
        .take(PAGE_DATE_LINE_WORDS + 1)
        .collect();
    let count = words.len();
    let (at, end, date, range) = first_page_date(&words).or_else(|| {
        // "May 21" above "09:32 2018": a date widget broken over two lines.
        let (m, d) = previous?.split_once(' ')?;
        // (A day of more than one word is none: the previous line is no widget's, and is not
        // read for a month.)
        let d = d.trim();
        if d.contains(char::is_whitespace) {
            return None;
        }
        let y = words
            .iter()
            .find(|w| w.len() == 4 && super::year_number(w).is_some())?;
        let date = super::three_word_date(m, d, y)?;
        Some((0, 0, date, false))
    })?;
    let before = at.checked_sub(1).map(|k| fold(words[k]));
    let before = before.as_deref();
    // "This Article is From Jun 09, 2015": a page telling the day its story is from, a label.
    let is_from = before == Some("from")
        && at >= 2
        && fold(words[at - 2]) == "is"
        && count <= PAGE_DATE_LABEL_LINE_WORDS;
    // "since 3 May 2020", "from 2 to 13 May": when something began or a span, never the
    // page's date.
    if !is_from
        && matches!(
            before,
            Some("since" | "from" | "until" | "till" | "between" | "before" | "after" | "by")
        )
    {
        return None;
    }
    if last_change(line) {
        return None;
    }
    // "and 15 May 2003.": the wrapped end of a sentence, not a line of its own.
    // ("of All Forms of Discrimination 29 November 2021", a letterhead's column, ends in none.)
    let wrapped = line.starts_with(char::is_lowercase) && line.ends_with(['.', ',', ';']);
    let mut score = if wrapped { -3 } else { 0 };
    score += match count {
        0..=8 => 3,
        9..=16 => 1,
        17..=30 => 0,
        _ => -2,
    };
    let opens = words[..at]
        .iter()
        .all(|w| WEEKDAYS.contains(&fold(w).as_str()));
    if opens {
        score += 2;
    }
    if end + 1 >= count && count > 1 {
        score += 1;
    }
    // ("Posted 2012/9/20", "Reuters March 28, 2027": a label opening a short line or a field;
    // "The letter dated 14 April 2027 was made public …" in a long sentence tells another
    // document's date.)
    if (is_from || before.is_some_and(|w| rules.text.page_date_words.iter().any(|p| p == w)))
        && (at <= PAGE_DATE_LABEL_MAX_AT || count <= PAGE_DATE_LABEL_LINE_WORDS)
    {
        score += 4;
    }
    if before.is_some_and(|w| w == "on") {
        score -= 3;
    }
    // "CEDAW/C/KGZ/CO/4 (10 March 2015)": a document symbol's date.
    if at.checked_sub(1).is_some_and(|k| {
        rules
            .text
            .doc_symbol_prefixes
            .iter()
            .any(|p| p.contains('/') && p.len() > 2 && words[k].starts_with(p.as_str()))
    }) {
        score += 4;
    }
    // "Baku / 15.06.17 / Turan: …": a dateline's date among its first words, after a place.
    if (1..=2).contains(&at)
        && words[0].starts_with(|c: char| c.is_uppercase())
        && !opens
        && line.contains(['/', '–', '—'])
    {
        score += 4;
    }
    // "April 3, 2024 / 11:03 AM": a time beside the date.
    if words.iter().any(|w| clock_time(w)) {
        score += 3;
    }
    if range {
        score -= 4;
    }
    Some((score, date))
}

/// "Last Updated: 07/27/2016", "last modified 3 May 2021": a line telling when the page last
/// changed, never the text's own date.
pub(crate) fn last_change(line: &str) -> bool {
    // (Read at each 'l' or 'L' followed by "ast ": most lines hold none.)
    let b = line.as_bytes();
    memchr::memchr2_iter(b'l', b'L', b).any(|at| {
        b.get(at + 1..at + 5) == Some(b"ast ")
            && ["updated", "modified", "edited", "changed"]
                .iter()
                .any(|v| {
                    b.get(at + 5..at + 5 + v.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(v.as_bytes()))
                })
    })
}

/// "11:03", "09:32": a time of day.
fn clock_time(w: &str) -> bool {
    w.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// The first date among `words`: its first and last word's index, the date, and whether it
/// ends a range of days. Besides the forms of [`dates_not_after`], a blog's glued scraps
/// ("May132011", "Sep 212012"), a day glued to the word before it ("session20 September 2018")
/// and a day-first date with a two-digit year ("15.06.17").
fn first_page_date(words: &[&str]) -> Option<(usize, usize, String, bool)> {
    let day = |w: &str| !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
    // Every form below needs a digit in one of its words (a year, a day, a numeric date), which
    // are the word and at most the two after it ("22 July 2021"): a word with no digit in
    // those three is not parsed. (The next word holding a digit, each word looked at once.)
    let digit_at = |from: usize| {
        words[from..]
            .iter()
            .position(|w| w.bytes().any(|b| b.is_ascii_digit()))
            .map(|k| from + k)
    };
    let mut next_digit = digit_at(0);
    for (i, w) in words.iter().enumerate() {
        if next_digit.is_some_and(|k| k < i) {
            next_digit = digit_at(i);
        }
        match next_digit {
            None => return None,
            Some(k) if k > i + 2 => continue,
            Some(_) => {}
        }
        let w = w.trim_end_matches('.');
        if let Some(d) = whole_word_date(w).or_else(|| {
            // "2012/9/20", "24.06.2010".
            (w.len() >= 8 && w.len() <= 10)
                .then(|| parse_date(w))
                .flatten()
        }) {
            return Some((i, i, d, false));
        }
        if let Some(d) = two_digit_year_date(w).or_else(|| glued_scrap(w, words.get(i + 1))) {
            let end = if glued_scrap(w, None).is_some() {
                i
            } else {
                i + 1
            };
            let end = if two_digit_year_date(w).is_some() {
                i
            } else {
                end
            };
            return Some((i, end, d, false));
        }
        if let (Some(b), Some(c)) = (words.get(i + 1), words.get(i + 2)) {
            if let Some(d) = super::three_word_date(w, b, c.trim_end_matches('.')) {
                let range = i >= 2
                    && matches!(words[i - 1], "to" | "and" | "-" | "–" | "—")
                    && (day(words[i - 2]) || super::month_number(words[i - 2]).is_some())
                    || w.contains(['-', '–']) && w.split(['-', '–']).all(day);
                return Some((i, i + 2, d, range));
            }
            // "39th session20 September 2018": a day glued to the word before it, on a page
            // copied without some of its spaces.
            let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
            let glued_day = &w[letters.len()..];
            if (1..=2).contains(&glued_day.len())
                && letters.len() >= GLUED_DAY_MIN_LETTERS
                && letters.bytes().all(|b| b.is_ascii_lowercase())
            {
                if let Some(d) = super::three_word_date(glued_day, b, c.trim_end_matches('.')) {
                    return Some((i, i + 2, d, false));
                }
            }
        }
    }
    None
}

/// Fewest letters of the word a day is glued to ("session20 September 2018").
const GLUED_DAY_MIN_LETTERS: usize = 3;

/// "15.06.17": a day, a month and a two-digit year (this century) with dots. "26.6.17": a
/// month of one digit after a day no month can be (13 or more; "2.1.10" numbers a section).
fn two_digit_year_date(w: &str) -> Option<String> {
    let [d, m, y] = {
        let mut parts = w.split('.');
        [parts.next()?, parts.next()?, parts.next()?]
    };
    if w.split('.').count() != 3 || d.len() != 2 || !(1..=2).contains(&m.len()) || y.len() != 2 {
        return None;
    }
    let month_digits = m.len();
    let (d, m, y): (u32, u32, u32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    ((1..=31).contains(&d) && (1..=12).contains(&m) && (month_digits == 2 || d >= 13))
        .then(|| format!("20{y:02}-{m:02}-{d:02}"))
}

/// "May132011" (a month, its day and year glued), or "Sep" followed by "212012" (the day and
/// year glued): a blog's date scrap.
fn glued_scrap(w: &str, next: Option<&&str>) -> Option<String> {
    let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = &w[letters.len()..];
    let (month, digits) = if digits.is_empty() {
        (letters, *next?)
    } else {
        (letters, digits)
    };
    if month.len() < 3
        || !(5..=6).contains(&digits.len())
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let m = super::month_number(month)?;
    let (d, y) = digits.split_at(digits.len() - 4);
    let d: u32 = d.parse().ok().filter(|d| (1..=31).contains(d))?;
    let y = super::year_number(y)?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Dates read from a first-paragraph sentence: a range and the single day after it.
const STATEMENT_DATES_READ: usize = 4;

/// Most words from a context word to the end of its date ("released on 3 March 2014" is five,
/// "resolution of 12 March 2019 on" four; "statement delivered by the Ambassador of Norway at
/// the 40th session on 9 May 2018" finds its date from "delivered").
const CONTEXT_DATE_MAX_WORDS: usize = 12;

/// `text` up to the end of its first `most` words (a capitalised word after the first, a name's
/// or a month's, not counted).
fn words_from(text: &str, most: usize) -> &str {
    let mut seen = 0;
    let mut in_word = false;
    // ("… was published by the U.S Department of State, Bureau of European and Eurasian
    // Affairs on Dec. 31, 2021": the words of a name, capitalised after the first word, are
    // not counted: the agent's name between the word and its date is one thing.)
    let mut capital = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word && !capital {
                seen += 1;
                if seen == most {
                    return &text[..i];
                }
            }
            in_word = false;
        } else {
            if !in_word {
                capital = i > 0 && c.is_uppercase();
            }
            in_word = true;
        }
    }
    text
}

/// The date a title or a header line gives its own document: its first `date_context_nouns`
/// entry (within its first `most_before` words and more), not another document referred to
/// ("its resolution", "previous statement"), then "of" or "dated" and a single day ("European
/// Parliament resolution of 18 January 2024 on …", "Statement of 3 May 2027 by …"). A date later
/// in the line, after another noun, is another document's ("… following the Council Decision
/// of 1 August 2004").
pub fn own_document_date(line: &str, most_before: usize, rules: &ImportRules) -> Option<String> {
    // (A line without a digit names no day: most header lines are passed at once.)
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let trim = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let words: Vec<&str> = line
        .split_whitespace()
        .take(most_before.saturating_add(2))
        .collect();
    // (The nouns and "of" are ASCII: compared without folding each word.)
    let noun = words
        .iter()
        .take(most_before.saturating_add(1))
        .position(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            rules
                .text
                .date_context_nouns
                .iter()
                .any(|n| n.eq_ignore_ascii_case(w))
        })?;
    let link = words.get(noun + 1).map(|w| trim(w))?;
    if !link.eq_ignore_ascii_case("of") && !link.eq_ignore_ascii_case("dated") {
        return None;
    }
    let before: Vec<String> = words[noun.saturating_sub(REFERENCE_REACH)..noun]
        .iter()
        .map(|w| fold(&trim(w)))
        .collect();
    if referred_to(&before.iter().map(String::as_str).collect::<Vec<_>>()) {
        return None;
    }
    let after: Vec<&str> = line
        .split_whitespace()
        .skip(noun + 2)
        .take(OWN_DATE_WORDS)
        .collect();
    match find_date_or_range(&after.join(" "))? {
        (date, false) if date.len() == "YYYY-MM-DD".len() => Some(date),
        _ => None,
    }
}

/// Words of a day's date after a document's noun and "of" ("18 January 2024", "March 14, 2019").
const OWN_DATE_WORDS: usize = 3;

/// Where each `date_context_words` entry of `sentence` starts (byte offsets, in order).
fn context_word_starts(sentence: &str, rules: &ImportRules) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut rest = 0;
    while let Some(at) = context_word_at(&sentence[rest..], rules) {
        // "… in her press statement of 24 July 2012": a document's noun after a possessive
        // names another document, whose date is not this one's.
        let word = fold(
            sentence[rest + at..]
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or(""),
        );
        let referred = rules.text.date_context_nouns.contains(&word) && {
            // (Only the words right before it are read.)
            let before: Vec<String> = sentence[..rest + at]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .rev()
                .take(REFERENCE_REACH)
                .map(fold)
                .collect();
            referred_to(&before.iter().map(String::as_str).collect::<Vec<_>>())
        };
        if !referred {
            starts.push(rest + at);
        }
        // Past this word.
        rest += at
            + sentence[rest + at..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(sentence.len() - rest - at);
    }
    starts
}

/// Words before a document's noun read for a possessive ("her press statement").
const REFERENCE_REACH: usize = 2;

/// Whether the words right before a document's noun make it another document, referred to:
/// a possessive or "previous"/"earlier" ("her press statement", "our statement", "its
/// previous resolution").
fn referred_to(before: &[&str]) -> bool {
    before.iter().any(|w| {
        matches!(
            *w,
            "her" | "his" | "their" | "its" | "our" | "your" | "previous" | "earlier"
        )
    })
}

/// Where the first `date_context_words` entry of `sentence` starts (a byte offset).
fn context_word_at(sentence: &str, rules: &ImportRules) -> Option<usize> {
    let mut start = None;
    for (i, c) in sentence
        .char_indices()
        .chain(std::iter::once((sentence.len(), ' ')))
    {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            let word = fold(&sentence[s..i]);
            if rules.text.date_context_words.contains(&word) {
                return Some(s);
            }
        }
    }
    None
}

/// The date a field line gives ("Date: 2018 Jul", "Published: 7 April 2010",
/// "Last reported: 11 and 12 March 2010   Concluding Observations published: 7 April 2010"):
/// `Some(None)` when the line is made only of fields and one is a date field with no date read,
/// `Some(Some(date))` with the date (ISO, or `YYYY-MM` for a month), `None` when the line is no
/// such field line. Fields side by side are apart by three spaces or a tab.
pub fn field_date(raw: &str, rules: &ImportRules) -> Option<Option<String>> {
    let mut date_field = false;
    let mut date = None;
    for part in raw
        .split("   ")
        .flat_map(|p| p.split('\t'))
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let collapsed = crate::text::collapse_whitespace(part);
        // "Publication Date 26 May 2010": a date label without its colon.
        let unmarked = collapsed
            .find(|c: char| c.is_ascii_digit())
            .map(|at| collapsed.split_at(at))
            .filter(|(label, _)| {
                let words: Vec<&str> = label.split_whitespace().collect();
                (1..=3).contains(&words.len())
                    && words.iter().all(|w| w.chars().all(char::is_alphabetic))
                    && words.last().is_some_and(|w| fold(w) == "date")
            });
        let created = collapsed
            .split_once(':')
            .filter(|(label, _)| PAGE_CREATED_LABELS.contains(&fold(label.trim()).as_str()));
        let (label, value) = match unmarked {
            Some(pair) if !collapsed.contains(':') => pair,
            _ if created.is_some() => created?,
            _ if super::is_field_line(&collapsed) => collapsed.split_once(':')?,
            _ => return None,
        };
        let last = fold(label.split_whitespace().last().unwrap_or_default());
        // "Date of Speech : 16-06-2005": a label naming a date anywhere.
        let names_date = label.split_whitespace().any(|w| fold(w) == "date");
        // "Created: 2021.03.16 / Updated: 2021.03.16 11:46": a page's own date labels, the
        // creation's date read before the update's.
        if PAGE_CREATED_LABELS.contains(&last.as_str()) {
            date_field = true;
            let created = value.split([' ', '/', '|']).find(|w| !w.is_empty());
            date = date.or_else(|| created.and_then(super::parse_date));
        } else if names_date || rules.text.date_context_words.contains(&last) {
            date_field = true;
            let value = value.trim();
            date = date
                .or_else(|| super::parse_date(value))
                .or_else(|| month_year(value));
        } else if only_date(value) && !country_page_label(label, rules) {
            // "Last reported: 9 / 10 July 2013": a field whose value is a date (or a range of
            // days) that is not the document's date is still a field, never a heading.
            date_field = true;
        }
    }
    date_field.then_some(date)
}

/// Labels of a page's own date field whose value may run on to an update's date.
const PAGE_CREATED_LABELS: &[&str] = &["created", "posted"];

/// "Kazakhstan communications: May 1, 2011 to February 28, 2017": a label opening with a
/// country names a page about it (its title with the period it covers), not a field.
fn country_page_label(label: &str, rules: &ImportRules) -> bool {
    label
        .split_whitespace()
        .next()
        .is_some_and(|w| rules.gazetteer.exact(&fold(w)).is_some())
}

/// A value made only of a date or a range of days ("9 / 10 July 2013", "11 and 12 March 2010").
fn only_date(value: &str) -> bool {
    find_date_or_range(value).is_some()
        && value.split_whitespace().all(|w| {
            let w = w.trim_matches([',', '.']);
            w.is_empty()
                || w.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '–'))
                || super::month_number(w).is_some()
                || matches!(w, "and" | "to" | "/" | "-" | "–")
        })
}

/// Longest line (in words) read for a session's or an event's range of days
/// ([`session_range_date`]).
const RANGE_LINE_MAX_WORDS: usize = 30;

/// "* Adopted by the Committee at its seventy-fourth session (21 October–8 November 2019)." /
/// "Regional Workshop on …, Dushanbe (Tajikistan), 20-21 May 2014": a line among the text's
/// first `MONTH_LINE_REACH` non-blank lines, of `RANGE_LINE_MAX_WORDS` words at most, whose
/// first date is a range of days. A document adopted at a session (the line says "adopted")
/// is dated by the month the session ended in, as `YYYY-MM` (the day of adoption is not
/// given); a heading naming an event's days (no sentence) dates what was presented there by
/// its last day. A sentence with a range that adopts nothing tells the story.
pub fn session_range_date(text: &str) -> Option<String> {
    top_lines(text).find_map(|l| {
        // (A heading or a note opens with a capital or the note's star; a line opening
        // otherwise is a wrapped sentence's middle: "22 April to 3 May 2013 . The review …".)
        if !l.starts_with(|c: char| c.is_uppercase() || c == '*')
            || !has_four_digits(l)
            || super::words_upto(l, RANGE_LINE_MAX_WORDS + 1) > RANGE_LINE_MAX_WORDS
        {
            return None;
        }
        let (date, range) = find_date_or_range(l)?;
        if !range {
            return None;
        }
        if fold(l).contains("adopted") {
            date.get(..7).map(str::to_string)
        } else {
            (!l.ends_with(['.', '!', '?'])).then_some(date)
        }
    })
}

/// Most words of a dateline's place ("Astana", "New York", "Bandar Seri Begawan").
const DATELINE_PLACE_MAX_WORDS: usize = 3;
/// Most words of a dateline: its place and a day of three words.
const DATELINE_MAX_WORDS: usize = DATELINE_PLACE_MAX_WORDS + 3;

/// "Astana, 30 April 2007", "Warsaw 24 April 2008", "VIENNA, 21 May 2016": a line among the
/// text's first `MONTH_LINE_REACH` non-blank lines that is only a place (a capitalised word, or
/// up to three before a comma, none a weekday, a month or a page's date label) and one whole
/// day: the dateline of the office that issued the text. It dates the text over a date in its title
/// (the day of the event it tells of: "… Elections 16 December 2007") and over a site's time
/// stamp ("Tuesday, May 1, 2007 10:51 AM"). A dateline dates the text under it: one that is the
/// text's last line ("Geneva, October 2, 2026" where a listing page of teasers was cut off) dates
/// nothing.
pub fn place_dateline(text: &str, rules: &ImportRules) -> Option<String> {
    let mut lines = top_lines(text).peekable();
    std::iter::from_fn(|| lines.next().filter(|_| lines.peek().is_some())).find_map(|l| {
        // (Most lines fail the cheap tests: too many words, read only up to one too many,
        // or no year.)
        if super::words_upto(l, DATELINE_MAX_WORDS + 1) > DATELINE_MAX_WORDS || !has_four_digits(l)
        {
            return None;
        }
        let mut place_words = 0;
        let mut comma = false;
        let mut date_at = None;
        for w in l.split_whitespace() {
            let bare = w.trim_end_matches([',', '.']);
            comma |= w.ends_with(',');
            if bare.starts_with(|c: char| c.is_ascii_digit()) || super::month_number(bare).is_some()
            {
                date_at = Some(w.as_ptr() as usize - l.as_ptr() as usize);
                break;
            }
            let place_like = bare.starts_with(char::is_uppercase)
                && bare.chars().all(|c| c.is_alphabetic() || c == '-')
                && !is_weekday_ignoring_ascii_case(bare)
                && !rules
                    .text
                    .page_date_words
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(bare));
            if !place_like {
                return None;
            }
            place_words += 1;
        }
        let date_at = date_at?;
        // (A place of more words is set off by its comma: "PRE-TERM PARLIAMENTARY
        // ELECTIONS 16 December 2007" is a heading naming its event's day.)
        if !(1..=DATELINE_PLACE_MAX_WORDS).contains(&place_words) || (place_words > 1 && !comma) {
            return None;
        }
        parse_date(l[date_at..].trim_end_matches('.')).filter(|d| d.len() == DAY_DATE_LEN)
    })
}

/// Length of a whole day's ISO date ("2007-04-30").
const DAY_DATE_LEN: usize = 10;

/// How many of a text's first non-blank lines are read for a line that is only a month.
const MONTH_LINE_REACH: usize = 12;

/// A text's first [`MONTH_LINE_REACH`] non-blank lines, trimmed: where the date finders that
/// read a document's top look.
fn top_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(MONTH_LINE_REACH)
}

/// "Human Rights Watch Concerns and Recommendations on X" / … / "May 2016": a line among the
/// text's first `MONTH_LINE_REACH` non-blank lines that is only a month's capitalised name and
/// a year, as `YYYY-MM` (a briefing's or submission's date under its title).
pub fn month_line(text: &str) -> Option<String> {
    top_lines(text).find_map(|l| {
        let words: Vec<&str> = l.split_whitespace().collect();
        match words[..] {
            [_, _] => super::find_month_year(l),
            _ => None,
        }
    })
}

/// "2018 Jul", "July 2018": a month and its year alone, as `YYYY-MM`.
fn month_year(value: &str) -> Option<String> {
    let words: Vec<&str> = value.split_whitespace().collect();
    let (m, y) = match words[..] {
        [a, b] => super::month_number(a)
            .map(|m| (m, b))
            .or_else(|| super::month_number(b).map(|m| (m, a)))?,
        _ => return None,
    };
    super::year_number(y).map(|y| format!("{y:04}-{m:02}"))
}

/// Whether `text` is a date alone, a month and a day in either order, its year after them or
/// not ("Jan 23", "23 January", "March 5, 2024"): a post's date under its headline.
pub(crate) fn month_day(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let day = |w: &str| super::day_number(w.trim_end_matches(',')).is_some();
    let (a, b, year) = match words[..] {
        [a, b] => (a, b, None),
        [a, b, y] => (a, b, Some(y)),
        _ => return false,
    };
    ((super::month_number(a).is_some() && day(b)) || (day(a) && super::month_number(b).is_some()))
        && year.is_none_or(|y| super::year_number(y).is_some())
}

/// Whether a line ends in a date, with or without its year, before its full stop ("…,
/// October 8, 2012.", "… on February 2.", "… in August 2019.", "… on 5 Jan.").
pub(crate) fn ends_in_date(line: &str) -> bool {
    let mut words = line.trim_end_matches('.').rsplit(' ');
    let (Some(c), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    let a = words.next().unwrap_or("");
    if super::year_number(c).is_some() {
        super::three_word_date(a, b, c).is_some() || super::month_number(b).is_some()
    } else {
        (super::day_number(c).is_some() && super::month_number(b).is_some())
            || (super::month_number(c).is_some() && super::day_number(b).is_some())
    }
}

/// The first date found in `text` (ISO `YYYY-MM-DD`).
pub fn find_date(text: &str) -> Option<String> {
    find_date_or_range(text).map(|(date, _)| date)
}

/// The first date found in `text`, and whether it ends a range of days ("2 - 13 May 2016",
/// "9 and 12 October 2007", "2–13 May").
pub fn find_date_or_range(text: &str) -> Option<(String, bool)> {
    find_date_or_range_not_after(text, &[])
}

/// [`find_date_or_range`], passing over a date that follows one of `skipped` ("held since 27
/// September 2017": the start of what the text reports, not its own date).
pub fn find_date_or_range_not_after(text: &str, skipped: &[&str]) -> Option<(String, bool)> {
    dates_not_after(text, skipped, 1).into_iter().next()
}

/// Up to `most` dates of `text` in order, each with whether it ends a range of days, passing
/// over those after one of `skipped`.
fn dates_not_after(text: &str, skipped: &[&str], most: usize) -> Vec<(String, bool)> {
    let mut found = Vec::new();
    // Every date read below has its year in four digits (`year_number`): a text without four
    // digits in a row (most lines, most sentences) is not split into words.
    if !has_four_digits(text) {
        return found;
    }
    let day = |w: &str| !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
    let range_before = |i: usize, words: &[&str]| {
        i >= 2
            && matches!(words[i - 1], "-" | "to" | "and" | "–")
            && (day(words[i - 2]) || super::month_number(words[i - 2]).is_some())
            || words[i].contains(['-', '–']) && words[i].split(['-', '–']).all(day)
    };
    let mut spaced = text.replace(['–', '—'], " – ");
    // "20-21 May 2014", "30 March-8 April 2022": a range of days written with a hyphen glued
    // to both ends is read as one with a dash between.
    if has_glued_day_range(&spaced) {
        spaced = split_glued_day_ranges(&spaced);
    }
    let words: Vec<&str> = spaced
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '|'))
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '[' | ']')))
        .filter(|w| !w.is_empty() && *w != "of" && *w != "the")
        .collect();
    for (i, w) in words.iter().enumerate() {
        if *w == "–"
            || i.checked_sub(1)
                .is_some_and(|k| skipped.iter().any(|s| words[k].eq_ignore_ascii_case(s)))
        {
            continue;
        }
        if found.len() >= most {
            break;
        }
        if let Some(d) = whole_word_date(w) {
            found.push((d, false));
            continue;
        }
        // The three words from here: `parse_date` of them joined is a date written in three
        // words (no numeric form has spaces), read without joining them.
        let mut window = words
            .get(i..)
            .unwrap_or_default()
            .iter()
            .filter(|w| **w != "–");
        if let (Some(a), Some(b), Some(c)) = (window.next(), window.next(), window.next()) {
            if let Some(d) = super::three_word_date(a, b, unglued_year(c.trim_end_matches('.'))) {
                found.push((d, range_before(i, &words)));
                continue;
            }
        }
        // "Окт 08.2020", "Oct 14.2024", "December 16,2014 17:59": a month's name, then the
        // day and the year joined by a dot or a comma (a site's date line).
        if let Some(d) = words
            .get(i + 1)
            .and_then(|next| month_glued_day_year(w, next))
        {
            found.push((d, false));
        }
    }
    found
}

/// `text` with each word that is a day or a month's name, a hyphen, and a day ("20-21",
/// "March-8") split around a dash ("20 – 21"), the form [`dates_not_after`] reads as a range.
fn split_glued_day_ranges(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (k, word) in text.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        match word.split_once('-') {
            Some((a, b)) if glued_day_range(word) => {
                out.push_str(a);
                out.push_str(" – ");
                out.push_str(b);
            }
            _ => out.push_str(word),
        }
    }
    out
}

/// Whether a word of `text` is a [`glued_day_range`] (only the words around a hyphen with a
/// digit after it are read).
fn has_glued_day_range(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'-', b).any(|i| {
        b.get(i + 1).is_some_and(u8::is_ascii_digit) && {
            let start = b[..i].iter().rposition(|&c| c == b' ').map_or(0, |p| p + 1);
            let end = b[i..]
                .iter()
                .position(|&c| c == b' ')
                .map_or(b.len(), |p| i + p);
            text.get(start..end).is_some_and(glued_day_range)
        }
    })
}

/// "20-21", "March-8": a day or a month's name, a hyphen and a day, as one word.
fn glued_day_range(word: &str) -> bool {
    let day = |w: &str| !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
    word.split_once('-').is_some_and(|(a, b)| {
        day(b) && (day(a) || (a.len() > 2 && super::month_number(a).is_some()))
    })
}

/// Whether `text` holds four ASCII digits in a row, the room of a year from 1900 to 2200 (one
/// look at each byte: far cheaper than splitting the text into words).
pub(super) fn has_four_digits(text: &str) -> bool {
    let mut run = 0;
    for &b in text.as_bytes() {
        if b.is_ascii_digit() {
            run += 1;
            if run == 4 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// "2022Comments": a year run into the capitalised word after it on a scraped line (a blog's
/// "Posted on July 5, 2022Comments Off on …") is read as the year alone.
fn unglued_year(w: &str) -> &str {
    let b = w.as_bytes();
    if b.len() > 5
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4].is_ascii_uppercase()
        && b[5].is_ascii_lowercase()
    {
        &w[..4]
    } else {
        w
    }
}

/// "Окт" and "08.2020" (or "14.2024On", a paragraph glued after it), "December" and
/// "16,2014": a month's name and the next word, a day of one or two digits and a four-digit
/// year joined by a dot or a comma, as a date.
fn month_glued_day_year(month: &str, next: &str) -> Option<String> {
    let b = next.as_bytes();
    // (Most word pairs fail here, before the month's name is looked up.)
    let dot = match b {
        [d, b'.' | b',', ..] | [_, d, b'.' | b',', ..] if d.is_ascii_digit() => {
            next.find(['.', ','])?
        }
        _ => return None,
    };
    let (day, year) = (&next[..dot], &next[dot + 1..]);
    if year.len() < 4 || !day.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    super::three_word_date(month, day, unglued_year(year))
}

fn whole_word_date(w: &str) -> Option<String> {
    let b = w.as_bytes();
    // ("3/14/2024", "3/4/2024": a month or a day of one digit, with slashes and a full year.)
    let short_slashed = (8..=9).contains(&b.len())
        && w.matches('/').count() == 2
        && w.rsplit('/').next().is_some_and(|y| y.len() == 4)
        && w.bytes().all(|c| c.is_ascii_digit() || c == b'/');
    // ("2013-07-24T17:30:55+0300": an ISO date with its time.)
    let with_time = b.len() >= 16 && b[4] == b'-' && b[10] == b'T' && b[13] == b':';
    let numeric = short_slashed
        || with_time
        || (b.len() == 10 && (matches!(b[4], b'-' | b'.') || matches!(b[2], b'/' | b'-' | b'.')));
    // "12-OCT-2005": a day, a month's three letters and a year.
    let named = (10..=11).contains(&b.len())
        && b[b.len() - 5] == b'-'
        && b[b.len() - 6].is_ascii_alphabetic();
    (numeric || named).then(|| parse_date(w)).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_date_line_with_its_parts_glued_is_read() {
        assert_eq!(find_date("Окт 08.2020"), Some("2020-10-08".to_string()));
        assert_eq!(
            find_date("Окт 14.2024On October 7, 2024, in Warsaw"),
            Some("2024-10-14".to_string())
        );
        assert_eq!(find_date("Oct 14.2024"), Some("2024-10-14".to_string()));
        assert_eq!(
            find_date("2013 2013-07-24T17:30:55+0300 1970-01-01T03:00:00+0300 en"),
            Some("2013-07-24".to_string())
        );
        assert_eq!(
            find_date("December 16,2014 17:59"),
            Some("2014-12-16".to_string())
        );
        assert_eq!(find_date("version 2.2014 of the form"), None);
        assert_eq!(
            find_date("By A. Name (3/14/2024 issue of the Review)"),
            Some("2024-03-14".to_string())
        );
        assert_eq!(find_date("rule 3/14/20245"), None);
        assert_eq!(find_date("Updated at 09:45,11-02-2022"), None);
    }

    #[test]
    fn a_pages_last_change_is_told_from_a_sentence() {
        assert!(last_change(". Last Updated: 07/27/2016"));
        assert!(last_change("last modified 3 May 2021"));
        assert!(!last_change(
            "At last, updated figures were published on 3 May 2021."
        ));
        assert!(!last_change("Updated: 3 May 2021"));
    }

    #[test]
    fn short_years_and_dotted_years_first_are_read_but_section_numbers_are_not() {
        assert_eq!(
            two_digit_year_date("26.6.17"),
            Some("2017-06-26".to_string())
        );
        assert_eq!(
            two_digit_year_date("15.06.17"),
            Some("2017-06-15".to_string())
        );
        assert_eq!(two_digit_year_date("02.1.10"), None);
        assert_eq!(two_digit_year_date("2.1.10"), None);
        assert_eq!(
            super::super::parse_date("2021.03.16"),
            Some("2021-03-16".to_string())
        );
        assert_eq!(find_date("Version 2021.3 of the rules"), None);
    }

    #[test]
    fn a_range_glued_with_a_hyphen_is_read_as_a_range() {
        assert_eq!(
            find_date_or_range("Almaty, 20-21 May 2014"),
            Some(("2014-05-21".to_string(), true))
        );
        assert_eq!(
            find_date_or_range("at its session, 30 March-8 April 2022"),
            Some(("2022-04-08".to_string(), true))
        );
        // (A numeric date keeps its hyphens.)
        assert_eq!(
            find_date_or_range("posted 2024-03-29"),
            Some(("2024-03-29".to_string(), false))
        );
    }

    #[test]
    fn an_adoption_note_dates_by_month_and_an_event_heading_by_its_last_day() {
        assert_eq!(
            session_range_date(
                "* Adopted by the Committee at its 70th session (2 – 20 July 2018).\n"
            ),
            Some("2018-07".to_string())
        );
        assert_eq!(
            session_range_date(
                "Title\n\nRegional Workshop on X, Dushanbe (Tajikistan), 20-21 May 2014\n"
            ),
            Some("2014-05-21".to_string())
        );
        // (A wrapped sentence's middle, and a sentence that adopts nothing, date nothing.)
        assert_eq!(
            session_range_date("22 April to 3 May 2013 . The review of X\n"),
            None
        );
        assert_eq!(
            session_range_date("The talks ran from 2 to 5 May 2014.\n"),
            None
        );
    }

    #[test]
    fn a_text_without_four_digits_in_a_row_has_no_date() {
        assert!(has_four_digits("held on 9 May 2018."));
        assert!(has_four_digits("2024-01-11"));
        assert!(!has_four_digits("on 12 May 201 and 30/6/22"));
        assert!(!has_four_digits(""));
        // Every form `dates_not_after` reads holds one.
        for text in [
            "9 May 2018",
            "May 9, 2018",
            "2018-05-09",
            "09.05.2018",
            "July 5, 2022Comments",
        ] {
            assert!(has_four_digits(text), "{text}");
            assert!(find_date(text).is_some(), "{text}");
        }
        assert_eq!(find_date("on 12 May 201"), None);
    }

    #[test]
    fn page_dates_are_read_only_near_a_digit() {
        let words = [
            "Posted", "on", "Friday", "May", "13", "2011", "by", "the", "editor",
        ];
        assert_eq!(
            first_page_date(&words).map(|(at, end, date, _)| (at, end, date)),
            Some((3, 5, "2011-05-13".to_string()))
        );
        assert_eq!(first_page_date(&["No", "date", "here", "at", "all"]), None);
        // A blog's scrap: the day and year glued after the month's word.
        assert_eq!(
            first_page_date(&["Sep", "212012", "Comments"]).map(|(_, _, d, _)| d),
            Some("2012-09-21".to_string())
        );
    }

    #[test]
    fn a_weekday_is_told_in_any_ascii_case_as_in_lower_case() {
        for w in [
            "friday",
            "Friday",
            "FRIDAY",
            "Sabado",
            "miercoles",
            "Mittwoch",
            "fri",
            "x",
        ] {
            assert_eq!(
                is_weekday_ignoring_ascii_case(w),
                is_weekday(&w.to_lowercase()),
                "{w}"
            );
        }
    }

    #[test]
    fn a_year_is_found_where_a_byte_by_byte_scan_finds_it() {
        let by_bytes = |line: &str| {
            let b = line.as_bytes();
            b.windows(4).any(|w| {
                (w[0] == b'1' && w[1] == b'9' || w[0] == b'2' && w[1] == b'0')
                    && w[2].is_ascii_digit()
                    && w[3].is_ascii_digit()
            }) || b
                .windows(3)
                .any(|w| w[0] == b'.' && w[1].is_ascii_digit() && w[2].is_ascii_digit())
        };
        for line in [
            "",
            "1",
            "19",
            "199",
            "1999",
            "2024",
            "x2021y",
            "2100",
            "1899",
            "12 May",
            "15.06.17",
            "15.6",
            ".1",
            "a.12",
            "v. 2",
            "21 2 3 1 9",
            "Sep 21 2012",
            "№ 20é1",
            "é2019",
        ] {
            assert_eq!(has_year(line), by_bytes(line), "{line:?}");
        }
        for text in crate::corpus::builtin::REPORTS.iter().map(|r| r.text) {
            for line in text.lines() {
                assert_eq!(has_year(line), by_bytes(line), "{line:?}");
            }
        }
    }

    #[test]
    fn the_page_date_is_the_best_placed_date_not_an_events() {
        let rules = ImportRules::builtin();
        let body = "The court sentenced the editor on 5 March 2020 after a closed trial that \
                    lasted three days and heard no defence witness at all, said the group.";
        // A site's header line with a time beside the date, above the story.
        let page = format!("Kyrgyzstan|politics|April 3, 2024 / 11:03 AM\nA headline\n{body}");
        assert_eq!(page_date(&page, &rules).as_deref(), Some("2024-04-03"));
        // A label before the date beats a blog's scrap above it.
        let page = format!("Sep 212012\n\nPosted 2012/9/20\nA headline\n{body}");
        assert_eq!(page_date(&page, &rules).as_deref(), Some("2012-09-20"));
        // A dateline with a two-digit year, an agency's date at the end.
        let page = format!("A headline\nBaku / 15.06.17 / Agency: {body}");
        assert_eq!(page_date(&page, &rules).as_deref(), Some("2017-06-15"));
        let page = format!("A headline\n{body}\n{body}\nReuters February 11, 2007");
        assert_eq!(page_date(&page, &rules).as_deref(), Some("2007-02-11"));
        // A date widget broken over two lines; a Spanish date after its weekday.
        let page = format!("A headline\nSection\nMay 21\n09:32 2018\n{body}");
        assert_eq!(page_date(&page, &rules).as_deref(), Some("2018-05-21"));
        let page = format!("Miércoles, 06 de julio, 2022\nA headline\n{body}");
        assert_eq!(page_date(&page, &rules).as_deref(), Some("2022-07-06"));
        // A document symbol's date.
        let page = format!("A headline\nA library\nA database\nA list\nA country\nA topic\nA page\nA note\nCEDAW/C/KGZ/CO/4 (10 March 2015)\n{body}");
        assert_eq!(page_date(&page, &rules).as_deref(), Some("2015-03-10"));
    }

    #[test]
    fn an_event_a_span_a_wrapped_line_or_a_weather_widget_does_not_date_a_page() {
        let rules = ImportRules::builtin();
        let body = "The court sentenced the editor on 5 March 2020 after a closed trial that \
                    lasted three days and heard no defence witness at all, said the group.";
        assert_eq!(page_date(&format!("A headline\n{body}"), &rules), None);
        // A session's range of days; a sentence's wrapped end.
        assert_eq!(
            page_date("Committee\n9 May - 3 June 2011\nText", &rules),
            None
        );
        assert_eq!(
            page_date(
                "Title\nThe Committee met on 14\nand 15 May 2003.\nText",
                &rules
            ),
            None
        );
        // Today's date under a site's weather.
        assert_eq!(
            page_date(
                "15.9 C\nLondon\nMonday, September 9, 2024\nA headline",
                &rules
            ),
            None
        );
        // A related story's date low on a long page.
        let long = [body; 12].join("\n");
        assert_eq!(
            page_date(&format!("A headline\n{long}\n5 May 2005\nTeaser"), &rules),
            None
        );
    }

    #[test]
    fn a_verb_of_release_dates_a_statement_only_when_its_date_follows_closely() {
        let rules = ImportRules::builtin();
        // Prisoners released: an act, and its date far after the verb is the event's.
        assert_eq!(
            statement_date(
                "(Berlin) – The government released nine prisoners who had been jailed for \
                 taking part in peaceful protests in the capital on 22 June 2027, said the group.",
                &rules
            ),
            None
        );
        // "On the occasion of …" opens with no date; the date before "published" is the event's.
        assert_eq!(
            statement_date(
                "On the occasion of the review, which took place on the 24th of April 2027, the \
                 group published a report.",
                &rules
            ),
            None
        );
        // A document's noun dates its sentence wherever the date stands.
        assert_eq!(
            statement_date(
                "Permanent Council Nr 900, Vienna, 26 July 2027. Three countries align \
                 themselves with this statement.",
                &rules
            ),
            None
        );
        assert_eq!(
            statement_date(
                "Vienna, 26 July 2027: three countries align themselves with this statement.",
                &rules
            )
            .as_deref(),
            Some("2027-07-26")
        );
        assert_eq!(
            statement_date(
                "The report was released on 3 March 2027 in Bishkek.",
                &rules
            )
            .as_deref(),
            Some("2027-03-03")
        );
    }

    #[test]
    fn a_treaty_bodys_dialogue_day_does_not_date_its_observations() {
        let rules = ImportRules::builtin();
        assert_eq!(
            statement_date(
                "1. The Committee considered the fifth report of X at its 1612th and 1613th \
                 meetings, held on 10 July 2018. Its list of issues is in a document.",
                &rules
            ),
            None
        );
        // The adoption day told after it does.
        assert_eq!(
            statement_date(
                "1. The Committee considered the report at its 726th and 729th meetings, held \
                 on 7 and 8 November 2006, and adopted, at its 744th meeting, held on 20 \
                 November 2006, the following conclusions.",
                &rules
            )
            .as_deref(),
            Some("2006-11-20")
        );
    }

    #[test]
    fn a_whole_date_opening_the_first_paragraph_dates_the_statement() {
        let rules = ImportRules::builtin();
        assert_eq!(
            statement_date(
                "17 September 2021, marks a year since the first member of the group was                  detained.",
                &rules
            )
            .as_deref(),
            Some("2021-09-17")
        );
        // An event's date after "On", or a month without its day, is not the statement's.
        assert_eq!(
            statement_date("On 17 September 2021, police detained a member.", &rules),
            None
        );
        assert_eq!(
            statement_date("2021, the year of the crackdown, saw many arrests.", &rules),
            None
        );
    }

    #[test]
    fn the_date_after_the_context_word_wins_over_the_event_before_it() {
        let rules = ImportRules::builtin();
        // The vote is what the report is about; its release is the text's date.
        assert_eq!(
            statement_date(
                "The 2 May 2021 local elections in the republic were held without choice, says \
                 the monitors' final report released on 14 July 2021.",
                &rules
            )
            .as_deref(),
            Some("2021-07-14")
        );
        // A date opening the sentence stays the statement's own.
        assert_eq!(
            statement_date(
                "9 March 2022, the mission published its findings on the vote held on 1 March 2022.",
                &rules
            )
            .as_deref(),
            Some("2022-03-09")
        );
    }

    #[test]
    fn a_day_inside_a_range_s_last_month_is_found_before_its_end() {
        let text = "Geneva, 6 - 17 November 2027\nThe UK speaks at the review, 9 November 2027.\nPublished 14 November 2027";
        assert_eq!(
            day_before_range_end("2027-11-17", text).as_deref(),
            Some("2027-11-09")
        );
        // (A day after the range's end, or in another month, is no day of the session.)
        assert_eq!(day_before_range_end("2027-11-05", text), None);
        assert_eq!(day_before_range_end("2027-12-17", text), None);
    }

    #[test]
    fn a_range_of_meeting_days_gives_way_to_the_adoption_day_after_it() {
        let rules = ImportRules::builtin();
        assert_eq!(
            statement_date(
                "The Committee considered the report at its meetings held on 7 and 8 November \
                 2006, and adopted, at its 744th meeting, held on 20 November 2006, the \
                 following conclusions.",
                &rules
            )
            .as_deref(),
            Some("2006-11-20")
        );
        // A range and nothing after it dates nothing.
        assert_eq!(
            statement_date(
                "The meetings were held on 7 and 8 November 2006 in Geneva.",
                &rules
            ),
            None
        );
    }

    #[test]
    fn a_date_after_since_does_not_date_a_statement() {
        let rules = ImportRules::builtin();
        // When a detention began is no date of the text that reports it.
        assert_eq!(
            statement_date(
                "On 3 March, the family of a reporter held since 14 October 2019 in a police \
                 cell saw him for the first time.",
                &rules
            ),
            None
        );
        // The statement's own date in the same sentence still counts.
        assert_eq!(
            statement_date(
                "The statement, issued on 2 June 2020, concerns a reporter held since 14 \
                 October 2019.",
                &rules
            )
            .as_deref(),
            Some("2020-06-02")
        );
        assert_eq!(
            find_date_or_range("held since 14 October 2019")
                .map(|(d, _)| d)
                .as_deref(),
            Some("2019-10-14")
        );
    }

    #[test]
    fn a_field_holding_a_date_that_is_not_the_documents_is_a_field_without_a_date() {
        let rules = ImportRules::builtin();
        assert_eq!(
            field_date("Last reported: 9 / 10 July 2013", &rules),
            Some(None)
        );
        assert_eq!(
            field_date("Concluding Observations issued: 22 August 2013", &rules),
            Some(Some("2013-08-22".to_string()))
        );
        assert_eq!(
            field_date("Date of Speech : 16-06-2005", &rules),
            Some(Some("2005-06-16".to_string()))
        );
        // A field whose value is words is no date field.
        assert_eq!(field_date("Country: Kyrgyzstan", &rules), None);
    }

    #[test]
    fn a_bracketed_stamp_closing_the_paragraph_dates_it() {
        let rules = ImportRules::builtin();
        assert_eq!(
            statement_date("On 3 May 2027 people met in town. (05-MAY-2027)", &rules).as_deref(),
            Some("2027-05-05")
        );
        assert_eq!(parse_date("5-Mar-2019").as_deref(), Some("2019-03-05"));
        assert_eq!(
            find_date("seen on 12-OCT-2005 here").as_deref(),
            Some("2005-10-12")
        );
        assert_eq!(parse_date("12-ABC-2005"), None);
        // A day before a present perfect is the day the text speaks from; before a past
        // tense it is the event's.
        assert_eq!(
            statement_date(
                "On 16 July 2014, the scholar has been held for a month.",
                &rules
            )
            .as_deref(),
            Some("2014-07-16")
        );
        assert_eq!(
            statement_date("On 16 July 2014, the scholar was detained.", &rules),
            None
        );
    }

    #[test]
    fn dates_inside_lines() {
        assert_eq!(
            find_date("Geneva, May 9, 2018").as_deref(),
            Some("2018-05-09")
        );
        assert_eq!(
            find_date("OSCE Permanent Council No. 1375, Vienna, 26 May 2022.").as_deref(),
            Some("2022-05-26")
        );
        assert_eq!(
            find_date("Published: 8 July 2010 y., Thursday").as_deref(),
            Some("2010-07-08")
        );
        assert_eq!(
            find_date("held on the 9th of May 2018.").as_deref(),
            Some("2018-05-09")
        );
        assert_eq!(find_date("April 18th, 2023").as_deref(), Some("2023-04-18"));
        assert_eq!(find_date("Apr. 24, 2013").as_deref(), Some("2013-04-24"));
        assert_eq!(
            find_date("posted 2023-04-18 by staff").as_deref(),
            Some("2023-04-18")
        );
        assert_eq!(find_date("In 2015 the law changed"), None);
    }

    #[test]
    fn a_month_alone_on_a_line_near_the_top_is_found() {
        let text = "Skip to main content\n\nA briefing on X\n\nMay 2016\n\nBody text.";
        assert_eq!(month_line(text).as_deref(), Some("2016-05"));
        // Not a sentence naming a month, nor a line of three words.
        assert_eq!(
            month_line("Title\n\nIn May 2016 we wrote.\n\nSince May 2016"),
            None
        );
        assert_eq!(month_line("Title\n\nmay 2016"), None);
    }

    #[test]
    fn date_fields() {
        let rules = ImportRules::builtin();
        assert_eq!(
            field_date("Date: 2018 Jul", &rules),
            Some(Some("2018-07".to_string()))
        );
        assert_eq!(
            field_date(
                "Last reported: 11 and 12 March 2010      Concluding Observations published: 7 April 2010",
                &rules
            ),
            Some(Some("2010-04-07".to_string()))
        );
        assert_eq!(field_date("Country: Kyrgyzstan", &rules), None);
        assert_eq!(
            field_date("Publication Date 26 May 2010", &rules),
            Some(Some("2010-05-26".to_string()))
        );
        assert_eq!(
            field_date("The date: we met in 2018 Jul and talked.", &rules),
            None
        );
    }
}
