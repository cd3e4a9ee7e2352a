//! End-to-end tests of dropped connections and hostile terminals, on the real binary in tmux:
//! `kill -HUP` (an SSH session dropping) and a panic (through a hidden test-only variable)
//! leave the shell in cooked mode with echo, the cursor visible and the alternate screen left;
//! terminal sizes from 1×1 to 400×120 and a storm of resizes do not crash the reader; hostile
//! report text stays inert on the screen.

mod common;

use std::thread::sleep;
use std::time::Duration;

use common::{tmux_available, Session};

#[test]
fn sighup_restores_the_terminal() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("hup", 80, 24, "");
    s.run_steppe("");
    s.wait_for("Countries");
    assert_eq!(s.format("#{alternate_on}"), "1");
    s.kill("HUP");
    s.wait_for("EXIT=129");
    s.assert_sane();
}

#[test]
fn a_panic_restores_the_terminal_and_says_where_to_report_it() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("panic", 100, 30, "STEPPE_TEST_PANIC=1");
    s.run_steppe("");
    let screen = s.wait_for("EXIT=101");
    assert!(screen.contains("crash requested by a test"), "{screen}");
    assert!(screen.contains("this is a bug"), "{screen}");
    assert!(screen.contains("report it"), "{screen}");
    s.assert_sane();
}

#[test]
fn tiny_huge_and_resized_terminals_do_not_crash_the_reader() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("resize", 80, 24, "");
    s.run_steppe("");
    s.wait_for("Countries");
    let pid = s.child_pid();
    let sizes = [
        (1, 1),
        (2, 1),
        (1, 2),
        (3, 3),
        (10, 2),
        (20, 5),
        (40, 10),
        (79, 23),
        (400, 120),
        (400, 1),
        (1, 120),
        (160, 48),
    ];
    for (w, h) in sizes {
        s.resize(w, h);
        sleep(Duration::from_millis(150));
        s.tmux(&["send-keys", "-t", &s.name, "j"]);
    }
    // A storm: resizes as fast as tmux takes them, with keys in between.
    for i in 0..200u16 {
        let (w, h) = (1 + (i * 37) % 300, 1 + (i * 13) % 90);
        s.resize(w, h);
        if i % 10 == 0 {
            s.tmux(&["send-keys", "-t", &s.name, "Tab"]);
        }
    }
    s.tmux(&["resize-window", "-t", &s.name, "-x", "80", "-y", "24"]);
    sleep(Duration::from_millis(500));
    assert_eq!(s.child_pid(), pid, "steppe is still running");
    s.tmux(&["send-keys", "-t", &s.name, "q"]);
    s.wait_for("EXIT=0");
    s.assert_sane();
}

#[test]
fn hostile_report_text_is_inert_on_screen() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hostile.txt");
    std::fs::write(
        &path,
        "Kazakhstan: \u{1b}[31mRed\u{1b}[0m \u{202e}alert\u{202c} report\n\n\
         The authorities in Kazakhstan\u{1b}]52;c;cm0gLXJmIH4=\u{7} detained \u{1b}[2J\u{1b}[Hbloggers\u{9b}2J here.\n\n\
         The Government of Kazakhstan should:\n\n  \u{2022} Free the\u{1b}[?1049l activists\u{1b}[?25l now.\n",
    )
    .expect("write");
    let s = Session::start("inert", 100, 30, "");
    s.run_steppe(&path.display().to_string());
    s.wait_for("Countries");
    s.tmux(&["send-keys", "-t", &s.name, "Enter"]);
    sleep(Duration::from_millis(300));
    s.tmux(&["send-keys", "-t", &s.name, "Enter"]);
    sleep(Duration::from_millis(300));
    // Still in the reader's alternate screen, cursor hidden by steppe only, nothing cleared.
    assert_eq!(
        s.format("#{alternate_on}"),
        "1",
        "an escape left the alternate screen"
    );
    let screen = s.screen();
    assert!(
        !screen.contains("[31m") && !screen.contains("52;c"),
        "{screen}"
    );
    // The escapes in the file would have escaped from the captured text if they had worked.
    let escaped = s.tmux(&["capture-pane", "-p", "-e", "-t", &s.name]);
    assert!(
        !escaped.contains("52;c;"),
        "clipboard write reached the terminal"
    );
    s.tmux(&["send-keys", "-t", &s.name, "q"]);
    s.wait_for("EXIT=0");
    s.assert_sane();
}

/// A pty whose other end goes away without a SIGHUP reaching steppe (it is not the terminal's
/// session leader): reads return end-of-file for ever. steppe must notice and end (exit 129, like
/// a hang-up) instead of spinning on the dead terminal.
#[test]
fn a_terminal_that_vanishes_without_sighup_ends_the_reader() {
    use common::pty;
    use std::time::Instant;

    let (mut master, slave) = pty::open(80, 24);
    let mut child = pty::spawn(common::bin(), &[], slave);
    // Let it draw its first frame and sit idle, waiting for keys.
    let seen = pty::read_until(&mut master, Duration::from_millis(500), |_| false);
    assert!(pty::frame_complete(&seen), "no first frame");
    drop(master);
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            panic!("steppe still runs 5 s after its terminal vanished");
        }
        sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(129), "{status:?}");
}
