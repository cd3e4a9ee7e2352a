//! Helpers for the end-to-end tests that drive the real binary in tmux: a session running `sh`
//! with a clean environment (killed on drop), typing, screen captures, waiting for text, the pid
//! of the program in the pane, and the check that the terminal is back in a sane state. Its
//! modules serve the other tests: `pty` (a pseudo-terminal without tmux), `screen` (a
//! `TestBackend` screen as text, key names for typing) and `state` (the built-in reader state,
//! built once per test binary).

#![allow(dead_code)] // each test file uses a different part

pub mod pty;
pub mod screen;
pub mod state;

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// The tmux server the tests use (`tmux -L`), apart from the user's own, so server options set by
/// a test (`set-clipboard`) change nothing of theirs.
pub const SOCKET: &str = "steppe-tests";

/// How long `wait_for` waits before failing with the screen.
const PATIENCE: Duration = Duration::from_secs(15);

/// The steppe binary under test.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_steppe")
}

/// Whether tmux is installed (the end-to-end tests skip with a message when not).
pub fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("tmux not installed; skipped");
    }
    found
}

/// A tmux session running `sh` with a clean environment, killed on drop.
pub struct Session {
    pub name: String,
    /// The session's own state and cache folders (`XDG_STATE_HOME`, `XDG_CACHE_HOME`), new for
    /// every session and removed with it: a reader's saved place must never come from another
    /// test, or from an earlier run whose test binary had the same pid.
    home: tempfile::TempDir,
}

impl Session {
    /// A `width`×`height` session; `env` adds `NAME=value` pairs to the shell's environment.
    ///
    /// Every test shares one tmux server, and tmux ends a server when its last session goes: a
    /// session started just then meets a server on its way out ("server exited unexpectedly").
    /// So a failed start is tried again, a few times, before the test fails.
    pub fn start(tag: &str, width: u16, height: u16, env: &str) -> Session {
        let name = format!("steppe-{tag}-{}", std::process::id());
        let home = tempfile::Builder::new()
            .prefix("steppe-tests-")
            .tempdir()
            .expect("tempdir");
        let dir = home.path().display();
        let shell = format!(
            "env -i PATH=/usr/bin:/bin TERM=xterm-256color HOME=/nonexistent \
             XDG_CONFIG_HOME=/nonexistent XDG_DATA_HOME=/nonexistent-steppe-data XDG_CACHE_HOME={dir}/cache \
             XDG_STATE_HOME={dir}/state PS1='$ ' {env} sh"
        );
        let (width, height) = (width.to_string(), height.to_string());
        let mut tries = 0;
        loop {
            let status = Command::new("tmux")
                .args(["-L", SOCKET, "new-session", "-d", "-s", &name])
                .args(["-x", &width, "-y", &height, &shell])
                .status()
                .expect("tmux");
            if status.success() {
                return Session { name, home };
            }
            tries += 1;
            assert!(tries < 5, "tmux new-session failed {tries} times");
            sleep(Duration::from_millis(200));
        }
    }

    /// Runs tmux with these arguments; returns its stdout.
    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", SOCKET])
            .args(args)
            .output()
            .expect("tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Sends keys (tmux names: "j", "Enter", "BSpace", "Escape"), one at a time with a pause
    /// like a person's.
    pub fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.tmux(&["send-keys", "-t", &self.name, key]);
            sleep(Duration::from_millis(120));
        }
    }

    /// Types literal text.
    pub fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", &self.name, "-l", text]);
    }

    /// Types a line of text and Enter.
    pub fn type_line(&self, text: &str) {
        self.type_text(text);
        self.tmux(&["send-keys", "-t", &self.name, "Enter"]);
    }

    /// Starts steppe with these arguments in the session's shell, printing `EXIT=<code>` when it
    /// ends.
    pub fn run_steppe(&self, args: &str) {
        self.type_line(&format!("{} {args}; echo EXIT=$?", bin()));
    }

    /// The visible screen, as text.
    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", &self.name])
    }

    /// A tmux format evaluated for the pane (`#{alternate_on}`, `#{cursor_flag}`, …).
    pub fn format(&self, format: &str) -> String {
        self.tmux(&["display-message", "-p", "-t", &self.name, format])
            .trim()
            .to_string()
    }

    pub fn resize(&self, width: u16, height: u16) {
        self.tmux(&[
            "resize-window",
            "-t",
            &self.name,
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
        ]);
    }

    /// Waits until the screen shows `text` and returns the screen; fails with the screen after
    /// a while.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            if start.elapsed() > PATIENCE {
                panic!("{text:?} did not appear:\n{screen}");
            }
            sleep(Duration::from_millis(50));
        }
    }

    /// Waits for the `EXIT=<code>` line `run_steppe` prints when steppe ends; returns the code
    /// and the screen.
    pub fn wait_for_exit(&self) -> (i32, String) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            let code = screen
                .lines()
                .filter_map(|l| l.trim().strip_prefix("EXIT="))
                .find_map(|code| code.parse::<i32>().ok());
            if let Some(code) = code {
                return (code, screen);
            }
            if start.elapsed() > PATIENCE {
                panic!("steppe did not end:\n{screen}");
            }
            sleep(Duration::from_millis(50));
        }
    }

    /// The pid of the program the pane's shell is running.
    pub fn child_pid(&self) -> String {
        let shell = self.format("#{pane_pid}");
        let out = Command::new("ps")
            .args(["-o", "pid=", "--ppid", &shell])
            .output()
            .expect("ps");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Sends a signal (`"TERM"`, `"HUP"`) to the program in the pane.
    pub fn kill(&self, signal: &str) {
        let pid = self.child_pid();
        assert!(!pid.is_empty(), "steppe's pid not found");
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .expect("kill");
        assert!(killed.success());
    }

    /// The terminal is back: alternate screen left, cursor visible, cooked mode with echo.
    pub fn assert_sane(&self) {
        assert_eq!(
            self.format("#{alternate_on}"),
            "0",
            "still in the alternate screen"
        );
        assert_eq!(self.format("#{cursor_flag}"), "1", "cursor hidden");
        self.type_line("clear; stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)'");
        // Wait for the output lines, not the typed command (which mentions both words).
        let start = Instant::now();
        let lines = loop {
            let screen = self.screen();
            let lines: Vec<String> = screen.lines().map(|l| l.trim().to_string()).collect();
            let has = |flag: &str| lines.iter().any(|l| l.trim_start_matches('-') == flag);
            if has("icanon") && has("echo") {
                break lines;
            }
            assert!(start.elapsed() < PATIENCE, "no stty output:\n{screen}");
            sleep(Duration::from_millis(50));
        };
        let has = |flag: &str| lines.iter().any(|l| l == flag);
        assert!(has("icanon") && has("echo"), "{lines:?}");
        assert!(!has("-icanon") && !has("-echo"), "{lines:?}");
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // Quit steppe first if it still runs, so no reader is orphaned by the killed session.
        let pid = self.child_pid();
        if !pid.is_empty() {
            let _ = Command::new("kill").args(["-TERM", &pid]).status();
        }
        self.tmux(&["kill-session", "-t", &self.name]);
    }
}
