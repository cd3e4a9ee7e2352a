//! End-to-end: the real binary in tmux at 80×24; `/`, typing "magnitsky" and Enter shows the
//! Magnitsky recommendation in the reading pane.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn tmux(args: &[&str]) -> String {
    let out = Command::new("tmux").args(args).output().expect("tmux");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

struct Session(String);

impl Drop for Session {
    fn drop(&mut self) {
        tmux(&["kill-session", "-t", &self.0]);
    }
}

impl Session {
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = tmux(&["capture-pane", "-p", "-t", &self.0]);
            if screen.contains(text) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("{text:?} did not appear:\n{screen}");
            }
            sleep(Duration::from_millis(50));
        }
    }
}

#[test]
fn slash_magnitsky_enter_shows_the_recommendation() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux not installed; skipped");
        return;
    }
    let s = Session(format!("steppe-search-e2e-{}", std::process::id()));
    let command = format!(
        "env -i PATH=/usr/bin:/bin TERM=xterm-256color HOME=/nonexistent XDG_CONFIG_HOME=/nonexistent {}",
        env!("CARGO_BIN_EXE_steppe")
    );
    let ok = Command::new("tmux")
        .args([
            "new-session",
            "-d",
            "-s",
            &s.0,
            "-x",
            "80",
            "-y",
            "24",
            &command,
        ])
        .status()
        .expect("tmux")
        .success();
    assert!(ok);
    s.wait_for("Countries");
    tmux(&["send-keys", "-t", &s.0, "/"]);
    s.wait_for("Search");
    tmux(&["send-keys", "-t", &s.0, "-l", "magnitsky"]);
    s.wait_for("/magnitsky ");
    s.wait_for("1/6");
    tmux(&["send-keys", "-t", &s.0, "Enter"]);
    let screen = s.wait_for("[/magnitsky 1/6]");
    assert!(!screen.contains("Search ·"), "{screen}");
    assert!(
        screen.contains("Deploy ‘Magnitsky’ personal Sanctions"),
        "{screen}"
    );
    assert!(screen.contains("Reading"), "{screen}");
    tmux(&["send-keys", "-t", &s.0, "q"]);
}
