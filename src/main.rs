//! The `steppe` binary: parses the command line (clap), loads configuration and reports before the
//! terminal is touched, then runs the reader or one of the non-interactive commands.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => {
            cli::stderr_line(&format!("steppe: {err:#}"));
            ExitCode::from(cli::EXIT_ERROR)
        }
    }
}
