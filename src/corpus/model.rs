//! The corpus model: reports made of sections made of items, plus footnotes.
//!
//! Pure data with serde derives; everything else in the crate reads these types and the JSON
//! contract of `steppe export --format json` is their serialisation.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// Serialises an `Arc<str>` as the string it holds (and reads one back), without serde's `rc`
/// feature: the same bytes as a `String` field in every format.
mod shared_str {
    use std::sync::Arc;

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &Arc<str>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(value)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Arc<str>, D::Error> {
        String::deserialize(deserializer).map(Arc::from)
    }
}

/// Every report loaded, in load order (built-in reports first, then user files).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Corpus {
    pub reports: Vec<Report>,
}

/// One imported report (an article, statement or summary).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Report {
    /// Stable slug, taken from the file name (`fpc-2021-07-22-kazakhstan-executive-summary`).
    pub id: String,
    pub title: String,
    /// A second title line printed under the title (HRW's standfirst), if any.
    pub subtitle: Option<String>,
    pub author: Option<String>,
    pub publisher: Option<String>,
    /// Short form of the publisher for result lists ("FPC", "HRW"); derived when not given.
    pub publisher_short: Option<String>,
    /// ISO date, `YYYY-MM-DD`.
    pub date: Option<String>,
    pub url: Option<String>,
    /// Where the report came from: a file path, or `builtin:NAME`.
    pub source: String,
    /// The report's subject countries (English short names).
    pub countries: Vec<String>,
    pub sections: Vec<Section>,
    pub footnotes: Vec<Footnote>,
}

impl Report {
    /// The report's head: the report without its sections and footnotes (what a list of reports
    /// shows), copied without copying those.
    pub fn head(&self) -> Report {
        Report {
            id: self.id.clone(),
            title: self.title.clone(),
            subtitle: self.subtitle.clone(),
            author: self.author.clone(),
            publisher: self.publisher.clone(),
            publisher_short: self.publisher_short.clone(),
            date: self.date.clone(),
            url: self.url.clone(),
            source: self.source.clone(),
            countries: self.countries.clone(),
            sections: Vec::new(),
            footnotes: Vec::new(),
        }
    }
}

/// A run of items under one heading (the first section of a report may have none).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Section {
    pub heading: Option<String>,
    pub items: Vec<Item>,
}

/// What an item is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// Running text; shown to users as a "finding".
    Paragraph,
    /// A bullet of a list introduced as recommendations to an addressee.
    Recommendation,
    /// Any other bullet or list line.
    ListItem,
}

impl ItemKind {
    /// The word users see for this kind.
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::Paragraph => "finding",
            ItemKind::Recommendation => "recommendation",
            ItemKind::ListItem => "list item",
        }
    }

    /// Letter used in item ids (`….r3`).
    pub fn id_letter(self) -> char {
        match self {
            ItemKind::Paragraph => 'p',
            ItemKind::Recommendation => 'r',
            ItemKind::ListItem => 'l',
        }
    }
}

/// One paragraph, recommendation or list item.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Item {
    /// Stable unique id: `REPORT_ID.` + a hash of the normalised text (see `corpus::ids`).
    pub id: String,
    pub kind: ItemKind,
    /// Normalised text; footnote markers `[n]` kept only where the footnote exists.
    pub text: String,
    /// Who a recommendation is addressed to.
    pub addressee: Option<String>,
    /// Countries the item is about (English short names).
    pub countries: Vec<String>,
    /// Theme ids assigned by the theme rules.
    pub themes: Vec<String>,
    /// Labels of the footnotes the item cites.
    pub footnotes: Vec<String>,
    /// Why each theme was assigned, strongest first: keyword, score and matching words.
    #[serde(default)]
    pub theme_evidence: Vec<ThemeEvidence>,
    /// Why the item has its kind: the heading, lead-in cue, opening verb or phrase that decided
    /// it (cues come from `data/import.toml`). Absent for plain paragraphs and list items that no
    /// cue touched.
    /// (Never `skip_serializing_if` here or anywhere in the model: the on-disk cache encodes
    /// reports with postcard, which is not self-describing, so every field must be written.)
    #[serde(default)]
    pub kind_evidence: Option<KindEvidence>,
    /// Earlier ids of the item (its positional id `REPORT.r5`), accepted wherever an id is.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Other countries named in the text (not the subject of the item).
    #[serde(default)]
    pub mentions: Vec<String>,
    /// A recommendation's action category on UPR Info's 1–5 scale (1 minimal … 5 specific),
    /// from its opening verb (`data/actions.toml`, see `corpus::actions`); `None` for findings
    /// and for recommendations whose opening verb the rules do not know.
    #[serde(default)]
    pub action_category: Option<u8>,
    /// The verb phrase that decided `action_category` ("ratify", "take measures").
    #[serde(default)]
    pub action_evidence: Option<String>,
    /// 1-based line of the source file where the item starts.
    #[serde(default)]
    pub line: usize,
}

/// What decided an item's kind: where the cue was found and the cue itself.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct KindEvidence {
    /// Where the cue was found: `heading`, `lead-in`, `addressing lead-in`, `opening verb`,
    /// `imperative opening`, `sentence`, `finding phrase`.
    pub rule: String,
    /// The cue as the rules spell it ("should", "calls on", "release"), or the heading/lead-in.
    pub cue: String,
}

impl KindEvidence {
    pub fn new(rule: &str, cue: impl Into<String>) -> Self {
        KindEvidence {
            rule: rule.to_string(),
            cue: cue.into(),
        }
    }

    /// "lead-in cue “should”", for `steppe show` and the reading pane.
    pub fn describe(&self) -> String {
        format!("{} “{}”", self.rule, self.cue)
    }
}

/// Why a theme applies to an item: its strongest keyword, its score and every matching word.
///
/// The theme's id, its keyword and its UHRI theme are the rules' own strings, shared by every
/// item that cites them ([`Arc`]: one allocation per rule, not one per item); they serialise
/// as the plain strings they hold.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ThemeEvidence {
    #[serde(with = "shared_str")]
    pub theme: Arc<str>,
    /// The strongest rule keyword that matched (as `data/themes.toml` spells it).
    #[serde(with = "shared_str")]
    pub keyword: Arc<str>,
    /// The nearest theme of OHCHR's Universal Human Rights Index (from `data/themes.toml`).
    #[serde(default, with = "shared_str")]
    pub uhri: Arc<str>,
    /// Sum of the weights of the matching words (see `data/themes.toml`).
    #[serde(default)]
    pub score: f32,
    /// The matching words, as written in the item, with their positions (the first
    /// `themes::MAX_EVIDENCE_WORDS`).
    #[serde(default)]
    pub words: Vec<EvidenceWord>,
}

/// One word (or phrase) of an item that counted as evidence.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct EvidenceWord {
    pub word: String,
    /// Byte offset of the word in the item's text.
    pub at: usize,
}

/// A footnote definition (`[1] …`, `[iv] …`, or `1. …` under a Notes heading).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Footnote {
    pub label: String,
    pub text: String,
}

/// Where an item is in a corpus: report, section and item index. The one reference to an item
/// that search hits, the country tree, comparisons and the reader share; [`Corpus::get`] looks it
/// up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ItemRef {
    pub report: usize,
    pub section: usize,
    pub item: usize,
}

impl Corpus {
    /// The item at a reference, with its report and section; `None` when out of range.
    pub fn get(&self, at: ItemRef) -> Option<(&Report, &Section, &Item)> {
        let report = self.reports.get(at.report)?;
        let section = report.sections.get(at.section)?;
        Some((report, section, section.items.get(at.item)?))
    }

    /// All items with their report and section, in reading order.
    pub fn items(&self) -> impl Iterator<Item = (&Report, &Section, &Item)> {
        self.reports.iter().flat_map(|r| {
            r.sections
                .iter()
                .flat_map(move |s| s.items.iter().map(move |i| (r, s, i)))
        })
    }

    /// All items with their references, in reading order.
    pub fn items_with_refs(&self) -> impl Iterator<Item = (ItemRef, &Item)> {
        self.reports.iter().enumerate().flat_map(|(r, report)| {
            report
                .sections
                .iter()
                .enumerate()
                .flat_map(move |(s, section)| {
                    section.items.iter().enumerate().map(move |(i, item)| {
                        (
                            ItemRef {
                                report: r,
                                section: s,
                                item: i,
                            },
                            item,
                        )
                    })
                })
        })
    }

    /// Finds an item by id.
    pub fn find_item(&self, id: &str) -> Option<(&Report, &Section, &Item)> {
        self.items().find(|(_, _, i)| i.id == id).or_else(|| {
            self.items()
                .find(|(_, _, i)| i.aliases.iter().any(|a| a == id))
        })
    }

    /// Every subject country of any item or report, sorted by name.
    pub fn countries(&self) -> Vec<String> {
        let mut all: Vec<String> = self
            .reports
            .iter()
            .flat_map(|r| r.countries.iter().cloned())
            .chain(
                self.items()
                    .flat_map(|(_, _, i)| i.countries.iter().cloned()),
            )
            .collect();
        all.sort();
        all.dedup();
        all
    }
}

impl Report {
    /// Items of every section, in order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    /// Footnote text by label.
    pub fn footnote(&self, label: &str) -> Option<&Footnote> {
        self.footnotes.iter().find(|f| f.label == label)
    }

    /// Count of items of one kind.
    pub fn count(&self, kind: ItemKind) -> usize {
        self.items().filter(|i| i.kind == kind).count()
    }

    /// The citation line for one of the report's items, for pasting into notes:
    /// "Foreign Policy Centre, “Title”, 2021-05-17, section “…”, item 3 of 14. URL Id: …".
    /// The item number counts within the report's section, so a reader of the original finds it.
    /// Sanitised: report text is untrusted.
    pub fn citation(&self, section: &Section, item: &Item) -> String {
        let mut parts = Vec::new();
        parts.push(
            self.publisher
                .clone()
                .or_else(|| self.publisher_short.clone())
                .unwrap_or_else(|| self.short_label()),
        );
        parts.push(quoted(&self.title));
        if let Some(d) = &self.date {
            parts.push(d.clone());
        }
        if let Some(h) = &section.heading {
            parts.push(format!("section {}", quoted(h)));
        }
        if let Some(n) = section.items.iter().position(|i| i.id == item.id) {
            parts.push(format!("item {} of {}", n + 1, section.items.len()));
        }
        // The id comes last, with no full stop after it, so it can be copied as it is.
        let mut text = format!("{}.", parts.join(", "));
        if let Some(url) = &self.url {
            text.push(' ');
            text.push_str(url);
        }
        text.push_str(" Id: ");
        text.push_str(&item.id);
        crate::text::sanitize(&text)
    }

    /// The text `y` (with citation) and `Y` (text only) copy for one of the report's items:
    /// with its addressee, footnotes and citation line, or the item's text alone.
    pub fn copy_text(&self, section: &Section, item: &Item, with_citation: bool) -> String {
        if !with_citation {
            return item.text.clone();
        }
        let mut text = String::new();
        if let Some(a) = &item.addressee {
            text.push_str(&format!("Recommendation to {a}:\n"));
        }
        text.push_str(&item.text);
        text.push('\n');
        for label in &item.footnotes {
            if let Some(f) = self.footnote(label) {
                text.push_str(&format!("[{}] {}\n", f.label, f.text));
            }
        }
        text.push_str("— ");
        text.push_str(&self.citation(section, item));
        text.push('\n');
        text
    }

    /// "FPC 2021-05 Tajikistan": short publisher, year and month, and a word of the title, for
    /// breadcrumbs, hits and comparison columns: short, and different for different reports
    /// of one publisher and year.
    pub fn short_label(&self) -> String {
        let publisher = self
            .publisher_short
            .clone()
            .or_else(|| self.publisher.clone())
            .unwrap_or_else(|| self.id.clone());
        let mut label = publisher;
        if let Some(month) = self.date.as_deref().and_then(|d| d.get(..7)) {
            label.push(' ');
            label.push_str(month);
        }
        if let Some(word) = self.title_word() {
            label.push(' ');
            label.push_str(&word);
        }
        label
    }

    /// A word or two that tells the report apart: its one subject country, else a short lead of
    /// its title ("Central Asia: …"), else "regional" for a report on several countries, else
    /// the title's first longer word.
    fn title_word(&self) -> Option<String> {
        if let [country] = self.countries.as_slice() {
            return Some(country.clone());
        }
        let lead = self
            .title
            .split([':', '–', '—'])
            .next()
            .unwrap_or("")
            .trim();
        if !lead.is_empty() && lead.split_whitespace().count() <= 2 {
            return Some(lead.to_string());
        }
        if self.countries.len() > 1 {
            return Some("regional".to_string());
        }
        self.title
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| w.chars().count() >= 4)
            .map(str::to_string)
    }

    /// Year of the report, if dated.
    pub fn year(&self) -> Option<&str> {
        self.date.as_deref().and_then(|d| d.get(..4))
    }
}

/// Text in curly quotes, unless it already starts with a quotation mark.
fn quoted(text: &str) -> String {
    if text.starts_with(['“', '"', '«', '„']) {
        text.to_string()
    } else {
        format!("“{text}”")
    }
}
