//! Scoring the importer against a truth file: for each text, the recommendations it should
//! find (as text prefixes), lines of site chrome that must not survive as items, and the
//! expected title, date and subject countries. Used by `examples/score.rs` and by the fixture
//! gallery's test, so that "imports right" is measured, not eyeballed.

use std::path::Path;

use serde::Deserialize;

use super::model::{ItemKind, Report};
use crate::text::{collapse_whitespace, fold};

/// A truth file (`truth.toml`): one `[[text]]` table per text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Truth {
    pub text: Vec<Expected>,
}

/// What one text should import as.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// File name inside the scored folder.
    pub file: String,
    pub title: Option<String>,
    /// ISO date, or absent when the text states none.
    pub date: Option<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    /// The start of each recommendation's text, in any order.
    #[serde(default)]
    pub recommendations: Vec<String>,
    /// Lines of site chrome: no item, heading or title may contain one.
    #[serde(default)]
    pub chrome: Vec<String>,
}

impl Truth {
    pub fn parse(text: &str, path: &str) -> Result<Self, super::LoadError> {
        super::rules::parse_rules_toml(text, path)
    }

    pub fn read(path: &Path) -> Result<Self, super::LoadError> {
        let text = super::read::read_text(path, super::read::MAX_CONFIG_BYTES, "truth file")?;
        Self::parse(&text, &crate::text::shown_path(path))
    }
}

/// How one text imported against its truth.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Score {
    pub file: String,
    /// Recommendations found that match an expected prefix.
    pub matched: usize,
    /// Recommendations found that match none.
    pub extra: Vec<String>,
    /// Expected prefixes no recommendation starts with.
    pub missed: Vec<String>,
    /// Chrome lines that survived as an item, heading or title.
    pub chrome_kept: Vec<String>,
    pub title_right: bool,
    pub date_right: bool,
    pub countries_right: bool,
    /// Title, date and countries as imported, for the report.
    pub got_title: String,
    pub got_date: Option<String>,
    pub got_countries: Vec<String>,
}

impl Score {
    /// Exact recommendation set, no chrome, subject countries right.
    pub fn imports_right(&self) -> bool {
        self.extra.is_empty()
            && self.missed.is_empty()
            && self.chrome_kept.is_empty()
            && self.countries_right
    }
}

/// A text as the scorer compares it: folded, with every run of characters other than letters and
/// digits one space, so that a line written "Credit: Example Person/example.com" holds the chrome
/// entry "Example Person" and "Shaker’s" holds "Shaker" (word boundaries are kept, not glued).
fn key(text: &str) -> String {
    fold(&collapse_whitespace(text))
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `shown` holds `words` as whole words (both are [`key`]s: words joined by single
/// spaces): a chrome line "SM" is not kept in an item that says "cosmetic".
fn holds_words(shown: &str, words: &str) -> bool {
    shown.match_indices(words).any(|(at, _)| {
        let end = at + words.len();
        (at == 0 || shown.as_bytes()[at - 1] == b' ')
            && (end == shown.len() || shown.as_bytes()[end] == b' ')
    })
}

/// Whether the report's title is the one the importer makes from the file name when the text
/// gives none (the file's name with its dashes and underscores as spaces).
fn title_from_file_name(report: &Report) -> bool {
    key(&report.title) == key(&report.id.replace(['-', '_'], " "))
}

/// Scores one imported report against what was expected of it.
pub fn score(report: &Report, expected: &Expected) -> Score {
    let recs: Vec<&str> = report
        .items()
        .filter(|i| i.kind == ItemKind::Recommendation)
        .map(|i| i.text.as_str())
        .collect();
    let prefixes: Vec<String> = expected.recommendations.iter().map(|p| key(p)).collect();
    let mut used = vec![false; prefixes.len()];
    let mut matched = 0;
    let mut extra = Vec::new();
    for rec in &recs {
        let k = key(rec);
        match (0..prefixes.len()).find(|&p| !used[p] && k.starts_with(&prefixes[p])) {
            Some(p) => {
                used[p] = true;
                matched += 1;
            }
            None => extra.push(rec.chars().take(80).collect()),
        }
    }
    let missed = expected
        .recommendations
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(p, _)| p.clone())
        .collect();
    let mut shown: Vec<String> = report.items().map(|i| key(&i.text)).collect();
    shown.extend(
        report
            .sections
            .iter()
            .filter_map(|s| s.heading.as_deref().map(key)),
    );
    // (A title made from the file name, when the text gives none, is no line of the text: a
    // file named "…-watchdog-…" keeps no site's "Watchdog" label.)
    if !title_from_file_name(report) {
        shown.push(key(&report.title));
    }
    let chrome_kept = expected
        .chrome
        .iter()
        .filter(|c| {
            let c = key(c);
            !c.is_empty() && shown.iter().any(|s| holds_words(s, &c))
        })
        .cloned()
        .collect();
    let mut want: Vec<String> = expected.countries.clone();
    let mut got = report.countries.clone();
    want.sort();
    got.sort();
    Score {
        file: expected.file.clone(),
        matched,
        extra,
        missed,
        chrome_kept,
        title_right: expected
            .title
            .as_deref()
            .is_none_or(|t| key(t) == key(&report.title)),
        date_right: expected.date == report.date,
        countries_right: want == got,
        got_title: report.title.clone(),
        got_date: report.date.clone(),
        got_countries: report.countries.clone(),
    }
}

/// What looks wrong in a truth entry itself, read against its text, so that an entry that can
/// never pass is seen rather than chased: a chrome line that is not in the text as whole words
/// (cut inside a word, or an apostrophe the key drops), a chrome line whose words are in more
/// than one different line of the text (it is matched as a part of any item, so a lone "By" or a
/// name a body sentence also holds counts as kept; a caption printed twice is one line), and a
/// recommendation prefix that is not in the text.
pub fn truth_problems(expected: &Expected, text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.lines().map(key).filter(|l| !l.is_empty()).collect();
    lines.sort_unstable();
    lines.dedup();
    let whole = key(text);
    let mut problems = Vec::new();
    for line in &expected.chrome {
        let k = key(line);
        let holding = lines.iter().filter(|l| holds_words(l, &k)).count();
        if k.is_empty() {
            problems.push(format!("chrome {line:?} has no words"));
        } else if holding == 0 && !holds_words(&whole, &k) {
            problems.push(format!("chrome {line:?} is not in the text as whole words"));
        } else if holding > 1 {
            problems.push(format!(
                "chrome {line:?} is in {holding} different lines: a body sentence holding it counts as kept"
            ));
        }
    }
    for prefix in &expected.recommendations {
        if !whole.contains(&key(prefix)) {
            problems.push(format!("recommendation {prefix:?} is not in the text"));
        }
    }
    problems
}

/// A text that gave no report (empty, unreadable, or cut to nothing): every expected
/// recommendation is missed, and a title, date or country expected is wrong, so the text
/// counts as imported wrong and the run goes on.
pub fn no_report(expected: &Expected) -> Score {
    Score {
        file: expected.file.clone(),
        missed: expected.recommendations.clone(),
        title_right: expected.title.is_none(),
        date_right: expected.date.is_none(),
        countries_right: expected.countries.is_empty(),
        ..Score::default()
    }
}

/// Totals over many texts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub texts: usize,
    pub right: usize,
    pub matched: usize,
    pub extra: usize,
    pub missed: usize,
    pub chrome_kept: usize,
    pub titles_right: usize,
    pub dates_right: usize,
    pub countries_right: usize,
}

impl Summary {
    pub fn of(scores: &[Score]) -> Self {
        let count = |f: fn(&Score) -> bool| scores.iter().filter(|s| f(s)).count();
        Summary {
            texts: scores.len(),
            right: count(Score::imports_right),
            matched: scores.iter().map(|s| s.matched).sum(),
            extra: scores.iter().map(|s| s.extra.len()).sum(),
            missed: scores.iter().map(|s| s.missed.len()).sum(),
            chrome_kept: scores.iter().map(|s| s.chrome_kept.len()).sum(),
            titles_right: count(|s| s.title_right),
            dates_right: count(|s| s.date_right),
            countries_right: count(|s| s.countries_right),
        }
    }

    /// Share of the recommendations found that were expected (1 when none were found).
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.matched + self.extra)
    }

    /// Share of the expected recommendations that were found (1 when none were expected).
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.matched + self.missed)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} of {} texts import right; recommendations: precision {:.2}, recall {:.2} \
             ({} matched, {} extra, {} missed); chrome items kept: {}; titles right: {}/{}; \
             dates right: {}/{}; countries right: {}/{}",
            self.right,
            self.texts,
            self.precision(),
            self.recall(),
            self.matched,
            self.extra,
            self.missed,
            self.chrome_kept,
            self.titles_right,
            self.texts,
            self.dates_right,
            self.texts,
            self.countries_right,
            self.texts
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_is_matched_as_whole_words() {
        assert!(holds_words("top of page", "top of page"));
        assert!(holds_words("read the letter here now", "letter here"));
        assert!(!holds_words("a cosmetic change", "sm"));
        assert!(!holds_words("smith said", "sm"));
        assert!(holds_words("x sm md", "sm"));
        assert!(!holds_words("", "sm"));
        // (punctuation is a word break: an apostrophe, a slash, a credit's colon)
        assert!(holds_words(
            &key("Naseh Shaker’s case"),
            &key("Naseh Shaker")
        ));
        assert!(holds_words(
            &key("Photo: Example Person/example.com"),
            &key("Example Person")
        ));
        assert!(!holds_words(
            &key("Naseh Shaker’s case"),
            &key("Naseh Shak")
        ));
    }

    #[test]
    fn a_title_made_from_the_file_name_keeps_no_chrome() {
        let truth = Truth::parse(
            "[[text]]\nfile = \"b20-watchdog-story.txt\"\nchrome = [\"Watchdog\"]\n",
            "truth.toml",
        )
        .unwrap();
        let mut report = Report {
            id: "b20-watchdog-story".into(),
            title: "b20 watchdog story".into(),
            subtitle: None,
            author: None,
            publisher: None,
            publisher_short: None,
            date: None,
            url: None,
            source: "b20-watchdog-story.txt".into(),
            countries: Vec::new(),
            sections: Vec::new(),
            footnotes: Vec::new(),
        };
        assert!(score(&report, &truth.text[0]).chrome_kept.is_empty());
        report.title = "Watchdog".into();
        assert_eq!(score(&report, &truth.text[0]).chrome_kept, ["Watchdog"]);
    }

    #[test]
    fn truth_entries_that_can_never_pass_are_named() {
        let truth = Truth::parse(
            "[[text]]\nfile = \"a.txt\"\nchrome = [\"By\", \"Share this page\", \"Naseh Shak\", \"Rights Watch\"]\n\
             recommendations = [\"Release the editor\", \"Free all prisoners\", \"Repeal the law\"]\n",
            "truth.toml",
        )
        .unwrap();
        let text = "Headline\n\nBy\n\nShare this page\n\nShare this page\n\nNaseh Shaker\u{2019}s case.\n\n\
                    Rights Watch said so, by letter.\n\nHuman Rights Watch urged: release the editor now.\n\n\
                    (a)Repeal the law.\n";
        let problems = truth_problems(&truth.text[0], text);
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].contains("\"By\" is in 2 different lines"));
        assert!(problems[1].contains("\"Naseh Shak\" is not in the text"));
        assert!(problems[2].contains("\"Rights Watch\" is in 2 different lines"));
        assert!(problems[3].contains("\"Free all prisoners\" is not in the text"));
    }

    #[test]
    fn a_text_without_a_report_misses_everything_expected() {
        let truth = Truth::parse(
            "[[text]]\nfile = \"a.txt\"\ntitle = \"T\"\ncountries = [\"Kazakhstan\"]\nrecommendations = [\"Release the\"]\n",
            "truth.toml",
        )
        .unwrap();
        let s = no_report(&truth.text[0]);
        assert!(!s.imports_right());
        assert_eq!(s.missed, ["Release the"]);
        assert!(!s.title_right);
        assert!(s.date_right);
        assert!(!s.countries_right);
    }
}
