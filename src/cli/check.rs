//! `steppe check`: import reports and print every problem as `file:line: message`.
//! Exit 0 when clean, 1 when there are problems, 2 when a path cannot be read.

use std::process::ExitCode;

use super::{print, SourceArgs, EXIT_ERROR, EXIT_NOTHING};

pub fn run(sources: &SourceArgs, json: bool) -> anyhow::Result<ExitCode> {
    let loaded = match sources.load() {
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
