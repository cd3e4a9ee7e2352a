//! Scores the importer over a folder of texts against a truth file.
//!
//! `cargo run --example score -- DIR [TRUTH]` (TRUTH defaults to `DIR/truth.toml`; see
//! `steppe::corpus::score` for its format). Prints one line per text that does not import right
//! (what was extra, missed, kept as chrome, or wrong in the title, date or countries) and a
//! summary: recommendation precision and recall, chrome items kept, titles, dates and countries
//! right. Truth entries that can never pass (a one-word chrome line, a line or prefix not in the
//! text as whole words, a chrome line also in the body) are named on stderr. Exit 1 when a text
//! cannot be read. With `SCORE_RULES=DIR`, rules files found in DIR
//! (`import.toml`, `gazetteer.toml`, `themes.toml`) replace the built-in ones.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use steppe::corpus::read::{read_text, MAX_REPORT_BYTES};
use steppe::corpus::score::{no_report, score, truth_problems, Summary, Truth};
use steppe::corpus::{load, ImportRules, Sources};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: score DIR [TRUTH]");
        return ExitCode::from(2);
    };
    let truth_path = args
        .next()
        .map_or_else(|| dir.join("truth.toml"), PathBuf::from);
    let truth = match Truth::read(&truth_path) {
        Ok(t) => t,
        Err(err) => {
            eprintln!("score: {err}");
            return ExitCode::from(1);
        }
    };
    // `SCORE_RULES=DIR`: rules files in DIR replace the built-in ones (for trying weights).
    let rules = match std::env::var_os("SCORE_RULES") {
        Some(dir) => match ImportRules::with_overrides(std::path::Path::new(&dir)) {
            Ok(rules) => rules,
            Err(err) => {
                eprintln!("score: {err}");
                return ExitCode::from(1);
            }
        },
        None => ImportRules::builtin(),
    };
    let mut scores = Vec::new();
    let mut out = std::io::stdout().lock();
    for expected in &truth.text {
        let sources = Sources {
            paths: vec![dir.join(&expected.file)],
            builtin: false,
        };
        // (A text that gives no report is scored as nothing imported, and the run goes on.)
        let (s, no_report_why) = match load(&sources, &rules) {
            Ok(loaded) if loaded.corpus.reports.len() == 1 => {
                (score(&loaded.corpus.reports[0], expected), None)
            }
            Ok(_) => (no_report(expected), Some("gave no report".to_string())),
            Err(err) => (
                no_report(expected),
                Some(format!("could not be read: {err}")),
            ),
        };
        // (A truth entry that can never pass is named on stderr; the verdict is unchanged.)
        if let Ok(text) = read_text(&dir.join(&expected.file), MAX_REPORT_BYTES, "text") {
            for problem in truth_problems(expected, &text) {
                eprintln!("truth {}: {problem}", expected.file);
            }
        }
        let mut problems = Vec::new();
        if let Some(why) = no_report_why {
            problems.push(why);
        }
        if !s.extra.is_empty() {
            problems.push(format!("extra {:?}", s.extra));
        }
        if !s.missed.is_empty() {
            problems.push(format!("missed {:?}", s.missed));
        }
        if !s.chrome_kept.is_empty() {
            problems.push(format!("chrome kept {:?}", s.chrome_kept));
        }
        if !s.title_right {
            problems.push(format!("title {:?}", s.got_title));
        }
        if !s.date_right {
            problems.push(format!("date {:?}", s.got_date));
        }
        if !s.countries_right {
            problems.push(format!("countries {:?}", s.got_countries));
        }
        let verdict = if s.imports_right() { "right" } else { "WRONG" };
        let line = if problems.is_empty() {
            format!("{verdict:5} {}", s.file)
        } else {
            format!("{verdict:5} {}: {}", s.file, problems.join("; "))
        };
        // (A reader that stops early, `score … | head -1`, ends the run quietly.)
        if writeln!(out, "{line}").is_err() {
            return ExitCode::SUCCESS;
        }
        scores.push(s);
    }
    // (Nothing is left to do when the reader has gone.)
    let _ = writeln!(out, "{}", Summary::of(&scores));
    ExitCode::SUCCESS
}
