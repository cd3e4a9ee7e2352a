//! Writes the built-in reports × N (words varied, years spread; `steppe::corpus::scale`) as
//! report files with their metadata into a folder, to try the reader on a large corpus:
//!
//!     cargo run --release --example scaled_folder -- 200 /tmp/steppe-1000
//!     target/release/steppe /tmp/steppe-1000
//!
//! The same corpus as `cargo bench --bench scale`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(copies), Some(folder)) = (args.next(), args.next()) else {
        eprintln!("usage: scaled_folder COPIES FOLDER (5 reports per copy)");
        return ExitCode::from(2);
    };
    let Ok(copies) = copies.parse::<usize>() else {
        eprintln!("scaled_folder: COPIES must be a number, not {copies:?}");
        return ExitCode::from(2);
    };
    let folder = PathBuf::from(folder);
    if let Err(err) = std::fs::create_dir_all(&folder) {
        eprintln!("scaled_folder: {}: {err}", folder.display());
        return ExitCode::from(2);
    }
    for file in steppe::corpus::scale::scaled_files(copies) {
        for (extension, text) in [("txt", &file.text), ("toml", &file.metadata)] {
            let path = folder.join(format!("{}.{extension}", file.name));
            if let Err(err) = std::fs::write(&path, text) {
                eprintln!("scaled_folder: {}: {err}", path.display());
                return ExitCode::from(2);
            }
        }
    }
    println!("{} reports in {}", copies * 5, folder.display());
    ExitCode::SUCCESS
}
