//! The command-line interface: argument definitions and one module per subcommand. Every command
//! is a thin layer over the library; output goes to stdout, problems to stderr.

mod add;
mod check;
mod compare;
mod diff;
mod list;
mod read;
mod search;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use steppe::corpus::{ImportRules, Loaded};
use steppe::export::Format;
use steppe::library;
use steppe::tui::loading::Recheck;

/// Exit code for "nothing found" (search, like grep) and "problems found" (check).
pub const EXIT_NOTHING: u8 = 1;
/// Exit code for errors: unreadable paths, bad arguments, bad configuration.
pub const EXIT_ERROR: u8 = 2;

/// A terminal reader for human-rights country reports.
///
/// With no command, opens the reader on the built-in reports and your library, or on the given
/// files and folders.
#[derive(Debug, Parser)]
#[command(name = "steppe", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub sources: SourceArgs,
    #[command(flatten)]
    pub reader: read::ReaderArgs,
}

/// Which reports to load (shared by every command).
#[derive(Debug, Clone, Default, Args)]
pub struct SourceArgs {
    /// Report files (.txt, .md, .html, .pdf) or folders searched recursively; the built-in
    /// reports and your library when none.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Also load the built-in reports when paths are given.
    #[arg(long)]
    pub builtin: bool,
    /// The built-in reports without the library (when no paths are given).
    #[arg(long)]
    pub no_library: bool,
    /// Neither read nor write the on-disk cache ($XDG_CACHE_HOME/steppe): import everything.
    #[arg(long)]
    pub no_cache: bool,
    /// Folder with import.toml / gazetteer.toml / themes.toml replacing the built-in rules
    /// [default: $XDG_CONFIG_HOME/steppe when it has them].
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// One line per report: id, date, publisher, title, countries, counts and where it lives.
    List {
        #[command(flatten)]
        sources: SourceArgs,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
    /// The whole structured corpus as JSON, TOML, CSV or Markdown.
    Export {
        #[command(flatten)]
        sources: SourceArgs,
        #[arg(long, short, value_enum, default_value = "json")]
        format: Format,
    },
    /// Search everything loaded; exit 1 when nothing matches (like grep).
    Search(search::SearchArgs),
    /// One item in full with its footnotes and a citation line, for pasting.
    Show(search::ShowArgs),
    /// The same or a reworded recommendation in other reports, newest first.
    ///
    /// Found with the similarity `compare` uses; each with its date and similarity.
    History(search::ShowArgs),
    /// Two or three countries side by side, aligned by theme; ≈ marks shared items.
    Compare(compare::CompareArgs),
    /// What changed from report A to report B: carried over, reworded, new, dropped.
    Diff(diff::DiffArgs),
    /// Import reports and print every problem as file:line: message (exit 1 when any).
    Check {
        #[command(flatten)]
        sources: SourceArgs,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
        /// List the lines dropped as page chrome (from web pages and PDFs, and by their chrome
        /// score from any text), not just their count.
        #[arg(short, long)]
        verbose: bool,
    },
    /// Copy reports (files or folders) with their metadata into your library.
    ///
    /// Every command without PATHs then reads them with the built-in reports.
    Add(add::AddArgs),
    /// Take a report out of your library (its id, as `steppe list` shows it).
    Remove {
        /// The report's id.
        id: String,
    },
    /// The on-disk cache of imported reports and search indexes.
    Cache {
        #[command(subcommand)]
        command: add::CacheCommand,
    },
    /// Print a completion script for bash, zsh or fish.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// The user's config folder: `$XDG_CONFIG_HOME/steppe` or `~/.config/steppe`.
pub fn config_dir() -> Option<PathBuf> {
    steppe::library::config_dir()
}

impl SourceArgs {
    /// Import rules: `--rules DIR`, else the user's config folder, else the built-in ones.
    pub fn import_rules(&self) -> anyhow::Result<ImportRules> {
        if let Some(dir) = &self.rules {
            if !dir.is_dir() {
                anyhow::bail!(
                    "{}: --rules must be a folder",
                    steppe::text::shown_path(dir)
                );
            }
            return Ok(ImportRules::with_overrides(dir)?);
        }
        match config_dir() {
            Some(dir) if dir.is_dir() => Ok(ImportRules::with_overrides(&dir)?),
            _ => Ok(ImportRules::builtin()),
        }
    }

    /// Loads the reports these arguments name.
    pub fn load(&self) -> anyhow::Result<Loaded> {
        Ok(self.open()?.0.loaded)
    }

    /// Opens the reports these arguments name (the built-in ones and the library when no path
    /// is given) through the on-disk cache, and returns the rules they were read with
    /// (gazetteer and themes are needed again by search and compare). A cache that cannot be
    /// written is one warning on stderr.
    pub fn open(&self) -> anyhow::Result<(library::Opened, ImportRules)> {
        self.open_for(false)
    }

    /// [`SourceArgs::open`] for a command that will search (the search index is read from the
    /// cache on a second core meanwhile).
    pub fn open_for(&self, searching: bool) -> anyhow::Result<(library::Opened, ImportRules)> {
        self.open_with(searching, false)
    }

    /// The request these arguments make.
    pub fn request(&self, searching: bool, lazy: bool) -> library::Request {
        library::Request {
            paths: self.paths.clone(),
            builtin: self.builtin,
            no_library: self.no_library,
            no_cache: self.no_cache,
            searching,
            lazy,
        }
    }

    /// For the reader: the reports as the cache recorded them, without looking at the files
    /// ([`library::open_recorded`]), with how to open them for real later; when the cache has
    /// no record of them, opened now ([`SourceArgs::open_with`], lazily).
    pub fn open_for_reader(
        &self,
    ) -> anyhow::Result<(library::Opened, ImportRules, Option<Recheck>)> {
        let rules = self.import_rules()?;
        let request = self.request(false, true);
        let cache_dir = library::Cache::default_dir();
        if let Some(opened) = library::open_recorded(&request, &rules, cache_dir.clone()) {
            let recheck = Recheck { request, cache_dir };
            return Ok((opened, rules, Some(recheck)));
        }
        let opened =
            open_showing_progress(&request, &rules, cache_dir).context("cannot load reports")?;
        print_warnings(&opened);
        Ok((opened, rules, None))
    }

    /// [`SourceArgs::open_for`] that leaves cached reports undecoded (`lazy`, see
    /// [`library::Request::lazy`]).
    pub fn open_with(
        &self,
        searching: bool,
        lazy: bool,
    ) -> anyhow::Result<(library::Opened, ImportRules)> {
        let rules = self.import_rules()?;
        let request = self.request(searching, lazy);
        let opened = open_showing_progress(&request, &rules, library::Cache::default_dir())
            .context("cannot load reports")?;
        print_warnings(&opened);
        Ok((opened, rules))
    }
}

/// How long opening the reports may take before a progress line appears.
const PROGRESS_AFTER: std::time::Duration = std::time::Duration::from_millis(400);

/// [`library::open`] that, when stderr is a terminal and the open takes longer than
/// [`PROGRESS_AFTER`] (the first start on a large library, or the first after an update whose
/// import rules differ, when the cache holds nothing usable), shows on stderr how many reports
/// have been read so far, on one line rewritten in place and cleared at the end.
fn open_showing_progress(
    request: &library::Request,
    rules: &ImportRules,
    cache_dir: Option<PathBuf>,
) -> Result<library::Opened, library::LibraryError> {
    use std::io::IsTerminal;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::mpsc::{self, RecvTimeoutError};
    if !std::io::stderr().is_terminal() {
        return library::open(request, rules, cache_dir);
    }
    let seen = AtomicUsize::new(0);
    let (done, finished) = mpsc::channel::<()>();
    let seen = &seen;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            if finished.recv_timeout(PROGRESS_AFTER) != Err(RecvTimeoutError::Timeout) {
                return;
            }
            let mut width = 0;
            loop {
                let line = progress_line(seen.load(Ordering::Relaxed));
                width = width.max(line.len());
                let _ = write!(std::io::stderr(), "\r{line:width$}");
                if finished.recv_timeout(std::time::Duration::from_millis(100))
                    != Err(RecvTimeoutError::Timeout)
                {
                    break;
                }
            }
            let _ = write!(std::io::stderr(), "\r{:width$}\r", "");
        });
        let opened = library::open_counted(request, rules, cache_dir, seen);
        drop(done);
        opened
    })
}

/// The progress line of [`open_showing_progress`] (plain ASCII: a dumb terminal shows it too).
fn progress_line(seen: usize) -> String {
    format!("steppe: reading reports... {seen} so far (later starts use the cache)")
}

/// Prints the cache's warnings (at most one) to stderr.
pub fn print_warnings(opened: &library::Opened) {
    for warning in opened.warnings() {
        stderr_line(&format!("steppe: warning: {warning}"));
    }
}

/// Writes to stdout; a closed pipe (`steppe export | head`) is not an error.
pub fn print(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to stdout"),
    }
}

/// Writes a line to stderr. Unlike `eprintln!`, a stderr that cannot be written (a terminal
/// that hung up) is not a panic: the line is dropped.
pub fn stderr_line(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// Warnings printed by a command other than `check` before the rest is only counted.
const WARNINGS_PRINTED: usize = 20;

/// Prints the load problems of opened reports: for PATHs and the built-in reports every error
/// and the first [`WARNINGS_PRINTED`] warnings (a folder of thousands of reports may have
/// thousands; `steppe check` lists them all), a count for the library (which every command
/// reads: its problems belong to `steppe check`, not to each quick look-up).
pub fn print_problems(opened: &library::Opened) {
    let loaded = &opened.loaded;
    if loaded.diagnostics.is_empty() {
        return;
    }
    let errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == steppe::Severity::Error)
        .count();
    if opened.from_library {
        stderr_line(&format!(
            "steppe: {} while importing ({}); `steppe check` lists them",
            steppe::text::count(loaded.diagnostics.len(), "problem"),
            steppe::text::count(errors, "error")
        ));
        return;
    }
    // One write for them all.
    let mut text = String::new();
    let mut warnings = 0;
    for d in &loaded.diagnostics {
        if d.severity != steppe::Severity::Error {
            warnings += 1;
            if warnings > WARNINGS_PRINTED {
                continue;
            }
        }
        text.push_str(&d.to_string());
        text.push('\n');
    }
    if warnings > WARNINGS_PRINTED {
        text.push_str(&format!(
            "steppe: {} not shown; `steppe check` lists them all\n",
            steppe::text::count(warnings - WARNINGS_PRINTED, "more warning")
        ));
    }
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Exit code after printing a command's output: 2 when some file could not be used.
pub fn exit_for(loaded: &Loaded) -> ExitCode {
    if loaded.has_errors() {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// Runs the command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        None => read::run(&cli.sources, &cli.reader),
        Some(Command::List { sources, json }) => {
            // Heads and summaries are all a list needs: no report is decoded.
            let (opened, _) = sources.open_with(false, true)?;
            print_problems(&opened);
            print(&list::render(&opened, json)?)?;
            let code = exit_for(&opened.loaded);
            // As `search` does: the process ends now, and freeing thousands of heads and
            // summaries piece by piece was a tenth of a list of 5 000 reports.
            std::mem::forget(opened);
            Ok(code)
        }
        Some(Command::Export { sources, format }) => {
            let (opened, _) = sources.open()?;
            print_problems(&opened);
            // Streamed: a large corpus is never held twice (as data and as text).
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let written = steppe::export::write_to(&opened.loaded.corpus, format, &mut out)
                .and_then(|()| out.flush().map_err(Into::into));
            match written {
                Err(err) if err.is_broken_pipe() => {}
                other => other.context("cannot write to stdout")?,
            }
            Ok(exit_for(&opened.loaded))
        }
        Some(Command::Check {
            sources,
            json,
            verbose,
        }) => check::run(&sources, json, verbose),
        Some(Command::Search(args)) => search::run(&args),
        Some(Command::Show(args)) => search::show(&args),
        Some(Command::History(args)) => search::history(&args),
        Some(Command::Compare(args)) => compare::run(&args),
        Some(Command::Diff(args)) => diff::run(&args),
        Some(Command::Add(args)) => add::add(&args),
        Some(Command::Remove { id }) => add::remove(&id),
        Some(Command::Cache { command }) => add::cache(&command),
        Some(Command::Completions { shell }) => completions(shell),
    }
}

/// Prints a completion script: clap's for our commands, with country names (from the import
/// rules in use) offered for `search --country` and `compare`'s countries, and theme ids for
/// `--theme`. Names are offered as slugs ("united-states"), which every country argument
/// accepts, because a shell splits a completed word at its spaces.
fn completions(shell: clap_complete::Shell) -> anyhow::Result<ExitCode> {
    use clap::builder::PossibleValuesParser;
    use clap::CommandFactory;
    let rules = SourceArgs::default().import_rules()?;
    let countries: Vec<String> = rules
        .gazetteer
        .countries
        .iter()
        .map(|c| steppe::text::slug(&c.name))
        .collect();
    let themes: Vec<String> = rules.themes.themes.iter().map(|t| t.id.clone()).collect();
    let countries = || PossibleValuesParser::new(countries.clone());
    let themes = || PossibleValuesParser::new(themes.clone());
    // This command only writes the script: its value parsers are never used to parse.
    let command = Cli::command()
        .mut_subcommand("search", |s| {
            s.mut_arg("country", |a| a.value_parser(countries()))
                .mut_arg("theme", |a| a.value_parser(themes()))
        })
        .mut_subcommand("compare", |s| {
            // Editing an argument moves it to the end: keep the countries the first positional.
            s.mut_arg("args", |a| a.value_parser(countries()).index(1))
                .mut_arg("paths", |a| a.index(2))
                .mut_arg("theme", |a| a.value_parser(themes()))
        });
    let mut command = command;
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "steppe", &mut out);
    print(&String::from_utf8_lossy(&out))?;
    Ok(ExitCode::SUCCESS)
}
