//! End-to-end tests of the real binary: the reader in a tmux session (start, navigate, help,
//! quit, and `kill -TERM`) leaving the shell with a sane terminal, and keymap errors reported
//! with exit code 2 before the terminal is touched.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

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
    let screen = s.wait_for("Change keys in");
    assert!(
        screen.contains("delete the word before the cursor"),
        "{screen}"
    );
    s.keys(&["Escape"]);
    sleep(Duration::from_millis(300));
    assert!(!s.screen().contains("Change keys in"));
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
        .env("XDG_DATA_HOME", "/nonexistent-steppe-data")
        .env_remove("STEPPE_LIBRARY")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("keymap.toml:4:"), "{err}");
    assert!(err.contains("bound twice"), "{err}");
}

/// Keys (tmux names) from the start to the first recommendation to the Government of Tajikistan.
const TO_HARASSMENT: [&str; 11] = [
    "j", "j", "Enter", "j", "j", "j", "j", "j", "j", "Enter", "j",
];

/// Whether a screen captured with escape sequences (`capture-pane -e`) sets any colour (SGR
/// 30–38, 40–48, 90–107; 39 and 49 only reset to the terminal's default).
fn has_colour(escaped: &str) -> bool {
    escaped.split("\x1b[").skip(1).any(|seq| {
        let Some(end) = seq.find('m') else {
            return false;
        };
        seq[..end].split(';').any(|p| {
            p.parse::<u16>()
                .is_ok_and(|n| (30..=48).contains(&n) && n != 39 || (90..=107).contains(&n))
        })
    })
}

#[test]
fn no_color_draws_without_colour_and_the_default_has_some() {
    if !tmux_available() {
        return;
    }
    for (env, expect_colour) in [("", true), ("NO_COLOR=1", false)] {
        let s = Session::start("nocolor", 100, 30, env);
        s.run_steppe("");
        s.wait_for("Countries");
        s.keys(&TO_HARASSMENT);
        s.wait_for("End the harassment");
        let escaped = s.tmux(&["capture-pane", "-p", "-e", "-t", &s.name]);
        assert_eq!(has_colour(&escaped), expect_colour, "{env:?}:\n{escaped:?}");
        // Without colour the selection is still shown: reverse video (SGR 7) and the marker.
        assert!(
            escaped.contains("\x1b[7m") || escaped.contains(";7m"),
            "{env:?}"
        );
        assert!(escaped.contains('▌'));
        s.keys(&["q"]);
        s.wait_for("EXIT=0");
    }
}

#[test]
fn y_copies_through_osc_52_into_the_terminal_clipboard() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("osc52", 120, 40, "");
    // tmux takes OSC 52 from programs into a paste buffer when set-clipboard is on.
    s.tmux(&["set-option", "-s", "set-clipboard", "on"]);
    s.tmux(&["delete-buffer"]);
    s.run_steppe("");
    s.wait_for("Countries");
    s.keys(&TO_HARASSMENT);
    s.keys(&["y"]);
    // Plain OSC 52 inside tmux (no passthrough), and a status that claims no more than was done.
    let screen = s.wait_for("characters sent to the terminal's clipboard (OSC 52)");
    assert!(!screen.contains("copied"), "{screen}");
    let clipboard = s.tmux(&["show-buffer"]);
    assert!(
        clipboard.starts_with(
            "Recommendation to the Government of Tajikistan:\nEnd the harassment of regime critics"
        ),
        "{clipboard}"
    );
    assert!(clipboard.contains("Foreign Policy Centre"), "{clipboard}");
    assert!(
        clipboard.contains("Id: fpc-2021-05-17-tajikistan-conclusions."),
        "{clipboard}"
    );
    s.keys(&["q"]);
    s.wait_for("EXIT=0");
    s.assert_sane();
}

#[test]
fn copy_to_a_file_or_stdout_where_osc_52_is_off() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("copied.txt");
    let s = Session::start("copyto", 120, 40, "");
    s.run_steppe(&format!("--copy-to {}", file.display()));
    s.wait_for("Countries");
    s.keys(&TO_HARASSMENT);
    s.keys(&["Y"]);
    let screen = s.wait_for("characters appended to");
    assert!(screen.contains("copied.txt"), "{screen}");
    let copied = std::fs::read_to_string(&file).expect("copied file");
    assert!(
        copied.starts_with("End the harassment of regime critics"),
        "{copied}"
    );
    assert_eq!(
        copied.lines().count(),
        1,
        "Y copies the text only: {copied}"
    );
    s.keys(&["q"]);
    s.wait_for("EXIT=0");

    // `--copy-to -`: printed on stdout once the screen is restored.
    s.type_line("clear");
    s.run_steppe("--fresh --copy-to -");
    s.wait_for("Countries");
    s.keys(&TO_HARASSMENT);
    s.keys(&["Y", "q"]);
    let screen = s.wait_for("EXIT=0");
    assert!(
        screen.contains("End the harassment of regime critics"),
        "{screen}"
    );
    s.assert_sane();
}

#[test]
fn c_compares_two_countries_and_q_quits_cleanly() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("compare", 100, 30, "");
    s.run_steppe("");
    s.wait_for("Countries");
    // Kazakhstan is selected; compare it with a country picked by typing part of its name.
    s.keys(&["c"]);
    s.wait_for("Compare Kazakhstan with:");
    s.type_text("kyr");
    s.wait_for("with: kyr");
    s.keys(&["Enter"]);
    let screen = s.wait_for("Compare · Kazakhstan · Kyrgyzstan");
    assert!(screen.contains("Kazakhstan · 29 rec"), "{screen}");
    assert!(screen.contains("Kyrgyzstan · 17 rec"), "{screen}");
    // An item about both countries is shown once, as common to them, never "shared" with
    // itself.
    assert!(
        screen.contains("common to Kazakhstan and Kyrgyzstan"),
        "{screen}"
    );
    s.keys(&["s"]);
    s.wait_for("[shared]");
    // q closes the comparison, as Esc does; q in the tree quits.
    s.keys(&["q"]);
    s.wait_for("Countries");
    s.keys(&["q"]);
    s.wait_for("EXIT=0");
    s.assert_sane();
}

#[test]
fn bad_keymap_files_exit_2_naming_file_and_line() {
    for (text, line, words) in [
        // An unknown action: the valid names are listed.
        (
            "[global]\nj = \"move_down\"\nz = \"fly_away\"\n",
            3,
            "move_down",
        ),
        // An unknown key name: the valid key names are listed.
        ("[global]\npgdn = \"page_down\"\n", 2, "pagedown"),
        ("[global]\nj = 5\n", 2, "invalid type"),
        (
            "[global]\nj = \"move_down\"\n[wat]\nk = \"top\"\n",
            3,
            "unknown field `wat`",
        ),
        (
            "[global]\nj = \"move_down\"\nj = \"top\"\n",
            3,
            "duplicate key",
        ),
        ("global = 3\n", 1, "invalid type"),
        ("[compare]\nx = \"swap_colums\"\n", 2, "swap_columns"),
        ("[global\n", 1, ""),
    ] {
        let path = temp_file("keymap.toml", text);
        let out = Command::new(bin())
            .arg("--keymap")
            .arg(&path)
            .env("XDG_CONFIG_HOME", "/nonexistent")
            .env("XDG_DATA_HOME", "/nonexistent-steppe-data")
            .env_remove("STEPPE_LIBRARY")
            .output()
            .expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{text:?}: {err}");
        assert!(
            err.contains(&format!("{}:{line}:", path.display())),
            "{text:?}: {err}"
        );
        assert!(err.contains(words), "{text:?}: {err}");
        // Parse errors list the sections; unknown names list the valid ones.
        assert!(
            err.contains("[compare]") || err.contains("(valid: "),
            "{err}"
        );
        assert!(!out.stdout.contains(&0x1b), "terminal was touched");
    }
}

#[test]
fn the_next_start_comes_back_to_the_last_place_unless_fresh() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("session", 120, 40, "");
    s.run_steppe("");
    s.wait_for("Countries");
    s.keys(&TO_HARASSMENT);
    s.keys(&["Enter"]);
    s.wait_for("Recommendation to the Government");
    s.keys(&["q"]);
    s.wait_for("EXIT=0");
    s.type_line("clear");
    s.run_steppe("");
    let screen = s.wait_for("Recommendation to the Government");
    assert!(screen.contains("End the harassment"), "{screen}");
    s.keys(&["q"]);
    s.wait_for("EXIT=0");
    s.type_line("clear");
    s.run_steppe("--fresh");
    let screen = s.wait_for("Countries");
    assert!(
        !screen.contains("Recommendation to the Government"),
        "{screen}"
    );
    s.keys(&["q"]);
    s.wait_for("EXIT=0");
    s.assert_sane();
}
