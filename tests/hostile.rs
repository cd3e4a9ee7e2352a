//! The hostile-input suite: files that try to break steppe (escape sequences, control and bidi
//! characters, broken encodings, empty and binary files, huge files and lines, deep and looping
//! folders, unreadable paths, malformed metadata) run through the real binary's `check`,
//! `export --format json` and `search`, and rendered by the reader into a `TestBackend` at
//! 80×24 and 160×48 after opening the first item. Every run must end with a clear message naming the file
//! or a correct result, the documented exit code, valid JSON where JSON is asked for, no panic,
//! and no byte of output that a terminal would interpret as a control sequence.
//!
//! Fixtures are generated here, in temporary folders; the big ones once per test process.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// Escape sequences of every family, C0/C1 controls, a bare CR, backspaces, bidi overrides and
/// zero-width characters, spread over a title, a lead-in, recommendations and a finding.
const HOSTILE_TEXT: &str = "Kazakhstan: \u{1b}[31mRed\u{1b}[0m alert \u{202e}txt.exe\u{202c} report\n\
\n\
The authorities in Kazakhstan\u{1b}]52;c;cm0gLXJmIH4=\u{7} detained \u{1b}]8;;https://evil.example\u{1b}\\bloggers\u{1b}]8;;\u{1b}\\ and \u{1b}P1$qm\u{1b}\\ activists\u{9b}2J in Almaty.\u{1b}[2J\u{1b}[H\u{1b}[10;10H\u{1b}[?25l\n\
\n\
The Government of Kazakhstan should:\n\
\n\
  \u{2022} Free the bare\rCR prisoners\u{8}\u{8}\u{8}now and stop\u{7}\u{1}\u{7f} torture.\n\
  \u{2022} Repeal the\u{200b}zero\u{200d}width\u{feff}law\u{ad}ful \u{2066}isolated\u{2069} \u{202d}override\u{202c} rules.\n\
  \u{2022} End \u{85}NEL \u{90}DCS-C1\u{9c} \u{9d}OSC-C1\u{7} harassment of journalists.\n";

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_steppe")
}

/// Runs steppe with no user configuration (killed, failing the test, after ten minutes).
fn steppe<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    steppe_within(600, "/nonexistent", args)
}

/// Runs steppe with `XDG_CONFIG_HOME` set to `config`; a run that takes longer than `seconds`
/// (a read that blocks or never ends) is killed and fails the test.
fn steppe_within<I, S>(seconds: u64, config: &str, args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    use std::process::Stdio;
    let args: Vec<std::ffi::OsString> = args.into_iter().map(|a| a.as_ref().into()).collect();
    let child = Command::new(bin())
        .args(&args)
        .env("XDG_CONFIG_HOME", config)
        .env("XDG_DATA_HOME", "/nonexistent-steppe-data")
        .env_remove("STEPPE_LIBRARY")
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run steppe");
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(seconds)) {
        Ok(out) => out.expect("run steppe"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("steppe {args:?} did not finish within {seconds} s");
        }
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The first character of `bytes` that a terminal could act on, if any: ESC, any other C0
/// control but newline and tab, DEL, C1 controls, bidi controls; and invalid UTF-8 (a raw 0x9b
/// byte is CSI to some terminals).
fn first_forbidden(bytes: &[u8]) -> Option<String> {
    let Ok(s) = std::str::from_utf8(bytes) else {
        return Some("invalid UTF-8".to_string());
    };
    s.char_indices()
        .find(|&(_, c)| {
            (c.is_control() && c != '\n' && c != '\t')
                || matches!(
                    c,
                    '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
                        | '\u{061c}'
                )
        })
        .map(|(at, c)| {
            let from = s[..at].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
            format!("U+{:04X} after {:?}", c as u32, &s[from..at])
        })
}

/// What every run must satisfy, whatever the input.
fn assert_inert(what: &str, out: &Output) {
    let err = text(&out.stderr);
    assert!(!err.contains("panicked"), "{what}: panic:\n{err}");
    assert!(
        out.status.code().is_some(),
        "{what}: killed by a signal: {:?}\n{err}",
        out.status
    );
    if let Some(bad) = first_forbidden(&out.stdout) {
        panic!("{what}: stdout carries {bad}");
    }
    if let Some(bad) = first_forbidden(&out.stderr) {
        panic!("{what}: stderr carries {bad}");
    }
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn json(what: &str, out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{what}: stdout is not JSON ({e}):\n{}", text(&out.stdout)))
}

/// What the three commands say about one path, and what the reader shows of it.
struct Runs {
    check: Output,
    export: Output,
    search: Output,
    /// The reader's screens (80×24, then 160×48) after opening the first item.
    screens: Vec<String>,
}

/// The reader on `path`, keys `enter enter enter l` (first country, its first section, its first
/// item, the reading pane), drawn into a `TestBackend` at 80×24 and 160×48. Every cell must be
/// inert; a panic fails the test. Paths that cannot be loaded give no screens.
fn reader_screens(path: &Path) -> Vec<String> {
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;
    use steppe::tui::{self, AppState, Keymap, Palette, ScriptedHost};
    let rules = steppe::corpus::ImportRules::builtin();
    let sources = steppe::Sources {
        paths: vec![path.to_path_buf()],
        builtin: false,
    };
    let Ok(loaded) = steppe::corpus::load(&sources, &rules) else {
        return Vec::new();
    };
    if loaded.corpus.reports.is_empty() {
        return Vec::new();
    }
    [(80, 24), (160, 48)]
        .into_iter()
        .map(|(w, h)| {
            let mut state = AppState::new(
                loaded.clone(),
                rules.clone(),
                Keymap::builtin(),
                Palette::default(),
            );
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
            let mut host = ScriptedHost::keys("enter enter enter l");
            tui::run(&mut terminal, &mut state, &mut host).expect("reader");
            let buffer = terminal.backend().buffer();
            let screen: String = (0..h)
                .map(|y| (0..w).map(|x| buffer[(x, y)].symbol()).collect::<String>() + "\n")
                .collect();
            if let Some(bad) = first_forbidden(screen.as_bytes()) {
                panic!("{}: the reader at {w}×{h} shows {bad}", path.display());
            }
            screen
        })
        .collect()
}

impl Runs {
    fn of(path: &Path, query: &str) -> Runs {
        let p = path.as_os_str();
        let runs = Runs {
            check: steppe(["check".as_ref(), p]),
            export: steppe(["export".as_ref(), "--format".as_ref(), "json".as_ref(), p]),
            search: steppe(["search".as_ref(), query.as_ref(), "--json".as_ref(), p]),
            screens: reader_screens(path),
        };
        let shown = path.display();
        assert_inert(&format!("check {shown}"), &runs.check);
        assert_inert(&format!("export {shown}"), &runs.export);
        assert_inert(&format!("search {shown}"), &runs.search);
        runs
    }

    fn check_out(&self) -> String {
        text(&self.check.stdout) + &text(&self.check.stderr)
    }

    /// Export JSON: the reports array.
    fn reports(&self) -> Vec<serde_json::Value> {
        json("export", &self.export)["reports"]
            .as_array()
            .cloned()
            .expect("reports array")
    }

    /// Every item text of the export.
    fn item_texts(&self) -> Vec<String> {
        self.reports()
            .iter()
            .flat_map(|r| r["sections"].as_array().cloned().unwrap_or_default())
            .flat_map(|s| s["items"].as_array().cloned().unwrap_or_default())
            .map(|i| i["text"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Search hits (an empty list when steppe found nothing and printed no JSON).
    fn hits(&self) -> Vec<serde_json::Value> {
        if self.search.stdout.is_empty() {
            return Vec::new();
        }
        json("search", &self.search)["hits"]
            .as_array()
            .cloned()
            .expect("hits array")
    }
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

/// A small, well-formed report around `body` (a paragraph line), clean for `check`.
fn report_around(body: &str) -> String {
    format!(
        "Kazakhstan: a report\n\nThe authorities in Kazakhstan detained bloggers. {body}\n\n\
         The Government of Kazakhstan should:\n\n  \u{2022} Free the activists.\n"
    )
}

#[test]
fn escape_sequences_controls_and_bidi_are_inert_everywhere() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "hostile.txt", HOSTILE_TEXT);
    let runs = Runs::of(&path, "journalists");
    assert_eq!(code(&runs.check), 0, "{}", runs.check_out());
    assert_eq!(code(&runs.export), 0);
    let reports = runs.reports();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["title"], "Kazakhstan: Red alert txt.exe report");
    let texts = runs.item_texts();
    assert_eq!(
        texts,
        [
            "The authorities in Kazakhstan detained bloggers and activists in Almaty.",
            "Free the bare CR prisonersnow and stop torture.",
            "Repeal thezerowidthlawful isolated override rules.",
            "End NEL harassment of journalists.",
        ],
        "escape payloads (clipboard, link target, DCS) are dropped with their introducers"
    );
    assert!(!text(&runs.export.stdout).contains("evil.example"));
    assert!(!text(&runs.export.stdout).contains("cm0gLXJmIH4"));
    assert_eq!(code(&runs.search), 0);
    let hits = runs.hits();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0]["kind"], "recommendation");
    assert_eq!(hits[0]["text"], "End NEL harassment of journalists.");
    // The reader shows the cleaned text, not the payloads.
    assert_eq!(runs.screens.len(), 2);
    for screen in &runs.screens {
        assert!(screen.contains("Kazakhstan"), "{screen}");
        assert!(
            !screen.contains("evil.example") && !screen.contains("52;c"),
            "{screen}"
        );
    }
    assert!(runs.screens[1].contains("The authorities in Kazakhstan detained bloggers"));

    // The human-readable search output (what a user sees) is inert too.
    let plain = steppe(["search".as_ref(), "activists".as_ref(), path.as_os_str()]);
    assert_inert("search (plain)", &plain);
    assert_eq!(code(&plain), 0);
    assert!(text(&plain.stdout).contains("Almaty"));
}

#[test]
fn every_c0_and_c1_control_and_lone_escape_is_removed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut body = String::new();
    for c in (0x01u32..0x20).chain(0x7f..0xa0) {
        if c == u32::from(b'\n') {
            continue;
        }
        body.push('x');
        body.push(char::from_u32(c).expect("control"));
    }
    // Unterminated sequences at the end of a line must not swallow the next lines.
    body.push_str(" end \u{1b}]52;c;");
    let path = write(dir.path(), "controls.txt", report_around(&body));
    let runs = Runs::of(&path, "activists");
    assert_eq!(code(&runs.check), 0, "{}", runs.check_out());
    let texts = runs.item_texts();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[0].starts_with("The authorities in Kazakhstan detained bloggers. x"));
    assert_eq!(texts[1], "Free the activists.");
    assert_eq!(runs.hits().len(), 1);
}

#[test]
fn bare_carriage_returns_and_backspaces_cannot_overwrite_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Old Mac line endings: the whole file is one line of CR-separated text.
    let cr_only = report_around("Visible.\rHIDDEN overwrite").replace('\n', "\r");
    let path = write(dir.path(), "cr.txt", &cr_only);
    let runs = Runs::of(&path, "overwrite");
    // Clean: one line of text with CRs is a readable report.
    assert_eq!(code(&runs.check), 0, "{}", runs.check_out());
    assert_eq!(code(&runs.export), 0);
    let texts = runs.item_texts();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Visible. HIDDEN overwrite")),
        "{texts:?}"
    );
    assert_eq!(runs.hits().len(), 1);

    let path = write(
        dir.path(),
        "bs.txt",
        report_around("Innocent\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}GUILTY!!"),
    );
    let runs = Runs::of(&path, "guilty");
    assert_eq!(code(&runs.check), 0, "{}", runs.check_out());
    assert!(runs.item_texts()[0].ends_with("InnocentGUILTY!!"));
}

#[test]
fn a_ten_thousand_character_word_and_a_one_megabyte_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let word: String = "Kazakhstanisation".chars().cycle().take(10_000).collect();
    let path = write(dir.path(), "word.txt", report_around(&word));
    let runs = Runs::of(&path, &word[..40]);
    assert_eq!(code(&runs.check), 0, "{}", runs.check_out());
    assert!(runs.item_texts()[0].ends_with(&word));
    assert_eq!(runs.hits().len(), 1);

    // One line of 1 MiB: words, Markdown-looking brackets, footnote markers and bullets.
    let unit = "Kazakhstan detained [bloggers](x [^ ** 1.[2] \u{2022} ";
    let line = unit.repeat((1 << 20) / unit.len() + 1);
    let path = write(dir.path(), "line.md", format!("# A long line\n\n{line}\n"));
    let runs = Runs::of(&path, "bloggers");
    // Problems found (a warning about the line), none fatal.
    assert_eq!(code(&runs.check), 1, "{}", runs.check_out());
    assert_eq!(code(&runs.export), 0);
    assert_eq!(runs.reports().len(), 1);
    assert!(runs.item_texts().iter().map(String::len).sum::<usize>() > 500_000);
    assert_eq!(code(&runs.search), 0);
}

#[test]
fn broken_encodings_are_decoded_or_reported_with_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = report_around("Caf\u{e9} owners too.");

    // Invalid UTF-8 on line 3: a warning naming file and line, the rest imported.
    let mut bytes = good.clone().into_bytes();
    let at = good.find("Caf").expect("marker") + 3;
    bytes.splice(at..at + 2, [0xe9, 0x9b, 0xff]);
    let path = write(dir.path(), "latin1.txt", &bytes);
    let runs = Runs::of(&path, "activists");
    assert_eq!(code(&runs.check), 1);
    assert!(
        runs.check_out()
            .contains(&format!("{}:3: warning: invalid UTF-8", path.display())),
        "{}",
        runs.check_out()
    );
    assert_eq!(code(&runs.export), 0, "a warning is not a failure");
    assert!(runs.item_texts()[0].contains("Caf\u{fffd}\u{fffd} owners"));
    assert_eq!(runs.hits().len(), 1);

    // UTF-16 with a BOM, both byte orders: decoded like UTF-8.
    for (name, bom, big_endian) in [
        ("le.txt", [0xff, 0xfe], false),
        ("be.txt", [0xfe, 0xff], true),
    ] {
        let mut bytes = bom.to_vec();
        for unit in good.encode_utf16() {
            let pair = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            bytes.extend(pair);
        }
        let path = write(dir.path(), name, &bytes);
        let runs = Runs::of(&path, "café");
        assert_eq!(code(&runs.check), 0, "{name}: {}", runs.check_out());
        assert!(runs.item_texts()[0].contains("Café owners"), "{name}");
        assert_eq!(runs.hits().len(), 1, "{name}");
    }

    // A UTF-8 BOM is not text.
    let path = write(dir.path(), "bom.txt", format!("\u{feff}{good}"));
    let runs = Runs::of(&path, "activists");
    assert_eq!(code(&runs.check), 0, "{}", runs.check_out());
    assert_eq!(runs.reports()[0]["title"], "Kazakhstan: a report");
}

/// Files that hold no report: `check` names the file and exits 1; `export` prints valid JSON
/// with no reports and exits 2 (a file could not be used); `search` finds nothing and says why.
fn assert_unusable(path: &Path, message: &str) {
    let runs = Runs::of(path, "kazakhstan");
    let shown = path.display().to_string();
    assert_eq!(code(&runs.check), 1, "{}", runs.check_out());
    assert!(
        runs.check_out()
            .contains(&format!("{shown}:1: error: {message}")),
        "{}",
        runs.check_out()
    );
    assert_eq!(code(&runs.export), 2);
    assert!(runs.reports().is_empty());
    assert!(text(&runs.export.stderr).contains(&shown));
    assert_ne!(code(&runs.search), 0);
    assert!(runs.hits().is_empty());
    assert!(text(&runs.search.stderr).contains(&shown));
}

#[test]
fn empty_nul_whitespace_and_boilerplate_files_name_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_unusable(&write(dir.path(), "empty.txt", ""), "file is empty");
    assert_unusable(
        &write(dir.path(), "blank.md", " \n\t\n\u{feff}\u{200b}\n\n"),
        "no report text found",
    );
    assert_unusable(
        &write(dir.path(), "nul.txt", vec![0u8; 64 * 1024]),
        "binary file",
    );
    assert_unusable(
        &write(
            dir.path(),
            "chrome.txt",
            "Skip to content\nMenu\nSearch\n\nShare this\nPrint\nDownload PDF\n\
             Photo: \u{a9} Someone\nRelated Articles\nKazakhstan: other news\n",
        ),
        "no report text found",
    );
    // Escape sequences only: nothing visible is left.
    assert_unusable(
        &write(
            dir.path(),
            "escapes.txt",
            "\u{1b}[31m\u{1b}[0m\n\u{1b}]0;title\u{7}\n",
        ),
        "no report text found",
    );
}

#[test]
fn file_names_with_escape_sequences_are_shown_escaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = "evil\u{1b}[31m\u{1b}]52;c;eA==\u{7}\u{202e}txt.md";
    let path = write(
        dir.path(),
        name,
        "Only\n\nsome text about Kazakhstan, a bullet:\n",
    );
    std::fs::write(path.with_extension("toml"), "title = 3\n").expect("write");
    let runs = Runs::of(&path, "kazakhstan");
    assert_eq!(code(&runs.check), 1);
    let escaped = "evil\\u{1b}[31m\\u{1b}]52;c;eA==\\u{7}\\u{202e}txt";
    assert!(
        runs.check_out().contains(&format!(
            "{escaped}.toml:1: error: metadata key \"title\" must be a string"
        )),
        "{}",
        runs.check_out()
    );
    let reports = runs.reports();
    assert!(reports[0]["source"]
        .as_str()
        .is_some_and(|s| s.ends_with(&format!("{escaped}.md"))));
    // The same for a folder and for a path that does not exist.
    let sub = dir.path().join("dir\u{9b}31m\u{1b}[2J");
    std::fs::create_dir(&sub).expect("mkdir");
    let missing = sub.join("gone\u{1b}[H.txt");
    let runs = Runs::of(&missing, "x");
    for out in [&runs.check, &runs.export, &runs.search] {
        assert_eq!(code(out), 2);
        assert!(text(&out.stderr).contains("dir\\u{9b}31m\\u{1b}[2J/gone\\u{1b}[H.txt"));
    }
    let runs = Runs::of(&sub, "x");
    assert_eq!(code(&runs.check), 2);
    assert!(text(&runs.check.stderr).contains("no reports found"));
}

/// 10 000 tiny reports in one folder, made once.
fn many_files() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        for i in 0..10_000 {
            let country = ["Kazakhstan", "Uzbekistan", "Tajikistan"][i % 3];
            std::fs::write(
                dir.path().join(format!("r{i:05}.txt")),
                format!(
                    "Note {i}\n\nThe authorities in {country} detained blogger number w{i}x.\n"
                ),
            )
            .expect("write");
        }
        dir
    })
    .path()
}

#[test]
fn ten_thousand_tiny_files_in_one_folder() {
    let runs = Runs::of(many_files(), "w4321x");
    let exact = steppe([
        "search".as_ref(),
        "w4321x".as_ref(),
        "--exact".as_ref(),
        "--json".as_ref(),
        many_files().as_os_str(),
    ]);
    assert_inert("search --exact", &exact);
    let exact = json("search --exact", &exact)["hits"]
        .as_array()
        .cloned()
        .expect("hits");
    assert_eq!(exact.len(), 1, "{exact:?}");
    assert_eq!(exact[0]["report_id"], "r04321");
    assert_eq!(code(&runs.check), 0, "{}", runs.check_out());
    assert!(
        text(&runs.check.stderr).contains("10000 report(s) checked, 0 problem(s)"),
        "{}",
        runs.check_out()
    );
    assert_eq!(runs.reports().len(), 10_000);
    let hits = runs.hits();
    assert_eq!(
        hits.len(),
        20,
        "the exact hit and close spellings, up to the limit"
    );
    assert_eq!(hits[0]["report_id"], "r04321", "the exact hit ranks first");
}

#[test]
fn deep_folders_and_symlink_loops() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut deep = dir.path().to_path_buf();
    for level in 0..50 {
        deep.push(format!("level{level}"));
    }
    write(&deep, "deep.txt", report_around("Found at the bottom."));
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        // A folder linking back to the root, a link to itself, and two links to each other.
        symlink(dir.path(), deep.join("back-to-root")).expect("symlink");
        symlink("self.txt", dir.path().join("self.txt")).expect("symlink");
        symlink("b.md", dir.path().join("a.md")).expect("symlink");
        symlink("a.md", dir.path().join("b.md")).expect("symlink");
    }
    let runs = Runs::of(dir.path(), "bottom");
    assert_eq!(code(&runs.check), 0, "{}", runs.check_out());
    assert_eq!(runs.reports().len(), 1, "the loops are followed once");
    assert!(runs.reports()[0]["source"]
        .as_str()
        .is_some_and(|s| s.contains("level49/deep.txt")));
    assert_eq!(runs.hits().len(), 1);

    #[cfg(unix)]
    {
        // A looping link given directly is an unreadable path: exit 2, named.
        let runs = Runs::of(&dir.path().join("self.txt"), "x");
        for out in [&runs.check, &runs.export, &runs.search] {
            assert_eq!(code(out), 2);
            assert!(text(&out.stderr).contains("self.txt: cannot read"));
        }
    }
}

#[test]
fn unreadable_paths_exit_2_naming_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "locked.txt", report_around("Locked."));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
        // Root reads files whatever their mode: then the file simply loads.
        let privileged = std::fs::read(&path).is_ok();
        let runs = Runs::of(&path, "locked");
        if privileged {
            assert_eq!(code(&runs.check), 0, "{}", runs.check_out());
            assert_eq!(runs.hits().len(), 1);
        } else {
            for out in [&runs.check, &runs.export, &runs.search] {
                assert_eq!(code(out), 2);
                assert!(text(&out.stderr).contains("locked.txt: cannot read"));
            }
        }
        // A folder that cannot be listed (also only effective without privileges).
        let sub = dir.path().join("closed");
        std::fs::create_dir(&sub).expect("mkdir");
        write(&sub, "inner.txt", report_around("Inner."));
        std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o000)).expect("chmod");
        if std::fs::read_dir(&sub).is_err() {
            let runs = Runs::of(&sub, "inner");
            assert_eq!(code(&runs.check), 2);
            assert!(text(&runs.check.stderr).contains("closed: cannot read"));
        }
        std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");

        // Unreadable whatever the privileges: a FIFO given as a report (reading it would block
        // for ever) and a FIFO inside a folder (skipped: not a regular file).
        let fifo = dir.path().join("pipe.txt");
        let made = Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let runs = Runs::of(&fifo, "x");
            for out in [&runs.check, &runs.export, &runs.search] {
                assert_eq!(code(out), 2);
                assert!(text(&out.stderr).contains("pipe.txt: cannot read"));
            }
            let runs = Runs::of(dir.path(), "locked");
            assert_eq!(code(&runs.check), 1, "{}", runs.check_out());
            assert!(
                runs.check_out().contains(
                    "pipe.txt:1: error: a FIFO (named pipe), not a regular file; skipped"
                ),
                "{}",
                runs.check_out()
            );
            assert_eq!(runs.reports().len(), 2, "locked.txt and closed/inner.txt");
        }
    }
    // A folder whose name looks like a report.
    let runs = Runs::of(&dir.path().join("closed"), "inner");
    assert_eq!(code(&runs.check), 0, "{}", runs.check_out());
}

/// Runs steppe as the unprivileged user `nobody` (through `setpriv`), for permission cases a
/// root test process cannot otherwise see; `None` when that is not possible here.
#[cfg(unix)]
fn steppe_as_nobody(args: &[&std::ffi::OsStr]) -> Option<Output> {
    let out = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", bin()])
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .env("XDG_DATA_HOME", "/nonexistent-steppe-data")
        .env_remove("STEPPE_LIBRARY")
        .env("NO_COLOR", "1")
        .output()
        .ok()?;
    // setpriv itself refused (not root, or not allowed in this container).
    let err = text(&out.stderr);
    (!err.starts_with("setpriv:")).then_some(out)
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_or_folder_inside_a_folder_is_skipped_not_fatal() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let mode = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod")
    };
    mode(dir.path(), 0o755);
    write(dir.path(), "open.txt", report_around("Open."));
    let locked = write(dir.path(), "locked.txt", report_around("Locked."));
    let closed = dir.path().join("closed");
    write(&closed, "inner.txt", report_around("Inner."));
    mode(&locked, 0o000);
    mode(&closed, 0o000);
    let folder = dir.path().as_os_str();
    let check = steppe_as_nobody(&["check".as_ref(), folder]);
    let export = steppe_as_nobody(&[
        "export".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        folder,
    ]);
    let named = steppe_as_nobody(&["check".as_ref(), locked.as_os_str()]);
    mode(&locked, 0o644);
    mode(&closed, 0o755);
    let (Some(check), Some(export), Some(named)) = (check, export, named) else {
        eprintln!("setpriv cannot drop privileges here; the case runs where it can");
        return;
    };
    for (what, out) in [("check", &check), ("export", &export), ("named", &named)] {
        assert_inert(what, out);
    }
    let out = text(&check.stdout) + &text(&check.stderr);
    assert_eq!(code(&check), 1, "{out}");
    assert!(
        out.contains("locked.txt:1: error: cannot read: Permission denied"),
        "{out}"
    );
    assert!(
        out.contains("closed:1: error: cannot read folder: Permission denied"),
        "{out}"
    );
    // The readable report still loads; like any unusable file, the skipped ones make export
    // exit 2.
    assert_eq!(code(&export), 2);
    let reports = json("export", &export)["reports"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(reports.len(), 1, "{reports:?}");
    assert_eq!(reports[0]["id"], "open");
    // A file named on the command line must be readable: exit 2.
    assert_eq!(code(&named), 2);
    assert!(text(&named.stderr).contains("locked.txt: cannot read"));
}

#[test]
fn malformed_metadata_is_reported_with_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: &[(&str, &str, &str)] = &[
        (
            "types",
            "title = 3\ndate = true\ncountries = \"Kazakhstan\"\nurl = [1]\n",
            ":1: error: metadata key \"title\" must be a string, not integer",
        ),
        (
            "unknown",
            "title = \"T\"\ncolour = \"red\"\n\"\\u001b[2J\" = 1\n[nested]\nx = 1\n",
            ":2: warning: unknown metadata key \"colour\"",
        ),
        (
            "duplicate",
            "title = \"One\"\ntitle = \"Two\"\n",
            ":2:1: error: malformed metadata, ignored",
        ),
        (
            "syntax",
            "title = \"unterminated\ndate = 2021-13-45\n",
            ":1:",
        ),
        (
            "baddate",
            "date = \"the 32nd of Smarch\"\n",
            ":1: error: metadata date",
        ),
        (
            "countries",
            "countries = [\"Kazakhstan\", 7, { a = 1 }]\n",
            ":1: warning: metadata key \"countries\" must list names",
        ),
        (
            "escapes",
            "title = \"\\u001b]52;c;eA==\\u0007Clean \\u202etitle\"\nauthor = \"A\\u009b2J\"\n",
            "",
        ),
    ];
    for (name, toml, _) in cases {
        write(dir.path(), &format!("{name}.txt"), report_around("Text."));
        write(dir.path(), &format!("{name}.toml"), toml);
    }
    // Metadata that is not UTF-8.
    write(dir.path(), "binary.txt", report_around("Text."));
    write(dir.path(), "binary.toml", b"title = \"\xff\xfe\"\n");
    let runs = Runs::of(dir.path(), "activists");
    let out = runs.check_out();
    assert_eq!(code(&runs.check), 1, "{out}");
    for (name, _, expected) in cases {
        let toml = dir
            .path()
            .join(format!("{name}.toml"))
            .display()
            .to_string();
        if expected.is_empty() {
            assert!(
                !out.contains(&toml),
                "{name}: clean after sanitising: {out}"
            );
            continue;
        }
        assert!(out.contains(&format!("{toml}{expected}")), "{name}: {out}");
    }
    assert!(
        out.contains("binary.toml:1: error: cannot read metadata"),
        "{out}"
    );
    assert!(
        !out.contains("escapes.toml"),
        "clean after sanitising: {out}"
    );
    // Every report still loads, with the metadata that could be used; metadata errors make
    // export exit 2 all the same (like any file that could not be fully used).
    assert_eq!(code(&runs.export), 2);
    let reports = runs.reports();
    assert_eq!(reports.len(), cases.len() + 1);
    let escapes = reports
        .iter()
        .find(|r| r["id"] == "escapes")
        .expect("escapes report");
    assert_eq!(escapes["title"], "Clean title");
    assert_eq!(escapes["author"], "A");
    assert_eq!(runs.hits().len(), cases.len() + 1);
}

#[test]
fn a_hostile_folder_index_is_read_inert() {
    // SOURCES.md is read as metadata for the files it lists: escape sequences in its cells
    // (also inside a web address and a file name), a missing file and a bad date must come out
    // inert, as warnings naming the index and its line.
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", report_around("Text."));
    write(
        dir.path(),
        "SOURCES.md",
        "# Index \u{1b}[2J\n\n\
         | file | publisher | date | title |\n\
         | --- | --- | --- | --- |\n\
         | a.txt | Evil \u{1b}]52;c;cm0gLXJmIH4=\u{7}Org (EO); https://evil.example/\u{1b}[31mx | 2021-07-22 | \u{202e}Clean\u{202c} \u{9b}2Jtitle |\n\
         | gone\u{1b}[2J.txt | Nobody | the 32nd of Smarch | Gone |\n",
    );
    let runs = Runs::of(dir.path(), "activists");
    let out = runs.check_out();
    assert_eq!(code(&runs.check), 1, "{out}");
    let index = dir.path().join("SOURCES.md").display().to_string();
    assert!(
        out.contains(&format!("{index}:6: warning: the index names")),
        "{out}"
    );
    assert!(
        out.contains(&format!("{index}:6: warning: \"the 32nd")),
        "{out}"
    );
    assert!(
        out.contains("1 report(s) checked"),
        "SOURCES.md is no report: {out}"
    );
    let reports = runs.reports();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["title"], "Clean title");
    assert_eq!(reports[0]["publisher"], "Evil Org (EO)");
    assert_eq!(reports[0]["publisher_short"], "EO");
    assert_eq!(reports[0]["date"], "2021-07-22");
    assert_eq!(reports[0]["url"], "https://evil.example/x");
    assert_eq!(runs.hits().len(), 1);
    assert!(
        runs.screens.iter().all(|s| s.contains("EO 2021")),
        "{:?}",
        runs.screens
    );
}

/// One report of about 50 MB made from a real one with varied words, generated once.
fn fifty_megabytes() -> &'static Path {
    static FILE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &FILE
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("tempdir");
            let real = steppe::corpus::builtin::REPORTS[0].text;
            let body: String = real
                .lines()
                .filter(|l| !matches!(l.trim(), "Related Articles" | "Related articles"))
                .collect::<Vec<_>>()
                .join("\n");
            let mut text = String::with_capacity(51 << 20);
            let mut n = 0;
            while text.len() < 50 << 20 {
                text.push_str(&body.replace("the ", &format!("the w{n}x ")));
                text.push_str("\n\n");
                n += 1;
            }
            let path = write(dir.path(), "fifty.txt", &text);
            (dir, path)
        })
        .1
}

#[test]
fn a_fifty_megabyte_report_loads() {
    let path = fifty_megabytes();
    assert!(std::fs::metadata(path).expect("size").len() >= 50 << 20);
    let check = steppe(["check".as_ref(), path.as_os_str()]);
    assert_inert("check fifty", &check);
    assert_eq!(code(&check), 0, "{}", text(&check.stderr));
    assert!(text(&check.stderr).contains("1 report(s) checked"));
}

/// Export and search of the 50 MB report: slow in a debug build, so run on request
/// (`cargo test --release --test hostile -- --ignored`).
#[test]
#[ignore = "slow in debug builds; run with --release -- --ignored"]
fn a_fifty_megabyte_report_exports_and_searches() {
    let path = fifty_megabytes();
    let search = steppe([
        "search".as_ref(),
        "w1234x".as_ref(),
        "--json".as_ref(),
        path.as_os_str(),
    ]);
    assert_inert("search fifty", &search);
    assert_eq!(code(&search), 0);
    let export = steppe([
        "export".as_ref(),
        "--format".as_ref(),
        "csv".as_ref(),
        path.as_os_str(),
    ]);
    assert_inert("export fifty", &export);
    assert_eq!(code(&export), 0);
}

#[test]
fn files_over_the_size_limit_are_refused_by_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).expect("create");
    // A sparse file: no disk space used, but larger than the limit.
    file.set_len(steppe::corpus::MAX_FILE_BYTES + 1)
        .expect("set_len");
    let runs = Runs::of(&path, "x");
    assert_eq!(code(&runs.check), 1);
    assert!(
        runs.check_out().contains(&format!(
            "{}:1: error: file is larger than the 64 MB limit; skipped",
            path.display()
        )),
        "{}",
        runs.check_out()
    );
    assert_eq!(code(&runs.export), 2);
}

/// Makes a FIFO (named pipe) at `path`.
fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(made.success(), "mkfifo {}", path.display());
}

/// A sparse file of `bytes` (no disk space used).
fn sparse(path: &Path, bytes: u64) {
    let file = std::fs::File::create(path).expect("create");
    file.set_len(bytes).expect("set_len");
}

#[test]
fn special_and_endless_files_in_a_folder_never_block_and_are_named() {
    // Every file steppe opens in a folder: reports, NAME.toml, SOURCES.md. A FIFO would block
    // in open(), /dev/zero never ends, a sparse file claims gigabytes: each is refused by name
    // within seconds, and the reports around them load.
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    for name in [
        "fifo-meta",
        "zero-meta",
        "sparse-meta",
        "sub/clean",
        "big/clean",
    ] {
        write(d, &format!("{name}.txt"), report_around("Text."));
    }
    mkfifo(&d.join("fifo-meta.toml"));
    std::os::unix::fs::symlink("/dev/zero", d.join("zero-meta.toml")).expect("symlink");
    sparse(&d.join("sparse-meta.toml"), 3 << 30);
    mkfifo(&d.join("piped.txt"));
    std::os::unix::fs::symlink("/dev/zero", d.join("zero.md")).expect("symlink");
    mkfifo(&d.join("sub/SOURCES.md"));
    sparse(&d.join("big/SOURCES.md"), 3 << 30);
    let p = d.as_os_str();
    let check = steppe_within(60, "/nonexistent", ["check".as_ref(), p]);
    assert_inert("check", &check);
    let out = text(&check.stdout) + &text(&check.stderr);
    assert_eq!(code(&check), 1, "{out}");
    let shown = |name: &str| d.join(name).display().to_string();
    for (name, expected) in [
        (
            "fifo-meta.toml",
            ":1: error: cannot read metadata, ignored: a FIFO (named pipe), not a regular file",
        ),
        (
            "zero-meta.toml",
            ":1: error: cannot read metadata, ignored: a device, not a regular file",
        ),
        (
            "sparse-meta.toml",
            ":1: error: cannot read metadata, ignored: larger than the 4 MB limit",
        ),
        (
            "piped.txt",
            ":1: error: a FIFO (named pipe), not a regular file; skipped",
        ),
        (
            "zero.md",
            ":1: error: a device, not a regular file; skipped",
        ),
        (
            "sub/SOURCES.md",
            ":1: error: a FIFO (named pipe), not a regular file; skipped",
        ),
        (
            "big/SOURCES.md",
            ":1: warning: cannot read the folder's index, ignored: larger than the 4 MB limit",
        ),
    ] {
        assert!(
            out.contains(&format!("{}{expected}", shown(name))),
            "{name}: {out}"
        );
    }
    assert!(out.contains("5 report(s) checked"), "{out}");
    let export = steppe_within(60, "/nonexistent", ["export".as_ref(), p]);
    assert_inert("export", &export);
    assert_eq!(code(&export), 2);
    assert_eq!(
        json("export", &export)["reports"].as_array().map(Vec::len),
        Some(5)
    );
}

#[test]
fn a_special_file_named_as_reports_rules_or_keymap_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let report = write(d, "r.txt", report_around("Text."));
    mkfifo(&d.join("fifo.txt"));
    // Reports named on the command line.
    for (path, kind) in [
        (d.join("fifo.txt"), "a FIFO (named pipe)"),
        (PathBuf::from("/dev/zero"), "a device"),
    ] {
        let out = steppe_within(60, "/nonexistent", ["check".as_ref(), path.as_os_str()]);
        assert_inert("check", &out);
        assert_eq!(code(&out), 2);
        assert!(
            text(&out.stderr).contains(&format!(
                "{}: cannot read reports: {kind}, not a regular file",
                path.display()
            )),
            "{}",
            text(&out.stderr)
        );
    }
    // A rules file that is a FIFO, and one that never ends.
    for (name, kind) in [
        ("themes.toml", "a FIFO (named pipe)"),
        ("gazetteer.toml", "a device"),
    ] {
        let rules = tempfile::tempdir().expect("tempdir");
        let path = rules.path().join(name);
        if name == "themes.toml" {
            mkfifo(&path);
        } else {
            std::os::unix::fs::symlink("/dev/zero", &path).expect("symlink");
        }
        let out = steppe_within(
            60,
            "/nonexistent",
            [
                "check".as_ref(),
                "--rules".as_ref(),
                rules.path().as_os_str(),
                report.as_os_str(),
            ],
        );
        assert_inert("check --rules", &out);
        assert_eq!(code(&out), 2);
        assert!(
            text(&out.stderr).contains(&format!(
                "{}: cannot read rules: {kind}, not a regular file",
                path.display()
            )),
            "{}",
            text(&out.stderr)
        );
    }
    // A keymap given with --keymap, and one in the configuration folder.
    let config = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(config.path().join("steppe")).expect("mkdir");
    mkfifo(&config.path().join("steppe/keymap.toml"));
    let config_dir = config.path().to_str().expect("utf-8 temp path");
    for (keymap, kind) in [
        (Some(d.join("fifo.txt")), "a FIFO (named pipe)"),
        (Some(PathBuf::from("/dev/zero")), "a device"),
        (None, "a FIFO (named pipe)"),
    ] {
        let mut args = vec![report.as_os_str().to_owned()];
        if let Some(keymap) = &keymap {
            args.extend(["--keymap".into(), keymap.as_os_str().to_owned()]);
        }
        let out = steppe_within(60, config_dir, &args);
        assert_inert("reader --keymap", &out);
        assert_eq!(code(&out), 2);
        assert!(
            text(&out.stderr).contains(&format!("cannot read: {kind}, not a regular file")),
            "{keymap:?}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn escapes_in_rules_and_paths_never_reach_the_terminal() {
    // A country name, an alias and a theme label with escape sequences, control and bidi
    // characters, through every command that shows them.
    let rules = tempfile::tempdir().expect("tempdir");
    let gazetteer = steppe::corpus::builtin::GAZETTEER.replacen(
        "name = \"Kazakhstan\"",
        "name = \"Kaza\\u001b[31mkh\\u202estan\\u0007\"",
        1,
    );
    assert_ne!(gazetteer, steppe::corpus::builtin::GAZETTEER);
    write(rules.path(), "gazetteer.toml", gazetteer);
    let themes = steppe::corpus::builtin::THEMES.replacen(
        "label = \"Corruption\"",
        "label = \"Corr\\u001b]52;c;eA==\\u0007up\\u009b2Jtion\\u200b\"",
        1,
    );
    assert_ne!(themes, steppe::corpus::builtin::THEMES);
    write(rules.path(), "themes.toml", themes);
    let dir = tempfile::tempdir().expect("tempdir");
    let report = write(
        dir.path(),
        "r.txt",
        report_around("Officials in Kazakhstan took bribes."),
    );
    let with_rules = |args: &[&str]| {
        let mut all: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
        all.extend([
            "--rules".into(),
            rules.path().as_os_str().to_owned(),
            report.as_os_str().to_owned(),
        ]);
        let mut out = steppe(&all);
        if args.contains(&"csv") {
            // CSV rows end in CRLF (RFC 4180): the one carriage return allowed.
            out.stdout = text(&out.stdout).replace("\r\n", "\n").into_bytes();
        }
        assert_inert(&format!("{args:?}"), &out);
        out
    };
    let search = with_rules(&["search", "bribes", "--json"]);
    assert_eq!(code(&search), 0, "{}", text(&search.stderr));
    let hit = &json("search", &search)["hits"][0];
    assert_eq!(hit["countries"][0], "Kazakhstan");
    assert_eq!(hit["themes"][0], "corruption");
    let id = hit["id"].as_str().expect("id").to_string();
    for args in [
        vec!["search", "bribes"],
        vec!["search", "bribes @kaz #corr"],
        vec!["show", &id],
        vec!["show", &id, "--json"],
        vec!["list"],
        vec!["list", "--json"],
        vec!["export", "--format", "csv"],
        vec!["export", "--format", "markdown"],
        vec!["export", "--format", "json"],
        vec!["export", "--format", "toml"],
    ] {
        let out = with_rules(&args);
        assert_eq!(code(&out), 0, "{args:?}: {}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains("Kazakhstan"),
            "{args:?}: {}",
            text(&out.stdout)
        );
    }
    assert_eq!(code(&with_rules(&["check"])), 0);
    let out = with_rules(&["show", &id]);
    assert!(
        text(&out.stdout).contains("Corruption"),
        "{}",
        text(&out.stdout)
    );
    // compare takes its paths after the countries.
    let out = steppe([
        "compare".as_ref(),
        "Kazakhstan".as_ref(),
        "Kyrgyzstan".as_ref(),
        report.as_os_str(),
        "--rules".as_ref(),
        rules.path().as_os_str(),
        "--builtin".as_ref(),
    ]);
    assert_inert("compare", &out);
    assert!(
        text(&out.stdout).contains("Corruption"),
        "{}",
        text(&out.stdout)
    );

    // Paths with control characters in messages: --rules, --keymap, --copy-to.
    let evil = dir.path().join("evil\u{1b}[2J\u{7}");
    std::fs::create_dir(&evil).expect("mkdir");
    let missing = dir.path().join("gone\u{1b}]52;c;eA==\u{7}");
    for args in [
        vec![
            "check".into(),
            "--rules".into(),
            missing.clone().into_os_string(),
        ],
        vec![
            report.clone().into_os_string(),
            "--keymap".into(),
            missing.clone().into_os_string(),
        ],
        vec![
            report.clone().into_os_string(),
            "--keymap".into(),
            evil.clone().into_os_string(),
        ],
        vec![
            report.clone().into_os_string(),
            "--copy-to".into(),
            evil.clone().into_os_string(),
        ],
    ] {
        let out = steppe(&args);
        assert_inert(&format!("{args:?}"), &out);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(
            text(&out.stderr).contains("\\u{1b}"),
            "{args:?}: the path is shown escaped: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn a_rules_file_with_a_hostile_theme_id_or_a_repeated_one_is_refused() {
    for (themes, expected) in [
        (
            "[[theme]]\nid = \"a\\u001b[2J\"\nlabel = \"A\"\nkeywords = [\"x\"]\n",
            "theme id \"a\\u{1b}[2J\" must be one word",
        ),
        (
            "[[theme]]\nid = \"a\"\nlabel = \"A\"\nkeywords = [\"x\"]\n\
             [[theme]]\nid = \"a\"\nlabel = \"B\"\nkeywords = [\"y\"]\n",
            "theme id \"a\" is used twice",
        ),
    ] {
        let rules = tempfile::tempdir().expect("tempdir");
        write(rules.path(), "themes.toml", themes);
        let out = steppe([
            "check".as_ref(),
            "--rules".as_ref(),
            rules.path().as_os_str(),
        ]);
        assert_inert("check --rules", &out);
        assert_eq!(code(&out), 2);
        assert!(
            text(&out.stderr).contains(expected),
            "{}",
            text(&out.stderr)
        );
    }
}

#[test]
fn a_zero_limit_is_refused_not_a_false_no_matches() {
    let out = steppe(["search", "tax", "--limit", "0"]);
    assert_inert("search --limit 0", &out);
    assert_eq!(code(&out), 2);
    assert!(
        text(&out.stderr).contains("must be 1 or more"),
        "{}",
        text(&out.stderr)
    );
    assert!(!text(&out.stdout).contains("no matches"));
    let out = steppe(["search", "tax", "-n", "1", "--json"]);
    assert_eq!(code(&out), 0);
    assert_eq!(
        json("search", &out)["hits"].as_array().map(Vec::len),
        Some(1)
    );
}

#[test]
fn compare_reads_a_country_name_as_a_country_whatever_exists_here() {
    // Folders named like a country and like an ISO code in the current folder.
    let here = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(here.path().join("Kazakhstan")).expect("mkdir");
    write(here.path(), "kaz/r.txt", report_around("Text."));
    let run = |args: &[&str]| {
        let out = Command::new(bin())
            .args(args)
            .current_dir(here.path())
            .env("XDG_CONFIG_HOME", "/nonexistent")
            .output()
            .expect("run steppe");
        assert_inert(&format!("{args:?}"), &out);
        out
    };
    for args in [
        &["compare", "Kazakhstan", "Tajikistan"][..],
        &["compare", "kaz", "taj", "--format", "json"],
    ] {
        let out = run(args);
        assert_eq!(code(&out), 0, "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stdout).contains("Kazakhstan"), "{args:?}");
    }
    // ./kaz or -- make it a path: the report in it is what is compared.
    for args in [
        &["compare", "Kazakhstan", "Kyrgyzstan", "./kaz"][..],
        &["compare", "Kazakhstan", "Kyrgyzstan", "--", "kaz"],
    ] {
        let out = run(args);
        assert!(
            text(&out.stdout).contains("Free the activists"),
            "{args:?}: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
    }
    // A name that is no country but exists here: the error says how to mean the path.
    let out = run(&["compare", "Kazakhstan", "Tajikistan", "kaz", "Kazakhstan"]);
    assert_eq!(code(&out), 2);
    let help = run(&["compare", "--help"]);
    assert!(
        text(&help.stdout).contains("./NAME"),
        "{}",
        text(&help.stdout)
    );
}

#[test]
fn closed_or_full_stdout_is_an_error_even_for_help() {
    use std::process::Stdio;
    let full = || std::fs::OpenOptions::new().write(true).open("/dev/full");
    for args in [
        &["--help"][..],
        &["--version"],
        &["list"],
        &["search", "--help"],
    ] {
        let Ok(dev_full) = full() else {
            return;
        };
        let out = Command::new(bin())
            .args(args)
            .env("XDG_CONFIG_HOME", "/nonexistent")
            .stdout(Stdio::from(dev_full))
            .output()
            .expect("run steppe");
        assert_inert(&format!("{args:?} > /dev/full"), &out);
        assert_eq!(code(&out), 2, "{args:?} > /dev/full");
        assert!(text(&out.stderr).contains("cannot write to stdout"));
        // `>&-`: the shell closes descriptor 1.
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("\"$0\" {} >&-", args.join(" ")))
            .arg(bin())
            .env("XDG_CONFIG_HOME", "/nonexistent")
            .output()
            .expect("run steppe");
        assert_eq!(code(&out), 2, "{args:?} >&-: {}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains("standard output is closed"),
            "{}",
            text(&out.stderr)
        );
        // > /dev/null is no error.
        let out = Command::new(bin())
            .args(args)
            .env("XDG_CONFIG_HOME", "/nonexistent")
            .stdout(Stdio::null())
            .output()
            .expect("run steppe");
        assert_eq!(code(&out), 0, "{args:?} > /dev/null");
    }
}

#[test]
fn check_reports_repeated_footnotes_and_index_rows() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "r.txt",
        "Kazakhstan: a report\n\nThe authorities in Kazakhstan detained bloggers.[1]\n\n\
         Notes\n\n[1] First note.\n[1] The same label again.\n",
    );
    write(dir.path(), "s.txt", report_around("Text."));
    write(
        dir.path(),
        "SOURCES.md",
        "| file | title |\n| --- | --- |\n| s.txt | One |\n| r.txt | R |\n| s.txt | Two |\n",
    );
    let out = steppe(["check".as_ref(), dir.path().as_os_str()]);
    assert_inert("check", &out);
    let all = text(&out.stdout) + &text(&out.stderr);
    assert_eq!(code(&out), 1, "{all}");
    let r = dir.path().join("r.txt").display().to_string();
    assert!(
        all.contains(&format!(
            "{r}:8: warning: footnote [1] is defined twice (first on line 7)"
        )),
        "{all}"
    );
    let index = dir.path().join("SOURCES.md").display().to_string();
    assert!(
        all.contains(&format!(
            "{index}:5: warning: the index lists \"s.txt\" twice (first on line 3)"
        )),
        "{all}"
    );
}

/// Runs `steppe ARGS` under a limit of `megabytes` of address space (`ulimit -v`).
fn steppe_capped(megabytes: u64, args: &[&std::ffi::OsStr]) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {} && exec \"$@\"", megabytes * 1024))
        .arg("sh")
        .arg(bin())
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("run steppe")
}

#[test]
fn tiny_items_are_refused_by_name_before_they_exhaust_memory() {
    // 20 MB of one-letter paragraphs once took 70 times the text and aborted under a memory
    // cap; now the file is refused up front. Text of ordinary shape loads under the same cap.
    let dir = tempfile::tempdir().expect("tempdir");
    let tiny = write(
        dir.path(),
        "tiny.txt",
        "Title\n\n".to_string() + &"a\n\n".repeat(7_000_000),
    );
    // Numbered: the importer drops a line repeated many times as page chrome.
    let paras: String = (0..15_000)
        .map(|n| format!("The authorities in Kazakhstan detained journalist number {n} today.\n\n"))
        .collect();
    let fine = write(dir.path(), "fine.txt", "Title\n\n".to_string() + &paras);
    for command in ["check", "export"] {
        let out = steppe_capped(1024, &[command.as_ref(), tiny.as_os_str()]);
        assert_inert(command, &out);
        let all = text(&out.stdout) + &text(&out.stderr);
        assert_eq!(code(&out), if command == "check" { 1 } else { 2 }, "{all}");
        assert!(
            all.contains(&format!(
                "{}:1: error: too many short lines, items or theme keywords to import within memory",
                tiny.display()
            )),
            "{all}"
        );
        let out = steppe_capped(1024, &[command.as_ref(), fine.as_os_str()]);
        assert_inert(command, &out);
        assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    }
}

// ---------------------------------------------------------------------------------------------
// Web pages and PDFs

/// An article paragraph the hostile pages carry, so that a page that is read has a report.
const ARTICLE: &str = "<p>The Government of Kazakhstan should free the activists detained in Almaty last year without delay.</p>";

#[test]
fn hostile_web_pages_are_refused_with_their_reason_in_bounded_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let deep = format!(
        "<html><body>{}{ARTICLE}</body></html>",
        "<div>".repeat(100_000)
    );
    let tags = "<i>".repeat(1_000_001);
    let entities = format!(
        "<html><body>{ARTICLE}<p>{}</p></body></html>",
        "&amp;".repeat(100_001)
    );
    let formatting: String = (0..200_000).map(|i| format!("<b id={i}>x")).collect();
    for (name, page, reason) in [
        (
            "deep.html",
            deep,
            "web page nests elements more than 1000 deep; not read",
        ),
        (
            "tags.htm",
            tags,
            "web page has more than 1000000 tags; not read",
        ),
        (
            "entities.xhtml",
            entities,
            "web page has more than 100000 character references (&…;); not read",
        ),
        (
            "formatting.html",
            formatting,
            "web page nests elements more than 1000 deep",
        ),
    ] {
        let path = write(dir.path(), name, page);
        let started = std::time::Instant::now();
        let out = steppe_within(
            60,
            "/nonexistent",
            [std::ffi::OsStr::new("check"), path.as_os_str()],
        );
        assert_inert(name, &out);
        assert_eq!(code(&out), 1, "{name}");
        let said = text(&out.stdout);
        assert!(
            said.contains(&format!("{}:1: error: {reason}", path.display())),
            "{name}: {said}"
        );
        assert!(
            started.elapsed().as_secs() < 30,
            "{name}: {:?}",
            started.elapsed()
        );
    }
    assert_unusable(&dir.path().join("deep.html"), "web page nests elements");
}

#[test]
fn ten_thousand_links_and_escapes_in_entities_still_give_the_article_inert() {
    let dir = tempfile::tempdir().expect("tempdir");
    let links: String = (0..10_000)
        .map(|i| format!("<a href=\"/p{i}\">Link number {i}</a> "))
        .collect();
    let page = format!(
        "<html><head><title>&#27;[31mRed&#27;[0m &#x202e;title&#x9b;2J</title></head><body>\
         <div class=\"menu\">{links}</div><article><h1>Kazakhstan &#27;]0;pwned&#7; report</h1>\
         {ARTICLE}<p>The authorities in Kazakhstan detained &#27;[2Jbloggers&#x85; and \
         &#x200b;activists&shy; in &nbsp;Almaty.</p></article></body></html>"
    );
    let path = write(dir.path(), "links.html", page);
    let runs = Runs::of(&path, "activists");
    assert_eq!(code(&runs.export), 0, "{}", text(&runs.export.stderr));
    let items = runs.item_texts();
    assert!(
        items.iter().any(|t| t.contains("free the activists")),
        "{items:?}"
    );
    assert!(
        items.iter().all(|t| !t.contains("Link number")),
        "{items:?}"
    );
    assert!(!runs.hits().is_empty());
    for screen in &runs.screens {
        assert!(screen.contains("Kazakhstan"), "{screen}");
    }
    let check = steppe(["check".as_ref(), "-v".as_ref(), path.as_os_str()]);
    assert_inert("check -v", &check);
    let said = text(&check.stdout);
    assert!(
        said.contains(
            "links.html: 1 line dropped as page chrome:\n    Link number 0 Link number 1"
        ),
        "{said}"
    );
}

fn pdf_bytes(pages: usize, line: &str, compress: bool) -> Vec<u8> {
    use steppe::corpus::formats::pdf::write;
    let pages: Vec<Vec<write::TextLine>> = (0..pages)
        .map(|_| vec![write::TextLine::plain(72.0, 700.0, 10.0, line)])
        .collect();
    write::pdf(&pages, None, compress)
}

#[test]
fn hostile_pdfs_are_refused_with_their_reason_in_bounded_time() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().expect("tempdir");
    // One stream of zeros that inflates to 80 MB.
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..80 {
        encoder.write_all(&zeros).expect("deflate");
    }
    let mut bomb = b"%PDF-1.4\n1 0 obj\n<< /Length 1 /Filter /FlateDecode >>\nstream\n".to_vec();
    bomb.extend(encoder.finish().expect("deflate"));
    bomb.extend(b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    // Content streams that make the text reader give up (operators without operands).
    let broken = {
        let mut bytes = pdf_bytes(2, "The authorities in Kazakhstan detained bloggers.", false);
        let at = bytes
            .windows(3)
            .position(|w| w == b" Tf")
            .expect("a Tf operator");
        bytes.splice(at - 6..at, b"      ".iter().copied());
        bytes
    };
    let mut garbage = b"%PDF-1.7\n".to_vec();
    garbage.extend((0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    let many = pdf_bytes(10_000, "A page.", true);
    let escapes = pdf_bytes(
        1,
        "Kazakhstan \u{1b}[31mshould\u{1b}[0m free \u{9b}2J the bloggers detained in Almaty.",
        true,
    );
    let cases: Vec<(&str, Vec<u8>, Option<&str>)> = vec![
        (
            "bomb.pdf",
            bomb,
            Some("a compressed stream in this PDF expands past 64 MB; not read"),
        ),
        (
            "many.pdf",
            many,
            Some("PDF has 10000 pages, more than the 2000 steppe reads"),
        ),
        ("garbage.pdf", garbage, Some("damaged PDF: ")),
        ("broken.pdf", broken, None),
        ("escapes.pdf", escapes, None),
    ];
    for (name, bytes, reason) in cases {
        let path = write(dir.path(), name, bytes);
        let started = std::time::Instant::now();
        let out = steppe_within(
            90,
            "/nonexistent",
            [std::ffi::OsStr::new("check"), path.as_os_str()],
        );
        assert_inert(name, &out);
        let said = text(&out.stdout);
        match reason {
            Some(reason) => {
                assert_eq!(code(&out), 1, "{name}: {said}");
                assert!(
                    said.contains(&format!("{}:1: error: {reason}", path.display())),
                    "{name}: {said}"
                );
            }
            // Read or refused as damaged, but never a panic or a control character.
            None => assert!(
                code(&out) == 0 || said.contains("error: damaged PDF"),
                "{name}: {said}"
            ),
        }
        assert!(
            started.elapsed().as_secs() < 60,
            "{name}: {:?}",
            started.elapsed()
        );
    }
    let runs = Runs::of(&dir.path().join("escapes.pdf"), "bloggers");
    let items = runs.item_texts();
    assert!(
        items
            .iter()
            .any(|t| t.contains("bloggers detained in Almaty")),
        "{items:?}"
    );
}
