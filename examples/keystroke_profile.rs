//! Times keystrokes in the reader over the built-in reports × N (`steppe::corpus::scale`), in
//! process, for profiling (`perf record`): the tree's j/k, the reading pane's j/k and a frame
//! after each, at 160×48.
//!
//!     cargo build --release --example keystroke_profile
//!     target/release/examples/keystroke_profile 200
#![allow(clippy::unwrap_used, clippy::expect_used)] // a measuring tool stops at the first surprise

use std::time::Instant;

use ratatui::backend::TestBackend;
use ratatui::Terminal;
use steppe::corpus::{ImportRules, Loaded};
use steppe::tui::{app, key_event, view, AppState, Keymap, Palette};

fn main() {
    let copies: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let corpus = steppe::corpus::scale::scaled_corpus(copies);
    let loaded = Loaded {
        corpus,
        ..Loaded::default()
    };
    let mut state = AppState::new(
        loaded,
        ImportRules::builtin(),
        Keymap::builtin(),
        Palette::default(),
    );
    state.size = ratatui::layout::Rect::new(0, 0, 160, 48);
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    for (name, setup, keys) in [
        ("countries j/k", "", ["j", "k"]),
        ("sections j/k", "enter", ["j", "k"]),
        ("items j/k", "enter", ["j", "k"]),
        ("reader j/k", "enter", ["j", "k"]),
    ] {
        for key in setup.split_whitespace() {
            app::handle_event(&mut state, &key_event(key));
        }
        let n = 400;
        let start = Instant::now();
        for i in 0..n {
            app::handle_event(&mut state, &key_event(keys[i % 2]));
            terminal.draw(|frame| view::draw(frame, &state)).unwrap();
        }
        let per = start.elapsed().as_secs_f64() * 1000.0 / n as f64;
        println!(
            "{name}: {per:.3} ms per key and frame ({} reports)",
            copies * 5
        );
    }
}
