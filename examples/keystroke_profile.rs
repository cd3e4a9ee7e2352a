//! Times keystrokes in the reader over the built-in reports × N (`steppe::corpus::scale`), in
//! process, for profiling (`perf record`): j/k in each tree pane (in the first country and in
//! "All / Regional", the longest lists), j/k in the reading pane, and typing in the search
//! prompt, each followed by a frame at 160×48. Prints the median and the 90th percentile per
//! key and frame.
//!
//!     cargo build --release --example keystroke_profile
//!     target/release/examples/keystroke_profile 1000 [WORD]
//!
//! WORD runs only the scenarios whose name holds it (for `perf record`), e.g. `search`; the
//! keys that lead to the others still run.
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
    let start = Instant::now();
    let corpus = steppe::corpus::scale::scaled_corpus(copies);
    let reports = corpus.reports.len();
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
    println!(
        "{reports} reports ({copies}× the built-in ones), ready in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    // As in the terminal: the search's typo tier runs on a worker thread.
    state.search.background = Some(std::sync::Arc::new(std::sync::atomic::AtomicBool::new(
        false,
    )));
    state.size = ratatui::layout::Rect::new(0, 0, 160, 48);
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    terminal.draw(|frame| view::draw(frame, &state)).unwrap();
    // (name, keys to get there, keys repeated in turn)
    let scenarios: [(&str, &str, &[&str]); 8] = [
        ("countries j/k", "", &["j", "k"]),
        ("sections j/k", "enter", &["j", "k"]),
        ("items j/k", "enter", &["j", "k"]),
        ("reader j/k", "enter", &["j", "k"]),
        ("regional: countries j/k", "esc esc esc G", &["k", "j"]),
        ("regional: sections j/k", "enter", &["j", "k"]),
        ("regional: items j/k", "enter", &["j", "k"]),
        (
            "search prompt: type 'tax', erase it",
            "esc esc /",
            &["t", "a", "x", "backspace", "backspace", "backspace"],
        ),
    ];
    let only = std::env::args().nth(2).unwrap_or_default();
    for (name, setup, keys) in scenarios {
        for key in setup.split_whitespace() {
            app::handle_event(&mut state, &key_event(key));
            terminal.draw(|frame| view::draw(frame, &state)).unwrap();
        }
        if !name.contains(only.as_str()) {
            continue;
        }
        let n = 240;
        let mut times = Vec::with_capacity(n);
        for i in 0..n {
            let start = Instant::now();
            app::handle_event(&mut state, &key_event(keys[i % keys.len()]));
            app::poll(&mut state);
            terminal.draw(|frame| view::draw(frame, &state)).unwrap();
            app::after_frame(&mut state);
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        if keys.len() > 2 {
            // Per key, in the order typed (each key's query differs).
            let per_key: Vec<String> = keys
                .iter()
                .enumerate()
                .map(|(k, key)| {
                    let mut own: Vec<f64> =
                        times.iter().skip(k).step_by(keys.len()).copied().collect();
                    own.sort_by(f64::total_cmp);
                    format!("{key} {:.2}", own[own.len() / 2])
                })
                .collect();
            println!("  per key (median ms): {}", per_key.join(", "));
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{name}: median {:.3} ms, p90 {:.3} ms per key and frame",
            times[n / 2],
            times[n * 9 / 10]
        );
    }
}
