//! The reader's start, phase by phase, in one process: opening the reports as the cache recorded
//! them (`library::open_recorded`, as `steppe` does; with `STEPPE_START=checked`, through
//! `library::open`, every file stamped), drawing the reader's state from heads and summaries
//! (`loading::open_reader_checking`) and the first frame into a 120×40 test backend. Run many
//! times; the minimum of each phase is the figure least disturbed by other work on the machine
//! (the first run fills the cache: this binary has its own fingerprint).
//!
//!     cargo run --release --example start_phases -- 21 /tmp/s5000
#![allow(clippy::unwrap_used, clippy::expect_used)] // a measuring tool may stop at the first surprise

use std::path::PathBuf;
use std::time::Instant;

use ratatui::backend::TestBackend;
use ratatui::Terminal;
use steppe::corpus::ImportRules;
use steppe::library::{open, open_recorded, Cache, Request};
use steppe::tui::loading::Recheck;
use steppe::tui::{self, loading, Keymap, Palette};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(runs), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: start_phases RUNS PATH");
        std::process::exit(2);
    };
    let runs: usize = runs.parse().expect("RUNS is a number");
    let checked = std::env::var("STEPPE_START").is_ok_and(|v| v == "checked");
    let request = Request {
        paths: vec![PathBuf::from(path)],
        lazy: true,
        ..Request::default()
    };
    let mut phases: Vec<[f64; 4]> = Vec::new();
    for run in 0..=runs {
        let start = Instant::now();
        let rules = ImportRules::builtin();
        let recorded = (run > 0 && !checked)
            .then(|| open_recorded(&request, &rules, Cache::default_dir()))
            .flatten();
        let recheck = recorded.is_some().then(|| Recheck {
            request: request.clone(),
            cache_dir: Cache::default_dir(),
        });
        let opened = match recorded {
            Some(opened) => opened,
            None => open(&request, &rules, Cache::default_dir()).expect("opens"),
        };
        let opened_at = start.elapsed();
        if run == 0 {
            // Fills the cache for this binary; not counted.
            continue;
        }
        assert_eq!(opened.imported, 0, "the cache was not used");
        let state = loading::open_reader_checking(
            opened,
            recheck,
            rules,
            Keymap::builtin(),
            Palette::default(),
            None,
        );
        let state_at = start.elapsed();
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal
            .draw(|frame| tui::view::draw(frame, &state))
            .unwrap();
        let drawn_at = start.elapsed();
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
        phases.push([
            ms(opened_at),
            ms(state_at - opened_at),
            ms(drawn_at - state_at),
            ms(drawn_at),
        ]);
        // The worker is never started; the state goes (not timed).
        drop(state);
    }
    let names = ["open", "open_reader", "draw", "total"];
    for (i, name) in names.iter().enumerate() {
        let mut values: Vec<f64> = phases.iter().map(|p| p[i]).collect();
        values.sort_by(f64::total_cmp);
        println!(
            "{name:12} min {:7.1} ms  median {:7.1} ms",
            values[0],
            values[values.len() / 2]
        );
    }
}
