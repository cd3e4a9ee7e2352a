//! End-to-end tests of the real binary: the reader in a tmux session (start, navigate, help,
//! quit, and `kill -TERM`) leaving the shell with a sane terminal, and keymap errors reported
//! with exit code 2 before the terminal is touched.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use common::{bin, tmux_available, Session};

#[test]
fn start_navigate_help_quit_leaves_a_sane_terminal() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("quit", 80, 24, "");
    s.run_steppe("");
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
        return;
    }
    let s = Session::start("term", 80, 24, "");
    s.run_steppe("");
    s.wait_for("Countries");
    s.kill("TERM");
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
