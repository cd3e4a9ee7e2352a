//! `steppe [PATH…]` with no command: the full-screen reader. Everything that can fail because of
//! the user's input (reports, import rules, keymap, options) is checked first and reported as a
//! plain message with exit code 2, before the terminal is touched.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use steppe::tui::loading;
use steppe::tui::terminal::{self, CopyTarget};
use steppe::tui::{ColorScheme, Keymap, Palette};

use super::{config_dir, print, SourceArgs, EXIT_ERROR};

/// Colour scheme names for `--colors`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorsArg {
    Light,
    Dark,
    HighContrast,
}

/// Options of the reader.
#[derive(Debug, Clone, Args)]
pub struct ReaderArgs {
    /// Keymap file merged over the default keys [default: $XDG_CONFIG_HOME/steppe/keymap.toml
    /// when it exists].
    #[arg(long, value_name = "FILE")]
    pub keymap: Option<PathBuf>,
    /// Colour scheme [default: terminal colours with a few accents]. (`--theme` is the old name,
    /// still accepted: a theme in steppe is a topic, as in `search --theme`.)
    #[arg(long, value_enum, alias = "theme")]
    pub colors: Option<ColorsArg>,
    /// No colours (also when NO_COLOR is set).
    #[arg(long)]
    pub no_color: bool,
    /// Where y/Y copy to when the terminal ignores OSC 52: a file (appended), or - for stdout
    /// when steppe closes.
    #[arg(long, value_name = "FILE|-")]
    pub copy_to: Option<PathBuf>,
    /// Copy with OSC 52 wrapped in tmux's passthrough (for tmux with set-clipboard off and
    /// allow-passthrough on); by default the plain OSC 52 is sent, which tmux takes itself.
    #[arg(long)]
    pub osc52_passthrough: bool,
    /// Do not report the mouse (clicks and wheel) to steppe: the terminal's own selection works
    /// (`mouse = false` under `[options]` in the keymap file does the same for good).
    #[arg(long)]
    pub no_mouse: bool,
    /// Draw with ASCII only [default: when TERM=dumb or the locale is not UTF-8].
    #[arg(long)]
    pub ascii: bool,
    /// Start clean: do not restore the last place, filters, comparison and search history
    /// (kept in $XDG_STATE_HOME/steppe/session.json); they are saved again on quit.
    #[arg(long)]
    pub fresh: bool,
}

impl ReaderArgs {
    /// The keymap: `--keymap FILE`, else the user's file when it exists, else the default.
    pub fn keymap(&self) -> Result<Keymap, steppe::tui::KeymapError> {
        if let Some(path) = &self.keymap {
            return Keymap::load(path);
        }
        match config_dir().map(|d| d.join("keymap.toml")) {
            // Anything there is read (and refused when it is a FIFO or a folder), not skipped.
            Some(path) if path.symlink_metadata().is_ok() => Keymap::load(&path),
            _ => Ok(Keymap::builtin()),
        }
    }

    pub fn palette(&self) -> Palette {
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let no_color =
            self.no_color || dumb || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let ascii = self.ascii || steppe::tui::ascii::wanted_here();
        let palette = Palette::new(match (no_color, self.colors) {
            (true, _) => ColorScheme::Mono,
            (false, None) => ColorScheme::Default,
            (false, Some(ColorsArg::Light)) => ColorScheme::Light,
            (false, Some(ColorsArg::Dark)) => ColorScheme::Dark,
            (false, Some(ColorsArg::HighContrast)) => ColorScheme::HighContrast,
        });
        Palette { ascii, ..palette }
    }

    pub fn copy_target(&self) -> CopyTarget {
        match &self.copy_to {
            None if self.osc52_passthrough => CopyTarget::Osc52Passthrough,
            None => CopyTarget::Osc52,
            Some(p) if p.as_os_str() == "-" => CopyTarget::Stdout,
            Some(p) => CopyTarget::File(p.clone()),
        }
    }
}

/// Opens the reports' heads and summaries (as the cache recorded them, when it has), draws the
/// reader from them, and checks the files, loads the reports and the search index on a worker
/// thread meanwhile (see `steppe::tui::loading`).
pub fn run(sources: &SourceArgs, args: &ReaderArgs) -> anyhow::Result<ExitCode> {
    let (opened, rules, recheck) = sources.open_for_reader()?;
    let keymap = match args.keymap() {
        Ok(k) => k,
        Err(err) => {
            super::stderr_line(&format!("steppe: bad keymap: {err}"));
            return Ok(ExitCode::from(EXIT_ERROR));
        }
    };
    if opened.loaded.corpus.reports.is_empty() {
        for d in &opened.loaded.diagnostics {
            super::stderr_line(&format!("{d}"));
        }
        super::stderr_line("steppe: no reports to read");
        return Ok(ExitCode::from(EXIT_ERROR));
    }
    if let CopyTarget::File(path) = args.copy_target() {
        if path.is_dir() {
            anyhow::bail!(
                "{}: --copy-to must be a file, not a folder",
                steppe::text::shown_path(&path)
            );
        }
    }
    // No terminal (ssh without -t, cron, a pipe): say what to do, once the files are checked.
    if let Err(err) = terminal::check_terminal() {
        super::stderr_line(&terminal::no_terminal_message(&err));
        return Ok(ExitCode::from(EXIT_ERROR));
    }
    let session_path = steppe::tui::session::default_path();
    let session = session_path
        .as_deref()
        .filter(|_| !args.fresh)
        .map(steppe::tui::session::Session::load);
    let restored = match &session {
        Some(Ok(Some(session))) => Some(session),
        _ => None,
    };
    let mut state =
        loading::open_reader_checking(opened, recheck, rules, keymap, args.palette(), restored);
    if let (Some(Err(why)), Some(path)) = (&session, &session_path) {
        steppe::tui::session::not_restored(&mut state, path, why);
    }
    let options = terminal::Options {
        mouse: !args.no_mouse && state.keymap.mouse,
    };
    let outcome = terminal::run(&mut state, args.copy_target(), options)?;
    if let Some(path) = &session_path {
        if let Err(err) = steppe::tui::session::Session::of(&state).save(path) {
            super::stderr_line(&format!(
                "steppe: could not keep this session in {}: {err}",
                steppe::text::shown_path(path)
            ));
        }
    }
    for text in &outcome.for_stdout {
        print(text)?;
        if !text.ends_with('\n') {
            print("\n")?;
        }
    }
    Ok(match outcome.signal {
        Some(signal) => ExitCode::from(128u8.saturating_add(signal as u8)),
        None => ExitCode::SUCCESS,
    })
}
