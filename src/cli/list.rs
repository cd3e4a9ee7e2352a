//! `steppe list`: one line per report, or a JSON array with `--json`.

use std::io::IsTerminal;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use steppe::library::Opened;
use steppe::ItemKind;

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    date: Option<&'a str>,
    publisher: Option<&'a str>,
    publisher_short: Option<&'a str>,
    title: &'a str,
    countries: &'a [String],
    recommendations: usize,
    findings: usize,
    list_items: usize,
    footnotes: usize,
    source: &'a str,
    /// "builtin", "library" or "path".
    place: &'static str,
}

/// Renders the list as text (tab-separated columns) or JSON.
pub fn render(opened: &Opened, json: bool) -> anyhow::Result<String> {
    // The counts come from the reports' summaries: the reports themselves stay in the cache.
    let summaries = opened.summaries();
    let rows: Vec<Row<'_>> = opened
        .loaded
        .corpus
        .reports
        .iter()
        .zip(&summaries)
        .map(|(r, summary)| Row {
            id: &r.id,
            date: r.date.as_deref(),
            publisher: r.publisher.as_deref(),
            publisher_short: r.publisher_short.as_deref(),
            title: &r.title,
            countries: &r.countries,
            recommendations: summary.count(ItemKind::Recommendation),
            findings: summary.count(ItemKind::Paragraph),
            list_items: summary.count(ItemKind::ListItem),
            footnotes: summary.footnotes(),
            source: &r.source,
            place: match opened.place(r) {
                steppe::library::Place::Builtin => "builtin",
                steppe::library::Place::Library => "library",
                steppe::library::Place::Path => "path",
            },
        })
        .collect();
    if json {
        return Ok(serde_json::to_string_pretty(&rows)? + "\n");
    }
    let lines: Vec<[String; 7]> = rows
        .iter()
        .map(|row| {
            [
                row.id.to_string(),
                row.date.unwrap_or("-").to_string(),
                row.publisher_short
                    .or(row.publisher)
                    .unwrap_or("-")
                    .to_string(),
                steppe::text::sanitize(row.title),
                if row.countries.is_empty() {
                    "-".to_string()
                } else {
                    row.countries.join(", ")
                },
                [
                    (row.recommendations, "recommendation"),
                    (row.findings, "finding"),
                    (row.footnotes, "footnote"),
                ]
                .map(|(n, noun)| steppe::text::count(n, noun))
                .join(", "),
                match row.place {
                    "builtin" => "built in".to_string(),
                    "library" => "library".to_string(),
                    _ => steppe::text::sanitize(row.source),
                },
            ]
        })
        .collect();
    let mut out = String::new();
    if std::io::stdout().is_terminal() {
        // Aligned columns for people; tab-separated for pipes.
        let mut widths = [0usize; 7];
        for line in &lines {
            for (w, cell) in widths.iter_mut().zip(line) {
                *w = (*w).max(cell.width());
            }
        }
        for line in &lines {
            for (i, cell) in line.iter().enumerate() {
                out.push_str(cell);
                if i + 1 < line.len() {
                    out.push_str(&" ".repeat(widths[i] - cell.width() + 2));
                }
            }
            out.push('\n');
        }
    } else {
        for line in &lines {
            out.push_str(&line.join("\t"));
            out.push('\n');
        }
    }
    Ok(out)
}
