//! `steppe compare A B [C]`: two or three countries side by side, aligned by theme, as text for
//! terminals, Markdown tables for notes and e-mails, or JSON. The comparison itself is
//! [`steppe::compare::Comparison`]; this module only parses arguments and renders.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use serde::Serialize;

use steppe::compare::{self, Comparison, Entry, Options, Show, NOTHING};
use steppe::resolve::CountryId;
use steppe::text::{sanitize, wrap};
use steppe::{Corpus, ItemKind};

use super::{exit_for, print, print_problems, SourceArgs, EXIT_ERROR, EXIT_NOTHING};

/// Output formats of `steppe compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Text,
    Markdown,
    Json,
}

/// Which items to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnlyArg {
    Shared,
    Different,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or three countries (name, name prefix or ISO code), then any report files or folders
    /// (the built-in reports when none). An argument is a path when it has a `/` or ends in
    /// a report file's extension (.txt, .md, .html, .pdf…), whatever exists in the current folder; otherwise it is a
    /// country. Write ./NAME, or put paths after --, for a folder or file named like a country.
    #[arg(value_name = "COUNTRY… [PATH…]", required = true, num_args = 1..)]
    pub args: Vec<String>,
    /// Paths after `--`: always report files or folders.
    #[arg(last = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Only this theme (id or label prefix, e.g. civil, corr).
    #[arg(long, short)]
    pub theme: Option<String>,
    /// Only items shared with another column (≈), or only those that are not.
    #[arg(long, value_enum)]
    pub only: Option<OnlyArg>,
    /// Recommendations only: leave findings out.
    #[arg(long, short)]
    pub recommendations: bool,
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: CompareFormat,
    /// Also load the built-in reports when paths are given.
    #[arg(long)]
    pub builtin: bool,
    /// Folder with import.toml / gazetteer.toml / themes.toml replacing the built-in rules.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// The built-in reports without the library (when no paths are given).
    #[arg(long)]
    pub no_library: bool,
    /// Neither read nor write the on-disk cache: import everything.
    #[arg(long)]
    pub no_cache: bool,
}

/// True when an argument names a report file or folder rather than a country: it has a path
/// separator or a report file's extension. What exists on disk does not matter, so the same
/// command means the same thing in every folder.
fn is_path(arg: &str) -> bool {
    arg.contains(std::path::MAIN_SEPARATOR)
        || arg.contains('/')
        || steppe::corpus::formats::Format::of(Path::new(arg)).is_some()
}

/// Countries first (2–3, up to the first argument that is a path), then paths.
fn split_args(args: &[String]) -> (Vec<String>, Vec<PathBuf>) {
    let countries: Vec<String> = args.iter().take_while(|a| !is_path(a)).cloned().collect();
    let paths = args[countries.len()..].iter().map(PathBuf::from).collect();
    (countries, paths)
}

/// Runs `steppe compare`.
pub fn run(args: &CompareArgs) -> anyhow::Result<ExitCode> {
    let (queries, mut paths) = split_args(&args.args);
    // ("steppe compare kaz": said at once, before any report is read, in the comparison's own
    // words rather than the argument parser's.)
    if let Err(err) = compare::check_country_count(queries.len()) {
        super::stderr_line(&format!(
            "steppe compare: {err} (e.g. steppe compare Kazakhstan Kyrgyzstan)"
        ));
        return Ok(ExitCode::from(EXIT_ERROR));
    }
    paths.extend(args.paths.iter().cloned());
    let sources = SourceArgs {
        paths,
        builtin: args.builtin,
        rules: args.rules.clone(),
        no_library: args.no_library,
        no_cache: args.no_cache,
    };
    let (opened, rules) = sources.open()?;
    print_problems(&opened);
    let loaded = opened.loaded;
    let resolved = compare::resolve_countries(&rules.gazetteer, &queries).and_then(|countries| {
        let theme = args
            .theme
            .as_deref()
            .map(|t| compare::resolve_theme(&rules.themes, t))
            .transpose()?;
        Ok((countries, theme))
    });
    let (countries, theme) = match resolved {
        Ok(ok) => ok,
        Err(err) => {
            super::stderr_line(&format!("steppe compare: {err}"));
            // A country that is also a file or folder here: say how to mean the path.
            if let Some(path) = queries.iter().find(|q| Path::new(q).exists()) {
                super::stderr_line(&format!(
                    "steppe compare: \"{0}\" is read as a country; for the file or folder, write ./{0} or put it after --",
                    steppe::text::escape_invisible(path)
                ));
            }
            return Ok(ExitCode::from(EXIT_ERROR));
        }
    };
    let options = Options {
        theme,
        show: match args.only {
            None => Show::All,
            Some(OnlyArg::Shared) => Show::Shared,
            Some(OnlyArg::Different) => Show::Different,
        },
        recommendations_only: args.recommendations,
    };
    let comparison = Comparison::build(&loaded.corpus, &rules.themes, &countries, &options);
    let out = match args.format {
        CompareFormat::Json => json(&comparison, &loaded.corpus)?,
        CompareFormat::Markdown => markdown(&comparison, &loaded.corpus),
        CompareFormat::Text => {
            let width = if std::io::stdout().is_terminal() {
                crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w))
            } else {
                80
            };
            text(&comparison, &loaded.corpus, width.clamp(40, 120))
        }
    };
    print(&out)?;
    if loaded.has_errors() {
        return Ok(exit_for(&loaded));
    }
    Ok(if comparison.rows.is_empty() {
        ExitCode::from(EXIT_NOTHING)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(Serialize)]
struct JsonComparison<'a> {
    countries: &'a [CountryId],
    themes: Vec<JsonTheme<'a>>,
}

#[derive(Serialize)]
struct JsonTheme<'a> {
    theme: &'a str,
    label: &'a str,
    /// Items about several compared countries, once each.
    common: Vec<JsonItem<'a>>,
    /// Items about one country alone.
    columns: Vec<JsonColumn<'a>>,
    /// Different items of different columns that say the same thing.
    pairs: Vec<JsonPair<'a>>,
}

#[derive(Serialize)]
struct JsonColumn<'a> {
    country: &'a str,
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonPair<'a> {
    items: Vec<&'a str>,
    similarity: f64,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    kind: ItemKind,
    text: &'a str,
    report_id: &'a str,
    countries: &'a [CountryId],
    /// Other items saying the same in this place (at most `compare::MAX_LISTED`).
    also: Vec<&'a str>,
    /// How many there are in all.
    also_count: usize,
}

fn json_item<'a>(corpus: &'a Corpus, e: &'a Entry) -> JsonItem<'a> {
    JsonItem {
        id: &e.id,
        kind: e.kind,
        text: Comparison::item(corpus, e).map_or("", |i| i.text.as_str()),
        report_id: &e.report_id,
        countries: &e.countries,
        also: e.also.iter().map(|s| s.id.as_str()).collect(),
        also_count: e.also_count,
    }
}

/// Two decimals, as users read a similarity.
fn rounded(similarity: f64) -> f64 {
    (similarity * 100.0).round() / 100.0
}

/// `{"countries":[…],"themes":[{"theme","label","common":[…],"columns":[{"country","items":[…]}],
/// "pairs":[{"items":[ID,ID],"similarity":0.83}]}]}`.
pub fn json(comparison: &Comparison, corpus: &Corpus) -> anyhow::Result<String> {
    let doc = JsonComparison {
        countries: &comparison.countries,
        themes: comparison
            .rows
            .iter()
            .map(|row| JsonTheme {
                theme: &row.theme,
                label: &row.label,
                common: row.common.iter().map(|e| json_item(corpus, e)).collect(),
                columns: row
                    .columns
                    .iter()
                    .map(|col| JsonColumn {
                        country: col.country.as_str(),
                        items: col.entries.iter().map(|e| json_item(corpus, e)).collect(),
                    })
                    .collect(),
                pairs: row
                    .pairs
                    .iter()
                    .map(|pair| JsonPair {
                        items: row
                            .pair_entries(pair)
                            .into_iter()
                            .flatten()
                            .map(|e| e.id.as_str())
                            .collect(),
                        similarity: rounded(pair.similarity),
                    })
                    .collect(),
            })
            .collect(),
    };
    Ok(serde_json::to_string_pretty(&doc)? + "\n")
}

/// "also in HRW 2019, FPC 2017 and 3 more": the other sources of an entry, or nothing.
fn also(entry: &Entry) -> Option<String> {
    if entry.also_count == 0 {
        return None;
    }
    let mut names: Vec<String> = entry.also.iter().map(|s| s.source.clone()).collect();
    let rest = entry.also_count - entry.also.len();
    if rest > 0 {
        names.push(format!("{rest} more"));
    }
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    Some(format!("also in {}", compare::join_and(&names)))
}

/// An entry in text: "{lead}source · kind[ · also in …]" then the wrapped text, six spaces in.
fn text_entry(out: &mut String, corpus: &Corpus, entry: &Entry, lead: &str, width: usize) {
    let Some(item) = Comparison::item(corpus, entry) else {
        return;
    };
    let mut head = format!("{lead}{} · {}", entry.source, entry.kind.label());
    if let Some(also) = also(entry) {
        head.push_str(&format!(" · {also}"));
    }
    out.push_str(&sanitize(&head));
    out.push('\n');
    for line in wrap(&sanitize(&item.text), width.saturating_sub(6).max(20)) {
        out.push_str("      ");
        out.push_str(&line);
        out.push('\n');
    }
}

/// Text for terminals and pipes: one block per theme with what is common to several countries,
/// the shared pairs (each pair's items one under another, with their similarity), then what is
/// only in each country; wrapped to `width`.
pub fn text(comparison: &Comparison, corpus: &Corpus, width: usize) -> String {
    let mut out = String::new();
    out.push_str(&sanitize(&comparison.title()));
    out.push('\n');
    for note in comparison.notes() {
        for line in wrap(&sanitize(&note), width) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    let show = comparison.options.show;
    for row in &comparison.rows {
        out.push('\n');
        out.push_str(&format!("━━ {} ━━\n", sanitize(&row.label)));
        if !row.common.is_empty() {
            for entry in &row.common {
                let names: Vec<&str> = entry.countries.iter().map(CountryId::as_str).collect();
                let lead = format!("  = Common to {} · ", compare::join_and(&names));
                text_entry(&mut out, corpus, entry, &lead, width);
            }
        }
        if !row.pairs.is_empty() {
            for pair in &row.pairs {
                out.push_str(&format!("  ≈ Shared, similarity {:.2}\n", pair.similarity));
                for (c, entry) in row.pair_entries(pair).into_iter().enumerate() {
                    if let Some(entry) = entry {
                        let lead = format!("    {} · ", row.columns[c].country);
                        text_entry(&mut out, corpus, entry, &lead, width);
                    }
                }
            }
        }
        if show == Show::Shared {
            continue;
        }
        for (c, col) in row.columns.iter().enumerate() {
            out.push_str(&format!("  Only in {}\n", sanitize(col.country.as_str())));
            let only = row.unpaired(c);
            if only.is_empty() {
                out.push_str(&format!("    {NOTHING}\n"));
            }
            for entry in only {
                text_entry(&mut out, corpus, entry, "    ", width);
            }
        }
    }
    out
}

/// A table cell: sanitised, on one line, with `|` and `\\` escaped.
fn cell(text: &str) -> String {
    steppe::text::normalize_whitespace(text)
        .replace('\\', "\\\\")
        .replace('|', "\\|")
}

/// "**FPC 2021** recommendation: text (also in …)" on one line.
fn markdown_entry(corpus: &Corpus, entry: &Entry) -> String {
    let text = Comparison::item(corpus, entry).map_or("", |i| i.text.as_str());
    let mut out = format!(
        "**{}** {}: {}",
        cell(&entry.source),
        entry.kind.label(),
        cell(text)
    );
    if let Some(also) = also(entry) {
        out.push_str(&format!(" _({})_", cell(&also)));
    }
    out
}

/// Markdown: per theme, the common items as a list, the shared pairs as a table (one pair per
/// row, with its similarity: never unrelated items side by side), then each country's own items
/// as a list.
pub fn markdown(comparison: &Comparison, corpus: &Corpus) -> String {
    let mut out = format!("# {}\n", cell(&comparison.title()));
    let notes = comparison.notes();
    if !notes.is_empty() {
        out.push('\n');
        for note in notes {
            out.push_str(&cell(&note));
            out.push('\n');
        }
    }
    let show = comparison.options.show;
    for row in &comparison.rows {
        out.push_str(&format!("\n## {}\n", cell(&row.label)));
        if !row.common.is_empty() {
            out.push_str("\n### Common to several countries\n\n");
            for entry in &row.common {
                let names: Vec<&str> = entry.countries.iter().map(CountryId::as_str).collect();
                out.push_str(&format!(
                    "- {}: {}\n",
                    cell(&compare::join_and(&names)),
                    markdown_entry(corpus, entry)
                ));
            }
        }
        if !row.pairs.is_empty() {
            out.push_str("\n### Shared\n\n|");
            for col in &row.columns {
                out.push_str(&format!(" {} |", cell(col.country.as_str())));
            }
            out.push_str(" similarity |\n|");
            for _ in &row.columns {
                out.push_str(" --- |");
            }
            out.push_str(" --- |\n");
            for pair in &row.pairs {
                out.push('|');
                for entry in row.pair_entries(pair) {
                    let content = entry.map_or(String::new(), |e| markdown_entry(corpus, e));
                    out.push_str(&format!(" {content} |"));
                }
                out.push_str(&format!(" {:.2} |\n", pair.similarity));
            }
        }
        if show == Show::Shared {
            continue;
        }
        for (c, col) in row.columns.iter().enumerate() {
            out.push_str(&format!("\n### Only in {}\n\n", cell(col.country.as_str())));
            let only = row.unpaired(c);
            if only.is_empty() {
                out.push_str(&format!("{NOTHING}\n"));
            }
            for entry in only {
                out.push_str(&format!("- {}\n", markdown_entry(corpus, entry)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_come_before_paths() {
        let args: Vec<String> = ["kaz", "taj", "uz", "reports/", "x.md"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (countries, paths) = split_args(&args);
        assert_eq!(countries, vec!["kaz", "taj", "uz"]);
        assert_eq!(paths.len(), 2);
    }

    #[test]
    fn a_country_is_a_country_whatever_exists_on_disk() {
        // "src" exists in the crate's folder (where tests run), "Cargo.toml" too.
        for arg in ["Kazakhstan", "src", "kaz", "Cargo.toml", "notes.TXT.bak"] {
            assert!(!is_path(arg), "{arg}");
        }
        for arg in [
            "./kaz",
            "reports/",
            "x.md",
            "X.TXT",
            "a.markdown",
            "b.text",
            "p.html",
            "q.PDF",
        ] {
            assert!(is_path(arg), "{arg}");
        }
    }

    #[test]
    fn cells_escape_pipes() {
        assert_eq!(cell("a | b\nc \\"), "a \\| b c \\\\");
    }
}
