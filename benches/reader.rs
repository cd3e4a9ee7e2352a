//! Reader speed (issue 4): the time to render one frame into a `TestBackend` at 160×48 and
//! 80×24 (target: median under 1 ms at 160×48), with a baseline in the same run (filling the
//! same buffer with plain text, no layout or widgets); then, through a real pseudo-terminal
//! and the release binary, the bytes written for one `j` keystroke at 120×40 against the bytes
//! of the full first frame, and the time from start to the first complete frame (target under
//! 50 ms) beside the time to start and end `/bin/true` in the same pty setup. At scale (issue
//! 12): one key and its frame over the built-in reports × 1000 in process
//! (`key_and_frame_1000x`), and end to end through a pty beside `less` answering a key
//! (`keystrokes_at_scale`, printed last).
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

/// `STEPPE_BENCH_ONLY=divan` runs the divan benchmarks alone, `STEPPE_BENCH_ONLY=pty` the
/// keystrokes at scale through a pty alone.
fn main() {
    let only = std::env::var("STEPPE_BENCH_ONLY").unwrap_or_default();
    if only != "pty" {
        divan::main();
    }
    if only.is_empty() {
        through_a_pty();
    }
    if only != "divan" {
        keystrokes_at_scale();
    }
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

/// One key and the frame after it at 160×48 over the built-in reports × 1000 (5 000 reports),
/// in process: j/k in a pane (`sections` of the first country, of "All / Regional", the
/// reading pane), or a letter typed and erased in the search prompt.
#[divan::bench(args = ["countries", "sections", "regional_sections", "reader", "prompt"], sample_count = 60)]
fn key_and_frame_1000x(bencher: Bencher, place: &str) {
    let loaded = steppe::corpus::Loaded {
        corpus: steppe::corpus::scale::scaled_corpus(1000),
        ..Default::default()
    };
    let mut state = AppState::new(
        loaded,
        steppe::corpus::ImportRules::builtin(),
        steppe::tui::Keymap::builtin(),
        steppe::tui::Palette::default(),
    );
    // As in the terminal: the search's typo tier runs on a worker thread.
    state.search.background = Some(std::sync::Arc::new(std::sync::atomic::AtomicBool::new(
        false,
    )));
    state.size = Rect::new(0, 0, 160, 48);
    let (setup, keys): (&str, [&str; 2]) = match place {
        "countries" => ("", ["j", "k"]),
        "sections" => ("enter", ["j", "k"]),
        "regional_sections" => ("G enter", ["j", "k"]),
        "reader" => ("enter enter enter", ["j", "k"]),
        _ => ("/", ["t", "backspace"]),
    };
    for key in setup.split_whitespace() {
        app::handle_event(&mut state, &steppe::tui::key_event(key));
    }
    let keys = keys.map(steppe::tui::key_event);
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("terminal");
    let mut n = 0;
    bencher.bench_local(|| {
        app::handle_event(&mut state, &keys[n % 2]);
        app::poll(&mut state);
        n += 1;
        terminal
            .draw(|frame| view::draw(frame, &state))
            .expect("draw");
        app::after_frame(&mut state);
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
        let (frame, base) = pty::first_frame_ms(steppe, &[], Duration::from_secs(5));
        startup.push(frame.expect("no first frame within 5 s"));
        baseline.push(base);
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

/// Keys as the bytes a terminal sends.
type Keys<'a> = &'a [&'a [u8]];

/// Times from writing a key to the pty until `done` first holds for what came back since, and
/// until the last frame the key caused has ended (output quiet for 250 ms after it: a search's
/// hits may come in a later frame than the typed letter).
fn answer_times(
    master: &mut std::fs::File,
    key: &[u8],
    done: impl Fn(&[u8]) -> bool,
) -> (f64, f64) {
    use std::io::Read;
    let mut buf = [0u8; 65536];
    // Whatever is still on its way belongs to the previous key.
    while matches!(master.read(&mut buf), Ok(n) if n > 0) {}
    let mut seen = Vec::new();
    let start = Instant::now();
    master.write_all(key).expect("type");
    let mut first = None;
    let mut last = 0.0;
    let mut quiet_since = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        match master.read(&mut buf) {
            Ok(n) if n > 0 => {
                let at = start.elapsed().as_secs_f64() * 1e3;
                seen.extend_from_slice(&buf[..n]);
                if done(&seen) {
                    first.get_or_insert(at);
                    last = at;
                    seen.clear();
                }
                quiet_since = Instant::now();
            }
            _ => {
                if first.is_some() && quiet_since.elapsed() > Duration::from_millis(250) {
                    break;
                }
                std::thread::yield_now();
            }
        }
    }
    let first = first.unwrap_or_else(|| panic!("no answer within 10 s to {key:?}"));
    (first, last)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// End to end, through a real pty at 120×40 and the release binary: a keystroke in the reader
/// over the built-in reports × 1000 (5 000 report files, `STEPPE_BENCH_COPIES` to change), from
/// writing the key to the end of the frame it causes (and to the end of its last frame: a
/// search's hits may come later than the typed letter), beside `less` answering `j` on the same
/// kind of pty (from the key to its prompt) — the time any terminal program needs to echo.
/// `STEPPE_BENCH_BIN` runs another steppe binary (an older build, for a before/after in one
/// run).
fn keystrokes_at_scale() {
    let copies: usize = std::env::var("STEPPE_BENCH_COPIES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let dir = tempfile::tempdir().expect("temporary folder");
    let folder = dir.path().join("reports");
    std::fs::create_dir_all(&folder).expect("folder");
    let mut all_text = String::new();
    for file in steppe::corpus::scale::scaled_files(copies) {
        std::fs::write(folder.join(format!("{}.txt", file.name)), &file.text).expect("write");
        std::fs::write(folder.join(format!("{}.toml", file.name)), &file.metadata).expect("write");
        if all_text.len() < 4 << 20 {
            all_text.push_str(&file.text);
        }
    }
    let text_file = dir.path().join("all.txt");
    std::fs::write(&text_file, &all_text).expect("write");
    let runs = 31;
    let (width, height) = (120, 40);

    // Baseline: less, `j` (one line down) until its prompt is back.
    let (mut master, slave) = pty::open(width, height);
    let mut less = pty::spawn(
        "less",
        &["-PsREADY", text_file.to_str().expect("utf-8 path")],
        slave,
    );
    pty::read_until(&mut master, Duration::from_millis(300), |b| {
        contains(b, b"READY")
    });
    let mut echo = Vec::new();
    for i in 0..runs {
        let key: &[u8] = if i % 2 == 0 { b"j" } else { b"k" };
        echo.push(answer_times(&mut master, key, |b| contains(b, b"READY")).0);
    }
    let _ = master.write_all(b"q");
    let _ = less.wait();
    let echo = median(echo);

    // steppe on the folder (its cache in the temporary folder).
    let (mut master, slave) = pty::open(width, height);
    let folder_arg = folder.to_str().expect("utf-8 path");
    let start = Instant::now();
    let mut child = {
        use std::os::unix::process::CommandExt;
        // STEPPE_BENCH_BIN: another build to compare (an older commit's binary).
        let steppe = std::env::var("STEPPE_BENCH_BIN")
            .unwrap_or_else(|_| env!("CARGO_BIN_EXE_steppe").to_string());
        std::process::Command::new(steppe)
            .arg(folder_arg)
            .env("TERM", "xterm-256color")
            .env("XDG_CONFIG_HOME", "/nonexistent")
            .env("XDG_DATA_HOME", "/nonexistent-steppe-data")
            .env("XDG_CACHE_HOME", dir.path().join("cache"))
            .env("XDG_STATE_HOME", dir.path().join("state"))
            .env_remove("STEPPE_LIBRARY")
            .stdin(std::process::Stdio::from(slave.try_clone().expect("dup")))
            .stdout(std::process::Stdio::from(slave.try_clone().expect("dup")))
            .stderr(std::process::Stdio::from(slave))
            .process_group(0)
            .spawn()
            .expect("spawn")
    };
    let mut first = Vec::new();
    while !pty::frame_complete(&first) {
        first.extend(pty::read_until(
            &mut master,
            Duration::from_secs(60),
            pty::frame_complete,
        ));
        assert!(start.elapsed() < Duration::from_secs(120), "no first frame");
    }
    let first_frame = start.elapsed().as_secs_f64();
    // The reader draws its first frame before the reports and the index are in (a worker
    // loads them, then the status bar's "[loading the reports…]" goes): keystrokes are timed
    // once it is quiet, as in use after the first seconds.
    let mut loaded = first_frame;
    while !pty::read_until(&mut master, Duration::from_secs(2), |_| false).is_empty() {
        loaded = start.elapsed().as_secs_f64() - 2.0;
        assert!(start.elapsed() < Duration::from_secs(300), "still loading");
    }
    println!(
        "\nkeystrokes at {copies}× the built-in reports ({} report files, {width}×{height} pty, \
         first frame after {first_frame:.1} s, loaded after about {loaded:.1} s), median of \
         {runs}:",
        copies * 5,
    );
    println!("  baseline: less answers j/k in {echo:.2} ms");
    let frame_end = |b: &[u8]| contains(b, b"\x1b[?2026l");
    // (what, keys to get there, keys typed in turn)
    let scenarios: [(&str, Keys, Keys); 6] = [
        ("countries pane j/k", &[], &[b"j", b"k"]),
        ("sections pane j/k", &[b"\r"], &[b"j", b"k"]),
        ("items pane j/k", &[b"\r"], &[b"j", b"k"]),
        ("reading pane j/k", &[b"\r"], &[b"j", b"k"]),
        (
            "sections of All / Regional j/k",
            &[b"\x1b", b"\x1b", b"\x1b", b"G", b"\r"],
            &[b"j", b"k"],
        ),
        (
            "search prompt: typing 'tax', erasing it",
            &[b"\x1b", b"/"],
            &[b"t", b"a", b"x", b"\x7f", b"\x7f", b"\x7f"],
        ),
    ];
    for (name, setup, keys) in scenarios {
        for key in setup {
            answer_times(&mut master, key, frame_end);
        }
        let (first, last): (Vec<f64>, Vec<f64>) = (0..runs)
            .map(|i| answer_times(&mut master, keys[i % keys.len()], frame_end))
            .unzip();
        let (first, last) = (median(first), median(last));
        println!(
            "  {name}: {first:.2} ms to the key's frame ({:+.2} ms over less); \
             {last:.2} ms to its last frame",
            first - echo
        );
    }
    let _ = child.kill();
    let _ = child.wait();
}
