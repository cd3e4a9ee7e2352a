//! Reader speed (issue 4): the time to render one frame into a `TestBackend` at 160×48 and
//! 80×24 (target: median under 1 ms at 160×48), with a baseline in the same run (filling the
//! same buffer with plain text, no layout or widgets); then, through a real pseudo-terminal
//! and the release binary, the bytes written for one `j` keystroke at 120×40 against the bytes
//! of the full first frame, and the time from start to the first complete frame (target under
//! 50 ms) beside the time to start and end `/bin/true` in the same pty setup.
//!
//! Run: `cargo bench --bench reader`
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::io::Write;
use std::time::{Duration, Instant};

use divan::Bencher;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::Terminal;
use steppe::tui::{app, view, AppState};

#[path = "../tests/common/pty.rs"]
mod pty;

fn main() {
    divan::main();
    through_a_pty();
}

/// A reader positioned on an item, as a user would have it while reading.
fn reading_state(width: u16, height: u16) -> AppState {
    let mut state = AppState::builtin();
    state.size = Rect::new(0, 0, width, height);
    // Tajikistan → FPC Tajikistan → "For the Government of Tajikistan" → second item.
    for key in "j j enter j j j j j j enter j enter".split_whitespace() {
        app::handle_event(&mut state, &steppe::tui::key_event(key));
    }
    state
}

#[divan::bench(args = [(160, 48), (80, 24)])]
fn frame(bencher: Bencher, (width, height): (u16, u16)) {
    let state = reading_state(width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    bencher.bench_local(|| {
        terminal
            .draw(|frame| view::draw(frame, &state))
            .expect("draw");
    });
}

/// A frame after a `j` in the items pane: the state changes between frames, as when reading.
#[divan::bench(args = [(160, 48)])]
fn frame_after_j(bencher: Bencher, (width, height): (u16, u16)) {
    let mut state = reading_state(width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let keys = [steppe::tui::key_event("j"), steppe::tui::key_event("k")];
    let mut n = 0;
    bencher.bench_local(|| {
        app::handle_event(&mut state, &keys[n % 2]);
        n += 1;
        terminal
            .draw(|frame| view::draw(frame, &state))
            .expect("draw");
    });
}

/// Baseline: writing the same number of cells as plain text into a buffer.
#[divan::bench(args = [(160, 48)])]
fn baseline_fill_buffer(bencher: Bencher, (width, height): (u16, u16)) {
    let area = Rect::new(0, 0, width, height);
    let mut buffer = Buffer::empty(area);
    let line = "x".repeat(width as usize);
    bencher.bench_local(|| {
        for y in 0..height {
            buffer.set_string(0, y, &line, ratatui::style::Style::default());
        }
        divan::black_box(&buffer);
    });
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn through_a_pty() {
    let steppe = env!("CARGO_BIN_EXE_steppe");
    let runs = 21;

    // Startup to first complete frame, and the same for /bin/true to its exit (baseline).
    let mut startup = Vec::new();
    let mut baseline = Vec::new();
    for _ in 0..runs {
        let (mut master, slave) = pty::open(120, 40);
        let start = Instant::now();
        let mut child = pty::spawn(steppe, &[], slave);
        pty::read_until(&mut master, Duration::from_secs(5), pty::frame_complete);
        startup.push(start.elapsed().as_secs_f64() * 1e3);
        let _ = child.kill();
        let _ = child.wait();

        let (_master, slave) = pty::open(120, 40);
        let start = Instant::now();
        let mut child = pty::spawn("/bin/true", &[], slave);
        let _ = child.wait();
        baseline.push(start.elapsed().as_secs_f64() * 1e3);
    }
    let (startup, baseline) = (median(startup), median(baseline));
    println!(
        "\nstartup to first frame (120×40 pty, median of {runs}): {startup:.1} ms; \
         baseline spawn+exit of /bin/true: {baseline:.1} ms (ratio {:.1}×)",
        startup / baseline
    );

    // Bytes for the first frame and for one `j` keystroke: in the countries pane (every pane
    // changes) and in the items pane while reading (the items and reading panes change).
    let (mut master, slave) = pty::open(120, 40);
    let mut child = pty::spawn(steppe, &[], slave);
    let first = pty::read_until(&mut master, Duration::from_millis(300), |_| false);
    let mut bytes_for = |keys: &str| -> f64 {
        let mut sizes = Vec::new();
        for key in keys.chars() {
            master.write_all(&[key as u8]).expect("type");
            let drawn = pty::read_until(&mut master, Duration::from_millis(150), |_| false);
            sizes.push(drawn.len() as f64);
        }
        median(sizes)
    };
    let in_countries = bytes_for("jjjkkkjjjjj");
    // To Tajikistan → FPC Tajikistan → "For the Government of Tajikistan" (items pane).
    bytes_for("kkkkkkkkjj\rjjjjjj\r");
    let in_items = bytes_for("jjjkkkjjjjj");
    let _ = master.write_all(b"q");
    let _ = child.wait();
    let full = first.len() as f64;
    println!(
        "bytes written (120×40 pty): first frame {full} bytes; one `j`, median of 11: \
         {in_countries:.0} bytes in the countries pane ({:.1} % of the full frame), \
         {in_items:.0} bytes in the items pane ({:.1} %)",
        in_countries * 100.0 / full,
        in_items * 100.0 / full
    );
}
