//! `steppe diff A B`: what changed from report A to report B (two editions, two years on one
//! country): items carried over, reworded (word-level changes marked), new and dropped, as text,
//! Markdown or JSON. The matching is the library's ([`steppe::relations::diff`]).

use std::process::ExitCode;

use clap::{Args, ValueEnum};

use steppe::relations::{self, marked, Diff};
use steppe::text::{sanitize, wrap};
use steppe::Corpus;

use super::{print, print_problems, SourceArgs, EXIT_ERROR};

/// Output formats of `steppe diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier report: its id or the start of it (as `steppe list` prints them).
    pub a: String,
    /// The later report.
    pub b: String,
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: DiffFormat,
    #[command(flatten)]
    pub sources: SourceArgs,
}

/// Runs `steppe diff`.
pub fn run(args: &DiffArgs) -> anyhow::Result<ExitCode> {
    let (opened, _) = args.sources.open()?;
    print_problems(&opened);
    let corpus = &opened.loaded.corpus;
    let reports = relations::find_report(corpus, &args.a)
        .and_then(|a| Ok((a, relations::find_report(corpus, &args.b)?)));
    let (a, b) = match reports {
        Ok(pair) => pair,
        Err(err) => {
            super::stderr_line(&format!("steppe diff: {err}"));
            return Ok(ExitCode::from(EXIT_ERROR));
        }
    };
    let diff = relations::diff(a, b);
    let out = match args.format {
        DiffFormat::Json => serde_json::to_string_pretty(&diff)? + "\n",
        DiffFormat::Markdown => markdown(&diff, corpus, &a.short_label(), &b.short_label()),
        DiffFormat::Text => text(&diff, corpus, &a.short_label(), &b.short_label()),
    };
    print(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn text_of<'c>(corpus: &'c Corpus, id: &str) -> &'c str {
    corpus.find_item(id).map_or("", |(_, _, i)| i.text.as_str())
}

fn push_wrapped(out: &mut String, text: &str, indent: &str) {
    for line in wrap(&sanitize(text), 80usize.saturating_sub(indent.len())) {
        out.push_str(indent);
        out.push_str(&line);
        out.push('\n');
    }
}

/// Text: the library's lines ([`relations::diff_lines`]) wrapped to 80 columns under their
/// indent.
pub fn text(diff: &Diff, corpus: &Corpus, a: &str, b: &str) -> String {
    let mut out = String::new();
    for (indent, line) in relations::diff_lines(diff, corpus, a, b) {
        if line.is_empty() {
            out.push('\n');
            continue;
        }
        push_wrapped(&mut out, &line, &" ".repeat(indent));
    }
    out
}

/// One line of Markdown text: white space folded, `*` `_` `~` escaped.
fn md(text: &str) -> String {
    steppe::text::normalize_whitespace(text)
        .replace('\\', "\\\\")
        .replace('*', "\\*")
        .replace('_', "\\_")
        .replace('~', "\\~")
}

/// Markdown: the same sections, removed words ~~struck~~ and added ones **bold**.
pub fn markdown(diff: &Diff, corpus: &Corpus, a: &str, b: &str) -> String {
    let mut out = format!("# {} → {}\n\n", md(a), md(b));
    out.push_str(&format!(
        "{} carried over, {} reworded, {} new, {} dropped.\n",
        diff.carried_over.len(),
        diff.reworded.len(),
        diff.new.len(),
        diff.dropped.len()
    ));
    out.push_str(&format!("\n## Reworded ({})\n\n", diff.reworded.len()));
    for (x, y) in &diff.reworded {
        let (ta, tb) = (md(text_of(corpus, x)), md(text_of(corpus, y)));
        let changes = relations::word_changes(&ta, &tb);
        out.push_str(&format!(
            "- {} _({x} → {y})_\n",
            marked(&changes, ("~~", "~~"), ("**", "**"))
        ));
    }
    out.push_str(&format!("\n## New in {} ({})\n\n", md(b), diff.new.len()));
    for id in &diff.new {
        out.push_str(&format!("- {} _({id})_\n", md(text_of(corpus, id))));
    }
    out.push_str(&format!(
        "\n## Dropped from {} ({})\n\n",
        md(a),
        diff.dropped.len()
    ));
    for id in &diff.dropped {
        out.push_str(&format!("- {} _({id})_\n", md(text_of(corpus, id))));
    }
    out.push_str(&format!(
        "\n## Carried over ({})\n\n",
        diff.carried_over.len()
    ));
    for (x, y) in &diff.carried_over {
        out.push_str(&format!("- {} _({x} = {y})_\n", md(text_of(corpus, y))));
    }
    out
}
