//! The title as a scored choice: every line near the top of a text that could be a title is
//! scored on several features at once (length, case, position, repetition further down, a
//! report's kind or a country named, a date or byline under it, the body right after it, a
//! site label's look), with the weights in `[title]` of `data/import.toml`; the best line above
//! the floor is the title. The header reader's own choice is one feature among the others, so a
//! line that wins on many features can overrule it, and a text the header reader found no title
//! in can still get one.
//!
//! Lines that cannot be a title at all (a bullet, a lead-in, a link row, a date or a byline
//! alone, a document symbol, text in another script, a sentence run-on) are not candidates.

use std::borrow::Cow;

use serde::Deserialize;

use super::lines::words_upto;
use super::{
    dates, find_header_date, is_bullet, is_field_line, md_heading_text, month_number, tidy_title,
    title_case, word_count, Line, BODY_LINE_MIN_WORDS,
};
use crate::corpus::ImportRules;
use crate::text::fold;

/// Weights of the title features and the report-kind phrases (`[title]` in `import.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleScoring {
    /// Lines from the top looked at for candidates.
    pub reach_lines: usize,
    /// Lines looked at for a candidate printed again (a running header, the title repeated).
    pub repeat_reach_lines: usize,
    /// Lowest score that makes a title; below it the file name (or a letter's subject) is used.
    pub floor: f32,
    /// The line the header reader chose.
    pub header_pick: f32,
    /// Per candidate line above this one (usually negative: titles come early).
    pub position: f32,
    /// Four to 25 words.
    pub words_ok: f32,
    /// 26 to 30 words (a UN press release's headline).
    pub long: f32,
    /// One or two words (a label, a site section).
    pub short: f32,
    /// Three words.
    pub three_words: f32,
    /// Ends in a full stop.
    pub sentence_end: f32,
    /// Printed again further down, whole or with a site's name glued on.
    pub repeated: f32,
    /// Names a country or region of the gazetteer.
    pub place: f32,
    /// Holds a report-kind phrase (`kind_phrases`).
    pub kind: f32,
    /// Three in four of its longer words capitalised, as headlines are.
    pub title_case: f32,
    /// A date or a byline within the next two lines.
    pub before_date: f32,
    /// The body (a line of many words) comes next.
    pub before_body: f32,
    /// Holds a date itself ("Geneva, 5 – 23 November 2007").
    pub dated: f32,
    /// Starts like a publisher's office (`publisher_labels`).
    pub label: f32,
    /// A letter's "Subject:" or "Re:" line.
    pub subject: f32,
    /// Below the first line of the body.
    pub after_body: f32,
    /// A country's name alone ("UZBEKISTAN" under a UN document's title).
    pub country_only: f32,
    /// In capitals throughout.
    pub caps: f32,
    /// Opens in lower case (the second half of a wrapped line).
    pub lower_start: f32,
    /// Right under a web address (a photo's caption).
    pub under_link: f32,
    /// Carries a library's citation or a site's name that the title is cut from.
    pub decorated: f32,
    /// Opens with a one-word banner label and a colon ("Alert: …", "Update: …"), not a country
    /// or initials.
    pub label_colon: f32,
    /// Opens like a statement's full heading (`full_heading_openings`: "Address by …").
    #[serde(default)]
    pub full_heading: f32,
    /// Three words or more and none of `function_words`: a list of site sections ("Press
    /// releases Treaty bodies") or a name, not a headline.
    pub no_function_word: f32,
    /// Four words or fewer above the page's headline printed twice in a row (its meta title
    /// and its heading): the site's label ("News in English"), not the title.
    #[serde(default)]
    pub above_doubled: f32,
    /// Right under a line of a headline's own form (a country and a colon before it, or the
    /// whole line in quotation marks), in title case: the subtitle, not the headline.
    #[serde(default)]
    pub under_headline: f32,
    /// Right under an "Addendum" line (a blank line between at most): the addendum's subject
    /// ("Mission to Kazakhstan"), under the report's own heading above it.
    #[serde(default)]
    pub under_addendum: f32,
    /// Small words a headline of three words or more nearly always has ("of", "on", "the").
    pub function_words: Vec<String>,
    /// Words of a report's kind or of a call ("concluding observations", "statement", "urges").
    pub kind_phrases: Vec<String>,
    /// Openings of a statement's full heading ("Address by …", "Statement by …"): a line opening
    /// so may be a title of up to [`FULL_HEADING_MAX_WORDS`] words ("Address by Ms. X, Deputy High
    /// Commissioner …, to the 17th session of the Human Rights Council - Introduction of the
    /// Report …").
    #[serde(default)]
    pub full_heading_openings: Vec<String>,
    /// A bill's or a resolution's genre printed alone on its line in capitals ("RESOLUTION",
    /// "CONCURRENT RESOLUTION", "A BILL"): the official title follows it, up to its full stop.
    #[serde(default)]
    pub official_title_labels: Vec<String>,
    /// Searchers for `kind_phrases` (in their order), built once with the folded phrases:
    /// every candidate line is searched for each.
    #[serde(skip)]
    kind_finders: Vec<memchr::memmem::Finder<'static>>,
}

/// No scoring: the header reader's choice stands (rules files without a `[title]` table fall
/// back to the built-in one, so this is only used if even that is missing).
static OFF: TitleScoring = TitleScoring {
    reach_lines: 0,
    repeat_reach_lines: 0,
    floor: f32::INFINITY,
    header_pick: 0.0,
    position: 0.0,
    words_ok: 0.0,
    long: 0.0,
    short: 0.0,
    three_words: 0.0,
    sentence_end: 0.0,
    repeated: 0.0,
    place: 0.0,
    kind: 0.0,
    title_case: 0.0,
    before_date: 0.0,
    before_body: 0.0,
    dated: 0.0,
    label: 0.0,
    subject: 0.0,
    after_body: 0.0,
    country_only: 0.0,
    caps: 0.0,
    lower_start: 0.0,
    under_link: 0.0,
    decorated: 0.0,
    label_colon: 0.0,
    full_heading: 0.0,
    no_function_word: 0.0,
    above_doubled: 0.0,
    under_headline: 0.0,
    under_addendum: 0.0,
    function_words: Vec::new(),
    kind_phrases: Vec::new(),
    full_heading_openings: Vec::new(),
    official_title_labels: Vec::new(),
    kind_finders: Vec::new(),
};

impl TitleScoring {
    pub(crate) fn folded(mut self) -> Self {
        for p in self
            .kind_phrases
            .iter_mut()
            .chain(&mut self.function_words)
            .chain(&mut self.full_heading_openings)
        {
            *p = fold(p);
        }
        self.kind_finders = self
            .kind_phrases
            .iter()
            .map(|p| memchr::memmem::Finder::new(p.as_bytes()).into_owned())
            .collect();
        self
    }

    /// Whether a folded line holds one of `kind_phrases` as whole words ([`has_phrase`]).
    fn has_kind_phrase(&self, folded: &str) -> bool {
        self.kind_phrases
            .iter()
            .zip(&self.kind_finders)
            .any(|(phrase, finder)| {
                // (An empty phrase is found at every character, not at every byte.)
                if phrase.is_empty() {
                    return has_phrase(folded, phrase);
                }
                finder
                    .find_iter(folded.as_bytes())
                    .any(|at| whole_at(folded, at, phrase.len()))
            })
    }
}

/// Fewest words of a row of site sections read as one ("Central Asia Featured Global News").
const SITE_SECTIONS_MIN_WORDS: usize = 4;

/// "Central Asia Featured Global News Middle East News": four words or more, each capitalised,
/// none of the scoring's `function_words`: a row of a site's section names above the headline,
/// which may name a region but is no title.
pub(crate) fn site_sections_line(line: &str, rules: &ImportRules) -> bool {
    words_upto(line, SITE_SECTIONS_MIN_WORDS) >= SITE_SECTIONS_MIN_WORDS
        // ("Uzbekistan: US Decision Vindicates Forced Labor Victims": a headline after its
        // country's name and a colon; section names stand bare.)
        && !line.contains([':', ',', '?', '!'])
        && line
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !has_function_word(&fold(line), scoring(rules))
}

/// Whether a folded line holds one of the scoring's `function_words` ("of", "on", "the" …).
fn has_function_word(folded: &str, scoring: &TitleScoring) -> bool {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| scoring.function_words.iter().any(|f| f == w))
}

/// The scoring in force: the rules' own, else the built-in one.
fn scoring(rules: &ImportRules) -> &TitleScoring {
    rules
        .text
        .title
        .as_ref()
        .or(ImportRules::builtin_shared().text.title.as_ref())
        .unwrap_or(&OFF)
}

/// Bytes past which a line is a paragraph, never a title (30 words of 13 bytes).
const LONG_LINE_BYTES: usize = 400;
/// Longest candidate (in words).
const MAX_WORDS: usize = 30;
/// Longest candidate (in words) opening like a statement's full heading (`full_heading_openings`).
const FULL_HEADING_MAX_WORDS: usize = 60;
/// Most words besides a date's own (a place, "Delivered on") in a date line.
const DATE_LINE_OTHER_WORDS: usize = 2;
/// Most words a repeated line may add to a candidate (a site's name glued on).
const REPEAT_EXTRA_WORDS: usize = 4;
/// Most words of a breadcrumb trail before the title it ends in (its separators lost).
const TRAIL_EXTRA_WORDS: usize = 8;
/// Fewest words of a title read at the end of such a trail.
const TRAIL_TITLE_MIN_WORDS: usize = 4;
/// Fewest words of a headline printed twice in a row (see `above_doubled`).
const DOUBLED_MIN_WORDS: usize = 5;
/// Most words of a site's label above that headline.
const LABEL_MAX_WORDS: usize = 4;

struct Candidate {
    /// The line as a title (a site's name after '|' cut, a trailing stop dropped).
    tidy: String,
    /// The line folded, for the gazetteer.
    folded: String,
    features: Features,
}

/// What a candidate line is like; each feature adds its weight in [`TitleScoring`].
#[derive(Debug)]
struct Features {
    /// Index among the top lines (lines that cannot be a title count too).
    order: usize,
    picked: bool,
    words: usize,
    stop: bool,
    repeated: bool,
    place: bool,
    kind: bool,
    title_case: bool,
    before_date: bool,
    before_body: bool,
    dated: bool,
    label: bool,
    subject: bool,
    after_body: bool,
    country_only: bool,
    caps: bool,
    lower_start: bool,
    under_link: bool,
    decorated: bool,
    label_colon: bool,
    full_heading: bool,
    no_function_word: bool,
    above_doubled: bool,
    under_headline: bool,
    under_addendum: bool,
}

impl Features {
    fn score(&self, w: &TitleScoring) -> f32 {
        let flag = |on: bool, weight: f32| if on { weight } else { 0.0 };
        w.position * self.order as f32
            + match self.words {
                1 | 2 => w.short,
                3 => w.three_words,
                4..=25 => w.words_ok,
                _ => w.long,
            }
            + flag(self.picked, w.header_pick)
            + flag(self.stop, w.sentence_end)
            + flag(self.repeated, w.repeated)
            + flag(self.place, w.place)
            + flag(self.kind, w.kind)
            + flag(self.title_case, w.title_case)
            + flag(self.before_date, w.before_date)
            + flag(self.before_body, w.before_body)
            + flag(self.dated, w.dated)
            + flag(self.label, w.label)
            + flag(self.subject, w.subject)
            + flag(self.after_body, w.after_body)
            + flag(self.country_only, w.country_only)
            + flag(self.caps, w.caps)
            + flag(self.lower_start, w.lower_start)
            + flag(self.under_link, w.under_link)
            + flag(self.decorated, w.decorated)
            + flag(self.label_colon, w.label_colon)
            + flag(self.full_heading, w.full_heading)
            + flag(self.no_function_word, w.no_function_word)
            + flag(self.above_doubled, w.above_doubled)
            + flag(self.under_headline, w.under_headline)
            + flag(self.under_addendum, w.under_addendum)
    }
}

/// A line that cannot be a title at all (`words`: its number of words).
fn excluded(line: &str, words: usize, rules: &ImportRules) -> bool {
    words == 0
        || (words > MAX_WORDS
            && (words > FULL_HEADING_MAX_WORDS
                || !(full_heading_opening(line, rules) || long_headline(line, words))))
        || is_bullet(line).is_some()
        || line.ends_with([':', ';', ','])
        || line.ends_with('|')
        || ends_on_dash(line)
        || !line.chars().any(|c| c.is_ascii_alphabetic())
        // (Each searched for only when the line holds its rarest character.)
        || (line.contains(':') && (line.contains("http://") || line.contains("https://")))
        || line.starts_with("www.")
        || super::lines::bare_web_address(line)
        || (line.contains('|') && line.matches(" | ").nth(1).is_some())
        || (line.contains('>') && line.contains(" >> "))
        || (line.contains('»') && line.contains(" » "))
        || (is_field_line(line) && !headline_after_label(line, rules))
        || rules.text.is_doc_symbol(line)
        || never_a_title(line, rules)
        || sentence_run_on(line)
        || section_marker(line)
        || delivery_line(line)
        || wire_dateline_run_on(line)
        || rules.text.author_prefix.iter().any(|p| {
            line.get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        })
}

/// A line whose shape is never a title's, read both for the candidates ([`excluded`]) and for
/// the header reader's pick: a date, a note in brackets, a letterhead's row, a library's
/// citation, a sentence of pronouns, a rubric, a name with initials, a series' issue number, a
/// site's dated crumbs.
fn never_a_title(line: &str, rules: &ImportRules) -> bool {
    date_line(line)
        || bracketed(line)
        || letterhead_row(line, rules)
        || citation_line(line, rules)
        || pronoun_sentence(line)
        || rubric(line)
        || name_with_initials(line)
        || issue_number(line)
        || dated_crumbs(line)
}

/// Most words of a statement's speaker line ("Statement by the United Kingdom").
const SPEAKER_LINE_MAX_WORDS: usize = 6;

/// "Statement by Australia" right above "Statement on Mongolia": a statement's line naming its
/// speaker (at most [`SPEAKER_LINE_MAX_WORDS`] words) over the line naming what it is on, at
/// or to, which is the title.
fn speaker_over_statement(line: &str, next: &str) -> bool {
    let opens = |l: &str, words: &[&str]| {
        let mut w = l.split_whitespace();
        w.next()
            .is_some_and(|s| s.eq_ignore_ascii_case("statement"))
            && w.next()
                .is_some_and(|p| words.iter().any(|o| p.eq_ignore_ascii_case(o)))
    };
    opens(line, &["by"])
        && super::words_upto(line, SPEAKER_LINE_MAX_WORDS + 1) <= SPEAKER_LINE_MAX_WORDS
        && opens(next, &["on", "at", "to", "regarding", "concerning"])
}

/// "Vol. 7, No. 9", "Volume 12, Number 3", "Vol. 4 No. 2 (E)": a series' volume and issue
/// numbers, the report's place in its series, never its title.
fn issue_number(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let one_of = |w: &str, names: &[&str]| {
        let w = w.trim_end_matches('.');
        names.iter().any(|n| w.eq_ignore_ascii_case(n))
    };
    let volume = words.next().is_some_and(|w| one_of(w, &["vol", "volume"]));
    let number = |w: Option<&str>| {
        w.is_some_and(|w| {
            let w = w.trim_end_matches([',', '.']);
            !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
        })
    };
    volume
        && number(words.next())
        && words
            .next()
            .is_some_and(|w| one_of(w, &["no", "number", "issue", "nr"]))
        && number(words.next())
        && words.count() <= 1
}

/// "Mongolia News / Others / April 18, 2016": a site's crumbs joined by slashes, the page's day
/// as the last, never the title.
fn dated_crumbs(line: &str) -> bool {
    // (Most lines hold no spaced slash: they are not split.)
    if !line.contains(" / ") {
        return false;
    }
    let parts: Vec<&str> = line.split(" / ").collect();
    parts.len() >= 2
        && parts.iter().all(|p| !p.trim().is_empty())
        && parts
            .last()
            .is_some_and(|last| date_line(last.trim()) && super::dates::find_date(last).is_some())
}

/// "(Special Correspondent)", "(Unofficial translation)": a line wholly in one pair of brackets
/// is a note on the text (a credit, a translation's remark), never its headline.
fn bracketed(line: &str) -> bool {
    line.strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
        .is_some_and(|inner| !inner.contains(['(', ')']))
}

/// "Concluding observations of the Human Rights Committee, Uzbekistan, U.N. Doc.
/// CCPR/C/UZB/CO/4 (2015).", "Russia - Conclusions and Recommendations of the Committee … [2007]
/// UNCATCO 3; CAT/C/RUS/CO/4 (6 February 2007)": a legal database's citation of the document,
/// its symbol among the words and its year in brackets at the end, is the database's record
/// line, neither the document's own heading (printed below it) nor the first line of its body.
pub(super) fn citation_line(line: &str, rules: &ImportRules) -> bool {
    let end = line.trim_end().trim_end_matches('.');
    end.ends_with(')')
        && end.rsplit_once('(').is_some_and(|(before, inner)| {
            inner
                .trim_end_matches(')')
                .rsplit(' ')
                .next()
                .is_some_and(|y| {
                    y.len() == 4
                        && (y.starts_with("19") || y.starts_with("20"))
                        && y.bytes().all(|b| b.is_ascii_digit())
                })
                && before.split_whitespace().any(|w| {
                    w.contains('/') && rules.text.is_doc_symbol(w.trim_end_matches([';', ',']))
                })
        })
}

/// "Turkmenistan: End Enforced Disappearances", "“We Can’t Refuse to Pick Cotton”": a line in
/// a headline's own form, a country and a colon before its words or the whole line in quotation
/// marks; a line in title case right under it is its subtitle (`under_headline`).
fn headline_form(line: &str, rules: &ImportRules) -> bool {
    let quoted = |open: char, close: char| {
        line.strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close))
            .is_some_and(|inner| !inner.contains([open, close]) && words_upto(inner, 2) >= 2)
    };
    quoted('“', '”') || quoted('"', '"') || country_headline(line, rules)
}

/// Most words of a headline too short to clear the floor that still names the text, when
/// nothing else does (a date right under it).
const SHORT_HEADLINE_MAX_WORDS: usize = 6;

/// Most words of a headline in title case ([`long_headline`]).
const LONG_HEADLINE_MAX_WORDS: usize = 40;

/// "In Dialogue with Turkmenistan, Experts of the Committee against Torture Commend … , Ask
/// about …": a UN meeting summary's headline of more than `MAX_WORDS` words, in title case
/// (three in four of its longer words capitalised, as no sentence of the body is), no word in
/// capitals, and with no sentence end, is a candidate however long.
fn long_headline(line: &str, words: usize) -> bool {
    words <= LONG_HEADLINE_MAX_WORDS
        && !line.ends_with(['.', '!', '?', ':', ';', ','])
        && title_case(line)
        // ("HUMAN RIGHTS IN CENTRAL ASIA FINAL ISSUE Newsletter May 2011 “Building …” Project
        // …": a word of four letters or more in capitals is a cover page's cells run together.)
        && !line.split_whitespace().any(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && !w.chars().any(char::is_lowercase)
        })
}

/// A UN letterhead's row, its cells glued into one line in copying: "Distr.: General" beside
/// the convention's or the organ's name ("Convention on the Elimination Distr.: General",
/// "General Assembly Distr.: General 8 February 2016"), or the organisation's name beside the
/// document symbol, a separator between ("United Nations / A/HRC/28/10").
pub(super) fn letterhead_row(line: &str, rules: &ImportRules) -> bool {
    (line.contains("istr") && {
        line.split_whitespace()
            .any(|w| w.get(..6).is_some_and(|h| h.eq_ignore_ascii_case("distr.")))
    }) || line
        .strip_prefix("United Nations")
        .map(|rest| rest.trim_start_matches([' ', '/']))
        .is_some_and(|rest| rules.text.is_doc_symbol(rest))
}

/// Whether a line speaks to its reader ("you", "your"): a site's notice, not a document's
/// sentence.
fn addresses_reader(line: &str) -> bool {
    // (A notice is short: a paragraph is read no further than a notice's length.)
    let mut end = line.len().min(READER_NOTICE_MAX_BYTES);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    let bytes = &line.as_bytes()[..end];
    let letter = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
    (0..bytes.len()).any(|i| {
        matches!(bytes[i], b'y' | b'Y')
            && (i == 0 || !letter(i - 1))
            && bytes[i + 1..].len() >= 2
            && bytes[i + 1..i + 3].eq_ignore_ascii_case(b"ou")
            && (!letter(i + 3) || (matches!(bytes[i + 3], b'r' | b'R') && !letter(i + 4)))
    })
}

/// Bytes of a long line read for the reader addressed ([`addresses_reader`]).
const READER_NOTICE_MAX_BYTES: usize = 400;

/// Fewest spaces in a row that part two cells of a line (fewer is a typing slip: "said.  The").
const CELL_GAP_SPACES: usize = 3;

/// "HRW Documents on Uzbekistan FREE    Join the HRW Mailing List": a line whose words stand in
/// two parts or more apart by a run of spaces (or a tab) is a row of a page's links or a
/// table's cells laid side by side, never a headline, which is one run of words.
fn cells_row(raw: &str) -> bool {
    let bytes = raw.trim().as_bytes();
    let mut letter_before = false;
    let mut spaces = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b' ' => spaces += 1,
            b'\t' => spaces = CELL_GAP_SPACES,
            _ => {
                if spaces >= CELL_GAP_SPACES && letter_before {
                    // (A letter after the gap makes it a second cell.)
                    return bytes[i..].iter().any(u8::is_ascii_alphabetic)
                        || !bytes[i..].is_ascii();
                }
                spaces = 0;
                letter_before |= b.is_ascii_alphabetic() || !b.is_ascii();
            }
        }
    }
    false
}

/// "Address by Ms. X, … to the 17th session of the Human Rights Council - Introduction of …": a
/// statement's full heading, a title however long.
fn full_heading_opening(line: &str, rules: &ImportRules) -> bool {
    // (Compared without case on the bytes, not folded into a copy: the openings are plain
    // lower-case ASCII words, and most lines differ at their first letter.)
    let opens = |line: &[u8]| {
        scoring(rules).full_heading_openings.iter().any(|p| {
            line.len() > p.len()
                && line[..p.len()].eq_ignore_ascii_case(p.as_bytes())
                && line[p.len()] == b' '
        })
    };
    // "OSCE: EU Statement in response to the Secretary of State of …", "U.S. Statement on …":
    // the opening may follow the speaker's name or a label of a few capitalised words, in a
    // heading that does not end as a sentence does.
    opens(line.as_bytes())
        || (!line.ends_with('.')
            && line
                .match_indices(' ')
                .take(FULL_HEADING_SPEAKER_WORDS)
                .take_while(|(at, _)| {
                    line[..*at]
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
                })
                .any(|(at, _)| opens(&line.as_bytes()[at + 1..])))
}

/// Most words of a speaker's name or a label before a full heading's opening ("OSCE: EU
/// Statement on …").
const FULL_HEADING_SPEAKER_WORDS: usize = 3;

/// "Kazakhstan: Joint Statement on …", "CPJ: Kazakhstan authorities jail …", "AI Urgent Action:
/// Life of … at risk": a headline after a country, initials or a label, not a page field
/// ("Place : Vienna").
fn headline_after_label(line: &str, rules: &ImportRules) -> bool {
    line.split_once(':').is_some_and(|(label, value)| {
        let label = label.trim();
        rules.gazetteer.exact(&fold(label)).is_some()
            // "CPJ: …", "HRW: …": an organisation's initials.
            || (label.len() <= 5 && label.chars().all(|c| c.is_ascii_uppercase()))
            || words_upto(value, HEADLINE_VALUE_MIN_WORDS) >= HEADLINE_VALUE_MIN_WORDS
    })
}

/// "Turkmenistan: 12th Annual Human Rights Dialogue": a country's name, a colon and two words
/// or more: a headline's form.
pub(super) fn country_headline(line: &str, rules: &ImportRules) -> bool {
    line.split_once(": ").is_some_and(|(label, value)| {
        words_upto(value, 2) >= 2 && rules.gazetteer.exact(&fold(label.trim())).is_some()
    })
}

/// "Alert: Torture survivors speak out …": a site's one-word banner label before a colon, not a
/// country ("Kazakhstan: …") or an organisation's initials ("CPJ: …").
fn banner_label(line: &str, rules: &ImportRules) -> bool {
    line.split_once(": ").is_some_and(|(label, _)| {
        let label = label.trim();
        words_upto(label, 2) == 1
            && label.chars().all(char::is_alphabetic)
            && !label.chars().all(|c| c.is_uppercase())
            // ("MEPs: The authorities must …", "NGOs: …": initials in the plural name who
            // speaks, as a headline's speaker does.)
            && !label
                .strip_suffix('s')
                .is_some_and(|l| l.len() >= 2 && l.chars().all(|c| c.is_uppercase()))
            && rules.gazetteer.exact(&fold(label)).is_none()
    })
}

/// Words a title never ends in: a line ending in one was wrapped ("… of the Committee on the").
const DANGLING_WORDS: &[&str] = &[
    "the", "of", "on", "and", "for", "to", "in", "a", "an", "against",
];

/// Most lines of a bill's official title (wrapped in the print).
const OFFICIAL_TITLE_MAX_LINES: usize = 5;
/// Most words of a bill's genre line ("CONCURRENT RESOLUTION").
const OFFICIAL_LABEL_MAX_WORDS: usize = 2;

/// "RESOLUTION" / "Expressing the sense of the House of" / "Representatives regarding the
/// situation in …." : a bill's genre alone on its line in capitals (`official_title_labels`),
/// then its official title up to the full stop (blank lines before it, none inside), which
/// is the document's title over the chamber ("IN THE HOUSE OF REPRESENTATIVES") and the
/// sponsors' line above it. Read in the top lines (`top`, with their words and line numbers).
fn official_title(
    top: &[(usize, Cow<'_, str>)],
    top_words: &[usize],
    line_nos: &[usize],
    scoring: &TitleScoring,
) -> Option<String> {
    let label = (0..top.len()).find(|&k| {
        (1..=OFFICIAL_LABEL_MAX_WORDS).contains(&top_words[k])
            && caps_heading(&top[k].1)
            && scoring
                .official_title_labels
                .iter()
                .any(|label| label.eq_ignore_ascii_case(top[k].1.trim()))
    })?;
    let mut title = String::new();
    for k in label + 1..(label + 1 + OFFICIAL_TITLE_MAX_LINES).min(top.len()) {
        // (No blank line inside the title; a long line is no part of one.)
        if (k > label + 1 && line_nos[k] != line_nos[k - 1] + 1) || top_words[k] == 0 {
            return None;
        }
        let line = top[k].1.trim();
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(line);
        if line.ends_with('.') {
            return Some(tidy_title(title.trim_end_matches('.')));
        }
    }
    None
}

/// A line that stops on one of [`DANGLING_WORDS`] in small letters ("… governing the", "… Erosion
/// of the"; "The Crackdown Goes On" ends in a capital): cut where its text wrapped, never a title
/// by itself.
fn cut_where_wrapped(line: &str) -> bool {
    ends_dangling(line)
        && line
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase) && w != "on")
}

/// Whether a line ends in one of [`DANGLING_WORDS`]: its title goes on on the next line.
fn ends_dangling(line: &str) -> bool {
    line.rsplit(' ')
        .next()
        .is_some_and(|w| crate::text::with_ascii_lowercase(w, |w| DANGLING_WORDS.contains(&w)))
}

/// Whether a line is in capitals throughout (a record's heading, "GOVERNMENT OF THE REPUBLIC OF
/// KAZAKHSTAN ON …"), with letters.
fn caps_heading(line: &str) -> bool {
    line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase)
}

/// Longest line (in words) read as a further part of a heading in capitals wrapped over lines
/// that each end in one of [`DANGLING_WORDS`] (a full line of a copied record).
const WRAPPED_LINE_MAX_WORDS: usize = 15;

/// Most lines of a headline in capitals wrapped with no blank line between them.
const CAPS_RUN_MAX_LINES: usize = 4;

/// Words a title's second half may open with, in any case ("OF RACIAL DISCRIMINATION" under
/// "COMMITTEE ON THE ELIMINATION"): a line opening so is no title on its own.
const CONTINUING_OPENINGS: &[&str] = &["of", "and"];

/// Most lines from a title's first half to its second (a blank line between them).
const WRAPPED_LINE_MAX_GAP: usize = 2;
/// Most lines from a title's first half to a second half that opens in lower case (two blank
/// lines between them).
const WRAPPED_SPACED_MAX_GAP: usize = 3;
/// Longest line (in words) read as the second half of a wrapped title.
const CONTINUATION_MAX_WORDS: usize = 8;

/// Fewest words after a label's colon that make the line a headline.
const HEADLINE_VALUE_MIN_WORDS: usize = 6;

/// "Geneva, 27 April – 15 May 2009", "Delivered on 7 May 2018": a date or a session's days with
/// at most a place or two words besides, not a title.
fn date_line(line: &str) -> bool {
    // ("Miércoles, 06 de julio, 2022": a weekday and "de" are part of the date.)
    let joining = |w: &str| matches!(w, "de" | "del" | "of" | "the");
    // (The weekdays' names are lower case: an ASCII word is compared without a lower-case
    // copy.)
    let weekday = |w: &str| {
        if w.is_ascii() {
            dates::is_weekday_ignoring_ascii_case(w)
        } else {
            dates::is_weekday(&w.to_lowercase())
        }
    };
    // The words besides the date's, counted only up to one too many (a headline stops there),
    // the cheapest tests first.
    let too_many_others = line
        .split_whitespace()
        .filter(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.is_empty()
                && !w.chars().next().is_some_and(|c| c.is_ascii_digit())
                && !joining(w)
                && month_number(w).is_none()
                && !weekday(w)
        })
        .nth(DATE_LINE_OTHER_WORDS)
        .is_some();
    if too_many_others {
        return false;
    }
    dates::find_date_or_range(line).is_some() || {
        let plain: Vec<&str> = line
            .split_whitespace()
            .filter(|w| !joining(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .collect();
        dates::find_date_or_range(&plain.join(" ")).is_some()
    }
}

/// Most words of a wire dateline's place in capitals ("BISHKEK", "NEW YORK").
const WIRE_PLACE_MAX_WORDS: usize = 3;

/// "BISHKEK, March 9 The Example Rights Office urged": a wire story's dateline (a place in
/// capitals, a comma, a month's name and a day, the agency's tag lost) run straight into the
/// first words of its first sentence, hard-wrapped after them. It opens the body's first
/// paragraph (which goes on below it), never a headline.
fn wire_dateline_run_on(line: &str) -> bool {
    let Some((place, rest)) = line.split_once(", ") else {
        return false;
    };
    let place_words = place.split(' ');
    let mut rest = rest.split(' ');
    let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    (1..=WIRE_PLACE_MAX_WORDS).contains(&place_words.clone().count())
        && place_words.into_iter().all(|w| {
            w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '.')
        })
        && match (rest.next(), rest.next()) {
            // (Month and day, or day and month.)
            (Some(a), Some(b)) => {
                (month_number(a.trim_end_matches('.')).is_some() && day(b))
                    || (day(a) && month_number(b.trim_end_matches('.')).is_some())
            }
            _ => false,
        }
        // (Then the sentence, not a year or a separator: "BISHKEK, March 9 -" ends on a dash.)
        && rest
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && rest.next().is_some())
}

/// Most words after the slash of a section rubric.
const RUBRIC_TOPIC_MAX_WORDS: usize = 4;

/// "EUROPEAN PARLIAMENT PLENARY / Tajikistan": a bulletin's section in capitals, a slash and the
/// topic of the story below (a few words): the rubric over a headline, never the headline.
fn rubric(line: &str) -> bool {
    // (A line without a slash is passed at once.)
    memchr::memchr(b'/', line.as_bytes()).is_some()
        && line.split_once(" / ").is_some_and(|(section, topic)| {
            words_upto(section, 2) >= 2
                && section.chars().any(char::is_alphabetic)
                && !section.chars().any(char::is_lowercase)
                && !topic.contains(" / ")
                && words_upto(topic, RUBRIC_TOPIC_MAX_WORDS + 1) <= RUBRIC_TOPIC_MAX_WORDS
        })
}

/// "Statement delivered to the OSCE Permanent Council", "Remarks as delivered at …": how and
/// where a speech was given, printed under its headline and speaker (a speech's kind, then
/// "delivered" or "as delivered"), never its title.
pub(super) fn delivery_line(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let kind = words.next().unwrap_or_default();
    ["statement", "remarks", "speech", "address", "intervention"]
        .iter()
        .any(|k| kind.eq_ignore_ascii_case(k))
        && match words.next() {
            Some("delivered") => true,
            Some("as") => words.next() == Some("delivered"),
            _ => false,
        }
}

/// "by Example Steppe News", "by Jane Roe": a byline in lower case, "by" and then a name of
/// capitalised words only, no sentence end; under a headline it is the byline, never the
/// headline's second half ("… of Kyrgyzstan" opens in lower case too).
fn lower_byline(line: &str) -> bool {
    let Some(name) = line.strip_prefix("by ") else {
        return false;
    };
    !name.ends_with(['.', ':', ';', ',', '!', '?'])
        && name
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// Most words of a name before its initials in brackets.
const NAMED_INITIALS_MAX_WORDS: usize = 8;

/// "News Central Asia (nCa)", "Example Rights Watch (ERW)": a name and its own initials in
/// brackets, nothing else: a site's or an organisation's name, never a document's title.
fn name_with_initials(line: &str) -> bool {
    let Some((name, initials)) = line
        .trim_end()
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once(" ("))
    else {
        return false;
    };
    if !(2..=8).contains(&initials.len())
        || !initials.chars().all(|c| c.is_ascii_alphabetic())
        || words_upto(name, NAMED_INITIALS_MAX_WORDS + 1) > NAMED_INITIALS_MAX_WORDS
    {
        return false;
    }
    let firsts: String = name
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .filter_map(|w| w.chars().next())
        .collect();
    firsts.eq_ignore_ascii_case(initials)
}

/// Separators of a breadcrumb trail ("Home >> Databases >> …").
const CRUMB_SEPARATORS: [&str; 4] = [" >> ", " > ", " » ", " › "];

/// The crumbs of the breadcrumb trails among the top lines, folded, but for each trail's last
/// (which may be the page itself): a section or database a page sits in ("Library >>
/// Databases >> Committee Against Torture - Concluding Observations >> 2027 >> …"), which,
/// printed alone on its line, is the site's label, not the title.
fn trail_crumbs<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut crumbs = Vec::new();
    for line in lines {
        // (The cheap test first: every separator holds '>' or the last byte of '»' or '›'.)
        if memchr::memchr3(b'>', 0xBB, 0xBA, line.as_bytes()).is_none() {
            continue;
        }
        let Some(sep) = CRUMB_SEPARATORS.iter().find(|s| line.contains(**s)) else {
            continue;
        };
        let parts: Vec<&str> = line.split(sep).collect();
        for part in &parts[..parts.len() - 1] {
            // ("You are here: WorldLII": a label before the first crumb.)
            let part = part.rsplit(": ").next().unwrap_or(part).trim();
            if !part.is_empty() {
                crumbs.push(fold(part));
            }
        }
    }
    crumbs
}

/// "Oct. 28 (NEWSWIRE) –": a dateline set over the body; a title never ends on a dash.
fn ends_on_dash(line: &str) -> bool {
    line.trim_end().ends_with(['–', '—', '-'])
}

/// "B. Positive aspects", "IV. Recommendations": a section heading.
pub(crate) fn section_marker(line: &str) -> bool {
    line.split_once(". ").is_some_and(|(m, _)| {
        !m.is_empty() && m.len() <= 4 && m.chars().all(|c| c.is_ascii_uppercase())
    })
}

/// "It also called for the release of nine other journalists …": a sentence whose subject is a
/// pronoun pointing back ("It", "He", "She", "They", then a word in lower case) and that ends in
/// a full stop goes on from a sentence above it, never a headline.
fn pronoun_sentence(line: &str) -> bool {
    let mut words = line.split(' ');
    matches!(words.next(), Some("It" | "He" | "She" | "They"))
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
        && line
            .trim_end_matches(['"', '\u{201d}', '\''])
            .ends_with('.')
}

/// Two sentences or more ("… was arrested. He …"), told from abbreviations ("U.S. Statement",
/// "No. 1502") by the lower-case word of three letters or more before the stop.
fn sentence_run_on(line: &str) -> bool {
    line.match_indices(". ").any(|(at, _)| {
        let word = line[..at].rsplit(' ').next().unwrap_or("");
        word.chars().count() >= 3 && word.chars().all(|c| c.is_lowercase())
    })
}

/// Whether `other` is `candidate` again, or `candidate` with a few words glued on either
/// side, or `candidate` is `other` with a few words glued on (both folded).
fn repeats(candidate: &str, other: &str) -> bool {
    if candidate == other {
        return true;
    }
    let (long, short) = if candidate.len() > other.len() {
        (candidate, other)
    } else {
        (other, candidate)
    };
    // (The ends compared first: most pairs of lines differ there, and words are not counted.)
    let (rest, trail) = if let Some(rest) = long.strip_prefix(short) {
        (rest, false)
    } else if let Some(rest) = long.strip_suffix(short) {
        // ("Home Urgent Actions 2021 11 Activist at risk of torture" over "Activist at risk
        // of torture": a breadcrumb trail whose separators were lost ends in the title, which
        // is the line it repeats; the trail itself is not.)
        (
            rest,
            short == candidate && words_upto(short, TRAIL_TITLE_MIN_WORDS) >= TRAIL_TITLE_MIN_WORDS,
        )
    } else {
        return false;
    };
    let most = if trail {
        TRAIL_EXTRA_WORDS
    } else {
        REPEAT_EXTRA_WORDS
    };
    words_upto(short, 3) >= 3
        && (rest.starts_with(' ') || rest.ends_with(' '))
        && words_upto(rest, most + 1) <= most
}

fn has_phrase(folded: &str, phrase: &str) -> bool {
    folded
        .match_indices(phrase)
        .any(|(at, _)| whole_at(folded, at, phrase.len()))
}

/// Whether the `len` bytes of `folded` from `at` are whole words: a word starts at `at`, and
/// no letter or digit follows.
fn whole_at(folded: &str, at: usize, len: usize) -> bool {
    super::is_word_start(folded, at)
        && folded[at + len..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// The text of a line as a title candidate: a Markdown heading's text, whitespace collapsed
/// (borrowed when the line is collapsed already, as most are); and its number of words.
fn line_text(line: &Line) -> (Cow<'_, str>, usize) {
    match md_heading_text(&line.text) {
        Some(text) => {
            let words = word_count(&text);
            (Cow::Owned(text), words)
        }
        // (Collapsing keeps the words.)
        None => (line.text.collapsed(), line.text.words()),
    }
}

/// Chooses the title among the lines near the top of `blocks`. `picked` is the header reader's
/// choice; `body_start` the first block it left to the body. Returns `picked` when scoring
/// finds nothing better, and `None` when neither found a title.
/// Lines from the top of the raw text read for breadcrumb trails (a trail goes as chrome before
/// the blocks are made, so it is read in the text).
const TRAIL_REACH_LINES: usize = 40;

pub(super) fn choose(
    blocks: &[Vec<Line>],
    body_start: usize,
    picked: Option<String>,
    rules: &ImportRules,
    raw_text: &str,
) -> Option<String> {
    let scoring = scoring(rules);
    if scoring.reach_lines == 0 {
        return picked;
    }
    let picked = picked.filter(|p| !ends_on_dash(p));
    // The lines of the top of the text, each with the index of its block. A line too long to
    // be a title (a paragraph) is kept as an empty text, marked long, and never read whole.
    // (Each of the five lists below gets one entry per line read, up to the reach: made that
    // size once, not grown a line at a time.)
    let reach = scoring
        .repeat_reach_lines
        .min(blocks.iter().map(Vec::len).sum());
    let mut top: Vec<(usize, Cow<'_, str>)> = Vec::with_capacity(reach);
    // (The number of words of each line's text in `top`: 0 for a long line.)
    let mut top_words: Vec<usize> = Vec::with_capacity(reach);
    // (The raw text of each long line, read only at its ends.)
    let mut long: Vec<Option<&str>> = Vec::with_capacity(reach);
    // (The number of each line in the file.)
    let mut line_nos: Vec<usize> = Vec::with_capacity(reach);
    // (The raw text of each line, its runs of spaces kept: see `cells_row`.)
    let mut raws: Vec<&str> = Vec::with_capacity(reach);
    'blocks: for (b, block) in blocks.iter().enumerate() {
        for line in block {
            if top.len() >= scoring.repeat_reach_lines {
                break 'blocks;
            }
            let is_long = line.text.len() > LONG_LINE_BYTES;
            let (text, words) = if is_long {
                (Cow::Borrowed(""), 0)
            } else {
                line_text(line)
            };
            top.push((b, text));
            top_words.push(words);
            long.push(is_long.then_some(line.text.as_str()));
            line_nos.push(line.no);
            raws.push(line.text.as_str());
        }
    }
    if let Some(title) = official_title(&top, &top_words, &line_nos, scoring) {
        return Some(title);
    }
    // A sentence, not a long headline.
    let sentence_end = |t: &str| t.ends_with(['.', '!', '?', ':', '"', '”', '’', ')']);
    // (A statement's full heading, "Address by … for Kyrgyzstan", is as long as a paragraph
    // but is none.)
    let body_sized = |k: usize, t: &str| {
        long[k].is_some()
            || (top_words[k] >= BODY_LINE_MIN_WORDS && !full_heading_opening(t, rules))
    };
    // From the first sentence of many words at or after the header reader's body start, a
    // line is in the body (weighed by `after_body`).
    // ("Please note that on our website we use cookies to enhance your experience …" above
    // the headline: a notice addressing the reader is the site's, and the body has not begun.)
    let in_body = |k: usize| {
        let (b, t) = &top[k];
        *b >= body_start
                && if let Some(raw) = long[k] {
                    sentence_end(raw.trim_end()) && is_bullet(raw).is_none()
                } else {
                    body_sized(k, t)
                        && is_bullet(t).is_none()
                        && sentence_end(t)
                        && !citation_line(t, rules)
                }
                && !addresses_reader(long[k].unwrap_or(t))
                // ("UN Special Procedures sent … a Joint Allegation Letter raising questions
                // about ….": a line with a date alone right under it is a headline, however
                // like a sentence it reads; the body starts below the date.)
                && !top
                    .get(k + 1)
                    .is_some_and(|(_, next)| long[k].is_none() && date_line(next))
    };
    let body_line = (0..top.len()).find(|&k| in_body(k)).unwrap_or(top.len());
    // "On Monday the Council adopted its annual report." / "Extracts from the report on the
    // situation in Kazakhstan" / "Republic of Kazakhstan" / …: the text's first sentence, with no
    // headline above it (only one-word labels, or lines opening in lower case), and a headline's
    // line right under it (three words or more, no sentence mark or colon at its end, a capital
    // first) over a line that is no paragraph is a standfirst, a photo's caption or a teaser
    // above the headline: the body starts below it.
    let body_line = match top.get(body_line + 1) {
        Some((_, next))
            if long[body_line + 1].is_none()
                && top_words[body_line + 1] >= 3
                && !body_sized(body_line + 1, next)
                && !next
                    .trim_end_matches(['"', '”', '’', '\'', ')'])
                    .ends_with(['.', ':', ';', ',', '!'])
                && next.starts_with(|c: char| c.is_uppercase() || "\"“‘'".contains(c))
                && !excluded(next, top_words[body_line + 1], rules)
                // (A headline has its header under it, a date, a byline, a subtitle or a
                // country's name, read or dropped; a section's heading has its paragraph right
                // under it, a blank line between at most.)
                && top.get(body_line + 2).is_none_or(|(_, after)| {
                    !body_sized(body_line + 2, after)
                        || line_nos[body_line + 2] > line_nos[body_line + 1] + 2
                })
                && (0..body_line)
                    .all(|j| top_words[j] <= 1 || top[j].1.starts_with(char::is_lowercase)) =>
        {
            (body_line + 2..top.len())
                .find(|&k| in_body(k))
                .unwrap_or(top.len())
        }
        _ => body_line,
    };
    // "BISHKEK, March 9 The Example Rights Office urged" / "Kyrgyzstan on Wednesday to …": a
    // wire's dateline run into the first sentence of a hard-wrapped body (whose short lines are no
    // body line's size) is where the body starts.
    let body_line = (0..body_line)
        .find(|&k| long[k].is_none() && wire_dateline_run_on(&top[k].1))
        .unwrap_or(body_line);
    // "Other State Department Archive SitesU.S. Department of State" / … / "You are in: … > … >
    // 2002" / "Continued Concern About Turkmenistan": above the body, the lines over a
    // breadcrumb trail are the site's frame; the page's own headline comes below the trail.
    let trail_end = raw_text
        .match_indices('\n')
        .nth(TRAIL_REACH_LINES)
        .map_or(raw_text.len(), |(at, _)| at);
    let first_body_no = line_nos.get(body_line).copied().unwrap_or(usize::MAX);
    let trail_no = if memchr::memchr3(b'>', 0xBB, b'/', &raw_text.as_bytes()[..trail_end]).is_some()
    {
        raw_text
            .lines()
            .take(TRAIL_REACH_LINES)
            .enumerate()
            .map(|(k, l)| (k + 1, l))
            .take_while(|&(no, _)| no < first_body_no)
            .filter(|&(_, l)| super::lines::trail_line(l))
            .map(|(no, _)| no)
            .last()
    } else {
        None
    };
    let above_trail = |order: usize| trail_no.is_some_and(|t| line_nos[order] < t);
    // (The header reader's pick among them is no title either.)
    let picked = match trail_no {
        Some(_) => picked.filter(|p| !(0..top.len()).any(|k| above_trail(k) && top[k].1 == *p)),
        None => picked,
    };
    // The top lines folded once, for repetitions (short lines only: a title is short).
    let top_folded: Vec<Option<String>> = top
        .iter()
        .zip(&top_words)
        .map(|((_, t), &words)| {
            (!t.is_empty() && words <= MAX_WORDS + REPEAT_EXTRA_WORDS).then(|| fold(t))
        })
        .collect();
    let picked_folded = picked.as_deref().map(fold);
    // "Surprise Acquittals: …" / "Surprise Acquittals: …": the page's headline printed twice in
    // a row (its meta title and its heading), a headline's length and no sentence, where the
    // article begins; a short line above it is the site's label ("News in English").
    let doubled_at = (0..top.len().min(scoring.reach_lines)).find(|&k| {
        top_folded[k].as_deref().is_some_and(|t| {
            words_upto(t, DOUBLED_MIN_WORDS) >= DOUBLED_MIN_WORDS
                && !t.ends_with('.')
                && top_folded.get(k + 1).and_then(Option::as_deref) == Some(t)
        })
    });
    // Whether a line near the candidates is a date or a byline line: read only for the lines
    // just below a candidate, and once per line, not once per candidate above it.
    let dated_or_byline_cells: Vec<std::cell::OnceCell<bool>> =
        (0..top.len().min(scoring.reach_lines + 3))
            .map(|_| std::cell::OnceCell::new())
            .collect();
    let dated_or_byline = |k: usize| {
        dated_or_byline_cells.get(k).is_some_and(|cell| {
            *cell.get_or_init(|| {
                let t = &top[k].1;
                find_header_date(t, rules).is_some()
                    || rules
                        .text
                        .author_prefix
                        .iter()
                        .any(|p| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
            })
        })
    };
    // (Read only when a top line holds a trail's separator.)
    // (The top of the text searched once for a separator's byte before its lines are read.)
    let top_end = trail_end;
    let crumbs = if memchr::memchr3(b'>', 0xBB, 0xBA, &raw_text.as_bytes()[..top_end]).is_some() {
        trail_crumbs(raw_text.lines().take(TRAIL_REACH_LINES))
    } else {
        Vec::new()
    };
    // "CONTENTS" / "Initial report of Kyrgyzstan" / …: the lines under a table of contents'
    // heading are its entries (and the body's headings after them), never the document's title,
    // which stands above it.
    let contents_at = (0..top.len().min(scoring.reach_lines)).find(|&k| {
        top_words[k] <= 3 && {
            let t = top[k].1.trim();
            t.eq_ignore_ascii_case("contents") || t.eq_ignore_ascii_case("table of contents")
        }
    });
    let mut candidates: Vec<Candidate> = Vec::new();
    // The last line read as the second half of the candidate above it ("Concluding
    // observations of the Committee on the" / "Elimination of Racial Discrimination"): no
    // title on its own (it would be the organ's name, or the title cut).
    let mut joined_through = None;
    // (Those lines, folded: the header reader's pick of one is a title cut.)
    let mut consumed: Vec<String> = Vec::new();
    for (order, (_, raw)) in top.iter().enumerate().take(scoring.reach_lines) {
        if joined_through.is_some_and(|end| order <= end) {
            consumed.push(fold(raw));
            continue;
        }
        // "Subject: Urgent concerns regarding …": a letter's subject line names it.
        let subject = super::LETTER_SUBJECT_LABELS
            .iter()
            .find_map(|p| raw.strip_prefix(p))
            .map(str::trim);
        let line = subject.unwrap_or(raw.as_ref());
        let line_words = subject.map_or(top_words[order], word_count);
        // (Only a line whose spaces were collapsed can be a row of cells.)
        let collapsed = matches!(raw, Cow::Owned(_));
        // "Committee Asks Delegation About Detention Rules," / "Complaints Against Police and
        // Training of Guards": a headline in title case wrapped after its comma, the second
        // half in title case right below it, is a candidate joined (below).
        // ("“Business as Usual” Will Not Work –" / "Bold Steps Urgently Needed": so is one
        // wrapped after a dash.)
        let wrapped_after_mark = (line.ends_with(',') || ends_on_dash(line))
            && line_words >= 3
            && top.get(order + 1).is_some_and(|(_, next)| {
                (2..=CONTINUATION_MAX_WORDS).contains(&top_words[order + 1])
                    && line_nos[order + 1] == line_nos[order] + 1
                    && title_case(line)
                    && title_case(next)
                    && !next.ends_with(['.', ':', ';', '!', '?', ','])
            });
        let unwrapped = if wrapped_after_mark {
            line.trim_end_matches([',', '-', '–', '—']).trim_end()
        } else {
            line
        };
        if long[order].is_some()
            || contents_at.is_some_and(|c| order > c)
            || (collapsed && cells_row(raws[order]))
            || excluded(unwrapped, line_words, rules)
            || (!crumbs.is_empty() && crumbs.contains(&fold(line.trim())))
            || above_trail(order)
            // ("Statement by Australia" / "Statement on Mongolia" / "by Ms X": the speaker's
            // line over the statement's own heading is its byline.)
            || top.get(order + 1).is_some_and(|(_, next)| speaker_over_statement(line, next))
        {
            continue;
        }
        // "Concluding observations on the fifth periodic report" / "of Kyrgyzstan*": a title
        // wrapped onto a line of its own that opens in lower case, or after a line that ends
        // in a word no title ends in ("Concluding observations of the Committee on the" /
        // "Elimination of Discrimination against Women"), right below it (a blank line between
        // at most: not the second line of a byline whose first went as chrome), not a byline
        // in lower case ("by Example Steppe News").
        let dangling = || ends_dangling(line);
        // "HELSINKI COMMISSION CHAIRMAN WELCOMES" / "STATE DEPARTMENT CRITIQUE OF REPRESSION" /
        // "OF RELIGIOUS GROUPS IN TURKMENISTAN": a headline in capitals hard-wrapped over lines
        // that follow each other with no blank line between, each of two words or more, is one
        // title (its first line of three words or more, none ending in a stop or a colon).
        let caps_run = |at: usize| {
            caps_heading(&top[at].1)
                && top.get(at + 1).is_some_and(|(_, next)| {
                    line_nos[at + 1] == line_nos[at] + 1
                        && caps_heading(next)
                        && (2..=WRAPPED_LINE_MAX_WORDS).contains(&top_words[at + 1])
                        && !top[at].1.ends_with(['.', ':', ';', '!', '?'])
                })
        };
        let in_caps_run = line_words >= 3
            && caps_run(order)
            && !(order > 0 && line_nos[order] == line_nos[order - 1] + 1 && caps_run(order - 1));
        let joined = top
            .get(order + 1)
            .filter(|(_, next)| {
                in_caps_run
                    || (((next.starts_with(char::is_lowercase)
                        && (2..=CONTINUATION_MAX_WORDS).contains(&top_words[order + 1])
                        && !lower_byline(next))
                        || (dangling()
                            && ((2..=CONTINUATION_MAX_WORDS).contains(&top_words[order + 1])
                                || (caps_heading(line)
                                    && caps_heading(next)
                                    && top_words[order + 1] <= WRAPPED_LINE_MAX_WORDS))))
                        && line_words >= 3
                        && !line.ends_with(['.', ':', ';', '!', '?', ','])
                        || wrapped_after_mark)
            })
            .filter(|(_, next)| {
                // (Read after the second half's look, which few lines have.)
                // (Two blank lines between when the second half opens in lower case: a copied
                // PDF that spaces every row of its letterhead so, "… periodic report" / "" /
                // "" / "of Kyrgyzstan*".)
                // (Only blank lines between: not the second line of a byline whose first went
                // as chrome, "… Ambassador Natalya Drozd" / "As delivered by Ambassador X" /
                // "to the Permanent Council, Vienna".)
                let (from, to) = (line_nos[order], line_nos[order + 1]);
                to <= from + 1
                    || ((to <= from + WRAPPED_LINE_MAX_GAP
                        || (to == from + WRAPPED_SPACED_MAX_GAP
                            && next.starts_with(char::is_lowercase)))
                        && raw_text
                            .lines()
                            .skip(from)
                            .take(to - from - 1)
                            .all(|l| l.trim().is_empty()))
            })
            .map(|(_, next)| format!("{line} {next}"));
        // "Kazakh cities in response to amendments adopted on the land law governing the" /
        // "rights of foreigners to …": a line in small letters at its end that stops on a word
        // no title ends in, with no title's second half below it, was cut where its paragraph
        // wrapped ("The Crackdown Goes On" ends in a capital).
        if joined.is_none() && cut_where_wrapped(line) {
            continue;
        }
        // "SENATE CONCURRENT RESOLUTION 86--CONGRATULATING THE PEOPLE AND" / "GOVERNMENT OF
        // THE REPUBLIC OF KAZAKHSTAN ON THE TWELFTH ANNIVERSARY OF" / …: a heading in capitals
        // wrapped over more lines goes on while each line ends in a word no title ends in,
        // each further line in capitals and a full line's length at most (a body wrapped
        // so, in lower case, is no heading).
        let mut last = order + usize::from(joined.is_some());
        let joined = joined.map(|mut text| {
            while (ends_dangling(&text)
                || (in_caps_run && last < order + CAPS_RUN_MAX_LINES - 1 && caps_run(last)))
                && top_words.len() > last + 1
                && (2..=WRAPPED_LINE_MAX_WORDS).contains(&top_words[last + 1])
                && caps_heading(&top[last + 1].1)
                && line_nos[last + 1] <= line_nos[last] + WRAPPED_LINE_MAX_GAP
                && raw_text
                    .lines()
                    .skip(line_nos[last])
                    .take(line_nos[last + 1] - line_nos[last] - 1)
                    .all(|l| l.trim().is_empty())
            {
                last += 1;
                text.push(' ');
                text.push_str(&top[last].1);
            }
            text
        });
        if joined.is_some() {
            joined_through = Some(last);
        }
        let text = joined.as_deref().unwrap_or(line);
        let tidy = tidy_title(text.trim_end_matches('.'));
        let folded = fold(text);
        // The line after the candidate (after its last part, when joined).
        let after = last + 1;
        let words = match &joined {
            Some(joined) => word_count(joined),
            None => line_words,
        };
        let date_or_byline = dated_or_byline(after) || dated_or_byline(after + 1);
        let in_title_case = words >= 3 && title_case(text);
        let features = Features {
            order,
            picked: picked_folded.as_deref().is_some_and(|p| p == fold(&tidy)),
            words,
            stop: text.ends_with('.'),
            repeated: top_folded
                .iter()
                .enumerate()
                .any(|(k, t)| k != order && t.as_deref().is_some_and(|t| repeats(&folded, t))),
            // (Looked up below, only for the candidates it can decide.)
            place: false,
            kind: scoring.has_kind_phrase(&folded),
            title_case: in_title_case,
            before_date: date_or_byline,
            before_body: top.get(after).is_some_and(|(_, t)| body_sized(after, t)),
            dated: dates::find_date_or_range(text).is_some(),
            label: rules
                .text
                .publisher_labels
                .iter()
                .any(|p| folded.starts_with(p.as_str())),
            subject: subject.is_some(),
            after_body: order >= body_line,
            country_only: words <= 3
                && rules
                    .gazetteer
                    .exact(&fold(text.trim_end_matches(['*', ' ', '.'])))
                    .is_some(),
            caps: words >= 3 && !text.chars().any(char::is_lowercase),
            // A library's citation or a site's name cut off: the record's line, not the
            // document's own title.
            decorated: {
                let plain = text.trim_end_matches(['.', '*', ' ']);
                tidy != super::without_record_code(
                    plain.strip_suffix("[*]").unwrap_or(plain).trim_end(),
                )
            },
            label_colon: banner_label(text, rules),
            // (Only a heading too long for a headline: "Statement by the Delegation of the
            // United States of America" under "U.S. Statement at the UPR of X" is a byline.)
            full_heading: words > MAX_WORDS && full_heading_opening(text, rules),
            // ("Turkmenistan: 12th Annual Human Rights Dialogue": a headline after its country
            // needs no small word.)
            no_function_word: words >= 3
                && !has_function_word(&folded, scoring)
                && !country_headline(text, rules),
            above_doubled: words <= LABEL_MAX_WORDS && doubled_at.is_some_and(|d| order < d),
            // ("Report of the Special Rapporteur on …" / "Addendum" / "Mission to Kazakhstan".)
            under_addendum: order.checked_sub(1).is_some_and(|k| {
                top_words[k] == 1
                    && line_nos[order] <= line_nos[k] + 2
                    && top[k].1.trim().eq_ignore_ascii_case("addendum")
            }),
            // ("Turkmenistan: End Enforced Disappearances" / "Campaign Spotlights Dozens Who …":
            // the line under the headline, a blank line between at most.)
            under_headline: in_title_case
                && !text.ends_with(['.', '!', '?'])
                && order.checked_sub(1).is_some_and(|k| {
                    let above = top[k].1.trim();
                    // (Not the headline itself printed again without its label: "BAKU:
                    // Central Asia Remains …" / "Central Asia Remains …".)
                    let again = above
                        .split_once(": ")
                        .is_some_and(|(_, rest)| fold(rest.trim()) == folded);
                    line_nos[order] <= line_nos[k] + 2 && headline_form(above, rules) && !again
                }),
            // ("OF RACIAL DISCRIMINATION": a second half opening with "of" or "and", in
            // capitals.)
            lower_start: text.starts_with(char::is_lowercase)
                || text.split(' ').next().is_some_and(|w| {
                    CONTINUING_OPENINGS
                        .iter()
                        .any(|o| o.eq_ignore_ascii_case(w))
                }),
            // A photo's caption under its address.
            under_link: order
                .checked_sub(1)
                .and_then(|k| top.get(k))
                .is_some_and(|(_, t)| {
                    t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.")
                }),
        };
        candidates.push(Candidate {
            tidy,
            folded,
            features,
        });
    }
    // A title the header reader put together (joined halves, a line beyond the candidates):
    // nothing here to weigh it against. A line it took that cannot be a title ("Geneva, 5 – 23
    // November 2007") is no pick.
    if picked.is_some() && !candidates.iter().any(|c| c.features.picked) {
        let rejected = picked.as_deref().is_some_and(|p| {
            never_a_title(p, rules)
                || consumed.contains(&fold(p))
                // (Nor is a database's citation line cut before its record number.)
                || {
                    let p = fold(p);
                    top.iter()
                        .zip(&top_words)
                        .any(|((_, t), &w)| {
                            w > 0 && citation_line(t, rules) && fold(t).starts_with(&p)
                        })
                }
                // ("Uzbekistan and the Erosion of the" at a file host's top, the whole heading
                // "… of the" / "Strategic Partnership" in the body below.)
                || cut_where_wrapped(p)
                || (!crumbs.is_empty() && crumbs.contains(&fold(p.trim())))
                || top.iter().zip(&raws).any(|((_, t), raw)| {
                    matches!(t, Cow::Owned(_)) && t.as_ref() == p && cells_row(raw)
                })
        });
        if !rejected {
            return picked;
        }
    }
    // Naming a place is the dearest feature to look up (the whole gazetteer): it is looked up
    // only for the candidates it could carry to the top, which picks the same line.
    let best_without_place = candidates
        .iter()
        .map(|c| c.features.score(scoring))
        .fold(f32::NEG_INFINITY, f32::max);
    for c in &mut candidates {
        if scoring.place < 0.0 || c.features.score(scoring) + scoring.place >= best_without_place {
            c.features.place = !rules.gazetteer.countries_in(&c.folded).is_empty()
                || !rules.gazetteer.region_countries_in(&c.folded).is_empty();
        }
    }
    let best = candidates
        .iter()
        .map(|c| (c.features.score(scoring), c))
        .filter(|(s, _)| *s >= scoring.floor)
        // The first of equal scores: titles come early.
        .fold(None::<(f32, &Candidate)>, |best, (s, c)| match best {
            Some((b, _)) if b >= s => best,
            _ => Some((s, c)),
        });
    match best {
        // The header reader's wording of the same line (it may have trimmed it).
        Some((_, c)) if c.features.picked => picked,
        Some((_, c)) => Some(c.tidy.clone()),
        // ("Miércoles, 06 de julio, 2022" above a standfirst too long to be a title: a date
        // line is never the title, the file's name is.)
        // (Nor is a site's name with its initials.)
        None => picked
            .filter(|p| {
                !date_line(p)
                    && !name_with_initials(p)
                    && !letterhead_row(p, rules)
                    && !bracketed(p)
            })
            // "Kyrgyz journalist" / "December 23, 2009" / …: a headline too short to clear the
            // floor, of two to six words, above the body with the text's date right under it,
            // names the text better than its file does.
            .or_else(|| {
                candidates
                    .iter()
                    .filter(|c| {
                        let f = &c.features;
                        (2..=SHORT_HEADLINE_MAX_WORDS).contains(&f.words)
                            && f.before_date
                            && !f.after_body
                            && !f.stop
                            && !f.dated
                            && !f.label
                            && !f.under_link
                            && !f.country_only
                            && !f.lower_start
                            && !f.above_doubled
                    })
                    .map(|c| (c.features.score(scoring), c))
                    .fold(None::<(f32, &Candidate)>, |best, (s, c)| match best {
                        Some((b, _)) if b >= s => best,
                        _ => Some((s, c)),
                    })
                    .map(|(_, c)| c.tidy.clone())
            })
            // "(begin transcript)" / "U.S. Mission to the OSCE" / "January 31, 2027" /
            // "STATEMENT ON MEDIA FREEDOM IN KYRGYZSTAN": a document's own heading in capitals,
            // naming its kind, reproduced under a story that has no headline of its own, names
            // the text better than its file does, even below the story's first paragraph.
            .or_else(|| {
                candidates
                    .iter()
                    .find(|c| {
                        let f = &c.features;
                        f.caps
                            && f.kind
                            && (3..=CAPS_DOCUMENT_HEADING_MAX_WORDS).contains(&f.words)
                            && !f.stop
                            && !f.dated
                            && !f.label
                            && !f.lower_start
                            && !f.country_only
                    })
                    .map(|c| c.tidy.clone())
            }),
    }
}

/// Most words of a document's heading in capitals taken as the title when nothing else is one.
const CAPS_DOCUMENT_HEADING_MAX_WORDS: usize = 14;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::import::{import, Input};
    use crate::corpus::metadata::Metadata;

    #[test]
    fn a_wire_dateline_run_into_the_lead_is_no_title() {
        assert!(wire_dateline_run_on(
            "BISHKEK, March 9 The Example Office urged"
        ));
        assert!(wire_dateline_run_on("NEW YORK, 9 March Example Watch said"));
        // (A dateline alone or before its dash, a headline with a comma, a year after the day.)
        assert!(!wire_dateline_run_on("BISHKEK, March 9"));
        assert!(!wire_dateline_run_on("BISHKEK, March 9 -"));
        assert!(!wire_dateline_run_on("Bishkek, March 9 The Office urged"));
        assert!(!wire_dateline_run_on(
            "BISHKEK, March 9, 2027 The Office urged"
        ));
        assert!(!wire_dateline_run_on(
            "Kyrgyzstan: Free Them, March 9 Rally Says"
        ));
    }

    fn title_of(text: &str) -> String {
        let mut diagnostics = Vec::new();
        import(
            &Input {
                id: "untitled-file",
                source: "untitled-file.txt",
                text,
                markdown: false,
                metadata: Metadata::default(),
            },
            ImportRules::builtin_shared(),
            &mut diagnostics,
        )
        .title
    }

    #[test]
    fn a_series_issue_number_and_dated_crumbs_are_no_titles() {
        assert!(issue_number("Vol. 7, No. 9"));
        assert!(issue_number("Volume 12, Number 3"));
        assert!(issue_number("Vol. 4 No. 2 (E)"));
        assert!(!issue_number("Volume 2: Recommendations"));
        assert!(!issue_number("No. 9 Vol. 7"));
        assert!(dated_crumbs("Mongolia News / Others / April 18, 2016"));
        assert!(!dated_crumbs("News / Central Asia / Kyrgyzstan"));
        assert!(!dated_crumbs(
            "Kyrgyzstan: Lawyers / April 18, 2016 hearing postponed again"
        ));
    }

    #[test]
    fn a_rubric_and_a_trails_crumb_are_no_titles() {
        // Our own words: a bulletin's section and topic; a headline with a slash stays.
        assert!(rubric("WEEKLY RIGHTS BULLETIN / Kyrgyzstan"));
        assert!(!rubric(
            "Kyrgyzstan / Tajikistan: border talks resume after clashes"
        ));
        assert!(!rubric("UN / OSCE"));
        // A name and its own initials; a headline ending in an acronym stays.
        assert!(name_with_initials("Example Rights Watch (ERW)"));
        assert!(name_with_initials("News Central Asia (nCa)"));
        assert!(!name_with_initials(
            "Kyrgyzstan Frees Reporter, Says Watchdog (CPJ)"
        ));
        assert!(!rubric(
            "COUNCIL / a long topic that runs on for many more words"
        ));
        // Every crumb but the last, past the trail's label.
        let crumbs = trail_crumbs(
            [
                "Site Home | Search",
                "You are here: Library >> Treaty Bodies >> Page itself",
            ]
            .into_iter(),
        );
        assert_eq!(crumbs, vec![fold("Library"), fold("Treaty Bodies")]);
    }

    #[test]
    fn a_statements_full_heading_is_a_title_however_long() {
        let heading = "Address by Ms. Jane Roe, Deputy High Commissioner for Human Rights to \
                       the 40th session of the Human Rights Council - Introduction of the Report \
                       of the High Commissioner on technical cooperation and assistance in the \
                       field of human rights for Kyrgyzstan";
        let text = format!(
            "Statements Human Rights Council\n\n{heading}\n\n3 May 2027\n\nMr. President,\n\
             Distinguished Members of the Human Rights Council,\n\n\
             I have the honour to present the report on Kyrgyzstan that the Council asked \
             for in its resolution of last year, and to tell you what the Office did.\n"
        );
        assert_eq!(title_of(&text), heading);
        assert!(!excluded(
            heading,
            word_count(heading),
            ImportRules::builtin_shared()
        ));
        // Our own words: the opening after a label and the speaker's name; a long sentence
        // with the same words inside is no heading.
        let rules = ImportRules::builtin_shared();
        assert!(full_heading_opening(
            "OSCE: EU Statement in response to the Minister",
            rules
        ));
        assert!(!full_heading_opening(
            "In a long reply the EU Statement in response to the Minister was read.",
            rules
        ));
        assert!(!full_heading_opening(
            "The EU statement on the trial was read out.",
            rules
        ));
    }

    #[test]
    fn a_short_statement_by_line_is_a_byline_under_the_title() {
        let text = "Flag\n\nAn official website of the United States government\n\n\
                    U.S. Statement at the Review of Tajikistan\n4 MINUTE READ\nMay 2, 2027\n\n\
                    31st Session of the Universal Periodic Review\n\n\
                    Statement by the Delegation of the United States of America\n\
                    Delivered by Jane Roe\n\nGeneva,\nMay 2, 2027\n\n\
                    The United States welcomes the delegation from Tajikistan.\n\n\
                    We recommend that Tajikistan:\n\n\
                    1. Free the lawyers held since the protests of last year;\n\n\
                    2. Allow independent monitors into its prisons.\n\nThank you Mr. President\n";
        assert_eq!(title_of(text), "U.S. Statement at the Review of Tajikistan");
    }

    #[test]
    fn sentences_are_told_from_abbreviations() {
        assert!(sentence_run_on("Two men were held. They were later freed"));
        assert!(!sentence_run_on(
            "U.S. Statement at the Review of Tajikistan"
        ));
        assert!(!sentence_run_on("OSCE Permanent Council No. 1502 Vienna"));
    }

    #[test]
    fn a_date_with_a_place_is_a_date_line_but_a_dated_title_is_not() {
        assert!(date_line("Geneva, 27 April – 15 May 2009"));
        assert!(date_line("Delivered on 7 May 2018"));
        assert!(date_line("Miércoles, 06 de julio, 2022"));
        assert!(!date_line(
            "European Parliament resolution of 11 February 2021 on the situation in Kazakhstan"
        ));
    }

    #[test]
    fn a_repeat_may_carry_a_site_name_but_a_short_line_repeats_nothing() {
        assert!(repeats(
            "caught out at the review",
            "caught out at the review"
        ));
        assert!(repeats(
            "caught out at the review",
            "caught out at the review world news"
        ));
        assert!(!repeats("news", "news desk"));
        assert!(!repeats(
            "caught out at the review",
            "caught out at the review of the committee against torture in geneva"
        ));
    }

    #[test]
    fn a_headline_after_a_country_or_initials_is_no_page_field() {
        let rules = ImportRules::builtin_shared();
        assert!(headline_after_label(
            "Kazakhstan: Joint statement on the events",
            rules
        ));
        assert!(headline_after_label(
            "CPJ: Authorities jail reporters",
            rules
        ));
        assert!(!headline_after_label("Place: Vienna", rules));
    }

    #[test]
    fn a_headline_below_site_labels_is_the_title() {
        // Our own words, in the shape of a news page whose labels come first.
        let text = "Accessibility links\n\nBreaking News\n\nCaught Out At The Review\n\n\
                    Not even a well rehearsed speech by the delegation of Turkmenistan could \
                    keep the committee from asking about deaths in custody.\n";
        assert_eq!(title_of(text), "Caught Out At The Review");
    }

    #[test]
    fn the_first_sentence_of_the_body_is_never_the_title() {
        let text = "The delegation of Kazakhstan was warmly welcomed by the members of the \
                    working group at the start of the fourth cycle of its review.\n\n\
                    The members asked about the new law on peaceful assemblies.\n";
        assert_eq!(title_of(text), "untitled file");
    }

    #[test]
    fn a_letters_subject_line_names_it() {
        let text = "Her Excellency the High Representative\nEuropean External Action Service\n\
                    3 March 2025\nSubject: Concerns about detained journalists in Kyrgyzstan\n\
                    Your Excellency,\nWe are writing to share our concern about the journalists \
                    who have been held since January without charge.\n";
        assert_eq!(
            title_of(text),
            "Concerns about detained journalists in Kyrgyzstan"
        );
    }

    #[test]
    fn a_title_wrapped_onto_a_lower_case_line_is_read_whole_and_a_record_line_loses() {
        // Our own words, in the shape of a law library's page of a UN document: the record's
        // line with its citation, then the document's own title wrapped over two lines.
        let text = "Kyrgyzstan - Concluding observations on the third report of Kyrgyzstan \
                    [2019] EXAMPLECO 4; CAT/C/KGZ/CO/3 (9 May 2019)\n\n\
                    Committee against Torture\n\n\
                    Concluding observations on the third report\n\n\
                    of Kyrgyzstan*\n\n\
                    1. The Committee considered the third periodic report of Kyrgyzstan at its \
                    meetings held on 23 and 24 April 2019 and adopted these observations.\n";
        assert_eq!(
            title_of(text),
            "Concluding observations on the third report of Kyrgyzstan"
        );
    }

    #[test]
    fn a_list_of_site_sections_loses_to_the_headline_under_it() {
        let text = "Press releases Treaty bodies\n\
                    Committee against Torture reviews the report of Tajikistan, experts ask \
                    about the complaints of detainees and the inspection of prisons\n\
                    4 May 2023\n\
                    The Committee against Torture today concluded its review of the fourth \
                    periodic report of Tajikistan, and its experts asked about detainees.\n";
        assert_eq!(
            title_of(text),
            "Committee against Torture reviews the report of Tajikistan, experts ask about \
             the complaints of detainees and the inspection of prisons"
        );
    }

    #[test]
    fn rules_without_a_title_table_use_the_built_in_weights() {
        let rules = ImportRules::parse(
            "drop_exact = []\ndrop_prefix = []\ndrop_contains = []\nstop_exact = []\n\
             stop_prefix = []\nrecommendation_lead_in = []\nrecommendation_heading = []\n\
             footnote_headings = []\nauthor_prefix = []\nactor_nouns = []\n\
             actor_modifiers = []\npronouns = []\naddressee_lowercase = []\n",
            crate::corpus::builtin::GAZETTEER,
            crate::corpus::builtin::THEMES,
            "test",
        )
        .expect("minimal rules parse");
        assert!(rules.text.title.is_none());
        assert_eq!(scoring(&rules).reach_lines, {
            let builtin = ImportRules::builtin_shared().text.title.as_ref();
            builtin.expect("built-in title table").reach_lines
        });
    }
}
