//! Prints the text a web page or PDF becomes before the importer reads it (Markdown-shaped),
//! then the lines dropped as page chrome: what to look at when an HTML or PDF import goes wrong.
//!
//! `cargo run --example convert -- FILE.pdf|FILE.html`

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: convert FILE.pdf|FILE.html");
        return ExitCode::from(2);
    };
    let bytes = match steppe::corpus::read::read_bounded(
        std::path::Path::new(&path),
        steppe::corpus::read::MAX_REPORT_BYTES,
        "report",
    ) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let converted = if path.to_ascii_lowercase().ends_with(".pdf") {
        steppe::corpus::formats::pdf::convert(&bytes).map_err(|e| e.to_string())
    } else {
        steppe::corpus::formats::html::convert(&String::from_utf8_lossy(&bytes))
            .map_err(|e| e.to_string())
    };
    match converted {
        Ok(c) => {
            for line in c.text.lines() {
                println!("{}", steppe::text::sanitize(line));
            }
            println!("--- metadata: {:?}", c.metadata);
            for line in &c.chrome {
                println!("--- chrome: {}", steppe::text::sanitize(line));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::from(2)
        }
    }
}
