//! Report metadata files (`NAME.toml` beside `NAME.txt`): facts the text does not state
//! reliably (publisher, date, URL…). Unknown keys are warnings; a malformed file is an error
//! with file:line:column, and the report then loads without it.

use serde::{Deserialize, Serialize};

use super::rules::line_col;
use super::Diagnostic;

/// Values a metadata file may set; each overrides what the importer found in the text.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Metadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher_short: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub countries: Option<Vec<String>>,
    /// `false`: recommendations are only read from lists (their lead-ins, headings and item
    /// openings), not from prose sentences ("We urge …").
    pub prose_recommendations: Option<bool>,
}

impl Metadata {
    /// These values, with each one missing taken from `fallback` (a folder index's row).
    pub fn or(self, fallback: Metadata) -> Metadata {
        Metadata {
            title: self.title.or(fallback.title),
            subtitle: self.subtitle.or(fallback.subtitle),
            publisher: self.publisher.or(fallback.publisher),
            publisher_short: self.publisher_short.or(fallback.publisher_short),
            author: self.author.or(fallback.author),
            date: self.date.or(fallback.date),
            url: self.url.or(fallback.url),
            countries: self.countries.or(fallback.countries),
            prose_recommendations: self
                .prose_recommendations
                .or(fallback.prose_recommendations),
        }
    }
}

/// The keys a metadata file may have.
pub const KEYS: &[&str] = &[
    "title",
    "subtitle",
    "publisher",
    "publisher_short",
    "author",
    "date",
    "url",
    "countries",
    "prose_recommendations",
];

/// Parses a metadata file, pushing problems to `diagnostics`.
pub fn parse(text: &str, path: &str, diagnostics: &mut Vec<Diagnostic>) -> Metadata {
    let table: toml::Table = match toml::from_str(text) {
        Ok(table) => table,
        Err(err) => {
            let (line, column) = err.span().map_or((1, 1), |s| line_col(text, s.start));
            diagnostics.push(Diagnostic {
                column: Some(column),
                ..Diagnostic::error(
                    path,
                    line,
                    format!("malformed metadata, ignored: {}", err.message()),
                )
            });
            return Metadata::default();
        }
    };
    for key in table.keys() {
        if !KEYS.contains(&key.as_str()) {
            diagnostics.push(Diagnostic::warning(
                path,
                key_line(text, key),
                format!("unknown metadata key {key:?} (known: {})", KEYS.join(", ")),
            ));
        }
    }
    let mut metadata = Metadata::default();
    let string = |key: &str, diagnostics: &mut Vec<Diagnostic>| -> Option<String> {
        match table.get(key)? {
            toml::Value::String(s) => Some(crate::text::normalize_whitespace(s)),
            other => {
                diagnostics.push(Diagnostic::error(
                    path,
                    key_line(text, key),
                    format!(
                        "metadata key {key:?} must be a string, not {}",
                        other.type_str()
                    ),
                ));
                None
            }
        }
    };
    metadata.title = string("title", diagnostics);
    metadata.subtitle = string("subtitle", diagnostics);
    metadata.publisher = string("publisher", diagnostics);
    metadata.publisher_short = string("publisher_short", diagnostics);
    metadata.author = string("author", diagnostics);
    metadata.url = string("url", diagnostics);
    metadata.date = match table.get("date") {
        Some(toml::Value::Datetime(d)) => d.date.map(|d| d.to_string()),
        Some(_) => string("date", diagnostics).and_then(|s| {
            let parsed = super::import::parse_date(&s);
            if parsed.is_none() {
                diagnostics.push(Diagnostic::error(
                    path,
                    key_line(text, "date"),
                    format!("metadata date {s:?} is not a date (use YYYY-MM-DD)"),
                ));
            }
            parsed
        }),
        None => None,
    };
    metadata.countries = match table.get("countries") {
        Some(toml::Value::Array(values)) => {
            if let Some(other) = values.iter().find(|v| !v.is_str()) {
                diagnostics.push(Diagnostic::warning(
                    path,
                    key_line(text, "countries"),
                    format!(
                        "metadata key \"countries\" must list names; {} entries ignored",
                        other.type_str()
                    ),
                ));
            }
            Some(
                values
                    .iter()
                    .filter_map(|v| v.as_str().map(crate::text::normalize_whitespace))
                    .collect(),
            )
        }
        Some(other) => {
            diagnostics.push(Diagnostic::error(
                path,
                key_line(text, "countries"),
                format!(
                    "metadata key \"countries\" must be a list of names, not {}",
                    other.type_str()
                ),
            ));
            None
        }
        None => None,
    };
    metadata.prose_recommendations = match table.get("prose_recommendations") {
        Some(toml::Value::Boolean(b)) => Some(*b),
        Some(other) => {
            diagnostics.push(Diagnostic::error(
                path,
                key_line(text, "prose_recommendations"),
                format!(
                    "metadata key \"prose_recommendations\" must be true or false, not {}",
                    other.type_str()
                ),
            ));
            None
        }
        None => None,
    };
    metadata
}

/// Line where a top-level key is set (1 when it cannot be found).
fn key_line(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_warn_with_their_line() {
        let mut d = Vec::new();
        let m = parse(
            "title = \"T\"\nbogus = 1\ndate = 2021-07-22\n",
            "x.toml",
            &mut d,
        );
        assert_eq!(m.title.as_deref(), Some("T"));
        assert_eq!(m.date.as_deref(), Some("2021-07-22"));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].line, 2);
        assert!(d[0].message.contains("bogus"));
    }

    #[test]
    fn malformed_file_is_an_error_with_line_and_column() {
        let mut d = Vec::new();
        let m = parse("title = \"T\"\ndate = \n", "x.toml", &mut d);
        assert_eq!(m, Metadata::default());
        assert_eq!(d[0].severity, crate::Severity::Error);
        assert_eq!(d[0].line, 2);
        assert!(d[0].column.is_some());
    }

    #[test]
    fn wrong_types_are_errors() {
        let mut d = Vec::new();
        let m = parse("title = 3\ncountries = \"Kazakhstan\"\n", "x.toml", &mut d);
        assert_eq!(m.title, None);
        assert_eq!(d.len(), 2);
    }
}
