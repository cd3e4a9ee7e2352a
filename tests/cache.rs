//! The on-disk cache under faults (issue 14): a truncated, corrupted, foreign or old-version
//! cache file is never trusted; a report changed within the same second is re-imported; two
//! processes at once leave a usable library and cache; a cache that cannot be written means one
//! warning and the right answer. And the library commands: add, duplicates, remove, list,
//! `--no-library`, `cache info|clear`, completions.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use steppe::corpus::summary::ReportSummary;
use steppe::corpus::ImportRules;
use steppe::library::{open, Opened, Request};
use steppe::tree::{CountryTree, Filter};

const REPORT_A: &str = "Report on Kazakhstan\n\nThe authorities of Kazakhstan detained the \
                        journalist Makhambet Abzhan in Almaty.\n";
const REPORT_B: &str = "Report on Tajikistan\n\nThe government of Tajikistan blocked the \
                        independent newspaper Asia-Plus in Dushanbe.\n";

/// A folder of three reports and an empty cache folder.
fn setup() -> (tempfile::TempDir, tempfile::TempDir) {
    let folder = tempfile::tempdir().expect("tempdir");
    std::fs::write(folder.path().join("a.txt"), REPORT_A).expect("write");
    std::fs::write(folder.path().join("b.txt"), REPORT_B).expect("write");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/tajikistan-briefing.md"
        ),
        folder.path().join("c.md"),
    )
    .expect("copy");
    (folder, tempfile::tempdir().expect("tempdir"))
}

/// With `searching`: the index is read from the cache on another thread meanwhile.
fn request(folder: &Path) -> Request {
    Request {
        paths: vec![folder.to_path_buf()],
        searching: true,
        ..Request::default()
    }
}

fn opened(folder: &Path, cache: &Path) -> Opened {
    open(
        &request(folder),
        &ImportRules::builtin(),
        Some(cache.to_path_buf()),
    )
    .expect("open")
}

fn fresh(folder: &Path) -> Opened {
    open(
        &Request {
            no_cache: true,
            ..request(folder)
        },
        &ImportRules::builtin(),
        None,
    )
    .expect("open")
}

/// The one cache file whose name starts with `prefix`.
fn cache_file(cache: &Path, prefix: &str) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(cache)
        .expect("read_dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

/// Damages the imports file with `damage`, then checks the next open imports everything again,
/// answers like a fresh import, and leaves a whole cache behind (the open after reuses it all).
fn survives(damage: impl Fn(&mut Vec<u8>)) {
    let (folder, cache) = setup();
    let mut first = opened(folder.path(), cache.path());
    assert_eq!((first.imported, first.reused), (3, 0));
    let _ = first.search_index(&ImportRules::builtin());
    for prefix in ["imports-", "blobs-", "index-"] {
        let path = cache_file(cache.path(), prefix);
        let mut bytes = std::fs::read(&path).expect("read");
        damage(&mut bytes);
        std::fs::write(&path, bytes).expect("write");
    }
    // Opened as the reader and `list` open it: heads and summaries only.
    let mut again = open(
        &Request {
            lazy: true,
            ..request(folder.path())
        },
        &ImportRules::builtin(),
        Some(cache.path().to_path_buf()),
    )
    .expect("open");
    // A damaged header or directory: every file imported again; a damaged report's bytes
    // (each has its own checksum): that report.
    assert!(again.imported >= 1, "damaged cache used");
    assert_eq!(again.imported + again.reused, 3);
    let mut expected = fresh(folder.path());
    // The summaries the reader draws its tree from are a fresh import's.
    assert_eq!(again.summaries(), summaries_of(&expected));
    again.decode_all(&ImportRules::builtin());
    assert_eq!(again.loaded.corpus, expected.loaded.corpus);
    let rules = ImportRules::builtin();
    assert!(again.search_index(&rules) == expected.search_index(&rules));
    let healed = opened(folder.path(), cache.path());
    assert_eq!(
        (healed.imported, healed.reused),
        (0, 3),
        "cache not rebuilt"
    );
    assert_eq!(healed.loaded.corpus, expected.loaded.corpus);
    assert_eq!(healed.summaries(), summaries_of(&expected));
}

/// Each report's summary made from the whole report.
fn summaries_of(opened: &Opened) -> Vec<ReportSummary> {
    opened
        .loaded
        .corpus
        .reports
        .iter()
        .map(ReportSummary::of)
        .collect()
}

#[test]
fn a_truncated_cache_file_is_rebuilt() {
    survives(|bytes| bytes.truncate(bytes.len() / 2));
    survives(|bytes| bytes.truncate(10));
    survives(Vec::clear);
}

#[test]
fn flipped_bytes_are_detected_by_the_checksum() {
    survives(|bytes| {
        let at = bytes.len() * 2 / 3;
        bytes[at] ^= 0x20;
    });
    // In the header: the stated length.
    survives(|bytes| bytes[33] ^= 0x01);
}

#[test]
fn a_foreign_or_old_version_file_is_not_trusted() {
    survives(|bytes| *bytes = b"GIF89a not a cache at all".to_vec());
    // Format version 0: an older steppe's layout.
    survives(|bytes| bytes[8..12].copy_from_slice(&0u32.to_le_bytes()));
    // Written with other import rules or another build (fingerprint).
    survives(|bytes| bytes[16] ^= 0xff);
}

#[test]
fn a_report_changed_within_the_same_second_is_imported_again() {
    let (folder, cache) = setup();
    let path = folder.path().join("a.txt");
    let before = std::fs::metadata(&path)
        .expect("meta")
        .modified()
        .expect("mtime");
    let first = opened(folder.path(), cache.path());
    assert!(first.loaded.corpus.reports[0].sections[0].items[0]
        .text
        .contains("Almaty"));
    // Same size, same modification time, other content.
    std::fs::write(&path, REPORT_A.replace("Almaty", "Aktobe")).expect("write");
    std::fs::File::options()
        .write(true)
        .open(&path)
        .expect("open")
        .set_modified(before)
        .expect("set mtime");
    let meta = std::fs::metadata(&path).expect("meta");
    assert_eq!(meta.len() as usize, REPORT_A.len());
    assert_eq!(meta.modified().expect("mtime"), before);
    let again = opened(folder.path(), cache.path());
    assert_eq!(again.imported, 1, "the changed file must be imported again");
    assert_eq!(again.loaded.corpus, fresh(folder.path()).loaded.corpus);
    assert!(again.loaded.corpus.reports[0].sections[0].items[0]
        .text
        .contains("Aktobe"));
}

#[test]
fn files_compared_by_content_long_after_their_change_are_not_compared_again() {
    // Imported just after they were written: within a coarse clock's tick of their change, so
    // the next run compares their content…
    let (folder, cache) = setup();
    let first = opened(folder.path(), cache.path());
    assert_eq!(first.imported, 3);
    let imports = cache_file(cache.path(), "imports-");
    let stored = std::fs::read(&imports).expect("read");
    // …and when that run comes long enough after the change, it stores that it found them
    // unchanged, so that the run after trusts their stamps alone.
    std::thread::sleep(std::time::Duration::from_millis(3_100));
    let second = opened(folder.path(), cache.path());
    assert_eq!((second.imported, second.reused), (0, 3));
    assert_eq!(second.loaded.corpus, fresh(folder.path()).loaded.corpus);
    let refreshed = std::fs::read(&imports).expect("read");
    assert_ne!(refreshed, stored, "the directory was not stored again");
    let third = opened(folder.path(), cache.path());
    assert_eq!((third.imported, third.reused), (0, 3));
    assert_eq!(third.loaded.corpus, second.loaded.corpus);
    let after = std::fs::read(&imports).expect("read");
    assert_eq!(after, refreshed, "nothing to store the third time");
}

#[test]
fn a_cache_that_cannot_be_written_means_one_warning_and_the_right_answer() {
    let (folder, cache) = setup();
    // A file where the cache folder should be: nothing can be created below it (the tests
    // may run as root, for whom a read-only folder is still writable).
    let blocked = cache.path().join("blocked");
    std::fs::write(&blocked, "").expect("write");
    let inside = blocked.join("steppe");
    let first = open(
        &request(folder.path()),
        &ImportRules::builtin(),
        Some(inside.clone()),
    )
    .expect("open");
    let mut first = first;
    let _ = first.search_index(&ImportRules::builtin());
    let warnings = first.warnings();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("working without it"), "{warnings:?}");
    assert_eq!(first.loaded.corpus, fresh(folder.path()).loaded.corpus);

    // Through the binary: one warning line, the hits on stdout, exit 0.
    let out = steppe(
        &["search", "Almaty", &folder.path().to_string_lossy()],
        &[("XDG_CACHE_HOME", blocked.to_str().expect("utf-8"))],
        None,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("warning").count(), 1, "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Almaty"));
    assert_eq!(out.status.code(), Some(0));

    // A read-only folder, where permissions hold (not as root).
    let readonly = cache.path().join("readonly");
    std::fs::create_dir(&readonly).expect("mkdir");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&readonly, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    if std::fs::write(readonly.join("probe"), "").is_err() {
        let out = steppe(
            &["search", "Almaty", &folder.path().to_string_lossy()],
            &[("XDG_CACHE_HOME", readonly.to_str().expect("utf-8"))],
            None,
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.matches("warning").count(), 1, "{stderr}");
        assert_eq!(out.status.code(), Some(0));
    }
    std::fs::set_permissions(&readonly, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// Runs the binary with a private library, cache and config.
fn steppe(args: &[&str], env: &[(&str, &str)], library: Option<&Path>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_steppe"));
    command
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent-steppe-config")
        .env("XDG_DATA_HOME", "/nonexistent-steppe-data")
        .env_remove("STEPPE_LIBRARY");
    if let Some(library) = library {
        command.env("STEPPE_LIBRARY", library);
    }
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("run steppe")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn two_processes_adding_at_once_both_land_and_the_same_file_lands_once() {
    let (folder, cache) = setup();
    let library = tempfile::tempdir().expect("tempdir");
    let cache_env = cache.path().to_str().expect("utf-8").to_string();
    let spawn = |file: &str| {
        Command::new(env!("CARGO_BIN_EXE_steppe"))
            .args(["add", &folder.path().join(file).to_string_lossy()])
            .env("XDG_CONFIG_HOME", "/nonexistent-steppe-config")
            .env("XDG_CACHE_HOME", &cache_env)
            .env("STEPPE_LIBRARY", library.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn")
    };
    // Different files at once, and the same file twice at once.
    let children = [spawn("a.txt"), spawn("b.txt"), spawn("c.md"), spawn("c.md")];
    let outputs: Vec<Output> = children
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait"))
        .collect();
    let codes: Vec<Option<i32>> = outputs.iter().map(|o| o.status.code()).collect();
    assert_eq!(codes[..2], [Some(0), Some(0)]);
    let mut same: Vec<Option<i32>> = codes[2..].to_vec();
    same.sort();
    assert_eq!(
        same,
        [Some(0), Some(1)],
        "one adds c.md, the other refuses it"
    );
    let refused = outputs[2..]
        .iter()
        .find(|o| o.status.code() == Some(1))
        .expect("refused");
    assert!(
        text(&refused.stderr).contains("already in the library as c"),
        "{}",
        text(&refused.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(library.path())
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    assert_eq!(names, ["a.txt", "b.txt", "c.md"]);
    // Searches at once through one cache: the same answer each, and a whole cache after.
    let searches: Vec<_> = (0..4)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_steppe"))
                .args(["search", "--json", "dushanbe"])
                .env("XDG_CONFIG_HOME", "/nonexistent-steppe-config")
                .env("XDG_CACHE_HOME", &cache_env)
                .env("STEPPE_LIBRARY", library.path())
                .output()
                .expect("run")
        })
        .collect();
    for out in &searches {
        assert_eq!(out.stdout, searches[0].stdout);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }
    let info = steppe(&["cache", "info"], &[("XDG_CACHE_HOME", &cache_env)], None);
    assert!(
        !text(&info.stdout).contains("damaged"),
        "{}",
        text(&info.stdout)
    );
}

#[test]
fn add_list_remove_and_no_library() {
    let (folder, cache) = setup();
    let library = tempfile::tempdir().expect("tempdir");
    let root = library.path().join("shelf");
    let cache_env = [("XDG_CACHE_HOME", cache.path().to_str().expect("utf-8"))];
    let a = folder.path().join("a.txt").to_string_lossy().into_owned();
    let out = steppe(
        &[
            "add",
            &a,
            "--publisher",
            "Kazakh Monitor",
            "--date",
            "2025-01-02",
        ],
        &cache_env,
        Some(&root),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(shown.contains("added a from"), "{shown}");
    assert!(shown.contains("1 finding"), "{shown}");
    assert!(shown.contains("Kazakhstan"), "{shown}");
    let sidecar = std::fs::read_to_string(root.join("a.toml")).expect("metadata beside it");
    assert!(
        sidecar.contains("publisher = \"Kazakh Monitor\""),
        "{sidecar}"
    );
    assert!(sidecar.contains("2025-01-02"), "{sidecar}");

    // The same content under another name is refused, naming the copy it duplicates.
    let copy = folder.path().join("copy-of-a.txt");
    std::fs::copy(folder.path().join("a.txt"), &copy).expect("copy");
    let out = steppe(&["add", &copy.to_string_lossy()], &cache_env, Some(&root));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("not added: already in the library as a"),
        "{}",
        text(&out.stderr)
    );

    // A different file with the same name gets a suffix.
    let other = tempfile::tempdir().expect("tempdir");
    std::fs::write(other.path().join("a.txt"), REPORT_B).expect("write");
    let out = steppe(
        &["add", &other.path().join("a.txt").to_string_lossy()],
        &cache_env,
        Some(&root),
    );
    assert!(
        text(&out.stdout).contains("added a-2 from"),
        "{}",
        text(&out.stdout)
    );

    // list: built-in reports and the library, each saying where it lives.
    let out = steppe(&["list", "--json"], &cache_env, Some(&root));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let places: Vec<(String, String)> = rows
        .as_array()
        .expect("array")
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap_or("").to_string(),
                r["place"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(places.len(), 7, "{places:?}");
    assert!(places.contains(&("a".to_string(), "library".to_string())));
    assert!(places.contains(&("a-2".to_string(), "library".to_string())));
    assert_eq!(places.iter().filter(|(_, p)| p == "builtin").count(), 5);
    let kz = rows
        .as_array()
        .expect("array")
        .iter()
        .find(|r| r["id"] == "a")
        .expect("a");
    assert_eq!(kz["publisher"], "Kazakh Monitor");
    assert_eq!(kz["date"], "2025-01-02");

    // search finds library reports with no PATH; --no-library leaves them out.
    let out = steppe(&["search", "Almaty"], &cache_env, Some(&root));
    assert!(
        text(&out.stdout).contains("Almaty"),
        "{}",
        text(&out.stdout)
    );
    let out = steppe(
        &["search", "--no-library", "Almaty"],
        &cache_env,
        Some(&root),
    );
    assert_eq!(out.status.code(), Some(1));
    // A PATH replaces built-in reports and library alike.
    let out = steppe(
        &["list", &folder.path().to_string_lossy()],
        &cache_env,
        Some(&root),
    );
    assert!(text(&out.stdout).lines().all(|l| !l.contains("library")));

    // remove: the file and its metadata go; built-in and unknown ids are refused.
    let out = steppe(&["remove", "a"], &cache_env, Some(&root));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!root.join("a.txt").exists() && !root.join("a.toml").exists());
    let out = steppe(&["remove", "a"], &cache_env, Some(&root));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no report a in the library"));
    let out = steppe(
        &["remove", "fpc-2021-05-17-tajikistan-conclusions"],
        &cache_env,
        Some(&root),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("built-in report"));
    let out = steppe(&["list"], &cache_env, Some(&root));
    assert_eq!(text(&out.stdout).lines().count(), 6);

    // Problems of library reports are counted on every command, listed by `check`.
    std::fs::write(
        root.join("noted.txt"),
        "Noted report\n\nThe government of Uzbekistan acted.\n\nNotes\n\n[1] A note nobody cites.\n",
    )
    .expect("write");
    let out = steppe(&["search", "Uzbekistan"], &cache_env, Some(&root));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("while importing (0 errors); `steppe check` lists them"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let out = steppe(&["check"], &cache_env, Some(&root));
    assert!(
        text(&out.stdout).contains("noted.txt:"),
        "{}",
        text(&out.stdout)
    );
    std::fs::remove_file(root.join("noted.txt")).expect("remove");

    // A file with no report in it is refused and not left in the library.
    std::fs::write(folder.path().join("empty.txt"), "\n\n").expect("write");
    let out = steppe(
        &["add", &folder.path().join("empty.txt").to_string_lossy()],
        &cache_env,
        Some(&root),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("not added"),
        "{}",
        text(&out.stderr)
    );
    assert!(!root.join("empty.txt").exists());
}

#[test]
fn the_library_folder_comes_from_the_config_file() {
    let config = tempfile::tempdir().expect("tempdir");
    let shelf = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(config.path().join("steppe")).expect("mkdir");
    std::fs::write(
        config.path().join("steppe/config.toml"),
        format!("library = {:?}\n", shelf.path().to_string_lossy()),
    )
    .expect("write");
    std::fs::write(shelf.path().join("shelved.txt"), REPORT_B).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(["list", "--json", "--no-cache"])
        .env("XDG_CONFIG_HOME", config.path())
        .env_remove("STEPPE_LIBRARY")
        .output()
        .expect("run");
    assert!(
        text(&out.stdout).contains("\"shelved\""),
        "{}",
        text(&out.stderr)
    );
    // A malformed config file names itself and its line, exit 2.
    std::fs::write(config.path().join("steppe/config.toml"), "\nlibrary = [\n").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(["list"])
        .env("XDG_CONFIG_HOME", config.path())
        .env_remove("STEPPE_LIBRARY")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("config.toml:"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn cache_info_clear_and_no_cache() {
    let (folder, cache) = setup();
    let cache_env = [("XDG_CACHE_HOME", cache.path().to_str().expect("utf-8"))];
    let dir = folder.path().to_string_lossy().into_owned();
    let out = steppe(&["search", "--no-cache", "Almaty", &dir], &cache_env, None);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        !cache.path().join("steppe").exists(),
        "--no-cache wrote a cache"
    );
    let out = steppe(&["search", "Almaty", &dir], &cache_env, None);
    assert_eq!(out.status.code(), Some(0));
    let out = steppe(&["cache", "info"], &cache_env, None);
    let info = text(&out.stdout);
    assert!(info.contains("3 files"), "{info}");
    let out = steppe(&["cache", "clear"], &cache_env, None);
    assert!(text(&out.stdout).contains("removed 3 cache files"));
    let out = steppe(&["cache", "info"], &cache_env, None);
    assert!(text(&out.stdout).contains("0 files"));
}

#[test]
fn completions_offer_subcommands_options_countries_and_themes() {
    for shell in ["bash", "zsh", "fish"] {
        let out = steppe(&["completions", shell], &[], None);
        assert_eq!(out.status.code(), Some(0));
        let script = text(&out.stdout);
        // Country names as slugs (a shell splits a completed word at its spaces), theme ids.
        for word in [
            "add",
            "remove",
            "no-library",
            "country",
            "colors",
            "kazakhstan",
            "turkmenistan",
            "united-states",
            "civil-society",
        ] {
            assert!(script.contains(word), "{shell}: {word}");
        }
        assert!(!script.contains("United States"), "{shell}");
    }
    // The slug a completion offers is taken wherever a country is asked for.
    let out = steppe(&["compare", "kazakhstan", "united-states"], &[], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).contains("Kazakhstan · United States"),
        "{}",
        text(&out.stdout)
    );
}

/// `steppe search` leaves the stored index's texts in its file and reads only those a query
/// needs, checking each: a damaged text means the index is built again, and the answer is
/// still a fresh import's.
#[test]
fn a_damaged_text_of_the_stored_index_is_caught_when_read() {
    use steppe::search::{Query, SearchIndex};
    let (folder, cache) = setup();
    let rules = ImportRules::builtin();
    let lazy = Request {
        lazy: true,
        ..request(folder.path())
    };
    let query = Query::parse("almaty", &rules.gazetteer, &rules.themes);
    let broad = Query::parse("a", &rules.gazetteer, &rules.themes);
    let expected = SearchIndex::new(&fresh(folder.path()).loaded.corpus);
    let mut first = open(&lazy, &rules, Some(cache.path().to_path_buf())).expect("open");
    assert_eq!(
        first.search(&rules, &query, 20, true),
        expected.search_with_total(&query, 20, true)
    );
    // The texts follow the columns: damage the folded text of the report on Kazakhstan (the
    // vocabulary, among the columns, holds words without spaces).
    let path = cache_file(cache.path(), "index-");
    let mut bytes = std::fs::read(&path).expect("read");
    let needle = b"abzhan in almaty";
    let at = bytes
        .windows(needle.len())
        .rposition(|w| w == needle)
        .expect("the text is in the file");
    bytes[at + 2] ^= 0x01;
    std::fs::write(&path, &bytes).expect("write");
    for q in [&query, &broad] {
        let mut again = open(&lazy, &rules, Some(cache.path().to_path_buf())).expect("open");
        assert_eq!(again.imported, 0);
        assert_eq!(
            again.search(&rules, q, 20, true),
            expected.search_with_total(q, 20, true)
        );
    }
    // A query read the damaged text and the index was stored again, whole.
    assert!(std::fs::read(&path).expect("read") != bytes, "not rebuilt");
}

#[test]
fn adding_a_report_appends_its_blob_and_leaves_the_others_in_place() {
    let (folder, cache) = setup();
    let first = opened(folder.path(), cache.path());
    assert_eq!((first.imported, first.reused), (3, 0));
    let blobs = cache_file(cache.path(), "blobs-");
    let before = std::fs::read(&blobs).expect("read");
    std::fs::write(
        folder.path().join("d.txt"),
        "Report on Uzbekistan\n\nThe authorities of Uzbekistan closed the office of a \
         rights group in Tashkent.\n",
    )
    .expect("write");
    let again = opened(folder.path(), cache.path());
    assert_eq!((again.imported, again.reused), (1, 3));
    let after = std::fs::read(&blobs).expect("read");
    assert!(after.len() > before.len(), "nothing appended");
    assert_eq!(
        &after[..before.len()],
        &before[..],
        "earlier blobs rewritten"
    );
    assert_eq!(again.loaded.corpus, fresh(folder.path()).loaded.corpus);
    let third = opened(folder.path(), cache.path());
    assert_eq!((third.imported, third.reused), (0, 4));
    assert_eq!(third.loaded.corpus, again.loaded.corpus);
}

#[test]
fn the_built_in_reports_come_from_the_cache_too() {
    let cache = tempfile::tempdir().expect("tempdir");
    let request = Request {
        no_library: true,
        ..Request::default()
    };
    let rules = ImportRules::builtin();
    let first = open(&request, &rules, Some(cache.path().to_path_buf())).expect("open");
    let n = steppe::corpus::builtin::REPORTS.len();
    assert_eq!((first.imported, first.reused), (n, 0));
    let again = open(&request, &rules, Some(cache.path().to_path_buf())).expect("open");
    assert_eq!((again.imported, again.reused), (0, n));
    assert_eq!(again.loaded.corpus, steppe::corpus::load_builtin().corpus);
    assert_eq!(again.loaded.diagnostics, first.loaded.diagnostics);
}

#[test]
fn search_json_from_the_cache_lists_the_same_related_recommendations() {
    // Near-copies of the built-in reports: every recommendation is made again elsewhere.
    let library = tempfile::tempdir().expect("tempdir");
    for file in steppe::corpus::scale::scaled_files(2) {
        let at = |ext: &str| library.path().join(format!("{}.{ext}", file.name));
        std::fs::write(at("txt"), &file.text).expect("write");
        std::fs::write(at("toml"), &file.metadata).expect("write");
    }
    let cache = tempfile::tempdir().expect("tempdir");
    let cache_env = [("XDG_CACHE_HOME", cache.path().to_str().expect("utf-8"))];
    let args = [
        "search",
        "torture",
        "--kind",
        "recommendation",
        "--json",
        "-n",
        "5",
    ];
    let first = steppe(&args, &cache_env, Some(library.path()));
    let cached = steppe(&args, &cache_env, Some(library.path()));
    let mut no_cache = args.to_vec();
    no_cache.push("--no-cache");
    let fresh = steppe(&no_cache, &cache_env, Some(library.path()));
    assert_eq!(fresh.status.code(), Some(0), "{}", text(&fresh.stderr));
    let json: serde_json::Value = serde_json::from_slice(&fresh.stdout).expect("json");
    let related = json["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .filter(|h| h["related"].as_array().is_some_and(|r| !r.is_empty()))
        .count();
    assert!(related > 0, "no hit with related recommendations: {json}");
    assert_eq!(text(&first.stdout), text(&fresh.stdout));
    assert_eq!(text(&cached.stdout), text(&fresh.stdout));
}

#[test]
fn the_tree_drawn_from_cached_summaries_is_the_tree_of_a_fresh_import() {
    let (folder, cache) = setup();
    let rules = ImportRules::builtin();
    let with_builtin = |lazy: bool, no_cache: bool| Request {
        builtin: true,
        lazy,
        no_cache,
        ..request(folder.path())
    };
    // The first open fills the cache; the second takes heads and summaries from it.
    let _ = open(
        &with_builtin(false, false),
        &rules,
        Some(cache.path().to_path_buf()),
    );
    let lazy = open(
        &with_builtin(true, false),
        &rules,
        Some(cache.path().to_path_buf()),
    )
    .expect("open");
    assert_eq!(lazy.imported, 0);
    assert!(lazy.has_heads());
    assert!(lazy
        .loaded
        .corpus
        .reports
        .iter()
        .all(|r| r.sections.is_empty()));
    let expected = open(&with_builtin(false, true), &rules, None).expect("open");
    let theme = expected
        .loaded
        .corpus
        .items()
        .find_map(|(_, _, i)| i.themes.first().cloned())
        .expect("a themed item");
    let filters = [
        Filter::default(),
        Filter {
            recommendations_only: true,
            theme: None,
        },
        Filter {
            recommendations_only: false,
            theme: Some(theme),
        },
    ];
    let summaries = std::sync::Arc::new(lazy.summaries());
    for filter in &filters {
        let drawn = CountryTree::from_summaries(
            &lazy.loaded.corpus,
            std::sync::Arc::clone(&summaries),
            filter,
        );
        let whole = CountryTree::build(&expected.loaded.corpus, filter);
        assert!(whole.countries.len() >= 2, "{filter:?}");
        assert_eq!(drawn, whole, "{filter:?}");
    }
}

/// A search's opening leaves the reports' summaries encoded in the cache's directory: asked
/// for afterwards they equal a fresh import's, and a directory stored again by a search (a
/// report added) keeps them whole for the next list or reader.
#[test]
fn summaries_left_encoded_by_a_search_equal_a_fresh_imports() {
    let (folder, cache) = setup();
    let rules = ImportRules::builtin();
    let searching = Request {
        lazy: true,
        searching: true,
        ..request(folder.path())
    };
    let listing = Request {
        lazy: true,
        ..request(folder.path())
    };
    let expected = |folder: &Path| -> Vec<ReportSummary> {
        fresh(folder)
            .loaded
            .corpus
            .reports
            .iter()
            .map(ReportSummary::of)
            .collect()
    };
    let cache_dir = || Some(cache.path().to_path_buf());
    let first = open(&searching, &rules, cache_dir()).expect("open");
    assert_eq!(first.imported, 3);
    let second = open(&searching, &rules, cache_dir()).expect("open");
    assert_eq!((second.imported, second.reused), (0, 3));
    assert!(
        second.has_heads(),
        "the search's opening decoded the reports"
    );
    assert_eq!(second.summaries(), expected(folder.path()));
    std::fs::write(
        folder.path().join("d.txt"),
        "Report on Uzbekistan\n\nThe authorities of Uzbekistan closed the office of a \
         rights group in Tashkent.\n",
    )
    .expect("write");
    let mut third = open(&searching, &rules, cache_dir()).expect("open");
    assert_eq!((third.imported, third.reused), (1, 3));
    assert_eq!(third.take_summaries(), expected(folder.path()));
    let mut listed = open(&listing, &rules, cache_dir()).expect("open");
    assert_eq!((listed.imported, listed.reused), (0, 4));
    assert_eq!(listed.take_summaries(), expected(folder.path()));
}

/// `open_counted` counts every report file once, whether it is imported or taken from the
/// cache (the CLI's progress line on a long first start shows this count).
#[test]
fn open_counted_counts_each_report_file_once() {
    let (folder, cache) = setup();
    let rules = ImportRules::builtin();
    for pass in ["cold", "warm"] {
        let seen = std::sync::atomic::AtomicUsize::new(0);
        let opened = steppe::library::open_counted(
            &request(folder.path()),
            &rules,
            Some(cache.path().to_path_buf()),
            &seen,
        )
        .expect("open");
        assert_eq!(opened.loaded.corpus.reports.len(), 3, "{pass}");
        assert_eq!(seen.into_inner(), 3, "{pass}");
    }
    // With the built-in reports: they are counted too.
    let seen = std::sync::atomic::AtomicUsize::new(0);
    steppe::library::open_counted(
        &Request {
            builtin: true,
            ..request(folder.path())
        },
        &rules,
        Some(cache.path().to_path_buf()),
        &seen,
    )
    .expect("open");
    assert_eq!(
        seen.into_inner(),
        3 + steppe::corpus::builtin::REPORTS.len()
    );
}
