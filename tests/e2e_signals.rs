//! End-to-end tests of dropped connections and hostile terminals, on the real binary in tmux:
//! `kill -HUP` (an SSH session dropping) and a panic (through a hidden test-only variable)
//! leave the shell in cooked mode with echo, the cursor visible and the alternate screen left;
//! terminal sizes from 1×1 to 400×120 and a storm of resizes do not crash the reader; hostile
//! report text stays inert on the screen; the mouse is left to the terminal when asked (through a
//! pty).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

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

/// A panic on a background thread (loading, search, comparison) ends the reader as one on the
/// main thread does: terminal restored, the crash note, exit 101; the reader does not go on
/// drawing into a terminal that was given back.
#[test]
fn a_panic_on_a_background_thread_ends_the_reader_with_the_terminal_restored() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("thread-panic", 100, 30, "STEPPE_TEST_PANIC=thread");
    s.run_steppe("");
    let screen = s.wait_for("EXIT=101");
    assert!(screen.contains("crash requested by a test"), "{screen}");
    assert!(screen.contains("this is a bug"), "{screen}");
    assert!(!screen.contains("Countries"), "{screen}");
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

/// The other hostile files of `tests/hostile.rs`, each opened in the reader in tmux: those with
/// a usable report open it (the first item is read, the screen stays inert, q quits with 0);
/// those without one are refused before the screen is touched, with the file named and exit 2.
/// Either way the shell gets its terminal back sane.
#[test]
fn every_hostile_file_opens_or_is_refused_in_a_real_terminal() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let report = "Kazakhstan: a report\n\nThe authorities in Kazakhstan detained bloggers.\n\n\
                  The Government of Kazakhstan should:\n\n  \u{2022} Free the activists.\n";
    let mut utf16 = vec![0xff, 0xfe];
    for unit in report.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let long_word = format!("{}{}", report, "x".repeat(10_000));
    let long_line = format!(
        "{report}{}\n",
        "Kazakhstan detained bloggers. ".repeat(35_000)
    );
    let cases: Vec<(&str, Vec<u8>, bool)> =
        vec![
        ("invalid-utf8.txt", {
            let mut b = report.as_bytes().to_vec();
            b.extend_from_slice(b"\xff\xfe\xc3 broken\n");
            b
        }, true),
        ("utf16.txt", utf16, true),
        ("word.txt", long_word.into_bytes(), true),
        ("line.txt", long_line.into_bytes(), true),
        ("bidi\u{202e}name.txt", report.as_bytes().to_vec(), true),
        ("nul.txt", vec![0u8; 4096], false),
        ("empty.txt", Vec::new(), false),
        (
            "chrome.txt",
            b"Skip to content\nMenu\nSearch\n\nShare this\nPrint\nDownload PDF\nRelated Articles\n"
                .to_vec(),
            false,
        ),
        (
            "escapes.txt",
            b"\x1b[31m\x1b[0m\n\x1b]0;title\x07\n".to_vec(),
            false,
        ),
    ];
    let s = Session::start("hostile-files", 100, 30, "");
    for (name, bytes, opens) in cases {
        let case = dir.path().join(name.replace('.', "-"));
        std::fs::create_dir_all(&case).expect("mkdir");
        let path = case.join(name);
        std::fs::write(&path, &bytes).expect("write");
        s.type_line("clear");
        sleep(Duration::from_millis(200));
        // Quoted: the file name may hold a bidi control.
        s.run_steppe(&format!("'{}'", case.display()));
        if opens {
            s.wait_for("Countries");
            s.keys(&["Enter", "Enter", "Enter", "l"]);
            assert_eq!(s.format("#{alternate_on}"), "1", "{name}");
            let escaped = s.tmux(&["capture-pane", "-p", "-e", "-t", &s.name]);
            assert!(
                !escaped.contains('\u{202e}'),
                "{name}: a bidi override on screen"
            );
            s.keys(&["q"]);
            s.wait_for("EXIT=0");
        } else {
            let (code, screen) = s.wait_for_exit();
            assert_eq!(code, 2, "{name}:\n{screen}");
            assert!(
                screen.contains(name),
                "{name}: the file is not named:\n{screen}"
            );
        }
        s.assert_sane();
    }
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

/// Waits until the pane's alternate screen is `on` ("1") or off ("0").
fn wait_alternate(s: &Session, on: &str) {
    let start = std::time::Instant::now();
    while s.format("#{alternate_on}") != on {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "alternate screen never {on}:\n{}",
            s.screen()
        );
        sleep(Duration::from_millis(50));
    }
}

/// The shell's terminal modes: cooked (icanon) with echo.
fn assert_cooked(s: &Session) {
    s.type_line(
        "clear; stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' '+'; echo",
    );
    let start = std::time::Instant::now();
    loop {
        let screen = s.screen();
        let modes = screen
            .lines()
            .find(|l| l.contains("icanon+") && !l.contains("grep"));
        if let Some(modes) = modes {
            assert_eq!(modes.trim(), "icanon+echo+", "{screen}");
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(15), "{screen}");
        sleep(Duration::from_millis(50));
    }
}

/// Runs steppe in a wrapper shell, as `sh -c 'steppe; echo EXIT=$?'`, so its exit code is
/// printed when it ends even after a stop and `fg`.
fn run_wrapped(s: &Session) {
    s.type_line("set -m");
    s.type_line(&format!("sh -c '{} ; echo EXIT=$?'", common::bin()));
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_redraws() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("ctrlz", 80, 24, "");
    run_wrapped(&s);
    s.wait_for("Countries");
    s.keys(&["C-z"]);
    wait_alternate(&s, "0");
    assert_cooked(&s);
    s.type_line("fg");
    wait_alternate(&s, "1");
    let screen = s.wait_for("Countries");
    assert!(screen.contains("Kazakhstan"), "{screen}");
    assert!(
        !screen.contains("icanon+"),
        "the shell's text stayed on the screen:\n{screen}"
    );
    s.keys(&["q"]);
    s.wait_for("EXIT=0");
    s.assert_sane();
}

#[test]
fn sigtstp_restores_the_terminal_and_sigcont_takes_it_back() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("tstp", 80, 24, "");
    run_wrapped(&s);
    s.wait_for("Countries");
    // To steppe itself (the child of the wrapper shell), as `kill -TSTP PID` would.
    let wrapper = s.child_pid();
    let out = std::process::Command::new("ps")
        .args(["-o", "pid=", "--ppid", &wrapper])
        .output()
        .unwrap();
    let steppe = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(!steppe.is_empty());
    let killed = std::process::Command::new("kill")
        .args(["-TSTP", &steppe])
        .status()
        .unwrap();
    assert!(killed.success());
    wait_alternate(&s, "0");
    assert_cooked(&s);
    s.type_line("fg");
    wait_alternate(&s, "1");
    let screen = s.wait_for("Countries");
    assert!(!screen.contains("icanon+"), "{screen}");
    // Keys work again (raw mode): j moves, q quits.
    s.keys(&["j", "q"]);
    s.wait_for("EXIT=0");
    s.assert_sane();
}

#[test]
fn sigquit_restores_the_terminal() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("quit3", 80, 24, "");
    s.run_steppe("");
    s.wait_for("Countries");
    s.kill("QUIT");
    s.wait_for("EXIT=131");
    s.assert_sane();
}

#[test]
fn copy_to_a_fifo_nobody_reads_does_not_hang_the_reader() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("clip");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let s = Session::start("fifo", 120, 30, "");
    s.run_steppe(&format!("--copy-to {}", fifo.display()));
    s.wait_for("Countries");
    s.keys(&["j", "j", "Enter", "j", "Enter", "j", "y"]);
    s.wait_for("FIFO that nothing reads");
    // Still answering, and SIGTERM still ends it.
    s.keys(&["j"]);
    s.kill("TERM");
    s.wait_for("EXIT=143");
    s.assert_sane();
}

#[test]
fn a_paste_goes_into_the_prompt_as_text_and_never_acts() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("paste", 100, 30, "");
    s.run_steppe("");
    s.wait_for("Countries");
    s.keys(&["/"]);
    s.wait_for("Search");
    // 8 KB with q, newlines and a ctrl-c in it: bracketed paste delivers it as one event.
    let text = format!("tax q\n{}\u{3} q\n", "ngo ".repeat(2000));
    s.tmux(&["set-buffer", "-b", "steppe-paste", &text]);
    let started = std::time::Instant::now();
    s.tmux(&["paste-buffer", "-p", "-b", "steppe-paste", "-t", &s.name]);
    let screen = s.wait_for("at most 256 characters");
    assert!(started.elapsed() < Duration::from_secs(10), "slow paste");
    assert!(screen.contains("/tax q ngo"), "{screen}");
    assert!(
        !screen.contains("EXIT="),
        "a pasted q or ctrl-c acted:\n{screen}"
    );
    s.keys(&["Escape"]);
    s.wait_for("Countries");
    s.keys(&["q"]);
    s.wait_for("EXIT=0");
    s.assert_sane();
}

/// The mouse is reported (clicks and the wheel, `?1000h`) unless `--no-mouse` or the keymap
/// file's `[options] mouse = false` says otherwise; the mouse modes are turned off on the way out
/// in every case.
#[test]
fn the_keymap_file_or_no_mouse_leaves_the_mouse_to_the_terminal() {
    use common::pty;
    use std::io::Write;

    let dir = tempfile::tempdir().unwrap();
    let keymap = dir.path().join("keymap.toml");
    std::fs::write(&keymap, "[options]\nmouse = false\n").unwrap();
    let keymap = keymap.to_str().unwrap();
    for (args, mouse) in [
        (&[][..], true),
        (&["--no-mouse"][..], false),
        (&["--keymap", keymap][..], false),
    ] {
        let (mut master, slave) = pty::open(80, 24);
        let mut child = pty::spawn(common::bin(), args, slave);
        let seen = pty::read_until(&mut master, Duration::from_millis(500), pty::frame_complete);
        assert!(pty::frame_complete(&seen), "{args:?}: no first frame");
        let seen = String::from_utf8_lossy(&seen);
        assert_eq!(seen.contains("\x1b[?1000h"), mouse, "{args:?}");
        master.write_all(b"q").unwrap();
        let rest = pty::read_until(&mut master, Duration::from_millis(500), |_| false);
        assert!(child.wait().unwrap().success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&rest).contains("\x1b[?1000l"),
            "{args:?}: the mouse was not turned off on the way out"
        );
    }
}
