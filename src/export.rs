//! Writers for `steppe export`: JSON (the documented contract), TOML, CSV (one row per item, for
//! spreadsheets) and Markdown (a clean readable rendering of each report).

use std::fmt::Write as _;

use crate::corpus::model::{Corpus, ItemKind};

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Toml,
    Csv,
    Markdown,
}

/// Renders the corpus in a format.
pub fn render(corpus: &Corpus, format: Format) -> Result<String, ExportError> {
    Ok(match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(corpus)?;
            s.push('\n');
            s
        }
        Format::Toml => toml::to_string(corpus)?,
        Format::Csv => csv(corpus),
        Format::Markdown => markdown(corpus),
    })
}

/// A serialiser refused the corpus (should not happen with valid UTF-8 text).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("JSON export failed: {0}")]
    Json(#[from] serde_json::Error),
    #[error("TOML export failed: {0}")]
    Toml(#[from] toml::ser::Error),
}

/// The CSV columns, in order.
pub const CSV_HEADER: [&str; 9] = [
    "report_id",
    "section",
    "item_id",
    "kind",
    "addressee",
    "countries",
    "themes",
    "uhri_themes",
    "text",
];

fn csv_field(out: &mut String, value: &str) {
    // Cells starting with = + - @ are formulas to spreadsheets; prefix them with a quote.
    let guarded = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&guarded.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&guarded);
    }
}

/// One row per item (RFC 4180 quoting, CRLF line ends as spreadsheets expect).
pub fn csv(corpus: &Corpus) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push_str("\r\n");
    for (report, section, item) in corpus.items() {
        let fields = [
            report.id.as_str(),
            section.heading.as_deref().unwrap_or(""),
            item.id.as_str(),
            match item.kind {
                ItemKind::Paragraph => "paragraph",
                ItemKind::Recommendation => "recommendation",
                ItemKind::ListItem => "list_item",
            },
            item.addressee.as_deref().unwrap_or(""),
            &item.countries.join("; "),
            &item.themes.join("; "),
            &item
                .theme_evidence
                .iter()
                .map(|e| e.uhri.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            item.text.as_str(),
        ];
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_field(&mut out, field);
        }
        out.push_str("\r\n");
    }
    out
}

/// Escapes characters that Markdown would read as syntax at the start of a line.
fn md_text(text: &str) -> String {
    let t = text.replace('*', "\\*").replace('_', "\\_");
    match t.chars().next() {
        Some('#' | '>' | '-' | '+') => format!("\\{t}"),
        _ => t,
    }
}

/// Each report as a readable Markdown document.
pub fn markdown(corpus: &Corpus) -> String {
    let mut out = String::new();
    for (n, report) in corpus.reports.iter().enumerate() {
        if n > 0 {
            out.push_str("\n---\n\n");
        }
        let _ = writeln!(out, "# {}\n", md_text(&report.title));
        if let Some(subtitle) = &report.subtitle {
            let _ = writeln!(out, "*{}*\n", md_text(subtitle));
        }
        let facts: Vec<String> = [
            report.publisher.clone(),
            report.author.as_ref().map(|a| format!("by {a}")),
            report.date.clone(),
            report.url.clone(),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !facts.is_empty() {
            let _ = writeln!(out, "{}  ", facts.join(" · "));
        }
        let _ = writeln!(
            out,
            "Countries: {} · id `{}`\n",
            if report.countries.is_empty() {
                "—".to_string()
            } else {
                report.countries.join(", ")
            },
            report.id
        );
        for section in &report.sections {
            if let Some(heading) = &section.heading {
                let _ = writeln!(out, "## {}\n", md_text(heading));
            }
            let mut addressee: Option<&str> = None;
            let mut in_list = false;
            for item in &section.items {
                match item.kind {
                    ItemKind::Paragraph => {
                        if in_list {
                            out.push('\n');
                            in_list = false;
                        }
                        addressee = None;
                        let _ = writeln!(out, "{}\n", md_text(&item.text));
                    }
                    ItemKind::Recommendation | ItemKind::ListItem => {
                        if item.kind == ItemKind::Recommendation
                            && item.addressee.as_deref() != addressee
                        {
                            if in_list {
                                out.push('\n');
                            }
                            addressee = item.addressee.as_deref();
                            let _ = writeln!(
                                out,
                                "**Recommendations to {}:**\n",
                                md_text(addressee.unwrap_or("(unnamed addressee)"))
                            );
                        }
                        let _ = writeln!(out, "- {}", md_text(&item.text));
                        in_list = true;
                    }
                }
            }
            if in_list {
                out.push('\n');
            }
        }
        if !report.footnotes.is_empty() {
            out.push_str("## Notes\n\n");
            for footnote in &report.footnotes {
                let _ = writeln!(out, "- [{}] {}", footnote.label, md_text(&footnote.text));
            }
            out.push('\n');
        }
    }
    out
}
