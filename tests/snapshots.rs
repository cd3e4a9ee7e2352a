//! Whole screens of the reader at 80×24 and 160×48 as insta snapshots (`tests/snapshots/`):
//! the tree, an item being read, the search prompt, the comparison side by side and stacked,
//! the help. The same screens are the captures in `docs/screens/`, checked here against the
//! snapshots so the documentation cannot go stale: after an intended change, run
//! `INSTA_UPDATE=always STEPPE_UPDATE_SCREENS=1 cargo test --test snapshots` and review the diff.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use ratatui::backend::TestBackend;
use ratatui::Terminal;

mod common;

use common::screen::typed;

use steppe::tui::{self, ScriptedHost};

/// The screen after `keys`, one line per row, trailing spaces kept off.
fn screen(width: u16, height: u16, keys: &str) -> String {
    let mut state = common::state::builtin();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut host = ScriptedHost::keys(keys);
    tui::run(&mut terminal, &mut state, &mut host).unwrap();
    let lines: Vec<String> = common::screen::lines(&terminal)
        .into_iter()
        .map(|l| l.trim_end().to_string())
        .collect();
    lines.join("\n") + "\n"
}

/// Snapshots the screen and checks (or, with `STEPPE_UPDATE_SCREENS=1`, writes) its capture in
/// `docs/screens/NAME.txt`.
fn check(name: &str, width: u16, height: u16, keys: &str) {
    let text = screen(width, height, keys);
    insta::assert_snapshot!(name, text);
    let path = std::path::Path::new("docs/screens").join(format!("{name}.txt"));
    if std::env::var_os("STEPPE_UPDATE_SCREENS").is_some_and(|v| v == "1") {
        std::fs::write(&path, &text).unwrap();
    }
    let doc = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        doc == text,
        "{} is stale: run STEPPE_UPDATE_SCREENS=1 cargo test --test snapshots",
        path.display()
    );
}

/// Tajikistan → FPC 2021-05 → "For the Government of Tajikistan" → its second item.
const TO_RECOMMENDATIONS: &str = "j j enter j j j j j j enter j";

#[test]
fn start() {
    check("start-80x24", 80, 24, "");
    check("start-160x48", 160, 48, "");
}

#[test]
fn items_and_reading() {
    check("items-80x24", 80, 24, TO_RECOMMENDATIONS);
    check(
        "reading-80x24",
        80,
        24,
        &format!("{TO_RECOMMENDATIONS} enter"),
    );
    check(
        "reading-160x48",
        160,
        48,
        &format!("{TO_RECOMMENDATIONS} enter"),
    );
}

#[test]
fn search() {
    check("search-80x24", 80, 24, &format!("/ {}", typed("ngo tax")));
    check(
        "search-160x48",
        160,
        48,
        &format!("/ {}", typed("magnitsky")),
    );
}

#[test]
fn comparison() {
    check(
        "compare-80x24",
        80,
        24,
        &format!("c {} enter t {} enter", typed("kyr"), typed("assembly")),
    );
    check(
        "compare-stacked-80x24",
        80,
        24,
        &format!("c {} enter + {} enter", typed("taj"), typed("kyr")),
    );
    check(
        "compare-160x48",
        160,
        48,
        &format!(
            "c {} enter + {} enter t {} enter",
            typed("taj"),
            typed("kyr"),
            typed("civil")
        ),
    );
}

#[test]
fn help() {
    check("help-80x24", 80, 24, "?");
    check("help-160x48", 160, 48, "?");
}
