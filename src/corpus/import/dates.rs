//! Dates inside a line, in the forms reports use: "May 9, 2018", "18 April 2023",
//! "April 18th, 2023", "Apr. 24, 2013", "the 9th of May 2018", ISO "2023-04-18", after a label
//! ("Published: …") or a place ("Geneva, May 9, 2018"). Whole-line forms are in
//! [`super::parse_date`].

use super::parse_date;
use crate::corpus::ImportRules;
use crate::text::fold;

/// Most words of a date opening a paragraph before its comma ("17 September 2021,").
const OPENING_DATE_MAX_WORDS: usize = 3;

/// The date of a statement told in its first paragraph: the first date of the first sentence
/// that has a word from `date_context_words` ("… statement … was held on the 9th of May 2018").
pub fn statement_date(paragraph: &str, rules: &ImportRules) -> Option<String> {
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
    super::cues::sentences(paragraph)
        .into_iter()
        .find_map(|(a, b)| {
            let sentence = &paragraph[a..b];
            let folded = fold(sentence);
            let has_context = folded
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| rules.text.date_context_words.iter().any(|c| c == w));
            // "Adopted at its seventy-fourth session (21 October–8 November 2019)": a session's
            // range of days does not date a statement.
            // "On 10 to 11 November 2021, the EU and X held …": a range of days that opens
            // the sentence is the event's, which the statement reports on its last day.
            let opens = sentence.trim_start().starts_with("On ")
                || sentence
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit());
            // "… a journalist held since 27 September 2017 …": when a thing began, not when the
            // statement was made.
            // "… at its meetings held on 7 and 8 November 2006, and adopted, at its 744th
            // meeting, held on 20 November 2006, …": a range inside the sentence is passed
            // over for a single day after it.
            if !has_context {
                return None;
            }
            let mut dates = dates_not_after(sentence, &["since"], STATEMENT_DATES_READ);
            // "The 15 December 2013 elections … took place …, says the report released on
            // 3 March 2014": the date after the context word is the statement's; an earlier
            // one is the event it reports (unless it opens the sentence, see `opens`).
            if !opens {
                if let Some(at) = context_word_at(sentence, rules) {
                    let after = dates_not_after(&sentence[at..], &["since"], STATEMENT_DATES_READ);
                    if !after.is_empty() {
                        dates = after;
                    }
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

/// Dates read from a first-paragraph sentence: a range and the single day after it.
const STATEMENT_DATES_READ: usize = 4;

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
        let (label, value) = match unmarked {
            Some(pair) if !collapsed.contains(':') => pair,
            _ if super::is_field_line(&collapsed) => collapsed.split_once(':')?,
            _ => return None,
        };
        let last = fold(label.split_whitespace().last().unwrap_or_default());
        // "Date of Speech : 16-06-2005": a label naming a date anywhere.
        let names_date = label.split_whitespace().any(|w| fold(w) == "date");
        if names_date || rules.text.date_context_words.contains(&last) {
            date_field = true;
            let value = value.trim();
            date = date
                .or_else(|| super::parse_date(value))
                .or_else(|| month_year(value));
        } else if only_date(value) {
            // "Last reported: 9 / 10 July 2013": a field whose value is a date (or a range of
            // days) that is not the document's date is still a field, never a heading.
            date_field = true;
        }
    }
    date_field.then_some(date)
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
    let day = |w: &str| !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
    let range_before = |i: usize, words: &[&str]| {
        i >= 2
            && matches!(words[i - 1], "-" | "to" | "and" | "–")
            && (day(words[i - 2]) || super::month_number(words[i - 2]).is_some())
            || words[i].contains(['-', '–']) && words[i].split(['-', '–']).all(day)
    };
    let spaced = text.replace(['–', '—'], " – ");
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
            if let Some(d) = super::three_word_date(a, b, c.trim_end_matches('.')) {
                found.push((d, range_before(i, &words)));
            }
        }
    }
    found
}

fn whole_word_date(w: &str) -> Option<String> {
    (w.len() == 10 && (w.as_bytes()[4] == b'-' || matches!(w.as_bytes()[2], b'/' | b'-' | b'.')))
        .then(|| parse_date(w))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

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
