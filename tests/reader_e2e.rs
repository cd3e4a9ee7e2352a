//! End-to-end tests of the real binary: the reader in a tmux session (start, navigate, help,
//! quit, and `kill -TERM`) leaving the shell with a sane terminal, and keymap errors reported
//! with exit code 2 before the terminal is touched.

use std::path::PathBuf;
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
    fn start(tag: &str, width: u16, height: u16) -> Session {
        let name = format!("steppe-e2e-{tag}-{}", std::process::id());
        let status = Command::new("tmux")
            .args(["new-session", "-d", "-s", &name, "-x", &width.to_string(), "-y"])
            .arg(height.to_string())
            .arg("env -i PATH=/usr/bin:/bin TERM=xterm-256color HOME=/nonexistent XDG_CONFIG_HOME=/nonexistent PS1='$ ' sh")
            .status()
            .expect("tmux");
        assert!(status.success());
        Session { name }
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            let status = Command::new("tmux")
                .args(["send-keys", "-t", &self.name, key])
                .status()
                .expect("send-keys");
            assert!(status.success());
            sleep(Duration::from_millis(120));
        }
    }

    fn type_line(&self, text: &str) {
        Command::new("tmux")
            .args(["send-keys", "-t", &self.name, "-l", text])
            .status()
            .expect("send-keys");
        self.keys(&["Enter"]);
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn format(&self, format: &str) -> String {
        let out = Command::new("tmux")
            .args(["display-message", "-p", "-t", &self.name, format])
            .output()
            .expect("display-message");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Waits until the screen shows `text`; panics with the screen after 10 s.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("{text:?} did not appear:\n{screen}");
            }
            sleep(Duration::from_millis(50));
        }
    }

    /// Checks the terminal is back in cooked mode with echo, out of the alternate screen.
    fn assert_sane(&self) {
        assert_eq!(
            self.format("#{alternate_on}"),
            "0",
            "still in the alternate screen"
        );
        self.type_line("clear; stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)'");
        let screen = self.wait_for("icanon");
        let flags: Vec<&str> = screen.lines().map(str::trim).collect();
        assert!(flags.contains(&"icanon"), "{screen}");
        assert!(flags.contains(&"echo"), "{screen}");
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
fn start_navigate_help_quit_leaves_a_sane_terminal() {
    if !tmux_available() {
        eprintln!("tmux not installed; skipped");
        return;
    }
    let s = Session::start("quit", 80, 24);
    s.type_line(&format!("{}; echo EXIT=$?", bin()));
    let screen = s.wait_for("Countries");
    assert!(screen.contains("Kazakhstan"), "{screen}");
    assert_eq!(s.format("#{alternate_on}"), "1");
    s.keys(&["j", "j", "Enter"]);
    s.keys(&["j", "j", "j", "j", "j", "j", "Enter"]);
    let screen = s.wait_for("To the Government of Tajik");
    assert_eq!(screen.matches("● ").count(), 14, "{screen}");
    s.keys(&["j", "Enter"]);
    s.wait_for("Recommendation to the Government");
    s.keys(&["?"]);
    let screen = s.wait_for("next row");
    assert!(screen.contains("j, down"), "{screen}");
    s.keys(&["G"]);
    let screen = s.wait_for("quit steppe");
    assert!(screen.contains("q, ctrl-c"), "{screen}");
    s.keys(&["Escape"]);
    sleep(Duration::from_millis(300));
    assert!(!s.screen().contains("quit steppe"));
    s.keys(&["BSpace", "BSpace", "Tab", "q"]);
    s.wait_for("EXIT=0");
    s.assert_sane();
}

#[test]
fn sigterm_restores_the_terminal() {
    if !tmux_available() {
        eprintln!("tmux not installed; skipped");
        return;
    }
    let s = Session::start("term", 80, 24);
    s.type_line(&format!("{}; echo EXIT=$?", bin()));
    s.wait_for("Countries");
    let shell = s.format("#{pane_pid}");
    let out = Command::new("ps")
        .args(["-o", "pid=", "--ppid", &shell])
        .output()
        .expect("ps");
    let pid = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(!pid.is_empty(), "steppe's pid not found");
    let status = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(status.success());
    s.wait_for("EXIT=143");
    s.assert_sane();
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = tempfile::tempdir().expect("tempdir").keep();
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn bad_keymap_exits_2_naming_file_and_line() {
    let path = temp_file(
        "keymap.toml",
        "[global]\nj = \"move_down\"\nz = \"fly_away\"\n",
    );
    let out = Command::new(bin())
        .arg("--keymap")
        .arg(&path)
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{}:3:", path.display())), "{err}");
    assert!(err.contains("fly_away"), "{err}");
    assert!(err.contains("move_down"), "valid names listed: {err}");
    // Nothing was drawn: no escape sequences on stdout.
    assert!(!out.stdout.contains(&0x1b), "terminal was touched");

    let path = temp_file("keymap.toml", "[global]\npgdn = \"page_down\"\n");
    let out = Command::new(bin())
        .arg("--keymap")
        .arg(&path)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(":2:") && err.contains("pagedown"), "{err}");
}

#[test]
fn user_keymap_in_config_dir_is_used_and_checked() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("steppe")).unwrap();
    std::fs::write(
        dir.path().join("steppe/keymap.toml"),
        "[global]\nj = \"top\"\nJ = \"bottom\"\n\"shift-j\" = \"top\"\n",
    )
    .unwrap();
    let out = Command::new(bin())
        .env("XDG_CONFIG_HOME", dir.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("keymap.toml:4:"), "{err}");
    assert!(err.contains("bound twice"), "{err}");
}
