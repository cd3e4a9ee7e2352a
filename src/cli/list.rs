//! `steppe list`: one line per report, or a JSON array with `--json`.

use serde::Serialize;

use steppe::{ItemKind, Loaded};

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    date: Option<&'a str>,
    publisher: Option<&'a str>,
    title: &'a str,
    countries: &'a [String],
    recommendations: usize,
    findings: usize,
    list_items: usize,
    footnotes: usize,
    source: &'a str,
}

/// Renders the list as text (tab-separated columns) or JSON.
pub fn render(loaded: &Loaded, json: bool) -> anyhow::Result<String> {
    let rows: Vec<Row<'_>> = loaded
        .corpus
        .reports
        .iter()
        .map(|r| Row {
            id: &r.id,
            date: r.date.as_deref(),
            publisher: r.publisher_short.as_deref().or(r.publisher.as_deref()),
            title: &r.title,
            countries: &r.countries,
            recommendations: r.count(ItemKind::Recommendation),
            findings: r.count(ItemKind::Paragraph),
            list_items: r.count(ItemKind::ListItem),
            footnotes: r.footnotes.len(),
            source: &r.source,
        })
        .collect();
    if json {
        return Ok(serde_json::to_string_pretty(&rows)? + "\n");
    }
    let mut out = String::new();
    for row in rows {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{} recommendations, {} findings, {} footnotes\n",
            row.id,
            row.date.unwrap_or("-"),
            row.publisher.unwrap_or("-"),
            row.title,
            if row.countries.is_empty() {
                "-".to_string()
            } else {
                row.countries.join(", ")
            },
            row.recommendations,
            row.findings,
            row.footnotes
        ));
    }
    Ok(out)
}
