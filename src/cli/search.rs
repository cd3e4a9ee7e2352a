//! `steppe search` and `steppe show`: ranked hits for a query, and one item in full with its
//! footnotes and a citation line. Highlighting only on a terminal and without NO_COLOR.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use serde::Serialize;

use steppe::search::{highlight_ranges, Hit, Query};
use steppe::text::sanitize;
use steppe::{Corpus, Item, ItemKind, Report, Section};

use super::{exit_for, print, print_problems, SourceArgs, EXIT_ERROR, EXIT_NOTHING};

/// Which kinds of item to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindFilter {
    Recommendation,
    Finding,
    All,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to find (all must occur, any order); may include @country, #theme, !rec.
    #[arg(required = true)]
    pub query: String,
    /// Only items about this country (name prefix or ISO code).
    #[arg(long, short)]
    pub country: Option<String>,
    /// Only items on this theme (id or label prefix).
    #[arg(long, short)]
    pub theme: Option<String>,
    #[arg(long, short, value_enum, default_value = "all")]
    pub kind: KindFilter,
    /// Only recommendations of this action category (1 minimal … 5 specific; as `&5`).
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=5))]
    pub action: Option<u8>,
    /// At most this many hits (1 or more).
    #[arg(long, short = 'n', default_value_t = 20, value_parser = at_least_one)]
    pub limit: usize,
    /// Exact matches only (no typo tier).
    #[arg(long)]
    pub exact: bool,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub sources: SourceArgs,
}

/// `--limit`: a count of 1 or more (0 would print "no matches" while there are some).
fn at_least_one(arg: &str) -> Result<usize, String> {
    match arg.parse::<usize>() {
        Ok(0) => Err("must be 1 or more (0 would show no hits)".to_string()),
        Ok(n) => Ok(n),
        Err(err) => Err(err.to_string()),
    }
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Item id, as printed by `steppe search` (e.g. fpc-2021-07-22-kazakhstan-executive-summary.r1).
    pub id: String,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub sources: SourceArgs,
}

#[derive(Serialize)]
struct JsonHit<'a> {
    id: &'a str,
    report_id: &'a str,
    kind: ItemKind,
    text: &'a str,
    countries: &'a [String],
    themes: &'a [String],
    score: u32,
    approximate: bool,
    section: Option<&'a str>,
    addressee: Option<&'a str>,
    /// Recommendations: the action category (1–5) and the verb that decided it.
    action_category: Option<u8>,
    action_evidence: Option<&'a str>,
    /// Recommendations: the same or reworded recommendation in other reports, newest first.
    related: Vec<steppe::relations::Related>,
}

fn colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn lookup<'a>(corpus: &'a Corpus, hit: &Hit) -> Option<(&'a Report, &'a Section, &'a Item)> {
    corpus.get(hit.at)
}

/// `text` indented by three spaces, with matches in bold yellow when `colour`, wrapped to
/// `width` columns when given (terminals), else on one line (pipes).
fn highlighted(text: &str, terms: &[String], colour: bool, width: Option<usize>) -> String {
    let text = sanitize(text);
    let ranges = if colour {
        highlight_ranges(&text, terms)
    } else {
        Vec::new()
    };
    // Byte ranges of the output lines.
    let lines: Vec<std::ops::Range<usize>> = match width {
        Some(width) => steppe::text::wrap_ranges(&text, width.saturating_sub(4).max(20)),
        None => std::iter::once(0..text.len()).collect(),
    };
    let mut out = String::with_capacity(text.len() + 64);
    for line in lines {
        out.push_str("   ");
        let mut at = line.start;
        for r in &ranges {
            let (s, e) = (r.start.max(line.start), r.end.min(line.end));
            if s >= e || s < at {
                continue;
            }
            out.push_str(&text[at..s]);
            out.push_str("\x1b[1;33m");
            out.push_str(&text[s..e]);
            out.push_str("\x1b[0m");
            at = e;
        }
        out.push_str(&text[at..line.end]);
        out.push('\n');
    }
    out
}

/// A PATH that names nothing on disk and looks like a word (no folder separator, no file
/// extension): the user most likely meant `steppe search ngo law` as two words.
fn word_given_as_path(paths: &[std::path::PathBuf]) -> Option<&std::path::Path> {
    paths.iter().map(|p| p.as_path()).find(|p| {
        p.components().count() == 1
            && p.extension().is_none()
            && std::fs::symlink_metadata(p).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound)
    })
}

pub fn run(args: &SearchArgs) -> anyhow::Result<ExitCode> {
    if let Some(word) = word_given_as_path(&args.sources.paths) {
        let word = sanitize(&word.to_string_lossy());
        let query = sanitize(&args.query);
        anyhow::bail!(
            "{word}: no such file or folder. To search for several words, quote them: \
             steppe search \"{query} {word}\""
        );
    }
    // Reports from the cache stay undecoded until they hold a hit.
    let (mut opened, rules) = args.sources.open_with(true, true)?;
    print_problems(&opened);
    let mut query = Query::parse(&args.query, &rules.gazetteer, &rules.themes);
    if let Some(country) = &args.country {
        query.set_country(steppe::resolve::country(&rules.gazetteer, country));
    }
    if let Some(theme) = &args.theme {
        query.set_theme(steppe::resolve::theme(&rules.themes, theme));
    }
    match args.kind {
        KindFilter::Recommendation => query.kind = Some(ItemKind::Recommendation),
        KindFilter::Finding => query.kind = Some(ItemKind::Paragraph),
        KindFilter::All => {}
    }
    if args.action.is_some() {
        query.action = args.action;
    }
    if !query.problems.is_empty() {
        for p in &query.problems {
            super::stderr_line(&format!("steppe: {p}"));
        }
        return Ok(ExitCode::from(EXIT_ERROR));
    }
    if query.is_empty() && !query.filters_only() {
        super::stderr_line(
            "steppe: nothing to search for: give words, or filters such as @kaz #torture !rec &5",
        );
        return Ok(ExitCode::from(EXIT_ERROR));
    }
    // Filters alone (`@kaz #torture !rec`) list everything they allow.
    let (hits, total) = opened.search(&rules, &query, args.limit, !args.exact);
    if args.json {
        // Each hit's `related` looks through every report: all of them decoded.
        opened.decode_all(&rules);
    } else {
        let hit_reports: Vec<usize> = hits.iter().map(|h| h.at.report).collect();
        opened.decode(&hit_reports, &rules);
    }
    let corpus = &opened.loaded.corpus;
    if args.json {
        let history = steppe::relations::HistoryIndex::build(corpus);
        let json_hits: Vec<JsonHit<'_>> = hits
            .iter()
            .filter_map(|h| {
                let (r, s, i) = lookup(corpus, h)?;
                Some(JsonHit {
                    id: &i.id,
                    report_id: &r.id,
                    kind: i.kind,
                    text: &i.text,
                    countries: &i.countries,
                    themes: &i.themes,
                    score: h.score,
                    approximate: h.approximate,
                    section: s.heading.as_deref(),
                    addressee: i.addressee.as_deref(),
                    action_category: i.action_category,
                    action_evidence: i.action_evidence.as_deref(),
                    related: history.related(corpus, i),
                })
            })
            .collect();
        if !json_hits.is_empty() {
            let value =
                serde_json::json!({ "query": args.query, "total": total, "hits": json_hits });
            print(&(serde_json::to_string_pretty(&value)? + "\n"))?;
        }
    } else {
        let colour = colour();
        let width = std::io::stdout()
            .is_terminal()
            .then(|| crossterm::terminal::size().ok())
            .flatten()
            .map(|(w, _)| usize::from(w));
        let mut out = String::new();
        for (n, hit) in hits.iter().enumerate() {
            let Some((r, s, i)) = lookup(corpus, hit) else {
                continue;
            };
            let countries = if i.countries.is_empty() {
                "regional".to_string()
            } else {
                i.countries.join(", ")
            };
            let mut head = format!(
                "{}. {}{} · {} · {}",
                n + 1,
                i.kind.label(),
                if hit.approximate {
                    " (approximate)"
                } else {
                    ""
                },
                countries,
                sanitize(&r.short_label()),
            );
            if let Some(h) = &s.heading {
                head.push_str(" · ");
                head.push_str(&sanitize(h));
            }
            if colour {
                head = format!("\x1b[1m{head}\x1b[0m");
            }
            out.push_str(&head);
            out.push('\n');
            if let Some(a) = &i.addressee {
                out.push_str(&format!("   to {}:\n", sanitize(a)));
            }
            out.push_str(&highlighted(&i.text, &hit.terms, colour, width));
            out.push_str(&format!("   {}\n\n", i.id));
        }
        print(&out)?;
        // More than shown: say so where a person reads it (not into a pipe's data).
        if hits.len() < total && std::io::stderr().is_terminal() {
            super::stderr_line(&format!(
                "{} of {total} shown; --limit {total} shows them all",
                hits.len()
            ));
        }
    }
    let code = if hits.is_empty() && !opened.loaded.has_errors() {
        super::stderr_line(&format!("no matches for {:?}", args.query));
        ExitCode::from(EXIT_NOTHING)
    } else {
        // A file that could not be used is an error (2) even when other files gave hits.
        exit_for(&opened.loaded)
    };
    // The process ends now: freeing a large corpus and index piece by piece would only cost
    // time, the operating system takes it back whole. The same for the import rules (their
    // ten thousand small allocations took a sixth of a warm search of the built-in reports).
    std::mem::forget(opened);
    std::mem::forget(rules);
    Ok(code)
}

pub fn show(args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let (opened, rules) = args.sources.open()?;
    print_problems(&opened);
    let loaded = opened.loaded;
    let Some((report, section, item)) = loaded.corpus.find_item(args.id.trim()) else {
        return Ok(no_item(&args.id));
    };
    let footnotes: Vec<&steppe::Footnote> = item
        .footnotes
        .iter()
        .filter_map(|label| report.footnote(label))
        .collect();
    if args.json {
        let value = serde_json::json!({
            "item": item,
            "report_id": report.id,
            "section": section.heading,
            "footnotes": footnotes,
            "citation": report.citation(section, item),
            "related": steppe::relations::related(&loaded.corpus, item),
        });
        print(&(serde_json::to_string_pretty(&value)? + "\n"))?;
    } else {
        let mut out = String::new();
        out.push_str(item.kind.label());
        if let Some(a) = &item.addressee {
            out.push_str(&format!(" to {}", sanitize(a)));
        }
        out.push_str(":\n\n");
        out.push_str(&sanitize(&item.text));
        out.push_str("\n\n");
        for f in &footnotes {
            out.push_str(&format!("[{}] {}\n", f.label, sanitize(&f.text)));
        }
        if !footnotes.is_empty() {
            out.push('\n');
        }
        if !item.countries.is_empty() {
            out.push_str(&format!("Countries: {}\n", item.countries.join(", ")));
        }
        if !item.themes.is_empty() {
            // Labels, as the reader shows them; --json keeps the ids.
            let labels: Vec<&str> = item.themes.iter().map(|t| rules.themes.label(t)).collect();
            out.push_str(&format!("Themes: {}\n", labels.join(", ")));
        }
        if let Some(evidence) = &item.kind_evidence {
            out.push_str(&format!(
                "Why {}: {}\n",
                item.kind.label(),
                sanitize(&evidence.describe())
            ));
        }
        out.push_str(&format!("Source: {}\n", report.citation(section, item)));
        print(&out)?;
    }
    Ok(exit_for(&loaded))
}

/// Says that no item has the id a user gave (`show`, `history`), with the exit code for it.
fn no_item(id: &str) -> ExitCode {
    super::stderr_line(&format!(
        "steppe: no item with id {id:?} (ids are printed by `steppe search`)"
    ));
    ExitCode::from(EXIT_NOTHING)
}

/// `steppe history ID`: the recommendation and where else it was made, newest first.
pub fn history(args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let (opened, _) = args.sources.open()?;
    print_problems(&opened);
    let loaded = opened.loaded;
    let Some((report, _, item)) = loaded.corpus.find_item(args.id.trim()) else {
        return Ok(no_item(&args.id));
    };
    let related = steppe::relations::related(&loaded.corpus, item);
    if args.json {
        let value = serde_json::json!({ "item": item, "related": related });
        print(&(serde_json::to_string_pretty(&value)? + "\n"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = format!(
        "{} ({}, {}):\n{}\n\n",
        item.kind.label(),
        report.short_label(),
        item.id,
        sanitize(&item.text)
    );
    if item.kind != ItemKind::Recommendation {
        out.push_str("Only recommendations have a history.\n");
    } else if related.is_empty() {
        out.push_str("Not recommended in any other loaded report.\n");
    } else {
        out.push_str("Also recommended in (newest first):\n");
        for r in &related {
            let text = loaded
                .corpus
                .find_item(&r.id)
                .map(|(_, _, i)| sanitize(&i.text))
                .unwrap_or_default();
            out.push_str(&format!(
                "  {}  {}  {:.2}  {}\n    {}\n",
                r.date.as_deref().unwrap_or("undated"),
                sanitize(&r.report_id),
                r.similarity,
                r.id,
                text
            ));
        }
    }
    print(&out)?;
    Ok(ExitCode::SUCCESS)
}
