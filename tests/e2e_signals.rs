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
    use std::io::Read;
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};
    use std::time::Instant;

    let (mut master, slave) = {
        let mut master = -1;
        let mut slave = -1;
        let size = libc::winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: valid out-pointers; name and termios may be null.
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(rc, 0, "openpty failed");
        // SAFETY: plain fcntl on a descriptor we own. Without close-on-exec steppe would inherit
        // the master and keep its own terminal alive.
        unsafe { libc::fcntl(master, libc::F_SETFD, libc::FD_CLOEXEC) };
        // SAFETY: openpty returned two fresh descriptors that nothing else owns.
        unsafe {
            (
                std::fs::File::from(OwnedFd::from_raw_fd(master)),
                OwnedFd::from_raw_fd(slave),
            )
        }
    };
    let mut child = Command::new(common::bin())
        .env("TERM", "xterm-256color")
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .stdin(Stdio::from(slave.try_clone().expect("dup")))
        .stdout(Stdio::from(slave.try_clone().expect("dup")))
        .stderr(Stdio::from(slave))
        .process_group(0)
        .spawn()
        .expect("spawn steppe");
    // Read until the first frame is drawn and steppe sits idle, waiting for keys.
    // SAFETY: plain fcntl on the master we own.
    unsafe { libc::fcntl(master.as_raw_fd(), libc::F_SETFL, libc::O_NONBLOCK) };
    let mut seen = Vec::new();
    let mut buf = [0u8; 65536];
    let start = Instant::now();
    let mut last_output = Instant::now();
    loop {
        match master.read(&mut buf) {
            Ok(n) if n > 0 => {
                seen.extend_from_slice(&buf[..n]);
                last_output = Instant::now();
            }
            _ => sleep(Duration::from_millis(20)),
        }
        let drawn = String::from_utf8_lossy(&seen).contains("Countries");
        if drawn && last_output.elapsed() > Duration::from_millis(500) {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "no first frame");
    }
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
