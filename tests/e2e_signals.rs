//! End-to-end tests of dropped connections and hostile terminals, on the real binary in tmux:
//! `kill -HUP` (an SSH session dropping) and a panic (through a hidden test-only variable)
//! leave the shell in cooked mode with echo, the cursor visible and the alternate screen left;
//! terminal sizes from 1×1 to 400×120 and a storm of resizes do not crash the reader; hostile
//! report text stays inert on the screen.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_steppe")
}

fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A tmux session running `sh`, killed on drop.
struct Session {
    name: String,
}

impl Session {
    fn start(tag: &str, width: u16, height: u16, env: &str) -> Session {
        let name = format!("steppe-sig-{tag}-{}", std::process::id());
        let status = Command::new("tmux")
            .args(["new-session", "-d", "-s", &name, "-x", &width.to_string(), "-y"])
            .arg(height.to_string())
            .arg(format!("env -i PATH=/usr/bin:/bin TERM=xterm-256color HOME=/nonexistent XDG_CONFIG_HOME=/nonexistent PS1='$ ' {env} sh"))
            .status()
            .expect("tmux");
        assert!(status.success());
        Session { name }
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux").args(args).output().expect("tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn type_line(&self, text: &str) {
        self.tmux(&["send-keys", "-t", &self.name, "-l", text]);
        self.tmux(&["send-keys", "-t", &self.name, "Enter"]);
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", &self.name])
    }

    fn format(&self, format: &str) -> String {
        self.tmux(&["display-message", "-p", "-t", &self.name, format])
            .trim()
            .to_string()
    }

    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(15) {
                panic!("{text:?} did not appear:\n{screen}");
            }
            sleep(Duration::from_millis(50));
        }
    }

    /// The pid of the program the pane's shell is running.
    fn child_pid(&self) -> String {
        let shell = self.format("#{pane_pid}");
        let out = Command::new("ps")
            .args(["-o", "pid=", "--ppid", &shell])
            .output()
            .expect("ps");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Cooked mode with echo, cursor visible, alternate screen left.
    fn assert_sane(&self) {
        assert_eq!(
            self.format("#{alternate_on}"),
            "0",
            "still in the alternate screen"
        );
        assert_eq!(self.format("#{cursor_flag}"), "1", "cursor hidden");
        self.type_line("clear; stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)'");
        // Wait for the output lines, not the typed command (which mentions both words).
        let start = Instant::now();
        let screen = loop {
            let screen = self.screen();
            let lines: Vec<&str> = screen.lines().map(str::trim).collect();
            let has = |flag: &str| lines.iter().any(|l| l.trim_start_matches('-') == flag);
            if has("icanon") && has("echo") {
                break screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "no stty output:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        };
        let flags: Vec<&str> = screen.lines().map(str::trim).collect();
        assert!(
            flags.contains(&"icanon") && flags.contains(&"echo"),
            "{screen}"
        );
        assert!(
            !flags.contains(&"-icanon") && !flags.contains(&"-echo"),
            "{screen}"
        );
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.name])
            .status();
    }
}

#[test]
fn sighup_restores_the_terminal() {
    if !tmux_available() {
        eprintln!("tmux not installed; skipped");
        return;
    }
    let s = Session::start("hup", 80, 24, "");
    s.type_line(&format!("{}; echo EXIT=$?", bin()));
    s.wait_for("Countries");
    assert_eq!(s.format("#{alternate_on}"), "1");
    let pid = s.child_pid();
    assert!(!pid.is_empty(), "steppe's pid not found");
    assert!(Command::new("kill")
        .args(["-HUP", &pid])
        .status()
        .expect("kill")
        .success());
    s.wait_for("EXIT=129");
    s.assert_sane();
}

#[test]
fn a_panic_restores_the_terminal_and_says_where_to_report_it() {
    if !tmux_available() {
        eprintln!("tmux not installed; skipped");
        return;
    }
    let s = Session::start("panic", 100, 30, "STEPPE_TEST_PANIC=1");
    s.type_line(&format!("{}; echo EXIT=$?", bin()));
    let screen = s.wait_for("EXIT=101");
    assert!(screen.contains("crash requested by a test"), "{screen}");
    assert!(screen.contains("this is a bug"), "{screen}");
    assert!(screen.contains("report it"), "{screen}");
    s.assert_sane();
}

#[test]
fn tiny_huge_and_resized_terminals_do_not_crash_the_reader() {
    if !tmux_available() {
        eprintln!("tmux not installed; skipped");
        return;
    }
    let s = Session::start("resize", 80, 24, "");
    s.type_line(&format!("{}; echo EXIT=$?", bin()));
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
        s.tmux(&[
            "resize-window",
            "-t",
            &s.name,
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
        ]);
        sleep(Duration::from_millis(150));
        s.tmux(&["send-keys", "-t", &s.name, "j"]);
    }
    // A storm: resizes as fast as tmux takes them, with keys in between.
    for i in 0..200u16 {
        let (w, h) = (1 + (i * 37) % 300, 1 + (i * 13) % 90);
        s.tmux(&[
            "resize-window",
            "-t",
            &s.name,
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
        ]);
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
        eprintln!("tmux not installed; skipped");
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
    s.type_line(&format!("{} {}; echo EXIT=$?", bin(), path.display()));
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
