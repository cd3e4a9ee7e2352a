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
    let mut out = Vec::new();
    write_to(corpus, format, &mut out)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Writes the corpus in a format, a report (CSV: an item) at a time, so that memory does not
/// hold a second, larger copy of the corpus as text.
pub fn write_to(
    corpus: &Corpus,
    format: Format,
    out: &mut dyn std::io::Write,
) -> Result<(), ExportError> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, corpus)?;
            out.write_all(b"\n")?;
        }
        Format::Toml => {
            // One `[[reports]]` table at a time: the same document as the whole corpus at once.
            #[derive(serde::Serialize)]
            struct One<'a> {
                reports: [&'a crate::corpus::model::Report; 1],
            }
            for (n, report) in corpus.reports.iter().enumerate() {
                if n > 0 {
                    out.write_all(b"\n")?;
                }
                out.write_all(toml::to_string(&One { reports: [report] })?.as_bytes())?;
            }
        }
        Format::Csv => {
            out.write_all(CSV_HEADER.join(",").as_bytes())?;
            out.write_all(b"\r\n")?;
            for (report, section, item) in corpus.items() {
                out.write_all(csv_row(report, section, item).as_bytes())?;
            }
        }
        Format::Markdown => {
            for (n, report) in corpus.reports.iter().enumerate() {
                out.write_all(markdown_report(report, n).as_bytes())?;
            }
        }
    }
    Ok(())
}

/// A serialiser refused the corpus (should not happen with valid UTF-8 text), or the output
/// could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("JSON export failed: {0}")]
    Json(#[from] serde_json::Error),
    #[error("TOML export failed: {0}")]
    Toml(#[from] toml::ser::Error),
    #[error("cannot write the export: {0}")]
    Io(#[from] std::io::Error),
}

impl ExportError {
    /// The reader of the output went away (`steppe export | head`): not an error.
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            ExportError::Io(err) => err.kind() == std::io::ErrorKind::BrokenPipe,
            ExportError::Json(err) => err.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe),
            ExportError::Toml(_) => false,
        }
    }
}

/// The CSV columns, in order.
pub const CSV_HEADER: [&str; 10] = [
    "report_id",
    "section",
    "item_id",
    "kind",
    "addressee",
    "countries",
    "themes",
    "uhri_themes",
    "action_category",
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
        out.push_str(&csv_row(report, section, item));
    }
    out
}

/// One item's CSV row, with its CRLF.
fn csv_row(
    report: &crate::corpus::model::Report,
    section: &crate::corpus::model::Section,
    item: &crate::corpus::model::Item,
) -> String {
    let mut out = String::new();
    {
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
                .map(|e| &*e.uhri)
                .collect::<Vec<_>>()
                .join("; "),
            &item
                .action_category
                .map_or(String::new(), |a| a.to_string()),
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
        out.push_str(&markdown_report(report, n));
    }
    out
}

/// The `n`th report (0-based) of a Markdown export, with the rule before it.
fn markdown_report(report: &crate::corpus::model::Report, n: usize) -> String {
    let mut out = String::new();
    {
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

#[cfg(test)]
mod streaming_tests {
    use super::*;

    #[test]
    fn streamed_exports_are_the_whole_documents() {
        let corpus = crate::corpus::load_builtin().corpus;
        let whole_json = serde_json::to_string_pretty(&corpus).expect("json") + "\n";
        assert_eq!(render(&corpus, Format::Json).expect("json"), whole_json);
        let whole_toml = toml::to_string(&corpus).expect("toml");
        let streamed = render(&corpus, Format::Toml).expect("toml");
        // Compared line by line: a failure shows where, not two whole documents.
        let first_difference = whole_toml
            .lines()
            .zip(streamed.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b);
        assert_eq!(first_difference, None);
        assert_eq!(streamed.len(), whole_toml.len());
        assert_eq!(render(&corpus, Format::Csv).expect("csv"), csv(&corpus));
        assert_eq!(
            render(&corpus, Format::Markdown).expect("markdown"),
            markdown(&corpus)
        );
    }
}
