//! `steppe add`, `steppe remove` and `steppe cache`: printing only; the library and the cache
//! are [`steppe::library`].

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use steppe::library::{self, AddOptions, Cache, Outcome};
use steppe::text::{count, shown_path};
use steppe::ItemKind;

use super::{print, stderr_line, EXIT_ERROR, EXIT_NOTHING};

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Report files (.txt, .md, .html, .pdf) or folders searched recursively.
    #[arg(value_name = "FILE|FOLDER", required = true)]
    pub paths: Vec<PathBuf>,
    /// Publisher, over the file's own metadata.
    #[arg(long)]
    pub publisher: Option<String>,
    /// Date (YYYY-MM-DD), over the file's own metadata.
    #[arg(long)]
    pub date: Option<String>,
    /// Where the report is published, over the file's own metadata.
    #[arg(long)]
    pub url: Option<String>,
    /// Title, over the one found in the text.
    #[arg(long)]
    pub title: Option<String>,
    /// Folder with import.toml / gazetteer.toml / themes.toml replacing the built-in rules.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum CacheCommand {
    /// Where the cache is, its size, and whether its files are usable.
    Info,
    /// Removes every cache file (they are rebuilt when needed).
    Clear,
}

/// The library folder, or an error saying why there is none.
fn library_root() -> anyhow::Result<PathBuf> {
    library::library_dir()?.ok_or_else(|| {
        anyhow::anyhow!("no library folder: set STEPPE_LIBRARY, XDG_DATA_HOME or HOME")
    })
}

/// `steppe add`: copies reports into the library and says what each became.
pub fn add(args: &AddArgs) -> anyhow::Result<ExitCode> {
    let root = library_root()?;
    let rules = super::SourceArgs {
        paths: Vec::new(),
        builtin: false,
        no_library: false,
        no_cache: false,
        rules: args.rules.clone(),
    }
    .import_rules()?;
    let options = AddOptions {
        title: args.title.clone(),
        publisher: args.publisher.clone(),
        date: args.date.clone(),
        url: args.url.clone(),
    };
    let outcomes = library::add(&root, &args.paths, &options, &rules)?;
    let mut out = String::new();
    let (mut added, mut refused) = (0, 0);
    for outcome in &outcomes {
        match outcome {
            Outcome::Added {
                from,
                report,
                diagnostics,
                ..
            } => {
                added += 1;
                out.push_str(&format!(
                    "added {} from {from}: {} — {}; {}\n",
                    report.id,
                    steppe::text::sanitize(&report.title),
                    [
                        (report.count(ItemKind::Recommendation), "recommendation"),
                        (report.count(ItemKind::Paragraph), "finding"),
                        (report.footnotes.len(), "footnote"),
                    ]
                    .map(|(n, noun)| count(n, noun))
                    .join(", "),
                    if report.countries.is_empty() {
                        "no country found".to_string()
                    } else {
                        report.countries.join(", ")
                    }
                ));
                for d in diagnostics {
                    out.push_str(&format!("  {d}\n"));
                }
            }
            Outcome::Duplicate { from, existing } => {
                refused += 1;
                stderr_line(&format!(
                    "steppe: {from}: not added: already in the library as {} ({})",
                    existing
                        .file_stem()
                        .map_or(String::new(), |s| shown_path(std::path::Path::new(s))),
                    shown_path(existing)
                ));
            }
            Outcome::Refused { from, diagnostics } => {
                refused += 1;
                stderr_line(&format!("steppe: {from}: not added: no report in it"));
                for d in diagnostics {
                    stderr_line(&format!("  {d}"));
                }
            }
        }
    }
    out.push_str(&format!(
        "{} added to the library in {}\n",
        count(added, "report"),
        shown_path(&root)
    ));
    print(&out)?;
    Ok(if refused > 0 {
        ExitCode::from(EXIT_NOTHING)
    } else {
        ExitCode::SUCCESS
    })
}

/// `steppe remove ID`.
pub fn remove(id: &str) -> anyhow::Result<ExitCode> {
    let root = library_root()?;
    match library::remove(&root, id.trim()) {
        Ok(file) => {
            print(&format!("removed {id} ({})\n", shown_path(&file)))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(err) => {
            stderr_line(&format!("steppe: {err}"));
            Ok(ExitCode::from(EXIT_ERROR))
        }
    }
}

/// `steppe cache info|clear`.
pub fn cache(command: &CacheCommand) -> anyhow::Result<ExitCode> {
    let rules = super::SourceArgs::default().import_rules()?;
    let cache = Cache::new(Cache::default_dir(), &rules);
    match command {
        CacheCommand::Info => {
            let info = cache.info();
            let mut out = format!(
                "cache folder: {}\n{} ({:.1} MB)\n",
                info.dir
                    .as_deref()
                    .unwrap_or("none (no HOME or XDG_CACHE_HOME)"),
                count(info.files, "file"),
                info.bytes as f64 / 1_000_000.0
            );
            if info.unusable > 0 {
                out.push_str(&format!(
                    "{} from another steppe or damaged: rebuilt or dropped when needed\n",
                    count(info.unusable, "file")
                ));
            }
            let library = library::library_dir()?;
            out.push_str(&format!(
                "library: {}\n",
                library.as_deref().map_or("none".to_string(), shown_path)
            ));
            print(&out)?;
        }
        CacheCommand::Clear => {
            let removed = cache.clear()?;
            print(&format!("removed {}\n", count(removed, "cache file")))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
