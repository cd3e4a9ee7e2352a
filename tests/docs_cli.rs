//! The user guide's CLI reference cannot drift from the binary: every subcommand in
//! `steppe --help` has a row in docs/user-guide.md, and every `--flag` in a row is in that
//! command's `--help`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::process::Command;

fn help(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(args)
        .arg("--help")
        .output()
        .expect("run steppe");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_cli_reference_matches_help() {
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/user-guide.md"))
        .expect("docs/user-guide.md");
    let top = help(&[]);
    let commands: Vec<String> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect();
    assert!(commands.len() >= 6, "{top}");
    let rows: Vec<&str> = guide
        .lines()
        .filter(|l| l.starts_with("| `steppe"))
        .collect();
    for command in &commands {
        let row = rows
            .iter()
            .find(|r| r.starts_with(&format!("| `steppe {command} ")))
            .unwrap_or_else(|| panic!("{command} is missing from the CLI reference"));
        let flags = help(&[command]);
        for flag in row
            .split(['`', ' ', ',', '|'])
            .filter(|w| w.starts_with("--"))
        {
            assert!(
                flags.contains(flag),
                "{command} {flag}: not in --help:\n{flags}"
            );
        }
    }
    let reader = rows
        .iter()
        .find(|r| r.starts_with("| `steppe [PATH"))
        .expect("reader row");
    for flag in reader
        .split(['`', ' ', ',', '|'])
        .filter(|w| w.starts_with("--"))
    {
        assert!(top.contains(flag), "reader {flag}: not in --help");
    }
    assert_eq!(
        rows.len(),
        commands.len() + 1,
        "a row for a command that does not exist"
    );
}
