//! `steppe check`: import reports and print every problem as `file:line: message`.
//! Exit 0 when clean, 1 when there are problems, 2 when a path cannot be read. For web pages
//! and PDFs it also says how many lines were dropped as page chrome, and for any text how many
//! went by their chrome score (`-v`: which, and why).

use std::process::ExitCode;

use super::{print, SourceArgs, EXIT_ERROR, EXIT_NOTHING};

pub fn run(sources: &SourceArgs, json: bool, verbose: bool) -> anyhow::Result<ExitCode> {
    // Imported afresh, not taken from the cache: what was dropped as chrome is only known then.
    let fresh = SourceArgs {
        no_cache: true,
        ..sources.clone()
    };
    let loaded = match fresh.load() {
        Ok(loaded) => loaded,
        Err(err) => {
            super::stderr_line(&format!("steppe: {err:#}"));
            return Ok(ExitCode::from(EXIT_ERROR));
        }
    };
    if json {
        print(&(serde_json::to_string_pretty(&loaded.diagnostics)? + "\n"))?;
    } else {
        let mut out = String::new();
        for d in &loaded.diagnostics {
            out.push_str(&d.to_string());
            out.push('\n');
        }
        out.push_str(&chrome_report(&loaded.chrome, verbose));
        print(&out)?;
        super::stderr_line(&format!(
            "{} report(s) checked, {} problem(s)",
            loaded.corpus.reports.len(),
            loaded.diagnostics.len()
        ));
    }
    Ok(if loaded.diagnostics.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_NOTHING)
    })
}

/// "FILE: N lines dropped as page chrome", and with `verbose` each line below it.
fn chrome_report(chrome: &[steppe::corpus::Chrome], verbose: bool) -> String {
    let mut out = String::new();
    for file in chrome {
        out.push_str(&format!(
            "{}: {} dropped as page chrome{}\n",
            file.path,
            steppe::text::count(file.lines.len(), "line"),
            if verbose { ":" } else { " (-v lists them)" }
        ));
        if verbose {
            for line in &file.lines {
                out.push_str("    ");
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}
